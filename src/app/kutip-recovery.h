/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-recovery.h: autosaved copies of unsaved work, written atomically
 * off the main thread and offered again after a crash. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* g_get_user_data_dir()/kutip/autosave (transfer full). */
char      *kutip_recovery_dir          (void);
/* A fresh file name in the recovery folder (transfer full). */
char      *kutip_recovery_new_path     (void);
/* Writes @contents (taken) to @path with temporary file, fsync and rename,
 * plus PATH.origin naming @origin (where the work belongs, may be NULL). */
void       kutip_recovery_write_async  (GObject              *source,
                                        const char           *path,
                                        char                 *contents,
                                        gsize                 n_bytes,
                                        const char           *origin,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean   kutip_recovery_write_finish (GAsyncResult         *result,
                                        GError              **error);
void       kutip_recovery_remove       (const char           *path);
/* Recovery files present now (transfer full), oldest first. */
GPtrArray *kutip_recovery_list         (void);
/* Where the recovered work belongs, or NULL (transfer full). */
char      *kutip_recovery_get_origin   (const char           *path);

G_END_DECLS
