/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats-ui.c: drives File › Export and File › Import through the
 * real window and dialogs: the open document (as it was when the dialog
 * opened) to doccano and brat, many files split into train/dev/test with
 * the progress bar, a doccano import with a label map, a bad import that
 * names the line and changes nothing; writes a screenshot of the dialog. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <unistd.h>

#include "app-test-util.h"
#include "kutip-application.h"
#include "kutip-export-dialog.h"
#include "kutip-format.h"
#include "kutip-import-dialog.h"
#include "kutip-store.h"
#include "kutip-window.h"

#define ARTICLE "Kata Ani: “Harga naik.” Lalu Budi diam."

/* Visible toplevels of @type, (transfer full). */
static GList *
windows_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GList *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        found = g_list_prepend (found, g_object_ref (window));
    }
  return found;
}

static gpointer
the_dialog (GType type)
{
  GList *found = windows_of_type (type);
  gpointer dialog;

  g_assert_cmpuint (g_list_length (found), ==, 1);
  dialog = g_object_ref (found->data);
  g_list_free_full (found, g_object_unref);
  return dialog;
}

static void
destroy_all_windows (void)
{
  GList *windows = windows_of_type (GTK_TYPE_WINDOW);

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free_full (windows, g_object_unref);
  spin (30);
}

static gboolean
is_idle (gpointer object)
{
  gboolean running = TRUE;

  g_object_get (object, "running", &running, NULL);
  return !running;
}

/* Runs the main loop until @object's boolean "running" is FALSE. */
static void
wait_until_done (gpointer object)
{
  g_assert_true (spin_until (is_idle, object, 60000));
  spin (30);
}

/* A window on @text, written to @name in tmp_dir. */
static KutipWindow *
open_article (const char *name,
              const char *text)
{
  g_autofree char *path = write_article (NULL, name, text);

  return open_window (path);
}

static KutipAnnotation *
tag (KutipDocument *document,
     const char    *label,
     const char    *needle)
{
  guint start = find_text (document, needle);
  KutipAnnotation *annotation;

  annotation = kutip_document_tag (document, label, start, start + g_utf8_strlen (needle, -1),
                                   NULL);
  g_assert_nonnull (annotation);
  return annotation;
}

/* Activates @action and returns the one dialog of @type it shows (a ref). */
static gpointer
open_dialog (KutipWindow *window,
             const char  *action,
             GType        type)
{
  activate (window, action, NULL);
  spin (50);
  return the_dialog (type);
}

static void
test_export_current (void)
{
  KutipWindow *window = open_article ("kata.txt", ARTICLE);
  KutipDocument *document = kutip_window_get_document (window);
  g_autofree char *out = g_build_filename (tmp_dir, "kata.jsonl", NULL);
  g_autofree char *brat = g_build_filename (tmp_dir, "brat", NULL);
  g_autofree char *ann_path = g_build_filename (brat, "kata.ann", NULL);
  g_autofree char *txt_path = g_build_filename (brat, "kata.txt", NULL);
  g_autofree char *png = build_path ("kutip-export-dialog.png");
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(KutipExportDialog) dialog = NULL;
  KutipAnnotation *speaker, *claim;
  JsonObject *object;
  JsonArray *labels, *span;
  AdwMessageDialog *left_out;
  guint n_exported = 0, n_left_out = 0;

  speaker = tag (document, KUTIP_LABEL_SPEAKER, "Ani");
  claim = tag (document, KUTIP_LABEL_CLAIM, "“Harga naik.”");
  g_assert_nonnull (kutip_document_link (document, KUTIP_RELATION_SAID_BY, claim, speaker));

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  dialog = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  /* Work after the dialog opened is not part of this export. */
  tag (document, KUTIP_LABEL_SPEAKER, "Budi");

  g_object_set (dialog, "format", "doccano", "output", out, NULL);
  {
    g_autofree char *format = NULL;

    g_object_get (dialog, "format", &format, NULL);
    g_assert_cmpstr (format, ==, "doccano");
  }
  spin (200);
  render_to_png (GTK_WIDGET (dialog), png);
  g_test_message ("screenshot: %s", png);

  g_assert_true (kutip_export_dialog_start (dialog));
  g_assert_true (kutip_export_dialog_get_running (dialog));
  wait_until_done (dialog);
  g_object_get (dialog, "n-exported", &n_exported, "n-links-left-out", &n_left_out, NULL);
  g_assert_cmpuint (n_exported, ==, 1);
  g_assert_cmpfloat (kutip_export_dialog_get_progress (dialog), ==, 1.0);
  /* Done: the dialog closed, the window shows a toast. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  /* doccano's label shape has no place for the said-by link: the window
   * says so instead of leaving it out quietly. */
  g_assert_cmpuint (n_left_out, ==, 1);
  left_out = find_message_dialog (window);
  g_assert_nonnull (left_out);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (left_out),
                            "1 link between exported spans was left out: doccano's label shape"));
  gtk_window_destroy (GTK_WINDOW (left_out));

  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, g_strchomp (contents), -1, NULL));
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, ARTICLE);
  labels = json_object_get_array_member (object, "label");
  g_assert_cmpuint (json_array_get_length (labels), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      span = json_array_get_array_element (labels, i);
      if (g_strcmp0 (json_array_get_string_element (span, 2), KUTIP_LABEL_SPEAKER) == 0)
        {
          g_assert_cmpint (json_array_get_int_element (span, 0), ==, 5);
          g_assert_cmpint (json_array_get_int_element (span, 1), ==, 8);
        }
      else
        {
          g_assert_cmpstr (json_array_get_string_element (span, 2), ==, KUTIP_LABEL_CLAIM);
          g_assert_cmpint (json_array_get_int_element (span, 0), ==, 10);
          g_assert_cmpint (json_array_get_int_element (span, 1), ==, 23);
        }
    }
  g_clear_object (&dialog);

  /* brat: a folder of .txt + .ann, the relation included. */
  dialog = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  g_object_set (dialog, "format", "brat", "output", brat, NULL);
  g_assert_true (kutip_export_dialog_start (dialog));
  wait_until_done (dialog);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (txt_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, ARTICLE);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (ann_path, &contents, NULL, NULL));
  g_test_message ("%s", contents);
  g_object_get (dialog, "n-links-left-out", &n_left_out, NULL);
  g_assert_cmpuint (n_left_out, ==, 0);
  g_assert_null (find_message_dialog (window));
  g_assert_nonnull (strstr (contents, "\tspeaker 5 8\tAni\n"));
  g_assert_nonnull (strstr (contents, "\tspeaker"));
  g_assert_nonnull (strstr (contents, "\tsaid-by Arg1:"));
  /* This export saw the third tag. */
  g_assert_nonnull (strstr (contents, "\tBudi\n"));

  destroy_all_windows ();
}

static gboolean
is_export_button (GtkWidget    *widget,
                  gconstpointer data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Export") == 0;
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog (NULL) != NULL;
}

/* Export into a brat folder that holds files: the Export button asks, and
 * only Replace writes over them. */
static void
test_export_asks_before_overwriting (void)
{
  KutipWindow *window = open_article ("tanya.txt", ARTICLE);
  g_autofree char *brat = g_build_filename (tmp_dir, "brat-full", NULL);
  g_autofree char *ann = g_build_filename (brat, "tanya.ann", NULL);
  g_autoptr(KutipExportDialog) dialog = NULL;
  g_autofree char *contents = NULL;
  AdwMessageDialog *question;
  GtkWidget *button;

  tag (kutip_window_get_document (window), KUTIP_LABEL_SPEAKER, "Ani");
  g_assert_cmpint (g_mkdir_with_parents (brat, 0755), ==, 0);
  g_assert_true (g_file_set_contents (ann, "milikku\n", -1, NULL));

  dialog = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  g_object_set (dialog, "format", "brat", "output", brat, NULL);
  button = find_widget (GTK_WIDGET (dialog), is_export_button, NULL);
  g_assert_nonnull (button);

  g_signal_emit_by_name (button, "clicked");
  g_assert_true (spin_until (has_message_dialog, NULL, 5000));
  question = find_message_dialog (NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == GTK_WINDOW (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), brat));
  adw_message_dialog_response (question, "cancel");
  spin (50);
  g_assert_false (kutip_export_dialog_get_running (dialog));
  g_assert_true (g_file_get_contents (ann, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "milikku\n");
  g_clear_pointer (&contents, g_free);

  g_signal_emit_by_name (button, "clicked");
  g_assert_true (spin_until (has_message_dialog, NULL, 5000));
  adw_message_dialog_response (find_message_dialog (NULL), "replace");
  wait_until_done (dialog);
  g_assert_true (g_file_get_contents (ann, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\tspeaker 5 8\tAni\n"));

  destroy_all_windows ();
}

static void
progress_cb (GObject    *dialog,
             GParamSpec *pspec,
             GArray     *seen)
{
  double progress = kutip_export_dialog_get_progress (KUTIP_EXPORT_DIALOG (dialog));

  g_array_append_val (seen, progress);
}

/* The ids in one exported Kutip JSONL file. */
static GPtrArray *
ids_in (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(KutipDocument) document = NULL;

      if (*lines[i] == '\0')
        continue;
      document = kutip_store_load_data (lines[i], strlen (lines[i]), path, KUTIP_LOAD_DEFAULT,
                                        NULL);
      g_assert_nonnull (document);
      g_ptr_array_add (ids, g_strdup (kutip_document_get_id (document)));
    }
  return ids;
}

static void
test_export_split (void)
{
  static const char * const names[] = { "train", "dev", "test" };
  KutipWindow *window = open_article ("current.txt", ARTICLE);
  g_autofree char *corpus = g_build_filename (tmp_dir, "corpus", NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "split", NULL);
  g_autoptr(KutipExportDialog) dialog = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  guint total = 0;
  const guint n_files = 24;

  g_assert_cmpint (g_mkdir_with_parents (corpus, 0755), ==, 0);
  dialog = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *text = g_strdup_printf ("Dokumen %u: kata Ani “ya”.", i);
      g_autofree char *name = g_strdup_printf ("doc-%02u.kutip.json", i);
      g_autofree char *path = g_build_filename (corpus, name, NULL);
      g_autoptr(KutipDocument) document = kutip_document_new_from_string (text, -1, NULL);
      g_autofree char *id = g_strdup_printf ("doc-%02u", i);

      kutip_document_set_id (document, id);
      tag (document, KUTIP_LABEL_SPEAKER, "Ani");
      g_assert_true (kutip_store_save_file (document, path, NULL));
      kutip_export_dialog_add_file (dialog, path);
    }

  g_object_set (dialog, "format", "jsonl", "output", "/tmp/one-file.jsonl", NULL);
  /* A split writes a folder: the file chosen before no longer fits. */
  kutip_export_dialog_set_split (dialog, TRUE, 7);
  {
    g_autofree char *output = NULL;

    g_object_get (dialog, "output", &output, NULL);
    g_assert_null (output);
  }
  g_object_set (dialog, "output", out, NULL);
  g_signal_connect (dialog, "notify::progress", G_CALLBACK (progress_cb), seen);
  g_assert_true (kutip_export_dialog_start (dialog));
  wait_until_done (dialog);

  /* The bar moved forward document by document and ended full. */
  g_assert_cmpuint (seen->len, >=, 2);
  for (guint i = 1; i < seen->len; i++)
    g_assert_cmpfloat (g_array_index (seen, double, i), >, g_array_index (seen, double, i - 1));
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);

  /* Every document is in the split its id and the seed choose. */
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *name = g_strconcat (names[k], ".jsonl", NULL);
      g_autofree char *path = g_build_filename (out, name, NULL);
      g_autoptr(GPtrArray) ids = ids_in (path);

      g_test_message ("%s: %u documents", names[k], ids->len);
      for (guint i = 0; i < ids->len; i++)
        {
          double share = kutip_format_split_share (7, g_ptr_array_index (ids, i));
          guint expected = share < 0.8 ? 0 : share < 0.9 ? 1 : 2;

          g_assert_cmpuint (expected, ==, k);
        }
      total += ids->len;
    }
  /* The 24 files and the open document. */
  g_assert_cmpuint (total, ==, n_files + 1);

  destroy_all_windows ();
}

static void
test_export_error (void)
{
  KutipWindow *window = open_article ("err.txt", ARTICLE);
  g_autofree char *broken = g_build_filename (tmp_dir, "broken.kutip.json", NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "err.jsonl", NULL);
  g_autoptr(KutipExportDialog) dialog = NULL;
  GList *messages;
  const char *body;

  g_assert_true (g_file_set_contents (broken, "{\"format\": \"kutip\", ", -1, NULL));
  dialog = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  kutip_export_dialog_add_file (dialog, broken);
  g_object_set (dialog, "format", "jsonl", "output", out, NULL);
  g_assert_true (kutip_export_dialog_start (dialog));
  wait_until_done (dialog);

  /* The dialog stays for another try; an error dialog names the file. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpfloat (kutip_export_dialog_get_progress (dialog), ==, 0);
  messages = windows_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpuint (g_list_length (messages), ==, 1);
  body = adw_message_dialog_get_body (messages->data);
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "broken.kutip.json"));
  g_list_free_full (messages, g_object_unref);

  destroy_all_windows ();
}

static void
test_export_stop (void)
{
  KutipWindow *window = open_article ("stop.txt", ARTICLE);
  g_autofree char *corpus = g_build_filename (tmp_dir, "many", NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "stopped.jsonl", NULL);
  g_autoptr(KutipExportDialog) dialog = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GList) messages = NULL;
  const guint n_files = 400;
  guint n_exported = 0;

  g_assert_cmpint (g_mkdir_with_parents (corpus, 0755), ==, 0);
  document = kutip_document_new_from_string (ARTICLE, -1, NULL);
  tag (document, KUTIP_LABEL_SPEAKER, "Ani");
  dialog = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("d%03u.kutip.json", i);
      g_autofree char *path = g_build_filename (corpus, name, NULL);

      g_assert_true (kutip_store_save_file (document, path, NULL));
      kutip_export_dialog_add_file (dialog, path);
    }
  g_object_set (dialog, "format", "jsonl", "output", out, NULL);
  g_assert_true (kutip_export_dialog_start (dialog));

  /* Closing while it runs stops it first, then the dialog goes away. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (kutip_export_dialog_get_running (dialog));
  wait_until_done (dialog);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_get (dialog, "n-exported", &n_exported, NULL);
  g_test_message ("stopped after %u of %u", n_exported, n_files);
  g_assert_cmpuint (n_exported, <, n_files);
  /* Stopping is not an error to report. */
  messages = windows_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_null (messages);

  destroy_all_windows ();
}

/* Add Folder over the folder of the open document: each document once.
 * The open one (as it is now, with work not saved) stands for its own
 * ARTICLE.kutip.json; other names of a file already listed (a symbolic
 * link, a hard link, a path with "..") add nothing. */
static void
test_export_each_document_once (void)
{
  g_autofree char *article = write_article ("each-once", "own.txt", ARTICLE);
  g_autofree char *folder = g_path_get_dirname (article);
  g_autofree char *own = g_build_filename (folder, "own.kutip.json", NULL);
  g_autofree char *other = g_build_filename (folder, "other.kutip.json", NULL);
  g_autofree char *alias = g_build_filename (folder, "alias.kutip.json", NULL);
  g_autofree char *twin = g_build_filename (folder, "twin.kutip.json", NULL);
  g_autofree char *dotted = g_build_filename (folder, "..", "each-once", "own.kutip.json", NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "each-once.jsonl", NULL);
  g_autoptr(KutipExportDialog) dialog = NULL;
  g_autoptr(KutipDocument) document = kutip_document_new_from_string ("Kata Sari: “ya”.", -1,
                                                                       NULL);
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  KutipWindow *window = open_window (article);
  guint n_exported = 0;

  /* Saved with one speaker, then a second one not saved yet. */
  tag (kutip_window_get_document (window), KUTIP_LABEL_SPEAKER, "Ani");
  activate (window, "save", NULL);
  g_assert_true (g_file_test (own, G_FILE_TEST_IS_REGULAR));
  tag (kutip_window_get_document (window), KUTIP_LABEL_SPEAKER, "Budi");

  kutip_document_set_id (document, "other");
  tag (document, KUTIP_LABEL_SPEAKER, "Sari");
  g_assert_true (kutip_store_save_file (document, other, NULL));
  g_assert_cmpint (symlink ("own.kutip.json", alias), ==, 0);
  g_assert_cmpint (link (other, twin), ==, 0);

  dialog = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  g_assert_cmpuint (kutip_export_dialog_add_folder (dialog, folder), ==, 1);
  g_assert_false (kutip_export_dialog_add_file (dialog, dotted));
  g_assert_false (kutip_export_dialog_add_file (dialog, other));
  g_assert_cmpuint (kutip_export_dialog_add_folder (dialog, folder), ==, 0);

  g_object_set (dialog, "format", "jsonl", "output", out, NULL);
  g_assert_true (kutip_export_dialog_start (dialog));
  wait_until_done (dialog);
  g_object_get (dialog, "n-exported", &n_exported, NULL);
  g_assert_cmpuint (n_exported, ==, 2);

  ids = ids_in (out);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (ids, "other", g_str_equal, NULL));
  /* The open document as it is, both speakers in it. */
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(KutipDocument) exported = NULL;

      if (*lines[i] == '\0')
        continue;
      exported = kutip_store_load_data (lines[i], strlen (lines[i]), out, KUTIP_LOAD_DEFAULT,
                                        NULL);
      if (g_strcmp0 (kutip_document_get_id (exported), "other") != 0)
        g_assert_cmpuint (kutip_document_get_n_annotations (exported), ==, 2);
    }

  destroy_all_windows ();
}

/* Escape closes each dialog, as any GNOME dialog. */
static void
test_dialogs_close_with_escape (void)
{
  static const struct { const char *action; GType (*type) (void); } dialogs[] = {
    { "export", kutip_export_dialog_get_type },
    { "import", kutip_import_dialog_get_type },
  };
  KutipWindow *window = open_article ("escape.txt", ARTICLE);

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      g_autoptr(GtkWidget) dialog = open_dialog (window, dialogs[i].action, dialogs[i].type ());

      g_assert_true (gtk_widget_get_visible (dialog));
      g_assert_true (press_shortcut (dialog, GDK_KEY_Escape, 0));
      spin (50);
      g_assert_false (gtk_widget_get_visible (dialog));
      g_assert_null (windows_of_type (dialogs[i].type ()));
    }
  destroy_all_windows ();
}

/* For find_widget: the row titled @title (mnemonic left out). */
static gboolean
is_titled_row (GtkWidget    *widget,
               gconstpointer title)
{
  g_autofree char *shown = NULL;
  char *mnemonic;

  if (!ADW_IS_PREFERENCES_ROW (widget))
    return FALSE;
  shown = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  if (adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (widget)) &&
      (mnemonic = strchr (shown, '_')) != NULL)
    memmove (mnemonic, mnemonic + 1, strlen (mnemonic));
  return g_strcmp0 (shown, title) == 0;
}

/* A path with markup characters shows as it is (a bad markup would warn,
 * fatal in this test), in both dialogs. */
static void
test_paths_shown_as_is (void)
{
  KutipWindow *window = open_article ("as-is.txt", ARTICLE);
  g_autofree char *out = g_build_filename (tmp_dir, "Tom & Jerry <1>.jsonl", NULL);
  g_autofree char *in = g_build_filename (tmp_dir, "Tom & Jerry <2>.jsonl", NULL);
  g_autoptr(KutipExportDialog) export = NULL;
  g_autoptr(KutipImportDialog) import = NULL;
  GtkWidget *row;

  export = open_dialog (window, "export", KUTIP_TYPE_EXPORT_DIALOG);
  g_object_set (export, "output", out, NULL);
  spin (100);
  row = find_widget (GTK_WIDGET (export), is_titled_row, "Save To");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, out);
  gtk_window_close (GTK_WINDOW (export));

  g_assert_true (g_file_set_contents (in, "", 0, NULL));
  import = open_dialog (window, "import", KUTIP_TYPE_IMPORT_DIALOG);
  g_object_set (import, "input", in, NULL);
  spin (100);
  destroy_all_windows ();
}

/* At its default size, with the open document listed, the export dialog
 * shows every row whole without scrolling, Save To and its button too. */
static void
test_export_dialog_fits (void)
{
  KutipWindow *window = open_article ("fits.txt", ARTICLE);
  g_autoptr(KutipExportDialog) dialog = open_dialog (window, "export",
                                                     KUTIP_TYPE_EXPORT_DIALOG);
  g_autofree char *png = build_path ("kutip-export-dialog-default.png");
  const char *rows[] = { "Format", "Train, Dev and Test Files", "fits.kutip.json",
                         "Save To" };
  GtkWidget *scroller;
  graphene_rect_t bounds;

  spin (300);
  scroller = find_widget_of_type (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  render_to_png (GTK_WIDGET (dialog), png);
  g_test_message ("screenshot: %s", png);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = find_widget (GTK_WIDGET (dialog), is_titled_row, rows[i]);

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_compute_bounds (row, scroller, &bounds));
      g_test_message ("%s: %.0f..%.0f of %d", rows[i], bounds.origin.y,
                      bounds.origin.y + bounds.size.height, gtk_widget_get_height (scroller));
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                         gtk_widget_get_height (scroller));
    }
  destroy_all_windows ();
}

static void
test_import (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "in.jsonl", NULL);
  const char *data =
    "{\"id\":\"a-1\",\"text\":\"Budi berkata hujan turun.\","
    "\"label\":[[0,4,\"PER\"],[13,24,\"QUOTE\"],[5,12,\"VERB\"]]}\n"
    "{\"id\":\"a-2\",\"text\":\"Sari diam.\",\"label\":[[0,4,\"PER\"]]}\n";
  KutipWindow *window = open_window (NULL);
  g_autoptr(KutipImportDialog) dialog = NULL;
  KutipDocument *document;
  GList *windows;
  guint n_speakers = 0, n_claims = 0;

  g_assert_true (kutip_window_is_pristine (window));

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  dialog = open_dialog (window, "import", KUTIP_TYPE_IMPORT_DIALOG);
  g_object_set (dialog, "format", "doccano", "input", path,
                "label-map", "PER=speaker, QUOTE=claim", NULL);
  {
    g_autofree char *png = build_path ("kutip-import-dialog.png");

    spin (200);
    render_to_png (GTK_WIDGET (dialog), png);
    g_test_message ("screenshot: %s", png);
  }
  g_assert_true (kutip_import_dialog_start (dialog));
  wait_until_done (dialog);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* The first document replaced the untouched sample in this window. */
  document = kutip_window_get_document (window);
  g_assert_cmpstr (kutip_document_get_id (document), ==, "a-1");
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (document), NULL), ==,
                   "Budi berkata hujan turun.");
  for (guint i = 0; i < kutip_document_get_n_annotations (document); i++)
    {
      g_autoptr(KutipAnnotation) annotation =
        g_list_model_get_item (kutip_document_get_annotations (document), i);
      const char *label = kutip_annotation_get_label (annotation);

      if (g_strcmp0 (label, KUTIP_LABEL_SPEAKER) == 0)
        {
          n_speakers++;
          g_assert_cmpstr (kutip_annotation_get_text (annotation), ==, "Budi");
        }
      else
        {
          /* VERB was neither mapped nor kept. */
          g_assert_cmpstr (label, ==, KUTIP_LABEL_CLAIM);
          g_assert_cmpstr (kutip_annotation_get_text (annotation), ==, "hujan turun");
          n_claims++;
        }
    }
  g_assert_cmpuint (n_speakers, ==, 1);
  g_assert_cmpuint (n_claims, ==, 1);
  /* Imported work has no file yet: closing would ask. */
  g_assert_true (kutip_window_get_dirty (window));

  /* The second document opened in a window of its own. */
  windows = windows_of_type (KUTIP_TYPE_WINDOW);
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != window)
      g_assert_cmpstr (kutip_document_get_id (kutip_window_get_document (l->data)), ==, "a-2");
  g_list_free_full (windows, g_object_unref);

  destroy_all_windows ();
}

static void
test_import_error (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "bad.jsonl", NULL);
  const char *data =
    "{\"id\":\"b-1\",\"text\":\"Budi berkata.\",\"label\":[[0,4,\"PER\"]]}\n"
    "{\"id\":\"b-2\",\"text\":\"Sari.\",\"label\":[[0,40,\"PER\"]]}\n";
  KutipWindow *window = open_article ("keep.txt", ARTICLE);
  KutipDocument *document = kutip_window_get_document (window);
  g_autoptr(KutipImportDialog) dialog = NULL;
  GList *messages;
  const char *body;

  tag (document, KUTIP_LABEL_SPEAKER, "Ani");
  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  dialog = open_dialog (window, "import", KUTIP_TYPE_IMPORT_DIALOG);
  g_object_set (dialog, "format", "doccano", "input", path, NULL);
  g_assert_true (kutip_import_dialog_start (dialog));
  wait_until_done (dialog);

  /* An error dialog names the file and the line; nothing else changed. */
  messages = windows_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpuint (g_list_length (messages), ==, 1);
  body = adw_message_dialog_get_body (messages->data);
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "bad.jsonl"));
  g_assert_nonnull (strstr (body, "bad.jsonl:2:"));
  g_assert_nonnull (strstr (body, "Nothing was imported"));
  g_list_free_full (messages, g_object_unref);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (kutip_window_get_document (window) == document);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 1);
  messages = windows_of_type (KUTIP_TYPE_WINDOW);
  g_assert_cmpuint (g_list_length (messages), ==, 1);
  g_list_free_full (messages, g_object_unref);

  destroy_all_windows ();
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();

  if (!ui_test_init (&argc, &argv, "kutip-test-formats-ui-XXXXXX"))
    return 77;

  g_test_add_func ("/kutip/app/formats/export-current", test_export_current);
  g_test_add_func ("/kutip/app/formats/export-asks-before-overwriting",
                   test_export_asks_before_overwriting);
  g_test_add_func ("/kutip/app/formats/export-split", test_export_split);
  g_test_add_func ("/kutip/app/formats/export-error", test_export_error);
  g_test_add_func ("/kutip/app/formats/export-stop", test_export_stop);
  g_test_add_func ("/kutip/app/formats/export-each-document-once",
                   test_export_each_document_once);
  g_test_add_func ("/kutip/app/formats/dialogs-close-with-escape",
                   test_dialogs_close_with_escape);
  g_test_add_func ("/kutip/app/formats/export-dialog-fits", test_export_dialog_fits);
  g_test_add_func ("/kutip/app/formats/paths-shown-as-is", test_paths_shown_as_is);
  g_test_add_func ("/kutip/app/formats/import", test_import);
  g_test_add_func ("/kutip/app/formats/import-error", test_import_error);

  return ui_test_run ();
}
