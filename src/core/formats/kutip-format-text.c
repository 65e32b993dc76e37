/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-text.c: plain text articles, one document per .txt file or
 * per .txt file in a folder; the file name is the document id. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

static gboolean
text_import_data (KutipImportContext  *ctx,
                  const char          *data,
                  gsize                n_bytes,
                  GError             **error)
{
  g_autoptr(KutipDocBuilder) builder = NULL;
  g_autofree char *base = g_path_get_basename (ctx->where);

  builder = _kutip_doc_builder_new (ctx, data, (gssize) n_bytes, 0, error);
  if (builder == NULL)
    return FALSE;

  if (g_str_has_suffix (base, ".txt") || g_str_has_suffix (base, ".md"))
    *strrchr (base, '.') = '\0';
  kutip_document_set_id (_kutip_doc_builder_get_document (builder), base);

  return _kutip_doc_builder_finish (builder, error);
}

const KutipFormat kutip_format_text = {
  .name = "text",
  .title = "Plain text",
  .extension = ".txt",
  .flags = KUTIP_FORMAT_CAN_IMPORT,
  .import_data = text_import_data,
};
