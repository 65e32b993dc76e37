/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-review.c: drives the real window through suggesting (rules, an
 * external command, a predictions file) and reviewing the suggestions with
 * the review keys and bar; checks the model and undo; writes a screenshot. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "kutip-application.h"
#include "kutip-article-view.h"
#include "kutip-label-names.h"
#include "kutip-preferences-window.h"
#include "kutip-review-bar.h"
#include "kutip-window-review.h"
#include "kutip-window.h"

static gboolean
suggester_idle (gpointer window)
{
  return !kutip_window_is_suggesting (window);
}

/* Runs the main loop until the window's suggester is done. */
static void
wait_for_suggester (KutipWindow *window,
                    guint        max_ms)
{
  gint64 start = g_get_monotonic_time ();

  g_assert_true (spin_until (suggester_idle, window, max_ms));
  g_test_message ("waited %.2f s", (g_get_monotonic_time () - start) / 1e6);
  spin (20);
}

/* A window on a copy of the sample named @name in tmp_dir. */
static KutipWindow *
open_copy (const char *name)
{
  g_autofree char *path = copy_sample (name);

  return open_window (path);
}

static void
save_and_close (KutipWindow *window)
{
  KutipDocument *document = kutip_window_get_document (window);

  /* Nothing here is meant to be kept: skip the "save changes?" question. */
  if (document != NULL && kutip_document_get_path (document) != NULL)
    g_assert_true (kutip_window_save_to (window, kutip_document_get_path (document), NULL));
  close_window (window);
}

static guint
position_of (KutipDocument   *document,
             KutipAnnotation *annotation)
{
  guint position = 0;

  g_assert_true (kutip_document_get_position (document, annotation, &position));
  return position;
}

static gboolean
is_pending (KutipAnnotation *annotation)
{
  return annotation != NULL && kutip_annotation_get_status (annotation) == KUTIP_STATUS_PENDING;
}

static KutipAnnotation *
first_pending (KutipDocument *document)
{
  GListModel *annotations = kutip_document_get_annotations (document);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(KutipAnnotation) item = g_list_model_get_item (annotations, i);

      if (is_pending (item))
        return item;
    }
  return NULL;
}

/* Annotations with @label whose span overlaps [@start, @end). */
static guint
count_overlapping (KutipDocument *document,
                   const char    *label,
                   guint          start,
                   guint          end)
{
  g_autoptr(GPtrArray) found = kutip_document_find_in_range (document, start, end);
  guint n = 0;

  for (guint i = 0; found != NULL && i < found->len; i++)
    if (g_strcmp0 (kutip_annotation_get_label (g_ptr_array_index (found, i)), label) == 0)
      n++;
  return n;
}

static GtkWidget *
article_text (KutipWindow *window)
{
  return GTK_WIDGET (kutip_article_view_get_text_view (kutip_window_get_article_view (window)));
}

static gboolean
is_shown_button (GtkWidget    *widget,
                 gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget);
}

static gboolean
is_menu_button (GtkWidget    *widget,
                gconstpointer data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_is_visible (widget);
}

static void
test_suggest_and_review (void)
{
  KutipWindow *window = open_copy ("review.txt");
  KutipDocument *document = kutip_window_get_document (window);
  KutipReviewBar *bar = kutip_window_get_review_bar (window);
  KutipAnnotation *first, *second, *third, *fixing;
  g_autofree char *expected_count = NULL;
  guint n_suggested, n_annotations, start, end;
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  g_autofree char *png = NULL;

  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  /* The rules run in a thread: the action returns at once, the bar shows
   * progress, and the result arrives as one undo step. */
  activate (window, "suggest", NULL);
  g_assert_true (kutip_window_is_suggesting (window));
  g_assert_true (kutip_review_bar_get_busy (bar));
  g_assert_cmpfloat (kutip_review_bar_get_progress (bar), ==, 0.0);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "suggest"));
  wait_for_suggester (window, 20000);
  g_assert_false (kutip_review_bar_get_busy (bar));
  g_assert_cmpfloat (kutip_review_bar_get_progress (bar), <, 0.0);

  n_suggested = kutip_document_get_n_pending (document);
  g_assert_cmpuint (n_suggested, >=, 5);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n_suggested);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  expected_count = g_strdup_printf ("%u suggestions left", n_suggested);
  g_assert_cmpstr (kutip_review_bar_get_count_text (bar), ==, expected_count);

  /* Review starts at the first suggestion in reading order, with the
   * keyboard in the article. */
  first = kutip_window_get_selected (window);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == article_text (window));
  g_assert_true (first == first_pending (document));

  /* Tab and Shift+Tab step in reading order. */
  g_assert_true (press_key (window, GDK_KEY_Tab, 0));
  second = kutip_window_get_selected (window);
  g_assert_true (is_pending (second));
  g_assert_cmpuint (position_of (document, second), >, position_of (document, first));
  g_assert_true (press_key (window, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (kutip_window_get_selected (window) == first);

  /* Review keys act on the suggestion wherever the focus is in the window:
   * after a click on Accept All… Enter accepts, it does not open the
   * popover again. */
  {
    GtkWidget *accept_all = find_widget (GTK_WIDGET (bar), is_menu_button, NULL);
    GtkPopover *popover;

    g_assert_nonnull (accept_all);
    popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (accept_all));
    g_assert_true (gtk_widget_grab_focus (accept_all));
    g_assert_true (press_key (window, GDK_KEY_Return, 0));
    spin (50);
    g_assert_cmpint (kutip_annotation_get_status (first), ==, KUTIP_STATUS_ACCEPTED);
    g_assert_true (kutip_window_get_selected (window) == second);
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
    activate (window, "undo", NULL);
    g_assert_true (is_pending (first));

    /* Inside the open popover Enter is the popover's own. */
    gtk_menu_button_popup (GTK_MENU_BUTTON (accept_all));
    spin (50);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
    g_assert_true (gtk_widget_grab_focus (find_widget (GTK_WIDGET (popover), is_shown_button,
                                                       NULL)));
    g_assert_false (press_key (window, GDK_KEY_Return, 0));
    g_assert_false (press_key (window, GDK_KEY_Tab, 0));
    g_assert_true (is_pending (first));
    g_assert_true (kutip_window_get_selected (window) == second);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (accept_all));
    spin (50);

    kutip_window_set_selected (window, first);
    gtk_widget_grab_focus (article_text (window));
  }

  /* Enter accepts and moves on; Backspace rejects and moves on. */
  g_assert_true (press_key (window, GDK_KEY_Return, 0));
  g_assert_cmpint (kutip_annotation_get_status (first), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_true (kutip_window_get_selected (window) == second);
  g_assert_true (press_key (window, GDK_KEY_BackSpace, 0));
  g_assert_cmpint (kutip_annotation_get_status (second), ==, KUTIP_STATUS_REJECTED);
  third = kutip_window_get_selected (window);
  g_assert_true (is_pending (third));
  g_assert_cmpuint (position_of (document, third), >, position_of (document, second));
  /* Backspace decided, it did not delete. */
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n_suggested);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, n_suggested - 2);

  /* Shift+Right moves the end, Alt+Left the start, one character each. */
  fixing = third;
  start = kutip_annotation_get_start (fixing);
  end = kutip_annotation_get_end (fixing);
  g_assert_cmpuint (start, >, 0);
  g_assert_true (press_key (window, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_cmpuint (kutip_annotation_get_end (fixing), ==, end + 1);
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (kutip_annotation_get_start (fixing), ==, start - 1);
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_SHIFT_MASK));
  g_assert_cmpuint (kutip_annotation_get_end (fixing), ==, end);
  {
    g_autofree char *covered = kutip_text_dup_slice (kutip_document_get_text (document),
                                                     start - 1, end);

    g_assert_cmpstr (kutip_annotation_get_text (fixing), ==, covered);
  }
  /* The span never becomes empty. */
  for (guint i = 0; i < end - start + 3; i++)
    press_key (window, GDK_KEY_Left, GDK_SHIFT_MASK);
  g_assert_cmpuint (kutip_annotation_get_end (fixing), ==, start);
  g_assert_cmpuint (kutip_annotation_get_start (fixing), ==, start - 1);

  /* Every decision and fix is undone one by one. */
  while (kutip_annotation_get_end (fixing) != end + 1)
    activate (window, "undo", NULL);
  activate (window, "undo", NULL);          /* Alt+Left */
  g_assert_cmpuint (kutip_annotation_get_start (fixing), ==, start);
  activate (window, "undo", NULL);          /* Shift+Right */
  g_assert_cmpuint (kutip_annotation_get_end (fixing), ==, end);
  activate (window, "undo", NULL);          /* reject */
  g_assert_cmpint (kutip_annotation_get_status (second), ==, KUTIP_STATUS_PENDING);
  activate (window, "undo", NULL);          /* accept */
  g_assert_cmpint (kutip_annotation_get_status (first), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, n_suggested);
  activate (window, "redo", NULL);
  activate (window, "redo", NULL);
  g_assert_cmpint (kutip_annotation_get_status (first), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (kutip_annotation_get_status (second), ==, KUTIP_STATUS_REJECTED);

  /* A screenshot while reviewing. */
  kutip_window_set_selected (window, third);
  spin (400);
  png = build_path ("kutip-review.png");
  render_to_png (GTK_WIDGET (window), png);
  g_test_message ("screenshot: %s", png);

  /* Accept all dates of confidence 0.5 and above, in one undo step. */
  {
    GListModel *annotations = kutip_document_get_annotations (document);
    guint pending_before = kutip_document_get_n_pending (document);

    for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
      {
        g_autoptr(KutipAnnotation) item = g_list_model_get_item (annotations, i);

        if (is_pending (item) &&
            g_strcmp0 (kutip_annotation_get_label (item), KUTIP_LABEL_DATE) == 0 &&
            kutip_annotation_get_confidence (item) >= 0.5)
          g_ptr_array_add (dates, item);
      }
    g_assert_cmpuint (dates->len, >, 0);

    kutip_review_bar_set_accept_all (bar, KUTIP_LABEL_DATE, 0.5);
    kutip_review_bar_accept_all (bar);
    for (guint i = 0; i < dates->len; i++)
      g_assert_cmpint (kutip_annotation_get_status (g_ptr_array_index (dates, i)), ==,
                       KUTIP_STATUS_ACCEPTED);
    g_assert_cmpuint (kutip_document_get_n_pending (document), ==, pending_before - dates->len);
    /* Only dates: the other labels wait. */
    g_assert_cmpuint (kutip_document_get_n_pending (document), >, 0);

    activate (window, "undo", NULL);
    g_assert_cmpuint (kutip_document_get_n_pending (document), ==, pending_before);
    activate (window, "redo", NULL);
    g_assert_cmpuint (kutip_document_get_n_pending (document), ==, pending_before - dates->len);
  }

  /* Suggesting again brings back nothing rejected and duplicates nothing. */
  n_annotations = kutip_document_get_n_annotations (document);
  activate (window, "suggest", NULL);
  wait_for_suggester (window, 20000);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n_annotations);
  g_assert_cmpint (kutip_annotation_get_status (second), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpuint (count_overlapping (document, kutip_annotation_get_label (second),
                                       kutip_annotation_get_start (second),
                                       kutip_annotation_get_end (second)), ==, 1);
  g_assert_cmpuint (count_overlapping (document, kutip_annotation_get_label (first),
                                       kutip_annotation_get_start (first),
                                       kutip_annotation_get_end (first)), ==, 1);

  /* Reviewing everything hides the bar. */
  while (kutip_document_get_n_pending (document) > 0)
    {
      if (!is_pending (kutip_window_get_selected (window)))
        activate (window, "next-suggestion", NULL);
      g_assert_true (press_key (window, GDK_KEY_a, 0));
    }
  g_assert_null (kutip_window_get_selected (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  save_and_close (window);
}

static char *
write_script (const char *name,
              const char *body)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *script = g_strconcat ("#!/bin/sh\n", body, NULL);

  g_assert_true (g_file_set_contents (path, script, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  return path;
}

/* A suggester that never answers; it leaves its process id behind so a
 * test can see the process stopped. */
#define SLOW_SCRIPT "echo $$ > \"$(dirname \"$0\")/slow.pid\"\nexec sleep 60\n"

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
wait_for_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (spin_until (file_exists, path, 5000));
  spin (50);
}

/* Whether the last slow suggester's process is gone within 3 s. */
static gboolean
slow_child_ends (void)
{
  g_autofree char *pid_path = g_build_filename (tmp_dir, "slow.pid", NULL);
  g_autofree char *pid = NULL;
  g_autofree char *proc = NULL;
  gint64 until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  g_assert_true (g_file_get_contents (pid_path, &pid, NULL, NULL));
  g_strstrip (pid);
  g_assert_cmpstr (pid, !=, "");
  proc = g_strdup_printf ("/proc/%s/cmdline", pid);
  g_unlink (pid_path);
  while (g_file_test (proc, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < until)
    spin (20);
  return !g_file_test (proc, G_FILE_TEST_EXISTS);
}

static void
set_external (const char *command,
              guint       timeout_s)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "external-suggester", command);
  g_settings_set_uint (settings, "external-suggester-timeout", timeout_s);
}

static void
test_external_suggester (void)
{
  KutipWindow *window = open_copy ("external.txt");
  KutipDocument *document = kutip_window_get_document (window);
  guint start = find_text (document, "Karine Jean-Pierre");
  guint date = find_text (document, "Rabu (18/5)");
  g_autofree char *body = NULL;
  g_autofree char *script = NULL;
  g_autofree char *command = NULL;
  g_autofree char *seen = g_build_filename (tmp_dir, "seen input.json", NULL);
  g_autofree char *input = NULL;
  g_autoptr(GPtrArray) found = NULL;
  KutipAnnotation *speaker;
  AdwMessageDialog *dialog;

  /* The command gets its arguments without a shell (a quoted one with a
   * space stays whole) and the document on stdin. */
  body = g_strdup_printf ("cat > \"$1\"\n"
                          "echo '{\"id\": \"x\", \"spans\": ["
                          "{\"id\": \"p1\", \"label\": \"speaker\", \"start\": %u, \"end\": %u,"
                          " \"confidence\": 0.9},"
                          "{\"id\": \"p2\", \"label\": \"date\", \"start\": %u, \"end\": %u,"
                          " \"confidence\": 0.7}], \"relations\": []}'\n",
                          start, start + 18, date, date + 11);
  script = write_script ("good-suggester", body);
  command = g_strdup_printf ("%s '%s'", script, seen);
  set_external (command, 20);

  activate (window, "suggest-external", NULL);
  g_assert_true (kutip_window_is_suggesting (window));
  /* A command tells nothing of its progress: a spinner, not a bar. */
  g_assert_cmpfloat (kutip_review_bar_get_progress (kutip_window_get_review_bar (window)), <, 0.0);
  wait_for_suggester (window, 20000);
  g_assert_null (find_message_dialog (window));

  g_assert_true (g_file_get_contents (seen, &input, NULL, NULL));
  g_assert_nonnull (strstr (input, "\"format\""));
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 2);
  found = kutip_document_find_at (document, start);
  g_assert_cmpuint (found->len, ==, 1);
  speaker = g_ptr_array_index (found, 0);
  g_assert_cmpstr (kutip_annotation_get_text (speaker), ==, "Karine Jean-Pierre");
  g_assert_true (is_pending (speaker));
  g_assert_true (g_str_has_prefix (kutip_annotation_get_origin (speaker), "external:"));
  g_assert_true (kutip_window_get_selected (window) == first_pending (document));

  /* A command that hangs is stopped at its time limit, with a clear error. */
  g_free (script);
  script = write_script ("hanging-suggester", "exec sleep 60\n");
  set_external (script, 1);
  activate (window, "suggest-external", NULL);
  wait_for_suggester (window, 15000);
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "hanging-suggester"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no answer within 1.0 s"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 2);

  /* Bad output names the command and what is wrong. */
  g_free (script);
  script = write_script ("chatty-suggester", "cat > /dev/null\necho 'hello there'\n");
  set_external (script, 20);
  activate (window, "suggest-external", NULL);
  wait_for_suggester (window, 15000);
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_test_message ("bad output: %s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "chatty-suggester"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Stop ends a run at once and shows no error. */
  g_free (script);
  script = write_script ("slow-suggester", SLOW_SCRIPT);
  set_external (script, 60);
  activate (window, "suggest-external", NULL);
  wait_for_file ("slow.pid");
  activate (window, "cancel-suggest", NULL);
  g_assert_false (kutip_window_is_suggesting (window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "suggest"));
  g_assert_true (slow_child_ends ());
  spin (200);
  g_assert_null (find_message_dialog (window));
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 2);

  set_external ("", 30);
  save_and_close (window);
}

static void
test_import_predictions (void)
{
  KutipWindow *window = open_copy ("import.txt");
  KutipDocument *document = kutip_window_get_document (window);
  guint start = find_text (document, "pekan lalu");
  g_autofree char *path = g_build_filename (tmp_dir, "predictions.jsonl", NULL);
  g_autofree char *bad = g_build_filename (tmp_dir, "bad.jsonl", NULL);
  g_autofree char *line = NULL;
  AdwMessageDialog *dialog;
  KutipAnnotation *date;

  line = g_strdup_printf ("{\"id\": \"import\", \"spans\": [{\"id\": \"s1\", \"label\": \"date\","
                          " \"start\": %u, \"end\": %u, \"value\": \"2021-W19\","
                          " \"confidence\": 0.8}], \"relations\": []}\n", start, start + 10);
  g_assert_true (g_file_set_contents (path, line, -1, NULL));
  activate (window, "import-predictions-from", g_variant_new_string (path));
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 1);
  date = kutip_window_get_selected (window);
  g_assert_nonnull (date);
  g_assert_cmpstr (kutip_annotation_get_text (date), ==, "pekan lalu");
  g_assert_true (g_str_has_prefix (kutip_annotation_get_origin (date), "import:"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (kutip_window_get_review_bar (window))));

  /* Importing again adds nothing; a rejected one stays rejected. */
  g_assert_true (press_key (window, GDK_KEY_r, 0));
  g_assert_cmpint (kutip_annotation_get_status (date), ==, KUTIP_STATUS_REJECTED);
  activate (window, "import-predictions-from", g_variant_new_string (path));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);

  /* A broken file is an error naming the file and line; nothing changes. */
  g_assert_true (g_file_set_contents (bad, "{\"id\": 1, \"spans\": [\n", -1, NULL));
  activate (window, "import-predictions-from", g_variant_new_string (bad));
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "bad.jsonl:1"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);

  save_and_close (window);
}

/* Closing the window stops its suggester; the window then goes away. */
static void
test_close_while_suggesting (void)
{
  KutipWindow *window = open_copy ("closing.txt");
  g_autofree char *script = write_script ("closing-suggester", SLOW_SCRIPT);
  gpointer weak = window;
  gint64 until;

  set_external (script, 60);
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  activate (window, "suggest-external", NULL);
  g_assert_true (kutip_window_is_suggesting (window));
  wait_for_file ("slow.pid");
  save_and_close (window);

  until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (weak != NULL && g_get_monotonic_time () < until)
    spin (20);
  g_assert_null (weak);
  g_assert_true (slow_child_ends ());
  set_external ("", 30);
}

static gboolean
window_idle (gpointer window)
{
  return !kutip_window_is_busy (window);
}

/* While a long edit runs: it shows in the bar, the editing actions and
 * keys are off; navigation still works. */
static void
assert_busy (KutipWindow *window,
             gboolean     can_stop)
{
  KutipReviewBar *bar = kutip_window_get_review_bar (window);
  GActionGroup *actions = G_ACTION_GROUP (window);

  g_assert_true (kutip_window_is_busy (window));
  g_assert_true (kutip_review_bar_get_busy (bar));
  g_assert_cmpfloat (kutip_review_bar_get_progress (bar), >=, 0.0);
  for (guint i = 0; i < 5; i++)
    {
      static const char *editing[] = { "undo", "redo", "tag", "save", "accept-above" };

      g_assert_false (g_action_group_get_action_enabled (actions, editing[i]));
    }
  g_assert_cmpint (g_action_group_get_action_enabled (actions, "cancel-suggest"), ==, can_stop);
  g_assert_false (press_key (window, GDK_KEY_a, 0));
}

/* A long article's suggestions, their undo and redo are applied a batch per
 * main-loop turn: the window answers meanwhile and the result is the same
 * one undo step. Stop keeps what was added; closing finishes an undo. */
static void
test_long_edits (void)
{
  g_autofree char *sample = kutip_application_find_sample ();
  g_autofree char *text = NULL;
  g_autoptr(GString) article = g_string_new (NULL);
  g_autofree char *path = NULL;
  KutipWindow *window;
  KutipDocument *document;
  guint n_suggested, n_relations, n_stopped;
  gboolean saw_applying = FALSE;
  gint64 until;

  g_assert_true (g_file_get_contents (sample, &text, NULL, NULL));
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (article, "%s\n", text);
  path = write_article (NULL, "long.txt", article->str);
  window = open_window (path);
  document = kutip_window_get_document (window);

  /* More suggestions than one batch takes: they arrive over several turns. */
  activate (window, "suggest", NULL);
  until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (kutip_window_is_suggesting (window) && g_get_monotonic_time () < until)
    {
      if (kutip_window_is_busy (window) && kutip_document_get_n_annotations (document) > 0 &&
          !saw_applying)
        {
          assert_busy (window, TRUE);
          saw_applying = TRUE;
        }
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (saw_applying);
  g_assert_false (kutip_window_is_busy (window));
  n_suggested = kutip_document_get_n_annotations (document);
  n_relations = g_list_model_get_n_items (kutip_document_get_relations (document));
  g_assert_cmpuint (n_suggested, >, 2000);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, n_suggested);
  g_assert_true (is_pending (kutip_window_get_selected (window)));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));

  /* Undo goes a batch at a time too, and cannot be stopped half way. */
  activate (window, "undo", NULL);
  assert_busy (window, FALSE);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), >, 0);
  g_assert_true (press_key (window, GDK_KEY_Tab, 0));  /* moving around still works */
  g_assert_true (spin_until (window_idle, window, 30000));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_relations (document)), ==, 0);
  g_assert_false (kutip_review_bar_get_busy (kutip_window_get_review_bar (window)));
  g_assert_false (kutip_document_can_undo (document));

  activate (window, "redo", NULL);
  assert_busy (window, FALSE);
  g_assert_true (spin_until (window_idle, window, 30000));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n_suggested);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_relations (document)), ==,
                    n_relations);
  activate (window, "undo", NULL);
  g_assert_true (spin_until (window_idle, window, 30000));

  /* Stop while the result is being added: what is in stays, one step. */
  activate (window, "suggest", NULL);
  until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (kutip_window_is_suggesting (window) && g_get_monotonic_time () < until &&
         kutip_document_get_n_annotations (document) == 0)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (kutip_window_is_busy (window));
  activate (window, "cancel-suggest", NULL);
  g_assert_false (kutip_window_is_busy (window));
  n_stopped = kutip_document_get_n_annotations (document);
  g_assert_cmpuint (n_stopped, >, 0);
  g_assert_cmpuint (n_stopped, <, n_suggested);
  spin (50);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n_stopped);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "tag"));

  /* Closing while an undo runs finishes it first. */
  activate (window, "undo", NULL);
  g_object_ref (document);
  close_window (window);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);
  g_assert_false (kutip_document_is_replaying (document));
  g_object_unref (document);
}

/* Boundary keys move by whole grapheme clusters and stop at the text's
 * ends and before an empty span. */
static void
test_boundaries_graphemes (void)
{
  /* "👍🏽" is two code points, one cluster. */
  g_autofree char *article = write_article (NULL, "graphemes.txt",
                                            "Ani \U0001F44D\U0001F3FD kata Budi.\n");
  g_autofree char *predictions = g_build_filename (tmp_dir, "graphemes.jsonl", NULL);
  KutipWindow *window;
  KutipDocument *document;
  KutipAnnotation *span;

  g_assert_true (g_file_set_contents (predictions,
                                      "{\"id\": \"g\", \"spans\": [{\"id\": \"s1\", "
                                      "\"label\": \"speaker\", \"start\": 0, \"end\": 3, "
                                      "\"confidence\": 0.5}], \"relations\": []}\n", -1, NULL));
  window = open_window (article);
  document = kutip_window_get_document (window);
  activate (window, "import-predictions-from", g_variant_new_string (predictions));
  span = kutip_window_get_selected (window);
  g_assert_true (is_pending (span));

  g_assert_true (press_key (window, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_cmpuint (kutip_annotation_get_end (span), ==, 4);
  g_assert_true (press_key (window, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_cmpuint (kutip_annotation_get_end (span), ==, 6);
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_SHIFT_MASK));
  g_assert_cmpuint (kutip_annotation_get_end (span), ==, 4);
  /* Already at the start of the text: nothing moves. */
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (kutip_annotation_get_start (span), ==, 0);
  g_assert_true (press_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (kutip_annotation_get_start (span), ==, 1);
  g_assert_cmpstr (kutip_annotation_get_text (span), ==, "ni ");

  /* Boundary keys are for suggestions: once accepted, Shift+Right is the
   * article's own selection key again. */
  g_assert_true (press_key (window, GDK_KEY_a, 0));
  g_assert_cmpint (kutip_annotation_get_status (span), ==, KUTIP_STATUS_ACCEPTED);
  kutip_window_set_selected (window, span);
  g_assert_false (press_key (window, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_cmpuint (kutip_annotation_get_end (span), ==, 4);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);

  save_and_close (window);
}

/* Claims of @kind ("direct", "indirect") in @document. */
static guint
count_claims (KutipDocument *document,
              const char    *kind)
{
  GListModel *model = kutip_document_get_annotations (document);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);

      if (g_str_equal (kutip_annotation_get_label (a), "claim")
          && g_strcmp0 (kutip_annotation_get_attribute (a, "kind"), kind) == 0)
        n++;
    }
  return n;
}

/* Suggest finds the sample's six claims, three quotes and three reported;
 * with the "Direct Quotes Only" preference, the quotes alone. */
static void
test_suggest_claims_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KutipWindow *window = open_copy ("claims.txt");
  KutipDocument *document = kutip_window_get_document (window);

  activate (window, "suggest", NULL);
  wait_for_suggester (window, 20000);
  g_assert_cmpuint (count_claims (document, "direct"), ==, 3);
  g_assert_cmpuint (count_claims (document, "indirect"), ==, 3);
  g_assert_true (kutip_document_undo (document));

  g_settings_set_string (settings, "suggest-claims", "direct");
  activate (window, "suggest", NULL);
  wait_for_suggester (window, 20000);
  g_assert_cmpuint (count_claims (document, "direct"), ==, 3);
  g_assert_cmpuint (count_claims (document, "indirect"), ==, 0);
  g_settings_reset (settings, "suggest-claims");

  save_and_close (window);
}

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *preferences;
  GtkWidget *row;
  g_autofree char *command = NULL;

  g_settings_set_string (settings, "external-suggester", "my-tagger --lang id");
  preferences = kutip_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (preferences));
  spin (50);

  row = find_widget (preferences, is_row_titled, "External Suggester");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "my-tagger --lang id");
  gtk_editable_set_text (GTK_EDITABLE (row), "other-tagger 'a b'");
  command = g_settings_get_string (settings, "external-suggester");
  g_assert_cmpstr (command, ==, "other-tagger 'a b'");
  g_assert_nonnull (find_widget (preferences, is_row_titled, "Time Limit"));

  /* Which claims Suggest finds: every claim unless the person picks quotes. */
  row = find_widget (preferences, is_row_titled, "Claims");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  {
    g_autofree char *claims = g_settings_get_string (settings, "suggest-claims");

    g_assert_cmpstr (claims, ==, "direct");
  }
  g_settings_reset (settings, "suggest-claims");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_set_string (settings, "external-suggester", "");
  spin (20);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();

  if (!ui_test_init (&argc, &argv, "kutip-test-review-XXXXXX"))
    return 77;

  g_test_add_func ("/kutip/app/review/suggest-and-review", test_suggest_and_review);
  g_test_add_func ("/kutip/app/review/external-suggester", test_external_suggester);
  g_test_add_func ("/kutip/app/review/import-predictions", test_import_predictions);
  g_test_add_func ("/kutip/app/review/close-while-suggesting", test_close_while_suggesting);
  g_test_add_func ("/kutip/app/review/long-edits", test_long_edits);
  g_test_add_func ("/kutip/app/review/boundaries-graphemes", test_boundaries_graphemes);
  g_test_add_func ("/kutip/app/review/preferences", test_preferences);
  g_test_add_func ("/kutip/app/review/suggest-claims-setting", test_suggest_claims_setting);

  return ui_test_run ();
}
