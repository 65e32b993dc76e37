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

G_END_DECLS
