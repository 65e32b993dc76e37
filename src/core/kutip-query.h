/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-query.h: the project search language:
 *   free words and "phrases"   the text (or, with annotation terms, the
 *                              annotations' text); word* matches a prefix
 *   label:claim                annotations of a label (label:claim,date: any)
 *   status:pending             annotations by status (pending, accepted,
 *                              rejected) or documents by status (new,
 *                              in-progress, done, skipped)
 *   speaker:"Joko Widodo"      claims of a person (merged names count)
 *   date:2022-01..2022-06      a date range (YYYY, YYYY-MM or YYYY-MM-DD;
 *                              either end may be left open)
 *   text:"harga naik"          words in the annotations' text
 * Terms of one field are alternatives; different fields must all hold.
 * See docs/cli.md. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KutipQuery KutipQuery;

/* Fails with KUTIP_ERROR_PARSE saying the column and the problem. */
KutipQuery *kutip_query_parse               (const char  *text,
                                             GError     **error);
void        kutip_query_free                (KutipQuery  *self);
/* Whether results are annotations (a label, annotation status, speaker or
 * text: term) rather than places in the documents' text. */
gboolean    kutip_query_is_annotation_query (KutipQuery  *self);
/* A canonical form, the same for queries that mean the same. */
char       *kutip_query_to_string           (KutipQuery  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipQuery, kutip_query_free)

G_END_DECLS
