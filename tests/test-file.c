/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-file.c: reading only regular files, following links, and the
 * advisory lock saves take (kutip-file.h). */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kutip.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in: %s", needle, haystack);
}

static void
assert_not_regular (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *message = g_strconcat (path, ": not a regular file", NULL);
  g_autoptr(GInputStream) stream = NULL;
  gint64 begin = g_get_monotonic_time ();

  g_assert_false (kutip_file_check_regular (path, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  assert_contains (error->message, message);
  g_clear_error (&error);

  g_assert_cmpint (kutip_file_open_regular (path, &error), ==, -1);
  assert_contains (error->message, message);
  g_clear_error (&error);

  g_assert_false (kutip_file_get_contents (path, &contents, NULL, &error));
  g_assert_null (contents);
  assert_contains (error->message, message);
  g_clear_error (&error);

  stream = kutip_file_read_stream (path, &error);
  g_assert_null (stream);
  assert_contains (error->message, message);

  /* Refused at once, not after reading or waiting. */
  g_assert_cmpint (g_get_monotonic_time () - begin, <, G_USEC_PER_SEC);
}

static void
test_regular_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-file-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.kutip.json", NULL);
  g_autofree char *to_fifo = g_build_filename (dir, "to-pipe.kutip.json", NULL);
  g_autofree char *to_zero = g_build_filename (dir, "zero.txt", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub.json", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.txt", NULL);
  g_autofree char *to_plain = g_build_filename (dir, "to-plain.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("pipe.kutip.json", to_fifo), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", to_zero), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (plain, "Budi berkata.", -1, NULL));
  g_assert_cmpint (symlink ("plain.txt", to_plain), ==, 0);

  assert_not_regular (fifo);
  assert_not_regular (to_fifo);
  assert_not_regular (to_zero);
  assert_not_regular (sub);

  {
    g_autoptr(KutipDocument) document = kutip_store_open (to_fifo, KUTIP_LOAD_DEFAULT, &error);

    g_assert_null (document);
    assert_contains (error->message, "not a regular file");
    g_clear_error (&error);
  }

  /* A symlink to a regular file is read. */
  g_assert_true (kutip_file_get_contents (to_plain, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "Budi berkata.");
  g_assert_cmpuint (length, ==, strlen ("Budi berkata."));

  g_assert_false (kutip_file_get_contents (missing, &contents, &length, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  assert_contains (error->message, missing);
  assert_contains (error->message, "could not read");

  g_remove (to_plain);
  g_remove (plain);
  g_rmdir (sub);
  g_remove (to_zero);
  g_remove (to_fifo);
  g_remove (fifo);
  g_rmdir (dir);
}

static void
test_resolve_links (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-file-XXXXXX", NULL);
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *real = g_build_filename (real_dir, "doc.kutip.json", NULL);
  g_autofree char *hop = g_build_filename (real_dir, "hop.kutip.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.kutip.json", NULL);
  g_autofree char *loop_a = g_build_filename (dir, "a", NULL);
  g_autofree char *loop_b = g_build_filename (dir, "b", NULL);
  g_autofree char *resolved = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  g_assert_cmpint (symlink ("doc.kutip.json", hop), ==, 0);
  g_assert_cmpint (symlink ("real/hop.kutip.json", link), ==, 0);

  /* Relative links are relative to their own folder; dangling ones too. */
  resolved = kutip_file_resolve_links (link, &error);
  g_assert_no_error (error);
  expected = g_build_filename (dir, "real", "doc.kutip.json", NULL);
  g_assert_cmpstr (resolved, ==, expected);
  g_clear_pointer (&resolved, g_free);

  resolved = kutip_file_resolve_links (real, &error);
  g_assert_cmpstr (resolved, ==, real);

  g_assert_cmpint (symlink ("b", loop_a), ==, 0);
  g_assert_cmpint (symlink ("a", loop_b), ==, 0);
  g_assert_null (kutip_file_resolve_links (loop_a, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  assert_contains (error->message, loop_a);

  g_remove (loop_a);
  g_remove (loop_b);
  g_remove (link);
  g_remove (hop);
  g_rmdir (real_dir);
  g_rmdir (dir);
}

/* A child process takes the lock of @path, says so on @ready, and holds it
 * for @hold_ms (or until killed). */
static pid_t
hold_lock_in_child (const char *path,
                    guint       hold_ms)
{
  int ready[2];
  char byte = 0;
  pid_t pid;

  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      KutipFileLock *lock;

      close (ready[0]);
      lock = kutip_file_lock (path, 0, NULL);
      if (lock == NULL || write (ready[1], "l", 1) != 1)
        _exit (3);
      g_usleep (hold_ms * 1000);
      kutip_file_unlock (lock);
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  return pid;
}

static void
test_lock (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-file-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.kutip.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.kutip.json", NULL);
  g_autoptr(GError) error = NULL;
  KutipFileLock *outer, *inner;
  int status = 0;
  gint64 begin;
  pid_t pid;

  g_assert_cmpint (symlink ("doc.kutip.json", link), ==, 0);

  /* Nested in one process (a caller's lock, then the save's own). */
  outer = kutip_file_lock (path, 0, &error);
  g_assert_no_error (error);
  inner = kutip_file_lock (link, 0, &error);
  g_assert_no_error (error);
  kutip_file_unlock (inner);
  kutip_file_unlock (outer);

  /* Another process holds it: trying fails at once, clearly; waiting gets
   * it once the holder lets go. A link to the file is the same lock. */
  pid = hold_lock_in_child (path, 400);
  begin = g_get_monotonic_time ();
  g_assert_null (kutip_file_lock (link, 100 * 1000, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  assert_contains (error->message, "another program is saving it");
  g_assert_cmpint (g_get_monotonic_time () - begin, >=, 100 * 1000);
  g_clear_error (&error);

  outer = kutip_file_lock (path, 10 * G_USEC_PER_SEC, &error);
  g_assert_no_error (error);
  g_assert_nonnull (outer);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  kutip_file_unlock (outer);

  /* A holder killed leaves its lock file; it does not block anyone. */
  pid = hold_lock_in_child (path, 60 * 1000);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  outer = kutip_file_lock (path, 0, &error);
  g_assert_no_error (error);
  kutip_file_unlock (outer);

  /* Unlocking removes the lock file: nothing is left beside the document. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      g_assert_cmpstr (name, ==, "link.kutip.json");
  }

  g_remove (link);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/file/regular-only", test_regular_only);
  g_test_add_func ("/kutip/file/resolve-links", test_resolve_links);
  g_test_add_func ("/kutip/file/lock", test_lock);

  return g_test_run ();
}
