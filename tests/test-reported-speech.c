/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-reported-speech.c: Indonesian reported speech and its speakers as
 * who-said-what-guidelines.md has them, one rule family or exclusion per
 * test, on the project's own news-style sentences. */

#include "config.h"

#include <string.h>

#include "kutip-attribution.h"

typedef struct
{
  const char *claim;   /* the claim's exact text */
  char        kind;    /* 'd'irect or 'i'ndirect */
  const char *speaker; /* the exact text of the mention it is said by */
} Expect;

static char *
slice (const char *text,
       gsize       start,
       gsize       end)
{
  return g_strndup (text + start, end - start);
}

static char *
describe (KutipAttribution *att,
          const char       *text)
{
  GString *out = g_string_new (NULL);
  guint n_claims, n_speakers;
  const KutipClaimMatch *claims = kutip_attribution_get_claims (att, &n_claims);
  const KutipSpeakerMatch *speakers = kutip_attribution_get_speakers (att, &n_speakers);

  for (guint i = 0; i < n_claims; i++)
    g_string_append_printf (out, "\n  claim %s [%.*s] by %d", claims[i].rule,
                            (int) (claims[i].end - claims[i].start), text + claims[i].start,
                            claims[i].speaker);
  for (guint i = 0; i < n_speakers; i++)
    g_string_append_printf (out, "\n  speaker %u %s [%.*s] e%d", i, speakers[i].rule,
                            (int) (speakers[i].end - speakers[i].start),
                            text + speakers[i].start, speakers[i].entity);
  return g_string_free (out, FALSE);
}

/* @text has exactly the claims @expected (in text order), each of its kind,
 * suggested at the default threshold and said by the right mention. */
static KutipAttribution *
check (const char   *text,
       const Expect *expected,
       guint         n_expected)
{
  KutipAttribution *att = kutip_attribution_find (text, strlen (text), "id");
  guint n_claims, n_speakers;
  const KutipClaimMatch *claims = kutip_attribution_get_claims (att, &n_claims);
  const KutipSpeakerMatch *speakers = kutip_attribution_get_speakers (att, &n_speakers);
  g_autofree char *found = describe (att, text);

  if (n_claims != n_expected)
    g_error ("%u claims, not %u, in: %s%s", n_claims, n_expected, text, found);
  for (guint i = 0; i < n_claims; i++)
    {
      g_autofree char *claim = slice (text, claims[i].start, claims[i].end);
      g_autofree char *who = NULL;

      if (!g_str_equal (claim, expected[i].claim))
        g_error ("claim %u is [%s], not [%s]:%s", i, claim, expected[i].claim, found);
      g_assert_cmpint (claims[i].kind, ==,
                       expected[i].kind == 'd' ? KUTIP_CLAIM_DIRECT : KUTIP_CLAIM_INDIRECT);
      g_assert_cmpfloat (claims[i].confidence, >=, KUTIP_ATTRIBUTION_MIN_CONFIDENCE);
      if (expected[i].speaker == NULL)
        {
          g_assert_cmpint (claims[i].speaker, <, 0);
          continue;
        }
      if (claims[i].speaker < 0 || claims[i].speaker >= (int) n_speakers)
        g_error ("claim [%s] has no speaker:%s", claim, found);
      who = slice (text, speakers[claims[i].speaker].start, speakers[claims[i].speaker].end);
      if (!g_str_equal (who, expected[i].speaker))
        g_error ("claim [%s] is said by [%s], not [%s]:%s", claim, who, expected[i].speaker,
                 found);
    }
  return att;
}

#define CHECK(text, ...) \
  G_STMT_START { \
    const Expect e_[] = { __VA_ARGS__ }; \
    kutip_attribution_free (check ((text), e_, G_N_ELEMENTS (e_))); \
  } G_STMT_END

/* @text has no claim at all. */
static void
check_none (const char *text)
{
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "id");
  guint n;

  kutip_attribution_get_claims (att, &n);
  if (n != 0)
    {
      g_autofree char *found = describe (att, text);

      g_error ("a claim in: %s%s", text, found);
    }
}

/* The entity of the speaker span with text @speaker. */
static int
entity_of (KutipAttribution *att,
           const char       *text,
           const char       *speaker)
{
  guint n;
  const KutipSpeakerMatch *speakers = kutip_attribution_get_speakers (att, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = slice (text, speakers[i].start, speakers[i].end);

      if (g_str_equal (s, speaker))
        return speakers[i].entity;
    }
  g_error ("no speaker [%s] in: %s", speaker, text);
  return -1;
}

/* "X mengatakan, …", "X menegaskan bahwa …", "X mengatakan …": the content
 * clause only, without cue, speaker, "bahwa" or the final period. */
static void
test_speech_verbs (void)
{
  CHECK ("Kepala Dinas Perhubungan Joko Susilo mengatakan, jalur mudik sudah diperbaiki.",
         { "jalur mudik sudah diperbaiki", 'i', "Kepala Dinas Perhubungan Joko Susilo" });
  CHECK ("Joko Susilo menegaskan bahwa jalur alternatif dibuka sepanjang malam.",
         { "jalur alternatif dibuka sepanjang malam", 'i', "Joko Susilo" });
  CHECK ("Joko Susilo mengatakan perbaikan jalan terus dilakukan sampai Lebaran.",
         { "perbaikan jalan terus dilakukan sampai Lebaran", 'i', "Joko Susilo" });
  CHECK ("Joko juga menjelaskan, petugas berjaga di setiap simpang.",
         { "petugas berjaga di setiap simpang", 'i', "Joko" });
  CHECK ("Dalam sebuah pernyataan, Joko Susilo mengatakan antrean di gerbang tol berkurang.",
         { "antrean di gerbang tol berkurang", 'i', "Joko Susilo" });
  /* After the verb, whom he told and where are not the claim; nor "agar". */
  CHECK ("Joko mengatakan kepada wartawan, jalur selatan lebih lancar.",
         { "jalur selatan lebih lancar", 'i', "Joko" });
  CHECK ("Joko berharap agar pemudik berangkat lebih awal.",
         { "pemudik berangkat lebih awal", 'i', "Joko" });
  /* Verbs that also name actions take a clause after a mark only. */
  CHECK ("Joko menjawab, jalur itu aman dilalui kendaraan besar.",
         { "jalur itu aman dilalui kendaraan besar", 'i', "Joko" });
}

/* The cue verbs the guidelines add to the usual ones. */
static void
test_guideline_cues (void)
{
  const char *cues[] = {
    "berharap", "memastikan", "mengaku", "mengklaim", "menduga", "memaparkan",
    "melanjutkan", "menulis", "membenarkan", "memprediksi", "menekankan", "menyadari",
    "berpesan", "meminta", "mengimbau", "menilai", "memperkirakan", "mengakui", "membantah",
    "menyebutkan", "menambahkan", "menuturkan", "mengungkapkan", "menyampaikan",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
    {
      g_autofree char *text = g_strdup_printf ("Ketua RT Agus Salim %s, warga sudah menerima "
                                               "bantuan beras.", cues[i]);

      CHECK (text, { "warga sudah menerima bantuan beras", 'i', "Ketua RT Agus Salim" });
    }
  /* A negated denial still states something. */
  CHECK ("Agus tidak menampik bahwa sebagian warga belum terdata.",
         { "sebagian warga belum terdata", 'i', "Agus" });
}

/* "Menurut X, …", "…, kata X.", and the clitics that refer back. */
static void
test_according_and_after (void)
{
  const char *after[] = { "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "imbuh",
                          "tambah", "tulis", "papar", "lanjut" };

  CHECK ("Menurut Purwadi, kendaraan pemudik akan memadati Cirebon.",
         { "kendaraan pemudik akan memadati Cirebon", 'i', "Purwadi" });
  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    {
      g_autofree char *text = g_strdup_printf ("Arus balik diperkirakan memuncak pekan depan, %s "
                                               "Purwadi.", after[i]);

      CHECK (text, { "Arus balik diperkirakan memuncak pekan depan", 'i', "Purwadi" });
    }
  /* "-nya" is no span; the claim is said by the person named before. */
  CHECK ("Kapolres Cirebon Purwadi mengatakan, jalur utama padat. Menurutnya, jalur selatan "
         "lebih lengang. Petugas disiagakan di setiap simpang, ujarnya.",
         { "jalur utama padat", 'i', "Kapolres Cirebon Purwadi" },
         { "jalur selatan lebih lengang", 'i', "Kapolres Cirebon Purwadi" },
         { "Petugas disiagakan di setiap simpang", 'i', "Kapolres Cirebon Purwadi" });
  CHECK ("Kata Asep, pihaknya akan memanggil dinas terkait.",
         { "pihaknya akan memanggil dinas terkait", 'i', "Asep" });
  CHECK ("Berdasarkan keterangan salah satu saksi mata, lima orang datang membawa bensin.",
         { "lima orang datang membawa bensin", 'i', "salah satu saksi mata" });
  /* The time of telling is not the claim. */
  CHECK ("Menurut Ketua Bawaslu Nurhadi, Sabtu (12/12/2020), petugas menemukan pelanggaran "
         "di dua TPS.",
         { "petugas menemukan pelanggaran di dua TPS", 'i', "Ketua Bawaslu Nurhadi" });
}

/* "A, kata X, B" is two claims, A only where it belongs to the statement;
 * "A, X mengatakan, B" claims B. */
static void
test_interrupted (void)
{
  CHECK ("Kejadian tersebut, menurut Ahmad, ditemukan di Jembrana, Bali.",
         { "Kejadian tersebut", 'i', "Ahmad" },
         { "ditemukan di Jembrana, Bali", 'i', "Ahmad" });
  CHECK ("Jika pasokan terlambat, kata Erwin, pemerintah provinsi akan meminjam dari daerah "
         "tetangga.",
         { "Jika pasokan terlambat", 'i', "Erwin" },
         { "pemerintah provinsi akan meminjam dari daerah tetangga", 'i', "Erwin" });
  /* The journalist's connectives and scene-setting stay out. */
  CHECK ("Karena itu, menurut Ferry, pilkada di tengah pandemi harus disertai inovasi.",
         { "pilkada di tengah pandemi harus disertai inovasi", 'i', "Ferry" });
  CHECK ("Dari video yang beredar, kata Ferry, massa datang dari luar kota.",
         { "massa datang dari luar kota", 'i', "Ferry" });
  CHECK ("Namun, stok di gudang lama menipis, ujar Ferry.",
         { "stok di gudang lama menipis", 'i', "Ferry" });
  CHECK ("Terkait banyaknya pemalsuan surat, Ahmad mengatakan, polisi terus memantau hal itu.",
         { "polisi terus memantau hal itu", 'i', "Ahmad" });
}

/* "Hal ini disampaikan X" attributes the sentence before it. */
static void
test_back_reference (void)
{
  g_autoptr(KutipAttribution) att = NULL;
  guint n;

  CHECK ("Pemerintah menyiapkan gudang beras baru di Sidoarjo. Hal itu disampaikan Gubernur "
         "Jawa Timur Khofifah Indar Parawansa di Surabaya, Rabu (13/4/2022).",
         { "Pemerintah menyiapkan gudang beras baru di Sidoarjo", 'i',
           "Gubernur Jawa Timur Khofifah Indar Parawansa" });
  CHECK ("Jadwal kereta tambahan diumumkan pekan depan. Informasi ini disampaikan oleh juru "
         "bicara KAI Joni Martinus.",
         { "Jadwal kereta tambahan diumumkan pekan depan", 'i', "juru bicara KAI Joni Martinus" });
  /* "Hal senada": the same point as someone else's; the speaker only. */
  {
    const char *text = "Harga beras turun di pasar induk. Hal senada diungkapkan pedagang "
                       "Siti Aminah.";

    check_none (text);
    att = kutip_attribution_find_full (text, strlen (text), "id", 0);
    kutip_attribution_get_speakers (att, &n);
    g_assert_cmpuint (n, ==, 0);
  }
}

/* Passives with no source, data and survey findings, feelings, refusals
 * and narration are no claims. */
static void
test_exclusions (void)
{
  check_none ("Program itu diperkirakan selesai tahun depan.");
  check_none ("Pelaku diduga membawa bensin dari luar kota.");
  check_none ("Hal itu diketahui dari catatan kepolisian.");
  check_none ("Berdasarkan data BPS, inflasi naik 3 persen.");
  check_none ("Hasil survei Litbang Kompas mengungkapkan, 70 persen warga puas.");
  check_none ("Warga khawatir harga beras naik lagi.");
  check_none ("Ia bersyukur semua penumpang selamat.");
  check_none ("Polisi enggan berkomentar soal penyebab kebakaran itu.");
  check_none ("Ia menolak menjelaskan alasan penutupan jalan tersebut.");
  check_none ("Kapolres tidak menjelaskan penyebab kebakaran gudang itu.");
  check_none ("Pemerintah menjawab masalah itu dengan program lumbung pangan.");
  check_none ("Bupati Sanusi membentuk tim khusus untuk mendata korban banjir.");
  check_none ("Serangan terus berlanjut setelah Presiden Joe Biden menyerukan gencatan senjata.");
  /* A sentence that goes on with the speaker's point, without a cue. */
  CHECK ("Bupati Sanusi mengatakan, bantuan tiba besok pagi. Beras akan dibagikan di balai desa.",
         { "bantuan tiba besok pagi", 'i', "Bupati Sanusi" });
}

/* Speaker spans as the guidelines write them. */
static void
test_speaker_spans (void)
{
  CHECK ("Wakil Kepala Satlantas Polresta Cirebon Ajun Komisaris Purwadi mengatakan, arus "
         "kendaraan meningkat.",
         { "arus kendaraan meningkat", 'i',
           "Wakil Kepala Satlantas Polresta Cirebon Ajun Komisaris Purwadi" });
  /* An appositive after the name, up to the comma before the verb. */
  CHECK ("M Jufri, Pelaksana Jalan Nasional Wilayah I Provinsi Sumatera Utara, mengatakan, "
         "perbaikan jalan selesai bulan ini.",
         { "perbaikan jalan selesai bulan ini", 'i',
           "M Jufri, Pelaksana Jalan Nasional Wilayah I Provinsi Sumatera Utara" });
  /* A role before the name set off by a comma. */
  CHECK ("Pedagang lainnya, Winda (36), mengatakan, harga cabai naik dua kali lipat.",
         { "harga cabai naik dua kali lipat", 'i', "Pedagang lainnya, Winda (36)" });
  /* Not a relative clause or an adverbial set off by commas, nor the time
   * and place of the telling. */
  CHECK ("Bupati Malang Sanusi, yang dihubungi terpisah, mengatakan, pengungsi sudah pulang.",
         { "pengungsi sudah pulang", 'i', "Bupati Malang Sanusi" });
  CHECK ("Ketua KPU Jabar Rifqi Ali, dalam siaran pers, menyatakan, rekapitulasi selesai.",
         { "rekapitulasi selesai", 'i', "Ketua KPU Jabar Rifqi Ali" });
  CHECK ("Kepala Dinas Kesehatan Erwin Astha saat dihubungi, Minggu (17/5/2020) di Surabaya, "
         "mengatakan, vaksin tiba besok.",
         { "vaksin tiba besok", 'i', "Kepala Dinas Kesehatan Erwin Astha" });
  /* Organisations speak; a speaker never named gets a span of its own. */
  CHECK ("Kementerian Kesehatan menyatakan, stok vaksin aman.",
         { "stok vaksin aman", 'i', "Kementerian Kesehatan" });
  CHECK ("“Airnya naik sampai pinggang,” kata seorang warga.",
         { "“Airnya naik sampai pinggang,”", 'd', "seorang warga" });
  /* A role set off by commas after the name, after any cue. */
  CHECK ("Menurut Ani (45), pedagang cabai, omzetnya turun 40 persen.",
         { "omzetnya turun 40 persen", 'i', "Ani (45), pedagang cabai" });
  CHECK ("“Airnya naik sampai pinggang,” kata Eky Rahawarin (45), warga Desa Sukamaju.",
         { "“Airnya naik sampai pinggang,”", 'd', "Eky Rahawarin (45), warga Desa Sukamaju" });
}

/* Pronoun subjects are speaker spans of the person's entity. */
static void
test_pronouns (void)
{
  const char *pronouns[] = { "Ia", "Dia", "Beliau", "Pihaknya" };

  for (guint i = 0; i < G_N_ELEMENTS (pronouns); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("Kepala BPBD Kabupaten Malang Sadono Irawan mengatakan, tanggul sudah "
                         "diperbaiki. %s menambahkan, warga diminta tetap waspada.", pronouns[i]);
      g_autoptr(KutipAttribution) att = check (text, (const Expect[]) {
        { "tanggul sudah diperbaiki", 'i', "Kepala BPBD Kabupaten Malang Sadono Irawan" },
        { "warga diminta tetap waspada", 'i', pronouns[i] },
      }, 2);

      g_assert_cmpint (entity_of (att, text, pronouns[i]), ==,
                       entity_of (att, text, "Kepala BPBD Kabupaten Malang Sadono Irawan"));
    }
  {
    const char *text = "Para nelayan mengatakan, ombak terlalu tinggi. Mereka berharap cuaca "
                       "membaik pekan depan.";

    CHECK (text, { "ombak terlalu tinggi", 'i', "Para nelayan" },
           { "cuaca membaik pekan depan", 'i', "Mereka" });
  }
}

/* Reported speech ranks below the quotes around it; quotes only leave it
 * out. */
static void
test_ranking_and_scope (void)
{
  const char *text = "Purwadi mengatakan, jalur utama padat. “Kami siapkan jalur alternatif,” "
                     "kata Purwadi.";
  g_autoptr(KutipAttribution) all = check (text, (const Expect[]) {
    { "jalur utama padat", 'i', "Purwadi" },
    { "“Kami siapkan jalur alternatif,”", 'd', "Purwadi" },
  }, 2);
  g_autoptr(KutipAttribution) direct =
    kutip_attribution_find_scoped (text, strlen (text), "id", KUTIP_ATTRIBUTION_MIN_CONFIDENCE,
                                   KUTIP_CLAIM_SCOPE_DIRECT);
  const KutipClaimMatch *claims = kutip_attribution_get_claims (all, NULL);
  guint n;

  g_assert_cmpfloat (claims[0].confidence, <, claims[1].confidence);
  claims = kutip_attribution_get_claims (direct, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (claims[0].kind, ==, KUTIP_CLAIM_DIRECT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/reported-speech/speech-verbs", test_speech_verbs);
  g_test_add_func ("/kutip/reported-speech/guideline-cues", test_guideline_cues);
  g_test_add_func ("/kutip/reported-speech/according-and-after", test_according_and_after);
  g_test_add_func ("/kutip/reported-speech/interrupted", test_interrupted);
  g_test_add_func ("/kutip/reported-speech/back-reference", test_back_reference);
  g_test_add_func ("/kutip/reported-speech/exclusions", test_exclusions);
  g_test_add_func ("/kutip/reported-speech/speaker-spans", test_speaker_spans);
  g_test_add_func ("/kutip/reported-speech/pronouns", test_pronouns);
  g_test_add_func ("/kutip/reported-speech/ranking-and-scope", test_ranking_and_scope);

  return g_test_run ();
}
