/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats-import.c: importing files as the peer tools write them,
 * label mapping, folders of text, streaming JSONL, and malformed input that
 * must name file and line and import nothing. */

#include "config.h"

#include "formats-test-util.h"

static void
test_label_studio_peer_file (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "data", "formats", "label-studio.json", NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) map = g_hash_table_new (g_str_hash, g_str_equal);
  KutipImportOptions options;
  KutipDocument *document;
  g_autofree char *spans = NULL;
  g_autofree char *relations = NULL;

  kutip_import_options_init (&options);
  g_hash_table_insert (map, "PER", KUTIP_LABEL_SPEAKER);
  g_hash_table_insert (map, "foundedBy", "founded-by");
  options.label_map = map;
  options.keep_unmapped = TRUE;
  documents = kutip_format_import_path (kutip_format_lookup ("label-studio"), path, &options,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  document = g_ptr_array_index (documents, 0);
  spans = spans_signature (document, TRUE);
  relations = relations_signature (document, TRUE);
  g_assert_cmpstr (spans, ==,
                   "ORG [0,6) accepted “Google”\n"
                   "speaker [22,32) accepted “Larry Page”\n"
                   "speaker [7,10) pending “was”\n");
  g_assert_cmpstr (relations, ==, "founded-by: Google -> Larry Page accepted\n");
  g_assert_cmpfloat_with_epsilon (kutip_annotation_get_confidence (
                                    kutip_document_lookup_annotation (document, "p1")), 0.87, 1e-9);
}

static void
test_prodigy_peer_file (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "data", "formats", "prodigy.jsonl", NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *relations = NULL;
  KutipImportOptions options;

  kutip_import_options_init (&options);
  options.keep_unmapped = TRUE;
  documents = kutip_format_import_path (kutip_format_lookup ("prodigy"), path, &options, &error);
  g_assert_no_error (error);
  /* The rejected example is left out. */
  g_assert_cmpuint (documents->len, ==, 1);
  relations = relations_signature (g_ptr_array_index (documents, 0), FALSE);
  g_assert_cmpstr (relations, ==, "EMPLOYS: Apple -> Tim accepted\n");
}

static void
assert_import_fails (const char *format_name,
                     const char *fixture,
                     const char *where)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "data", "formats", fixture, NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = kutip_format_import_path (kutip_format_lookup (format_name), path, NULL, &error);
  g_assert_null (documents);
  g_assert_nonnull (error);
  g_test_message ("%s: %s", fixture, error->message);
  g_assert_nonnull (strstr (error->message, where));
}

static void
test_malformed_imports (void)
{
  /* Line 1 and 2 are fine; line 3 spoils the whole file. */
  assert_import_fails ("doccano", "doccano-bad.jsonl", "doccano-bad.jsonl:3:");
  assert_import_fails ("brat", "brat-bad", "juru.ann:3:");
  assert_import_fails ("label-studio", "label-studio-bad.json", "task $[0]");
  assert_import_fails ("conll", "bad.conll", "bad.conll:3:");
  assert_import_fails ("prodigy", "prodigy-bad.jsonl", "prodigy-bad.jsonl:2: line 1, column");
}

static void
test_label_mapping (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "data", "formats", "doccano-label.jsonl", NULL);
  g_autoptr(GHashTable) map = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) dropped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  KutipImportOptions options;

  kutip_import_options_init (&options);
  g_hash_table_insert (map, "PER", KUTIP_LABEL_SPEAKER);
  g_hash_table_insert (map, "QUOTE", KUTIP_LABEL_CLAIM);
  options.label_map = map;
  options.dropped = dropped;
  documents = kutip_format_import_path (kutip_format_lookup ("doccano"), path, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 2);
  first = spans_signature (g_ptr_array_index (documents, 0), FALSE);
  second = spans_signature (g_ptr_array_index (documents, 1), FALSE);
  g_assert_cmpstr (first, ==, "");
  g_assert_cmpstr (second, ==,
                   "claim [17,20) accepted “oke”\n"
                   "speaker [0,6) accepted “Jokowi”\n");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (dropped, "ORG")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (dropped, "MISC")), ==, 1);
  g_clear_pointer (&documents, g_ptr_array_unref);
  g_clear_pointer (&first, g_free);

  options.keep_unmapped = TRUE;
  documents = kutip_format_import_path (kutip_format_lookup ("doccano"), path, &options, &error);
  g_assert_no_error (error);
  first = spans_signature (g_ptr_array_index (documents, 0), FALSE);
  g_assert_cmpstr (first, ==,
                   "MISC [11,17) accepted “German”\n"
                   "ORG [0,2) accepted “EU”\n");
  g_assert_nonnull (kutip_schema_lookup (kutip_document_get_schema (g_ptr_array_index (documents, 0)),
                                         "ORG"));
  g_assert_cmpstr (kutip_document_get_id (g_ptr_array_index (documents, 0)), ==, "1");
}

static void
test_conll_peer_file (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "data", "formats", "sample.conll", NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spans = NULL;
  KutipImportOptions options;

  kutip_import_options_init (&options);
  options.keep_unmapped = TRUE;
  documents = kutip_format_import_path (kutip_format_lookup ("conll"), path, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (g_ptr_array_index (documents, 0)),
                                        NULL), ==,
                   "EU rejects German call .\nPeter Blackburn");
  spans = spans_signature (g_ptr_array_index (documents, 0), FALSE);
  g_assert_cmpstr (spans, ==,
                   "MISC [11,17) accepted “German”\n"
                   "ORG [0,2) accepted “EU”\n"
                   "PER [25,40) accepted “Peter Blackburn”\n");
}

static void
test_text_folder (void)
{
  const char *dir = g_test_get_filename (G_TEST_DIST, "data", "formats", "text", NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = kutip_format_import_path (kutip_format_lookup ("text"), dir, NULL, &error);
  g_assert_no_error (error);
  /* README.md is not an article. */
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpstr (kutip_document_get_id (g_ptr_array_index (documents, 0)), ==, "luhut");
  g_assert_true (g_str_has_suffix (kutip_text_get_utf8 (
                                     kutip_document_get_text (g_ptr_array_index (documents, 0)),
                                     NULL), "2024.\r\n"));
  g_assert_cmpuint (kutip_document_get_n_annotations (g_ptr_array_index (documents, 1)), ==, 0);
}

static gboolean
count_document (KutipDocument  *document,
                gpointer        user_data,
                GError        **error)
{
  guint *n = user_data;

  g_assert_true (KUTIP_IS_DOCUMENT (document));
  if (++*n == 650)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "enough");
      return FALSE;
    }
  return TRUE;
}

static void
test_read_jsonl_stream (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autofree char *line = kutip_store_to_data (document, FALSE, NULL);
  g_autoptr(GString) corpus = g_string_new (NULL);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  /* Many documents across read chunks, in order, then a bad line. */
  for (guint i = 0; i < 600; i++)
    g_string_append_printf (corpus, "%s\n", line);
  g_assert_cmpuint (corpus->len, >, 1024 * 1024);
  g_string_append (corpus, "\n{\"format\": \"kutip\"\n");
  stream = g_memory_input_stream_new_from_data (g_strdup (corpus->str), corpus->len, g_free);
  g_assert_false (kutip_format_read_jsonl (stream, "corpus.jsonl", count_document, &n, &error));
  g_assert_cmpuint (n, ==, 600);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "corpus.jsonl:602"));
  g_clear_error (&error);
  g_clear_object (&stream);

  /* A callback that stops ends the read early and cleanly. */
  g_string_truncate (corpus, 0);
  for (guint i = 0; i < 700; i++)
    g_string_append_printf (corpus, "%s\n", line);
  n = 0;
  stream = g_memory_input_stream_new_from_data (g_strdup (corpus->str), corpus->len, g_free);
  g_assert_false (kutip_format_read_jsonl (stream, "corpus.jsonl", count_document, &n, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_IO);
  g_assert_cmpuint (n, ==, 650);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/formats/label-studio/peer-file", test_label_studio_peer_file);
  g_test_add_func ("/kutip/formats/prodigy/peer-file", test_prodigy_peer_file);
  g_test_add_func ("/kutip/formats/conll/peer-file", test_conll_peer_file);
  g_test_add_func ("/kutip/formats/import/malformed", test_malformed_imports);
  g_test_add_func ("/kutip/formats/import/label-mapping", test_label_mapping);
  g_test_add_func ("/kutip/formats/text/folder", test_text_folder);
  g_test_add_func ("/kutip/formats/jsonl/read-stream", test_read_jsonl_stream);

  return g_test_run ();
}
