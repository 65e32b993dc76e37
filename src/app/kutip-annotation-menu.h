/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-menu.h: the context menu of one annotation, made of the
 * window's actions (they act on the selected annotation). */
#pragma once

#include <gtk/gtk.h>

#include "kutip-document.h"

G_BEGIN_DECLS

/* How many speakers or dates a claim's link submenus offer, nearest first. */
#define KUTIP_ANNOTATION_MENU_MAX_CHOICES 8

/* Accept, reject, change label, for a claim its speaker and date, delete
 * (transfer full). Show it once @annotation is the window's selection. */
GMenuModel *kutip_annotation_menu_new      (KutipDocument    *document,
                                            KutipAnnotation  *annotation);
/* Shows @annotation's menu pointing at (@x, @y) of @widget, in *@popover
 * (made on first use as a child of @parent, which unparents it when
 * disposed). */
void        kutip_annotation_menu_popup_at (GtkWidget       **popover,
                                            GtkWidget        *parent,
                                            GtkWidget        *widget,
                                            double            x,
                                            double            y,
                                            KutipDocument    *document,
                                            KutipAnnotation  *annotation);

G_END_DECLS
