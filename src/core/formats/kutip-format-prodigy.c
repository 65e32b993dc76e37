/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-prodigy.c: Prodigy / spaCy JSONL: text, tokens, spans with
 * token_start/token_end (inclusive) and relations between spans. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

/* Inclusive token range of a span; FALSE when it covers no token. */
static gboolean
token_range (GArray *tokens,
             guint   start,
             guint   end,
             guint  *first,
             guint  *last)
{
  guint t = _kutip_tokens_first_after (tokens, start);

  if (t >= tokens->len || g_array_index (tokens, KutipToken, t).start >= end)
    return FALSE;
  *first = t;
  while (t + 1 < tokens->len && g_array_index (tokens, KutipToken, t + 1).start < end)
    t++;
  *last = t;
  return TRUE;
}

static void
append_span (KutipExporter   *self,
             KutipText       *text,
             GArray          *tokens,
             KutipAnnotation *a)
{
  GString *out = self->buf;
  guint start = kutip_annotation_get_start (a);
  guint end = kutip_annotation_get_end (a);
  guint first, last;

  g_string_append_printf (out, "{\"start\":%" G_GSIZE_FORMAT ",\"end\":%" G_GSIZE_FORMAT,
                          _kutip_exporter_offset (self, text, start),
                          _kutip_exporter_offset (self, text, end));
  if (token_range (tokens, start, end, &first, &last))
    g_string_append_printf (out, ",\"token_start\":%u,\"token_end\":%u", first, last);
  g_string_append (out, ",");
  _kutip_json_append_member (out, "label", kutip_annotation_get_label (a));
  g_string_append_c (out, '}');
}

static gboolean
prodigy_export_document (KutipExporter  *self,
                         KutipDocument  *document,
                         GError        **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) relations = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autofree char *name = _kutip_exporter_document_name (self, document);
  KutipText *text = kutip_document_get_text (document);
  GString *out = self->buf;
  const char *utf8;
  gsize n_bytes = 0;

  if (!_kutip_exporter_collect (self, document, &annotations, &relations, error))
    return FALSE;

  tokens = kutip_text_tokenize (text, 0, kutip_text_get_length (text));
  utf8 = kutip_text_get_utf8 (text, &n_bytes);

  g_string_append (out, "{\"text\":");
  _kutip_json_append_string (out, utf8, (gssize) n_bytes);
  g_string_append (out, ",\"meta\":{");
  _kutip_json_append_member (out, "id", name);
  g_string_append (out, "},\"tokens\":[");
  for (guint t = 0; t < tokens->len; t++)
    {
      const KutipToken *token = &g_array_index (tokens, KutipToken, t);
      gsize n = 0;
      const char *slice = kutip_text_peek_slice (text, token->start, token->end, &n);

      g_string_append (out, t ? ",{\"text\":" : "{\"text\":");
      _kutip_json_append_string (out, slice, (gssize) n);
      g_string_append_printf (out, ",\"start\":%" G_GSIZE_FORMAT ",\"end\":%" G_GSIZE_FORMAT
                              ",\"id\":%u,\"ws\":%s}",
                              _kutip_exporter_offset (self, text, token->start),
                              _kutip_exporter_offset (self, text, token->end), t,
                              (token->flags & KUTIP_TOKEN_SPACE_AFTER) ? "true" : "false");
    }
  g_string_append (out, "],\"spans\":[");
  for (guint i = 0; i < annotations->len; i++)
    {
      if (i)
        g_string_append_c (out, ',');
      append_span (self, text, tokens, g_ptr_array_index (annotations, i));
    }
  g_string_append (out, "],\"relations\":[");
  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (relations, i);
      KutipAnnotation *head = kutip_document_lookup_annotation (document, kutip_relation_get_from_id (r));
      KutipAnnotation *child = kutip_document_lookup_annotation (document, kutip_relation_get_to_id (r));
      guint first, head_token = 0, child_token = 0;

      token_range (tokens, kutip_annotation_get_start (head), kutip_annotation_get_end (head),
                   &first, &head_token);
      token_range (tokens, kutip_annotation_get_start (child), kutip_annotation_get_end (child),
                   &first, &child_token);
      g_string_append_printf (out, "%s{\"head\":%u,\"child\":%u,\"head_span\":", i ? "," : "",
                              head_token, child_token);
      append_span (self, text, tokens, head);
      g_string_append (out, ",\"child_span\":");
      append_span (self, text, tokens, child);
      g_string_append (out, ",");
      _kutip_json_append_member (out, "label", kutip_relation_get_rtype (r));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\"answer\":\"accept\"}\n");

  return TRUE;
}

/* Import */

typedef struct
{
  gint64           start;
  gint64           end;
  gint64           token_start;
  gint64           token_end;
  char            *label;
  KutipAnnotation *annotation;
} ImportedSpan;

static void
imported_span_clear (gpointer data)
{
  g_free (((ImportedSpan *) data)->label);
}

/* The span a relation end names: by its span object, else by token. */
static KutipAnnotation *
find_end (GArray     *spans,
          JsonObject *relation,
          const char *span_member,
          const char *token_member)
{
  JsonNode *node = json_object_get_member (relation, span_member);
  gint64 token;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *span = json_node_get_object (node);
      const char *label = _kutip_json_get_string (json_object_get_member (span, "label"));
      gint64 start, end;

      if (_kutip_json_get_int (json_object_get_member (span, "start"), &start) &&
          _kutip_json_get_int (json_object_get_member (span, "end"), &end))
        for (guint i = 0; i < spans->len; i++)
          {
            ImportedSpan *s = &g_array_index (spans, ImportedSpan, i);

            if (s->start == start && s->end == end && (label == NULL || g_strcmp0 (label, s->label) == 0))
              return s->annotation;
          }
    }

  if (_kutip_json_get_int (json_object_get_member (relation, token_member), &token))
    for (guint i = 0; i < spans->len; i++)
      {
        ImportedSpan *s = &g_array_index (spans, ImportedSpan, i);

        if (s->token_start <= token && token <= s->token_end)
          return s->annotation;
      }

  return NULL;
}

static gboolean
prodigy_import_line (KutipImportContext  *ctx,
                     const char          *line,
                     gsize                n_bytes,
                     guint                line_number,
                     GError             **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(KutipDocBuilder) builder = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, TRUE, sizeof (ImportedSpan));
  g_autofree char *id = NULL;
  JsonObject *object;
  JsonNode *node;
  const char *text, *answer;

  if (!_kutip_import_parse_json (ctx, line, n_bytes, line_number, &root, error))
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (text = _kutip_json_get_string (json_object_get_member ((object = json_node_get_object (root)),
                                                              "text"))) == NULL)
    {
      _kutip_import_error (ctx, error, line_number, KUTIP_ERROR_FORMAT,
                           "expected an object with a “text” string");
      return FALSE;
    }

  /* Rejected and ignored examples are not annotations anyone stands by. */
  answer = _kutip_json_get_string (json_object_get_member (object, "answer"));
  if (answer != NULL && strcmp (answer, "accept") != 0)
    return TRUE;

  builder = _kutip_doc_builder_new (ctx, text, -1, line_number, error);
  if (builder == NULL)
    return FALSE;

  node = json_object_get_member (object, "meta");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    id = _kutip_json_dup_id (json_node_get_object (node), "id");
  if (id == NULL)
    id = g_strdup_printf ("line-%u", line_number);
  kutip_document_set_id (_kutip_doc_builder_get_document (builder), id);

  g_array_set_clear_func (spans, imported_span_clear);
  node = json_object_get_member (object, "spans");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *list = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          JsonNode *item = json_array_get_element (list, i);
          ImportedSpan span = { 0, 0, -1, -1, NULL, NULL };
          JsonObject *s;
          const char *label;

          if (!JSON_NODE_HOLDS_OBJECT (item) ||
              !_kutip_json_get_int (json_object_get_member ((s = json_node_get_object (item)), "start"),
                                    &span.start) ||
              !_kutip_json_get_int (json_object_get_member (s, "end"), &span.end) ||
              (label = _kutip_json_get_string (json_object_get_member (s, "label"))) == NULL)
            {
              _kutip_import_error (ctx, error, line_number, KUTIP_ERROR_FORMAT,
                                   "span %u needs start, end and label", i);
              return FALSE;
            }
          _kutip_json_get_int (json_object_get_member (s, "token_start"), &span.token_start);
          _kutip_json_get_int (json_object_get_member (s, "token_end"), &span.token_end);

          if (!_kutip_doc_builder_add_span (builder, NULL, label, span.start, span.end, FALSE,
                                            _kutip_json_get_string (json_object_get_member (s, "text")),
                                            line_number, &span.annotation, error))
            return FALSE;
          span.label = g_strdup (label);
          g_array_append_val (spans, span);
        }
    }

  node = json_object_get_member (object, "relations");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *list = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          JsonNode *item = json_array_get_element (list, i);
          KutipAnnotation *head, *child;
          JsonObject *r;
          const char *label;

          if (!JSON_NODE_HOLDS_OBJECT (item) ||
              (label = _kutip_json_get_string (json_object_get_member ((r = json_node_get_object (item)),
                                                                      "label"))) == NULL)
            {
              _kutip_import_error (ctx, error, line_number, KUTIP_ERROR_FORMAT,
                                   "relation %u needs a label", i);
              return FALSE;
            }
          head = find_end (spans, r, "head_span", "head");
          child = find_end (spans, r, "child_span", "child");
          if (head == NULL || child == NULL)
            continue; /* token relations, or ends whose label was dropped */

          if (!_kutip_doc_builder_add_relation (builder, label, kutip_annotation_get_id (head),
                                                kutip_annotation_get_id (child),
                                                KUTIP_STATUS_ACCEPTED, line_number, error))
            return FALSE;
        }
    }

  return _kutip_doc_builder_finish (builder, error);
}

static gboolean
prodigy_import_data (KutipImportContext  *ctx,
                     const char          *data,
                     gsize                n_bytes,
                     GError             **error)
{
  return _kutip_import_foreach_line (ctx, data, n_bytes, prodigy_import_line, error);
}

const KutipFormat kutip_format_prodigy = {
  .name = "prodigy",
  .title = "Prodigy / spaCy JSONL",
  .extension = ".jsonl",
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_CAN_IMPORT | KUTIP_FORMAT_RELATIONS |
           KUTIP_FORMAT_OFFSETS,
  .export_document = prodigy_export_document,
  .import_data = prodigy_import_data,
};
