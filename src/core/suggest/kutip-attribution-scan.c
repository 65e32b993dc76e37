/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution-scan.c: one pass over UTF-8 text into words, punctuation
 * and quotation marks, with capitalisation, sentence starts and the lexicon
 * classes of the text's language. No allocation per character. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

static inline gunichar
next_char (const char *p,
           const char *end,
           int        *len)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  else
    {
      gunichar u = g_utf8_get_char_validated (p, end - p);

      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          *len = 1;
          return 0xFFFD;
        }
      *len = g_utf8_skip[c];
      return u;
    }
}

/* Classes of bytes, filled once: ASCII letters, digits and spaces; bytes
 * of multi-byte characters have none (the 256 entries spare a test). */
enum
{
  A_ALPHA = 1 << 0, /* bit 0, so that (k & A_ALPHA) counts letters */
  A_WORD  = 1 << 1, /* letter or digit */
  A_UPPER = 1 << 2,
  A_LOWER = 1 << 3, /* a letter that is not upper case */
  A_SPACE = 1 << 4,
};

static guint8 ascii_class[256];
static guchar ascii_lower[256];

static void
init_ascii_class (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (int c = 0; c < 128; c++)
        ascii_class[c] = (g_ascii_isalnum (c) ? A_WORD : 0)
                         | (g_ascii_isalpha (c) ? A_ALPHA : 0)
                         | (g_ascii_isupper (c) ? A_UPPER : 0)
                         | (g_ascii_islower (c) ? A_LOWER : 0)
                         | ((c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                             || c == '\v') ? A_SPACE : 0);
      for (int c = 0; c < 256; c++)
        ascii_lower[c] = (guchar) g_ascii_tolower (c);
      g_once_init_leave (&done, 1);
    }
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return (ascii_class[c] & A_WORD) != 0;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return (ascii_class[c] & A_SPACE) != 0;
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF;
}

static AttQuoteMark
quote_mark (gunichar c)
{
  switch (c)
    {
    case 0x201C: case 0x201E: case 0x201F: return ATT_Q_DOUBLE_OPEN;
    case 0x201D: return ATT_Q_DOUBLE_CLOSE;
    case '"': return ATT_Q_STRAIGHT;
    case 0x2018: case 0x201A: case 0x201B: return ATT_Q_SINGLE_OPEN;
    case 0x2019: return ATT_Q_SINGLE_CLOSE;
    case 0x00AB: case 0x2039: return ATT_Q_GUILL_OPEN;
    case 0x00BB: case 0x203A: return ATT_Q_GUILL_CLOSE;
    default: return ATT_Q_NONE;
    }
}

/* Scans one word starting at @p; returns its end. Joins "Jean-Pierre",
 * "Ma’ruf", "Clinton's", "2.880" and "85,5" into one word. Sets *@ascii
 * when the word is all ASCII, and *@hash to the lexicon hash of its
 * lower-cased bytes then. */
static const char *
scan_word (const char *p,
           const char *end,
           guint16    *flags,
           guint32    *hash,
           gboolean   *ascii)
{
  int n_letters = 0, len;
  guint lower_seen = 0; /* A_LOWER: a letter that is not upper case */
  guint32 h = KUTIP_HASH_INIT;
  gboolean only_ascii = TRUE;
  gunichar c = next_char (p, end, &len);

  if (c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c))
    *flags |= ATT_F_DIGIT;
  else if (c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c) || g_unichar_istitle (c))
    *flags |= ATT_F_CAP;

  while (p < end)
    {
      guchar b = (guchar) *p;
      guint8 k = ascii_class[b];

      /* The common case: a run of ASCII letters and digits. */
      if (k & A_WORD)
        {
          do
            {
              n_letters += k & A_ALPHA;
              lower_seen |= k;
              h = kutip_hash_step (h, ascii_lower[b]);
              p++;
            }
          while (p < end && ((k = ascii_class[b = (guchar) *p]) & A_WORD));
          continue;
        }
      if (b < 0x80)
        {
          c = b;
          len = 1;
        }
      else
        {
          c = next_char (p, end, &len);
          if (is_word_char (c))
            {
              if (g_unichar_isalpha (c))
                {
                  n_letters++;
                  if (!g_unichar_isupper (c))
                    lower_seen |= A_LOWER;
                }
              only_ascii = FALSE;
              p += len;
              continue;
            }
        }
      /* Connectors inside a word: a letter or digit must follow. */
      if (c == '-' || c == '\'' || c == 0x2019 || c == '.' || c == ',')
        {
          int len2;
          gunichar d;

          if (p + len >= end)
            break;
          d = next_char (p + len, end, &len2);
          if (!is_word_char (d))
            break;
          if (c == ',' && !(g_ascii_isdigit (p[-1]) && g_ascii_isdigit (d)))
            break;
          if (c == '.' && !(g_ascii_isdigit (p[-1]) && g_ascii_isdigit (d))
              && !(g_ascii_isupper (p[-1]) && g_ascii_isupper (d)))
            break;
          if (c < 0x80)
            h = kutip_hash_step (h, (guchar) c);
          else
            only_ascii = FALSE;
          p += len;
          continue;
        }
      break;
    }
  if (n_letters >= 2 && !(lower_seen & A_LOWER))
    *flags |= ATT_F_ALL_CAPS;
  *hash = h;
  *ascii = only_ascii;
  return p;
}

/* Tokens are written in place into ctx->toks, grown by doubling, and the
 * array is trimmed to the count at the end: no per-token call into GArray. */
typedef struct
{
  AttContext *ctx;
  AttTok     *toks;
  guint       n;
  guint       capacity;
} TokWriter;

static void
writer_grow (TokWriter *w)
{
  w->capacity = MAX (64, w->capacity * 2);
  g_array_set_size (w->ctx->toks, w->capacity);
  w->toks = &g_array_index (w->ctx->toks, AttTok, 0);
}

static inline void
push (TokWriter   *w,
      gsize        start,
      gsize        end,
      AttTokKind   kind,
      AttQuoteMark quote,
      guint16      flags)
{
  AttContext *ctx = w->ctx;
  AttTok t = { (guint32) start, (guint32) end, kind, quote, flags, 0 };

  if (kind == ATT_TOK_QUOTE)
    ctx->n_quote_marks++;
  else if (kind == ATT_TOK_PUNCT && ctx->text[start] == ':')
    ctx->has_colon = TRUE;
  if (w->n == w->capacity)
    writer_grow (w);
  w->toks[w->n++] = t;
}

static inline void
push_word (TokWriter *w,
           gsize      start,
           gsize      end,
           guint16    flags,
           guint32    hash,
           gboolean   ascii)
{
  AttContext *ctx = w->ctx;
  AttTok t = { (guint32) start, (guint32) end, ATT_TOK_WORD, ATT_Q_NONE, flags, 0 };

  /* The lexicon holds ASCII words only. */
  if (ascii && kutip_word_table_may_have (ctx->lexicon, hash))
    {
      t.lex = kutip_word_table_lookup_hashed (ctx->lexicon, ctx->text + start, end - start, hash);
      ctx->lex_seen |= t.lex;
      if ((t.lex & LEX_CUE_AFTER_COMMA) && w->n > 0 && w->toks[w->n - 1].kind == ATT_TOK_PUNCT
          && ctx->text[w->toks[w->n - 1].start] == ',')
        ctx->cue_after_comma = TRUE;
    }
  if (w->n == w->capacity)
    writer_grow (w);
  w->toks[w->n++] = t;
}

static gboolean
ends_sentence (AttContext *ctx,
               guint       i)
{
  AttTok *t = ATT_TOK (ctx, i);
  char c = ctx->text[t->start];
  guint n = ctx->toks->len;
  guint j;

  if (t->kind != ATT_TOK_PUNCT)
    return FALSE;
  if (c == '!' || c == '?')
    return TRUE;
  if (c != '.' && !(t->end - t->start == 3 && memcmp (ctx->text + t->start, "…", 3) == 0))
    return FALSE;
  if (c == '.' && i > 0)
    {
      AttTok *prev = ATT_TOK (ctx, i - 1);

      if (prev->kind == ATT_TOK_WORD && prev->end == t->start)
        {
          if (prev->lex & LEX_ABBREV)
            return FALSE;
          /* "Dr.", "Jl.", "Sen. Graham": the profiles' abbreviations that
           * qualify what follows ("dll." and "Inc." end a sentence before a
           * capital, as any word does). */
          if (!(prev->flags & ATT_F_ALL_CAPS) && prev->end - prev->start <= KUTIP_WORD_MAX)
            switch (kutip_language_abbreviation (NULL, ctx->text + prev->start,
                                                 prev->end - prev->start))
              {
              case KUTIP_ABBREVIATION_FIXED:
                return FALSE;
              case KUTIP_ABBREVIATION_CAPITAL_FIXED:
                if (prev->flags & ATT_F_CAP)
                  return FALSE;
                break;
              default:
                break;
              }
          /* An initial: "M. Fadil", "J. Smith". */
          if (prev->end - prev->start == 1 && (prev->flags & ATT_F_CAP))
            return FALSE;
        }
    }
  /* The next real token must look like a new sentence. */
  for (j = i + 1; j < n; j++)
    {
      AttTok *next = ATT_TOK (ctx, j);

      if (next->kind == ATT_TOK_QUOTE || (next->kind == ATT_TOK_PUNCT
                                           && ctx->text[next->start] == ')'))
        continue;
      if (next->kind == ATT_TOK_PARA)
        return TRUE;
      if (!(next->flags & ATT_F_SPACE_PRE) && j == i + 1)
        return FALSE;
      return (next->flags & (ATT_F_CAP | ATT_F_DIGIT)) != 0
             || next->kind == ATT_TOK_PUNCT;
    }
  return TRUE;
}

/* A lone line break inside a hard-wrapped paragraph ("di Gaza,\nkemajuan")
 * is a space; a blank line, or a break after a sentence's end or after a
 * short line (a headline, a dateline), starts a paragraph. */
static gboolean
is_soft_break (const char *text,
               const char *nl,
               const char *end)
{
  const char *q = nl + 1;
  const char *b = nl;
  const char *line;

  while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
    q++;
  if (q >= end || *q == '\n')
    return FALSE;

  while (b > text && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
    b--;
  if (b == text)
    return FALSE;
  if (b[-1] == '.' || b[-1] == '!' || b[-1] == '?' || b[-1] == ':' || b[-1] == '"')
    return FALSE;
  /* ” and » end a quotation: U+201D is E2 80 9D, U+00BB is C2 BB. */
  if (b - text >= 3 && (guchar) b[-3] == 0xE2 && (guchar) b[-2] == 0x80 && (guchar) b[-1] == 0x9D)
    return FALSE;
  if (b - text >= 2 && (guchar) b[-2] == 0xC2 && (guchar) b[-1] == 0xBB)
    return FALSE;

  line = b;
  while (line > text && line[-1] != '\n')
    line--;
  return b - line >= 40;
}

void
att_tokenize (AttContext *ctx)
{
  const char *text = ctx->text;
  const char *p = text;
  const char *end = text + ctx->n_bytes;
  guint16 pending = ATT_F_SPACE_PRE;
  TokWriter w = { ctx, NULL, 0, 0 };

  init_ascii_class ();

  ctx->lex_seen = 0;
  ctx->n_quote_marks = 0;
  ctx->has_colon = FALSE;
  ctx->cue_after_comma = FALSE;
  w.capacity = (guint) MIN (ctx->n_bytes / 5 + 16, G_MAXUINT / 4);
  g_array_set_size (ctx->toks, w.capacity);
  w.toks = &g_array_index (ctx->toks, AttTok, 0);

  while (p < end)
    {
      int len;
      gunichar c = next_char (p, end, &len);
      AttQuoteMark q;

      if (is_space (c))
        {
          if ((c == '\n' && !is_soft_break (text, p, end)) || c == 0x2029)
            {
              if (w.n == 0 || w.toks[w.n - 1].kind != ATT_TOK_PARA)
                push (&w, p - text, p - text + len, ATT_TOK_PARA, ATT_Q_NONE, 0);
            }
          pending |= ATT_F_SPACE_PRE;
          p += len;
          continue;
        }

      if (is_word_char (c))
        {
          guint16 flags = pending;
          guint32 hash;
          gboolean ascii;
          const char *w_end = scan_word (p, end, &flags, &hash, &ascii);

          push_word (&w, p - text, w_end - text, flags, hash, ascii);
          p = w_end;
        }
      else if ((c == '\'' || c == '`') && p + 1 < end && p[1] == (char) c)
        {
          /* '' and `` stand for double quotes in some newswire text. */
          push (&w, p - text, p - text + 2, ATT_TOK_QUOTE,
                c == '`' ? ATT_Q_DOUBLE_OPEN : ATT_Q_STRAIGHT, pending);
          p += 2;
        }
      else if ((q = quote_mark (c)) != ATT_Q_NONE)
        {
          push (&w, p - text, p - text + len, ATT_TOK_QUOTE, q, pending);
          p += len;
        }
      else
        {
          int n = len;

          if (c == '.' && p + 2 < end && p[1] == '.' && p[2] == '.')
            n = 3;
          push (&w, p - text, p - text + n, ATT_TOK_PUNCT, ATT_Q_NONE, pending);
          p += n;
        }
      pending = 0;
    }
  g_array_set_size (ctx->toks, w.n);
}

/* Sentence starts: after a paragraph break or sentence-final punctuation,
 * the first token that is not a closing mark. A separate pass, so that a
 * text the finder skips after tokenizing does not pay for it. */
void
att_mark_sentences (AttContext *ctx)
{
  gboolean new_sentence = TRUE;

  for (guint i = 0; i < ctx->toks->len; i++)
    {
      AttTok *t = ATT_TOK (ctx, i);

      if (t->kind == ATT_TOK_PARA)
        {
          new_sentence = TRUE;
          continue;
        }
      if (new_sentence)
        {
          gboolean closing = (t->kind == ATT_TOK_QUOTE
                              && !(t->flags & ATT_F_SPACE_PRE)
                              && (t->quote == ATT_Q_DOUBLE_CLOSE
                                  || t->quote == ATT_Q_STRAIGHT
                                  || t->quote == ATT_Q_SINGLE_CLOSE));

          if (!closing)
            {
              t->flags |= ATT_F_SENT_START;
              new_sentence = FALSE;
            }
        }
      if (ends_sentence (ctx, i))
        {
          t->flags |= ATT_F_SENT_END;
          new_sentence = TRUE;
        }
    }
}

gboolean
att_word_is (AttContext *ctx,
             guint       i,
             const char *lower)
{
  AttTok *t;
  gsize len = strlen (lower);

  if (i >= ctx->toks->len)
    return FALSE;
  t = ATT_TOK (ctx, i);
  return t->kind == ATT_TOK_WORD && t->end - t->start == len
         && g_ascii_strncasecmp (ctx->text + t->start, lower, len) == 0;
}

gboolean
att_punct_is (AttContext *ctx,
              guint       i,
              char        c)
{
  AttTok *t;

  if (i >= ctx->toks->len)
    return FALSE;
  t = ATT_TOK (ctx, i);
  return t->kind == ATT_TOK_PUNCT && ctx->text[t->start] == c;
}

/* Index one past the last token of the sentence holding @i. */
guint
att_sentence_end (AttContext *ctx,
                  guint       i)
{
  guint n = ctx->toks->len;

  for (i = i + 1; i < n; i++)
    {
      AttTok *t = ATT_TOK (ctx, i);

      if ((t->flags & ATT_F_SENT_START) || t->kind == ATT_TOK_PARA)
        return i;
    }
  return n;
}

/* Index of the first token of the sentence holding @i. */
guint
att_sentence_start (AttContext *ctx,
                    guint       i)
{
  while (i > 0)
    {
      AttTok *t = ATT_TOK (ctx, i);

      if (t->flags & ATT_F_SENT_START)
        return i;
      if (ATT_TOK (ctx, i - 1)->kind == ATT_TOK_PARA)
        return i;
      i--;
    }
  return 0;
}
