/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggestions-private.h: what a KutipSuggestions holds, shared by
 * kutip-suggestions.c (making), kutip-suggestions-apply.c (merging into a
 * document) and kutip-suggestions-json.c (the JSONL span shape). */
#pragma once

#include "kutip-suggestions.h"

G_BEGIN_DECLS

typedef struct
{
  int   group;
  char *name;
  GPtrArray *mentions; /* KutipAnnotation, owned by spans */
} EntityGroup;

/* The engine's suggestions are kept as plain records until something asks
 * for annotation objects (most runs only write them as JSONL or count
 * them): an article's thousands of spans then cost no GObject each. */
typedef struct
{
  const char *label;      /* interned */
  const char *origin;     /* interned */
  char       *value;      /* owned, or NULL */
  const char *kind;       /* interned, or NULL */
  double      confidence;
  guint       start;      /* code points */
  guint       end;
} RuleSpan;

typedef struct
{
  const char *type;       /* interned */
  const char *origin;     /* interned */
  guint       from;       /* indices into rule_spans */
  guint       to;
} RuleRelation;

typedef struct
{
  int   group;
  guint span;             /* index into rule_spans */
  const char *name;       /* interned, or NULL */
} RuleMention;

struct _KutipSuggestions
{
  KutipText  *text;
  GPtrArray  *spans;      /* KutipAnnotation */
  GPtrArray  *relations;  /* KutipRelation, ends are span ids */
  GPtrArray  *groups;     /* EntityGroup, or NULL before the first */
  GHashTable *by_id;      /* span id -> KutipAnnotation; NULL until needed */
  GArray     *rule_spans; /* RuleSpan not yet made annotations, or NULL */
  GArray     *rule_relations;
  GArray     *rule_mentions;
};

GHashTable      *_kutip_suggestions_spans_by_id      (KutipSuggestions *self);
KutipAnnotation *_kutip_suggestions_add_span_with_id (KutipSuggestions *self,
                                                      const char       *id,
                                                      const char       *label,
                                                      guint             start,
                                                      guint             end,
                                                      const char       *origin,
                                                      double            confidence);
/* Are there rule records not yet made annotations? */
gboolean         _kutip_suggestions_has_rules        (KutipSuggestions *self);
/* Makes the rule records annotations, relations and entity groups. */
void             _kutip_suggestions_materialize      (KutipSuggestions *self);
guint            _kutip_suggestions_n_groups         (KutipSuggestions *self);

G_END_DECLS
