/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats-export.c: a path export never clobbers: nothing appears
 * until it finishes, a failed one leaves what was there (and no temporary
 * file), and it writes over a file or into a non-empty folder only when
 * told to. */

#include "config.h"

#include "formats-test-util.h"

/* A document whose span "c1" no longer matches its text: its export fails. */
static KutipDocument *
make_broken_document (void)
{
  KutipDocument *document = make_document ("broken");

  kutip_annotation_set_text (kutip_document_lookup_annotation (document, "c1"), "Harga");
  return document;
}

static char *
file_names (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (names, i));
  return g_strdup (out->str);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, expected);
}

static void
test_file_atomic (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *old = g_build_filename (dir, "old.jsonl", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.jsonl", NULL);
  g_autoptr(KutipDocument) good = make_document ("doc-1");
  g_autoptr(KutipDocument) broken = make_broken_document ();
  const KutipFormat *doccano = kutip_format_lookup ("doccano");
  KutipExportOptions options;
  g_autofree char *names = NULL;

  g_assert_true (g_file_set_contents (old, "lama\n", -1, NULL));
  kutip_export_options_init (&options);

  /* Without overwrite an existing file is refused before anything. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KutipExporter) exporter = kutip_exporter_new_for_path (doccano, old, &options,
                                                                     &error);

    g_assert_null (exporter);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_assert_true (g_str_has_prefix (error->message, old));
  }

  /* A failed export leaves the old file and no new one, nor a temporary. */
  options.overwrite = TRUE;
  for (guint k = 0; k < 2; k++)
    {
      const char *path = k == 0 ? old : fresh;
      g_autoptr(GError) error = NULL;
      g_autoptr(KutipExporter) exporter = kutip_exporter_new_for_path (doccano, path, &options,
                                                                       &error);

      g_assert_no_error (error);
      g_assert_true (kutip_exporter_add (exporter, good, &error));
      g_assert_false (kutip_exporter_add (exporter, broken, &error));
      g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH);
    }
  assert_contents (old, "lama\n");
  names = file_names (dir);
  g_assert_cmpstr (names, ==, "old.jsonl");

  /* Nothing shows until the export finishes; then it is whole. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KutipExporter) exporter = kutip_exporter_new_for_path (doccano, old, &options,
                                                                     &error);
    g_autoptr(GBytes) expected = export_to_bytes ("doccano", NULL, good);
    g_autofree char *text = g_strndup (g_bytes_get_data (expected, NULL),
                                       g_bytes_get_size (expected));

    g_assert_no_error (error);
    g_assert_true (kutip_exporter_add (exporter, good, &error));
    assert_contents (old, "lama\n");
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
    g_assert_true (kutip_exporter_finish (exporter, &error));
    g_assert_no_error (error);
    assert_contents (old, text);
  }
  g_clear_pointer (&names, g_free);
  names = file_names (dir);
  g_assert_cmpstr (names, ==, "old.jsonl");

  remove_tree (dir);
}

static void
test_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *out = g_build_filename (dir, "brat", NULL);
  g_autofree char *made = g_build_filename (dir, "made", "by", "export", NULL);
  g_autofree char *mine = g_build_filename (out, "mine.txt", NULL);
  g_autoptr(KutipDocument) good = make_document ("doc-1");
  g_autoptr(KutipDocument) broken = make_broken_document ();
  const KutipFormat *brat = kutip_format_lookup ("brat");
  KutipExportOptions options;

  kutip_export_options_init (&options);
  g_assert_cmpint (g_mkdir_with_parents (out, 0755), ==, 0);
  g_assert_false (kutip_format_export_overwrites (brat, out));
  g_assert_true (g_file_set_contents (mine, "punyaku", -1, NULL));
  g_assert_true (kutip_format_export_overwrites (brat, out));

  /* A folder with files in it is refused unless told. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KutipExporter) exporter = kutip_exporter_new_for_path (brat, out, &options, &error);

    g_assert_null (exporter);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_assert_nonnull (strstr (error->message, "not empty"));
  }

  /* Told to, a failed export still leaves the folder as it was. */
  options.overwrite = TRUE;
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KutipExporter) exporter = kutip_exporter_new_for_path (brat, out, &options, &error);
    g_autofree char *names = NULL;

    g_assert_no_error (error);
    g_assert_true (kutip_exporter_add (exporter, good, &error));
    g_assert_false (kutip_exporter_add (exporter, broken, &error));
    g_clear_pointer (&exporter, kutip_exporter_free);
    names = file_names (out);
    g_assert_cmpstr (names, ==, "mine.txt");
  }

  /* A finished one puts its files beside what was there. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KutipExporter) exporter = kutip_exporter_new_for_path (brat, out, &options, &error);
    g_autofree char *names = NULL;

    g_assert_true (kutip_exporter_add (exporter, good, &error));
    names = file_names (out);
    g_assert_true (g_str_has_prefix (names, ".kutip-export-"));
    g_assert_true (kutip_exporter_finish (exporter, &error));
    g_assert_no_error (error);
    g_clear_pointer (&names, g_free);
    names = file_names (out);
    g_assert_cmpstr (names, ==, "annotation.conf doc-1.ann doc-1.txt mine.txt");
    assert_contents (mine, "punyaku");
  }

  /* A folder the export made is gone again when it fails. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KutipExporter) exporter = kutip_exporter_new_for_path (brat, made, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (g_file_test (made, G_FILE_TEST_IS_DIR));
    g_assert_false (kutip_exporter_add (exporter, broken, &error));
    g_clear_pointer (&exporter, kutip_exporter_free);
    g_assert_false (g_file_test (made, G_FILE_TEST_EXISTS));
  }

  remove_tree (dir);
}

/* The Hugging Face label list beside the file counts as what is there. */
static void
test_side_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "train.jsonl", NULL);
  g_autofree char *labels = g_build_filename (dir, "train.labels.json", NULL);
  const KutipFormat *hf = kutip_format_lookup ("hf");
  g_autoptr(KutipExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (kutip_format_export_overwrites (hf, path));
  g_assert_true (g_file_set_contents (labels, "[]", -1, NULL));
  g_assert_true (kutip_format_export_overwrites (hf, path));
  exporter = kutip_exporter_new_for_path (hf, path, NULL, &error);
  g_assert_null (exporter);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_str_has_prefix (error->message, labels));

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/formats-export/file-atomic", test_file_atomic);
  g_test_add_func ("/kutip/formats-export/folder", test_folder);
  g_test_add_func ("/kutip/formats-export/side-file", test_side_file);

  return g_test_run ();
}
