/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-history.c: to be written. */

#include "config.h"

#include "kutip-history.h"
