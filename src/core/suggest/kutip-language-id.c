/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-language-id.c: the Indonesian profile: speech cues (kata, ujar,
 * mengatakan, menurut …), titles and roles, pronouns, words that never start
 * a name, how reported speech and names read, time words and date rules. */

#define G_LOG_DOMAIN "kutip-language"

#include "config.h"

#include "kutip-date-id-private.h"
#include "kutip-language-private.h"

#define AFTER(w)     { w, KUTIP_CUE_VERB_SUBJECT, KUTIP_CUE_SPEECH }
#define SAY(w)       { w, KUTIP_CUE_SUBJECT_VERB, KUTIP_CUE_SPEECH }
#define SAY_MARK(w)  { w, KUTIP_CUE_SUBJECT_VERB | KUTIP_CUE_NEEDS_MARK, KUTIP_CUE_SPEECH }
#define STANCE(w)    { w, KUTIP_CUE_SUBJECT_VERB, KUTIP_CUE_STANCE }
#define STANCE_MARK(w) { w, KUTIP_CUE_SUBJECT_VERB | KUTIP_CUE_NEEDS_MARK, KUTIP_CUE_STANCE }
#define ACCORDING(w) { w, KUTIP_CUE_ACCORDING, KUTIP_CUE_SPEECH }
#define PASSIVE(w)   { w, KUTIP_CUE_PASSIVE, KUTIP_CUE_SPEECH }

static const KutipCue cues[] = {
  /* "“…,” kata X", "…, ujar X." and, with the clitic, "…, katanya." */
  AFTER ("kata"), AFTER ("ujar"), AFTER ("ucap"), AFTER ("tutur"), AFTER ("ungkap"),
  AFTER ("jelas"), AFTER ("tegas"), AFTER ("imbuh"), AFTER ("tambah"), AFTER ("pungkas"),
  AFTER ("sebut"), AFTER ("terang"), AFTER ("papar"), AFTER ("lanjut"), AFTER ("tukas"),
  AFTER ("timpal"), AFTER ("sambung"), AFTER ("beber"), AFTER ("urai"), AFTER ("seru"),
  AFTER ("kilah"), AFTER ("aku"), AFTER ("tanya"), AFTER ("jawab"), AFTER ("ajak"),
  AFTER ("pinta"), AFTER ("harap"), AFTER ("katakan"), AFTER ("tulis"), AFTER ("pesan"),
  AFTER ("tandas"), AFTER ("sergah"), AFTER ("celetuk"),
  /* "X mengatakan, …", "X menyatakan bahwa …", "X mengatakan …". */
  SAY ("mengatakan"), SAY ("menyatakan"), SAY ("menegaskan"), SAY ("menjelaskan"),
  SAY ("menyampaikan"), SAY ("menambahkan"), SAY ("menuturkan"), SAY ("mengungkapkan"),
  SAY ("mengemukakan"), SAY ("menerangkan"), SAY ("memaparkan"), SAY ("menyebutkan"),
  SAY ("menyebut"), SAY ("mengakui"), SAY ("membenarkan"), SAY ("berkata"),
  SAY ("bertutur"), SAY ("berujar"), SAY ("menjabarkan"), SAY ("melanjutkan"),
  SAY ("mengklaim"), SAY ("menekankan"), SAY ("mengutarakan"), SAY ("menandaskan"),
  SAY ("membeberkan"), SAY ("menguraikan"), SAY ("menceritakan"), SAY ("mengisahkan"),
  SAY ("mencontohkan"), SAY ("mengingatkan"), SAY ("membantah"), SAY ("mengungkap"),
  SAY ("bercerita"), SAY ("mengeklaim"), SAY ("menuding"), SAY ("mengumumkan"),
  SAY ("berpesan"), SAY ("menampik"), SAY ("menyangkal"), SAY ("menepis"),
  SAY ("memungkiri"), SAY ("menulis"), SAY ("menuliskan"), SAY ("menyerukan"),
  SAY ("mengonfirmasi"), SAY ("menggarisbawahi"), SAY ("menyimpulkan"), SAY ("berdalih"),
  SAY ("berkilah"), SAY ("beralasan"), SAY ("menyarankan"), SAY ("memastikan"),
  /* Speech verbs that also name actions ("X menjawab masalah itu", "X
   * melaporkan kasus itu ke polisi"): a clause only
   * after a comma, a colon or "bahwa". */
  SAY_MARK ("menjawab"), SAY_MARK ("menanggapi"), SAY_MARK ("melaporkan"),
  SAY_MARK ("menyinggung"), SAY_MARK ("mengeluhkan"),
  SAY_MARK ("menjanjikan"), SAY_MARK ("mengabarkan"), SAY_MARK ("memberitahukan"),
  /* Stance verbs: beliefs, wishes, requests, judgements and forecasts. */
  STANCE ("menilai"), STANCE ("berpendapat"), STANCE ("berharap"), STANCE ("meminta"),
  STANCE ("mengimbau"), STANCE ("yakin"), STANCE ("meyakini"), STANCE ("mendorong"),
  STANCE ("menduga"), STANCE ("memperkirakan"), STANCE ("memprediksi"),
  STANCE ("mengusulkan"), STANCE ("mengaku"), STANCE ("mengharapkan"), STANCE ("menganggap"),
  STANCE ("memandang"), STANCE ("mengajak"), STANCE ("mempertanyakan"),
  STANCE ("menginstruksikan"), STANCE ("memerintahkan"), STANCE ("menyoroti"),
  STANCE ("berjanji"), STANCE ("menyadari"), STANCE ("memprakirakan"), STANCE ("meramalkan"),
  STANCE ("berwacana"), STANCE ("mempermasalahkan"), STANCE ("mempersoalkan"),
  /* The same as judgements of an object ("X mengapresiasi langkah itu",
   * "X menolak berkomentar"): a clause only after a mark. Feelings
   * ("khawatir", "bersyukur") are no cues at all. */
  STANCE_MARK ("mengapresiasi"), STANCE_MARK ("mengkritik"), STANCE_MARK ("menyambut"),
  STANCE_MARK ("menolak"), STANCE_MARK ("optimistis"), STANCE_MARK ("percaya"),
  STANCE_MARK ("menyayangkan"), STANCE_MARK ("menyesalkan"),
  /* "Menurut X, …", "…, menurut X." */
  ACCORDING ("menurut"),
  /* "Hal itu disampaikan X." */
  PASSIVE ("disampaikan"), PASSIVE ("dikatakan"), PASSIVE ("diungkapkan"),
  PASSIVE ("dijelaskan"), PASSIVE ("ditegaskan"), PASSIVE ("dinyatakan"),
  PASSIVE ("dituturkan"), PASSIVE ("diutarakan"), PASSIVE ("dikemukakan"),
  PASSIVE ("disinggung"), PASSIVE ("dibenarkan"), PASSIVE ("diakui"), PASSIVE ("dipaparkan"),
  PASSIVE ("diterangkan"), PASSIVE ("disebutkan"), PASSIVE ("ditambahkan"),
  PASSIVE ("dibeberkan"), PASSIVE ("ditekankan"), PASSIVE ("dikonfirmasi"),
  { NULL, 0, 0 }
};

/* Titles of organisations, not of people (entity names). */
static const char * const organisations[] = {
  "kementerian", "kepolisian", "dinas", "badan", "bidang", "humas", "divisi", "direktorat",
  "satuan", "tugas", "pusat", "daerah", "kota", "kabupaten", "provinsi", "universitas",
  "fakultas", "lembaga", "komisi", "bagian", "biro", NULL
};

/* Lower-case words with these beginnings are verbs, never a modifier in a
 * speaker's phrase ("warga setempat", not "warga membakar"). */
static const char * const verb_prefixes[] = { "me", "ber", "di", "ter", NULL };

/* "tidak menampik bahwa …": a negated denial still reports a statement. */
static const char * const denials[] = {
  "menampik", "membantah", "menyangkal", "memungkiri", "menepis", "menolak",
  /* "tidak mempermasalahkan …": not objecting is a stance too. */
  "mempermasalahkan", "mempersoalkan", NULL
};

/* "Berdasarkan keterangan X, …" */
static const char * const according_prepositions[] = { "berdasarkan", NULL };

/* "X berharap agar …": left out where the clause starts right after the
 * verb (not in "mengingatkan KPU agar …"). */
static const char * const complementizers[] = { "agar", "supaya", NULL };

/* "Hal senada diungkapkan X": X says the same as the sentence before. */
static const char * const similar[] = { "senada", "serupa", "sama", NULL };

static const char * const clitics[] = { "nya", NULL };

/* "pihaknya" ("his side", the body the speaker stands for) is the
 * speaker's pronoun in news. */
static const char * const pronouns[] = {
  "dia", "ia", "beliau", "mereka", "pihaknya",
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
  "fakultas", "lembaga", "komisi", "hj", "drs", "pejabat", "pemerhati", "komisioner",
  "kasubag", "kasubbag", "kabiro", "kadiv", "kades", "sekda", "ketum", "penasihat", "dubes",
  "duta", "konsul", "senator", "legislator", "politikus", "politisi", "advokat", "pengacara",
  "kuasa", "aktivis", "pegiat", "praktisi", "kriminolog", "ilmuwan", "budayawan", "sejarawan",
  "kapolresta", "wakapolri", "wakapolda", "wakapolres", "kapolsek", "kasatreskrim",
  "kasatlantas", "kabidhumas", "kapuspen", "kapendam", "pangdam", "danrem", "dandim",
  "wadir", "presdir", "komut", "bendahara", "bagian",
  NULL
};

/* People by what they are rather than by name: "seorang warga", "salah
 * satu saksi mata", "sejumlah pakar", "masyarakat" (a speaker by itself). */
static const char * const group_nouns[] = {
  "warga", "masyarakat", "saksi", "pakar", "petugas", "pedagang", "pengunjung", "penumpang",
  "pengemudi", "sopir", "korban", "keluarga", "tetangga", "sumber", "mahasiswa", "siswa",
  "orangtua", "nelayan", "petani", "buruh", "pekerja", "karyawan", "pegawai", "pemudik",
  "pemilih", "relawan", "tokoh", "perwakilan", "pihak", "polisi", "aparat", "pemerintah",
  "panitia", "penyelenggara", "pasien", "penduduk", "warganet", "pengguna", "konsumen",
  "pembeli", "peserta", "jemaah", "ulama", "santri", "penghuni", "pengelola", "pemilik",
  "penjual", "ojek", "pengamen", "demonstran", "pengunjuk", "perawat", "bidan", "ahli",
  "orang", "seseorang", "pria", "wanita", "perempuan", "lelaki", "ibu-ibu", "pemuda",
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
  /* "X mengatakan bahwa …" */
  THAT ("bahwa"),
  /* Particles inside names. */
  PARTICLE ("bin"), PARTICLE ("binti"), PARTICLE ("van"), PARTICLE ("de"),
  PARTICLE ("von"), PARTICLE ("al"),
  /* Determiners before a name or a group. */
  DET ("para"), DET ("sang"), DET ("seorang"), DET ("sejumlah"), DET ("beberapa"),
  DET ("sebagian"), DET ("salah"), DET ("satu"),
  /* After a group noun: "Pedagang lainnya", "warga setempat". */
  { "lainnya", LEX_POST_DET }, { "setempat", LEX_POST_DET }, { "tersebut", LEX_POST_DET },
  /* "Jika …, kata X, …": the part before the attribution is the statement's. */
  { "jika", LEX_CONDITION }, { "apabila", LEX_CONDITION }, { "bila", LEX_CONDITION },
  { "kalau", LEX_CONDITION }, { "untuk", LEX_CONDITION }, { "agar", LEX_CONDITION },
  { "supaya", LEX_CONDITION }, { "seandainya", LEX_CONDITION },
  { "andaikan", LEX_CONDITION }, { "asalkan", LEX_CONDITION }, { "jikalau", LEX_CONDITION },
  /* "Hal itu disampaikan X", "Informasi ini dibenarkan X". */
  { "hal", LEX_BACK_REF }, { "informasi", LEX_BACK_REF | LEX_SOURCE_NOUN },
  { "pernyataan", LEX_BACK_REF | LEX_SOURCE_NOUN },
  { "keterangan", LEX_BACK_REF | LEX_SOURCE_NOUN },
  { "penjelasan", LEX_BACK_REF | LEX_SOURCE_NOUN }, { "demikian", LEX_BACK_REF },
  { "kabar", LEX_BACK_REF }, { "pengakuan", LEX_SOURCE_NOUN },
  { "kesaksian", LEX_SOURCE_NOUN },
  /* "Hasil survei X mengungkapkan …": data, not a statement. */
  { "hasil", LEX_DATA_NOUN }, { "data", LEX_DATA_NOUN }, { "survei", LEX_DATA_NOUN },
  { "riset", LEX_DATA_NOUN }, { "penelitian", LEX_DATA_NOUN }, { "studi", LEX_DATA_NOUN },
  { "kajian", LEX_DATA_NOUN }, { "statistik", LEX_DATA_NOUN }, { "grafik", LEX_DATA_NOUN },
  { "temuan", LEX_DATA_NOUN }, { "catatan", LEX_DATA_NOUN }, { "sensus", LEX_DATA_NOUN },
  { "jajak", LEX_DATA_NOUN },
  /* "tidak menampik": a negation before a cue. */
  { "tidak", LEX_NEGATION }, { "tak", LEX_NEGATION }, { "belum", LEX_NEGATION },
  { "bukan", LEX_NEGATION }, { "enggan", LEX_NEGATION },
  /* Words that may stand between a subject and its verb. */
  AUX ("juga"), AUX ("pun"), AUX ("sebelumnya"), AUX ("kemudian"), AUX ("lalu"),
  AUX ("pernah"), AUX ("telah"), AUX ("sudah"), AUX ("sempat"), AUX ("kembali"),
  AUX ("lagi"), AUX ("justru"), AUX ("bahkan"), AUX ("sangat"), AUX ("tetap"), AUX ("masih"),
  AUX ("hanya"), AUX ("terus"), AUX ("selalu"), AUX ("sering"), AUX ("kerap"),
  AUX ("berulang"), AUX ("kali"), AUX ("pula"), AUX ("sendiri"), AUX ("akhirnya"),
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
  NN ("seusai"), NN ("usai"), NN ("sebelum"), NN ("selama"), NN ("menanggapi"),
  NN ("melihat"), NN ("mengenai"), NN ("soal"), NN ("perihal"), NN ("berdasarkan"),
  NN ("sesuai"), NN ("meskipun"), NN ("walaupun"), NN ("walau"), NN ("apabila"),
  NN ("bila"), NN ("padahal"), NN ("kendati"), NN ("akibatnya"), NN ("sejauh"),
  NN ("sampai"), NN ("kini"), NN ("sekarang"), NN ("tak"), NN ("tidak"),
  NN ("agar"), NN ("supaya"), NN ("mengingat"), NN ("dikonfirmasi"), NN ("ditemui"),
  NN ("diwawancarai"),
  /* "X saat meninjau …, mengatakan": a circumstance after the subject. */
  CIRC ("dalam"), CIRC ("saat"), CIRC ("ketika"), CIRC ("yang"), CIRC ("seusai"),
  CIRC ("usai"), CIRC ("setelah"), CIRC ("sebelum"), CIRC ("kepada"), CIRC ("melalui"),
  CIRC ("lewat"), CIRC ("pada"), CIRC ("seperti"), CIRC ("sebagaimana"), CIRC ("secara"),
  CIRC ("di"), CIRC ("ditemui"), CIRC ("dihubungi"), CIRC ("dikonfirmasi"),
  CIRC ("sewaktu"), CIRC ("selepas"),
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
  U ("semester", KUTIP_UNIT_HALF), U ("paruh", KUTIP_UNIT_HALF),
  U ("dekade", KUTIP_UNIT_DECADE),
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
  K ("siang", KUTIP_LEX_PART_OF_DAY, KUTIP_TOD_MI),
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
  /* "belum lama ini", "ke depannya", "keesokan harinya" */
  K ("belum", KUTIP_LEX_PHRASE, 1), K ("depannya", KUTIP_LEX_PHRASE, 2),
  K ("keesokan", KUTIP_LEX_PHRASE, 3), K ("dini", KUTIP_LEX_PHRASE, 4),

  /* Holidays (kutip-date-holidays-id.c): "Lebaran 2022", "Idul Adha",
   * "Tahun Baru Imlek" (through "tahun"), "1 Muharam". */
  K ("lebaran", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_IDUL_FITRI),
  K ("idulfitri", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_IDUL_FITRI),
  K ("iduladha", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_IDUL_ADHA),
  K ("idulkurban", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_IDUL_ADHA),
  K ("idul", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_PREFIX),
  K ("imlek", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_IMLEK),
  { "natal", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_NATAL, KUTIP_LEXF_CAP_ONLY },
  K ("nyepi", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_NYEPI),
  K ("waisak", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_WAISAK),
  K ("waisyak", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_WAISAK),
  K ("paskah", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_EASTER),
  K ("muharam", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_MUHARAM),
  K ("muharram", KUTIP_LEX_HOLIDAY, KUTIP_HOLIDAY_MUHARAM),
};

KutipLanguage kutip_language_id = {
  .code = "id",
  .name = "Indonesian",

  .cues = cues,
  .clitics = clitics,
  .pronouns = pronouns,
  .titles = titles,
  .group_nouns = group_nouns,
  .function_words = function_words,
  .connectors = connectors,
  .object_prepositions = object_prepositions,
  .words = words,
  .abbreviations = abbreviations,

  .speech = {
    /* Reported speech ranks below quotes, above the default threshold. */
    .indirect_max_confidence = 0.7,
    .claim_follows_verb = TRUE,
    .clause_holds_cues = TRUE,
    .split_attributions = TRUE,
    .stance_without_that = TRUE,
    .denials = denials,
    .similar = similar,
    .according_prepositions = according_prepositions,
    .min_clause_words = 2,
    .complementizers = complementizers,
    .name_introductions = TRUE,
    .suggest_introductions = TRUE,
    /* "X mengatakan kepada wartawan bahwa …" */
    .that_reach_say = 5,
    .that_reach_stance = 3,
    .appositive_subject = TRUE,
    .distant_subject = TRUE,
    .sentence_cue_looks_ahead = TRUE,
  },
  .names = {
    .determiner_opens = TRUE,
    .lowercase_after_title = TRUE,
    .comma_in_role = TRUE,
    .capitalised_inside = TRUE,
    .age_after_name = TRUE,
    .appositive_in_span = TRUE,
    .verb_prefixes = verb_prefixes,
    .organisations = organisations,
  },

  .date_words = date_words,
  .n_date_words = G_N_ELEMENTS (date_words),
  .date_rules = kutip_date_rules_id,
  .date_day_rule = "date-id-day",
};
