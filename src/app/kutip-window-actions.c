/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-actions.c: every command of the window as a win.* action,
 * and the single-key shortcuts that trigger them. */

#define G_LOG_DOMAIN "kutip-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-application.h"
#include "kutip-label-names.h"
#include "kutip-window-private.h"

void
_kutip_window_set_enabled (KutipWindow *self,
                           const char  *name,
                           gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static gboolean
selected_is (KutipWindow *self,
             const char  *label)
{
  return self->selected != NULL &&
         g_strcmp0 (kutip_annotation_get_label (self->selected), label) == 0;
}

void
_kutip_window_update_actions (KutipWindow *self)
{
  /* While a long edit runs (kutip-window-jobs.c) nothing else edits. */
  gboolean has_doc = self->document != NULL && self->job == NULL;
  gboolean has_sel = self->selected != NULL && self->job == NULL;
  gboolean claim = has_sel && selected_is (self, KUTIP_LABEL_CLAIM);
  gboolean speaker = has_sel && selected_is (self, KUTIP_LABEL_SPEAKER);

  _kutip_window_set_enabled (self, "undo", has_doc && kutip_document_can_undo (self->document));
  _kutip_window_set_enabled (self, "redo", has_doc && kutip_document_can_redo (self->document));
  _kutip_window_set_enabled (self, "save", has_doc);
  _kutip_window_set_enabled (self, "save-as", has_doc);
  _kutip_window_set_enabled (self, "tag", has_doc);
  _kutip_window_set_enabled (self, "relabel", has_sel);
  _kutip_window_set_enabled (self, "delete-annotation", has_sel);
  _kutip_window_set_enabled (self, "annotation-menu", has_sel);
  _kutip_window_set_enabled (self, "accept", has_sel);
  _kutip_window_set_enabled (self, "reject", has_sel);
  _kutip_window_set_enabled (self, "set-note", has_sel);
  _kutip_window_set_enabled (self, "set-date-value", has_sel && selected_is (self, KUTIP_LABEL_DATE));
  _kutip_window_set_enabled (self, "link-speaker", claim);
  _kutip_window_set_enabled (self, "link-date", claim);
  _kutip_window_set_enabled (self, "set-kind", claim);
  _kutip_window_set_enabled (self, "link-nearest-speaker", claim);
  _kutip_window_set_enabled (self, "set-person", speaker);
  _kutip_window_set_enabled (self, "merge-person", speaker);
  _kutip_window_set_enabled (self, "next-pending",
                             has_doc && kutip_document_get_n_pending (self->document) > 0);
  _kutip_window_update_review_actions (self);
}

static void
report (KutipWindow  *self,
        const GError *error)
{
  if (error != NULL)
    kutip_window_show_toast (self, error->message);
}

/* ---- files ------------------------------------------------------------ */

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _kutip_window_open_dialog (KUTIP_WINDOW (user_data));
}

static void
open_file_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  kutip_window_open_file (KUTIP_WINDOW (user_data), file);
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  KutipWindow *self = user_data;
  g_autofree char *path = kutip_application_find_sample ();
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    {
      kutip_window_show_toast (self, _("The sample article is not installed"));
      return;
    }
  file = g_file_new_for_path (path);
  kutip_window_open_file (self, file);
}

static void
save_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _kutip_window_save (KUTIP_WINDOW (user_data));
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  _kutip_window_save_as_dialog (KUTIP_WINDOW (user_data));
}

static void
save_to_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  g_autoptr(GError) error = NULL;

  kutip_window_save_to (KUTIP_WINDOW (user_data), g_variant_get_string (param, NULL), &error);
}

static void
close_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

/* ---- history ---------------------------------------------------------- */

/* Undo and redo go a batch at a time: a step of 40,000 suggestions would
 * hold the window for seconds. They cannot stop half way. */
static gboolean
replay_step (gpointer data,
             guint    max_edits,
             gint64   deadline)
{
  return kutip_document_replay (data, deadline != 0 ? max_edits : G_MAXUINT, deadline);
}

static double
replay_progress (gpointer data)
{
  return kutip_document_get_replay_progress (data);
}

static const KutipJobFuncs replay_funcs = {
  replay_step, replay_progress, NULL, g_object_unref,
};

static void
replay (KutipWindow *self,
        gboolean     undo)
{
  if (self->document == NULL || self->job != NULL)
    return;
  if (!(undo ? kutip_document_begin_undo (self->document)
             : kutip_document_begin_redo (self->document)))
    return;
  _kutip_window_run_job (self, undo ? _("Undoing…") : _("Redoing…"), FALSE, &replay_funcs,
                         g_object_ref (self->document));
}

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  replay (KUTIP_WINDOW (user_data), TRUE);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  replay (KUTIP_WINDOW (user_data), FALSE);
}

/* ---- tagging ---------------------------------------------------------- */

static void
tag_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  KutipWindow *self = user_data;
  const char *label = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  KutipAnnotation *annotation;
  guint start, end;

  if (self->document == NULL)
    return;

  if (!kutip_article_view_get_selection (self->article_view, &start, &end))
    {
      KutipSpan quote;
      guint cursor = kutip_article_view_get_cursor (self->article_view);

      /* One key tags the whole quotation around the caret as a claim. */
      if (g_strcmp0 (label, KUTIP_LABEL_CLAIM) == 0 &&
          kutip_text_quote_at (kutip_document_get_text (self->document), cursor, &quote))
        {
          start = quote.start;
          end = quote.end;
        }
      else
        {
          kutip_window_show_toast (self, _("Select some text first"));
          return;
        }
    }

  /* Whole grapheme clusters, no surrounding spaces (the model does the
   * same; doing it here too keeps the caret where the span ends). */
  kutip_text_snap_to_graphemes (kutip_document_get_text (self->document), &start, &end);
  kutip_text_trim_span (kutip_document_get_text (self->document), &start, &end);
  if (start >= end)
    {
      kutip_window_show_toast (self, _("Select some text first"));
      return;
    }

  annotation = kutip_document_tag (self->document, label, start, end, &error);
  if (annotation == NULL)
    {
      report (self, error);
      return;
    }

  kutip_article_view_select_range (self->article_view,
                                   kutip_annotation_get_end (annotation),
                                   kutip_annotation_get_end (annotation));
  kutip_window_set_selected (self, annotation);
}

static void
relabel_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  KutipWindow *self = user_data;

  if (self->selected != NULL)
    kutip_document_set_annotation_label (self->document, self->selected,
                                         g_variant_get_string (param, NULL));
}

static void
delete_annotation_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  KutipWindow *self = user_data;
  g_autoptr(KutipAnnotation) annotation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  if (self->selected == NULL)
    return;
  annotation = g_object_ref (self->selected);
  kutip_window_set_selected (self, NULL);
  kutip_document_remove_annotation (self->document, annotation);

  /* A delete takes the annotation's links and notes with it: a toast
   * offers it back for as long as it is the last edit. */
  text = g_strdup (kutip_annotation_get_text (annotation));
  g_strdelimit (text, "\n\r\t", ' ');
  if (g_utf8_strlen (text, -1) > 30)
    {
      g_autofree char *head = g_utf8_substring (text, 0, 30);

      g_free (text);
      text = g_strconcat (head, "…", NULL);
    }
  message = g_strdup_printf (_("Deleted “%s”"), text);
  _kutip_window_offer_undo (self, message);
}

/* The selected annotation's context menu, from the keyboard: in the
 * annotation list when a row has the focus, else in the article. */
static void
annotation_menu_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  KutipWindow *self = user_data;

  if (!kutip_annotation_panel_popup_menu (self->annotation_panel))
    kutip_article_view_popup_menu (self->article_view);
}

static void
set_status (KutipWindow *self,
            KutipStatus  status)
{
  if (self->selected != NULL)
    kutip_document_set_annotation_status (self->document, self->selected, status);
}

/* Deciding on a suggestion moves on to the next one to review. */
static void
accept_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  KutipWindow *self = user_data;
  gboolean reviewing = _kutip_is_pending (self->selected);

  set_status (self, KUTIP_STATUS_ACCEPTED);
  if (reviewing)
    _kutip_window_review_advance (self, self->selected);
}

static void
reject_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  KutipWindow *self = user_data;
  gboolean reviewing = _kutip_is_pending (self->selected);

  set_status (self, KUTIP_STATUS_REJECTED);
  if (reviewing)
    _kutip_window_review_advance (self, self->selected);
  else
    kutip_window_set_selected (self, NULL);
}

static void
set_note_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  KutipWindow *self = user_data;
  const char *note = g_variant_get_string (param, NULL);

  if (self->selected != NULL &&
      g_strcmp0 (kutip_annotation_get_note (self->selected) ? kutip_annotation_get_note (self->selected) : "",
                 note) != 0)
    kutip_document_set_annotation_note (self->document, self->selected,
                                        note[0] != '\0' ? note : NULL);
}

static void
set_date_value_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KutipWindow *self = user_data;
  const char *value = g_variant_get_string (param, NULL);

  if (!selected_is (self, KUTIP_LABEL_DATE))
    return;
  if (value[0] != '\0' && !kutip_date_value_is_valid (value))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not an ISO 8601 or TIMEX3 date value"), value);

      kutip_window_show_toast (self, message);
      return;
    }
  if (g_strcmp0 (kutip_annotation_get_attribute (self->selected, "value"),
                 value[0] ? value : NULL) != 0)
    kutip_document_set_annotation_attribute (self->document, self->selected, "value",
                                             value[0] != '\0' ? value : NULL);
}

static void
set_kind_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  KutipWindow *self = user_data;
  const char *kind = g_variant_get_string (param, NULL);

  if (selected_is (self, KUTIP_LABEL_CLAIM) &&
      g_strcmp0 (kutip_annotation_get_attribute (self->selected, "kind"),
                 kind[0] ? kind : NULL) != 0)
    kutip_document_set_annotation_attribute (self->document, self->selected, "kind",
                                             kind[0] != '\0' ? kind : NULL);
}

/* Links the selected claim to @target by @type, or unlinks it when NULL. */
static void
link_claim (KutipWindow     *self,
            const char      *type,
            KutipAnnotation *target)
{
  KutipAnnotation *current;

  if (!selected_is (self, KUTIP_LABEL_CLAIM))
    return;

  current = kutip_document_get_linked (self->document, self->selected, type);
  if (current == target)
    return;

  if (target != NULL)
    {
      kutip_document_link (self->document, type, self->selected, target);
      return;
    }

  {
    g_autoptr(GPtrArray) relations = kutip_document_relations_of (self->document, self->selected);

    kutip_document_begin_action (self->document, _("Unlink"));
    for (guint i = 0; relations != NULL && i < relations->len; i++)
      {
        KutipRelation *relation = g_ptr_array_index (relations, i);

        if (g_strcmp0 (kutip_relation_get_rtype (relation), type) == 0 &&
            g_strcmp0 (kutip_relation_get_from_id (relation),
                       kutip_annotation_get_id (self->selected)) == 0)
          kutip_document_remove_relation (self->document, relation);
      }
    kutip_document_end_action (self->document);
  }
}

static void
link_speaker_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KutipWindow *self = user_data;
  const char *id = g_variant_get_string (param, NULL);

  link_claim (self, KUTIP_RELATION_SAID_BY,
              id[0] ? kutip_document_lookup_annotation (self->document, id) : NULL);
}

static void
link_date_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  KutipWindow *self = user_data;
  const char *id = g_variant_get_string (param, NULL);

  link_claim (self, KUTIP_RELATION_DATED,
              id[0] ? kutip_document_lookup_annotation (self->document, id) : NULL);
}

static guint
distance_between (KutipAnnotation *a,
                  KutipAnnotation *b)
{
  guint a_start = kutip_annotation_get_start (a), a_end = kutip_annotation_get_end (a);
  guint b_start = kutip_annotation_get_start (b), b_end = kutip_annotation_get_end (b);

  if (b_end <= a_start)
    return a_start - b_end;
  if (b_start >= a_end)
    return b_start - a_end;
  return 0;
}

static void
link_nearest_speaker_action (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  KutipWindow *self = user_data;
  GListModel *annotations;
  KutipAnnotation *best = NULL;
  guint best_distance = G_MAXUINT;
  guint n;

  if (!selected_is (self, KUTIP_LABEL_CLAIM))
    return;

  annotations = kutip_document_get_annotations (self->document);
  n = g_list_model_get_n_items (annotations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipAnnotation) item = g_list_model_get_item (annotations, i);
      guint distance;

      if (g_strcmp0 (kutip_annotation_get_label (item), KUTIP_LABEL_SPEAKER) != 0 ||
          kutip_annotation_get_status (item) == KUTIP_STATUS_REJECTED)
        continue;
      distance = distance_between (self->selected, item);
      if (distance < best_distance)
        {
          best_distance = distance;
          best = item;
        }
    }

  if (best == NULL)
    {
      kutip_window_show_toast (self, _("There is no speaker to link to; tag one with 1"));
      return;
    }
  link_claim (self, KUTIP_RELATION_SAID_BY, best);
}

static void
set_person_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  KutipWindow *self = user_data;
  const char *name = g_variant_get_string (param, NULL);
  KutipEntity *entity;

  if (!selected_is (self, KUTIP_LABEL_SPEAKER) || name[0] == '\0')
    return;

  entity = kutip_document_get_entity_for (self->document, self->selected);
  if (entity != NULL)
    {
      if (g_strcmp0 (kutip_entity_get_name (entity), name) != 0)
        kutip_document_set_entity_name (self->document, entity, name);
      return;
    }

  {
    g_autoptr(KutipEntity) created = kutip_entity_new (name);
    g_autoptr(GError) error = NULL;

    kutip_document_begin_action (self->document, _("Name Person"));
    if (kutip_document_add_entity (self->document, created, &error))
      kutip_document_entity_add_mention (self->document, created, self->selected);
    kutip_document_end_action (self->document);
    report (self, error);
  }
}

static void
merge_person_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KutipWindow *self = user_data;
  KutipEntity *into;
  KutipEntity *own;

  if (!selected_is (self, KUTIP_LABEL_SPEAKER))
    return;

  into = kutip_document_lookup_entity (self->document, g_variant_get_string (param, NULL));
  if (into == NULL)
    return;
  own = kutip_document_get_entity_for (self->document, self->selected);
  if (own == into)
    return;
  if (own != NULL)
    kutip_document_merge_entities (self->document, into, own);
  else
    kutip_document_entity_add_mention (self->document, into, self->selected);
}

/* ---- navigation ------------------------------------------------------- */

/* Position to move from: the selected annotation, else the caret. */
static gboolean
current_position (KutipWindow *self,
                  guint       *position)
{
  if (self->selected != NULL &&
      kutip_document_get_position (self->document, self->selected, position))
    return TRUE;
  *position = kutip_document_lower_bound (self->document,
                                          kutip_article_view_get_cursor (self->article_view));
  return FALSE;
}

static void
step_annotation (KutipWindow *self,
                 int          direction,
                 gboolean     pending_only)
{
  GListModel *annotations;
  guint n, position;
  gboolean on_item;

  if (self->document == NULL)
    return;

  annotations = kutip_document_get_annotations (self->document);
  n = g_list_model_get_n_items (annotations);
  if (n == 0)
    return;

  on_item = current_position (self, &position);
  if (direction < 0 || on_item)
    position = (position + n + (guint) direction) % n;
  else
    position = position % n;

  for (guint tried = 0; tried < n; tried++)
    {
      g_autoptr(KutipAnnotation) item = g_list_model_get_item (annotations, position);
      KutipStatus status = kutip_annotation_get_status (item);

      if (status != KUTIP_STATUS_REJECTED &&
          (!pending_only || status == KUTIP_STATUS_PENDING))
        {
          kutip_window_set_selected (self, item);
          return;
        }
      position = (position + n + (guint) direction) % n;
    }

  if (pending_only)
    kutip_window_show_toast (self, _("No suggestions left to review"));
}

static void
next_annotation_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  step_annotation (KUTIP_WINDOW (user_data), 1, FALSE);
}

static void
previous_annotation_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  step_annotation (KUTIP_WINDOW (user_data), -1, FALSE);
}

static void
next_pending_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  step_annotation (KUTIP_WINDOW (user_data), 1, TRUE);
}

static void
find_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KutipWindow *self = user_data;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_step (KutipWindow *self,
           gboolean     backwards)
{
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (needle[0] != '\0' && !kutip_article_view_find (self->article_view, needle, backwards))
    gtk_widget_error_bell (GTK_WIDGET (self->search_entry));
}

static void
find_next_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  find_step (KUTIP_WINDOW (user_data), FALSE);
}

static void
find_previous_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  find_step (KUTIP_WINDOW (user_data), TRUE);
}

/* The shortcuts window is built when first asked for, not with every
 * window (where GtkApplication would build it from gtk/help-overlay.ui). */
static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  GtkApplicationWindow *self = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (self);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/org/kutip/Kutip/kutip-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Takes the overlay and puts GTK's own win.show-help-overlay in
       * place of this action. */
      gtk_application_window_set_help_overlay (self, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_entries[] = {
  { "show-help-overlay", show_help_overlay_action },
  { "open", open_action },
  { "open-file", open_file_action, "s" },
  { "open-sample", open_sample_action },
  { "save", save_action },
  { "save-as", save_as_action },
  { "save-to", save_to_action, "s" },
  { "close", close_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "tag", tag_action, "s" },
  { "relabel", relabel_action, "s" },
  { "delete-annotation", delete_annotation_action },
  { "annotation-menu", annotation_menu_action },
  { "accept", accept_action },
  { "reject", reject_action },
  { "set-note", set_note_action, "s" },
  { "set-date-value", set_date_value_action, "s" },
  { "set-kind", set_kind_action, "s" },
  { "link-speaker", link_speaker_action, "s" },
  { "link-date", link_date_action, "s" },
  { "link-nearest-speaker", link_nearest_speaker_action },
  { "set-person", set_person_action, "s" },
  { "merge-person", merge_person_action, "s" },
  { "next-annotation", next_annotation_action },
  { "previous-annotation", previous_annotation_action },
  { "next-pending", next_pending_action },
  { "find", find_action },
  { "find-next", find_next_action },
  { "find-previous", find_previous_action },
};

void
_kutip_window_class_init_actions (GtkWidgetClass *widget_class)
{
}

void
_kutip_window_init_actions (KutipWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
  _kutip_window_update_actions (self);
}

/* ---- single keys ------------------------------------------------------ */

/* Keys without Ctrl act on the article unless the focus is somewhere that
 * takes text (the search entry, a note). */
static gboolean
focus_takes_text (KutipWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return FALSE;
  if (GTK_IS_EDITABLE (focus))
    return TRUE;
  if (GTK_IS_TEXT_VIEW (focus))
    return gtk_text_view_get_editable (GTK_TEXT_VIEW (focus));
  return FALSE;
}

/* Activates window action @name (consuming a floating @param) if it is
 * enabled; says whether it ran, so a key it did not use goes on. */
gboolean
_kutip_window_activate (KutipWindow *self,
                        const char  *name,
                        GVariant    *param)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action == NULL || !g_action_get_enabled (action))
    {
      if (param != NULL)
        g_variant_unref (g_variant_ref_sink (param));
      return FALSE;
    }
  g_action_activate (action, param);
  return TRUE;
}

static gboolean
key_pressed_cb (KutipWindow           *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  const KutipLabel *label;
  gunichar ch;

  if (self->document == NULL || focus_takes_text (self))
    return GDK_EVENT_PROPAGATE;
  if (_kutip_window_review_key_pressed (self, keyval, mods))
    return GDK_EVENT_STOP;
  if (mods & ~(GDK_ALT_MASK | GDK_SHIFT_MASK))
    return GDK_EVENT_PROPAGATE;

  ch = gdk_keyval_to_unicode (keyval);
  label = ch != 0 ? kutip_schema_lookup_key (kutip_document_get_schema (self->document), ch)
                  : NULL;

  if (mods & GDK_ALT_MASK)
    {
      if (label != NULL)
        return _kutip_window_activate (self, "relabel", g_variant_new_string (label->name));
      return GDK_EVENT_PROPAGATE;
    }

  if (label != NULL)
    return _kutip_window_activate (self, "tag", g_variant_new_string (label->name));

  switch (keyval)
    {
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      return _kutip_window_activate (self, "delete-annotation", NULL);
    case GDK_KEY_a:
      return _kutip_window_activate (self, "accept", NULL);
    case GDK_KEY_r:
      return _kutip_window_activate (self, "reject", NULL);
    case GDK_KEY_s:
      return _kutip_window_activate (self, "link-nearest-speaker", NULL);
    case GDK_KEY_j:
      return _kutip_window_activate (self, "next-annotation", NULL);
    case GDK_KEY_k:
      return _kutip_window_activate (self, "previous-annotation", NULL);
    case GDK_KEY_p:
      return _kutip_window_activate (self, "next-pending", NULL);
    case GDK_KEY_Menu:
      return _kutip_window_activate (self, "annotation-menu", NULL);
    case GDK_KEY_F10:
      if (mods == GDK_SHIFT_MASK)
        return _kutip_window_activate (self, "annotation-menu", NULL);
      return GDK_EVENT_PROPAGATE;
    case GDK_KEY_Escape:
      if (self->selected != NULL)
        {
          kutip_window_set_selected (self, NULL);
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

void
_kutip_window_setup_keys (KutipWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Capture: the article's own bindings (Delete, letters for type-ahead)
   * would otherwise take these keys first. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
