/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-formats.c: the window's File › Import and File › Export
 * actions; the dialogs do the work. */

#define G_LOG_DOMAIN "kutip-window"

#include "config.h"

#include "kutip-export-dialog.h"
#include "kutip-import-dialog.h"
#include "kutip-window-private.h"

static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  KutipWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (kutip_export_dialog_new (self)));
}

static void
import_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  KutipWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (kutip_import_dialog_new (self)));
}

static const GActionEntry formats_entries[] = {
  { "export", export_action },
  { "import", import_action },
};

void
_kutip_window_init_formats (KutipWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), formats_entries,
                                   G_N_ELEMENTS (formats_entries), self);
}
