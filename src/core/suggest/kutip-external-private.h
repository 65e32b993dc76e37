/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-external-private.h: running an external suggester's command. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char  *out;          /* all of stdout, NUL-terminated */
  gsize  out_len;
  char  *err_tail;     /* the end of stderr, valid UTF-8 */
  gsize  err_len;      /* bytes of stderr in all */
  gsize  in_written;   /* bytes of the input the command took */
  gsize  in_len;
  int    wait_status;  /* as from waitpid() */
} KutipExternalRun;

void     _kutip_external_run_clear (KutipExternalRun   *run);

/* Runs @argv in a process group of its own with @input on stdin, reading
 * stdout (at most KUTIP_EXTERNAL_MAX_OUTPUT bytes) and the tail of stderr
 * until it exits; then stops whatever it left running in its group. A
 * command that does not read all its input is no error. Fails on start,
 * timeout, too much output or cancellation, having killed the group. */
gboolean _kutip_external_run       (const char * const *argv,
                                    const char         *input,
                                    gsize               input_len,
                                    gint64              timeout_us,
                                    GCancellable       *cancellable,
                                    const char         *where,
                                    KutipExternalRun   *run,
                                    GError            **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KutipExternalRun, _kutip_external_run_clear)

G_END_DECLS
