/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip.h: the whole core library. */
#pragma once

#include "kutip-annotation.h"
#include "kutip-document.h"
#include "kutip-entity.h"
#include "kutip-enums.h"
#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-history.h"
#include "kutip-relation.h"
#include "kutip-schema.h"
#include "kutip-store.h"
#include "kutip-text.h"
#include "kutip-types.h"
