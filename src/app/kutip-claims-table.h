/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-claims-table.h: "who said what, when": a sortable table of claims. */
#pragma once

#include <gtk/gtk.h>

#include "kutip-document.h"

G_BEGIN_DECLS

#define KUTIP_TYPE_CLAIMS_TABLE (kutip_claims_table_get_type ())

G_DECLARE_FINAL_TYPE (KutipClaimsTable, kutip_claims_table, KUTIP, CLAIMS_TABLE, GtkWidget)

/* Signals: "claim-activated" (KutipAnnotation *): a row was activated. */
GtkWidget  *kutip_claims_table_new           (void);
void        kutip_claims_table_set_document  (KutipClaimsTable *self,
                                              KutipDocument    *document);
/* The rows as shown (sorted), for tests. */
GListModel *kutip_claims_table_get_model     (KutipClaimsTable *self);
/* Speaker shown for @claim: its person, else the linked speaker's text. */
char       *kutip_claims_table_speaker_of    (KutipDocument    *document,
                                              KutipAnnotation  *claim);
char       *kutip_claims_table_date_of       (KutipDocument    *document,
                                              KutipAnnotation  *claim);

G_END_DECLS
