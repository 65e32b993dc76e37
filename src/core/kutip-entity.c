/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-entity.c: to be written. */

#include "config.h"

#include "kutip-entity.h"
