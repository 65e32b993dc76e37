/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window.h: one article beside its annotation panel. */
#pragma once

#include <adwaita.h>

#include "kutip-document.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_WINDOW (kutip_window_get_type ())

G_DECLARE_FINAL_TYPE (KutipWindow, kutip_window, KUTIP, WINDOW, AdwApplicationWindow)

typedef struct _KutipArticleView KutipArticleView;

KutipWindow      *kutip_window_new                   (GtkApplication  *application);
KutipDocument    *kutip_window_get_document          (KutipWindow     *self);
/* Shows @document (takes a reference). @recovered marks it unsaved. */
void              kutip_window_set_document          (KutipWindow     *self,
                                                      KutipDocument   *document,
                                                      gboolean         recovered);
KutipAnnotation  *kutip_window_get_selected          (KutipWindow     *self);
void              kutip_window_set_selected          (KutipWindow     *self,
                                                      KutipAnnotation *annotation);
KutipArticleView *kutip_window_get_article_view      (KutipWindow     *self);
/* TRUE when the window holds unsaved work. */
gboolean          kutip_window_get_dirty             (KutipWindow     *self);
/* TRUE when the window shows nothing the user worked on (may be replaced). */
gboolean          kutip_window_is_pristine           (KutipWindow     *self);
/* Opens a .txt/.md/.kutip.json file; errors are shown in a dialog and the
 * open work stays. Returns TRUE on success. */
gboolean          kutip_window_open_file             (KutipWindow     *self,
                                                      GFile           *file);
/* Saves to @path (atomic); shows a toast. */
gboolean          kutip_window_save_to               (KutipWindow     *self,
                                                      const char      *path,
                                                      GError         **error);
void              kutip_window_show_toast            (KutipWindow     *self,
                                                      const char      *message);

G_END_DECLS
