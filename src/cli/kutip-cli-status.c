/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-status.c: `kutip-cli status FOLDER… [--json] [--documents]`
 * prints how far the work on a project is: documents per status. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "kutip-cli.h"

static const char *
status_title (KutipDocumentStatus status)
{
  switch (status)
    {
    case KUTIP_DOCUMENT_STATUS_NEW: return _("new");
    case KUTIP_DOCUMENT_STATUS_IN_PROGRESS: return _("in progress");
    case KUTIP_DOCUMENT_STATUS_DONE: return _("done");
    case KUTIP_DOCUMENT_STATUS_SKIPPED: return _("skipped");
    default: g_assert_not_reached ();
    }
}

static void
print_text (KutipProject *project,
            gboolean      documents)
{
  GListModel *list = kutip_project_get_documents (project);
  guint n = g_list_model_get_n_items (list);
  guint counts[KUTIP_DOCUMENT_N_STATUSES];
  guint n_unreadable = 0;

  kutip_project_get_status_counts (project, counts, &n_unreadable);
  printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u of %u document done (%.0f%%)\n",
                       "%s: %u of %u documents done (%.0f%%)\n", n),
          kutip_project_get_folder (project), counts[KUTIP_DOCUMENT_STATUS_DONE], n,
          n > 0 ? 100.0 * counts[KUTIP_DOCUMENT_STATUS_DONE] / n : 0.0);
  for (guint s = 0; s < KUTIP_DOCUMENT_N_STATUSES; s++)
    printf ("  %-14s %7u\n", status_title (s), counts[s]);
  if (n_unreadable > 0)
    printf ("  %-14s %7u\n", _("unreadable"), n_unreadable);

  if (!documents)
    return;
  printf ("\n  %-12s %7s %7s  %s\n", _("status"), _("claims"), _("pending"), _("document"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipDocumentInfo) info = g_list_model_get_item (list, i);

      printf ("  %-12s %7u %7u  %s\n",
              kutip_document_info_get_error (info) != NULL
                ? _("unreadable")
                : kutip_document_status_to_string (kutip_document_info_get_status (info)),
              kutip_document_info_get_n_claims (info), kutip_document_info_get_n_pending (info),
              kutip_document_info_get_relative_path (info));
    }
}

static JsonNode *
to_json (KutipProject *project,
         gboolean      documents)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *list = kutip_project_get_documents (project);
  GPtrArray *problems = kutip_project_get_problems (project);
  guint n = g_list_model_get_n_items (list);
  guint counts[KUTIP_DOCUMENT_N_STATUSES];
  guint n_unreadable = 0;

  kutip_project_get_status_counts (project, counts, &n_unreadable);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "folder");
  json_builder_add_string_value (builder, kutip_project_get_folder (project));
  json_builder_set_member_name (builder, "documents");
  json_builder_add_int_value (builder, n);
  json_builder_set_member_name (builder, "statuses");
  json_builder_begin_object (builder);
  for (guint s = 0; s < KUTIP_DOCUMENT_N_STATUSES; s++)
    {
      json_builder_set_member_name (builder, kutip_document_status_to_string (s));
      json_builder_add_int_value (builder, counts[s]);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "unreadable");
  json_builder_add_int_value (builder, n_unreadable);
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    json_builder_add_string_value (builder, ((GError *) g_ptr_array_index (problems, i))->message);
  json_builder_end_array (builder);

  if (documents)
    {
      json_builder_set_member_name (builder, "list");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KutipDocumentInfo) info = g_list_model_get_item (list, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "document");
          json_builder_add_string_value (builder, kutip_document_info_get_relative_path (info));
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, kutip_document_info_get_title (info));
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, kutip_document_status_to_string (
                                           kutip_document_info_get_status (info)));
          json_builder_set_member_name (builder, "claims");
          json_builder_add_int_value (builder, kutip_document_info_get_n_claims (info));
          json_builder_set_member_name (builder, "pending");
          json_builder_add_int_value (builder, kutip_document_info_get_n_pending (info));
          json_builder_set_member_name (builder, "error");
          if (kutip_document_info_get_error (info) != NULL)
            json_builder_add_string_value (builder, kutip_document_info_get_error (info));
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

int
kutip_cli_status (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) folders = json_array_new ();
  gboolean as_json = FALSE;
  gboolean documents = FALSE;
  gboolean failed = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { "documents", 'd', 0, G_OPTION_ARG_NONE, &documents,
      N_("List each document with its status, claims and pending suggestions"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FOLDER… — how far the work on a project is"));
  g_option_context_set_summary (context,
    _("Prints how many documents of each folder are new, in progress, done and\n"
      "skipped (a document's status is stored in its .kutip.json; without one it is\n"
      "in progress once an annotation is accepted or rejected). Unreadable documents\n"
      "are reported and make the exit status 1."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  if (argc < 2)
    {
      kutip_cli_fail ("%s", _("status: no folder given (see “kutip-cli status --help”)"));
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(KutipProject) project = kutip_cli_open_project (argv[i], FALSE, &failed);

      if (project == NULL)
        continue;
      if (kutip_cli_print_unreadable (project))
        failed = TRUE;
      if (as_json)
        json_array_add_element (folders, to_json (project, documents));
      else
        print_text (project, documents);
    }

  if (as_json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonObject) object = json_object_new ();
      g_autofree char *text = NULL;

      json_object_set_array_member (object, "folders", json_array_ref (folders));
      json_node_set_object (root, object);
      text = json_to_string (root, TRUE);
      printf ("%s\n", text);
    }
  return failed ? 1 : 0;
}
