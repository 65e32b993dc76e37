/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-import.c: builds one imported document: maps foreign labels,
 * converts and checks offsets, resolves relation ends. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

struct _KutipDocBuilder
{
  KutipImportContext *ctx;
  KutipDocument      *document;
  KutipText          *text;
  char               *origin;
  GPtrArray          *annotations;
  GPtrArray          *relations;
  GPtrArray          *entities;
  GHashTable         *by_id;       /* annotation id -> KutipAnnotation */
  GHashTable         *dropped_ids; /* ids of spans whose label was dropped */
  GHashTable         *entity_by_id;
  GHashTable         *entity_of;   /* mention id -> entity id */
  GHashTable         *custom_relations;
  guint               n_custom_labels;
  guint               next_id;
};

/* Colours for labels that imports add (GNOME palette). */
static const char * const custom_colors[] = {
  "#26a269", "#e66100", "#813d9c", "#c64600", "#1c71d8", "#865e3c", "#5e5c64",
};

static char *
normalize_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p; p++)
    if (*p != '-' && *p != '_' && *p != ' ')
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

/* Returns the Kutip name for @foreign, or NULL to drop. *@custom is set
 * when the name is kept as a custom one. */
static const char *
map_name (KutipImportContext *ctx,
          const char         *foreign,
          const char * const *builtins,
          gboolean           *custom)
{
  const KutipImportOptions *options = ctx->options;
  const char *mapped;
  g_autofree char *normal = NULL;

  *custom = FALSE;

  if (options->label_map != NULL &&
      (mapped = g_hash_table_lookup (options->label_map, foreign)) != NULL)
    {
      for (guint i = 0; builtins[i] != NULL; i++)
        if (strcmp (builtins[i], mapped) == 0)
          return builtins[i];
      *custom = TRUE;
      return mapped;
    }

  normal = normalize_name (foreign);
  for (guint i = 0; builtins[i] != NULL; i++)
    {
      g_autofree char *builtin = normalize_name (builtins[i]);

      if (strcmp (normal, builtin) == 0)
        return builtins[i];
    }

  if (options->keep_unmapped)
    {
      *custom = TRUE;
      return foreign;
    }

  if (options->dropped != NULL)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (options->dropped, foreign));

      g_hash_table_replace (options->dropped, g_strdup (foreign), GUINT_TO_POINTER (count + 1));
    }

  return NULL;
}

KutipDocBuilder *
_kutip_doc_builder_new (KutipImportContext  *ctx,
                        const char          *text,
                        gssize               n_bytes,
                        guint                line,
                        GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  KutipDocBuilder *self;
  KutipText *ktext;

  ktext = kutip_text_new (text, n_bytes, &local_error);
  if (ktext == NULL)
    {
      _kutip_import_error (ctx, error, line, KUTIP_ERROR_INVALID_UTF8, "%s",
                           local_error->message);
      return NULL;
    }

  self = g_new0 (KutipDocBuilder, 1);
  self->ctx = ctx;
  self->text = ktext;
  self->document = kutip_document_new (ktext);
  self->origin = g_strconcat ("import:", ctx->format->name, NULL);
  self->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  self->relations = g_ptr_array_new_with_free_func (g_object_unref);
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->dropped_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->entity_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->entity_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->custom_relations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return self;
}

KutipDocument *
_kutip_doc_builder_get_document (KutipDocBuilder *self)
{
  return self->document;
}

KutipText *
_kutip_doc_builder_get_text (KutipDocBuilder *self)
{
  return self->text;
}

static gboolean
convert_offset (KutipDocBuilder *self,
                gint64           value,
                gboolean         codepoints,
                guint           *offset)
{
  KutipOffsetUnit unit = codepoints ? KUTIP_OFFSET_CODEPOINT : self->ctx->options->offsets;
  gsize result;

  if (value < 0)
    return FALSE;

  switch (unit)
    {
    case KUTIP_OFFSET_CODEPOINT:
      if ((guint64) value > kutip_text_get_length (self->text))
        return FALSE;
      *offset = (guint) value;
      return TRUE;
    case KUTIP_OFFSET_UTF16:
    case KUTIP_OFFSET_BYTE:
    default:
      if (!kutip_text_convert_offset (self->text, (gsize) value, unit,
                                      KUTIP_OFFSET_CODEPOINT, &result))
        return FALSE;
      *offset = (guint) result;
      return TRUE;
    }
}

static char *
new_id (KutipDocBuilder *self,
        const char      *prefix,
        GHashTable      *taken)
{
  for (;;)
    {
      char *id = g_strdup_printf ("%s%u", prefix, ++self->next_id);

      if (taken == NULL || !g_hash_table_contains (taken, id))
        return id;
      g_free (id);
    }
}

/* Adds a label the import keeps to the schema on first use, so a name the
 * schema refuses (empty, with spaces) is reported at its line. */
static gboolean
add_custom_label (KutipDocBuilder  *self,
                  const char       *name,
                  guint             line,
                  GError          **error)
{
  KutipSchema *schema = kutip_document_get_schema (self->document);
  g_autoptr(GError) local_error = NULL;
  const char *color;

  if (kutip_schema_lookup (schema, name) != NULL)
    return TRUE;

  color = custom_colors[self->n_custom_labels++ % G_N_ELEMENTS (custom_colors)];
  if (!kutip_schema_add_label (schema, name, name, color, 0, NULL, &local_error))
    {
      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_INVALID_VALUE,
                           "cannot keep label “%s”: %s (map it with --map)", name,
                           local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kutip_doc_builder_add_span (KutipDocBuilder   *self,
                             const char        *id,
                             const char        *label,
                             gint64             start,
                             gint64             end,
                             gboolean           codepoints,
                             const char        *expected,
                             guint              line,
                             KutipAnnotation  **annotation,
                             GError           **error)
{
  static const char * const builtins[] = {
    KUTIP_LABEL_SPEAKER, KUTIP_LABEL_CLAIM, KUTIP_LABEL_DATE, NULL
  };
  g_autoptr(KutipAnnotation) item = NULL;
  g_autofree char *own_id = NULL;
  const char *name;
  gboolean custom;
  guint cp_start, cp_end;

  *annotation = NULL;

  if (id != NULL && (g_hash_table_contains (self->by_id, id) ||
                     g_hash_table_contains (self->dropped_ids, id)))
    {
      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_DUPLICATE_ID,
                           "span id “%s” is used twice", id);
      return FALSE;
    }

  if (!convert_offset (self, start, codepoints, &cp_start) ||
      !convert_offset (self, end, codepoints, &cp_end) || cp_start > cp_end)
    {
      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_OFFSET,
                           "span [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ") “%s” does not fit "
                           "the text (%u code points, %" G_GSIZE_FORMAT " UTF-16 units)",
                           start, end, label, kutip_text_get_length (self->text),
                           kutip_text_get_utf16_length (self->text));
      return FALSE;
    }

  if (expected != NULL && !kutip_text_slice_equal (self->text, cp_start, cp_end, expected))
    {
      g_autofree char *actual = kutip_text_dup_slice (self->text, cp_start, cp_end);

      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_TEXT_MISMATCH,
                           "span [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ") says it covers "
                           "“%s” but the text there is “%s” (wrong offset unit?)",
                           start, end, expected, actual);
      return FALSE;
    }

  /* A Kutip span covers at least one character and an empty one holds no
   * text: it is dropped and counted, with its relations. */
  if (cp_start == cp_end)
    {
      if (self->ctx->options->n_empty != NULL)
        (*self->ctx->options->n_empty)++;
      if (id != NULL)
        g_hash_table_add (self->dropped_ids, g_strdup (id));
      return TRUE;
    }

  name = map_name (self->ctx, label, builtins, &custom);
  if (name == NULL)
    {
      if (id != NULL)
        g_hash_table_add (self->dropped_ids, g_strdup (id));
      return TRUE;
    }
  if (custom && !add_custom_label (self, name, line, error))
    return FALSE;

  if (id == NULL || *id == '\0')
    id = own_id = new_id (self, "a", self->by_id);

  item = kutip_annotation_new (name, cp_start, cp_end);
  kutip_annotation_set_id (item, id);
  {
    g_autofree char *covered = kutip_text_dup_slice (self->text, cp_start, cp_end);

    kutip_annotation_set_text (item, covered);
  }
  kutip_annotation_set_status (item, KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_origin (item, self->origin);

  g_hash_table_insert (self->by_id, g_strdup (id), item);
  *annotation = item;
  g_ptr_array_add (self->annotations, g_steal_pointer (&item));

  return TRUE;
}

gboolean
_kutip_doc_builder_is_dropped (KutipDocBuilder *self,
                               const char      *id)
{
  return g_hash_table_contains (self->dropped_ids, id);
}

gboolean
_kutip_doc_builder_add_relation (KutipDocBuilder  *self,
                                 const char       *type,
                                 const char       *from_id,
                                 const char       *to_id,
                                 KutipStatus       status,
                                 guint             line,
                                 GError          **error)
{
  static const char * const builtins[] = {
    KUTIP_RELATION_SAID_BY, KUTIP_RELATION_DATED, KUTIP_RELATION_FRAGMENT_OF, NULL
  };
  g_autoptr(KutipRelation) relation = NULL;
  g_autofree char *id = NULL;
  const char *name;
  gboolean custom;

  if (g_hash_table_contains (self->dropped_ids, from_id) ||
      g_hash_table_contains (self->dropped_ids, to_id))
    return TRUE;

  if (!g_hash_table_contains (self->by_id, from_id) ||
      !g_hash_table_contains (self->by_id, to_id))
    {
      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_UNKNOWN_REFERENCE,
                           "relation “%s” links span “%s” to span “%s”, but there is no span “%s”",
                           type, from_id, to_id,
                           g_hash_table_contains (self->by_id, from_id) ? to_id : from_id);
      return FALSE;
    }

  name = map_name (self->ctx, type, builtins, &custom);
  if (name == NULL)
    return TRUE;
  if (*name == '\0')
    {
      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_INVALID_VALUE,
                           "relation from span “%s” to span “%s” has an empty type",
                           from_id, to_id);
      return FALSE;
    }
  if (custom)
    g_hash_table_add (self->custom_relations, g_strdup (name));

  relation = kutip_relation_new (name, from_id, to_id);
  id = g_strdup_printf ("r%u", self->relations->len + 1);
  kutip_relation_set_id (relation, id);
  kutip_relation_set_status (relation, status);
  kutip_relation_set_origin (relation, self->origin);
  g_ptr_array_add (self->relations, g_steal_pointer (&relation));

  return TRUE;
}

gboolean
_kutip_doc_builder_add_mention (KutipDocBuilder  *self,
                                const char       *entity_id,
                                const char       *name,
                                const char       *mention_id,
                                guint             line,
                                GError          **error)
{
  KutipEntity *entity;
  const char *other;

  if (!g_hash_table_contains (self->by_id, mention_id))
    return TRUE;

  /* A span is one person: Kutip refuses a mention of two entities. */
  other = g_hash_table_lookup (self->entity_of, mention_id);
  if (other != NULL && strcmp (other, entity_id) != 0)
    {
      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_INVALID_VALUE,
                           "span “%s” is already a mention of entity “%s”, not also of “%s”",
                           mention_id, other, entity_id);
      return FALSE;
    }
  if (*entity_id == '\0')
    {
      _kutip_import_error (self->ctx, error, line, KUTIP_ERROR_INVALID_VALUE,
                           "span “%s” names an entity with an empty id", mention_id);
      return FALSE;
    }

  entity = g_hash_table_lookup (self->entity_by_id, entity_id);
  if (entity == NULL)
    {
      entity = kutip_entity_new (name);
      kutip_entity_set_id (entity, entity_id);
      g_hash_table_insert (self->entity_by_id, g_strdup (entity_id), entity);
      g_ptr_array_add (self->entities, entity);
    }

  if (!kutip_entity_has_mention (entity, mention_id))
    {
      kutip_entity_add_mention (entity, mention_id);
      g_hash_table_insert (self->entity_of, g_strdup (mention_id), g_strdup (entity_id));
    }
  return TRUE;
}

static int
compare_annotations (gconstpointer a,
                     gconstpointer b)
{
  return kutip_annotation_compare (*(KutipAnnotation **) a, *(KutipAnnotation **) b);
}

gboolean
_kutip_doc_builder_finish (KutipDocBuilder  *self,
                           GError          **error)
{
  KutipSchema *schema = kutip_document_get_schema (self->document);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->custom_relations);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!kutip_schema_has_relation (schema, key))
      kutip_schema_add_relation (schema, key);
  if (!kutip_schema_has_relation (schema, KUTIP_RELATION_FRAGMENT_OF))
    {
      for (guint i = 0; i < self->relations->len; i++)
        if (strcmp (kutip_relation_get_rtype (g_ptr_array_index (self->relations, i)),
                    KUTIP_RELATION_FRAGMENT_OF) == 0)
          {
            kutip_schema_add_relation (schema, KUTIP_RELATION_FRAGMENT_OF);
            break;
          }
    }

  g_ptr_array_sort (self->annotations, compare_annotations);
  kutip_document_load_contents (self->document, self->annotations, self->relations,
                                self->entities);
  kutip_document_mark_saved (self->document);
  g_ptr_array_add (self->ctx->documents, g_object_ref (self->document));

  return TRUE;
}

void
_kutip_doc_builder_free (KutipDocBuilder *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->document);
  g_clear_pointer (&self->text, kutip_text_unref);
  g_free (self->origin);
  g_ptr_array_unref (self->annotations);
  g_ptr_array_unref (self->relations);
  g_ptr_array_unref (self->entities);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->dropped_ids);
  g_hash_table_unref (self->entity_by_id);
  g_hash_table_unref (self->entity_of);
  g_hash_table_unref (self->custom_relations);
  g_free (self);
}
