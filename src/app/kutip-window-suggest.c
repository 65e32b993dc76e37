/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-suggest.c: running suggesters (the rules in a thread, an
 * external command), importing predictions, and adding what they find to
 * the document a batch per main-loop turn, as win.* actions. */

#define G_LOG_DOMAIN "kutip-window-suggest"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-store.h"
#include "kutip-suggester.h"
#include "kutip-window-private.h"
#include "kutip-window-review.h"

/* One run of a suggester; the window keeps the cancellable of the run it
 * waits for, so a stopped or replaced run's late result is dropped. */
typedef struct
{
  /* Weak: closing the window disposes it, which stops the run. */
  GWeakRef       window;
  KutipDocument *document;
  GCancellable  *cancellable;
} SuggestRun;

/* What the external command's thread needs: copies only. */
typedef struct
{
  char  **argv;
  char   *document_json;
  gint64  timeout_us;
} ExternalJob;

static void
suggest_run_free (SuggestRun *run)
{
  g_weak_ref_clear (&run->window);
  g_clear_object (&run->document);
  g_clear_object (&run->cancellable);
  g_free (run);
}

static void
external_job_free (ExternalJob *job)
{
  g_strfreev (job->argv);
  g_free (job->document_json);
  g_free (job);
}

/* ---- running suggesters ----------------------------------------------- */

static void
set_busy (KutipWindow *self,
          const char  *message)
{
  kutip_review_bar_set_busy (self->review_bar, message);
  _kutip_window_update_actions (self);
}

static SuggestRun *
start_run (KutipWindow *self,
           const char  *message)
{
  SuggestRun *run = g_new0 (SuggestRun, 1);

  g_clear_object (&self->suggest_cancellable);
  self->suggest_cancellable = g_cancellable_new ();
  g_weak_ref_init (&run->window, self);
  run->document = g_object_ref (self->document);
  run->cancellable = g_object_ref (self->suggest_cancellable);
  set_busy (self, message);
  return run;
}

/* Merging a suggester's result into the document, a batch at a time. */
typedef struct
{
  KutipSuggestions *suggestions;
  KutipApplyJob    *job;
  gboolean          imported;
} Applying;

static gpointer
free_suggestions_thread (gpointer data)
{
  kutip_suggestions_free (data);
  return NULL;
}

static void
applying_free (gpointer data)
{
  Applying *applying = data;

  /* The job first: it ends the document's action. */
  g_clear_pointer (&applying->job, kutip_apply_job_free);
  /* Freeing 40,000 suggested spans takes a tenth of a second; nothing
   * else holds them (the document has copies), so a thread does it. */
  if (kutip_suggestions_get_spans (applying->suggestions)->len > KUTIP_JOB_MAX_EDITS)
    g_thread_unref (g_thread_new ("kutip-free", free_suggestions_thread,
                                  g_steal_pointer (&applying->suggestions)));
  g_clear_pointer (&applying->suggestions, kutip_suggestions_free);
  g_free (applying);
}

static gboolean
applying_step (gpointer data,
               guint    max_edits,
               gint64   deadline)
{
  Applying *applying = data;

  return kutip_apply_job_run (applying->job, deadline != 0 ? max_edits : G_MAXUINT, deadline);
}

static double
applying_progress (gpointer data)
{
  Applying *applying = data;

  return kutip_apply_job_get_progress (applying->job);
}

/* Says how many were added, and starts the review at the first. */
static void
applying_done (KutipWindow *self,
               gpointer     data,
               gboolean     stopped)
{
  Applying *applying = data;
  KutipApplyReport report = { 0 };
  g_autofree char *message = NULL;

  kutip_apply_job_get_report (applying->job, &report);
  if (stopped)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Stopped after adding %u suggestion; Undo takes it back",
                                            "Stopped after adding %u suggestions; Undo takes them back",
                                            report.added),
                               report.added);
  else if (report.added > 0 && applying->imported)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u suggestion",
                                            "Imported %u suggestions", report.added),
                               report.added);
  else if (report.added > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u suggestion to review",
                                            "Added %u suggestions to review", report.added),
                               report.added);
  else
    message = g_strdup (_("No new suggestions"));
  kutip_window_show_toast (self, message);

  if (report.added > 0 && !_kutip_is_pending (self->selected))
    {
      kutip_article_view_select_range (self->article_view, 0, 0);
      _kutip_window_select_suggestion (self, NULL, 1);
    }
  /* Review goes on from the keyboard at once. */
  if (report.added > 0)
    gtk_widget_grab_focus (GTK_WIDGET (kutip_article_view_get_text_view (self->article_view)));
}

static const KutipJobFuncs applying_funcs = {
  applying_step, applying_progress, applying_done, applying_free,
};

/* Merges @suggestions (taken) into the document as one undo step, a batch
 * per main-loop turn on a long article, and says how many were added. */
static void
apply_suggestions (KutipWindow      *self,
                   KutipSuggestions *suggestions,
                   gboolean          imported)
{
  Applying *applying = g_new0 (Applying, 1);

  applying->suggestions = suggestions;
  applying->imported = imported;
  applying->job = kutip_suggestions_apply_begin (suggestions, self->document);
  _kutip_window_run_job (self, _("Adding suggestions…"), TRUE, &applying_funcs, applying);
  _kutip_window_job_set_suggesting (self);
}

/* Common end of a run: drops stale results, shows errors, applies
 * @result (taken). */
static void
finish_run (SuggestRun       *run,
            KutipSuggestions *result,
            const GError     *error,
            const char       *error_heading)
{
  g_autoptr(KutipWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(KutipSuggestions) suggestions = result;

  /* Closed, stopped or replaced: nobody waits for this any more. */
  if (self == NULL || run->cancellable != self->suggest_cancellable)
    return;
  g_clear_object (&self->suggest_cancellable);
  set_busy (self, NULL);

  if (self->document != run->document)
    return;
  if (suggestions == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _kutip_window_show_error (self, error_heading, error);
      return;
    }
  apply_suggestions (self, g_steal_pointer (&suggestions), FALSE);
}

static void
suggest_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SuggestRun *run = user_data;
  g_autoptr(GError) error = NULL;
  KutipSuggestions *suggestions;

  suggestions = kutip_suggest_document_finish (KUTIP_DOCUMENT (source), result, &error);
  finish_run (run, suggestions, error, _("Could Not Suggest"));
  suggest_run_free (run);
}

/* Called on the main context while the engine runs, never after its
 * result arrives, so @run is still there. */
static void
suggest_progress_cb (double   fraction,
                     gpointer user_data)
{
  SuggestRun *run = user_data;
  g_autoptr(KutipWindow) self = g_weak_ref_get (&run->window);

  if (self != NULL && run->cancellable == self->suggest_cancellable)
    kutip_review_bar_set_progress (self->review_bar, fraction);
}

static void
suggest_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  KutipWindow *self = user_data;
  KutipSuggestFamilies families = KUTIP_SUGGEST_ALL;
  g_autofree char *claims = NULL;
  SuggestRun *run;

  if (self->document == NULL || kutip_window_is_busy (self))
    return;
  claims = g_settings_get_string (self->settings, "suggest-claims");
  if (g_str_equal (claims, "direct"))
    families |= KUTIP_SUGGEST_DIRECT_ONLY;
  run = start_run (self, _("Finding speakers, claims and dates…"));
  kutip_review_bar_set_progress (self->review_bar, 0);
  kutip_suggest_document_async (self->document, families, suggest_progress_cb, run,
                                run->cancellable, suggest_done_cb, run);
}

static void
external_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ExternalJob *job = task_data;
  g_autoptr(KutipDocument) copy = NULL;
  KutipSuggestions *suggestions;
  GError *error = NULL;

  /* A private copy: the window's document keeps changing meanwhile. */
  copy = kutip_store_load_data (job->document_json, strlen (job->document_json),
                                "document", 0, &error);
  if (copy == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  suggestions = kutip_suggest_external (copy, (const char * const *) job->argv,
                                        job->timeout_us, cancellable, &error);
  if (suggestions == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, suggestions, (GDestroyNotify) kutip_suggestions_free);
}

static void
external_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  SuggestRun *run = user_data;
  g_autoptr(GError) error = NULL;
  KutipSuggestions *suggestions;

  suggestions = g_task_propagate_pointer (G_TASK (result), &error);
  finish_run (run, suggestions, error, _("External Suggester Failed"));
  suggest_run_free (run);
}

static void
suggest_external_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  KutipWindow *self = user_data;
  g_autofree char *command = NULL;
  g_autofree char *base = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  ExternalJob *job;
  SuggestRun *run;
  char **argv = NULL;

  if (self->document == NULL || kutip_window_is_busy (self))
    return;

  command = g_settings_get_string (self->settings, "external-suggester");
  g_strstrip (command);
  if (command[0] == '\0')
    {
      kutip_window_show_toast (self, _("Set an external suggester command in Preferences first"));
      return;
    }
  /* Words and quotes as a shell would split them, but no shell runs. */
  if (!g_shell_parse_argv (command, NULL, &argv, &error))
    {
      g_prefix_error (&error, _("The external suggester command “%s” cannot be read: "),
                      command);
      _kutip_window_show_error (self, _("External Suggester Failed"), error);
      return;
    }

  job = g_new0 (ExternalJob, 1);
  job->argv = argv;
  job->document_json = kutip_store_to_data (self->document, FALSE, NULL);
  job->timeout_us = (gint64) g_settings_get_uint (self->settings, "external-suggester-timeout") *
                    G_USEC_PER_SEC;

  base = g_path_get_basename (argv[0]);
  message = g_strdup_printf (_("Running “%s”…"), base);
  run = start_run (self, message);
  task = g_task_new (NULL, run->cancellable, external_done_cb, run);
  g_task_set_source_tag (task, suggest_external_action);
  g_task_set_task_data (task, job, (GDestroyNotify) external_job_free);
  g_task_run_in_thread (task, external_thread);
}

static void
cancel_suggest_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KutipWindow *self = user_data;

  if (self->suggest_cancellable == NULL)
    {
      /* Applying a result (or Accept All): what is done stays, one step. */
      _kutip_window_stop_job (self);
      return;
    }
  g_cancellable_cancel (self->suggest_cancellable);
  g_clear_object (&self->suggest_cancellable);
  set_busy (self, NULL);
  kutip_window_show_toast (self, _("Stopped suggesting"));
}

/* ---- importing predictions -------------------------------------------- */

static gboolean
import_predictions (KutipWindow  *self,
                    const char   *path,
                    GError      **error)
{
  g_autoptr(KutipSuggestions) suggestions = NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->document == NULL || self->job != NULL)
    return FALSE;
  suggestions = kutip_suggest_from_predictions (self->document, path, &local_error);
  if (suggestions == NULL)
    {
      _kutip_window_show_error (self, _("Could Not Import Predictions"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  apply_suggestions (self, g_steal_pointer (&suggestions), TRUE);
  return TRUE;
}

static void
import_predictions_from_action (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data)
{
  import_predictions (KUTIP_WINDOW (user_data), g_variant_get_string (param, NULL), NULL);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    KutipWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        import_predictions (self, path, NULL);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_predictions_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  KutipWindow *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) jsonl = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Predictions"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (jsonl, _("Predictions (JSON Lines)"));
  gtk_file_filter_add_pattern (jsonl, "*.jsonl");
  gtk_file_filter_add_pattern (jsonl, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), jsonl);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- setup ------------------------------------------------------------ */

static const GActionEntry suggest_entries[] = {
  { "suggest", suggest_action },
  { "suggest-external", suggest_external_action },
  { "cancel-suggest", cancel_suggest_action },
  { "import-predictions", import_predictions_action },
  { "import-predictions-from", import_predictions_from_action, "s" },
};

void
_kutip_window_init_suggest (KutipWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), suggest_entries,
                                   G_N_ELEMENTS (suggest_entries), self);
}

gboolean
kutip_window_is_suggesting (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), FALSE);
  return self->suggest_cancellable != NULL || _kutip_window_job_is_suggesting (self);
}
