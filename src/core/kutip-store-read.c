/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-store-read.c: loads and validates a Kutip JSON file.
 *
 * A small pull parser reads the file straight into model objects instead of
 * building a json-glib tree first: a 10 MB article with 100,000 annotations
 * makes millions of JsonNodes, which costs several times the file size in
 * memory and most of the load time. Only members Kutip does not know become
 * JsonNodes (kept verbatim in the objects' "extra"). Errors name the file,
 * the JSON path ($.annotations[3].end) or, for malformed JSON, the line and
 * column. */

#define G_LOG_DOMAIN "kutip-store"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-history.h"
#include "kutip-json-reader.h"
#include "kutip-store-private.h"

typedef struct
{
  KutipJsonReader  r;
  KutipLoadFlags   flags;

  gboolean         have_format;
  gboolean         have_version;
  KutipText       *text;
  char            *sha256;
  JsonNode        *schema;
  KutipSchema     *built_schema;
  gboolean         have_annotations;
  gboolean         reanchored;

  char            *meta[7];
  gboolean         have_metadata;
  JsonObject      *meta_extra;
  JsonObject      *extra;

  GPtrArray       *annotations;
  GPtrArray       *relations;
  GPtrArray       *entities;
  GHashTable      *annotation_index;   /* id -> index + 1 */

  /* Parsing 200,000 identical timestamps is the common case: keep the last. */
  char            *last_time_str;
  GDateTime       *last_time;
} Load;

enum { META_ID, META_TITLE, META_SOURCE, META_LANGUAGE, META_PUBLISHED, META_ANNOTATOR,
       META_STATUS };
static const char * const meta_names[] = {
  "id", "title", "source", "language", "published", "annotator", "status", NULL,
};

static gboolean
read_time (Load                 *load,
           const KutipJsonPath  *path,
           GDateTime           **out)
{
  KutipJsonReader *r = &load->r;

  if (r->p < r->end && *r->p == 'n')
    {
      g_clear_pointer (out, g_date_time_unref);
      return _kutip_json_read_literal (r, "null");
    }
  if (r->p >= r->end || *r->p != '"')
    return _kutip_json_wrong_type (r, path, "an ISO 8601 date-time string");
  if (!_kutip_json_read_string_into (r, r->scratch))
    return FALSE;

  if (load->last_time_str == NULL || strcmp (load->last_time_str, r->scratch->str) != 0)
    {
      GDateTime *parsed = g_date_time_new_from_iso8601 (r->scratch->str, NULL);

      if (parsed == NULL)
        return _kutip_json_fail (r, path, KUTIP_ERROR_INVALID_VALUE,
                                 "“%s” is not an ISO 8601 date-time with a time zone",
                                 r->scratch->str);
      g_clear_pointer (&load->last_time, g_date_time_unref);
      g_free (load->last_time_str);
      load->last_time = parsed;
      load->last_time_str = g_strdup (r->scratch->str);
    }
  g_clear_pointer (out, g_date_time_unref);
  *out = g_date_time_ref (load->last_time);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Annotations, relations, entities                                        */

enum {
  A_ID = 1 << 0, A_LABEL = 1 << 1, A_START = 1 << 2, A_END = 1 << 3, A_TEXT = 1 << 4,
  A_STATUS = 1 << 5, A_ORIGIN = 1 << 6, A_CONFIDENCE = 1 << 7, A_ATTRIBUTES = 1 << 8,
  A_NOTE = 1 << 9, A_AUTHOR = 1 << 10, A_CREATED = 1 << 11, A_MODIFIED = 1 << 12,
};

static const char * const annotation_members[] = {
  "id", "label", "start", "end", "text", "status", "origin", "confidence",
  "attributes", "note", "author", "created", "modified", NULL,
};

static int
member_bit (const char * const *names,
            const char         *key)
{
  /* The first letter rules out most names without a call. */
  for (int i = 0; names[i] != NULL; i++)
    if (names[i][0] == key[0] && strcmp (names[i], key) == 0)
      return 1 << i;
  return 0;
}

/* Reads on to the next member of an object whose known members are @names
 * (at most 32). Unknown members go to *@extra, kept verbatim; a known one
 * seen twice is an error. Returns the known member's index with r->p at
 * its value and @at naming it, -1 when the object closed, -2 on an error. */
static int
next_known_member (KutipJsonReader     *r,
                   const char * const  *names,
                   gboolean            *first,
                   guint               *seen,
                   JsonObject         **extra,
                   KutipJsonPath       *at)
{
  int more;

  while ((more = _kutip_json_next_member (r, first)) == 1)
    {
      int bit = member_bit (names, r->scratch->str);
      int which = 0;

      if (bit == 0)
        {
          if (!_kutip_json_read_extra_member (r, extra))
            return -2;
          continue;
        }
      while ((1 << which) != bit)
        which++;
      at->key = names[which];
      if (*seen & (guint) bit)
        {
          _kutip_json_duplicate_member (r, at);
          return -2;
        }
      *seen |= (guint) bit;
      return which;
    }

  return more == 0 ? -1 : -2;
}

static gboolean
read_attributes (KutipJsonReader     *r,
                 const KutipJsonPath *path,
                 GPtrArray           *pairs)
{
  gboolean first = TRUE;
  int more;

  if (r->p >= r->end || *r->p != '{')
    return _kutip_json_wrong_type (r, path, "an object of strings");
  if (!_kutip_json_enter (r))
    return FALSE;
  while ((more = _kutip_json_next_member (r, &first)) == 1)
    {
      char *key = g_strndup (r->scratch->str, r->scratch->len);
      KutipJsonPath at = KUTIP_JSON_PATH_KEY (path, key);
      char *value = NULL;

      g_ptr_array_add (pairs, key);
      if (!_kutip_json_read_string (r, &at, FALSE, &value))
        return FALSE;
      g_ptr_array_add (pairs, value);
    }
  return more == 0;
}

static KutipAnnotation *
read_annotation (Load                *load,
                 const KutipJsonPath *path)
{
  KutipJsonReader *r = &load->r;
  g_autofree char *id = NULL;
  g_autofree char *label = NULL;
  g_autofree char *covered = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *note = NULL;
  g_autofree char *author = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GPtrArray) attributes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonObject) extra = NULL;
  KutipAnnotation *annotation;
  KutipStatus status = KUTIP_STATUS_ACCEPTED;
  double confidence = 1.0;
  guint start = 0, end = 0;
  guint seen = 0;
  gboolean first = TRUE;
  KutipJsonPath at = KUTIP_JSON_PATH_KEY (path, NULL);
  int which;

  if (r->p >= r->end || *r->p != '{')
    {
      _kutip_json_wrong_type (r, path, "an annotation object");
      return NULL;
    }
  if (!_kutip_json_enter (r))
    return NULL;

  while ((which = next_known_member (r, annotation_members, &first, &seen, &extra, &at)) >= 0)
    {
      gboolean ok = TRUE;

      switch (1 << which)
        {
        case A_ID: ok = _kutip_json_read_string (r, &at, FALSE, &id); break;
        case A_LABEL: ok = _kutip_json_read_string (r, &at, FALSE, &label); break;
        case A_START: ok = _kutip_json_read_offset (r, &at, &start); break;
        case A_END: ok = _kutip_json_read_offset (r, &at, &end); break;
        case A_TEXT: ok = _kutip_json_read_string (r, &at, FALSE, &covered); break;
        case A_STATUS: ok = _kutip_json_read_status (r, &at, &status); break;
        case A_ORIGIN: ok = _kutip_json_read_string (r, &at, FALSE, &origin); break;
        case A_NOTE: ok = _kutip_json_read_string (r, &at, TRUE, &note); break;
        case A_AUTHOR: ok = _kutip_json_read_string (r, &at, TRUE, &author); break;
        case A_CREATED: ok = read_time (load, &at, &created); break;
        case A_MODIFIED: ok = read_time (load, &at, &modified); break;
        case A_ATTRIBUTES: ok = read_attributes (r, &at, attributes); break;
        case A_CONFIDENCE:
          {
            KutipJsonNumber n = { FALSE, FALSE, 0, 1.0, NULL, 0 };

            /* null: unknown, as the writer puts a non-finite value. */
            if (r->p < r->end && *r->p == 'n')
              ok = _kutip_json_read_literal (r, "null");
            else if (r->p >= r->end || (*r->p != '-' && !g_ascii_isdigit (*r->p)))
              ok = _kutip_json_wrong_type (r, &at, "a number or null");
            else if ((ok = _kutip_json_read_number (r, &n)) && !(n.d >= 0.0 && n.d <= 1.0))
              ok = _kutip_json_fail (r, &at, KUTIP_ERROR_INVALID_VALUE,
                                     "confidence %.*s is not between 0 and 1", n.len, n.text);
            confidence = n.d;
            break;
          }
        default:
          g_assert_not_reached ();
        }
      if (!ok)
        return NULL;
    }
  if (which == -2)
    return NULL;

  for (int i = 0; i < 5; i++)
    if (!(seen & (1 << i)))
      {
        _kutip_json_missing (r, path, annotation_members[i]);
        return NULL;
      }

  if (start > end)
    {
      KutipJsonPath end_at = KUTIP_JSON_PATH_KEY (path, "end");

      _kutip_json_fail (r, &end_at, KUTIP_ERROR_OFFSET, "end %u is before start %u", end, start);
      return NULL;
    }

  annotation = kutip_annotation_new (label, start, end);
  kutip_annotation_set_id (annotation, id);
  kutip_annotation_set_text (annotation, covered);
  kutip_annotation_set_status (annotation, status);
  if (origin != NULL)
    kutip_annotation_set_origin (annotation, origin);
  kutip_annotation_set_confidence (annotation, confidence);
  if (note != NULL)
    kutip_annotation_set_note (annotation, note);
  if (author != NULL)
    kutip_annotation_set_author (annotation, author);
  if (created != NULL)
    kutip_annotation_set_created (annotation, created);
  if (modified != NULL)
    kutip_annotation_set_modified (annotation, modified);
  for (guint i = 0; i + 1 < attributes->len; i += 2)
    kutip_annotation_set_attribute (annotation, attributes->pdata[i], attributes->pdata[i + 1]);
  if (extra != NULL)
    kutip_annotation_set_extra (annotation, extra);

  return annotation;
}

static KutipRelation *
read_relation (Load                *load,
               const KutipJsonPath *path)
{
  static const char * const members[] = { "id", "type", "from", "to", "status", "origin", NULL };
  KutipJsonReader *r = &load->r;
  g_autofree char *id = NULL;
  g_autofree char *type = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *origin = NULL;
  g_autoptr(JsonObject) extra = NULL;
  KutipStatus status = KUTIP_STATUS_ACCEPTED;
  KutipRelation *relation;
  guint seen = 0;
  gboolean first = TRUE;
  KutipJsonPath at = KUTIP_JSON_PATH_KEY (path, NULL);
  int which;

  if (r->p >= r->end || *r->p != '{')
    {
      _kutip_json_wrong_type (r, path, "a relation object");
      return NULL;
    }
  if (!_kutip_json_enter (r))
    return NULL;

  while ((which = next_known_member (r, members, &first, &seen, &extra, &at)) >= 0)
    {
      int bit = 1 << which;
      gboolean ok = TRUE;

      switch (bit)
        {
        case 1 << 0: ok = _kutip_json_read_string (r, &at, FALSE, &id); break;
        case 1 << 1: ok = _kutip_json_read_string (r, &at, FALSE, &type); break;
        case 1 << 2: ok = _kutip_json_read_string (r, &at, FALSE, &from); break;
        case 1 << 3: ok = _kutip_json_read_string (r, &at, FALSE, &to); break;
        case 1 << 4: ok = _kutip_json_read_status (r, &at, &status); break;
        case 1 << 5: ok = _kutip_json_read_string (r, &at, FALSE, &origin); break;
        default: g_assert_not_reached ();
        }
      if (!ok)
        return NULL;
    }
  if (which == -2)
    return NULL;

  for (int i = 0; i < 4; i++)
    if (!(seen & (1 << i)))
      {
        _kutip_json_missing (r, path, members[i]);
        return NULL;
      }

  relation = kutip_relation_new (type, from, to);
  kutip_relation_set_id (relation, id);
  kutip_relation_set_status (relation, status);
  if (origin != NULL)
    kutip_relation_set_origin (relation, origin);
  if (extra != NULL)
    kutip_relation_set_extra (relation, extra);
  return relation;
}

static KutipEntity *
read_entity (Load                *load,
             const KutipJsonPath *path)
{
  static const char * const members[] = { "id", "name", "mentions", NULL };
  KutipJsonReader *r = &load->r;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonObject) extra = NULL;
  KutipEntity *entity;
  guint seen = 0;
  gboolean first = TRUE;
  KutipJsonPath at = KUTIP_JSON_PATH_KEY (path, NULL);
  int which;

  if (r->p >= r->end || *r->p != '{')
    {
      _kutip_json_wrong_type (r, path, "an entity object");
      return NULL;
    }
  if (!_kutip_json_enter (r))
    return NULL;

  while ((which = next_known_member (r, members, &first, &seen, &extra, &at)) >= 0)
    {
      int bit = 1 << which;
      gboolean ok = TRUE;

      if (bit == 1 << 0)
        ok = _kutip_json_read_string (r, &at, FALSE, &id);
      else if (bit == 1 << 1)
        ok = _kutip_json_read_string (r, &at, FALSE, &name);
      else if (r->p >= r->end || *r->p != '[')
        ok = _kutip_json_wrong_type (r, &at, "an array of annotation ids");
      else
        {
          gboolean first_mention = TRUE;
          int more_mentions;

          if (!_kutip_json_enter (r))
            return NULL;
          while ((more_mentions = _kutip_json_next_element (r, &first_mention)) == 1)
            {
              KutipJsonPath m = KUTIP_JSON_PATH_INDEX (&at, mentions->len);
              char *mention = NULL;

              if (!_kutip_json_read_string (r, &m, FALSE, &mention))
                return NULL;
              g_ptr_array_add (mentions, mention);
            }
          ok = more_mentions == 0;
        }
      if (!ok)
        return NULL;
    }
  if (which == -2)
    return NULL;

  for (int i = 0; i < 3; i++)
    if (!(seen & (1 << i)))
      {
        _kutip_json_missing (r, path, members[i]);
        return NULL;
      }

  entity = kutip_entity_new (name);
  kutip_entity_set_id (entity, id);
  for (guint i = 0; i < mentions->len; i++)
    kutip_entity_add_mention (entity, mentions->pdata[i]);
  if (extra != NULL)
    kutip_entity_set_extra (entity, extra);
  return entity;
}

typedef gpointer (*ReadItemFunc) (Load *load, const KutipJsonPath *path);

static gboolean
read_list (Load                *load,
           const KutipJsonPath *path,
           GPtrArray           *items,
           ReadItemFunc         read_item)
{
  KutipJsonReader *r = &load->r;
  gboolean first = TRUE;
  int more;

  if (r->p >= r->end || *r->p != '[')
    return _kutip_json_wrong_type (r, path, "an array");
  if (!_kutip_json_enter (r))
    return FALSE;
  while ((more = _kutip_json_next_element (r, &first)) == 1)
    {
      KutipJsonPath at = KUTIP_JSON_PATH_INDEX (path, items->len);
      gpointer item = read_item (load, &at);

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (items, item);
    }
  return more == 0;
}

static gboolean
read_metadata (Load                *load,
               const KutipJsonPath *path)
{
  KutipJsonReader *r = &load->r;
  gboolean first = TRUE;
  guint seen = 0;
  KutipJsonPath at = KUTIP_JSON_PATH_KEY (path, NULL);
  int which;

  if (r->p >= r->end || *r->p != '{')
    return _kutip_json_wrong_type (r, path, "an object");
  if (!_kutip_json_enter (r))
    return FALSE;
  while ((which = next_known_member (r, meta_names, &first, &seen, &load->meta_extra, &at)) >= 0)
    {
      KutipDocumentStatus status;

      if (!_kutip_json_read_string (r, &at, TRUE, &load->meta[which]))
        return FALSE;
      if (which == META_STATUS && load->meta[which] != NULL &&
          !kutip_document_status_from_string (load->meta[which], &status))
        return _kutip_json_fail (r, &at, KUTIP_ERROR_INVALID_VALUE,
                                 "“%s” is not a document status (new, in-progress, done, "
                                 "skipped)", load->meta[which]);
    }
  return which == -1;
}

/* ---------------------------------------------------------------------- */
/* The document                                                            */

static const char * const top_members[] = {
  "format", "version", "metadata", "schema", "text_sha256", "text",
  "annotations", "relations", "entities", NULL,
};

static gboolean
read_document (Load *load)
{
  KutipJsonReader *r = &load->r;
  gboolean first = TRUE;
  guint seen = 0;
  KutipJsonPath at = KUTIP_JSON_PATH_KEY (NULL, NULL);
  int which;

  kutip_json_skip_ws (r);
  if (r->p >= r->end)
    return _kutip_json_syntax_error (r, "the file is empty");
  if (*r->p != '{')
    {
      JsonNode *node;

      /* Report malformed JSON as such before calling it the wrong shape. */
      node = _kutip_json_read_node (r);
      if (node == NULL)
        return FALSE;
      json_node_unref (node);
      return _kutip_json_fail (r, NULL, KUTIP_ERROR_FORMAT,
                               "not a Kutip file: the top level is not an object");
    }
  if (!_kutip_json_enter (r))
    return FALSE;

  while ((which = next_known_member (r, top_members, &first, &seen, &load->extra, &at)) >= 0)
    {
      gboolean ok = TRUE;

      switch (which)
        {
        case 0: /* format */
          {
            if (r->p >= r->end || *r->p != '"')
              return _kutip_json_fail (r, &at, KUTIP_ERROR_FORMAT,
                                       "not a Kutip file: expected the string “%s”, found %s",
                                       KUTIP_FORMAT_NAME, _kutip_json_describe_next (r));
            if (!_kutip_json_read_string_into (r, r->scratch))
              return FALSE;
            if (strcmp (r->scratch->str, KUTIP_FORMAT_NAME) != 0)
              return _kutip_json_fail (r, &at, KUTIP_ERROR_FORMAT,
                                       "not a Kutip file: the format is “%s”, expected “%s”",
                                       r->scratch->str, KUTIP_FORMAT_NAME);
            load->have_format = TRUE;
            break;
          }
        case 1: /* version */
          {
            KutipJsonNumber n;

            if (r->p >= r->end || (*r->p != '-' && !g_ascii_isdigit (*r->p)))
              return _kutip_json_wrong_type (r, &at, "a version number");
            if (!_kutip_json_read_number (r, &n))
              return FALSE;
            if (n.d != KUTIP_FORMAT_VERSION)
              return _kutip_json_fail (r, &at, KUTIP_ERROR_VERSION,
                                       "version %.*s of the Kutip format is not supported "
                                       "(this Kutip reads version %d); a newer Kutip may "
                                       "open it",
                                       n.len, n.text, KUTIP_FORMAT_VERSION);
            load->have_version = TRUE;
            break;
          }
        case 2:
          ok = read_metadata (load, &at);
          load->have_metadata = TRUE;
          break;
        case 3:
          if (r->p >= r->end || (*r->p != '{' && *r->p != '['))
            return _kutip_json_wrong_type (r, &at, "a schema object");
          load->schema = _kutip_json_read_node (r);
          ok = load->schema != NULL;
          break;
        case 4:
          ok = _kutip_json_read_string (r, &at, FALSE, &load->sha256);
          break;
        case 5:
          {
            GError *local_error = NULL;
            GString *text;

            if (r->p >= r->end || *r->p != '"')
              return _kutip_json_wrong_type (r, &at, "a string");
            /* The text is the one big string: read it into its own buffer
             * and hand that to KutipText without copying. */
            text = g_string_sized_new ((gsize) (r->end - r->p));
            _kutip_store_advise_huge (text->str, text->allocated_len);
            if (!_kutip_json_read_string_into (r, text))
              {
                g_string_free (text, TRUE);
                return FALSE;
              }
            {
              gsize len = text->len;
              load->text = kutip_text_new_take (g_string_free (text, FALSE), len, &local_error);
            }
            if (load->text == NULL)
              {
                _kutip_json_fail (r, &at, local_error->code, "%s", local_error->message);
                g_error_free (local_error);
                return FALSE;
              }
            break;
          }
        case 6:
          ok = read_list (load, &at, load->annotations, (ReadItemFunc) read_annotation);
          load->have_annotations = TRUE;
          break;
        case 7:
          ok = read_list (load, &at, load->relations, (ReadItemFunc) read_relation);
          break;
        case 8:
          ok = read_list (load, &at, load->entities, (ReadItemFunc) read_entity);
          break;
        default:
          g_assert_not_reached ();
        }
      if (!ok)
        return FALSE;
    }
  if (which == -2)
    return FALSE;

  kutip_json_skip_ws (r);
  if (r->p < r->end)
    return _kutip_json_syntax_error (r, "unexpected content after the end of the document");

  if (!load->have_format)
    return _kutip_json_fail (r, NULL, KUTIP_ERROR_FORMAT,
                             "not a Kutip file: the member “format” (\"%s\") is missing",
                             KUTIP_FORMAT_NAME);
  if (!load->have_version)
    return _kutip_json_missing (r, NULL, "version");
  if (load->text == NULL)
    return _kutip_json_missing (r, NULL, "text");
  if (load->sha256 == NULL)
    return _kutip_json_missing (r, NULL, "text_sha256");
  if (!load->have_annotations)
    return _kutip_json_missing (r, NULL, "annotations");

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Validation after parsing (members may come in any order)                */

static gboolean
validate (Load *load)
{
  KutipJsonReader *r = &load->r;
  g_autoptr(KutipSchema) schema = NULL;
  guint length = kutip_text_get_length (load->text);
  gboolean hash_changed;
  GString *lost = NULL;
  guint n_lost = 0;
  KutipJsonPath annotations_path = KUTIP_JSON_PATH_KEY (NULL, "annotations");
  KutipJsonPath relations_path = KUTIP_JSON_PATH_KEY (NULL, "relations");
  KutipJsonPath entities_path = KUTIP_JSON_PATH_KEY (NULL, "entities");

  if (load->schema != NULL)
    {
      GError *local_error = NULL;
      g_autofree char *where = g_strdup_printf ("%s%s$.schema",
                                                r->where ? r->where : "",
                                                r->where ? ": " : "");

      schema = kutip_schema_new_from_json (load->schema, where, &local_error);
      if (schema == NULL)
        {
          g_propagate_error (r->error, local_error);
          return FALSE;
        }
    }
  else
    schema = kutip_schema_new_default ();

  hash_changed = g_ascii_strcasecmp (load->sha256, kutip_text_get_sha256 (load->text)) != 0;
  if (hash_changed && !(load->flags & KUTIP_LOAD_REANCHOR))
    {
      KutipJsonPath at = KUTIP_JSON_PATH_KEY (NULL, "text_sha256");

      return _kutip_json_fail (r, &at, KUTIP_ERROR_HASH_MISMATCH,
                               "the text has changed since it was annotated (its SHA-256 "
                               "differs); the annotations can be re-anchored: each moves to "
                               "the nearest place where its covered text now occurs");
    }

  load->annotation_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < load->annotations->len; i++)
    {
      KutipAnnotation *a = load->annotations->pdata[i];
      KutipJsonPath at = KUTIP_JSON_PATH_INDEX (&annotations_path, i);
      const char *id = kutip_annotation_get_id (a);
      const char *label = kutip_annotation_get_label (a);
      guint start = kutip_annotation_get_start (a);
      guint end = kutip_annotation_get_end (a);
      gpointer other;

      if (g_hash_table_lookup_extended (load->annotation_index, id, NULL, &other))
        {
          KutipJsonPath id_at = KUTIP_JSON_PATH_KEY (&at, "id");

          return _kutip_json_fail (r, &id_at, KUTIP_ERROR_DUPLICATE_ID,
                                   "the id “%s” is already used by $.annotations[%u]",
                                   id, GPOINTER_TO_UINT (other));
        }
      g_hash_table_insert (load->annotation_index, (gpointer) id, GUINT_TO_POINTER (i));

      if (kutip_schema_lookup (schema, label) == NULL)
        {
          KutipJsonPath label_at = KUTIP_JSON_PATH_KEY (&at, "label");

          return _kutip_json_fail (r, &label_at, KUTIP_ERROR_INVALID_VALUE,
                                   "the label “%s” is not in the schema", label);
        }

      if (hash_changed)
        {
          const char *covered = kutip_annotation_get_text (a);
          guint found;

          if (start < end && end <= length &&
              kutip_text_slice_equal (load->text, start, end, covered))
            continue;
          if (_kutip_store_find_nearest (load->text, covered, start, &found))
            {
              kutip_annotation_set_bounds (a, found, found + (guint) g_utf8_strlen (covered, -1));
              continue;
            }
          if (lost == NULL)
            lost = g_string_new (NULL);
          if (n_lost < 10)
            g_string_append_printf (lost, "%s$.annotations[%u] (“%s”)",
                                    n_lost > 0 ? ", " : "", i, covered);
          n_lost++;
          continue;
        }

      if (start == end)
        {
          KutipJsonPath end_at = KUTIP_JSON_PATH_KEY (&at, "end");

          return _kutip_json_fail (r, &end_at, KUTIP_ERROR_OFFSET,
                                   "the span is empty (start = end = %u)", start);
        }
      if (end > length)
        {
          KutipJsonPath end_at = KUTIP_JSON_PATH_KEY (&at, start > length ? "start" : "end");

          return _kutip_json_fail (r, &end_at, KUTIP_ERROR_OFFSET,
                                   "offset %u is past the end of the text (%u characters)",
                                   start > length ? start : end, length);
        }
      if (!kutip_text_slice_equal (load->text, start, end, kutip_annotation_get_text (a)))
        {
          KutipJsonPath text_at = KUTIP_JSON_PATH_KEY (&at, "text");
          g_autofree char *actual = kutip_text_dup_slice (load->text, start, end);

          return _kutip_json_fail (r, &text_at, KUTIP_ERROR_TEXT_MISMATCH,
                                   "the covered text “%s” differs from the text at %u–%u, “%s”",
                                   kutip_annotation_get_text (a), start, end, actual);
        }
    }

  if (lost != NULL)
    {
      KutipJsonPath at = KUTIP_JSON_PATH_KEY (NULL, "annotations");
      g_autofree char *list = g_string_free (lost, FALSE);

      return _kutip_json_fail (r, &at, KUTIP_ERROR_TEXT_MISMATCH,
                               "the text has changed and %u annotation%s could not be "
                               "re-anchored because %s covered text no longer occurs: %s%s",
                               n_lost, n_lost == 1 ? "" : "s", n_lost == 1 ? "its" : "their",
                               list, n_lost > 10 ? ", …" : "");
    }

  {
    g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < load->relations->len; i++)
      {
        KutipRelation *rel = load->relations->pdata[i];
        KutipJsonPath at = KUTIP_JSON_PATH_INDEX (&relations_path, i);
        const char *ends[2] = { kutip_relation_get_from_id (rel), kutip_relation_get_to_id (rel) };
        gpointer other;

        if (g_hash_table_lookup_extended (ids, kutip_relation_get_id (rel), NULL, &other))
          {
            KutipJsonPath id_at = KUTIP_JSON_PATH_KEY (&at, "id");

            return _kutip_json_fail (r, &id_at, KUTIP_ERROR_DUPLICATE_ID,
                                     "the id “%s” is already used by $.relations[%u]",
                                     kutip_relation_get_id (rel), GPOINTER_TO_UINT (other));
          }
        g_hash_table_insert (ids, (gpointer) kutip_relation_get_id (rel), GUINT_TO_POINTER (i));

        for (int k = 0; k < 2; k++)
          if (!g_hash_table_contains (load->annotation_index, ends[k]))
            {
              KutipJsonPath end_at = KUTIP_JSON_PATH_KEY (&at, k == 0 ? "from" : "to");

              return _kutip_json_fail (r, &end_at, KUTIP_ERROR_UNKNOWN_REFERENCE,
                                       "no annotation has the id “%s”", ends[k]);
            }
        if (!kutip_schema_has_relation (schema, kutip_relation_get_rtype (rel)))
          {
            KutipJsonPath type_at = KUTIP_JSON_PATH_KEY (&at, "type");

            return _kutip_json_fail (r, &type_at, KUTIP_ERROR_INVALID_VALUE,
                                     "the relation type “%s” is not in the schema",
                                     kutip_relation_get_rtype (rel));
          }
      }
  }

  {
    g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GHashTable) mentioned = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < load->entities->len; i++)
      {
        KutipEntity *entity = load->entities->pdata[i];
        KutipJsonPath at = KUTIP_JSON_PATH_INDEX (&entities_path, i);
        KutipJsonPath mentions_at = KUTIP_JSON_PATH_KEY (&at, "mentions");
        const char * const *mentions;
        guint n_mentions = 0;
        gpointer other;

        if (g_hash_table_lookup_extended (ids, kutip_entity_get_id (entity), NULL, &other))
          {
            KutipJsonPath id_at = KUTIP_JSON_PATH_KEY (&at, "id");

            return _kutip_json_fail (r, &id_at, KUTIP_ERROR_DUPLICATE_ID,
                                     "the id “%s” is already used by $.entities[%u]",
                                     kutip_entity_get_id (entity), GPOINTER_TO_UINT (other));
          }
        g_hash_table_insert (ids, (gpointer) kutip_entity_get_id (entity), GUINT_TO_POINTER (i));

        mentions = kutip_entity_get_mentions (entity, &n_mentions);
        for (guint k = 0; k < n_mentions; k++)
          {
            KutipJsonPath m = KUTIP_JSON_PATH_INDEX (&mentions_at, k);

            if (!g_hash_table_contains (load->annotation_index, mentions[k]))
              return _kutip_json_fail (r, &m, KUTIP_ERROR_UNKNOWN_REFERENCE,
                                       "no annotation has the id “%s”", mentions[k]);
            if (g_hash_table_lookup_extended (mentioned, mentions[k], NULL, &other))
              return _kutip_json_fail (r, &m, KUTIP_ERROR_INVALID_VALUE,
                                       "the annotation “%s” is already a mention of "
                                       "$.entities[%u]",
                                       mentions[k], GPOINTER_TO_UINT (other));
            g_hash_table_insert (mentioned, (gpointer) mentions[k], GUINT_TO_POINTER (i));
          }
      }
  }

  load->built_schema = g_steal_pointer (&schema);
  load->reanchored = hash_changed;
  return TRUE;
}

static void
load_clear (Load *load)
{
  g_clear_pointer (&load->text, kutip_text_unref);
  g_clear_pointer (&load->sha256, g_free);
  g_clear_pointer (&load->schema, json_node_unref);
  g_clear_object (&load->built_schema);
  for (guint i = 0; i < G_N_ELEMENTS (load->meta); i++)
    g_clear_pointer (&load->meta[i], g_free);
  g_clear_pointer (&load->meta_extra, json_object_unref);
  g_clear_pointer (&load->extra, json_object_unref);
  g_clear_pointer (&load->annotation_index, g_hash_table_unref);
  g_clear_pointer (&load->annotations, g_ptr_array_unref);
  g_clear_pointer (&load->relations, g_ptr_array_unref);
  g_clear_pointer (&load->entities, g_ptr_array_unref);
  g_clear_pointer (&load->last_time_str, g_free);
  g_clear_pointer (&load->last_time, g_date_time_unref);
  if (load->r.scratch != NULL)
    g_string_free (load->r.scratch, TRUE);
  load->r.scratch = NULL;
}

static KutipDocument *
build_document (Load    *load,
                GError **error)
{
  g_autoptr(KutipDocument) document = kutip_document_new (load->text);
  g_autoptr(JsonObject) extra = load->extra ? json_object_ref (load->extra) : NULL;

  kutip_document_set_schema (document, load->built_schema);
  kutip_document_set_id (document, load->meta[META_ID]);
  kutip_document_set_title (document, load->meta[META_TITLE]);
  kutip_document_set_source (document, load->meta[META_SOURCE]);
  kutip_document_set_language (document, load->meta[META_LANGUAGE]);
  kutip_document_set_annotator (document, load->meta[META_ANNOTATOR]);
  if (load->meta[META_STATUS] != NULL)
    {
      KutipDocumentStatus status;

      if (kutip_document_status_from_string (load->meta[META_STATUS], &status))
        kutip_document_set_status (document, status);
    }
  if (load->meta[META_PUBLISHED] != NULL)
    {
      GError *local_error = NULL;

      if (!kutip_document_set_published (document, load->meta[META_PUBLISHED], &local_error))
        {
          KutipJsonPath metadata = KUTIP_JSON_PATH_KEY (NULL, "metadata");
          KutipJsonPath at = KUTIP_JSON_PATH_KEY (&metadata, "published");

          load->r.error = error;
          _kutip_json_fail (&load->r, &at, KUTIP_ERROR_INVALID_VALUE,
                            "“%s” is not a date (YYYY-MM-DD): %s",
                            load->meta[META_PUBLISHED], local_error->message);
          g_error_free (local_error);
          return NULL;
        }
    }

  if (load->meta_extra != NULL)
    {
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_object_member (extra, KUTIP_STORE_METADATA_EXTRA,
                                     json_object_ref (load->meta_extra));
    }
  if (extra != NULL)
    kutip_document_set_extra (document, extra);

  kutip_document_load_contents (document, load->annotations, load->relations, load->entities);

  /* Loading is not an edit: nothing to undo. A re-anchored document differs
   * from its file, so it stays modified until saved. */
  kutip_history_clear (kutip_document_get_history (document));
  if (!load->reanchored)
    kutip_document_mark_saved (document);

  return g_steal_pointer (&document);
}

/**
 * kutip_store_load_data:
 * @data: the file contents (need not be NUL-terminated)
 * @where: (nullable): a file name for messages
 *
 * Parses and validates a Kutip JSON document.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 *   (a #KUTIP_ERROR whose message names @where, the JSON path and the problem).
 */
KutipDocument *
kutip_store_load_data (const char      *data,
                       gsize            n_bytes,
                       const char      *where,
                       KutipLoadFlags   flags,
                       GError         **error)
{
  g_autoptr(KutipDocument) document = NULL;
  GError *local_error = NULL;
  Load load = { 0 };

  g_return_val_if_fail (data != NULL || n_bytes == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (!kutip_utf8_check (data, n_bytes, where, error))
    return NULL;

  load.r.start = data;
  load.r.p = data;
  load.r.end = data + n_bytes;
  load.r.where = where;
  load.r.error = &local_error;
  load.r.scratch = g_string_sized_new (256);
  load.flags = flags;
  load.annotations = g_ptr_array_new_with_free_func (g_object_unref);
  load.relations = g_ptr_array_new_with_free_func (g_object_unref);
  load.entities = g_ptr_array_new_with_free_func (g_object_unref);

  /* A byte order mark before the JSON is the file's, not the text's. */
  load.r.p += kutip_utf8_signature_length (data, n_bytes);

  if (!read_document (&load) || !validate (&load))
    {
      load_clear (&load);
      g_propagate_error (error, local_error);
      return NULL;
    }

  document = build_document (&load, &local_error);
  load_clear (&load);
  if (document == NULL)
    g_propagate_error (error, local_error);
  return g_steal_pointer (&document);
}
