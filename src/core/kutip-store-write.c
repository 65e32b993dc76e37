/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-store-write.c: writes a document as Kutip JSON, and saves it
 * atomically.
 *
 * The writer appends to one GString instead of building a json-glib tree:
 * 100,000 annotations would make millions of nodes only to print them. Each
 * annotation, relation and entity goes on a line of its own, so files diff
 * well and stay readable. */

#define G_LOG_DOMAIN "kutip-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-json-check.h"
#include "kutip-store-private.h"

/* g_string_append_len() without a call and overlap checks (GLib 2.74 does
 * not inline it): a big file is millions of short pieces. */
static inline void
put (GString    *out,
     const char *piece,
     gsize       n)
{
  if (G_LIKELY (out->len + n < out->allocated_len))
    {
      memcpy (out->str + out->len, piece, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, piece, (gssize) n);
}

#define put_literal(out, literal) put ((out), (literal), sizeof (literal) - 1)

/* Appends @str as a JSON string literal: quotes, backslashes and control
 * characters escaped, everything else (valid UTF-8) as is. */
void
_kutip_store_append_string (GString    *out,
                            const char *str,
                            gsize       len)
{
  static const char hex[] = "0123456789abcdef";
  const char *p = str;
  const char *end = str + len;

  g_string_append_c (out, '"');
  while (p < end)
    {
      const char *run = p;

      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      if (p > run)
        put (out, run, p - run);
      if (p >= end)
        break;

      switch (*p)
        {
        case '"': put (out, "\\\"", 2); break;
        case '\\': put (out, "\\\\", 2); break;
        case '\n': put (out, "\\n", 2); break;
        case '\r': put (out, "\\r", 2); break;
        case '\t': put (out, "\\t", 2); break;
        case '\b': put (out, "\\b", 2); break;
        case '\f': put (out, "\\f", 2); break;
        default:
          {
            guchar c = (guchar) *p;
            char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            put (out, esc, 6);
          }
        }
      p++;
    }
  g_string_append_c (out, '"');
}

static inline void
append_cstring (GString    *out,
                const char *str)
{
  _kutip_store_append_string (out, str, strlen (str));
}

static void
append_uint (GString *out,
             guint64  value)
{
  char buf[24];
  int i = sizeof buf;

  do
    {
      buf[--i] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  put (out, buf + i, sizeof buf - i);
}

static void
append_double (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      /* JSON has no NaN or infinity. */
      put_literal (out, "null");
      return;
    }
  if (value == floor (value) && fabs (value) < 1e15)
    {
      if (value < 0)
        g_string_append_c (out, '-');
      append_uint (out, (guint64) fabs (value));
      return;
    }
  /* The shortest of %.15g and %.17g that reads back exactly. */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  g_string_append (out, buf);
}

static void
append_newline (GString *out,
                int      indent)
{
  if (indent < 0)
    return;
  g_string_append_c (out, '\n');
  for (int i = 0; i < indent; i++)
    g_string_append_c (out, ' ');
}

/* @indent < 0 writes on one line. */
void
_kutip_store_append_json_node (GString  *out,
                               JsonNode *node,
                               int       indent)
{
  int inner = indent < 0 ? -1 : indent + 2;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        for (GList *l = members; l; l = l->next)
          {
            if (!first)
              g_string_append_c (out, ',');
            if (indent < 0 && !first)
              g_string_append_c (out, ' ');
            first = FALSE;
            append_newline (out, inner);
            append_cstring (out, l->data);
            put_literal (out, ": ");
            _kutip_store_append_json_node (out, json_object_get_member (object, l->data), inner);
          }
        if (members != NULL)
          append_newline (out, indent);
        g_string_append_c (out, '}');
        break;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              put (out, ", ", indent < 0 ? 2 : 1);
            append_newline (out, inner);
            _kutip_store_append_json_node (out, json_array_get_element (array, i), inner);
          }
        if (n > 0)
          append_newline (out, indent);
        g_string_append_c (out, ']');
        break;
      }
    case JSON_NODE_NULL:
      put_literal (out, "null");
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          {
            gint64 v = json_node_get_int (node);

            if (v < 0)
              g_string_append_c (out, '-');
            append_uint (out, v < 0 ? (guint64) 0 - (guint64) v : (guint64) v);
            break;
          }
        case G_TYPE_DOUBLE:
          append_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          append_cstring (out, json_node_get_string (node));
          break;
        default:
          put_literal (out, "null");
          break;
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* "key": (with a separator before it unless first) */
static void
append_key (GString    *out,
            gboolean   *first,
            int         indent,
            const char *key)
{
  if (!*first)
    put (out, ", ", indent < 0 ? 2 : 1);
  *first = FALSE;
  append_newline (out, indent);
  append_cstring (out, key);
  put_literal (out, ": ");
}

static void
append_string_member (GString    *out,
                      gboolean   *first,
                      int         indent,
                      const char *key,
                      const char *value)
{
  append_key (out, first, indent, key);
  if (value == NULL)
    put_literal (out, "null");
  else
    append_cstring (out, value);
}

static void
append_extra (GString    *out,
              gboolean   *first,
              int         indent,
              JsonObject *extra,
              const char *skip)
{
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return;
  members = json_object_get_members (extra);
  for (GList *l = members; l; l = l->next)
    {
      if (skip != NULL && strcmp (l->data, skip) == 0)
        continue;
      append_key (out, first, indent, l->data);
      /* Values stay on one line, like every item Kutip writes. */
      _kutip_store_append_json_node (out, json_object_get_member (extra, l->data), -1);
    }
}

/* The schema, pretty: one member per line, and arrays of objects (labels)
 * with one object per line. */
static void
append_schema (GString  *out,
               JsonNode *schema,
               int       indent)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;
  gboolean first = TRUE;

  if (indent < 0 || !JSON_NODE_HOLDS_OBJECT (schema))
    {
      _kutip_store_append_json_node (out, schema, -1);
      return;
    }

  object = json_node_get_object (schema);
  members = json_object_get_members (object);
  g_string_append_c (out, '{');
  for (GList *l = members; l; l = l->next)
    {
      JsonNode *value = json_object_get_member (object, l->data);
      JsonArray *array = JSON_NODE_HOLDS_ARRAY (value) ? json_node_get_array (value) : NULL;
      guint n = array ? json_array_get_length (array) : 0;

      append_key (out, &first, indent + 2, l->data);
      if (n == 0 || !JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, 0)))
        {
          _kutip_store_append_json_node (out, value, -1);
          continue;
        }
      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_newline (out, indent + 4);
          _kutip_store_append_json_node (out, json_array_get_element (array, i), -1);
        }
      append_newline (out, indent + 2);
      g_string_append_c (out, ']');
    }
  if (members != NULL)
    append_newline (out, indent);
  g_string_append_c (out, '}');
}

typedef struct
{
  GDateTime *time;
  char      *str;
} TimeCache;

static void
append_time (GString   *out,
             TimeCache *cache,
             GDateTime *time)
{
  if (cache->time == NULL || !g_date_time_equal (cache->time, time) ||
      g_date_time_get_utc_offset (cache->time) != g_date_time_get_utc_offset (time))
    {
      g_clear_pointer (&cache->time, g_date_time_unref);
      g_free (cache->str);
      cache->time = g_date_time_ref (time);
      cache->str = g_date_time_format_iso8601 (time);
    }
  append_cstring (out, cache->str);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
append_annotation (GString         *out,
                   KutipAnnotation *a,
                   TimeCache       *times)
{
  g_auto(GStrv) keys = kutip_annotation_list_attributes (a);
  gboolean first = TRUE;
  const char *s;

  g_string_append_c (out, '{');
  append_string_member (out, &first, -1, "id", kutip_annotation_get_id (a));
  append_string_member (out, &first, -1, "label", kutip_annotation_get_label (a));
  append_key (out, &first, -1, "start");
  append_uint (out, kutip_annotation_get_start (a));
  append_key (out, &first, -1, "end");
  append_uint (out, kutip_annotation_get_end (a));
  append_string_member (out, &first, -1, "text", kutip_annotation_get_text (a));
  append_string_member (out, &first, -1, "status",
                        kutip_status_to_string (kutip_annotation_get_status (a)));
  if ((s = kutip_annotation_get_origin (a)) != NULL)
    append_string_member (out, &first, -1, "origin", s);
  append_key (out, &first, -1, "confidence");
  append_double (out, kutip_annotation_get_confidence (a));
  if (keys != NULL && keys[0] != NULL)
    {
      gboolean first_attribute = TRUE;

      qsort (keys, g_strv_length (keys), sizeof (char *), compare_strings);
      append_key (out, &first, -1, "attributes");
      g_string_append_c (out, '{');
      for (guint i = 0; keys[i]; i++)
        append_string_member (out, &first_attribute, -1, keys[i],
                              kutip_annotation_get_attribute (a, keys[i]));
      g_string_append_c (out, '}');
    }
  if ((s = kutip_annotation_get_note (a)) != NULL)
    append_string_member (out, &first, -1, "note", s);
  if ((s = kutip_annotation_get_author (a)) != NULL)
    append_string_member (out, &first, -1, "author", s);
  if (kutip_annotation_get_created (a) != NULL)
    {
      append_key (out, &first, -1, "created");
      append_time (out, &times[0], kutip_annotation_get_created (a));
    }
  if (kutip_annotation_get_modified (a) != NULL)
    {
      append_key (out, &first, -1, "modified");
      append_time (out, &times[1], kutip_annotation_get_modified (a));
    }
  append_extra (out, &first, -1, kutip_annotation_get_extra (a), NULL);
  g_string_append_c (out, '}');
}

static void
append_relation (GString       *out,
                 KutipRelation *relation)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  append_string_member (out, &first, -1, "id", kutip_relation_get_id (relation));
  append_string_member (out, &first, -1, "type", kutip_relation_get_rtype (relation));
  append_string_member (out, &first, -1, "from", kutip_relation_get_from_id (relation));
  append_string_member (out, &first, -1, "to", kutip_relation_get_to_id (relation));
  append_string_member (out, &first, -1, "status",
                        kutip_status_to_string (kutip_relation_get_status (relation)));
  if (kutip_relation_get_origin (relation) != NULL)
    append_string_member (out, &first, -1, "origin", kutip_relation_get_origin (relation));
  append_extra (out, &first, -1, kutip_relation_get_extra (relation), NULL);
  g_string_append_c (out, '}');
}

static void
append_entity (GString       *out,
               KutipEntity   *entity,
               KutipDocument *document)
{
  const char * const *mentions;
  guint n_mentions = 0;
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  append_string_member (out, &first, -1, "id", kutip_entity_get_id (entity));
  append_string_member (out, &first, -1, "name", kutip_entity_get_name (entity));
  append_key (out, &first, -1, "mentions");
  g_string_append_c (out, '[');
  mentions = kutip_entity_get_mentions (entity, &n_mentions);
  for (guint i = 0, written = 0; i < n_mentions; i++)
    {
      if (kutip_document_lookup_annotation (document, mentions[i]) == NULL)
        {
          g_critical ("entity %s mentions %s, which is not in the document; not saved",
                      kutip_entity_get_id (entity), mentions[i]);
          continue;
        }
      if (written++ > 0)
        put_literal (out, ", ");
      append_cstring (out, mentions[i]);
    }
  g_string_append_c (out, ']');
  append_extra (out, &first, -1, kutip_entity_get_extra (entity), NULL);
  g_string_append_c (out, '}');
}

/* Returns FALSE to leave the item out. */
typedef gboolean (*AppendItemFunc) (GString *out, gpointer item, gpointer data);

static void
append_list (GString        *out,
             gboolean       *first,
             int             indent,
             const char     *key,
             GListModel     *items,
             AppendItemFunc  append_item,
             gpointer        data)
{
  guint n = g_list_model_get_n_items (items);
  guint written = 0;

  append_key (out, first, indent, key);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gsize before = out->len;

      if (written > 0)
        put (out, ", ", indent < 0 ? 2 : 1);
      append_newline (out, indent < 0 ? -1 : indent + 2);
      if (append_item (out, item, data))
        written++;
      else
        g_string_truncate (out, before);
    }
  if (written > 0)
    append_newline (out, indent);
  g_string_append_c (out, ']');
}

static gboolean
append_annotation_item (GString  *out,
                        gpointer  item,
                        gpointer  data)
{
  append_annotation (out, item, data);
  return TRUE;
}

/* The model never keeps a relation to a removed annotation; should one
 * slip through, it is left out rather than written into a file that would
 * not load. */
static gboolean
append_relation_item (GString  *out,
                      gpointer  item,
                      gpointer  data)
{
  KutipDocument *document = data;

  if (kutip_document_lookup_annotation (document, kutip_relation_get_from_id (item)) == NULL ||
      kutip_document_lookup_annotation (document, kutip_relation_get_to_id (item)) == NULL)
    {
      g_critical ("relation %s has an end that is not in the document; not saved",
                  kutip_relation_get_id (item));
      return FALSE;
    }
  append_relation (out, item);
  return TRUE;
}

static gboolean
append_entity_item (GString  *out,
                    gpointer  item,
                    gpointer  data)
{
  append_entity (out, item, data);
  return TRUE;
}

/* Labels and relation types in use but missing from the schema (an importer
 * may add them through kutip_document_load_contents()) are added to the
 * written schema, so Kutip never writes a file it would refuse to load. */
static void
complete_schema (JsonNode      *schema,
                 KutipDocument *document)
{
  KutipSchema *in_use = kutip_document_get_schema (document);
  g_autoptr(GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *annotations = kutip_document_get_annotations (document);
  GListModel *relations = kutip_document_get_relations (document);
  JsonObject *object;
  JsonArray *labels, *types;

  if (!JSON_NODE_HOLDS_OBJECT (schema))
    return;
  object = json_node_get_object (schema);
  if (!json_object_has_member (object, "labels"))
    json_object_set_array_member (object, "labels", json_array_new ());
  if (!json_object_has_member (object, "relations"))
    json_object_set_array_member (object, "relations", json_array_new ());
  labels = json_object_get_array_member (object, "labels");
  types = json_object_get_array_member (object, "relations");
  if (labels == NULL || types == NULL)
    return;

  for (guint i = 0, n = g_list_model_get_n_items (annotations); i < n; i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (annotations, i);
      const char *label = kutip_annotation_get_label (a);

      if (kutip_schema_lookup (in_use, label) == NULL && !g_hash_table_contains (added, label))
        {
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "name", label);
          json_array_add_object_element (labels, entry);
          g_hash_table_add (added, (gpointer) g_intern_string (label));
        }
    }
  for (guint i = 0, n = g_list_model_get_n_items (relations); i < n; i++)
    {
      g_autoptr(KutipRelation) r = g_list_model_get_item (relations, i);
      const char *type = kutip_relation_get_rtype (r);

      if (!kutip_schema_has_relation (in_use, type) && !g_hash_table_contains (added, type))
        {
          json_array_add_string_element (types, type);
          g_hash_table_add (added, (gpointer) g_intern_string (type));
        }
    }
}

/**
 * kutip_store_to_data:
 * @pretty: one member per line at the top level and in "metadata" and
 *   "schema", one line per annotation, relation and entity; otherwise all
 *   on one line
 * @n_bytes: (out) (optional): length of the result
 *
 * Returns: (transfer full): the document as Kutip JSON (see docs/format.md).
 */
char *
kutip_store_to_data (KutipDocument *document,
                     gboolean       pretty,
                     gsize         *n_bytes)
{
  KutipText *text;
  JsonObject *extra;
  g_autoptr(JsonNode) schema = NULL;
  GString *out;
  gsize text_len = 0;
  const char *utf8;
  int indent = pretty ? 2 : -1;
  int meta_indent = pretty ? 4 : -1;
  gboolean first = TRUE;
  gboolean first_meta = TRUE;
  TimeCache times[2] = { { NULL, NULL }, { NULL, NULL } };

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);

  text = kutip_document_get_text (document);
  utf8 = kutip_text_get_utf8 (text, &text_len);
  extra = kutip_document_get_extra (document);
  /* Room for everything at once: growing a 40 MB buffer copies it. An
   * annotation line is about 250 bytes plus its covered text. */
  out = g_string_sized_new (text_len + text_len / 8 +
                            kutip_document_get_n_annotations (document) * 400 +
                            g_list_model_get_n_items (kutip_document_get_relations (document))
                            * 128 +
                            4096);
  _kutip_store_advise_huge (out->str, out->allocated_len);

  g_string_append_c (out, '{');
  append_string_member (out, &first, indent, "format", KUTIP_FORMAT_NAME);
  append_key (out, &first, indent, "version");
  append_uint (out, KUTIP_FORMAT_VERSION);

  append_key (out, &first, indent, "metadata");
  g_string_append_c (out, '{');
  append_string_member (out, &first_meta, meta_indent, "id", kutip_document_get_id (document));
  append_string_member (out, &first_meta, meta_indent, "title",
                        kutip_document_get_title (document));
  append_string_member (out, &first_meta, meta_indent, "source",
                        kutip_document_get_source (document));
  append_string_member (out, &first_meta, meta_indent, "language",
                        kutip_document_get_language (document));
  append_string_member (out, &first_meta, meta_indent, "published",
                        kutip_document_get_published (document));
  append_string_member (out, &first_meta, meta_indent, "annotator",
                        kutip_document_get_annotator (document));
  /* Only a stored status is written: a derived one follows the annotations. */
  if (kutip_document_has_status (document))
    append_string_member (out, &first_meta, meta_indent, "status",
                          kutip_document_status_to_string (kutip_document_get_status (document)));
  if (extra != NULL && json_object_has_member (extra, KUTIP_STORE_METADATA_EXTRA))
    {
      JsonNode *meta_extra = json_object_get_member (extra, KUTIP_STORE_METADATA_EXTRA);

      if (JSON_NODE_HOLDS_OBJECT (meta_extra))
        append_extra (out, &first_meta, meta_indent, json_node_get_object (meta_extra), NULL);
    }
  append_newline (out, indent);
  g_string_append_c (out, '}');

  schema = kutip_schema_to_json (kutip_document_get_schema (document));
  if (schema != NULL)
    {
      complete_schema (schema, document);
      append_key (out, &first, indent, "schema");
      append_schema (out, schema, indent);
    }

  append_string_member (out, &first, indent, "text_sha256", kutip_text_get_sha256 (text));
  append_key (out, &first, indent, "text");
  _kutip_store_append_string (out, utf8, text_len);

  append_list (out, &first, indent, "annotations", kutip_document_get_annotations (document),
               append_annotation_item, times);
  append_list (out, &first, indent, "relations", kutip_document_get_relations (document),
               append_relation_item, document);
  append_list (out, &first, indent, "entities", kutip_document_get_entities (document),
               append_entity_item, document);
  append_extra (out, &first, indent, extra, KUTIP_STORE_METADATA_EXTRA);

  append_newline (out, pretty ? 0 : -1);
  g_string_append_c (out, '}');
  if (pretty)
    g_string_append_c (out, '\n');

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_clear_pointer (&times[i].time, g_date_time_unref);
      g_free (times[i].str);
    }

  if (n_bytes)
    *n_bytes = out->len;
  return g_string_free (out, FALSE);
}

/**
 * kutip_store_to_json:
 *
 * Returns: (transfer full): the document as a JSON tree (the same content as
 *   kutip_store_to_data()).
 */
JsonNode *
kutip_store_to_json (KutipDocument *document)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  JsonNode *node;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);

  data = kutip_store_to_data (document, FALSE, &len);
  /* The loader keeps every document within the parser's depth limit. */
  node = kutip_json_parse (data, len, NULL, NULL);
  g_assert (node != NULL);
  return node;
}

/**
 * kutip_store_save_file:
 *
 * Saves @document to @path with kutip_file_replace_contents(): atomically
 * (a crash at any instant leaves the old or the new file whole), through a
 * symlink to its target, never over a read-only file, under the advisory
 * lock other saves of the file take. On success the document's path is
 * @path and it is no longer modified.
 *
 * Returns: %TRUE on success; otherwise %FALSE with @error naming the file
 *   (%G_IO_ERROR_BUSY when another process kept it locked).
 */
gboolean
kutip_store_save_file (KutipDocument  *document,
                       const char     *path,
                       GError        **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = kutip_store_to_data (document, TRUE, &len);
  if (!kutip_file_replace_contents (path, data, len, error))
    return FALSE;

  if (g_strcmp0 (kutip_document_get_path (document), path) != 0)
    kutip_document_set_path (document, path);
  kutip_document_mark_saved (document);
  return TRUE;
}
