/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-tooltip.h: what the article's tooltip says about the
 * annotations under the pointer. */
#pragma once

#include "kutip-document.h"

G_BEGIN_DECLS

char *kutip_annotation_tooltip_at (KutipDocument *document,
                                   guint          offset);

G_END_DECLS
