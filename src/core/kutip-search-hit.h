/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-search-hit.h: one result of a project search, or one row of the
 * project's claims table: where it is (document, offsets), what it says
 * and, for annotations, its label, status, speaker, person and date. */
#pragma once

#include <gio/gio.h>

#include "kutip-document-info.h"
#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_SEARCH_HIT (kutip_search_hit_get_type ())

G_DECLARE_FINAL_TYPE (KutipSearchHit, kutip_search_hit, KUTIP, SEARCH_HIT, GObject)

/* Read-only properties: "document" (KutipDocumentInfo), "annotation-id"
 * (NULL for a place in the text), "label", "status" (KutipStatus),
 * "offset" and "length" (code points of the document's text), "text" (what
 * the hit covers), "snippet" (the hit in its context, on one line) with
 * "snippet-match-start" and "snippet-match-length" (code points of the
 * snippet), "speaker" (as the document names them), "person" (the project's
 * name for them, after merges), "date" (YYYY[-MM[-DD]]: a claim's date, or
 * the publication date) and "kind" (a claim's direct/indirect). */
KutipDocumentInfo *kutip_search_hit_get_document      (KutipSearchHit *self);
const char        *kutip_search_hit_get_annotation_id (KutipSearchHit *self);
const char        *kutip_search_hit_get_label         (KutipSearchHit *self);
KutipStatus        kutip_search_hit_get_status        (KutipSearchHit *self);
guint              kutip_search_hit_get_offset        (KutipSearchHit *self);
guint              kutip_search_hit_get_length        (KutipSearchHit *self);
const char        *kutip_search_hit_get_text          (KutipSearchHit *self);
const char        *kutip_search_hit_get_snippet       (KutipSearchHit *self,
                                                       guint          *match_start,
                                                       guint          *match_length);
const char        *kutip_search_hit_get_speaker       (KutipSearchHit *self);
const char        *kutip_search_hit_get_person        (KutipSearchHit *self);
const char        *kutip_search_hit_get_date          (KutipSearchHit *self);
const char        *kutip_search_hit_get_kind          (KutipSearchHit *self);

/* Writes claims (KutipSearchHit rows, as kutip_project_list_claims() gives)
 * as CSV: RFC 4180 quoting, UTF-8 with a byte order mark and CRLF rows so
 * spreadsheets open it as UTF-8. Columns: document, claim_id, person,
 * speaker, claim, kind, date, status, start, end. */
gboolean           kutip_claims_write_csv             (GListModel     *claims,
                                                       GOutputStream  *stream,
                                                       GCancellable   *cancellable,
                                                       GError        **error);

G_END_DECLS
