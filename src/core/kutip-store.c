/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-store.c: to be written. */

#include "config.h"

#include "kutip-store.h"
