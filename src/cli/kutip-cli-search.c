/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-search.c: `kutip-cli search FOLDER QUERY [--json]` searches a
 * project's text and annotations through its index. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "kutip-cli.h"
#include "kutip-query.h"

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
add_hit (JsonBuilder    *builder,
         KutipSearchHit *hit)
{
  KutipDocumentInfo *info = kutip_search_hit_get_document (hit);
  guint match_start = 0, match_length = 0;
  const char *snippet = kutip_search_hit_get_snippet (hit, &match_start, &match_length);

  json_builder_begin_object (builder);
  add_string (builder, "document", kutip_document_info_get_relative_path (info));
  add_string (builder, "path", kutip_document_info_get_path (info));
  json_builder_set_member_name (builder, "offset");
  json_builder_add_int_value (builder, kutip_search_hit_get_offset (hit));
  json_builder_set_member_name (builder, "length");
  json_builder_add_int_value (builder, kutip_search_hit_get_length (hit));
  add_string (builder, "text", kutip_search_hit_get_text (hit));
  add_string (builder, "snippet", snippet);
  json_builder_set_member_name (builder, "snippet_match");
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, match_start);
  json_builder_add_int_value (builder, match_length);
  json_builder_end_array (builder);
  if (kutip_search_hit_get_annotation_id (hit) != NULL)
    {
      add_string (builder, "annotation", kutip_search_hit_get_annotation_id (hit));
      add_string (builder, "label", kutip_search_hit_get_label (hit));
      add_string (builder, "status", kutip_status_to_string (kutip_search_hit_get_status (hit)));
      add_string (builder, "speaker", kutip_search_hit_get_speaker (hit));
      add_string (builder, "person", kutip_search_hit_get_person (hit));
      add_string (builder, "date", kutip_search_hit_get_date (hit));
    }
  json_builder_end_object (builder);
}

static void
print_hit (KutipSearchHit *hit)
{
  KutipDocumentInfo *info = kutip_search_hit_get_document (hit);
  const char *snippet = kutip_search_hit_get_snippet (hit, NULL, NULL);

  if (kutip_search_hit_get_annotation_id (hit) != NULL)
    printf ("%s:%u: [%s %s] %s\n", kutip_document_info_get_path (info),
            kutip_search_hit_get_offset (hit), kutip_search_hit_get_label (hit),
            kutip_status_to_string (kutip_search_hit_get_status (hit)), snippet);
  else
    printf ("%s:%u: %s\n", kutip_document_info_get_path (info),
            kutip_search_hit_get_offset (hit), snippet);
}

int
kutip_cli_search (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autofree char *query = NULL;
  gboolean as_json = FALSE;
  gboolean rebuild = FALSE;
  gboolean no_refresh = FALSE;
  gboolean failed = FALSE;
  gint limit = 0;
  guint n_total = 0;
  guint n;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of lines"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("Print at most N hits (0: all)"), "N" },
    { "rebuild", 0, 0, G_OPTION_ARG_NONE, &rebuild,
      N_("Build the index again from the files first"), NULL },
    { "no-refresh", 0, 0, G_OPTION_ARG_NONE, &no_refresh,
      N_("Ask the index as it is, without checking the files first (faster for many "
         "searches in a row; files changed since the last search are not seen)"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FOLDER QUERY — search a project's text and annotations"));
  g_option_context_set_summary (context,
    _("QUERY has words and \"phrases\" (word* for a prefix) and fields:\n"
      "  label:claim  status:pending  speaker:\"Joko Widodo\"  date:2022-01..2022-06\n"
      "  text:\"harga naik\"  status:done (a document's status)\n"
      "Without an annotation field the hits are places in the documents' text;\n"
      "with one, they are annotations (free words then match their text). Prints\n"
      "“FILE:OFFSET: snippet” per hit (offsets in code points). See docs/cli.md."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  if (argc < 3)
    {
      kutip_cli_fail ("%s", _("search: give a FOLDER and a QUERY (see “kutip-cli search "
                              "--help”)"));
      return 2;
    }
  if (limit < 0)
    {
      kutip_cli_fail ("%s", _("--limit: give a number of hits, 0 for all"));
      return 2;
    }

  /* Words left unquoted by the shell make one query. */
  query = g_strjoinv (" ", argv + 2);
  {
    g_autoptr(KutipQuery) parsed = kutip_query_parse (query, &error);

    if (parsed == NULL)
      {
        kutip_cli_fail (_("query “%s”: %s"), query, error->message);
        return 2;
      }
  }

  if (no_refresh && rebuild)
    {
      kutip_cli_fail ("%s", _("--no-refresh and --rebuild cannot go together"));
      return 2;
    }
  if (no_refresh)
    {
      project = kutip_project_open (argv[1], KUTIP_PROJECT_OPEN_DEFAULT, &error);
      if (project == NULL || !kutip_project_load_index (project, &error))
        return kutip_cli_fail ("%s", error->message);
      /* Never indexed: there is nothing to trust yet. */
      if (g_list_model_get_n_items (kutip_project_get_documents (project)) == 0 &&
          !kutip_cli_refresh (project, FALSE, &failed))
        return 1;
    }
  else if ((project = kutip_cli_open_project (argv[1], rebuild, &failed)) == NULL)
    return 1;
  if (kutip_cli_print_unreadable (project))
    failed = TRUE;

  hits = kutip_project_search (project, query, (guint) limit, &n_total, NULL, &error);
  if (hits == NULL)
    return kutip_cli_fail ("%s", error->message);

  n = g_list_model_get_n_items (hits);
  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      add_string (builder, "query", query);
      json_builder_set_member_name (builder, "total");
      json_builder_add_int_value (builder, n_total);
      json_builder_set_member_name (builder, "hits");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KutipSearchHit) hit = g_list_model_get_item (hits, i);

          add_hit (builder, hit);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      text = json_to_string (root, TRUE);
      printf ("%s\n", text);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KutipSearchHit) hit = g_list_model_get_item (hits, i);

          print_hit (hit);
        }
      if (n < n_total)
        fprintf (stderr, _("%u of %u hits shown (--limit 0 shows all)\n"), n, n_total);
    }

  return failed ? 1 : 0;
}
