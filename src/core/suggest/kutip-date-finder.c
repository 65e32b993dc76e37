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

#define LEXICON_SLOTS 1024   /* power of two, > 4 × the largest lexicon */
#define MAX_WORD      15

struct _KutipDateLexicon
{
  const KutipDateLex *slots[LEXICON_SLOTS];
  guint8              lengths[LEXICON_SLOTS];
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
      guint32 h = KUTIP_DATE_HASH_INIT;
      guint slot;

      g_assert (len <= MAX_WORD);
      for (gsize c = 0; c < len; c++)
        h = kutip_date_hash_step (h, (guchar) w[c]);
      slot = h & (LEXICON_SLOTS - 1);
      while (lexicon->slots[slot] != NULL)
        slot = (slot + 1) & (LEXICON_SLOTS - 1);
      lexicon->slots[slot] = &entries[k];
      lexicon->lengths[slot] = len;
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

static inline gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalpha (c) || c >= 0x80;
}

/* Splits @text into tokens, looking words up in @lexicon. */
static GArray *
tokenize (const char             *text,
          gsize                   n_bytes,
          const KutipDateLexicon *lexicon)
{
  GArray *toks = g_array_sized_new (FALSE, FALSE, sizeof (KutipDateTok), n_bytes / 5 + 16);
  const guchar *s = (const guchar *) text;
  gsize i = 0;
  guint8 pending = KUTIP_DTOKF_SPACE_BEFORE | KUTIP_DTOKF_NEWLINE;

  while (i < n_bytes)
    {
      guchar c = s[i];
      KutipDateTok t;

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
        {
          pending |= KUTIP_DTOKF_SPACE_BEFORE;
          if (c == '\n')
            pending |= KUTIP_DTOKF_NEWLINE;
          i++;
          continue;
        }

      t.start = i;
      t.flags = pending;
      t.n_digits = 0;
      t.punct = 0;
      t.num = 0;
      t.lex = NULL;
      pending = 0;

      if (g_ascii_isdigit (c))
        {
          gint64 v = 0;

          while (i < n_bytes && g_ascii_isdigit (s[i]))
            {
              if (t.n_digits < 10)
                v = v * 10 + (s[i] - '0');
              t.n_digits = MIN (t.n_digits + 1, 255);
              i++;
            }
          t.kind = KUTIP_DTOK_NUM;
          t.num = t.n_digits <= 9 ? (gint32) v : -1;
        }
      else if (c == 0xC2 && i + 1 < n_bytes && s[i + 1] == 0xA0)
        {
          /* No-break space. */
          pending |= KUTIP_DTOKF_SPACE_BEFORE;
          i += 2;
          continue;
        }
      else if (c == 0xE2 && i + 2 < n_bytes)
        {
          /* General punctuation (U+2000..U+2BFF): dashes, quotes, ellipsis. */
          guchar c2 = s[i + 2];

          t.kind = KUTIP_DTOK_PUNCT;
          t.punct = (s[i + 1] == 0x80 && c2 >= 0x90 && c2 <= 0x95) ? '-' : '"';
          if (s[i + 1] == 0x80 && c2 >= 0x80 && c2 <= 0x8A)
            {
              /* A typographic space. */
              pending |= KUTIP_DTOKF_SPACE_BEFORE;
              i += 3;
              continue;
            }
          i += 3;
        }
      else if (is_word_byte (c))
        {
          char lower[MAX_WORD + 1];
          guint32 h = KUTIP_DATE_HASH_INIT;
          gsize len = 0;
          gboolean ascii = TRUE;

          if (g_ascii_isupper (c))
            t.flags |= KUTIP_DTOKF_CAPITAL;
          while (i < n_bytes)
            {
              guchar b = s[i];

              if (b == 0xE2)
                break;
              if (b == '\'' && len > 0 && i + 1 < n_bytes && g_ascii_isalpha (s[i + 1]))
                {
                  /* "Jum'at" is one word; "year's" is "year" + "'s". */
                  if ((s[i + 1] | 0x20) == 's' && (i + 2 >= n_bytes || !is_word_byte (s[i + 2])))
                    break;
                }
              else if (!is_word_byte (b))
                break;
              if (b >= 0x80)
                ascii = FALSE;
              else if (len < MAX_WORD)
                {
                  b = g_ascii_tolower (b);
                  lower[len] = b;
                  h = kutip_date_hash_step (h, b);
                }
              len++;
              i++;
            }
          t.kind = KUTIP_DTOK_WORD;
          if (ascii && len <= MAX_WORD)
            t.lex = kutip_date_lexicon_lookup (lexicon, lower, len, h);
          if (t.lex != NULL && (t.lex->flags & KUTIP_LEXF_CAP_ONLY) &&
              !(t.flags & KUTIP_DTOKF_CAPITAL))
            t.lex = NULL;
        }
      else
        {
          t.kind = KUTIP_DTOK_PUNCT;
          t.punct = c < 0x80 ? c : '?';
          i++;
          /* Skip the rest of a multi-byte character. */
          while (c >= 0xC0 && i < n_bytes && (s[i] & 0xC0) == 0x80)
            i++;
        }
      t.end = i;
      g_array_append_val (toks, t);
    }
  return toks;
}

const char *
kutip_date_finder_detect_lang (const char *utf8,
                               gsize       n_bytes)
{
  static const char * const id_words[] = {
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "akan",
    "dalam", "ke", "pada", "juga", "kata", "adalah", "tersebut", "mereka",
  };
  static const char * const en_words[] = {
    "the", "and", "of", "to", "in", "is", "that", "for", "was", "said", "with",
    "on", "he", "it", "as", "by", "have", "are",
  };
  gsize limit = MIN (n_bytes, 4096);
  int score = 0;
  gsize i = 0;

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, "id");

  while (i < limit)
    {
      gsize start;
      gsize len;

      while (i < limit && !g_ascii_isalpha (utf8[i]))
        i++;
      start = i;
      while (i < limit && g_ascii_isalpha (utf8[i]))
        i++;
      len = i - start;
      if (len == 0 || len > 8)
        continue;
      for (gsize k = 0; k < G_N_ELEMENTS (id_words); k++)
        if (strlen (id_words[k]) == len && g_ascii_strncasecmp (utf8 + start, id_words[k], len) == 0)
          score++;
      for (gsize k = 0; k < G_N_ELEMENTS (en_words); k++)
        if (strlen (en_words[k]) == len && g_ascii_strncasecmp (utf8 + start, en_words[k], len) == 0)
          score--;
    }
  return score >= 0 ? "id" : "en";
}

static void
clear_match_cb (gpointer data)
{
  kutip_date_match_clear (data);
}

/* Runs the rules over @toks; calls @emit for each hit in text order. */
static GArray *
run_rules (const char  *utf8,
           GArray      *toks,
           gboolean     english,
           const GDate *published,
           guint        max_tokens)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (KutipDateMatch));
  KutipDateCtx ctx = {
    .text = utf8,
    .toks = (const KutipDateTok *) (gpointer) toks->data,
    .n_toks = MIN (toks->len, max_tokens),
    .published = published,
  };

  guint done = 0;  /* tokens before this belong to an earlier match */

  g_array_set_clear_func (matches, clear_match_cb);
  for (guint i = 0; i < ctx.n_toks;)
    {
      const KutipDateTok *t = &ctx.toks[i];
      KutipDateHit hit;
      gboolean found;

      if (t->lex == NULL && t->kind != KUTIP_DTOK_NUM && !(t->kind == KUTIP_DTOK_PUNCT && t->punct == '('))
        {
          i++;
          continue;
        }
      memset (&hit, 0, sizeof hit);
      kutip_date_parts_init (&hit.parts);
      found = english ? kutip_date_rules_en (&ctx, i, &hit) : kutip_date_rules_id (&ctx, i, &hit);
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

static const KutipDateLexicon *
lexicon_for (gboolean english)
{
  return english ? kutip_date_lexicon_en () : kutip_date_lexicon_id ();
}

gboolean
kutip_date_finder_find_dateline (const char *utf8,
                                 gsize       n_bytes,
                                 const char *lang,
                                 GDate      *date)
{
  g_autoptr(GArray) toks = NULL;
  g_autoptr(GArray) matches = NULL;
  gboolean english;
  gsize head = MIN (n_bytes, 400);

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (lang == NULL)
    lang = kutip_date_finder_detect_lang (utf8, n_bytes);
  english = g_str_equal (lang, "en");
  toks = tokenize (utf8, head, lexicon_for (english));
  matches = run_rules (utf8, toks, english, NULL, toks->len);
  for (guint k = 0; k < matches->len; k++)
    {
      const KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);
      int y, mo, d;

      /* Only a complete calendar date serves: "2022-02-21" possibly with a
       * time after it. */
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

GArray *
kutip_date_finder_find (const char  *utf8,
                        gsize        n_bytes,
                        const char  *lang,
                        const GDate *published)
{
  g_autoptr(GArray) toks = NULL;
  GDate dateline;
  gboolean english;

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, NULL);
  g_return_val_if_fail (n_bytes < G_MAXUINT32, NULL);
  g_return_val_if_fail (published == NULL || g_date_valid (published), NULL);

  if (lang == NULL)
    lang = kutip_date_finder_detect_lang (utf8, n_bytes);
  english = g_str_equal (lang, "en");
  if (published == NULL && kutip_date_finder_find_dateline (utf8, n_bytes, lang, &dateline))
    published = &dateline;
  toks = tokenize (utf8, n_bytes, lexicon_for (english));
  return run_rules (utf8, toks, english, published, toks->len);
}
