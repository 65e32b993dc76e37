/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-date-finder-id.c: Indonesian dates as the annotation guidelines
 * want them: part of the day in span and value, what stays outside the
 * span, anchored relative expressions, modifiers, holidays, quarters,
 * decades, vague references, ranges as two dates, references back to a
 * date given before, stories joined in one text, and what is not a date. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kutip-date-finder.h"

/* Tuesday 8 March 2022 (ISO week 10). */
#define PUB "2022-03-08"

static GDate *
make_date (const char *iso)
{
  int y, m, d;

  if (iso == NULL)
    return NULL;
  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_new_dmy (d, m, y);
}

static char *
describe (const char *text,
          GArray     *matches)
{
  GString *got = g_string_new (NULL);

  for (guint k = 0; k < matches->len; k++)
    {
      KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);

      g_string_append_printf (got, " [%.*s]=%s", (int) (m->end - m->start), text + m->start,
                              m->value);
    }
  return g_string_free (got, FALSE);
}

/* Finds @span (its @nth occurrence, from 0) in @text as one whole match
 * with TIMEX3 @value. */
static void
check_nth (const char *published,
           const char *text,
           const char *span,
           guint       nth,
           const char *value)
{
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GDate) pub = make_date (published);
  const char *at = strstr (text, span);

  for (guint n = 0; n < nth && at != NULL; n++)
    at = strstr (at + 1, span);
  g_assert_nonnull (at);
  matches = kutip_date_finder_find (text, strlen (text), "id", pub);
  for (guint k = 0; k < matches->len; k++)
    {
      KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);

      if (m->start == (gsize) (at - text) && m->end == (gsize) (at - text) + strlen (span))
        {
          if (g_strcmp0 (m->value, value) != 0)
            g_error ("\"%s\" in \"%s\": value %s, expected %s (rule %s)", span, text, m->value,
                     value, m->rule);
          return;
        }
    }
  g_error ("\"%s\" not found as one date in \"%s\"; found:%s", span, text,
           describe (text, matches));
}

static void
check (const char *text,
       const char *span,
       const char *value)
{
  check_nth (PUB, text, span, 0, value);
}

/* @text holds exactly the dates @spans (NULL-terminated), in order. */
static void
check_only (const char         *text,
            const char * const *spans)
{
  g_autoptr(GDate) pub = make_date (PUB);
  g_autoptr(GArray) matches = kutip_date_finder_find (text, strlen (text), "id", pub);
  g_autofree char *got = describe (text, matches);
  guint n = g_strv_length ((char **) spans);

  if (matches->len != n)
    g_error ("\"%s\": expected %u dates, found:%s", text, n, got);
  for (guint k = 0; k < n; k++)
    {
      KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, k);

      if (strlen (spans[k]) != m->end - m->start ||
          strncmp (text + m->start, spans[k], m->end - m->start) != 0)
        g_error ("\"%s\": date %u should be \"%s\"; found:%s", text, k, spans[k], got);
    }
}

static void
check_none (const char *text)
{
  static const char * const none[] = { NULL };

  check_only (text, none);
}

static void
test_part_of_day (void)
{
  check ("Kejadian itu pada Minggu (6/3/2022) malam di Bekasi.", "Minggu (6/3/2022) malam",
         "2022-03-06TNI");
  check ("Ia tiba Senin pagi.", "Senin pagi", "2022-03-07TMO");
  check ("Ia tiba Senin siang.", "Senin siang", "2022-03-07TMI");
  check ("Ia tiba Senin sore.", "Senin sore", "2022-03-07TAF");
  check ("Ia tiba Senin petang.", "Senin petang", "2022-03-07TEV");
  check ("Gempa terjadi Senin dini hari.", "Senin dini hari", "2022-03-07TMO");
  check ("Gempa terjadi Senin tengah malam.", "Senin tengah malam", "2022-03-07TNI");
  check ("Ia tiba Kamis (3/3) siang hari.", "Kamis (3/3) siang hari", "2022-03-03TMI");
  check ("Rapat digelar 6 Maret 2022 malam.", "6 Maret 2022 malam", "2022-03-06TNI");
  check ("Rapat digelar Senin malam, 7 Maret 2022.", "Senin malam, 7 Maret 2022",
         "2022-03-07TNI");
  check ("Ia pulang kemarin sore.", "kemarin sore", "2022-03-07TAF");
  check ("Api padam pukul 02.00 dini hari.", "pukul 02.00 dini hari", "2022-03-08T02:00");
  check ("Api padam pukul 7 malam.", "pukul 7 malam", "2022-03-08T19:00");
  check ("Gempa terjadi dini hari tadi.", "dini hari tadi", "2022-03-08TMO");
}

static void
test_span_edges (void)
{
  static const char * const around[] = { "pukul 10.00 WIB", "Senin (7/3)", NULL };
  static const char * const around2[] = { "2021", NULL };

  /* "sekitar" and "pada" stay outside; "tanggal" and a day name with its
   * written date are one span. */
  check_only ("Ia tiba sekitar pukul 10.00 WIB pada Senin (7/3).", around);
  check ("Acara digelar pada tanggal 23 Januari 2022 di Solo.", "tanggal 23 Januari 2022",
         "2022-01-23");
  check_nth ("2022-03-01", "Sidang digelar Jumat nanti, 4 Maret 2022.",
             "Jumat nanti, 4 Maret 2022", 0, "2022-03-04");
  check ("Sidang digelar Rabu (2/3) lalu.", "Rabu (2/3) lalu", "2022-03-02");
  /* "Selasa lalu" is before a Tuesday's report, "Selasa kemarin" may be it. */
  check ("Ia diperiksa Selasa lalu.", "Selasa lalu", "2022-03-01");
  check ("Ia diperiksa Selasa kemarin.", "Selasa kemarin", "2022-03-08");
  check ("Ia diperiksa Senin kemarin.", "Senin kemarin", "2022-03-07");
  /* A few days after a publication date that lags is still this year's. */
  check ("Kereta padat pada 12 Maret lalu.", "12 Maret lalu", "2022-03-12");
  check ("Kereta padat pada 12 Mei lalu.", "12 Mei lalu", "2021-05-12");
  check ("Pemungutan suara pada 9 Desember nanti.", "9 Desember nanti", "2022-12-09");
  check ("Film itu dirilis 23 Februari kemarin.", "23 Februari kemarin", "2022-02-23");
  check ("Rute ditambah pada tahun 2023 nanti.", "tahun 2023 nanti", "2023");
  check ("Pada 2022 ini harga naik.", "2022 ini", "2022");
  check ("Batas waktunya pukul 13.00 waktu setempat.", "pukul 13.00 waktu setempat",
         "2022-03-08T13:00");
  /* A relative day with its written date: the written date counts. */
  check ("Presiden datang kemarin (6/3).", "kemarin (6/3)", "2022-03-06");
  check ("Sidang digelar hari ini (8/3/2022).", "hari ini (8/3/2022)", "2022-03-08");
  /* "Selama 2021": the year only. */
  check_only ("Selama 2021 ia bekerja di sana.", around2);
  /* A written date beats a day name that does not match it: 6 March 2022
   * was a Sunday. */
  check ("Rapat itu digelar Senin (6/3/2022).", "Senin (6/3/2022)", "2022-03-06");
}

static void
test_anchored_relative (void)
{
  check ("Ia meninggal tiga pekan lalu.", "tiga pekan lalu", "2022-W07");
  check ("Delapan tahun lalu ia menikah.", "Delapan tahun lalu", "2014");
  check ("Pemilu tinggal 75 hari lagi.", "75 hari lagi", "2022-05-22");
  check ("Ia pindah dua bulan silam.", "dua bulan silam", "2022-01");
  check ("Ia ditahan sepekan lalu.", "sepekan lalu", "2022-W09");
  check ("Izin itu habis setahun yang lalu.", "setahun yang lalu", "2021");
  check ("Rapat digelar hingga dua tahun ke depan.", "dua tahun ke depan", "2024");
  check ("Ia datang belum lama ini.", "belum lama ini", "PAST_REF");
  check ("Hal itu terjadi beberapa waktu lalu.", "beberapa waktu lalu", "PAST_REF");
  check ("Saya harap ke depannya lebih baik.", "ke depannya", "FUTURE_REF");
  check ("Ke depan, kami akan menambah armada.", "Ke depan", "FUTURE_REF");
  check ("Anggaran itu bersumber dari APBD tahun berjalan.", "tahun berjalan", "2022");
}

static void
test_modifiers (void)
{
  check ("Harga naik sejak awal Maret.", "awal Maret", "2022-03");
  check ("Harga naik pada akhir Februari.", "akhir Februari", "2022-02");
  check ("Harga naik pertengahan Januari lalu.", "pertengahan Januari lalu", "2022-01");
  check ("Rencana ini dibahas sejak awal tahun.", "awal tahun", "2022");
  check ("Proyek selesai akhir tahun depan.", "akhir tahun depan", "2023");
  check ("Gaji cair akhir bulan.", "akhir bulan", "2022-03");
  check ("Musik itu populer pada akhir 1990-an.", "akhir 1990-an", "199");
  check ("Tren itu muncul awal 80-an.", "awal 80-an", "198");
}

static void
test_holidays (void)
{
  check ("Mudik Lebaran 2022 diperkirakan ramai.", "Lebaran 2022", "2022-05-02");
  check ("Harga naik menjelang Imlek tahun depan.", "Imlek tahun depan", "2023-01-22");
  check ("Umat merayakan Idul Fitri 1443 H di rumah.", "Idul Fitri 1443 H", "2022-05-02");
  check ("Umat merayakan Hari Raya Idul Adha 2022.", "Hari Raya Idul Adha 2022", "2022-07-10");
  check ("Libur Iduladha 2021 dipangkas.", "Iduladha 2021", "2021-07-20");
  check ("Peringatan Tahun Baru Islam 2022 sederhana.", "Tahun Baru Islam 2022", "2022-07-30");
  check ("Perayaan 1 Muharam 1444 H digelar.", "1 Muharam 1444 H", "2022-07-30");
  check ("Jalan ramai saat Tahun Baru Imlek 2020.", "Tahun Baru Imlek 2020", "2020-01-25");
  check ("Bali sepi saat Nyepi 2022.", "Nyepi 2022", "2022-03-03");
  check ("Bali sepi saat Nyepi Saka 1944.", "Nyepi Saka 1944", "2022-03-03");
  check ("Warga merayakan Imlek 2573 di Glodok.", "Imlek 2573", "2022-02-01");
  check ("Umat Buddha merayakan Waisak 2022 di Borobudur.", "Waisak 2022", "2022-05-16");
  check ("Gereja penuh pada Natal 2021.", "Natal 2021", "2021-12-25");
  check ("Gereja penuh pada Paskah 2022.", "Paskah 2022", "2022-04-17");
  check ("Pesta digelar saat Tahun Baru 2022.", "Tahun Baru 2022", "2022-01-01");
  check ("Bandara ramai pada Natal tahun lalu.", "Natal tahun lalu", "2021-12-25");
  check ("Ia pulang saat Lebaran lalu.", "Lebaran lalu", "2021-05-13");
  check ("Puncak arus mudik terjadi pada H-3 Lebaran.", "H-3 Lebaran", "2022-04-29");
  check ("Mudik Lebaran Haji 2023 ramai.", "Lebaran Haji 2023", "2023-06-29");
  /* Outside the tables the year is still known. */
  check ("Tradisi itu sudah ada sejak Lebaran 1990.", "Lebaran 1990", "1990");
  /* A bare name is a date only where it places this year's event. */
  check ("Menjelang Lebaran, harga daging naik.", "Lebaran", "2022-05-02");
  check ("Harga turun setelah Imlek.", "Imlek", "2022-02-01");
  check_nth ("2021-01-10", "Warga bepergian saat libur Natal dan Tahun Baru.", "Natal", 0,
             "2020-12-25");
  check ("Imbauan saat Pergantian Tahun Baru 2020/2021 dikeluarkan.", "Tahun Baru 2020/2021",
         "2021-01-01");
  check_none ("Tradisi mudik Lebaran sudah lama ada.");
  check_none ("Ia lahir di Mandailing Natal.");
  /* There the year alone is the date, as in any event's name. */
  check ("Pilkada Mandailing Natal 2020 digelar.", "2020", "2020");
  check ("Festival Lebaran Betawi 2019 meriah.", "2019", "2019");
  /* "deteksi dini" (early detection) starts "hari ini", not at dawn. */
  check ("Program deteksi dini hari ini dimulai.", "hari ini", "2022-03-08");
  check ("Jemaat hadir pada Misa Natal 2021.", "Natal 2021", "2021-12-25");
}

static void
test_holiday_tables (void)
{
  /* Well-known dates of each table, and both ends of its years. */
  static const struct { const char *text; const char *span; const char *value; } known[] = {
    { "Saat Lebaran 2000 ramai.", "Lebaran 2000", "2000-01-08" },
    { "Saat Lebaran 2020 sepi.", "Lebaran 2020", "2020-05-24" },
    { "Saat Lebaran 2024 ramai.", "Lebaran 2024", "2024-04-10" },
    { "Saat Lebaran 2035 ramai.", "Lebaran 2035", "2035-12-01" },
    { "Saat Idul Adha 2023 ramai.", "Idul Adha 2023", "2023-06-29" },
    { "Saat Imlek 2000 ramai.", "Imlek 2000", "2000-02-05" },
    { "Saat Imlek 2024 ramai.", "Imlek 2024", "2024-02-10" },
    { "Saat Imlek 2035 ramai.", "Imlek 2035", "2035-02-08" },
    { "Saat Nyepi 2023 sepi.", "Nyepi 2023", "2023-03-22" },
    { "Saat Waisak 2023 ramai.", "Waisak 2023", "2023-06-04" },
    { "Saat Paskah 2024 ramai.", "Paskah 2024", "2024-03-31" },
    { "Saat Tahun Baru Islam 2024 ramai.", "Tahun Baru Islam 2024", "2024-07-07" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (known); k++)
    check (known[k].text, known[k].span, known[k].value);
}

static void
test_quarters_and_decades (void)
{
  check_nth ("2021-06-08", "Vaksin diproduksi pada triwulan satu 2021.", "triwulan satu 2021",
             0, "2021-Q1");
  check_nth ("2021-06-08", "Vaksin diproduksi pada triwulan empat 2021.",
             "triwulan empat 2021", 0, "2021-Q4");
  check ("Ekonomi tumbuh pada kuartal kedua.", "kuartal kedua", "2022-Q2");
  check ("Ekonomi tumbuh pada kuartal I/2021.", "kuartal I/2021", "2021-Q1");
  check ("Ekonomi tumbuh pada paruh pertama 2021.", "paruh pertama 2021", "2021-H1");
  check ("Ekonomi tumbuh pada kuartal III tahun lalu.", "kuartal III tahun lalu", "2021-Q3");
  check ("Musik tahun 1990-an kembali populer.", "tahun 1990-an", "199");
  check ("Digitalisasi dimulai sejak tahun 2000 - an.", "tahun 2000 - an", "200");
  check ("Lagu era 90-an diputar.", "90-an", "199");
}

static void
test_ranges (void)
{
  static const char * const clock[] = { "pukul 17.00", "24.00", NULL };
  static const char * const months[] = { "Februari", "Maret ini", NULL };
  static const char * const days[] = { "4", "6 September", NULL };
  static const char * const years[] = { "tahun 2018", "2019", NULL };
  static const char * const bc[] = { "tahun 580", "480 sebelum Masehi", NULL };

  check_only ("Toko buka pukul 17.00-24.00.", clock);
  check ("Toko buka pukul 17.00-24.00.", "24.00", "2022-03-08T24:00");
  check_only ("Diskon berlaku Februari hingga Maret ini.", months);
  check ("Diskon berlaku Februari hingga Maret ini.", "Februari", "2022-02");
  check_only ("Pendaftaran dibuka 4 - 6 September.", days);
  check ("Pendaftaran dibuka 4 - 6 September.", "4", "2022-09-04");
  check_only ("Dana APBN tahun 2018 - 2019 cair.", years);
  check ("Kampanye 30 November hingga 3 Desember 2014.", "30 November", "2014-11-30");
  check ("Mal tutup tanggal 24 - 27 Desember 2020.", "tanggal 24", "2020-12-24");
  check ("Data September - Desember 2013 dirilis.", "September", "2013-09");
  check ("Data November - Februari 2014 dirilis.", "November", "2013-11");
  check_only ("Ia hidup tahun 580 - 480 sebelum Masehi.", bc);
  check ("Ia hidup tahun 580 - 480 sebelum Masehi.", "tahun 580", "BC0580");
  /* A season or school year is one. */
  check ("Musim 2021/2022 dimulai.", "2021/2022", "2021");
}

static void
test_event_names (void)
{
  check ("Persiapan Pemilu 2024 dimulai.", "2024", "2024");
  check ("Pilkada 2020 digelar serentak.", "2020", "2020");
}

static void
test_references_back (void)
{
  const char *text = "Ia ditangkap Senin (2/11/2020). Sehari kemudian ia dilepas. "
                     "Keesokan harinya ia kabur, dan dua hari sebelumnya ia menulis surat.";

  check ("Pada 2019 angka naik, tahun sebelumnya turun.", "tahun sebelumnya", "2018");
  check ("Pada 2019 ia pindah. Pada tahun yang sama ia menikah.", "tahun yang sama", "2019");
  check ("Pada 2019 ia pindah, dan dua tahun kemudian menikah.", "dua tahun kemudian", "2021");
  check (text, "Sehari kemudian", "2020-11-03");
  check (text, "Keesokan harinya", "2020-11-04");
  check (text, "dua hari sebelumnya", "2020-11-02");
  /* Without a date before, they count from publication; so they do when
   * the date lies far back (here 2,500 words without a sentence end). */
  check ("Angka ini naik dibanding tahun sebelumnya.", "tahun sebelumnya", "2021");
  {
    GString *far = g_string_new ("Pada 2019 angka naik");

    for (int k = 0; k < 2500; k++)
      g_string_append (far, " dan naik");
    g_string_append (far, " dibanding tahun sebelumnya.");
    check (far->str, "tahun sebelumnya", "2021");
    g_string_free (far, TRUE);
  }
  /* A clock time takes the day of the date written right after it, or of
   * the date before it in its sentence. */
  check ("Batasnya pukul 00.00 waktu setempat pada 6 Desember 2020.",
         "pukul 00.00 waktu setempat", "2020-12-06T00:00");
  check ("Ia tiba pukul 10.00 WIB, Senin (7/2/2022).", "pukul 10.00 WIB", "2022-02-07T10:00");
  check ("Kejadian itu Senin (2/11/2020) pukul 10.00 WIB. Polisi tiba pukul 11.00 WIB.",
         "pukul 10.00 WIB", "2020-11-02T10:00");
  check ("Kejadian itu Senin (2/11/2020) pukul 10.00 WIB. Polisi tiba pukul 11.00 WIB.",
         "pukul 11.00 WIB", "2022-03-08T11:00");
}

static void
test_joined_stories (void)
{
  /* A second dateline starts a story with its own date: its relative
   * dates count from that date, the first story's from publication. */
  const char *text = "JAKARTA, KOMPAS — Rapat digelar Senin (16/11/2020). Ia datang kemarin. "
                     "BANDAR LAMPUNG, KOMPAS – KPU menghitung suara pada Senin (14/12/2020). "
                     "Hasilnya diumumkan kemarin.";

  check_nth ("2020-11-16", text, "kemarin", 0, "2020-11-15");
  check_nth ("2020-11-16", text, "kemarin", 1, "2020-12-13");
  check_nth ("2020-11-16", text, "Senin (14/12/2020)", 0, "2020-12-14");
  text = "Rapat digelar Senin (16/11/2020). JAKARTA, KOMPAS.com - Sidang digelar "
         "Jumat (4/12/2020). Putusan dibacakan besok.";
  check_nth ("2020-11-16", text, "besok", 0, "2020-12-05");
  /* Capitals that are no dateline do not start a story. */
  text = "Rapat digelar Senin (16/11/2020). KPU, BAWASLU - dan DKPP - hadir Jumat (4/12/2020). "
         "Putusan dibacakan besok.";
  check_nth ("2020-11-16", text, "besok", 0, "2020-11-17");
}

static void
test_not_dates (void)
{
  check_none ("Saat itu, kala itu, kali ini, sebelumnya, selama ini, dan nanti ia bicara.");
  check_none ("Saat ini dan sekarang, kini semua berubah.");
  /* Durations, frequencies and sets, ages. */
  check_none ("Ia dirawat tiga bulan dan 40 hari di sana.");
  check_none ("Obat diminum setiap hari, tiap Senin dan setiap akhir pekan.");
  check_none ("KPU memberikan waktu selama tujuh hari ke depan.");
  check_none ("Dalam lima tahun mendatang tidak ada perubahan.");
  check_none ("Harga naik dalam sepekan terakhir.");
  check_none ("Anak berusia 12 tahun itu dirawat.");
  /* Years in the numbers of laws and units. */
  check_none ("Ia dijerat UU Nomor 22 Tahun 2009 dan Undang-Undang Dasar 1945.");
  check_none ("Aturan itu merujuk Inpres 6 Tahun 2020 dan PP 21 Tahun 2020.");
  check_none ("Kapolres dan Dandim 1715/ Yahukimo hadir.");
  check_none ("Setiap 17 Agustus kami adakan lomba.");
  check_none ("Kantor tutup tiap hari Minggu.");
  check_none ("Hanya saja, tiga bulan berikutnya bantuan berkurang.");
  /* A title in capitals is not "today". */
  check_none ("Film Nanti Kita Cerita Tentang Hari Ini diputar.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kutip/date-finder-id/part-of-day", test_part_of_day);
  g_test_add_func ("/kutip/date-finder-id/span-edges", test_span_edges);
  g_test_add_func ("/kutip/date-finder-id/anchored-relative", test_anchored_relative);
  g_test_add_func ("/kutip/date-finder-id/modifiers", test_modifiers);
  g_test_add_func ("/kutip/date-finder-id/holidays", test_holidays);
  g_test_add_func ("/kutip/date-finder-id/holiday-tables", test_holiday_tables);
  g_test_add_func ("/kutip/date-finder-id/quarters-and-decades", test_quarters_and_decades);
  g_test_add_func ("/kutip/date-finder-id/ranges", test_ranges);
  g_test_add_func ("/kutip/date-finder-id/event-names", test_event_names);
  g_test_add_func ("/kutip/date-finder-id/references-back", test_references_back);
  g_test_add_func ("/kutip/date-finder-id/joined-stories", test_joined_stories);
  g_test_add_func ("/kutip/date-finder-id/not-dates", test_not_dates);
  return g_test_run ();
}
