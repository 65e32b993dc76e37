/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-settings-private.h: the settings' state, shared by
 * kutip-project-settings.c (defaults, writing, people) and
 * kutip-project-settings-read.c (reading and checking the file). */
#pragma once

#include <json-glib/json-glib.h>

#include "kutip-project-settings.h"

G_BEGIN_DECLS

typedef struct
{
  char      *name;
  GPtrArray *aliases;   /* char *, NULL-terminated */
} KutipMergedPerson;

struct _KutipProjectSettings
{
  GObject      parent_instance;

  JsonObject  *root;
  gboolean     writable;

  char        *name;
  char        *language;
  KutipSchema *schema;
  guint        families;
  double       min_confidence;

  GPtrArray   *people;       /* KutipMergedPerson */
  GPtrArray   *bad_people;   /* JsonNode: entries that could not be read, kept */
  GHashTable  *person_of;    /* folded name -> KutipMergedPerson (borrowed) */
};

typedef struct
{
  const char *name;
  guint       bit;
} KutipFamilyName;

/* "dates", "claims", "speakers" and their KutipSuggestFamilies bits. */
extern const KutipFamilyName _kutip_settings_families[3];

void      _kutip_settings_person_free     (gpointer                data);
KutipMergedPerson   *_kutip_settings_person_new      (const char             *name);
/* Names compare folded: case, accents, spacing. */
char     *_kutip_settings_fold_name       (const char             *name);
gboolean  _kutip_settings_set_str         (char                  **slot,
                                           const char             *value);
gboolean  _kutip_settings_language_is_known (const char           *language);

G_END_DECLS
