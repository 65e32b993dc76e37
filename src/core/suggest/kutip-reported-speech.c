/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-reported-speech.c: indirect claims: "X mengatakan, …", "X said (that)
 * …", "Menurut X, …", "according to X, …" and a clause closed by ", kata X." or
 * ", he said." outside quotation marks. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

#define MIN_CLAIM_WORDS 3

static gboolean
range_quoted (AttContext *ctx,
              guint       first,
              guint       last)
{
  /* A clause that opens with a quotation is the quote's claim; quotes inside
   * a paraphrase ("said it would “keep the details …”") belong to it. */
  return first < last && (ATT_TOK (ctx, first)->flags & ATT_F_IN_QUOTE);
}

/* Does [first, last) open a bracket it does not close? */
static gboolean
bracket_open (AttContext *ctx,
              guint       first,
              guint       last)
{
  int depth = 0;

  for (guint j = first; j < last; j++)
    if (att_punct_is (ctx, j, '('))
      depth++;
    else if (att_punct_is (ctx, j, ')') && depth > 0)
      depth--;
  return depth > 0;
}

static int
add_claim_min (AttContext    *ctx,
               guint          first,
               guint          last,
               KutipClaimKind kind,
               int            mention,
               const char    *rule,
               double         confidence,
               guint          min_words)
{
  AttClaim c = { first, last, kind, mention, rule, confidence, FALSE };

  /* Drop punctuation at the edges, keep quotation marks of direct quotes
   * and the bracket an indirect claim closes ("pada Rabu (9/12/2020)"). */
  while (first < last && ATT_TOK (ctx, first)->kind == ATT_TOK_PUNCT)
    c.first = ++first;
  while (last > first && kind == KUTIP_CLAIM_INDIRECT
         && ATT_TOK (ctx, last - 1)->kind != ATT_TOK_WORD
         && !(att_punct_is (ctx, last - 1, ')') && bracket_open (ctx, first, last - 1)))
    c.last = --last;
  if (last <= first)
    return -1;
  if (kind == KUTIP_CLAIM_INDIRECT
      && (att_count_words (ctx, first, last) < min_words || range_quoted (ctx, first, last)))
    return -1;
  if (kind == KUTIP_CLAIM_INDIRECT)
    c.confidence = MIN (c.confidence, ctx->language->speech.indirect_max_confidence);
  g_array_append_val (ctx->claims, c);
  return (int) ctx->claims->len - 1;
}

int
att_add_claim (AttContext    *ctx,
               guint          first,
               guint          last,
               KutipClaimKind kind,
               int            mention,
               const char    *rule,
               double         confidence)
{
  return add_claim_min (ctx, first, last, kind, mention, rule, confidence, MIN_CLAIM_WORDS);
}

/* Is the word at @i one of @words (NULL-terminated, lower case)? */
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

/* "actually", "repeatedly": adverbs between subject and verb. */
static gboolean
is_adverb (AttContext *ctx,
           gint        i)
{
  AttTok *t = ATT_TOK (ctx, i);

  return !(t->flags & ATT_F_CAP) && att_ends_with (ctx, t, ctx->language->speech.adverb_suffix, 4);
}

/* The subject of a verb at @v: a pronoun or a name phrase, possibly set off by
 * an appositive comma. Returns a mention or -1; *@subject_first is its start. */
static int
subject_of (AttContext *ctx,
            guint       v,
            guint      *subject_first,
            const char *rule)
{
  gint s = (gint) v - 1;
  guint first;

  while (s >= 0 && ATT_TOK (ctx, s)->kind == ATT_TOK_WORD
         && ((ATT_TOK (ctx, s)->lex & LEX_AUX) || is_adverb (ctx, s)
             /* "tidak menampik bahwa …" */
             || ((ATT_TOK (ctx, s)->lex & LEX_NEGATION)
                 && word_in (ctx, v, ctx->language->speech.denials))))
    s--;
  if (s < 0 || (ATT_TOK (ctx, s)->flags & ATT_F_IN_QUOTE))
    return -1;
  if (ATT_TOK (ctx, s)->kind == ATT_TOK_WORD && (ATT_TOK (ctx, s)->lex & LEX_PRONOUN))
    {
      *subject_first = s;
      return att_add_mention (ctx, s, s + 1, TRUE, rule, 0.7);
    }
  /* The subject opening the clause, set off by appositives and
   * circumstances ("X, Ketua Y, mengatakan", "X saat dihubungi, Rabu,
   * mengatakan", "Ketua X yang juga hadir di Gedung Sate berharap"). */
  if (ctx->language->names.appositive_in_span)
    {
      int m = att_clause_subject (ctx, v, subject_first, rule);

      if (m >= 0)
        return m;
    }
  /* "Kisran Makati, Ketua Puspaham, menjabarkan" */
  if (att_punct_is (ctx, s, ',') && ctx->language->speech.appositive_subject)
    {
      s--;
      if (s >= 0 && ATT_TOK (ctx, s)->kind == ATT_TOK_WORD
          && att_name_backward (ctx, s + 1, &first))
        {
          *subject_first = first;
          return att_add_mention (ctx, first, s + 1, FALSE, rule, 0.75);
        }
    }
  else if (s >= 0 && att_name_backward (ctx, s + 1, &first))
    {
      *subject_first = first;
      return att_add_mention (ctx, first, s + 1, FALSE, rule, 0.75);
    }
  /* "Kepala Polres X Komisaris Besar Y, Rabu (14/10/2020), mengatakan": the
   * subject opens the sentence, maybe after "Sebelumnya," or "Secara
   * terpisah,", and a time or circumstance sits before the verb. English
   * sets off appositives the same way: "Dianne Feinstein, Democrat of
   * California, said". */
  if (ctx->language->speech.distant_subject || att_punct_is (ctx, s, ','))
    {
      guint st = att_sentence_start (ctx, v);
      guint last;

      for (int attempt = 0; attempt < 2; attempt++)
        {
          if (st < v && v - st <= 30 && att_name_forward (ctx, st, &last) && last < v
              && (att_punct_is (ctx, last, ',') || att_word_has (ctx, last, LEX_CIRCUMSTANCE)))
            {
              *subject_first = st;
              return att_add_mention (ctx, st, last, FALSE, rule, 0.7);
            }
          /* Past a leading "Sebelumnya," or "However,". */
          for (guint j = st; j < st + 4 && j < v; j++)
            if (att_punct_is (ctx, j, ','))
              {
                st = j + 1;
                break;
              }
        }
    }
  return -1;
}

static guint
find_that (AttContext *ctx,
           guint       from,
           guint       limit)
{
  for (guint j = from; j < ctx->toks->len && j < from + limit; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      /* Not past the sentence. */
      if (j > from && ((t->flags & ATT_F_SENT_START) || t->kind == ATT_TOK_PARA))
        break;
      if (t->kind == ATT_TOK_WORD && (t->lex & LEX_THAT))
        return j;
      /* Another clause: "he wrote his book, Mr. X said that …" */
      if ((t->flags & ATT_F_IN_QUOTE) || att_punct_is (ctx, j, ',')
          || (t->kind == ATT_TOK_WORD && (t->lex & (LEX_VERB_SAY | LEX_VERB_WEAK))
              && !(t->flags & ATT_F_CAP)))
        break;
    }
  return G_MAXUINT;
}

/* "was reported", "were first reported", "has been cited" */
static gboolean
after_be (AttContext *ctx,
          guint       i)
{
  for (guint j = i; j > 0 && j + 4 > i; j--)
    {
      if (att_word_has (ctx, j - 1, LEX_BE))
        return TRUE;
      if (!(ATT_TOK (ctx, j - 1)->kind == ATT_TOK_WORD && (ATT_TOK (ctx, j - 1)->lex & LEX_AUX)))
        return FALSE;
    }
  return FALSE;
}

/* Does the subject right before the verb at @v follow a lower-case word
 * of circumstance ("setelah Biden menyerukan", "saat Presiden
 * mengatakan"), where the language splits its attributions? */
static gboolean
in_clause_of_time (AttContext *ctx,
                   guint       v)
{
  gint s = (gint) v - 1;
  guint first;
  AttTok *w;

  if (!ctx->language->speech.split_attributions)
    return FALSE;
  while (s >= 0 && ATT_TOK (ctx, s)->kind == ATT_TOK_WORD && (ATT_TOK (ctx, s)->lex & LEX_AUX))
    s--;
  if (s < 0 || ATT_TOK (ctx, s)->kind != ATT_TOK_WORD)
    return FALSE;
  if (ATT_TOK (ctx, s)->lex & LEX_PRONOUN)
    first = (guint) s;
  else if (!att_name_backward (ctx, (guint) s + 1, &first))
    return FALSE;
  if (first == 0)
    return FALSE;
  w = ATT_TOK (ctx, first - 1);
  return w->kind == ATT_TOK_WORD && !(w->flags & ATT_F_CAP) && (w->lex & LEX_CIRCUMSTANCE)
         && !(w->lex & (LEX_OBJECT_PREP | LEX_CONNECTOR));
}

/* Takes out mention @m again when the last cue added it and nothing else
 * refers to it yet. */
static void
drop_new_mention (AttContext *ctx,
                  int         m)
{
  AttMention *mention = &g_array_index (ctx->mentions, AttMention, m);

  if (!mention->cued && !mention->emit && m == (int) ctx->mentions->len - 1)
    g_array_set_size (ctx->mentions, ctx->mentions->len - 1);
}

/* "Hasil survei Litbang Kompas mengungkapkan …", "Data BPS menyebutkan
 * …": the subject is data, or the name of its source right after a data
 * word. */
static gboolean
is_data_subject (AttContext *ctx,
                 int         m,
                 guint       subject_first)
{
  AttMention *mention = &g_array_index (ctx->mentions, AttMention, m);

  if (mention->pronoun)
    return FALSE;
  for (guint j = subject_first; j < mention->last; j++)
    if (att_word_has (ctx, j, LEX_DATA_NOUN))
      return TRUE;
  for (guint j = subject_first; j > 0 && j + 3 > subject_first; j--)
    if (att_word_has (ctx, j - 1, LEX_DATA_NOUN))
      return TRUE;
  return FALSE;
}

/* "During …", "In her book, …", "But when …": not a statement. */
static gboolean
opens_with_adverbial (AttContext *ctx,
                      guint       st)
{
  AttTok *t = ATT_TOK (ctx, st);

  if (t->kind != ATT_TOK_WORD)
    return FALSE;
  if (t->lex & LEX_NP_STOP)
    return TRUE;
  return (t->lex & LEX_NOT_NAME) && ctx->language->speech.not_name_opens_adverbial;
}

static gboolean
nested_in_clause (AttContext *ctx,
                  guint       subject_first)
{
  guint st = att_sentence_start (ctx, subject_first);

  if (subject_first > 0 && att_word_has (ctx, subject_first - 1, LEX_WH_CLAUSE))
    return TRUE;
  for (guint j = st; j < subject_first; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind == ATT_TOK_WORD && !(t->flags & ATT_F_CAP)
          && (t->lex & (LEX_VERB_SAY | LEX_VERB_WEAK | LEX_CUE_AFTER)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
paragraph_start (AttContext *ctx,
                 guint       i)
{
  while (i > 0 && ATT_TOK (ctx, i - 1)->kind == ATT_TOK_QUOTE)
    i--;
  return i == 0 || ATT_TOK (ctx, i - 1)->kind == ATT_TOK_PARA;
}

static gboolean
all_capitalised (AttContext *ctx,
                 guint       first,
                 guint       last)
{
  for (guint j = first; j < last; j++)
    if (ATT_TOK (ctx, j)->kind == ATT_TOK_WORD && !(ATT_TOK (ctx, j)->flags & ATT_F_CAP))
      return FALSE;
  return TRUE;
}

/* The end of a reported clause starting at @c: the sentence's end, or the
 * comma before another attribution ("he wrote his book, Mr. X said …"). */
static guint
clause_end (AttContext *ctx,
            guint       c)
{
  guint end = att_sentence_end (ctx, c);
  guint comma = G_MAXUINT;

  for (guint j = c; j < end; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      /* "said in a statement: “…”": the quote is the claim. */
      if (att_punct_is (ctx, j, ':') && j + 1 < end
          && (ATT_TOK (ctx, j + 1)->flags & ATT_F_IN_QUOTE))
        return j;
      if (att_punct_is (ctx, j, ','))
        comma = j;
      else if (t->kind == ATT_TOK_WORD && (t->lex & (LEX_VERB_SAY | LEX_CUE_AFTER))
               && !(t->flags & ATT_F_CAP) && comma != G_MAXUINT)
        return comma;
    }
  return end;
}

static gboolean
ends_soon (AttContext *ctx,
           guint       j)
{
  /* The sentence ends at @j, or after a short tail ("on Monday"). */
  guint end = att_sentence_end (ctx, j > 0 ? j - 1 : 0);

  return end <= j + 6;
}

/* "…, kata X." "…, X said." "…, ujarnya.": the clause before the comma. */
static void
postposed_claim (AttContext *ctx,
                 guint       comma,
                 int         mention,
                 const char *rule)
{
  guint start = att_sentence_start (ctx, comma);

  /* "Namun, A, kata X.": the connective is the journalist's. */
  if (ctx->language->speech.split_attributions)
    start = att_statement_before (ctx, comma);
  if (start < comma && !(ATT_TOK (ctx, comma - 1)->flags & ATT_F_IN_QUOTE))
    att_add_claim (ctx, start, comma, KUTIP_CLAIM_INDIRECT, mention, rule, 0.6);
}

/* The end of a reported clause from @c, and where the scan goes on: past
 * the clause when the language holds cues inside it, else at @c. */
static guint
reported_clause (AttContext *ctx,
                 guint       c,
                 gboolean    after_verb,
                 int         mention,
                 const char *rule,
                 double      confidence)
{
  guint end = clause_end (ctx, c);
  guint first = att_clause_start (ctx, c, end, after_verb);
  guint min_words = ctx->language->speech.min_clause_words;
  int k = add_claim_min (ctx, first, end, KUTIP_CLAIM_INDIRECT, mention, rule, confidence,
                         min_words > 0 ? min_words : MIN_CLAIM_WORDS);

  return k >= 0 && ctx->language->speech.clause_holds_cues ? end : c;
}

/* "A, kata X, B" and "A, menurut X, B": the attribution at [@cue, @last)
 * interrupts a sentence whose comma before it is @comma and after it is at
 * @last. Two claims: A where it belongs to the statement, and B. Returns
 * where the scan goes on. */
static guint
interrupted_claims (AttContext *ctx,
                    guint       comma,
                    guint       last,
                    int         mention,
                    const char *rule)
{
  guint before = att_statement_before (ctx, comma);

  if (before < comma)
    add_claim_min (ctx, before, comma, KUTIP_CLAIM_INDIRECT, mention, rule, 0.6, 2);
  return reported_clause (ctx, last + 1, FALSE, mention, rule, 0.6);
}

/* Claims from index @from on were attributed through "-nya". */
static void
mark_clitic (AttContext *ctx,
             guint       from)
{
  for (guint k = from; k < ctx->claims->len; k++)
    g_array_index (ctx->claims, AttClaim, k).via_clitic = TRUE;
}

/* Does an attribution ending at @last interrupt its sentence ("A, kata X,
 * B"), where the language splits such sentences? */
/* Do tokens [first, end) say something: not only a time or a place ("…,
 * kata X, Senin", "…, X menambahkan di Jakarta.")? */
static gboolean
says_something (AttContext *ctx,
                guint       first,
                guint       end)
{
  guint words = 0;
  gboolean content = FALSE;

  for (guint j = first; j < end; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind != ATT_TOK_WORD)
        continue;
      words++;
      if (!(t->flags & (ATT_F_CAP | ATT_F_DIGIT))
          && !(t->lex & (LEX_FUNCTION | LEX_CIRCUMSTANCE | LEX_TIME | LEX_NOT_NAME
                         | LEX_CONNECTOR | LEX_OBJECT_PREP)))
        content = TRUE;
    }
  return content && words >= 2;
}

static gboolean
interrupts (AttContext *ctx,
            guint       last)
{
  return ctx->language->speech.split_attributions && att_punct_is (ctx, last, ',')
         && says_something (ctx, last + 1, att_sentence_end (ctx, last));
}

/* "Hal itu disampaikan X", "Informasi ini dibenarkan oleh X", "Demikian
 * dikatakan X": X said the sentence before. "Hal senada diungkapkan X": X
 * said the same as someone else, so only X is found. Returns where the scan
 * goes on, or 0 when @i opens no such sentence. */
static guint
back_reference_at (AttContext *ctx,
                   guint       i)
{
  const KutipSpeechRules *rules = &ctx->language->speech;
  guint n = ctx->toks->len;
  guint j = i + 1, last;
  gboolean same = FALSE;
  int m;

  if (word_in (ctx, j, rules->similar))
    {
      same = TRUE;
      j++;
    }
  else if (j < n && ATT_TOK (ctx, j)->kind == ATT_TOK_WORD
           && (ATT_TOK (ctx, j)->lex & (LEX_FUNCTION | LEX_POST_DET))
           && !(ATT_TOK (ctx, j)->lex & LEX_PASSIVE_CUE))
    j++;
  while (j < n && ATT_TOK (ctx, j)->kind == ATT_TOK_WORD && (ATT_TOK (ctx, j)->lex & LEX_AUX))
    j++;
  if (!att_word_has (ctx, j, LEX_PASSIVE_CUE))
    return 0;
  if (ATT_TOK (ctx, j)->lex & LEX_CLITIC_CUE)
    {
      /* "Hal itu disampaikannya": the person named before. */
      m = att_last_named_mention (ctx, i);
      last = j + 1;
    }
  else
    {
      j++;
      if (att_word_has (ctx, j, LEX_OBJECT_PREP))
        j++;
      if (att_word_has (ctx, j, LEX_PRONOUN))
        {
          m = att_add_mention (ctx, j, j + 1, TRUE, "back-reference", 0.7);
          last = j + 1;
        }
      else if (att_name_forward (ctx, j, &last))
        m = att_add_mention (ctx, att_trim_leading (ctx, j, last), last, FALSE,
                             "back-reference", 0.75);
      else
        return 0;
    }
  if (m < 0)
    return last;
  g_array_index (ctx->mentions, AttMention, m).cued = TRUE;
  if (!same && i > 0 && ATT_TOK (ctx, i - 1)->kind != ATT_TOK_QUOTE)
    {
      guint prev = att_sentence_start (ctx, i - 1);
      guint from = att_skip_dateline (ctx, prev, i);
      gboolean claimed = ctx->claims->len > 0
                         && g_array_index (ctx->claims, AttClaim, ctx->claims->len - 1).last > prev;

      if (!claimed && from < i)
        att_add_claim (ctx, from, i, KUTIP_CLAIM_INDIRECT, m, "back-reference", 0.6);
    }
  return last;
}


guint
att_reported_speech_at (AttContext *ctx,
                        guint       i)
{
  AttTok *t = ATT_TOK (ctx, i);
  guint n = ctx->toks->len;
  guint subject_first = i;
  guint last;
  int m;

  if (t->kind != ATT_TOK_WORD || (t->flags & ATT_F_IN_QUOTE))
    return i + 1;

  /* "PENCE: Well, look, …" and "Pat Caddell: Democrat Voters …": a speaker
   * label opening a paragraph of English transcripts and headlines. */
  if (ctx->language->speech.speaker_labels && (t->flags & ATT_F_CAP) && paragraph_start (ctx, i))
    {
      guint last;

      if (att_name_forward (ctx, i, &last) && last <= i + 4 && att_punct_is (ctx, last, ':')
          && all_capitalised (ctx, i, last))
        {
          guint end = last + 1;

          while (end < n && ATT_TOK (ctx, end)->kind != ATT_TOK_PARA)
            end++;
          m = att_add_mention (ctx, i, last, FALSE, "label-colon", 0.7);
          g_array_index (ctx->mentions, AttMention, m).cued = TRUE;
          att_add_claim (ctx, last + 1, end, KUTIP_CLAIM_INDIRECT, m, "label-colon", 0.6);
          return last + 1;
        }
    }

  /* "Menurut X, …" / "according to X, …" / "…, menurut X." */
  if (t->lex & LEX_ACCORDING)
    {
      const char *joiner = ctx->language->speech.according_joiner;
      guint j = i + 1;
      gboolean clitic = (t->lex & LEX_CLITIC_CUE) != 0;
      guint before = ctx->claims->len;
      guint next = 0;

      if (clitic)
        {
          /* "Menurutnya, …": the person named before. */
          m = att_last_named_mention (ctx, i);
          last = i + 1;
          if (m < 0)
            return i + 1;
        }
      else
        {
          if (joiner != NULL)
            {
              if (!att_word_is (ctx, j, joiner))
                return i + 1;
              j++;
            }
          if (j < n && ATT_TOK (ctx, j)->kind == ATT_TOK_WORD
              && (ATT_TOK (ctx, j)->lex & LEX_PRONOUN))
            {
              m = att_add_mention (ctx, j, j + 1, TRUE, "according-to", 0.7);
              last = j + 1;
            }
          else if (att_name_forward (ctx, j, &last))
            {
              /* "Menurut Kusnawan, Blue Water …": the comma ends the cue. */
              for (guint k = j + 1; k < last; k++)
                if (att_punct_is (ctx, k, ','))
                  {
                    last = k;
                    break;
                  }
              last = att_name_appositive (ctx, last);
              m = att_add_mention (ctx, j, last, FALSE, "according-to", 0.8);
            }
          else
            return i + 1;
        }

      if ((t->flags & ATT_F_SENT_START) && att_punct_is (ctx, last, ','))
        {
          if (ctx->language->speech.split_attributions)
            next = reported_clause (ctx, last + 1, FALSE, m, "according-to", 0.7);
          else
            att_add_claim (ctx, last + 1, att_sentence_end (ctx, last), KUTIP_CLAIM_INDIRECT,
                           m, "according-to", 0.7);
        }
      else if (i > 0 && att_punct_is (ctx, i - 1, ','))
        {
          if (interrupts (ctx, last))
            next = interrupted_claims (ctx, i - 1, last, m, "according-to-inside");
          else if (ends_soon (ctx, last))
            postposed_claim (ctx, i - 1, m, "according-to-after");
          else
            att_add_claim (ctx, att_sentence_start (ctx, i), att_sentence_end (ctx, last),
                           KUTIP_CLAIM_INDIRECT, m, "according-to-inside", 0.6);
        }
      if (clitic)
        mark_clitic (ctx, before);
      return MAX (next, last);
    }

  /* "Kata Asep, pihaknya akan …", "Katanya, …": a cue opening its
   * sentence looks ahead, like "Menurut X, …". */
  if ((t->lex & LEX_CUE_AFTER) && (t->flags & ATT_F_SENT_START)
      && ctx->language->speech.sentence_cue_looks_ahead && ctx->language->speech.split_attributions)
    {
      guint before = ctx->claims->len, next;

      if (t->lex & LEX_CLITIC_CUE)
        {
          m = att_last_named_mention (ctx, i);
          last = i + 1;
        }
      else if (att_word_has (ctx, i + 1, LEX_PRONOUN))
        {
          m = att_add_mention (ctx, i + 1, i + 2, TRUE, "cue-ahead-pronoun", 0.7);
          last = i + 2;
        }
      else if (att_name_forward (ctx, i + 1, &last) && att_punct_is (ctx, last, ','))
        m = att_add_mention (ctx, i + 1, last, FALSE, "cue-ahead-name", 0.75);
      else
        return i + 1;
      if (m < 0 || !att_punct_is (ctx, last, ','))
        return last;
      next = reported_clause (ctx, last + 1, FALSE, m, "cue-ahead", 0.65);
      if (t->lex & LEX_CLITIC_CUE)
        mark_clitic (ctx, before);
      return MAX (next, last);
    }

  /* "Berdasarkan keterangan X, …": a statement of X. */
  if ((t->flags & ATT_F_SENT_START) && word_in (ctx, i, ctx->language->speech.according_prepositions)
      && att_word_has (ctx, i + 1, LEX_SOURCE_NOUN))
    {
      guint j = i + 2;

      if (att_word_has (ctx, j, LEX_OBJECT_PREP))
        j++;
      if (att_name_forward (ctx, j, &last) && att_punct_is (ctx, last, ','))
        {
          m = att_add_mention (ctx, j, last, FALSE, "according-to", 0.75);
          return reported_clause (ctx, last + 1, FALSE, m, "according-to", 0.65);
        }
      return i + 1;
    }

  /* "Hal itu disampaikan X." */
  if ((t->lex & LEX_BACK_REF) && (t->flags & ATT_F_SENT_START)
      && ctx->language->speech.split_attributions)
    {
      guint next = back_reference_at (ctx, i);

      if (next > 0)
        return next;
    }

  /* "…, ujarnya." outside quotes. */
  if ((t->lex & LEX_CLITIC_CUE) && i > 0 && att_punct_is (ctx, i - 1, ','))
    {
      guint before = ctx->claims->len;
      guint next = i + 1;

      m = att_last_named_mention (ctx, i);
      if (interrupts (ctx, i + 1))
        next = interrupted_claims (ctx, i - 1, i + 1, m, "clause-cue-clitic");
      else
        postposed_claim (ctx, i - 1, m, "clause-cue-clitic");
      mark_clitic (ctx, before);
      return next;
    }

  /* "…, kata X." / "…, said X." */
  if ((t->lex & LEX_CUE_AFTER) && i > 0 && att_punct_is (ctx, i - 1, ',')
      && !(ATT_TOK (ctx, i - 2 < n ? i - 2 : 0)->flags & ATT_F_IN_QUOTE))
    {
      gboolean pronoun = i + 1 < n && ATT_TOK (ctx, i + 1)->kind == ATT_TOK_WORD
                         && (ATT_TOK (ctx, i + 1)->lex & LEX_PRONOUN);

      if (pronoun)
        last = i + 2;
      else if (att_name_forward (ctx, i + 1, &last))
        last = att_name_appositive (ctx, last);
      else
        last = 0;
      if (last > 0 && (ends_soon (ctx, last) || interrupts (ctx, last)))
        {
          m = att_add_mention (ctx, i + 1, last, pronoun,
                               pronoun ? "clause-cue-pronoun" : "clause-cue-name",
                               pronoun ? 0.7 : 0.8);
          if (interrupts (ctx, last))
            return interrupted_claims (ctx, i - 1, last, m, "clause-cue");
          postposed_claim (ctx, i - 1, m, "clause-cue");
          return last;
        }
    }

  if (!(t->lex & (LEX_VERB_SAY | LEX_VERB_WEAK)) || att_cue_in_circumstance (ctx, i))
    return i + 1;
  /* "the United States" is no verb, but "Obama Says Museum Will …" in a
   * title-case headline is. */
  if ((t->flags & ATT_F_CAP) && !(t->flags & ATT_F_SENT_START)
      && !(i > 0 && i + 1 < n && (ATT_TOK (ctx, i - 1)->flags & ATT_F_CAP)
           && (ATT_TOK (ctx, i + 1)->flags & ATT_F_CAP) && (t->lex & LEX_VERB_SAY)))
    return i + 1;

  /* "…, saying the deal was dead": the participle's subject opens the
   * sentence. */
  if (i > 0 && att_punct_is (ctx, i - 1, ',') && (t->lex & LEX_VERB_SAY)
      && att_ends_with (ctx, t, ctx->language->speech.participle_suffix, 4))
    {
      guint st = att_sentence_start (ctx, i);
      guint last, c = i + 1;

      if (c < n && (ATT_TOK (ctx, c)->lex & LEX_THAT))
        c++;
      if (ATT_TOK (ctx, st)->kind == ATT_TOK_WORD && (ATT_TOK (ctx, st)->lex & LEX_PRONOUN))
        m = att_add_mention (ctx, st, st + 1, TRUE, "participle-subject", 0.6);
      else if (att_name_forward (ctx, st, &last) && last < i)
        m = att_add_mention (ctx, st, last, FALSE, "participle-subject", 0.6);
      else
        m = att_last_named_mention (ctx, i);
      if (m >= 0)
        g_array_index (ctx->mentions, AttMention, m).cued = TRUE;
      att_add_claim (ctx, c, clause_end (ctx, c), KUTIP_CLAIM_INDIRECT, m, "participle-say", 0.6);
      return c;
    }
  /* "Clinton was supported by …": a passive has no speaking subject. */
  if (after_be (ctx, i) && !att_ends_with (ctx, t, ctx->language->speech.participle_suffix, 3))
    {
      guint last;

      /* "… was first reported by The Washington Post" */
      if (att_word_has (ctx, i + 1, LEX_AGENT) && att_name_forward (ctx, i + 2, &last))
        {
          m = att_add_mention (ctx, i + 2, last, FALSE, "passive-by", 0.6);
          g_array_index (ctx->mentions, AttMention, m).cued = TRUE;
          return last;
        }
      return i + 1;
    }

  /* "Serangan berlanjut setelah Biden menyerukan …": a cue in a clause of
   * time is the journalist's narration. */
  if (in_clause_of_time (ctx, i))
    return i + 1;

  /* Subject + verb: "X mengatakan, …", "X said (that) …", "…, X said." */
  m = subject_of (ctx, i, &subject_first,
                  (t->lex & LEX_VERB_SAY) ? "subject-say" : "subject-stance");
  if (m < 0)
    return i + 1;
  /* "Hasil survei X mengungkapkan …": data, not a statement. */
  if (is_data_subject (ctx, m, subject_first))
    {
      drop_new_mention (ctx, m);
      return i + 1;
    }
  /* A stance inside someone else's statement ("He said he hoped …", "what
   * he calls …") is part of that statement, not an attribution of its own. */
  if (!(t->lex & LEX_VERB_SAY) && nested_in_clause (ctx, subject_first))
    {
      AttMention *mention = &g_array_index (ctx->mentions, AttMention, m);

      if (mention->rule == (const char *) "subject-stance")
        drop_new_mention (ctx, m);
      return i + 1;
    }
  {
    AttMention *mention = &g_array_index (ctx->mentions, AttMention, m);
    guint c = i + 1;
    gboolean has_that = FALSE;

    mention->cued = ctx->language->speech.stance_cues_speaker || (t->lex & LEX_VERB_SAY) != 0;
    if (!(t->lex & LEX_VERB_SAY))
      mention->confidence = MIN (mention->confidence, 0.6);

    /* "…, he said." and "…, Mr. Clarke said, until …"; but after "During
     * his years in office, Mr. Obama said, …" the statement follows. */
    if (subject_first > 0 && att_punct_is (ctx, subject_first - 1, ',')
        && opens_with_adverbial (ctx, att_sentence_start (ctx, subject_first - 1)))
      {
        if (att_punct_is (ctx, c, ','))
          {
            att_add_claim (ctx, c + 1, clause_end (ctx, c + 1), KUTIP_CLAIM_INDIRECT, m,
                           "reported-verb", 0.6);
            return c + 1;
          }
      }
    else if (subject_first > 0 && att_punct_is (ctx, subject_first - 1, ',')
        && (ctx->language->speech.claim_follows_verb
            ? !says_something (ctx, c, att_sentence_end (ctx, i))
            : (att_sentence_end (ctx, i) <= c + 4 || att_punct_is (ctx, c, ',')))
        && att_count_words (ctx, att_sentence_start (ctx, subject_first - 1), subject_first - 1)
           >= MIN_CLAIM_WORDS)
      {
        postposed_claim (ctx, subject_first - 1, m, "clause-subject-say");
        return c;
      }

    {
      const KutipSpeechRules *rules = &ctx->language->speech;
      guint that;

      if (att_punct_is (ctx, c, ',') || att_punct_is (ctx, c, ':'))
        c++;
      else if ((that = find_that (ctx, c, (t->lex & LEX_VERB_SAY) ? rules->that_reach_say
                                                                   : rules->that_reach_stance))
               != G_MAXUINT)
        {
          c = that + 1;
          has_that = TRUE;
        }
      /* "X told reporters …" without "that": no clause to report; nor
       * "X menjawab masalah itu". */
      else if (t->lex & (LEX_HEARER | LEX_NEEDS_MARK))
        return c;
      else if (!(t->lex & LEX_VERB_SAY) && !rules->stance_without_that)
        return c;
    }
    if (c < n && (t->lex & LEX_VERB_SAY || has_that || ctx->language->speech.stance_without_that))
      {
        guint end = clause_end (ctx, c);

        /* "said in a statement: “…”" — only a circumstance before the quote. */
        if (att_punct_is (ctx, end, ':') && (ATT_TOK (ctx, c)->lex & LEX_NP_STOP))
          return c;
        return reported_clause (ctx, c, c == i + 1, m,
                                (t->lex & LEX_VERB_SAY) ? "reported-verb" : "reported-stance",
                                has_that ? 0.7 : 0.6);
      }
    return c;
  }
}
