/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-index-private.h: the index's state, shared by kutip-index.c
 * (opening, writing) and kutip-index-search.c (reading). */
#pragma once

#include <sqlite3.h>

#include "kutip-project-private.h"

G_BEGIN_DECLS

typedef enum
{
  STMT_FIND,
  STMT_INSERT,
  STMT_UPDATE,
  STMT_TOUCH,
  STMT_DELETE_TEXT,
  STMT_INSERT_TEXT,
  STMT_DELETE_ANNOTATIONS,
  STMT_INSERT_ANNOTATION,
  STMT_DELETE_DOCUMENT,
  N_STATEMENTS
} Statement;

struct _KutipIndex
{
  GMutex        mutex;     /* one thread at a time on the connection */
  sqlite3      *db;
  char         *path;
  char         *root;
  sqlite3_stmt *stmts[N_STATEMENTS];
};

/* Sets @error from a SQLite result: KUTIP_INDEX_ERROR_CORRUPT for a
 * damaged file, KUTIP_INDEX_ERROR_FAILED otherwise. Returns FALSE. */
gboolean      _kutip_index_fail    (KutipIndex  *index,
                                    int          rc,
                                    const char  *what,
                                    GError     **error);
gboolean      _kutip_index_exec    (KutipIndex  *index,
                                    const char  *sql,
                                    GError     **error);
sqlite3_stmt *_kutip_index_prepare (KutipIndex  *index,
                                    const char  *sql,
                                    GError     **error);

G_END_DECLS
