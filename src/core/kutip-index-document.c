/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-index-document.c: what the search index holds of one document,
 * prepared from the loaded document without touching the index: the
 * list's facts (title, status, counts), the text, and per annotation its
 * label, status, offsets, text, speaker (the entity's name or the
 * speaker's text, for claims through their said-by link), the folded key
 * people are matched by, and its date (a claim's dated value, a date's
 * own value, or else the publication date). */

#define G_LOG_DOMAIN "kutip-index"

#include "config.h"

#include <string.h>

#include "kutip-project-private.h"

static void
annotation_row_clear (gpointer data)
{
  KutipIndexAnnotation *row = data;

  g_free (row->aid);
  g_free (row->label);
  g_free (row->body);
  g_free (row->speaker);
  g_free (row->speaker_key);
  g_free (row->date);
  g_free (row->kind);
}

/* The first line of the text, as a title: up to 120 characters, cut at a
 * space. */
static char *
first_line (KutipText *text)
{
  gsize len = 0;
  const char *utf8 = kutip_text_get_utf8 (text, &len);
  const char *end = utf8 + len;
  const char *p = utf8;
  const char *line_end;
  const char *cut;
  glong n;

  while (p < end && g_ascii_isspace (*p))
    p++;
  for (line_end = p; line_end < end && *line_end != '\n' && *line_end != '\r'; line_end++)
    ;
  while (line_end > p && g_ascii_isspace (line_end[-1]))
    line_end--;
  if (line_end == p)
    return NULL;

  n = g_utf8_strlen (p, line_end - p);
  if (n <= 120)
    return g_strndup (p, (gsize) (line_end - p));
  cut = g_utf8_offset_to_pointer (p, 120);
  for (const char *q = cut; q > p + 40; q--)
    if (*q == ' ')
      {
        cut = q;
        break;
      }
  {
    g_autofree char *head = g_strndup (p, (gsize) (cut - p));

    return g_strconcat (head, "…", NULL);
  }
}

void
_kutip_document_facts_from_document (KutipDocumentFacts *facts,
                                     KutipDocument      *document,
                                     const char         *path)
{
  GListModel *annotations = kutip_document_get_annotations (document);
  guint n = g_list_model_get_n_items (annotations);
  const char *title = kutip_document_get_title (document);

  memset (facts, 0, sizeof *facts);
  facts->title = title != NULL && *title != '\0' ? g_strdup (title)
                                                 : first_line (kutip_document_get_text (document));
  facts->language = g_strdup (kutip_document_get_language (document));
  facts->published = g_strdup (kutip_document_get_published (document));
  facts->status = kutip_document_get_status (document);
  facts->n_annotations = n;
  facts->n_pending = kutip_document_get_n_pending (document);
  facts->indexed = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (annotations, i);

      if (g_strcmp0 (kutip_annotation_get_label (a), KUTIP_LABEL_CLAIM) == 0 &&
          kutip_annotation_get_status (a) != KUTIP_STATUS_REJECTED)
        facts->n_claims++;
    }
}

/* The annotation @from links to by a relation of @type that nobody
 * rejected, or NULL. */
static KutipAnnotation *
linked (KutipDocument   *document,
        KutipAnnotation *from,
        const char      *type)
{
  g_autoptr(GPtrArray) relations = kutip_document_relations_of (document, from);

  for (guint i = 0; relations != NULL && i < relations->len; i++)
    {
      KutipRelation *relation = g_ptr_array_index (relations, i);
      KutipAnnotation *to;

      if (strcmp (kutip_relation_get_rtype (relation), type) != 0 ||
          strcmp (kutip_relation_get_from_id (relation), kutip_annotation_get_id (from)) != 0 ||
          kutip_relation_get_status (relation) == KUTIP_STATUS_REJECTED)
        continue;
      to = kutip_document_lookup_annotation (document, kutip_relation_get_to_id (relation));
      if (to != NULL && kutip_annotation_get_status (to) != KUTIP_STATUS_REJECTED)
        return to;
    }
  return NULL;
}

/* "2024-05-20T10:00" -> "2024-05-20"; "2024-05" stays; "PRESENT_REF" -> NULL. */
static char *
iso_date_prefix (const char *value)
{
  gsize len = 0;

  if (value == NULL)
    return NULL;
  for (gsize i = 0; i < 10 && value[i] != '\0'; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (dash ? value[i] != '-' : !g_ascii_isdigit (value[i]))
        break;
      if (i == 3 || i == 6 || i == 9)
        len = i + 1;
    }
  return len > 0 ? g_strndup (value, len) : NULL;
}

static const char *
speaker_name (KutipDocument   *document,
              KutipAnnotation *speaker)
{
  KutipEntity *entity = kutip_document_get_entity_for (document, speaker);

  if (entity != NULL && kutip_entity_get_name (entity) != NULL &&
      *kutip_entity_get_name (entity) != '\0')
    return kutip_entity_get_name (entity);
  return kutip_annotation_get_text (speaker);
}

/**
 * _kutip_indexed_document_init:
 * @document: (nullable): the document, or %NULL when it cannot be read
 * @error_message: (nullable): why, then
 *
 * Prepares what the index stores of @document: the list's facts, the text
 * and one row per annotation with its speaker, person key and date. Needs
 * no index, so worker threads prepare while one thread writes.
 */
void
_kutip_indexed_document_init (KutipIndexedDocument *out,
                              KutipDocument        *document,
                              const char           *error_message)
{
  GListModel *annotations;
  const char *published;
  guint n;

  memset (out, 0, sizeof *out);
  out->annotations = g_array_new (FALSE, TRUE, sizeof (KutipIndexAnnotation));
  g_array_set_clear_func (out->annotations, annotation_row_clear);
  if (document == NULL)
    {
      out->facts.error = g_strdup (error_message);
      out->facts.indexed = TRUE;
      return;
    }

  _kutip_document_facts_from_document (&out->facts, document, NULL);
  out->text = kutip_text_ref (kutip_document_get_text (document));
  annotations = kutip_document_get_annotations (document);
  published = kutip_document_get_published (document);
  n = g_list_model_get_n_items (annotations);
  g_array_set_size (out->annotations, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (annotations, i);
      KutipIndexAnnotation *row = &g_array_index (out->annotations, KutipIndexAnnotation, i);
      const char *label = kutip_annotation_get_label (a);
      KutipAnnotation *speaker = NULL;

      if (strcmp (label, KUTIP_LABEL_CLAIM) == 0)
        {
          KutipAnnotation *dated = linked (document, a, KUTIP_RELATION_DATED);

          speaker = linked (document, a, KUTIP_RELATION_SAID_BY);
          if (dated != NULL)
            row->date = iso_date_prefix (kutip_annotation_get_attribute (dated, "value"));
          row->kind = g_strdup (kutip_annotation_get_attribute (a, "kind"));
        }
      else if (strcmp (label, KUTIP_LABEL_SPEAKER) == 0)
        speaker = a;
      else if (strcmp (label, KUTIP_LABEL_DATE) == 0)
        row->date = iso_date_prefix (kutip_annotation_get_attribute (a, "value"));
      if (row->date == NULL)
        row->date = iso_date_prefix (published);
      if (speaker != NULL)
        {
          row->speaker = g_strdup (speaker_name (document, speaker));
          row->speaker_key = kutip_utf8_fold_for_match (row->speaker, -1);
        }
      row->aid = g_strdup (kutip_annotation_get_id (a));
      row->label = g_strdup (label);
      row->body = g_strdup (kutip_annotation_get_text (a));
      row->status = kutip_annotation_get_status (a);
      row->start = kutip_annotation_get_start (a);
      row->end = kutip_annotation_get_end (a);
    }
}

void
_kutip_indexed_document_clear (KutipIndexedDocument *document)
{
  _kutip_document_facts_clear (&document->facts);
  g_clear_pointer (&document->text, kutip_text_unref);
  g_clear_pointer (&document->annotations, g_array_unref);
}
