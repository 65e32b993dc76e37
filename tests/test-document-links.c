/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document-links.c: links are part of the review: accepting a span
 * accepts its suggested links to accepted spans, rejecting it rejects its
 * links, a link can be reviewed on its own, all as undo steps. */

#include "config.h"

#include "document-test-util.h"

/* "Budi berkata, “Harga naik.” pada Senin." as suggestions: a claim said
 * by a speaker and dated by a date, all pending. */
typedef struct
{
  KutipDocument   *document;
  KutipAnnotation *speaker;
  KutipAnnotation *claim;
  KutipAnnotation *date;
  KutipRelation   *said_by;
  KutipRelation   *dated;
} Quote;

static KutipAnnotation *
suggest_span (KutipDocument *document,
              const char    *label,
              const char    *needle)
{
  guint start = 0;
  g_autoptr(KutipAnnotation) a = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kutip_text_find (kutip_document_get_text (document), needle, 0, &start));
  a = kutip_annotation_new (label, start, start + g_utf8_strlen (needle, -1));
  kutip_annotation_set_status (a, KUTIP_STATUS_PENDING);
  kutip_annotation_set_origin (a, "rule:test");
  g_assert_true (kutip_document_add_annotation (document, a, &error));
  return a;
}

static KutipRelation *
suggest_link (KutipDocument   *document,
              const char      *type,
              KutipAnnotation *from,
              KutipAnnotation *to)
{
  g_autoptr(KutipRelation) r = kutip_relation_new (type, kutip_annotation_get_id (from),
                                                   kutip_annotation_get_id (to));
  g_autoptr(GError) error = NULL;

  kutip_relation_set_status (r, KUTIP_STATUS_PENDING);
  kutip_relation_set_origin (r, "rule:test");
  g_assert_true (kutip_document_add_relation (document, r, &error));
  return r;
}

static void
quote_init (Quote *q)
{
  q->document = new_document ("Budi berkata, “Harga naik.” pada Senin.");
  q->speaker = suggest_span (q->document, "speaker", "Budi");
  q->claim = suggest_span (q->document, "claim", "“Harga naik.”");
  q->date = suggest_span (q->document, "date", "Senin");
  q->said_by = suggest_link (q->document, "said-by", q->claim, q->speaker);
  q->dated = suggest_link (q->document, "dated", q->claim, q->date);
  kutip_history_clear (kutip_document_get_history (q->document));
}

static void
quote_clear (Quote *q)
{
  g_clear_object (&q->document);
}

/* The speaker and the claim accepted, their link pending still, as a
 * file saved before links were part of the review has them. */
static void
accept_spans_not_links (Quote *q)
{
  kutip_document_set_annotation_status (q->document, q->speaker, KUTIP_STATUS_ACCEPTED);
  kutip_document_set_annotation_status (q->document, q->claim, KUTIP_STATUS_ACCEPTED);
  kutip_document_set_relation_status (q->document, q->said_by, KUTIP_STATUS_PENDING);
}

static KutipStatus
status_of (KutipRelation *relation)
{
  return kutip_relation_get_status (relation);
}

/* Accepting both ends accepts the link between them, in the step that
 * accepted the second; undo takes both back. */
static void
test_accept_ends (void)
{
  Quote q;

  quote_init (&q);
  g_assert_cmpuint (kutip_document_get_n_pending_links (q.document), ==, 2);

  kutip_document_set_annotation_status (q.document, q.claim, KUTIP_STATUS_ACCEPTED);
  /* The other ends still wait: so do the links. */
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_PENDING);

  kutip_document_set_annotation_status (q.document, q.speaker, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpuint (kutip_document_get_n_pending_links (q.document), ==, 1);

  g_assert_true (kutip_document_undo (q.document));
  g_assert_cmpint (kutip_annotation_get_status (q.speaker), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpuint (kutip_document_get_n_pending_links (q.document), ==, 2);
  g_assert_cmpint (kutip_annotation_get_status (q.claim), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_true (kutip_document_redo (q.document));
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_ACCEPTED);

  /* The same from the other end. */
  kutip_document_set_annotation_status (q.document, q.date, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpuint (kutip_document_get_n_pending_links (q.document), ==, 0);
  quote_clear (&q);
}

/* Accept All (one action over many spans) accepts the links too, as one
 * step, with n-pending-links told once. */
static void
test_accept_all (void)
{
  Quote q;
  guint notified = 0;

  quote_init (&q);
  g_signal_connect (q.document, "notify::n-pending-links", G_CALLBACK (notify_count_cb),
                    &notified);
  kutip_document_begin_action (q.document, "Accept All");
  kutip_document_set_annotation_status (q.document, q.speaker, KUTIP_STATUS_ACCEPTED);
  kutip_document_set_annotation_status (q.document, q.claim, KUTIP_STATUS_ACCEPTED);
  kutip_document_set_annotation_status (q.document, q.date, KUTIP_STATUS_ACCEPTED);
  kutip_document_end_action (q.document);

  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (kutip_document_get_linked (q.document, q.claim, "said-by") == q.speaker);

  g_assert_true (kutip_document_undo (q.document));
  g_assert_false (kutip_document_can_undo (q.document));
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpuint (kutip_document_get_n_pending (q.document), ==, 3);
  g_assert_cmpuint (notified, ==, 2);
  quote_clear (&q);
}

/* Rejecting a span rejects its links, accepted ones too: a rejected
 * speaker says nothing, and the claim has no speaker any more. */
static void
test_reject_span (void)
{
  Quote q;

  quote_init (&q);
  kutip_document_set_annotation_status (q.document, q.claim, KUTIP_STATUS_ACCEPTED);
  kutip_document_set_annotation_status (q.document, q.speaker, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_ACCEPTED);

  kutip_document_set_annotation_status (q.document, q.speaker, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_PENDING);
  g_assert_null (kutip_document_get_linked (q.document, q.claim, "said-by"));
  g_assert_null (kutip_document_get_link (q.document, q.claim, "said-by"));
  g_assert_true (kutip_document_get_link (q.document, q.claim, "dated") == q.dated);

  g_assert_true (kutip_document_undo (q.document));
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_true (kutip_document_get_linked (q.document, q.claim, "said-by") == q.speaker);

  /* A rejected claim takes both its links with it. */
  kutip_document_set_annotation_status (q.document, q.claim, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpuint (kutip_document_get_n_pending_links (q.document), ==, 0);
  /* Accepting it again does not bring back links a decision ended. */
  kutip_document_set_annotation_status (q.document, q.claim, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_REJECTED);
  quote_clear (&q);
}

/* A suggested link between two accepted spans (an older file, or a
 * suggester linking spans a person tagged) waits for a decision of its
 * own; accepting a link accepts its pending ends, rejecting it leaves them. */
static void
test_review_link (void)
{
  Quote q;
  g_autoptr(GPtrArray) to_review = NULL;
  g_autoptr(GPtrArray) none = NULL;

  quote_init (&q);
  /* As a file saved before links were reviewed: spans accepted, links not. */
  accept_spans_not_links (&q);
  to_review = kutip_document_links_to_review (q.document, q.claim);
  g_assert_cmpuint (to_review->len, ==, 1);
  g_assert_true (g_ptr_array_index (to_review, 0) == q.said_by);
  none = kutip_document_links_to_review (q.document, q.date);
  g_assert_cmpuint (none->len, ==, 0);
  /* The dated link waits for its date, not for a decision of its own. */
  g_assert_cmpuint (kutip_document_get_n_links_to_review (q.document), ==, 1);
  g_assert_cmpuint (kutip_document_get_n_pending_links (q.document), ==, 2);

  kutip_history_clear (kutip_document_get_history (q.document));
  kutip_document_review_link (q.document, q.said_by, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_ACCEPTED);

  /* Accepting the dated link accepts its pending date, in one step. */
  kutip_document_review_link (q.document, q.dated, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (kutip_annotation_get_status (q.date), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_true (kutip_document_undo (q.document));
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpint (kutip_annotation_get_status (q.date), ==, KUTIP_STATUS_PENDING);

  /* Rejecting a link leaves its ends as they are. */
  kutip_document_review_link (q.document, q.dated, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (kutip_annotation_get_status (q.date), ==, KUTIP_STATUS_PENDING);
  g_assert_null (kutip_document_get_linked (q.document, q.claim, "dated"));

  /* Choosing that date by hand again makes it a link once more. */
  g_assert_true (kutip_document_link (q.document, "dated", q.claim, q.date) == q.dated);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_true (kutip_document_undo (q.document));
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_REJECTED);
  quote_clear (&q);
}

/* Accepting an accepted span still accepts its links to accepted spans:
 * that is how a review key decides the links of a decided span. */
static void
test_accept_again (void)
{
  Quote q;

  quote_init (&q);
  accept_spans_not_links (&q);
  kutip_history_clear (kutip_document_get_history (q.document));

  kutip_document_set_annotation_status (q.document, q.claim, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (status_of (q.dated), ==, KUTIP_STATUS_PENDING);
  g_assert_true (kutip_document_undo (q.document));
  g_assert_cmpint (status_of (q.said_by), ==, KUTIP_STATUS_PENDING);
  g_assert_false (kutip_document_can_undo (q.document));

  /* Nothing to decide: no step. */
  kutip_document_set_annotation_status (q.document, q.date, KUTIP_STATUS_PENDING);
  g_assert_false (kutip_document_can_undo (q.document));
  quote_clear (&q);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/document/links/accept-ends", test_accept_ends);
  g_test_add_func ("/kutip/document/links/accept-all", test_accept_all);
  g_test_add_func ("/kutip/document/links/reject-span", test_reject_span);
  g_test_add_func ("/kutip/document/links/review-link", test_review_link);
  g_test_add_func ("/kutip/document/links/accept-again", test_accept_again);

  return g_test_run ();
}
