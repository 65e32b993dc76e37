/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-label-tags.h: the text tags that draw each label's highlights. */
#pragma once

#include <gtk/gtk.h>

#include "kutip-document.h"

G_BEGIN_DECLS

/* The tag for @label in @variant ("pending", "accepted" or "selected") in
 * @buffer's tag table, made on first use. */
GtkTextTag *kutip_label_tag_ensure  (GtkTextBuffer    *buffer,
                                     const KutipLabel *label,
                                     const char       *variant);
/* Makes the tags of every label of @schema in an order where spans nest
 * well: claims first, so a speaker or date inside one keeps its colour. */
void        kutip_label_tags_create (GtkTextBuffer    *buffer,
                                     KutipSchema      *schema);

G_END_DECLS
