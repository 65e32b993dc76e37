/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text-segment.c: grapheme clusters, word tokens, sentences, name folding. */

#include "config.h"

#include "kutip-text.h"
