/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document.c: KutipDocument: reading order, interval queries against
 * brute force, bulk loading, integrity of relations and entities, signals.
 * Undo and redo are in test-document-undo.c. */

#include "config.h"

#include <string.h>

#include "kutip.h"

#include "document-test-util.h"


static void
test_reading_order (void)
{
  g_autoptr(KutipDocument) document = new_document ("Presiden Joe Biden berkata pada Senin.");
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  KutipAnnotation *a, *b, *c, *d;
  guint position;

  c = add (document, "claim", 19, 38);
  a = add (document, "speaker", 0, 18);
  b = add (document, "speaker", 9, 18);
  d = add (document, "date", 32, 37);

  /* Start ascending, then longer first. */
  g_assert_true (item_at (document, 0) == a);
  g_assert_true (item_at (document, 1) == b);
  g_assert_true (item_at (document, 2) == c);
  g_assert_true (item_at (document, 3) == d);
  g_assert_true (kutip_document_get_position (document, d, &position));
  g_assert_cmpuint (position, ==, 3);

  /* Ids were assigned in order of adding, and the covered text filled. */
  g_assert_cmpstr (kutip_annotation_get_id (c), ==, "a1");
  g_assert_cmpstr (kutip_annotation_get_id (d), ==, "a4");
  g_assert_cmpstr (kutip_annotation_get_text (b), ==, "Joe Biden");
  g_assert_cmpstr (kutip_annotation_get_text (d), ==, "Senin");

  /* Same span: id order, numerically ("a9" before "a10"). */
  for (guint i = 5; i <= 12; i++)
    add (document, "date", 32, 37);
  assert_reading_order (document);
  g_assert_cmpstr (kutip_annotation_get_id (item_at (document, 3)), ==, "a4");
  g_assert_cmpstr (kutip_annotation_get_id (item_at (document, 8)), ==, "a9");
  g_assert_cmpstr (kutip_annotation_get_id (item_at (document, 9)), ==, "a10");

  g_assert_cmpuint (kutip_document_lower_bound (document, 0), ==, 0);
  g_assert_cmpuint (kutip_document_lower_bound (document, 1), ==, 1);
  g_assert_cmpuint (kutip_document_lower_bound (document, 19), ==, 2);
  g_assert_cmpuint (kutip_document_lower_bound (document, 33), ==, 12);

  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_reading_order_sorted_insertion (void)
{
  g_autoptr(KutipDocument) document = new_random_document (500);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  GRand *rand = g_rand_new_with_seed (7);

  /* Many ties and nestings, added in random order. */
  for (guint i = 0; i < 400; i++)
    {
      guint start = g_rand_int_range (rand, 0, 40);
      guint end = start + 1 + g_rand_int_range (rand, 0, 5);
      add (document, "claim", start, end);
    }
  assert_reading_order (document);
  g_rand_free (rand);

  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Interval queries against brute force ---------------------------------- */

static void
assert_same_as_brute_force (KutipDocument *document,
                            GPtrArray     *found,
                            guint          start,
                            guint          end)
{
  GListModel *model = kutip_document_get_annotations (document);
  guint n = g_list_model_get_n_items (model);
  guint k = 0;

  for (guint i = 0; i < n; i++)
    {
      KutipAnnotation *annotation = item_at (document, i);

      if (kutip_annotation_overlaps (annotation, start, end))
        {
          g_assert_cmpuint (k, <, found->len);
          g_assert_true (g_ptr_array_index (found, k) == annotation);
          k++;
        }
    }
  g_assert_cmpuint (k, ==, found->len);
}

static void
check_queries (KutipDocument *document,
               GRand         *rand,
               guint          length,
               guint          n_queries)
{
  GListModel *model = kutip_document_get_annotations (document);
  guint n = g_list_model_get_n_items (model);

  for (guint q = 0; q < n_queries; q++)
    {
      guint offset = g_rand_int_range (rand, 0, length + 2);
      guint start = g_rand_int_range (rand, 0, length + 1);
      guint span = g_rand_int_range (rand, 0, 60);
      guint end = MIN (start + span, length + 1);
      g_autoptr(GPtrArray) at = kutip_document_find_at (document, offset);
      g_autoptr(GPtrArray) in = kutip_document_find_in_range (document, start, end);
      guint lower = kutip_document_lower_bound (document, offset);
      guint expected = 0;

      assert_same_as_brute_force (document, at, offset, offset);
      assert_same_as_brute_force (document, in, start, end);

      while (expected < n && kutip_annotation_get_start (item_at (document, expected)) < offset)
        expected++;
      g_assert_cmpuint (lower, ==, expected);
    }
}

static void
test_find_brute_force (void)
{
  const guint length = 4000;
  g_autoptr(KutipDocument) document = new_random_document (length);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < 3000; i++)
    {
      guint start = g_rand_int_range (rand, 0, length - 1);
      guint max_length = g_rand_int_range (rand, 0, 100) < 3 ? length : 40;
      guint span = 1 + g_rand_int_range (rand, 0, max_length);
      guint end = MIN (length, start + span);

      g_ptr_array_add (added, add (document, "claim", start, end));
    }
  assert_reading_order (document);
  check_queries (document, rand, length, 500);

  /* Moves and removals keep the index right. */
  for (guint i = 0; i < 600; i++)
    {
      KutipAnnotation *annotation = g_ptr_array_index (added, g_rand_int_range (rand, 0,
                                                                                added->len));
      guint start = g_rand_int_range (rand, 0, length - 1);
      guint span = 1 + g_rand_int_range (rand, 0, 50);
      guint end = MIN (length, start + span);
      g_autoptr(GError) error = NULL;

      if (i % 3 == 0)
        {
          kutip_document_remove_annotation (document, annotation);
          g_ptr_array_remove_fast (added, annotation);
        }
      else
        {
          g_assert_true (kutip_document_set_annotation_bounds (document, annotation,
                                                               start, end, &error));
          g_assert_no_error (error);
        }
    }
  assert_reading_order (document);
  recorder_check (recorder);
  check_queries (document, rand, length, 500);

  /* And so does undoing all of it. */
  for (guint i = 0; i < 600; i++)
    g_assert_true (kutip_document_undo (document));
  assert_reading_order (document);
  recorder_check (recorder);
  check_queries (document, rand, length, 300);

  /* Emptying the document almost completely, checking on the way (the
   * index merges and drops its blocks). */
  while (kutip_document_get_n_annotations (document) > 5)
    {
      guint n = kutip_document_get_n_annotations (document);
      guint position = g_rand_int_range (rand, 0, n);

      kutip_document_remove_annotation (document, item_at (document, position));
      if (n % 250 == 0)
        {
          assert_reading_order (document);
          check_queries (document, rand, length, 20);
        }
    }
  recorder_check (recorder);
  check_queries (document, rand, length, 100);
  while (kutip_document_get_n_annotations (document) > 0)
    kutip_document_remove_annotation (document, item_at (document, 0));
  check_queries (document, rand, length, 10);
  add (document, "date", 3, 9);
  check_queries (document, rand, length, 10);

  g_rand_free (rand);
  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
test_bulk_load (void)
{
  const guint n = 100000;
  const guint length = 1000000;
  g_autoptr(KutipDocument) document = new_random_document (length);
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = kutip_document_get_annotations (document);
  GRand *rand = g_rand_new_with_seed (100);
  guint n_signals = 0;
  gint64 begin, elapsed;
  KutipAnnotation *first;
  guint hits = 0;

  for (guint i = 0; i < n; i++)
    {
      guint start = g_rand_int_range (rand, 0, length - 100);
      guint span = 1 + g_rand_int_range (rand, 0, 90);
      KutipAnnotation *annotation = kutip_annotation_new ("claim", start, start + span);
      g_autofree char *id = g_strdup_printf ("a%u", i + 1);

      kutip_annotation_set_id (annotation, id);
      if (i % 4 == 0)
        kutip_annotation_set_status (annotation, KUTIP_STATUS_ACCEPTED);
      g_ptr_array_add (annotations, annotation);
    }
  g_ptr_array_add (relations, kutip_relation_new ("said-by", "a1", "a2"));

  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed_cb), &n_signals);
  begin = g_get_monotonic_time ();
  kutip_document_load_contents (document, annotations, relations, NULL);
  elapsed = g_get_monotonic_time () - begin;
  g_test_message ("bulk load of %u annotations: %.1f ms", n, elapsed / 1000.0);
  g_signal_handlers_disconnect_by_data (model, &n_signals);

  g_assert_cmpuint (n_signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, n - n / 4);
  g_assert_false (kutip_document_can_undo (document));
  g_assert_cmpstr (kutip_relation_get_id (g_ptr_array_index (relations, 0)), ==, "r1");
  assert_reading_order (document);

  /* Covered text filled in. */
  first = item_at (document, 0);
  g_assert_nonnull (kutip_annotation_get_text (first));

  begin = g_get_monotonic_time ();
  for (guint i = 0; i < 100000; i++)
    {
      g_autoptr(GPtrArray) found = kutip_document_find_at (document,
                                                           g_rand_int_range (rand, 0, length));
      hits += found->len;
    }
  elapsed = g_get_monotonic_time () - begin;
  g_test_message ("100000 offset queries: %.1f ms (%u hits)", elapsed / 1000.0, hits);

  /* A few checked against brute force (each is O(n)). */
  for (guint q = 0; q < 20; q++)
    {
      guint offset = g_rand_int_range (rand, 0, length);
      g_autoptr(GPtrArray) found = kutip_document_find_at (document, offset);
      assert_same_as_brute_force (document, found, offset, offset);
    }

  /* One edit on a big document is cheap: no rebuild. */
  begin = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    {
      KutipAnnotation *annotation = tag (document, "date", 500000 + i * 7, 500000 + i * 7 + 3);
      kutip_document_remove_annotation (document, annotation);
    }
  elapsed = g_get_monotonic_time () - begin;
  g_test_message ("1000 tag+delete on %u annotations: %.1f ms", n, elapsed / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* The next assigned id follows the loaded ones. */
  g_assert_cmpstr (kutip_annotation_get_id (tag (document, "date", 10, 12)), ==, "a101001");

  /* Loading nothing empties the document, again with one signal. */
  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed_cb), &n_signals);
  n_signals = 0;
  g_ptr_array_set_size (annotations, 0);
  kutip_document_load_contents (document, annotations, NULL, NULL);
  g_assert_cmpuint (n_signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_relations (document)), ==, 0);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);
  kutip_document_load_contents (document, NULL, NULL, NULL);
  g_assert_cmpuint (n_signals, ==, 1);  /* nothing to nothing: no signal */
  g_signal_handlers_disconnect_by_data (model, &n_signals);
  tag (document, "date", 10, 12);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  g_rand_free (rand);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Ids and integrity ------------------------------------------------------ */

static void
test_duplicate_ids (void)
{
  g_autoptr(KutipDocument) document = new_document ("Kata Menteri: “Kami siap.”");
  g_autoptr(KutipAnnotation) a = kutip_annotation_new ("speaker", 5, 12);
  g_autoptr(KutipAnnotation) b = kutip_annotation_new ("claim", 14, 26);
  g_autoptr(KutipRelation) r1 = NULL;
  g_autoptr(KutipRelation) r2 = NULL;
  g_autoptr(KutipEntity) e1 = kutip_entity_new ("Menteri");
  g_autoptr(KutipEntity) e2 = kutip_entity_new ("Menteri");
  g_autoptr(GError) error = NULL;

  kutip_annotation_set_id (a, "x");
  kutip_annotation_set_id (b, "x");
  g_assert_true (kutip_document_add_annotation (document, a, &error));
  g_assert_false (kutip_document_add_annotation (document, b, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "x"));
  g_clear_error (&error);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);

  kutip_annotation_set_id (b, NULL);
  g_assert_true (kutip_document_add_annotation (document, b, &error));
  g_assert_cmpstr (kutip_annotation_get_id (b), ==, "a1");

  r1 = kutip_relation_new ("said-by", "a1", "x");
  r2 = kutip_relation_new ("said-by", "a1", "x");
  kutip_relation_set_id (r1, "r9");
  kutip_relation_set_id (r2, "r9");
  g_assert_true (kutip_document_add_relation (document, r1, &error));
  g_assert_false (kutip_document_add_relation (document, r2, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  kutip_entity_set_id (e1, "e1");
  kutip_entity_set_id (e2, "e1");
  g_assert_true (kutip_document_add_entity (document, e1, &error));
  g_assert_false (kutip_document_add_entity (document, e2, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_tag_snaps_and_trims (void)
{
  /* "Kata " + family emoji (7 code points joined by ZWJ) + " e\u0301" */
  g_autoptr(KutipDocument) document =
    new_document ("Kata \U0001F468\u200D\U0001F469\u200D\U0001F467 oke e\u0301 ");
  g_autoptr(GError) error = NULL;
  KutipAnnotation *annotation;

  /* Spaces around a selection are trimmed. */
  annotation = tag (document, "speaker", 4, 15);
  g_assert_cmpuint (kutip_annotation_get_start (annotation), ==, 5);
  g_assert_cmpuint (kutip_annotation_get_end (annotation), ==, 14);

  /* A selection inside the emoji sequence grows to the whole cluster. */
  annotation = tag (document, "claim", 7, 8);
  g_assert_cmpuint (kutip_annotation_get_start (annotation), ==, 5);
  g_assert_cmpuint (kutip_annotation_get_end (annotation), ==, 10);
  g_assert_cmpstr (kutip_annotation_get_text (annotation), ==,
                   "\U0001F468\u200D\U0001F469\u200D\U0001F467");

  /* The combining accent stays with its letter. */
  annotation = tag (document, "date", 15, 16);
  g_assert_cmpuint (kutip_annotation_get_end (annotation), ==, 17);

  g_assert_null (kutip_document_tag (document, "date", 17, 18, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 3);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_bad_bounds (void)
{
  g_autoptr(KutipDocument) document = new_document ("abc");
  g_autoptr(KutipAnnotation) out = kutip_annotation_new ("claim", 1, 4);
  g_autoptr(KutipAnnotation) empty = kutip_annotation_new ("claim", 2, 2);
  KutipAnnotation *ok;
  g_autoptr(GError) error = NULL;

  g_assert_false (kutip_document_add_annotation (document, out, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET);
  g_clear_error (&error);
  g_assert_false (kutip_document_add_annotation (document, empty, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET);
  g_clear_error (&error);

  ok = tag (document, "claim", 0, 3);
  g_assert_false (kutip_document_set_annotation_bounds (document, ok, 2, 9, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET);
  g_clear_error (&error);
  g_assert_cmpuint (kutip_annotation_get_end (ok), ==, 3);

  g_assert_null (kutip_document_tag (document, "nonsense", 0, 1, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_dangling_relation (void)
{
  g_autoptr(KutipDocument) document = new_document ("Ia berkata: “Tidak.”");
  g_autoptr(KutipRelation) relation = NULL;
  g_autoptr(KutipRelation) reversed = NULL;
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Someone");
  g_autoptr(GError) error = NULL;
  KutipAnnotation *speaker = tag (document, "speaker", 0, 2);

  relation = kutip_relation_new ("said-by", "nope", kutip_annotation_get_id (speaker));
  g_assert_false (kutip_document_add_relation (document, relation, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE);
  g_assert_nonnull (strstr (error->message, "nope"));
  g_clear_error (&error);

  reversed = kutip_relation_new ("said-by", kutip_annotation_get_id (speaker), "gone");
  g_assert_false (kutip_document_add_relation (document, reversed, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_relations (document)), ==, 0);

  kutip_entity_add_mention (entity, "gone");
  g_assert_false (kutip_document_add_entity (document, entity, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE);
  g_clear_error (&error);

  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_entities (document)), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
annotation_changed_cb (KutipDocument   *document,
                       KutipAnnotation *annotation,
                       KutipAnnotation **last)
{
  *last = annotation;
}

static void
test_bounds_items_changed (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  g_autoptr(GError) error = NULL;
  KutipAnnotation *a, *b, *c;
  KutipAnnotation *last = NULL;
  guint position;

  a = tag (document, "speaker", 0, 8);
  b = tag (document, "speaker", 9, 18);
  c = tag (document, "claim", 47, 84);
  g_assert_cmpuint (recorder->last_position, ==, 2);

  g_signal_connect (document, "annotation-changed", G_CALLBACK (annotation_changed_cb), &last);

  /* Growing without moving: one in-place items-changed. */
  recorder->n_signals = 0;
  g_assert_true (kutip_document_set_annotation_bounds (document, b, 9, 29, &error));
  g_assert_cmpuint (recorder->n_signals, ==, 1);
  g_assert_cmpuint (recorder->last_position, ==, 1);
  g_assert_cmpuint (recorder->last_removed, ==, 1);
  g_assert_cmpuint (recorder->last_added, ==, 1);
  g_assert_cmpstr (kutip_annotation_get_text (b), ==, "Joe Biden mengatakan");
  g_assert_true (last == b);

  /* Moving to the end of reading order. */
  recorder->n_signals = 0;
  g_assert_true (kutip_document_set_annotation_bounds (document, a, 91, 95, &error));
  g_assert_no_error (error);
  g_assert_true (kutip_document_get_position (document, a, &position));
  g_assert_cmpuint (position, ==, 2);
  g_assert_true (item_at (document, 0) == b);
  g_assert_true (item_at (document, 1) == c);
  recorder_check (recorder);

  g_assert_true (kutip_document_undo (document));
  g_assert_true (item_at (document, 0) == a);
  recorder_check (recorder);
  g_signal_handlers_disconnect_by_data (document, &last);

  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_signals_and_pending (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  g_autoptr(KutipAnnotation) suggestion = kutip_annotation_new ("date", 35, 40);
  KutipAnnotation *last = NULL;
  guint pending_notified = 0;
  guint changed = 0;
  g_autoptr(GError) error = NULL;

  g_signal_connect (document, "annotation-changed", G_CALLBACK (annotation_changed_cb), &last);
  g_signal_connect (document, "notify::n-pending", G_CALLBACK (notify_count_cb),
                    &pending_notified);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (count_signal_cb), &changed);

  kutip_annotation_set_origin (suggestion, "rule:date-id");
  g_assert_true (kutip_document_add_annotation (document, suggestion, &error));
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 1);
  g_assert_cmpuint (pending_notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  kutip_document_set_annotation_status (document, suggestion, KUTIP_STATUS_ACCEPTED);
  g_assert_true (last == suggestion);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);
  g_assert_nonnull (kutip_annotation_get_modified (suggestion));

  g_assert_true (kutip_document_undo (document));
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 1);
  g_assert_null (kutip_annotation_get_modified (suggestion));

  /* Tagging the same span accepts the suggestion instead of doubling it. */
  g_assert_true (tag (document, "date", 35, 40) == suggestion);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);

  kutip_document_remove_annotation (document, suggestion);
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 1);

  g_assert_cmpuint (changed, >=, 6);
  g_signal_handlers_disconnect_by_data (document, &changed);
  g_signal_handlers_disconnect_by_data (document, &last);
  g_signal_handlers_disconnect_by_data (document, &pending_notified);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_metadata (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  g_autoptr(GError) error = NULL;

  g_assert_true (kutip_document_set_published (document, "2024-02-29", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_document_get_published (document), ==, "2024-02-29");

  g_assert_false (kutip_document_set_published (document, "2023-02-29", &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "2023-02-29"));
  g_clear_error (&error);
  g_assert_false (kutip_document_set_published (document, "18/5/2024", &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpstr (kutip_document_get_published (document), ==, "2024-02-29");

  kutip_document_set_title (document, "Gencatan senjata");
  kutip_document_set_source (document, "https://example.org/a");
  kutip_document_set_language (document, "id");
  kutip_document_set_id (document, "doc-1");
  g_assert_cmpstr (kutip_document_get_language (document), ==, "id");

  kutip_document_begin_action (document, "Clear");
  kutip_document_set_title (document, NULL);
  kutip_document_set_source (document, "");
  kutip_document_end_action (document);
  g_assert_null (kutip_document_get_title (document));
  g_assert_null (kutip_document_get_source (document));
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpstr (kutip_document_get_title (document), ==, "Gencatan senjata");
  g_assert_cmpstr (kutip_document_get_source (document), ==, "https://example.org/a");

  /* The path is where it is saved, not part of the content. */
  kutip_document_set_path (document, "/tmp/a.kutip.json");
  g_assert_cmpstr (kutip_document_get_path (document), ==, "/tmp/a.kutip.json");
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpstr (kutip_document_get_path (document), ==, "/tmp/a.kutip.json");
  g_assert_null (kutip_document_get_id (document));

  g_assert_finalize_object (g_steal_pointer (&document));
}


static void
test_no_leaks (void)
{
  KutipDocument *document = new_document (article);
  KutipAnnotation *a, *b;
  KutipRelation *r;
  g_autoptr(KutipEntity) e = kutip_entity_new ("Biden");
  KutipEntity *weak_e;

  a = tag (document, "speaker", 9, 18);
  b = tag (document, "claim", 47, 84);
  r = kutip_document_link (document, "said-by", b, a);
  g_assert_true (kutip_document_add_entity (document, e, NULL));
  kutip_document_entity_add_mention (document, e, a);
  kutip_document_remove_annotation (document, a);
  kutip_document_undo (document);
  kutip_document_undo (document);

  g_object_add_weak_pointer (G_OBJECT (a), (gpointer *)&a);
  g_object_add_weak_pointer (G_OBJECT (b), (gpointer *)&b);
  g_object_add_weak_pointer (G_OBJECT (r), (gpointer *)&r);
  weak_e = g_steal_pointer (&e);
  g_object_unref (weak_e);
  g_object_add_weak_pointer (G_OBJECT (weak_e), (gpointer *)&weak_e);

  g_assert_finalize_object (document);
  g_assert_null (a);
  g_assert_null (b);
  g_assert_null (r);
  g_assert_null (weak_e);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/document/reading-order", test_reading_order);
  g_test_add_func ("/kutip/document/reading-order-random", test_reading_order_sorted_insertion);
  g_test_add_func ("/kutip/document/find-brute-force", test_find_brute_force);
  g_test_add_func ("/kutip/document/bulk-load", test_bulk_load);
  g_test_add_func ("/kutip/document/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/kutip/document/bad-bounds", test_bad_bounds);
  g_test_add_func ("/kutip/document/tag-snaps-and-trims", test_tag_snaps_and_trims);
  g_test_add_func ("/kutip/document/dangling-relation", test_dangling_relation);
  g_test_add_func ("/kutip/document/bounds-items-changed", test_bounds_items_changed);
  g_test_add_func ("/kutip/document/signals-and-pending", test_signals_and_pending);
  g_test_add_func ("/kutip/document/metadata", test_metadata);
  g_test_add_func ("/kutip/document/no-leaks", test_no_leaks);

  return g_test_run ();
}
