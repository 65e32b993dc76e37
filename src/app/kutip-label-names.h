/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-label-names.h: display names for labels, statuses and origins. */
#pragma once

#include "kutip-document.h"

G_BEGIN_DECLS

/* Translated title of a label name ("speaker" -> "Speaker"). */
const char *kutip_label_display_name   (KutipSchema *schema,
                                        const char  *name);
const char *kutip_status_display_name  (KutipStatus  status);
/* CSS class "label-speaker", or "label-other" for project labels. */
const char *kutip_label_css_class      (const char  *name);
/* Validates a date value: ISO 8601 / TIMEX3 ("2021-05-18", "2021-W20",
 * "XXXX-05-18", "PAST_REF", "P3D", "2021-05-18T10:00"). */
gboolean    kutip_date_value_is_valid  (const char  *value);
/* @text on one line, cut to @max_chars with “…” (transfer full). */
char       *kutip_label_short_text     (const char  *text,
                                        guint        max_chars);

G_END_DECLS
