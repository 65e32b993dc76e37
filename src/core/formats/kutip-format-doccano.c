/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-doccano.c: doccano JSONL in both shapes: "label" lists
 * ([start, end, label]; older files say "labels") and "entities" with
 * "relations". */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

static gboolean
doccano_export_document (KutipExporter  *self,
                         KutipDocument  *document,
                         GError        **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) relations = NULL;
  g_autofree char *name = _kutip_exporter_document_name (self, document);
  KutipText *text = kutip_document_get_text (document);
  GString *out = self->buf;
  gsize n_bytes = 0;
  const char *utf8;

  if (!_kutip_exporter_collect (self, document, &annotations,
                                self->options.doccano_entities ? &relations : NULL, error))
    return FALSE;

  utf8 = kutip_text_get_utf8 (text, &n_bytes);
  g_string_append (out, "{\"id\":");
  _kutip_json_append_string (out, name, -1);
  g_string_append (out, ",\"text\":");
  _kutip_json_append_string (out, utf8, (gssize) n_bytes);

  if (!self->options.doccano_entities)
    {
      g_string_append (out, ",\"label\":[");
      for (guint i = 0; i < annotations->len; i++)
        {
          KutipAnnotation *a = g_ptr_array_index (annotations, i);

          g_string_append_printf (out, "%s[%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT ",",
                                  i ? "," : "",
                                  _kutip_exporter_offset (self, text, kutip_annotation_get_start (a)),
                                  _kutip_exporter_offset (self, text, kutip_annotation_get_end (a)));
          _kutip_json_append_string (out, kutip_annotation_get_label (a), -1);
          g_string_append_c (out, ']');
        }
      g_string_append (out, "]}\n");
      return TRUE;
    }

  {
    g_autoptr(GHashTable) index_of = g_hash_table_new (g_str_hash, g_str_equal);

    g_string_append (out, ",\"entities\":[");
    for (guint i = 0; i < annotations->len; i++)
      {
        KutipAnnotation *a = g_ptr_array_index (annotations, i);

        g_hash_table_insert (index_of, (gpointer) kutip_annotation_get_id (a),
                             GUINT_TO_POINTER (i));
        g_string_append_printf (out, "%s{\"id\":%u,\"label\":", i ? "," : "", i);
        _kutip_json_append_string (out, kutip_annotation_get_label (a), -1);
        g_string_append_printf (out, ",\"start_offset\":%" G_GSIZE_FORMAT
                                ",\"end_offset\":%" G_GSIZE_FORMAT "}",
                                _kutip_exporter_offset (self, text, kutip_annotation_get_start (a)),
                                _kutip_exporter_offset (self, text, kutip_annotation_get_end (a)));
      }
    g_string_append (out, "],\"relations\":[");
    for (guint i = 0; i < relations->len; i++)
      {
        KutipRelation *r = g_ptr_array_index (relations, i);

        g_string_append_printf (out, "%s{\"id\":%u,\"from_id\":%u,\"to_id\":%u,\"type\":",
                                i ? "," : "", i,
                                GPOINTER_TO_UINT (g_hash_table_lookup (index_of,
                                                  kutip_relation_get_from_id (r))),
                                GPOINTER_TO_UINT (g_hash_table_lookup (index_of,
                                                  kutip_relation_get_to_id (r))));
        _kutip_json_append_string (out, kutip_relation_get_rtype (r), -1);
        g_string_append_c (out, '}');
      }
    g_string_append (out, "]}\n");
  }

  return TRUE;
}

static gboolean
import_label_list (KutipImportContext  *ctx,
                   KutipDocBuilder     *builder,
                   JsonArray           *list,
                   guint                line,
                   GError             **error)
{
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *item = json_array_get_element (list, i);
      KutipAnnotation *annotation;
      JsonArray *triple;
      const char *label;
      gint64 start, end;

      if (!JSON_NODE_HOLDS_ARRAY (item))
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_FORMAT,
                               "label %u is not a [start, end, label] span (a document "
                               "category? only span labels can be imported)", i);
          return FALSE;
        }
      triple = json_node_get_array (item);
      if (json_array_get_length (triple) != 3 ||
          !_kutip_json_get_int (json_array_get_element (triple, 0), &start) ||
          !_kutip_json_get_int (json_array_get_element (triple, 1), &end) ||
          (label = _kutip_json_get_string (json_array_get_element (triple, 2))) == NULL)
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_FORMAT,
                               "label %u is not [start, end, \"label\"]", i);
          return FALSE;
        }

      if (!_kutip_doc_builder_add_span (builder, NULL, label, start, end, FALSE, NULL, line,
                                        &annotation, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_entities (KutipImportContext  *ctx,
                 KutipDocBuilder     *builder,
                 JsonObject          *object,
                 guint                line,
                 GError             **error)
{
  JsonArray *entities = json_object_get_array_member (object, "entities");
  JsonNode *relations_node = json_object_get_member (object, "relations");

  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonNode *item = json_array_get_element (entities, i);
      KutipAnnotation *annotation;
      g_autofree char *id = NULL;
      JsonObject *entity;
      const char *label;
      gint64 start, end;

      if (!JSON_NODE_HOLDS_OBJECT (item) ||
          (id = _kutip_json_dup_id ((entity = json_node_get_object (item)), "id")) == NULL ||
          (label = _kutip_json_get_string (json_object_get_member (entity, "label"))) == NULL ||
          !_kutip_json_get_int (json_object_get_member (entity, "start_offset"), &start) ||
          !_kutip_json_get_int (json_object_get_member (entity, "end_offset"), &end))
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_FORMAT,
                               "entity %u needs id, label, start_offset and end_offset", i);
          return FALSE;
        }

      if (!_kutip_doc_builder_add_span (builder, id, label, start, end, FALSE, NULL, line,
                                        &annotation, error))
        return FALSE;
    }

  if (relations_node == NULL || JSON_NODE_HOLDS_NULL (relations_node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (relations_node))
    {
      _kutip_import_error (ctx, error, line, KUTIP_ERROR_FORMAT, "“relations” is not a list");
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (relations_node)); i++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (relations_node), i);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      JsonObject *relation;
      const char *type;

      if (!JSON_NODE_HOLDS_OBJECT (item) ||
          (from = _kutip_json_dup_id ((relation = json_node_get_object (item)), "from_id")) == NULL ||
          (to = _kutip_json_dup_id (relation, "to_id")) == NULL ||
          (type = _kutip_json_get_string (json_object_get_member (relation, "type"))) == NULL)
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_FORMAT,
                               "relation %u needs from_id, to_id and type", i);
          return FALSE;
        }

      if (!_kutip_doc_builder_add_relation (builder, type, from, to, KUTIP_STATUS_ACCEPTED,
                                            line, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
doccano_import_line (KutipImportContext  *ctx,
                     const char          *line,
                     gsize                n_bytes,
                     guint                line_number,
                     GError             **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(KutipDocBuilder) builder = NULL;
  g_autofree char *id = NULL;
  JsonObject *object;
  JsonNode *labels;
  const char *text;

  if (!_kutip_import_parse_json (ctx, line, n_bytes, line_number, &root, error))
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (text = _kutip_json_get_string (json_object_get_member ((object = json_node_get_object (root)),
                                                  "text"))) == NULL)
    {
      _kutip_import_error (ctx, error, line_number, KUTIP_ERROR_FORMAT,
                           "expected an object with a “text” string");
      return FALSE;
    }

  builder = _kutip_doc_builder_new (ctx, text, -1, line_number, error);
  if (builder == NULL)
    return FALSE;

  id = _kutip_json_dup_id (object, "id");
  if (id == NULL)
    id = g_strdup_printf ("line-%u", line_number);
  kutip_document_set_id (_kutip_doc_builder_get_document (builder), id);

  labels = json_object_get_member (object, "label");
  if (labels == NULL)
    labels = json_object_get_member (object, "labels");

  if (json_object_has_member (object, "entities"))
    {
      if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "entities")))
        {
          _kutip_import_error (ctx, error, line_number, KUTIP_ERROR_FORMAT,
                               "“entities” is not a list");
          return FALSE;
        }
      if (!import_entities (ctx, builder, object, line_number, error))
        return FALSE;
    }
  else if (labels != NULL && !JSON_NODE_HOLDS_NULL (labels))
    {
      if (!JSON_NODE_HOLDS_ARRAY (labels))
        {
          _kutip_import_error (ctx, error, line_number, KUTIP_ERROR_FORMAT,
                               "“label” is not a list");
          return FALSE;
        }
      if (!import_label_list (ctx, builder, json_node_get_array (labels), line_number, error))
        return FALSE;
    }

  return _kutip_doc_builder_finish (builder, error);
}

static gboolean
doccano_import_data (KutipImportContext  *ctx,
                     const char          *data,
                     gsize                n_bytes,
                     GError             **error)
{
  return _kutip_import_foreach_line (ctx, data, n_bytes, doccano_import_line, error);
}

const KutipFormat kutip_format_doccano = {
  .name = "doccano",
  .title = "doccano JSONL",
  .extension = ".jsonl",
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_CAN_IMPORT | KUTIP_FORMAT_RELATIONS |
           KUTIP_FORMAT_OFFSETS,
  .export_document = doccano_export_document,
  .import_data = doccano_import_data,
};
