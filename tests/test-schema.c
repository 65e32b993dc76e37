/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-schema.c: KutipSchema: built-in labels, project labels, JSON round
 * trip and errors that name the JSON path. */

#include "config.h"

#include <string.h>
#include <time.h>

#include "kutip.h"
#include "kutip-stats.h"

static void
test_default (void)
{
  g_autoptr(KutipSchema) schema = kutip_schema_new_default ();
  const KutipLabel *label;

  g_assert_cmpuint (kutip_schema_get_n_labels (schema), ==, 3);
  label = kutip_schema_lookup_key (schema, '1');
  g_assert_cmpstr (label->name, ==, "speaker");
  g_assert_true (label->builtin);
  label = kutip_schema_lookup (schema, "claim");
  g_assert_cmpuint (label->key, ==, '2');
  g_assert_true (g_strv_contains ((const char * const *)label->attributes, "kind"));
  label = kutip_schema_lookup (schema, "date");
  g_assert_cmpuint (label->key, ==, '3');
  g_assert_true (g_strv_contains ((const char * const *)label->attributes, "value"));
  g_assert_nonnull (label->color);
  g_assert_cmpuint (strlen (label->color), ==, 7);
  g_assert_true (kutip_schema_has_relation (schema, "said-by"));
  g_assert_true (kutip_schema_has_relation (schema, "dated"));
  g_assert_false (kutip_schema_has_relation (schema, "cites"));
  g_assert_null (kutip_schema_lookup (schema, "person"));
  g_assert_finalize_object (g_steal_pointer (&schema));
}

static void
test_add_label (void)
{
  g_autoptr(KutipSchema) schema = kutip_schema_new_default ();
  const char *attributes[] = { "role", "role", NULL };
  g_autoptr(GError) error = NULL;
  const KutipLabel *label;

  g_assert_true (kutip_schema_add_label (schema, "organisation", "Organisation", "#c061cb",
                                         '4', attributes, &error));
  g_assert_no_error (error);
  label = kutip_schema_get_label (schema, 3);
  g_assert_cmpstr (label->name, ==, "organisation");
  g_assert_false (label->builtin);
  g_assert_cmpuint (g_strv_length (label->attributes), ==, 1);

  g_assert_false (kutip_schema_add_label (schema, "claim", NULL, NULL, 0, NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (kutip_schema_add_label (schema, "place", NULL, NULL, '1', NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "speaker"));
  g_clear_error (&error);
  g_assert_false (kutip_schema_add_label (schema, "place", NULL, "red", 0, NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (kutip_schema_add_label (schema, "two words", NULL, NULL, 0, NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (kutip_schema_add_attribute (schema, "speaker", "role"));
  g_assert_true (g_strv_contains ((const char * const *)
                                  kutip_schema_lookup (schema, "speaker")->attributes, "role"));
  g_assert_false (kutip_schema_add_attribute (schema, "nothing", "role"));

  kutip_schema_add_relation (schema, "cites");
  g_assert_true (kutip_schema_has_relation (schema, "cites"));

  g_assert_finalize_object (g_steal_pointer (&schema));
}

static void
test_json_round_trip (void)
{
  g_autoptr(KutipSchema) schema = kutip_schema_new_default ();
  g_autoptr(KutipSchema) loaded = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  const char *attributes[] = { "role", NULL };

  g_assert_true (kutip_schema_add_label (schema, "organisation", "Organisation", "#c061cb",
                                         0, attributes, &error));
  kutip_schema_add_attribute (schema, "date", "granularity");
  kutip_schema_add_relation (schema, "cites");

  node = kutip_schema_to_json (schema);
  loaded = kutip_schema_new_from_json (node, "a.kutip.json: $.schema", &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  again = kutip_schema_to_json (loaded);

  a = json_to_string (node, FALSE);
  b = json_to_string (again, FALSE);
  g_assert_cmpstr (a, ==, b);
  g_assert_true (kutip_schema_lookup (loaded, "date")->builtin);
  g_assert_true (kutip_schema_has_relation (loaded, "cites"));
}

static void
check_bad (const char *json,
           int         code,
           const char *path)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(KutipSchema) schema = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (node);
  schema = kutip_schema_new_from_json (node, "f.json: $.schema", &error);
  g_assert_null (schema);
  g_assert_error (error, KUTIP_ERROR, code);
  if (!g_str_has_prefix (error->message, path))
    g_error ("“%s” does not start with “%s”", error->message, path);
}

static void
test_json_errors (void)
{
  check_bad ("[]", KUTIP_ERROR_FORMAT, "f.json: $.schema:");
  check_bad ("{\"labels\": 3}", KUTIP_ERROR_FORMAT, "f.json: $.schema.labels:");
  check_bad ("{\"labels\": [{\"name\": \"x\"}, 5]}", KUTIP_ERROR_FORMAT,
             "f.json: $.schema.labels[1]:");
  check_bad ("{\"labels\": [{\"title\": \"x\"}]}", KUTIP_ERROR_FORMAT,
             "f.json: $.schema.labels[0]:");
  check_bad ("{\"labels\": [{\"name\": 7}]}", KUTIP_ERROR_FORMAT,
             "f.json: $.schema.labels[0]:");
  check_bad ("{\"labels\": [{\"name\": \"x\", \"color\": \"blue\"}]}",
             KUTIP_ERROR_INVALID_VALUE, "f.json: $.schema.labels[0]:");
  check_bad ("{\"labels\": [{\"name\": \"x\", \"key\": \"2\"}]}",
             KUTIP_ERROR_INVALID_VALUE, "f.json: $.schema.labels[0]:");
  check_bad ("{\"labels\": [{\"name\": \"x\", \"key\": \"ab\"}]}",
             KUTIP_ERROR_INVALID_VALUE, "f.json: $.schema.labels[0]:");
  check_bad ("{\"labels\": [{\"name\": \"x\"}, {\"name\": \"x\"}]}",
             KUTIP_ERROR_DUPLICATE_ID, "f.json: $.schema.labels[1]:");
  check_bad ("{\"labels\": [{\"name\": \"x\", \"attributes\": [\"a\", 1]}]}",
             KUTIP_ERROR_FORMAT, "f.json: $.schema.labels[0].attributes[1]:");
  check_bad ("{\"relations\": [\"said-by\", \"\"]}",
             KUTIP_ERROR_INVALID_VALUE, "f.json: $.schema.relations[1]:");
}

static void
test_json_builtin_override (void)
{
  g_autoptr(JsonNode) node = json_from_string (
    "{\"labels\": [{\"name\": \"claim\", \"color\": \"#ff0000\", \"attributes\": [\"topic\"]},"
    "              {\"name\": \"quote-source\", \"key\": \"q\"}],"
    " \"x-future\": true}", NULL);
  g_autoptr(KutipSchema) schema = NULL;
  g_autoptr(GError) error = NULL;
  const KutipLabel *claim;

  schema = kutip_schema_new_from_json (node, NULL, &error);
  g_assert_no_error (error);
  claim = kutip_schema_lookup (schema, "claim");
  g_assert_cmpstr (claim->color, ==, "#ff0000");
  g_assert_cmpuint (claim->key, ==, '2');
  g_assert_true (g_strv_contains ((const char * const *)claim->attributes, "kind"));
  g_assert_true (g_strv_contains ((const char * const *)claim->attributes, "topic"));
  g_assert_cmpuint (kutip_schema_lookup (schema, "quote-source")->key, ==, 'q');
  g_assert_nonnull (kutip_schema_lookup (schema, "speaker"));
}

/* A file may move a built-in label to another key: the old key is free. */
static void
test_json_builtin_key (void)
{
  g_autoptr(JsonNode) node = json_from_string (
    "{\"labels\": [{\"name\": \"speaker\", \"key\": \"9\"},"
    "              {\"name\": \"source\", \"key\": \"1\"}]}", NULL);
  g_autoptr(KutipSchema) schema = NULL;
  g_autoptr(GError) error = NULL;

  schema = kutip_schema_new_from_json (node, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kutip_schema_lookup_key (schema, '9')->name, ==, "speaker");
  g_assert_cmpstr (kutip_schema_lookup_key (schema, '1')->name, ==, "source");
  g_assert_cmpstr (kutip_schema_lookup_key (schema, '2')->name, ==, "claim");
}

static gint64
cpu_time_us (void)
{
  struct timespec now;

  g_assert_cmpint (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now), ==, 0);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

#define MANY 100000
#define MANY_KEYS 20000
/* Annotations use this many of the labels: each label an annotation uses
 * is interned for good (a GLib quark), and GLib drops its old quark
 * arrays as it grows them, which LeakSanitizer would report. The CLI test
 * /kutip/cli/many-labels counts 100,000 labels in use. */
#define USED 500

/* 100,000 labels and relation types and 100,000 annotations: loading
 * (validate), counting (stats) and saving stay linear. Looking labels up
 * in lists made this take minutes; now well under two seconds. */
static void
test_many_labels (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(KutipStats) stats = kutip_stats_new ();
  g_autoptr(JsonNode) stats_json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *hash = NULL;
  const char *text = "Budi berkata.";
  KutipSchema *schema;
  gint64 begin;
  char key[8];

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  g_string_append_printf (json, "{\"format\": \"kutip\", \"version\": 1, \"text\": \"%s\", "
                          "\"text_sha256\": \"%s\", \"schema\": {\"labels\": [", text, hash);
  for (guint i = 0; i < MANY; i++)
    {
      g_string_append_printf (json, "%s{\"name\": \"l%u\", \"attributes\": [\"a\", \"b\", \"a\"]",
                              i ? ", " : "", i);
      if (i < MANY_KEYS)
        {
          memset (key, 0, sizeof key);
          g_unichar_to_utf8 (0x4E00 + i, key);
          g_string_append_printf (json, ", \"key\": \"%s\"", key);
        }
      g_string_append_c (json, '}');
    }
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i < MANY; i++)
    g_string_append_printf (json, "%s\"r%u\"", i ? ", " : "", i);
  g_string_append (json, "]}, \"annotations\": [");
  for (guint i = 0; i < MANY; i++)
    g_string_append_printf (json, "%s{\"id\": \"a%u\", \"label\": \"l%u\", \"start\": 0, "
                            "\"end\": 4, \"text\": \"Budi\"}", i ? ", " : "", i,
                            i % USED * (MANY / USED));
  g_string_append (json, "]}");

  begin = cpu_time_us ();
  document = kutip_store_load_data (json->str, json->len, "many.kutip.json", 0, &error);
  g_assert_no_error (error);
  schema = kutip_document_get_schema (document);
  g_assert_cmpuint (kutip_schema_get_n_labels (schema), ==, MANY + 3);
  g_assert_cmpstr (kutip_schema_lookup (schema, "l99999")->name, ==, "l99999");
  g_assert_cmpuint (g_strv_length (kutip_schema_lookup (schema, "l5")->attributes), ==, 2);
  g_assert_cmpstr (kutip_schema_lookup_key (schema, 0x4E00 + MANY_KEYS - 1)->name, ==, "l19999");
  g_assert_null (kutip_schema_lookup_key (schema, 0x4E00 + MANY_KEYS));
  g_assert_true (kutip_schema_has_relation (schema, "r99999"));
  g_assert_false (kutip_schema_has_relation (schema, "r100000"));

  kutip_stats_add_document (stats, document);
  g_assert_cmpuint (kutip_stats_count (stats, "l99800", -1), ==, MANY / USED);
  g_assert_cmpuint (kutip_stats_count (stats, NULL, -1), ==, MANY);
  stats_json = kutip_stats_to_json (stats);
  g_assert_nonnull (stats_json);

  saved = kutip_store_to_data (document, TRUE, NULL);
  g_assert_nonnull (strstr (saved, "\"r99999\""));

  g_test_message ("%u labels loaded, counted and saved in %.2f s of CPU", MANY,
                  (cpu_time_us () - begin) / 1e6);
  /* Quadratic lookups take about a minute of CPU here; linear ones two
   * seconds at most, even in the sanitizer build. CPU time, not the clock,
   * so a busy machine does not matter. */
  g_assert_cmpint (cpu_time_us () - begin, <, 20 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/schema/default", test_default);
  g_test_add_func ("/kutip/schema/add-label", test_add_label);
  g_test_add_func ("/kutip/schema/json-round-trip", test_json_round_trip);
  g_test_add_func ("/kutip/schema/json-errors", test_json_errors);
  g_test_add_func ("/kutip/schema/json-builtin-override", test_json_builtin_override);
  g_test_add_func ("/kutip/schema/json-builtin-key", test_json_builtin_key);
  g_test_add_func ("/kutip/schema/many-labels", test_many_labels);

  return g_test_run ();
}
