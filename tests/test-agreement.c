/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-agreement.c: agreement between versions of documents — span F1,
 * κ and α over tokens, α_u over characters, who said what — on fixtures
 * whose figures are worked out by hand below, streaming over documents,
 * and the curation diff. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kutip.h"
#include "kutip-agreement.h"
#include "kutip-agreement-diff.h"

/* Tokens: Budi 0–4, berkata 5–12, hujan 13–18, turun 19–24, "." 24–25,
 * Ani 26–29, menjawab 30–38, cuaca 39–44, cerah 45–50, "." 50–51. */
#define TEXT "Budi berkata hujan turun. Ani menjawab cuaca cerah."

static KutipDocument *
new_version (const char *text,
             const char *annotator)
{
  g_autoptr(GError) error = NULL;
  KutipDocument *document = kutip_document_new_from_string (text, -1, &error);

  g_assert_no_error (error);
  kutip_document_set_annotator (document, annotator);
  return document;
}

static KutipAnnotation *
tag (KutipDocument *document,
     const char    *label,
     guint          start,
     guint          end)
{
  g_autoptr(GError) error = NULL;
  KutipAnnotation *annotation = kutip_document_tag (document, label, start, end, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kutip_annotation_get_start (annotation), ==, start);
  g_assert_cmpuint (kutip_annotation_get_end (annotation), ==, end);
  return annotation;
}

static void
said_by (KutipDocument   *document,
         KutipAnnotation *claim,
         KutipAnnotation *speaker)
{
  g_assert_nonnull (kutip_document_link (document, KUTIP_RELATION_SAID_BY, claim, speaker));
}

/* Version A (dina): speakers Budi [0,4) and Ani [26,29); claims
 * "hujan turun." [13,25) said by Budi and "cuaca cerah." [39,51) said by Ani.
 * Version B (eko): speaker Budi only; claims "hujan turun" [13,24) (no
 * period) said by Budi and "cuaca cerah." [39,51) said by Budi too. */
static void
make_fixture (KutipDocument **a,
              KutipDocument **b)
{
  KutipAnnotation *budi, *ani;

  *a = new_version (TEXT, "dina");
  budi = tag (*a, "speaker", 0, 4);
  ani = tag (*a, "speaker", 26, 29);
  said_by (*a, tag (*a, "claim", 13, 25), budi);
  said_by (*a, tag (*a, "claim", 39, 51), ani);

  *b = new_version (TEXT, "eko");
  budi = tag (*b, "speaker", 0, 4);
  said_by (*b, tag (*b, "claim", 13, 24), budi);
  said_by (*b, tag (*b, "claim", 39, 51), budi);
}

static const char *two[] = { "dina", "eko", NULL };

static void
assert_close (double value,
              double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (value));
  else
    g_assert_cmpfloat_with_epsilon (value, expected, 1e-6);
}

/* The fixture by hand.
 *
 * Spans. speaker: A {[0,4), [26,29)}, B {[0,4)}: 1 pair of 3 spans, same
 *   bounds: F1 = strict F1 = 2·1/3. claim: A {[13,25), [39,51)}, B {[13,24),
 *   [39,51)}: 2 overlapping pairs, 1 with the same bounds: F1 = 1, strict
 *   ½. Overall 3 and 2 pairs of 7 spans: 6/7 and 4/7.
 * Who said what: 2 claims matched; the first said by Budi in both, the
 *   second by Ani in A, Budi in B; no dates (agreeing): F1 = 2·1/4 = ½,
 *   speaker ½, date 1.
 * Tokens (10). speaker: A 1000010000, B 1000000000: p_o = 0.9, p_e = 0.2·0.1
 *   + 0.8·0.9 = 0.74, κ = 0.16/0.26 = 0.615385; α: n = 20, n_1 = 3, one
 *   disagreeing unit (2), E = 400 − 9 − 289 = 102, α = 1 − 19·2/102 =
 *   0.627451. claim: A 0011100111, B 0011000111 ("." at 24 is outside
 *   [13,24)): p_o = 0.9, p_e = 0.6·0.5 + 0.4·0.5 = ½, κ = 0.8; n_1 = 11,
 *   α = 1 − 38/(400 − 121 − 81) = 0.808081. Overall, categories none,
 *   speaker, claim: A S-CCCS-CCC, B S-CC---CCC: p_o = 0.8; p_e = 0.2·0.1 +
 *   0.6·0.5 + 0.2·0.4 = 0.4; κ = ⅔; α = 1 − 19·4/(400 − 9 − 121 − 36) =
 *   0.675214.
 * Characters (L = 51). speaker: A's unit [26,29) lies in B's gap [4,51):
 *   δ² = 9, D_o = 2·9/(2·51²) = 0.00346021; D_e: units 4, 3 (A), 4 (B), gaps
 *   22, 22 (A), 47 (B): l = 4: (2/3)·84 + 16·(19 + 19 + 44) = 1368 twice;
 *   l = 3: (2/3)·30 + 9·(20 + 20 + 45) = 785; D_e = (2/51)·3521 / (102·101 −
 *   30) = 0.0134422; α_u = 0.742586. claim: only [13,25) against [13,24)
 *   differs, δ² = 1, D_o = 1/2601; units 12, 12, 11, 12, gaps 13, 14, 13,
 *   15: l = 12: 3036 + 144·11 = 4620 three times, l = 11: 2310 + 121·15 =
 *   4125; D_e = (2/51)·17985 / (10302 − 506) = 0.0719982; α_u = 0.994660.
 *   Overall α_u = 1 − (0.00346021 + 0.00038447)/(0.0134422 + 0.0719982) =
 *   0.955002. */
static void
test_by_hand (void)
{
  g_autoptr(KutipDocument) a = NULL;
  g_autoptr(KutipDocument) b = NULL;
  g_autoptr(KutipAgreement) agreement = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_autoptr(GError) error = NULL;
  KutipAgreementFigures f, pair;
  KutipWhoSaidWhat who;
  KutipDocument *versions[2];

  make_fixture (&a, &b);
  versions[0] = a;
  versions[1] = b;
  g_assert_true (kutip_agreement_add_document (agreement, "hujan", versions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_agreement_get_n_documents (agreement), ==, 1);
  g_assert_cmpuint (kutip_agreement_get_n_labels (agreement), ==, 2);

  g_assert_true (kutip_agreement_get_figures (agreement, "speaker", -1, -1, &f));
  g_assert_cmpuint (f.n_spans, ==, 3);
  g_assert_cmpuint (f.n_tokens, ==, 10);
  assert_close (f.f1, 2.0 / 3);
  assert_close (f.strict_f1, 2.0 / 3);
  assert_close (f.cohen_kappa, 0.16 / 0.26);
  assert_close (f.alpha, 1 - 38.0 / 102);
  assert_close (f.alpha_u, 0.7425864978);

  g_assert_true (kutip_agreement_get_figures (agreement, "claim", -1, -1, &f));
  assert_close (f.f1, 1);
  assert_close (f.strict_f1, 0.5);
  assert_close (f.cohen_kappa, 0.8);
  assert_close (f.alpha, 1 - 38.0 / 198);
  assert_close (f.alpha_u, 0.9946600380);

  g_assert_true (kutip_agreement_get_figures (agreement, NULL, -1, -1, &f));
  assert_close (f.f1, 6.0 / 7);
  assert_close (f.strict_f1, 4.0 / 7);
  assert_close (f.cohen_kappa, 2.0 / 3);
  assert_close (f.alpha, 1 - 76.0 / 234);
  assert_close (f.alpha_u, 0.9550016666);

  /* With two annotators, the pair is all of them. */
  g_assert_true (kutip_agreement_get_figures (agreement, NULL, 1, 0, &pair));
  g_assert_cmpmem (&pair, sizeof pair, &f, sizeof f);
  g_assert_false (kutip_agreement_get_figures (agreement, "date", -1, -1, &f));
  g_assert_false (kutip_agreement_get_figures (agreement, NULL, 0, 2, &f));

  g_assert_true (kutip_agreement_get_who_said_what (agreement, -1, -1, &who));
  g_assert_cmpuint (who.n_claims, ==, 4);
  g_assert_cmpuint (who.n_matched, ==, 2);
  assert_close (who.f1, 0.5);
  assert_close (who.speaker, 0.5);
  assert_close (who.date, 1);
}

/* The same person need not be the same span: a speaker linked to a
 * later mention of an entity matches the first mention in the other
 * version. A rejected link is not a link; a date differs by its value. */
static void
test_who_said_what (void)
{
  const char *text = "Budi berkata, Senin (20/5), hujan turun. Budi menambahkan bahwa angin kencang.";
  g_autoptr(KutipDocument) a = new_version (text, "dina");
  g_autoptr(KutipDocument) b = new_version (text, "eko");
  g_autoptr(KutipAgreement) agreement = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Budi");
  g_autoptr(GError) error = NULL;
  KutipAnnotation *budi_a, *budi2_b, *budi_b, *claim, *date_a, *date_b;
  g_autoptr(GPtrArray) links = NULL;
  KutipDocument *versions[2] = { a, b };
  KutipWhoSaidWhat who;

  /* A: both claims said by the first "Budi", dated by "Senin (20/5)". */
  budi_a = tag (a, "speaker", 0, 4);
  date_a = tag (a, "date", 14, 26);
  kutip_document_set_annotation_attribute (a, date_a, "value", "2024-05-20");
  claim = tag (a, "claim", 28, 40);
  said_by (a, claim, budi_a);
  g_assert_nonnull (kutip_document_link (a, KUTIP_RELATION_DATED, claim, date_a));
  said_by (a, tag (a, "claim", 64, 78), budi_a);

  /* B: the second claim said by the second "Budi", one entity with the
   * first; the first claim's date has another value. */
  budi_b = tag (b, "speaker", 0, 4);
  budi2_b = tag (b, "speaker", 41, 45);
  g_assert_true (kutip_document_add_entity (b, entity, &error));
  g_assert_no_error (error);
  kutip_document_entity_add_mention (b, entity, budi_b);
  kutip_document_entity_add_mention (b, entity, budi2_b);
  date_b = tag (b, "date", 14, 26);
  kutip_document_set_annotation_attribute (b, date_b, "value", "2024-05-27");
  claim = tag (b, "claim", 28, 40);
  said_by (b, claim, budi_b);
  g_assert_nonnull (kutip_document_link (b, KUTIP_RELATION_DATED, claim, date_b));
  said_by (b, tag (b, "claim", 64, 78), budi2_b);

  g_assert_true (kutip_agreement_add_document (agreement, "budi", versions, &error));
  g_assert_no_error (error);
  g_assert_true (kutip_agreement_get_who_said_what (agreement, 0, 1, &who));
  g_assert_cmpuint (who.n_matched, ==, 2);
  assert_close (who.speaker, 1);
  assert_close (who.date, 0.5);
  assert_close (who.f1, 0.5);

  /* Rejecting B's link of the second claim leaves it said by nobody. */
  links = kutip_document_relations_of (b, budi2_b);
  g_assert_cmpuint (links->len, ==, 1);
  kutip_document_set_relation_status (b, g_ptr_array_index (links, 0), KUTIP_STATUS_REJECTED);
  g_clear_pointer (&agreement, kutip_agreement_free);
  agreement = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_assert_true (kutip_agreement_add_document (agreement, "budi", versions, &error));
  g_assert_true (kutip_agreement_get_who_said_what (agreement, 0, 1, &who));
  assert_close (who.speaker, 0.5);
  assert_close (who.f1, 0);
}

/* Versions of different texts are refused, naming both annotators. */
static void
test_text_differs (void)
{
  g_autoptr(KutipDocument) a = new_version (TEXT, "dina");
  g_autoptr(KutipDocument) b = new_version (TEXT " Lagi.", "eko");
  g_autoptr(KutipAgreement) agreement = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_autoptr(KutipAgreementDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  KutipDocument *versions[2] = { a, b };

  g_assert_false (kutip_agreement_add_document (agreement, "hujan", versions, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH);
  g_assert_nonnull (strstr (error->message, "hujan"));
  g_assert_nonnull (strstr (error->message, "dina"));
  g_assert_nonnull (strstr (error->message, "eko"));
  g_assert_nonnull (strstr (error->message, "different texts"));
  g_assert_cmpuint (kutip_agreement_get_n_documents (agreement), ==, 0);
  g_clear_error (&error);

  diff = kutip_agreement_diff_new (versions, 2, NULL, KUTIP_AGREEMENT_DEFAULT, &error);
  g_assert_null (diff);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH);
}

/* Streaming: the same document twice gives the same κ and F1 as once (the
 * proportions do not change); a label first met in the second document
 * gives the same figures as when it is named up front. Only accepted work
 * counts unless pending suggestions are asked for. */
static void
test_streaming (void)
{
  g_autoptr(KutipDocument) a = NULL;
  g_autoptr(KutipDocument) b = NULL;
  g_autoptr(KutipDocument) c = new_version (TEXT, "dina");
  g_autoptr(KutipDocument) d = new_version (TEXT, "eko");
  g_autoptr(KutipAgreement) once = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_autoptr(KutipAgreement) twice = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_autoptr(KutipAgreement) late = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  const char *named_labels[] = { "speaker", "claim", "date", NULL };
  g_autoptr(KutipAgreement) named = kutip_agreement_new (two, named_labels, KUTIP_AGREEMENT_DEFAULT);
  g_autoptr(KutipAgreement) pending = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_INCLUDE_PENDING);
  KutipAgreementFigures f1, f2;
  KutipAnnotation *suggested;
  KutipDocument *versions[2], *dated[2] = { c, d };

  make_fixture (&a, &b);
  versions[0] = a;
  versions[1] = b;
  g_assert_true (kutip_agreement_add_document (once, "x", versions, NULL));
  g_assert_true (kutip_agreement_add_document (twice, "x", versions, NULL));
  g_assert_true (kutip_agreement_add_document (twice, "y", versions, NULL));
  g_assert_cmpuint (kutip_agreement_get_n_documents (twice), ==, 2);
  kutip_agreement_get_figures (once, NULL, -1, -1, &f1);
  kutip_agreement_get_figures (twice, NULL, -1, -1, &f2);
  g_assert_cmpuint (f2.n_tokens, ==, 2 * f1.n_tokens);
  assert_close (f2.f1, f1.f1);
  assert_close (f2.cohen_kappa, f1.cohen_kappa);
  g_assert_true (f2.alpha_u > 0.9 && f2.alpha_u < 1);

  /* Dates in the second document only: "cuaca" [39,44) for both, and
   * "cerah" [45,50) for dina alone. */
  tag (c, "date", 39, 44);
  tag (c, "date", 45, 50);
  tag (d, "date", 39, 44);
  for (guint i = 0; i < 2; i++)
    {
      KutipAgreement *ag = i == 0 ? late : named;

      g_assert_true (kutip_agreement_add_document (ag, "x", versions, NULL));
      g_assert_true (kutip_agreement_add_document (ag, "z", dated, NULL));
    }
  g_assert_cmpstr (kutip_agreement_get_label (late, 2), ==, "date");
  kutip_agreement_get_figures (late, "date", -1, -1, &f1);
  kutip_agreement_get_figures (named, "date", -1, -1, &f2);
  g_assert_cmpuint (f1.n_tokens, ==, 20);
  g_assert_cmpmem (&f1, sizeof f1, &f2, sizeof f2);
  /* Tokens: 20, of which 2 vs 1 dated: p_o = 19/20, p_e = 0.1·0.05 +
   * 0.9·0.95 = 0.86, κ = 0.09/0.14. */
  assert_close (f1.cohen_kappa, 0.09 / 0.14);
  kutip_agreement_get_figures (late, NULL, -1, -1, &f1);
  kutip_agreement_get_figures (named, NULL, -1, -1, &f2);
  g_assert_cmpmem (&f1, sizeof f1, &f2, sizeof f2);

  /* A pending suggestion is no one's work yet. */
  suggested = kutip_annotation_new ("speaker", 26, 29);
  kutip_annotation_set_status (suggested, KUTIP_STATUS_PENDING);
  g_assert_true (kutip_document_add_annotation (b, suggested, NULL));
  g_object_unref (suggested);
  g_clear_pointer (&once, kutip_agreement_free);
  once = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_assert_true (kutip_agreement_add_document (once, "x", versions, NULL));
  g_assert_true (kutip_agreement_add_document (pending, "x", versions, NULL));
  kutip_agreement_get_figures (once, "speaker", -1, -1, &f1);
  kutip_agreement_get_figures (pending, "speaker", -1, -1, &f2);
  assert_close (f1.f1, 2.0 / 3);
  assert_close (f2.f1, 1);
}

/* Three annotators: pairs, and all (Fleiss' κ; Cohen's κ as the mean over
 * pairs; F1 over the pairs' spans together). A document one annotator lacks
 * counts for the pair of the two others only, not for all. */
static void
test_three (void)
{
  const char *three[] = { "dina", "eko", "fitri", NULL };
  g_autoptr(KutipDocument) a = NULL;
  g_autoptr(KutipDocument) b = NULL;
  g_autoptr(KutipDocument) c = new_version (TEXT, "fitri");
  g_autoptr(KutipAgreement) agreement = kutip_agreement_new (three, NULL, KUTIP_AGREEMENT_DEFAULT);
  KutipAgreementFigures ab, ac, bc, all;
  const KutipAgreementDocument *documents;
  guint n_documents;
  KutipDocument *versions[3], *partial[3];

  make_fixture (&a, &b);
  /* Fitri: A's speakers and claims exactly. */
  tag (c, "speaker", 0, 4);
  tag (c, "speaker", 26, 29);
  tag (c, "claim", 13, 25);
  tag (c, "claim", 39, 51);
  versions[0] = a, versions[1] = b, versions[2] = c;
  partial[0] = NULL, partial[1] = b, partial[2] = c;
  g_assert_true (kutip_agreement_add_document (agreement, "all", versions, NULL));
  g_assert_true (kutip_agreement_add_document (agreement, "two", partial, NULL));
  g_assert_cmpuint (kutip_agreement_get_n_documents (agreement), ==, 1);

  kutip_agreement_get_figures (agreement, NULL, 0, 1, &ab);
  kutip_agreement_get_figures (agreement, NULL, 0, 2, &ac);
  kutip_agreement_get_figures (agreement, NULL, 1, 2, &bc);
  kutip_agreement_get_figures (agreement, NULL, -1, -1, &all);
  g_assert_cmpuint (ab.n_documents, ==, 1);
  g_assert_cmpuint (ac.n_documents, ==, 1);
  g_assert_cmpuint (bc.n_documents, ==, 2);
  assert_close (ab.f1, 6.0 / 7);
  assert_close (ac.f1, 1);
  assert_close (ac.cohen_kappa, 1);
  assert_close (bc.cohen_kappa, 2.0 / 3);
  assert_close (all.cohen_kappa, (ab.cohen_kappa + ac.cohen_kappa + bc.cohen_kappa) / 3);
  /* All three have only the first document: spans ab 3 of 7, ac 4 of 8,
   * bc 3 of 7 there (the pair bc alone also has the second). */
  assert_close (all.f1, 2.0 * (3 + 4 + 3) / (7 + 8 + 7));
  /* Overall tokens, all three: 8 tokens alike (P = 1), two where one of
   * three differs (P = ⅓): P̄ = (8 + ⅔)/10 = 0.866667; categories S 5,
   * C 17, none 8 of 30: P_e = (25 + 289 + 64)/900 = 0.42; κ = (0.866667 −
   * 0.42)/0.58 = 0.770115. */
  assert_close (all.fleiss_kappa, (26.0 / 30 - 0.42) / 0.58);
  g_assert_cmpuint (all.n_documents, ==, 1);

  documents = kutip_agreement_get_documents (agreement, &n_documents);
  g_assert_cmpuint (n_documents, ==, 2);
  g_assert_cmpuint (documents[0].n_versions + documents[1].n_versions, ==, 5);
}

/* Past 64 labels the token figures are still each label's own: "x65",
 * tokens A 1000000000, B 1000010000, κ = 0.16/0.26 as for the speakers of
 * the by-hand test. */
static void
test_many_labels (void)
{
  g_autoptr(KutipDocument) a = new_version (TEXT, "dina");
  g_autoptr(KutipDocument) b = new_version (TEXT, "eko");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KutipAgreement) agreement = NULL;
  KutipDocument *versions[2] = { a, b };
  KutipAgreementFigures f;

  for (guint i = 0; i < 70; i++)
    {
      char *name = g_strdup_printf ("x%u", i);

      g_assert_true (kutip_schema_add_label (kutip_document_get_schema (a), name, NULL, NULL, 0,
                                             NULL, NULL));
      g_assert_true (kutip_schema_add_label (kutip_document_get_schema (b), name, NULL, NULL, 0,
                                             NULL, NULL));
      g_ptr_array_add (names, name);
    }
  g_ptr_array_add (names, NULL);
  tag (a, "x65", 0, 4);
  tag (b, "x65", 0, 4);
  tag (b, "x65", 26, 29);
  agreement = kutip_agreement_new (two, (const char * const *) names->pdata, KUTIP_AGREEMENT_DEFAULT);
  g_assert_true (kutip_agreement_add_document (agreement, "x", versions, NULL));
  g_assert_true (kutip_agreement_get_figures (agreement, "x65", -1, -1, &f));
  assert_close (f.f1, 2.0 / 3);
  assert_close (f.cohen_kappa, 0.16 / 0.26);
  g_assert_true (kutip_agreement_get_figures (agreement, "x3", -1, -1, &f));
  g_assert_true (isnan (f.cohen_kappa));
}

/* The document list: most disagreement first; a document only one
 * annotator has is listed, measured by nothing. */
static void
test_documents (void)
{
  g_autoptr(KutipDocument) a = NULL;
  g_autoptr(KutipDocument) b = NULL;
  g_autoptr(KutipDocument) same = new_version (TEXT, "eko");
  g_autoptr(KutipAgreement) agreement = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  const KutipAgreementDocument *documents;
  KutipAnnotation *budi, *ani;
  KutipDocument *versions[2];
  guint n;

  make_fixture (&a, &b);
  versions[0] = a;
  versions[1] = NULL;
  g_assert_true (kutip_agreement_add_document (agreement, "alone", versions, NULL));
  versions[1] = same;
  budi = tag (same, "speaker", 0, 4);
  ani = tag (same, "speaker", 26, 29);
  said_by (same, tag (same, "claim", 13, 25), budi);
  said_by (same, tag (same, "claim", 39, 51), ani);
  g_assert_true (kutip_agreement_add_document (agreement, "agreed", versions, NULL));
  versions[1] = b;
  g_assert_true (kutip_agreement_add_document (agreement, "hujan", versions, NULL));

  documents = kutip_agreement_get_documents (agreement, &n);
  g_assert_cmpuint (n, ==, 3);
  /* hujan: 4 places (Budi agreed; claim 1's bounds, Ani, claim 2's speaker). */
  g_assert_cmpstr (documents[0].name, ==, "hujan");
  g_assert_cmpuint (documents[0].n_items, ==, 4);
  g_assert_cmpuint (documents[0].n_disagreements, ==, 3);
  assert_close (documents[0].disagreement, 0.75);
  assert_close (documents[0].f1, 6.0 / 7);
  assert_close (documents[0].kappa, 2.0 / 3);
  assert_close (documents[0].who_said_what, 0.5);
  g_assert_cmpstr (documents[1].name, ==, "agreed");
  g_assert_cmpuint (documents[1].n_disagreements, ==, 0);
  assert_close (documents[1].f1, 1);
  g_assert_cmpstr (documents[2].name, ==, "alone");
  g_assert_cmpuint (documents[2].n_versions, ==, 1);
  g_assert_true (isnan (documents[2].f1));
  g_assert_cmpuint (kutip_agreement_get_n_documents (agreement), ==, 2);
}

/* --json: figures per label, overall and per pair; null where undefined. */
static void
test_json (void)
{
  g_autoptr(KutipDocument) a = NULL;
  g_autoptr(KutipDocument) b = NULL;
  g_autoptr(KutipAgreement) agreement = kutip_agreement_new (two, NULL, KUTIP_AGREEMENT_DEFAULT);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  KutipDocument *versions[2];
  JsonObject *root, *speaker, *who, *pair;

  make_fixture (&a, &b);
  versions[0] = a;
  versions[1] = b;
  g_assert_true (kutip_agreement_add_document (agreement, "hujan \"1\"", versions, NULL));
  text = kutip_agreement_to_json (agreement, TRUE);
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "documents"), ==, 1);
  speaker = json_object_get_object_member (json_object_get_object_member (root, "labels"), "speaker");
  assert_close (json_object_get_double_member (speaker, "f1"), 0.666667);
  assert_close (json_object_get_double_member (speaker, "strict_f1"), 0.666667);
  assert_close (json_object_get_double_member (speaker, "cohen_kappa"), 0.615385);
  assert_close (json_object_get_double_member (speaker, "alpha_u"), 0.742586);
  who = json_object_get_object_member (root, "who_said_what");
  assert_close (json_object_get_double_member (who, "f1"), 0.5);
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "overall"), "alpha"));
  pair = json_array_get_object_element (json_object_get_array_member (root, "pairs"), 0);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (pair, "annotators"), 1),
                   ==, "eko");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (root, "per_document"), 0), "document"),
                   ==, "hujan \"1\"");
  /* Fleiss' κ of one document's speakers is defined; of no date it is not. */
  g_assert_false (json_object_get_null_member (speaker, "fleiss_kappa"));
}

static const char *
kind_of (KutipAgreementDiff *diff,
         guint               i)
{
  static char buffer[64];
  g_autofree char *kind = kutip_disagreement_to_string (
    kutip_agreement_item_get_kind (kutip_agreement_diff_get_item (diff, i)));

  g_strlcpy (buffer, kind, sizeof buffer);
  return buffer;
}

/* Curation: the fixture's four places, each with both versions. */
static void
test_diff (void)
{
  g_autoptr(KutipDocument) a = NULL;
  g_autoptr(KutipDocument) b = NULL;
  g_autoptr(KutipAgreementDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  const KutipAgreementItem *item;
  KutipDocument *versions[2];
  guint n;

  make_fixture (&a, &b);
  versions[0] = a;
  versions[1] = b;
  diff = kutip_agreement_diff_new (versions, 2, NULL, KUTIP_AGREEMENT_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_agreement_diff_get_n_items (diff), ==, 4);
  g_assert_cmpuint (kutip_agreement_diff_get_n_disagreements (diff), ==, 3);
  g_assert_true (kutip_agreement_diff_get_version (diff, 1) == b);

  g_assert_cmpstr (kind_of (diff, 0), ==, "agree");
  g_assert_cmpstr (kind_of (diff, 1), ==, "boundaries");
  g_assert_cmpstr (kind_of (diff, 2), ==, "missing");
  g_assert_cmpstr (kind_of (diff, 3), ==, "speaker");

  item = kutip_agreement_diff_get_item (diff, 1);
  g_assert_cmpuint (kutip_agreement_item_get_start (item), ==, 13);
  g_assert_cmpuint (kutip_agreement_item_get_end (item), ==, 25);
  g_assert_cmpuint (kutip_annotation_get_end (kutip_agreement_item_get_annotation (item, 0)), ==, 25);
  g_assert_cmpuint (kutip_annotation_get_end (kutip_agreement_item_get_annotation (item, 1)), ==, 24);

  item = kutip_agreement_diff_get_item (diff, 2);
  kutip_agreement_item_get_annotations (item, 1, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (kutip_agreement_item_get_annotation (item, 1));
  g_assert_cmpstr (kutip_annotation_get_text (kutip_agreement_item_get_annotation (item, 0)), ==, "Ani");

  item = kutip_agreement_diff_get_item (diff, 3);
  g_assert_cmpstr (kutip_annotation_get_text (kutip_agreement_diff_get_speaker (diff, item, 0)), ==, "Ani");
  g_assert_cmpstr (kutip_annotation_get_text (kutip_agreement_diff_get_speaker (diff, item, 1)), ==, "Budi");
  g_assert_null (kutip_agreement_diff_get_date (diff, item, 0));

  /* Stepping through the disagreements, as the review bar does. */
  g_assert_cmpuint (kutip_agreement_diff_step (diff, G_MAXUINT, TRUE), ==, 1);
  g_assert_cmpuint (kutip_agreement_diff_step (diff, 1, TRUE), ==, 2);
  g_assert_cmpuint (kutip_agreement_diff_step (diff, 3, TRUE), ==, G_MAXUINT);
  g_assert_cmpuint (kutip_agreement_diff_step (diff, G_MAXUINT, FALSE), ==, 3);
  g_assert_cmpuint (kutip_agreement_diff_step (diff, 1, FALSE), ==, G_MAXUINT);
}

/* Another label over the same words is one place, not two missing ones;
 * a date with another value; three versions, one without the span and two
 * with other bounds. */
static void
test_diff_kinds (void)
{
  g_autoptr(KutipDocument) a = new_version (TEXT, "dina");
  g_autoptr(KutipDocument) b = new_version (TEXT, "eko");
  g_autoptr(KutipDocument) c = new_version (TEXT, "fitri");
  g_autoptr(KutipAgreementDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  KutipDocument *versions[3] = { a, b, c };
  KutipAnnotation *date;

  g_assert_true (kutip_schema_add_label (kutip_document_get_schema (b), "org", "Organisation",
                                         "#9141ac", '4', NULL, &error));
  tag (a, "speaker", 0, 4);
  tag (b, "org", 0, 4);
  date = tag (a, "date", 39, 50);
  kutip_document_set_annotation_attribute (a, date, "value", "2024-05-20");
  date = tag (b, "date", 39, 50);
  kutip_document_set_annotation_attribute (b, date, "value", "2024-05-21");
  tag (a, "claim", 13, 25);
  tag (b, "claim", 13, 24);

  diff = kutip_agreement_diff_new (versions, 2, NULL, KUTIP_AGREEMENT_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_agreement_diff_get_n_items (diff), ==, 3);
  g_assert_cmpstr (kind_of (diff, 0), ==, "label");
  g_assert_cmpstr (kutip_annotation_get_label (
                     kutip_agreement_item_get_annotation (kutip_agreement_diff_get_item (diff, 0), 1)),
                   ==, "org");
  g_assert_cmpstr (kind_of (diff, 1), ==, "boundaries");
  g_assert_cmpstr (kind_of (diff, 2), ==, "date");
  g_clear_object (&diff);

  /* Three versions: fitri has no claim; dina and eko differ in bounds. */
  diff = kutip_agreement_diff_new (versions, 3, (const char *[]) { "claim", NULL },
                                   KUTIP_AGREEMENT_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_agreement_diff_get_n_items (diff), ==, 1);
  g_assert_cmpstr (kind_of (diff, 0), ==, "missing,boundaries");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/agreement/by-hand", test_by_hand);
  g_test_add_func ("/kutip/agreement/who-said-what", test_who_said_what);
  g_test_add_func ("/kutip/agreement/text-differs", test_text_differs);
  g_test_add_func ("/kutip/agreement/streaming", test_streaming);
  g_test_add_func ("/kutip/agreement/three", test_three);
  g_test_add_func ("/kutip/agreement/many-labels", test_many_labels);
  g_test_add_func ("/kutip/agreement/documents", test_documents);
  g_test_add_func ("/kutip/agreement/json", test_json);
  g_test_add_func ("/kutip/agreement/diff", test_diff);
  g_test_add_func ("/kutip/agreement/diff-kinds", test_diff_kinds);

  return g_test_run ();
}
