/* SPDX-License-Identifier: GPL-3.0-or-later */
/* app-test-util.h: helpers the UI tests share: starting a test program,
 * running the main loop for a while or until something happens, scratch
 * files, opening and driving a window, finding widgets and dialogs, and
 * rendering a widget to a texture or PNG. */
#pragma once

#include <adwaita.h>

#include "kutip-application.h"
#include "kutip-window.h"

/* The test program's scratch folder, made by ui_test_init() when asked. */
G_GNUC_UNUSED static char *tmp_dir;

/* Runs the main loop for @ms. A running spinner keeps frames pending all the
 * time, so the clock is checked between events too. */
static inline void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_pending (NULL) && g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* Runs the main loop until @done (@data) holds or @max_ms pass; returns
 * whether it holds. */
static inline gboolean
spin_until (gboolean (*done) (gpointer),
            gpointer  data,
            guint     max_ms)
{
  gint64 until = g_get_monotonic_time () + max_ms * 1000;

  while (!done (data) && g_get_monotonic_time () < until)
    spin (5);
  return done (data);
}

/* Private folders for recent files, settings and recovery copies, so a test
 * never touches the user's. Call before GLib or GTK read them
 * (GtkRecentManager keeps its path for good). Returns (transfer full) the
 * folder holding them. */
static inline char *
isolate_home (void)
{
  static const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" };
  char *home = g_dir_make_tmp ("kutip-test-home-XXXXXX", NULL);

  g_assert_nonnull (home);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (home, vars[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (vars[i], dir, TRUE);
    }
  return home;
}

static inline gboolean
is_allocated (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* Renders @widget as it is on screen (transfer full), once it is (a
 * window just presented on a loaded machine may take a while). */
static inline GdkTexture *
render_to_texture (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  gboolean allocated = spin_until (is_allocated, widget, 5000);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_true (allocated);
  g_assert_cmpint (width, >, 0);
  /* After a style change the window must lay out again before it draws. */
  for (guint tries = 0; node == NULL && tries < 50; tries++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        spin (100);
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Renders @widget as it is on screen into a PNG file at @path. */
static inline void
render_to_png (GtkWidget  *widget,
               const char *path)
{
  g_autoptr(GdkTexture) texture = render_to_texture (widget);

  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The rest of a UI test's main () after isolate_home (): GTest, GTK and
 * libadwaita, and with @tmp_template a scratch folder in tmp_dir. FALSE
 * (the test skipped) without a display. */
static inline gboolean
ui_test_init (int        *argc,
              char     ***argv,
              const char *tmp_template)
{
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return FALSE;
    }
  adw_init ();
  if (tmp_template != NULL)
    {
      tmp_dir = g_dir_make_tmp (tmp_template, NULL);
      g_assert_nonnull (tmp_dir);
    }
  return TRUE;
}

/* Runs the tests added; then frees tmp_dir (its files stay for a look). */
static inline int
ui_test_run (void)
{
  int ret = g_test_run ();

  g_clear_pointer (&tmp_dir, g_free);
  return ret;
}

/* @name in the build folder, where screenshots go (transfer full). */
static inline char *
build_path (const char *name)
{
  const char *dir = g_getenv ("G_TEST_BUILDDIR");

  return g_build_filename (dir != NULL ? dir : ".", name, NULL);
}

/* Writes @text to @name in @folder (NULL: none) of tmp_dir; returns the
 * path (transfer full). */
static inline char *
write_article (const char *folder,
               const char *name,
               const char *text)
{
  g_autofree char *dir = g_build_filename (tmp_dir, folder, NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* A copy of the sample article in tmp_dir, so saving writes there
 * (transfer full). */
static inline char *
copy_sample (const char *name)
{
  g_autofree char *sample = kutip_application_find_sample ();
  g_autofree char *contents = NULL;
  gsize n = 0;
  char *path;

  g_assert_nonnull (sample);
  g_assert_true (g_file_get_contents (sample, &contents, &n, NULL));
  path = g_build_filename (tmp_dir, name, NULL);
  g_assert_true (g_file_set_contents (path, contents, (gssize) n, NULL));
  return path;
}

/* A new window, shown at @width x @height, with nothing open. */
static inline KutipWindow *
present_window (int width,
                int height)
{
  KutipWindow *window = kutip_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A new window showing the article at @path (NULL: the sample). */
static inline KutipWindow *
open_window (const char *path)
{
  KutipWindow *window = present_window (1280, 820);

  if (path == NULL)
    {
      g_action_group_activate_action (G_ACTION_GROUP (window), "open-sample", NULL);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (kutip_window_open_file (window, file));
    }
  g_assert_nonnull (kutip_window_get_document (window));
  spin (50);
  return window;
}

static inline void
close_window (KutipWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
}

/* Activates the window action @name, which must be enabled. */
static inline void
activate (KutipWindow *window,
          const char  *name,
          GVariant    *param)
{
  if (!g_action_group_get_action_enabled (G_ACTION_GROUP (window), name))
    g_error ("action %s is disabled", name);
  g_action_group_activate_action (G_ACTION_GROUP (window), name, param);
}

/* Sends a key press through the window's capture-phase key controller, as
 * GTK would; returns whether it was handled. */
static inline gboolean
press_key (KutipWindow     *window,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      return handled;
    }
  g_assert_not_reached ();
  return FALSE;
}

/* Presses @keyval with @state on @widget as its shortcut controllers see
 * it (a widget class's key bindings among them): runs the action of the
 * first shortcut it triggers. Returns whether one did. */
static inline gboolean
press_shortcut (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == state)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* The code point offset of the first @needle in @document, which must hold it. */
static inline guint
find_text (KutipDocument *document,
           const char    *needle)
{
  guint start = 0;

  g_assert_true (kutip_text_find (kutip_document_get_text (document), needle, 0, &start));
  return start;
}

/* The first widget in @root's tree (@root first, depth first) @match
 * accepts, or NULL. */
static inline GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget of @type in @root's tree, not looking into popovers (the
 * lists inside drop-downs), or NULL. */
static inline GtkWidget *
find_widget_of_type (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  if (GTK_IS_POPOVER (root))
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* For find_widget: the header bar's primary menu button. */
static inline gboolean
is_primary_menu_button (GtkWidget    *widget,
                        gconstpointer data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* For find_widget: a menu row showing @text. Rows are GtkModelButtons
 * (private in GTK): found by type name and their "text". */
static inline gboolean
is_menu_row (GtkWidget    *widget,
             gconstpointer text)
{
  g_autofree char *row_text = NULL;

  if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") != 0)
    return FALSE;
  g_object_get (widget, "text", &row_text, NULL);
  return g_strcmp0 (row_text, text) == 0;
}

/* The primary menu's popover, open, as after a click on the menu button. */
static inline GtkWidget *
open_primary_menu (KutipWindow *window)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), is_primary_menu_button, NULL);
  GtkPopover *popover;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  spin (50);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  return GTK_WIDGET (popover);
}

/* The visible message dialog over @parent (NULL: over any window), or NULL. */
static inline AdwMessageDialog *
find_message_dialog (KutipWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          (parent == NULL || gtk_window_get_transient_for (toplevel) == GTK_WINDOW (parent)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

/* Destroys every Kutip window, as at the end of a test. */
static inline void
destroy_kutip_windows (void)
{
  GList *windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (KUTIP_IS_WINDOW (l->data))
      gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);
  spin (20);
}
