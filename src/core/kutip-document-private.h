/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-private.h: KutipDocument's state and the raw operations
 * shared by kutip-document.c (object, queries, loading) and
 * kutip-document-edits.c (undoable edits). Raw operations change the
 * model and emit signals; they never record history. */
#pragma once

#include "kutip-annotation-index.h"
#include "kutip-document.h"
#include "kutip-history.h"

G_BEGIN_DECLS

typedef enum
{
  KUTIP_META_ID,
  KUTIP_META_TITLE,
  KUTIP_META_SOURCE,
  KUTIP_META_LANGUAGE,
  KUTIP_META_PUBLISHED,
  KUTIP_META_ANNOTATOR,
  KUTIP_META_STATUS,    /* "done", ... or NULL: derived */
  KUTIP_META_N
} KutipMeta;

struct _KutipDocument
{
  GObject               parent_instance;

  KutipText            *text;
  KutipSchema          *schema;
  char                 *meta[KUTIP_META_N];
  char                 *path;
  JsonObject           *extra;

  KutipAnnotationIndex *annotations;
  GListStore           *relations;
  GListStore           *entities;

  GHashTable           *annotation_by_id;       /* id -> KutipAnnotation (ref) */
  GHashTable           *relation_by_id;         /* id -> KutipRelation (ref) */
  GHashTable           *entity_by_id;           /* id -> KutipEntity (ref) */
  GHashTable           *relations_by_end;       /* annotation id -> GPtrArray of relations */
  GHashTable           *entity_by_mention;      /* annotation id -> KutipEntity (borrowed) */

  KutipHistory         *history;
  /* Inside an action, undo or redo, "changed", "relations-changed" and
   * "entities-changed" wait and go out once at its end: views then refresh
   * once, not once per suggestion of a batch. */
  guint                 signals_held;
  guint                 signals_pending;  /* bits: 1 << signal */
  /* The annotations model's changes while signals are held, as one
   * items-changed: the first @changes_head items and the last
   * @changes_tail are the same as when @changes_old_n items were there. */
  gboolean              changes_held;
  guint                 changes_head;
  guint                 changes_tail;
  guint                 changes_old_n;
  guint                 n_pending;
  guint                 n_pending_notified;
  guint                 n_pending_links;
  guint                 n_pending_links_notified;
  guint                 n_links_to_review;  /* pending, both ends accepted */
  /* An undo or redo done a batch at a time (kutip_document_begin_undo()):
   * TRUE from its start to its end, and @replay_running inside a batch. */
  gboolean              replay_open;
  gboolean              replay_running;
  KutipDocumentStatus   status_notified;  /* the status "status" last notified */
  guint                 next_annotation;
  guint                 next_relation;
  guint                 next_entity;
};

void     _kutip_document_hold_signals      (KutipDocument   *self);
void     _kutip_document_release_signals   (KutipDocument   *self);
void     _kutip_document_insert_annotation (KutipDocument   *self,
                                            KutipAnnotation *annotation);
void     _kutip_document_remove_annotation (KutipDocument   *self,
                                            KutipAnnotation *annotation);
void     _kutip_document_move_annotation   (KutipDocument   *self,
                                            KutipAnnotation *annotation,
                                            guint            start,
                                            guint            end);
void     _kutip_document_status_changed    (KutipDocument   *self,
                                            KutipStatus      old_status,
                                            KutipStatus      new_status);
guint    _kutip_document_insert_relation   (KutipDocument   *self,
                                            KutipRelation   *relation,
                                            guint            position);
guint    _kutip_document_remove_relation   (KutipDocument   *self,
                                            KutipRelation   *relation,
                                            guint            hint);
guint    _kutip_document_insert_entity     (KutipDocument   *self,
                                            KutipEntity     *entity,
                                            guint            position);
guint    _kutip_document_remove_entity     (KutipDocument   *self,
                                            KutipEntity     *entity,
                                            guint            hint);
void     _kutip_document_insert_mention    (KutipDocument   *self,
                                            KutipEntity     *entity,
                                            const char      *annotation_id,
                                            guint            position);
guint    _kutip_document_remove_mention    (KutipDocument   *self,
                                            KutipEntity     *entity,
                                            const char      *annotation_id);
void     _kutip_document_set_meta          (KutipDocument   *self,
                                            KutipMeta        meta,
                                            const char      *value);
void     _kutip_document_emit_changed        (KutipDocument   *self);
/* The annotations model changed at @position (already applied to the
 * index): emitted now, or merged into one items-changed while held. */
void     _kutip_document_annotations_changed (KutipDocument   *self,
                                              guint            position,
                                              guint            removed,
                                              guint            added);
void     _kutip_document_set_n_pending      (KutipDocument   *self,
                                             guint            n_pending);
void     _kutip_document_set_n_pending_links (KutipDocument  *self,
                                              guint           n_pending_links);
/* A relation of @old_status became one of @new_status (counts pending ones). */
void     _kutip_document_relation_status_changed (KutipDocument *self,
                                                  KutipStatus    old_status,
                                                  KutipStatus    new_status);
gboolean _kutip_document_link_awaits_review (KutipDocument *self,
                                             KutipRelation *relation);
void     _kutip_document_count_links_of     (KutipDocument   *self,
                                             KutipAnnotation *annotation,
                                             int              sign);
/* Decides @annotation's links with it (kutip-document-links.c): accepted,
 * its pending links whose other end is accepted are accepted; rejected,
 * every link it has is rejected. Records into the caller's step. */
void     _kutip_document_review_links_of    (KutipDocument   *self,
                                             KutipAnnotation *annotation,
                                             KutipStatus      status);
void     _kutip_document_emit_annotation_changed (KutipDocument   *self,
                                                  KutipAnnotation *annotation);
void     _kutip_document_emit_entities_changed   (KutipDocument   *self);
void     _kutip_document_emit_relations_changed  (KutipDocument   *self);
char    *_kutip_document_next_id           (GHashTable      *ids,
                                            const char      *prefix,
                                            guint           *counter);
gboolean _kutip_document_check_bounds      (KutipDocument   *self,
                                            guint            start,
                                            guint            end,
                                            GError         **error);

/* Recording edits (kutip-document-edits.c). */
typedef struct
{
  gpointer  item;       /* KutipAnnotation, KutipRelation or KutipEntity (ref) */
  gboolean  remove;     /* the edit removes the item (undo adds it) */
  guint     position;   /* list position, for relations and entities */
} ItemEdit;

/* Applies an edit and pushes it on the history. */
void      _kutip_document_record           (KutipDocument   *self,
                                            KutipEditFunc    func,
                                            gpointer         data,
                                            GDestroyNotify   data_free);
void      _kutip_document_record_item      (KutipDocument   *self,
                                            KutipEditFunc    func,
                                            gpointer         item,
                                            gboolean         remove,
                                            guint            position);
gboolean  _kutip_document_has_annotation   (KutipDocument   *self,
                                            KutipAnnotation *annotation);
void      _kutip_document_record_mention   (KutipDocument   *self,
                                            KutipEntity     *entity,
                                            const char      *annotation_id,
                                            gboolean         remove);

G_END_DECLS
