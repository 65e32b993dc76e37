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

/* Loading a document costs several times what writing it does, so a
 * thread loads while the caller's thread exports; a short queue keeps
 * memory flat. */
#define QUEUE_LENGTH 32

typedef struct
{
  GMutex        lock;
  GCond         cond;
  GQueue        queue;     /* KutipDocument, in file order */
  GQueue        spent;     /* exported documents for the loader to free */
  gboolean      done;      /* the loader finished, at the end or on an error */
  gboolean      stop;      /* the caller wants no more */
  GError       *error;     /* the loader's error */
  GInputStream *stream;
  const char   *where;
} Pipeline;

static gboolean
push_document (KutipDocument  *document,
               gpointer        user_data,
               GError        **error)
{
  Pipeline *pipeline = user_data;
  GQueue spent = G_QUEUE_INIT;
  gboolean stop;

  g_mutex_lock (&pipeline->lock);
  /* Documents are freed in the thread that made them: malloc and GObject
   * are cheaper that way than freeing across threads. */
  spent = pipeline->spent;
  g_queue_init (&pipeline->spent);
  while (pipeline->queue.length >= QUEUE_LENGTH && !pipeline->stop)
    g_cond_wait (&pipeline->cond, &pipeline->lock);
  stop = pipeline->stop;
  if (!stop)
    g_queue_push_tail (&pipeline->queue, g_object_ref (document));
  if (pipeline->queue.length == 1)
    g_cond_broadcast (&pipeline->cond);
  g_mutex_unlock (&pipeline->lock);

  g_queue_clear_full (&spent, g_object_unref);

  /* Stopping is not an error of the loader: it ends quietly. */
  return !stop;
}

static gpointer
load_thread (gpointer data)
{
  Pipeline *pipeline = data;
  GError *error = NULL;

  read_lines (pipeline->stream, pipeline->where, push_document, pipeline, &error);

  g_mutex_lock (&pipeline->lock);
  pipeline->error = error;
  pipeline->done = TRUE;
  g_cond_broadcast (&pipeline->cond);
  g_mutex_unlock (&pipeline->lock);

  return NULL;
}

/**
 * kutip_format_read_jsonl:
 * @stream: Kutip JSONL
 * @where: the file name for messages
 *
 * Reads one line at a time and hands each document to @callback, in file
 * order and in the calling thread, so a corpus of any size passes through
 * in flat memory. Documents are loaded on a helper thread meanwhile.
 */
gboolean
kutip_format_read_jsonl (GInputStream       *stream,
                         const char         *where,
                         KutipDocumentFunc   callback,
                         gpointer            user_data,
                         GError            **error)
{
  Pipeline pipeline = { 0 };
  GThread *thread;
  gboolean ok = TRUE;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (callback != NULL, FALSE);

  g_mutex_init (&pipeline.lock);
  g_cond_init (&pipeline.cond);
  g_queue_init (&pipeline.queue);
  pipeline.stream = stream;
  pipeline.where = where;

  thread = g_thread_new ("kutip-jsonl", load_thread, &pipeline);

  while (ok)
    {
      GQueue batch = G_QUEUE_INIT;
      KutipDocument *document;

      /* Take everything loaded so far in one go; hand back what was
       * exported last time. */
      g_mutex_lock (&pipeline.lock);
      while (pipeline.queue.length == 0 && !pipeline.done)
        g_cond_wait (&pipeline.cond, &pipeline.lock);
      batch = pipeline.queue;
      g_queue_init (&pipeline.queue);
      g_cond_broadcast (&pipeline.cond);
      g_mutex_unlock (&pipeline.lock);

      if (batch.length == 0)
        break;

      for (GList *l = batch.head; l != NULL && ok; l = l->next)
        ok = callback (l->data, user_data, error);

      g_mutex_lock (&pipeline.lock);
      while ((document = g_queue_pop_head (&batch)) != NULL)
        g_queue_push_tail (&pipeline.spent, document);
      g_mutex_unlock (&pipeline.lock);
    }

  if (!ok)
    {
      g_mutex_lock (&pipeline.lock);
      pipeline.stop = TRUE;
      g_cond_broadcast (&pipeline.cond);
      g_mutex_unlock (&pipeline.lock);
    }

  g_thread_join (thread);
  g_queue_clear_full (&pipeline.queue, g_object_unref);
  g_queue_clear_full (&pipeline.spent, g_object_unref);
  if (ok && pipeline.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&pipeline.error));
      ok = FALSE;
    }
  g_clear_error (&pipeline.error);
  g_mutex_clear (&pipeline.lock);
  g_cond_clear (&pipeline.cond);

  return ok;
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
