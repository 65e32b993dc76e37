/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-article-view.h: the read-only article with a highlight per
 * annotation, kept in step with the document incrementally. */
#pragma once

#include <gtk/gtk.h>

#include "kutip-document.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_ARTICLE_VIEW (kutip_article_view_get_type ())

G_DECLARE_FINAL_TYPE (KutipArticleView, kutip_article_view, KUTIP, ARTICLE_VIEW, GtkWidget)

GtkWidget       *kutip_article_view_new              (void);
KutipDocument   *kutip_article_view_get_document     (KutipArticleView *self);
void             kutip_article_view_set_document     (KutipArticleView *self,
                                                      KutipDocument    *document);
KutipAnnotation *kutip_article_view_get_selected     (KutipArticleView *self);
void             kutip_article_view_set_selected     (KutipArticleView *self,
                                                      KutipAnnotation  *annotation);
GtkTextView     *kutip_article_view_get_text_view    (KutipArticleView *self);
gboolean         kutip_article_view_popup_menu       (KutipArticleView *self);
void             kutip_article_view_set_font_size    (KutipArticleView *self,
                                                      int               points);
/* The selected text range in code points; FALSE when nothing is selected. */
gboolean         kutip_article_view_get_selection    (KutipArticleView *self,
                                                      guint            *start,
                                                      guint            *end);
void             kutip_article_view_select_range     (KutipArticleView *self,
                                                      guint             start,
                                                      guint             end);
guint            kutip_article_view_get_cursor       (KutipArticleView *self);
void             kutip_article_view_scroll_to        (KutipArticleView *self,
                                                      guint             start,
                                                      guint             end);
/* Finds @needle (case-insensitive) after (or before) the selection,
 * wrapping; selects it. Returns FALSE when absent. */
gboolean         kutip_article_view_find             (KutipArticleView *self,
                                                      const char       *needle,
                                                      gboolean          backwards);
/* Number of highlighted annotations (not rejected), for tests. */
guint            kutip_article_view_get_n_highlighted (KutipArticleView *self);
/* Markup describing the annotations at @offset (NULL if none). */
char            *kutip_article_view_describe_at      (KutipArticleView *self,
                                                      guint             offset);

G_END_DECLS
