/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation.c: to be written. */

#include "config.h"

#include "kutip-annotation.h"
