/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-stats.c: `kutip-cli stats FILE|FOLDER… [--json]` counts
 * annotations per label and status. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "kutip-cli.h"
#include "kutip-stats.h"
#include "kutip-store.h"

static void
print_stats (const char *title,
             KutipStats *stats)
{
  g_auto(GStrv) labels = kutip_stats_list_labels (stats);

  printf ("%s\n", title);
  printf ("  %-16s %9s %9s %9s %9s\n", _("label"), _("total"), _("pending"), _("accepted"),
          _("rejected"));
  for (guint i = 0; labels[i]; i++)
    printf ("  %-16s %9u %9u %9u %9u\n", labels[i],
            kutip_stats_count (stats, labels[i], -1),
            kutip_stats_count (stats, labels[i], KUTIP_STATUS_PENDING),
            kutip_stats_count (stats, labels[i], KUTIP_STATUS_ACCEPTED),
            kutip_stats_count (stats, labels[i], KUTIP_STATUS_REJECTED));
  printf ("  %-16s %9u %9u %9u %9u\n", _("all"),
          kutip_stats_count (stats, NULL, -1),
          kutip_stats_count (stats, NULL, KUTIP_STATUS_PENDING),
          kutip_stats_count (stats, NULL, KUTIP_STATUS_ACCEPTED),
          kutip_stats_count (stats, NULL, KUTIP_STATUS_REJECTED));
  printf ("  %s %u, %s %u\n", _("relations"), kutip_stats_get_n_relations (stats),
          _("entities"), kutip_stats_get_n_entities (stats));
}

int
kutip_cli_stats (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipStats) total = kutip_stats_new ();
  g_autoptr(JsonArray) files = json_array_new ();
  g_autoptr(GPtrArray) inputs = NULL;
  gboolean as_json = FALSE;
  gboolean failed = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE|FOLDER… — count annotations per label and status"));
  g_option_context_set_summary (context,
    _("Prints, for each Kutip JSON file, each folder (all its documents) and in\n"
      "total, how many annotations each label has, split by status (pending,\n"
      "accepted, rejected), and the numbers of relations and entities. Invalid\n"
      "files are reported and make the exit status 1."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  if (argc < 2)
    {
      kutip_cli_fail ("%s", _("stats: no file given (see “kutip-cli stats --help”)"));
      return 2;
    }

  inputs = kutip_cli_inputs_new (argc - 1, argv + 1, &failed);
  for (guint i = 0; i < inputs->len; i++)
    {
      KutipCliInput *input = g_ptr_array_index (inputs, i);
      g_autoptr(KutipStats) folder = kutip_stats_new ();

      for (guint k = 0; k < input->paths->len; k++)
        {
          const char *path = g_ptr_array_index (input->paths, k);
          g_autoptr(KutipDocument) document = NULL;
          g_autoptr(GError) load_error = NULL;
          g_autoptr(KutipStats) stats = kutip_stats_new ();

          document = kutip_store_open (path, KUTIP_LOAD_DEFAULT, &load_error);
          if (document == NULL)
            {
              fprintf (stderr, "%s\n", load_error->message);
              failed = TRUE;
              continue;
            }
          kutip_stats_add_document (stats, document);
          kutip_stats_merge (total, stats);
          /* A folder is counted as a whole: one table, not thousands. */
          if (input->project != NULL)
            {
              kutip_stats_merge (folder, stats);
              continue;
            }
          if (as_json)
            {
              JsonNode *node = kutip_stats_to_json (stats);

              json_object_set_string_member (json_node_get_object (node), "file", path);
              json_array_add_element (files, node);
            }
          else
            print_stats (path, stats);
        }

      if (input->project == NULL)
        continue;
      if (as_json)
        {
          JsonNode *node = kutip_stats_to_json (folder);

          json_object_set_string_member (json_node_get_object (node), "folder", input->name);
          json_array_add_element (files, node);
        }
      else
        {
          guint n = kutip_stats_get_n_documents (folder);
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%s (%u document)",
                                                                 "%s (%u documents)", n),
                                                    input->name, n);

          print_stats (title, folder);
        }
    }

  if (as_json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonObject) object = json_object_new ();
      g_autofree char *text = NULL;

      json_object_set_array_member (object, "files", json_array_ref (files));
      json_object_set_member (object, "total", kutip_stats_to_json (total));
      json_node_set_object (root, object);
      text = json_to_string (root, TRUE);
      printf ("%s\n", text);
    }
  else if (kutip_stats_get_n_documents (total) > 1 &&
           (inputs->len > 1 || ((KutipCliInput *) g_ptr_array_index (inputs, 0))->project == NULL))
    {
      g_autofree char *title = g_strdup_printf (_("total (%u files)"),
                                                kutip_stats_get_n_documents (total));
      print_stats (title, total);
    }

  return failed ? 1 : 0;
}
