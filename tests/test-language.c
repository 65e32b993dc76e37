/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-language.c: the language profiles: lookup by code, the one detector,
 * and what a profile's tables become for the finders. */

#include "config.h"

#include <string.h>

#include "kutip-attribution.h"
#include "kutip-date-finder.h"
#include "kutip-language-private.h"

static void
test_lookup (void)
{
  const KutipLanguage *id = kutip_language_lookup ("id");
  const KutipLanguage *en = kutip_language_lookup ("en");

  g_assert_nonnull (id);
  g_assert_nonnull (en);
  g_assert_true (id != en);
  g_assert_cmpstr (kutip_language_get_code (id), ==, "id");
  g_assert_cmpstr (kutip_language_get_name (id), ==, "Indonesian");
  g_assert_cmpstr (kutip_language_get_code (en), ==, "en");
  g_assert_cmpstr (kutip_language_get_name (en), ==, "English");
  g_assert_true (kutip_language_lookup ("id") == id);
  {
    g_autofree char *codes = kutip_language_join_codes (", ");

    g_assert_cmpstr (codes, ==, "id, en");
  }

  /* Codes with no profile, spelled otherwise or missing. */
  g_assert_null (kutip_language_lookup ("fr"));
  g_assert_null (kutip_language_lookup ("xx"));
  g_assert_null (kutip_language_lookup (""));
  g_assert_null (kutip_language_lookup ("ID"));
  g_assert_null (kutip_language_lookup ("en-US"));
  g_assert_null (kutip_language_lookup (NULL));
}

/* Every profile is complete, found by its own code, and recognised from
 * its own function words: what a new profile must pass too. */
static void
test_every_profile (void)
{
  guint n = 0;
  const KutipLanguage * const *all = kutip_language_list (&n);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (all[0]->code, ==, "id"); /* the default */
  for (guint k = 0; k < n; k++)
    {
      const KutipLanguage *language = all[k];
      g_autoptr(GString) text = g_string_new (NULL);

      g_assert_true (kutip_language_lookup (language->code) == language);
      g_assert_nonnull (language->name);
      g_assert_nonnull (language->cues);
      g_assert_nonnull (language->cues[0].word);
      g_assert_nonnull (language->function_words);
      g_assert_nonnull (language->date_rules);
      g_assert_cmpuint (language->n_date_words, >, 0);
      g_assert_true (g_str_has_prefix (language->date_day_rule, "date-"));
      g_assert_cmpfloat (language->speech.indirect_max_confidence, >, 0.0);
      g_assert_cmpfloat (language->speech.indirect_max_confidence, <=, 1.0);
      g_assert_nonnull (language->lexicon);
      g_assert_nonnull (language->date_lexicon);

      for (const char * const *w = language->function_words; *w != NULL; w++)
        g_string_append_printf (text, "%s ", *w);
      g_assert_true (kutip_language_detect (text->str, text->len) == language);
    }
}

static void
test_detect (void)
{
  const char *id = "Pemerintah akan menambah anggaran untuk bantuan sosial yang "
                   "disalurkan kepada warga dan pedagang kecil di desa.";
  const char *en = "The government will increase the budget for aid that is paid to "
                   "residents and small traders in the villages.";
  const char *none = "Jokowi Prabowo Anies 2024 Jakarta Surabaya";
  /* One word each ("yang", "the"): a tie goes to the default. */
  const char *tie = "yang the";

  g_assert_cmpstr (kutip_language_detect (id, strlen (id))->code, ==, "id");
  g_assert_cmpstr (kutip_language_detect (en, strlen (en))->code, ==, "en");
  g_assert_cmpstr (kutip_language_detect (none, strlen (none))->code, ==, "id");
  g_assert_cmpstr (kutip_language_detect (tie, strlen (tie))->code, ==, "id");
  g_assert_cmpstr (kutip_language_detect ("", 0)->code, ==, "id");
  g_assert_cmpstr (kutip_detect_language (en, strlen (en)), ==, "en");
  /* Words glued to non-ASCII letters are not counted ("the" in "theé"). */
  {
    const char *glued = "theé theé theé dan";

    g_assert_cmpstr (kutip_detect_language (glued, strlen (glued)), ==, "id");
  }

  /* The given code wins; a missing or unknown one is detected. */
  g_assert_cmpstr (kutip_language_for_text ("id", en, strlen (en))->code, ==, "id");
  g_assert_cmpstr (kutip_language_for_text (NULL, en, strlen (en))->code, ==, "en");
  g_assert_cmpstr (kutip_language_for_text ("fr", en, strlen (en))->code, ==, "en");
  g_assert_cmpstr (kutip_language_for_text ("", id, strlen (id))->code, ==, "id");
}

/* The finders take an unknown code as "detect". */
static void
test_finders_detect_unknown (void)
{
  const char *en = "“We are not closing the shelter,” the mayor said on May 18, 2021, "
                   "and the council agreed that it would stay open.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (en, strlen (en), "fr");
  g_autoptr(GArray) dates = kutip_date_finder_find (en, strlen (en), "fr", NULL);

  g_assert_cmpstr (kutip_attribution_get_language (att), ==, "en");
  g_assert_cmpuint (dates->len, ==, 1);
  g_assert_cmpstr (g_array_index (dates, KutipDateMatch, 0).value, ==, "2021-05-18");
}

static guint32
lex (const char *code,
     const char *word)
{
  return kutip_word_table_lookup (kutip_language_lookup (code)->lexicon, word, strlen (word));
}

/* What the profiles' tables become in the lexicon the finders read. */
static void
test_lexicon (void)
{
  /* A cue's patterns and kind. */
  g_assert_cmphex (lex ("id", "mengatakan") & (LEX_VERB_SAY | LEX_VERB_WEAK), ==, LEX_VERB_SAY);
  g_assert_cmphex (lex ("id", "menilai") & (LEX_VERB_SAY | LEX_VERB_WEAK), ==, LEX_VERB_WEAK);
  g_assert_cmphex (lex ("id", "menurut"), ==, LEX_ACCORDING);
  g_assert_cmphex (lex ("id", "disampaikan"), ==, LEX_PASSIVE_CUE);
  g_assert_cmphex (lex ("en", "said") & (LEX_CUE_AFTER | LEX_VERB_SAY | LEX_FUNCTION), ==,
                   LEX_CUE_AFTER | LEX_VERB_SAY | LEX_FUNCTION);
  g_assert_true (lex ("en", "told") & LEX_HEARER);
  g_assert_false (lex ("en", "said") & LEX_HEARER);
  /* A cue word with its clitic refers back; only where the profile has it. */
  g_assert_cmphex (lex ("id", "katanya"), ==, LEX_CUE_AFTER | LEX_CLITIC_CUE);
  g_assert_cmphex (lex ("id", "ujarnya"), ==, LEX_CUE_AFTER | LEX_CLITIC_CUE);
  g_assert_cmphex (lex ("en", "katanya"), ==, 0);
  /* One language's words are not the other's; any case is the same word. */
  g_assert_cmphex (lex ("en", "mengatakan"), ==, 0);
  g_assert_cmphex (lex ("id", "said"), ==, 0);
  g_assert_cmphex (lex ("en", "SAID"), ==, lex ("en", "said"));
  g_assert_true (lex ("id", "Presiden") & LEX_TITLE);
  g_assert_true (lex ("en", "he") & LEX_PRONOUN);
  g_assert_true (lex ("id", "beliau") & LEX_PRONOUN);
  /* Connectors and object prepositions hold across languages. */
  g_assert_true (lex ("id", "of") & LEX_CONNECTOR);
  g_assert_true (lex ("en", "dan") & LEX_CONNECTOR);
  g_assert_true (lex ("en", "kepada") & LEX_OBJECT_PREP);
  /* Not ASCII, too long, empty: not in any lexicon. */
  g_assert_cmphex (lex ("id", "katé"), ==, 0);
  g_assert_cmphex (lex ("id", "mengatakanmengatakanmengatakan12"), ==, 0);
  g_assert_cmphex (lex ("id", ""), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/language/lookup", test_lookup);
  g_test_add_func ("/kutip/language/every-profile", test_every_profile);
  g_test_add_func ("/kutip/language/detect", test_detect);
  g_test_add_func ("/kutip/language/finders-detect-unknown", test_finders_detect_unknown);
  g_test_add_func ("/kutip/language/lexicon", test_lexicon);

  return g_test_run ();
}
