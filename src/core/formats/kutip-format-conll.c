/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-conll.c: CoNLL 2003-style IOB2: one token a line with its
 * tag (one tag column per label with the layers policy), a blank line
 * between sentences, "-DOCSTART-" between documents. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

typedef struct
{
  guint n_columns;
} ConllState;

static gboolean
conll_export_document (KutipExporter  *self,
                       KutipDocument  *document,
                       GError        **error)
{
  g_autoptr(KutipTagging) tagging = NULL;
  ConllState *state = self->state;
  KutipText *text = kutip_document_get_text (document);
  GString *out = self->buf;
  guint t = 0;

  if (state == NULL)
    {
      self->state = state = g_new0 (ConllState, 1);
      self->state_free = g_free;
    }

  tagging = _kutip_tagging_new (self, document, error);
  if (tagging == NULL)
    return FALSE;

  if (state->n_columns == 0)
    state->n_columns = tagging->n_layers;
  else if (tagging->n_layers != state->n_columns)
    {
      g_autofree char *name = _kutip_exporter_document_name (self, document);

      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "document %s has a label the first document's schema does not have; "
                   "CoNLL layers need the same tag columns in every document", name);
      return FALSE;
    }

  g_string_append (out, "-DOCSTART-");
  for (guint l = 0; l < tagging->n_layers; l++)
    g_string_append (out, " O");
  g_string_append (out, "\n\n");

  for (guint s = 0; s < tagging->sentence_ends->len; s++)
    {
      guint end = g_array_index (tagging->sentence_ends, guint, s);

      for (; t < end; t++)
        {
          const KutipToken *token = &g_array_index (tagging->tokens, KutipToken, t);
          gsize n = 0;
          const char *slice = kutip_text_peek_slice (text, token->start, token->end, &n);
          gsize mark = out->len;

          g_string_append_len (out, slice, (gssize) n);
          /* A token never holds a space; keep the columns apart if one did. */
          for (gsize k = mark; k < out->len; k++)
            if (out->str[k] == ' ' || out->str[k] == '\t')
              out->str[k] = '_';
          for (guint l = 0; l < tagging->n_layers; l++)
            {
              guint tag = tagging->tags[l][t];

              gsize tag_mark;

              g_string_append_c (out, ' ');
              tag_mark = out->len;
              g_string_append (out, _kutip_tag_name (self, tag));
              /* A label with a space would split the column. */
              for (gsize k = tag_mark; k < out->len; k++)
                if (out->str[k] == ' ' || out->str[k] == '\t')
                  out->str[k] = '_';
            }
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }

  return TRUE;
}

/* Import */

typedef struct
{
  GString *text;
  GArray  *spans;   /* Pending spans */
  GPtrArray *labels;
  guint    first_line;
  guint    n_documents;
  gboolean sentence_open;
  int      open_span; /* index into spans of the span the last token continues, or -1 */
} ConllReader;

typedef struct
{
  guint start;  /* code points */
  guint end;
  guint label;  /* index into labels */
  guint line;
} Span;

static gboolean
flush_document (KutipImportContext  *ctx,
                ConllReader         *reader,
                GError             **error)
{
  g_autoptr(KutipDocBuilder) builder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *id = NULL;

  if (reader->text->len == 0)
    {
      g_array_set_size (reader->spans, 0);
      return TRUE;
    }

  builder = _kutip_doc_builder_new (ctx, reader->text->str, (gssize) reader->text->len,
                                    reader->first_line, error);
  if (builder == NULL)
    return FALSE;

  base = g_path_get_basename (ctx->where);
  if (strchr (base, '.') != NULL)
    *strrchr (base, '.') = '\0';
  id = g_strdup_printf ("%s-%u", base, ++reader->n_documents);
  kutip_document_set_id (_kutip_doc_builder_get_document (builder), id);

  for (guint i = 0; i < reader->spans->len; i++)
    {
      Span *span = &g_array_index (reader->spans, Span, i);
      KutipAnnotation *annotation;

      if (!_kutip_doc_builder_add_span (builder, NULL, g_ptr_array_index (reader->labels, span->label),
                                        span->start, span->end, TRUE, NULL, span->line,
                                        &annotation, error))
        return FALSE;
    }

  g_string_truncate (reader->text, 0);
  g_array_set_size (reader->spans, 0);
  reader->sentence_open = FALSE;
  reader->open_span = -1;

  return _kutip_doc_builder_finish (builder, error);
}

static guint
label_index (GPtrArray  *labels,
             const char *label)
{
  for (guint i = 0; i < labels->len; i++)
    if (strcmp (g_ptr_array_index (labels, i), label) == 0)
      return i;
  g_ptr_array_add (labels, g_strdup (label));
  return labels->len - 1;
}

static gboolean
conll_import_data (KutipImportContext  *ctx,
                   const char          *data,
                   gsize                n_bytes,
                   GError             **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  ConllReader reader = { text, spans, labels, 1, 0, FALSE, -1 };
  const char *p = data;
  const char *end = data + n_bytes;
  guint line = 0;
  guint length = 0; /* code points in reader.text */

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      g_autofree char *row = g_strndup (p, (nl ? nl : end) - p);
      g_auto(GStrv) fields = NULL;
      const char *token, *tag;
      guint n_fields;

      p = nl ? nl + 1 : end;
      line++;
      g_strstrip (row);

      /* A blank line ends the sentence but not the span: Kutip writes
       * spans that cross a sentence end as B- … I- over the break. */
      if (*row == '\0')
        {
          reader.sentence_open = FALSE;
          continue;
        }

      fields = g_strsplit_set (row, " \t", -1);
      /* Drop empty fields from runs of blanks. */
      n_fields = 0;
      for (guint i = 0; fields[i] != NULL; i++)
        if (*fields[i] != '\0')
          fields[n_fields++] = fields[i];
        else
          g_free (fields[i]);
      fields[n_fields] = NULL;

      if (strcmp (fields[0], "-DOCSTART-") == 0)
        {
          if (!flush_document (ctx, &reader, error))
            return FALSE;
          length = 0;
          reader.first_line = line + 1;
          continue;
        }

      if (n_fields < 2)
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_PARSE,
                               "expected “TOKEN TAG”, found “%s”", row);
          return FALSE;
        }

      token = fields[0];
      tag = fields[n_fields - 1];
      if (strcmp (tag, "O") != 0 &&
          !((tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' && tag[2] != '\0'))
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_PARSE,
                               "tag “%s” is not O, B-LABEL or I-LABEL", tag);
          return FALSE;
        }

      /* Text: tokens joined by a space, sentences by a line end. */
      if (text->len > 0)
        {
          g_string_append_c (text, reader.sentence_open ? ' ' : '\n');
          length++;
        }
      reader.sentence_open = TRUE;
      g_string_append (text, token);

      {
        guint token_start = length;

        length += (guint) g_utf8_strlen (token, -1);

        if (tag[0] == 'O')
          reader.open_span = -1;
        else
          {
            guint label = label_index (labels, tag + 2);
            Span *open = reader.open_span >= 0 ? &g_array_index (spans, Span, reader.open_span) : NULL;

            /* An I- that continues nothing starts a span (lenient IOB). */
            if (tag[0] == 'I' && open != NULL && open->label == label)
              open->end = length;
            else
              {
                Span span = { token_start, length, label, line };

                g_array_append_val (spans, span);
                reader.open_span = (int) spans->len - 1;
              }
          }
      }
    }

  return flush_document (ctx, &reader, error);
}

const KutipFormat kutip_format_conll = {
  .name = "conll",
  .title = "CoNLL IOB2",
  .extension = ".conll",
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_CAN_IMPORT | KUTIP_FORMAT_TOKENS,
  .export_document = conll_export_document,
  .import_data = conll_import_data,
};
