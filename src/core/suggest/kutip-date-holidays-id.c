/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-holidays-id.c: Indonesian holidays as dates: "Lebaran 2022"
 * (2022-05-02), "Imlek tahun depan", "Idul Fitri 1443 H", "Natal lalu",
 * "H-7 Lebaran", and a bare holiday name where it places this year's event
 * ("menjelang Lebaran"); "tradisi mudik Lebaran" is no date.
 *
 * The tables give the day Indonesia keeps, 2000-2035. Through 2026 they are
 * the published government calendars (the national holidays set each year;
 * the Islamic dates are the government's, which may be a day after
 * Muhammadiyah's), checked against computed new and full moons: Imlek is
 * the day of the new moon in China's time zone, Waisak the full moon in
 * Indonesia's, Nyepi the day after Tilem (the new moon) of the ninth Saka
 * month, and each Islamic month starts the day after the first evening the
 * crescent can be seen. From 2027 they are computed the same way: the
 * Islamic months by the MABIMS criterion Indonesia uses since 2022 (the
 * moon at least 3 degrees high and 6.4 degrees from the sun at sunset
 * somewhere in Indonesia, which reproduces every date of 2022-2026), Waisak
 * as the first full moon from 6 May, Nyepi from the new moon; the official
 * date may differ by a day. Natal and Tahun Baru are fixed; Paskah is the
 * Gregorian computus. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-id-private.h"

/* Dates as YYYYMMDD, in order; each Islamic table holds one Hijri year a
 * row, from its first_hijri. */
static const guint32 idul_fitri[] = {
  20000108, 20001227, 20011216, 20021206, 20031125, 20041114, 20051103, 20061024,
  20071013, 20081001, 20090920, 20100910, 20110831, 20120819, 20130808, 20140728,
  20150717, 20160706, 20170625, 20180615, 20190605, 20200524, 20210513, 20220502,
  20230422, 20240410, 20250331, 20260321, 20270310, 20280227, 20290215, 20300204,
  20310125, 20320114, 20330103, 20331223, 20341212, 20351201,
};

static const guint32 idul_adha[] = {
  20000316, 20010306, 20020223, 20030212, 20040201, 20050121, 20060110, 20061231,
  20071220, 20081208, 20091127, 20101117, 20111106, 20121026, 20131015, 20141005,
  20150924, 20160912, 20170901, 20180822, 20190811, 20200731, 20210720, 20220710,
  20230629, 20240617, 20250606, 20260527, 20270517, 20280505, 20290424, 20300413,
  20310403, 20320322, 20330312, 20340301, 20350219,
};

static const guint32 hijri_new_year[] = {
  20000406, 20010326, 20020315, 20030304, 20040222, 20050210, 20060131, 20070120,
  20080110, 20081229, 20091218, 20101207, 20111127, 20121115, 20131105, 20141025,
  20151014, 20161002, 20170921, 20180911, 20190901, 20200820, 20210810, 20220730,
  20230719, 20240707, 20250627, 20260616, 20270606, 20280526, 20290515, 20300504,
  20310423, 20320412, 20330401, 20340322, 20350311,
};

static const guint32 imlek[] = {
  20000205, 20010124, 20020212, 20030201, 20040122, 20050209, 20060129, 20070218,
  20080207, 20090126, 20100214, 20110203, 20120123, 20130210, 20140131, 20150219,
  20160208, 20170128, 20180216, 20190205, 20200125, 20210212, 20220201, 20230122,
  20240210, 20250129, 20260217, 20270206, 20280126, 20290213, 20300203, 20310123,
  20320211, 20330131, 20340219, 20350208,
};

static const guint32 nyepi[] = {
  20000404, 20010325, 20020413, 20030402, 20040322, 20050311, 20060330, 20070319,
  20080307, 20090326, 20100316, 20110305, 20120323, 20130312, 20140331, 20150321,
  20160309, 20170328, 20180317, 20190307, 20200325, 20210314, 20220303, 20230322,
  20240311, 20250329, 20260319, 20270309, 20280326, 20290315, 20300304, 20310323,
  20320311, 20330330, 20340321, 20350310,
};

static const guint32 waisak[] = {
  20000518, 20010507, 20020526, 20030516, 20040603, 20050524, 20060513, 20070601,
  20080520, 20090509, 20100528, 20110517, 20120506, 20130525, 20140515, 20150602,
  20160522, 20170511, 20180529, 20190519, 20200507, 20210526, 20220516, 20230604,
  20240523, 20250512, 20260531, 20270520, 20280509, 20290528, 20300517, 20310507,
  20320525, 20330514, 20340602, 20350522,
};

typedef struct
{
  const guint32 *dates;
  guint          n_dates;
  int            first_hijri;  /* 0: not an Islamic holiday */
} HolidayTable;

static gboolean
table_of (KutipDateHoliday holiday,
          HolidayTable    *table)
{
  switch (holiday)
    {
    case KUTIP_HOLIDAY_IDUL_FITRI:
      *table = (HolidayTable) { idul_fitri, G_N_ELEMENTS (idul_fitri), 1420 };
      return TRUE;
    case KUTIP_HOLIDAY_IDUL_ADHA:
      *table = (HolidayTable) { idul_adha, G_N_ELEMENTS (idul_adha), 1420 };
      return TRUE;
    case KUTIP_HOLIDAY_HIJRI_NEW_YEAR:
      *table = (HolidayTable) { hijri_new_year, G_N_ELEMENTS (hijri_new_year), 1421 };
      return TRUE;
    case KUTIP_HOLIDAY_IMLEK:
      *table = (HolidayTable) { imlek, G_N_ELEMENTS (imlek), 0 };
      return TRUE;
    case KUTIP_HOLIDAY_NYEPI:
      *table = (HolidayTable) { nyepi, G_N_ELEMENTS (nyepi), 0 };
      return TRUE;
    case KUTIP_HOLIDAY_WAISAK:
      *table = (HolidayTable) { waisak, G_N_ELEMENTS (waisak), 0 };
      return TRUE;
    case KUTIP_HOLIDAY_PREFIX:
    case KUTIP_HOLIDAY_NATAL:
    case KUTIP_HOLIDAY_NEW_YEAR:
    case KUTIP_HOLIDAY_EASTER:
    case KUTIP_HOLIDAY_MUHARAM:
    default:
      return FALSE;
    }
}

static void
set_ymd (GDate   *date,
         guint32  ymd)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, ymd % 100, (ymd / 100) % 100, ymd / 10000);
}

/* Easter Sunday of @year (the anonymous Gregorian computus). */
static void
easter (int    year,
        GDate *date)
{
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

gboolean
kutip_date_holiday_in_year (KutipDateHoliday holiday,
                            int              year,
                            GDate           *date)
{
  HolidayTable table;

  if (year < KUTIP_HOLIDAY_FIRST_YEAR || year > KUTIP_HOLIDAY_LAST_YEAR)
    return FALSE;
  switch (holiday)
    {
    case KUTIP_HOLIDAY_NATAL:
      g_date_clear (date, 1);
      g_date_set_dmy (date, 25, G_DATE_DECEMBER, year);
      return TRUE;
    case KUTIP_HOLIDAY_NEW_YEAR:
      g_date_clear (date, 1);
      g_date_set_dmy (date, 1, G_DATE_JANUARY, year);
      return TRUE;
    case KUTIP_HOLIDAY_EASTER:
      easter (year, date);
      return TRUE;
    default:
      break;
    }
  if (!table_of (holiday, &table))
    return FALSE;
  for (guint k = 0; k < table.n_dates; k++)
    if (table.dates[k] / 10000 == (guint32) year)
      {
        set_ymd (date, table.dates[k]);
        return TRUE;
      }
  return FALSE;
}

/* The occurrence of @holiday nearest @published on its side: the last on or
 * before it (@dir < 0), the first on or after it (@dir > 0). */
static gboolean
holiday_near (KutipDateHoliday  holiday,
              const GDate      *published,
              int               dir,
              GDate            *date)
{
  int year = g_date_get_year (published);

  for (int y = year - 1; y <= year + 1; y++)
    {
      int pick = dir < 0 ? 2 * year - y : y;  /* latest first when looking back */
      GDate d;

      if (!kutip_date_holiday_in_year (holiday, pick, &d))
        continue;
      /* A year may hold two (Idul Fitri 2000 and 2033): take the other one
       * when the first is on the wrong side. */
      if (dir < 0 ? g_date_compare (&d, published) <= 0 : g_date_compare (&d, published) >= 0)
        {
          *date = d;
          return TRUE;
        }
    }
  return FALSE;
}

/* The occurrence of @holiday nearest @published, or with @dir > 0 the first
 * on or after it. */
static gboolean
holiday_nearest (KutipDateHoliday  holiday,
                 const GDate      *published,
                 int               dir,
                 GDate            *date)
{
  GDate before, after;
  gboolean has_before = holiday_near (holiday, published, -1, &before);
  gboolean has_after = holiday_near (holiday, published, 1, &after);

  if (has_after && (dir > 0 || !has_before ||
                    g_date_days_between (published, &after) <
                    g_date_days_between (&before, published)))
    *date = after;
  else if (has_before && dir <= 0)
    *date = before;
  else
    return FALSE;
  return TRUE;
}

/* The Gregorian date of Islamic @holiday in Hijri year @hijri. */
static gboolean
holiday_in_hijri (KutipDateHoliday holiday,
                  int              hijri,
                  GDate           *date)
{
  HolidayTable table;

  if (!table_of (holiday, &table) || table.first_hijri == 0 || hijri < table.first_hijri ||
      hijri - table.first_hijri >= (int) table.n_dates)
    return FALSE;
  set_ymd (date, table.dates[hijri - table.first_hijri]);
  return TRUE;
}

/* The holiday's name at @j: "Lebaran", "Idul Fitri", "Idulfitri", "Hari
 * Raya Idul Adha", "Lebaran Haji", "Tahun Baru Imlek", "Tahun Baru Islam",
 * "Hari Natal", "1 Muharam". */
static guint
holiday_name_at (const Ctx        *ctx,
                 guint             j,
                 KutipDateHoliday *holiday)
{
  const KutipDateLex *lex;

  if (WORD (j, "hari") && WORD (j + 1, "raya") && LEX (j + 2, KUTIP_LEX_HOLIDAY))
    j += 2;
  else if (WORD (j, "hari") && LEX (j + 1, KUTIP_LEX_HOLIDAY) &&
           ctx->toks[j + 1].lex->value == KUTIP_HOLIDAY_NATAL)
    j++;
  if (WORD (j, "tahun") && WORD (j + 1, "baru") && !PUNCT (j + 2, '-') &&
      kutip_date_is_capital (ctx, j + 1))
    {
      if (WORD (j + 2, "imlek"))
        *holiday = KUTIP_HOLIDAY_IMLEK;
      else if (WORD (j + 2, "islam") || WORD (j + 2, "hijriah") || WORD (j + 2, "hijriyah"))
        *holiday = KUTIP_HOLIDAY_HIJRI_NEW_YEAR;
      else
        {
          *holiday = KUTIP_HOLIDAY_NEW_YEAR;
          return WORD (j + 2, "masehi") ? j + 3 : j + 2;
        }
      return j + 3;
    }
  if (kutip_date_is_num (ctx, j) && ctx->toks[j].num == 1 && ctx->toks[j].n_digits == 1 &&
      (lex = LEX (j + 1, KUTIP_LEX_HOLIDAY)) && lex->value == KUTIP_HOLIDAY_MUHARAM)
    {
      *holiday = KUTIP_HOLIDAY_HIJRI_NEW_YEAR;
      return j + 2;
    }
  if ((lex = LEX (j, KUTIP_LEX_HOLIDAY)) == NULL || lex->value == KUTIP_HOLIDAY_MUHARAM)
    return 0;
  if (lex->value == KUTIP_HOLIDAY_PREFIX)
    {
      /* "Idul Fitri", "Idul Adha", "Idul Kurban" */
      if (WORD (j + 1, "fitri"))
        *holiday = KUTIP_HOLIDAY_IDUL_FITRI;
      else if (WORD (j + 1, "adha") || WORD (j + 1, "kurban") || WORD (j + 1, "qurban"))
        *holiday = KUTIP_HOLIDAY_IDUL_ADHA;
      else
        return 0;
      return j + 2;
    }
  /* "Mandailing Natal" is a regency, "Lebaran Betawi" a festival: a
   * holiday's name inside a capitalised name is not the holiday. */
  if (j > 0 && kutip_date_is_capital (ctx, j - 1) && ctx->toks[j - 1].kind == KUTIP_DTOK_WORD &&
      !kutip_date_id_opens_sentence (ctx, j - 1) && !WORD (j - 1, "hari") && !WORD (j - 1, "raya") &&
      !WORD (j - 1, "malam") && !WORD (j - 1, "libur") && !WORD (j - 1, "perayaan") &&
      !WORD (j - 1, "misa") && !WORD (j - 1, "selamat") && !WORD (j - 1, "mudik") &&
      !WORD (j - 1, "arus") && !WORD (j - 1, "menjelang") && !WORD (j - 1, "jelang"))
    return 0;
  if (lex->value == KUTIP_HOLIDAY_IDUL_FITRI && kutip_date_is_capital (ctx, j + 1) &&
      ctx->toks[j + 1].kind == KUTIP_DTOK_WORD && !WORD (j + 1, "haji") && !WORD (j + 1, "idul") &&
      !WORD (j + 1, "kurban"))
    return 0;
  *holiday = lex->value;
  j++;
  if (lex->value == KUTIP_HOLIDAY_IDUL_FITRI && (WORD (j, "haji") || WORD (j, "kurban")))
    {
      *holiday = KUTIP_HOLIDAY_IDUL_ADHA;  /* "Lebaran Haji" */
      j++;
    }
  else if (lex->value == KUTIP_HOLIDAY_IDUL_FITRI && LEX (j, KUTIP_LEX_HOLIDAY) &&
           ctx->toks[j].lex->value == KUTIP_HOLIDAY_PREFIX && WORD (j + 1, "fitri"))
    j += 2;  /* "Lebaran Idul Fitri" */
  return j;
}

/* Words before a bare holiday name that place this year's event in time:
 * "menjelang Lebaran", "saat Natal", "selama libur Lebaran". @dir: +1 when
 * the event lies ahead ("menjelang"), 0 otherwise. */
static gboolean
placed_in_time (const Ctx *ctx,
                guint      i,
                int       *dir)
{
  guint j = i;

  if (j == 0)
    return FALSE;
  if (WORD (j - 1, "libur") || WORD (j - 1, "liburan") || WORD (j - 1, "perayaan") ||
      WORD (j - 1, "momen") || WORD (j - 1, "momentum"))
    j--;
  if (j == 0)
    return FALSE;
  *dir = 0;
  if (WORD (j - 1, "menjelang") || WORD (j - 1, "jelang"))
    {
      *dir = 1;
      return TRUE;
    }
  return WORD (j - 1, "saat") || WORD (j - 1, "pada") || WORD (j - 1, "usai") ||
         WORD (j - 1, "seusai") || WORD (j - 1, "setelah") || WORD (j - 1, "sesudah") ||
         WORD (j - 1, "sebelum") || WORD (j - 1, "selama") || WORD (j - 1, "sejak") ||
         WORD (j - 1, "hingga") || WORD (j - 1, "sampai") || WORD (j - 1, "ketika") ||
         WORD (j - 1, "pasca") || WORD (j - 1, "waktu") || WORD (j - 1, "jelang");
}

gboolean
kutip_date_id_holiday_rule (const Ctx    *ctx,
                            guint         i,
                            KutipDateHit *hit)
{
  KutipDateHoliday holiday = KUTIP_HOLIDAY_PREFIX;
  guint first = i, j, k;
  int offset = 0, year = 0, dir = 0, n;
  double confidence = 0.9;
  GDate date;
  gboolean found = FALSE;

  /* "H-7 Lebaran", "H+3 Idul Fitri": days before or after it. */
  if (WORD (i, "h") && kutip_date_is_capital (ctx, i) &&
      (PUNCT (i + 1, '-') || PUNCT (i + 1, '+')) && kutip_date_glued (ctx, i + 1) &&
      kutip_date_is_num (ctx, i + 2) && kutip_date_glued (ctx, i + 2) &&
      ctx->toks[i + 2].n_digits <= 2)
    {
      offset = PUNCT (i + 1, '-') ? -ctx->toks[i + 2].num : ctx->toks[i + 2].num;
      i += 3;
    }
  if ((j = holiday_name_at (ctx, i, &holiday)) == 0)
    return FALSE;

  if (WORD (j, "tahun") && kutip_date_year_at (ctx, j + 1, FALSE, &n))
    j++;
  if (kutip_date_year_at (ctx, j, FALSE, &n) &&
      (WORD (j + 1, "h") || WORD (j + 1, "hijriah") || WORD (j + 1, "hijriyah")))
    {
      /* "Idul Fitri 1443 H" */
      found = holiday_in_hijri (holiday, n, &date);
      j += 2;
      if (!found)
        return FALSE;
    }
  else if (holiday == KUTIP_HOLIDAY_NYEPI && WORD (j, "saka") && kutip_date_is_num (ctx, j + 1))
    {
      year = ctx->toks[j + 1].num + 78;  /* "Nyepi Saka 1944" is 2022 */
      j += 2;
    }
  else if (holiday == KUTIP_HOLIDAY_IMLEK && kutip_date_is_num (ctx, j) &&
           ctx->toks[j].n_digits == 4 && ctx->toks[j].num >= 2500 && ctx->toks[j].num < 2700)
    {
      year = ctx->toks[j].num - 551;  /* "Imlek 2573" (Kongzili) is 2022 */
      j++;
    }
  else if (kutip_date_year_at (ctx, j, FALSE, &n))
    {
      int n2;

      year = n;
      j++;
      /* "Tahun Baru 2020/2021" is the night into 2021 */
      if (holiday == KUTIP_HOLIDAY_NEW_YEAR && PUNCT (j, '/') && kutip_date_glued (ctx, j) &&
          kutip_date_year_at (ctx, j + 1, FALSE, &n2) && n2 == n + 1)
        {
          year = n2;
          j += 2;
        }
    }
  else if (WORD (j, "tahun") && (k = kutip_date_id_direction_after (ctx, j + 1, &dir)))
    {
      /* "Imlek tahun depan", "Lebaran tahun lalu" */
      if (ctx->published == NULL)
        return FALSE;
      year = g_date_get_year (ctx->published) + dir;
      j = k;
      confidence = 0.76;
    }
  else if ((k = kutip_date_id_trailer_at (ctx, j, &dir)))
    {
      /* "Lebaran lalu", "Natal mendatang" */
      if (ctx->published == NULL || !holiday_near (holiday, ctx->published, dir, &date))
        return FALSE;
      found = TRUE;
      j = k;
      confidence = 0.74;
    }
  else if (WORD (j, "ini"))
    {
      if (ctx->published == NULL)
        return FALSE;
      year = g_date_get_year (ctx->published);
      j++;
      confidence = 0.74;
    }
  else if (offset != 0 || placed_in_time (ctx, i, &dir))
    {
      /* A bare name: this year's event, the one nearest publication ("saat
       * libur Natal" in January is the Christmas just past), or the coming
       * one after "menjelang". */
      if (ctx->published == NULL || !holiday_nearest (holiday, ctx->published, dir, &date))
        return FALSE;
      found = TRUE;
      confidence = 0.7;
    }
  else
    return FALSE;

  if (!found && !kutip_date_holiday_in_year (holiday, year, &date))
    {
      /* Outside the tables: the year is still right. */
      if (year < 1000 || offset != 0)
        return FALSE;
      hit->parts.year = year;
      kutip_date_hit_set (hit, first, j, "date-id-holiday-year", confidence);
      return TRUE;
    }
  if (offset > 0)
    g_date_add_days (&date, offset);
  else if (offset < 0)
    g_date_subtract_days (&date, -offset);
  kutip_date_parts_set_gdate (&hit->parts, &date);
  kutip_date_hit_set (hit, first, j, "date-id-holiday", confidence);
  return TRUE;
}
