/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-format-output.c: where a path export's bytes go until it is done.
 *
 * A file export writes into a hidden temporary file beside the target and
 * renames it over the target when it finishes; a folder export (brat)
 * writes its files into a hidden temporary folder inside the target and
 * moves each into place at the end. A failed or stopped export removes its
 * temporary file or folder (and the target folder if it made it), so it
 * never leaves a partial file, and the target is not touched at all unless
 * the caller said an existing one may be replaced. */

#define G_LOG_DOMAIN "kutip-format"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "kutip-error.h"
#include "kutip-format-private.h"

static gboolean
io_error (GError     **error,
          const char  *path,
          const char  *what,
          int          saved_errno)
{
  g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: %s: %s", path, what,
               g_strerror (saved_errno));
  return FALSE;
}

static gboolean
folder_has_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) != NULL;
}

/* The files a file export of @format writes besides @path. */
static char *
side_file (const KutipFormat *format,
           const char        *path)
{
  return format == &kutip_format_hf ? _kutip_hf_labels_path (path) : NULL;
}

gboolean
kutip_format_export_overwrites (const KutipFormat *format,
                                const char        *path)
{
  g_autofree char *side = NULL;

  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (format->flags & KUTIP_FORMAT_FOLDER)
    return g_file_test (path, G_FILE_TEST_IS_DIR) ? folder_has_entries (path)
                                                  : g_file_test (path, G_FILE_TEST_EXISTS);

  side = side_file (format, path);
  return g_file_test (path, G_FILE_TEST_EXISTS) ||
         (side != NULL && g_file_test (side, G_FILE_TEST_EXISTS));
}

static gboolean
refuse_overwrite (KutipExporter  *self,
                  GError        **error)
{
  if (self->options.overwrite || !kutip_format_export_overwrites (self->format, self->path))
    return TRUE;

  if (self->format->flags & KUTIP_FORMAT_FOLDER)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                 "%s: the folder is not empty; the export would write over its files",
                 self->path);
  else
    {
      g_autofree char *side = side_file (self->format, self->path);
      const char *existing = g_file_test (self->path, G_FILE_TEST_EXISTS) ? self->path : side;

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   "%s: the file exists; the export would replace it", existing);
    }
  return FALSE;
}

static gboolean
open_folder (KutipExporter  *self,
             GError        **error)
{
  g_autofree char *template = NULL;

  if (g_file_test (self->path, G_FILE_TEST_EXISTS) &&
      !g_file_test (self->path, G_FILE_TEST_IS_DIR))
    return io_error (error, self->path, "cannot export into it", ENOTDIR);
  if (!refuse_overwrite (self, error))
    return FALSE;

  if (!g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      if (g_mkdir_with_parents (self->path, 0755) != 0)
        return io_error (error, self->path, "cannot create the folder", errno);
      self->made_dir = TRUE;
    }

  template = g_build_filename (self->path, ".kutip-export-XXXXXX", NULL);
  if (g_mkdtemp_full (template, 0755) == NULL)
    {
      int saved_errno = errno;

      if (self->made_dir)
        g_rmdir (self->path);
      self->made_dir = FALSE;
      return io_error (error, self->path, "cannot write into the folder", saved_errno);
    }
  self->tmp_dir = g_steal_pointer (&template);
  self->written = g_ptr_array_new_with_free_func (g_free);
  return TRUE;
}

static gboolean
open_file (KutipExporter  *self,
           GError        **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *name = NULL;
  g_autofree char *template = NULL;
  int fd;

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    return io_error (error, self->path, "cannot export to it", EISDIR);
  if (!refuse_overwrite (self, error))
    return FALSE;

  /* Beside the target, so the rename stays on one file system. */
  name = g_strconcat (".", base, ".XXXXXX", NULL);
  template = g_build_filename (dir, name, NULL);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return io_error (error, self->path, "cannot write", errno);

  self->tmp_path = g_steal_pointer (&template);
  self->stream = g_unix_output_stream_new (fd, TRUE);
  return TRUE;
}

gboolean
_kutip_exporter_open_path (KutipExporter  *self,
                           GError        **error)
{
  if (self->format->flags & KUTIP_FORMAT_FOLDER)
    return open_folder (self, error);
  return open_file (self, error);
}

gboolean
_kutip_exporter_write_file (KutipExporter  *self,
                            const char     *name,
                            const char     *data,
                            gsize           n_bytes,
                            GError        **error)
{
  g_autofree char *path = g_build_filename (self->tmp_dir, name, NULL);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self->tmp_dir != NULL, FALSE);

  /* No fsync per file: brat writes two per document and the atomic way
   * cost 5 s per 10,000. The files are new and only renamed at the end. */
  if (!g_file_set_contents_full (path, data, (gssize) n_bytes, G_FILE_SET_CONTENTS_NONE, 0644,
                                 &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }
  g_ptr_array_add (self->written, g_strdup (name));
  return TRUE;
}

static gboolean
commit_file (KutipExporter  *self,
             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  int fd = g_unix_output_stream_get_fd (G_UNIX_OUTPUT_STREAM (self->stream));

  if (fsync (fd) != 0)
    return io_error (error, self->path, "cannot write", errno);
  if (!g_output_stream_close (self->stream, NULL, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_IO, "%s: %s", self->path, local_error->message);
      return FALSE;
    }
  if (g_rename (self->tmp_path, self->path) != 0)
    return io_error (error, self->path, "cannot write", errno);
  g_clear_pointer (&self->tmp_path, g_free);
  return TRUE;
}

static gboolean
commit_folder (KutipExporter  *self,
               GError        **error)
{
  for (guint i = 0; i < self->written->len; i++)
    {
      const char *name = g_ptr_array_index (self->written, i);
      g_autofree char *from = g_build_filename (self->tmp_dir, name, NULL);
      g_autofree char *to = g_build_filename (self->path, name, NULL);

      if (g_rename (from, to) != 0)
        return io_error (error, to, "cannot write", errno);
    }
  g_ptr_array_set_size (self->written, 0);
  g_rmdir (self->tmp_dir);
  g_clear_pointer (&self->tmp_dir, g_free);
  self->made_dir = FALSE;
  return TRUE;
}

gboolean
_kutip_exporter_commit (KutipExporter  *self,
                        GError        **error)
{
  if (self->tmp_path != NULL)
    return commit_file (self, error);
  if (self->tmp_dir != NULL)
    return commit_folder (self, error);
  return TRUE;
}

void
_kutip_exporter_discard (KutipExporter *self)
{
  if (self->tmp_path != NULL)
    {
      if (self->stream != NULL && !g_output_stream_is_closed (self->stream))
        g_output_stream_close (self->stream, NULL, NULL);
      g_unlink (self->tmp_path);
      g_clear_pointer (&self->tmp_path, g_free);
    }

  if (self->tmp_dir != NULL)
    {
      for (guint i = 0; i < self->written->len; i++)
        {
          g_autofree char *path = g_build_filename (self->tmp_dir,
                                                    g_ptr_array_index (self->written, i), NULL);

          g_unlink (path);
        }
      g_rmdir (self->tmp_dir);
      g_clear_pointer (&self->tmp_dir, g_free);
      /* Only if nothing else came into it meanwhile. */
      if (self->made_dir)
        g_rmdir (self->path);
    }
  g_clear_pointer (&self->written, g_ptr_array_unref);
}
