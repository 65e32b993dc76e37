/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-review.c: reviewing suggestions (spans and their links) as
 * win.* actions and review keys: stepping through them, accepting or
 * rejecting, fixing boundaries, Accept All. Running suggesters is in
 * kutip-window-suggest.c. */

#define G_LOG_DOMAIN "kutip-window-review"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-window-private.h"
#include "kutip-window-review.h"

/* A decided span whose suggested links wait for a decision of their own
 * (both ends accepted): the review stops there, at the link's first end
 * only so each link is met once, and the review keys decide the links. */
static gboolean
awaits_link_review (KutipWindow     *self,
                    KutipAnnotation *annotation)
{
  g_autoptr(GPtrArray) links = NULL;

  if (annotation == NULL || kutip_document_get_n_pending_links (self->document) == 0 ||
      kutip_annotation_get_status (annotation) != KUTIP_STATUS_ACCEPTED)
    return FALSE;
  links = kutip_document_links_to_review (self->document, annotation);
  for (guint i = 0; i < links->len; i++)
    if (g_strcmp0 (kutip_relation_get_from_id (g_ptr_array_index (links, i)),
                   kutip_annotation_get_id (annotation)) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
needs_review (KutipWindow     *self,
              KutipAnnotation *annotation)
{
  return _kutip_is_pending (annotation) || awaits_link_review (self, annotation);
}

/* The selected span is decided and some of its links are not. */
static gboolean
reviewing_links (KutipWindow *self)
{
  g_autoptr(GPtrArray) links = NULL;

  if (self->selected == NULL || _kutip_is_pending (self->selected) ||
      kutip_document_get_n_pending_links (self->document) == 0)
    return FALSE;
  links = kutip_document_links_to_review (self->document, self->selected);
  return links->len > 0;
}

void
_kutip_window_update_review_actions (KutipWindow *self)
{
  gboolean has_doc = self->document != NULL;
  gboolean busy = kutip_window_is_busy (self);
  gboolean editable = has_doc && self->job == NULL;
  gboolean any_pending = has_doc && (kutip_document_get_n_pending (self->document) > 0 ||
                                     kutip_document_get_n_pending_links (self->document) > 0);

  _kutip_window_set_enabled (self, "suggest", has_doc && !busy);
  _kutip_window_set_enabled (self, "suggest-external", has_doc && !busy);
  _kutip_window_set_enabled (self, "cancel-suggest",
                             self->suggest_cancellable != NULL || _kutip_window_job_can_stop (self));
  _kutip_window_set_enabled (self, "import-predictions", editable);
  _kutip_window_set_enabled (self, "import-predictions-from", editable);
  _kutip_window_set_enabled (self, "next-suggestion", any_pending);
  _kutip_window_set_enabled (self, "previous-suggestion", any_pending);
  _kutip_window_set_enabled (self, "accept-above",
                             editable && kutip_document_get_n_pending (self->document) > 0);
  _kutip_window_set_enabled (self, "accept-link", editable && self->selected != NULL);
  _kutip_window_set_enabled (self, "reject-link", editable && self->selected != NULL);
  _kutip_window_set_enabled (self, "move-start", editable && _kutip_is_pending (self->selected));
  _kutip_window_set_enabled (self, "move-end", editable && _kutip_is_pending (self->selected));
}

/* ---- stepping through suggestions ------------------------------------- */

/* Selects the next (or previous) suggestion in reading order after
 * @from's position (or the caret's), wrapping: a pending span, or a decided
 * one with a link to review. FALSE when none is left. */
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

      if (needs_review (self, item))
        {
          kutip_window_set_selected (self, item);
          return TRUE;
        }
      position = (position + n + (guint) direction) % n;
    }
  return FALSE;
}

gboolean
_kutip_window_select_suggestion (KutipWindow     *self,
                                 KutipAnnotation *from,
                                 int              direction)
{
  return select_pending (self, from, direction);
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

/* ---- reviewing links -------------------------------------------------- */

/* @id names the link; "" means every link of the selected span that waits
 * for a decision of its own, as the review bar and keys decide them, which
 * then moves on to the next suggestion. */
static void
review_links (KutipWindow *self,
              const char  *id,
              KutipStatus  status)
{
  g_autoptr(GPtrArray) links = NULL;
  gboolean reviewing = id[0] == '\0';

  if (self->document == NULL || self->job != NULL)
    return;
  if (reviewing)
    {
      if (self->selected == NULL)
        return;
      links = kutip_document_links_to_review (self->document, self->selected);
    }
  else
    {
      KutipRelation *relation = kutip_document_lookup_relation (self->document, id);

      links = g_ptr_array_new ();
      if (relation != NULL && kutip_relation_get_status (relation) != status)
        g_ptr_array_add (links, relation);
    }
  if (links->len == 0)
    return;

  kutip_document_begin_action (self->document, status == KUTIP_STATUS_ACCEPTED ? _("Accept Link")
                                                                                 : _("Reject Link"));
  for (guint i = 0; i < links->len; i++)
    kutip_document_review_link (self->document, g_ptr_array_index (links, i), status);
  kutip_document_end_action (self->document);

  if (reviewing)
    _kutip_window_review_advance (self, self->selected);
}

static void
accept_link_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  review_links (KUTIP_WINDOW (user_data), g_variant_get_string (param, NULL),
                KUTIP_STATUS_ACCEPTED);
}

static void
reject_link_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  review_links (KUTIP_WINDOW (user_data), g_variant_get_string (param, NULL),
                KUTIP_STATUS_REJECTED);
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

  if (self->document == NULL || !_kutip_is_pending (self->selected) || steps == 0)
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

/* Accept All over the suggestions chosen, a batch at a time. */
typedef struct
{
  KutipDocument *document;
  GPtrArray     *chosen;   /* KutipAnnotation */
  guint          next;
  gboolean       open;
} AcceptAll;

static void
accept_all_free (gpointer data)
{
  AcceptAll *job = data;

  if (job->open)
    kutip_document_end_action (job->document);
  g_ptr_array_unref (job->chosen);
  g_object_unref (job->document);
  g_free (job);
}

static gboolean
accept_all_step (gpointer data,
                 guint    max_edits,
                 gint64   deadline)
{
  AcceptAll *job = data;
  guint end = deadline != 0 ? MIN (job->chosen->len, job->next + max_edits) : job->chosen->len;

  while (job->next < end)
    {
      KutipAnnotation *annotation = g_ptr_array_index (job->chosen, job->next++);

      /* One an earlier decision of this batch already took (a span the
       * document no longer holds cannot be: nothing else edits it). */
      if (_kutip_is_pending (annotation))
        kutip_document_set_annotation_status (job->document, annotation,
                                              KUTIP_STATUS_ACCEPTED);
      if (deadline != 0 && job->next % 32 == 0 && g_get_monotonic_time () >= deadline)
        break;
    }
  if (job->next < job->chosen->len)
    {
      kutip_document_flush_signals (job->document);
      return FALSE;
    }
  job->open = FALSE;
  kutip_document_end_action (job->document);
  return TRUE;
}

static double
accept_all_progress (gpointer data)
{
  AcceptAll *job = data;

  return job->chosen->len ? (double) job->next / job->chosen->len : 1.0;
}

static void
accept_all_done (KutipWindow *self,
                 gpointer     data,
                 gboolean     stopped)
{
  AcceptAll *job = data;
  g_autofree char *message = NULL;

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Accepted %u suggestion",
                                          "Accepted %u suggestions", job->next),
                             job->next);
  kutip_window_show_toast (self, message);
  if (!_kutip_is_pending (self->selected))
    select_pending (self, self->selected, 1);
}

static const KutipJobFuncs accept_all_funcs = {
  accept_all_step, accept_all_progress, accept_all_done, accept_all_free,
};

static void
accept_above_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KutipWindow *self = user_data;
  AcceptAll *job;
  const char *label = NULL;
  GListModel *annotations;
  double threshold = 0;

  if (self->document == NULL || self->job != NULL)
    return;

  job = g_new0 (AcceptAll, 1);
  job->document = g_object_ref (self->document);
  job->chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_variant_get (param, "(&sd)", &label, &threshold);
  annotations = kutip_document_get_annotations (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(KutipAnnotation) item = g_list_model_get_item (annotations, i);

      /* A tiny tolerance: 0.8 typed in the bar matches a stored 0.8. */
      if (_kutip_is_pending (item) && g_strcmp0 (kutip_annotation_get_label (item), label) == 0 &&
          kutip_annotation_get_confidence (item) >= threshold - 1e-9)
        g_ptr_array_add (job->chosen, g_steal_pointer (&item));
    }

  /* Statuses change after the walk: the list must not be walked while it
   * is edited. */
  kutip_document_begin_action (self->document, _("Accept All"));
  job->open = TRUE;
  _kutip_window_run_job (self, _("Accepting suggestions…"), TRUE, &accept_all_funcs, job);
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

/* An open popover (Accept All…, a menu) keeps the keys for its own
 * controls. Elsewhere in the window they review the suggestion, even
 * with a button focused: after a click on Accept All… Enter would
 * otherwise open its popover again. */
static gboolean
focus_in_popover (KutipWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL;
}

/* Review keys, tried before the window's single keys; @mods is already
 * masked to the default modifiers. They act on the article, not where the
 * focus is in the side pane's controls. */
gboolean
_kutip_window_review_key_pressed (KutipWindow     *self,
                                  guint            keyval,
                                  GdkModifierType  mods)
{
  gboolean reviewing = _kutip_is_pending (self->selected);
  int step = 0;

  if (self->document == NULL || focus_in_side_pane (self) || focus_in_popover (self))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if ((mods & ~GDK_SHIFT_MASK) != 0 ||
          (kutip_document_get_n_pending (self->document) == 0 &&
           kutip_document_get_n_pending_links (self->document) == 0))
        return FALSE;
      if ((mods & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab)
        return _kutip_window_activate (self, "previous-suggestion", NULL);
      return _kutip_window_activate (self, "next-suggestion", NULL);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (mods != 0)
        return FALSE;
      if (reviewing)
        return _kutip_window_activate (self, "accept", NULL);
      return reviewing_links (self) &&
             _kutip_window_activate (self, "accept-link", g_variant_new_string (""));
    case GDK_KEY_BackSpace:
      if (mods != 0)
        return FALSE;
      if (reviewing)
        return _kutip_window_activate (self, "reject", NULL);
      return reviewing_links (self) &&
             _kutip_window_activate (self, "reject-link", g_variant_new_string (""));
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
  { "next-suggestion", next_suggestion_action },
  { "previous-suggestion", previous_suggestion_action },
  { "move-start", move_start_action, "i" },
  { "move-end", move_end_action, "i" },
  { "accept-above", accept_above_action, "(sd)" },
  { "accept-link", accept_link_action, "s" },
  { "reject-link", reject_link_action, "s" },
};

void
_kutip_window_class_init_review (GtkWidgetClass *widget_class)
{
  g_type_ensure (KUTIP_TYPE_REVIEW_BAR);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, review_bar);
}

static void
selected_changed_cb (KutipWindow *self)
{
  kutip_review_bar_set_selected (self->review_bar, self->selected);
}

void
_kutip_window_init_review (KutipWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), review_entries,
                                   G_N_ELEMENTS (review_entries), self);
  _kutip_window_init_suggest (self);
  /* Undoing a grouped step (Suggest, Accept All) reports "changed" before
   * the history moves: follow the history itself too. */
  g_signal_group_connect_object (self->document_signals, "notify::can-undo",
                                 G_CALLBACK (_kutip_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::can-redo",
                                 G_CALLBACK (_kutip_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::n-pending-links",
                                 G_CALLBACK (_kutip_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  /* The bar shows the selected span's suggested links. */
  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_changed_cb), NULL);
  _kutip_window_update_review_actions (self);
}

/* A new document: a run for the old one is stopped. */
void
_kutip_window_review_set_document (KutipWindow *self)
{
  _kutip_window_end_job (self);
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
  _kutip_window_end_job (self);
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

