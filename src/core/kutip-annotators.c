/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotators.c: the annotators' versions of a project's documents,
 * one folder per annotator (kutip-annotators.h). */

#define G_LOG_DOMAIN "kutip-annotators"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kutip-annotators.h"
#include "kutip-error.h"

#define VERSION_SUFFIX ".kutip.json"

char *
kutip_annotator_folder_name (const char *annotator)
{
  g_autofree char *name = NULL;
  const char *p;

  g_return_val_if_fail (annotator != NULL, NULL);

  for (p = annotator; *p == '.' || *p == ' '; p++)
    ;
  name = g_strstrip (g_strdup (p));
  for (char *c = name; *c; c++)
    if (*c == '/' || *c == '\\')
      *c = '-';
  if (*name == '\0' || !g_utf8_validate (name, -1, NULL))
    return NULL;
  return g_steal_pointer (&name);
}

char *
kutip_annotator_version_path (const char *project,
                              const char *relative,
                              const char *annotator)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (project != NULL && relative != NULL && annotator != NULL, NULL);

  folder = kutip_annotator_folder_name (annotator);
  if (folder == NULL)
    return NULL;
  return g_build_filename (project, KUTIP_ANNOTATORS_FOLDER, folder, relative, NULL);
}

gboolean
kutip_annotators_is_version (const char *relative)
{
  gsize n = strlen (KUTIP_ANNOTATORS_FOLDER);

  g_return_val_if_fail (relative != NULL, FALSE);

  while (relative[0] == '.' && G_IS_DIR_SEPARATOR (relative[1]))
    relative += 2;
  return strncmp (relative, KUTIP_ANNOTATORS_FOLDER, n) == 0 &&
         (relative[n] == '\0' || G_IS_DIR_SEPARATOR (relative[n]));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The entries of @path, sorted, without hidden ones. */
static GPtrArray *
list_sorted (const char  *path,
             GError     **error)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  GPtrArray *names;
  const char *name;

  if (dir == NULL)
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

char **
kutip_annotators_list (const char  *project,
                       GError     **error)
{
  g_autofree char *root = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (project != NULL, NULL);

  root = g_build_filename (project, KUTIP_ANNOTATORS_FOLDER, NULL);
  if (!g_file_test (root, G_FILE_TEST_IS_DIR))
    return g_new0 (char *, 1);
  names = list_sorted (root, error);
  if (names == NULL)
    return NULL;
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (root, g_ptr_array_index (names, i), NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (folders, g_strdup (g_ptr_array_index (names, i)));
    }
  g_ptr_array_add (folders, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&folders), FALSE);
}

char **
kutip_annotators_of_document (const char         *project,
                              const char         *relative,
                              const char * const *annotators)
{
  g_auto(GStrv) found = NULL;
  GPtrArray *with = g_ptr_array_new ();

  g_return_val_if_fail (project != NULL && relative != NULL, NULL);

  if (annotators == NULL)
    annotators = (const char * const *) (found = kutip_annotators_list (project, NULL));
  for (guint i = 0; annotators != NULL && annotators[i] != NULL; i++)
    {
      g_autofree char *path = kutip_annotator_version_path (project, relative, annotators[i]);

      if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (with, g_strdup (annotators[i]));
    }
  g_ptr_array_add (with, NULL);
  return (char **) g_ptr_array_free (with, FALSE);
}

typedef struct
{
  char              **roots;       /* each annotator's folder */
  guint               n;
  guint               current;     /* the annotator whose folder is walked */
  KutipAnnotatorsFunc func;
  gpointer            user_data;
  gboolean            stopped;
} Walk;

static gboolean
walk_folder (Walk        *walk,
             const char  *relative,
             GError     **error)
{
  g_autofree char *path = g_build_filename (walk->roots[walk->current], relative, NULL);
  g_autoptr(GPtrArray) names = list_sorted (path, error);

  if (names == NULL)
    return FALSE;
  for (guint i = 0; i < names->len && !walk->stopped; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *child = *relative ? g_build_filename (relative, name, NULL) : g_strdup (name);
      g_autofree char *full = g_build_filename (walk->roots[walk->current], child, NULL);
      g_autoptr(GPtrArray) paths = NULL;
      gboolean seen = FALSE;

      /* A version is taken for a file without asking (a folder of that
       * name fails to load, with a message); anything else may be a folder. */
      if (!g_str_has_suffix (name, VERSION_SUFFIX))
        {
          if (g_file_test (full, G_FILE_TEST_IS_DIR) && !walk_folder (walk, child, error))
            return FALSE;
          continue;
        }

      /* A document an earlier annotator has was reported with theirs. */
      paths = g_ptr_array_new_with_free_func (g_free);
      for (guint a = 0; a < walk->n; a++)
        {
          char *version = a == walk->current ? g_strdup (full)
                          : walk->roots[a] ? g_build_filename (walk->roots[a], child, NULL)
                          : NULL;

          if (version != NULL && a != walk->current &&
              !g_file_test (version, G_FILE_TEST_IS_REGULAR))
            g_clear_pointer (&version, g_free);
          else if (a < walk->current)
            seen = TRUE;
          g_ptr_array_add (paths, version);
        }
      if (seen)
        continue;
      g_ptr_array_add (paths, NULL);
      if (!walk->func (child, (const char * const *) paths->pdata, walk->user_data))
        walk->stopped = TRUE;
    }
  return TRUE;
}

gboolean
kutip_annotators_foreach_document (const char          *project,
                                   const char * const  *annotators,
                                   KutipAnnotatorsFunc  func,
                                   gpointer             user_data,
                                   GError             **error)
{
  Walk walk = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (annotators != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  walk.n = g_strv_length ((char **) annotators);
  walk.roots = g_new0 (char *, walk.n + 1);
  walk.func = func;
  walk.user_data = user_data;
  for (guint a = 0; a < walk.n; a++)
    {
      g_autofree char *folder = kutip_annotator_folder_name (annotators[a]);

      /* A name that makes no folder name has no versions. */
      walk.roots[a] = folder ? g_build_filename (project, KUTIP_ANNOTATORS_FOLDER, folder, NULL)
                             : NULL;
    }
  for (walk.current = 0; ok && walk.current < walk.n && !walk.stopped; walk.current++)
    {
      /* An annotator without a folder has no versions yet. */
      if (walk.roots[walk.current] == NULL ||
          !g_file_test (walk.roots[walk.current], G_FILE_TEST_IS_DIR))
        continue;
      ok = walk_folder (&walk, "", error);
    }
  for (guint a = 0; a < walk.n; a++)
    g_free (walk.roots[a]);
  g_free (walk.roots);
  return ok;
}

/* Loading ahead: the walk queues each document as a job; a thread pool
 * loads the jobs' versions; the calling thread takes the jobs back in the
 * order queued, waiting for the first when it is not loaded yet, calls the
 * function, and hands the documents back to the pool to be freed. At most
 * a few jobs per thread are in flight, so memory stays flat. */

typedef enum
{
  JOB_LOAD,
  JOB_FREE,
} JobKind;

typedef struct
{
  JobKind         kind;
  char           *relative;
  char          **paths;      /* n, NULL where absent */
  KutipDocument **versions;
  GError        **errors;
  guint           n;
  gboolean        loaded;
} Job;

typedef struct
{
  GMutex                    lock;
  GCond                     cond;
  GQueue                    jobs;     /* queued, in walk order */
  GThreadPool              *pool;
  KutipLoadFlags            flags;
  guint                     n;
  guint                     max_in_flight;
  KutipAnnotatorsLoadedFunc func;
  gpointer                  user_data;
  gboolean                  stopped;
} Loader;

static void
job_free (Job *job)
{
  for (guint i = 0; i < job->n; i++)
    {
      g_free (job->paths[i]);
      g_clear_object (&job->versions[i]);
      g_clear_error (&job->errors[i]);
    }
  g_free (job->paths);
  g_free (job->versions);
  g_free (job->errors);
  g_free (job->relative);
  g_free (job);
}

static void
job_load (Job            *job,
          KutipLoadFlags  flags)
{
  for (guint i = 0; i < job->n; i++)
    if (job->paths[i] != NULL)
      job->versions[i] = kutip_store_load_file (job->paths[i], flags, &job->errors[i]);
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  Loader *loader = user_data;

  if (job->kind == JOB_FREE)
    {
      job_free (job);
      return;
    }
  job_load (job, loader->flags);
  g_mutex_lock (&loader->lock);
  job->loaded = TRUE;
  g_cond_broadcast (&loader->cond);
  g_mutex_unlock (&loader->lock);
}

/* Takes the first job back once it is loaded and calls the function. */
static void
finish_first (Loader *loader)
{
  Job *job;

  g_mutex_lock (&loader->lock);
  job = g_queue_peek_head (&loader->jobs);
  while (!job->loaded)
    g_cond_wait (&loader->cond, &loader->lock);
  g_queue_pop_head (&loader->jobs);
  g_mutex_unlock (&loader->lock);

  if (!loader->stopped &&
      !loader->func (job->relative, job->versions, (const GError * const *) job->errors,
                     loader->user_data))
    loader->stopped = TRUE;

  /* Freeing a document costs about a tenth of loading it: the pool does it. */
  if (loader->pool != NULL)
    {
      job->kind = JOB_FREE;
      g_thread_pool_push (loader->pool, job, NULL);
    }
  else
    job_free (job);
}

static gboolean
queue_document (const char         *relative,
                const char * const *paths,
                gpointer            user_data)
{
  Loader *loader = user_data;
  Job *job = g_new0 (Job, 1);

  job->kind = JOB_LOAD;
  job->relative = g_strdup (relative);
  job->n = loader->n;
  job->paths = g_new0 (char *, loader->n);
  job->versions = g_new0 (KutipDocument *, loader->n);
  job->errors = g_new0 (GError *, loader->n);
  for (guint i = 0; i < loader->n; i++)
    job->paths[i] = g_strdup (paths[i]);

  if (loader->pool == NULL)
    {
      job_load (job, loader->flags);
      job->loaded = TRUE;
      g_queue_push_tail (&loader->jobs, job);
      finish_first (loader);
      return !loader->stopped;
    }

  g_mutex_lock (&loader->lock);
  g_queue_push_tail (&loader->jobs, job);
  g_mutex_unlock (&loader->lock);
  g_thread_pool_push (loader->pool, job, NULL);
  while (g_queue_get_length (&loader->jobs) > loader->max_in_flight && !loader->stopped)
    finish_first (loader);
  return !loader->stopped;
}

gboolean
kutip_annotators_foreach_loaded (const char                *project,
                                 const char * const        *annotators,
                                 KutipLoadFlags             flags,
                                 guint                      n_threads,
                                 KutipAnnotatorsLoadedFunc  func,
                                 gpointer                   user_data,
                                 GError                   **error)
{
  Loader loader = { 0 };
  gboolean ok;

  g_return_val_if_fail (project != NULL && annotators != NULL && func != NULL, FALSE);

  if (n_threads == 0)
    n_threads = MAX (g_get_num_processors (), 1);
  g_mutex_init (&loader.lock);
  g_cond_init (&loader.cond);
  g_queue_init (&loader.jobs);
  loader.flags = flags;
  loader.n = g_strv_length ((char **) annotators);
  loader.max_in_flight = 4 * n_threads;
  loader.func = func;
  loader.user_data = user_data;
  if (n_threads > 1)
    loader.pool = g_thread_pool_new (run_job, &loader, (int) n_threads, FALSE, NULL);

  ok = kutip_annotators_foreach_document (project, annotators, queue_document, &loader, error);
  while (!g_queue_is_empty (&loader.jobs))
    finish_first (&loader);

  if (loader.pool != NULL)
    g_thread_pool_free (loader.pool, FALSE, TRUE);   /* waits for the last frees */
  g_cond_clear (&loader.cond);
  g_mutex_clear (&loader.lock);
  return ok;
}
