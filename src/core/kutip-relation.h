/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-relation.h: a typed link between two annotations. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_RELATION (kutip_relation_get_type ())

G_DECLARE_FINAL_TYPE (KutipRelation, kutip_relation, KUTIP, RELATION, GObject)

/* A relation names its ends by annotation id: "said-by" goes from a claim
 * to a speaker, "dated" from a claim to a date. */
KutipRelation *kutip_relation_new         (const char    *type,
                                           const char    *from_id,
                                           const char    *to_id);
const char    *kutip_relation_get_id      (KutipRelation *self);
void           kutip_relation_set_id      (KutipRelation *self,
                                           const char    *id);
const char    *kutip_relation_get_rtype   (KutipRelation *self);
const char    *kutip_relation_get_from_id (KutipRelation *self);
const char    *kutip_relation_get_to_id   (KutipRelation *self);
KutipStatus    kutip_relation_get_status  (KutipRelation *self);
void           kutip_relation_set_status  (KutipRelation *self,
                                           KutipStatus    status);
const char    *kutip_relation_get_origin  (KutipRelation *self);
void           kutip_relation_set_origin  (KutipRelation *self,
                                           const char    *origin);
JsonObject    *kutip_relation_get_extra   (KutipRelation *self);
void           kutip_relation_set_extra   (KutipRelation *self,
                                           JsonObject    *extra);

G_END_DECLS
