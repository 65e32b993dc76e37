/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-export-dialog.h: File › Export: documents to a labelled dataset. */
#pragma once

#include <adwaita.h>

#include "kutip-window.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_EXPORT_DIALOG (kutip_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KutipExportDialog, kutip_export_dialog, KUTIP, EXPORT_DIALOG, AdwWindow)

/* Properties: "format" (format name), "output" (path), "progress" (0..1,
 * read-only), "running" (read-only), "n-exported" (read-only),
 * "n-links-left-out" (read-only: links between exported spans the last
 * export did not write; the window then says so in a dialog). */
KutipExportDialog *kutip_export_dialog_new        (KutipWindow       *window);
gboolean           kutip_export_dialog_add_file   (KutipExportDialog *self,
                                                   const char        *path);
guint              kutip_export_dialog_add_folder (KutipExportDialog *self,
                                                   const char        *folder);
void               kutip_export_dialog_set_split  (KutipExportDialog *self,
                                                   gboolean           enabled,
                                                   guint              seed);
/* Starts the export, writing over what is at the output (the Export button
 * asks first); FALSE when it can't start. */
gboolean           kutip_export_dialog_start      (KutipExportDialog *self);
gboolean           kutip_export_dialog_get_running (KutipExportDialog *self);
double             kutip_export_dialog_get_progress (KutipExportDialog *self);

G_END_DECLS
