/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-schema.h: the label set in use: built-in speaker, claim and date plus
 * labels and attributes a project adds. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "kutip-types.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_SCHEMA (kutip_schema_get_type ())

G_DECLARE_FINAL_TYPE (KutipSchema, kutip_schema, KUTIP, SCHEMA, GObject)

typedef struct
{
  char     *name;        /* "speaker" */
  char     *title;       /* untranslated display name, "Speaker" */
  char     *color;       /* "#3584e4" */
  gunichar  key;         /* '1' */
  gboolean  builtin;
  char    **attributes;  /* attribute keys this label carries, e.g. {"kind", NULL} */
} KutipLabel;

KutipSchema      *kutip_schema_new_default     (void);
guint             kutip_schema_get_n_labels    (KutipSchema  *self);
const KutipLabel *kutip_schema_get_label       (KutipSchema  *self,
                                                guint         position);
const KutipLabel *kutip_schema_lookup          (KutipSchema  *self,
                                                const char   *name);
const KutipLabel *kutip_schema_lookup_key      (KutipSchema  *self,
                                                gunichar      key);
gboolean          kutip_schema_add_label       (KutipSchema  *self,
                                                const char   *name,
                                                const char   *title,
                                                const char   *color,
                                                gunichar      key,
                                                const char * const *attributes,
                                                GError      **error);
gboolean          kutip_schema_add_attribute   (KutipSchema  *self,
                                                const char   *name,
                                                const char   *key);
/* Relation types the schema allows: said-by, dated, plus project ones. */
gboolean          kutip_schema_has_relation    (KutipSchema  *self,
                                                const char   *type);
void              kutip_schema_add_relation    (KutipSchema  *self,
                                                const char   *type);
const char * const *kutip_schema_get_relations (KutipSchema *self);
JsonNode         *kutip_schema_to_json         (KutipSchema  *self);
KutipSchema      *kutip_schema_new_from_json   (JsonNode     *node,
                                                const char   *where,
                                                GError      **error);

G_END_DECLS
