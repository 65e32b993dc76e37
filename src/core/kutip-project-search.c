/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-search.c: asking a project's index: searches (in the
 * caller's thread or a worker), the claims table, the people index and the
 * people merges. A damaged index found while asking is rebuilt from the
 * files and asked again. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include "kutip-error.h"
#include "kutip-project-private.h"

static GListModel *
hits_to_model (KutipProject *self,
               GPtrArray    *hits)
{
  GListStore *store = g_list_store_new (KUTIP_TYPE_SEARCH_HIT);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; i < hits->len; i++)
    {
      KutipSearchHit *hit = g_ptr_array_index (hits, i);
      KutipDocumentInfo *info = g_hash_table_lookup (self->by_key,
                                                     _kutip_search_hit_get_key (hit));

      /* A document gone since the index was read is left out. */
      if (info == NULL)
        continue;
      _kutip_search_hit_set_document (hit, info);
      g_ptr_array_add (kept, hit);
    }
  g_list_store_splice (store, 0, 0, kept->pdata, kept->len);
  return G_LIST_MODEL (store);
}

static gboolean
ensure_refreshed (KutipProject  *self,
                  GError       **error)
{
  if (self->listed || self->refreshing)
    return _kutip_project_ensure_index (self, error);
  return kutip_project_refresh (self, KUTIP_PROJECT_REFRESH_DEFAULT, NULL, NULL, NULL, error);
}

static GPtrArray *
search_query (KutipProject  *self,
              KutipQuery    *query,
              guint          limit,
              guint         *n_total,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GPtrArray *hits;

  for (int attempt = 0; ; attempt++)
    {
      _kutip_index_lock (self->index);
      hits = _kutip_index_search (self->index, query, self->settings, limit, n_total,
                                  cancellable, &local_error);
      _kutip_index_unlock (self->index);
      if (hits != NULL || attempt > 0 || self->refreshing ||
          !g_error_matches (local_error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT))
        break;
      /* Damaged: build it again from the files and ask once more. */
      g_debug ("%s; rebuilding it", local_error->message);
      g_clear_error (&local_error);
      if (!kutip_project_refresh (self, KUTIP_PROJECT_REFRESH_REBUILD, NULL, NULL, cancellable,
                                  error))
        return NULL;
    }
  if (hits == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return hits;
}

/**
 * kutip_project_search:
 * @query: the query, see kutip-query.h
 * @n_total: (out) (optional): how many hits there are in all
 *
 * Returns: (transfer full) (nullable): a #GListModel of #KutipSearchHit, or
 *   %NULL with @error (%KUTIP_ERROR_PARSE for a bad query, naming the column)
 */
GListModel *
kutip_project_search (KutipProject  *self,
                      const char    *query,
                      guint          limit,
                      guint         *n_total,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(KutipQuery) parsed = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!(parsed = kutip_query_parse (query, error)) || !ensure_refreshed (self, error))
    return NULL;
  hits = search_query (self, parsed, limit, n_total, cancellable, error);
  return hits != NULL ? hits_to_model (self, hits) : NULL;
}

typedef struct
{
  KutipQuery           *query;
  guint                 limit;
  guint                 n_total;
  gboolean              rebuilt;
  KutipIndex           *index;
  KutipProjectSettings *settings;
} SearchData;

static void
search_data_free (gpointer data)
{
  SearchData *search = data;

  kutip_query_free (search->query);
  g_clear_object (&search->settings);
  g_free (search);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *search = task_data;
  GError *error = NULL;
  GPtrArray *hits;

  _kutip_index_lock (search->index);
  hits = _kutip_index_search (search->index, search->query, search->settings, search->limit,
                              &search->n_total, cancellable, &error);
  _kutip_index_unlock (search->index);
  if (hits != NULL)
    g_task_return_pointer (task, hits, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void run_search (GTask *outer);

static void
search_rebuilt_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  GError *error = NULL;

  if (!kutip_project_refresh_finish (KUTIP_PROJECT (object), result, &error))
    g_task_return_error (outer, error);
  else
    run_search (g_steal_pointer (&outer));
}

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KutipProject *self = KUTIP_PROJECT (object);
  g_autoptr(GTask) outer = user_data;
  SearchData *search = g_task_get_task_data (outer);
  GError *error = NULL;
  GPtrArray *hits = g_task_propagate_pointer (G_TASK (result), &error);

  if (hits != NULL)
    {
      g_task_return_pointer (outer, hits, (GDestroyNotify) g_ptr_array_unref);
      return;
    }
  if (!search->rebuilt && !self->refreshing &&
      g_error_matches (error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT))
    {
      /* Damaged: build it again from the files and ask once more. */
      g_debug ("%s; rebuilding it", error->message);
      GCancellable *cancellable = g_task_get_cancellable (outer);

      search->rebuilt = TRUE;
      g_error_free (error);
      kutip_project_refresh_async (self, KUTIP_PROJECT_REFRESH_REBUILD, NULL, NULL, NULL,
                                   cancellable, search_rebuilt_cb, g_steal_pointer (&outer));
      return;
    }
  g_task_return_error (outer, error);
}

/* Takes @outer. */
static void
run_search (GTask *outer)
{
  g_autoptr(GTask) inner = g_task_new (g_task_get_source_object (outer),
                                       g_task_get_cancellable (outer), search_done_cb, outer);

  g_task_set_source_tag (inner, run_search);
  g_task_set_task_data (inner, g_task_get_task_data (outer), NULL);
  g_task_run_in_thread (inner, search_thread);
}

/**
 * kutip_project_search_async:
 *
 * Searches in a thread. A project never refreshed or listed is refreshed
 * first; a damaged index is rebuilt (a refresh) before the search is asked
 * again.
 */
void
kutip_project_search_async (KutipProject        *self,
                            const char          *query,
                            guint                limit,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SearchData *search;
  KutipQuery *parsed;

  g_return_if_fail (KUTIP_IS_PROJECT (self));
  g_return_if_fail (query != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kutip_project_search_async);
  if (!(parsed = kutip_query_parse (query, &error)) ||
      !_kutip_project_ensure_index (self, &error))
    {
      kutip_query_free (parsed);
      g_task_return_error (task, error);
      return;
    }

  search = g_new0 (SearchData, 1);
  search->query = parsed;
  search->limit = limit;
  search->index = self->index;
  search->settings = g_object_ref (self->settings);
  g_task_set_task_data (task, search, search_data_free);

  /* Nothing listed yet: hits would have no rows to point at. */
  if (!self->listed && !self->refreshing)
    kutip_project_refresh_async (self, KUTIP_PROJECT_REFRESH_DEFAULT, NULL, NULL, NULL,
                                 cancellable, search_rebuilt_cb, g_steal_pointer (&task));
  else
    run_search (g_steal_pointer (&task));
}

/**
 * kutip_project_search_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of #KutipSearchHit
 */
GListModel *
kutip_project_search_finish (KutipProject  *self,
                             GAsyncResult  *result,
                             guint         *n_total,
                             GError       **error)
{
  g_autoptr(GPtrArray) hits = NULL;
  SearchData *search;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  search = g_task_get_task_data (G_TASK (result));
  hits = g_task_propagate_pointer (G_TASK (result), error);
  if (hits == NULL)
    return NULL;
  if (n_total != NULL)
    *n_total = search->n_total;
  return hits_to_model (self, hits);
}

/**
 * kutip_project_list_claims:
 * @person: (nullable): a person's name (or a name merged into one), or
 *   %NULL for every claim
 *
 * Returns: (transfer full) (nullable): a #GListModel of #KutipSearchHit
 */
GListModel *
kutip_project_list_claims (KutipProject  *self,
                           const char    *person,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(KutipQuery) query = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);

  query = kutip_query_parse ("label:claim", NULL);
  if (person != NULL)
    {
      g_ptr_array_add (query->speakers, g_strdup (person));
      query->exact_speakers = TRUE;
    }
  if (!ensure_refreshed (self, error))
    return NULL;
  hits = search_query (self, query, 0, NULL, cancellable, error);
  return hits != NULL ? hits_to_model (self, hits) : NULL;
}

/**
 * kutip_project_list_people:
 *
 * Returns: (transfer full) (nullable): a #GListModel of #KutipPerson
 */
GListModel *
kutip_project_list_people (KutipProject  *self,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GPtrArray) people = NULL;
  GListStore *store;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);

  if (!ensure_refreshed (self, error))
    return NULL;
  _kutip_index_lock (self->index);
  people = _kutip_index_list_people (self->index, self->settings, cancellable, error);
  _kutip_index_unlock (self->index);
  if (people == NULL)
    return NULL;

  store = g_list_store_new (KUTIP_TYPE_PERSON);
  g_list_store_splice (store, 0, 0, people->pdata, people->len);
  return G_LIST_MODEL (store);
}

gboolean
kutip_project_merge_people (KutipProject  *self,
                            const char    *name,
                            const char    *alias,
                            GError       **error)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);

  if (!kutip_project_settings_is_writable (self->settings))
    return kutip_project_settings_save (self->settings, self->settings_path, error);
  return kutip_project_settings_merge_people (self->settings, name, alias, error) &&
         kutip_project_settings_save (self->settings, self->settings_path, error);
}

gboolean
kutip_project_unmerge_person (KutipProject  *self,
                              const char    *name,
                              GError       **error)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);

  if (!kutip_project_settings_unmerge (self->settings, name))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "“%s” is not merged with anyone", name);
      return FALSE;
    }
  return kutip_project_settings_save (self->settings, self->settings_path, error);
}
