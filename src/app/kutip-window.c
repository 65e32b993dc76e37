/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window.c: one article beside its annotation panel: builds the
 * window, follows the document and keeps views and title in step. */

#define G_LOG_DOMAIN "kutip-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-history.h"
#include "kutip-label-names.h"
#include "kutip-window-private.h"

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipWindow, kutip_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties [N_PROPS];

static char *
display_name (KutipWindow *self)
{
  const char *path;
  const char *title;

  if (self->document == NULL)
    return g_strdup (_("Kutip"));
  title = kutip_document_get_title (self->document);
  if (title != NULL && title[0] != '\0')
    return g_strdup (title);
  if (self->is_sample)
    return g_strdup (_("Sample Article"));
  path = kutip_document_get_path (self->document);
  if (path != NULL)
    {
      g_autofree char *base = g_path_get_basename (path);
      char *dot = g_strrstr (base, ".kutip.json");

      if (dot != NULL)
        *dot = '\0';
      return g_steal_pointer (&base);
    }
  return g_strdup (_("Untitled Article"));
}

void
_kutip_window_update_title (KutipWindow *self)
{
  g_autofree char *name = display_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *path = self->document ? kutip_document_get_path (self->document) : NULL;

  if (kutip_window_get_dirty (self))
    title = g_strdup_printf ("• %s", name);
  else
    title = g_strdup (name);

  if (path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      const char *home = g_get_home_dir ();

      if (home != NULL && g_str_has_prefix (dir, home))
        subtitle = g_strconcat ("~", dir + strlen (home), NULL);
      else
        subtitle = g_steal_pointer (&dir);
    }
  else if (kutip_window_get_dirty (self))
    {
      subtitle = g_strdup (_("Not saved"));
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_status_line (KutipWindow *self)
{
  g_autofree char *text = NULL;
  guint n, pending;

  if (self->document == NULL)
    {
      gtk_label_set_label (self->status_label, "");
      return;
    }

  n = kutip_document_get_n_annotations (self->document);
  pending = kutip_document_get_n_pending (self->document);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations", n), n);
  if (pending > 0)
    {
      /* Each count takes its own plural form. */
      g_autofree char *annotations = g_steal_pointer (&text);
      g_autofree char *suggestions =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggestion to review",
                                      "%u suggestions to review", pending),
                         pending);

      /* Translators: the annotation count, then the suggestion count. */
      text = g_strdup_printf (_("%s, %s"), annotations, suggestions);
    }
  gtk_label_set_label (self->status_label, text);
}

/* Any edit: the title shows it, actions follow, autosave is due. The
 * model says "changed" before the edit is recorded in its history, so the
 * document may not read as modified yet: the autosave looks when it runs. */
void
_kutip_window_document_changed (KutipWindow *self)
{
  _kutip_window_update_title (self);
  _kutip_window_update_actions (self);
  update_status_line (self);
  _kutip_window_schedule_autosave (self);
  /* Its Undo would now undo something else. */
  if (self->undo_toast != NULL)
    adw_toast_set_button_label (self->undo_toast, NULL);
}

static void
modified_changed_cb (KutipWindow *self)
{
  _kutip_window_update_title (self);
  _kutip_window_update_actions (self);
}

static void
claim_activated_cb (KutipWindow     *self,
                    KutipAnnotation *claim,
                    KutipClaimsTable *table)
{
  kutip_window_set_selected (self, claim);
  kutip_article_view_scroll_to (self->article_view,
                                kutip_annotation_get_start (claim),
                                kutip_annotation_get_end (claim));
}

static void
view_selected_cb (KutipWindow *self,
                  GParamSpec  *pspec,
                  GObject     *source)
{
  KutipAnnotation *annotation = NULL;

  g_object_get (source, "selected", &annotation, NULL);
  kutip_window_set_selected (self, annotation);
  g_clear_object (&annotation);
}

static void
search_changed_cb (KutipWindow *self)
{
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint start, end;

  /* Closing Find empties the entry: the match stays selected, so a
   * label key tags it. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
  if (needle[0] == '\0')
    return;

  /* Search again from the start of the current match. */
  if (kutip_article_view_get_selection (self->article_view, &start, &end))
    kutip_article_view_select_range (self->article_view, start, start);
  if (!kutip_article_view_find (self->article_view, needle, FALSE))
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
}

static void
search_activate_cb (KutipWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.find-next", NULL);
}

static void
search_stop_cb (KutipWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* However Find closes (Escape, its close button, Ctrl+F), the keys go
 * back to the article, where the match is selected. */
static void
search_mode_cb (KutipWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
    gtk_widget_grab_focus (GTK_WIDGET (kutip_article_view_get_text_view (self->article_view)));
}

static void
font_size_changed_cb (KutipWindow *self)
{
  kutip_article_view_set_font_size (self->article_view,
                                    g_settings_get_int (self->settings, "font-size"));
}

static void
build_palette (KutipWindow *self)
{
  KutipSchema *schema;
  GtkWidget *after;

  /* Remove buttons of a previous schema. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->palette_box));
       child != NULL;)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (g_object_get_data (G_OBJECT (child), "palette-label") != NULL)
        gtk_box_remove (self->palette_box, child);
      child = next;
    }

  if (self->document == NULL)
    return;

  schema = kutip_document_get_schema (self->document);
  after = gtk_widget_get_first_child (GTK_WIDGET (self->palette_box));

  for (guint i = 0; i < kutip_schema_get_n_labels (schema); i++)
    {
      const KutipLabel *label = kutip_schema_get_label (schema, i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (kutip_label_display_name (schema, label->name));
      g_autofree char *tooltip = NULL;

      gtk_widget_add_css_class (name, "label-chip");
      gtk_widget_add_css_class (name, kutip_label_css_class (label->name));
      gtk_box_append (GTK_BOX (box), name);
      if (label->key != 0)
        {
          char key[8] = { 0 };
          GtkWidget *keycap;

          g_unichar_to_utf8 (label->key, key);
          keycap = gtk_label_new (key);
          gtk_widget_add_css_class (keycap, "keycap");
          gtk_box_append (GTK_BOX (box), keycap);
          tooltip = g_strdup_printf (_("Tag the selection as %s (%s)"),
                                     kutip_label_display_name (schema, label->name), key);
        }
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.tag");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", label->name);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_set_focus_on_click (button, FALSE);
      g_object_set_data (G_OBJECT (button), "palette-label", GINT_TO_POINTER (1));
      gtk_box_insert_child_after (self->palette_box, button, after);
      after = button;
    }
}

/* What the first frame does not show waits until it is on screen: the
 * icon (GTK renders it at several sizes) and the recent files (reading
 * the recent list). */
static gboolean
after_first_frame_cb (gpointer data)
{
  KutipWindow *self = data;

  self->after_first_frame_source = 0;
  if (gtk_window_get_default_icon_name () == NULL)
    gtk_window_set_default_icon_name (APP_ID);
  _kutip_window_update_recent_menu (self);
  return G_SOURCE_REMOVE;
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        KutipWindow   *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  if (self->after_first_frame_source == 0)
    self->after_first_frame_source = g_idle_add (after_first_frame_cb, self);
}

static void
kutip_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kutip_window_parent_class)->realize (widget);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), widget, 0);
}

static void
kutip_window_dispose (GObject *object)
{
  KutipWindow *self = KUTIP_WINDOW (object);

  g_clear_handle_id (&self->after_first_frame_source, g_source_remove);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_weak_pointer (&self->undo_toast);
  _kutip_window_dispose_review (self);
  if (self->autosave_cancellable != NULL)
    g_cancellable_cancel (self->autosave_cancellable);
  g_clear_object (&self->autosave_cancellable);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), KUTIP_TYPE_WINDOW);

  g_clear_object (&self->selected);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kutip_window_parent_class)->dispose (object);
}

static void
kutip_window_finalize (GObject *object)
{
  KutipWindow *self = KUTIP_WINDOW (object);

  g_free (self->recovery_path);

  G_OBJECT_CLASS (kutip_window_parent_class)->finalize (object);
}

static void
kutip_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KutipWindow *self = KUTIP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KutipWindow *self = KUTIP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      kutip_window_set_selected (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_window_class_init (KutipWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kutip_window_dispose;
  object_class->finalize = kutip_window_finalize;
  object_class->get_property = kutip_window_get_property;
  object_class->set_property = kutip_window_set_property;
  widget_class->realize = kutip_window_realize;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         KUTIP_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL,
                         KUTIP_TYPE_ANNOTATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KUTIP_TYPE_ARTICLE_VIEW);
  g_type_ensure (KUTIP_TYPE_ANNOTATION_PANEL);
  g_type_ensure (KUTIP_TYPE_DETAIL_PANE);
  g_type_ensure (KUTIP_TYPE_CLAIMS_TABLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/kutip/Kutip/kutip-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, palette_box);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, annotation_panel);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, claims_table);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, KutipWindow, recent_menu);

  _kutip_window_class_init_actions (widget_class);
  _kutip_window_class_init_review (widget_class);
}

/* AdwApplication loads style.css for the app; windows made without one
 * (tests, embedding) load it themselves, once per display. */
static void
ensure_style (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  GtkCssProvider *provider;

  if (g_object_get_data (G_OBJECT (display), "kutip-style") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/kutip/Kutip/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "kutip-style", provider, g_object_unref);
}

static void
kutip_window_init (KutipWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_style (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_signal_connect_object (self->settings, "changed::font-size",
                           G_CALLBACK (font_size_changed_cb), self, G_CONNECT_SWAPPED);
  font_size_changed_cb (self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (search_stop_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->article_view, "notify::selected",
                           G_CALLBACK (view_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->annotation_panel, "notify::selected",
                           G_CALLBACK (view_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->claims_table, "claim-activated",
                           G_CALLBACK (claim_activated_cb), self, G_CONNECT_SWAPPED);

  self->document_signals = g_signal_group_new (KUTIP_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (_kutip_window_document_changed), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::modified",
                                 G_CALLBACK (modified_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "close-request", G_CALLBACK (_kutip_window_close_request_cb), NULL);

  _kutip_window_init_actions (self);
  _kutip_window_init_review (self);
  _kutip_window_init_formats (self);
  _kutip_window_setup_keys (self);
  _kutip_window_setup_drop (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_kutip_window_update_recent_menu), self,
                           G_CONNECT_SWAPPED);
  _kutip_window_update_title (self);
}

KutipWindow *
kutip_window_new (GtkApplication *application)
{
  return g_object_new (KUTIP_TYPE_WINDOW, "application", application, NULL);
}

KutipDocument *
kutip_window_get_document (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), NULL);
  return self->document;
}

static const char *
annotator_name (KutipWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "annotator-name");

  if (name[0] != '\0')
    return g_intern_string (name);
  return g_get_user_name ();
}

/**
 * kutip_window_set_document:
 * @recovered: TRUE when @document comes from a recovery file, so it stays
 *   marked unsaved until saved.
 *
 * Shows @document in every view of the window.
 */
void
kutip_window_set_document (KutipWindow   *self,
                           KutipDocument *document,
                           gboolean       recovered)
{
  g_return_if_fail (KUTIP_IS_WINDOW (self));
  g_return_if_fail (KUTIP_IS_DOCUMENT (document));

  /* Work autosaved for the previous document is not needed any more. */
  _kutip_window_remove_recovery (self);
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  kutip_window_set_selected (self, NULL);
  g_set_object (&self->document, document);
  self->recovered = recovered;
  self->is_sample = FALSE;

  if (kutip_document_get_annotator (document) == NULL ||
      kutip_document_get_annotator (document)[0] == '\0')
    kutip_document_set_annotator (document, annotator_name (self));

  /* What was just loaded is the saved state: opening is not an edit to
   * undo, and setting who annotates is a preference, not a change. */
  if (!recovered && !kutip_history_is_replaying (kutip_document_get_history (document)))
    {
      kutip_history_clear (kutip_document_get_history (document));
      kutip_document_mark_saved (document);
    }

  g_signal_group_set_target (self->document_signals, document);
  kutip_article_view_set_document (self->article_view, document);
  kutip_annotation_panel_set_document (self->annotation_panel, document);
  kutip_detail_pane_set_document (self->detail_pane, document);
  kutip_claims_table_set_document (self->claims_table, document);
  _kutip_window_review_set_document (self);
  build_palette (self);

  _kutip_window_update_title (self);
  _kutip_window_update_actions (self);
  update_status_line (self);
  if (recovered)
    _kutip_window_schedule_autosave (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

KutipAnnotation *
kutip_window_get_selected (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), NULL);
  return self->selected;
}

/**
 * kutip_window_set_selected:
 *
 * Selects @annotation in the article, the panel and the detail pane.
 */
void
kutip_window_set_selected (KutipWindow     *self,
                           KutipAnnotation *annotation)
{
  g_return_if_fail (KUTIP_IS_WINDOW (self));

  if (!g_set_object (&self->selected, annotation))
    return;

  kutip_article_view_set_selected (self->article_view, annotation);
  kutip_annotation_panel_set_selected (self->annotation_panel, annotation);
  kutip_detail_pane_set_annotation (self->detail_pane, annotation);
  _kutip_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED]);
}

KutipArticleView *
kutip_window_get_article_view (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), NULL);
  return self->article_view;
}

gboolean
kutip_window_get_dirty (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), FALSE);

  if (self->document == NULL)
    return FALSE;
  return self->recovered || kutip_document_get_modified (self->document);
}

gboolean
kutip_window_is_pristine (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), FALSE);

  return self->document == NULL ||
         (self->is_sample && !kutip_window_get_dirty (self));
}

/**
 * kutip_window_show_toast:
 *
 * Says @message, plain text, in a toast for a few seconds.
 */
void
kutip_window_show_toast (KutipWindow *self,
                         const char  *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (KUTIP_IS_WINDOW (self));

  /* A toast's title is markup; messages name files and quote text. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The toast dismisses itself once its button is clicked. */
static void
undo_toast_clicked_cb (KutipWindow *self,
                       AdwToast    *toast)
{
  if (self->undo_toast != toast)
    return;
  g_clear_weak_pointer (&self->undo_toast);
  /* As Ctrl+Z does: a batch at a time, and not while a long edit runs. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
}

static void
undo_toast_dismissed_cb (KutipWindow *self,
                         AdwToast    *toast)
{
  if (self->undo_toast == toast)
    g_clear_weak_pointer (&self->undo_toast);
}

/**
 * _kutip_window_offer_undo:
 *
 * Says @message in a toast with an Undo button, right after an edit a
 * user may not have meant (a delete): the button undoes that edit, and
 * goes once another edit is made. One such toast at a time: a second
 * edit takes over the toast shown. (libadwaita 1.2 can crash when a toast
 * is dismissed before its first frame, so these are never dismissed
 * here.)
 */
void
_kutip_window_offer_undo (KutipWindow *self,
                          const char  *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast;

  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, escaped);
      adw_toast_set_button_label (self->undo_toast, _("_Undo"));
      return;
    }
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_kutip_window_show_error (KutipWindow  *self,
                          const char   *heading,
                          const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
