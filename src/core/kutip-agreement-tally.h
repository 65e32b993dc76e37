/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-tally.h: the sums behind agreement coefficients, kept so
 * that units (tokens, documents) can be added one at a time in flat memory.
 *
 * KutipCodingTally: nominal coding of units by raters (Cohen's κ, Fleiss' κ,
 * Krippendorff's α). KutipUnitizingTally: one category's units placed on a
 * continuum by raters (Krippendorff's α_u). See docs/agreement.md for the
 * formulas. Coefficients are NaN when they are undefined (no units, or no
 * variation to correct for chance). */
#pragma once

#include <glib.h>

#include "kutip-text.h"

G_BEGIN_DECLS

/* A rater who did not code a unit. */
#define KUTIP_CODING_MISSING G_MAXUINT

typedef struct _KutipCodingTally KutipCodingTally;

KutipCodingTally *kutip_coding_tally_new            (guint                   n_raters);
void              kutip_coding_tally_free           (KutipCodingTally       *self);
guint             kutip_coding_tally_get_n_raters   (KutipCodingTally       *self);
/* @values has one category per rater: a small number (categories are
 * indices, 0, 1, 2, …) or KUTIP_CODING_MISSING. @weight counts identical
 * units at once. */
void              kutip_coding_tally_add            (KutipCodingTally       *self,
                                                     const guint            *values,
                                                     guint64                 weight);
/* Adds the sums of @other (same number of raters) to @self. */
void              kutip_coding_tally_merge          (KutipCodingTally       *self,
                                                     const KutipCodingTally *other);
void              kutip_coding_tally_reset          (KutipCodingTally       *self);
/* Units coded by at least two raters (those every coefficient counts). */
guint64           kutip_coding_tally_get_n_units    (KutipCodingTally       *self);
/* Share of units both raters coded alike (two raters). */
double            kutip_coding_tally_observed_agreement (KutipCodingTally   *self);
/* Cohen's κ; the tally must have two raters. */
double            kutip_coding_tally_cohen_kappa    (KutipCodingTally       *self);
/* Fleiss' κ; a unit with fewer raters than the others counts its own
 * number of raters. */
double            kutip_coding_tally_fleiss_kappa   (KutipCodingTally       *self);
/* Krippendorff's α, nominal, with missing values. */
double            kutip_coding_tally_alpha          (KutipCodingTally       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipCodingTally, kutip_coding_tally_free)

typedef struct _KutipUnitizingTally KutipUnitizingTally;

KutipUnitizingTally *kutip_unitizing_tally_new      (guint                      n_raters);
void              kutip_unitizing_tally_free        (KutipUnitizingTally       *self);
void              kutip_unitizing_tally_reset       (KutipUnitizingTally       *self);
/* Appends a stretch of continuum @length long (a document) to the end of
 * the continuum so far. @units[r] holds rater r's units in it, @n_units[r]
 * of them, offsets from the start of the stretch, sorted and not
 * overlapping one another (kutip_unitizing_drop_overlaps() makes them so).
 * A gap at the end of one stretch and one at the start of the next are one
 * gap, as if the documents were one text. */
void              kutip_unitizing_tally_append      (KutipUnitizingTally       *self,
                                                     guint                      length,
                                                     const KutipSpan * const   *units,
                                                     const guint               *n_units);
/* Appends @other's continuum after @self's. */
void              kutip_unitizing_tally_merge       (KutipUnitizingTally       *self,
                                                     const KutipUnitizingTally *other);
guint64           kutip_unitizing_tally_get_length  (KutipUnitizingTally       *self);
guint64           kutip_unitizing_tally_get_n_units (KutipUnitizingTally       *self);
double            kutip_unitizing_tally_observed    (KutipUnitizingTally       *self);
double            kutip_unitizing_tally_expected    (KutipUnitizingTally       *self);
/* α_u of this category: 1 − observed / expected. */
double            kutip_unitizing_tally_alpha       (KutipUnitizingTally       *self);
/* α_u over several categories of one continuum: 1 − Σ observed / Σ
 * expected (Krippendorff 1995; DKPro Statistics; INCEpTION). */
double            kutip_unitizing_alpha_of          (KutipUnitizingTally * const *tallies,
                                                     guint                      n_tallies);

/* Keeps, in order, each span that starts at or after the end of the last
 * span kept (spans sorted by start, longer first); returns how many are
 * kept at the front of @spans. */
guint             kutip_unitizing_drop_overlaps     (KutipSpan                 *spans,
                                                     guint                      n_spans);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipUnitizingTally, kutip_unitizing_tally_free)

G_END_DECLS
