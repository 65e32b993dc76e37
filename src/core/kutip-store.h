/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-store.h: the Kutip JSON file: load with validation, atomic save,
 * and opening plain articles. See docs/format.md. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kutip-document.h"

G_BEGIN_DECLS

#define KUTIP_FORMAT_NAME    "kutip"
#define KUTIP_FORMAT_VERSION 1

typedef enum
{
  KUTIP_LOAD_DEFAULT  = 0,
  /* When the text hash no longer matches, move each annotation to where
   * its covered text is now (nearest occurrence) instead of failing. */
  KUTIP_LOAD_REANCHOR = 1 << 0,
} KutipLoadFlags;

KutipDocument *kutip_store_load_file     (const char      *path,
                                          KutipLoadFlags   flags,
                                          GError         **error);
KutipDocument *kutip_store_load_data     (const char      *data,
                                          gsize            n_bytes,
                                          const char      *where,
                                          KutipLoadFlags   flags,
                                          GError         **error);
KutipDocument *kutip_store_from_json     (JsonNode        *root,
                                          const char      *where,
                                          KutipLoadFlags   flags,
                                          GError         **error);
JsonNode      *kutip_store_to_json       (KutipDocument   *document);
char          *kutip_store_to_data       (KutipDocument   *document,
                                          gboolean         pretty,
                                          gsize           *n_bytes);
/* Atomic (temporary file beside it, fsync, rename; mode kept), through a
 * symlink, refusing a read-only file, under an advisory lock. */
gboolean       kutip_store_save_file     (KutipDocument   *document,
                                          const char      *path,
                                          GError         **error);

/* Opens .txt/.md (plain text; its ARTICLE.kutip.json is loaded instead when
 * it exists) or .kutip.json / .json. The document's path is set to where it
 * saves. The article file itself is never written. */
KutipDocument *kutip_store_open          (const char      *path,
                                          KutipLoadFlags   flags,
                                          GError         **error);
/* A new document of a plain-text article (id = file name without extension,
 * path = its sidecar), ignoring any existing sidecar. */
KutipDocument *kutip_store_new_from_article (const char   *path,
                                             GError      **error);
/* "dir/ARTICLE.txt" -> "dir/ARTICLE.kutip.json" (transfer full). */
char          *kutip_store_sidecar_path  (const char      *article_path);

G_END_DECLS
