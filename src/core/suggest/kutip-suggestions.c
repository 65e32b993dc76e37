/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggestions.c: suggested spans, relations and entities, merged into
 * a document as pending suggestions; read and written in the JSONL span shape. */

#define G_LOG_DOMAIN "kutip-suggestions"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-store-private.h"
#include "kutip-suggestions.h"

typedef struct
{
  int   group;
  char *name;
  GPtrArray *mentions; /* KutipAnnotation, owned by spans */
} EntityGroup;

struct _KutipSuggestions
{
  KutipText  *text;
  GPtrArray  *spans;      /* KutipAnnotation */
  GPtrArray  *relations;  /* KutipRelation, ends are span ids */
  GPtrArray  *groups;     /* EntityGroup, or NULL before the first */
  GHashTable *by_id;      /* span id -> KutipAnnotation; NULL until needed */
};

static void
entity_group_free (gpointer data)
{
  EntityGroup *group = data;

  g_free (group->name);
  g_ptr_array_unref (group->mentions);
  g_free (group);
}

/**
 * kutip_suggestions_new:
 * Returns: (transfer full): an empty set over @text.
 */
KutipSuggestions *
kutip_suggestions_new (KutipText *text)
{
  KutipSuggestions *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (KutipSuggestions, 1);
  self->text = kutip_text_ref (text);
  self->spans = g_ptr_array_new_with_free_func (g_object_unref);
  self->relations = g_ptr_array_new_with_free_func (g_object_unref);
  /* The engine makes one set per document, most of them small: the id
   * index and the entity groups are made when first needed. */
  return self;
}

/* The span id index, built from the spans on first use and kept up to
 * date from then on. */
static GHashTable *
spans_by_id (KutipSuggestions *self)
{
  if (self->by_id == NULL)
    {
      self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->spans->len; i++)
        {
          KutipAnnotation *a = g_ptr_array_index (self->spans, i);

          g_hash_table_insert (self->by_id, (gpointer) kutip_annotation_get_id (a), a);
        }
    }
  return self->by_id;
}

static guint
n_groups (KutipSuggestions *self)
{
  return self->groups != NULL ? self->groups->len : 0;
}

void
kutip_suggestions_free (KutipSuggestions *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_ptr_array_unref (self->relations);
  g_ptr_array_unref (self->spans);
  kutip_text_unref (self->text);
  g_free (self);
}

/* Returns: (transfer none): */
KutipText *
kutip_suggestions_get_text (KutipSuggestions *self)
{
  return self->text;
}

static KutipAnnotation *
add_span_with_id (KutipSuggestions *self,
                  const char       *id,
                  const char       *label,
                  guint             start,
                  guint             end,
                  const char       *origin,
                  double            confidence)
{
  g_autofree char *covered = kutip_text_dup_slice (self->text, start, end);
  KutipAnnotation *annotation = kutip_annotation_new (label, start, end);

  kutip_annotation_set_id (annotation, id);
  kutip_annotation_set_text (annotation, covered);
  kutip_annotation_set_status (annotation, KUTIP_STATUS_PENDING);
  kutip_annotation_set_origin (annotation, origin);
  kutip_annotation_set_confidence (annotation, confidence);
  g_ptr_array_add (self->spans, annotation);
  if (self->by_id != NULL)
    g_hash_table_insert (self->by_id, (gpointer) kutip_annotation_get_id (annotation), annotation);

  return annotation;
}

/* Writes "s" and @n into @buf (16 bytes): the id of the n-th span. A
 * printf per span was a visible part of suggesting over short texts. */
static const char *
span_id (char  *buf,
         guint  n)
{
  char digits[12];
  int k = 0, i = 0;

  do
    {
      digits[k++] = (char) ('0' + n % 10);
      n /= 10;
    }
  while (n > 0);
  buf[i++] = 's';
  while (k > 0)
    buf[i++] = digits[--k];
  buf[i] = '\0';
  return buf;
}

/**
 * kutip_suggestions_add_span:
 * Returns: (transfer none): the new pending annotation.
 */
KutipAnnotation *
kutip_suggestions_add_span (KutipSuggestions *self,
                            const char       *label,
                            guint             start,
                            guint             end,
                            const char       *origin,
                            double            confidence)
{
  char id[16];

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (start <= end && end <= kutip_text_get_length (self->text), NULL);

  return add_span_with_id (self, span_id (id, self->spans->len + 1), label, start, end,
                           origin, confidence);
}

void
kutip_suggestions_add_relation (KutipSuggestions *self,
                                const char       *type,
                                KutipAnnotation  *from,
                                KutipAnnotation  *to,
                                const char       *origin)
{
  KutipRelation *relation;

  g_return_if_fail (self != NULL);
  g_return_if_fail (KUTIP_IS_ANNOTATION (from) && KUTIP_IS_ANNOTATION (to));

  relation = kutip_relation_new (type, kutip_annotation_get_id (from),
                                 kutip_annotation_get_id (to));
  kutip_relation_set_status (relation, KUTIP_STATUS_PENDING);
  kutip_relation_set_origin (relation, origin);
  g_ptr_array_add (self->relations, relation);
}

void
kutip_suggestions_add_to_entity (KutipSuggestions *self,
                                 int               group,
                                 const char       *name,
                                 KutipAnnotation  *mention)
{
  EntityGroup *found = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (KUTIP_IS_ANNOTATION (mention));

  for (guint i = 0; i < n_groups (self) && found == NULL; i++)
    {
      EntityGroup *g = g_ptr_array_index (self->groups, i);

      if (g->group == group)
        found = g;
    }

  if (found == NULL)
    {
      found = g_new0 (EntityGroup, 1);
      found->group = group;
      found->mentions = g_ptr_array_new ();
      if (self->groups == NULL)
        self->groups = g_ptr_array_new_with_free_func (entity_group_free);
      g_ptr_array_add (self->groups, found);
    }

  if (found->name == NULL && name != NULL)
    found->name = g_strdup (name);
  g_ptr_array_add (found->mentions, mention);
}

/* Returns: (transfer none): the spans, KutipAnnotation. */
GPtrArray *
kutip_suggestions_get_spans (KutipSuggestions *self)
{
  return self->spans;
}

/* Returns: (transfer none): the relations, KutipRelation between span ids. */
GPtrArray *
kutip_suggestions_get_relations (KutipSuggestions *self)
{
  return self->relations;
}

guint
kutip_suggestions_count_label (KutipSuggestions *self,
                               const char       *label)
{
  guint n = 0;

  for (guint i = 0; i < self->spans->len; i++)
    if (g_str_equal (kutip_annotation_get_label (g_ptr_array_index (self->spans, i)), label))
      n++;

  return n;
}

void
kutip_suggestions_filter (KutipSuggestions *self,
                          double            min_confidence)
{
  g_autoptr(GHashTable) dropped = NULL;
  guint first_dropped = 0;

  g_return_if_fail (self != NULL);

  while (first_dropped < self->spans->len
         && kutip_annotation_get_confidence (g_ptr_array_index (self->spans, first_dropped))
            >= min_confidence)
    first_dropped++;
  if (first_dropped == self->spans->len)
    return;

  dropped = g_hash_table_new (NULL, NULL);
  for (guint i = first_dropped; i < self->spans->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (self->spans, i);

      if (kutip_annotation_get_confidence (a) < min_confidence)
        g_hash_table_add (dropped, a);
    }

  if (g_hash_table_size (dropped) == 0)
    return;

  for (guint i = self->relations->len; i > 0; i--)
    {
      KutipRelation *r = g_ptr_array_index (self->relations, i - 1);
      KutipAnnotation *from = g_hash_table_lookup (spans_by_id (self),
                                                   kutip_relation_get_from_id (r));
      KutipAnnotation *to = g_hash_table_lookup (spans_by_id (self),
                                                 kutip_relation_get_to_id (r));

      if (g_hash_table_contains (dropped, from) || g_hash_table_contains (dropped, to))
        g_ptr_array_remove_index (self->relations, i - 1);
    }

  for (guint i = 0; i < n_groups (self); i++)
    {
      EntityGroup *group = g_ptr_array_index (self->groups, i);

      for (guint j = group->mentions->len; j > 0; j--)
        if (g_hash_table_contains (dropped, g_ptr_array_index (group->mentions, j - 1)))
          g_ptr_array_remove_index (group->mentions, j - 1);
    }

  for (guint i = self->spans->len; i > 0; i--)
    {
      KutipAnnotation *a = g_ptr_array_index (self->spans, i - 1);

      if (g_hash_table_contains (dropped, a))
        {
          g_hash_table_remove (spans_by_id (self), kutip_annotation_get_id (a));
          g_ptr_array_remove_index (self->spans, i - 1);
        }
    }
}

/* The annotation of the same label the document already has over
 * [start, end), if any: such a suggestion is a decision already made. */
static KutipAnnotation *
find_same_label (KutipDocument *document,
                 const char    *label,
                 guint          start,
                 guint          end)
{
  g_autoptr(GPtrArray) hits = NULL;

  /* An empty span overlaps nothing; look at the point instead. */
  hits = kutip_document_find_in_range (document, start, MAX (end, start + 1));
  for (guint i = 0; i < hits->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (hits, i);

      if (g_str_equal (kutip_annotation_get_label (a), label))
        return a;
    }

  return NULL;
}

static gboolean
has_relation_of_type (KutipDocument   *document,
                      KutipAnnotation *from,
                      const char      *type)
{
  g_autoptr(GPtrArray) relations = kutip_document_relations_of (document, from);

  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (relations, i);

      if (g_str_equal (kutip_relation_get_rtype (r), type) &&
          g_str_equal (kutip_relation_get_from_id (r), kutip_annotation_get_id (from)))
        return TRUE;
    }

  return FALSE;
}

void
kutip_suggestions_apply (KutipSuggestions *self,
                         KutipDocument    *document,
                         KutipApplyReport *report)
{
  g_autoptr(GHashTable) placed = NULL; /* suggestion id -> document annotation */
  KutipApplyReport counts = { 0 };
  KutipText *text;

  g_return_if_fail (self != NULL);
  g_return_if_fail (KUTIP_IS_DOCUMENT (document));

  text = kutip_document_get_text (document);
  g_return_if_fail (kutip_text_get_length (text) == kutip_text_get_length (self->text));

  placed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  kutip_document_begin_action (document, "Suggest");

  for (guint i = 0; i < self->spans->len; i++)
    {
      KutipAnnotation *s = g_ptr_array_index (self->spans, i);
      const char *label = kutip_annotation_get_label (s);
      KutipAnnotation *existing;
      g_autoptr(KutipAnnotation) copy = NULL;
      g_autoptr(GError) error = NULL;

      if (kutip_document_get_schema (document) != NULL &&
          kutip_schema_lookup (kutip_document_get_schema (document), label) == NULL)
        {
          counts.skipped++;
          continue;
        }

      existing = find_same_label (document, label, kutip_annotation_get_start (s),
                                  kutip_annotation_get_end (s));
      if (existing != NULL)
        {
          g_hash_table_insert (placed, g_strdup (kutip_annotation_get_id (s)), existing);
          counts.skipped++;
          continue;
        }

      copy = kutip_annotation_copy (s);
      kutip_annotation_set_id (copy, NULL);
      if (!kutip_document_add_annotation (document, copy, &error))
        {
          /* Bounds were checked against the same text; this is a bug. */
          g_critical ("Cannot add suggestion: %s", error->message);
          continue;
        }
      g_hash_table_insert (placed, g_strdup (kutip_annotation_get_id (s)), copy);
      counts.added++;
    }

  for (guint i = 0; i < self->relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (self->relations, i);
      KutipAnnotation *from = g_hash_table_lookup (placed, kutip_relation_get_from_id (r));
      KutipAnnotation *to = g_hash_table_lookup (placed, kutip_relation_get_to_id (r));
      g_autoptr(KutipRelation) relation = NULL;
      g_autoptr(GError) error = NULL;

      if (from == NULL || to == NULL || from == to ||
          kutip_annotation_get_status (from) == KUTIP_STATUS_REJECTED ||
          kutip_annotation_get_status (to) == KUTIP_STATUS_REJECTED ||
          !kutip_schema_has_relation (kutip_document_get_schema (document),
                                      kutip_relation_get_rtype (r)) ||
          has_relation_of_type (document, from, kutip_relation_get_rtype (r)))
        continue;

      relation = kutip_relation_new (kutip_relation_get_rtype (r),
                                     kutip_annotation_get_id (from),
                                     kutip_annotation_get_id (to));
      kutip_relation_set_status (relation, KUTIP_STATUS_PENDING);
      kutip_relation_set_origin (relation, kutip_relation_get_origin (r));
      if (kutip_document_add_relation (document, relation, &error))
        counts.relations++;
      else
        g_critical ("Cannot add suggested relation: %s", error->message);
    }

  for (guint i = 0; i < n_groups (self); i++)
    {
      EntityGroup *group = g_ptr_array_index (self->groups, i);
      KutipEntity *target = NULL;
      g_autoptr(GPtrArray) loose = g_ptr_array_new ();

      for (guint j = 0; j < group->mentions->len; j++)
        {
          KutipAnnotation *m = g_ptr_array_index (group->mentions, j);
          KutipAnnotation *d = g_hash_table_lookup (placed, kutip_annotation_get_id (m));
          KutipEntity *e;

          if (d == NULL || kutip_annotation_get_status (d) == KUTIP_STATUS_REJECTED)
            continue;
          e = kutip_document_get_entity_for (document, d);
          if (e == NULL)
            g_ptr_array_add (loose, d);
          else if (target == NULL)
            target = e;
        }

      if (loose->len == 0)
        continue;

      if (target == NULL)
        {
          g_autoptr(KutipEntity) entity = NULL;
          g_autoptr(GError) error = NULL;
          const char *name = group->name;

          if (name == NULL)
            name = kutip_annotation_get_text (g_ptr_array_index (loose, 0));
          entity = kutip_entity_new (name);
          for (guint j = 0; j < loose->len; j++)
            kutip_entity_add_mention (entity,
                                      kutip_annotation_get_id (g_ptr_array_index (loose, j)));
          if (kutip_document_add_entity (document, entity, &error))
            counts.entities++;
          else
            g_critical ("Cannot add suggested entity: %s", error->message);
        }
      else
        {
          for (guint j = 0; j < loose->len; j++)
            kutip_document_entity_add_mention (document, target, g_ptr_array_index (loose, j));
        }
    }

  kutip_document_end_action (document);

  if (report != NULL)
    *report = counts;
}

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
      if (g_hash_table_contains (spans_by_id (self), id))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID,
                       "%s: %s.id: “%s” is used twice", where, path, id);
          return NULL;
        }

      annotation = add_span_with_id (self, id, label, cp_start, cp_end, origin, confidence);
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
          from_span = g_hash_table_lookup (spans_by_id (self), from);
          to_span = g_hash_table_lookup (spans_by_id (self), to);
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
