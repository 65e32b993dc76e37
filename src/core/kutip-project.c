/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project.c: a folder of documents worked on together: the object,
 * its settings and document list, opening and saving its documents. The
 * refresh is in kutip-project-refresh.c, asking the index in
 * kutip-project-search.c. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kutip-error.h"
#include "kutip-index-private.h"
#include "kutip-project-private.h"
#include "kutip-store.h"

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_SETTINGS,
  PROP_N_DOCUMENTS,
  PROP_N_NEW,
  PROP_N_IN_PROGRESS,
  PROP_N_DONE,
  PROP_N_SKIPPED,
  PROP_N_UNREADABLE,
  PROP_REFRESHING,
  N_PROPS
};

enum {
  DOCUMENTS_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KutipProject, kutip_project, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
kutip_project_finalize (GObject *object)
{
  KutipProject *self = (KutipProject *)object;

  g_clear_pointer (&self->index, _kutip_index_free);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_object (&self->documents);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->settings_problems, g_ptr_array_unref);
  g_clear_pointer (&self->scan_problems, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self->folder);
  g_free (self->canonical);
  g_free (self->settings_path);
  g_free (self->index_path);

  G_OBJECT_CLASS (kutip_project_parent_class)->finalize (object);
}

static void
kutip_project_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KutipProject *self = KUTIP_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_string (value, self->folder);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_N_DOCUMENTS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->documents)));
      break;
    case PROP_N_NEW:
    case PROP_N_IN_PROGRESS:
    case PROP_N_DONE:
    case PROP_N_SKIPPED:
      g_value_set_uint (value, self->counts[prop_id - PROP_N_NEW]);
      break;
    case PROP_N_UNREADABLE:
      g_value_set_uint (value, self->n_unreadable);
      break;
    case PROP_REFRESHING:
      g_value_set_boolean (value, self->refreshing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_project_class_init (KutipProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_project_finalize;
  object_class->get_property = kutip_project_get_property;

  properties[PROP_FOLDER] = g_param_spec_string ("folder", NULL, NULL, NULL, ro);
  properties[PROP_SETTINGS] = g_param_spec_object ("settings", NULL, NULL,
                                                   KUTIP_TYPE_PROJECT_SETTINGS, ro);
  properties[PROP_N_DOCUMENTS] = g_param_spec_uint ("n-documents", NULL, NULL,
                                                    0, G_MAXUINT, 0, ro);
  properties[PROP_N_NEW] = g_param_spec_uint ("n-new", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_IN_PROGRESS] = g_param_spec_uint ("n-in-progress", NULL, NULL,
                                                      0, G_MAXUINT, 0, ro);
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_SKIPPED] = g_param_spec_uint ("n-skipped", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_UNREADABLE] = g_param_spec_uint ("n-unreadable", NULL, NULL,
                                                     0, G_MAXUINT, 0, ro);
  properties[PROP_REFRESHING] = g_param_spec_boolean ("refreshing", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KutipProject::documents-changed:
   *
   * The document list or a row's status changed; the counts are new.
   */
  signals[DOCUMENTS_CHANGED] = g_signal_new ("documents-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
kutip_project_init (KutipProject *self)
{
  self->documents = g_list_store_new (KUTIP_TYPE_DOCUMENT_INFO);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->settings_problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  self->scan_problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  self->problems = g_ptr_array_new ();
}

/* The index of a folder lives in the user's cache, named by a hash of the
 * folder's real path: the folder itself is never written, works read-only
 * and on network or synced drives, where SQLite files do badly. */
static char *
index_path_for (const char *canonical)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *name = g_strdup_printf ("%.32s.sqlite", hash);

  return g_build_filename (g_get_user_cache_dir (), "kutip", "index", name, NULL);
}

static void
update_counts (KutipProject *self)
{
  guint counts[KUTIP_DOCUMENT_N_STATUSES] = { 0 };
  guint n_unreadable = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipDocumentInfo) info = g_list_model_get_item (G_LIST_MODEL (self->documents),
                                                                 i);

      if (kutip_document_info_get_error (info) != NULL)
        n_unreadable++;
      else
        counts[kutip_document_info_get_status (info)]++;
    }

  g_object_freeze_notify (G_OBJECT (self));
  for (guint s = 0; s < KUTIP_DOCUMENT_N_STATUSES; s++)
    if (counts[s] != self->counts[s])
      {
        self->counts[s] = counts[s];
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NEW + s]);
      }
  if (n_unreadable != self->n_unreadable)
    {
      self->n_unreadable = n_unreadable;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNREADABLE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[DOCUMENTS_CHANGED], 0);
}

static void
rebuild_problems (KutipProject *self)
{
  g_ptr_array_set_size (self->problems, 0);
  for (guint i = 0; i < self->settings_problems->len; i++)
    g_ptr_array_add (self->problems, g_ptr_array_index (self->settings_problems, i));
  for (guint i = 0; i < self->scan_problems->len; i++)
    g_ptr_array_add (self->problems, g_ptr_array_index (self->scan_problems, i));
}

void
_kutip_project_set_problems (KutipProject *self,
                             GPtrArray    *scan_problems)
{
  g_ptr_array_set_size (self->scan_problems, 0);
  for (guint i = 0; i < scan_problems->len; i++)
    g_ptr_array_add (self->scan_problems, g_error_copy (g_ptr_array_index (scan_problems, i)));
  rebuild_problems (self);
}

void
_kutip_project_set_refreshing (KutipProject *self,
                               gboolean      refreshing)
{
  if (self->refreshing == refreshing)
    return;
  self->refreshing = refreshing;
  if (!refreshing)
    self->listed = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFRESHING]);
}

gboolean
_kutip_project_ensure_index (KutipProject  *self,
                             GError       **error)
{
  gboolean rebuilt = FALSE;

  g_autoptr(GError) local_error = NULL;

  if (self->index != NULL)
    return TRUE;
  self->index = _kutip_index_open (self->index_path, self->canonical, &rebuilt, &local_error);
  if (self->index != NULL)
    return TRUE;

  /* No cache to write to (a read-only home): an index in memory still
   * answers, built anew each time. */
  g_debug ("%s; keeping the index in memory", local_error->message);
  self->index = _kutip_index_open (":memory:", self->canonical, &rebuilt, error);
  if (self->index != NULL)
    {
      g_free (self->index_path);
      self->index_path = g_strdup (":memory:");
    }
  return self->index != NULL;
}

void
_kutip_project_apply_list (KutipProject *self,
                           GPtrArray    *entries,
                           GPtrArray    *facts)
{
  GListModel *model = G_LIST_MODEL (self->documents);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (entries->len, g_object_unref);
  guint n_old = g_list_model_get_n_items (model);
  guint prefix = 0, suffix = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      KutipScanEntry *entry = g_ptr_array_index (entries, i);
      KutipDocumentFacts *known = facts != NULL ? g_ptr_array_index (facts, i) : NULL;
      KutipDocumentInfo *info = g_hash_table_lookup (self->by_key, entry->key);

      if (info == NULL)
        info = _kutip_document_info_new (self->folder, entry);
      else
        {
          g_object_ref (info);
          _kutip_document_info_set_entry (info, entry);
        }
      if (known != NULL)
        _kutip_document_info_set_facts (info, known);
      else if (facts != NULL)
        _kutip_document_info_set_stale (info);
      g_ptr_array_add (rows, info);
    }

  /* Replace only the range that differs: views keep their selection. */
  while (prefix < n_old && prefix < rows->len)
    {
      g_autoptr(KutipDocumentInfo) old = g_list_model_get_item (model, prefix);

      if (old != g_ptr_array_index (rows, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < rows->len - prefix)
    {
      g_autoptr(KutipDocumentInfo) old = g_list_model_get_item (model, n_old - 1 - suffix);

      if (old != g_ptr_array_index (rows, rows->len - 1 - suffix))
        break;
      suffix++;
    }

  g_hash_table_remove_all (self->by_key);
  for (guint i = 0; i < rows->len; i++)
    {
      KutipDocumentInfo *info = g_ptr_array_index (rows, i);

      g_hash_table_insert (self->by_key, (gpointer) kutip_document_info_get_relative_path (info),
                           info);
    }
  if (prefix < n_old || prefix < rows->len)
    g_list_store_splice (self->documents, prefix, n_old - prefix - suffix,
                         rows->pdata + prefix, rows->len - prefix - suffix);
  if (n_old != rows->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
  update_counts (self);
}

void
_kutip_project_apply_facts (KutipProject *self,
                            GPtrArray    *keys,
                            GPtrArray    *facts)
{
  for (guint i = 0; i < keys->len; i++)
    {
      KutipDocumentInfo *info = g_hash_table_lookup (self->by_key, g_ptr_array_index (keys, i));

      if (info != NULL)
        _kutip_document_info_set_facts (info, g_ptr_array_index (facts, i));
    }
  update_counts (self);
}

/**
 * kutip_project_open:
 * @folder: the project folder
 *
 * Returns: (transfer full) (nullable): the project, or %NULL with
 *   %KUTIP_ERROR_IO when @folder is not a readable folder
 */
KutipProject *
kutip_project_open (const char             *folder,
                    KutipProjectOpenFlags   flags,
                    GError                **error)
{
  g_autoptr(KutipProject) self = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *name = NULL;
  g_autofree char *trimmed = NULL;
  gboolean existed;
  GStatBuf st;

  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_stat (folder, &st) != 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: could not open the folder: %s",
                   folder, g_strerror (errno));
      return NULL;
    }
  if (!S_ISDIR (st.st_mode))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: not a folder", folder);
      return NULL;
    }
  canonical = realpath (folder, NULL);
  if (canonical == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: could not open the folder: %s",
                   folder, g_strerror (errno));
      return NULL;
    }

  trimmed = g_strdup (folder);
  while (strlen (trimmed) > 1 && g_str_has_suffix (trimmed, "/"))
    trimmed[strlen (trimmed) - 1] = '\0';

  self = g_object_new (KUTIP_TYPE_PROJECT, NULL);
  self->folder = g_steal_pointer (&trimmed);
  self->canonical = g_steal_pointer (&canonical);
  self->settings_path = g_build_filename (self->folder, KUTIP_PROJECT_FILE_NAME, NULL);
  self->index_path = index_path_for (self->canonical);

  name = g_path_get_basename (self->canonical);
  existed = g_file_test (self->settings_path, G_FILE_TEST_EXISTS);
  self->settings = kutip_project_settings_load (self->settings_path, name,
                                                self->settings_problems);
  if (!existed && (flags & KUTIP_PROJECT_OPEN_CREATE))
    {
      GError *save_error = NULL;

      /* A read-only folder still opens; the problem says why nothing was
       * written. */
      if (!kutip_project_settings_save (self->settings, self->settings_path, &save_error))
        g_ptr_array_add (self->settings_problems, save_error);
    }
  rebuild_problems (self);

  return g_steal_pointer (&self);
}

const char *
kutip_project_get_folder (KutipProject *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  return self->folder;
}

/**
 * kutip_project_get_settings:
 * Returns: (transfer none):
 */
KutipProjectSettings *
kutip_project_get_settings (KutipProject *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  return self->settings;
}

const char *
kutip_project_get_settings_path (KutipProject *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  return self->settings_path;
}

gboolean
kutip_project_save_settings (KutipProject  *self,
                             GError       **error)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);
  return kutip_project_settings_save (self->settings, self->settings_path, error);
}

/**
 * kutip_project_get_problems:
 * Returns: (transfer none) (element-type GError):
 */
GPtrArray *
kutip_project_get_problems (KutipProject *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  return self->problems;
}

const char *
kutip_project_get_index_path (KutipProject *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  return self->index_path;
}

/**
 * kutip_project_get_documents:
 * Returns: (transfer none): a #GListModel of #KutipDocumentInfo
 */
GListModel *
kutip_project_get_documents (KutipProject *self)
{
  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->documents);
}

/* @path relative to the folder, or NULL when it is outside. */
static char *
relative_path (KutipProject *self,
               const char   *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *real_dir = NULL;
  gsize n;

  if (!g_path_is_absolute (path))
    {
      g_autofree char *inside = g_build_filename (self->folder, path, NULL);

      if (g_file_test (inside, G_FILE_TEST_EXISTS) || !g_file_test (path, G_FILE_TEST_EXISTS))
        return g_strdup (path);
    }

  /* The file may not exist yet (a new .kutip.json): resolve its folder. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  real_dir = realpath (dir, NULL);
  if (real_dir == NULL)
    return NULL;
  n = strlen (self->canonical);
  if (strcmp (real_dir, self->canonical) == 0)
    return g_steal_pointer (&base);
  if (strncmp (real_dir, self->canonical, n) != 0 || real_dir[n] != '/')
    return NULL;
  return g_build_filename (real_dir + n + 1, base, NULL);
}

KutipDocumentInfo *
kutip_project_lookup_document (KutipProject *self,
                               const char   *path)
{
  g_autofree char *relative = NULL;
  KutipDocumentInfo *info;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  relative = relative_path (self, path);
  if (relative == NULL)
    return NULL;
  if ((info = g_hash_table_lookup (self->by_key, relative)) != NULL)
    return info;

  /* A .kutip.json paired with an article: the row is the article's. */
  if (_kutip_is_sidecar_name (relative))
    {
      static const char * const extensions[] = { ".txt", ".md" };
      g_autofree char *base = g_strndup (relative, strlen (relative) - strlen (".kutip.json"));
      gsize n;

      for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
        {
          g_autofree char *key = g_strconcat (base, extensions[i], NULL);

          if ((info = g_hash_table_lookup (self->by_key, key)) != NULL)
            return info;
        }

      /* Other spellings of the extension (.TXT). */
      n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KutipDocumentInfo) row = g_list_model_get_item (G_LIST_MODEL (self->documents),
                                                                    i);
          const char *sidecar = kutip_document_info_get_sidecar_path (row);
          gsize m = strlen (relative);
          gsize k = strlen (sidecar);

          if (k >= m && strcmp (sidecar + k - m, relative) == 0 &&
              (k == m || sidecar[k - m - 1] == '/'))
            return row;
        }
    }
  return NULL;
}

void
kutip_project_get_status_counts (KutipProject *self,
                                 guint        *counts,
                                 guint        *n_unreadable)
{
  g_return_if_fail (KUTIP_IS_PROJECT (self));

  memcpy (counts, self->counts, sizeof self->counts);
  if (n_unreadable != NULL)
    *n_unreadable = self->n_unreadable;
}

/* ---------------------------------------------------------------------- */
/* Documents                                                               */

/* Adds the project's labels the document lacks (its own stay as they are). */
static void
merge_schema (KutipDocument *document,
              KutipSchema   *project)
{
  KutipSchema *own = kutip_document_get_schema (document);
  g_autoptr(KutipSchema) merged = NULL;
  g_autoptr(JsonNode) node = NULL;
  gboolean missing = FALSE;

  for (guint i = 0; i < kutip_schema_get_n_labels (project); i++)
    missing |= kutip_schema_lookup (own, kutip_schema_get_label (project, i)->name) == NULL;
  for (const char * const *r = kutip_schema_get_relations (project); *r != NULL; r++)
    missing |= !kutip_schema_has_relation (own, *r);
  if (!missing)
    return;

  node = kutip_schema_to_json (own);
  merged = kutip_schema_new_from_json (node, NULL, NULL);
  g_return_if_fail (merged != NULL);
  for (guint i = 0; i < kutip_schema_get_n_labels (project); i++)
    {
      const KutipLabel *label = kutip_schema_get_label (project, i);
      gunichar key = label->key;

      if (kutip_schema_lookup (merged, label->name) != NULL)
        continue;
      if (key != 0 && kutip_schema_lookup_key (merged, key) != NULL)
        key = 0;
      kutip_schema_add_label (merged, label->name, label->title, label->color, key,
                              (const char * const *) label->attributes, NULL);
    }
  for (const char * const *r = kutip_schema_get_relations (project); *r != NULL; r++)
    kutip_schema_add_relation (merged, *r);
  kutip_document_set_schema (document, merged);
}

/**
 * kutip_project_load_document:
 *
 * Returns: (transfer full) (nullable): the document, saving to its
 *   .kutip.json, or %NULL with @error (file, place and problem)
 */
KutipDocument *
kutip_project_load_document (KutipProject       *self,
                             KutipDocumentInfo  *info,
                             GError            **error)
{
  KutipDocument *document;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (info), NULL);

  document = kutip_store_open (kutip_document_info_get_path (info), KUTIP_LOAD_DEFAULT, error);
  if (document != NULL)
    merge_schema (document, kutip_project_settings_get_schema (self->settings));
  return document;
}

static gboolean
stamp_file (const char     *path,
            KutipFileStamp *stamp)
{
  GStatBuf st;

  memset (stamp, 0, sizeof *stamp);
  if (g_stat (path, &st) != 0)
    return FALSE;
  stamp->mtime = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) +
                 st.st_mtim.tv_nsec;
  stamp->size = (gint64) st.st_size;
  return TRUE;
}

static guint
position_of (KutipProject      *self,
             KutipDocumentInfo *info)
{
  guint position = 0;

  g_list_store_find (self->documents, info, &position);
  return position;
}

/* Puts the just-saved @document of @info in the index. */
static gboolean
reindex (KutipProject       *self,
         KutipDocumentInfo  *info,
         KutipDocument      *document,
         GError            **error)
{
  const char *key = kutip_document_info_get_relative_path (info);
  g_autofree char *article_hash = NULL;
  g_autofree char *sidecar_hash = NULL;
  KutipIndexedDocument prepared;
  KutipScanEntry entry = { 0 };
  gboolean ok;

  entry.key = (char *) key;
  entry.sidecar = (char *) kutip_document_info_get_sidecar_path (info) +
                  strlen (self->folder) + 1;
  if (!_kutip_is_sidecar_name (key))
    {
      entry.article = (char *) key;
      if (!stamp_file (kutip_document_info_get_path (info), &entry.article_stamp) ||
          !_kutip_project_read_file (kutip_document_info_get_path (info), NULL, NULL,
                                     &article_hash, error))
        return FALSE;
    }
  entry.has_sidecar = TRUE;
  if (!stamp_file (kutip_document_info_get_sidecar_path (info), &entry.sidecar_stamp) ||
      !_kutip_project_read_file (kutip_document_info_get_sidecar_path (info), NULL, NULL,
                                 &sidecar_hash, error))
    return FALSE;

  if (!_kutip_project_ensure_index (self, error))
    return FALSE;
  _kutip_indexed_document_init (&prepared, document, NULL);
  _kutip_index_lock (self->index);
  ok = _kutip_index_begin (self->index, error) &&
       _kutip_index_put (self->index, &entry, position_of (self, info), article_hash,
                         sidecar_hash, &prepared, error) &&
       _kutip_index_commit (self->index, error);
  if (!ok)
    _kutip_index_rollback (self->index);
  _kutip_index_unlock (self->index);

  if (ok)
    {
      _kutip_document_info_set_entry (info, &entry);
      _kutip_document_info_set_facts (info, &prepared.facts);
      update_counts (self);
    }
  _kutip_indexed_document_clear (&prepared);
  return ok;
}

/**
 * kutip_project_save_document:
 * @document: a document of the project (its path, where it saves, is in
 *   the folder)
 *
 * The file is saved first: if the index cannot be updated afterwards, the
 * document is still saved and the next refresh reads it.
 */
gboolean
kutip_project_save_document (KutipProject   *self,
                             KutipDocument  *document,
                             GError        **error)
{
  const char *path;
  KutipDocumentInfo *info;
  g_autoptr(GError) index_error = NULL;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), FALSE);

  path = kutip_document_get_path (document);
  if (path == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO,
                   "the document has no file to save to in %s", self->folder);
      return FALSE;
    }
  if (!kutip_store_save_file (document, path, error))
    return FALSE;

  info = kutip_project_lookup_document (self, path);
  if (info == NULL)
    return TRUE;
  if (!reindex (self, info, document, &index_error))
    g_debug ("%s: saved, but not indexed yet: %s", path, index_error->message);
  return TRUE;
}

gboolean
kutip_project_set_document_status (KutipProject         *self,
                                   KutipDocumentInfo    *info,
                                   KutipDocumentStatus   status,
                                   GError              **error)
{
  g_autoptr(KutipDocument) document = NULL;

  g_return_val_if_fail (KUTIP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_DOCUMENT_INFO (info), FALSE);
  g_return_val_if_fail (status < KUTIP_DOCUMENT_N_STATUSES, FALSE);

  document = kutip_store_open (kutip_document_info_get_path (info), KUTIP_LOAD_DEFAULT, error);
  if (document == NULL)
    return FALSE;
  kutip_document_set_status (document, status);
  return kutip_project_save_document (self, document, error);
}
