/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-settings-read.c: reads and checks DIR/kutip-project.json.
 * Never fails as a whole: each problem names the file and the JSON path
 * (or line and column) and spoils only its own member, which keeps its
 * default while the rest is read. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-json-reader.h"
#include "kutip-project-settings-private.h"
#include "kutip-text.h"

typedef struct
{
  const char *file;
  GPtrArray  *problems;
} Reading;

static void problem (Reading    *reading,
                     KutipError  code,
                     const char *json_path,
                     const char *format,
                     ...) G_GNUC_PRINTF (4, 5);

static void
problem (Reading    *reading,
         KutipError  code,
         const char *json_path,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (reading->problems != NULL)
    g_ptr_array_add (reading->problems,
                     g_error_new (KUTIP_ERROR, code, "%s: %s: %s", reading->file, json_path,
                                  message));
}

static const char *
type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT: return "an object";
    case JSON_NODE_ARRAY: return "an array";
    case JSON_NODE_NULL: return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING: return "a string";
    case G_TYPE_BOOLEAN: return "a boolean";
    default: return "a number";
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

/* A string or null member; FALSE (with a problem) for another type. */
static gboolean
read_nullable_string (Reading     *reading,
                      JsonObject  *object,
                      const char  *member,
                      const char  *json_path,
                      const char **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!is_string (node))
    {
      problem (reading, KUTIP_ERROR_FORMAT, json_path, "expected a string or null, not %s",
               type_name (node));
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

static void
read_suggest (KutipProjectSettings *self,
              Reading              *reading,
              JsonNode             *node)
{
  JsonObject *object;
  JsonNode *families;
  JsonNode *min_confidence;

  if (JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (reading, KUTIP_ERROR_FORMAT, "$.suggest", "expected an object, not %s",
               type_name (node));
      return;
    }
  object = json_node_get_object (node);

  families = json_object_get_member (object, "families");
  if (families != NULL && !JSON_NODE_HOLDS_NULL (families))
    {
      guint bits = 0;
      gboolean ok = TRUE;

      if (!JSON_NODE_HOLDS_ARRAY (families))
        {
          problem (reading, KUTIP_ERROR_FORMAT, "$.suggest.families",
                   "expected an array of “dates”, “claims”, “speakers”, not %s",
                   type_name (families));
          ok = FALSE;
        }
      for (guint i = 0; ok && i < json_array_get_length (json_node_get_array (families)); i++)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (families), i);
          g_autofree char *at = g_strdup_printf ("$.suggest.families[%u]", i);
          guint bit = 0;

          for (guint k = 0; is_string (element) && k < G_N_ELEMENTS (_kutip_settings_families); k++)
            if (strcmp (json_node_get_string (element), _kutip_settings_families[k].name) == 0)
              bit = _kutip_settings_families[k].bit;
          if (bit == 0)
            {
              if (is_string (element))
                problem (reading, KUTIP_ERROR_INVALID_VALUE, at,
                         "“%s” is not a suggestion family (dates, claims, speakers)",
                         json_node_get_string (element));
              else
                problem (reading, KUTIP_ERROR_FORMAT, at, "expected a string, not %s",
                         type_name (element));
              ok = FALSE;
            }
          bits |= bit;
        }
      if (ok)
        self->families = bits;
    }

  min_confidence = json_object_get_member (object, "min_confidence");
  if (min_confidence != NULL && !JSON_NODE_HOLDS_NULL (min_confidence))
    {
      double value;

      if (!is_number (min_confidence))
        problem (reading, KUTIP_ERROR_FORMAT, "$.suggest.min_confidence",
                 "expected a number, not %s", type_name (min_confidence));
      else if (!((value = json_node_get_double (min_confidence)) >= 0 && value <= 1))
        problem (reading, KUTIP_ERROR_INVALID_VALUE, "$.suggest.min_confidence",
                 "%g is not between 0 and 1", value);
      else
        self->min_confidence = value;
    }
}

/* Registers @name as a name of @person; FALSE if another person has it. */
static gboolean
claim_name (KutipProjectSettings  *self,
            KutipMergedPerson                *person,
            const char            *name,
            KutipMergedPerson               **owner)
{
  g_autofree char *key = _kutip_settings_fold_name (name);

  *owner = g_hash_table_lookup (self->person_of, key);
  if (*owner != NULL)
    return FALSE;
  g_hash_table_insert (self->person_of, g_steal_pointer (&key), person);
  return TRUE;
}

static guint
person_position (KutipProjectSettings *self,
                 KutipMergedPerson               *person)
{
  guint position = 0;

  g_ptr_array_find (self->people, person, &position);
  return position;
}

static void
read_person (KutipProjectSettings *self,
             Reading              *reading,
             JsonNode             *node,
             guint                 index)
{
  g_autofree char *at = g_strdup_printf ("$.people[%u]", index);
  g_autofree char *name_at = g_strdup_printf ("%s.name", at);
  JsonObject *object;
  JsonNode *name;
  JsonNode *aliases;
  KutipMergedPerson *person;
  KutipMergedPerson *owner;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (reading, KUTIP_ERROR_FORMAT, at,
               "expected an object {\"name\", \"aliases\"}, not %s", type_name (node));
      g_ptr_array_add (self->bad_people, json_node_copy (node));
      return;
    }
  object = json_node_get_object (node);
  name = json_object_get_member (object, "name");
  aliases = json_object_get_member (object, "aliases");

  if (name == NULL || !is_string (name) || *json_node_get_string (name) == '\0')
    {
      if (name == NULL)
        problem (reading, KUTIP_ERROR_FORMAT, at, "the member “name” is missing");
      else if (!is_string (name))
        problem (reading, KUTIP_ERROR_FORMAT, name_at, "expected a string, not %s",
                 type_name (name));
      else
        problem (reading, KUTIP_ERROR_INVALID_VALUE, name_at, "a name cannot be empty");
      g_ptr_array_add (self->bad_people, json_node_copy (node));
      return;
    }
  if (aliases != NULL && !JSON_NODE_HOLDS_NULL (aliases) && !JSON_NODE_HOLDS_ARRAY (aliases))
    {
      g_autofree char *aliases_at = g_strdup_printf ("%s.aliases", at);

      problem (reading, KUTIP_ERROR_FORMAT, aliases_at, "expected an array of names, not %s",
               type_name (aliases));
      g_ptr_array_add (self->bad_people, json_node_copy (node));
      return;
    }

  person = _kutip_settings_person_new (json_node_get_string (name));
  if (!claim_name (self, person, person->name, &owner))
    {
      problem (reading, KUTIP_ERROR_DUPLICATE_ID, name_at,
               "“%s” is already a name of $.people[%u] (“%s”)", person->name,
               person_position (self, owner), owner->name);
      _kutip_settings_person_free (person);
      g_ptr_array_add (self->bad_people, json_node_copy (node));
      return;
    }
  g_ptr_array_add (self->people, person);

  for (guint i = 0; aliases != NULL && JSON_NODE_HOLDS_ARRAY (aliases) &&
                    i < json_array_get_length (json_node_get_array (aliases)); i++)
    {
      JsonNode *alias = json_array_get_element (json_node_get_array (aliases), i);
      g_autofree char *alias_at = g_strdup_printf ("%s.aliases[%u]", at, i);

      if (!is_string (alias))
        problem (reading, KUTIP_ERROR_FORMAT, alias_at, "expected a string, not %s",
                 type_name (alias));
      else if (*json_node_get_string (alias) == '\0')
        problem (reading, KUTIP_ERROR_INVALID_VALUE, alias_at, "a name cannot be empty");
      else if (!claim_name (self, person, json_node_get_string (alias), &owner))
        problem (reading, KUTIP_ERROR_DUPLICATE_ID, alias_at,
                 "“%s” is already a name of $.people[%u] (“%s”)",
                 json_node_get_string (alias), person_position (self, owner), owner->name);
      else
        g_ptr_array_add (person->aliases, g_strdup (json_node_get_string (alias)));
    }
}

static void
read_members (KutipProjectSettings *self,
              Reading              *reading)
{
  JsonObject *root = self->root;
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  JsonNode *schema = json_object_get_member (root, "schema");
  JsonNode *suggest = json_object_get_member (root, "suggest");
  JsonNode *people = json_object_get_member (root, "people");
  const char *value;

  if (format == NULL)
    problem (reading, KUTIP_ERROR_FORMAT, "$",
             "not a Kutip project file: the member “format” (\"%s\") is missing",
             KUTIP_PROJECT_FORMAT_NAME);
  else if (!is_string (format) || strcmp (json_node_get_string (format),
                                          KUTIP_PROJECT_FORMAT_NAME) != 0)
    problem (reading, KUTIP_ERROR_FORMAT, "$.format", "expected \"%s\"",
             KUTIP_PROJECT_FORMAT_NAME);

  if (version == NULL)
    problem (reading, KUTIP_ERROR_FORMAT, "$", "the member “version” is missing");
  else if (!is_number (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    problem (reading, KUTIP_ERROR_FORMAT, "$.version", "expected an integer, not %s",
             type_name (version));
  else if (json_node_get_int (version) != KUTIP_PROJECT_FORMAT_VERSION)
    {
      /* A newer Kutip wrote it: reading on would guess, writing would
       * downgrade it. */
      problem (reading, KUTIP_ERROR_VERSION, "$.version",
               "version %" G_GINT64_FORMAT " is not supported (this Kutip reads version %d); "
               "the project opens with default settings and the file is left as it is",
               json_node_get_int (version), KUTIP_PROJECT_FORMAT_VERSION);
      self->writable = FALSE;
      return;
    }

  if (read_nullable_string (reading, root, "name", "$.name", &value) && value != NULL)
    _kutip_settings_set_str (&self->name, value);

  if (read_nullable_string (reading, root, "language", "$.language", &value) && value != NULL)
    {
      if (_kutip_settings_language_is_known (value))
        self->language = g_strdup (value);
      else
        problem (reading, KUTIP_ERROR_INVALID_VALUE, "$.language",
                 "“%s” is not a language Kutip knows (id, en)", value);
    }

  if (schema != NULL && !JSON_NODE_HOLDS_NULL (schema))
    {
      g_autofree char *where = g_strdup_printf ("%s: $.schema", reading->file);
      GError *local_error = NULL;
      KutipSchema *parsed = kutip_schema_new_from_json (schema, where, &local_error);

      if (parsed != NULL)
        {
          g_object_unref (self->schema);
          self->schema = parsed;
        }
      else if (reading->problems != NULL)
        g_ptr_array_add (reading->problems, local_error);
      else
        g_error_free (local_error);
    }

  if (suggest != NULL)
    read_suggest (self, reading, suggest);

  if (people != NULL && !JSON_NODE_HOLDS_NULL (people))
    {
      if (!JSON_NODE_HOLDS_ARRAY (people))
        problem (reading, KUTIP_ERROR_FORMAT, "$.people", "expected an array, not %s",
                 type_name (people));
      else
        for (guint i = 0; i < json_array_get_length (json_node_get_array (people)); i++)
          read_person (self, reading, json_array_get_element (json_node_get_array (people), i),
                       i);
    }
}

/**
 * kutip_project_settings_load:
 * @path: the settings file
 * @default_name: (nullable): the name when the file gives none
 * @problems: (element-type GError) (nullable): where problems go
 *
 * Returns: (transfer full): the settings; never %NULL
 */
KutipProjectSettings *
kutip_project_settings_load (const char *path,
                             const char *default_name,
                             GPtrArray  *problems)
{
  g_autoptr(KutipProjectSettings) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  GError *syntax_error = NULL;
  KutipJsonReader r = { 0 };
  Reading reading = { path, problems };
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  self = kutip_project_settings_new (default_name);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    return g_steal_pointer (&self);
  if (!kutip_file_get_contents (path, &data, &len, &error))
    {
      if (problems != NULL)
        g_ptr_array_add (problems, g_steal_pointer (&error));
      self->writable = FALSE;
      return g_steal_pointer (&self);
    }

  if (!kutip_utf8_check (data, len, path, &syntax_error))
    {
      self->writable = FALSE;
      if (problems != NULL)
        g_ptr_array_add (problems, syntax_error);
      else
        g_error_free (syntax_error);
      return g_steal_pointer (&self);
    }

  r.start = r.p = data;
  r.end = data + len;
  r.where = path;
  r.error = &syntax_error;
  r.scratch = g_string_new (NULL);
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    r.p += 3;
  kutip_json_skip_ws (&r);
  if (r.p >= r.end)
    _kutip_json_syntax_error (&r, "the file is empty");
  else
    root = _kutip_json_read_node (&r);
  if (root != NULL)
    {
      kutip_json_skip_ws (&r);
      if (r.p < r.end)
        {
          _kutip_json_syntax_error (&r, "unexpected content after the end of the settings");
          g_clear_pointer (&root, json_node_unref);
        }
    }
  g_string_free (r.scratch, TRUE);

  if (root == NULL)
    {
      self->writable = FALSE;
      if (problems != NULL)
        g_ptr_array_add (problems, syntax_error);
      else
        g_error_free (syntax_error);
      return g_steal_pointer (&self);
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      problem (&reading, KUTIP_ERROR_FORMAT, "$",
               "the settings must be a JSON object, not %s", type_name (root));
      self->writable = FALSE;
      return g_steal_pointer (&self);
    }

  /* Read from the file's own object; the defaults only fill what it lacks. */
  json_object_unref (self->root);
  self->root = json_object_ref (json_node_get_object (root));
  g_ptr_array_set_size (self->people, 0);
  g_hash_table_remove_all (self->person_of);
  read_members (self, &reading);

  return g_steal_pointer (&self);
}

