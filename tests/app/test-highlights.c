/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-highlights.c: what the article view draws, checked on the pixels:
 * every line of a multi-line claim with a speaker nested in it carries the
 * claim's tint. Writes kutip-highlights.png into the build folder. */

#include "config.h"

#include <adwaita.h>

#include "app-test-util.h"
#include "kutip-article-view.h"
#include "kutip-label-names.h"
#include "kutip-window.h"

/* How many pixels along the top of the character cells from code point
 * @offset on are tinted (red well above blue: the claim's orange over the
 * light background; glyphs and the background are grey). */
static guint
tinted_pixels_at (KutipWindow *window,
                  GdkTexture  *texture,
                  guint        offset)
{
  GtkTextView *text_view = kutip_article_view_get_text_view (kutip_window_get_article_view (window));
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  GtkTextIter iter;
  GdkRectangle rect;
  graphene_point_t point;
  int wx, wy;
  guint tinted = 0;

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, (int) offset);
  gtk_text_view_get_iter_location (text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (text_view), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (wx, wy + 1), &point));

  for (int x = (int) point.x; x < (int) point.x + 60 && x < width; x++)
    {
      /* Cairo's ARGB32 in memory: B, G, R, A. */
      const guchar *p = pixels + ((gsize) point.y * width + x) * 4;

      if (p[2] > p[0] + 15)
        tinted++;
    }
  return tinted;
}

static void
assert_claim_drawn (KutipWindow *window,
                    GdkTexture  *texture)
{
  KutipDocument *document = kutip_window_get_document (window);
  const char *lines[] = { "“Kedua", "kemajuan", "lainnya, dan", "dan Amerika" };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      guint tinted = tinted_pixels_at (window, texture, find_text (document, lines[i]));

      if (tinted < 30)
        g_error ("the claim's line “%s…” is not drawn (%u tinted pixels)", lines[i], tinted);
    }
  g_assert_cmpuint (tinted_pixels_at (window, texture, find_text (document, "kata juru")), <, 5);
}

/* GTK 4.8 left the lines of a highlight after its first undrawn when no
 * tag toggled inside them, until something else redrew those lines. */
static void
test_multi_line_claim_drawn (void)
{
  g_autofree char *png = build_path ("kutip-highlights.png");
  g_autoptr(GdkTexture) texture = NULL;
  KutipWindow *window = open_window (NULL);
  KutipArticleView *view = kutip_window_get_article_view (window);
  KutipDocument *document = kutip_window_get_document (window);
  guint start;


  /* The quotation (four lines) as a claim at once, with the caret in it:
   * every line shows it, and nothing past its end. */
  start = find_text (document, "diskusi rinci");
  kutip_article_view_select_range (view, start, start);
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag",
                                  g_variant_new_string (KUTIP_LABEL_CLAIM));
  spin (400);
  texture = render_to_texture (GTK_WIDGET (window));
  assert_claim_drawn (window, texture);
  g_clear_object (&texture);

  /* A speaker nested in its second line; the claim stays drawn. */
  start = find_text (document, "Hamas");
  kutip_article_view_select_range (view, start, start + 5);
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag",
                                  g_variant_new_string (KUTIP_LABEL_SPEAKER));
  kutip_window_set_selected (window, NULL);
  spin (400);
  texture = render_to_texture (GTK_WIDGET (window));
  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_test_message ("screenshot: %s", png);
  assert_claim_drawn (window, texture);

  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = isolate_home ();

  if (!ui_test_init (&argc, &argv, NULL))
    return 77;

  g_test_add_func ("/kutip/app/multi-line-claim-drawn", test_multi_line_claim_drawn);
  return ui_test_run ();
}
