/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project.h: a folder of documents worked on together: its settings
 * (DIR/kutip-project.json), the list of its documents with their status,
 * a search index over their text and annotations, and the people quoted
 * across them. See docs/format.md and docs/cli.md. */
#pragma once

#include <gio/gio.h>

#include "kutip-document-info.h"
#include "kutip-document.h"
#include "kutip-person.h"
#include "kutip-project-settings.h"
#include "kutip-search-hit.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_PROJECT (kutip_project_get_type ())

G_DECLARE_FINAL_TYPE (KutipProject, kutip_project, KUTIP, PROJECT, GObject)

typedef enum
{
  KUTIP_PROJECT_OPEN_DEFAULT = 0,
  /* Write kutip-project.json with the defaults when the folder has none
   * (the app does; kutip-cli reads a folder without writing to it). */
  KUTIP_PROJECT_OPEN_CREATE  = 1 << 0,
} KutipProjectOpenFlags;

typedef enum
{
  KUTIP_PROJECT_REFRESH_DEFAULT = 0,
  /* Throw the index away and read every document again. */
  KUTIP_PROJECT_REFRESH_REBUILD = 1 << 0,
} KutipProjectRefreshFlags;

/* Told how far a refresh is: documents and bytes read of those that
 * needed reading. Called on the main context the refresh started from,
 * never after its callback. */
typedef void (*KutipProjectProgressFunc) (guint    n_done,
                                          guint    n_total,
                                          guint64  bytes_done,
                                          guint64  bytes_total,
                                          gpointer user_data);

/* Signals: "documents-changed" (): the list or a row's status changed and
 * the counts are new. Properties: "folder", "settings", "n-documents",
 * "n-new", "n-in-progress", "n-done", "n-skipped", "n-unreadable",
 * "refreshing". The documents list model emits items-changed as usual; its
 * rows notify their own changes.
 *
 * A project belongs to the thread that opened it (its main context): call
 * it from there. Long work has _async variants that run in a thread. */

/* Reads the settings (problems are kept, see get_problems) and lists
 * nothing yet: kutip_project_refresh() fills the document list. Fails only
 * when @folder is not a folder that can be read. */
KutipProject         *kutip_project_open                (const char               *folder,
                                                         KutipProjectOpenFlags     flags,
                                                         GError                  **error);
const char           *kutip_project_get_folder          (KutipProject             *self);
KutipProjectSettings *kutip_project_get_settings        (KutipProject             *self);
const char           *kutip_project_get_settings_path   (KutipProject             *self);
gboolean              kutip_project_save_settings       (KutipProject             *self,
                                                         GError                  **error);
/* Problems of the settings file and of the last scan (unreadable folders,
 * two articles sharing one .kutip.json), as GErrors naming file and place.
 * Unreadable documents are rows with an "error" (transfer none). */
GPtrArray            *kutip_project_get_problems        (KutipProject             *self);
/* Where the search index lives: in the user cache (it can be deleted), or
 * ":memory:" when the cache cannot be written. */
const char           *kutip_project_get_index_path      (KutipProject             *self);

/* The documents (element-type KutipDocumentInfo), in natural file name
 * order (transfer none). */
GListModel           *kutip_project_get_documents       (KutipProject             *self);
/* The row of a document by a path of one of its files (the article, the
 * .kutip.json; absolute or relative to the folder), or NULL. */
KutipDocumentInfo    *kutip_project_lookup_document     (KutipProject             *self,
                                                         const char               *path);
/* Documents per status (@counts has KUTIP_DOCUMENT_N_STATUSES places), and
 * how many cannot be opened. */
void                  kutip_project_get_status_counts   (KutipProject             *self,
                                                         guint                    *counts,
                                                         guint                    *n_unreadable);

/* Lists the folder's documents without reading them or the index: rows
 * new since the last scan are placeholders (not "indexed"). For a quick
 * list, and for tools that read each document anyway. */
gboolean              kutip_project_scan                (KutipProject             *self,
                                                         GCancellable             *cancellable,
                                                         GError                  **error);
/* Lists the documents as the index last saw them, without reading the
 * folder: at once, but possibly out of date until kutip_project_refresh().
 * A project never indexed lists nothing. */
gboolean              kutip_project_load_index          (KutipProject             *self,
                                                         GError                  **error);
/* Scans the folder, updates the document list and brings the index up to
 * date: a missing, stale (a file changed outside Kutip: size and time,
 * then a hash of its bytes) or damaged index is rebuilt, only for the
 * documents that need it. Never writes to the folder. */
gboolean              kutip_project_refresh             (KutipProject             *self,
                                                         KutipProjectRefreshFlags  flags,
                                                         KutipProjectProgressFunc  progress,
                                                         gpointer                  progress_data,
                                                         GCancellable             *cancellable,
                                                         GError                  **error);
/* The same in a thread: the list fills in as documents are read. */
void                  kutip_project_refresh_async       (KutipProject             *self,
                                                         KutipProjectRefreshFlags  flags,
                                                         KutipProjectProgressFunc  progress,
                                                         gpointer                  progress_data,
                                                         GDestroyNotify            progress_destroy,
                                                         GCancellable             *cancellable,
                                                         GAsyncReadyCallback       callback,
                                                         gpointer                  user_data);
gboolean              kutip_project_refresh_finish      (KutipProject             *self,
                                                         GAsyncResult             *result,
                                                         GError                  **error);

/* Opens a document of the list (transfer full): its labels are the
 * project's schema merged into its own. */
KutipDocument        *kutip_project_load_document       (KutipProject             *self,
                                                         KutipDocumentInfo        *info,
                                                         GError                  **error);
/* Saves @document atomically where it saves (its .kutip.json) and updates
 * its row and the index at once. */
gboolean              kutip_project_save_document       (KutipProject             *self,
                                                         KutipDocument            *document,
                                                         GError                  **error);
/* Loads, sets the status and saves, for changing a row without opening it
 * (not for a document open in a window: save that one instead). */
gboolean              kutip_project_set_document_status (KutipProject             *self,
                                                         KutipDocumentInfo        *info,
                                                         KutipDocumentStatus       status,
                                                         GError                  **error);

/* Searches (see kutip-query.h for the language). Returns (transfer full)
 * (element-type KutipSearchHit) hits in document order, at most @limit
 * (0: all); *@n_total says how many there are. Refreshes first if the
 * project never was; a damaged index is rebuilt and asked again. */
GListModel           *kutip_project_search              (KutipProject             *self,
                                                         const char               *query,
                                                         guint                     limit,
                                                         guint                    *n_total,
                                                         GCancellable             *cancellable,
                                                         GError                  **error);
void                  kutip_project_search_async        (KutipProject             *self,
                                                         const char               *query,
                                                         guint                     limit,
                                                         GCancellable             *cancellable,
                                                         GAsyncReadyCallback       callback,
                                                         gpointer                  user_data);
GListModel           *kutip_project_search_finish       (KutipProject             *self,
                                                         GAsyncResult             *result,
                                                         guint                    *n_total,
                                                         GError                  **error);

/* Who said what: every claim (accepted or pending) with its document,
 * speaker, person, date and text, of one person (@person, a name of the
 * people index; merged names count) or of all when NULL (transfer full)
 * (element-type KutipSearchHit). Write it with kutip_claims_write_csv(). */
GListModel           *kutip_project_list_claims         (KutipProject             *self,
                                                         const char               *person,
                                                         GCancellable             *cancellable,
                                                         GError                  **error);
/* The people index: one row per person quoted, most claims first
 * (transfer full) (element-type KutipPerson). */
GListModel           *kutip_project_list_people         (KutipProject             *self,
                                                         GCancellable             *cancellable,
                                                         GError                  **error);
/* Merge and unmerge people for the whole project; saved to the settings
 * file at once. */
gboolean              kutip_project_merge_people        (KutipProject             *self,
                                                         const char               *name,
                                                         const char               *alias,
                                                         GError                  **error);
gboolean              kutip_project_unmerge_person      (KutipProject             *self,
                                                         const char               *name,
                                                         GError                  **error);

G_END_DECLS
