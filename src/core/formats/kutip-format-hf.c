/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-hf.c: Hugging Face-style token classification JSONL, one
 * sentence a line with "tokens" and "ner_tags" ids, and the label list in
 * a side file NAME.labels.json. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

static gboolean
hf_export_document (KutipExporter  *self,
                    KutipDocument  *document,
                    GError        **error)
{
  g_autoptr(KutipTagging) tagging = NULL;
  g_autofree char *name = _kutip_exporter_document_name (self, document);
  KutipText *text = kutip_document_get_text (document);
  GString *out = self->buf;
  guint t = 0;

  tagging = _kutip_tagging_new (self, document, error);
  if (tagging == NULL)
    return FALSE;

  for (guint s = 0; s < tagging->sentence_ends->len; s++)
    {
      guint first = t;
      guint end = g_array_index (tagging->sentence_ends, guint, s);
      g_autofree char *id = g_strdup_printf ("%s-%u", name, s);

      g_string_append (out, "{");
      _kutip_json_append_member (out, "id", id);
      g_string_append_c (out, ',');
      _kutip_json_append_member (out, "document", name);
      g_string_append (out, ",\"tokens\":[");
      for (t = first; t < end; t++)
        {
          const KutipToken *token = &g_array_index (tagging->tokens, KutipToken, t);
          gsize n = 0;
          const char *slice = kutip_text_peek_slice (text, token->start, token->end, &n);

          if (t > first)
            g_string_append_c (out, ',');
          _kutip_json_append_string (out, slice, (gssize) n);
        }
      g_string_append_c (out, ']');

      for (guint l = 0; l < tagging->n_layers; l++)
        {
          if (tagging->layer_labels != NULL)
            {
              g_autofree char *field = g_strconcat ("ner_tags_", tagging->layer_labels[l], NULL);

              g_string_append_c (out, ',');
              _kutip_json_append_string (out, field, -1);
              g_string_append (out, ":[");
            }
          else
            g_string_append (out, ",\"ner_tags\":[");
          for (t = first; t < end; t++)
            {
              guint tag = tagging->tags[l][t];

              /* In a layer: 0 = O, 1 = B, 2 = I. */
              if (tagging->layer_labels != NULL && tag != 0)
                tag = (tag % 2) ? 1 : 2;
              g_string_append_printf (out, t > first ? ",%u" : "%u", tag);
            }
          g_string_append_c (out, ']');
        }
      g_string_append (out, "}\n");
      t = end;
    }

  return TRUE;
}

/**
 * kutip_exporter_dup_labels_json:
 *
 * The tag names by id for formats that write ids (Hugging Face):
 * {"ner_tags": ["O", "B-speaker", "I-speaker", ...]}, or one list per
 * "ner_tags_LABEL" with the layers policy.
 * Returns: (transfer full) (nullable): JSON, or NULL for other formats.
 */
char *
kutip_exporter_dup_labels_json (KutipExporter *self)
{
  GPtrArray *order;
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->format != &kutip_format_hf)
    return NULL;

  order = _kutip_exporter_label_order (self);
  out = g_string_new ("{");
  if (self->options.nesting == KUTIP_NESTING_LAYERS)
    {
      for (guint l = 0; l < order->len; l++)
        {
          const char *label = g_ptr_array_index (order, l);
          g_autofree char *field = g_strconcat ("ner_tags_", label, NULL);
          g_autofree char *b = g_strconcat ("B-", label, NULL);
          g_autofree char *i = g_strconcat ("I-", label, NULL);

          g_string_append (out, l ? ",\n " : "\n ");
          _kutip_json_append_string (out, field, -1);
          g_string_append (out, ": [\"O\", ");
          _kutip_json_append_string (out, b, -1);
          g_string_append (out, ", ");
          _kutip_json_append_string (out, i, -1);
          g_string_append (out, "]");
        }
    }
  else
    {
      g_string_append (out, "\n \"ner_tags\": [\"O\"");
      for (guint k = 1; k < 1 + 2 * order->len; k++)
        {
          g_string_append (out, ", ");
          _kutip_json_append_string (out, _kutip_tag_name (self, k), -1);
        }
      g_string_append (out, "]");
    }
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
}

/* "out/train.jsonl" -> "out/train.labels.json" */
char *
_kutip_hf_labels_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  g_autofree char *name = NULL;

  if (dot != NULL && dot != base)
    *dot = '\0';
  name = g_strconcat (base, ".labels.json", NULL);
  return g_build_filename (dir, name, NULL);
}

static gboolean
hf_export_end (KutipExporter  *self,
               GError        **error)
{
  g_autofree char *labels = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->path == NULL)
    return TRUE;

  /* Written whole or not at all (a temporary file and a rename). */
  labels = kutip_exporter_dup_labels_json (self);
  path = _kutip_hf_labels_path (self->path);
  if (!g_file_set_contents (path, labels, -1, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

const KutipFormat kutip_format_hf = {
  .name = "hf",
  .title = "Hugging Face token classification JSONL",
  .extension = ".jsonl",
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_TOKENS,
  .export_document = hf_export_document,
  .export_end = hf_export_end,
};
