/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: runs the built kutip-cli ($KUTIP_CLI) on fixtures and bad
 * input and checks exit codes and output. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kutip.h"

#include "cli-test-util.h"

static char *
data_path (const char *first,
           ...)
{
  g_autofree char *tail = NULL;
  va_list ap;

  va_start (ap, first);
  tail = g_build_filename_valist (first, &ap);
  va_end (ap);
  return g_test_build_filename (G_TEST_DIST, "data", tail, NULL);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) validate_help = { 0 };
  g_auto(Run) stats_help = { 0 };
  g_auto(Run) new_help = { 0 };

  run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "kutip-cli " PACKAGE_VERSION "\n");

  run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  assert_contains (help.out, "validate");
  assert_contains (help.out, "stats");
  assert_contains (help.out, "new");

  run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "frobnicate");

  run_cli (&validate_help, "validate", "--help", NULL);
  g_assert_cmpint (validate_help.status, ==, 0);
  assert_contains (validate_help.out, "kutip-cli validate");
  assert_contains (validate_help.out, "--quiet");

  run_cli (&stats_help, "stats", "--help", NULL);
  g_assert_cmpint (stats_help.status, ==, 0);
  assert_contains (stats_help.out, "--json");

  run_cli (&new_help, "new", "--help", NULL);
  g_assert_cmpint (new_help.status, ==, 0);
  assert_contains (new_help.out, "--lang");
  assert_contains (new_help.out, "--published");
  assert_contains (new_help.out, "--force");
}

static void
test_validate (void)
{
  g_autofree char *good = data_path ("budi.kutip.json", NULL);
  g_autofree char *bad = data_path ("bad", "end-past-text.json", NULL);
  g_autofree char *bad2 = data_path ("bad", "not-json.json", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: $.annotations[3].end: ", bad);
  g_auto(Run) ok = { 0 };
  g_auto(Run) quiet = { 0 };
  g_auto(Run) mixed = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) bad_option = { 0 };

  run_cli (&ok, "validate", good, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  assert_contains (ok.out, "valid (annotations: 4, relations: 2, entities: 1)");
  g_assert_cmpstr (ok.err, ==, "");

  run_cli (&quiet, "validate", "-q", good, NULL);
  g_assert_cmpint (quiet.status, ==, 0);
  g_assert_cmpstr (quiet.out, ==, "");

  /* Every file is checked; each bad one is reported as FILE: $.path: problem. */
  run_cli (&mixed, "validate", bad, good, bad2, NULL);
  g_assert_cmpint (mixed.status, ==, 1);
  g_assert_true (g_str_has_prefix (mixed.err, expected));
  assert_contains (mixed.err, "past the end of the text");
  assert_contains (mixed.err, "not-json.json: line 12, column 17: not valid JSON");
  assert_contains (mixed.out, "budi.kutip.json: valid");

  run_cli (&none, "validate", NULL);
  g_assert_cmpint (none.status, ==, 2);
  assert_contains (none.err, "no file");

  run_cli (&bad_option, "validate", "--frob", good, NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
  assert_contains (bad_option.err, "--frob");
}

static void
test_stats (void)
{
  g_autofree char *good = data_path ("budi.kutip.json", NULL);
  g_autofree char *bad = data_path ("bad", "version-2.json", NULL);
  g_auto(Run) table = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) with_bad = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_dir = NULL;
  g_autofree char *copy = NULL;
  JsonObject *total, *labels;

  run_cli (&table, "stats", good, NULL);
  g_assert_cmpint (table.status, ==, 0);
  assert_contains (table.out, "speaker                  2         0         2         0");
  assert_contains (table.out, "all                      4         0         4         0");
  assert_contains (table.out, "relations 2, entities 1");

  /* Two files (one document named twice counts once). */
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
    copy_dir = g_dir_make_tmp ("kutip-cli-stats-XXXXXX", NULL);
    copy = g_build_filename (copy_dir, "budi-2.kutip.json", NULL);
    g_assert_true (g_file_set_contents (copy, contents, -1, NULL));
  }
  run_cli (&json, "stats", "--json", good, copy, good, NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = json_from_string (json.out, &error);
  g_assert_no_error (error);
  total = json_object_get_object_member (json_node_get_object (root), "total");
  g_assert_cmpint (json_object_get_int_member (total, "documents"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (
                     json_object_get_object_member (total, "annotations"), "total"), ==, 8);
  labels = json_object_get_object_member (total, "labels");
  g_assert_cmpint (json_object_get_int_member (
                     json_object_get_object_member (labels, "claim"), "accepted"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (total, "relations"), ==, 4);
  g_assert_cmpuint (json_array_get_length (
                      json_object_get_array_member (json_node_get_object (root), "files")), ==, 2);

  run_cli (&with_bad, "stats", good, bad, NULL);
  g_assert_cmpint (with_bad.status, ==, 1);
  assert_contains (with_bad.err, "version-2.json: $.version: ");
  assert_contains (with_bad.out, "budi.kutip.json");

  g_unlink (copy);
  g_rmdir (copy_dir);
}

/* Statuses are counted apart: the documented example has one pending and
 * one rejected annotation. */
static void
test_stats_statuses (void)
{
  g_autofree char *doc = g_build_filename (g_getenv ("KUTIP_SOURCE_ROOT"), "docs", "format.md",
                                           NULL);
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "example.kutip.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) json = { 0 };
  const char *start, *end;
  JsonObject *labels, *speaker;

  g_assert_true (g_file_get_contents (doc, &contents, NULL, NULL));
  start = strstr (contents, "```json\n") + strlen ("```json\n");
  end = strstr (start, "\n```");
  g_assert_true (g_file_set_contents (path, start, end - start + 1, NULL));

  run_cli (&json, "stats", "--json", path, NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = json_from_string (json.out, &error);
  g_assert_no_error (error);
  labels = json_object_get_object_member (
             json_object_get_object_member (json_node_get_object (root), "total"), "labels");
  speaker = json_object_get_object_member (labels, "speaker");
  g_assert_cmpint (json_object_get_int_member (speaker, "total"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (speaker, "accepted"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (speaker, "rejected"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (labels, "claim"),
                                               "pending"), ==, 1);

  g_remove (path);
  g_rmdir (dir);
}

static void
test_new (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-XXXXXX", NULL);
  g_autofree char *sample = NULL;
  g_autofree char *article = g_build_filename (dir, "gaza.txt", NULL);
  g_autofree char *sidecar = g_build_filename (dir, "gaza.kutip.json", NULL);
  g_autofree char *other = g_build_filename (dir, "other.kutip.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *written = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_auto(Run) made = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) forced = { 0 };
  g_auto(Run) to_other = { 0 };
  g_auto(Run) bad_lang = { 0 };
  g_auto(Run) bad_date = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) valid = { 0 };

  sample = g_build_filename (g_getenv ("KUTIP_SOURCE_ROOT"), "data", "samples",
                             "harakatuna-gaza-ceasefire-id.txt", NULL);
  g_assert_true (g_file_get_contents (sample, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (article, contents, (gssize) len, NULL));

  run_cli (&made, "new", article, "--lang", "id", "--published", "2025-01-16",
           "--title", "Gencatan senjata Gaza", NULL);
  g_assert_cmpint (made.status, ==, 0);
  assert_contains (made.out, sidecar);
  document = kutip_store_load_file (sidecar, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_document_get_language (document), ==, "id");
  g_assert_cmpstr (kutip_document_get_published (document), ==, "2025-01-16");
  g_assert_cmpstr (kutip_document_get_title (document), ==, "Gencatan senjata Gaza");
  g_assert_cmpstr (kutip_document_get_id (document), ==, "gaza");
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);

  run_cli (&valid, "validate", sidecar, NULL);
  g_assert_cmpint (valid.status, ==, 0);

  /* An existing file is kept unless --force. */
  run_cli (&again, "new", article, NULL);
  g_assert_cmpint (again.status, ==, 1);
  assert_contains (again.err, "--force");
  g_assert_true (g_file_get_contents (sidecar, &written, NULL, NULL));
  assert_contains (written, "Gencatan senjata Gaza");
  g_clear_pointer (&written, g_free);

  run_cli (&forced, "new", article, "--force", "--lang", "en", NULL);
  g_assert_cmpint (forced.status, ==, 0);
  g_assert_true (g_file_get_contents (sidecar, &written, NULL, NULL));
  assert_contains (written, "\"language\": \"en\"");

  run_cli (&to_other, "new", article, "-o", other, NULL);
  g_assert_cmpint (to_other.status, ==, 0);
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  run_cli (&bad_lang, "new", article, "--lang", "fr", "-o", other, "--force", NULL);
  g_assert_cmpint (bad_lang.status, ==, 2);
  assert_contains (bad_lang.err, "unknown language “fr” (use one of id, en)");

  run_cli (&bad_date, "new", article, "--published", "16/01/2025", "-o", other, "--force", NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  assert_contains (bad_date.err, "--published");

  run_cli (&missing, "new", "/nonexistent/a.txt", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  assert_contains (missing.err, "/nonexistent/a.txt");

  /* The article itself is never written. */
  g_clear_pointer (&written, g_free);
  g_assert_true (g_file_get_contents (article, &written, &len, NULL));
  g_assert_cmpstr (written, ==, contents);

  g_remove (other);
  g_remove (sidecar);
  g_remove (article);
  g_rmdir (dir);
}

/* Runs kutip-cli under timeout(1) so a read that blocks fails the test
 * instead of hanging it (status 124). */
G_GNUC_NULL_TERMINATED static void
run_cli_bounded (Run        *run,
                 const char *first,
                 ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "timeout");
  g_ptr_array_add (args, (gpointer) "20");
  g_ptr_array_add (args, (gpointer) g_getenv ("KUTIP_CLI"));
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL,
                               NULL, &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_assert_cmpint (run->status, !=, 124);
}

static void
assert_refused (Run        *run,
                const char *path)
{
  g_autofree char *message = g_strconcat (path, ": not a regular file", NULL);

  g_assert_cmpint (run->status, ==, 1);
  assert_contains (run->err, message);
}

/* Only regular files are read: a FIFO would block every reader, a symlink
 * to /dev/zero would be read until memory runs out. */
static void
test_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-special-XXXXXX", NULL);
  g_autofree char *good = data_path ("budi.kutip.json", NULL);
  g_autofree char *fifo_json = g_build_filename (dir, "pipe.kutip.json", NULL);
  g_autofree char *fifo_txt = g_build_filename (dir, "pipe.txt", NULL);
  g_autofree char *fifo_jsonl = g_build_filename (dir, "pipe.jsonl", NULL);
  g_autofree char *zero_json = g_build_filename (dir, "zero.kutip.json", NULL);
  g_autofree char *zero_jsonl = g_build_filename (dir, "zero.jsonl", NULL);
  g_autofree char *brat = g_build_filename (dir, "brat", NULL);
  g_autofree char *brat_ann = g_build_filename (brat, "doc.ann", NULL);
  g_autofree char *brat_txt = g_build_filename (brat, "doc.txt", NULL);
  g_autofree char *article = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *sidecar = g_build_filename (dir, "a.kutip.json", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *out_file = g_build_filename (dir, "out.kutip.json", NULL);
  g_auto(Run) validate_fifo = { 0 };
  g_auto(Run) validate_zero = { 0 };
  g_auto(Run) stats_fifo = { 0 };
  g_auto(Run) new_fifo = { 0 };
  g_auto(Run) import_fifo = { 0 };
  g_auto(Run) import_zero = { 0 };
  g_auto(Run) import_brat = { 0 };
  g_auto(Run) predictions_fifo = { 0 };
  g_auto(Run) predictions_zero = { 0 };
  g_auto(Run) suggest_fifo = { 0 };
  g_auto(Run) export_fifo = { 0 };
  g_auto(Run) export_zero = { 0 };

  g_assert_cmpint (mkfifo (fifo_json, 0600), ==, 0);
  g_assert_cmpint (mkfifo (fifo_txt, 0600), ==, 0);
  g_assert_cmpint (mkfifo (fifo_jsonl, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero_json), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero_jsonl), ==, 0);
  g_assert_cmpint (g_mkdir (brat, 0700), ==, 0);
  g_assert_cmpint (mkfifo (brat_ann, 0600), ==, 0);
  g_assert_true (g_file_set_contents (brat_txt, "Budi berkata.", -1, NULL));
  g_assert_true (g_file_set_contents (article, "Budi berkata, \"Ya.\"\n", -1, NULL));

  run_cli_bounded (&validate_fifo, "validate", fifo_json, good, NULL);
  assert_refused (&validate_fifo, fifo_json);
  assert_contains (validate_fifo.out, "budi.kutip.json: valid");
  run_cli_bounded (&validate_zero, "validate", zero_json, NULL);
  assert_refused (&validate_zero, zero_json);
  run_cli_bounded (&stats_fifo, "stats", fifo_json, NULL);
  assert_refused (&stats_fifo, fifo_json);
  run_cli_bounded (&new_fifo, "new", fifo_txt, "-o", out_file, NULL);
  assert_refused (&new_fifo, fifo_txt);

  run_cli_bounded (&import_fifo, "import", "--format", "jsonl", "-o", out, fifo_jsonl, NULL);
  assert_refused (&import_fifo, fifo_jsonl);
  run_cli_bounded (&import_zero, "import", "--format", "jsonl", "-o", out, zero_jsonl, NULL);
  assert_refused (&import_zero, zero_jsonl);
  run_cli_bounded (&import_brat, "import", "--format", "brat", "-o", out, brat, NULL);
  assert_refused (&import_brat, brat_ann);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  run_cli_bounded (&predictions_fifo, "suggest", "--no-rules", "--predictions", fifo_jsonl,
                   article, NULL);
  assert_refused (&predictions_fifo, fifo_jsonl);
  run_cli_bounded (&predictions_zero, "suggest", "--no-rules", "--predictions", zero_jsonl,
                   article, NULL);
  assert_refused (&predictions_zero, zero_jsonl);
  run_cli_bounded (&suggest_fifo, "suggest", fifo_txt, NULL);
  assert_refused (&suggest_fifo, fifo_txt);

  run_cli_bounded (&export_fifo, "export", "--format", "jsonl", "-o", out_file, fifo_jsonl, NULL);
  assert_refused (&export_fifo, fifo_jsonl);
  run_cli_bounded (&export_zero, "export", "--format", "jsonl", "-o", out_file, zero_json, NULL);
  assert_refused (&export_zero, zero_json);

  g_remove (brat_ann);
  g_remove (brat_txt);
  g_rmdir (brat);
  g_remove (out_file);
  g_remove (fifo_json);
  g_remove (fifo_txt);
  g_remove (fifo_jsonl);
  g_remove (zero_json);
  g_remove (zero_jsonl);
  g_remove (article);
  g_remove (sidecar);
  g_rmdir (dir);
}

/* `validate` and `stats` of a file with 100,000 labels, each in use: both
 * linear (looking labels up in lists took minutes). CPU time of the
 * child, so a busy machine does not matter. */
static void
test_many_labels (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-many-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.kutip.json", NULL);
  g_autofree char *hash = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  const char *text = "Budi berkata.";
  const guint many = 100000;
  const char *commands[] = { "validate", "stats" };

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  g_string_append_printf (json, "{\"format\": \"kutip\", \"version\": 1, \"text\": \"%s\", "
                          "\"text_sha256\": \"%s\", \"schema\": {\"labels\": [", text, hash);
  for (guint i = 0; i < many; i++)
    g_string_append_printf (json, "%s{\"name\": \"l%u\"}", i ? ", " : "", i);
  g_string_append (json, "]}, \"annotations\": [");
  for (guint i = 0; i < many; i++)
    g_string_append_printf (json, "%s{\"id\": \"a%u\", \"label\": \"l%u\", \"start\": 0, "
                            "\"end\": 4, \"text\": \"Budi\"}", i ? ", " : "", i, i);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL, *err = NULL;
      g_auto(GStrv) env = g_get_environ ();
      const char *argv[] = { g_getenv ("KUTIP_CLI"), commands[c], path, NULL };
      struct rusage before, after;
      gint64 cpu_us;
      int wait_status = 0;

      /* GLib keeps a quark of every label in use and drops its old quark
       * arrays as it grows them: LeakSanitizer would call that a leak. */
      env = g_environ_setenv (env, "ASAN_OPTIONS", "detect_leaks=0", TRUE);
      g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &before), ==, 0);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &wait_status, &error));
      g_assert_no_error (error);
      g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &after), ==, 0);
      g_assert_true (WIFEXITED (wait_status));
      g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
      cpu_us = (after.ru_utime.tv_sec - before.ru_utime.tv_sec) * G_USEC_PER_SEC +
               (after.ru_utime.tv_usec - before.ru_utime.tv_usec);
      g_test_message ("%s of %u labels: %.2f s of CPU", commands[c], many, cpu_us / 1e6);
      g_assert_cmpint (cpu_us, <, 30 * G_USEC_PER_SEC);
    }

  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/kutip/cli/validate", test_validate);
  g_test_add_func ("/kutip/cli/stats", test_stats);
  g_test_add_func ("/kutip/cli/stats-statuses", test_stats_statuses);
  g_test_add_func ("/kutip/cli/new", test_new);
  g_test_add_func ("/kutip/cli/special-files", test_special_files);
  g_test_add_func ("/kutip/cli/many-labels", test_many_labels);

  return g_test_run ();
}
