/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-refresh.c: brings a project's document list and search
 * index up to date with its folder.
 *
 * One routine does the work, in the caller's thread (kutip_project_refresh)
 * or in a worker (kutip_project_refresh_async). It scans the folder,
 * compares each document's files with what the index holds (size and time
 * first; when those differ, a hash of the bytes, so a file only touched is
 * not read again), and reads the documents that changed, in batches of one
 * transaction each. The document list belongs to the main thread: the
 * worker sends it updates (the rows, then each batch's facts, and
 * progress) through a queue that the main context drains. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-project-private.h"
#include "kutip-store.h"

/* A batch ends after this many documents, bytes or microseconds: long
 * enough for few transactions, short enough for searches to get in and
 * the list to fill in smoothly. */
#define BATCH_DOCUMENTS 512
#define BATCH_BYTES     (16 << 20)
#define BATCH_USEC      (250 * 1000)
/* Documents read ahead of the writer: enough to keep the workers busy. */
#define WORK_AHEAD      64

typedef enum
{
  UPDATE_PROBLEMS,
  UPDATE_LIST,
  UPDATE_FACTS,
  UPDATE_PROGRESS,
} UpdateKind;

typedef struct
{
  UpdateKind  kind;
  GPtrArray  *entries;    /* LIST: KutipScanEntry */
  GPtrArray  *keys;       /* FACTS: char * */
  GPtrArray  *facts;      /* LIST and FACTS: KutipDocumentFacts * (NULL: not known) */
  GPtrArray  *problems;   /* PROBLEMS: GError */
  guint       n_done;
  guint       n_total;
  guint64     bytes_done;
  guint64     bytes_total;
} Update;

typedef struct
{
  gint                      ref_count;
  KutipProject             *project;
  KutipIndex               *index;
  char                     *folder;
  KutipProjectRefreshFlags  flags;
  KutipProjectProgressFunc  progress;
  gpointer                  progress_data;
  GDestroyNotify            progress_destroy;
  GMainContext             *context;
  GAsyncQueue              *queue;      /* NULL: apply updates at once */
  GAsyncQueue              *results;    /* Work prepared by the workers */
  GTask                    *outer;      /* the caller's task, async only */
} Job;

static void
facts_free (gpointer data)
{
  if (data == NULL)
    return;
  _kutip_document_facts_clear (data);
  g_free (data);
}

static void
update_free (gpointer data)
{
  Update *update = data;

  g_clear_pointer (&update->entries, g_ptr_array_unref);
  g_clear_pointer (&update->keys, g_ptr_array_unref);
  g_clear_pointer (&update->facts, g_ptr_array_unref);
  g_clear_pointer (&update->problems, g_ptr_array_unref);
  g_free (update);
}

static void
job_unref (gpointer data)
{
  Job *job = data;

  if (!g_atomic_int_dec_and_test (&job->ref_count))
    return;
  if (job->progress_destroy != NULL)
    job->progress_destroy (job->progress_data);
  g_clear_object (&job->project);
  g_free (job->folder);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_clear_pointer (&job->queue, g_async_queue_unref);
  g_clear_object (&job->outer);
  g_free (job);
}

static Job *
job_ref (Job *job)
{
  g_atomic_int_inc (&job->ref_count);
  return job;
}

static void
apply (Job    *job,
       Update *update)
{
  switch (update->kind)
    {
    case UPDATE_PROBLEMS:
      _kutip_project_set_problems (job->project, update->problems);
      break;
    case UPDATE_LIST:
      _kutip_project_apply_list (job->project, update->entries, update->facts);
      break;
    case UPDATE_FACTS:
      _kutip_project_apply_facts (job->project, update->keys, update->facts);
      break;
    case UPDATE_PROGRESS:
      if (job->progress != NULL)
        job->progress (update->n_done, update->n_total, update->bytes_done,
                       update->bytes_total, job->progress_data);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
drain (Job *job)
{
  Update *update;

  while ((update = g_async_queue_try_pop (job->queue)) != NULL)
    {
      apply (job, update);
      update_free (update);
    }
}

static gboolean
drain_cb (gpointer data)
{
  drain (data);
  return G_SOURCE_REMOVE;
}

/* Hands @update to the main thread (or applies it, in the caller's). */
static void
post (Job    *job,
      Update *update)
{
  if (job->queue == NULL)
    {
      apply (job, update);
      update_free (update);
      return;
    }
  g_async_queue_push (job->queue, update);
  /* The task's callback drains what is left, so nothing comes after it. */
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, drain_cb, job_ref (job),
                              job_unref);
}

static void
post_progress (Job     *job,
               guint    n_done,
               guint    n_total,
               guint64  bytes_done,
               guint64  bytes_total)
{
  Update *update = g_new0 (Update, 1);

  update->kind = UPDATE_PROGRESS;
  update->n_done = n_done;
  update->n_total = n_total;
  update->bytes_done = bytes_done;
  update->bytes_total = bytes_total;
  post (job, update);
}

/* ---------------------------------------------------------------------- */
/* Reading one document                                                    */

/**
 * _kutip_project_read_file:
 * @contents: (out) (optional): the bytes
 * @hash: (out): an MD5 of the bytes. It only tells an edited file from a
 *   touched one in a cache that can always be rebuilt, so speed matters
 *   more than resistance to forgery.
 */
gboolean
_kutip_project_read_file (const char  *path,
                          char       **contents,
                          gsize       *length,
                          char       **hash,
                          GError     **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!kutip_file_get_contents (path, &data, &len, error))
    return FALSE;
  *hash = g_compute_checksum_for_data (G_CHECKSUM_MD5, (const guchar *) data, len);
  if (length != NULL)
    *length = len;
  if (contents != NULL)
    *contents = g_steal_pointer (&data);
  return TRUE;
}

/* One document to read for the index: read and prepared by a worker
 * thread, written by the refresh's thread. */
typedef struct
{
  const KutipScanEntry *entry;
  const KutipIndexRow  *row;       /* what the index had, or NULL */
  guint                 position;
  char                 *article_hash;
  char                 *sidecar_hash;
  gboolean              touch;     /* same bytes as @row: new stamps only */
  KutipIndexedDocument  document;
} Work;

static void
work_free (Work *work)
{
  g_free (work->article_hash);
  g_free (work->sidecar_hash);
  _kutip_indexed_document_clear (&work->document);
  g_free (work);
}

static gboolean
has_bom (const char *data,
         gsize       len)
{
  return len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0;
}

/* Loads the document of @work from the bytes just read and hashed, so
 * what is indexed is what the hashes say. Any failure is asked of
 * kutip_store_open(), whose message is the one the app would show. */
static KutipDocument *
load (const char  *article_path,
      const char  *article_data,
      gsize        article_len,
      const char  *sidecar_path,
      const char  *sidecar_data,
      gsize        sidecar_len,
      GError     **error)
{
  g_autoptr(KutipDocument) document = NULL;

  if (sidecar_data != NULL)
    document = kutip_store_load_data (sidecar_data, sidecar_len, sidecar_path,
                                      KUTIP_LOAD_DEFAULT, NULL);
  else
    document = kutip_document_new_from_string (article_data, (gssize) article_len, NULL);

  /* An article and its .kutip.json must hold one text. */
  if (document != NULL && sidecar_data != NULL && article_data != NULL)
    {
      gsize text_len = 0;
      const char *text = kutip_text_get_utf8 (kutip_document_get_text (document), &text_len);
      gsize skip = has_bom (article_data, article_len) ? 3 : 0;

      if (article_len - skip != text_len || memcmp (article_data + skip, text, text_len) != 0)
        g_clear_object (&document);
    }
  if (document != NULL)
    return g_steal_pointer (&document);

  return kutip_store_open (article_path != NULL ? article_path : sidecar_path,
                           KUTIP_LOAD_DEFAULT, error);
}

/* In a worker thread: reads and hashes the files of @work->entry, and
 * prepares the document unless its bytes are those the index has. */
static void
prepare_cb (gpointer data,
            gpointer user_data)
{
  Work *work = data;
  Job *job = user_data;
  const KutipScanEntry *entry = work->entry;
  g_autofree char *article_path = NULL;
  g_autofree char *sidecar_path = NULL;
  g_autofree char *article_data = NULL;
  g_autofree char *sidecar_data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;
  gsize article_len = 0, sidecar_len = 0;

  if (entry->article != NULL)
    {
      article_path = g_build_filename (job->folder, entry->article, NULL);
      _kutip_project_read_file (article_path, &article_data, &article_len, &work->article_hash,
                                &error);
    }
  if (entry->has_sidecar && error == NULL)
    {
      sidecar_path = g_build_filename (job->folder, entry->sidecar, NULL);
      _kutip_project_read_file (sidecar_path, &sidecar_data, &sidecar_len, &work->sidecar_hash,
                                &error);
    }

  if (error == NULL && work->row != NULL && work->row->facts.error == NULL &&
      g_strcmp0 (work->article_hash, work->row->article_hash) == 0 &&
      g_strcmp0 (work->sidecar_hash, work->row->sidecar_hash) == 0)
    {
      work->touch = TRUE;
      _kutip_document_facts_copy (&work->document.facts, &work->row->facts);
    }
  else
    {
      if (error == NULL)
        document = load (article_path, article_data, article_len, sidecar_path, sidecar_data,
                         sidecar_len, &error);
      _kutip_indexed_document_init (&work->document, document,
                                    error != NULL ? error->message : NULL);
    }

  g_async_queue_push (job->results, work);
}

static gboolean
same_stamps (const KutipScanEntry *entry,
             const KutipIndexRow  *row)
{
  return entry->article_stamp.mtime == row->article_stamp.mtime &&
         entry->article_stamp.size == row->article_stamp.size &&
         entry->sidecar_stamp.mtime == row->sidecar_stamp.mtime &&
         entry->sidecar_stamp.size == row->sidecar_stamp.size;
}

/* ---------------------------------------------------------------------- */
/* The refresh                                                             */

static gboolean
read_rows (Job         *job,
           GHashTable **rows,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if ((job->flags & KUTIP_PROJECT_REFRESH_REBUILD) && !_kutip_index_reset (job->index, error))
    return FALSE;

  *rows = _kutip_index_read_rows (job->index, &local_error);
  if (*rows != NULL)
    return TRUE;
  if (!g_error_matches (local_error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_debug ("%s; rebuilding it", local_error->message);
  if (!_kutip_index_reset (job->index, error))
    return FALSE;
  *rows = _kutip_index_read_rows (job->index, error);
  return *rows != NULL;
}

/* Removes rows of documents gone from the folder and records new list
 * positions of the unchanged ones. */
static gboolean
forget_and_reorder (Job         *job,
                    GPtrArray   *entries,
                    GHashTable  *rows,
                    GError     **error)
{
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < entries->len; i++)
    {
      KutipScanEntry *entry = g_ptr_array_index (entries, i);
      KutipIndexRow *row = g_hash_table_lookup (rows, entry->key);

      g_hash_table_add (present, entry->key);
      if (row != NULL && same_stamps (entry, row) && row->position != (gint64) i &&
          !_kutip_index_touch (job->index, entry, i, error))
        return FALSE;
    }

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key) && !_kutip_index_remove (job->index, key, error))
      return FALSE;
  return TRUE;
}

/* Hands workers the next stale documents, keeping at most WORK_AHEAD
 * waiting to be written. Returns how many have been handed out. */
static guint
submit (Job         *job,
        GThreadPool *pool,
        GArray      *stale,
        GPtrArray   *entries,
        GHashTable  *rows,
        guint        submitted,
        guint        received,
        GError      *failure)
{
  while (failure == NULL && submitted < stale->len && submitted - received < WORK_AHEAD)
    {
      Work *work = g_new0 (Work, 1);
      guint i = g_array_index (stale, guint, submitted);

      work->entry = g_ptr_array_index (entries, i);
      work->row = g_hash_table_lookup (rows, work->entry->key);
      work->position = i;
      g_thread_pool_push (pool, work, NULL);
      submitted++;
    }
  return submitted;
}

static gboolean
refresh_once (Job           *job,
              GPtrArray     *entries,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (guint));
  GThreadPool *pool;
  GError *failure = NULL;
  Update *list;
  guint64 bytes_total = 0;
  guint64 bytes_done = 0;
  guint submitted = 0;
  guint received = 0;
  guint done = 0;
  gboolean ok;

  _kutip_index_lock (job->index);
  ok = read_rows (job, &rows, error);
  _kutip_index_unlock (job->index);
  if (!ok)
    return FALSE;

  list = g_new0 (Update, 1);
  list->kind = UPDATE_LIST;
  list->entries = g_ptr_array_ref (entries);
  list->facts = g_ptr_array_new_full (entries->len, facts_free);
  for (guint i = 0; i < entries->len; i++)
    {
      KutipScanEntry *entry = g_ptr_array_index (entries, i);
      KutipIndexRow *row = g_hash_table_lookup (rows, entry->key);
      KutipDocumentFacts *facts = NULL;

      if (row != NULL && same_stamps (entry, row))
        {
          facts = g_new0 (KutipDocumentFacts, 1);
          _kutip_document_facts_copy (facts, &row->facts);
        }
      else
        {
          g_array_append_val (stale, i);
          bytes_total += (guint64) (entry->article_stamp.size + entry->sidecar_stamp.size);
        }
      g_ptr_array_add (list->facts, facts);
    }
  post (job, list);

  _kutip_index_lock (job->index);
  ok = _kutip_index_begin (job->index, error) &&
       forget_and_reorder (job, entries, rows, error) &&
       _kutip_index_commit (job->index, error);
  if (!ok)
    _kutip_index_rollback (job->index);
  _kutip_index_unlock (job->index);
  if (!ok)
    return FALSE;

  post_progress (job, 0, stale->len, 0, bytes_total);
  if (stale->len == 0)
    return TRUE;

  /* Workers read and prepare documents (a bounded number ahead, so memory
   * stays flat); this thread writes them, a batch per transaction. */
  job->results = g_async_queue_new ();
  pool = g_thread_pool_new (prepare_cb, job, CLAMP ((int) g_get_num_processors () - 1, 1, 4),
                            FALSE, NULL);
  while (received < submitted || (submitted < stale->len && failure == NULL))
    {
      Update *batch = g_new0 (Update, 1);
      gint64 started = g_get_monotonic_time ();
      guint64 batch_bytes = 0;
      gboolean in_transaction;

      batch->kind = UPDATE_FACTS;
      batch->keys = g_ptr_array_new_with_free_func (g_free);
      batch->facts = g_ptr_array_new_with_free_func (facts_free);
      submitted = submit (job, pool, stale, entries, rows, submitted, received, failure);

      _kutip_index_lock (job->index);
      in_transaction = failure == NULL && _kutip_index_begin (job->index, &failure);
      while (received < submitted && batch->keys->len < BATCH_DOCUMENTS &&
             batch_bytes < BATCH_BYTES && g_get_monotonic_time () - started < BATCH_USEC)
        {
          Work *work = g_async_queue_pop (job->results);

          received++;
          if (failure == NULL)
            g_cancellable_set_error_if_cancelled (cancellable, &failure);
          if (failure == NULL &&
              (work->touch ? _kutip_index_touch (job->index, work->entry, work->position,
                                                 &failure)
                           : _kutip_index_put (job->index, work->entry, work->position,
                                               work->article_hash, work->sidecar_hash,
                                               &work->document, &failure)))
            {
              KutipDocumentFacts *facts = g_new0 (KutipDocumentFacts, 1);

              _kutip_document_facts_copy (facts, &work->document.facts);
              g_ptr_array_add (batch->keys, g_strdup (work->entry->key));
              g_ptr_array_add (batch->facts, facts);
              batch_bytes += (guint64) (work->entry->article_stamp.size +
                                        work->entry->sidecar_stamp.size);
              done++;
            }
          work_free (work);
          submitted = submit (job, pool, stale, entries, rows, submitted, received, failure);
        }
      /* A cancelled refresh keeps what it finished. */
      if (in_transaction &&
          (failure == NULL || g_error_matches (failure, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
        {
          GError *commit_error = NULL;

          if (!_kutip_index_commit (job->index, &commit_error))
            {
              g_clear_error (&failure);
              failure = commit_error;
            }
        }
      if (failure != NULL)
        _kutip_index_rollback (job->index);
      _kutip_index_unlock (job->index);

      bytes_done += batch_bytes;
      if (batch->keys->len > 0)
        post (job, batch);
      else
        update_free (batch);
      post_progress (job, done, stale->len, bytes_done, bytes_total);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  g_clear_pointer (&job->results, g_async_queue_unref);

  if (failure != NULL)
    {
      g_propagate_error (error, failure);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refresh_run (Job           *job,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GError) local_error = NULL;
  Update *update;

  entries = _kutip_project_scan (job->folder, problems, cancellable, error);
  if (entries == NULL)
    return FALSE;
  update = g_new0 (Update, 1);
  update->kind = UPDATE_PROBLEMS;
  update->problems = g_steal_pointer (&problems);
  post (job, update);

  if (refresh_once (job, entries, cancellable, &local_error))
    return TRUE;

  /* Damaged while being read: start from an empty index, once. */
  if (!g_error_matches (local_error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_debug ("%s; rebuilding it", local_error->message);
  job->flags |= KUTIP_PROJECT_REFRESH_REBUILD;
  return refresh_once (job, entries, cancellable, error);
}

static Job *
job_new (KutipProject             *self,
         KutipProjectRefreshFlags  flags,
         KutipProjectProgressFunc  progress,
         gpointer                  progress_data,
         GDestroyNotify            progress_destroy)
{
  Job *job = g_new0 (Job, 1);

  job->ref_count = 1;
  job->project = g_object_ref (self);
  job->index = self->index;
  job->folder = g_strdup (self->folder);
  job->flags = flags;
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_destroy = progress_destroy;
  return job;
}

static gboolean
start (KutipProject  *self,
       GError       **error)
{
  if (self->refreshing)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PENDING,
                   "%s: the project is already being refreshed", self->folder);
      return FALSE;
    }
  return _kutip_project_ensure_index (self, error);
}

/**
 * kutip_project_scan:
 *
 * Returns: %TRUE, or %FALSE when the folder cannot be read
 */
gboolean
kutip_project_scan (KutipProject  *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);

  entries = _kutip_project_scan (self->folder, problems, cancellable, error);
  if (entries == NULL)
    return FALSE;
  _kutip_project_set_problems (self, problems);
  _kutip_project_apply_list (self, entries, NULL);
  return TRUE;
}

static int
compare_rows_by_position (gconstpointer a,
                          gconstpointer b)
{
  const KutipIndexRow *x = (*(gpointer * const *) a)[0];
  const KutipIndexRow *y = (*(gpointer * const *) b)[0];

  return x->position < y->position ? -1 : x->position > y->position;
}

/* The scan entry a row was made from: the files follow from its key. */
static KutipScanEntry *
entry_from_row (const char          *key,
                const KutipIndexRow *row)
{
  KutipScanEntry *entry = g_new0 (KutipScanEntry, 1);

  entry->key = g_strdup (key);
  if (_kutip_is_sidecar_name (key))
    entry->sidecar = g_strdup (key);
  else
    {
      g_autofree char *base = g_strdup (key);
      char *dot = strrchr (base, '.');

      *dot = '\0';
      entry->article = g_strdup (key);
      entry->sidecar = g_strconcat (base, ".kutip.json", NULL);
    }
  entry->has_sidecar = row->sidecar_stamp.mtime != 0;
  entry->article_stamp = row->article_stamp;
  entry->sidecar_stamp = row->sidecar_stamp;
  return entry;
}

/**
 * kutip_project_load_index:
 *
 * Returns: %TRUE, or %FALSE when the index cannot be opened
 */
gboolean
kutip_project_load_index (KutipProject  *self,
                          GError       **error)
{
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  g_autoptr(GError) local_error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);

  if (!_kutip_project_ensure_index (self, error))
    return FALSE;
  _kutip_index_lock (self->index);
  rows = _kutip_index_read_rows (self->index, &local_error);
  _kutip_index_unlock (self->index);
  if (rows == NULL)
    {
      /* A damaged index lists nothing; the next refresh rebuilds it. */
      if (g_error_matches (local_error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Pairs of key and row, in the order of the last refresh. */
  order = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gpointer *pair = g_new (gpointer, 2);

      pair[0] = value;
      pair[1] = key;
      g_ptr_array_add (order, pair);
    }
  g_ptr_array_sort (order, compare_rows_by_position);

  entries = g_ptr_array_new_full (order->len, _kutip_scan_entry_free);
  facts = g_ptr_array_new_full (order->len, facts_free);
  for (guint i = 0; i < order->len; i++)
    {
      gpointer *pair = g_ptr_array_index (order, i);
      KutipDocumentFacts *copy = g_new0 (KutipDocumentFacts, 1);

      g_ptr_array_add (entries, entry_from_row (pair[1], pair[0]));
      _kutip_document_facts_copy (copy, &((KutipIndexRow *) pair[0])->facts);
      g_ptr_array_add (facts, copy);
    }
  _kutip_project_apply_list (self, entries, facts);
  self->listed = TRUE;
  return TRUE;
}

/**
 * kutip_project_refresh:
 * @progress: (nullable) (scope call): told how far it is
 *
 * Returns: %TRUE on success; on failure the list and index keep what was
 *   done (a cancelled refresh fails with %G_IO_ERROR_CANCELLED)
 */
gboolean
kutip_project_refresh (KutipProject              *self,
                       KutipProjectRefreshFlags   flags,
                       KutipProjectProgressFunc   progress,
                       gpointer                   progress_data,
                       GCancellable              *cancellable,
                       GError                   **error)
{
  Job *job;
  gboolean ok;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!start (self, error))
    return FALSE;

  job = job_new (self, flags, progress, progress_data, NULL);
  _kutip_project_set_refreshing (self, TRUE);
  ok = refresh_run (job, cancellable, error);
  _kutip_project_set_refreshing (self, FALSE);
  job_unref (job);
  return ok;
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (refresh_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
refresh_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  KutipProject *self = KUTIP_PROJECT (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GTask) outer = g_steal_pointer (&job->outer);
  GError *error = NULL;

  /* Updates still queued come before the caller hears it is done. */
  drain (job);
  _kutip_project_set_refreshing (self, FALSE);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

/**
 * kutip_project_refresh_async:
 * @progress: (nullable) (scope notified): told how far it is, on this
 *   thread's main context
 */
void
kutip_project_refresh_async (KutipProject              *self,
                             KutipProjectRefreshFlags   flags,
                             KutipProjectProgressFunc   progress,
                             gpointer                   progress_data,
                             GDestroyNotify             progress_destroy,
                             GCancellable              *cancellable,
                             GAsyncReadyCallback        callback,
                             gpointer                   user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Job *job;

  g_return_if_fail (KUTIP_IS_PROJECT (self));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, kutip_project_refresh_async);
  if (!start (self, &error))
    {
      if (progress_destroy != NULL)
        progress_destroy (progress_data);
      g_task_return_error (outer, error);
      return;
    }

  job = job_new (self, flags, progress, progress_data, progress_destroy);
  job->context = g_main_context_ref_thread_default ();
  job->queue = g_async_queue_new_full (update_free);
  job->outer = g_steal_pointer (&outer);
  _kutip_project_set_refreshing (self, TRUE);

  task = g_task_new (self, cancellable, refresh_done_cb, NULL);
  g_task_set_source_tag (task, kutip_project_refresh_async);
  g_task_set_task_data (task, job, job_unref);
  g_task_run_in_thread (task, refresh_thread);
}

gboolean
kutip_project_refresh_finish (KutipProject  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
