/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-normalize.c: TIMEX3 value parts, the arithmetic that resolves a
 * relative expression against the publication date (GDate), and the value
 * string. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-private.h"

static const char * const tod_names[] = { "", "MO", "MI", "AF", "EV", "NI" };
static const char * const season_names[] = { "", "SP", "SU", "FA", "WI" };
static const char * const ref_names[] = { "", "PAST_REF", "PRESENT_REF", "FUTURE_REF" };

void
kutip_date_parts_init (KutipDateParts *parts)
{
  *parts = (KutipDateParts) { 0 };
  parts->year_digits = 4;
  parts->hour = -1;
  parts->minute = -1;
}

/* Writes @value in decimal, zero-padded to @width digits, at @p; returns
 * the end. (printf() was a tenth of the finder's time.) */
static char *
put_number (char *p,
            int   value,
            int   width)
{
  char digits[12];
  int n = 0;
  unsigned v = value < 0 ? 0 : (unsigned) value;

  do
    {
      digits[n++] = '0' + v % 10;
      v /= 10;
    }
  while (v != 0 && n < (int) sizeof digits);
  while (n < width)
    digits[n++] = '0';
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

static char *
put_part (char *p,
          char  prefix,
          int   value)
{
  if (prefix)
    *p++ = prefix;
  if (value == KUTIP_DATE_X)
    {
      *p++ = 'X';
      *p++ = 'X';
      return p;
    }
  return put_number (p, value, 2);
}

static char *
put_string (char       *p,
            const char *s)
{
  while (*s)
    *p++ = *s++;
  return p;
}

/* Returns: (transfer full): the TIMEX3 value of @parts. */
char *
kutip_date_parts_format (const KutipDateParts *parts)
{
  char buf[64];
  char *p = buf;

  if (parts->ref > KUTIP_REF_NONE && parts->ref <= KUTIP_REF_FUTURE)
    return g_strdup (ref_names[parts->ref]);

  if (parts->bc)
    p = put_string (p, "BC");
  if (parts->year == KUTIP_DATE_X || parts->year == 0)
    for (int k = 0; k < parts->year_digits && k < 4; k++)
      *p++ = 'X';
  else
    p = put_number (p, parts->year, parts->year_digits == 3 ? 3 : parts->year_digits == 2 ? 2 : 4);

  if (parts->week != 0)
    {
      p = put_string (p, "-W");
      p = put_part (p, 0, parts->week);
      if (parts->weekend)
        p = put_string (p, "-WE");
      else if (parts->weekday)
        {
          *p++ = '-';
          p = put_number (p, parts->weekday, 1);
        }
    }
  else if (parts->weekday && parts->month == 0)
    {
      p = put_string (p, "-WXX-");
      p = put_number (p, parts->weekday, 1);
    }
  else if (parts->quarter != 0)
    {
      p = put_string (p, "-Q");
      if (parts->quarter == KUTIP_DATE_X)
        *p++ = 'X';
      else
        p = put_number (p, parts->quarter, 1);
    }
  else if (parts->half != 0)
    {
      p = put_string (p, "-H");
      p = put_number (p, parts->half, 1);
    }
  else if (parts->season != 0)
    {
      *p++ = '-';
      p = put_string (p, season_names[parts->season]);
    }
  else if (parts->month != 0)
    {
      p = put_part (p, '-', parts->month);
      if (parts->day != 0)
        p = put_part (p, '-', parts->day);
    }
  else if (parts->tod || parts->hour >= 0)
    p = put_string (p, "-XX-XX");

  if (parts->hour >= 0)
    {
      *p++ = 'T';
      p = put_number (p, parts->hour, 2);
      *p++ = ':';
      p = put_number (p, MAX (parts->minute, 0), 2);
    }
  else if (parts->tod)
    {
      *p++ = 'T';
      p = put_string (p, tod_names[parts->tod]);
    }
  return g_strndup (buf, p - buf);
}

void
kutip_date_parts_set_gdate (KutipDateParts *parts,
                            const GDate    *date)
{
  parts->year = g_date_get_year (date);
  parts->month = g_date_get_month (date);
  parts->day = g_date_get_day (date);
}

gboolean
kutip_date_valid_dmy (int day,
                      int month,
                      int year)
{
  if (month < 1 || month > 12 || day < 1)
    return FALSE;
  if (year <= 0)
    return day <= g_date_get_days_in_month (month, 2000);
  return year < 10000 && g_date_valid_dmy (day, month, year);
}

/* A two-digit year ("8/12/09"): the century that puts it no later than ten
 * years after publication. */
int
kutip_date_expand_year (int          two_digits,
                        const GDate *published)
{
  int limit = published ? g_date_get_year (published) + 10 : 2040;
  int year = 2000 + two_digits;

  while (year > limit)
    year -= 100;
  return year;
}

/* A day and month without a year: the year of publication, or the year before
 * when that would put the date more than half a year after publication (news
 * reports the past more than the future). */
void
kutip_date_parts_guess_year (KutipDateParts *parts,
                             const GDate    *published)
{
  int year;

  if (parts->year != 0 && parts->year != KUTIP_DATE_X)
    return;
  if (published == NULL)
    {
      parts->year = KUTIP_DATE_X;
      return;
    }
  year = g_date_get_year (published);
  if (parts->month > 0 && parts->month - (int) g_date_get_month (published) > 6)
    year--;
  else if (parts->month > 0 && (int) g_date_get_month (published) - parts->month > 9)
    year++;
  parts->year = year;
}

/* ISO 8601 week-numbering year and week of @date. */
static void
set_iso_week (KutipDateParts *parts,
              const GDate    *date)
{
  GDate thursday = *date;
  int weekday = g_date_get_weekday (date);

  if (weekday < 4)
    g_date_add_days (&thursday, 4 - weekday);
  else if (weekday > 4)
    g_date_subtract_days (&thursday, weekday - 4);
  parts->year = g_date_get_year (&thursday);
  parts->week = g_date_get_iso8601_week_of_year (date);
  parts->month = 0;
  parts->day = 0;
}

static void
add_days (GDate *date,
          int    n)
{
  if (n > 0)
    g_date_add_days (date, n);
  else if (n < 0)
    g_date_subtract_days (date, -n);
}

/* @amount units from the publication date: -1 with DAY is yesterday, +1 with
 * WEEK next week, 0 with YEAR this year. Without a publication date the value
 * becomes PAST_REF, PRESENT_REF or FUTURE_REF. */
void
kutip_date_parts_relative (KutipDateParts *parts,
                           const GDate    *published,
                           KutipDateUnit   unit,
                           int             amount)
{
  GDate d;
  int y, m, q;

  if (published == NULL || !g_date_valid (published) || unit == KUTIP_UNIT_VAGUE)
    {
      parts->ref = amount < 0 ? KUTIP_REF_PAST
                 : amount > 0 ? KUTIP_REF_FUTURE : KUTIP_REF_PRESENT;
      return;
    }

  d = *published;
  y = g_date_get_year (&d);
  m = g_date_get_month (&d);
  switch (unit)
    {
    case KUTIP_UNIT_DAY:
    case KUTIP_UNIT_HOUR:
    case KUTIP_UNIT_MINUTE:
      add_days (&d, unit == KUTIP_UNIT_DAY ? amount : 0);
      kutip_date_parts_set_gdate (parts, &d);
      break;
    case KUTIP_UNIT_WEEK:
    case KUTIP_UNIT_WEEKEND:
      add_days (&d, 7 * amount);
      set_iso_week (parts, &d);
      parts->weekend = unit == KUTIP_UNIT_WEEKEND;
      break;
    case KUTIP_UNIT_MONTH:
      m = y * 12 + (m - 1) + amount;
      parts->year = m / 12;
      parts->month = m % 12 + 1;
      break;
    case KUTIP_UNIT_QUARTER:
      q = y * 4 + (m - 1) / 3 + amount;
      parts->year = q / 4;
      parts->quarter = q % 4 + 1;
      break;
    case KUTIP_UNIT_HALF:
      q = y * 2 + (m - 1) / 6 + amount;
      parts->year = q / 2;
      parts->half = q % 2 + 1;
      break;
    case KUTIP_UNIT_YEAR:
      parts->year = y + amount;
      break;
    case KUTIP_UNIT_DECADE:
      parts->year = y / 10 + amount;
      parts->year_digits = 3;
      break;
    case KUTIP_UNIT_CENTURY:
      parts->year = y / 100 + amount;
      parts->year_digits = 2;
      break;
    case KUTIP_UNIT_NONE:
    case KUTIP_UNIT_VAGUE:
    default:
      parts->ref = amount < 0 ? KUTIP_REF_PAST : KUTIP_REF_FUTURE;
      break;
    }
}

/* A weekday (1 = Monday). With @week_shift != 0 it is that day in the week
 * @week_shift weeks from publication ("Jumat pekan depan"); otherwise
 * @direction picks the closest such day before or on (-1), after or on (+1),
 * strictly before (-2) or strictly after (+2) the publication date, or within
 * its week (0). */
void
kutip_date_parts_weekday (KutipDateParts *parts,
                          const GDate    *published,
                          int             weekday,
                          int             week_shift,
                          int             direction)
{
  GDate d;
  int pub_wd, delta;

  if (published == NULL || !g_date_valid (published))
    {
      parts->year = KUTIP_DATE_X;
      parts->weekday = weekday;
      if (week_shift != 0)
        parts->ref = week_shift < 0 ? KUTIP_REF_PAST : KUTIP_REF_FUTURE;
      return;
    }
  d = *published;
  pub_wd = g_date_get_weekday (&d);
  if (week_shift != 0 || direction == 0)
    delta = 7 * week_shift + weekday - pub_wd;
  else if (direction < 0)
    {
      delta = -((pub_wd - weekday + 7) % 7);
      if (delta == 0 && direction == -2)
        delta = -7;
    }
  else
    {
      delta = (weekday - pub_wd + 7) % 7;
      if (delta == 0 && direction == 2)
        delta = 7;
    }
  add_days (&d, delta);
  kutip_date_parts_set_gdate (parts, &d);
}
