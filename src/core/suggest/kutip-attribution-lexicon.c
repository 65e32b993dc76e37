/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution-lexicon.c: one hash table over the Indonesian and English
 * attribution lexicons, built once, looked up by lower-cased ASCII word. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

#define MAX_WORD 31

typedef struct
{
  guint32 id;
  guint32 en;
} LexFlags;

static GHashTable *lexicon;

static void
lexicon_add (GHashTable *table,
             const char *word,
             guint32     flags,
             gboolean    is_id)
{
  LexFlags *entry = g_hash_table_lookup (table, word);

  if (entry == NULL)
    {
      entry = g_new0 (LexFlags, 1);
      g_hash_table_insert (table, g_strdup (word), entry);
    }
  if (is_id)
    entry->id |= flags;
  else
    entry->en |= flags;
}

static GHashTable *
lexicon_build (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (const AttLexEntry *e = att_lexicon_id; e->word != NULL; e++)
    {
      lexicon_add (table, e->word, e->flags, TRUE);
      /* "katanya", "ujarnya": the cue with the third-person clitic. */
      if (e->flags & LEX_CUE_AFTER)
        {
          g_autofree char *nya = g_strconcat (e->word, "nya", NULL);
          lexicon_add (table, nya, LEX_CUE_AFTER | LEX_CLITIC_CUE, TRUE);
        }
    }
  for (const AttLexEntry *e = att_lexicon_en; e->word != NULL; e++)
    lexicon_add (table, e->word, e->flags, FALSE);

  return table;
}

static inline const LexFlags *
lexicon_get (const char *word,
             gsize       len)
{
  char lower[MAX_WORD + 1];

  if (g_once_init_enter (&lexicon))
    g_once_init_leave (&lexicon, lexicon_build ());

  if (len == 0 || len > MAX_WORD)
    return NULL;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) word[i];

      if (c >= 0x80)
        return NULL;
      lower[i] = g_ascii_tolower (c);
    }
  lower[len] = '\0';

  return g_hash_table_lookup (lexicon, lower);
}

guint32
att_lexicon_lookup (AttLang     lang,
                    const char *word,
                    gsize       len)
{
  const LexFlags *flags = lexicon_get (word, len);

  if (flags == NULL)
    return 0;
  return lang == ATT_LANG_ID ? flags->id : flags->en;
}

void
att_lexicon_lookup_both (const char *word,
                         gsize       len,
                         guint32    *id_flags,
                         guint32    *en_flags)
{
  const LexFlags *flags = lexicon_get (word, len);

  *id_flags = flags ? flags->id : 0;
  *en_flags = flags ? flags->en : 0;
}
