/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-error.c: Kutip's error domain. */

#include "config.h"

#include "kutip-error.h"

G_DEFINE_QUARK (kutip-error-quark, kutip_error)
