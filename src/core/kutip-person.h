/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-person.h: one person across a project's documents (the people
 * index): the name the project knows them by, the names the documents use,
 * and how many claims they made in how many documents. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KUTIP_TYPE_PERSON (kutip_person_get_type ())

G_DECLARE_FINAL_TYPE (KutipPerson, kutip_person, KUTIP, PERSON, GObject)

/* Read-only properties: "name", "names" (GStrv: every name the documents
 * use for them and the project's merged aliases), "merged" (the name comes
 * from the project's people merges), "n-claims", "n-documents". */
const char         *kutip_person_get_name        (KutipPerson *self);
const char * const *kutip_person_get_names       (KutipPerson *self);
gboolean            kutip_person_get_merged      (KutipPerson *self);
guint               kutip_person_get_n_claims    (KutipPerson *self);
guint               kutip_person_get_n_documents (KutipPerson *self);

G_END_DECLS
