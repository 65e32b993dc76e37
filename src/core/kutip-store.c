/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-store.c: opening files: Kutip JSON, plain articles and their
 * sidecar .kutip.json. Reading is in kutip-store-read.c, writing in
 * kutip-store-write.c. */

#define G_LOG_DOMAIN "kutip-store"

#include "config.h"

#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "kutip-error.h"
#include "kutip-file.h"
#include "kutip-history.h"
#include "kutip-store-private.h"

#define SIDECAR_SUFFIX ".kutip.json"

static gboolean
has_suffix_nocase (const char *str,
                   const char *suffix)
{
  gsize n = strlen (str);
  gsize m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (str + n - m, suffix) == 0;
}

void
_kutip_store_advise_huge (gpointer buffer,
                          gsize    size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const gsize huge = 2 << 20;
  guintptr start = ((guintptr) buffer + huge - 1) & ~(guintptr) (huge - 1);
  guintptr end = ((guintptr) buffer + size) & ~(guintptr) (huge - 1);

  if (size >= 4 * huge && end > start)
    madvise ((gpointer) start, end - start, MADV_HUGEPAGE);
#endif
}

/* The occurrence of @needle nearest to code point @near, or FALSE. */
gboolean
_kutip_store_find_nearest (KutipText  *text,
                           const char *needle,
                           guint       near,
                           guint      *found)
{
  gsize n_bytes;
  const char *utf8 = kutip_text_get_utf8 (text, &n_bytes);
  gsize needle_len = strlen (needle);
  guint length = kutip_text_get_length (text);
  guint after = 0;
  gboolean have_after;
  gsize near_byte;
  gsize window;

  if (needle_len == 0)
    return FALSE;
  near = MIN (near, length);
  have_after = kutip_text_find (text, needle, near, &after);
  near_byte = kutip_text_offset_to_byte (text, near);

  /* Look backwards in growing windows for the last occurrence before @near. */
  for (window = needle_len + 256; ; window *= 4)
    {
      gsize from = near_byte > window ? near_byte - window : 0;
      gsize limit = MIN (n_bytes, near_byte + needle_len - 1);
      const char *last = NULL;
      const char *p;

      while (from > 0 && ((guchar) utf8[from] & 0xC0) == 0x80)
        from--;
      p = utf8 + from;
      while (p < utf8 + limit)
        {
          const char *hit = g_strstr_len (p, (gssize) (utf8 + limit - p), needle);

          if (hit == NULL || hit >= utf8 + near_byte)
            break;
          last = hit;
          p = g_utf8_next_char (hit);
        }

      if (last != NULL)
        {
          guint before = kutip_text_byte_to_offset (text, (gsize) (last - utf8));

          if (have_after && after - near < near - before)
            *found = after;
          else
            *found = before;
          return TRUE;
        }
      if (from == 0)
        break;
      /* Stop widening once the forward hit is closer than anything new. */
      if (have_after && kutip_text_offset_to_byte (text, after) - near_byte <= window)
        break;
    }

  if (have_after)
    *found = after;
  return have_after;
}

/**
 * kutip_store_load_file:
 *
 * Loads and validates the Kutip JSON file at @path; the document's path is
 * set to @path.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set (see kutip_store_load_data()).
 */
KutipDocument *
kutip_store_load_file (const char      *path,
                       KutipLoadFlags   flags,
                       GError         **error)
{
  g_autofree char *contents = NULL;
  KutipDocument *document;
  gboolean was_modified;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kutip_file_get_contents (path, &contents, &length, error))
    return NULL;

  document = kutip_store_load_data (contents, length, path, flags, error);
  if (document == NULL)
    return NULL;

  was_modified = kutip_document_get_modified (document);
  kutip_document_set_path (document, path);
  if (!was_modified)
    kutip_document_mark_saved (document);
  return document;
}

/**
 * kutip_store_from_json:
 * @root: a parsed Kutip JSON document
 *
 * Like kutip_store_load_data() for a tree already parsed.
 *
 * Returns: (transfer full) (nullable):
 */
KutipDocument *
kutip_store_from_json (JsonNode        *root,
                       const char      *where,
                       KutipLoadFlags   flags,
                       GError         **error)
{
  g_autoptr(GString) data = g_string_new (NULL);

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One reader, one set of checks: print the tree and read it back. */
  _kutip_store_append_json_node (data, root, -1);
  return kutip_store_load_data (data->str, data->len, where, flags, error);
}

/**
 * kutip_store_sidecar_path:
 * @article_path: "dir/ARTICLE.txt"
 *
 * Returns: (transfer full): "dir/ARTICLE.kutip.json", where annotations of
 *   the article are saved. A path that already ends in .kutip.json is
 *   returned unchanged.
 */
char *
kutip_store_sidecar_path (const char *article_path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *dot;

  g_return_val_if_fail (article_path != NULL, NULL);

  if (has_suffix_nocase (article_path, SIDECAR_SUFFIX))
    return g_strdup (article_path);

  dir = g_path_get_dirname (article_path);
  base = g_path_get_basename (article_path);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';

  if (strcmp (dir, ".") == 0 && !g_str_has_prefix (article_path, "./"))
    return g_strconcat (base, SIDECAR_SUFFIX, NULL);
  return g_strconcat (dir, G_DIR_SEPARATOR_S, base, SIDECAR_SUFFIX, NULL);
}

/**
 * kutip_store_new_from_article:
 * @path: a plain-text article (UTF-8; a byte order mark that starts the file
 *   is its signature, not text, and is skipped)
 *
 * Makes a new document of the article's text, with the file name (without
 * extension) as its id and its path set to the sidecar .kutip.json. Does
 * not look at an existing sidecar (kutip_store_open() does).
 *
 * Returns: (transfer full) (nullable):
 */
KutipDocument *
kutip_store_new_from_article (const char  *path,
                              GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *sidecar = NULL;
  g_autofree char *base = NULL;
  g_autoptr(KutipDocument) document = NULL;
  GError *local_error = NULL;
  gsize length = 0;
  gsize skip;
  char *dot;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kutip_file_get_contents (path, &contents, &length, error))
    return NULL;

  /* Offsets in a message count from the start of the file. */
  if (!kutip_utf8_check (contents, length, path, error))
    return NULL;
  skip = kutip_utf8_signature_length (contents, length);
  document = kutip_document_new_from_string (contents + skip, (gssize) (length - skip),
                                             &local_error);
  if (document == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s",
                   path, local_error->message);
      g_error_free (local_error);
      return NULL;
    }

  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  kutip_document_set_id (document, base);

  sidecar = kutip_store_sidecar_path (path);
  kutip_document_set_path (document, sidecar);
  kutip_history_clear (kutip_document_get_history (document));

  return g_steal_pointer (&document);
}

/**
 * kutip_store_open:
 * @path: ARTICLE.txt / ARTICLE.md (plain text) or FILE.kutip.json / FILE.json
 *
 * Opens what a user picks. For a plain article, its sidecar
 * ARTICLE.kutip.json is loaded when it exists (and must hold the same text);
 * otherwise a new document of the text is made. Either way the document
 * saves to the sidecar; the article itself is never written.
 *
 * Returns: (transfer full) (nullable):
 */
KutipDocument *
kutip_store_open (const char      *path,
                  KutipLoadFlags   flags,
                  GError         **error)
{
  g_autofree char *sidecar = NULL;
  g_autoptr(KutipDocument) from_sidecar = NULL;
  g_autoptr(KutipDocument) from_text = NULL;
  const char *a, *b;
  gsize a_len = 0, b_len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (has_suffix_nocase (path, ".json"))
    return kutip_store_load_file (path, flags, error);

  if (!has_suffix_nocase (path, ".txt") && !has_suffix_nocase (path, ".md"))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_FORMAT,
                   "%s: cannot open this kind of file (expected .txt, .md, .kutip.json or .json)",
                   path);
      return NULL;
    }

  from_text = kutip_store_new_from_article (path, error);
  if (from_text == NULL)
    return NULL;

  sidecar = kutip_store_sidecar_path (path);
  if (!g_file_test (sidecar, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&from_text);

  from_sidecar = kutip_store_load_file (sidecar, flags, error);
  if (from_sidecar == NULL)
    return NULL;

  a = kutip_text_get_utf8 (kutip_document_get_text (from_text), &a_len);
  b = kutip_text_get_utf8 (kutip_document_get_text (from_sidecar), &b_len);
  if (a_len != b_len || memcmp (a, b, a_len) != 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_TEXT_MISMATCH,
                   "%s: its text differs from the article %s (was the article edited?); "
                   "open %s itself to keep its annotations",
                   sidecar, path, sidecar);
      return NULL;
    }

  return g_steal_pointer (&from_sidecar);
}
