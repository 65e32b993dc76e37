/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-finder.h: finds time expressions (Indonesian, English) in plain
 * UTF-8 and normalises them to TimeML TIMEX3 values. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One time expression found in the text.
 *
 * @start and @end are BYTE offsets into the UTF-8 passed to the finder (end
 * exclusive); callers that need code points convert them, e.g. with
 * kutip_text_byte_to_offset(). @value is the TIMEX3 value relative to the
 * publication date ("2021-05-18", "2021-W20", "1998-Q3", "199", "PAST_REF",
 * "2021-05-18TMO", "2021-05-18T10:00"); parts that cannot be known without a
 * publication date stay unknown ("XXXX-05-18", "XXXX-WXX-3", "PAST_REF").
 * @rule is a static string naming the rule that matched (e.g.
 * "date-id-day-dm"), used as the suggestion's origin. @confidence is in
 * (0, 1]. */
typedef struct
{
  gsize       start;
  gsize       end;
  char       *value;
  const char *rule;
  double      confidence;
} KutipDateMatch;

void       kutip_date_match_clear        (KutipDateMatch *match);

/* Confidence tiers. Expressions that name a calendar point or period (a day
 * name, a date, a month, a year, a quarter, a clock time) score at least
 * KUTIP_DATE_CONFIDENCE_ANCHORED; relative and deictic ones ("kemarin",
 * "pekan lalu", "dua hari lalu", "besok") score below it. Annotation
 * schemes differ on the latter: TimeML tags them, NER corpora such as
 * NER-UGM do not. */
#define KUTIP_DATE_CONFIDENCE_ANCHORED 0.8

/* Returns: (transfer full): a GArray of KutipDateMatch in text order, not
 * overlapping, with a clear function set (g_array_unref() frees the values).
 * Every match is returned, whatever its confidence.
 *
 * @lang is a language code ("id", "en"); NULL, or a language Kutip has no
 * profile for, detects the language from the text (kutip-language.h).
 * @published is the document's publication date; when NULL, a full date in
 * the text's dateline (kutip_date_finder_find_dateline()) stands in for it,
 * and without one relative expressions keep their unknown parts. */
GArray    *kutip_date_finder_find        (const char     *utf8,
                                          gsize           n_bytes,
                                          const char     *lang,
                                          const GDate    *published);

/* Like kutip_date_finder_find(), keeping only matches whose confidence is
 * at least @min_confidence (e.g. KUTIP_DATE_CONFIDENCE_ANCHORED). */
GArray    *kutip_date_finder_find_full   (const char     *utf8,
                                          gsize           n_bytes,
                                          const char     *lang,
                                          const GDate    *published,
                                          double          min_confidence);

/* Looks for the report's own date near the start of the text, the way news
 * articles open: a complete date (day, month, year) in the first 100 bytes
 * ("WASHINGTON, May 18, 2021 —"), or one with its day name in the first 400
 * ("JAKARTA, KOMPAS.com — Presiden ..., Senin (21/2/2022), ..."). Returns
 * TRUE and sets @date when found. */
gboolean   kutip_date_finder_find_dateline (const char   *utf8,
                                            gsize         n_bytes,
                                            const char   *lang,
                                            GDate        *date);

G_END_DECLS
