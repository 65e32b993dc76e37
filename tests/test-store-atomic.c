/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-atomic.c: a process killed at any instant while saving leaves
 * the old or the new file on disk, whole. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
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

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    /* Temporary files of killed saves stay behind; remove them. */
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_remove (p);
      }
    g_rmdir (dir);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/store/atomic-save", test_atomic_save);

  return g_test_run ();
}
