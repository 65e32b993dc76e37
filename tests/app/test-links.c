/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-links.c: links are part of the review in the window: accepting a
 * claim and its speaker accepts their suggested link, a suggested link is
 * shown as such in the review bar, the details and Who Said What, and the
 * review keys, the bar and the details accept or reject it. */

#include "config.h"

#include <adwaita.h>

#include "app-test-util.h"
#include "kutip-annotation-panel.h"
#include "kutip-article-view.h"
#include "kutip-claims-table.h"
#include "kutip-label-names.h"
#include "kutip-review-bar.h"
#include "kutip-store.h"
#include "kutip-window-review.h"

#define ARTICLE "Budi berkata, “Harga beras naik.” pada Senin.\n" \
                "Ani menjawab, “Stok cukup.”\n"

static gboolean
suggester_idle (gpointer window)
{
  return !kutip_window_is_suggesting (window);
}

static KutipAnnotation *
span_with_text (KutipDocument *document,
                const char    *label,
                const char    *text)
{
  GListModel *annotations = kutip_document_get_annotations (document);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (annotations, i);

      if (g_strcmp0 (kutip_annotation_get_label (a), label) == 0 &&
          g_strcmp0 (kutip_annotation_get_text (a), text) == 0)
        return a;
    }
  g_error ("no %s “%s”", label, text);
  return NULL;
}

static KutipRelation *
link_of (KutipDocument   *document,
         KutipAnnotation *claim)
{
  KutipRelation *link = kutip_document_get_link (document, claim, KUTIP_RELATION_SAID_BY);

  g_assert_nonnull (link);
  return link;
}

/* The Who Said What cell showing @text, with the page shown. */
static gboolean
is_label_with_text (GtkWidget    *widget,
                    gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static GtkWidget *
claims_cell (KutipWindow *window,
             const char  *text)
{
  GtkWidget *table = find_widget_of_type (GTK_WIDGET (window), KUTIP_TYPE_CLAIMS_TABLE);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (table, ADW_TYPE_VIEW_STACK));

  adw_view_stack_set_visible_child_name (stack, "claims");
  spin (150);
  return find_widget (table, is_label_with_text, text);
}

static void
show_annotations (KutipWindow *window)
{
  GtkWidget *table = find_widget_of_type (GTK_WIDGET (window), KUTIP_TYPE_CLAIMS_TABLE);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (table,
                                                                                  ADW_TYPE_VIEW_STACK)),
                                         "annotations");
  spin (50);
}

static gboolean
is_row_with_subtitle (GtkWidget    *widget,
                      gconstpointer subtitle)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), subtitle) == 0;
}

/* Suggest, then accept the claims and the speakers (Accept All): the
 * links between them are accepted with them, one undo step each, and the
 * saved file has no pending link left. */
static void
test_accept_all_accepts_links (void)
{
  g_autofree char *path = write_article (NULL, "accept-all.txt", ARTICLE);
  g_autofree char *saved_path = NULL;
  KutipWindow *window = open_window (path);
  KutipDocument *document = kutip_window_get_document (window);
  KutipReviewBar *bar = kutip_window_get_review_bar (window);
  g_autoptr(KutipDocument) saved = NULL;
  g_autoptr(GError) error = NULL;
  KutipAnnotation *claim;
  KutipRelation *link;
  GListModel *relations;

  kutip_document_set_language (document, "id");
  activate (window, "suggest", NULL);
  g_assert_true (spin_until (suggester_idle, window, 20000));
  claim = span_with_text (document, KUTIP_LABEL_CLAIM, "“Harga beras naik.”");
  link = link_of (document, claim);
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_PENDING);

  /* The bar shows the selected claim's suggested link. */
  kutip_window_set_selected (window, claim);
  g_assert_cmpstr (kutip_review_bar_get_link_text (bar), ==,
                   "Suggested links: said by “Budi”; dated “Senin”");
  /* From the speaker's side. */
  kutip_window_set_selected (window, span_with_text (document, KUTIP_LABEL_SPEAKER, "Budi"));
  g_assert_cmpstr (kutip_review_bar_get_link_text (bar), ==,
                   "Suggested link: says “Harga beras naik.”");
  kutip_window_set_selected (window, claim);
  g_assert_false (kutip_review_bar_get_reviewing_links (bar));
  g_assert_nonnull (claims_cell (window, "Budi (suggested)"));
  show_annotations (window);
  {
    g_autofree char *tip =
      kutip_article_view_describe_at (kutip_window_get_article_view (window),
                                      kutip_annotation_get_start (claim) + 2);

    g_assert_nonnull (strstr (tip, "Budi <i>(suggested link)</i>"));
  }

  kutip_review_bar_set_accept_all (bar, KUTIP_LABEL_CLAIM, 0.0);
  kutip_review_bar_accept_all (bar);
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_PENDING);
  kutip_review_bar_set_accept_all (bar, KUTIP_LABEL_SPEAKER, 0.0);
  kutip_review_bar_accept_all (bar);
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_nonnull (claims_cell (window, "Budi"));
  g_assert_null (claims_cell (window, "Budi (suggested)"));
  show_annotations (window);

  activate (window, "undo", NULL);
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_PENDING);
  activate (window, "redo", NULL);
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_ACCEPTED);

  kutip_review_bar_set_accept_all (bar, KUTIP_LABEL_DATE, 0.0);
  kutip_review_bar_accept_all (bar);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);
  g_assert_cmpuint (kutip_document_get_n_pending_links (document), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  saved_path = g_build_filename (tmp_dir, "accept-all.kutip.json", NULL);
  g_assert_true (kutip_window_save_to (window, saved_path, NULL));
  saved = kutip_store_load_file (saved_path, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  relations = kutip_document_get_relations (saved);
  g_assert_cmpuint (g_list_model_get_n_items (relations), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(KutipRelation) r = g_list_model_get_item (relations, i);

      g_assert_cmpint (kutip_relation_get_status (r), ==, KUTIP_STATUS_ACCEPTED);
    }
  close_window (window);
}

/* A file saved before links were reviewed: accepted claim and speaker, a
 * pending link. The review stops at the claim; Enter accepts the link,
 * Backspace rejects it, the details' buttons do either. */
static void
test_review_a_link (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "old.kutip.json", NULL);
  g_autoptr(KutipDocument) old = kutip_document_new_from_string (ARTICLE, -1, NULL);
  g_autoptr(GError) error = NULL;
  KutipWindow *window;
  KutipDocument *document;
  KutipReviewBar *bar;
  KutipAnnotation *budi, *claim, *ani, *stok;
  KutipRelation *link;

  budi = kutip_document_tag (old, KUTIP_LABEL_SPEAKER, 0, 4, &error);
  claim = kutip_document_tag (old, KUTIP_LABEL_CLAIM, 14, 33, &error);
  ani = kutip_document_tag (old, KUTIP_LABEL_SPEAKER, 46, 49, &error);
  stok = kutip_document_tag (old, KUTIP_LABEL_CLAIM, 60, 73, &error);
  g_assert_no_error (error);
  kutip_relation_set_status (kutip_document_link (old, KUTIP_RELATION_SAID_BY, claim, budi),
                             KUTIP_STATUS_PENDING);
  kutip_relation_set_status (kutip_document_link (old, KUTIP_RELATION_SAID_BY, stok, ani),
                             KUTIP_STATUS_PENDING);
  g_assert_true (kutip_store_save_file (old, path, &error));
  g_assert_no_error (error);

  window = open_window (path);
  document = kutip_window_get_document (window);
  bar = kutip_window_get_review_bar (window);
  claim = span_with_text (document, KUTIP_LABEL_CLAIM, "“Harga beras naik.”");
  stok = span_with_text (document, KUTIP_LABEL_CLAIM, "“Stok cukup.”");
  link = link_of (document, claim);

  /* Nothing pending but two links: the bar offers them. */
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_cmpstr (kutip_review_bar_get_count_text (bar), ==, "2 links to review");
  g_assert_nonnull (claims_cell (window, "Budi (suggested)"));
  show_annotations (window);

  /* Tab stops at the claim; the bar decides its link. */
  g_assert_true (press_key (window, GDK_KEY_Tab, 0));
  g_assert_true (kutip_window_get_selected (window) == claim);
  g_assert_true (kutip_review_bar_get_reviewing_links (bar));
  g_assert_nonnull (strstr (kutip_review_bar_get_link_text (bar), "said by “Budi”"));
  /* The details say it too. */
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_row_with_subtitle,
                                 "Suggested link, not reviewed yet"));

  /* Enter accepts the link, not anything else, and goes on. */
  g_assert_true (press_key (window, GDK_KEY_Return, 0));
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_true (kutip_window_get_selected (window) == stok);
  g_assert_cmpstr (kutip_review_bar_get_count_text (bar), ==, "1 link to review");
  activate (window, "undo", NULL);
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_PENDING);

  /* Backspace rejects the link; both spans stay accepted, the claim has
   * no speaker. */
  kutip_window_set_selected (window, claim);
  g_assert_true (press_key (window, GDK_KEY_BackSpace, 0));
  g_assert_cmpint (kutip_relation_get_status (link), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (kutip_annotation_get_status (claim), ==, KUTIP_STATUS_ACCEPTED);
  g_assert_cmpint (kutip_annotation_get_status (span_with_text (document, KUTIP_LABEL_SPEAKER,
                                                                "Budi")), ==,
                   KUTIP_STATUS_ACCEPTED);
  g_assert_null (kutip_document_get_linked (document, claim, KUTIP_RELATION_SAID_BY));
  activate (window, "undo", NULL);

  /* The details' ✓ (win.accept-link with the link's id) accepts it. */
  kutip_window_set_selected (window, stok);
  activate (window, "accept-link",
            g_variant_new_string (kutip_relation_get_id (link_of (document, stok))));
  g_assert_cmpint (kutip_relation_get_status (link_of (document, stok)), ==,
                   KUTIP_STATUS_ACCEPTED);
  g_assert_true (kutip_window_get_selected (window) == stok);
  g_assert_false (kutip_review_bar_get_reviewing_links (bar));

  /* The last one by the bar's button path: all reviewed, the bar goes. */
  kutip_window_set_selected (window, claim);
  activate (window, "accept-link", g_variant_new_string (""));
  g_assert_cmpuint (kutip_document_get_n_pending_links (document), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_null (claims_cell (window, "Budi (suggested)"));
  g_assert_nonnull (claims_cell (window, "Budi"));
  show_annotations (window);

  g_assert_true (kutip_window_save_to (window, path, NULL));
  close_window (window);
}

/* The annotation list filtered to suggestions follows each decision, and
 * an Accept All, at once. */
static void
test_filtered_list_follows (void)
{
  g_autofree char *path = write_article (NULL, "filtered.txt", ARTICLE ARTICLE ARTICLE);
  KutipWindow *window = open_window (path);
  KutipDocument *document = kutip_window_get_document (window);
  KutipReviewBar *bar = kutip_window_get_review_bar (window);
  KutipAnnotationPanel *panel =
    KUTIP_ANNOTATION_PANEL (find_widget_of_type (GTK_WIDGET (window), KUTIP_TYPE_ANNOTATION_PANEL));
  GListModel *shown;

  kutip_document_set_language (document, "id");
  activate (window, "suggest", NULL);
  g_assert_true (spin_until (suggester_idle, window, 20000));
  spin (100);
  kutip_annotation_panel_set_filter (panel, NULL, KUTIP_STATUS_PENDING);
  shown = kutip_annotation_panel_get_model (panel);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, kutip_document_get_n_pending (document));

  g_assert_true (press_key (window, GDK_KEY_Return, 0));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, kutip_document_get_n_pending (document));

  kutip_review_bar_set_accept_all (bar, KUTIP_LABEL_SPEAKER, 0.0);
  kutip_review_bar_accept_all (bar);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, kutip_document_get_n_pending (document));
  activate (window, "undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, kutip_document_get_n_pending (document));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_free (isolate_home ());
  if (!ui_test_init (&argc, &argv, "kutip-test-links-XXXXXX"))
    return 0;

  g_test_add_func ("/kutip/app/links/accept-all-accepts-links", test_accept_all_accepts_links);
  g_test_add_func ("/kutip/app/links/review-a-link", test_review_a_link);
  g_test_add_func ("/kutip/app/links/filtered-list-follows", test_filtered_list_follows);

  return ui_test_run ();
}
