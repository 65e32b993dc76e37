/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text-segment.c: tokens, sentences, the word, sentence and quotation
 * around an offset, and invariants of segmenting random texts. */

#include "config.h"

#include <string.h>

#include "text-test-util.h"

/* Tokens as "a|b|c", each followed by a space in the string when
 * KUTIP_TOKEN_SPACE_AFTER is set — so the expectation shows both. */
static char *
tokens_string (KutipText *text,
               GArray    *tokens)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const KutipToken *t = &g_array_index (tokens, KutipToken, i);
      g_autofree char *s = kutip_text_dup_slice (text, t->start, t->end);

      g_assert_cmpuint (t->start, <, t->end);
      g_assert_cmpuint (t->flags & ~0xFFu, ==, 0);
      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, s);
    }
  return g_string_free (out, FALSE);
}

static char *
tokenize_string (const char *s)
{
  g_autoptr(KutipText) text = text_new (s);
  g_autoptr(GArray) tokens = kutip_text_tokenize (text, 0, kutip_text_get_length (text));

  return tokens_string (text, tokens);
}

static guint
flags_of (KutipText  *text,
          GArray     *tokens,
          const char *token_text,
          guint       nth)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      const KutipToken *t = &g_array_index (tokens, KutipToken, i);

      if (kutip_text_slice_equal (text, t->start, t->end, token_text) && nth-- == 0)
        return t->flags;
    }
  g_error ("no token '%s'", token_text);
  return 0;
}

static void
assert_tokens (const char *s,
               const char *expected)
{
  g_autofree char *got = tokenize_string (s);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_tokens_indonesian (void)
{
  const char *s = "Prof. Dr. H. Ahmad tinggal di Jl. Merdeka No. 5, Jakarta Pusat, dll. "
                  "Pada Senin (18/5) pukul 10.00 WIB, inflasi 85,5 persen; harga naik 3.5 kali "
                  "sejak 21/2/2022. B. J. Habibie, anak-anak, Jean-Pierre, ke-2, COVID-19 "
                  "dan rumahnya " NDASH " katanya " MDASH " " LDQ "baik" RDQ ELLIPSIS " "
                  "Jum'at @jokowi #IndonesiaMaju Kompas.com.";
  g_autoptr(KutipText) text = text_new (s);
  g_autoptr(GArray) tokens = kutip_text_tokenize (text, 0, kutip_text_get_length (text));
  g_autofree char *got = tokens_string (text, tokens);

  g_assert_cmpstr (got, ==,
                   "Prof.|Dr.|H.|Ahmad|tinggal|di|Jl.|Merdeka|No.|5|,|Jakarta|Pusat|,|dll.|"
                   "Pada|Senin|(|18/5|)|pukul|10.00|WIB|,|inflasi|85,5|persen|;|harga|naik|3.5|"
                   "kali|sejak|21/2/2022|.|B.|J.|Habibie|,|anak-anak|,|Jean-Pierre|,|ke-2|,|"
                   "COVID-19|dan|rumahnya|" NDASH "|katanya|" MDASH "|" LDQ "|baik|"
                   RDQ "|" ELLIPSIS "|Jum'at|@jokowi|#IndonesiaMaju|Kompas.com|.");

  g_assert_cmpuint (flags_of (text, tokens, "85,5", 0), ==,
                    KUTIP_TOKEN_WORD | KUTIP_TOKEN_NUMBER | KUTIP_TOKEN_SPACE_AFTER);
  g_assert_cmpuint (flags_of (text, tokens, "18/5", 0), ==, KUTIP_TOKEN_WORD | KUTIP_TOKEN_NUMBER);
  g_assert_true (flags_of (text, tokens, "21/2/2022", 0) & KUTIP_TOKEN_NUMBER);
  g_assert_true (flags_of (text, tokens, "10.00", 0) & KUTIP_TOKEN_NUMBER);
  g_assert_true (flags_of (text, tokens, "3.5", 0) & KUTIP_TOKEN_NUMBER);
  g_assert_false (flags_of (text, tokens, "COVID-19", 0) & KUTIP_TOKEN_NUMBER);
  g_assert_cmpuint (flags_of (text, tokens, "Dr.", 0), ==,
                    KUTIP_TOKEN_WORD | KUTIP_TOKEN_SPACE_AFTER);
  g_assert_cmpuint (flags_of (text, tokens, ",", 0), ==,
                    KUTIP_TOKEN_PUNCT | KUTIP_TOKEN_SPACE_AFTER);
  g_assert_cmpuint (flags_of (text, tokens, NDASH, 0), ==,
                    KUTIP_TOKEN_PUNCT | KUTIP_TOKEN_DASH | KUTIP_TOKEN_SPACE_AFTER);
  g_assert_true (flags_of (text, tokens, MDASH, 0) & KUTIP_TOKEN_DASH);
  g_assert_cmpuint (flags_of (text, tokens, LDQ, 0), ==,
                    KUTIP_TOKEN_PUNCT | KUTIP_TOKEN_OPEN_QUOTE);
  g_assert_cmpuint (flags_of (text, tokens, RDQ, 0), ==,
                    KUTIP_TOKEN_PUNCT | KUTIP_TOKEN_CLOSE_QUOTE);
  g_assert_cmpuint (flags_of (text, tokens, ".", 1), ==, KUTIP_TOKEN_PUNCT);
}

static void
test_tokens_english (void)
{
  g_autoptr(KutipText) text = NULL;
  g_autoptr(GArray) tokens = NULL;
  const char *s = "Mr. Smith met U.S. officials at 10 a.m. on Jan. 6, e.g. in St. Louis. "
                  "Biden's aides don't agree -- they'll wait... \"Yes,\" he said, 'fine'.";

  assert_tokens (s,
                 "Mr.|Smith|met|U.S.|officials|at|10|a.m.|on|Jan.|6|,|e.g.|in|St.|Louis|.|"
                 "Biden|'s|aides|do|n't|agree|--|they|'ll|wait|...|\"|Yes|,|\"|he|said|,|"
                 "'|fine|'|.");

  text = text_new (s);
  tokens = kutip_text_tokenize (text, 0, kutip_text_get_length (text));
  /* The clitic sticks to its stem: no space after "Biden". */
  g_assert_cmpuint (flags_of (text, tokens, "Biden", 0), ==, KUTIP_TOKEN_WORD);
  g_assert_cmpuint (flags_of (text, tokens, "--", 0), ==,
                    KUTIP_TOKEN_PUNCT | KUTIP_TOKEN_DASH | KUTIP_TOKEN_SPACE_AFTER);
  g_assert_true (flags_of (text, tokens, "\"", 0) & KUTIP_TOKEN_OPEN_QUOTE);
  g_assert_true (flags_of (text, tokens, "\"", 1) & KUTIP_TOKEN_CLOSE_QUOTE);
  g_assert_true (flags_of (text, tokens, "'", 0) & KUTIP_TOKEN_OPEN_QUOTE);
  g_assert_true (flags_of (text, tokens, "'", 1) & KUTIP_TOKEN_CLOSE_QUOTE);
}

static void
test_tokens_quotes_by_context (void)
{
  g_autoptr(KutipText) text = NULL;
  g_autoptr(GArray) tokens = NULL;
  /* Guillemets with inner spaces; a straight quote with spaces on both
   * sides (the context says nothing: it closes the one left open); a lone
   * apostrophe after a plural; nested curly quotes. */
  const char *s = LAQ " Nous partons " RAQ ", dit-il. \" a \" b \" c \" the Smiths' car "
                  LDQ LSQ "Teroris" RSQ " itu" RDQ ".";

  text = text_new (s);
  tokens = kutip_text_tokenize (text, 0, kutip_text_get_length (text));

  g_assert_true (flags_of (text, tokens, LAQ, 0) & KUTIP_TOKEN_OPEN_QUOTE);
  g_assert_true (flags_of (text, tokens, RAQ, 0) & KUTIP_TOKEN_CLOSE_QUOTE);
  g_assert_true (flags_of (text, tokens, "dit-il", 0) & KUTIP_TOKEN_WORD);
  g_assert_true (flags_of (text, tokens, "\"", 0) & KUTIP_TOKEN_OPEN_QUOTE);
  g_assert_true (flags_of (text, tokens, "\"", 1) & KUTIP_TOKEN_CLOSE_QUOTE);
  g_assert_true (flags_of (text, tokens, "\"", 2) & KUTIP_TOKEN_OPEN_QUOTE);
  g_assert_true (flags_of (text, tokens, "\"", 3) & KUTIP_TOKEN_CLOSE_QUOTE);
  g_assert_cmpuint (flags_of (text, tokens, "'", 0), ==,
                    KUTIP_TOKEN_PUNCT | KUTIP_TOKEN_SPACE_AFTER);
  g_assert_true (flags_of (text, tokens, LDQ, 0) & KUTIP_TOKEN_OPEN_QUOTE);
  g_assert_true (flags_of (text, tokens, LSQ, 0) & KUTIP_TOKEN_OPEN_QUOTE);

  {
    /* Indonesian sites often print ” at both ends: context decides. */
    g_autoptr(KutipText) same = text_new (RDQ "Kami siap," RDQ " kata dia.");
    g_autoptr(GArray) stokens = kutip_text_tokenize (same, 0, kutip_text_get_length (same));
    KutipSpan q;

    g_assert_true (flags_of (same, stokens, RDQ, 0) & KUTIP_TOKEN_OPEN_QUOTE);
    g_assert_true (flags_of (same, stokens, RDQ, 1) & KUTIP_TOKEN_CLOSE_QUOTE);
    g_assert_true (kutip_text_quote_at (same, 3, &q));
    g_assert_cmpuint (q.start, ==, 0);
    g_assert_cmpuint (q.end, ==, 12);
  }

  {
    /* A paragraph starts with no quotation open, whatever the last one left. */
    g_autoptr(KutipText) paras = text_new ("Dia bilang 'tidak\n\n'Ayo,' ujar Budi.");
    g_autoptr(GArray) ptokens = kutip_text_tokenize (paras, 0, kutip_text_get_length (paras));

    g_assert_true (flags_of (paras, ptokens, "'", 1) & KUTIP_TOKEN_OPEN_QUOTE);
    g_assert_true (flags_of (paras, ptokens, "'", 2) & KUTIP_TOKEN_CLOSE_QUOTE);
  }
  g_assert_true (flags_of (text, tokens, RSQ, 0) & KUTIP_TOKEN_CLOSE_QUOTE);
  g_assert_true (flags_of (text, tokens, RDQ, 0) & KUTIP_TOKEN_CLOSE_QUOTE);
}

static void
test_tokens_graphemes_and_offsets (void)
{
  g_autoptr(KutipText) text = text_new (MIXED);
  g_autoptr(GArray) tokens = kutip_text_tokenize (text, 0, kutip_text_get_length (text));
  g_autofree char *got = tokens_string (text, tokens);
  g_autoptr(GArray) part = NULL;
  g_autofree char *part_got = NULL;
  guint covered = 0;

  /* Emoji sequences and flags are one token each; "cafe" keeps its accent. */
  g_assert_cmpstr (got, ==,
                   "Caf\xC3\xA9|cafe\xCC\x81|\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD|ok|"
                   "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7|"
                   "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9|\xF0\x9F\x87\xB5\xF0\x9F\x87\xB8|"
                   LDQ "|Kutip|" RDQ "|\xF0\x9F\x98\x80|!");
  g_assert_cmpuint (flags_of (text, tokens, "\xF0\x9F\x98\x80", 0), ==, KUTIP_TOKEN_SYMBOL);

  /* Every token starts and ends on a grapheme boundary; everything that is
   * not whitespace is in a token. */
  for (guint i = 0; i < tokens->len; i++)
    {
      const KutipToken *t = &g_array_index (tokens, KutipToken, i);

      g_assert_true (kutip_text_is_grapheme_boundary (text, t->start));
      g_assert_true (kutip_text_is_grapheme_boundary (text, t->end));
      for (guint k = covered; k < t->start; k++)
        g_assert_true (g_unichar_isspace (kutip_text_get_char (text, k)));
      covered = t->end;
    }
  g_assert_cmpuint (covered, ==, kutip_text_get_length (text) - 0);

  /* A range: absolute offsets, SPACE_AFTER looks past the end. */
  part = kutip_text_tokenize (text, 5, 10);
  part_got = tokens_string (text, part);
  g_assert_cmpstr (part_got, ==, "cafe\xCC\x81");
  g_assert_cmpuint (g_array_index (part, KutipToken, 0).start, ==, 5);
  g_assert_cmpuint (g_array_index (part, KutipToken, 0).end, ==, 10);
  g_assert_cmpuint (g_array_index (part, KutipToken, 0).flags, ==,
                    KUTIP_TOKEN_WORD | KUTIP_TOKEN_SPACE_AFTER);

  {
    g_autoptr(GArray) none = kutip_text_tokenize (text, 4, 4);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static char *
sentences_string (const char *s)
{
  g_autoptr(KutipText) text = text_new (s);
  g_autoptr(GArray) spans = kutip_text_sentences (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const KutipSpan *sp = &g_array_index (spans, KutipSpan, i);
      g_autofree char *slice = kutip_text_dup_slice (text, sp->start, sp->end);

      if (i > 0)
        g_string_append (out, " || ");
      g_string_append (out, slice);
    }
  return g_string_free (out, FALSE);
}

static void
assert_sentences (const char *s,
                  const char *expected)
{
  g_autofree char *got = sentences_string (s);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_sentences_indonesian (void)
{
  assert_sentences ("Prof. Dr. H. Ahmad tinggal di Jl. Merdeka No. 5, Jakarta. Ia lahir pada "
                    "21/2/1960 dan inflasi 85,5 persen. Buku, pena, dll. Semua dibawa B. J. "
                    "Habibie ke sana.",
                    "Prof. Dr. H. Ahmad tinggal di Jl. Merdeka No. 5, Jakarta. || "
                    "Ia lahir pada 21/2/1960 dan inflasi 85,5 persen. || "
                    "Buku, pena, dll. || Semua dibawa B. J. Habibie ke sana.");

  /* A quotation ending with a comma, "!" or "?" goes on with "kata X". */
  assert_sentences (LDQ "Kami akan terus berjuang," RDQ " kata Menteri Luar Negeri "
                    "Retno Marsudi. " LDQ "Apa salah kami?" RDQ " tanyanya. "
                    LDQ "Tidak ada." RDQ " Ia lalu pergi.",
                    LDQ "Kami akan terus berjuang," RDQ " kata Menteri Luar Negeri "
                    "Retno Marsudi. || " LDQ "Apa salah kami?" RDQ " tanyanya. || "
                    LDQ "Tidak ada." RDQ " || Ia lalu pergi.");

  /* A blank line ends a sentence, even without a full stop (a headline);
   * a single line break (hard-wrapped text) does not. */
  assert_sentences ("Gencatan Senjata di Gaza\r\n\r\nPada Rabu (18/5) pukul 10.00 WIB,\n"
                    "Presiden Joe Biden menelepon. Hasilnya\u2026 belum jelas\u2026 Kita tunggu!",
                    "Gencatan Senjata di Gaza || Pada Rabu (18/5) pukul 10.00 WIB,\n"
                    "Presiden Joe Biden menelepon. || Hasilnya\u2026 belum jelas\u2026 || "
                    "Kita tunggu!");

  /* "dr." (dokter) is a title in lower case too; "PK" in capitals is an
   * acronym (peninjauan kembali), not "pk." for pukul. */
  assert_sentences ("Ia diperiksa dr. Terawan pk. 10.00 di Jl. Sudirman. Tim mengajukan PK. "
                    "Setelah itu sidang ditunda.",
                    "Ia diperiksa dr. Terawan pk. 10.00 di Jl. Sudirman. || "
                    "Tim mengajukan PK. || Setelah itu sidang ditunda.");

  assert_sentences ("", "");
  assert_sentences (" \n\n ", "");
  assert_sentences ("tanpa titik", "tanpa titik");
}

static void
test_sentences_english (void)
{
  /* "a.m." ends a sentence before a capital, so write "a.m. on Friday". */
  assert_sentences ("Mr. Smith went to the U.S. Embassy at 10 a.m. on Friday. It rained. "
                    "The rate rose 3.5 percent (in Jan. 2022). \"We won't stop,\" he said. "
                    "\"Is it over?\" asked Dr. Lee. She left... Nobody knew why!? "
                    "Then the company, Acme Inc. Replied.",
                    "Mr. Smith went to the U.S. Embassy at 10 a.m. on Friday. || It rained. || "
                    "The rate rose 3.5 percent (in Jan. 2022). || "
                    "\"We won't stop,\" he said. || \"Is it over?\" asked Dr. Lee. || "
                    "She left... || Nobody knew why!? || Then the company, Acme Inc. || Replied.");
  /* A capitalised "No." or "Sen." is a title; a lower-case "no." can end. */
  assert_sentences ("Room No. 5 saw Sen. Graham. He said no. Then he left.",
                    "Room No. 5 saw Sen. Graham. || He said no. || Then he left.");
  assert_sentences ("It began at 9 p.m. Nobody came. She waited... and waited.",
                    "It began at 9 p.m. || Nobody came. || She waited... and waited.");

  /* Closing quotes and brackets stay with their sentence. */
  assert_sentences ("He said: \"Go home.\" Then he left. (It was late.) ‘Fine.’ She agreed.",
                    "He said: \"Go home.\" || Then he left. || (It was late.) || "
                    "‘Fine.’ || She agreed.");
}

static void
test_word_at (void)
{
  const char *s = "Kata Dr. Budi: \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD harga 85,5 persen.";
  g_autoptr(KutipText) text = text_new (s);
  KutipSpan w = { 0, 0 };

  g_assert_true (kutip_text_word_at (text, 0, &w));
  g_assert_cmpuint (w.start, ==, 0);
  g_assert_cmpuint (w.end, ==, 4);
  g_assert_true (kutip_text_word_at (text, 2, &w));
  g_assert_cmpuint (w.end, ==, 4);
  /* The caret just after a word. */
  g_assert_true (kutip_text_word_at (text, 4, &w));
  g_assert_cmpuint (w.start, ==, 0);
  g_assert_true (kutip_text_word_at (text, 6, &w));
  g_assert_true (kutip_text_slice_equal (text, w.start, w.end, "Dr."));
  g_assert_true (kutip_text_word_at (text, 13, &w));
  g_assert_true (kutip_text_slice_equal (text, w.start, w.end, ":"));
  g_assert_true (kutip_text_word_at (text, 16, &w));
  g_assert_true (kutip_text_slice_equal (text, w.start, w.end,
                                         "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"));
  g_assert_true (kutip_text_word_at (text, 26, &w));
  g_assert_true (kutip_text_slice_equal (text, w.start, w.end, "85,5"));
  g_assert_true (kutip_text_word_at (text, kutip_text_get_length (text), &w));
  g_assert_true (kutip_text_slice_equal (text, w.start, w.end, "."));
  g_assert_false (kutip_text_word_at (text, kutip_text_get_length (text) + 1, &w));

  {
    g_autoptr(KutipText) spaced = text_new ("a   b");

    g_assert_false (kutip_text_word_at (spaced, 2, &w));
  }
}

static void
test_sentence_at (void)
{
  const char *s = "Judul Berita\n\n"
                  "Pada Rabu (18/5) Presiden Joe Biden menelepon Dr. Netanyahu. " LDQ "Kami "
                  "berharap ada penurunan hari ini," RDQ " kata Jean-Pierre.\n"
                  "Israel menolak.   \n \nParagraf baru tanpa titik";
  g_autoptr(KutipText) text = text_new (s);
  g_autoptr(GArray) spans = kutip_text_sentences (text);
  guint length = kutip_text_get_length (text);
  KutipSpan got = { 0, 0 };

  g_assert_cmpuint (spans->len, ==, 5);

  /* sentence_at agrees with the whole-text split at every offset. */
  for (guint i = 0; i <= length; i++)
    {
      gboolean inside = FALSE;
      KutipSpan want = { 0, 0 };

      for (guint k = 0; k < spans->len; k++)
        {
          const KutipSpan *sp = &g_array_index (spans, KutipSpan, k);

          if ((sp->start <= i && i < sp->end) || (!inside && sp->end == i))
            {
              want = *sp;
              inside = TRUE;
            }
        }

      g_assert_cmpint (kutip_text_sentence_at (text, i, &got), ==, inside);
      if (inside)
        {
          g_assert_cmpuint (got.start, ==, want.start);
          g_assert_cmpuint (got.end, ==, want.end);
        }
    }

  g_assert_true (kutip_text_sentence_at (text, 80, &got));
  g_assert_true (kutip_text_slice_equal (text, got.start, got.end,
                                         LDQ "Kami berharap ada penurunan hari ini,"
                                         RDQ " kata Jean-Pierre."));
}

static void
test_sentence_at_long_paragraph (void)
{
  /* One paragraph far longer than the first window sentence_at reads, with
   * one very long sentence in it. */
  g_autoptr(GString) s = g_string_new ("Awal. ");
  g_autoptr(KutipText) text = NULL;
  g_autoptr(GArray) spans = NULL;
  KutipSpan got = { 0, 0 };
  guint long_start, long_end;

  for (guint i = 0; i < 3000; i++)
    g_string_append (s, "Kalimat pendek ini. ");
  long_start = (guint) g_utf8_strlen (s->str, -1);
  g_string_append (s, "Lalu ");
  for (guint i = 0; i < 8000; i++)
    g_string_append (s, "kata ");
  g_string_append (s, "akhir.");
  long_end = (guint) g_utf8_strlen (s->str, -1);
  g_string_append (s, " Penutup.");

  text = text_new (s->str);
  spans = kutip_text_sentences (text);
  g_assert_cmpuint (spans->len, ==, 3003);

  g_assert_true (kutip_text_sentence_at (text, long_start + 20000, &got));
  g_assert_cmpuint (got.start, ==, long_start);
  g_assert_cmpuint (got.end, ==, long_end);
  g_assert_true (kutip_text_sentence_at (text, 2, &got));
  g_assert_cmpuint (got.start, ==, 0);
  g_assert_cmpuint (got.end, ==, 5);
}

static void
assert_quote_at (KutipText  *text,
                 guint       offset,
                 const char *expected)
{
  KutipSpan q = { 0, 0 };
  gboolean found = kutip_text_quote_at (text, offset, &q);

  if (expected == NULL)
    {
      g_assert_false (found);
      return;
    }
  g_assert_true (found);
  if (!kutip_text_slice_equal (text, q.start, q.end, expected))
    {
      g_autofree char *got = kutip_text_dup_slice (text, q.start, q.end);
      g_error ("quote at %u: got '%s', want '%s'", offset, got, expected);
    }
}

static void
test_quote_at (void)
{
  const char *s =
    /*   0 */ "Biden berkata, " LDQ "Kami mendukung " LSQ "solusi dua negara" RSQ " "
    /*  52 */ "sepenuhnya," RDQ " kata dia. He said \"no way\" twice.\n\n"
    /*  99 */ LDQ "Paragraf pertama kutipan panjang.\n\n"
    /* 135 */ LDQ "Paragraf kedua," RDQ " ujar Netanyahu. " LAQ " Oui " RAQ ", dit-il.";
  g_autoptr(KutipText) text = text_new (s);
  const char *outer = LDQ "Kami mendukung " LSQ "solusi dua negara" RSQ " "
                      "sepenuhnya," RDQ;

  assert_quote_at (text, 0, NULL);
  assert_quote_at (text, 14, NULL);
  /* On the opening mark, inside, in the nested quote, on the closing mark. */
  assert_quote_at (text, 15, outer);
  assert_quote_at (text, 20, outer);
  assert_quote_at (text, 35, outer);
  assert_quote_at (text, 62, outer);
  assert_quote_at (text, 63, NULL);
  assert_quote_at (text, 86, "\"no way\"");
  /* A quotation continued into the next paragraph counts to its paragraph end. */
  assert_quote_at (text, 110, LDQ "Paragraf pertama kutipan panjang.");
  assert_quote_at (text, 140, LDQ "Paragraf kedua," RDQ);
  assert_quote_at (text, 171, LAQ " Oui " RAQ);
  assert_quote_at (text, 178, NULL);

  {
    /* An opening mark never closed, with no continuation: no quotation. */
    g_autoptr(KutipText) open = text_new ("Dia bilang " LDQ "tidak ada apa-apa.\n\nLain.");

    assert_quote_at (open, 15, NULL);
  }
}

/* Random texts from tricky pieces: every invariant the app and the
 * exporters rely on must hold whatever the mix. */
static void
test_segmentation_invariants (void)
{
  static const char *pieces[] = {
    "Dr.", " ", "  ", "\n", "\n\n", "\r\n", "kata", "Biden", "'s", "'", "\"", LDQ,
    RDQ, LSQ, RSQ, LAQ, RAQ, ".", "...", ELLIPSIS,
    "!", "?", ",", "85,5", "18/5", "-", MDASH, "anak-anak", "U.S.", "e\xCC\x81",
    "\xCC\x81", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9",
    "\xF0\x9F\x87\xAE", "\xE2\x80\x8D", "\xF0\x9F\x91\xA9", "(", ")", "B.", "Jl.", "@", "#",
    "\xC2\xA0", "\xE2\x80\x8B", "10.00", "A", "z", "\xE4\xB8\xAD", "\t",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      g_autoptr(KutipText) text = NULL;
      g_autoptr(GArray) tokens = NULL;
      g_autoptr(GArray) spans = NULL;
      guint n_pieces = (guint) g_rand_int_range (rand, 0, 60);
      guint length;
      guint covered = 0;

      for (guint i = 0; i < n_pieces; i++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      text = text_new (s->str);
      length = kutip_text_get_length (text);
      tokens = kutip_text_tokenize (text, 0, length);
      spans = kutip_text_sentences (text);

      for (guint i = 0; i < tokens->len; i++)
        {
          const KutipToken *t = &g_array_index (tokens, KutipToken, i);
          KutipSpan w;

          g_assert_cmpuint (t->start, >=, covered);
          g_assert_cmpuint (t->start, <, t->end);
          g_assert_cmpuint (t->end, <=, length);
          g_assert_true (kutip_text_is_grapheme_boundary (text, t->end));
          /* Only whitespace and invisible separators fall between tokens. */
          for (guint k = covered; k < t->start; k++)
            {
              gunichar c = kutip_text_get_char (text, k);
              g_assert_true (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_FORMAT);
            }
          covered = t->end;

          g_assert_true (kutip_text_word_at (text, t->start, &w));
          g_assert_cmpuint (w.start, ==, t->start);
          g_assert_cmpuint (w.end, ==, t->end);
        }

      /* Sentences partition the tokens: each starts at the token after the
       * last one of the previous sentence and ends at a token's end. */
      {
        guint t = 0;

        for (guint i = 0; i < spans->len; i++)
          {
            const KutipSpan *sp = &g_array_index (spans, KutipSpan, i);

            g_assert_cmpuint (t, <, tokens->len);
            g_assert_cmpuint (g_array_index (tokens, KutipToken, t).start, ==, sp->start);
            while (t < tokens->len && g_array_index (tokens, KutipToken, t).end < sp->end)
              t++;
            g_assert_cmpuint (t, <, tokens->len);
            g_assert_cmpuint (g_array_index (tokens, KutipToken, t).end, ==, sp->end);
            t++;
          }
        g_assert_cmpuint (t, ==, tokens->len);
      }

      for (guint i = 0; i < spans->len; i++)
        {
          const KutipSpan *sp = &g_array_index (spans, KutipSpan, i);
          KutipSpan got;

          g_assert_cmpuint (sp->start, <, sp->end);
          if (i > 0)
            g_assert_cmpuint (sp->start, >, g_array_index (spans, KutipSpan, i - 1).end);
          g_assert_true (kutip_text_sentence_at (text, sp->start, &got));
          g_assert_cmpuint (got.start, ==, sp->start);
          g_assert_cmpuint (got.end, ==, sp->end);
        }

      for (guint k = 0; k <= length; k += 3)
        {
          KutipSpan q;

          if (kutip_text_quote_at (text, k, &q))
            {
              g_assert_cmpuint (q.start, <=, k);
              g_assert_cmpuint (k, <, q.end);
              g_assert_cmpuint (q.end, <=, length);
            }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/text/tokens-indonesian", test_tokens_indonesian);
  g_test_add_func ("/kutip/text/tokens-english", test_tokens_english);
  g_test_add_func ("/kutip/text/tokens-quotes-by-context", test_tokens_quotes_by_context);
  g_test_add_func ("/kutip/text/tokens-graphemes-and-offsets", test_tokens_graphemes_and_offsets);
  g_test_add_func ("/kutip/text/sentences-indonesian", test_sentences_indonesian);
  g_test_add_func ("/kutip/text/sentences-english", test_sentences_english);
  g_test_add_func ("/kutip/text/word-at", test_word_at);
  g_test_add_func ("/kutip/text/sentence-at", test_sentence_at);
  g_test_add_func ("/kutip/text/sentence-at-long-paragraph", test_sentence_at_long_paragraph);
  g_test_add_func ("/kutip/text/quote-at", test_quote_at);
  g_test_add_func ("/kutip/text/segmentation-invariants", test_segmentation_invariants);

  return g_test_run ();
}
