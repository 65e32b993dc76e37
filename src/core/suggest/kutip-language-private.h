/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language-private.h: what a language profile holds (KutipLanguage),
 * the word classes of its lexicon, the one word hash of the engine and the
 * word table the lexicons are looked up in. A profile is one file,
 * kutip-language-CODE.c, listed in kutip-language.c. */
#pragma once

#include "kutip-date-private.h"
#include "kutip-language.h"

G_BEGIN_DECLS

/* ---- The word hash (FNV-1a), for every table of words ------------------- */

#define KUTIP_HASH_INIT 2166136261u

static inline guint32
kutip_hash_step (guint32 h,
                 guchar  c)
{
  return (h ^ c) * 16777619u;
}

/* ---- Word classes of the attribution lexicon ---------------------------- */

/* The classes of a (lower-cased) word in one language. A profile gives them
 * through its tables below; kutip-language.c turns the tables into one
 * lexicon per language, whose flags the finders read on every word token
 * (AttTok.lex). */
enum
{
  LEX_CUE_AFTER    = 1 << 0,  /* "“…,” kata X", "“…,” said X" */
  LEX_VERB_SAY     = 1 << 1,  /* "X mengatakan, …", "X said …" */
  LEX_VERB_WEAK    = 1 << 2,  /* stance verbs: "X menilai", "X believes" */
  LEX_ACCORDING    = 1 << 3,  /* "menurut X", "according (to) X" */
  LEX_PASSIVE_CUE  = 1 << 4,  /* "hal itu disampaikan X" */
  LEX_TITLE        = 1 << 5,  /* roles and titles: presiden, juru, spokesman */
  LEX_PRONOUN      = 1 << 6,  /* dia, ia, beliau; he, she, they, who */
  LEX_CLITIC_CUE   = 1 << 7,  /* "katanya", "ujarnya": cue + -nya */
  LEX_NOT_NAME     = 1 << 8,  /* capitalised but never a name: days, months */
  LEX_THAT         = 1 << 9,  /* bahwa, that */
  LEX_PARTICLE     = 1 << 10, /* name particles: bin, van, de */
  LEX_DETERMINER   = 1 << 11, /* the, a, an, para */
  LEX_ABBREV       = 1 << 12, /* "Mr" "Dr": a following period ends nothing */
  LEX_NP_STOP      = 1 << 13, /* words a subject phrase never crosses */
  LEX_FUNCTION     = 1 << 14, /* frequent function words (language detection) */
  LEX_GROUP_NOUN   = 1 << 15, /* "sources", "officials": a speaker by itself */
  LEX_AUX          = 1 << 16, /* may stand between a subject and its verb */
  LEX_CONNECTOR    = 1 << 17, /* joins parts of a role or an organisation: dan, of */
  LEX_OBJECT_PREP  = 1 << 18, /* a name after it is an object: kepada, to */
  LEX_BE           = 1 << 19, /* "was reported": a passive has no speaking subject */
  LEX_AGENT        = 1 << 20, /* "reported by X": the passive's source */
  LEX_HEARER       = 1 << 21, /* "told reporters …": the hearer before the clause */
  LEX_WH_CLAUSE    = 1 << 22, /* "what he calls …": a stance inside a clause */
  LEX_CIRCUMSTANCE = 1 << 23, /* "X saat meninjau …, mengatakan" */
  LEX_TIME         = 1 << 24, /* day and month names, time zones (from date_words) */
  LEX_CONDITION    = 1 << 25, /* "Jika …, kata X, …": the part before belongs to the claim */
  LEX_BACK_REF     = 1 << 26, /* "Hal ini disampaikan X": points at the sentence before */
  LEX_NEEDS_MARK   = 1 << 27, /* a cue verb that takes its clause only after ',', ':' or "that" */
  LEX_SOURCE_NOUN  = 1 << 28, /* "berdasarkan keterangan X, …": a statement of X */
  LEX_DATA_NOUN    = 1 << 29, /* "Hasil survei X mengungkapkan": data, not a speaker */
  LEX_NEGATION     = 1 << 30, /* "tidak menjelaskan", "enggan berkomentar": no statement */
  LEX_POST_DET     = 1u << 31, /* "Pedagang lainnya": closes a noun phrase */
};

/* ---- What a profile lists ---------------------------------------------- */

/* The patterns a cue word takes part in (X is the speaker). */
typedef enum
{
  KUTIP_CUE_SUBJECT_VERB = 1 << 0, /* "X mengatakan (bahwa) …", "X said, …", "…, X said." */
  KUTIP_CUE_VERB_SUBJECT = 1 << 1, /* "“…,” kata X", "…, ujar X.", "…, said X."; with a
                                    * clitic: "…, katanya." */
  KUTIP_CUE_ACCORDING    = 1 << 2, /* "Menurut X, …", "…, menurut X.", "according to X" */
  KUTIP_CUE_PASSIVE      = 1 << 3, /* "Hal itu disampaikan X" */
  KUTIP_CUE_HEARER       = 1 << 4, /* "X told reporters (that) …": no clause without "that" */
  KUTIP_CUE_NEEDS_MARK   = 1 << 5, /* a clause only after ',', ':' or "bahwa": "X menjawab,
                                    * …" but not "X menjawab masalah itu" */
} KutipCuePattern;

/* What a subject-verb cue reports. */
typedef enum
{
  KUTIP_CUE_SPEECH, /* a statement: "mengatakan", "said" (LEX_VERB_SAY) */
  KUTIP_CUE_STANCE, /* a belief, wish or judgement: "menilai", "believes" (LEX_VERB_WEAK) */
} KutipCueKind;

typedef struct
{
  const char *word;     /* lower-case ASCII */
  guint8      patterns; /* KutipCuePattern */
  guint8      kind;     /* KutipCueKind */
} KutipCue;

/* A word and its LEX_* classes. */
typedef struct
{
  const char *word;     /* lower-case ASCII */
  guint32     flags;
} KutipWord;

/* An abbreviation that keeps its period ("Dr.", "dll."). */
typedef struct
{
  const char *word;     /* lower-case ASCII, without the period */
  guint8      kind;     /* KutipAbbreviationKind */
} KutipAbbreviation;

/* How reported speech reads in a language (kutip-reported-speech.c,
 * kutip-attribution.c, kutip-speaker-finder.c). */
typedef struct
{
  /* Reported speech (not a quotation) is kept at most this confident. */
  double      indirect_max_confidence;
  /* "A, X mengatakan, B": the clause after the verb is the claim (the part
   * before sets the scene); without this "A, X said, B" claims A. */
  gboolean    claim_follows_verb;
  /* A reported clause is one claim: the cue words inside it ("Menurut X,
   * Presiden meminta …") start no claim of their own. */
  gboolean    clause_holds_cues;
  /* "A, kata X, B" and "A, menurut X, B" are two claims (A only where it
   * belongs to the statement); "Hal ini disampaikan X" claims the sentence
   * before. */
  gboolean    split_attributions;
  /* Cue verbs that, negated, still report a statement ("tidak menampik
   * bahwa …"); any other negated cue reports none (NULL: none). */
  const char * const *denials;
  /* Words after a BACK_REF noun that mean "the same point" ("Hal senada
   * diungkapkan X"): the speaker is named, the sentence before is not
   * theirs (NULL: none). */
  const char * const *similar;
  /* Words like "that" that open a clause right after its verb ("berharap
   * agar …") and are left out of it (NULL: none). */
  const char * const *complementizers;
  /* The fewest words a reported clause after a cue has ("membenarkan
   * insiden tersebut"; 0: three). */
  guint       min_clause_words;
  /* "Berdasarkan keterangan X, …": these before a SOURCE_NOUN make an
   * according cue (NULL: none). */
  const char * const *according_prepositions;
  /* "PENCE: Well, …": a capitalised name and a colon opening a paragraph
   * label its speaker (transcripts, headlines). */
  gboolean    speaker_labels;
  /* "Menteri Sosial Juliari Batubara juga …": titled full names without
   * any cue are kept as the people a later quote may go back to ... */
  gboolean    name_introductions;
  /* ... and the introduction of everyone quoted is suggested. */
  gboolean    suggest_introductions;
  /* Every subject of a speech or stance verb is suggested (PolNeAR
   * attributes beliefs and stances too). */
  gboolean    suggest_cued_subjects;
  /* The subject of a stance verb is a cued speaker, like a speech verb's. */
  gboolean    stance_cues_speaker;
  /* A stance verb takes its clause without "that" or a comma ("X believes
   * the deal is dead"). */
  gboolean    stance_without_that;
  /* How many words after the verb "that" may stand ("said on Monday
   * that …"), after a speech verb and after a stance verb (1: right after). */
  guint       that_reach_say;
  guint       that_reach_stance;
  /* "Kisran Makati, Ketua Puspaham, menjabarkan": a subject set off by an
   * appositive before its verb. */
  gboolean    appositive_subject;
  /* The subject may open the sentence with a time or a circumstance between
   * it and the verb without a comma before the verb ("Kepala Polres X, Rabu
   * (14/10/2020), mengatakan"); without this only after one. */
  gboolean    distant_subject;
  /* A sentence opening with a word that is never a name ("During …", "In
   * her book, …") opens with an adverbial, not with a statement. */
  gboolean    not_name_opens_adverbial;
  /* A VERB_SUBJECT cue opening a sentence ("Kata dia, …") looks ahead: it
   * does not attribute the quote before it. */
  gboolean    sentence_cue_looks_ahead;
  /* "“…,” he said": a pronoun and a cue after a quote. */
  gboolean    pronoun_cue_after_quote;
  /* "according to X": the word after the ACCORDING cue (NULL: none). */
  const char *according_joiner;
  /* "X repeatedly said": lower-case words with this ending stand between a
   * subject and its verb (NULL: none). */
  const char *adverb_suffix;
  /* "…, saying the deal was dead": a speech verb's participle (NULL: none). */
  const char *participle_suffix;
} KutipSpeechRules;

/* How a speaker's name phrase is found (kutip-speaker-finder.c). */
typedef struct
{
  /* "a senior official": a determiner may open a name phrase. */
  gboolean            determiner_opens;
  /* "said a senior administration official", "longtime Democratic
   * pollster Pat Caddell": up to three lower-case modifiers ... */
  gboolean            lowercase_modifiers;
  /* ... that end, walking back from the name, at a word with one of these
   * endings (verbs and adverbs: "reported", "according", "publicly"). */
  const char * const *modifier_stops;
  /* "Pengajar sosiologi Universitas …": one lower-case word after a title. */
  gboolean            lowercase_after_title;
  /* "Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo": commas
   * between the parts of a role. */
  gboolean            comma_in_role;
  /* "Kementerian Dalam Negeri", "Pejabat Sementara Gubernur": a word that
   * is never a name by itself joins one when capitalised inside it. */
  gboolean            capitalised_inside;
  /* "Winda (36)": an age in brackets after a name belongs to it. */
  gboolean            age_after_name;
  /* "M Jufri, Pelaksana …, mengatakan", "Pedagang lainnya, Winda (36),
   * mengatakan": a subject's appositives and a role before it set off by
   * commas are one speaker span with it. */
  gboolean            appositive_in_span;
  /* Titles that name an organisation, not a person's role ("kementerian",
   * "dinas"): a mention with no other title is a body, named in full. */
  const char * const *organisations;
  /* "warga setempat": one lower-case word after a group noun or a title
   * ends the phrase, unless it begins like a verb (NULL: never). */
  const char * const *verb_prefixes;
} KutipNameRules;

typedef struct _KutipWordTable KutipWordTable;

/* Tries the date rules of a language at token @i (kutip-date-private.h). */
typedef gboolean (*KutipDateRulesFunc) (const KutipDateCtx *ctx,
                                        guint               i,
                                        KutipDateHit       *hit);

/* A language profile. Word lists are lower-case ASCII and NULL-terminated;
 * a word may stand in several (its classes add up). */
struct _KutipLanguage
{
  const char          *code;      /* ISO 639-1: "id" */
  const char          *name;      /* in English: "Indonesian" */

  /* Attribution: cue words with their patterns, "-nya" clitics that turn
   * each VERB_SUBJECT cue into one that refers back ("katanya"), pronouns,
   * titles and roles, function words (the detector counts them too),
   * connectors and object prepositions (those of every profile hold in
   * every text: names cross languages), and words of the other classes. */
  const KutipCue      *cues;
  const char * const  *clitics;
  const char * const  *pronouns;
  const char * const  *titles;
  const char * const  *group_nouns; /* LEX_GROUP_NOUN: "warga", "officials" */
  const char * const  *function_words;
  const char * const  *connectors;
  const char * const  *object_prepositions;
  const KutipWord     *words;
  /* Abbreviations whose period does not end a sentence, or only before a
   * capital (kutip_language_abbreviation()). */
  const KutipAbbreviation *abbreviations;
  KutipSpeechRules     speech;
  KutipNameRules       names;

  /* Dates: the lexicon of time words, the rules, and the prefix of the
   * names of rules that match a date with its day name (a dateline). */
  const KutipDateLex  *date_words;
  gsize                n_date_words;
  KutipDateRulesFunc   date_rules;
  const char          *date_day_rule;

  /* Built by kutip-language.c on first use. */
  KutipWordTable      *lexicon;       /* LEX_* by word */
  KutipWordTable      *organisation_words; /* names.organisations, or NULL */
  KutipDateLexicon    *date_lexicon;
};

/* The profiles (kutip-language-CODE.c). */
extern KutipLanguage kutip_language_id;
extern KutipLanguage kutip_language_en;

/* ---- The word table ----------------------------------------------------- */

/* Lower-cased ASCII words of up to KUTIP_WORD_MAX bytes → 32 bits of flags,
 * in an open-addressing table kept small enough to stay in cache; a bit
 * filter on the hash and a mask of word lengths by initial turn most words
 * of a text away before any probe (kutip-word-table.c). */
#define KUTIP_WORD_MAX 31

struct _KutipWordTable
{
  guint64  filter[1024];             /* bit (hash >> 16): some word has it */
  guint32  lengths_by_initial[27];   /* bit n: a word of n bytes; [26]: not a-z */
  struct _KutipWordSlot *slots;
  guint    mask;
  char   (*words)[KUTIP_WORD_MAX + 1];
  guint8  *lengths;
  guint    n_words;
  guint    max_words;
};

KutipWordTable *kutip_word_table_new           (guint                 max_words);
void            kutip_word_table_add           (KutipWordTable       *table,
                                                const char           *word,
                                                guint32               flags);
guint32         kutip_word_table_lookup        (const KutipWordTable *table,
                                                const char           *word,
                                                gsize                 len);
guint32         kutip_word_table_lookup_hashed (const KutipWordTable *table,
                                                const char           *word,
                                                gsize                 len,
                                                guint32               hash);

/* FALSE when no word of @table has @hash (kutip_hash_step() over the
 * lower-cased bytes from KUTIP_HASH_INIT): most words stop here. */
static inline gboolean
kutip_word_table_may_have (const KutipWordTable *table,
                           guint32               hash)
{
  return (table->filter[hash >> 22] >> ((hash >> 16) & 63)) & 1;
}

G_END_DECLS
