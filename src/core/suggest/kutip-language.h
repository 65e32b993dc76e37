/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language.h: language detection shared by the suggestion engine. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "id" or "en" (static strings), from function-word counts in the first
 * few thousand words; "id" when nothing decides. */
const char *kutip_detect_language (const char *utf8,
                                   gsize       n_bytes);

G_END_DECLS
