/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-project-index.c: a project's search index: queries and their hits
 * (document, offset, snippet), the people index and the claims table as
 * CSV, and the index rebuilt after it is deleted, after a file is edited
 * outside Kutip and after it is damaged, without a document ever changing. */

#include "config.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include "project-test-util.h"

typedef struct
{
  guint n_calls;
  guint n_total;
  guint n_done;
  guint64 bytes_done;
  guint64 bytes_total;
  gboolean finished;
  gboolean called_after_finish;
} Progress;

static void
progress_cb (guint    n_done,
             guint    n_total,
             guint64  bytes_done,
             guint64  bytes_total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (n_done, <=, n_total);
  g_assert_cmpuint (bytes_done, <=, bytes_total);
  g_assert_cmpuint (n_done, >=, progress->n_calls > 0 ? progress->n_done : 0);
  if (progress->finished)
    progress->called_after_finish = TRUE;
  progress->n_calls++;
  progress->n_done = n_done;
  progress->n_total = n_total;
  progress->bytes_done = bytes_done;
  progress->bytes_total = bytes_total;
}

static void
refresh_counting (KutipProject *project,
                  Progress     *progress)
{
  g_autoptr(GError) error = NULL;

  memset (progress, 0, sizeof *progress);
  g_assert_true (kutip_project_refresh (project, KUTIP_PROJECT_REFRESH_DEFAULT, progress_cb,
                                        progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress->n_done, ==, progress->n_total);
  g_assert_cmpuint (progress->bytes_done, ==, progress->bytes_total);
}

/* "KEY@OFFSET" of each hit, checking that the hit's text is the text of
 * its document there and that the snippet marks it. */
static char *
describe_hits (KutipProject *project,
               const char   *query,
               guint         limit,
               guint        *n_total)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = kutip_project_search (project, query, limit, n_total, NULL,
                                                     &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(KutipSearchHit) hit = g_list_model_get_item (hits, i);
      KutipDocumentInfo *info = kutip_search_hit_get_document (hit);
      g_autoptr(KutipDocument) document = kutip_project_load_document (project, info, &error);
      const char *text = kutip_search_hit_get_text (hit);
      const char *snippet;
      guint match_start = 0, match_length = 0;

      g_assert_no_error (error);
      snippet = kutip_search_hit_get_snippet (hit, &match_start, &match_length);
      g_assert_nonnull (snippet);
      if (text != NULL)
        {
          g_autofree char *slice = kutip_text_dup_slice (kutip_document_get_text (document),
                                                         kutip_search_hit_get_offset (hit),
                                                         kutip_search_hit_get_offset (hit) +
                                                         kutip_search_hit_get_length (hit));
          const char *from = g_utf8_offset_to_pointer (snippet, match_start);
          const char *to = g_utf8_offset_to_pointer (from, match_length);
          g_autofree char *marked = g_strndup (from, to - from);

          g_assert_cmpstr (slice, ==, text);
          g_assert_cmpstr (marked, ==, text);
        }
      g_string_append_printf (out, "%s%s@%u", i > 0 ? " " : "",
                              kutip_document_info_get_relative_path (info),
                              kutip_search_hit_get_offset (hit));
      if (kutip_search_hit_get_annotation_id (hit) != NULL)
        g_string_append_printf (out, "#%s", kutip_search_hit_get_annotation_id (hit));
    }
  return g_string_free (out, FALSE);
}

static void
assert_hits (KutipProject *project,
             const char   *query,
             const char   *expected)
{
  g_autofree char *got = describe_hits (project, query, 0, NULL);

  if (g_strcmp0 (got, expected) != 0)
    g_error ("%s: got “%s”, expected “%s”", query, got, expected);
}

static guint
offset_of (const char *text,
           const char *needle)
{
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  return (guint) g_utf8_pointer_to_offset (text, at);
}

static void
test_search (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  guint n_total = 0;

  write_corpus (dir);
  project = open_project (dir);
  refresh (project);

  /* Words and phrases: places in the text. */
  expected = g_strdup_printf ("politik/jokowi-subsidi.txt@%u", offset_of (SUBSIDI_TEXT,
                                                                          "subsidi"));
  assert_hits (project, "subsidi", expected);
  assert_hits (project, "SUBSIDI bbm", expected);
  assert_hits (project, "artikel", "article-2.txt@0 article-10.txt@0");
  g_free (expected);
  expected = g_strdup_printf ("politik/jokowi-ikn.kutip.json@%u", offset_of (IKN_TEXT, "ibu"));
  assert_hits (project, "\"ibu kota\"", expected);
  assert_hits (project, "\"kota ibu\"", "");
  g_free (expected);
  expected = g_strdup_printf ("ekonomi/sri-mulyani.txt@%u", offset_of (SRI_TEXT, "terkendali"));
  assert_hits (project, "terkendal*", expected);
  assert_hits (project, "terkendal", "");

  /* Annotations. */
  g_free (expected);
  expected = g_strdup_printf ("ekonomi/sri-mulyani.txt@%u#cc politik/jokowi-ikn.kutip.json@%u#bc "
                              "politik/jokowi-subsidi.txt@%u#ac",
                              offset_of (SRI_TEXT, "inflasi"), offset_of (IKN_TEXT, "pembangunan"),
                              offset_of (SUBSIDI_TEXT, "subsidi"));
  assert_hits (project, "label:claim", expected);
  g_free (expected);
  expected = g_strdup_printf ("politik/jokowi-ikn.kutip.json@0#bs "
                              "politik/jokowi-ikn.kutip.json@%u#bc",
                              offset_of (IKN_TEXT, "pembangunan"));
  assert_hits (project, "status:pending", expected);
  g_free (expected);
  expected = g_strdup_printf ("politik/jokowi-subsidi.txt@%u#ac",
                              offset_of (SUBSIDI_TEXT, "subsidi"));
  assert_hits (project, "speaker:\"Joko Widodo\"", expected);
  assert_hits (project, "speaker:widodo label:claim", expected);
  assert_hits (project, "label:claim date:2022-03", expected);
  assert_hits (project, "speaker:dodo", "");
  assert_hits (project, "speaker:Prabowo", "");
  g_free (expected);
  expected = g_strdup_printf ("ekonomi/sri-mulyani.txt@%u#cc",
                              offset_of (SRI_TEXT, "inflasi"));
  assert_hits (project, "label:claim terkendali", expected);
  assert_hits (project, "text:inflasi", expected);
  g_free (expected);
  /* A claim with no date of its own is dated by its publication. */
  expected = g_strdup_printf ("ekonomi/sri-mulyani.txt@%u#cc politik/jokowi-ikn.kutip.json@%u#bc",
                              offset_of (SRI_TEXT, "inflasi"), offset_of (IKN_TEXT, "pembangunan"));
  assert_hits (project, "label:claim date:2022-05..", expected);

  /* Documents by status and publication date. */
  assert_hits (project, "status:done", "politik/jokowi-subsidi.txt@0");
  assert_hits (project, "status:new artikel", "article-2.txt@0 article-10.txt@0");
  assert_hits (project, "date:2022-05..2022-12",
               "ekonomi/sri-mulyani.txt@0 politik/jokowi-ikn.kutip.json@0");
  g_free (expected);
  expected = g_strdup_printf ("ekonomi/sri-mulyani.txt@%u#cc politik/jokowi-subsidi.txt@%u#ac",
                              offset_of (SRI_TEXT, "inflasi"), offset_of (SUBSIDI_TEXT, "subsidi"));
  assert_hits (project, "status:in-progress,done label:claim", expected);

  /* A limit, and how many there are in all. */
  g_free (expected);
  expected = describe_hits (project, "label:claim", 2, &n_total);
  g_assert_cmpuint (n_total, ==, 3);
  g_assert_nonnull (strstr (expected, "jokowi-ikn"));
  g_assert_null (strstr (expected, "jokowi-subsidi"));
  g_free (expected);
  expected = describe_hits (project, "artikel", 1, &n_total);
  g_assert_cmpstr (expected, ==, "article-2.txt@0");
  g_assert_cmpuint (n_total, ==, 2);

  /* After the people are merged, "Joko Widodo" said both. */
  g_assert_true (kutip_project_merge_people (project, "Joko Widodo", "Presiden Joko Widodo",
                                             &error));
  g_assert_true (kutip_project_merge_people (project, "Joko Widodo", "Jokowi", &error));
  g_assert_no_error (error);
  g_free (expected);
  expected = g_strdup_printf ("politik/jokowi-ikn.kutip.json@%u#bc "
                              "politik/jokowi-subsidi.txt@%u#ac",
                              offset_of (IKN_TEXT, "pembangunan"),
                              offset_of (SUBSIDI_TEXT, "subsidi"));
  assert_hits (project, "speaker:\"joko widodo\"", expected);
  assert_hits (project, "speaker:jokowi", expected);
  g_free (expected);
  expected = g_strdup_printf ("politik/jokowi-ikn.kutip.json@%u#bc",
                              offset_of (IKN_TEXT, "pembangunan"));
  assert_hits (project, "speaker:jokowi status:pending", expected);

  /* A bad query says where. */
  g_assert_null (kutip_project_search (project, "lable:claim", 0, NULL, NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);

  remove_tree (dir);
}

static void
test_snippet (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(KutipSearchHit) hit = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint start = 0, length = 0;

  for (guint i = 0; i < 30; i++)
    g_string_append (text, "Kalimat pengisi.\n");
  g_string_append (text, "Di tengahnya ada kata “rambutan” yang dicari 😀.\n");
  for (guint i = 0; i < 30; i++)
    g_string_append (text, "Kalimat penutup.\n");
  write_file (dir, "panjang.txt", text->str);

  project = open_project (dir);
  hits = kutip_project_search (project, "rambutan", 0, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  hit = g_list_model_get_item (hits, 0);
  /* One line, cut with "…" on both sides, the hit in the middle. */
  g_assert_cmpstr (kutip_search_hit_get_snippet (hit, &start, &length), ==,
                   "…Kalimat pengisi. Di tengahnya ada kata “rambutan” yang dicari 😀. "
                   "Kalimat penutup.…");
  g_assert_cmpuint (start, ==, 41);
  g_assert_cmpuint (length, ==, 8);
  g_assert_cmpuint (kutip_search_hit_get_offset (hit), ==, 30 * 17 + 23);

  remove_tree (dir);
}

static void
test_people_and_csv (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GListModel) merged = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = g_string_new ("\xEF\xBB\xBF");
  g_autofree char *csv = NULL;
  KutipPerson *person;

  write_corpus (dir);
  project = open_project (dir);

  people = kutip_project_list_people (project, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 3);
  person = g_list_model_get_item (people, 0);
  g_assert_cmpstr (kutip_person_get_name (person), ==, "Jokowi");
  g_assert_false (kutip_person_get_merged (person));
  g_object_unref (person);

  g_assert_true (kutip_project_merge_people (project, "Joko Widodo", "Presiden Joko Widodo",
                                             &error));
  g_assert_true (kutip_project_merge_people (project, "Joko Widodo", "Jokowi", &error));
  g_clear_object (&people);
  people = kutip_project_list_people (project, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  person = g_list_model_get_item (people, 0);
  g_assert_cmpstr (kutip_person_get_name (person), ==, "Joko Widodo");
  g_assert_true (kutip_person_get_merged (person));
  g_assert_cmpuint (kutip_person_get_n_claims (person), ==, 2);
  g_assert_cmpuint (kutip_person_get_n_documents (person), ==, 2);
  g_assert_cmpstr (kutip_person_get_names (person)[0], ==, "Joko Widodo");
  g_assert_cmpstr (kutip_person_get_names (person)[1], ==, "Jokowi");
  g_assert_cmpstr (kutip_person_get_names (person)[2], ==, "Presiden Joko Widodo");
  g_assert_null (kutip_person_get_names (person)[3]);
  g_object_unref (person);
  person = g_list_model_get_item (people, 1);
  g_assert_cmpstr (kutip_person_get_name (person), ==, "Sri Mulyani Indrawati");
  g_assert_cmpuint (kutip_person_get_n_claims (person), ==, 1);
  g_object_unref (person);

  /* Claims of one person, by any of their names. */
  merged = kutip_project_list_claims (project, "jokowi", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (merged), ==, 2);

  claims = kutip_project_list_claims (project, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kutip_claims_write_csv (claims, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  csv = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));

  g_string_append (expected, "document,claim_id,person,speaker,claim,kind,date,status,start,"
                             "end\r\n");
  g_string_append_printf (expected, "ekonomi/sri-mulyani.txt,cc,Sri Mulyani Indrawati,"
                                    "Sri Mulyani Indrawati,inflasi masih terkendali,,2022-05-01,"
                                    "accepted,%u,%u\r\n",
                          offset_of (SRI_TEXT, "inflasi"), offset_of (SRI_TEXT, "inflasi") + 24);
  g_string_append_printf (expected, "politik/jokowi-ikn.kutip.json,bc,Joko Widodo,Jokowi,"
                                    "pembangunan ibu kota baru tetap berjalan,,2022-08-10,"
                                    "pending,%u,%u\r\n",
                          offset_of (IKN_TEXT, "pembangunan"),
                          offset_of (IKN_TEXT, "pembangunan") + 40);
  g_string_append_printf (expected, "politik/jokowi-subsidi.txt,ac,Joko Widodo,"
                                    "Presiden Joko Widodo,subsidi BBM akan dilanjutkan tahun "
                                    "ini.,,2022-03-03,accepted,%u,%u\r\n",
                          offset_of (SUBSIDI_TEXT, "subsidi"),
                          offset_of (SUBSIDI_TEXT, "subsidi") + 39);
  g_assert_cmpstr (csv, ==, expected->str);

  remove_tree (dir);
}

static char *
first_hit (KutipProject *project,
           const char   *query)
{
  return describe_hits (project, query, 1, NULL);
}

static void
test_rebuilt_after_delete (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipProject) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *hits = NULL;
  g_autofree char *hits_again = NULL;
  Progress progress;

  write_corpus (dir);
  before = snapshot (dir);
  project = open_project (dir);

  /* The first refresh reads every document, with progress. */
  refresh_counting (project, &progress);
  g_assert_cmpuint (progress.n_total, ==, 6);
  g_assert_cmpuint (progress.n_calls, >=, 2);
  g_assert_cmpuint (progress.bytes_total, >, 0);
  g_assert_true (g_file_test (kutip_project_get_index_path (project), G_FILE_TEST_EXISTS));
  hits = describe_hits (project, "label:claim", 0, NULL);

  /* Nothing changed: nothing to read. */
  refresh_counting (project, &progress);
  g_assert_cmpuint (progress.n_total, ==, 0);

  /* Deleted: built again from the files, the same answers. */
  g_assert_cmpint (g_unlink (kutip_project_get_index_path (project)), ==, 0);
  again = open_project (dir);
  refresh_counting (again, &progress);
  g_assert_cmpuint (progress.n_total, ==, 6);
  hits_again = describe_hits (again, "label:claim", 0, NULL);
  g_assert_cmpstr (hits, ==, hits_again);

  /* The index is a cache: the folder is as it was. */
  {
    g_autofree char *after = snapshot (dir);

    g_assert_cmpstr (before, ==, after);
  }

  remove_tree (dir);
}

static void
test_stale_after_edit (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *ikn_path = g_build_filename (dir, "politik", "jokowi-ikn.kutip.json", NULL);
  g_autofree char *beras_path = g_build_filename (dir, "ekonomi", "harga-beras.txt", NULL);
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hit = NULL;
  Progress progress;
  KutipDocumentInfo *info;

  write_corpus (dir);
  project = open_project (dir);
  refresh (project);

  /* Edited by another program: a new claim and a new status. */
  {
    g_autoptr(KutipDocument) document = kutip_store_load_file (ikn_path, KUTIP_LOAD_DEFAULT,
                                                               &error);
    g_assert_no_error (error);
    add_span (document, "new", KUTIP_LABEL_CLAIM, "tetap berjalan sesuai rencana",
              KUTIP_STATUS_ACCEPTED);
    kutip_document_set_status (document, KUTIP_DOCUMENT_STATUS_DONE);
    g_assert_true (kutip_store_save_file (document, ikn_path, &error));
    g_assert_no_error (error);
  }
  /* Written again with the same bytes (a copy, a checkout): same size, new
   * time. */
  {
    struct utimbuf times = { 1000000000, 1000000000 };

    g_assert_cmpint (utime (beras_path, &times), ==, 0);
  }

  refresh_counting (project, &progress);
  g_assert_cmpuint (progress.n_total, ==, 2);
  info = find_info (project, "politik/jokowi-ikn.kutip.json");
  g_assert_cmpint (kutip_document_info_get_status (info), ==, KUTIP_DOCUMENT_STATUS_DONE);
  g_assert_cmpuint (kutip_document_info_get_n_claims (info), ==, 2);
  hit = first_hit (project, "label:claim status:accepted rencana");
  g_assert_nonnull (strstr (hit, "jokowi-ikn.kutip.json"));
  g_assert_nonnull (strstr (hit, "#new"));
  g_assert_cmpint (kutip_document_info_get_status (find_info (project, "ekonomi/harga-beras.txt")),
                   ==, KUTIP_DOCUMENT_STATUS_NEW);

  /* Stamps are new: the next refresh reads nothing. */
  refresh_counting (project, &progress);
  g_assert_cmpuint (progress.n_total, ==, 0);

  /* An article edited under its annotations cannot be opened: the row says
   * so, the rest of the index is as it was. */
  write_file (dir, "ekonomi/sri-mulyani.txt", "Teks yang lain sama sekali.\n");
  refresh (project);
  info = find_info (project, "ekonomi/sri-mulyani.txt");
  g_assert_nonnull (strstr (kutip_document_info_get_error (info), "its text differs"));
  g_free (hit);
  hit = describe_hits (project, "terkendali", 0, NULL);
  g_assert_cmpstr (hit, ==, "");
  g_free (hit);
  hit = describe_hits (project, "artikel", 0, NULL);
  g_assert_cmpstr (hit, ==, "article-2.txt@0 article-10.txt@0");

  /* A document removed leaves the index too. */
  g_assert_cmpint (g_unlink (ikn_path), ==, 0);
  refresh (project);
  g_free (hit);
  hit = describe_hits (project, "rencana", 0, NULL);
  g_assert_cmpstr (hit, ==, "");

  remove_tree (dir);
}

static void
damage (const char *path,
        goffset     at,
        gsize       length)
{
  g_autofree char *garbage = g_malloc (length);
  int fd = open (path, O_WRONLY);

  g_assert_cmpint (fd, >=, 0);
  for (gsize i = 0; i < length; i++)
    garbage[i] = (char) (0xA5 ^ (i * 7));
  g_assert_cmpint (pwrite (fd, garbage, length, at), ==, (gssize) length);
  close (fd);
}

/* Damages the header of every page of @table's b-tree: SQLite then finds
 * the damage when it reads the table, not when it opens the file. */
static void
damage_table (const char *index_path,
              const char *table)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (index_path, &db), ==, SQLITE_OK);
  /* Pages still in the write-ahead log go to the file first. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT pageno FROM dbstat WHERE name = ?1", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 page = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (pages, page);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpuint (pages->len, >, 0);

  for (guint i = 0; i < pages->len; i++)
    damage (index_path, (g_array_index (pages, gint64, i) - 1) * 4096, 64);
}

static void
set_flag (gpointer data)
{
  g_atomic_int_set ((gint *) data, 1);
}

/* Drops the project and waits until it is gone, its index closed: a task
 * finishing in a thread may hold it a moment longer. Object data goes
 * after the project's own finalize has run. */
static void
drop_project (KutipProject **project)
{
  static gint gone;

  g_atomic_int_set (&gone, 0);
  g_object_set_data_full (G_OBJECT (*project), "test-gone", &gone, set_flag);
  g_clear_object (project);
  for (guint i = 0; !g_atomic_int_get (&gone) && i < 5000; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (!g_atomic_int_get (&gone))
        g_usleep (1000);
    }
  g_assert_true (g_atomic_int_get (&gone));
}

static gboolean
is_intact (const char *index_path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  g_assert_cmpint (sqlite3_open (index_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  ok = sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

static void
test_rebuilt_after_damage (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autofree char *before = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *index_path = NULL;
  GStatBuf st;

  write_corpus (dir);
  before = snapshot (dir);
  project = open_project (dir);
  refresh (project);
  expected = describe_hits (project, "label:claim", 0, NULL);
  index_path = g_strdup (kutip_project_get_index_path (project));
  g_clear_object (&project);

  /* The header damaged: not a database any more. */
  damage (index_path, 0, 100);
  {
    g_autoptr(KutipProject) damaged = open_project (dir);
    g_autofree char *hits = NULL;
    Progress progress;

    refresh_counting (damaged, &progress);
    g_assert_cmpuint (progress.n_total, ==, 6);
    hits = describe_hits (damaged, "label:claim", 0, NULL);
    g_assert_cmpstr (hits, ==, expected);
  }

  /* Pages in the middle damaged: found when read, then rebuilt. */
  g_assert_cmpint (g_stat (index_path, &st), ==, 0);
  for (goffset page = 4096; page + 4096 <= st.st_size; page += 4096)
    damage (index_path, page, 200);
  {
    g_autoptr(KutipProject) damaged = open_project (dir);
    g_autofree char *hits = describe_hits (damaged, "label:claim", 0, NULL);

    g_assert_cmpstr (hits, ==, expected);
  }

  /* Only the annotations damaged: the folder's rows read fine, the search
   * finds the damage, and the index is built again before it answers. */
  g_assert_true (is_intact (index_path));
  damage_table (index_path, "annotations");
  g_assert_false (is_intact (index_path));
  {
    g_autoptr(KutipProject) damaged = open_project (dir);
    g_autofree char *hits = NULL;

    refresh (damaged);
    hits = describe_hits (damaged, "label:claim", 0, NULL);
    g_assert_cmpstr (hits, ==, expected);
  }
  g_assert_true (is_intact (index_path));

  /* The same for the text's full-text index. */
  damage_table (index_path, "document_text_data");
  {
    g_autoptr(KutipProject) damaged = open_project (dir);
    g_autofree char *hits = NULL;

    refresh (damaged);
    hits = describe_hits (damaged, "artikel", 0, NULL);
    g_assert_cmpstr (hits, ==, "article-2.txt@0 article-10.txt@0");
  }
  g_assert_true (is_intact (index_path));

  /* Not an index at all. */
  {
    g_autofree char *folder = g_path_get_dirname (index_path);

    write_file (folder, strrchr (index_path, '/') + 1, "Hello");
  }
  {
    g_autoptr(KutipProject) damaged = open_project (dir);
    g_autofree char *hits = describe_hits (damaged, "label:claim", 0, NULL);

    g_assert_cmpstr (hits, ==, expected);
  }

  {
    g_autofree char *after = snapshot (dir);

    g_assert_cmpstr (before, ==, after);
  }
  remove_tree (dir);
}

static void
test_load_index (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *ikn = g_build_filename (dir, "politik", "jokowi-ikn.kutip.json", NULL);
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(KutipProject) cached = NULL;
  g_autoptr(KutipProject) never = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *keys = NULL;
  g_autofree char *cached_keys = NULL;
  g_autofree char *hits = NULL;

  write_corpus (dir);
  project = open_project (dir);
  refresh (project);
  keys = list_keys (project);

  /* A new session lists what the index saw, at once and in order. */
  cached = open_project (dir);
  g_assert_true (kutip_project_load_index (cached, &error));
  g_assert_no_error (error);
  cached_keys = list_keys (cached);
  g_assert_cmpstr (cached_keys, ==, keys);
  g_assert_cmpint (kutip_document_info_get_status (find_info (cached,
                                                              "politik/jokowi-subsidi.txt")),
                   ==, KUTIP_DOCUMENT_STATUS_DONE);
  g_assert_true (kutip_document_info_get_indexed (find_info (cached, "ekonomi/harga-beras.txt")));
  hits = describe_hits (cached, "\"ibu kota\"", 0, NULL);
  g_assert_nonnull (strstr (hits, "jokowi-ikn"));

  /* It does not look at the folder: a file gone is still listed until a
   * refresh says otherwise. */
  g_assert_cmpint (g_unlink (ikn), ==, 0);
  g_clear_object (&cached);
  cached = open_project (dir);
  g_assert_true (kutip_project_load_index (cached, &error));
  g_assert_nonnull (kutip_project_lookup_document (cached, "politik/jokowi-ikn.kutip.json"));
  refresh (cached);
  g_assert_null (kutip_project_lookup_document (cached, "politik/jokowi-ikn.kutip.json"));

  /* A folder never indexed lists nothing. */
  g_assert_cmpint (g_unlink (kutip_project_get_index_path (cached)), ==, 0);
  never = open_project (dir);
  g_assert_true (kutip_project_load_index (never, &error));
  g_assert_cmpuint (g_list_model_get_n_items (kutip_project_get_documents (never)), ==, 0);

  remove_tree (dir);
}

typedef struct
{
  GMainLoop *loop;
  Progress   progress;
  GListModel *hits;
  guint      n_total;
  guint      rows_when_done;
  KutipProject *project;
  GError    *error;
} Async;

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Async *async = user_data;

  kutip_project_refresh_finish (KUTIP_PROJECT (object), result, &async->error);
  async->progress.finished = TRUE;
  async->rows_when_done = g_list_model_get_n_items (kutip_project_get_documents (async->project));
  g_main_loop_quit (async->loop);
}

static void
searched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Async *async = user_data;

  async->hits = kutip_project_search_finish (KUTIP_PROJECT (object), result, &async->n_total,
                                             &async->error);
  g_main_loop_quit (async->loop);
}

static void
test_async (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *index_path = NULL;
  gboolean refreshing = FALSE;
  Async async = { loop };

  write_corpus (dir);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("banyak/artikel-%u.txt", i);

      write_file (dir, name, "Artikel pengisi tentang harga cabai.\n");
    }
  project = open_project (dir);
  async.project = project;
  index_path = g_strdup (kutip_project_get_index_path (project));

  kutip_project_refresh_async (project, KUTIP_PROJECT_REFRESH_DEFAULT, progress_cb,
                               &async.progress, NULL, NULL, refreshed_cb, &async);
  g_object_get (project, "refreshing", &refreshing, NULL);
  g_assert_true (refreshing);
  /* One refresh at a time. */
  g_assert_false (kutip_project_refresh (project, KUTIP_PROJECT_REFRESH_DEFAULT, NULL, NULL,
                                         NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PENDING);
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  g_assert_cmpuint (async.rows_when_done, ==, 306);
  g_assert_cmpuint (async.progress.n_total, ==, 306);
  g_assert_cmpuint (async.progress.n_done, ==, 306);
  g_assert_false (async.progress.called_after_finish);
  g_object_get (project, "refreshing", &refreshing, NULL);
  g_assert_false (refreshing);

  kutip_project_search_async (project, "cabai", 10, NULL, searched_cb, &async);
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  g_assert_cmpuint (g_list_model_get_n_items (async.hits), ==, 10);
  g_assert_cmpuint (async.n_total, ==, 300);
  g_clear_object (&async.hits);

  /* A damaged index is rebuilt under an asynchronous search too. */
  drop_project (&project);
  damage_table (index_path, "annotations");
  project = open_project (dir);
  async.project = project;
  kutip_project_search_async (project, "label:claim", 0, NULL, searched_cb, &async);
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  g_assert_cmpuint (g_list_model_get_n_items (async.hits), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_project_get_documents (project)), ==, 306);
  g_assert_true (is_intact (index_path));
  g_clear_object (&async.hits);

  /* Cancelled: stops, keeps what was done. */
  drop_project (&project);
  g_assert_cmpint (g_unlink (index_path), ==, 0);
  project = open_project (dir);
  async.project = project;
  memset (&async.progress, 0, sizeof async.progress);
  g_cancellable_cancel (cancellable);
  kutip_project_refresh_async (project, KUTIP_PROJECT_REFRESH_DEFAULT, NULL, NULL, NULL,
                               cancellable, refreshed_cb, &async);
  g_main_loop_run (loop);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&async.error);

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

  g_test_add_func ("/kutip/project-index/search", test_search);
  g_test_add_func ("/kutip/project-index/snippet", test_snippet);
  g_test_add_func ("/kutip/project-index/people-and-csv", test_people_and_csv);
  g_test_add_func ("/kutip/project-index/rebuilt-after-delete", test_rebuilt_after_delete);
  g_test_add_func ("/kutip/project-index/stale-after-edit", test_stale_after_edit);
  g_test_add_func ("/kutip/project-index/rebuilt-after-damage", test_rebuilt_after_damage);
  g_test_add_func ("/kutip/project-index/load-index", test_load_index);
  g_test_add_func ("/kutip/project-index/async", test_async);

  status = g_test_run ();
  remove_tree (cache);
  return status;
}
