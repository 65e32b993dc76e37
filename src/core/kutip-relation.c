/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-relation.c: to be written. */

#include "config.h"

#include "kutip-relation.h"
