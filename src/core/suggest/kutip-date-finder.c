/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-finder.c: the date finder's entry point. One pass splits the
 * text into light tokens (words looked up in the language's lexicon by a hash
 * computed while scanning, numbers, punctuation); the rules then run only at
 * tokens that can start a time expression (a number, a lexicon word, "(").
 * No regular expressions and no allocation per character. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kutip-date-finder.h"
#include "kutip-date-private.h"
#include "kutip-language-private.h"

#define LEXICON_SLOTS 1024   /* power of two, > 4 × the largest lexicon */
#define MAX_WORD      15

struct _KutipDateLexicon
{
  const KutipDateLex *slots[LEXICON_SLOTS];
  guint8              lengths[LEXICON_SLOTS];
  guint16             lengths_by_initial[26]; /* bit n: a word of n letters */
};

KutipDateLexicon *
kutip_date_lexicon_build (const KutipDateLex *entries,
                          gsize               n_entries)
{
  KutipDateLexicon *lexicon = g_new0 (KutipDateLexicon, 1);

  g_assert (n_entries * 4 < LEXICON_SLOTS);
  for (gsize k = 0; k < n_entries; k++)
    {
      const char *w = entries[k].word;
      gsize len = strlen (w);
      guint32 h = KUTIP_HASH_INIT;
      guint slot;

      g_assert (len <= MAX_WORD && w[0] >= 'a' && w[0] <= 'z');
      for (gsize c = 0; c < len; c++)
        h = kutip_hash_step (h, (guchar) w[c]);
      slot = h & (LEXICON_SLOTS - 1);
      while (lexicon->slots[slot] != NULL)
        slot = (slot + 1) & (LEXICON_SLOTS - 1);
      lexicon->slots[slot] = &entries[k];
      lexicon->lengths[slot] = len;
      lexicon->lengths_by_initial[w[0] - 'a'] |= 1u << len;
    }
  return lexicon;
}

const KutipDateLex *
kutip_date_lexicon_lookup (const KutipDateLexicon *lexicon,
                           const char             *lower,
                           gsize                   len,
                           guint32                 hash)
{
  guint slot = hash & (LEXICON_SLOTS - 1);

  while (lexicon->slots[slot] != NULL)
    {
      if (lexicon->lengths[slot] == len && memcmp (lexicon->slots[slot]->word, lower, len) == 0)
        return lexicon->slots[slot];
      slot = (slot + 1) & (LEXICON_SLOTS - 1);
    }
  return NULL;
}

gboolean
kutip_date_is_word (const KutipDateCtx *ctx,
                    const guint         j,
                    const char         *lower)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);
  gsize len;

  if (t == NULL || t->kind != KUTIP_DTOK_WORD)
    return FALSE;
  len = strlen (lower);
  return t->end - t->start == len && g_ascii_strncasecmp (ctx->text + t->start, lower, len) == 0;
}

void
kutip_date_match_clear (KutipDateMatch *match)
{
  g_clear_pointer (&match->value, g_free);
}

enum
{
  CH_PUNCT = 0,
  CH_SPACE,
  CH_NEWLINE,
  CH_DIGIT,
  CH_E2,     /* lead byte of U+2000..U+2FFF: punctuation, not a letter */
  CH_UPPER,
  CH_LOWER,
  CH_HIGH,   /* a byte of a multi-byte UTF-8 character */
};

static guint8 char_class[256];

static void
init_char_class (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (int c = 0; c < 256; c++)
        {
          guint8 k = CH_PUNCT;

          if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            k = CH_SPACE;
          else if (c == '\n')
            k = CH_NEWLINE;
          else if (c >= '0' && c <= '9')
            k = CH_DIGIT;
          else if (c >= 'A' && c <= 'Z')
            k = CH_UPPER;
          else if (c >= 'a' && c <= 'z')
            k = CH_LOWER;
          else if (c == 0xE2)
            k = CH_E2;
          else if (c >= 0x80)
            k = CH_HIGH;
          char_class[c] = k;
        }
      g_once_init_leave (&done, 1);
    }
}

static inline gboolean
is_word_byte (guchar c)
{
  return char_class[c] >= CH_UPPER;
}

/* Looks the word s[start..end) up when its initial and length can be in the
 * lexicon at all (most words are rejected by that one test). */
static inline const KutipDateLex *
lookup_word (const KutipDateLexicon *lexicon,
             const guchar           *s,
             gsize                   start,
             gsize                   end)
{
  char lower[MAX_WORD + 1];
  gsize len = end - start;
  guint32 h = KUTIP_HASH_INIT;
  guint initial = (s[start] | 0x20) - 'a';

  if (len > MAX_WORD || initial >= 26 || !(lexicon->lengths_by_initial[initial] & (1u << len)))
    return NULL;
  for (gsize c = 0; c < len; c++)
    {
      guchar b = s[start + c];

      if (b >= 0x80)
        return NULL;
      if (char_class[b] == CH_UPPER)
        b |= 0x20;
      lower[c] = b;
      h = kutip_hash_step (h, b);
    }
  return kutip_date_lexicon_lookup (lexicon, lower, len, h);
}

/* The token array is kept per thread and reused: on short texts making
 * and growing a new one per call cost more than the scan (a fresh block
 * of a few KB makes malloc consolidate its free lists). */
#define TOKS_KEEP_BYTES (1u << 20)  /* a longer text's array is given back */

static GPrivate toks_key = G_PRIVATE_INIT ((GDestroyNotify) g_array_unref);

static GArray *
toks_take (void)
{
  GArray *array = g_private_get (&toks_key);

  if (array == NULL)
    return g_array_new (FALSE, FALSE, sizeof (KutipDateTok));
  g_private_set (&toks_key, NULL);
  return array;
}

static void
toks_release (GArray *array,
              gsize   n_bytes)
{
  if (n_bytes > TOKS_KEEP_BYTES || g_private_get (&toks_key) != NULL)
    g_array_unref (array);
  else
    g_private_set (&toks_key, array);
}

/* Splits @text into tokens in @array, looking words up in @lexicon. */
static void
tokenize (const char             *text,
          gsize                   n_bytes,
          const KutipDateLexicon *lexicon,
          GArray                 *array)
{
  const guchar *s = (const guchar *) text;
  gsize capacity = n_bytes / 4 + 16;
  KutipDateTok *toks;
  gsize n = 0;
  gsize i = 0;
  guint8 pending = KUTIP_DTOKF_SPACE_BEFORE | KUTIP_DTOKF_NEWLINE;

  init_char_class ();
  /* The array is sized up front and trimmed at the end, so that the loop
   * writes tokens in place. */
  g_array_set_size (array, capacity);
  toks = (KutipDateTok *) (gpointer) array->data;
  while (i < n_bytes)
    {
      guchar c = s[i];
      guint8 cls = char_class[c];
      KutipDateTok *t;

      if (cls == CH_SPACE || cls == CH_NEWLINE)
        {
          pending |= cls == CH_NEWLINE ? KUTIP_DTOKF_SPACE_BEFORE | KUTIP_DTOKF_NEWLINE
                                       : KUTIP_DTOKF_SPACE_BEFORE;
          i++;
          continue;
        }
      if (c == 0xC2 && i + 1 < n_bytes && s[i + 1] == 0xA0)
        {
          /* No-break space. */
          pending |= KUTIP_DTOKF_SPACE_BEFORE;
          i += 2;
          continue;
        }
      if (c == 0xE2 && i + 2 < n_bytes && s[i + 1] == 0x80 && s[i + 2] <= 0x8A)
        {
          /* A typographic space (U+2000..U+200A). */
          pending |= KUTIP_DTOKF_SPACE_BEFORE;
          i += 3;
          continue;
        }

      if (n == capacity)
        {
          capacity *= 2;
          g_array_set_size (array, capacity);
          toks = (KutipDateTok *) (gpointer) array->data;
        }
      t = &toks[n++];
      t->start = i;
      t->flags = pending;
      t->n_digits = 0;
      t->punct = 0;
      t->num = 0;
      t->lex = NULL;
      pending = 0;

      if (cls == CH_DIGIT)
        {
          gint64 v = 0;
          gsize from = i;

          while (i < n_bytes && char_class[s[i]] == CH_DIGIT)
            {
              if (i - from < 10)
                v = v * 10 + (s[i] - '0');
              i++;
            }
          t->kind = KUTIP_DTOK_NUM;
          t->n_digits = MIN (i - from, 255);
          t->num = i - from <= 9 ? (gint32) v : -1;
        }
      else if (c == 0xE2 && i + 2 < n_bytes)
        {
          /* General punctuation (U+2000..U+2BFF): dashes, quotes, ellipsis. */
          guchar c2 = s[i + 2];

          t->kind = KUTIP_DTOK_PUNCT;
          t->punct = (s[i + 1] == 0x80 && c2 >= 0x90 && c2 <= 0x95) ? '-' : '"';
          i += 3;
        }
      else if (cls >= CH_UPPER)
        {
          if (cls == CH_UPPER)
            t->flags |= KUTIP_DTOKF_CAPITAL;
          while (i < n_bytes)
            {
              guchar b = s[i];

              if (is_word_byte (b))
                i++;
              else if (b == '\'' && i + 1 < n_bytes && char_class[s[i + 1]] >= CH_UPPER &&
                       char_class[s[i + 1]] <= CH_LOWER &&
                       !((s[i + 1] | 0x20) == 's' &&
                         (i + 2 >= n_bytes || !is_word_byte (s[i + 2]))))
                i++; /* "Jum'at" is one word; "year's" is "year" + "'s". */
              else
                break;
            }
          t->kind = KUTIP_DTOK_WORD;
          t->lex = lookup_word (lexicon, s, t->start, i);
          if (t->lex != NULL && (t->lex->flags & KUTIP_LEXF_CAP_ONLY) &&
              !(t->flags & KUTIP_DTOKF_CAPITAL))
            t->lex = NULL;
        }
      else
        {
          t->kind = KUTIP_DTOK_PUNCT;
          t->punct = c < 0x80 ? c : '?';
          i++;
          /* Skip the rest of a multi-byte character. */
          while (c >= 0xC0 && i < n_bytes && (s[i] & 0xC0) == 0x80)
            i++;
        }
      t->end = i;
    }
  g_array_set_size (array, n);
}

static void
clear_match_cb (gpointer data)
{
  kutip_date_match_clear (data);
}

/* Runs the rules over @toks; returns the matches in text order. */
static GArray *
run_rules (const char          *utf8,
           GArray              *toks,
           const KutipLanguage *language,
           const GDate         *published)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (KutipDateMatch));
  KutipDateCtx ctx = {
    .text = utf8,
    .toks = (const KutipDateTok *) (gpointer) toks->data,
    .n_toks = toks->len,
    .published = published,
  };

  guint done = 0;  /* tokens before this belong to an earlier match */

  g_array_set_clear_func (matches, clear_match_cb);
  for (guint i = 0; i < ctx.n_toks;)
    {
      const KutipDateTok *t = &ctx.toks[i];
      KutipDateHit hit;
      gboolean found;

      if (t->lex == NULL && t->kind != KUTIP_DTOK_NUM &&
          !(t->kind == KUTIP_DTOK_PUNCT && t->punct == '('))
        {
          i++;
          continue;
        }
      memset (&hit, 0, sizeof hit);
      kutip_date_parts_init (&hit.parts);
      found = language->date_rules (&ctx, i, &hit);
      /* A rule may take a word or two before its trigger ("nearly two
       * years ago", "right now"), never one of an earlier match. */
      if (found && hit.last > hit.first && hit.first >= done && hit.first + 2 >= i)
        {
          KutipDateMatch m = {
            .start = ctx.toks[hit.first].start,
            .end = ctx.toks[hit.last - 1].end,
            .value = kutip_date_parts_format (&hit.parts),
            .rule = hit.rule,
            .confidence = hit.confidence,
          };
          g_array_append_val (matches, m);
          i = done = hit.last;
        }
      else
        i++;
    }
  return matches;
}

/* The first complete calendar date ("2022-02-21", maybe with a time) among
 * @matches that starts within the first @head bytes and looks like the
 * report's own date: right at the start (a dateline) or with its day name
 * ("Senin (21/2/2022)"), which a historical date in the lead rarely has. */
#define DATELINE_START 100  /* bytes: where a dateline date sits */
#define DATELINE_HEAD  400  /* bytes: how far a lead's dated day name may be */

static gboolean
dateline_in (GArray              *matches,
             const KutipLanguage *language,
             gsize                head,
             GDate               *date)
{
  for (guint k = 0; k < matches->len; k++)
    {
      const KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);
      int y, mo, d;

      if (m->start >= head)
        break;
      if (m->start >= DATELINE_START && !g_str_has_prefix (m->rule, language->date_day_rule))
        continue;
      if (m->value == NULL || strlen (m->value) < 10 || m->value[4] != '-' || m->value[7] != '-')
        continue;
      if (sscanf (m->value, "%4d-%2d-%2d", &y, &mo, &d) != 3 || !kutip_date_valid_dmy (d, mo, y))
        continue;
      g_date_clear (date, 1);
      g_date_set_dmy (date, d, mo, y);
      return TRUE;
    }
  return FALSE;
}

gboolean
kutip_date_finder_find_dateline (const char *utf8,
                                 gsize       n_bytes,
                                 const char *lang,
                                 GDate      *date)
{
  const KutipLanguage *language;
  GArray *toks;
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  language = kutip_language_for_text (lang, utf8, n_bytes);
  toks = toks_take ();
  tokenize (utf8, MIN (n_bytes, DATELINE_HEAD), language->date_lexicon, toks);
  matches = run_rules (utf8, toks, language, NULL);
  toks_release (toks, MIN (n_bytes, DATELINE_HEAD));
  return dateline_in (matches, language, DATELINE_HEAD, date);
}

GArray *
kutip_date_finder_find (const char  *utf8,
                        gsize        n_bytes,
                        const char  *lang,
                        const GDate *published)
{
  return kutip_date_finder_find_full (utf8, n_bytes, lang, published, 0.0);
}

GArray *
kutip_date_finder_find_full (const char  *utf8,
                             gsize        n_bytes,
                             const char  *lang,
                             const GDate *published,
                             double       min_confidence)
{
  const KutipLanguage *language;
  GArray *toks;
  GArray *matches;
  GDate dateline;

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, NULL);
  g_return_val_if_fail (n_bytes < G_MAXUINT32, NULL);
  g_return_val_if_fail (published == NULL || g_date_valid (published), NULL);

  language = kutip_language_for_text (lang, utf8, n_bytes);
  toks = toks_take ();
  tokenize (utf8, n_bytes, language->date_lexicon, toks);
  matches = run_rules (utf8, toks, language, published);
  /* Without a publication date, a full date in the dateline stands in for
   * it; the rules run again only when there is one. */
  if (published == NULL && dateline_in (matches, language, DATELINE_HEAD, &dateline))
    {
      g_array_unref (matches);
      matches = run_rules (utf8, toks, language, &dateline);
    }
  toks_release (toks, n_bytes);
  if (min_confidence > 0.0)
    {
      guint kept = 0;

      for (guint k = 0; k < matches->len; k++)
        {
          KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);

          if (m->confidence >= min_confidence)
            {
              if (kept != k)
                {
                  g_array_index (matches, KutipDateMatch, kept) = *m;
                  m->value = NULL;  /* moved */
                }
              kept++;
            }
          else
            kutip_date_match_clear (m);
        }
      g_array_set_size (matches, kept);  /* clears what was left behind */
    }
  return matches;
}
