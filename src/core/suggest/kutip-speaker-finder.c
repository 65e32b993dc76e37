/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-speaker-finder.c: name phrases of speakers ("juru bicara Gedung Putih
 * Karine Jean-Pierre", "Presiden AS Joe Biden", "a senior official") found
 * from speech cues on either side, and the mention before a pronoun or a
 * "-nya" cue (grouping into entities: kutip-speaker-entities.c). */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

#define MAX_NAME_TOKENS 24

static inline gboolean
is_word (AttTok *t)
{
  return t->kind == ATT_TOK_WORD;
}

/* A word that can be part of a name phrase wherever it stands. */
static inline gboolean
is_name_word (AttTok *t)
{
  if (!is_word (t) || (t->lex & (LEX_NOT_NAME | LEX_PRONOUN | LEX_ACCORDING | LEX_PASSIVE_CUE
                                  | LEX_CLITIC_CUE | LEX_THAT)))
    return FALSE;
  if (t->lex & (LEX_VERB_SAY | LEX_CUE_AFTER | LEX_VERB_WEAK | LEX_NP_STOP))
    return (t->flags & ATT_F_CAP) && !(t->flags & ATT_F_SENT_START)
           && !(t->lex & (LEX_VERB_SAY | LEX_CUE_AFTER));
  return (t->flags & (ATT_F_CAP | ATT_F_DIGIT)) || (t->lex & (LEX_TITLE | LEX_GROUP_NOUN));
}

static inline gboolean
is_head_word (AttTok *t)
{
  return is_word (t) && !(t->flags & ATT_F_DIGIT) && is_name_word (t);
}

/* "Kementerian Dalam Negeri", "Pejabat Sementara Gubernur": a word that is
 * never a name by itself, capitalised inside a sentence, between @neighbour
 * (a name word) and the name word on its other side. */
static gboolean
capitalised_inside (AttContext *ctx,
                    guint       j,
                    gint        other)
{
  AttTok *t = ATT_TOK (ctx, j);

  if (!ctx->language->names.capitalised_inside || other < 0 || (guint) other >= ctx->toks->len)
    return FALSE;
  return is_word (t) && (t->flags & ATT_F_CAP) && !(t->flags & (ATT_F_SENT_START | ATT_F_ALL_CAPS))
         && (t->lex & LEX_NOT_NAME)
         && !(t->lex & (LEX_TIME | LEX_PRONOUN | LEX_ACCORDING | LEX_CLITIC_CUE | LEX_THAT))
         && is_head_word (ATT_TOK (ctx, other)) && !(ATT_TOK (ctx, other)->flags & ATT_F_DIGIT);
}

/* "(36)" from token @j: an age after a name. */
static gboolean
age_at (AttContext *ctx,
        guint       j)
{
  return ctx->language->names.age_after_name && att_punct_is (ctx, j, '(')
         && j + 2 < ctx->toks->len && (ATT_TOK (ctx, j + 1)->flags & ATT_F_DIGIT)
         && ATT_TOK (ctx, j + 1)->end - ATT_TOK (ctx, j + 1)->start <= 3
         && att_punct_is (ctx, j + 2, ')');
}

/* "warga setempat", "saksi mata", "Pedagang lainnya": one lower-case word
 * closing a phrase whose last word is a group noun or a title. */
static gboolean
closing_modifier (AttContext *ctx,
                  guint       j)
{
  AttTok *t = ATT_TOK (ctx, j);
  const char * const *prefix = ctx->language->names.verb_prefixes;

  if (prefix == NULL || j == 0 || !is_word (t) || (t->flags & (ATT_F_CAP | ATT_F_DIGIT))
      || !(ATT_TOK (ctx, j - 1)->lex & (LEX_GROUP_NOUN | LEX_TITLE))
      || !is_word (ATT_TOK (ctx, j - 1)))
    return FALSE;
  if (t->lex & LEX_POST_DET)
    return TRUE;
  if (t->lex & (LEX_NOT_NAME | LEX_FUNCTION | LEX_PRONOUN | LEX_AUX | LEX_VERB_SAY
                | LEX_VERB_WEAK | LEX_CUE_AFTER | LEX_ACCORDING | LEX_PASSIVE_CUE | LEX_THAT
                | LEX_CLITIC_CUE | LEX_CONNECTOR | LEX_OBJECT_PREP | LEX_CIRCUMSTANCE
                | LEX_NEGATION | LEX_DETERMINER | LEX_TIME))
    return FALSE;
  for (; *prefix != NULL; prefix++)
    {
      gsize n = strlen (*prefix);

      if (t->end - t->start > n && g_ascii_strncasecmp (ctx->text + t->start, *prefix, n) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Words that join the parts of a role or an organisation: "Dinas
 * Pertanahan dan Tata Ruang", "Konsul Jenderal RI di New York", "Network for
 * Democracy". */
static gboolean
is_connector (AttContext *ctx,
              guint       j)
{
  if (att_punct_is (ctx, j, '&'))
    return TRUE;
  if (!att_word_has (ctx, j, LEX_CONNECTOR))
    return FALSE;
  /* A connector of place ("di") joins an office to its place ("Konsul
   * Jenderal RI di New York"), not a person to where they spoke
   * ("Gubernur … Khofifah di Surabaya"). */
  return !(ATT_TOK (ctx, j)->lex & LEX_CIRCUMSTANCE)
         || (j > 0 && (ATT_TOK (ctx, j - 1)->lex & LEX_TITLE))
         || (j > 0 && (ATT_TOK (ctx, j - 1)->flags & ATT_F_ALL_CAPS));
}

static gboolean
has_title (AttContext *ctx,
           guint       first,
           guint       last)
{
  for (guint j = first; j < last; j++)
    if (ATT_TOK (ctx, j)->kind == ATT_TOK_WORD && (ATT_TOK (ctx, j)->lex & LEX_TITLE))
      return TRUE;
  return FALSE;
}

/* A sub-heading word glued before a role at the start of a sentence:
 * "Mudik Ketua Umum …" → "Ketua Umum …". */
guint
att_trim_leading (AttContext *ctx,
              guint       first,
              guint       last)
{
  AttTok *t = ATT_TOK (ctx, first);

  if (first + 2 < last && (t->flags & ATT_F_SENT_START) && (t->flags & ATT_F_CAP)
      && !(t->lex & LEX_TITLE) && !(t->flags & ATT_F_ALL_CAPS)
      && (ATT_TOK (ctx, first + 1)->lex & LEX_TITLE))
    return first + 1;
  return first;
}

gboolean
att_name_forward (AttContext *ctx,
                  guint       i,
                  guint      *last)
{
  guint n = ctx->toks->len;
  guint j = i, end = i;
  gboolean has_head = FALSE;
  guint lower_run = 0;

  if (i >= n)
    return FALSE;
  /* "a senior official", "salah satu saksi mata" */
  while (ctx->language->names.determiner_opens && j < n && j < i + 2
         && (ATT_TOK (ctx, j)->lex & LEX_DETERMINER) && is_word (ATT_TOK (ctx, j)))
    j++;

  for (; j < n && j - i < MAX_NAME_TOKENS; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (is_head_word (t))
        {
          has_head = TRUE;
          lower_run = 0;
          end = j + 1;
          continue;
        }
      if (!has_head && is_word (t) && !(t->flags & ATT_F_CAP)
          && !(t->lex & (LEX_NP_STOP | LEX_NOT_NAME | LEX_PRONOUN | LEX_VERB_SAY
                         | LEX_CUE_AFTER | LEX_THAT | LEX_FUNCTION))
          && lower_run < 3 && ctx->language->names.lowercase_modifiers)
        {
          /* "said a senior administration official", "the state auditor" */
          lower_run++;
          if (j > i && (ATT_TOK (ctx, i)->lex & LEX_DETERMINER) && j + 1 < n
              && ATT_TOK (ctx, j + 1)->kind != ATT_TOK_WORD)
            {
              has_head = TRUE;
              end = j + 1;
              break;
            }
          continue;
        }
      if (has_head && is_word (t) && (t->lex & LEX_PARTICLE) && j + 1 < n
          && (ATT_TOK (ctx, j + 1)->flags & ATT_F_CAP))
        continue;
      if (has_head && capitalised_inside (ctx, j, (gint) j + 1))
        continue;
      if (has_head && age_at (ctx, j))
        {
          j += 2;
          end = j + 1;
          continue;
        }
      if (has_head && lower_run == 0 && closing_modifier (ctx, j)
          && !(j + 1 < n && is_head_word (ATT_TOK (ctx, j + 1))))
        {
          end = j + 1;
          break;
        }
      if (has_head && is_word (t) && !(t->flags & ATT_F_CAP) && lower_run == 0
          && ctx->language->names.lowercase_after_title
          && !(t->lex & (LEX_NOT_NAME | LEX_FUNCTION | LEX_VERB_SAY | LEX_VERB_WEAK
                         | LEX_CUE_AFTER | LEX_PRONOUN | LEX_AUX))
          && (ATT_TOK (ctx, j - 1)->lex & LEX_TITLE) && j + 1 < n
          && is_head_word (ATT_TOK (ctx, j + 1)))
        {
          /* "Pengajar sosiologi Universitas …" */
          lower_run = 1;
          continue;
        }
      /* "(UNJ)", "(D-Wis.)" after a name word. */
      if (has_head && att_punct_is (ctx, j, '(') && j + 2 < n
          && is_head_word (ATT_TOK (ctx, j + 1)))
        {
          guint k = j + 1;

          while (k < n && k < j + 10 && (is_head_word (ATT_TOK (ctx, k))
                                        || att_punct_is (ctx, k, '.')
                                        || att_punct_is (ctx, k, '-')))
            k++;
          if (att_punct_is (ctx, k, ')'))
            {
              j = k;
              end = k + 1;
              continue;
            }
          break;
        }
      /* "Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo": the parts
       * of a role, capitalised; not "kata Erwin, pemerintah provinsi …". */
      if (has_head && ctx->language->names.comma_in_role && att_punct_is (ctx, j, ',') && j + 1 < n
          && is_head_word (ATT_TOK (ctx, j + 1))
          && (ATT_TOK (ctx, j + 1)->flags & ATT_F_CAP) && has_title (ctx, i, j))
        continue;
      if (has_head && j + 1 < n && is_head_word (ATT_TOK (ctx, j + 1))
          && ((is_connector (ctx, j) && has_title (ctx, i, j))
              || (t->flags & ATT_F_DIGIT)))
        continue;
      /* "Mr. Clarke" */
      if (has_head && att_punct_is (ctx, j, '.') && (ATT_TOK (ctx, j - 1)->lex & LEX_ABBREV)
          && ATT_TOK (ctx, j - 1)->end == ATT_TOK (ctx, j)->start && j + 1 < n
          && is_head_word (ATT_TOK (ctx, j + 1)))
        continue;
      /* "Jean - Pierre", "Covid - 19", "Menteri Riset dan Teknologi / Kepala
       * Badan …" */
      if (has_head && (att_punct_is (ctx, j, '-') || att_punct_is (ctx, j, '/')) && j + 1 < n
          && is_head_word (ATT_TOK (ctx, j + 1)))
        continue;
      break;
    }

  if (!has_head)
    return FALSE;
  *last = end;
  return TRUE;
}

/* Words after which a name phrase is an object, not who speaks:
 * "kepada Perdana Menteri Israel Benjamin Netanyahu, Biden mengatakan". */
static gboolean
is_object_preposition (AttContext *ctx,
                       gint        i)
{
  return i >= 0 && att_word_has (ctx, (guint) i, LEX_OBJECT_PREP);
}

/* The name phrase ending just before @end (exclusive), walking back. */
gboolean
att_name_backward (AttContext *ctx,
                   guint       end,
                   guint      *first)
{
  gboolean has_head = FALSE;
  guint start = end;
  guint lower_run = 0;
  guint cut = G_MAXUINT; /* where to fall back if no title joins a crossing */
  guint comma_cut = G_MAXUINT; /* where the phrase stood before its last comma */
  gint j;

  for (j = (gint) end - 1; j >= 0 && end - j <= MAX_NAME_TOKENS; j--)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind == ATT_TOK_PARA || (t->flags & ATT_F_IN_QUOTE))
        break;
      if (is_head_word (t))
        {
          has_head = TRUE;
          start = j;
          lower_run = 0;
          if (t->lex & LEX_TITLE)
            cut = G_MAXUINT;
          if (t->flags & ATT_F_SENT_START)
            break;
          continue;
        }
      if (has_head && is_word (t) && (t->lex & LEX_PARTICLE) && j > 0
          && is_head_word (ATT_TOK (ctx, j - 1)))
        continue;
      if (has_head && capitalised_inside (ctx, (guint) j, j - 1))
        continue;
      /* "Winda (36)" */
      if (has_head && j >= 2 && att_punct_is (ctx, j, ')') && age_at (ctx, j - 2) && j >= 3
          && is_head_word (ATT_TOK (ctx, j - 3)))
        {
          j -= 2;
          continue;
        }
      /* "saksi mata", "warga setempat": the last word of the phrase. */
      if (!has_head && (guint) j + 1 == end && closing_modifier (ctx, j))
        continue;
      /* "Dinas Pertanahan dan Tata Ruang …", "Anggota KPU, Viryan Aziz": kept
       * only when a title stands further left. */
      if (has_head && j > 0 && is_head_word (ATT_TOK (ctx, j - 1))
          && (is_connector (ctx, j) || (t->flags & ATT_F_DIGIT)
              || (att_punct_is (ctx, j, ',') && ctx->language->names.comma_in_role)))
        {
          if (cut == G_MAXUINT && !(t->flags & ATT_F_DIGIT))
            cut = start;
          if (att_punct_is (ctx, j, ','))
            comma_cut = start;
          continue;
        }
      if (has_head && (t->lex & LEX_DETERMINER))
        {
          /* "salah satu", "para" */
          start = j;
          if (j > 0 && (ATT_TOK (ctx, j - 1)->lex & LEX_DETERMINER) && is_word (ATT_TOK (ctx, j - 1)))
            start = j - 1;
          break;
        }
      if (ctx->language->names.lowercase_modifiers && is_word (t)
          && !(t->flags & ATT_F_SENT_START)
          && !(t->lex & (LEX_NP_STOP | LEX_FUNCTION | LEX_PRONOUN | LEX_VERB_SAY
                         | LEX_CUE_AFTER | LEX_VERB_WEAK | LEX_AUX))
          && lower_run < 3 && !(t->flags & ATT_F_DIGIT))
        {
          /* "longtime Democratic pollster Pat Caddell", "the source"; not
           * "said", "according", "publicly". */
          const char * const *stop = ctx->language->names.modifier_stops;

          while (stop != NULL && *stop != NULL && !att_ends_with (ctx, t, *stop, 3))
            stop++;
          if (stop != NULL && *stop != NULL)
            break;
          lower_run++;
          continue;
        }
      if (has_head && ctx->language->names.lowercase_after_title && is_word (t)
          && !(t->flags & ATT_F_CAP)
          && lower_run == 0 && j > 0 && (ATT_TOK (ctx, j - 1)->lex & LEX_TITLE)
          && !(t->lex & (LEX_NOT_NAME | LEX_FUNCTION | LEX_AUX | LEX_VERB_WEAK | LEX_VERB_SAY)))
        {
          lower_run = 1;
          continue;
        }
      if (has_head && att_punct_is (ctx, j, ')'))
        {
          gint k = j - 1;

          while (k > 0 && k > j - 10 && (is_head_word (ATT_TOK (ctx, k))
                                         || att_punct_is (ctx, k, '.')
                                         || att_punct_is (ctx, k, '-')))
            k--;
          if (att_punct_is (ctx, k, '(') && k < j - 1)
            {
              j = k;
              continue;
            }
          break;
        }
      if (has_head && (att_punct_is (ctx, j, '-') || att_punct_is (ctx, j, '/')) && j > 0
          && is_head_word (ATT_TOK (ctx, j - 1)))
        continue;
      /* "Mr. Clarke", "Sen. Ted Cruz" */
      if (has_head && att_punct_is (ctx, j, '.') && j > 0
          && (ATT_TOK (ctx, j - 1)->lex & LEX_ABBREV) && ATT_TOK (ctx, j - 1)->end == t->start)
        continue;
      break;
    }
  if (!has_head)
    return FALSE;
  if (cut != G_MAXUINT)
    start = cut;
  /* A phrase joined across a comma that turns out to follow a preposition
   * was an object; the speaker is what follows the comma. */
  if (comma_cut != G_MAXUINT && start < comma_cut && is_object_preposition (ctx, (gint) start - 1))
    start = comma_cut;
  *first = att_trim_leading (ctx, start, end);
  return TRUE;
}

/* "-", "–", "—" or "―" as a token of its own. */
gboolean
att_is_dash (AttContext *ctx,
             guint       i)
{
  AttTok *t;
  const char *p;

  if (i >= ctx->toks->len)
    return FALSE;
  t = ATT_TOK (ctx, i);
  p = ctx->text + t->start;
  if (t->kind != ATT_TOK_PUNCT)
    return FALSE;
  if (t->end - t->start == 1)
    return *p == '-';
  return t->end - t->start == 3
         && (memcmp (p, "—", 3) == 0 || memcmp (p, "–", 3) == 0 || memcmp (p, "―", 3) == 0);
}

int
att_add_mention (AttContext *ctx,
                 guint       first,
                 guint       last,
                 gboolean    pronoun,
                 const char *rule,
                 double      confidence)
{
  AttMention m = { first, last, -1, pronoun, FALSE, FALSE, FALSE, rule, confidence };

  for (guint k = ctx->mentions->len; k > 0; k--)
    {
      AttMention *o = &g_array_index (ctx->mentions, AttMention, k - 1);

      if (o->first < last && first < o->last)
        {
          /* A cue found the candidate again: it is that cue's mention now. */
          if (o->candidate)
            {
              o->candidate = FALSE;
              o->first = first;
              o->last = last;
              o->rule = rule;
              o->confidence = confidence;
            }
          if (confidence > o->confidence)
            o->confidence = confidence;
          return (int) (k - 1);
        }
      if (o->last + 64 < first)
        break;
    }
  g_array_append_val (ctx->mentions, m);
  return (int) ctx->mentions->len - 1;
}

/* The last mention that names someone, starting before token @before. */
int
att_last_named_mention (AttContext *ctx,
                        guint       before)
{
  for (guint k = ctx->mentions->len; k > 0; k--)
    {
      AttMention *m = &g_array_index (ctx->mentions, AttMention, k - 1);

      if (m->first < before && !m->pronoun && !m->candidate)
        return (int) (k - 1);
    }
  return -1;
}

static guint
skip_aux_forward (AttContext *ctx,
                  guint       i)
{
  while (i < ctx->toks->len && (ATT_TOK (ctx, i)->lex & LEX_AUX))
    i++;
  return i;
}

/* Speaker cue after a closing quote at @i: "kata X", "katanya", "ujar dia",
 * "X menambahkan", "said X", "X said", "he said", "according to X". */
int
att_find_speaker_after (AttContext *ctx,
                        guint       i,
                        guint      *cue_end)
{
  guint n = ctx->toks->len;
  AttTok *t;
  guint last;

  if (i < n && att_punct_is (ctx, i, ','))
    i++;
  if (i >= n)
    return -1;
  /* "“…” ― Carla Sanchez." */
  if (att_is_dash (ctx, i))
    {
      if (att_name_forward (ctx, i + 1, &last)
          && (last >= n || ATT_TOK (ctx, last)->kind != ATT_TOK_WORD))
        {
          *cue_end = last;
          return att_add_mention (ctx, i + 1, last, FALSE, "quote-dash-name", 0.8);
        }
      return -1;
    }
  t = ATT_TOK (ctx, i);
  if (!is_word (t))
    return -1;

  if (t->lex & LEX_CLITIC_CUE)
    {
      *cue_end = i + 1;
      return att_last_named_mention (ctx, i);
    }
  /* In Indonesian a cue word opening a new sentence ("Kata dia, …") does not
   * attribute the quote before it; a name that does ("“…” Presiden
   * menambahkan.") falls through below. */
  if ((t->lex & LEX_CUE_AFTER)
      && !((t->flags & ATT_F_SENT_START) && ctx->language->speech.sentence_cue_looks_ahead))
    {
      guint j = i + 1;

      if (j < n && (ATT_TOK (ctx, j)->lex & LEX_PRONOUN) && is_word (ATT_TOK (ctx, j)))
        {
          *cue_end = j + 1;
          return att_add_mention (ctx, j, j + 1, TRUE, "cue-after-pronoun", 0.8);
        }
      if (att_name_forward (ctx, j, &last))
        {
          last = att_name_appositive (ctx, last);
          *cue_end = last;
          return att_add_mention (ctx, j, last, FALSE, "cue-after-name", 0.9);
        }
    }
  if ((t->lex & LEX_ACCORDING) && ctx->language->speech.according_joiner != NULL
      && att_word_is (ctx, i + 1, ctx->language->speech.according_joiner)
      && att_name_forward (ctx, i + 2, &last))
    {
      *cue_end = last;
      return att_add_mention (ctx, i + 2, last, FALSE, "according-to", 0.85);
    }
  /* Subject before the verb: "he said", "X menambahkan". */
  if ((t->lex & LEX_PRONOUN) && ctx->language->speech.pronoun_cue_after_quote)
    {
      guint v = skip_aux_forward (ctx, i + 1);

      if (v < n && (ATT_TOK (ctx, v)->lex & LEX_CUE_AFTER))
        {
          *cue_end = v + 1;
          return att_add_mention (ctx, i, i + 1, TRUE, "pronoun-cue", 0.85);
        }
      return -1;
    }
  if (att_name_forward (ctx, i, &last))
    {
      guint v = skip_aux_forward (ctx, last);

      if (v < n && (ATT_TOK (ctx, v)->lex & (LEX_CUE_AFTER | LEX_VERB_SAY)))
        {
          *cue_end = v + 1;
          return att_add_mention (ctx, i, last, FALSE, "name-cue", 0.85);
        }
    }
  return -1;
}

/* Speaker cue before an opening quote at @i: "X mengatakan, “…”",
 * "X said: “…”", "kata X, “…”". */
int
att_find_speaker_before (AttContext *ctx,
                         guint       i)
{
  gint j = (gint) i - 1;
  guint first;

  if (j >= 0 && (att_punct_is (ctx, j, ',') || att_punct_is (ctx, j, ':')))
    {
      gboolean colon = att_punct_is (ctx, j, ':');
      gint stop = MAX (0, j - 8);

      j--;
      /* "X said in a statement: “…”", "X told reporters: “…”" */
      if (colon)
        for (gint v = j; v > stop; v--)
          {
            AttTok *w = ATT_TOK (ctx, v);

            if (w->kind != ATT_TOK_WORD || (w->flags & ATT_F_SENT_START))
              break;
            if ((w->lex & (LEX_VERB_SAY | LEX_CUE_AFTER)) && !(w->flags & ATT_F_CAP))
              {
                j = v;
                break;
              }
          }
    }
  if (j < 0)
    return -1;
  if (ATT_TOK (ctx, j)->kind != ATT_TOK_WORD)
    return -1;
  if (ATT_TOK (ctx, j)->lex & (LEX_VERB_SAY | LEX_CUE_AFTER))
    {
      gint s = j - 1;

      while (s >= 0 && (ATT_TOK (ctx, s)->lex & LEX_AUX) && is_word (ATT_TOK (ctx, s)))
        s--;
      if (s < 0)
        return -1;
      if (ATT_TOK (ctx, s)->lex & LEX_PRONOUN)
        return att_add_mention (ctx, s, s + 1, TRUE, "pronoun-verb-quote", 0.8);
      if (att_name_backward (ctx, s + 1, &first))
        return att_add_mention (ctx, first, s + 1, FALSE, "name-verb-quote", 0.85);
    }
  return -1;
}
