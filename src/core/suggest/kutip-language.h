/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language.h: the language profiles of the suggestion engine (one per
 * language: its words, cue tables, abbreviations, date rules and detector
 * words), found by code or detected from a text. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KutipLanguage KutipLanguage;

const KutipLanguage *kutip_language_lookup      (const char          *code);
const KutipLanguage *kutip_language_detect      (const char          *utf8,
                                                 gsize                n_bytes);
const KutipLanguage *kutip_language_for_text    (const char          *code,
                                                 const char          *utf8,
                                                 gsize                n_bytes);
const KutipLanguage * const *
                     kutip_language_list        (guint               *n_languages);

char                *kutip_language_join_codes  (const char          *separator);

const char          *kutip_language_get_code    (const KutipLanguage *language);
const char          *kutip_language_get_name    (const KutipLanguage *language);

/* How the period after an abbreviation reads: FIXED ones come before what
 * they qualify ("Dr.", "Jl.") and never end a sentence; FINAL ones ("dll.",
 * "Inc.") end one before a capital; CAPITAL_FIXED ones are FIXED when
 * capitalised ("No. 5", "Sen. Graham") and FINAL when not ("he said no.
 * Then"). */
typedef enum
{
  KUTIP_ABBREVIATION_NONE = 0,
  KUTIP_ABBREVIATION_FIXED,
  KUTIP_ABBREVIATION_FINAL,
  KUTIP_ABBREVIATION_CAPITAL_FIXED,
} KutipAbbreviationKind;

KutipAbbreviationKind kutip_language_abbreviation (const KutipLanguage *language,
                                                   const char          *word,
                                                   gsize                len);

/* The code ("id", "en": static strings) of kutip_language_detect(). */
const char          *kutip_detect_language      (const char          *utf8,
                                                 gsize                n_bytes);

G_END_DECLS
