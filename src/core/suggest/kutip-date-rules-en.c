/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-rules-en.c: English time expressions in the TimeBank style:
 * "Wednesday", "May 18, 2021", "Jan. 5", "last week", "two years ago",
 * "the 1990s", "this morning", "the third quarter", "fiscal 1997",
 * "earlier this year", "10 p.m. Wednesday". */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-en-private.h"

/* "the third quarter", "the 1990s", "the past year", "the end of 1990",
 * "the year-ago quarter", "the future", "a year ago". */
static gboolean
the_rule (const Ctx    *ctx,
          guint         i,
          KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const char *rule = "date-en-the";
  guint j = i + 1, k;
  gboolean article_a = ctx->toks[i].lex->value == 1;

  if (article_a)
    {
      int unit = UNIT_AT (j), dir;

      /* "a year ago", "a year earlier", "a week or so ago", "a few years ago" */
      if (LEX (j, KUTIP_LEX_VAGUE) && (unit = UNIT_AT (j + 1)) != KUTIP_UNIT_NONE)
        j++;
      if (unit == KUTIP_UNIT_NONE || unit >= KUTIP_UNIT_HOUR)
        return FALSE;
      k = j + 1;
      if (WORD (k, "or") && WORD (k + 1, "so"))
        k += 2;
      if (LEX (k, KUTIP_LEX_AGO))
        dir = -1;
      else if (LEX (k, KUTIP_LEX_LATER))
        dir = 1;
      else
        return FALSE;
      if (j > i + 1)
        parts->ref = dir < 0 ? KUTIP_REF_PAST : KUTIP_REF_FUTURE;
      else if (unit == KUTIP_UNIT_YEAR && kutip_date_en_quarter_context (ctx, i))
        {
          /* Quarterly results: "a year ago" is the same quarter last year. */
          kutip_date_en_set_quarter (ctx, parts, kutip_date_en_last_quarter (ctx), 0);
          if (parts->year != KUTIP_DATE_X)
            parts->year -= dir < 0 ? 1 : -1;
        }
      else
        kutip_date_parts_relative (parts, ctx->published, unit, dir);
      kutip_date_hit_set (hit, i, k + 1, "date-en-ago", 0.9);
      return TRUE;
    }

  /* "the end of 1990", "the beginning of October", "the middle of the year" */
  if (LEX (j, KUTIP_LEX_MOD) && WORD (j + 1, "of"))
    {
      guint body = j + 2;

      if (LEX (body, KUTIP_LEX_THE) && ctx->toks[body].lex->value == 0)
        body++;
      if ((k = kutip_date_en_period_phrase_at (ctx, body, parts, &rule)))
        {
          kutip_date_hit_set (hit, i, k, "date-en-the-mod", 0.85);
          return TRUE;
        }
      return FALSE;
    }
  /* "the early 1980s", "the late 1970s", "the mid-1990s" */
  if (LEX (j, KUTIP_LEX_MOD))
    {
      j++;
      if (PUNCT (j, '-') && kutip_date_glued (ctx, j))
        j++;
    }
  if ((k = kutip_date_en_period_phrase_at (ctx, j, parts, &rule)))
    {
      guint first = i;

      /* "the" belongs to "the 1990s" and "the third quarter", not to a plain
       * date ("the Feb. 23 meeting") or an adjective ("the third-quarter
       * loss"). */
      if (j == i + 1 && (g_str_equal (rule, "date-en-month") ||
                         g_str_equal (rule, "date-en-year") ||
                         (g_str_equal (rule, "date-en-quarter") && LEX (j, KUTIP_LEX_ORDINAL) &&
                          PUNCT (j + 1, '-'))))
        first = j;
      kutip_date_hit_set (hit, first, k, rule, 0.85);
      return TRUE;
    }
  return FALSE;
}

static guint
part_after (const Ctx      *ctx,
            guint           k,
            KutipDateParts *parts)
{
  const KutipDateLex *lex = LEX (k, KUTIP_LEX_PART_OF_DAY);

  if (lex != NULL && !WORD (k, "overnight"))
    {
      parts->tod = lex->value;
      return k + 1;
    }
  return k;
}

/* A clock time: "10 p.m.", "7:15 p.m.", "noon", "5 p.m. EST". */
static guint
clock_at (const Ctx *ctx,
          guint      j,
          int       *hour,
          int       *minute)
{
  const KutipDateLex *noon = LEX (j, KUTIP_LEX_NOON);
  gboolean pm = FALSE;
  guint k;

  if (noon != NULL)
    {
      *hour = noon->value;
      *minute = 0;
      return j + 1;
    }
  if ((k = kutip_date_clock_at (ctx, j, hour, minute)))
    {
      guint k2 = kutip_date_en_ampm_at (ctx, k, &pm);

      if (k2)
        k = k2;
      else if (!LEX (k, KUTIP_LEX_ZONE))
        return 0;
    }
  else if (kutip_date_is_num (ctx, j) && ctx->toks[j].n_digits <= 2 && ctx->toks[j].num <= 12 &&
           (k = kutip_date_en_ampm_at (ctx, j + 1, &pm)))
    {
      *hour = ctx->toks[j].num;
      *minute = 0;
    }
  else
    return 0;
  if (pm && *hour < 12)
    *hour += 12;
  else if (!pm && *hour == 12 && k > j + 1)
    *hour = 0;
  if (LEX (k, KUTIP_LEX_ZONE))
    k++;
  return k;
}

/* "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Thursday", "around
 * 7:15 p.m.", "midnight Friday". */
static gboolean
clock_rule (const Ctx    *ctx,
            guint         i,
            KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  guint k, k2;
  int h, m;

  if (!(k = clock_at (ctx, i, &h, &m)))
    return FALSE;
  k2 = PUNCT (k, ',') ? k + 1 : k;
  if (WORD (k2, "on"))
    k2++;
  if ((k2 = kutip_date_en_day_at (ctx, k2, parts)))
    k = k2;
  else if (LEX (i, KUTIP_LEX_NOON) && !WORD (i, "midday"))
    return FALSE;
  else
    {
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
      parts->ref = 0;
      if (ctx->published == NULL)
        parts->year = KUTIP_DATE_X;
    }
  parts->hour = h;
  parts->minute = m;
  parts->tod = 0;
  if (i > 0 && (WORD (i - 1, "around") || WORD (i - 1, "about")))
    i--;
  kutip_date_hit_set (hit, i, k, "date-en-clock", 0.9);
  return TRUE;
}

/* A number first: "1998", "18 May 2021", "two years ago", "10 days
 * earlier", "1990s", "20th century", "10 p.m. Wednesday". */
static gboolean
number_rule (const Ctx    *ctx,
             guint         i,
             KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const char *rule = NULL;
  guint k;
  int n, unit, y;

  if (clock_rule (ctx, i, hit))
    return TRUE;
  kutip_date_parts_init (parts);
  if ((k = kutip_date_en_calendar_at (ctx, i, parts, FALSE)))
    {
      kutip_date_hit_set (hit, i, k, "date-en-dmy", 0.95);
      return TRUE;
    }
  /* "2021-05-18", "5/18/2021" (month first in English) */
  {
    int d, m;

    if (((k = kutip_date_iso_at (ctx, i, &d, &m, &y)) ||
         (k = kutip_date_numeric_at (ctx, i, TRUE, &d, &m, &y))) && y != 0)
      {
        parts->day = d;
        parts->month = m;
        parts->year = y;
        kutip_date_hit_set (hit, i, k, "date-en-numeric", 0.85);
        return TRUE;
      }
  }
  kutip_date_parts_init (parts);
  if ((k = kutip_date_en_period_phrase_at (ctx, i, parts, &rule)) &&
      (g_str_equal (rule, "date-en-decade") || g_str_equal (rule, "date-en-century") ||
       g_str_equal (rule, "date-en-quarter")))
    {
      kutip_date_hit_set (hit, i, k, rule, 0.9);
      return TRUE;
    }
  kutip_date_parts_init (parts);
  n = kutip_date_number_at (ctx, i);
  if (n > 0 && n < 1000 && (unit = UNIT_AT (i + 1)) != KUTIP_UNIT_NONE &&
      unit < KUTIP_UNIT_HOUR && unit != KUTIP_UNIT_VAGUE &&
      !kutip_date_number_is_quantity (ctx, i))
    {
      k = i + 2;
      if (WORD (k, "or") && WORD (k + 1, "so"))
        k += 2;
      if (LEX (k, KUTIP_LEX_AGO) || LEX (k, KUTIP_LEX_LATER))
        {
          int dir = LEX (k, KUTIP_LEX_AGO) ? -1 : 1;
          guint first = i;

          kutip_date_parts_relative (parts, ctx->published, unit, dir * n);
          if (i > 0 && (WORD (i - 1, "nearly") || WORD (i - 1, "almost") ||
                        WORD (i - 1, "about") || WORD (i - 1, "some") || WORD (i - 1, "over")))
            first = i - 1;
          kutip_date_hit_set (hit, first, k + 1, "date-en-ago", 0.9);
          return TRUE;
        }
      return FALSE;
    }
  if ((k = kutip_date_en_year_at (ctx, i, &y)))
    {
      /* A bare four-digit number is a year when it looks like one. */
      if (kutip_date_is_num (ctx, i) && (y < 1800 || y > 2100) &&
          !(i > 0 && (WORD (i - 1, "in") || WORD (i - 1, "since"))))
        return FALSE;
      parts->year = y;
      if (LEX (k, KUTIP_LEX_ERA))
        {
          parts->bc = ctx->toks[k].lex->value;
          k++;
        }
      kutip_date_hit_set (hit, i, k, "date-en-year", kutip_date_is_num (ctx, i) ? 0.85 : 0.8);
      return TRUE;
    }
  return FALSE;
}

/* "last week", "next month", "this year", "last Friday", "this morning",
 * "last night", "this summer", "last May", "this year's third quarter",
 * "last year's quarter", "current". */
static gboolean
relative_rule (const Ctx    *ctx,
               guint         i,
               KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const KutipDateLex *lex = ctx->toks[i].lex, *l2;
  int dir = lex->kind == KUTIP_LEX_PAST ? -1 : lex->kind == KUTIP_LEX_NEXT ? 1 : 0;
  guint j = i + 1, k;
  int unit, m;

  if (lex->kind == KUTIP_LEX_THIS && lex->value == 2)
    {
      /* "that year": the year is the one talked about, not publication's. */
      if (UNIT_AT (j) != KUTIP_UNIT_YEAR || !WORD (j, "year"))
        return FALSE;
      parts->year = kutip_date_en_year_from_pub (ctx, -1);
      kutip_date_hit_set (hit, i, j + 1, "date-en-that", 0.5);
      return TRUE;
    }
  /* "this past spring", "this coming Sunday" */
  if (dir == 0 && (LEX (j, KUTIP_LEX_PAST) || LEX (j, KUTIP_LEX_NEXT)))
    {
      dir = LEX (j, KUTIP_LEX_PAST) ? -1 : 1;
      j++;
    }
  if (LEX (j, KUTIP_LEX_WEEKDAY))
    {
      kutip_date_parts_weekday (parts, ctx->published, ctx->toks[j].lex->value, 0,
                                dir < 0 ? -2 : dir > 0 ? 2 : 1);
      k = part_after (ctx, j + 1, parts);
      /* "this coming Sunday, March eighth" */
      if (PUNCT (k, ',') && (m = 0, kutip_date_en_calendar_at (ctx, k + 1, parts, FALSE)))
        k = kutip_date_en_calendar_at (ctx, k + 1, parts, FALSE);
      kutip_date_hit_set (hit, i, k, "date-en-day-rel", 0.92);
      return TRUE;
    }
  if ((l2 = LEX (j, KUTIP_LEX_PART_OF_DAY)))
    {
      /* "this morning", "last night", "this evening" */
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY,
                                 dir < 0 ? -1 : dir > 0 ? 1 : 0);
      parts->tod = l2->value;
      kutip_date_hit_set (hit, i, j + 1, "date-en-part-rel", 0.9);
      return TRUE;
    }
  if ((l2 = LEX (j, KUTIP_LEX_SEASON)))
    {
      parts->year = kutip_date_en_pub_year (ctx);
      if (parts->year != KUTIP_DATE_X)
        parts->year += dir;
      parts->season = l2->value;
      kutip_date_hit_set (hit, i, j + 1, "date-en-season", 0.88);
      return TRUE;
    }
  if ((k = kutip_date_en_month_at (ctx, j, &m)))
    {
      int y = kutip_date_en_pub_year (ctx);

      if (y != KUTIP_DATE_X && ctx->published)
        {
          int pm = g_date_get_month (ctx->published);

          if (dir < 0)
            y -= m >= pm ? 1 : 0;
          else if (dir > 0)
            y += m <= pm ? 1 : 0;
        }
      parts->year = y;
      parts->month = m;
      kutip_date_hit_set (hit, i, k, "date-en-month-rel", 0.9);
      return TRUE;
    }
  if (LEX (j, KUTIP_LEX_YEAR_WORD))
    j++;
  /* "this year's third quarter", "last year's quarter" */
  if (WORD (j, "year") && PUNCT (j + 1, '\'') && WORD (j + 2, "s"))
    {
      KutipDateParts q;

      kutip_date_parts_init (&q);
      if ((k = kutip_date_en_quarter_at (ctx, j + 3, &q)) || UNIT_AT (j + 3) == KUTIP_UNIT_QUARTER)
        {
          if (k == 0)
            {
              kutip_date_en_set_quarter (ctx, &q, kutip_date_en_last_quarter (ctx), 0);
              k = j + 4;
            }
          *parts = q;
          if (parts->year != KUTIP_DATE_X)
            parts->year = kutip_date_en_year_from_pub (ctx, dir);
          kutip_date_hit_set (hit, i, k, "date-en-quarter", 0.9);
          return TRUE;
        }
    }
  unit = UNIT_AT (j);
  if (unit != KUTIP_UNIT_NONE && unit < KUTIP_UNIT_HOUR &&
      (WORD (j, "days") || WORD (j, "years") || WORD (j, "months") || WORD (j, "weeks") ||
       WORD (j, "quarters") || WORD (j, "decades")))
    {
      /* "coming months", "past years", "these days" */
      if (lex->kind == KUTIP_LEX_THIS && lex->value != 3)
        return FALSE;
      parts->ref = dir < 0 ? KUTIP_REF_PAST : dir > 0 ? KUTIP_REF_FUTURE : KUTIP_REF_PRESENT;
      kutip_date_hit_set (hit, i, j + 1, "date-en-ref", 0.75);
      return TRUE;
    }
  if (lex->kind == KUTIP_LEX_THIS && lex->value == 3)
    return FALSE;
  if (unit != KUTIP_UNIT_NONE && unit < KUTIP_UNIT_HOUR && unit != KUTIP_UNIT_VAGUE &&
      !WORD (j, "half"))
    {
      if (unit == KUTIP_UNIT_QUARTER && dir == 0)
        kutip_date_en_set_quarter (ctx, parts, kutip_date_en_pub_quarter (ctx), 0);
      else
        kutip_date_parts_relative (parts, ctx->published, unit, dir);
      kutip_date_hit_set (hit, i, j + 1, "date-en-unit-rel", 0.92);
      return TRUE;
    }
  if (lex->kind == KUTIP_LEX_THIS && lex->value == 1 && i > 0 && !LEX (i - 1, KUTIP_LEX_THE))
    {
      /* "current" on its own: the present ("at current prices"). */
      parts->ref = KUTIP_REF_PRESENT;
      kutip_date_hit_set (hit, i, i + 1, "date-en-ref", 0.5);
      return TRUE;
    }
  return FALSE;
}

/* "earlier this year", "later this month", "Earlier Sunday", "later this
 * afternoon", "early next year", "late yesterday", "mid-November",
 * "mid-1996", "early September", "late last week". */
static gboolean
mod_rule (const Ctx    *ctx,
          guint         i,
          KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const char *rule = NULL;
  guint j = i + 1, k;

  if (PUNCT (j, '-') && kutip_date_glued (ctx, j))
    j++;
  if (WORD (j, "in") && LEX (j + 1, KUTIP_LEX_THE) && WORD (j + 2, "year"))
    {
      /* "earlier in the year" */
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_YEAR, 0);
      kutip_date_hit_set (hit, i, j + 3, "date-en-mod", 0.85);
      return TRUE;
    }
  if (LEX (j, KUTIP_LEX_PAST) || LEX (j, KUTIP_LEX_NEXT) || LEX (j, KUTIP_LEX_THIS))
    {
      if (relative_rule (ctx, j, hit))
        {
          hit->first = i;
          hit->rule = "date-en-mod";
          return TRUE;
        }
      return FALSE;
    }
  if ((k = kutip_date_en_day_at (ctx, j, parts)))
    {
      kutip_date_hit_set (hit, i, part_after (ctx, k, parts), "date-en-mod", 0.88);
      return TRUE;
    }
  kutip_date_parts_init (parts);
  if (LEX (j, KUTIP_LEX_PART_OF_DAY) && WORD (j + 1, "yesterday") == FALSE)
    {
      /* "mid-afternoon yesterday", "mid afternoon" */
      int tod = ctx->toks[j].lex->value;

      k = j + 1;
      if (!(k = kutip_date_en_day_at (ctx, j + 1, parts)))
        {
          kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
          k = j + 1;
        }
      parts->ref = 0;
      if (ctx->published == NULL)
        parts->year = KUTIP_DATE_X;
      parts->tod = tod;
      kutip_date_hit_set (hit, i, k, "date-en-mod", 0.8);
      return TRUE;
    }
  if (LEX (ctx->n_toks > i ? i : 0, KUTIP_LEX_MOD) &&
      (k = kutip_date_en_period_phrase_at (ctx, j, parts, &rule)) &&
      !g_str_equal (rule, "date-en-the-unit"))
    {
      kutip_date_hit_set (hit, i, k, "date-en-mod", 0.88);
      return TRUE;
    }
  return FALSE;
}

/* "now", "recently", "currently", "recent years", "in the past", "soon". */
static gboolean
ref_rule (const Ctx    *ctx,
          guint         i,
          KutipDateHit *hit)
{
  const KutipDateLex *lex = ctx->toks[i].lex;
  guint k = i + 1;

  if (lex->value < 0)
    {
      /* "recent years", "recent weeks and months", "future quarters" */
      if (UNIT_AT (k) == KUTIP_UNIT_NONE)
        return FALSE;
      k++;
      if (WORD (k, "and") && UNIT_AT (k + 1) != KUTIP_UNIT_NONE)
        k += 2;
      hit->parts.ref = -lex->value;
      kutip_date_hit_set (hit, i, k, "date-en-ref", 0.8);
      return TRUE;
    }
  /* "as soon as", "soon after" are conjunctions, not times */
  if (WORD (i, "soon") && ((i > 0 && WORD (i - 1, "as")) || WORD (k, "after")))
    return FALSE;
  /* "right now", "more recently" are one expression */
  hit->parts.ref = lex->value;
  kutip_date_hit_set (hit, i, k, "date-en-ref", WORD (i, "now") ? 0.75 : 0.7);
  if (i > 0 && (WORD (i - 1, "right") || WORD (i - 1, "more") || WORD (i - 1, "until")) &&
      !WORD (i - 1, "until"))
    hit->first = i - 1;
  return TRUE;
}

gboolean
kutip_date_rules_en (const KutipDateCtx *ctx,
                     guint               i,
                     KutipDateHit       *hit)
{
  const KutipDateTok *t = &ctx->toks[i];
  const KutipDateLex *lex = t->lex;
  const char *rule = NULL;
  guint k;
  int y;

  if (t->kind == KUTIP_DTOK_NUM)
    return number_rule (ctx, i, hit);
  if (t->kind == KUTIP_DTOK_PUNCT)
    return FALSE;
  if (lex == NULL)
    return FALSE;

  switch (lex->kind)
    {
    case KUTIP_LEX_THE:
      /* Most "the" and "a" start no date: look at the next word first. */
      if (i + 1 >= ctx->n_toks ||
          (ctx->toks[i + 1].lex == NULL && ctx->toks[i + 1].kind != KUTIP_DTOK_NUM &&
           ctx->toks[i + 1].punct != '\'' && !WORD (i + 1, "near") && !WORD (i + 1, "short") &&
           !WORD (i + 1, "full") && !WORD (i + 1, "period")))
        return FALSE;
      return the_rule (ctx, i, hit);
    case KUTIP_LEX_WEEKDAY:
      k = kutip_date_en_weekday_at (ctx, i, &hit->parts, 0);
      if (hit->parts.day == 0 && hit->parts.weekday == 0 && hit->parts.month == 0)
        return FALSE;
      {
        guint k2 = part_after (ctx, k, &hit->parts);

        kutip_date_hit_set (hit, i, k2, k2 > k ? "date-en-day-part" : "date-en-day", 0.9);
      }
      return TRUE;
    case KUTIP_LEX_MONTH:
    case KUTIP_LEX_MONTH_ABBR:
      if ((k = kutip_date_en_calendar_at (ctx, i, &hit->parts, FALSE)))
        {
          kutip_date_hit_set (hit, i, k, "date-en-date", 0.95);
          return TRUE;
        }
      kutip_date_parts_init (&hit->parts);
      if (lex->kind == KUTIP_LEX_MONTH_ABBR ||
          !kutip_date_en_calendar_at (ctx, i, &hit->parts, TRUE))
        return FALSE;
      k = i + 1;
      /* "January this year", "June last year" */
      if ((LEX (k, KUTIP_LEX_THIS) || LEX (k, KUTIP_LEX_PAST) || LEX (k, KUTIP_LEX_NEXT)) &&
          UNIT_AT (k + 1) == KUTIP_UNIT_YEAR && kutip_date_en_pub_year (ctx) != KUTIP_DATE_X)
        {
          hit->parts.year = kutip_date_en_year_from_pub (ctx, LEX (k, KUTIP_LEX_PAST) ? -1
                                                              : LEX (k, KUTIP_LEX_NEXT) ? 1 : 0);
          kutip_date_hit_set (hit, i, k + 2, "date-en-month-rel", 0.9);
          return TRUE;
        }
      /* "May" and "March" alone are too often a verb. */
      if ((lex->flags & KUTIP_LEXF_AMBIGUOUS) &&
          !(i > 0 && (WORD (i - 1, "in") || WORD (i - 1, "since") || WORD (i - 1, "until") ||
                      WORD (i - 1, "through") || WORD (i - 1, "by") || WORD (i - 1, "of") ||
                      WORD (i - 1, "from") || WORD (i - 1, "last"))))
        return FALSE;
      kutip_date_hit_set (hit, i, k, "date-en-month", 0.85);
      return TRUE;
    case KUTIP_LEX_DEICTIC:
      k = kutip_date_en_day_at (ctx, i, &hit->parts);
      kutip_date_hit_set (hit, i, part_after (ctx, k, &hit->parts), "date-en-deictic", 0.92);
      return TRUE;
    case KUTIP_LEX_PAST:
    case KUTIP_LEX_NEXT:
    case KUTIP_LEX_THIS:
      return relative_rule (ctx, i, hit);
    case KUTIP_LEX_AGO:
    case KUTIP_LEX_LATER:
    case KUTIP_LEX_MOD:
      if (lex->kind == KUTIP_LEX_AGO && lex->value != 1)
        return FALSE;
      return mod_rule (ctx, i, hit);
    case KUTIP_LEX_REF:
      return ref_rule (ctx, i, hit);
    case KUTIP_LEX_YEAR_WORD:
      /* "fiscal 1997", "fiscal second-quarter" */
      if ((k = kutip_date_en_quarter_at (ctx, i, &hit->parts)))
        {
          kutip_date_hit_set (hit, i, k, "date-en-quarter", 0.9);
          return TRUE;
        }
      if ((k = kutip_date_year_at (ctx, i + 1, FALSE, &y)))
        {
          hit->parts.year = y;
          kutip_date_hit_set (hit, i, k, "date-en-fiscal", 0.9);
          return TRUE;
        }
      return FALSE;
    case KUTIP_LEX_ORDINAL:
      if ((k = kutip_date_en_quarter_at (ctx, i, &hit->parts)))
        {
          kutip_date_hit_set (hit, i, k, "date-en-quarter", 0.9);
          return TRUE;
        }
      return FALSE;
    case KUTIP_LEX_UNIT:
      if ((k = kutip_date_en_year_ago_at (ctx, i)))
        {
          kutip_date_parts_relative (&hit->parts, ctx->published, KUTIP_UNIT_YEAR, -1);
          kutip_date_hit_set (hit, i, k, "date-en-year-ago", 0.8);
          return TRUE;
        }
      /* "year-end", "year end", "year's end" */
      if (WORD (i, "year"))
        {
          k = i + 1;
          if (PUNCT (k, '-') || (PUNCT (k, '\'') && WORD (k + 1, "s")))
            k += PUNCT (k, '-') ? 1 : 2;
          if (WORD (k, "end"))
            {
              kutip_date_parts_relative (&hit->parts, ctx->published, KUTIP_UNIT_YEAR, 0);
              kutip_date_hit_set (hit, i > 0 && WORD (i - 1, "around") ? i - 1 : i, k + 1,
                       "date-en-year-end", 0.8);
              return TRUE;
            }
        }
      return FALSE;
    case KUTIP_LEX_NOON:
      return clock_rule (ctx, i, hit);
    case KUTIP_LEX_NUMBER:
      return number_rule (ctx, i, hit);
    case KUTIP_LEX_VAGUE:
      /* "several years ago", "a few weeks earlier" */
      if (UNIT_AT (i + 1) != KUTIP_UNIT_NONE && UNIT_AT (i + 1) < KUTIP_UNIT_HOUR &&
          (LEX (i + 2, KUTIP_LEX_AGO) || LEX (i + 2, KUTIP_LEX_LATER)))
        {
          hit->parts.ref = LEX (i + 2, KUTIP_LEX_AGO) ? KUTIP_REF_PAST : KUTIP_REF_FUTURE;
          kutip_date_hit_set (hit, i, i + 3, "date-en-ago", 0.85);
          return TRUE;
        }
      return FALSE;
    case KUTIP_LEX_DECADE_WORD:
      if ((k = kutip_date_en_period_phrase_at (ctx, i, &hit->parts, &rule)))
        {
          kutip_date_hit_set (hit, i, k, rule, 0.8);
          return TRUE;
        }
      return FALSE;
    default:
      return FALSE;
    }
}
