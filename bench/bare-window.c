/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bare-window.c: the floor for bench-app.sh: the first frame of an empty
 * AdwApplicationWindow holding a GtkTextView, timed from main() the way
 * Kutip times its own first frame. Whatever Kutip takes beyond this is
 * Kutip's; the rest is starting GTK on this machine. */

#include <adwaita.h>

static gint64 start_time;

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_print ("bare-first-frame-ms %.1f\n", (g_get_monotonic_time () - start_time) / 1000.0);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
tick_cb (GtkWidget     *window,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Kutip", -1);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_widget_add_tick_callback (window, tick_cb, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;

  start_time = g_get_monotonic_time ();
  app = adw_application_new ("org.kutip.BareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
