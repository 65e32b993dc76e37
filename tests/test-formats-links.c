/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-formats-links.c: no export drops a link between two exported spans
 * without saying so, and reviewed suggestions keep who said what through
 * a brat or doccano round trip. */

#include "config.h"

#include "formats-test-util.h"
#include "kutip-suggester.h"

typedef struct
{
  guint pending;
  guint unsupported;
} LeftOut;

/* Exports @document with @format (a folder for brat) and says what links
 * the export left out. */
static LeftOut
export_counting (const char *format_name,
                 gboolean    all_statuses,
                 gboolean    doccano_entities,
                 KutipDocument *document)
{
  const KutipFormat *format = kutip_format_lookup (format_name);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = NULL;
  g_autoptr(KutipExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;
  KutipExportOptions options;
  LeftOut left_out = { 0 };

  kutip_export_options_init (&options);
  options.all_statuses = all_statuses;
  options.doccano_entities = doccano_entities;
  path = g_strconcat (dir, "/out", kutip_format_get_extension (format), NULL);
  exporter = kutip_exporter_new_for_path (format, path, &options, &error);
  g_assert_no_error (error);
  g_assert_true (kutip_exporter_add (exporter, document, &error));
  g_assert_no_error (error);
  g_assert_true (kutip_exporter_finish (exporter, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_exporter_get_links_left_out (exporter, &left_out.pending,
                                                       &left_out.unsupported), ==,
                    left_out.pending + left_out.unsupported);
  remove_tree (dir);
  return left_out;
}

/* The shared document (accepted links r1–r3, a pending claim with a
 * pending link r4) plus a suggested link between two accepted spans and a
 * rejected one, which is no link. */
static KutipDocument *
make_linked_document (void)
{
  KutipDocument *document = make_document ("doc-links");

  add_relation (document, "r5", KUTIP_RELATION_DATED, "c2", "d1", KUTIP_STATUS_PENDING);
  add_relation (document, "r6", KUTIP_RELATION_SAID_BY, "x1", "s1", KUTIP_STATUS_REJECTED);
  return document;
}

static void
test_left_out (void)
{
  static const struct
  {
    const char *format;
    gboolean    all;
    gboolean    entities;
    guint       pending;
    guint       unsupported;
  } cases[] = {
    /* Only accepted work: the suggested link r5 waits for review. */
    { "jsonl", FALSE, FALSE, 0, 0 },        /* the whole document */
    { "doccano", FALSE, FALSE, 1, 3 },      /* the label shape carries no links */
    { "doccano", FALSE, TRUE, 1, 0 },
    { "label-studio", FALSE, FALSE, 1, 0 },
    { "brat", FALSE, FALSE, 1, 0 },
    { "prodigy", FALSE, FALSE, 1, 0 },
    { "conll", FALSE, FALSE, 1, 3 },
    { "hf", FALSE, FALSE, 1, 3 },
    { "csv", FALSE, FALSE, 1, 0 },          /* a claim's speaker and date */
    /* Pending too: r4 goes with its claim; r5 is written where it can be. */
    { "jsonl", TRUE, FALSE, 0, 0 },
    { "doccano", TRUE, FALSE, 0, 5 },
    { "doccano", TRUE, TRUE, 0, 0 },
    { "label-studio", TRUE, FALSE, 0, 1 },  /* no place for r5 */
    { "brat", TRUE, FALSE, 0, 0 },
    { "prodigy", TRUE, FALSE, 0, 0 },
    { "conll", TRUE, FALSE, 0, 5 },
    { "csv", TRUE, FALSE, 0, 0 },
  };
  g_autoptr(KutipDocument) document = make_linked_document ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LeftOut got = export_counting (cases[i].format, cases[i].all, cases[i].entities, document);

      g_test_message ("%s%s%s", cases[i].format, cases[i].all ? " --status all" : "",
                      cases[i].entities ? " entities" : "");
      g_assert_cmpuint (got.pending, ==, cases[i].pending);
      g_assert_cmpuint (got.unsupported, ==, cases[i].unsupported);
    }
}

/* What the CLI and the export dialog print: the counts and why. */
static void
test_describe (void)
{
  const KutipFormat *doccano = kutip_format_lookup ("doccano");
  const KutipFormat *conll = kutip_format_lookup ("conll");
  g_autofree char *none = NULL;
  g_autofree char *both = NULL;
  g_autofree char *one = NULL;
  KutipExportOptions options;

  kutip_export_options_init (&options);
  none = kutip_format_describe_links_left_out (conll, &options, 0, 0);
  g_assert_null (none);

  both = kutip_format_describe_links_left_out (doccano, &options, 2, 3);
  g_assert_nonnull (strstr (both, "2 suggested links between exported spans were left out"));
  g_assert_nonnull (strstr (both, "not reviewed yet"));
  g_assert_nonnull (strstr (both, "\n3 links between exported spans were left out"));
  g_assert_nonnull (strstr (both, "entities shape"));

  one = kutip_format_describe_links_left_out (conll, &options, 0, 1);
  g_assert_cmpstr (one, ==, "1 link between exported spans was left out: "
                            "CoNLL has no place for links.");
}

#define NEWS \
  "JAKARTA — Menteri Keuangan Sri Mulyani mengatakan pada Senin (21/2/2022) bahwa " \
  "pemerintah akan menambah anggaran subsidi energi.\n" \
  "“Kami tidak akan menaikkan harga BBM tahun ini,” kata Sri Mulyani.\n" \
  "Presiden Joko Widodo berkata, “Harga pangan harus stabil.”\n"

/* "claim text <- speaker text" for each accepted said-by, sorted. */
static char *
who_said_what (KutipDocument *document)
{
  g_autofree char *all = relations_signature (document, FALSE);
  g_auto(GStrv) lines = g_strsplit (all, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], KUTIP_RELATION_SAID_BY ":"))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_strdup (out->str);
}

/* Accept every suggested span: the links between them are accepted with
 * them, and brat and doccano (entities) carry who said what there and
 * back, with nothing left out. */
static void
test_who_said_what_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = kutip_document_new_from_string (NEWS, -1, &error);
  g_autoptr(KutipSuggestions) found = NULL;
  g_autofree char *expected = NULL;
  GListModel *annotations;
  KutipImportOptions import_options;

  kutip_document_set_id (document, "news");
  kutip_document_set_language (document, "id");
  found = kutip_suggest_document (document, KUTIP_SUGGEST_ALL, &error);
  g_assert_no_error (error);
  kutip_suggestions_apply (found, document, NULL);
  g_assert_cmpuint (kutip_document_get_n_pending_links (document), >=, 2);

  annotations = kutip_document_get_annotations (document);
  kutip_document_begin_action (document, "Accept All");
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (annotations, i);

      kutip_document_set_annotation_status (document, a, KUTIP_STATUS_ACCEPTED);
    }
  kutip_document_end_action (document);
  g_assert_cmpuint (kutip_document_get_n_pending_links (document), ==, 0);
  expected = who_said_what (document);
  g_assert_nonnull (strstr (expected, "Kami tidak akan menaikkan harga BBM tahun ini"));
  g_assert_nonnull (strstr (expected, "-> Presiden Joko Widodo accepted"));

  kutip_import_options_init (&import_options);

  /* doccano, entities shape. */
  {
    KutipExportOptions options;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(KutipDocument) back = NULL;
    g_autofree char *got = NULL;
    LeftOut left_out = export_counting ("doccano", FALSE, TRUE, document);

    g_assert_cmpuint (left_out.pending + left_out.unsupported, ==, 0);
    kutip_export_options_init (&options);
    options.doccano_entities = TRUE;
    bytes = export_to_bytes ("doccano", &options, document);
    back = import_one ("doccano", bytes, &import_options);
    got = who_said_what (back);
    g_assert_cmpstr (got, ==, expected);
  }

  /* brat. */
  {
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *out = g_build_filename (dir, "brat", NULL);
    g_autoptr(KutipExporter) exporter = NULL;
    g_autoptr(GPtrArray) documents = NULL;
    g_autofree char *got = NULL;
    KutipExportOptions options;
    guint left_out;

    kutip_export_options_init (&options);
    exporter = kutip_exporter_new_for_path (kutip_format_lookup ("brat"), out, &options, &error);
    g_assert_no_error (error);
    g_assert_true (kutip_exporter_add (exporter, document, &error));
    g_assert_true (kutip_exporter_finish (exporter, &error));
    left_out = kutip_exporter_get_links_left_out (exporter, NULL, NULL);
    g_assert_cmpuint (left_out, ==, 0);
    documents = kutip_format_import_path (kutip_format_lookup ("brat"), out, &import_options,
                                          &error);
    g_assert_no_error (error);
    g_assert_cmpuint (documents->len, ==, 1);
    got = who_said_what (g_ptr_array_index (documents, 0));
    g_assert_cmpstr (got, ==, expected);
    remove_tree (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/formats/links/left-out", test_left_out);
  g_test_add_func ("/kutip/formats/links/describe", test_describe);
  g_test_add_func ("/kutip/formats/links/who-said-what-round-trip", test_who_said_what_round_trip);

  return g_test_run ();
}
