/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-json-check.c: a byte scan of JSON text before json-glib sees it.
 *
 * json-glib recurses once per nesting level (200 KB of "[" overflow the
 * stack), accepts unknown escapes such as "\q", cuts a string at "\u0000"
 * and turns whole numbers past 64 bits into -1. The scan looks only at
 * brackets outside strings, escapes inside them and whole-number literals,
 * and memchr() runs through the strings: on a 26 MB doccano file it takes
 * 25–50 ms where json-glib takes 530–800 ms. What it does not look at is
 * left to json-glib, whose messages are then put in Kutip's words. */

#define G_LOG_DOMAIN "kutip-json"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-json-check.h"
#include "kutip-json-reader.h"
#include "kutip-text.h"

/* Longest part of a json-glib message kept: it may quote a whole string. */
#define MAX_PARSER_MESSAGE 300

static gboolean
fail_at (const char  *data,
         gsize        n_bytes,
         const char  *at,
         const char  *where,
         GError     **error,
         const char  *problem)
{
  KutipJsonReader r = { 0 };

  r.start = data;
  r.p = at;
  r.end = data + n_bytes;
  r.where = where;
  r.error = error;
  return _kutip_json_syntax_error (&r, "%s", problem);
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The four hex digits at @p, or -1. */
static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int h = hex_digit (p[i]);

      if (h < 0)
        return -1;
      value = value * 16 + h;
    }
  return value;
}

/* Checks the escape at @p (a backslash); returns a problem or NULL and
 * moves *@next past the escape. */
static char *
check_escape (const char  *p,
              const char  *end,
              const char **next)
{
  int cp, low;

  *next = p + 2;
  if (p + 1 >= end)
    return NULL; /* an unclosed string: json-glib says so */

  switch (p[1])
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      return NULL;
    case 'u':
      cp = read_hex4 (p + 2, end);
      if (cp < 0)
        return g_strdup ("bad \\u escape (expected four hex digits)");
      *next = p + 6;
      if (cp == 0)
        return g_strdup ("\\u0000 (NUL) is not allowed in Kutip text");
      if (cp >= 0xDC00 && cp <= 0xDFFF)
        return g_strdup ("a UTF-16 surrogate escape is not paired");
      if (cp >= 0xD800 && cp <= 0xDBFF)
        {
          if (end - (p + 6) < 6 || p[6] != '\\' || p[7] != 'u' ||
              (low = read_hex4 (p + 8, end)) < 0 || low < 0xDC00 || low > 0xDFFF)
            return g_strdup ("a UTF-16 surrogate escape is not paired");
          *next = p + 12;
        }
      return NULL;
    default:
      {
        /* Quote the whole character, never one byte of it: messages are
         * UTF-8. */
        gunichar c = g_utf8_get_char_validated (p + 1, end - (p + 1));

        if (c == (gunichar) -1 || c == (gunichar) -2 || c < 0x20)
          return g_strdup_printf ("unknown escape (backslash and byte 0x%02X)",
                                  (guint) (guchar) p[1]);
        *next = g_utf8_next_char (p + 1);
        return g_strdup_printf ("unknown escape “\\%.*s”", (int) (*next - (p + 1)), p + 1);
      }
    }
}

/* A whole number past what json-glib keeps (gint64) is refused; numbers
 * with a fraction or an exponent are doubles and pass. */
static char *
check_number (const char  *p,
              const char  *end,
              const char **next)
{
  const char *s = p;
  const char *digits;
  gboolean negative = FALSE;
  gsize n;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  digits = p;
  while (p < end && g_ascii_isdigit (*p))
    p++;
  n = p - digits;
  if (p < end && (*p == '.' || *p == 'e' || *p == 'E'))
    {
      while (p < end && (g_ascii_isdigit (*p) || *p == '.' || *p == 'e' || *p == 'E' ||
                         *p == '+' || *p == '-'))
        p++;
      *next = p;
      return NULL;
    }
  *next = p;

  while (n > 1 && *digits == '0')
    {
      digits++;
      n--;
    }
  if (n < 19 || (n == 19 && memcmp (digits, negative ? "9223372036854775808"
                                                     : "9223372036854775807", 19) <= 0))
    return NULL;

  if (p - s > 40)
    return g_strdup_printf ("the whole number %.*s… (%" G_GSIZE_FORMAT " digits) is out of "
                            "range", 30, s, n);
  return g_strdup_printf ("the whole number %.*s is out of range (Kutip reads whole numbers "
                          "up to 9223372036854775807)", (int) (p - s), s);
}

/**
 * kutip_json_check:
 * @data: UTF-8 JSON text (need not be NUL-terminated)
 * @where: (nullable): a file name (or "file:LINE") for messages
 *
 * Refuses nesting deeper than %KUTIP_JSON_MAX_DEPTH, unknown or unpaired
 * escapes, "\u0000" and whole numbers outside 64 bits, naming the line and
 * column as the Kutip loader does. Other syntax is not checked.
 *
 * Returns: %TRUE if nothing was found; otherwise %KUTIP_ERROR_PARSE.
 */
gboolean
kutip_json_check (const char  *data,
                  gsize        n_bytes,
                  const char  *where,
                  GError     **error)
{
  const char *p = data;
  const char *end = data + n_bytes;
  guint depth = 0;

  g_return_val_if_fail (data != NULL || n_bytes == 0, FALSE);

  while (p < end)
    {
      switch (*p)
        {
        case '[':
        case '{':
          if (++depth > KUTIP_JSON_MAX_DEPTH)
            {
              g_autofree char *problem =
                g_strdup_printf ("nested deeper than %d levels", KUTIP_JSON_MAX_DEPTH);

              return fail_at (data, n_bytes, p, where, error, problem);
            }
          p++;
          break;
        case ']':
        case '}':
          /* A bracket that does not match is json-glib's to report. */
          if (depth > 0)
            depth--;
          p++;
          break;
        case '"':
          /* Strings are most of the bytes: memchr() runs through them. */
          for (p++;;)
            {
              const char *quote = memchr (p, '"', end - p);
              const char *backslash = memchr (p, '\\', (quote ? quote : end) - p);
              const char *next;
              g_autofree char *problem = NULL;

              if (backslash == NULL)
                {
                  p = quote ? quote + 1 : end;
                  break;
                }
              problem = check_escape (backslash, end, &next);
              if (problem != NULL)
                return fail_at (data, n_bytes, backslash, where, error, problem);
              p = MIN (next, end);
            }
          break;
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          {
            const char *next;
            g_autofree char *problem = check_number (p, end, &next);

            if (problem != NULL)
              return fail_at (data, n_bytes, p, where, error, problem);
            p = next;
            break;
          }
        default:
          p++;
          break;
        }
    }

  return TRUE;
}

/* json-glib says "<data>:LINE:BYTE: Parse error: PROBLEM", BYTE counted
 * from the line start: say it as the Kutip loader does, in characters. */
static void
set_parser_error (const char  *data,
                  gsize        n_bytes,
                  const char  *where,
                  const char  *message,
                  GError     **error)
{
  g_autofree char *valid = g_utf8_make_valid (message, -1);
  g_autofree char *problem = NULL;
  const char *text = valid;
  guint line = 0, byte = 0;
  int consumed = 0;

  if (sscanf (valid, "<data>:%u:%u: Parse error: %n", &line, &byte, &consumed) == 2 &&
      consumed > 0)
    text = valid + consumed;
  else if (sscanf (valid, "<data>:%u:%u: %n", &line, &byte, &consumed) == 2 && consumed > 0)
    text = valid + consumed;
  else
    line = 0;

  if (strlen (text) > MAX_PARSER_MESSAGE)
    {
      const char *cut = g_utf8_find_prev_char (text, text + MAX_PARSER_MESSAGE);

      problem = g_strdup_printf ("%.*s…", (int) (cut - text), text);
    }
  else
    problem = g_strdup (text);

  if (line > 0)
    {
      const char *p = data;
      const char *end = data + n_bytes;
      const char *at;

      for (guint l = 1; l < line && p < end; l++)
        {
          const char *nl = memchr (p, '\n', end - p);

          p = nl ? nl + 1 : end;
        }
      at = p + MIN ((gsize) byte, (gsize) (end - p));
      while (at > p && at < end && ((guchar) *at & 0xC0) == 0x80)
        at--;
      fail_at (data, n_bytes, at, where, error, problem);
      return;
    }

  g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE, "%s%snot valid JSON: %s",
               where ? where : "", where ? ": " : "", problem);
}

/**
 * kutip_json_parse:
 * @data: JSON text (need not be NUL-terminated)
 * @where: (nullable): a file name (or "file:LINE") for messages
 *
 * Checks @data as UTF-8 without NUL bytes and with kutip_json_check(), then
 * parses it with json-glib. Every JSON Kutip did not write itself comes in
 * through here or through the Kutip loader, which has the same limits.
 *
 * Returns: (transfer full) (nullable): the root node, or %NULL with a
 *   %KUTIP_ERROR naming @where, the line and the column.
 */
JsonNode *
kutip_json_parse (const char  *data,
                  gsize        n_bytes,
                  const char  *where,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || n_bytes == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (!kutip_utf8_check (data, n_bytes, where, error) ||
      !kutip_json_check (data, n_bytes, where, error))
    return NULL;

  /* Mutable: the app puts an article's text into a parsed sidecar. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) n_bytes, &local_error))
    {
      set_parser_error (data, n_bytes, where, local_error->message, error);
      return NULL;
    }

  root = json_parser_steal_root (parser);
  if (root == NULL)
    g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE, "%s%snot valid JSON: it holds no value",
                 where ? where : "", where ? ": " : "");
  return root;
}
