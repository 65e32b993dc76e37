/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-tooltip.c: what the article's tooltip says about the
 * annotations under the pointer. */

#define G_LOG_DOMAIN "kutip-annotation-tooltip"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-annotation-tooltip.h"
#include "kutip-label-names.h"

/* " (suggested link)" after a claim's speaker or date nobody reviewed. */
static void
append_if_suggested (GString         *markup,
                     KutipDocument   *document,
                     KutipAnnotation *claim,
                     const char      *type)
{
  KutipRelation *link = kutip_document_get_link (document, claim, type);

  if (link != NULL && kutip_relation_get_status (link) == KUTIP_STATUS_PENDING)
    g_string_append_printf (markup, " <i>(%s)</i>", _("suggested link"));
}

/**
 * kutip_annotation_tooltip_at:
 *
 * Returns: (transfer full) (nullable): Pango markup naming each annotation
 *   of @document at @offset (not rejected ones) with its label, a date's
 *   value and a claim's speaker and date.
 */
char *
kutip_annotation_tooltip_at (KutipDocument *document,
                             guint          offset)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) markup = NULL;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);

  found = kutip_document_find_at (document, offset);
  markup = g_string_new (NULL);

  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      KutipAnnotation *annotation = g_ptr_array_index (found, i);
      const char *label = kutip_annotation_get_label (annotation);
      g_autofree char *escaped = NULL;
      g_autofree char *text = NULL;
      const char *covered = kutip_annotation_get_text (annotation);

      if (kutip_annotation_get_status (annotation) == KUTIP_STATUS_REJECTED)
        continue;

      if (markup->len > 0)
        g_string_append_c (markup, '\n');

      text = g_utf8_substring (covered ? covered : "", 0,
                               MIN (60, g_utf8_strlen (covered ? covered : "", -1)));
      escaped = g_markup_escape_text (text, -1);
      g_string_append_printf (markup, "<b>%s</b>",
                              kutip_label_display_name (kutip_document_get_schema (document),
                                                        label));
      if (kutip_annotation_get_status (annotation) == KUTIP_STATUS_PENDING)
        g_string_append_printf (markup, " <i>(%s)</i>", _("suggestion"));
      g_string_append_printf (markup, " “%s%s”", escaped,
                              g_utf8_strlen (covered ? covered : "", -1) > 60 ? "…" : "");

      if (g_strcmp0 (label, KUTIP_LABEL_DATE) == 0)
        {
          const char *value = kutip_annotation_get_attribute (annotation, "value");

          if (value != NULL)
            {
              g_autofree char *v = g_markup_escape_text (value, -1);

              g_string_append_printf (markup, "\n  %s <tt>%s</tt>", _("Value:"), v);
            }
        }
      else if (g_strcmp0 (label, KUTIP_LABEL_CLAIM) == 0)
        {
          KutipAnnotation *speaker =
            kutip_document_get_linked (document, annotation, KUTIP_RELATION_SAID_BY);
          KutipAnnotation *date =
            kutip_document_get_linked (document, annotation, KUTIP_RELATION_DATED);

          if (speaker != NULL)
            {
              g_autofree char *s = g_markup_escape_text (kutip_annotation_get_text (speaker), -1);

              g_string_append_printf (markup, "\n  %s %s", _("Speaker:"), s);
              append_if_suggested (markup, document, annotation, KUTIP_RELATION_SAID_BY);
            }
          if (date != NULL)
            {
              g_autofree char *d = g_markup_escape_text (kutip_annotation_get_text (date), -1);

              g_string_append_printf (markup, "\n  %s %s", _("Date:"), d);
              append_if_suggested (markup, document, annotation, KUTIP_RELATION_DATED);
            }
        }
    }

  if (markup->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&markup), FALSE);
}
