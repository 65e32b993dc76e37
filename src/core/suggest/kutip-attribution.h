/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution.h: finds claims (direct quotes, reported speech) and their
 * speakers in plain UTF-8 text, links each claim to its speaker and groups the
 * mentions of one person into entities. */
#pragma once

#include <glib.h>

#include "kutip-language.h"

G_BEGIN_DECLS

typedef enum
{
  KUTIP_CLAIM_DIRECT,   /* a quotation in “…”, "…", ‘…’ or «…», marks included */
  KUTIP_CLAIM_INDIRECT, /* reported speech: "X mengatakan, …", "X said that …" */
} KutipClaimKind;

/* All offsets in this API are UTF-8 BYTE offsets into the text that was
 * searched, end exclusive (callers convert to code points, e.g. with
 * kutip_text_byte_to_offset()). Rule names and canonical names are owned by
 * the KutipAttribution (rules are static strings).
 *
 * A claim's @speaker is the mention it is said by; mentions of one person
 * share @entity (0 .. n_entities - 1), whose name is @canonical. Claims and
 * speakers come in text order. */
typedef struct
{
  gsize           start;
  gsize           end;
  KutipClaimKind  kind;
  int             speaker;    /* index into the speakers array, or -1 */
  const char     *rule;       /* e.g. "quote-cue-after", "reported-verb" */
  double          confidence; /* 0..1 */
  /* Where the article tells when it was said: the sentences of the claim
   * and of its attribution ("Biden mengatakan, …"), and the sentence before
   * them in the paragraph when it sets the speaker's scene ("Pada Rabu
   * (18/5) Presiden Joe Biden …"; scene_start == scene_end: none). */
  gsize           told_start;
  gsize           told_end;
  gsize           scene_start;
  gsize           scene_end;
} KutipClaimMatch;

typedef struct
{
  gsize       start;
  gsize       end;
  int         entity;     /* mentions of one person share this index */
  gboolean    pronoun;    /* "dia", "he", "who": resolved through @entity */
  const char *rule;
  double      confidence;
  const char *canonical;  /* the entity's fullest name phrase (shared) */
} KutipSpeakerMatch;

typedef struct _KutipAttribution KutipAttribution;

KutipAttribution *kutip_attribution_find         (const char        *utf8,
                                                  gsize              n_bytes,
                                                  const char        *lang);
/* Default threshold of kutip_attribution_find(): what is worth reviewing. */
#define KUTIP_ATTRIBUTION_MIN_CONFIDENCE 0.5

KutipAttribution *kutip_attribution_find_full    (const char        *utf8,
                                                  gsize              n_bytes,
                                                  const char        *lang,
                                                  double             min_confidence);

/* Which claims are suggested. */
typedef enum
{
  KUTIP_CLAIM_SCOPE_ALL,    /* quotes and reported speech, each source's mention */
  KUTIP_CLAIM_SCOPE_DIRECT, /* quotes only, for guidelines that tag quotes alone
                             * (PFSA-ID): the speakers of quotes, and in
                             * Indonesian the introduction of everyone quoted */
} KutipClaimScope;

KutipAttribution *kutip_attribution_find_scoped  (const char        *utf8,
                                                  gsize              n_bytes,
                                                  const char        *lang,
                                                  double             min_confidence,
                                                  KutipClaimScope    scope);
void              kutip_attribution_free         (KutipAttribution  *self);

const char       *kutip_attribution_get_language (KutipAttribution  *self);
const KutipClaimMatch *
                  kutip_attribution_get_claims   (KutipAttribution  *self,
                                                  guint             *n_claims);
const KutipSpeakerMatch *
                  kutip_attribution_get_speakers (KutipAttribution  *self,
                                                  guint             *n_speakers);
guint             kutip_attribution_get_n_entities (KutipAttribution *self);
const char       *kutip_attribution_get_entity_name (KutipAttribution *self,
                                                     guint             entity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipAttribution, kutip_attribution_free)

G_END_DECLS
