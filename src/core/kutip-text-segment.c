/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text-segment.c: grapheme clusters, span trimming and name folding.
 *
 * Grapheme boundaries come from utf8proc's stateful break function. Its state
 * (regional-indicator parity, emoji ZWJ sequences) depends on what came
 * before, so a query walks back to an "anchor": a place where a boundary is
 * certain whatever precedes it, and runs the state machine forward from
 * there. In ordinary text an anchor is one or two characters away. */

#define G_LOG_DOMAIN "kutip-text"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "kutip-text.h"
#include "kutip-text-private.h"

static inline int
boundclass_of (gunichar c)
{
  return utf8proc_get_property ((utf8proc_int32_t) c)->boundclass;
}

/* TRUE if a grapheme boundary lies between @prev and @cur no matter what
 * precedes @prev. Only two rules look further back: an emoji ZWJ sequence
 * (GB11, decided at the ZWJ) and regional-indicator pairs (GB12/13); where
 * neither applies, the context-free answer is final. */
static gboolean
is_certain_boundary (gunichar prev,
                     gunichar cur)
{
  int pb = boundclass_of (prev);

  if (pb == UTF8PROC_BOUNDCLASS_ZWJ)
    return FALSE;
  if (pb == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR &&
      boundclass_of (cur) == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR)
    return FALSE;

  return utf8proc_grapheme_break ((utf8proc_int32_t) prev, (utf8proc_int32_t) cur);
}

/* Finds the grapheme boundaries around byte @b of @utf8 (which must be on a
 * character boundary): *@lo_byte/@lo_cp is the last boundary at or before
 * @b, *@hi_byte/@hi_cp the first at or after it. @cp is @b as a code point. */
static void
cluster_around (const char *utf8,
                gsize       n_bytes,
                gsize       b,
                guint       cp,
                gsize      *lo_byte,
                guint      *lo_cp,
                gsize      *hi_byte,
                guint      *hi_cp)
{
  const char *text_end = utf8 + n_bytes;
  const char *target = utf8 + b;
  const char *anchor = target;
  const char *p;
  guint anchor_cp = cp;
  guint pcp;
  gunichar prev;
  utf8proc_int32_t state = UTF8PROC_BOUNDCLASS_START;

  *lo_byte = *hi_byte = b;
  *lo_cp = *hi_cp = cp;

  if (b == 0 || b >= n_bytes)
    return;

  /* Walk back to an anchor. */
  while (anchor > utf8)
    {
      const char *before = g_utf8_prev_char (anchor);

      if (is_certain_boundary (g_utf8_get_char (before), g_utf8_get_char (anchor)))
        break;
      anchor = before;
      anchor_cp--;
    }

  if (anchor == target)
    return;

  /* Run the state machine forward from the anchor. */
  p = anchor;
  pcp = anchor_cp;
  prev = g_utf8_get_char (p);
  *lo_byte = (gsize) (anchor - utf8);
  *lo_cp = anchor_cp;
  p = g_utf8_next_char (p);
  pcp++;

  while (p < text_end)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean brk = utf8proc_grapheme_break_stateful ((utf8proc_int32_t) prev,
                                                       (utf8proc_int32_t) c, &state);

      if (brk)
        {
          if (p <= target)
            {
              *lo_byte = (gsize) (p - utf8);
              *lo_cp = pcp;
            }
          if (p >= target)
            {
              *hi_byte = (gsize) (p - utf8);
              *hi_cp = pcp;
              return;
            }
        }
      prev = c;
      p = g_utf8_next_char (p);
      pcp++;
    }

  *hi_byte = n_bytes;
  *hi_cp = pcp;
}

/**
 * kutip_text_is_grapheme_boundary:
 * @offset: a code point offset, at most the length
 *
 * Returns: %TRUE if a selection may start or end at @offset without splitting
 *   a user-perceived character (an emoji sequence, a flag, a letter with its
 *   combining marks, CR LF). The start and the end of the text are boundaries.
 */
gboolean
kutip_text_is_grapheme_boundary (KutipText *self,
                                 guint      offset)
{
  const char *utf8;
  gsize n_bytes = 0;
  gsize lo_b, hi_b;
  guint lo, hi;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (offset <= kutip_text_get_length (self), FALSE);

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  cluster_around (utf8, n_bytes, kutip_text_offset_to_byte (self, offset), offset,
                  &lo_b, &lo, &hi_b, &hi);

  return lo == offset;
}

/**
 * kutip_text_snap_to_graphemes:
 * @start: (inout): start offset; moved back to a grapheme boundary
 * @end: (inout): end offset; moved forward to a grapheme boundary
 *
 * Widens [@start, @end) so that it never splits a grapheme cluster. Offsets
 * past the end are clamped to the length, and a reversed span collapses to
 * @end before snapping.
 */
void
kutip_text_snap_to_graphemes (KutipText *self,
                              guint     *start,
                              guint     *end)
{
  const char *utf8;
  gsize n_bytes = 0;
  gsize lo_b, hi_b;
  guint lo, hi;
  guint length;

  g_return_if_fail (self != NULL);
  g_return_if_fail (start != NULL && end != NULL);

  length = kutip_text_get_length (self);
  *end = MIN (*end, length);
  *start = MIN (*start, *end);

  utf8 = kutip_text_get_utf8 (self, &n_bytes);

  cluster_around (utf8, n_bytes, kutip_text_offset_to_byte (self, *start), *start,
                  &lo_b, &lo, &hi_b, &hi);
  *start = lo;

  cluster_around (utf8, n_bytes, kutip_text_offset_to_byte (self, *end), *end,
                  &lo_b, &lo, &hi_b, &hi);
  *end = hi;
}

/* Whitespace for trimming: Unicode separators (Zs, Zl, Zp), the C0/C1
 * spacing controls, and the invisible ZERO WIDTH SPACE and BOM that pasted
 * web text carries. */
gboolean
_kutip_unichar_is_space (gunichar c)
{
  if (c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0x200B || c == 0xFEFF)
    return TRUE;
  if (c < 0x80)
    return FALSE;

  switch (utf8proc_category ((utf8proc_int32_t) c))
    {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
_kutip_unichar_is_cluster_extender (gunichar c)
{
  switch (boundclass_of (c))
    {
    case UTF8PROC_BOUNDCLASS_EXTEND:
    case UTF8PROC_BOUNDCLASS_ZWJ:
    case UTF8PROC_BOUNDCLASS_SPACINGMARK:
    case UTF8PROC_BOUNDCLASS_E_MODIFIER:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * kutip_text_trim_span:
 * @start: (inout):
 * @end: (inout):
 *
 * Drops whitespace (Unicode-aware) from both ends of [@start, @end). A span
 * of only whitespace collapses to an empty span at its trimmed start; the
 * result never has @start > @end. A space carrying a combining mark is not
 * whitespace to the eye and stays.
 */
void
kutip_text_trim_span (KutipText *self,
                      guint     *start,
                      guint     *end)
{
  const char *utf8;
  const char *p;
  const char *q;
  guint s, e;

  g_return_if_fail (self != NULL);
  g_return_if_fail (start != NULL && end != NULL);

  e = MIN (*end, kutip_text_get_length (self));
  s = MIN (*start, e);
  utf8 = kutip_text_get_utf8 (self, NULL);

  p = utf8 + kutip_text_offset_to_byte (self, s);
  while (s < e)
    {
      const char *next = g_utf8_next_char (p);

      if (!_kutip_unichar_is_space (g_utf8_get_char (p)))
        break;
      if (s + 1 < e && _kutip_unichar_is_cluster_extender (g_utf8_get_char (next)))
        break;
      p = next;
      s++;
    }

  q = utf8 + kutip_text_offset_to_byte (self, e);
  while (e > s)
    {
      const char *before = g_utf8_prev_char (q);

      if (!_kutip_unichar_is_space (g_utf8_get_char (before)))
        break;
      q = before;
      e--;
    }

  *start = s;
  *end = e;
}

/* Runs utf8proc_map over @str (invalid UTF-8 first made valid with U+FFFD).
 * Returns: (transfer full): the mapped string, in GLib memory. */
static char *
map_utf8 (const char        *str,
          gssize             n_bytes,
          utf8proc_option_t  options)
{
  g_autofree char *valid = NULL;
  utf8proc_uint8_t *mapped = NULL;
  utf8proc_ssize_t len;
  char *ret;

  if (n_bytes < 0)
    n_bytes = (gssize) strlen (str);

  if (!g_utf8_validate_len (str, (gsize) n_bytes, NULL))
    {
      valid = g_utf8_make_valid (str, n_bytes);
      str = valid;
      n_bytes = (gssize) strlen (valid);
    }

  len = utf8proc_map ((const utf8proc_uint8_t *) str, n_bytes, &mapped, options);
  if (len < 0)
    {
      /* Only memory exhaustion is left after validation. */
      g_error ("utf8proc_map failed: %s", utf8proc_errmsg (len));
    }

  ret = g_strndup ((const char *) mapped, (gsize) len);
  free (mapped);

  return ret;
}

/**
 * kutip_utf8_normalize_nfc:
 * @n_bytes: length of @str, or -1 if NUL-terminated
 *
 * Returns: (transfer full): @str in Unicode Normalization Form C. Invalid
 *   UTF-8 is replaced by U+FFFD first.
 */
char *
kutip_utf8_normalize_nfc (const char *str,
                          gssize      n_bytes)
{
  g_return_val_if_fail (str != NULL, NULL);

  return map_utf8 (str, n_bytes, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

/**
 * kutip_utf8_fold_for_match:
 * @n_bytes: length of @str, or -1 if NUL-terminated
 *
 * Folds @str into a key for comparing names: NFC, Unicode case folding
 * ("BIDEN" and "biden", "Straße" and "STRASSE" agree), look-alike
 * punctuation lumped together (’ and ', – and -), default-ignorable
 * characters (soft hyphen, zero-width joiners) dropped, and every run of
 * whitespace, line breaks included, made one space with none at the ends.
 *
 * Returns: (transfer full): the folded key.
 */
char *
kutip_utf8_fold_for_match (const char *str,
                           gssize      n_bytes)
{
  g_autofree char *mapped = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (str != NULL, NULL);

  mapped = map_utf8 (str, n_bytes,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                     UTF8PROC_LUMP | UTF8PROC_IGNORE);
  out = g_string_sized_new (strlen (mapped));

  for (const char *p = mapped; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (_kutip_unichar_is_space (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
