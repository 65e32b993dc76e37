/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-info.c: one row of a project's document list. A few
 * hundred bytes per document, so 10,000 rows cost a few megabytes while
 * the documents themselves stay on disk. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include <string.h>

#include "kutip-enums.h"
#include "kutip-project-private.h"

struct _KutipDocumentInfo
{
  GObject              parent_instance;

  char                *path;
  char                *relative_path;
  char                *sidecar_path;
  char                *title;
  char                *language;
  char                *published;
  char                *error;
  KutipDocumentStatus  status;
  guint                n_annotations;
  guint                n_claims;
  guint                n_pending;
  gint64               mtime;
  guint64              size;
  gboolean             indexed;
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_RELATIVE_PATH,
  PROP_SIDECAR_PATH,
  PROP_TITLE,
  PROP_STATUS,
  PROP_N_ANNOTATIONS,
  PROP_N_CLAIMS,
  PROP_N_PENDING,
  PROP_MTIME,
  PROP_SIZE,
  PROP_LANGUAGE,
  PROP_PUBLISHED,
  PROP_INDEXED,
  PROP_ERROR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipDocumentInfo, kutip_document_info, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static void
kutip_document_info_finalize (GObject *object)
{
  KutipDocumentInfo *self = (KutipDocumentInfo *)object;

  g_free (self->path);
  g_free (self->relative_path);
  g_free (self->sidecar_path);
  g_free (self->title);
  g_free (self->language);
  g_free (self->published);
  g_free (self->error);

  G_OBJECT_CLASS (kutip_document_info_parent_class)->finalize (object);
}

static void
kutip_document_info_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KutipDocumentInfo *self = KUTIP_DOCUMENT_INFO (object);

  switch (prop_id)
    {
    case PROP_PATH: g_value_set_string (value, self->path); break;
    case PROP_RELATIVE_PATH: g_value_set_string (value, self->relative_path); break;
    case PROP_SIDECAR_PATH: g_value_set_string (value, self->sidecar_path); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_N_ANNOTATIONS: g_value_set_uint (value, self->n_annotations); break;
    case PROP_N_CLAIMS: g_value_set_uint (value, self->n_claims); break;
    case PROP_N_PENDING: g_value_set_uint (value, self->n_pending); break;
    case PROP_MTIME: g_value_set_int64 (value, self->mtime); break;
    case PROP_SIZE: g_value_set_uint64 (value, self->size); break;
    case PROP_LANGUAGE: g_value_set_string (value, self->language); break;
    case PROP_PUBLISHED: g_value_set_string (value, self->published); break;
    case PROP_INDEXED: g_value_set_boolean (value, self->indexed); break;
    case PROP_ERROR: g_value_set_string (value, self->error); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_document_info_class_init (KutipDocumentInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_document_info_finalize;
  object_class->get_property = kutip_document_info_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, ro);
  properties[PROP_RELATIVE_PATH] = g_param_spec_string ("relative-path", NULL, NULL, NULL, ro);
  properties[PROP_SIDECAR_PATH] = g_param_spec_string ("sidecar-path", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, KUTIP_TYPE_DOCUMENT_STATUS,
                                               KUTIP_DOCUMENT_STATUS_NEW, ro);
  properties[PROP_N_ANNOTATIONS] = g_param_spec_uint ("n-annotations", NULL, NULL,
                                                      0, G_MAXUINT, 0, ro);
  properties[PROP_N_CLAIMS] = g_param_spec_uint ("n-claims", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_PENDING] = g_param_spec_uint ("n-pending", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_MTIME] = g_param_spec_int64 ("mtime", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SIZE] = g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0, ro);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, ro);
  properties[PROP_PUBLISHED] = g_param_spec_string ("published", NULL, NULL, NULL, ro);
  properties[PROP_INDEXED] = g_param_spec_boolean ("indexed", NULL, NULL, FALSE, ro);
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kutip_document_info_init (KutipDocumentInfo *self)
{
}

static void
set_string (KutipDocumentInfo  *self,
            char              **slot,
            const char         *value,
            guint               prop)
{
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_uint (KutipDocumentInfo *self,
          guint             *slot,
          guint              value,
          guint              prop)
{
  if (*slot == value)
    return;
  *slot = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
_kutip_document_facts_clear (KutipDocumentFacts *facts)
{
  g_clear_pointer (&facts->title, g_free);
  g_clear_pointer (&facts->language, g_free);
  g_clear_pointer (&facts->published, g_free);
  g_clear_pointer (&facts->error, g_free);
}

void
_kutip_document_facts_copy (KutipDocumentFacts       *to,
                            const KutipDocumentFacts *from)
{
  *to = *from;
  to->title = g_strdup (from->title);
  to->language = g_strdup (from->language);
  to->published = g_strdup (from->published);
  to->error = g_strdup (from->error);
}

void
_kutip_document_info_set_stale (KutipDocumentInfo *self)
{
  if (!self->indexed)
    return;
  self->indexed = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEXED]);
}

/* "politik/2024-05-20 Retno.kutip.json" -> "2024-05-20 Retno" */
char *
_kutip_title_from_path (const char *path)
{
  char *base = g_path_get_basename (path);
  gsize len = strlen (base);

  if (len > 11 && g_ascii_strcasecmp (base + len - 11, ".kutip.json") == 0)
    base[len - 11] = '\0';
  else
    {
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
    }
  return base;
}

KutipDocumentInfo *
_kutip_document_info_new (const char           *root,
                          const KutipScanEntry *entry)
{
  KutipDocumentInfo *self = g_object_new (KUTIP_TYPE_DOCUMENT_INFO, NULL);

  self->relative_path = g_strdup (entry->key);
  self->path = g_build_filename (root, entry->key, NULL);
  self->sidecar_path = g_build_filename (root, entry->sidecar, NULL);
  self->title = _kutip_title_from_path (entry->key);
  self->mtime = MAX (entry->article_stamp.mtime, entry->sidecar_stamp.mtime) / 1000;
  self->size = (guint64) (entry->article_stamp.size + entry->sidecar_stamp.size);
  return self;
}

void
_kutip_document_info_set_entry (KutipDocumentInfo    *self,
                                const KutipScanEntry *entry)
{
  gint64 mtime = MAX (entry->article_stamp.mtime, entry->sidecar_stamp.mtime) / 1000;
  guint64 size = (guint64) (entry->article_stamp.size + entry->sidecar_stamp.size);
  g_autofree char *sidecar = NULL;

  g_assert (g_strcmp0 (entry->key, self->relative_path) == 0);

  g_object_freeze_notify (G_OBJECT (self));
  if (!g_str_has_suffix (self->sidecar_path, entry->sidecar))
    {
      g_autofree char *root = g_strndup (self->path, strlen (self->path) - strlen (entry->key));

      sidecar = g_build_filename (root, entry->sidecar, NULL);
      set_string (self, &self->sidecar_path, sidecar, PROP_SIDECAR_PATH);
    }
  if (self->mtime != mtime)
    {
      self->mtime = mtime;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MTIME]);
    }
  if (self->size != size)
    {
      self->size = size;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
_kutip_document_info_set_facts (KutipDocumentInfo        *self,
                                const KutipDocumentFacts *facts)
{
  g_autofree char *fallback = NULL;
  const char *title = facts->title;

  if (title == NULL)
    title = fallback = _kutip_title_from_path (self->relative_path);

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, &self->title, title, PROP_TITLE);
  set_string (self, &self->language, facts->language, PROP_LANGUAGE);
  set_string (self, &self->published, facts->published, PROP_PUBLISHED);
  set_string (self, &self->error, facts->error, PROP_ERROR);
  if (self->status != facts->status)
    {
      self->status = facts->status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  set_uint (self, &self->n_annotations, facts->n_annotations, PROP_N_ANNOTATIONS);
  set_uint (self, &self->n_claims, facts->n_claims, PROP_N_CLAIMS);
  set_uint (self, &self->n_pending, facts->n_pending, PROP_N_PENDING);
  if (self->indexed != facts->indexed)
    {
      self->indexed = facts->indexed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEXED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * kutip_document_info_get_path:
 * Returns: (transfer none): what to open: the article, or the .kutip.json
 *   of a document without one
 */
const char *
kutip_document_info_get_path (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), NULL);
  return self->path;
}

const char *
kutip_document_info_get_relative_path (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), NULL);
  return self->relative_path;
}

/**
 * kutip_document_info_get_sidecar_path:
 * Returns: (transfer none): the .kutip.json the document saves to (it may
 *   not exist yet)
 */
const char *
kutip_document_info_get_sidecar_path (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), NULL);
  return self->sidecar_path;
}

const char *
kutip_document_info_get_title (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), NULL);
  return self->title;
}

KutipDocumentStatus
kutip_document_info_get_status (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), KUTIP_DOCUMENT_STATUS_NEW);
  return self->status;
}

guint
kutip_document_info_get_n_annotations (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), 0);
  return self->n_annotations;
}

guint
kutip_document_info_get_n_claims (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), 0);
  return self->n_claims;
}

guint
kutip_document_info_get_n_pending (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), 0);
  return self->n_pending;
}

/* Microseconds since 1970 (for g_date_time_new_from_unix_utc_usec ()). */
gint64
kutip_document_info_get_mtime (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), 0);
  return self->mtime;
}

guint64
kutip_document_info_get_size (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), 0);
  return self->size;
}

const char *
kutip_document_info_get_language (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), NULL);
  return self->language;
}

const char *
kutip_document_info_get_published (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), NULL);
  return self->published;
}

gboolean
kutip_document_info_get_indexed (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), FALSE);
  return self->indexed;
}

/**
 * kutip_document_info_get_error:
 * Returns: (nullable): why the document cannot be opened ("FILE: $.path:
 *   problem"), or %NULL
 */
const char *
kutip_document_info_get_error (KutipDocumentInfo *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (self), NULL);
  return self->error;
}
