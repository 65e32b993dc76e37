/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-agreement-json.c: the figures as JSON text (docs/cli.md). Written by
 * hand: a JsonGenerator prints 0.1 as 0.10000000000000001, and figures read
 * better to six significant digits. An undefined figure is null. */

#define G_LOG_DOMAIN "kutip-agreement"

#include "config.h"

#include <math.h>

#include "kutip-agreement.h"
#include "kutip-agreement-diff.h"

static void
append_string (GString    *out,
               const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value) || isinf (value))
    g_string_append (out, "null");
  else
    g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

static void
append_key (GString    *out,
            gboolean   *first,
            const char *key)
{
  if (!*first)
    g_string_append (out, ", ");
  *first = FALSE;
  append_string (out, key);
  g_string_append (out, ": ");
}

static void
append_count (GString    *out,
              gboolean   *first,
              const char *key,
              guint64     value)
{
  append_key (out, first, key);
  g_string_append_printf (out, "%" G_GUINT64_FORMAT, value);
}

static void
append_figure (GString    *out,
               gboolean   *first,
               const char *key,
               double      value)
{
  append_key (out, first, key);
  append_number (out, value);
}

static void
append_figures (GString                     *out,
                const KutipAgreementFigures *f)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  append_count (out, &first, "documents", f->n_documents);
  append_count (out, &first, "spans", f->n_spans);
  append_count (out, &first, "tokens", f->n_tokens);
  append_figure (out, &first, "f1", f->f1);
  append_figure (out, &first, "strict_f1", f->strict_f1);
  append_figure (out, &first, "cohen_kappa", f->cohen_kappa);
  append_figure (out, &first, "fleiss_kappa", f->fleiss_kappa);
  append_figure (out, &first, "alpha", f->alpha);
  append_figure (out, &first, "alpha_u", f->alpha_u);
  g_string_append_c (out, '}');
}

static void
append_who (GString                *out,
            const KutipWhoSaidWhat *w)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  append_count (out, &first, "claims", w->n_claims);
  append_count (out, &first, "matched", w->n_matched);
  append_figure (out, &first, "f1", w->f1);
  append_figure (out, &first, "speaker", w->speaker);
  append_figure (out, &first, "date", w->date);
  g_string_append_c (out, '}');
}

/* "labels", "overall" and "who_said_what" of a pair or of all (-1, -1). */
static void
append_scope (GString        *out,
              KutipAgreement *self,
              int             a,
              int             b,
              const char     *indent)
{
  KutipAgreementFigures figures;
  KutipWhoSaidWhat who;
  guint n_labels = kutip_agreement_get_n_labels (self);

  kutip_agreement_get_figures (self, NULL, a, b, &figures);
  g_string_append_printf (out, "%s\"documents\": %" G_GUINT64_FORMAT ",\n", indent,
                          figures.n_documents);
  g_string_append_printf (out, "%s\"labels\": {", indent);
  for (guint l = 0; l < n_labels; l++)
    {
      KutipAgreementFigures per_label;
      const char *label = kutip_agreement_get_label (self, l);

      kutip_agreement_get_figures (self, label, a, b, &per_label);
      g_string_append_printf (out, "%s\n%s  ", l > 0 ? "," : "", indent);
      append_string (out, label);
      g_string_append (out, ": ");
      append_figures (out, &per_label);
    }
  if (n_labels > 0)
    g_string_append_printf (out, "\n%s", indent);
  g_string_append (out, "},\n");
  g_string_append_printf (out, "%s\"overall\": ", indent);
  append_figures (out, &figures);
  kutip_agreement_get_who_said_what (self, a, b, &who);
  g_string_append_printf (out, ",\n%s\"who_said_what\": ", indent);
  append_who (out, &who);
}

char *
kutip_agreement_to_json (KutipAgreement *self,
                         gboolean        per_document)
{
  GString *out = g_string_new ("{\n  \"annotators\": [");
  guint n = kutip_agreement_get_n_annotators (self);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_string (out, kutip_agreement_get_annotator (self, i));
    }
  g_string_append (out, "],\n");
  append_scope (out, self, -1, -1, "  ");

  g_string_append (out, ",\n  \"pairs\": [");
  for (guint a = 0, p = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++, p++)
      {
        g_string_append_printf (out, "%s\n    {\n      \"annotators\": [", p > 0 ? "," : "");
        append_string (out, kutip_agreement_get_annotator (self, a));
        g_string_append (out, ", ");
        append_string (out, kutip_agreement_get_annotator (self, b));
        g_string_append (out, "],\n");
        append_scope (out, self, (int) a, (int) b, "      ");
        g_string_append (out, "\n    }");
      }
  g_string_append (out, "\n  ]");

  if (per_document)
    {
      guint n_documents = 0;
      const KutipAgreementDocument *documents = kutip_agreement_get_documents (self, &n_documents);

      g_string_append (out, ",\n  \"per_document\": [");
      for (guint i = 0; i < n_documents; i++)
        {
          const KutipAgreementDocument *d = &documents[i];
          gboolean first = TRUE;

          g_string_append_printf (out, "%s\n    {", i > 0 ? "," : "");
          append_key (out, &first, "document");
          append_string (out, d->name);
          append_count (out, &first, "versions", d->n_versions);
          append_count (out, &first, "items", d->n_items);
          append_count (out, &first, "disagreements", d->n_disagreements);
          append_figure (out, &first, "disagreement", d->disagreement);
          append_figure (out, &first, "f1", d->f1);
          append_figure (out, &first, "strict_f1", d->strict_f1);
          append_figure (out, &first, "kappa", d->kappa);
          append_figure (out, &first, "alpha_u", d->alpha_u);
          append_figure (out, &first, "who_said_what", d->who_said_what);
          g_string_append_c (out, '}');
        }
      g_string_append_printf (out, "%s]", n_documents > 0 ? "\n  " : "");
    }
  g_string_append (out, "\n}\n");
  return g_string_free (out, FALSE);
}

static void
append_span (GString         *out,
             KutipAnnotation *annotation)
{
  gboolean first = TRUE;
  const char *value = kutip_annotation_get_attribute (annotation, "value");

  g_string_append_c (out, '{');
  append_key (out, &first, "label");
  append_string (out, kutip_annotation_get_label (annotation));
  append_count (out, &first, "start", kutip_annotation_get_start (annotation));
  append_count (out, &first, "end", kutip_annotation_get_end (annotation));
  append_key (out, &first, "text");
  append_string (out, kutip_annotation_get_text (annotation));
  if (value != NULL)
    {
      append_key (out, &first, "value");
      append_string (out, value);
    }
}

char *
kutip_agreement_diff_to_json (KutipAgreementDiff *self,
                              const char * const *names)
{
  GString *out = g_string_new ("[");
  guint n_versions, count = 0;

  g_return_val_if_fail (KUTIP_IS_AGREEMENT_DIFF (self), NULL);
  g_return_val_if_fail (names != NULL, NULL);

  n_versions = kutip_agreement_diff_get_n_versions (self);
  for (guint i = kutip_agreement_diff_step (self, G_MAXUINT, TRUE); i != G_MAXUINT;
       i = kutip_agreement_diff_step (self, i, TRUE))
    {
      const KutipAgreementItem *item = kutip_agreement_diff_get_item (self, i);
      g_autofree char *kind = kutip_disagreement_to_string (kutip_agreement_item_get_kind (item));
      g_auto(GStrv) kinds = g_strsplit (kind, ",", -1);
      gboolean first = TRUE;

      g_string_append_printf (out, "%s\n  {", count++ > 0 ? "," : "");
      append_count (out, &first, "start", kutip_agreement_item_get_start (item));
      append_count (out, &first, "end", kutip_agreement_item_get_end (item));
      append_key (out, &first, "kind");
      g_string_append_c (out, '[');
      for (guint k = 0; kinds[k] != NULL; k++)
        {
          if (k > 0)
            g_string_append (out, ", ");
          append_string (out, kinds[k]);
        }
      g_string_append (out, "], \"versions\": {");
      for (guint v = 0; v < n_versions; v++)
        {
          guint n = 0;
          KutipAnnotation * const *spans = kutip_agreement_item_get_annotations (item, v, &n);
          KutipAnnotation *speaker = kutip_agreement_diff_get_speaker (self, item, v);
          KutipAnnotation *date = kutip_agreement_diff_get_date (self, item, v);

          if (v > 0)
            g_string_append (out, ", ");
          append_string (out, names[v]);
          g_string_append (out, ": [");
          for (guint k = 0; k < n; k++)
            {
              if (k > 0)
                g_string_append (out, ", ");
              append_span (out, spans[k]);
              /* A claim's speaker and date: the first span is the one linked. */
              if (k == 0 && speaker != NULL)
                {
                  g_string_append (out, ", \"speaker\": ");
                  append_span (out, speaker);
                  g_string_append_c (out, '}');
                }
              if (k == 0 && date != NULL)
                {
                  g_string_append (out, ", \"date\": ");
                  append_span (out, date);
                  g_string_append_c (out, '}');
                }
              g_string_append_c (out, '}');
            }
          g_string_append_c (out, ']');
        }
      g_string_append (out, "}}");
    }
  g_string_append (out, count > 0 ? "\n]" : "]");
  return g_string_free (out, FALSE);
}
