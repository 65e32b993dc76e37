/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language.c: tells Indonesian from English by counting frequent
 * function words; used by every finder of the suggestion engine. */

#define G_LOG_DOMAIN "kutip-language"

#include "config.h"

#include "kutip-attribution-private.h"
#include "kutip-language.h"

/**
 * kutip_detect_language:
 * @utf8: text
 * @n_bytes: its length in bytes
 *
 * Guesses the language from counts of frequent function words.
 *
 * Returns: "id" or "en" (static strings); "id" when nothing decides.
 */
const char *
kutip_detect_language (const char *utf8,
                       gsize       n_bytes)
{
  const char *p = utf8, *end;
  guint id = 0, en = 0, words = 0;

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, "id");

  end = utf8 + n_bytes;
  while (p < end && words < 5000)
    {
      const char *w;

      while (p < end && !g_ascii_isalpha (*p))
        p++;
      w = p;
      while (p < end && g_ascii_isalpha (*p))
        p++;
      if (p > w && (p == end || (guchar) *p < 0x80))
        {
          guint32 fi, fe;

          att_lexicon_lookup_both (w, p - w, &fi, &fe);
          id += (fi & LEX_FUNCTION) != 0;
          en += (fe & LEX_FUNCTION) != 0;
          words++;
        }
      while (p < end && (guchar) *p >= 0x80)
        p++;
    }
  return en > id ? "en" : "id";
}
