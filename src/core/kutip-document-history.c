/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-history.c: KutipDocument's undo and redo, whole or a
 * batch of edits at a time, and its saved state. */

#define G_LOG_DOMAIN "kutip-document"

#include "config.h"

#include "kutip-document-private.h"

/**
 * kutip_document_get_history:
 * Returns: (transfer none): the undo history
 */
KutipHistory *
kutip_document_get_history (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->history;
}

gboolean
kutip_document_can_undo (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  return kutip_history_can_undo (self->history);
}

gboolean
kutip_document_can_redo (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  return kutip_history_can_redo (self->history);
}

gboolean
kutip_document_undo (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);

  if (!kutip_document_begin_undo (self))
    return FALSE;
  kutip_document_replay (self, G_MAXUINT, 0);
  return TRUE;
}

gboolean
kutip_document_redo (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);

  if (!kutip_document_begin_redo (self))
    return FALSE;
  kutip_document_replay (self, G_MAXUINT, 0);
  return TRUE;
}

static gboolean
begin_replay (KutipDocument *self,
              gboolean       undo)
{
  g_return_val_if_fail (!self->replay_open, FALSE);

  if (!(undo ? kutip_history_begin_undo (self->history)
             : kutip_history_begin_redo (self->history)))
    return FALSE;
  self->replay_open = TRUE;
  _kutip_document_hold_signals (self);
  return TRUE;
}

/**
 * kutip_document_begin_undo:
 *
 * Starts undoing the last step without doing any of it yet:
 * kutip_document_replay() then does it a batch at a time, so the views
 * catch up (and a window keeps answering) between batches of a step of
 * 100,000 edits. Until the step is complete the document must not be
 * edited (an edit is refused with a critical warning).
 *
 * Returns: %FALSE when there is nothing to undo
 */
gboolean
kutip_document_begin_undo (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  return begin_replay (self, TRUE);
}

/* The same for redo. */
gboolean
kutip_document_begin_redo (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  return begin_replay (self, FALSE);
}

/**
 * kutip_document_replay:
 * @max_edits: how many edits of the step to do at most
 * @deadline: a g_get_monotonic_time() after which to stop (at least one
 *   edit is done), or 0 for none
 *
 * Does the next edits of the undo or redo begun, then emits what the
 * views wait for (one items-changed for the batch).
 *
 * Returns: %TRUE when the step is complete (or none was begun)
 */
gboolean
kutip_document_replay (KutipDocument *self,
                       guint          max_edits,
                       gint64         deadline)
{
  gboolean complete = FALSE;
  guint done = 0;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), TRUE);

  if (!self->replay_open)
    return TRUE;

  self->replay_running = TRUE;
  while (!complete && done < max_edits)
    {
      /* The clock is read every few edits: an edit takes about a microsecond. */
      guint batch = MIN (max_edits - done, deadline != 0 ? 64 : G_MAXUINT);

      complete = kutip_history_replay (self->history, batch);
      done += batch;
      if (deadline != 0 && g_get_monotonic_time () >= deadline)
        break;
    }
  self->replay_running = FALSE;

  if (complete)
    {
      self->replay_open = FALSE;
      _kutip_document_release_signals (self);
    }
  else
    kutip_document_flush_signals (self);
  return complete;
}

/* TRUE between kutip_document_begin_undo() (or _redo) and the end of the
 * step's replay. */
gboolean
kutip_document_is_replaying (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  return self->replay_open;
}

/* How much of the undo or redo begun is done, from 0 to 1. */
double
kutip_document_get_replay_progress (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), 1.0);
  return self->replay_open ? kutip_history_get_replay_progress (self->history) : 1.0;
}

/* TRUE when the document differs from its saved state (or was never
 * saved and has been edited). */
gboolean
kutip_document_get_modified (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  return !kutip_history_is_at_saved (self->history);
}

void
kutip_document_mark_saved (KutipDocument *self)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  kutip_history_mark_saved (self->history);
}

