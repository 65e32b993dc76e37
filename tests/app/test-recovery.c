/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recovery.c: autosave and what the next start does with it: the
 * first edit is autosaved, the recovery dialog names the articles, and
 * `kutip FILE` with work to recover opens no window it was not asked for.
 * Each test that starts the application runs in a process of its own (an
 * application starts once per process). */

#include "config.h"

#include <adwaita.h>

#include "app-test-util.h"
#include "kutip-application.h"
#include "kutip-article-view.h"
#include "kutip-label-names.h"
#include "kutip-recovery.h"
#include "kutip-store.h"
#include "kutip-window.h"

static gboolean
recovery_exists (gpointer data)
{
  g_autoptr(GPtrArray) paths = kutip_recovery_list ();

  return paths->len > 0;
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog (NULL) != NULL;
}

/* Tags the first @needle in @window's article as @label. */
static void
tag_text (KutipWindow *window,
          const char  *needle,
          const char  *label)
{
  KutipDocument *document = kutip_window_get_document (window);
  guint start = find_text (document, needle);

  kutip_article_view_select_range (kutip_window_get_article_view (window),
                                   start, start + g_utf8_strlen (needle, -1));
  activate (window, "tag", g_variant_new_string (label));
}

/* The Kutip windows open now. */
static GPtrArray *
kutip_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *windows = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (KUTIP_IS_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        g_ptr_array_add (windows, toplevel);
    }
  return windows;
}

/* An application registered as `kutip` is at its start, without a bus
 * of its own to share (transfer full). */
static KutipApplication *
start_application (void)
{
  g_autoptr(GError) error = NULL;
  KutipApplication *app = kutip_application_new ();

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

static void
stop_application (KutipApplication *app)
{
  destroy_kutip_windows ();
  g_object_unref (app);
}

/* A recovery file holding the sample with one speaker tagged, as an
 * autosave leaves it, belonging to @origin (NULL: never saved). */
static void
write_recovery (const char *origin)
{
  g_autofree char *sample = kutip_application_find_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = kutip_store_open (sample, KUTIP_LOAD_DEFAULT, &error);
  g_autofree char *path = kutip_recovery_new_path ();
  g_autofree char *dir = kutip_recovery_dir ();
  g_autofree char *origin_path = g_strconcat (path, ".origin", NULL);
  g_autofree char *contents = NULL;
  gsize n_bytes = 0;
  guint start;

  g_assert_no_error (error);
  g_assert_true (kutip_text_find (kutip_document_get_text (document), "Lloyd Austin", 0, &start));
  g_assert_nonnull (kutip_document_tag (document, KUTIP_LABEL_SPEAKER, start, start + 12, &error));
  g_assert_no_error (error);
  contents = kutip_store_to_data (document, FALSE, &n_bytes);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, (gssize) n_bytes, NULL));
  g_assert_true (g_file_set_contents (origin_path, origin ? origin : "", -1, NULL));
}

/* One edit, then nothing: the autosave delay later the work is in a
 * recovery file, and the next start offers it back. */
static void
test_first_edit_autosaved (void)
{
  g_autofree char *article = copy_sample ("first-edit.txt");
  g_autofree char *sidecar = kutip_store_sidecar_path (article);
  KutipWindow *window = open_window (article);
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(KutipDocument) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *origin = NULL;

  g_assert_false (recovery_exists (NULL));
  tag_text (window, "Lloyd Austin", KUTIP_LABEL_SPEAKER);
  g_assert_cmpuint (kutip_document_get_n_annotations (kutip_window_get_document (window)), ==, 1);
  /* The delay is 1 s here (set in main ()). */
  g_assert_true (spin_until (recovery_exists, NULL, 15000));

  paths = kutip_recovery_list ();
  g_assert_cmpuint (paths->len, ==, 1);
  origin = kutip_recovery_get_origin (g_ptr_array_index (paths, 0));
  g_assert_cmpstr (origin, ==, sidecar);
  saved = kutip_store_load_file (g_ptr_array_index (paths, 0), KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_document_get_n_annotations (saved), ==, 1);

  /* As after a crash: the window goes without being asked to close. */
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_assert_true (recovery_exists (NULL));
  kutip_recovery_remove (g_ptr_array_index (paths, 0));
}

static gboolean
recovery_gone (gpointer data)
{
  return !recovery_exists (data);
}

/* Undone back to the saved state, the autosaved copy goes: it would only
 * bring back what was undone. */
static void
test_undone_edit_drops_recovery (void)
{
  g_autofree char *article = copy_sample ("undone.txt");
  KutipWindow *window = open_window (article);

  g_assert_false (recovery_exists (NULL));
  tag_text (window, "Lloyd Austin", KUTIP_LABEL_SPEAKER);
  g_assert_true (spin_until (recovery_exists, NULL, 15000));
  activate (window, "undo", NULL);
  g_assert_false (kutip_window_get_dirty (window));
  g_assert_true (spin_until (recovery_gone, NULL, 15000));
  close_window (window);
}

/* The next start (in a process of its own) offers the autosaved work. */
static void
test_first_edit_recovered (void)
{
  g_autofree char *article = NULL;
  g_autofree char *sidecar = NULL;
  KutipApplication *app;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) windows = NULL;
  KutipDocument *document;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                       G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  article = copy_sample ("crashed.txt");
  sidecar = kutip_store_sidecar_path (article);
  {
    KutipWindow *window = open_window (article);

    tag_text (window, "Lloyd Austin", KUTIP_LABEL_SPEAKER);
    g_assert_true (spin_until (recovery_exists, NULL, 15000));
    gtk_window_destroy (GTK_WINDOW (window));
    spin (50);
  }

  app = start_application ();
  g_application_activate (G_APPLICATION (app));
  g_assert_true (spin_until (has_message_dialog, NULL, 10000));
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "crashed"));
  adw_message_dialog_response (dialog, "recover");
  spin (100);

  windows = kutip_windows ();
  g_assert_cmpuint (windows->len, ==, 1);
  document = kutip_window_get_document (g_ptr_array_index (windows, 0));
  g_assert_nonnull (document);
  g_assert_cmpstr (kutip_document_get_path (document), ==, sidecar);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_true (kutip_window_get_dirty (g_ptr_array_index (windows, 0)));
  stop_application (app);
}

/* The dialog says which articles it would bring back. */
static void
test_dialog_names_articles (void)
{
  g_autofree char *origin = NULL;
  g_autofree char *folder = NULL;
  KutipApplication *app;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) windows = NULL;
  const char *body;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                       G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  origin = g_build_filename (tmp_dir, "ceasefire-talks.kutip.json", NULL);
  folder = g_path_get_basename (tmp_dir);
  write_recovery (origin);
  write_recovery (NULL);

  app = start_application ();
  g_application_activate (G_APPLICATION (app));
  g_assert_true (spin_until (has_message_dialog, NULL, 10000));
  dialog = find_message_dialog (NULL);
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("recovery dialog: %s", body);
  g_assert_nonnull (strstr (body, "2 articles"));
  g_assert_nonnull (strstr (body, "ceasefire-talks"));
  g_assert_null (strstr (body, "ceasefire-talks.kutip.json"));
  /* With the folder it is in, */
  g_assert_nonnull (strstr (body, folder));
  /* and the one never saved as such. */
  g_assert_nonnull (strstr (body, "Untitled Article"));

  /* Discard drops both, and the window shows the sample. */
  adw_message_dialog_response (dialog, "discard");
  spin (100);
  g_assert_false (recovery_exists (NULL));
  windows = kutip_windows ();
  g_assert_cmpuint (windows->len, ==, 1);
  g_assert_nonnull (kutip_window_get_document (g_ptr_array_index (windows, 0)));
  g_assert_true (kutip_window_is_pristine (g_ptr_array_index (windows, 0)));
  stop_application (app);
}

/* `kutip FILE` with work to recover: FILE opens; Discard opens nothing
 * more, Recover opens the work beside FILE, not over it. */
static void
open_file_with_recovery (const char *response,
                         guint       n_windows)
{
  g_autofree char *article = copy_sample ("asked-for.txt");
  g_autoptr(GFile) file = g_file_new_for_path (article);
  g_autoptr(GPtrArray) windows = NULL;
  KutipApplication *app;
  AdwMessageDialog *dialog;
  gboolean file_shown = FALSE;

  write_recovery (NULL);
  app = start_application ();
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_true (spin_until (has_message_dialog, NULL, 10000));
  dialog = find_message_dialog (NULL);
  adw_message_dialog_response (dialog, response);
  spin (200);

  windows = kutip_windows ();
  g_assert_cmpuint (windows->len, ==, n_windows);
  for (guint i = 0; i < windows->len; i++)
    {
      KutipWindow *window = g_ptr_array_index (windows, i);
      KutipDocument *document = kutip_window_get_document (window);
      g_autofree char *sidecar = kutip_store_sidecar_path (article);

      g_assert_nonnull (document);
      g_assert_false (kutip_window_is_pristine (window));
      if (g_strcmp0 (kutip_document_get_path (document), sidecar) == 0)
        {
          g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);
          file_shown = TRUE;
        }
      else
        {
          /* The recovered work. */
          g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
          g_assert_true (kutip_window_get_dirty (window));
        }
    }
  g_assert_true (file_shown);
  stop_application (app);
}

static void
test_open_file_discard (void)
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                       G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  open_file_with_recovery ("discard", 1);
  g_assert_false (recovery_exists (NULL));
}

static void
test_open_file_recover (void)
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                       G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  open_file_with_recovery ("recover", 2);
}

/* `kutip FILE` after a crash while FILE was being edited: Recover brings
 * the work back into FILE's own window, which showed it as saved. */
static void
test_open_file_recover_its_work (void)
{
  g_autofree char *article = NULL;
  g_autofree char *sidecar = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) windows = NULL;
  KutipApplication *app;
  KutipDocument *document;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                       G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  article = copy_sample ("edited.txt");
  sidecar = kutip_store_sidecar_path (article);
  file = g_file_new_for_path (article);
  write_recovery (sidecar);

  app = start_application ();
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_true (spin_until (has_message_dialog, NULL, 10000));
  adw_message_dialog_response (find_message_dialog (NULL), "recover");
  spin (200);

  windows = kutip_windows ();
  g_assert_cmpuint (windows->len, ==, 1);
  document = kutip_window_get_document (g_ptr_array_index (windows, 0));
  g_assert_cmpstr (kutip_document_get_path (document), ==, sidecar);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  g_assert_true (kutip_window_get_dirty (g_ptr_array_index (windows, 0)));
  stop_application (app);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();

  if (!ui_test_init (&argc, &argv, "kutip-test-recovery-XXXXXX"))
    return 77;

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_uint (settings, "autosave-interval", 1);
  }

  g_test_add_func ("/kutip/app/recovery/first-edit-autosaved", test_first_edit_autosaved);
  g_test_add_func ("/kutip/app/recovery/undone-edit-drops-recovery",
                   test_undone_edit_drops_recovery);
  g_test_add_func ("/kutip/app/recovery/first-edit-recovered", test_first_edit_recovered);
  g_test_add_func ("/kutip/app/recovery/dialog-names-articles", test_dialog_names_articles);
  g_test_add_func ("/kutip/app/recovery/open-file-discard", test_open_file_discard);
  g_test_add_func ("/kutip/app/recovery/open-file-recover", test_open_file_recover);
  g_test_add_func ("/kutip/app/recovery/open-file-recover-its-work",
                   test_open_file_recover_its_work);

  return ui_test_run ();
}
