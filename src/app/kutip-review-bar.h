/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-review-bar.h: the bar above the article while suggestions wait for
 * review: progress of a running suggester, how many are left, accept,
 * reject, previous/next, and accept all of one label above a confidence. */
#pragma once

#include <adwaita.h>

#include "kutip-document.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_REVIEW_BAR (kutip_review_bar_get_type ())

G_DECLARE_FINAL_TYPE (KutipReviewBar, kutip_review_bar, KUTIP, REVIEW_BAR, GtkWidget)

GtkWidget  *kutip_review_bar_new                (void);
void        kutip_review_bar_set_document       (KutipReviewBar *self,
                                                 KutipDocument  *document);
/* Shows a spinner with @message and a Cancel button; NULL hides them. */
void        kutip_review_bar_set_busy           (KutipReviewBar *self,
                                                 const char     *message);
void        kutip_review_bar_set_can_stop       (KutipReviewBar *self,
                                                 gboolean        can_stop);
gboolean    kutip_review_bar_get_busy           (KutipReviewBar *self);
void        kutip_review_bar_set_progress       (KutipReviewBar *self,
                                                 double          fraction);
double      kutip_review_bar_get_progress       (KutipReviewBar *self);
void        kutip_review_bar_set_selected       (KutipReviewBar  *self,
                                                 KutipAnnotation *annotation);
const char *kutip_review_bar_get_link_text      (KutipReviewBar *self);
gboolean    kutip_review_bar_get_reviewing_links (KutipReviewBar *self);
/* The text of the "N left" label, for tests. */
const char *kutip_review_bar_get_count_text     (KutipReviewBar *self);
/* Chooses the label and threshold of "Accept All Above". */
void        kutip_review_bar_set_accept_all     (KutipReviewBar *self,
                                                 const char     *label,
                                                 double          threshold);
/* Accepts every pending suggestion of the chosen label whose confidence
 * reaches the chosen threshold (activates win.accept-above). */
void        kutip_review_bar_accept_all         (KutipReviewBar *self);

G_END_DECLS
