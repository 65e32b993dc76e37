/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recent.c: File › Open Recent used with the mouse: the primary menu's
 * popover lists the recent articles and a click on one opens it. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "kutip-window.h"

static char *tmp_dir;

static gboolean
spin_until (gboolean (*done) (gpointer), gpointer data, guint max_ms)
{
  gint64 until = g_get_monotonic_time () + max_ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      if (done (data))
        return TRUE;
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  return done (data);
}

static char *
write_article (const char *folder,
               const char *name,
               const char *text)
{
  g_autofree char *dir = g_build_filename (tmp_dir, folder, NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static KutipWindow *
new_window (void)
{
  KutipWindow *window = kutip_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
open_and_close (const char *path)
{
  KutipWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (kutip_window_open_file (window, file));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
}

static gboolean
recent_has (gpointer path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  return gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri);
}

static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_primary_menu_button (GtkWidget    *widget,
                        gconstpointer data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* The popover's rows are GtkModelButtons (private in GTK): found by type
 * name and their "text". */
static gboolean
is_menu_row (GtkWidget    *widget,
             gconstpointer text)
{
  g_autofree char *row_text = NULL;

  if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") != 0)
    return FALSE;
  g_object_get (widget, "text", &row_text, NULL);
  return g_strcmp0 (row_text, text) == 0;
}

/* The primary menu's popover, open, as after a click on the menu button. */
static GtkWidget *
open_primary_menu (KutipWindow *window)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), is_primary_menu_button, NULL);
  GtkPopover *popover;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  spin (50);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  return GTK_WIDGET (popover);
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
  window = new_window ();
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
    g_assert_true (found);
    for (GList *l = windows; l != NULL; l = l->next)
      if (KUTIP_IS_WINDOW (l->data))
        gtk_window_destroy (GTK_WINDOW (l->data));
    g_list_free (windows);
  }
  spin (20);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int ret;

  home = isolate_home ();
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return 77;
    }
  adw_init ();

  tmp_dir = g_dir_make_tmp ("kutip-test-recent-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/kutip/app/open-recent-by-click", test_open_recent_by_click);

  ret = g_test_run ();
  g_free (tmp_dir);
  return ret;
}
