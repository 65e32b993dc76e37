/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-index.h: annotations in reading order as a GListModel,
 * with interval queries (a treap augmented with subtree size and max end). */
#pragma once

#include <gio/gio.h>

#include "kutip-annotation.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_ANNOTATION_INDEX (kutip_annotation_index_get_type ())

G_DECLARE_FINAL_TYPE (KutipAnnotationIndex, kutip_annotation_index,
                      KUTIP, ANNOTATION_INDEX, GObject)

/* The index orders by kutip_annotation_compare(). An annotation's start,
 * end and id must not change while it is in the index: remove it, change
 * it, insert it again. Insert and remove do not emit items-changed; the
 * owner emits it (g_list_model_items_changed) once the model is consistent.
 * Everything except bulk loading is O(log n) expected. */

KutipAnnotationIndex *kutip_annotation_index_new         (void);
guint                 kutip_annotation_index_get_size    (KutipAnnotationIndex *self);
KutipAnnotation      *kutip_annotation_index_get         (KutipAnnotationIndex *self,
                                                          guint                 position);
/* Returns the position @annotation now has. Takes a reference. */
guint                 kutip_annotation_index_insert      (KutipAnnotationIndex *self,
                                                          KutipAnnotation      *annotation);
/* Returns FALSE if @annotation is not in the index. Drops the reference. */
gboolean              kutip_annotation_index_remove      (KutipAnnotationIndex *self,
                                                          KutipAnnotation      *annotation,
                                                          guint                *position);
gboolean              kutip_annotation_index_find        (KutipAnnotationIndex *self,
                                                          KutipAnnotation      *annotation,
                                                          guint                *position);
/* Number of annotations that start before @offset. */
guint                 kutip_annotation_index_lower_bound (KutipAnnotationIndex *self,
                                                          guint                 offset);
/* Appends to @out, in reading order, every annotation overlapping
 * [@start, @end) (@end > @start). */
void                  kutip_annotation_index_overlapping (KutipAnnotationIndex *self,
                                                          guint                 start,
                                                          guint                 end,
                                                          GPtrArray            *out);
/* Replaces the contents by @annotations (any order, distinct keys) in
 * O(n log n). */
void                  kutip_annotation_index_load        (KutipAnnotationIndex *self,
                                                          GPtrArray            *annotations);
/* Calls @func on every annotation in reading order. */
void                  kutip_annotation_index_foreach     (KutipAnnotationIndex *self,
                                                          GFunc                 func,
                                                          gpointer              user_data);

G_END_DECLS
