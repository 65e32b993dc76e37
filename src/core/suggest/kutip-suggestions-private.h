/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggestions-private.h: what kutip-suggestions.c (the set, JSONL)
 * and kutip-suggestions-apply.c (merging it into a document) share. */
#pragma once

#include "kutip-suggestions.h"

G_BEGIN_DECLS

typedef struct
{
  int        group;
  char      *name;
  GPtrArray *mentions; /* KutipAnnotation, owned by spans */
} EntityGroup;

struct _KutipSuggestions
{
  KutipText  *text;
  GPtrArray  *spans;      /* KutipAnnotation */
  GPtrArray  *relations;  /* KutipRelation, ends are span ids */
  GPtrArray  *groups;     /* EntityGroup, or NULL before the first */
  GHashTable *by_id;      /* span id -> KutipAnnotation; NULL until needed */
};

guint _kutip_suggestions_n_groups (KutipSuggestions *self);

G_END_DECLS
