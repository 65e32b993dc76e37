/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-types.h: forward typedefs and enums shared by the core. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _KutipAnnotation KutipAnnotation;
typedef struct _KutipDocument   KutipDocument;
typedef struct _KutipEntity     KutipEntity;
typedef struct _KutipHistory    KutipHistory;
typedef struct _KutipRelation   KutipRelation;
typedef struct _KutipSchema     KutipSchema;
typedef struct _KutipText       KutipText;

/**
 * KutipStatus:
 * @KUTIP_STATUS_PENDING: a suggestion nobody has decided on yet
 * @KUTIP_STATUS_ACCEPTED: accepted by a person (manual work starts here)
 * @KUTIP_STATUS_REJECTED: rejected by a person; hidden, never suggested again
 */
typedef enum
{
  KUTIP_STATUS_PENDING,
  KUTIP_STATUS_ACCEPTED,
  KUTIP_STATUS_REJECTED,
} KutipStatus;

/**
 * KutipDocumentStatus:
 * @KUTIP_DOCUMENT_STATUS_NEW: nobody has worked on the document yet
 * @KUTIP_DOCUMENT_STATUS_IN_PROGRESS: work on it has started
 * @KUTIP_DOCUMENT_STATUS_DONE: finished
 * @KUTIP_DOCUMENT_STATUS_SKIPPED: left out on purpose (off topic, a duplicate)
 *
 * Where a document stands in a project's work, stored in its metadata as
 * "new", "in-progress", "done" or "skipped" (see docs/format.md).
 */
typedef enum
{
  KUTIP_DOCUMENT_STATUS_NEW,
  KUTIP_DOCUMENT_STATUS_IN_PROGRESS,
  KUTIP_DOCUMENT_STATUS_DONE,
  KUTIP_DOCUMENT_STATUS_SKIPPED,
} KutipDocumentStatus;

#define KUTIP_DOCUMENT_N_STATUSES 4

/* Offset units used by importers and exporters. */
typedef enum
{
  KUTIP_OFFSET_CODEPOINT,
  KUTIP_OFFSET_UTF16,
  KUTIP_OFFSET_BYTE,
} KutipOffsetUnit;

/* Built-in label and relation names. */
#define KUTIP_LABEL_SPEAKER "speaker"
#define KUTIP_LABEL_CLAIM   "claim"
#define KUTIP_LABEL_DATE    "date"

#define KUTIP_RELATION_SAID_BY "said-by"
#define KUTIP_RELATION_DATED   "dated"

/* Origin of manual work; suggestions use "rule:NAME", imports "import:FORMAT",
 * external suggesters "external:NAME". */
#define KUTIP_ORIGIN_MANUAL "manual"

const char  *kutip_status_to_string   (KutipStatus  status);
gboolean     kutip_status_from_string (const char  *str,
                                       KutipStatus *status);
/* "new", "in-progress", "done", "skipped". */
const char  *kutip_document_status_to_string   (KutipDocumentStatus  status);
gboolean     kutip_document_status_from_string (const char          *str,
                                                KutipDocumentStatus *status);

G_END_DECLS
