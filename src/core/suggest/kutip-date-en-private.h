/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-en-private.h: English phrase pieces shared by
 * kutip-date-phrases-en.c and kutip-date-rules-en.c. Each *_at function
 * returns the token index after what it matched, or 0. */
#pragma once

#include "kutip-date-private.h"

G_BEGIN_DECLS

typedef KutipDateCtx Ctx;

#define LEX(j, kind) kutip_date_is_lex (ctx, (j), (kind))
#define WORD(j, w)   kutip_date_is_word_len (ctx, (j), "" w, sizeof (w) - 1)
#define PUNCT(j, c)  kutip_date_is_punct (ctx, (j), (c))
#define UNIT_AT(j)   kutip_date_en_unit_at (ctx, (j))

int      kutip_date_en_pub_year (const Ctx *ctx);
int      kutip_date_en_pub_quarter (const Ctx *ctx);
int      kutip_date_en_last_quarter (const Ctx *ctx);
int      kutip_date_en_year_from_pub (const Ctx *ctx,
                                      int       shift);
int      kutip_date_en_unit_at (const Ctx *ctx,
                                guint     j);
gboolean kutip_date_en_future_cue_before (const Ctx *ctx,
                                          guint     i);
guint    kutip_date_en_ampm_at (const Ctx *ctx,
                                guint     j,
                                gboolean  *pm);
guint    kutip_date_en_ordinal_at (const Ctx *ctx,
                                   guint     j,
                                   int       *n);
guint    kutip_date_en_year_words_at (const Ctx *ctx,
                                      guint     j,
                                      int       *year);
guint    kutip_date_en_year_at (const Ctx *ctx,
                                guint     j,
                                int       *year);
guint    kutip_date_en_month_at (const Ctx *ctx,
                                 guint     j,
                                 int       *month);
guint    kutip_date_en_calendar_at (const Ctx      *ctx,
                                    guint          j,
                                    KutipDateParts *parts,
                                    gboolean       month_alone);
guint    kutip_date_en_weekday_at (const Ctx      *ctx,
                                   guint          j,
                                   KutipDateParts *parts,
                                   int            direction);
guint    kutip_date_en_day_at (const Ctx      *ctx,
                               guint          j,
                               KutipDateParts *parts);
void     kutip_date_en_set_quarter (const Ctx      *ctx,
                                    KutipDateParts *parts,
                                    int            quarter,
                                    int            year);
guint    kutip_date_en_quarter_at (const Ctx      *ctx,
                                   guint          j,
                                   KutipDateParts *parts);
gboolean kutip_date_en_quarter_context (const Ctx *ctx,
                                        guint     i);
guint    kutip_date_en_year_ago_at (const Ctx *ctx,
                                    guint     j);
guint    kutip_date_en_period_phrase_at (const Ctx      *ctx,
                                         guint          j,
                                         KutipDateParts *parts,
                                         const char     **rule);

G_END_DECLS
