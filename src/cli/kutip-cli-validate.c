/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-validate.c: `kutip-cli validate FILE…` checks Kutip JSON files. */

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
  gboolean quiet = FALSE;
  int status = 0;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only problems"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE… — check Kutip JSON files"));
  g_option_context_set_summary (context,
    _("Loads each file with every check Kutip makes (format, version, offsets,\n"
      "covered text, text hash, references, duplicate ids). Exits with 0 when all\n"
      "are valid; otherwise prints “FILE: $.path: problem” for each bad file and\n"
      "exits with 1."));
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

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(KutipDocument) document = NULL;
      g_autoptr(GError) load_error = NULL;

      document = kutip_store_load_file (argv[i], KUTIP_LOAD_DEFAULT, &load_error);
      if (document == NULL)
        {
          fprintf (stderr, "%s\n", load_error->message);
          status = 1;
          continue;
        }
      if (!quiet)
        printf (_("%s: valid (annotations: %u, relations: %u, entities: %u)\n"), argv[i],
                kutip_document_get_n_annotations (document),
                g_list_model_get_n_items (kutip_document_get_relations (document)),
                g_list_model_get_n_items (kutip_document_get_entities (document)));
    }

  return status;
}
