/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats.c: every format's round trip on text with emoji, combining
 * marks and CRLF, exports checking the covered text and filtering by status.
 * Reading peers' files and bad input is in test-formats-import.c. */

#include "config.h"

#include "formats-test-util.h"

static void
test_jsonl_lossless (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GBytes) bytes = export_to_bytes ("jsonl", NULL, document);
  g_autoptr(KutipDocument) back = import_one ("jsonl", bytes, NULL);
  g_autofree char *before = kutip_store_to_data (document, FALSE, NULL);
  g_autofree char *after = kutip_store_to_data (back, FALSE, NULL);
  gsize n = 0;
  const char *data = g_bytes_get_data (bytes, &n);

  /* One line per document. */
  g_assert_nonnull (memchr (data, '\n', n));
  g_assert_true (memchr (data, '\n', n) == data + n - 1);
  g_assert_cmpstr (after, ==, before);
}

static void
test_doccano_round_trip (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  KutipImportOptions import_options;
  KutipExportOptions options;

  kutip_import_options_init (&import_options);
  import_options.keep_unmapped = TRUE;

  for (guint shape = 0; shape < 2; shape++)
    for (KutipOffsetUnit unit = KUTIP_OFFSET_CODEPOINT; unit <= KUTIP_OFFSET_BYTE; unit++)
      {
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(KutipDocument) back = NULL;
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;

        kutip_export_options_init (&options);
        options.offsets = unit;
        options.doccano_entities = shape == 1;
        import_options.offsets = unit;
        bytes = export_to_bytes ("doccano", &options, document);
        back = import_one ("doccano", bytes, &import_options);

        g_assert_cmpstr (kutip_document_get_id (back), ==, "doc-1");
        a = spans_signature (document, FALSE);
        b = spans_signature (back, FALSE);
        g_assert_cmpstr (b, ==, a);
        if (shape == 1)
          assert_same_spans (document, back, FALSE);
        /* Custom labels come back in the schema. */
        g_assert_nonnull (kutip_schema_lookup (kutip_document_get_schema (back), "peristiwa"));
      }
}

static void
test_doccano_utf16_offsets (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  KutipAnnotation *joko = kutip_document_lookup_annotation (document, "s1");
  KutipText *text = kutip_document_get_text (document);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *expected = NULL;
  KutipExportOptions options;

  kutip_export_options_init (&options);
  options.offsets = KUTIP_OFFSET_UTF16;
  bytes = export_to_bytes ("doccano", &options, document);

  /* 👩🏽‍💻 is 4 code points and 7 UTF-16 units: Joko moves by 3. */
  g_assert_cmpuint (kutip_text_offset_to_utf16 (text, kutip_annotation_get_start (joko)), ==,
                    kutip_annotation_get_start (joko) + 3);
  expected = g_strdup_printf ("[%u,%u,\"speaker\"]", kutip_annotation_get_start (joko) + 3,
                              kutip_annotation_get_end (joko) + 3);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  expected));
}

static void
test_label_studio_round_trip (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KutipDocument) back = NULL;
  KutipImportOptions import_options;
  KutipExportOptions options;
  KutipAnnotation *pending;

  kutip_export_options_init (&options);
  options.all_statuses = TRUE;
  kutip_import_options_init (&import_options);
  import_options.keep_unmapped = TRUE;
  bytes = export_to_bytes ("label-studio", &options, document);
  back = import_one ("label-studio", bytes, &import_options);

  assert_same_spans (document, back, TRUE);
  g_assert_cmpstr (kutip_document_get_id (back), ==, "doc-1");
  g_assert_cmpstr (kutip_document_get_title (back), ==, "Harga naik");
  pending = kutip_document_lookup_annotation (back, "p1");
  g_assert_nonnull (pending);
  g_assert_cmpint (kutip_annotation_get_status (pending), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpfloat_with_epsilon (kutip_annotation_get_confidence (pending), 0.75, 1e-9);
  g_assert_true (g_str_has_suffix (kutip_annotation_get_origin (pending), "rule:quote"));
}

static void
test_brat_round_trip (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc/1");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *ann = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *ann_path = NULL;
  g_autofree char *conf_path = NULL;
  g_autoptr(KutipExporter) exporter = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  KutipImportOptions options;
  KutipDocument *back;
  KutipEntity *entity;
  guint n_mentions = 0;

  exporter = kutip_exporter_new_for_path (kutip_format_lookup ("brat"), dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kutip_exporter_add (exporter, document, &error));
  g_assert_true (kutip_exporter_finish (exporter, &error));
  g_assert_no_error (error);

  ann_path = g_build_filename (dir, "doc_1.ann", NULL);
  conf_path = g_build_filename (dir, "annotation.conf", NULL);
  g_assert_true (g_file_get_contents (ann_path, &ann, NULL, NULL));
  g_assert_true (g_file_get_contents (conf_path, &conf, NULL, NULL));
  /* The span across CRLF is written as two fragments, as brat does. */
  g_assert_nonnull (strstr (ann, "\tperistiwa "));
  g_assert_nonnull (strstr (ann, "ISO8601:2024-05-12"));
  g_assert_nonnull (strstr (ann, "\tkind "));
  g_assert_nonnull (strstr (ann, "Kutip:e1\tJoko Widodo"));
  g_assert_nonnull (strstr (ann, "AnnotatorNotes"));
  g_assert_nonnull (strstr (conf, "said-by\tArg1:claim, Arg2:speaker"));
  g_assert_nonnull (strstr (conf, "kind\tArg:claim, Value:direct"));

  kutip_import_options_init (&options);
  options.keep_unmapped = TRUE;
  documents = kutip_format_import_path (kutip_format_lookup ("brat"), dir, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  back = g_ptr_array_index (documents, 0);
  assert_same_spans (document, back, FALSE);

  g_assert_cmpstr (kutip_annotation_get_attribute (find_by_text (back, "12 Mei 2024"), "value"), ==,
                   "2024-05-12");
  entity = kutip_document_lookup_entity (back, "e1");
  g_assert_nonnull (entity);
  g_assert_cmpstr (kutip_entity_get_name (entity), ==, "Joko Widodo");
  kutip_entity_get_mentions (entity, &n_mentions);
  g_assert_cmpuint (n_mentions, ==, 2);
  g_assert_cmpstr (kutip_annotation_get_note (find_by_text (back, "Kami siap.")), ==, "cek lagi");
  g_assert_cmpstr (kutip_annotation_get_attribute (find_by_text (back, "Kami siap."), "kind"), ==,
                   "direct");

  remove_tree (dir);
}

static void
test_brat_discontinuous (void)
{
  const char *dir = g_test_get_filename (G_TEST_DIST, "data", "formats", "brat-discontinuous", NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spans = NULL;
  g_autofree char *relations = NULL;
  KutipImportOptions options;

  kutip_import_options_init (&options);
  documents = kutip_format_import_path (kutip_format_lookup ("brat"), dir, &options, &error);
  g_assert_no_error (error);
  spans = spans_signature (g_ptr_array_index (documents, 0), FALSE);
  relations = relations_signature (g_ptr_array_index (documents, 0), FALSE);
  g_assert_cmpstr (spans, ==,
                   "claim [25,32) accepted “katanya”\n"
                   "claim [40,50) accepted “harga naik”\n"
                   "speaker [0,11) accepted “Juru bicara”\n");
  g_assert_cmpstr (relations, ==,
                   "fragment-of: harga naik -> katanya accepted\n"
                   "said-by: katanya -> Juru bicara accepted\n");
  g_clear_pointer (&documents, g_ptr_array_unref);

  options.discontinuous = KUTIP_DISCONTINUOUS_REFUSE;
  documents = kutip_format_import_path (kutip_format_lookup ("brat"), dir, &options, &error);
  g_assert_null (documents);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET);
  g_assert_nonnull (strstr (error->message, "juru.ann:2:"));
  g_assert_nonnull (strstr (error->message, "discontinuous"));
}

static void
test_prodigy_round_trip (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KutipDocument) back = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  KutipImportOptions options;
  JsonArray *spans, *tokens;

  bytes = export_to_bytes ("prodigy", NULL, document);
  kutip_import_options_init (&options);
  options.keep_unmapped = TRUE;
  back = import_one ("prodigy", bytes, &options);
  assert_same_spans (document, back, FALSE);

  /* token_end is inclusive: the last token's end is the span's end. */
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), &error));
  spans = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "spans");
  tokens = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "tokens");
  for (guint i = 0; i < json_array_get_length (spans); i++)
    {
      JsonObject *span = json_array_get_object_element (spans, i);
      JsonObject *last = json_array_get_object_element (tokens,
                                                        json_object_get_int_member (span, "token_end"));

      g_assert_cmpint (json_object_get_int_member (last, "end"), ==,
                       json_object_get_int_member (span, "end"));
    }
}

static void
test_conll_round_trip (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GBytes) bytes = export_to_bytes ("conll", NULL, document);
  g_autoptr(KutipDocument) back = NULL;
  g_autofree char *signature = NULL;
  KutipImportOptions options;

  kutip_import_options_init (&options);
  options.keep_unmapped = TRUE;
  back = import_one ("conll", bytes, &options);
  signature = squeezed_signature (back);
  /* Outermost: the date inside "peristiwa" gives way; the pending claim is
   * not exported. */
  g_assert_cmpstr (signature, ==,
                   "speaker=Joko\n"
                   "claim=Hargacafe\xCC\x81naik😀,\n"
                   "peristiwa=katanya.Pada12Mei2024\n"
                   "speaker=Dia\n"
                   "claim=Kamisiap.\n");
}

static void
test_conll_layers (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  KutipExportOptions options;
  gboolean seen_date = FALSE;

  kutip_export_options_init (&options);
  options.nesting = KUTIP_NESTING_LAYERS;
  bytes = export_to_bytes ("conll", &options, document);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;

      if (*lines[i] == '\0')
        continue;
      columns = g_strsplit (lines[i], " ", -1);
      /* token + speaker, claim, date, peristiwa */
      g_assert_cmpuint (g_strv_length (columns), ==, 1 + 4);
      if (strcmp (columns[0], "12") == 0)
        {
          g_assert_cmpstr (columns[3], ==, "B-date");
          g_assert_cmpstr (columns[4], ==, "I-peristiwa");
          seen_date = TRUE;
        }
    }
  g_assert_true (seen_date);
}

static void
test_hf_tags (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(KutipExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) labels_parser = json_parser_new ();
  g_autofree char *labels = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *names;
  guint n_b_claim = 0;

  exporter = kutip_exporter_new_for_stream (kutip_format_lookup ("hf"), stream, NULL, &error);
  g_assert_true (kutip_exporter_add (exporter, document, &error));
  g_assert_true (kutip_exporter_finish (exporter, &error));
  g_assert_no_error (error);
  labels = kutip_exporter_dup_labels_json (exporter);
  g_assert_true (json_parser_load_from_data (labels_parser, labels, -1, &error));
  names = json_object_get_array_member (json_node_get_object (json_parser_get_root (labels_parser)),
                                        "ner_tags");
  g_assert_cmpstr (json_array_get_string_element (names, 0), ==, "O");

  g_output_stream_close (stream, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i]; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *row;
      JsonArray *tokens, *tags;

      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, &error));
      row = json_node_get_object (json_parser_get_root (parser));
      tokens = json_object_get_array_member (row, "tokens");
      tags = json_object_get_array_member (row, "ner_tags");
      g_assert_cmpuint (json_array_get_length (tokens), ==, json_array_get_length (tags));
      for (guint t = 0; t < json_array_get_length (tags); t++)
        {
          const char *name = json_array_get_string_element (names, json_array_get_int_element (tags, t));

          if (strcmp (name, "B-claim") == 0)
            {
              n_b_claim++;
              g_assert_true (strcmp (json_array_get_string_element (tokens, t), "Harga") == 0 ||
                             strcmp (json_array_get_string_element (tokens, t), "Kami") == 0);
            }
        }
    }
  g_assert_cmpuint (n_b_claim, ==, 2);
}

static void
test_csv_quotes (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc, \"1\"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  const char *p;

  bytes = export_to_bytes ("csv", NULL, document);
  p = g_bytes_get_data (bytes, NULL);
  g_assert_true (g_str_has_prefix (p, "\xEF\xBB\xBF" "document,"));
  p += 3;
  header = parse_csv_row (&p);
  first = parse_csv_row (&p);
  second = parse_csv_row (&p);
  g_assert_cmpuint (header->len, ==, first->len);
  g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "doc, \"1\"");
  g_assert_cmpstr (g_ptr_array_index (first, 2), ==, "Joko Widodo");
  g_assert_cmpstr (g_ptr_array_index (first, 3), ==, "Harga cafe\xCC\x81 naik 😀,");
  g_assert_cmpstr (g_ptr_array_index (first, 4), ==, "direct");
  g_assert_cmpstr (g_ptr_array_index (first, 5), ==, "2024-05-12");
  g_assert_cmpstr (g_ptr_array_index (second, 2), ==, "Joko Widodo");
  g_assert_cmpstr (g_ptr_array_index (second, 7), ==, "Dia");
  g_assert_cmpstr (g_ptr_array_index (second, 5), ==, "");
  g_assert_cmpstr (p, ==, "");
}

static void
test_exporters_check_covered_text (void)
{
  const KutipFormat * const *formats = kutip_formats_list ();

  for (guint i = 0; formats[i] != NULL; i++)
    {
      g_autoptr(KutipDocument) document = make_document ("doc-1");
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autoptr(KutipExporter) exporter = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = NULL;

      if (!(kutip_format_get_flags (formats[i]) & KUTIP_FORMAT_CAN_EXPORT))
        continue;

      /* The stored text no longer matches text[start:end]. */
      kutip_annotation_set_text (kutip_document_lookup_annotation (document, "c1"), "Harga");
      if (kutip_format_get_flags (formats[i]) & KUTIP_FORMAT_FOLDER)
        {
          dir = make_temp_dir ();
          exporter = kutip_exporter_new_for_path (formats[i], dir, NULL, &error);
        }
      else
        exporter = kutip_exporter_new_for_stream (formats[i], stream, NULL, &error);
      g_assert_no_error (error);

      g_assert_false (kutip_exporter_add (exporter, document, &error));
      g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH);
      g_assert_nonnull (strstr (error->message, "c1"));
      g_assert_cmpuint (kutip_exporter_get_n_documents (exporter), ==, 0);
      if (dir != NULL)
        remove_tree (dir);
    }
}

static void
test_status_filter (void)
{
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GBytes) accepted = export_to_bytes ("doccano", NULL, document);
  g_autoptr(GBytes) all = NULL;
  KutipExportOptions options;

  kutip_annotation_set_status (kutip_document_lookup_annotation (document, "x1"),
                               KUTIP_STATUS_REJECTED);
  kutip_export_options_init (&options);
  options.all_statuses = TRUE;
  all = export_to_bytes ("doccano", &options, document);
  g_assert_cmpuint (count_in (accepted, "\"claim\""), ==, 2);
  g_assert_cmpuint (count_in (accepted, "\"peristiwa\""), ==, 1);
  /* The pending claim joins; the rejected span is never exported. */
  g_assert_cmpuint (count_in (all, "\"claim\""), ==, 3);
  g_assert_cmpuint (count_in (all, "\"peristiwa\""), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/formats/jsonl/lossless", test_jsonl_lossless);
  g_test_add_func ("/kutip/formats/doccano/round-trip", test_doccano_round_trip);
  g_test_add_func ("/kutip/formats/doccano/utf16-offsets", test_doccano_utf16_offsets);
  g_test_add_func ("/kutip/formats/label-studio/round-trip", test_label_studio_round_trip);
  g_test_add_func ("/kutip/formats/brat/round-trip", test_brat_round_trip);
  g_test_add_func ("/kutip/formats/brat/discontinuous", test_brat_discontinuous);
  g_test_add_func ("/kutip/formats/prodigy/round-trip", test_prodigy_round_trip);
  g_test_add_func ("/kutip/formats/conll/round-trip", test_conll_round_trip);
  g_test_add_func ("/kutip/formats/conll/layers", test_conll_layers);
  g_test_add_func ("/kutip/formats/hf/tags", test_hf_tags);
  g_test_add_func ("/kutip/formats/csv/quotes", test_csv_quotes);
  g_test_add_func ("/kutip/formats/export/covered-text-check", test_exporters_check_covered_text);
  g_test_add_func ("/kutip/formats/export/status-filter", test_status_filter);

  return g_test_run ();
}
