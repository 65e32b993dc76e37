/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-project-scan.c: finds a project's documents: the .txt/.md articles
 * and .kutip.json files under its folder, an article paired with its
 * ARTICLE.kutip.json as one document. Only reads: a scan never writes.
 *
 * POSIX directory calls with d_type and fstatat() keep a scan of 20,000
 * files to a few tens of milliseconds; GFileEnumerator would allocate a
 * GFileInfo per file. */

#define G_LOG_DOMAIN "kutip-project"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kutip-annotators.h"
#include "kutip-error.h"
#include "kutip-project-private.h"

#define SIDECAR_SUFFIX ".kutip.json"

void
_kutip_scan_entry_free (gpointer data)
{
  KutipScanEntry *entry = data;

  g_free (entry->key);
  g_free (entry->article);
  g_free (entry->sidecar);
  g_free (entry);
}

static gboolean
has_suffix_nocase (const char *str,
                   const char *suffix)
{
  gsize n = strlen (str);
  gsize m = strlen (suffix);

  return n > m && g_ascii_strcasecmp (str + n - m, suffix) == 0;
}

gboolean
_kutip_is_sidecar_name (const char *name)
{
  return name[0] != '.' && has_suffix_nocase (name, SIDECAR_SUFFIX);
}

gboolean
_kutip_is_article_name (const char *name)
{
  return name[0] != '.' && (has_suffix_nocase (name, ".txt") || has_suffix_nocase (name, ".md"));
}

/* Natural order: digit runs compare by value ("2" < "10") and a folder's
 * contents stay together ("a/z" < "a-b"). Byte order breaks ties, so the
 * order is total and the same in every locale. */
int
_kutip_compare_keys (const char *a,
                     const char *b)
{
  const char *p = a;
  const char *q = b;

  while (*p != '\0' && *q != '\0')
    {
      if (g_ascii_isdigit (*p) && g_ascii_isdigit (*q))
        {
          const char *p_end, *q_end;
          gsize p_len, q_len;
          int c;

          while (*p == '0' && g_ascii_isdigit (p[1]))
            p++;
          while (*q == '0' && g_ascii_isdigit (q[1]))
            q++;
          for (p_end = p; g_ascii_isdigit (*p_end); p_end++)
            ;
          for (q_end = q; g_ascii_isdigit (*q_end); q_end++)
            ;
          p_len = (gsize) (p_end - p);
          q_len = (gsize) (q_end - q);
          if (p_len != q_len)
            return p_len < q_len ? -1 : 1;
          if ((c = memcmp (p, q, p_len)) != 0)
            return c;
          p = p_end;
          q = q_end;
          continue;
        }
      if (*p != *q)
        {
          guchar x = *p == '/' ? 1 : (guchar) *p;
          guchar y = *q == '/' ? 1 : (guchar) *q;

          return x < y ? -1 : 1;
        }
      p++;
      q++;
    }
  if (*p != *q)
    return *p == '\0' ? -1 : 1;
  return strcmp (a, b);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const KutipScanEntry *x = *(const KutipScanEntry * const *) a;
  const KutipScanEntry *y = *(const KutipScanEntry * const *) b;

  return _kutip_compare_keys (x->key, y->key);
}

typedef struct
{
  char           *name;
  KutipFileStamp  stamp;
} FileName;

static void
file_name_clear (gpointer data)
{
  g_free (((FileName *) data)->name);
}

static int
compare_file_names (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (((const FileName *) a)->name, ((const FileName *) b)->name);
}

static char *
join (const char *dir,
      const char *name)
{
  return *dir == '\0' ? g_strdup (name) : g_strconcat (dir, "/", name, NULL);
}

static void
add_problem (GPtrArray  *problems,
             KutipError  code,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (GPtrArray  *problems,
             KutipError  code,
             const char *format,
             ...)
{
  va_list args;

  if (problems == NULL)
    return;
  va_start (args, format);
  g_ptr_array_add (problems, g_error_new_valist (KUTIP_ERROR, code, format, args));
  va_end (args);
}

typedef struct
{
  const char   *root;
  GPtrArray    *entries;
  GPtrArray    *problems;
  GCancellable *cancellable;
} Scan;

/* Pairs the articles and .kutip.json files of one folder (@relative,
 * "" for the root) and adds its documents. */
static void
pair_folder (Scan       *scan,
             const char *relative,
             GArray     *articles,
             GArray     *sidecars)
{
  g_autoptr(GHashTable) by_base = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) paired_with = g_hash_table_new (NULL, NULL);

  g_array_sort (articles, compare_file_names);
  g_array_sort (sidecars, compare_file_names);
  for (guint i = 0; i < sidecars->len; i++)
    {
      FileName *sidecar = &g_array_index (sidecars, FileName, i);
      char *base = g_strndup (sidecar->name, strlen (sidecar->name) - strlen (SIDECAR_SUFFIX));

      /* The base strings live as long as the table: freed below. */
      g_hash_table_insert (by_base, base, sidecar);
    }

  for (guint i = 0; i < articles->len; i++)
    {
      FileName *article = &g_array_index (articles, FileName, i);
      KutipScanEntry *entry = g_new0 (KutipScanEntry, 1);
      g_autofree char *base = g_strdup (article->name);
      FileName *sidecar;
      char *dot = strrchr (base, '.');

      *dot = '\0';
      sidecar = g_hash_table_lookup (by_base, base);
      entry->key = join (relative, article->name);
      entry->article = g_strdup (entry->key);
      entry->article_stamp = article->stamp;

      if (sidecar != NULL && g_hash_table_contains (paired_with, sidecar))
        {
          FileName *first = g_hash_table_lookup (paired_with, sidecar);
          g_autofree char *first_path = join (relative, first->name);
          g_autofree char *sidecar_path = join (relative, sidecar->name);

          /* Both would open (and save) the same annotations. */
          g_autofree char *path = g_build_filename (scan->root, entry->key, NULL);

          add_problem (scan->problems, KUTIP_ERROR_DUPLICATE_ID,
                       "%s: left out of the project: %s already pairs with %s (rename one "
                       "of the two articles)", path, first_path, sidecar_path);
          _kutip_scan_entry_free (entry);
          continue;
        }

      if (sidecar != NULL)
        {
          g_hash_table_insert (paired_with, sidecar, article);
          entry->sidecar = join (relative, sidecar->name);
          entry->has_sidecar = TRUE;
          entry->sidecar_stamp = sidecar->stamp;
        }
      else
        {
          g_autofree char *name = g_strconcat (base, SIDECAR_SUFFIX, NULL);

          entry->sidecar = join (relative, name);
        }
      g_ptr_array_add (scan->entries, entry);
    }

  for (guint i = 0; i < sidecars->len; i++)
    {
      FileName *sidecar = &g_array_index (sidecars, FileName, i);
      KutipScanEntry *entry;

      if (g_hash_table_contains (paired_with, sidecar))
        continue;
      entry = g_new0 (KutipScanEntry, 1);
      entry->key = join (relative, sidecar->name);
      entry->sidecar = g_strdup (entry->key);
      entry->has_sidecar = TRUE;
      entry->sidecar_stamp = sidecar->stamp;
      g_ptr_array_add (scan->entries, entry);
    }

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, by_base);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_free (key);
  }
}

static KutipFileStamp
stamp_of (const struct stat *st)
{
  KutipFileStamp stamp;

  stamp.mtime = (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) +
                st->st_mtim.tv_nsec;
  stamp.size = (gint64) st->st_size;
  return stamp;
}

static gboolean
scan_folder (Scan        *scan,
             int          fd,
             const char  *relative,
             guint        depth,
             GError     **error)
{
  g_autoptr(GArray) articles = g_array_new (FALSE, FALSE, sizeof (FileName));
  g_autoptr(GArray) sidecars = g_array_new (FALSE, FALSE, sizeof (FileName));
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  struct dirent *dirent;
  DIR *dir;

  g_array_set_clear_func (articles, file_name_clear);
  g_array_set_clear_func (sidecars, file_name_clear);

  dir = fdopendir (fd);
  if (dir == NULL)
    {
      int saved_errno = errno;

      close (fd);
      g_autofree char *path = g_build_filename (scan->root, relative, NULL);

      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: could not read the folder: %s",
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  while ((dirent = readdir (dir)) != NULL)
    {
      const char *name = dirent->d_name;
      gboolean article, sidecar;
      struct stat st;

      /* Hidden files and folders (.git, editors' backups) are not ours. */
      if (name[0] == '.')
        continue;
      article = _kutip_is_article_name (name);
      sidecar = !article && _kutip_is_sidecar_name (name);

      if (dirent->d_type == DT_DIR ||
          (dirent->d_type == DT_UNKNOWN &&
           fstatat (dirfd (dir), name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR (st.st_mode)))
        {
          /* The annotators' versions of the documents are not documents. */
          if (depth > 0 || strcmp (name, KUTIP_ANNOTATORS_FOLDER) != 0)
            g_ptr_array_add (folders, g_strdup (name));
          continue;
        }
      if (!article && !sidecar)
        continue;

      /* Follows a link to a file (not to a folder: no cycles). */
      if (fstatat (dirfd (dir), name, &st, 0) != 0)
        {
          g_autofree char *path = g_build_filename (scan->root, relative, name, NULL);

          add_problem (scan->problems, KUTIP_ERROR_IO, "%s: could not read: %s", path,
                       g_strerror (errno));
          continue;
        }
      if (!S_ISREG (st.st_mode))
        continue;

      {
        FileName file = { g_strdup (name), stamp_of (&st) };

        g_array_append_val (article ? articles : sidecars, file);
      }
    }

  pair_folder (scan, relative, articles, sidecars);

  g_ptr_array_sort (folders, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < folders->len; i++)
    {
      const char *name = g_ptr_array_index (folders, i);
      g_autofree char *child = join (relative, name);
      g_autoptr(GError) child_error = NULL;
      int child_fd;

      if (g_cancellable_set_error_if_cancelled (scan->cancellable, error))
        {
          closedir (dir);
          return FALSE;
        }
      if (depth >= 64)
        {
          g_autofree char *path = g_build_filename (scan->root, child, NULL);

          add_problem (scan->problems, KUTIP_ERROR_IO,
                       "%s: left out of the project: folders nest more than 64 deep", path);
          continue;
        }
      child_fd = openat (dirfd (dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (child_fd < 0)
        {
          int saved_errno = errno;
          g_autofree char *path = g_build_filename (scan->root, child, NULL);

          /* A link to a folder fails with ELOOP: skipped quietly. */
          if (saved_errno != ELOOP && saved_errno != ENOTDIR)
            add_problem (scan->problems, KUTIP_ERROR_IO, "%s: could not read the folder: %s",
                         path, g_strerror (saved_errno));
          continue;
        }
      if (!scan_folder (scan, child_fd, child, depth + 1, &child_error))
        {
          if (g_error_matches (child_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              closedir (dir);
              g_propagate_error (error, g_steal_pointer (&child_error));
              return FALSE;
            }
          if (scan->problems != NULL)
            g_ptr_array_add (scan->problems, g_steal_pointer (&child_error));
        }
    }

  closedir (dir);
  return TRUE;
}

/**
 * _kutip_project_scan:
 * @root: the project folder (messages name files under it as given)
 *
 * Returns: (transfer full) (element-type KutipScanEntry): the documents,
 *   or %NULL when @root cannot be read
 */
GPtrArray *
_kutip_project_scan (const char    *root,
                     GPtrArray     *problems,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (_kutip_scan_entry_free);
  Scan scan = { root, entries, problems, cancellable };
  int fd;

  fd = open (root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: could not read the folder: %s",
                   root, g_strerror (errno));
      return NULL;
    }
  if (!scan_folder (&scan, fd, "", 0, error))
    return NULL;

  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}
