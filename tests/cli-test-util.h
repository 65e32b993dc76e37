/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-test-util.h: runs the built kutip-cli ($KUTIP_CLI) and keeps its exit
 * status, stdout and stderr. */
#pragma once

#include <stdarg.h>
#include <sys/wait.h>

#include <glib.h>

typedef struct
{
  int   status;   /* exit status */
  char *out;
  char *err;
} Run;

G_GNUC_UNUSED static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs $KUTIP_CLI with the NULL-terminated arguments from @first on. */
G_GNUC_UNUSED static void
run_cli_valist (Run        *run,
                const char *first,
                va_list     ap)
{
  const char *cli = g_getenv ("KUTIP_CLI");
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (gpointer) cli);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  g_ptr_array_add (args, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

G_GNUC_UNUSED G_GNUC_NULL_TERMINATED static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  va_list ap;

  va_start (ap, first);
  run_cli_valist (run, first, ap);
  va_end (ap);
}
