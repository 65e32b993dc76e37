/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-private.h: what the project's files share: the folder
 * scan, the document rows and the search index (a SQLite cache). */
#pragma once

#include <gio/gio.h>

#include "kutip-document-info.h"
#include "kutip-document.h"
#include "kutip-person.h"
#include "kutip-project.h"
#include "kutip-project-settings.h"
#include "kutip-query.h"
#include "kutip-search-hit.h"

G_BEGIN_DECLS

/* ---------------------------------------------------------------------- */
/* Parsed queries (kutip-query.c)                                          */

typedef struct
{
  GPtrArray *tokens;    /* char *, as the index folds them */
  gboolean   prefix;    /* the last token may be the start of a word */
} KutipQueryPhrase;

typedef struct
{
  char from[11];        /* "YYYY[-MM[-DD]]", inclusive, or "" (open) */
  char to[11];          /* exclusive, or "" (open) */
} KutipDateRange;

struct _KutipQuery
{
  GPtrArray *phrases;              /* KutipQueryPhrase */
  GPtrArray *labels;               /* char * */
  guint      annotation_statuses;  /* 1 << KutipStatus; 0: all but rejected */
  guint      document_statuses;    /* 1 << KutipDocumentStatus; 0: all */
  GPtrArray *speakers;             /* char *, as typed */
  gboolean   exact_speakers;       /* one person each, not words of names */
  GArray    *dates;                /* KutipDateRange */
  gboolean   annotations;          /* results are annotations */
};

/* ---------------------------------------------------------------------- */
/* The folder scan (kutip-project-scan.c)                                  */

typedef struct
{
  gint64 mtime;   /* ns since 1970; 0: no such file */
  gint64 size;
} KutipFileStamp;

typedef struct
{
  char           *key;        /* relative path: the article's, or the .kutip.json's */
  char           *article;    /* relative path of the .txt/.md, or NULL */
  char           *sidecar;    /* relative path of its .kutip.json, on disk or to be */
  gboolean        has_sidecar;
  KutipFileStamp  article_stamp;
  KutipFileStamp  sidecar_stamp;
} KutipScanEntry;

void       _kutip_scan_entry_free (gpointer        entry);
/* The documents under @root, sorted by key (numbers in names
 * compare as numbers). Hidden files and folders are skipped, symbolic links
 * to folders are not followed. Problems (an unreadable folder, two articles
 * sharing one .kutip.json) go to @problems; only a @root that cannot be
 * read fails. Returns (element-type KutipScanEntry). */
GPtrArray *_kutip_project_scan    (const char     *root,
                                   GPtrArray      *problems,
                                   GCancellable   *cancellable,
                                   GError        **error);
int        _kutip_compare_keys    (const char     *a,
                                   const char     *b);
gboolean   _kutip_is_article_name (const char     *name);
gboolean   _kutip_is_sidecar_name (const char     *name);

/* ---------------------------------------------------------------------- */
/* Document rows (kutip-document-info.c)                                   */

/* What the index knows of one version of a document. */
typedef struct
{
  char                *title;
  char                *language;
  char                *published;
  char                *error;
  KutipDocumentStatus  status;
  guint                n_annotations;
  guint                n_claims;
  guint                n_pending;
  gboolean             indexed;
} KutipDocumentFacts;

void               _kutip_document_facts_clear   (KutipDocumentFacts    *facts);
KutipDocumentInfo *_kutip_document_info_new      (const char            *root,
                                                  const KutipScanEntry  *entry);
/* Updates paths and stamps from a newer scan of the same key. */
void               _kutip_document_info_set_entry (KutipDocumentInfo    *self,
                                                   const KutipScanEntry *entry);
void               _kutip_document_info_set_facts (KutipDocumentInfo    *self,
                                                   const KutipDocumentFacts *facts);
/* The files changed since the row's facts were read. */
void               _kutip_document_info_set_stale (KutipDocumentInfo    *self);
void               _kutip_document_facts_copy    (KutipDocumentFacts       *to,
                                                  const KutipDocumentFacts *from);
/* A title from the document's file name, for rows not yet indexed. */
char              *_kutip_title_from_path        (const char            *path);

/* ---------------------------------------------------------------------- */
/* The index (kutip-index.c, kutip-index-search.c, kutip-index-tokens.c)   */

typedef struct _KutipIndex KutipIndex;

#define KUTIP_INDEX_ERROR (_kutip_index_error_quark ())
typedef enum
{
  KUTIP_INDEX_ERROR_CORRUPT,  /* the file is damaged: delete it and build anew */
  KUTIP_INDEX_ERROR_FAILED,
} KutipIndexError;
GQuark       _kutip_index_error_quark   (void);

/* A row of the index's document table. */
typedef struct
{
  gint64              id;
  gint64              position;
  KutipFileStamp      article_stamp;
  KutipFileStamp      sidecar_stamp;
  char               *article_hash;
  char               *sidecar_hash;
  KutipDocumentFacts  facts;
} KutipIndexRow;

/* Opens or makes the index at @db_path for the folder @root. A file that is
 * not a Kutip index of @root, of another schema version, or damaged, is
 * deleted and made anew (*@rebuilt is then TRUE). */
KutipIndex  *_kutip_index_open          (const char       *db_path,
                                         const char       *root,
                                         gboolean         *rebuilt,
                                         GError          **error);
void         _kutip_index_free          (KutipIndex       *index);
/* Deletes the files of a damaged index and makes an empty one. */
gboolean     _kutip_index_reset         (KutipIndex       *index,
                                         GError          **error);
void         _kutip_index_lock          (KutipIndex       *index);
void         _kutip_index_unlock        (KutipIndex       *index);
gboolean     _kutip_index_begin         (KutipIndex       *index,
                                         GError          **error);
gboolean     _kutip_index_commit        (KutipIndex       *index,
                                         GError          **error);
void         _kutip_index_rollback      (KutipIndex       *index);
/* key -> KutipIndexRow. */
GHashTable  *_kutip_index_read_rows     (KutipIndex       *index,
                                         GError          **error);
void         _kutip_index_row_free      (gpointer          row);
/* What the index holds of one document, prepared without the index
 * (kutip-index-document.c), so other threads prepare while one writes. */
typedef struct
{
  char        *aid;
  char        *label;
  char        *body;
  char        *speaker;      /* the entity's name or the speaker's text */
  char        *speaker_key;  /* folded, for matching people */
  char        *date;         /* YYYY[-MM[-DD]] */
  char        *kind;
  KutipStatus  status;
  guint        start;
  guint        end;
} KutipIndexAnnotation;

typedef struct
{
  KutipDocumentFacts  facts;
  KutipText          *text;          /* NULL: the document cannot be read */
  GArray             *annotations;   /* KutipIndexAnnotation */
} KutipIndexedDocument;

void         _kutip_indexed_document_init  (KutipIndexedDocument *out,
                                            KutipDocument        *document,
                                            const char           *error_message);
void         _kutip_indexed_document_clear (KutipIndexedDocument *document);

/* Writes everything the index holds of one document: its row, text and
 * annotations. */
gboolean     _kutip_index_put           (KutipIndex                 *index,
                                         const KutipScanEntry       *entry,
                                         gint64                      position,
                                         const char                 *article_hash,
                                         const char                 *sidecar_hash,
                                         const KutipIndexedDocument *document,
                                         GError                    **error);
/* The files were touched but hold the same bytes: new stamps only. */
gboolean     _kutip_index_touch         (KutipIndex           *index,
                                         const KutipScanEntry *entry,
                                         gint64                position,
                                         GError              **error);
gboolean     _kutip_index_remove        (KutipIndex           *index,
                                         const char           *key,
                                         GError              **error);
/* Facts of a document from its content, as the index stores them. */
void         _kutip_document_facts_from_document (KutipDocumentFacts *facts,
                                                  KutipDocument      *document,
                                                  const char         *path);

/* Searching: @settings gives the people merges. Results are (element-type
 * KutipSearchHit) in document order, their "document" unset: the caller
 * maps their keys to its rows. @limit 0: all; *@n_total: all there are. */
GPtrArray   *_kutip_index_search        (KutipIndex            *index,
                                         KutipQuery            *query,
                                         KutipProjectSettings  *settings,
                                         guint                  limit,
                                         guint                 *n_total,
                                         GCancellable          *cancellable,
                                         GError               **error);
/* (element-type KutipPerson) */
GPtrArray   *_kutip_index_list_people   (KutipIndex            *index,
                                         KutipProjectSettings  *settings,
                                         GCancellable          *cancellable,
                                         GError               **error);

/* Tokens as the index sees them: runs of letters, marks and digits,
 * case-folded, accents removed. @func returns FALSE to stop. Byte offsets
 * into @text. */
typedef gboolean (*KutipTokenFunc) (gpointer    data,
                                    const char *token,
                                    gsize       token_len,
                                    gsize       start,
                                    gsize       end);
void         _kutip_tokenize            (const char      *text,
                                         gsize            len,
                                         KutipTokenFunc   func,
                                         gpointer         data);
/* Registers the "kutip" FTS5 tokenizer on a connection (a sqlite3 *). */
gboolean     _kutip_index_register_tokenizer (gpointer    db,
                                              GError    **error);
/* The first place in @text where one of @phrases (KutipQueryPhrase)
 * occurs, as byte offsets [*start, *end). */
gboolean     _kutip_find_phrases        (const char      *text,
                                         gsize            len,
                                         GPtrArray       *phrases,
                                         gsize           *start,
                                         gsize           *end);

/* ---------------------------------------------------------------------- */
/* The project (kutip-project.c, kutip-project-refresh.c)                  */

struct _KutipProject
{
  GObject               parent_instance;

  char                 *folder;          /* as given, for messages and paths */
  char                 *canonical;       /* absolute, links resolved: the index's key */
  char                 *settings_path;
  char                 *index_path;
  KutipProjectSettings *settings;
  GPtrArray            *settings_problems;  /* GError */
  GPtrArray            *scan_problems;      /* GError */
  GPtrArray            *problems;           /* both, for get_problems() */

  GListStore           *documents;       /* KutipDocumentInfo */
  GHashTable           *by_key;          /* relative path -> KutipDocumentInfo (borrowed) */
  KutipIndex           *index;           /* NULL until first needed */
  guint                 counts[KUTIP_DOCUMENT_N_STATUSES];
  guint                 n_unreadable;
  gboolean              refreshing;
  gboolean              listed;          /* refreshed or listed from the index once */
};

gboolean _kutip_project_ensure_index   (KutipProject  *self,
                                        GError       **error);
void     _kutip_project_set_problems   (KutipProject  *self,
                                        GPtrArray     *scan_problems);
/* @facts: (nullable) per entry, what the index knows (NULL: the row is
 * stale); NULL as a whole: rows keep what they knew. */
void     _kutip_project_apply_list     (KutipProject  *self,
                                        GPtrArray     *entries,
                                        GPtrArray     *facts);
void     _kutip_project_apply_facts    (KutipProject  *self,
                                        GPtrArray     *keys,
                                        GPtrArray     *facts);
void     _kutip_project_set_refreshing (KutipProject  *self,
                                        gboolean       refreshing);
/* Reads a file for the index: its bytes (optional) and the hash that tells
 * a changed file from a touched one. */
gboolean _kutip_project_read_file      (const char    *path,
                                        char         **contents,
                                        gsize         *length,
                                        char         **hash,
                                        GError       **error);

/* ---------------------------------------------------------------------- */
/* Results (kutip-search-hit.c, kutip-person.c)                            */

typedef struct
{
  char        *key;            /* the document's key */
  char        *annotation_id;
  char        *label;
  KutipStatus  status;
  guint        offset;
  guint        length;
  char        *text;
  char        *snippet;
  guint        match_start;
  guint        match_length;
  char        *speaker;
  char        *person;
  char        *date;
  char        *kind;
} KutipSearchHitData;

void            _kutip_search_hit_data_clear   (KutipSearchHitData *data);
KutipSearchHit *_kutip_search_hit_new          (KutipSearchHitData *data);
const char     *_kutip_search_hit_get_key      (KutipSearchHit     *self);
void            _kutip_search_hit_set_document (KutipSearchHit     *self,
                                                KutipDocumentInfo  *document);
KutipPerson    *_kutip_person_new              (const char         *name,
                                                GStrv               names,
                                                gboolean            merged,
                                                guint               n_claims,
                                                guint               n_documents);

G_END_DECLS
