/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-csv.c: a table of quotes, one row per claim: who said it
 * (the speaker's entity name), what, how (kind), when (the date's value)
 * and where (offsets). RFC 4180 quoting, UTF-8 with a byte order mark and
 * CRLF rows so spreadsheets (LibreOffice, Excel) open it as UTF-8. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

static const char * const columns[] = {
  "document", "claim_id", "speaker", "claim", "kind", "date", "status",
  "speaker_text", "date_text",
  "claim_start", "claim_end", "speaker_start", "speaker_end", "date_start", "date_end",
  NULL
};

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

static void
append_offsets (KutipExporter   *self,
                GString         *out,
                KutipText       *text,
                KutipAnnotation *a)
{
  if (a == NULL)
    {
      g_string_append (out, ",,");
      return;
    }
  g_string_append_printf (out, ",%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT,
                          _kutip_exporter_offset (self, text, kutip_annotation_get_start (a)),
                          _kutip_exporter_offset (self, text, kutip_annotation_get_end (a)));
}

static gboolean
csv_export_begin (KutipExporter  *self,
                  GError        **error)
{
  g_string_append (self->buf, "\xEF\xBB\xBF");
  for (guint i = 0; columns[i] != NULL; i++)
    append_field (self->buf, columns[i], i == 0);
  g_string_append (self->buf, "\r\n");
  return TRUE;
}

/* The claim's link of @type among the links the export lets through
 * (accepted ones, and pending ones with --status all), or NULL. */
static KutipAnnotation *
linked (KutipDocument   *document,
        GHashTable      *links,
        KutipAnnotation *claim,
        const char      *type)
{
  KutipRelation *relation = kutip_document_get_link (document, claim, type);

  if (relation == NULL || !g_hash_table_contains (links, relation))
    return NULL;
  return kutip_document_lookup_annotation (document, kutip_relation_get_to_id (relation));
}

static gboolean
csv_export_document (KutipExporter  *self,
                     KutipDocument  *document,
                     GError        **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) relations = NULL;
  g_autoptr(GHashTable) links = g_hash_table_new (NULL, NULL);
  g_autofree char *name = _kutip_exporter_document_name (self, document);
  KutipText *text = kutip_document_get_text (document);
  GString *out = self->buf;

  if (!_kutip_exporter_collect (self, document, &annotations, &relations, error))
    return FALSE;

  /* A row has one speaker and one date of its claim: other links have no
   * column. */
  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *relation = g_ptr_array_index (relations, i);
      KutipAnnotation *from = kutip_document_lookup_annotation (document,
                                                                kutip_relation_get_from_id (relation));
      const char *type = kutip_relation_get_rtype (relation);

      if (strcmp (kutip_annotation_get_label (from), KUTIP_LABEL_CLAIM) == 0 &&
          (strcmp (type, KUTIP_RELATION_SAID_BY) == 0 || strcmp (type, KUTIP_RELATION_DATED) == 0) &&
          kutip_document_get_link (document, from, type) == relation)
        g_hash_table_add (links, relation);
      else
        _kutip_exporter_leave_out_link (self);
    }

  for (guint i = 0; i < annotations->len; i++)
    {
      KutipAnnotation *claim = g_ptr_array_index (annotations, i);
      KutipAnnotation *speaker, *date;
      KutipEntity *entity = NULL;
      const char *speaker_name = NULL;

      if (strcmp (kutip_annotation_get_label (claim), KUTIP_LABEL_CLAIM) != 0)
        continue;

      speaker = linked (document, links, claim, KUTIP_RELATION_SAID_BY);
      date = linked (document, links, claim, KUTIP_RELATION_DATED);
      if (speaker != NULL)
        {
          entity = kutip_document_get_entity_for (document, speaker);
          speaker_name = entity != NULL && kutip_entity_get_name (entity) != NULL
                         ? kutip_entity_get_name (entity)
                         : kutip_annotation_get_text (speaker);
        }

      append_field (out, name, TRUE);
      append_field (out, kutip_annotation_get_id (claim), FALSE);
      append_field (out, speaker_name, FALSE);
      append_field (out, kutip_annotation_get_text (claim), FALSE);
      append_field (out, kutip_annotation_get_attribute (claim, "kind"), FALSE);
      append_field (out, date ? kutip_annotation_get_attribute (date, "value") : NULL, FALSE);
      append_field (out, kutip_status_to_string (kutip_annotation_get_status (claim)), FALSE);
      append_field (out, speaker ? kutip_annotation_get_text (speaker) : NULL, FALSE);
      append_field (out, date ? kutip_annotation_get_text (date) : NULL, FALSE);
      append_offsets (self, out, text, claim);
      append_offsets (self, out, text, speaker);
      append_offsets (self, out, text, date);
      g_string_append (out, "\r\n");
    }

  return TRUE;
}

const KutipFormat kutip_format_csv = {
  .name = "csv",
  .title = "CSV table of quotes",
  .extension = ".csv",
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_OFFSETS,
  .export_begin = csv_export_begin,
  .export_document = csv_export_document,
};
