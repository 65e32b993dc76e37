/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-unitizing.c: Krippendorff's α_u for one category on a
 * continuum with gaps (Krippendorff 1995, "On the reliability of unitizing
 * contiguous data"; Content Analysis, 2nd ed., 2004, §12.4), the
 * coefficient DKPro Statistics and INCEpTION compute over character spans.
 *
 * Each of m raters cuts the continuum [0, L) into units of the category and
 * gaps between them. Two segments g (rater i) and h (rater j) that
 * intersect differ by
 *   δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   both units,
 *            = l_g²                        g a unit inside the gap h,
 *            = l_h²                        h a unit inside the gap g,
 *            = 0                           otherwise (b begin, e end, l length);
 *   D_o = Σ_{i≠j} Σ_{g,h} δ²(g, h) / (m (m − 1) L²).
 * By chance a unit of length l could fall anywhere:
 *   D_e = 2/L Σ_units g [ (N − 1)/3 (2l³ − 3l² + l) + l² Σ_{gaps h, l_h ≥ l} (l_h − l + 1) ]
 *         / (m L (m L − 1) − Σ_units l (l − 1)),
 * N the number of units of all raters; α_u = 1 − D_o / D_e.
 *
 * D_o only ever compares segments that meet, so it adds up stretch by
 * stretch. D_e needs the lengths of every unit and every gap, which the
 * tally keeps as two histograms (length → how many): their size is the
 * number of distinct lengths, not of documents. A gap at the end of a
 * stretch stays open (per rater) until a unit of the next stretch closes
 * it, so a corpus counts as one continuum. */

#define G_LOG_DOMAIN "kutip-agreement"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kutip-agreement-tally.h"

typedef struct
{
  gboolean started;   /* the rater has placed a unit */
  guint64  lead;      /* gap before the first unit (when started) */
  guint64  pending;   /* open gap after the last unit, or the whole length */
} RaterEnds;

struct _KutipUnitizingTally
{
  guint       n_raters;
  guint64     length;
  guint64     n_units;
  double      sum_unit_ll;    /* Σ l (l − 1) over units */
  double      sum_delta;      /* Σ over unordered rater pairs of Σ δ² */
  GHashTable *unit_lengths;   /* length → count (gsize in the pointers) */
  GHashTable *gap_lengths;    /* closed gaps: length → count */
  RaterEnds  *ends;
};

KutipUnitizingTally *
kutip_unitizing_tally_new (guint n_raters)
{
  KutipUnitizingTally *self;

  g_return_val_if_fail (n_raters >= 2, NULL);

  self = g_new0 (KutipUnitizingTally, 1);
  self->n_raters = n_raters;
  self->unit_lengths = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->gap_lengths = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->ends = g_new0 (RaterEnds, n_raters);
  return self;
}

void
kutip_unitizing_tally_free (KutipUnitizingTally *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->unit_lengths);
  g_hash_table_unref (self->gap_lengths);
  g_free (self->ends);
  g_free (self);
}

void
kutip_unitizing_tally_reset (KutipUnitizingTally *self)
{
  g_return_if_fail (self != NULL);

  self->length = 0;
  self->n_units = 0;
  self->sum_unit_ll = 0;
  self->sum_delta = 0;
  g_hash_table_remove_all (self->unit_lengths);
  g_hash_table_remove_all (self->gap_lengths);
  memset (self->ends, 0, self->n_raters * sizeof (RaterEnds));
}

static void
count_length (GHashTable *histogram,
              guint64     length,
              gsize       count)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) length);
  gsize old = GPOINTER_TO_SIZE (g_hash_table_lookup (histogram, key));

  g_hash_table_insert (histogram, key, GSIZE_TO_POINTER (old + count));
}

/* One segment of a rater's cut of a stretch: a unit or the gap before the
 * next unit. */
typedef struct
{
  const KutipSpan *units;
  guint            n_units;
  guint            next;     /* index of the first unit not yet visited */
  guint            length;
  guint            start;
  guint            end;
  gboolean         is_unit;
} Segments;

static gboolean
segments_emit (Segments *it,
               guint     position)
{
  if (position >= it->length)
    return FALSE;
  it->start = position;
  if (it->next < it->n_units && it->units[it->next].start == position)
    {
      it->end = it->units[it->next].end;
      it->is_unit = TRUE;
      it->next++;
    }
  else
    {
      it->end = it->next < it->n_units ? it->units[it->next].start : it->length;
      it->is_unit = FALSE;
    }
  return TRUE;
}

static gboolean
segments_init (Segments        *it,
               const KutipSpan *units,
               guint            n_units,
               guint            length)
{
  *it = (Segments) { units, n_units, 0, length, 0, 0, FALSE };
  return segments_emit (it, 0);
}

static double
squared (double x)
{
  return x * x;
}

static double
delta (const Segments *g,
       const Segments *h)
{
  if (g->is_unit && h->is_unit)
    return squared ((double) g->start - h->start) + squared ((double) g->end - h->end);
  if (g->is_unit && h->start <= g->start && g->end <= h->end)
    return squared (g->end - g->start);
  if (h->is_unit && g->start <= h->start && h->end <= g->end)
    return squared (h->end - h->start);
  return 0;
}

/* Σ δ² between two raters' cuts of one stretch, walking both at once: each
 * step pairs the two segments that cover the current position. */
static double
pair_delta (const KutipSpan *units_a,
            guint            n_a,
            const KutipSpan *units_b,
            guint            n_b,
            guint            length)
{
  Segments a, b;
  double sum = 0;

  if (n_a == 0 && n_b == 0)
    return 0;
  if (!segments_init (&a, units_a, n_a, length) || !segments_init (&b, units_b, n_b, length))
    return 0;
  for (;;)
    {
      guint a_end = a.end, b_end = b.end;

      sum += delta (&a, &b);
      if (a_end <= b_end && !segments_emit (&a, a_end))
        break;
      if (b_end <= a_end && !segments_emit (&b, b_end))
        break;
    }
  return sum;
}

/* The open gap of @ends followed by a stretch whose rater cut begins with a
 * gap of @lead, ends with @trail (or, without units, is all gap). */
static void
join_ends (KutipUnitizingTally *self,
           RaterEnds           *ends,
           gboolean             started,
           guint64              lead,
           guint64              trail)
{
  if (!started)
    {
      ends->pending += trail;
      return;
    }
  if (!ends->started)
    {
      ends->started = TRUE;
      ends->lead = ends->pending + lead;
    }
  else if (ends->pending + lead > 0)
    count_length (self->gap_lengths, ends->pending + lead, 1);
  ends->pending = trail;
}

void
kutip_unitizing_tally_append (KutipUnitizingTally     *self,
                              guint                    length,
                              const KutipSpan * const *units,
                              const guint             *n_units)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (units != NULL && n_units != NULL);

  for (guint r = 0; r < self->n_raters; r++)
    {
      const KutipSpan *u = units[r];
      guint n = n_units[r];

      for (guint k = 0; k < n; k++)
        {
          guint64 l = u[k].end - u[k].start;

          g_return_if_fail (u[k].start < u[k].end && u[k].end <= length);
          g_return_if_fail (k == 0 || u[k - 1].end <= u[k].start);
          count_length (self->unit_lengths, l, 1);
          self->sum_unit_ll += (double) l * (double) (l - 1);
          if (k > 0 && u[k].start > u[k - 1].end)
            count_length (self->gap_lengths, u[k].start - u[k - 1].end, 1);
        }
      self->n_units += n;
      if (n > 0)
        join_ends (self, &self->ends[r], TRUE, u[0].start, length - u[n - 1].end);
      else
        join_ends (self, &self->ends[r], FALSE, 0, length);

      for (guint s = r + 1; s < self->n_raters; s++)
        self->sum_delta += pair_delta (u, n, units[s], n_units[s], length);
    }
  self->length += length;
}

void
kutip_unitizing_tally_merge (KutipUnitizingTally       *self,
                             const KutipUnitizingTally *other)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (self != NULL && other != NULL);
  g_return_if_fail (self->n_raters == other->n_raters);

  g_hash_table_iter_init (&iter, other->unit_lengths);
  while (g_hash_table_iter_next (&iter, &key, &value))
    count_length (self->unit_lengths, GPOINTER_TO_SIZE (key), GPOINTER_TO_SIZE (value));
  g_hash_table_iter_init (&iter, other->gap_lengths);
  while (g_hash_table_iter_next (&iter, &key, &value))
    count_length (self->gap_lengths, GPOINTER_TO_SIZE (key), GPOINTER_TO_SIZE (value));
  for (guint r = 0; r < self->n_raters; r++)
    join_ends (self, &self->ends[r], other->ends[r].started, other->ends[r].lead,
               other->ends[r].pending);
  self->length += other->length;
  self->n_units += other->n_units;
  self->sum_unit_ll += other->sum_unit_ll;
  self->sum_delta += other->sum_delta;
}

guint64
kutip_unitizing_tally_get_length (KutipUnitizingTally *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->length;
}

guint64
kutip_unitizing_tally_get_n_units (KutipUnitizingTally *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_units;
}

double
kutip_unitizing_tally_observed (KutipUnitizingTally *self)
{
  double m, L;

  g_return_val_if_fail (self != NULL, NAN);

  if (self->length == 0)
    return NAN;
  m = self->n_raters;
  L = (double) self->length;
  /* sum_delta counts each unordered pair once; D_o sums ordered ones. */
  return 2.0 * self->sum_delta / (m * (m - 1) * L * L);
}

typedef struct
{
  guint64 length;
  gsize   count;
} LengthCount;

static int
compare_length_desc (const void *a,
                     const void *b)
{
  guint64 x = ((const LengthCount *) a)->length;
  guint64 y = ((const LengthCount *) b)->length;

  return x < y ? 1 : x > y ? -1 : 0;
}

static void
add_gap (GArray  *gaps,
         guint64  length)
{
  LengthCount lc = { length, 1 };

  if (length > 0)
    g_array_append_val (gaps, lc);
}

double
kutip_unitizing_tally_expected (KutipUnitizingTally *self)
{
  g_autoptr(GArray) gaps = NULL;
  g_autofree double *at_least_count = NULL;   /* gaps at index ≤ i, by length descending */
  g_autofree double *at_least_sum = NULL;
  GHashTableIter iter;
  gpointer key, value;
  double m, L, N, sum = 0, denominator;

  g_return_val_if_fail (self != NULL, NAN);

  if (self->length == 0 || self->n_units == 0)
    return NAN;

  gaps = g_array_sized_new (FALSE, FALSE, sizeof (LengthCount),
                            g_hash_table_size (self->gap_lengths) + 2 * self->n_raters);
  g_hash_table_iter_init (&iter, self->gap_lengths);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LengthCount lc = { GPOINTER_TO_SIZE (key), GPOINTER_TO_SIZE (value) };

      g_array_append_val (gaps, lc);
    }
  for (guint r = 0; r < self->n_raters; r++)
    {
      if (self->ends[r].started)
        add_gap (gaps, self->ends[r].lead);
      add_gap (gaps, self->ends[r].pending);
    }
  if (gaps->len > 1)
    qsort (gaps->data, gaps->len, sizeof (LengthCount), compare_length_desc);
  at_least_count = g_new (double, gaps->len + 1);
  at_least_sum = g_new (double, gaps->len + 1);
  at_least_count[0] = at_least_sum[0] = 0;
  for (guint i = 0; i < gaps->len; i++)
    {
      const LengthCount *lc = &g_array_index (gaps, LengthCount, i);

      at_least_count[i + 1] = at_least_count[i] + (double) lc->count;
      at_least_sum[i + 1] = at_least_sum[i] + (double) lc->count * (double) lc->length;
    }

  m = self->n_raters;
  L = (double) self->length;
  N = (double) self->n_units;
  g_hash_table_iter_init (&iter, self->unit_lengths);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint64 length = GPOINTER_TO_SIZE (key);
      double l = (double) length;
      double count = (double) GPOINTER_TO_SIZE (value);
      guint lo = 0, hi = gaps->len;
      double fitting;

      /* The gaps at least as long as the unit: a prefix of the sorted list. */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (gaps, LengthCount, mid).length >= length)
            lo = mid + 1;
          else
            hi = mid;
        }
      /* Σ (l_h − l + 1) over those gaps: the places the unit fits in them. */
      fitting = at_least_sum[lo] - (l - 1.0) * at_least_count[lo];
      sum += count * ((N - 1.0) / 3.0 * (2.0 * l * l * l - 3.0 * l * l + l) + l * l * fitting);
    }

  denominator = m * L * (m * L - 1.0) - self->sum_unit_ll;
  if (denominator <= 0)
    return NAN;
  return 2.0 / L * sum / denominator;
}

double
kutip_unitizing_tally_alpha (KutipUnitizingTally *self)
{
  KutipUnitizingTally *one[] = { self };

  return kutip_unitizing_alpha_of (one, 1);
}

double
kutip_unitizing_alpha_of (KutipUnitizingTally * const *tallies,
                          guint                        n_tallies)
{
  double observed = 0, expected = 0;

  for (guint i = 0; i < n_tallies; i++)
    {
      double d_e;

      if (tallies[i]->n_units == 0)
        continue;   /* a category nobody used adds nothing to either sum */
      d_e = kutip_unitizing_tally_expected (tallies[i]);
      if (isnan (d_e))
        continue;
      observed += kutip_unitizing_tally_observed (tallies[i]);
      expected += d_e;
    }
  if (expected <= 0)
    return NAN;
  return 1.0 - observed / expected;
}

guint
kutip_unitizing_drop_overlaps (KutipSpan *spans,
                               guint      n_spans)
{
  guint kept = 0;

  for (guint i = 0; i < n_spans; i++)
    if (kept == 0 || spans[i].start >= spans[kept - 1].end)
      spans[kept++] = spans[i];
  return kept;
}
