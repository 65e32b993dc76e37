/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-date-finder.c: the date finder: every rule family in Indonesian and
 * English, the normalisation tables, and span boundaries. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kutip-date-finder.h"
#include "kutip-language.h"

static GDate *
make_date (const char *iso)
{
  int y, m, d;

  if (iso == NULL)
    return NULL;
  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_new_dmy (d, m, y);
}

/* Finds @span in @text as one whole match and checks its TIMEX3 value. */
static void
check (const char *lang,
       const char *published,
       const char *text,
       const char *span,
       const char *value)
{
  g_autoptr(GArray) matches = NULL;
  GDate *pub = make_date (published);
  const char *at = strstr (text, span);
  gboolean found = FALSE;

  g_assert_nonnull (at);
  matches = kutip_date_finder_find (text, strlen (text), lang, pub);
  for (guint k = 0; k < matches->len; k++)
    {
      KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);

      g_assert_nonnull (m->rule);
      g_assert_true (g_str_has_prefix (m->rule, "date-"));
      g_assert_cmpfloat (m->confidence, >, 0.0);
      g_assert_cmpfloat (m->confidence, <=, 1.0);
      if (m->start == (gsize) (at - text) && m->end == (gsize) (at - text) + strlen (span))
        {
          if (g_strcmp0 (m->value, value) != 0)
            g_error ("\"%s\" in \"%s\": value %s, expected %s (rule %s)",
                     span, text, m->value, value, m->rule);
          found = TRUE;
        }
    }
  if (!found)
    {
      GString *got = g_string_new (NULL);

      for (guint k = 0; k < matches->len; k++)
        {
          KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);

          g_string_append_printf (got, " [%.*s]=%s", (int) (m->end - m->start),
                                  text + m->start, m->value);
        }
      g_error ("\"%s\" not found as one date in \"%s\"; found:%s", span, text, got->str);
    }
  g_clear_pointer (&pub, g_date_free);
}

static guint
count_dates (const char *lang,
             const char *text)
{
  g_autoptr(GArray) matches = kutip_date_finder_find (text, strlen (text), lang, NULL);

  return matches->len;
}

/* Publication dates used below: Friday 20 May 2022 (ISO week 20) and
 * Friday 6 February 1998 (ISO week 6). */
#define PUB_ID "2022-05-20"
#define PUB_EN "1998-02-06"

static void
test_id_day_and_numeric (void)
{
  check ("id", PUB_ID, "Presiden meresmikan jembatan itu, Rabu (18/5).", "Rabu (18/5)",
         "2022-05-18");
  check ("id", PUB_ID, "Hal itu disampaikan Senin (21/2/2022) di Jakarta.", "Senin (21/2/2022)",
         "2022-02-21");
  check ("id", PUB_ID, "Rapat digelar Selasa, 30 Desember 2014 di DPR.",
         "Selasa, 30 Desember 2014", "2014-12-30");
  check ("id", PUB_ID, "Ia tiba Kamis (12/5) malam.", "Kamis (12/5) malam", "2022-05-12TNI");
  check ("id", PUB_ID, "Polisi datang pada Sabtu sore.", "Sabtu sore", "2022-05-14TAF");
  check ("id", PUB_ID, "Kejadian itu pada Selasa (8/12/09).", "Selasa (8/12/09)", "2009-12-08");
  check ("id", PUB_ID, "Sidang ditunda hingga (25/5).", "(25/5)", "2022-05-25");
  check ("id", PUB_ID, "Surat itu bertanggal 21/2/2022.", "21/2/2022", "2022-02-21");
  check ("id", PUB_ID, "Acara dibuka hari Minggu.", "hari Minggu", "2022-05-15");
  check ("id", PUB_ID, "Pemain tiba Jumat pekan depan.", "Jumat pekan depan", "2022-05-27");
  check ("id", PUB_ID, "Ia diperiksa Senin lalu.", "Senin lalu", "2022-05-16");
}

static void
test_id_calendar (void)
{
  check ("id", PUB_ID, "Ia lahir 18 Mei 2021 di Bandung.", "18 Mei 2021", "2021-05-18");
  check ("id", PUB_ID, "Sejak Mei 2021 harga naik.", "Mei 2021", "2021-05");
  check ("id", PUB_ID, "Proyek dimulai tahun 2020.", "tahun 2020", "2020");
  check ("id", PUB_ID, "Pabrik itu dibangun pada 1997.", "1997", "1997");
  check ("id", PUB_ID, "Musik tahun 1990-an kembali populer.", "tahun 1990-an", "199");
  check ("id", PUB_ID, "Tren 1990-an kembali.", "1990-an", "199");
  check ("id", PUB_ID, "Tantangan abad ke-21 berbeda.", "abad ke-21", "20");
  /* "lalu" places the date before publication. */
  check ("id", PUB_ID, "Harga turun sejak 8 Juli lalu.", "8 Juli lalu", "2021-07-08");
  /* A range is two dates; the first day takes the month and year of the
   * second. */
  check ("id", PUB_ID, "Pameran berlangsung 22 - 25 Januari 2013.", "22", "2013-01-22");
  check ("id", PUB_ID, "Pameran berlangsung 22 - 25 Januari 2013.", "25 Januari 2013",
         "2013-01-25");
  check ("id", PUB_ID, "Data kuartal pertama 2008 dirilis.", "kuartal pertama 2008", "2008-Q1");
  check ("id", PUB_ID, "Aturan berlaku awal Februari.", "awal Februari", "2022-02");
  check ("id", PUB_ID, "Masa jabatan 2014 - 2019 berakhir.", "2014", "2014");
  check ("id", PUB_ID, "Masa jabatan 2014 - 2019 berakhir.", "2019", "2019");
  check ("id", PUB_ID, "Kapal dibuat bulan Juli 2007.", "bulan Juli 2007", "2007-07");
  check ("id", PUB_ID, "Kantor buka pukul 10.00 WIB setiap hari.", "pukul 10.00 WIB",
         "2022-05-20T10:00");
  check ("id", PUB_ID, "Mereka datang Mei lalu.", "Mei lalu", "2021-05");
  check ("id", PUB_ID, "Aturan itu terbit 2019 lalu.", "2019 lalu", "2019");
  check ("id", PUB_ID, "Vaksinasi dimulai Januari 2022 lalu.", "Januari 2022 lalu", "2022-01");
  check ("id", PUB_ID, "Kuartal I-2022 ekonomi tumbuh.", "Kuartal I-2022", "2022-Q1");
  check ("id", PUB_ID, "Anggaran naik pada semester II tahun ini.", "semester II tahun ini",
         "2022-H2");
  /* "tiga bulan terakhir" is a duration: not a point in time. */
  g_assert_cmpuint (count_dates ("id", "Selama tiga bulan terakhir harga naik."), ==, 0);
  check ("id", PUB_ID, "Rapat pukul 10.00 hari ini.", "hari ini", "2022-05-20");
  check ("id", PUB_ID, "Data per 2022-05-18 dirilis.", "2022-05-18", "2022-05-18");
  check ("id", PUB_ID, "Rapat pada Senin, 21/2/2022 sore.", "Senin, 21/2/2022 sore",
         "2022-02-21TAF");
}

static void
test_id_relative (void)
{
  check ("id", PUB_ID, "Harga naik pekan lalu.", "pekan lalu", "2022-W19");
  check ("id", PUB_ID, "Ia pulang kemarin.", "kemarin", "2022-05-19");
  check ("id", PUB_ID, "Sidang digelar hari ini.", "hari ini", "2022-05-20");
  check ("id", PUB_ID, "Ia ditangkap dua hari lalu.", "dua hari lalu", "2022-05-18");
  check ("id", PUB_ID, "Gaji cair awal bulan ini.", "awal bulan ini", "2022-05");
  check ("id", PUB_ID, "Hujan turun sore ini.", "sore ini", "2022-05-20TAF");
  check ("id", PUB_ID, "Kebakaran terjadi tadi malam.", "tadi malam", "2022-05-19TNI");
  check ("id", PUB_ID, "Tim berangkat besok.", "besok", "2022-05-21");
  check ("id", PUB_ID, "Tim berangkat lusa.", "lusa", "2022-05-22");
  check ("id", PUB_ID, "Gempa terjadi semalam.", "semalam", "2022-05-19TNI");
  g_assert_cmpuint (count_dates ("id", "Ia bekerja sehari semalam."), ==, 0);
  check ("id", PUB_ID, "Inflasi bulan lalu tinggi.", "bulan lalu", "2022-04");
  check ("id", PUB_ID, "Pemilu digelar tahun depan.", "tahun depan", "2023");
  check ("id", PUB_ID, "Jalan ramai saat akhir pekan.", "akhir pekan", "2022-W20-WE");
  check ("id", PUB_ID, "Hal itu terjadi beberapa waktu lalu.", "beberapa waktu lalu", "PAST_REF");
  check ("id", PUB_ID, "Ia pindah 2 tahun lalu.", "2 tahun lalu", "2020");
  check ("id", PUB_ID, "Kasus naik sejak minggu lalu.", "minggu lalu", "2022-W19");
  check ("id", PUB_ID, "Ia datang Minggu dan pulang.", "Minggu", "2022-05-15");
}

static void
test_id_tables (void)
{
  static const char * const days[] = {
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad",
  };
  static const char * const day_values[] = {
    "2022-05-16", "2022-05-17", "2022-05-18", "2022-05-19", "2022-05-20", "2022-05-14",
    "2022-05-15", "2022-05-15",
  };
  static const struct { const char *name; int month; } months[] = {
    { "Januari", 1 }, { "Februari", 2 }, { "Maret", 3 }, { "April", 4 }, { "Mei", 5 },
    { "Juni", 6 }, { "Juli", 7 }, { "Agustus", 8 }, { "September", 9 }, { "Oktober", 10 },
    { "November", 11 }, { "Desember", 12 }, { "Nopember", 11 }, { "Pebruari", 2 },
    { "Jan", 1 }, { "Feb", 2 }, { "Mar", 3 }, { "Apr", 4 }, { "Jun", 6 }, { "Jul", 7 },
    { "Agu", 8 }, { "Agt", 8 }, { "Ags", 8 }, { "Sep", 9 }, { "Sept", 9 }, { "Okt", 10 },
    { "Nov", 11 }, { "Des", 12 },
  };

  /* Every day name, bare: the last such day on or before publication. */
  for (guint k = 0; k < G_N_ELEMENTS (days); k++)
    {
      g_autofree char *text = g_strdup_printf ("Rapat itu digelar %s di Jakarta.", days[k]);

      check ("id", PUB_ID, text, days[k], day_values[k]);
    }
  /* Every month name and abbreviation, with a day and a year. */
  for (guint k = 0; k < G_N_ELEMENTS (months); k++)
    {
      g_autofree char *text = g_strdup_printf ("Tercatat 3 %s 2020 pukul dua.", months[k].name);
      g_autofree char *span = g_strdup_printf ("3 %s 2020", months[k].name);
      g_autofree char *value = g_strdup_printf ("2020-%02d-03", months[k].month);

      check ("id", PUB_ID, text, span, value);
    }
  /* Lower-case month names are months too ("september"). */
  check ("id", PUB_ID, "Pada september 2014 harga naik.", "september 2014", "2014-09");
}

static void
test_id_unknown_parts (void)
{
  check ("id", NULL, "Ia lahir 18 Mei di Bandung.", "18 Mei", "XXXX-05-18");
  check ("id", NULL, "Ia pulang kemarin.", "kemarin", "PAST_REF");
  check ("id", NULL, "Tim berangkat pekan depan.", "pekan depan", "FUTURE_REF");
  check ("id", NULL, "Sidang digelar hari ini.", "hari ini", "PRESENT_REF");
  check ("id", NULL, "Rapat digelar Rabu.", "Rabu", "XXXX-WXX-3");
  check ("id", NULL, "Ia tiba Rabu (18/5).", "Rabu (18/5)", "XXXX-05-18");
  check ("id", NULL, "Buka pukul 10.00 WIB.", "pukul 10.00 WIB", "XXXX-XX-XXT10:00");
}

static void
test_id_dateline (void)
{
  const char *text = "JAKARTA, KOMPAS — Presiden berbicara Senin (21/2/2022). "
                     "Ia juga hadir kemarin dan akan kembali pekan depan.";
  GDate date;

  g_assert_true (kutip_date_finder_find_dateline (text, strlen (text), "id", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2022);
  g_assert_cmpint (g_date_get_month (&date), ==, 2);
  g_assert_cmpint (g_date_get_day (&date), ==, 21);
  /* Without a publication date, the dateline stands in for it. */
  check ("id", NULL, text, "kemarin", "2022-02-20");
  check ("id", NULL, text, "pekan depan", "2022-W09");
  g_assert_false (kutip_date_finder_find_dateline ("Ia datang kemarin.", 19, "id", &date));
  /* A historical date deep in the lead is not the report's date. */
  text = "Para veteran berkumpul di gedung itu untuk mengenang perjuangan mereka dan "
         "membacakan kembali naskah yang ditulis pada 17 Agustus 1945 di Jakarta.";
  g_assert_false (kutip_date_finder_find_dateline (text, strlen (text), "id", &date));
}

static void
test_id_boundaries (void)
{
  g_autoptr(GArray) matches = NULL;
  const char *text = "Café Rabu (18/5) ramai.";

  /* "Mei" inside "Meikarta", "Senin" inside a word, quantities. */
  g_assert_cmpuint (count_dates ("id", "Proyek Meikarta mangkrak."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Para Seninan berkumpul."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Harganya Rp 2014 per lembar."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Penduduknya 2.014 jiwa."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Skornya 1/2 saja."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Ia bekerja tiga hari per minggu."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Ia bertemu Des di pasar."), ==, 0);

  /* Present-time adverbs mark aspect, not a date; a year inside a legal or
   * document reference names the document. */
  g_assert_cmpuint (count_dates ("id", "Saat ini harga beras sedang naik."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Ia sekarang menjabat ketua, kini di Jakarta."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Zaman sekarang semua serba cepat."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Ia dijerat Undang-Undang Nomor 31 Tahun 1999."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Aturan itu ada di PKPU No. 17 Tahun 2013."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Sesuai Peraturan OJK Nomor 1/POJK.07/2013 itu."), ==, 0);
  g_assert_cmpuint (count_dates ("id", "Amandemen UUD 1945 dibahas."), ==, 0);
  check ("id", PUB_ID, "Aturan itu disahkan pada tahun 1999 oleh DPR.", "tahun 1999", "1999");
  check ("id", PUB_ID, "Nomor urut 3 dipakai sejak 2014.", "2014", "2014");

  /* "Rabu (18/5)" is one date; offsets are bytes ("é" is two). */
  matches = kutip_date_finder_find (text, strlen (text), "id", NULL);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpuint (g_array_index (matches, KutipDateMatch, 0).start, ==, 6);
  g_assert_cmpuint (g_array_index (matches, KutipDateMatch, 0).end, ==, 17);
  g_assert_cmpstr (g_array_index (matches, KutipDateMatch, 0).rule, ==, "date-id-day-dm");
}

static void
test_en_rules (void)
{
  check ("en", PUB_EN, "The board met Wednesday in Boston.", "Wednesday", "1998-02-04");
  check ("en", PUB_EN, "It opened May 18, 2021, downtown.", "May 18, 2021", "2021-05-18");
  check ("en", PUB_EN, "The deal closed Jan. 5 after talks.", "Jan. 5", "1998-01-05");
  check ("en", PUB_EN, "Shares fell last week.", "last week", "1998-W05");
  check ("en", PUB_EN, "He left two years ago.", "two years ago", "1996");
  check ("en", PUB_EN, "Prices rose in the 1990s.", "the 1990s", "199");
  check ("en", PUB_EN, "She spoke this morning.", "this morning", "1998-02-06TMO");
  check ("en", PUB_EN, "Markets are calm today.", "today", "1998-02-06");
  check ("en", PUB_EN, "Markets were calm yesterday.", "yesterday", "1998-02-05");
  check ("en", PUB_EN, "Fighting resumed Monday night.", "Monday night", "1998-02-02TNI");
  check ("en", PUB_EN, "Talks start next month.", "next month", "1998-03");
  check ("en", PUB_EN, "Profit rose in the third quarter.", "the third quarter", "1997-Q3");
  check ("en", PUB_EN, "It was founded in 1998.", "1998", "1998");
  check ("en", PUB_EN, "Sales in fiscal 1997 rose.", "fiscal 1997", "1997");
  check ("en", PUB_EN, "As announced earlier this year, it grew.", "earlier this year", "1998");
  check ("en", PUB_EN, "Costs rose over the past year.", "the past year", "1997");
  check ("en", PUB_EN, "The vote came at 10 p.m. Wednesday.", "10 p.m. Wednesday",
         "1998-02-04T22:00");
  check ("en", PUB_EN, "Events of the 20th century matter.", "the 20th century", "19");
  check ("en", PUB_EN, "Rates are high now.", "now", "PRESENT_REF");
  check ("en", PUB_EN, "It will be ready next Monday.", "next Monday", "1998-02-09");
  check ("en", PUB_EN, "He arrived in March 1996 and left.", "March 1996", "1996-03");
  check ("en", PUB_EN, "Sales rose 5% from a year ago.", "a year ago", "1997");
  check ("en", PUB_EN, "Profit fell in the year-ago quarter.", "the year-ago quarter", "1996-Q4");
  check ("en", PUB_EN, "Snow fell last night.", "last night", "1998-02-05TNI");
  check ("en", PUB_EN, "The memo dated 5/18/2021 leaked.", "5/18/2021", "2021-05-18");
  check ("en", PUB_EN, "Filed on 2021-05-18 in court.", "2021-05-18", "2021-05-18");
  g_assert_cmpuint (count_dates ("en", "Prices may rise and march on."), ==, 0);
  g_assert_cmpuint (count_dates ("en", "He paid $1990 for it."), ==, 0);
  g_assert_cmpuint (count_dates ("en", "Mondays are dull."), ==, 0);
}

static void
test_en_tables (void)
{
  static const struct { const char *name; int month; } months[] = {
    { "January", 1 }, { "February", 2 }, { "March", 3 }, { "April", 4 }, { "May", 5 },
    { "June", 6 }, { "July", 7 }, { "August", 8 }, { "September", 9 }, { "October", 10 },
    { "November", 11 }, { "December", 12 }, { "Jan.", 1 }, { "Feb.", 2 }, { "Mar.", 3 },
    { "Apr.", 4 }, { "Aug.", 8 }, { "Sept.", 9 }, { "Sep.", 9 }, { "Oct.", 10 },
    { "Nov.", 11 }, { "Dec.", 12 },
  };
  static const char * const days[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  static const char * const day_values[] = {
    "1998-02-02", "1998-02-03", "1998-02-04", "1998-02-05", "1998-02-06", "1998-01-31",
    "1998-02-01",
  };

  for (guint k = 0; k < G_N_ELEMENTS (months); k++)
    {
      g_autofree char *text = g_strdup_printf ("It was signed %s 3, 1996, in Paris.",
                                               months[k].name);
      g_autofree char *span = g_strdup_printf ("%s 3, 1996", months[k].name);
      g_autofree char *value = g_strdup_printf ("1996-%02d-03", months[k].month);

      check ("en", PUB_EN, text, span, value);
    }
  for (guint k = 0; k < G_N_ELEMENTS (days); k++)
    {
      g_autofree char *text = g_strdup_printf ("Talks ended %s in Geneva.", days[k]);

      check ("en", PUB_EN, text, days[k], day_values[k]);
    }
}

static void
test_en_unknown_parts (void)
{
  check ("en", NULL, "It opened Dec. 15 in Ohio.", "Dec. 15", "XXXX-12-15");
  check ("en", NULL, "Shares fell last week.", "last week", "PAST_REF");
  check ("en", NULL, "The board met Wednesday.", "Wednesday", "XXXX-WXX-3");
}

static void
test_min_confidence (void)
{
  const char *text = "Ia pulang kemarin, lalu rapat Rabu (18/5) pukul 10.00 WIB.";
  g_autoptr(GArray) all = kutip_date_finder_find (text, strlen (text), "id", NULL);
  g_autoptr(GArray) anchored = kutip_date_finder_find_full (text, strlen (text), "id", NULL,
                                                            KUTIP_DATE_CONFIDENCE_ANCHORED);

  /* "kemarin" is relative: below the anchored tier; the others are not. */
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpuint (anchored->len, ==, 2);
  g_assert_cmpstr (g_array_index (anchored, KutipDateMatch, 0).rule, ==, "date-id-day-dm");
  g_assert_cmpstr (g_array_index (anchored, KutipDateMatch, 1).value, ==, "XXXX-XX-XXT10:00");
  g_assert_cmpfloat (g_array_index (all, KutipDateMatch, 0).confidence, <,
                     KUTIP_DATE_CONFIDENCE_ANCHORED);
}

/* Every prefix of a text full of dates: no read past the end, every match
 * inside the prefix (run under the sanitizers in CI). */
static void
test_prefixes (void)
{
  const char *texts[] = {
    "JAKARTA, KOMPAS — Rabu (18/5/2022) pukul 10.00 WIB, 18 Mei 2021, tahun 1990-an, "
    "abad ke-21, Jumat pekan depan, awal bulan ini, 2 tahun lalu, tadi malam, (21/2), "
    "kuartal pertama 2008, 22 - 25 Januari 2013, akhir pekan lalu, Jum'at.",
    "WASHINGTON, May 18, 2021 — At 10 p.m. Wednesday, the third quarter, the 1990s, "
    "Jan. 5, two years ago, fiscal 1997, the year-ago quarter, this year's first half, "
    "nineteen ninety-six, the 20th century, 7:15 p.m. EST, year's end.",
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      gsize len = strlen (texts[t]);

      for (gsize n = 0; n <= len; n++)
        {
          char *copy = g_memdup2 (texts[t], n);  /* exact size: no NUL after it */
          g_autoptr(GArray) matches = kutip_date_finder_find (copy, n, t == 0 ? "id" : "en", NULL);

          for (guint k = 0; k < matches->len; k++)
            {
              KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);

              g_assert_cmpuint (m->start, <, m->end);
              g_assert_cmpuint (m->end, <=, n);
              g_assert_nonnull (m->value);
            }
          g_free (copy);
        }
    }
}

static void
test_detect_lang (void)
{
  const char *id = "Presiden mengatakan bahwa pemerintah akan menambah anggaran untuk daerah itu.";
  const char *en = "The president said that the government will add money for the region.";

  /* The engine's one detector (kutip-language.h) picks the date rules. */
  g_assert_cmpstr (kutip_detect_language (id, strlen (id)), ==, "id");
  g_assert_cmpstr (kutip_detect_language (en, strlen (en)), ==, "en");
  /* Detected when not given: "Mei" is a month only in Indonesian. */
  check (NULL, PUB_ID, "Presiden mengatakan bahwa proyek itu dimulai 3 Mei 2020 di Bandung.",
         "3 Mei 2020", "2020-05-03");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/date-finder/id/day-and-numeric", test_id_day_and_numeric);
  g_test_add_func ("/kutip/date-finder/id/calendar", test_id_calendar);
  g_test_add_func ("/kutip/date-finder/id/relative", test_id_relative);
  g_test_add_func ("/kutip/date-finder/id/tables", test_id_tables);
  g_test_add_func ("/kutip/date-finder/id/unknown-parts", test_id_unknown_parts);
  g_test_add_func ("/kutip/date-finder/id/dateline", test_id_dateline);
  g_test_add_func ("/kutip/date-finder/id/boundaries", test_id_boundaries);
  g_test_add_func ("/kutip/date-finder/en/rules", test_en_rules);
  g_test_add_func ("/kutip/date-finder/en/tables", test_en_tables);
  g_test_add_func ("/kutip/date-finder/en/unknown-parts", test_en_unknown_parts);
  g_test_add_func ("/kutip/date-finder/min-confidence", test_min_confidence);
  g_test_add_func ("/kutip/date-finder/prefixes", test_prefixes);
  g_test_add_func ("/kutip/date-finder/detect-lang", test_detect_lang);

  return g_test_run ();
}
