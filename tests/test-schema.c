/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-schema.c: KutipSchema: built-in labels, project labels, JSON round
 * trip and errors that name the JSON path. */

#include "config.h"

#include <string.h>

#include "kutip.h"

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

  return g_test_run ();
}
