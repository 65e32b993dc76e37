/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-project.c: a folder as a project: which files are documents and how
 * they pair, the settings file (defaults, bad files, merges), document
 * status in the list, unreadable documents, and that nothing in the folder
 * is ever touched. The index and search are in test-project-index.c. */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include "kutip-suggester.h"

#include "project-test-util.h"

static void
test_enumeration (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *keys = NULL;
  KutipDocumentInfo *info;

  write_corpus (dir);
  before = snapshot (dir);

  project = open_project (dir);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_project_get_documents (project)), ==, 0);
  refresh (project);

  /* Natural order (2 before 10), folders with their contents; an article
   * and its .kutip.json are one document; hidden folders, other files and
   * the settings file are not documents. */
  keys = list_keys (project);
  g_assert_cmpstr (keys, ==,
                   "article-2.txt article-10.txt ekonomi/harga-beras.txt "
                   "ekonomi/sri-mulyani.txt politik/jokowi-ikn.kutip.json "
                   "politik/jokowi-subsidi.txt");
  g_assert_cmpuint (kutip_project_get_problems (project)->len, ==, 0);

  info = find_info (project, "politik/jokowi-subsidi.txt");
  g_assert_cmpstr (kutip_document_info_get_title (info), ==, "Jokowi: subsidi BBM berlanjut");
  g_assert_true (g_str_has_suffix (kutip_document_info_get_sidecar_path (info),
                                   "/politik/jokowi-subsidi.kutip.json"));
  g_assert_true (kutip_document_info_get_indexed (info));
  g_assert_cmpuint (kutip_document_info_get_n_claims (info), ==, 1);
  g_assert_cmpuint (kutip_document_info_get_n_pending (info), ==, 0);
  g_assert_cmpstr (kutip_document_info_get_published (info), ==, "2022-03-04");
  /* Its .kutip.json finds the same row. */
  g_assert_true (kutip_project_lookup_document (project, "politik/jokowi-subsidi.kutip.json")
                 == info);
  {
    g_autofree char *absolute = g_build_filename (dir, "politik", "jokowi-subsidi.kutip.json",
                                                  NULL);

    g_assert_true (kutip_project_lookup_document (project, absolute) == info);
  }
  g_assert_null (kutip_project_lookup_document (project, "/etc/passwd"));

  /* A bare article: its title is its first line; it saves beside itself. */
  info = find_info (project, "ekonomi/harga-beras.txt");
  g_assert_cmpstr (kutip_document_info_get_title (info), ==,
                   "Harga beras naik di pasar tradisional Jakarta.");
  g_assert_true (g_str_has_suffix (kutip_document_info_get_sidecar_path (info),
                                   "/ekonomi/harga-beras.kutip.json"));
  g_assert_cmpuint (kutip_document_info_get_n_annotations (info), ==, 0);

  info = find_info (project, "politik/jokowi-ikn.kutip.json");
  g_assert_cmpuint (kutip_document_info_get_n_pending (info), ==, 2);
  g_assert_cmpint (kutip_document_info_get_status (info), ==, KUTIP_DOCUMENT_STATUS_NEW);
  g_assert_cmpuint (kutip_document_info_get_n_claims (info), ==, 1);

  /* Reading a folder as a project writes nothing in it, not even the
   * settings file. */
  after = snapshot (dir);
  g_assert_cmpstr (before, ==, after);

  remove_tree (dir);
}

/* The annotators' versions (kutip-annotators/NAME/…, docs/format.md) are
 * not documents of the project; a folder of that name deeper down is an
 * ordinary folder. */
static void
test_annotators_left_out (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipDocument) version = new_article (SRI_TEXT, "2022-05-01");
  g_autofree char *keys = NULL;

  write_corpus (dir);
  save_document (version, dir, "kutip-annotators/dina/ekonomi/sri-mulyani.kutip.json");
  write_file (dir, "kutip-annotators/eko/article-2.txt", "Artikel dua.\n");
  write_file (dir, "arsip/kutip-annotators/lama.txt", "Artikel lama.\n");

  project = open_project (dir);
  refresh (project);
  keys = list_keys (project);
  g_assert_cmpstr (keys, ==,
                   "arsip/kutip-annotators/lama.txt article-2.txt article-10.txt "
                   "ekonomi/harga-beras.txt ekonomi/sri-mulyani.txt politik/jokowi-ikn.kutip.json "
                   "politik/jokowi-subsidi.txt");
  g_assert_cmpuint (kutip_project_get_problems (project)->len, ==, 0);

  remove_tree (dir);
}

static void
test_pairing_conflicts (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipDocument) document = new_article ("Satu dua tiga.\n", "2024-01-01");
  g_autofree char *keys = NULL;
  GPtrArray *problems;

  /* x.md and x.txt would both open and save x.kutip.json. */
  write_file (dir, "x.txt", "Satu dua tiga.\n");
  write_file (dir, "x.md", "Satu dua tiga.\n");
  save_document (document, dir, "x.kutip.json");
  write_file (dir, "UPPER.TXT", "Huruf besar.\n");
  {
    g_autofree char *dangling = g_build_filename (dir, "dangling.txt", NULL);
    g_autofree char *loop = g_build_filename (dir, "loop", NULL);

    /* A link to nothing is a problem; a link to a folder is not followed. */
    g_assert_cmpint (symlink ("/nonexistent", dangling), ==, 0);
    g_assert_cmpint (symlink (dir, loop), ==, 0);
  }

  project = open_project (dir);
  refresh (project);
  keys = list_keys (project);
  g_assert_cmpstr (keys, ==, "UPPER.TXT x.md");

  problems = kutip_project_get_problems (project);
  g_assert_cmpuint (problems->len, ==, 2);
  {
    g_autofree char *x_txt = g_build_filename (dir, "x.txt", NULL);
    g_autofree char *expected = g_strdup_printf ("%s: left out of the project: x.md already "
                                                 "pairs with x.kutip.json (rename one of the "
                                                 "two articles)", x_txt);
    g_autofree char *dangling = g_build_filename (dir, "dangling.txt", NULL);
    g_autofree char *expected_dangling = g_strdup_printf ("%s: could not read: No such file "
                                                          "or directory", dangling);
    const GError *first = g_ptr_array_index (problems, 0);
    const GError *second = g_ptr_array_index (problems, 1);

    /* The folder is read in directory order: either problem may come first. */
    if (strstr (first->message, "dangling") != NULL)
      {
        const GError *swap = first;

        first = second;
        second = swap;
      }
    g_assert_cmpstr (first->message, ==, expected);
    g_assert_cmpstr (second->message, ==, expected_dangling);
  }

  remove_tree (dir);
}

static void
test_settings_defaults (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  KutipProjectSettings *settings;

  project = kutip_project_open (dir, KUTIP_PROJECT_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_project_get_problems (project)->len, ==, 0);
  contents = read_file (dir, KUTIP_PROJECT_FILE_NAME);
  g_assert_nonnull (strstr (contents, "\"format\" : \"kutip-project\""));
  g_assert_nonnull (strstr (contents, "\"version\" : 1"));
  g_assert_nonnull (strstr (contents, "\"speaker\""));

  again = open_project (dir);
  g_assert_cmpuint (kutip_project_get_problems (again)->len, ==, 0);
  settings = kutip_project_get_settings (again);
  name = g_path_get_basename (dir);
  g_assert_cmpstr (kutip_project_settings_get_name (settings), ==, name);
  g_assert_null (kutip_project_settings_get_language (settings));
  g_assert_cmpuint (kutip_project_settings_get_suggest_families (settings), ==,
                    KUTIP_SUGGEST_ALL);
  g_assert_cmpfloat (kutip_project_settings_get_min_confidence (settings), ==, 0);
  g_assert_cmpuint (kutip_schema_get_n_labels (kutip_project_settings_get_schema (settings)),
                    ==, 3);
  g_assert_cmpuint (kutip_project_settings_get_n_people (settings), ==, 0);

  remove_tree (dir);
}

static void
test_settings_read (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  KutipProjectSettings *settings;
  KutipSchema *schema;
  const char * const *aliases = NULL;

  write_file (dir, KUTIP_PROJECT_FILE_NAME,
              "{\"format\": \"kutip-project\", \"version\": 1, \"name\": \"Pemilu 2024\",\n"
              " \"language\": \"id\",\n"
              " \"schema\": {\"labels\": [{\"name\": \"org\", \"title\": \"Organisation\","
              " \"color\": \"#9141ac\", \"key\": \"4\", \"attributes\": []}]},\n"
              " \"suggest\": {\"families\": [\"claims\", \"speakers\"], \"min_confidence\": 0.5},\n"
              " \"people\": [{\"name\": \"Joko Widodo\", \"aliases\": [\"Jokowi\","
              " \"Presiden Joko Widodo\"]}],\n"
              " \"x-desk\": {\"editor\": \"dina\"}}\n");
  project = open_project (dir);
  g_assert_cmpuint (kutip_project_get_problems (project)->len, ==, 0);
  settings = kutip_project_get_settings (project);
  g_assert_cmpstr (kutip_project_settings_get_name (settings), ==, "Pemilu 2024");
  g_assert_cmpstr (kutip_project_settings_get_language (settings), ==, "id");
  g_assert_cmpuint (kutip_project_settings_get_suggest_families (settings), ==,
                    KUTIP_SUGGEST_CLAIMS | KUTIP_SUGGEST_SPEAKERS);
  g_assert_cmpfloat (kutip_project_settings_get_min_confidence (settings), ==, 0.5);
  schema = kutip_project_settings_get_schema (settings);
  g_assert_nonnull (kutip_schema_lookup (schema, "org"));
  g_assert_nonnull (kutip_schema_lookup (schema, KUTIP_LABEL_CLAIM));
  g_assert_cmpuint (kutip_project_settings_get_n_people (settings), ==, 1);
  g_assert_cmpstr (kutip_project_settings_get_person (settings, 0, &aliases), ==, "Joko Widodo");
  g_assert_cmpstr (aliases[0], ==, "Jokowi");
  g_assert_cmpstr (aliases[1], ==, "Presiden Joko Widodo");
  g_assert_null (aliases[2]);
  /* Names compare folded: case, spacing. */
  g_assert_cmpstr (kutip_project_settings_lookup_person (settings, "JOKOWI"), ==, "Joko Widodo");
  g_assert_cmpstr (kutip_project_settings_lookup_person (settings, " presiden  joko widodo"),
                   ==, "Joko Widodo");
  g_assert_null (kutip_project_settings_lookup_person (settings, "Prabowo"));

  remove_tree (dir);
}

typedef struct
{
  const char *contents;
  const char *messages;   /* expected problems, "|"-separated, after "FILE: " */
} BadSettings;

static void
test_settings_bad (void)
{
  static const BadSettings cases[] = {
    { "{\"format\": \"kutip-project\", \"version\": 1,\n \"name\": \"a\" \"b\"}",
      "line 2, column 14: not valid JSON: expected “,” or “}”" },
    { "", "line 1, column 1: not valid JSON: the file is empty" },
    { "[1, 2]", "$: the settings must be a JSON object, not an array" },
    { "{\"version\": 1}",
      "$: not a Kutip project file: the member “format” (\"kutip-project\") is missing" },
    { "{\"format\": \"kutip-project\", \"version\": 2, \"name\": \"later\"}",
      "$.version: version 2 is not supported (this Kutip reads version 1); the project opens "
      "with default settings and the file is left as it is" },
    { "{\"format\": \"kutip-project\", \"version\": 1, \"name\": 7, \"language\": \"fr\"}",
      "$.name: expected a string or null, not a number|"
      "$.language: “fr” is not a language Kutip knows (id, en)" },
    { "{\"format\": \"kutip-project\", \"version\": 1, \"suggest\": {\"families\": [\"quotes\"],"
      " \"min_confidence\": 2}}",
      "$.suggest.families[0]: “quotes” is not a suggestion family (dates, claims, speakers)|"
      "$.suggest.min_confidence: 2 is not between 0 and 1" },
    { "{\"format\": \"kutip-project\", \"version\": 1, \"schema\": {\"labels\": 3}}",
      "$.schema.labels: expected an array of labels" },
    { "{\"format\": \"kutip-project\", \"version\": 1, \"people\": [{\"name\": \"Jokowi\"},"
      " {\"name\": \"Joko Widodo\", \"aliases\": [\"JOKOWI\", 5, \"\"]}, {\"aliases\": []}, 3]}",
      "$.people[1].aliases[0]: “JOKOWI” is already a name of $.people[0] (“Jokowi”)|"
      "$.people[1].aliases[1]: expected a string, not a number|"
      "$.people[1].aliases[2]: a name cannot be empty|"
      "$.people[2]: the member “name” is missing|"
      "$.people[3]: expected an object {\"name\", \"aliases\"}, not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = make_temp_dir ();
      g_autofree char *path = g_build_filename (dir, KUTIP_PROJECT_FILE_NAME, NULL);
      g_autoptr(KutipProject) project = NULL;
      g_autoptr(GString) got = g_string_new (NULL);
      g_autoptr(GString) expected = g_string_new (NULL);
      g_auto(GStrv) messages = g_strsplit (cases[i].messages, "|", -1);
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      GPtrArray *problems;

      write_file (dir, KUTIP_PROJECT_FILE_NAME, cases[i].contents);
      write_file (dir, "a.txt", "Sebuah artikel.\n");

      /* The project opens all the same, and lists its documents. */
      project = kutip_project_open (dir, KUTIP_PROJECT_OPEN_CREATE, &error);
      g_assert_no_error (error);
      refresh (project);
      g_assert_cmpuint (g_list_model_get_n_items (kutip_project_get_documents (project)), ==, 1);

      problems = kutip_project_get_problems (project);
      for (guint k = 0; k < problems->len; k++)
        g_string_append_printf (got, "%s\n", ((GError *) g_ptr_array_index (problems, k))->message);
      for (guint k = 0; messages[k] != NULL; k++)
        g_string_append_printf (expected, "%s: %s\n", path, messages[k]);
      g_assert_cmpstr (got->str, ==, expected->str);

      /* Opening never rewrites a bad file. */
      after = read_file (dir, KUTIP_PROJECT_FILE_NAME);
      g_assert_cmpstr (after, ==, cases[i].contents);

      remove_tree (dir);
    }
}

static void
test_settings_partial (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipProject) again = NULL;
  g_autoptr(KutipProject) broken = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *broken_before = NULL;
  g_autofree char *broken_after = NULL;
  KutipProjectSettings *settings;

  /* One bad member spoils only itself: the rest is read, and saving keeps
   * the bad member and unknown members as they were. */
  write_file (dir, KUTIP_PROJECT_FILE_NAME,
              "{\"format\": \"kutip-project\", \"version\": 1, \"name\": \"Pemilu\",\n"
              " \"language\": \"klingon\", \"x-desk\": {\"editor\": \"dina\"},\n"
              " \"people\": [{\"name\": \"Joko Widodo\", \"aliases\": [\"Jokowi\"]}, 7]}\n");
  project = open_project (dir);
  settings = kutip_project_get_settings (project);
  g_assert_cmpuint (kutip_project_get_problems (project)->len, ==, 2);
  g_assert_cmpstr (kutip_project_settings_get_name (settings), ==, "Pemilu");
  g_assert_null (kutip_project_settings_get_language (settings));
  g_assert_cmpstr (kutip_project_settings_lookup_person (settings, "jokowi"), ==, "Joko Widodo");

  g_assert_true (kutip_project_merge_people (project, "Joko Widodo", "Presiden Joko Widodo",
                                             &error));
  g_assert_no_error (error);
  contents = read_file (dir, KUTIP_PROJECT_FILE_NAME);
  g_assert_nonnull (strstr (contents, "\"klingon\""));
  g_assert_nonnull (strstr (contents, "\"x-desk\""));
  g_assert_nonnull (strstr (contents, "\"Presiden Joko Widodo\""));
  g_assert_nonnull (strstr (contents, "7"));

  again = open_project (dir);
  g_assert_cmpstr (kutip_project_settings_lookup_person (kutip_project_get_settings (again),
                                                         "Presiden Joko Widodo"),
                   ==, "Joko Widodo");

  /* A file that is not JSON is never overwritten, even by a merge. */
  write_file (dir, KUTIP_PROJECT_FILE_NAME, "{\"format\": \"kutip-project\",");
  broken_before = read_file (dir, KUTIP_PROJECT_FILE_NAME);
  broken = open_project (dir);
  g_assert_false (kutip_project_merge_people (broken, "A", "B", &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "not saved"));
  broken_after = read_file (dir, KUTIP_PROJECT_FILE_NAME);
  g_assert_cmpstr (broken_before, ==, broken_after);

  remove_tree (dir);
}

static void
test_people_merges (void)
{
  g_autoptr(KutipProjectSettings) settings = kutip_project_settings_new ("p");
  g_autoptr(GError) error = NULL;
  const char * const *aliases = NULL;

  g_assert_true (kutip_project_settings_merge_people (settings, "Joko Widodo", "Jokowi", &error));
  g_assert_true (kutip_project_settings_merge_people (settings, "Pak Presiden",
                                                      "Presiden Joko Widodo", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_project_settings_get_n_people (settings), ==, 2);

  /* Merging a person into another brings all of its names. */
  g_assert_true (kutip_project_settings_merge_people (settings, "Joko Widodo", "pak presiden",
                                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_project_settings_get_n_people (settings), ==, 1);
  g_assert_cmpstr (kutip_project_settings_get_person (settings, 0, &aliases), ==, "Joko Widodo");
  g_assert_cmpstr (aliases[0], ==, "Jokowi");
  g_assert_cmpstr (aliases[1], ==, "Pak Presiden");
  g_assert_cmpstr (aliases[2], ==, "Presiden Joko Widodo");
  g_assert_cmpstr (kutip_project_settings_lookup_person (settings, "presiden joko widodo"), ==,
                   "Joko Widodo");

  g_assert_false (kutip_project_settings_merge_people (settings, "Jokowi", "JOKO WIDODO",
                                                       &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (kutip_project_settings_merge_people (settings, " ", "x", &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (kutip_project_settings_unmerge (settings, "jokowi"));
  g_assert_null (kutip_project_settings_lookup_person (settings, "Jokowi"));
  g_assert_nonnull (kutip_project_settings_lookup_person (settings, "Pak Presiden"));
  g_assert_true (kutip_project_settings_unmerge (settings, "Joko Widodo"));
  g_assert_cmpuint (kutip_project_settings_get_n_people (settings), ==, 0);
  g_assert_false (kutip_project_settings_unmerge (settings, "Joko Widodo"));
}

static void
test_status_persists (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipProject) again = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[KUTIP_DOCUMENT_N_STATUSES];
  guint n_unreadable = 99;
  g_autofree char *sidecar = NULL;
  KutipDocumentInfo *info;
  guint n_done_notified = 0;

  write_corpus (dir);
  project = open_project (dir);
  refresh (project);

  kutip_project_get_status_counts (project, counts, &n_unreadable);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_NEW], ==, 4);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_IN_PROGRESS], ==, 1);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_DONE], ==, 1);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_SKIPPED], ==, 0);
  g_assert_cmpuint (n_unreadable, ==, 0);

  /* A bare article gets its .kutip.json when its status is set. */
  info = find_info (project, "ekonomi/harga-beras.txt");
  g_assert_true (kutip_project_set_document_status (project, info,
                                                    KUTIP_DOCUMENT_STATUS_SKIPPED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kutip_document_info_get_status (info), ==, KUTIP_DOCUMENT_STATUS_SKIPPED);
  sidecar = read_file (dir, "ekonomi/harga-beras.kutip.json");
  g_assert_nonnull (strstr (sidecar, "\"status\": \"skipped\""));

  /* Moving on saves the open document; the row follows at once. */
  {
    g_autoptr(KutipDocument) document = NULL;

    info = find_info (project, "ekonomi/sri-mulyani.txt");
    g_object_get (project, "n-done", &n_done_notified, NULL);
    g_assert_cmpuint (n_done_notified, ==, 1);
    document = kutip_project_load_document (project, info, &error);
    g_assert_no_error (error);
    g_assert_cmpint (kutip_document_get_status (document), ==,
                     KUTIP_DOCUMENT_STATUS_IN_PROGRESS);
    kutip_document_set_status (document, KUTIP_DOCUMENT_STATUS_DONE);
    g_assert_true (kutip_project_save_document (project, document, &error));
    g_assert_no_error (error);
    g_assert_cmpint (kutip_document_info_get_status (info), ==, KUTIP_DOCUMENT_STATUS_DONE);
    g_object_get (project, "n-done", &n_done_notified, NULL);
    g_assert_cmpuint (n_done_notified, ==, 2);
  }

  /* The status travels with the files: a new project (another machine, no
   * index) reads it from them. */
  g_assert_cmpint (g_unlink (kutip_project_get_index_path (project)), ==, 0);
  again = open_project (dir);
  refresh (again);
  kutip_project_get_status_counts (again, counts, NULL);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_NEW], ==, 3);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_IN_PROGRESS], ==, 0);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_DONE], ==, 2);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_SKIPPED], ==, 1);
  g_assert_cmpint (kutip_document_info_get_status (find_info (again, "ekonomi/harga-beras.txt")),
                   ==, KUTIP_DOCUMENT_STATUS_SKIPPED);

  remove_tree (dir);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  guint counts[KUTIP_DOCUMENT_N_STATUSES];
  guint n_unreadable = 0;
  KutipDocumentInfo *info;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  write_corpus (dir);
  write_file (dir, "rusak/bukan-json.kutip.json", "{\"format\": \"kutip\",\n  oops}\n");
  write_file (dir, "rusak/beda.txt", "Teks artikel ini sudah diubah.\n");
  {
    g_autoptr(KutipDocument) other = new_article ("Teks artikel yang asli.\n", "2024-01-01");

    save_document (other, dir, "rusak/beda.kutip.json");
  }
  write_file (dir, "rusak/bukan-utf8.txt", "Harga \xff naik.\n");

  project = open_project (dir);
  refresh (project);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_project_get_documents (project)), ==, 9);
  kutip_project_get_status_counts (project, counts, &n_unreadable);
  g_assert_cmpuint (n_unreadable, ==, 3);
  g_assert_cmpuint (counts[KUTIP_DOCUMENT_STATUS_NEW], ==, 4);

  info = find_info (project, "rusak/bukan-json.kutip.json");
  expected = g_strdup_printf ("%s/rusak/bukan-json.kutip.json: line 2, column 3: not valid "
                              "JSON: expected a member name in quotes", dir);
  g_assert_cmpstr (kutip_document_info_get_error (info), ==, expected);
  info = find_info (project, "rusak/beda.txt");
  g_assert_nonnull (strstr (kutip_document_info_get_error (info), "its text differs from the "
                                                                  "article"));
  info = find_info (project, "rusak/bukan-utf8.txt");
  g_assert_nonnull (strstr (kutip_document_info_get_error (info), "UTF-8"));
  g_assert_null (kutip_project_load_document (project, info, &error));
  g_assert_nonnull (error);

  /* The others open as before. */
  info = find_info (project, "politik/jokowi-subsidi.txt");
  g_assert_null (kutip_document_info_get_error (info));
  g_assert_cmpint (kutip_document_info_get_status (info), ==, KUTIP_DOCUMENT_STATUS_DONE);

  remove_tree (dir);
}

static void
test_not_a_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *file = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autoptr(GError) error = NULL;
  KutipProject *project;

  write_file (dir, "a.txt", "Artikel.\n");
  project = kutip_project_open (file, KUTIP_PROJECT_OPEN_DEFAULT, &error);
  g_assert_null (project);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  g_assert_true (g_str_has_suffix (error->message, "a.txt: not a folder"));
  g_clear_error (&error);

  project = kutip_project_open (missing, KUTIP_PROJECT_OPEN_DEFAULT, &error);
  g_assert_null (project);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  g_assert_true (g_str_has_suffix (error->message, "No such file or directory"));

  remove_tree (dir);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GPtrArray  *mirror)
{
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (model, position + i));
}

static void
test_list_updates (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(KutipDocumentInfo) kept = NULL;
  GListModel *documents;
  g_autofree char *keys = NULL;
  g_autofree char *gone = NULL;

  write_corpus (dir);
  project = open_project (dir);
  documents = kutip_project_get_documents (project);
  g_signal_connect (documents, "items-changed", G_CALLBACK (items_changed_cb), mirror);
  refresh (project);
  kept = g_object_ref (find_info (project, "politik/jokowi-subsidi.txt"));

  /* A file added and one removed outside Kutip: the rows of the others
   * stay the same objects (a view keeps its selection). */
  write_file (dir, "ekonomi/article-1.txt", "Artikel satu.\n");
  gone = g_build_filename (dir, "article-10.txt", NULL);
  g_assert_cmpint (g_unlink (gone), ==, 0);
  refresh (project);

  keys = list_keys (project);
  g_assert_cmpstr (keys, ==,
                   "article-2.txt ekonomi/article-1.txt ekonomi/harga-beras.txt "
                   "ekonomi/sri-mulyani.txt politik/jokowi-ikn.kutip.json "
                   "politik/jokowi-subsidi.txt");
  g_assert_true (find_info (project, "politik/jokowi-subsidi.txt") == kept);
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (documents));
  for (guint i = 0; i < mirror->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (documents, i);

      g_assert_true (g_ptr_array_index (mirror, i) == item);
    }
  g_assert_cmpstr (kutip_document_info_get_title (find_info (project, "ekonomi/article-1.txt")),
                   ==, "Artikel satu.");

  remove_tree (dir);
}

static void
test_load_merges_schema (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KutipSchema *schema;

  write_corpus (dir);
  write_file (dir, KUTIP_PROJECT_FILE_NAME,
              "{\"format\": \"kutip-project\", \"version\": 1, \"schema\": {\"labels\": ["
              "{\"name\": \"org\", \"title\": \"Organisation\", \"color\": \"#9141ac\","
              " \"key\": \"4\", \"attributes\": []}], \"relations\": [\"member-of\"]}}");
  project = open_project (dir);
  refresh (project);
  document = kutip_project_load_document (project, find_info (project, "ekonomi/sri-mulyani.txt"),
                                          &error);
  g_assert_no_error (error);
  schema = kutip_document_get_schema (document);
  g_assert_nonnull (kutip_schema_lookup (schema, "org"));
  g_assert_true (kutip_schema_has_relation (schema, "member-of"));
  g_assert_false (kutip_document_get_modified (document));

  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache = g_dir_make_tmp ("kutip-project-cache-XXXXXX", NULL);
  int status;

  /* The indexes go to a cache of the test's own (set before GLib reads it). */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/project/enumeration", test_enumeration);
  g_test_add_func ("/kutip/project/annotators-left-out", test_annotators_left_out);
  g_test_add_func ("/kutip/project/pairing-conflicts", test_pairing_conflicts);
  g_test_add_func ("/kutip/project/settings-defaults", test_settings_defaults);
  g_test_add_func ("/kutip/project/settings-read", test_settings_read);
  g_test_add_func ("/kutip/project/settings-bad", test_settings_bad);
  g_test_add_func ("/kutip/project/settings-partial", test_settings_partial);
  g_test_add_func ("/kutip/project/people-merges", test_people_merges);
  g_test_add_func ("/kutip/project/status-persists", test_status_persists);
  g_test_add_func ("/kutip/project/unreadable", test_unreadable);
  g_test_add_func ("/kutip/project/not-a-folder", test_not_a_folder);
  g_test_add_func ("/kutip/project/list-updates", test_list_updates);
  g_test_add_func ("/kutip/project/load-merges-schema", test_load_merges_schema);

  status = g_test_run ();
  remove_tree (cache);
  return status;
}
