/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: runs the built kutip-cli ($KUTIP_CLI) on fixtures and bad
 * input and checks exit codes and output. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

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
  JsonObject *total, *labels;

  run_cli (&table, "stats", good, NULL);
  g_assert_cmpint (table.status, ==, 0);
  assert_contains (table.out, "speaker                  2         0         2         0");
  assert_contains (table.out, "all                      4         0         4         0");
  assert_contains (table.out, "relations 2, entities 1");

  run_cli (&json, "stats", "--json", good, good, NULL);
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

  return g_test_run ();
}
