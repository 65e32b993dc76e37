/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-review-bar.c: the bar shown while suggestions wait for review or a
 * suggester runs; its buttons are window actions, so keys and tests take
 * the same path. */

#define G_LOG_DOMAIN "kutip-review-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-label-names.h"
#include "kutip-review-bar.h"

struct _KutipReviewBar
{
  GtkWidget       parent_instance;

  /* template children */
  GtkBox         *box;
  GtkSpinner     *spinner;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkButton      *cancel_button;
  GtkLabel       *count_label;
  GtkBox         *review_box;
  GtkBox         *link_box;
  GtkLabel       *link_label;
  GtkButton      *accept_link_button;
  GtkButton      *reject_link_button;
  GtkButton      *accept_button;
  GtkButton      *reject_button;
  GtkMenuButton  *accept_all_button;
  GtkDropDown    *label_dropdown;
  GtkSpinButton  *threshold_spin;
  GtkButton      *accept_all_confirm;

  KutipDocument  *document;
  KutipAnnotation *selected;
  GSignalGroup   *document_signals;
  /* Label names behind the rows of the dropdown. */
  GPtrArray      *label_names;
  gboolean        busy;
};

G_DEFINE_FINAL_TYPE (KutipReviewBar, kutip_review_bar, GTK_TYPE_WIDGET)

/* A span's text, short, in quotation marks unless it has its own (a
 * direct quote). */
static char *
quoted (KutipAnnotation *annotation)
{
  g_autofree char *text = kutip_label_short_text (kutip_annotation_get_text (annotation), 32);

  if (g_str_has_prefix (text, "“") || g_str_has_prefix (text, "\""))
    return g_steal_pointer (&text);
  return g_strconcat ("“", text, "”", NULL);
}

/* A link seen from the selected span: "said by “Budi”" from the claim,
 * "says “Harga naik.”" from the speaker, short enough for the bar. */
static char *
describe_link (KutipDocument   *document,
               KutipRelation   *relation,
               KutipAnnotation *selected)
{
  gboolean from_here = g_strcmp0 (kutip_relation_get_from_id (relation),
                                  kutip_annotation_get_id (selected)) == 0;
  const char *other_id = from_here ? kutip_relation_get_to_id (relation)
                                   : kutip_relation_get_from_id (relation);
  g_autofree char *other = quoted (kutip_document_lookup_annotation (document, other_id));
  const char *type = kutip_relation_get_rtype (relation);

  /* TRANSLATORS: the suggested links of the selected span in the review
   * bar; %s is the other span's text, in quotation marks. */
  if (g_strcmp0 (type, KUTIP_RELATION_SAID_BY) == 0)
    return g_strdup_printf (from_here ? _("said by %s") : _("says %s"), other);
  if (g_strcmp0 (type, KUTIP_RELATION_DATED) == 0)
    return g_strdup_printf (from_here ? _("dated %s") : _("the date of %s"), other);
  return g_strdup_printf (from_here ? "%s → %s" : "%s ← %s", type, other);
}

/* The selected span's suggested links: shown as such; when the span is
 * decided and they wait for a decision of their own, the bar's buttons
 * decide them instead of the span. */
static void
update_links (KutipReviewBar *self)
{
  g_autoptr(GPtrArray) relations = NULL;
  g_autoptr(GPtrArray) to_review = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *shown;
  gboolean span_pending;

  if (self->document == NULL || self->selected == NULL ||
      kutip_document_get_n_pending_links (self->document) == 0 ||
      !kutip_document_get_position (self->document, self->selected, NULL))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->link_box), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->accept_button), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->reject_button), TRUE);
      return;
    }

  span_pending = kutip_annotation_get_status (self->selected) == KUTIP_STATUS_PENDING;
  to_review = kutip_document_links_to_review (self->document, self->selected);
  relations = kutip_document_relations_of (self->document, self->selected);
  for (guint i = relations->len; i > 0; i--)
    if (kutip_relation_get_status (g_ptr_array_index (relations, i - 1)) != KUTIP_STATUS_PENDING)
      g_ptr_array_remove_index (relations, i - 1);

  shown = span_pending || to_review->len == 0 ? relations : to_review;
  for (guint i = 0; i < shown->len && i < 2; i++)
    {
      g_autofree char *link = describe_link (self->document, g_ptr_array_index (shown, i),
                                             self->selected);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, link);
    }
  if (shown->len > 2)
    g_string_append (text, "…");
  if (text->len > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Suggested link: %s",
                                                             "Suggested links: %s", shown->len),
                                                text->str);
      gtk_label_set_label (self->link_label, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->link_box), text->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->accept_link_button), !span_pending && to_review->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_link_button), !span_pending && to_review->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->accept_button), span_pending || to_review->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_button), span_pending || to_review->len == 0);
}

static void
update (KutipReviewBar *self)
{
  guint pending = self->document ? kutip_document_get_n_pending (self->document) : 0;
  guint links = self->document ? kutip_document_get_n_links_to_review (self->document) : 0;
  g_autofree char *spans_text = NULL;
  g_autofree char *links_text = NULL;
  g_autofree char *text = NULL;

  if (pending > 0)
    spans_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggestion left",
                                               "%u suggestions left", pending),
                                  pending);
  if (links > 0)
    links_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u link to review",
                                               "%u links to review", links),
                                  links);
  if (spans_text != NULL && links_text != NULL)
    /* Translators: the annotation count, then the suggestion count. */
    text = g_strdup_printf (_("%s, %s"), spans_text, links_text);
  else
    text = g_strdup (spans_text ? spans_text : links_text ? links_text : "");
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), pending > 0 || links > 0);
  /* While a suggester runs its progress takes the room; the review keys
   * keep working. */
  gtk_widget_set_visible (GTK_WIDGET (self->review_box), (pending > 0 || links > 0) && !self->busy);
  gtk_widget_set_visible (GTK_WIDGET (self), pending > 0 || links > 0 || self->busy);
  update_links (self);
}

static void
fill_labels (KutipReviewBar *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  KutipSchema *schema;

  g_ptr_array_set_size (self->label_names, 0);
  if (self->document != NULL)
    {
      schema = kutip_document_get_schema (self->document);
      for (guint i = 0; i < kutip_schema_get_n_labels (schema); i++)
        {
          const KutipLabel *label = kutip_schema_get_label (schema, i);

          g_ptr_array_add (self->label_names, g_strdup (label->name));
          gtk_string_list_append (names, kutip_label_display_name (schema, label->name));
        }
    }
  gtk_drop_down_set_model (self->label_dropdown, G_LIST_MODEL (names));
}

static void
accept_all_clicked_cb (KutipReviewBar *self)
{
  gtk_menu_button_popdown (self->accept_all_button);
  kutip_review_bar_accept_all (self);
}

static void
kutip_review_bar_dispose (GObject *object)
{
  KutipReviewBar *self = KUTIP_REVIEW_BAR (object);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->selected);
  gtk_widget_dispose_template (GTK_WIDGET (self), KUTIP_TYPE_REVIEW_BAR);

  G_OBJECT_CLASS (kutip_review_bar_parent_class)->dispose (object);
}

static void
kutip_review_bar_finalize (GObject *object)
{
  KutipReviewBar *self = KUTIP_REVIEW_BAR (object);

  g_clear_pointer (&self->label_names, g_ptr_array_unref);

  G_OBJECT_CLASS (kutip_review_bar_parent_class)->finalize (object);
}

static void
kutip_review_bar_class_init (KutipReviewBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kutip_review_bar_dispose;
  object_class->finalize = kutip_review_bar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/kutip/Kutip/kutip-review-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, box);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, spinner);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, review_box);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, link_box);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, link_label);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, accept_link_button);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, reject_link_button);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, accept_button);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, reject_button);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, accept_all_button);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, label_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, KutipReviewBar, accept_all_confirm);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewbar");
}

static void
kutip_review_bar_init (KutipReviewBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->label_names = g_ptr_array_new_with_free_func (g_free);
  self->document_signals = g_signal_group_new (KUTIP_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::n-pending",
                                 G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  /* Links wait on the statuses of both their ends: any edit may change
   * which wait for a review of their own. Once per action. */
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->accept_all_confirm, "clicked",
                           G_CALLBACK (accept_all_clicked_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
kutip_review_bar_new (void)
{
  return g_object_new (KUTIP_TYPE_REVIEW_BAR, NULL);
}

void
kutip_review_bar_set_document (KutipReviewBar *self,
                               KutipDocument  *document)
{
  g_return_if_fail (KUTIP_IS_REVIEW_BAR (self));
  g_return_if_fail (document == NULL || KUTIP_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  fill_labels (self);
  update (self);
}

/* The window's selected annotation, whose suggested links the bar shows. */
void
kutip_review_bar_set_selected (KutipReviewBar  *self,
                               KutipAnnotation *annotation)
{
  g_return_if_fail (KUTIP_IS_REVIEW_BAR (self));

  if (!g_set_object (&self->selected, annotation))
    return;
  update_links (self);
}

/* The link line's text, "" when it is hidden (for tests). */
const char *
kutip_review_bar_get_link_text (KutipReviewBar *self)
{
  g_return_val_if_fail (KUTIP_IS_REVIEW_BAR (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->link_box)))
    return "";
  return gtk_label_get_label (self->link_label);
}

/* Whether the bar's buttons decide the selected span's links (for tests). */
gboolean
kutip_review_bar_get_reviewing_links (KutipReviewBar *self)
{
  g_return_val_if_fail (KUTIP_IS_REVIEW_BAR (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->accept_link_button));
}

/**
 * kutip_review_bar_set_busy:
 * @message: (nullable): what is running, or NULL when nothing is.
 */
void
kutip_review_bar_set_busy (KutipReviewBar *self,
                           const char     *message)
{
  g_return_if_fail (KUTIP_IS_REVIEW_BAR (self));

  self->busy = message != NULL;
  gtk_label_set_label (self->progress_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), self->busy);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), self->busy);
  kutip_review_bar_set_progress (self, -1);
  update (self);
}

/* Whether what runs can be stopped (an undo half way cannot): without it
 * the Stop button is hidden. Set after kutip_review_bar_set_busy(). */
void
kutip_review_bar_set_can_stop (KutipReviewBar *self,
                               gboolean        can_stop)
{
  g_return_if_fail (KUTIP_IS_REVIEW_BAR (self));

  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), self->busy && can_stop);
}

/**
 * kutip_review_bar_set_progress:
 * @fraction: the share done, from 0 to 1, or negative when unknown (a
 *   spinner turns instead).
 */
void
kutip_review_bar_set_progress (KutipReviewBar *self,
                               double          fraction)
{
  gboolean known = self->busy && fraction >= 0;

  g_return_if_fail (KUTIP_IS_REVIEW_BAR (self));

  gtk_spinner_set_spinning (self->spinner, self->busy && !known);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->busy && !known);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), known);
  if (known)
    {
      g_autofree char *percent = NULL;

      fraction = MIN (fraction, 1.0);
      /* TRANSLATORS: progress of the suggester, e.g. "40 %" */
      percent = g_strdup_printf (_("%d %%"), (int) (fraction * 100 + 0.5));
      gtk_progress_bar_set_fraction (self->progress_bar, fraction);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_bar), percent);
    }
}

/* The share shown, or a negative number when none is. */
double
kutip_review_bar_get_progress (KutipReviewBar *self)
{
  g_return_val_if_fail (KUTIP_IS_REVIEW_BAR (self), -1);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->progress_bar)))
    return -1;
  return gtk_progress_bar_get_fraction (self->progress_bar);
}

gboolean
kutip_review_bar_get_busy (KutipReviewBar *self)
{
  g_return_val_if_fail (KUTIP_IS_REVIEW_BAR (self), FALSE);
  return self->busy;
}

const char *
kutip_review_bar_get_count_text (KutipReviewBar *self)
{
  g_return_val_if_fail (KUTIP_IS_REVIEW_BAR (self), NULL);
  return gtk_label_get_label (self->count_label);
}

void
kutip_review_bar_set_accept_all (KutipReviewBar *self,
                                 const char     *label,
                                 double          threshold)
{
  g_return_if_fail (KUTIP_IS_REVIEW_BAR (self));
  g_return_if_fail (label != NULL);

  for (guint i = 0; i < self->label_names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->label_names, i), label) == 0)
      gtk_drop_down_set_selected (self->label_dropdown, i);
  gtk_spin_button_set_value (self->threshold_spin, threshold);
}

void
kutip_review_bar_accept_all (KutipReviewBar *self)
{
  guint selected;

  g_return_if_fail (KUTIP_IS_REVIEW_BAR (self));

  selected = gtk_drop_down_get_selected (self->label_dropdown);
  if (selected >= self->label_names->len)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.accept-above", "(sd)",
                              (const char *) g_ptr_array_index (self->label_names, selected),
                              gtk_spin_button_get_value (self->threshold_spin));
}
