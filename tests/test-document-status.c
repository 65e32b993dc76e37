/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document-status.c: a document's work status (new, in progress,
 * done, skipped): derived from the annotations, stored in the metadata,
 * undoable, and kept by the store. */

#include "config.h"

#include <string.h>

#include "kutip.h"

static KutipDocument *
new_document (void)
{
  g_autoptr(GError) error = NULL;
  KutipDocument *document = kutip_document_new_from_string ("Budi berkata bahwa harga naik.",
                                                             -1, &error);

  g_assert_no_error (error);
  return document;
}

static KutipAnnotation *
add (KutipDocument *document,
     const char    *label,
     guint          start,
     guint          end,
     KutipStatus    status)
{
  g_autoptr(KutipAnnotation) annotation = kutip_annotation_new (label, start, end);
  g_autoptr(GError) error = NULL;

  kutip_annotation_set_status (annotation, status);
  g_assert_true (kutip_document_add_annotation (document, annotation, &error));
  g_assert_no_error (error);
  return annotation;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_derived (void)
{
  g_autoptr(KutipDocument) document = new_document ();
  KutipAnnotation *claim;
  guint notified = 0;

  g_signal_connect (document, "notify::status", G_CALLBACK (count_notify_cb), &notified);

  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_false (kutip_document_has_status (document));

  /* Suggestions alone leave a document new: running the suggester over a
   * folder must not make every document look started. */
  claim = add (document, KUTIP_LABEL_CLAIM, 19, 29, KUTIP_STATUS_PENDING);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_cmpuint (notified, ==, 0);

  /* A decision by a person starts the work. */
  kutip_document_set_annotation_status (document, claim, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (kutip_document_undo (document));
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_cmpuint (notified, ==, 2);

  g_assert_cmpint (kutip_document_derive_status (0, 0), ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_cmpint (kutip_document_derive_status (3, 3), ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_cmpint (kutip_document_derive_status (3, 2), ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
}

typedef struct
{
  KutipDocument       *document;
  guint                notified;
  KutipDocumentStatus  seen;       /* the status when last notified */
  guint                n_items;    /* the annotations the views were told of */
} StatusWatch;

static void
watch_items_changed_cb (GListModel  *model,
                        guint        position,
                        guint        removed,
                        guint        added,
                        StatusWatch *watch)
{
  watch->n_items = watch->n_items - removed + added;
}

static void
watch_status_cb (KutipDocument *document,
                 GParamSpec    *pspec,
                 StatusWatch   *watch)
{
  watch->notified++;
  watch->seen = kutip_document_get_status (document);
  /* The views already know the annotations the status was derived from. */
  g_assert_cmpuint (watch->n_items, ==, kutip_document_get_n_annotations (document));
}

static void
watch_status (StatusWatch   *watch,
              KutipDocument *document)
{
  watch->document = document;
  watch->notified = 0;
  watch->seen = kutip_document_get_status (document);
  watch->n_items = kutip_document_get_n_annotations (document);
  g_signal_connect (document, "notify::status", G_CALLBACK (watch_status_cb), watch);
  g_signal_connect (kutip_document_get_annotations (document), "items-changed",
                    G_CALLBACK (watch_items_changed_cb), watch);
}

/* Inside an action the derived status waits with the other signals: one
 * notify at its end if it changed (none if it came back), after the
 * annotations' items-changed, so a view reads a status and a list that
 * agree. */
static void
test_derived_in_action (void)
{
  g_autoptr(KutipDocument) document = new_document ();
  StatusWatch watch;
  KutipAnnotation *speaker, *claim, *manual;
  g_autoptr(GError) error = NULL;

  speaker = add (document, KUTIP_LABEL_SPEAKER, 0, 4, KUTIP_STATUS_PENDING);
  claim = add (document, KUTIP_LABEL_CLAIM, 19, 29, KUTIP_STATUS_PENDING);
  watch_status (&watch, document);

  kutip_document_begin_action (document, "Accept All");
  kutip_document_set_annotation_status (document, speaker, KUTIP_STATUS_ACCEPTED);
  kutip_document_set_annotation_status (document, claim, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpuint (watch.notified, ==, 0);
  kutip_document_end_action (document);
  g_assert_cmpuint (watch.notified, ==, 1);
  g_assert_cmpint (watch.seen, ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);

  /* Undo and redo of the action: one notify each. */
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpuint (watch.notified, ==, 2);
  g_assert_cmpint (watch.seen, ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_true (kutip_document_redo (document));
  g_assert_cmpuint (watch.notified, ==, 3);
  g_assert_cmpint (watch.seen, ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);

  /* Undecided again, then a span tagged by hand: in progress throughout
   * for whoever listens, so no notify at all. */
  kutip_document_begin_action (document, "Redo by hand");
  kutip_document_set_annotation_status (document, speaker, KUTIP_STATUS_PENDING);
  kutip_document_set_annotation_status (document, claim, KUTIP_STATUS_PENDING);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_NEW);
  manual = kutip_document_tag (document, KUTIP_LABEL_SPEAKER, 0, 4, &error);
  g_assert_no_error (error);
  g_assert_nonnull (manual);
  kutip_document_end_action (document);
  g_assert_cmpuint (watch.notified, ==, 3);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
}

/* A long action flushed batch by batch, and its undo and redo replayed a
 * batch at a time: the status is notified at the flush where it changes,
 * once, and is the derived one as soon as the last batch is done. */
static void
test_derived_in_batches (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new ();
  StatusWatch watch;
  guint batches = 0;

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "Budi berkata bahwa harga naik. ");
  document = kutip_document_new_from_string (text->str, -1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (claims, add (document, KUTIP_LABEL_CLAIM, 31 * i + 19, 31 * i + 29,
                                  KUTIP_STATUS_PENDING));
  kutip_history_clear (kutip_document_get_history (document));
  watch_status (&watch, document);

  kutip_document_begin_action (document, "Accept All");
  for (guint i = 0; i < claims->len; i++)
    {
      kutip_document_set_annotation_status (document, claims->pdata[i], KUTIP_STATUS_ACCEPTED);
      if (i % 10 == 9)
        kutip_document_flush_signals (document);
      /* Notified at the first flush, not at the first accept. */
      g_assert_cmpuint (watch.notified, ==, i >= 9);
    }
  kutip_document_end_action (document);
  g_assert_cmpuint (watch.notified, ==, 1);
  g_assert_cmpint (watch.seen, ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);

  /* Undone a batch at a time: in progress until the last claim is
   * undecided again, new right after. */
  g_assert_true (kutip_document_begin_undo (document));
  while (!kutip_document_replay (document, 7, 0))
    {
      batches++;
      g_assert_cmpuint (watch.notified, ==, 1);
      g_assert_cmpint (kutip_document_get_status (document), ==,
                       KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
    }
  g_assert_cmpuint (batches, >, 10);
  g_assert_cmpuint (watch.notified, ==, 2);
  g_assert_cmpint (watch.seen, ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_NEW);

  /* Redone a batch at a time: in progress from the first batch on. */
  g_assert_true (kutip_document_begin_redo (document));
  g_assert_false (kutip_document_replay (document, 7, 0));
  g_assert_cmpuint (watch.notified, ==, 3);
  g_assert_cmpint (watch.seen, ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
  while (!kutip_document_replay (document, 7, 0))
    ;
  g_assert_cmpuint (watch.notified, ==, 3);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);

  /* A stored status set and undone inside a replay is notified too. */
  kutip_document_set_status (document, KUTIP_DOCUMENT_STATUS_DONE);
  g_assert_cmpuint (watch.notified, ==, 4);
  g_assert_true (kutip_document_begin_undo (document));
  g_assert_true (kutip_document_replay (document, 1, 0));
  g_assert_cmpuint (watch.notified, ==, 5);
  g_assert_cmpint (watch.seen, ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
}

static void
test_stored_and_undo (void)
{
  g_autoptr(KutipDocument) document = new_document ();
  KutipDocumentStatus status = KUTIP_DOCUMENT_STATUS_NEW;
  guint notified = 0;

  g_signal_connect (document, "notify::status", G_CALLBACK (count_notify_cb), &notified);

  kutip_document_set_status (document, KUTIP_DOCUMENT_STATUS_DONE);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_DONE);
  g_assert_true (kutip_document_has_status (document));
  g_assert_true (kutip_document_get_modified (document));
  g_assert_cmpuint (notified, ==, 1);

  g_object_get (document, "status", &status, NULL);
  g_assert_cmpint (status, ==, KUTIP_DOCUMENT_STATUS_DONE);

  /* A stored status wins over the derived one. */
  add (document, KUTIP_LABEL_SPEAKER, 0, 4, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_DONE);

  g_assert_true (kutip_document_undo (document));
  g_assert_true (kutip_document_undo (document));
  g_assert_false (kutip_document_has_status (document));
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_true (kutip_document_redo (document));
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_DONE);

  kutip_document_set_status (document, KUTIP_DOCUMENT_STATUS_SKIPPED);
  g_assert_cmpint (kutip_document_get_status (document), ==, KUTIP_DOCUMENT_STATUS_SKIPPED);
  kutip_document_clear_status (document);
  g_assert_false (kutip_document_has_status (document));
}

static void
test_names (void)
{
  static const char * const names[] = { "new", "in-progress", "done", "skipped" };
  KutipDocumentStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpstr (kutip_document_status_to_string (i), ==, names[i]);
      g_assert_true (kutip_document_status_from_string (names[i], &status));
      g_assert_cmpint (status, ==, i);
    }
  g_assert_false (kutip_document_status_from_string ("in progress", &status));
  g_assert_false (kutip_document_status_from_string ("Done", &status));
  g_assert_false (kutip_document_status_from_string (NULL, &status));
}

static void
test_store_round_trip (void)
{
  g_autoptr(KutipDocument) document = new_document ();
  g_autoptr(KutipDocument) again = NULL;
  g_autoptr(KutipDocument) derived = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *plain = NULL;
  gsize len = 0;

  /* A derived status is not written: it keeps following the annotations. */
  plain = kutip_store_to_data (document, TRUE, &len);
  g_assert_null (strstr (plain, "\"status\""));

  kutip_document_set_status (document, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
  data = kutip_store_to_data (document, TRUE, &len);
  g_assert_nonnull (strstr (data, "\"status\": \"in-progress\""));

  again = kutip_store_load_data (data, len, "a.kutip.json", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (kutip_document_has_status (again));
  g_assert_cmpint (kutip_document_get_status (again), ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
  /* Loading is not an edit. */
  g_assert_false (kutip_document_get_modified (again));
  g_assert_false (kutip_document_can_undo (again));

  derived = kutip_store_load_data (plain, strlen (plain), "b.kutip.json", KUTIP_LOAD_DEFAULT,
                                   &error);
  g_assert_no_error (error);
  g_assert_false (kutip_document_has_status (derived));
}

static char *
file_with_status (const char *status_json)
{
  g_autoptr(KutipDocument) document = new_document ();
  g_autofree char *data = kutip_store_to_data (document, TRUE, NULL);
  g_autoptr(GString) out = g_string_new (data);
  char *at = strstr (out->str, "\"annotator\": null");

  g_assert_nonnull (at);
  g_string_insert (out, at - out->str, status_json);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_store_old_and_bad (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = g_test_build_filename (G_TEST_DIST, "data", "budi.kutip.json",
                                                     NULL);
  g_autoptr(KutipDocument) old = NULL;
  g_autofree char *null_status = file_with_status ("\"status\": null, ");
  g_autofree char *bad_status = file_with_status ("\"status\": \"finished\", ");
  g_autofree char *number_status = file_with_status ("\"status\": 3, ");
  g_autoptr(KutipDocument) from_null = NULL;
  KutipDocument *bad;

  /* A file from before the status existed loads, its status derived. */
  old = kutip_store_load_file (old_path, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (kutip_document_has_status (old));
  g_assert_cmpint (kutip_document_get_status (old), ==, KUTIP_DOCUMENT_STATUS_IN_PROGRESS);

  from_null = kutip_store_load_data (null_status, strlen (null_status), "n.kutip.json",
                                     KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (kutip_document_has_status (from_null));

  bad = kutip_store_load_data (bad_status, strlen (bad_status), "bad.kutip.json",
                               KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (bad);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "bad.kutip.json: $.metadata.status: “finished” is not a document status "
                   "(new, in-progress, done, skipped)");
  g_clear_error (&error);

  bad = kutip_store_load_data (number_status, strlen (number_status), "num.kutip.json",
                               KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (bad);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "$.metadata.status"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/document-status/derived", test_derived);
  g_test_add_func ("/kutip/document-status/derived-in-action", test_derived_in_action);
  g_test_add_func ("/kutip/document-status/derived-in-batches", test_derived_in_batches);
  g_test_add_func ("/kutip/document-status/stored-and-undo", test_stored_and_undo);
  g_test_add_func ("/kutip/document-status/names", test_names);
  g_test_add_func ("/kutip/document-status/store-round-trip", test_store_round_trip);
  g_test_add_func ("/kutip/document-status/store-old-and-bad", test_store_old_and_bad);

  return g_test_run ();
}
