/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language-en.c: the English profile: speech and belief verbs (said,
 * told, believes, according to …), titles and roles, pronouns, clause
 * boundaries, how reported speech and names read, time words and date
 * rules. */

#define G_LOG_DOMAIN "kutip-language"

#include "config.h"

#include "kutip-language-private.h"

#define SAY_AFTER(w) { w, KUTIP_CUE_SUBJECT_VERB | KUTIP_CUE_VERB_SUBJECT, KUTIP_CUE_SPEECH }
#define TELL(w)      { w, KUTIP_CUE_SUBJECT_VERB | KUTIP_CUE_VERB_SUBJECT | KUTIP_CUE_HEARER, \
                       KUTIP_CUE_SPEECH }
#define SAY(w)       { w, KUTIP_CUE_SUBJECT_VERB, KUTIP_CUE_SPEECH }
#define STANCE(w)    { w, KUTIP_CUE_SUBJECT_VERB, KUTIP_CUE_STANCE }
#define ACCORDING(w) { w, KUTIP_CUE_ACCORDING, KUTIP_CUE_SPEECH }

static const KutipCue cues[] = {
  /* Speech verbs: "X said …", "“…,” said X", "“…,” X said". */
  SAY_AFTER ("said"), SAY_AFTER ("says"), SAY_AFTER ("say"), SAY_AFTER ("added"),
  SAY_AFTER ("adds"), SAY_AFTER ("wrote"), SAY_AFTER ("writes"), SAY_AFTER ("noted"),
  SAY_AFTER ("notes"), SAY_AFTER ("explained"), SAY_AFTER ("continued"),
  SAY_AFTER ("stated"), SAY_AFTER ("recalled"), SAY_AFTER ("replied"),
  SAY_AFTER ("responded"), SAY_AFTER ("insisted"), SAY_AFTER ("insists"),
  SAY_AFTER ("argued"), SAY_AFTER ("argues"), SAY_AFTER ("claimed"), SAY_AFTER ("warned"),
  SAY_AFTER ("warns"), SAY_AFTER ("acknowledged"), SAY_AFTER ("admitted"),
  SAY_AFTER ("conceded"), SAY_AFTER ("declared"), SAY_AFTER ("tweeted"),
  SAY_AFTER ("asked"), SAY_AFTER ("announced"), SAY_AFTER ("reported"),
  SAY_AFTER ("confirmed"), SAY_AFTER ("stressed"), SAY_AFTER ("emphasized"),
  SAY_AFTER ("observed"), SAY_AFTER ("remarked"), SAY_AFTER ("quipped"),
  SAY_AFTER ("joked"), SAY_AFTER ("complained"), SAY_AFTER ("concluded"),
  SAY_AFTER ("countered"), SAY_AFTER ("explains"),
  /* "X told reporters (that) …" */
  TELL ("told"), TELL ("tells"),
  /* Speech verbs that do not stand after a quote as its cue. */
  SAY ("states"), SAY ("claims"), SAY ("reports"), SAY ("testified"), SAY ("alleged"),
  SAY ("alleges"), SAY ("asserted"), SAY ("asserts"), SAY ("contended"), SAY ("contends"),
  SAY ("maintained"), SAY ("maintains"), SAY ("predicted"), SAY ("predicts"),
  SAY ("promised"), SAY ("vowed"), SAY ("revealed"), SAY ("repeated"), SAY ("denied"),
  SAY ("denies"), SAY ("posted"), SAY ("writing"), SAY ("saying"), SAY ("adding"),
  SAY ("telling"), SAY ("arguing"), SAY ("noting"), SAY ("claiming"), SAY ("warning"),
  SAY ("suggesting"), SAY ("insisting"),
  /* Beliefs, findings and other acts of stance PolNeAR attributes. */
  STANCE ("believes"), STANCE ("believed"), STANCE ("believe"), STANCE ("thinks"),
  STANCE ("think"), STANCE ("thought"), STANCE ("suggested"), STANCE ("suggests"),
  STANCE ("found"), STANCE ("finds"), STANCE ("shows"), STANCE ("showed"),
  STANCE ("agreed"), STANCE ("agrees"), STANCE ("hopes"), STANCE ("expects"),
  STANCE ("fears"), STANCE ("feared"), STANCE ("knows"), STANCE ("knew"),
  STANCE ("estimated"), STANCE ("estimates"), STANCE ("indicated"), STANCE ("indicates"),
  STANCE ("hinted"), STANCE ("charged"), STANCE ("worried"), STANCE ("feels"),
  STANCE ("felt"), STANCE ("recognized"), STANCE ("understands"), STANCE ("assured"),
  STANCE ("signaled"), STANCE ("acknowledges"), STANCE ("admits"), STANCE ("announces"),
  STANCE ("suspects"), STANCE ("doubts"), STANCE ("concedes"), STANCE ("rated"),
  STANCE ("called"), STANCE ("cited"), STANCE ("expected"), STANCE ("questioned"),
  STANCE ("described"), STANCE ("mentioned"), STANCE ("attacked"), STANCE ("criticized"),
  STANCE ("accused"), STANCE ("praised"), STANCE ("urged"), STANCE ("blamed"),
  STANCE ("defended"), STANCE ("endorsed"), STANCE ("pledged"), STANCE ("highlighted"),
  STANCE ("echoed"), STANCE ("portrayed"), STANCE ("commented"), STANCE ("issued"),
  STANCE ("wants"), STANCE ("plans"), STANCE ("supports"), STANCE ("supported"),
  STANCE ("opposes"), STANCE ("opposed"), STANCE ("backed"), STANCE ("rejected"),
  STANCE ("dismissed"), STANCE ("pointed"), STANCE ("blasted"), STANCE ("slammed"),
  STANCE ("touted"), STANCE ("framed"), STANCE ("demanded"), STANCE ("proposed"),
  STANCE ("calls"), STANCE ("cites"), STANCE ("questions"), STANCE ("describes"),
  STANCE ("mentions"), STANCE ("attacks"), STANCE ("criticizes"), STANCE ("accuses"),
  STANCE ("praises"), STANCE ("urges"), STANCE ("blames"), STANCE ("defends"),
  STANCE ("endorses"), STANCE ("pledges"), STANCE ("highlights"), STANCE ("echoes"),
  STANCE ("portrays"), STANCE ("wanted"), STANCE ("argue"), STANCE ("claim"),
  STANCE ("suggest"), STANCE ("expect"), STANCE ("hope"), STANCE ("fear"), STANCE ("know"),
  STANCE ("insist"), STANCE ("warn"), STANCE ("predict"), STANCE ("acknowledge"),
  STANCE ("admit"), STANCE ("deny"), STANCE ("maintain"), STANCE ("contend"),
  STANCE ("echo"), STANCE ("question"), STANCE ("call"), STANCE ("criticize"),
  STANCE ("accuse"), STANCE ("urge"), STANCE ("blame"), STANCE ("praise"),
  STANCE ("attack"), STANCE ("describe"), STANCE ("want"), STANCE ("support"),
  STANCE ("oppose"), STANCE ("reject"), STANCE ("dismiss"), STANCE ("demand"),
  STANCE ("propose"), STANCE ("hoped"), STANCE ("wondered"), STANCE ("wonders"),
  STANCE ("considers"), STANCE ("considered"), STANCE ("sees"), STANCE ("saw"),
  STANCE ("views"), STANCE ("viewed"), STANCE ("seemed"), STANCE ("appeared"),
  STANCE ("spoke"), STANCE ("speaks"), STANCE ("declined"), STANCE ("expressed"),
  STANCE ("condemned"), STANCE ("condemns"), STANCE ("likened"), STANCE ("proposes"),
  STANCE ("asks"), STANCE ("calling"), STANCE ("ruled"), STANCE ("offered"),
  STANCE ("stressing"), STANCE ("promising"), STANCE ("talked"), STANCE ("mocked"),
  STANCE ("derided"), STANCE ("questioning"), STANCE ("demanding"), STANCE ("points"),
  STANCE ("disputes"), STANCE ("disputed"),
  /* "according to X, …" */
  ACCORDING ("according"),
  { NULL, 0, 0 }
};

static const char * const pronouns[] = {
  "he", "she", "they", "i", "we", "who", "it", "you",
  NULL
};

/* Titles and roles: they join a name phrase even in lower case. */
static const char * const titles[] = {
  "president", "vice", "senator", "sen", "rep", "gov", "governor", "secretary",
  "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman",
  "chief", "minister", "leader", "candidate", "nominee", "mayor", "judge", "attorney",
  "general", "adviser", "advisor", "professor", "dr", "mr", "mrs", "ms", "former",
  "executive", "officer", "ceo", "manager", "analyst", "pollster", "host", "commentator",
  "reporter", "correspondent", "editor", "strategist", "aide", "speaker", "representative",
  "congressman", "congresswoman", "lawmaker", "democratic", "republican", "gen", "lt",
  "col", "sgt",
  NULL
};

/* The most frequent words: they tell English text apart, and never stand in
 * a name phrase. */
static const char * const function_words[] = {
  "said", "he", "she", "they", "it", "that", "the", "an", "his", "of", "is", "was", "are",
  "were", "has", "have", "would", "will", "not", "and", "but", "which", "as", "to", "in",
  "on", "at", "for", "with", "by", "from", "be", "been", "this",
  NULL
};

/* "Network for Democracy", "Secretary of State". */
static const char * const connectors[] = { "and", "for", "of", NULL };

/* A name after these is an object, not who speaks. */
static const char * const object_prepositions[] = {
  "to", "with", "from", "for", "by", "against", NULL
};

/* Abbreviations that keep their period, and how the period reads. */
#define FIXED(w) { w, KUTIP_ABBREVIATION_FIXED }
#define FINAL(w) { w, KUTIP_ABBREVIATION_FINAL }
#define CAPFX(w) { w, KUTIP_ABBREVIATION_CAPITAL_FIXED }

static const KutipAbbreviation abbreviations[] = {
  /* Before what they qualify: "Dr. Ani", "Jl. Sudirman", "Rp. 5.000". */
  FIXED ("dr"), FIXED ("mr"), FIXED ("mrs"), FIXED ("ms"), FIXED ("prof"), FIXED ("vs"),
  /* Ending a phrase: "dll.", "Inc."; a capital after them starts a sentence. */
  FINAL ("apr"), FINAL ("aug"), FINAL ("bros"), FINAL ("co"), FINAL ("corp"),
  FINAL ("dec"), FINAL ("etc"), FINAL ("feb"), FINAL ("inc"), FINAL ("jan"), FINAL ("jr"),
  FINAL ("jul"), FINAL ("jun"), FINAL ("ltd"), FINAL ("mar"), FINAL ("nov"), FINAL ("oct"),
  FINAL ("sep"), FINAL ("sept"), FINAL ("sr"),
  /* FIXED when capitalised ("No. 5"), FINAL when not ("… no."). */
  CAPFX ("ave"), CAPFX ("capt"), CAPFX ("col"), CAPFX ("fig"), CAPFX ("ft"), CAPFX ("gen"),
  CAPFX ("gov"), CAPFX ("lt"), CAPFX ("maj"), CAPFX ("mt"), CAPFX ("no"), CAPFX ("nos"),
  CAPFX ("rep"), CAPFX ("rev"), CAPFX ("sen"), CAPFX ("sgt"), CAPFX ("st"), CAPFX ("tel"),
  { NULL, 0 }
};

#define ABBREV(w)   { w, LEX_ABBREV }
#define GROUP(w)    { w, LEX_GROUP_NOUN }
#define NN(w)       { w, LEX_NOT_NAME }
#define STOP(w)     { w, LEX_NP_STOP }
#define THAT(w)     { w, LEX_THAT }
#define DET(w)      { w, LEX_DETERMINER }
#define PARTICLE(w) { w, LEX_PARTICLE }
#define AUX(w)      { w, LEX_AUX }
#define BE(w)       { w, LEX_BE }
#define AGENT(w)    { w, LEX_AGENT }
#define WH(w)       { w, LEX_WH_CLAUSE }

static const KutipWord words[] = {
  /* In the attribution finder a period after these ends neither a name nor
   * a sentence. (It does not read abbreviations[] above yet: that would
   * move some of its sentence ends, after "U.N." or "Inc.", for one.) */
  ABBREV ("sen"), ABBREV ("rep"), ABBREV ("gov"), ABBREV ("dr"), ABBREV ("mr"),
  ABBREV ("mrs"), ABBREV ("ms"), ABBREV ("gen"), ABBREV ("lt"), ABBREV ("col"),
  ABBREV ("sgt"), ABBREV ("st"), ABBREV ("jr"), ABBREV ("sr"), ABBREV ("inc"),
  ABBREV ("co"), ABBREV ("corp"), ABBREV ("u.s"), ABBREV ("jan"), ABBREV ("feb"),
  ABBREV ("aug"), ABBREV ("sept"), ABBREV ("sep"), ABBREV ("oct"), ABBREV ("nov"),
  ABBREV ("dec"), ABBREV ("no"), ABBREV ("vs"),
  /* Nouns that are a speaker without a name. */
  GROUP ("spokesman"), GROUP ("spokeswoman"), GROUP ("spokesperson"), GROUP ("analyst"),
  GROUP ("aide"), GROUP ("sources"), GROUP ("source"), GROUP ("officials"),
  GROUP ("official"), GROUP ("experts"), GROUP ("analysts"), GROUP ("critics"),
  GROUP ("aides"), GROUP ("police"), GROUP ("prosecutors"), GROUP ("investigators"),
  GROUP ("republicans"), GROUP ("democrats"), GROUP ("supporters"), GROUP ("researchers"),
  GROUP ("authorities"), GROUP ("lawmakers"), GROUP ("observers"), GROUP ("witnesses"),
  GROUP ("residents"), GROUP ("voters"), GROUP ("poll"), GROUP ("polls"), GROUP ("report"),
  GROUP ("study"), GROUP ("statement"), GROUP ("campaign"), GROUP ("administration"),
  GROUP ("survey"), GROUP ("people"), GROUP ("scientists"), GROUP ("economists"),
  GROUP ("opponents"), GROUP ("advocates"),
  /* Capitalised words that never belong to a speaker's name. */
  NN ("jan"), NN ("feb"), NN ("aug"), NN ("sept"), NN ("sep"), NN ("oct"), NN ("nov"),
  NN ("dec"), NN ("it"), NN ("that"), NN ("but"), NN ("when"), NN ("if"), NN ("while"),
  NN ("after"), NN ("before"), NN ("although"), NN ("in"), NN ("on"), NN ("this"),
  NN ("there"), NN ("however"), NN ("meanwhile"), NN ("during"), NN ("monday"),
  NN ("tuesday"), NN ("wednesday"), NN ("thursday"), NN ("friday"), NN ("saturday"),
  NN ("sunday"), NN ("january"), NN ("february"), NN ("march"), NN ("june"), NN ("july"),
  NN ("august"), NN ("september"), NN ("october"), NN ("november"), NN ("december"),
  NN ("last"), NN ("earlier"), NN ("yesterday"), NN ("today"), NN ("tonight"),
  /* Clause boundaries: a subject phrase never reaches over these. */
  STOP ("that"), STOP ("is"), STOP ("was"), STOP ("are"), STOP ("were"), STOP ("has"),
  STOP ("have"), STOP ("had"), STOP ("then"), STOP ("would"), STOP ("will"),
  STOP ("might"), STOP ("could"), STOP ("did"), STOP ("does"), STOP ("not"), STOP ("now"),
  STOP ("and"), STOP ("but"), STOP ("or"), STOP ("which"), STOP ("when"), STOP ("as"),
  STOP ("because"), STOP ("if"), STOP ("while"), STOP ("after"), STOP ("before"),
  STOP ("since"), STOP ("though"), STOP ("although"), STOP ("so"), STOP ("than"),
  STOP ("to"), STOP ("in"), STOP ("on"), STOP ("at"), STOP ("for"), STOP ("with"),
  STOP ("by"), STOP ("from"), STOP ("about"), STOP ("be"), STOP ("been"), STOP ("this"),
  STOP ("these"), STOP ("there"), STOP ("what"), STOP ("where"), STOP ("how"),
  STOP ("however"), STOP ("meanwhile"), STOP ("yet"), STOP ("like"), STOP ("during"),
  STOP ("over"), STOP ("into"), STOP ("against"), STOP ("under"), STOP ("why"),
  STOP ("whether"), STOP ("him"), STOP ("them"), STOP ("me"), STOP ("us"),
  /* "X mengatakan bahwa …", "X said that …" */
  THAT ("that"),
  /* Determiners before a name or a group. */
  DET ("the"), DET ("a"), DET ("an"), DET ("another"), DET ("his"), DET ("her"),
  DET ("their"), DET ("some"), DET ("many"), DET ("several"), DET ("one"),
  /* Particles inside names. */
  PARTICLE ("de"), PARTICLE ("van"), PARTICLE ("von"), PARTICLE ("of"), PARTICLE ("al"),
  PARTICLE ("bin"),
  /* Words that may stand between a subject and its verb. */
  AUX ("also"), AUX ("first"), AUX ("widely"), AUX ("originally"), AUX ("is"), AUX ("was"),
  AUX ("are"), AUX ("were"), AUX ("has"), AUX ("have"), AUX ("had"), AUX ("later"),
  AUX ("then"), AUX ("never"), AUX ("previously"), AUX ("once"), AUX ("again"),
  AUX ("recently"), AUX ("repeatedly"), AUX ("often"), AUX ("reportedly"),
  AUX ("publicly"), AUX ("privately"), AUX ("would"), AUX ("will"), AUX ("may"),
  AUX ("might"), AUX ("could"), AUX ("did"), AUX ("does"), AUX ("not"), AUX ("still"),
  AUX ("now"), AUX ("even"), AUX ("only"), AUX ("just"), AUX ("already"), AUX ("always"),
  AUX ("clearly"),
  /* "was reported": a passive has no speaking subject ... */
  BE ("is"), BE ("was"), BE ("are"), BE ("were"), BE ("be"), BE ("been"),
  /* ... unless "by" names one: "was first reported by The Washington Post". */
  AGENT ("by"),
  /* "what he calls …": a stance inside a clause. */
  WH ("what"), WH ("how"),
  { NULL, 0 }
};

/* Verbs and adverbs: a lower-case run before a name stops at them. */
static const char * const modifier_stops[] = { "ed", "ing", "ly", NULL };

/* English month names are dates only when capitalised ("May" vs "may"). */
#define M(w, v)  { w, KUTIP_LEX_MONTH, v, KUTIP_LEXF_CAP_ONLY }
#define MA(w, v) { w, KUTIP_LEX_MONTH_ABBR, v, KUTIP_LEXF_CAP_ONLY }
#define WD(w, v) { w, KUTIP_LEX_WEEKDAY, v, 0 }
#define N(w, v)  { w, KUTIP_LEX_NUMBER, v, 0 }
#define O(w, v)  { w, KUTIP_LEX_ORDINAL, v, 0 }
#define U(w, v)  { w, KUTIP_LEX_UNIT, v, 0 }
#define K(w, k, v) { w, k, v, 0 }

/* Time words: day and month names, abbreviations, number words, units and
 * relative words. */
static const KutipDateLex date_words[] = {
  M ("january", 1), M ("february", 2), M ("april", 4), M ("june", 6),
  M ("july", 7), M ("august", 8), M ("september", 9), M ("october", 10),
  M ("november", 11), M ("december", 12),
  { "may", KUTIP_LEX_MONTH, 5, KUTIP_LEXF_CAP_ONLY | KUTIP_LEXF_AMBIGUOUS },
  { "march", KUTIP_LEX_MONTH, 3, KUTIP_LEXF_CAP_ONLY | KUTIP_LEXF_AMBIGUOUS },
  MA ("jan", 1), MA ("feb", 2), MA ("mar", 3), MA ("apr", 4), MA ("jun", 6),
  MA ("jul", 7), MA ("aug", 8), MA ("sep", 9), MA ("sept", 9), MA ("oct", 10),
  MA ("nov", 11), MA ("dec", 12),

  WD ("monday", 1), WD ("tuesday", 2), WD ("wednesday", 3), WD ("thursday", 4),
  WD ("friday", 5), WD ("saturday", 6), WD ("sunday", 7),

  N ("one", 1), N ("two", 2), N ("three", 3), N ("four", 4), N ("five", 5),
  N ("six", 6), N ("seven", 7), N ("eight", 8), N ("nine", 9), N ("ten", 10),
  N ("eleven", 11), N ("twelve", 12), N ("fifteen", 15), N ("twenty", 20),
  N ("thirty", 30), N ("fifty", 50), N ("hundred", 100),
  N ("forty", 40), N ("sixty", 60), N ("seventy", 70), N ("eighty", 80),
  N ("ninety", 90), N ("nineteen", 19),
  K ("twenties", KUTIP_LEX_DECADE_WORD, 2), K ("thirties", KUTIP_LEX_DECADE_WORD, 3),
  K ("forties", KUTIP_LEX_DECADE_WORD, 4), K ("fifties", KUTIP_LEX_DECADE_WORD, 5),
  K ("sixties", KUTIP_LEX_DECADE_WORD, 6), K ("seventies", KUTIP_LEX_DECADE_WORD, 7),
  K ("eighties", KUTIP_LEX_DECADE_WORD, 8), K ("nineties", KUTIP_LEX_DECADE_WORD, 9),
  N ("eighteen", 18), N ("thousand", 0),
  O ("first", 1), O ("second", 2), O ("third", 3), O ("fourth", 4),
  O ("fifth", 5), O ("sixth", 6), O ("seventh", 7), O ("eighth", 8), O ("ninth", 9),
  O ("tenth", 10), O ("latest", -1), O ("final", 4),

  U ("day", KUTIP_UNIT_DAY), U ("days", KUTIP_UNIT_DAY),
  U ("week", KUTIP_UNIT_WEEK), U ("weeks", KUTIP_UNIT_WEEK),
  U ("month", KUTIP_UNIT_MONTH), U ("months", KUTIP_UNIT_MONTH),
  U ("quarter", KUTIP_UNIT_QUARTER), U ("quarters", KUTIP_UNIT_QUARTER),
  U ("half", KUTIP_UNIT_HALF),
  U ("year", KUTIP_UNIT_YEAR), U ("years", KUTIP_UNIT_YEAR),
  U ("decade", KUTIP_UNIT_DECADE), U ("decades", KUTIP_UNIT_DECADE),
  U ("century", KUTIP_UNIT_CENTURY), U ("centuries", KUTIP_UNIT_CENTURY),
  U ("weekend", KUTIP_UNIT_WEEKEND),
  U ("hours", KUTIP_UNIT_HOUR), U ("hour", KUTIP_UNIT_HOUR),
  U ("minutes", KUTIP_UNIT_MINUTE),

  K ("last", KUTIP_LEX_PAST, 0), K ("past", KUTIP_LEX_PAST, 0),
  K ("previous", KUTIP_LEX_PAST, 0), K ("preceding", KUTIP_LEX_PAST, 0),
  K ("next", KUTIP_LEX_NEXT, 0), K ("coming", KUTIP_LEX_NEXT, 0),
  K ("following", KUTIP_LEX_NEXT, 0),
  K ("this", KUTIP_LEX_THIS, 0), K ("current", KUTIP_LEX_THIS, 1),
  K ("that", KUTIP_LEX_THIS, 2), K ("these", KUTIP_LEX_THIS, 3),
  K ("ago", KUTIP_LEX_AGO, 0), K ("earlier", KUTIP_LEX_AGO, 1),
  K ("before", KUTIP_LEX_AGO, 2),
  K ("later", KUTIP_LEX_LATER, 0),
  K ("yesterday", KUTIP_LEX_DEICTIC, 7), K ("today", KUTIP_LEX_DEICTIC, 8),
  K ("tomorrow", KUTIP_LEX_DEICTIC, 9), K ("tonight", KUTIP_LEX_DEICTIC, 8),

  K ("morning", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_MO),
  K ("afternoon", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_AF),
  K ("evening", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_EV),
  K ("night", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_NI),
  K ("overnight", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_NI),
  K ("noon", KUTIP_LEX_NOON, 12), K ("midday", KUTIP_LEX_NOON, 12),
  K ("midnight", KUTIP_LEX_NOON, 24),

  K ("early", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("beginning", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("mid", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("middle", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("late", KUTIP_LEX_MOD, KUTIP_MOD_END),
  K ("end", KUTIP_LEX_MOD, KUTIP_MOD_END),

  K ("fiscal", KUTIP_LEX_YEAR_WORD, 0),
  K ("est", KUTIP_LEX_ZONE, 0), K ("edt", KUTIP_LEX_ZONE, 0),
  K ("gmt", KUTIP_LEX_ZONE, 0), K ("utc", KUTIP_LEX_ZONE, 0),
  K ("pst", KUTIP_LEX_ZONE, 0), K ("pdt", KUTIP_LEX_ZONE, 0),

  K ("now", KUTIP_LEX_REF, KUTIP_REF_PRESENT),
  K ("currently", KUTIP_LEX_REF, KUTIP_REF_PRESENT),
  K ("nowadays", KUTIP_LEX_REF, KUTIP_REF_PRESENT),
  K ("recently", KUTIP_LEX_REF, KUTIP_REF_PAST),
  K ("recent", KUTIP_LEX_REF, -KUTIP_REF_PAST),
  K ("future", KUTIP_LEX_REF, -KUTIP_REF_FUTURE),
  K ("soon", KUTIP_LEX_REF, KUTIP_REF_FUTURE),

  K ("spring", KUTIP_LEX_SEASON, 1), K ("summer", KUTIP_LEX_SEASON, 2),
  K ("fall", KUTIP_LEX_SEASON, 3), K ("autumn", KUTIP_LEX_SEASON, 3),
  K ("winter", KUTIP_LEX_SEASON, 4),
  K ("to", KUTIP_LEX_RANGE, 0), K ("through", KUTIP_LEX_RANGE, 0),
  K ("bc", KUTIP_LEX_ERA, 1), K ("ad", KUTIP_LEX_ERA, 0),
  K ("several", KUTIP_LEX_VAGUE, 0), K ("few", KUTIP_LEX_VAGUE, 0),
  K ("couple", KUTIP_LEX_VAGUE, 0),
  K ("the", KUTIP_LEX_THE, 0), K ("a", KUTIP_LEX_THE, 1), K ("an", KUTIP_LEX_THE, 1),
  K ("of", KUTIP_LEX_FILLER, 0), K ("in", KUTIP_LEX_FILLER, 1),
};

KutipLanguage kutip_language_en = {
  .code = "en",
  .name = "English",

  .cues = cues,
  .pronouns = pronouns,
  .titles = titles,
  .function_words = function_words,
  .connectors = connectors,
  .object_prepositions = object_prepositions,
  .words = words,
  .abbreviations = abbreviations,

  .speech = {
    .indirect_max_confidence = 1.0,
    .speaker_labels = TRUE,
    .suggest_cued_subjects = TRUE,
    .stance_cues_speaker = TRUE,
    .stance_without_that = TRUE,
    .that_reach_say = 10,
    .that_reach_stance = 3,
    .not_name_opens_adverbial = TRUE,
    .pronoun_cue_after_quote = TRUE,
    .according_joiner = "to",
    .adverb_suffix = "ly",
    .participle_suffix = "ing",
  },
  .names = {
    .determiner_opens = TRUE,
    .lowercase_modifiers = TRUE,
    .modifier_stops = modifier_stops,
  },

  .date_words = date_words,
  .n_date_words = G_N_ELEMENTS (date_words),
  .date_rules = kutip_date_rules_en,
  .date_day_rule = "date-en-day",
};
