/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-id-private.h: Indonesian rule pieces shared by
 * kutip-date-rules-id.c (entry, days, numbers, clock times),
 * kutip-date-periods-id.c (units, modifiers, relative and anaphoric
 * expressions) and kutip-date-holidays-id.c (holidays). Each *_at function
 * returns the token index after what it matched, or 0. */
#pragma once

#include "kutip-date-private.h"

G_BEGIN_DECLS

typedef KutipDateCtx Ctx;

#define LEX(j, kind) kutip_date_is_lex (ctx, (j), (kind))
#define WORD(j, w)   kutip_date_is_word_len (ctx, (j), "" w, sizeof (w) - 1)
#define PUNCT(j, c)  kutip_date_is_punct (ctx, (j), (c))

/* The holidays of KUTIP_LEX_HOLIDAY (a lexicon value). */
typedef enum
{
  KUTIP_HOLIDAY_PREFIX = 0,  /* "idul": a name follows */
  KUTIP_HOLIDAY_IDUL_FITRI,  /* Lebaran, 1 Syawal */
  KUTIP_HOLIDAY_IDUL_ADHA,   /* 10 Zulhijah */
  KUTIP_HOLIDAY_HIJRI_NEW_YEAR, /* Tahun Baru Islam, 1 Muharam */
  KUTIP_HOLIDAY_IMLEK,
  KUTIP_HOLIDAY_NYEPI,
  KUTIP_HOLIDAY_WAISAK,
  KUTIP_HOLIDAY_NATAL,
  KUTIP_HOLIDAY_NEW_YEAR,    /* Tahun Baru, 1 January */
  KUTIP_HOLIDAY_EASTER,      /* Paskah */
  KUTIP_HOLIDAY_MUHARAM,     /* the month name of "1 Muharam" */
} KutipDateHoliday;

/* The first and last Gregorian year of the holiday tables. */
#define KUTIP_HOLIDAY_FIRST_YEAR 2000
#define KUTIP_HOLIDAY_LAST_YEAR  2035

static inline guint
kutip_date_id_skip_comma (const Ctx *ctx,
                          guint      j)
{
  return PUNCT (j, ',') ? j + 1 : j;
}

/* Does token @j open a sentence (or the text)? */
gboolean kutip_date_id_opens_sentence (const Ctx *ctx,
                                       guint      j);
/* A direction after a unit: lalu, yang lalu, silam, sebelumnya (-1); depan,
 * mendatang, berikutnya, yang akan datang, ke depan (+1); ini (0). */
guint    kutip_date_id_direction_after (const Ctx *ctx,
                                        guint      j,
                                        int       *dir);
/* A word that places a written date before or after publication: lalu,
 * silam, kemarin, yang lalu (-1); nanti, mendatang, yang akan datang (+1). */
guint    kutip_date_id_trailer_at (const Ctx *ctx,
                                   guint      j,
                                   int       *dir);
/* Moves a guessed year so that the date lies before (@dir < 0) or after
 * (@dir > 0) publication. */
void     kutip_date_id_place_year (const Ctx      *ctx,
                                   KutipDateParts *parts,
                                   int             dir);
/* Part of the day: pagi, siang, sore, petang, malam, "dini hari", "larut
 * malam", "tengah malam", "malam hari". */
guint    kutip_date_id_part_of_day_at (const Ctx *ctx,
                                       guint      j,
                                       int       *tod);
/* A unit word, "minggu" as a week included. */
int      kutip_date_id_unit_at (const Ctx *ctx,
                                guint      j);
/* The year and what may follow it: a decade ("1990-an", "2000 - an"), an
 * era ("480 SM"), "lalu", "nanti". A range ("2014 - 2019") is two dates:
 * it stops before the dash. */
guint    kutip_date_id_year_tail (const Ctx      *ctx,
                                  guint           j,
                                  int             year,
                                  KutipDateParts *parts);
/* Is the year at @i (or the "tahun" before it) the number of a law or a
 * document ("UU Nomor 22 Tahun 2009", "UUD 1945", "Perpres 12/2020")? */
gboolean kutip_date_id_is_reference_year (const Ctx *ctx,
                                          guint      i);
/* Is a duration or a set written before token @i ("selama", "setiap")? */
gboolean kutip_date_id_duration_before (const Ctx *ctx,
                                        guint      i);
/* The date a reference back ("tahun sebelumnya", "dua hari kemudian")
 * counts from: the last date of the right precision within a few
 * sentences, else the publication date. FALSE when there is neither. */
gboolean kutip_date_id_anchor (const Ctx    *ctx,
                               guint         i,
                               KutipDateUnit unit,
                               GDate        *anchor);

/* kutip-date-periods-id.c */
gboolean kutip_date_id_unit_rule    (const Ctx    *ctx,
                                     guint         i,
                                     KutipDateHit *hit);
gboolean kutip_date_id_mod_rule     (const Ctx    *ctx,
                                     guint         i,
                                     KutipDateHit *hit);
gboolean kutip_date_id_deictic_rule (const Ctx    *ctx,
                                     guint         i,
                                     KutipDateHit *hit);
gboolean kutip_date_id_phrase_rule  (const Ctx    *ctx,
                                     guint         i,
                                     KutipDateHit *hit);
gboolean kutip_date_id_relative_rule (const Ctx    *ctx,
                                      guint         i,
                                      KutipDateHit *hit);
guint    kutip_date_id_period_at    (const Ctx      *ctx,
                                     guint           j,
                                     KutipDateParts *parts,
                                     const char    **rule);

/* kutip-date-holidays-id.c */
gboolean kutip_date_id_holiday_rule (const Ctx    *ctx,
                                     guint         i,
                                     KutipDateHit *hit);
/* The date of @holiday in Gregorian @year (the first, when it falls twice);
 * FALSE outside the tables. */
gboolean kutip_date_holiday_in_year (KutipDateHoliday holiday,
                                     int              year,
                                     GDate           *date);

G_END_DECLS
