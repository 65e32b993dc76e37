/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-review.h: what the window's suggestion review offers to
 * tests and embedders beyond its win.* actions. */
#pragma once

#include "kutip-review-bar.h"
#include "kutip-window.h"

G_BEGIN_DECLS

KutipReviewBar *kutip_window_get_review_bar   (KutipWindow *self);
/* TRUE while a suggester (rules or external command) runs or its result
 * is being added. */
gboolean        kutip_window_is_suggesting    (KutipWindow *self);
/* TRUE while a suggester runs or a large edit is still being applied. */
gboolean        kutip_window_is_busy          (KutipWindow *self);

G_END_DECLS
