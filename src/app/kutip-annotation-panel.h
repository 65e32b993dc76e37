/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-panel.h: the document's annotations as a filterable list. */
#pragma once

#include <gtk/gtk.h>

#include "kutip-document.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_ANNOTATION_PANEL (kutip_annotation_panel_get_type ())

G_DECLARE_FINAL_TYPE (KutipAnnotationPanel, kutip_annotation_panel, KUTIP, ANNOTATION_PANEL, GtkWidget)

GtkWidget       *kutip_annotation_panel_new            (void);
void             kutip_annotation_panel_set_document   (KutipAnnotationPanel *self,
                                                        KutipDocument        *document);
KutipAnnotation *kutip_annotation_panel_get_selected   (KutipAnnotationPanel *self);
void             kutip_annotation_panel_set_selected   (KutipAnnotationPanel *self,
                                                        KutipAnnotation      *annotation);
/* Filters: a label name or NULL for all; a KutipStatus or -1 for any. */
void             kutip_annotation_panel_set_filter     (KutipAnnotationPanel *self,
                                                        const char           *label,
                                                        int                   status);
/* The selected annotation's menu at the focused row (the Menu key). */
gboolean         kutip_annotation_panel_popup_menu     (KutipAnnotationPanel *self);
/* TRUE while the document's annotations wait to reach the list (until
 * the frame that shows the document is painted). */
gboolean         kutip_annotation_panel_get_pending    (KutipAnnotationPanel *self);
/* Shown rows (after filtering), for tests. */
GListModel      *kutip_annotation_panel_get_model      (KutipAnnotationPanel *self);

G_END_DECLS
