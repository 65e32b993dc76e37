/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-who.c: `kutip-cli who FOLDER [PERSON]`: who said what across a
 * project: the people index, the claims of one person or of all (as text,
 * CSV or JSON), and merging people for the whole project. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "kutip-cli.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = json_to_string (root, TRUE);

  printf ("%s\n", text);
}

static void
print_people (GListModel *people,
              gboolean    as_json)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (people);

  if (!as_json)
    printf ("%7s %10s  %s\n", _("claims"), _("documents"), _("person"));
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipPerson) person = g_list_model_get_item (people, i);
      const char * const *names = kutip_person_get_names (person);
      g_autoptr(GString) others = g_string_new (NULL);

      for (guint k = 0; names[k] != NULL; k++)
        if (strcmp (names[k], kutip_person_get_name (person)) != 0)
          g_string_append_printf (others, "%s%s", others->len > 0 ? ", " : "", names[k]);

      if (!as_json)
        {
          printf ("%7u %10u  %s", kutip_person_get_n_claims (person),
                  kutip_person_get_n_documents (person), kutip_person_get_name (person));
          if (others->len > 0)
            printf (_(" (also: %s)"), others->str);
          printf ("\n");
          continue;
        }
      json_builder_begin_object (builder);
      add_string (builder, "name", kutip_person_get_name (person));
      json_builder_set_member_name (builder, "names");
      json_builder_begin_array (builder);
      for (guint k = 0; names[k] != NULL; k++)
        json_builder_add_string_value (builder, names[k]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "merged");
      json_builder_add_boolean_value (builder, kutip_person_get_merged (person));
      json_builder_set_member_name (builder, "claims");
      json_builder_add_int_value (builder, kutip_person_get_n_claims (person));
      json_builder_set_member_name (builder, "documents");
      json_builder_add_int_value (builder, kutip_person_get_n_documents (person));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  if (as_json)
    print_json (builder);
}

static void
print_claims (GListModel *claims,
              gboolean    as_json)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (claims);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "claims");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipSearchHit) claim = g_list_model_get_item (claims, i);
      KutipDocumentInfo *info = kutip_search_hit_get_document (claim);
      const char *person = kutip_search_hit_get_person (claim);
      const char *date = kutip_search_hit_get_date (claim);

      if (!as_json)
        {
          printf ("%s:%u: %s (%s): “%s”%s\n", kutip_document_info_get_path (info),
                  kutip_search_hit_get_offset (claim), person != NULL ? person : _("no speaker"),
                  date != NULL ? date : _("no date"), kutip_search_hit_get_text (claim),
                  kutip_search_hit_get_status (claim) == KUTIP_STATUS_PENDING
                    ? _(" [pending]") : "");
          continue;
        }
      json_builder_begin_object (builder);
      add_string (builder, "document", kutip_document_info_get_relative_path (info));
      add_string (builder, "claim_id", kutip_search_hit_get_annotation_id (claim));
      add_string (builder, "person", person);
      add_string (builder, "speaker", kutip_search_hit_get_speaker (claim));
      add_string (builder, "claim", kutip_search_hit_get_text (claim));
      add_string (builder, "kind", kutip_search_hit_get_kind (claim));
      add_string (builder, "date", date);
      add_string (builder, "status", kutip_status_to_string (kutip_search_hit_get_status (claim)));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, kutip_search_hit_get_offset (claim));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, kutip_search_hit_get_offset (claim) +
                                           kutip_search_hit_get_length (claim));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  if (as_json)
    print_json (builder);
}

/* --merge "NAME=ALIAS,ALIAS…" */
static gboolean
merge (KutipProject  *project,
       const char    *spec,
       GError       **error)
{
  const char *equals = strchr (spec, '=');
  g_autofree char *name = NULL;
  g_auto(GStrv) aliases = NULL;

  if (equals == NULL || equals == spec || equals[1] == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--merge: “%s” is not NAME=OTHER NAME[,…]"), spec);
      return FALSE;
    }
  name = g_strstrip (g_strndup (spec, (gsize) (equals - spec)));
  aliases = g_strsplit (equals + 1, ",", -1);
  for (guint i = 0; aliases[i] != NULL; i++)
    if (!kutip_project_merge_people (project, name, g_strstrip (aliases[i]), error))
      return FALSE;
  return TRUE;
}

int
kutip_cli_who (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipProject) project = NULL;
  g_auto(GStrv) merges = NULL;
  g_auto(GStrv) unmerges = NULL;
  gboolean as_json = FALSE;
  gboolean as_csv = FALSE;
  gboolean claims = FALSE;
  gboolean failed = FALSE;
  const char *person = NULL;
  const GOptionEntry entries[] = {
    { "claims", 'c', 0, G_OPTION_ARG_NONE, &claims,
      N_("Print the claims (of PERSON, or all) instead of the people"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &as_csv, N_("Print the claims as CSV"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { "merge", 0, 0, G_OPTION_ARG_STRING_ARRAY, &merges,
      N_("Make these one person for the whole project (saved in kutip-project.json)"),
      "NAME=OTHER[,…]" },
    { "unmerge", 0, 0, G_OPTION_ARG_STRING_ARRAY, &unmerges,
      N_("Take a name out of its merge"), "NAME" },
    { NULL }
  };

  context = g_option_context_new (_("FOLDER [PERSON] — who said what across a project"));
  g_option_context_set_summary (context,
    _("Prints the people index: each person quoted in the project's documents,\n"
      "with the number of claims and documents (one person under several names\n"
      "once merged). With PERSON, --claims or --csv, prints the claims instead:\n"
      "document, person, speaker as written, date and text. Rejected claims are\n"
      "left out."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  if (argc < 2 || argc > 3)
    {
      kutip_cli_fail ("%s", _("who: give a FOLDER and at most one PERSON (see “kutip-cli who "
                              "--help”)"));
      return 2;
    }
  if (as_csv && as_json)
    {
      kutip_cli_fail ("%s", _("--csv and --json cannot go together"));
      return 2;
    }
  if (argc == 3)
    person = argv[2];

  project = kutip_cli_open_project (argv[1], FALSE, &failed);
  if (project == NULL)
    return 1;
  if (kutip_cli_print_unreadable (project))
    failed = TRUE;

  for (guint i = 0; merges != NULL && merges[i] != NULL; i++)
    if (!merge (project, merges[i], &error))
      return kutip_cli_fail ("%s", error->message);
  for (guint i = 0; unmerges != NULL && unmerges[i] != NULL; i++)
    if (!kutip_project_unmerge_person (project, unmerges[i], &error))
      return kutip_cli_fail ("%s", error->message);

  if (person != NULL || claims || as_csv)
    {
      g_autoptr(GListModel) list = kutip_project_list_claims (project, person, NULL, &error);

      if (list == NULL)
        return kutip_cli_fail ("%s", error->message);
      if (as_csv)
        {
          g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
          GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (out);

          if (!kutip_claims_write_csv (list, out, NULL, &error))
            return kutip_cli_fail ("%s", error->message);
          fwrite (g_memory_output_stream_get_data (memory), 1,
                  g_memory_output_stream_get_data_size (memory), stdout);
        }
      else
        print_claims (list, as_json);
    }
  else
    {
      g_autoptr(GListModel) people = kutip_project_list_people (project, NULL, &error);

      if (people == NULL)
        return kutip_cli_fail ("%s", error->message);
      print_people (people, as_json);
    }

  return failed ? 1 : 0;
}
