/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text-tokens.c: word tokens and sentences for Indonesian and English news.
 *
 * One pass over the UTF-8 bytes, classifying each character by its Unicode
 * general category (utf8proc) and appending KutipToken structs to a GArray:
 * no allocation per token. Tokens carry private flag bits (above 16) that
 * the sentence splitter reads; kutip_text_tokenize() masks them off.
 *
 * Conventions the rules follow:
 * - inside a word, "-" joins letters and digits ("anak-anak", "COVID-19"),
 *   "'" and "’" join letters ("Jum'at"), "." joins letters ("Kompas.com",
 *   "U.S"), and ".", ",", ":" and "/" join digits ("85,5", "10.00", "21/2/2022");
 * - a word keeps a following "." when it is an abbreviation: a single capital
 *   (an initial), dotted short letter groups ("U.S.", "a.m."), or one of a
 *   short list of Indonesian and English abbreviations;
 * - English clitics ('s, 're, 've, 'll, 'd, 'm, n't) become their own token;
 * - a quote mark opens or closes by what touches it (space before and a
 *   letter after opens); when the context says nothing the mark's own
 *   category decides, and a straight quote closes the one left open. */

#define G_LOG_DOMAIN "kutip-text"

#include "config.h"

#include <string.h>

#include <utf8proc.h>

#include "kutip-text.h"
#include "kutip-text-private.h"

/* Private token flags, never returned by kutip_text_tokenize(). */
enum
{
  TOK_ABBREV_FIXED  = 1 << 16, /* "Dr.", "Jl.", "B.", "U.S.": never ends a sentence */
  TOK_ABBREV_FINAL  = 1 << 17, /* "dll.", "a.m.", "Inc.": ends one before a capital */
  TOK_TERMINATOR    = 1 << 18, /* . ! ? and runs of them */
  TOK_ELLIPSIS      = 1 << 19, /* … or ... */
  TOK_PARA_BEFORE   = 1 << 20, /* a blank line comes before the token */
  TOK_UPPER_START   = 1 << 21,
  TOK_LOWER_START   = 1 << 22,
  TOK_OPEN_BRACKET  = 1 << 23,
  TOK_CLOSE_BRACKET = 1 << 24,
  TOK_QUOTE_KIND_SHIFT = 25,   /* two bits: QuoteKind */
};

#define TOK_PUBLIC_MASK 0xFFFFu
#define TOK_QUOTE_KIND(flags) (((flags) >> TOK_QUOTE_KIND_SHIFT) & 3u)

typedef enum
{
  QUOTE_DOUBLE,        /* " “ ” „ */
  QUOTE_SINGLE,        /* ' ‘ ’ ‚ */
  QUOTE_ANGLE,         /* « » */
  QUOTE_SINGLE_ANGLE,  /* ‹ › */
} QuoteKind;

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
      /* WORD JOINER and the BOM are invisible separators, not joiners. */
      return c == 0x2060 || c == 0xFEFF ? CC_SEPARATOR : CC_JOINER;
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

static gboolean
quote_kind_of (gunichar   c,
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

/* Abbreviations that keep their period. FIXED ones come before what they
 * qualify (titles, "Jl.", "No.") and never end a sentence; FINAL ones
 * ("dll.", "Inc.") end one when a capital follows. Matched ignoring ASCII
 * case. */
static const char * const abbrev_fixed[] = {
  "ave", "bp", "bpk", "brigjen", "capt", "col", "dr", "dra", "drg", "drs", "fig", "ft",
  "gen", "gg", "gov", "gub", "hj", "hlm", "ir", "jend", "jl", "jln", "kab", "kapt", "kec",
  "kel", "kh", "kol", "komjen", "letjen", "letkol", "lt", "maj", "mayjen", "mgr", "mr",
  "mrs", "ms", "mt", "no", "nos", "ny", "pdt", "pk", "prof", "prov", "rep", "rev", "rp",
  "sdr", "sdri", "sen", "sgt", "st", "tel", "telp", "tn", "ust", "vs", "yth",
};

static const char * const abbrev_final[] = {
  "agt", "agu", "apr", "aug", "bros", "co", "corp", "dec", "des", "dkk", "dll", "dsb",
  "dst", "etc", "feb", "inc", "jan", "jr", "jul", "jun", "ltd", "mar", "nov", "oct",
  "okt", "sbb", "sep", "sept", "sr", "tbk", "tsb",
};

static gboolean
in_list (const char * const *list,
         gsize               n,
         const char         *word)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  const char   *base;        /* the whole text */
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
    {
      flags |= TOK_PARA_BEFORE;
      memset (tk->open_quotes, 0, sizeof tk->open_quotes);
    }
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
      else if (n_letters == 1 && first == CC_UPPER && qcp - cp == 1)
        abbrev = TOK_ABBREV_FIXED;
      else if (n_dots == 0 && !has_digit && q - p <= 7)
        {
          char word[8];
          gsize wlen = (gsize) (q - p);
          gboolean ascii = TRUE;

          for (gsize i = 0; i < wlen; i++)
            {
              ascii = ascii && p[i] < 0x80;
              word[i] = g_ascii_tolower ((char) p[i]);
            }
          word[wlen] = '\0';

          if (ascii && in_list (abbrev_fixed, G_N_ELEMENTS (abbrev_fixed), word))
            abbrev = TOK_ABBREV_FIXED;
          else if (ascii && in_list (abbrev_final, G_N_ELEMENTS (abbrev_final), word))
            abbrev = TOK_ABBREV_FINAL;
        }

      if (abbrev != 0)
        {
          q++;
          qcp++;
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
  if (!left_open && quote_kind_of (before, &bkind) && tk->out->len > 0)
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

/* Tokenizes bytes [@b0, @b1) of @base, whose first code point is @cp0,
 * appending to @out. @mask filters the flags stored. */
static void
tokenize_bytes (const char *base,
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

  tk.base = base;
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

      switch (cc)
        {
        case CC_SPACE:
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

        case CC_SEPARATOR:
        case CC_JOINER:
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
          else if (quote_kind_of (c, &kind))
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

/* Decides whether the sentence ends after @term (followed by closing quotes
 * or brackets up to @last) when @next comes next. */
static gboolean
ends_sentence (const KutipToken *term,
               const KutipToken *last,
               const KutipToken *next)
{
  /* "Ya."kata dia — no space, no break. */
  if (next->start == last->end)
    return FALSE;

  /* "dll. Kemudian", "… Lalu": only before a capital or a new quotation. */
  if (term->flags & (TOK_ABBREV_FINAL | TOK_ELLIPSIS))
    return (next->flags & (TOK_UPPER_START | KUTIP_TOKEN_OPEN_QUOTE)) != 0;

  /* “Ayo!” kata dia. / "Is it over?" asked Smith. — the sentence goes on
   * after a quotation that ends with its own mark. */
  if (next->flags & TOK_LOWER_START)
    return FALSE;
  if ((next->flags & KUTIP_TOKEN_PUNCT) &&
      !(next->flags & (KUTIP_TOKEN_OPEN_QUOTE | TOK_OPEN_BRACKET)))
    return FALSE;

  return TRUE;
}

/* Splits tokens[0, n) into sentences, appending KutipSpans to @spans. */
static void
split_sentences (const KutipToken *t,
                 guint             n,
                 GArray           *spans)
{
  guint i = 0;

  while (i < n)
    {
      guint first = i;
      guint last;

      for (;;)
        {
          if (t[i].flags & (TOK_TERMINATOR | TOK_ABBREV_FINAL))
            {
              guint j = i + 1;

              /* Closing quotes and brackets stay with the sentence they end. */
              while (j < n && !(t[j].flags & TOK_PARA_BEFORE) && t[j].start == t[j - 1].end &&
                     (t[j].flags & (KUTIP_TOKEN_CLOSE_QUOTE | TOK_CLOSE_BRACKET | TOK_TERMINATOR)))
                j++;

              if (j >= n || (t[j].flags & TOK_PARA_BEFORE) ||
                  ends_sentence (&t[i], &t[j - 1], &t[j]))
                {
                  last = j - 1;
                  i = j;
                  break;
                }
              i = j;
              continue;
            }

          if (i + 1 >= n || (t[i + 1].flags & TOK_PARA_BEFORE))
            {
              last = i;
              i++;
              break;
            }
          i++;
        }

      {
        KutipSpan span = { t[first].start, t[last].end };
        g_array_append_val (spans, span);
      }
    }
}

static GArray *
token_array_new (gsize n_bytes)
{
  /* About one token per six bytes of news text; GArray grows past it. */
  return g_array_sized_new (FALSE, FALSE, sizeof (KutipToken),
                            (guint) MIN (n_bytes / 6 + 16, 1u << 22));
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
  tokens = token_array_new (b1 - b0);
  tokenize_bytes (utf8, n_bytes, b0, b1, start, TOK_PUBLIC_MASK, tokens);

  return tokens;
}

/**
 * kutip_text_sentences:
 *
 * Splits the whole text into sentences. A sentence ends at ".", "!", "?" or
 * an ellipsis followed by a new sentence (not after "Dr.", "Jl.", initials
 * or a decimal; not before "kata dia" after a quotation), and always at a
 * blank line. Closing quotes and brackets stay with the sentence they end.
 * Spans cover tokens only, never the whitespace between sentences.
 *
 * Returns: (transfer full) (element-type KutipSpan):
 */
GArray *
kutip_text_sentences (KutipText *self)
{
  g_autoptr(GArray) tokens = NULL;
  const char *utf8;
  gsize n_bytes = 0;
  GArray *spans;

  g_return_val_if_fail (self != NULL, NULL);

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  tokens = token_array_new (n_bytes);
  tokenize_bytes (utf8, n_bytes, 0, n_bytes, 0, ~0u, tokens);

  spans = g_array_sized_new (FALSE, FALSE, sizeof (KutipSpan), tokens->len / 16 + 4);
  split_sentences ((const KutipToken *) (gpointer) tokens->data, tokens->len, spans);

  return spans;
}

/* A window of text around a byte: the paragraph, or @cap bytes either side
 * when the paragraph is longer. The *_exact flags say whether an edge is a
 * real paragraph (or text) edge. */
typedef struct
{
  gsize    b0, b1;
  gboolean start_exact, end_exact;
} Window;

static gboolean
is_hspace (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

static void
find_window (const char *utf8,
             gsize       n_bytes,
             gsize       b,
             gsize       cap,
             Window     *w)
{
  gsize lo = b > cap ? b - cap : 0;
  gsize hi = n_bytes - b > cap ? b + cap : n_bytes;
  gboolean seen_newline = FALSE;
  gsize q;

  /* Backwards to a blank line: "\n" [ \t\r]* "\n". */
  w->b0 = lo;
  w->start_exact = lo == 0;
  for (q = b; q > lo; q--)
    {
      char c = utf8[q - 1];

      if (c == '\n')
        {
          if (seen_newline)
            {
              w->b0 = q - 1;
              w->start_exact = TRUE;
              break;
            }
          seen_newline = TRUE;
        }
      else if (!is_hspace (c))
        seen_newline = FALSE;
    }
  while (w->b0 > 0 && (((guchar) utf8[w->b0]) & 0xC0) == 0x80)
    w->b0++;

  /* Forwards to a blank line. */
  seen_newline = FALSE;
  w->b1 = hi;
  w->end_exact = hi == n_bytes;
  for (q = b; q < hi; q++)
    {
      char c = utf8[q];

      if (c == '\n')
        {
          if (seen_newline)
            {
              w->b1 = q;
              w->end_exact = TRUE;
              break;
            }
          seen_newline = TRUE;
        }
      else if (!is_hspace (c))
        seen_newline = FALSE;
    }
  while (w->b1 < n_bytes && (((guchar) utf8[w->b1]) & 0xC0) == 0x80)
    w->b1--;
}

static GArray *
tokenize_window (KutipText    *self,
                 const Window *w)
{
  const char *utf8;
  gsize n_bytes = 0;
  GArray *tokens;

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  tokens = token_array_new (w->b1 - w->b0);
  tokenize_bytes (utf8, n_bytes, w->b0, w->b1, kutip_text_byte_to_offset (self, w->b0),
                  ~0u, tokens);
  return tokens;
}

/* Index of the token containing @offset, else of the token ending right at
 * @offset (a caret just after a word), else -1. */
static gint
token_index_at (const KutipToken *t,
                guint             n,
                guint             offset)
{
  guint lo = 0, hi = n;

  /* First token with end > offset. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (t[mid].end > offset)
        hi = mid;
      else
        lo = mid + 1;
    }

  if (lo < n && t[lo].start <= offset)
    return (gint) lo;
  if (lo > 0 && t[lo - 1].end == offset)
    return (gint) lo - 1;
  return -1;
}

/**
 * kutip_text_word_at:
 * @word: (out): the token's span
 *
 * Finds the token (word, number, punctuation or symbol) under @offset, for
 * a double click. When @offset is just after a token (a caret at its end)
 * that token is found.
 *
 * Returns: %FALSE if @offset is in whitespace.
 */
gboolean
kutip_text_word_at (KutipText *self,
                    guint      offset,
                    KutipSpan *word)
{
  g_autoptr(GArray) tokens = NULL;
  const char *utf8;
  gsize n_bytes = 0;
  Window w;
  gsize b;
  gint i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  if (offset > kutip_text_get_length (self))
    return FALSE;

  /* Tokens never cross ASCII whitespace: a window between two is exact. */
  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  b = kutip_text_offset_to_byte (self, offset);
  w.b0 = b;
  while (w.b0 > 0 && b - w.b0 < 4096 && !g_ascii_isspace (utf8[w.b0 - 1]))
    w.b0--;
  while (w.b0 > 0 && (((guchar) utf8[w.b0]) & 0xC0) == 0x80)
    w.b0++;
  w.b1 = b;
  while (w.b1 < n_bytes && w.b1 - b < 4096 && !g_ascii_isspace (utf8[w.b1]))
    w.b1++;
  while (w.b1 < n_bytes && (((guchar) utf8[w.b1]) & 0xC0) == 0x80)
    w.b1--;

  tokens = tokenize_window (self, &w);
  i = token_index_at ((const KutipToken *) (gpointer) tokens->data, tokens->len, offset);
  if (i < 0)
    return FALSE;

  word->start = g_array_index (tokens, KutipToken, i).start;
  word->end = g_array_index (tokens, KutipToken, i).end;
  return TRUE;
}

/**
 * kutip_text_sentence_at:
 * @sentence: (out):
 *
 * Finds the sentence (as kutip_text_sentences() splits them) containing
 * @offset, or ending right at it, for a triple click. Only the paragraph
 * around @offset is read.
 *
 * Returns: %FALSE if @offset is in whitespace between sentences.
 */
gboolean
kutip_text_sentence_at (KutipText *self,
                        guint      offset,
                        KutipSpan *sentence)
{
  const char *utf8;
  gsize n_bytes = 0;
  gsize b;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sentence != NULL, FALSE);

  if (offset > kutip_text_get_length (self))
    return FALSE;

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  b = kutip_text_offset_to_byte (self, offset);

  for (gsize cap = 16384; ; cap *= 4)
    {
      g_autoptr(GArray) tokens = NULL;
      g_autoptr(GArray) spans = NULL;
      const KutipSpan *s;
      Window w;
      gint found = -1;

      find_window (utf8, n_bytes, b, cap, &w);
      tokens = tokenize_window (self, &w);
      spans = g_array_new (FALSE, FALSE, sizeof (KutipSpan));
      split_sentences ((const KutipToken *) (gpointer) tokens->data, tokens->len, spans);
      s = (const KutipSpan *) (gpointer) spans->data;

      for (guint k = 0; k < spans->len; k++)
        {
          if (s[k].start <= offset && offset < s[k].end)
            {
              found = (gint) k;
              break;
            }
          if (s[k].end == offset)
            found = (gint) k;
          if (s[k].start > offset)
            break;
        }

      if (found < 0)
        return FALSE;

      /* A sentence cut by the window edge: look wider. */
      if (cap < n_bytes &&
          ((found == 0 && !w.start_exact) ||
           ((guint) found == spans->len - 1 && !w.end_exact)))
        continue;

      *sentence = s[found];
      return TRUE;
    }
}

/* Whether the first visible character after byte @b opens a quotation of
 * @kind: in news, a quotation running over several paragraphs repeats its
 * opening mark at each paragraph and closes only at the last. */
static gboolean
next_paragraph_opens_quote (const char *utf8,
                            gsize       n_bytes,
                            gsize       b,
                            QuoteKind   kind)
{
  const char *p = utf8 + b;
  const char *end = utf8 + n_bytes;
  QuoteKind k;

  while (p < end && _kutip_unichar_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p >= end || !quote_kind_of (g_utf8_get_char (p), &k) || k != kind)
    return FALSE;

  return g_utf8_get_char (p) != 0x201D && g_utf8_get_char (p) != 0x2019 &&
         g_utf8_get_char (p) != 0x00BB && g_utf8_get_char (p) != 0x203A;
}

/**
 * kutip_text_quote_at:
 * @quote: (out): from the opening quote mark to the closing one, inclusive
 *
 * Finds the quotation containing @offset (the marks included), pairing
 * opening and closing marks of the same kind within the paragraph. With
 * nested quotations the outermost is found. A quotation left open at the end
 * of a paragraph counts up to the paragraph's end when the next paragraph
 * opens with the same mark, as news writing continues long quotes.
 *
 * Returns: %FALSE if @offset is not inside a quotation.
 */
gboolean
kutip_text_quote_at (KutipText *self,
                     guint      offset,
                     KutipSpan *quote)
{
  const char *utf8;
  gsize n_bytes = 0;
  gsize b;
  Window w;
  g_autoptr(GArray) tokens = NULL;
  const KutipToken *t;
  guint stack[64];
  guint depth = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (quote != NULL, FALSE);

  if (offset > kutip_text_get_length (self))
    return FALSE;

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  b = kutip_text_offset_to_byte (self, offset);

  for (gsize cap = 65536; ; cap *= 4)
    {
      find_window (utf8, n_bytes, b, cap, &w);
      if ((w.start_exact && w.end_exact) || cap >= n_bytes)
        break;
    }

  tokens = tokenize_window (self, &w);
  t = (const KutipToken *) (gpointer) tokens->data;

  for (guint i = 0; i < tokens->len; i++)
    {
      if (t[i].flags & TOK_PARA_BEFORE)
        depth = 0;

      if ((t[i].flags & KUTIP_TOKEN_OPEN_QUOTE) && depth < G_N_ELEMENTS (stack))
        stack[depth++] = i;
      else if (t[i].flags & KUTIP_TOKEN_CLOSE_QUOTE)
        {
          guint kind = TOK_QUOTE_KIND (t[i].flags);

          /* Pair with the nearest open mark of the same kind; marks
           * left open inside it are strays. */
          for (guint d = depth; d > 0; d--)
            {
              const KutipToken *open = &t[stack[d - 1]];

              if (TOK_QUOTE_KIND (open->flags) != kind)
                continue;

              depth = d - 1;
              if (open->start <= offset && offset < t[i].end &&
                  (!found || open->start < quote->start))
                {
                  quote->start = open->start;
                  quote->end = t[i].end;
                  found = TRUE;
                }
              break;
            }
        }

      /* At the end of a paragraph, an outer quotation left open. */
      if (depth > 0 && (i + 1 == tokens->len || (t[i + 1].flags & TOK_PARA_BEFORE)))
        {
          const KutipToken *open = &t[stack[0]];
          gboolean continues;

          if (i + 1 < tokens->len)
            continues = (TOK_QUOTE_KIND (t[i + 1].flags) == TOK_QUOTE_KIND (open->flags) &&
                         (t[i + 1].flags & KUTIP_TOKEN_OPEN_QUOTE));
          else
            continues = w.end_exact &&
                        next_paragraph_opens_quote (utf8, n_bytes, w.b1,
                                                    TOK_QUOTE_KIND (open->flags));

          if (continues && open->start <= offset && offset < t[i].end &&
              (!found || open->start < quote->start))
            {
              quote->start = open->start;
              quote->end = t[i].end;
              found = TRUE;
            }
        }
    }

  return found;
}
