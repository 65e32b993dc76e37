/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-private.h: tokens, lexicon entries, TIMEX3 parts and the rule
 * interface shared by the date finder's files. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ---- Lexicon ---------------------------------------------------------- */

typedef enum
{
  KUTIP_LEX_NONE = 0,
  KUTIP_LEX_MONTH,        /* value 1..12 */
  KUTIP_LEX_MONTH_ABBR,   /* value 1..12; needs a number or year beside it */
  KUTIP_LEX_WEEKDAY,      /* value 1..7, Monday = 1 (GDateWeekday) */
  KUTIP_LEX_NUMBER,       /* number word, value */
  KUTIP_LEX_ORDINAL,      /* ordinal word, value */
  KUTIP_LEX_UNIT,         /* KutipDateUnit */
  KUTIP_LEX_PAST,         /* id "lalu", en "last", "past", "previous" */
  KUTIP_LEX_NEXT,         /* id "depan", "mendatang", en "next", "coming" */
  KUTIP_LEX_THIS,         /* id "ini", en "this", "current" */
  KUTIP_LEX_AGO,          /* en "ago", "earlier", "before"; id "silam" */
  KUTIP_LEX_DEICTIC,      /* day offset + 8: yesterday = 7, today = 8 ... */
  KUTIP_LEX_PART_OF_DAY,  /* KutipDateTod */
  KUTIP_LEX_MOD,          /* KutipDateMod */
  KUTIP_LEX_YEAR_WORD,    /* id "tahun", en "fiscal" */
  KUTIP_LEX_MONTH_WORD,   /* id "bulan" */
  KUTIP_LEX_DAY_WORD,     /* id "hari", "tanggal" */
  KUTIP_LEX_CLOCK,        /* id "pukul", "jam" */
  KUTIP_LEX_ZONE,         /* WIB, WITA, WIT, EST, GMT */
  KUTIP_LEX_REF,          /* KutipDateRef: now, recently, sekarang */
  KUTIP_LEX_SEASON,       /* 1..4: SP SU FA WI */
  KUTIP_LEX_RANGE,        /* hingga, sampai, to, through, until */
  KUTIP_LEX_ERA,          /* Masehi, SM, BC, AD */
  KUTIP_LEX_NOON,         /* noon = 12, midnight = 24 */
  KUTIP_LEX_VAGUE,        /* id "beberapa", en "several", "few" */
  KUTIP_LEX_THE,          /* en "the", "a", "an" */
  KUTIP_LEX_LATER,        /* en "later"; id "kemudian", "lagi" */
  KUTIP_LEX_FILLER,       /* id "yang", "tadi", en "of", "in", "that" */
  KUTIP_LEX_DECADE_WORD,  /* en "nineties": value is the tens digit */
  KUTIP_LEX_HOLIDAY,      /* id "Lebaran", "Imlek": KutipDateHoliday */
  KUTIP_LEX_PHRASE,       /* a word that opens or closes a set phrase: id "belum"
                           * ("belum lama ini"), "depannya" ("ke depannya") */
} KutipDateLexKind;

typedef enum
{
  KUTIP_UNIT_NONE = 0,
  KUTIP_UNIT_DAY,
  KUTIP_UNIT_WEEK,
  KUTIP_UNIT_MONTH,
  KUTIP_UNIT_QUARTER,
  KUTIP_UNIT_HALF,
  KUTIP_UNIT_YEAR,
  KUTIP_UNIT_DECADE,
  KUTIP_UNIT_CENTURY,
  KUTIP_UNIT_WEEKEND,
  KUTIP_UNIT_VAGUE,       /* id "waktu", en "time" */
  KUTIP_UNIT_HOUR,
  KUTIP_UNIT_MINUTE,
} KutipDateUnit;

typedef enum
{
  KUTIP_MOD_NONE = 0,
  KUTIP_MOD_START,
  KUTIP_MOD_MID,
  KUTIP_MOD_END,
} KutipDateMod;

typedef enum
{
  KUTIP_TOD_NONE = 0,
  KUTIP_TOD_MO,
  KUTIP_TOD_MI,
  KUTIP_TOD_AF,
  KUTIP_TOD_EV,
  KUTIP_TOD_NI,
} KutipDateTod;

typedef enum
{
  KUTIP_REF_NONE = 0,
  KUTIP_REF_PAST,
  KUTIP_REF_PRESENT,
  KUTIP_REF_FUTURE,
} KutipDateRef;

/* Flags on a lexicon entry. */
#define KUTIP_LEXF_ALSO_UNIT   (1 << 0) /* id "minggu": Sunday or week */
#define KUTIP_LEXF_CAP_ONLY    (1 << 1) /* a date only when capitalised */
#define KUTIP_LEXF_AMBIGUOUS   (1 << 2) /* en "may", "march": needs context */

typedef struct
{
  const char *word;  /* lower case ASCII */
  guint8      kind;  /* KutipDateLexKind */
  gint8       value;
  guint8      flags;
} KutipDateLex;

/* A language's time words (KutipLanguage.date_words), by hash. */
typedef struct _KutipDateLexicon KutipDateLexicon;

KutipDateLexicon       *kutip_date_lexicon_build  (const KutipDateLex *entries,
                                                   gsize               n_entries);
const KutipDateLex     *kutip_date_lexicon_lookup (const KutipDateLexicon *lexicon,
                                                   const char             *lower,
                                                   gsize                   len,
                                                   guint32                 hash);

/* ---- Tokens ----------------------------------------------------------- */

typedef enum
{
  KUTIP_DTOK_WORD = 1,
  KUTIP_DTOK_NUM,
  KUTIP_DTOK_PUNCT,
} KutipDateTokKind;

#define KUTIP_DTOKF_SPACE_BEFORE (1 << 0)
#define KUTIP_DTOKF_CAPITAL      (1 << 1) /* first letter upper case */
#define KUTIP_DTOKF_NEWLINE      (1 << 2) /* a line break precedes */

typedef struct
{
  guint32             start;  /* bytes */
  guint32             end;
  guint8              kind;   /* KutipDateTokKind */
  guint8              flags;
  guint8              n_digits;
  guint8              punct;  /* the ASCII character of a PUNCT token */
  gint32              num;    /* value of a NUM token (<= 9 digits) */
  const KutipDateLex *lex;    /* lexicon entry of a WORD, or NULL */
} KutipDateTok;

/* ---- TIMEX3 value parts ------------------------------------------------ */

#define KUTIP_DATE_X (-1)    /* an unknown part, written as X */

typedef struct
{
  gint32 year;        /* 0 = none; KUTIP_DATE_X = unknown */
  gint8  year_digits; /* 4 usually; 3 for a decade ("199"), 2 a century */
  gint8  bc;
  gint8  month;       /* 0 none, X unknown, 1..12 */
  gint8  day;         /* 0 none, X unknown */
  gint8  week;        /* 0 none, X unknown (WXX) */
  gint8  weekend;
  gint8  weekday;     /* for a weekday without a known date */
  gint8  quarter;     /* 0 none, X unknown */
  gint8  half;
  gint8  season;
  gint8  tod;         /* KutipDateTod */
  gint8  hour;        /* -1 none */
  gint8  minute;
  gint8  ref;         /* KutipDateRef: the whole value is a *_REF */
} KutipDateParts;

void   kutip_date_parts_init       (KutipDateParts *parts);
char  *kutip_date_parts_format     (const KutipDateParts *parts);
void   kutip_date_parts_set_gdate  (KutipDateParts *parts,
                                    const GDate    *date);
void   kutip_date_parts_guess_year (KutipDateParts *parts,
                                    const GDate    *published);
void   kutip_date_parts_relative   (KutipDateParts *parts,
                                    const GDate    *published,
                                    KutipDateUnit   unit,
                                    int             amount);
void   kutip_date_parts_weekday    (KutipDateParts *parts,
                                    const GDate    *published,
                                    int             weekday,
                                    int             week_shift,
                                    int             direction);
int    kutip_date_expand_year      (int             two_digits,
                                    const GDate    *published);
gboolean kutip_date_valid_dmy      (int day, int month, int year);

/* ---- Rules ------------------------------------------------------------ */

typedef struct
{
  const char         *text;
  const KutipDateTok *toks;
  guint               n_toks;
  const GDate        *published; /* NULL when unknown */
  /* What the text said before token i (kept by the finder as it goes):
   * the last match, and the last one that named a calendar day, for
   * expressions that refer back ("tahun sebelumnya", "dua hari kemudian",
   * "pukul 10.00" after "Senin (6/3)"). An end of 0 means none. */
  guint               last_end;   /* token after the last match */
  KutipDateParts      last_parts;
  guint               day_end;    /* token after the last match with a day */
  KutipDateParts      day_parts;
} KutipDateCtx;

typedef struct
{
  guint           first;   /* token index */
  guint           last;    /* token index, exclusive */
  KutipDateParts  parts;
  const char     *rule;
  double          confidence;
} KutipDateHit;

/* Try the rules of one language at token @i. Returns TRUE and fills @hit
 * when a rule matched; the match starts at @i or at most two tokens before
 * it ("nearly two years ago"). A hit of confidence 0 matched words that are
 * no date ("setiap 17 Agustus", a set): they are passed over. */
gboolean kutip_date_rules_id (const KutipDateCtx *ctx,
                              guint               i,
                              KutipDateHit       *hit);
gboolean kutip_date_rules_en (const KutipDateCtx *ctx,
                              guint               i,
                              KutipDateHit       *hit);

/* How many sentence ends (". ", "! ", "? ") lie in tokens [@from, @to),
 * counted up to @max + 1 (more than @max when they are far apart). */
guint kutip_date_sentence_ends (const KutipDateCtx *ctx,
                                guint               from,
                                guint               to,
                                guint               max);

/* Marks tokens [@first, @last) as a match of @rule. */
static inline void
kutip_date_hit_set (KutipDateHit *hit,
                    guint         first,
                    guint         last,
                    const char   *rule,
                    double        confidence)
{
  hit->first = first;
  hit->last = last;
  hit->rule = rule;
  hit->confidence = confidence;
}

/* Token helpers for the rule files. */
static inline const KutipDateTok *
kutip_date_tok (const KutipDateCtx *ctx,
                guint               j)
{
  return j < ctx->n_toks ? &ctx->toks[j] : NULL;
}

static inline gboolean
kutip_date_is_punct (const KutipDateCtx *ctx,
                     guint               j,
                     char                c)
{
  return j < ctx->n_toks && ctx->toks[j].kind == KUTIP_DTOK_PUNCT && ctx->toks[j].punct == c;
}

static inline const KutipDateLex *
kutip_date_is_lex (const KutipDateCtx *ctx,
                   guint               j,
                   KutipDateLexKind    kind)
{
  if (j < ctx->n_toks && ctx->toks[j].lex != NULL && ctx->toks[j].lex->kind == kind)
    return ctx->toks[j].lex;
  return NULL;
}

static inline gboolean
kutip_date_is_num (const KutipDateCtx *ctx,
                   guint               j)
{
  return j < ctx->n_toks && ctx->toks[j].kind == KUTIP_DTOK_NUM;
}

static inline gboolean
kutip_date_glued (const KutipDateCtx *ctx,
                  guint               j)
{
  return j < ctx->n_toks && !(ctx->toks[j].flags & KUTIP_DTOKF_SPACE_BEFORE);
}

static inline gboolean
kutip_date_is_capital (const KutipDateCtx *ctx,
                       guint               j)
{
  return j < ctx->n_toks && (ctx->toks[j].flags & KUTIP_DTOKF_CAPITAL);
}

/* Does word token @j equal @lower (ASCII, case-insensitive)? */
gboolean kutip_date_is_word (const KutipDateCtx *ctx,
                             guint               j,
                             const char         *lower);

/* The same for a lower-case ASCII literal of known length. */
static inline gboolean
kutip_date_is_word_len (const KutipDateCtx *ctx,
                        guint               j,
                        const char         *lower,
                        gsize               len)
{
  const KutipDateTok *t;
  const char *p;

  if (j >= ctx->n_toks)
    return FALSE;
  t = &ctx->toks[j];
  if (t->kind != KUTIP_DTOK_WORD || t->end - t->start != len)
    return FALSE;
  p = ctx->text + t->start;
  for (gsize k = 0; k < len; k++)
    if ((p[k] | 0x20) != lower[k])
      return FALSE;
  return TRUE;
}

G_END_DECLS

G_BEGIN_DECLS

/* Shared rule pieces (kutip-date-rules-common.c). Each returns the token
 * index after what it matched, or 0 when nothing matched at @j. */

/* A number (digits or a number word); -1 when token @j is none. */
int   kutip_date_number_at     (const KutipDateCtx *ctx,
                                guint               j);
/* A year: four digits 1000..2199 (or, with @loose, any 1..4 digits). Refuses
 * a number glued to a decimal or thousands separator ("2.014", "1,990"). */
guint kutip_date_year_at       (const KutipDateCtx *ctx,
                                guint               j,
                                gboolean            loose,
                                int                *year);
/* d/m, d/m/y, d-m-y with glued separators (m/d/y with @month_first); the
 * year may be 2 or 4 digits. */
guint kutip_date_numeric_at    (const KutipDateCtx *ctx,
                                guint               j,
                                gboolean            month_first,
                                int                *day,
                                int                *month,
                                int                *year);
/* An ISO 8601 date: 2021-05-18. */
guint kutip_date_iso_at        (const KutipDateCtx *ctx,
                                guint               j,
                                int                *day,
                                int                *month,
                                int                *year);
/* "10.00", "10:00", "7:15" with glued separators; hour 0..24, minute 0..59. */
guint kutip_date_clock_at      (const KutipDateCtx *ctx,
                                guint               j,
                                int                *hour,
                                int                *minute);
/* A decade suffix after a year glued to it: "1990-an", "1990an", "1990s". */
guint kutip_date_decade_suffix (const KutipDateCtx *ctx,
                                guint               j);
/* Is token @j preceded by something that makes a number not a date: a
 * currency, a glued sign or separator? */
gboolean kutip_date_number_is_quantity (const KutipDateCtx *ctx,
                                        guint               j);

G_END_DECLS
