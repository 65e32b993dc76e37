/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-rules-id.c: Indonesian time expressions, the entry point and
 * the rules that start at a day name, a number or a clock word: "Rabu
 * (18/5)", "Minggu (6/3/2022) malam", "Jumat nanti, 4 Maret 2022", "18 Mei
 * 2021", "tanggal 23 Januari 2022", "4 - 6 September" (two dates), "pukul
 * 10.00 WIB", "pukul 17.00-24.00" (two), "2014 - 2019" (two), "tahun
 * 1990-an". Units, modifiers and relative expressions are in
 * kutip-date-periods-id.c, holidays in kutip-date-holidays-id.c. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-id-private.h"

#define skip_comma(ctx, j) kutip_date_id_skip_comma ((ctx), (j))

gboolean
kutip_date_id_opens_sentence (const Ctx *ctx,
                              guint      j)
{
  const KutipDateTok *p;

  if (j == 0 || (ctx->toks[j].flags & KUTIP_DTOKF_NEWLINE))
    return TRUE;
  p = &ctx->toks[j - 1];
  return p->kind == KUTIP_DTOK_PUNCT &&
         (p->punct == '.' || p->punct == '!' || p->punct == '?' || p->punct == '"');
}

guint
kutip_date_id_direction_after (const Ctx *ctx,
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

guint
kutip_date_id_trailer_at (const Ctx *ctx,
                          guint      j,
                          int       *dir)
{
  if (WORD (j, "lalu") || WORD (j, "silam") || WORD (j, "kemarin") || WORD (j, "kemaren"))
    {
      *dir = -1;
      return j + 1;
    }
  if (WORD (j, "nanti") || WORD (j, "mendatang"))
    {
      *dir = 1;
      return j + 1;
    }
  if (WORD (j, "yang") && WORD (j + 1, "lalu"))
    {
      *dir = -1;
      return j + 2;
    }
  if (WORD (j, "yang") && WORD (j + 1, "akan") && WORD (j + 2, "datang"))
    {
      *dir = 1;
      return j + 3;
    }
  return 0;
}

void
kutip_date_id_place_year (const Ctx      *ctx,
                          KutipDateParts *parts,
                          int             dir)
{
  int pub, at;

  if (ctx->published == NULL || parts->year <= 0 || parts->month <= 0)
    return;
  /* In months; a day less than a month on the wrong side stays (the
   * publication date is often the day after writing, or a little off). */
  pub = g_date_get_year (ctx->published) * 12 + g_date_get_month (ctx->published) - 1;
  at = parts->year * 12 + parts->month - 1;
  if (parts->day > 0)
    {
      int d = (int) parts->day - (int) g_date_get_day (ctx->published);

      if (at == pub || (at == pub + 1 && d < 0) || (at == pub - 1 && d > 0))
        return;
    }
  if (dir < 0 && at > pub)
    parts->year--;
  else if (dir > 0 && at < pub)
    parts->year++;
}

guint
kutip_date_id_part_of_day_at (const Ctx *ctx,
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
  if (WORD (j, "tengah") && (WORD (j + 1, "malam") || WORD (j + 1, "hari")))
    {
      *tod = WORD (j + 1, "malam") ? KUTIP_TOD_NI : KUTIP_TOD_MI;
      return j + 2;
    }
  if ((lex = LEX (j, KUTIP_LEX_PART_OF_DAY)))
    {
      *tod = lex->value;
      /* "malam hari", but not "siang hari ini" */
      return WORD (j + 1, "hari") && !WORD (j + 2, "ini") ? j + 2 : j + 1;
    }
  return 0;
}

int
kutip_date_id_unit_at (const Ctx *ctx,
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

/* A decade suffix, glued or set off by spaces: "1990-an", "1990an",
 * "2000 - an". */
static guint
decade_suffix_at (const Ctx *ctx,
                  guint      j)
{
  guint k = kutip_date_decade_suffix (ctx, j);

  if (k == 0 && PUNCT (j, '-') && WORD (j + 1, "an"))
    k = j + 2;
  return k;
}

/* An era after a year: "sebelum Masehi", "SM", "Masehi". Sets @bc. */
static guint
era_at (const Ctx *ctx,
        guint      j,
        gint8     *bc)
{
  if (WORD (j, "sebelum") && WORD (j + 1, "masehi"))
    {
      *bc = 1;
      return j + 2;
    }
  if (LEX (j, KUTIP_LEX_ERA))
    {
      *bc = ctx->toks[j].lex->value;
      return j + 1;
    }
  return 0;
}

guint
kutip_date_id_year_tail (const Ctx      *ctx,
                         guint           j,
                         int             year,
                         KutipDateParts *parts)
{
  guint k;
  int y2, dir;

  parts->year = year;
  if ((k = decade_suffix_at (ctx, j)))
    {
      /* "tahun 90-an" is the 1990s */
      parts->year = year >= 100 ? year / 10 : 190 + year / 10;
      parts->year_digits = 3;
      return k;
    }
  /* "2014/2015" names one season or school year; "2014 - 2019" is two
   * dates, the second matched on its own. */
  if (PUNCT (j, '/') && kutip_date_glued (ctx, j) && (k = kutip_date_year_at (ctx, j + 1, FALSE, &y2)) &&
      y2 == year + 1)
    j = k;
  if ((k = era_at (ctx, j, &parts->bc)))
    return k;
  /* "580 - 480 sebelum Masehi": the era of the second year is the first's */
  if ((PUNCT (j, '-') || LEX (j, KUTIP_LEX_RANGE)) &&
      kutip_date_year_at (ctx, j + 1, TRUE, &y2) && era_at (ctx, j + 2, &parts->bc))
    return j;
  /* "2019 lalu", "2024 mendatang", "2021 nanti", "2020 ini" */
  if ((k = kutip_date_id_trailer_at (ctx, j, &dir)))
    return k;
  return WORD (j, "ini") ? j + 1 : j;
}

gboolean
kutip_date_id_is_reference_year (const Ctx *ctx,
                                 guint      i)
{
  guint j = i - 1;

  if (i == 0)
    return FALSE;
  /* "UUD 1945", "Undang-Undang Dasar 1945" */
  if (WORD (j, "uud") || WORD (j, "dasar"))
    return TRUE;
  if (PUNCT (j, '/') && kutip_date_glued (ctx, i))
    return TRUE;
  {
    /* "Inpres 6 Tahun 2020", "PP 21 Tahun 2020": a capital "Tahun" after
     * a number inside a sentence is a law's. */
    guint t = WORD (i, "tahun") ? i : j;

    if (WORD (t, "tahun") && t > 0 && kutip_date_is_capital (ctx, t) &&
        kutip_date_is_num (ctx, t - 1) && ctx->toks[t - 1].n_digits <= 3 &&
        !kutip_date_id_opens_sentence (ctx, t - 1))
      return TRUE;
  }
  if (WORD (j, "tahun"))
    j--;
  if (!kutip_date_is_num (ctx, j))
    return FALSE;
  if (PUNCT (j - 1, '.'))
    j--;
  return WORD (j - 1, "nomor") || WORD (j - 1, "no");
}

gboolean
kutip_date_id_duration_before (const Ctx *ctx,
                               guint      i)
{
  return i > 0 && (WORD (i - 1, "selama") || WORD (i - 1, "dalam") || WORD (i - 1, "untuk") ||
                   WORD (i - 1, "sepanjang") || WORD (i - 1, "kurun") ||
                   WORD (i - 1, "setiap") || WORD (i - 1, "tiap"));
}

/* A set, not a date: "setiap Senin", "tiap akhir pekan", "saban tahun". */
static gboolean
set_before (const Ctx *ctx,
            guint      i)
{
  if (i > 1 && WORD (i - 1, "hari"))  /* "tiap hari Minggu" */
    i--;
  return i > 0 && (WORD (i - 1, "setiap") || WORD (i - 1, "tiap") || WORD (i - 1, "saban"));
}

gboolean
kutip_date_id_anchor (const Ctx    *ctx,
                      guint         i,
                      KutipDateUnit unit,
                      GDate        *anchor)
{
  const guint reach = 3;  /* sentences a reference back may cross */
  const KutipDateParts *p = NULL;

  if (unit == KUTIP_UNIT_DAY || unit == KUTIP_UNIT_WEEK || unit == KUTIP_UNIT_WEEKEND)
    {
      if (ctx->day_end > 0 && kutip_date_sentence_ends (ctx, ctx->day_end, i, reach) <= reach)
        p = &ctx->day_parts;
    }
  else if (ctx->last_end > 0 && ctx->last_parts.ref == 0 && ctx->last_parts.year > 0 &&
           ctx->last_parts.year_digits == 4 && ctx->last_parts.week == 0 &&
           (unit != KUTIP_UNIT_MONTH || ctx->last_parts.month > 0) &&
           kutip_date_sentence_ends (ctx, ctx->last_end, i, reach) <= reach)
    p = &ctx->last_parts;
  g_date_clear (anchor, 1);
  if (p != NULL)
    {
      g_date_set_dmy (anchor, MAX (p->day, 1), MAX (p->month, 1), p->year);
      return TRUE;
    }
  if (ctx->published == NULL)
    return FALSE;
  *anchor = *ctx->published;
  return TRUE;
}

/* The day of a clock time: that of the date before it in its sentence
 * ("Senin (6/3) pukul 10.00"), else the publication date. */
static void
clock_day (const Ctx      *ctx,
           guint           i,
           KutipDateParts *parts)
{
  if (ctx->day_end > 0 && kutip_date_sentence_ends (ctx, ctx->day_end, i, 0) == 0)
    {
      parts->year = ctx->day_parts.year;
      parts->month = ctx->day_parts.month;
      parts->day = ctx->day_parts.day;
      return;
    }
  kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
  parts->ref = 0;
  if (ctx->published == NULL)
    parts->year = KUTIP_DATE_X;
}

/* A time zone: WIB, WITA, WIT, "waktu setempat". */
static guint
zone_at (const Ctx *ctx,
         guint      j)
{
  if (LEX (j, KUTIP_LEX_ZONE))
    return j + 1;
  if (WORD (j, "waktu") && WORD (j + 1, "setempat"))
    return j + 2;
  return 0;
}

/* Is token @j a range word or dash ("hingga", "sampai", "-")? */
static gboolean
range_at (const Ctx *ctx,
          guint      j)
{
  return PUNCT (j, '-') || LEX (j, KUTIP_LEX_RANGE);
}

/* Day, month name, optional year: "18 Mei 2021", "18 Mei", "1 Jan 2020".
 * In a range the first day stands alone and takes the month and year of
 * the second ("4 - 6 September": "4" is 4 September), as does the first
 * date of "30 November hingga 3 Desember 2014". Sets @has_year when a year
 * is written (for either). */
static guint
day_month_at (const Ctx      *ctx,
              guint           j,
              KutipDateParts *parts,
              gboolean       *has_year)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);
  const KutipDateLex *mon;
  guint k = j + 1, end;
  int year = 0, y2;
  gboolean day_alone = FALSE;

  *has_year = FALSE;
  if (t == NULL || t->kind != KUTIP_DTOK_NUM || t->n_digits > 2 || t->num < 1 || t->num > 31)
    return 0;
  if (kutip_date_number_is_quantity (ctx, j))
    return 0;
  /* "6 - 9 April", "10 hingga 11 Oktober" */
  if (range_at (ctx, k) && kutip_date_is_num (ctx, k + 1) && ctx->toks[k + 1].n_digits <= 2 &&
      (LEX (k + 2, KUTIP_LEX_MONTH) || LEX (k + 2, KUTIP_LEX_MONTH_ABBR)))
    {
      k += 2;
      day_alone = TRUE;
    }
  mon = LEX (k, KUTIP_LEX_MONTH);
  if (mon == NULL)
    mon = LEX (k, KUTIP_LEX_MONTH_ABBR);
  if (mon == NULL)
    return 0;
  end = k + 1;
  if (PUNCT (end, '.') && kutip_date_glued (ctx, end) && mon->kind == KUTIP_LEX_MONTH_ABBR)
    end++;
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
  else if (range_at (ctx, end) && kutip_date_is_num (ctx, end + 1) &&
           (LEX (end + 2, KUTIP_LEX_MONTH) || LEX (end + 2, KUTIP_LEX_MONTH_ABBR)) &&
           kutip_date_year_at (ctx, end + 3, FALSE, &y2))
    {
      /* "30 November hingga 3 Desember 2014": the year of the second. */
      year = ctx->toks[end + 2].lex->value < mon->value ? y2 - 1 : y2;
    }
  if (!kutip_date_valid_dmy (t->num, mon->value, year))
    return 0;
  *has_year = year != 0;
  parts->day = t->num;
  parts->month = mon->value;
  parts->year = year;
  kutip_date_parts_guess_year (parts, ctx->published);
  return day_alone ? j + 1 : end;
}

/* The date after a day name: "(18/5)", "(21/2/2022)", ", 21/2/2022",
 * ", 30 Desember 2014", "21 Februari". */
static guint
date_after_day_name (const Ctx      *ctx,
                     guint           j,
                     KutipDateParts *parts,
                     const char    **rule)
{
  guint k = skip_comma (ctx, j);
  int d, m, y;
  gboolean has_year;

  if (PUNCT (k, '(') && (k = kutip_date_numeric_at (ctx, k + 1, FALSE, &d, &m, &y)) &&
      PUNCT (k, ')'))
    {
      parts->day = d;
      parts->month = m;
      parts->year = y;
      kutip_date_parts_guess_year (parts, ctx->published);
      *rule = "date-id-day-dm";
      return k + 1;
    }
  k = skip_comma (ctx, j);
  if ((k = kutip_date_numeric_at (ctx, k, FALSE, &d, &m, &y)) && y != 0)
    {
      parts->day = d;
      parts->month = m;
      parts->year = y;
      *rule = "date-id-day-date";
      return k;
    }
  k = skip_comma (ctx, j);
  if (LEX (k, KUTIP_LEX_DAY_WORD))
    k++;
  if ((k = day_month_at (ctx, k, parts, &has_year)))
    {
      *rule = "date-id-day-date";
      return k;
    }
  return 0;
}

/* "Rabu (18/5)", "Senin (21/2/2022) malam", "Selasa, 30 Desember 2014",
 * "Jumat nanti, 4 Maret 2022", "Jumat pekan depan", "Senin lalu", "Sabtu
 * sore", "hari Minggu". A written date beats the day name. */
static gboolean
weekday_rule (const Ctx    *ctx,
              guint         i,
              KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const KutipDateLex *wd;
  const char *rule = NULL;
  guint first = i, j, k;
  int dir, tod = 0;
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
      (kutip_date_id_direction_after (ctx, j, &dir) || LEX (j, KUTIP_LEX_LATER) ||
       WORD (j, "sebelumnya") || WORD (j, "yang") ||
       (i > 0 && (kutip_date_number_at (ctx, i - 1) >= 0 || LEX (i - 1, KUTIP_LEX_VAGUE) ||
                  LEX (i - 1, KUTIP_LEX_MOD) || WORD (i - 1, "per") ||
                  WORD (i - 1, "setiap") || WORD (i - 1, "tiap")))))
    return FALSE;

  if ((k = date_after_day_name (ctx, j, parts, &rule)))
    {
      guint k2;

      j = k;
      if ((k2 = kutip_date_id_part_of_day_at (ctx, j, &tod)))
        {
          parts->tod = tod;
          j = k2;
        }
      /* "Rabu (18/5) lalu", "Jumat (4/3) nanti" */
      if ((k2 = kutip_date_id_trailer_at (ctx, j, &dir)))
        j = k2;
      kutip_date_hit_set (hit, first, j, rule, 0.97);
      return TRUE;
    }
  /* "Jumat nanti, 4 Maret 2022", "Senin lalu (2/3)" */
  if ((k = kutip_date_id_trailer_at (ctx, j, &dir)) || (k = kutip_date_id_direction_after (ctx, j, &dir)))
    {
      guint k2 = date_after_day_name (ctx, k, parts, &rule);

      if (k2)
        {
          kutip_date_hit_set (hit, first, k2, rule, 0.97);
          return TRUE;
        }
      kutip_date_parts_init (parts);
    }
  k = skip_comma (ctx, j);
  if ((k = kutip_date_id_part_of_day_at (ctx, k, &tod)) && k > j && !PUNCT (j, ','))
    j = k;
  else
    tod = 0;
  if (tod && (k = date_after_day_name (ctx, j, parts, &rule)))
    {
      /* "Senin malam, 6 Maret 2022" */
      parts->tod = tod;
      kutip_date_hit_set (hit, first, k, rule, 0.97);
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
  if ((kutip_date_id_unit_at (ctx, j) == KUTIP_UNIT_WEEK) &&
      (k = kutip_date_id_direction_after (ctx, j + 1, &dir)))
    {
      kutip_date_parts_weekday (parts, ctx->published, wd->value, dir, 0);
      kutip_date_hit_set (hit, first, k, "date-id-day-week", 0.92);
      return TRUE;
    }
  /* "Jumat nanti" is the coming Friday */
  if (WORD (j, "nanti"))
    {
      kutip_date_parts_weekday (parts, ctx->published, wd->value, 0, 1);
      kutip_date_hit_set (hit, first, j + 1, "date-id-day-rel", 0.92);
      return TRUE;
    }
  if ((k = kutip_date_id_direction_after (ctx, j, &dir)))
    {
      /* "Senin lalu" is before the day of the report; "Sabtu kemarin" is
       * the latest Saturday, the report's own day when it is dated a
       * Saturday (news is dated the day it reports and read after). */
      int direction = dir < 0 ? (LEX (j, KUTIP_LEX_DEICTIC) ? -1 : -2) : dir > 0 ? 2 : 0;

      kutip_date_parts_weekday (parts, ctx->published, wd->value, 0, direction);
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

/* "pukul 10.00" or "10.00": a clock time at @j with what follows it, a
 * zone and a part of the day. Returns the index after it. */
static guint
clock_tail (const Ctx *ctx,
            guint      k,
            int       *hour)
{
  guint k2;
  int tod;

  if ((k2 = zone_at (ctx, k)))
    k = k2;
  if ((k2 = kutip_date_id_part_of_day_at (ctx, k, &tod)))
    {
      if (tod >= KUTIP_TOD_AF && *hour < 12)
        *hour += 12;
      k = k2;
    }
  return k;
}

static guint date_after_day_name (const Ctx      *ctx,
                                   guint           j,
                                   KutipDateParts *parts,
                                   const char    **rule);
static guint day_month_at (const Ctx      *ctx,
                           guint           j,
                           KutipDateParts *parts,
                           gboolean       *has_year);

/* The day of a clock time at @i, ending at @k: a date written right after
 * it ("pukul 10.00 WIB, Senin (6/3)", "pukul 00.00 pada 6 Desember 2020"),
 * else clock_day(). */
static void
set_clock (const Ctx      *ctx,
           guint           i,
           guint           k,
           KutipDateParts *parts,
           int             hour,
           int             minute)
{
  KutipDateParts after;
  const char *rule;
  gboolean has_year;

  k = skip_comma (ctx, k);
  if (WORD (k, "pada") || WORD (k, "tanggal"))
    k++;
  kutip_date_parts_init (&after);
  if (k > 0 && (LEX (k, KUTIP_LEX_WEEKDAY) ? date_after_day_name (ctx, k + 1, &after, &rule)
                                           : day_month_at (ctx, k, &after, &has_year)) &&
      after.year > 0 && after.day > 0)
    {
      parts->year = after.year;
      parts->month = after.month;
      parts->day = after.day;
    }
  else
    clock_day (ctx, i, parts);
  parts->hour = hour;
  parts->minute = minute;
}

/* A number first: "18 Mei 2021", "2014", "10.00 WIB", "24.00" after
 * "pukul 17.00-", "5 pagi", "21/2/2022", "H-7 Lebaran"; "2 tahun lalu" and
 * kin are kutip_date_id_relative_rule(). */
static gboolean
number_rule (const Ctx    *ctx,
             guint         i,
             KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  guint k;
  int y, d, m, h, mi, tod, dir;
  gboolean has_year;

  /* "H-7 Lebaran", "1 Muharam" */
  if (i >= 2 && kutip_date_glued (ctx, i) && WORD (i - 2, "h") &&
      (PUNCT (i - 1, '-') || PUNCT (i - 1, '+')) && kutip_date_id_holiday_rule (ctx, i - 2, hit))
    return TRUE;
  if (ctx->toks[i].num == 1 && LEX (i + 1, KUTIP_LEX_HOLIDAY) &&
      kutip_date_id_holiday_rule (ctx, i, hit))
    return TRUE;
  kutip_date_parts_init (parts);

  if ((k = day_month_at (ctx, i, parts, &has_year)))
    {
      guint k2;

      if (k > i + 1 && (k2 = kutip_date_id_part_of_day_at (ctx, k, &tod)))
        {
          /* "6 Maret 2022 malam" */
          parts->tod = tod;
          k = k2;
        }
      if (k > i + 1 && (k2 = kutip_date_id_trailer_at (ctx, k, &dir)))
        {
          /* "8 Juli lalu", "9 Desember nanti", "23 Oktober kemarin" */
          if (!has_year)
            kutip_date_id_place_year (ctx, parts, dir);
          k = k2;
        }
      kutip_date_hit_set (hit, i, k, "date-id-dmy", has_year || k == i + 1 ? 0.97 : 0.93);
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
  if ((k = kutip_date_clock_at (ctx, i, &h, &mi)))
    {
      /* "10.00 WIB"; "24.00" closing a range opened by a clock time. */
      gboolean closes_range = ctx->last_end > 0 && ctx->last_end + 1 == i &&
                              ctx->last_parts.hour >= 0 && range_at (ctx, i - 1);

      if (zone_at (ctx, k) || closes_range)
        {
          k = clock_tail (ctx, k, &h);
          set_clock (ctx, i, k, parts, h, mi);
          if (closes_range)
            {
              parts->year = ctx->last_parts.year;
              parts->month = ctx->last_parts.month;
              parts->day = ctx->last_parts.day;
            }
          kutip_date_hit_set (hit, i, k, "date-id-clock", 0.85);
          return TRUE;
        }
    }
  if (kutip_date_year_at (ctx, i, FALSE, &y) && y >= 1500)
    {
      if (kutip_date_id_is_reference_year (ctx, i))
        return FALSE;
      /* "Dandim 1715/": a unit's number, not a year */
      if (PUNCT (i + 1, '/') && kutip_date_glued (ctx, i + 1) &&
          !(kutip_date_is_num (ctx, i + 2) && kutip_date_glued (ctx, i + 2)))
        return FALSE;
      k = kutip_date_id_year_tail (ctx, i + 1, y, parts);
      kutip_date_hit_set (hit, i, k, "date-id-year", 0.85);
      return TRUE;
    }
  /* "480 SM", "480 sebelum Masehi" */
  if ((k = era_at (ctx, i + 1, &parts->bc)) && kutip_date_year_at (ctx, i, TRUE, &y))
    {
      parts->year = y;
      kutip_date_hit_set (hit, i, k, "date-id-year", 0.85);
      return TRUE;
    }
  /* "era 90-an" */
  if (i > 0 && WORD (i - 1, "era") && kutip_date_is_num (ctx, i) && ctx->toks[i].n_digits == 2 &&
      ctx->toks[i].num % 10 == 0 && (k = decade_suffix_at (ctx, i + 1)))
    {
      parts->year = 190 + ctx->toks[i].num / 10;
      parts->year_digits = 3;
      kutip_date_hit_set (hit, i, k, "date-id-decade", 0.9);
      return TRUE;
    }
  if (kutip_date_id_relative_rule (ctx, i, hit))
    return TRUE;
  kutip_date_parts_init (parts);
  /* "5 pagi" */
  if (kutip_date_is_num (ctx, i) && ctx->toks[i].n_digits <= 2 && ctx->toks[i].num <= 12 &&
      (k = kutip_date_id_part_of_day_at (ctx, i + 1, &tod)) &&
      !kutip_date_number_is_quantity (ctx, i))
    {
      set_clock (ctx, i, k, parts,
                 ctx->toks[i].num + (tod >= KUTIP_TOD_AF && ctx->toks[i].num < 12 ? 12 : 0), 0);
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

/* "pukul 10.00 WIB", "pukul 8", "jam 14.30 WITA", "pukul 02.00 dini
 * hari"; "pukul 17.00-24.00" is two times, this one stops at the dash. */
static gboolean
clock_rule (const Ctx    *ctx,
            guint         i,
            KutipDateHit *hit)
{
  guint k;
  int h, mi = 0;

  if (!(k = kutip_date_clock_at (ctx, i + 1, &h, &mi)))
    {
      if (!kutip_date_is_num (ctx, i + 1) || ctx->toks[i + 1].n_digits > 2 ||
          ctx->toks[i + 1].num > 24 || (WORD (i, "jam") && !zone_at (ctx, i + 2) &&
                                        !LEX (i + 2, KUTIP_LEX_PART_OF_DAY)))
        return FALSE;
      h = ctx->toks[i + 1].num;
      k = i + 2;
    }
  k = clock_tail (ctx, k, &h);
  set_clock (ctx, i, k, &hit->parts, h, mi);
  kutip_date_hit_set (hit, i, k, "date-id-clock", 0.88);
  return TRUE;
}

/* "tanggal 17 Agustus 1945", "tanggal 23" (of the month last named, or
 * of publication's). */
static gboolean
day_word_rule (const Ctx    *ctx,
               guint         i,
               KutipDateHit *hit)
{
  gboolean has_year;
  guint k = day_month_at (ctx, i + 1, &hit->parts, &has_year);
  int d, m, y;
  GDate anchor;

  if (k)
    {
      kutip_date_hit_set (hit, i, k, "date-id-dmy", 0.95);
      return TRUE;
    }
  kutip_date_parts_init (&hit->parts);
  if ((k = kutip_date_numeric_at (ctx, i + 1, FALSE, &d, &m, &y)))
    {
      hit->parts.day = d;
      hit->parts.month = m;
      hit->parts.year = y;
      kutip_date_parts_guess_year (&hit->parts, ctx->published);
      kutip_date_hit_set (hit, i, k, "date-id-dmy", 0.95);
      return TRUE;
    }
  if (kutip_date_is_num (ctx, i + 1) && ctx->toks[i + 1].n_digits <= 2 &&
      !kutip_date_number_is_quantity (ctx, i + 1) &&
      kutip_date_id_anchor (ctx, i, KUTIP_UNIT_MONTH, &anchor) &&
      kutip_date_valid_dmy (ctx->toks[i + 1].num, g_date_get_month (&anchor),
                            g_date_get_year (&anchor)))
    {
      hit->parts.year = g_date_get_year (&anchor);
      hit->parts.month = g_date_get_month (&anchor);
      hit->parts.day = ctx->toks[i + 1].num;
      kutip_date_hit_set (hit, i, i + 2, "date-id-day-of-month", 0.75);
      return TRUE;
    }
  return FALSE;
}

static gboolean
rules_at (const KutipDateCtx *ctx,
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
      return (lex->flags & KUTIP_LEXF_ALSO_UNIT) && kutip_date_id_unit_rule (ctx, i, hit);
    case KUTIP_LEX_UNIT:
      if (kutip_date_id_holiday_rule (ctx, i, hit))
        return TRUE;
      kutip_date_parts_init (&hit->parts);
      if (lex->value == KUTIP_UNIT_DAY && weekday_rule (ctx, i, hit))
        return TRUE;
      kutip_date_parts_init (&hit->parts);
      if (lex->flags & KUTIP_LEXF_AMBIGUOUS)
        return kutip_date_id_relative_rule (ctx, i, hit);
      return kutip_date_id_unit_rule (ctx, i, hit);
    case KUTIP_LEX_SEASON:
      return kutip_date_id_unit_rule (ctx, i, hit);
    case KUTIP_LEX_MONTH:
    case KUTIP_LEX_MONTH_ABBR:
      if ((k = kutip_date_id_period_at (ctx, i, &hit->parts, &rule)))
        {
          /* A bare abbreviation ("Des", "Mar") is too often a name. */
          if (lex->kind == KUTIP_LEX_MONTH_ABBR && g_str_equal (rule, "date-id-month"))
            return FALSE;
          kutip_date_hit_set (hit, i, k, rule, g_str_equal (rule, "date-id-month") ? 0.8 : 0.93);
          return TRUE;
        }
      return FALSE;
    case KUTIP_LEX_MOD:
      return kutip_date_id_mod_rule (ctx, i, hit);
    case KUTIP_LEX_NUMBER:
    case KUTIP_LEX_VAGUE:
      return kutip_date_id_relative_rule (ctx, i, hit);
    case KUTIP_LEX_CLOCK:
      return clock_rule (ctx, i, hit);
    case KUTIP_LEX_DAY_WORD:
      return day_word_rule (ctx, i, hit);
    case KUTIP_LEX_HOLIDAY:
      return kutip_date_id_holiday_rule (ctx, i, hit);
    case KUTIP_LEX_PHRASE:
    case KUTIP_LEX_NEXT:
      return kutip_date_id_phrase_rule (ctx, i, hit);
    case KUTIP_LEX_DEICTIC:
    case KUTIP_LEX_PART_OF_DAY:
    case KUTIP_LEX_FILLER:
      return kutip_date_id_deictic_rule (ctx, i, hit);
    default:
      return FALSE;
    }
}

gboolean
kutip_date_rules_id (const KutipDateCtx *ctx,
                     guint               i,
                     KutipDateHit       *hit)
{
  if (!rules_at (ctx, i, hit))
    return FALSE;
  /* "setiap Senin", "tiap akhir pekan", "setiap 17 Agustus": a set, not a
   * date; its words are passed over ("Agustus" is no date either). */
  if (set_before (ctx, hit->first))
    hit->confidence = 0.0;
  return TRUE;
}
