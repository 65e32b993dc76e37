/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats-bad.c: an import either makes documents that Kutip's own
 * loader accepts, text kept exactly, or fails naming the file and the line.
 * Every importer meets every fixture in tests/data/formats, and each file of
 * tests/data/formats/bad has its own expected outcome. */

#include "config.h"

#include "formats-test-util.h"

typedef struct
{
  const char *name;     /* in tests/data/formats/bad */
  const char *format;
  /* NULL: it imports; else words the error holds, after the file name. */
  const char *error;
  guint       n_empty;  /* empty spans dropped */
  const char *spans;    /* spans_signature() of the first document */
  const char *text;     /* the first document's text */
} BadImport;

#define BOM "\xEF\xBB\xBF"

static const BadImport bad_imports[] = {
  { "doccano-empty-span.jsonl", "doccano", NULL, 2,
    "claim [14,24) accepted “harga naik”\nspeaker [0,4) accepted “Budi”\n", NULL },
  { "doccano-bom.jsonl", "doccano", NULL, 0,
    "speaker [1,5) accepted “Budi”\n", BOM "Budi berkata." },
  { "doccano-signature.jsonl", "doccano", NULL, 0,
    "speaker [0,4) accepted “Budi”\n", "Budi berkata." },
  { "doccano-nul.jsonl", "doccano", ":2: line 1, column 27: not valid JSON: \\u0000 (NUL)" },
  { "doccano-huge-offset.jsonl", "doccano",
    ":1: line 1, column 41: not valid JSON: the whole number 18446744073709551616 is out of range" },
  { "doccano-bad-escape.jsonl", "doccano",
    ":2: line 1, column 16: not valid JSON: unknown escape “\\é”" },
  { "doccano-label-space.jsonl", "doccano", ":2: cannot keep label “Named Person”" },
  { "doccano-empty-relation-type.jsonl", "doccano", ":1: relation from span “2” to span “1” "
    "has an empty type" },
  { "label-studio-empty-span.json", "label-studio", NULL, 1,
    "speaker [0,4) accepted “Budi”\n", NULL },
  { "label-studio-bom.json", "label-studio", NULL, 0,
    "speaker [1,5) accepted “Budi”\n", BOM "Budi berkata." },
  { "label-studio-nul.json", "label-studio", ": line 1, column 34: not valid JSON: \\u0000 (NUL)" },
  { "prodigy-empty-span.jsonl", "prodigy", NULL, 1, "speaker [0,4) accepted “Budi”\n", NULL },
  { "prodigy-bom.jsonl", "prodigy", NULL, 0,
    "speaker [1,5) accepted “Budi”\n", BOM "Budi berkata." },
  { "brat-empty-span", "brat", NULL, 1, "speaker [0,4) accepted “Budi”\n", NULL },
  { "brat-percent-ff", "brat", "a.ann:2: A1: “caf%FF” is not UTF-8 text" },
  { "brat-percent-00", "brat", "a.ann:2: N1: “2024%00-05” is not UTF-8 text" },
  { "brat-two-entities", "brat",
    "a.ann:3: span “T1” is already a mention of entity “e1”, not also of “e2”" },
  /* brat counts a leading U+FEFF of the .txt in its offsets; a mark that
   * starts the .ann is its signature. */
  { "brat-bom", "brat", NULL, 0, "speaker [2,6) accepted “Budi”\n", BOM BOM "Budi berkata.\n" },
  { "conll-signature.conll", "conll", NULL, 0, "speaker [0,4) accepted “Budi”\n",
    "Budi berkata ." },
  /* The first mark is the file's signature, the second is text. */
  { "text-two-boms.txt", "text", NULL, 0, "", BOM "Budi berkata.\n" },
};

static char *
bad_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "formats", "bad", name, NULL);
}

/* Each document, saved and loaded by the store, comes back whole. */
static void
assert_documents_load (GPtrArray  *documents,
                       const char *what)
{
  for (guint i = 0; i < documents->len; i++)
    {
      KutipDocument *document = g_ptr_array_index (documents, i);
      g_autoptr(KutipDocument) loaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize n = 0;

      data = kutip_store_to_data (document, TRUE, &n);
      loaded = kutip_store_load_data (data, n, what, KUTIP_LOAD_DEFAULT, &error);
      if (loaded == NULL)
        g_error ("%s: document %u does not load: %s", what, i, error->message);
      g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (loaded), NULL), ==,
                       kutip_text_get_utf8 (kutip_document_get_text (document), NULL));
      before = spans_signature (document, TRUE);
      after = spans_signature (loaded, TRUE);
      g_assert_cmpstr (after, ==, before);
      g_clear_pointer (&before, g_free);
      g_clear_pointer (&after, g_free);
      before = relations_signature (document, TRUE);
      after = relations_signature (loaded, TRUE);
      g_assert_cmpstr (after, ==, before);
    }
}

static GPtrArray *
import (const char  *format,
        const char  *path,
        gboolean     keep_unmapped,
        guint       *n_empty,
        GError     **error)
{
  KutipImportOptions options;

  kutip_import_options_init (&options);
  options.keep_unmapped = keep_unmapped;
  options.n_empty = n_empty;
  return kutip_format_import_path (kutip_format_lookup (format), path, &options, error);
}

static void
test_bad_import (gconstpointer data)
{
  const BadImport *bad = data;
  g_autofree char *path = bad_path (bad->name);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  guint n_empty = 0;

  documents = import (bad->format, path, TRUE, &n_empty, &error);
  if (bad->error != NULL)
    {
      g_assert_null (documents);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (!g_str_has_prefix (error->message, path) || strstr (error->message, bad->error) == NULL)
        g_error ("“%s” does not name %s and “%s”", error->message, path, bad->error);
      return;
    }

  g_assert_no_error (error);
  g_assert_nonnull (documents);
  g_assert_cmpuint (documents->len, >=, 1);
  g_assert_cmpuint (n_empty, ==, bad->n_empty);
  assert_documents_load (documents, bad->name);
  if (bad->spans != NULL)
    {
      g_autofree char *spans = spans_signature (g_ptr_array_index (documents, 0), TRUE);

      g_assert_cmpstr (spans, ==, bad->spans);
    }
  if (bad->text != NULL)
    g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (g_ptr_array_index (documents,
                                                                                      0)),
                                          NULL), ==, bad->text);
}

/* An empty span goes with its relations and attributes. */
static void
test_empty_span_links (void)
{
  g_autofree char *doccano = bad_path ("doccano-empty-span.jsonl");
  g_autofree char *brat = bad_path ("brat-empty-span");
  g_autofree char *studio = bad_path ("label-studio-empty-span.json");
  const char *paths[] = { doccano, brat, studio };
  const char *formats[] = { "doccano", "brat", "label-studio" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) documents = import (formats[i], paths[i], TRUE, NULL, &error);

      g_assert_no_error (error);
      for (guint k = 0; k < documents->len; k++)
        g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_relations (
                                                      g_ptr_array_index (documents, k))), ==, 0);
    }
}

/* Every file of tests/data/formats/bad is listed above. */
static void
test_all_listed (void)
{
  g_autofree char *dir_path = bad_path (".");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_imports); i++)
        listed |= strcmp (bad_imports[i].name, name) == 0;
      if (!listed)
        g_error ("tests/data/formats/bad/%s is not checked by test-formats-bad.c", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad_imports));
}

static void
add_fixtures (GPtrArray  *paths,
              const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      /* tests/data/formats/bad holds fixtures; the other folders are
       * fixtures themselves (brat, text). */
      if (strcmp (name, "bad") == 0)
        add_fixtures (paths, path);
      else
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

/* The promise of every importer on every fixture, whatever its format:
 * documents the loader accepts, or a message that starts with the file
 * (then its line, or a JSON path where lines do not apply). */
static void
test_every_importer_every_fixture (void)
{
  g_autofree char *formats_dir = g_test_build_filename (G_TEST_DIST, "data", "formats", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const KutipFormat * const *formats = kutip_formats_list ();
  guint n_imported = 0, n_refused = 0;

  add_fixtures (paths, formats_dir);
  g_assert_cmpuint (paths->len, >, G_N_ELEMENTS (bad_imports));

  for (guint f = 0; formats[f] != NULL; f++)
    {
      if (!(kutip_format_get_flags (formats[f]) & KUTIP_FORMAT_CAN_IMPORT))
        continue;
      for (guint i = 0; i < paths->len; i++)
        for (int keep = 0; keep < 2; keep++)
          {
            const char *path = g_ptr_array_index (paths, i);
            const char *name = kutip_format_get_name (formats[f]);
            g_autofree char *what = g_strdup_printf ("%s as %s", path, name);
            g_autoptr(GPtrArray) documents = NULL;
            g_autoptr(GError) error = NULL;

            documents = import (name, path, keep, NULL, &error);
            if (documents != NULL)
              {
                assert_documents_load (documents, what);
                n_imported++;
                continue;
              }
            g_assert_nonnull (error);
            g_assert_true (g_utf8_validate (error->message, -1, NULL));
            if (!g_str_has_prefix (error->message, path))
              g_error ("%s: “%s” does not start with the file", what, error->message);
            n_refused++;
          }
    }
  g_test_message ("%u imports, %u refusals", n_imported, n_refused);
  g_assert_cmpuint (n_imported, >, 0);
  g_assert_cmpuint (n_refused, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_imports); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/kutip/formats-bad/%s", bad_imports[i].name);

      g_test_add_data_func (test_path, &bad_imports[i], test_bad_import);
    }
  g_test_add_func ("/kutip/formats-bad/empty-span-links", test_empty_span_links);
  g_test_add_func ("/kutip/formats-bad/all-listed", test_all_listed);
  g_test_add_func ("/kutip/formats-bad/every-importer-every-fixture",
                   test_every_importer_every_fixture);

  return g_test_run ();
}
