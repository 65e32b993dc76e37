/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-options.c: helpers the CLI and the app share around the
 * formats: the stable train/dev/test share of a document, label maps, and
 * what to tell of links an export left out. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-format.h"

double
kutip_format_split_share (guint64     seed,
                          const char *id)
{
  guint64 hash = 0xcbf29ce484222325ULL ^ seed;

  g_return_val_if_fail (id != NULL, 0);

  /* FNV-1a, then a 64-bit finaliser so close ids spread out. */
  for (const char *p = id; *p; p++)
    {
      hash ^= (guchar) *p;
      hash *= 0x100000001b3ULL;
    }
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;

  return (hash >> 11) * (1.0 / 9007199254740992.0);
}

gboolean
kutip_format_parse_label_map (const char  *spec,
                              GHashTable  *map,
                              GError     **error)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (map != NULL, FALSE);

  if (spec == NULL)
    return TRUE;
  parts = g_strsplit (spec, ",", -1);
  for (guint k = 0; parts[k] != NULL; k++)
    {
      char *item = g_strstrip (parts[k]);
      char *eq = strrchr (item, '=');

      if (*item == '\0')
        continue;
      if (eq == NULL || eq == item || eq[1] == '\0')
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                       _("“%s” is not FOREIGN=KUTIP (e.g. PER=speaker)"), item);
          return FALSE;
        }
      g_hash_table_replace (map, g_strndup (item, eq - item), g_strdup (eq + 1));
    }
  return TRUE;
}

/* Why @format wrote no place for some links, as the end of a sentence. */
static const char *
unsupported_reason (const KutipFormat        *format,
                    const KutipExportOptions *options)
{
  const char *name = kutip_format_get_name (format);

  if (strcmp (name, "doccano") == 0 && !options->doccano_entities)
    return _("doccano's label shape has no place for links (its entities shape has)");
  if (strcmp (name, "label-studio") == 0)
    return _("Label Studio has no place for a suggested link between two accepted spans");
  if (strcmp (name, "csv") == 0)
    return _("the table of quotes has columns only for a claim's speaker and date");
  if (strcmp (name, "conll") == 0)
    return _("CoNLL has no place for links");
  if (strcmp (name, "hf") == 0)
    return _("Hugging Face token classification has no place for links");
  return _("the format has no place for them");
}

/**
 * kutip_format_describe_links_left_out:
 * @pending: suggested links left out (kutip_exporter_get_links_left_out())
 * @unsupported: links the format has no place for
 *
 * What a person exporting should know about links between exported spans
 * that are not in the output: one line per kind, translated.
 *
 * Returns: (transfer full) (nullable): the lines, or %NULL when no link
 *   was left out
 */
char *
kutip_format_describe_links_left_out (const KutipFormat        *format,
                                      const KutipExportOptions *options,
                                      guint                     pending,
                                      guint                     unsupported)
{
  GString *out;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (pending == 0 && unsupported == 0)
    return NULL;

  out = g_string_new (NULL);
  if (pending > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "%u suggested link between exported spans was "
                                              "left out: it is not reviewed yet.",
                                              "%u suggested links between exported spans were "
                                              "left out: they are not reviewed yet.", pending),
                            pending);
  if (unsupported > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      /* TRANSLATORS: the second %s says why, e.g. "CoNLL has no place for links". */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "%u link between exported spans was left out: %s.",
                                                "%u links between exported spans were left out: %s.",
                                                unsupported),
                              unsupported, unsupported_reason (format, options));
    }
  return g_string_free (out, FALSE);
}
