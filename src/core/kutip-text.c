/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text.c: immutable article text with offset maps.
 *
 * One O(n) pass records, every KUTIP_TEXT_STRIDE code points, the byte and
 * UTF-16 offsets at that point. A lookup jumps to the checkpoint (or binary
 * searches the checkpoints for the reverse direction) and walks at most one
 * stride, so every conversion is O(log n) with a small constant. */

#define G_LOG_DOMAIN "kutip-text"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-text.h"

#define KUTIP_TEXT_STRIDE 64

struct _KutipText
{
  gatomicrefcount  ref_count;
  char            *utf8;       /* NUL-terminated, exactly as given */
  gsize            n_bytes;
  guint            length;     /* code points */
  gsize            utf16_length;
  gboolean         ascii;      /* every offset unit is the same */
  gsize           *byte_at;    /* byte offset of code point k * STRIDE */
  gsize           *utf16_at;   /* UTF-16 offset of code point k * STRIDE */
  guint            n_checkpoints;
  char            *sha256;     /* computed on first use */
  GMutex           lock;
};

G_DEFINE_BOXED_TYPE (KutipText, kutip_text, kutip_text_ref, kutip_text_unref)

static void
build_offset_maps (KutipText *self)
{
  const guchar *p = (const guchar *) self->utf8;
  const guchar *end = p + self->n_bytes;
  guint cp = 0;
  gsize utf16 = 0;
  guint capacity = (guint) (self->n_bytes / KUTIP_TEXT_STRIDE) + 2;

  self->byte_at = g_new (gsize, capacity);
  self->utf16_at = g_new (gsize, capacity);
  self->n_checkpoints = 0;

  while (p < end)
    {
      guchar c = *p;
      guint len;

      if (cp % KUTIP_TEXT_STRIDE == 0)
        {
          self->byte_at[self->n_checkpoints] = (gsize) (p - (const guchar *) self->utf8);
          self->utf16_at[self->n_checkpoints] = utf16;
          self->n_checkpoints++;
        }

      if (c < 0x80)
        len = 1;
      else if (c < 0xE0)
        len = 2;
      else if (c < 0xF0)
        len = 3;
      else
        len = 4;

      utf16 += len == 4 ? 2 : 1;
      p += len;
      cp++;
    }

  /* A final checkpoint at the end makes lookups at length uniform. */
  if (cp % KUTIP_TEXT_STRIDE == 0)
    {
      self->byte_at[self->n_checkpoints] = self->n_bytes;
      self->utf16_at[self->n_checkpoints] = utf16;
      self->n_checkpoints++;
    }

  self->length = cp;
  self->utf16_length = utf16;
  self->ascii = (self->n_bytes == cp);
}

/* Sets %KUTIP_ERROR_INVALID_UTF8 for the bad byte at @bad; offsets in the
 * message count from @base, the start of the caller's data. */
static void
set_invalid_utf8_error (GError     **error,
                        const char  *where,
                        const char  *base,
                        const char  *bad)
{
  g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8,
               "%s%snot valid UTF-8 at byte offset %" G_GSIZE_FORMAT " (byte 0x%02X)",
               where ? where : "", where ? ": " : "",
               (gsize) (bad - base), (guint) (guchar) *bad);
}

/**
 * kutip_utf8_check:
 * @where: (nullable): a file name or other place for the message
 *
 * Returns: %TRUE if @data is valid UTF-8 without NUL bytes; otherwise sets
 *   %KUTIP_ERROR_INVALID_UTF8 naming the byte offset of the first bad byte.
 */
gboolean
kutip_utf8_check (const char  *data,
                  gsize        n_bytes,
                  const char  *where,
                  GError     **error)
{
  const char *bad = NULL;

  g_return_val_if_fail (data != NULL || n_bytes == 0, FALSE);

  if (n_bytes == 0 || g_utf8_validate_len (data, n_bytes, &bad))
    return TRUE;

  set_invalid_utf8_error (error, where, data, bad);
  return FALSE;
}

gsize
kutip_utf8_signature_length (const char *data,
                             gsize       n_bytes)
{
  g_return_val_if_fail (data != NULL || n_bytes == 0, 0);

  return n_bytes >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/**
 * kutip_text_new_take:
 * @utf8: (transfer full): the text; need not be NUL-terminated
 *
 * Like kutip_text_new() but takes ownership of @utf8 (freed on error).
 * Returns: (transfer full) (nullable):
 */
KutipText *
kutip_text_new_take (char    *utf8,
                     gsize    n_bytes,
                     GError **error)
{
  KutipText *self;
  const char *bad = NULL;

  g_return_val_if_fail (utf8 != NULL || n_bytes == 0, NULL);

  if (utf8 == NULL)
    utf8 = g_malloc0 (1);

  /* Offsets are guint: refuse what they cannot count. */
  if (n_bytes >= G_MAXUINT)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "text of %" G_GSIZE_FORMAT " bytes is larger than the 4 GiB Kutip can address",
                   n_bytes);
      g_free (utf8);
      return NULL;
    }

  /* A NUL byte is refused too: offsets past it would be unreachable for
   * every C string consumer. */
  if (n_bytes > 0 && !g_utf8_validate_len (utf8, n_bytes, &bad))
    {
      set_invalid_utf8_error (error, NULL, utf8, bad);
      g_free (utf8);
      return NULL;
    }

  self = g_new0 (KutipText, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lock);

  self->utf8 = g_realloc (utf8, n_bytes + 1);
  self->utf8[n_bytes] = '\0';
  self->n_bytes = n_bytes;
  build_offset_maps (self);

  return self;
}

/**
 * kutip_text_new:
 * @n_bytes: length of @utf8, or -1 if NUL-terminated
 *
 * Makes a text from UTF-8, kept exactly: a leading U+FEFF is a character
 * like any other (peers count it in their offsets) and CR LF stays as two
 * code points. Invalid UTF-8 and NUL are an error naming the byte offset.
 *
 * Returns: (transfer full) (nullable):
 */
KutipText *
kutip_text_new (const char  *utf8,
                gssize       n_bytes,
                GError     **error)
{
  char *copy;

  g_return_val_if_fail (utf8 != NULL || n_bytes <= 0, NULL);

  if (utf8 == NULL)
    utf8 = "";
  if (n_bytes < 0)
    n_bytes = (gssize) strlen (utf8);

  /* @utf8 need not be NUL-terminated when @n_bytes is given: copy exactly. */
  copy = g_malloc ((gsize) n_bytes + 1);
  memcpy (copy, utf8, (gsize) n_bytes);
  copy[n_bytes] = '\0';

  return kutip_text_new_take (copy, (gsize) n_bytes, error);
}

/**
 * kutip_text_ref:
 * Returns: (transfer full):
 */
KutipText *
kutip_text_ref (KutipText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kutip_text_unref (KutipText *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->utf8);
  g_free (self->byte_at);
  g_free (self->utf16_at);
  g_free (self->sha256);
  g_mutex_clear (&self->lock);
  g_free (self);
}

/**
 * kutip_text_get_utf8:
 * @n_bytes: (out) (optional):
 * Returns: (transfer none): the NUL-terminated text.
 */
const char *
kutip_text_get_utf8 (KutipText *self,
                     gsize     *n_bytes)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_bytes)
    *n_bytes = self->n_bytes;
  return self->utf8;
}

/* Returns: the number of code points. */
guint
kutip_text_get_length (KutipText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->length;
}

/* Returns: the length in UTF-16 code units. */
gsize
kutip_text_get_utf16_length (KutipText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->utf16_length;
}

/**
 * kutip_text_get_sha256:
 * Returns: (transfer none): the lower-case hex SHA-256 of the UTF-8 text.
 */
const char *
kutip_text_get_sha256 (KutipText *self)
{
  const char *ret;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (self->sha256 == NULL)
    self->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                (const guchar *) self->utf8,
                                                self->n_bytes);
  ret = self->sha256;
  g_mutex_unlock (&self->lock);

  return ret;
}

/* Checkpoint block k covers code points [k * STRIDE, (k + 1) * STRIDE). When
 * it has as many bytes (or UTF-16 units) as code points, which is most blocks
 * of Latin-script news, a lookup inside it is plain arithmetic. */
static inline guint
block_chars (KutipText *self,
             guint      k)
{
  return MIN (KUTIP_TEXT_STRIDE, self->length - k * KUTIP_TEXT_STRIDE);
}

static inline gboolean
block_is_ascii (KutipText *self,
                guint      k)
{
  gsize end = k + 1 < self->n_checkpoints ? self->byte_at[k + 1] : self->n_bytes;

  return end - self->byte_at[k] == block_chars (self, k);
}

static inline gboolean
block_is_bmp (KutipText *self,
              guint      k)
{
  gsize end = k + 1 < self->n_checkpoints ? self->utf16_at[k + 1] : self->utf16_length;

  return end - self->utf16_at[k] == block_chars (self, k);
}

/**
 * kutip_text_offset_to_byte:
 * @offset: a code point offset, at most the length
 * Returns: the byte offset of @offset.
 */
gsize
kutip_text_offset_to_byte (KutipText *self,
                           guint      offset)
{
  const char *p;
  guint k;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (offset <= self->length, self->n_bytes);

  if (self->ascii)
    return offset;

  k = offset / KUTIP_TEXT_STRIDE;
  if (block_is_ascii (self, k))
    return self->byte_at[k] + (offset - k * KUTIP_TEXT_STRIDE);

  p = self->utf8 + self->byte_at[k];
  for (guint i = k * KUTIP_TEXT_STRIDE; i < offset; i++)
    p = g_utf8_next_char (p);

  return (gsize) (p - self->utf8);
}

/* Largest checkpoint index whose value in @table is <= @value. */
static guint
find_checkpoint (const gsize *table,
                 guint        n,
                 gsize        value)
{
  guint lo = 0;
  guint hi = n;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (table[mid] <= value)
        lo = mid;
      else
        hi = mid;
    }

  return lo;
}

/**
 * kutip_text_byte_to_offset:
 * @byte: a byte offset; inside a character it counts as that character
 * Returns: the code point offset.
 */
guint
kutip_text_byte_to_offset (KutipText *self,
                           gsize      byte)
{
  const char *p;
  const char *target;
  guint k;
  guint cp;

  g_return_val_if_fail (self != NULL, 0);

  if (byte >= self->n_bytes)
    return self->length;
  if (self->ascii)
    return (guint) byte;
  if (self->n_checkpoints == 0)
    return 0;

  k = find_checkpoint (self->byte_at, self->n_checkpoints, byte);
  cp = k * KUTIP_TEXT_STRIDE;
  if (block_is_ascii (self, k))
    return cp + (guint) (byte - self->byte_at[k]);

  /* Count the characters starting before @byte; one inside a character
   * counts as that character. */
  p = self->utf8 + self->byte_at[k];
  target = self->utf8 + byte;
  for (; p < target; p++)
    cp += (((guchar) *p) & 0xC0) != 0x80;
  if ((((guchar) *target) & 0xC0) == 0x80)
    cp--;

  return cp;
}

/**
 * kutip_text_offset_to_utf16:
 * Returns: the UTF-16 code unit offset of code point @offset.
 */
gsize
kutip_text_offset_to_utf16 (KutipText *self,
                            guint      offset)
{
  const char *p;
  gsize units;
  guint k;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (offset <= self->length, self->utf16_length);

  if (self->ascii)
    return offset;

  k = offset / KUTIP_TEXT_STRIDE;
  if (block_is_bmp (self, k))
    return self->utf16_at[k] + (offset - k * KUTIP_TEXT_STRIDE);

  p = self->utf8 + self->byte_at[k];
  units = self->utf16_at[k];
  for (guint i = k * KUTIP_TEXT_STRIDE; i < offset; i++)
    {
      units += ((guchar) *p >= 0xF0) ? 2 : 1;
      p = g_utf8_next_char (p);
    }

  return units;
}

/**
 * kutip_text_utf16_to_offset:
 * @offset: (out): the code point offset
 * Returns: %FALSE if @utf16 is past the end or splits a surrogate pair.
 */
gboolean
kutip_text_utf16_to_offset (KutipText *self,
                            gsize      utf16,
                            guint     *offset)
{
  const char *p;
  gsize units;
  guint cp;
  guint k;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (offset != NULL, FALSE);

  if (utf16 > self->utf16_length)
    return FALSE;
  if (self->ascii)
    {
      *offset = (guint) utf16;
      return TRUE;
    }
  if (utf16 == self->utf16_length)
    {
      *offset = self->length;
      return TRUE;
    }

  k = find_checkpoint (self->utf16_at, self->n_checkpoints, utf16);
  if (block_is_bmp (self, k))
    {
      *offset = k * KUTIP_TEXT_STRIDE + (guint) (utf16 - self->utf16_at[k]);
      return TRUE;
    }

  p = self->utf8 + self->byte_at[k];
  units = self->utf16_at[k];
  cp = k * KUTIP_TEXT_STRIDE;
  while (units < utf16)
    {
      units += ((guchar) *p >= 0xF0) ? 2 : 1;
      p = g_utf8_next_char (p);
      cp++;
    }

  if (units != utf16)
    return FALSE;

  *offset = cp;
  return TRUE;
}

/**
 * kutip_text_convert_offset:
 * @result: (out):
 * Returns: %FALSE if @value is out of range or not on a character boundary.
 */
gboolean
kutip_text_convert_offset (KutipText       *self,
                           gsize            value,
                           KutipOffsetUnit  from,
                           KutipOffsetUnit  to,
                           gsize           *result)
{
  guint cp;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  switch (from)
    {
    case KUTIP_OFFSET_CODEPOINT:
      if (value > self->length)
        return FALSE;
      cp = (guint) value;
      break;

    case KUTIP_OFFSET_UTF16:
      if (!kutip_text_utf16_to_offset (self, value, &cp))
        return FALSE;
      break;

    case KUTIP_OFFSET_BYTE:
      if (value > self->n_bytes)
        return FALSE;
      if (value < self->n_bytes && (((guchar) self->utf8[value]) & 0xC0) == 0x80)
        return FALSE;
      cp = kutip_text_byte_to_offset (self, value);
      break;

    default:
      g_return_val_if_reached (FALSE);
    }

  switch (to)
    {
    case KUTIP_OFFSET_CODEPOINT:
      *result = cp;
      return TRUE;
    case KUTIP_OFFSET_UTF16:
      *result = kutip_text_offset_to_utf16 (self, cp);
      return TRUE;
    case KUTIP_OFFSET_BYTE:
      *result = kutip_text_offset_to_byte (self, cp);
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Returns: the character at @offset, or 0 at or past the end. */
gunichar
kutip_text_get_char (KutipText *self,
                     guint      offset)
{
  g_return_val_if_fail (self != NULL, 0);

  if (offset >= self->length)
    return 0;

  return g_utf8_get_char (self->utf8 + kutip_text_offset_to_byte (self, offset));
}

/**
 * kutip_text_peek_slice:
 * @n_bytes: (out): length of the slice in bytes
 * Returns: (transfer none): a pointer into the text (not NUL-terminated at @end).
 */
const char *
kutip_text_peek_slice (KutipText *self,
                       guint      start,
                       guint      end,
                       gsize     *n_bytes)
{
  gsize b0, b1;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (start <= end && end <= self->length, NULL);

  b0 = kutip_text_offset_to_byte (self, start);
  b1 = kutip_text_offset_to_byte (self, end);
  if (n_bytes)
    *n_bytes = b1 - b0;

  return self->utf8 + b0;
}

/**
 * kutip_text_dup_slice:
 * Returns: (transfer full): text[start:end] as a new string.
 */
char *
kutip_text_dup_slice (KutipText *self,
                      guint      start,
                      guint      end)
{
  const char *p;
  gsize len = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (start <= end && end <= self->length, NULL);

  p = kutip_text_peek_slice (self, start, end, &len);
  return g_strndup (p, len);
}

/* Returns: %TRUE if text[start:end] is exactly @expected (bounds checked). */
gboolean
kutip_text_slice_equal (KutipText  *self,
                        guint       start,
                        guint       end,
                        const char *expected)
{
  const char *p;
  gsize len = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (expected != NULL, FALSE);

  if (start > end || end > self->length)
    return FALSE;

  p = kutip_text_peek_slice (self, start, end, &len);
  return strlen (expected) == len && memcmp (p, expected, len) == 0;
}

/**
 * kutip_text_find:
 * @start: (out): code point offset of the match
 * Returns: %TRUE if @needle occurs at or after code point @from.
 */
gboolean
kutip_text_find (KutipText  *self,
                 const char *needle,
                 guint       from,
                 guint      *start)
{
  const char *hay;
  const char *hit;
  gsize from_byte;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (needle != NULL, FALSE);

  /* A needle that is not valid UTF-8 could match inside a character. */
  if (from > self->length || *needle == '\0' || !g_utf8_validate (needle, -1, NULL))
    return FALSE;

  from_byte = kutip_text_offset_to_byte (self, from);
  hay = self->utf8 + from_byte;
  hit = g_strstr_len (hay, (gssize) (self->n_bytes - from_byte), needle);
  if (hit == NULL)
    return FALSE;

  if (start)
    *start = kutip_text_byte_to_offset (self, (gsize) (hit - self->utf8));
  return TRUE;
}

/* Grapheme clusters, tokens, sentences and folding: kutip-text-segment.c */
