/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-import.c: `kutip-cli import`: a labelled dataset (or plain
 * text) into Kutip documents, all or nothing. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "kutip-cli.h"
#include "kutip-format.h"
#include "kutip-store.h"

static gboolean
parse_map (char       **specs,
           GHashTable  *map,
           GError     **error)
{
  for (guint i = 0; specs != NULL && specs[i] != NULL; i++)
    if (!kutip_format_parse_label_map (specs[i], map, error))
      {
        g_prefix_error (error, "--map: ");
        return FALSE;
      }
  return TRUE;
}

/* "dir/ID.kutip.json", unique among @taken and the files already there. */
static char *
target_path (const char *outdir,
             const char *id,
             GHashTable *taken)
{
  g_autofree char *stem = g_strdup (id && *id ? id : "document");

  g_strdelimit (stem, "/\\:*?\"<>|\t\n\r", '_');
  if (*stem == '.')
    *stem = '_';

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strconcat (stem, ".kutip.json", NULL)
                                     : g_strdup_printf ("%s-%u.kutip.json", stem, n);
      char *path = g_build_filename (outdir, name, NULL);

      if (!g_hash_table_contains (taken, path) && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_hash_table_add (taken, path);
          return g_strdup (path);
        }
      g_free (path);
    }
}

int
kutip_cli_import (int    argc,
                  char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *offsets = NULL;
  g_autofree char *discontinuous = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) maps = NULL;
  g_auto(GStrv) inputs = NULL;
  gboolean keep_unmapped = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("text, jsonl, doccano, label-studio, brat, conll or prodigy"), "F" },
    { "offsets", 0, 0, G_OPTION_ARG_STRING, &offsets,
      N_("Offset unit of the input: codepoint (default), utf16 or byte"), "UNIT" },
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &maps,
      N_("Map foreign labels, e.g. PER=speaker,QUOTE=claim,TIME=date"), "MAP" },
    { "keep-unmapped", 0, 0, G_OPTION_ARG_NONE, &keep_unmapped,
      N_("Keep unmapped labels as custom labels instead of dropping them"), NULL },
    { "discontinuous", 0, 0, G_OPTION_ARG_STRING, &discontinuous,
      N_("brat discontinuous spans: split (default) or refuse"), "HOW" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Folder for the .kutip.json files"), "OUTDIR" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, N_("FILE|DIR") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) dropped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  const KutipFormat *format;
  KutipImportOptions options;
  guint n_empty = 0;
  GHashTableIter iter;
  gpointer key, value;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Reads a labelled dataset and writes one .kutip.json per document into OUTDIR.\n"
      "Nothing is written unless every input reads without a problem."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return kutip_cli_fail ("%s", error->message);

  if (format_name == NULL || output == NULL || inputs == NULL || inputs[0] == NULL)
    return kutip_cli_fail ("%s", _("import needs --format F, -o OUTDIR and an input"));

  format = kutip_format_lookup (format_name);
  if (format == NULL || !(kutip_format_get_flags (format) & KUTIP_FORMAT_CAN_IMPORT))
    return kutip_cli_fail (_("“%s” is not a format Kutip imports (text, jsonl, doccano, "
                             "label-studio, brat, conll, prodigy)"), format_name);

  kutip_import_options_init (&options);
  if (!kutip_cli_parse_offsets (offsets, &options.offsets))
    return kutip_cli_fail (_("--offsets: “%s” is not codepoint, utf16 or byte"), offsets);
  if (!parse_map (maps, map, &error))
    return kutip_cli_fail ("%s", error->message);
  if (discontinuous != NULL && strcmp (discontinuous, "split") != 0 &&
      strcmp (discontinuous, "refuse") != 0)
    return kutip_cli_fail (_("--discontinuous: “%s” is not split or refuse"), discontinuous);
  options.discontinuous = g_strcmp0 (discontinuous, "refuse") == 0 ? KUTIP_DISCONTINUOUS_REFUSE
                                                                   : KUTIP_DISCONTINUOUS_SPLIT;
  options.label_map = map;
  options.keep_unmapped = keep_unmapped;
  options.dropped = dropped;
  options.n_empty = &n_empty;

  /* Read everything first: a problem anywhere writes nothing. */
  for (guint i = 0; inputs[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) some = kutip_format_import_path (format, inputs[i], &options, &error);

      if (some == NULL)
        return kutip_cli_fail (_("%s\nNothing was imported."), error->message);
      for (guint k = 0; k < some->len; k++)
        g_ptr_array_add (documents, g_object_ref (g_ptr_array_index (some, k)));
    }

  if (g_mkdir_with_parents (output, 0755) != 0)
    return kutip_cli_fail (_("%s: cannot create the folder"), output);

  for (guint i = 0; i < documents->len; i++)
    {
      KutipDocument *document = g_ptr_array_index (documents, i);
      char *path = target_path (output, kutip_document_get_id (document), taken);

      if (!kutip_store_save_file (document, path, &error))
        {
          /* Take back what this run wrote. */
          for (guint k = 0; k < written->len; k++)
            g_unlink (g_ptr_array_index (written, k));
          g_free (path);
          return kutip_cli_fail (_("%s\nNothing was imported."), error->message);
        }
      g_ptr_array_add (written, path);
    }

  g_hash_table_iter_init (&iter, dropped);
  while (g_hash_table_iter_next (&iter, &key, &value))
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                  "Dropped %u span labelled “%s” (map it with --map %s=LABEL, "
                                  "or --keep-unmapped)\n",
                                  "Dropped %u spans labelled “%s” (map it with --map %s=LABEL, "
                                  "or --keep-unmapped)\n", GPOINTER_TO_UINT (value)),
             GPOINTER_TO_UINT (value), (char *) key, (char *) key);

  if (n_empty > 0)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                  "Dropped %u empty span (start = end: a Kutip span covers at "
                                  "least one character)\n",
                                  "Dropped %u empty spans (start = end: a Kutip span covers at "
                                  "least one character)\n", n_empty),
             n_empty);

  fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "Imported %u document from %s into %s\n",
                                "Imported %u documents from %s into %s\n", documents->len),
           documents->len, kutip_format_get_title (format), output);
  return 0;
}
