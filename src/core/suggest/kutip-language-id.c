/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language-id.c: the Indonesian profile: speech cues (kata, ujar,
 * mengatakan, menurut …), titles and roles, pronouns, words that never start
 * a name, how reported speech and names read, time words and date rules. */

#define G_LOG_DOMAIN "kutip-language"

#include "config.h"

#include "kutip-language-private.h"

#define AFTER(w)     { w, KUTIP_CUE_VERB_SUBJECT, KUTIP_CUE_SPEECH }
#define SAY(w)       { w, KUTIP_CUE_SUBJECT_VERB, KUTIP_CUE_SPEECH }
#define STANCE(w)    { w, KUTIP_CUE_SUBJECT_VERB, KUTIP_CUE_STANCE }
#define ACCORDING(w) { w, KUTIP_CUE_ACCORDING, KUTIP_CUE_SPEECH }
#define PASSIVE(w)   { w, KUTIP_CUE_PASSIVE, KUTIP_CUE_SPEECH }

static const KutipCue cues[] = {
  /* "“…,” kata X", "…, ujar X." and, with the clitic, "…, katanya." */
  AFTER ("kata"), AFTER ("ujar"), AFTER ("ucap"), AFTER ("tutur"), AFTER ("ungkap"),
  AFTER ("jelas"), AFTER ("tegas"), AFTER ("imbuh"), AFTER ("tambah"), AFTER ("pungkas"),
  AFTER ("sebut"), AFTER ("terang"), AFTER ("papar"), AFTER ("lanjut"), AFTER ("tukas"),
  AFTER ("timpal"), AFTER ("sambung"), AFTER ("beber"), AFTER ("urai"), AFTER ("seru"),
  AFTER ("kilah"), AFTER ("aku"), AFTER ("tanya"), AFTER ("jawab"), AFTER ("ajak"),
  AFTER ("pinta"), AFTER ("harap"), AFTER ("katakan"),
  /* "X mengatakan, …", "X menyatakan bahwa …", "…, X menambahkan." */
  SAY ("mengatakan"), SAY ("menyatakan"), SAY ("menegaskan"), SAY ("menjelaskan"),
  SAY ("menyampaikan"), SAY ("menambahkan"), SAY ("menuturkan"), SAY ("mengungkapkan"),
  SAY ("mengemukakan"), SAY ("menerangkan"), SAY ("memaparkan"), SAY ("menyebutkan"),
  SAY ("menyebut"), SAY ("mengakui"), SAY ("membenarkan"), SAY ("berkata"),
  SAY ("bertutur"), SAY ("berujar"), SAY ("menjabarkan"), SAY ("melanjutkan"),
  SAY ("mengklaim"), SAY ("menekankan"), SAY ("mengutarakan"), SAY ("menandaskan"),
  SAY ("membeberkan"), SAY ("menguraikan"), SAY ("menceritakan"), SAY ("mengisahkan"),
  SAY ("mencontohkan"), SAY ("mengingatkan"), SAY ("memastikan"), SAY ("membantah"),
  SAY ("mengungkap"), SAY ("menjawab"), SAY ("menanggapi"), SAY ("bercerita"),
  SAY ("mengeklaim"), SAY ("menuding"),
  /* Stance verbs: a speaker, but weaker evidence of a statement. */
  STANCE ("menilai"), STANCE ("berpendapat"), STANCE ("berharap"), STANCE ("meminta"),
  STANCE ("mengimbau"), STANCE ("yakin"), STANCE ("meyakini"), STANCE ("mendorong"),
  STANCE ("mengapresiasi"), STANCE ("menduga"), STANCE ("memperkirakan"),
  STANCE ("memprediksi"), STANCE ("menyarankan"), STANCE ("mengusulkan"),
  STANCE ("mengkritik"), STANCE ("menyayangkan"), STANCE ("mengaku"),
  STANCE ("optimistis"), STANCE ("khawatir"), STANCE ("mengharapkan"),
  STANCE ("menganggap"), STANCE ("memandang"), STANCE ("mengajak"), STANCE ("menyambut"),
  STANCE ("mempertanyakan"), STANCE ("menolak"), STANCE ("menginstruksikan"),
  STANCE ("memerintahkan"), STANCE ("menyoroti"),
  /* "Menurut X, …", "…, menurut X." */
  ACCORDING ("menurut"),
  /* "Hal itu disampaikan X." */
  PASSIVE ("disampaikan"), PASSIVE ("dikatakan"), PASSIVE ("diungkapkan"),
  PASSIVE ("dijelaskan"), PASSIVE ("ditegaskan"), PASSIVE ("dinyatakan"),
  PASSIVE ("dituturkan"), PASSIVE ("diutarakan"), PASSIVE ("dikemukakan"),
  { NULL, 0, 0 }
};

static const char * const clitics[] = { "nya", NULL };

static const char * const pronouns[] = {
  "dia", "ia", "beliau", "mereka",
  NULL
};

/* Titles and roles: they join a name phrase even in lower case. */
static const char * const titles[] = {
  "presiden", "wakil", "menteri", "kepala", "direktur", "ketua", "sekretaris", "gubernur",
  "bupati", "wali", "camat", "lurah", "juru", "bicara", "jubir", "komisaris", "jenderal",
  "inspektur", "irjen", "kombes", "brigjen", "ajun", "kolonel", "mayor", "letnan",
  "kapten", "anggota", "pengamat", "peneliti", "ekonom", "dosen", "guru", "pengajar",
  "profesor", "prof", "dr", "ir", "rektor", "dekan", "koordinator", "manajer", "pimpinan",
  "pemimpin", "pendiri", "deputi", "asisten", "staf", "ahli", "epidemiolog", "dokter",
  "hakim", "jaksa", "panglima", "pelaksana", "plt", "kapolri", "kapolda", "kapolres",
  "kapolsek", "komandan", "wamen", "wapres", "mendagri", "menkeu", "mensos", "menkes",
  "ustaz", "kiai", "habib", "bapak", "pak", "ibu", "bu", "mbak", "mas", "bung", "haji",
  "analis", "psikolog", "sosiolog", "kabid", "kasubdit", "kasat", "kadis", "kabag",
  "dirut", "utama", "umum", "eksekutif", "khusus", "besar", "senior", "selaku", "sekjen",
  "kepolisian", "kementerian", "dinas", "badan", "bidang", "humas", "divisi", "direktorat",
  "satuan", "tugas", "pusat", "daerah", "kota", "kabupaten", "provinsi", "universitas",
  "fakultas", "lembaga", "komisi", "hj", "drs",
  NULL
};

/* The most frequent words: they tell Indonesian text apart, and never stand
 * in a name phrase. */
static const char * const function_words[] = {
  "dia", "ia", "mereka", "bahwa", "juga", "telah", "sudah", "tidak", "namun", "dalam",
  "saat", "oleh", "untuk", "dengan", "karena", "pada", "di", "ke", "dari", "ini", "itu",
  "yang", "dan", "atau", "akan", "ada", "bisa", "kami", "kita", "lebih", "harus", "masih",
  "tersebut", "sebagai", "seperti",
  NULL
};

/* "Dinas Pertanahan dan Tata Ruang", "Konsul Jenderal RI di New York". */
static const char * const connectors[] = { "dan", "di", "untuk", NULL };

/* "kepada Perdana Menteri Israel Benjamin Netanyahu, Biden mengatakan": a
 * name after these is an object, not who speaks. */
static const char * const object_prepositions[] = {
  "kepada", "dengan", "dari", "untuk", "terhadap", "bersama", "oleh", "pada", NULL
};

/* Abbreviations that keep their period, and how the period reads. */
#define FIXED(w) { w, KUTIP_ABBREVIATION_FIXED }
#define FINAL(w) { w, KUTIP_ABBREVIATION_FINAL }
#define CAPFX(w) { w, KUTIP_ABBREVIATION_CAPITAL_FIXED }

static const KutipAbbreviation abbreviations[] = {
  /* Before what they qualify: "Dr. Ani", "Jl. Sudirman", "Rp. 5.000". */
  FIXED ("bp"), FIXED ("bpk"), FIXED ("brigjen"), FIXED ("dr"), FIXED ("dra"),
  FIXED ("drg"), FIXED ("drs"), FIXED ("gg"), FIXED ("gub"), FIXED ("hj"), FIXED ("ir"),
  FIXED ("jend"), FIXED ("jl"), FIXED ("jln"), FIXED ("kab"), FIXED ("kapt"),
  FIXED ("kec"), FIXED ("kel"), FIXED ("kh"), FIXED ("kol"), FIXED ("komjen"),
  FIXED ("letjen"), FIXED ("letkol"), FIXED ("mayjen"), FIXED ("mgr"), FIXED ("ny"),
  FIXED ("pdt"), FIXED ("pk"), FIXED ("prof"), FIXED ("prov"), FIXED ("rp"), FIXED ("sdr"),
  FIXED ("sdri"), FIXED ("tn"), FIXED ("ust"), FIXED ("vs"), FIXED ("yth"),
  /* Ending a phrase: "dll.", "Inc."; a capital after them starts a sentence. */
  FINAL ("agt"), FINAL ("agu"), FINAL ("apr"), FINAL ("des"), FINAL ("dkk"), FINAL ("dll"),
  FINAL ("dsb"), FINAL ("dst"), FINAL ("feb"), FINAL ("jan"), FINAL ("jul"), FINAL ("jun"),
  FINAL ("mar"), FINAL ("nov"), FINAL ("okt"), FINAL ("sbb"), FINAL ("sep"),
  FINAL ("sept"), FINAL ("tbk"), FINAL ("tsb"),
  /* FIXED when capitalised ("No. 5"), FINAL when not ("… no."). */
  CAPFX ("hlm"), CAPFX ("no"), CAPFX ("st"), CAPFX ("tel"), CAPFX ("telp"),
  { NULL, 0 }
};

#define ABBREV(w)   { w, LEX_ABBREV }
#define THAT(w)     { w, LEX_THAT }
#define PARTICLE(w) { w, LEX_PARTICLE }
#define DET(w)      { w, LEX_DETERMINER }
#define AUX(w)      { w, LEX_AUX }
#define NN(w)       { w, LEX_NOT_NAME }
#define CIRC(w)     { w, LEX_CIRCUMSTANCE }

static const KutipWord words[] = {
  /* In the attribution finder a period after these ends neither a name nor
   * a sentence. (It does not read abbreviations[] above yet: that would
   * move some of its sentence ends, after "U.N." or "Inc.", for one.) */
  ABBREV ("prof"), ABBREV ("dr"), ABBREV ("ir"), ABBREV ("no"), ABBREV ("jl"),
  ABBREV ("st"), ABBREV ("hj"), ABBREV ("drs"),
  /* "X mengatakan bahwa …", "X said that …" */
  THAT ("bahwa"),
  /* Particles inside names. */
  PARTICLE ("bin"), PARTICLE ("binti"), PARTICLE ("van"), PARTICLE ("de"),
  PARTICLE ("von"), PARTICLE ("al"),
  /* Determiners before a name or a group. */
  DET ("para"), DET ("sang"),
  /* Words that may stand between a subject and its verb. */
  AUX ("juga"), AUX ("pun"), AUX ("sebelumnya"), AUX ("kemudian"), AUX ("lalu"),
  AUX ("pernah"), AUX ("telah"), AUX ("sudah"), AUX ("sempat"), AUX ("kembali"),
  AUX ("lagi"), AUX ("justru"), AUX ("bahkan"),
  /* Capitalised words that never belong to a speaker's name. */
  NN ("sebelumnya"), NN ("kemudian"), NN ("lalu"), NN ("bahkan"), NN ("secara"),
  NN ("senin"), NN ("selasa"), NN ("rabu"), NN ("kamis"), NN ("jumat"), NN ("sabtu"),
  NN ("minggu"), NN ("januari"), NN ("februari"), NN ("maret"), NN ("april"), NN ("mei"),
  NN ("juni"), NN ("juli"), NN ("agustus"), NN ("september"), NN ("oktober"),
  NN ("november"), NN ("desember"), NN ("wib"), NN ("sementara"), NN ("namun"),
  NN ("selain"), NN ("dalam"), NN ("saat"), NN ("adapun"), NN ("sedangkan"), NN ("oleh"),
  NN ("hal"), NN ("bagi"), NN ("untuk"), NN ("dengan"), NN ("karena"), NN ("jika"),
  NN ("meski"), NN ("pada"), NN ("di"), NN ("ke"), NN ("dari"), NN ("ini"), NN ("itu"),
  NN ("yang"), NN ("dan"), NN ("atau"), NN ("akan"), NN ("ada"), NN ("kami"), NN ("kita"),
  NN ("lebih"), NN ("tersebut"), NN ("sebagai"), NN ("seperti"), NN ("menurutnya"),
  NN ("terkait"), NN ("ketika"), NN ("setelah"), NN ("sejak"), NN ("hingga"),
  NN ("tetapi"), NN ("tapi"), NN ("apalagi"), NN ("sehingga"), NN ("agar"), NN ("supaya"),
  NN ("sebab"), NN ("misalnya"), NN ("contohnya"), NN ("kompas"), NN ("saya"),
  NN ("kalau"), NN ("demikian"), NN ("selanjutnya"), NN ("terpisah"), NN ("dihubungi"),
  /* "X saat meninjau …, mengatakan": a circumstance after the subject. */
  CIRC ("dalam"), CIRC ("saat"), CIRC ("ketika"),
  { NULL, 0 }
};

#define M(w, v)  { w, KUTIP_LEX_MONTH, v, 0 }
#define MA(w, v) { w, KUTIP_LEX_MONTH_ABBR, v, 0 }
#define WD(w, v) { w, KUTIP_LEX_WEEKDAY, v, 0 }
#define N(w, v)  { w, KUTIP_LEX_NUMBER, v, 0 }
#define O(w, v)  { w, KUTIP_LEX_ORDINAL, v, 0 }
#define U(w, v)  { w, KUTIP_LEX_UNIT, v, 0 }
#define K(w, k, v) { w, k, v, 0 }

/* Time words: day and month names with their abbreviations, number words,
 * units and relative words. */
static const KutipDateLex date_words[] = {
  M ("januari", 1), M ("februari", 2), M ("pebruari", 2), M ("maret", 3),
  M ("april", 4), M ("mei", 5), M ("juni", 6), M ("juli", 7), M ("agustus", 8),
  M ("september", 9), M ("oktober", 10), M ("november", 11), M ("nopember", 11),
  M ("desember", 12),
  MA ("jan", 1), MA ("feb", 2), MA ("peb", 2), MA ("mar", 3), MA ("apr", 4),
  MA ("jun", 6), MA ("jul", 7), MA ("agu", 8), MA ("agt", 8), MA ("ags", 8),
  MA ("agust", 8), MA ("sep", 9), MA ("sept", 9), MA ("okt", 10), MA ("nov", 11),
  MA ("nop", 11), MA ("des", 12),

  WD ("senin", 1), WD ("selasa", 2), WD ("rabu", 3), WD ("kamis", 4),
  WD ("jumat", 5), WD ("sabtu", 6), WD ("ahad", 7),
  /* "Minggu" is Sunday, "minggu lalu" is last week. */
  { "minggu", KUTIP_LEX_WEEKDAY, 7, KUTIP_LEXF_ALSO_UNIT },

  N ("satu", 1), N ("dua", 2), N ("tiga", 3), N ("empat", 4), N ("lima", 5),
  N ("enam", 6), N ("tujuh", 7), N ("delapan", 8), N ("sembilan", 9),
  N ("sepuluh", 10), N ("sebelas", 11), N ("seratus", 100),
  O ("pertama", 1), O ("kesatu", 1), O ("kedua", 2), O ("ketiga", 3),
  O ("keempat", 4), O ("terakhir", -1),

  U ("hari", KUTIP_UNIT_DAY), U ("pekan", KUTIP_UNIT_WEEK),
  U ("bulan", KUTIP_UNIT_MONTH), U ("tahun", KUTIP_UNIT_YEAR),
  U ("kuartal", KUTIP_UNIT_QUARTER), U ("triwulan", KUTIP_UNIT_QUARTER),
  U ("semester", KUTIP_UNIT_HALF), U ("dekade", KUTIP_UNIT_DECADE),
  U ("dasawarsa", KUTIP_UNIT_DECADE), U ("abad", KUTIP_UNIT_CENTURY),
  U ("waktu", KUTIP_UNIT_VAGUE), U ("menit", KUTIP_UNIT_MINUTE),
  /* One word that is a unit made from "se-" + unit: "sepekan lalu". */
  { "sehari", KUTIP_LEX_UNIT, KUTIP_UNIT_DAY, KUTIP_LEXF_AMBIGUOUS },
  { "sepekan", KUTIP_LEX_UNIT, KUTIP_UNIT_WEEK, KUTIP_LEXF_AMBIGUOUS },
  { "seminggu", KUTIP_LEX_UNIT, KUTIP_UNIT_WEEK, KUTIP_LEXF_AMBIGUOUS },
  { "sebulan", KUTIP_LEX_UNIT, KUTIP_UNIT_MONTH, KUTIP_LEXF_AMBIGUOUS },
  { "setahun", KUTIP_LEX_UNIT, KUTIP_UNIT_YEAR, KUTIP_LEXF_AMBIGUOUS },

  K ("lalu", KUTIP_LEX_PAST, 0), K ("sebelumnya", KUTIP_LEX_PAST, 0),
  K ("silam", KUTIP_LEX_AGO, 0),
  K ("depan", KUTIP_LEX_NEXT, 0), K ("mendatang", KUTIP_LEX_NEXT, 0),
  K ("berikutnya", KUTIP_LEX_NEXT, 0),
  K ("ini", KUTIP_LEX_THIS, 0),
  K ("kemarin", KUTIP_LEX_DEICTIC, 7), K ("kemaren", KUTIP_LEX_DEICTIC, 7),
  K ("besok", KUTIP_LEX_DEICTIC, 9), K ("esok", KUTIP_LEX_DEICTIC, 9),
  K ("lusa", KUTIP_LEX_DEICTIC, 10), K ("semalam", KUTIP_LEX_DEICTIC, 7),
  K ("kemudian", KUTIP_LEX_LATER, 0), K ("lagi", KUTIP_LEX_LATER, 0),

  K ("pagi", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_MO),
  K ("subuh", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_MO),
  K ("siang", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_AF),
  K ("sore", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_AF),
  K ("petang", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_EV),
  K ("malam", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_NI),

  K ("awal", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("permulaan", KUTIP_LEX_MOD, KUTIP_MOD_START),
  K ("pertengahan", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("medio", KUTIP_LEX_MOD, KUTIP_MOD_MID),
  K ("akhir", KUTIP_LEX_MOD, KUTIP_MOD_END),
  K ("penghujung", KUTIP_LEX_MOD, KUTIP_MOD_END),

  K ("tanggal", KUTIP_LEX_DAY_WORD, 0), K ("tgl", KUTIP_LEX_DAY_WORD, 0),
  K ("pukul", KUTIP_LEX_CLOCK, 0), K ("jam", KUTIP_LEX_CLOCK, 0),
  K ("wib", KUTIP_LEX_ZONE, 0), K ("wita", KUTIP_LEX_ZONE, 0),
  K ("wit", KUTIP_LEX_ZONE, 0),

  K ("musim", KUTIP_LEX_SEASON, 0),
  K ("hingga", KUTIP_LEX_RANGE, 0), K ("sampai", KUTIP_LEX_RANGE, 0),
  K ("masehi", KUTIP_LEX_ERA, 0), K ("sm", KUTIP_LEX_ERA, 1),
  K ("beberapa", KUTIP_LEX_VAGUE, 0), K ("puluhan", KUTIP_LEX_VAGUE, 0),
  K ("yang", KUTIP_LEX_FILLER, 0), K ("tadi", KUTIP_LEX_FILLER, 1),
  K ("baru", KUTIP_LEX_FILLER, 4),
  K ("sebelum", KUTIP_LEX_FILLER, 5), K ("pada", KUTIP_LEX_FILLER, 6),
};

KutipLanguage kutip_language_id = {
  .code = "id",
  .name = "Indonesian",

  .cues = cues,
  .clitics = clitics,
  .pronouns = pronouns,
  .titles = titles,
  .function_words = function_words,
  .connectors = connectors,
  .object_prepositions = object_prepositions,
  .words = words,
  .abbreviations = abbreviations,

  .speech = {
    /* Indonesian news quotes its sources; reported speech is kept as a
     * low-confidence claim (PFSA-style annotation tags quotes only). */
    .indirect_max_confidence = 0.35,
    .name_introductions = TRUE,
    .suggest_introductions = TRUE,
    .that_reach_say = 1,
    .that_reach_stance = 1,
    .appositive_subject = TRUE,
    .distant_subject = TRUE,
    .sentence_cue_looks_ahead = TRUE,
  },
  .names = {
    .lowercase_after_title = TRUE,
    .comma_in_role = TRUE,
  },

  .date_words = date_words,
  .n_date_words = G_N_ELEMENTS (date_words),
  .date_rules = kutip_date_rules_id,
  .date_day_rule = "date-id-day",
};
