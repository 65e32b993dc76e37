/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-json-check.h: the one way Kutip hands foreign JSON to json-glib:
 * a fast scan first refuses what json-glib would crash on or read wrongly
 * (deep nesting, bad escapes, NUL, whole numbers past 64 bits). */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Every JSON reader in Kutip refuses nesting deeper than this: json-glib
 * recurses once per level and a few hundred KB of "[[[[" overflow the
 * stack. Real files nest a handful of levels. */
#define KUTIP_JSON_MAX_DEPTH 512

gboolean  kutip_json_check (const char  *data,
                            gsize        n_bytes,
                            const char  *where,
                            GError     **error);
JsonNode *kutip_json_parse (const char  *data,
                            gsize        n_bytes,
                            const char  *where,
                            GError     **error);

G_END_DECLS
