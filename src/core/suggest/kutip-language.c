/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language.c: the language profiles: finding one by code, building
 * each one's lexicons on first use, and telling which language a text is
 * in by counting each profile's function words. */

#define G_LOG_DOMAIN "kutip-language"

#include "config.h"

#include <string.h>

#include "kutip-language-private.h"

/* Every profile; the first is the one a text that decides nothing gets. */
static KutipLanguage * const languages[] = {
  &kutip_language_id,
  &kutip_language_en,
};

/* Function word → the bit (1 << index in languages[]) of each language
 * that has it. */
static KutipWordTable *detector;

/* Abbreviation → ABBREV_FIXED | ABBREV_FINAL, over every profile, for text
 * whose language is not known (a CAPITAL_FIXED one has both bits; so has a
 * word one profile fixes and another ends with). */
enum
{
  ABBREV_FIXED = 1 << 0,
  ABBREV_FINAL = 1 << 1,
};
static KutipWordTable *any_abbreviation;

static guint
strv_count (const char * const *words)
{
  guint n = 0;

  for (; words != NULL && words[n] != NULL; n++)
    ;
  return n;
}

static void
add_words (KutipWordTable     *table,
           const char * const *words,
           guint32             flags)
{
  for (; words != NULL && *words != NULL; words++)
    kutip_word_table_add (table, *words, flags);
}

/* The lexicon classes of a cue. */
static guint32
cue_flags (const KutipCue *cue)
{
  guint32 flags = 0;

  if (cue->patterns & KUTIP_CUE_SUBJECT_VERB)
    flags |= cue->kind == KUTIP_CUE_STANCE ? LEX_VERB_WEAK : LEX_VERB_SAY;
  if (cue->patterns & KUTIP_CUE_VERB_SUBJECT)
    flags |= LEX_CUE_AFTER;
  if (cue->patterns & KUTIP_CUE_ACCORDING)
    flags |= LEX_ACCORDING;
  if (cue->patterns & KUTIP_CUE_PASSIVE)
    flags |= LEX_PASSIVE_CUE;
  if (cue->patterns & KUTIP_CUE_HEARER)
    flags |= LEX_HEARER;
  if (cue->patterns & KUTIP_CUE_NEEDS_MARK)
    flags |= LEX_NEEDS_MARK;
  return flags;
}

/* One table of every word class of @language. */
static KutipWordTable *
build_lexicon (const KutipLanguage *language)
{
  guint n_cues = 0, n_words = 0, n = 0;
  KutipWordTable *table;

  for (const KutipCue *c = language->cues; c != NULL && c->word != NULL; c++)
    n_cues++;
  for (const KutipWord *w = language->words; w != NULL && w->word != NULL; w++)
    n_words++;
  n = n_cues * (1 + strv_count (language->clitics)) + n_words
      + strv_count (language->pronouns) + strv_count (language->titles)
      + strv_count (language->group_nouns)
      + strv_count (language->function_words) + language->n_date_words;
  for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
    n += strv_count (languages[k]->connectors) + strv_count (languages[k]->object_prepositions);
  table = kutip_word_table_new (n);

  for (const KutipCue *c = language->cues; c != NULL && c->word != NULL; c++)
    {
      kutip_word_table_add (table, c->word, cue_flags (c));
      /* "katanya", "ujarnya": the cue with a clitic naming who spoke;
       * "menurutnya" and "disampaikannya" likewise. */
      if (c->patterns & (KUTIP_CUE_VERB_SUBJECT | KUTIP_CUE_ACCORDING | KUTIP_CUE_PASSIVE))
        for (const char * const *clitic = language->clitics;
             clitic != NULL && *clitic != NULL; clitic++)
          {
            g_autofree char *form = g_strconcat (c->word, *clitic, NULL);
            guint32 flags = LEX_CLITIC_CUE;

            if (c->patterns & KUTIP_CUE_VERB_SUBJECT)
              flags |= LEX_CUE_AFTER;
            if (c->patterns & KUTIP_CUE_ACCORDING)
              flags |= LEX_ACCORDING;
            if (c->patterns & KUTIP_CUE_PASSIVE)
              flags |= LEX_PASSIVE_CUE;
            kutip_word_table_add (table, form, flags);
          }
    }
  /* Day and month names and time zones are never part of a name. */
  for (gsize k = 0; k < language->n_date_words; k++)
    {
      const KutipDateLex *d = &language->date_words[k];

      if ((d->kind == KUTIP_LEX_WEEKDAY || d->kind == KUTIP_LEX_MONTH
           || d->kind == KUTIP_LEX_ZONE) && !(d->flags & KUTIP_LEXF_AMBIGUOUS))
        kutip_word_table_add (table, d->word, LEX_TIME);
    }
  add_words (table, language->pronouns, LEX_PRONOUN);
  add_words (table, language->titles, LEX_TITLE);
  add_words (table, language->group_nouns, LEX_GROUP_NOUN);
  add_words (table, language->function_words, LEX_FUNCTION);
  for (const KutipWord *w = language->words; w != NULL && w->word != NULL; w++)
    kutip_word_table_add (table, w->word, w->flags);
  /* Names cross languages ("Network for Democracy" in Indonesian news):
   * every profile's connectors and object prepositions hold in every text. */
  for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
    {
      add_words (table, languages[k]->connectors, LEX_CONNECTOR);
      add_words (table, languages[k]->object_prepositions, LEX_OBJECT_PREP);
    }
  return table;
}

static guint32
abbreviation_bits (guint8 kind)
{
  switch (kind)
    {
    case KUTIP_ABBREVIATION_FIXED:
      return ABBREV_FIXED;
    case KUTIP_ABBREVIATION_FINAL:
      return ABBREV_FINAL;
    case KUTIP_ABBREVIATION_CAPITAL_FIXED:
      return ABBREV_FIXED | ABBREV_FINAL;
    default:
      g_assert_not_reached ();
    }
}

static KutipAbbreviationKind
abbreviation_kind (guint32 bits)
{
  switch (bits & (ABBREV_FIXED | ABBREV_FINAL))
    {
    case ABBREV_FIXED:
      return KUTIP_ABBREVIATION_FIXED;
    case ABBREV_FINAL:
      return KUTIP_ABBREVIATION_FINAL;
    case ABBREV_FIXED | ABBREV_FINAL:
      return KUTIP_ABBREVIATION_CAPITAL_FIXED;
    default:
      return KUTIP_ABBREVIATION_NONE;
    }
}

static gpointer
build_all (gpointer data)
{
  guint n = 0, n_abbreviations = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (languages) <= 32);
  for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
    {
      KutipLanguage *language = languages[k];

      g_assert (language->code != NULL && language->date_rules != NULL);
      language->lexicon = build_lexicon (language);
      if (language->names.organisations != NULL)
        {
          language->organisation_words =
            kutip_word_table_new (strv_count (language->names.organisations));
          add_words (language->organisation_words, language->names.organisations, 1);
        }
      language->date_lexicon = kutip_date_lexicon_build (language->date_words,
                                                         language->n_date_words);
      n += strv_count (language->function_words);
      for (const KutipAbbreviation *a = language->abbreviations; a != NULL && a->word != NULL; a++)
        n_abbreviations++;
    }
  detector = kutip_word_table_new (n);
  any_abbreviation = kutip_word_table_new (n_abbreviations);
  for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
    {
      add_words (detector, languages[k]->function_words, 1u << k);
      for (const KutipAbbreviation *a = languages[k]->abbreviations;
           a != NULL && a->word != NULL; a++)
        kutip_word_table_add (any_abbreviation, a->word, abbreviation_bits (a->kind));
    }
  return NULL;
}

static inline void
ensure_built (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_all, NULL);
}

/**
 * kutip_language_list:
 * @n_languages: (out) (optional): the number of profiles
 *
 * Returns: (transfer none) (array length=n_languages): every profile, the
 *   default first
 */
const KutipLanguage * const *
kutip_language_list (guint *n_languages)
{
  ensure_built ();
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (languages);
  return (const KutipLanguage * const *) languages;
}

/**
 * kutip_language_join_codes:
 * @separator: put between two codes, e.g. ", "
 *
 * Returns: (transfer full): every profile's code, e.g. "id, en", for
 *   messages that say which languages there are
 */
char *
kutip_language_join_codes (const char *separator)
{
  GString *codes = g_string_new (NULL);

  for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
    {
      if (k > 0)
        g_string_append (codes, separator);
      g_string_append (codes, languages[k]->code);
    }
  return g_string_free (codes, FALSE);
}

/**
 * kutip_language_lookup:
 * @code: (nullable): a language code: "id", "en"
 *
 * Returns: (transfer none) (nullable): the profile of @code, or %NULL when
 *   Kutip has none
 */
const KutipLanguage *
kutip_language_lookup (const char *code)
{
  if (code == NULL)
    return NULL;
  ensure_built ();
  for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
    if (strcmp (languages[k]->code, code) == 0)
      return languages[k];
  return NULL;
}

/**
 * kutip_language_detect:
 * @utf8: text
 * @n_bytes: its length in bytes
 *
 * Guesses the language from how many of each profile's function words the
 * first few thousand words hold.
 *
 * Returns: (transfer none): the profile with the most; the first of
 *   kutip_language_list() when nothing decides
 */
const KutipLanguage *
kutip_language_detect (const char *utf8,
                       gsize       n_bytes)
{
  const char *p = utf8, *end;
  guint counts[G_N_ELEMENTS (languages)] = { 0 };
  guint words = 0, best = 0;

  ensure_built ();
  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, languages[0]);

  end = utf8 + n_bytes;
  while (p < end && words < 5000)
    {
      const char *w;

      while (p < end && !g_ascii_isalpha (*p))
        p++;
      w = p;
      while (p < end && g_ascii_isalpha (*p))
        p++;
      /* A word glued to a non-ASCII letter is part of a longer one. */
      if (p > w && (p == end || (guchar) *p < 0x80))
        {
          guint32 bits = kutip_word_table_lookup (detector, w, p - w);

          for (guint k = 0; bits != 0; k++, bits >>= 1)
            counts[k] += bits & 1;
          words++;
        }
      while (p < end && (guchar) *p >= 0x80)
        p++;
    }
  for (guint k = 1; k < G_N_ELEMENTS (languages); k++)
    if (counts[k] > counts[best])
      best = k;
  return languages[best];
}

/**
 * kutip_language_for_text:
 * @code: (nullable): the language the caller was given, if any
 *
 * Returns: (transfer none): the profile of @code, or the one detected in
 *   @utf8 when @code is %NULL or names no profile
 */
const KutipLanguage *
kutip_language_for_text (const char *code,
                         const char *utf8,
                         gsize       n_bytes)
{
  const KutipLanguage *language = kutip_language_lookup (code);

  return language != NULL ? language : kutip_language_detect (utf8, n_bytes);
}

/**
 * kutip_language_get_code:
 *
 * Returns: (transfer none): the ISO 639-1 code, e.g. "id" (a static string)
 */
const char *
kutip_language_get_code (const KutipLanguage *language)
{
  g_return_val_if_fail (language != NULL, NULL);
  return language->code;
}

/**
 * kutip_language_get_name:
 *
 * Returns: (transfer none): the language's name in English, e.g.
 *   "Indonesian" (a static string)
 */
const char *
kutip_language_get_name (const KutipLanguage *language)
{
  g_return_val_if_fail (language != NULL, NULL);
  return language->name;
}

/**
 * kutip_language_abbreviation:
 * @language: (nullable): a profile, or %NULL for the abbreviations of
 *   every profile (a text whose language is not known)
 * @word: an ASCII word without its period, in any case
 * @len: its length in bytes
 *
 * Returns: how a period right after @word reads
 */
KutipAbbreviationKind
kutip_language_abbreviation (const KutipLanguage *language,
                             const char          *word,
                             gsize                len)
{
  ensure_built ();
  if (language == NULL)
    return abbreviation_kind (kutip_word_table_lookup (any_abbreviation, word, len));
  for (const KutipAbbreviation *a = language->abbreviations; a != NULL && a->word != NULL; a++)
    if (strlen (a->word) == len && g_ascii_strncasecmp (a->word, word, len) == 0)
      return a->kind;
  return KUTIP_ABBREVIATION_NONE;
}

/**
 * kutip_detect_language:
 * @utf8: text
 * @n_bytes: its length in bytes
 *
 * Returns: the code of kutip_language_detect()'s profile (a static string)
 */
const char *
kutip_detect_language (const char *utf8,
                       gsize       n_bytes)
{
  return kutip_language_detect (utf8, n_bytes)->code;
}
