/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggester.h: runs the rule engine (dates, claims, speakers) over a
 * text or document, as a JSONL filter, or through an external command. */
#pragma once

#include <gio/gio.h>

#include "kutip-document.h"
#include "kutip-suggestions.h"

G_BEGIN_DECLS

typedef enum
{
  KUTIP_SUGGEST_DATES    = 1 << 0,
  KUTIP_SUGGEST_CLAIMS   = 1 << 1,
  KUTIP_SUGGEST_SPEAKERS = 1 << 2,
  KUTIP_SUGGEST_ALL      = 0x7,
  /* Not a family: claims are direct quotes only (and speakers those of
   * quotes), for guidelines that tag quotes alone (PFSA-ID). */
  KUTIP_SUGGEST_DIRECT_ONLY = 1 << 3,
} KutipSuggestFamilies;

/* Told the share of the work done so far, from 0 to 1, in the thread that
 * runs the rules. */
typedef void (*KutipSuggestProgressFunc) (double   fraction,
                                          gpointer user_data);

/* Runs the rules. @lang is "id", "en" or NULL to detect it; @published is an
 * ISO date "YYYY-MM-DD" or NULL (a dateline date then stands in). */
KutipSuggestions *kutip_suggest_text            (KutipText             *text,
                                                 const char            *lang,
                                                 const char            *published,
                                                 KutipSuggestFamilies   families,
                                                 GError               **error);
/* The same, reporting progress and stopping early (G_IO_ERROR_CANCELLED)
 * when @cancellable is cancelled. */
KutipSuggestions *kutip_suggest_text_full       (KutipText                *text,
                                                 const char               *lang,
                                                 const char               *published,
                                                 KutipSuggestFamilies      families,
                                                 KutipSuggestProgressFunc  progress,
                                                 gpointer                  progress_data,
                                                 GCancellable             *cancellable,
                                                 GError                  **error);
/* Runs the rules with the document's language and publication date. */
KutipSuggestions *kutip_suggest_document        (KutipDocument         *document,
                                                 KutipSuggestFamilies   families,
                                                 GError               **error);

/* One line of the streaming filter: reads {"id", "text", "lang"?,
 * "published"?} and appends one output line (with "\n") to @out, keeping
 * suggestions whose confidence is at least @min_confidence. */
gboolean          kutip_suggest_jsonl_line      (const char            *line,
                                                 gsize                  n_bytes,
                                                 const char            *where,
                                                 KutipSuggestFamilies   families,
                                                 double                 min_confidence,
                                                 GString               *out,
                                                 GError               **error);

/* The default timeout of an external suggester, the most of its stdout
 * Kutip reads (more is an error) and how much of the end of its stderr an
 * error message quotes. */
#define KUTIP_EXTERNAL_TIMEOUT_US  (30 * G_USEC_PER_SEC)
#define KUTIP_EXTERNAL_MAX_OUTPUT  ((gsize) 64 << 20)
#define KUTIP_EXTERNAL_ERROR_TAIL  ((gsize) 4096)

/* Runs @argv (no shell) with the document's Kutip JSON on stdin; its stdout
 * must be one line (or object) of the JSONL span shape. It need not read
 * its stdin. After @timeout_us (<= 0: KUTIP_EXTERNAL_TIMEOUT_US), or once
 * it exits, its process group is killed; bad output, a failure, a timeout
 * or output over KUTIP_EXTERNAL_MAX_OUTPUT is an error saying what. */
KutipSuggestions *kutip_suggest_external        (KutipDocument         *document,
                                                 const char * const    *argv,
                                                 gint64                 timeout_us,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/* Reads predictions for @document from a JSONL file of the span shape: the
 * line whose "id" is the document's id, or the only line of the file. */
KutipSuggestions *kutip_suggest_from_predictions (KutipDocument        *document,
                                                  const char           *path,
                                                  GError              **error);

/* Runs kutip_suggest_document() in a thread (the document's text is
 * immutable, so this is safe); apply the result on the main thread.
 * @progress, when not NULL, is called on the calling thread's main context
 * as the work advances, and never after @callback. Cancelling stops the
 * rules between steps. */
void              kutip_suggest_document_async  (KutipDocument            *document,
                                                 KutipSuggestFamilies      families,
                                                 KutipSuggestProgressFunc  progress,
                                                 gpointer                  progress_data,
                                                 GCancellable             *cancellable,
                                                 GAsyncReadyCallback       callback,
                                                 gpointer                  user_data);
KutipSuggestions *kutip_suggest_document_finish (KutipDocument         *document,
                                                 GAsyncResult          *result,
                                                 GError               **error);

G_END_DECLS
