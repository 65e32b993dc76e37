/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-text-sentences.c: sentences, and the word, sentence or quotation at an offset. */

#define G_LOG_DOMAIN "kutip-text"

#include "config.h"

#include "kutip-text.h"
#include "kutip-text-private.h"

/* Decides whether the sentence ends after @term (followed by closing quotes
 * or brackets up to @last) when @next comes next. */
static gboolean
ends_sentence (const KutipToken *term,
               const KutipToken *last,
               const KutipToken *next)
{
  /* "Ya."kata dia — no space, no break. */
  if (next->start == last->end)
    return FALSE;

  /* "dll. Kemudian", "… Lalu": only before a capital or a new quotation. */
  if (term->flags & (TOK_ABBREV_FINAL | TOK_ELLIPSIS))
    return (next->flags & (TOK_UPPER_START | KUTIP_TOKEN_OPEN_QUOTE)) != 0;

  /* “Ayo!” kata dia. / "Is it over?" asked Smith. — the sentence goes on
   * after a quotation that ends with its own mark. */
  if (next->flags & TOK_LOWER_START)
    return FALSE;
  if ((next->flags & KUTIP_TOKEN_PUNCT) &&
      !(next->flags & (KUTIP_TOKEN_OPEN_QUOTE | TOK_OPEN_BRACKET)))
    return FALSE;

  return TRUE;
}

/* Splits tokens[0, n) into sentences, appending KutipSpans to @spans. */
static void
split_sentences (const KutipToken *t,
                 guint             n,
                 GArray           *spans)
{
  guint i = 0;

  while (i < n)
    {
      guint first = i;
      guint last;

      for (;;)
        {
          if (t[i].flags & (TOK_TERMINATOR | TOK_ABBREV_FINAL))
            {
              guint j = i + 1;

              /* Closing quotes and brackets stay with the sentence they end. */
              while (j < n && !(t[j].flags & TOK_PARA_BEFORE) && t[j].start == t[j - 1].end &&
                     (t[j].flags & (KUTIP_TOKEN_CLOSE_QUOTE | TOK_CLOSE_BRACKET | TOK_TERMINATOR)))
                j++;

              if (j >= n || (t[j].flags & TOK_PARA_BEFORE) ||
                  ends_sentence (&t[i], &t[j - 1], &t[j]))
                {
                  last = j - 1;
                  i = j;
                  break;
                }
              i = j;
              continue;
            }

          if (i + 1 >= n || (t[i + 1].flags & TOK_PARA_BEFORE))
            {
              last = i;
              i++;
              break;
            }
          i++;
        }

      {
        KutipSpan span = { t[first].start, t[last].end };
        g_array_append_val (spans, span);
      }
    }
}

/**
 * kutip_text_sentences:
 *
 * Splits the whole text into sentences. A sentence ends at ".", "!", "?" or
 * an ellipsis followed by a new sentence (not after "Dr.", "Jl.", initials
 * or a decimal; not before "kata dia" after a quotation), and always at a
 * blank line. Closing quotes and brackets stay with the sentence they end.
 * Spans cover tokens only, never the whitespace between sentences.
 *
 * Returns: (transfer full) (element-type KutipSpan):
 */
GArray *
kutip_text_sentences (KutipText *self)
{
  g_autoptr(GArray) tokens = NULL;
  const char *utf8;
  gsize n_bytes = 0;
  GArray *spans;

  g_return_val_if_fail (self != NULL, NULL);

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  tokens = _kutip_token_array_new (n_bytes);
  _kutip_text_tokenize_bytes (utf8, n_bytes, 0, n_bytes, 0, ~0u, tokens);

  spans = g_array_sized_new (FALSE, FALSE, sizeof (KutipSpan), tokens->len / 16 + 4);
  split_sentences ((const KutipToken *) (gpointer) tokens->data, tokens->len, spans);

  return spans;
}

/* A window of text around a byte: the paragraph, or @cap bytes either side
 * when the paragraph is longer. The *_exact flags say whether an edge is a
 * real paragraph (or text) edge. */
typedef struct
{
  gsize    b0, b1;
  gboolean start_exact, end_exact;
} Window;

static gboolean
is_hspace (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

static void
find_window (const char *utf8,
             gsize       n_bytes,
             gsize       b,
             gsize       cap,
             Window     *w)
{
  gsize lo = b > cap ? b - cap : 0;
  gsize hi = n_bytes - b > cap ? b + cap : n_bytes;
  gboolean seen_newline = FALSE;
  gsize q;

  /* Backwards to a blank line: "\n" [ \t\r]* "\n". */
  w->b0 = lo;
  w->start_exact = lo == 0;
  for (q = b; q > lo; q--)
    {
      char c = utf8[q - 1];

      if (c == '\n')
        {
          if (seen_newline)
            {
              w->b0 = q - 1;
              w->start_exact = TRUE;
              break;
            }
          seen_newline = TRUE;
        }
      else if (!is_hspace (c))
        seen_newline = FALSE;
    }
  while (w->b0 > 0 && (((guchar) utf8[w->b0]) & 0xC0) == 0x80)
    w->b0++;

  /* Forwards to a blank line. */
  seen_newline = FALSE;
  w->b1 = hi;
  w->end_exact = hi == n_bytes;
  for (q = b; q < hi; q++)
    {
      char c = utf8[q];

      if (c == '\n')
        {
          if (seen_newline)
            {
              w->b1 = q;
              w->end_exact = TRUE;
              break;
            }
          seen_newline = TRUE;
        }
      else if (!is_hspace (c))
        seen_newline = FALSE;
    }
  while (w->b1 < n_bytes && (((guchar) utf8[w->b1]) & 0xC0) == 0x80)
    w->b1--;
}

static GArray *
tokenize_window (KutipText    *self,
                 const Window *w)
{
  const char *utf8;
  gsize n_bytes = 0;
  GArray *tokens;

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  tokens = _kutip_token_array_new (w->b1 - w->b0);
  _kutip_text_tokenize_bytes (utf8, n_bytes, w->b0, w->b1,
                              kutip_text_byte_to_offset (self, w->b0), ~0u, tokens);
  return tokens;
}

/* Index of the token containing @offset, else of the token ending right at
 * @offset (a caret just after a word), else -1. */
static gint
token_index_at (const KutipToken *t,
                guint             n,
                guint             offset)
{
  guint lo = 0, hi = n;

  /* First token with end > offset. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (t[mid].end > offset)
        hi = mid;
      else
        lo = mid + 1;
    }

  if (lo < n && t[lo].start <= offset)
    return (gint) lo;
  if (lo > 0 && t[lo - 1].end == offset)
    return (gint) lo - 1;
  return -1;
}

/**
 * kutip_text_word_at:
 * @word: (out): the token's span
 *
 * Finds the token (word, number, punctuation or symbol) under @offset, for
 * a double click. When @offset is just after a token (a caret at its end)
 * that token is found.
 *
 * Returns: %FALSE if @offset is in whitespace.
 */
gboolean
kutip_text_word_at (KutipText *self,
                    guint      offset,
                    KutipSpan *word)
{
  g_autoptr(GArray) tokens = NULL;
  const char *utf8;
  gsize n_bytes = 0;
  Window w;
  gsize b;
  gint i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  if (offset > kutip_text_get_length (self))
    return FALSE;

  /* Tokens never cross ASCII whitespace: a window between two is exact. */
  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  b = kutip_text_offset_to_byte (self, offset);
  w.b0 = b;
  while (w.b0 > 0 && b - w.b0 < 4096 && !g_ascii_isspace (utf8[w.b0 - 1]))
    w.b0--;
  /* Take the space too: a space with a combining mark starts a token. */
  if (w.b0 > 0 && g_ascii_isspace (utf8[w.b0 - 1]))
    w.b0--;
  while (w.b0 > 0 && (((guchar) utf8[w.b0]) & 0xC0) == 0x80)
    w.b0++;
  w.b1 = b < n_bytes ? b + 1 : b;
  while (w.b1 < n_bytes && w.b1 - b < 4096 && !g_ascii_isspace (utf8[w.b1]))
    w.b1++;
  while (w.b1 < n_bytes && (((guchar) utf8[w.b1]) & 0xC0) == 0x80)
    w.b1--;

  tokens = tokenize_window (self, &w);
  i = token_index_at ((const KutipToken *) (gpointer) tokens->data, tokens->len, offset);
  if (i < 0)
    return FALSE;

  word->start = g_array_index (tokens, KutipToken, i).start;
  word->end = g_array_index (tokens, KutipToken, i).end;
  return TRUE;
}

/**
 * kutip_text_sentence_at:
 * @sentence: (out):
 *
 * Finds the sentence (as kutip_text_sentences() splits them) containing
 * @offset, or ending right at it, for a triple click. Only the paragraph
 * around @offset is read.
 *
 * Returns: %FALSE if @offset is in whitespace between sentences.
 */
gboolean
kutip_text_sentence_at (KutipText *self,
                        guint      offset,
                        KutipSpan *sentence)
{
  const char *utf8;
  gsize n_bytes = 0;
  gsize b;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sentence != NULL, FALSE);

  if (offset > kutip_text_get_length (self))
    return FALSE;

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  b = kutip_text_offset_to_byte (self, offset);

  for (gsize cap = 16384; ; cap *= 4)
    {
      g_autoptr(GArray) tokens = NULL;
      g_autoptr(GArray) spans = NULL;
      const KutipSpan *s;
      Window w;
      gint found = -1;

      find_window (utf8, n_bytes, b, cap, &w);
      tokens = tokenize_window (self, &w);
      spans = g_array_new (FALSE, FALSE, sizeof (KutipSpan));
      split_sentences ((const KutipToken *) (gpointer) tokens->data, tokens->len, spans);
      s = (const KutipSpan *) (gpointer) spans->data;

      for (guint k = 0; k < spans->len; k++)
        {
          if (s[k].start <= offset && offset < s[k].end)
            {
              found = (gint) k;
              break;
            }
          if (s[k].end == offset)
            found = (gint) k;
          if (s[k].start > offset)
            break;
        }

      if (found < 0)
        return FALSE;

      /* A sentence cut by the window edge: look wider. */
      if (cap < n_bytes &&
          ((found == 0 && !w.start_exact) ||
           ((guint) found == spans->len - 1 && !w.end_exact)))
        continue;

      *sentence = s[found];
      return TRUE;
    }
}

/* Whether the first visible character after byte @b opens a quotation of
 * @kind: in news, a quotation running over several paragraphs repeats its
 * opening mark at each paragraph and closes only at the last. */
static gboolean
next_paragraph_opens_quote (const char *utf8,
                            gsize       n_bytes,
                            gsize       b,
                            QuoteKind   kind)
{
  const char *p = utf8 + b;
  const char *end = utf8 + n_bytes;
  QuoteKind k;

  while (p < end && _kutip_unichar_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p >= end || !_kutip_unichar_quote_kind (g_utf8_get_char (p), &k) || k != kind)
    return FALSE;

  return g_utf8_get_char (p) != 0x201D && g_utf8_get_char (p) != 0x2019 &&
         g_utf8_get_char (p) != 0x00BB && g_utf8_get_char (p) != 0x203A;
}

/**
 * kutip_text_quote_at:
 * @quote: (out): from the opening quote mark to the closing one, inclusive
 *
 * Finds the quotation containing @offset (the marks included), pairing
 * opening and closing marks of the same kind within the paragraph. With
 * nested quotations the outermost is found. A quotation left open at the end
 * of a paragraph counts up to the paragraph's end when the next paragraph
 * opens with the same mark, as news writing continues long quotes.
 *
 * Returns: %FALSE if @offset is not inside a quotation.
 */
gboolean
kutip_text_quote_at (KutipText *self,
                     guint      offset,
                     KutipSpan *quote)
{
  const char *utf8;
  gsize n_bytes = 0;
  gsize b;
  Window w;
  g_autoptr(GArray) tokens = NULL;
  const KutipToken *t;
  guint stack[64];
  guint depth = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (quote != NULL, FALSE);

  if (offset > kutip_text_get_length (self))
    return FALSE;

  utf8 = kutip_text_get_utf8 (self, &n_bytes);
  b = kutip_text_offset_to_byte (self, offset);

  for (gsize cap = 65536; ; cap *= 4)
    {
      find_window (utf8, n_bytes, b, cap, &w);
      if ((w.start_exact && w.end_exact) || cap >= n_bytes)
        break;
    }

  tokens = tokenize_window (self, &w);
  t = (const KutipToken *) (gpointer) tokens->data;

  for (guint i = 0; i < tokens->len; i++)
    {
      if (t[i].flags & TOK_PARA_BEFORE)
        depth = 0;

      if ((t[i].flags & KUTIP_TOKEN_OPEN_QUOTE) && depth < G_N_ELEMENTS (stack))
        stack[depth++] = i;
      else if (t[i].flags & KUTIP_TOKEN_CLOSE_QUOTE)
        {
          guint kind = TOK_QUOTE_KIND (t[i].flags);

          /* Pair with the nearest open mark of the same kind; marks
           * left open inside it are strays. */
          for (guint d = depth; d > 0; d--)
            {
              const KutipToken *open = &t[stack[d - 1]];

              if (TOK_QUOTE_KIND (open->flags) != kind)
                continue;

              depth = d - 1;
              if (open->start <= offset && offset < t[i].end &&
                  (!found || open->start < quote->start))
                {
                  quote->start = open->start;
                  quote->end = t[i].end;
                  found = TRUE;
                }
              break;
            }
        }

      /* At the end of a paragraph, an outer quotation left open. */
      if (depth > 0 && (i + 1 == tokens->len || (t[i + 1].flags & TOK_PARA_BEFORE)))
        {
          const KutipToken *open = &t[stack[0]];
          gboolean continues;

          if (i + 1 < tokens->len)
            continues = (TOK_QUOTE_KIND (t[i + 1].flags) == TOK_QUOTE_KIND (open->flags) &&
                         (t[i + 1].flags & KUTIP_TOKEN_OPEN_QUOTE));
          else
            continues = w.end_exact &&
                        next_paragraph_opens_quote (utf8, n_bytes, w.b1,
                                                    TOK_QUOTE_KIND (open->flags));

          if (continues && open->start <= offset && offset < t[i].end &&
              (!found || open->start < quote->start))
            {
              quote->start = open->start;
              quote->end = t[i].end;
              found = TRUE;
            }
        }
    }

  return found;
}
