/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-label-tags.c: the text tags that draw each label's highlights in
 * the article, in its three states (suggested, accepted, selected). */

#define G_LOG_DOMAIN "kutip-article-view"

#include "config.h"

#include "kutip-label-tags.h"

static gboolean
parse_color (const char *spec,
             GdkRGBA    *rgba)
{
  if (spec != NULL && gdk_rgba_parse (rgba, spec))
    return TRUE;
  gdk_rgba_parse (rgba, "#9a9996");
  return FALSE;
}

/**
 * kutip_label_tag_ensure:
 * Returns: (transfer none): the tag, made on first use.
 *
 * Each label has a style of its own besides its colour, so labels stay
 * apart for colour-blind readers and nested spans (a speaker inside a
 * claim) show both: claims are italic, speakers semibold with a double
 * underline, dates have a single one. Suggestions are faint with a wavy
 * line. */
GtkTextTag *
kutip_label_tag_ensure (GtkTextBuffer    *buffer,
                        const KutipLabel *label,
                        const char       *variant)
{
  g_autofree char *name = g_strdup_printf ("kutip-%s-%s", variant, label->name);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag;
  GdkRGBA line;
  GdkRGBA background;
  gboolean pending = g_str_equal (variant, "pending");
  gboolean selected = g_str_equal (variant, "selected");

  tag = gtk_text_tag_table_lookup (table, name);
  if (tag != NULL)
    return tag;

  parse_color (label->color, &line);
  background = line;
  background.alpha = pending ? 0.07 : selected ? 0.45 : 0.2;

  tag = gtk_text_buffer_create_tag (buffer, name,
                                    "background-rgba", &background,
                                    NULL);
  if (pending)
    {
      g_object_set (tag,
                    "underline", PANGO_UNDERLINE_ERROR,
                    "underline-rgba", &line,
                    NULL);
    }
  else if (g_str_equal (label->name, KUTIP_LABEL_CLAIM))
    {
      /* Not an overline: GTK 4.8's text layout double-frees with one. */
      g_object_set (tag,
                    "style", PANGO_STYLE_ITALIC,
                    NULL);
    }
  else if (g_str_equal (label->name, KUTIP_LABEL_SPEAKER))
    {
      g_object_set (tag,
                    "underline", PANGO_UNDERLINE_DOUBLE,
                    "underline-rgba", &line,
                    "weight", PANGO_WEIGHT_SEMIBOLD,
                    NULL);
    }
  else if (g_str_equal (label->name, KUTIP_LABEL_DATE))
    {
      g_object_set (tag,
                    "underline", PANGO_UNDERLINE_SINGLE,
                    "underline-rgba", &line,
                    NULL);
    }
  else
    {
      g_object_set (tag,
                    "underline", PANGO_UNDERLINE_LOW,
                    "underline-rgba", &line,
                    NULL);
    }

  return tag;
}

/* Claims first: the tags created later win where spans nest, so the inner
 * speaker or date keeps its own background inside a claim. */
void
kutip_label_tags_create (GtkTextBuffer *buffer,
                         KutipSchema   *schema)
{
  guint n = kutip_schema_get_n_labels (schema);
  const char *variants[] = { "pending", "accepted", "selected" };
  const KutipLabel *claim = kutip_schema_lookup (schema, KUTIP_LABEL_CLAIM);

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      if (claim != NULL)
        kutip_label_tag_ensure (buffer, claim, variants[v]);
      for (guint i = 0; i < n; i++)
        kutip_label_tag_ensure (buffer, kutip_schema_get_label (schema, i), variants[v]);
    }
}
