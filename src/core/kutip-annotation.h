/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation.h: one labelled span of the article. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_ANNOTATION (kutip_annotation_get_type ())

G_DECLARE_FINAL_TYPE (KutipAnnotation, kutip_annotation, KUTIP, ANNOTATION, GObject)

/* Setters here change the object only. Edits a user makes go through
 * KutipDocument (kutip_document_set_*), which records undo and keeps the
 * document's index in order; never change start/end of an annotation that
 * is inside a document directly, nor its id. */

KutipAnnotation *kutip_annotation_new              (const char      *label,
                                                    guint            start,
                                                    guint            end);
KutipAnnotation *kutip_annotation_copy             (KutipAnnotation *self);

const char      *kutip_annotation_get_id           (KutipAnnotation *self);
void             kutip_annotation_set_id           (KutipAnnotation *self,
                                                    const char      *id);
const char      *kutip_annotation_get_label        (KutipAnnotation *self);
void             kutip_annotation_set_label        (KutipAnnotation *self,
                                                    const char      *label);
guint            kutip_annotation_get_start        (KutipAnnotation *self);
guint            kutip_annotation_get_end          (KutipAnnotation *self);
void             kutip_annotation_set_bounds       (KutipAnnotation *self,
                                                    guint            start,
                                                    guint            end);
const char      *kutip_annotation_get_text         (KutipAnnotation *self);
void             kutip_annotation_set_text         (KutipAnnotation *self,
                                                    const char      *text);
KutipStatus      kutip_annotation_get_status       (KutipAnnotation *self);
void             kutip_annotation_set_status       (KutipAnnotation *self,
                                                    KutipStatus      status);
const char      *kutip_annotation_get_origin       (KutipAnnotation *self);
void             kutip_annotation_set_origin       (KutipAnnotation *self,
                                                    const char      *origin);
double           kutip_annotation_get_confidence   (KutipAnnotation *self);
void             kutip_annotation_set_confidence   (KutipAnnotation *self,
                                                    double           confidence);
const char      *kutip_annotation_get_note         (KutipAnnotation *self);
void             kutip_annotation_set_note         (KutipAnnotation *self,
                                                    const char      *note);
const char      *kutip_annotation_get_author       (KutipAnnotation *self);
void             kutip_annotation_set_author       (KutipAnnotation *self,
                                                    const char      *author);
GDateTime       *kutip_annotation_get_created      (KutipAnnotation *self);
void             kutip_annotation_set_created      (KutipAnnotation *self,
                                                    GDateTime       *created);
GDateTime       *kutip_annotation_get_modified     (KutipAnnotation *self);
void             kutip_annotation_set_modified     (KutipAnnotation *self,
                                                    GDateTime       *modified);

const char      *kutip_annotation_get_attribute    (KutipAnnotation *self,
                                                    const char      *key);
void             kutip_annotation_set_attribute    (KutipAnnotation *self,
                                                    const char      *key,
                                                    const char      *value);
char           **kutip_annotation_list_attributes  (KutipAnnotation *self);

/* Members of the stored JSON object Kutip does not know; kept verbatim. */
JsonObject      *kutip_annotation_get_extra        (KutipAnnotation *self);
void             kutip_annotation_set_extra        (KutipAnnotation *self,
                                                    JsonObject      *extra);

gboolean         kutip_annotation_overlaps         (KutipAnnotation *self,
                                                    guint            start,
                                                    guint            end);
int              kutip_annotation_compare          (KutipAnnotation *a,
                                                    KutipAnnotation *b);

G_END_DECLS
