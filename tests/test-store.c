/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: the Kutip JSON file: round trips, unknown members, the
 * documented example, re-anchoring, opening articles, saving. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "kutip.h"

static char *
source_file (const char *first,
             ...)
{
  const char *root = g_getenv ("KUTIP_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer) root);
  g_ptr_array_add (parts, (gpointer) first);
  va_start (args, first);
  for (const char *p = va_arg (args, const char *); p; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

/* The ```json block of docs/format.md. */
static char *
format_example (void)
{
  g_autofree char *path = source_file ("docs", "format.md", NULL);
  g_autofree char *contents = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  start = strstr (contents, "```json\n");
  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "\n```");
  g_assert_nonnull (end);
  return g_strndup (start, end - start + 1);
}

static KutipDocument *
load_example (void)
{
  g_autofree char *data = format_example ();
  g_autoptr(GError) error = NULL;
  KutipDocument *document;

  document = kutip_store_load_data (data, strlen (data), "format.md", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kutip-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static KutipAnnotation *
annotation_at (KutipDocument *document,
               guint          position)
{
  GListModel *annotations = kutip_document_get_annotations (document);
  KutipAnnotation *a = g_list_model_get_item (annotations, position);

  g_object_unref (a); /* the document keeps it */
  return a;
}

static void
test_format_example (void)
{
  g_autoptr(KutipDocument) document = load_example ();
  KutipAnnotation *a;
  KutipRelation *r;
  KutipEntity *e;
  const char * const *mentions;
  guint n = 0;

  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_relations (document)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_entities (document)), ==, 1);
  g_assert_cmpstr (kutip_document_get_id (document), ==, "retno-gaza");
  g_assert_cmpstr (kutip_document_get_language (document), ==, "id");
  g_assert_cmpstr (kutip_document_get_published (document), ==, "2024-05-20");
  g_assert_cmpstr (kutip_document_get_annotator (document), ==, "dina");
  g_assert_nonnull (kutip_schema_lookup (kutip_document_get_schema (document), "org"));
  g_assert_false (kutip_document_get_modified (document));
  g_assert_false (kutip_document_can_undo (document));

  a = kutip_document_lookup_annotation (document, "a3");
  g_assert_nonnull (a);
  g_assert_cmpstr (kutip_annotation_get_label (a), ==, "claim");
  g_assert_cmpuint (kutip_annotation_get_start (a), ==, 80);
  g_assert_cmpuint (kutip_annotation_get_end (a), ==, 123);
  g_assert_cmpint (kutip_annotation_get_status (a), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpstr (kutip_annotation_get_origin (a), ==, "rule:quote-id");
  g_assert_cmpfloat_with_epsilon (kutip_annotation_get_confidence (a), 0.8, 1e-12);
  g_assert_cmpstr (kutip_annotation_get_attribute (a, "kind"), ==, "direct");
  g_assert_cmpstr (kutip_annotation_get_note (a), ==, "kutipan langsung");

  a = kutip_document_lookup_annotation (document, "a1");
  g_assert_cmpstr (kutip_annotation_get_author (a), ==, "dina");
  g_assert_nonnull (kutip_annotation_get_created (a));
  g_assert_cmpint (g_date_time_get_hour (kutip_annotation_get_created (a)), ==, 9);

  /* Reading order: by start. */
  g_assert_cmpstr (kutip_annotation_get_id (annotation_at (document, 1)), ==, "a2");

  r = kutip_document_lookup_relation (document, "r1");
  g_assert_cmpstr (kutip_relation_get_rtype (r), ==, "said-by");
  g_assert_cmpstr (kutip_relation_get_from_id (r), ==, "a3");
  g_assert_cmpstr (kutip_relation_get_to_id (r), ==, "a1");

  e = kutip_document_lookup_entity (document, "e1");
  mentions = kutip_entity_get_mentions (e, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (mentions[1], ==, "a4");
}

/* Kutip writes the example exactly as documented. */
static void
test_format_example_written (void)
{
  g_autoptr(KutipDocument) document = load_example ();
  g_autofree char *example = format_example ();
  g_autofree char *written = kutip_store_to_data (document, TRUE, NULL);

  g_assert_cmpstr (written, ==, example);
}

static void
test_extra_members (void)
{
  g_autoptr(KutipDocument) document = load_example ();
  g_autofree char *data = kutip_store_to_data (document, FALSE, NULL);
  g_autoptr(JsonNode) root = json_from_string (data, NULL);
  JsonObject *top, *object;
  JsonArray *array;

  g_assert_nonnull (root);
  top = json_node_get_object (root);
  object = json_object_get_object_member (top, "x-project");
  g_assert_cmpint (json_object_get_int_member (object, "batch"), ==, 7);
  object = json_object_get_object_member (top, "metadata");
  g_assert_cmpstr (json_object_get_string_member (object, "x-desk"), ==, "internasional");
  array = json_object_get_array_member (top, "annotations");
  object = json_array_get_object_element (array, 2);
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, "a3");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "x-review"),
                                               "round"), ==, 2);
  array = json_object_get_array_member (top, "relations");
  object = json_array_get_object_element (array, 1);
  g_assert_cmpfloat (json_object_get_double_member (object, "x-score"), ==, 0.7);
  array = json_object_get_array_member (top, "entities");
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "x-wikidata"), ==, "Q449474");
  /* The store's bookkeeping of metadata extras does not leak to the top. */
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (top, "metadata")));
  g_assert_false (json_object_has_member (json_object_get_object_member (top, "metadata"),
                                          "metadata"));
}

/* A document built through the model survives save and load unchanged. */
static void
test_round_trip (void)
{
  const char *text = "Kata “Ani”: \"a\\b\"\ttab\r\nbaris 2 👍🏽 dan 🇮🇩, \x01 selesai.";
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = kutip_document_new_from_string (text, -1, &error);
  g_autoptr(KutipDocument) loaded = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2024, 5, 20, 8, 30, 15.25);
  g_autoptr(KutipAnnotation) a = kutip_annotation_new ("speaker", 6, 9);
  g_autoptr(KutipAnnotation) b = kutip_annotation_new ("claim", 12, 30);
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Ani");
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "rt.kutip.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  KutipAnnotation *la;

  g_assert_no_error (error);
  kutip_document_set_title (document, "Judul \"kutip\"");
  kutip_document_set_language (document, "id");
  g_assert_true (kutip_document_set_published (document, "2024-05-20", NULL));
  kutip_annotation_set_id (a, "s1");
  kutip_annotation_set_note (a, "catatan\nbaris");
  kutip_annotation_set_author (a, "uji");
  kutip_annotation_set_created (a, when);
  kutip_annotation_set_modified (a, when);
  kutip_annotation_set_confidence (a, 0.123456789);
  g_assert_true (kutip_document_add_annotation (document, a, &error));
  g_assert_no_error (error);
  kutip_annotation_set_id (b, "c1");
  kutip_annotation_set_status (b, KUTIP_STATUS_PENDING);
  kutip_annotation_set_origin (b, "rule:quote-id");
  kutip_annotation_set_attribute (b, "kind", "direct");
  g_assert_true (kutip_document_add_annotation (document, b, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kutip_document_link (document, KUTIP_RELATION_SAID_BY, b, a));
  kutip_entity_set_id (entity, "e1");
  g_assert_true (kutip_document_add_entity (document, entity, &error));
  kutip_document_entity_add_mention (document, entity, a);

  g_assert_true (kutip_store_save_file (document, path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_document_get_path (document), ==, path);
  g_assert_false (kutip_document_get_modified (document));

  loaded = kutip_store_load_file (path, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (loaded), NULL), ==,
                   kutip_text_get_utf8 (kutip_document_get_text (document), NULL));
  g_assert_cmpstr (kutip_document_get_title (loaded), ==, "Judul \"kutip\"");
  g_assert_cmpstr (kutip_document_get_path (loaded), ==, path);
  la = kutip_document_lookup_annotation (loaded, "s1");
  g_assert_cmpstr (kutip_annotation_get_text (la), ==, "Ani");
  g_assert_cmpstr (kutip_annotation_get_note (la), ==, "catatan\nbaris");
  g_assert_true (g_date_time_equal (kutip_annotation_get_created (la), when));
  g_assert_cmpfloat (kutip_annotation_get_confidence (la), ==, 0.123456789);
  la = kutip_document_lookup_annotation (loaded, "c1");
  g_assert_cmpint (kutip_annotation_get_status (la), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpstr (kutip_annotation_get_attribute (la, "kind"), ==, "direct");
  g_assert_true (kutip_document_get_linked (loaded, la, KUTIP_RELATION_SAID_BY) ==
                 kutip_document_lookup_annotation (loaded, "s1"));
  la = kutip_document_lookup_annotation (loaded, "s1");
  g_assert_nonnull (kutip_document_get_entity_for (loaded, la));

  first = kutip_store_to_data (document, TRUE, NULL);
  second = kutip_store_to_data (loaded, TRUE, NULL);
  g_assert_cmpstr (first, ==, second);

  remove_tree (dir);
}

/* String escapes, including surrogate pairs, read back to the same text. */
static void
test_escapes (void)
{
  const char *head = "{\"format\":\"kutip\",\"version\":1,\"text_sha256\":\"";
  const char *tail =
    "\","
    "\"text\":\"A\\u00e9\\ud83d\\ude00\\/\\\"\\\\\\n\\t\\b\\f\\r\\u0001z\","
    "\"annotations\":[{\"id\":\"a\",\"label\":\"date\",\"start\":1,\"end\":3,"
    "\"text\":\"\\u00E9\xF0\x9F\x98\x80\"}]}";
  const char *expected = "A\xC3\xA9\xF0\x9F\x98\x80/\"\\\n\t\b\f\r\x01z";
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, expected, -1);
  g_autofree char *json = g_strconcat (head, sha, tail, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(KutipDocument) again = NULL;
  g_autofree char *written = NULL;
  gsize len = 0;

  document = kutip_store_load_data (json, strlen (json), "escapes", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (document), NULL), ==, expected);

  written = kutip_store_to_data (document, FALSE, &len);
  g_assert_nonnull (strstr (written,
                            "\"A\xC3\xA9\xF0\x9F\x98\x80/\\\"\\\\\\n\\t\\b\\f\\r\\u0001z\""));
  again = kutip_store_load_data (written, len, "again", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (again), NULL), ==, expected);
}

static void
test_json_tree (void)
{
  g_autoptr(KutipDocument) document = load_example ();
  g_autoptr(KutipDocument) copy = NULL;
  g_autoptr(JsonNode) root = kutip_store_to_json (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "format"), ==,
                   "kutip");
  copy = kutip_store_from_json (root, "tree", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  a = kutip_store_to_data (document, TRUE, NULL);
  b = kutip_store_to_data (copy, TRUE, NULL);
  g_assert_cmpstr (a, ==, b);

  /* Errors from a tree name the JSON path too. */
  json_object_set_int_member (json_node_get_object (root), "version", 9);
  g_clear_object (&copy);
  copy = kutip_store_from_json (root, "tree", KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (copy);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_VERSION);
  g_assert_true (g_str_has_prefix (error->message, "tree: $.version: "));
}

static char *
example_with_text (const char *old,
                   const char *new)
{
  g_autofree char *data = format_example ();
  g_autoptr(GString) s = g_string_new (data);
  const char *text_line = strstr (s->str, "\"text\": \"");

  g_assert_nonnull (text_line);
  g_assert_nonnull (strstr (text_line, old));
  g_string_replace (s, old, new, 1);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_hash_mismatch_reanchor (void)
{
  /* An editor prefixed the article: every span moved 11 code points. */
  g_autofree char *data = example_with_text ("\"text\": \"Jakarta",
                                             "\"text\": \"BREAKING — Jakarta");
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autofree char *written = NULL;
  g_autoptr(KutipDocument) again = NULL;
  KutipAnnotation *a;

  document = kutip_store_load_data (data, strlen (data), "edited.kutip.json",
                                    KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (document);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_HASH_MISMATCH);
  g_assert_true (g_str_has_prefix (error->message, "edited.kutip.json: $.text_sha256: "));
  g_assert_nonnull (strstr (error->message, "re-anchored"));
  g_clear_error (&error);

  document = kutip_store_load_data (data, strlen (data), "edited.kutip.json",
                                    KUTIP_LOAD_REANCHOR, &error);
  g_assert_no_error (error);
  a = kutip_document_lookup_annotation (document, "a1");
  g_assert_cmpuint (kutip_annotation_get_start (a), ==, 30 + 11);
  g_assert_cmpuint (kutip_annotation_get_end (a), ==, 43 + 11);
  a = kutip_document_lookup_annotation (document, "a4");
  g_assert_cmpuint (kutip_annotation_get_start (a), ==, 125 + 11);
  g_assert_true (kutip_document_get_modified (document));

  /* Saved, it carries the new hash and loads without re-anchoring. */
  written = kutip_store_to_data (document, TRUE, NULL);
  again = kutip_store_load_data (written, strlen (written), "saved", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_document_get_n_annotations (again), ==, 4);
}

/* The nearest occurrence wins; a span whose text is gone is reported. */
static void
test_reanchor_nearest_and_lost (void)
{
  /* "Retno" occurs at 30 (in "Retno Marsudi") and at 125; removing the
   * text between moves a4's second occurrence close to the first. */
  g_autofree char *data = example_with_text ("dilaksanakan.” Retno", "dilaksanakan.” Ret no");
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;

  document = kutip_store_load_data (data, strlen (data), "lost.kutip.json",
                                    KUTIP_LOAD_REANCHOR, &error);
  /* a4 "Retno" now only occurs inside "Retno Marsudi" and moves there. */
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_annotation_get_start (kutip_document_lookup_annotation (document, "a4")),
                    ==, 30);
  g_clear_object (&document);

  {
    g_autofree char *gone = example_with_text ("“gencatan senjata", "“gencatan-senjata");

    document = kutip_store_load_data (gone, strlen (gone), "lost.kutip.json",
                                      KUTIP_LOAD_REANCHOR, &error);
    g_assert_null (document);
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH);
    g_assert_nonnull (strstr (error->message, "1 annotation could not be re-anchored"));
    g_assert_nonnull (strstr (error->message,
                              "$.annotations[2] (“gencatan senjata harus segera dilaksanakan.”)"));
  }
}

static void
test_sidecar_path (void)
{
  struct { const char *in, *out; } cases[] = {
    { "dir/ARTICLE.txt", "dir/ARTICLE.kutip.json" },
    { "/a/b/berita.md", "/a/b/berita.kutip.json" },
    { "berita.txt", "berita.kutip.json" },
    { "./berita.txt", "./berita.kutip.json" },
    { "dir.d/noext", "dir.d/noext.kutip.json" },
    { "x/a.kutip.json", "x/a.kutip.json" },
    { "x/.hidden", "x/.hidden.kutip.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = kutip_store_sidecar_path (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_open_article (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *sample = source_file ("data", "samples", "harakatuna-gaza-ceasefire-id.txt",
                                         NULL);
  g_autofree char *article = g_build_filename (dir, "gaza.txt", NULL);
  g_autofree char *sidecar = g_build_filename (dir, "gaza.kutip.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(KutipDocument) reopened = NULL;
  gsize original_len = 0, after_len = 0;

  g_assert_true (g_file_get_contents (sample, &original, &original_len, NULL));
  g_assert_true (g_file_set_contents (article, original, (gssize) original_len, NULL));

  document = kutip_store_open (article, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_document_get_path (document), ==, sidecar);
  g_assert_cmpstr (kutip_document_get_id (document), ==, "gaza");
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);
  g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));

  g_assert_nonnull (kutip_document_tag (document, KUTIP_LABEL_CLAIM, 0, 10, &error));
  g_assert_no_error (error);
  g_assert_true (kutip_store_save_file (document, kutip_document_get_path (document), &error));
  g_assert_no_error (error);

  /* The article is untouched; opening it again finds the annotations. */
  g_assert_true (g_file_get_contents (article, &after, &after_len, NULL));
  g_assert_cmpmem (original, original_len, after, after_len);
  reopened = kutip_store_open (article, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_document_get_n_annotations (reopened), ==, 1);
  g_assert_cmpstr (kutip_document_get_path (reopened), ==, sidecar);
  g_clear_object (&reopened);

  /* Opening the sidecar directly works too. */
  reopened = kutip_store_open (sidecar, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_document_get_n_annotations (reopened), ==, 1);
  g_clear_object (&reopened);

  /* An edited article no longer matches its sidecar: say so, keep both. */
  g_assert_true (g_file_set_contents (article, "Teks lain.\n", -1, NULL));
  reopened = kutip_store_open (article, KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (reopened);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH);
  g_assert_true (g_str_has_prefix (error->message, sidecar));
  g_assert_true (g_file_test (sidecar, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Other kinds of file are refused with a clear message. */
  reopened = kutip_store_open ("gaza.docx", KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (reopened);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT);
  g_clear_error (&error);

  /* A missing file is an I/O error naming it. */
  reopened = kutip_store_open ("/nonexistent/x.txt", KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (reopened);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/x.txt: "));

  remove_tree (dir);
}

static void
test_save_keeps_mode (void)
{
  g_autoptr(KutipDocument) document = load_example ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "mode.kutip.json", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (kutip_store_save_file (document, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_true (kutip_store_save_file (document, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Saving into a missing folder fails with the file named. */
  g_assert_false (kutip_store_save_file (document, "/nonexistent/dir/x.kutip.json", &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/dir/x.kutip.json: "));

  remove_tree (dir);
}

/* Members in another order than Kutip writes them (text after the
 * annotations, unknown members first) load the same. */
static void
test_member_order (void)
{
  g_autoptr(KutipDocument) document = load_example ();
  g_autoptr(JsonNode) root = kutip_store_to_json (document);
  JsonObject *object = json_node_get_object (root);
  g_autoptr(JsonObject) reordered = json_object_new ();
  const char *order[] = { "x-project", "annotations", "entities", "relations", "text",
                          "schema", "metadata", "text_sha256", "version", "format" };
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *data = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(KutipDocument) copy = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    json_object_set_member (reordered, order[i],
                            json_node_copy (json_object_get_member (object, order[i])));
  json_node_set_object (node, reordered);
  data = json_to_string (node, TRUE);
  copy = kutip_store_load_data (data, strlen (data), "reordered", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  a = kutip_store_to_data (document, TRUE, NULL);
  b = kutip_store_to_data (copy, TRUE, NULL);
  g_assert_cmpstr (a, ==, b);
}

/* An importer may bring labels the schema lacks; the saved file still
 * loads, with those labels in its schema. */
static void
test_labels_outside_schema (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = kutip_document_new_from_string ("Sony and Nokia.", -1,
                                                                      &error);
  g_autoptr(KutipDocument) loaded = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *data = NULL;
  KutipAnnotation *a = kutip_annotation_new ("ORG", 0, 4);

  g_assert_no_error (error);
  kutip_annotation_set_id (a, "T1");
  g_ptr_array_add (annotations, a);
  kutip_document_load_contents (document, annotations, none, none);
  g_assert_null (kutip_schema_lookup (kutip_document_get_schema (document), "ORG"));

  data = kutip_store_to_data (document, TRUE, NULL);
  loaded = kutip_store_load_data (data, strlen (data), "imported", KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kutip_schema_lookup (kutip_document_get_schema (loaded), "ORG"));
  g_assert_cmpstr (kutip_annotation_get_text (kutip_document_lookup_annotation (loaded, "T1")), ==,
                   "Sony");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/store/format-example", test_format_example);
  g_test_add_func ("/kutip/store/format-example-written", test_format_example_written);
  g_test_add_func ("/kutip/store/extra-members", test_extra_members);
  g_test_add_func ("/kutip/store/round-trip", test_round_trip);
  g_test_add_func ("/kutip/store/escapes", test_escapes);
  g_test_add_func ("/kutip/store/json-tree", test_json_tree);
  g_test_add_func ("/kutip/store/member-order", test_member_order);
  g_test_add_func ("/kutip/store/hash-mismatch-reanchor", test_hash_mismatch_reanchor);
  g_test_add_func ("/kutip/store/reanchor-nearest-and-lost", test_reanchor_nearest_and_lost);
  g_test_add_func ("/kutip/store/sidecar-path", test_sidecar_path);
  g_test_add_func ("/kutip/store/open-article", test_open_article);
  g_test_add_func ("/kutip/store/save-keeps-mode", test_save_keeps_mode);
  g_test_add_func ("/kutip/store/labels-outside-schema", test_labels_outside_schema);

  return g_test_run ();
}
