/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-diff.h: where versions of one document agree and where
 * they differ, place by place, for curation.
 *
 * Spans of one label that overlap across versions make one item; an item
 * of spans only some versions have, overlapped by spans of another label
 * that only the others have, is one item too (another label). Each item
 * keeps every version's annotations, so a curator sees both sides and
 * takes one. Items are in reading order; an item whose kind is 0 is
 * agreed on and can be merged as it is. */
#pragma once

#include <glib-object.h>

#include "kutip-agreement.h"

G_BEGIN_DECLS

/**
 * KutipDisagreement:
 * @KUTIP_DISAGREE_MISSING: some versions have no span here
 * @KUTIP_DISAGREE_BOUNDARIES: spans of one label with other bounds (or one
 *   version's span split in several)
 * @KUTIP_DISAGREE_LABEL: the same text under another label
 * @KUTIP_DISAGREE_SPEAKER: a claim said by another person (or by nobody)
 * @KUTIP_DISAGREE_DATE: a date with another value, or a claim dated by
 *   another date (or by none)
 */
typedef enum
{
  KUTIP_DISAGREE_MISSING    = 1 << 0,
  KUTIP_DISAGREE_BOUNDARIES = 1 << 1,
  KUTIP_DISAGREE_LABEL      = 1 << 2,
  KUTIP_DISAGREE_SPEAKER    = 1 << 3,
  KUTIP_DISAGREE_DATE       = 1 << 4,
} KutipDisagreement;

typedef struct _KutipAgreementItem KutipAgreementItem;

#define KUTIP_TYPE_AGREEMENT_DIFF (kutip_agreement_diff_get_type ())

G_DECLARE_FINAL_TYPE (KutipAgreementDiff, kutip_agreement_diff, KUTIP, AGREEMENT_DIFF, GObject)

/* @versions: two or more versions of one document (the same text, else an
 * error). @labels: the labels to compare, NULL for all. The diff keeps a
 * reference on each version. */
KutipAgreementDiff *kutip_agreement_diff_new        (KutipDocument * const    *versions,
                                                     guint                     n_versions,
                                                     const char * const       *labels,
                                                     KutipAgreementFlags       flags,
                                                     GError                  **error);
guint               kutip_agreement_diff_get_n_versions (KutipAgreementDiff   *self);
KutipDocument      *kutip_agreement_diff_get_version (KutipAgreementDiff      *self,
                                                     guint                     version);
guint               kutip_agreement_diff_get_n_items (KutipAgreementDiff      *self);
const KutipAgreementItem *kutip_agreement_diff_get_item (KutipAgreementDiff   *self,
                                                     guint                     position);
guint               kutip_agreement_diff_get_n_disagreements (KutipAgreementDiff *self);
/* The position of the next disagreement after @position (or before it,
 * when @forward is FALSE), G_MAXUINT when there is none. Passing G_MAXUINT
 * starts from the beginning (or the end). */
guint               kutip_agreement_diff_step        (KutipAgreementDiff      *self,
                                                     guint                     position,
                                                     gboolean                  forward);

KutipDisagreement   kutip_agreement_item_get_kind    (const KutipAgreementItem *item);
/* The text the item covers: from the first start to the last end of its
 * spans in any version. */
guint               kutip_agreement_item_get_start   (const KutipAgreementItem *item);
guint               kutip_agreement_item_get_end     (const KutipAgreementItem *item);
/* The item's spans in @version, in reading order (transfer none); most
 * often one, none when the version lacks it. */
KutipAnnotation * const *kutip_agreement_item_get_annotations (const KutipAgreementItem *item,
                                                     guint                     version,
                                                     guint                    *n_annotations);
/* The first of them, or NULL. */
KutipAnnotation    *kutip_agreement_item_get_annotation (const KutipAgreementItem *item,
                                                     guint                     version);
/* For a claim: the speaker and the date that version's claim is linked to
 * (transfer none, NULL if none). */
KutipAnnotation    *kutip_agreement_diff_get_speaker (KutipAgreementDiff      *self,
                                                     const KutipAgreementItem *item,
                                                     guint                     version);
KutipAnnotation    *kutip_agreement_diff_get_date    (KutipAgreementDiff      *self,
                                                     const KutipAgreementItem *item,
                                                     guint                     version);

/* Every place where the versions differ, as JSON text: an array of
 * {"start", "end", "kind": [...], "versions": {NAME: [{"label", "start",
 * "end", "text", "value"?, "speaker"?, "date"?}, …]}} (docs/cli.md).
 * @names: one per version. */
char               *kutip_agreement_diff_to_json     (KutipAgreementDiff      *self,
                                                     const char * const       *names);

/* "missing", "boundaries", "label", "speaker", "date" joined by ",", or
 * "agree" for 0 (transfer full). */
char               *kutip_disagreement_to_string     (KutipDisagreement        kind);

G_END_DECLS
