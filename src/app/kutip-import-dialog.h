/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-import-dialog.h: File › Import: a labelled dataset into documents. */
#pragma once

#include <adwaita.h>

#include "kutip-window.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_IMPORT_DIALOG (kutip_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KutipImportDialog, kutip_import_dialog, KUTIP, IMPORT_DIALOG, AdwWindow)

/* Properties: "format" (format name), "input" (a file or folder),
 * "label-map" ("PER=speaker,…"), "keep-unmapped", "running" (read-only). */
KutipImportDialog *kutip_import_dialog_new         (KutipWindow       *window);
/* Starts the import as the Import button does; FALSE when it can't start. */
gboolean           kutip_import_dialog_start       (KutipImportDialog *self);
gboolean           kutip_import_dialog_get_running (KutipImportDialog *self);

G_END_DECLS
