/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-jobs.c: long edits (applying 40,000 suggestions, undoing
 * them, accepting all of a label) done a batch per main-loop turn, so the
 * window keeps drawing and answering; the review bar shows their progress
 * and, for those that can stop, a Stop button. */

#define G_LOG_DOMAIN "kutip-window-jobs"

#include "config.h"

#include "kutip-window-private.h"
#include "kutip-window-review.h"

/* How long one batch may run. With the views' update after it and a frame
 * the main loop answers within 100 ms. */
#define BATCH_US (25 * G_TIME_SPAN_MILLISECOND)

struct _KutipWindowJob
{
  KutipWindow     *window;     /* not owned: the window owns the job */
  KutipDocument   *document;
  KutipJobFuncs    funcs;
  gpointer         data;
  gboolean         can_stop;
  gboolean         suggesting; /* the result of a suggester */
  guint            batch_size;
  guint            source;
};

/* The first batch is small, so the action answers at once, and so is the
 * list it may fill: GTK 4.8's list view makes a row widget for each of up
 * to 200 items in one frame, and an annotation list going from empty to
 * 2,000 items did that while drawing the first batch. Each next batch is
 * twice as large, up to KUTIP_JOB_MAX_EDITS. */
#define FIRST_BATCH 64

static void
job_free (KutipWindowJob *job)
{
  g_clear_handle_id (&job->source, g_source_remove);
  if (job->funcs.free != NULL)
    job->funcs.free (job->data);
  g_clear_object (&job->document);
  g_free (job);
}

/* Takes the job off the window and tells its owner how it ended. */
static void
finish (KutipWindow *self,
        gboolean     stopped)
{
  KutipWindowJob *job = g_steal_pointer (&self->job);

  g_clear_handle_id (&job->source, g_source_remove);
  kutip_review_bar_set_busy (self->review_bar, NULL);
  if (job->funcs.done != NULL && job->document == self->document)
    job->funcs.done (self, job->data, stopped);
  job_free (job);
  _kutip_window_update_actions (self);
}

static gboolean
run_batch (KutipWindowJob *job)
{
  gboolean done = job->funcs.step (job->data, job->batch_size,
                                   g_get_monotonic_time () + BATCH_US);

  job->batch_size = MIN (job->batch_size * 2, KUTIP_JOB_MAX_EDITS);
  return done;
}

static gboolean
job_idle_cb (gpointer data)
{
  KutipWindowJob *job = data;
  KutipWindow *self = job->window;

  if (!run_batch (job))
    {
      if (job->funcs.progress != NULL)
        kutip_review_bar_set_progress (self->review_bar, job->funcs.progress (job->data));
      return G_SOURCE_CONTINUE;
    }
  job->source = 0;
  finish (self, FALSE);
  return G_SOURCE_REMOVE;
}

/**
 * _kutip_window_run_job:
 * @message: what the review bar says while it runs, e.g. "Undoing…"
 * @can_stop: whether Stop ends it early (keeping what it did)
 * @data: (transfer full): the job's own, freed with @funcs->free
 *
 * Runs the first batch at once: a small edit is done before this returns,
 * as a plain action is. A larger one goes on a batch per main-loop turn,
 * below input and redrawing but above the text view's layout work, with
 * the window's editing actions off until it is done.
 */
void
_kutip_window_run_job (KutipWindow         *self,
                       const char          *message,
                       gboolean             can_stop,
                       const KutipJobFuncs *funcs,
                       gpointer             data)
{
  KutipWindowJob *job;

  g_return_if_fail (self->job == NULL);
  g_return_if_fail (self->document != NULL);

  job = g_new0 (KutipWindowJob, 1);
  job->window = self;
  job->document = g_object_ref (self->document);
  job->funcs = *funcs;
  job->data = data;
  job->can_stop = can_stop;
  job->batch_size = FIRST_BATCH;
  self->job = job;

  if (run_batch (job))
    {
      finish (self, FALSE);
      return;
    }

  kutip_review_bar_set_busy (self->review_bar, message);
  kutip_review_bar_set_can_stop (self->review_bar, can_stop);
  if (funcs->progress != NULL)
    kutip_review_bar_set_progress (self->review_bar, funcs->progress (data));
  job->source = g_idle_add_full (GDK_PRIORITY_REDRAW + 1, job_idle_cb, job, NULL);
  _kutip_window_update_actions (self);
}

/* Marks the running job as the result of a suggester (kutip_window_is_suggesting). */
void
_kutip_window_job_set_suggesting (KutipWindow *self)
{
  if (self->job != NULL)
    self->job->suggesting = TRUE;
}

gboolean
_kutip_window_job_is_suggesting (KutipWindow *self)
{
  return self->job != NULL && self->job->suggesting;
}

gboolean
_kutip_window_job_can_stop (KutipWindow *self)
{
  return self->job != NULL && self->job->can_stop;
}

/* Stop: a job that can stop ends now with what it did. */
void
_kutip_window_stop_job (KutipWindow *self)
{
  if (self->job != NULL && self->job->can_stop)
    finish (self, TRUE);
}

/* Before the window shows another document or closes: what the job has
 * not done yet, it cannot do any more. An undo or redo half way is
 * finished (the document must not stay half undone); anything else stops. */
void
_kutip_window_end_job (KutipWindow *self)
{
  KutipWindowJob *job = self->job;

  if (job == NULL)
    return;
  if (!job->can_stop)
    while (!job->funcs.step (job->data, G_MAXUINT, 0))
      ;
  /* Nobody is told: the window moves on. */
  g_clear_object (&job->document);
  finish (self, TRUE);
}

gboolean
kutip_window_is_busy (KutipWindow *self)
{
  g_return_val_if_fail (KUTIP_IS_WINDOW (self), FALSE);
  return self->job != NULL || self->suggest_cancellable != NULL;
}
