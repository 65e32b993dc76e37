/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-attribution-lexicon-id.c: Indonesian words that signal attribution:
 * speech verbs, titles and roles, pronouns, words that never start a name. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include "kutip-attribution-private.h"

#define CUE   LEX_CUE_AFTER
#define SAY   LEX_VERB_SAY
#define WEAK  LEX_VERB_WEAK
#define TITLE LEX_TITLE
#define NN    LEX_NOT_NAME
#define FN    LEX_FUNCTION
#define AUX   LEX_AUX

/* Cue words after a quote ("…,” kata X). The lexicon also derives the
 * clitic forms (katanya, ujarnya) from these. */
const AttLexEntry att_lexicon_id[] = {
  { "kata", CUE }, { "ujar", CUE }, { "ucap", CUE }, { "tutur", CUE },
  { "ungkap", CUE }, { "jelas", CUE }, { "tegas", CUE }, { "imbuh", CUE },
  { "tambah", CUE }, { "pungkas", CUE }, { "sebut", CUE }, { "terang", CUE },
  { "papar", CUE }, { "lanjut", CUE }, { "tukas", CUE }, { "timpal", CUE },
  { "sambung", CUE }, { "beber", CUE }, { "urai", CUE }, { "seru", CUE },
  { "kilah", CUE }, { "aku", CUE }, { "tanya", CUE }, { "jawab", CUE },
  { "ajak", CUE }, { "pinta", CUE }, { "harap", CUE }, { "katakan", CUE },

  /* "X mengatakan, …" */
  { "mengatakan", SAY }, { "menyatakan", SAY }, { "menegaskan", SAY },
  { "menjelaskan", SAY }, { "menyampaikan", SAY }, { "menambahkan", SAY },
  { "menuturkan", SAY }, { "mengungkapkan", SAY }, { "mengemukakan", SAY },
  { "menerangkan", SAY }, { "memaparkan", SAY }, { "menyebutkan", SAY },
  { "menyebut", SAY }, { "mengakui", SAY }, { "membenarkan", SAY },
  { "berkata", SAY }, { "bertutur", SAY }, { "berujar", SAY },
  { "menjabarkan", SAY }, { "melanjutkan", SAY }, { "mengklaim", SAY },
  { "menekankan", SAY }, { "mengutarakan", SAY }, { "menandaskan", SAY },
  { "membeberkan", SAY }, { "menguraikan", SAY }, { "menceritakan", SAY },
  { "mengisahkan", SAY }, { "mencontohkan", SAY }, { "mengingatkan", SAY },
  { "memastikan", SAY }, { "membantah", SAY }, { "menyebutkan", SAY },
  { "mengungkap", SAY }, { "menjawab", SAY }, { "menanggapi", SAY },
  { "bercerita", SAY }, { "mengeklaim", SAY }, { "menuding", SAY },

  /* Stance verbs: a speaker, but weaker evidence of a statement. */
  { "menilai", WEAK }, { "berpendapat", WEAK }, { "berharap", WEAK },
  { "meminta", WEAK }, { "mengimbau", WEAK }, { "yakin", WEAK },
  { "meyakini", WEAK }, { "mendorong", WEAK }, { "mengapresiasi", WEAK },
  { "menduga", WEAK }, { "memperkirakan", WEAK }, { "memprediksi", WEAK },
  { "menyarankan", WEAK }, { "mengusulkan", WEAK }, { "mengkritik", WEAK },
  { "menyayangkan", WEAK }, { "mengaku", WEAK }, { "optimistis", WEAK },
  { "khawatir", WEAK }, { "mengharapkan", WEAK }, { "menganggap", WEAK },
  { "memandang", WEAK }, { "mengajak", WEAK }, { "menyambut", WEAK },
  { "mempertanyakan", WEAK }, { "mengusulkan", WEAK }, { "menolak", WEAK },
  { "mengingatkan", WEAK }, { "menginstruksikan", WEAK },
  { "memerintahkan", WEAK }, { "menyoroti", WEAK }, { "menyebutkan", WEAK },

  { "menurut", LEX_ACCORDING }, { "kata", CUE },

  { "disampaikan", LEX_PASSIVE_CUE }, { "dikatakan", LEX_PASSIVE_CUE },
  { "diungkapkan", LEX_PASSIVE_CUE }, { "dijelaskan", LEX_PASSIVE_CUE },
  { "ditegaskan", LEX_PASSIVE_CUE }, { "dinyatakan", LEX_PASSIVE_CUE },
  { "dituturkan", LEX_PASSIVE_CUE }, { "diutarakan", LEX_PASSIVE_CUE },
  { "dikemukakan", LEX_PASSIVE_CUE },

  /* Titles and roles: they join a name phrase even in lower case. */
  { "presiden", TITLE }, { "wakil", TITLE }, { "menteri", TITLE },
  { "kepala", TITLE }, { "direktur", TITLE }, { "ketua", TITLE },
  { "sekretaris", TITLE }, { "gubernur", TITLE }, { "bupati", TITLE },
  { "wali", TITLE }, { "camat", TITLE }, { "lurah", TITLE },
  { "juru", TITLE }, { "bicara", TITLE }, { "jubir", TITLE },
  { "komisaris", TITLE }, { "jenderal", TITLE }, { "inspektur", TITLE },
  { "irjen", TITLE }, { "kombes", TITLE }, { "brigjen", TITLE },
  { "ajun", TITLE }, { "kolonel", TITLE }, { "mayor", TITLE },
  { "letnan", TITLE }, { "kapten", TITLE }, { "anggota", TITLE },
  { "pengamat", TITLE }, { "peneliti", TITLE }, { "ekonom", TITLE },
  { "dosen", TITLE }, { "guru", TITLE }, { "pengajar", TITLE },
  { "profesor", TITLE }, { "prof", TITLE | LEX_ABBREV },
  { "dr", TITLE | LEX_ABBREV }, { "ir", TITLE | LEX_ABBREV },
  { "rektor", TITLE }, { "dekan", TITLE }, { "koordinator", TITLE },
  { "manajer", TITLE }, { "pimpinan", TITLE }, { "pemimpin", TITLE },
  { "pendiri", TITLE }, { "deputi", TITLE }, { "asisten", TITLE },
  { "staf", TITLE }, { "ahli", TITLE }, { "epidemiolog", TITLE },
  { "dokter", TITLE }, { "hakim", TITLE }, { "jaksa", TITLE },
  { "panglima", TITLE }, { "pelaksana", TITLE }, { "plt", TITLE },
  { "kapolri", TITLE }, { "kapolda", TITLE }, { "kapolres", TITLE },
  { "kapolsek", TITLE }, { "komandan", TITLE }, { "wamen", TITLE },
  { "wapres", TITLE }, { "mendagri", TITLE }, { "menkeu", TITLE },
  { "mensos", TITLE }, { "menkes", TITLE }, { "ustaz", TITLE },
  { "kiai", TITLE }, { "habib", TITLE }, { "bapak", TITLE },
  { "pak", TITLE }, { "ibu", TITLE }, { "bu", TITLE }, { "mbak", TITLE },
  { "mas", TITLE }, { "bung", TITLE }, { "haji", TITLE },
  { "analis", TITLE }, { "psikolog", TITLE }, { "sosiolog", TITLE },
  { "kabid", TITLE }, { "kasubdit", TITLE }, { "kasat", TITLE },
  { "kadis", TITLE }, { "kabag", TITLE }, { "dirut", TITLE },
  { "utama", TITLE }, { "umum", TITLE }, { "eksekutif", TITLE },
  { "khusus", TITLE }, { "besar", TITLE }, { "senior", TITLE },
  { "selaku", TITLE }, { "sekjen", TITLE }, { "kepolisian", TITLE },
  { "kementerian", TITLE }, { "dinas", TITLE }, { "badan", TITLE },
  { "bidang", TITLE }, { "humas", TITLE }, { "divisi", TITLE },
  { "direktorat", TITLE }, { "satuan", TITLE }, { "tugas", TITLE },
  { "pusat", TITLE }, { "daerah", TITLE }, { "kota", TITLE },
  { "kabupaten", TITLE }, { "provinsi", TITLE }, { "universitas", TITLE },
  { "fakultas", TITLE }, { "lembaga", TITLE }, { "komisi", TITLE },

  { "dia", LEX_PRONOUN | FN }, { "ia", LEX_PRONOUN | FN },
  { "beliau", LEX_PRONOUN }, { "mereka", LEX_PRONOUN | FN },

  { "bahwa", LEX_THAT | FN },
  { "bin", LEX_PARTICLE }, { "binti", LEX_PARTICLE }, { "van", LEX_PARTICLE },
  { "de", LEX_PARTICLE }, { "von", LEX_PARTICLE }, { "al", LEX_PARTICLE },
  { "para", LEX_DETERMINER }, { "sang", LEX_DETERMINER },
  { "no", LEX_ABBREV }, { "jl", LEX_ABBREV }, { "st", LEX_ABBREV },
  { "hj", TITLE | LEX_ABBREV }, { "drs", TITLE | LEX_ABBREV },

  { "juga", AUX | FN }, { "pun", AUX }, { "sebelumnya", AUX | NN },
  { "kemudian", AUX | NN }, { "lalu", AUX | NN }, { "pernah", AUX },
  { "telah", AUX | FN }, { "sudah", AUX | FN }, { "sempat", AUX },
  { "kembali", AUX }, { "pun", AUX }, { "lagi", AUX }, { "tidak", FN },
  { "justru", AUX }, { "bahkan", AUX | NN }, { "secara", NN },

  /* Capitalised words that never belong to a speaker's name. */
  { "senin", NN }, { "selasa", NN }, { "rabu", NN }, { "kamis", NN },
  { "jumat", NN }, { "sabtu", NN }, { "minggu", NN }, { "januari", NN },
  { "februari", NN }, { "maret", NN }, { "april", NN }, { "mei", NN },
  { "juni", NN }, { "juli", NN }, { "agustus", NN }, { "september", NN },
  { "oktober", NN }, { "november", NN }, { "desember", NN }, { "wib", NN },
  { "sementara", NN }, { "namun", NN | FN }, { "selain", NN }, { "dalam", NN | FN },
  { "saat", NN | FN }, { "adapun", NN }, { "sedangkan", NN }, { "oleh", NN | FN },
  { "hal", NN }, { "bagi", NN }, { "untuk", NN | FN }, { "dengan", NN | FN },
  { "karena", NN | FN }, { "jika", NN }, { "meski", NN }, { "pada", NN | FN },
  { "di", NN | FN }, { "ke", NN | FN }, { "dari", NN | FN }, { "ini", NN | FN },
  { "itu", NN | FN }, { "yang", NN | FN }, { "dan", NN | FN }, { "atau", NN | FN },
  { "akan", NN | FN }, { "ada", NN | FN }, { "bisa", FN }, { "kami", NN | FN },
  { "kita", NN | FN }, { "lebih", NN | FN }, { "harus", FN }, { "masih", FN },
  { "tersebut", NN | FN }, { "sebagai", NN | FN }, { "seperti", NN | FN },
  { "menurutnya", NN }, { "terkait", NN }, { "ketika", NN }, { "setelah", NN },
  { "sejak", NN }, { "hingga", NN }, { "tetapi", NN }, { "tapi", NN },
  { "apalagi", NN }, { "sehingga", NN }, { "agar", NN }, { "supaya", NN },
  { "sebab", NN }, { "misalnya", NN }, { "contohnya", NN }, { "kompas", NN },
  { "jakarta", 0 }, { "saya", NN }, { "kalau", NN }, { "demikian", NN },
  { "selanjutnya", NN }, { "terpisah", NN }, { "dihubungi", NN },
  { NULL, 0 }
};
