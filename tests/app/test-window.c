/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: drives the real annotation window through its actions and
 * key events and checks the model; writes a screenshot. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "kutip-annotation-panel.h"
#include "kutip-application.h"
#include "kutip-article-view.h"
#include "kutip-claims-table.h"
#include "kutip-label-names.h"
#include "kutip-recovery.h"
#include "kutip-store.h"
#include "kutip-window.h"

static KutipAnnotation *
first_at (KutipDocument *document,
          guint          offset)
{
  g_autoptr(GPtrArray) found = kutip_document_find_at (document, offset);

  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

static void
select_text (KutipWindow *window,
             const char  *needle,
             int          extra_before,
             int          extra_after)
{
  KutipDocument *document = kutip_window_get_document (window);
  guint start = find_text (document, needle);

  kutip_article_view_select_range (kutip_window_get_article_view (window),
                                   start - extra_before,
                                   start + g_utf8_strlen (needle, -1) + extra_after);
}

/* Releases the article's click gesture @n_press times over code point
 * @offset, as GTK does for a double or triple click there. */
static void
click_at (KutipWindow *window,
          guint        offset,
          int          n_press)
{
  KutipArticleView *view = kutip_window_get_article_view (window);
  GtkTextView *text_view = kutip_article_view_get_text_view (view);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (text_view));
  GtkTextIter iter;
  GdkRectangle rect;
  int wx, wy;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, (int) offset);
  gtk_text_view_get_iter_location (text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x + 1, rect.y + rect.height / 2, &wx, &wy);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_GESTURE_CLICK (controller) ||
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) != GDK_BUTTON_PRIMARY)
        continue;
      g_signal_emit_by_name (controller, "released", n_press, (double) wx, (double) wy);
    }
  spin (20);
}

/* A double click selects a word, a triple click the sentence; the label
 * key then tags exactly that. */
static void
test_click_selection (void)
{
  g_autofree char *path = copy_sample ("click.txt");
  KutipWindow *window = open_window (path);
  KutipDocument *document = kutip_window_get_document (window);
  KutipArticleView *view = kutip_window_get_article_view (window);
  guint word = find_text (document, "Sullivan");
  guint sentence = find_text (document, "Sengketa ini bermula");
  guint start = 0, end = 0;
  KutipAnnotation *a;

  click_at (window, word + 3, 2);
  g_assert_true (kutip_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, word);
  g_assert_cmpuint (end, ==, word + 8);
  g_assert_true (press_key (window, GDK_KEY_1, 0));
  a = first_at (document, word);
  g_assert_cmpstr (kutip_annotation_get_text (a), ==, "Sullivan");
  g_assert_cmpstr (kutip_annotation_get_label (a), ==, KUTIP_LABEL_SPEAKER);

  click_at (window, sentence + 10, 3);
  g_assert_true (kutip_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, sentence);
  {
    g_autofree char *selected = kutip_text_dup_slice (kutip_document_get_text (document),
                                                      start, end);

    g_assert_cmpstr (selected, ==, "Sengketa ini bermula sejak serangan berkecamuk\npada "
                                   "pekan lalu.");
  }

  close_window (window);
}

static gboolean
recent_has (gpointer data)
{
  return gtk_recent_manager_has_item (gtk_recent_manager_get_default (), data);
}

/* Dropping a file on the window opens it (through the window's drop
 * target, as GTK delivers a drop), and the file joins the recent files. */
static void
test_drop_and_recent (void)
{
  g_autofree char *first = copy_sample ("before-drop.txt");
  g_autofree char *dropped = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GListModel) controllers = NULL;
  KutipWindow *window = open_window (first);
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_assert_nonnull (window);
  dropped = write_article (NULL, "dropped.txt", "“Kami siap,” kata Budi.\n");
  file = g_file_new_for_path (dropped);
  uri = g_file_get_uri (file);

  files = g_slist_prepend (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &handled);
    }
  g_value_unset (&value);
  g_assert_true (handled);
  spin (50);

  /* The dropped article is open (in this window or a new one). */
  {
    gboolean found = FALSE;
    GList *windows = gtk_window_list_toplevels ();

    for (GList *l = windows; l != NULL; l = l->next)
      if (KUTIP_IS_WINDOW (l->data) && kutip_window_get_document (l->data) != NULL &&
          g_str_has_prefix (kutip_text_get_utf8 (kutip_document_get_text (
                              kutip_window_get_document (l->data)), NULL), "“Kami siap,”"))
        found = TRUE;
    g_list_free (windows);
    g_assert_true (found);
  }

  g_assert_true (spin_until (recent_has, uri, 3000));

  /* Close every window the test opened (the drop may have opened one). */
  destroy_kutip_windows ();
}

static void
test_open_sample (void)
{
  KutipWindow *window = open_window (NULL);
  KutipDocument *document = kutip_window_get_document (window);
  KutipArticleView *view = kutip_window_get_article_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (kutip_article_view_get_text_view (view));

  g_assert_cmpuint (kutip_text_get_length (kutip_document_get_text (document)), >, 1000);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==,
                   (int) kutip_text_get_length (kutip_document_get_text (document)));
  /* The read-only sample never has a save place of its own. */
  g_assert_null (kutip_document_get_path (document));
  g_assert_false (kutip_window_get_dirty (window));
  g_assert_true (kutip_window_is_pristine (window));
  close_window (window);
}

static gboolean
recovery_exists (gpointer data)
{
  g_autoptr(GPtrArray) paths = kutip_recovery_list ();

  return paths->len > 0;
}

static gboolean
recovery_gone (gpointer data)
{
  return !recovery_exists (data);
}

static void
test_tag_link_undo_save (void)
{
  g_autofree char *article = copy_sample ("article.txt");
  g_autofree char *sidecar = kutip_store_sidecar_path (article);
  KutipWindow *window = open_window (article);
  KutipDocument *document = kutip_window_get_document (window);
  KutipArticleView *view = kutip_window_get_article_view (window);
  g_autoptr(KutipDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  KutipAnnotation *speaker, *claim, *date, *linked;
  guint cursor;

  g_assert_cmpstr (kutip_document_get_path (document), ==, sidecar);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);

  /* A speaker: selection with a space either side, tagged with key 1. */
  select_text (window, "Karine Jean-Pierre", 1, 0);
  g_assert_true (press_key (window, GDK_KEY_1, 0));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  speaker = kutip_window_get_selected (window);
  g_assert_nonnull (speaker);
  g_assert_cmpstr (kutip_annotation_get_label (speaker), ==, KUTIP_LABEL_SPEAKER);
  g_assert_cmpstr (kutip_annotation_get_text (speaker), ==, "Karine Jean-Pierre");
  g_assert_cmpint (kutip_annotation_get_status (speaker), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), ==, 1);
  g_assert_true (kutip_window_get_dirty (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* A claim: the caret inside a quotation and key 2 tag the whole quote. */
  cursor = find_text (document, "diskusi rinci");
  kutip_article_view_select_range (view, cursor, cursor);
  g_assert_true (press_key (window, GDK_KEY_2, 0));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 2);
  claim = kutip_window_get_selected (window);
  g_assert_cmpstr (kutip_annotation_get_label (claim), ==, KUTIP_LABEL_CLAIM);
  g_assert_true (g_str_has_prefix (kutip_annotation_get_text (claim), "“Kedua pemimpin"));
  g_assert_true (g_str_has_suffix (kutip_annotation_get_text (claim), "Serikat,”"));

  /* One key links the claim to the nearest speaker. */
  g_assert_true (press_key (window, GDK_KEY_s, 0));
  linked = kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY);
  g_assert_true (linked == speaker);

  {
    g_autofree char *who = kutip_claims_table_speaker_of (document, claim);

    g_assert_cmpstr (who, ==, "Karine Jean-Pierre");
  }

  /* A date through the palette's action, then its value. */
  select_text (window, "Rabu (18/5)", 0, 0);
  activate (window, "tag", g_variant_new_string (KUTIP_LABEL_DATE));
  date = kutip_window_get_selected (window);
  g_assert_cmpstr (kutip_annotation_get_label (date), ==, KUTIP_LABEL_DATE);
  g_assert_cmpstr (kutip_annotation_get_text (date), ==, "Rabu (18/5)");
  activate (window, "set-date-value", g_variant_new_string ("2021-13-45"));
  g_assert_null (kutip_annotation_get_attribute (date, "value"));
  activate (window, "set-date-value", g_variant_new_string ("2021-05-19"));
  g_assert_cmpstr (kutip_annotation_get_attribute (date, "value"), ==, "2021-05-19");
  g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), ==, 3);

  /* Undo and redo, by the actions the shortcuts use. */
  activate (window, "undo", NULL);
  g_assert_null (kutip_annotation_get_attribute (date, "value"));
  activate (window, "undo", NULL);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 2);
  g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), ==, 2);
  activate (window, "redo", NULL);
  activate (window, "redo", NULL);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 3);
  g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), ==, 3);
  date = first_at (document, find_text (document, "Rabu"));
  g_assert_cmpstr (kutip_annotation_get_attribute (date, "value"), ==, "2021-05-19");

  /* Delete removes the selected annotation; undo brings it back. */
  kutip_window_set_selected (window, date);
  g_assert_true (press_key (window, GDK_KEY_Delete, 0));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 2);
  g_assert_null (kutip_window_get_selected (window));
  activate (window, "undo", NULL);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 3);

  /* Autosave writes a recovery copy a moment after the edit. */
  g_assert_true (spin_until (recovery_exists, NULL, 8000));

  /* Save: the file is written, the title clean, the recovery copy gone. */
  activate (window, "save", NULL);
  g_assert_true (g_file_test (sidecar, G_FILE_TEST_IS_REGULAR));
  g_assert_false (kutip_window_get_dirty (window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_true (spin_until (recovery_gone, NULL, 3000));

  /* Reload through the article: its sidecar brings the annotations. */
  reloaded = kutip_store_open (article, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_document_get_n_annotations (reloaded), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (kutip_document_get_annotations (document), i);
      g_autoptr(KutipAnnotation) b = g_list_model_get_item (kutip_document_get_annotations (reloaded), i);

      g_assert_cmpstr (kutip_annotation_get_label (a), ==, kutip_annotation_get_label (b));
      g_assert_cmpuint (kutip_annotation_get_start (a), ==, kutip_annotation_get_start (b));
      g_assert_cmpuint (kutip_annotation_get_end (a), ==, kutip_annotation_get_end (b));
      g_assert_cmpstr (kutip_annotation_get_text (a), ==, kutip_annotation_get_text (b));
    }
  {
    KutipAnnotation *claim2 = kutip_document_lookup_annotation (reloaded,
                                                                kutip_annotation_get_id (claim));
    KutipAnnotation *speaker2;

    g_assert_nonnull (claim2);
    speaker2 = kutip_document_get_linked (reloaded, claim2, KUTIP_RELATION_SAID_BY);
    g_assert_nonnull (speaker2);
    g_assert_cmpstr (kutip_annotation_get_text (speaker2), ==, "Karine Jean-Pierre");
  }

  close_window (window);
}

static void
test_relabel_and_navigate (void)
{
  g_autofree char *article = copy_sample ("navigate.txt");
  KutipWindow *window = open_window (article);
  KutipDocument *document = kutip_window_get_document (window);
  KutipAnnotation *first, *second;

  select_text (window, "Joe Biden", 0, 0);
  g_assert_true (press_key (window, GDK_KEY_1, 0));
  first = kutip_window_get_selected (window);
  select_text (window, "Jake\nSullivan", 0, 0);
  g_assert_true (press_key (window, GDK_KEY_3, 0));
  second = kutip_window_get_selected (window);
  g_assert_cmpstr (kutip_annotation_get_label (second), ==, KUTIP_LABEL_DATE);

  /* Alt+1 changes the label of the selected annotation. */
  g_assert_true (press_key (window, GDK_KEY_1, GDK_ALT_MASK));
  g_assert_cmpstr (kutip_annotation_get_label (second), ==, KUTIP_LABEL_SPEAKER);

  /* Next and previous follow reading order and wrap. */
  activate (window, "previous-annotation", NULL);
  g_assert_true (kutip_window_get_selected (window) == first);
  g_assert_true (press_key (window, GDK_KEY_j, 0));
  g_assert_true (kutip_window_get_selected (window) == second);

  /* Two mentions become one person. */
  activate (window, "set-person", g_variant_new_string ("Jake Sullivan"));
  activate (window, "previous-annotation", NULL);
  g_assert_true (kutip_window_get_selected (window) == first);
  activate (window, "set-person", g_variant_new_string ("Joe Biden"));
  {
    KutipEntity *sullivan = kutip_document_get_entity_for (document, second);

    g_assert_nonnull (sullivan);
    activate (window, "merge-person", g_variant_new_string (kutip_entity_get_id (sullivan)));
    g_assert_true (kutip_document_get_entity_for (document, first) ==
                   kutip_document_get_entity_for (document, second));
    g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_entities (document)), ==, 1);
  }
  activate (window, "next-annotation", NULL);
  g_assert_true (kutip_window_get_selected (window) == second);

  /* Rejecting hides the highlight but keeps the annotation. */
  g_assert_true (press_key (window, GDK_KEY_r, 0));
  g_assert_cmpint (kutip_annotation_get_status (second), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 2);
  g_assert_cmpuint (kutip_article_view_get_n_highlighted (kutip_window_get_article_view (window)),
                    ==, 1);

  /* Find selects the match. */
  {
    guint start, end;

    g_assert_true (kutip_article_view_find (kutip_window_get_article_view (window),
                                            "netanyahu", FALSE));
    g_assert_true (kutip_article_view_get_selection (kutip_window_get_article_view (window),
                                                     &start, &end));
    g_assert_cmpuint (end - start, ==, strlen ("Netanyahu"));
  }

  close_window (window);
}

static void
test_bad_file_keeps_work (void)
{
  g_autofree char *article = copy_sample ("keep.txt");
  g_autofree char *bad = g_build_filename (tmp_dir, "broken.kutip.json", NULL);
  g_autofree char *latin1 = g_build_filename (tmp_dir, "latin1.txt", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) latin1_file = g_file_new_for_path (latin1);
  KutipWindow *window = open_window (article);
  KutipDocument *document = kutip_window_get_document (window);

  select_text (window, "Netanyahu", 0, 0);
  g_assert_true (press_key (window, GDK_KEY_1, 0));

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"kutip\", ", -1, NULL));
  g_assert_true (g_file_set_contents (latin1, "caf\xe9 au lait\n", -1, NULL));

  g_assert_false (kutip_window_open_file (window, bad_file));
  g_assert_false (kutip_window_open_file (window, latin1_file));
  g_assert_true (kutip_window_get_document (window) == document);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_true (kutip_window_get_dirty (window));

  /* Close the error dialogs; then discard the work without asking. */
  {
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        gtk_window_destroy (GTK_WINDOW (l->data));
    g_list_free (toplevels);
  }
  close_window (window);
}

/* An article edited under its annotations: a dialog offers re-anchoring,
 * which loads the annotations where their text is now. */
static void
test_hash_mismatch_reanchors (void)
{
  g_autofree char *article = copy_sample ("moved.txt");
  g_autofree char *sidecar = kutip_store_sidecar_path (article);
  g_autofree char *contents = NULL;
  g_autofree char *edited = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (article);
  KutipWindow *window = open_window (article);
  KutipWindow *target;
  AdwMessageDialog *dialog;
  KutipAnnotation *speaker;

  select_text (window, "Karine Jean-Pierre", 0, 0);
  g_assert_true (press_key (window, GDK_KEY_1, 0));
  activate (window, "save", NULL);
  close_window (window);

  /* A new first line moves every offset. */
  g_assert_true (g_file_get_contents (article, &contents, NULL, NULL));
  edited = g_strconcat ("JAKARTA — Diperbarui.\n", contents, NULL);
  g_assert_true (g_file_set_contents (article, edited, -1, NULL));

  window = open_window (NULL);
  g_assert_false (kutip_window_open_file (window, file));
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  g_assert_true (kutip_window_is_pristine (window));
  adw_message_dialog_response (dialog, "reanchor");
  spin (50);

  target = window;
  g_assert_nonnull (kutip_window_get_document (target));
  g_assert_cmpuint (kutip_document_get_n_annotations (kutip_window_get_document (target)), ==, 1);
  speaker = first_at (kutip_window_get_document (target),
                      find_text (kutip_window_get_document (target), "Karine"));
  g_assert_cmpstr (kutip_annotation_get_text (speaker), ==, "Karine Jean-Pierre");
  close_window (window);
}

/* Closing with unsaved work asks; Discard closes and drops the recovery. */
static void
test_close_asks (void)
{
  g_autofree char *article = copy_sample ("close.txt");
  KutipWindow *window = open_window (article);
  AdwMessageDialog *dialog;
  gboolean closed = FALSE;

  select_text (window, "Lloyd Austin", 0, 0);
  g_assert_true (press_key (window, GDK_KEY_1, 0));

  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  adw_message_dialog_response (dialog, "cancel");
  spin (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  adw_message_dialog_response (dialog, "discard");
  spin (200);
  closed = window == NULL || !gtk_widget_get_visible (GTK_WIDGET (window));
  g_assert_true (closed);
  if (window != NULL)
    close_window (window);
  g_assert_true (recovery_gone (NULL));
}

static void
recovery_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (kutip_recovery_write_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_recovery_files (void)
{
  g_autofree char *path = kutip_recovery_new_path ();
  g_autofree char *origin = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  gboolean done = FALSE;

  kutip_recovery_write_async (NULL, path, g_strdup ("{\"format\": \"kutip\"}"), 19,
                              "/home/a/article.kutip.json", NULL, recovery_written_cb, &done);
  g_assert_true (spin_until (is_true, &done, 5000));

  listed = kutip_recovery_list ();
  g_assert_true (g_ptr_array_find_with_equal_func (listed, path, g_str_equal, NULL));
  origin = kutip_recovery_get_origin (path);
  g_assert_cmpstr (origin, ==, "/home/a/article.kutip.json");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"format\": \"kutip\"}");

  kutip_recovery_remove (path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (kutip_recovery_get_origin (path));
}

static void
test_date_values (void)
{
  g_assert_true (kutip_date_value_is_valid ("2021-05-18"));
  g_assert_true (kutip_date_value_is_valid ("2021-W20"));
  g_assert_true (kutip_date_value_is_valid ("XXXX-05-18"));
  g_assert_true (kutip_date_value_is_valid ("1998-Q3"));
  g_assert_true (kutip_date_value_is_valid ("199"));
  g_assert_true (kutip_date_value_is_valid ("PAST_REF"));
  g_assert_true (kutip_date_value_is_valid ("2021-05-18TMO"));
  g_assert_true (kutip_date_value_is_valid ("2021-05-18T10:00"));
  g_assert_true (kutip_date_value_is_valid ("P3D"));
  g_assert_false (kutip_date_value_is_valid ("2021-02-30"));
  g_assert_false (kutip_date_value_is_valid ("2021-13"));
  g_assert_false (kutip_date_value_is_valid ("18/5"));
  g_assert_false (kutip_date_value_is_valid (""));
}

/* A long article draws its highlights as they come into view, and every
 * one is drawn once it is selected (or scrolled to). */
static void
test_long_article_draws_on_demand (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KutipWindow *window;
  KutipArticleView *view;
  KutipAnnotation *last = NULL;
  guint n = 0;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (text, "Menurut Joko %u, “harga naik”, kata dia.\n", i);
  document = kutip_document_new_from_string (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  for (guint offset = 0; offset + 12 < kutip_text_get_length (kutip_document_get_text (document));
       offset += 400)
    {
      last = kutip_document_tag (document, KUTIP_LABEL_SPEAKER, offset + 8, offset + 12, &error);
      g_assert_no_error (error);
      n++;
    }

  window = kutip_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  kutip_window_set_document (window, document, FALSE);
  view = kutip_window_get_article_view (window);
  spin (50);

  g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), >, 0);
  g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), <, n);
  g_assert_false (kutip_window_get_dirty (window));

  kutip_window_set_selected (window, last);
  g_assert_true (kutip_article_view_get_selected (view) == last);
  {
    g_autofree char *tip = kutip_article_view_describe_at (view, kutip_annotation_get_start (last));

    g_assert_nonnull (tip);
    g_assert_nonnull (strstr (tip, "Speaker"));
  }
  /* Tagging far down draws at once and undo takes it away. */
  {
    guint before = kutip_article_view_get_n_highlighted (view);

    kutip_article_view_select_range (view, kutip_annotation_get_start (last) - 8,
                                     kutip_annotation_get_start (last) - 1);
    activate (window, "tag", g_variant_new_string (KUTIP_LABEL_DATE));
    g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), ==, before + 1);
    activate (window, "undo", NULL);
    g_assert_cmpuint (kutip_article_view_get_n_highlighted (view), ==, before);
  }

  close_window (window);
}

static gboolean
is_status_line (GtkWidget    *widget,
                gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "statusline");
}

static guint
n_rows_shown (GtkWidget *root,
              GType      view_type)
{
  GtkWidget *view = find_widget_of_type (root, view_type);
  GtkSelectionModel *model = NULL;

  g_assert_nonnull (view);
  if (GTK_IS_LIST_VIEW (view))
    model = gtk_list_view_get_model (GTK_LIST_VIEW (view));
  else
    model = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static gboolean
panel_filled (gpointer window)
{
  GtkWidget *panel = find_widget_of_type (window, KUTIP_TYPE_ANNOTATION_PANEL);

  return n_rows_shown (panel, GTK_TYPE_LIST_VIEW) ==
         kutip_document_get_n_annotations (kutip_window_get_document (window));
}

/* The window's first frame shows the article; the annotation list, the
 * claims table and the details follow, and then show everything. */
static void
test_side_pane_fills (void)
{
  g_autofree char *article = copy_sample ("side-pane.txt");
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KutipWindow *window = open_window (NULL);
  GtkWidget *table;
  AdwViewStack *stack;
  guint n_claims = 0;

  document = kutip_store_open (article, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 30; i++)
    {
      guint start = 40 * i;

      kutip_document_tag (document, i % 2 ? KUTIP_LABEL_CLAIM : KUTIP_LABEL_SPEAKER,
                          start, start + 20, &error);
      g_assert_no_error (error);
      n_claims += i % 2;
    }
  kutip_window_set_document (window, document, FALSE);
  g_assert_true (spin_until (panel_filled, window, 10000));

  /* A selection made while the list fills is shown once it has. */
  kutip_window_set_selected (window, first_at (document, 40));
  g_assert_true (kutip_annotation_panel_get_selected (
                   KUTIP_ANNOTATION_PANEL (find_widget_of_type (GTK_WIDGET (window),
                                                            KUTIP_TYPE_ANNOTATION_PANEL))) ==
                 first_at (document, 40));

  table = find_widget_of_type (GTK_WIDGET (window), KUTIP_TYPE_CLAIMS_TABLE);
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (table, ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "claims");
  spin (100);
  g_assert_cmpuint (n_rows_shown (table, GTK_TYPE_COLUMN_VIEW), ==, n_claims);
  adw_view_stack_set_visible_child_name (stack, "annotations");

  close_window (window);
}

/* The luminance (0-255) over the character cells of the first @needle
 * (one line of text) in @texture, a rendering of @window: its range, the
 * most common value (what is under the glyphs: the page or a tint), and
 * at @margin that of the article's margin beside it. */
static void
luminance_over (KutipWindow *window,
                GdkTexture  *texture,
                const char  *needle,
                double      *min,
                double      *max,
                double      *under,
                double      *margin)
{
  guint histogram[256] = { 0 };
  KutipDocument *document = kutip_window_get_document (window);
  GtkTextView *text_view = kutip_article_view_get_text_view (kutip_window_get_article_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  guint start = find_text (document, needle);
  GtkTextIter iter;
  GdkRectangle first, last;
  graphene_point_t from, to, side;
  int wx, wy;

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
  gtk_text_view_get_iter_location (text_view, &iter, &first);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) (start + g_utf8_strlen (needle, -1)));
  gtk_text_view_get_iter_location (text_view, &iter, &last);
  g_assert_cmpint (first.y, ==, last.y);

  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         first.x, first.y, &wx, &wy);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (text_view), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (wx, wy), &from));
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         last.x, last.y + last.height, &wx, &wy);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (text_view), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (wx, wy), &to));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (text_view), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (
                                             gtk_text_view_get_left_margin (text_view) / 2,
                                             wy - first.height / 2), &side));
  g_assert_cmpfloat (to.y, <=, height);

  *min = 255;
  *max = 0;
  for (int y = (int) from.y + 2; y < (int) to.y - 2; y++)
    for (int x = (int) from.x; x < (int) to.x && x < width; x++)
      {
        /* Cairo's ARGB32 in memory: B, G, R, A. */
        const guchar *p = pixels + ((gsize) y * width + x) * 4;
        double luminance = 0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2];

        *min = MIN (*min, luminance);
        *max = MAX (*max, luminance);
        histogram[(guint) CLAMP (luminance, 0, 255)]++;
      }
  *under = 0;
  for (guint i = 1; i < 256; i++)
    if (histogram[i] > histogram[(guint) *under])
      *under = i;
  {
    const guchar *p = pixels + ((gsize) side.y * width + (gsize) side.x) * 4;

    *margin = 0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2];
  }
}

/* Plain text, a claim (italic on a tint) and a speaker (semibold on a
 * tint) on the article's background: readable in @dark style or not. */
static void
assert_readable (KutipWindow *window,
                 GdkTexture  *texture,
                 gboolean     dark)
{
  const char *spans[] = { "Para", "kemajuan", "Lloyd Austin" };
  double min, max, under, margin;

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      luminance_over (window, texture, spans[i], &min, &max, &under, &margin);
      g_test_message ("%s, %s: text %.0f..%.0f on %.0f, margin %.0f", dark ? "dark" : "light",
                      spans[i], min, max, under, margin);
      if (dark)
        {
          /* The page dark, the glyphs light and well above what is under
           * them, tint included. */
          g_assert_cmpfloat (margin, <, 70);
          g_assert_cmpfloat (max, >, 170);
          g_assert_cmpfloat (max - under, >, 110);
        }
      else
        {
          g_assert_cmpfloat (margin, >, 200);
          g_assert_cmpfloat (min, <, 90);
          g_assert_cmpfloat (under - min, >, 110);
        }
    }
}

static void
test_screenshot (void)
{
  g_autofree char *article = copy_sample ("screenshot.txt");
  g_autofree char *png = build_path ("kutip-window.png");
  KutipWindow *window = open_window (article);
  KutipDocument *document = kutip_window_get_document (window);
  KutipArticleView *view = kutip_window_get_article_view (window);
  struct { const char *text; const char *label; } spans[] = {
    { "Presiden AS Joe Biden", KUTIP_LABEL_SPEAKER },
    { "Rabu (18/5)", KUTIP_LABEL_DATE },
    { "Jake\nSullivan", KUTIP_LABEL_SPEAKER },
    { "Lloyd Austin", KUTIP_LABEL_SPEAKER },
    { "Benjamin  Netanyahu", KUTIP_LABEL_SPEAKER },
    { "Karine Jean-Pierre", KUTIP_LABEL_SPEAKER },
    { "pekan lalu", KUTIP_LABEL_DATE },
  };
  KutipAnnotation *claim, *biden;
  KutipAnnotation *pending;
  guint cursor;

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      select_text (window, spans[i].text, 0, 0);
      activate (window, "tag", g_variant_new_string (spans[i].label));
    }
  biden = first_at (document, find_text (document, "Biden"));

  /* Reported speech around a nested speaker. */
  select_text (window, "Biden  mengatakan  dia\nmengharapkan  Israel  dapat  mengurangi  "
               "intensitas  serangan  dan  melakukan\ngencatan senjata", 0, 0);
  activate (window, "tag", g_variant_new_string (KUTIP_LABEL_CLAIM));
  claim = kutip_window_get_selected (window);
  activate (window, "link-speaker", g_variant_new_string (kutip_annotation_get_id (biden)));
  {
    guint start = find_text (document, "Biden  mengatakan");

    kutip_article_view_select_range (view, start, start + 5);
  }
  activate (window, "tag", g_variant_new_string (KUTIP_LABEL_SPEAKER));

  cursor = find_text (document, "diskusi rinci");
  kutip_article_view_select_range (view, cursor, cursor);
  activate (window, "tag", g_variant_new_string (KUTIP_LABEL_CLAIM));
  activate (window, "link-nearest-speaker", NULL);

  /* A pending suggestion, drawn apart. */
  pending = kutip_annotation_new (KUTIP_LABEL_DATE, find_text (document, "hari  ini"),
                                  find_text (document, "hari  ini") + 9);
  kutip_annotation_set_status (pending, KUTIP_STATUS_PENDING);
  kutip_annotation_set_origin (pending, "rule:date-id-relative");
  g_assert_true (kutip_document_add_annotation (document, pending, NULL));
  g_object_unref (pending);

  kutip_window_set_selected (window, claim);
  kutip_article_view_select_range (view, 0, 0);
  kutip_article_view_scroll_to (view, 0, 0);
  spin (600);

  /* The status line counts both, each in its own plural. */
  {
    GtkWidget *status = find_widget (GTK_WIDGET (window), is_status_line, NULL);

    g_assert_nonnull (status);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (status)), ==,
                     "11 annotations, 1 suggestion to review");
  }

  {
    g_autoptr(GdkTexture) texture = render_to_texture (GTK_WIDGET (window));

    g_assert_true (gdk_texture_save_to_png (texture, png));
    g_test_message ("screenshot: %s", png);
    assert_readable (window, texture, FALSE);
  }

  /* The same in dark style: a dark page, light text, highlights that stay
   * readable. */
  {
    g_autofree char *dark = build_path ("kutip-window-dark.png");
    AdwStyleManager *style = adw_style_manager_get_default ();
    g_autoptr(GdkTexture) texture = NULL;

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    spin (400);
    texture = render_to_texture (GTK_WIDGET (window));
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    g_assert_true (gdk_texture_save_to_png (texture, dark));
    g_test_message ("screenshot: %s", dark);
    assert_readable (window, texture, TRUE);
  }

  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();

  if (!ui_test_init (&argc, &argv, "kutip-test-window-XXXXXX"))
    return 77;

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_uint (settings, "autosave-interval", 1);
  }

  g_test_add_func ("/kutip/app/date-values", test_date_values);
  g_test_add_func ("/kutip/app/open-sample", test_open_sample);
  g_test_add_func ("/kutip/app/click-selection", test_click_selection);
  g_test_add_func ("/kutip/app/drop-and-recent", test_drop_and_recent);
  g_test_add_func ("/kutip/app/tag-link-undo-save", test_tag_link_undo_save);
  g_test_add_func ("/kutip/app/relabel-navigate", test_relabel_and_navigate);
  g_test_add_func ("/kutip/app/bad-file-keeps-work", test_bad_file_keeps_work);
  g_test_add_func ("/kutip/app/long-article", test_long_article_draws_on_demand);
  g_test_add_func ("/kutip/app/hash-mismatch-reanchors", test_hash_mismatch_reanchors);
  g_test_add_func ("/kutip/app/close-asks", test_close_asks);
  g_test_add_func ("/kutip/app/recovery-files", test_recovery_files);
  g_test_add_func ("/kutip/app/side-pane-fills", test_side_pane_fills);
  g_test_add_func ("/kutip/app/screenshot", test_screenshot);

  return ui_test_run ();
}
