/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-inputs.c: what the commands share about their inputs: a file
 * stays a file, a folder is a project whose documents are listed the way
 * the app lists them (each once), and long index builds show progress. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kutip-cli.h"
#include "kutip-store.h"

static void
input_free (gpointer data)
{
  KutipCliInput *input = data;

  g_free (input->name);
  g_clear_object (&input->project);
  g_ptr_array_unref (input->paths);
  g_free (input);
}

/* The file a document saves to, resolved, so one document named twice
 * (a folder and a file in it, an article and its .kutip.json) is seen once. */
static char *
document_key (const char *path)
{
  g_autofree char *sidecar = kutip_store_sidecar_path (path);
  g_autofree char *dir = g_path_get_dirname (sidecar);
  g_autofree char *base = g_path_get_basename (sidecar);
  g_autofree char *real_dir = realpath (dir, NULL);

  return real_dir != NULL ? g_build_filename (real_dir, base, NULL) : g_strdup (sidecar);
}

void
kutip_cli_print_problems (KutipProject *project)
{
  GPtrArray *problems = kutip_project_get_problems (project);

  for (guint i = 0; i < problems->len; i++)
    fprintf (stderr, "%s\n", ((GError *) g_ptr_array_index (problems, i))->message);
}

/**
 * kutip_cli_inputs_new:
 * @failed: (out): set when a folder has problems (printed) or an input
 *   cannot be read
 *
 * Returns: (transfer full) (element-type KutipCliInput): the inputs, a
 *   folder with its documents' paths
 */
GPtrArray *
kutip_cli_inputs_new (int        argc,
                      char     **argv,
                      gboolean  *failed)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func (input_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int i = 0; i < argc; i++)
    {
      KutipCliInput *input = g_new0 (KutipCliInput, 1);

      input->name = g_strdup (argv[i]);
      input->paths = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (inputs, input);

      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GError) error = NULL;
          GListModel *documents;

          input->project = kutip_project_open (argv[i], KUTIP_PROJECT_OPEN_DEFAULT, &error);
          if (input->project == NULL || !kutip_project_scan (input->project, NULL, &error))
            {
              kutip_cli_fail ("%s", error->message);
              *failed = TRUE;
              continue;
            }
          if (kutip_project_get_problems (input->project)->len > 0)
            {
              kutip_cli_print_problems (input->project);
              *failed = TRUE;
            }
          documents = kutip_project_get_documents (input->project);
          for (guint k = 0; k < g_list_model_get_n_items (documents); k++)
            {
              g_autoptr(KutipDocumentInfo) info = g_list_model_get_item (documents, k);
              const char *path = kutip_document_info_get_path (info);

              if (g_hash_table_add (seen, document_key (path)))
                g_ptr_array_add (input->paths, g_strdup (path));
            }
        }
      else if (g_hash_table_add (seen, document_key (argv[i])))
        g_ptr_array_add (input->paths, g_strdup (argv[i]));
    }

  return inputs;
}

/* ---------------------------------------------------------------------- */
/* Progress of an index build                                              */

typedef struct
{
  const char *folder;
  gint64      started;
  gint64      last;
  gboolean    shown;
} Progress;

static void
progress_cb (guint    n_done,
             guint    n_total,
             guint64  bytes_done,
             guint64  bytes_total,
             gpointer user_data)
{
  Progress *progress = user_data;
  gint64 now = g_get_monotonic_time ();

  /* Quick refreshes say nothing; a long one shows where it is, ten times a
   * second, on a terminal only. */
  if (n_total == 0 || now - progress->started < G_USEC_PER_SEC / 2 ||
      (now - progress->last < G_USEC_PER_SEC / 10 && n_done < n_total))
    return;
  progress->last = now;
  progress->shown = TRUE;
  fputc ('\r', stderr);
  fprintf (stderr, _("%s: indexing %u of %u documents (%.1f of %.1f MB)…"), progress->folder,
           n_done, n_total, bytes_done / 1e6, bytes_total / 1e6);
  fflush (stderr);
}

/**
 * kutip_cli_refresh:
 *
 * Brings @project's list and index up to date, showing progress on a
 * terminal. Prints its problems (and sets @failed) but goes on.
 *
 * Returns: %FALSE when the index cannot be made at all (printed)
 */
gboolean
kutip_cli_refresh (KutipProject *project,
                   gboolean      rebuild,
                   gboolean     *failed)
{
  g_autoptr(GError) error = NULL;
  Progress progress = { kutip_project_get_folder (project), g_get_monotonic_time (), 0, FALSE };
  gboolean ok;

  ok = kutip_project_refresh (project,
                              rebuild ? KUTIP_PROJECT_REFRESH_REBUILD
                                      : KUTIP_PROJECT_REFRESH_DEFAULT,
                              isatty (STDERR_FILENO) ? progress_cb : NULL, &progress, NULL,
                              &error);
  if (progress.shown)
    fprintf (stderr, "\n");
  if (!ok)
    {
      kutip_cli_fail ("%s", error->message);
      *failed = TRUE;
      return FALSE;
    }
  if (kutip_project_get_problems (project)->len > 0)
    {
      kutip_cli_print_problems (project);
      *failed = TRUE;
    }
  return TRUE;
}

/**
 * kutip_cli_open_project:
 *
 * Opens the folder @path as a project and refreshes it.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL (printed)
 */
KutipProject *
kutip_cli_open_project (const char *path,
                        gboolean    rebuild,
                        gboolean   *failed)
{
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = kutip_project_open (path, KUTIP_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    {
      kutip_cli_fail ("%s", error->message);
      *failed = TRUE;
      return NULL;
    }
  if (!kutip_cli_refresh (project, rebuild, failed))
    return NULL;
  return g_steal_pointer (&project);
}

/* Prints each unreadable document of @project; TRUE if there was one. */
gboolean
kutip_cli_print_unreadable (KutipProject *project)
{
  GListModel *documents = kutip_project_get_documents (project);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(KutipDocumentInfo) info = g_list_model_get_item (documents, i);

      if (kutip_document_info_get_error (info) != NULL)
        {
          fprintf (stderr, "%s\n", kutip_document_info_get_error (info));
          any = TRUE;
        }
    }
  return any;
}
