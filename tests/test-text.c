/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text.c: offsets, graphemes, trimming and folding; tokens and
 * sentences are in test-text-segment.c. */

#include "config.h"

#include <string.h>

#include <utf8proc.h>

#include "kutip-error.h"
#include "kutip-text.h"

#include "text-test-util.h"

/* The naive reference: walk the string once, recording the byte and UTF-16
 * offset of every code point (and of the end). */
typedef struct
{
  guint  length;
  gsize *byte;
  gsize *utf16;
} NaiveMap;

static NaiveMap *
naive_map_new (const char *s)
{
  NaiveMap *map = g_new0 (NaiveMap, 1);
  const char *p = s;
  gsize units = 0;

  map->length = (guint) g_utf8_strlen (s, -1);
  map->byte = g_new (gsize, map->length + 1);
  map->utf16 = g_new (gsize, map->length + 1);
  for (guint i = 0; i <= map->length; i++)
    {
      map->byte[i] = (gsize) (p - s);
      map->utf16[i] = units;
      if (i < map->length)
        {
          units += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
          p = g_utf8_next_char (p);
        }
    }
  return map;
}

static void
naive_map_free (NaiveMap *map)
{
  g_free (map->byte);
  g_free (map->utf16);
  g_free (map);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NaiveMap, naive_map_free)

static void
test_empty (void)
{
  g_autoptr(KutipText) text = text_new ("");
  gsize n = 99;
  guint cp = 99;

  g_assert_cmpuint (kutip_text_get_length (text), ==, 0);
  g_assert_cmpuint (kutip_text_get_utf16_length (text), ==, 0);
  g_assert_cmpstr (kutip_text_get_utf8 (text, &n), ==, "");
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (kutip_text_offset_to_byte (text, 0), ==, 0);
  g_assert_cmpuint (kutip_text_offset_to_utf16 (text, 0), ==, 0);
  g_assert_cmpuint (kutip_text_byte_to_offset (text, 0), ==, 0);
  g_assert_true (kutip_text_utf16_to_offset (text, 0, &cp));
  g_assert_cmpuint (cp, ==, 0);
  g_assert_false (kutip_text_utf16_to_offset (text, 1, &cp));
  g_assert_true (kutip_text_is_grapheme_boundary (text, 0));
  g_assert_cmpuint (kutip_text_get_char (text, 0), ==, 0);
  g_assert_cmpstr (kutip_text_get_sha256 (text), ==,
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/* A text keeps U+FEFF: doccano, Label Studio and brat count it in their
 * offsets, and dropping it shifted every span by one ("udi " for "Budi"). */
static void
test_bom_kept (void)
{
  g_autoptr(KutipText) text = text_new ("\xEF\xBB\xBF\xEF\xBB\xBF" "Budi");
  g_autoptr(KutipText) only_bom = text_new ("\xEF\xBB\xBF");
  g_autoptr(KutipText) abc = text_new ("abc");
  g_autofree char *budi = NULL;

  g_assert_cmpstr (kutip_text_get_utf8 (text, NULL), ==, "\xEF\xBB\xBF\xEF\xBB\xBF" "Budi");
  g_assert_cmpuint (kutip_text_get_length (text), ==, 6);
  g_assert_cmpuint (kutip_text_get_char (text, 0), ==, 0xFEFF);
  budi = kutip_text_dup_slice (text, 2, 6);
  g_assert_cmpstr (budi, ==, "Budi");
  g_assert_cmpuint (kutip_text_get_length (only_bom), ==, 1);
  g_assert_cmpstr (kutip_text_get_sha256 (abc), ==,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

  /* Only readers of files skip a mark, and only the first. */
  g_assert_cmpuint (kutip_utf8_signature_length ("\xEF\xBB\xBF" "a", 4), ==, 3);
  g_assert_cmpuint (kutip_utf8_signature_length ("\xEF\xBB", 2), ==, 0);
  g_assert_cmpuint (kutip_utf8_signature_length ("a\xEF\xBB\xBF", 4), ==, 0);
}

static void
assert_invalid_at (const char *data,
                   gssize      n_bytes,
                   const char *expected_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipText) text = kutip_text_new (data, n_bytes, &error);

  g_assert_null (text);
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8);
  if (strstr (error->message, expected_part) == NULL)
    g_error ("message '%s' lacks '%s'", error->message, expected_part);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  assert_invalid_at ("abc\xFF" "def", -1, "byte offset 3 (byte 0xFF)");
  /* Offsets count from the start of the caller's data, BOM included. */
  assert_invalid_at ("\xEF\xBB\xBF" "ab\xC3(", -1, "byte offset 5 (byte 0xC3)");
  /* A truncated sequence at the very end. */
  assert_invalid_at ("ok \xE2\x80", -1, "byte offset 3");
  /* An overlong encoding of '/' and a lone surrogate. */
  assert_invalid_at ("x\xC0\xAF", -1, "byte offset 1");
  assert_invalid_at ("xy\xED\xA0\x80", -1, "byte offset 2");
  /* A NUL byte inside the given length. */
  assert_invalid_at ("a\0b", 3, "byte offset 1 (byte 0x00)");

  g_assert_false (kutip_utf8_check ("z\x80", 2, "artikel.txt", &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8);
  g_assert_cmpstr (error->message, ==,
                   "artikel.txt: not valid UTF-8 at byte offset 1 (byte 0x80)");
  g_assert_true (kutip_utf8_check ("", 0, NULL, NULL));
}

static void
test_not_nul_terminated (void)
{
  /* An exact-size heap buffer: reading one byte too far trips ASan. */
  char *buf = g_malloc (5);
  g_autoptr(KutipText) text = NULL;

  memcpy (buf, "ab\xC3\xA9x", 5);
  text = kutip_text_new (buf, 4, NULL);
  g_assert_nonnull (text);
  g_assert_cmpstr (kutip_text_get_utf8 (text, NULL), ==, "ab\xC3\xA9");
  g_assert_cmpuint (kutip_text_get_length (text), ==, 3);
  g_free (buf);
}

static void
test_astral_and_crlf (void)
{
  /* a 😀 b \r \n é(decomposed) c */
  g_autoptr(KutipText) text = text_new ("a\xF0\x9F\x98\x80" "b\r\ne\xCC\x81" "c");
  gsize r = 0;
  guint cp = 0;

  g_assert_cmpuint (kutip_text_get_length (text), ==, 8);
  g_assert_cmpuint (kutip_text_get_utf16_length (text), ==, 9);
  g_assert_cmpuint (kutip_text_offset_to_byte (text, 2), ==, 5);
  g_assert_cmpuint (kutip_text_offset_to_utf16 (text, 2), ==, 3);
  g_assert_cmpuint (kutip_text_get_char (text, 1), ==, 0x1F600);
  g_assert_cmpuint (kutip_text_get_char (text, 3), ==, '\r');
  g_assert_cmpuint (kutip_text_get_char (text, 4), ==, '\n');
  g_assert_cmpuint (kutip_text_get_char (text, 6), ==, 0x301);

  /* UTF-16 offset 2 is inside the surrogate pair. */
  g_assert_false (kutip_text_utf16_to_offset (text, 2, &cp));
  g_assert_true (kutip_text_utf16_to_offset (text, 3, &cp));
  g_assert_cmpuint (cp, ==, 2);
  g_assert_false (kutip_text_convert_offset (text, 2, KUTIP_OFFSET_UTF16,
                                             KUTIP_OFFSET_CODEPOINT, &r));
  /* Byte 2 is inside the emoji: not convertible, but byte_to_offset rounds down. */
  g_assert_false (kutip_text_convert_offset (text, 2, KUTIP_OFFSET_BYTE,
                                             KUTIP_OFFSET_CODEPOINT, &r));
  g_assert_cmpuint (kutip_text_byte_to_offset (text, 2), ==, 1);
  g_assert_true (kutip_text_convert_offset (text, 5, KUTIP_OFFSET_BYTE,
                                            KUTIP_OFFSET_UTF16, &r));
  g_assert_cmpuint (r, ==, 3);
  g_assert_false (kutip_text_convert_offset (text, 9, KUTIP_OFFSET_CODEPOINT,
                                             KUTIP_OFFSET_BYTE, &r));
  g_assert_false (kutip_text_convert_offset (text, 10, KUTIP_OFFSET_UTF16,
                                             KUTIP_OFFSET_BYTE, &r));

  /* CRLF is kept as two code points. */
  g_assert_true (kutip_text_slice_equal (text, 2, 5, "b\r\n"));
}

static void
check_round_trips (KutipText  *text,
                   const char *s)
{
  g_autoptr(NaiveMap) naive = naive_map_new (s);
  guint length = kutip_text_get_length (text);
  gsize n_bytes = 0;

  kutip_text_get_utf8 (text, &n_bytes);
  g_assert_cmpuint (length, ==, naive->length);
  g_assert_cmpuint (kutip_text_get_utf16_length (text), ==, naive->utf16[length]);

  for (guint i = 0; i <= length; i++)
    {
      gsize b = kutip_text_offset_to_byte (text, i);
      gsize u = kutip_text_offset_to_utf16 (text, i);
      gsize r = 0;
      guint back = 0;

      g_assert_cmpuint (b, ==, naive->byte[i]);
      g_assert_cmpuint (u, ==, naive->utf16[i]);
      g_assert_cmpuint (kutip_text_byte_to_offset (text, b), ==, i);
      g_assert_true (kutip_text_utf16_to_offset (text, u, &back));
      g_assert_cmpuint (back, ==, i);

      for (KutipOffsetUnit from = KUTIP_OFFSET_CODEPOINT; from <= KUTIP_OFFSET_BYTE; from++)
        for (KutipOffsetUnit to = KUTIP_OFFSET_CODEPOINT; to <= KUTIP_OFFSET_BYTE; to++)
          {
            gsize v = from == KUTIP_OFFSET_CODEPOINT ? i : from == KUTIP_OFFSET_UTF16 ? u : b;
            gsize expect = to == KUTIP_OFFSET_CODEPOINT ? i : to == KUTIP_OFFSET_UTF16 ? u : b;

            g_assert_true (kutip_text_convert_offset (text, v, from, to, &r));
            g_assert_cmpuint (r, ==, expect);
          }
    }

  /* Every byte inside a character is refused. */
  for (gsize b = 0; b < n_bytes; b++)
    {
      gsize r = 0;
      gboolean inside = (((guchar) s[b]) & 0xC0) == 0x80;

      g_assert_cmpint (kutip_text_convert_offset (text, b, KUTIP_OFFSET_BYTE,
                                                  KUTIP_OFFSET_CODEPOINT, &r), ==, !inside);
    }
}

static void
test_round_trip_mixed (void)
{
  g_autoptr(GString) long_mix = g_string_new (NULL);

  {
    g_autoptr(KutipText) text = text_new (MIXED);
    check_round_trips (text, MIXED);
  }

  /* Long enough to cross many checkpoints, shifted by one character each
   * time so astral characters land on every checkpoint phase. */
  for (guint i = 0; i < 300; i++)
    {
      g_string_append (long_mix, MIXED);
      if (i % 7 == 0)
        g_string_append_c (long_mix, 'x');
    }
  {
    g_autoptr(KutipText) text = text_new (long_mix->str);
    check_round_trips (text, long_mix->str);
  }

  {
    /* Long ASCII stretches (whole checkpoint blocks with one byte and one
     * UTF-16 unit per character) between rare wide characters. */
    g_autoptr(GString) sparse = g_string_new (NULL);
    g_autoptr(KutipText) text = NULL;

    for (guint i = 0; i < 200; i++)
      {
        for (guint k = 0; k < 37 + (i * 13) % 150; k++)
          g_string_append_c (sparse, (char) ('a' + (i + k) % 26));
        g_string_append (sparse, i % 3 == 0 ? "\xF0\x9F\x98\x80" : i % 3 == 1 ? LDQ : "\xC3\xA9");
      }
    text = text_new (sparse->str);
    check_round_trips (text, sparse->str);
  }
}

static void
test_large_spot_check (void)
{
  static const char *pieces[] = {
    "Presiden ", "\xF0\x9F\x98\x80", "e\xCC\x81", "\r\n", LDQ, "kata ",
    "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9", "\xE4\xB8\xAD", "85,5 ", "\xC3\xB1",
  };
  g_autoptr(GString) big = g_string_sized_new (2 * 1024 * 1024 + 64);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260518);
  g_autoptr(KutipText) text = NULL;
  g_autoptr(NaiveMap) naive = NULL;
  guint length;

  while (big->len < 2 * 1024 * 1024)
    g_string_append (big, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

  text = text_new (big->str);
  naive = naive_map_new (big->str);
  length = kutip_text_get_length (text);
  g_assert_cmpuint (length, ==, naive->length);
  g_assert_cmpuint (kutip_text_get_utf16_length (text), ==, naive->utf16[length]);

  for (guint k = 0; k < 20000; k++)
    {
      guint i = k == 0 ? length : (guint) g_rand_int_range (rand, 0, (gint32) length + 1);
      gsize b = naive->byte[i];
      gsize u = naive->utf16[i];
      guint back = 0;

      g_assert_cmpuint (kutip_text_offset_to_byte (text, i), ==, b);
      g_assert_cmpuint (kutip_text_offset_to_utf16 (text, i), ==, u);
      g_assert_cmpuint (kutip_text_byte_to_offset (text, b), ==, i);
      g_assert_true (kutip_text_utf16_to_offset (text, u, &back));
      g_assert_cmpuint (back, ==, i);
    }
}

static void
test_slices_and_find (void)
{
  g_autoptr(KutipText) text = text_new ("Kata \xF0\x9F\x98\x80 Biden, kata Biden.");
  g_autofree char *slice = kutip_text_dup_slice (text, 7, 12);
  guint at = 0;

  g_assert_cmpstr (slice, ==, "Biden");
  g_assert_true (kutip_text_slice_equal (text, 5, 6, "\xF0\x9F\x98\x80"));
  g_assert_false (kutip_text_slice_equal (text, 5, 7, "\xF0\x9F\x98\x80"));
  g_assert_false (kutip_text_slice_equal (text, 12, 7, ""));
  g_assert_false (kutip_text_slice_equal (text, 0, 99, ""));

  g_assert_true (kutip_text_find (text, "Biden", 0, &at));
  g_assert_cmpuint (at, ==, 7);
  g_assert_true (kutip_text_find (text, "Biden", 8, &at));
  g_assert_cmpuint (at, ==, 19);
  g_assert_false (kutip_text_find (text, "Biden", 20, &at));
  /* A needle that is only part of a character never matches. */
  g_assert_false (kutip_text_find (text, "\x98\x80", 0, &at));
}

/* The reference: run utf8proc's state machine from the start of the text. */
static gboolean *
naive_boundaries (const char *s)
{
  guint n = (guint) g_utf8_strlen (s, -1);
  gboolean *is = g_new0 (gboolean, n + 1);
  utf8proc_int32_t state = 0;
  const char *p = s;
  gunichar prev = 0;

  is[0] = TRUE;
  is[n] = TRUE;
  for (guint i = 0; i < n; i++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (i > 0)
        is[i] = utf8proc_grapheme_break_stateful ((utf8proc_int32_t) prev,
                                                  (utf8proc_int32_t) c, &state);
      prev = c;
    }
  return is;
}

static void
test_grapheme_boundaries (void)
{
  static const char *texts[] = {
    MIXED,
    /* An odd run of regional indicators after a letter: pairs from the left. */
    "a\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9\xF0\x9F\x87\xAE b",
    /* Several combining marks on one base, and a space carrying a mark. */
    "o\xCC\x88\xCC\x81\xCC\xA3 x \xCC\x81y",
    /* Hangul jamo and a Devanagari spacing mark. */
    "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8 \xE0\xA4\x95\xE0\xA4\xBF",
    "\r\n\r\n\r",
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(KutipText) text = text_new (texts[t]);
      g_autofree gboolean *expect = naive_boundaries (texts[t]);
      guint n = kutip_text_get_length (text);

      for (guint i = 0; i <= n; i++)
        g_assert_cmpint (kutip_text_is_grapheme_boundary (text, i), ==, expect[i]);
    }

  {
    /* Random mixes of every grapheme break class, against the reference. */
    static const gunichar pool[] = {
      'a', ' ', '\r', '\n', 0x301, 0x200D, 0x1F468, 0x1F3FD, 0x1F1EE, 0x1F1E9, 0x2764,
      0xFE0F, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x0600, 0x0903, 0x0915, 0x200C, 0x00AD, 0x7,
    };
    g_autoptr(GRand) rand = g_rand_new_with_seed (29);

    for (guint round = 0; round < 3000; round++)
      {
        g_autoptr(GString) s = g_string_new (NULL);
        g_autoptr(KutipText) text = NULL;
        g_autofree gboolean *expect = NULL;
        guint n = (guint) g_rand_int_range (rand, 1, 24);

        for (guint i = 0; i < n; i++)
          g_string_append_unichar (s, pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (pool))]);

        text = text_new (s->str);
        expect = naive_boundaries (s->str);
        for (guint i = 0; i <= n; i++)
          g_assert_cmpint (kutip_text_is_grapheme_boundary (text, i), ==, expect[i]);
      }
  }

  {
    /* e + COMBINING ACUTE + x */
    g_autoptr(KutipText) text = text_new ("e\xCC\x81x\r\ny");

    g_assert_true (kutip_text_is_grapheme_boundary (text, 0));
    g_assert_false (kutip_text_is_grapheme_boundary (text, 1));
    g_assert_true (kutip_text_is_grapheme_boundary (text, 2));
    g_assert_true (kutip_text_is_grapheme_boundary (text, 3));
    g_assert_false (kutip_text_is_grapheme_boundary (text, 4));
    g_assert_true (kutip_text_is_grapheme_boundary (text, 5));
    g_assert_true (kutip_text_is_grapheme_boundary (text, 6));
  }
}

static void
assert_snap (const char *s,
             guint       start,
             guint       end,
             guint       want_start,
             guint       want_end)
{
  g_autoptr(KutipText) text = text_new (s);

  kutip_text_snap_to_graphemes (text, &start, &end);
  g_assert_cmpuint (start, ==, want_start);
  g_assert_cmpuint (end, ==, want_end);
}

static void
test_snap (void)
{
  /* "Hi 👍🏽!" — thumbs up with a skin tone is two code points. */
  const char *skin = "Hi \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!";
  /* "x 👨‍👩‍👧 y" — a family is five code points. */
  const char *family = "x \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
                       "\xF0\x9F\x91\xA7 y";
  /* 🇮🇩🇵🇸 — two flags, four regional indicators. */
  const char *flags = "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9\xF0\x9F\x87\xB5\xF0\x9F\x87\xB8";

  assert_snap (skin, 3, 4, 3, 5);
  assert_snap (skin, 4, 6, 3, 6);
  assert_snap (skin, 0, 2, 0, 2);
  assert_snap (family, 3, 4, 2, 7);
  assert_snap (family, 0, 5, 0, 7);
  assert_snap (family, 6, 9, 2, 9);
  assert_snap (flags, 1, 3, 0, 4);
  assert_snap (flags, 2, 3, 2, 4);
  assert_snap (flags, 1, 2, 0, 2);
  /* Combining marks stay with their base: "Jose\u0301 Ramos". */
  assert_snap ("Jose\xCC\x81 Ramos", 0, 4, 0, 5);
  assert_snap ("Jose\xCC\x81 Ramos", 4, 5, 3, 5);
  /* CRLF is one cluster. */
  assert_snap ("a\r\nb", 2, 3, 1, 3);
  assert_snap ("a\r\nb", 0, 2, 0, 3);
  /* An empty selection inside a cluster takes the cluster; on a boundary
   * it stays empty. */
  assert_snap (family, 4, 4, 2, 7);
  assert_snap (family, 1, 1, 1, 1);
  /* Out of range and reversed input are clamped, never crash. */
  assert_snap (skin, 4, 99, 3, 6);
  assert_snap (skin, 5, 2, 2, 2);
}

static void
assert_trim (const char *s,
             guint       start,
             guint       end,
             guint       want_start,
             guint       want_end)
{
  g_autoptr(KutipText) text = text_new (s);

  kutip_text_trim_span (text, &start, &end);
  g_assert_cmpuint (start, ==, want_start);
  g_assert_cmpuint (end, ==, want_end);
}

static void
test_trim (void)
{
  /* NO-BREAK SPACE, IDEOGRAPHIC SPACE, ZERO WIDTH SPACE, tabs and CRLF. */
  const char *s = " \t\xC2\xA0Halo dunia\xE3\x80\x80\xE2\x80\x8B\r\n";

  assert_trim (s, 0, 17, 3, 13);
  assert_trim (s, 4, 8, 4, 7);
  assert_trim ("Halo", 0, 4, 0, 4);
  /* Only whitespace: empty, never reversed. */
  assert_trim ("a   \n b", 1, 6, 6, 6);
  assert_trim ("   ", 0, 3, 3, 3);
  assert_trim ("ab", 1, 1, 1, 1);
  assert_trim ("ab", 2, 1, 1, 1);
  assert_trim ("ab  ", 0, 99, 0, 2);
  /* A space that carries a combining mark is visible and stays. */
  assert_trim (" \xCC\x81x ", 0, 4, 0, 3);
}

static void
assert_fold_equal (const char *a,
                   const char *b)
{
  g_autofree char *fa = kutip_utf8_fold_for_match (a, -1);
  g_autofree char *fb = kutip_utf8_fold_for_match (b, -1);

  g_assert_cmpstr (fa, ==, fb);
}

static void
test_fold (void)
{
  g_autofree char *biden = kutip_utf8_fold_for_match ("  Joe\n   BIDEN ", -1);
  g_autofree char *nfc = kutip_utf8_normalize_nfc ("Jose\xCC\x81", -1);
  g_autofree char *nfc_part = kutip_utf8_normalize_nfc ("e\xCC\x81xyz", 3);
  g_autofree char *bad = kutip_utf8_fold_for_match ("A\xFF" "B", -1);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_cmpstr (biden, ==, "joe biden");
  assert_fold_equal ("BIDEN", "biden");
  assert_fold_equal ("Jos\xC3\xA9", "JOSE\xCC\x81");
  assert_fold_equal ("Stra\xC3\x9F" "e", "STRASSE");
  assert_fold_equal ("O" RSQ "Brien", "o'brien");
  assert_fold_equal ("Jean\xE2\x80\x90Pierre", "jean-pierre");
  assert_fold_equal ("Ne\xC2\xAD" "tanyahu", "Netanyahu");

  a = kutip_utf8_fold_for_match ("Biden", -1);
  b = kutip_utf8_fold_for_match ("Bidan", -1);
  g_assert_cmpstr (a, !=, b);

  g_assert_cmpstr (nfc, ==, "Jos\xC3\xA9");
  g_assert_cmpstr (nfc_part, ==, "\xC3\xA9");
  g_assert_cmpstr (bad, ==, "a\xEF\xBF\xBD" "b");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/text/empty", test_empty);
  g_test_add_func ("/kutip/text/bom-kept", test_bom_kept);
  g_test_add_func ("/kutip/text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/kutip/text/not-nul-terminated", test_not_nul_terminated);
  g_test_add_func ("/kutip/text/astral-and-crlf", test_astral_and_crlf);
  g_test_add_func ("/kutip/text/round-trip-mixed", test_round_trip_mixed);
  g_test_add_func ("/kutip/text/large-spot-check", test_large_spot_check);
  g_test_add_func ("/kutip/text/slices-and-find", test_slices_and_find);
  g_test_add_func ("/kutip/text/grapheme-boundaries", test_grapheme_boundaries);
  g_test_add_func ("/kutip/text/snap-to-graphemes", test_snap);
  g_test_add_func ("/kutip/text/trim-span", test_trim);
  g_test_add_func ("/kutip/text/fold-for-match", test_fold);

  return g_test_run ();
}
