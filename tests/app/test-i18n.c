/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-i18n.c: the window in Indonesian, with the catalogue built from
 * po/id.po: real widgets show Indonesian, no widget shows an English
 * string that has a translation, and screenshots for a person to look at. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "app-test-util.h"
#include "kutip-annotation-panel.h"
#include "kutip-application.h"
#include "kutip-article-view.h"
#include "kutip-label-names.h"
#include "kutip-window.h"

/* A label or a menu row (a GtkModelButton, private in GTK) showing @text. */
static gboolean
shows_text (GtkWidget    *widget,
            gconstpointer text)
{
  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
  return is_menu_row (widget, text);
}

static void
assert_shows (GtkWidget  *root,
              const char *text)
{
  if (find_widget (root, shows_text, text) == NULL)
    g_error ("no widget shows “%s”", text);
}

/* Every string on @root that Kutip's catalogue translates must be shown
 * translated: an English text here is one that skipped gettext. */
static void
assert_no_english (GtkWidget *root)
{
  const char *texts[3] = { NULL, NULL, NULL };
  g_autofree char *row_text = NULL;

  if (GTK_IS_LABEL (root))
    texts[0] = gtk_label_get_label (GTK_LABEL (root));
  else if (g_strcmp0 (G_OBJECT_TYPE_NAME (root), "GtkModelButton") == 0)
    g_object_get (root, "text", &row_text, NULL), texts[0] = row_text;
  texts[1] = gtk_widget_get_tooltip_text (root);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && texts[i][0] != '\0' &&
        g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, texts[i]), texts[i]) != 0)
      g_error ("%s shows “%s” untranslated", G_OBJECT_TYPE_NAME (root), texts[i]);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_no_english (child);
}

static void
count_paint (GdkFrameClock *clock,
             guint         *n_paints)
{
  (*n_paints)++;
}

/* Until the annotation list has the document's annotations and a frame
 * has laid it out, so the screenshot shows it. */
static void
wait_for_list (KutipWindow *window)
{
  KutipAnnotationPanel *panel =
    KUTIP_ANNOTATION_PANEL (find_widget_of_type (GTK_WIDGET (window),
                                                 KUTIP_TYPE_ANNOTATION_PANEL));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  /* A first frame under the sanitizers can take seconds. */
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint n_paints = 0;
  gulong handler;

  while (kutip_annotation_panel_get_pending (panel) && g_get_monotonic_time () < until)
    spin (20);
  g_assert_false (kutip_annotation_panel_get_pending (panel));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint), &n_paints);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (n_paints < 1 && g_get_monotonic_time () < until)
    spin (20);
  g_signal_handler_disconnect (clock, handler);
}

static void
tag_text (KutipWindow *window,
          const char  *needle,
          const char  *label)
{
  guint start = find_text (kutip_window_get_document (window), needle);

  /* A claim: the caret in the quotation tags all of it. */
  kutip_article_view_select_range (kutip_window_get_article_view (window), start,
                                   g_strcmp0 (label, KUTIP_LABEL_CLAIM) == 0
                                   ? start : start + g_utf8_strlen (needle, -1));
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag",
                                  g_variant_new_string (label));
}

static void
test_window_in_indonesian (void)
{
  g_autofree char *png = build_path ("kutip-window-id.png");
  g_autofree char *claims_png = build_path ("kutip-window-id-claims.png");
  g_autofree char *menu_png = build_path ("kutip-menu-id.png");
  KutipWindow *window;
  GtkPopover *popover;
  AdwViewStack *stack = NULL;

  /* The catalogue itself is found and Indonesian. */
  g_assert_cmpstr (_("Annotations"), ==, "Anotasi");

  window = open_window (NULL);
  /* Some work, so the list, the details and the table have rows. */
  tag_text (window, "Karine Jean-Pierre", KUTIP_LABEL_SPEAKER);
  tag_text (window, "Rabu (18/5)", KUTIP_LABEL_DATE);
  tag_text (window, "diskusi rinci", KUTIP_LABEL_CLAIM);
  g_action_group_activate_action (G_ACTION_GROUP (window), "link-nearest-speaker", NULL);
  wait_for_list (window);
  spin (200);

  /* The header bar, the palette, the side pane's switcher, the status. */
  assert_shows (GTK_WIDGET (window), "_Buka");
  assert_shows (GTK_WIDGET (window), "_Simpan");
  assert_shows (GTK_WIDGET (window), "Tandai pilihan:");
  assert_shows (GTK_WIDGET (window), "Saran Berikutnya");
  assert_shows (GTK_WIDGET (window), "Anotasi");
  assert_shows (GTK_WIDGET (window), "Siapa Mengatakan Apa");
  assert_shows (GTK_WIDGET (window), "• Artikel Contoh");
  assert_no_english (GTK_WIDGET (window));

  render_to_png (GTK_WIDGET (window), png);
  g_test_message ("screenshot: %s", png);

  /* The Who Said What page. */
  {
    GtkWidget *found = find_widget (GTK_WIDGET (window), shows_text, "Siapa Mengatakan Apa");

    while (found != NULL && !ADW_IS_VIEW_SWITCHER (found))
      found = gtk_widget_get_parent (found);
    g_assert_nonnull (found);
    stack = adw_view_switcher_get_stack (ADW_VIEW_SWITCHER (found));
  }
  adw_view_stack_set_visible_child_name (stack, "claims");
  spin (300);
  assert_no_english (GTK_WIDGET (window));
  render_to_png (GTK_WIDGET (window), claims_png);
  g_test_message ("screenshot: %s", claims_png);
  adw_view_stack_set_visible_child_name (stack, "annotations");

  /* The primary menu, open. */
  popover = GTK_POPOVER (open_primary_menu (window));
  spin (250);
  assert_shows (GTK_WIDGET (popover), "Buka _Terkini");
  assert_no_english (GTK_WIDGET (popover));
  render_to_png (GTK_WIDGET (popover), menu_png);
  g_test_message ("screenshot: %s", menu_png);
  gtk_popover_popdown (popover);

  /* The shortcuts window, built when first asked for (Ctrl+?). */
  {
    g_autofree char *shortcuts_png = build_path ("kutip-shortcuts-id.png");
    GtkShortcutsWindow *shortcuts;
    GLogLevelFlags fatal;

    g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
    /* GTK 4.8's shortcuts window warns that it measured a label below
     * zero as it lays out (in English too): GTK's warning, not Kutip's. */
    fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
    spin (400);
    shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
    g_assert_nonnull (shortcuts);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    assert_no_english (GTK_WIDGET (shortcuts));
    render_to_png (GTK_WIDGET (shortcuts), shortcuts_png);
    g_log_set_always_fatal (fatal);
    g_test_message ("screenshot: %s", shortcuts_png);
    gtk_window_close (GTK_WINDOW (shortcuts));
    /* Asked again, the same window shows (GTK's own action now). */
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
    g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) ==
                   shortcuts);
    gtk_window_close (GTK_WINDOW (shortcuts));
  }

  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();
  /* As a user whose system language is Indonesian: the tests run in
   * C.UTF-8, where glibc's gettext follows LANGUAGE. */
  g_setenv ("LANGUAGE", "id", TRUE);
  kutip_application_init_i18n ();

  if (!ui_test_init (&argc, &argv, NULL))
    return 77;

  g_test_add_func ("/kutip/app/window-in-indonesian", test_window_in_indonesian);
  return ui_test_run ();
}
