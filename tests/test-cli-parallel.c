/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-parallel.c: `kutip-cli suggest --jsonl` is a pure line filter,
 * so splitting its input over processes with GNU parallel (`parallel
 * --pipe --keep-order`) gives byte for byte the output of one process.
 * GNU parallel is one of Kutip's test dependencies (build-aux/install-deps.sh):
 * without it this test fails rather than skips. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "kutip.h"

static const char * const sentences[] = {
  "Menteri Keuangan Sri Mulyani mengatakan, “Inflasi masih terkendali pada NUM Mei 2024.”",
  "“Kami akan membangun NUM sekolah baru tahun ini,” kata Gubernur Budi Santoso di Bandung.",
  "Juru bicara polisi menyebut NUM orang ditahan kemarin setelah unjuk rasa di Jakarta.",
  "President Joko Widodo said on Monday that “the new capital will open in NUM.”",
  "“Harga beras naik NUM persen,” ujar Kepala Badan Pangan pada Senin (20/5).",
  "The minister told reporters: “We expect NUM flights to resume next week.”",
  "Cuaca cerah di NUM kota, tanpa kutipan siapa pun.",
};

/* Lines {"id", "text", "lang"?, "published"?} with quotes, speakers and
 * dates in Indonesian and English. */
static char *
make_input (guint n_lines)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *line = NULL;
      g_autofree char *id = g_strdup_printf ("artikel-%u", i);

      for (guint k = 0; k < 1 + i % 4; k++)
        {
          g_autoptr(GString) sentence = g_string_new (sentences[(i + k * 3) %
                                                                G_N_ELEMENTS (sentences)]);
          g_autofree char *number = g_strdup_printf ("%u", i * 7 + k);

          g_string_replace (sentence, "NUM", number, 0);
          g_string_append (text, sentence->str);
          g_string_append (text, k % 2 == 0 ? " " : "\n");
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text->str);
      if (i % 3 != 0)
        {
          json_builder_set_member_name (builder, "lang");
          json_builder_add_string_value (builder, i % 3 == 1 ? "id" : "en");
        }
      if (i % 2 == 0)
        {
          g_autofree char *date = g_strdup_printf ("2024-05-%02u", 1 + i % 28);

          json_builder_set_member_name (builder, "published");
          json_builder_add_string_value (builder, date);
        }
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      line = json_to_string (root, FALSE);
      g_string_append_printf (out, "%s\n", line);
    }
  return g_string_free (out, FALSE);
}

static void
run_shell (const char *command,
           char      **out,
           int        *status)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/bin/sh", "-c", command, NULL };
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out,
                               NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  *status = WEXITSTATUS (wait_status);
}

static void
test_parallel_same_bytes (void)
{
  const char *cli = g_getenv ("KUTIP_CLI");
  g_autofree char *parallel = g_find_program_in_path ("parallel");
  g_autofree char *dir = g_dir_make_tmp ("kutip-parallel-XXXXXX", NULL);
  g_autofree char *input_path = g_build_filename (dir, "articles.jsonl", NULL);
  g_autofree char *input = make_input (240);
  g_autofree char *single_cmd = NULL;
  g_autofree char *parallel_cmd = NULL;
  g_autofree char *single = NULL;
  g_autofree char *split = NULL;
  g_autofree char *jobs = NULL;
  g_autofree char *joblog = g_build_filename (dir, "jobs.log", NULL);
  int status = -1;

  g_assert_nonnull (cli);
  if (parallel == NULL)
    g_error ("GNU parallel is not installed: run build-aux/install-deps.sh");

  g_assert_true (g_file_set_contents (input_path, input, -1, NULL));

  single_cmd = g_strdup_printf ("'%s' suggest --jsonl < '%s'", cli, input_path);
  run_shell (single_cmd, &single, &status);
  g_assert_cmpint (status, ==, 0);

  /* 12 lines per job, two at a time, output in input order. */
  parallel_cmd = g_strdup_printf ("'%s' --will-cite --pipe --keep-order -N 12 -j 2 "
                                  "--joblog '%s' '%s' suggest --jsonl < '%s'",
                                  parallel, joblog, cli, input_path);
  run_shell (parallel_cmd, &split, &status);
  g_assert_cmpint (status, ==, 0);

  /* One line out per line in, with suggestions in them. */
  {
    guint lines = 0;

    for (const char *p = single; *p; p++)
      lines += *p == '\n';
    g_assert_cmpuint (lines, ==, 240);
    g_assert_nonnull (strstr (single, "\"speaker\""));
    g_assert_nonnull (strstr (single, "\"claim\""));
    g_assert_nonnull (strstr (single, "\"date\""));
  }
  g_assert_cmpuint (strlen (split), ==, strlen (single));
  g_assert_true (strcmp (split, single) == 0);

  /* It really was split: 20 jobs in the log (and its header). */
  g_assert_true (g_file_get_contents (joblog, &jobs, NULL, NULL));
  {
    guint lines = 0;

    for (const char *p = jobs; *p; p++)
      lines += *p == '\n';
    g_assert_cmpuint (lines, ==, 21);
  }

  g_unlink (input_path);
  g_unlink (joblog);
  g_rmdir (dir);
}

static void
remove_home (const char *path)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", path);

  g_assert_cmpint (system (command), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("kutip-parallel-home-XXXXXX", NULL);
  int status;

  /* GNU parallel keeps its files in a home of the test's own. */
  g_setenv ("HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/cli-parallel/same-bytes", test_parallel_same_bytes);

  status = g_test_run ();
  remove_home (home);
  return status;
}
