/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-coding.c: Cohen's κ, Fleiss' κ and Krippendorff's nominal
 * α from running sums.
 *
 * Every coefficient needs only, per category, how often raters chose it,
 * and per unit, how many pairs of raters agreed: for a unit u coded by m_u
 * raters of whom n_uc chose category c,
 *   agreeing ordered pairs  Σ_c n_uc (n_uc − 1) = Σ_c n_uc² − m_u.
 * Fleiss:       P_u = (Σ_c n_uc² − m_u) / (m_u (m_u − 1)),
 *               κ = (mean P_u − Σ_c p_c²) / (1 − Σ_c p_c²), p_c = n_c / Σ m_u;
 * Krippendorff: α = 1 − (n − 1) Σ_u (m_u² − Σ_c n_uc²) / (m_u − 1)
 *                       / (n² − Σ_c n_c²),   n = Σ_c n_c
 *               (the coincidence-matrix form of Krippendorff 2011, nominal δ);
 * Cohen:        κ = (p_o − p_e) / (1 − p_e), p_e = Σ_c p_1c p_2c.
 * So a tally is a few numbers and one row of counts per rater. */

#define G_LOG_DOMAIN "kutip-agreement"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kutip-agreement-tally.h"

struct _KutipCodingTally
{
  guint    n_raters;
  guint    n_categories;   /* allocated length of the rows below */
  guint64  n_units;        /* units coded by at least two raters */
  guint64  n_values;       /* Σ m_u over those units */
  double   sum_p;          /* Fleiss: Σ P_u */
  double   sum_disagree;   /* Krippendorff: Σ (m_u² − Σ n_uc²) / (m_u − 1) */
  guint64  n_agree;        /* two raters: units coded alike */
  guint64 *totals;         /* n_c */
  guint64 *marginals;      /* two raters: rater r's count of c at [r * n_categories + c] */
};

KutipCodingTally *
kutip_coding_tally_new (guint n_raters)
{
  KutipCodingTally *self;

  g_return_val_if_fail (n_raters >= 2, NULL);

  self = g_new0 (KutipCodingTally, 1);
  self->n_raters = n_raters;
  return self;
}

void
kutip_coding_tally_free (KutipCodingTally *self)
{
  if (self == NULL)
    return;
  g_free (self->totals);
  g_free (self->marginals);
  g_free (self);
}

guint
kutip_coding_tally_get_n_raters (KutipCodingTally *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_raters;
}

void
kutip_coding_tally_reset (KutipCodingTally *self)
{
  g_return_if_fail (self != NULL);

  self->n_units = 0;
  self->n_values = 0;
  self->sum_p = 0;
  self->sum_disagree = 0;
  self->n_agree = 0;
  if (self->totals != NULL)
    memset (self->totals, 0, self->n_categories * sizeof (guint64));
  if (self->marginals != NULL)
    memset (self->marginals, 0, 2 * self->n_categories * sizeof (guint64));
}

static void
ensure_categories (KutipCodingTally *self,
                   guint             n)
{
  guint old = self->n_categories;
  guint size;

  if (n <= old)
    return;
  size = MAX (n, MAX (4, 2 * old));
  self->totals = g_renew (guint64, self->totals, size);
  memset (self->totals + old, 0, (size - old) * sizeof (guint64));
  if (self->n_raters == 2)
    {
      guint64 *marginals = g_new0 (guint64, 2 * size);

      if (self->marginals != NULL)
        {
          memcpy (marginals, self->marginals, old * sizeof (guint64));
          memcpy (marginals + size, self->marginals + old, old * sizeof (guint64));
          g_free (self->marginals);
        }
      self->marginals = marginals;
    }
  self->n_categories = size;
}

void
kutip_coding_tally_add (KutipCodingTally *self,
                        const guint      *values,
                        guint64           weight)
{
  guint m = 0, max_value = 0;
  guint64 same = 0;   /* Σ_c n_uc²: ordered pairs of raters alike, self-pairs included */
  double w = (double) weight;

  g_return_if_fail (self != NULL);
  g_return_if_fail (values != NULL);

  if (weight == 0)
    return;

  for (guint i = 0; i < self->n_raters; i++)
    {
      if (values[i] == KUTIP_CODING_MISSING)
        continue;
      m++;
      max_value = MAX (max_value, values[i]);
      for (guint j = 0; j < self->n_raters; j++)
        same += values[j] == values[i];
    }
  if (m < 2)
    return;   /* a unit one rater coded says nothing about agreement */

  ensure_categories (self, max_value + 1);
  for (guint i = 0; i < self->n_raters; i++)
    if (values[i] != KUTIP_CODING_MISSING)
      self->totals[values[i]] += weight;

  self->n_units += weight;
  self->n_values += (guint64) m * weight;
  self->sum_p += w * (double) (same - m) / ((double) m * (m - 1));
  self->sum_disagree += w * (double) ((guint64) m * m - same) / (double) (m - 1);

  if (self->n_raters == 2)
    {
      if (values[0] == values[1])
        self->n_agree += weight;
      self->marginals[values[0]] += weight;
      self->marginals[self->n_categories + values[1]] += weight;
    }
}

void
kutip_coding_tally_merge (KutipCodingTally       *self,
                          const KutipCodingTally *other)
{
  g_return_if_fail (self != NULL && other != NULL);
  g_return_if_fail (self->n_raters == other->n_raters);

  if (other->n_units == 0)
    return;
  ensure_categories (self, other->n_categories);
  self->n_units += other->n_units;
  self->n_values += other->n_values;
  self->sum_p += other->sum_p;
  self->sum_disagree += other->sum_disagree;
  self->n_agree += other->n_agree;
  for (guint c = 0; c < other->n_categories; c++)
    {
      self->totals[c] += other->totals[c];
      if (self->n_raters == 2)
        {
          self->marginals[c] += other->marginals[c];
          self->marginals[self->n_categories + c] += other->marginals[other->n_categories + c];
        }
    }
}

guint64
kutip_coding_tally_get_n_units (KutipCodingTally *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_units;
}

double
kutip_coding_tally_observed_agreement (KutipCodingTally *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  if (self->n_units == 0)
    return NAN;
  if (self->n_raters == 2)
    return (double) self->n_agree / (double) self->n_units;
  return self->sum_p / (double) self->n_units;
}

double
kutip_coding_tally_cohen_kappa (KutipCodingTally *self)
{
  double n, p_o, p_e = 0;

  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (self->n_raters == 2, NAN);

  if (self->n_units == 0)
    return NAN;
  n = (double) self->n_units;
  p_o = (double) self->n_agree / n;
  for (guint c = 0; c < self->n_categories; c++)
    p_e += ((double) self->marginals[c] / n) *
           ((double) self->marginals[self->n_categories + c] / n);
  if (p_e >= 1.0)
    return NAN;   /* both raters always chose one and the same category */
  return (p_o - p_e) / (1.0 - p_e);
}

double
kutip_coding_tally_fleiss_kappa (KutipCodingTally *self)
{
  double p_mean, p_e = 0;

  g_return_val_if_fail (self != NULL, NAN);

  if (self->n_units == 0)
    return NAN;
  p_mean = self->sum_p / (double) self->n_units;
  for (guint c = 0; c < self->n_categories; c++)
    {
      double p = (double) self->totals[c] / (double) self->n_values;

      p_e += p * p;
    }
  if (p_e >= 1.0)
    return NAN;
  return (p_mean - p_e) / (1.0 - p_e);
}

double
kutip_coding_tally_alpha (KutipCodingTally *self)
{
  double n, expected;

  g_return_val_if_fail (self != NULL, NAN);

  n = (double) self->n_values;
  if (self->n_units == 0 || n < 2)
    return NAN;
  expected = n * n;
  for (guint c = 0; c < self->n_categories; c++)
    expected -= (double) self->totals[c] * (double) self->totals[c];
  if (expected <= 0)
    return NAN;   /* one category only: nothing to tell chance from */
  return 1.0 - (n - 1.0) * self->sum_disagree / expected;
}
