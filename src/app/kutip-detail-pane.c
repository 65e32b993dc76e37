/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-detail-pane.c: everything about the selected annotation, edited
 * through the window's actions so each change is one undo step. */

#define G_LOG_DOMAIN "kutip-detail-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-detail-pane.h"
#include "kutip-label-names.h"

struct _KutipDetailPane
{
  GtkWidget         parent_instance;

  GtkBox           *box;
  GtkStack         *stack;
  GtkLabel         *chip;
  GtkLabel         *covered;

  AdwComboRow      *label_row;
  AdwActionRow     *status_row;
  AdwActionRow     *origin_row;
  AdwEntryRow      *note_row;

  AdwPreferencesGroup *date_group;
  AdwEntryRow      *value_row;

  AdwPreferencesGroup *claim_group;
  AdwComboRow      *speaker_row;
  AdwComboRow      *claim_date_row;
  /* Accept / reject a suggested speaker or date link. */
  GtkWidget        *speaker_link_buttons[2];
  GtkWidget        *date_link_buttons[2];
  AdwComboRow      *kind_row;

  AdwPreferencesGroup *speaker_group;
  AdwEntryRow      *entity_row;
  AdwComboRow      *merge_row;

  KutipDocument    *document;
  KutipAnnotation  *annotation;
  GSignalGroup     *document_signals;

  /* Annotation / entity ids behind the rows of the choice combos
   * (index 0 is "None"). */
  GPtrArray        *speaker_ids;
  GPtrArray        *date_ids;
  GPtrArray        *entity_ids;
  GPtrArray        *label_names;
  gboolean          updating;

  /* A combo row's choice, run when its selection has settled. */
  char             *choice_action;
  char             *choice_value;
  guint             choice_source;
};

G_DEFINE_FINAL_TYPE (KutipDetailPane, kutip_detail_pane, GTK_TYPE_WIDGET)

static void refresh        (KutipDetailPane *self);
static void ensure_details (KutipDetailPane *self);

static gboolean
shows_titles (GListModel *model,
              GPtrArray  *titles)
{
  if (g_list_model_get_n_items (model) != titles->len)
    return FALSE;
  for (guint i = 0; i < titles->len; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i),
                   g_ptr_array_index (titles, i)) != 0)
      return FALSE;
  return TRUE;
}

/* Shows @titles in @row, selecting the one whose id is @current. The
 * row keeps its model (and the selection model over it) and changes it
 * in place, only where the titles differ. */
static void
set_choices (AdwComboRow *row,
             GPtrArray   *ids,
             GPtrArray   *titles,
             const char  *current)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint selected = 0;

  for (guint i = 0; i < titles->len; i++)
    if (current != NULL && g_strcmp0 (g_ptr_array_index (ids, i), current) == 0)
      selected = i;

  if (!GTK_IS_STRING_LIST (model))
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

      adw_combo_row_set_model (row, G_LIST_MODEL (list));
      model = G_LIST_MODEL (list);
    }
  if (!shows_titles (model, titles))
    {
      g_autofree const char **strings = g_new0 (const char *, titles->len + 1);

      for (guint i = 0; i < titles->len; i++)
        strings[i] = g_ptr_array_index (titles, i);
      gtk_string_list_splice (GTK_STRING_LIST (model), 0, g_list_model_get_n_items (model),
                              strings);
    }
  adw_combo_row_set_selected (row, selected);
}

/* How far around a claim its speaker and date are looked for: a long
 * article has thousands of speakers, a claim's own are nearby. */
#define CHOICE_RADIUS 3000
#define MAX_CHOICES   60

/* Fills a combo with "None" and the annotations of @label near the
 * selected one (nearest first), plus the one @linked points to. */
static void
fill_annotation_choices (KutipDetailPane *self,
                         AdwComboRow     *row,
                         GPtrArray       *ids,
                         const char      *label,
                         KutipAnnotation *linked)
{
  KutipText *text = kutip_document_get_text (self->document);
  guint length = kutip_text_get_length (text);
  guint start = kutip_annotation_get_start (self->annotation);
  guint end = kutip_annotation_get_end (self->annotation);
  g_autoptr(GPtrArray) near = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  gboolean linked_seen = FALSE;

  near = kutip_document_find_in_range (self->document,
                                       start > CHOICE_RADIUS ? start - CHOICE_RADIUS : 0,
                                       MIN (length, end + CHOICE_RADIUS));

  g_ptr_array_set_size (ids, 0);
  g_ptr_array_add (ids, g_strdup (""));
  g_ptr_array_add (titles, g_strdup (_("None")));

  for (guint i = 0; near != NULL && i < near->len && ids->len <= MAX_CHOICES; i++)
    {
      KutipAnnotation *item = g_ptr_array_index (near, i);

      if (g_strcmp0 (kutip_annotation_get_label (item), label) != 0 ||
          kutip_annotation_get_status (item) == KUTIP_STATUS_REJECTED)
        continue;
      linked_seen |= item == linked;
      g_ptr_array_add (ids, g_strdup (kutip_annotation_get_id (item)));
      g_ptr_array_add (titles, kutip_label_short_text (kutip_annotation_get_text (item), 40));
    }
  if (linked != NULL && !linked_seen)
    {
      g_ptr_array_add (ids, g_strdup (kutip_annotation_get_id (linked)));
      g_ptr_array_add (titles, kutip_label_short_text (kutip_annotation_get_text (linked), 40));
    }

  set_choices (row, ids, titles, linked ? kutip_annotation_get_id (linked) : NULL);
}

static void
fill_entity_choices (KutipDetailPane *self,
                     KutipEntity     *own)
{
  GListModel *entities = kutip_document_get_entities (self->document);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (entities);

  g_ptr_array_set_size (self->entity_ids, 0);
  g_ptr_array_add (self->entity_ids, g_strdup (""));
  g_ptr_array_add (titles, g_strdup (_("Choose a Person")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipEntity) entity = g_list_model_get_item (entities, i);

      if (entity == own)
        continue;
      g_ptr_array_add (self->entity_ids, g_strdup (kutip_entity_get_id (entity)));
      g_ptr_array_add (titles, kutip_label_short_text (kutip_entity_get_name (entity), 40));
    }
  set_choices (self->merge_row, self->entity_ids, titles, NULL);
}

/* A claim's speaker or date that is a suggested link says so and offers
 * to accept or reject it. */
static void
show_link_status (KutipDetailPane *self,
                  AdwComboRow     *row,
                  GtkWidget      **buttons,
                  const char      *type)
{
  KutipRelation *link = kutip_document_get_link (self->document, self->annotation, type);
  gboolean suggested = link != NULL && kutip_relation_get_status (link) == KUTIP_STATUS_PENDING;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               suggested ? _("Suggested link, not reviewed yet") : "");
  for (guint i = 0; i < 2; i++)
    {
      gtk_widget_set_visible (buttons[i], suggested);
      if (suggested)
        gtk_actionable_set_action_target (GTK_ACTIONABLE (buttons[i]), "s",
                                          kutip_relation_get_id (link));
    }
}

static void
refresh (KutipDetailPane *self)
{
  KutipAnnotation *a = self->annotation;
  KutipSchema *schema;
  const char *label;
  const char *origin;
  const char *author;
  g_autofree char *origin_text = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  KutipStatus status;

  if (a == NULL || self->document == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  ensure_details (self);
  self->updating = TRUE;
  gtk_stack_set_visible_child_name (self->stack, "details");
  schema = kutip_document_get_schema (self->document);
  label = kutip_annotation_get_label (a);
  status = kutip_annotation_get_status (a);

  for (guint i = 0; i < self->label_names->len; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->chip),
                                 kutip_label_css_class (g_ptr_array_index (self->label_names, i)));
  gtk_widget_remove_css_class (GTK_WIDGET (self->chip), "label-other");
  gtk_widget_add_css_class (GTK_WIDGET (self->chip), kutip_label_css_class (label));
  gtk_label_set_label (self->chip, kutip_label_display_name (schema, label));
  {
    g_autofree char *covered = kutip_label_short_text (kutip_annotation_get_text (a), 400);

    gtk_label_set_label (self->covered, covered);
  }

  /* Label choices come from the schema. */
  g_ptr_array_set_size (self->label_names, 0);
  titles = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < kutip_schema_get_n_labels (schema); i++)
    {
      const KutipLabel *l = kutip_schema_get_label (schema, i);

      g_ptr_array_add (self->label_names, g_strdup (l->name));
      if (l->key != 0)
        {
          char key[8] = { 0 };

          g_unichar_to_utf8 (l->key, key);
          g_ptr_array_add (titles, g_strdup_printf ("%s (Alt+%s)",
                                                    kutip_label_display_name (schema, l->name),
                                                    key));
        }
      else
        g_ptr_array_add (titles, g_strdup (kutip_label_display_name (schema, l->name)));
    }
  set_choices (self->label_row, self->label_names, titles, label);

  adw_action_row_set_subtitle (self->status_row, kutip_status_display_name (status));

  origin = kutip_annotation_get_origin (a);
  author = kutip_annotation_get_author (a);
  if (g_strcmp0 (origin, KUTIP_ORIGIN_MANUAL) == 0 || origin == NULL)
    origin_text = author && *author
      ? g_strdup_printf (_("Tagged by %s"), author)
      : g_strdup (_("Tagged by hand"));
  else
    origin_text = g_strdup_printf (_("Suggested by %s"), origin);
  if (kutip_annotation_get_confidence (a) > 0 && status == KUTIP_STATUS_PENDING)
    {
      char *with = g_strdup_printf (_("%s, confidence %.0f%%"), origin_text,
                                    100.0 * kutip_annotation_get_confidence (a));
      g_free (origin_text);
      origin_text = with;
    }
  adw_action_row_set_subtitle (self->origin_row, origin_text);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                 kutip_annotation_get_note (a) ? kutip_annotation_get_note (a) : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                           kutip_annotation_get_note (a) ? kutip_annotation_get_note (a) : "");

  gtk_widget_set_visible (GTK_WIDGET (self->date_group), g_strcmp0 (label, KUTIP_LABEL_DATE) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->claim_group), g_strcmp0 (label, KUTIP_LABEL_CLAIM) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->speaker_group),
                          g_strcmp0 (label, KUTIP_LABEL_SPEAKER) == 0);

  if (g_strcmp0 (label, KUTIP_LABEL_DATE) == 0)
    {
      const char *value = kutip_annotation_get_attribute (a, "value");

      gtk_editable_set_text (GTK_EDITABLE (self->value_row), value ? value : "");
      gtk_widget_remove_css_class (GTK_WIDGET (self->value_row), "error");
    }
  else if (g_strcmp0 (label, KUTIP_LABEL_CLAIM) == 0)
    {
      const char *kind = kutip_annotation_get_attribute (a, "kind");

      fill_annotation_choices (self, self->speaker_row, self->speaker_ids, KUTIP_LABEL_SPEAKER,
                               kutip_document_get_linked (self->document, a,
                                                          KUTIP_RELATION_SAID_BY));
      fill_annotation_choices (self, self->claim_date_row, self->date_ids, KUTIP_LABEL_DATE,
                               kutip_document_get_linked (self->document, a,
                                                          KUTIP_RELATION_DATED));
      show_link_status (self, self->speaker_row, self->speaker_link_buttons,
                        KUTIP_RELATION_SAID_BY);
      show_link_status (self, self->claim_date_row, self->date_link_buttons,
                        KUTIP_RELATION_DATED);
      adw_combo_row_set_selected (self->kind_row,
                                  g_strcmp0 (kind, "direct") == 0 ? 1 :
                                  g_strcmp0 (kind, "indirect") == 0 ? 2 : 0);
    }
  else if (g_strcmp0 (label, KUTIP_LABEL_SPEAKER) == 0)
    {
      KutipEntity *entity = kutip_document_get_entity_for (self->document, a);

      gtk_editable_set_text (GTK_EDITABLE (self->entity_row),
                             entity ? kutip_entity_get_name (entity) : "");
      fill_entity_choices (self, entity);
    }

  self->updating = FALSE;
}

static void
activate (KutipDetailPane *self,
          const char      *action,
          const char      *value)
{
  gtk_widget_activate_action (GTK_WIDGET (self), action, "s", value ? value : "");
}

static gboolean
run_choice_cb (gpointer data)
{
  KutipDetailPane *self = data;
  g_autofree char *action = g_steal_pointer (&self->choice_action);
  g_autofree char *value = g_steal_pointer (&self->choice_value);

  self->choice_source = 0;
  activate (self, action, value);
  return G_SOURCE_REMOVE;
}

/* A choice in a combo row runs its action once the row's selection has
 * finished changing: the edit refreshes the rows, and a combo's model
 * must not change under its own selection-changed. Before any other
 * event, so it applies to the annotation it was made for. */
static void
activate_choice (KutipDetailPane *self,
                 const char      *action,
                 const char      *value)
{
  g_free (self->choice_action);
  g_free (self->choice_value);
  self->choice_action = g_strdup (action);
  self->choice_value = g_strdup (value);
  if (self->choice_source == 0)
    self->choice_source = g_idle_add_full (G_PRIORITY_HIGH, run_choice_cb, self, NULL);
}

static void
drop_choice (KutipDetailPane *self)
{
  g_clear_handle_id (&self->choice_source, g_source_remove);
  g_clear_pointer (&self->choice_action, g_free);
  g_clear_pointer (&self->choice_value, g_free);
}

static void
label_selected_cb (KutipDetailPane *self)
{
  guint i = adw_combo_row_get_selected (self->label_row);

  if (self->updating || i >= self->label_names->len)
    return;
  if (g_strcmp0 (g_ptr_array_index (self->label_names, i),
                 kutip_annotation_get_label (self->annotation)) != 0)
    activate_choice (self, "win.relabel", g_ptr_array_index (self->label_names, i));
}

static void
note_apply_cb (KutipDetailPane *self)
{
  activate (self, "win.set-note", gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
}

static void
value_apply_cb (KutipDetailPane *self)
{
  const char *value = gtk_editable_get_text (GTK_EDITABLE (self->value_row));

  if (value[0] != '\0' && !kutip_date_value_is_valid (value))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->value_row), "error");
      gtk_widget_error_bell (GTK_WIDGET (self->value_row));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->value_row), "error");
  activate (self, "win.set-date-value", value);
}

static void
value_changed_cb (KutipDetailPane *self)
{
  const char *value = gtk_editable_get_text (GTK_EDITABLE (self->value_row));

  if (value[0] == '\0' || kutip_date_value_is_valid (value))
    gtk_widget_remove_css_class (GTK_WIDGET (self->value_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->value_row), "error");
}

static void
speaker_selected_cb (KutipDetailPane *self)
{
  guint i = adw_combo_row_get_selected (self->speaker_row);

  if (!self->updating && i < self->speaker_ids->len)
    activate_choice (self, "win.link-speaker", g_ptr_array_index (self->speaker_ids, i));
}

static void
date_selected_cb (KutipDetailPane *self)
{
  guint i = adw_combo_row_get_selected (self->claim_date_row);

  if (!self->updating && i < self->date_ids->len)
    activate_choice (self, "win.link-date", g_ptr_array_index (self->date_ids, i));
}

static void
kind_selected_cb (KutipDetailPane *self)
{
  static const char *kinds[] = { "", "direct", "indirect" };
  guint i = adw_combo_row_get_selected (self->kind_row);

  if (!self->updating && i < G_N_ELEMENTS (kinds))
    activate_choice (self, "win.set-kind", kinds[i]);
}

static void
entity_apply_cb (KutipDetailPane *self)
{
  activate (self, "win.set-person", gtk_editable_get_text (GTK_EDITABLE (self->entity_row)));
}

static void
merge_clicked_cb (KutipDetailPane *self)
{
  guint i = adw_combo_row_get_selected (self->merge_row);

  if (i > 0 && i < self->entity_ids->len)
    activate (self, "win.merge-person", g_ptr_array_index (self->entity_ids, i));
}

static GtkWidget *
suffix_button (const char *label,
               const char *action,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

/* ✓ and ✗ for a suggested link, shown by show_link_status(). */
static void
add_link_buttons (AdwComboRow *row,
                  GtkWidget  **buttons)
{
  static const struct
  {
    const char *icon;
    const char *action;
    const char *tooltip;
  } kinds[] = {
    { "object-select-symbolic", "win.accept-link", N_("Accept the suggested link") },
    { "edit-delete-symbolic", "win.reject-link", N_("Reject the suggested link (the spans stay)") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (kinds[i].icon);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _(kinds[i].tooltip));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(kinds[i].tooltip), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), kinds[i].action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "");
      gtk_widget_set_visible (button, FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      buttons[i] = button;
    }
}

static AdwComboRow *
combo_row (const char *title)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

/* What shows while nothing is selected, as the window opens. */
static void
build_empty (KutipDetailPane *self)
{
  GtkWidget *empty;

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  {
    GtkWidget *title = gtk_label_new (_("No Annotation Selected"));
    GtkWidget *hint = gtk_label_new (_("Select text and press 1, 2 or 3 to tag it, "
                                       "or click a highlight"));

    empty = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    gtk_widget_set_valign (empty, GTK_ALIGN_CENTER);
    gtk_widget_set_margin_start (empty, 24);
    gtk_widget_set_margin_end (empty, 24);
    gtk_widget_add_css_class (title, "title-4");
    gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
    gtk_label_set_justify (GTK_LABEL (hint), GTK_JUSTIFY_CENTER);
    gtk_widget_add_css_class (hint, "dim-label");
    gtk_box_append (GTK_BOX (empty), title);
    gtk_box_append (GTK_BOX (empty), hint);
  }
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The rows for a selected annotation: built the first time one is
 * selected, so a window's first frame neither builds nor measures them. */
static void
ensure_details (KutipDetailPane *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *details;
  GtkWidget *header;
  GtkWidget *button;
  GtkWidget *row;

  if (self->chip != NULL)
    return;

  details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (details, 12);
  gtk_widget_set_margin_end (details, 12);
  gtk_widget_set_margin_top (details, 12);
  gtk_widget_set_margin_bottom (details, 12);
  gtk_stack_add_named (self->stack, details, "details");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->chip = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->chip), "label-chip");
  gtk_widget_set_valign (GTK_WIDGET (self->chip), GTK_ALIGN_START);
  self->covered = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->covered, TRUE);
  gtk_label_set_xalign (self->covered, 0);
  gtk_label_set_selectable (self->covered, TRUE);
  gtk_label_set_lines (self->covered, 6);
  gtk_label_set_ellipsize (self->covered, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->covered), "covered-text");
  gtk_widget_set_hexpand (GTK_WIDGET (self->covered), TRUE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->chip));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->covered));
  gtk_box_append (GTK_BOX (details), header);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->label_row = combo_row (_("Label"));
  g_signal_connect_object (self->label_row, "notify::selected",
                           G_CALLBACK (label_selected_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, GTK_WIDGET (self->label_row));

  self->status_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Status"));
  adw_action_row_add_suffix (self->status_row,
                             suffix_button (_("_Accept"), "win.accept",
                                            _("Accept this annotation (A)")));
  button = suffix_button (_("_Reject"), "win.reject", _("Reject this annotation (R)"));
  gtk_widget_add_css_class (button, "destructive-action");
  adw_action_row_add_suffix (self->status_row, button);
  adw_preferences_group_add (group, GTK_WIDGET (self->status_row));

  self->origin_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->origin_row), _("Origin"));
  /* Names from settings and files, shown as they are. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->origin_row), FALSE);
  adw_preferences_group_add (group, GTK_WIDGET (self->origin_row));

  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note"));
  adw_entry_row_set_show_apply_button (self->note_row, TRUE);
  g_signal_connect_object (self->note_row, "apply",
                           G_CALLBACK (note_apply_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, GTK_WIDGET (self->note_row));
  gtk_box_append (GTK_BOX (details), GTK_WIDGET (group));

  /* Date */
  self->date_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->date_group, C_("label", "Date"));
  adw_preferences_group_set_description (self->date_group,
                                         _("ISO 8601 or TIMEX3, e.g. 2021-05-18, 2021-W20, "
                                           "XXXX-05-18 or PAST_REF"));
  self->value_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row), _("Normalised Value"));
  adw_entry_row_set_show_apply_button (self->value_row, TRUE);
  g_signal_connect_object (self->value_row, "apply",
                           G_CALLBACK (value_apply_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->value_row, "changed",
                           G_CALLBACK (value_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->date_group, GTK_WIDGET (self->value_row));
  gtk_box_append (GTK_BOX (details), GTK_WIDGET (self->date_group));

  /* Claim */
  self->claim_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->claim_group, C_("label", "Claim"));
  button = suffix_button (_("_Nearest"), "win.link-nearest-speaker",
                          _("Link to the nearest speaker (S)"));
  gtk_widget_add_css_class (button, "flat");
  adw_preferences_group_set_header_suffix (self->claim_group, button);
  self->speaker_row = combo_row (_("Said By"));
  g_signal_connect_object (self->speaker_row, "notify::selected",
                           G_CALLBACK (speaker_selected_cb), self, G_CONNECT_SWAPPED);
  add_link_buttons (self->speaker_row, self->speaker_link_buttons);
  adw_preferences_group_add (self->claim_group, GTK_WIDGET (self->speaker_row));
  self->claim_date_row = combo_row (_("When"));
  add_link_buttons (self->claim_date_row, self->date_link_buttons);
  g_signal_connect_object (self->claim_date_row, "notify::selected",
                           G_CALLBACK (date_selected_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->claim_group, GTK_WIDGET (self->claim_date_row));
  self->kind_row = combo_row (_("Kind"));
  kinds = gtk_string_list_new (NULL);
  gtk_string_list_append (kinds, _("Not Set"));
  gtk_string_list_append (kinds, _("Direct Quote"));
  gtk_string_list_append (kinds, _("Indirect (Reported)"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_signal_connect_object (self->kind_row, "notify::selected",
                           G_CALLBACK (kind_selected_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->claim_group, GTK_WIDGET (self->kind_row));
  gtk_box_append (GTK_BOX (details), GTK_WIDGET (self->claim_group));

  /* Speaker */
  self->speaker_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->speaker_group, C_("label", "Speaker"));
  self->entity_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entity_row), _("Person"));
  adw_entry_row_set_show_apply_button (self->entity_row, TRUE);
  g_signal_connect_object (self->entity_row, "apply",
                           G_CALLBACK (entity_apply_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->speaker_group, GTK_WIDGET (self->entity_row));
  self->merge_row = combo_row (_("Same Person As"));
  button = gtk_button_new_with_mnemonic (_("_Merge"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Make both mentions one person"));
  g_signal_connect_object (button, "clicked",
                           G_CALLBACK (merge_clicked_cb), self, G_CONNECT_SWAPPED);
  row = GTK_WIDGET (self->merge_row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (self->speaker_group, row);
  gtk_box_append (GTK_BOX (details), GTK_WIDGET (self->speaker_group));
}

static void
kutip_detail_pane_dispose (GObject *object)
{
  KutipDetailPane *self = KUTIP_DETAIL_PANE (object);

  drop_choice (self);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->annotation);
  g_clear_pointer (&self->speaker_ids, g_ptr_array_unref);
  g_clear_pointer (&self->date_ids, g_ptr_array_unref);
  g_clear_pointer (&self->entity_ids, g_ptr_array_unref);
  g_clear_pointer (&self->label_names, g_ptr_array_unref);

  G_OBJECT_CLASS (kutip_detail_pane_parent_class)->dispose (object);
}

static void
kutip_detail_pane_class_init (KutipDetailPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kutip_detail_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailpane");
}

static void
kutip_detail_pane_init (KutipDetailPane *self)
{
  self->speaker_ids = g_ptr_array_new_with_free_func (g_free);
  self->date_ids = g_ptr_array_new_with_free_func (g_free);
  self->entity_ids = g_ptr_array_new_with_free_func (g_free);
  self->label_names = g_ptr_array_new_with_free_func (g_free);
  build_empty (self);

  self->document_signals = g_signal_group_new (KUTIP_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
}

GtkWidget *
kutip_detail_pane_new (void)
{
  return g_object_new (KUTIP_TYPE_DETAIL_PANE, NULL);
}

void
kutip_detail_pane_set_document (KutipDetailPane *self,
                                KutipDocument   *document)
{
  g_return_if_fail (KUTIP_IS_DETAIL_PANE (self));

  if (!g_set_object (&self->document, document))
    return;
  drop_choice (self);
  g_clear_object (&self->annotation);
  g_signal_group_set_target (self->document_signals, document);
  refresh (self);
}

void
kutip_detail_pane_set_annotation (KutipDetailPane *self,
                                  KutipAnnotation *annotation)
{
  g_return_if_fail (KUTIP_IS_DETAIL_PANE (self));

  if (!g_set_object (&self->annotation, annotation))
    return;
  /* A choice not run yet was made for the annotation shown before. */
  drop_choice (self);
  refresh (self);
}
