/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution-lexicon.c: one table over the Indonesian and English
 * attribution lexicons, built once, looked up by lower-cased ASCII word. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

typedef struct
{
  guint32 id;
  guint32 en;
} LexFlags;

/* Built once into an open-addressing table keyed by lower-cased ASCII. The
 * slots are small (the words sit apart) so that the table stays in cache,
 * and a mask of word lengths by initial letter turns most words that are
 * not in the lexicon away before any probe. */
typedef struct
{
  guint32  hash;   /* of the lower-cased word; slots with word 0 are empty */
  guint32  word;   /* index into Table.words, from 1 */
  LexFlags flags;
} Slot;

typedef struct
{
  Slot    *slots;
  guint    mask;
  char   (*words)[ATT_LEX_MAX_WORD + 1];
  guint8  *lengths;
  guint    n_words;
  guint32  lengths_by_initial[27]; /* bit n: a word of n bytes; [26]: not a-z */
} Table;

static Table *lexicon;

guint64 att_lexicon_filter[1024];

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

static Slot *
table_slot (Table      *table,
            const char *word,
            gsize       len,
            guint32     hash)
{
  for (guint i = hash & table->mask;; i = (i + 1) & table->mask)
    {
      Slot *slot = &table->slots[i];

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

static void
lexicon_add (Table      *table,
             const char *word,
             guint32     flags,
             gboolean    is_id)
{
  gsize len = strlen (word);
  guint32 hash = ATT_LEX_HASH_INIT;
  Slot *slot;

  g_assert (len > 0 && len <= ATT_LEX_MAX_WORD);
  for (gsize i = 0; i < len; i++)
    {
      g_assert ((guchar) word[i] < 0x80 && !g_ascii_isupper (word[i]));
      hash = att_lex_hash_step (hash, (guchar) word[i]);
    }
  slot = table_slot (table, word, len, hash);
  if (slot->word == 0)
    {
      slot->word = ++table->n_words;
      slot->hash = hash;
      memcpy (table->words[slot->word], word, len);
      table->lengths[slot->word] = (guint8) len;
      table->lengths_by_initial[initial_index (word[0])] |= 1u << len;
      att_lexicon_filter[hash >> 22] |= G_GUINT64_CONSTANT (1) << ((hash >> 16) & 63);
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
  while (size < n * 2)
    size *= 2;
  table->slots = g_new0 (Slot, size);
  table->mask = size - 1;
  table->words = g_malloc0 ((n + 1) * sizeof *table->words);
  table->lengths = g_new0 (guint8, n + 1);

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

static inline Table *
lexicon_table (void)
{
  if (g_once_init_enter (&lexicon))
    g_once_init_leave (&lexicon, lexicon_build ());
  return lexicon;
}

/* Builds the lexicon and its filter, once. */
void
att_lexicon_init (void)
{
  lexicon_table ();
}

/* @word is ASCII, @hash its ATT_LEX_HASH of the lower-cased bytes. */
static inline const LexFlags *
lexicon_get_hashed (Table      *table,
                    const char *word,
                    gsize       len,
                    guint32     hash)
{
  Slot *slot;

  if (len == 0 || len > ATT_LEX_MAX_WORD || !att_lexicon_may_have (hash)
      || !(table->lengths_by_initial[initial_index (word[0])] & (1u << len)))
    return NULL;
  slot = table_slot (table, word, len, hash);
  return slot->word ? &slot->flags : NULL;
}

static inline const LexFlags *
lexicon_get (const char *word,
             gsize       len)
{
  Table *table = lexicon_table ();
  guint32 hash = ATT_LEX_HASH_INIT;

  if (len == 0 || len > ATT_LEX_MAX_WORD)
    return NULL;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) word[i];

      if (c >= 0x80)
        return NULL;
      hash = att_lex_hash_step (hash, lower (c));
    }
  return lexicon_get_hashed (table, word, len, hash);
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

/**
 * att_lexicon_lookup_hashed:
 * @word: an ASCII word
 * @hash: att_lex_hash_step() over its lower-cased bytes from ATT_LEX_HASH_INIT
 *
 * Like att_lexicon_lookup() for a caller that hashed the word while
 * scanning it.
 */
guint32
att_lexicon_lookup_hashed (AttLang     lang,
                           const char *word,
                           gsize       len,
                           guint32     hash)
{
  const LexFlags *flags = lexicon_get_hashed (lexicon_table (), word, len, hash);

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
