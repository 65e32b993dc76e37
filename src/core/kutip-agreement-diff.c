/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-diff.c: the places where versions of a document agree or
 * differ, for curation.
 *
 * 1. For each label, the spans of every version, in reading order, fall
 *    into groups of spans that overlap one another (a chain of overlaps):
 *    one group is one place that label was used.
 * 2. A group some versions lack, overlapped by a group of another label
 *    that only versions of the first group lack, is one place under two
 *    labels: the groups join.
 * 3. Each item then says what differs: versions without a span, other
 *    bounds, another label; for a claim all versions have, the speaker
 *    (the same person: kutip-agreement-spans.c) and the date; for a date,
 *    its value. */

#define G_LOG_DOMAIN "kutip-agreement"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kutip-agreement-private.h"

struct _KutipAgreementItem
{
  guint              start;
  guint              end;
  KutipDisagreement  kind;
  gboolean           absorbed;    /* joined into another item (step 2) */
  guint              n_versions;
  GPtrArray         *annotations[];  /* per version; NULL when it has none */
};

struct _KutipAgreementDiff
{
  GObject       parent_instance;

  AgreeLabels   labels;
  AgreeVersion *versions;
  guint         n_versions;
  GPtrArray    *items;
  guint         n_disagreements;
};

G_DEFINE_FINAL_TYPE (KutipAgreementDiff, kutip_agreement_diff, G_TYPE_OBJECT)

static KutipAgreementItem *
item_new (guint n_versions)
{
  KutipAgreementItem *item = g_malloc0 (sizeof (KutipAgreementItem) +
                                        n_versions * sizeof (GPtrArray *));

  item->n_versions = n_versions;
  return item;
}

static void
item_destroy (gpointer data)
{
  KutipAgreementItem *item = data;

  for (guint v = 0; v < item->n_versions; v++)
    g_clear_pointer (&item->annotations[v], g_ptr_array_unref);
  g_free (item);
}

static void
item_add (KutipAgreementItem *item,
          guint               version,
          KutipAnnotation    *annotation)
{
  guint start = kutip_annotation_get_start (annotation);
  guint end = kutip_annotation_get_end (annotation);
  gboolean first = TRUE;

  for (guint v = 0; v < item->n_versions && first; v++)
    first = item->annotations[v] == NULL;
  if (first || start < item->start)
    item->start = start;
  if (first || end > item->end)
    item->end = end;
  if (item->annotations[version] == NULL)
    item->annotations[version] = g_ptr_array_new ();
  g_ptr_array_add (item->annotations[version], annotation);
}

static guint
item_n_present (const KutipAgreementItem *item)
{
  guint n = 0;

  for (guint v = 0; v < item->n_versions; v++)
    n += item->annotations[v] != NULL;
  return n;
}

static KutipAnnotation *
first_of (const KutipAgreementItem *item,
          guint                     version)
{
  return item->annotations[version] ? g_ptr_array_index (item->annotations[version], 0) : NULL;
}

typedef struct
{
  guint            version;
  const AgreeSpan *span;
} Entry;

static int
compare_entries (const void *x,
                 const void *y)
{
  const Entry *p = x, *q = y;

  if (p->span->start != q->span->start)
    return p->span->start < q->span->start ? -1 : 1;
  if (p->span->end != q->span->end)
    return p->span->end > q->span->end ? -1 : 1;
  return p->version < q->version ? -1 : p->version > q->version;
}

static int
compare_items (gconstpointer x,
               gconstpointer y)
{
  const KutipAgreementItem *p = *(KutipAgreementItem * const *) x;
  const KutipAgreementItem *q = *(KutipAgreementItem * const *) y;

  if (p->start != q->start)
    return p->start < q->start ? -1 : 1;
  if (p->end != q->end)
    return p->end > q->end ? -1 : 1;
  return 0;
}

/* Step 1 for one label. */
static void
group_label (AgreeVersion *versions,
             guint         n_versions,
             guint         label,
             GPtrArray    *items)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  KutipAgreementItem *item = NULL;

  for (guint v = 0; v < n_versions; v++)
    {
      GArray *spans = _agree_version_spans (&versions[v], label);

      for (guint k = 0; k < spans->len; k++)
        {
          Entry e = { v, &g_array_index (spans, AgreeSpan, k) };

          g_array_append_val (entries, e);
        }
    }
  if (entries->len > 1)
    qsort (entries->data, entries->len, sizeof (Entry), compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);

      if (item == NULL || e->span->start >= item->end)
        {
          item = item_new (n_versions);
          g_ptr_array_add (items, item);
        }
      item_add (item, e->version, e->span->annotation);
    }
}

static gboolean
item_has_label (const KutipAgreementItem *item,
                const char               *label)
{
  for (guint v = 0; v < item->n_versions; v++)
    for (guint k = 0; item->annotations[v] && k < item->annotations[v]->len; k++)
      if (g_str_equal (kutip_annotation_get_label (g_ptr_array_index (item->annotations[v], k)),
                       label))
        return TRUE;
  return FALSE;
}

static gboolean
can_join (const KutipAgreementItem *item,
          const KutipAgreementItem *other)
{
  for (guint v = 0; v < item->n_versions; v++)
    if (item->annotations[v] != NULL && other->annotations[v] != NULL)
      return FALSE;
  for (guint v = 0; v < other->n_versions; v++)
    for (guint k = 0; other->annotations[v] && k < other->annotations[v]->len; k++)
      if (item_has_label (item, kutip_annotation_get_label (g_ptr_array_index (other->annotations[v], k))))
        return FALSE;
  return TRUE;
}

/* Step 2: items are sorted by start; each item some versions lack takes in
 * the later ones it overlaps that only those versions have. */
static void
join_labels (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      KutipAgreementItem *item = g_ptr_array_index (items, i);

      if (item->absorbed || item_n_present (item) == item->n_versions)
        continue;
      for (guint j = i + 1; j < items->len; j++)
        {
          KutipAgreementItem *other = g_ptr_array_index (items, j);

          if (other->start >= item->end)
            break;
          if (other->absorbed || !can_join (item, other))
            continue;
          for (guint v = 0; v < other->n_versions; v++)
            for (guint k = 0; other->annotations[v] && k < other->annotations[v]->len; k++)
              item_add (item, v, g_ptr_array_index (other->annotations[v], k));
          other->absorbed = TRUE;
          if (item_n_present (item) == item->n_versions)
            break;
        }
    }
}

/* Step 3. */
static void
classify (KutipAgreementItem *item,
          AgreeVersion       *versions)
{
  KutipAnnotation *reference = NULL;
  const char *label = NULL;
  gboolean one_label = TRUE;

  for (guint v = 0; v < item->n_versions; v++)
    {
      GPtrArray *mine = item->annotations[v];

      if (mine == NULL)
        {
          item->kind |= KUTIP_DISAGREE_MISSING;
          continue;
        }
      if (mine->len > 1)
        item->kind |= KUTIP_DISAGREE_BOUNDARIES;
      for (guint k = 0; k < mine->len; k++)
        {
          KutipAnnotation *a = g_ptr_array_index (mine, k);

          if (label == NULL)
            label = kutip_annotation_get_label (a);
          else if (!g_str_equal (label, kutip_annotation_get_label (a)))
            one_label = FALSE;
        }
      if (reference == NULL)
        reference = g_ptr_array_index (mine, 0);
      else if (kutip_annotation_get_start (reference) != kutip_annotation_get_start (first_of (item, v)) ||
               kutip_annotation_get_end (reference) != kutip_annotation_get_end (first_of (item, v)))
        item->kind |= KUTIP_DISAGREE_BOUNDARIES;
    }
  if (!one_label)
    {
      item->kind |= KUTIP_DISAGREE_LABEL;
      return;
    }

  /* Who said it and when, between every two versions that have it. */
  for (guint v = 0; v < item->n_versions; v++)
    for (guint w = v + 1; w < item->n_versions; w++)
      {
        KutipAnnotation *a = first_of (item, v), *b = first_of (item, w);

        if (a == NULL || b == NULL)
          continue;
        if (g_str_equal (label, KUTIP_LABEL_CLAIM))
          {
            if (!_agree_same_person (&versions[v], _agree_linked (&versions[v], a, KUTIP_RELATION_SAID_BY),
                                     &versions[w], _agree_linked (&versions[w], b, KUTIP_RELATION_SAID_BY)))
              item->kind |= KUTIP_DISAGREE_SPEAKER;
            if (!_agree_same_date (_agree_linked (&versions[v], a, KUTIP_RELATION_DATED),
                                   _agree_linked (&versions[w], b, KUTIP_RELATION_DATED)))
              item->kind |= KUTIP_DISAGREE_DATE;
          }
        else if (g_str_equal (label, KUTIP_LABEL_DATE) &&
                 g_strcmp0 (kutip_annotation_get_attribute (a, "value"),
                            kutip_annotation_get_attribute (b, "value")) != 0)
          item->kind |= KUTIP_DISAGREE_DATE;
      }
}

GPtrArray *
_agree_diff_items (AgreeVersion *versions,
                   guint         n_versions,
                   AgreeLabels  *labels)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GPtrArray *items = g_ptr_array_new_with_free_func (item_destroy);

  for (guint l = 0; l < labels->names->len; l++)
    group_label (versions, n_versions, l, groups);
  g_ptr_array_sort (groups, compare_items);
  join_labels (groups);

  for (guint i = 0; i < groups->len; i++)
    {
      KutipAgreementItem *item = g_ptr_array_index (groups, i);

      if (item->absorbed)
        {
          item_destroy (item);
          continue;
        }
      classify (item, versions);
      g_ptr_array_add (items, item);
    }
  g_ptr_array_sort (items, compare_items);
  return items;
}

static void
kutip_agreement_diff_finalize (GObject *object)
{
  KutipAgreementDiff *self = KUTIP_AGREEMENT_DIFF (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  for (guint v = 0; v < self->n_versions; v++)
    _agree_version_clear (&self->versions[v]);
  g_free (self->versions);
  _agree_labels_clear (&self->labels);

  G_OBJECT_CLASS (kutip_agreement_diff_parent_class)->finalize (object);
}

static void
kutip_agreement_diff_class_init (KutipAgreementDiffClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kutip_agreement_diff_finalize;
}

static void
kutip_agreement_diff_init (KutipAgreementDiff *self)
{
}

KutipAgreementDiff *
kutip_agreement_diff_new (KutipDocument * const *versions,
                          guint                  n_versions,
                          const char * const    *labels,
                          KutipAgreementFlags    flags,
                          GError               **error)
{
  g_autoptr(KutipAgreementDiff) self = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (versions != NULL, NULL);
  g_return_val_if_fail (n_versions >= 2, NULL);

  for (guint v = 0; v < n_versions; v++)
    {
      const char *who = kutip_document_get_annotator (versions[v]);
      const char *path = kutip_document_get_path (versions[v]);

      g_return_val_if_fail (KUTIP_IS_DOCUMENT (versions[v]), NULL);
      g_ptr_array_add (names, path ? g_strdup_printf ("%s (%s)", who ? who : "?", path)
                                   : g_strdup_printf ("%s (version %u)", who ? who : "?", v + 1));
    }
  if (!_agree_check_texts (kutip_document_get_id (versions[0]) ? kutip_document_get_id (versions[0]) : "",
                           versions, (const char * const *) names->pdata, n_versions, error))
    return NULL;

  self = g_object_new (KUTIP_TYPE_AGREEMENT_DIFF, NULL);
  _agree_labels_init (&self->labels, labels);
  self->n_versions = n_versions;
  self->versions = g_new0 (AgreeVersion, n_versions);
  for (guint v = 0; v < n_versions; v++)
    _agree_version_init (&self->versions[v], versions[v], &self->labels,
                         (flags & KUTIP_AGREEMENT_INCLUDE_PENDING) != 0);
  self->items = _agree_diff_items (self->versions, n_versions, &self->labels);
  for (guint i = 0; i < self->items->len; i++)
    if (((KutipAgreementItem *) g_ptr_array_index (self->items, i))->kind != 0)
      self->n_disagreements++;

  return g_steal_pointer (&self);
}

guint
kutip_agreement_diff_get_n_versions (KutipAgreementDiff *self)
{
  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), 0);
  return self->n_versions;
}

KutipDocument *
kutip_agreement_diff_get_version (KutipAgreementDiff *self,
                                  guint               version)
{
  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), NULL);
  g_return_val_if_fail (version < self->n_versions, NULL);
  return self->versions[version].document;
}

guint
kutip_agreement_diff_get_n_items (KutipAgreementDiff *self)
{
  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), 0);
  return self->items->len;
}

const KutipAgreementItem *
kutip_agreement_diff_get_item (KutipAgreementDiff *self,
                               guint               position)
{
  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);
  return g_ptr_array_index (self->items, position);
}

guint
kutip_agreement_diff_get_n_disagreements (KutipAgreementDiff *self)
{
  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), 0);
  return self->n_disagreements;
}

guint
kutip_agreement_diff_step (KutipAgreementDiff *self,
                           guint               position,
                           gboolean            forward)
{
  guint n;

  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), G_MAXUINT);

  n = self->items->len;
  if (forward)
    {
      for (guint i = position == G_MAXUINT ? 0 : position + 1; i < n; i++)
        if (((KutipAgreementItem *) g_ptr_array_index (self->items, i))->kind != 0)
          return i;
    }
  else
    {
      for (guint i = position == G_MAXUINT || position > n ? n : position; i-- > 0;)
        if (((KutipAgreementItem *) g_ptr_array_index (self->items, i))->kind != 0)
          return i;
    }
  return G_MAXUINT;
}

KutipDisagreement
kutip_agreement_item_get_kind (const KutipAgreementItem *item)
{
  g_return_val_if_fail (item != NULL, 0);
  return item->kind;
}

guint
kutip_agreement_item_get_start (const KutipAgreementItem *item)
{
  g_return_val_if_fail (item != NULL, 0);
  return item->start;
}

guint
kutip_agreement_item_get_end (const KutipAgreementItem *item)
{
  g_return_val_if_fail (item != NULL, 0);
  return item->end;
}

KutipAnnotation * const *
kutip_agreement_item_get_annotations (const KutipAgreementItem *item,
                                      guint                     version,
                                      guint                    *n_annotations)
{
  static KutipAnnotation *none[] = { NULL };

  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (version < item->n_versions, NULL);

  if (item->annotations[version] == NULL)
    {
      if (n_annotations != NULL)
        *n_annotations = 0;
      return none;
    }
  if (n_annotations != NULL)
    *n_annotations = item->annotations[version]->len;
  return (KutipAnnotation * const *) item->annotations[version]->pdata;
}

KutipAnnotation *
kutip_agreement_item_get_annotation (const KutipAgreementItem *item,
                                     guint                     version)
{
  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (version < item->n_versions, NULL);
  return first_of (item, version);
}

static KutipAnnotation *
linked_of_claim (KutipAgreementDiff       *self,
                 const KutipAgreementItem *item,
                 guint                     version,
                 const char               *type)
{
  KutipAnnotation *claim;

  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), NULL);
  g_return_val_if_fail (item != NULL && version < self->n_versions, NULL);

  claim = first_of (item, version);
  if (claim == NULL || !g_str_equal (kutip_annotation_get_label (claim), KUTIP_LABEL_CLAIM))
    return NULL;
  return _agree_linked (&self->versions[version], claim, type);
}

KutipAnnotation *
kutip_agreement_diff_get_speaker (KutipAgreementDiff       *self,
                                  const KutipAgreementItem *item,
                                  guint                     version)
{
  return linked_of_claim (self, item, version, KUTIP_RELATION_SAID_BY);
}

KutipAnnotation *
kutip_agreement_diff_get_date (KutipAgreementDiff       *self,
                               const KutipAgreementItem *item,
                               guint                     version)
{
  return linked_of_claim (self, item, version, KUTIP_RELATION_DATED);
}

char *
kutip_disagreement_to_string (KutipDisagreement kind)
{
  static const char *names[] = { "missing", "boundaries", "label", "speaker", "date" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (kind & (1u << i))
      {
        if (out->len > 0)
          g_string_append_c (out, ',');
        g_string_append (out, names[i]);
      }
  if (out->len == 0)
    g_string_append (out, "agree");
  return g_string_free (out, FALSE);
}
