/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-editing.c: editing an annotation from where it shows: the context
 * menu on a highlight in the article and on a row of the annotation list
 * (relabel, link to a speaker, accept, reject, delete), the toast that
 * undoes a delete, and Find handing its match to the label keys. */

#include "config.h"

#include <adwaita.h>

#include "app-test-util.h"
#include "kutip-annotation-panel.h"
#include "kutip-article-view.h"
#include "kutip-label-names.h"
#include "kutip-window.h"

static KutipAnnotation *
tag_text (KutipWindow *window,
          const char  *needle,
          const char  *label)
{
  KutipDocument *document = kutip_window_get_document (window);
  guint start = find_text (document, needle);

  kutip_article_view_select_range (kutip_window_get_article_view (window),
                                   start, start + g_utf8_strlen (needle, -1));
  activate (window, "tag", g_variant_new_string (label));
  return kutip_window_get_selected (window);
}

/* For find_widget: a button showing @label (mnemonic included). */
static gboolean
is_button_labelled (GtkWidget    *widget,
                    gconstpointer label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
undo_button (KutipWindow *window)
{
  return find_widget (GTK_WIDGET (window), is_button_labelled, "_Undo");
}

static gboolean
has_undo_button (gpointer window)
{
  return undo_button (window) != NULL;
}

static gboolean
has_no_undo_button (gpointer window)
{
  return undo_button (window) == NULL;
}

/* A suggestion of @label over the first @needle, as a suggester adds it. */
static KutipAnnotation *
suggest_text (KutipWindow *window,
              const char  *needle,
              const char  *label)
{
  KutipDocument *document = kutip_window_get_document (window);
  guint start = find_text (document, needle);
  g_autoptr(KutipAnnotation) annotation =
    kutip_annotation_new (label, start, start + g_utf8_strlen (needle, -1));

  kutip_annotation_set_status (annotation, KUTIP_STATUS_PENDING);
  kutip_annotation_set_origin (annotation, "rule:test");
  g_assert_true (kutip_document_add_annotation (document, annotation, NULL));
  return annotation;
}

/* Emits "pressed" on @widget's right-button click gesture at (@x, @y),
 * as GTK does for a right click there. */
static void
right_click (GtkWidget *widget,
             double     x,
             double     y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
        {
          g_signal_emit_by_name (controller, "pressed", 1, x, y);
          spin (100);
          return;
        }
    }
  g_error ("%s has no right-click gesture", G_OBJECT_TYPE_NAME (widget));
}

/* Right-clicks the article in the middle of the first @needle. */
static void
right_click_text (KutipWindow *window,
                  const char  *needle)
{
  KutipDocument *document = kutip_window_get_document (window);
  GtkTextView *text_view = kutip_article_view_get_text_view (kutip_window_get_article_view (window));
  GtkTextIter iter;
  GdkRectangle rect;
  int x, y;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter,
                                      (int) (find_text (document, needle) +
                                             g_utf8_strlen (needle, -1) / 2));
  gtk_text_view_get_iter_location (text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y + rect.height / 2, &x, &y);
  right_click (GTK_WIDGET (text_view), x, y);
}

static gboolean
is_label_showing (GtkWidget    *widget,
                  gconstpointer text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* Right-clicks the annotation list's row showing @text. */
static void
right_click_row (KutipWindow *window,
                 const char  *text)
{
  GtkWidget *panel = find_widget_of_type (GTK_WIDGET (window), KUTIP_TYPE_ANNOTATION_PANEL);
  GtkWidget *label = find_widget (panel, is_label_showing, text);
  GtkWidget *row;

  g_assert_nonnull (label);
  row = gtk_widget_get_parent (label);
  g_assert_true (gtk_widget_has_css_class (row, "annotation-row"));
  right_click (row, 10, 10);
}

static gboolean
is_open_menu (GtkWidget    *widget,
              gconstpointer data)
{
  return GTK_IS_POPOVER_MENU (widget) && gtk_widget_get_mapped (widget);
}

/* The context menu open in @window (one at most). */
static GtkWidget *
open_menu (KutipWindow *window)
{
  return find_widget (GTK_WIDGET (window), is_open_menu, NULL);
}

/* Clicks the row showing @text (mnemonics left out) in the open menu. */
static void
click_menu_row (KutipWindow *window,
                const char  *text)
{
  GtkWidget *menu = open_menu (window);
  GtkWidget *row;

  g_assert_nonnull (menu);
  row = find_widget (menu, is_menu_row, text);
  if (row == NULL)
    g_error ("the menu has no row “%s”", text);
  g_signal_emit_by_name (row, "clicked");
  spin (100);
}

static gboolean
menu_has_row (KutipWindow *window,
              const char  *text)
{

  GtkWidget *menu = open_menu (window);

  return menu != NULL && find_widget (menu, is_menu_row, text) != NULL;
}

/* A right click on a highlight selects it and opens its menu; its rows
 * link the claim to a speaker and a date, relabel, and delete. */
static void
test_article_context_menu (void)
{
  KutipWindow *window = open_window (NULL);
  KutipDocument *document = kutip_window_get_document (window);
  KutipAnnotation *karine, *jake, *date, *claim;
  guint cursor;

  karine = tag_text (window, "Karine Jean-Pierre", KUTIP_LABEL_SPEAKER);
  jake = tag_text (window, "Jake\nSullivan", KUTIP_LABEL_SPEAKER);
  date = tag_text (window, "Rabu (18/5)", KUTIP_LABEL_DATE);
  cursor = find_text (document, "diskusi rinci");
  kutip_article_view_select_range (kutip_window_get_article_view (window), cursor, cursor);
  activate (window, "tag", g_variant_new_string (KUTIP_LABEL_CLAIM));
  claim = kutip_window_get_selected (window);
  kutip_window_set_selected (window, NULL);
  kutip_article_view_select_range (kutip_window_get_article_view (window), 0, 0);
  spin (100);

  /* Over plain text the article's own menu is left alone. */
  right_click_text (window, "Pada Rabu");
  g_assert_null (kutip_window_get_selected (window));
  g_assert_null (open_menu (window));

  right_click_text (window, "diskusi rinci");
  g_assert_true (kutip_window_get_selected (window) == claim);
  g_assert_nonnull (open_menu (window));
  g_assert_true (menu_has_row (window, "Accept"));
  g_assert_true (menu_has_row (window, "Reject"));
  g_assert_true (menu_has_row (window, "Change Label"));
  g_assert_true (menu_has_row (window, "Link to Nearest Speaker"));
  g_assert_true (menu_has_row (window, "Delete"));
  /* The claim's speakers nearest first: both are offered. */
  click_menu_row (window, "Said By");
  g_assert_true (menu_has_row (window, "Jake Sullivan"));
  click_menu_row (window, "Karine Jean-Pierre");
  g_assert_null (open_menu (window));
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY) == karine);

  right_click_text (window, "diskusi rinci");
  click_menu_row (window, "When");
  click_menu_row (window, "Rabu (18/5)");
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_DATED) == date);

  /* Linked already: the submenu offers the others and "No Speaker". */
  right_click_text (window, "diskusi rinci");
  click_menu_row (window, "Said By");
  g_assert_false (menu_has_row (window, "Karine Jean-Pierre"));
  click_menu_row (window, "No Speaker");
  g_assert_null (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY));
  right_click_text (window, "diskusi rinci");
  click_menu_row (window, "Link to Nearest Speaker");
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY) == karine);

  /* A speaker's menu has no links to make; relabel it as a date. */
  right_click_text (window, "Sullivan");
  g_assert_true (kutip_window_get_selected (window) == jake);
  g_assert_false (menu_has_row (window, "Said By"));
  click_menu_row (window, "Change Label");
  g_assert_false (menu_has_row (window, "Speaker"));
  click_menu_row (window, "Date");
  g_assert_cmpstr (kutip_annotation_get_label (jake), ==, KUTIP_LABEL_DATE);

  /* Delete, and the toast's Undo brings it back. */
  right_click_text (window, "Rabu (18/5)");
  g_assert_true (kutip_window_get_selected (window) == date);
  click_menu_row (window, "Delete");
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 3);
  g_assert_true (spin_until (has_undo_button, window, 10000));
  g_signal_emit_by_name (undo_button (window), "clicked");
  spin (50);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 4);
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_DATED) == date);

  close_window (window);
}

/* The annotation list's rows have the same menu; accept and reject go
 * through it, and the Menu key opens it from the keyboard. */
static void
test_list_context_menu (void)
{
  KutipWindow *window = open_window (NULL);
  KutipDocument *document = kutip_window_get_document (window);
  KutipAnnotation *austin, *sullivan;

  austin = suggest_text (window, "Lloyd Austin", KUTIP_LABEL_SPEAKER);
  sullivan = suggest_text (window, "Jake\nSullivan", KUTIP_LABEL_SPEAKER);
  spin (400);

  right_click_row (window, "Lloyd Austin");
  g_assert_true (kutip_window_get_selected (window) == austin);
  click_menu_row (window, "Accept");
  g_assert_cmpint (kutip_annotation_get_status (austin), ==, KUTIP_STATUS_ACCEPTED);

  right_click_row (window, "Jake Sullivan");
  g_assert_true (kutip_window_get_selected (window) == sullivan);
  click_menu_row (window, "Reject");
  g_assert_cmpint (kutip_annotation_get_status (sullivan), ==, KUTIP_STATUS_REJECTED);

  right_click_row (window, "Lloyd Austin");
  click_menu_row (window, "Change Label");
  click_menu_row (window, "Claim");
  g_assert_cmpstr (kutip_annotation_get_label (austin), ==, KUTIP_LABEL_CLAIM);

  right_click_row (window, "Lloyd Austin");
  click_menu_row (window, "Delete");
  g_assert_null (kutip_document_lookup_annotation (document, kutip_annotation_get_id (austin)));

  /* From the keyboard: the Menu key (and Shift+F10) on a selection. */
  kutip_window_set_selected (window, sullivan);
  g_assert_true (press_key (window, GDK_KEY_Menu, 0));
  spin (100);
  g_assert_true (menu_has_row (window, "Delete"));
  gtk_popover_popdown (GTK_POPOVER (open_menu (window)));
  spin (100);
  g_assert_true (press_key (window, GDK_KEY_F10, GDK_SHIFT_MASK));
  spin (100);
  g_assert_true (menu_has_row (window, "Accept"));
  gtk_popover_popdown (GTK_POPOVER (open_menu (window)));

  close_window (window);
}

static KutipAnnotation *
first_speaker_at (KutipDocument *document,
                  const char    *needle)
{
  g_autoptr(GPtrArray) found = kutip_document_find_at (document, find_text (document, needle));

  for (guint i = 0; found != NULL && i < found->len; i++)
    if (g_strcmp0 (kutip_annotation_get_label (g_ptr_array_index (found, i)),
                   KUTIP_LABEL_SPEAKER) == 0)
      return g_ptr_array_index (found, i);
  return NULL;
}

/* Delete shows a toast whose Undo brings the annotation back with its
 * links; a later edit takes the Undo away (it would undo that edit). */
static void
test_delete_undo_toast (void)
{
  KutipWindow *window = open_window (NULL);
  KutipDocument *document = kutip_window_get_document (window);
  KutipAnnotation *speaker, *claim;
  guint cursor;

  speaker = tag_text (window, "Karine Jean-Pierre", KUTIP_LABEL_SPEAKER);
  cursor = find_text (document, "diskusi rinci");
  kutip_article_view_select_range (kutip_window_get_article_view (window), cursor, cursor);
  activate (window, "tag", g_variant_new_string (KUTIP_LABEL_CLAIM));
  claim = kutip_window_get_selected (window);
  activate (window, "link-speaker", g_variant_new_string (kutip_annotation_get_id (speaker)));

  kutip_window_set_selected (window, speaker);
  g_assert_true (press_key (window, GDK_KEY_Delete, 0));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_null (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY));
  g_assert_true (spin_until (has_undo_button, window, 10000));
  /* Still there a moment later, when the user gets to it. */
  spin (1500);
  g_assert_nonnull (undo_button (window));
  g_signal_emit_by_name (undo_button (window), "clicked");
  spin (50);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 2);
  g_assert_nonnull (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY));
  g_assert_cmpstr (kutip_annotation_get_text (kutip_document_get_linked (document, claim,
                                                                        KUTIP_RELATION_SAID_BY)),
                   ==, "Karine Jean-Pierre");
  g_assert_true (spin_until (has_no_undo_button, window, 10000));

  /* Deleted again, then another edit at once: the Undo goes. */
  kutip_window_set_selected (window, claim);
  activate (window, "delete-annotation", NULL);
  tag_text (window, "Lloyd Austin", KUTIP_LABEL_SPEAKER);
  spin (500);
  g_assert_null (undo_button (window));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 2);

  /* Two deletes: the toast names the second, its Undo brings that back. */
  kutip_window_set_selected (window, speaker);
  activate (window, "delete-annotation", NULL);
  g_assert_true (spin_until (has_undo_button, window, 10000));
  kutip_window_set_selected (window, first_speaker_at (document, "Lloyd Austin"));
  activate (window, "delete-annotation", NULL);
  spin (100);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_label_showing,
                                 "Deleted “Lloyd Austin”"));
  g_signal_emit_by_name (undo_button (window), "clicked");
  spin (50);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_nonnull (first_speaker_at (document, "Lloyd Austin"));
  close_window (window);
}

/* A toast's title is markup: one naming a file or a text with "&" or "<"
 * says it as it is (a bad markup would warn, fatal in this test). */
static void
test_toast_says_text_as_is (void)
{
  KutipWindow *window = open_window (NULL);
  g_autofree char *dir = g_dir_make_tmp ("kutip-test-editing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Tom & Jerry <1>.kutip.json", NULL);

  tag_text (window, "Lloyd Austin", KUTIP_LABEL_SPEAKER);
  activate (window, "save-to", g_variant_new_string (path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  spin (300);
  close_window (window);
}

static GtkSearchEntry *
search_entry (KutipWindow *window)
{
  GtkWidget *bar = find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR);

  g_assert_nonnull (bar);
  return GTK_SEARCH_ENTRY (find_widget_of_type (bar, GTK_TYPE_SEARCH_ENTRY));
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static gboolean
has_selection (gpointer view)
{
  guint start, end;

  return kutip_article_view_get_selection (view, &start, &end);
}

/* Ctrl+F, type @needle, then close Find as @close does: the match stays
 * selected, and 1 tags it. */
static void
find_then_tag (KutipWindow *window,
               const char  *needle,
               void       (*close) (KutipWindow *window))
{
  KutipDocument *document = kutip_window_get_document (window);
  KutipArticleView *view = kutip_window_get_article_view (window);
  GtkSearchEntry *entry = search_entry (window);
  guint n = kutip_document_get_n_annotations (document);
  guint start, end;
  KutipAnnotation *tagged;

  activate (window, "find", NULL);
  spin (50);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), needle);
  /* The entry reports a change after a short delay. */
  g_assert_true (spin_until (has_selection, view, 10000));
  g_assert_true (kutip_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, find_text (document, needle));
  g_assert_cmpuint (end - start, ==, g_utf8_strlen (needle, -1));

  close (window);
  spin (50);
  /* The bar slides away. */
  g_assert_true (spin_until (is_unmapped, entry, 10000));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (kutip_article_view_get_text_view (view))));
  g_assert_true (kutip_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, find_text (document, needle));

  g_assert_true (press_key (window, GDK_KEY_1, 0));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n + 1);
  tagged = kutip_window_get_selected (window);
  g_assert_cmpstr (kutip_annotation_get_label (tagged), ==, KUTIP_LABEL_SPEAKER);
  g_assert_cmpstr (kutip_annotation_get_text (tagged), ==, needle);
}

/* Escape in the entry: GtkSearchEntry says "stop-search". */
static void
close_with_escape (KutipWindow *window)
{
  g_signal_emit_by_name (search_entry (window), "stop-search");
}

/* The bar's close button, or Ctrl+F again: search mode off. */
static void
close_search_mode (KutipWindow *window)
{
  GtkWidget *bar = find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR);

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), FALSE);
}

static void
test_find_then_tag (void)
{
  KutipWindow *window = open_window (NULL);

  find_then_tag (window, "Lloyd Austin", close_with_escape);
  find_then_tag (window, "Karine Jean-Pierre", close_search_mode);
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();

  if (!ui_test_init (&argc, &argv, NULL))
    return 77;

  g_test_add_func ("/kutip/app/editing/article-context-menu", test_article_context_menu);
  g_test_add_func ("/kutip/app/editing/list-context-menu", test_list_context_menu);
  g_test_add_func ("/kutip/app/editing/delete-undo-toast", test_delete_undo_toast);
  g_test_add_func ("/kutip/app/editing/toast-says-text-as-is", test_toast_says_text_as_is);
  g_test_add_func ("/kutip/app/editing/find-then-tag", test_find_then_tag);
  return ui_test_run ();
}
