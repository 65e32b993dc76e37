/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-window-private.h: the window struct and the functions its files
 * (window, actions, files) share. */
#pragma once

#include "kutip-annotation-panel.h"
#include "kutip-article-view.h"
#include "kutip-claims-table.h"
#include "kutip-detail-pane.h"
#include "kutip-review-bar.h"
#include "kutip-window.h"

G_BEGIN_DECLS

/* A suggestion still waiting for review. */
static inline gboolean
_kutip_is_pending (KutipAnnotation *annotation)
{
  return annotation != NULL && kutip_annotation_get_status (annotation) == KUTIP_STATUS_PENDING;
}

typedef struct _KutipWindowJob KutipWindowJob;

/* At most this many edits a batch: the views' update after a batch costs
 * in the number of annotations it touched, and undoing takes only a
 * microsecond an edit, so time alone would make a batch of 100,000. The
 * first batches are smaller (kutip-window-jobs.c). */
#define KUTIP_JOB_MAX_EDITS 2000

/* What a long edit does (kutip-window-jobs.c). */
typedef struct
{
  /* Does a batch of at most @max_edits edits, until @deadline (monotonic
   * time; 0: everything, whatever @max_edits says). Returns TRUE when all
   * is done. */
  gboolean (*step)     (gpointer     data,
                        guint        max_edits,
                        gint64       deadline);
  /* The share done, from 0 to 1 (optional). */
  double   (*progress) (gpointer     data);
  /* The job ended in the window's document; @stopped by Stop (optional). */
  void     (*done)     (KutipWindow *window,
                        gpointer     data,
                        gboolean     stopped);
  GDestroyNotify free;
} KutipJobFuncs;

struct _KutipWindow
{
  AdwApplicationWindow   parent_instance;

  /* template children */
  AdwWindowTitle        *window_title;
  GtkMenuButton         *primary_menu_button;
  GtkSearchBar          *search_bar;
  GtkSearchEntry        *search_entry;
  AdwToastOverlay       *toast_overlay;
  GtkBox                *palette_box;
  KutipArticleView      *article_view;
  KutipAnnotationPanel  *annotation_panel;
  KutipDetailPane       *detail_pane;
  KutipClaimsTable      *claims_table;
  AdwViewStack          *side_stack;
  GtkLabel              *status_label;
  GMenu                 *recent_menu;
  KutipReviewBar        *review_bar;

  GSettings             *settings;
  KutipDocument         *document;
  KutipAnnotation       *selected;
  GSignalGroup          *document_signals;

  /* The bundled sample opened at start: replaced by the next open. */
  gboolean               is_sample;
  /* Loaded from a recovery file: unsaved until the next save. */
  gboolean               recovered;
  /* Set once the user agreed to close without saving. */
  gboolean               close_confirmed;

  guint                  autosave_source;
  char                  *recovery_path;
  GCancellable          *autosave_cancellable;

  /* The toast that undoes a delete, while the delete is the last edit. */
  AdwToast              *undo_toast;

  /* Work the first frame does not show, done once it is on screen. */
  guint                  after_first_frame_source;

  /* The running suggester's, NULL when none runs (kutip-window-review.c). */
  GCancellable          *suggest_cancellable;
  /* A long edit done a batch at a time, NULL when none runs
   * (kutip-window-jobs.c). */
  KutipWindowJob        *job;
};

void     _kutip_window_class_init_actions   (GtkWidgetClass *widget_class);
void     _kutip_window_init_actions         (KutipWindow    *self);
void     _kutip_window_update_actions       (KutipWindow    *self);
void     _kutip_window_setup_keys           (KutipWindow    *self);
void     _kutip_window_set_enabled          (KutipWindow    *self,
                                             const char     *name,
                                             gboolean        enabled);
gboolean _kutip_window_activate             (KutipWindow    *self,
                                             const char     *name,
                                             GVariant       *param);

void     _kutip_window_update_title         (KutipWindow    *self);
void     _kutip_window_document_changed     (KutipWindow    *self);
void     _kutip_window_offer_undo           (KutipWindow    *self,
                                             const char     *message);
void     _kutip_window_show_error           (KutipWindow    *self,
                                             const char     *heading,
                                             const GError   *error);

/* kutip-window-files.c */
void     _kutip_window_open_dialog          (KutipWindow    *self);
void     _kutip_window_save                 (KutipWindow    *self);
void     _kutip_window_save_as_dialog       (KutipWindow    *self);
void     _kutip_window_schedule_autosave    (KutipWindow    *self);
void     _kutip_window_remove_recovery      (KutipWindow    *self);
void     _kutip_window_setup_drop           (KutipWindow    *self);
void     _kutip_window_update_recent_menu   (KutipWindow    *self);
gboolean _kutip_window_close_request_cb     (KutipWindow    *self);

/* kutip-window-formats.c */
void     _kutip_window_init_formats         (KutipWindow    *self);

/* kutip-window-jobs.c */
void     _kutip_window_run_job              (KutipWindow         *self,
                                             const char          *message,
                                             gboolean             can_stop,
                                             const KutipJobFuncs *funcs,
                                             gpointer             data);
void     _kutip_window_job_set_suggesting   (KutipWindow    *self);
gboolean _kutip_window_job_is_suggesting    (KutipWindow    *self);
gboolean _kutip_window_job_can_stop         (KutipWindow    *self);
void     _kutip_window_stop_job             (KutipWindow    *self);
void     _kutip_window_end_job              (KutipWindow    *self);

/* kutip-window-review.c */
void     _kutip_window_class_init_review    (GtkWidgetClass *widget_class);
void     _kutip_window_init_review          (KutipWindow    *self);
void     _kutip_window_dispose_review       (KutipWindow    *self);
void     _kutip_window_review_set_document  (KutipWindow    *self);
void     _kutip_window_update_review_actions (KutipWindow   *self);
void     _kutip_window_review_advance       (KutipWindow    *self,
                                             KutipAnnotation *decided);
gboolean _kutip_window_review_key_pressed   (KutipWindow    *self,
                                             guint           keyval,
                                             GdkModifierType mods);
/* Selects the next (@direction 1) or previous (-1) suggestion to review
 * after @from (NULL: the caret); FALSE when none is left. */
gboolean _kutip_window_select_suggestion    (KutipWindow     *self,
                                             KutipAnnotation *from,
                                             int              direction);

/* kutip-window-suggest.c */
void     _kutip_window_init_suggest         (KutipWindow    *self);

G_END_DECLS
