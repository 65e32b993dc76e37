/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-article-view.c: the read-only article with a highlight per
 * annotation, kept in step with the document incrementally. */

#define G_LOG_DOMAIN "kutip-article-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kutip-annotation-menu.h"
#include "kutip-annotation-tooltip.h"
#include "kutip-article-view.h"
#include "kutip-label-tags.h"

/* Widest column of text, in pixels, before margins grow instead. */
#define READABLE_WIDTH 820
#define MIN_MARGIN     24
/* Highlights are drawn a chunk of text at a time, as it comes into view:
 * a 10 MB article with 100,000 annotations opens without tagging them all. */
#define CHUNK          16384

/* What was drawn for one annotation, so it can be taken back exactly. */
typedef struct
{
  guint       start;
  guint       end;
  GtkTextTag *tag;   /* NULL when rejected (not drawn) */
} Applied;

struct _KutipArticleView
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  GtkTextView       *text_view;
  GtkTextBuffer     *buffer;
  GtkCssProvider    *font_css;

  KutipDocument     *document;
  GSignalGroup      *document_signals;
  GSignalGroup      *list_signals;

  /* The annotations list as the view last saw it, to know what an
   * items-changed removed. */
  GPtrArray         *mirror;
  /* KutipAnnotation -> Applied */
  GHashTable        *applied;
  guint              n_highlighted;
  /* One byte per CHUNK code points: highlights drawn there. */
  GByteArray        *drawn_chunks;
  /* Drawing what scrolled into view waits for an idle: asking the layout
   * where the view is from inside its own validation breaks it. */
  guint              visible_source;

  KutipAnnotation   *selected;
  GtkTextTag        *selected_tag;
  /* No attributes: marks lines inside multi-line highlights (set_tag). */
  GtkTextTag        *line_mark_tag;
  guint              selected_start;
  guint              selected_end;

  /* An annotation's context menu (kutip-annotation-menu.c). */
  GtkWidget         *context_menu;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipArticleView, kutip_article_view, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

static void
applied_free (gpointer data)
{
  g_slice_free (Applied, data);
}

static void
get_iters (KutipArticleView *self,
           guint             start,
           guint             end,
           GtkTextIter      *begin_iter,
           GtkTextIter      *end_iter)
{
  gtk_text_buffer_get_iter_at_offset (self->buffer, begin_iter, (int) start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, end_iter, (int) end);
}

/* Applies or removes @tag over [start, end). GTK 4.8's text layout does
 * not see a tag that began on an earlier line in a line where no tag
 * toggles: the rest of a multi-line highlight stayed undrawn. A tag
 * without attributes toggling at the start of each following line makes
 * the layout look at the tags there. */
static void
set_tag (KutipArticleView *self,
         GtkTextTag       *tag,
         guint             start,
         guint             end,
         gboolean          on)
{
  GtkTextIter begin_iter, end_iter, line;

  get_iters (self, start, end, &begin_iter, &end_iter);
  if (on)
    gtk_text_buffer_apply_tag (self->buffer, tag, &begin_iter, &end_iter);
  else
    gtk_text_buffer_remove_tag (self->buffer, tag, &begin_iter, &end_iter);

  line = begin_iter;
  while (on && gtk_text_iter_forward_line (&line) &&
         gtk_text_iter_compare (&line, &end_iter) < 0)
    {
      GtkTextIter next = line;

      gtk_text_iter_forward_char (&next);
      gtk_text_buffer_apply_tag (self->buffer, self->line_mark_tag, &line, &next);
    }
}

static const KutipLabel *
lookup_label (KutipArticleView *self,
              const char       *name)
{
  static const KutipLabel fallback = { (char *) "other", (char *) "Other",
                                       (char *) "#9a9996", 0, FALSE, NULL };
  const KutipLabel *label = NULL;

  if (self->document != NULL && name != NULL)
    label = kutip_schema_lookup (kutip_document_get_schema (self->document), name);
  return label != NULL ? label : &fallback;
}

static GtkTextTag *
tag_for (KutipArticleView *self,
         KutipAnnotation  *annotation)
{
  KutipStatus status = kutip_annotation_get_status (annotation);

  if (status == KUTIP_STATUS_REJECTED)
    return NULL;
  return kutip_label_tag_ensure (self->buffer,
                                 lookup_label (self, kutip_annotation_get_label (annotation)),
                                 status == KUTIP_STATUS_PENDING ? "pending" : "accepted");
}

static void
draw_annotation (KutipArticleView *self,
                 KutipAnnotation  *annotation)
{
  Applied *applied;

  applied = g_hash_table_lookup (self->applied, annotation);
  if (applied == NULL)
    {
      applied = g_slice_new0 (Applied);
      g_hash_table_insert (self->applied, g_object_ref (annotation), applied);
    }
  else if (applied->tag != NULL)
    {
      self->n_highlighted--;
    }

  applied->start = kutip_annotation_get_start (annotation);
  applied->end = kutip_annotation_get_end (annotation);
  applied->tag = tag_for (self, annotation);

  if (applied->tag != NULL)
    {
      set_tag (self, applied->tag, applied->start, applied->end, TRUE);
      self->n_highlighted++;
    }
}

/* Takes @annotation's highlight away, then redraws the others sharing its
 * tag over that range (removing a tag clears it for all of them). */
static void
erase_annotation (KutipArticleView *self,
                  KutipAnnotation  *annotation,
                  gboolean          forget)
{
  Applied *applied = g_hash_table_lookup (self->applied, annotation);
  GtkTextTag *tag;
  guint start, end;

  if (applied == NULL)
    return;

  tag = applied->tag;
  start = applied->start;
  end = applied->end;

  if (forget)
    g_hash_table_remove (self->applied, annotation);
  else
    applied->tag = NULL;

  if (tag != NULL)
    {
      g_autoptr(GPtrArray) others = NULL;

      self->n_highlighted--;
      set_tag (self, tag, start, end, FALSE);

      others = kutip_document_find_in_range (self->document, start, end);
      for (guint i = 0; others != NULL && i < others->len; i++)
        {
          KutipAnnotation *other = g_ptr_array_index (others, i);
          Applied *other_applied;

          if (other == annotation)
            continue;
          other_applied = g_hash_table_lookup (self->applied, other);
          if (other_applied == NULL || other_applied->tag != tag)
            continue;
          set_tag (self, tag, other_applied->start, other_applied->end, TRUE);
        }
    }
}

static void
update_selected_highlight (KutipArticleView *self)
{
  if (self->selected_tag != NULL)
    {
      set_tag (self, self->selected_tag, self->selected_start, self->selected_end, FALSE);
      self->selected_tag = NULL;
    }

  if (self->selected == NULL || self->document == NULL ||
      kutip_annotation_get_status (self->selected) == KUTIP_STATUS_REJECTED ||
      !g_hash_table_contains (self->applied, self->selected))
    return;

  self->selected_start = kutip_annotation_get_start (self->selected);
  self->selected_end = kutip_annotation_get_end (self->selected);
  self->selected_tag =
    kutip_label_tag_ensure (self->buffer,
                            lookup_label (self, kutip_annotation_get_label (self->selected)),
                            "selected");
  set_tag (self, self->selected_tag, self->selected_start, self->selected_end, TRUE);
}

static gboolean
chunk_is_drawn (KutipArticleView *self,
                KutipAnnotation  *annotation)
{
  guint first = kutip_annotation_get_start (annotation) / CHUNK;
  guint last = (MAX (kutip_annotation_get_end (annotation), 1) - 1) / CHUNK;

  for (guint c = first; c <= last && c < self->drawn_chunks->len; c++)
    if (self->drawn_chunks->data[c])
      return TRUE;
  return FALSE;
}

/* Draws every annotation overlapping [start, end) not drawn yet. */
static void
ensure_drawn (KutipArticleView *self,
              guint             start,
              guint             end)
{
  if (self->document == NULL || self->drawn_chunks->len == 0)
    return;

  for (guint c = start / CHUNK; c <= end / CHUNK && c < self->drawn_chunks->len; c++)
    {
      g_autoptr(GPtrArray) found = NULL;

      if (self->drawn_chunks->data[c])
        continue;
      self->drawn_chunks->data[c] = 1;
      found = kutip_document_find_in_range (self->document, c * CHUNK, (c + 1) * CHUNK);
      for (guint i = 0; found != NULL && i < found->len; i++)
        {
          KutipAnnotation *annotation = g_ptr_array_index (found, i);

          if (!g_hash_table_contains (self->applied, annotation))
            draw_annotation (self, annotation);
        }
    }
}

static gboolean
draw_visible_cb (gpointer data)
{
  KutipArticleView *self = data;
  GdkRectangle rect;
  GtkTextIter top, bottom;
  guint first, last;

  self->visible_source = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;

  gtk_text_view_get_visible_rect (self->text_view, &rect);
  gtk_text_view_get_iter_at_location (self->text_view, &top, rect.x, rect.y);
  gtk_text_view_get_iter_at_location (self->text_view, &bottom, rect.x + rect.width,
                                      rect.y + rect.height);
  first = (guint) gtk_text_iter_get_offset (&top);
  last = (guint) gtk_text_iter_get_offset (&bottom);
  ensure_drawn (self, first > CHUNK / 2 ? first - CHUNK / 2 : 0, last + CHUNK / 2);
  return G_SOURCE_REMOVE;
}

static void
visible_changed_cb (KutipArticleView *self)
{
  if (self->document != NULL && self->visible_source == 0)
    self->visible_source = g_idle_add (draw_visible_cb, self);
}

static void
annotations_changed_cb (KutipArticleView *self,
                        guint             position,
                        guint             removed,
                        guint             added,
                        GListModel       *model)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (added, g_object_unref);
  g_autoptr(GHashTable) staying = NULL;
  gboolean selected_removed = FALSE;
  guint n;

  g_assert (position + removed <= self->mirror->len);

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, position + i));

  /* An action's changes come as one signal over the range they touched:
   * the annotations there that it left alone keep their highlights. */
  if (removed > 1 && added > 1)
    {
      staying = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < added; i++)
        g_hash_table_add (staying, g_ptr_array_index (items, i));
    }

  for (guint i = position; i < position + removed; i++)
    {
      KutipAnnotation *annotation = g_ptr_array_index (self->mirror, i);

      if (staying != NULL && g_hash_table_contains (staying, annotation))
        continue;
      selected_removed |= annotation == self->selected;
      erase_annotation (self, annotation, TRUE);
    }

  /* Pointers move; only the items of the range change hands (a reference
   * taken and dropped on each of 100,000 annotations cost more than the
   * rest of a batch). */
  g_ptr_array_remove_range (self->mirror, position, removed);
  n = self->mirror->len;
  g_ptr_array_set_size (self->mirror, n + added);
  /* An empty mirror may have no storage at all: memmove() takes none. */
  if (n > position)
    memmove (self->mirror->pdata + position + added, self->mirror->pdata + position,
             (n - position) * sizeof (gpointer));
  for (guint i = 0; i < added; i++)
    {
      KutipAnnotation *annotation = g_ptr_array_index (items, i);

      self->mirror->pdata[position + i] = annotation;
      selected_removed &= annotation != self->selected;
      /* One that moved in the list was erased above when it left. */
      if (!g_hash_table_contains (self->applied, annotation) &&
          chunk_is_drawn (self, annotation))
        draw_annotation (self, annotation);
    }
  /* The mirror owns those references now. */
  g_ptr_array_set_free_func (items, NULL);

  if (selected_removed)
    kutip_article_view_set_selected (self, NULL);
  else
    update_selected_highlight (self);
}

static void
annotation_changed_cb (KutipArticleView *self,
                       KutipAnnotation  *annotation,
                       KutipDocument    *document)
{
  if (!g_hash_table_contains (self->applied, annotation))
    return;

  erase_annotation (self, annotation, FALSE);
  draw_annotation (self, annotation);
  if (annotation == self->selected)
    update_selected_highlight (self);
}

static void
clear_drawing (KutipArticleView *self)
{
  self->selected_tag = NULL;
  g_hash_table_remove_all (self->applied);
  g_ptr_array_set_size (self->mirror, 0);
  g_byte_array_set_size (self->drawn_chunks, 0);
  self->n_highlighted = 0;
}

static KutipAnnotation *
innermost_at (KutipArticleView *self,
              guint             offset)
{
  g_autoptr(GPtrArray) found = NULL;
  KutipAnnotation *best = NULL;

  if (self->document == NULL)
    return NULL;

  found = kutip_document_find_at (self->document, offset);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      KutipAnnotation *annotation = g_ptr_array_index (found, i);

      if (kutip_annotation_get_status (annotation) == KUTIP_STATUS_REJECTED)
        continue;
      if (best == NULL ||
          kutip_annotation_get_end (annotation) - kutip_annotation_get_start (annotation) <
          kutip_annotation_get_end (best) - kutip_annotation_get_start (best))
        best = annotation;
    }
  return best;
}

static gboolean
offset_at_point (KutipArticleView *self,
                 double            x,
                 double            y,
                 guint            *offset)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return FALSE;
  *offset = (guint) gtk_text_iter_get_offset (&iter);
  return TRUE;
}

static gboolean
query_tooltip_cb (KutipArticleView *self,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip,
                  GtkWidget        *widget)
{
  g_autofree char *markup = NULL;
  guint offset;

  if (keyboard_mode)
    offset = kutip_article_view_get_cursor (self);
  else if (!offset_at_point (self, x, y, &offset))
    return FALSE;

  markup = kutip_article_view_describe_at (self, offset);
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
click_released_cb (KutipArticleView *self,
                   int               n_press,
                   double            x,
                   double            y,
                   GtkGestureClick  *gesture)
{
  KutipText *text;
  KutipSpan span;
  guint offset;

  if (self->document == NULL || !offset_at_point (self, x, y, &offset))
    return;

  text = kutip_document_get_text (self->document);

  if (n_press == 1)
    {
      if (!gtk_text_buffer_get_has_selection (self->buffer))
        kutip_article_view_set_selected (self, innermost_at (self, offset));
    }
  else if (n_press == 2)
    {
      if (kutip_text_word_at (text, offset, &span))
        kutip_article_view_select_range (self, span.start, span.end);
    }
  else if (n_press == 3)
    {
      if (kutip_text_sentence_at (text, offset, &span))
        kutip_article_view_select_range (self, span.start, span.end);
    }
}

/* A right click over a highlight selects its annotation and opens its
 * menu; elsewhere the text view's own menu (Copy, Select All) opens. */
static void
secondary_pressed_cb (KutipArticleView *self,
                      int               n_press,
                      double            x,
                      double            y,
                      GtkGestureClick  *gesture)
{
  KutipAnnotation *annotation = NULL;
  guint offset;

  if (self->document != NULL && offset_at_point (self, x, y, &offset))
    annotation = innermost_at (self, offset);
  if (annotation == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  kutip_article_view_set_selected (self, annotation);
  kutip_annotation_menu_popup_at (&self->context_menu, GTK_WIDGET (self),
                                  GTK_WIDGET (self->text_view), x, y, self->document, annotation);
}

static void
kutip_article_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  KutipArticleView *self = KUTIP_ARTICLE_VIEW (widget);
  int margin = MAX (MIN_MARGIN, (width - READABLE_WIDTH) / 2);

  /* A readable line length: the column stays narrow on a wide window. */
  if (gtk_text_view_get_left_margin (self->text_view) != margin)
    {
      gtk_text_view_set_left_margin (self->text_view, margin);
      gtk_text_view_set_right_margin (self->text_view, margin);
    }
  gtk_widget_size_allocate (GTK_WIDGET (self->scroller),
                            &(GtkAllocation) { 0, 0, width, height }, baseline);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
kutip_article_view_dispose (GObject *object)
{
  KutipArticleView *self = KUTIP_ARTICLE_VIEW (object);

  g_clear_handle_id (&self->visible_source, g_source_remove);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->list_signals != NULL)
    g_signal_group_set_target (self->list_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->list_signals);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->scroller, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->selected);
  g_clear_object (&self->font_css);
  g_clear_pointer (&self->applied, g_hash_table_unref);
  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  g_clear_pointer (&self->drawn_chunks, g_byte_array_unref);

  G_OBJECT_CLASS (kutip_article_view_parent_class)->dispose (object);
}

static void
kutip_article_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KutipArticleView *self = KUTIP_ARTICLE_VIEW (object);

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
kutip_article_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KutipArticleView *self = KUTIP_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kutip_article_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      kutip_article_view_set_selected (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_article_view_class_init (KutipArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kutip_article_view_dispose;
  object_class->get_property = kutip_article_view_get_property;
  object_class->set_property = kutip_article_view_set_property;
  widget_class->size_allocate = kutip_article_view_size_allocate;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         KUTIP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL,
                         KUTIP_TYPE_ANNOTATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kutip_article_view_init (KutipArticleView *self)
{
  GtkGesture *click;

  self->applied = g_hash_table_new_full (NULL, NULL, g_object_unref, applied_free);
  self->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->drawn_chunks = g_byte_array_new ();

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  self->line_mark_tag = gtk_text_buffer_create_tag (self->buffer, "kutip-line-mark", NULL);
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_cursor_visible (self->text_view, TRUE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (self->text_view, 7);
  gtk_text_view_set_pixels_inside_wrap (self->text_view, 7);
  gtk_text_view_set_top_margin (self->text_view, 24);
  gtk_text_view_set_bottom_margin (self->text_view, 48);
  gtk_text_view_set_left_margin (self->text_view, MIN_MARGIN);
  gtk_text_view_set_right_margin (self->text_view, MIN_MARGIN);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "article");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article"),
                                  -1);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->text_view));
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (visible_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (visible_changed_cb), self, G_CONNECT_SWAPPED);

  self->font_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->text_view)),
                                  GTK_STYLE_PROVIDER (self->font_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  kutip_article_view_set_font_size (self, 14);

  g_signal_connect_object (self->text_view, "query-tooltip",
                           G_CALLBACK (query_tooltip_cb), self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released",
                           G_CALLBACK (click_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  /* Before the text view's own right-click menu. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed",
                           G_CALLBACK (secondary_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  self->document_signals = g_signal_group_new (KUTIP_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "annotation-changed",
                                 G_CALLBACK (annotation_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  self->list_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->list_signals, "items-changed",
                                 G_CALLBACK (annotations_changed_cb), self,
                                 G_CONNECT_SWAPPED);
}

GtkWidget *
kutip_article_view_new (void)
{
  return g_object_new (KUTIP_TYPE_ARTICLE_VIEW, NULL);
}

KutipDocument *
kutip_article_view_get_document (KutipArticleView *self)
{
  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), NULL);
  return self->document;
}

/**
 * kutip_article_view_set_document:
 *
 * Shows @document: its text once, then a highlight per annotation. Later
 * edits redraw only the annotations they touch.
 */
void
kutip_article_view_set_document (KutipArticleView *self,
                                 KutipDocument    *document)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;
  GListModel *annotations;
  const char *utf8;
  gsize n_bytes;

  g_return_if_fail (KUTIP_IS_ARTICLE_VIEW (self));
  g_return_if_fail (!document || KUTIP_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  g_signal_group_set_target (self->document_signals, NULL);
  g_signal_group_set_target (self->list_signals, NULL);
  kutip_article_view_set_selected (self, NULL);
  clear_drawing (self);
  g_set_object (&self->document, document);

  /* A fresh buffer: dropping tags one by one from a big old one is slow. */
  buffer = gtk_text_buffer_new (NULL);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  self->buffer = buffer;
  self->line_mark_tag = gtk_text_buffer_create_tag (self->buffer, "kutip-line-mark", NULL);

  if (document != NULL)
    {
      utf8 = kutip_text_get_utf8 (kutip_document_get_text (document), &n_bytes);
      gtk_text_buffer_set_text (self->buffer, utf8, (int) n_bytes);
      kutip_label_tags_create (self->buffer, kutip_document_get_schema (document));
      g_byte_array_set_size (self->drawn_chunks,
                             kutip_text_get_length (kutip_document_get_text (document)) / CHUNK + 1);
      memset (self->drawn_chunks->data, 0, self->drawn_chunks->len);

      annotations = kutip_document_get_annotations (document);
      annotations_changed_cb (self, 0, 0, g_list_model_get_n_items (annotations),
                              annotations);
      /* The start is what shows first; the rest follows the scrolling. */
      ensure_drawn (self, 0, 2 * CHUNK);

      g_signal_group_set_target (self->document_signals, document);
      g_signal_group_set_target (self->list_signals, annotations);

      {
        GtkTextIter start;

        gtk_text_buffer_get_start_iter (self->buffer, &start);
        gtk_text_buffer_place_cursor (self->buffer, &start);
      }
    }

  /* Attached last: text and highlights go in without the view laying out
   * each change. */
  gtk_text_view_set_buffer (self->text_view, buffer);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

KutipAnnotation *
kutip_article_view_get_selected (KutipArticleView *self)
{
  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), NULL);
  return self->selected;
}

/**
 * kutip_article_view_set_selected:
 *
 * Marks @annotation as the selected one and scrolls it into view.
 */
void
kutip_article_view_set_selected (KutipArticleView *self,
                                 KutipAnnotation  *annotation)
{
  g_return_if_fail (KUTIP_IS_ARTICLE_VIEW (self));

  if (!g_set_object (&self->selected, annotation))
    return;

  if (annotation != NULL)
    ensure_drawn (self, kutip_annotation_get_start (annotation),
                  kutip_annotation_get_end (annotation));
  update_selected_highlight (self);
  if (annotation != NULL)
    kutip_article_view_scroll_to (self,
                                  kutip_annotation_get_start (annotation),
                                  kutip_annotation_get_end (annotation));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED]);
}

/**
 * kutip_article_view_popup_menu:
 *
 * Opens the selected annotation's context menu at its start, as the Menu
 * key does. Returns: FALSE when nothing is selected.
 */
gboolean
kutip_article_view_popup_menu (KutipArticleView *self)
{
  GtkTextIter iter;
  GdkRectangle rect;
  int x, y;

  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), FALSE);

  if (self->selected == NULL || self->document == NULL)
    return FALSE;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter,
                                      (int) kutip_annotation_get_start (self->selected));
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y + rect.height, &x, &y);
  kutip_annotation_menu_popup_at (&self->context_menu, GTK_WIDGET (self),
                                  GTK_WIDGET (self->text_view), x, y,
                                  self->document, self->selected);
  return TRUE;
}

GtkTextView *
kutip_article_view_get_text_view (KutipArticleView *self)
{
  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), NULL);
  return self->text_view;
}

void
kutip_article_view_set_font_size (KutipArticleView *self,
                                  int               points)
{
  g_autofree char *css = NULL;

  g_return_if_fail (KUTIP_IS_ARTICLE_VIEW (self));

  css = g_strdup_printf ("textview.article { font-size: %dpt; }", CLAMP (points, 6, 72));
  gtk_css_provider_load_from_data (self->font_css, css, -1);
}

gboolean
kutip_article_view_get_selection (KutipArticleView *self,
                                  guint            *start,
                                  guint            *end)
{
  GtkTextIter begin_iter, end_iter;

  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), FALSE);

  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &begin_iter, &end_iter))
    return FALSE;
  *start = (guint) gtk_text_iter_get_offset (&begin_iter);
  *end = (guint) gtk_text_iter_get_offset (&end_iter);
  return TRUE;
}

void
kutip_article_view_select_range (KutipArticleView *self,
                                 guint             start,
                                 guint             end)
{
  GtkTextIter begin_iter, end_iter;

  g_return_if_fail (KUTIP_IS_ARTICLE_VIEW (self));

  get_iters (self, start, end, &begin_iter, &end_iter);
  gtk_text_buffer_select_range (self->buffer, &end_iter, &begin_iter);
}

guint
kutip_article_view_get_cursor (KutipArticleView *self)
{
  GtkTextIter iter;

  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), 0);

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter,
                                    gtk_text_buffer_get_insert (self->buffer));
  return (guint) gtk_text_iter_get_offset (&iter);
}

void
kutip_article_view_scroll_to (KutipArticleView *self,
                              guint             start,
                              guint             end)
{
  GtkTextIter iter;
  GtkTextMark *mark;

  g_return_if_fail (KUTIP_IS_ARTICLE_VIEW (self));

  ensure_drawn (self, start > CHUNK / 2 ? start - CHUNK / 2 : 0, end + CHUNK / 2);
  /* Through a mark: it waits for the line heights to be known. */
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, (int) start);
  mark = gtk_text_buffer_create_mark (self->buffer, NULL, &iter, TRUE);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.15, FALSE, 0, 0);
  gtk_text_buffer_delete_mark (self->buffer, mark);
}

gboolean
kutip_article_view_find (KutipArticleView *self,
                         const char       *needle,
                         gboolean          backwards)
{
  GtkTextIter sel_start, sel_end, from, match_start, match_end;
  GtkTextSearchFlags flags = GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY;
  gboolean found;

  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), FALSE);

  if (needle == NULL || needle[0] == '\0')
    return FALSE;

  gtk_text_buffer_get_selection_bounds (self->buffer, &sel_start, &sel_end);
  if (backwards)
    {
      from = sel_start;
      found = gtk_text_iter_backward_search (&from, needle, flags,
                                             &match_start, &match_end, NULL);
      if (!found)
        {
          gtk_text_buffer_get_end_iter (self->buffer, &from);
          found = gtk_text_iter_backward_search (&from, needle, flags,
                                                 &match_start, &match_end, NULL);
        }
    }
  else
    {
      from = sel_end;
      found = gtk_text_iter_forward_search (&from, needle, flags,
                                            &match_start, &match_end, NULL);
      if (!found)
        {
          gtk_text_buffer_get_start_iter (self->buffer, &from);
          found = gtk_text_iter_forward_search (&from, needle, flags,
                                                &match_start, &match_end, NULL);
        }
    }

  if (!found)
    return FALSE;

  gtk_text_buffer_select_range (self->buffer, &match_start, &match_end);
  kutip_article_view_scroll_to (self,
                                (guint) gtk_text_iter_get_offset (&match_start),
                                (guint) gtk_text_iter_get_offset (&match_end));
  return TRUE;
}

guint
kutip_article_view_get_n_highlighted (KutipArticleView *self)
{
  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), 0);
  return self->n_highlighted;
}

/**
 * kutip_article_view_describe_at:
 *
 * Returns: (transfer full) (nullable): Pango markup naming each annotation
 *   at @offset with its label, a date's value and a claim's speaker.
 */
char *
kutip_article_view_describe_at (KutipArticleView *self,
                                guint             offset)
{
  g_return_val_if_fail (KUTIP_IS_ARTICLE_VIEW (self), NULL);

  if (self->document == NULL)
    return NULL;
  return kutip_annotation_tooltip_at (self->document, offset);
}
