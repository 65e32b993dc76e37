/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-project.c: kutip-cli on folders: validate, stats, suggest and
 * export walk a project's documents (each once, bad ones reported while
 * the rest goes on), and status, search and who ask its index. */

#include "config.h"

#include "cli-test-util.h"
#include "project-test-util.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

G_GNUC_NULL_TERMINATED static int
exit_status (const char *first,
             ...)
{
  g_auto(Run) run = { 0 };
  va_list ap;

  va_start (ap, first);
  run_cli_valist (&run, first, ap);
  va_end (ap);
  return run.status;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static char *
corpus_with_bad_document (void)
{
  char *dir = make_temp_dir ();

  write_corpus (dir);
  write_file (dir, "rusak/bukan-json.kutip.json", "{\"format\": \"kutip\",\n  oops}\n");
  return dir;
}

static void
test_validate_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *bad_dir = corpus_with_bad_document ();
  g_auto(Run) good = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) bad_settings = { 0 };
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_corpus (dir);
  before = snapshot (dir);
  run_cli (&good, "validate", dir, NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_cmpuint (count_lines (good.out), ==, 6);
  expected = g_strdup_printf ("%s/politik/jokowi-subsidi.txt: valid (annotations: 3, relations: "
                              "2, entities: 1)\n", dir);
  assert_contains (good.out, expected);
  /* Reading a folder writes nothing in it. */
  after = snapshot (dir);
  g_assert_cmpstr (before, ==, after);

  /* One bad document: said, the others still checked, exit 1. */
  run_cli (&bad, "validate", "--quiet", bad_dir, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_free (expected);
  expected = g_strdup_printf ("%s/rusak/bukan-json.kutip.json: line 2, column 3: not valid JSON",
                              bad_dir);
  assert_contains (bad.err, expected);
  g_assert_cmpstr (bad.out, ==, "");

  /* The settings file is checked too. */
  write_file (dir, "kutip-project.json", "{\"format\": \"kutip-project\", \"version\": 1, "
                                         "\"language\": \"fr\"}");
  run_cli (&bad_settings, "validate", "-q", dir, NULL);
  g_assert_cmpint (bad_settings.status, ==, 1);
  assert_contains (bad_settings.err, "kutip-project.json: $.language: “fr” is not a language");

  remove_tree (dir);
  remove_tree (bad_dir);
}

static void
test_stats_folder (void)
{
  g_autofree char *dir = corpus_with_bad_document ();
  g_autofree char *one = NULL;
  g_autofree char *heading = NULL;
  g_auto(Run) table = { 0 };
  g_auto(Run) twice = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *folder;

  run_cli (&table, "stats", dir, NULL);
  g_assert_cmpint (table.status, ==, 1);
  assert_contains (table.err, "bukan-json.kutip.json: line 2");
  heading = g_strdup_printf ("%s (6 documents)\n", dir);
  assert_contains (table.out, heading);
  assert_contains (table.out, "claim                    3         1         2         0");

  /* A file of the folder named again is one document, not two. */
  one = g_build_filename (dir, "politik", "jokowi-subsidi.kutip.json", NULL);
  run_cli (&json, "stats", "--json", dir, one, NULL);
  g_assert_cmpint (json.status, ==, 1);
  root = json_from_string (json.out, NULL);
  g_assert_nonnull (root);
  folder = json_array_get_object_element (json_object_get_array_member (
                                            json_node_get_object (root), "files"), 0);
  g_assert_cmpstr (json_object_get_string_member (folder, "folder"), ==, dir);
  g_assert_cmpint (json_object_get_int_member (folder, "documents"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (
                     json_object_get_object_member (json_node_get_object (root), "total"),
                     "documents"), ==, 6);

  run_cli (&twice, "stats", one, one, NULL);
  assert_contains (twice.out, "jokowi-subsidi.kutip.json\n");
  g_assert_null (strstr (twice.out, "total ("));

  remove_tree (dir);
}

static void
test_suggest_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *done_before = NULL;
  g_autofree char *done_after = NULL;
  g_autofree char *beras = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) bad = { 0 };

  write_corpus (dir);
  write_file (dir, "kutip-project.json", "{\"format\": \"kutip-project\", \"version\": 1, "
                                         "\"language\": \"id\", \"suggest\": {\"families\": "
                                         "[\"dates\"]}}");
  write_file (dir, "ekonomi/harga-beras.txt",
              "Harga beras naik pada 12 Mei 2024 di pasar tradisional Jakarta.\n");
  done_before = read_file (dir, "politik/jokowi-subsidi.kutip.json");

  run_cli (&run, "suggest", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* Each document once; the one marked done is left as it is. */
  g_assert_cmpuint (count_lines (run.out), ==, 5);
  assert_contains (run.err, "1 document done or skipped was left as it is");
  done_after = read_file (dir, "politik/jokowi-subsidi.kutip.json");
  g_assert_cmpstr (done_before, ==, done_after);

  /* A bare article got its .kutip.json, with the settings' language and
   * families: dates only. */
  beras = read_file (dir, "ekonomi/harga-beras.kutip.json");
  assert_contains (beras, "\"language\": \"id\"");
  assert_contains (beras, "\"label\": \"date\"");
  assert_contains (beras, "\"value\": \"2024-05-12\"");
  g_assert_null (strstr (beras, "\"label\": \"claim\""));

  g_assert_cmpint (exit_status ("suggest", "-o", "x.kutip.json", dir, NULL), ==, 2);

  write_file (dir, "rusak/bukan-json.kutip.json", "{");
  run_cli (&bad, "suggest", dir, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  assert_contains (bad.err, "bukan-json.kutip.json: line 1, column 2");
  g_assert_cmpuint (count_lines (bad.out), ==, 5);

  remove_tree (dir);
}

static void
test_export_folder (void)
{
  g_autofree char *dir = corpus_with_bad_document ();
  g_autofree char *out = g_build_filename (dir, "..", "export.jsonl", NULL);
  g_autofree char *one = NULL;
  g_autofree char *exported = NULL;
  g_auto(Run) run = { 0 };

  /* A bad document: every document is read and each bad one named, but no
   * dataset is written with some left out. */
  run_cli (&run, "export", "--format", "jsonl", dir, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "bukan-json.kutip.json: line 2");
  assert_contains (run.err, "1 document could not be read (above).\nNothing was exported.");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* The folder and one of its files: still each document once. */
  {
    g_autofree char *bad = g_build_filename (dir, "rusak", "bukan-json.kutip.json", NULL);
    g_auto(Run) good = { 0 };

    g_assert_cmpint (g_unlink (bad), ==, 0);
    one = g_build_filename (dir, "ekonomi", "sri-mulyani.txt", NULL);
    run_cli (&good, "export", "--format", "jsonl", "--status", "all", dir, one, "-o", out, NULL);
    g_assert_cmpint (good.status, ==, 0);
    assert_contains (good.err, "Exported 3 documents");
    assert_contains (good.err, "3 articles without annotations (no .kutip.json) left out");
  }
  g_assert_true (g_file_get_contents (out, &exported, NULL, NULL));
  g_assert_cmpuint (count_lines (exported), ==, 3);
  assert_contains (exported, "inflasi masih terkendali");
  g_unlink (out);

  remove_tree (dir);
}

static void
test_status (void)
{
  g_autofree char *dir = corpus_with_bad_document ();
  g_autofree char *heading = NULL;
  g_auto(Run) table = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) not_folder = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *folder, *statuses;
  JsonArray *list;

  run_cli (&table, "status", "--documents", dir, NULL);
  g_assert_cmpint (table.status, ==, 1);
  heading = g_strdup_printf ("%s: 1 of 7 documents done (14%%)\n", dir);
  assert_contains (table.out, heading);
  assert_contains (table.out, "  new                  4\n  in progress          1\n"
                              "  done                 1\n  skipped              0\n"
                              "  unreadable           1\n");
  assert_contains (table.out, "  done               1       0  politik/jokowi-subsidi.txt\n");
  assert_contains (table.err, "bukan-json.kutip.json: line 2");

  run_cli (&json, "status", "--json", "--documents", dir, NULL);
  g_assert_cmpint (json.status, ==, 1);
  root = json_from_string (json.out, NULL);
  g_assert_nonnull (root);
  folder = json_array_get_object_element (json_object_get_array_member (
                                            json_node_get_object (root), "folders"), 0);
  g_assert_cmpint (json_object_get_int_member (folder, "documents"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (folder, "unreadable"), ==, 1);
  statuses = json_object_get_object_member (folder, "statuses");
  g_assert_cmpint (json_object_get_int_member (statuses, "new"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (statuses, "in-progress"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (statuses, "done"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (statuses, "skipped"), ==, 0);
  list = json_object_get_array_member (folder, "list");
  g_assert_cmpuint (json_array_get_length (list), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0),
                                                  "document"), ==, "article-2.txt");

  /* Without a cache to write to, the index lives in memory: same answers. */
  {
    g_autofree char *cache = g_strdup (g_getenv ("XDG_CACHE_HOME"));
    g_auto(Run) no_cache = { 0 };

    g_setenv ("XDG_CACHE_HOME", "/dev/null", TRUE);
    run_cli (&no_cache, "status", dir, NULL);
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
    g_assert_cmpint (no_cache.status, ==, 1);
    assert_contains (no_cache.out, heading);
  }

  run_cli (&not_folder, "status", "/nonexistent/folder", NULL);
  g_assert_cmpint (not_folder.status, ==, 1);
  assert_contains (not_folder.err, "/nonexistent/folder: could not open the folder");

  remove_tree (dir);
}

static void
test_search (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *expected = NULL;
  g_auto(Run) words = { 0 };
  g_auto(Run) claims = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) limited = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *hit;

  write_corpus (dir);
  run_cli (&words, "search", dir, "subsidi", NULL);
  g_assert_cmpint (words.status, ==, 0);
  expected = g_strdup_printf ("%s/politik/jokowi-subsidi.txt:57: …mengatakan pada 3 Maret 2022 "
                              "bahwa “subsidi BBM akan dilanjutkan tahun ini.”\n",
                              dir);
  g_assert_cmpstr (words.out, ==, expected);

  /* Words the shell split make one query. */
  run_cli (&claims, "search", dir, "speaker:widodo", "label:claim", NULL);
  g_assert_cmpint (claims.status, ==, 0);
  g_free (expected);
  expected = g_strdup_printf ("%s/politik/jokowi-subsidi.txt:57: [claim accepted] ", dir);
  g_assert_true (g_str_has_prefix (claims.out, expected));
  g_assert_cmpuint (count_lines (claims.out), ==, 1);

  run_cli (&json, "search", "--json", dir, "status:pending", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = json_from_string (json.out, NULL);
  g_assert_nonnull (root);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "total"), ==, 2);
  hit = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                     "hits"), 1);
  g_assert_cmpstr (json_object_get_string_member (hit, "document"), ==,
                   "politik/jokowi-ikn.kutip.json");
  g_assert_cmpstr (json_object_get_string_member (hit, "label"), ==, "claim");
  g_assert_cmpstr (json_object_get_string_member (hit, "text"), ==,
                   "pembangunan ibu kota baru tetap berjalan");
  g_assert_cmpstr (json_object_get_string_member (hit, "speaker"), ==, "Jokowi");
  g_assert_cmpstr (json_object_get_string_member (hit, "date"), ==, "2022-08-10");
  g_assert_cmpint (json_object_get_int_member (hit, "offset"), ==, 24);

  run_cli (&limited, "search", "-n", "1", dir, "artikel", NULL);
  g_assert_cmpint (limited.status, ==, 0);
  g_assert_cmpuint (count_lines (limited.out), ==, 1);
  assert_contains (limited.err, "1 of 2 hits shown");

  /* Trusting the index: the same answer without looking at the files. */
  {
    g_auto(Run) trusted = { 0 };

    run_cli (&trusted, "search", "--no-refresh", dir, "subsidi", NULL);
    g_assert_cmpint (trusted.status, ==, 0);
    g_assert_cmpstr (trusted.out, ==, words.out);
  }

  run_cli (&bad, "search", dir, "date:2022-13", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  assert_contains (bad.err, "query “date:2022-13”: column 6: date: “2022-13” is not a date");

  remove_tree (dir);
}

static void
test_who (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *settings = NULL;
  g_auto(Run) people = { 0 };
  g_auto(Run) merged = { 0 };
  g_auto(Run) person = { 0 };
  g_auto(Run) csv = { 0 };
  g_auto(Run) json = { 0 };

  write_corpus (dir);
  run_cli (&people, "who", dir, NULL);
  g_assert_cmpint (people.status, ==, 0);
  g_assert_cmpstr (people.out, ==,
                   " claims  documents  person\n"
                   "      1          1  Jokowi\n"
                   "      1          1  Presiden Joko Widodo\n"
                   "      1          1  Sri Mulyani Indrawati\n");

  /* Merged once for the whole project: saved in its settings file. */
  run_cli (&merged, "who", "--merge", "Joko Widodo=Jokowi,Presiden Joko Widodo", dir, NULL);
  g_assert_cmpint (merged.status, ==, 0);
  g_assert_cmpstr (merged.out, ==,
                   " claims  documents  person\n"
                   "      2          2  Joko Widodo (also: Jokowi, Presiden Joko Widodo)\n"
                   "      1          1  Sri Mulyani Indrawati\n");
  settings = read_file (dir, "kutip-project.json");
  assert_contains (settings, "\"Joko Widodo\"");
  assert_contains (settings, "\"Jokowi\"");

  run_cli (&person, "who", dir, "jokowi", NULL);
  g_assert_cmpint (person.status, ==, 0);
  g_assert_cmpuint (count_lines (person.out), ==, 2);
  assert_contains (person.out, "jokowi-ikn.kutip.json:24: Joko Widodo (2022-08-10): "
                               "“pembangunan ibu kota baru tetap berjalan” [pending]\n");

  run_cli (&csv, "who", "--csv", dir, NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "\xEF\xBB\xBF" "document,claim_id,person,speaker,"));
  g_assert_cmpuint (count_lines (csv.out), ==, 4);
  assert_contains (csv.out, "politik/jokowi-subsidi.txt,ac,Joko Widodo,Presiden Joko Widodo,"
                            "subsidi BBM akan dilanjutkan tahun ini.,,2022-03-03,accepted,57,"
                            "96\r\n");

  run_cli (&json, "who", "--json", dir, NULL);
  g_assert_cmpint (json.status, ==, 0);
  assert_contains (json.out, "\"merged\" : true");

  g_assert_cmpint (exit_status ("who", "--merge", "nobody", dir, NULL), ==, 1);
  g_assert_cmpint (exit_status ("who", "--csv", "--json", dir, NULL), ==, 2);
  g_assert_cmpint (exit_status ("who", NULL), ==, 2);

  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache = NULL;

  g_test_init (&argc, &argv, NULL);
  /* kutip-cli keeps its indexes in a cache of the test's own. */
  cache = g_dir_make_tmp ("kutip-cli-cache-XXXXXX", NULL);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  g_test_add_func ("/kutip/cli-project/validate", test_validate_folder);
  g_test_add_func ("/kutip/cli-project/stats", test_stats_folder);
  g_test_add_func ("/kutip/cli-project/suggest", test_suggest_folder);
  g_test_add_func ("/kutip/cli-project/export", test_export_folder);
  g_test_add_func ("/kutip/cli-project/status", test_status);
  g_test_add_func ("/kutip/cli-project/search", test_search);
  g_test_add_func ("/kutip/cli-project/who", test_who);

  {
    int status = g_test_run ();

    remove_tree (cache);
    return status;
  }
}
