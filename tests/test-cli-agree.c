/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-agree.c: `kutip-cli agree` ($KUTIP_CLI) on versions of one
 * article (tests/data/agree: the fixture of test-agreement.c's by-hand
 * test, whose figures are worked out there) and on bad input. */

#include "config.h"

#include <glib/gstdio.h>
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
  /* Of one article, the places they differ, with each side. */
  {
    JsonArray *places = json_object_get_array_member (root, "disagreements");
    JsonObject *speaker = json_array_get_object_element (places, 2);
    JsonObject *versions = json_object_get_object_member (speaker, "versions");
    JsonObject *eko_claim = json_array_get_object_element (json_object_get_array_member (versions, "eko"), 0);

    g_assert_cmpuint (json_array_get_length (places), ==, 3);
    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (speaker, "kind"), 0),
                     ==, "speaker");
    g_assert_cmpint (json_object_get_int_member (speaker, "start"), ==, 39);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (eko_claim, "speaker"),
                                                    "text"), ==, "Budi");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                        json_object_get_object_member (json_array_get_object_element (places, 1), "versions"),
                        "eko")), ==, 0);
  }

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

static void
copy_to (const char *name,
         const char *project,
         const char *relative)
{
  g_autofree char *from = data_path (name);
  g_autofree char *to = g_build_filename (project, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (to);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, &error));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, &error));
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

/* A project folder: dina's and eko's versions of "hujan" (the fixture),
 * dina's alone of "news/solo", and a broken file of eko's that is
 * reported while the rest is still measured. */
static void
test_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *project = g_dir_make_tmp ("kutip-cli-agree-XXXXXX", &error);
  g_autofree char *bad = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) table = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) broken = { 0 };
  g_auto(Run) alone = { 0 };
  g_auto(Run) empty = { 0 };
  JsonObject *root;
  JsonArray *documents;

  g_assert_no_error (error);
  run_cli (&empty, "agree", project, NULL);
  g_assert_cmpint (empty.status, ==, 1);
  assert_contains (empty.err, "two or more annotators");
  assert_contains (empty.err, "kutip-annotators");

  copy_to ("hujan.dina.kutip.json", project, "kutip-annotators/dina/hujan.kutip.json");
  copy_to ("hujan.dina.kutip.json", project, "kutip-annotators/dina/news/solo.kutip.json");
  run_cli (&alone, "agree", project, NULL);
  g_assert_cmpint (alone.status, ==, 1);
  assert_contains (alone.err, "found 1");

  copy_to ("hujan.eko.kutip.json", project, "kutip-annotators/eko/hujan.kutip.json");
  run_cli (&table, "agree", project, NULL);
  g_assert_cmpint (table.status, ==, 0);
  assert_contains (table.out, "Agreement of dina, eko: 1 document, 10 tokens");
  assert_contains (table.out, "claim               4     1.000     0.500     0.800");
  assert_contains (table.out, "Documents by disagreement:");
  assert_contains (table.out, "hujan                                 4      3     0.857     0.667     0.955");
  assert_contains (table.out, "news/solo");
  assert_contains (table.out, "(one version)");

  run_cli (&json, "agree", "--json", "--annotators", "eko,dina", project, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "annotators"), 0),
                   ==, "eko");
  g_assert_cmpint (json_object_get_int_member (root, "documents"), ==, 1);
  documents = json_object_get_array_member (root, "per_document");
  g_assert_cmpuint (json_array_get_length (documents), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (documents, 0),
                                                  "document"), ==, "hujan");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (documents, 0),
                                               "disagreements"), ==, 3);

  bad = g_build_filename (project, "kutip-annotators", "eko", "news", "solo.kutip.json", NULL);
  copy_to ("hujan.eko.kutip.json", project, "kutip-annotators/eko/news/solo.kutip.json");
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"kutip\",", -1, &error));
  run_cli (&broken, "agree", project, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  assert_contains (broken.err, "solo.kutip.json");
  assert_contains (broken.out, "hujan                                 4      3");

  remove_tree (project);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/cli-agree/table", test_table);
  g_test_add_func ("/kutip/cli-agree/json", test_json);
  g_test_add_func ("/kutip/cli-agree/bad-input", test_bad_input);
  g_test_add_func ("/kutip/cli-agree/project", test_project);

  return g_test_run ();
}
