/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-attribution.c: claims, speakers, pronoun resolution, entities and
 * language detection on the project's own sentences, in id and en. */

#include "config.h"

#include <string.h>

#include "kutip-attribution.h"

static char *
slice (const char *text,
       gsize       start,
       gsize       end)
{
  return g_strndup (text + start, end - start);
}

/* The claim whose text is exactly @expected, or NULL. */
static const KutipClaimMatch *
find_claim (KutipAttribution *att,
            const char       *text,
            const char       *expected)
{
  guint n;
  const KutipClaimMatch *claims = kutip_attribution_get_claims (att, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = slice (text, claims[i].start, claims[i].end);

      if (g_str_equal (s, expected))
        return &claims[i];
    }
  return NULL;
}

static char *
speaker_text (KutipAttribution      *att,
              const char            *text,
              const KutipClaimMatch *claim)
{
  guint n;
  const KutipSpeakerMatch *speakers = kutip_attribution_get_speakers (att, &n);

  g_assert_nonnull (claim);
  g_assert_cmpint (claim->speaker, >=, 0);
  g_assert_cmpint (claim->speaker, <, (int) n);
  return slice (text, speakers[claim->speaker].start, speakers[claim->speaker].end);
}

static const KutipSpeakerMatch *
claim_speaker (KutipAttribution      *att,
               const KutipClaimMatch *claim)
{
  const KutipSpeakerMatch *speakers = kutip_attribution_get_speakers (att, NULL);

  g_assert_cmpint (claim->speaker, >=, 0);
  return &speakers[claim->speaker];
}

static void
assert_quote_said_by (const char *text,
                      const char *lang,
                      const char *quote,
                      const char *speaker)
{
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), lang);
  const KutipClaimMatch *claim = find_claim (att, text, quote);
  g_autofree char *who = NULL;

  if (claim == NULL)
    g_error ("no claim %s in: %s", quote, text);
  g_assert_cmpint (claim->kind, ==, KUTIP_CLAIM_DIRECT);
  who = speaker_text (att, text, claim);
  g_assert_cmpstr (who, ==, speaker);
  g_assert_nonnull (claim->rule);
  g_assert_cmpfloat (claim->confidence, >, 0.5);
}

static void
test_quote_styles (void)
{
  assert_quote_said_by ("“Harga beras akan turun pekan depan,” kata Budi Santoso.", "id",
                        "“Harga beras akan turun pekan depan,”", "Budi Santoso");
  assert_quote_said_by ("\"Jalan tol dibuka untuk umum besok,\" ujar Sari Dewi.", "id",
                        "\"Jalan tol dibuka untuk umum besok,\"", "Sari Dewi");
  assert_quote_said_by ("‘We will rebuild the bridge by spring,’ said Tom Hardy.", "en",
                        "‘We will rebuild the bridge by spring,’", "Tom Hardy");
  assert_quote_said_by ("«Kami tidak akan mundur sedikit pun,» tegas Rina Wati.", "id",
                        "«Kami tidak akan mundur sedikit pun,»", "Rina Wati");
  assert_quote_said_by ("Ahmad Yani menjelaskan: “Semua sekolah dibuka kembali hari Senin.”",
                        "id", "“Semua sekolah dibuka kembali hari Senin.”", "Ahmad Yani");
}

static void
test_scare_quotes (void)
{
  const char *text = "Program itu disebut “sukses” di banyak daerah.";
  const char *cued = "Pemerintah menyebut program itu “sukses” di banyak daerah.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "id");
  g_autoptr(KutipAttribution) att_cued = kutip_attribution_find (cued, strlen (cued), "id");
  const KutipClaimMatch *claims;
  guint n;

  kutip_attribution_get_claims (att, &n);
  g_assert_cmpuint (n, ==, 0);
  /* With a cue the quoted word is part of the reported claim, not one of
   * its own. */
  claims = kutip_attribution_get_claims (att_cued, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (claims[0].kind, ==, KUTIP_CLAIM_INDIRECT);
  g_assert_nonnull (find_claim (att_cued, cued, "program itu “sukses” di banyak daerah"));

  /* A closing mark with no quote open is stray, not an opening one. */
  {
    const char *stray = "Harga cabai naik lagi.” Pedagang di pasar itu mengeluh sejak pagi "
                        "karena pembeli sepi sekali.";
    g_autoptr(KutipAttribution) att2 = kutip_attribution_find (stray, strlen (stray), "id");

    kutip_attribution_get_claims (att2, &n);
    g_assert_cmpuint (n, ==, 0);
  }
}

static void
test_multi_sentence (void)
{
  const char *text = "“Kami sudah menyiapkan 20 bus. Semua berangkat pagi. Tidak ada yang "
                     "tertinggal,” kata Kepala Dinas Perhubungan Joko Susilo.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "id");
  guint n;
  const KutipClaimMatch *claims = kutip_attribution_get_claims (att, &n);
  g_autofree char *who = NULL;

  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (claims[0].start, ==, 0);
  who = speaker_text (att, text, &claims[0]);
  g_assert_cmpstr (who, ==, "Kepala Dinas Perhubungan Joko Susilo");
}

static void
test_interrupted (void)
{
  const char *text = "“Pasar akan buka lagi besok,” kata Wali Kota Bandung Dedi Kurnia. "
                     "“Pedagang sudah kami data satu per satu.”";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "id");
  const KutipClaimMatch *first = find_claim (att, text, "“Pasar akan buka lagi besok,”");
  const KutipClaimMatch *second = find_claim (att, text,
                                              "“Pedagang sudah kami data satu per satu.”");
  const char *en = "\"The vote is final,\" Senator Maria Lopez said. \"Nobody will reopen it.\"";
  g_autoptr(KutipAttribution) att_en = kutip_attribution_find (en, strlen (en), "en");
  const KutipClaimMatch *a = find_claim (att_en, en, "\"The vote is final,\"");
  const KutipClaimMatch *b = find_claim (att_en, en, "\"Nobody will reopen it.\"");

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpint (first->speaker, ==, second->speaker);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (a->speaker, ==, b->speaker);
  g_assert_cmpint (claim_speaker (att_en, a)->entity, >=, 0);
}

static void
test_reported_id (void)
{
  const char *text = "Menteri Kesehatan Budi Santoso mengatakan, stok vaksin cukup untuk "
                     "tiga bulan. Menurut Sari Wulandari, antrean di puskesmas sudah berkurang. "
                     "“Kami menambah petugas,” kata Sari.";
  g_autoptr(KutipAttribution) def = kutip_attribution_find (text, strlen (text), "id");
  g_autoptr(KutipAttribution) direct =
    kutip_attribution_find_scoped (text, strlen (text), "id", KUTIP_ATTRIBUTION_MIN_CONFIDENCE,
                                   KUTIP_CLAIM_SCOPE_DIRECT);
  const KutipClaimMatch *c1 = find_claim (def, text, "stok vaksin cukup untuk tiga bulan");
  const KutipClaimMatch *c2 = find_claim (def, text, "antrean di puskesmas sudah berkurang");
  const KutipClaimMatch *quote = find_claim (def, text, "“Kami menambah petugas,”");
  g_autofree char *w1 = NULL, *w2 = NULL;
  guint n_claims, n_speakers;
  const KutipClaimMatch *claims;
  const KutipSpeakerMatch *speakers;
  g_autofree char *first = NULL;

  /* Reported speech is suggested by default, ranked below the quote. */
  g_assert_nonnull (c1);
  g_assert_nonnull (c2);
  g_assert_nonnull (quote);
  g_assert_cmpint (c1->kind, ==, KUTIP_CLAIM_INDIRECT);
  g_assert_cmpint (c2->kind, ==, KUTIP_CLAIM_INDIRECT);
  g_assert_cmpfloat (c1->confidence, >=, KUTIP_ATTRIBUTION_MIN_CONFIDENCE);
  g_assert_cmpfloat (c1->confidence, <, quote->confidence);
  g_assert_cmpfloat (c2->confidence, <, quote->confidence);
  w1 = speaker_text (def, text, c1);
  w2 = speaker_text (def, text, c2);
  g_assert_cmpstr (w1, ==, "Menteri Kesehatan Budi Santoso");
  g_assert_cmpstr (w2, ==, "Sari Wulandari");
  kutip_attribution_get_speakers (def, &n_speakers);
  g_assert_cmpuint (n_speakers, ==, 3);

  /* Quotes only: the quote, its speaker and (Indonesian quote-only
   * annotation) her introduction; the minister is quoted nowhere. */
  claims = kutip_attribution_get_claims (direct, &n_claims);
  g_assert_cmpuint (n_claims, ==, 1);
  g_assert_cmpint (claims[0].kind, ==, KUTIP_CLAIM_DIRECT);
  speakers = kutip_attribution_get_speakers (direct, &n_speakers);
  g_assert_cmpuint (n_speakers, ==, 2);
  first = slice (text, speakers[0].start, speakers[0].end);
  g_assert_cmpstr (first, ==, "Sari Wulandari");
}

static void
test_reported_en (void)
{
  const char *text = "Governor Anna Reyes said that the new budget would cut school fees. "
                     "According to the state auditor, the deficit shrank last year. "
                     "The plan will pass next month, she said.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "en");
  const KutipClaimMatch *c1 = find_claim (att, text, "the new budget would cut school fees");
  const KutipClaimMatch *c2 = find_claim (att, text, "the deficit shrank last year");
  const KutipClaimMatch *c3 = find_claim (att, text, "The plan will pass next month");
  g_autofree char *w1 = NULL, *w2 = NULL, *w3 = NULL;

  g_assert_nonnull (c1);
  g_assert_nonnull (c2);
  g_assert_nonnull (c3);
  g_assert_cmpint (c1->kind, ==, KUTIP_CLAIM_INDIRECT);
  w1 = speaker_text (att, text, c1);
  w2 = speaker_text (att, text, c2);
  w3 = speaker_text (att, text, c3);
  g_assert_cmpstr (w1, ==, "Governor Anna Reyes");
  g_assert_cmpstr (w2, ==, "the state auditor");
  g_assert_cmpstr (w3, ==, "she");
  /* "she" is Anna Reyes. */
  g_assert_cmpint (claim_speaker (att, c3)->entity, ==, claim_speaker (att, c1)->entity);
  g_assert_true (claim_speaker (att, c3)->pronoun);
}

static void
test_titles (void)
{
  assert_quote_said_by ("“Kami memantau situasi di perbatasan,” kata juru bicara Gedung Putih "
                        "Karine Jean-Pierre.", "id",
                        "“Kami memantau situasi di perbatasan,”",
                        "juru bicara Gedung Putih Karine Jean-Pierre");
  assert_quote_said_by ("“Bantuan akan tiba minggu ini,” ujar Presiden AS Joe Biden, Selasa "
                        "(18/5).", "id", "“Bantuan akan tiba minggu ini,”",
                        "Presiden AS Joe Biden");
}

/* Articles pasted from print are often hard-wrapped: a lone line break in
 * the middle of a sentence is a space, so the quote and its speaker are
 * found across it. */
static void
test_hard_wrapped (void)
{
  assert_quote_said_by ("Sengketa berlanjut.\n“Kedua pemimpin melakukan diskusi rinci tentang "
                        "keadaan di Gaza,\nkemajuan Israel dalam menurunkan kemampuan Hamas dan "
                        "upaya diplomatik,” kata juru\nbicara Gedung Putih Karine Jean-Pierre.",
                        "id",
                        "“Kedua pemimpin melakukan diskusi rinci tentang keadaan di Gaza,\n"
                        "kemajuan Israel dalam menurunkan kemampuan Hamas dan upaya diplomatik,”",
                        "juru\nbicara Gedung Putih Karine Jean-Pierre");
}

/* A name after "kepada" is who was spoken to; joined across a comma it
 * must not swallow the speaker who follows. */
static void
test_object_before_comma (void)
{
  const char *text = "Dalam panggilan telepon kepada Perdana Menteri Israel Benjamin Netanyahu, "
                     "Biden mengatakan, “Kami berharap serangan berkurang.”";

  assert_quote_said_by (text, "id", "“Kami berharap serangan berkurang.”", "Biden");
}

static void
test_nya_resolution (void)
{
  const char *text = "Kepala Badan Meteorologi Dwi Lestari mengatakan, hujan lebat masih "
                     "turun. “Warga di bantaran sungai harus waspada,” ujarnya.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "id");
  const KutipClaimMatch *claim = find_claim (att, text,
                                             "“Warga di bantaran sungai harus waspada,”");
  g_autofree char *who = speaker_text (att, text, claim);

  g_assert_cmpstr (who, ==, "Kepala Badan Meteorologi Dwi Lestari");
}

static void
test_pronouns (void)
{
  const char *id = "Ketua RT Agus Salim menyampaikan, warga sudah menerima beras. "
                   "“Pembagian berikutnya bulan depan,” kata dia.";
  const char *en = "The shelter stayed open on Monday. "
                   "“We are not closing the shelter,” she said.";
  g_autoptr(KutipAttribution) a = kutip_attribution_find (id, strlen (id), "id");
  g_autoptr(KutipAttribution) b = kutip_attribution_find (en, strlen (en), "en");
  const KutipClaimMatch *ca = find_claim (a, id, "“Pembagian berikutnya bulan depan,”");
  const KutipClaimMatch *cb = find_claim (b, en, "“We are not closing the shelter,”");
  g_autofree char *wa = speaker_text (a, id, ca);
  g_autofree char *wb = speaker_text (b, en, cb);
  const KutipSpeakerMatch *sa = claim_speaker (a, ca);
  const KutipSpeakerMatch *speakers;
  guint n;

  g_assert_cmpstr (wa, ==, "dia");
  g_assert_true (sa->pronoun);
  g_assert_cmpstr (sa->canonical, ==, "Agus Salim");
  g_assert_cmpstr (wb, ==, "she");
  /* Nobody was cued before "she": the pronoun stands for its own entity. */
  speakers = kutip_attribution_get_speakers (b, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (speakers[0].entity, ==, 0);
}

static void
test_entities (void)
{
  const char *text = "Presiden AS Joe Biden mengatakan, pasukan akan ditarik. "
                     "“Kami tidak akan tinggal lebih lama,” kata Biden. "
                     "“Harga minyak bisa turun,” ujar Menteri Energi Lina Marlina. "
                     "“Tahun depan lebih baik,” kata Lina.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "id");
  const KutipClaimMatch *c1 = find_claim (att, text, "“Kami tidak akan tinggal lebih lama,”");
  const KutipClaimMatch *c2 = find_claim (att, text, "“Harga minyak bisa turun,”");
  const KutipClaimMatch *c3 = find_claim (att, text, "“Tahun depan lebih baik,”");
  const KutipSpeakerMatch *s1 = claim_speaker (att, c1);
  const KutipSpeakerMatch *s2 = claim_speaker (att, c2);
  const KutipSpeakerMatch *s3 = claim_speaker (att, c3);
  const KutipSpeakerMatch *speakers;
  guint n;

  g_assert_cmpint (s2->entity, ==, s3->entity);
  g_assert_cmpint (s1->entity, !=, s2->entity);
  /* An entity is named after the person, not their title: from the word
   * later mentions repeat ("Biden", "Lina …"). */
  g_assert_cmpstr (s1->canonical, ==, "Biden");
  g_assert_cmpstr (s3->canonical, ==, "Lina Marlina");
  g_assert_cmpuint (kutip_attribution_get_n_entities (att), ==, 2);
  g_assert_cmpstr (kutip_attribution_get_entity_name (att, s2->entity), ==, "Lina Marlina");

  /* The introducing mention "Presiden AS Joe Biden" is suggested too. */
  speakers = kutip_attribution_get_speakers (att, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (speakers[0].entity, ==, s1->entity);
}

/* The entity of @speaker_text (the first speaker span with that text). */
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
  g_error ("no speaker %s in: %s", speaker, text);
  return -1;
}

/* One entity per person or body, named after the person: the name after
 * the title, from the word later mentions repeat; a body and its official
 * are two entities, whichever comes first. */
static void
test_entity_names (void)
{
  const char *text =
    "Kepala Pusat Penerangan Kementerian Dalam Negeri Bahtiar mengatakan, aturan itu "
    "berlaku di semua daerah. “Kami terus mengawasi pergerakan warga,” kata Bahtiar. "
    "Kementerian Dalam Negeri juga menegaskan tidak ada perbedaan aturan. "
    "“Kedua pemimpin membahas keadaan di Gaza secara rinci,” kata juru bicara Gedung Putih "
    "Karine Jean-Pierre. “Presiden berharap ada penurunan hari ini,” kata Jean-Pierre. "
    "Warga lainnya, Siti Aminah (41), mengatakan, antrean di puskesmas lebih pendek. "
    "KPU Sulut juga mengumumkan jumlah TPS bertambah menjadi 5.809.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "id");
  int bahtiar = entity_of (att, text, "Kepala Pusat Penerangan Kementerian Dalam Negeri Bahtiar");
  int body = entity_of (att, text, "Kementerian Dalam Negeri");
  int karine = entity_of (att, text, "juru bicara Gedung Putih Karine Jean-Pierre");

  g_assert_cmpint (entity_of (att, text, "Bahtiar"), ==, bahtiar);
  g_assert_cmpint (body, !=, bahtiar);
  g_assert_cmpstr (kutip_attribution_get_entity_name (att, bahtiar), ==, "Bahtiar");
  g_assert_cmpstr (kutip_attribution_get_entity_name (att, body), ==, "Kementerian Dalam Negeri");
  g_assert_cmpint (entity_of (att, text, "Jean-Pierre"), ==, karine);
  g_assert_cmpstr (kutip_attribution_get_entity_name (att, karine), ==, "Karine Jean-Pierre");
  g_assert_cmpstr (kutip_attribution_get_entity_name (
                     att, entity_of (att, text, "Warga lainnya, Siti Aminah (41)")), ==,
                   "Siti Aminah");
  g_assert_cmpstr (kutip_attribution_get_entity_name (att, entity_of (att, text, "KPU Sulut")), ==,
                   "KPU Sulut");

  /* The body first, then its official: still two. */
  {
    const char *order = "Kementerian Dalam Negeri menegaskan tidak ada perbedaan aturan. Kepala "
                        "Pusat Penerangan Kementerian Dalam Negeri Bahtiar mengatakan, aturan "
                        "itu berlaku di semua daerah.";
    g_autoptr(KutipAttribution) att2 = kutip_attribution_find (order, strlen (order), "id");

    g_assert_cmpint (entity_of (att2, order, "Kementerian Dalam Negeri"), !=,
                     entity_of (att2, order,
                                "Kepala Pusat Penerangan Kementerian Dalam Negeri Bahtiar"));
  }
}

static void
test_detect_language (void)
{
  const char *id = "Pemerintah akan menambah anggaran untuk bantuan sosial yang "
                   "disalurkan kepada warga dan pedagang kecil di desa.";
  const char *en = "The government will increase the budget for aid that is paid to "
                   "residents and small traders in the villages.";
  g_autoptr(KutipAttribution) att = NULL;

  g_assert_cmpstr (kutip_detect_language (id, strlen (id)), ==, "id");
  g_assert_cmpstr (kutip_detect_language (en, strlen (en)), ==, "en");
  g_assert_cmpstr (kutip_detect_language ("", 0), ==, "id");

  att = kutip_attribution_find (en, strlen (en), NULL);
  g_assert_cmpstr (kutip_attribution_get_language (att), ==, "en");
}

static void
test_byte_offsets (void)
{
  /* Multi-byte characters before the quote: offsets are bytes. */
  const char *text = "Café—résumé. “Ünïcödé names are fine here,” said José Müller.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "en");
  const KutipClaimMatch *claim = find_claim (att, text, "“Ünïcödé names are fine here,”");
  g_autofree char *who = speaker_text (att, text, claim);

  g_assert_cmpstr (who, ==, "José Müller");
  g_assert_cmpuint (claim->start, ==, strstr (text, "“") - text);
}

static void
test_empty_and_unclosed (void)
{
  const char *text = "“Kalimat ini tidak pernah ditutup dan terus berjalan sampai akhir";
  g_autoptr(KutipAttribution) empty = kutip_attribution_find ("", 0, "id");
  g_autoptr(KutipAttribution) att = kutip_attribution_find_full (text, strlen (text), "id", 0);
  guint n;
  const KutipClaimMatch *claims;

  kutip_attribution_get_claims (empty, &n);
  g_assert_cmpuint (n, ==, 0);
  claims = kutip_attribution_get_claims (att, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (claims[0].end, ==, strlen (text));
  g_assert_cmpint (claims[0].speaker, ==, -1);
}

static void
test_english_cues (void)
{
  const char *text = "Senator Dana Whitfield, Democrat of Ohio, said the levee plan was "
                     "too slow.\n\n"
                     "''The water will not wait for us,'' said Mr. Ortiz.\n\n"
                     "“Nobody here trusts the old map.” ― Kim Alvarez.\n\n"
                     "HARMON: We start with the flood tonight.\n\n"
                     "The figures were first reported by The River Gazette.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "en");
  const KutipClaimMatch *c1 = find_claim (att, text, "the levee plan was too slow");
  const KutipClaimMatch *c2 = find_claim (att, text, "''The water will not wait for us,''");
  const KutipClaimMatch *c3 = find_claim (att, text, "“Nobody here trusts the old map.”");
  const KutipClaimMatch *c4 = find_claim (att, text, "We start with the flood tonight");
  g_autofree char *w1 = speaker_text (att, text, c1);
  g_autofree char *w2 = speaker_text (att, text, c2);
  g_autofree char *w3 = speaker_text (att, text, c3);
  g_autofree char *w4 = speaker_text (att, text, c4);
  const KutipSpeakerMatch *speakers;
  guint n;
  gboolean found_by = FALSE;

  /* The appositive stays with its subject; the speaker is the name. */
  g_assert_true (g_str_has_prefix (w1, "Senator Dana Whitfield"));
  g_assert_cmpstr (w2, ==, "Mr. Ortiz");
  g_assert_cmpstr (w3, ==, "Kim Alvarez");
  g_assert_cmpstr (w4, ==, "HARMON");

  speakers = kutip_attribution_get_speakers (att, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = slice (text, speakers[i].start, speakers[i].end);

      found_by |= g_str_equal (s, "The River Gazette");
    }
  g_assert_true (found_by);
}

static void
test_english_nesting (void)
{
  /* One statement with a stance inside it; the nested "she hoped" is not a
   * second attribution, and "the United States" is no verb. */
  const char *text = "The mayor said she hoped the bridge to the United States would reopen.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "en");
  guint n_claims, n_speakers;
  const KutipSpeakerMatch *speakers;
  g_autofree char *who = NULL;

  kutip_attribution_get_claims (att, &n_claims);
  speakers = kutip_attribution_get_speakers (att, &n_speakers);
  g_assert_cmpuint (n_claims, ==, 1);
  g_assert_cmpuint (n_speakers, ==, 1);
  who = slice (text, speakers[0].start, speakers[0].end);
  g_assert_cmpstr (who, ==, "The mayor");
}

static void
test_colon_quote (void)
{
  /* The quote after "said in a statement:" is the claim; the circumstance
   * before the colon is not a second one. */
  const char *text = "The senator said in a statement: “We will vote against the bill.”";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "en");
  const KutipClaimMatch *claims;
  guint n;
  g_autofree char *who = NULL;

  claims = kutip_attribution_get_claims (att, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (claims[0].kind, ==, KUTIP_CLAIM_DIRECT);
  who = speaker_text (att, text, &claims[0]);
  g_assert_cmpstr (who, ==, "The senator");
}

static void
test_multi_paragraph (void)
{
  /* A quote running over two paragraphs reopens without closing first. */
  const char *text = "“The first part of the statement goes here and keeps going.\n\n"
                     "“The second part ends the statement for good,” said Nora Lee.";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), "en");
  const KutipClaimMatch *second =
    find_claim (att, text, "“The second part ends the statement for good,”");
  const KutipClaimMatch *first = find_claim (att, text,
                                             "“The first part of the statement goes here and "
                                             "keeps going.");

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpint (first->kind, ==, KUTIP_CLAIM_DIRECT);
  g_assert_cmpfloat (first->confidence, <, second->confidence);
}

static void
test_robust (void)
{
  /* Odd input never crashes and offsets stay inside the text. */
  const char *inputs[] = {
    "“““”””", "\"\"\"\"", "kata", ", said", "— ― –", "katanya.", "Menurut",
    "according to", "\xff\xfe bad \xc3", "Mr.", "“", "”", "''", "(((", ")))",
    "X said that", "PENCE:", "A, B, C, said D.", "“a,” kata", "\n\n\n",
  };
  GString *big = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    for (int lang = 0; lang < 3; lang++)
      {
        const char *l = lang == 0 ? "id" : lang == 1 ? "en" : NULL;
        gsize len = strlen (inputs[i]);
        g_autoptr(KutipAttribution) att = kutip_attribution_find_full (inputs[i], len, l, 0);
        guint n_claims, n_speakers;
        const KutipClaimMatch *claims = kutip_attribution_get_claims (att, &n_claims);
        const KutipSpeakerMatch *speakers = kutip_attribution_get_speakers (att, &n_speakers);

        for (guint k = 0; k < n_claims; k++)
          {
            g_assert_cmpuint (claims[k].start, <, claims[k].end);
            g_assert_cmpuint (claims[k].end, <=, len);
            g_assert_cmpint (claims[k].speaker, <, (int) n_speakers);
          }
        for (guint k = 0; k < n_speakers; k++)
          {
            g_assert_cmpuint (speakers[k].end, <=, len);
            g_assert_cmpuint (speakers[k].entity, <, kutip_attribution_get_n_entities (att));
            g_assert_nonnull (speakers[k].canonical);
          }
        g_string_append (big, inputs[i]);
        g_string_append_c (big, ' ');
      }

  /* All of it at once, many times over. */
  for (int r = 0; r < 6; r++)
    g_string_append_len (big, big->str, big->len);
  {
    g_autoptr(KutipAttribution) att = kutip_attribution_find (big->str, big->len, NULL);

    g_assert_nonnull (att);
  }
  g_string_free (big, TRUE);
}

/* Everything a result says, as text, to compare two results. */
static char *
describe (const char *text,
          const char *lang)
{
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), lang);
  GString *out = g_string_new (kutip_attribution_get_language (att));
  guint n_claims, n_speakers;
  const KutipClaimMatch *claims = kutip_attribution_get_claims (att, &n_claims);
  const KutipSpeakerMatch *speakers = kutip_attribution_get_speakers (att, &n_speakers);

  for (guint k = 0; k < n_claims; k++)
    g_string_append_printf (out, "|c %zu %zu %d %d %s %.2f", (size_t) claims[k].start,
                            (size_t) claims[k].end, claims[k].kind, claims[k].speaker,
                            claims[k].rule, claims[k].confidence);
  for (guint k = 0; k < n_speakers; k++)
    g_string_append_printf (out, "|s %zu %zu %d %d %s %.2f %s", (size_t) speakers[k].start,
                            (size_t) speakers[k].end, speakers[k].entity, speakers[k].pronoun,
                            speakers[k].rule, speakers[k].confidence, speakers[k].canonical);
  for (guint e = 0; e < kutip_attribution_get_n_entities (att); e++)
    g_string_append_printf (out, "|e %s", kutip_attribution_get_entity_name (att, e));
  return g_string_free (out, FALSE);
}

static const char * const reuse_texts[][2] = {
  { "Presiden AS Joe Biden mengatakan, pasukan akan ditarik. “Kami tidak akan tinggal "
    "lebih lama,” kata Biden. “Harga minyak bisa turun,” ujar Menteri Energi Lina "
    "Marlina.", "id" },
  { "Harga cabai naik sejak pekan lalu di pasar induk.", "id" },
  { "“We are not closing the shelter,” she said. Mayor Ann Cole said the city would pay.",
    "en" },
  { "Ketua RT Agus Salim menyampaikan, warga sudah menerima beras. “Pembagian berikutnya "
    "bulan depan,” kata dia.", "id" },
  { "The river rose two meters overnight.", "en" },
};

static gpointer
reuse_thread (gpointer data)
{
  char **expected = data;
  guint wrong = 0;

  for (guint r = 0; r < 200; r++)
    for (guint i = 0; i < G_N_ELEMENTS (reuse_texts); i++)
      {
        guint k = (i + r) % G_N_ELEMENTS (reuse_texts);
        g_autofree char *got = describe (reuse_texts[k][0], reuse_texts[k][1]);

        wrong += !g_str_equal (got, expected[k]);
      }
  return GUINT_TO_POINTER (wrong);
}

/* The finder keeps its working arrays per thread from call to call: results
 * must not depend on what ran before, nor on other threads running. */
static void
test_reuse_and_threads (void)
{
  char *expected[G_N_ELEMENTS (reuse_texts)];
  GThread *threads[4];
  GString *huge = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reuse_texts); i++)
    expected[i] = describe (reuse_texts[i][0], reuse_texts[i][1]);
  g_assert_true (strstr (expected[0], "|e Lina Marlina") != NULL);

  /* The same in any order on one thread, and after a text so long that
   * the thread gives its arrays back. */
  for (guint i = G_N_ELEMENTS (reuse_texts); i > 0; i--)
    {
      g_autofree char *again = describe (reuse_texts[i - 1][0], reuse_texts[i - 1][1]);

      g_assert_cmpstr (again, ==, expected[i - 1]);
    }
  while (huge->len < 600000)
    g_string_append (huge, reuse_texts[0][0]);
  {
    g_autoptr(KutipAttribution) att = kutip_attribution_find (huge->str, huge->len, "id");
    guint n_claims;

    kutip_attribution_get_claims (att, &n_claims);
    g_assert_cmpuint (n_claims, >, 1000);
  }
  for (guint i = 0; i < G_N_ELEMENTS (reuse_texts); i++)
    {
      g_autofree char *again = describe (reuse_texts[i][0], reuse_texts[i][1]);

      g_assert_cmpstr (again, ==, expected[i]);
    }

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("attribution", reuse_thread, expected);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[t])), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (reuse_texts); i++)
    g_free (expected[i]);
  g_string_free (huge, TRUE);
}

/* A thread's first call starts from empty working arrays: a quote on a line
 * of its own with nobody to say it leaves them empty to the end (this once
 * passed NULL to memset(), which the sanitizer build stops on). */
static gpointer
first_call_thread (gpointer data)
{
  const char *lang = data;
  const char *text = g_str_equal (lang, "id") ? "“Kami siap menang besar tahun ini.”"
                                              : "“We are ready to win big this year.”";
  g_autoptr(KutipAttribution) att = kutip_attribution_find (text, strlen (text), lang);
  guint n_claims, n_speakers;
  const KutipClaimMatch *claims = kutip_attribution_get_claims (att, &n_claims);

  kutip_attribution_get_speakers (att, &n_speakers);
  g_assert_cmpuint (n_claims, ==, 1);
  g_assert_cmpuint (claims[0].start, ==, 0);
  g_assert_cmpuint (claims[0].end, ==, strlen (text));
  g_assert_cmpint (claims[0].speaker, ==, -1);
  g_assert_cmpuint (n_speakers, ==, 0);
  g_assert_cmpuint (kutip_attribution_get_n_entities (att), ==, 0);
  return NULL;
}

static void
test_quote_without_speaker (void)
{
  const char *langs[] = { "id", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    g_thread_join (g_thread_new ("first-call", first_call_thread, (gpointer) langs[i]));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/attribution/quote-styles", test_quote_styles);
  g_test_add_func ("/kutip/attribution/scare-quotes", test_scare_quotes);
  g_test_add_func ("/kutip/attribution/multi-sentence", test_multi_sentence);
  g_test_add_func ("/kutip/attribution/interrupted", test_interrupted);
  g_test_add_func ("/kutip/attribution/reported-id", test_reported_id);
  g_test_add_func ("/kutip/attribution/reported-en", test_reported_en);
  g_test_add_func ("/kutip/attribution/titles", test_titles);
  g_test_add_func ("/kutip/attribution/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/kutip/attribution/object-before-comma", test_object_before_comma);
  g_test_add_func ("/kutip/attribution/nya-resolution", test_nya_resolution);
  g_test_add_func ("/kutip/attribution/pronouns", test_pronouns);
  g_test_add_func ("/kutip/attribution/entities", test_entities);
  g_test_add_func ("/kutip/attribution/entity-names", test_entity_names);
  g_test_add_func ("/kutip/attribution/english-cues", test_english_cues);
  g_test_add_func ("/kutip/attribution/english-nesting", test_english_nesting);
  g_test_add_func ("/kutip/attribution/colon-quote", test_colon_quote);
  g_test_add_func ("/kutip/attribution/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/kutip/attribution/detect-language", test_detect_language);
  g_test_add_func ("/kutip/attribution/byte-offsets", test_byte_offsets);
  g_test_add_func ("/kutip/attribution/empty-and-unclosed", test_empty_and_unclosed);
  g_test_add_func ("/kutip/attribution/robust", test_robust);
  g_test_add_func ("/kutip/attribution/reuse-and-threads", test_reuse_and_threads);
  g_test_add_func ("/kutip/attribution/quote-without-speaker", test_quote_without_speaker);

  return g_test_run ();
}
