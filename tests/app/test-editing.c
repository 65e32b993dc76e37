/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-editing.c: editing from where the text shows: Find handing its
 * match to the label keys. */

#include "config.h"

#include <adwaita.h>

#include "app-test-util.h"
#include "kutip-article-view.h"
#include "kutip-label-names.h"
#include "kutip-window.h"

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
  g_assert_true (spin_until (has_selection, view, 3000));
  g_assert_true (kutip_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, find_text (document, needle));
  g_assert_cmpuint (end - start, ==, g_utf8_strlen (needle, -1));

  close (window);
  spin (50);
  /* The bar slides away. */
  g_assert_true (spin_until (is_unmapped, entry, 3000));
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

  g_test_add_func ("/kutip/app/editing/find-then-tag", test_find_then_tag);
  return ui_test_run ();
}
