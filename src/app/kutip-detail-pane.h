/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-detail-pane.h: label, text, status, origin, note of the selected
 * annotation, plus a date's value, a claim's speaker/date/kind and a
 * speaker's person. */
#pragma once

#include <adwaita.h>

#include "kutip-document.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_DETAIL_PANE (kutip_detail_pane_get_type ())

G_DECLARE_FINAL_TYPE (KutipDetailPane, kutip_detail_pane, KUTIP, DETAIL_PANE, GtkWidget)

GtkWidget *kutip_detail_pane_new             (void);
void       kutip_detail_pane_set_document    (KutipDetailPane *self,
                                              KutipDocument   *document);
void       kutip_detail_pane_set_annotation  (KutipDetailPane *self,
                                              KutipAnnotation *annotation);

G_END_DECLS
