/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-label-studio.c: Label Studio task JSON. Accepted spans and
 * relations are one annotation; pending suggestions are predictions (one
 * per origin) carrying their score. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

static void
append_region (KutipExporter   *self,
               KutipText       *text,
               KutipAnnotation *a,
               gboolean         prediction,
               gboolean         first)
{
  GString *out = self->buf;

  g_string_append (out, first ? "{" : ",{");
  _kutip_json_append_member (out, "id", kutip_annotation_get_id (a));
  g_string_append (out, ",\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\"");
  g_string_append (out, prediction ? ",\"origin\":\"prediction\"" : ",\"origin\":\"manual\"");
  if (prediction)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, ",\"score\":%s",
                              g_ascii_dtostr (number, sizeof number,
                                              kutip_annotation_get_confidence (a)));
    }
  g_string_append_printf (out, ",\"value\":{\"start\":%" G_GSIZE_FORMAT ",\"end\":%" G_GSIZE_FORMAT,
                          _kutip_exporter_offset (self, text, kutip_annotation_get_start (a)),
                          _kutip_exporter_offset (self, text, kutip_annotation_get_end (a)));
  g_string_append (out, ",");
  _kutip_json_append_member (out, "text", kutip_annotation_get_text (a));
  g_string_append (out, ",\"labels\":[");
  _kutip_json_append_string (out, kutip_annotation_get_label (a), -1);
  g_string_append (out, "]}}");
}

static void
append_relation (GString       *out,
                 KutipRelation *r,
                 gboolean       first)
{
  g_string_append (out, first ? "{" : ",{");
  _kutip_json_append_member (out, "from_id", kutip_relation_get_from_id (r));
  g_string_append_c (out, ',');
  _kutip_json_append_member (out, "to_id", kutip_relation_get_to_id (r));
  g_string_append (out, ",\"type\":\"relation\",\"direction\":\"right\",\"labels\":[");
  _kutip_json_append_string (out, kutip_relation_get_rtype (r), -1);
  g_string_append (out, "]}");
}

static gboolean
ls_export_begin (KutipExporter  *self,
                 GError        **error)
{
  g_string_append (self->buf, "[");
  return TRUE;
}

static gboolean
ls_export_document (KutipExporter  *self,
                    KutipDocument  *document,
                    GError        **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) relations = NULL;
  g_autoptr(GHashTable) pending = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) origins = g_ptr_array_new ();
  g_autofree char *name = _kutip_exporter_document_name (self, document);
  KutipText *text = kutip_document_get_text (document);
  GString *out = self->buf;
  gboolean first = TRUE;
  gsize n_bytes = 0;
  const char *utf8;
  const char *title;

  if (!_kutip_exporter_collect (self, document, &annotations, &relations, error))
    return FALSE;

  utf8 = kutip_text_get_utf8 (text, &n_bytes);
  g_string_append_printf (out, "%s\n{\"id\":%u,\"data\":{\"text\":",
                          self->n_documents ? "," : "", self->n_documents + 1);
  _kutip_json_append_string (out, utf8, (gssize) n_bytes);
  g_string_append_c (out, ',');
  _kutip_json_append_member (out, "kutip_id", name);
  if ((title = kutip_document_get_title (document)) != NULL)
    {
      g_string_append_c (out, ',');
      _kutip_json_append_member (out, "title", title);
    }
  g_string_append (out, "},\"annotations\":[{\"id\":1,\"result\":[");

  for (guint i = 0; i < annotations->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (annotations, i);

      if (kutip_annotation_get_status (a) == KUTIP_STATUS_PENDING)
        {
          const char *origin = kutip_annotation_get_origin (a);

          origin = origin ? origin : "kutip";
          if (!g_hash_table_contains (pending, origin))
            {
              g_hash_table_insert (pending, (gpointer) origin, g_ptr_array_new ());
              g_ptr_array_add (origins, (gpointer) origin);
            }
          g_ptr_array_add (g_hash_table_lookup (pending, origin), a);
          continue;
        }
      append_region (self, text, a, FALSE, first);
      first = FALSE;
    }

  /* A relation lives with its ends: in the annotation when both are
   * accepted, else in the prediction of the pending end. */
  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (relations, i);
      KutipAnnotation *from = kutip_document_lookup_annotation (document,
                                                                kutip_relation_get_from_id (r));
      KutipAnnotation *to = kutip_document_lookup_annotation (document,
                                                              kutip_relation_get_to_id (r));

      if (kutip_annotation_get_status (from) == KUTIP_STATUS_ACCEPTED &&
          kutip_annotation_get_status (to) == KUTIP_STATUS_ACCEPTED)
        {
          /* A suggested link between two accepted spans has no place: the
           * annotation holds decisions, predictions hold pending regions. */
          if (kutip_relation_get_status (r) != KUTIP_STATUS_ACCEPTED)
            _kutip_exporter_leave_out_link (self);
          else
            {
              append_relation (out, r, first);
              first = FALSE;
            }
        }
    }
  g_string_append (out, "]}]");

  if (origins->len > 0)
    {
      g_string_append (out, ",\"predictions\":[");
      for (guint k = 0; k < origins->len; k++)
        {
          const char *origin = g_ptr_array_index (origins, k);
          g_autoptr(GPtrArray) items = g_hash_table_lookup (pending, origin);
          g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
          char number[G_ASCII_DTOSTR_BUF_SIZE];
          double score = 0;

          for (guint i = 0; i < items->len; i++)
            {
              score += kutip_annotation_get_confidence (g_ptr_array_index (items, i));
              g_hash_table_add (ids, (gpointer) kutip_annotation_get_id (g_ptr_array_index (items, i)));
            }
          score /= items->len;

          g_string_append (out, k ? ",{" : "{");
          _kutip_json_append_member (out, "model_version", origin);
          g_string_append_printf (out, ",\"score\":%s,\"result\":[",
                                  g_ascii_dtostr (number, sizeof number, score));
          for (guint i = 0; i < items->len; i++)
            append_region (self, text, g_ptr_array_index (items, i), TRUE, i == 0);
          for (guint i = 0; i < relations->len; i++)
            {
              KutipRelation *r = g_ptr_array_index (relations, i);
              const char *from = kutip_relation_get_from_id (r);
              const char *to = kutip_relation_get_to_id (r);
              gboolean mine = g_hash_table_contains (ids, from) ||
                              (g_hash_table_contains (ids, to) &&
                               kutip_annotation_get_status (
                                 kutip_document_lookup_annotation (document, from))
                               == KUTIP_STATUS_ACCEPTED);

              if (mine)
                append_relation (out, r, FALSE);
            }
          g_string_append (out, "]}");
        }
      g_string_append_c (out, ']');
      g_hash_table_steal_all (pending);
    }

  g_string_append_c (out, '}');
  return TRUE;
}

static gboolean
ls_export_end (KutipExporter  *self,
               GError        **error)
{
  g_string_append (self->buf, "\n]\n");
  return TRUE;
}

/* Import */

static gboolean
import_result (KutipImportContext  *ctx,
               KutipDocBuilder     *builder,
               JsonArray           *result,
               KutipStatus          status,
               double               default_score,
               const char          *origin,
               GPtrArray           *relation_items,
               GError             **error)
{
  for (guint i = 0; i < json_array_get_length (result); i++)
    {
      JsonNode *node = json_array_get_element (result, i);
      JsonObject *item, *value;
      JsonArray *labels;
      const char *type;
      g_autofree char *id = NULL;
      gint64 start, end;
      JsonNode *score_node;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      item = json_node_get_object (node);
      type = _kutip_json_get_string (json_object_get_member (item, "type"));
      if (g_strcmp0 (type, "relation") == 0)
        {
          g_ptr_array_add (relation_items, json_object_ref (item));
          continue;
        }
      if (g_strcmp0 (type, "labels") != 0)
        continue; /* choices, text areas: not spans */

      if (!_kutip_json_holds_object (json_object_get_member (item, "value")) ||
          !_kutip_json_get_int (json_object_get_member (
                                  (value = json_object_get_object_member (item, "value")),
                                  "start"), &start) ||
          !_kutip_json_get_int (json_object_get_member (value, "end"), &end) ||
          !_kutip_json_holds_array (json_object_get_member (value, "labels")) ||
          json_array_get_length ((labels = json_object_get_array_member (value, "labels"))) == 0)
        {
          _kutip_import_error (ctx, error, 0, KUTIP_ERROR_FORMAT,
                               "result %u: a labels item needs value.start, value.end and "
                               "value.labels", i);
          return FALSE;
        }

      id = _kutip_json_dup_id (item, "id");
      for (guint k = 0; k < json_array_get_length (labels); k++)
        {
          const char *label = _kutip_json_get_string (json_array_get_element (labels, k));
          g_autofree char *span_id = NULL;
          KutipAnnotation *annotation;

          if (label == NULL)
            {
              _kutip_import_error (ctx, error, 0, KUTIP_ERROR_FORMAT,
                                   "result %u: label %u is not a string", i, k);
              return FALSE;
            }
          /* A region with several labels becomes several spans. */
          span_id = k == 0 || id == NULL ? g_strdup (id) : g_strdup_printf ("%s-%u", id, k + 1);
          if (!_kutip_doc_builder_add_span (builder, span_id, label, start, end, FALSE,
                                            _kutip_json_get_string (json_object_get_member (value, "text")),
                                            0, &annotation, error))
            return FALSE;
          if (annotation == NULL)
            continue;

          kutip_annotation_set_status (annotation, status);
          if (status == KUTIP_STATUS_PENDING)
            {
              score_node = json_object_get_member (item, "score");
              kutip_annotation_set_confidence (annotation,
                                               score_node && JSON_NODE_HOLDS_VALUE (score_node)
                                               ? json_node_get_double (score_node)
                                               : default_score);
              kutip_annotation_set_origin (annotation, origin);
            }
        }
    }

  return TRUE;
}

static gboolean
import_task (KutipImportContext  *ctx,
             JsonNode            *node,
             guint                index,
             GError             **error)
{
  g_autoptr(KutipDocBuilder) builder = NULL;
  g_autoptr(GPtrArray) relation_items = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) predicted_relations = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autofree char *place = g_strdup_printf ("task $[%u]", index);
  g_autofree char *id = NULL;
  JsonObject *task, *data;
  JsonNode *list;
  const char *text = NULL;

  ctx->place = place;

  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      !_kutip_json_holds_object (json_object_get_member ((task = json_node_get_object (node)), "data")))
    {
      _kutip_import_error (ctx, error, 0, KUTIP_ERROR_FORMAT, "a task needs a “data” object");
      return FALSE;
    }

  data = json_object_get_object_member (task, "data");
  text = _kutip_json_get_string (json_object_get_member (data, "text"));
  if (text == NULL)
    {
      /* The text key is whatever the labelling config named: take the
       * first string. */
      g_autoptr(GList) members = json_object_get_members (data);

      for (GList *l = members; l && text == NULL; l = l->next)
        text = _kutip_json_get_string (json_object_get_member (data, l->data));
    }
  if (text == NULL)
    {
      _kutip_import_error (ctx, error, 0, KUTIP_ERROR_FORMAT, "“data” holds no text");
      return FALSE;
    }

  builder = _kutip_doc_builder_new (ctx, text, -1, 0, error);
  if (builder == NULL)
    return FALSE;

  id = _kutip_json_dup_id (data, "kutip_id");
  if (id == NULL)
    {
      g_autofree char *task_id = _kutip_json_dup_id (task, "id");

      id = g_strdup_printf ("task-%s", task_id ? task_id : "");
      if (task_id == NULL)
        {
          g_free (id);
          id = g_strdup_printf ("task-%u", index + 1);
        }
    }
  kutip_document_set_id (_kutip_doc_builder_get_document (builder), id);
  if (_kutip_json_get_string (json_object_get_member (data, "title")) != NULL)
    kutip_document_set_title (_kutip_doc_builder_get_document (builder),
                              _kutip_json_get_string (json_object_get_member (data, "title")));

  /* The first annotation that was not cancelled is the person's work. */
  list = json_object_get_member (task, "annotations");
  if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
    {
      JsonArray *annotations = json_node_get_array (list);

      for (guint i = 0; i < json_array_get_length (annotations); i++)
        {
          JsonNode *a = json_array_get_element (annotations, i);
          JsonObject *object;

          if (!JSON_NODE_HOLDS_OBJECT (a))
            continue;
          object = json_node_get_object (a);
          if (json_object_get_boolean_member_with_default (object, "was_cancelled", FALSE))
            continue;
          if (!_kutip_json_holds_array (json_object_get_member (object, "result")))
            continue;
          g_free (place);
          place = g_strdup_printf ("task $[%u].annotations[%u]", index, i);
          ctx->place = place;
          if (!import_result (ctx, builder, json_object_get_array_member (object, "result"),
                              KUTIP_STATUS_ACCEPTED, 1.0, NULL, relation_items, error))
            return FALSE;
          break;
        }
    }

  list = json_object_get_member (task, "predictions");
  if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
    {
      JsonArray *predictions = json_node_get_array (list);

      for (guint i = 0; i < json_array_get_length (predictions); i++)
        {
          JsonNode *p = json_array_get_element (predictions, i);
          g_autofree char *origin = NULL;
          JsonObject *object;
          JsonNode *score;
          const char *version;

          if (!JSON_NODE_HOLDS_OBJECT (p) ||
              !_kutip_json_holds_array (json_object_get_member ((object = json_node_get_object (p)),
                                                              "result")))
            continue;
          version = _kutip_json_get_string (json_object_get_member (object, "model_version"));
          origin = version && strchr (version, ':') ? g_strdup (version)
                   : g_strconcat ("import:label-studio", version ? ":" : "", version, NULL);
          score = json_object_get_member (object, "score");
          g_free (place);
          place = g_strdup_printf ("task $[%u].predictions[%u]", index, i);
          ctx->place = place;
          if (!import_result (ctx, builder, json_object_get_array_member (object, "result"),
                              KUTIP_STATUS_PENDING,
                              score && JSON_NODE_HOLDS_VALUE (score) ? json_node_get_double (score) : 0.0,
                              origin, predicted_relations, error))
            return FALSE;
        }
    }

  /* Relations in predictions stay pending like their spans. */
  for (guint i = 0; i < relation_items->len + predicted_relations->len; i++)
    {
      gboolean predicted = i >= relation_items->len;
      JsonObject *item = predicted ? g_ptr_array_index (predicted_relations, i - relation_items->len)
                                   : g_ptr_array_index (relation_items, i);
      g_autofree char *from = _kutip_json_dup_id (item, "from_id");
      g_autofree char *to = _kutip_json_dup_id (item, "to_id");
      const char *type = "related";
      JsonNode *labels = json_object_get_member (item, "labels");
      const char *direction = _kutip_json_get_string (json_object_get_member (item, "direction"));

      if (from == NULL || to == NULL)
        {
          _kutip_import_error (ctx, error, 0, KUTIP_ERROR_FORMAT,
                               "relation %u needs from_id and to_id", i);
          return FALSE;
        }
      if (labels != NULL && JSON_NODE_HOLDS_ARRAY (labels) &&
          json_array_get_length (json_node_get_array (labels)) > 0 &&
          _kutip_json_get_string (json_array_get_element (json_node_get_array (labels), 0)))
        type = _kutip_json_get_string (json_array_get_element (json_node_get_array (labels), 0));
      if (g_strcmp0 (direction, "left") == 0)
        {
          char *swap = from;

          from = to;
          to = swap;
        }

      if (!_kutip_doc_builder_add_relation (builder, type, from, to,
                                            predicted ? KUTIP_STATUS_PENDING : KUTIP_STATUS_ACCEPTED,
                                            0, error))
        return FALSE;
    }

  ctx->place = NULL;
  return _kutip_doc_builder_finish (builder, error);
}

static gboolean
ls_import_data (KutipImportContext  *ctx,
                const char          *data,
                gsize                n_bytes,
                GError             **error)
{
  g_autoptr(JsonNode) root = NULL;

  if (!_kutip_import_parse_json (ctx, data, n_bytes, 0, &root, error))
    return FALSE;

  if (JSON_NODE_HOLDS_OBJECT (root))
    return import_task (ctx, root, 0, error);

  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      _kutip_import_error (ctx, error, 0, KUTIP_ERROR_FORMAT,
                           "expected a list of Label Studio tasks");
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    if (!import_task (ctx, json_array_get_element (json_node_get_array (root), i), i, error))
      {
        ctx->place = NULL;
        return FALSE;
      }

  return TRUE;
}

const KutipFormat kutip_format_label_studio = {
  .name = "label-studio",
  .title = "Label Studio JSON",
  .extension = ".json",
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_CAN_IMPORT | KUTIP_FORMAT_RELATIONS |
           KUTIP_FORMAT_OFFSETS,
  .export_begin = ls_export_begin,
  .export_document = ls_export_document,
  .export_end = ls_export_end,
  .import_data = ls_import_data,
};
