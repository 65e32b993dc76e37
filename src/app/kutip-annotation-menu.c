/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-menu.c: the context menu of one annotation, made of the
 * window's actions (they act on the selected annotation), so a menu row,
 * its key and a button do the same thing. */

#define G_LOG_DOMAIN "kutip-annotation-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-annotation-menu.h"
#include "kutip-label-names.h"

/* How far around a claim its speakers and dates are looked for. */
#define CHOICE_RADIUS 3000

static GMenuItem *
action_item (const char *label,
             const char *action,
             GVariant   *target,
             const char *accel)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  return item;
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target,
             const char *accel)
{
  g_autoptr(GMenuItem) item = action_item (label, action, target, accel);

  g_menu_append_item (menu, item);
}

/* An annotation's text as a menu row: one line, at most 40 characters,
 * underscores kept (a menu row reads one as a mnemonic). */
static char *
choice_label (KutipAnnotation *annotation)
{
  const char *text = kutip_annotation_get_text (annotation);
  g_autofree char *line = g_strdup (text != NULL ? text : "");
  g_autofree char *shown = NULL;
  g_auto(GStrv) parts = NULL;

  g_strdelimit (line, "\n\r\t", ' ');
  if (g_utf8_strlen (line, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (line, 0, 40);

      shown = g_strconcat (head, "…", NULL);
    }
  else
    shown = g_steal_pointer (&line);
  parts = g_strsplit (shown, "_", -1);
  return g_strjoinv ("__", parts);
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

static KutipAnnotation *sort_origin;

static int
compare_distance (gconstpointer a,
                  gconstpointer b)
{
  guint da = distance_between (sort_origin, *(KutipAnnotation **) a);
  guint db = distance_between (sort_origin, *(KutipAnnotation **) b);

  return da < db ? -1 : da > db ? 1 : 0;
}

/* The submenu linking @claim by @type: the nearest annotations of @label
 * (not rejected, not the one linked already), then "none" when linked. */
static GMenuModel *
link_submenu (KutipDocument   *document,
              KutipAnnotation *claim,
              const char      *type,
              const char      *label,
              const char      *action,
              const char      *none_label)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) choices = g_menu_new ();
  g_autoptr(GPtrArray) near = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  KutipAnnotation *linked = kutip_document_get_linked (document, claim, type);
  guint length = kutip_text_get_length (kutip_document_get_text (document));
  guint start = kutip_annotation_get_start (claim);
  guint end = kutip_annotation_get_end (claim);

  near = kutip_document_find_in_range (document, start > CHOICE_RADIUS ? start - CHOICE_RADIUS : 0,
                                       MIN (length, end + CHOICE_RADIUS));
  for (guint i = 0; near != NULL && i < near->len; i++)
    {
      KutipAnnotation *item = g_ptr_array_index (near, i);

      if (item != linked && item != claim &&
          g_strcmp0 (kutip_annotation_get_label (item), label) == 0 &&
          kutip_annotation_get_status (item) != KUTIP_STATUS_REJECTED)
        g_ptr_array_add (candidates, item);
    }
  sort_origin = claim;
  g_ptr_array_sort (candidates, compare_distance);
  sort_origin = NULL;

  for (guint i = 0; i < candidates->len && i < KUTIP_ANNOTATION_MENU_MAX_CHOICES; i++)
    {
      KutipAnnotation *item = g_ptr_array_index (candidates, i);
      g_autofree char *text = choice_label (item);

      append_item (choices, text, action, g_variant_new_string (kutip_annotation_get_id (item)),
                   NULL);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (choices));
  if (linked != NULL)
    {
      g_autoptr(GMenu) none = g_menu_new ();

      append_item (none, none_label, action, g_variant_new_string (""), NULL);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (none));
    }
  return G_MENU_MODEL (menu);
}

/**
 * kutip_annotation_menu_new:
 *
 * The context menu of @annotation in @document: its rows run win.accept,
 * win.reject, win.relabel, win.link-nearest-speaker, win.link-speaker,
 * win.link-date and win.delete-annotation, which act on the window's
 * selected annotation, so the menu is shown once @annotation is selected.
 *
 * Returns: (transfer full): the menu
 */
GMenuModel *
kutip_annotation_menu_new (KutipDocument   *document,
                           KutipAnnotation *annotation)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) review = g_menu_new ();
  g_autoptr(GMenu) labels = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  KutipSchema *schema;
  const char *current;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), NULL);

  schema = kutip_document_get_schema (document);
  current = kutip_annotation_get_label (annotation);

  /* Translators: the mnemonics of this menu's rows differ from each other. */
  append_item (review, C_("annotation menu", "_Accept"), "win.accept", NULL, "a");
  append_item (review, C_("annotation menu", "_Reject"), "win.reject", NULL, "r");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (review));

  for (guint i = 0; i < kutip_schema_get_n_labels (schema); i++)
    {
      const KutipLabel *label = kutip_schema_get_label (schema, i);
      g_autofree char *accel = NULL;

      if (g_strcmp0 (label->name, current) == 0)
        continue;
      if (label->key != 0)
        {
          char key[8] = { 0 };

          g_unichar_to_utf8 (label->key, key);
          accel = g_strconcat ("<Alt>", key, NULL);
        }
      append_item (labels, kutip_label_display_name (schema, label->name), "win.relabel",
                   g_variant_new_string (label->name), accel);
    }
  g_menu_append_submenu (edit, _("Change _Label"), G_MENU_MODEL (labels));

  if (g_strcmp0 (current, KUTIP_LABEL_CLAIM) == 0)
    {
      g_autoptr(GMenuModel) speakers = link_submenu (document, annotation, KUTIP_RELATION_SAID_BY,
                                                     KUTIP_LABEL_SPEAKER, "win.link-speaker",
                                                     _("No Speaker"));
      g_autoptr(GMenuModel) dates = link_submenu (document, annotation, KUTIP_RELATION_DATED,
                                                  KUTIP_LABEL_DATE, "win.link-date",
                                                  _("No Date"));

      append_item (edit, _("Link to _Nearest Speaker"), "win.link-nearest-speaker", NULL, "s");
      g_menu_append_submenu (edit, _("Said _By"), speakers);
      g_menu_append_submenu (edit, _("_When"), dates);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  append_item (remove, _("_Delete"), "win.delete-annotation", NULL, "Delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

/**
 * kutip_annotation_menu_popup_at:
 * @popover: (inout): the popover for these menus, made on first use as a
 *   child of @parent (which unparents it when disposed)
 *
 * Shows @annotation's menu pointing at (@x, @y) of @widget.
 */
void
kutip_annotation_menu_popup_at (GtkWidget       **popover,
                                GtkWidget        *parent,
                                GtkWidget        *widget,
                                double            x,
                                double            y,
                                KutipDocument    *document,
                                KutipAnnotation  *annotation)
{
  g_autoptr(GMenuModel) model = NULL;
  graphene_point_t point;

  g_return_if_fail (popover != NULL);
  g_return_if_fail (GTK_IS_WIDGET (parent));

  if (!gtk_widget_compute_point (widget, parent, &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  if (*popover == NULL)
    {
      *popover = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (*popover, parent);
      gtk_popover_set_has_arrow (GTK_POPOVER (*popover), FALSE);
      gtk_widget_set_halign (*popover, GTK_ALIGN_START);
    }
  model = kutip_annotation_menu_new (document, annotation);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (*popover), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (*popover),
                               &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (*popover));
}
