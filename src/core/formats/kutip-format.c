/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format.c: the format table, the streaming exporter and the
 * all-or-nothing import driver. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-format-private.h"
#include "kutip-json-check.h"
#include "kutip-store-private.h"

#define FLUSH_THRESHOLD (256 * 1024)

static const KutipFormat * const formats[] = {
  &kutip_format_jsonl,
  &kutip_format_doccano,
  &kutip_format_label_studio,
  &kutip_format_brat,
  &kutip_format_conll,
  &kutip_format_hf,
  &kutip_format_prodigy,
  &kutip_format_csv,
  &kutip_format_text,
  NULL,
};

void
kutip_export_options_init (KutipExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->offsets = KUTIP_OFFSET_CODEPOINT;
  options->nesting = KUTIP_NESTING_OUTERMOST;
}

void
kutip_import_options_init (KutipImportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->offsets = KUTIP_OFFSET_CODEPOINT;
  options->discontinuous = KUTIP_DISCONTINUOUS_SPLIT;
}

/**
 * kutip_formats_list:
 *
 * Returns: (transfer none): the NULL-terminated table of formats.
 */
const KutipFormat * const *
kutip_formats_list (void)
{
  return formats;
}

/**
 * kutip_format_lookup:
 * @name: "jsonl", "doccano", "label-studio", "brat", "conll", "hf",
 *   "prodigy", "csv" or "text"
 *
 * Returns: (transfer none) (nullable): the format, or NULL.
 */
const KutipFormat *
kutip_format_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; formats[i] != NULL; i++)
    if (g_ascii_strcasecmp (formats[i]->name, name) == 0)
      return formats[i];

  return NULL;
}

const char *
kutip_format_get_name (const KutipFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);
  return format->name;
}

const char *
kutip_format_get_title (const KutipFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);
  return format->title;
}

const char *
kutip_format_get_extension (const KutipFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);
  return format->extension;
}

KutipFormatFlags
kutip_format_get_flags (const KutipFormat *format)
{
  g_return_val_if_fail (format != NULL, 0);
  return format->flags;
}

/* Exporter */

static KutipExporter *
exporter_new (const KutipFormat        *format,
              const KutipExportOptions *options)
{
  KutipExporter *self = g_new0 (KutipExporter, 1);

  self->format = format;
  if (options != NULL)
    self->options = *options;
  else
    kutip_export_options_init (&self->options);
  self->own_label_order = g_ptr_array_new_with_free_func (g_free);
  self->tag_names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->tag_names, g_strdup ("O"));
  self->buf = g_string_sized_new (FLUSH_THRESHOLD + 4096);

  return self;
}

static gboolean
exporter_begin (KutipExporter  *self,
                GError        **error)
{
  if (self->format->export_begin != NULL &&
      !self->format->export_begin (self, error))
    return FALSE;
  return _kutip_exporter_flush (self, FALSE, error);
}

/**
 * kutip_exporter_new_for_stream:
 * @stream: where the export goes; not closed by the exporter
 *
 * Fails for folder formats (brat), which need a path.
 * Returns: (transfer full) (nullable):
 */
KutipExporter *
kutip_exporter_new_for_stream (const KutipFormat        *format,
                               GOutputStream            *stream,
                               const KutipExportOptions *options,
                               GError                  **error)
{
  g_autoptr(KutipExporter) self = NULL;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  if (!(format->flags & KUTIP_FORMAT_CAN_EXPORT) || (format->flags & KUTIP_FORMAT_FOLDER))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   (format->flags & KUTIP_FORMAT_FOLDER)
                   ? "%s writes a folder, not a single stream"
                   : "%s cannot be exported", format->title);
      return NULL;
    }

  self = exporter_new (format, options);
  self->stream = g_object_ref (stream);

  if (!exporter_begin (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kutip_exporter_new_for_path:
 * @path: the file to write (in place when finished), or the folder to
 *   fill for folder formats; see %KutipExportOptions.overwrite
 *
 * Returns: (transfer full) (nullable):
 */
KutipExporter *
kutip_exporter_new_for_path (const KutipFormat        *format,
                             const char               *path,
                             const KutipExportOptions *options,
                             GError                  **error)
{
  g_autoptr(KutipExporter) self = NULL;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!(format->flags & KUTIP_FORMAT_CAN_EXPORT))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s cannot be exported", format->title);
      return NULL;
    }

  self = exporter_new (format, options);
  self->path = g_strdup (path);
  if (!_kutip_exporter_open_path (self, error))
    return NULL;

  if (!exporter_begin (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kutip_exporter_add:
 *
 * Writes @document. On error (a span whose covered text differs from
 * text[start:end], a write failure) nothing of @document is written.
 */
gboolean
kutip_exporter_add (KutipExporter  *self,
                    KutipDocument  *document,
                    GError        **error)
{
  gsize mark;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), FALSE);

  /* Seed the label order from the first document's schema, so built-in
   * labels get the same tag ids in every export. */
  if (_kutip_exporter_label_order (self)->len == 0)
    {
      KutipSchema *schema = kutip_document_get_schema (document);

      for (guint i = 0; schema != NULL && i < kutip_schema_get_n_labels (schema); i++)
        _kutip_exporter_label_index (self, kutip_schema_get_label (schema, i)->name);
    }

  mark = self->buf->len;
  if (!self->format->export_document (self, document, error))
    {
      g_string_truncate (self->buf, mark);
      return FALSE;
    }

  self->n_documents++;
  return _kutip_exporter_flush (self, FALSE, error);
}

/**
 * kutip_exporter_finish:
 *
 * Writes the closing part (and side files) and closes what the exporter
 * opened. Call once.
 */
gboolean
kutip_exporter_finish (KutipExporter  *self,
                       GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->format->export_end != NULL && !self->format->export_end (self, error))
    return FALSE;

  if (!_kutip_exporter_flush (self, TRUE, error))
    return FALSE;

  /* What a path export wrote goes into place; a caller's stream is only
   * flushed. */
  if (self->path != NULL)
    return _kutip_exporter_commit (self, error);

  if (self->stream != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!g_output_stream_flush (self->stream, NULL, &local_error))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "output: %s", local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

guint
kutip_exporter_get_n_documents (KutipExporter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_documents;
}

void
kutip_exporter_free (KutipExporter *self)
{
  if (self == NULL)
    return;

  if (self->state_free != NULL)
    self->state_free (self->state);
  /* An unfinished path export leaves the old file or folder as it was. */
  if (self->path != NULL)
    _kutip_exporter_discard (self);
  g_clear_object (&self->stream);
  g_ptr_array_unref (self->own_label_order);
  g_ptr_array_unref (self->tag_names);
  g_string_free (self->buf, TRUE);
  g_free (self->path);
  g_free (self);
}

gboolean
_kutip_exporter_flush (KutipExporter  *self,
                       gboolean        force,
                       GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->stream == NULL || self->buf->len == 0)
    return TRUE;
  if (!force && self->buf->len < FLUSH_THRESHOLD)
    return TRUE;

  if (!g_output_stream_write_all (self->stream, self->buf->str, self->buf->len,
                                  NULL, NULL, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: %s",
                   self->path ? self->path : "output", local_error->message);
      return FALSE;
    }

  g_string_truncate (self->buf, 0);
  return TRUE;
}

void
_kutip_exporter_leave_out_link (KutipExporter *self)
{
  self->links_unsupported++;
}

/**
 * kutip_exporter_get_links_left_out:
 * @pending: (out) (optional): suggested links not reviewed yet, left out
 *   because only accepted work is exported
 * @unsupported: (out) (optional): links the format has no place for
 *
 * Counts the links between two exported spans that the export did not
 * write, over the documents added so far; a link whose end was not
 * exported, or that was rejected, is not counted.
 *
 * Returns: the sum of both
 */
guint
kutip_exporter_get_links_left_out (KutipExporter *self,
                                   guint         *pending,
                                   guint         *unsupported)
{
  g_return_val_if_fail (self != NULL, 0);

  if (pending != NULL)
    *pending = self->links_pending;
  if (unsupported != NULL)
    *unsupported = self->links_unsupported;
  return self->links_pending + self->links_unsupported;
}

gboolean
_kutip_exporter_includes (KutipExporter *self,
                          KutipStatus    status)
{
  if (status == KUTIP_STATUS_ACCEPTED)
    return TRUE;
  return status == KUTIP_STATUS_PENDING && self->options.all_statuses;
}

gboolean
_kutip_exporter_collect (KutipExporter  *self,
                         KutipDocument  *document,
                         GPtrArray     **annotations,
                         GPtrArray     **relations,
                         GError        **error)
{
  GListModel *list = kutip_document_get_annotations (document);
  KutipText *text = kutip_document_get_text (document);
  guint n = g_list_model_get_n_items (list);
  guint length = kutip_text_get_length (text);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GHashTable) kept_ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipAnnotation) annotation = g_list_model_get_item (list, i);
      guint start = kutip_annotation_get_start (annotation);
      guint end = kutip_annotation_get_end (annotation);
      const char *covered = kutip_annotation_get_text (annotation);

      if (!_kutip_exporter_includes (self, kutip_annotation_get_status (annotation)))
        continue;

      /* Never write a span whose offsets point at other text. */
      if (start > end || end > length ||
          (covered != NULL && !kutip_text_slice_equal (text, start, end, covered)))
        {
          g_autofree char *name = _kutip_exporter_document_name (self, document);
          g_autofree char *actual = end <= length && start <= end
                                    ? kutip_text_dup_slice (text, start, end)
                                    : g_strdup ("(out of range)");

          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH,
                       "document %s: annotation %s [%u, %u): stored text “%s” "
                       "differs from the text there, “%s”; nothing of it was exported",
                       name, kutip_annotation_get_id (annotation), start, end,
                       covered ? covered : "", actual);
          return FALSE;
        }

      g_hash_table_add (kept_ids, (gpointer) kutip_annotation_get_id (annotation));
      g_ptr_array_add (kept, g_steal_pointer (&annotation));
    }

  {
    GListModel *rlist = kutip_document_get_relations (document);
    guint n_relations = g_list_model_get_n_items (rlist);
    /* Kutip JSONL is the whole document: nothing is left out. */
    gboolean lossless = (self->format->flags & KUTIP_FORMAT_LOSSLESS) != 0;

    if (relations != NULL)
      *relations = g_ptr_array_new_full (n_relations, g_object_unref);
    else if (lossless)
      n_relations = 0;
    for (guint i = 0; i < n_relations; i++)
      {
        g_autoptr(KutipRelation) relation = g_list_model_get_item (rlist, i);
        KutipStatus status = kutip_relation_get_status (relation);

        /* A link to a span that does not go out goes with it; a rejected
         * suggestion is no link. */
        if (status == KUTIP_STATUS_REJECTED ||
            !g_hash_table_contains (kept_ids, kutip_relation_get_from_id (relation)) ||
            !g_hash_table_contains (kept_ids, kutip_relation_get_to_id (relation)))
          continue;
        if (!_kutip_exporter_includes (self, status))
          self->links_pending++;
        else if (relations == NULL)
          self->links_unsupported++;
        else
          g_ptr_array_add (*relations, g_steal_pointer (&relation));
      }
  }

  *annotations = g_steal_pointer (&kept);
  return TRUE;
}

gsize
_kutip_exporter_offset (KutipExporter *self,
                        KutipText     *text,
                        guint          offset)
{
  switch (self->options.offsets)
    {
    case KUTIP_OFFSET_UTF16:
      return kutip_text_offset_to_utf16 (text, offset);
    case KUTIP_OFFSET_BYTE:
      return kutip_text_offset_to_byte (text, offset);
    case KUTIP_OFFSET_CODEPOINT:
    default:
      return offset;
    }
}

char *
_kutip_exporter_document_name (KutipExporter *self,
                               KutipDocument *document)
{
  const char *id = kutip_document_get_id (document);

  if (id != NULL && *id != '\0')
    return g_strdup (id);
  return g_strdup_printf ("doc-%u", self->n_documents + 1);
}

GPtrArray *
_kutip_exporter_label_order (KutipExporter *self)
{
  return self->options.label_order ? self->options.label_order : self->own_label_order;
}

guint
_kutip_exporter_label_index (KutipExporter *self,
                             const char    *label)
{
  GPtrArray *order = _kutip_exporter_label_order (self);

  for (guint i = 0; i < order->len; i++)
    if (strcmp (g_ptr_array_index (order, i), label) == 0)
      return i;

  g_ptr_array_add (order, g_strdup (label));
  return order->len - 1;
}

const char *
_kutip_tag_name (KutipExporter *self,
                 guint          tag)
{
  GPtrArray *order = _kutip_exporter_label_order (self);

  while (self->tag_names->len < 1 + 2 * order->len)
    {
      guint k = (self->tag_names->len - 1) / 2;
      const char *label = g_ptr_array_index (order, k);

      g_ptr_array_add (self->tag_names, g_strconcat ((self->tag_names->len % 2) ? "B-" : "I-",
                                                     label, NULL));
    }

  g_return_val_if_fail (tag < self->tag_names->len, "O");
  return g_ptr_array_index (self->tag_names, tag);
}

/* JSON writing by hand: building a JsonNode tree per line would cost more
 * than the rest of an export. Strings go through the store's escaper. */
void
_kutip_json_append_string (GString    *out,
                           const char *str,
                           gssize      len)
{
  if (str == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  _kutip_store_append_string (out, str, len < 0 ? strlen (str) : (gsize) len);
}

void
_kutip_json_append_member (GString    *out,
                           const char *name,
                           const char *value)
{
  g_string_append_c (out, '"');
  g_string_append (out, name);
  g_string_append (out, "\":");
  _kutip_json_append_string (out, value, -1);
}

/* An id member as a string, whether the file wrote a number or a string. */
char *
_kutip_json_dup_id (JsonObject *object,
        const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

gboolean
_kutip_json_holds_object (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node);
}

gboolean
_kutip_json_holds_array (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node);
}

gboolean
_kutip_json_get_int (JsonNode *node,
         gint64   *value)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

const char *
_kutip_json_get_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Import */

void
_kutip_import_error (KutipImportContext  *ctx,
                     GError             **error,
                     guint                line,
                     int                  code,
                     const char          *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, KUTIP_ERROR, code, "%s:%u: %s", ctx->where, line, message);
  else if (ctx->place != NULL)
    g_set_error (error, KUTIP_ERROR, code, "%s: %s: %s", ctx->where, ctx->place, message);
  else
    g_set_error (error, KUTIP_ERROR, code, "%s: %s", ctx->where, message);
}

gboolean
_kutip_import_parse_json (KutipImportContext  *ctx,
                          const char          *data,
                          gsize                n_bytes,
                          guint                line,
                          JsonNode           **node,
                          GError             **error)
{
  g_autofree char *where = line > 0 ? g_strdup_printf ("%s:%u", ctx->where, line)
                                    : g_strdup (ctx->where);

  *node = kutip_json_parse (data, n_bytes, where, error);
  return *node != NULL;
}

gboolean
_kutip_import_foreach_line (KutipImportContext  *ctx,
                            const char          *data,
                            gsize                n_bytes,
                            KutipLineFunc        func,
                            GError             **error)
{
  const char *p = data;
  const char *end = data + n_bytes;
  guint line = 0;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl ? nl : end;
      const char *q = p;

      line++;
      while (q < line_end && g_ascii_isspace (*q))
        q++;

      if (q < line_end && !func (ctx, p, line_end - p, line, error))
        return FALSE;

      p = nl ? nl + 1 : end;
    }

  return TRUE;
}

static gboolean
import_file (KutipImportContext  *ctx,
             const char          *path,
             GError             **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize n_bytes = 0;
  gsize skip;
  const char *saved_where = ctx->where;
  gboolean ok;

  if (!kutip_file_get_contents (path, &data, &n_bytes, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }

  if (!kutip_utf8_check (data, n_bytes, path, error))
    return FALSE;
  /* A byte order mark is the file's signature: no format counts it. */
  skip = kutip_utf8_signature_length (data, n_bytes);

  ctx->where = path;
  ok = ctx->format->import_data (ctx, data + skip, n_bytes - skip, error);
  ctx->where = saved_where;

  return ok;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every file with the format's extension in @dir, sorted by name. */
static gboolean
import_folder (KutipImportContext  *ctx,
               const char          *dir,
               GError             **error)
{
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  const char *name;

  handle = g_dir_open (dir, 0, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      if (g_str_has_suffix (name, ctx->format->extension))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_strings);

  if (names->len == 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: no %s files in this folder",
                   dir, ctx->format->extension);
      return FALSE;
    }

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      if (!import_file (ctx, path, error))
        return FALSE;
    }

  return TRUE;
}

GPtrArray *
kutip_format_import_path (const KutipFormat        *format,
                          const char               *path,
                          const KutipImportOptions *options,
                          GError                  **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  KutipImportOptions defaults;
  KutipImportContext ctx = { format, options, path, NULL, documents };
  gboolean ok;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!(format->flags & KUTIP_FORMAT_CAN_IMPORT))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s cannot be imported", format->title);
      return NULL;
    }

  if (options == NULL)
    {
      kutip_import_options_init (&defaults);
      ctx.options = &defaults;
    }

  if (format->import_path != NULL)
    ok = format->import_path (&ctx, path, error);
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    ok = import_folder (&ctx, path, error);
  else
    ok = import_file (&ctx, path, error);

  if (!ok)
    return NULL;

  return g_steal_pointer (&documents);
}

GPtrArray *
kutip_format_import_data (const KutipFormat        *format,
                          const char               *data,
                          gsize                     n_bytes,
                          const char               *where,
                          const KutipImportOptions *options,
                          GError                  **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  KutipImportOptions defaults;
  KutipImportContext ctx = { format, options, where ? where : "input", NULL, documents };
  gsize skip;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (data != NULL || n_bytes == 0, NULL);

  if (!(format->flags & KUTIP_FORMAT_CAN_IMPORT) || format->import_data == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s cannot be imported from one stream", format->title);
      return NULL;
    }

  if (options == NULL)
    {
      kutip_import_options_init (&defaults);
      ctx.options = &defaults;
    }

  if (!kutip_utf8_check (data, n_bytes, ctx.where, error))
    return NULL;
  skip = kutip_utf8_signature_length (data, n_bytes);

  if (!format->import_data (&ctx, data + skip, n_bytes - skip, error))
    return NULL;

  return g_steal_pointer (&documents);
}
