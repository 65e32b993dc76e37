/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution-lexicon.c: one table over the Indonesian and English
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

/* Built once into an open-addressing table keyed by lower-cased ASCII, so a
 * lookup hashes the word while lower-casing it and allocates nothing. */
typedef struct
{
  char     word[MAX_WORD + 1];
  guint8   len;
  LexFlags flags;
} Slot;

typedef struct
{
  Slot  *slots;
  guint  mask;
} Table;

static Table *lexicon;

static inline guint32
hash_step (guint32 h,
           guchar  c)
{
  return (h ^ c) * 16777619u;
}

static Slot *
table_slot (Table      *table,
            const char *lower,
            gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = hash_step (h, (guchar) lower[i]);
  for (guint i = h & table->mask;; i = (i + 1) & table->mask)
    {
      Slot *slot = &table->slots[i];

      if (slot->len == 0 || (slot->len == len && memcmp (slot->word, lower, len) == 0))
        return slot;
    }
}

static void
lexicon_add (Table      *table,
             const char *word,
             guint32     flags,
             gboolean    is_id)
{
  gsize len = strlen (word);
  Slot *slot;

  g_assert (len > 0 && len <= MAX_WORD);
  slot = table_slot (table, word, len);
  if (slot->len == 0)
    {
      memcpy (slot->word, word, len);
      slot->len = (guint8) len;
    }
  if (is_id)
    slot->flags.id |= flags;
  else
    slot->flags.en |= flags;
}

static Table *
lexicon_build (void)
{
  Table *table = g_new0 (Table, 1);
  guint n = 0, size = 64;

  for (const AttLexEntry *e = att_lexicon_id; e->word != NULL; e++)
    n += 2;
  for (const AttLexEntry *e = att_lexicon_en; e->word != NULL; e++)
    n++;
  while (size < n * 4)
    size *= 2;
  table->slots = g_new0 (Slot, size);
  table->mask = size - 1;

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
  Slot *slot;

  if (g_once_init_enter (&lexicon))
    g_once_init_leave (&lexicon, lexicon_build ());

  if (len == 0 || len > MAX_WORD)
    return NULL;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) word[i];

      if (c >= 0x80)
        return NULL;
      lower[i] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    }
  slot = table_slot (lexicon, lower, len);
  return slot->len ? &slot->flags : NULL;
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
