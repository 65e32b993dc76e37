/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggestions-apply.c: merging a set of suggestions into a document
 * as pending suggestions, as one undo step, all at once or a batch at a
 * time (a 10 MB article gets 40,000 suggestions: a window applies them
 * between frames). */

#define G_LOG_DOMAIN "kutip-suggestions"

#include "config.h"

#include "kutip-suggestions-private.h"

typedef enum
{
  STAGE_SPANS,
  STAGE_RELATIONS,
  STAGE_ENTITIES,
  STAGE_DONE,
} Stage;

struct _KutipApplyJob
{
  KutipSuggestions *suggestions;  /* not owned: the caller keeps it */
  KutipDocument    *document;
  /* suggestion id (the suggestion's own string) -> document annotation */
  GHashTable       *placed;
  /* The spans in reading order: a batch then covers one stretch of the
   * text, so the views' update after it (one items-changed over the
   * annotations it touched) stays small. */
  GPtrArray        *spans;
  KutipApplyReport  counts;
  Stage             stage;
  guint             next;         /* item of the stage to apply next */
  guint             n_done;
  guint             n_items;
  gboolean          open;         /* the document's action is open */
};

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

static void
apply_span (KutipApplyJob   *job,
            KutipAnnotation *s)
{
  KutipDocument *document = job->document;
  const char *label = kutip_annotation_get_label (s);
  KutipAnnotation *existing;
  g_autoptr(KutipAnnotation) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (kutip_document_get_schema (document) != NULL &&
      kutip_schema_lookup (kutip_document_get_schema (document), label) == NULL)
    {
      job->counts.skipped++;
      return;
    }

  existing = find_same_label (document, label, kutip_annotation_get_start (s),
                              kutip_annotation_get_end (s));
  if (existing != NULL)
    {
      g_hash_table_insert (job->placed, (gpointer) kutip_annotation_get_id (s), existing);
      job->counts.skipped++;
      return;
    }

  copy = kutip_annotation_copy (s);
  kutip_annotation_set_id (copy, NULL);
  if (!kutip_document_add_annotation (document, copy, &error))
    {
      /* Bounds were checked against the same text; this is a bug. */
      g_critical ("Cannot add suggestion: %s", error->message);
      return;
    }
  g_hash_table_insert (job->placed, (gpointer) kutip_annotation_get_id (s), copy);
  job->counts.added++;
}

static void
apply_relation (KutipApplyJob *job,
                KutipRelation *r)
{
  KutipDocument *document = job->document;
  KutipAnnotation *from = g_hash_table_lookup (job->placed, kutip_relation_get_from_id (r));
  KutipAnnotation *to = g_hash_table_lookup (job->placed, kutip_relation_get_to_id (r));
  g_autoptr(KutipRelation) relation = NULL;
  g_autoptr(GError) error = NULL;

  if (from == NULL || to == NULL || from == to ||
      kutip_annotation_get_status (from) == KUTIP_STATUS_REJECTED ||
      kutip_annotation_get_status (to) == KUTIP_STATUS_REJECTED ||
      !kutip_schema_has_relation (kutip_document_get_schema (document),
                                  kutip_relation_get_rtype (r)) ||
      has_relation_of_type (document, from, kutip_relation_get_rtype (r)))
    return;

  relation = kutip_relation_new (kutip_relation_get_rtype (r),
                                 kutip_annotation_get_id (from),
                                 kutip_annotation_get_id (to));
  kutip_relation_set_status (relation, KUTIP_STATUS_PENDING);
  kutip_relation_set_origin (relation, kutip_relation_get_origin (r));
  if (kutip_document_add_relation (document, relation, &error))
    job->counts.relations++;
  else
    g_critical ("Cannot add suggested relation: %s", error->message);
}

static void
apply_group (KutipApplyJob *job,
             EntityGroup   *group)
{
  KutipDocument *document = job->document;
  KutipEntity *target = NULL;
  g_autoptr(GPtrArray) loose = g_ptr_array_new ();

  for (guint j = 0; j < group->mentions->len; j++)
    {
      KutipAnnotation *m = g_ptr_array_index (group->mentions, j);
      KutipAnnotation *d = g_hash_table_lookup (job->placed, kutip_annotation_get_id (m));
      KutipEntity *e;

      if (d == NULL || kutip_annotation_get_status (d) == KUTIP_STATUS_REJECTED)
        continue;
      e = kutip_document_get_entity_for (document, d);
      /* A mention a person decided keeps the entity they gave it, or
       * none; only pending ones are grouped. */
      if (e == NULL && kutip_annotation_get_status (d) == KUTIP_STATUS_PENDING)
        g_ptr_array_add (loose, d);
      else if (e != NULL && target == NULL)
        target = e;
    }

  if (loose->len == 0)
    return;

  if (target == NULL)
    {
      g_autoptr(KutipEntity) entity = NULL;
      g_autoptr(GError) error = NULL;
      const char *name = group->name;

      if (name == NULL)
        name = kutip_annotation_get_text (g_ptr_array_index (loose, 0));
      entity = kutip_entity_new (name);
      for (guint j = 0; j < loose->len; j++)
        kutip_entity_add_mention (entity, kutip_annotation_get_id (g_ptr_array_index (loose, j)));
      if (kutip_document_add_entity (document, entity, &error))
        job->counts.entities++;
      else
        g_critical ("Cannot add suggested entity: %s", error->message);
    }
  else
    {
      for (guint j = 0; j < loose->len; j++)
        kutip_document_entity_add_mention (document, target, g_ptr_array_index (loose, j));
    }
}

static int
compare_starts (gconstpointer a,
                gconstpointer b)
{
  guint start_a = kutip_annotation_get_start (*(KutipAnnotation **) a);
  guint start_b = kutip_annotation_get_start (*(KutipAnnotation **) b);

  return start_a < start_b ? -1 : start_a > start_b;
}

static guint
stage_size (KutipApplyJob *job)
{
  KutipSuggestions *self = job->suggestions;

  switch (job->stage)
    {
    case STAGE_SPANS:
      return job->spans->len;
    case STAGE_RELATIONS:
      return self->relations->len;
    case STAGE_ENTITIES:
      return _kutip_suggestions_n_groups (self);
    case STAGE_DONE:
    default:
      return 0;
    }
}

/* Moves past finished stages; FALSE when nothing is left to apply. */
static gboolean
advance (KutipApplyJob *job)
{
  while (job->stage != STAGE_DONE && job->next >= stage_size (job))
    {
      job->stage++;
      job->next = 0;
    }
  return job->stage != STAGE_DONE;
}

/* Applies the next item; FALSE when there is none left. */
static gboolean
apply_next (KutipApplyJob *job)
{
  KutipSuggestions *self = job->suggestions;
  guint i;

  if (!advance (job))
    return FALSE;
  i = job->next++;
  switch (job->stage)
    {
    case STAGE_SPANS:
      apply_span (job, g_ptr_array_index (job->spans, i));
      break;
    case STAGE_RELATIONS:
      apply_relation (job, g_ptr_array_index (self->relations, i));
      break;
    case STAGE_ENTITIES:
      apply_group (job, g_ptr_array_index (self->groups, i));
      break;
    case STAGE_DONE:
    default:
      g_assert_not_reached ();
    }
  job->n_done++;
  return TRUE;
}

/**
 * kutip_suggestions_apply_begin:
 * @self: the suggestions, which must stay until the job is freed
 *
 * Begins merging @self into @document as kutip_suggestions_apply() does,
 * to be done with kutip_apply_job_run() a batch at a time. The document's
 * action ("Suggest") stays open until the job is done or freed: the
 * document must not be edited otherwise meanwhile.
 *
 * Returns: (transfer full): the job
 */
KutipApplyJob *
kutip_suggestions_apply_begin (KutipSuggestions *self,
                               KutipDocument    *document)
{
  KutipApplyJob *job;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (kutip_text_get_length (kutip_document_get_text (document)) ==
                        kutip_text_get_length (self->text), NULL);

  _kutip_suggestions_materialize (self);
  job = g_new0 (KutipApplyJob, 1);
  job->suggestions = self;
  job->document = g_object_ref (document);
  /* Keys borrowed from the suggestions, which outlive the job: 40,000
   * copies were a tenth of a second to free. */
  job->placed = g_hash_table_new (g_str_hash, g_str_equal);
  /* A stable sort: of two overlapping spans of a label, the one the finder
   * made first wins, as before. */
  job->spans = g_ptr_array_copy (self->spans, NULL, NULL);
  g_ptr_array_set_free_func (job->spans, NULL);
  g_ptr_array_sort (job->spans, compare_starts);
  job->n_items = self->spans->len + self->relations->len + _kutip_suggestions_n_groups (self);
  job->open = TRUE;
  kutip_document_begin_action (document, "Suggest");
  return job;
}

/**
 * kutip_apply_job_run:
 * @max_items: how many suggestions (spans, relations, persons) to apply at
 *   most
 * @deadline: a g_get_monotonic_time() after which to stop (at least one is
 *   applied), or 0 for none
 *
 * Applies the next suggestions, then lets the document's views catch up
 * (kutip_document_flush_signals()); the last batch ends the action.
 *
 * Returns: %TRUE when everything is applied
 */
gboolean
kutip_apply_job_run (KutipApplyJob *job,
                     guint          max_items,
                     gint64         deadline)
{
  g_return_val_if_fail (job != NULL, TRUE);

  if (!job->open)
    return TRUE;

  for (guint done = 0; done < max_items && apply_next (job); done++)
    {
      /* The clock is read every few items: one takes a few microseconds. */
      if (deadline != 0 && done % 32 == 31 && g_get_monotonic_time () >= deadline)
        break;
    }

  if (advance (job))
    {
      kutip_document_flush_signals (job->document);
      return FALSE;
    }
  job->open = FALSE;
  kutip_document_end_action (job->document);
  return TRUE;
}

/* The share of the suggestions applied, from 0 to 1. */
double
kutip_apply_job_get_progress (KutipApplyJob *job)
{
  g_return_val_if_fail (job != NULL, 1.0);

  if (!job->open || job->n_items == 0)
    return 1.0;
  return (double) job->n_done / job->n_items;
}

gboolean
kutip_apply_job_is_done (KutipApplyJob *job)
{
  g_return_val_if_fail (job != NULL, TRUE);
  return !job->open;
}

/* What has been applied so far. */
void
kutip_apply_job_get_report (KutipApplyJob    *job,
                            KutipApplyReport *report)
{
  g_return_if_fail (job != NULL);
  g_return_if_fail (report != NULL);
  *report = job->counts;
}

/**
 * kutip_apply_job_free:
 *
 * Frees @job. A job stopped before it was done ends the document's action
 * with what it applied: one undo step takes that back.
 */
void
kutip_apply_job_free (KutipApplyJob *job)
{
  if (job == NULL)
    return;
  if (job->open)
    kutip_document_end_action (job->document);
  g_hash_table_unref (job->placed);
  g_ptr_array_unref (job->spans);
  g_object_unref (job->document);
  g_free (job);
}

void
kutip_suggestions_apply (KutipSuggestions *self,
                         KutipDocument    *document,
                         KutipApplyReport *report)
{
  g_autoptr(KutipApplyJob) job = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (KUTIP_IS_DOCUMENT (document));

  job = kutip_suggestions_apply_begin (self, document);
  g_return_if_fail (job != NULL);
  kutip_apply_job_run (job, G_MAXUINT, 0);
  if (report != NULL)
    kutip_apply_job_get_report (job, report);
}
