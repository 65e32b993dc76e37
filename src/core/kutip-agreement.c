/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement.c: agreement over many documents, one document's
 * versions at a time.
 *
 * A scope is a set of annotators compared: each pair, and all of them
 * (with two annotators the pair is all). A scope keeps, per label, the
 * span counts of F1 (pairs), a KutipCodingTally over tokens (the token is
 * in a span of the label or not) and a KutipUnitizingTally over
 * characters; over all labels, a coding tally whose category is the set of
 * labels covering the token; and who-said-what counts (pairs). Each
 * document is measured into a scratch scope, listed with its own figures,
 * then merged into the corpus scopes: memory stays that of one document
 * plus one line per document in the list.
 *
 * Tokens come from Kutip's tokenizer; a token is in a span when they share
 * a character. Runs of tokens that every version labels alike are added
 * to the tallies at once, with their count as weight. */

#define G_LOG_DOMAIN "kutip-agreement"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kutip-agreement-private.h"

typedef struct
{
  guint64 sizes;     /* spans of the two versions together */
  guint64 strict;    /* pairs with the same bounds */
  guint64 lenient;   /* overlapping pairs, one to one */
} SpanCounts;

typedef struct
{
  guint64 claims;
  guint64 matched;
  guint64 speaker;
  guint64 date;
  guint64 both;
} WswCounts;

typedef struct
{
  SpanCounts           spans;
  KutipCodingTally    *tokens;
  KutipUnitizingTally *units;
} LabelTally;

typedef struct
{
  guint             n_raters;
  guint64           n_documents;
  guint64           n_tokens;
  guint64           length;
  GPtrArray        *labels;     /* LabelTally */
  KutipCodingTally *overall;
  WswCounts         wsw;
} Scope;

struct _KutipAgreement
{
  guint                n_annotators;
  char               **annotators;
  gboolean             include_pending;
  AgreeLabels          labels;

  Scope              **pairs;        /* n (n − 1) / 2, in order (0,1) (0,2) … (1,2) … */
  Scope               *all;          /* NULL with two annotators: pairs[0] */
  Scope              **all_pairs;    /* with more: the pairs over documents all have */
  GPtrArray           *scratch;      /* per number of raters: a Scope for one document */
  GArray              *masks;        /* the overall token categories met: bit sets */

  GArray              *documents;    /* KutipAgreementDocument */
  gboolean             sorted;
};

static LabelTally *
label_tally_new (guint n_raters)
{
  LabelTally *tally = g_new0 (LabelTally, 1);

  tally->tokens = kutip_coding_tally_new (n_raters);
  tally->units = kutip_unitizing_tally_new (n_raters);
  return tally;
}

static void
label_tally_free (gpointer data)
{
  LabelTally *tally = data;

  kutip_coding_tally_free (tally->tokens);
  kutip_unitizing_tally_free (tally->units);
  g_free (tally);
}

static Scope *
scope_new (guint n_raters)
{
  Scope *scope = g_new0 (Scope, 1);

  scope->n_raters = n_raters;
  scope->labels = g_ptr_array_new_with_free_func (label_tally_free);
  scope->overall = kutip_coding_tally_new (n_raters);
  return scope;
}

static void
scope_free (gpointer data)
{
  Scope *scope = data;

  if (scope == NULL)
    return;
  g_ptr_array_unref (scope->labels);
  kutip_coding_tally_free (scope->overall);
  g_free (scope);
}

static void
scope_reset (Scope *scope)
{
  for (guint l = 0; l < scope->labels->len; l++)
    {
      LabelTally *tally = g_ptr_array_index (scope->labels, l);

      memset (&tally->spans, 0, sizeof tally->spans);
      kutip_coding_tally_reset (tally->tokens);
      kutip_unitizing_tally_reset (tally->units);
    }
  kutip_coding_tally_reset (scope->overall);
  memset (&scope->wsw, 0, sizeof scope->wsw);
  scope->n_documents = scope->n_tokens = scope->length = 0;
}

/* A label first met after some documents: those documents had no span of
 * it in any version, so its tallies start as if they had been counted. */
static void
scope_ensure_labels (Scope *scope,
                     guint  n_labels)
{
  while (scope->labels->len < n_labels)
    {
      LabelTally *tally = label_tally_new (scope->n_raters);
      g_autofree guint *zeros = g_new0 (guint, scope->n_raters);
      g_autofree const KutipSpan **units = g_new0 (const KutipSpan *, scope->n_raters);
      g_autofree guint *n_units = g_new0 (guint, scope->n_raters);
      guint64 length = scope->length;

      kutip_coding_tally_add (tally->tokens, zeros, scope->n_tokens);
      while (length > 0)
        {
          guint chunk = (guint) MIN (length, (guint64) G_MAXUINT);

          kutip_unitizing_tally_append (tally->units, chunk, units, n_units);
          length -= chunk;
        }
      g_ptr_array_add (scope->labels, tally);
    }
}

static void
scope_merge (Scope *into,
             Scope *from)
{
  scope_ensure_labels (into, from->labels->len);
  for (guint l = 0; l < from->labels->len; l++)
    {
      LabelTally *a = g_ptr_array_index (into->labels, l);
      LabelTally *b = g_ptr_array_index (from->labels, l);

      a->spans.sizes += b->spans.sizes;
      a->spans.strict += b->spans.strict;
      a->spans.lenient += b->spans.lenient;
      kutip_coding_tally_merge (a->tokens, b->tokens);
      kutip_unitizing_tally_merge (a->units, b->units);
    }
  kutip_coding_tally_merge (into->overall, from->overall);
  into->wsw.claims += from->wsw.claims;
  into->wsw.matched += from->wsw.matched;
  into->wsw.speaker += from->wsw.speaker;
  into->wsw.date += from->wsw.date;
  into->wsw.both += from->wsw.both;
  into->n_documents += from->n_documents;
  into->n_tokens += from->n_tokens;
  into->length += from->length;
}

KutipAgreement *
kutip_agreement_new (const char * const  *annotators,
                     const char * const  *labels,
                     KutipAgreementFlags  flags)
{
  KutipAgreement *self;
  guint n, n_pairs;

  g_return_val_if_fail (annotators != NULL, NULL);
  n = g_strv_length ((char **) annotators);
  g_return_val_if_fail (n >= 2, NULL);

  self = g_new0 (KutipAgreement, 1);
  self->n_annotators = n;
  self->annotators = g_strdupv ((char **) annotators);
  self->include_pending = (flags & KUTIP_AGREEMENT_INCLUDE_PENDING) != 0;
  _agree_labels_init (&self->labels, labels);

  n_pairs = n * (n - 1) / 2;
  self->pairs = g_new0 (Scope *, n_pairs);
  for (guint p = 0; p < n_pairs; p++)
    self->pairs[p] = scope_new (2);
  if (n > 2)
    {
      self->all = scope_new (n);
      self->all_pairs = g_new0 (Scope *, n_pairs);
      for (guint p = 0; p < n_pairs; p++)
        self->all_pairs[p] = scope_new (2);
    }
  self->scratch = g_ptr_array_new_with_free_func (scope_free);
  self->masks = g_array_new (FALSE, FALSE, sizeof (guint64));
  self->documents = g_array_new (FALSE, TRUE, sizeof (KutipAgreementDocument));
  return self;
}

void
kutip_agreement_free (KutipAgreement *self)
{
  if (self == NULL)
    return;
  for (guint p = 0; p < self->n_annotators * (self->n_annotators - 1) / 2; p++)
    {
      scope_free (self->pairs[p]);
      if (self->all_pairs != NULL)
        scope_free (self->all_pairs[p]);
    }
  g_free (self->pairs);
  g_free (self->all_pairs);
  scope_free (self->all);
  g_ptr_array_unref (self->scratch);
  g_array_unref (self->masks);
  for (guint i = 0; i < self->documents->len; i++)
    g_free (g_array_index (self->documents, KutipAgreementDocument, i).name);
  g_array_unref (self->documents);
  g_strfreev (self->annotators);
  _agree_labels_clear (&self->labels);
  g_free (self);
}

static guint
pair_index (KutipAgreement *self,
            guint           a,
            guint           b)
{
  /* Pairs (a, b), a < b, in order: those of 0 first, then of 1, … */
  return a * self->n_annotators - a * (a + 1) / 2 + (b - a - 1);
}

static Scope *
scratch_scope (KutipAgreement *self,
               guint           n_raters)
{
  while (self->scratch->len <= n_raters)
    g_ptr_array_add (self->scratch, NULL);
  if (g_ptr_array_index (self->scratch, n_raters) == NULL)
    g_ptr_array_index (self->scratch, n_raters) = scope_new (n_raters);
  return g_ptr_array_index (self->scratch, n_raters);
}

static guint
mask_category (KutipAgreement *self,
               guint64         mask)
{
  for (guint i = 0; i < self->masks->len; i++)
    if (g_array_index (self->masks, guint64, i) == mask)
      return i;
  g_array_append_val (self->masks, mask);
  return self->masks->len - 1;
}

/* One document's versions, prepared once for every scope. */
typedef struct
{
  AgreeVersion *versions;     /* the versions present */
  guint         n_versions;
  guint         n_labels;
  guint         length;       /* characters */
  guint         n_tokens;
  GArray       *tokens;
  /* Runs of tokens alike in every version: [weight, each version's bit set
   * of the first 64 labels covering them]. */
  GArray       *runs;
} Prepared;

/* Bit l − @first of each token's set: whether a span of label l covers it. */
static void
token_masks (AgreeVersion *version,
             GArray       *tokens,
             guint         first,
             guint         n_labels,
             guint64      *masks)
{
  const KutipToken *t = (const KutipToken *) tokens->data;

  memset (masks, 0, tokens->len * sizeof (guint64));
  for (guint l = first; l < MIN (n_labels, first + AGREE_MAX_MASK_LABELS); l++)
    {
      GArray *spans = _agree_version_spans (version, l);
      guint64 bit = G_GUINT64_CONSTANT (1) << (l - first);

      for (guint k = 0; k < spans->len; k++)
        {
          AgreeSpan *s = &g_array_index (spans, AgreeSpan, k);
          guint lo = 0, hi = tokens->len;

          /* The first token ending after the span starts. */
          while (lo < hi)
            {
              guint mid = lo + (hi - lo) / 2;

              if (t[mid].end <= s->start)
                lo = mid + 1;
              else
                hi = mid;
            }
          for (guint i = lo; i < tokens->len && t[i].start < s->end; i++)
            masks[i] |= bit;
        }
    }
}

/* The runs of labels [@first, @first + 64). */
static GArray *
make_runs (Prepared *prep,
           guint     first)
{
  guint n_tokens = prep->tokens->len, n_versions = prep->n_versions;
  guint stride = 1 + n_versions;
  g_autofree guint64 *masks = g_new (guint64, (gsize) MAX (n_tokens, 1) * n_versions);
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (guint v = 0; v < n_versions; v++)
    token_masks (&prep->versions[v], prep->tokens, first, prep->n_labels,
                 masks + (gsize) v * n_tokens);

  for (guint i = 0; i < n_tokens; i++)
    {
      guint64 *last = runs->len ? &g_array_index (runs, guint64, runs->len - stride) : NULL;
      gboolean same = last != NULL;

      for (guint v = 0; same && v < n_versions; v++)
        same = last[1 + v] == masks[(gsize) v * n_tokens + i];
      if (same)
        {
          last[0]++;
          continue;
        }
      g_array_set_size (runs, runs->len + stride);
      last = &g_array_index (runs, guint64, runs->len - stride);
      last[0] = 1;
      for (guint v = 0; v < n_versions; v++)
        last[1 + v] = masks[(gsize) v * n_tokens + i];
    }
  return runs;
}

static void
prepare (Prepared     *prep,
         AgreeVersion *versions,
         guint         n_versions,
         guint         n_labels)
{
  KutipText *text = kutip_document_get_text (versions[0].document);

  prep->versions = versions;
  prep->n_versions = n_versions;
  prep->n_labels = n_labels;
  prep->length = kutip_text_get_length (text);
  prep->tokens = kutip_text_tokenize (text, 0, prep->length);
  prep->n_tokens = prep->tokens->len;
  prep->runs = make_runs (prep, 0);
}

static void
prepared_clear (Prepared *prep)
{
  g_clear_pointer (&prep->tokens, g_array_unref);
  g_clear_pointer (&prep->runs, g_array_unref);
}

/* Adds the runs' per-label values of labels [@first, @first + 64). */
static void
add_label_runs (Scope       *scope,
                GArray      *runs,
                guint        stride,
                guint        first,
                guint        n_labels,
                const guint *raters,
                guint       *values)
{
  for (guint r = 0; r < runs->len; r += stride)
    {
      const guint64 *run = &g_array_index (runs, guint64, r);

      for (guint l = first; l < MIN (n_labels, first + AGREE_MAX_MASK_LABELS); l++)
        {
          LabelTally *tally = g_ptr_array_index (scope->labels, l);

          for (guint i = 0; i < scope->n_raters; i++)
            values[i] = (run[1 + raters[i]] >> (l - first)) & 1;
          kutip_coding_tally_add (tally->tokens, values, run[0]);
        }
    }
}

/* Measures one document for the versions @raters (positions in @prep)
 * into @scope, which is reset first. */
static void
measure (KutipAgreement *self,
         Scope          *scope,
         Prepared       *prep,
         const guint    *raters)
{
  guint n = scope->n_raters, stride = 1 + prep->n_versions;
  g_autofree guint *values = g_new (guint, n);
  g_autofree const KutipSpan **units = g_new (const KutipSpan *, n);
  g_autofree guint *n_units = g_new (guint, n);
  int claim = -1;

  scope_ensure_labels (scope, prep->n_labels);
  scope_reset (scope);

  add_label_runs (scope, prep->runs, stride, 0, prep->n_labels, raters, values);
  for (guint r = 0; r < prep->runs->len; r += stride)
    {
      const guint64 *run = &g_array_index (prep->runs, guint64, r);

      for (guint i = 0; i < n; i++)
        values[i] = mask_category (self, run[1 + raters[i]]);
      kutip_coding_tally_add (scope->overall, values, run[0]);
    }
  /* Labels past the first 64: their own runs. */
  for (guint first = AGREE_MAX_MASK_LABELS; first < prep->n_labels; first += AGREE_MAX_MASK_LABELS)
    {
      g_autoptr(GArray) runs = make_runs (prep, first);

      add_label_runs (scope, runs, stride, first, prep->n_labels, raters, values);
    }

  for (guint l = 0; l < prep->n_labels; l++)
    {
      LabelTally *tally = g_ptr_array_index (scope->labels, l);

      for (guint i = 0; i < n; i++)
        {
          GArray *u = _agree_version_units (&prep->versions[raters[i]], l);

          units[i] = (const KutipSpan *) u->data;
          n_units[i] = u->len;
        }
      kutip_unitizing_tally_append (tally->units, prep->length, units, n_units);
    }

  if (n == 2)
    {
      AgreeVersion *va = &prep->versions[raters[0]];
      AgreeVersion *vb = &prep->versions[raters[1]];
      gpointer found = g_hash_table_lookup (self->labels.index, KUTIP_LABEL_CLAIM);

      claim = found ? (int) GPOINTER_TO_UINT (found) - 1 : -1;
      for (guint l = 0; l < prep->n_labels; l++)
        {
          LabelTally *tally = g_ptr_array_index (scope->labels, l);
          GArray *a = _agree_version_spans (va, l);
          GArray *b = _agree_version_spans (vb, l);
          g_autofree int *match = g_new (int, MAX (a->len, 1));
          guint strict = 0;

          tally->spans.sizes = a->len + b->len;
          tally->spans.lenient = _agree_match_spans (a, b, match, &strict);
          tally->spans.strict = strict;
          if ((int) l != claim)
            continue;

          scope->wsw.claims = a->len + b->len;
          scope->wsw.matched = tally->spans.lenient;
          for (guint i = 0; i < a->len; i++)
            {
              KutipAnnotation *x, *y;
              gboolean speaker, date;

              if (match[i] < 0)
                continue;
              x = g_array_index (a, AgreeSpan, i).annotation;
              y = g_array_index (b, AgreeSpan, match[i]).annotation;
              speaker = _agree_same_person (va, _agree_linked (va, x, KUTIP_RELATION_SAID_BY),
                                            vb, _agree_linked (vb, y, KUTIP_RELATION_SAID_BY));
              date = _agree_same_date (_agree_linked (va, x, KUTIP_RELATION_DATED),
                                       _agree_linked (vb, y, KUTIP_RELATION_DATED));
              scope->wsw.speaker += speaker;
              scope->wsw.date += date;
              scope->wsw.both += speaker && date;
            }
        }
    }

  scope->n_documents = 1;
  scope->n_tokens = prep->n_tokens;
  scope->length = prep->length;
}

static double
ratio (guint64 part,
       guint64 whole)
{
  return whole > 0 ? (double) part / (double) whole : NAN;
}

static double
scope_alpha_u (Scope *scope)
{
  g_autofree KutipUnitizingTally **units = g_new (KutipUnitizingTally *, MAX (scope->labels->len, 1));

  for (guint l = 0; l < scope->labels->len; l++)
    units[l] = ((LabelTally *) g_ptr_array_index (scope->labels, l))->units;
  return kutip_unitizing_alpha_of (units, scope->labels->len);
}

static void
scope_span_totals (Scope      *scope,
                   SpanCounts *totals)
{
  for (guint l = 0; l < scope->labels->len; l++)
    {
      LabelTally *tally = g_ptr_array_index (scope->labels, l);

      totals->sizes += tally->spans.sizes;
      totals->strict += tally->spans.strict;
      totals->lenient += tally->spans.lenient;
    }
}

gboolean
kutip_agreement_add_document (KutipAgreement        *self,
                              const char            *name,
                              KutipDocument * const *versions,
                              GError               **error)
{
  g_autofree AgreeVersion *present = NULL;
  g_autofree guint *annotator_of = NULL;
  g_auto(GStrv) names = NULL;
  KutipAgreementDocument entry = { 0 };
  Prepared prep = { 0 };
  SpanCounts spans = { 0 };
  WswCounts wsw = { 0 };
  guint n = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (versions != NULL, FALSE);

  names = g_new0 (char *, self->n_annotators + 1);
  for (guint i = 0; i < self->n_annotators; i++)
    {
      const char *path = versions[i] ? kutip_document_get_path (versions[i]) : NULL;

      names[i] = path ? g_strdup_printf ("%s (%s)", self->annotators[i], path)
                      : g_strdup (self->annotators[i]);
    }
  if (!_agree_check_texts (name, versions, (const char * const *) names, self->n_annotators, error))
    return FALSE;

  entry.name = g_strdup (name);
  entry.f1 = entry.strict_f1 = entry.kappa = entry.alpha_u = entry.who_said_what = NAN;
  present = g_new0 (AgreeVersion, self->n_annotators);
  annotator_of = g_new0 (guint, self->n_annotators);
  for (guint i = 0; i < self->n_annotators; i++)
    if (versions[i] != NULL)
      {
        _agree_version_init (&present[n], versions[i], &self->labels, self->include_pending);
        annotator_of[n++] = i;
      }
  entry.n_versions = n;

  if (n >= 2)
    {
      g_autoptr(GPtrArray) items = NULL;
      Scope *pair = scratch_scope (self, 2);

      prepare (&prep, present, n, self->labels.names->len);

      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          {
            guint raters[2] = { i, j };
            guint p = pair_index (self, annotator_of[i], annotator_of[j]);

            measure (self, pair, &prep, raters);
            scope_merge (self->pairs[p], pair);
            if (self->all_pairs != NULL && n == self->n_annotators)
              scope_merge (self->all_pairs[p], pair);
            scope_span_totals (pair, &spans);
            wsw.claims += pair->wsw.claims;
            wsw.both += pair->wsw.both;
            if (n == 2)
              {
                entry.kappa = kutip_coding_tally_cohen_kappa (pair->overall);
                entry.alpha_u = scope_alpha_u (pair);
              }
          }

      if (n > 2)
        {
          Scope *many = scratch_scope (self, n);
          g_autofree guint *raters = g_new (guint, n);

          for (guint i = 0; i < n; i++)
            raters[i] = i;
          measure (self, many, &prep, raters);
          if (n == self->n_annotators)
            scope_merge (self->all, many);
          entry.kappa = kutip_coding_tally_fleiss_kappa (many->overall);
          entry.alpha_u = scope_alpha_u (many);
        }

      entry.f1 = ratio (2 * spans.lenient, spans.sizes);
      entry.strict_f1 = ratio (2 * spans.strict, spans.sizes);
      entry.who_said_what = ratio (2 * wsw.both, wsw.claims);

      items = _agree_diff_items (present, n, &self->labels);
      entry.n_items = items->len;
      for (guint i = 0; i < items->len; i++)
        entry.n_disagreements += kutip_agreement_item_get_kind (g_ptr_array_index (items, i)) != 0;
      entry.disagreement = items->len ? (double) entry.n_disagreements / items->len : 0;
      prepared_clear (&prep);
    }

  for (guint i = 0; i < n; i++)
    _agree_version_clear (&present[i]);
  g_array_append_val (self->documents, entry);
  self->sorted = FALSE;
  return TRUE;
}

guint
kutip_agreement_get_n_annotators (KutipAgreement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_annotators;
}

const char *
kutip_agreement_get_annotator (KutipAgreement *self,
                               guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_annotators, NULL);
  return self->annotators[index];
}

guint
kutip_agreement_get_n_labels (KutipAgreement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->labels.names->len;
}

const char *
kutip_agreement_get_label (KutipAgreement *self,
                           guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->labels.names->len, NULL);
  return g_ptr_array_index (self->labels.names, index);
}

guint64
kutip_agreement_get_n_documents (KutipAgreement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_annotators == 2 ? self->pairs[0]->n_documents : self->all->n_documents;
}

/* Adds the span counts of @label (-1: all labels) to @totals. */
static void
scope_label_spans (Scope      *scope,
                   int         label,
                   SpanCounts *totals)
{
  if (label < 0)
    scope_span_totals (scope, totals);
  else if ((guint) label < scope->labels->len)
    {
      LabelTally *tally = g_ptr_array_index (scope->labels, label);

      totals->sizes += tally->spans.sizes;
      totals->strict += tally->spans.strict;
      totals->lenient += tally->spans.lenient;
    }
}

static void
scope_figures (Scope                 *scope,
               int                    label,
               KutipAgreementFigures *figures)
{
  SpanCounts spans = { 0 };
  KutipCodingTally *tokens = NULL;

  scope_label_spans (scope, label, &spans);
  if (label < 0)
    {
      tokens = scope->overall;
      figures->alpha_u = scope_alpha_u (scope);
    }
  else if ((guint) label < scope->labels->len)
    {
      LabelTally *tally = g_ptr_array_index (scope->labels, label);

      tokens = tally->tokens;
      figures->alpha_u = kutip_unitizing_tally_alpha (tally->units);
    }
  else
    figures->alpha_u = NAN;   /* a label given that no document reached yet */
  figures->n_documents = scope->n_documents;
  figures->n_tokens = scope->n_tokens;
  figures->n_spans = spans.sizes;
  figures->f1 = ratio (2 * spans.lenient, spans.sizes);
  figures->strict_f1 = ratio (2 * spans.strict, spans.sizes);
  figures->fleiss_kappa = tokens ? kutip_coding_tally_fleiss_kappa (tokens) : NAN;
  figures->alpha = tokens ? kutip_coding_tally_alpha (tokens) : NAN;
  figures->cohen_kappa = tokens && scope->n_raters == 2 ? kutip_coding_tally_cohen_kappa (tokens)
                                                        : NAN;
}

gboolean
kutip_agreement_get_figures (KutipAgreement        *self,
                             const char            *label,
                             int                    a,
                             int                    b,
                             KutipAgreementFigures *figures)
{
  int position = -1;
  guint n = self ? self->n_annotators : 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  memset (figures, 0, sizeof *figures);
  if (label != NULL)
    {
      gpointer found = g_hash_table_lookup (self->labels.index, label);

      if (found == NULL)
        return FALSE;
      position = (int) GPOINTER_TO_UINT (found) - 1;
    }

  if (a >= 0 || b >= 0 || n == 2)
    {
      if (a < 0 && b < 0)
        a = 0, b = 1;
      if (a < 0 || b < 0 || a == b || (guint) a >= n || (guint) b >= n)
        return FALSE;
      scope_figures (self->pairs[pair_index (self, MIN (a, b), MAX (a, b))], position, figures);
      return TRUE;
    }

  /* All of more than two: F1 and Cohen's κ of the pairs, the rest of all,
   * over the documents every annotator has. */
  scope_figures (self->all, position, figures);
  {
    SpanCounts spans = { 0 };
    double kappa_sum = 0;
    guint kappa_n = 0;

    for (guint p = 0; p < n * (n - 1) / 2; p++)
      {
        KutipAgreementFigures pair;

        scope_label_spans (self->all_pairs[p], position, &spans);
        scope_figures (self->all_pairs[p], position, &pair);
        if (!isnan (pair.cohen_kappa))
          {
            kappa_sum += pair.cohen_kappa;
            kappa_n++;
          }
      }
    figures->n_spans = spans.sizes;
    figures->f1 = ratio (2 * spans.lenient, spans.sizes);
    figures->strict_f1 = ratio (2 * spans.strict, spans.sizes);
    figures->cohen_kappa = kappa_n ? kappa_sum / kappa_n : NAN;
  }
  return TRUE;
}

gboolean
kutip_agreement_get_who_said_what (KutipAgreement   *self,
                                   int               a,
                                   int               b,
                                   KutipWhoSaidWhat *who)
{
  WswCounts sum = { 0 };
  guint n = self ? self->n_annotators : 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (who != NULL, FALSE);

  if (a >= 0 || b >= 0)
    {
      if (a < 0 || b < 0 || a == b || (guint) a >= n || (guint) b >= n)
        return FALSE;
      sum = self->pairs[pair_index (self, MIN (a, b), MAX (a, b))]->wsw;
    }
  else if (n == 2)
    sum = self->pairs[0]->wsw;
  else
    for (guint p = 0; p < n * (n - 1) / 2; p++)
      {
        WswCounts *w = &self->all_pairs[p]->wsw;

        sum.claims += w->claims;
        sum.matched += w->matched;
        sum.speaker += w->speaker;
        sum.date += w->date;
        sum.both += w->both;
      }
  who->n_claims = sum.claims;
  who->n_matched = sum.matched;
  who->f1 = ratio (2 * sum.both, sum.claims);
  who->speaker = ratio (sum.speaker, sum.matched);
  who->date = ratio (sum.date, sum.matched);
  return TRUE;
}

static int
compare_documents (const void *x,
                   const void *y)
{
  const KutipAgreementDocument *p = x, *q = y;

  if (p->disagreement != q->disagreement)
    return p->disagreement > q->disagreement ? -1 : 1;
  if (p->n_disagreements != q->n_disagreements)
    return p->n_disagreements > q->n_disagreements ? -1 : 1;
  return strcmp (p->name, q->name);
}

const KutipAgreementDocument *
kutip_agreement_get_documents (KutipAgreement *self,
                               guint          *n_documents)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!self->sorted && self->documents->len > 1)
    {
      qsort (self->documents->data, self->documents->len, sizeof (KutipAgreementDocument),
             compare_documents);
      self->sorted = TRUE;
    }
  if (n_documents != NULL)
    *n_documents = self->documents->len;
  return (const KutipAgreementDocument *) self->documents->data;
}
