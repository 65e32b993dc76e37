/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-bench-stall.c: KUTIP_BENCH=suggest (bench/bench-app.sh): Suggest,
 * Undo, Redo and Accept All on the open document, each timed to the end of its work,
 * with the longest time the main loop could not answer meanwhile
 * (KUTIP_BENCH_GAPS=1 lists every stall over 50 ms). */

#define G_LOG_DOMAIN "kutip-bench"

#include "config.h"

#include <time.h>

#include "kutip-bench-stall.h"
#include "kutip-label-names.h"
#include "kutip-store.h"
#include "kutip-window-private.h"
#include "kutip-window-review.h"

/* The work an action leaves behind (idle batches, the views' updates) is
 * over once the loop has answered every tick for this long. */
#define SETTLE_US (1500 * G_TIME_SPAN_MILLISECOND)

typedef enum
{
  PHASE_OPENED,   /* nothing: the text view lays the article out meanwhile */
  PHASE_SUGGEST,
  PHASE_UNDO,
  PHASE_REDO,
  PHASE_ACCEPT_ALL,
  PHASE_DONE,
} Phase;

static const char *phase_names[] = { "opened", "suggest", "undo", "redo", "accept-all" };
static const char *phase_actions[] = { NULL, "win.suggest", "win.undo", "win.redo",
                                       "win.accept-above" };

typedef struct
{
  KutipWindow *window;
  Phase        phase;
  gint64       started;
  gint64       finished;   /* when the document reached its new state */
  gint64       last_tick;
  gint64       worst;      /* longest gap between two ticks */
  /* The main thread's CPU time at the last tick, and the most it used in
   * one gap: on a busy machine a gap is partly waiting for a core. */
  gint64       last_cpu;
  gint64       worst_cpu;
  gint64       settled_since;
  guint        tick_source;
  void       (*next) (KutipWindow *window);
} StallWatch;

/* CPU time of the calling thread, in microseconds. */
static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* A tick every millisecond at high priority: the gap between two is how
 * long the loop was busy with something else. */
static gboolean
tick_cb (gpointer data)
{
  StallWatch *watch = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_time ();
  gint64 gap = now - watch->last_tick;

  watch->last_tick = now;
  if (gap > watch->worst)
    watch->worst = gap;
  if (cpu - watch->last_cpu > watch->worst_cpu)
    watch->worst_cpu = cpu - watch->last_cpu;
  watch->last_cpu = cpu;
  if (gap > 50 * G_TIME_SPAN_MILLISECOND)
    {
      watch->settled_since = now;
      if (g_getenv ("KUTIP_BENCH_GAPS") != NULL)
        g_print ("  %s: %.1f ms stall ending at %.1f ms\n", phase_names[watch->phase],
                 gap / 1000.0, (now - watch->started) / 1000.0);
    }

  if (watch->finished == 0 && !kutip_window_is_busy (watch->window))
    watch->finished = now;
  if (watch->finished != 0 && now - watch->settled_since >= SETTLE_US &&
      now - watch->finished >= SETTLE_US)
    {
      KutipDocument *document = kutip_window_get_document (watch->window);
      void (*next) (KutipWindow *window);

      if (watch->phase == PHASE_OPENED)
        g_print ("opened-quiet-after-ms %.1f\nopened-stall-ms %.1f\n",
                 (watch->settled_since - watch->started) / 1000.0, watch->worst / 1000.0);
      else
        g_print ("%s-ms %.1f\n%s-stall-ms %.1f\n%s-stall-cpu-ms %.1f\n%s-annotations %u\n",
                 phase_names[watch->phase], (watch->finished - watch->started) / 1000.0,
                 phase_names[watch->phase], watch->worst / 1000.0,
                 phase_names[watch->phase], watch->worst_cpu / 1000.0,
                 phase_names[watch->phase], kutip_document_get_n_annotations (document));

      if (++watch->phase == PHASE_DONE)
        {
          gint64 t0 = g_get_monotonic_time ();
          g_autofree char *data = kutip_store_to_data (document, FALSE, NULL);

          /* What an autosave does on the main thread after an edit. */
          g_print ("autosave-serialise-ms %.1f\n", (g_get_monotonic_time () - t0) / 1000.0);
          next = watch->next;
          watch->tick_source = 0;
          next (watch->window);
          g_free (watch);
          return G_SOURCE_REMOVE;
        }
      watch->started = watch->last_tick = watch->settled_since = g_get_monotonic_time ();
      watch->finished = 0;
      watch->worst = watch->worst_cpu = 0;
      watch->last_cpu = thread_cpu_time ();
      if (watch->phase == PHASE_ACCEPT_ALL)
        /* Every suggested claim, with its links to accepted spans. */
        gtk_widget_activate_action (GTK_WIDGET (watch->window), phase_actions[watch->phase],
                                    "(sd)", KUTIP_LABEL_CLAIM, 0.0);
      else
        gtk_widget_activate_action (GTK_WIDGET (watch->window), phase_actions[watch->phase],
                                    NULL);
    }
  return G_SOURCE_CONTINUE;
}

/**
 * kutip_bench_stall:
 * @next: called with @window when everything is measured
 *
 * First waits until the window is quiet after opening (the text view
 * lays a long article out in the background: "opened-quiet-after-ms" is
 * how long that took, "opened-stall-ms" its longest stall). Then prints,
 * for suggest, undo, redo and accept-all (Accept All of the claims):
 * PHASE-ms (to the end of its work), PHASE-stall-ms (the longest the main
 * loop did not answer, from the action until the loop was quiet again),
 * PHASE-stall-cpu-ms (the most CPU time the main thread spent between two
 * ticks: the stall without the time spent waiting for a core) and
 * PHASE-annotations; and the time an autosave's serialisation takes.
 */
void
kutip_bench_stall (KutipWindow *window,
                   void       (*next) (KutipWindow *window))
{
  StallWatch *watch = g_new0 (StallWatch, 1);

  watch->window = window;
  watch->next = next;
  /* The autosave a few seconds after each edit would land in the next
   * phase: it is timed on its own at the end. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_uint (settings, "autosave-interval", 600);
  }
  /* Nor does a blinking caret redraw the article meanwhile (for 10 s
   * after the last key GTK redraws the text view at each blink). */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (window)), "gtk-cursor-blink", FALSE, NULL);
  watch->phase = PHASE_OPENED;
  watch->started = watch->last_tick = watch->settled_since = g_get_monotonic_time ();
  watch->last_cpu = thread_cpu_time ();
  watch->tick_source = g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, watch, NULL);
}
