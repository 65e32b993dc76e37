/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotators.h: one file per annotator per document in a project
 * folder, so a team can share the folder through git without conflicts.
 *
 *   PROJECT/ARTICLE.kutip.json                          the curated result
 *   PROJECT/kutip-annotators/NAME/ARTICLE.kutip.json    NAME's version
 *
 * A document in a subfolder (PROJECT/a/b.kutip.json) has its versions at
 * the same relative path (PROJECT/kutip-annotators/NAME/a/b.kutip.json).
 * See docs/format.md. */
#pragma once

#include <glib.h>

#include "kutip-store.h"

G_BEGIN_DECLS

#define KUTIP_ANNOTATORS_FOLDER "kutip-annotators"

/* The folder an annotator's name (as in Preferences) is kept in: "/" and
 * "\" become "-", leading dots and spaces are dropped. NULL when nothing
 * is left. */
char     *kutip_annotator_folder_name  (const char          *annotator);

/* PROJECT/kutip-annotators/NAME/RELATIVE, NULL for an unusable name.
 * @relative: the document's .kutip.json path inside the project. */
char     *kutip_annotator_version_path (const char          *project,
                                        const char          *relative,
                                        const char          *annotator);

/* Whether @relative (a path inside the project) is under kutip-annotators/,
 * so not a document of the project itself. */
gboolean  kutip_annotators_is_version  (const char          *relative);

/* The annotators with a folder in the project, sorted (transfer full,
 * empty when there is none). */
char    **kutip_annotators_list        (const char          *project,
                                        GError             **error);

/* Of @annotators (NULL: those kutip_annotators_list() finds), those who
 * have a version of the document at @relative, in order (transfer full),
 * for a document list that shows who has annotated what. */
char    **kutip_annotators_of_document (const char          *project,
                                        const char          *relative,
                                        const char * const  *annotators);

/* Called once per document any of the annotators has a version of, with
 * the document's relative path and one path per annotator (NULL where
 * that annotator has none). Returning FALSE stops the walk. */
typedef gboolean (*KutipAnnotatorsFunc) (const char          *relative,
                                         const char * const  *paths,
                                         gpointer             user_data);

/* Walks the annotators' folders in order, each folder sorted by name, one
 * document at a time (memory does not grow with the number of documents).
 * Fails only when a folder cannot be read. */
gboolean  kutip_annotators_foreach_document (const char          *project,
                                             const char * const  *annotators,
                                             KutipAnnotatorsFunc  func,
                                             gpointer             user_data,
                                             GError             **error);

/* Called, in the walk's order and on the calling thread, with the
 * document's versions loaded (NULL where an annotator has none or the file
 * could not be loaded: then @errors has why, else NULL). The versions are
 * released after the call; take a reference to keep one. Returning FALSE
 * stops the walk. */
typedef gboolean (*KutipAnnotatorsLoadedFunc) (const char            *relative,
                                               KutipDocument * const *versions,
                                               const GError * const  *errors,
                                               gpointer               user_data);

/* kutip_annotators_foreach_document() with the versions loaded ahead on
 * @n_threads threads (0: one per processor; 1: none), a bounded number of
 * documents at a time, so loading overlaps whatever @func does. */
gboolean  kutip_annotators_foreach_loaded (const char                *project,
                                           const char * const        *annotators,
                                           KutipLoadFlags             flags,
                                           guint                      n_threads,
                                           KutipAnnotatorsLoadedFunc  func,
                                           gpointer                   user_data,
                                           GError                   **error);

G_END_DECLS
