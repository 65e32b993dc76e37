/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-export.c: `kutip-cli export`: Kutip documents to a labelled
 * dataset format, streaming, optionally split into train/dev/test. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "kutip-cli.h"
#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-format.h"
#include "kutip-store.h"

typedef struct
{
  char          *name;
  double         upto;     /* cumulative share */
  KutipExporter *exporter;
} Split;

typedef struct
{
  GArray   *splits;        /* Split */
  guint64   seed;
  guint     n_read;
  guint     n_unreadable;  /* documents that could not be read, reported */
  guint     n_unannotated; /* a folder's articles without a .kutip.json */
  gboolean  writing_failed;
} ExportRun;

static void
split_clear (gpointer data)
{
  Split *split = data;

  g_free (split->name);
  g_clear_pointer (&split->exporter, kutip_exporter_free);
}

static gboolean
export_one (KutipDocument  *document,
            gpointer        user_data,
            GError        **error)
{
  ExportRun *run = user_data;
  Split *split = &g_array_index (run->splits, Split, 0);

  run->n_read++;
  if (run->splits->len > 1)
    {
      const char *id = kutip_document_get_id (document);
      g_autofree char *fallback = g_strdup_printf ("#%u", run->n_read);
      double share = kutip_format_split_share (run->seed, id && *id ? id : fallback);

      for (guint i = 0; i < run->splits->len; i++)
        {
          split = &g_array_index (run->splits, Split, i);
          if (share < split->upto)
            break;
        }
    }

  if (!kutip_exporter_add (split->exporter, document, error))
    {
      run->writing_failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* Exports one input file. A document that cannot be read is reported
 * and the others are still read, so one run names every bad document;
 * a failure to write stops the export. */
static gboolean
export_path (const char  *path,
             ExportRun   *run,
             GError     **error)
{
  g_autoptr(GError) read_error = NULL;

  if (g_str_has_suffix (path, ".jsonl"))
    {
      g_autoptr(GInputStream) stream = kutip_file_read_stream (path, &read_error);

      if (stream != NULL && kutip_format_read_jsonl (stream, path, export_one, run, &read_error))
        return TRUE;
    }
  else
    {
      g_autoptr(KutipDocument) document = kutip_store_open (path, KUTIP_LOAD_DEFAULT,
                                                            &read_error);

      if (document != NULL)
        return export_one (document, run, error);
    }

  if (run->writing_failed)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }
  kutip_cli_fail ("%s", read_error->message);
  run->n_unreadable++;
  return TRUE;
}

/* Each document of the inputs once; a folder's articles without their
 * .kutip.json have nothing to export yet. */
static gboolean
export_inputs (GPtrArray  *inputs,
               ExportRun  *run,
               GError    **error)
{
  for (guint i = 0; i < inputs->len; i++)
    {
      KutipCliInput *input = g_ptr_array_index (inputs, i);

      for (guint k = 0; k < input->paths->len; k++)
        {
          const char *path = g_ptr_array_index (input->paths, k);

          if (input->project != NULL && !g_str_has_suffix (path, ".kutip.json"))
            {
              KutipDocumentInfo *info = kutip_project_lookup_document (input->project, path);

              if (info != NULL &&
                  !g_file_test (kutip_document_info_get_sidecar_path (info), G_FILE_TEST_EXISTS))
                {
                  run->n_unannotated++;
                  continue;
                }
            }
          if (!export_path (path, run, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* A split name becomes a file or folder name inside -o: letters, digits,
 * "-", "_" and inner dots only, so ".." or "a/b" cannot lead outside. */
static gboolean
is_plain_name (const char *name)
{
  if (*name == '\0' || *name == '.' || !g_utf8_validate (name, -1, NULL) || strlen (name) > 100)
    return FALSE;
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && c != '-' && c != '_' && c != '.')
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_splits (const char  *spec,
              GArray      *splits,
              GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (spec, ",", -1);
  double total = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (parts[i], "=", 2);
      Split split = { 0 };
      char *end = NULL;
      double share;

      if (pair[0] == NULL || pair[1] == NULL || *pair[0] == '\0' ||
          ((share = g_ascii_strtod (pair[1], &end)), *end != '\0') || share < 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--split: “%s” is not NAME=SHARE (e.g. train=0.8)"), parts[i]);
          return FALSE;
        }
      if (!is_plain_name (pair[0]))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--split: “%s” is not a plain name (letters, digits, “-”, “_” and "
                         "inner dots; it names a file inside -o)"), pair[0]);
          return FALSE;
        }
      for (guint k = 0; k < splits->len; k++)
        if (strcmp (g_array_index (splits, Split, k).name, pair[0]) == 0)
          {
            g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("--split: “%s” is named twice"), pair[0]);
            return FALSE;
          }
      total += share;
      split.name = g_strdup (pair[0]);
      split.upto = total;
      g_array_append_val (splits, split);
    }

  if (splits->len == 0 || total < 0.999 || total > 1.001)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--split: the shares add up to %g, not 1"), total);
      return FALSE;
    }
  g_array_index (splits, Split, splits->len - 1).upto = 1.0;
  return TRUE;
}

/* Opens an exporter per split, writes every input and finishes them;
 * on an error the exporters are freed, which removes what they wrote. */
static gboolean
export_all (const KutipFormat         *format,
            const KutipExportOptions  *options,
            gboolean                   split,
            const char                *output,
            GPtrArray                 *inputs,
            ExportRun                 *run,
            GError                   **error)
{
  GArray *splits = run->splits;
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < splits->len; i++)
    {
      Split *s = &g_array_index (splits, Split, i);
      g_autofree char *path = NULL;

      if (!split)
        path = g_strdup (output);
      else
        {
          g_autofree char *name = g_strconcat (s->name, kutip_format_get_extension (format),
                                               NULL);

          path = g_build_filename (output, name, NULL);
        }
      s->exporter = kutip_exporter_new_for_path (format, path, options, error);
      ok = s->exporter != NULL;
    }

  if (ok)
    ok = export_inputs (inputs, run, error);
  /* Every document was read and every bad one reported; a dataset with
   * some left out silently is worse than none. */
  if (ok && run->n_unreadable > 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO,
                   g_dngettext (GETTEXT_PACKAGE, "%u document could not be read (above).",
                                "%u documents could not be read (above).", run->n_unreadable),
                   run->n_unreadable);
      ok = FALSE;
    }

  for (guint i = 0; ok && i < splits->len; i++)
    ok = kutip_exporter_finish (g_array_index (splits, Split, i).exporter, error);

  if (!ok)
    {
      for (guint i = 0; i < splits->len; i++)
        g_clear_pointer (&g_array_index (splits, Split, i).exporter, kutip_exporter_free);
      return FALSE;
    }

  for (guint i = 0; split && i < splits->len; i++)
    {
      Split *s = &g_array_index (splits, Split, i);
      guint n = kutip_exporter_get_n_documents (s->exporter);

      fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "%s: %u document\n",
                                    "%s: %u documents\n", n),
               s->name, n);
    }
  return TRUE;
}

int
kutip_cli_export (int    argc,
                  char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *offsets = NULL;
  g_autofree char *status = NULL;
  g_autofree char *nesting = NULL;
  g_autofree char *shape = NULL;
  g_autofree char *split_spec = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) inputs = NULL;
  gint64 seed = 0;
  gboolean force = FALSE;
  gboolean made_output;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("jsonl, doccano, label-studio, brat, conll, hf, prodigy or csv"), "F" },
    { "offsets", 0, 0, G_OPTION_ARG_STRING, &offsets,
      N_("Offset unit: codepoint (default), utf16 or byte"), "UNIT" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status,
      N_("accepted (default) or all (pending suggestions too)"), "S" },
    { "nesting", 0, 0, G_OPTION_ARG_STRING, &nesting,
      N_("CoNLL/HF nested spans: outermost (default) or layers"), "N" },
    { "doccano-shape", 0, 0, G_OPTION_ARG_STRING, &shape,
      N_("doccano: label (default) or entities (with relations)"), "SHAPE" },
    { "split", 0, 0, G_OPTION_ARG_STRING, &split_spec,
      N_("Split into files, e.g. train=0.8,dev=0.1,test=0.1"), "SPEC" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the split"), "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Output file (a folder for brat or --split)"), "OUT" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Write into a folder that is not empty (brat) and over existing split files"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL,
      N_("FILES|FOLDERS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) splits = g_array_new (FALSE, TRUE, sizeof (Split));
  g_autoptr(GPtrArray) label_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) documents = NULL;
  const KutipFormat *format;
  KutipExportOptions options;
  ExportRun run = { splits, 0, 0 };
  g_autofree char *left_out = NULL;
  guint links_pending = 0, links_unsupported = 0;
  gboolean failed = FALSE;

  g_array_set_clear_func (splits, split_clear);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Reads Kutip documents (.kutip.json, Kutip JSONL, or a folder: each of its\n"
      "annotated documents once) and writes a labelled dataset. See docs/formats.md."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return kutip_cli_fail ("%s", error->message);

  if (format_name == NULL || output == NULL || inputs == NULL || inputs[0] == NULL)
    return kutip_cli_fail ("%s", _("export needs --format F, -o OUT and at least one input"));

  format = kutip_format_lookup (format_name);
  if (format == NULL || !(kutip_format_get_flags (format) & KUTIP_FORMAT_CAN_EXPORT))
    return kutip_cli_fail (_("“%s” is not a format Kutip exports (jsonl, doccano, label-studio, "
                             "brat, conll, hf, prodigy, csv)"), format_name);

  kutip_export_options_init (&options);
  options.label_order = label_order;
  if (!kutip_cli_parse_offsets (offsets, &options.offsets))
    return kutip_cli_fail (_("--offsets: “%s” is not codepoint, utf16 or byte"), offsets);
  if (status != NULL && strcmp (status, "all") != 0 && strcmp (status, "accepted") != 0)
    return kutip_cli_fail (_("--status: “%s” is not accepted or all"), status);
  options.all_statuses = g_strcmp0 (status, "all") == 0;
  if (nesting != NULL && strcmp (nesting, "layers") != 0 && strcmp (nesting, "outermost") != 0)
    return kutip_cli_fail (_("--nesting: “%s” is not outermost or layers"), nesting);
  options.nesting = g_strcmp0 (nesting, "layers") == 0 ? KUTIP_NESTING_LAYERS
                                                        : KUTIP_NESTING_OUTERMOST;
  if (shape != NULL && strcmp (shape, "label") != 0 && strcmp (shape, "entities") != 0)
    return kutip_cli_fail (_("--doccano-shape: “%s” is not label or entities"), shape);
  options.doccano_entities = g_strcmp0 (shape, "entities") == 0;

  if (split_spec != NULL)
    {
      if (!parse_splits (split_spec, splits, &error))
        return kutip_cli_fail ("%s", error->message);
    }
  else
    {
      Split whole = { g_strdup (""), 1.0, NULL };

      g_array_append_val (splits, whole);
    }
  run.seed = (guint64) seed;

  /* -o FILE is replaced, as named; a folder's files only with --force. */
  options.overwrite = force || (split_spec == NULL &&
                                !(kutip_format_get_flags (format) & KUTIP_FORMAT_FOLDER));

  made_output = split_spec != NULL && !g_file_test (output, G_FILE_TEST_EXISTS);
  if (made_output && g_mkdir_with_parents (output, 0755) != 0)
    return kutip_cli_fail (_("%s: cannot create the folder"), output);
  documents = kutip_cli_inputs_new ((int) g_strv_length (inputs), inputs, &failed);
  if (!export_all (format, &options, split_spec != NULL, output, documents, &run, &error))
    {
      /* What the exporters wrote is gone with them; so is a folder made for
       * the splits (if it is still empty). */
      if (made_output)
        g_rmdir (output);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        return kutip_cli_fail (_("%s\nNothing was exported; --force writes over it."),
                               error->message);
      return kutip_cli_fail (_("%s\nNothing was exported."), error->message);
    }
  for (guint i = 0; i < splits->len; i++)
    {
      guint pending = 0, unsupported = 0;

      kutip_exporter_get_links_left_out (g_array_index (splits, Split, i).exporter,
                                         &pending, &unsupported);
      links_pending += pending;
      links_unsupported += unsupported;
    }

  fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "Exported %u document as %s to %s\n",
                                "Exported %u documents as %s to %s\n", run.n_read),
           run.n_read, kutip_format_get_title (format), output);

  /* A dataset without who said what must not look complete. */
  left_out = kutip_format_describe_links_left_out (format, &options, links_pending,
                                                   links_unsupported);
  if (left_out != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (left_out, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        fprintf (stderr, _("kutip-cli: warning: %s\n"), lines[i]);
      if (links_pending > 0)
        fprintf (stderr, "%s\n",
                 _("kutip-cli: accept them, or export pending suggestions too with --status all"));
    }
  if (run.n_unannotated > 0)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                  "%u article without annotations (no .kutip.json) left out\n",
                                  "%u articles without annotations (no .kutip.json) left out\n",
                                  run.n_unannotated), run.n_unannotated);
  return failed ? 1 : 0;
}
