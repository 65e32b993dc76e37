/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-validate.c: `kutip-cli validate FILE|FOLDER…` checks Kutip JSON
 * files, and a folder's settings and documents. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "kutip-cli.h"
#include "kutip-store.h"

int
kutip_cli_validate (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  gboolean quiet = FALSE;
  gboolean failed = FALSE;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only problems"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE|FOLDER… — check Kutip JSON files"));
  g_option_context_set_summary (context,
    _("Loads each file with every check Kutip makes (format, version, offsets,\n"
      "covered text, text hash, references, duplicate ids). A folder is a project:\n"
      "its settings file and each of its documents are checked. Exits with 0 when\n"
      "all are valid; otherwise prints “FILE: $.path: problem” for each bad file\n"
      "and exits with 1."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  if (argc < 2)
    {
      kutip_cli_fail ("%s", _("validate: no file given (see “kutip-cli validate --help”)"));
      return 2;
    }

  inputs = kutip_cli_inputs_new (argc - 1, argv + 1, &failed);
  for (guint i = 0; i < inputs->len; i++)
    {
      KutipCliInput *input = g_ptr_array_index (inputs, i);

      for (guint k = 0; k < input->paths->len; k++)
        {
          const char *path = g_ptr_array_index (input->paths, k);
          g_autoptr(KutipDocument) document = NULL;
          g_autoptr(GError) load_error = NULL;

          /* An article with its .kutip.json: both are checked, and that
           * they hold the same text. */
          document = kutip_store_open (path, KUTIP_LOAD_DEFAULT, &load_error);
          if (document == NULL)
            {
              fprintf (stderr, "%s\n", load_error->message);
              failed = TRUE;
              continue;
            }
          if (!quiet)
            printf (_("%s: valid (annotations: %u, relations: %u, entities: %u)\n"), path,
                    kutip_document_get_n_annotations (document),
                    g_list_model_get_n_items (kutip_document_get_relations (document)),
                    g_list_model_get_n_items (kutip_document_get_entities (document)));
        }
    }

  return failed ? 1 : 0;
}
