/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli.c: entry point of kutip-cli; dispatches to subcommands. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "kutip-cli.h"

typedef struct
{
  const char      *name;
  KutipCliCommand  run;
  const char      *summary;
} Subcommand;

static const Subcommand subcommands[] = {
  { "validate", kutip_cli_validate, N_("Check Kutip JSON files and project folders") },
  { "stats", kutip_cli_stats, N_("Count annotations per label and status") },
  { "status", kutip_cli_status, N_("Show how far the work on a project folder is") },
  { "search", kutip_cli_search, N_("Search a project's text and annotations") },
  { "who", kutip_cli_who, N_("Who said what across a project: people and their claims") },
  { "new", kutip_cli_new, N_("Make a Kutip JSON file of a plain-text article") },
  { "suggest", kutip_cli_suggest, N_("Add pending suggestions of speakers, claims and dates") },
  { "export", kutip_cli_export, N_("Write documents as a labelled dataset (doccano, brat, …)") },
  { "import", kutip_cli_import, N_("Read a labelled dataset into Kutip documents") },
  { "agree", kutip_cli_agree, N_("Measure agreement between annotators’ versions") },
  { NULL, NULL, NULL },
};

int
kutip_cli_fail (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  g_autofree char *valid = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* A message may name a file whose name is not UTF-8: print it valid. */
  valid = g_utf8_make_valid (message, -1);
  fprintf (stderr, "kutip-cli: %s\n", valid);
  return 1;
}

gboolean
kutip_cli_parse_offsets (const char      *value,
                         KutipOffsetUnit *unit)
{
  if (value == NULL || strcmp (value, "codepoint") == 0)
    *unit = KUTIP_OFFSET_CODEPOINT;
  else if (strcmp (value, "utf16") == 0)
    *unit = KUTIP_OFFSET_UTF16;
  else if (strcmp (value, "byte") == 0)
    *unit = KUTIP_OFFSET_BYTE;
  else
    return FALSE;
  return TRUE;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: kutip-cli COMMAND [OPTION…] [FILE|FOLDER…]"));
  fprintf (stream, "%s\n", _("Annotate news articles: speakers, claims and dates."));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; subcommands[i].name != NULL; i++)
    fprintf (stream, "  %-10s %s\n", subcommands[i].name, _(subcommands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “kutip-cli COMMAND --help” for the options of a command."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }

  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("kutip-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return 0;
    }

  for (guint i = 0; subcommands[i].name != NULL; i++)
    {
      if (strcmp (argv[1], subcommands[i].name) == 0)
        {
          g_autofree char *prgname = g_strdup_printf ("kutip-cli %s", argv[1]);

          argv[1] = prgname;
          return subcommands[i].run (argc - 1, argv + 1);
        }
    }

  fprintf (stderr, _("kutip-cli: unknown command “%s”\n"), argv[1]);
  print_usage (stderr);
  return 2;
}
