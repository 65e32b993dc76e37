/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-review.c: suggesting (rules or an external command, off the
 * main thread), importing predictions, and reviewing the pending
 * suggestions they add, as win.* actions and review keys. */

#define G_LOG_DOMAIN "kutip-window-review"

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

static gboolean
is_pending (KutipAnnotation *annotation)
{
  return annotation != NULL && kutip_annotation_get_status (annotation) == KUTIP_STATUS_PENDING;
}

void
_kutip_window_update_review_actions (KutipWindow *self)
{
  gboolean has_doc = self->document != NULL;
  gboolean busy = self->suggest_cancellable != NULL;
  gboolean any_pending = has_doc && kutip_document_get_n_pending (self->document) > 0;

  _kutip_window_set_enabled (self, "suggest", has_doc && !busy);
  _kutip_window_set_enabled (self, "suggest-external", has_doc && !busy);
  _kutip_window_set_enabled (self, "cancel-suggest", busy);
  _kutip_window_set_enabled (self, "import-predictions", has_doc);
  _kutip_window_set_enabled (self, "import-predictions-from", has_doc);
  _kutip_window_set_enabled (self, "next-suggestion", any_pending);
  _kutip_window_set_enabled (self, "previous-suggestion", any_pending);
  _kutip_window_set_enabled (self, "accept-above", any_pending);
  _kutip_window_set_enabled (self, "move-start", is_pending (self->selected));
  _kutip_window_set_enabled (self, "move-end", is_pending (self->selected));
}

/* ---- stepping through suggestions ------------------------------------- */

/* Selects the next (or previous) pending suggestion in reading order after
 * @from's position (or the caret's), wrapping. FALSE when none is left. */
static gboolean
select_pending (KutipWindow     *self,
                KutipAnnotation *from,
                int              direction)
{
  GListModel *annotations = kutip_document_get_annotations (self->document);
  guint n = g_list_model_get_n_items (annotations);
  guint position;

  if (n == 0)
    return FALSE;
  if (from != NULL && kutip_document_get_position (self->document, from, &position))
    position = (position + n + (guint) direction) % n;
  else
    {
      position = kutip_document_lower_bound (self->document,
                                             kutip_article_view_get_cursor (self->article_view));
      if (direction < 0)
        position = (position + n - 1) % n;
      else
        position = position % n;
    }

  for (guint tried = 0; tried < n; tried++)
    {
      g_autoptr(KutipAnnotation) item = g_list_model_get_item (annotations, position);

      if (is_pending (item))
        {
          kutip_window_set_selected (self, item);
          return TRUE;
        }
      position = (position + n + (guint) direction) % n;
    }
  return FALSE;
}

/* After @decided was accepted or rejected: the next suggestion to review. */
void
_kutip_window_review_advance (KutipWindow     *self,
                              KutipAnnotation *decided)
{
  g_autoptr(KutipAnnotation) hold = decided ? g_object_ref (decided) : NULL;

  if (self->document == NULL)
    return;
  if (!select_pending (self, decided, 1))
    {
      kutip_window_set_selected (self, NULL);
      kutip_window_show_toast (self, _("All suggestions reviewed"));
    }
}

static void
next_suggestion_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  KutipWindow *self = user_data;

  if (self->document != NULL && !select_pending (self, self->selected, 1))
    kutip_window_show_toast (self, _("No suggestions left to review"));
}

static void
previous_suggestion_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  KutipWindow *self = user_data;

  if (self->document != NULL && !select_pending (self, self->selected, -1))
    kutip_window_show_toast (self, _("No suggestions left to review"));
}

/* ---- fixing boundaries ------------------------------------------------ */

/* @offset moved by @steps grapheme clusters, kept inside [@lower, @upper]. */
static guint
step_graphemes (KutipText *text,
                guint      offset,
                int        steps,
                guint      lower,
                guint      upper)
{
  int direction = steps < 0 ? -1 : 1;

  for (int done = 0; done != steps; done += direction)
    {
      guint next = offset;

      do
        {
          if ((direction < 0 && next <= lower) || (direction > 0 && next >= upper))
            return offset;
          next += (guint) direction;
        }
      while (!kutip_text_is_grapheme_boundary (text, next));
      offset = next;
    }
  return offset;
}

static void
move_bound (KutipWindow *self,
            gboolean     end,
            int          steps)
{
  KutipText *text;
  guint start, stop;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || !is_pending (self->selected) || steps == 0)
    return;

  text = kutip_document_get_text (self->document);
  start = kutip_annotation_get_start (self->selected);
  stop = kutip_annotation_get_end (self->selected);
  if (end)
    stop = step_graphemes (text, stop, steps, start + 1, kutip_text_get_length (text));
  else
    start = step_graphemes (text, start, steps, 0, stop - 1);

  if (start == kutip_annotation_get_start (self->selected) &&
      stop == kutip_annotation_get_end (self->selected))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (!kutip_document_set_annotation_bounds (self->document, self->selected, start, stop, &error))
    kutip_window_show_toast (self, error->message);
  else
    kutip_article_view_scroll_to (self->article_view, start, stop);
}

static void
move_start_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  move_bound (KUTIP_WINDOW (user_data), FALSE, g_variant_get_int32 (param));
}

static void
move_end_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  move_bound (KUTIP_WINDOW (user_data), TRUE, g_variant_get_int32 (param));
}

/* ---- accepting in bulk ------------------------------------------------ */

static void
accept_above_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KutipWindow *self = user_data;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *message = NULL;
  const char *label = NULL;
  GListModel *annotations;
  double threshold = 0;

  if (self->document == NULL)
    return;

  g_variant_get (param, "(&sd)", &label, &threshold);
  annotations = kutip_document_get_annotations (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(KutipAnnotation) item = g_list_model_get_item (annotations, i);

      /* A tiny tolerance: 0.8 typed in the bar matches a stored 0.8. */
      if (is_pending (item) && g_strcmp0 (kutip_annotation_get_label (item), label) == 0 &&
          kutip_annotation_get_confidence (item) >= threshold - 1e-9)
        g_ptr_array_add (chosen, g_steal_pointer (&item));
    }

  if (chosen->len > 0)
    {
      /* Statuses change after the walk: a change may reorder nothing, but
       * the list must not be walked while it is edited. */
      kutip_document_begin_action (self->document, _("Accept All"));
      for (guint i = 0; i < chosen->len; i++)
        kutip_document_set_annotation_status (self->document, g_ptr_array_index (chosen, i),
                                              KUTIP_STATUS_ACCEPTED);
      kutip_document_end_action (self->document);
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Accepted %u suggestion",
                                          "Accepted %u suggestions", chosen->len),
                             chosen->len);
  kutip_window_show_toast (self, message);
  if (!is_pending (self->selected))
    select_pending (self, self->selected, 1);
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

/* Merges @suggestions into the document as one undo step and says how
 * many were added; @what names them in the message. */
static void
apply_suggestions (KutipWindow      *self,
                   KutipSuggestions *suggestions,
                   gboolean          imported)
{
  KutipApplyReport report = { 0 };
  g_autofree char *message = NULL;

  kutip_suggestions_apply (suggestions, self->document, &report);
  if (report.added > 0 && imported)
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

  if (report.added > 0 && !is_pending (self->selected))
    {
      kutip_article_view_select_range (self->article_view, 0, 0);
      select_pending (self, NULL, 1);
    }
  /* Review goes on from the keyboard at once. */
  if (report.added > 0)
    gtk_widget_grab_focus (GTK_WIDGET (kutip_article_view_get_text_view (self->article_view)));
}

/* Common end of a run: drops stale results, shows errors, applies. */
static void
finish_run (SuggestRun       *run,
            KutipSuggestions *suggestions,
            const GError     *error,
            const char       *error_heading)
{
  g_autoptr(KutipWindow) self = g_weak_ref_get (&run->window);

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
  apply_suggestions (self, suggestions, FALSE);
}

static void
suggest_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SuggestRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipSuggestions) suggestions = NULL;

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
  SuggestRun *run;

  if (self->document == NULL || self->suggest_cancellable != NULL)
    return;
  run = start_run (self, _("Finding speakers, claims and dates…"));
  kutip_review_bar_set_progress (self->review_bar, 0);
  kutip_suggest_document_async (self->document, KUTIP_SUGGEST_ALL, suggest_progress_cb, run,
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
  g_autoptr(KutipSuggestions) suggestions = NULL;

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

  if (self->document == NULL || self->suggest_cancellable != NULL)
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
    return;
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

  if (self->document == NULL)
    return FALSE;
  suggestions = kutip_suggest_from_predictions (self->document, path, &local_error);
  if (suggestions == NULL)
    {
      _kutip_window_show_error (self, _("Could Not Import Predictions"), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  apply_suggestions (self, suggestions, TRUE);
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

/* ---- keys ------------------------------------------------------------- */

/* Tab steps through suggestions unless the focus is in the side pane,
 * where it moves between the controls the user is working in. */
static gboolean
focus_in_side_pane (KutipWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->side_stack));
}

/* A focused button keeps Enter and Backspace for itself. */
static gboolean
focus_on_button (KutipWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL &&
         (GTK_IS_BUTTON (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON) != NULL);
}

/* Review keys, tried before the window's single keys; @mods is already
 * masked to the default modifiers. They act on the article, not where the
 * focus is in the side pane's controls. */
gboolean
_kutip_window_review_key_pressed (KutipWindow     *self,
                                  guint            keyval,
                                  GdkModifierType  mods)
{
  gboolean reviewing = is_pending (self->selected);
  int step = 0;

  if (self->document == NULL || focus_in_side_pane (self))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if ((mods & ~GDK_SHIFT_MASK) != 0 || kutip_document_get_n_pending (self->document) == 0)
        return FALSE;
      if ((mods & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab)
        return _kutip_window_activate (self, "previous-suggestion", NULL);
      return _kutip_window_activate (self, "next-suggestion", NULL);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      return reviewing && mods == 0 && !focus_on_button (self) &&
             _kutip_window_activate (self, "accept", NULL);
    case GDK_KEY_BackSpace:
      return reviewing && mods == 0 && !focus_on_button (self) &&
             _kutip_window_activate (self, "reject", NULL);
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      step = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      step = 1;
      break;
    default:
      return FALSE;
    }

  if (!reviewing)
    return FALSE;
  if (mods == GDK_SHIFT_MASK)
    return _kutip_window_activate (self, "move-end", g_variant_new_int32 (step));
  if (mods == GDK_ALT_MASK)
    return _kutip_window_activate (self, "move-start", g_variant_new_int32 (step));
  return FALSE;
}

/* ---- setup ------------------------------------------------------------ */

static const GActionEntry review_entries[] = {
  { "suggest", suggest_action },
  { "suggest-external", suggest_external_action },
  { "cancel-suggest", cancel_suggest_action },
  { "import-predictions", import_predictions_action },
  { "import-predictions-from", import_predictions_from_action, "s" },
  { "next-suggestion", next_suggestion_action },
  { "previous-suggestion", previous_suggestion_action },
  { "move-start", move_start_action, "i" },
  { "move-end", move_end_action, "i" },
  { "accept-above", accept_above_action, "(sd)" },
};

void
_kutip_window_class_init_review (GtkWidgetClass *widget_class)
{
  g_type_ensure (KUTIP_TYPE_REVIEW_BAR);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, review_bar);
}

void
_kutip_window_init_review (KutipWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), review_entries,
                                   G_N_ELEMENTS (review_entries), self);
  /* Undoing a grouped step (Suggest, Accept All) reports "changed" before
   * the history moves: follow the history itself too. */
  g_signal_group_connect_object (self->document_signals, "notify::can-undo",
                                 G_CALLBACK (_kutip_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::can-redo",
                                 G_CALLBACK (_kutip_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  _kutip_window_update_review_actions (self);
}

/* A new document: a run for the old one is stopped. */
void
_kutip_window_review_set_document (KutipWindow *self)
{
  if (self->suggest_cancellable != NULL)
    {
      g_cancellable_cancel (self->suggest_cancellable);
      g_clear_object (&self->suggest_cancellable);
      kutip_review_bar_set_busy (self->review_bar, NULL);
    }
  kutip_review_bar_set_document (self->review_bar, self->document);
}

void
_kutip_window_dispose_review (KutipWindow *self)
{
  if (self->suggest_cancellable != NULL)
    g_cancellable_cancel (self->suggest_cancellable);
  g_clear_object (&self->suggest_cancellable);
}

KutipReviewBar *
kutip_window_get_review_bar (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), NULL);
  return self->review_bar;
}

gboolean
kutip_window_is_suggesting (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), FALSE);
  return self->suggest_cancellable != NULL;
}
