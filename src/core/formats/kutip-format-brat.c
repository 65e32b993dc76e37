/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-brat.c: brat standoff, a folder of NAME.txt + NAME.ann with
 * T (spans), R (relations), A (attributes), N (normalised dates and
 * entities) and # (notes) lines, plus annotation.conf. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-format-private.h"

#define DATE_VALUE_KEY "value"

typedef struct
{
  GHashTable *names;        /* file names used so far */
  GPtrArray  *labels;       /* entity types in first-seen order */
  GHashTable *relations;    /* type -> GPtrArray of "from|to" label pairs */
  GPtrArray  *relation_order;
  GHashTable *attributes;   /* key -> GHashTable of values ("" = binary) */
  GHashTable *attribute_labels; /* key -> GHashTable of labels */
  GPtrArray  *attribute_order;
} BratState;

static void
brat_state_free (gpointer data)
{
  BratState *state = data;

  g_hash_table_unref (state->names);
  g_ptr_array_unref (state->labels);
  g_hash_table_unref (state->relations);
  g_ptr_array_unref (state->relation_order);
  g_hash_table_unref (state->attributes);
  g_hash_table_unref (state->attribute_labels);
  g_ptr_array_unref (state->attribute_order);
  g_free (state);
}

static gboolean
brat_export_begin (KutipExporter  *self,
                   GError        **error)
{
  BratState *state = g_new0 (BratState, 1);

  state->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->labels = g_ptr_array_new_with_free_func (g_free);
  state->relations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_hash_table_unref);
  state->relation_order = g_ptr_array_new_with_free_func (g_free);
  state->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_hash_table_unref);
  state->attribute_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_hash_table_unref);
  state->attribute_order = g_ptr_array_new_with_free_func (g_free);
  self->state = state;
  self->state_free = brat_state_free;

  return TRUE;
}

/* brat types cannot hold spaces or tabs. */
static char *
brat_type (const char *name)
{
  char *out = g_strdup (name);

  for (char *p = out; *p; p++)
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
      *p = '_';
  return out;
}

/* Attribute values are one word: whitespace and % are %-escaped. */
static char *
encode_value (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p; p++)
    {
      if (*p == '%' || g_ascii_isspace (*p))
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static char *
one_line (const char *text)
{
  char *out = g_strdup (text);

  for (char *p = out; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return out;
}

static void
remember (GHashTable *table,
          GPtrArray  *order,
          const char *key,
          const char *value)
{
  GHashTable *values = g_hash_table_lookup (table, key);

  if (values == NULL)
    {
      values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (table, g_strdup (key), values);
      if (order != NULL)
        g_ptr_array_add (order, g_strdup (key));
    }
  g_hash_table_add (values, g_strdup (value));
}

static gboolean
has_string (GPtrArray  *array,
            const char *str)
{
  for (guint i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), str) == 0)
      return TRUE;
  return FALSE;
}

/* A unique file name from the document name. */
static char *
file_stem (BratState  *state,
           const char *name)
{
  g_autofree char *base = g_strdup (name);
  char *stem;

  g_strdelimit (base, "/\\:*?\"<>| \t\n\r", '_');
  if (*base == '\0' || *base == '.')
    {
      g_free (base);
      base = g_strdup ("document");
    }

  stem = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (state->names, stem); n++)
    {
      g_free (stem);
      stem = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (state->names, g_strdup (stem));

  return stem;
}

/* Writes "START END" fragments; a span crossing line ends is split there,
 * as brat does, and rejoined on import. */
static void
append_fragments (GString   *out,
                  GString   *covered,
                  KutipText *text,
                  guint      start,
                  guint      end)
{
  guint fragment_start = start;
  gboolean first = TRUE;

  for (guint i = start; i <= end; i++)
    {
      gboolean at_break = i < end && (kutip_text_get_char (text, i) == '\n' ||
                                      kutip_text_get_char (text, i) == '\r');

      if (i == end || at_break)
        {
          if (i > fragment_start || (first && i == end))
            {
              gsize n = 0;
              const char *slice = kutip_text_peek_slice (text, fragment_start, i, &n);

              g_string_append_printf (out, "%s%u %u", first ? "" : ";", fragment_start, i);
              if (!first)
                g_string_append_c (covered, ' ');
              g_string_append_len (covered, slice, (gssize) n);
              first = FALSE;
            }
          fragment_start = i + 1;
        }
    }
}

static gboolean
brat_export_document (KutipExporter  *self,
                      KutipDocument  *document,
                      GError        **error)
{
  BratState *state = self->state;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) relations = NULL;
  g_autoptr(GHashTable) tid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GString) ann = g_string_new (NULL);
  g_autofree char *name = _kutip_exporter_document_name (self, document);
  g_autofree char *stem = NULL;
  g_autofree char *txt_name = NULL;
  g_autofree char *ann_name = NULL;
  KutipText *text = kutip_document_get_text (document);
  GListModel *entities = kutip_document_get_entities (document);
  guint n_attributes = 0, n_norms = 0, n_notes = 0;
  const char *utf8;
  gsize n_bytes;

  if (!_kutip_exporter_collect (self, document, &annotations, &relations, error))
    return FALSE;

  for (guint i = 0; i < annotations->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (annotations, i);
      g_autofree char *type = brat_type (kutip_annotation_get_label (a));
      g_autoptr(GString) covered = g_string_new (NULL);
      char *t = g_strdup_printf ("T%u", i + 1);

      g_hash_table_insert (tid, (gpointer) kutip_annotation_get_id (a), t);
      if (!has_string (state->labels, type))
        g_ptr_array_add (state->labels, g_strdup (type));

      g_string_append_printf (ann, "%s\t%s ", t, type);
      append_fragments (ann, covered, text, kutip_annotation_get_start (a),
                        kutip_annotation_get_end (a));
      g_string_append_printf (ann, "\t%s\n", covered->str);
    }

  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (relations, i);
      KutipAnnotation *from = kutip_document_lookup_annotation (document, kutip_relation_get_from_id (r));
      KutipAnnotation *to = kutip_document_lookup_annotation (document, kutip_relation_get_to_id (r));
      g_autofree char *type = brat_type (kutip_relation_get_rtype (r));
      g_autofree char *from_type = brat_type (kutip_annotation_get_label (from));
      g_autofree char *to_type = brat_type (kutip_annotation_get_label (to));
      g_autofree char *pair = g_strconcat (from_type, "|", to_type, NULL);

      remember (state->relations, state->relation_order, type, pair);
      g_string_append_printf (ann, "R%u\t%s Arg1:%s Arg2:%s\n", i + 1, type,
                              (char *) g_hash_table_lookup (tid, kutip_relation_get_from_id (r)),
                              (char *) g_hash_table_lookup (tid, kutip_relation_get_to_id (r)));
    }

  for (guint i = 0; i < annotations->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (annotations, i);
      const char *t = g_hash_table_lookup (tid, kutip_annotation_get_id (a));
      g_auto(GStrv) keys = kutip_annotation_list_attributes (a);
      g_autofree char *type = brat_type (kutip_annotation_get_label (a));
      const char *note = kutip_annotation_get_note (a);
      gboolean is_date = strcmp (kutip_annotation_get_label (a), KUTIP_LABEL_DATE) == 0;

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          const char *value = kutip_annotation_get_attribute (a, keys[k]);
          g_autofree char *key = brat_type (keys[k]);
          g_autofree char *encoded = encode_value (value ? value : "");

          if (is_date && strcmp (keys[k], DATE_VALUE_KEY) == 0 && value && *value)
            {
              g_autofree char *line_value = one_line (value);

              g_string_append_printf (ann, "N%u\tReference %s ISO8601:%s\t%s\n", ++n_norms, t,
                                      encoded, line_value);
              continue;
            }

          remember (state->attributes, state->attribute_order, key, encoded);
          remember (state->attribute_labels, NULL, key, type);
          if (*encoded == '\0')
            g_string_append_printf (ann, "A%u\t%s %s\n", ++n_attributes, key, t);
          else
            g_string_append_printf (ann, "A%u\t%s %s %s\n", ++n_attributes, key, t, encoded);
        }

      if (note != NULL && *note != '\0')
        {
          g_autofree char *line_note = one_line (note);

          g_string_append_printf (ann, "#%u\tAnnotatorNotes %s\t%s\n", ++n_notes, t, line_note);
        }
    }

  /* One person across mentions: N lines into Kutip's own entity ids. */
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(KutipEntity) entity = g_list_model_get_item (entities, i);
      g_autofree char *entity_id = encode_value (kutip_entity_get_id (entity));
      g_autofree char *entity_name = one_line (kutip_entity_get_name (entity)
                                               ? kutip_entity_get_name (entity) : "");
      guint n_mentions = 0;
      const char * const *mentions = kutip_entity_get_mentions (entity, &n_mentions);

      for (guint k = 0; k < n_mentions; k++)
        {
          const char *t = g_hash_table_lookup (tid, mentions[k]);

          if (t != NULL)
            g_string_append_printf (ann, "N%u\tReference %s Kutip:%s\t%s\n", ++n_norms, t,
                                    entity_id, entity_name);
        }
    }

  stem = file_stem (state, name);
  txt_name = g_strconcat (stem, ".txt", NULL);
  ann_name = g_strconcat (stem, ".ann", NULL);
  utf8 = kutip_text_get_utf8 (text, &n_bytes);

  return _kutip_exporter_write_file (self, txt_name, utf8, n_bytes, error) &&
         _kutip_exporter_write_file (self, ann_name, ann->str, ann->len, error);
}

static void
append_joined (GString    *out,
               GHashTable *set,
               const char *separator)
{
  g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (set), (GCompareFunc) strcmp);

  for (GList *l = keys; l; l = l->next)
    g_string_append_printf (out, "%s%s", l == keys ? "" : separator, (char *) l->data);
}

static gboolean
brat_export_end (KutipExporter  *self,
                 GError        **error)
{
  BratState *state = self->state;
  g_autoptr(GString) conf = g_string_new ("# Written by Kutip.\n[entities]\n");

  for (guint i = 0; i < state->labels->len; i++)
    g_string_append_printf (conf, "%s\n", (char *) g_ptr_array_index (state->labels, i));

  g_string_append (conf, "\n[relations]\n");
  g_string_append (conf, "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
  for (guint i = 0; i < state->relation_order->len; i++)
    {
      const char *type = g_ptr_array_index (state->relation_order, i);
      GHashTable *pairs = g_hash_table_lookup (state->relations, type);
      g_autoptr(GHashTable) froms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GHashTable) tos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, pairs);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_auto(GStrv) parts = g_strsplit (key, "|", 2);

          g_hash_table_add (froms, g_strdup (parts[0]));
          g_hash_table_add (tos, g_strdup (parts[1]));
        }

      g_string_append_printf (conf, "%s\tArg1:", type);
      append_joined (conf, froms, "|");
      g_string_append (conf, ", Arg2:");
      append_joined (conf, tos, "|");
      g_string_append_c (conf, '\n');
    }

  g_string_append (conf, "\n[events]\n\n[attributes]\n");
  for (guint i = 0; i < state->attribute_order->len; i++)
    {
      const char *key = g_ptr_array_index (state->attribute_order, i);
      GHashTable *values = g_hash_table_lookup (state->attributes, key);

      g_string_append_printf (conf, "%s\tArg:", key);
      append_joined (conf, g_hash_table_lookup (state->attribute_labels, key), "|");
      if (!(g_hash_table_size (values) == 1 && g_hash_table_contains (values, "")))
        {
          g_hash_table_remove (values, "");
          g_string_append (conf, ", Value:");
          append_joined (conf, values, "|");
        }
      g_string_append_c (conf, '\n');
    }

  return _kutip_exporter_write_file (self, "annotation.conf", conf->str, conf->len, error);
}

/* Import */

/* Undoes encode_value(). The bytes must come out as UTF-8 text without
 * NUL ("%FF" and "%00" do not): NULL with an error naming the line. */
static char *
decode_value (KutipImportContext  *ctx,
              const char          *id,
              const char          *value,
              guint                line,
              GError             **error)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = value; *p; p++)
    {
      if (*p == '%' && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
        {
          g_string_append_c (out, (char) (g_ascii_xdigit_value (p[1]) * 16 +
                                          g_ascii_xdigit_value (p[2])));
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }

  if (!g_utf8_validate_len (out->str, out->len, NULL))
    {
      _kutip_import_error (ctx, error, line, KUTIP_ERROR_INVALID_UTF8,
                           "%s: “%s” is not UTF-8 text once its %%XX escapes are decoded",
                           id, value);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  guint start;
  guint end;
} Fragment;

static gboolean
only_space_between (KutipText *text,
                    guint      from,
                    guint      to)
{
  for (guint i = from; i < to; i++)
    if (!g_unichar_isspace (kutip_text_get_char (text, i)))
      return FALSE;
  return TRUE;
}

static gboolean
import_t_line (KutipImportContext  *ctx,
               KutipDocBuilder     *builder,
               GHashTable          *spans,
               char               **fields,
               guint                line,
               GError             **error)
{
  KutipText *text = _kutip_doc_builder_get_text (builder);
  g_autoptr(GArray) fragments = g_array_new (FALSE, FALSE, sizeof (Fragment));
  g_autoptr(GString) joined = g_string_new (NULL);
  g_auto(GStrv) type_and_offsets = NULL;
  g_auto(GStrv) ranges = NULL;
  const char *id = fields[0];
  const char *type;
  char *space;
  KutipAnnotation *annotation = NULL;

  if (fields[1] == NULL || fields[2] == NULL || (space = strchr (fields[1], ' ')) == NULL)
    {
      _kutip_import_error (ctx, error, line, KUTIP_ERROR_PARSE,
                           "expected “%s<TAB>TYPE START END<TAB>TEXT”", id);
      return FALSE;
    }

  type_and_offsets = g_strsplit (fields[1], " ", 2);
  type = type_and_offsets[0];
  ranges = g_strsplit (type_and_offsets[1], ";", -1);
  for (guint i = 0; ranges[i] != NULL; i++)
    {
      Fragment fragment;
      guint64 start, end;
      char *rest;

      start = g_ascii_strtoull (ranges[i], &rest, 10);
      if (rest == ranges[i] || *rest != ' ')
        goto bad_offsets;
      end = g_ascii_strtoull (rest + 1, &rest, 10);
      if (*rest != '\0' || start > end || end > kutip_text_get_length (text))
        goto bad_offsets;
      fragment.start = (guint) start;
      fragment.end = (guint) end;

      {
        gsize n = 0;
        const char *slice = kutip_text_peek_slice (text, fragment.start, fragment.end, &n);

        if (i > 0)
          g_string_append_c (joined, ' ');
        g_string_append_len (joined, slice, (gssize) n);
      }

      /* Fragments split only at line ends or spaces are one span. */
      if (fragments->len > 0 &&
          only_space_between (text, g_array_index (fragments, Fragment, fragments->len - 1).end,
                              fragment.start))
        g_array_index (fragments, Fragment, fragments->len - 1).end = fragment.end;
      else
        g_array_append_val (fragments, fragment);
    }

  if (strcmp (joined->str, fields[2]) != 0)
    {
      g_autofree char *collapsed = g_strdup (joined->str);

      /* brat writes a line end inside a span as a space. */
      g_strdelimit (collapsed, "\r\n\t", ' ');
      if (strcmp (collapsed, fields[2]) != 0)
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_TEXT_MISMATCH,
                               "%s says it covers “%s” but the text there is “%s”",
                               id, fields[2], joined->str);
          return FALSE;
        }
    }

  if (fragments->len > 1 && ctx->options->discontinuous == KUTIP_DISCONTINUOUS_REFUSE)
    {
      _kutip_import_error (ctx, error, line, KUTIP_ERROR_OFFSET,
                           "%s is discontinuous (%s) and Kutip spans are continuous; import "
                           "it split into fragments (kutip-cli import --discontinuous split)",
                           id, type_and_offsets[1]);
      return FALSE;
    }

  for (guint i = 0; i < fragments->len; i++)
    {
      Fragment *fragment = &g_array_index (fragments, Fragment, i);
      g_autofree char *fragment_id = i == 0 ? g_strdup (id) : g_strdup_printf ("%s-%u", id, i + 1);
      KutipAnnotation *piece;

      if (!_kutip_doc_builder_add_span (builder, fragment_id, type, fragment->start, fragment->end,
                                        TRUE, NULL, line, &piece, error))
        return FALSE;
      if (i == 0)
        annotation = piece;
      else if (piece != NULL &&
               !_kutip_doc_builder_add_relation (builder, KUTIP_RELATION_FRAGMENT_OF, fragment_id,
                                                 id, KUTIP_STATUS_ACCEPTED, line, error))
        return FALSE;
    }

  if (annotation != NULL)
    g_hash_table_insert (spans, g_strdup (id), annotation);
  return TRUE;

bad_offsets:
  _kutip_import_error (ctx, error, line, KUTIP_ERROR_OFFSET,
                       "%s: offsets “%s” are not “START END” pairs inside the text (%u code points)",
                       id, type_and_offsets[1], kutip_text_get_length (text));
  return FALSE;
}

static gboolean
import_other_line (KutipImportContext  *ctx,
                   KutipDocBuilder     *builder,
                   GHashTable          *spans,
                   char               **fields,
                   guint                line,
                   GError             **error)
{
  const char *id = fields[0];
  g_auto(GStrv) words = fields[1] ? g_strsplit (fields[1], " ", -1) : NULL;
  guint n_words = words ? g_strv_length (words) : 0;
  KutipAnnotation *target = NULL;

  switch (id[0])
    {
    case 'R':
      if (n_words != 3 || !g_str_has_prefix (words[1], "Arg1:") ||
          !g_str_has_prefix (words[2], "Arg2:"))
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_PARSE,
                               "expected “%s<TAB>TYPE Arg1:T1 Arg2:T2”", id);
          return FALSE;
        }
      return _kutip_doc_builder_add_relation (builder, words[0], words[1] + 5, words[2] + 5,
                                              KUTIP_STATUS_ACCEPTED, line, error);

    case 'A':
    case 'M':
    case 'N':
    case '#':
      if (n_words < 2)
        {
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_PARSE,
                               "expected “%s<TAB>NAME TARGET …”", id);
          return FALSE;
        }
      if (_kutip_doc_builder_is_dropped (builder, words[1]))
        return TRUE;
      target = g_hash_table_lookup (spans, words[1]);
      if (target == NULL)
        {
          /* Notes and attributes on relations or events: not carried. */
          if (words[1][0] != 'T')
            return TRUE;
          _kutip_import_error (ctx, error, line, KUTIP_ERROR_UNKNOWN_REFERENCE,
                               "%s refers to %s, which is not a span in this file", id, words[1]);
          return FALSE;
        }
      break;

    default:
      /* E (events) and * (equivalences) have no place in Kutip. */
      return TRUE;
    }

  if (id[0] == '#')
    {
      kutip_annotation_set_note (target, fields[2] ? fields[2] : "");
    }
  else if (id[0] == 'N')
    {
      const char *reference = n_words > 2 ? words[2] : "";

      if (g_str_has_prefix (reference, "ISO8601:"))
        {
          g_autofree char *value = decode_value (ctx, id, reference + 8, line, error);

          if (value == NULL)
            return FALSE;
          kutip_annotation_set_attribute (target, DATE_VALUE_KEY, value);
        }
      else if (g_str_has_prefix (reference, "Kutip:"))
        {
          g_autofree char *entity_id = decode_value (ctx, id, reference + 6, line, error);

          if (entity_id == NULL ||
              !_kutip_doc_builder_add_mention (builder, entity_id, fields[2] ? fields[2] : "",
                                               kutip_annotation_get_id (target), line, error))
            return FALSE;
        }
      else
        {
          /* Other knowledge bases stay readable as an attribute. */
          kutip_annotation_set_attribute (target, "reference", reference);
        }
    }
  else
    {
      g_autofree char *value = n_words > 2 ? decode_value (ctx, id, words[2], line, error)
                                           : g_strdup ("");

      if (value == NULL)
        return FALSE;
      kutip_annotation_set_attribute (target, words[0], value);
    }

  return TRUE;
}

static gboolean
import_pair (KutipImportContext  *ctx,
             const char          *ann_path,
             const char          *txt_path,
             GError             **error)
{
  g_autofree char *text = NULL;
  g_autofree char *ann = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KutipDocBuilder) builder = NULL;
  g_autoptr(GHashTable) spans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *base = g_path_get_basename (ann_path);
  g_auto(GStrv) lines = NULL;
  gsize n_text = 0, n_ann = 0;
  const char *saved_where = ctx->where;
  gboolean ok = TRUE;

  if (!kutip_file_get_contents (txt_path, &text, &n_text, &local_error) ||
      !kutip_file_get_contents (ann_path, &ann, &n_ann, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }
  if (!kutip_utf8_check (text, n_text, txt_path, error) ||
      !kutip_utf8_check (ann, n_ann, ann_path, error))
    return FALSE;

  ctx->where = ann_path;
  builder = _kutip_doc_builder_new (ctx, text, (gssize) n_text, 0, error);
  if (builder == NULL)
    {
      ctx->where = saved_where;
      return FALSE;
    }
  base[strlen (base) - strlen (".ann")] = '\0';
  kutip_document_set_id (_kutip_doc_builder_get_document (builder), base);

  /* The .txt is read exactly, a leading U+FEFF included: brat counts it
   * in its offsets. A mark starting the .ann is only its signature. */
  lines = g_strsplit (ann + kutip_utf8_signature_length (ann, n_ann), "\n", -1);
  /* Spans first: other lines may name spans written after them. */
  for (guint pass = 0; ok && pass < 2; pass++)
    for (guint i = 0; ok && lines[i] != NULL; i++)
      {
        g_auto(GStrv) fields = NULL;
        char *line = lines[i];
        gsize len = strlen (line);

        if (len > 0 && line[len - 1] == '\r')
          line[--len] = '\0';
        if (len == 0 || (line[0] == 'T') != (pass == 0))
          continue;

        fields = g_strsplit (line, "\t", 3);
        if (fields[1] == NULL)
          {
            _kutip_import_error (ctx, error, i + 1, KUTIP_ERROR_PARSE,
                                 "expected fields separated by tabs");
            ok = FALSE;
          }
        else if (pass == 0)
          ok = import_t_line (ctx, builder, spans, fields, i + 1, error);
        else
          ok = import_other_line (ctx, builder, spans, fields, i + 1, error);
      }

  ok = ok && _kutip_doc_builder_finish (builder, error);
  ctx->where = saved_where;
  return ok;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
brat_import_path (KutipImportContext  *ctx,
                  const char          *path,
                  GError             **error)
{
  g_autoptr(GPtrArray) anns = g_ptr_array_new_with_free_func (g_free);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GDir) dir = g_dir_open (path, 0, &local_error);
      const char *name;

      if (dir == NULL)
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s", local_error->message);
          return FALSE;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".ann"))
          g_ptr_array_add (anns, g_build_filename (path, name, NULL));
      g_ptr_array_sort (anns, compare_strings);
      if (anns->len == 0)
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: no .ann files in this folder", path);
          return FALSE;
        }
    }
  else if (g_str_has_suffix (path, ".ann") || g_str_has_suffix (path, ".txt"))
    {
      g_autofree char *stem = g_strndup (path, strlen (path) - 4);

      g_ptr_array_add (anns, g_strconcat (stem, ".ann", NULL));
    }
  else
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO,
                   "%s: brat needs a folder, or a .ann or .txt file", path);
      return FALSE;
    }

  for (guint i = 0; i < anns->len; i++)
    {
      const char *ann_path = g_ptr_array_index (anns, i);
      g_autofree char *stem = g_strndup (ann_path, strlen (ann_path) - 4);
      g_autofree char *txt_path = g_strconcat (stem, ".txt", NULL);

      if (!g_file_test (ann_path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: its annotations %s are missing",
                       txt_path, ann_path);
          return FALSE;
        }
      if (!g_file_test (txt_path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: its text %s is missing",
                       ann_path, txt_path);
          return FALSE;
        }
      if (!import_pair (ctx, ann_path, txt_path, error))
        return FALSE;
    }

  return TRUE;
}

const KutipFormat kutip_format_brat = {
  .name = "brat",
  .title = "brat standoff",
  .extension = NULL,
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_CAN_IMPORT | KUTIP_FORMAT_FOLDER |
           KUTIP_FORMAT_RELATIONS,
  .export_begin = brat_export_begin,
  .export_document = brat_export_document,
  .export_end = brat_export_end,
  .import_path = brat_import_path,
};
