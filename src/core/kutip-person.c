/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-person.c: a row of the people index. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include "kutip-person.h"
#include "kutip-project-private.h"

struct _KutipPerson
{
  GObject   parent_instance;

  char     *name;
  GStrv     names;
  gboolean  merged;
  guint     n_claims;
  guint     n_documents;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_NAMES,
  PROP_MERGED,
  PROP_N_CLAIMS,
  PROP_N_DOCUMENTS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipPerson, kutip_person, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static void
kutip_person_finalize (GObject *object)
{
  KutipPerson *self = (KutipPerson *)object;

  g_free (self->name);
  g_strfreev (self->names);

  G_OBJECT_CLASS (kutip_person_parent_class)->finalize (object);
}

static void
kutip_person_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KutipPerson *self = KUTIP_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_NAMES: g_value_set_boxed (value, self->names); break;
    case PROP_MERGED: g_value_set_boolean (value, self->merged); break;
    case PROP_N_CLAIMS: g_value_set_uint (value, self->n_claims); break;
    case PROP_N_DOCUMENTS: g_value_set_uint (value, self->n_documents); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_person_class_init (KutipPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_person_finalize;
  object_class->get_property = kutip_person_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_NAMES] = g_param_spec_boxed ("names", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_MERGED] = g_param_spec_boolean ("merged", NULL, NULL, FALSE, ro);
  properties[PROP_N_CLAIMS] = g_param_spec_uint ("n-claims", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_DOCUMENTS] = g_param_spec_uint ("n-documents", NULL, NULL,
                                                    0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kutip_person_init (KutipPerson *self)
{
}

/* Takes @names. */
KutipPerson *
_kutip_person_new (const char *name,
                   GStrv       names,
                   gboolean    merged,
                   guint       n_claims,
                   guint       n_documents)
{
  KutipPerson *self = g_object_new (KUTIP_TYPE_PERSON, NULL);

  self->name = g_strdup (name);
  self->names = names != NULL ? names : g_new0 (char *, 1);
  self->merged = merged;
  self->n_claims = n_claims;
  self->n_documents = n_documents;
  return self;
}

const char *
kutip_person_get_name (KutipPerson *self)
{
  g_return_val_if_fail (KUTIP_IS_PERSON (self), NULL);
  return self->name;
}

/**
 * kutip_person_get_names:
 * Returns: (transfer none): the person's names, sorted, NULL-terminated
 */
const char * const *
kutip_person_get_names (KutipPerson *self)
{
  g_return_val_if_fail (KUTIP_IS_PERSON (self), NULL);
  return (const char * const *) self->names;
}

gboolean
kutip_person_get_merged (KutipPerson *self)
{
  g_return_val_if_fail (KUTIP_IS_PERSON (self), FALSE);
  return self->merged;
}

guint
kutip_person_get_n_claims (KutipPerson *self)
{
  g_return_val_if_fail (KUTIP_IS_PERSON (self), 0);
  return self->n_claims;
}

guint
kutip_person_get_n_documents (KutipPerson *self)
{
  g_return_val_if_fail (KUTIP_IS_PERSON (self), 0);
  return self->n_documents;
}
