/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-panel.c: the document's annotations as a filterable
 * list, over the model's own GListModel. */

#define G_LOG_DOMAIN "kutip-annotation-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-annotation-menu.h"
#include "kutip-annotation-panel.h"
#include "kutip-label-names.h"

struct _KutipAnnotationPanel
{
  GtkWidget           parent_instance;

  GtkBox             *box;
  GtkDropDown        *label_filter;
  GtkDropDown        *status_filter;
  GtkListView        *list_view;
  GtkLabel           *count_label;

  KutipDocument      *document;
  GSignalGroup       *document_signals;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;

  char               *filter_label;
  int                 filter_status;
  KutipAnnotation    *selected;
  gboolean            syncing;
  /* An annotation's label or status changed under a filter. */
  gboolean            refilter;

  /* The document's annotations reach the list after the frame that shows
   * the document: GTK 4.8's list view makes up to 200 row widgets at once,
   * which the first frame of a window can do without. */
  gboolean            model_pending;
  GdkFrameClock      *attach_clock;
  gulong              attach_handler;
  guint               attach_source;
  /* In case no frame comes soon (a window not drawn yet). */
  guint               fallback_source;

  /* A row's context menu (kutip-annotation-menu.c). */
  GtkWidget          *context_menu;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipAnnotationPanel, kutip_annotation_panel, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

/* Labels in the filter drop-down, after "All Labels". */
static const char *filter_labels[] = { KUTIP_LABEL_SPEAKER, KUTIP_LABEL_CLAIM, KUTIP_LABEL_DATE };

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  KutipAnnotationPanel *self = user_data;
  KutipAnnotation *annotation = item;

  if (self->filter_label != NULL &&
      g_strcmp0 (kutip_annotation_get_label (annotation), self->filter_label) != 0)
    return FALSE;
  if (self->filter_status >= 0)
    return (int) kutip_annotation_get_status (annotation) == self->filter_status;
  return TRUE;
}

static void
update_count (KutipAnnotationPanel *self)
{
  g_autofree char *text = NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (self->model_pending)
    {
      /* Until the list is filled, the document says how many there are. */
      if (self->document == NULL || self->filter_label != NULL || self->filter_status >= 0)
        {
          gtk_label_set_label (self->count_label, "");
          return;
        }
      shown = kutip_document_get_n_annotations (self->document);
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations", shown),
                          shown);
  gtk_label_set_label (self->count_label, text);
}

static void
refresh_row (GtkListItem *list_item)
{
  KutipAnnotation *annotation = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkLabel *chip = g_object_get_data (G_OBJECT (row), "chip");
  GtkLabel *text = g_object_get_data (G_OBJECT (row), "text");
  GtkLabel *status = g_object_get_data (G_OBJECT (row), "status");
  KutipDocument *document = g_object_get_data (G_OBJECT (row), "document");
  const char *label = kutip_annotation_get_label (annotation);
  const char *old_class = g_object_get_data (G_OBJECT (chip), "css-class");
  const char *new_class = kutip_label_css_class (label);
  KutipStatus st = kutip_annotation_get_status (annotation);
  const char *covered = kutip_annotation_get_text (annotation);
  g_autofree char *one_line = g_strdup (covered ? covered : "");

  g_strdelimit (one_line, "\n\r\t", ' ');

  if (old_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (chip), old_class);
  gtk_widget_add_css_class (GTK_WIDGET (chip), new_class);
  g_object_set_data (G_OBJECT (chip), "css-class", (gpointer) new_class);

  gtk_label_set_label (chip, kutip_label_display_name (document ? kutip_document_get_schema (document)
                                                                 : NULL, label));
  gtk_label_set_label (text, one_line);
  gtk_label_set_label (status, st == KUTIP_STATUS_ACCEPTED ? "" : kutip_status_display_name (st));
  gtk_widget_set_visible (GTK_WIDGET (status), st != KUTIP_STATUS_ACCEPTED);

  if (st == KUTIP_STATUS_ACCEPTED)
    gtk_widget_remove_css_class (row, "pending");
  else
    gtk_widget_add_css_class (row, "pending");
}

static void
row_annotation_changed_cb (GtkListItem     *list_item,
                           KutipAnnotation *annotation)
{
  if (gtk_list_item_get_item (list_item) == annotation)
    refresh_row (list_item);
}

static void sync_selection (KutipAnnotationPanel *self);

/* Selects @position's annotation as a click on its row does. */
static void
select_position (KutipAnnotationPanel *self,
                 guint                 position)
{
  g_autoptr(KutipAnnotation) annotation =
    g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (!g_set_object (&self->selected, annotation))
    return;
  sync_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED]);
}

/* Opens the selected annotation's menu pointing at (@x, @y) of @widget. */
static void
popup_menu (KutipAnnotationPanel *self,
            GtkWidget            *widget,
            double                x,
            double                y)
{
  if (self->selected != NULL && self->document != NULL)
    kutip_annotation_menu_popup_at (&self->context_menu, GTK_WIDGET (self), widget, x, y,
                                    self->document, self->selected);
}

/* A right click on a row selects its annotation and opens its menu. */
static void
row_secondary_pressed_cb (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          GtkListItem     *list_item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  KutipAnnotationPanel *self =
    KUTIP_ANNOTATION_PANEL (gtk_widget_get_ancestor (row, KUTIP_TYPE_ANNOTATION_PANEL));
  guint position = gtk_list_item_get_position (list_item);

  if (self == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  select_position (self, position);
  popup_menu (self, row, x, y);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              KutipAnnotationPanel     *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *chip = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "annotation-row");
  gtk_widget_add_css_class (chip, "label-chip");
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (status, "caption");
  gtk_widget_add_css_class (status, "dim-label");

  gtk_box_append (GTK_BOX (row), chip);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), status);
  g_object_set_data (G_OBJECT (row), "chip", chip);
  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "status", status);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (row_secondary_pressed_cb), list_item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KutipAnnotationPanel     *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  gulong handler;

  g_object_set_data_full (G_OBJECT (row), "document",
                          self->document ? g_object_ref (self->document) : NULL,
                          g_object_unref);
  refresh_row (list_item);
  if (self->document != NULL)
    {
      handler = g_signal_connect_object (self->document, "annotation-changed",
                                         G_CALLBACK (row_annotation_changed_cb),
                                         list_item, G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (list_item), "handler", GSIZE_TO_POINTER (handler));
    }
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               KutipAnnotationPanel     *self)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "handler"));
  GtkWidget *row = gtk_list_item_get_child (list_item);
  KutipDocument *document = g_object_get_data (G_OBJECT (row), "document");

  if (handler != 0 && document != NULL &&
      g_signal_handler_is_connected (document, handler))
    g_signal_handler_disconnect (document, handler);
  g_object_set_data (G_OBJECT (list_item), "handler", NULL);
  g_object_set_data (G_OBJECT (row), "document", NULL);
}

static void
selection_changed_cb (KutipAnnotationPanel *self)
{
  KutipAnnotation *annotation;

  if (self->syncing)
    return;

  annotation = gtk_single_selection_get_selected_item (self->selection);
  if (g_set_object (&self->selected, annotation))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED]);
}

/* Puts the list's selection on self->selected without echoing it back. */
static void
sync_selection (KutipAnnotationPanel *self)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint position = GTK_INVALID_LIST_POSITION;
  guint n = g_list_model_get_n_items (model);

  /* Done again once the list is filled. */
  if (self->model_pending)
    return;

  if (self->selected != NULL)
    {
      /* Unfiltered, the document knows the position in O(log n). */
      if (self->filter_label == NULL && self->filter_status < 0 && self->document != NULL)
        {
          if (!kutip_document_get_position (self->document, self->selected, &position))
            position = GTK_INVALID_LIST_POSITION;
        }
      else
        {
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(KutipAnnotation) item = g_list_model_get_item (model, i);

              if (item == self->selected)
                {
                  position = i;
                  break;
                }
            }
        }
    }

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                                "u", position);
}

static void
items_changed_cb (KutipAnnotationPanel *self)
{
  update_count (self);
}

static void
document_annotation_changed_cb (KutipAnnotationPanel *self,
                                KutipAnnotation      *annotation)
{
  /* A filtered list must look again at an item whose label or status
   * moved: once the edit is over ("changed"), not once per span of an
   * Accept All, which would filter the whole list 40,000 times. */
  if (self->filter_label != NULL || self->filter_status >= 0)
    self->refilter = TRUE;
}

static void
document_changed_cb (KutipAnnotationPanel *self)
{
  if (!self->refilter)
    return;
  self->refilter = FALSE;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_selection (self);
}

static void
filter_dropdown_cb (KutipAnnotationPanel *self)
{
  guint label_index = gtk_drop_down_get_selected (self->label_filter);
  guint status_index = gtk_drop_down_get_selected (self->status_filter);
  const char *label = NULL;

  if (label_index > 0 && label_index <= G_N_ELEMENTS (filter_labels))
    label = filter_labels[label_index - 1];
  kutip_annotation_panel_set_filter (self, label,
                                     status_index == 0 || status_index == GTK_INVALID_LIST_POSITION
                                     ? -1 : (int) status_index - 1);
}

static void
list_activate_cb (KutipAnnotationPanel *self,
                  guint                 position)
{
  select_position (self, position);
}

static void
stop_waiting_for_paint (KutipAnnotationPanel *self)
{
  /* A clock disposed with its window has dropped its handlers already. */
  if (self->attach_handler != 0 &&
      g_signal_handler_is_connected (self->attach_clock, self->attach_handler))
    g_signal_handler_disconnect (self->attach_clock, self->attach_handler);
  self->attach_handler = 0;
  g_clear_object (&self->attach_clock);
  g_clear_handle_id (&self->attach_source, g_source_remove);
  g_clear_handle_id (&self->fallback_source, g_source_remove);
}

static void
attach_model (KutipAnnotationPanel *self)
{
  stop_waiting_for_paint (self);
  if (!self->model_pending)
    return;
  self->model_pending = FALSE;
  gtk_filter_list_model_set_model (self->filter_model,
                                   self->document ? kutip_document_get_annotations (self->document)
                                                  : NULL);
  update_count (self);
  sync_selection (self);
}

static gboolean
attach_model_cb (gpointer data)
{
  KutipAnnotationPanel *self = data;

  self->attach_source = 0;
  attach_model (self);
  return G_SOURCE_REMOVE;
}

static gboolean
attach_model_fallback_cb (gpointer data)
{
  KutipAnnotationPanel *self = data;

  self->fallback_source = 0;
  attach_model (self);
  return G_SOURCE_REMOVE;
}

/* Not in the frame itself but right after it: before the text view's
 * layout of a long article, which validates in idle time for seconds. */
static void
after_paint_cb (GdkFrameClock        *clock,
                KutipAnnotationPanel *self)
{
  if (self->attach_source == 0)
    self->attach_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, attach_model_cb, self, NULL);
}

static void
kutip_annotation_panel_dispose (GObject *object)
{
  KutipAnnotationPanel *self = KUTIP_ANNOTATION_PANEL (object);

  stop_waiting_for_paint (self);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->document);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->filter_label, g_free);

  G_OBJECT_CLASS (kutip_annotation_panel_parent_class)->dispose (object);
}

static void
kutip_annotation_panel_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KutipAnnotationPanel *self = KUTIP_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_annotation_panel_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KutipAnnotationPanel *self = KUTIP_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      kutip_annotation_panel_set_selected (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_annotation_panel_class_init (KutipAnnotationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kutip_annotation_panel_dispose;
  object_class->get_property = kutip_annotation_panel_get_property;
  object_class->set_property = kutip_annotation_panel_set_property;

  properties [PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL,
                         KUTIP_TYPE_ANNOTATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationpanel");
}

static void
kutip_annotation_panel_init (KutipAnnotationPanel *self)
{
  g_autoptr(GtkStringList) labels = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  GtkListItemFactory *factory;
  GtkWidget *filters;
  GtkWidget *scroller;

  self->filter_status = -1;

  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));

  filters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (filters, "toolbar");

  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, _("All Labels"));
  for (guint i = 0; i < G_N_ELEMENTS (filter_labels); i++)
    gtk_string_list_append (labels, kutip_label_display_name (NULL, filter_labels[i]));
  self->label_filter = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)),
                                                         NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->label_filter), _("Show one label"));

  statuses = gtk_string_list_new (NULL);
  gtk_string_list_append (statuses, _("Any Status"));
  gtk_string_list_append (statuses, kutip_status_display_name (KUTIP_STATUS_PENDING));
  gtk_string_list_append (statuses, kutip_status_display_name (KUTIP_STATUS_ACCEPTED));
  gtk_string_list_append (statuses, kutip_status_display_name (KUTIP_STATUS_REJECTED));
  self->status_filter = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)),
                                                          NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_filter), _("Show one status"));

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "caption");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);

  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->label_filter));
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->status_filter));
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->count_label));
  gtk_box_append (self->box, filters);

  g_signal_connect_object (self->label_filter, "notify::selected",
                           G_CALLBACK (filter_dropdown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_filter, "notify::selected",
                           G_CALLBACK (filter_dropdown_cb), self, G_CONNECT_SWAPPED);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filter_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Annotations"),
                                  -1);
  g_signal_connect_object (self->list_view, "activate",
                           G_CALLBACK (list_activate_cb), self, G_CONNECT_SWAPPED);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (self->box, scroller);

  self->document_signals = g_signal_group_new (KUTIP_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "annotation-changed",
                                 G_CALLBACK (document_annotation_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  update_count (self);
}

GtkWidget *
kutip_annotation_panel_new (void)
{
  return g_object_new (KUTIP_TYPE_ANNOTATION_PANEL, NULL);
}

void
kutip_annotation_panel_set_document (KutipAnnotationPanel *self,
                                     KutipDocument        *document)
{
  GdkFrameClock *clock;

  g_return_if_fail (KUTIP_IS_ANNOTATION_PANEL (self));

  if (!g_set_object (&self->document, document))
    return;

  kutip_annotation_panel_set_selected (self, NULL);
  g_signal_group_set_target (self->document_signals, document);

  /* The previous document's rows go at once; the new ones come after the
   * next frame, or now in a panel that is not on screen. */
  self->model_pending = FALSE;
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  self->model_pending = TRUE;
  update_count (self);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock == NULL || document == NULL)
    {
      attach_model (self);
      return;
    }
  if (self->attach_handler == 0)
    {
      self->attach_clock = g_object_ref (clock);
      self->attach_handler = g_signal_connect (clock, "after-paint",
                                               G_CALLBACK (after_paint_cb), self);
      self->fallback_source = g_timeout_add (250, attach_model_fallback_cb, self);
    }
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

KutipAnnotation *
kutip_annotation_panel_get_selected (KutipAnnotationPanel *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION_PANEL (self), NULL);
  return self->selected;
}

void
kutip_annotation_panel_set_selected (KutipAnnotationPanel *self,
                                     KutipAnnotation      *annotation)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION_PANEL (self));

  if (!g_set_object (&self->selected, annotation))
    return;
  sync_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED]);
}

void
kutip_annotation_panel_set_filter (KutipAnnotationPanel *self,
                                   const char           *label,
                                   int                   status)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION_PANEL (self));

  if (g_strcmp0 (label, self->filter_label) == 0 && status == self->filter_status)
    return;

  g_free (self->filter_label);
  self->filter_label = g_strdup (label);
  self->filter_status = status;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_selection (self);
}

/**
 * kutip_annotation_panel_popup_menu:
 *
 * Opens the selected annotation's context menu below the focused row, as
 * the Menu key does there. Returns: FALSE when no row has the focus.
 */
gboolean
kutip_annotation_panel_popup_menu (KutipAnnotationPanel *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_PANEL (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (self->selected == NULL || focus == NULL ||
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return FALSE;
  popup_menu (self, focus, 12, gtk_widget_get_height (focus));
  return TRUE;
}

gboolean
kutip_annotation_panel_get_pending (KutipAnnotationPanel *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION_PANEL (self), FALSE);
  return self->model_pending;
}

GListModel *
kutip_annotation_panel_get_model (KutipAnnotationPanel *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION_PANEL (self), NULL);
  attach_model (self);
  return G_LIST_MODEL (self->filter_model);
}
