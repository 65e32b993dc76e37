/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text-private.h: what the kutip-text-*.c files share: character tests,
 * private token flags, the tokenizer core. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean _kutip_unichar_is_space            (gunichar c);
gboolean _kutip_unichar_is_cluster_extender (gunichar c);

/* Private token flags, never returned by kutip_text_tokenize(). */
enum
{
  TOK_ABBREV_FIXED  = 1 << 16, /* "Dr.", "Jl.", "B.", "U.S.": never ends a sentence */
  TOK_ABBREV_FINAL  = 1 << 17, /* "dll.", "a.m.", "Inc.": ends one before a capital */
  TOK_TERMINATOR    = 1 << 18, /* . ! ? and runs of them */
  TOK_ELLIPSIS      = 1 << 19, /* … or ... */
  TOK_PARA_BEFORE   = 1 << 20, /* a blank line comes before the token */
  TOK_UPPER_START   = 1 << 21,
  TOK_LOWER_START   = 1 << 22,
  TOK_OPEN_BRACKET  = 1 << 23,
  TOK_CLOSE_BRACKET = 1 << 24,
  TOK_QUOTE_KIND_SHIFT = 25,   /* two bits: QuoteKind */
};

#define TOK_PUBLIC_MASK 0xFFFFu
#define TOK_QUOTE_KIND(flags) (((flags) >> TOK_QUOTE_KIND_SHIFT) & 3u)

typedef enum
{
  QUOTE_DOUBLE,        /* " “ ” „ */
  QUOTE_SINGLE,        /* ' ‘ ’ ‚ */
  QUOTE_ANGLE,         /* « » */
  QUOTE_SINGLE_ANGLE,  /* ‹ › */
} QuoteKind;

gboolean _kutip_unichar_quote_kind (gunichar   c,
                                    QuoteKind *kind);

GArray  *_kutip_token_array_new     (gsize      n_bytes);
void     _kutip_text_tokenize_bytes (const char *base,
                                     gsize       n_bytes,
                                     gsize       b0,
                                     gsize       b1,
                                     guint       cp0,
                                     guint       mask,
                                     GArray     *out);

G_END_DECLS
