/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-file.c: reading a user's file.
 *
 * Reading: only regular files. A path is checked with stat() (so a symlink
 * to /dev/zero or a FIFO is refused before it is opened), opened with
 * O_NONBLOCK (so a FIFO swapped in meanwhile cannot block the open) and
 * checked again with fstat() on what was opened.
 */

#define G_LOG_DOMAIN "kutip-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-store-private.h"


static gboolean
io_error (GError     **error,
          const char  *path,
          const char  *what,
          int          saved_errno)
{
  g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: %s: %s",
               path, what, g_strerror (saved_errno));
  return FALSE;
}

static const char *
kind_of (mode_t mode)
{
  if (S_ISDIR (mode))
    return _("a folder");
  if (S_ISFIFO (mode))
    return _("a named pipe");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("a device");
  if (S_ISSOCK (mode))
    return _("a socket");
  return _("something else");
}

static gboolean
not_regular (GError     **error,
             const char  *path,
             mode_t       mode)
{
  g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, _("%s: not a regular file (%s)"),
               path, kind_of (mode));
  return FALSE;
}

/**
 * kutip_file_check_regular:
 *
 * Checks, following symlinks, that @path is a regular file.
 *
 * Returns: %TRUE if it is; otherwise %FALSE with %KUTIP_ERROR_IO saying
 *   "PATH: not a regular file (a named pipe)" or why it cannot be read
 */
gboolean
kutip_file_check_regular (const char  *path,
                          GError     **error)
{
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &st) != 0)
    return io_error (error, path, _("could not read"), errno);
  if (!S_ISREG (st.st_mode))
    return not_regular (error, path, st.st_mode);
  return TRUE;
}

/**
 * kutip_file_open_regular:
 *
 * Opens @path for reading if it is a regular file (see the top of this
 * file); never blocks on a FIFO.
 *
 * Returns: a file descriptor (close it), or -1 with @error set
 */
int
kutip_file_open_regular (const char  *path,
                         GError     **error)
{
  struct stat st;
  int fd, flags;

  g_return_val_if_fail (path != NULL, -1);

  if (!kutip_file_check_regular (path, error))
    return -1;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      io_error (error, path, _("could not read"), errno);
      return -1;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      io_error (error, path, _("could not read"), saved_errno);
      return -1;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      not_regular (error, path, st.st_mode);
      return -1;
    }

  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);
  return fd;
}

/**
 * kutip_file_get_contents:
 *
 * Like g_file_get_contents() for a regular file only, with errors in
 * %KUTIP_ERROR naming @path. The buffer is NUL-terminated and, when big,
 * backed by huge pages.
 */
gboolean
kutip_file_get_contents (const char  *path,
                         char       **contents,
                         gsize       *length,
                         GError     **error)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize size, done = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  fd = kutip_file_open_regular (path, error);
  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return io_error (error, path, _("could not read"), saved_errno);
    }

  size = (gsize) st.st_size;
  buffer = g_malloc (size + 1);
  _kutip_store_advise_huge (buffer, size + 1);
  while (done < size)
    {
      gssize n = read (fd, buffer + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          return io_error (error, path, _("could not read"), saved_errno);
        }
      if (n == 0)
        break; /* the file shrank meanwhile */
      done += (gsize) n;
    }
  close (fd);

  buffer[done] = '\0';
  *contents = g_steal_pointer (&buffer);
  if (length != NULL)
    *length = done;
  return TRUE;
}

/**
 * kutip_file_read_stream:
 *
 * Returns: (transfer full) (nullable): a stream reading the regular file
 *   @path, or %NULL with @error set
 */
GInputStream *
kutip_file_read_stream (const char  *path,
                        GError     **error)
{
  int fd = kutip_file_open_regular (path, error);

  if (fd < 0)
    return NULL;
  return g_unix_input_stream_new (fd, TRUE);
}
