/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-file.h: the one way Kutip reads a user's file (regular files only,
 * never a FIFO or a device behind a symlink) and the one way it replaces
 * one (atomically, through symlinks, under an advisory lock). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How long a save waits for another process saving the same file. */
#define KUTIP_FILE_LOCK_WAIT_US (10 * G_USEC_PER_SEC)

gboolean      kutip_file_check_regular    (const char   *path,
                                           GError      **error);
int           kutip_file_open_regular     (const char   *path,
                                           GError      **error);
gboolean      kutip_file_get_contents     (const char   *path,
                                           char        **contents,
                                           gsize        *length,
                                           GError      **error);
GInputStream *kutip_file_read_stream      (const char   *path,
                                           GError      **error);

char         *kutip_file_resolve_links    (const char   *path,
                                           GError      **error);

typedef struct _KutipFileLock KutipFileLock;

KutipFileLock *kutip_file_lock            (const char   *path,
                                           gint64        timeout_us,
                                           GError      **error);
void           kutip_file_unlock          (KutipFileLock *lock);

gboolean      kutip_file_replace_contents (const char   *path,
                                           const char   *data,
                                           gsize         length,
                                           GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipFileLock, kutip_file_unlock)

G_END_DECLS
