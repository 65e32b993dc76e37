/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-reported-clause.c: the parts of a sentence that reported speech is
 * made of, where a language's profile asks for them (Indonesian news): the
 * subject that opens the clause of a cue verb with its appositives ("M
 * Jufri, Pelaksana …, mengatakan"), the reported clause after the cue
 * without a leading time ("Menurut X, Sabtu (12/12/2020), Panwaslu …"), and
 * the part before an interrupting attribution that belongs to the statement
 * ("Kejadian tersebut, menurut Ahmad, ditemukan …"). */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

/* How far the subject of a verb may stand from it, in tokens. */
#define SUBJECT_REACH 48

static inline gboolean
is_word (AttContext *ctx,
         guint       i)
{
  return i < ctx->toks->len && ATT_TOK (ctx, i)->kind == ATT_TOK_WORD;
}

/* "JAKARTA, KOMPAS —": upper-case words and commas closed by a dash at the
 * start of an article. Returns the token after it, or @st. */
guint
att_skip_dateline (AttContext *ctx,
                   guint       st,
                   guint       limit)
{
  for (guint j = st; j < limit && j < st + 8; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (att_is_dash (ctx, j))
        return j > st ? j + 1 : st;
      if (!(t->kind == ATT_TOK_WORD && (t->flags & ATT_F_ALL_CAPS)) && !att_punct_is (ctx, j, ',')
          && !att_punct_is (ctx, j, '.'))
        return st;
    }
  return st;
}

static gboolean
word_in (AttContext         *ctx,
         guint               i,
         const char * const *words)
{
  for (; words != NULL && *words != NULL; words++)
    if (att_word_is (ctx, i, *words))
      return TRUE;
  return FALSE;
}

/* A speech, stance or according cue in lower case among [first, last):
 * another clause, not a circumstance ("saat menyampaikan pendapat" is one). */
static gboolean
has_cue (AttContext *ctx,
         guint       first,
         guint       last)
{
  for (guint j = first; j < last; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind == ATT_TOK_WORD && !(t->flags & ATT_F_CAP)
          && (t->lex & (LEX_VERB_SAY | LEX_VERB_WEAK | LEX_CUE_AFTER | LEX_ACCORDING))
          && !att_cue_in_circumstance (ctx, j))
        return TRUE;
      if (t->flags & ATT_F_IN_QUOTE)
        return TRUE;
    }
  return FALSE;
}

/* The next comma in [from, limit), or @limit. */
static guint
next_comma (AttContext *ctx,
            guint       from,
            guint       limit)
{
  for (guint j = from; j < limit; j++)
    if (att_punct_is (ctx, j, ','))
      return j;
  return limit;
}

/* "saat menyampaikan pendapat …": a cue word right after a word of
 * circumstance tells when, it attributes nothing. */
gboolean
att_cue_in_circumstance (AttContext *ctx,
                         guint       j)
{
  return j > 0 && att_word_has (ctx, j - 1, LEX_CIRCUMSTANCE)
         && !(ATT_TOK (ctx, j - 1)->lex & LEX_OBJECT_PREP);
}

/* A lower-case word that begins like a verb ("membawa", "berencana"),
 * not a title or group noun ("menteri", "direktur"). */
static gboolean
verb_like (AttContext *ctx,
           guint       j)
{
  AttTok *t = ATT_TOK (ctx, j);
  const char * const *prefix = ctx->language->names.verb_prefixes;

  if (t->kind != ATT_TOK_WORD || (t->flags & (ATT_F_CAP | ATT_F_DIGIT))
      || (t->lex & (LEX_TITLE | LEX_GROUP_NOUN | LEX_FUNCTION | LEX_CONNECTOR)))
    return FALSE;
  for (; prefix != NULL && *prefix != NULL; prefix++)
    {
      gsize n = strlen (*prefix);

      if (t->end - t->start > n && g_ascii_strncasecmp (ctx->text + t->start, *prefix, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Does [first, last) read as a role or a description of a person ("Ketua
 * Puspaham", "warga Kota Tual", "Sutradara film Story of Kale", "pelaku
 * usaha mikro di Depok")? Times, "yang …", "dalam siaran pers" and clauses
 * with a verb do not. */
gboolean
att_is_role (AttContext *ctx,
             guint       first,
             guint       last)
{
  AttTok *t;

  if (first >= last || last - first > 20 || !is_word (ctx, first))
    return FALSE;
  t = ATT_TOK (ctx, first);
  if (t->lex & (LEX_TIME | LEX_NOT_NAME | LEX_CIRCUMSTANCE | LEX_PRONOUN | LEX_DATA_NOUN))
    return FALSE;
  if (!((t->flags & ATT_F_CAP) || (t->lex & (LEX_TITLE | LEX_GROUP_NOUN))))
    return FALSE;
  for (guint j = first; j < last; j++)
    if (verb_like (ctx, j) || ATT_TOK (ctx, j)->kind == ATT_TOK_QUOTE
        || (ATT_TOK (ctx, j)->flags & ATT_F_SENT_END)
        || (ATT_TOK (ctx, j)->kind == ATT_TOK_WORD && (ATT_TOK (ctx, j)->lex & LEX_CIRCUMSTANCE)
            && !(ATT_TOK (ctx, j)->lex & LEX_CONNECTOR)))
      return FALSE;
  return !has_cue (ctx, first, last);
}

typedef enum
{
  WALK_SUBJECT,   /* the tokens between the phrase and the verb fit a subject */
  WALK_NOT_HERE,  /* the phrase is no subject (an adverbial opens the clause) */
  WALK_NEVER,     /* another clause stands between: no subject at all */
} WalkResult;

/* From the end of a noun phrase at @np_last to the verb at @v: auxiliaries,
 * appositives set off by commas (the span grows over them while nothing
 * else came first), and circumstances ("saat dihubungi", ", Rabu
 * (14/10/2020),", "dalam keterangan tertulis …"). *@span_last is where the
 * speaker's span ends. */
static WalkResult
walk_to_verb (AttContext *ctx,
              guint       np_last,
              guint       v,
              guint      *span_last)
{
  guint pos = np_last;
  gboolean apposable = ctx->language->names.appositive_in_span;

  *span_last = np_last;
  while (pos < v)
    {
      AttTok *t = ATT_TOK (ctx, pos);

      if (t->kind == ATT_TOK_WORD && (t->lex & LEX_AUX))
        {
          pos++;
          continue;
        }
      if (att_punct_is (ctx, pos, ','))
        {
          guint seg_end = next_comma (ctx, pos + 1, v);

          if (has_cue (ctx, pos + 1, seg_end))
            return WALK_NEVER;
          if (apposable && att_is_role (ctx, pos + 1, seg_end))
            *span_last = seg_end;
          else
            apposable = FALSE;
          pos = seg_end;
          continue;
        }
      if (t->kind == ATT_TOK_WORD && (t->lex & (LEX_CIRCUMSTANCE | LEX_TIME)))
        {
          guint seg_end = next_comma (ctx, pos + 1, v);

          if (has_cue (ctx, pos + 1, seg_end))
            return WALK_NEVER;
          /* "Serangan di perbatasan terus berlanjut setelah …": a verb of
           * its own (not "saat meninjau", "yang diterima") is a predicate. */
          for (guint j = pos + 1; j < seg_end; j++)
            if (verb_like (ctx, j) && !att_word_has (ctx, j - 1, LEX_CIRCUMSTANCE))
              return WALK_NOT_HERE;
          apposable = FALSE;
          pos = seg_end;
          continue;
        }
      return WALK_NOT_HERE;
    }
  return WALK_SUBJECT;
}

/**
 * att_clause_subject:
 * @v: the token of a speech or stance verb
 *
 * The subject opening the clause of @v: past a dateline and up to two
 * adverbials set off by commas ("Sebelumnya,", "Terkait …,"), a pronoun or
 * a name phrase, then what may stand before the verb (walk_to_verb()).
 * "Kepala Pusat … Bahtiar saat dihubungi, Minggu (17/5/2020) di Jakarta,
 * mengatakan" → "Kepala Pusat … Bahtiar".
 *
 * Returns: the mention, or -1
 */
int
att_clause_subject (AttContext *ctx,
                    guint       v,
                    guint      *subject_first,
                    const char *rule)
{
  guint st = att_skip_dateline (ctx, att_sentence_start (ctx, v), v);
  guint role_first = G_MAXUINT; /* "Sutradara film X, Angga Sasongko, menyebut" */

  if (v - st > SUBJECT_REACH)
    return -1;
  /* "Hasil studi X, Y, dan Z menyebutkan …": data. */
  if (att_word_has (ctx, st, LEX_DATA_NOUN))
    return -1;
  for (int attempt = 0; attempt < 3 && st < v; attempt++)
    {
      AttTok *t = ATT_TOK (ctx, st);
      guint np_last = 0, span_last;
      gboolean pronoun = FALSE;
      gboolean found = FALSE;

      if (t->kind == ATT_TOK_WORD && (t->lex & LEX_PRONOUN))
        {
          np_last = st + 1;
          pronoun = found = TRUE;
        }
      else if (t->kind == ATT_TOK_WORD && !(t->lex & (LEX_NOT_NAME | LEX_DATA_NOUN))
               && att_name_forward (ctx, st, &np_last) && np_last <= v)
        found = TRUE;

      if (found)
        {
          WalkResult r = walk_to_verb (ctx, np_last, v, &span_last);

          if (r == WALK_NEVER)
            return -1;
          if (r == WALK_SUBJECT)
            {
              guint first = pronoun ? st : att_trim_leading (ctx, st, span_last);

              if (role_first != G_MAXUINT && !pronoun)
                first = role_first;

              *subject_first = first;
              return att_add_mention (ctx, first, span_last, pronoun, rule, pronoun ? 0.7 : 0.75);
            }
        }
      /* An adverbial opens the clause: the subject follows its comma. A
       * role set off by its comma opens the subject's span. */
      {
        guint comma = next_comma (ctx, st, v);

        if (comma >= v || has_cue (ctx, att_sentence_start (ctx, v), comma))
          return -1;
        role_first = attempt == 0 && ctx->language->names.appositive_in_span
                     && att_is_role (ctx, st, comma) ? st : G_MAXUINT;
        st = comma + 1;
      }
    }
  return -1;
}

/**
 * att_name_appositive:
 * @last: the end of a name phrase (exclusive)
 *
 * "Menurut Ani (45), pedagang cabai, omzetnya …", "… kata Eky Rahawarin
 * (45), warga Kota Tual.": a role set off by commas after a speaker's name
 * belongs to the speaker's span, where the profile has it so.
 *
 * Returns: the end of the span with the role, or @last
 */
guint
att_name_appositive (AttContext *ctx,
                     guint       last)
{
  guint end, comma;

  if (!ctx->language->names.appositive_in_span || !att_punct_is (ctx, last, ','))
    return last;
  end = att_sentence_end (ctx, last);
  comma = next_comma (ctx, last + 1, end);
  /* The role ends the sentence ("… warga Kota Tual.") or its own comma. */
  if (comma == end)
    while (comma > last + 1 && ATT_TOK (ctx, comma - 1)->kind != ATT_TOK_WORD)
      comma--;
  return att_is_role (ctx, last + 1, comma) ? comma : last;
}

/* "Sabtu (12/12/2020), Panwaslu menemukan …": a time set off by a comma at
 * the start of a reported clause is the time of telling, not its content;
 * so is, right after the verb (@after_verb), what tells where or to whom
 * ("mengatakan kepada wartawan, …", "mengatakan di Jakarta, Senin, …").
 * Returns the clause's first token. */
guint
att_clause_start (AttContext *ctx,
                  guint       c,
                  guint       end,
                  gboolean    after_verb)
{
  guint j = c;
  guint others = 0;

  if (!ctx->language->speech.split_attributions)
    return c;
  if (is_word (ctx, c) && (ATT_TOK (ctx, c)->lex & LEX_THAT))
    return c + 1;
  if (after_verb && word_in (ctx, c, ctx->language->speech.complementizers))
    return c + 1;
  if (after_verb && is_word (ctx, c)
      && (ATT_TOK (ctx, c)->lex & (LEX_OBJECT_PREP | LEX_CIRCUMSTANCE)))
    {
      guint comma = next_comma (ctx, c + 1, MIN (end, c + 12));

      if (comma < MIN (end, c + 12) && !has_cue (ctx, c, comma))
        return att_clause_start (ctx, comma + 1, end, FALSE);
      return c;
    }
  if (!(is_word (ctx, c) && (ATT_TOK (ctx, c)->lex & (LEX_TIME | LEX_CIRCUMSTANCE))))
    return c;
  for (; j < end && j < c + 12; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (att_punct_is (ctx, j, ','))
        break;
      if (t->kind == ATT_TOK_WORD && !(t->lex & LEX_TIME) && !(t->flags & ATT_F_DIGIT)
          && ++others > 2)
        return c;
      if (t->kind == ATT_TOK_QUOTE)
        return c;
    }
  if (j >= end || j >= c + 12 || !att_punct_is (ctx, j, ','))
    return c;
  /* A time, not "Pada saat itu pemerintah …": a day, month or number in it. */
  for (guint k = c; k < j; k++)
    if (ATT_TOK (ctx, k)->lex & LEX_TIME || (ATT_TOK (ctx, k)->flags & ATT_F_DIGIT))
      return j + 1;
  return c;
}

/**
 * att_statement_before:
 * @comma: the comma before an interrupting attribution ("A, kata X, B")
 *
 * The first token of the part before @comma that belongs to the statement:
 * its subject or a condition ("Jika …,"), past the journalist's
 * connectives and scene-setting ("Namun,", "Dari video yang beredar,",
 * "Terkait …,"), which open with a word that never starts a name or a
 * function word.
 *
 * Returns: a token index, or G_MAXUINT when nothing before belongs to it
 */
guint
att_statement_before (AttContext *ctx,
                      guint       comma)
{
  guint st = att_skip_dateline (ctx, att_sentence_start (ctx, comma), comma);

  while (st < comma)
    {
      AttTok *t = ATT_TOK (ctx, st);
      guint seg_end = next_comma (ctx, st, comma);

      if (t->kind == ATT_TOK_QUOTE || (t->flags & ATT_F_IN_QUOTE))
        return G_MAXUINT;
      if (t->kind == ATT_TOK_WORD && (t->lex & LEX_CONDITION))
        return st;
      if (t->kind != ATT_TOK_WORD
          || (t->lex & (LEX_NOT_NAME | LEX_FUNCTION | LEX_AUX | LEX_TIME | LEX_CIRCUMSTANCE
                        | LEX_ACCORDING)))
        {
          /* Scene-setting: what follows its comma may belong. */
          if (seg_end >= comma)
            return G_MAXUINT;
          st = seg_end + 1;
          continue;
        }
      return st;
    }
  return G_MAXUINT;
}
