/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution-lexicon-en.c: English words that signal attribution:
 * speech and belief verbs, titles and roles, pronouns, clause boundaries. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include "kutip-attribution-private.h"

#define CUE   LEX_CUE_AFTER
#define SAY   LEX_VERB_SAY
#define WEAK  LEX_VERB_WEAK
#define TITLE LEX_TITLE
#define NN    LEX_NOT_NAME
#define STOP  LEX_NP_STOP
#define FN    LEX_FUNCTION
#define AUX   LEX_AUX
#define GROUP LEX_GROUP_NOUN

const AttLexEntry att_lexicon_en[] = {
  /* Speech verbs: "X said …", "“…,” said X", "“…,” X said". */
  { "said", CUE | SAY | FN }, { "says", CUE | SAY }, { "say", CUE | SAY },
  { "added", CUE | SAY }, { "adds", CUE | SAY }, { "told", CUE | SAY },
  { "tells", CUE | SAY }, { "wrote", CUE | SAY }, { "writes", CUE | SAY },
  { "noted", CUE | SAY }, { "notes", CUE | SAY }, { "explained", CUE | SAY },
  { "continued", CUE | SAY }, { "stated", CUE | SAY }, { "states", SAY },
  { "recalled", CUE | SAY }, { "replied", CUE | SAY }, { "responded", CUE | SAY },
  { "insisted", CUE | SAY }, { "insists", CUE | SAY }, { "argued", CUE | SAY },
  { "argues", CUE | SAY }, { "claimed", CUE | SAY }, { "claims", SAY },
  { "warned", CUE | SAY }, { "warns", CUE | SAY }, { "acknowledged", CUE | SAY },
  { "admitted", CUE | SAY }, { "conceded", CUE | SAY }, { "declared", CUE | SAY },
  { "tweeted", CUE | SAY }, { "asked", CUE | SAY }, { "announced", CUE | SAY },
  { "reported", CUE | SAY }, { "reports", SAY }, { "confirmed", CUE | SAY },
  { "stressed", CUE | SAY }, { "emphasized", CUE | SAY }, { "observed", CUE | SAY },
  { "remarked", CUE | SAY }, { "quipped", CUE | SAY }, { "joked", CUE | SAY },
  { "complained", CUE | SAY }, { "concluded", CUE | SAY }, { "countered", CUE | SAY },
  { "testified", SAY }, { "alleged", SAY }, { "alleges", SAY },
  { "asserted", SAY }, { "asserts", SAY }, { "contended", SAY },
  { "contends", SAY }, { "maintained", SAY }, { "maintains", SAY },
  { "explains", CUE | SAY }, { "predicted", SAY }, { "predicts", SAY },
  { "promised", SAY }, { "vowed", SAY }, { "revealed", SAY },
  { "repeated", SAY }, { "denied", SAY }, { "denies", SAY },
  { "posted", SAY }, { "writing", SAY }, { "saying", SAY }, { "adding", SAY },
  { "telling", SAY }, { "arguing", SAY }, { "noting", SAY }, { "claiming", SAY },
  { "warning", SAY }, { "suggesting", SAY }, { "insisting", SAY },

  /* Beliefs and findings: PolNeAR-style attribution that is not speech. */
  { "believes", WEAK }, { "believed", WEAK }, { "believe", WEAK },
  { "thinks", WEAK }, { "think", WEAK }, { "thought", WEAK },
  { "suggested", WEAK }, { "suggests", WEAK }, { "found", WEAK },
  { "finds", WEAK }, { "shows", WEAK }, { "showed", WEAK },
  { "agreed", WEAK }, { "agrees", WEAK }, { "hopes", WEAK },
  { "expects", WEAK }, { "fears", WEAK }, { "feared", WEAK },
  { "knows", WEAK }, { "knew", WEAK }, { "estimated", WEAK },
  { "estimates", WEAK }, { "indicated", WEAK }, { "indicates", WEAK },
  { "hinted", WEAK }, { "charged", WEAK }, { "worried", WEAK },
  { "feels", WEAK }, { "felt", WEAK }, { "recognized", WEAK },
  { "understands", WEAK }, { "assured", WEAK }, { "signaled", WEAK },
  { "acknowledges", WEAK }, { "admits", WEAK }, { "announces", WEAK },
  { "suspects", WEAK }, { "doubts", WEAK }, { "concedes", WEAK },
  /* Other attribution verbs (acts of stance PolNeAR counts). */
  { "rated", WEAK }, { "called", WEAK }, { "cited", WEAK }, { "expected", WEAK
  }, { "questioned", WEAK }, { "described", WEAK }, { "mentioned", WEAK }, {
  "attacked", WEAK }, { "criticized", WEAK }, { "accused", WEAK }, { "praised",
  WEAK }, { "urged", WEAK }, { "blamed", WEAK }, { "defended", WEAK }, {
  "endorsed", WEAK }, { "pledged", WEAK }, { "highlighted", WEAK }, { "echoed",
  WEAK }, { "portrayed", WEAK }, { "commented", WEAK }, { "issued", WEAK }, {
  "wants", WEAK }, { "plans", WEAK }, { "supports", WEAK }, { "supported", WEAK
  }, { "opposes", WEAK }, { "opposed", WEAK }, { "backed", WEAK }, { "rejected",
  WEAK }, { "dismissed", WEAK }, { "pointed", WEAK }, { "blasted", WEAK }, {
  "slammed", WEAK }, { "touted", WEAK }, { "framed", WEAK }, { "demanded", WEAK
  }, { "proposed", WEAK }, { "calls", WEAK }, { "cites", WEAK }, { "questions",
  WEAK }, { "describes", WEAK }, { "mentions", WEAK }, { "attacks", WEAK }, {
  "criticizes", WEAK }, { "accuses", WEAK }, { "praises", WEAK }, { "urges",
  WEAK }, { "blames", WEAK }, { "defends", WEAK }, { "endorses", WEAK }, {
  "pledges", WEAK }, { "highlights", WEAK }, { "echoes", WEAK }, { "portrays",
  WEAK }, { "wanted", WEAK }, { "argue", WEAK }, { "claim", WEAK }, { "suggest",
  WEAK }, { "expect", WEAK }, { "hope", WEAK }, { "fear", WEAK }, { "know", WEAK
  }, { "insist", WEAK }, { "warn", WEAK }, { "predict", WEAK }, { "acknowledge",
  WEAK }, { "admit", WEAK }, { "deny", WEAK }, { "maintain", WEAK }, {
  "contend", WEAK }, { "echo", WEAK }, { "question", WEAK }, { "call", WEAK }, {
  "criticize", WEAK }, { "accuse", WEAK }, { "urge", WEAK }, { "blame", WEAK },
  { "praise", WEAK }, { "attack", WEAK }, { "describe", WEAK }, { "want", WEAK
  }, { "support", WEAK }, { "oppose", WEAK }, { "reject", WEAK }, { "dismiss",
  WEAK }, { "demand", WEAK }, { "propose", WEAK }, { "hoped", WEAK }, {
  "wondered", WEAK }, { "wonders", WEAK }, { "described", WEAK }, { "considers",
  WEAK }, { "considered", WEAK }, { "sees", WEAK }, { "saw", WEAK }, { "views",
  WEAK }, { "viewed", WEAK }, { "seemed", WEAK }, { "appeared", WEAK }, {
  "argued", WEAK },
  { "spoke", WEAK }, { "speaks", WEAK }, { "declined", WEAK }, { "expressed",
  WEAK }, { "condemned", WEAK }, { "condemns", WEAK }, { "likened", WEAK }, {
  "proposed", WEAK }, { "proposes", WEAK }, { "asks", WEAK }, { "calling", WEAK
  }, { "ruled", WEAK }, { "offered", WEAK }, { "stressing", WEAK }, {
  "promising", WEAK }, { "talked", WEAK }, { "mocked", WEAK }, { "derided", WEAK
  }, { "slammed", WEAK }, { "blasted", WEAK }, { "touted", WEAK }, {
  "questioning", WEAK }, { "demanding", WEAK }, { "arguing", WEAK },
  { "points", WEAK }, { "disputes", WEAK }, { "disputed", WEAK }, { "insist", WEAK },
  { "according", LEX_ACCORDING },

  /* Titles and roles. */
  { "president", TITLE }, { "vice", TITLE }, { "senator", TITLE },
  { "sen", TITLE | LEX_ABBREV }, { "rep", TITLE | LEX_ABBREV },
  { "gov", TITLE | LEX_ABBREV }, { "governor", TITLE }, { "secretary", TITLE },
  { "spokesman", TITLE | GROUP }, { "spokeswoman", TITLE | GROUP },
  { "spokesperson", TITLE | GROUP }, { "director", TITLE }, { "chairman", TITLE },
  { "chairwoman", TITLE }, { "chief", TITLE }, { "minister", TITLE },
  { "leader", TITLE }, { "candidate", TITLE }, { "nominee", TITLE },
  { "mayor", TITLE }, { "judge", TITLE }, { "attorney", TITLE },
  { "general", TITLE }, { "adviser", TITLE }, { "advisor", TITLE },
  { "professor", TITLE }, { "dr", TITLE | LEX_ABBREV }, { "mr", TITLE | LEX_ABBREV },
  { "mrs", TITLE | LEX_ABBREV }, { "ms", TITLE | LEX_ABBREV }, { "former", TITLE },
  { "executive", TITLE }, { "officer", TITLE }, { "ceo", TITLE },
  { "manager", TITLE }, { "analyst", TITLE | GROUP }, { "pollster", TITLE },
  { "host", TITLE }, { "commentator", TITLE }, { "reporter", TITLE },
  { "correspondent", TITLE }, { "editor", TITLE }, { "strategist", TITLE },
  { "aide", TITLE | GROUP }, { "speaker", TITLE }, { "representative", TITLE },
  { "congressman", TITLE }, { "congresswoman", TITLE }, { "lawmaker", TITLE },
  { "democratic", TITLE }, { "republican", TITLE }, { "gen", TITLE | LEX_ABBREV },
  { "lt", TITLE | LEX_ABBREV }, { "col", TITLE | LEX_ABBREV }, { "sgt", TITLE | LEX_ABBREV },
  { "st", LEX_ABBREV }, { "jr", LEX_ABBREV }, { "sr", LEX_ABBREV },
  { "inc", LEX_ABBREV }, { "co", LEX_ABBREV }, { "corp", LEX_ABBREV },
  { "u.s", LEX_ABBREV }, { "jan", LEX_ABBREV | NN }, { "feb", LEX_ABBREV | NN },
  { "aug", LEX_ABBREV | NN }, { "sept", LEX_ABBREV | NN }, { "sep", LEX_ABBREV | NN },
  { "oct", LEX_ABBREV | NN }, { "nov", LEX_ABBREV | NN }, { "dec", LEX_ABBREV | NN },
  { "no", LEX_ABBREV }, { "vs", LEX_ABBREV }, { "gop", 0 },

  /* Nouns that are a speaker without a name. */
  { "sources", GROUP }, { "source", GROUP }, { "officials", GROUP },
  { "official", GROUP }, { "experts", GROUP }, { "analysts", GROUP },
  { "critics", GROUP }, { "aides", GROUP }, { "police", GROUP },
  { "prosecutors", GROUP }, { "investigators", GROUP }, { "republicans", GROUP },
  { "democrats", GROUP }, { "supporters", GROUP }, { "researchers", GROUP },
  { "authorities", GROUP }, { "lawmakers", GROUP }, { "observers", GROUP },
  { "witnesses", GROUP }, { "residents", GROUP }, { "voters", GROUP },
  { "poll", GROUP }, { "polls", GROUP }, { "report", GROUP }, { "study", GROUP },
  { "statement", GROUP }, { "campaign", GROUP }, { "administration", GROUP },
  { "survey", GROUP }, { "people", GROUP }, { "scientists", GROUP },
  { "economists", GROUP }, { "opponents", GROUP }, { "advocates", GROUP },

  { "he", LEX_PRONOUN | FN }, { "she", LEX_PRONOUN | FN }, { "they", LEX_PRONOUN | FN },
  { "i", LEX_PRONOUN }, { "we", LEX_PRONOUN }, { "who", LEX_PRONOUN },
  { "it", LEX_PRONOUN | FN }, { "you", LEX_PRONOUN },

  { "that", LEX_THAT | STOP | FN }, { "the", LEX_DETERMINER | FN },
  { "a", LEX_DETERMINER }, { "an", LEX_DETERMINER | FN },
  { "another", LEX_DETERMINER }, { "his", LEX_DETERMINER | FN },
  { "her", LEX_DETERMINER }, { "their", LEX_DETERMINER }, { "some", LEX_DETERMINER },
  { "many", LEX_DETERMINER }, { "several", LEX_DETERMINER }, { "one", LEX_DETERMINER },
  { "de", LEX_PARTICLE }, { "van", LEX_PARTICLE }, { "von", LEX_PARTICLE },
  { "of", LEX_PARTICLE | FN }, { "al", LEX_PARTICLE }, { "bin", LEX_PARTICLE },

  { "also", AUX }, { "first", AUX }, { "widely", AUX }, { "originally", AUX },
  { "is", AUX }, { "was", AUX }, { "are", AUX }, { "were", AUX },
  { "has", AUX | STOP | FN }, { "have", AUX | STOP | FN },
  { "had", AUX | STOP }, { "later", AUX }, { "then", AUX | STOP },
  { "never", AUX }, { "previously", AUX }, { "once", AUX }, { "again", AUX },
  { "recently", AUX }, { "repeatedly", AUX }, { "often", AUX }, { "has", AUX },
  { "reportedly", AUX }, { "publicly", AUX }, { "privately", AUX },
  { "would", AUX | STOP | FN }, { "will", AUX | STOP | FN }, { "may", AUX },
  { "might", AUX | STOP }, { "could", AUX | STOP }, { "did", AUX | STOP },
  { "does", AUX | STOP }, { "not", AUX | STOP | FN }, { "still", AUX },
  { "now", AUX | STOP }, { "even", AUX }, { "only", AUX }, { "just", AUX },
  { "already", AUX }, { "always", AUX }, { "clearly", AUX },

  /* Clause boundaries: a subject phrase never reaches over these. */
  { "and", STOP | FN }, { "but", STOP | NN | FN }, { "or", STOP },
  { "which", STOP | FN }, { "when", STOP | NN }, { "as", STOP | FN },
  { "because", STOP }, { "if", STOP | NN }, { "while", STOP | NN },
  { "after", STOP | NN }, { "before", STOP | NN }, { "since", STOP },
  { "though", STOP }, { "although", STOP | NN }, { "so", STOP },
  { "than", STOP }, { "to", STOP | FN }, { "in", STOP | FN },
  { "on", STOP | FN }, { "at", STOP | FN }, { "for", STOP | FN },
  { "with", STOP | FN }, { "by", STOP | FN }, { "from", STOP | FN },
  { "about", STOP }, { "is", STOP | FN }, { "was", STOP | FN },
  { "are", STOP | FN }, { "were", STOP | FN }, { "be", STOP | FN },
  { "been", STOP | FN }, { "this", STOP | FN }, { "these", STOP },
  { "there", STOP }, { "what", STOP }, { "where", STOP }, { "how", STOP },
  { "however", STOP | NN }, { "meanwhile", STOP | NN }, { "yet", STOP },
  { "where", STOP }, { "not", STOP }, { "like", STOP }, { "said", CUE | SAY | FN },
  { "during", STOP | NN }, { "over", STOP }, { "into", STOP }, { "against", STOP },
  { "under", STOP }, { "than", STOP }, { "why", STOP }, { "whether", STOP },
  { "him", STOP }, { "them", STOP }, { "me", STOP }, { "us", STOP },

  { "monday", NN }, { "tuesday", NN }, { "wednesday", NN }, { "thursday", NN },
  { "friday", NN }, { "saturday", NN }, { "sunday", NN }, { "january", NN },
  { "february", NN }, { "march", NN }, { "june", NN }, { "july", NN },
  { "august", NN }, { "september", NN }, { "october", NN }, { "november", NN },
  { "december", NN }, { "last", NN }, { "earlier", NN }, { "yesterday", NN },
  { "today", NN }, { "tonight", NN }, { "in", NN }, { "on", NN },
  { "it", NN }, { "there", NN }, { "this", NN }, { "that", NN },
  { NULL, 0 }
};
