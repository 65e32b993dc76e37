/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-file.c: reading a user's file and replacing one safely.
 *
 * Reading: only regular files. A path is checked with stat() (so a symlink
 * to /dev/zero or a FIFO is refused before it is opened), opened with
 * O_NONBLOCK (so a FIFO swapped in meanwhile cannot block the open) and
 * checked again with fstat() on what was opened.
 *
 * Replacing: the target of a symlink is written, not the link; a read-only
 * file is refused; the data goes to ".NAME.kutip-tmp" beside the target,
 * is flushed and renamed over it. All of it happens under an advisory lock
 * on ".NAME.kutip-lock" (flock), so two processes saving one file take
 * turns, and any ".NAME.kutip-tmp" found while holding the lock was left by
 * a killed save and is removed. The lock file is removed on unlock; a
 * locker checks, once it holds the lock, that the lock file it opened is
 * still the one at that path, so removing it cannot let two in at once. */

#define G_LOG_DOMAIN "kutip-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-store-private.h"

#define TEMP_SUFFIX ".kutip-tmp"
#define LOCK_SUFFIX ".kutip-lock"
#define MAX_LINKS   40

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

/**
 * kutip_file_resolve_links:
 *
 * Follows @path while it is a symlink (relative links are relative to the
 * link's folder). A dangling link resolves to where it points.
 *
 * Returns: (transfer full) (nullable): the path that is not a symlink, or
 *   %NULL with @error set for a loop of links
 */
char *
kutip_file_resolve_links (const char  *path,
                          GError     **error)
{
  g_autofree char *current = g_strdup (path);

  g_return_val_if_fail (path != NULL, NULL);

  for (guint hops = 0; hops <= MAX_LINKS; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }

  io_error (error, path, _("could not follow the link"), ELOOP);
  return NULL;
}

/* "dir/NAME" -> "dir/.NAME" + @suffix */
static char *
beside (const char *path,
        const char *suffix)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strconcat (".", base, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* ---- locking -------------------------------------------------------- */

/* A lock held by this process: flock() locks belong to an open file, so a
 * second open of the lock file here would wait for itself. Nested locks of
 * one file share the first one. */
typedef struct
{
  char *lock_path;
  int   fd;
  guint depth;
} HeldLock;

struct _KutipFileLock
{
  char *key;
};

static GMutex held_mutex;
static GHashTable *held; /* canonical target path -> HeldLock */

static void
held_lock_free (HeldLock *held_lock)
{
  g_free (held_lock->lock_path);
  g_free (held_lock);
}

static char *
lock_key (const char  *path,
          GError     **error)
{
  g_autofree char *target = kutip_file_resolve_links (path, error);

  if (target == NULL)
    return NULL;
  return g_canonicalize_filename (target, NULL);
}

/* Takes the flock on @lock_path, creating it; waits until @deadline
 * (monotonic µs). Returns the file descriptor or -1. */
static int
acquire (const char  *path,
         const char  *lock_path,
         gint64       deadline,
         GError     **error)
{
  for (;;)
    {
      struct stat held_st, path_st;
      int fd;

      /* Read-only and 0666 (less the umask): others sharing the folder
       * must be able to take it too. */
      fd = g_open (lock_path, O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0666);
      if (fd < 0)
        {
          /* Most likely a folder one cannot write to: say what matters. */
          io_error (error, path, _("could not save"), errno);
          return -1;
        }

      while (flock (fd, LOCK_EX | LOCK_NB) != 0)
        {
          gint64 now = g_get_monotonic_time ();

          if (errno == EINTR)
            continue;
          if (errno != EWOULDBLOCK)
            {
              int saved_errno = errno;

              close (fd);
              io_error (error, path, _("could not lock it for saving"), saved_errno);
              return -1;
            }
          if (now >= deadline)
            {
              close (fd);
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("%s: another program is saving it (it holds the lock %s); "
                             "gave up waiting"), path, lock_path);
              return -1;
            }
          g_usleep (MIN (deadline - now, 20000));
        }

      /* The holder before us may have removed the file we locked. */
      if (fstat (fd, &held_st) == 0 && g_stat (lock_path, &path_st) == 0 &&
          held_st.st_dev == path_st.st_dev && held_st.st_ino == path_st.st_ino)
        return fd;
      close (fd);
    }
}

/**
 * kutip_file_lock:
 * @path: the file to be replaced (a symlink means its target)
 * @timeout_us: how long to wait for another process holding it; 0 to try once
 *
 * Takes the advisory lock every Kutip save of @path takes, so a caller
 * can read, change and save the file without another process saving in
 * between. Nested locks of one file in one process are allowed (the save
 * inside takes it again); they do not exclude each other.
 *
 * Returns: (transfer full) (nullable): the lock, or %NULL with @error set;
 *   %G_IO_ERROR_BUSY when another process held it for all of @timeout_us
 */
KutipFileLock *
kutip_file_lock (const char  *path,
                 gint64       timeout_us,
                 GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *lock_path = NULL;
  KutipFileLock *lock;
  HeldLock *held_lock;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  key = lock_key (path, error);
  if (key == NULL)
    return NULL;

  g_mutex_lock (&held_mutex);
  if (held == NULL)
    held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                  (GDestroyNotify) held_lock_free);
  held_lock = g_hash_table_lookup (held, key);
  if (held_lock == NULL)
    {
      /* Wait without the mutex: other files' locks need not wait too. */
      g_mutex_unlock (&held_mutex);
      lock_path = beside (key, LOCK_SUFFIX);
      fd = acquire (path, lock_path, g_get_monotonic_time () + MAX (timeout_us, 0), error);
      if (fd < 0)
        return NULL;
      g_mutex_lock (&held_mutex);

      /* No other thread can hold it now: its flock would have kept us out. */
      g_assert (g_hash_table_lookup (held, key) == NULL);
      held_lock = g_new0 (HeldLock, 1);
      held_lock->lock_path = g_steal_pointer (&lock_path);
      held_lock->fd = fd;
      g_hash_table_insert (held, g_strdup (key), held_lock);
    }
  held_lock->depth++;
  g_mutex_unlock (&held_mutex);

  lock = g_new0 (KutipFileLock, 1);
  lock->key = g_steal_pointer (&key);
  return lock;
}

void
kutip_file_unlock (KutipFileLock *lock)
{
  g_autoptr(GMutexLocker) locker = NULL;
  HeldLock *held_lock;

  if (lock == NULL)
    return;

  locker = g_mutex_locker_new (&held_mutex);
  held_lock = g_hash_table_lookup (held, lock->key);
  g_assert (held_lock != NULL);
  if (--held_lock->depth == 0)
    {
      /* Remove it while still holding it (see the top of this file). */
      g_unlink (held_lock->lock_path);
      close (held_lock->fd);
      g_hash_table_remove (held, lock->key);
    }
  g_free (lock->key);
  g_free (lock);
}

/* ---- replacing ------------------------------------------------------ */

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Writes @data to @temp (removing a stale one first), flushed to disk,
 * with @existing's mode and owner when the target exists. */
static gboolean
write_temp (const char        *target,
            const char        *temp,
            const struct stat *existing,
            const char        *data,
            gsize              length,
            GError           **error)
{
  GStatBuf st;
  int fd;

  /* We hold the lock: a temporary file of this target is a killed save's. */
  if (g_lstat (temp, &st) == 0)
    {
      if (!S_ISREG (st.st_mode) || g_unlink (temp) != 0)
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO,
                       _("%s: could not save: %s is in the way"), target, temp);
          return FALSE;
        }
    }

  fd = g_open (temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
               existing != NULL ? 0600 : 0666);
  if (fd < 0)
    return io_error (error, target, _("could not save"), errno);

  if (existing != NULL)
    {
      /* Keep the owner (possible for root) and the mode. */
      if ((existing->st_uid != geteuid () || existing->st_gid != getegid ()) &&
          fchown (fd, existing->st_uid, existing->st_gid) != 0)
        g_debug ("%s: could not keep the owner: %s", target, g_strerror (errno));
      if (fchmod (fd, existing->st_mode & 07777) != 0)
        g_debug ("%s: could not keep the mode: %s", target, g_strerror (errno));
    }

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temp);
      return io_error (error, target, _("could not save"), saved_errno);
    }
  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return io_error (error, target, _("could not save"), saved_errno);
    }
  return TRUE;
}

static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/**
 * kutip_file_replace_contents:
 *
 * Replaces the file at @path with @data so that a crash at any instant
 * leaves the old or the new file whole: temporary file beside it, fsync,
 * rename, under kutip_file_lock() (waiting up to %KUTIP_FILE_LOCK_WAIT_US).
 * A symlink stays and its target is replaced; an existing file keeps its
 * mode (and owner where allowed). A read-only file, or one that is not a
 * regular file, is refused.
 *
 * Returns: %TRUE on success; otherwise %FALSE with @error naming @path
 */
gboolean
kutip_file_replace_contents (const char  *path,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(KutipFileLock) lock = NULL;
  g_autofree char *target = NULL;
  g_autofree char *temp = NULL;
  struct stat st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  target = kutip_file_resolve_links (path, error);
  if (target == NULL)
    return FALSE;

  lock = kutip_file_lock (target, KUTIP_FILE_LOCK_WAIT_US, error);
  if (lock == NULL)
    return FALSE;

  exists = g_stat (target, &st) == 0;
  if (!exists && errno != ENOENT)
    return io_error (error, path, _("could not save"), errno);
  if (exists && !S_ISREG (st.st_mode))
    return not_regular (error, path, st.st_mode);
  /* The mode bits too: root may write anything, but 0444 says "keep". */
  if (exists && ((st.st_mode & 0222) == 0 || access (target, W_OK) != 0))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO,
                   _("%s: the file is read-only; not saved (make it writable, or save "
                     "under another name)"), path);
      return FALSE;
    }

  temp = beside (target, TEMP_SUFFIX);
  if (!write_temp (path, temp, exists ? &st : NULL, data, length, error))
    return FALSE;

  if (g_rename (temp, target) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return io_error (error, path, _("could not save"), saved_errno);
    }
  sync_folder (target);
  return TRUE;
}
