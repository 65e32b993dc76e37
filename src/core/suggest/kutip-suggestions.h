/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggestions.h: a set of suggested spans, relations and entities,
 * made by the engine, an external command or a predictions file, and merged
 * into a document as pending suggestions without touching human decisions. */
#pragma once

#include <json-glib/json-glib.h>

#include "kutip-document.h"
#include "kutip-text.h"

G_BEGIN_DECLS

typedef struct _KutipSuggestions KutipSuggestions;

KutipSuggestions *kutip_suggestions_new              (KutipText         *text);
void              kutip_suggestions_free             (KutipSuggestions  *self);
KutipText        *kutip_suggestions_get_text         (KutipSuggestions  *self);

/* Adds a span (code point offsets); returns (transfer none) the pending
 * annotation, whose id is local to this set ("s1", "s2"…). */
KutipAnnotation  *kutip_suggestions_add_span         (KutipSuggestions  *self,
                                                      const char        *label,
                                                      guint              start,
                                                      guint              end,
                                                      const char        *origin,
                                                      double             confidence);
void              kutip_suggestions_add_relation     (KutipSuggestions  *self,
                                                      const char        *type,
                                                      KutipAnnotation   *from,
                                                      KutipAnnotation   *to,
                                                      const char        *origin);
/* Puts @mention into the group @group (groups become entities). */
void              kutip_suggestions_add_to_entity    (KutipSuggestions  *self,
                                                      int                group,
                                                      const char        *name,
                                                      KutipAnnotation   *mention);

/* The engine's spans: plain records until annotations are asked for (by
 * get_spans, get_relations, filter or apply), numbered as add_span numbers
 * them. Either these or the annotation functions above fill a set. */
guint             kutip_suggestions_add_rule_span    (KutipSuggestions  *self,
                                                      const char        *label,
                                                      guint              start,
                                                      guint              end,
                                                      const char        *origin,
                                                      double             confidence,
                                                      const char        *value,
                                                      const char        *kind);
void              kutip_suggestions_add_rule_relation (KutipSuggestions *self,
                                                      const char        *type,
                                                      guint              from,
                                                      guint              to,
                                                      const char        *origin);
void              kutip_suggestions_add_rule_to_entity (KutipSuggestions *self,
                                                      int                group,
                                                      const char        *name,
                                                      guint              span);
guint             kutip_suggestions_get_n_spans      (KutipSuggestions  *self);

GPtrArray        *kutip_suggestions_get_spans        (KutipSuggestions  *self);
GPtrArray        *kutip_suggestions_get_relations    (KutipSuggestions  *self);
guint             kutip_suggestions_count_label      (KutipSuggestions  *self,
                                                      const char        *label);
/* Drops spans below @min_confidence with their relations and mentions
 * (e.g. 0.8 keeps anchored dates only, for NER-style datasets that do not
 * tag "kemarin" or "last week"). Ids of the spans kept stay as they were. */
void              kutip_suggestions_filter           (KutipSuggestions  *self,
                                                      double             min_confidence);

/* Counts of what kutip_suggestions_apply() did. */
typedef struct
{
  guint added;      /* new pending annotations */
  guint skipped;    /* overlapped an annotation of the same label already there */
  guint relations;  /* new pending relations */
  guint entities;   /* new entities */
} KutipApplyReport;

/* Merges the set into @document as one undo step ("Suggest"): a span that
 * overlaps an existing annotation of the same label (pending, accepted or
 * rejected) is skipped, so suggesting again never duplicates accepted work
 * or brings back a rejected suggestion; a claim that already has a relation
 * of a type keeps it. */
void              kutip_suggestions_apply            (KutipSuggestions  *self,
                                                      KutipDocument     *document,
                                                      KutipApplyReport  *report);

/* The same a batch at a time, for a window that must keep answering: the
 * document's views catch up after each batch; the whole stays one undo
 * step ("Suggest"), and the document is not to be edited otherwise until
 * the job is done or freed (a job freed early keeps what it applied).
 * @self must stay until the job is freed. */
typedef struct _KutipApplyJob KutipApplyJob;

KutipApplyJob    *kutip_suggestions_apply_begin      (KutipSuggestions  *self,
                                                      KutipDocument     *document);
/* Applies up to @max_items, stopping after @deadline (monotonic time, 0:
 * none); TRUE when everything is applied. */
gboolean          kutip_apply_job_run                (KutipApplyJob     *job,
                                                      guint              max_items,
                                                      gint64             deadline);
gboolean          kutip_apply_job_is_done            (KutipApplyJob     *job);
double            kutip_apply_job_get_progress       (KutipApplyJob     *job);
void              kutip_apply_job_get_report         (KutipApplyJob     *job,
                                                      KutipApplyReport  *report);
void              kutip_apply_job_free               (KutipApplyJob     *job);

/* The JSONL span shape read by ../shared/eval/score.py:
 * {"id", "spans": [{"id", "label", "start", "end", "value"?, "confidence"}],
 *  "relations": [{"type", "from", "to"}]}; offsets are code points. */
void              kutip_suggestions_write_jsonl      (KutipSuggestions  *self,
                                                      const char        *id,
                                                      GString           *out);
/* Reads one object of that shape (the "id" member is not checked here).
 * Errors name @where and the JSON path. Spans get @origin. */
KutipSuggestions *kutip_suggestions_new_from_json    (KutipText         *text,
                                                      JsonObject        *object,
                                                      KutipOffsetUnit    unit,
                                                      const char        *origin,
                                                      const char        *where,
                                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipSuggestions, kutip_suggestions_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipApplyJob, kutip_apply_job_free)

G_END_DECLS
