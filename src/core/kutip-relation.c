/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-relation.c: a typed link between two annotations. */

#define G_LOG_DOMAIN "kutip-relation"

#include "config.h"

#include "kutip-enums.h"
#include "kutip-relation.h"

struct _KutipRelation
{
  GObject      parent_instance;

  char        *id;
  char        *type;
  char        *from_id;
  char        *to_id;
  KutipStatus  status;
  char        *origin;
  JsonObject  *extra;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TYPE,
  PROP_FROM_ID,
  PROP_TO_ID,
  PROP_STATUS,
  PROP_ORIGIN,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipRelation, kutip_relation, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static void
kutip_relation_finalize (GObject *object)
{
  KutipRelation *self = (KutipRelation *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->type, g_free);
  g_clear_pointer (&self->from_id, g_free);
  g_clear_pointer (&self->to_id, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (kutip_relation_parent_class)->finalize (object);
}

static void
kutip_relation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KutipRelation *self = KUTIP_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TYPE:
      g_value_set_string (value, self->type);
      break;
    case PROP_FROM_ID:
      g_value_set_string (value, self->from_id);
      break;
    case PROP_TO_ID:
      g_value_set_string (value, self->to_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_relation_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KutipRelation *self = KUTIP_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      kutip_relation_set_id (self, g_value_get_string (value));
      break;
    case PROP_TYPE:
      self->type = g_value_dup_string (value);
      break;
    case PROP_FROM_ID:
      self->from_id = g_value_dup_string (value);
      break;
    case PROP_TO_ID:
      self->to_id = g_value_dup_string (value);
      break;
    case PROP_STATUS:
      kutip_relation_set_status (self, g_value_get_enum (value));
      break;
    case PROP_ORIGIN:
      kutip_relation_set_origin (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_relation_class_init (KutipRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_relation_finalize;
  object_class->get_property = kutip_relation_get_property;
  object_class->set_property = kutip_relation_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TYPE] = g_param_spec_string ("type", NULL, NULL, NULL, construct);
  properties[PROP_FROM_ID] = g_param_spec_string ("from-id", NULL, NULL, NULL, construct);
  properties[PROP_TO_ID] = g_param_spec_string ("to-id", NULL, NULL, NULL, construct);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL,
                                               KUTIP_TYPE_STATUS, KUTIP_STATUS_ACCEPTED, flags);
  properties[PROP_ORIGIN] = g_param_spec_string ("origin", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kutip_relation_init (KutipRelation *self)
{
  self->status = KUTIP_STATUS_ACCEPTED;
}

/**
 * kutip_relation_new:
 * @type: "said-by", "dated" or a type the schema adds
 * @from_id: id of the annotation the link starts at (a claim)
 * @to_id: id of the annotation it points to (a speaker or date)
 *
 * A new relation starts accepted, with no id or origin.
 *
 * Returns: (transfer full): a new relation
 */
KutipRelation *
kutip_relation_new (const char *type,
                    const char *from_id,
                    const char *to_id)
{
  KutipRelation *self;

  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (from_id != NULL, NULL);
  g_return_val_if_fail (to_id != NULL, NULL);

  /* The members directly, not through property names: the suggestion
   * engine makes thousands of relations per article. */
  self = g_object_new (KUTIP_TYPE_RELATION, NULL);
  g_free (self->type);
  g_free (self->from_id);
  g_free (self->to_id);
  self->type = g_strdup (type);
  self->from_id = g_strdup (from_id);
  self->to_id = g_strdup (to_id);
  return self;
}

const char *
kutip_relation_get_id (KutipRelation *self)
{
  g_return_val_if_fail (KUTIP_IS_RELATION (self), NULL);
  return self->id;
}

void
kutip_relation_set_id (KutipRelation *self,
                       const char    *id)
{
  g_return_if_fail (KUTIP_IS_RELATION (self));

  if (g_strcmp0 (self->id, id) != 0)
    {
      g_free (self->id);
      self->id = g_strdup (id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
kutip_relation_get_rtype (KutipRelation *self)
{
  g_return_val_if_fail (KUTIP_IS_RELATION (self), NULL);
  return self->type;
}

const char *
kutip_relation_get_from_id (KutipRelation *self)
{
  g_return_val_if_fail (KUTIP_IS_RELATION (self), NULL);
  return self->from_id;
}

const char *
kutip_relation_get_to_id (KutipRelation *self)
{
  g_return_val_if_fail (KUTIP_IS_RELATION (self), NULL);
  return self->to_id;
}

KutipStatus
kutip_relation_get_status (KutipRelation *self)
{
  g_return_val_if_fail (KUTIP_IS_RELATION (self), KUTIP_STATUS_PENDING);
  return self->status;
}

void
kutip_relation_set_status (KutipRelation *self,
                           KutipStatus    status)
{
  g_return_if_fail (KUTIP_IS_RELATION (self));
  g_return_if_fail (status <= KUTIP_STATUS_REJECTED);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

const char *
kutip_relation_get_origin (KutipRelation *self)
{
  g_return_val_if_fail (KUTIP_IS_RELATION (self), NULL);
  return self->origin;
}

void
kutip_relation_set_origin (KutipRelation *self,
                           const char    *origin)
{
  g_return_if_fail (KUTIP_IS_RELATION (self));

  if (g_strcmp0 (self->origin, origin) != 0)
    {
      g_free (self->origin);
      self->origin = g_strdup (origin);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
    }
}

/**
 * kutip_relation_get_extra:
 * Returns: (nullable) (transfer none): unknown members of the stored object
 */
JsonObject *
kutip_relation_get_extra (KutipRelation *self)
{
  g_return_val_if_fail (KUTIP_IS_RELATION (self), NULL);
  return self->extra;
}

void
kutip_relation_set_extra (KutipRelation *self,
                          JsonObject    *extra)
{
  g_return_if_fail (KUTIP_IS_RELATION (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}
