/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-error.h: Kutip's own error domain for errors a user can cause. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KUTIP_ERROR (kutip_error_quark ())

/**
 * KutipError:
 * @KUTIP_ERROR_INVALID_UTF8: text is not valid UTF-8 (message names the byte offset)
 * @KUTIP_ERROR_PARSE: input is not well-formed (not JSON, bad line, ...)
 * @KUTIP_ERROR_FORMAT: wrong format name or a member has the wrong type
 * @KUTIP_ERROR_VERSION: unsupported format version
 * @KUTIP_ERROR_OFFSET: offsets out of range or reversed
 * @KUTIP_ERROR_TEXT_MISMATCH: stored covered text differs from text[start:end]
 * @KUTIP_ERROR_UNKNOWN_REFERENCE: a relation/entity names an id that does not exist
 * @KUTIP_ERROR_DUPLICATE_ID: two items share one id
 * @KUTIP_ERROR_HASH_MISMATCH: the text no longer matches its stored SHA-256
 * @KUTIP_ERROR_INVALID_VALUE: a value is out of its domain (status, label, date value)
 * @KUTIP_ERROR_IO: reading or writing failed
 * @KUTIP_ERROR_EXTERNAL: an external command failed or timed out
 */
typedef enum
{
  KUTIP_ERROR_INVALID_UTF8,
  KUTIP_ERROR_PARSE,
  KUTIP_ERROR_FORMAT,
  KUTIP_ERROR_VERSION,
  KUTIP_ERROR_OFFSET,
  KUTIP_ERROR_TEXT_MISMATCH,
  KUTIP_ERROR_UNKNOWN_REFERENCE,
  KUTIP_ERROR_DUPLICATE_ID,
  KUTIP_ERROR_HASH_MISMATCH,
  KUTIP_ERROR_INVALID_VALUE,
  KUTIP_ERROR_IO,
  KUTIP_ERROR_EXTERNAL,
} KutipError;

GQuark kutip_error_quark (void);

G_END_DECLS
