/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format.h: labelled datasets in and out: one table of formats, a
 * streaming exporter and an all-or-nothing importer. See docs/formats.md. */
#pragma once

#include <gio/gio.h>

#include "kutip-document.h"

G_BEGIN_DECLS

typedef enum
{
  KUTIP_FORMAT_CAN_EXPORT = 1 << 0,
  KUTIP_FORMAT_CAN_IMPORT = 1 << 1,
  /* Export writes a folder (brat: one .txt/.ann pair per document). */
  KUTIP_FORMAT_FOLDER     = 1 << 2,
  KUTIP_FORMAT_RELATIONS  = 1 << 3, /* carries relations */
  KUTIP_FORMAT_LOSSLESS   = 1 << 4, /* carries everything (Kutip JSONL) */
  KUTIP_FORMAT_OFFSETS    = 1 << 5, /* writes offsets in the chosen unit */
  KUTIP_FORMAT_TOKENS     = 1 << 6, /* one tag per token: nesting applies */
} KutipFormatFlags;

/* Which spans go to CoNLL and Hugging Face, where a token has one tag. */
typedef enum
{
  /* One tag column: the outermost span wins; a span crossing an earlier
   * kept span is left out. */
  KUTIP_NESTING_OUTERMOST,
  /* One tag column per label; inside a label the outermost span wins. */
  KUTIP_NESTING_LAYERS,
} KutipNesting;

typedef struct _KutipFormat   KutipFormat;
typedef struct _KutipExporter KutipExporter;

typedef struct
{
  KutipOffsetUnit  offsets;       /* default code points */
  gboolean         all_statuses;  /* FALSE: accepted only; TRUE: pending too */
  KutipNesting     nesting;
  gboolean         doccano_entities; /* doccano: entities+relations shape */
  /* Label order shared by several exporters (train/dev/test) so tag ids
   * agree; (nullable) (element-type utf8). Exporters append new labels. */
  GPtrArray       *label_order;
  /* A path export replaces an existing file or writes into a folder that
   * is not empty only when this is set; otherwise it fails with
   * G_IO_ERROR_EXISTS before writing anything. */
  gboolean         overwrite;
} KutipExportOptions;

typedef enum
{
  KUTIP_DISCONTINUOUS_SPLIT,  /* one span per fragment joined by "fragment-of" */
  KUTIP_DISCONTINUOUS_REFUSE, /* an error naming the file and line */
} KutipDiscontinuous;

typedef struct
{
  KutipOffsetUnit     offsets;
  /* Foreign label or relation type -> Kutip name (nullable). Names equal to
   * speaker/claim/date/said-by/dated up to case, '-' and '_' map by
   * themselves. */
  GHashTable         *label_map;
  /* Keep unmapped labels as custom labels (added to the document's schema);
   * otherwise their spans are dropped and counted in @dropped. */
  gboolean            keep_unmapped;
  KutipDiscontinuous  discontinuous;
  /* (out) (nullable): caller-made table, foreign label -> GUINT count. */
  GHashTable         *dropped;
  /* (out) (nullable): counts the empty spans (start = end) dropped: a
   * Kutip span covers at least one character. */
  guint              *n_empty;
} KutipImportOptions;

#define KUTIP_RELATION_FRAGMENT_OF "fragment-of"

void                kutip_export_options_init   (KutipExportOptions *options);
void                kutip_import_options_init   (KutipImportOptions *options);

/* The format table, NULL-terminated, in menu order. */
const KutipFormat * const *kutip_formats_list   (void);
const KutipFormat  *kutip_format_lookup         (const char         *name);
const char         *kutip_format_get_name       (const KutipFormat  *format);
/* Untranslated display name, "doccano JSONL". */
const char         *kutip_format_get_title      (const KutipFormat  *format);
/* ".jsonl", or NULL for folder formats. */
const char         *kutip_format_get_extension  (const KutipFormat  *format);
KutipFormatFlags    kutip_format_get_flags      (const KutipFormat  *format);

/* Export: begin, add documents one at a time, finish. Memory stays flat:
 * each document is written before the next is read. */
KutipExporter      *kutip_exporter_new_for_stream (const KutipFormat        *format,
                                                   GOutputStream            *stream,
                                                   const KutipExportOptions *options,
                                                   GError                  **error);
/* A file, or a folder for KUTIP_FORMAT_FOLDER formats. Nothing appears at
 * @path until kutip_exporter_finish() succeeds: the file (or each file of
 * the folder) is written to a temporary one and renamed into place; an
 * export freed unfinished removes what it wrote. Side files (the HF label
 * list) are written beside @path. */
KutipExporter      *kutip_exporter_new_for_path   (const KutipFormat        *format,
                                                   const char               *path,
                                                   const KutipExportOptions *options,
                                                   GError                  **error);
/* Whether an export of @format to @path would replace a file (@path, or a
 * side file) or write into a folder that is not empty. */
gboolean            kutip_format_export_overwrites (const KutipFormat       *format,
                                                   const char               *path);
gboolean            kutip_exporter_add            (KutipExporter            *self,
                                                   KutipDocument            *document,
                                                   GError                  **error);
gboolean            kutip_exporter_finish         (KutipExporter            *self,
                                                   GError                  **error);
/* Tag names by id for formats that write tag ids (Hugging Face), as JSON;
 * NULL for others. Also written beside a path export as NAME.labels.json. */
char               *kutip_exporter_dup_labels_json (KutipExporter           *self);
guint               kutip_exporter_get_n_documents (KutipExporter           *self);
/* Links between two exported spans the export did not write: pending ones
 * when only accepted work goes out, and those the format has no place for
 * (CoNLL, Hugging Face, doccano's label shape…). Returns the sum. */
guint               kutip_exporter_get_links_left_out (KutipExporter        *self,
                                                   guint                    *pending,
                                                   guint                    *unsupported);
void                kutip_exporter_free           (KutipExporter            *self);

/* Import every document of @path (a file, or a folder of such files) or
 * nothing: on the first problem, returns NULL with an error naming the file,
 * the line and what is wrong. Returns: (transfer full) (element-type
 * KutipDocument). */
GPtrArray          *kutip_format_import_path      (const KutipFormat        *format,
                                                   const char               *path,
                                                   const KutipImportOptions *options,
                                                   GError                  **error);
/* Same for data in memory; @where names it in messages. */
GPtrArray          *kutip_format_import_data      (const KutipFormat        *format,
                                                   const char               *data,
                                                   gsize                     n_bytes,
                                                   const char               *where,
                                                   const KutipImportOptions *options,
                                                   GError                  **error);

/* Reads Kutip JSONL one document at a time (flat memory). @callback returns
 * FALSE with an error to stop. */
typedef gboolean (*KutipDocumentFunc) (KutipDocument  *document,
                                       gpointer        user_data,
                                       GError        **error);
gboolean            kutip_format_read_jsonl       (GInputStream             *stream,
                                                   const char               *where,
                                                   KutipDocumentFunc         callback,
                                                   gpointer                  user_data,
                                                   GError                  **error);

/* A stable share in [0, 1) of a document for a train/dev/test split: the
 * same id (and seed) lands in the same split whatever the reading order. */
double              kutip_format_split_share      (guint64                   seed,
                                                   const char               *id);
/* Adds "PER=speaker,QUOTE=claim" (foreign=Kutip, comma-separated) to @map
 * (string -> string); an error names the item that is not NAME=LABEL. */
gboolean            kutip_format_parse_label_map  (const char               *spec,
                                                   GHashTable               *map,
                                                   GError                  **error);
/* "3 suggested links between exported spans were left out: …", one line a
 * kind (translated), or NULL when nothing was left out. */
char               *kutip_format_describe_links_left_out (const KutipFormat        *format,
                                                          const KutipExportOptions *options,
                                                          guint                     pending,
                                                          guint                     unsupported);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipExporter, kutip_exporter_free)

G_END_DECLS
