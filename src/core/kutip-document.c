/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document.c: to be written. */

#include "config.h"

#include "kutip-document.h"
