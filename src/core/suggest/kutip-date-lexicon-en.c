/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-lexicon-en.c: English words of time expressions: day and month
 * names, abbreviations, number words, units and relative words. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-private.h"

/* English month names are dates only when capitalised ("May" vs "may"). */
#define M(w, v)  { w, KUTIP_LEX_MONTH, v, KUTIP_LEXF_CAP_ONLY }
#define MA(w, v) { w, KUTIP_LEX_MONTH_ABBR, v, KUTIP_LEXF_CAP_ONLY }
#define WD(w, v) { w, KUTIP_LEX_WEEKDAY, v, 0 }
#define N(w, v)  { w, KUTIP_LEX_NUMBER, v, 0 }
#define O(w, v)  { w, KUTIP_LEX_ORDINAL, v, 0 }
#define U(w, v)  { w, KUTIP_LEX_UNIT, v, 0 }
#define K(w, k, v) { w, k, v, 0 }

static const KutipDateLex en_entries[] = {
  M ("january", 1), M ("february", 2), M ("april", 4), M ("june", 6),
  M ("july", 7), M ("august", 8), M ("september", 9), M ("october", 10),
  M ("november", 11), M ("december", 12),
  { "may", KUTIP_LEX_MONTH, 5, KUTIP_LEXF_CAP_ONLY | KUTIP_LEXF_AMBIGUOUS },
  { "march", KUTIP_LEX_MONTH, 3, KUTIP_LEXF_CAP_ONLY | KUTIP_LEXF_AMBIGUOUS },
  MA ("jan", 1), MA ("feb", 2), MA ("mar", 3), MA ("apr", 4), MA ("jun", 6),
  MA ("jul", 7), MA ("aug", 8), MA ("sep", 9), MA ("sept", 9), MA ("oct", 10),
  MA ("nov", 11), MA ("dec", 12),

  WD ("monday", 1), WD ("tuesday", 2), WD ("wednesday", 3), WD ("thursday", 4),
  WD ("friday", 5), WD ("saturday", 6), WD ("sunday", 7),

  N ("one", 1), N ("two", 2), N ("three", 3), N ("four", 4), N ("five", 5),
  N ("six", 6), N ("seven", 7), N ("eight", 8), N ("nine", 9), N ("ten", 10),
  N ("eleven", 11), N ("twelve", 12), N ("fifteen", 15), N ("twenty", 20),
  N ("thirty", 30), N ("fifty", 50), N ("hundred", 100),
  N ("forty", 40), N ("sixty", 60), N ("seventy", 70), N ("eighty", 80),
  N ("ninety", 90), N ("nineteen", 19),
  K ("twenties", KUTIP_LEX_DECADE_WORD, 2), K ("thirties", KUTIP_LEX_DECADE_WORD, 3),
  K ("forties", KUTIP_LEX_DECADE_WORD, 4), K ("fifties", KUTIP_LEX_DECADE_WORD, 5),
  K ("sixties", KUTIP_LEX_DECADE_WORD, 6), K ("seventies", KUTIP_LEX_DECADE_WORD, 7),
  K ("eighties", KUTIP_LEX_DECADE_WORD, 8), K ("nineties", KUTIP_LEX_DECADE_WORD, 9),
  N ("eighteen", 18), N ("thousand", 0),
  O ("first", 1), O ("second", 2), O ("third", 3), O ("fourth", 4),
  O ("fifth", 5), O ("sixth", 6), O ("seventh", 7), O ("eighth", 8), O ("ninth", 9),
  O ("tenth", 10), O ("latest", -1), O ("final", 4),

  U ("day", KUTIP_UNIT_DAY), U ("days", KUTIP_UNIT_DAY),
  U ("week", KUTIP_UNIT_WEEK), U ("weeks", KUTIP_UNIT_WEEK),
  U ("month", KUTIP_UNIT_MONTH), U ("months", KUTIP_UNIT_MONTH),
  U ("quarter", KUTIP_UNIT_QUARTER), U ("quarters", KUTIP_UNIT_QUARTER),
  U ("half", KUTIP_UNIT_HALF),
  U ("year", KUTIP_UNIT_YEAR), U ("years", KUTIP_UNIT_YEAR),
  U ("decade", KUTIP_UNIT_DECADE), U ("decades", KUTIP_UNIT_DECADE),
  U ("century", KUTIP_UNIT_CENTURY), U ("centuries", KUTIP_UNIT_CENTURY),
  U ("weekend", KUTIP_UNIT_WEEKEND),
  U ("hours", KUTIP_UNIT_HOUR), U ("hour", KUTIP_UNIT_HOUR),
  U ("minutes", KUTIP_UNIT_MINUTE),

  K ("last", KUTIP_LEX_PAST, 0), K ("past", KUTIP_LEX_PAST, 0),
  K ("previous", KUTIP_LEX_PAST, 0), K ("preceding", KUTIP_LEX_PAST, 0),
  K ("next", KUTIP_LEX_NEXT, 0), K ("coming", KUTIP_LEX_NEXT, 0),
  K ("following", KUTIP_LEX_NEXT, 0),
  K ("this", KUTIP_LEX_THIS, 0), K ("current", KUTIP_LEX_THIS, 1),
  K ("that", KUTIP_LEX_THIS, 2), K ("these", KUTIP_LEX_THIS, 3),
  K ("ago", KUTIP_LEX_AGO, 0), K ("earlier", KUTIP_LEX_AGO, 1),
  K ("before", KUTIP_LEX_AGO, 2),
  K ("later", KUTIP_LEX_LATER, 0),
  K ("yesterday", KUTIP_LEX_DEICTIC, 7), K ("today", KUTIP_LEX_DEICTIC, 8),
  K ("tomorrow", KUTIP_LEX_DEICTIC, 9), K ("tonight", KUTIP_LEX_DEICTIC, 8),

  K ("morning", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_MO),
  K ("afternoon", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_AF),
  K ("evening", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_EV),
  K ("night", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_NI),
  K ("overnight", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_NI),
  K ("noon", KUTIP_LEX_NOON, 12), K ("midday", KUTIP_LEX_NOON, 12),
  K ("midnight", KUTIP_LEX_NOON, 24),

  K ("early", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("beginning", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("mid", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("middle", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("late", KUTIP_LEX_MOD, KUTIP_MOD_END),
  K ("end", KUTIP_LEX_MOD, KUTIP_MOD_END),

  K ("fiscal", KUTIP_LEX_YEAR_WORD, 0),
  K ("est", KUTIP_LEX_ZONE, 0), K ("edt", KUTIP_LEX_ZONE, 0),
  K ("gmt", KUTIP_LEX_ZONE, 0), K ("utc", KUTIP_LEX_ZONE, 0),
  K ("pst", KUTIP_LEX_ZONE, 0), K ("pdt", KUTIP_LEX_ZONE, 0),

  K ("now", KUTIP_LEX_REF, KUTIP_REF_PRESENT),
  K ("currently", KUTIP_LEX_REF, KUTIP_REF_PRESENT),
  K ("nowadays", KUTIP_LEX_REF, KUTIP_REF_PRESENT),
  K ("recently", KUTIP_LEX_REF, KUTIP_REF_PAST),
  K ("recent", KUTIP_LEX_REF, -KUTIP_REF_PAST),
  K ("future", KUTIP_LEX_REF, -KUTIP_REF_FUTURE),
  K ("soon", KUTIP_LEX_REF, KUTIP_REF_FUTURE),

  K ("spring", KUTIP_LEX_SEASON, 1), K ("summer", KUTIP_LEX_SEASON, 2),
  K ("fall", KUTIP_LEX_SEASON, 3), K ("autumn", KUTIP_LEX_SEASON, 3),
  K ("winter", KUTIP_LEX_SEASON, 4),
  K ("to", KUTIP_LEX_RANGE, 0), K ("through", KUTIP_LEX_RANGE, 0),
  K ("bc", KUTIP_LEX_ERA, 1), K ("ad", KUTIP_LEX_ERA, 0),
  K ("several", KUTIP_LEX_VAGUE, 0), K ("few", KUTIP_LEX_VAGUE, 0),
  K ("couple", KUTIP_LEX_VAGUE, 0),
  K ("the", KUTIP_LEX_THE, 0), K ("a", KUTIP_LEX_THE, 1), K ("an", KUTIP_LEX_THE, 1),
  K ("of", KUTIP_LEX_FILLER, 0), K ("in", KUTIP_LEX_FILLER, 1),
};

const KutipDateLexicon *
kutip_date_lexicon_en (void)
{
  static KutipDateLexicon *lexicon;

  if (g_once_init_enter (&lexicon))
    g_once_init_leave (&lexicon,
                       kutip_date_lexicon_build (en_entries,
                                                 G_N_ELEMENTS (en_entries)));
  return lexicon;
}
