/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-history.h: undo/redo stack of grouped model edits. */
#pragma once

#include <glib-object.h>

#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_HISTORY (kutip_history_get_type ())

G_DECLARE_FINAL_TYPE (KutipHistory, kutip_history, KUTIP, HISTORY, GObject)

/* One recorded edit: apply (redo) or revert (undo) it on @target. */
typedef void (*KutipEditFunc) (gpointer target,
                               gpointer data,
                               gboolean undo);

KutipHistory *kutip_history_new            (gpointer        target);
void          kutip_history_begin_group    (KutipHistory   *self,
                                            const char     *name);
void          kutip_history_end_group      (KutipHistory   *self);
void          kutip_history_push           (KutipHistory   *self,
                                            KutipEditFunc   func,
                                            gpointer        data,
                                            GDestroyNotify  data_free);
gboolean      kutip_history_can_undo       (KutipHistory   *self);
gboolean      kutip_history_can_redo       (KutipHistory   *self);
const char   *kutip_history_get_undo_name  (KutipHistory   *self);
const char   *kutip_history_get_redo_name  (KutipHistory   *self);
gboolean      kutip_history_undo           (KutipHistory   *self);
gboolean      kutip_history_redo           (KutipHistory   *self);
/* Undo or redo a step a batch of commands at a time (a step of 100,000
 * edits would otherwise run all at once): begin, then replay until TRUE. */
gboolean      kutip_history_begin_undo     (KutipHistory   *self);
gboolean      kutip_history_begin_redo     (KutipHistory   *self);
gboolean      kutip_history_replay         (KutipHistory   *self,
                                            guint           max_commands);
double        kutip_history_get_replay_progress (KutipHistory *self);
gboolean      kutip_history_is_replaying   (KutipHistory   *self);
void          kutip_history_clear          (KutipHistory   *self);
/* Marks the current state as saved; "at-saved-state" follows it. */
void          kutip_history_mark_saved     (KutipHistory   *self);
gboolean      kutip_history_is_at_saved    (KutipHistory   *self);

G_END_DECLS
