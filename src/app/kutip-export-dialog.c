/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-export-dialog.c: File › Export. The documents (the window's own,
 * serialised when added so editing may go on, and .kutip.json files) are
 * streamed one at a time through the core exporter in a thread, with a
 * progress bar, optionally split into train/dev/test. */

#define G_LOG_DOMAIN "kutip-export-dialog"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "kutip-export-dialog.h"
#include "kutip-format.h"
#include "kutip-store.h"

typedef struct
{
  char  *path;     /* a .kutip.json file, or NULL for @data */
  char  *data;     /* the window's document as Kutip JSON */
  gsize  n_bytes;
  char  *where;    /* names it in messages */
  char  *identity; /* the file it is, to count each once (NULL: none) */
} ExportSource;

struct _KutipExportDialog
{
  AdwWindow          parent_instance;

  /* template children */
  GtkButton         *cancel_button;
  GtkButton         *export_button;
  GtkProgressBar    *progress_bar;
  AdwPreferencesPage *page;
  AdwComboRow       *format_row;
  AdwComboRow       *offsets_row;
  AdwComboRow       *status_row;
  AdwComboRow       *nesting_row;
  AdwExpanderRow    *split_row;
  GtkSpinButton     *train_spin;
  GtkSpinButton     *dev_spin;
  AdwActionRow      *test_share_row;
  GtkSpinButton     *seed_spin;
  GtkListBox        *documents_list;
  AdwActionRow      *output_row;

  KutipWindow       *window;     /* weak */
  GPtrArray         *formats;    /* const KutipFormat*, rows of format_row */
  GPtrArray         *sources;    /* ExportSource */
  char              *output;
  GCancellable      *cancellable;
  double             progress;
  guint              n_exported;
  /* Links between exported spans the last export left out. */
  guint              n_links_left_out;
  /* What the output was chosen as: a folder or a file. */
  gboolean           output_folder;
  /* The save chooser picked the file and asked before replacing it. */
  gboolean           output_confirmed;
  /* Closing was asked while running: close once stopped. */
  gboolean           close_when_done;
};

G_DEFINE_FINAL_TYPE (KutipExportDialog, kutip_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_OUTPUT,
  PROP_PROGRESS,
  PROP_RUNNING,
  PROP_N_EXPORTED,
  PROP_N_LINKS_LEFT_OUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const split_names[] = { "train", "dev", "test" };

static void
export_source_free (gpointer data)
{
  ExportSource *source = data;

  g_free (source->path);
  g_free (source->data);
  g_free (source->where);
  g_free (source->identity);
  g_free (source);
}

/* What tells files apart however they are named: the file system's id
 * for the file (links and other spellings of a path share it), else the
 * canonical path of one not written yet (transfer full). */
static char *
file_identity (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autofree char *canonical = NULL;

  if (info != NULL && g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE) != NULL)
    return g_strconcat ("id:", g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE),
                        NULL);
  canonical = g_canonicalize_filename (path, NULL);
  return g_strconcat ("path:", canonical, NULL);
}

static gboolean
has_source (KutipExportDialog *self,
            const char        *identity)
{
  for (guint i = 0; i < self->sources->len; i++)
    {
      ExportSource *source = g_ptr_array_index (self->sources, i);

      if (g_strcmp0 (source->identity, identity) == 0)
        return TRUE;
    }
  return FALSE;
}

static const KutipFormat *
selected_format (KutipExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return i < self->formats->len ? g_ptr_array_index (self->formats, i) : NULL;
}

/* Where the chosen format writes: one file, or a folder (brat, a split). */
static gboolean
output_is_folder (KutipExportDialog *self)
{
  const KutipFormat *format = selected_format (self);

  return adw_expander_row_get_enable_expansion (self->split_row) ||
         (format != NULL && (kutip_format_get_flags (format) & KUTIP_FORMAT_FOLDER));
}

static void
update_sensitivity (KutipExportDialog *self)
{
  const KutipFormat *format = selected_format (self);
  KutipFormatFlags flags = format ? kutip_format_get_flags (format) : 0;
  gboolean running = self->cancellable != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->offsets_row), (flags & KUTIP_FORMAT_OFFSETS) != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->nesting_row), (flags & KUTIP_FORMAT_TOKENS) != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button),
                            !running && format != NULL && self->output != NULL &&
                            self->sources->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running || self->progress > 0);
}

static void
update_test_share (KutipExportDialog *self)
{
  int train = gtk_spin_button_get_value_as_int (self->train_spin);
  int dev = gtk_spin_button_get_value_as_int (self->dev_spin);
  g_autofree char *text = NULL;

  if (train + dev > 100)
    {
      gtk_spin_button_set_value (self->dev_spin, 100 - train);
      return; /* called again by value-changed */
    }
  text = g_strdup_printf ("%d", 100 - train - dev);
  adw_action_row_set_subtitle (self->test_share_row, text);
}

static void
set_output (KutipExportDialog *self,
            const char        *path)
{
  self->output_folder = output_is_folder (self);
  self->output_confirmed = FALSE;
  if (g_strcmp0 (self->output, path) == 0)
    return;
  g_free (self->output);
  self->output = g_strdup (path);
  adw_action_row_set_subtitle (self->output_row, path ? path : _("Nothing chosen"));
  update_sensitivity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTPUT]);
}

/* A file chosen for one file is no place for a folder, and back. */
static void
output_kind_changed_cb (KutipExportDialog *self)
{
  if (self->output != NULL && output_is_folder (self) != self->output_folder)
    set_output (self, NULL);
  update_sensitivity (self);
}

static void
format_changed_cb (KutipExportDialog *self)
{
  output_kind_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

static void
set_progress (KutipExportDialog *self,
              double             progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  gtk_progress_bar_set_fraction (self->progress_bar, progress);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
add_source (KutipExportDialog *self,
            ExportSource      *source)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *base = g_path_get_basename (source->path ? source->path : source->where);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), base);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (source->path != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source->path);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The open document, as it is now"));
  gtk_list_box_append (self->documents_list, row);
  g_ptr_array_add (self->sources, source);
  update_sensitivity (self);
}

/**
 * kutip_export_dialog_add_file:
 *
 * Adds the .kutip.json file at @path to the documents, unless it is one
 * of them already: another name for a file in the list, or the open
 * document's own file (the open document, as it is now, stands for it).
 *
 * Returns: whether it was added
 */
gboolean
kutip_export_dialog_add_file (KutipExportDialog *self,
                              const char        *path)
{
  g_autofree char *identity = NULL;
  ExportSource *source;

  g_return_val_if_fail (KUTIP_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  identity = file_identity (path);
  if (has_source (self, identity))
    return FALSE;
  source = g_new0 (ExportSource, 1);
  source->path = g_strdup (path);
  source->where = g_strdup (path);
  source->identity = g_steal_pointer (&identity);
  add_source (self, source);
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * kutip_export_dialog_add_folder:
 *
 * Adds the .kutip.json files in @folder (not its subfolders) in name
 * order, each document once (see kutip_export_dialog_add_file()).
 *
 * Returns: how many were added
 */
guint
kutip_export_dialog_add_folder (KutipExportDialog *self,
                                const char        *folder)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n_added = 0;

  g_return_val_if_fail (KUTIP_IS_EXPORT_DIALOG (self), 0);
  g_return_val_if_fail (folder != NULL, 0);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".kutip.json"))
      g_ptr_array_add (names, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    n_added += kutip_export_dialog_add_file (self, g_ptr_array_index (names, i));
  return n_added;
}

static void
add_response_cb (GtkNativeDialog *chooser,
                 int              response,
                 gpointer         user_data)
{
  KutipExportDialog *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      gboolean folders = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) ==
                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          g_autofree char *path = g_file_get_path (file);

          if (path == NULL)
            continue;
          if (folders)
            kutip_export_dialog_add_folder (self, path);
          else
            kutip_export_dialog_add_file (self, path);
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_sources (KutipExportDialog *self,
                gboolean           folders)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (folders ? _("Add Folders of Annotations")
                                                 : _("Add Annotation Files"),
                                         GTK_WINDOW (self),
                                         folders ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                 : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  if (!folders)
    {
      gtk_file_filter_set_name (filter, _("Kutip annotations"));
      gtk_file_filter_add_suffix (filter, "kutip.json");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (add_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_files_clicked_cb (KutipExportDialog *self)
{
  choose_sources (self, FALSE);
}

static void
add_folder_clicked_cb (KutipExportDialog *self)
{
  choose_sources (self, TRUE);
}

static void
output_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  KutipExportDialog *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        {
          set_output (self, path);
          self->output_confirmed = !self->output_folder;
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_output_clicked_cb (KutipExportDialog *self)
{
  const KutipFormat *format = selected_format (self);
  gboolean folder = output_is_folder (self);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Export to Folder") : _("Export to File"),
                                         GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Choose"), _("_Cancel"));
  if (!folder && format != NULL)
    {
      g_autofree char *name = g_strconcat (_("dataset"), kutip_format_get_extension (format),
                                           NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (output_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The export itself, in a thread. */

typedef struct
{
  const KutipFormat  *format;
  KutipExportOptions  options;
  GPtrArray          *label_order;
  GPtrArray          *sources;
  char               *output;
  gboolean            split;
  double              upto[2];   /* cumulative train, train + dev */
  guint64             seed;
  KutipExportDialog  *dialog;    /* for progress, unreffed in the main context */
  guint               n_exported;
  guint               links_pending;
  guint               links_unsupported;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_ptr_array_unref (job->label_order);
  g_ptr_array_unref (job->sources);
  g_free (job->output);
  g_free (job);
}

typedef struct
{
  KutipExportDialog *dialog;
  double             fraction;
} Progress;

static gboolean
progress_cb (gpointer data)
{
  Progress *progress = data;

  if (progress->dialog->cancellable != NULL)
    set_progress (progress->dialog, progress->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->dialog);
  g_free (progress);
}

static void
report_progress (ExportJob *job,
                 double     fraction)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->dialog = g_object_ref (job->dialog);
  progress->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_cb, progress, progress_free);
}

static char *
split_path (ExportJob *job,
            guint      k)
{
  const char *extension = kutip_format_get_extension (job->format);
  g_autofree char *name = NULL;

  if (!job->split)
    return g_strdup (job->output);
  name = g_strconcat (split_names[k], extension, NULL);
  return g_build_filename (job->output, name, NULL);
}

static guint
split_of (ExportJob     *job,
          KutipDocument *document,
          guint          n_read)
{
  const char *id = kutip_document_get_id (document);
  g_autofree char *fallback = g_strdup_printf ("#%u", n_read);
  double share;

  if (!job->split)
    return 0;
  share = kutip_format_split_share (job->seed, id && *id ? id : fallback);
  return share < job->upto[0] ? 0 : share < job->upto[1] ? 1 : 2;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  KutipExporter *exporters[G_N_ELEMENTS (split_names)] = { NULL };
  guint n_splits = job->split ? G_N_ELEMENTS (split_names) : 1;
  GError *error = NULL;

  if (job->split && g_mkdir_with_parents (job->output, 0755) != 0)
    {
      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("%s: cannot create the folder (%s)"), job->output, g_strerror (errno));
      goto out;
    }

  for (guint k = 0; k < n_splits; k++)
    {
      g_autofree char *path = split_path (job, k);

      exporters[k] = kutip_exporter_new_for_path (job->format, path, &job->options, &error);
      if (exporters[k] == NULL)
        goto out;
    }

  for (guint i = 0; i < job->sources->len; i++)
    {
      ExportSource *source = g_ptr_array_index (job->sources, i);
      g_autoptr(KutipDocument) document = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        goto out;
      if (source->path != NULL)
        document = kutip_store_open (source->path, KUTIP_LOAD_DEFAULT, &error);
      else
        document = kutip_store_load_data (source->data, source->n_bytes, source->where,
                                          KUTIP_LOAD_DEFAULT, &error);
      if (document == NULL ||
          !kutip_exporter_add (exporters[split_of (job, document, i + 1)], document, &error))
        goto out;
      job->n_exported++;
      report_progress (job, (double) (i + 1) / job->sources->len);
    }

  for (guint k = 0; k < n_splits; k++)
    {
      guint pending = 0, unsupported = 0;

      if (!kutip_exporter_finish (exporters[k], &error))
        goto out;
      kutip_exporter_get_links_left_out (exporters[k], &pending, &unsupported);
      job->links_pending += pending;
      job->links_unsupported += unsupported;
    }

out:
  for (guint k = 0; k < n_splits; k++)
    g_clear_pointer (&exporters[k], kutip_exporter_free);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* A dataset without who said what must not look complete: the window
 * says what was left out once the export is done. */
static void
report_links_left_out (KutipExportDialog *self,
                       ExportJob         *job)
{
  g_autofree char *body = kutip_format_describe_links_left_out (job->format, &job->options,
                                                                job->links_pending,
                                                                job->links_unsupported);
  GtkWidget *dialog;

  if (body == NULL)
    return;
  if (job->links_pending > 0)
    {
      char *with_hint = g_strconcat (body, "\n\n",
                                     _("Accept the suggested links, or export all annotations "
                                       "(pending suggestions too)."), NULL);

      g_free (body);
      body = with_hint;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self->window), _("Some Links Were Not Exported"),
                                   body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KutipExportDialog *self = KUTIP_EXPORT_DIALOG (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  gtk_button_set_label (self->cancel_button, _("_Cancel"));
  self->n_exported = job->n_exported;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EXPORTED]);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_progress (self, 0);
      update_sensitivity (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
      if (self->close_when_done)
        gtk_window_close (GTK_WINDOW (self));
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      return;
    }

  set_progress (self, 1.0);
  update_sensitivity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  self->n_links_left_out = job->links_pending + job->links_unsupported;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LINKS_LEFT_OUT]);
  if (self->window != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u document to %s",
                                      "Exported %u documents to %s", job->n_exported),
                         job->n_exported, job->output);

      kutip_window_show_toast (self->window, message);
      report_links_left_out (self, job);
    }
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
kutip_export_dialog_start (KutipExportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;
  double train, dev;

  g_return_val_if_fail (KUTIP_IS_EXPORT_DIALOG (self), FALSE);

  if (self->cancellable != NULL || selected_format (self) == NULL || self->output == NULL ||
      self->sources->len == 0)
    return FALSE;

  job = g_new0 (ExportJob, 1);
  job->format = selected_format (self);
  kutip_export_options_init (&job->options);
  job->label_order = g_ptr_array_new_with_free_func (g_free);
  /* Splits share the label order so their tag ids agree. */
  job->options.label_order = job->label_order;
  job->options.offsets = (KutipOffsetUnit) adw_combo_row_get_selected (self->offsets_row);
  job->options.all_statuses = adw_combo_row_get_selected (self->status_row) == 1;
  job->options.nesting = adw_combo_row_get_selected (self->nesting_row) == 1
                         ? KUTIP_NESTING_LAYERS : KUTIP_NESTING_OUTERMOST;
  /* The Export button asked before anything would be written over. */
  job->options.overwrite = TRUE;
  job->sources = g_ptr_array_ref (self->sources);
  job->output = g_strdup (self->output);
  job->split = adw_expander_row_get_enable_expansion (self->split_row);
  train = gtk_spin_button_get_value (self->train_spin) / 100.0;
  dev = gtk_spin_button_get_value (self->dev_spin) / 100.0;
  job->upto[0] = train;
  job->upto[1] = train + dev;
  job->seed = (guint64) gtk_spin_button_get_value (self->seed_spin);
  job->dialog = self;

  self->cancellable = g_cancellable_new ();
  self->n_exported = 0;
  set_progress (self, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_button_set_label (self->cancel_button, _("_Stop"));
  update_sensitivity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);

  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, kutip_export_dialog_start);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
  return TRUE;
}

/* The file or folder the export would write over, or NULL. */
static char *
overwritten_target (KutipExportDialog *self)
{
  const KutipFormat *format = selected_format (self);
  gboolean split = adw_expander_row_get_enable_expansion (self->split_row);

  if (format == NULL || self->output == NULL)
    return NULL;
  if (split)
    {
      for (guint k = 0; k < G_N_ELEMENTS (split_names); k++)
        {
          g_autofree char *name = g_strconcat (split_names[k], kutip_format_get_extension (format),
                                               NULL);
          g_autofree char *path = g_build_filename (self->output, name, NULL);

          if (kutip_format_export_overwrites (format, path))
            return g_steal_pointer (&path);
        }
      return NULL;
    }
  if (self->output_confirmed || !kutip_format_export_overwrites (format, self->output))
    return NULL;
  return g_strdup (self->output);
}

static void
overwrite_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       KutipExportDialog *self)
{
  if (g_strcmp0 (response, "replace") == 0)
    kutip_export_dialog_start (self);
}

static void
export_clicked_cb (KutipExportDialog *self)
{
  g_autofree char *target = overwritten_target (self);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (target == NULL)
    {
      kutip_export_dialog_start (self);
      return;
    }

  /* Never write over someone's files without asking. */
  if (g_file_test (target, G_FILE_TEST_IS_DIR))
    body = g_strdup_printf (_("The folder %s is not empty. Exporting writes over the files in "
                              "it that have the same names."), target);
  else
    body = g_strdup_printf (_("%s already exists. Exporting replaces it."), target);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace Existing Files?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (overwrite_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_clicked_cb (KutipExportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
kutip_export_dialog_close_request (GtkWindow *window)
{
  KutipExportDialog *self = KUTIP_EXPORT_DIALOG (window);

  /* Stop first; the window closes once the thread has let go. */
  if (self->cancellable != NULL)
    {
      self->close_when_done = TRUE;
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (kutip_export_dialog_parent_class)->close_request (window);
}

void
kutip_export_dialog_set_split (KutipExportDialog *self,
                               gboolean           enabled,
                               guint              seed)
{
  g_return_if_fail (KUTIP_IS_EXPORT_DIALOG (self));

  adw_expander_row_set_enable_expansion (self->split_row, enabled);
  gtk_spin_button_set_value (self->seed_spin, seed);
}

gboolean
kutip_export_dialog_get_running (KutipExportDialog *self)
{
  g_return_val_if_fail (KUTIP_IS_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

double
kutip_export_dialog_get_progress (KutipExportDialog *self)
{
  g_return_val_if_fail (KUTIP_IS_EXPORT_DIALOG (self), 0);

  return self->progress;
}

static void
set_format_name (KutipExportDialog *self,
                 const char        *name)
{
  for (guint i = 0; i < self->formats->len; i++)
    if (g_strcmp0 (kutip_format_get_name (g_ptr_array_index (self->formats, i)), name) == 0)
      adw_combo_row_set_selected (self->format_row, i);
}

static void
kutip_export_dialog_dispose (GObject *object)
{
  KutipExportDialog *self = KUTIP_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), KUTIP_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (kutip_export_dialog_parent_class)->dispose (object);
}

static void
kutip_export_dialog_finalize (GObject *object)
{
  KutipExportDialog *self = KUTIP_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->formats);
  g_ptr_array_unref (self->sources);
  g_free (self->output);

  G_OBJECT_CLASS (kutip_export_dialog_parent_class)->finalize (object);
}

static void
kutip_export_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KutipExportDialog *self = KUTIP_EXPORT_DIALOG (object);
  const KutipFormat *format;

  switch (prop_id)
    {
    case PROP_FORMAT:
      format = selected_format (self);
      g_value_set_string (value, format ? kutip_format_get_name (format) : NULL);
      break;
    case PROP_OUTPUT:
      g_value_set_string (value, self->output);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;
    case PROP_N_EXPORTED:
      g_value_set_uint (value, self->n_exported);
      break;
    case PROP_N_LINKS_LEFT_OUT:
      g_value_set_uint (value, self->n_links_left_out);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_export_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KutipExportDialog *self = KUTIP_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      set_format_name (self, g_value_get_string (value));
      break;
    case PROP_OUTPUT:
      set_output (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_export_dialog_class_init (KutipExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kutip_export_dialog_dispose;
  object_class->finalize = kutip_export_dialog_finalize;
  object_class->get_property = kutip_export_dialog_get_property;
  object_class->set_property = kutip_export_dialog_set_property;
  window_class->close_request = kutip_export_dialog_close_request;

  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTPUT] =
    g_param_spec_string ("output", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_EXPORTED] =
    g_param_spec_uint ("n-exported", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_LINKS_LEFT_OUT] =
    g_param_spec_uint ("n-links-left-out", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Escape closes, as in any dialog (a running job stops first). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/kutip/Kutip/kutip-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, offsets_row);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, nesting_row);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, split_row);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, train_spin);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, dev_spin);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, test_share_row);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, seed_spin);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, documents_list);
  gtk_widget_class_bind_template_child (widget_class, KutipExportDialog, output_row);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_files_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_folder_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_output_clicked_cb);
}

static void
kutip_export_dialog_init (KutipExportDialog *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  const KutipFormat * const *formats = kutip_formats_list ();

  self->formats = g_ptr_array_new ();
  self->sources = g_ptr_array_new_with_free_func (export_source_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; formats[i] != NULL; i++)
    if (kutip_format_get_flags (formats[i]) & KUTIP_FORMAT_CAN_EXPORT)
      {
        g_ptr_array_add (self->formats, (gpointer) formats[i]);
        gtk_string_list_append (titles, kutip_format_get_title (formats[i]));
      }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (titles));

  g_signal_connect_swapped (self->train_spin, "value-changed",
                            G_CALLBACK (update_test_share), self);
  g_signal_connect_swapped (self->dev_spin, "value-changed",
                            G_CALLBACK (update_test_share), self);
  g_signal_connect_swapped (self->split_row, "notify::enable-expansion",
                            G_CALLBACK (output_kind_changed_cb), self);
  update_test_share (self);
  update_sensitivity (self);
}

KutipExportDialog *
kutip_export_dialog_new (KutipWindow *window)
{
  KutipExportDialog *self;
  KutipDocument *document;

  g_return_val_if_fail (KUTIP_IS_WINDOW (window), NULL);

  self = g_object_new (KUTIP_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);

  /* The open document as it is now: editing may go on while it exports. */
  document = kutip_window_get_document (window);
  if (document != NULL)
    {
      ExportSource *source = g_new0 (ExportSource, 1);
      const char *path = kutip_document_get_path (document);
      const char *id = kutip_document_get_id (document);

      source->data = kutip_store_to_data (document, FALSE, &source->n_bytes);
      source->where = g_strdup (path ? path : id && *id ? id : _("Open document"));
      /* Its ARTICLE.kutip.json (or .kutip.json file) is this document. */
      source->identity = path ? file_identity (path) : NULL;
      add_source (self, source);
    }
  return self;
}
