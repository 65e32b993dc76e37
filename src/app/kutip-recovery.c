/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-recovery.c: autosaved copies of unsaved work, written atomically
 * off the main thread and offered again after a crash. */

#define G_LOG_DOMAIN "kutip-recovery"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kutip-recovery.h"

#define SUFFIX ".kutip.json"

typedef struct
{
  char  *path;
  char  *contents;
  gsize  n_bytes;
  char  *origin;
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  g_free (job->path);
  g_free (job->contents);
  g_free (job->origin);
  g_free (job);
}

char *
kutip_recovery_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "kutip", "autosave", NULL);
}

char *
kutip_recovery_new_path (void)
{
  static guint counter;
  g_autofree char *dir = kutip_recovery_dir ();
  g_autofree char *name = NULL;

  name = g_strdup_printf ("recovery-%" G_GINT64_FORMAT "-%d-%u" SUFFIX,
                          g_get_real_time () / G_USEC_PER_SEC, (int) getpid (), ++counter);
  return g_build_filename (dir, name, NULL);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autofree char *dir = g_path_get_dirname (job->path);
  g_autofree char *origin_path = g_strconcat (job->path, ".origin", NULL);
  GFileSetContentsFlags flags = G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE;
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               "%s: %s", dir, g_strerror (saved));
      return;
    }

  /* The origin first: a recovery file is never without it. */
  if (!g_file_set_contents_full (origin_path, job->origin ? job->origin : "", -1,
                                 flags, 0600, &error) ||
      !g_file_set_contents_full (job->path, job->contents, (gssize) job->n_bytes,
                                 flags, 0600, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
kutip_recovery_write_async (GObject             *source,
                            const char          *path,
                            char                *contents,
                            gsize                n_bytes,
                            const char          *origin,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (path != NULL);

  job = g_new0 (WriteJob, 1);
  job->path = g_strdup (path);
  job->contents = contents;
  job->n_bytes = n_bytes;
  job->origin = g_strdup (origin);

  task = g_task_new (source, cancellable, callback, user_data);
  g_task_set_source_tag (task, kutip_recovery_write_async);
  g_task_set_task_data (task, job, write_job_free);
  /* One autosave at a time per file: later writes wait for earlier ones. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, write_thread);
}

gboolean
kutip_recovery_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
kutip_recovery_remove (const char *path)
{
  g_autofree char *origin_path = NULL;

  g_return_if_fail (path != NULL);

  origin_path = g_strconcat (path, ".origin", NULL);
  g_unlink (path);
  g_unlink (origin_path);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
kutip_recovery_list (void)
{
  g_autofree char *dir_path = kutip_recovery_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return paths;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "recovery-") && g_str_has_suffix (name, SUFFIX))
        g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
    }
  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

char *
kutip_recovery_get_origin (const char *path)
{
  g_autofree char *origin_path = g_strconcat (path, ".origin", NULL);
  g_autofree char *origin = NULL;

  if (!g_file_get_contents (origin_path, &origin, NULL, NULL))
    return NULL;
  g_strstrip (origin);
  if (origin[0] == '\0')
    return NULL;
  return g_steal_pointer (&origin);
}
