/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text-private.h: character tests shared by the kutip-text-*.c files. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean _kutip_unichar_is_space            (gunichar c);
gboolean _kutip_unichar_is_cluster_extender (gunichar c);

G_END_DECLS
