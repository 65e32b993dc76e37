/* SPDX-License-Identifier: GPL-3.0-or-later */
/* text-test-util.h: what the KutipText tests share: typographic marks by
 * name, a text with every kind of character that shifts offsets, and a
 * checked constructor. */
#pragma once

#include "kutip-text.h"

/* Typographic marks, by name. */
#define LDQ      "\xE2\x80\x9C" /* “ */
#define RDQ      "\xE2\x80\x9D" /* ” */
#define LSQ      "\xE2\x80\x98" /* ‘ */
#define RSQ      "\xE2\x80\x99" /* ’ */
#define LAQ      "\xC2\xAB"     /* « */
#define RAQ      "\xC2\xBB"     /* » */
#define ELLIPSIS "\xE2\x80\xA6" /* … */
#define NDASH    "\xE2\x80\x93" /* – */
#define MDASH    "\xE2\x80\x94" /* — */

/* A text with every kind of character that shifts offsets: a precomposed and
 * a decomposed accent, an astral emoji with a skin tone, a ZWJ family, two
 * flags, CRLF, curly quotes and plain ASCII. */
#define MIXED "Caf\xC3\xA9 cafe\xCC\x81 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD ok " \
              "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 " \
              "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9\xF0\x9F\x87\xB5\xF0\x9F\x87\xB8\r\n" \
              "\xE2\x80\x9CKutip\xE2\x80\x9D \xF0\x9F\x98\x80!"

G_GNUC_UNUSED static KutipText *
text_new (const char *s)
{
  g_autoptr(GError) error = NULL;
  KutipText *text = kutip_text_new (s, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}
