/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-schema.c: the label set in use: built-in speaker, claim and date
 * plus labels, attributes and relation types a project adds. */

#define G_LOG_DOMAIN "kutip-schema"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-schema.h"

struct _KutipSchema
{
  GObject    parent_instance;

  GPtrArray  *labels;        /* KutipLabel*, in display order */
  GPtrArray  *relations;     /* char*, NULL-terminated */
  /* Lookups stay constant-time with many labels (a file may hold 100,000). */
  GHashTable *label_by_name; /* label->name -> KutipLabel* */
  GHashTable *label_by_key;  /* GUINT_TO_POINTER (label->key) -> KutipLabel* */
  GHashTable *relation_set;  /* the strings in relations */
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KutipSchema, kutip_schema, G_TYPE_OBJECT)

static guint signals [N_SIGNALS];

/* Built-in labels. The colours are mid-tones of the GNOME palette that read
 * as highlights on both light and dark backgrounds (used with alpha). */
static const struct {
  const char *name;
  const char *title;
  const char *color;
  gunichar    key;
  const char *attribute;
} builtin_labels[] = {
  { KUTIP_LABEL_SPEAKER, "Speaker", "#3584e4", '1', NULL },
  { KUTIP_LABEL_CLAIM,   "Claim",   "#ff7800", '2', "kind" },
  { KUTIP_LABEL_DATE,    "Date",    "#2ec27e", '3', "value" },
};

static void
kutip_label_free (KutipLabel *label)
{
  g_free (label->name);
  g_free (label->title);
  g_free (label->color);
  g_strfreev (label->attributes);
  g_free (label);
}

static void
kutip_schema_finalize (GObject *object)
{
  KutipSchema *self = (KutipSchema *)object;

  g_clear_pointer (&self->label_by_name, g_hash_table_unref);
  g_clear_pointer (&self->label_by_key, g_hash_table_unref);
  g_clear_pointer (&self->relation_set, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->relations, g_ptr_array_unref);

  G_OBJECT_CLASS (kutip_schema_parent_class)->finalize (object);
}

static void
kutip_schema_class_init (KutipSchemaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kutip_schema_finalize;

  /**
   * KutipSchema::changed:
   *
   * A label, attribute or relation type was added or changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
kutip_schema_init (KutipSchema *self)
{
  self->labels = g_ptr_array_new_with_free_func ((GDestroyNotify)kutip_label_free);
  self->relations = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->label_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->label_by_key = g_hash_table_new (NULL, NULL);
  self->relation_set = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Adds @label (owned by the schema from now on) at the end. */
static void
append_label (KutipSchema *self,
              KutipLabel  *label)
{
  g_ptr_array_add (self->labels, label);
  g_hash_table_insert (self->label_by_name, label->name, label);
  if (label->key != 0)
    g_hash_table_insert (self->label_by_key, GUINT_TO_POINTER (label->key), label);
}

static void
set_label_key (KutipSchema *self,
               KutipLabel  *label,
               gunichar     key)
{
  if (label->key != 0 &&
      g_hash_table_lookup (self->label_by_key, GUINT_TO_POINTER (label->key)) == label)
    g_hash_table_remove (self->label_by_key, GUINT_TO_POINTER (label->key));
  label->key = key;
  if (key != 0)
    g_hash_table_insert (self->label_by_key, GUINT_TO_POINTER (key), label);
}

static void
append_relation (KutipSchema *self,
                 const char  *type)
{
  char *copy = g_strdup (type);

  g_ptr_array_add (self->relations, copy);
  g_hash_table_add (self->relation_set, copy);
}

static gboolean
is_color (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_name (const char *name)
{
  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static KutipLabel *
lookup_mutable (KutipSchema *self,
                const char  *name)
{
  return g_hash_table_lookup (self->label_by_name, name);
}

/**
 * kutip_schema_new_default:
 *
 * Returns: (transfer full): a schema with speaker (key 1), claim (key 2,
 *   attribute "kind") and date (key 3, attribute "value"), and the
 *   relation types said-by and dated
 */
KutipSchema *
kutip_schema_new_default (void)
{
  KutipSchema *self = g_object_new (KUTIP_TYPE_SCHEMA, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (builtin_labels); i++)
    {
      KutipLabel *label = g_new0 (KutipLabel, 1);

      label->name = g_strdup (builtin_labels[i].name);
      label->title = g_strdup (builtin_labels[i].title);
      label->color = g_strdup (builtin_labels[i].color);
      label->key = builtin_labels[i].key;
      label->builtin = TRUE;
      if (builtin_labels[i].attribute != NULL)
        {
          label->attributes = g_new0 (char *, 2);
          label->attributes[0] = g_strdup (builtin_labels[i].attribute);
        }
      else
        label->attributes = g_new0 (char *, 1);
      append_label (self, label);
    }

  append_relation (self, KUTIP_RELATION_SAID_BY);
  append_relation (self, KUTIP_RELATION_DATED);

  return self;
}

guint
kutip_schema_get_n_labels (KutipSchema *self)
{
  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), 0);
  return self->labels->len;
}

/**
 * kutip_schema_get_label:
 * Returns: (transfer none): the label at @position in display order
 */
const KutipLabel *
kutip_schema_get_label (KutipSchema *self,
                        guint        position)
{
  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), NULL);
  g_return_val_if_fail (position < self->labels->len, NULL);
  return g_ptr_array_index (self->labels, position);
}

/**
 * kutip_schema_lookup:
 * Returns: (nullable) (transfer none): the label called @name
 */
const KutipLabel *
kutip_schema_lookup (KutipSchema *self,
                     const char  *name)
{
  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), NULL);

  if (name == NULL)
    return NULL;
  return lookup_mutable (self, name);
}

/**
 * kutip_schema_lookup_key:
 * Returns: (nullable) (transfer none): the label typed with @key
 */
const KutipLabel *
kutip_schema_lookup_key (KutipSchema *self,
                         gunichar     key)
{
  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), NULL);

  if (key == 0)
    return NULL;
  return g_hash_table_lookup (self->label_by_key, GUINT_TO_POINTER (key));
}

/* Returns TRUE if @attributes were added to @label; FALSE if it had them. */
static gboolean
merge_attributes (KutipLabel         *label,
                  const char * const *attributes)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) seen = NULL;
  gboolean added = FALSE;

  if (attributes == NULL || attributes[0] == NULL)
    return FALSE;

  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_strv_builder_addv (builder, (const char **)label->attributes);
  for (guint i = 0; label->attributes[i] != NULL; i++)
    g_hash_table_add (seen, label->attributes[i]);
  /* Skipping those it has, and duplicates inside @attributes too. */
  for (guint i = 0; attributes[i] != NULL; i++)
    if (g_hash_table_add (seen, (gpointer) attributes[i]))
      {
        g_strv_builder_add (builder, attributes[i]);
        added = TRUE;
      }

  if (added)
    {
      g_strfreev (label->attributes);
      label->attributes = g_strv_builder_end (builder);
    }
  return added;
}

/**
 * kutip_schema_add_label:
 * @name: the label name stored in files, no spaces
 * @title: (nullable): display name; defaults to @name
 * @color: (nullable): "#rrggbb"; defaults to grey
 * @key: the key that applies it, or 0 for none
 * @attributes: (nullable) (array zero-terminated=1): attribute keys
 *
 * Adds a project label. Fails with %KUTIP_ERROR_DUPLICATE_ID if a label has
 * that name and %KUTIP_ERROR_INVALID_VALUE for a bad name or colour or a
 * key another label uses.
 */
gboolean
kutip_schema_add_label (KutipSchema        *self,
                        const char         *name,
                        const char         *title,
                        const char         *color,
                        gunichar            key,
                        const char * const *attributes,
                        GError            **error)
{
  const KutipLabel *other;
  KutipLabel *label;

  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!is_name (name))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "Label name “%s” must be non-empty and without spaces",
                   name ? name : "");
      return FALSE;
    }
  if (lookup_mutable (self, name) != NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID,
                   "Label “%s” is already in the schema", name);
      return FALSE;
    }
  if (color != NULL && !is_color (color))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "Colour “%s” of label “%s” is not of the form #rrggbb", color, name);
      return FALSE;
    }
  if ((other = kutip_schema_lookup_key (self, key)) != NULL)
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (key, buf);
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "Key “%s” of label “%s” is already used by label “%s”",
                   buf, name, other->name);
      return FALSE;
    }

  label = g_new0 (KutipLabel, 1);
  label->name = g_strdup (name);
  label->title = g_strdup (title ? title : name);
  label->color = g_strdup (color ? color : "#9a9996");
  label->key = key;
  label->attributes = g_new0 (char *, 1);
  merge_attributes (label, attributes);
  append_label (self, label);

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Adds attribute @key to label @name (built-in or not); FALSE if there is
 * no such label. */
gboolean
kutip_schema_add_attribute (KutipSchema *self,
                            const char  *name,
                            const char  *key)
{
  const char *keys[] = { key, NULL };
  KutipLabel *label;

  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if ((label = lookup_mutable (self, name)) == NULL)
    return FALSE;
  if (merge_attributes (label, keys))
    g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
kutip_schema_has_relation (KutipSchema *self,
                           const char  *type)
{
  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), FALSE);

  if (type == NULL)
    return FALSE;
  return g_hash_table_contains (self->relation_set, type);
}

void
kutip_schema_add_relation (KutipSchema *self,
                           const char  *type)
{
  g_return_if_fail (KUTIP_IS_SCHEMA (self));
  g_return_if_fail (type != NULL && *type != '\0');

  if (kutip_schema_has_relation (self, type))
    return;
  append_relation (self, type);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kutip_schema_get_relations:
 * Returns: (transfer none) (array zero-terminated=1): relation types
 */
const char * const *
kutip_schema_get_relations (KutipSchema *self)
{
  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), NULL);
  return (const char * const *)self->relations->pdata;
}

/**
 * kutip_schema_to_json:
 *
 * {"labels": [{"name", "title", "color", "key", "attributes"}...],
 *  "relations": ["said-by", "dated", ...]}; built-in labels are written too
 * so the file is self-contained.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
kutip_schema_to_json (KutipSchema *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (KUTIP_IS_SCHEMA (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "labels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->labels->len; i++)
    {
      const KutipLabel *label = g_ptr_array_index (self->labels, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, label->name);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, label->title);
      json_builder_set_member_name (builder, "color");
      json_builder_add_string_value (builder, label->color);
      json_builder_set_member_name (builder, "key");
      if (label->key != 0)
        {
          char buf[8] = { 0 };

          g_unichar_to_utf8 (label->key, buf);
          json_builder_add_string_value (builder, buf);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "attributes");
      json_builder_begin_array (builder);
      for (guint j = 0; label->attributes[j] != NULL; j++)
        json_builder_add_string_value (builder, label->attributes[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "relations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->relations->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (self->relations, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
fail (GError    **error,
      int         code,
      const char *where,
      const char *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError    **error,
      int         code,
      const char *where,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, KUTIP_ERROR, code, "%s: %s", where, message);
  return FALSE;
}

/* Reads an optional string member; FALSE (with @error) if it is there but
 * not a string. */
static gboolean
get_string_member (JsonObject  *object,
                   const char  *member,
                   const char  *where,
                   const char **value,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, KUTIP_ERROR_FORMAT, where, "“%s” must be a string", member);
  *value = json_node_get_string (node);
  return TRUE;
}

/* Reads an array of strings into a NULL-terminated vector. */
static gboolean
get_strv_member (JsonObject   *object,
                 const char   *member,
                 const char   *where,
                 char       ***value,
                 GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, KUTIP_ERROR_FORMAT, where, "“%s” must be an array of strings", member);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_autofree char *path = g_strdup_printf ("%s.%s[%u]", where, member, i);
          return fail (error, KUTIP_ERROR_FORMAT, path, "expected a string");
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *value = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
load_label (KutipSchema *self,
            JsonNode    *node,
            const char  *where,
            GError     **error)
{
  g_auto(GStrv) attributes = NULL;
  const char *name, *title, *color, *key_str;
  JsonObject *object;
  KutipLabel *label;
  gunichar key = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, KUTIP_ERROR_FORMAT, where, "a label must be an object");
  object = json_node_get_object (node);

  if (!get_string_member (object, "name", where, &name, error) ||
      !get_string_member (object, "title", where, &title, error) ||
      !get_string_member (object, "color", where, &color, error) ||
      !get_string_member (object, "key", where, &key_str, error) ||
      !get_strv_member (object, "attributes", where, &attributes, error))
    return FALSE;

  if (name == NULL)
    return fail (error, KUTIP_ERROR_FORMAT, where, "a label needs a “name”");
  if (!is_name (name))
    return fail (error, KUTIP_ERROR_INVALID_VALUE, where,
                 "label name “%s” must be non-empty and without spaces", name);
  if (color != NULL && !is_color (color))
    return fail (error, KUTIP_ERROR_INVALID_VALUE, where,
                 "colour “%s” is not of the form #rrggbb", color);
  if (key_str != NULL && *key_str != '\0')
    {
      if (!g_utf8_validate (key_str, -1, NULL) || g_utf8_strlen (key_str, -1) != 1)
        return fail (error, KUTIP_ERROR_INVALID_VALUE, where,
                     "key “%s” must be a single character", key_str);
      key = g_utf8_get_char (key_str);
    }

  if ((label = lookup_mutable (self, name)) != NULL)
    {
      const KutipLabel *other;

      /* A built-in label (or one listed twice) takes the file's look and
       * gains its attributes. */
      if (!label->builtin)
        return fail (error, KUTIP_ERROR_DUPLICATE_ID, where,
                     "label “%s” is defined twice", name);
      if (key != 0 && (other = kutip_schema_lookup_key (self, key)) != NULL && other != label)
        return fail (error, KUTIP_ERROR_INVALID_VALUE, where,
                     "key “%s” is already used by label “%s”", key_str, other->name);
      if (title != NULL)
        {
          g_free (label->title);
          label->title = g_strdup (title);
        }
      if (color != NULL)
        {
          g_free (label->color);
          label->color = g_strdup (color);
        }
      if (key != 0)
        set_label_key (self, label, key);
      merge_attributes (label, (const char * const *)attributes);
      return TRUE;
    }

  if (key != 0 && kutip_schema_lookup_key (self, key) != NULL)
    return fail (error, KUTIP_ERROR_INVALID_VALUE, where,
                 "key “%s” is already used by label “%s”",
                 key_str, kutip_schema_lookup_key (self, key)->name);

  return kutip_schema_add_label (self, name, title, color, key,
                                 (const char * const *)attributes, error);
}

/**
 * kutip_schema_new_from_json:
 * @node: the schema object, as written by kutip_schema_to_json()
 * @where: (nullable): the JSON path of @node, optionally after the file
 *   name, e.g. "a.kutip.json: $.schema"; error messages continue it
 *
 * The built-in labels are always present; the file may change their title,
 * colour and key and add attributes. Other labels are added in order.
 *
 * Returns: (transfer full) (nullable): the schema, or %NULL with @error
 *   naming the JSON path of the problem
 */
KutipSchema *
kutip_schema_new_from_json (JsonNode    *node,
                            const char  *where,
                            GError     **error)
{
  g_autoptr(KutipSchema) self = NULL;
  g_auto(GStrv) relations = NULL;
  JsonObject *object;
  JsonNode *labels;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (where == NULL)
    where = "$";

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, KUTIP_ERROR_FORMAT, where, "the schema must be an object");
      return NULL;
    }
  object = json_node_get_object (node);
  self = kutip_schema_new_default ();

  labels = json_object_get_member (object, "labels");
  if (labels != NULL && !JSON_NODE_HOLDS_NULL (labels))
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (labels))
        {
          g_autofree char *path = g_strdup_printf ("%s.labels", where);
          fail (error, KUTIP_ERROR_FORMAT, path, "expected an array of labels");
          return NULL;
        }

      array = json_node_get_array (labels);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s.labels[%u]", where, i);

          if (!load_label (self, json_array_get_element (array, i), path, error))
            {
              /* Errors from add_label carry no path yet. */
              if (error != NULL && *error != NULL && !g_str_has_prefix ((*error)->message, path))
                g_prefix_error (error, "%s: ", path);
              return NULL;
            }
        }
    }

  if (!get_strv_member (object, "relations", where, &relations, error))
    return NULL;
  for (guint i = 0; relations != NULL && relations[i] != NULL; i++)
    {
      if (*relations[i] == '\0')
        {
          g_autofree char *path = g_strdup_printf ("%s.relations[%u]", where, i);
          fail (error, KUTIP_ERROR_INVALID_VALUE, path, "a relation type cannot be empty");
          return NULL;
        }
      kutip_schema_add_relation (self, relations[i]);
    }

  return g_steal_pointer (&self);
}
