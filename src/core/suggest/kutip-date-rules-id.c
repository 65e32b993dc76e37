/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-rules-id.c: Indonesian time expressions: "Rabu (18/5)",
 * "Senin, 21 Februari 2022", "18 Mei 2021", "Mei lalu", "pekan lalu",
 * "kemarin sore", "dua hari lalu", "Jumat pekan depan", "awal bulan ini",
 * "tahun 1990-an", "abad ke-21", "pukul 10.00 WIB" and their kin. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-private.h"

typedef KutipDateCtx Ctx;

#define LEX(j, kind) kutip_date_is_lex (ctx, (j), (kind))
#define WORD(j, w)   kutip_date_is_word_len (ctx, (j), "" w, sizeof (w) - 1)
#define PUNCT(j, c)  kutip_date_is_punct (ctx, (j), (c))

/* Skips one optional comma at @j. */
static guint
skip_comma (const Ctx *ctx,
            guint      j)
{
  return PUNCT (j, ',') ? j + 1 : j;
}

/* Relative direction word after a unit: lalu, yang lalu, silam, sebelumnya
 * (-1); depan, mendatang, berikutnya, yang akan datang (+1); ini (0).
 * Returns the index after it and sets @dir, or 0. */
static guint
direction_after (const Ctx *ctx,
                 guint      j,
                 int       *dir)
{
  const KutipDateLex *lex;

  if (WORD (j, "yang"))
    {
      if (LEX (j + 1, KUTIP_LEX_PAST))
        {
          *dir = -1;
          return j + 2;
        }
      if (WORD (j + 1, "akan") && WORD (j + 2, "datang"))
        {
          *dir = 1;
          return j + 3;
        }
      return 0;
    }
  if (WORD (j, "ke") && WORD (j + 1, "depan"))
    {
      *dir = 1;
      return j + 2;
    }
  if ((lex = kutip_date_tok (ctx, j) ? ctx->toks[j].lex : NULL) == NULL)
    return 0;
  switch (lex->kind)
    {
    case KUTIP_LEX_PAST:
    case KUTIP_LEX_AGO:
      *dir = -1;
      return j + 1;
    case KUTIP_LEX_DEICTIC:
      if (lex->value == 7)  /* "minggu kemarin" */
        {
          *dir = -1;
          return j + 1;
        }
      return 0;
    case KUTIP_LEX_NEXT:
      *dir = 1;
      return j + 1;
    case KUTIP_LEX_THIS:
      *dir = 0;
      return j + 1;
    case KUTIP_LEX_ORDINAL:
      if (lex->value == -1)  /* "tahun terakhir" */
        {
          *dir = -1;
          return j + 1;
        }
      return 0;
    default:
      return 0;
    }
}

/* Part of the day after a date: pagi, siang, sore, malam, "larut malam",
 * "dini hari". */
static guint
part_of_day_at (const Ctx *ctx,
                guint      j,
                int       *tod)
{
  const KutipDateLex *lex;

  if (WORD (j, "larut") && (lex = LEX (j + 1, KUTIP_LEX_PART_OF_DAY)))
    {
      *tod = lex->value;
      return j + 2;
    }
  if (WORD (j, "dini") && WORD (j + 1, "hari"))
    {
      *tod = KUTIP_TOD_MO;
      return j + 2;
    }
  if ((lex = LEX (j, KUTIP_LEX_PART_OF_DAY)))
    {
      *tod = lex->value;
      return j + 1;
    }
  return 0;
}

/* A unit word, including "minggu" as week. */
static int
unit_at (const Ctx *ctx,
         guint      j)
{
  const KutipDateLex *lex = kutip_date_tok (ctx, j) ? ctx->toks[j].lex : NULL;

  if (lex == NULL)
    return KUTIP_UNIT_NONE;
  if (lex->kind == KUTIP_LEX_UNIT && !(lex->flags & KUTIP_LEXF_AMBIGUOUS))
    return lex->value;
  if (lex->kind == KUTIP_LEX_WEEKDAY && (lex->flags & KUTIP_LEXF_ALSO_UNIT))
    return KUTIP_UNIT_WEEK;
  return KUTIP_UNIT_NONE;
}

/* Day, month name, optional year: "18 Mei 2021", "18 Mei", "1 Jan 2020".
 * Also the ranges "6 - 9 April", "10 hingga 11 Oktober 2008" and
 * "30 November hingga 3 Desember 2014" as one expression. */
static guint
day_month_at (const Ctx      *ctx,
              guint           j,
              KutipDateParts *parts)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);
  const KutipDateLex *mon;
  guint k = j + 1, end;
  int year = 0, y2;

  if (t == NULL || t->kind != KUTIP_DTOK_NUM || t->n_digits > 2 || t->num < 1 || t->num > 31)
    return 0;
  if (kutip_date_number_is_quantity (ctx, j))
    return 0;
  /* "6 - 9 April", "10 hingga 11 Oktober" */
  if ((PUNCT (k, '-') || LEX (k, KUTIP_LEX_RANGE)) && kutip_date_is_num (ctx, k + 1) &&
      ctx->toks[k + 1].n_digits <= 2 &&
      (LEX (k + 2, KUTIP_LEX_MONTH) || LEX (k + 2, KUTIP_LEX_MONTH_ABBR)))
    k += 2;
  mon = LEX (k, KUTIP_LEX_MONTH);
  if (mon == NULL)
    mon = LEX (k, KUTIP_LEX_MONTH_ABBR);
  if (mon == NULL)
    return 0;
  end = k + 1;
  if (PUNCT (end, '.') && kutip_date_glued (ctx, end) && mon->kind == KUTIP_LEX_MONTH_ABBR)
    end++;
  /* "30 November hingga 3 Desember 2014" */
  if ((PUNCT (end, '-') || LEX (end, KUTIP_LEX_RANGE)) && kutip_date_is_num (ctx, end + 1) &&
      (LEX (end + 2, KUTIP_LEX_MONTH) || LEX (end + 2, KUTIP_LEX_MONTH_ABBR)))
    end += 3;
  if ((k = kutip_date_year_at (ctx, end, FALSE, &y2)))
    {
      year = y2;
      end = k;
    }
  else if (PUNCT (end, '\'') && kutip_date_is_num (ctx, end + 1) &&
           ctx->toks[end + 1].n_digits == 2)
    {
      year = kutip_date_expand_year (ctx->toks[end + 1].num, ctx->published);
      end += 2;
    }
  if (!kutip_date_valid_dmy (t->num, mon->value, year))
    return 0;
  parts->day = t->num;
  parts->month = mon->value;
  parts->year = year;
  kutip_date_parts_guess_year (parts, ctx->published);
  return end;
}

/* "Rabu (18/5)", "Senin (21/2/2022) malam", "Selasa, 30 Desember 2014",
 * "Jumat pekan depan", "Senin lalu", "Sabtu sore", "hari Minggu". */
static gboolean
weekday_rule (const Ctx    *ctx,
              guint         i,
              KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const KutipDateLex *wd;
  guint first = i, j, k;
  int d, m, y, dir, tod = 0;
  gboolean has_hari = FALSE;

  if (LEX (i, KUTIP_LEX_UNIT) && ctx->toks[i].lex->value == KUTIP_UNIT_DAY &&
      LEX (i + 1, KUTIP_LEX_WEEKDAY))
    {
      has_hari = TRUE;
      i++;
    }
  wd = LEX (i, KUTIP_LEX_WEEKDAY);
  if (wd == NULL)
    return FALSE;
  j = i + 1;

  /* "minggu lalu", "dua minggu" are weeks, not Sunday. */
  if ((wd->flags & KUTIP_LEXF_ALSO_UNIT) && !has_hari &&
      (direction_after (ctx, j, &dir) || LEX (j, KUTIP_LEX_LATER) ||
       (i > 0 && (kutip_date_number_at (ctx, i - 1) >= 0 || LEX (i - 1, KUTIP_LEX_VAGUE) ||
                  LEX (i - 1, KUTIP_LEX_MOD) || WORD (i - 1, "per") ||
                  WORD (i - 1, "setiap") || WORD (i - 1, "tiap")))))
    return FALSE;

  k = skip_comma (ctx, j);
  if (PUNCT (k, '(') && (k = kutip_date_numeric_at (ctx, k + 1, FALSE, &d, &m, &y)) &&
      PUNCT (k, ')'))
    {
      parts->day = d;
      parts->month = m;
      parts->year = y;
      kutip_date_parts_guess_year (parts, ctx->published);
      j = k + 1;
      if ((k = part_of_day_at (ctx, j, &tod)))
        {
          parts->tod = tod;
          j = k;
        }
      kutip_date_hit_set (hit, first, j, "date-id-day-dm", 0.97);
      return TRUE;
    }
  k = skip_comma (ctx, j);
  if ((k = kutip_date_numeric_at (ctx, k, FALSE, &d, &m, &y)) && y != 0)
    {
      /* "Senin, 21/2/2022" */
      parts->day = d;
      parts->month = m;
      parts->year = y;
      kutip_date_hit_set (hit, first, k, "date-id-day-date", 0.95);
      return TRUE;
    }
  k = skip_comma (ctx, j);
  if ((k = part_of_day_at (ctx, k, &tod)) && k > j && !PUNCT (j, ','))
    j = k;
  else
    tod = 0;
  k = skip_comma (ctx, j);
  if (LEX (k, KUTIP_LEX_DAY_WORD))
    k++;
  if ((k = day_month_at (ctx, k, parts)))
    {
      parts->tod = tod;
      kutip_date_hit_set (hit, first, k, "date-id-day-date", 0.97);
      return TRUE;
    }
  if (tod)
    {
      kutip_date_parts_weekday (parts, ctx->published, wd->value, 0, -1);
      parts->tod = tod;
      kutip_date_hit_set (hit, first, j, "date-id-day-part", 0.9);
      return TRUE;
    }

  /* "Jumat pekan depan", "Senin minggu lalu" */
  if ((unit_at (ctx, j) == KUTIP_UNIT_WEEK) && (k = direction_after (ctx, j + 1, &dir)))
    {
      kutip_date_parts_weekday (parts, ctx->published, wd->value, dir, 0);
      kutip_date_hit_set (hit, first, k, "date-id-day-week", 0.92);
      return TRUE;
    }
  if ((k = direction_after (ctx, j, &dir)))
    {
      kutip_date_parts_weekday (parts, ctx->published, wd->value, 0,
                                dir < 0 ? -2 : dir > 0 ? 2 : 0);
      kutip_date_hit_set (hit, first, k, "date-id-day-rel", 0.92);
      return TRUE;
    }
  /* A bare "minggu" in lower case is a week ("per minggu"), not Sunday. */
  if ((wd->flags & KUTIP_LEXF_ALSO_UNIT) && !has_hari && !kutip_date_is_capital (ctx, i))
    return FALSE;
  dir = (i >= 1 && WORD (i - 1, "akan")) || (i >= 2 && WORD (i - 2, "akan")) ? 1 : -1;
  kutip_date_parts_weekday (parts, ctx->published, wd->value, 0, dir);
  kutip_date_hit_set (hit, first, j, "date-id-day", has_hari ? 0.9 : 0.85);
  return TRUE;
}

/* A year with what may follow it: a range ("2014 - 2019", "2014 hingga
 * 2019"), a decade ("1990-an"), an era ("480 SM", "sebelum Masehi"). */
static guint
year_tail (const Ctx      *ctx,
           guint           j,
           int             year,
           gboolean        loose,
           KutipDateParts *parts)
{
  guint k;
  int y2;

  parts->year = year;
  if ((k = kutip_date_decade_suffix (ctx, j)))
    {
      parts->year = year / 10;
      parts->year_digits = 3;
      return k;
    }
  if ((PUNCT (j, '-') || PUNCT (j, '/') || LEX (j, KUTIP_LEX_RANGE)) &&
      (k = kutip_date_year_at (ctx, j + 1, loose, &y2)) && (loose || y2 >= year))
    j = k;
  if (WORD (j, "sebelum") && WORD (j + 1, "masehi"))
    {
      parts->bc = 1;
      return j + 2;
    }
  if (LEX (j, KUTIP_LEX_ERA))
    {
      parts->bc = ctx->toks[j].lex->value;
      return j + 1;
    }
  /* "2019 lalu", "2024 mendatang" */
  if (LEX (j, KUTIP_LEX_PAST) || LEX (j, KUTIP_LEX_NEXT))
    return j + 1;
  return j;
}

/* Is the year at token @i part of a legal or document reference rather
 * than a date: "Undang-Undang Nomor 31 Tahun 1999", "PKPU No 17 Tahun
 * 2013", "POJK.07/2013", "UUD 1945"?  @i is the year, or the "tahun"
 * before it. */
static gboolean
is_reference_year (const Ctx *ctx,
                   guint      i)
{
  guint j = i - 1;

  if (WORD (j, "uud"))
    return TRUE;
  if (PUNCT (j, '/') && kutip_date_glued (ctx, i))
    return TRUE;
  if (WORD (j, "tahun"))
    j--;
  if (!kutip_date_is_num (ctx, j))
    return FALSE;
  if (PUNCT (j - 1, '.'))
    j--;
  return WORD (j - 1, "nomor") || WORD (j - 1, "no");
}

/* A number first: "18 Mei 2021", "2014", "2 tahun lalu", "10.00 WIB",
 * "5 pagi", "21/2/2022". */
static gboolean
number_rule (const Ctx    *ctx,
             guint         i,
             KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  guint k;
  int n, y, d, m, unit, dir, h, mi, tod;

  if ((k = day_month_at (ctx, i, parts)))
    {
      if (LEX (k, KUTIP_LEX_PAST) || LEX (k, KUTIP_LEX_NEXT))
        k++;
      kutip_date_hit_set (hit, i, k, "date-id-dmy", parts->year > 0 ? 0.97 : 0.93);
      return TRUE;
    }
  if (((k = kutip_date_iso_at (ctx, i, &d, &m, &y)) ||
       (k = kutip_date_numeric_at (ctx, i, FALSE, &d, &m, &y))) && y != 0)
    {
      parts->day = d;
      parts->month = m;
      parts->year = y;
      kutip_date_hit_set (hit, i, k, "date-id-numeric", 0.85);
      return TRUE;
    }
  if ((k = kutip_date_clock_at (ctx, i, &h, &mi)) && LEX (k, KUTIP_LEX_ZONE))
    {
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
      parts->ref = 0;
      if (ctx->published == NULL)
        parts->year = KUTIP_DATE_X;
      parts->hour = h;
      parts->minute = mi;
      kutip_date_hit_set (hit, i, k + 1, "date-id-clock", 0.85);
      return TRUE;
    }
  if (kutip_date_year_at (ctx, i, FALSE, &y) && y >= 1500)
    {
      if (is_reference_year (ctx, i))
        return FALSE;
      k = year_tail (ctx, i + 1, y, FALSE, parts);
      kutip_date_hit_set (hit, i, k, "date-id-year", 0.85);
      return TRUE;
    }

  /* "dua hari lalu", "2 tahun lalu", "beberapa waktu lalu", "tiga bulan ke depan" */
  n = kutip_date_number_at (ctx, i);
  if (n < 0 && LEX (i, KUTIP_LEX_VAGUE))
    n = 0;
  if (n >= 0 && n < 1000 && !kutip_date_number_is_quantity (ctx, i) &&
      (unit = unit_at (ctx, i + 1)) != KUTIP_UNIT_NONE &&
      unit != KUTIP_UNIT_HOUR && unit != KUTIP_UNIT_MINUTE)
    {
      guint end = 0;

      /* "tiga bulan terakhir" is a duration, not a date. */
      if ((k = direction_after (ctx, i + 2, &dir)) && dir != 0 && !LEX (i + 2, KUTIP_LEX_ORDINAL))
        end = k;
      else if (LEX (i + 2, KUTIP_LEX_LATER))
        {
          dir = 1;
          end = i + 3;
        }
      if (end)
        {
          if (n == 0)
            kutip_date_parts_relative (parts, NULL, KUTIP_UNIT_VAGUE, dir);
          else
            kutip_date_parts_relative (parts, ctx->published, unit, dir * n);
          kutip_date_hit_set (hit, i, end, "date-id-ago", n == 0 ? 0.6 : 0.74);
          return TRUE;
        }
    }
  /* "5 pagi" */
  if (kutip_date_is_num (ctx, i) && ctx->toks[i].n_digits <= 2 && ctx->toks[i].num <= 12 &&
      (k = part_of_day_at (ctx, i + 1, &tod)) && !kutip_date_number_is_quantity (ctx, i))
    {
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
      parts->ref = 0;
      if (ctx->published == NULL)
        parts->year = KUTIP_DATE_X;
      parts->hour = ctx->toks[i].num + (tod >= KUTIP_TOD_AF && ctx->toks[i].num < 12 ? 12 : 0);
      parts->minute = 0;
      kutip_date_hit_set (hit, i, k, "date-id-hour-part", 0.7);
      return TRUE;
    }
  return FALSE;
}

/* "(18/5)", "(21/2/2022)" without a day name. */
static gboolean
paren_rule (const Ctx    *ctx,
            guint         i,
            KutipDateHit *hit)
{
  guint k;
  int d, m, y;

  if ((k = kutip_date_numeric_at (ctx, i + 1, FALSE, &d, &m, &y)) && PUNCT (k, ')'))
    {
      hit->parts.day = d;
      hit->parts.month = m;
      hit->parts.year = y;
      kutip_date_parts_guess_year (&hit->parts, ctx->published);
      kutip_date_hit_set (hit, i, k + 1, "date-id-paren-dm", 0.85);
      return TRUE;
    }
  return FALSE;
}

/* The calendar thing a modifier, "bulan" or "tahun" points at: a month name
 * with an optional year, a year, or a unit with a direction. Returns the
 * index after it. */
static guint
period_at (const Ctx      *ctx,
           guint           j,
           KutipDateParts *parts,
           const char    **rule)
{
  const KutipDateLex *mon;
  guint k;
  int y, dir, unit;

  mon = LEX (j, KUTIP_LEX_MONTH);
  if (mon == NULL && LEX (j, KUTIP_LEX_MONTH_ABBR) && kutip_date_year_at (ctx, j + 1, FALSE, &y))
    mon = ctx->toks[j].lex;
  if (mon != NULL)
    {
      parts->month = mon->value;
      k = j + 1;
      if (PUNCT (k, '.') && kutip_date_glued (ctx, k) && mon->kind == KUTIP_LEX_MONTH_ABBR)
        k++;
      /* "September - Desember 2013" */
      if ((PUNCT (k, '-') || LEX (k, KUTIP_LEX_RANGE)) && LEX (k + 1, KUTIP_LEX_MONTH))
        k += 2;
      if (WORD (k, "tahun") && kutip_date_year_at (ctx, k + 1, FALSE, &y))
        k++;
      if (kutip_date_year_at (ctx, k, FALSE, &y))
        {
          parts->year = y;
          *rule = "date-id-month-year";
          /* "Januari 2022 lalu" */
          return LEX (k + 1, KUTIP_LEX_PAST) || LEX (k + 1, KUTIP_LEX_NEXT) ? k + 2 : k + 1;
        }
      if (LEX (k, KUTIP_LEX_PAST))
        {
          /* "Mei lalu": the last May before publication. */
          if (ctx->published != NULL)
            parts->year = g_date_get_year (ctx->published) -
                          (mon->value >= (int) g_date_get_month (ctx->published) ? 1 : 0);
          else
            parts->year = KUTIP_DATE_X;
          *rule = "date-id-month-past";
          return k + 1;
        }
      if (LEX (k, KUTIP_LEX_THIS) || LEX (k, KUTIP_LEX_NEXT))
        {
          int shift = LEX (k, KUTIP_LEX_NEXT) ? 1 : 0;

          parts->year = ctx->published ? (int) g_date_get_year (ctx->published) + shift
                                       : KUTIP_DATE_X;
          *rule = "date-id-month-rel";
          return k + 1;
        }
      kutip_date_parts_guess_year (parts, ctx->published);
      *rule = "date-id-month";
      return k;
    }
  if (WORD (j, "tahun") && kutip_date_year_at (ctx, j + 1, TRUE, &y) &&
      !LEX (j + 2, KUTIP_LEX_UNIT))
    {
      *rule = "date-id-year-word";
      return year_tail (ctx, j + 2, y, TRUE, parts);
    }
  if (kutip_date_year_at (ctx, j, FALSE, &y))
    {
      *rule = "date-id-year";
      return year_tail (ctx, j + 1, y, FALSE, parts);
    }
  if ((unit = unit_at (ctx, j)) != KUTIP_UNIT_NONE && unit != KUTIP_UNIT_VAGUE &&
      (k = direction_after (ctx, j + 1, &dir)))
    {
      kutip_date_parts_relative (parts, ctx->published, unit, dir);
      *rule = "date-id-unit-rel";
      return k;
    }
  return 0;
}

/* "bulan Juli 2007", "tahun 2020", "tahun 1990-an", "pekan lalu",
 * "bulan depan", "hari ini", "kuartal pertama 2008", "semester 1 tahun 2007",
 * "abad ke-21", "dekade 1990-an", "musim panas 2007". */
static gboolean
unit_rule (const Ctx    *ctx,
           guint         i,
           KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const char *rule = NULL;
  int unit = unit_at (ctx, i);
  guint k;
  int n, y;

  if (unit == KUTIP_UNIT_NONE && !LEX (i, KUTIP_LEX_SEASON))
    return FALSE;
  if (unit == KUTIP_UNIT_MONTH && (k = period_at (ctx, i + 1, parts, &rule)) &&
      parts->month > 0)
    {
      kutip_date_hit_set (hit, i, k, rule, 0.93);
      return TRUE;
    }
  kutip_date_parts_init (parts);
  if (unit == KUTIP_UNIT_YEAR && (k = period_at (ctx, i, parts, &rule)) &&
      g_str_equal (rule, "date-id-year-word"))
    {
      if (is_reference_year (ctx, i))
        return FALSE;
      kutip_date_hit_set (hit, i, k, rule, 0.93);
      return TRUE;
    }
  kutip_date_parts_init (parts);
  if (unit == KUTIP_UNIT_QUARTER || unit == KUTIP_UNIT_HALF)
    {
      k = i + 1;
      n = -1;
      if (LEX (k, KUTIP_LEX_ORDINAL) && ctx->toks[k].lex->value > 0)
        n = ctx->toks[k].lex->value;
      else if (kutip_date_is_num (ctx, k) && ctx->toks[k].num >= 1 && ctx->toks[k].num <= 4)
        n = ctx->toks[k].num;
      else if (WORD (k, "i") || WORD (k, "ii") || WORD (k, "iii") || WORD (k, "iv"))
        n = WORD (k, "i") ? 1 : WORD (k, "ii") ? 2 : WORD (k, "iii") ? 3 : 4;
      if (n > 0 && (unit == KUTIP_UNIT_QUARTER ? n <= 4 : n <= 2))
        {
          k++;
          /* "kuartal I-2022" */
          if (PUNCT (k, '-') && kutip_date_glued (ctx, k) && kutip_date_is_num (ctx, k + 1) &&
              ctx->toks[k + 1].n_digits == 4)
            k++;
          if (WORD (k, "tahun"))
            k++;
          if (kutip_date_year_at (ctx, k, FALSE, &y))
            {
              parts->year = y;
              k++;
            }
          else if (WORD (k - 1, "tahun") && WORD (k, "ini"))
            {
              kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_YEAR, 0);
              k++;
            }
          else
            {
              if (WORD (k - 1, "tahun"))
                k--;
              kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_YEAR, 0);
            }
          if (unit == KUTIP_UNIT_QUARTER)
            parts->quarter = n;
          else
            parts->half = n;
          parts->ref = 0;
          if (parts->year == 0)
            parts->year = KUTIP_DATE_X;
          kutip_date_hit_set (hit, i, k, "date-id-quarter", 0.88);
          return TRUE;
        }
    }
  if (unit == KUTIP_UNIT_CENTURY)
    {
      k = i + 1;
      if (WORD (k, "ke") && PUNCT (k + 1, '-') && kutip_date_glued (ctx, k + 1))
        k += 2;
      else if (WORD (k, "ke"))
        k++;
      if (kutip_date_is_num (ctx, k) && ctx->toks[k].num >= 1 && ctx->toks[k].num <= 30)
        {
          parts->year = ctx->toks[k].num - 1;
          parts->year_digits = 2;
          kutip_date_hit_set (hit, i, k + 1, "date-id-century", 0.9);
          return TRUE;
        }
    }
  if (unit == KUTIP_UNIT_DECADE && kutip_date_is_num (ctx, i + 1) &&
      (k = kutip_date_decade_suffix (ctx, i + 2)))
    {
      n = ctx->toks[i + 1].num;
      parts->year = n >= 100 ? n / 10 : 190 + n / 10;
      parts->year_digits = 3;
      kutip_date_hit_set (hit, i, k, "date-id-decade", 0.9);
      return TRUE;
    }
  if (LEX (i, KUTIP_LEX_SEASON))
    {
      static const char * const seasons[] = { "semi", "panas", "gugur", "dingin" };

      for (n = 0; n < 4; n++)
        if (kutip_date_is_word (ctx, i + 1, seasons[n]))
          break;
      if (n == 4)
        return FALSE;
      k = i + 2;
      if (kutip_date_year_at (ctx, k, FALSE, &y))
        {
          parts->year = y;
          k++;
        }
      else
        kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_YEAR, 0);
      parts->ref = 0;
      if (parts->year == 0)
        parts->year = KUTIP_DATE_X;
      parts->season = n + 1;
      kutip_date_hit_set (hit, i, k, "date-id-season", 0.85);
      return TRUE;
    }
  /* After a number the unit belongs to a duration ("tiga bulan terakhir"). */
  if (i > 0 && (kutip_date_number_at (ctx, i - 1) >= 0 || LEX (i - 1, KUTIP_LEX_VAGUE)) &&
      !(i > 1 && kutip_date_glued (ctx, i - 1) && ctx->toks[i - 2].kind == KUTIP_DTOK_PUNCT))
    return FALSE;  /* ("pukul 10.00 hari ini" is a time and a day) */
  if (unit != KUTIP_UNIT_VAGUE && unit != KUTIP_UNIT_HOUR && unit != KUTIP_UNIT_MINUTE &&
      (k = period_at (ctx, i, parts, &rule)) && g_str_equal (rule, "date-id-unit-rel"))
    {
      int tod = 0;
      guint k2;

      /* "hari ini", "kemarin" + part of day */
      if (unit == KUTIP_UNIT_DAY && (k2 = part_of_day_at (ctx, k, &tod)))
        {
          parts->tod = tod;
          k = k2;
        }
      kutip_date_hit_set (hit, i, k, unit == KUTIP_UNIT_DAY ? "date-id-today" : rule, 0.76);
      return TRUE;
    }
  return FALSE;
}

/* "awal bulan ini", "akhir Mei", "pertengahan 2008", "akhir pekan lalu",
 * "awal tahun depan". */
static gboolean
mod_rule (const Ctx    *ctx,
          guint         i,
          KutipDateHit *hit)
{
  const KutipDateLex *mod = LEX (i, KUTIP_LEX_MOD);
  const char *rule = NULL;
  guint k, j = i + 1;
  int dir;

  if (mod == NULL)
    return FALSE;
  if (mod->value == KUTIP_MOD_END && unit_at (ctx, j) == KUTIP_UNIT_WEEK)
    {
      dir = 0;
      k = direction_after (ctx, j + 1, &dir);
      kutip_date_parts_relative (&hit->parts, ctx->published, KUTIP_UNIT_WEEKEND, dir);
      kutip_date_hit_set (hit, i, k ? k : j + 1, "date-id-weekend", 0.74);
      return TRUE;
    }
  if (unit_at (ctx, j) == KUTIP_UNIT_MONTH && (LEX (j + 1, KUTIP_LEX_MONTH)))
    j++;
  if (unit_at (ctx, j) == KUTIP_UNIT_YEAR && kutip_date_year_at (ctx, j + 1, FALSE, &dir))
    j++;
  if ((k = period_at (ctx, j, &hit->parts, &rule)))
    {
      kutip_date_hit_set (hit, i, k, "date-id-mod",
                          g_str_equal (rule, "date-id-unit-rel") ? 0.75 : 0.9);
      return TRUE;
    }
  if (LEX (j, KUTIP_LEX_SEASON))
    {
      kutip_date_parts_init (&hit->parts);
      if (unit_rule (ctx, j, hit))
        {
          hit->first = i;
          hit->rule = "date-id-mod";
          return TRUE;
        }
    }
  return FALSE;
}

/* "kemarin", "besok pagi", "lusa", "tadi malam", "sore ini", "baru-baru ini".
 * "saat ini", "sekarang" and "kini" are left alone: in Indonesian news they
 * mark aspect ("is currently ..."), never the date of a statement, and
 * neither Indonesian corpus we measure on tags them. */
static gboolean
deictic_rule (const Ctx    *ctx,
              guint         i,
              KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const KutipDateLex *lex = ctx->toks[i].lex;
  guint k;
  int tod = 0;

  if (lex->kind == KUTIP_LEX_DEICTIC)
    {
      guint k2;

      k = i + 1;
      if (WORD (k, "hari"))  /* "esok hari" */
        k++;
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, lex->value - 8);
      if ((k2 = part_of_day_at (ctx, k, &tod)))
        {
          parts->tod = tod;
          k = k2;
        }
      else if (WORD (i, "semalam"))
        {
          /* "semalam" is last night; "sehari semalam" a day and a night. */
          if (i > 0 && LEX (i - 1, KUTIP_LEX_UNIT))
            return FALSE;
          parts->tod = KUTIP_TOD_NI;
        }
      kutip_date_hit_set (hit, i, k, "date-id-deictic", 0.78);
      return TRUE;
    }
  if (lex->kind == KUTIP_LEX_PART_OF_DAY && (WORD (i + 1, "ini") || WORD (i + 1, "tadi")))
    {
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
      parts->tod = lex->value;
      kutip_date_hit_set (hit, i, i + 2, "date-id-part-today", 0.72);
      return TRUE;
    }
  if (lex->kind == KUTIP_LEX_FILLER && lex->value == 1 && (k = part_of_day_at (ctx, i + 1, &tod)))
    {
      /* "tadi malam" is the night before, "tadi pagi" this morning. */
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY,
                                 tod == KUTIP_TOD_NI ? -1 : 0);
      parts->tod = tod;
      kutip_date_hit_set (hit, i, k, "date-id-part-today", 0.72);
      return TRUE;
    }
  if (lex->kind == KUTIP_LEX_FILLER && lex->value == 4 && PUNCT (i + 1, '-') &&
      WORD (i + 2, "baru") && WORD (i + 3, "ini"))
    {
      parts->ref = KUTIP_REF_PAST;
      kutip_date_hit_set (hit, i, i + 4, "date-id-ref", 0.7);
      return TRUE;
    }
  return FALSE;
}

/* "pukul 10.00 WIB", "pukul 8", "jam 14.30 hingga 16.00 WITA". */
static gboolean
clock_rule (const Ctx    *ctx,
            guint         i,
            KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  guint k;
  int h, mi = 0, tod;

  if (!(k = kutip_date_clock_at (ctx, i + 1, &h, &mi)))
    {
      if (!kutip_date_is_num (ctx, i + 1) || ctx->toks[i + 1].n_digits > 2 ||
          ctx->toks[i + 1].num > 24 || (WORD (i, "jam") && !LEX (i + 2, KUTIP_LEX_ZONE) &&
                                        !LEX (i + 2, KUTIP_LEX_PART_OF_DAY)))
        return FALSE;
      h = ctx->toks[i + 1].num;
      k = i + 2;
    }
  if ((PUNCT (k, '-') || LEX (k, KUTIP_LEX_RANGE)))
    {
      int h2, m2;
      guint k2 = kutip_date_clock_at (ctx, k + 1, &h2, &m2);

      if (k2)
        k = k2;
    }
  if (LEX (k, KUTIP_LEX_ZONE))
    k++;
  if (part_of_day_at (ctx, k, &tod))
    {
      if (tod >= KUTIP_TOD_AF && h < 12)
        h += 12;
      k++;
    }
  kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
  parts->ref = 0;
  if (ctx->published == NULL)
    parts->year = KUTIP_DATE_X;
  parts->hour = h;
  parts->minute = mi;
  kutip_date_hit_set (hit, i, k, "date-id-clock", 0.88);
  return TRUE;
}

/* "tanggal 17 Agustus 1945" */
static gboolean
day_word_rule (const Ctx    *ctx,
               guint         i,
               KutipDateHit *hit)
{
  guint k = day_month_at (ctx, i + 1, &hit->parts);

  if (k == 0)
    return FALSE;
  kutip_date_hit_set (hit, i, k, "date-id-dmy", 0.95);
  return TRUE;
}

gboolean
kutip_date_rules_id (const KutipDateCtx *ctx,
                     guint               i,
                     KutipDateHit       *hit)
{
  const KutipDateTok *t = &ctx->toks[i];
  const KutipDateLex *lex = t->lex;
  const char *rule = NULL;
  guint k;

  if (t->kind == KUTIP_DTOK_NUM)
    return number_rule (ctx, i, hit);
  if (t->kind == KUTIP_DTOK_PUNCT)
    return t->punct == '(' && paren_rule (ctx, i, hit);
  if (lex == NULL)
    return FALSE;

  switch (lex->kind)
    {
    case KUTIP_LEX_WEEKDAY:
      if (weekday_rule (ctx, i, hit))
        return TRUE;
      kutip_date_parts_init (&hit->parts);
      return (lex->flags & KUTIP_LEXF_ALSO_UNIT) && unit_rule (ctx, i, hit);
    case KUTIP_LEX_UNIT:
      if (lex->value == KUTIP_UNIT_DAY && weekday_rule (ctx, i, hit))
        return TRUE;
      kutip_date_parts_init (&hit->parts);
      if (lex->flags & KUTIP_LEXF_AMBIGUOUS)
        {
          /* "sepekan lalu", "setahun silam" */
          int dir;

          if ((k = direction_after (ctx, i + 1, &dir)) && dir != 0 &&
              !LEX (i + 1, KUTIP_LEX_DEICTIC))
            {
              kutip_date_parts_relative (&hit->parts, ctx->published, lex->value, dir);
              kutip_date_hit_set (hit, i, k, "date-id-ago", 0.72);
              return TRUE;
            }
          return FALSE;
        }
      return unit_rule (ctx, i, hit);
    case KUTIP_LEX_SEASON:
      return unit_rule (ctx, i, hit);
    case KUTIP_LEX_MONTH:
    case KUTIP_LEX_MONTH_ABBR:
      if ((k = period_at (ctx, i, &hit->parts, &rule)))
        {
          /* A bare abbreviation ("Des", "Mar") is too often a name. */
          if (lex->kind == KUTIP_LEX_MONTH_ABBR && g_str_equal (rule, "date-id-month"))
            return FALSE;
          kutip_date_hit_set (hit, i, k, rule, g_str_equal (rule, "date-id-month") ? 0.8 : 0.93);
          return TRUE;
        }
      return FALSE;
    case KUTIP_LEX_MOD:
      return mod_rule (ctx, i, hit);
    case KUTIP_LEX_NUMBER:
    case KUTIP_LEX_VAGUE:
      return number_rule (ctx, i, hit);
    case KUTIP_LEX_CLOCK:
      return clock_rule (ctx, i, hit);
    case KUTIP_LEX_DAY_WORD:
      return day_word_rule (ctx, i, hit);
    case KUTIP_LEX_DEICTIC:
    case KUTIP_LEX_PART_OF_DAY:
    case KUTIP_LEX_FILLER:
      return deictic_rule (ctx, i, hit);
    default:
      return FALSE;
    }
}
