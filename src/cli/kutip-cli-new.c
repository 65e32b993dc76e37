/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-new.c: `kutip-cli new ARTICLE.txt` makes a Kutip JSON file of a
 * plain-text article. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "kutip-cli.h"
#include "kutip-language.h"
#include "kutip-store.h"

int
kutip_cli_new (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;
  g_autofree char *language = NULL;
  g_autofree char *published = NULL;
  g_autofree char *title = NULL;
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  const char *out_path;
  const GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_("Language of the article: id (Indonesian) or en (English)"), "LANG" },
    { "published", 'p', 0, G_OPTION_ARG_STRING, &published,
      N_("Publication date of the article"), "YYYY-MM-DD" },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Title of the article"), "TITLE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of ARTICLE.kutip.json"), "OUT" },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Overwrite an existing file"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("ARTICLE.txt — make a Kutip JSON file of an article"));
  g_option_context_set_summary (context,
    _("Writes ARTICLE.kutip.json (or OUT) beside the article: its text, its SHA-256\n"
      "and the metadata given, with no annotations yet. The article is not changed.\n"
      "An existing file is kept unless --force is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  if (argc != 2)
    {
      kutip_cli_fail ("%s", _("new: give exactly one article (see “kutip-cli new --help”)"));
      return 2;
    }
  if (language != NULL && kutip_language_lookup (language) == NULL)
    {
      g_autofree char *known = kutip_language_join_codes (", ");

      kutip_cli_fail (_("new: unknown language “%s” (use one of %s)"), language, known);
      return 2;
    }

  document = kutip_store_new_from_article (argv[1], &error);
  if (document == NULL)
    return kutip_cli_fail ("%s", error->message);

  if (language != NULL)
    kutip_document_set_language (document, language);
  if (title != NULL)
    kutip_document_set_title (document, title);
  if (published != NULL && !kutip_document_set_published (document, published, &error))
    {
      kutip_cli_fail (_("new: --published: %s"), error->message);
      return 2;
    }

  out_path = output != NULL ? output : kutip_document_get_path (document);
  if (!force && g_file_test (out_path, G_FILE_TEST_EXISTS))
    return kutip_cli_fail (_("%s exists already; use --force to overwrite it"), out_path);

  if (!kutip_store_save_file (document, out_path, &error))
    return kutip_cli_fail ("%s", error->message);

  printf (_("%s: written\n"), out_path);
  return 0;
}
