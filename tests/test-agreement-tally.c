/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-agreement-tally.c: the agreement coefficients on published worked
 * examples (Krippendorff 2011 and 2004, Krippendorff 1995, Fleiss 1971,
 * Cohen 1960) and on small cases worked out by hand below, and the
 * streaming sums against a direct computation. */

#include "config.h"

#include <math.h>

#include "kutip-agreement-tally.h"

#define M KUTIP_CODING_MISSING

static void
add_units (KutipCodingTally *tally,
           const guint      *table,
           guint             n_units)
{
  guint n = kutip_coding_tally_get_n_raters (tally);

  for (guint u = 0; u < n_units; u++)
    kutip_coding_tally_add (tally, table + u * n, 1);
}

/* Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", C: 4
 * observers, 12 units, nominal values 1–5 with missing values; α = 0.743. */
static void
test_krippendorff_2011_nominal (void)
{
  static const guint observers[4][12] = {
    { 1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M },
    { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3 },
    { M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M },
    { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M },
  };
  g_autoptr(KutipCodingTally) tally = kutip_coding_tally_new (4);

  for (guint u = 0; u < 12; u++)
    {
      guint values[4];

      for (guint o = 0; o < 4; o++)
        values[o] = observers[o][u];
      kutip_coding_tally_add (tally, values, 1);
    }
  /* Unit 12 has one value only and is not pairable. */
  g_assert_cmpuint (kutip_coding_tally_get_n_units (tally), ==, 11);
  /* n = 40 pairable values, Σ_u (m_u² − Σ_c n_uc²)/(m_u − 1) = 8,
   * n² − Σ_c n_c² = 1216: α = 1 − 39 · 8 / 1216 = 0.7434. */
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_alpha (tally), 0.743, 0.0005);
}

/* Fleiss (1971), as on Wikipedia's "Fleiss' kappa": 10 subjects, 14 raters,
 * 5 categories; the table gives how many raters chose each category. κ = 0.210. */
static void
test_fleiss_1971 (void)
{
  static const guint counts[10][5] = {
    { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 },
    { 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 },
    { 6, 5, 2, 1, 0 }, { 0, 2, 2, 3, 7 },
  };
  g_autoptr(KutipCodingTally) tally = kutip_coding_tally_new (14);

  for (guint s = 0; s < 10; s++)
    {
      guint values[14], r = 0;

      for (guint c = 0; c < 5; c++)
        for (guint k = 0; k < counts[s][c]; k++)
          values[r++] = c;
      g_assert_cmpuint (r, ==, 14);
      kutip_coding_tally_add (tally, values, 1);
    }
  /* P̄ = 0.378, P̄_e = 0.213, κ = (0.378 − 0.213) / (1 − 0.213). */
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_observed_agreement (tally), 0.378, 0.0005);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_fleiss_kappa (tally), 0.210, 0.0005);
}

static void
add_table (KutipCodingTally *tally,
           const guint      *table,
           guint             n)
{
  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      {
        guint values[2] = { a, b };

        kutip_coding_tally_add (tally, values, table[a * n + b]);
      }
}

/* Cohen (1960), p. 45: two judges, 200 cases, 3 categories: p_o = 0.70,
 * p_e = 0.41, κ = 0.492. And the 2 × 2 table of Wikipedia's "Cohen's kappa"
 * (20, 5 / 10, 15 of 50): p_o = 0.7, p_e = 0.5, κ = 0.4. */
static void
test_cohen_1960 (void)
{
  static const guint cohen[9] = { 88, 14, 18, 10, 40, 10, 2, 6, 12 };
  static const guint wikipedia[4] = { 20, 5, 10, 15 };
  g_autoptr(KutipCodingTally) tally = kutip_coding_tally_new (2);
  g_autoptr(KutipCodingTally) small = kutip_coding_tally_new (2);

  add_table (tally, cohen, 3);
  g_assert_cmpuint (kutip_coding_tally_get_n_units (tally), ==, 200);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_observed_agreement (tally), 0.70, 1e-9);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_cohen_kappa (tally), 0.492, 0.0005);

  add_table (small, wikipedia, 2);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_cohen_kappa (small), 0.4, 1e-9);
}

/* By hand: rater A 1 1 0 0 1 0, rater B 1 0 0 0 1 1.
 * Cohen: p_o = 4/6; both raters chose 1 three times in six, p_e = ½·½ + ½·½
 *   = ½; κ = (⅔ − ½) / ½ = ⅓.
 * Fleiss (two raters: Scott's π): P_u = 1 on the 4 agreeing units, 0 on
 *   the 2 others, P̄ = ⅔; p_1 = p_0 = 6/12, P_e = ½; κ = ⅓.
 * Krippendorff: n = 12 values, n_0 = n_1 = 6; each disagreeing unit has
 *   (m² − Σ n_uc²)/(m − 1) = (4 − 2)/1 = 2, so D = 4; E = 12² − 6² − 6² = 72;
 *   α = 1 − 11 · 4 / 72 = 0.38889.
 * Weights and merging give the same sums as units one by one. */
static void
test_coding_by_hand (void)
{
  static const guint units[12] = { 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1 };
  g_autoptr(KutipCodingTally) tally = kutip_coding_tally_new (2);
  g_autoptr(KutipCodingTally) weighted = kutip_coding_tally_new (2);
  g_autoptr(KutipCodingTally) merged = kutip_coding_tally_new (2);
  g_autoptr(KutipCodingTally) part = kutip_coding_tally_new (2);
  static const guint agree1[2] = { 1, 1 }, agree0[2] = { 0, 0 };
  static const guint ab[2] = { 1, 0 }, ba[2] = { 0, 1 };
  static const guint lone[2] = { 1, M };

  add_units (tally, units, 6);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_cohen_kappa (tally), 1.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_fleiss_kappa (tally), 1.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_alpha (tally), 1 - 44.0 / 72, 1e-12);

  kutip_coding_tally_add (weighted, agree1, 2);
  kutip_coding_tally_add (weighted, agree0, 2);
  kutip_coding_tally_add (weighted, ab, 1);
  kutip_coding_tally_add (weighted, ba, 1);
  kutip_coding_tally_add (weighted, lone, 5);   /* one rater only: not counted */
  g_assert_cmpuint (kutip_coding_tally_get_n_units (weighted), ==, 6);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_alpha (weighted), 1 - 44.0 / 72, 1e-12);

  add_units (part, units, 3);
  kutip_coding_tally_merge (merged, part);
  kutip_coding_tally_reset (part);
  add_units (part, units + 6, 3);
  kutip_coding_tally_merge (merged, part);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_cohen_kappa (merged), 1.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (kutip_coding_tally_alpha (merged), 1 - 44.0 / 72, 1e-12);
}

/* Undefined figures are NaN, not 1 or 0: no units, or one category only. */
static void
test_coding_undefined (void)
{
  g_autoptr(KutipCodingTally) tally = kutip_coding_tally_new (2);
  static const guint same[2] = { 0, 0 };

  g_assert_true (isnan (kutip_coding_tally_cohen_kappa (tally)));
  g_assert_true (isnan (kutip_coding_tally_alpha (tally)));
  kutip_coding_tally_add (tally, same, 10);
  g_assert_true (isnan (kutip_coding_tally_cohen_kappa (tally)));
  g_assert_true (isnan (kutip_coding_tally_fleiss_kappa (tally)));
  g_assert_true (isnan (kutip_coding_tally_alpha (tally)));
}

static void
append2 (KutipUnitizingTally *tally,
         guint                length,
         const KutipSpan     *a,
         guint                n_a,
         const KutipSpan     *b,
         guint                n_b)
{
  const KutipSpan *units[2] = { a, b };
  guint n[2] = { n_a, n_b };

  kutip_unitizing_tally_append (tally, length, units, n);
}

/* Krippendorff (2004), Content Analysis, 2nd ed., p. 254: a continuum from
 * 150 to 450, two observers, categories c and k (offsets here from 150).
 * Published: D_o(c) = 0.0144, D_e(c) = 0.0532, α_u(c) = 0.7286,
 * α_u(k) = 1, α_u = 0.8591 (DKPro Statistics' test of the same example). */
static void
test_krippendorff_2004_unitizing (void)
{
  static const KutipSpan c_i[] = { { 75, 145 }, { 220, 250 } };
  static const KutipSpan c_j[] = { { 70, 150 }, { 205, 225 }, { 250, 270 } };
  static const KutipSpan k_ij[] = { { 30, 90 }, { 150, 200 } };
  g_autoptr(KutipUnitizingTally) c = kutip_unitizing_tally_new (2);
  g_autoptr(KutipUnitizingTally) k = kutip_unitizing_tally_new (2);
  KutipUnitizingTally *both[2];

  append2 (c, 300, c_i, 2, c_j, 3);
  append2 (k, 300, k_ij, 2, k_ij, 2);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_observed (c), 0.0144, 0.00005);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_expected (c), 0.0532, 0.00005);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_alpha (c), 0.7286, 0.00005);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_observed (k), 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_expected (k), 0.0490, 0.00005);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_alpha (k), 1, 1e-12);
  both[0] = c;
  both[1] = k;
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_alpha_of (both, 2), 0.8591, 0.0005);
}

/* Krippendorff (1995: p. 57), "On the reliability of unitizing contiguous
 * data": four pairs of observers on a continuum of 24, categories A–D.
 * D_o is published as A 0.03125, B 2.26736, C 0.02777, D 0.38715; α_u as
 * A 0.553, B −0.926, C 0.679, D 0.066 for a long continuum (the example
 * stretched by 50,000: D_e depends on the resolution, D_o does not). The
 * paper's D_e has small slips (Krippendorff 2004 corrects the formula), so
 * α is checked to 0.02, as DKPro Statistics does. B has adjacent units. */
static void
test_krippendorff_1995_unitizing (void)
{
  static const KutipSpan a1[] = { { 2, 10 }, { 14, 20 } }, a2[] = { { 4, 8 }, { 15, 17 } };
  static const KutipSpan b1[] = { { 0, 18 } };
  static const KutipSpan b2[] = { { 0, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 5, 6 }, { 6, 9 }, { 9, 10 } };
  static const KutipSpan c1[] = { { 2, 8 }, { 10, 12 }, { 14, 18 }, { 20, 22 } };
  static const KutipSpan c2[] = { { 0, 2 }, { 4, 8 }, { 10, 14 }, { 16, 18 }, { 20, 22 } };
  static const KutipSpan d1[] = { { 0, 2 }, { 2, 10 }, { 10, 14 }, { 14, 20 }, { 20, 24 } };
  static const KutipSpan d2[] = { { 0, 4 }, { 4, 8 }, { 8, 15 }, { 15, 17 }, { 17, 24 } };
  static const struct {
    const KutipSpan *first, *second;
    guint n_first, n_second;
    double observed, alpha;
  } categories[] = {
    { a1, a2, 2, 2, 0.03125, 0.553 },
    { b1, b2, 1, 7, 2.26736, -0.926 },
    { c1, c2, 4, 5, 0.02777, 0.679 },
    { d1, d2, 5, 5, 0.38715, 0.066 },
  };
  const guint stretch = 50000;

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autoptr(KutipUnitizingTally) plain = kutip_unitizing_tally_new (2);
      g_autoptr(KutipUnitizingTally) long_ = kutip_unitizing_tally_new (2);
      g_autofree KutipSpan *first = g_new (KutipSpan, categories[i].n_first);
      g_autofree KutipSpan *second = g_new (KutipSpan, categories[i].n_second);

      append2 (plain, 24, categories[i].first, categories[i].n_first,
               categories[i].second, categories[i].n_second);
      g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_observed (plain),
                                      categories[i].observed, 0.00001);

      for (guint k = 0; k < categories[i].n_first; k++)
        first[k] = (KutipSpan) { categories[i].first[k].start * stretch,
                                 categories[i].first[k].end * stretch };
      for (guint k = 0; k < categories[i].n_second; k++)
        second[k] = (KutipSpan) { categories[i].second[k].start * stretch,
                                  categories[i].second[k].end * stretch };
      append2 (long_, 24 * stretch, first, categories[i].n_first,
               second, categories[i].n_second);
      g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_observed (long_),
                                      categories[i].observed, 0.00001);
      g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_alpha (long_),
                                      categories[i].alpha, 0.02);
    }
}

/* By hand: a continuum of 10, observer A has the unit [2, 6), B [3, 6).
 * Segments A: gap [0,2) unit [2,6) gap [6,10); B: gap [0,3) unit [3,6)
 * gap [6,10). Only the two units differ where they meet: δ² = (2 − 3)² +
 * (6 − 6)² = 1 (A's unit is not inside B's gap [0,3)), counted once each
 * way: D_o = 2 · 1 / (2 · 1 · 10²) = 0.01.
 * D_e: N = 2 units, lengths 4 and 3; gaps 2, 4 (A) and 3, 4 (B).
 *   l = 4: (N−1)/3 (2·64 − 3·16 + 4) = 28, plus 4² · [(4−4+1) + (4−4+1)] = 32: 60;
 *   l = 3: (1/3)(54 − 27 + 3) = 10, plus 3² · [1 + 2 + 2] = 45: 55;
 *   D_e = (2/10) · 115 / (20 · 19 − (4·3 + 3·2)) = 23 / 362 = 0.0635359;
 * α_u = 1 − 0.01 / 0.0635359 = 0.8426087. */
static void
test_unitizing_by_hand (void)
{
  static const KutipSpan a[] = { { 2, 6 } }, b[] = { { 3, 6 } };
  g_autoptr(KutipUnitizingTally) tally = kutip_unitizing_tally_new (2);

  append2 (tally, 10, a, 1, b, 1);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_observed (tally), 0.01, 1e-12);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_expected (tally), 23.0 / 362, 1e-12);
  g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_alpha (tally), 1 - 0.01 * 362 / 23, 1e-12);
}

/* A direct computation of α_u from its definition, for comparison: every
 * segment against every segment, every unit against every gap. */
typedef struct
{
  guint    start, end;
  gboolean unit;
} Segment;

static GArray *
cut (const KutipSpan *units,
     guint            n,
     guint            length)
{
  GArray *segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  guint pos = 0;

  for (guint k = 0; k < n; k++)
    {
      Segment gap = { pos, units[k].start, FALSE }, unit = { units[k].start, units[k].end, TRUE };

      if (units[k].start > pos)
        g_array_append_val (segments, gap);
      g_array_append_val (segments, unit);
      pos = units[k].end;
    }
  if (pos < length)
    {
      Segment gap = { pos, length, FALSE };

      g_array_append_val (segments, gap);
    }
  return segments;
}

static double
direct_alpha (GArray **segments,
              guint    m,
              guint    length)
{
  double d_o = 0, sum = 0, sum_ll = 0, n_units = 0;
  double L = length;

  for (guint i = 0; i < m; i++)
    for (guint j = 0; j < m; j++)
      for (guint x = 0; i != j && x < segments[i]->len; x++)
        for (guint y = 0; y < segments[j]->len; y++)
          {
            Segment *g = &g_array_index (segments[i], Segment, x);
            Segment *h = &g_array_index (segments[j], Segment, y);

            if (g->end <= h->start || h->end <= g->start)
              continue;
            if (g->unit && h->unit)
              d_o += pow ((double) g->start - h->start, 2) + pow ((double) g->end - h->end, 2);
            else if (g->unit && h->start <= g->start && g->end <= h->end)
              d_o += pow (g->end - g->start, 2);
            else if (h->unit && g->start <= h->start && h->end <= g->end)
              d_o += pow (h->end - h->start, 2);
          }
  d_o /= m * (m - 1) * L * L;

  for (guint i = 0; i < m; i++)
    for (guint x = 0; x < segments[i]->len; x++)
      if (g_array_index (segments[i], Segment, x).unit)
        n_units++;
  for (guint i = 0; i < m; i++)
    for (guint x = 0; x < segments[i]->len; x++)
      {
        Segment *g = &g_array_index (segments[i], Segment, x);
        double l = g->end - g->start;

        if (!g->unit)
          continue;
        sum_ll += l * (l - 1);
        sum += (n_units - 1) / 3 * (2 * l * l * l - 3 * l * l + l);
        for (guint j = 0; j < m; j++)
          for (guint y = 0; y < segments[j]->len; y++)
            {
              Segment *h = &g_array_index (segments[j], Segment, y);
              double lh = h->end - h->start;

              if (!h->unit && lh >= l)
                sum += l * l * (lh - l + 1);
            }
      }
  return 1 - d_o / (2 / L * sum / (m * L * (m * L - 1) - sum_ll));
}

/* Random cuts by three raters over several documents: appending stretch by
 * stretch (gaps joining across), merging tallies, and one long continuum
 * computed directly all give the same α_u. */
static void
test_unitizing_stream (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint round = 0; round < 40; round++)
    {
      const guint m = 3, n_docs = 1 + round % 5;
      g_autoptr(KutipUnitizingTally) streamed = kutip_unitizing_tally_new (m);
      g_autoptr(KutipUnitizingTally) merged = kutip_unitizing_tally_new (m);
      g_autoptr(KutipUnitizingTally) one_doc = kutip_unitizing_tally_new (m);
      GArray *all[3];
      GArray *segments[3];
      guint offset = 0;

      for (guint r = 0; r < m; r++)
        all[r] = g_array_new (FALSE, FALSE, sizeof (KutipSpan));
      for (guint d = 0; d < n_docs; d++)
        {
          guint length = g_rand_int_range (rand, 1, 60);
          KutipSpan spans[3][20];
          const KutipSpan *units[3];
          guint n[3];

          for (guint r = 0; r < m; r++)
            {
              guint pos = 0;

              n[r] = 0;
              /* Some raters leave whole documents empty. */
              while (g_rand_int_range (rand, 0, 3) != 0 && n[r] < 20)
                {
                  guint start = pos + g_rand_int_range (rand, 0, 8);
                  guint end = start + g_rand_int_range (rand, 1, 12);

                  if (end > length)
                    break;
                  spans[r][n[r]++] = (KutipSpan) { start, end };
                  pos = end;
                }
              units[r] = spans[r];
              for (guint k = 0; k < n[r]; k++)
                {
                  KutipSpan shifted = { spans[r][k].start + offset, spans[r][k].end + offset };

                  g_array_append_val (all[r], shifted);
                }
            }
          kutip_unitizing_tally_append (streamed, length, units, n);
          kutip_unitizing_tally_reset (one_doc);
          kutip_unitizing_tally_append (one_doc, length, units, n);
          kutip_unitizing_tally_merge (merged, one_doc);
          offset += length;
        }

      for (guint r = 0; r < m; r++)
        segments[r] = cut ((KutipSpan *) all[r]->data, all[r]->len, offset);
      if (kutip_unitizing_tally_get_n_units (streamed) > 0)
        {
          double expected = direct_alpha (segments, m, offset);

          g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_alpha (streamed), expected, 1e-9);
          g_assert_cmpfloat_with_epsilon (kutip_unitizing_tally_alpha (merged), expected, 1e-9);
        }
      else
        g_assert_true (isnan (kutip_unitizing_tally_alpha (streamed)));
      for (guint r = 0; r < m; r++)
        {
          g_array_unref (segments[r]);
          g_array_unref (all[r]);
        }
    }
}

/* A rater's overlapping units of one category are not a cut of the
 * continuum: the first in reading order stays, as INCEpTION does. */
static void
test_unitizing_overlaps (void)
{
  KutipSpan spans[] = { { 0, 10 }, { 2, 5 }, { 9, 12 }, { 10, 11 }, { 20, 30 } };
  guint n = kutip_unitizing_drop_overlaps (spans, G_N_ELEMENTS (spans));

  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (spans[0].start, ==, 0);
  g_assert_cmpuint (spans[1].start, ==, 10);
  g_assert_cmpuint (spans[2].start, ==, 20);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/agreement-tally/krippendorff-2011-nominal", test_krippendorff_2011_nominal);
  g_test_add_func ("/kutip/agreement-tally/fleiss-1971", test_fleiss_1971);
  g_test_add_func ("/kutip/agreement-tally/cohen-1960", test_cohen_1960);
  g_test_add_func ("/kutip/agreement-tally/coding-by-hand", test_coding_by_hand);
  g_test_add_func ("/kutip/agreement-tally/coding-undefined", test_coding_undefined);
  g_test_add_func ("/kutip/agreement-tally/krippendorff-2004-unitizing", test_krippendorff_2004_unitizing);
  g_test_add_func ("/kutip/agreement-tally/krippendorff-1995-unitizing", test_krippendorff_1995_unitizing);
  g_test_add_func ("/kutip/agreement-tally/unitizing-by-hand", test_unitizing_by_hand);
  g_test_add_func ("/kutip/agreement-tally/unitizing-stream", test_unitizing_stream);
  g_test_add_func ("/kutip/agreement-tally/unitizing-overlaps", test_unitizing_overlaps);

  return g_test_run ();
}
