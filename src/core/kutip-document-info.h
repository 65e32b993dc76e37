/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-info.h: one row of a project's document list: what a list
 * shows of a document (title, status, counts) without loading it. */
#pragma once

#include <glib-object.h>

#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_DOCUMENT_INFO (kutip_document_info_get_type ())

G_DECLARE_FINAL_TYPE (KutipDocumentInfo, kutip_document_info, KUTIP, DOCUMENT_INFO, GObject)

/* Properties (read-only; the project updates them and notifies):
 *   "path"           what to open: the article (.txt, .md) or the .kutip.json
 *   "relative-path"  "path" relative to the project folder (the document's key)
 *   "sidecar-path"   where the document saves (ARTICLE.kutip.json)
 *   "title"          the metadata title, else the text's first line, else the file name
 *   "status"         KutipDocumentStatus (stored or derived)
 *   "n-annotations", "n-claims", "n-pending" (pending suggestions)
 *   "mtime"          newest modification time of its files, µs since 1970
 *   "size"           bytes of its files
 *   "language", "published"
 *   "indexed"        FALSE until the index has read this version of the files
 *                    (title and counts are then placeholders)
 *   "error"          why the document cannot be opened, or NULL
 */
const char          *kutip_document_info_get_path          (KutipDocumentInfo *self);
const char          *kutip_document_info_get_relative_path (KutipDocumentInfo *self);
const char          *kutip_document_info_get_sidecar_path  (KutipDocumentInfo *self);
const char          *kutip_document_info_get_title         (KutipDocumentInfo *self);
KutipDocumentStatus  kutip_document_info_get_status        (KutipDocumentInfo *self);
guint                kutip_document_info_get_n_annotations (KutipDocumentInfo *self);
guint                kutip_document_info_get_n_claims      (KutipDocumentInfo *self);
guint                kutip_document_info_get_n_pending     (KutipDocumentInfo *self);
gint64               kutip_document_info_get_mtime         (KutipDocumentInfo *self);
guint64              kutip_document_info_get_size          (KutipDocumentInfo *self);
const char          *kutip_document_info_get_language      (KutipDocumentInfo *self);
const char          *kutip_document_info_get_published     (KutipDocumentInfo *self);
gboolean             kutip_document_info_get_indexed       (KutipDocumentInfo *self);
const char          *kutip_document_info_get_error         (KutipDocumentInfo *self);

G_END_DECLS
