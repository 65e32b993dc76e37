/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-agree.c: `kutip-cli agree` ($KUTIP_CLI) on versions of one
 * article (tests/data/agree: the fixture of test-agreement.c's by-hand
 * test, whose figures are worked out there) and on bad input. */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "cli-test-util.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "agree", name, NULL);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
test_table (void)
{
  g_autofree char *dina = data_path ("hujan.dina.kutip.json");
  g_autofree char *eko = data_path ("hujan.eko.kutip.json");
  g_auto(Run) run = { 0 };

  run_cli (&run, "agree", dina, eko, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Agreement of dina, eko: 1 document, 10 tokens");
  /* label, spans, F1, strict F1, Cohen κ, Fleiss κ, α, α_u */
  assert_contains (run.out, "speaker             3     0.667     0.667     0.615     0.608     0.627     0.743");
  assert_contains (run.out, "claim               4     1.000     0.500     0.800");
  assert_contains (run.out, "F1 0.500; of 2 matched claims, same speaker 0.500, same date 1.000.");
  /* Where they differ, both sides. */
  assert_contains (run.out, "3 disagreements in 4 places:");
  assert_contains (run.out, "[13, 25) boundaries");
  assert_contains (run.out, "eko: claim [13, 24) “hujan turun”, said by “Budi”");
  assert_contains (run.out, "[26, 29) missing");
  assert_contains (run.out, "[39, 51) speaker");
  assert_contains (run.out, "dina: claim [39, 51) “cuaca cerah.”, said by “Ani”");
}

static void
test_json (void)
{
  g_autofree char *dina = data_path ("hujan.dina.kutip.json");
  g_autofree char *eko = data_path ("hujan.eko.kutip.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) only_claims = { 0 };
  JsonObject *root, *labels, *claim;

  run_cli (&run, "agree", "--json", dina, eko, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  labels = json_object_get_object_member (root, "labels");
  claim = json_object_get_object_member (labels, "claim");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (claim, "f1"), 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (claim, "strict_f1"), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (claim, "cohen_kappa"), 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (claim, "alpha_u"), 0.99466, 1e-9);
  g_assert_cmpfloat_with_epsilon (
    json_object_get_double_member (json_object_get_object_member (root, "who_said_what"), "f1"),
    0.5, 1e-9);

  /* --labels: only claims; --annotators renames the versions. */
  run_cli (&only_claims, "agree", "--json", "--labels", "claim", "--annotators", "A,B", dina, eko,
           NULL);
  g_assert_cmpint (only_claims.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, only_claims.out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  labels = json_object_get_object_member (root, "labels");
  g_assert_cmpuint (json_object_get_size (labels), ==, 1);
  g_assert_true (json_object_has_member (labels, "claim"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "annotators"), 0),
                   ==, "A");
  g_assert_cmpfloat_with_epsilon (
    json_object_get_double_member (json_object_get_object_member (root, "overall"), "f1"),
    1, 1e-9);
}

static void
test_bad_input (void)
{
  g_autofree char *dina = data_path ("hujan.dina.kutip.json");
  g_autofree char *other = data_path ("other-text.kutip.json");
  g_autofree char *missing = data_path ("no-such-file.kutip.json");
  g_auto(Run) differs = { 0 };
  g_auto(Run) one = { 0 };
  g_auto(Run) absent = { 0 };
  g_auto(Run) names = { 0 };

  run_cli (&differs, "agree", dina, other, NULL);
  g_assert_cmpint (differs.status, ==, 1);
  assert_contains (differs.err, "different texts");
  assert_contains (differs.err, "other-text.kutip.json");
  g_assert_cmpstr (differs.out, ==, "");

  run_cli (&one, "agree", dina, NULL);
  g_assert_cmpint (one.status, ==, 2);
  assert_contains (one.err, "two or more versions");

  run_cli (&absent, "agree", dina, missing, NULL);
  g_assert_cmpint (absent.status, ==, 1);
  assert_contains (absent.err, "no-such-file.kutip.json");

  run_cli (&names, "agree", "--annotators", "x", dina, dina, NULL);
  g_assert_cmpint (names.status, ==, 2);
  assert_contains (names.err, "--annotators");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/cli-agree/table", test_table);
  g_test_add_func ("/kutip/cli-agree/json", test_json);
  g_test_add_func ("/kutip/cli-agree/bad-input", test_bad_input);

  return g_test_run ();
}
