/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text.h: immutable article text with code point / UTF-8 / UTF-16 offset
 * maps, grapheme snapping, tokens, sentences and name folding. */
#pragma once

#include <glib-object.h>

#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_TEXT (kutip_text_get_type ())

/* Offsets are Unicode code points, end exclusive, unless a name says
 * otherwise. */

typedef enum
{
  KUTIP_TOKEN_WORD        = 1 << 0, /* letters/digits, incl. "85,5", "18/5", "Dr.", "Jean-Pierre" */
  KUTIP_TOKEN_NUMBER      = 1 << 1,
  KUTIP_TOKEN_PUNCT       = 1 << 2, /* one punctuation cluster, e.g. "," or "…" */
  KUTIP_TOKEN_OPEN_QUOTE  = 1 << 3, /* “ ‘ « and a straight quote judged opening */
  KUTIP_TOKEN_CLOSE_QUOTE = 1 << 4, /* ” ’ » and a straight quote judged closing */
  KUTIP_TOKEN_DASH        = 1 << 5,
  KUTIP_TOKEN_SYMBOL      = 1 << 6, /* emoji and other symbols */
  KUTIP_TOKEN_SPACE_AFTER = 1 << 7, /* whitespace follows the token */
} KutipTokenFlags;

typedef struct
{
  guint start;
  guint end;
  guint flags; /* KutipTokenFlags */
} KutipToken;

typedef struct
{
  guint start;
  guint end;
} KutipSpan;

GType        kutip_text_get_type              (void) G_GNUC_CONST;

KutipText   *kutip_text_new                   (const char      *utf8,
                                               gssize           n_bytes,
                                               GError         **error);
KutipText   *kutip_text_new_take              (char            *utf8,
                                               gsize            n_bytes,
                                               GError         **error);
KutipText   *kutip_text_ref                   (KutipText       *self);
void         kutip_text_unref                 (KutipText       *self);

const char  *kutip_text_get_utf8              (KutipText       *self,
                                               gsize           *n_bytes);
guint        kutip_text_get_length            (KutipText       *self);
gsize        kutip_text_get_utf16_length      (KutipText       *self);
const char  *kutip_text_get_sha256            (KutipText       *self);

gsize        kutip_text_offset_to_byte        (KutipText       *self,
                                               guint            offset);
guint        kutip_text_byte_to_offset        (KutipText       *self,
                                               gsize            byte);
gsize        kutip_text_offset_to_utf16       (KutipText       *self,
                                               guint            offset);
gboolean     kutip_text_utf16_to_offset       (KutipText       *self,
                                               gsize            utf16,
                                               guint           *offset);
gboolean     kutip_text_convert_offset        (KutipText       *self,
                                               gsize            value,
                                               KutipOffsetUnit  from,
                                               KutipOffsetUnit  to,
                                               gsize           *result);
gunichar     kutip_text_get_char              (KutipText       *self,
                                               guint            offset);

char        *kutip_text_dup_slice             (KutipText       *self,
                                               guint            start,
                                               guint            end);
const char  *kutip_text_peek_slice            (KutipText       *self,
                                               guint            start,
                                               guint            end,
                                               gsize           *n_bytes);
gboolean     kutip_text_slice_equal           (KutipText       *self,
                                               guint            start,
                                               guint            end,
                                               const char      *expected);
gboolean     kutip_text_find                  (KutipText       *self,
                                               const char      *needle,
                                               guint            from,
                                               guint           *start);

gboolean     kutip_text_is_grapheme_boundary  (KutipText       *self,
                                               guint            offset);
void         kutip_text_snap_to_graphemes     (KutipText       *self,
                                               guint           *start,
                                               guint           *end);
void         kutip_text_trim_span             (KutipText       *self,
                                               guint           *start,
                                               guint           *end);
gboolean     kutip_text_word_at               (KutipText       *self,
                                               guint            offset,
                                               KutipSpan       *word);
gboolean     kutip_text_sentence_at           (KutipText       *self,
                                               guint            offset,
                                               KutipSpan       *sentence);
gboolean     kutip_text_quote_at              (KutipText       *self,
                                               guint            offset,
                                               KutipSpan       *quote);

GArray      *kutip_text_tokenize              (KutipText       *self,
                                               guint            start,
                                               guint            end);
GArray      *kutip_text_sentences             (KutipText       *self);

/* Plain-string helpers (no KutipText needed). */
gboolean     kutip_utf8_check                 (const char      *data,
                                               gsize            n_bytes,
                                               const char      *where,
                                               GError         **error);
/* 3 if @data starts with a UTF-8 byte order mark, else 0. At the start of
 * a file the mark is the file's signature, not text: readers of files skip
 * it; a KutipText keeps every U+FEFF it is given (see docs/text.md). */
gsize        kutip_utf8_signature_length      (const char      *data,
                                               gsize            n_bytes);
char        *kutip_utf8_fold_for_match        (const char      *str,
                                               gssize           n_bytes);
char        *kutip_utf8_normalize_nfc         (const char      *str,
                                               gssize           n_bytes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipText, kutip_text_unref)

G_END_DECLS
