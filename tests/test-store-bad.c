/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-bad.c: every file in tests/data/bad/ is refused with its own
 * error code, and the message names the file and where in it. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kutip.h"

typedef struct
{
  const char *name;
  KutipError  code;
  const char *where;    /* JSON path or position the message must name */
  const char *problem;  /* words the message must contain */
} BadFile;

static const BadFile bad_files[] = {
  { "not-json", KUTIP_ERROR_PARSE, "line 12, column 17: not valid JSON", "expected “:”" },
  { "empty", KUTIP_ERROR_PARSE, "line 1, column 1: not valid JSON", "empty" },
  { "trailing-garbage", KUTIP_ERROR_PARSE, "line 91, column 1", "after the end" },
  { "lone-surrogate", KUTIP_ERROR_PARSE, "line 6, column 21", "surrogate" },
  { "bad-escape", KUTIP_ERROR_PARSE, "line 6, column 22", "unknown escape “\\q”" },
  /* The whole character, not its first byte: messages are UTF-8. */
  { "escape-non-ascii", KUTIP_ERROR_PARSE, "line 6, column 22", "unknown escape “\\é”" },
  { "not-utf8", KUTIP_ERROR_INVALID_UTF8, "byte offset 93", "UTF-8" },
  { "top-array", KUTIP_ERROR_FORMAT, ": $: ", "not an object" },
  { "wrong-format", KUTIP_ERROR_FORMAT, "$.format: ", "“doccano”" },
  { "missing-format", KUTIP_ERROR_FORMAT, ": $: ", "“format”" },
  { "version-2", KUTIP_ERROR_VERSION, "$.version: ", "version 2" },
  { "missing-text", KUTIP_ERROR_FORMAT, ": $: ", "“text” is missing" },
  { "text-not-string", KUTIP_ERROR_FORMAT, "$.text: ", "found an array" },
  { "missing-hash", KUTIP_ERROR_FORMAT, ": $: ", "“text_sha256” is missing" },
  { "annotations-not-array", KUTIP_ERROR_FORMAT, "$.annotations: ", "expected an array" },
  { "start-string", KUTIP_ERROR_FORMAT, "$.annotations[0].start: ", "found a string" },
  { "start-fraction", KUTIP_ERROR_FORMAT, "$.annotations[0].start: ", "whole number), found 1.5" },
  /* Said as written, not "1.84467e+19". */
  { "huge-offset", KUTIP_ERROR_OFFSET, "$.annotations[0].end: ",
    "offset 18446744073709551616 is out of range" },
  { "missing-end", KUTIP_ERROR_FORMAT, "$.annotations[1]: ", "“end” is missing" },
  { "missing-label", KUTIP_ERROR_FORMAT, "$.annotations[2]: ", "“label” is missing" },
  { "duplicate-member", KUTIP_ERROR_FORMAT, "$.annotations[0].start: ", "twice" },
  { "negative-start", KUTIP_ERROR_OFFSET, "$.annotations[0].start: ", "-3" },
  { "end-past-text", KUTIP_ERROR_OFFSET, "$.annotations[3].end: ", "past the end" },
  { "reversed", KUTIP_ERROR_OFFSET, "$.annotations[1].end: ", "before start" },
  { "empty-span", KUTIP_ERROR_OFFSET, "$.annotations[0].end: ", "empty" },
  { "covered-text", KUTIP_ERROR_TEXT_MISMATCH, "$.annotations[1].text: ",
    "“Harga beras naik 😀 pekan ini.”" },
  { "unknown-status", KUTIP_ERROR_INVALID_VALUE, "$.annotations[0].status: ", "“maybe”" },
  { "unknown-label", KUTIP_ERROR_INVALID_VALUE, "$.annotations[0].label: ", "“person”" },
  { "bad-confidence", KUTIP_ERROR_INVALID_VALUE, "$.annotations[1].confidence: ", "1.5" },
  { "bad-created", KUTIP_ERROR_INVALID_VALUE, "$.annotations[0].created: ", "ISO 8601" },
  { "attribute-not-string", KUTIP_ERROR_FORMAT, "$.annotations[2].attributes.value: ",
    "found a number" },
  { "duplicate-annotation-id", KUTIP_ERROR_DUPLICATE_ID, "$.annotations[3].id: ",
    "$.annotations[1]" },
  { "duplicate-relation-id", KUTIP_ERROR_DUPLICATE_ID, "$.relations[1].id: ", "“r1”" },
  { "duplicate-entity-id", KUTIP_ERROR_DUPLICATE_ID, "$.entities[1].id: ", "“e1”" },
  { "relation-unknown-end", KUTIP_ERROR_UNKNOWN_REFERENCE, "$.relations[0].to: ", "“a9”" },
  { "relation-unknown-type", KUTIP_ERROR_INVALID_VALUE, "$.relations[0].type: ", "“likes”" },
  { "entity-unknown-mention", KUTIP_ERROR_UNKNOWN_REFERENCE, "$.entities[0].mentions[2]: ",
    "“a7”" },
  { "mention-twice", KUTIP_ERROR_INVALID_VALUE, "$.entities[1].mentions[0]: ", "“a4”" },
  { "hash-mismatch", KUTIP_ERROR_HASH_MISMATCH, "$.text_sha256: ", "re-anchored" },
  { "bad-published", KUTIP_ERROR_INVALID_VALUE, "$.metadata.published: ", "“18 Mei 2024”" },
  { "metadata-title-number", KUTIP_ERROR_FORMAT, "$.metadata.title: ", "found a number" },
  { "bad-schema", KUTIP_ERROR_INVALID_VALUE, "$.schema.labels[0]", "blue" },
};

static char *
bad_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);

  return g_test_build_filename (G_TEST_DIST, "data", "bad", file, NULL);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = bad_path (bad->name);
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autofree char *prefix = g_strconcat (path, ": ", NULL);

  document = kutip_store_load_file (path, KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (document);
  g_assert_nonnull (error);
  if (g_test_verbose ())
    g_test_message ("%s", error->message);
  g_assert_error (error, KUTIP_ERROR, (int) bad->code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  /* "FILE: WHERE: problem" */
  g_assert_true (g_str_has_prefix (error->message, prefix));
  if (strstr (error->message, bad->where) == NULL || strstr (error->message, bad->problem) == NULL)
    g_error ("%s: message “%s” lacks “%s” or “%s”",
             bad->name, error->message, bad->where, bad->problem);
}

/* Every file in tests/data/bad/ is listed above (none is forgotten). */
static void
test_all_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
        {
          g_autofree char *file = g_strconcat (bad_files[i].name, ".json", NULL);
          listed |= strcmp (file, name) == 0;
        }
      if (!listed)
        g_error ("tests/data/bad/%s is not checked by test-store-bad.c", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad_files));
}

/* Bad data in memory: the message names the "where" given, or nothing. */
static void
test_bad_data_where (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;

  document = kutip_store_load_data ("{\"format\": 3}", 13, "memory", KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (document);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "memory: $.format: not a Kutip file: expected the string “kutip”, "
                   "found a number");
  g_clear_error (&error);

  document = kutip_store_load_data ("{\"format\": \"kutip\", \"version\": 1", 32, NULL,
                                    KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (document);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "line 1, column 33: not valid JSON: an object is not closed");
}

/* Deep nesting in an unknown member is refused, not a stack overflow. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) data = g_string_new ("{\"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append_c (data, '[');
  document = kutip_store_load_data (data->str, data->len, "deep", KUTIP_LOAD_DEFAULT, &error);
  g_assert_null (document);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "nested deeper than 512 levels"));
}

/* Text is kept exactly: a U+FEFF in the text member is a character (the
 * offsets count it), a byte order mark before the JSON or at the start of
 * a plain-text article is the file's signature. */
static void
test_bom_kept (void)
{
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(KutipDocument) again = NULL;
  g_autoptr(KutipDocument) article = NULL;
  g_autoptr(KutipAnnotation) budi = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *signed_data = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kutip-store-bom-XXXXXX", NULL);
  g_autofree char *txt = g_build_filename (dir, "artikel.txt", NULL);
  g_autofree char *sidecar = g_build_filename (dir, "artikel.kutip.json", NULL);
  gsize n = 0;

  document = kutip_document_new_from_string ("\xEF\xBB\xBF\xEF\xBB\xBF" "Budi berkata.", -1, &error);
  g_assert_no_error (error);
  budi = kutip_annotation_new (KUTIP_LABEL_SPEAKER, 2, 6);
  kutip_annotation_set_id (budi, "a1");
  kutip_annotation_set_text (budi, "Budi");
  g_assert_true (kutip_document_add_annotation (document, budi, &error));
  g_assert_no_error (error);

  data = kutip_store_to_data (document, TRUE, &n);
  signed_data = g_strconcat ("\xEF\xBB\xBF", data, NULL);
  again = kutip_store_load_data (signed_data, n + 3, "bom.kutip.json", KUTIP_LOAD_DEFAULT,
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (again), NULL), ==,
                   "\xEF\xBB\xBF\xEF\xBB\xBF" "Budi berkata.");
  g_assert_cmpstr (kutip_annotation_get_text (kutip_document_lookup_annotation (again, "a1")), ==,
                   "Budi");

  /* An article saved by Notepad: one mark is the signature, one is text. */
  g_assert_true (g_file_set_contents (txt, "\xEF\xBB\xBF\xEF\xBB\xBF" "Budi.\n", -1, NULL));
  article = kutip_store_open (txt, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (article), NULL), ==,
                   "\xEF\xBB\xBF" "Budi.\n");
  g_assert_true (kutip_store_save_file (article, sidecar, &error));
  g_assert_no_error (error);
  g_clear_object (&article);
  /* Its sidecar holds the same text, so the article opens with it. */
  article = kutip_store_open (txt, KUTIP_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_document_get_path (article), ==, sidecar);

  /* An error offset counts from the start of the file, signature included. */
  g_assert_true (g_file_set_contents (txt, "\xEF\xBB\xBF" "ab\xFF", -1, NULL));
  g_clear_object (&article);
  article = kutip_store_new_from_article (txt, &error);
  g_assert_null (article);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "artikel.txt: not valid UTF-8 at byte offset 5"));

  g_remove (sidecar);
  g_remove (txt);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/kutip/store-bad/%s", bad_files[i].name);
      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/kutip/store-bad/all-listed", test_all_listed);
  g_test_add_func ("/kutip/store-bad/data-where", test_bad_data_where);
  g_test_add_func ("/kutip/store-bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/kutip/store-bad/bom-kept", test_bom_kept);

  return g_test_run ();
}
