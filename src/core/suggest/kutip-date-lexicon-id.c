/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-lexicon-id.c: Indonesian words of time expressions: day and
 * month names with their abbreviations, number words, units and relative
 * words. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-private.h"

#define M(w, v)  { w, KUTIP_LEX_MONTH, v, 0 }
#define MA(w, v) { w, KUTIP_LEX_MONTH_ABBR, v, 0 }
#define WD(w, v) { w, KUTIP_LEX_WEEKDAY, v, 0 }
#define N(w, v)  { w, KUTIP_LEX_NUMBER, v, 0 }
#define O(w, v)  { w, KUTIP_LEX_ORDINAL, v, 0 }
#define U(w, v)  { w, KUTIP_LEX_UNIT, v, 0 }
#define K(w, k, v) { w, k, v, 0 }

static const KutipDateLex id_entries[] = {
  M ("januari", 1), M ("februari", 2), M ("pebruari", 2), M ("maret", 3),
  M ("april", 4), M ("mei", 5), M ("juni", 6), M ("juli", 7), M ("agustus", 8),
  M ("september", 9), M ("oktober", 10), M ("november", 11), M ("nopember", 11),
  M ("desember", 12),
  MA ("jan", 1), MA ("feb", 2), MA ("peb", 2), MA ("mar", 3), MA ("apr", 4),
  MA ("jun", 6), MA ("jul", 7), MA ("agu", 8), MA ("agt", 8), MA ("ags", 8),
  MA ("agust", 8), MA ("sep", 9), MA ("sept", 9), MA ("okt", 10), MA ("nov", 11),
  MA ("nop", 11), MA ("des", 12),

  WD ("senin", 1), WD ("selasa", 2), WD ("rabu", 3), WD ("kamis", 4),
  WD ("jumat", 5), WD ("sabtu", 6), WD ("ahad", 7),
  /* "Minggu" is Sunday, "minggu lalu" is last week. */
  { "minggu", KUTIP_LEX_WEEKDAY, 7, KUTIP_LEXF_ALSO_UNIT },

  N ("satu", 1), N ("dua", 2), N ("tiga", 3), N ("empat", 4), N ("lima", 5),
  N ("enam", 6), N ("tujuh", 7), N ("delapan", 8), N ("sembilan", 9),
  N ("sepuluh", 10), N ("sebelas", 11), N ("seratus", 100),
  O ("pertama", 1), O ("kesatu", 1), O ("kedua", 2), O ("ketiga", 3),
  O ("keempat", 4), O ("terakhir", -1),

  U ("hari", KUTIP_UNIT_DAY), U ("pekan", KUTIP_UNIT_WEEK),
  U ("bulan", KUTIP_UNIT_MONTH), U ("tahun", KUTIP_UNIT_YEAR),
  U ("kuartal", KUTIP_UNIT_QUARTER), U ("triwulan", KUTIP_UNIT_QUARTER),
  U ("semester", KUTIP_UNIT_HALF), U ("dekade", KUTIP_UNIT_DECADE),
  U ("dasawarsa", KUTIP_UNIT_DECADE), U ("abad", KUTIP_UNIT_CENTURY),
  U ("waktu", KUTIP_UNIT_VAGUE), U ("menit", KUTIP_UNIT_MINUTE),
  /* One word that is a unit made from "se-" + unit: "sepekan lalu". */
  { "sehari", KUTIP_LEX_UNIT, KUTIP_UNIT_DAY, KUTIP_LEXF_AMBIGUOUS },
  { "sepekan", KUTIP_LEX_UNIT, KUTIP_UNIT_WEEK, KUTIP_LEXF_AMBIGUOUS },
  { "seminggu", KUTIP_LEX_UNIT, KUTIP_UNIT_WEEK, KUTIP_LEXF_AMBIGUOUS },
  { "sebulan", KUTIP_LEX_UNIT, KUTIP_UNIT_MONTH, KUTIP_LEXF_AMBIGUOUS },
  { "setahun", KUTIP_LEX_UNIT, KUTIP_UNIT_YEAR, KUTIP_LEXF_AMBIGUOUS },

  K ("lalu", KUTIP_LEX_PAST, 0), K ("sebelumnya", KUTIP_LEX_PAST, 0),
  K ("silam", KUTIP_LEX_AGO, 0),
  K ("depan", KUTIP_LEX_NEXT, 0), K ("mendatang", KUTIP_LEX_NEXT, 0),
  K ("berikutnya", KUTIP_LEX_NEXT, 0),
  K ("ini", KUTIP_LEX_THIS, 0),
  K ("kemarin", KUTIP_LEX_DEICTIC, 7), K ("kemaren", KUTIP_LEX_DEICTIC, 7),
  K ("besok", KUTIP_LEX_DEICTIC, 9), K ("esok", KUTIP_LEX_DEICTIC, 9),
  K ("lusa", KUTIP_LEX_DEICTIC, 10), K ("semalam", KUTIP_LEX_DEICTIC, 7),
  K ("kemudian", KUTIP_LEX_LATER, 0), K ("lagi", KUTIP_LEX_LATER, 0),

  K ("pagi", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_MO),
  K ("subuh", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_MO),
  K ("siang", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_AF),
  K ("sore", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_AF),
  K ("petang", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_EV),
  K ("malam", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_NI),

  K ("awal", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("permulaan", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("pertengahan", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("medio", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("akhir", KUTIP_LEX_MOD, KUTIP_MOD_END),
  K ("penghujung", KUTIP_LEX_MOD, KUTIP_MOD_END),

  K ("tanggal", KUTIP_LEX_DAY_WORD, 0), K ("tgl", KUTIP_LEX_DAY_WORD, 0),
  K ("pukul", KUTIP_LEX_CLOCK, 0), K ("jam", KUTIP_LEX_CLOCK, 0),
  K ("wib", KUTIP_LEX_ZONE, 0), K ("wita", KUTIP_LEX_ZONE, 0),
  K ("wit", KUTIP_LEX_ZONE, 0),

  K ("musim", KUTIP_LEX_SEASON, 0),
  K ("hingga", KUTIP_LEX_RANGE, 0), K ("sampai", KUTIP_LEX_RANGE, 0),
  K ("masehi", KUTIP_LEX_ERA, 0), K ("sm", KUTIP_LEX_ERA, 1),
  K ("beberapa", KUTIP_LEX_VAGUE, 0), K ("puluhan", KUTIP_LEX_VAGUE, 0),
  K ("yang", KUTIP_LEX_FILLER, 0), K ("tadi", KUTIP_LEX_FILLER, 1),
  K ("baru", KUTIP_LEX_FILLER, 4),
  K ("sebelum", KUTIP_LEX_FILLER, 5), K ("pada", KUTIP_LEX_FILLER, 6),
};

const KutipDateLexicon *
kutip_date_lexicon_id (void)
{
  static KutipDateLexicon *lexicon;

  if (g_once_init_enter (&lexicon))
    g_once_init_leave (&lexicon,
                               kutip_date_lexicon_build (id_entries,
                                                         G_N_ELEMENTS (id_entries)));
  return lexicon;
}
