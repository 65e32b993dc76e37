/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-atomic.c: a process killed at any instant while saving leaves
 * the old or the new file on disk, whole, and the next save cleans up after
 * it; saving writes through a symlink, refuses a read-only file and waits
 * for another process saving the same file. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kutip.h"

#define N_KILLS 200

/* A document big enough that a save takes a while (a few hundred KB). */
static KutipDocument *
make_document (const char *word,
               guint       n_annotations)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  KutipDocument *document;
  guint word_len = (guint) g_utf8_strlen (word, -1);

  for (guint i = 0; i < n_annotations; i++)
    g_string_append_printf (text, "%s %06u — “kutipan”. ", word, i);
  document = kutip_document_new_from_string (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);

  for (guint i = 0, offset = 0; i < n_annotations; i++)
    {
      KutipAnnotation *a = kutip_annotation_new (KUTIP_LABEL_SPEAKER, offset, offset + word_len);
      g_autofree char *id = g_strdup_printf ("a%u", i);

      kutip_annotation_set_id (a, id);
      kutip_annotation_set_text (a, word);
      g_ptr_array_add (annotations, a);
      offset += word_len + 21;
    }
  kutip_document_load_contents (document, annotations, none, none);
  return document;
}

static char *
read_all (const char *path,
          gsize      *len)
{
  char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, len, &error));
  g_assert_no_error (error);
  return contents;
}

/* @dir holds exactly the NULL-terminated names given. */
G_GNUC_NULL_TERMINATED static void
assert_only_file (const char *dir,
                  const char *first,
                  ...)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  const char *name;
  guint n = 0;
  va_list ap;

  va_start (ap, first);
  for (const char *e = first; e != NULL; e = va_arg (ap, const char *))
    g_ptr_array_add (expected, (gpointer) e);
  va_end (ap);

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < expected->len; i++)
        known = known || g_str_equal (name, g_ptr_array_index (expected, i));
      if (!known)
        g_error ("%s: unexpected file %s left", dir, name);
      n++;
    }
  g_assert_cmpuint (n, ==, expected->len);
}

static void
test_atomic_save (void)
{
  g_autoptr(KutipDocument) old_doc = make_document ("Retno", 3000);
  g_autoptr(KutipDocument) new_doc = make_document ("Marsudi", 2500);
  g_autofree char *dir = g_dir_make_tmp ("kutip-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.kutip.json", NULL);
  gsize old_len = 0, new_len = 0;
  g_autofree char *old_data = kutip_store_to_data (old_doc, TRUE, &old_len);
  g_autofree char *new_data = kutip_store_to_data (new_doc, TRUE, &new_len);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);
  guint n_old = 0, n_new = 0;
  gint64 window_us;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (dir);
  g_assert_cmpuint (old_len, >, 100000);
  g_assert_true (kutip_store_save_file (old_doc, path, &error));
  g_assert_no_error (error);

  /* Kill within about three saves, so kills land before, during and after
   * writes whatever this disk's speed. */
  {
    gint64 t0 = g_get_monotonic_time ();

    for (int i = 0; i < 3; i++)
      g_assert_true (kutip_store_save_file (i % 2 ? old_doc : new_doc, path, NULL));
    g_assert_true (kutip_store_save_file (old_doc, path, NULL));
    window_us = MAX ((g_get_monotonic_time () - t0) * 3 / 4, 2000);
  }

  for (guint round = 0; round < N_KILLS; round++)
    {
      g_autoptr(KutipDocument) loaded = NULL;
      g_autofree char *on_disk = NULL;
      gsize on_disk_len = 0;
      int status = 0;
      pid_t pid;

      int done_pipe[2];
      char byte = 0;

      g_assert_cmpint (pipe (done_pipe), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          /* Child: say it runs, then save the two documents in turn until
           * killed, telling the parent after each whole save. */
          close (done_pipe[0]);
          if (write (done_pipe[1], "r", 1) != 1)
            _exit (4);
          for (guint i = 0; ; i++)
            {
              if (!kutip_store_save_file (i % 2 == 0 ? new_doc : old_doc, path, NULL))
                _exit (3);
              if (write (done_pipe[1], "s", 1) != 1)
                _exit (4);
            }
        }
      close (done_pipe[1]);

      /* Time the kill from the child's start, not from fork (slow under
       * ASan). Every other round also waits for the first save to finish,
       * so kills land in the second save too however slow a loaded machine
       * makes the first. */
      g_assert_cmpint (read (done_pipe[0], &byte, 1), ==, 1);
      if (round % 2 == 1)
        g_assert_cmpint (read (done_pipe[0], &byte, 1), ==, 1);
      g_usleep (g_rand_int_range (rand, 0, (gint32) window_us));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      close (done_pipe[0]);

      on_disk = read_all (path, &on_disk_len);
      if (on_disk_len == old_len && memcmp (on_disk, old_data, old_len) == 0)
        n_old++;
      else if (on_disk_len == new_len && memcmp (on_disk, new_data, new_len) == 0)
        n_new++;
      else
        g_error ("round %u: the file is neither the old nor the new document (%" G_GSIZE_FORMAT
                 " bytes)", round, on_disk_len);

      loaded = kutip_store_load_file (path, KUTIP_LOAD_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
    }

  g_test_message ("%u kills within %" G_GINT64_FORMAT " µs: old file %u times, new file %u times",
                  N_KILLS, window_us, n_old, n_new);
  /* Both outcomes happen, so kills did land while saving. */
  g_assert_cmpuint (n_old, >, 0);
  g_assert_cmpuint (n_new, >, 0);

  /* A killed save leaves its temporary file; the next save of the file
   * removes it. */
  g_assert_true (kutip_store_save_file (new_doc, path, &error));
  g_assert_no_error (error);
  assert_only_file (dir, "doc.kutip.json", NULL);

  g_remove (path);
  g_rmdir (dir);
}

static KutipDocument *
small_document (const char *text)
{
  g_autoptr(GError) error = NULL;
  KutipDocument *document = kutip_document_new_from_string (text, -1, &error);

  g_assert_no_error (error);
  return document;
}

static char *
text_on_disk (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) loaded = kutip_store_load_file (path, KUTIP_LOAD_DEFAULT, &error);

  g_assert_no_error (error);
  return g_strdup (kutip_text_get_utf8 (kutip_document_get_text (loaded), NULL));
}

/* Saving over a symlink replaces its target and keeps the link. */
static void
test_save_through_symlink (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-atomic-XXXXXX", NULL);
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *target = g_build_filename (real_dir, "doc.kutip.json", NULL);
  g_autofree char *link = g_build_filename (dir, "doc.kutip.json", NULL);
  g_autoptr(KutipDocument) old_doc = small_document ("Lama.");
  g_autoptr(KutipDocument) new_doc = small_document ("Baru.");
  g_autofree char *on_disk = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  g_assert_true (kutip_store_save_file (old_doc, target, &error));
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink ("real/doc.kutip.json", link), ==, 0);

  g_assert_true (kutip_store_save_file (new_doc, link, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_document_get_path (new_doc), ==, link);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  on_disk = text_on_disk (target);
  g_assert_cmpstr (on_disk, ==, "Baru.");
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  assert_only_file (real_dir, "doc.kutip.json", NULL);
  assert_only_file (dir, "doc.kutip.json", "real", NULL);

  g_remove (link);
  g_remove (target);
  g_rmdir (real_dir);
  g_rmdir (dir);
}

/* A read-only file is refused with a message, not silently replaced. */
static void
test_save_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.kutip.json", NULL);
  g_autoptr(KutipDocument) old_doc = small_document ("Lama.");
  g_autoptr(KutipDocument) new_doc = small_document ("Baru.");
  g_autofree char *on_disk = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (kutip_store_save_file (old_doc, path, &error));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  g_assert_false (kutip_store_save_file (new_doc, path, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_null (kutip_document_get_path (new_doc));

  on_disk = text_on_disk (path);
  g_assert_cmpstr (on_disk, ==, "Lama.");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0444);
  assert_only_file (dir, "doc.kutip.json", NULL);

  g_chmod (path, 0644);
  g_remove (path);
  g_rmdir (dir);
}

/* Temporary files a killed save left are removed by the next save of that
 * file, and only those. */
static void
test_save_cleans_stale_temp (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.kutip.json", NULL);
  g_autofree char *stale = g_build_filename (dir, ".doc.kutip.json.kutip-tmp", NULL);
  g_autofree char *other = g_build_filename (dir, ".other.kutip.json.kutip-tmp", NULL);
  g_autofree char *user = g_build_filename (dir, "doc.kutip.json.bak", NULL);
  g_autoptr(KutipDocument) document = small_document ("Baru.");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (stale, "{\"format\": \"kut", -1, NULL));
  g_assert_true (g_file_set_contents (other, "{}", -1, NULL));
  g_assert_true (g_file_set_contents (user, "{}", -1, NULL));

  g_assert_true (kutip_store_save_file (document, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (user, G_FILE_TEST_EXISTS));

  g_remove (other);
  g_remove (user);
  g_remove (path);
  g_rmdir (dir);
}

/* A save waits while another process holds the file's lock (as a
 * `kutip-cli suggest` does from reading the file to saving it). */
static void
test_save_waits_for_lock (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.kutip.json", NULL);
  g_autoptr(KutipDocument) first = small_document ("Pertama.");
  g_autoptr(KutipDocument) second = small_document ("Kedua.");
  g_autofree char *on_disk = NULL;
  g_autoptr(GError) error = NULL;
  int ready[2];
  char byte = 0;
  int status = 0;
  gint64 begin;
  pid_t pid;

  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      /* Child: lock, say so, take a while, save, let go. */
      KutipFileLock *lock;

      close (ready[0]);
      lock = kutip_file_lock (path, 0, NULL);
      if (lock == NULL || write (ready[1], "l", 1) != 1)
        _exit (3);
      g_usleep (300 * 1000);
      if (!kutip_store_save_file (first, path, NULL))
        _exit (4);
      kutip_file_unlock (lock);
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);

  begin = g_get_monotonic_time ();
  g_assert_true (kutip_store_save_file (second, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - begin, >=, 200 * 1000);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  /* The waiting save came second. */
  on_disk = text_on_disk (path);
  g_assert_cmpstr (on_disk, ==, "Kedua.");
  assert_only_file (dir, "doc.kutip.json", NULL);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/store/atomic-save", test_atomic_save);
  g_test_add_func ("/kutip/store/save-through-symlink", test_save_through_symlink);
  g_test_add_func ("/kutip/store/save-read-only", test_save_read_only);
  g_test_add_func ("/kutip/store/save-cleans-stale-temp", test_save_cleans_stale_temp);
  g_test_add_func ("/kutip/store/save-waits-for-lock", test_save_waits_for_lock);

  return g_test_run ();
}
