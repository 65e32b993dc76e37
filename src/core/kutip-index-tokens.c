/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-index-tokens.c: the words of the search index: one tokenizer for
 * SQLite's FTS5 (registered as "kutip"), for parsing queries, and for
 * finding where a hit is in a document. One definition of a word means a
 * hit the index found is always found again in the text.
 *
 * A word is a run of letters, combining marks and digits; it is
 * case-folded and loses its accents (NFKD, marks stripped), so "Prabowo",
 * "PRABOWO" and "Prabówo" are one word. "anak-anak" is two. */

#define G_LOG_DOMAIN "kutip-index"

#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "kutip-error.h"
#include "kutip-project-private.h"

static gboolean
is_word_char (gunichar c)
{
  switch (utf8proc_category ((utf8proc_int32_t) c))
    {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Folds one word with non-ASCII characters into @out. */
static void
fold_word (const char *word,
           gsize       len,
           GString    *out)
{
  utf8proc_uint8_t *mapped = NULL;
  utf8proc_ssize_t n;

  n = utf8proc_map ((const utf8proc_uint8_t *) word, (utf8proc_ssize_t) len, &mapped,
                    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                    UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
  g_string_truncate (out, 0);
  if (n > 0)
    g_string_append_len (out, (const char *) mapped, n);
  free (mapped);
}

/**
 * _kutip_tokenize:
 * @text: UTF-8 (invalid bytes separate words)
 *
 * Calls @func for each word of @text with its folded form and byte range.
 */
void
_kutip_tokenize (const char     *text,
                 gsize           len,
                 KutipTokenFunc  func,
                 gpointer        data)
{
  g_autoptr(GString) folded = g_string_sized_new (64);
  const char *end = text + len;
  const char *p = text;

  while (p < end)
    {
      const char *start;
      gboolean ascii = TRUE;

      /* Skip to the next word. */
      while (p < end)
        {
          guchar c = (guchar) *p;

          if (c < 0x80)
            {
              if (g_ascii_isalnum (c))
                break;
              p++;
            }
          else
            {
              gunichar u = g_utf8_get_char_validated (p, end - p);

              if (u == (gunichar) -1 || u == (gunichar) -2)
                {
                  p++;
                  continue;
                }
              if (is_word_char (u))
                break;
              p = g_utf8_next_char (p);
            }
        }
      if (p >= end)
        break;

      start = p;
      g_string_truncate (folded, 0);
      while (p < end)
        {
          guchar c = (guchar) *p;

          if (c < 0x80)
            {
              if (!g_ascii_isalnum (c))
                break;
              g_string_append_c (folded, g_ascii_tolower (c));
              p++;
            }
          else
            {
              gunichar u = g_utf8_get_char_validated (p, end - p);

              if (u == (gunichar) -1 || u == (gunichar) -2 || !is_word_char (u))
                break;
              ascii = FALSE;
              p = g_utf8_next_char (p);
            }
        }

      if (!ascii)
        fold_word (start, (gsize) (p - start), folded);
      /* A word of marks alone folds to nothing. */
      if (folded->len > 0 &&
          !func (data, folded->str, folded->len, (gsize) (start - text), (gsize) (p - text)))
        return;
    }
}

/* ---------------------------------------------------------------------- */
/* FTS5                                                                    */

typedef struct
{
  void *ctx;
  int (*token) (void *ctx, int flags, const char *token, int n_token, int start, int end);
  int   rc;
} Fts5Call;

static gboolean
fts5_token_cb (gpointer    data,
               const char *token,
               gsize       token_len,
               gsize       start,
               gsize       end)
{
  Fts5Call *call = data;

  call->rc = call->token (call->ctx, 0, token, (int) token_len, (int) start, (int) end);
  return call->rc == SQLITE_OK;
}

static int
fts5_create (void           *user_data,
             const char    **args,
             int             n_args,
             Fts5Tokenizer **out)
{
  /* Stateless: any non-NULL pointer will do. */
  *out = (Fts5Tokenizer *) user_data;
  return SQLITE_OK;
}

static void
fts5_delete (Fts5Tokenizer *tokenizer)
{
}

static int
fts5_tokenize (Fts5Tokenizer *tokenizer,
               void          *ctx,
               int            flags,
               const char    *text,
               int            n_text,
               int          (*token) (void *, int, const char *, int, int, int))
{
  Fts5Call call = { ctx, token, SQLITE_OK };

  if (n_text > 0)
    _kutip_tokenize (text, (gsize) n_text, fts5_token_cb, &call);
  return call.rc;
}

gboolean
_kutip_index_register_tokenizer (gpointer   db,
                                 GError   **error)
{
  static fts5_tokenizer tokenizer = { fts5_create, fts5_delete, fts5_tokenize };
  static int tag;
  sqlite3_stmt *stmt = NULL;
  fts5_api *api = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK && api == NULL)
    rc = SQLITE_ERROR;
  if (rc == SQLITE_OK)
    rc = api->xCreateTokenizer (api, "kutip", &tag, &tokenizer, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, KUTIP_INDEX_ERROR, KUTIP_INDEX_ERROR_FAILED,
                   "SQLite has no full-text search (FTS5): %s", sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Finding a hit again                                                     */

#define WINDOW 32   /* the longest phrase found again */

typedef struct
{
  GPtrArray *phrases;
  GString   *window[WINDOW];   /* the last words, circular */
  gsize      starts[WINDOW];
  guint      n_seen;
  guint      max_len;
  gboolean   found;
  gsize      start;
  gsize      end;
} Finder;

static gboolean
word_matches (const GString *word,
              const char    *wanted,
              gboolean       prefix)
{
  gsize n = strlen (wanted);

  if (prefix)
    return word->len >= n && memcmp (word->str, wanted, n) == 0;
  return word->len == n && memcmp (word->str, wanted, n) == 0;
}

static gboolean
find_token_cb (gpointer    data,
               const char *token,
               gsize       token_len,
               gsize       start,
               gsize       end)
{
  Finder *finder = data;
  guint slot = finder->n_seen % WINDOW;

  g_string_truncate (finder->window[slot], 0);
  g_string_append_len (finder->window[slot], token, token_len);
  finder->starts[slot] = start;
  finder->n_seen++;

  for (guint i = 0; i < finder->phrases->len; i++)
    {
      KutipQueryPhrase *phrase = g_ptr_array_index (finder->phrases, i);
      guint n = phrase->tokens->len;
      gboolean all = n <= finder->n_seen && n <= WINDOW;

      for (guint k = 0; all && k < n; k++)
        {
          guint at = (finder->n_seen - n + k) % WINDOW;

          all = word_matches (finder->window[at], g_ptr_array_index (phrase->tokens, k),
                              phrase->prefix && k == n - 1);
        }
      if (all)
        {
          finder->found = TRUE;
          finder->start = finder->starts[(finder->n_seen - n) % WINDOW];
          finder->end = end;
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
_kutip_find_phrases (const char *text,
                     gsize       len,
                     GPtrArray  *phrases,
                     gsize      *start,
                     gsize      *end)
{
  Finder finder = { phrases };

  for (guint i = 0; i < WINDOW; i++)
    finder.window[i] = g_string_new (NULL);
  if (phrases->len > 0)
    _kutip_tokenize (text, len, find_token_cb, &finder);
  for (guint i = 0; i < WINDOW; i++)
    g_string_free (finder.window[i], TRUE);

  *start = finder.start;
  *end = finder.end;
  return finder.found;
}
