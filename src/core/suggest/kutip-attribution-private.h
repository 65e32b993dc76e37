/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution-private.h: tokens and the shared state of the
 * attribution finders (quotes, reported speech, speakers). Word classes
 * (LEX_*) and the language's rules come from its profile
 * (kutip-language-private.h). */
#pragma once

#include <string.h>

#include "kutip-attribution.h"
#include "kutip-language-private.h"

G_BEGIN_DECLS

typedef enum
{
  ATT_TOK_WORD,
  ATT_TOK_PUNCT,      /* one punctuation character (or "..." / "…") */
  ATT_TOK_QUOTE,      /* a quotation mark; see AttQuoteMark */
  ATT_TOK_PARA,       /* a line break: ends sentences and paragraphs */
} AttTokKind;

typedef enum
{
  ATT_Q_NONE,
  ATT_Q_DOUBLE_OPEN,   /* “ „ */
  ATT_Q_DOUBLE_CLOSE,  /* ” */
  ATT_Q_STRAIGHT,      /* " */
  ATT_Q_SINGLE_OPEN,   /* ‘ */
  ATT_Q_SINGLE_CLOSE,  /* ’ standing alone */
  ATT_Q_GUILL_OPEN,    /* « */
  ATT_Q_GUILL_CLOSE,   /* » */
} AttQuoteMark;

enum
{
  ATT_F_CAP        = 1 << 0, /* starts with an upper-case letter */
  ATT_F_SENT_START = 1 << 1, /* first token of a sentence */
  ATT_F_SPACE_PRE  = 1 << 2, /* whitespace before the token */
  ATT_F_IN_QUOTE   = 1 << 3, /* inside a direct quote (marks included) */
  ATT_F_DIGIT      = 1 << 4, /* starts with a digit */
  ATT_F_ALL_CAPS   = 1 << 5, /* two or more letters, all upper case */
  ATT_F_SENT_END   = 1 << 6, /* sentence-ending punctuation */
};

typedef struct
{
  guint32 start;     /* byte offsets */
  guint32 end;
  guint8  kind;      /* AttTokKind */
  guint8  quote;     /* AttQuoteMark */
  guint16 flags;
  guint32 lex;       /* LEX_* of the word in the text's language */
} AttTok;

typedef struct
{
  guint open;        /* token index of the opening mark */
  guint close;       /* token index of the closing mark, or last token */
  gboolean closed;
} AttQuote;

/* A speaker mention while finding; turned into KutipSpeakerMatch at the end. */
typedef struct
{
  guint    first;     /* token range, end exclusive */
  guint    last;
  int      entity;
  gboolean pronoun;
  gboolean emit;      /* suggested as a span (not just an antecedent) */
  gboolean cued;      /* found next to a speech verb */
  gboolean candidate; /* a title-and-name phrase found without any cue */
  const char *rule;
  double   confidence;
  guint    name_first; /* the personal name in it (att_group_entities()); */
  guint    name_last;  /* name_first == name_last: none */
} AttMention;

typedef struct
{
  guint          first;   /* token range, end exclusive */
  guint          last;
  KutipClaimKind kind;
  int            mention; /* index into mentions, or -1 */
  const char    *rule;
  double         confidence;
  gboolean       via_clitic; /* "katanya": refers back to the person */
} AttClaim;

/* An entity's name, a slice of the text (len 0: none yet), and while it is
 * found: its fullest mention and the personal name in it (tokens). */
typedef struct
{
  guint32 start;     /* byte offsets */
  guint32 len;
  int     fullest;   /* mention index, or -1 */
  guint   name_first;
  guint   name_last; /* end exclusive; name_first == name_last: no personal name */
  guint   matched;   /* first token of the name another mention repeats, or G_MAXUINT */
  gboolean person;   /* a mention of it has a personal name (not a body) */
} AttEntity;

/* A name word pointing at an entity while mentions are grouped. */
typedef struct
{
  guint32 hash;      /* 0: an empty slot */
  guint32 offset;    /* of the folded word in the context's key bytes */
  guint32 len;
  int     entity;
} AttKey;

/* Words that start reported speech wherever they stand. A text with none
 * of them, no cue after a comma (", kata X", ", ujarnya"), no quotation
 * mark and (where labels name speakers) no colon has no claim and no
 * suggested speaker:
 * att_reported_speech_at() finds nothing anywhere else. */
#define LEX_CUE_ANYWHERE (LEX_VERB_SAY | LEX_VERB_WEAK | LEX_ACCORDING | LEX_SOURCE_NOUN \
                          | LEX_CUE_AFTER /* "Kata X, …" */ \
                          | LEX_PASSIVE_CUE)
#define LEX_CUE_AFTER_COMMA (LEX_CUE_AFTER | LEX_CLITIC_CUE)

typedef struct
{
  const char           *text;
  gsize                 n_bytes;
  const KutipLanguage  *language;
  const KutipWordTable *lexicon;   /* the language's */
  GArray               *toks;      /* AttTok */
  GArray               *quotes;    /* AttQuote */
  GArray               *mentions;  /* AttMention */
  GArray               *claims;    /* AttClaim */
  GArray               *entities;  /* AttEntity, filled by att_group_entities() */
  GArray               *keys;      /* AttKey: att_group_entities()' open-addressing table */
  GString              *key_bytes; /* folded name words the keys point into */
  /* A ” hanging on a sentence's end opens the quote a later ” closes. */
  gboolean              hanging_mark_opens;
  /* Seen by att_tokenize(): */
  guint32               lex_seen;  /* LEX_* of every word, or-ed */
  guint                 n_quote_marks;
  gboolean              has_colon;
  gboolean              cue_after_comma; /* a LEX_CUE_AFTER_COMMA word right after ',' */
} AttContext;

#define ATT_TOK(ctx, i) (&g_array_index ((ctx)->toks, AttTok, (i)))

/* Words (not punctuation) among tokens [first, last). */
static inline guint
att_count_words (AttContext *ctx,
                 guint       first,
                 guint       last)
{
  guint n = 0;

  for (guint j = first; j < last; j++)
    n += ATT_TOK (ctx, j)->kind == ATT_TOK_WORD;
  return n;
}

/* Is token @i a word of one of the classes @lex? */
static inline gboolean
att_word_has (AttContext *ctx,
              guint       i,
              guint32     lex)
{
  AttTok *t;

  if (i >= ctx->toks->len)
    return FALSE;
  t = ATT_TOK (ctx, i);
  return t->kind == ATT_TOK_WORD && (t->lex & lex) != 0;
}

/* Does token @t, longer than @min_len bytes, end with @suffix (NULL: no)? */
static inline gboolean
att_ends_with (AttContext *ctx,
               AttTok     *t,
               const char *suffix,
               gsize       min_len)
{
  gsize n;

  if (suffix == NULL)
    return FALSE;
  n = strlen (suffix);
  return t->end - t->start > min_len && t->end - t->start >= n
         && memcmp (ctx->text + t->end - n, suffix, n) == 0;
}

/* kutip-attribution-scan.c */
void      att_tokenize            (AttContext  *ctx);
void      att_mark_sentences      (AttContext  *ctx);
gboolean  att_word_is             (AttContext  *ctx,
                                   guint        i,
                                   const char  *lower);
gboolean  att_punct_is            (AttContext  *ctx,
                                   guint        i,
                                   char         c);
guint     att_sentence_end        (AttContext  *ctx,
                                   guint        i);
guint     att_sentence_start      (AttContext  *ctx,
                                   guint        i);

gboolean  att_is_dash             (AttContext  *ctx,
                                   guint        i);

/* kutip-quote-finder.c */
void      att_find_quotes         (AttContext  *ctx);

/* kutip-speaker-finder.c */
gboolean  att_name_forward        (AttContext  *ctx,
                                   guint        i,
                                   guint       *last);
guint     att_trim_leading        (AttContext  *ctx,
                                   guint        first,
                                   guint        last);
gboolean  att_name_backward       (AttContext  *ctx,
                                   guint        end,
                                   guint       *first);
int       att_add_mention         (AttContext  *ctx,
                                   guint        first,
                                   guint        last,
                                   gboolean     pronoun,
                                   const char  *rule,
                                   double       confidence);
int       att_find_speaker_after  (AttContext  *ctx,
                                   guint        i,
                                   guint       *cue_end);
int       att_find_speaker_before (AttContext  *ctx,
                                   guint        i);
void      att_find_speaker_cues   (AttContext  *ctx);
int       att_last_named_mention  (AttContext  *ctx,
                                   guint        before);
void      att_group_entities      (AttContext  *ctx);

/* kutip-reported-clause.c */
guint     att_skip_dateline       (AttContext  *ctx,
                                   guint        st,
                                   guint        limit);
int       att_clause_subject      (AttContext  *ctx,
                                   guint        v,
                                   guint       *subject_first,
                                   const char  *rule);
guint     att_clause_start        (AttContext  *ctx,
                                   guint        c,
                                   guint        end,
                                   gboolean     after_verb);
guint     att_statement_before    (AttContext  *ctx,
                                   guint        comma);
gboolean  att_cue_in_circumstance (AttContext  *ctx,
                                   guint        j);
gboolean  att_is_role             (AttContext  *ctx,
                                   guint        first,
                                   guint        last);
guint     att_name_appositive     (AttContext  *ctx,
                                   guint        last);

/* kutip-reported-speech.c */
guint     att_reported_speech_at  (AttContext  *ctx,
                                   guint        i);
int       att_add_claim           (AttContext  *ctx,
                                   guint        first,
                                   guint        last,
                                   KutipClaimKind kind,
                                   int          mention,
                                   const char  *rule,
                                   double       confidence);

G_END_DECLS
