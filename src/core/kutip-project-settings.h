/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-settings.h: a project's settings file, DIR/kutip-project.json:
 * its name, label schema, default language, suggestion options and the
 * people merged across documents. See docs/format.md. */
#pragma once

#include <glib-object.h>

#include "kutip-schema.h"

G_BEGIN_DECLS

#define KUTIP_PROJECT_FILE_NAME      "kutip-project.json"
#define KUTIP_PROJECT_FORMAT_NAME    "kutip-project"
#define KUTIP_PROJECT_FORMAT_VERSION 1

#define KUTIP_TYPE_PROJECT_SETTINGS (kutip_project_settings_get_type ())

G_DECLARE_FINAL_TYPE (KutipProjectSettings, kutip_project_settings, KUTIP, PROJECT_SETTINGS,
                      GObject)

/* The defaults a new project starts with; @name (nullable) is its name. */
KutipProjectSettings *kutip_project_settings_new            (const char            *name);
/* Reads @path. A missing file gives the defaults with no problem; a bad one
 * never fails the whole: each problem is appended to @problems (a GError
 * naming the file and JSON path, or line and column), and what it spoiled
 * keeps its default while the rest is read. */
KutipProjectSettings *kutip_project_settings_load           (const char            *path,
                                                             const char            *default_name,
                                                             GPtrArray             *problems);
/* Writes @path atomically. Members Kutip does not know, and members it
 * could not read, are written back as they were. Refuses (KUTIP_ERROR_PARSE)
 * when the file it was loaded from is not JSON at all, so it is never
 * overwritten by defaults. */
gboolean              kutip_project_settings_save           (KutipProjectSettings  *self,
                                                             const char            *path,
                                                             GError               **error);
/* Whether the file could be read as JSON (its members may still be bad). */
gboolean              kutip_project_settings_is_writable    (KutipProjectSettings  *self);

const char           *kutip_project_settings_get_name       (KutipProjectSettings  *self);
void                  kutip_project_settings_set_name       (KutipProjectSettings  *self,
                                                             const char            *name);
/* The language of documents that name none ("id", "en"), or NULL to
 * detect it. */
const char           *kutip_project_settings_get_language   (KutipProjectSettings  *self);
gboolean              kutip_project_settings_set_language   (KutipProjectSettings  *self,
                                                             const char            *language,
                                                             GError               **error);
/* The labels of the project (transfer none). */
KutipSchema          *kutip_project_settings_get_schema     (KutipProjectSettings  *self);
void                  kutip_project_settings_set_schema     (KutipProjectSettings  *self,
                                                             KutipSchema           *schema);
/* Suggestion options: families (KutipSuggestFamilies bits) and the least
 * confidence a kept suggestion has. */
guint                 kutip_project_settings_get_suggest_families (KutipProjectSettings *self);
double                kutip_project_settings_get_min_confidence   (KutipProjectSettings *self);

/* People: one person under several names ("Joko Widodo", "Presiden Joko
 * Widodo", "Jokowi"). Names compare folded (case, accents, spacing). */
guint                 kutip_project_settings_get_n_people   (KutipProjectSettings  *self);
/* The person at @position: its name; @aliases (out) (transfer none)
 * (optional): its other names, NULL-terminated. */
const char           *kutip_project_settings_get_person     (KutipProjectSettings  *self,
                                                             guint                  position,
                                                             const char * const   **aliases);
/* The name of the person @name is a name of, or NULL if no merge names it
 * (transfer none). */
const char           *kutip_project_settings_lookup_person  (KutipProjectSettings  *self,
                                                             const char            *name);
/* Makes @alias another name of the person @name (made if new). When @alias
 * is itself a person, its names all move to @name. Fails when they are
 * already one person, or a name is empty. */
gboolean              kutip_project_settings_merge_people   (KutipProjectSettings  *self,
                                                             const char            *name,
                                                             const char            *alias,
                                                             GError               **error);
/* Takes @name out of its merge (an alias leaves; a person's own name
 * dissolves the whole merge). Returns %FALSE if no merge names it. */
gboolean              kutip_project_settings_unmerge        (KutipProjectSettings  *self,
                                                             const char            *name);

G_END_DECLS
