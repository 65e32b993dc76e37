/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document-batch.c: long edits a batch at a time: one merged
 * items-changed per action or batch, undo and redo of a huge step in
 * batches, suggestions applied in batches, and edits refused half way. */

#include "config.h"

#include "document-test-util.h"
#include "kutip-suggester.h"

static const char * const labels[] = { "speaker", "claim", "date" };

/* A document of @length characters with @n annotations and a few links. */
static KutipDocument *
new_filled_document (guint length,
                     guint n,
                     GRand *rand)
{
  KutipDocument *document = new_random_document (length);
  KutipAnnotation *previous = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint start = g_rand_int_range (rand, 0, length - 12);
      g_autoptr(KutipAnnotation) a = kutip_annotation_new (labels[i % 3], start,
                                                           start + 1 + g_rand_int_range (rand, 0, 10));
      g_autoptr(GError) error = NULL;

      kutip_annotation_set_status (a, g_rand_boolean (rand) ? KUTIP_STATUS_PENDING
                                                            : KUTIP_STATUS_ACCEPTED);
      g_assert_true (kutip_document_add_annotation (document, a, &error));
      if (previous != NULL && i % 3 == 1)
        kutip_document_link (document, "said-by", a, previous);
      previous = a;
    }
  kutip_history_clear (kutip_document_get_history (document));
  return document;
}

/* One random edit of any kind the review makes in bulk. */
static void
random_edit (KutipDocument *document,
             GRand         *rand)
{
  KutipAnnotation *a = random_annotation (document, rand);
  KutipAnnotation *b = random_annotation (document, rand);
  guint length = kutip_text_get_length (kutip_document_get_text (document));
  guint start = g_rand_int_range (rand, 0, length - 12);
  guint span = 1 + g_rand_int_range (rand, 0, 10);
  g_autoptr(GError) error = NULL;

  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0: case 1:
      add (document, labels[g_rand_int_range (rand, 0, 3)], start, start + span);
      break;
    case 2:
      if (a)
        kutip_document_remove_annotation (document, a);
      break;
    case 3:
      if (a)
        g_assert_true (kutip_document_set_annotation_bounds (document, a, start, start + span,
                                                             &error));
      break;
    case 4:
      if (a)
        kutip_document_set_annotation_status (document, a, g_rand_int_range (rand, 0, 3));
      break;
    case 5:
      if (a && b && a != b)
        kutip_document_link (document, g_rand_boolean (rand) ? "said-by" : "dated", a, b);
      break;
    case 6:
      if (a)
        kutip_document_set_annotation_label (document, a, labels[g_rand_int_range (rand, 0, 3)]);
      break;
    case 7:
      /* Links of every status, so some wait for a review of their own. */
      {
        GListModel *relations = kutip_document_get_relations (document);
        guint n = g_list_model_get_n_items (relations);
        g_autoptr(KutipRelation) r = n ? g_list_model_get_item (relations,
                                                               g_rand_int_range (rand, 0, n))
                                       : NULL;

        if (r != NULL && g_rand_boolean (rand))
          kutip_document_set_relation_status (document, r, g_rand_int_range (rand, 0, 3));
        else if (r != NULL)
          kutip_document_review_link (document, r, g_rand_boolean (rand) ? KUTIP_STATUS_ACCEPTED
                                                                          : KUTIP_STATUS_REJECTED);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* However many spans an action adds, removes and moves, the annotations
 * model tells it in one items-changed that brings a mirror of the list to
 * the new list, and "n-pending" once. */
static void
test_merged_items_changed (void)
{
  GRand *rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(KutipDocument) document = new_filled_document (3000, 150, rand);
      g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
      guint n_pending_notified = 0;
      guint n_pending_before = kutip_document_get_n_pending (document);
      guint n_edits = 1 + g_rand_int_range (rand, 0, round < 20 ? 4 : 200);

      g_signal_connect (document, "notify::n-pending", G_CALLBACK (notify_count_cb),
                        &n_pending_notified);
      kutip_document_begin_action (document, "Many");
      for (guint i = 0; i < n_edits; i++)
        random_edit (document, rand);
      g_assert_cmpuint (recorder->n_signals, ==, 0);
      g_assert_cmpuint (n_pending_notified, ==, 0);
      kutip_document_end_action (document);

      g_assert_cmpuint (recorder->n_signals, <=, 1);
      g_assert_cmpuint (n_pending_notified, ==,
                        kutip_document_get_n_pending (document) != n_pending_before);
      recorder_check (recorder);
      assert_reading_order (document);
      g_free (snapshot (document));  /* checks the link counts */
    }
  g_rand_free (rand);
}

/* Flushing inside an action shows the views a consistent model after each
 * batch; the action stays one undo step. */
static void
test_flush (void)
{
  GRand *rand = g_rand_new_with_seed (11);
  g_autoptr(KutipDocument) document = new_filled_document (4000, 300, rand);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  g_autofree char *before = snapshot (document);
  g_autofree char *after = NULL;
  guint changed = 0;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (count_signal_cb), &changed);
  kutip_document_begin_action (document, "Batches");
  for (guint batch = 0; batch < 10; batch++)
    {
      guint signals = recorder->n_signals;

      for (guint i = 0; i < 30; i++)
        random_edit (document, rand);
      kutip_document_flush_signals (document);
      g_assert_cmpuint (recorder->n_signals, <=, signals + 1);
      recorder_check (recorder);
      g_assert_cmpuint (changed, ==, batch + 1);
    }
  kutip_document_end_action (document);
  after = snapshot (document);
  recorder_check (recorder);

  g_assert_true (kutip_document_undo (document));
  g_assert_false (kutip_document_can_undo (document));
  {
    g_autofree char *undone = snapshot (document);
    g_assert_cmpstr (undone, ==, before);
  }
  g_assert_true (kutip_document_redo (document));
  {
    g_autofree char *redone = snapshot (document);
    g_assert_cmpstr (redone, ==, after);
  }
  recorder_check (recorder);

  /* Outside an action there is nothing to flush. */
  kutip_document_flush_signals (document);
  g_rand_free (rand);
}

/* Replays the step begun in batches of random size, checking the views'
 * mirror after each; returns the number of batches. */
static guint
replay_in_batches (KutipDocument *document,
                   Recorder      *recorder,
                   GRand         *rand)
{
  double progress = 0;
  guint batches = 0;

  g_assert_true (kutip_document_is_replaying (document));
  while (!kutip_document_replay (document, 1 + g_rand_int_range (rand, 0, 40), 0))
    {
      double now = kutip_document_get_replay_progress (document);

      g_assert_true (kutip_document_is_replaying (document));
      g_assert_cmpfloat (now, >, progress);
      g_assert_cmpfloat (now, <, 1.0);
      progress = now;
      recorder_check (recorder);
      batches++;
    }
  g_assert_false (kutip_document_is_replaying (document));
  g_assert_cmpfloat (kutip_document_get_replay_progress (document), ==, 1.0);
  recorder_check (recorder);
  return batches + 1;
}

/* A step of a thousand random edits undone and redone a few edits at a
 * time passes through to exactly the states a whole undo and redo reach,
 * with the history and "modified" right at the end. */
static void
test_stepped_undo_redo (void)
{
  GRand *rand = g_rand_new_with_seed (2025);
  g_autoptr(KutipDocument) document = new_filled_document (5000, 400, rand);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint changed = 0;

  kutip_document_set_title (document, "Before");
  kutip_document_mark_saved (document);
  before = snapshot (document);

  kutip_document_begin_action (document, "Huge");
  for (guint i = 0; i < 1000; i++)
    random_edit (document, rand);
  kutip_document_end_action (document);
  after = snapshot (document);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (kutip_document_get_modified (document));

  g_signal_connect_swapped (document, "changed", G_CALLBACK (count_signal_cb), &changed);
  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_assert_true (kutip_document_begin_undo (document));
      g_assert_cmpuint (replay_in_batches (document, recorder, rand), >, 10);
      undone = snapshot (document);
      g_assert_cmpstr (undone, ==, before);
      g_assert_false (kutip_document_get_modified (document));
      g_assert_true (kutip_document_can_undo (document));  /* the title */
      g_assert_true (kutip_document_can_redo (document));

      g_assert_true (kutip_document_begin_redo (document));
      replay_in_batches (document, recorder, rand);
      redone = snapshot (document);
      g_assert_cmpstr (redone, ==, after);
      g_assert_true (kutip_document_get_modified (document));
      g_assert_false (kutip_document_can_redo (document));
    }
  g_assert_cmpuint (changed, >, 20);
  assert_reading_order (document);

  /* Undoing the title then takes the plain way; nothing is left to redo
   * once a new edit is made. */
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_undo (document));
  g_assert_null (kutip_document_get_title (document));
  g_assert_false (kutip_document_begin_undo (document));
  g_assert_false (kutip_document_is_replaying (document));
  g_assert_true (kutip_document_replay (document, 10, 0));

  g_rand_free (rand);
  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Between two batches of an undo the model is half way: an edit is
 * refused, not recorded out of order. */
static void
test_edit_refused_while_replaying (void)
{
  GRand *rand = g_rand_new_with_seed (3);
  g_autoptr(KutipDocument) document = new_filled_document (2000, 50, rand);
  g_autofree char *before = snapshot (document);
  g_autofree char *half = NULL;
  g_autofree char *after_refusal = NULL;

  kutip_document_begin_action (document, "Adds");
  for (guint i = 0; i < 20; i++)
    add (document, "date", i * 20, i * 20 + 5);
  kutip_document_end_action (document);

  g_assert_true (kutip_document_begin_undo (document));
  g_assert_false (kutip_document_replay (document, 5, 0));
  half = snapshot (document);
  g_test_expect_message ("kutip-document", G_LOG_LEVEL_CRITICAL, "*undo or redo*refused*");
  kutip_document_set_title (document, "Sneaked in");
  g_test_assert_expected_messages ();
  after_refusal = snapshot (document);
  g_assert_cmpstr (after_refusal, ==, half);

  while (!kutip_document_replay (document, 5, 0))
    ;
  {
    g_autofree char *undone = snapshot (document);
    g_assert_cmpstr (undone, ==, before);
  }
  g_rand_free (rand);
}

/* A deadline stops a batch early, after at least one edit. */
static void
test_replay_deadline (void)
{
  GRand *rand = g_rand_new_with_seed (5);
  g_autoptr(KutipDocument) document = new_filled_document (20000, 10, rand);
  guint batches = 0;

  kutip_document_begin_action (document, "Adds");
  for (guint i = 0; i < 3000; i++)
    add (document, labels[i % 3], i * 6, i * 6 + 4);
  kutip_document_end_action (document);

  g_assert_true (kutip_document_begin_undo (document));
  /* A deadline already past: each call does one clock check's worth. */
  while (!kutip_document_replay (document, G_MAXUINT, 1))
    batches++;
  g_assert_cmpuint (batches, >, 10);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 10);
  g_rand_free (rand);
}

#define ARTICLE \
  "JAKARTA — Menteri Keuangan Sri Mulyani mengatakan, pemerintah akan menambah " \
  "anggaran subsidi energi pada Senin (21/2/2022).\n" \
  "“Kami tidak akan menaikkan harga BBM tahun ini,” kata Sri Mulyani.\n" \
  "Kemarin, Presiden Joko Widodo berkata, “Harga pangan stabil.”\n" \
  "“Kami menunggu data,” ujar Sri Mulyani pada Selasa (22/2/2022).\n"

static KutipDocument *
new_article (void)
{
  g_autoptr(GError) error = NULL;
  KutipDocument *document = kutip_document_new_from_string (ARTICLE ARTICLE ARTICLE, -1, &error);

  g_assert_no_error (error);
  kutip_document_set_language (document, "id");
  g_assert_true (kutip_document_set_published (document, "2022-02-21", &error));
  /* One accepted span the suggestions must respect. */
  tag (document, "speaker", 27, 38);
  kutip_history_clear (kutip_document_get_history (document));
  return document;
}

/* Suggestions applied a few at a time end exactly where applying them at
 * once ends, as one undo step; a job stopped early keeps what it applied
 * as one step. */
static void
test_apply_in_batches (void)
{
  g_autoptr(KutipDocument) whole = new_article ();
  g_autoptr(KutipDocument) batched = new_article ();
  g_autoptr(KutipSuggestions) found = kutip_suggest_document (whole, KUTIP_SUGGEST_ALL, NULL);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (batched));
  g_autofree char *before = snapshot (batched);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  KutipApplyReport whole_report, report;
  KutipApplyJob *job;
  double progress = 0;
  guint batches = 0;

  g_assert_nonnull (found);
  kutip_suggestions_apply (found, whole, &whole_report);
  g_assert_cmpuint (whole_report.added, >=, 10);
  g_assert_cmpuint (whole_report.relations, >=, 3);
  g_assert_cmpuint (whole_report.skipped, >=, 1);
  expected = snapshot (whole);

  job = kutip_suggestions_apply_begin (found, batched);
  while (!kutip_apply_job_run (job, 3, 0))
    {
      g_assert_false (kutip_apply_job_is_done (job));
      g_assert_cmpfloat (kutip_apply_job_get_progress (job), >, progress);
      progress = kutip_apply_job_get_progress (job);
      recorder_check (recorder);
      batches++;
    }
  g_assert_true (kutip_apply_job_is_done (job));
  g_assert_cmpfloat (kutip_apply_job_get_progress (job), ==, 1.0);
  kutip_apply_job_get_report (job, &report);
  kutip_apply_job_free (job);
  g_assert_cmpuint (batches, >, 5);
  g_assert_cmpuint (report.added, ==, whole_report.added);
  g_assert_cmpuint (report.relations, ==, whole_report.relations);
  g_assert_cmpuint (report.entities, ==, whole_report.entities);
  g_assert_cmpuint (report.skipped, ==, whole_report.skipped);
  got = snapshot (batched);
  g_assert_cmpstr (got, ==, expected);
  recorder_check (recorder);

  g_assert_true (kutip_document_undo (batched));
  g_assert_false (kutip_document_can_undo (batched));
  {
    g_autofree char *undone = snapshot (batched);
    g_assert_cmpstr (undone, ==, before);
  }

  /* Stopped after a few: those stay, as one step. */
  job = kutip_suggestions_apply_begin (found, batched);
  g_assert_false (kutip_apply_job_run (job, 4, 0));
  kutip_apply_job_get_report (job, &report);
  kutip_apply_job_free (job);
  g_assert_cmpuint (report.added + report.skipped, ==, 4);
  g_assert_cmpuint (kutip_document_get_n_pending (batched), ==, report.added);
  recorder_check (recorder);
  g_assert_true (kutip_document_undo (batched));
  g_assert_false (kutip_document_can_undo (batched));
  {
    g_autofree char *undone = snapshot (batched);
    g_assert_cmpstr (undone, ==, before);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/document/batch/merged-items-changed", test_merged_items_changed);
  g_test_add_func ("/kutip/document/batch/flush", test_flush);
  g_test_add_func ("/kutip/document/batch/stepped-undo-redo", test_stepped_undo_redo);
  g_test_add_func ("/kutip/document/batch/edit-refused-while-replaying",
                   test_edit_refused_while_replaying);
  g_test_add_func ("/kutip/document/batch/replay-deadline", test_replay_deadline);
  g_test_add_func ("/kutip/document/batch/apply-in-batches", test_apply_in_batches);

  return g_test_run ();
}
