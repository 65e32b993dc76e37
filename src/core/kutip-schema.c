/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-schema.c: to be written. */

#include "config.h"

#include "kutip-schema.h"
