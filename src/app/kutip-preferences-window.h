/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-preferences-window.h: annotator name, font size, autosave delay. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KUTIP_TYPE_PREFERENCES_WINDOW (kutip_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KutipPreferencesWindow, kutip_preferences_window, KUTIP, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *kutip_preferences_window_new (GtkWindow *parent);

G_END_DECLS
