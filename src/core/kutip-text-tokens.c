/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text-tokens.c: word tokens for Indonesian and English news.
 *
 * One pass over the UTF-8 bytes, classifying each character by its Unicode
 * general category (utf8proc) and appending KutipToken structs to a GArray:
 * no allocation per token. Tokens carry private flag bits (above 16) that
 * the sentence splitter (kutip-text-sentences.c) reads; kutip_text_tokenize()
 * masks them off.
 *
 * Conventions the rules follow:
 * - inside a word, "-" joins letters and digits ("anak-anak", "COVID-19"),
 *   "'" and "’" join letters ("Jum'at"), "." joins letters ("Kompas.com",
 *   "U.S"), and ".", ",", ":" and "/" join digits ("85,5", "10.00", "21/2/2022");
 * - a word keeps a following "." when it is an abbreviation: a single capital
 *   (an initial), dotted short letter groups ("U.S.", "a.m."), or one of the
 *   language profiles' abbreviations (kutip-language.h);
 * - English clitics ('s, 're, 've, 'll, 'd, 'm, n't) become their own token;
 * - a quote mark opens or closes by what touches it (space before and a
 *   letter after opens); when the context says nothing the mark's own
 *   category decides, and a straight quote closes the one left open. */

#define G_LOG_DOMAIN "kutip-text"

#include "config.h"

#include <string.h>

#include <utf8proc.h>

#include "kutip-language.h"
#include "kutip-text.h"
#include "kutip-text-private.h"

typedef enum
{
  CC_SPACE,
  CC_SEPARATOR,   /* invisible word separators and other controls */
  CC_UPPER,       /* Lu, Lt */
  CC_LOWER,       /* Ll */
  CC_LETTER,      /* Lm, Lo */
  CC_DIGIT,       /* Nd */
  CC_NUMBER,      /* Nl, No: ², ½, Ⅻ */
  CC_MARK,        /* Mn, Mc, Me */
  CC_JOINER,      /* Cf inside words: ZWJ, ZWNJ, soft hyphen, bidi marks */
  CC_OPEN,        /* Ps */
  CC_CLOSE,       /* Pe */
  CC_INITIAL,     /* Pi */
  CC_FINAL,       /* Pf */
  CC_DASH,        /* Pd */
  CC_PUNCT,       /* Po, Pc */
  CC_SYMBOL,      /* S*, Co, Cn */
} CharClass;

#define IS_LETTER(cc) ((cc) == CC_UPPER || (cc) == CC_LOWER || (cc) == CC_LETTER)
#define IS_NUMERIC(cc) ((cc) == CC_DIGIT || (cc) == CC_NUMBER)
#define IS_ALNUM(cc) (IS_LETTER (cc) || IS_NUMERIC (cc))

static CharClass
classify_slow (gunichar c)
{
  /* ZERO WIDTH SPACE, WORD JOINER and the BOM: invisible, not white space. */
  if (c == 0x200B || c == 0x2060 || c == 0xFEFF)
    return CC_SEPARATOR;
  if (_kutip_unichar_is_space (c))
    return CC_SPACE;

  switch (utf8proc_category ((utf8proc_int32_t) c))
    {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CC_UPPER;
    case UTF8PROC_CATEGORY_LL:
      return CC_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CC_LETTER;
    case UTF8PROC_CATEGORY_ND:
      return CC_DIGIT;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CC_NUMBER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CC_MARK;
    case UTF8PROC_CATEGORY_CF:
      return CC_JOINER;
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CC_SEPARATOR;
    case UTF8PROC_CATEGORY_PS:
      return CC_OPEN;
    case UTF8PROC_CATEGORY_PE:
      return CC_CLOSE;
    case UTF8PROC_CATEGORY_PI:
      return CC_INITIAL;
    case UTF8PROC_CATEGORY_PF:
      return CC_FINAL;
    case UTF8PROC_CATEGORY_PD:
      return CC_DASH;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PO:
      return CC_PUNCT;
    default:
      return CC_SYMBOL;
    }
}

/* Returns: TOK_ABBREV_FIXED, TOK_ABBREV_FINAL or 0 for the ASCII @word of
 * @len bytes. The abbreviations are the language profiles' (a text does not
 * know its language: every profile's count); CAPITAL_FIXED ones are FIXED
 * when capitalised ("No. 5", "Sen. Graham") and FINAL when not ("he said
 * no. Then"). Never a word in capitals: "PK." is an acronym, not "pk." for
 * pukul. */
static guint
abbreviation_kind (const guchar *word,
                   gsize         len)
{
  gboolean all_upper = len >= 2;

  for (gsize i = 0; i < len; i++)
    all_upper = all_upper && g_ascii_isupper (word[i]);
  if (all_upper)
    return 0;

  switch (kutip_language_abbreviation (NULL, (const char *) word, len))
    {
    case KUTIP_ABBREVIATION_FIXED:
      return TOK_ABBREV_FIXED;
    case KUTIP_ABBREVIATION_FINAL:
      return TOK_ABBREV_FINAL;
    case KUTIP_ABBREVIATION_CAPITAL_FIXED:
      return g_ascii_isupper (word[0]) ? TOK_ABBREV_FIXED : TOK_ABBREV_FINAL;
    case KUTIP_ABBREVIATION_NONE:
    default:
      return 0;
    }
}

static guint8 ascii_class[128];

static void
init_ascii_class (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (gunichar c = 0; c < 128; c++)
        ascii_class[c] = (guint8) classify_slow (c);
      g_once_init_leave (&done, 1);
    }
}

static inline CharClass
classify (gunichar c)
{
  return c < 128 ? (CharClass) ascii_class[c] : classify_slow (c);
}

/* Decodes one character of valid UTF-8 (KutipText guarantees it). */
static inline gunichar
decode (const guchar *p,
        guint        *len)
{
  guchar b = p[0];

  if (b < 0x80)
    {
      *len = 1;
      return b;
    }
  if (b < 0xE0)
    {
      *len = 2;
      return ((gunichar) (b & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if (b < 0xF0)
    {
      *len = 3;
      return ((gunichar) (b & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  *len = 4;
  return ((gunichar) (b & 0x07) << 18) | ((gunichar) (p[1] & 0x3F) << 12) |
         ((gunichar) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

gboolean
_kutip_unichar_quote_kind (gunichar   c,
                           QuoteKind *kind)
{
  switch (c)
    {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
      *kind = QUOTE_DOUBLE;
      return TRUE;
    case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
      *kind = QUOTE_SINGLE;
      return TRUE;
    case 0x00AB: case 0x00BB:
      *kind = QUOTE_ANGLE;
      return TRUE;
    case 0x2039: case 0x203A:
      *kind = QUOTE_SINGLE_ANGLE;
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_terminal_char (gunichar c)
{
  switch (c)
    {
    case '.': case '!': case '?':
    case 0x2026: /* … */
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: /* ‼ ⁇ ⁈ ⁉ */
    case 0x3002: case 0xFF01: case 0xFF0E: case 0xFF1F: case 0xFF61:
    case 0x061F: case 0x06D4: case 0x0964: case 0x0965:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_word_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

typedef struct
{
  const guchar *range_start;
  const guchar *end;         /* end of the tokenized range */
  const guchar *text_end;
  GArray       *out;
  guint         mask;
  guint         newlines;    /* line breaks in the current whitespace run */
  guint         open_quotes[4];
} Tokenizer;

static inline void
emit (Tokenizer *tk,
      guint      start,
      guint      end,
      guint      flags)
{
  KutipToken tok = { start, end, 0 };

  if (tk->newlines >= 2)
    flags |= TOK_PARA_BEFORE;
  tk->newlines = 0;
  tok.flags = flags & tk->mask;
  g_array_append_val (tk->out, tok);
}

static inline guint
start_case_flags (CharClass cc)
{
  return cc == CC_UPPER ? TOK_UPPER_START : cc == CC_LOWER ? TOK_LOWER_START : 0;
}

/* Extends a token over following grapheme extenders (a variation selector
 * after "!", a skin tone after a letter). */
static inline const guchar *
absorb_extenders (Tokenizer    *tk,
                  const guchar *p,
                  guint        *cp)
{
  while (p < tk->end)
    {
      guint len;
      gunichar c = decode (p, &len);

      if (c < 0x300 || !_kutip_unichar_is_cluster_extender (c))
        break;
      p += len;
      (*cp)++;
    }
  return p;
}

/* Scans a word or number starting at @p (code point @cp) and emits it,
 * with its clitic or abbreviation period. Returns the end. */
static const guchar *
scan_word (Tokenizer    *tk,
           const guchar *p,
           guint         cp)
{
  const guchar *q = p;
  guint qcp = cp;
  CharClass first = CC_SYMBOL;
  CharClass last = CC_SYMBOL;     /* last letter or digit class seen */
  gboolean has_letter = FALSE;
  gboolean has_digit = FALSE;
  gboolean all_upper = TRUE;
  guint n_letters = 0;
  guint n_dots = 0;               /* "." between letters */
  guint seg = 0, max_seg = 0;     /* letters per dot-separated group */
  const guchar *apos = NULL;      /* last joined apostrophe */
  guint apos_cp = 0;
  guint flags;

  while (q < tk->end)
    {
      guint len, nlen;
      gunichar c = decode (q, &len);
      CharClass cc = classify (c);
      gunichar n;
      CharClass nc;
      gboolean join = FALSE;

      if (IS_ALNUM (cc))
        {
          if (first == CC_SYMBOL)
            first = cc;
          if (IS_LETTER (cc))
            {
              has_letter = TRUE;
              n_letters++;
              seg++;
              if (cc != CC_UPPER)
                all_upper = FALSE;
              last = CC_LETTER;
            }
          else
            {
              has_digit = TRUE;
              last = CC_DIGIT;
            }
          q += len;
          qcp++;
          continue;
        }
      if (cc == CC_MARK || cc == CC_JOINER ||
          (c >= 0x300 && _kutip_unichar_is_cluster_extender (c)))
        {
          q += len;
          qcp++;
          continue;
        }

      /* A joining punctuation mark needs a letter or digit on both sides. */
      if (q + len >= tk->end || last == CC_SYMBOL)
        break;
      n = decode (q + len, &nlen);
      nc = classify (n);

      if (c == '.')
        {
          if (last == CC_LETTER && IS_LETTER (nc))
            {
              join = TRUE;
              n_dots++;
              max_seg = MAX (max_seg, seg);
              seg = 0;
            }
          else
            join = last == CC_DIGIT && nc == CC_DIGIT;
        }
      else if (c == ',' || c == ':')
        join = last == CC_DIGIT && nc == CC_DIGIT;
      else if (c == '/' || is_word_hyphen (c))
        join = IS_ALNUM (nc);
      else if (c == '\'' || c == 0x2019)
        {
          join = last == CC_LETTER && IS_LETTER (nc);
          if (join)
            {
              apos = q;
              apos_cp = qcp;
            }
        }

      if (!join)
        break;
      q += len;
      qcp++;
    }

  max_seg = MAX (max_seg, seg);
  flags = KUTIP_TOKEN_WORD | start_case_flags (first);
  if (has_digit && !has_letter)
    flags |= KUTIP_TOKEN_NUMBER;

  /* English clitics: "Biden's" → "Biden" "'s", "don't" → "do" "n't". */
  if (apos != NULL && !has_digit && n_dots == 0)
    {
      gsize suffix_len = (gsize) (q - apos);
      guint alen;
      char suffix[4] = { 0 };
      guint split = 0;

      decode (apos, &alen);
      suffix_len -= alen;
      if (suffix_len >= 1 && suffix_len <= 2)
        {
          for (gsize i = 0; i < suffix_len; i++)
            suffix[i] = g_ascii_tolower ((char) apos[alen + i]);

          if (strcmp (suffix, "s") == 0 || strcmp (suffix, "re") == 0 ||
              strcmp (suffix, "ve") == 0 || strcmp (suffix, "ll") == 0 ||
              strcmp (suffix, "d") == 0 || strcmp (suffix, "m") == 0)
            split = apos_cp;
          else if (strcmp (suffix, "t") == 0 && apos_cp >= cp + 2 &&
                   (apos[-1] == 'n' || apos[-1] == 'N'))
            split = apos_cp - 1;
        }

      if (split > cp)
        {
          emit (tk, cp, split, flags & ~KUTIP_TOKEN_NUMBER);
          emit (tk, split, qcp, KUTIP_TOKEN_WORD | TOK_LOWER_START);
          return q;
        }
    }

  /* An abbreviation keeps its period (but "dll..." keeps its ellipsis). */
  if (q < tk->end && *q == '.' && has_letter && (q + 1 >= tk->end || q[1] != '.'))
    {
      guint abbrev = 0;

      if (n_dots > 0 && max_seg <= 3 && !has_digit)
        abbrev = all_upper ? TOK_ABBREV_FIXED : TOK_ABBREV_FINAL;
      else if (n_letters == 1 && first == CC_UPPER && !has_digit && n_dots == 0)
        abbrev = TOK_ABBREV_FIXED;
      else if (n_dots == 0 && !has_digit)
        abbrev = abbreviation_kind (p, (gsize) (q - p));

      if (abbrev != 0)
        {
          qcp++;
          q = absorb_extenders (tk, q + 1, &qcp);
          flags |= abbrev;
        }
    }

  emit (tk, cp, qcp, flags);
  return q;
}

/* The character before @p, or 0 at the start of the range. */
static gunichar
char_before (Tokenizer    *tk,
             const guchar *p)
{
  guint len;

  if (p <= tk->range_start)
    return 0;
  return decode ((const guchar *) g_utf8_prev_char ((const char *) p), &len);
}

static const guchar *
scan_quote (Tokenizer    *tk,
            const guchar *p,
            guint         cp,
            gunichar      c,
            guint         len,
            QuoteKind     kind)
{
  gunichar before = char_before (tk, p);
  CharClass bc = before == 0 ? CC_SPACE : classify (before);
  gunichar after = 0;
  CharClass ac = CC_SPACE;
  gboolean left_open, right_open, opening;
  guint flags = KUTIP_TOKEN_PUNCT | ((guint) kind << TOK_QUOTE_KIND_SHIFT);
  guint cp_end = cp + 1;
  const guchar *q = p + len;
  QuoteKind bkind;

  if (q < tk->end)
    {
      guint alen;

      after = decode (q, &alen);
      ac = classify (after);
    }

  left_open = bc == CC_SPACE || bc == CC_SEPARATOR || bc == CC_OPEN || bc == CC_INITIAL ||
              bc == CC_DASH;
  /* Right after a quote that opened ("‘ inside “"), it is open too. */
  if (!left_open && _kutip_unichar_quote_kind (before, &bkind) && tk->out->len > 0)
    {
      const KutipToken *prev = &g_array_index (tk->out, KutipToken, tk->out->len - 1);

      left_open = prev->end == cp && (prev->flags & KUTIP_TOKEN_OPEN_QUOTE);
    }
  right_open = ac == CC_SPACE || ac == CC_SEPARATOR || ac == CC_PUNCT || ac == CC_CLOSE ||
               ac == CC_FINAL || ac == CC_DASH;

  if (left_open != right_open)
    opening = left_open;
  else if (c == '"' || c == '\'')
    opening = tk->open_quotes[kind] == 0;
  else
    {
      utf8proc_category_t cat = utf8proc_category ((utf8proc_int32_t) c);

      opening = cat == UTF8PROC_CATEGORY_PI || cat == UTF8PROC_CATEGORY_PS;
    }

  if (opening)
    {
      flags |= KUTIP_TOKEN_OPEN_QUOTE;
      tk->open_quotes[kind]++;
    }
  else if (tk->open_quotes[kind] > 0)
    {
      flags |= KUTIP_TOKEN_CLOSE_QUOTE;
      tk->open_quotes[kind]--;
    }
  else if (kind != QUOTE_SINGLE)
    flags |= KUTIP_TOKEN_CLOSE_QUOTE;
  /* else: a lone ’ or ' after a word ("Smiths’") is an apostrophe. */

  q = absorb_extenders (tk, q, &cp_end);
  emit (tk, cp, cp_end, flags);
  return q;
}

/* A run of the same character (dashes) or of sentence-ending marks. */
static const guchar *
scan_punct (Tokenizer    *tk,
            const guchar *p,
            guint         cp,
            gunichar      c,
            guint         len,
            CharClass     cc)
{
  const guchar *q = p + len;
  guint qcp = cp + 1;
  guint flags = KUTIP_TOKEN_PUNCT;

  if (is_terminal_char (c))
    {
      gboolean ellipsis = c == 0x2026;
      gboolean other = c != '.' && c != 0x2026;
      guint dots = c == '.';

      while (q < tk->end)
        {
          guint nlen;
          gunichar n = decode (q, &nlen);

          if (!is_terminal_char (n))
            break;
          ellipsis = ellipsis || n == 0x2026;
          other = other || (n != '.' && n != 0x2026);
          dots += n == '.';
          q += nlen;
          qcp++;
        }
      flags |= TOK_TERMINATOR;
      if (!other && (ellipsis || dots >= 2))
        flags |= TOK_ELLIPSIS;
    }
  else if (cc == CC_DASH)
    {
      flags |= KUTIP_TOKEN_DASH;
      while (q < tk->end)
        {
          guint nlen;

          if (decode (q, &nlen) != c)
            break;
          q += nlen;
          qcp++;
        }
    }
  else if (cc == CC_OPEN)
    flags |= TOK_OPEN_BRACKET;
  else if (cc == CC_CLOSE)
    flags |= TOK_CLOSE_BRACKET;

  q = absorb_extenders (tk, q, &qcp);
  emit (tk, cp, qcp, flags);
  return q;
}

/* One grapheme cluster of symbols: an emoji ZWJ sequence, a flag. */
static const guchar *
scan_symbol (Tokenizer    *tk,
             const guchar *p,
             guint         cp,
             gunichar      c,
             guint         len)
{
  const guchar *q = p + len;
  guint qcp = cp + 1;
  utf8proc_int32_t state = UTF8PROC_BOUNDCLASS_START;
  gunichar prev = c;

  while (q < tk->end)
    {
      guint nlen;
      gunichar n = decode (q, &nlen);

      if (utf8proc_grapheme_break_stateful ((utf8proc_int32_t) prev,
                                            (utf8proc_int32_t) n, &state))
        break;
      prev = n;
      q += nlen;
      qcp++;
    }

  emit (tk, cp, qcp, KUTIP_TOKEN_SYMBOL);
  return q;
}

static gboolean
starts_word (Tokenizer    *tk,
             const guchar *p)
{
  guint len;

  return p < tk->end && IS_LETTER (classify (decode (p, &len)));
}

static gboolean
starts_extender (Tokenizer    *tk,
                 const guchar *p)
{
  guint len;

  return p < tk->end && _kutip_unichar_is_cluster_extender (decode (p, &len));
}

/* Tokenizes bytes [@b0, @b1) of @base, whose first code point is @cp0,
 * appending to @out. @mask filters the flags stored. */
void
_kutip_text_tokenize_bytes (const char *base,
                            gsize       n_bytes,
                            gsize       b0,
                            gsize       b1,
                            guint       cp0,
                            guint       mask,
                            GArray     *out)
{
  Tokenizer tk = { 0 };
  const guchar *p = (const guchar *) base + b0;
  guint cp = cp0;

  init_ascii_class ();

  tk.range_start = p;
  tk.end = (const guchar *) base + b1;
  tk.text_end = (const guchar *) base + n_bytes;
  tk.out = out;
  tk.mask = mask;

  while (p < tk.end)
    {
      guint len;
      gunichar c = decode (p, &len);
      CharClass cc = classify (c);
      QuoteKind kind;

      /* Quotations do not run on past a blank line unless reopened. */
      if (tk.newlines >= 2 && cc != CC_SPACE)
        memset (tk.open_quotes, 0, sizeof tk.open_quotes);

      switch (cc)
        {
        case CC_SPACE:
        case CC_SEPARATOR:
        case CC_JOINER:
          /* A space carrying a combining mark is a visible cluster (a line
           * break is not: a mark after it stands alone). */
          if (p + len < tk.end && p[len] >= 0xCC && starts_extender (&tk, p + len) &&
              utf8proc_get_property ((utf8proc_int32_t) c)->boundclass ==
                UTF8PROC_BOUNDCLASS_OTHER)
            {
              p = scan_symbol (&tk, p, cp, c, len);
              cp = g_array_index (out, KutipToken, out->len - 1).end;
              break;
            }
          if (cc != CC_SPACE)
            {
              p += len;
              cp++;
              break;
            }
          if (out->len > 0)
            {
              KutipToken *last = &g_array_index (out, KutipToken, out->len - 1);

              if (last->end == cp)
                last->flags |= KUTIP_TOKEN_SPACE_AFTER;
            }
          if (c == '\n' || c == 0x2028 || c == 0x85 || (c == '\r' && p[1] != '\n'))
            tk.newlines++;
          else if (c == 0x2029 || c == '\f' || c == '\v')
            tk.newlines += 2;
          p += len;
          cp++;
          break;

        case CC_UPPER:
        case CC_LOWER:
        case CC_LETTER:
        case CC_DIGIT:
        case CC_NUMBER:
          p = scan_word (&tk, p, cp);
          cp = g_array_index (out, KutipToken, out->len - 1).end;
          break;

        case CC_OPEN:
        case CC_CLOSE:
        case CC_INITIAL:
        case CC_FINAL:
        case CC_DASH:
        case CC_PUNCT:
          /* "@jokowi", "#IndonesiaMaju" */
          if ((c == '@' || c == '#') && starts_word (&tk, p + 1))
            {
              guint first = out->len;
              KutipToken *tok;

              p = scan_word (&tk, p + 1, cp + 1);
              tok = &g_array_index (out, KutipToken, first);
              tok->start = cp;
              tok->flags &= ~(guint) (TOK_UPPER_START | TOK_LOWER_START);
              cp = g_array_index (out, KutipToken, out->len - 1).end;
            }
          else if (_kutip_unichar_quote_kind (c, &kind))
            {
              p = scan_quote (&tk, p, cp, c, len, kind);
              cp = g_array_index (out, KutipToken, out->len - 1).end;
            }
          else
            {
              p = scan_punct (&tk, p, cp, c, len, cc);
              cp = g_array_index (out, KutipToken, out->len - 1).end;
            }
          break;

        case CC_MARK:
        case CC_SYMBOL:
        default:
          p = scan_symbol (&tk, p, cp, c, len);
          cp = g_array_index (out, KutipToken, out->len - 1).end;
          break;
        }
    }

  /* Whitespace just past the range still counts for the last token. */
  if (out->len > 0 && tk.end < tk.text_end)
    {
      KutipToken *last = &g_array_index (out, KutipToken, out->len - 1);
      guint len;

      if (last->end == cp && _kutip_unichar_is_space (decode (tk.end, &len)))
        last->flags |= KUTIP_TOKEN_SPACE_AFTER;
    }
}

GArray *
_kutip_token_array_new (gsize n_bytes)
{
  /* News text runs five to seven bytes per token; GArray grows past this. */
  return g_array_sized_new (FALSE, FALSE, sizeof (KutipToken),
                            (guint) MIN (n_bytes / 5 + 16, 1u << 23));
}

/**
 * kutip_text_tokenize:
 * @start: first code point of the range
 * @end: end of the range (exclusive)
 *
 * Splits text[@start:@end] into word, number, punctuation and symbol tokens
 * in one pass. The range is tokenized as if it were the whole text, except
 * that %KUTIP_TOKEN_SPACE_AFTER on the last token looks past @end.
 *
 * Returns: (transfer full) (element-type KutipToken): the tokens in order.
 */
GArray *
kutip_text_tokenize (KutipText *self,
                     guint      start,
                     guint      end)
{
  const char *utf8;
  gsize n_bytes = 0;
  gsize b0, b1;
  GArray *tokens;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (start <= end && end <= kutip_text_get_length (self), NULL);

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  b0 = kutip_text_offset_to_byte (self, start);
  b1 = kutip_text_offset_to_byte (self, end);
  tokens = _kutip_token_array_new (b1 - b0);
  _kutip_text_tokenize_bytes (utf8, n_bytes, b0, b1, start, TOK_PUBLIC_MASK, tokens);

  return tokens;
}
