/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-word-table.c: lower-cased ASCII words → flags, for the lexicons of
 * the language profiles and the language detector. Built once, looked up
 * on every word of a text. */

#define G_LOG_DOMAIN "kutip-language"

#include "config.h"

#include <string.h>

#include "kutip-language-private.h"

/* The slots are small (the words sit apart) so that the table stays in
 * cache. */
typedef struct _KutipWordSlot
{
  guint32 hash;   /* of the lower-cased word */
  guint32 word;   /* index into words, from 1; 0: an empty slot */
  guint32 flags;
} KutipWordSlot;

/* g_ascii_tolower() is a function call; this is on the hot path. */
static inline guchar
lower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static inline guint
initial_index (guchar c)
{
  c = lower (c);
  return c >= 'a' && c <= 'z' ? (guint) (c - 'a') : 26;
}

/**
 * kutip_word_table_new:
 * @max_words: how many different words will be added, at most
 *
 * Returns: (transfer full): an empty table, never freed (tables live as long
 *   as the profiles)
 */
KutipWordTable *
kutip_word_table_new (guint max_words)
{
  KutipWordTable *table = g_new0 (KutipWordTable, 1);
  guint size = 64;

  while (size < max_words * 2)
    size *= 2;
  table->slots = g_new0 (KutipWordSlot, size);
  table->mask = size - 1;
  table->words = g_malloc0 ((max_words + 1) * sizeof *table->words);
  table->lengths = g_new0 (guint8, max_words + 1);
  table->max_words = max_words;
  return table;
}

static KutipWordSlot *
table_slot (const KutipWordTable *table,
            const char           *word,
            gsize                 len,
            guint32               hash)
{
  for (guint i = hash & table->mask;; i = (i + 1) & table->mask)
    {
      KutipWordSlot *slot = &table->slots[i];

      if (slot->word == 0)
        return slot;
      if (slot->hash == hash && table->lengths[slot->word] == len)
        {
          const char *w = table->words[slot->word];
          gsize k = 0;

          while (k < len && lower ((guchar) word[k]) == (guchar) w[k])
            k++;
          if (k == len)
            return slot;
        }
    }
}

/* Adds @word (lower-case ASCII) with @flags, or-ed into what it has. */
void
kutip_word_table_add (KutipWordTable *table,
                      const char     *word,
                      guint32         flags)
{
  gsize len = strlen (word);
  guint32 hash = KUTIP_HASH_INIT;
  KutipWordSlot *slot;

  g_assert (len > 0 && len <= KUTIP_WORD_MAX);
  for (gsize i = 0; i < len; i++)
    {
      g_assert ((guchar) word[i] < 0x80 && !g_ascii_isupper (word[i]));
      hash = kutip_hash_step (hash, (guchar) word[i]);
    }
  slot = table_slot (table, word, len, hash);
  if (slot->word == 0)
    {
      g_assert (table->n_words < table->max_words);
      slot->word = ++table->n_words;
      slot->hash = hash;
      memcpy (table->words[slot->word], word, len);
      table->lengths[slot->word] = (guint8) len;
      table->lengths_by_initial[initial_index (word[0])] |= 1u << len;
      table->filter[hash >> 22] |= G_GUINT64_CONSTANT (1) << ((hash >> 16) & 63);
    }
  slot->flags |= flags;
}

/**
 * kutip_word_table_lookup_hashed:
 * @word: an ASCII word, in any case
 * @hash: kutip_hash_step() over its lower-cased bytes from KUTIP_HASH_INIT
 *
 * Like kutip_word_table_lookup() for a caller that hashed the word while
 * scanning it.
 */
guint32
kutip_word_table_lookup_hashed (const KutipWordTable *table,
                                const char           *word,
                                gsize                 len,
                                guint32               hash)
{
  const KutipWordSlot *slot;

  if (len == 0 || len > KUTIP_WORD_MAX || !kutip_word_table_may_have (table, hash)
      || !(table->lengths_by_initial[initial_index (word[0])] & (1u << len)))
    return 0;
  slot = table_slot (table, word, len, hash);
  return slot->word ? slot->flags : 0;
}

/* The flags of @word (any case), 0 when it is not in @table or not ASCII. */
guint32
kutip_word_table_lookup (const KutipWordTable *table,
                         const char           *word,
                         gsize                 len)
{
  guint32 hash = KUTIP_HASH_INIT;

  if (len == 0 || len > KUTIP_WORD_MAX)
    return 0;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) word[i];

      if (c >= 0x80)
        return 0;
      hash = kutip_hash_step (hash, lower (c));
    }
  return kutip_word_table_lookup_hashed (table, word, len, hash);
}
