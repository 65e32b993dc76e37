/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document.h: an article with its metadata, annotations (reading
 * order, interval-indexed), relations and entities, and undo history. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kutip-annotation.h"
#include "kutip-entity.h"
#include "kutip-relation.h"
#include "kutip-schema.h"
#include "kutip-text.h"
#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_DOCUMENT (kutip_document_get_type ())

G_DECLARE_FINAL_TYPE (KutipDocument, kutip_document, KUTIP, DOCUMENT, GObject)

/* Signals:
 *   "annotation-changed" (KutipAnnotation *): label, bounds, status, note or
 *                        attributes of an annotation in the document changed
 *   "relations-changed" (): a relation was added or removed
 *   "entities-changed" ():  an entity was added, removed, renamed or merged
 *   "changed" ():           anything in the document changed (autosave)
 * Properties: "text", "id", "title", "source", "language", "published",
 *   "annotator", "status" (KutipDocumentStatus, derived or stored), "path",
 *   "modified", "can-undo", "can-redo", "n-pending", "n-pending-links".
 * The annotations list model emits items-changed as usual.
 */

KutipDocument    *kutip_document_new                 (KutipText        *text);
KutipDocument    *kutip_document_new_from_string     (const char       *utf8,
                                                      gssize            n_bytes,
                                                      GError          **error);

KutipText        *kutip_document_get_text            (KutipDocument    *self);
KutipSchema      *kutip_document_get_schema          (KutipDocument    *self);
void              kutip_document_set_schema          (KutipDocument    *self,
                                                      KutipSchema      *schema);

/* Metadata (recorded in undo history when changed through these setters). */
const char       *kutip_document_get_id              (KutipDocument    *self);
void              kutip_document_set_id              (KutipDocument    *self,
                                                      const char       *id);
const char       *kutip_document_get_title           (KutipDocument    *self);
void              kutip_document_set_title           (KutipDocument    *self,
                                                      const char       *title);
const char       *kutip_document_get_source          (KutipDocument    *self);
void              kutip_document_set_source          (KutipDocument    *self,
                                                      const char       *source);
const char       *kutip_document_get_language        (KutipDocument    *self);
void              kutip_document_set_language        (KutipDocument    *self,
                                                      const char       *language);
/* ISO 8601 date "YYYY-MM-DD" or NULL. */
const char       *kutip_document_get_published       (KutipDocument    *self);
gboolean          kutip_document_set_published       (KutipDocument    *self,
                                                      const char       *published,
                                                      GError          **error);
const char       *kutip_document_get_annotator       (KutipDocument    *self);
void              kutip_document_set_annotator       (KutipDocument    *self,
                                                      const char       *annotator);
/* The work status: stored in the metadata, or derived (in progress once an
 * annotation is accepted or rejected, else new). Setting it is an edit
 * (undoable); clearing it makes it derived again. */
KutipDocumentStatus kutip_document_get_status        (KutipDocument    *self);
gboolean          kutip_document_has_status          (KutipDocument    *self);
void              kutip_document_set_status          (KutipDocument    *self,
                                                      KutipDocumentStatus status);
void              kutip_document_clear_status        (KutipDocument    *self);
KutipDocumentStatus kutip_document_derive_status     (guint             n_annotations,
                                                      guint             n_pending);
/* Where the document is saved (a .kutip.json path), NULL if never saved. */
const char       *kutip_document_get_path            (KutipDocument    *self);
void              kutip_document_set_path            (KutipDocument    *self,
                                                      const char       *path);
JsonObject       *kutip_document_get_extra           (KutipDocument    *self);
void              kutip_document_set_extra           (KutipDocument    *self,
                                                      JsonObject       *extra);

/* Lists (transfer none). Annotations are in reading order: start ascending,
 * then longer spans first, then id. */
GListModel       *kutip_document_get_annotations     (KutipDocument    *self);
GListModel       *kutip_document_get_relations       (KutipDocument    *self);
GListModel       *kutip_document_get_entities        (KutipDocument    *self);
guint             kutip_document_get_n_annotations   (KutipDocument    *self);
guint             kutip_document_get_n_pending       (KutipDocument    *self);

KutipAnnotation  *kutip_document_lookup_annotation   (KutipDocument    *self,
                                                      const char       *id);
KutipRelation    *kutip_document_lookup_relation     (KutipDocument    *self,
                                                      const char       *id);
KutipEntity      *kutip_document_lookup_entity       (KutipDocument    *self,
                                                      const char       *id);
gboolean          kutip_document_get_position        (KutipDocument    *self,
                                                      KutipAnnotation  *annotation,
                                                      guint            *position);

/* Interval queries, O(log n + k). Returns (transfer container) arrays of
 * annotations in reading order: find_at those with start <= offset < end,
 * find_in_range those overlapping [start, end) (an empty range is a
 * position, as in kutip_annotation_overlaps). */
GPtrArray        *kutip_document_find_at             (KutipDocument    *self,
                                                      guint             offset);
GPtrArray        *kutip_document_find_in_range       (KutipDocument    *self,
                                                      guint             start,
                                                      guint             end);
/* First position whose annotation starts at or after @offset. */
guint             kutip_document_lower_bound         (KutipDocument    *self,
                                                      guint             offset);

/* Relations of an annotation (transfer container). */
GPtrArray        *kutip_document_relations_of        (KutipDocument    *self,
                                                      KutipAnnotation  *annotation);
/* The annotation @from links to by a relation of @type that is not
 * rejected, or NULL. */
KutipAnnotation  *kutip_document_get_linked          (KutipDocument    *self,
                                                      KutipAnnotation  *from,
                                                      const char       *type);
/* That link itself, accepted or pending (a rejected one is no link). */
KutipRelation    *kutip_document_get_link            (KutipDocument    *self,
                                                      KutipAnnotation  *from,
                                                      const char       *type);
/* Pending links of @annotation with both ends accepted: the links that
 * wait for a decision of their own (transfer container). */
GPtrArray        *kutip_document_links_to_review     (KutipDocument    *self,
                                                      KutipAnnotation  *annotation);
guint             kutip_document_get_n_links_to_review (KutipDocument  *self);
guint             kutip_document_get_n_pending_links (KutipDocument    *self);
KutipEntity      *kutip_document_get_entity_for      (KutipDocument    *self,
                                                      KutipAnnotation  *mention);

/* Edits. Each public edit is one undo step unless wrapped in
 * begin_action/end_action, which makes the whole group one step. */
void              kutip_document_begin_action        (KutipDocument    *self,
                                                      const char       *name);
void              kutip_document_end_action          (KutipDocument    *self);
/* Inside an action: emits what waits for its end now, so the views catch
 * up between the batches of a long action (the step stays one). */
void              kutip_document_flush_signals       (KutipDocument    *self);

/* Adds @annotation (an id is assigned if it has none; its covered text is
 * filled from the document). Fails on bad bounds or a duplicate id. */
gboolean          kutip_document_add_annotation      (KutipDocument    *self,
                                                      KutipAnnotation  *annotation,
                                                      GError          **error);
/* Manual tagging: snaps to grapheme clusters, trims spaces, status accepted,
 * origin manual, author = annotator. Returns (transfer none) or NULL. */
KutipAnnotation  *kutip_document_tag                 (KutipDocument    *self,
                                                      const char       *label,
                                                      guint             start,
                                                      guint             end,
                                                      GError          **error);
/* Removes the annotation, its relations and entity mentions in one step. */
void              kutip_document_remove_annotation   (KutipDocument    *self,
                                                      KutipAnnotation  *annotation);
gboolean          kutip_document_set_annotation_bounds (KutipDocument  *self,
                                                      KutipAnnotation  *annotation,
                                                      guint             start,
                                                      guint             end,
                                                      GError          **error);
void              kutip_document_set_annotation_label (KutipDocument   *self,
                                                      KutipAnnotation  *annotation,
                                                      const char       *label);
/* Also decides the annotation's links: accepted, its pending links to
 * accepted ends are accepted; rejected, its links are rejected. */
void              kutip_document_set_annotation_status (KutipDocument  *self,
                                                      KutipAnnotation  *annotation,
                                                      KutipStatus       status);
void              kutip_document_set_annotation_note (KutipDocument    *self,
                                                      KutipAnnotation  *annotation,
                                                      const char       *note);
void              kutip_document_set_annotation_attribute (KutipDocument *self,
                                                      KutipAnnotation  *annotation,
                                                      const char       *key,
                                                      const char       *value);

gboolean          kutip_document_add_relation        (KutipDocument    *self,
                                                      KutipRelation    *relation,
                                                      GError          **error);
void              kutip_document_remove_relation     (KutipDocument    *self,
                                                      KutipRelation    *relation);
/* Sets a relation's status, nothing more. */
void              kutip_document_set_relation_status (KutipDocument    *self,
                                                      KutipRelation    *relation,
                                                      KutipStatus       status);
/* A person accepts (accepting its pending ends too) or rejects a suggested
 * link, one undo step. */
void              kutip_document_review_link         (KutipDocument    *self,
                                                      KutipRelation    *relation,
                                                      KutipStatus       status);
/* Links @from to @to with @type, replacing an earlier link of that type
 * from @from (a claim has one speaker). Returns (transfer none). */
KutipRelation    *kutip_document_link                (KutipDocument    *self,
                                                      const char       *type,
                                                      KutipAnnotation  *from,
                                                      KutipAnnotation  *to);

gboolean          kutip_document_add_entity          (KutipDocument    *self,
                                                      KutipEntity      *entity,
                                                      GError          **error);
void              kutip_document_remove_entity       (KutipDocument    *self,
                                                      KutipEntity      *entity);
void              kutip_document_set_entity_name     (KutipDocument    *self,
                                                      KutipEntity      *entity,
                                                      const char       *name);
/* Moves every mention of @other into @into and removes @other. */
void              kutip_document_merge_entities      (KutipDocument    *self,
                                                      KutipEntity      *into,
                                                      KutipEntity      *other);
/* Makes @mention part of @entity (leaving any other entity). */
void              kutip_document_entity_add_mention  (KutipDocument    *self,
                                                      KutipEntity      *entity,
                                                      KutipAnnotation  *mention);

/* Takes @mention out of @entity (the annotation stays). */
void              kutip_document_entity_remove_mention (KutipDocument  *self,
                                                      KutipEntity      *entity,
                                                      KutipAnnotation  *mention);

/* Undo/redo. */
gboolean          kutip_document_can_undo            (KutipDocument    *self);
gboolean          kutip_document_can_redo            (KutipDocument    *self);
gboolean          kutip_document_undo                (KutipDocument    *self);
gboolean          kutip_document_redo                (KutipDocument    *self);
/* Undo/redo of a huge step a batch at a time: begin, then replay until it
 * returns TRUE; the views catch up after each batch. No edit meanwhile. */
gboolean          kutip_document_begin_undo          (KutipDocument    *self);
gboolean          kutip_document_begin_redo          (KutipDocument    *self);
gboolean          kutip_document_replay              (KutipDocument    *self,
                                                      guint             max_edits,
                                                      gint64            deadline);
gboolean          kutip_document_is_replaying        (KutipDocument    *self);
double            kutip_document_get_replay_progress (KutipDocument    *self);
KutipHistory     *kutip_document_get_history         (KutipDocument    *self);

gboolean          kutip_document_get_modified        (KutipDocument    *self);
/* Called after a save: the current state is the saved one. */
void              kutip_document_mark_saved          (KutipDocument    *self);

/* Bulk load for stores and importers: no history, one items-changed.
 * Items must already be valid (the caller validated them). */
void              kutip_document_load_contents       (KutipDocument    *self,
                                                      GPtrArray        *annotations,
                                                      GPtrArray        *relations,
                                                      GPtrArray        *entities);

G_END_DECLS
