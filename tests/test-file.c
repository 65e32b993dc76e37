/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-file.c: reading only regular files (kutip-file.h). */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/file/regular-only", test_regular_only);

  return g_test_run ();
}
