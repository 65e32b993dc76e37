/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-store-private.h: pieces shared by the Kutip JSON reader and writer. */
#pragma once

#include "kutip-store.h"

G_BEGIN_DECLS

/* The document has one JsonObject of unknown members; unknown members of
 * "metadata" are kept in it under this key (a top-level "metadata" member
 * is always known, so it can never clash with a real unknown member). */
#define KUTIP_STORE_METADATA_EXTRA "metadata"

void _kutip_store_append_json_node (GString  *out,
                                    JsonNode *node,
                                    int       indent);
void _kutip_store_append_string    (GString    *out,
                                    const char *str,
                                    gsize       len);

/* Re-anchoring: the occurrence of @needle nearest to code point @near. */
gboolean _kutip_store_find_nearest (KutipText  *text,
                                    const char *needle,
                                    guint       near,
                                    guint      *found);

/* Asks the kernel to back a big buffer with huge pages: touching 60 MB of
 * fresh 4 KB pages costs about 0.2 s of page faults on a virtual machine,
 * with 2 MB pages almost nothing. A no-op where unsupported. */
void     _kutip_store_advise_huge   (gpointer    buffer,
                                     gsize       size);

G_END_DECLS
