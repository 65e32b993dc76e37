/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-private.h: what the kutip-agreement*.c files share: the
 * labels compared, one version's spans by label, span matching and the
 * who-said-what comparisons. */
#pragma once

#include "kutip-agreement.h"
#include "kutip-agreement-diff.h"
#include "kutip-agreement-tally.h"

G_BEGIN_DECLS

/* The overall token category is the set of labels covering a token, as
 * bits: labels past this many take part in per-label figures only. */
#define AGREE_MAX_MASK_LABELS 64

typedef struct
{
  GHashTable *index;    /* name -> position + 1 */
  GPtrArray  *names;
  gboolean    fixed;    /* only the labels given; others are ignored */
} AgreeLabels;

void   _agree_labels_init   (AgreeLabels        *labels,
                             const char * const *given);
void   _agree_labels_clear  (AgreeLabels        *labels);
/* The label's position, adding it unless the set is fixed; -1 if ignored. */
int    _agree_labels_lookup (AgreeLabels        *labels,
                             const char         *name);

typedef struct
{
  guint            start;
  guint            end;
  KutipAnnotation *annotation;
} AgreeSpan;

/* One annotator's version of a document, as spans by label. */
typedef struct
{
  KutipDocument *document;
  gboolean       include_pending;
  GPtrArray     *by_label;   /* GArray of AgreeSpan per label, reading order */
  GPtrArray     *units;      /* GArray of KutipSpan per label, overlaps dropped (α_u) */
  GHashTable    *links;      /* claim -> AgreeLinks, made on first use */
} AgreeVersion;

void     _agree_version_init     (AgreeVersion        *version,
                                  KutipDocument       *document,
                                  AgreeLabels         *labels,
                                  gboolean             include_pending);
void     _agree_version_clear    (AgreeVersion        *version);
/* The spans of label @label (empty when the version has none). */
GArray  *_agree_version_spans    (AgreeVersion        *version,
                                  guint                label);
GArray  *_agree_version_units    (AgreeVersion        *version,
                                  guint                label);
/* Whether an annotation or relation is this version's work. */
gboolean _agree_counts_status    (KutipStatus          status,
                                  gboolean             include_pending);

/* The same text in every version: compares SHA-256. @names name the
 * versions in the message. */
gboolean _agree_check_texts      (const char          *document,
                                  KutipDocument * const *versions,
                                  const char * const  *names,
                                  guint                n_versions,
                                  GError             **error);

/* One-to-one matching of @a's spans to @b's that overlap them, as many as
 * can be, preferring the same bounds and then the larger overlap.
 * @match_of_a (length a->len) gets the index in @b or -1. Returns the
 * number of pairs; @n_strict gets how many of them have the same bounds
 * (which is also the most same-bound pairs any matching has). */
guint    _agree_match_spans      (GArray              *a,
                                  GArray              *b,
                                  int                 *match_of_a,
                                  guint               *n_strict);

/* The annotation @from links to by @type in @version, counting only its
 * own work (NULL if none). */
KutipAnnotation *_agree_linked   (AgreeVersion        *version,
                                  KutipAnnotation     *from,
                                  const char          *type);
/* Speakers @a (in @va) and @b (in @vb) are the same person: a mention of
 * one's entity (or the span itself, without one) overlaps a mention of the
 * other's. Two absent speakers agree. */
gboolean _agree_same_person      (AgreeVersion        *va,
                                  KutipAnnotation     *a,
                                  AgreeVersion        *vb,
                                  KutipAnnotation     *b);
/* Dates agree when both have the same "value" attribute, or neither has
 * one and the spans overlap. Two absent dates agree. */
gboolean _agree_same_date        (KutipAnnotation     *a,
                                  KutipAnnotation     *b);

/* Curation items of @n_versions versions (kutip-agreement-diff.c):
 * (transfer full) array of KutipAgreementItem, freed with the array. */
GPtrArray *_agree_diff_items     (AgreeVersion        *versions,
                                  guint                n_versions,
                                  AgreeLabels         *labels);

G_END_DECLS
