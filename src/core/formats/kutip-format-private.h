/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-private.h: what format files share: the format table entry,
 * the exporter's state, JSON writing and the import document builder. */
#pragma once

#include "kutip-format.h"

G_BEGIN_DECLS

typedef struct _KutipImportContext KutipImportContext;
typedef struct _KutipDocBuilder    KutipDocBuilder;

struct _KutipFormat
{
  const char       *name;
  const char       *title;
  const char       *extension;
  KutipFormatFlags  flags;

  gboolean (*export_begin)    (KutipExporter      *self,
                               GError            **error);
  gboolean (*export_document) (KutipExporter      *self,
                               KutipDocument      *document,
                               GError            **error);
  gboolean (*export_end)      (KutipExporter      *self,
                               GError            **error);

  /* Parses one file's contents, adding documents to @ctx. */
  gboolean (*import_data)     (KutipImportContext *ctx,
                               const char         *data,
                               gsize               n_bytes,
                               GError            **error);
  /* Optional: imports a path itself (brat pairs, folders of text). */
  gboolean (*import_path)     (KutipImportContext *ctx,
                               const char         *path,
                               GError            **error);
};

struct _KutipExporter
{
  const KutipFormat  *format;
  KutipExportOptions  options;
  GPtrArray          *own_label_order;
  GPtrArray          *tag_names;  /* "O", "B-speaker", "I-speaker", ... */
  GOutputStream      *stream;     /* NULL for folder formats */
  char               *path;       /* file or folder; NULL for plain streams */
  /* A path export writes where no one looks until it is finished: a file
   * into @tmp_path beside it, a folder's files into @tmp_dir inside it
   * (see kutip-format-output.c). */
  char               *tmp_path;
  char               *tmp_dir;
  GPtrArray          *written;    /* file names in @tmp_dir */
  gboolean            made_dir;   /* @path was created by this export */
  GString            *buf;        /* pending output, flushed in large writes */
  guint               n_documents;
  /* Links between two exported spans left out (kutip_exporter_get_links_left_out). */
  guint               links_pending;
  guint               links_unsupported;
  gpointer            state;
  GDestroyNotify      state_free;
};

struct _KutipImportContext
{
  const KutipFormat        *format;
  const KutipImportOptions *options;
  const char               *where;
  const char               *place;  /* a JSON path where lines do not apply */
  GPtrArray                *documents;
};

extern const KutipFormat kutip_format_jsonl;
extern const KutipFormat kutip_format_doccano;
extern const KutipFormat kutip_format_label_studio;
extern const KutipFormat kutip_format_brat;
extern const KutipFormat kutip_format_conll;
extern const KutipFormat kutip_format_hf;
extern const KutipFormat kutip_format_prodigy;
extern const KutipFormat kutip_format_csv;
extern const KutipFormat kutip_format_text;

/* Output. */
gboolean     _kutip_exporter_open_path    (KutipExporter   *self,
                                           GError         **error);
/* Puts what a path export wrote into place. */
gboolean     _kutip_exporter_commit       (KutipExporter   *self,
                                           GError         **error);
/* Removes what an unfinished path export wrote. */
void         _kutip_exporter_discard      (KutipExporter   *self);
gboolean     _kutip_exporter_flush        (KutipExporter   *self,
                                           gboolean         force,
                                           GError         **error);
gboolean     _kutip_exporter_write_file   (KutipExporter   *self,
                                           const char      *name,
                                           const char      *data,
                                           gsize            n_bytes,
                                           GError         **error);
/* Fills @annotations and @relations (transfer container) with what the
 * options let through, checking text[start:end] of each annotation.
 * Links between two spans let through that are left out are counted:
 * pending ones when only accepted work goes out, and all of them when
 * @relations is NULL (the format carries no links). */
gboolean     _kutip_exporter_collect      (KutipExporter   *self,
                                           KutipDocument   *document,
                                           GPtrArray      **annotations,
                                           GPtrArray      **relations,
                                           GError         **error);
gboolean     _kutip_exporter_includes     (KutipExporter   *self,
                                           KutipStatus      status);
/* A link collect let through that the format could not write after all. */
void         _kutip_exporter_leave_out_link (KutipExporter  *self);
gsize        _kutip_exporter_offset       (KutipExporter   *self,
                                           KutipText       *text,
                                           guint            offset);
/* The document's id, or "doc-N" (transfer full). */
char        *_kutip_exporter_document_name (KutipExporter  *self,
                                           KutipDocument   *document);
GPtrArray   *_kutip_exporter_label_order  (KutipExporter   *self);
guint        _kutip_exporter_label_index  (KutipExporter   *self,
                                           const char      *label);

void         _kutip_json_append_string    (GString         *out,
                                           const char      *str,
                                           gssize           len);
void         _kutip_json_append_member    (GString         *out,
                                           const char      *name,
                                           const char      *value);

/* Whether @node is an object (an array): FALSE for a missing member. */
gboolean     _kutip_json_holds_object     (JsonNode        *node);
gboolean     _kutip_json_holds_array      (JsonNode        *node);
gboolean     _kutip_json_get_int          (JsonNode        *node,
                                           gint64          *value);
const char  *_kutip_json_get_string       (JsonNode        *node);
char        *_kutip_json_dup_id           (JsonObject      *object,
                                           const char      *member);

/* Import. */
void         _kutip_import_error          (KutipImportContext *ctx,
                                           GError            **error,
                                           guint               line,
                                           int                 code,
                                           const char         *format,
                                           ...) G_GNUC_PRINTF (5, 6);
gboolean     _kutip_import_parse_json     (KutipImportContext *ctx,
                                           const char         *data,
                                           gsize               n_bytes,
                                           guint               line,
                                           JsonNode          **node,
                                           GError            **error);
/* Calls @func for each non-blank line (numbered from 1). */
typedef gboolean (*KutipLineFunc) (KutipImportContext *ctx,
                                   const char         *line,
                                   gsize               n_bytes,
                                   guint               line_number,
                                   GError            **error);
gboolean     _kutip_import_foreach_line   (KutipImportContext *ctx,
                                           const char         *data,
                                           gsize               n_bytes,
                                           KutipLineFunc       func,
                                           GError            **error);

KutipDocBuilder *_kutip_doc_builder_new   (KutipImportContext *ctx,
                                           const char         *text,
                                           gssize              n_bytes,
                                           guint               line,
                                           GError            **error);
KutipDocument   *_kutip_doc_builder_get_document (KutipDocBuilder *self);
KutipText       *_kutip_doc_builder_get_text (KutipDocBuilder *self);
/* Adds a span; @start/@end are in the import's offset unit unless
 * @codepoints. Sets *@annotation to NULL when the label is dropped. */
gboolean     _kutip_doc_builder_add_span  (KutipDocBuilder    *self,
                                           const char         *id,
                                           const char         *label,
                                           gint64              start,
                                           gint64              end,
                                           gboolean            codepoints,
                                           const char         *expected,
                                           guint               line,
                                           KutipAnnotation   **annotation,
                                           GError            **error);
/* Ends that were dropped drop the relation too. */
gboolean     _kutip_doc_builder_add_relation (KutipDocBuilder *self,
                                           const char         *type,
                                           const char         *from_id,
                                           const char         *to_id,
                                           KutipStatus         status,
                                           guint               line,
                                           GError            **error);
gboolean     _kutip_doc_builder_is_dropped (KutipDocBuilder   *self,
                                           const char         *id);
/* Adds @mention_id to the entity named @name (created on first use); a
 * span already a mention of another entity is an error. */
gboolean     _kutip_doc_builder_add_mention (KutipDocBuilder  *self,
                                           const char         *entity_id,
                                           const char         *name,
                                           const char         *mention_id,
                                           guint               line,
                                           GError            **error);
gboolean     _kutip_doc_builder_finish    (KutipDocBuilder    *self,
                                           GError            **error);
void         _kutip_doc_builder_free      (KutipDocBuilder    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipDocBuilder, _kutip_doc_builder_free)

char        *_kutip_hf_labels_path         (const char      *path);

/* Index of the first KutipToken in @tokens whose end is past @offset. */
guint         _kutip_tokens_first_after   (GArray             *tokens,
                                           guint               offset);

/* Token tags for CoNLL and Hugging Face. */
typedef struct
{
  GArray     *tokens;  /* KutipToken of the whole text */
  GArray     *sentence_ends; /* guint: index one past each sentence's last token */
  guint       n_layers;
  char      **layer_labels;  /* NULL for outermost: one layer of any label */
  /* tags[layer][token]: 0 = O, else label_index * 2 + 1 (B) or + 2 (I),
   * label_index from _kutip_exporter_label_index(). */
  guint     **tags;
} KutipTagging;

KutipTagging *_kutip_tagging_new          (KutipExporter      *self,
                                           KutipDocument      *document,
                                           GError            **error);
void          _kutip_tagging_free         (KutipTagging       *tagging);
/* "B-claim" (transfer none, valid until the exporter is freed). */
const char   *_kutip_tag_name             (KutipExporter      *self,
                                           guint               tag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KutipTagging, _kutip_tagging_free)

G_END_DECLS
