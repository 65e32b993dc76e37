/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggester.c: runs the date finder and the attribution finder over a
 * text and turns their byte-offset matches into pending suggestions. */

#define G_LOG_DOMAIN "kutip-suggester"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kutip-attribution.h"
#include "kutip-date-finder.h"
#include "kutip-error.h"
#include "kutip-json-reader.h"
#include "kutip-language.h"
#include "kutip-suggester.h"

static gboolean
parse_published (const char  *published,
                 GDate       *date,
                 GError     **error)
{
  int y = 0, m = 0, d = 0;
  char tail = 0;

  if (published == NULL || *published == '\0')
    return FALSE;

  if (sscanf (published, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "publication date “%s” is not a real date written YYYY-MM-DD", published);
      return FALSE;
    }

  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/* "rule:" and the rule's name, in @buf when it fits (rule names are short)
 * or else in a new string left in *@heap: no allocation per span. */
#define ORIGIN_BUF 64

static const char *
rule_origin (char        *buf,
             char       **heap,
             const char  *rule)
{
  gsize len = strlen (rule);

  if (len + sizeof "rule:" > ORIGIN_BUF)
    return *heap = g_strconcat ("rule:", rule, NULL);
  memcpy (buf, "rule:", 5);
  memcpy (buf + 5, rule, len + 1);
  return buf;
}

/* A suggested date or claim as the date linking sees it: its span index
 * and code point offsets. */
typedef struct
{
  guint span;
  guint start, end;
} Placed;

/* Where a claim's date is looked for, in code points (KutipClaimMatch). */
typedef struct
{
  Placed   claim;
  guint    told_start, told_end;
  guint    scene_start, scene_end;
  gboolean direct; /* a quote: its own "hari ini" is when it was said */
} ClaimTime;

/* The first date (index into @dates, in text order) starting at or after
 * @offset. */
static guint
first_date_from (const Placed *dates,
                 guint         n_dates,
                 guint         offset)
{
  guint lo = 0, hi = n_dates;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (dates[mid].start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Is [start, end) inside a claim of @times other than @self? */
static gboolean
in_other_claim (const ClaimTime *times,
                guint            n_times,
                guint            self,
                guint            start,
                guint            end)
{
  /* Claims come in text order: look at the neighbours only. */
  for (guint k = self > 3 ? self - 3 : 0; k < n_times && k <= self + 3; k++)
    if (k != self && times[k].claim.start <= start && end <= times[k].claim.end)
      return TRUE;
  return FALSE;
}

/* A claim is dated by the date of the statement: the one nearest to it in
 * the sentences that attribute it, outside every claim ("Ahmad, Senin
 * (3/4), mengatakan, …"); else the one the sentence before sets the
 * speaker's scene with ("Pada Rabu (18/5) Presiden Joe Biden … . …, Biden
 * mengatakan …"); else, for a quote, the first date inside it ("… hari
 * ini,” kata X"; a date reported speech tells of is no date of telling:
 * "Ia memperkirakan harga normal dua pekan lagi"). */
static void
link_dates (KutipSuggestions *self,
            const ClaimTime  *times,
            guint             n_times,
            const Placed     *dates,
            guint             n_dates)
{
  for (guint i = 0; i < n_times && n_dates > 0; i++)
    {
      const ClaimTime *t = &times[i];
      guint start = t->claim.start;
      guint end = t->claim.end;
      const Placed *best = NULL;
      guint best_distance = G_MAXUINT;

      for (guint j = first_date_from (dates, n_dates, t->told_start); j < n_dates; j++)
        {
          const Placed *date = &dates[j];
          guint distance;

          if (date->start >= t->told_end)
            break;
          if (date->end > t->told_end || (date->start < end && date->end > start)
              || in_other_claim (times, n_times, i, date->start, date->end))
            continue;
          distance = date->end <= start ? start - date->end : date->start - end;
          if (distance < best_distance)
            {
              best_distance = distance;
              best = date;
            }
        }
      if (best == NULL && t->scene_end > t->scene_start)
        for (guint j = first_date_from (dates, n_dates, t->scene_start); j < n_dates; j++)
          {
            if (dates[j].start >= t->scene_end)
              break;
            if (dates[j].end <= t->scene_end
                && !in_other_claim (times, n_times, i, dates[j].start, dates[j].end))
              best = &dates[j]; /* the last: nearest to the claim */
          }
      if (best == NULL && t->direct)
        {
          guint j = first_date_from (dates, n_dates, start);

          if (j < n_dates && dates[j].end <= end)
            best = &dates[j];
        }
      if (best != NULL)
        kutip_suggestions_add_rule_relation (self, KUTIP_RELATION_DATED, t->claim.span,
                                             best->span, "rule:claim-date");
    }
}

/* Reports progress and checks for cancellation between steps. */
typedef struct
{
  KutipSuggestProgressFunc  func;
  gpointer                  data;
  GCancellable             *cancellable;
} Progress;

static gboolean
progress_step (const Progress  *progress,
               double           fraction,
               GError         **error)
{
  if (g_cancellable_set_error_if_cancelled (progress->cancellable, error))
    return FALSE;
  if (progress->func != NULL)
    progress->func (MIN (fraction, 1.0), progress->data);
  return TRUE;
}

/* How the work splits, measured on long articles: the date finder takes
 * about two fifths of the engine's time, the attribution finder the rest. */
#define DATES_SHARE  0.4
#define CLAIMS_SHARE 0.55

/* Texts longer than this are searched for dates a piece at a time, cut at
 * line ends (no date spans one), so progress moves and a cancel is quick. */
#define DATE_CHUNK (256 * 1024)

static gsize
chunk_end (const char *utf8,
           gsize       n_bytes,
           gsize       start)
{
  const char *nl;

  if (n_bytes - start <= DATE_CHUNK)
    return n_bytes;
  nl = memchr (utf8 + start + DATE_CHUNK, '\n', n_bytes - start - DATE_CHUNK);
  return nl != NULL ? (gsize) (nl - utf8) + 1 : n_bytes;
}

static GArray *
find_dates (const char      *utf8,
            gsize            n_bytes,
            const char      *lang,
            const GDate     *published,
            const Progress  *progress,
            GError         **error)
{
  g_autoptr(GArray) all = NULL;
  GDate dateline;

  if (n_bytes <= DATE_CHUNK)
    return kutip_date_finder_find (utf8, n_bytes, lang, published);

  /* Every piece is read against the same publication date. */
  if (published == NULL &&
      kutip_date_finder_find_dateline (utf8, MIN (n_bytes, DATE_CHUNK), lang, &dateline))
    published = &dateline;

  all = g_array_new (FALSE, FALSE, sizeof (KutipDateMatch));
  g_array_set_clear_func (all, (GDestroyNotify) kutip_date_match_clear);
  for (gsize start = 0, end; start < n_bytes; start = end)
    {
      g_autoptr(GArray) piece = NULL;

      end = chunk_end (utf8, n_bytes, start);
      piece = kutip_date_finder_find (utf8 + start, end - start, lang, published);
      for (guint i = 0; i < piece->len; i++)
        {
          KutipDateMatch *m = &g_array_index (piece, KutipDateMatch, i);
          KutipDateMatch moved = *m;

          moved.start += start;
          moved.end += start;
          m->value = NULL;
          g_array_append_val (all, moved);
        }
      if (!progress_step (progress, DATES_SHARE * end / n_bytes, error))
        return NULL;
    }
  return g_steal_pointer (&all);
}

/**
 * kutip_suggest_text:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_text (KutipText             *text,
                    const char            *lang,
                    const char            *published,
                    KutipSuggestFamilies   families,
                    GError               **error)
{
  return kutip_suggest_text_full (text, lang, published, families, NULL, NULL, NULL, error);
}

/**
 * kutip_suggest_text_full:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_text_full (KutipText                *text,
                         const char               *lang,
                         const char               *published,
                         KutipSuggestFamilies      families,
                         KutipSuggestProgressFunc  progress_func,
                         gpointer                  progress_data,
                         GCancellable             *cancellable,
                         GError                  **error)
{
  Progress progress = { progress_func, progress_data, cancellable };
  g_autoptr(KutipSuggestions) self = NULL;
  g_autofree ClaimTime *times = NULL; /* made at the first claim: most texts have none */
  guint n_times = 0;
  g_autofree Placed *dates = NULL;
  guint n_dates = 0;
  GDate date;
  gboolean have_date;
  const char *utf8;
  gsize n_bytes;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  g_date_clear (&date, 1);
  have_date = parse_published (published, &date, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  utf8 = kutip_text_get_utf8 (text, &n_bytes);
  /* No language, or one Kutip has no profile for: the rules that fit best. */
  lang = kutip_language_get_code (kutip_language_for_text (lang, utf8, n_bytes));

  self = kutip_suggestions_new (text);

  if (families & KUTIP_SUGGEST_DATES)
    {
      g_autoptr(GArray) matches = find_dates (utf8, n_bytes, lang, have_date ? &date : NULL,
                                              &progress, error);

      if (matches == NULL)
        return NULL;
      if (matches->len > 0)
        dates = g_new (Placed, matches->len);
      for (guint i = 0; i < matches->len; i++)
        {
          const KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, i);
          char origin_buf[ORIGIN_BUF];
          g_autofree char *origin_heap = NULL;
          const char *origin = rule_origin (origin_buf, &origin_heap, m->rule);
          Placed *d = &dates[n_dates++];

          d->start = kutip_text_byte_to_offset (text, m->start);
          d->end = kutip_text_byte_to_offset (text, m->end);
          d->span = kutip_suggestions_add_rule_span (self, KUTIP_LABEL_DATE, d->start, d->end,
                                                     origin, m->confidence, m->value, NULL);
        }
    }

  if (!progress_step (&progress, DATES_SHARE, error))
    return NULL;

  if (families & (KUTIP_SUGGEST_CLAIMS | KUTIP_SUGGEST_SPEAKERS))
    {
      KutipClaimScope scope = (families & KUTIP_SUGGEST_DIRECT_ONLY) ? KUTIP_CLAIM_SCOPE_DIRECT
                                                                    : KUTIP_CLAIM_SCOPE_ALL;
      g_autoptr(KutipAttribution) found =
        kutip_attribution_find_scoped (utf8, n_bytes, lang, KUTIP_ATTRIBUTION_MIN_CONFIDENCE, scope);
      const KutipSpeakerMatch *speakers;
      const KutipClaimMatch *claim_matches;
      guint n_speakers = 0, n_claims = 0;
      g_autofree guint *speaker_spans = NULL; /* span index + 1, or 0: none */

      speakers = kutip_attribution_get_speakers (found, &n_speakers);
      claim_matches = kutip_attribution_get_claims (found, &n_claims);
      if (n_speakers > 0)
        speaker_spans = g_new0 (guint, n_speakers);

      if (families & KUTIP_SUGGEST_SPEAKERS)
        {
          for (guint i = 0; i < n_speakers; i++)
            {
              const KutipSpeakerMatch *m = &speakers[i];
              char origin_buf[ORIGIN_BUF];
              g_autofree char *origin_heap = NULL;
              const char *origin = rule_origin (origin_buf, &origin_heap, m->rule);
              guint span;

              span = kutip_suggestions_add_rule_span (self, KUTIP_LABEL_SPEAKER,
                                                      kutip_text_byte_to_offset (text, m->start),
                                                      kutip_text_byte_to_offset (text, m->end),
                                                      origin, m->confidence, NULL, NULL);
              speaker_spans[i] = span + 1;
              if (m->entity >= 0)
                kutip_suggestions_add_rule_to_entity (self, m->entity, m->canonical, span);
            }
        }

      if (families & KUTIP_SUGGEST_CLAIMS)
        {
          for (guint i = 0; i < n_claims; i++)
            {
              const KutipClaimMatch *m = &claim_matches[i];
              char origin_buf[ORIGIN_BUF];
              g_autofree char *origin_heap = NULL;
              const char *origin = rule_origin (origin_buf, &origin_heap, m->rule);
              ClaimTime *t;

              if (times == NULL)
                times = g_new (ClaimTime, n_claims);
              t = &times[n_times++];
              t->claim.start = kutip_text_byte_to_offset (text, m->start);
              t->claim.end = kutip_text_byte_to_offset (text, m->end);
              t->claim.span =
                kutip_suggestions_add_rule_span (self, KUTIP_LABEL_CLAIM, t->claim.start,
                                                 t->claim.end, origin, m->confidence, NULL,
                                                 m->kind == KUTIP_CLAIM_DIRECT ? "direct"
                                                                               : "indirect");
              t->direct = m->kind == KUTIP_CLAIM_DIRECT;
              t->told_start = kutip_text_byte_to_offset (text, m->told_start);
              t->told_end = kutip_text_byte_to_offset (text, m->told_end);
              t->scene_start = kutip_text_byte_to_offset (text, m->scene_start);
              t->scene_end = kutip_text_byte_to_offset (text, m->scene_end);
              if (m->speaker >= 0 && (guint) m->speaker < n_speakers
                  && speaker_spans[m->speaker] > 0)
                kutip_suggestions_add_rule_relation (self, KUTIP_RELATION_SAID_BY,
                                                     t->claim.span,
                                                     speaker_spans[m->speaker] - 1,
                                                     "rule:said-by");
            }
        }
    }

  if (!progress_step (&progress, DATES_SHARE + CLAIMS_SHARE, error))
    return NULL;
  link_dates (self, times, n_times, dates, n_dates);
  progress_step (&progress, 1.0, NULL);

  return g_steal_pointer (&self);
}

/**
 * kutip_suggest_document:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_document (KutipDocument         *document,
                        KutipSuggestFamilies   families,
                        GError               **error)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);

  return kutip_suggest_text (kutip_document_get_text (document),
                             kutip_document_get_language (document),
                             kutip_document_get_published (document),
                             families, error);
}

typedef struct
{
  char *id;
  char *text;
  gsize text_len;
  char *lang;
  char *published;
} InputLine;

static void
input_line_clear (InputLine *in)
{
  g_free (in->id);
  g_free (in->text);
  g_free (in->lang);
  g_free (in->published);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (InputLine, input_line_clear)

/* The pull reader's scratch string, kept per thread from line to line;
 * a line over 1 MB gives its buffer back. */
#define LINE_SCRATCH_KEEP (1u << 20)

static void
line_scratch_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static GPrivate line_scratch_key = G_PRIVATE_INIT (line_scratch_free);

static GString *
line_scratch_take (void)
{
  GString *scratch = g_private_get (&line_scratch_key);

  if (scratch == NULL)
    return g_string_sized_new (256);
  g_private_set (&line_scratch_key, NULL);
  g_string_truncate (scratch, 0);
  return scratch;
}

static void
line_scratch_release (GString *scratch)
{
  if (scratch->allocated_len > LINE_SCRATCH_KEEP || g_private_get (&line_scratch_key) != NULL)
    g_string_free (scratch, TRUE);
  else
    g_private_set (&line_scratch_key, scratch);
}

/* Reads {"id", "text", "lang"?, "published"?} with the store's pull
 * reader: no tree is built, and unknown members (a gold file's "spans")
 * are skipped. */
static gboolean
read_input_line (const char  *line,
                 gsize        n_bytes,
                 const char  *where,
                 InputLine   *in,
                 GError     **error)
{
  KutipJsonReader r = { 0 };
  gboolean first = TRUE;
  gboolean ok = FALSE;
  int more;

  r.start = r.p = line;
  r.end = line + n_bytes;
  r.where = where;
  r.error = error;
  r.scratch = line_scratch_take ();

  kutip_json_skip_ws (&r);
  if (r.p >= r.end || *r.p != '{')
    {
      if (r.p < r.end && (*r.p == '[' || *r.p == '"' || g_ascii_isdigit (*r.p)))
        _kutip_json_fail (&r, NULL, KUTIP_ERROR_FORMAT,
                          "expected an object {\"id\", \"text\", …}");
      else
        _kutip_json_syntax_error (&r, "expected an object");
      goto out;
    }
  if (!_kutip_json_enter (&r))
    goto out;

  while ((more = _kutip_json_next_member (&r, &first)) == 1)
    {
      char name_buf[32];
      g_autofree char *name_heap = NULL;
      const char *name = name_buf;
      KutipJsonPath path;

      /* Member names are short: no allocation for them. */
      if (r.scratch->len < sizeof name_buf)
        memcpy (name_buf, r.scratch->str, r.scratch->len + 1);
      else
        name = name_heap = g_strndup (r.scratch->str, r.scratch->len);
      path = (KutipJsonPath) KUTIP_JSON_PATH_KEY (NULL, name);

      if (g_str_equal (name, "id"))
        {
          if (r.p < r.end && (*r.p == '-' || g_ascii_isdigit (*r.p)))
            {
              KutipJsonNumber number;

              if (!_kutip_json_read_number (&r, &number))
                goto out;
              if (!number.whole)
                {
                  _kutip_json_fail (&r, &path, KUTIP_ERROR_FORMAT,
                                    "expected a string or a whole number, found %.*s",
                                    number.len, number.text);
                  goto out;
                }
              /* The digits as written: an id past 64 bits stays exact. */
              g_free (in->id);
              in->id = g_strndup (number.text, r.p - number.text);
            }
          else if (r.p < r.end && *r.p == '"')
            {
              if (!_kutip_json_read_string (&r, &path, FALSE, &in->id))
                goto out;
            }
          else
            {
              _kutip_json_wrong_type (&r, &path, "a string or a whole number");
              goto out;
            }
        }
      else if (g_str_equal (name, "text"))
        {
          if (!_kutip_json_read_string (&r, &path, FALSE, &in->text))
            goto out;
          in->text_len = r.scratch->len;
        }
      else if (g_str_equal (name, "lang"))
        {
          if (!_kutip_json_read_string (&r, &path, TRUE, &in->lang))
            goto out;
        }
      else if (g_str_equal (name, "published"))
        {
          if (!_kutip_json_read_string (&r, &path, TRUE, &in->published))
            goto out;
        }
      else
        {
          JsonNode *skipped = _kutip_json_read_node (&r);

          if (skipped == NULL)
            goto out;
          json_node_unref (skipped);
        }
    }
  if (more < 0)
    goto out;

  kutip_json_skip_ws (&r);
  if (r.p < r.end)
    {
      _kutip_json_syntax_error (&r, "unexpected text after the object");
      goto out;
    }
  if (in->id == NULL)
    {
      _kutip_json_missing (&r, NULL, "id");
      goto out;
    }
  if (in->text == NULL)
    {
      _kutip_json_missing (&r, NULL, "text");
      goto out;
    }

  ok = TRUE;

out:
  line_scratch_release (r.scratch);
  return ok;
}

/**
 * kutip_suggest_jsonl_line:
 * @where: e.g. "stdin:12" for messages
 *
 * Returns: %TRUE and one output line appended to @out, or %FALSE with an
 *   error naming @where and the member at fault.
 */
gboolean
kutip_suggest_jsonl_line (const char            *line,
                          gsize                  n_bytes,
                          const char            *where,
                          KutipSuggestFamilies   families,
                          double                 min_confidence,
                          GString               *out,
                          GError               **error)
{
  g_auto(InputLine) in = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KutipText) text = NULL;
  g_autoptr(KutipSuggestions) suggestions = NULL;

  /* The reader trusts its input to be UTF-8, and an id is echoed. */
  if (!kutip_utf8_check (line, n_bytes, where, error) ||
      !read_input_line (line, n_bytes, where, &in, error))
    return FALSE;

  text = kutip_text_new_take (g_steal_pointer (&in.text), in.text_len, &local_error);
  if (text == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8, "%s: $.text: %s",
                   where, local_error->message);
      return FALSE;
    }

  suggestions = kutip_suggest_text (text, in.lang, in.published, families, &local_error);
  if (suggestions == NULL)
    {
      g_set_error (error, KUTIP_ERROR, local_error->code, "%s: $.published: %s",
                   where, local_error->message);
      return FALSE;
    }

  if (min_confidence > 0)
    kutip_suggestions_filter (suggestions, min_confidence);
  kutip_suggestions_write_jsonl (suggestions, in.id, out);
  return TRUE;
}

/* One run in a thread. The thread stores its progress; a timer on the
 * caller's main context passes it on, and is gone before the caller's
 * callback runs, so progress never arrives after the result. */
typedef struct
{
  KutipText                *text;
  char                     *lang;
  char                     *published;
  KutipSuggestFamilies      families;
  int                       permille;  /* atomic */
  int                       reported;
  KutipSuggestProgressFunc  progress;
  gpointer                  progress_data;
  GSource                  *timer;
  GAsyncReadyCallback       callback;
  gpointer                  user_data;
} SuggestJob;

static void
suggest_job_free (SuggestJob *job)
{
  if (job->timer != NULL)
    {
      g_source_destroy (job->timer);
      g_source_unref (job->timer);
    }
  kutip_text_unref (job->text);
  g_free (job->lang);
  g_free (job->published);
  g_free (job);
}

static void
job_progress (double   fraction,
              gpointer user_data)
{
  SuggestJob *job = user_data;

  g_atomic_int_set (&job->permille, (int) (fraction * 1000));
}

static gboolean
report_progress (gpointer user_data)
{
  SuggestJob *job = user_data;
  int permille = g_atomic_int_get (&job->permille);

  if (permille != job->reported)
    {
      job->reported = permille;
      job->progress (permille / 1000.0, job->progress_data);
    }
  return G_SOURCE_CONTINUE;
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SuggestJob *job = task_data;
  GError *error = NULL;
  KutipSuggestions *result;

  /* Only what was copied before the thread started is read here. */
  result = kutip_suggest_text_full (job->text, job->lang, job->published, job->families,
                                    job_progress, job, cancellable, &error);
  if (result == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* The result is there to be applied: its annotations are made here,
   * not on the main thread (tens of milliseconds for a 10 MB article). */
  kutip_suggestions_get_spans (result);
  g_task_return_pointer (task, result, (GDestroyNotify) kutip_suggestions_free);
}

static void
suggest_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SuggestJob *job = g_task_get_task_data (G_TASK (result));

  if (job->timer != NULL)
    {
      report_progress (job);
      g_source_destroy (job->timer);
      g_clear_pointer (&job->timer, g_source_unref);
    }
  job->callback (source, result, job->user_data);
}

void
kutip_suggest_document_async (KutipDocument            *document,
                              KutipSuggestFamilies      families,
                              KutipSuggestProgressFunc  progress,
                              gpointer                  progress_data,
                              GCancellable             *cancellable,
                              GAsyncReadyCallback       callback,
                              gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  SuggestJob *job;

  g_return_if_fail (KUTIP_IS_DOCUMENT (document));
  g_return_if_fail (callback != NULL);

  job = g_new0 (SuggestJob, 1);
  job->text = kutip_text_ref (kutip_document_get_text (document));
  job->lang = g_strdup (kutip_document_get_language (document));
  job->published = g_strdup (kutip_document_get_published (document));
  job->families = families;
  job->progress = progress;
  job->progress_data = progress_data;
  job->callback = callback;
  job->user_data = user_data;

  task = g_task_new (document, cancellable, suggest_done, NULL);
  g_task_set_source_tag (task, kutip_suggest_document_async);
  g_task_set_task_data (task, job, (GDestroyNotify) suggest_job_free);
  if (progress != NULL)
    {
      job->timer = g_timeout_source_new (50);
      g_source_set_callback (job->timer, report_progress, job, NULL);
      g_source_attach (job->timer, g_task_get_context (task));
    }
  g_task_run_in_thread (task, suggest_thread);
}

/**
 * kutip_suggest_document_finish:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_document_finish (KutipDocument  *document,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, document), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
