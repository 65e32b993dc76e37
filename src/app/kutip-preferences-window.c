/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-preferences-window.c: the settings a user changes, bound to
 * GSettings so every window follows at once. */

#define G_LOG_DOMAIN "kutip-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-preferences-window.h"

struct _KutipPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (KutipPreferencesWindow, kutip_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static GtkWidget *
spin_row (GSettings  *settings,
          const char *key,
          const char *title,
          const char *subtitle,
          double      lower,
          double      upper)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_settings_bind (settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
  return row;
}

/* The "suggest-claims" setting as the combo row's position and back. */
static const char * const claim_scopes[] = { "all", "direct" };

static gboolean
claims_to_row (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  const char *scope = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (claim_scopes); i++)
    if (g_str_equal (scope, claim_scopes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
row_to_claims (const GValue       *value,
               const GVariantType *type,
               gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (claim_scopes) ? g_variant_new_string (claim_scopes[i]) : NULL;
}

/* Which claims Suggest finds: every claim, or quotes only. */
static GtkWidget *
claims_row (GSettings *settings)
{
  const char * const labels[] = {
    _("Quotes and Reported Speech"), _("Direct Quotes Only"), NULL
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Claims"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Which claims Suggest finds; quotes only suits guidelines "
                                 "that tag direct quotes alone"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_settings_bind_with_mapping (settings, "suggest-claims", row, "selected",
                                G_SETTINGS_BIND_DEFAULT, claims_to_row, row_to_claims,
                                NULL, NULL);
  return row;
}

static void
kutip_preferences_window_dispose (GObject *object)
{
  KutipPreferencesWindow *self = KUTIP_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kutip_preferences_window_parent_class)->dispose (object);
}

static void
kutip_preferences_window_class_init (KutipPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kutip_preferences_window_dispose;
}

static void
kutip_preferences_window_init (KutipPreferencesWindow *self)
{
  AdwPreferencesPage *page;
  AdwPreferencesGroup *group;
  GtkWidget *name_row;
  GtkWidget *command_row;

  self->settings = g_settings_new (APP_ID);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (page, _("General"));
  adw_preferences_page_set_icon_name (page, "preferences-system-symbolic");

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Annotator"));
  adw_preferences_group_set_description (group,
                                         _("Recorded as the author of the annotations you make"));
  name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Your Name"));
  g_settings_bind (self->settings, "annotator-name", name_row, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, name_row);
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Article"));
  adw_preferences_group_add (group, spin_row (self->settings, "font-size", _("Font Size"),
                                              _("Size of the article text in points"), 8, 40));
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Safety"));
  adw_preferences_group_add (group, spin_row (self->settings, "autosave-interval",
                                              _("Autosave Delay"),
                                              _("Seconds after an edit before unsaved work "
                                                "is kept in a recovery file"), 1, 600));
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Suggestions"));
  adw_preferences_group_add (group, claims_row (self->settings));
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("External Command"));
  adw_preferences_group_set_description (group,
                                         _("A command run without a shell: it reads the "
                                           "document as Kutip JSON and writes one line of "
                                           "suggested spans as JSON"));
  command_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (command_row), _("External Suggester"));
  g_settings_bind (self->settings, "external-suggester", command_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, command_row);
  adw_preferences_group_add (group, spin_row (self->settings, "external-suggester-timeout",
                                              _("Time Limit"),
                                              _("Seconds before the command is stopped"),
                                              1, 3600));
  adw_preferences_page_add (page, group);

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
}

GtkWidget *
kutip_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (KUTIP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
