/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-index.c: a project's search index, a SQLite file in the user's
 * cache. It is only a cache: every row comes from the documents' files and
 * can be thrown away and made again; nothing is ever only in it. A file
 * that is damaged, of another version or of another folder is deleted and
 * rebuilt.
 *
 * Tables: documents (one row per document: its files' stamps and hashes,
 * and what the document list shows), document_text (FTS5 over each text)
 * and annotations (label, status, offsets, text, speaker, date), kept in
 * document order. Words in annotations need no index of their own: the
 * documents whose text has the words are found by document_text, and
 * their annotations are few. */

#define G_LOG_DOMAIN "kutip-index"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-index-private.h"

/* A cache: losing the last commits to a power cut only makes it stale, so
 * the write-ahead log is synced at checkpoints only. 8 MB of pages keep a
 * build's b-trees in memory. */
#define JOURNAL_PRAGMAS \
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192"

/* Bump when the tables change: an older index is then rebuilt. */
#define SCHEMA_VERSION 3

static const char schema_sql[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  a_mtime INTEGER NOT NULL DEFAULT 0, a_size INTEGER NOT NULL DEFAULT 0, a_hash TEXT,"
  "  s_mtime INTEGER NOT NULL DEFAULT 0, s_size INTEGER NOT NULL DEFAULT 0, s_hash TEXT,"
  "  title TEXT, language TEXT, published TEXT, error TEXT,"
  "  status INTEGER NOT NULL DEFAULT 0,"
  "  n_annotations INTEGER NOT NULL DEFAULT 0,"
  "  n_claims INTEGER NOT NULL DEFAULT 0,"
  "  n_pending INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX documents_position ON documents (position);"
  "CREATE VIRTUAL TABLE document_text USING fts5 (body, tokenize = 'kutip', columnsize = 0);"
  /* Clustered by document and place: one b-tree, no index to keep up. */
  "CREATE TABLE annotations ("
  "  doc INTEGER NOT NULL, start INTEGER NOT NULL, aid TEXT NOT NULL,"
  "  \"end\" INTEGER NOT NULL, label TEXT NOT NULL, status INTEGER NOT NULL,"
  "  body TEXT NOT NULL, speaker TEXT, speaker_key TEXT, date TEXT, kind TEXT,"
  "  PRIMARY KEY (doc, start, aid)) WITHOUT ROWID;"
  "CREATE INDEX annotations_speaker ON annotations (speaker_key)"
  "  WHERE speaker_key IS NOT NULL;";

G_DEFINE_QUARK (kutip-index-error-quark, _kutip_index_error)

gboolean
_kutip_index_fail (KutipIndex  *index,
                   int          rc,
                   const char  *what,
                   GError     **error)
{
  int primary = rc & 0xff;

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT,
                 "%s: the search index is damaged (%s)", index->path, sqlite3_errstr (rc));
  else
    g_set_error (error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_FAILED,
                 "%s: %s: %s", index->path, what,
                 index->db != NULL ? sqlite3_errmsg (index->db) : sqlite3_errstr (rc));
  return FALSE;
}

gboolean
_kutip_index_exec (KutipIndex  *index,
                   const char  *sql,
                   GError     **error)
{
  int rc = sqlite3_exec (index->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _kutip_index_fail (index, rc, "could not update the search index", error);
  return TRUE;
}

sqlite3_stmt *
_kutip_index_prepare (KutipIndex  *index,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (index->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _kutip_index_fail (index, rc, "could not read the search index", error);
      return NULL;
    }
  return stmt;
}

static void
close_db (KutipIndex *index)
{
  for (guint i = 0; i < G_N_ELEMENTS (index->stmts); i++)
    g_clear_pointer (&index->stmts[i], sqlite3_finalize);
  if (index->db != NULL)
    sqlite3_close_v2 (index->db);
  index->db = NULL;
}

static void
delete_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static int
read_user_version (KutipIndex *index,
                   int        *version)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (index->db, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *version = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* TRUE if the file is our schema for @root; FALSE if it must be rebuilt. */
static gboolean
is_ours (KutipIndex *index)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ours = FALSE;
  int version = -1;

  if (read_user_version (index, &version) != SQLITE_OK || version != SCHEMA_VERSION)
    return FALSE;
  if (sqlite3_prepare_v2 (index->db, "SELECT value FROM meta WHERE key = 'root'", -1, &stmt,
                          NULL) != SQLITE_OK)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    ours = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), index->root) == 0;
  sqlite3_finalize (stmt);
  return ours;
}

static gboolean
create_schema (KutipIndex  *index,
               GError     **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *quoted = NULL;

  quoted = sqlite3_mprintf ("%Q", index->root);
  sql = g_strdup_printf ("BEGIN; %s INSERT INTO meta VALUES ('root', %s);"
                         " PRAGMA user_version = %d; COMMIT;",
                         schema_sql, quoted, SCHEMA_VERSION);
  sqlite3_free (g_steal_pointer (&quoted));
  if (!_kutip_index_exec (index, sql, error))
    {
      sqlite3_exec (index->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_db (KutipIndex  *index,
         gboolean    *rebuilt,
         GError     **error)
{
  int version = -1;
  int rc;

  rc = sqlite3_open_v2 (index->path, &index->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    return _kutip_index_fail (index, rc, "could not open the search index", error);

  /* Several Kutips (the app, kutip-cli) may share one index. */
  sqlite3_busy_timeout (index->db, 10000);
  if (!_kutip_index_register_tokenizer (index->db, error))
    return FALSE;

  rc = read_user_version (index, &version);
  if (rc != SQLITE_OK)
    return _kutip_index_fail (index, rc, "could not read the search index", error);
  if (version == 0)
    {
      if (!_kutip_index_exec (index, JOURNAL_PRAGMAS, error))
        return FALSE;
      *rebuilt = TRUE;
      return create_schema (index, error);
    }
  if (!is_ours (index))
    {
      g_set_error (error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT,
                   "%s: not a search index of this folder and version", index->path);
      return FALSE;
    }
  return _kutip_index_exec (index, JOURNAL_PRAGMAS, error);
}

gboolean
_kutip_index_reset (KutipIndex  *index,
                    GError     **error)
{
  gboolean rebuilt = FALSE;

  close_db (index);
  delete_files (index->path);
  if (!open_db (index, &rebuilt, error))
    {
      close_db (index);
      return FALSE;
    }
  return TRUE;
}

KutipIndex *
_kutip_index_open (const char  *db_path,
                   const char  *root,
                   gboolean    *rebuilt,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = g_path_get_dirname (db_path);
  KutipIndex *index;

  *rebuilt = FALSE;
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO,
                   "%s: could not make the folder of the search index: %s", folder,
                   g_strerror (errno));
      return NULL;
    }

  index = g_new0 (KutipIndex, 1);
  g_mutex_init (&index->mutex);
  index->path = g_strdup (db_path);
  index->root = g_strdup (root);

  if (!open_db (index, rebuilt, &local_error))
    {
      if (!g_error_matches (local_error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_CORRUPT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          _kutip_index_free (index);
          return NULL;
        }
      g_debug ("%s; rebuilding it", local_error->message);
      g_clear_error (&local_error);
      *rebuilt = TRUE;
      if (!_kutip_index_reset (index, error))
        {
          _kutip_index_free (index);
          return NULL;
        }
    }
  return index;
}

void
_kutip_index_free (KutipIndex *index)
{
  if (index == NULL)
    return;
  close_db (index);
  g_mutex_clear (&index->mutex);
  g_free (index->path);
  g_free (index->root);
  g_free (index);
}

void
_kutip_index_lock (KutipIndex *index)
{
  g_mutex_lock (&index->mutex);
}

void
_kutip_index_unlock (KutipIndex *index)
{
  g_mutex_unlock (&index->mutex);
}

gboolean
_kutip_index_begin (KutipIndex  *index,
                    GError     **error)
{
  return _kutip_index_exec (index, "BEGIN IMMEDIATE", error);
}

gboolean
_kutip_index_commit (KutipIndex  *index,
                     GError     **error)
{
  return _kutip_index_exec (index, "COMMIT", error);
}

void
_kutip_index_rollback (KutipIndex *index)
{
  if (index->db != NULL && !sqlite3_get_autocommit (index->db))
    sqlite3_exec (index->db, "ROLLBACK", NULL, NULL, NULL);
}

/* A statement kept for the index's life, reset for reuse. */
static sqlite3_stmt *
cached (KutipIndex  *index,
        Statement    which,
        GError     **error)
{
  static const char * const sql[N_STATEMENTS] = {
    [STMT_FIND] = "SELECT id FROM documents WHERE key = ?1",
    [STMT_INSERT] = "INSERT INTO documents (key) VALUES (?1)",
    [STMT_UPDATE] =
      "UPDATE documents SET position = ?2, a_mtime = ?3, a_size = ?4, a_hash = ?5,"
      " s_mtime = ?6, s_size = ?7, s_hash = ?8, title = ?9, language = ?10, published = ?11,"
      " error = ?12, status = ?13, n_annotations = ?14, n_claims = ?15, n_pending = ?16"
      " WHERE id = ?1",
    [STMT_TOUCH] =
      "UPDATE documents SET position = ?2, a_mtime = ?3, a_size = ?4, s_mtime = ?5, s_size = ?6"
      " WHERE key = ?1",
    [STMT_DELETE_TEXT] = "DELETE FROM document_text WHERE rowid = ?1",
    [STMT_INSERT_TEXT] = "INSERT INTO document_text (rowid, body) VALUES (?1, ?2)",
    [STMT_DELETE_ANNOTATIONS] = "DELETE FROM annotations WHERE doc = ?1",
    [STMT_INSERT_ANNOTATION] =
      "INSERT INTO annotations (doc, aid, label, status, start, \"end\", body, speaker,"
      " speaker_key, date, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [STMT_DELETE_DOCUMENT] = "DELETE FROM documents WHERE id = ?1",
  };
  sqlite3_stmt *stmt = index->stmts[which];

  if (stmt == NULL)
    stmt = index->stmts[which] = _kutip_index_prepare (index, sql[which], error);
  else
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  return stmt;
}

static gboolean
step_done (KutipIndex    *index,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _kutip_index_fail (index, rc, "could not update the search index", error);
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *value)
{
  if (value != NULL)
    sqlite3_bind_text (stmt, column, value, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, column);
}

void
_kutip_index_row_free (gpointer data)
{
  KutipIndexRow *row = data;

  g_free (row->article_hash);
  g_free (row->sidecar_hash);
  _kutip_document_facts_clear (&row->facts);
  g_free (row);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

GHashTable *
_kutip_index_read_rows (KutipIndex  *index,
                        GError     **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      _kutip_index_row_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _kutip_index_prepare (index,
                               "SELECT key, id, position, a_mtime, a_size, a_hash, s_mtime,"
                               " s_size, s_hash, title, language, published, error, status,"
                               " n_annotations, n_claims, n_pending FROM documents", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KutipIndexRow *row = g_new0 (KutipIndexRow, 1);
      int status = sqlite3_column_int (stmt, 13);

      row->id = sqlite3_column_int64 (stmt, 1);
      row->position = sqlite3_column_int64 (stmt, 2);
      row->article_stamp.mtime = sqlite3_column_int64 (stmt, 3);
      row->article_stamp.size = sqlite3_column_int64 (stmt, 4);
      row->article_hash = dup_column (stmt, 5);
      row->sidecar_stamp.mtime = sqlite3_column_int64 (stmt, 6);
      row->sidecar_stamp.size = sqlite3_column_int64 (stmt, 7);
      row->sidecar_hash = dup_column (stmt, 8);
      row->facts.title = dup_column (stmt, 9);
      row->facts.language = dup_column (stmt, 10);
      row->facts.published = dup_column (stmt, 11);
      row->facts.error = dup_column (stmt, 12);
      row->facts.status = status >= 0 && status < KUTIP_DOCUMENT_N_STATUSES
                          ? (KutipDocumentStatus) status : KUTIP_DOCUMENT_STATUS_NEW;
      row->facts.n_annotations = (guint) sqlite3_column_int (stmt, 14);
      row->facts.n_claims = (guint) sqlite3_column_int (stmt, 15);
      row->facts.n_pending = (guint) sqlite3_column_int (stmt, 16);
      row->facts.indexed = TRUE;
      g_hash_table_insert (rows, dup_column (stmt, 0), row);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _kutip_index_fail (index, rc, "could not read the search index", error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
find_or_insert (KutipIndex  *index,
                const char  *key,
                gint64      *id,
                gboolean    *inserted,
                GError     **error)
{
  sqlite3_stmt *stmt = cached (index, STMT_FIND, error);
  int rc;

  *inserted = FALSE;
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _kutip_index_fail (index, rc, "could not read the search index", error);

  if (!(stmt = cached (index, STMT_INSERT, error)))
    return FALSE;
  bind_text (stmt, 1, key);
  if (!step_done (index, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (index->db);
  *inserted = TRUE;
  return TRUE;
}

/* Drops the text and annotations the index holds of document @id. */
static gboolean
clear_contents (KutipIndex  *index,
                gint64       id,
                GError     **error)
{
  static const Statement order[] = {
    STMT_DELETE_TEXT, STMT_DELETE_ANNOTATIONS,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      sqlite3_stmt *stmt = cached (index, order[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (index, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
put_annotations (KutipIndex            *index,
                 gint64                 id,
                 GArray                *annotations,
                 GError               **error)
{
  for (guint i = 0; i < annotations->len; i++)
    {
      KutipIndexAnnotation *row = &g_array_index (annotations, KutipIndexAnnotation, i);
      sqlite3_stmt *stmt = cached (index, STMT_INSERT_ANNOTATION, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, row->aid);
      bind_text (stmt, 3, row->label);
      sqlite3_bind_int (stmt, 4, (int) row->status);
      sqlite3_bind_int64 (stmt, 5, row->start);
      sqlite3_bind_int64 (stmt, 6, row->end);
      bind_text (stmt, 7, row->body);
      bind_text (stmt, 8, row->speaker);
      bind_text (stmt, 9, row->speaker_key);
      bind_text (stmt, 10, row->date);
      bind_text (stmt, 11, row->kind);
      if (!step_done (index, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_kutip_index_put (KutipIndex                 *index,
                  const KutipScanEntry       *entry,
                  gint64                      position,
                  const char                 *article_hash,
                  const char                 *sidecar_hash,
                  const KutipIndexedDocument *document,
                  GError                    **error)
{
  const KutipDocumentFacts *facts = &document->facts;
  gboolean inserted = FALSE;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  /* A document new to the index has nothing to clear. */
  if (!find_or_insert (index, entry->key, &id, &inserted, error) ||
      (!inserted && !clear_contents (index, id, error)))
    return FALSE;

  if (!(stmt = cached (index, STMT_UPDATE, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, position);
  sqlite3_bind_int64 (stmt, 3, entry->article_stamp.mtime);
  sqlite3_bind_int64 (stmt, 4, entry->article_stamp.size);
  bind_text (stmt, 5, article_hash);
  sqlite3_bind_int64 (stmt, 6, entry->sidecar_stamp.mtime);
  sqlite3_bind_int64 (stmt, 7, entry->sidecar_stamp.size);
  bind_text (stmt, 8, sidecar_hash);
  bind_text (stmt, 9, facts->title);
  bind_text (stmt, 10, facts->language);
  bind_text (stmt, 11, facts->published);
  bind_text (stmt, 12, facts->error);
  sqlite3_bind_int (stmt, 13, (int) facts->status);
  sqlite3_bind_int (stmt, 14, (int) facts->n_annotations);
  sqlite3_bind_int (stmt, 15, (int) facts->n_claims);
  sqlite3_bind_int (stmt, 16, (int) facts->n_pending);
  if (!step_done (index, stmt, error))
    return FALSE;

  if (document->text == NULL)
    return TRUE;

  {
    gsize len = 0;
    const char *text = kutip_text_get_utf8 (document->text, &len);

    if (!(stmt = cached (index, STMT_INSERT_TEXT, error)))
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    sqlite3_bind_text (stmt, 2, text, (int) len, SQLITE_STATIC);
    if (!step_done (index, stmt, error))
      return FALSE;
  }

  return put_annotations (index, id, document->annotations, error);
}

gboolean
_kutip_index_touch (KutipIndex           *index,
                    const KutipScanEntry *entry,
                    gint64                position,
                    GError              **error)
{
  sqlite3_stmt *stmt = cached (index, STMT_TOUCH, error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, entry->key);
  sqlite3_bind_int64 (stmt, 2, position);
  sqlite3_bind_int64 (stmt, 3, entry->article_stamp.mtime);
  sqlite3_bind_int64 (stmt, 4, entry->article_stamp.size);
  sqlite3_bind_int64 (stmt, 5, entry->sidecar_stamp.mtime);
  sqlite3_bind_int64 (stmt, 6, entry->sidecar_stamp.size);
  return step_done (index, stmt, error);
}

gboolean
_kutip_index_remove (KutipIndex  *index,
                     const char  *key,
                     GError     **error)
{
  sqlite3_stmt *stmt = cached (index, STMT_FIND, error);
  gint64 id;
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _kutip_index_fail (index, rc, "could not read the search index", error);

  if (!clear_contents (index, id, error) ||
      !(stmt = cached (index, STMT_DELETE_DOCUMENT, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (index, stmt, error);
}
