/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-spans.c: one annotator's version as spans by label, the
 * one-to-one matching of two versions' spans, and who said what. */

#define G_LOG_DOMAIN "kutip-agreement"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kutip-agreement-private.h"
#include "kutip-error.h"

void
_agree_labels_init (AgreeLabels        *labels,
                    const char * const *given)
{
  labels->index = g_hash_table_new (g_str_hash, g_str_equal);
  labels->names = g_ptr_array_new_with_free_func (g_free);
  labels->fixed = FALSE;
  for (guint i = 0; given != NULL && given[i] != NULL; i++)
    _agree_labels_lookup (labels, given[i]);
  labels->fixed = given != NULL;
}

void
_agree_labels_clear (AgreeLabels *labels)
{
  g_clear_pointer (&labels->index, g_hash_table_unref);
  g_clear_pointer (&labels->names, g_ptr_array_unref);
}

int
_agree_labels_lookup (AgreeLabels *labels,
                      const char  *name)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (labels->index, name));
  char *copy;

  if (position > 0)
    return (int) position - 1;
  if (labels->fixed)
    return -1;
  copy = g_strdup (name);
  g_ptr_array_add (labels->names, copy);
  g_hash_table_insert (labels->index, copy, GUINT_TO_POINTER (labels->names->len));
  return (int) labels->names->len - 1;
}

gboolean
_agree_counts_status (KutipStatus status,
                      gboolean    include_pending)
{
  return status == KUTIP_STATUS_ACCEPTED || (include_pending && status == KUTIP_STATUS_PENDING);
}

static GArray *
new_span_array (void)
{
  return g_array_new (FALSE, FALSE, sizeof (AgreeSpan));
}

static GArray *
new_unit_array (void)
{
  return g_array_new (FALSE, FALSE, sizeof (KutipSpan));
}

static void
pad_labels (AgreeVersion *version,
            guint         n_labels)
{
  while (version->by_label->len < n_labels)
    {
      g_ptr_array_add (version->by_label, new_span_array ());
      g_ptr_array_add (version->units, new_unit_array ());
    }
}

void
_agree_version_init (AgreeVersion  *version,
                     KutipDocument *document,
                     AgreeLabels   *labels,
                     gboolean       include_pending)
{
  GListModel *annotations = kutip_document_get_annotations (document);
  guint n = g_list_model_get_n_items (annotations);

  version->document = g_object_ref (document);
  version->include_pending = include_pending;
  version->by_label = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  version->units = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipAnnotation) annotation = g_list_model_get_item (annotations, i);
      AgreeSpan span;
      int label;

      if (!_agree_counts_status (kutip_annotation_get_status (annotation), include_pending))
        continue;
      label = _agree_labels_lookup (labels, kutip_annotation_get_label (annotation));
      if (label < 0)
        continue;
      pad_labels (version, label + 1);
      /* The document holds the annotation as long as the version holds it. */
      span.start = kutip_annotation_get_start (annotation);
      span.end = kutip_annotation_get_end (annotation);
      span.annotation = annotation;
      g_array_append_val (g_ptr_array_index (version->by_label, label), span);
    }

  /* α_u needs each label's units as a cut of the text: no overlaps. */
  for (guint l = 0; l < version->by_label->len; l++)
    {
      GArray *spans = g_ptr_array_index (version->by_label, l);
      GArray *units = g_ptr_array_index (version->units, l);

      g_array_set_size (units, spans->len);
      for (guint k = 0; k < spans->len; k++)
        {
          AgreeSpan *s = &g_array_index (spans, AgreeSpan, k);

          g_array_index (units, KutipSpan, k) = (KutipSpan) { s->start, s->end };
        }
      g_array_set_size (units, kutip_unitizing_drop_overlaps ((KutipSpan *) units->data,
                                                              units->len));
    }
}

void
_agree_version_clear (AgreeVersion *version)
{
  g_clear_pointer (&version->links, g_hash_table_unref);
  g_clear_pointer (&version->by_label, g_ptr_array_unref);
  g_clear_pointer (&version->units, g_ptr_array_unref);
  g_clear_object (&version->document);
}

GArray *
_agree_version_spans (AgreeVersion *version,
                      guint         label)
{
  pad_labels (version, label + 1);
  return g_ptr_array_index (version->by_label, label);
}

GArray *
_agree_version_units (AgreeVersion *version,
                      guint         label)
{
  pad_labels (version, label + 1);
  return g_ptr_array_index (version->units, label);
}

gboolean
_agree_check_texts (const char            *document,
                    KutipDocument * const *versions,
                    const char * const    *names,
                    guint                  n_versions,
                    GError               **error)
{
  const char *first = NULL;
  guint first_index = 0;

  for (guint i = 0; i < n_versions; i++)
    {
      const char *hash;

      if (versions[i] == NULL)
        continue;
      hash = kutip_text_get_sha256 (kutip_document_get_text (versions[i]));
      if (first == NULL)
        {
          first = hash;
          first_index = i;
        }
      else if (strcmp (first, hash) != 0)
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH,
                       _("%s: the versions of %s and %s have different texts "
                         "(SHA-256 %.12s… and %.12s…); agreement compares annotations "
                         "of the same text"),
                       document, names[first_index], names[i], first, hash);
          return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  guint b;
  guint overlap;
  gboolean same;
} Candidate;

static int
compare_candidates (const void *x,
                    const void *y)
{
  const Candidate *p = x, *q = y;

  if (p->same != q->same)
    return p->same ? -1 : 1;
  if (p->overlap != q->overlap)
    return p->overlap > q->overlap ? -1 : 1;
  return p->b < q->b ? -1 : p->b > q->b;
}

typedef struct
{
  const guint     *first;      /* candidates of a span of a: [first[i], first[i + 1]) */
  const Candidate *candidates;
  int             *match_of_b;
  guint           *seen;       /* stamp of the search that last visited a span of b */
  guint            stamp;
} Matching;

/* Kuhn's augmenting path from span @i of a. */
static gboolean
augment (Matching *m,
         guint     i)
{
  for (guint k = m->first[i]; k < m->first[i + 1]; k++)
    {
      guint b = m->candidates[k].b;

      if (m->seen[b] == m->stamp)
        continue;
      m->seen[b] = m->stamp;
      if (m->match_of_b[b] < 0 || augment (m, (guint) m->match_of_b[b]))
        {
          m->match_of_b[b] = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}

guint
_agree_match_spans (GArray *a,
                    GArray *b,
                    int    *match_of_a,
                    guint  *n_strict)
{
  g_autoptr(GArray) candidates = NULL;
  g_autofree guint *first = NULL;
  g_autofree int *match_of_b = NULL;
  g_autofree guint *seen = NULL;
  guint max_b_length = 0, n_matched = 0, strict = 0, lo = 0;
  Matching m;

  for (guint i = 0; i < a->len; i++)
    match_of_a[i] = -1;
  if (n_strict != NULL)
    *n_strict = 0;
  if (a->len == 0 || b->len == 0)
    return 0;

  for (guint j = 0; j < b->len; j++)
    {
      AgreeSpan *s = &g_array_index (b, AgreeSpan, j);

      max_b_length = MAX (max_b_length, s->end - s->start);
    }

  /* Candidates of each span of a: the spans of b overlapping it. Both are
   * sorted by start, so those start in (a.start − longest b, a.end). */
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  first = g_new (guint, a->len + 1);
  for (guint i = 0; i < a->len; i++)
    {
      AgreeSpan *x = &g_array_index (a, AgreeSpan, i);
      guint from = candidates->len;

      first[i] = from;
      while (lo < b->len && g_array_index (b, AgreeSpan, lo).start + max_b_length <= x->start)
        lo++;
      for (guint j = lo; j < b->len; j++)
        {
          AgreeSpan *y = &g_array_index (b, AgreeSpan, j);
          Candidate c;

          if (y->start >= x->end)
            break;
          if (y->end <= x->start)
            continue;
          c.b = j;
          c.overlap = MIN (x->end, y->end) - MAX (x->start, y->start);
          c.same = x->start == y->start && x->end == y->end;
          g_array_append_val (candidates, c);
        }
      if (candidates->len - from > 1)
        qsort (&g_array_index (candidates, Candidate, from), candidates->len - from,
               sizeof (Candidate), compare_candidates);
    }
  first[a->len] = candidates->len;

  match_of_b = g_new (int, b->len);
  seen = g_new0 (guint, b->len);
  for (guint j = 0; j < b->len; j++)
    match_of_b[j] = -1;
  m = (Matching) { first, (Candidate *) candidates->data, match_of_b, seen, 0 };

  /* Same bounds first: a span of b matches at most one identical span of
   * a, so pairing them greedily pairs as many as can be. */
  for (guint i = 0; i < a->len; i++)
    {
      for (guint k = first[i]; k < first[i + 1] && m.candidates[k].same; k++)
        if (match_of_b[m.candidates[k].b] < 0)
          {
            match_of_b[m.candidates[k].b] = (int) i;
            match_of_a[i] = (int) m.candidates[k].b;
            strict++;
            break;
          }
    }
  /* Then as many overlapping pairs as can be, without undoing those: an
   * augmenting path never leaves a matched span unmatched. */
  for (guint i = 0; i < a->len; i++)
    {
      if (match_of_a[i] >= 0)
        continue;
      m.stamp++;
      augment (&m, i);
    }

  for (guint i = 0; i < a->len; i++)
    match_of_a[i] = -1;
  for (guint j = 0; j < b->len; j++)
    if (match_of_b[j] >= 0)
      {
        match_of_a[match_of_b[j]] = (int) j;
        n_matched++;
      }
  if (n_strict != NULL)
    *n_strict = strict;
  return n_matched;
}

/* What a claim links to, by the version's own links. */
typedef struct
{
  KutipAnnotation *said_by;
  KutipAnnotation *dated;
} AgreeLinks;

/* One pass over the relations gives every claim's speaker and date: the
 * first link of each type that is the version's work. */
static void
index_links (AgreeVersion *version)
{
  GListModel *relations = kutip_document_get_relations (version->document);
  guint n = g_list_model_get_n_items (relations);

  version->links = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipRelation) relation = g_list_model_get_item (relations, i);
      const char *type = kutip_relation_get_rtype (relation);
      gboolean said_by = g_str_equal (type, KUTIP_RELATION_SAID_BY);
      KutipAnnotation *from, *to;
      AgreeLinks *links;

      if ((!said_by && !g_str_equal (type, KUTIP_RELATION_DATED)) ||
          !_agree_counts_status (kutip_relation_get_status (relation), version->include_pending))
        continue;
      from = kutip_document_lookup_annotation (version->document, kutip_relation_get_from_id (relation));
      to = kutip_document_lookup_annotation (version->document, kutip_relation_get_to_id (relation));
      if (from == NULL || to == NULL ||
          !_agree_counts_status (kutip_annotation_get_status (to), version->include_pending))
        continue;
      links = g_hash_table_lookup (version->links, from);
      if (links == NULL)
        {
          links = g_new0 (AgreeLinks, 1);
          g_hash_table_insert (version->links, from, links);
        }
      if (said_by && links->said_by == NULL)
        links->said_by = to;
      else if (!said_by && links->dated == NULL)
        links->dated = to;
    }
}

KutipAnnotation *
_agree_linked (AgreeVersion    *version,
               KutipAnnotation *from,
               const char      *type)
{
  g_autoptr(GPtrArray) relations = NULL;
  const char *id;

  if (g_str_equal (type, KUTIP_RELATION_SAID_BY) || g_str_equal (type, KUTIP_RELATION_DATED))
    {
      AgreeLinks *links;

      if (version->links == NULL)
        index_links (version);
      links = g_hash_table_lookup (version->links, from);
      if (links == NULL)
        return NULL;
      return g_str_equal (type, KUTIP_RELATION_SAID_BY) ? links->said_by : links->dated;
    }

  relations = kutip_document_relations_of (version->document, from);
  id = kutip_annotation_get_id (from);

  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *relation = g_ptr_array_index (relations, i);
      KutipAnnotation *to;

      if (!g_str_equal (kutip_relation_get_rtype (relation), type) ||
          !g_str_equal (kutip_relation_get_from_id (relation), id) ||
          !_agree_counts_status (kutip_relation_get_status (relation), version->include_pending))
        continue;
      to = kutip_document_lookup_annotation (version->document, kutip_relation_get_to_id (relation));
      if (to != NULL &&
          _agree_counts_status (kutip_annotation_get_status (to), version->include_pending))
        return to;
    }
  return NULL;
}

/* The spans naming the person @speaker names: its entity's mentions that
 * are the version's work, or the speaker alone. */
static GPtrArray *
person_mentions (AgreeVersion    *version,
                 KutipAnnotation *speaker)
{
  GPtrArray *mentions = g_ptr_array_new ();
  KutipEntity *entity = kutip_document_get_entity_for (version->document, speaker);

  g_ptr_array_add (mentions, speaker);
  if (entity != NULL)
    {
      guint n = 0;
      const char * const *ids = kutip_entity_get_mentions (entity, &n);

      for (guint i = 0; i < n; i++)
        {
          KutipAnnotation *mention = kutip_document_lookup_annotation (version->document, ids[i]);

          if (mention != NULL && mention != speaker &&
              _agree_counts_status (kutip_annotation_get_status (mention),
                                    version->include_pending))
            g_ptr_array_add (mentions, mention);
        }
    }
  return mentions;
}

gboolean
_agree_same_person (AgreeVersion    *va,
                    KutipAnnotation *a,
                    AgreeVersion    *vb,
                    KutipAnnotation *b)
{
  g_autoptr(GPtrArray) mentions_a = NULL;
  g_autoptr(GPtrArray) mentions_b = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  /* Most often both name the person at the same place. */
  if (kutip_annotation_get_start (a) < kutip_annotation_get_end (b) &&
      kutip_annotation_get_start (b) < kutip_annotation_get_end (a))
    return TRUE;

  mentions_a = person_mentions (va, a);
  mentions_b = person_mentions (vb, b);
  for (guint i = 0; i < mentions_a->len; i++)
    {
      KutipAnnotation *x = g_ptr_array_index (mentions_a, i);

      for (guint j = 0; j < mentions_b->len; j++)
        {
          KutipAnnotation *y = g_ptr_array_index (mentions_b, j);

          if (kutip_annotation_get_start (x) < kutip_annotation_get_end (y) &&
              kutip_annotation_get_start (y) < kutip_annotation_get_end (x))
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
_agree_same_date (KutipAnnotation *a,
                  KutipAnnotation *b)
{
  const char *value_a, *value_b;

  if (a == NULL || b == NULL)
    return a == b;

  value_a = kutip_annotation_get_attribute (a, "value");
  value_b = kutip_annotation_get_attribute (b, "value");
  if (value_a != NULL || value_b != NULL)
    return g_strcmp0 (value_a, value_b) == 0;
  return kutip_annotation_get_start (a) < kutip_annotation_get_end (b) &&
         kutip_annotation_get_start (b) < kutip_annotation_get_end (a);
}
