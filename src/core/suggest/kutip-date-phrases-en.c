/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-phrases-en.c: English phrase pieces the rules build on: years
 * (also in words), months with days, weekdays, quarters and the noun phrases
 * that name a period ("the third quarter", "the 1990s", "the past year"). */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-en-private.h"

int
kutip_date_en_pub_year (const Ctx *ctx)
{
  return ctx->published ? (int) g_date_get_year (ctx->published) : KUTIP_DATE_X;
}

int
kutip_date_en_pub_quarter (const Ctx *ctx)
{
  return ctx->published ? ((int) g_date_get_month (ctx->published) - 1) / 3 + 1 : 0;
}

/* The last quarter that ended before publication. */
int
kutip_date_en_last_quarter (const Ctx *ctx)
{
  int q = kutip_date_en_pub_quarter (ctx);

  return q > 1 ? q - 1 : 4;
}

/* The publication year shifted by @shift, or unknown. */
int
kutip_date_en_year_from_pub (const Ctx *ctx,
                             int        shift)
{
  int y = kutip_date_en_pub_year (ctx);

  return y == KUTIP_DATE_X ? KUTIP_DATE_X : y + shift;
}

int
kutip_date_en_unit_at (const Ctx *ctx,
         guint      j)
{
  const KutipDateLex *lex = LEX (j, KUTIP_LEX_UNIT);

  return lex ? lex->value : KUTIP_UNIT_NONE;
}

/* Does a word that puts the sentence in the future come shortly before @i? */
gboolean
kutip_date_en_future_cue_before (const Ctx *ctx,
                   guint      i)
{
  static const char * const cues[] = {
    "will", "ll", "shall", "scheduled", "expected", "plans", "planned", "until",
  };
  guint from = i > 6 ? i - 6 : 0;

  for (guint j = from; j < i; j++)
    {
      if (ctx->toks[j].kind == KUTIP_DTOK_PUNCT && ctx->toks[j].punct == '.')
        from = j;
    }
  for (guint j = from; j < i; j++)
    for (gsize c = 0; c < G_N_ELEMENTS (cues); c++)
      if (kutip_date_is_word (ctx, j, cues[c]))
        return TRUE;
  return FALSE;
}

/* "a.m.", "p.m.", "am", "pm". Returns the index after it. */
guint
kutip_date_en_ampm_at (const Ctx *ctx,
         guint      j,
         gboolean  *pm)
{
  if ((WORD (j, "a") || WORD (j, "p")) && PUNCT (j + 1, '.') && kutip_date_glued (ctx, j + 1) &&
      WORD (j + 2, "m") && kutip_date_glued (ctx, j + 2))
    {
      *pm = WORD (j, "p");
      return PUNCT (j + 3, '.') && kutip_date_glued (ctx, j + 3) ? j + 4 : j + 3;
    }
  if (WORD (j, "am") || WORD (j, "pm"))
    {
      *pm = WORD (j, "pm");
      return j + 1;
    }
  return 0;
}

/* Ordinal: "third", "3rd", "20th". */
guint
kutip_date_en_ordinal_at (const Ctx *ctx,
            guint      j,
            int       *n)
{
  const KutipDateLex *lex = LEX (j, KUTIP_LEX_ORDINAL);

  if (lex != NULL && lex->value > 0)
    {
      *n = lex->value;
      return j + 1;
    }
  if (kutip_date_is_num (ctx, j) && ctx->toks[j].n_digits <= 2 && kutip_date_glued (ctx, j + 1) &&
      (WORD (j + 1, "st") || WORD (j + 1, "nd") || WORD (j + 1, "rd") || WORD (j + 1, "th")))
    {
      *n = ctx->toks[j].num;
      return j + 2;
    }
  return 0;
}

/* A year in words: "nineteen ninety-six", "two thousand". */
guint
kutip_date_en_year_words_at (const Ctx *ctx,
               guint      j,
               int       *year)
{
  int a = kutip_date_number_at (ctx, j), b;

  if (kutip_date_is_num (ctx, j))
    return 0;
  if (a == 19 || a == 18)
    {
      b = kutip_date_number_at (ctx, j + 1);
      if (b < 10 || b > 90 || b % 10 != 0 || kutip_date_is_num (ctx, j + 1))
        return 0;
      *year = a * 100 + b;
      j += 2;
      if (PUNCT (j, '-') && (a = kutip_date_number_at (ctx, j + 1)) >= 1 && a <= 9)
        {
          *year += a;
          j += 2;
        }
      return j;
    }
  if (a == 2 && WORD (j + 1, "thousand"))
    {
      *year = 2000;
      return j + 2;
    }
  return 0;
}

/* A year: "1998", "'98" after a month, "nineteen ninety-six". */
guint
kutip_date_en_year_at (const Ctx *ctx,
         guint      j,
         int       *year)
{
  guint k;

  if ((k = kutip_date_year_at (ctx, j, FALSE, year)))
    return k;
  return kutip_date_en_year_words_at (ctx, j, year);
}

/* Month name, with the abbreviation's period: returns the index after it. */
guint
kutip_date_en_month_at (const Ctx *ctx,
          guint      j,
          int       *month)
{
  const KutipDateLex *lex = LEX (j, KUTIP_LEX_MONTH);

  if (lex != NULL)
    {
      *month = lex->value;
      return j + 1;
    }
  lex = LEX (j, KUTIP_LEX_MONTH_ABBR);
  if (lex != NULL && PUNCT (j + 1, '.') && kutip_date_glued (ctx, j + 1))
    {
      *month = lex->value;
      return j + 2;
    }
  if (lex != NULL && kutip_date_is_num (ctx, j + 1))
    {
      *month = lex->value;
      return j + 1;
    }
  return 0;
}

/* "May 18", "May 18, 2021", "Jan. 5", "Sept. 30, 1989", "March eighth",
 * "May 2021", "May", "18 May 2021". Sets day 0 for a month alone. */
guint
kutip_date_en_calendar_at (const Ctx      *ctx,
             guint           j,
             KutipDateParts *parts,
             gboolean        month_alone)
{
  guint k, k2;
  int m = 0, d = 0, y = 0, n;

  if ((k = kutip_date_en_month_at (ctx, j, &m)))
    {
      if (kutip_date_is_num (ctx, k) && ctx->toks[k].n_digits <= 2 && ctx->toks[k].num >= 1 &&
          ctx->toks[k].num <= 31 && !kutip_date_number_is_quantity (ctx, k))
        {
          d = ctx->toks[k].num;
          k++;
          if (WORD (k, "st") || WORD (k, "nd") || WORD (k, "rd") || WORD (k, "th"))
            k++;
        }
      else if ((k2 = kutip_date_en_ordinal_at (ctx, k, &n)) && !kutip_date_is_num (ctx, k))
        {
          d = n;
          k = k2;
        }
      if (d && PUNCT (k, ',') && (k2 = kutip_date_en_year_at (ctx, k + 1, &y)))
        k = k2;
      else if ((k2 = kutip_date_en_year_at (ctx, k, &y)))
        k = k2;
      else if (!d && PUNCT (k, ',') && (k2 = kutip_date_en_year_at (ctx, k + 1, &y)))
        k = k2;
      else if (d == 0 && !month_alone)
        return 0;
    }
  else if (kutip_date_is_num (ctx, j) && ctx->toks[j].n_digits <= 2 &&
           (k = kutip_date_en_month_at (ctx, j + 1, &m)) && ctx->toks[j].num >= 1)
    {
      d = ctx->toks[j].num;
      if ((k2 = kutip_date_en_year_at (ctx, k, &y)))
        k = k2;
    }
  else
    return 0;
  if (d && !kutip_date_valid_dmy (d, m, y))
    return 0;
  parts->month = m;
  parts->day = d;
  parts->year = y;
  if (y == 0 && ctx->published != NULL && kutip_date_en_future_cue_before (ctx, j))
    {
      /* "will be paid Feb. 1": the next such day. */
      int pm = g_date_get_month (ctx->published);

      parts->year = g_date_get_year (ctx->published) + (m < pm ? 1 : 0);
    }
  kutip_date_parts_guess_year (parts, ctx->published);
  return k;
}

/* The weekday at @j, resolved against publication: "Friday" (the last one
 * on or before publication unless the sentence looks ahead). */
guint
kutip_date_en_weekday_at (const Ctx      *ctx,
            guint           j,
            KutipDateParts *parts,
            int             direction)
{
  const KutipDateLex *wd = LEX (j, KUTIP_LEX_WEEKDAY);
  guint k;

  if (wd == NULL)
    return 0;
  k = j + 1;
  /* "Saturday, April 25", "Friday Oct. 13" */
  if (kutip_date_en_calendar_at (ctx, PUNCT (k, ',') ? k + 1 : k, parts, FALSE))
    return kutip_date_en_calendar_at (ctx, PUNCT (k, ',') ? k + 1 : k, parts, FALSE);
  if (direction == 0)
    direction = kutip_date_en_future_cue_before (ctx, j) ? 1 : -1;
  kutip_date_parts_weekday (parts, ctx->published, wd->value, 0, direction);
  return k;
}

/* A day: "yesterday", "today", "Friday", "Nov. 9". */
guint
kutip_date_en_day_at (const Ctx      *ctx,
        guint           j,
        KutipDateParts *parts)
{
  const KutipDateLex *lex = LEX (j, KUTIP_LEX_DEICTIC);
  guint k;

  if (lex != NULL)
    {
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, lex->value - 8);
      if (WORD (j, "tonight"))
        parts->tod = KUTIP_TOD_NI;
      return j + 1;
    }
  if ((k = kutip_date_en_weekday_at (ctx, j, parts, 0)))
    return k;
  return kutip_date_en_calendar_at (ctx, j, parts, FALSE);
}

/* Resolve a quarter number without a year: the publication year, or the
 * year before when the quarter has not begun yet. */
void
kutip_date_en_set_quarter (const Ctx      *ctx,
             KutipDateParts *parts,
             int             quarter,
             int             year)
{
  if (year == 0)
    {
      year = kutip_date_en_pub_year (ctx);
      if (year != KUTIP_DATE_X && quarter > kutip_date_en_pub_quarter (ctx) + 1)
        year--;
    }
  parts->year = year;
  parts->quarter = quarter;
}

/* The quarter or half in "third quarter", "third-quarter", "first half",
 * "fiscal first quarter", "1988 second quarter", "third quarter of 1990",
 * "first two quarters of 1990". */
guint
kutip_date_en_quarter_at (const Ctx      *ctx,
            guint           j,
            KutipDateParts *parts)
{
  guint k;
  int n, y = 0, unit, y2;

  if (LEX (j, KUTIP_LEX_YEAR_WORD))
    j++;
  if ((k = kutip_date_year_at (ctx, j, FALSE, &y2)))
    {
      y = y2;
      j = k;
    }
  if (LEX (j, KUTIP_LEX_YEAR_WORD))
    j++;
  if (PUNCT (j, '-') && LEX (j - 1, KUTIP_LEX_YEAR_WORD))
    j++;
  if (WORD (j, "last") && WORD (j + 1, "half"))
    {
      n = 2;
      k = j + 1;
    }
  else if (!(k = kutip_date_en_ordinal_at (ctx, j, &n)))
    return 0;
  if (PUNCT (k, '-') && kutip_date_glued (ctx, k))
    k++;
  /* "first two quarters" */
  if (n == 1 && WORD (k, "two") && WORD (k + 1, "quarters"))
    {
      unit = KUTIP_UNIT_HALF;
      k++;
    }
  else
    unit = UNIT_AT (k);
  if (unit == KUTIP_UNIT_QUARTER && n <= 4 && !WORD (k, "quarters"))
    ;
  else if (unit == KUTIP_UNIT_HALF && n <= 2)
    ;
  else
    return 0;
  k++;
  if (WORD (k, "of") && (y2 = 0, kutip_date_year_at (ctx, k + 1, FALSE, &y2)))
    {
      y = y2;
      k += 2;
    }
  if (unit == KUTIP_UNIT_HALF)
    {
      parts->year = y ? y : kutip_date_en_pub_year (ctx);
      parts->half = n;
    }
  else
    kutip_date_en_set_quarter (ctx, parts, n, y);
  return k;
}

/* Do quarters come up near @i (a quarterly report)? */
gboolean
kutip_date_en_quarter_context (const Ctx *ctx,
                 guint      i)
{
  guint from = i > 40 ? i - 40 : 0;
  guint to = MIN (i + 40, ctx->n_toks);

  if (ctx->published == NULL)
    return FALSE;
  for (guint j = from; j < to; j++)
    if (UNIT_AT (j) == KUTIP_UNIT_QUARTER)
      return TRUE;
  return FALSE;
}

/* "year-ago", "year-earlier" as one adjective. */
guint
kutip_date_en_year_ago_at (const Ctx *ctx,
             guint      j)
{
  if (UNIT_AT (j) == KUTIP_UNIT_YEAR && PUNCT (j + 1, '-') && kutip_date_glued (ctx, j + 1) &&
      (WORD (j + 2, "ago") || WORD (j + 2, "earlier")))
    return j + 3;
  return 0;
}

/* Words after "the"/"a" or at the start: the body of a noun phrase that
 * names a period. */
guint
kutip_date_en_period_phrase_at (const Ctx      *ctx,
                  guint           j,
                  KutipDateParts *parts,
                  const char    **rule)
{
  const KutipDateLex *lex;
  guint k;
  int y, n, unit;

  /* decades: "1990s", "'80s", "nineties" */
  if (kutip_date_is_num (ctx, j) && ctx->toks[j].n_digits == 4 && ctx->toks[j].num % 10 == 0 &&
      (k = kutip_date_decade_suffix (ctx, j + 1)))
    {
      parts->year = ctx->toks[j].num / 10;
      parts->year_digits = 3;
      *rule = "date-en-decade";
      return k;
    }
  if (PUNCT (j, '\'') && kutip_date_is_num (ctx, j + 1) && ctx->toks[j + 1].n_digits == 2 &&
      (k = kutip_date_decade_suffix (ctx, j + 2)))
    {
      parts->year = 190 + ctx->toks[j + 1].num / 10;
      parts->year_digits = 3;
      *rule = "date-en-decade";
      return k;
    }
  if ((lex = LEX (j, KUTIP_LEX_DECADE_WORD)))
    {
      parts->year = 190 + lex->value;
      parts->year_digits = 3;
      *rule = "date-en-decade";
      return j + 1;
    }
  /* "20th century" */
  if ((k = kutip_date_en_ordinal_at (ctx, j, &n)) && UNIT_AT (k) == KUTIP_UNIT_CENTURY && n <= 30)
    {
      parts->year = n - 1;
      parts->year_digits = 2;
      *rule = "date-en-century";
      return k + 1;
    }
  /* quarters */
  if ((k = kutip_date_en_quarter_at (ctx, j, parts)))
    {
      *rule = "date-en-quarter";
      return k;
    }
  /* "year-ago quarter", "year-earlier period" */
  if ((k = kutip_date_en_year_ago_at (ctx, j)))
    {
      guint k2;

      if ((k2 = kutip_date_en_quarter_at (ctx, k, parts)))
        {
          parts->year--;
          *rule = "date-en-quarter";
          return k2;
        }
      if (UNIT_AT (k) == KUTIP_UNIT_QUARTER || WORD (k, "period"))
        {
          kutip_date_en_set_quarter (ctx, parts, kutip_date_en_last_quarter (ctx), 0);
          if (parts->year != KUTIP_DATE_X)
            parts->year--;
          *rule = "date-en-quarter";
          return k + 1;
        }
      return 0;
    }
  /* "the latest quarter", "the current quarter", "the quarter", "the
   * latest fiscal year", "the 1988 period" */
  if ((lex = LEX (j, KUTIP_LEX_ORDINAL)) && lex->value == -1)
    {
      k = j + 1;
      if (LEX (k, KUTIP_LEX_YEAR_WORD))
        k++;
      if (UNIT_AT (k) == KUTIP_UNIT_QUARTER || WORD (k, "period"))
        {
          kutip_date_en_set_quarter (ctx, parts, kutip_date_en_last_quarter (ctx), 0);
          *rule = "date-en-quarter";
          return k + 1;
        }
      if (UNIT_AT (k) == KUTIP_UNIT_YEAR)
        {
          parts->year = kutip_date_en_pub_year (ctx);
          *rule = "date-en-year";
          return k + 1;
        }
      return 0;
    }
  if (kutip_date_year_at (ctx, j, FALSE, &y) &&
      (WORD (j + 1, "period") || WORD (j + 1, "quarter")))
    {
      parts->year = y;
      if (WORD (j + 1, "quarter"))
        parts->quarter = kutip_date_en_last_quarter (ctx);
      *rule = "date-en-year";
      return j + 2;
    }
  if (UNIT_AT (j) == KUTIP_UNIT_QUARTER && !WORD (j, "quarters"))
    {
      kutip_date_en_set_quarter (ctx, parts, kutip_date_en_last_quarter (ctx), 0);
      *rule = "date-en-quarter";
      return j + 1;
    }
  /* "the year two thousand", "the year 2000" */
  if (WORD (j, "year") && (k = kutip_date_en_year_at (ctx, j + 1, &y)))
    {
      parts->year = y;
      *rule = "date-en-the-year";
      return k;
    }
  /* "the fiscal year", "the full year" */
  if ((LEX (j, KUTIP_LEX_YEAR_WORD) || WORD (j, "full")) && WORD (j + 1, "year"))
    {
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_YEAR, 0);
      *rule = "date-en-the-unit";
      return j + 2;
    }
  if (WORD (j, "past") && UNIT_AT (j + 1) == KUTIP_UNIT_NONE &&
      kutip_date_number_at (ctx, j + 1) < 0 && !LEX (j + 1, KUTIP_LEX_VAGUE) &&
      !LEX (j + 1, KUTIP_LEX_WEEKDAY))
    {
      parts->ref = KUTIP_REF_PAST;
      *rule = "date-en-ref";
      return j + 1;
    }
  if (WORD (j, "weekend") && ctx->published)
    {
      /* Early in the week "the weekend" is the one just past. */
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_WEEKEND,
                                 g_date_get_weekday (ctx->published) <= G_DATE_WEDNESDAY ? -1 : 0);
      *rule = "date-en-the-unit";
      return j + 1;
    }
  if (WORD (j, "year") || WORD (j, "month") || WORD (j, "weekend"))
    {
      unit = UNIT_AT (j);
      kutip_date_parts_relative (parts, ctx->published, unit, 0);
      if (WORD (j + 1, "before") || WORD (j + 1, "earlier"))
        return 0;
      *rule = "date-en-the-unit";
      return j + 1;
    }
  /* "the past year", "the next year", "the following year", "the previous
   * Friday", "the past few months", "the current quarter" */
  if (LEX (j, KUTIP_LEX_PAST) || LEX (j, KUTIP_LEX_NEXT) || LEX (j, KUTIP_LEX_THIS))
    {
      int dir = LEX (j, KUTIP_LEX_PAST) ? -1 : LEX (j, KUTIP_LEX_NEXT) ? 1 : 0;

      k = j + 1;
      if (LEX (k, KUTIP_LEX_WEEKDAY))
        {
          kutip_date_parts_weekday (parts, ctx->published, ctx->toks[k].lex->value, 0, 2 * dir);
          *rule = "date-en-day-rel";
          return k + 1;
        }
      if (LEX (k, KUTIP_LEX_VAGUE) || (kutip_date_number_at (ctx, k) > 0 && dir != 0))
        {
          if (LEX (k, KUTIP_LEX_VAGUE) && (unit = UNIT_AT (k + 1)) != KUTIP_UNIT_NONE)
            {
              parts->ref = dir < 0 ? KUTIP_REF_PAST : KUTIP_REF_FUTURE;
              *rule = "date-en-rel-vague";
              return k + 2;
            }
          return 0;
        }
      if (LEX (k, KUTIP_LEX_YEAR_WORD))
        k++;
      unit = UNIT_AT (k);
      if (unit == KUTIP_UNIT_QUARTER && dir == 0)
        {
          kutip_date_en_set_quarter (ctx, parts, kutip_date_en_pub_quarter (ctx), 0);
          *rule = "date-en-quarter";
          return k + 1;
        }
      if (unit != KUTIP_UNIT_NONE && unit < KUTIP_UNIT_HOUR && unit != KUTIP_UNIT_VAGUE)
        {
          if (WORD (k, "quarters") || WORD (k, "years") || WORD (k, "months") ||
              WORD (k, "weeks") || WORD (k, "days") || WORD (k, "decades"))
            parts->ref = dir < 0 ? KUTIP_REF_PAST : dir > 0 ? KUTIP_REF_FUTURE : KUTIP_REF_PRESENT;
          else
            kutip_date_parts_relative (parts, ctx->published, unit, dir);
          *rule = "date-en-unit-rel";
          return k + 1;
        }
      return 0;
    }
  /* "the past", "the future", "the near future", "the near term" */
  if (WORD (j, "near") || WORD (j, "short"))
    {
      if (LEX (j + 1, KUTIP_LEX_REF) || WORD (j + 1, "term"))
        {
          parts->ref = KUTIP_REF_FUTURE;
          *rule = "date-en-ref";
          return j + 2;
        }
      return 0;
    }
  if (WORD (j, "future"))
    {
      parts->ref = KUTIP_REF_FUTURE;
      *rule = "date-en-ref";
      return j + 1;
    }
  /* seasons: "the summer", "the winter of 1994" */
  if ((lex = LEX (j, KUTIP_LEX_SEASON)))
    {
      k = j + 1;
      if (WORD (k, "of") && (n = 0, kutip_date_en_year_at (ctx, k + 1, &n)))
        {
          parts->year = n;
          k = kutip_date_en_year_at (ctx, k + 1, &n);
        }
      else
        parts->year = kutip_date_en_pub_year (ctx);
      parts->season = lex->value;
      *rule = "date-en-season";
      return k;
    }
  /* plain things after a modifier: "mid-1996", "late September" */
  if ((k = kutip_date_en_calendar_at (ctx, j, parts, TRUE)))
    {
      *rule = "date-en-month";
      return k;
    }
  if ((k = kutip_date_en_year_at (ctx, j, &y)))
    {
      parts->year = y;
      *rule = "date-en-year";
      return k;
    }
  return 0;
}

/* Optional part of day after a day: "Monday night", "yesterday morning". */
