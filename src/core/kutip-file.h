/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-file.h: the one way Kutip reads a user's file (regular files only,
 * never a FIFO or a device behind a symlink). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

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

G_END_DECLS
