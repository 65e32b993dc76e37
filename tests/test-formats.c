/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats.c: every format's round trip on text with emoji, combining
 * marks and CRLF, the covered-text check, and malformed imports. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-format.h"
#include "kutip-store.h"

/* An emoji with skin tone and ZWJ, a combining acute, CRLF line ends. */
static const char article[] =
  "Presiden 👩🏽‍💻 Joko berkata\r\n"
  "“Harga cafe\xCC\x81 naik 😀,” katanya.\r\n"
  "Pada 12 Mei 2024 Dia menambahkan:\r\n"
  "“Kami siap.”";

static KutipAnnotation *
add_span (KutipDocument *document,
          const char    *id,
          const char    *label,
          const char    *needle,
          KutipStatus    status)
{
  g_autoptr(KutipAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  KutipText *text = kutip_document_get_text (document);
  guint start = 0;

  g_assert_true (kutip_text_find (text, needle, 0, &start));
  annotation = kutip_annotation_new (label, start, start + (guint) g_utf8_strlen (needle, -1));
  kutip_annotation_set_id (annotation, id);
  kutip_annotation_set_status (annotation, status);
  kutip_annotation_set_origin (annotation, status == KUTIP_STATUS_PENDING ? "rule:quote"
                                                                          : KUTIP_ORIGIN_MANUAL);
  if (status == KUTIP_STATUS_PENDING)
    kutip_annotation_set_confidence (annotation, 0.75);
  g_assert_true (kutip_document_add_annotation (document, annotation, &error));
  g_assert_no_error (error);

  return kutip_document_lookup_annotation (document, id);
}

static void
add_relation (KutipDocument *document,
              const char    *id,
              const char    *type,
              const char    *from,
              const char    *to,
              KutipStatus    status)
{
  g_autoptr(KutipRelation) relation = kutip_relation_new (type, from, to);
  g_autoptr(GError) error = NULL;

  kutip_relation_set_id (relation, id);
  kutip_relation_set_status (relation, status);
  g_assert_true (kutip_document_add_relation (document, relation, &error));
  g_assert_no_error (error);
}

static KutipDocument *
make_document (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Joko Widodo");
  KutipDocument *document;
  KutipAnnotation *a;

  document = kutip_document_new_from_string (article, -1, &error);
  g_assert_no_error (error);
  kutip_document_set_id (document, id);
  kutip_document_set_title (document, "Harga naik");
  g_assert_true (kutip_schema_add_label (kutip_document_get_schema (document), "peristiwa",
                                         "Peristiwa", "#813d9c", 0, NULL, &error));
  g_assert_no_error (error);

  add_span (document, "s1", KUTIP_LABEL_SPEAKER, "Joko", KUTIP_STATUS_ACCEPTED);
  a = add_span (document, "c1", KUTIP_LABEL_CLAIM, "Harga cafe\xCC\x81 naik 😀,",
                KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_attribute (a, "kind", "direct");
  a = add_span (document, "d1", KUTIP_LABEL_DATE, "12 Mei 2024", KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_attribute (a, "value", "2024-05-12");
  add_span (document, "s2", KUTIP_LABEL_SPEAKER, "Dia", KUTIP_STATUS_ACCEPTED);
  a = add_span (document, "c2", KUTIP_LABEL_CLAIM, "Kami siap.", KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_attribute (a, "kind", "direct");
  kutip_annotation_set_note (a, "cek\nlagi");
  /* Crosses a CRLF and holds the date: nested for CoNLL. */
  add_span (document, "x1", "peristiwa", "katanya.\r\nPada 12 Mei 2024", KUTIP_STATUS_ACCEPTED);
  /* A pending suggestion holding an accepted speaker. */
  add_span (document, "p1", KUTIP_LABEL_CLAIM, "Dia menambahkan", KUTIP_STATUS_PENDING);

  add_relation (document, "r1", KUTIP_RELATION_SAID_BY, "c1", "s1", KUTIP_STATUS_ACCEPTED);
  add_relation (document, "r2", KUTIP_RELATION_DATED, "c1", "d1", KUTIP_STATUS_ACCEPTED);
  add_relation (document, "r3", KUTIP_RELATION_SAID_BY, "c2", "s2", KUTIP_STATUS_ACCEPTED);
  add_relation (document, "r4", KUTIP_RELATION_SAID_BY, "p1", "s2", KUTIP_STATUS_PENDING);

  kutip_entity_set_id (entity, "e1");
  g_assert_true (kutip_document_add_entity (document, entity, &error));
  g_assert_no_error (error);
  kutip_document_entity_add_mention (document, kutip_document_lookup_entity (document, "e1"),
                                     kutip_document_lookup_annotation (document, "s1"));
  kutip_document_entity_add_mention (document, kutip_document_lookup_entity (document, "e1"),
                                     kutip_document_lookup_annotation (document, "s2"));

  return document;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "label [start,end) status" per span, sorted; pending only if asked. */
static char *
spans_signature (KutipDocument *document,
                 gboolean       with_pending)
{
  GListModel *list = kutip_document_get_annotations (document);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (list, i);
      KutipStatus status = kutip_annotation_get_status (a);

      if (status == KUTIP_STATUS_REJECTED || (status == KUTIP_STATUS_PENDING && !with_pending))
        continue;
      g_ptr_array_add (lines, g_strdup_printf ("%s [%u,%u) %s “%s”", kutip_annotation_get_label (a),
                                               kutip_annotation_get_start (a),
                                               kutip_annotation_get_end (a),
                                               kutip_status_to_string (status),
                                               kutip_annotation_get_text (a)));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));

  return g_strdup (out->str);
}

/* "type: from-text -> to-text status" per relation, sorted. */
static char *
relations_signature (KutipDocument *document,
                     gboolean       with_pending)
{
  GListModel *list = kutip_document_get_relations (document);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipRelation) r = g_list_model_get_item (list, i);
      KutipAnnotation *from = kutip_document_lookup_annotation (document, kutip_relation_get_from_id (r));
      KutipAnnotation *to = kutip_document_lookup_annotation (document, kutip_relation_get_to_id (r));

      if (kutip_relation_get_status (r) != KUTIP_STATUS_ACCEPTED && !with_pending)
        continue;
      g_ptr_array_add (lines, g_strdup_printf ("%s: %s -> %s %s", kutip_relation_get_rtype (r),
                                               kutip_annotation_get_text (from),
                                               kutip_annotation_get_text (to),
                                               kutip_status_to_string (kutip_relation_get_status (r))));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));

  return g_strdup (out->str);
}

static GBytes *
export_to_bytes (const char               *format_name,
                 const KutipExportOptions *options,
                 KutipDocument            *document)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(KutipExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;

  exporter = kutip_exporter_new_for_stream (kutip_format_lookup (format_name), stream, options,
                                            &error);
  g_assert_no_error (error);
  g_assert_true (kutip_exporter_add (exporter, document, &error));
  g_assert_no_error (error);
  g_assert_true (kutip_exporter_finish (exporter, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static KutipDocument *
import_one (const char               *format_name,
            GBytes                   *bytes,
            const KutipImportOptions *options)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  const char *data = g_bytes_get_data (bytes, &n);

  documents = kutip_format_import_data (kutip_format_lookup (format_name), data, n, "test",
                                        options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (documents);
  g_assert_cmpuint (documents->len, ==, 1);

  return g_object_ref (g_ptr_array_index (documents, 0));
}

static void
assert_same_spans (KutipDocument *expected,
                   KutipDocument *actual,
                   gboolean       with_pending)
{
  g_autofree char *a = spans_signature (expected, with_pending);
  g_autofree char *b = spans_signature (actual, with_pending);
  g_autofree char *ra = relations_signature (expected, with_pending);
  g_autofree char *rb = relations_signature (actual, with_pending);

  g_assert_cmpstr (b, ==, a);
  g_assert_cmpstr (rb, ==, ra);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (actual), NULL), ==,
                   kutip_text_get_utf8 (kutip_document_get_text (expected), NULL));
}

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

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kutip-formats-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
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
        g_unlink (child);
    }
  g_rmdir (path);
}

static KutipAnnotation *
find_by_text (KutipDocument *document,
              const char    *text)
{
  GListModel *list = kutip_document_get_annotations (document);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (list, i);

      if (g_strcmp0 (kutip_annotation_get_text (a), text) == 0)
        return a; /* the document holds a reference */
    }
  g_assert_not_reached ();
  return NULL;
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

/* Span text with every space removed: CoNLL keeps tokens, not spacing. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static char *
squeezed_signature (KutipDocument *document)
{
  GListModel *list = kutip_document_get_annotations (document);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (list, i);
      g_autofree char *text = squeeze (kutip_annotation_get_text (a));

      g_string_append_printf (out, "%s=%s\n", kutip_annotation_get_label (a), text);
    }
  return g_strdup (out->str);
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

/* A small RFC 4180 reader for the test. */
static GPtrArray *
parse_csv_row (const char **p)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (;; (*p)++)
    {
      char c = **p;

      if (quoted)
        {
          if (c == '"' && (*p)[1] == '"')
            {
              g_string_append_c (field, '"');
              (*p)++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
          continue;
        }
      if (c == '"')
        quoted = TRUE;
      else if (c == ',' || c == '\r' || c == '\0')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (c == '\r')
            {
              *p += 2;
              break;
            }
          if (c == '\0')
            break;
        }
      else
        g_string_append_c (field, c);
    }
  g_string_free (field, TRUE);
  return fields;
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
  assert_import_fails ("prodigy", "prodigy-bad.jsonl", "prodigy-bad.jsonl:2: not valid JSON");
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

static guint
count_in (GBytes     *bytes,
          const char *needle)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
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
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/formats/jsonl/lossless", test_jsonl_lossless);
  g_test_add_func ("/kutip/formats/doccano/round-trip", test_doccano_round_trip);
  g_test_add_func ("/kutip/formats/doccano/utf16-offsets", test_doccano_utf16_offsets);
  g_test_add_func ("/kutip/formats/label-studio/round-trip", test_label_studio_round_trip);
  g_test_add_func ("/kutip/formats/label-studio/peer-file", test_label_studio_peer_file);
  g_test_add_func ("/kutip/formats/brat/round-trip", test_brat_round_trip);
  g_test_add_func ("/kutip/formats/brat/discontinuous", test_brat_discontinuous);
  g_test_add_func ("/kutip/formats/prodigy/round-trip", test_prodigy_round_trip);
  g_test_add_func ("/kutip/formats/prodigy/peer-file", test_prodigy_peer_file);
  g_test_add_func ("/kutip/formats/conll/round-trip", test_conll_round_trip);
  g_test_add_func ("/kutip/formats/conll/layers", test_conll_layers);
  g_test_add_func ("/kutip/formats/conll/peer-file", test_conll_peer_file);
  g_test_add_func ("/kutip/formats/hf/tags", test_hf_tags);
  g_test_add_func ("/kutip/formats/csv/quotes", test_csv_quotes);
  g_test_add_func ("/kutip/formats/export/covered-text-check", test_exporters_check_covered_text);
  g_test_add_func ("/kutip/formats/export/status-filter", test_status_filter);
  g_test_add_func ("/kutip/formats/import/malformed", test_malformed_imports);
  g_test_add_func ("/kutip/formats/import/label-mapping", test_label_mapping);
  g_test_add_func ("/kutip/formats/text/folder", test_text_folder);
  g_test_add_func ("/kutip/formats/jsonl/read-stream", test_read_jsonl_stream);

  return g_test_run ();
}
