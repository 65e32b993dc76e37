/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-files.c: opening and saving, drag and drop, recent files,
 * autosave to a recovery file and the question before closing. */

#define G_LOG_DOMAIN "kutip-window-files"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kutip-application.h"
#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-json-check.h"
#include "kutip-recovery.h"
#include "kutip-store.h"
#include "kutip-window-private.h"

/* ---- opening ---------------------------------------------------------- */

static void
add_recent (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

typedef struct
{
  KutipWindow *window;
  GFile       *file;
} ReanchorData;

/* Opens @path again, moving annotations to where their text is now. For an
 * article whose ARTICLE.kutip.json holds an older text, that file is read
 * with the article's current text in place of its own. */
static KutipDocument *
open_reanchored (const char  *path,
                 GError     **error)
{
  g_autofree char *sidecar = NULL;
  g_autofree char *article = NULL;
  g_autofree char *sidecar_data = NULL;
  g_autoptr(JsonNode) root = NULL;
  KutipDocument *document;
  gsize n_bytes = 0;
  gsize sidecar_bytes = 0;

  if (g_str_has_suffix (path, ".json"))
    return kutip_store_open (path, KUTIP_LOAD_REANCHOR, error);

  sidecar = kutip_store_sidecar_path (path);
  if (!kutip_file_get_contents (path, &article, &n_bytes, error) ||
      !kutip_utf8_check (article, n_bytes, path, error) ||
      !kutip_file_get_contents (sidecar, &sidecar_data, &sidecar_bytes, error))
    return NULL;
  root = kutip_json_parse (sidecar_data, sidecar_bytes, sidecar, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return kutip_store_open (path, KUTIP_LOAD_REANCHOR, error);

  /* As kutip_store_new_from_article() reads it: without the file's
   * signature. */
  json_object_set_string_member (json_node_get_object (root), "text",
                                 article + kutip_utf8_signature_length (article, n_bytes));
  document = kutip_store_from_json (root, sidecar, KUTIP_LOAD_REANCHOR, error);
  if (document != NULL)
    kutip_document_set_path (document, sidecar);
  return document;
}

static void
reanchor_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ReanchorData     *data)
{
  if (g_strcmp0 (response, "reanchor") == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_file_get_path (data->file);
      g_autoptr(KutipDocument) document = open_reanchored (path, &error);

      if (document == NULL)
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"),
                                                      g_file_peek_path (data->file));
          _kutip_window_show_error (data->window, heading, error);
        }
      else
        {
          KutipWindow *target = data->window;

          if (!kutip_window_is_pristine (target))
            {
              target = kutip_window_new (gtk_window_get_application (GTK_WINDOW (data->window)));
              gtk_window_present (GTK_WINDOW (target));
            }
          kutip_window_set_document (target, document, FALSE);
          add_recent (path);
          kutip_window_show_toast (target, _("Annotations were moved to where their text is now"));
        }
    }
  g_object_unref (data->window);
  g_object_unref (data->file);
  g_free (data);
}

static void
offer_reanchor (KutipWindow  *self,
                GFile        *file,
                const GError *error)
{
  g_autofree char *heading = NULL;
  ReanchorData *data;
  GtkWidget *dialog;

  heading = g_strdup_printf (_("The Article in “%s” Has Changed"), g_file_peek_path (file));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nKutip can move each annotation to where its text "
                                    "is now. Check the result before saving."),
                                  error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reanchor", _("_Re-anchor Annotations"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reanchor",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (ReanchorData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  g_signal_connect (dialog, "response", G_CALLBACK (reanchor_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
kutip_window_open_file (KutipWindow *self,
                        GFile       *file)
{
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sample = NULL;
  KutipWindow *target = self;

  g_return_val_if_fail (KUTIP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (&error, KUTIP_ERROR, KUTIP_ERROR_IO,
                   _("%s: only local files can be opened"), g_file_peek_path (file));
    }
  else
    {
      document = kutip_store_open (path, KUTIP_LOAD_DEFAULT, &error);
    }

  if (document == NULL)
    {
      g_autofree char *heading = NULL;

      /* The text changed under its annotations: in the file itself (hash)
       * or in the article beside its ARTICLE.kutip.json. */
      if (g_error_matches (error, KUTIP_ERROR, KUTIP_ERROR_HASH_MISMATCH) ||
          (g_error_matches (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH) &&
           !g_str_has_suffix (path, ".json")))
        {
          offer_reanchor (self, file, error);
          return FALSE;
        }
      heading = g_strdup_printf (_("Could Not Open “%s”"),
                                 path ? path : g_file_peek_path (file));
      _kutip_window_show_error (self, heading, error);
      return FALSE;
    }

  if (!kutip_window_is_pristine (self))
    {
      target = kutip_window_new (gtk_window_get_application (GTK_WINDOW (self)));
      gtk_window_present (GTK_WINDOW (target));
    }

  sample = kutip_application_find_sample ();
  if (sample != NULL && g_strcmp0 (sample, path) == 0)
    {
      /* The installed sample is read-only: its work is saved with Save As. */
      kutip_document_set_path (document, NULL);
      kutip_window_set_document (target, document, FALSE);
      target->is_sample = TRUE;
      _kutip_window_update_title (target);
      return TRUE;
    }

  kutip_window_set_document (target, document, FALSE);
  add_recent (path);
  return TRUE;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  KutipWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          kutip_window_open_file (self, file);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_filters (GtkFileChooser *chooser,
             gboolean        articles)
{
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) kutip = gtk_file_filter_new ();

  if (articles)
    {
      gtk_file_filter_set_name (all, _("Articles and Annotations"));
      gtk_file_filter_add_pattern (all, "*.txt");
      gtk_file_filter_add_pattern (all, "*.md");
      gtk_file_filter_add_pattern (all, "*.json");
      gtk_file_filter_add_mime_type (all, "text/plain");
      gtk_file_chooser_add_filter (chooser, all);
    }
  gtk_file_filter_set_name (kutip, _("Kutip Annotations"));
  gtk_file_filter_add_pattern (kutip, "*.kutip.json");
  gtk_file_chooser_add_filter (chooser, kutip);
}

void
_kutip_window_open_dialog (KutipWindow *self)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Article"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  add_filters (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- saving ----------------------------------------------------------- */

/**
 * kutip_window_save_to:
 *
 * Saves the document to @path atomically, makes @path its place, drops the
 * recovery copy and says so in a toast.
 */
gboolean
kutip_window_save_to (KutipWindow  *self,
                      const char   *path,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (KUTIP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->document == NULL)
    return FALSE;

  if (!kutip_store_save_file (self->document, path, &local_error))
    {
      _kutip_window_show_error (self, _("Could Not Save"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  kutip_document_set_path (self->document, path);
  kutip_document_mark_saved (self->document);
  self->recovered = FALSE;
  self->is_sample = FALSE;
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  _kutip_window_remove_recovery (self);
  add_recent (path);
  _kutip_window_update_title (self);

  basename = g_path_get_basename (path);
  message = g_strdup_printf (_("Saved “%s”"), basename);
  kutip_window_show_toast (self, message);
  return TRUE;
}

void
_kutip_window_save (KutipWindow *self)
{
  const char *path;

  if (self->document == NULL)
    return;
  path = kutip_document_get_path (self->document);
  if (path == NULL)
    _kutip_window_save_as_dialog (self);
  else
    kutip_window_save_to (self, path, NULL);
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  KutipWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          g_autofree char *with_suffix = NULL;

          if (!g_str_has_suffix (path, ".json"))
            with_suffix = g_strconcat (path, ".kutip.json", NULL);
          kutip_window_save_to (self, with_suffix ? with_suffix : path, NULL);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
_kutip_window_save_as_dialog (KutipWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  const char *path;

  if (self->document == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Save Annotations"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog), FALSE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  path = kutip_document_get_path (self->document);
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), file, NULL);
    }
  else
    {
      name = g_strdup_printf ("%s.kutip.json", self->is_sample ? "sample" : _("untitled"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- autosave --------------------------------------------------------- */

static void
autosave_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *written = user_data;
  KutipWindow *self = KUTIP_WINDOW (source);

  if (!kutip_recovery_write_finish (result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Autosave failed: %s"), error->message);
      kutip_window_show_toast (self, message);
      return;
    }

  /* Saved or discarded while the copy was being written: drop it. */
  if (g_strcmp0 (written, self->recovery_path) != 0)
    kutip_recovery_remove (written);
}

static gboolean
autosave_cb (gpointer data)
{
  KutipWindow *self = data;
  g_autofree char *contents = NULL;
  gsize n_bytes = 0;

  self->autosave_source = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  /* Undone back to what is saved: an older copy would only bring back
   * what was undone. */
  if (!kutip_window_get_dirty (self))
    {
      _kutip_window_remove_recovery (self);
      return G_SOURCE_REMOVE;
    }

  if (self->recovery_path == NULL)
    self->recovery_path = kutip_recovery_new_path ();

  /* Serialising is quick and must see a stable model: main thread. The
   * write (fsync included) goes to a worker thread. */
  contents = kutip_store_to_data (self->document, FALSE, &n_bytes);
  if (self->autosave_cancellable == NULL)
    self->autosave_cancellable = g_cancellable_new ();
  kutip_recovery_write_async (G_OBJECT (self), self->recovery_path,
                              g_steal_pointer (&contents), n_bytes,
                              kutip_document_get_path (self->document),
                              self->autosave_cancellable,
                              autosave_done_cb, g_strdup (self->recovery_path));
  return G_SOURCE_REMOVE;
}

void
_kutip_window_schedule_autosave (KutipWindow *self)
{
  guint seconds = g_settings_get_uint (self->settings, "autosave-interval");

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add_seconds_full (G_PRIORITY_LOW, MAX (seconds, 1),
                                                      autosave_cb, self, NULL);
}

void
_kutip_window_remove_recovery (KutipWindow *self)
{
  if (self->recovery_path == NULL)
    return;
  kutip_recovery_remove (self->recovery_path);
  g_clear_pointer (&self->recovery_path, g_free);
}

/* ---- drag and drop ---------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KutipWindow   *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    kutip_window_open_file (self, G_FILE (l->data));
  return files != NULL;
}

void
_kutip_window_setup_drop (KutipWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* ---- recent files ----------------------------------------------------- */

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

/* Two recent files of the same name are told apart by their folder. */
static char *
recent_item_label (GtkRecentInfo *info,
                   GList         *shown)
{
  const char *name = gtk_recent_info_get_display_name (info);
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *dir_name = NULL;
  gboolean twin = FALSE;

  for (GList *l = shown; l != NULL && !twin; l = l->next)
    twin = l->data != info &&
           g_strcmp0 (gtk_recent_info_get_display_name (l->data), name) == 0;
  if (!twin)
    return g_strdup (name);

  path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
  dir = g_path_get_dirname (path);
  dir_name = g_filename_display_basename (dir);
  /* Translators: a recent file's name and, to tell it apart from another
   * of the same name, the folder it is in. */
  return g_strdup_printf (_("%s — %s"), name, dir_name);
}

/* The menu lists this app's recent local files that still exist, newest
 * first. GtkRecentManager adds an item only after it has looked up the
 * file's type, so the menu follows the manager's "changed" signal rather
 * than the moment a file is opened. */
void
_kutip_window_update_recent_menu (KutipWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  const char *app_name = g_get_application_name ();
  GList *items;
  GList *mine = NULL;
  GList *shown = NULL;
  guint n_shown = 0;

  if (self->recent_menu == NULL)
    return;
  g_menu_remove_all (self->recent_menu);

  items = gtk_recent_manager_get_items (manager);
  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (app_name != NULL && gtk_recent_info_has_application (info, app_name) &&
          gtk_recent_info_is_local (info))
        mine = g_list_prepend (mine, info);
    }
  mine = g_list_sort (mine, compare_recent);

  for (GList *l = mine; l != NULL && n_shown < 8; l = l->next)
    {
      /* A file moved or deleted since would only open an error. */
      if (gtk_recent_info_exists (l->data))
        {
          shown = g_list_append (shown, l->data);
          n_shown++;
        }
    }

  for (GList *l = shown; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (path == NULL)
        continue;
      label = recent_item_label (info, shown);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-file", "s", path);
      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free (shown);
  g_list_free (mine);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* ---- closing ---------------------------------------------------------- */

static void
save_window_state (KutipWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

/* The dialog is still answering when its response runs: close after it. */
static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
close_later (KutipWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later_cb, g_object_ref (self), g_object_unref);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   KutipWindow      *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->close_confirmed = TRUE;
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      _kutip_window_remove_recovery (self);
      close_later (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      const char *path = kutip_document_get_path (self->document);

      if (path == NULL)
        {
          _kutip_window_save_as_dialog (self);
        }
      else if (kutip_window_save_to (self, path, NULL))
        {
          close_later (self);
        }
    }
}

gboolean
_kutip_window_close_request_cb (KutipWindow *self)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->close_confirmed || !kutip_window_get_dirty (self))
    {
      save_window_state (self);
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      _kutip_window_remove_recovery (self);
      return FALSE;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The annotations of “%s” have unsaved changes. "
                                    "Changes that are not saved are lost."),
                                  gtk_window_get_title (GTK_WINDOW (self)) + strlen ("• "));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
