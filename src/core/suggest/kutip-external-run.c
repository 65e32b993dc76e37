/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-external-run.c: runs an external suggester's command: argv, no
 * shell, in a process group of its own; writes the document to its stdin
 * and reads its stdout and stderr in one poll loop, with a deadline in
 * microseconds, a cap on stdout and only the tail of stderr kept.
 *
 * A command need not read all of its stdin: writing to it once it has
 * closed it must not raise SIGPIPE, which would kill the caller. SIGPIPE
 * is blocked in the calling thread while the command runs (the signal of a
 * failed write goes to the writing thread) and one it raised is taken back
 * before the mask is restored, so nothing outside this call changes.
 *
 * The leader is not reaped until its group has been killed: while it is a
 * zombie its pid, which is the group's id, cannot be reused, so killing the
 * group can never hit another process. */

#define _GNU_SOURCE

#define G_LOG_DOMAIN "kutip-external-suggester"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "kutip-error.h"
#include "kutip-external-private.h"
#include "kutip-suggester.h"

#define READ_CHUNK (64 * 1024)

enum { IN, OUT, ERR, CHILD, CANCEL, N_FDS };

void
_kutip_external_run_clear (KutipExternalRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err_tail, g_free);
}

/* Runs in the child between fork and exec: only async-signal-safe calls. */
static void
child_setup (gpointer user_data)
{
  setpgid (0, 0);
}

static void
close_fd (int *fd)
{
  if (*fd >= 0)
    close (*fd);
  *fd = -1;
}

static void
set_nonblocking (int fd)
{
  int flags = fcntl (fd, F_GETFL);

  if (flags >= 0)
    fcntl (fd, F_SETFL, flags | O_NONBLOCK);
}

static int
open_pidfd (GPid pid)
{
#ifdef SYS_pidfd_open
  return (int) syscall (SYS_pidfd_open, pid, 0);
#else
  return -1;
#endif
}

/* Whether @pid has exited, without reaping it. */
static gboolean
has_exited (GPid pid)
{
  siginfo_t info = { 0 };

  if (waitid (P_PID, (id_t) pid, &info, WEXITED | WNOHANG | WNOWAIT) != 0)
    return errno != EINTR;
  return info.si_pid == pid;
}

/* Reads what @fd has now into @buffer; FALSE at end of file or error. */
static gboolean
drain (int      fd,
       GString *buffer)
{
  for (;;)
    {
      gsize old_len = buffer->len;
      gssize n;

      g_string_set_size (buffer, old_len + READ_CHUNK);
      n = read (fd, buffer->str + old_len, READ_CHUNK);
      g_string_set_size (buffer, old_len + (n > 0 ? (gsize) n : 0));
      if (n > 0)
        return TRUE;
      if (n < 0 && errno == EINTR)
        continue;
      return n < 0 && errno == EAGAIN;
    }
}

/* Keeps only the last KUTIP_EXTERNAL_ERROR_TAIL bytes of @buffer (with
 * room to spare, so it is not trimmed on every read). */
static void
trim_tail (GString *buffer)
{
  if (buffer->len > 2 * KUTIP_EXTERNAL_ERROR_TAIL)
    g_string_erase (buffer, 0, (gssize) (buffer->len - KUTIP_EXTERNAL_ERROR_TAIL));
}

static char *
valid_tail (GString *buffer)
{
  const char *start = buffer->str;
  gsize len = buffer->len;

  if (len > KUTIP_EXTERNAL_ERROR_TAIL)
    {
      start += len - KUTIP_EXTERNAL_ERROR_TAIL;
      len = KUTIP_EXTERNAL_ERROR_TAIL;
    }
  /* Start at a character, not inside one. */
  while (len > 0 && ((guchar) *start & 0xC0) == 0x80)
    {
      start++;
      len--;
    }
  return g_utf8_make_valid (start, (gssize) len);
}

/* "30.0", "0.3", "0.0001": tenths as always, and every digit a smaller
 * timeout has. */
static char *
format_seconds (gint64 us)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, us % 100000 == 0 ? "%.1f" : "%g",
                                    us / 1e6));
}

gboolean
_kutip_external_run (const char * const *argv,
                     const char         *input,
                     gsize               input_len,
                     gint64              timeout_us,
                     GCancellable       *cancellable,
                     const char         *where,
                     KutipExternalRun   *run,
                     GError            **error)
{
  g_autoptr(GString) out = g_string_sized_new (READ_CHUNK);
  g_autoptr(GString) err = g_string_sized_new (READ_CHUNK);
  g_autoptr(GError) local_error = NULL;
  struct pollfd fds[N_FDS];
  sigset_t pipe_set, old_set, pending;
  gboolean pipe_was_pending;
  gboolean exited = FALSE;
  gboolean ok = FALSE;
  GPollFD cancel_fd = { -1, 0, 0 };
  gint64 deadline;
  int in_fd = -1, out_fd = -1, err_fd = -1, child_fd = -1;
  GPid pid = 0;

  memset (run, 0, sizeof *run);
  run->in_len = input_len;
  if (timeout_us <= 0)
    timeout_us = KUTIP_EXTERNAL_TIMEOUT_US;

  deadline = g_get_monotonic_time () + timeout_us;
  if (!g_spawn_async_with_pipes_and_fds (NULL, argv, NULL,
                                         G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                                         G_SPAWN_CLOEXEC_PIPES,
                                         child_setup, NULL, -1, -1, -1, NULL, NULL, 0,
                                         &pid, &in_fd, &out_fd, &err_fd, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s: cannot start: %s",
                   where, local_error->message);
      return FALSE;
    }
  /* Also from here, so the group exists before anything could kill it. */
  setpgid (pid, pid);

  set_nonblocking (in_fd);
  set_nonblocking (out_fd);
  set_nonblocking (err_fd);
  child_fd = open_pidfd (pid);
  if (cancellable != NULL && g_cancellable_make_pollfd (cancellable, &cancel_fd))
    cancel_fd.events = G_IO_IN;
  if (input_len == 0)
    close_fd (&in_fd);

  sigemptyset (&pipe_set);
  sigaddset (&pipe_set, SIGPIPE);
  sigpending (&pending);
  pipe_was_pending = sigismember (&pending, SIGPIPE);
  pthread_sigmask (SIG_BLOCK, &pipe_set, &old_set);

  while (!exited || out_fd >= 0 || err_fd >= 0)
    {
      gint64 now = g_get_monotonic_time ();
      struct timespec wait;
      gint64 wait_us;

      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s: cancelled", where);
          goto out;
        }
      if (now >= deadline)
        {
          g_autofree char *seconds = format_seconds (timeout_us);

          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL,
                       "%s: no answer within %s s; stopped", where, seconds);
          goto out;
        }

      fds[IN] = (struct pollfd) { in_fd, POLLOUT, 0 };
      fds[OUT] = (struct pollfd) { out_fd, POLLIN, 0 };
      fds[ERR] = (struct pollfd) { err_fd, POLLIN, 0 };
      fds[CHILD] = (struct pollfd) { exited ? -1 : child_fd, POLLIN, 0 };
      fds[CANCEL] = (struct pollfd) { cancel_fd.fd, POLLIN, 0 };
      wait_us = deadline - now;
      /* Without a pidfd, look at the child now and then. */
      if (child_fd < 0 && !exited)
        wait_us = MIN (wait_us, 10000);
      wait.tv_sec = (time_t) (wait_us / G_USEC_PER_SEC);
      wait.tv_nsec = (long) (wait_us % G_USEC_PER_SEC) * 1000;
      if (ppoll (fds, N_FDS, &wait, NULL) < 0 && errno != EINTR)
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s: %s", where,
                       g_strerror (errno));
          goto out;
        }

      if (in_fd >= 0 && fds[IN].revents != 0)
        {
          gssize n = write (in_fd, input + run->in_written, input_len - run->in_written);
          int write_errno = errno;

          if (n > 0)
            run->in_written += (gsize) n;
          if (n < 0 && write_errno == EPIPE && !pipe_was_pending)
            {
              /* Take back the SIGPIPE this write raised. */
              const struct timespec zero = { 0, 0 };

              sigtimedwait (&pipe_set, NULL, &zero);
            }
          /* It stopped reading (EPIPE) or had everything: either way done. */
          if (run->in_written == input_len ||
              (n < 0 && write_errno != EAGAIN && write_errno != EINTR))
            close_fd (&in_fd);
        }

      if (out_fd >= 0 && fds[OUT].revents != 0)
        {
          if (!drain (out_fd, out))
            close_fd (&out_fd);
          if (out->len > KUTIP_EXTERNAL_MAX_OUTPUT)
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL,
                           "%s: printed more than %u MiB, the most Kutip reads of an "
                           "external suggester; stopped", where,
                           (guint) (KUTIP_EXTERNAL_MAX_OUTPUT >> 20));
              goto out;
            }
        }

      if (err_fd >= 0 && fds[ERR].revents != 0)
        {
          gsize before = err->len;

          if (!drain (err_fd, err))
            close_fd (&err_fd);
          run->err_len += err->len - before;
          trim_tail (err);
        }

      if (!exited && (child_fd >= 0 ? fds[CHILD].revents != 0 : has_exited (pid)))
        {
          /* What it started and left behind goes with it (and so lets go
           * of stdout and stderr). */
          exited = TRUE;
          close_fd (&in_fd);
          kill (-pid, SIGKILL);
        }
    }
  ok = TRUE;

out:
  if (!ok)
    kill (-pid, SIGKILL);
  while (waitpid (pid, &run->wait_status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  close_fd (&in_fd);
  close_fd (&out_fd);
  close_fd (&err_fd);
  close_fd (&child_fd);
  if (cancel_fd.fd >= 0)
    g_cancellable_release_fd (cancellable);

  pthread_sigmask (SIG_SETMASK, &old_set, NULL);

  run->out_len = out->len;
  run->out = g_string_free (g_steal_pointer (&out), FALSE);
  run->err_tail = valid_tail (err);
  return ok;
}
