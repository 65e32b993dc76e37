/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-stats.h: counts of annotations per label and status over one or
 * more documents (kutip-cli stats, corpus views). */
#pragma once

#include <json-glib/json-glib.h>

#include "kutip-document.h"

G_BEGIN_DECLS

typedef struct _KutipStats KutipStats;

KutipStats  *kutip_stats_new              (void);
void         kutip_stats_free             (KutipStats    *self);
void         kutip_stats_add_document     (KutipStats    *self,
                                           KutipDocument *document);
void         kutip_stats_merge            (KutipStats    *self,
                                           KutipStats    *other);
guint        kutip_stats_get_n_documents  (KutipStats    *self);
guint        kutip_stats_get_n_relations  (KutipStats    *self);
guint        kutip_stats_get_n_entities   (KutipStats    *self);
/* @label NULL counts every label; @status < 0 counts every status. */
guint        kutip_stats_count            (KutipStats    *self,
                                           const char    *label,
                                           int            status);
/* Labels seen, sorted (transfer full). */
char       **kutip_stats_list_labels      (KutipStats    *self);
/* {"documents": N, "annotations": {"total", "pending", "accepted",
 *  "rejected"}, "labels": {LABEL: {...}}, "relations": N, "entities": N} */
JsonNode    *kutip_stats_to_json          (KutipStats    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipStats, kutip_stats_free)

G_END_DECLS
