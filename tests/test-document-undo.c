/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document-undo.c: KutipDocument undo and redo of every kind of edit,
 * against random edit sequences too, and the signals of grouped edits. */

#include "config.h"

#include <string.h>

#include "document-test-util.h"

static void
test_undo_tag_relabel (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  KutipAnnotation *annotation;
  GDateTime *created;
  g_autoptr(GDateTime) before_relabel = NULL;

  g_assert_false (kutip_document_can_undo (document));
  g_assert_false (kutip_document_get_modified (document));

  kutip_document_set_annotator (document, "rina");
  /* A selection with spaces around it is trimmed. */
  annotation = tag (document, "speaker", 8, 19);
  g_assert_cmpstr (kutip_annotation_get_text (annotation), ==, "Joe Biden");
  g_assert_cmpint (kutip_annotation_get_status (annotation), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpstr (kutip_annotation_get_origin (annotation), ==, "manual");
  g_assert_cmpstr (kutip_annotation_get_author (annotation), ==, "rina");
  created = kutip_annotation_get_created (annotation);
  g_assert_nonnull (created);
  g_assert_true (kutip_document_can_undo (document));
  g_assert_true (kutip_document_get_modified (document));

  before_relabel = g_date_time_ref (kutip_annotation_get_modified (annotation));
  g_usleep (2000);
  kutip_document_set_annotation_label (document, annotation, "claim");
  g_assert_cmpstr (kutip_annotation_get_label (annotation), ==, "claim");
  g_assert_cmpint (g_date_time_compare (kutip_annotation_get_modified (annotation),
                                        before_relabel), >, 0);

  g_assert_true (kutip_document_undo (document));
  g_assert_cmpstr (kutip_annotation_get_label (annotation), ==, "speaker");
  g_assert_true (g_date_time_equal (kutip_annotation_get_modified (annotation), before_relabel));
  g_assert_true (kutip_document_can_redo (document));

  g_assert_true (kutip_document_undo (document));  /* the tag */
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);
  g_assert_true (kutip_document_undo (document));  /* the annotator */
  g_assert_null (kutip_document_get_annotator (document));
  g_assert_false (kutip_document_can_undo (document));
  g_assert_false (kutip_document_get_modified (document));

  g_assert_true (kutip_document_redo (document));
  g_assert_true (kutip_document_redo (document));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_true (item_at (document, 0) == annotation);
  g_assert_true (kutip_document_lookup_annotation (document, "a1") == annotation);
  g_assert_true (kutip_document_redo (document));
  g_assert_cmpstr (kutip_annotation_get_label (annotation), ==, "claim");
  g_assert_false (kutip_document_can_redo (document));
  g_assert_false (kutip_document_redo (document));

  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_undo_link (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  KutipAnnotation *speaker1, *speaker2, *claim, *date;
  KutipRelation *first, *second, *again;
  GListModel *relations = kutip_document_get_relations (document);

  speaker1 = tag (document, "speaker", 0, 18);
  speaker2 = tag (document, "speaker", 85, 90);
  claim = tag (document, "claim", 47, 84);
  date = tag (document, "date", 35, 40);

  first = kutip_document_link (document, "said-by", claim, speaker1);
  g_assert_nonnull (first);
  g_assert_cmpstr (kutip_relation_get_origin (first), ==, "manual");
  kutip_document_link (document, "dated", claim, date);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  g_assert_true (kutip_document_get_linked (document, claim, "said-by") == speaker1);

  /* Linking again to the same speaker changes nothing. */
  again = kutip_document_link (document, "said-by", claim, speaker1);
  g_assert_true (again == first);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);

  /* A new said-by replaces the old one in one step; dated stays. */
  second = kutip_document_link (document, "said-by", claim, speaker2);
  g_assert_true (second != first);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  g_assert_true (kutip_document_get_linked (document, claim, "said-by") == speaker2);
  g_assert_true (kutip_document_get_linked (document, claim, "dated") == date);
  g_assert_null (kutip_document_lookup_relation (document, kutip_relation_get_id (first)));

  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_get_linked (document, claim, "said-by") == speaker1);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  /* The restored relation is back where it was in the list. */
  {
    g_autoptr(KutipRelation) r0 = g_list_model_get_item (relations, 0);
    g_assert_true (r0 == first);
  }

  g_assert_true (kutip_document_redo (document));
  g_assert_true (kutip_document_get_linked (document, claim, "said-by") == speaker2);

  /* Reviewing a link is an undoable edit too. */
  kutip_document_set_relation_status (document, second, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (kutip_relation_get_status (second), ==, KUTIP_STATUS_REJECTED);
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpint (kutip_relation_get_status (second), ==, KUTIP_STATUS_ACCEPTED);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_undo_delete_with_relations (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  GListModel *relations = kutip_document_get_relations (document);
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Joe Biden");
  g_autoptr(GError) error = NULL;
  KutipAnnotation *speaker1, *speaker2, *claim1, *claim2;
  guint relations_changed = 0;

  speaker1 = tag (document, "speaker", 9, 18);
  speaker2 = tag (document, "speaker", 85, 90);
  claim1 = tag (document, "claim", 47, 84);
  claim2 = tag (document, "claim", 106, 125);
  kutip_document_link (document, "said-by", claim1, speaker1);
  kutip_document_link (document, "said-by", claim2, speaker1);
  kutip_entity_add_mention (entity, kutip_annotation_get_id (speaker2));
  kutip_entity_add_mention (entity, kutip_annotation_get_id (speaker1));
  g_assert_true (kutip_document_add_entity (document, entity, &error));
  g_assert_no_error (error);
  g_assert_true (kutip_document_get_entity_for (document, speaker1) == entity);

  g_signal_connect_swapped (document, "relations-changed",
                            G_CALLBACK (count_signal_cb), &relations_changed);

  kutip_document_remove_annotation (document, speaker1);
  g_assert_cmpuint (relations_changed, ==, 2);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 0);
  g_assert_null (kutip_document_get_linked (document, claim1, "said-by"));
  g_assert_false (kutip_entity_has_mention (entity, "a1"));
  g_assert_null (kutip_document_lookup_annotation (document, "a1"));

  /* One undo brings back the span, both relations and the mention, in
   * the mention's old place. */
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  g_assert_true (kutip_document_get_linked (document, claim1, "said-by") == speaker1);
  g_assert_true (kutip_document_get_linked (document, claim2, "said-by") == speaker1);
  g_assert_true (kutip_document_get_entity_for (document, speaker1) == entity);
  g_assert_cmpstr (kutip_entity_get_mentions (entity, NULL)[0], ==, "a2");
  g_assert_cmpstr (kutip_entity_get_mentions (entity, NULL)[1], ==, "a1");

  g_assert_true (kutip_document_redo (document));
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 0);
  g_assert_null (kutip_document_get_entity_for (document, speaker1));

  /* Deleting the claim end removes its relation too. */
  g_assert_true (kutip_document_undo (document));
  kutip_document_remove_annotation (document, claim2);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 1);
  g_assert_false (kutip_document_can_redo (document));

  g_signal_handlers_disconnect_by_data (document, &relations_changed);
  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_undo_entities (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  GListModel *entities = kutip_document_get_entities (document);
  g_autoptr(KutipEntity) biden = kutip_entity_new ("Joe Biden");
  g_autoptr(KutipEntity) other = kutip_entity_new ("Biden");
  g_autoptr(GError) error = NULL;
  KutipAnnotation *s1, *s2, *s3;
  guint n;

  s1 = tag (document, "speaker", 9, 18);
  s2 = tag (document, "speaker", 85, 90);
  s3 = tag (document, "speaker", 0, 8);

  g_assert_true (kutip_document_add_entity (document, biden, &error));
  g_assert_true (kutip_document_add_entity (document, other, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_entity_get_id (biden), ==, "e1");
  g_assert_cmpstr (kutip_entity_get_id (other), ==, "e2");

  kutip_document_entity_add_mention (document, biden, s1);
  kutip_document_entity_add_mention (document, other, s2);
  kutip_document_entity_add_mention (document, other, s3);
  /* Moving a mention takes it out of its old entity. */
  kutip_document_entity_add_mention (document, biden, s3);
  g_assert_true (kutip_document_get_entity_for (document, s3) == biden);
  g_assert_false (kutip_entity_has_mention (other, "a3"));
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_get_entity_for (document, s3) == other);

  kutip_document_set_entity_name (document, other, "Presiden Biden");
  g_assert_cmpstr (kutip_entity_get_name (other), ==, "Presiden Biden");

  kutip_document_merge_entities (document, biden, other);
  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 1);
  kutip_entity_get_mentions (biden, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (kutip_document_get_entity_for (document, s2) == biden);
  g_assert_null (kutip_document_lookup_entity (document, "e2"));

  /* One undo step for the whole merge. */
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 2);
  kutip_entity_get_mentions (biden, &n);
  g_assert_cmpuint (n, ==, 1);
  kutip_entity_get_mentions (other, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (kutip_entity_get_mentions (other, NULL)[0], ==, "a2");
  g_assert_cmpstr (kutip_entity_get_mentions (other, NULL)[1], ==, "a3");
  g_assert_true (kutip_document_get_entity_for (document, s2) == other);
  g_assert_true (kutip_document_lookup_entity (document, "e2") == other);

  g_assert_true (kutip_document_undo (document));
  g_assert_cmpstr (kutip_entity_get_name (other), ==, "Biden");
  g_assert_true (kutip_document_redo (document));
  g_assert_true (kutip_document_redo (document));
  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 1);

  kutip_document_entity_remove_mention (document, biden, s1);
  g_assert_null (kutip_document_get_entity_for (document, s1));
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_get_entity_for (document, s1) == biden);
  g_assert_cmpstr (kutip_entity_get_mentions (biden, NULL)[0], ==, "a1");

  kutip_document_remove_entity (document, biden);
  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 0);
  g_assert_null (kutip_document_get_entity_for (document, s1));
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_get_entity_for (document, s1) == biden);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_undo_new_edit_clears_redo (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  KutipAnnotation *a;

  a = tag (document, "claim", 47, 84);
  kutip_document_set_annotation_note (document, a, "cek");
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_can_redo (document));
  g_assert_null (kutip_annotation_get_note (a));

  kutip_document_set_annotation_attribute (document, a, "kind", "indirect");
  g_assert_false (kutip_document_can_redo (document));
  g_assert_cmpstr (kutip_annotation_get_attribute (a, "kind"), ==, "indirect");
  kutip_document_set_annotation_attribute (document, a, "kind", "direct");
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpstr (kutip_annotation_get_attribute (a, "kind"), ==, "indirect");
  g_assert_true (kutip_document_undo (document));
  g_assert_null (kutip_annotation_get_attribute (a, "kind"));

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_modified_flag (void)
{
  g_autoptr(KutipDocument) document = new_document (article);
  KutipAnnotation *a;
  guint notified = 0;

  g_signal_connect (document, "notify::modified", G_CALLBACK (notify_count_cb), &notified);

  a = tag (document, "claim", 47, 84);
  g_assert_true (kutip_document_get_modified (document));
  g_assert_cmpuint (notified, ==, 1);
  kutip_document_mark_saved (document);
  g_assert_false (kutip_document_get_modified (document));
  g_assert_cmpuint (notified, ==, 2);

  kutip_document_set_annotation_status (document, a, KUTIP_STATUS_REJECTED);
  kutip_document_set_annotation_note (document, a, "x");
  g_assert_true (kutip_document_get_modified (document));

  /* Back to the saved state: not modified. */
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_undo (document));
  g_assert_false (kutip_document_get_modified (document));
  /* Past it, and forward to it again. */
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_get_modified (document));
  g_assert_true (kutip_document_redo (document));
  g_assert_false (kutip_document_get_modified (document));

  /* A saved state in the redo part that a new edit discards is gone. */
  g_assert_true (kutip_document_undo (document));
  kutip_document_set_title (document, "Gencatan senjata");
  g_assert_true (kutip_document_get_modified (document));
  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_get_modified (document));

  /* Inside an action the document is modified from the first edit. */
  kutip_document_mark_saved (document);
  kutip_document_begin_action (document, "Two edits");
  kutip_document_set_title (document, "A");
  g_assert_true (kutip_document_get_modified (document));
  kutip_document_set_title (document, "B");
  kutip_document_end_action (document);
  g_assert_true (kutip_document_undo (document));
  g_assert_false (kutip_document_get_modified (document));
  g_assert_null (kutip_document_get_title (document));

  g_signal_handlers_disconnect_by_data (document, &notified);
  g_assert_finalize_object (g_steal_pointer (&document));
}


/* Random edits: undoing them one by one must pass back through exactly the
 * states they went through, and redoing them forward again. */
static KutipEntity *
random_entity (KutipDocument *document,
               GRand         *rand)
{
  GListModel *entities = kutip_document_get_entities (document);
  guint n = g_list_model_get_n_items (entities);
  g_autoptr(KutipEntity) entity = n ? g_list_model_get_item (entities,
                                                            g_rand_int_range (rand, 0, n)) : NULL;
  return entity;
}

static void
test_undo_random (void)
{
  static const char * const labels[] = { "speaker", "claim", "date" };
  g_autoptr(KutipDocument) document = new_random_document (300);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (2024);

  g_ptr_array_add (states, snapshot (document));
  for (guint step = 0; step < 400; step++)
    {
      KutipAnnotation *a = random_annotation (document, rand);
      KutipAnnotation *b = random_annotation (document, rand);
      KutipEntity *e = random_entity (document, rand);
      KutipEntity *f = random_entity (document, rand);
      guint start = g_rand_int_range (rand, 0, 290);
      guint span = 1 + g_rand_int_range (rand, 0, 9);
      g_autoptr(GError) error = NULL;
      g_autofree char *before = snapshot (document);
      g_autofree char *after = NULL;

      switch (g_rand_int_range (rand, 0, 12))
        {
        case 0: case 1: case 2:
          kutip_document_tag (document, labels[g_rand_int_range (rand, 0, 3)],
                              start, start + span, &error);
          break;
        case 3:
          if (a)
            kutip_document_remove_annotation (document, a);
          break;
        case 4:
          if (a)
            kutip_document_set_annotation_bounds (document, a, start, start + span, &error);
          break;
        case 5:
          if (a)
            {
              kutip_document_begin_action (document, "Review");
              kutip_document_set_annotation_status (document, a, g_rand_int_range (rand, 0, 3));
              kutip_document_set_annotation_label (document, a,
                                                   labels[g_rand_int_range (rand, 0, 3)]);
              kutip_document_set_annotation_note (document, a,
                                                  g_rand_boolean (rand) ? "cek" : NULL);
              kutip_document_end_action (document);
            }
          break;
        case 6:
          if (a)
            kutip_document_set_annotation_attribute (document, a, "kind",
                                                     g_rand_boolean (rand) ? "direct" : NULL);
          break;
        case 7:
          if (a && b)
            kutip_document_link (document, g_rand_boolean (rand) ? "said-by" : "dated", a, b);
          break;
        case 8:
          {
            g_autoptr(KutipEntity) entity = kutip_entity_new ("Someone");
            g_assert_true (kutip_document_add_entity (document, entity, &error));
          }
          break;
        case 9:
          if (e && a)
            kutip_document_entity_add_mention (document, e, a);
          break;
        case 10:
          if (e && f && e != f)
            kutip_document_merge_entities (document, e, f);
          else if (e)
            kutip_document_set_entity_name (document, e, g_rand_boolean (rand) ? "A" : "B");
          break;
        case 11:
          kutip_document_set_title (document, g_rand_boolean (rand) ? "T" : NULL);
          break;
        default:
          g_assert_not_reached ();
        }

      after = snapshot (document);
      if (g_strcmp0 (before, after) != 0)
        g_ptr_array_add (states, g_steal_pointer (&after));
    }

  g_assert_cmpuint (states->len, >, 200);
  for (guint i = states->len - 1; i > 0; i--)
    {
      g_autofree char *now = snapshot (document);

      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i));
      g_assert_true (kutip_document_undo (document));
    }
  {
    g_autofree char *first = snapshot (document);
    g_assert_cmpstr (first, ==, g_ptr_array_index (states, 0));
  }
  g_assert_false (kutip_document_can_undo (document));
  g_assert_false (kutip_document_get_modified (document));
  recorder_check (recorder);

  for (guint i = 1; i < states->len; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (kutip_document_redo (document));
      now = snapshot (document);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i));
    }
  g_assert_false (kutip_document_can_redo (document));
  assert_reading_order (document);

  g_rand_free (rand);
  g_clear_pointer (&recorder, recorder_free);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* A grouped edit of many spans (applying suggestions) tells views once
 * that the document changed, not once per span; so do its undo and redo.
 * The list model reports the whole group in one items-changed too: a list
 * view does work in the number of items for each. */
static void
test_grouped_signals (void)
{
  g_autoptr(KutipDocument) document = new_random_document (2000);
  g_autoptr(Recorder) recorder = recorder_new (kutip_document_get_annotations (document));
  guint changed = 0, relations = 0;
  KutipAnnotation *previous = NULL;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (count_signal_cb), &changed);
  g_signal_connect_swapped (document, "relations-changed", G_CALLBACK (count_signal_cb),
                            &relations);

  kutip_document_begin_action (document, "Suggest");
  for (guint i = 0; i < 100; i++)
    {
      KutipAnnotation *a = add (document, i % 2 ? "claim" : "speaker", i * 10, i * 10 + 6);

      if (i % 2)
        g_assert_nonnull (kutip_document_link (document, "said-by", a, previous));
      previous = a;
    }
  /* Nested actions hold on until the outermost ends. */
  kutip_document_begin_action (document, NULL);
  add (document, "date", 1500, 1506);
  kutip_document_end_action (document);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (relations, ==, 0);
  kutip_document_end_action (document);

  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (relations, ==, 1);
  g_assert_cmpuint (recorder->n_signals, ==, 1);
  g_assert_cmpuint (recorder->last_position, ==, 0);
  g_assert_cmpuint (recorder->last_removed, ==, 0);
  g_assert_cmpuint (recorder->last_added, ==, 101);
  recorder_check (recorder);

  g_assert_true (kutip_document_undo (document));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (relations, ==, 2);
  g_assert_cmpuint (recorder->n_signals, ==, 2);
  g_assert_cmpuint (recorder->last_removed, ==, 101);
  g_assert_true (kutip_document_redo (document));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 101);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (recorder->n_signals, ==, 3);
  recorder_check (recorder);

  /* A lone edit still reports at once. */
  add (document, "date", 1600, 1606);
  g_assert_cmpuint (changed, ==, 4);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/document/undo/tag-relabel", test_undo_tag_relabel);
  g_test_add_func ("/kutip/document/undo/link", test_undo_link);
  g_test_add_func ("/kutip/document/undo/delete-with-relations", test_undo_delete_with_relations);
  g_test_add_func ("/kutip/document/undo/entities", test_undo_entities);
  g_test_add_func ("/kutip/document/undo/new-edit-clears-redo", test_undo_new_edit_clears_redo);
  g_test_add_func ("/kutip/document/undo/modified-flag", test_modified_flag);
  g_test_add_func ("/kutip/document/undo/random", test_undo_random);
  g_test_add_func ("/kutip/document/undo/grouped-signals", test_grouped_signals);

  return g_test_run ();
}
