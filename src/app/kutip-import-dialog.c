/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-import-dialog.c: File › Import. Reads a labelled dataset through
 * the core importer in a thread, all or nothing, then opens the documents:
 * the first in the window when it holds nothing worth keeping, the others
 * in new windows. They stay unsaved until the user saves them. */

#define G_LOG_DOMAIN "kutip-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-format.h"
#include "kutip-import-dialog.h"

struct _KutipImportDialog
{
  AdwWindow           parent_instance;

  /* template children */
  GtkButton          *cancel_button;
  GtkButton          *import_button;
  GtkSpinner         *spinner;
  AdwPreferencesPage *page;
  AdwComboRow        *format_row;
  AdwComboRow        *offsets_row;
  AdwActionRow       *input_row;
  AdwEntryRow        *map_row;
  GtkSwitch          *keep_switch;

  KutipWindow        *window;    /* weak */
  GPtrArray          *formats;   /* const KutipFormat*, rows of format_row */
  char               *input;
  GCancellable       *cancellable;
  /* Closing was asked while running: close once stopped. */
  gboolean            close_when_done;
};

G_DEFINE_FINAL_TYPE (KutipImportDialog, kutip_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_INPUT,
  PROP_LABEL_MAP,
  PROP_KEEP_UNMAPPED,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const KutipFormat *
selected_format (KutipImportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return i < self->formats->len ? g_ptr_array_index (self->formats, i) : NULL;
}

static void
update_sensitivity (KutipImportDialog *self)
{
  const KutipFormat *format = selected_format (self);
  gboolean running = self->cancellable != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->offsets_row),
                            format && (kutip_format_get_flags (format) & KUTIP_FORMAT_OFFSETS));
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            !running && selected_format (self) != NULL && self->input != NULL);
  gtk_spinner_set_spinning (self->spinner, running);
}

static void
set_input (KutipImportDialog *self,
           const char        *path)
{
  if (g_strcmp0 (self->input, path) == 0)
    return;
  g_free (self->input);
  self->input = g_strdup (path);
  adw_action_row_set_subtitle (self->input_row, path ? path : _("Nothing chosen"));
  update_sensitivity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INPUT]);
}

static void
input_response_cb (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  KutipImportDialog *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        set_input (self, path);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_input (KutipImportDialog *self,
              gboolean           folder)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Import a Folder") : _("Import a File"),
                                         GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (input_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_file_clicked_cb (KutipImportDialog *self)
{
  choose_input (self, FALSE);
}

static void
choose_folder_clicked_cb (KutipImportDialog *self)
{
  choose_input (self, TRUE);
}

/* The import itself, in a thread. */

typedef struct
{
  const KutipFormat  *format;
  KutipImportOptions  options;
  GHashTable         *label_map;
  GHashTable         *dropped;
  guint               n_empty;
  char               *input;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_hash_table_unref (job->label_map);
  g_hash_table_unref (job->dropped);
  g_free (job->input);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  GPtrArray *documents;

  documents = kutip_format_import_path (job->format, job->input, &job->options, &error);
  if (documents == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_ptr_array_unref (documents);
  else
    g_task_return_pointer (task, documents, (GDestroyNotify) g_ptr_array_unref);
}

static void
show_error (KutipImportDialog *self,
            const GError      *error)
{
  g_autofree char *body = g_strdup_printf (_("%s\nNothing was imported."), error->message);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Import"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_documents (KutipWindow *window,
                GPtrArray   *documents)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));

  for (guint i = 0; i < documents->len; i++)
    {
      KutipWindow *target = window;

      if (i > 0 || !kutip_window_is_pristine (window))
        {
          target = kutip_window_new (application);
          gtk_window_present (GTK_WINDOW (target));
        }
      /* Imported work has no file yet: the window keeps it as unsaved. */
      kutip_window_set_document (target, g_ptr_array_index (documents, i), TRUE);
    }
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KutipImportDialog *self = KUTIP_IMPORT_DIALOG (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) message = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_clear_object (&self->cancellable);
  update_sensitivity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);

  documents = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->close_when_done)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  if (documents == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }
  if (documents->len == 0)
    {
      g_autoptr(GError) empty = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                             _("%s: no documents found"), job->input);

      show_error (self, empty);
      return;
    }

  message = g_string_new (NULL);
  g_string_printf (message, g_dngettext (GETTEXT_PACKAGE, "Imported %u document",
                                         "Imported %u documents", documents->len),
                   documents->len);
  g_hash_table_iter_init (&iter, job->dropped);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_string_append (message, "; ");
      g_string_append_printf (message, g_dngettext (GETTEXT_PACKAGE,
                                                    "dropped %u span labelled “%s”",
                                                    "dropped %u spans labelled “%s”",
                                                    GPOINTER_TO_UINT (value)),
                              GPOINTER_TO_UINT (value), (const char *) key);
    }
  if (job->n_empty > 0)
    {
      g_string_append (message, "; ");
      g_string_append_printf (message, g_dngettext (GETTEXT_PACKAGE,
                                                    "dropped %u empty span",
                                                    "dropped %u empty spans", job->n_empty),
                              job->n_empty);
    }

  if (self->window != NULL)
    {
      open_documents (self->window, documents);
      kutip_window_show_toast (self->window, message->str);
    }
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
kutip_import_dialog_start (KutipImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ImportJob *job;

  g_return_val_if_fail (KUTIP_IS_IMPORT_DIALOG (self), FALSE);

  if (self->cancellable != NULL || selected_format (self) == NULL || self->input == NULL)
    return FALSE;

  job = g_new0 (ImportJob, 1);
  job->format = selected_format (self);
  job->input = g_strdup (self->input);
  job->label_map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  job->dropped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!kutip_format_parse_label_map (gtk_editable_get_text (GTK_EDITABLE (self->map_row)),
                                     job->label_map, &error))
    {
      import_job_free (job);
      show_error (self, error);
      return FALSE;
    }
  kutip_import_options_init (&job->options);
  job->options.offsets = (KutipOffsetUnit) adw_combo_row_get_selected (self->offsets_row);
  job->options.label_map = job->label_map;
  job->options.keep_unmapped = gtk_switch_get_active (self->keep_switch);
  job->options.dropped = job->dropped;
  job->options.n_empty = &job->n_empty;

  self->cancellable = g_cancellable_new ();
  update_sensitivity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);

  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, kutip_import_dialog_start);
  g_task_set_task_data (task, job, import_job_free);
  g_task_run_in_thread (task, import_thread);
  return TRUE;
}

static void
import_clicked_cb (KutipImportDialog *self)
{
  kutip_import_dialog_start (self);
}

static void
cancel_clicked_cb (KutipImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
kutip_import_dialog_close_request (GtkWindow *window)
{
  KutipImportDialog *self = KUTIP_IMPORT_DIALOG (window);

  if (self->cancellable != NULL)
    {
      self->close_when_done = TRUE;
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (kutip_import_dialog_parent_class)->close_request (window);
}

gboolean
kutip_import_dialog_get_running (KutipImportDialog *self)
{
  g_return_val_if_fail (KUTIP_IS_IMPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

static void
kutip_import_dialog_dispose (GObject *object)
{
  KutipImportDialog *self = KUTIP_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), KUTIP_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (kutip_import_dialog_parent_class)->dispose (object);
}

static void
kutip_import_dialog_finalize (GObject *object)
{
  KutipImportDialog *self = KUTIP_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->formats);
  g_free (self->input);

  G_OBJECT_CLASS (kutip_import_dialog_parent_class)->finalize (object);
}

static void
kutip_import_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KutipImportDialog *self = KUTIP_IMPORT_DIALOG (object);
  const KutipFormat *format;

  switch (prop_id)
    {
    case PROP_FORMAT:
      format = selected_format (self);
      g_value_set_string (value, format ? kutip_format_get_name (format) : NULL);
      break;
    case PROP_INPUT:
      g_value_set_string (value, self->input);
      break;
    case PROP_LABEL_MAP:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->map_row)));
      break;
    case PROP_KEEP_UNMAPPED:
      g_value_set_boolean (value, gtk_switch_get_active (self->keep_switch));
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_import_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KutipImportDialog *self = KUTIP_IMPORT_DIALOG (object);
  const char *name;

  switch (prop_id)
    {
    case PROP_FORMAT:
      name = g_value_get_string (value);
      for (guint i = 0; i < self->formats->len; i++)
        if (g_strcmp0 (kutip_format_get_name (g_ptr_array_index (self->formats, i)), name) == 0 &&
            adw_combo_row_get_selected (self->format_row) != i)
          {
            adw_combo_row_set_selected (self->format_row, i);
            g_object_notify_by_pspec (object, pspec);
          }
      break;
    case PROP_INPUT:
      set_input (self, g_value_get_string (value));
      break;
    case PROP_LABEL_MAP:
      name = g_value_get_string (value);
      if (g_strcmp0 (name, gtk_editable_get_text (GTK_EDITABLE (self->map_row))) != 0)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->map_row), name ? name : "");
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_KEEP_UNMAPPED:
      if (gtk_switch_get_active (self->keep_switch) != g_value_get_boolean (value))
        {
          gtk_switch_set_active (self->keep_switch, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_import_dialog_class_init (KutipImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kutip_import_dialog_dispose;
  object_class->finalize = kutip_import_dialog_finalize;
  object_class->get_property = kutip_import_dialog_get_property;
  object_class->set_property = kutip_import_dialog_set_property;
  window_class->close_request = kutip_import_dialog_close_request;

  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INPUT] =
    g_param_spec_string ("input", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL_MAP] =
    g_param_spec_string ("label-map", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEEP_UNMAPPED] =
    g_param_spec_boolean ("keep-unmapped", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Escape closes, as in any dialog (a running job stops first). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/kutip/Kutip/kutip-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, offsets_row);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, input_row);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, map_row);
  gtk_widget_class_bind_template_child (widget_class, KutipImportDialog, keep_switch);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_file_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_folder_clicked_cb);
}

static void
kutip_import_dialog_init (KutipImportDialog *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  const KutipFormat * const *formats = kutip_formats_list ();

  self->formats = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; formats[i] != NULL; i++)
    if (kutip_format_get_flags (formats[i]) & KUTIP_FORMAT_CAN_IMPORT)
      {
        g_ptr_array_add (self->formats, (gpointer) formats[i]);
        gtk_string_list_append (titles, kutip_format_get_title (formats[i]));
      }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (titles));
  g_signal_connect_swapped (self->format_row, "notify::selected",
                            G_CALLBACK (update_sensitivity), self);
  update_sensitivity (self);
}

KutipImportDialog *
kutip_import_dialog_new (KutipWindow *window)
{
  KutipImportDialog *self;

  g_return_val_if_fail (KUTIP_IS_WINDOW (window), NULL);

  self = g_object_new (KUTIP_TYPE_IMPORT_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  return self;
}
