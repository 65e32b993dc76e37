/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggestions.c: suggested spans, relations and entities, merged into
 * a document as pending suggestions (kutip-suggestions-apply.c; the JSONL
 * span shape: kutip-suggestions-json.c). */

#define G_LOG_DOMAIN "kutip-suggestions"

#include "config.h"

#include <string.h>

#include "kutip-suggestions-private.h"

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
GHashTable *
_kutip_suggestions_spans_by_id (KutipSuggestions *self)
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

guint
_kutip_suggestions_n_groups (KutipSuggestions *self)
{
  return self->groups != NULL ? self->groups->len : 0;
}

static void
rule_span_clear (gpointer data)
{
  g_free (((RuleSpan *) data)->value);
}

static void
clear_rules (KutipSuggestions *self)
{
  g_clear_pointer (&self->rule_spans, g_array_unref);
  g_clear_pointer (&self->rule_relations, g_array_unref);
  g_clear_pointer (&self->rule_mentions, g_array_unref);
}

void
kutip_suggestions_free (KutipSuggestions *self)
{
  if (self == NULL)
    return;

  clear_rules (self);
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

KutipAnnotation *
_kutip_suggestions_add_span_with_id (KutipSuggestions *self,
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

gboolean
_kutip_suggestions_has_rules (KutipSuggestions *self)
{
  return self->rule_spans != NULL && self->rule_spans->len > 0;
}

/**
 * kutip_suggestions_add_rule_span:
 * @label: a label name
 * @start: (code point offset)
 * @end: (code point offset)
 * @origin: e.g. "rule:date-id-day"
 * @confidence: 0 to 1
 * @value: (nullable): the "value" attribute (a date's TIMEX3 value)
 * @kind: (nullable): the "kind" attribute (a claim's "direct" or "indirect")
 *
 * The engine's way to add a span: a plain record, made an annotation only
 * when one is asked for. Spans added so are numbered after every span there
 * is, as kutip_suggestions_add_span() numbers them.
 *
 * Returns: the span's index, for kutip_suggestions_add_rule_relation() and
 *   kutip_suggestions_add_rule_to_entity()
 */
guint
kutip_suggestions_add_rule_span (KutipSuggestions *self,
                                 const char       *label,
                                 guint             start,
                                 guint             end,
                                 const char       *origin,
                                 double            confidence,
                                 const char       *value,
                                 const char       *kind)
{
  RuleSpan span;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (label != NULL && origin != NULL, 0);
  g_return_val_if_fail (start <= end && end <= kutip_text_get_length (self->text), 0);
  /* Objects made first are numbered first: keep to one way or the other. */
  g_return_val_if_fail (self->spans->len == 0, 0);

  if (self->rule_spans == NULL)
    {
      self->rule_spans = g_array_new (FALSE, FALSE, sizeof (RuleSpan));
      g_array_set_clear_func (self->rule_spans, rule_span_clear);
    }
  span.label = g_intern_string (label);
  span.origin = g_intern_string (origin);
  span.value = g_strdup (value);
  span.kind = kind != NULL ? g_intern_string (kind) : NULL;
  span.confidence = confidence;
  span.start = start;
  span.end = end;
  g_array_append_val (self->rule_spans, span);
  return self->rule_spans->len - 1;
}

/* A relation between two spans of kutip_suggestions_add_rule_span(). */
void
kutip_suggestions_add_rule_relation (KutipSuggestions *self,
                                     const char       *type,
                                     guint             from,
                                     guint             to,
                                     const char       *origin)
{
  RuleRelation relation;

  g_return_if_fail (self != NULL && _kutip_suggestions_has_rules (self));
  g_return_if_fail (from < self->rule_spans->len && to < self->rule_spans->len);

  if (self->rule_relations == NULL)
    self->rule_relations = g_array_new (FALSE, FALSE, sizeof (RuleRelation));
  relation.type = g_intern_string (type);
  relation.origin = g_intern_string (origin);
  relation.from = from;
  relation.to = to;
  g_array_append_val (self->rule_relations, relation);
}

/* Puts span @span of kutip_suggestions_add_rule_span() into the group
 * @group, named @name (the first name given wins). */
void
kutip_suggestions_add_rule_to_entity (KutipSuggestions *self,
                                      int               group,
                                      const char       *name,
                                      guint             span)
{
  RuleMention mention = { group, span, name != NULL ? g_intern_string (name) : NULL };

  g_return_if_fail (self != NULL && _kutip_suggestions_has_rules (self));
  g_return_if_fail (span < self->rule_spans->len);

  if (self->rule_mentions == NULL)
    self->rule_mentions = g_array_new (FALSE, FALSE, sizeof (RuleMention));
  g_array_append_val (self->rule_mentions, mention);
}

/* Turns the rule records into annotations, relations and entity groups,
 * as kutip_suggestions_add_span() and its kin would have made them. */
void
_kutip_suggestions_materialize (KutipSuggestions *self)
{
  g_autofree KutipAnnotation **made = NULL;
  GArray *spans, *relations, *mentions;

  if (!_kutip_suggestions_has_rules (self))
    return;
  /* Taken out first, so the calls below do not come back here. */
  spans = g_steal_pointer (&self->rule_spans);
  relations = g_steal_pointer (&self->rule_relations);
  mentions = g_steal_pointer (&self->rule_mentions);

  made = g_new (KutipAnnotation *, spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      RuleSpan *r = &g_array_index (spans, RuleSpan, i);

      made[i] = kutip_suggestions_add_span (self, r->label, r->start, r->end, r->origin,
                                            r->confidence);
      if (r->value != NULL)
        kutip_annotation_set_attribute (made[i], "value", r->value);
      if (r->kind != NULL)
        kutip_annotation_set_attribute (made[i], "kind", r->kind);
    }
  for (guint i = 0; relations != NULL && i < relations->len; i++)
    {
      RuleRelation *r = &g_array_index (relations, RuleRelation, i);

      kutip_suggestions_add_relation (self, r->type, made[r->from], made[r->to], r->origin);
    }
  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      RuleMention *r = &g_array_index (mentions, RuleMention, i);

      kutip_suggestions_add_to_entity (self, r->group, r->name, made[r->span]);
    }
  g_array_unref (spans);
  g_clear_pointer (&relations, g_array_unref);
  g_clear_pointer (&mentions, g_array_unref);
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

  _kutip_suggestions_materialize (self);
  return _kutip_suggestions_add_span_with_id (self, span_id (id, self->spans->len + 1), label, start, end,
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

  _kutip_suggestions_materialize (self);
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

  _kutip_suggestions_materialize (self);
  for (guint i = 0; i < _kutip_suggestions_n_groups (self) && found == NULL; i++)
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
  _kutip_suggestions_materialize (self);
  return self->spans;
}

/* Returns: (transfer none): the relations, KutipRelation between span ids. */
GPtrArray *
kutip_suggestions_get_relations (KutipSuggestions *self)
{
  _kutip_suggestions_materialize (self);
  return self->relations;
}

guint
kutip_suggestions_get_n_spans (KutipSuggestions *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->spans->len + (self->rule_spans != NULL ? self->rule_spans->len : 0);
}

guint
kutip_suggestions_count_label (KutipSuggestions *self,
                               const char       *label)
{
  guint n = 0;

  for (guint i = 0; i < self->spans->len; i++)
    if (g_str_equal (kutip_annotation_get_label (g_ptr_array_index (self->spans, i)), label))
      n++;
  for (guint i = 0; _kutip_suggestions_has_rules (self) && i < self->rule_spans->len; i++)
    if (g_str_equal (g_array_index (self->rule_spans, RuleSpan, i).label, label))
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

  _kutip_suggestions_materialize (self);
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
      KutipAnnotation *from = g_hash_table_lookup (_kutip_suggestions_spans_by_id (self),
                                                   kutip_relation_get_from_id (r));
      KutipAnnotation *to = g_hash_table_lookup (_kutip_suggestions_spans_by_id (self),
                                                 kutip_relation_get_to_id (r));

      if (g_hash_table_contains (dropped, from) || g_hash_table_contains (dropped, to))
        g_ptr_array_remove_index (self->relations, i - 1);
    }

  for (guint i = 0; i < _kutip_suggestions_n_groups (self); i++)
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
          g_hash_table_remove (_kutip_suggestions_spans_by_id (self), kutip_annotation_get_id (a));
          g_ptr_array_remove_index (self->spans, i - 1);
        }
    }
}
