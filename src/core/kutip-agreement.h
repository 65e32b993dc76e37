/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement.h: inter-annotator agreement over versions of the same
 * documents, one document's versions at a time, in flat memory.
 *
 * For each label and over all labels, for each pair of annotators and for
 * all of them: span F1 (lenient: overlapping, one-to-one; strict: the same
 * bounds), Cohen's κ (pairs; for all annotators the mean over pairs),
 * Fleiss' κ and Krippendorff's α over tokens, Krippendorff's α_u over
 * characters; and who-said-what agreement (a matched claim with the same
 * speaker and the same date). docs/agreement.md defines every figure. */
#pragma once

#include <glib.h>

#include "kutip-document.h"

G_BEGIN_DECLS

typedef enum
{
  KUTIP_AGREEMENT_DEFAULT         = 0,
  /* Count pending suggestions too (by default only accepted annotations
   * and links are an annotator's work; rejected ones never are). */
  KUTIP_AGREEMENT_INCLUDE_PENDING = 1 << 0,
} KutipAgreementFlags;

/* Figures are NaN when undefined (nothing annotated, no variation). */
typedef struct
{
  guint64 n_documents;   /* documents every annotator compared has a version of */
  guint64 n_spans;       /* spans of the compared annotators (each pair's two, summed) */
  guint64 n_tokens;
  double  f1;            /* lenient span F1 */
  double  strict_f1;
  double  cohen_kappa;   /* tokens; a pair's κ, or the mean over pairs */
  double  fleiss_kappa;  /* tokens */
  double  alpha;         /* Krippendorff's α, nominal, tokens */
  double  alpha_u;       /* Krippendorff's unitizing α, characters */
} KutipAgreementFigures;

typedef struct
{
  guint64 n_claims;      /* claims of the compared annotators (summed over pairs) */
  guint64 n_matched;     /* claim pairs matched by overlap */
  double  f1;            /* matched claims with the same speaker and date, as F1 */
  double  speaker;       /* share of matched claims said by the same person */
  double  date;          /* share of matched claims with the same date */
} KutipWhoSaidWhat;

/* One document, for the list sorted by disagreement. */
typedef struct
{
  char   *name;
  guint   n_versions;       /* annotators who have a version */
  guint   n_items;          /* places any of them annotated */
  guint   n_disagreements;  /* of those, where they differ */
  double  disagreement;     /* n_disagreements / n_items (0 without items) */
  double  f1;
  double  strict_f1;
  double  kappa;            /* Cohen's for two versions, Fleiss' for more */
  double  alpha_u;
  double  who_said_what;
} KutipAgreementDocument;

typedef struct _KutipAgreement KutipAgreement;

/* @annotators: the names, in the order versions are given. @labels: the
 * labels to compare, or NULL for every label anyone used. */
KutipAgreement   *kutip_agreement_new             (const char * const     *annotators,
                                                   const char * const     *labels,
                                                   KutipAgreementFlags     flags);
void              kutip_agreement_free            (KutipAgreement         *self);

/* Adds one document: @versions has one entry per annotator, NULL where
 * that annotator has none. Fails, adding nothing, when two versions have
 * different texts. A document with fewer than two versions is listed but
 * counts in no figure. */
gboolean          kutip_agreement_add_document    (KutipAgreement         *self,
                                                   const char             *name,
                                                   KutipDocument * const  *versions,
                                                   GError                **error);

guint             kutip_agreement_get_n_annotators (KutipAgreement        *self);
const char       *kutip_agreement_get_annotator   (KutipAgreement         *self,
                                                   guint                   index);
/* The labels compared, in the order first met (or given). */
guint             kutip_agreement_get_n_labels    (KutipAgreement         *self);
const char       *kutip_agreement_get_label       (KutipAgreement         *self,
                                                   guint                   index);
guint64           kutip_agreement_get_n_documents (KutipAgreement         *self);

/* @label NULL: over all labels. @a, @b: annotator indices of a pair, or
 * both -1 for all annotators. Returns FALSE for an unknown label or
 * annotator. */
gboolean          kutip_agreement_get_figures     (KutipAgreement         *self,
                                                   const char             *label,
                                                   int                     a,
                                                   int                     b,
                                                   KutipAgreementFigures  *figures);
gboolean          kutip_agreement_get_who_said_what (KutipAgreement       *self,
                                                   int                     a,
                                                   int                     b,
                                                   KutipWhoSaidWhat       *who);

/* Every document added, most disagreement first (transfer none). */
const KutipAgreementDocument *kutip_agreement_get_documents (KutipAgreement *self,
                                                   guint                  *n_documents);

/* All the figures as JSON text, as documented in docs/cli.md (`kutip-cli
 * agree --json`), with the document list when @per_document. */
char             *kutip_agreement_to_json         (KutipAgreement         *self,
                                                   gboolean                per_document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipAgreement, kutip_agreement_free)

G_END_DECLS
