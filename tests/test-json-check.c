/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-json-check.c: every way JSON comes into Kutip (its own loader, Kutip
 * JSONL, doccano, Label Studio, Prodigy, predictions files, an external
 * suggester's output, the JSONL filter) refuses the same nesting depth, bad
 * escapes, NUL and numbers it cannot read exactly, naming where. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kutip.h"
#include "kutip-format.h"
#include "kutip-json-check.h"
#include "kutip-suggester.h"

/* "{"x": [[[…]]]}" with @depth levels in all, the object included. */
static char *
nested (guint    depth,
        gboolean closed)
{
  GString *s = g_string_new ("{\"x\": ");

  for (guint i = 1; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 1; closed && i < depth; i++)
    g_string_append_c (s, ']');
  if (closed)
    g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static void
assert_refused (const char   *data,
                const char   *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kutip_json_check (data, strlen (data), "t.json", &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” lacks “%s”", error->message, message);
}

static void
assert_passes (const char *data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kutip_json_check (data, strlen (data), "t.json", &error));
  g_assert_no_error (error);
}

static void
test_check (void)
{
  g_autofree char *at_limit = nested (KUTIP_JSON_MAX_DEPTH, TRUE);
  g_autofree char *past_limit = nested (KUTIP_JSON_MAX_DEPTH + 1, TRUE);
  g_autoptr(GString) in_string = g_string_new ("{\"x\": \"");
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  assert_passes (at_limit);
  node = kutip_json_parse (at_limit, strlen (at_limit), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  assert_refused (past_limit,
                  "t.json: line 1, column 518: not valid JSON: nested deeper than 512 levels");

  /* Brackets inside strings, escaped quotes included, are text. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (in_string, "[\\\"{");
  g_string_append (in_string, "\"}");
  assert_passes (in_string->str);

  assert_passes ("{\"a\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}");
  assert_refused ("{\"a\":\n \"x\\q\"}", "t.json: line 2, column 4: not valid JSON: unknown escape “\\q”");
  /* The whole character after the backslash, never a lone byte of it. */
  assert_refused ("{\"a\": \"\\\xC3\xA9\"}", "unknown escape “\\é”");
  assert_refused ("{\"a\": \"x\\u0000y\"}", "column 9: not valid JSON: \\u0000 (NUL)");
  assert_refused ("{\"a\": \"\\ud800\"}", "surrogate escape is not paired");
  assert_refused ("{\"a\": \"\\udc00\\ud800\"}", "surrogate escape is not paired");
  assert_refused ("{\"a\": \"\\u12\"}", "bad \\u escape");

  /* Whole numbers: what a gint64 holds passes, exactly as written. */
  assert_passes ("[9223372036854775807, -9223372036854775808, 0, -0, 1.5, 1e400, 18446744073709551616.0]");
  assert_passes ("[00000000000000000000009]");
  assert_refused ("[1, 18446744073709551616]",
                  "column 5: not valid JSON: the whole number 18446744073709551616 is out of range");
  assert_refused ("[9223372036854775808]", "9223372036854775808 is out of range");
  assert_refused ("[-9223372036854775809]", "-9223372036854775809 is out of range");
}

/* json-glib's own messages come out in the loader's words and length. */
static void
test_parse_messages (void)
{
  g_autoptr(GString) long_string = g_string_new ("{\"x\": \"");
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  node = kutip_json_parse ("{\"é\": \"ééé\" x}", strlen ("{\"é\": \"ééé\" x}"), "f.json", &error);
  g_assert_null (node);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
  /* Columns count characters, as the Kutip loader's do. */
  g_assert_true (g_str_has_prefix (error->message, "f.json: line 1, column 12: not valid JSON: "));
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append (long_string, "ab");
  g_string_append (long_string, "\" \"y\"}");
  node = kutip_json_parse (long_string->str, long_string->len, "f.json", &error);
  g_assert_null (node);
  g_assert_cmpuint (strlen (error->message), <, 500);
  g_clear_error (&error);

  node = kutip_json_parse ("  ", 2, "f.json", &error);
  g_assert_null (node);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "f.json: not valid JSON: it holds no value");
  g_clear_error (&error);

  node = kutip_json_parse ("[\"a\xFF\"]", 5, "f.json", &error);
  g_assert_null (node);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8);
}

static void
assert_deep_error (const GError *error,
                   const char   *where)
{
  g_assert_nonnull (error);
  if (strstr (error->message, where) == NULL ||
      strstr (error->message, "nested deeper than 512 levels") == NULL)
    g_error ("“%s” lacks “%s” or the depth", error->message, where);
}

static gboolean
count_document (KutipDocument  *document,
                gpointer        user_data,
                GError        **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

/* About 200 KB of "[" overflowed json-glib's stack in every importer. */
static void
test_every_entry_point (void)
{
  g_autofree char *deep = nested (200000, FALSE);
  g_autofree char *dir = g_dir_make_tmp ("kutip-json-check-XXXXXX", NULL);
  g_autofree char *deep_path = g_build_filename (dir, "deep.jsonl", NULL);
  g_autofree char *script = g_build_filename (dir, "deep-suggester", NULL);
  g_autofree char *script_body = g_strdup_printf ("#!/bin/sh\ncat >/dev/null\ncat '%s'\n",
                                                  deep_path);
  g_autoptr(KutipDocument) document = kutip_document_new_from_string ("Budi berkata.", -1, NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  const char *formats[] = { "doccano", "label-studio", "prodigy", "jsonl" };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (deep_path, deep, -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GPtrArray) documents = NULL;

      documents = kutip_format_import_data (kutip_format_lookup (formats[i]), deep,
                                            strlen (deep), "in.json", NULL, &error);
      g_assert_null (documents);
      assert_deep_error (error, "in.json");
      g_clear_error (&error);
    }

  {
    g_autoptr(KutipDocument) loaded = kutip_store_load_data (deep, strlen (deep), "in.json",
                                                             KUTIP_LOAD_DEFAULT, &error);

    g_assert_null (loaded);
    assert_deep_error (error, "in.json: line 1, column 518");
    g_clear_error (&error);
  }

  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (deep, strlen (deep),
                                                                          NULL);
    guint n = 0;

    g_assert_false (kutip_format_read_jsonl (stream, "corpus.jsonl", count_document, &n, &error));
    assert_deep_error (error, "corpus.jsonl:1");
    g_clear_error (&error);
  }

  /* The JSONL filter skips members it does not know: not this one. */
  g_string_append_printf (line, "{\"id\": 1, \"text\": \"x\", \"skip\": %s", deep + 6);
  {
    g_autoptr(GString) out = g_string_new (NULL);

    g_assert_false (kutip_suggest_jsonl_line (line->str, line->len, "stdin:4", KUTIP_SUGGEST_ALL,
                                              0, out, &error));
    assert_deep_error (error, "stdin:4");
    g_assert_cmpuint (out->len, ==, 0);
    g_clear_error (&error);
  }

  g_assert_null (kutip_suggest_from_predictions (document, deep_path, &error));
  assert_deep_error (error, "deep.jsonl:1");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (script, script_body, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);
  {
    const char *argv[] = { script, NULL };

    g_assert_null (kutip_suggest_external (document, argv, 20 * G_USEC_PER_SEC, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    assert_deep_error (error, "deep-suggester");
    g_clear_error (&error);
  }

  g_remove (script);
  g_remove (deep_path);
  g_rmdir (dir);
}

/* A Kutip file nested to the limit loads, saves and loads again; one level
 * more is refused by the loader as by the check. */
static void
test_store_depth_agrees (void)
{
  g_autoptr(KutipDocument) document = kutip_document_new_from_string ("Budi.", -1, NULL);
  g_autofree char *data = kutip_store_to_data (document, FALSE, NULL);
  g_autoptr(GError) error = NULL;

  /* The top object is level 1: an unknown member's value starts at 2. */
  for (guint depth = KUTIP_JSON_MAX_DEPTH; depth <= KUTIP_JSON_MAX_DEPTH + 1; depth++)
    {
      g_autoptr(GString) deep = g_string_new (NULL);
      g_autoptr(KutipDocument) loaded = NULL;

      g_string_append_len (deep, data, strrchr (data, '}') - data);
      g_string_append (deep, ", \"deep\": ");
      for (guint i = 1; i < depth; i++)
        g_string_append_c (deep, '[');
      for (guint i = 1; i < depth; i++)
        g_string_append_c (deep, ']');
      g_string_append (deep, "}");

      g_assert_cmpint (kutip_json_check (deep->str, deep->len, NULL, NULL), ==,
                       depth <= KUTIP_JSON_MAX_DEPTH);
      loaded = kutip_store_load_data (deep->str, deep->len, "deep.kutip.json",
                                      KUTIP_LOAD_DEFAULT, &error);
      if (depth > KUTIP_JSON_MAX_DEPTH)
        {
          g_assert_null (loaded);
          assert_deep_error (error, "deep.kutip.json");
          g_clear_error (&error);
          continue;
        }
      g_assert_no_error (error);
      {
        g_autoptr(JsonNode) tree = kutip_store_to_json (loaded);
        g_autofree char *saved = kutip_store_to_data (loaded, TRUE, NULL);
        g_autoptr(KutipDocument) again = kutip_store_load_data (saved, strlen (saved), "saved",
                                                                KUTIP_LOAD_DEFAULT, &error);

        g_assert_nonnull (tree);
        g_assert_no_error (error);
        g_assert_nonnull (again);
      }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/json-check/check", test_check);
  g_test_add_func ("/kutip/json-check/parse-messages", test_parse_messages);
  g_test_add_func ("/kutip/json-check/every-entry-point", test_every_entry_point);
  g_test_add_func ("/kutip/json-check/store-depth-agrees", test_store_depth_agrees);

  return g_test_run ();
}
