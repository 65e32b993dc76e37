/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-annotators.c: the project layout of annotators' versions:
 * PROJECT/kutip-annotators/NAME/RELATIVE, walked one document at a time. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kutip.h"
#include "kutip-annotators.h"

static void
test_names (void)
{
  g_autofree char *plain = kutip_annotator_folder_name ("Dina Putri");
  g_autofree char *slashes = kutip_annotator_folder_name ("dina/eko\\fitri");
  g_autofree char *dots = kutip_annotator_folder_name ("../..");
  g_autofree char *hidden = kutip_annotator_folder_name (" .dina ");
  g_autofree char *path = kutip_annotator_version_path ("/p", "a/b.kutip.json", "dina");

  g_assert_cmpstr (plain, ==, "Dina Putri");
  g_assert_cmpstr (slashes, ==, "dina-eko-fitri");
  /* "../.." loses its leading dots and stays inside the folder. */
  g_assert_cmpstr (dots, ==, "-..");
  g_assert_cmpstr (hidden, ==, "dina");
  g_assert_null (kutip_annotator_folder_name ("..."));
  g_assert_null (kutip_annotator_folder_name ("  "));
  g_assert_cmpstr (path, ==, "/p/kutip-annotators/dina/a/b.kutip.json");
  g_assert_null (kutip_annotator_version_path ("/p", "a.kutip.json", ".."));

  g_assert_true (kutip_annotators_is_version ("kutip-annotators/dina/a.kutip.json"));
  g_assert_true (kutip_annotators_is_version ("./kutip-annotators/dina/a.kutip.json"));
  g_assert_false (kutip_annotators_is_version ("kutip-annotators-old/a.kutip.json"));
  g_assert_false (kutip_annotators_is_version ("news/kutip-annotators.kutip.json"));
}

static void
write_file (const char *root,
            const char *relative)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "{}", -1, &error));
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

typedef struct
{
  const char *project;
  GString    *seen;
} Seen;

static gboolean
record (const char         *relative,
        const char * const *paths,
        gpointer            user_data)
{
  Seen *seen = user_data;

  g_string_append_printf (seen->seen, "%s:", relative);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *expected = NULL;
      const char *names[] = { "dina", "eko", "fitri" };

      if (paths[i] == NULL)
        {
          g_string_append (seen->seen, " -");
          continue;
        }
      expected = kutip_annotator_version_path (seen->project, relative, names[i]);
      g_assert_cmpstr (paths[i], ==, expected);
      g_string_append_printf (seen->seen, " %s", names[i]);
    }
  g_string_append_c (seen->seen, '\n');
  return TRUE;
}

/* Each document once, with every annotator's version or NULL; folders
 * sorted; other files, hidden ones and an annotator without a folder
 * skipped. */
static void
test_walk (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *project = g_dir_make_tmp ("kutip-annotators-XXXXXX", &error);
  g_auto(GStrv) annotators = NULL;
  const char *names[] = { "dina", "eko", "fitri", NULL };
  Seen seen = { project, g_string_new (NULL) };

  g_assert_no_error (error);
  annotators = kutip_annotators_list (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (annotators), ==, 0);
  g_clear_pointer (&annotators, g_strfreev);

  write_file (project, "b.kutip.json");   /* the curated file: not a version */
  write_file (project, "kutip-annotators/eko/b.kutip.json");
  write_file (project, "kutip-annotators/eko/a.kutip.json");
  write_file (project, "kutip-annotators/eko/notes.txt");
  write_file (project, "kutip-annotators/eko/.hidden.kutip.json");
  write_file (project, "kutip-annotators/dina/b.kutip.json");
  write_file (project, "kutip-annotators/dina/sub/c.kutip.json");
  write_file (project, "kutip-annotators/eko/sub/c.kutip.json");
  write_file (project, "kutip-annotators/eko/sub/d.kutip.json");
  write_file (project, "kutip-annotators/stray.kutip.json");

  annotators = kutip_annotators_list (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (annotators), ==, 2);
  g_assert_cmpstr (annotators[0], ==, "dina");
  g_assert_cmpstr (annotators[1], ==, "eko");

  {
    g_auto(GStrv) of_b = kutip_annotators_of_document (project, "b.kutip.json", NULL);
    g_auto(GStrv) of_d = kutip_annotators_of_document (project, "sub/d.kutip.json", names);
    g_auto(GStrv) of_none = kutip_annotators_of_document (project, "none.kutip.json", names);

    g_assert_cmpuint (g_strv_length (of_b), ==, 2);
    g_assert_cmpstr (of_b[0], ==, "dina");
    g_assert_cmpuint (g_strv_length (of_d), ==, 1);
    g_assert_cmpstr (of_d[0], ==, "eko");
    g_assert_cmpuint (g_strv_length (of_none), ==, 0);
  }

  g_assert_true (kutip_annotators_foreach_document (project, names, record, &seen, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seen.seen->str, ==,
                   "b.kutip.json: dina eko -\n"
                   "sub/c.kutip.json: dina eko -\n"
                   "a.kutip.json: - eko -\n"
                   "sub/d.kutip.json: - eko -\n");

  g_string_free (seen.seen, TRUE);
  remove_tree (project);
}

static void
write_version (const char *project,
               const char *annotator,
               const char *relative,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = kutip_document_new_from_string (text, -1, &error);
  g_autofree char *path = kutip_annotator_version_path (project, relative, annotator);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_no_error (error);
  kutip_document_set_annotator (document, annotator);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (kutip_store_save_file (document, path, &error));
  g_assert_no_error (error);
}

typedef struct
{
  GString *seen;
  guint    calls;
  guint    stop_after;
} Loaded;

static gboolean
record_loaded (const char            *relative,
               KutipDocument * const *versions,
               const GError * const  *errors,
               gpointer               user_data)
{
  Loaded *loaded = user_data;

  g_string_append_printf (loaded->seen, "%s:", relative);
  for (guint i = 0; i < 2; i++)
    {
      if (versions[i] != NULL)
        {
          g_assert_null (errors[i]);
          g_string_append_printf (loaded->seen, " %s", kutip_text_get_utf8 (
                                    kutip_document_get_text (versions[i]), NULL));
        }
      else if (errors[i] != NULL)
        /* The message names the file. */
        g_string_append_printf (loaded->seen, " error(%s)",
                                strstr (errors[i]->message, relative) ? "named" : "?");
      else
        g_string_append (loaded->seen, " -");
    }
  g_string_append_c (loaded->seen, '\n');
  return ++loaded->calls != loaded->stop_after;
}

/* Loading ahead on threads gives the walk's order and every version, an
 * unreadable one as an error; the function can stop the walk. */
static void
test_loaded (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *project = g_dir_make_tmp ("kutip-annotators-XXXXXX", &error);
  g_autofree char *broken = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  const char *names[] = { "dina", "eko", NULL };

  g_assert_no_error (error);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *relative = g_strdup_printf ("doc-%02u.kutip.json", i);
      g_autofree char *text = g_strdup_printf ("Teks nomor %u.", i);

      write_version (project, "dina", relative, text);
      if (i % 7 != 3)
        write_version (project, "eko", relative, text);
      g_string_append_printf (expected, "%s: %s %s\n", relative, text,
                              i == 10 ? "error(named)" : i % 7 != 3 ? text : "-");
    }
  broken = kutip_annotator_version_path (project, "doc-10.kutip.json", "eko");
  g_assert_true (g_file_set_contents (broken, "{\"format\": \"kutip\", broken", -1, &error));

  for (guint threads = 1; threads <= 4; threads++)
    {
      Loaded loaded = { g_string_new (NULL), 0, 0 };
      Loaded stopping = { g_string_new (NULL), 0, 5 };

      g_assert_true (kutip_annotators_foreach_loaded (project, names, KUTIP_LOAD_DEFAULT, threads,
                                                      record_loaded, &loaded, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (loaded.seen->str, ==, expected->str);

      g_assert_true (kutip_annotators_foreach_loaded (project, names, KUTIP_LOAD_DEFAULT, threads,
                                                      record_loaded, &stopping, &error));
      g_assert_cmpuint (stopping.calls, ==, 5);
      g_string_free (loaded.seen, TRUE);
      g_string_free (stopping.seen, TRUE);
    }
  remove_tree (project);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/annotators/names", test_names);
  g_test_add_func ("/kutip/annotators/walk", test_walk);
  g_test_add_func ("/kutip/annotators/loaded", test_loaded);

  return g_test_run ();
}
