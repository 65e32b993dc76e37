/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats-cli.c: kutip-cli export and import ($KUTIP_CLI): splits,
 * every format from a Kutip JSONL corpus, all-or-nothing imports. */

#include "config.h"

#include "cli-test-util.h"
#include "formats-test-util.h"

/* Runs kutip-cli; returns its exit status and hands over its stderr. */
G_GNUC_NULL_TERMINATED static int
run_cli_err (char       **err,
             const char  *first,
             ...)
{
  g_auto(Run) run = { 0 };
  va_list ap;

  va_start (ap, first);
  run_cli_valist (&run, first, ap);
  va_end (ap);
  *err = g_steal_pointer (&run.err);
  return run.status;
}

static guint
count_lines (const char *path)
{
  g_autofree char *data = NULL;
  guint n = 0;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return 0;
  for (const char *p = data; *p; p++)
    n += *p == '\n';
  return n;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* A corpus of @n small documents as Kutip JSONL. */
static char *
write_corpus (const char *dir,
              guint       n)
{
  g_autoptr(GString) corpus = g_string_new (NULL);
  char *path = g_build_filename (dir, "corpus.jsonl", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("“Harga naik 😀,” kata Joko %u.\r\n", i);
      g_autofree char *id = g_strdup_printf ("doc-%03u", i);
      g_autoptr(KutipDocument) document = kutip_document_new_from_string (text, -1, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *line = NULL;
      KutipAnnotation *claim, *speaker;

      kutip_document_set_id (document, id);
      claim = kutip_document_tag (document, KUTIP_LABEL_CLAIM, 1, 14, &error);
      g_assert_no_error (error);
      speaker = kutip_document_tag (document, KUTIP_LABEL_SPEAKER, 21, 25, &error);
      g_assert_no_error (error);
      kutip_document_link (document, KUTIP_RELATION_SAID_BY, claim, speaker);
      line = kutip_store_to_data (document, FALSE, NULL);
      g_string_append_printf (corpus, "%s\n", line);
    }
  g_assert_true (g_file_set_contents (path, corpus->str, -1, NULL));
  return path;
}

static void
test_export_every_format (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-formats-XXXXXX", NULL);
  g_autofree char *corpus = write_corpus (dir, 5);
  const KutipFormat * const *formats = kutip_formats_list ();

  for (guint i = 0; formats[i] != NULL; i++)
    {
      const char *name = kutip_format_get_name (formats[i]);
      g_autofree char *out = g_build_filename (dir, name, NULL);
      g_autofree char *err = NULL;

      if (!(kutip_format_get_flags (formats[i]) & KUTIP_FORMAT_CAN_EXPORT))
        continue;
      g_assert_cmpint (run_cli_err (&err, "export", "--format", name, corpus, "-o", out, NULL), ==, 0);
      g_assert_nonnull (strstr (err, "Exported 5 documents"));
      g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  remove_tree (dir);
}

static void
test_export_split (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-formats-XXXXXX", NULL);
  g_autofree char *corpus = write_corpus (dir, 200);
  g_autofree char *out = g_build_filename (dir, "split", NULL);
  g_autofree char *out2 = g_build_filename (dir, "split2", NULL);
  g_autofree char *err = NULL;
  const char *names[] = { "train.jsonl", "dev.jsonl", "test.jsonl" };
  guint total = 0;

  g_assert_cmpint (run_cli_err (&err, "export", "--format", "doccano", "--split",
                            "train=0.8,dev=0.1,test=0.1", "--seed", "7", corpus, "-o", out,
                            NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "doccano", "--split",
                            "train=0.8,dev=0.1,test=0.1", "--seed", "7", corpus, "-o", out2,
                            NULL), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (out, names[i], NULL);
      g_autofree char *path2 = g_build_filename (out2, names[i], NULL);
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      guint n = count_lines (path);

      /* The same seed gives the same split. */
      g_assert_true (g_file_get_contents (path, &a, NULL, NULL));
      g_assert_true (g_file_get_contents (path2, &b, NULL, NULL));
      g_assert_cmpstr (a, ==, b);
      if (i == 0)
        g_assert_cmpuint (n, >, 120);
      else
        g_assert_cmpuint (n, >, 5);
      total += n;
    }
  g_assert_cmpuint (total, ==, 200);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli_err (&err, "export", "--format", "doccano", "--split", "train=0.8,dev=0.1",
                            corpus, "-o", out, NULL), !=, 0);
  g_assert_nonnull (strstr (err, "not 1"));

  remove_tree (dir);
}

static void
test_import_all_or_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-formats-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "imported", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "formats", "doccano-bad.jsonl",
                                                NULL);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "formats",
                                                 "doccano-label.jsonl", NULL);
  g_autofree char *err = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  /* Line 1 is fine, line 3 is not: nothing is written. */
  g_assert_cmpint (run_cli_err (&err, "import", "--format", "doccano", good, bad, "-o", out, NULL),
                   !=, 0);
  g_assert_nonnull (strstr (err, "doccano-bad.jsonl:3:"));
  g_assert_nonnull (strstr (err, "Nothing was imported"));
  g_assert_cmpuint (count_files (out), ==, 0);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli_err (&err, "import", "--format", "doccano", "--map", "PER=speaker",
                            "--map", "QUOTE=claim", good, "-o", out, NULL), ==, 0);
  g_assert_nonnull (strstr (err, "Dropped 1 span labelled “ORG”"));
  g_assert_cmpuint (count_files (out), ==, 2);
  saved = g_build_filename (out, "2.kutip.json", NULL);
  document = kutip_store_load_file (saved, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 2);

  remove_tree (dir);
}

/* An export that leaves links out says how many and why, and still
 * succeeds; one that leaves none out says nothing of links. */
static void
test_export_links_left_out (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-links-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.kutip.json", NULL);
  g_autofree char *out = g_build_filename (dir, "out.jsonl", NULL);
  g_autofree char *brat = g_build_filename (dir, "brat", NULL);
  g_autoptr(KutipDocument) document = make_document ("doc-1");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  /* A suggested date of an accepted claim, both ends accepted. */
  add_relation (document, "r5", KUTIP_RELATION_DATED, "c2", "d1", KUTIP_STATUS_PENDING);
  g_assert_true (kutip_store_save_file (document, path, &error));
  g_assert_no_error (error);

  g_assert_cmpint (run_cli_err (&err, "export", "--format", "doccano", path, "-o", out, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (err, "Exported 1 document"));
  g_assert_nonnull (strstr (err, "kutip-cli: warning: 1 suggested link between exported spans "
                                 "was left out: it is not reviewed yet."));
  g_assert_nonnull (strstr (err, "kutip-cli: warning: 3 links between exported spans were left "
                                 "out: doccano's label shape has no place for links (its entities "
                                 "shape has)."));
  g_assert_nonnull (strstr (err, "--status all"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli_err (&err, "export", "--format", "doccano", "--doccano-shape",
                                "entities", "--status", "all", path, "-o", out, NULL), ==, 0);
  g_assert_null (strstr (err, "left out"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli_err (&err, "export", "--format", "brat", path, "-o", brat, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (err, "1 suggested link between exported spans was left out"));
  g_assert_null (strstr (err, "no place"));
  remove_tree (dir);
}

/* brat into a folder with files, and split names that lead elsewhere,
 * are refused; a failed export writes nothing and leaves no folder. */
static void
test_export_never_clobbers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-formats-XXXXXX", NULL);
  g_autofree char *corpus = write_corpus (dir, 3);
  g_autofree char *brat = g_build_filename (dir, "brat", NULL);
  g_autofree char *split = g_build_filename (dir, "split", NULL);
  g_autofree char *ann = g_build_filename (brat, "doc-000.ann", NULL);
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *bad_names[] = { "..=1", ".=1", "a/b=1", ".hidden=1", "=1", "a=0.5,a=0.5",
                              "x\\y=1" };
  guint n_before;

  g_assert_cmpint (run_cli_err (&err, "export", "--format", "brat", corpus, "-o", brat, NULL),
                   ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_set_contents (ann, "T1\tspeaker 0 1\tmine\n", -1, NULL));
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "brat", corpus, "-o", brat, NULL),
                   ==, 1);
  g_assert_nonnull (strstr (err, "the folder is not empty"));
  g_assert_nonnull (strstr (err, "--force"));
  g_assert_true (g_file_get_contents (ann, &before, NULL, NULL));
  g_assert_cmpstr (before, ==, "T1\tspeaker 0 1\tmine\n");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "brat", "--force", corpus, "-o", brat,
                                NULL), ==, 0);
  g_assert_true (g_file_get_contents (ann, &after, NULL, NULL));
  g_assert_cmpstr (after, !=, before);
  g_clear_pointer (&err, g_free);

  n_before = count_files (dir);
  for (guint i = 0; i < G_N_ELEMENTS (bad_names); i++)
    {
      g_assert_cmpint (run_cli_err (&err, "export", "--format", "brat", "--split", bad_names[i],
                                    corpus, "-o", split, NULL), ==, 1);
      g_assert_nonnull (strstr (err, "--split"));
      g_clear_pointer (&err, g_free);
    }
  /* Nothing was written beside -o, nor -o itself made. */
  g_assert_cmpuint (count_files (dir), ==, n_before);

  /* Existing split files are not replaced without --force. */
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "jsonl", "--split", "all=1", corpus,
                                "-o", split, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "jsonl", "--split", "all=1", corpus,
                                "-o", split, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "all.jsonl: the file exists"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "jsonl", "--split", "all=1", "--force",
                                corpus, "-o", split, NULL), ==, 0);
  g_clear_pointer (&err, g_free);

  remove_tree (dir);
}

/* An export that fails part way leaves no file, and no folder it made. */
static void
test_export_failure_leaves_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-formats-XXXXXX", NULL);
  g_autofree char *corpus = write_corpus (dir, 3);
  g_autofree char *missing = g_build_filename (dir, "missing.kutip.json", NULL);
  g_autofree char *file = g_build_filename (dir, "out.jsonl", NULL);
  g_autofree char *split = g_build_filename (dir, "split", NULL);
  g_autofree char *brat = g_build_filename (dir, "brat", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli_err (&err, "export", "--format", "doccano", corpus, missing, "-o", file,
                                NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Nothing was exported"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "doccano", "--split",
                                "train=0.5,test=0.5", corpus, missing, "-o", split, NULL), ==, 1);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_err (&err, "export", "--format", "brat", corpus, missing, "-o", brat,
                                NULL), ==, 1);
  g_assert_cmpuint (count_files (dir), ==, 1);

  remove_tree (dir);
}

/* Imports that used to report success and write files Kutip refused:
 * what is written validates, or nothing is written and the line is named. */
static void
test_import_bad_fixtures (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-formats-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "imported", NULL);
  g_autofree char *empty = g_test_build_filename (G_TEST_DIST, "data", "formats", "bad",
                                                  "doccano-empty-span.jsonl", NULL);
  g_autofree char *percent = g_test_build_filename (G_TEST_DIST, "data", "formats", "bad",
                                                    "brat-percent-ff", NULL);
  g_autofree char *boms = g_test_build_filename (G_TEST_DIST, "data", "formats", "bad",
                                                 "text-two-boms.txt", NULL);
  g_autofree char *err = NULL;
  g_autoptr(GDir) written = NULL;
  const char *name;

  g_assert_cmpint (run_cli_err (&err, "import", "--format", "brat", percent, "-o", out, NULL),
                   !=, 0);
  g_assert_nonnull (strstr (err, "a.ann:2: A1: “caf%FF” is not UTF-8 text"));
  g_assert_cmpuint (count_files (out), ==, 0);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli_err (&err, "import", "--format", "doccano", empty, "-o", out, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (err, "Dropped 2 empty spans (start = end"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_err (&err, "import", "--format", "text", boms, "-o", out, NULL),
                   ==, 0);
  g_clear_pointer (&err, g_free);

  written = g_dir_open (out, 0, NULL);
  g_assert_nonnull (written);
  while ((name = g_dir_read_name (written)) != NULL)
    {
      g_autofree char *path = g_build_filename (out, name, NULL);

      g_assert_cmpint (run_cli_err (&err, "validate", path, NULL), ==, 0);
      g_clear_pointer (&err, g_free);
    }
  g_assert_cmpuint (count_files (out), ==, 3);

  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/formats-cli/export-every-format", test_export_every_format);
  g_test_add_func ("/kutip/formats-cli/export-split", test_export_split);
  g_test_add_func ("/kutip/formats-cli/export-never-clobbers", test_export_never_clobbers);
  g_test_add_func ("/kutip/formats-cli/export-failure-leaves-nothing",
                   test_export_failure_leaves_nothing);
  g_test_add_func ("/kutip/formats-cli/import-all-or-nothing", test_import_all_or_nothing);
  g_test_add_func ("/kutip/formats-cli/export-links-left-out", test_export_links_left_out);
  g_test_add_func ("/kutip/formats-cli/import-bad-fixtures", test_import_bad_fixtures);

  return g_test_run ();
}
