/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recent.c: File › Open Recent used with the mouse: the primary menu's
 * popover lists the recent articles and a click on one opens it. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "kutip-window.h"

static void
open_and_close (const char *path)
{
  close_window (open_window (path));
}

static gboolean
recent_has (gpointer path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  return gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri);
}

static const char *wanted_row;

static gboolean
shows_wanted_row (gpointer popover)
{
  return find_widget (popover, is_menu_row, wanted_row) != NULL;
}

static void
test_open_recent_by_click (void)
{
  g_autofree char *first = write_article ("a", "first.txt", "“Kami siap,” kata Ani.\n");
  g_autofree char *second = write_article ("a", "second.txt", "“Belum,” ujar Budi.\n");
  g_autofree char *twin = write_article ("b", "second.txt", "“Nanti,” kata Citra.\n");
  g_autofree char *gone = write_article ("a", "gone.txt", "Hilang.\n");
  g_autofree char *late = write_article ("a", "late.txt", "Terlambat.\n");
  KutipWindow *window;
  GtkWidget *popover;
  GtkWidget *row;
  KutipDocument *document;

  /* Opened earlier, in windows closed since. */
  open_and_close (first);
  open_and_close (second);
  open_and_close (twin);
  open_and_close (gone);
  g_assert_true (spin_until (recent_has, first, 3000));
  g_assert_true (spin_until (recent_has, twin, 3000));
  g_assert_true (spin_until (recent_has, gone, 3000));
  g_assert_cmpint (g_remove (gone), ==, 0);

  /* A fresh window, showing the sample: a recent file opens in it. */
  window = present_window (1000, 700);
  g_action_group_activate_action (G_ACTION_GROUP (window), "open-sample", NULL);
  g_assert_true (kutip_window_is_pristine (window));
  popover = open_primary_menu (window);
  wanted_row = "first.txt";
  g_assert_true (spin_until (shows_wanted_row, popover, 10000));

  /* A deleted file is not offered; two files of one name show their
   * folders. */
  g_assert_null (find_widget (popover, is_menu_row, "gone.txt"));
  g_assert_nonnull (find_widget (popover, is_menu_row, "second.txt — a"));
  g_assert_nonnull (find_widget (popover, is_menu_row, "second.txt — b"));

  /* A file opened elsewhere joins the menu of a window already open. */
  open_and_close (late);
  wanted_row = "late.txt";
  g_assert_true (spin_until (shows_wanted_row, popover, 10000));

  /* A click on the row, as GTK delivers it to the button. */
  row = find_widget (popover, is_menu_row, "first.txt");
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "clicked");
  spin (50);

  document = kutip_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (document), NULL), ==,
                   "“Kami siap,” kata Ani.\n");
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Another recent file from a window holding work opens in a window of
   * its own, and the first window keeps its article. */
  popover = open_primary_menu (window);
  row = find_widget (popover, is_menu_row, "second.txt — b");
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "clicked");
  spin (50);
  g_assert_true (kutip_window_get_document (window) == document);
  {
    GList *windows = gtk_window_list_toplevels ();
    gboolean found = FALSE;

    for (GList *l = windows; l != NULL; l = l->next)
      if (KUTIP_IS_WINDOW (l->data) && l->data != window &&
          kutip_window_get_document (l->data) != NULL &&
          g_strcmp0 (kutip_text_get_utf8 (kutip_document_get_text (
                       kutip_window_get_document (l->data)), NULL),
                     "“Nanti,” kata Citra.\n") == 0)
        found = TRUE;
    g_list_free (windows);
    g_assert_true (found);
  }
  destroy_kutip_windows ();
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();
  if (!ui_test_init (&argc, &argv, "kutip-test-recent-XXXXXX"))
    return 77;

  g_test_add_func ("/kutip/app/open-recent-by-click", test_open_recent_by_click);

  return ui_test_run ();
}
