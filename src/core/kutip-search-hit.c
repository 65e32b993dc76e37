/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-search-hit.c: a search result or claims-table row, and the claims
 * table as CSV. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include <string.h>

#include "kutip-enums.h"
#include "kutip-project-private.h"
#include "kutip-search-hit.h"

struct _KutipSearchHit
{
  GObject            parent_instance;

  KutipSearchHitData data;
  KutipDocumentInfo *document;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ANNOTATION_ID,
  PROP_LABEL,
  PROP_STATUS,
  PROP_OFFSET,
  PROP_LENGTH,
  PROP_TEXT,
  PROP_SNIPPET,
  PROP_SNIPPET_MATCH_START,
  PROP_SNIPPET_MATCH_LENGTH,
  PROP_SPEAKER,
  PROP_PERSON,
  PROP_DATE,
  PROP_KIND,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipSearchHit, kutip_search_hit, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

void
_kutip_search_hit_data_clear (KutipSearchHitData *data)
{
  g_clear_pointer (&data->key, g_free);
  g_clear_pointer (&data->annotation_id, g_free);
  g_clear_pointer (&data->label, g_free);
  g_clear_pointer (&data->text, g_free);
  g_clear_pointer (&data->snippet, g_free);
  g_clear_pointer (&data->speaker, g_free);
  g_clear_pointer (&data->person, g_free);
  g_clear_pointer (&data->date, g_free);
  g_clear_pointer (&data->kind, g_free);
}

static void
kutip_search_hit_finalize (GObject *object)
{
  KutipSearchHit *self = (KutipSearchHit *)object;

  _kutip_search_hit_data_clear (&self->data);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (kutip_search_hit_parent_class)->finalize (object);
}

static void
kutip_search_hit_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KutipSearchHit *self = KUTIP_SEARCH_HIT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_ANNOTATION_ID: g_value_set_string (value, self->data.annotation_id); break;
    case PROP_LABEL: g_value_set_string (value, self->data.label); break;
    case PROP_STATUS: g_value_set_enum (value, self->data.status); break;
    case PROP_OFFSET: g_value_set_uint (value, self->data.offset); break;
    case PROP_LENGTH: g_value_set_uint (value, self->data.length); break;
    case PROP_TEXT: g_value_set_string (value, self->data.text); break;
    case PROP_SNIPPET: g_value_set_string (value, self->data.snippet); break;
    case PROP_SNIPPET_MATCH_START: g_value_set_uint (value, self->data.match_start); break;
    case PROP_SNIPPET_MATCH_LENGTH: g_value_set_uint (value, self->data.match_length); break;
    case PROP_SPEAKER: g_value_set_string (value, self->data.speaker); break;
    case PROP_PERSON: g_value_set_string (value, self->data.person); break;
    case PROP_DATE: g_value_set_string (value, self->data.date); break;
    case PROP_KIND: g_value_set_string (value, self->data.kind); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_search_hit_class_init (KutipSearchHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_search_hit_finalize;
  object_class->get_property = kutip_search_hit_get_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL,
                                                   KUTIP_TYPE_DOCUMENT_INFO, ro);
  properties[PROP_ANNOTATION_ID] = g_param_spec_string ("annotation-id", NULL, NULL, NULL, ro);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, KUTIP_TYPE_STATUS,
                                               KUTIP_STATUS_ACCEPTED, ro);
  properties[PROP_OFFSET] = g_param_spec_uint ("offset", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_LENGTH] = g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);
  properties[PROP_SNIPPET] = g_param_spec_string ("snippet", NULL, NULL, NULL, ro);
  properties[PROP_SNIPPET_MATCH_START] = g_param_spec_uint ("snippet-match-start", NULL, NULL,
                                                            0, G_MAXUINT, 0, ro);
  properties[PROP_SNIPPET_MATCH_LENGTH] = g_param_spec_uint ("snippet-match-length", NULL, NULL,
                                                             0, G_MAXUINT, 0, ro);
  properties[PROP_SPEAKER] = g_param_spec_string ("speaker", NULL, NULL, NULL, ro);
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, ro);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, ro);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kutip_search_hit_init (KutipSearchHit *self)
{
}

/* Takes the contents of @data (cleared). */
KutipSearchHit *
_kutip_search_hit_new (KutipSearchHitData *data)
{
  KutipSearchHit *self = g_object_new (KUTIP_TYPE_SEARCH_HIT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);
  return self;
}

const char *
_kutip_search_hit_get_key (KutipSearchHit *self)
{
  return self->data.key;
}

void
_kutip_search_hit_set_document (KutipSearchHit    *self,
                                KutipDocumentInfo *document)
{
  g_set_object (&self->document, document);
}

/**
 * kutip_search_hit_get_document:
 * Returns: (transfer none): the document of the hit
 */
KutipDocumentInfo *
kutip_search_hit_get_document (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->document;
}

/**
 * kutip_search_hit_get_annotation_id:
 * Returns: (nullable): the annotation hit, or %NULL for a place in the text
 */
const char *
kutip_search_hit_get_annotation_id (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->data.annotation_id;
}

const char *
kutip_search_hit_get_label (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->data.label;
}

KutipStatus
kutip_search_hit_get_status (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), KUTIP_STATUS_ACCEPTED);
  return self->data.status;
}

guint
kutip_search_hit_get_offset (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), 0);
  return self->data.offset;
}

guint
kutip_search_hit_get_length (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), 0);
  return self->data.length;
}

const char *
kutip_search_hit_get_text (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->data.text;
}

/**
 * kutip_search_hit_get_snippet:
 * @match_start: (out) (optional): where the hit starts in the snippet
 * @match_length: (out) (optional): its length there (code points)
 *
 * Returns: (transfer none): the hit with some context, on one line, with
 *   "…" where it was cut
 */
const char *
kutip_search_hit_get_snippet (KutipSearchHit *self,
                              guint          *match_start,
                              guint          *match_length)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);

  if (match_start != NULL)
    *match_start = self->data.match_start;
  if (match_length != NULL)
    *match_length = self->data.match_length;
  return self->data.snippet;
}

const char *
kutip_search_hit_get_speaker (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->data.speaker;
}

const char *
kutip_search_hit_get_person (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->data.person;
}

const char *
kutip_search_hit_get_date (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->data.date;
}

const char *
kutip_search_hit_get_kind (KutipSearchHit *self)
{
  g_return_val_if_fail (KUTIP_IS_SEARCH_HIT (self), NULL);
  return self->data.kind;
}

/* ---------------------------------------------------------------------- */
/* CSV                                                                     */

static void
append_field (GString    *out,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL)
    return;

  if (strpbrk (value, ",\"\r\n") == NULL && value[0] != ' ' &&
      (value[0] == '\0' || value[strlen (value) - 1] != ' '))
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * kutip_claims_write_csv:
 * @claims: (element-type KutipSearchHit): the rows
 *
 * Returns: %TRUE on success; otherwise the stream's error
 */
gboolean
kutip_claims_write_csv (GListModel     *claims,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  static const char * const columns[] = {
    "document", "claim_id", "person", "speaker", "claim", "kind", "date", "status",
    "start", "end", NULL
  };
  g_autoptr(GString) out = g_string_sized_new (64 * 1024);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (claims), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  g_string_append (out, "\xEF\xBB\xBF");
  for (guint i = 0; columns[i] != NULL; i++)
    append_field (out, columns[i], i == 0);
  g_string_append (out, "\r\n");

  n = g_list_model_get_n_items (claims);
  for (guint i = 0; i <= n; i++)
    {
      if (i < n)
        {
          g_autoptr(KutipSearchHit) hit = g_list_model_get_item (claims, i);
          KutipDocumentInfo *document = hit->document;
          char start[16], end[16];

          g_snprintf (start, sizeof start, "%u", hit->data.offset);
          g_snprintf (end, sizeof end, "%u", hit->data.offset + hit->data.length);
          append_field (out, document ? kutip_document_info_get_relative_path (document) : NULL,
                        TRUE);
          append_field (out, hit->data.annotation_id, FALSE);
          append_field (out, hit->data.person, FALSE);
          append_field (out, hit->data.speaker, FALSE);
          append_field (out, hit->data.text, FALSE);
          append_field (out, hit->data.kind, FALSE);
          append_field (out, hit->data.date, FALSE);
          append_field (out, kutip_status_to_string (hit->data.status), FALSE);
          append_field (out, start, FALSE);
          append_field (out, end, FALSE);
          g_string_append (out, "\r\n");
        }
      if ((i == n || out->len >= 60 * 1024) && out->len > 0)
        {
          if (!g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error))
            return FALSE;
          g_string_truncate (out, 0);
        }
    }

  return TRUE;
}
