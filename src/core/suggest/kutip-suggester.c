/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-suggester.c: runs the date finder and the attribution finder over a
 * text and turns their byte-offset matches into pending suggestions. */

#define G_LOG_DOMAIN "kutip-suggester"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kutip-attribution.h"
#include "kutip-date-finder.h"
#include "kutip-error.h"
#include "kutip-suggester.h"

static gboolean
parse_published (const char  *published,
                 GDate       *date,
                 GError     **error)
{
  int y = 0, m = 0, d = 0;
  char tail = 0;

  if (published == NULL || *published == '\0')
    return FALSE;

  if (sscanf (published, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "publication date “%s” is not a date of the form YYYY-MM-DD", published);
      return FALSE;
    }

  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

static char *
rule_origin (const char *rule)
{
  return g_strconcat ("rule:", rule, NULL);
}

/* A claim is dated by the nearest date in its own sentence or in the
 * sentence that carries its attribution. */
static void
link_dates (KutipSuggestions *self,
            GPtrArray        *claims,
            GPtrArray        *dates)
{
  KutipText *text = kutip_suggestions_get_text (self);

  if (dates->len == 0)
    return;

  for (guint i = 0; i < claims->len; i++)
    {
      KutipAnnotation *claim = g_ptr_array_index (claims, i);
      guint start = kutip_annotation_get_start (claim);
      guint end = kutip_annotation_get_end (claim);
      KutipSpan first, last;
      KutipAnnotation *best = NULL;
      guint best_distance = G_MAXUINT;

      if (!kutip_text_sentence_at (text, start, &first))
        first.start = start;
      if (end == 0 || !kutip_text_sentence_at (text, end - 1, &last))
        last.end = end;

      for (guint j = 0; j < dates->len; j++)
        {
          KutipAnnotation *date = g_ptr_array_index (dates, j);
          guint ds = kutip_annotation_get_start (date);
          guint de = kutip_annotation_get_end (date);
          guint distance;

          if (ds < first.start || de > last.end)
            continue;
          distance = de <= start ? start - de : ds >= end ? ds - end : 0;
          if (distance < best_distance)
            {
              best_distance = distance;
              best = date;
            }
        }

      if (best != NULL)
        kutip_suggestions_add_relation (self, KUTIP_RELATION_DATED, claim, best, "rule:claim-date");
    }
}

/**
 * kutip_suggest_text:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_text (KutipText             *text,
                    const char            *lang,
                    const char            *published,
                    KutipSuggestFamilies   families,
                    GError               **error)
{
  g_autoptr(KutipSuggestions) self = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new ();
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  GDate date;
  gboolean have_date;
  const char *utf8;
  gsize n_bytes;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  g_date_clear (&date, 1);
  have_date = parse_published (published, &date, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  utf8 = kutip_text_get_utf8 (text, &n_bytes);
  if (lang != NULL && *lang == '\0')
    lang = NULL;
  if (lang != NULL && !g_str_equal (lang, "id") && !g_str_equal (lang, "en"))
    lang = NULL; /* unknown languages: detect which rules fit best */
  if (lang == NULL)
    lang = kutip_detect_language (utf8, n_bytes);

  self = kutip_suggestions_new (text);

  if (families & KUTIP_SUGGEST_DATES)
    {
      g_autoptr(GArray) matches = kutip_date_finder_find (utf8, n_bytes, lang,
                                                          have_date ? &date : NULL);

      for (guint i = 0; i < matches->len; i++)
        {
          const KutipDateMatch *m = &g_array_index (matches, KutipDateMatch, i);
          g_autofree char *origin = rule_origin (m->rule);
          KutipAnnotation *a;

          a = kutip_suggestions_add_span (self, KUTIP_LABEL_DATE,
                                          kutip_text_byte_to_offset (text, m->start),
                                          kutip_text_byte_to_offset (text, m->end),
                                          origin, m->confidence);
          if (m->value != NULL)
            kutip_annotation_set_attribute (a, "value", m->value);
          g_ptr_array_add (dates, a);
        }
    }

  if (families & (KUTIP_SUGGEST_CLAIMS | KUTIP_SUGGEST_SPEAKERS))
    {
      g_autoptr(KutipAttribution) found = kutip_attribution_find (utf8, n_bytes, lang);
      const KutipSpeakerMatch *speakers;
      const KutipClaimMatch *claim_matches;
      guint n_speakers = 0, n_claims = 0;
      g_autofree KutipAnnotation **speaker_spans = NULL;

      speakers = kutip_attribution_get_speakers (found, &n_speakers);
      claim_matches = kutip_attribution_get_claims (found, &n_claims);
      speaker_spans = g_new0 (KutipAnnotation *, n_speakers + 1);

      if (families & KUTIP_SUGGEST_SPEAKERS)
        {
          for (guint i = 0; i < n_speakers; i++)
            {
              const KutipSpeakerMatch *m = &speakers[i];
              g_autofree char *origin = rule_origin (m->rule);

              speaker_spans[i] =
                kutip_suggestions_add_span (self, KUTIP_LABEL_SPEAKER,
                                            kutip_text_byte_to_offset (text, m->start),
                                            kutip_text_byte_to_offset (text, m->end),
                                            origin, m->confidence);
              if (m->entity >= 0)
                kutip_suggestions_add_to_entity (self, m->entity, m->canonical,
                                                 speaker_spans[i]);
            }
        }

      if (families & KUTIP_SUGGEST_CLAIMS)
        {
          for (guint i = 0; i < n_claims; i++)
            {
              const KutipClaimMatch *m = &claim_matches[i];
              g_autofree char *origin = rule_origin (m->rule);
              KutipAnnotation *a;

              a = kutip_suggestions_add_span (self, KUTIP_LABEL_CLAIM,
                                              kutip_text_byte_to_offset (text, m->start),
                                              kutip_text_byte_to_offset (text, m->end),
                                              origin, m->confidence);
              kutip_annotation_set_attribute (a, "kind",
                                              m->kind == KUTIP_CLAIM_DIRECT ? "direct"
                                                                            : "indirect");
              g_ptr_array_add (claims, a);
              if (m->speaker >= 0 && (guint) m->speaker < n_speakers &&
                  speaker_spans[m->speaker] != NULL)
                kutip_suggestions_add_relation (self, KUTIP_RELATION_SAID_BY, a,
                                                speaker_spans[m->speaker],
                                                "rule:said-by");
            }
        }
    }

  link_dates (self, claims, dates);

  return g_steal_pointer (&self);
}

/**
 * kutip_suggest_document:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_document (KutipDocument         *document,
                        KutipSuggestFamilies   families,
                        GError               **error)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);

  return kutip_suggest_text (kutip_document_get_text (document),
                             kutip_document_get_language (document),
                             kutip_document_get_published (document),
                             families, error);
}

static const char *
member_string (JsonObject *object,
               const char *member,
               gboolean   *wrong_type)
{
  JsonNode *node = json_object_get_member (object, member);

  *wrong_type = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *wrong_type = TRUE;
      return NULL;
    }
  return json_node_get_string (node);
}

/**
 * kutip_suggest_jsonl_line:
 * @where: e.g. "stdin:12" for messages
 *
 * Returns: %TRUE and one output line appended to @out, or %FALSE with an
 *   error naming @where and the member at fault.
 */
gboolean
kutip_suggest_jsonl_line (const char            *line,
                          gsize                  n_bytes,
                          const char            *where,
                          KutipSuggestFamilies   families,
                          double                 min_confidence,
                          GString               *out,
                          GError               **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KutipText) text = NULL;
  g_autoptr(KutipSuggestions) suggestions = NULL;
  g_autofree char *id_str = NULL;
  JsonObject *object;
  JsonNode *root, *id_node, *text_node;
  const char *lang, *published;
  gboolean wrong = FALSE;

  if (!json_parser_load_from_data (parser, line, (gssize) n_bytes, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE, "%s: not JSON: %s",
                   where, local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: $: expected an object {\"id\", \"text\", …}", where);
      return FALSE;
    }
  object = json_node_get_object (root);

  id_node = json_object_get_member (object, "id");
  if (id_node == NULL || JSON_NODE_TYPE (id_node) != JSON_NODE_VALUE)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: $.id: expected a string or number", where);
      return FALSE;
    }
  if (json_node_get_value_type (id_node) == G_TYPE_STRING)
    id_str = g_strdup (json_node_get_string (id_node));
  else if (json_node_get_value_type (id_node) == G_TYPE_INT64)
    id_str = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id_node));
  else
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: $.id: expected a string or number", where);
      return FALSE;
    }

  text_node = json_object_get_member (object, "text");
  if (text_node == NULL || JSON_NODE_TYPE (text_node) != JSON_NODE_VALUE ||
      json_node_get_value_type (text_node) != G_TYPE_STRING)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: $.text: expected a string", where);
      return FALSE;
    }

  lang = member_string (object, "lang", &wrong);
  if (wrong)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT, "%s: $.lang: expected a string", where);
      return FALSE;
    }
  published = member_string (object, "published", &wrong);
  if (wrong)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: $.published: expected a string", where);
      return FALSE;
    }

  text = kutip_text_new (json_node_get_string (text_node), -1, &local_error);
  if (text == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8, "%s: $.text: %s",
                   where, local_error->message);
      return FALSE;
    }

  suggestions = kutip_suggest_text (text, lang, published, families, &local_error);
  if (suggestions == NULL)
    {
      g_set_error (error, KUTIP_ERROR, local_error->code, "%s: $.published: %s",
                   where, local_error->message);
      return FALSE;
    }

  if (min_confidence > 0)
    kutip_suggestions_filter (suggestions, min_confidence);
  kutip_suggestions_write_jsonl (suggestions, id_str, out);
  return TRUE;
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  KutipSuggestFamilies families = GPOINTER_TO_UINT (task_data);
  GError *error = NULL;
  KutipSuggestions *result;

  /* Only what was copied before the thread started is read here. */
  result = kutip_suggest_text (g_object_get_data (G_OBJECT (task), "text"),
                               g_object_get_data (G_OBJECT (task), "lang"),
                               g_object_get_data (G_OBJECT (task), "published"),
                               families, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) kutip_suggestions_free);
}

void
kutip_suggest_document_async (KutipDocument         *document,
                              KutipSuggestFamilies   families,
                              GCancellable          *cancellable,
                              GAsyncReadyCallback    callback,
                              gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KUTIP_IS_DOCUMENT (document));

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, kutip_suggest_document_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (families), NULL);
  g_object_set_data_full (G_OBJECT (task), "text",
                          kutip_text_ref (kutip_document_get_text (document)),
                          (GDestroyNotify) kutip_text_unref);
  g_object_set_data_full (G_OBJECT (task), "lang",
                          g_strdup (kutip_document_get_language (document)), g_free);
  g_object_set_data_full (G_OBJECT (task), "published",
                          g_strdup (kutip_document_get_published (document)), g_free);
  g_task_run_in_thread (task, suggest_thread);
}

/**
 * kutip_suggest_document_finish:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_document_finish (KutipDocument  *document,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, document), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
