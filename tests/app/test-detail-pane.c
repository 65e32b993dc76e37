/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-detail-pane.c: the selected annotation's rows, used as a user does:
 * a speaker and a date picked from the claim's "Said By" and "When"
 * drop-downs (their popover lists), under fatal warnings. */

#include "config.h"

#include <adwaita.h>

#include "app-test-util.h"
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

/* For find_widget: the combo row titled @title. */
static gboolean
is_combo_row (GtkWidget    *widget,
              gconstpointer title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_list_view (GtkWidget    *widget,
              gconstpointer data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) != NULL;
}

/* The row of the combo's list showing @text. */
static guint
choice_position (AdwComboRow *row,
                 const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        return i;
    }
  g_error ("“%s” is not among the choices", text);
  return 0;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* Opens @row's drop-down and clicks the choice showing @text: the popover's
 * list selects the row and activates it, as a click does. */
static void
pick_choice (KutipWindow *window,
             const char  *title,
             const char  *text)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_widget (GTK_WIDGET (window), is_combo_row, title));
  GtkWidget *list;
  GtkSelectionModel *selection;
  guint position;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  position = choice_position (row, text);
  g_signal_emit_by_name (row, "activate");
  list = find_widget (GTK_WIDGET (row), is_list_view, NULL);
  g_assert_nonnull (list);
  g_assert_true (spin_until (is_mapped, list, 10000));
  selection = gtk_list_view_get_model (GTK_LIST_VIEW (list));
  gtk_selection_model_select_item (selection, position, TRUE);
  g_signal_emit_by_name (list, "activate", position);
  g_assert_true (spin_until (is_unmapped, list, 10000));
  spin (50);
  /* What the row shows now is what was picked. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, choice_position (row, text));
}

static void
test_pick_speaker_and_date (void)
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
  g_assert_cmpstr (kutip_annotation_get_label (claim), ==, KUTIP_LABEL_CLAIM);
  spin (50);

  pick_choice (window, "Said By", "Karine Jean-Pierre");
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY) == karine);

  /* Another speaker replaces the first: one said-by link. */
  pick_choice (window, "Said By", "Jake Sullivan");
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY) == jake);

  pick_choice (window, "When", "Rabu (18/5)");
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_DATED) == date);
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY) == jake);

  /* None takes the link away; undo brings it back. */
  pick_choice (window, "When", "None");
  g_assert_null (kutip_document_get_linked (document, claim, KUTIP_RELATION_DATED));
  activate (window, "undo", NULL);
  spin (50);
  g_assert_true (kutip_document_get_linked (document, claim, KUTIP_RELATION_DATED) == date);

  /* The label row too: the claim becomes a date, the pane follows. */
  pick_choice (window, "Label", "Date (Alt+3)");
  g_assert_cmpstr (kutip_annotation_get_label (claim), ==, KUTIP_LABEL_DATE);

  close_window (window);
}

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Who tagged it and what suggested it come from settings and files: shown
 * as they are (a bad markup would warn, fatal in this test). */
static void
test_origin_shown_as_is (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KutipWindow *window;
  KutipDocument *document;
  KutipAnnotation *tagged;
  g_autoptr(KutipAnnotation) suggested = NULL;
  GtkWidget *row;
  guint start;

  g_settings_set_string (settings, "annotator-name", "Tom & Jerry <desk>");
  window = open_window (NULL);
  document = kutip_window_get_document (window);
  tagged = tag_text (window, "Lloyd Austin", KUTIP_LABEL_SPEAKER);
  spin (50);
  row = find_widget (GTK_WIDGET (window), is_row_titled, "Origin");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Tagged by Tom & Jerry <desk>");
  g_assert_cmpstr (kutip_annotation_get_author (tagged), ==, "Tom & Jerry <desk>");

  start = find_text (document, "Jake");
  suggested = kutip_annotation_new (KUTIP_LABEL_SPEAKER, start, start + 4);
  kutip_annotation_set_status (suggested, KUTIP_STATUS_PENDING);
  kutip_annotation_set_origin (suggested, "model <v2> & co");
  g_assert_true (kutip_document_add_annotation (document, suggested, NULL));
  kutip_window_set_selected (window, suggested);
  spin (50);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                  "Suggested by model <v2> & co"));

  g_settings_reset (settings, "annotator-name");
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();

  if (!ui_test_init (&argc, &argv, NULL))
    return 77;

  g_test_add_func ("/kutip/app/detail-pane/pick-speaker-and-date", test_pick_speaker_and_date);
  g_test_add_func ("/kutip/app/detail-pane/origin-shown-as-is", test_origin_shown_as_is);
  return ui_test_run ();
}
