/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-periods-id.c: Indonesian periods and relative expressions:
 * "bulan Juli 2007", "Februari hingga Maret ini" (two dates), "tahun
 * 2020", "pekan lalu", "tahun berjalan", "kuartal kedua", "triwulan satu
 * 2021", "abad ke-21", "awal tahun", "akhir Maret", "tiga pekan lalu", "75
 * hari lagi", "beberapa waktu lalu", "belum lama ini", "ke depannya",
 * "kemarin sore", "tadi malam"; and those that count from a date the text
 * gave before ("tahun sebelumnya", "dua hari kemudian", "keesokan
 * harinya", "pada tahun yang sama"). Durations ("selama tiga bulan", "tujuh
 * hari ke depan") and sets ("setiap hari") are not dates. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-id-private.h"

#define unit_at(ctx, j)                kutip_date_id_unit_at ((ctx), (j))
#define direction_after(ctx, j, dir)   kutip_date_id_direction_after ((ctx), (j), (dir))
#define part_of_day_at(ctx, j, tod)    kutip_date_id_part_of_day_at ((ctx), (j), (tod))

/* "sebelumnya", "berikutnya", "setelahnya", "sesudahnya": counted from the
 * date before, not from publication. Sets @dir. */
static gboolean
refers_back (const Ctx *ctx,
             guint      j,
             int       *dir)
{
  if (WORD (j, "sebelumnya"))
    *dir = -1;
  else if (WORD (j, "berikutnya") || WORD (j, "setelahnya") || WORD (j, "sesudahnya") ||
           WORD (j, "kemudian"))
    *dir = 1;
  else
    return FALSE;
  return TRUE;
}

/* @amount @unit from the date the text last gave (kutip_date_id_anchor()). */
static gboolean
relative_to_anchor (const Ctx      *ctx,
                    guint           i,
                    KutipDateParts *parts,
                    KutipDateUnit   unit,
                    int             amount)
{
  GDate anchor;

  if (!kutip_date_id_anchor (ctx, i, unit, &anchor))
    {
      kutip_date_parts_relative (parts, NULL, unit, amount);
      return TRUE;
    }
  kutip_date_parts_relative (parts, &anchor, unit, amount);
  return TRUE;
}

/* "90-an" after a modifier: the 1990s. */
static guint
short_decade_at (const Ctx      *ctx,
                 guint           j,
                 KutipDateParts *parts)
{
  guint k;

  if (!kutip_date_is_num (ctx, j) || ctx->toks[j].n_digits != 2 || ctx->toks[j].num % 10 != 0)
    return 0;
  if ((k = kutip_date_decade_suffix (ctx, j + 1)) == 0 &&
      !(PUNCT (j + 1, '-') && WORD (j + 2, "an") && (k = j + 3)))
    return 0;
  parts->year = 190 + ctx->toks[j].num / 10;
  parts->year_digits = 3;
  return k;
}

/* A month name at @j with what places it: "Mei 2021", "Mei lalu", "Maret
 * ini", "Maret tahun depan", "Maret nanti", or the first month of a range
 * ("Februari hingga Maret ini": "Februari", in the year of the second). */
static guint
month_at (const Ctx          *ctx,
          guint               j,
          const KutipDateLex *mon,
          KutipDateParts     *parts,
          const char        **rule)
{
  guint k = j + 1, k2;
  int y, dir;

  parts->month = mon->value;
  if (PUNCT (k, '.') && kutip_date_glued (ctx, k) && mon->kind == KUTIP_LEX_MONTH_ABBR)
    k++;
  if ((PUNCT (k, '-') || LEX (k, KUTIP_LEX_RANGE)) && LEX (k + 1, KUTIP_LEX_MONTH))
    {
      KutipDateParts second;
      const char *second_rule;

      kutip_date_parts_init (&second);
      if (kutip_date_id_period_at (ctx, k + 1, &second, &second_rule) && second.year != 0)
        {
          parts->year = second.year;
          if (parts->year > 0 && parts->month > second.month)
            parts->year--;
          *rule = "date-id-month-range";
          return k;
        }
    }
  if (WORD (k, "tahun") && kutip_date_year_at (ctx, k + 1, FALSE, &y))
    k++;
  if (kutip_date_year_at (ctx, k, FALSE, &y))
    {
      parts->year = y;
      *rule = "date-id-month-year";
      /* "Januari 2022 lalu" */
      return (k2 = kutip_date_id_trailer_at (ctx, k + 1, &dir)) ? k2 : k + 1;
    }
  if (WORD (k, "tahun") && (k2 = direction_after (ctx, k + 1, &dir)))
    {
      /* "Maret tahun depan" */
      parts->year = ctx->published ? (int) g_date_get_year (ctx->published) + dir : KUTIP_DATE_X;
      *rule = "date-id-month-rel";
      return k2;
    }
  if (LEX (k, KUTIP_LEX_PAST) && !WORD (k, "sebelumnya"))
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
  if (LEX (k, KUTIP_LEX_THIS))
    {
      parts->year = ctx->published ? (int) g_date_get_year (ctx->published) : KUTIP_DATE_X;
      *rule = "date-id-month-rel";
      return k + 1;
    }
  if ((k2 = kutip_date_id_trailer_at (ctx, k, &dir)) ||
      (LEX (k, KUTIP_LEX_NEXT) && !WORD (k, "berikutnya") && (dir = 1) && (k2 = k + 1)))
    {
      /* "Maret nanti", "Maret mendatang", "Maret kemarin" */
      kutip_date_parts_guess_year (parts, ctx->published);
      kutip_date_id_place_year (ctx, parts, dir);
      *rule = "date-id-month-rel";
      return k2;
    }
  kutip_date_parts_guess_year (parts, ctx->published);
  *rule = "date-id-month";
  return k;
}

/* The calendar thing a modifier, "bulan" or "tahun" points at: a month name
 * with what places it, a year, a decade, or a unit with a direction. */
guint
kutip_date_id_period_at (const Ctx      *ctx,
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
    return month_at (ctx, j, mon, parts, rule);
  if (WORD (j, "tahun") && kutip_date_year_at (ctx, j + 1, TRUE, &y) &&
      !LEX (j + 2, KUTIP_LEX_UNIT))
    {
      *rule = "date-id-year-word";
      return kutip_date_id_year_tail (ctx, j + 2, y, parts);
    }
  if (kutip_date_year_at (ctx, j, FALSE, &y))
    {
      *rule = "date-id-year";
      return kutip_date_id_year_tail (ctx, j + 1, y, parts);
    }
  if ((k = short_decade_at (ctx, j, parts)))
    {
      *rule = "date-id-decade";
      return k;
    }
  if ((unit = unit_at (ctx, j)) == KUTIP_UNIT_NONE || unit == KUTIP_UNIT_VAGUE)
    return 0;
  if (refers_back (ctx, j + 1, &dir) && !WORD (j + 1, "kemudian"))
    {
      /* "tahun sebelumnya", "hari berikutnya" */
      relative_to_anchor (ctx, j, parts, unit, dir);
      *rule = "date-id-unit-ref";
      return j + 2;
    }
  if (WORD (j + 1, "yang") && WORD (j + 2, "sama"))
    {
      /* "pada tahun yang sama" */
      relative_to_anchor (ctx, j, parts, unit, 0);
      *rule = "date-id-unit-ref";
      return j + 3;
    }
  if (unit == KUTIP_UNIT_YEAR && WORD (j + 1, "berjalan"))
    {
      kutip_date_parts_relative (parts, ctx->published, unit, 0);
      *rule = "date-id-unit-rel";
      return j + 2;
    }
  if ((k = direction_after (ctx, j + 1, &dir)))
    {
      kutip_date_parts_relative (parts, ctx->published, unit, dir);
      *rule = "date-id-unit-rel";
      return k;
    }
  return 0;
}

/* "kuartal pertama 2008", "triwulan satu 2021", "kuartal II-2022",
 * "kuartal kedua" (of the year of publication), "semester 1 tahun lalu". */
static gboolean
quarter_rule (const Ctx    *ctx,
              guint         i,
              int           unit,
              KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  guint k = i + 1, k2;
  int n = -1, y, dir;

  if (LEX (k, KUTIP_LEX_ORDINAL) && ctx->toks[k].lex->value > 0)
    n = ctx->toks[k].lex->value;
  else if (kutip_date_number_at (ctx, k) >= 1 && kutip_date_number_at (ctx, k) <= 4 &&
           (!kutip_date_is_num (ctx, k) || ctx->toks[k].n_digits == 1))
    n = kutip_date_number_at (ctx, k);
  else if (WORD (k, "i") || WORD (k, "ii") || WORD (k, "iii") || WORD (k, "iv"))
    n = WORD (k, "i") ? 1 : WORD (k, "ii") ? 2 : WORD (k, "iii") ? 3 : 4;
  if (n <= 0 || (unit == KUTIP_UNIT_QUARTER ? n > 4 : n > 2))
    return FALSE;
  k++;
  /* "kuartal I-2022", "kuartal I/2022" */
  if ((PUNCT (k, '-') || PUNCT (k, '/')) && kutip_date_glued (ctx, k) &&
      kutip_date_is_num (ctx, k + 1) &&
      ctx->toks[k + 1].n_digits == 4)
    k++;
  if (WORD (k, "tahun") && kutip_date_year_at (ctx, k + 1, FALSE, &y))
    k++;
  if (kutip_date_year_at (ctx, k, FALSE, &y))
    {
      parts->year = y;
      k++;
    }
  else if (WORD (k, "tahun") && (k2 = direction_after (ctx, k + 1, &dir)))
    {
      /* "kuartal kedua tahun lalu" */
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_YEAR, dir);
      k = k2;
    }
  else
    kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_YEAR, 0);
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

/* A written date in brackets after a relative day: "kemarin (17/5)",
 * "hari ini (18/5/2020)". The written date gives the value. */
static guint
written_date_after (const Ctx      *ctx,
                    guint           k,
                    KutipDateParts *parts)
{
  guint k2;
  int d, m, y;

  if (!PUNCT (k, '(') || !(k2 = kutip_date_numeric_at (ctx, k + 1, FALSE, &d, &m, &y)) ||
      !PUNCT (k2, ')'))
    return 0;
  parts->year = y;
  parts->month = m;
  parts->day = d;
  parts->week = 0;
  parts->ref = 0;
  if (y == 0)
    {
      parts->year = 0;
      kutip_date_parts_guess_year (parts, ctx->published);
    }
  return k2 + 1;
}

/* "Nanti Kita Cerita Tentang Hari Ini": a unit and "ini" in a title. */
static gboolean
in_title (const Ctx *ctx,
          guint      i)
{
  return i > 0 && kutip_date_is_capital (ctx, i) && kutip_date_is_capital (ctx, i + 1) &&
         !kutip_date_id_opens_sentence (ctx, i) && ctx->toks[i - 1].kind == KUTIP_DTOK_WORD &&
         kutip_date_is_capital (ctx, i - 1);
}

/* "bulan Juli 2007", "tahun 2020", "tahun 1990-an", "pekan lalu",
 * "bulan depan", "hari ini", "tahun berjalan", "kuartal pertama 2008",
 * "abad ke-21", "dekade 1990-an", "musim panas 2007". */
gboolean
kutip_date_id_unit_rule (const Ctx    *ctx,
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
  if (unit == KUTIP_UNIT_MONTH && (k = kutip_date_id_period_at (ctx, i + 1, parts, &rule)) &&
      parts->month > 0)
    {
      kutip_date_hit_set (hit, i, k, rule, 0.93);
      return TRUE;
    }
  kutip_date_parts_init (parts);
  if (unit == KUTIP_UNIT_YEAR && (k = kutip_date_id_period_at (ctx, i, parts, &rule)) &&
      g_str_equal (rule, "date-id-year-word"))
    {
      if (kutip_date_id_is_reference_year (ctx, i))
        return FALSE;
      kutip_date_hit_set (hit, i, k, rule, 0.93);
      return TRUE;
    }
  kutip_date_parts_init (parts);
  if ((unit == KUTIP_UNIT_QUARTER || unit == KUTIP_UNIT_HALF) && quarter_rule (ctx, i, unit, hit))
    return TRUE;
  kutip_date_parts_init (parts);
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
  if (in_title (ctx, i))
    return FALSE;
  if (unit != KUTIP_UNIT_VAGUE && unit != KUTIP_UNIT_HOUR && unit != KUTIP_UNIT_MINUTE &&
      (k = kutip_date_id_period_at (ctx, i, parts, &rule)) &&
      g_str_has_prefix (rule, "date-id-unit-"))
    {
      gboolean back = g_str_equal (rule, "date-id-unit-ref");
      int tod = 0;
      guint k2;

      /* "hari ini", "kemarin" + part of day */
      if (unit == KUTIP_UNIT_DAY && (k2 = part_of_day_at (ctx, k, &tod)))
        {
          parts->tod = tod;
          k = k2;
        }
      if (unit == KUTIP_UNIT_DAY && !back && (k2 = written_date_after (ctx, k, parts)))
        {
          kutip_date_hit_set (hit, i, k2, "date-id-today-date", 0.9);
          return TRUE;
        }
      kutip_date_hit_set (hit, i, k, unit == KUTIP_UNIT_DAY && !back ? "date-id-today" : rule,
                          back ? 0.72 : 0.76);
      return TRUE;
    }
  return FALSE;
}

/* "awal bulan ini", "akhir Mei", "pertengahan 2008", "akhir pekan lalu",
 * "awal tahun depan", "awal tahun" (this year), "akhir 1990-an". */
gboolean
kutip_date_id_mod_rule (const Ctx    *ctx,
                        guint         i,
                        KutipDateHit *hit)
{
  const KutipDateLex *mod = LEX (i, KUTIP_LEX_MOD);
  const char *rule = NULL;
  guint k, j = i + 1;
  int dir, unit;

  if (mod == NULL)
    return FALSE;
  unit = unit_at (ctx, j);
  if (mod->value == KUTIP_MOD_END && unit == KUTIP_UNIT_WEEK)
    {
      dir = 0;
      k = direction_after (ctx, j + 1, &dir);
      kutip_date_parts_relative (&hit->parts, ctx->published, KUTIP_UNIT_WEEKEND, dir);
      kutip_date_hit_set (hit, i, k ? k : j + 1, "date-id-weekend", 0.74);
      return TRUE;
    }
  if (unit == KUTIP_UNIT_MONTH && (LEX (j + 1, KUTIP_LEX_MONTH)))
    j++;
  if (unit == KUTIP_UNIT_YEAR && kutip_date_year_at (ctx, j + 1, FALSE, &dir))
    j++;
  if ((k = kutip_date_id_period_at (ctx, j, &hit->parts, &rule)))
    {
      kutip_date_hit_set (hit, i, k, "date-id-mod",
                          g_str_has_prefix (rule, "date-id-unit-") ? 0.75 : 0.9);
      return TRUE;
    }
  kutip_date_parts_init (&hit->parts);
  if (unit == KUTIP_UNIT_YEAR || unit == KUTIP_UNIT_MONTH || unit == KUTIP_UNIT_WEEK)
    {
      /* "awal tahun", "akhir bulan": of publication */
      kutip_date_parts_relative (&hit->parts, ctx->published, unit, 0);
      kutip_date_hit_set (hit, i, j + 1, "date-id-mod", 0.75);
      return TRUE;
    }
  if (LEX (j, KUTIP_LEX_SEASON))
    {
      if (kutip_date_id_unit_rule (ctx, j, hit))
        {
          hit->first = i;
          hit->rule = "date-id-mod";
          return TRUE;
        }
    }
  return FALSE;
}

/* "tiga pekan lalu", "delapan tahun lalu", "75 hari lagi", "sepekan
 * lalu", "beberapa waktu lalu", "dua hari kemudian" (after the date
 * before), "dua tahun sebelumnya". Not "tiga bulan terakhir" (a duration),
 * nor "(selama) tujuh hari ke depan", "dalam lima tahun mendatang". */
gboolean
kutip_date_id_relative_rule (const Ctx    *ctx,
                             guint         i,
                             KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  const KutipDateLex *lex = ctx->toks[i].lex;
  guint u, k, end = 0;
  int n, unit, dir = 0;
  gboolean back = FALSE;

  if (lex != NULL && lex->kind == KUTIP_LEX_UNIT && (lex->flags & KUTIP_LEXF_AMBIGUOUS))
    {
      /* "sepekan lalu", "setahun silam" */
      n = 1;
      unit = lex->value;
      u = i;
    }
  else
    {
      n = kutip_date_number_at (ctx, i);
      if (n < 0 && LEX (i, KUTIP_LEX_VAGUE))
        n = 0;
      if (n < 0 || n >= 1000 || kutip_date_number_is_quantity (ctx, i))
        return FALSE;
      u = i + 1;
      unit = unit_at (ctx, u);
      if (unit == KUTIP_UNIT_NONE || unit == KUTIP_UNIT_HOUR || unit == KUTIP_UNIT_MINUTE)
        return FALSE;
    }
  k = u + 1;
  /* "tiga bulan berikutnya" is mostly the three months that follow (a
   * duration); "setahun berikutnya" a year later. */
  if (n > 1 && WORD (k, "berikutnya"))
    return FALSE;
  if (refers_back (ctx, k, &dir))
    {
      back = TRUE;
      end = k + 1;
    }
  else if (WORD (k, "lagi"))
    {
      dir = 1;
      end = k + 1;
    }
  else if ((end = direction_after (ctx, k, &dir)) == 0 || dir == 0 || LEX (k, KUTIP_LEX_ORDINAL) ||
           LEX (k, KUTIP_LEX_DEICTIC))
    return FALSE;
  /* Ahead, the span is mostly a duration: "(selama) tujuh hari ke depan",
   * "dalam lima tahun mendatang"; "hingga dua tahun ke depan" is a date. */
  if (dir > 0 && !back &&
      (kutip_date_id_duration_before (ctx, i) ||
       (WORD (k, "ke") && !(i > 0 && (LEX (i - 1, KUTIP_LEX_RANGE) || WORD (i - 1, "pada"))))))
    return FALSE;
  if (n == 0)
    kutip_date_parts_relative (parts, NULL, KUTIP_UNIT_VAGUE, dir);
  else if (back)
    relative_to_anchor (ctx, i, parts, unit, dir * n);
  else
    kutip_date_parts_relative (parts, ctx->published, unit, dir * n);
  kutip_date_hit_set (hit, i, end, back ? "date-id-ago-ref" : "date-id-ago",
                      n == 0 ? 0.6 : u == i ? 0.72 : 0.74);
  return TRUE;
}

/* "kemarin", "besok pagi", "lusa", "tadi malam", "sore ini", "baru-baru ini".
 * "saat ini", "sekarang" and "kini" are left alone: in Indonesian news they
 * mark aspect ("is currently ..."), never the date of a statement. */
gboolean
kutip_date_id_deictic_rule (const Ctx    *ctx,
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
      if ((k2 = written_date_after (ctx, k, parts)))
        {
          kutip_date_hit_set (hit, i, k2, "date-id-deictic-date", 0.9);
          return TRUE;
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

/* Set phrases: "belum lama ini" (PAST_REF), "ke depannya" and a sentence
 * opening "Ke depan, …" (FUTURE_REF), "keesokan harinya" (the day after the
 * date before). */
gboolean
kutip_date_id_phrase_rule (const Ctx    *ctx,
                           guint         i,
                           KutipDateHit *hit)
{
  KutipDateParts *parts = &hit->parts;
  int tod = 0;

  if (WORD (i, "dini") && WORD (i + 1, "hari") && WORD (i + 2, "tadi"))
    {
      /* "dini hari tadi" */
      kutip_date_parts_relative (parts, ctx->published, KUTIP_UNIT_DAY, 0);
      parts->tod = KUTIP_TOD_MO;
      kutip_date_hit_set (hit, i, i + 3, "date-id-part-today", 0.72);
      return TRUE;
    }
  if (WORD (i, "belum") && WORD (i + 1, "lama") && WORD (i + 2, "ini"))
    {
      parts->ref = KUTIP_REF_PAST;
      kutip_date_hit_set (hit, i, i + 3, "date-id-ref", 0.6);
      return TRUE;
    }
  if (i > 0 && WORD (i - 1, "ke") &&
      (WORD (i, "depannya") ||
       (WORD (i, "depan") && kutip_date_id_opens_sentence (ctx, i - 1) && PUNCT (i + 1, ','))))
    {
      parts->ref = KUTIP_REF_FUTURE;
      kutip_date_hit_set (hit, i - 1, i + 1, "date-id-ref", 0.6);
      return TRUE;
    }
  if (WORD (i, "keesokan"))
    {
      guint k = i + 1;

      if (WORD (k, "harinya") || WORD (k, "hari"))
        k++;
      else if (WORD (k, "paginya") || WORD (k, "siangnya") || WORD (k, "sorenya") ||
               WORD (k, "malamnya"))
        {
          tod = WORD (k, "paginya") ? KUTIP_TOD_MO : WORD (k, "siangnya") ? KUTIP_TOD_MI
              : WORD (k, "sorenya") ? KUTIP_TOD_AF : KUTIP_TOD_NI;
          k++;
        }
      else
        return FALSE;
      relative_to_anchor (ctx, i, parts, KUTIP_UNIT_DAY, 1);
      parts->tod = tod;
      kutip_date_hit_set (hit, i, k, "date-id-ago-ref", 0.72);
      return TRUE;
    }
  return FALSE;
}
