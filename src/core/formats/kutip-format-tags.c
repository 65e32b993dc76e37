/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-tags.c: IOB2 tags over Kutip's own tokens for CoNLL and
 * Hugging Face, with the nesting policy (outermost span, or one layer per
 * label). */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

/* First token whose end is past @offset (tokens in text order). */
guint
_kutip_tokens_first_after (GArray *tokens,
                           guint   offset)
{
  guint lo = 0, hi = tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (tokens, KutipToken, mid).end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
tag_span (KutipTagging *tagging,
          guint         layer,
          guint         label_index,
          guint         start,
          guint         end)
{
  gboolean first = TRUE;

  for (guint t = _kutip_tokens_first_after (tagging->tokens, start); t < tagging->tokens->len; t++)
    {
      const KutipToken *token = &g_array_index (tagging->tokens, KutipToken, t);

      if (token->start >= end)
        break;
      if (tagging->tags[layer][t] != 0)
        continue; /* a token split by two spans goes to the first */
      tagging->tags[layer][t] = label_index * 2 + (first ? 1 : 2);
      first = FALSE;
    }
}

KutipTagging *
_kutip_tagging_new (KutipExporter  *self,
                    KutipDocument  *document,
                    GError        **error)
{
  g_autoptr(KutipTagging) tagging = g_new0 (KutipTagging, 1);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GArray) sentences = NULL;
  g_autofree guint *kept_end = NULL;
  KutipText *text = kutip_document_get_text (document);
  GPtrArray *order;
  guint t = 0;

  if (!_kutip_exporter_collect (self, document, &annotations, NULL, error))
    return NULL;

  order = _kutip_exporter_label_order (self);
  for (guint i = 0; i < annotations->len; i++)
    _kutip_exporter_label_index (self, kutip_annotation_get_label (g_ptr_array_index (annotations, i)));

  tagging->tokens = kutip_text_tokenize (text, 0, kutip_text_get_length (text));
  sentences = kutip_text_sentences (text);

  tagging->sentence_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint s = 0; s < sentences->len; s++)
    {
      const KutipSpan *sentence = &g_array_index (sentences, KutipSpan, s);

      while (t < tagging->tokens->len && g_array_index (tagging->tokens, KutipToken, t).start < sentence->end)
        t++;
      if (tagging->sentence_ends->len == 0 ||
          g_array_index (tagging->sentence_ends, guint, tagging->sentence_ends->len - 1) < t)
        g_array_append_val (tagging->sentence_ends, t);
    }
  if (t < tagging->tokens->len)
    {
      t = tagging->tokens->len;
      g_array_append_val (tagging->sentence_ends, t);
    }

  tagging->n_layers = self->options.nesting == KUTIP_NESTING_LAYERS ? order->len : 1;
  tagging->tags = g_new0 (guint *, tagging->n_layers + 1);
  for (guint l = 0; l < tagging->n_layers; l++)
    tagging->tags[l] = g_new0 (guint, tagging->tokens->len + 1);
  if (self->options.nesting == KUTIP_NESTING_LAYERS)
    {
      tagging->layer_labels = g_new0 (char *, order->len + 1);
      for (guint l = 0; l < order->len; l++)
        tagging->layer_labels[l] = g_strdup (g_ptr_array_index (order, l));
    }

  /* Annotations come in reading order (start, then longer first), so a
   * span starting before the end of the last kept one in its layer is
   * nested in it or crosses it: the outer one wins. */
  kept_end = g_new0 (guint, tagging->n_layers);
  for (guint i = 0; i < annotations->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (annotations, i);
      guint label_index = _kutip_exporter_label_index (self, kutip_annotation_get_label (a));
      guint layer = self->options.nesting == KUTIP_NESTING_LAYERS ? label_index : 0;
      guint start = kutip_annotation_get_start (a);
      guint end = kutip_annotation_get_end (a);

      if (start >= end || start < kept_end[layer])
        continue;
      kept_end[layer] = end;
      tag_span (tagging, layer, label_index, start, end);
    }

  return g_steal_pointer (&tagging);
}

void
_kutip_tagging_free (KutipTagging *tagging)
{
  if (tagging == NULL)
    return;

  g_clear_pointer (&tagging->tokens, g_array_unref);
  g_clear_pointer (&tagging->sentence_ends, g_array_unref);
  if (tagging->tags != NULL)
    for (guint l = 0; l < tagging->n_layers; l++)
      g_free (tagging->tags[l]);
  g_free (tagging->tags);
  g_strfreev (tagging->layer_labels);
  g_free (tagging);
}
