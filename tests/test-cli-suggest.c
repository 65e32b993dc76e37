/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-suggest.c: runs `kutip-cli suggest` ($KUTIP_CLI) as a user would:
 * on an article, again after review, and as a JSONL filter; and the
 * bundled sample article end to end. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kutip.h"

static int
run_cli (const char  *input,
         char       **out,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("KUTIP_CLI"));
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char * const *) args->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static void
test_article (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-suggest-XXXXXX", NULL);
  g_autofree char *txt = g_build_filename (dir, "berita.txt", NULL);
  g_autofree char *json = g_build_filename (dir, "berita.kutip.json", NULL);
  g_autofree char *out = NULL, *err = NULL, *before = NULL, *after = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *article =
    "“Harga beras akan turun pekan depan,” kata Menteri Perdagangan Zulkifli Hasan, "
    "Senin (21/2/2022).\n";
  GListModel *model;
  guint n;

  g_assert_true (g_file_set_contents (txt, article, -1, NULL));
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--published", "2022-02-21", txt, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (err, "suggestions added"));

  /* The article is never written; the sidecar holds the suggestions. */
  g_assert_true (g_file_get_contents (txt, &before, NULL, NULL));
  g_assert_cmpstr (before, ==, article);
  document = kutip_store_load_file (json, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  model = kutip_document_get_annotations (document);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, n);

  /* Reject everything, save, suggest again: nothing comes back. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);
      kutip_document_set_annotation_status (document, a, KUTIP_STATUS_REJECTED);
    }
  g_assert_true (kutip_store_save_file (document, json, &error));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", txt, NULL), ==, 0);
  g_assert_nonnull (strstr (err, ": 0 suggestions added"));
  g_clear_object (&document);
  document = kutip_store_load_file (json, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, 0);

  g_assert_true (g_file_get_contents (txt, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, article);
  g_remove (json);
  g_remove (txt);
  g_rmdir (dir);
}

static void
test_jsonl (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  const char *input =
    "{\"id\":\"a\",\"lang\":\"id\",\"published\":\"2021-05-20\",\"text\":\"Pada Rabu (18/5) "
    "ia datang.\"}\n"
    "\n"
    "{\"id\":\"b\",\"text\":\"Yesterday, the minister said the plan would work.\"}\n";

  g_assert_cmpint (run_cli (input, &out, &err, "suggest", "--jsonl", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3); /* two lines and the empty tail */
  g_assert_true (g_str_has_prefix (lines[0], "{\"id\":\"a\",\"spans\":[{"));
  g_assert_nonnull (strstr (lines[0], "\"label\":\"date\",\"start\":5,\"end\":16,"
                                      "\"value\":\"2021-05-18\""));
  g_assert_true (g_str_has_prefix (lines[1], "{\"id\":\"b\""));
  g_assert_cmpstr (lines[2], ==, "");

  /* A bad line is reported with its number; the good ones still come out. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ("{\"id\":1,\"text\":\"x\"}\n{\"id\":2}\n", &out, &err,
                            "suggest", "--jsonl", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (out, "{\"id\":\"1\""));
  g_assert_nonnull (strstr (err, "stdin:2: $: the member “text” is missing"));
}

/* Runs suggest --jsonl on raw bytes; stdout and stderr must be UTF-8. */
static int
run_jsonl_bytes (const char  *input,
                 gsize        n_bytes,
                 char       **out,
                 char       **err)
{
  const char *argv[] = { g_getenv ("KUTIP_CLI"), "suggest", "--jsonl", NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) stdin_bytes = g_bytes_new (input, n_bytes);
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GBytes) stderr_bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  const char *data;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                     G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, stdin_bytes, NULL, &stdout_bytes, &stderr_bytes, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (stdout_bytes, &n);
  g_assert_true (g_utf8_validate_len (data, n, NULL));
  *out = g_strndup (data, n);
  data = g_bytes_get_data (stderr_bytes, &n);
  g_assert_true (g_utf8_validate_len (data, n, NULL));
  *err = g_strndup (data, n);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

/* Output is valid JSON in UTF-8 whatever comes in; a line that cannot be
 * read is named, never echoed. */
static void
test_jsonl_bad_bytes (void)
{
  static const char input[] =
    "{\"id\":\"a\xFF\",\"text\":\"Budi berkata.\"}\n"
    "{\"id\":123456789012345678901234,\"text\":\"Budi.\"}\n"
    "{\"id\":1.50,\"text\":\"Budi.\"}\n"
    "{\"id\":\"c\",\"text\":\"\\\xC3\xA9\"}\n";
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_jsonl_bytes (input, sizeof input - 1, &out, &err), ==, 1);
  /* Ids past 64 bits come back digit for digit. */
  g_assert_cmpstr (out, ==, "{\"id\":\"123456789012345678901234\",\"spans\":[],\"relations\":[]}\n");
  g_assert_nonnull (strstr (err, "stdin:1: not valid UTF-8 at byte offset 8 (byte 0xFF)"));
  g_assert_nonnull (strstr (err, "stdin:3: $.id: expected a string or a whole number, found 1.50"));
  g_assert_nonnull (strstr (err, "stdin:4: line 1, column 20: not valid JSON: unknown escape “\\é”"));
  g_assert_nonnull (strstr (err, "3 lines could not be read"));
}

/* The stream may start with a signature; a U+FEFF in a text is a code
 * point like any other, counted in the offsets. */
static void
test_jsonl_bom (void)
{
  static const char input[] =
    "\xEF\xBB\xBF{\"id\":\"a\",\"lang\":\"id\",\"published\":\"2021-05-20\","
    "\"text\":\"\\ufeffPada Rabu (18/5) ia datang.\"}\n";
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_jsonl_bytes (input, sizeof input - 1, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "\"label\":\"date\",\"start\":6,\"end\":17,"
                                 "\"value\":\"2021-05-18\""));
}

/* A prediction that covers no text is refused by its line, not a GLib
 * critical and a silent nothing. */
static void
test_predictions_empty_span (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-suggest-XXXXXX", NULL);
  g_autofree char *txt = g_build_filename (dir, "berita.txt", NULL);
  g_autofree char *pred = g_build_filename (dir, "pred.jsonl", NULL);
  g_autofree char *json = g_build_filename (dir, "berita.kutip.json", NULL);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_true (g_file_set_contents (txt, "Budi berkata harga naik.\n", -1, NULL));
  g_assert_true (g_file_set_contents (pred, "{\"spans\":[{\"label\":\"speaker\",\"start\":3,"
                                            "\"end\":3}]}\n", -1, NULL));
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--no-rules", "--predictions", pred, txt,
                            NULL), ==, 1);
  g_assert_nonnull (strstr (err, "pred.jsonl:1: $.spans[0]: span 3–3 is empty"));
  g_assert_null (strstr (err, "CRITICAL"));
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));

  g_remove (pred);
  g_remove (txt);
  g_rmdir (dir);
}

static void
test_bad_arguments (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--only", "names", "x.txt", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "unknown family “names”"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "/nonexistent/a.txt", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent/a.txt"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--jsonl"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* A language with no profile: the message names the ones there are. */
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--lang", "fr", "x.txt", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "“fr” is not one of the languages Kutip knows (id, en)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--claims", "quotes", "x.txt", NULL), ==,
                   2);
  g_assert_nonnull (strstr (err, "--claims: “quotes” is neither direct nor all"));
}

/* What the bundled sample says, as who-said-what-guidelines.md reads it:
 * six claims, three quoted and three reported, each with its speaker, and
 * the two whose sentence or scene says when, dated. */
typedef struct
{
  const char *prefix;  /* the claim's first words */
  const char *kind;
  const char *speaker; /* the said-by mention's text */
  const char *entity;  /* its entity's name */
  const char *date;    /* the dated date's text, or NULL */
} SampleClaim;

static const SampleClaim sample_claims[] = {
  { "kedua negara yang berkonflik", "indirect", "AS", "AS", NULL },
  { "dia\nmengharapkan  Israel", "indirect", "Biden", "Biden", "Rabu (18/5)" },
  { "“Kedua pemimpin melakukan", "direct", "juru bicara Gedung Putih Karine Jean-Pierre",
    "Karine Jean-Pierre", NULL },
  { "“Presiden  menyampaikan", "direct", "Jean-Pierre", "Karine Jean-Pierre", "hari  ini" },
  { "Israel bertekad akan terus", "indirect", "Netanyahu", "Netanyahu", NULL },
  { "“Saya bertekad untuk", "direct", "Netanyahu", "Netanyahu", NULL },
};

static KutipDocument *
suggest_sample (const char *dir,
                const char *claims)
{
  g_autofree char *sample = g_build_filename (g_getenv ("KUTIP_SOURCE_ROOT"), "data", "samples",
                                              "harakatuna-gaza-ceasefire-id.txt", NULL);
  g_autofree char *name = g_strconcat (claims, ".txt", NULL);
  g_autofree char *txt = g_build_filename (dir, name, NULL);
  g_autofree char *json = g_strconcat (dir, G_DIR_SEPARATOR_S, claims, ".kutip.json", NULL);
  g_autofree char *contents = NULL, *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  KutipDocument *document;
  gsize len = 0;

  g_assert_true (g_file_get_contents (sample, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (txt, contents, (gssize) len, NULL));
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--claims", claims, "--published",
                            "2022-05-19", "-o", json, txt, NULL), ==, 0);
  document = kutip_store_load_file (json, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  return document;
}

static void
test_sample_article (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-sample-XXXXXX", NULL);
  g_autoptr(KutipDocument) document = suggest_sample (dir, "all");
  g_autoptr(KutipDocument) quotes = suggest_sample (dir, "direct");
  GListModel *model = kutip_document_get_annotations (document);
  guint k = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);
      const SampleClaim *want;
      KutipAnnotation *speaker, *date;
      KutipEntity *entity;

      if (!g_str_equal (kutip_annotation_get_label (a), "claim"))
        continue;
      g_assert_cmpuint (k, <, G_N_ELEMENTS (sample_claims));
      want = &sample_claims[k++];
      if (!g_str_has_prefix (kutip_annotation_get_text (a), want->prefix))
        g_error ("claim %u is “%s”, not “%s…”", k, kutip_annotation_get_text (a), want->prefix);
      g_assert_cmpstr (kutip_annotation_get_attribute (a, "kind"), ==, want->kind);
      speaker = kutip_document_get_linked (document, a, "said-by");
      g_assert_nonnull (speaker);
      g_assert_cmpstr (kutip_annotation_get_text (speaker), ==, want->speaker);
      entity = kutip_document_get_entity_for (document, speaker);
      g_assert_nonnull (entity);
      g_assert_cmpstr (kutip_entity_get_name (entity), ==, want->entity);
      date = kutip_document_get_linked (document, a, "dated");
      g_assert_cmpstr (date != NULL ? kutip_annotation_get_text (date) : NULL, ==, want->date);
    }
  g_assert_cmpuint (k, ==, G_N_ELEMENTS (sample_claims));

  /* Quotes only: the three quotes. */
  model = kutip_document_get_annotations (quotes);
  k = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);

      if (g_str_equal (kutip_annotation_get_label (a), "claim"))
        {
          g_assert_cmpstr (kutip_annotation_get_attribute (a, "kind"), ==, "direct");
          k++;
        }
    }
  g_assert_cmpuint (k, ==, 3);
}

static char *
write_script (const char *dir,
              const char *name,
              const char *body)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\n%s\n", body);

  g_assert_true (g_file_set_contents (path, script, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  return g_steal_pointer (&path);
}

static guint
count_origin (KutipDocument *document,
              const char    *prefix)
{
  GListModel *model = kutip_document_get_annotations (document);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);

      if (g_str_has_prefix (kutip_annotation_get_origin (a), prefix))
        n++;
    }
  return n;
}

/* Two runs on one article at once: the second waits for the first to save
 * and adds to what it saved, instead of saving over it. */
static void
test_concurrent (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-suggest-XXXXXX", NULL);
  g_autofree char *txt = g_build_filename (dir, "berita.txt", NULL);
  g_autofree char *json = g_build_filename (dir, "berita.kutip.json", NULL);
  g_autofree char *started = g_build_filename (dir, "started", NULL);
  g_autofree char *body = NULL, *slow = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *article =
    "Zulkifli Hasan berkata, “Harga beras akan turun pekan depan.”\n";
  const char *cli = g_getenv ("KUTIP_CLI");
  gint64 deadline;

  g_assert_true (g_file_set_contents (txt, article, -1, NULL));
  body = g_strdup_printf ("cat >/dev/null; touch '%s'; sleep 0.5\n"
                          "echo '{\"spans\":[{\"label\":\"speaker\",\"start\":0,\"end\":14}]}'",
                          started);
  slow = write_script (dir, "slow", body);

  first = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                            &error, cli, "suggest", "--no-rules", "--external", slow, txt, NULL);
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!g_file_test (started, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (10 * 1000);
    }

  /* The first run holds the file while its command works. */
  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", txt, NULL), ==, 0);
  g_assert_nonnull (strstr (err, "another program is saving it; waiting"));
  g_assert_true (g_subprocess_wait_check (first, NULL, &error));
  g_assert_no_error (error);

  document = kutip_store_load_file (json, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_origin (document, "external:slow"), ==, 1);
  g_assert_cmpuint (count_origin (document, "rule:"), >=, 1);

  g_remove (started);
  g_remove (slow);
  g_remove (json);
  g_remove (txt);
  g_rmdir (dir);
}

/* An external command that does not read the whole document (bigger than
 * a pipe holds) does not kill kutip-cli with SIGPIPE: what it printed is
 * saved. One that prints nothing is reported; a tiny timeout is kept. */
static void
test_external_misbehaving (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kutip-cli-suggest-XXXXXX", NULL);
  g_autofree char *txt = g_build_filename (dir, "besar.txt", NULL);
  g_autofree char *json = g_build_filename (dir, "besar.kutip.json", NULL);
  g_autofree char *ignores = NULL, *quick = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GString) article = g_string_new ("Budi berkata, “Harga naik.”\n");
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  while (article->len < 200 * 1024)
    g_string_append (article, "Sebuah kalimat pengisi yang panjang untuk dokumen ini. ");
  g_assert_true (g_file_set_contents (txt, article->str, (gssize) article->len, NULL));
  ignores = write_script (dir, "ignores",
    "echo '{\"spans\":[{\"label\":\"speaker\",\"start\":0,\"end\":4}]}'");
  quick = write_script (dir, "quick", "cat >/dev/null; sleep 0.2; echo '{\"spans\":[]}'");

  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--no-rules", "--external", ignores,
                            txt, NULL), ==, 0);
  document = kutip_store_load_file (json, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_origin (document, "external:ignores"), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_remove (json);

  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--no-rules", "--external", "true",
                            txt, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "external suggester “true”: printed nothing"));
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (NULL, &out, &err, "suggest", "--no-rules", "--external", quick,
                            "--timeout", "0.0001", txt, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "no answer within 0.0001 s"));

  g_remove (quick);
  g_remove (ignores);
  g_remove (txt);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/cli-suggest/article", test_article);
  g_test_add_func ("/kutip/cli-suggest/jsonl", test_jsonl);
  g_test_add_func ("/kutip/cli-suggest/jsonl-bad-bytes", test_jsonl_bad_bytes);
  g_test_add_func ("/kutip/cli-suggest/jsonl-bom", test_jsonl_bom);
  g_test_add_func ("/kutip/cli-suggest/predictions-empty-span", test_predictions_empty_span);
  g_test_add_func ("/kutip/cli-suggest/bad-arguments", test_bad_arguments);
  g_test_add_func ("/kutip/cli-suggest/sample-article", test_sample_article);
  g_test_add_func ("/kutip/cli-suggest/concurrent", test_concurrent);
  g_test_add_func ("/kutip/cli-suggest/external-misbehaving", test_external_misbehaving);

  return g_test_run ();
}
