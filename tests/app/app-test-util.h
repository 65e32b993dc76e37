/* SPDX-License-Identifier: GPL-3.0-or-later */
/* app-test-util.h: helpers the UI tests share: running the main loop for a
 * while, private XDG folders, and rendering a widget to a texture or PNG. */
#pragma once

#include <gtk/gtk.h>

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

/* Renders @widget as it is on screen (transfer full). */
static inline GdkTexture *
render_to_texture (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

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
