/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-json-reader.c: a small pull parser for JSON (RFC 8259) that reads
 * straight into the caller's structures and names the JSON path or the
 * line and column of a problem. The store uses it instead of building a
 * json-glib tree of the whole file (see kutip-store-read.c). */

#define G_LOG_DOMAIN "kutip-store"

#include "config.h"

#include <string.h>

#include "kutip-json-check.h"
#include "kutip-json-reader.h"
#include "kutip-store-private.h"


/* ---------------------------------------------------------------------- */
/* Messages                                                                */

static gboolean
is_identifier (const char *key)
{
  if (*key == '\0' || g_ascii_isdigit (*key))
    return FALSE;
  for (const char *k = key; *k; k++)
    if (!g_ascii_isalnum (*k) && *k != '_' && *k != '-')
      return FALSE;
  return TRUE;
}

static void
append_path (GString             *s,
             const KutipJsonPath *path)
{
  if (path == NULL)
    {
      g_string_append_c (s, '$');
      return;
    }

  append_path (s, path->parent);
  if (path->key == NULL)
    g_string_append_printf (s, "[%u]", path->index);
  else if (is_identifier (path->key))
    g_string_append_printf (s, ".%s", path->key);
  else
    {
      g_string_append_c (s, '[');
      _kutip_store_append_string (s, path->key, strlen (path->key));
      g_string_append_c (s, ']');
    }
}

static char *
path_to_string (const KutipJsonPath *path)
{
  GString *s = g_string_new (NULL);

  append_path (s, path);
  return g_string_free (s, FALSE);
}

/* Sets "WHERE: $.path: problem". Returns FALSE. */
gboolean
_kutip_json_fail (KutipJsonReader     *r,
                  const KutipJsonPath *path,
                  KutipError           code,
                  const char          *format,
                  ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *where = NULL;
  va_list args;

  if (r->error == NULL || *r->error != NULL)
    return FALSE;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  where = path_to_string (path);
  g_set_error (r->error, KUTIP_ERROR, code, "%s%s%s: %s",
               r->where ? r->where : "", r->where ? ": " : "", where, problem);
  return FALSE;
}

/* Sets "WHERE: line L, column C: not valid JSON: problem". Returns FALSE. */
gboolean
_kutip_json_syntax_error (KutipJsonReader *r,
                          const char      *format,
                          ...)
{
  g_autofree char *problem = NULL;
  const char *line_start = r->start;
  guint line = 1;
  glong column;
  va_list args;

  if (r->error == NULL || *r->error != NULL)
    return FALSE;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  for (const char *q = r->start; q < r->p; q++)
    if (*q == '\n')
      {
        line++;
        line_start = q + 1;
      }
  column = g_utf8_strlen (line_start, r->p - line_start) + 1;

  g_set_error (r->error, KUTIP_ERROR, KUTIP_ERROR_PARSE,
               "%s%sline %u, column %ld: not valid JSON: %s",
               r->where ? r->where : "", r->where ? ": " : "", line, column, problem);
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Tokens                                                                  */

const char *
_kutip_json_describe_next (KutipJsonReader *r)
{
  if (r->p >= r->end)
    return "the end of the file";
  switch (*r->p)
    {
    case '"': return "a string";
    case '{': return "an object";
    case '[': return "an array";
    case 't': case 'f': return "a boolean";
    case 'n': return "null";
    default:
      if (*r->p == '-' || g_ascii_isdigit (*r->p))
        return "a number";
      return "an unexpected character";
    }
}

gboolean
_kutip_json_expect_char (KutipJsonReader *r,
                         char             c)
{
  kutip_json_skip_ws (r);
  if (r->p < r->end && *r->p == c)
    {
      r->p++;
      return TRUE;
    }
  if (r->p >= r->end)
    return _kutip_json_syntax_error (r, "expected “%c” but the file ends", c);
  return _kutip_json_syntax_error (r, "expected “%c”", c);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (KutipJsonReader *r,
           guint           *value)
{
  guint v = 0;

  if (r->end - r->p < 4)
    return _kutip_json_syntax_error (r, "incomplete \\u escape");
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (r->p[i]);
      if (h < 0)
        return _kutip_json_syntax_error (r, "bad \\u escape");
      v = v * 16 + (guint) h;
    }
  r->p += 4;
  *value = v;
  return TRUE;
}

/* Reads a string (r->p at its opening quote) into @out (replacing its
 * contents). The input was validated as UTF-8 beforehand. */
gboolean
_kutip_json_read_string_into (KutipJsonReader *r,
                              GString         *out)
{
  const char *p;
  const char *escape;

  g_string_truncate (out, 0);
  r->p++; /* opening quote */

  for (;;)
    {
      p = r->p;
      while (p < r->end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      if (p > r->p)
        g_string_append_len (out, r->p, p - r->p);
      r->p = p;

      if (p >= r->end)
        return _kutip_json_syntax_error (r, "a string is not closed");
      if (*p == '"')
        {
          r->p++;
          return TRUE;
        }
      if ((guchar) *p < 0x20)
        return _kutip_json_syntax_error (r, "a control character inside a string must be escaped");

      /* Backslash; messages point at it. */
      escape = r->p;
      r->p++;
      if (r->p >= r->end)
        return _kutip_json_syntax_error (r, "a string is not closed");
      switch (*r->p++)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            guint cp;

            if (!read_hex4 (r, &cp))
              return FALSE;
            if (cp >= 0xD800 && cp <= 0xDBFF)
              {
                guint low;

                if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u')
                  {
                    r->p = escape;
                    {
                r->p = escape;
                return _kutip_json_syntax_error (r, "a UTF-16 surrogate escape is not paired");
              }
                  }
                r->p += 2;
                if (!read_hex4 (r, &low))
                  return FALSE;
                if (low < 0xDC00 || low > 0xDFFF)
                  {
                    r->p = escape;
                    {
                r->p = escape;
                return _kutip_json_syntax_error (r, "a UTF-16 surrogate escape is not paired");
              }
                  }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              }
            else if (cp >= 0xDC00 && cp <= 0xDFFF)
              {
                r->p = escape;
                return _kutip_json_syntax_error (r, "a UTF-16 surrogate escape is not paired");
              }
            else if (cp == 0)
              return _kutip_json_syntax_error (r, "\\u0000 (NUL) is not allowed in Kutip text");
            g_string_append_unichar (out, cp);
            break;
          }
        default:
          {
            const char *next;

            /* Quote the whole character: a message is UTF-8 (the input
             * was validated), never one byte of a character. */
            r->p--;
            next = g_utf8_next_char (r->p);
            if (next > r->end)
              next = r->end;
            if ((guchar) *r->p < 0x20)
              return _kutip_json_syntax_error (r, "unknown escape (backslash and byte 0x%02X)",
                                               (guint) (guchar) *r->p);
            return _kutip_json_syntax_error (r, "unknown escape “\\%.*s”",
                                             (int) (next - r->p), r->p);
          }
        }
    }
}

gboolean
_kutip_json_read_number (KutipJsonReader *r,
                         KutipJsonNumber *n)
{
  const char *s = r->p;
  const char *p = s;
  gboolean frac = FALSE;
  char small[64];

  if (p < r->end && *p == '-')
    p++;
  if (p >= r->end || !g_ascii_isdigit (*p))
    return _kutip_json_syntax_error (r, "bad number");
  if (*p == '0')
    p++;
  else
    while (p < r->end && g_ascii_isdigit (*p))
      p++;
  if (p < r->end && *p == '.')
    {
      frac = TRUE;
      p++;
      if (p >= r->end || !g_ascii_isdigit (*p))
        return _kutip_json_syntax_error (r, "bad number");
      while (p < r->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < r->end && (*p == 'e' || *p == 'E'))
    {
      frac = TRUE;
      p++;
      if (p < r->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= r->end || !g_ascii_isdigit (*p))
        return _kutip_json_syntax_error (r, "bad number");
      while (p < r->end && g_ascii_isdigit (*p))
        p++;
    }

  r->p = p;
  n->text = s;
  n->len = (int) MIN (p - s, 1024);
  n->whole = !frac;
  n->is_int = FALSE;
  if (n->whole && (p - s) <= 20)
    {
      gboolean neg = *s == '-';
      guint64 v = 0;
      gboolean fits = TRUE;

      /* Exact up to the gint64 range; past it the number is a double. */
      for (const char *q = neg ? s + 1 : s; q < p && fits; q++)
        {
          guint digit = (guint) (*q - '0');

          if (v > (G_MAXUINT64 - digit) / 10)
            fits = FALSE;
          else
            v = v * 10 + digit;
        }
      if (fits && (neg ? v <= (guint64) G_MAXINT64 + 1 : v <= (guint64) G_MAXINT64))
        {
          n->is_int = TRUE;
          n->i = neg ? (gint64) (0 - v) : (gint64) v;
          n->d = (double) n->i;
          return TRUE;
        }
    }

  /* g_ascii_strtod needs a terminated copy: the input need not end here. */
  if ((gsize) (p - s) < sizeof small)
    {
      memcpy (small, s, p - s);
      small[p - s] = '\0';
      n->d = g_ascii_strtod (small, NULL);
    }
  else
    {
      g_autofree char *copy = g_strndup (s, p - s);
      n->d = g_ascii_strtod (copy, NULL);
    }
  return TRUE;
}

gboolean
_kutip_json_read_literal (KutipJsonReader *r,
                          const char      *word)
{
  gsize len = strlen (word);

  if ((gsize) (r->end - r->p) < len || memcmp (r->p, word, len) != 0)
    return _kutip_json_syntax_error (r, "unexpected character");
  r->p += len;
  return TRUE;
}

/* Steps into the object or array at r->p. Every JSON reader in Kutip
 * refuses the same depth (see kutip-json-check.h). */
gboolean
_kutip_json_enter (KutipJsonReader *r)
{
  if (++r->depth > KUTIP_JSON_MAX_DEPTH)
    return _kutip_json_syntax_error (r, "nested deeper than %d levels", KUTIP_JSON_MAX_DEPTH);
  r->p++;
  return TRUE;
}

/* Object iteration: call with *first = TRUE after the opening brace.
 * Returns 1 with the member name in r->scratch (and r->p at its value),
 * 0 at the closing brace, -1 on error. */
int
_kutip_json_next_member (KutipJsonReader *r,
                         gboolean        *first)
{
  kutip_json_skip_ws (r);
  if (r->p >= r->end)
    {
      _kutip_json_syntax_error (r, "an object is not closed");
      return -1;
    }
  if (*r->p == '}')
    {
      r->p++;
      r->depth--;
      return 0;
    }
  if (!*first)
    {
      if (*r->p != ',')
        {
          _kutip_json_syntax_error (r, "expected “,” or “}”");
          return -1;
        }
      r->p++;
      kutip_json_skip_ws (r);
    }
  *first = FALSE;
  if (r->p >= r->end || *r->p != '"')
    {
      _kutip_json_syntax_error (r, "expected a member name in quotes");
      return -1;
    }
  if (!_kutip_json_read_string_into (r, r->scratch))
    return -1;
  if (!_kutip_json_expect_char (r, ':'))
    return -1;
  kutip_json_skip_ws (r);
  return 1;
}

/* Array iteration, like next_member. */
int
_kutip_json_next_element (KutipJsonReader *r,
                          gboolean        *first)
{
  kutip_json_skip_ws (r);
  if (r->p >= r->end)
    {
      _kutip_json_syntax_error (r, "an array is not closed");
      return -1;
    }
  if (*r->p == ']')
    {
      r->p++;
      r->depth--;
      return 0;
    }
  if (!*first)
    {
      if (*r->p != ',')
        {
          _kutip_json_syntax_error (r, "expected “,” or “]”");
          return -1;
        }
      r->p++;
      kutip_json_skip_ws (r);
    }
  *first = FALSE;
  return 1;
}

/* Any JSON value as a JsonNode (for members Kutip does not know). */
JsonNode *
_kutip_json_read_node (KutipJsonReader *r)
{
  kutip_json_skip_ws (r);
  if (r->p >= r->end)
    {
      _kutip_json_syntax_error (r, "expected a value but the file ends");
      return NULL;
    }

  switch (*r->p)
    {
    case '{':
      {
        g_autoptr(JsonObject) object = json_object_new ();
        gboolean first = TRUE;
        int more;

        if (!_kutip_json_enter (r))
          return NULL;
        while ((more = _kutip_json_next_member (r, &first)) == 1)
          {
            g_autofree char *key = g_strndup (r->scratch->str, r->scratch->len);
            JsonNode *value = _kutip_json_read_node (r);

            if (value == NULL)
              return NULL;
            json_object_set_member (object, key, value);
          }
        if (more < 0)
          return NULL;
        return json_node_init_object (json_node_alloc (), object);
      }
    case '[':
      {
        g_autoptr(JsonArray) array = json_array_new ();
        gboolean first = TRUE;
        int more;

        if (!_kutip_json_enter (r))
          return NULL;
        while ((more = _kutip_json_next_element (r, &first)) == 1)
          {
            JsonNode *value = _kutip_json_read_node (r);

            if (value == NULL)
              return NULL;
            json_array_add_element (array, value);
          }
        if (more < 0)
          return NULL;
        return json_node_init_array (json_node_alloc (), array);
      }
    case '"':
      if (!_kutip_json_read_string_into (r, r->scratch))
        return NULL;
      return json_node_init_string (json_node_alloc (), r->scratch->str);
    case 't':
      if (!_kutip_json_read_literal (r, "true"))
        return NULL;
      return json_node_init_boolean (json_node_alloc (), TRUE);
    case 'f':
      if (!_kutip_json_read_literal (r, "false"))
        return NULL;
      return json_node_init_boolean (json_node_alloc (), FALSE);
    case 'n':
      if (!_kutip_json_read_literal (r, "null"))
        return NULL;
      return json_node_init_null (json_node_alloc ());
    default:
      {
        KutipJsonNumber n;

        if (!_kutip_json_read_number (r, &n))
          return NULL;
        if (n.is_int)
          return json_node_init_int (json_node_alloc (), n.i);
        return json_node_init_double (json_node_alloc (), n.d);
      }
    }
}

/* ---------------------------------------------------------------------- */
/* Typed values                                                            */

gboolean
_kutip_json_wrong_type (KutipJsonReader     *r,
                        const KutipJsonPath *path,
                        const char          *expected)
{
  return _kutip_json_fail (r, path, KUTIP_ERROR_FORMAT, "expected %s, found %s",
                           expected, _kutip_json_describe_next (r));
}

/* A string (or null when @nullable: *out = NULL). (transfer full) */
gboolean
_kutip_json_read_string (KutipJsonReader      *r,
                         const KutipJsonPath  *path,
                         gboolean              nullable,
                         char                **out)
{
  if (r->p < r->end && *r->p == '"')
    {
      if (!_kutip_json_read_string_into (r, r->scratch))
        return FALSE;
      g_free (*out);
      *out = g_strndup (r->scratch->str, r->scratch->len);
      return TRUE;
    }
  if (nullable && r->p < r->end && *r->p == 'n')
    {
      if (!_kutip_json_read_literal (r, "null"))
        return FALSE;
      g_clear_pointer (out, g_free);
      return TRUE;
    }
  return _kutip_json_wrong_type (r, path, nullable ? "a string or null" : "a string");
}

gboolean
_kutip_json_read_offset (KutipJsonReader     *r,
                         const KutipJsonPath *path,
                         guint               *out)
{
  KutipJsonNumber n;

  if (r->p >= r->end || (*r->p != '-' && !g_ascii_isdigit (*r->p)))
    return _kutip_json_wrong_type (r, path, "an offset (a whole number)");
  if (!_kutip_json_read_number (r, &n))
    return FALSE;
  /* Numbers are quoted as written: 2^64 is not "1.84467e+19". */
  if (!n.whole)
    return _kutip_json_fail (r, path, KUTIP_ERROR_FORMAT,
                             "expected an offset (a whole number), found %.*s", n.len, n.text);
  if (!n.is_int || n.i < 0 || n.i > G_MAXUINT)
    return _kutip_json_fail (r, path, KUTIP_ERROR_OFFSET,
                             "offset %.*s is out of range", n.len, n.text);
  *out = (guint) n.i;
  return TRUE;
}

gboolean
_kutip_json_read_status (KutipJsonReader     *r,
                         const KutipJsonPath *path,
                         KutipStatus         *out)
{
  if (r->p >= r->end || *r->p != '"')
    return _kutip_json_wrong_type (r, path, "a status string");
  if (!_kutip_json_read_string_into (r, r->scratch))
    return FALSE;
  if (!kutip_status_from_string (r->scratch->str, out))
    return _kutip_json_fail (r, path, KUTIP_ERROR_INVALID_VALUE,
                             "unknown status “%s” (expected pending, accepted or rejected)",
                             r->scratch->str);
  return TRUE;
}


gboolean
_kutip_json_missing (KutipJsonReader     *r,
                     const KutipJsonPath *path,
                     const char          *member)
{
  return _kutip_json_fail (r, path, KUTIP_ERROR_FORMAT, "the member “%s” is missing", member);
}

gboolean
_kutip_json_duplicate_member (KutipJsonReader     *r,
                              const KutipJsonPath *path)
{
  return _kutip_json_fail (r, path, KUTIP_ERROR_FORMAT, "this member appears twice");
}

/* Unknown member: keep it verbatim. */
gboolean
_kutip_json_read_extra_member (KutipJsonReader  *r,
                               JsonObject      **extra)
{
  g_autofree char *key = g_strndup (r->scratch->str, r->scratch->len);
  JsonNode *value = _kutip_json_read_node (r);

  if (value == NULL)
    return FALSE;
  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_member (*extra, key, value);
  return TRUE;
}
