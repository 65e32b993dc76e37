/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution.c: the public entry of the attribution finder: detects
 * the language, runs the quote, reported-speech and speaker finders in one
 * pass over the tokens, links claims to speakers and groups entities. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

/* A quote with no cue continues the last speaker when it follows closely. */
#define CONTINUE_TOKENS 120

/* One allocation: this header, then the claims, the speakers, the entity
 * names and their bytes. */
struct _KutipAttribution
{
  const char        *lang;      /* the profile's code (static) */
  KutipClaimMatch   *claims;
  KutipSpeakerMatch *speakers;
  char             **names;     /* one per entity */
  guint              n_claims;
  guint              n_speakers;
  guint              n_names;
};

/* The finder's working arrays, kept per thread and reused from call to call:
 * a short text then costs no allocation. */
typedef struct
{
  GArray  *toks;        /* AttTok */
  GArray  *quotes;      /* AttQuote */
  GArray  *mentions;    /* AttMention */
  GArray  *claims;      /* AttClaim */
  GArray  *entities;    /* AttEntity */
  GArray  *keys;        /* AttKey */
  GString *key_bytes;
  GArray  *order;       /* int: a mention's index in text order */
  GArray  *per_entity;  /* int */
  GArray  *public_index;/* int */
  GArray  *out_claims;  /* KutipClaimMatch */
  GArray  *out_speakers;/* KutipSpeakerMatch */
  GArray  *out_names;   /* AttEntity: the names of the entities reported */
  gboolean in_use;
} Scratch;

/* Above this many tokens a thread gives its arrays back after the call,
 * so that one huge text does not pin its memory. */
#define SCRATCH_KEEP_TOKENS (1u << 16)

static void
scratch_free (gpointer data)
{
  Scratch *s = data;

  g_array_unref (s->toks);
  g_array_unref (s->quotes);
  g_array_unref (s->mentions);
  g_array_unref (s->claims);
  g_array_unref (s->entities);
  g_array_unref (s->keys);
  g_string_free (s->key_bytes, TRUE);
  g_array_unref (s->order);
  g_array_unref (s->per_entity);
  g_array_unref (s->public_index);
  g_array_unref (s->out_claims);
  g_array_unref (s->out_speakers);
  g_array_unref (s->out_names);
  g_free (s);
}

static GPrivate scratch_key = G_PRIVATE_INIT (scratch_free);

static Scratch *
scratch_new (void)
{
  Scratch *s = g_new0 (Scratch, 1);

  s->toks = g_array_new (FALSE, FALSE, sizeof (AttTok));
  s->quotes = g_array_new (FALSE, FALSE, sizeof (AttQuote));
  s->mentions = g_array_new (FALSE, FALSE, sizeof (AttMention));
  s->claims = g_array_new (FALSE, FALSE, sizeof (AttClaim));
  s->entities = g_array_new (FALSE, FALSE, sizeof (AttEntity));
  s->keys = g_array_new (FALSE, FALSE, sizeof (AttKey));
  s->key_bytes = g_string_new (NULL);
  s->order = g_array_new (FALSE, FALSE, sizeof (int));
  s->per_entity = g_array_new (FALSE, FALSE, sizeof (int));
  s->public_index = g_array_new (FALSE, FALSE, sizeof (int));
  s->out_claims = g_array_new (FALSE, FALSE, sizeof (KutipClaimMatch));
  s->out_speakers = g_array_new (FALSE, FALSE, sizeof (KutipSpeakerMatch));
  s->out_names = g_array_new (FALSE, FALSE, sizeof (AttEntity));
  return s;
}

/* The thread's scratch, marked in use; give it back with scratch_release().
 * A nested call (none today) would get a fresh one of its own. */
static Scratch *
scratch_take (void)
{
  Scratch *s = g_private_get (&scratch_key);

  if (s == NULL)
    {
      s = scratch_new ();
      g_private_set (&scratch_key, s);
    }
  else if (s->in_use)
    return scratch_new ();
  s->in_use = TRUE;
  return s;
}

static void
scratch_release (Scratch *s,
                 guint    n_toks)
{
  if (s != g_private_get (&scratch_key))
    scratch_free (s);
  else if (n_toks > SCRATCH_KEEP_TOKENS)
    g_private_replace (&scratch_key, NULL); /* frees it */
  else
    s->in_use = FALSE;
}

static gboolean
has_sentence_end (AttContext *ctx,
                  guint       first,
                  guint       last)
{
  for (guint j = first; j < last; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind == ATT_TOK_PUNCT && strchr (".,!?", ctx->text[t->start]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The speaker of a quote nothing attributes: the last claim's speaker when
 * that claim ends close by (interrupted and multi-paragraph quotes). */
static int
continued_speaker (AttContext *ctx,
                   guint       open)
{
  if (ctx->claims->len > 0)
    {
      AttClaim *c = &g_array_index (ctx->claims, AttClaim, ctx->claims->len - 1);

      if (c->mention >= 0 && c->last + CONTINUE_TOKENS > open)
        return c->mention;
    }
  for (guint k = ctx->mentions->len; k > 0; k--)
    {
      AttMention *m = &g_array_index (ctx->mentions, AttMention, k - 1);

      if (m->first < open)
        return m->last + CONTINUE_TOKENS > open ? (int) (k - 1) : -1;
    }
  return -1;
}

static void
handle_quote (AttContext *ctx,
              AttQuote   *q,
              guint      *resume)
{
  guint cue_end = q->close + 1;
  guint words = att_count_words (ctx, q->open, q->close + 1);
  int m = -1;
  const char *rule = "quote";
  double confidence = 0.6;
  int k;

  if (q->closed)
    m = att_find_speaker_after (ctx, q->close + 1, &cue_end);
  if (m >= 0)
    {
      rule = "quote-cue-after";
      confidence = 0.95;
    }
  else if ((m = att_find_speaker_before (ctx, q->open)) >= 0)
    {
      rule = "quote-cue-before";
      confidence = 0.9;
    }
  else
    {
      gboolean embedded = q->open > 0
                          && ATT_TOK (ctx, q->open - 1)->kind == ATT_TOK_WORD
                          && !(ATT_TOK (ctx, q->open)->flags & ATT_F_SENT_START);

      /* Scare quotes and titles ("the so-called “reform”") are no claims. */
      if (words < 4 || (embedded && !has_sentence_end (ctx, q->open + 1, q->close)))
        {
          *resume = q->open + 1;
          return;
        }
      m = continued_speaker (ctx, q->open);
      rule = m >= 0 ? "quote-continued" : "quote";
      confidence = m >= 0 ? 0.8 : 0.6;
    }
  if (!q->closed)
    confidence -= 0.1;
  k = att_add_claim (ctx, q->open, q->close + 1, KUTIP_CLAIM_DIRECT, m, rule, confidence);
  if (k >= 0 && m >= 0 && q->closed)
    {
      guint c = q->close + 1;

      if (att_punct_is (ctx, c, ','))
        c++;
      if (c < ctx->toks->len && (ATT_TOK (ctx, c)->lex & LEX_CLITIC_CUE))
        g_array_index (ctx->claims, AttClaim, k).via_clitic = TRUE;
    }
  *resume = MAX (cue_end, q->close + 1);
}

/* "Kepala BMKG Dwikorita Karnawati", not "Dwikorita" nor "BMKG". */
static gboolean
introduces_person (AttContext *ctx,
                   AttMention *m)
{
  guint names = 0;
  gboolean title = FALSE;

  for (guint j = m->first; j < m->last; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind != ATT_TOK_WORD)
        continue;
      if (t->lex & LEX_TITLE)
        title = TRUE;
      else if ((t->flags & ATT_F_CAP) && !(t->flags & ATT_F_ALL_CAPS))
        names++;
    }
  return names >= 2 || (title && names >= 1);
}

/* A person named with title or full name anywhere ("Menteri Sosial Juliari
 * Batubara juga …"): kept aside in case the person is quoted later. */
static void
find_candidate (AttContext *ctx,
                guint       i,
                guint      *name_until)
{
  AttTok *t = ATT_TOK (ctx, i);
  guint last;

  if (t->kind != ATT_TOK_WORD || (t->flags & ATT_F_IN_QUOTE)
      || !((t->flags & ATT_F_CAP) || (t->lex & LEX_TITLE)))
    return;
  if (!att_name_forward (ctx, i, &last))
    return;
  *name_until = last;
  {
    AttMention probe = { i, last, -1, FALSE, FALSE, FALSE, FALSE, NULL, 0 };
    int k;

    if (!introduces_person (ctx, &probe))
      return;
    k = att_add_mention (ctx, att_trim_leading (ctx, i, last), last, FALSE, "name-intro", 0.6);
    if (g_array_index (ctx->mentions, AttMention, k).rule == (const char *) "name-intro")
      g_array_index (ctx->mentions, AttMention, k).candidate = TRUE;
  }
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const AttMention *x = a, *y = b;

  return (x->first > y->first) - (x->first < y->first);
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  const KutipClaimMatch *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/**
 * kutip_attribution_find:
 * @utf8: the text (valid UTF-8 is expected; invalid bytes are skipped)
 * @n_bytes: its length in bytes
 * @lang: (nullable): a language code ("id", "en"); %NULL, or one with no
 *   profile, detects the language
 *
 * Finds claims and their speakers with confidence at least
 * %KUTIP_ATTRIBUTION_MIN_CONFIDENCE. Offsets in the result are UTF-8 byte
 * offsets into @utf8.
 *
 * Returns: (transfer full): the result; free with kutip_attribution_free()
 */
KutipAttribution *
kutip_attribution_find (const char *utf8,
                        gsize       n_bytes,
                        const char *lang)
{
  return kutip_attribution_find_full (utf8, n_bytes, lang,
                                      KUTIP_ATTRIBUTION_MIN_CONFIDENCE);
}

/**
 * kutip_attribution_find_full:
 * @utf8: the text
 * @n_bytes: its length in bytes
 * @lang: (nullable): a language code ("id", "en"); %NULL, or one with no
 *   profile, detects the language
 * @min_confidence: claims and speakers below this are left out
 *
 * Like kutip_attribution_find() with a chosen confidence threshold; 0 returns
 * every candidate (e.g. Indonesian reported speech, kept at 0.35).
 *
 * Returns: (transfer full): the result; free with kutip_attribution_free()
 */
/* Packs the claims and speakers found into one block; names are slices of
 * @text, by entity index. */
static KutipAttribution *
result_new (const char              *lang,
            const char              *text,
            const KutipClaimMatch   *claims,
            guint                    n_claims,
            const KutipSpeakerMatch *speakers,
            guint                    n_speakers,
            const AttEntity         *names,
            guint                    n_names)
{
  gsize claims_at, speakers_at, names_at, bytes_at, size;
  KutipAttribution *self;
  char *block, *bytes;

#define ALIGNED(n) (((n) + 15) & ~(gsize) 15)
  claims_at = ALIGNED (sizeof (KutipAttribution));
  speakers_at = claims_at + ALIGNED (n_claims * sizeof (KutipClaimMatch));
  names_at = speakers_at + ALIGNED (n_speakers * sizeof (KutipSpeakerMatch));
  bytes_at = names_at + ALIGNED (n_names * sizeof (char *));
#undef ALIGNED
  size = bytes_at;
  for (guint e = 0; e < n_names; e++)
    size += names[e].len + 1;

  block = g_malloc (size);
  self = (KutipAttribution *) (gpointer) block;
  self->lang = lang;
  self->n_claims = n_claims;
  self->n_speakers = n_speakers;
  self->n_names = n_names;
  self->claims = (KutipClaimMatch *) (gpointer) (block + claims_at);
  self->speakers = (KutipSpeakerMatch *) (gpointer) (block + speakers_at);
  self->names = (char **) (gpointer) (block + names_at);
  if (n_claims > 0)
    memcpy (self->claims, claims, n_claims * sizeof (KutipClaimMatch));
  if (n_speakers > 0)
    memcpy (self->speakers, speakers, n_speakers * sizeof (KutipSpeakerMatch));

  bytes = block + bytes_at;
  for (guint e = 0; e < n_names; e++)
    {
      self->names[e] = bytes;
      memcpy (bytes, text + names[e].start, names[e].len);
      bytes[names[e].len] = '\0';
      bytes += names[e].len + 1;
    }
  for (guint k = 0; k < n_speakers; k++)
    self->speakers[k].canonical = self->names[self->speakers[k].entity];
  return self;
}

/* Empties a scratch array (most are empty already: no call then). */
static inline void
clear_array (GArray *array)
{
  if (array->len > 0)
    g_array_set_size (array, 0);
}

/* Finds claims and mentions with the context's arrays; returns the result. */
/* Does the sentence [first, last) hold the word @word (@len bytes)? */
static gboolean
sentence_names (AttContext *ctx,
                guint       first,
                guint       last,
                const char *word,
                gsize       len)
{
  for (guint j = first; j < last; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind == ATT_TOK_WORD && t->end - t->start == len
          && g_ascii_strncasecmp (ctx->text + t->start, word, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Sets @out's told and scene ranges for claim @c (see KutipClaimMatch):
 * the claim's sentences with its speaker's when that is the one next to
 * them, and the sentence before in the paragraph when it names the
 * speaker (the last word of the entity's name) or the speaker is a
 * pronoun. */
static void
claim_told (AttContext       *ctx,
            const AttClaim   *c,
            KutipClaimMatch  *out)
{
  guint t0 = att_sentence_start (ctx, c->first);
  guint t1 = att_sentence_end (ctx, c->last - 1);
  AttMention *m = c->mention >= 0 ? &g_array_index (ctx->mentions, AttMention, c->mention) : NULL;

  if (m != NULL)
    {
      guint m0 = att_sentence_start (ctx, m->first);
      guint m1 = att_sentence_end (ctx, m->first);

      if (m1 >= t0 && m0 <= t1 && (m1 == t0 || m0 == t1 || (m0 >= t0 && m1 <= t1)
                                   || (m0 <= t0 && m1 >= t1)))
        {
          t0 = MIN (t0, m0);
          t1 = MAX (t1, m1);
        }
    }
  out->told_start = ATT_TOK (ctx, t0)->start;
  out->told_end = ATT_TOK (ctx, t1 - 1)->end;
  out->scene_start = out->scene_end = 0;
  if (m != NULL && t0 > 0 && ATT_TOK (ctx, t0 - 1)->kind != ATT_TOK_PARA)
    {
      guint p0 = att_sentence_start (ctx, t0 - 1);
      const AttEntity *e = &g_array_index (ctx->entities, AttEntity, m->entity);
      const char *name = ctx->text + e->start;
      const char *word = name + e->len;

      while (word > name && word[-1] != ' ')
        word--;
      if (m->pronoun || c->via_clitic
          || sentence_names (ctx, p0, t0, word, (gsize) (name + e->len - word)))
        {
          out->scene_start = ATT_TOK (ctx, p0)->start;
          out->scene_end = ATT_TOK (ctx, t0 - 1)->end;
        }
    }
}

/* Is claim @c suggested, at @min_confidence in @scope? */
static inline gboolean
claim_kept (const AttClaim  *c,
            double           min_confidence,
            KutipClaimScope  scope)
{
  return c->confidence >= min_confidence
         && (scope == KUTIP_CLAIM_SCOPE_ALL || c->kind == KUTIP_CLAIM_DIRECT);
}

static KutipAttribution *
find (AttContext      *ctx,
      Scratch         *scratch,
      const char      *lang,
      double           min_confidence,
      KutipClaimScope  scope)
{
  GArray *order = scratch->order;
  GArray *per_entity = scratch->per_entity;
  GArray *public_index = scratch->public_index;
  GArray *out_claims = scratch->out_claims;
  GArray *out_speakers = scratch->out_speakers;
  GArray *out_names = scratch->out_names;
  guint i = 0, qi = 0, name_until = 0;

  clear_array (ctx->quotes);
  clear_array (ctx->mentions);
  clear_array (ctx->claims);
  clear_array (out_claims);
  clear_array (out_speakers);
  clear_array (out_names);

  att_tokenize (ctx);
  /* Most sentences report nobody: with no quotation mark, no speech or
   * stance word, no cue after a comma and no "LABEL:" line there is
   * nothing to find. */
  if (ctx->n_quote_marks == 0 && !(ctx->lex_seen & LEX_CUE_ANYWHERE) && !ctx->cue_after_comma
      && !(ctx->language->speech.speaker_labels && ctx->has_colon))
    return result_new (lang, ctx->text, NULL, 0, NULL, 0, NULL, 0);
  att_mark_sentences (ctx);

  if (ctx->n_quote_marks > 0)
    att_find_quotes (ctx);

  /* One pass in reading order, so that pronouns and uncued quotes see the
   * speakers introduced before them. */
  while (i < ctx->toks->len)
    {
      while (qi < ctx->quotes->len && g_array_index (ctx->quotes, AttQuote, qi).open < i)
        qi++;
      if (qi < ctx->quotes->len && g_array_index (ctx->quotes, AttQuote, qi).open == i)
        {
          guint resume = i + 1;

          handle_quote (ctx, &g_array_index (ctx->quotes, AttQuote, qi), &resume);
          i = resume;
          qi++;
        }
      else
        {
          if (ctx->language->speech.name_introductions && i >= name_until)
            find_candidate (ctx, i, &name_until);
          i = att_reported_speech_at (ctx, i);
        }
    }

  /* Mentions in text order; claims follow their speaker's new index. */
  for (guint k = 0; k < ctx->mentions->len; k++)
    g_array_index (ctx->mentions, AttMention, k).entity = (int) k; /* old index */
  g_array_sort (ctx->mentions, compare_mentions);
  g_array_set_size (order, ctx->mentions->len);
  for (guint k = 0; k < ctx->mentions->len; k++)
    g_array_index (order, int, g_array_index (ctx->mentions, AttMention, k).entity) = (int) k;
  for (guint k = 0; k < ctx->mentions->len; k++)
    g_array_index (ctx->mentions, AttMention, k).entity = -1;

  att_group_entities (ctx);

  /* Claims point at mentions in text order. A claim attributed through
   * "-nya" names the person mentioned before it. Where quotes alone are
   * suggested it links to the person's first mention instead: Indonesian
   * reporting gives the full name and role once ("Kepala BMKG X menjelaskan,
   * …") and quotes through "katanya" after, and quote-only annotation
   * (PFSA-ID) tags that introduction. */
  {
    GArray *first_of_entity = per_entity;

    g_array_set_size (first_of_entity, ctx->entities->len);
    for (guint e = 0; e < ctx->entities->len; e++)
      g_array_index (first_of_entity, int, e) = -1;
    for (guint k = 0; k < ctx->mentions->len; k++)
      {
        AttMention *m = &g_array_index (ctx->mentions, AttMention, k);

        if (!m->pronoun && g_array_index (first_of_entity, int, m->entity) < 0)
          g_array_index (first_of_entity, int, m->entity) = (int) k;
      }
    for (guint k = 0; k < ctx->claims->len; k++)
      {
        AttClaim *c = &g_array_index (ctx->claims, AttClaim, k);

        if (c->mention < 0)
          continue;
        c->mention = g_array_index (order, int, c->mention);
        if (c->via_clitic && scope == KUTIP_CLAIM_SCOPE_DIRECT)
          {
            int e = g_array_index (ctx->mentions, AttMention, c->mention).entity;
            int f = g_array_index (first_of_entity, int, e);

            if (f >= 0)
              c->mention = f;
          }
        if (claim_kept (c, min_confidence, scope))
          g_array_index (ctx->mentions, AttMention, c->mention).emit = TRUE;
      }
  }

  /* Indonesian reporting introduces each person once with title and full
   * name and quotes them later; quote-only annotation tags that
   * introduction for everyone who is quoted. (With reported speech, a
   * mention is suggested only where it is the source of a claim.) */
  if (ctx->language->speech.suggest_introductions && scope == KUTIP_CLAIM_SCOPE_DIRECT)
    {
      enum { QUOTED = 1, SEEN = 2 };
      GArray *state = per_entity; /* QUOTED | SEEN, by entity */

      /* With no entity the array may have no storage yet: memset() must
       * not see its NULL. */
      g_array_set_size (state, ctx->entities->len);
      if (state->len > 0)
        memset (state->data, 0, state->len * sizeof (int));
      for (guint k = 0; k < ctx->claims->len; k++)
        {
          AttClaim *c = &g_array_index (ctx->claims, AttClaim, k);

          if (c->mention >= 0 && claim_kept (c, min_confidence, scope))
            g_array_index (state, int,
                           g_array_index (ctx->mentions, AttMention, c->mention).entity) |= QUOTED;
        }
      for (guint k = 0; k < ctx->mentions->len; k++)
        {
          AttMention *m = &g_array_index (ctx->mentions, AttMention, k);
          int *e = &g_array_index (state, int, m->entity);

          if (m->pronoun || !introduces_person (ctx, m) || (*e & SEEN))
            continue;
          if (*e & QUOTED)
            {
              m->emit = TRUE;
              *e |= SEEN;
            }
        }
    }

  /* English attribution (PolNeAR style) names the source of every
   * statement, belief and stance: suggest every cued subject. */
  if (ctx->language->speech.suggest_cued_subjects)
    for (guint k = 0; k < ctx->mentions->len; k++)
      if (g_array_index (ctx->mentions, AttMention, k).cued)
        g_array_index (ctx->mentions, AttMention, k).emit = TRUE;

  g_array_set_size (public_index, ctx->mentions->len);
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      AttMention *m = &g_array_index (ctx->mentions, AttMention, k);
      KutipSpeakerMatch sp;

      g_array_index (public_index, int, k) = -1;
      if (!m->emit || m->confidence < min_confidence)
        continue;
      sp.start = ATT_TOK (ctx, m->first)->start;
      sp.end = ATT_TOK (ctx, m->last - 1)->end;
      sp.entity = m->entity;
      sp.pronoun = m->pronoun;
      sp.rule = m->rule;
      sp.confidence = m->confidence;
      sp.canonical = NULL; /* set by result_new() */
      g_array_index (public_index, int, k) = (int) out_speakers->len;
      g_array_append_val (out_speakers, sp);
    }

  for (guint k = 0; k < ctx->claims->len; k++)
    {
      AttClaim *c = &g_array_index (ctx->claims, AttClaim, k);
      KutipClaimMatch out;

      if (!claim_kept (c, min_confidence, scope))
        continue;

      out.start = ATT_TOK (ctx, c->first)->start;
      out.end = ATT_TOK (ctx, c->last - 1)->end;
      claim_told (ctx, c, &out);
      out.kind = c->kind;
      out.speaker = c->mention >= 0 ? g_array_index (public_index, int, c->mention) : -1;
      out.rule = c->rule;
      out.confidence = c->confidence;
      g_array_append_val (out_claims, out);
    }

  g_array_sort (out_claims, compare_claims);

  /* Only entities with a suggested mention are reported, numbered in text
   * order. */
  {
    GArray *remap = per_entity;

    g_array_set_size (remap, ctx->entities->len);
    for (guint e = 0; e < ctx->entities->len; e++)
      g_array_index (remap, int, e) = -1;
    for (guint k = 0; k < out_speakers->len; k++)
      {
        KutipSpeakerMatch *sp = &g_array_index (out_speakers, KutipSpeakerMatch, k);
        int *to = &g_array_index (remap, int, sp->entity);

        if (*to < 0)
          {
            *to = (int) out_names->len;
            g_array_append_val (out_names, g_array_index (ctx->entities, AttEntity, sp->entity));
          }
        sp->entity = *to;
      }
  }

  return result_new (lang, ctx->text,
                     (const KutipClaimMatch *) (gpointer) out_claims->data, out_claims->len,
                     (const KutipSpeakerMatch *) (gpointer) out_speakers->data,
                     out_speakers->len,
                     (const AttEntity *) (gpointer) out_names->data, out_names->len);
}

/**
 * kutip_attribution_find_full:
 * @utf8: the text
 * @n_bytes: its length in bytes
 * @lang: (nullable): a language code ("id", "en"); %NULL, or one with no
 *   profile, detects the language
 * @min_confidence: claims and speakers below this are left out
 *
 * Like kutip_attribution_find() with a chosen confidence threshold; 0 returns
 * every candidate (e.g. Indonesian reported speech, kept at 0.35).
 *
 * Returns: (transfer full): the result; free with kutip_attribution_free()
 */
KutipAttribution *
kutip_attribution_find_full (const char *utf8,
                             gsize       n_bytes,
                             const char *lang,
                             double      min_confidence)
{
  return kutip_attribution_find_scoped (utf8, n_bytes, lang, min_confidence,
                                        KUTIP_CLAIM_SCOPE_ALL);
}

/**
 * kutip_attribution_find_scoped:
 * @utf8: the text
 * @n_bytes: its length in bytes
 * @lang: (nullable): a language code; %NULL, or one with no profile,
 *   detects the language
 * @min_confidence: claims and speakers below this are left out
 * @scope: every claim, or quotes only
 *
 * Like kutip_attribution_find_full(), suggesting the claims of @scope and
 * the speakers they name.
 *
 * Returns: (transfer full): the result; free with kutip_attribution_free()
 */
KutipAttribution *
kutip_attribution_find_scoped (const char      *utf8,
                               gsize            n_bytes,
                               const char      *lang,
                               double           min_confidence,
                               KutipClaimScope  scope)
{
  AttContext ctx = { 0 };
  KutipAttribution *self;
  Scratch *scratch;

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, NULL);
  g_return_val_if_fail (n_bytes < G_MAXUINT32, NULL);

  scratch = scratch_take ();
  ctx.text = utf8 ? utf8 : "";
  ctx.n_bytes = n_bytes;
  ctx.language = kutip_language_for_text (lang, utf8, n_bytes);
  ctx.lexicon = ctx.language->lexicon;
  ctx.toks = scratch->toks;
  ctx.quotes = scratch->quotes;
  ctx.mentions = scratch->mentions;
  ctx.claims = scratch->claims;
  ctx.entities = scratch->entities;
  ctx.keys = scratch->keys;
  ctx.key_bytes = scratch->key_bytes;
  ctx.hanging_mark_opens = scope == KUTIP_CLAIM_SCOPE_ALL;

  self = find (&ctx, scratch, ctx.language->code, min_confidence, scope);

  scratch_release (scratch, ctx.toks->len);
  return self;
}

void
kutip_attribution_free (KutipAttribution *self)
{
  g_free (self);
}

const char *
kutip_attribution_get_language (KutipAttribution *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->lang;
}

/**
 * kutip_attribution_get_claims:
 * @self: a result
 * @n_claims: (out): the number of claims
 *
 * Returns: (transfer none): the claims in text order
 */
const KutipClaimMatch *
kutip_attribution_get_claims (KutipAttribution *self,
                              guint            *n_claims)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_claims)
    *n_claims = self->n_claims;
  return self->claims;
}

/**
 * kutip_attribution_get_speakers:
 * @self: a result
 * @n_speakers: (out): the number of speaker mentions
 *
 * Returns: (transfer none): the speaker mentions in text order
 */
const KutipSpeakerMatch *
kutip_attribution_get_speakers (KutipAttribution *self,
                                guint            *n_speakers)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_speakers)
    *n_speakers = self->n_speakers;
  return self->speakers;
}

guint
kutip_attribution_get_n_entities (KutipAttribution *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_names;
}

/**
 * kutip_attribution_get_entity_name:
 * @self: a result
 * @entity: an entity index
 *
 * Returns: (transfer none): the fullest name phrase of the entity
 */
const char *
kutip_attribution_get_entity_name (KutipAttribution *self,
                                   guint             entity)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (entity < self->n_names, NULL);
  return self->names[entity];
}
