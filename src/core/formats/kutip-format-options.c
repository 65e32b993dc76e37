/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-options.c: helpers the CLI and the app share around the
 * formats: the stable train/dev/test share of a document, label maps. */

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
