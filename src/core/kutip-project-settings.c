/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-settings.c: a project's settings: the defaults, writing
 * DIR/kutip-project.json, the settings themselves and the people merges.
 * Reading and checking the file is in kutip-project-settings-read.c.
 *
 * The JSON object read from the file is kept as it is and setters change
 * it in place, so saving writes back members Kutip does not know, and
 * members it could not read, untouched: a typo in one member never costs
 * the rest of the file. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-project-settings-private.h"
#include "kutip-suggester.h"
#include "kutip-text.h"

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KutipProjectSettings, kutip_project_settings, G_TYPE_OBJECT)

static guint signals [N_SIGNALS];

const KutipFamilyName _kutip_settings_families[3] = {
  { "dates", KUTIP_SUGGEST_DATES },
  { "claims", KUTIP_SUGGEST_CLAIMS },
  { "speakers", KUTIP_SUGGEST_SPEAKERS },
};


void
_kutip_settings_person_free (gpointer data)
{
  KutipMergedPerson *person = data;

  g_free (person->name);
  g_ptr_array_unref (person->aliases);
  g_free (person);
}

KutipMergedPerson *
_kutip_settings_person_new (const char *name)
{
  KutipMergedPerson *person = g_new0 (KutipMergedPerson, 1);

  person->name = g_strdup (name);
  person->aliases = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  return person;
}

static void
kutip_project_settings_finalize (GObject *object)
{
  KutipProjectSettings *self = (KutipProjectSettings *)object;

  g_clear_pointer (&self->root, json_object_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_object (&self->schema);
  g_clear_pointer (&self->person_of, g_hash_table_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->bad_people, g_ptr_array_unref);

  G_OBJECT_CLASS (kutip_project_settings_parent_class)->finalize (object);
}

static void
kutip_project_settings_class_init (KutipProjectSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kutip_project_settings_finalize;

  /**
   * KutipProjectSettings::changed:
   *
   * A setting changed (name, language, schema, people), in memory; it
   * reaches the file with kutip_project_settings_save().
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kutip_project_settings_init (KutipProjectSettings *self)
{
  self->root = json_object_new ();
  self->writable = TRUE;
  self->schema = kutip_schema_new_default ();
  self->families = KUTIP_SUGGEST_ALL;
  self->people = g_ptr_array_new_with_free_func (_kutip_settings_person_free);
  self->bad_people = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  self->person_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* g_set_str() arrives in GLib 2.76. */
gboolean
_kutip_settings_set_str (char       **slot,
                         const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

char *
_kutip_settings_fold_name (const char *name)
{
  return kutip_utf8_fold_for_match (name, -1);
}

static JsonNode *
families_to_json (guint families)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < G_N_ELEMENTS (_kutip_settings_families); i++)
    if (families & _kutip_settings_families[i].bit)
      json_array_add_string_element (array, _kutip_settings_families[i].name);
  json_node_take_array (node, array);
  return node;
}

static void
write_people_member (KutipProjectSettings *self)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < self->people->len; i++)
    {
      KutipMergedPerson *person = g_ptr_array_index (self->people, i);
      JsonObject *entry = json_object_new ();
      JsonArray *aliases = json_array_new ();

      json_object_set_string_member (entry, "name", person->name);
      for (guint k = 0; k < person->aliases->len; k++)
        json_array_add_string_element (aliases, g_ptr_array_index (person->aliases, k));
      json_object_set_array_member (entry, "aliases", aliases);
      json_array_add_object_element (array, entry);
    }
  for (guint i = 0; i < self->bad_people->len; i++)
    json_array_add_element (array, json_node_copy (g_ptr_array_index (self->bad_people, i)));
  json_object_set_array_member (self->root, "people", array);
}

/**
 * kutip_project_settings_new:
 * @name: (nullable): the project's name, usually its folder's name
 *
 * Returns: (transfer full): the settings a new project starts with
 */
KutipProjectSettings *
kutip_project_settings_new (const char *name)
{
  KutipProjectSettings *self = g_object_new (KUTIP_TYPE_PROJECT_SETTINGS, NULL);
  JsonObject *suggest = json_object_new ();

  self->name = g_strdup (name);
  json_object_set_string_member (self->root, "format", KUTIP_PROJECT_FORMAT_NAME);
  json_object_set_int_member (self->root, "version", KUTIP_PROJECT_FORMAT_VERSION);
  if (name != NULL)
    json_object_set_string_member (self->root, "name", name);
  else
    json_object_set_null_member (self->root, "name");
  json_object_set_null_member (self->root, "language");
  json_object_set_member (self->root, "schema", kutip_schema_to_json (self->schema));
  json_object_set_member (suggest, "families", families_to_json (self->families));
  json_object_set_double_member (suggest, "min_confidence", self->min_confidence);
  json_object_set_object_member (self->root, "suggest", suggest);
  write_people_member (self);
  return self;
}

gboolean
_kutip_settings_language_is_known (const char *language)
{
  return g_strcmp0 (language, "id") == 0 || g_strcmp0 (language, "en") == 0;
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

gboolean
kutip_project_settings_is_writable (KutipProjectSettings *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), FALSE);
  return self->writable;
}

/**
 * kutip_project_settings_save:
 *
 * Returns: %TRUE on success; otherwise %KUTIP_ERROR_IO naming the file, or
 *   %KUTIP_ERROR_PARSE when the file on disk could not be read (fix it
 *   first: writing would throw away what is in it)
 */
gboolean
kutip_project_settings_save (KutipProjectSettings  *self,
                             const char            *path,
                             GError               **error)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->writable)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE,
                   "%s: not saved: the file could not be read, and writing it would throw "
                   "away what is in it; correct it first", path);
      return FALSE;
    }

  node = json_node_init_object (json_node_alloc (), self->root);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &len);
  {
    g_autofree char *with_newline = g_strconcat (data, "\n", NULL);

    g_free (data);
    data = g_steal_pointer (&with_newline);
    len++;
  }

  /* Atomic, through links, under the lock every save of Kutip takes. */
  if (!kutip_file_replace_contents (path, data, len, error))
    return FALSE;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Settings                                                                */

const char *
kutip_project_settings_get_name (KutipProjectSettings *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), NULL);
  return self->name;
}

void
kutip_project_settings_set_name (KutipProjectSettings *self,
                                 const char           *name)
{
  g_return_if_fail (KUTIP_IS_PROJECT_SETTINGS (self));

  if (!_kutip_settings_set_str (&self->name, name))
    return;
  if (name != NULL)
    json_object_set_string_member (self->root, "name", name);
  else
    json_object_set_null_member (self->root, "name");
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kutip_project_settings_get_language:
 * Returns: (nullable): "id", "en", or %NULL (detect)
 */
const char *
kutip_project_settings_get_language (KutipProjectSettings *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), NULL);
  return self->language;
}

gboolean
kutip_project_settings_set_language (KutipProjectSettings  *self,
                                     const char            *language,
                                     GError               **error)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), FALSE);

  if (language != NULL && !_kutip_settings_language_is_known (language))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "“%s” is not a language Kutip knows (id, en)", language);
      return FALSE;
    }
  if (!_kutip_settings_set_str (&self->language, language))
    return TRUE;
  if (language != NULL)
    json_object_set_string_member (self->root, "language", language);
  else
    json_object_set_null_member (self->root, "language");
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * kutip_project_settings_get_schema:
 * Returns: (transfer none): the project's labels
 */
KutipSchema *
kutip_project_settings_get_schema (KutipProjectSettings *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), NULL);
  return self->schema;
}

void
kutip_project_settings_set_schema (KutipProjectSettings *self,
                                   KutipSchema          *schema)
{
  g_return_if_fail (KUTIP_IS_PROJECT_SETTINGS (self));
  g_return_if_fail (KUTIP_IS_SCHEMA (schema));

  g_set_object (&self->schema, schema);
  json_object_set_member (self->root, "schema", kutip_schema_to_json (schema));
  g_signal_emit (self, signals[CHANGED], 0);
}

guint
kutip_project_settings_get_suggest_families (KutipProjectSettings *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), KUTIP_SUGGEST_ALL);
  return self->families;
}

double
kutip_project_settings_get_min_confidence (KutipProjectSettings *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), 0);
  return self->min_confidence;
}

/* ---------------------------------------------------------------------- */
/* People                                                                  */

guint
kutip_project_settings_get_n_people (KutipProjectSettings *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), 0);
  return self->people->len;
}

const char *
kutip_project_settings_get_person (KutipProjectSettings  *self,
                                   guint                  position,
                                   const char * const   **aliases)
{
  KutipMergedPerson *person;

  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), NULL);
  g_return_val_if_fail (position < self->people->len, NULL);

  person = g_ptr_array_index (self->people, position);
  if (aliases != NULL)
    *aliases = (const char * const *) person->aliases->pdata;
  return person->name;
}

const char *
kutip_project_settings_lookup_person (KutipProjectSettings *self,
                                      const char           *name)
{
  g_autofree char *key = NULL;
  KutipMergedPerson *person;

  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_hash_table_size (self->person_of) == 0)
    return NULL;
  key = _kutip_settings_fold_name (name);
  person = g_hash_table_lookup (self->person_of, key);
  return person != NULL ? person->name : NULL;
}

static void
forget_person (KutipProjectSettings *self,
               KutipMergedPerson               *person)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->person_of);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == person)
      g_hash_table_iter_remove (&iter);
  g_ptr_array_remove (self->people, person);
}

gboolean
kutip_project_settings_merge_people (KutipProjectSettings  *self,
                                     const char            *name,
                                     const char            *alias,
                                     GError               **error)
{
  g_autofree char *name_key = NULL;
  g_autofree char *alias_key = NULL;
  KutipMergedPerson *into;
  KutipMergedPerson *from;

  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), FALSE);
  g_return_val_if_fail (name != NULL && alias != NULL, FALSE);

  name_key = _kutip_settings_fold_name (name);
  alias_key = _kutip_settings_fold_name (alias);
  if (*name_key == '\0' || *alias_key == '\0')
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE, "a name cannot be empty");
      return FALSE;
    }

  into = g_hash_table_lookup (self->person_of, name_key);
  from = g_hash_table_lookup (self->person_of, alias_key);
  if (strcmp (name_key, alias_key) == 0 || (into != NULL && into == from))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID,
                   "“%s” and “%s” are already one person", name, alias);
      return FALSE;
    }

  if (into == NULL)
    {
      into = _kutip_settings_person_new (name);
      g_ptr_array_add (self->people, into);
      g_hash_table_insert (self->person_of, g_steal_pointer (&name_key), into);
    }

  if (from == NULL)
    {
      g_ptr_array_add (into->aliases, g_strdup (alias));
      g_hash_table_insert (self->person_of, g_steal_pointer (&alias_key), into);
    }
  else
    {
      /* @alias belongs to another person: all of that person's names come. */
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (names, g_strdup (from->name));
      for (guint i = 0; i < from->aliases->len; i++)
        g_ptr_array_add (names, g_strdup (g_ptr_array_index (from->aliases, i)));
      forget_person (self, from);
      for (guint i = 0; i < names->len; i++)
        {
          const char *other = g_ptr_array_index (names, i);

          g_ptr_array_add (into->aliases, g_strdup (other));
          g_hash_table_insert (self->person_of, _kutip_settings_fold_name (other), into);
        }
    }

  write_people_member (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
kutip_project_settings_unmerge (KutipProjectSettings *self,
                                const char           *name)
{
  g_autofree char *key = NULL;
  KutipMergedPerson *person;

  g_return_val_if_fail (KUTIP_IS_PROJECT_SETTINGS (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  key = _kutip_settings_fold_name (name);
  person = g_hash_table_lookup (self->person_of, key);
  if (person == NULL)
    return FALSE;

  {
    g_autofree char *own = _kutip_settings_fold_name (person->name);

    if (strcmp (own, key) == 0)
      forget_person (self, person);
    else
      {
        for (guint i = 0; i < person->aliases->len; i++)
          {
            const char *name_i = g_ptr_array_index (person->aliases, i);
            g_autofree char *alias = _kutip_settings_fold_name (name_i);

            if (strcmp (alias, key) == 0)
              {
                g_ptr_array_remove_index (person->aliases, i);
                break;
              }
          }
        g_hash_table_remove (self->person_of, key);
        if (person->aliases->len == 0)
          forget_person (self, person);
      }
  }

  write_people_member (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
