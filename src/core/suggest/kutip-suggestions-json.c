/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggestions-json.c: suggestions written and read in the JSONL span
 * shape of ../shared/eval/score.py (kutip-cli suggest --jsonl, external
 * suggesters, predictions files). */

#define G_LOG_DOMAIN "kutip-suggestions"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-store-private.h"
#include "kutip-suggestions-private.h"

static void
append_json_string (GString    *out,
                    const char *str)
{
  _kutip_store_append_string (out, str, strlen (str));
}

/* A string literal, without strlen. */
#define APPEND_LITERAL(out, lit) g_string_append_len ((out), (lit), sizeof (lit) - 1)

static void
append_uint (GString *out,
             guint    n)
{
  char digits[12];
  int k = 0;

  do
    {
      digits[k++] = (char) ('0' + n % 10);
      n /= 10;
    }
  while (n > 0);
  while (k > 0)
    g_string_append_c (out, digits[--k]);
}

/* A confidence as "%.3g" writes it. Between 0.1 and 1 that is the value
 * rounded to three decimals, trailing zeros dropped; when the value is not
 * close to a rounding boundary that needs no printf. Others go through
 * g_ascii_formatd(). */
static void
append_confidence (GString *out,
                   double   confidence)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (confidence >= 0.1 && confidence < 1.0)
    {
      double scaled = confidence * 1000.0;
      double nearest = floor (scaled + 0.5);

      if (fabs (scaled - nearest) < 0.25)
        {
          int thousandths = (int) nearest; /* 100 ... 1000 */
          int len = 3;

          if (thousandths == 1000)
            {
              g_string_append_c (out, '1');
              return;
            }
          buf[0] = (char) ('0' + thousandths / 100);
          buf[1] = (char) ('0' + thousandths / 10 % 10);
          buf[2] = (char) ('0' + thousandths % 10);
          while (len > 1 && buf[len - 1] == '0')
            len--;
          APPEND_LITERAL (out, "0.");
          g_string_append_len (out, buf, len);
          return;
        }
    }
  g_ascii_formatd (buf, sizeof buf, "%.3g", confidence);
  g_string_append (out, buf);
}

/* "sN", the id of the @i-th rule span (they are numbered from 1). */
static void
append_rule_id (GString *out,
                guint    i)
{
  APPEND_LITERAL (out, "\"s");
  append_uint (out, i + 1);
  g_string_append_c (out, '"');
}

/* The spans and relations of the rule records, as the annotations made of
 * them would be written. */
static void
write_rules_jsonl (KutipSuggestions *self,
                   GString          *out)
{
  APPEND_LITERAL (out, ",\"spans\":[");
  for (guint i = 0; i < self->rule_spans->len; i++)
    {
      RuleSpan *r = &g_array_index (self->rule_spans, RuleSpan, i);

      if (i > 0)
        g_string_append_c (out, ',');
      APPEND_LITERAL (out, "{\"id\":");
      append_rule_id (out, i);
      APPEND_LITERAL (out, ",\"label\":");
      append_json_string (out, r->label);
      APPEND_LITERAL (out, ",\"start\":");
      append_uint (out, r->start);
      APPEND_LITERAL (out, ",\"end\":");
      append_uint (out, r->end);
      if (r->value != NULL)
        {
          APPEND_LITERAL (out, ",\"value\":");
          append_json_string (out, r->value);
        }
      if (r->kind != NULL)
        {
          APPEND_LITERAL (out, ",\"kind\":");
          append_json_string (out, r->kind);
        }
      APPEND_LITERAL (out, ",\"confidence\":");
      append_confidence (out, r->confidence);
      APPEND_LITERAL (out, ",\"origin\":");
      append_json_string (out, r->origin);
      g_string_append_c (out, '}');
    }

  APPEND_LITERAL (out, "],\"relations\":[");
  for (guint i = 0; self->rule_relations != NULL && i < self->rule_relations->len; i++)
    {
      RuleRelation *r = &g_array_index (self->rule_relations, RuleRelation, i);

      if (i > 0)
        g_string_append_c (out, ',');
      APPEND_LITERAL (out, "{\"type\":");
      append_json_string (out, r->type);
      APPEND_LITERAL (out, ",\"from\":");
      append_rule_id (out, r->from);
      APPEND_LITERAL (out, ",\"to\":");
      append_rule_id (out, r->to);
      g_string_append_c (out, '}');
    }
  APPEND_LITERAL (out, "]}\n");
}

void
kutip_suggestions_write_jsonl (KutipSuggestions *self,
                               const char       *id,
                               GString          *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  APPEND_LITERAL (out, "{\"id\":");
  if (id != NULL)
    append_json_string (out, id);
  else
    APPEND_LITERAL (out, "null");

  if (_kutip_suggestions_has_rules (self))
    {
      write_rules_jsonl (self, out);
      return;
    }

  APPEND_LITERAL (out, ",\"spans\":[");
  for (guint i = 0; i < self->spans->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (self->spans, i);
      const char *value = kutip_annotation_get_attribute (a, "value");
      const char *kind = kutip_annotation_get_attribute (a, "kind");

      if (i > 0)
        g_string_append_c (out, ',');
      APPEND_LITERAL (out, "{\"id\":");
      append_json_string (out, kutip_annotation_get_id (a));
      APPEND_LITERAL (out, ",\"label\":");
      append_json_string (out, kutip_annotation_get_label (a));
      APPEND_LITERAL (out, ",\"start\":");
      append_uint (out, kutip_annotation_get_start (a));
      APPEND_LITERAL (out, ",\"end\":");
      append_uint (out, kutip_annotation_get_end (a));
      if (value != NULL)
        {
          APPEND_LITERAL (out, ",\"value\":");
          append_json_string (out, value);
        }
      if (kind != NULL)
        {
          APPEND_LITERAL (out, ",\"kind\":");
          append_json_string (out, kind);
        }
      APPEND_LITERAL (out, ",\"confidence\":");
      append_confidence (out, kutip_annotation_get_confidence (a));
      if (kutip_annotation_get_origin (a) != NULL)
        {
          APPEND_LITERAL (out, ",\"origin\":");
          append_json_string (out, kutip_annotation_get_origin (a));
        }
      g_string_append_c (out, '}');
    }

  APPEND_LITERAL (out, "],\"relations\":[");
  for (guint i = 0; i < self->relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (self->relations, i);

      if (i > 0)
        g_string_append_c (out, ',');
      APPEND_LITERAL (out, "{\"type\":");
      append_json_string (out, kutip_relation_get_rtype (r));
      APPEND_LITERAL (out, ",\"from\":");
      append_json_string (out, kutip_relation_get_from_id (r));
      APPEND_LITERAL (out, ",\"to\":");
      append_json_string (out, kutip_relation_get_to_id (r));
      g_string_append_c (out, '}');
    }
  APPEND_LITERAL (out, "]}\n");
}

static gboolean
read_offset (JsonObject  *object,
             const char  *member,
             const char  *where,
             const char  *path,
             gint64      *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: %s.%s: expected a whole number", where, path, member);
      return FALSE;
    }

  *value = json_node_get_int (node);
  return TRUE;
}

static const char *
read_optional_string (JsonObject *object,
                      const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
convert_offset (KutipText        *text,
                gint64            value,
                KutipOffsetUnit   unit,
                guint            *offset)
{
  gsize result = 0;

  if (value < 0 ||
      !kutip_text_convert_offset (text, (gsize) value, unit, KUTIP_OFFSET_CODEPOINT, &result))
    return FALSE;
  *offset = (guint) result;
  return TRUE;
}

/**
 * kutip_suggestions_new_from_json:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggestions_new_from_json (KutipText        *text,
                                 JsonObject       *object,
                                 KutipOffsetUnit   unit,
                                 const char       *origin,
                                 const char       *where,
                                 GError          **error)
{
  g_autoptr(KutipSuggestions) self = NULL;
  JsonNode *spans_node;
  JsonNode *relations_node;
  JsonArray *spans;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  self = kutip_suggestions_new (text);

  spans_node = json_object_get_member (object, "spans");
  if (spans_node == NULL || !JSON_NODE_HOLDS_ARRAY (spans_node))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: $.spans: expected an array of spans", where);
      return NULL;
    }

  spans = json_node_get_array (spans_node);
  for (guint i = 0; i < json_array_get_length (spans); i++)
    {
      JsonNode *node = json_array_get_element (spans, i);
      g_autofree char *path = g_strdup_printf ("$.spans[%u]", i);
      g_autofree char *local_id = NULL;
      JsonObject *span;
      KutipAnnotation *annotation;
      const char *label, *id, *value, *kind;
      gint64 start = 0, end = 0;
      guint cp_start = 0, cp_end = 0;
      double confidence = 1.0;
      JsonNode *conf_node;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                       "%s: %s: expected an object", where, path);
          return NULL;
        }
      span = json_node_get_object (node);
      label = read_optional_string (span, "label");
      if (label == NULL || *label == '\0')
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                       "%s: %s.label: expected a label name", where, path);
          return NULL;
        }
      if (!read_offset (span, "start", where, path, &start, error) ||
          !read_offset (span, "end", where, path, &end, error))
        return NULL;
      /* An empty span covers no text: no annotation can hold it. */
      if (!convert_offset (text, start, unit, &cp_start) ||
          !convert_offset (text, end, unit, &cp_end) || cp_start >= cp_end)
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET,
                       "%s: %s: span %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
                       " is empty, reversed or outside the text (length %u)",
                       where, path, start, end, kutip_text_get_length (text));
          return NULL;
        }

      conf_node = json_object_get_member (span, "confidence");
      if (conf_node == NULL)
        conf_node = json_object_get_member (span, "score");
      if (conf_node != NULL)
        {
          if (JSON_NODE_TYPE (conf_node) != JSON_NODE_VALUE ||
              (json_node_get_value_type (conf_node) != G_TYPE_DOUBLE &&
               json_node_get_value_type (conf_node) != G_TYPE_INT64))
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                           "%s: %s.confidence: expected a number", where, path);
              return NULL;
            }
          confidence = json_node_get_double (conf_node);
          if (!(confidence >= 0.0 && confidence <= 1.0))
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                           "%s: %s.confidence: %g is not between 0 and 1",
                           where, path, confidence);
              return NULL;
            }
        }

      id = read_optional_string (span, "id");
      if (id == NULL)
        id = local_id = g_strdup_printf ("s%u", i + 1);
      if (g_hash_table_contains (_kutip_suggestions_spans_by_id (self), id))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID,
                       "%s: %s.id: “%s” is used twice", where, path, id);
          return NULL;
        }

      annotation = _kutip_suggestions_add_span_with_id (self, id, label, cp_start, cp_end, origin, confidence);
      if ((value = read_optional_string (span, "value")) != NULL)
        kutip_annotation_set_attribute (annotation, "value", value);
      if ((kind = read_optional_string (span, "kind")) != NULL)
        kutip_annotation_set_attribute (annotation, "kind", kind);
    }

  relations_node = json_object_get_member (object, "relations");
  if (relations_node != NULL && !JSON_NODE_HOLDS_NULL (relations_node))
    {
      JsonArray *relations;

      if (!JSON_NODE_HOLDS_ARRAY (relations_node))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                       "%s: $.relations: expected an array", where);
          return NULL;
        }

      relations = json_node_get_array (relations_node);
      for (guint i = 0; i < json_array_get_length (relations); i++)
        {
          JsonNode *node = json_array_get_element (relations, i);
          JsonObject *relation;
          const char *type, *from, *to;
          KutipAnnotation *from_span, *to_span;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                           "%s: $.relations[%u]: expected an object", where, i);
              return NULL;
            }
          relation = json_node_get_object (node);
          type = read_optional_string (relation, "type");
          from = read_optional_string (relation, "from");
          to = read_optional_string (relation, "to");
          if (type == NULL || from == NULL || to == NULL)
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                           "%s: $.relations[%u]: needs string members type, from and to",
                           where, i);
              return NULL;
            }
          from_span = g_hash_table_lookup (_kutip_suggestions_spans_by_id (self), from);
          to_span = g_hash_table_lookup (_kutip_suggestions_spans_by_id (self), to);
          if (from_span == NULL || to_span == NULL)
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE,
                           "%s: $.relations[%u]: no span has the id “%s”",
                           where, i, from_span == NULL ? from : to);
              return NULL;
            }
          kutip_suggestions_add_relation (self, type, from_span, to_span, origin);
        }
    }

  return g_steal_pointer (&self);
}
