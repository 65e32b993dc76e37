/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-jsonl.c: Kutip JSONL, one whole Kutip JSON document per line;
 * lossless because each line is exactly what kutip-store saves. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"
#include "kutip-store.h"

static gboolean
jsonl_export_document (KutipExporter  *self,
                       KutipDocument  *document,
                       GError        **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree char *data = NULL;
  gsize n_bytes = 0;

  /* Lossless means everything, whatever the status filter says; the check
   * of covered text still applies. */
  if (!_kutip_exporter_collect (self, document, &annotations, NULL, error))
    return FALSE;

  data = kutip_store_to_data (document, FALSE, &n_bytes);
  g_string_append_len (self->buf, data, n_bytes);
  g_string_append_c (self->buf, '\n');

  return TRUE;
}

static gboolean
jsonl_import_line (KutipImportContext  *ctx,
                   const char          *line,
                   gsize                n_bytes,
                   guint                line_number,
                   GError             **error)
{
  g_autofree char *where = g_strdup_printf ("%s:%u", ctx->where, line_number);
  KutipDocument *document;

  document = kutip_store_load_data (line, n_bytes, where, KUTIP_LOAD_DEFAULT, error);
  if (document == NULL)
    return FALSE;

  kutip_document_set_path (document, NULL);
  g_ptr_array_add (ctx->documents, document);
  return TRUE;
}

static gboolean
jsonl_import_data (KutipImportContext  *ctx,
                   const char          *data,
                   gsize                n_bytes,
                   GError             **error)
{
  return _kutip_import_foreach_line (ctx, data, n_bytes, jsonl_import_line, error);
}

/**
 * kutip_format_read_jsonl:
 * @stream: Kutip JSONL
 * @where: the file name for messages
 *
 * Reads one line at a time and hands each document to @callback, so a
 * corpus of any size passes through in flat memory.
 */
gboolean
kutip_format_read_jsonl (GInputStream       *stream,
                         const char         *where,
                         KutipDocumentFunc   callback,
                         gpointer            user_data,
                         GError            **error)
{
  g_autoptr(GDataInputStream) lines = NULL;
  guint line_number = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (callback != NULL, FALSE);

  lines = g_data_input_stream_new (stream);
  g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (lines), 1024 * 1024);
  g_data_input_stream_set_newline_type (lines, G_DATA_STREAM_NEWLINE_TYPE_LF);

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(KutipDocument) document = NULL;
      g_autofree char *line_where = NULL;
      g_autofree char *line = NULL;
      gsize n_bytes = 0;

      line = g_data_input_stream_read_line (lines, &n_bytes, NULL, &local_error);
      if (line == NULL)
        {
          if (local_error != NULL)
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: %s", where,
                           local_error->message);
              return FALSE;
            }
          return TRUE;
        }

      line_number++;
      if (n_bytes == 0 || strspn (line, " \t\r") == n_bytes)
        continue;

      line_where = g_strdup_printf ("%s:%u", where, line_number);
      document = kutip_store_load_data (line, n_bytes, line_where, KUTIP_LOAD_DEFAULT, error);
      if (document == NULL)
        return FALSE;

      if (!callback (document, user_data, error))
        return FALSE;
    }
}

const KutipFormat kutip_format_jsonl = {
  .name = "jsonl",
  .title = "Kutip JSONL",
  .extension = ".jsonl",
  .flags = KUTIP_FORMAT_CAN_EXPORT | KUTIP_FORMAT_CAN_IMPORT | KUTIP_FORMAT_RELATIONS |
           KUTIP_FORMAT_LOSSLESS,
  .export_document = jsonl_export_document,
  .import_data = jsonl_import_data,
};
