/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-entity.h: one speaker identity over several mentions. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_ENTITY (kutip_entity_get_type ())

G_DECLARE_FINAL_TYPE (KutipEntity, kutip_entity, KUTIP, ENTITY, GObject)

/* Mentions are annotation ids (speaker spans), kept in insertion order. */
KutipEntity        *kutip_entity_new            (const char  *name);
const char         *kutip_entity_get_id         (KutipEntity *self);
void                kutip_entity_set_id         (KutipEntity *self,
                                                 const char  *id);
const char         *kutip_entity_get_name       (KutipEntity *self);
void                kutip_entity_set_name       (KutipEntity *self,
                                                 const char  *name);
const char * const *kutip_entity_get_mentions   (KutipEntity *self,
                                                 guint       *n_mentions);
gboolean            kutip_entity_has_mention    (KutipEntity *self,
                                                 const char  *annotation_id);
void                kutip_entity_add_mention    (KutipEntity *self,
                                                 const char  *annotation_id);
gboolean            kutip_entity_remove_mention (KutipEntity *self,
                                                 const char  *annotation_id);
void                kutip_entity_insert_mention (KutipEntity *self,
                                                 const char  *annotation_id,
                                                 guint        position);
gboolean            kutip_entity_find_mention   (KutipEntity *self,
                                                 const char  *annotation_id,
                                                 guint       *position);
JsonObject         *kutip_entity_get_extra      (KutipEntity *self);
void                kutip_entity_set_extra      (KutipEntity *self,
                                                 JsonObject  *extra);

G_END_DECLS
