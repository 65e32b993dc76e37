/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-json-reader.h: a small pull parser for JSON that keeps the JSON path
 * of where it is, for precise messages. Private to the store. */
#pragma once

#include <json-glib/json-glib.h>

#include "kutip-error.h"
#include "kutip-types.h"

G_BEGIN_DECLS

/* A JSON path kept on the C stack; turned into text only for a message. */
typedef struct _KutipJsonPath KutipJsonPath;
struct _KutipJsonPath
{
  const KutipJsonPath *parent;
  const char *key;    /* member name, or NULL for an array element */
  guint       index;
};

#define KUTIP_JSON_PATH_KEY(parent_, key_)   { (parent_), (key_), 0 }
#define KUTIP_JSON_PATH_INDEX(parent_, i_)   { (parent_), NULL, (i_) }

typedef struct
{
  const char  *start;
  const char  *p;
  const char  *end;
  const char  *where;   /* file name for messages, may be NULL */
  GString     *scratch; /* the last string read */
  GError     **error;
  int          depth;
} KutipJsonReader;


typedef struct
{
  gboolean    is_int;  /* whole and within gint64: @i is exact */
  gboolean    whole;   /* written without a fraction or an exponent */
  gint64      i;
  double      d;
  const char *text;    /* as written, for messages: not NUL-terminated */
  int         len;
} KutipJsonNumber;

static inline void
kutip_json_skip_ws (KutipJsonReader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
    r->p++;
}

/* Errors: "WHERE: $.path: problem" and "WHERE: line L, column C: not valid
 * JSON: problem". Both return FALSE and keep the first error only. */
gboolean    _kutip_json_fail               (KutipJsonReader      *r,
                                            const KutipJsonPath  *path,
                                            KutipError            code,
                                            const char           *format,
                                            ...) G_GNUC_PRINTF (4, 5);
gboolean    _kutip_json_syntax_error       (KutipJsonReader      *r,
                                            const char           *format,
                                            ...) G_GNUC_PRINTF (2, 3);
gboolean    _kutip_json_wrong_type         (KutipJsonReader      *r,
                                            const KutipJsonPath  *path,
                                            const char           *expected);
gboolean    _kutip_json_missing            (KutipJsonReader      *r,
                                            const KutipJsonPath  *path,
                                            const char           *member);
gboolean    _kutip_json_duplicate_member   (KutipJsonReader      *r,
                                            const KutipJsonPath  *path);
const char *_kutip_json_describe_next      (KutipJsonReader      *r);

/* Tokens. r->p is at the token (after whitespace). */
gboolean    _kutip_json_expect_char        (KutipJsonReader      *r,
                                            char                  c);
gboolean    _kutip_json_read_string_into   (KutipJsonReader      *r,
                                            GString              *out);
gboolean    _kutip_json_read_number        (KutipJsonReader      *r,
                                            KutipJsonNumber      *n);
gboolean    _kutip_json_read_literal       (KutipJsonReader      *r,
                                            const char           *word);
/* Steps over an opening bracket, counting the depth. */
gboolean    _kutip_json_enter              (KutipJsonReader      *r);
/* Call with *first = TRUE after the opening bracket (see _kutip_json_enter); 1 = one more (for an
 * object, its name is in r->scratch and r->p at its value), 0 = closed,
 * -1 = error. */
int         _kutip_json_next_member        (KutipJsonReader      *r,
                                            gboolean             *first);
int         _kutip_json_next_element       (KutipJsonReader      *r,
                                            gboolean             *first);
JsonNode   *_kutip_json_read_node          (KutipJsonReader      *r);

/* Typed values; a wrong type is KUTIP_ERROR_FORMAT naming @path. */
gboolean    _kutip_json_read_string        (KutipJsonReader      *r,
                                            const KutipJsonPath  *path,
                                            gboolean              nullable,
                                            char                **out);
gboolean    _kutip_json_read_offset        (KutipJsonReader      *r,
                                            const KutipJsonPath  *path,
                                            guint                *out);
gboolean    _kutip_json_read_status        (KutipJsonReader      *r,
                                            const KutipJsonPath  *path,
                                            KutipStatus          *out);
/* Adds the member named in r->scratch to *@extra (created if NULL). */
gboolean    _kutip_json_read_extra_member  (KutipJsonReader      *r,
                                            JsonObject          **extra);

G_END_DECLS
