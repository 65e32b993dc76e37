/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-claims-table.c: "who said what, when": a sortable GtkColumnView of
 * the document's claims with their speaker and date. */

#define G_LOG_DOMAIN "kutip-claims-table"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-claims-table.h"

struct _KutipClaimsTable
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scroller;
  GtkColumnView      *column_view;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkSortListModel   *sort_model;
  GtkSorter          *speaker_sorter;
  GtkSorter          *date_sorter;

  KutipDocument      *document;
  GSignalGroup       *document_signals;
  guint               resort_source;
  /* Edits while the table is hidden: look again when it is shown. */
  gboolean            stale;
  /* The document's annotations wait for the table to be shown: a column
   * view makes a row widget per claim, which a window opening on the
   * Annotations page does not need. */
  gboolean            model_pending;
};

enum {
  CLAIM_ACTIVATED,
  N_SIGNALS
};

typedef enum {
  COLUMN_SPEAKER,
  COLUMN_DATE,
  COLUMN_CLAIM,
} Column;

G_DEFINE_FINAL_TYPE (KutipClaimsTable, kutip_claims_table, GTK_TYPE_WIDGET)

static guint signals [N_SIGNALS];

char *
kutip_claims_table_speaker_of (KutipDocument   *document,
                               KutipAnnotation *claim)
{
  KutipAnnotation *speaker;
  KutipEntity *entity;

  if (document == NULL || claim == NULL)
    return g_strdup ("");
  speaker = kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY);
  if (speaker == NULL)
    return g_strdup ("");
  entity = kutip_document_get_entity_for (document, speaker);
  if (entity != NULL && kutip_entity_get_name (entity) != NULL &&
      kutip_entity_get_name (entity)[0] != '\0')
    return g_strdup (kutip_entity_get_name (entity));
  return g_strdup (kutip_annotation_get_text (speaker));
}

char *
kutip_claims_table_date_of (KutipDocument   *document,
                            KutipAnnotation *claim)
{
  KutipAnnotation *date;
  const char *value;

  if (document == NULL || claim == NULL)
    return g_strdup ("");
  date = kutip_document_get_linked (document, claim, KUTIP_RELATION_DATED);
  if (date == NULL)
    return g_strdup ("");
  value = kutip_annotation_get_attribute (date, "value");
  if (value != NULL && value[0] != '\0')
    return g_strdup (value);
  return g_strdup (kutip_annotation_get_text (date));
}

static char *
speaker_expr (KutipAnnotation  *claim,
              KutipClaimsTable *self)
{
  return kutip_claims_table_speaker_of (self->document, claim);
}

static char *
date_expr (KutipAnnotation  *claim,
           KutipClaimsTable *self)
{
  return kutip_claims_table_date_of (self->document, claim);
}

static int
position_compare (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return kutip_annotation_compare ((KutipAnnotation *) a, (KutipAnnotation *) b);
}

static gboolean
claim_filter (gpointer item,
              gpointer user_data)
{
  KutipAnnotation *annotation = item;

  return g_strcmp0 (kutip_annotation_get_label (annotation), KUTIP_LABEL_CLAIM) == 0 &&
         kutip_annotation_get_status (annotation) != KUTIP_STATUS_REJECTED;
}

static void
refresh_cell (GtkListItem *list_item)
{
  KutipAnnotation *claim = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  KutipClaimsTable *self = g_object_get_data (G_OBJECT (label), "table");
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "column"));
  g_autofree char *text = NULL;
  KutipRelation *link = NULL;
  gboolean suggested;

  if (claim == NULL || self == NULL)
    return;

  switch (column)
    {
    case COLUMN_SPEAKER:
      text = kutip_claims_table_speaker_of (self->document, claim);
      link = kutip_document_get_link (self->document, claim, KUTIP_RELATION_SAID_BY);
      break;
    case COLUMN_DATE:
      text = kutip_claims_table_date_of (self->document, claim);
      link = kutip_document_get_link (self->document, claim, KUTIP_RELATION_DATED);
      break;
    case COLUMN_CLAIM:
    default:
      text = g_strdup (kutip_annotation_get_text (claim));
      g_strdelimit (text, "\n\r\t", ' ');
      break;
    }

  /* A link the suggester made and nobody reviewed is not who said it yet. */
  suggested = link != NULL && kutip_relation_get_status (link) == KUTIP_STATUS_PENDING;
  if (suggested)
    {
      /* TRANSLATORS: a speaker or date in Who Said What that is only a
       * suggested link, e.g. "Joko Widodo (suggested)". */
      char *marked = g_strdup_printf (_("%s (suggested)"), text);

      g_free (text);
      text = marked;
      gtk_widget_add_css_class (GTK_WIDGET (label), "suggested-link");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label),
                                   _("A suggested link, not reviewed yet: accept or reject it "
                                     "in the claim's details"));
      /* A long name cut short keeps its "(suggested)". */
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_MIDDLE);
    }
  else if (column != COLUMN_CLAIM)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "suggested-link");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), NULL);
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
    }

  if (text[0] == '\0' && column != COLUMN_CLAIM)
    {
      gtk_label_set_label (label, "—");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_label_set_label (label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
  if (kutip_annotation_get_status (claim) == KUTIP_STATUS_PENDING)
    gtk_widget_add_css_class (GTK_WIDGET (label), "pending");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "pending");
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);
  KutipClaimsTable *self = g_object_get_data (G_OBJECT (factory), "table");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_UINT (column) == COLUMN_CLAIM)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
      gtk_widget_set_valign (label, GTK_ALIGN_START);
    }
  g_object_set_data (G_OBJECT (label), "column", column);
  g_object_set_data (G_OBJECT (label), "table", self);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  column)
{
  KutipClaimsTable *self = g_object_get_data (G_OBJECT (factory), "table");
  gulong handler;

  refresh_cell (list_item);
  if (self->document != NULL)
    {
      handler = g_signal_connect_object (self->document, "changed",
                                         G_CALLBACK (refresh_cell), list_item,
                                         G_CONNECT_SWAPPED);
      g_object_set_data_full (G_OBJECT (list_item), "document",
                              g_object_ref (self->document), g_object_unref);
      g_object_set_data (G_OBJECT (list_item), "handler", GSIZE_TO_POINTER (handler));
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  column)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "handler"));
  KutipDocument *document = g_object_get_data (G_OBJECT (list_item), "document");

  if (handler != 0 && document != NULL && g_signal_handler_is_connected (document, handler))
    g_signal_handler_disconnect (document, handler);
  g_object_set_data (G_OBJECT (list_item), "handler", NULL);
  g_object_set_data (G_OBJECT (list_item), "document", NULL);
}

static gboolean
resort_cb (gpointer data)
{
  KutipClaimsTable *self = data;

  self->resort_source = 0;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->speaker_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->date_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  return G_SOURCE_REMOVE;
}

/* Speakers and dates live in other annotations: look again once the edit
 * is over, not once per signal. */
static void
document_changed_cb (KutipClaimsTable *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->resort_source == 0)
    self->resort_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, resort_cb, self, NULL);
}

static void
attach_model (KutipClaimsTable *self)
{
  if (!self->model_pending)
    return;
  self->model_pending = FALSE;
  self->stale = FALSE;
  gtk_filter_list_model_set_model (self->filter_model,
                                   self->document ? kutip_document_get_annotations (self->document)
                                                  : NULL);
}

static void
kutip_claims_table_map (GtkWidget *widget)
{
  KutipClaimsTable *self = KUTIP_CLAIMS_TABLE (widget);

  attach_model (self);
  GTK_WIDGET_CLASS (kutip_claims_table_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      resort_cb (self);
    }
}

static void
activate_cb (KutipClaimsTable *self,
             guint             position)
{
  g_autoptr(KutipAnnotation) claim =
    g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (claim != NULL)
    g_signal_emit (self, signals [CLAIM_ACTIVATED], 0, claim);
}

static GtkColumnViewColumn *
add_column (KutipClaimsTable *self,
            const char       *title,
            Column            column,
            GtkSorter        *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_object_set_data (G_OBJECT (factory), "table", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), GUINT_TO_POINTER (column));

  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (col, sorter);
  gtk_column_view_column_set_resizable (col, TRUE);
  if (column == COLUMN_CLAIM)
    gtk_column_view_column_set_expand (col, TRUE);
  gtk_column_view_append_column (self->column_view, col);
  return col;
}

static void
kutip_claims_table_dispose (GObject *object)
{
  KutipClaimsTable *self = KUTIP_CLAIMS_TABLE (object);

  g_clear_handle_id (&self->resort_source, g_source_remove);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_pointer ((GtkWidget **) &self->scroller, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->speaker_sorter);
  g_clear_object (&self->date_sorter);

  G_OBJECT_CLASS (kutip_claims_table_parent_class)->dispose (object);
}

static void
kutip_claims_table_class_init (KutipClaimsTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kutip_claims_table_dispose;
  widget_class->map = kutip_claims_table_map;

  signals [CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KUTIP_TYPE_ANNOTATION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "claimstable");
}

static void
kutip_claims_table_init (KutipClaimsTable *self)
{
  GtkColumnViewColumn *claim_column;
  GtkSingleSelection *selection;
  GtkSorter *position_sorter;

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_column_view_set_single_click_activate (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Who said what, when"),
                                  -1);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->column_view));

  self->speaker_sorter = GTK_SORTER (gtk_string_sorter_new (
    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                 G_CALLBACK (speaker_expr), self, NULL)));
  self->date_sorter = GTK_SORTER (gtk_string_sorter_new (
    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                 G_CALLBACK (date_expr), self, NULL)));
  position_sorter = GTK_SORTER (gtk_custom_sorter_new (position_compare, NULL, NULL));

  g_object_unref (add_column (self, _("Speaker"), COLUMN_SPEAKER, self->speaker_sorter));
  g_object_unref (add_column (self, _("When"), COLUMN_DATE, self->date_sorter));
  claim_column = add_column (self, _("Claim"), COLUMN_CLAIM, position_sorter);
  g_object_unref (position_sorter);

  self->filter = gtk_custom_filter_new (claim_filter, NULL, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  /* Reading order until the user picks a column. */
  gtk_column_view_sort_by_column (self->column_view, claim_column, GTK_SORT_ASCENDING);
  g_object_unref (claim_column);

  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);

  self->document_signals = g_signal_group_new (KUTIP_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
kutip_claims_table_new (void)
{
  return g_object_new (KUTIP_TYPE_CLAIMS_TABLE, NULL);
}

void
kutip_claims_table_set_document (KutipClaimsTable *self,
                                 KutipDocument    *document)
{
  g_return_if_fail (KUTIP_IS_CLAIMS_TABLE (self));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  self->model_pending = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    attach_model (self);
}

GListModel *
kutip_claims_table_get_model (KutipClaimsTable *self)
{
  g_return_val_if_fail (KUTIP_IS_CLAIMS_TABLE (self), NULL);
  attach_model (self);
  return G_LIST_MODEL (self->sort_model);
}
