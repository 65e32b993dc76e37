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

/* Tokens kutip_date_sentence_ends() looks at, at most: a reference back
 * never reaches further, and a text without periods stays linear. */
#define SENTENCE_SCAN_MAX 2048

guint
kutip_date_sentence_ends (const KutipDateCtx *ctx,
                          guint               from,
                          guint               to,
                          guint               max)
{
  guint n = 0;

  to = MIN (to, ctx->n_toks);
  if (to > from && to - from > SENTENCE_SCAN_MAX)
    return max + 1;
  /* Backwards from @to, stopping once past @max. */
  for (guint j = to; j > from && n <= max; j--)
    {
      const KutipDateTok *t = &ctx->toks[j - 1];

      if (t->kind == KUTIP_DTOK_PUNCT && (t->punct == '.' || t->punct == '!' || t->punct == '?') &&
          (j >= ctx->n_toks || (ctx->toks[j].flags & KUTIP_DTOKF_SPACE_BEFORE)))
        n++;
    }
  return n;
}

/* Keeps what a later rule may refer back to. */
static void
remember_hit (KutipDateCtx       *ctx,
              const KutipDateHit *hit)
{
  const KutipDateParts *p = &hit->parts;

  ctx->last_end = hit->last;
  ctx->last_parts = *p;
  if (p->ref == 0 && p->year > 0 && p->year_digits == 4 && p->month > 0 && p->day > 0)
    {
      ctx->day_end = hit->last;
      ctx->day_parts = *p;
    }
}

/* Runs the rules over tokens [@from, @to) of @toks, appending the matches
 * to @matches in text order. */
static void
run_rules (const char          *utf8,
           GArray              *toks,
           guint                from,
           guint                to,
           const KutipLanguage *language,
           const GDate         *published,
           GArray              *matches)
{
  KutipDateCtx ctx = {
    .text = utf8,
    .toks = (const KutipDateTok *) (gpointer) toks->data,
    .n_toks = toks->len,
    .published = published,
  };
  guint done = from;  /* tokens before this belong to an earlier match */

  for (guint i = from; i < to;)
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
      if (found && hit.last > hit.first && hit.first >= done && hit.first + 2 >= i &&
          hit.confidence <= 0.0)
        {
          /* A rule matched what is not a date ("setiap 17 Agustus"): its
           * words are passed over. */
          i = done = hit.last;
        }
      else if (found && hit.last > hit.first && hit.first >= done && hit.first + 2 >= i)
        {
          KutipDateMatch m = {
            .start = ctx.toks[hit.first].start,
            .end = ctx.toks[hit.last - 1].end,
            .value = kutip_date_parts_format (&hit.parts),
            .rule = hit.rule,
            .confidence = hit.confidence,
          };
          g_array_append_val (matches, m);
          remember_hit (&ctx, &hit);
          i = done = hit.last;
        }
      else
        i++;
    }
}

static GArray *
new_matches (void)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (KutipDateMatch));

  g_array_set_clear_func (matches, clear_match_cb);
  return matches;
}

/* The first complete calendar date ("2022-02-21", maybe with a time) among
 * @matches (from index @first) that starts within @head bytes of @from and
 * looks like the report's own date: right at the start (a dateline) or
 * with its day name ("Senin (21/2/2022)"), which a historical date in the
 * lead rarely has. */
#define DATELINE_START 100  /* bytes: where a dateline date sits */
#define DATELINE_HEAD  400  /* bytes: how far a lead's dated day name may be */

static gboolean
dateline_in (GArray              *matches,
             const KutipLanguage *language,
             guint                first,
             gsize                from,
             gsize                head,
             GDate               *date)
{
  for (guint k = first; k < matches->len; k++)
    {
      const KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);
      int y, mo, d;

      if (m->start < from)
        continue;
      if (m->start >= from + head)
        break;
      if (m->start >= from + DATELINE_START && !g_str_has_prefix (m->rule, language->date_day_rule))
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

/* Is word token @j written in capitals ("KOMPAS", "BANDAR")? */
static gboolean
all_caps (const char         *utf8,
          const KutipDateTok *t)
{
  if (t->kind != KUTIP_DTOK_WORD || t->end - t->start < 2)
    return FALSE;
  for (guint32 b = t->start; b < t->end; b++)
    if (char_class[(guchar) utf8[b]] == CH_LOWER)
      return FALSE;
  return TRUE;
}

/* Does a dateline ("BANDAR LAMPUNG, KOMPAS —", "JAKARTA (ANTARA) -") end
 * at the dash @k, opening a sentence and followed by one? Then a new story
 * starts there, with its own date. Returns the token the dateline starts
 * at, or 0. */
static guint
dateline_at (const char         *utf8,
             const KutipDateTok *toks,
             guint               n_toks,
             guint               k)
{
  guint j = k, after = k + 1;

  if (j < 4)
    return 0;
  /* The story's first sentence follows: "KOMPAS - - Pemerintah …", not
   * "KPU, BAWASLU - dan …". */
  while (after < n_toks && toks[after].kind == KUTIP_DTOK_PUNCT && toks[after].punct == '-')
    after++;
  if (after >= n_toks || toks[after].kind != KUTIP_DTOK_WORD ||
      !(toks[after].flags & KUTIP_DTOKF_CAPITAL))
    return 0;
  j--;
  if (toks[j].kind == KUTIP_DTOK_WORD && toks[j].end - toks[j].start == 3 &&
      g_ascii_strncasecmp (utf8 + toks[j].start, "com", 3) == 0 && j >= 2 &&
      toks[j - 1].punct == '.')
    j -= 2;  /* "KOMPAS.com" */
  if (toks[j].kind == KUTIP_DTOK_PUNCT && toks[j].punct == ')' && j >= 2 &&
      all_caps (utf8, &toks[j - 1]) && toks[j - 2].punct == '(')
    j -= 2;  /* "(ANTARA)" */
  else if (all_caps (utf8, &toks[j]) && j >= 1 && toks[j - 1].punct == ',')
    j--;     /* ", KOMPAS" */
  else
    return 0;
  if (j == 0 || !all_caps (utf8, &toks[j - 1]))
    return 0;
  j--;
  while (j > 0 && all_caps (utf8, &toks[j - 1]) && !(toks[j].flags & KUTIP_DTOKF_NEWLINE))
    j--;
  if (j == 0 || (toks[j].flags & KUTIP_DTOKF_NEWLINE))
    return j;
  if (toks[j - 1].kind == KUTIP_DTOK_PUNCT &&
      (toks[j - 1].punct == '.' || toks[j - 1].punct == '"' || toks[j - 1].punct == '!' ||
       toks[j - 1].punct == '?'))
    return j;
  return 0;
}

/* Where a text joins several stories, each with its dateline, the
 * relative dates of a later story are resolved from that story's own date
 * (its first dated day name), not from the publication date. */
static void
redate_later_stories (const char          *utf8,
                      GArray              *toks,
                      const KutipLanguage *language,
                      const GDate         *published,
                      GArray              *matches)
{
  const KutipDateTok *t = (const KutipDateTok *) (gpointer) toks->data;
  guint n = toks->len;
  guint story = 0;
  guint next = 0;        /* the first match not yet in @out */
  GArray *out = NULL;    /* the matches again, when a story was redone */

  for (guint k = 1; k <= n; k++)
    {
      guint start = 0;
      GDate anchor;
      gsize from, to;
      guint first;

      if (k < n && !(t[k].kind == KUTIP_DTOK_PUNCT && t[k].punct == '-'))
        continue;
      if (k < n && (start = dateline_at (utf8, t, n, k)) == 0)
        continue;
      if (k == n)
        start = n;
      /* Tokens [story, start) are one story. */
      from = t[story].start;
      to = start < n ? t[start].start : G_MAXSIZE;
      first = next;
      while (first < matches->len && g_array_index (matches, KutipDateMatch, first).start < from)
        first++;
      if (story > 0 && dateline_in (matches, language, first, from, DATELINE_HEAD, &anchor) &&
          (published == NULL || g_date_compare (&anchor, published) != 0))
        {
          /* Matches move (not copied) into @out; those of this story are
           * found again from its own date. */
          if (out == NULL)
            out = g_array_sized_new (FALSE, FALSE, sizeof (KutipDateMatch), matches->len);
          g_array_append_vals (out, &g_array_index (matches, KutipDateMatch, next), first - next);
          while (first < matches->len && g_array_index (matches, KutipDateMatch, first).start < to)
            kutip_date_match_clear (&g_array_index (matches, KutipDateMatch, first++));
          next = first;
          run_rules (utf8, toks, story, start, language, &anchor, out);
        }
      story = start;
    }
  if (out != NULL)
    {
      g_array_append_vals (out, &g_array_index (matches, KutipDateMatch, next), matches->len - next);
      /* Every value now belongs to @out (or was cleared above). */
      g_array_set_clear_func (matches, NULL);
      g_array_set_size (matches, 0);
      g_array_append_vals (matches, out->data, out->len);
      g_array_set_clear_func (matches, clear_match_cb);
      g_array_unref (out);
    }
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
  matches = new_matches ();
  run_rules (utf8, toks, 0, toks->len, language, NULL, matches);
  toks_release (toks, MIN (n_bytes, DATELINE_HEAD));
  return dateline_in (matches, language, 0, 0, DATELINE_HEAD, date);
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
  matches = new_matches ();
  run_rules (utf8, toks, 0, toks->len, language, published, matches);
  /* Without a publication date, a full date in the dateline stands in for
   * it; the rules run again only when there is one. */
  if (published == NULL && dateline_in (matches, language, 0, 0, DATELINE_HEAD, &dateline))
    {
      g_array_set_size (matches, 0);
      run_rules (utf8, toks, 0, toks->len, language, &dateline, matches);
      published = &dateline;
    }
  redate_later_stories (utf8, toks, language, published, matches);
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
