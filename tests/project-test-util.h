/* SPDX-License-Identifier: GPL-3.0-or-later */
/* project-test-util.h: what the project tests share: a small corpus of
 * Indonesian news articles written into a temporary folder (articles with
 * and without their .kutip.json, folders, hidden and foreign files), and
 * ways to look at a folder's files. */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "kutip.h"
#include "kutip-project.h"

#include "formats-test-util.h"

G_GNUC_UNUSED static void
write_file (const char *dir,
            const char *relative,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static char *
read_file (const char *dir,
           const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

G_GNUC_UNUSED static KutipDocument *
new_article (const char *text,
             const char *published)
{
  g_autoptr(GError) error = NULL;
  KutipDocument *document = kutip_document_new_from_string (text, -1, &error);

  g_assert_no_error (error);
  g_assert_true (kutip_document_set_published (document, published, &error));
  g_assert_no_error (error);
  return document;
}

/* A quote: @speaker said @claim (on @date, its TIMEX3 value @value, if
 * given); the speaker's entity is named @entity when not NULL. */
G_GNUC_UNUSED static void
add_quote (KutipDocument *document,
           const char    *prefix,
           const char    *speaker,
           const char    *entity,
           const char    *claim,
           KutipStatus    status,
           const char    *date,
           const char    *value)
{
  g_autofree char *speaker_id = g_strconcat (prefix, "s", NULL);
  g_autofree char *claim_id = g_strconcat (prefix, "c", NULL);
  g_autofree char *date_id = g_strconcat (prefix, "d", NULL);
  g_autofree char *said_id = g_strconcat (prefix, "r1", NULL);
  g_autofree char *dated_id = g_strconcat (prefix, "r2", NULL);

  add_span (document, speaker_id, KUTIP_LABEL_SPEAKER, speaker, status);
  add_span (document, claim_id, KUTIP_LABEL_CLAIM, claim, status);
  add_relation (document, said_id, KUTIP_RELATION_SAID_BY, claim_id, speaker_id, status);
  if (entity != NULL)
    {
      g_autoptr(KutipEntity) person = kutip_entity_new (entity);
      g_autoptr(GError) error = NULL;

      kutip_entity_add_mention (person, speaker_id);
      g_assert_true (kutip_document_add_entity (document, person, &error));
      g_assert_no_error (error);
    }
  if (date != NULL)
    {
      KutipAnnotation *d = add_span (document, date_id, KUTIP_LABEL_DATE, date,
                                     KUTIP_STATUS_ACCEPTED);

      kutip_document_set_annotation_attribute (document, d, "value", value);
      add_relation (document, dated_id, KUTIP_RELATION_DATED, claim_id, date_id, status);
    }
}

G_GNUC_UNUSED static void
save_document (KutipDocument *document,
               const char    *dir,
               const char    *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (kutip_store_save_file (document, path, &error));
  g_assert_no_error (error);
}

#define SUBSIDI_TEXT \
  "Presiden Joko Widodo mengatakan pada 3 Maret 2022 bahwa “subsidi BBM akan " \
  "dilanjutkan tahun ini.”\n"
#define IKN_TEXT \
  "Jokowi menegaskan bahwa pembangunan ibu kota baru tetap berjalan sesuai rencana.\n"
#define SRI_TEXT \
  "Menteri Keuangan Sri Mulyani Indrawati menyebut inflasi masih terkendali.\n"
#define BERAS_TEXT "Harga beras naik di pasar tradisional Jakarta.\n"

/* Writes the corpus into @dir:
 *   politik/jokowi-subsidi.txt + .kutip.json  done, a dated accepted claim
 *   politik/jokowi-ikn.kutip.json             alone, a pending claim by "Jokowi"
 *   ekonomi/sri-mulyani.txt + .kutip.json     an accepted claim: in progress
 *   ekonomi/harga-beras.txt                   no annotations yet: new
 *   article-2.txt, article-10.txt             new, for the order of names
 *   .git/config, notes.json, README           not documents */
G_GNUC_UNUSED static void
write_corpus (const char *dir)
{
  g_autoptr(KutipDocument) subsidi = new_article (SUBSIDI_TEXT, "2022-03-04");
  g_autoptr(KutipDocument) ikn = new_article (IKN_TEXT, "2022-08-10");
  g_autoptr(KutipDocument) sri = new_article (SRI_TEXT, "2022-05-01");

  kutip_document_set_title (subsidi, "Jokowi: subsidi BBM berlanjut");
  add_quote (subsidi, "a", "Presiden Joko Widodo", "Presiden Joko Widodo",
             "subsidi BBM akan dilanjutkan tahun ini.", KUTIP_STATUS_ACCEPTED,
             "3 Maret 2022", "2022-03-03");
  kutip_document_set_status (subsidi, KUTIP_DOCUMENT_STATUS_DONE);
  write_file (dir, "politik/jokowi-subsidi.txt", SUBSIDI_TEXT);
  save_document (subsidi, dir, "politik/jokowi-subsidi.kutip.json");

  add_quote (ikn, "b", "Jokowi", NULL, "pembangunan ibu kota baru tetap berjalan",
             KUTIP_STATUS_PENDING, NULL, NULL);
  save_document (ikn, dir, "politik/jokowi-ikn.kutip.json");

  add_quote (sri, "c", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati",
             "inflasi masih terkendali", KUTIP_STATUS_ACCEPTED, NULL, NULL);
  write_file (dir, "ekonomi/sri-mulyani.txt", SRI_TEXT);
  save_document (sri, dir, "ekonomi/sri-mulyani.kutip.json");

  write_file (dir, "ekonomi/harga-beras.txt", BERAS_TEXT);
  write_file (dir, "article-2.txt", "Artikel dua.\n");
  write_file (dir, "article-10.txt", "Artikel sepuluh.\n");
  write_file (dir, ".git/config", "[core]\n");
  write_file (dir, ".git/hidden.txt", "Bukan dokumen.\n");
  write_file (dir, "notes.json", "{\"not\": \"a document\"}\n");
  write_file (dir, "README", "Korpus uji.\n");
}

/* Every file under @dir with its contents, sorted, as one string: a
 * snapshot to check that nothing in the folder was touched. */
G_GNUC_UNUSED static void
snapshot_into (GString    *out,
               const char *dir,
               const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autoptr(GDir) handle = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (relative, g_ptr_array_index (names, i), NULL);
      g_autofree char *full = g_build_filename (dir, child, NULL);
      GStatBuf st;

      g_assert_cmpint (g_stat (full, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        snapshot_into (out, dir, child);
      else
        {
          g_autofree char *contents = read_file (dir, child);

          g_string_append_printf (out, "%s %ld\n%s\n", child, (long) st.st_mtime, contents);
        }
    }
}

G_GNUC_UNUSED static char *
snapshot (const char *dir)
{
  GString *out = g_string_new (NULL);

  snapshot_into (out, dir, "");
  return g_string_free (out, FALSE);
}

G_GNUC_UNUSED static KutipProject *
open_project (const char *dir)
{
  g_autoptr(GError) error = NULL;
  KutipProject *project = kutip_project_open (dir, KUTIP_PROJECT_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

G_GNUC_UNUSED static void
refresh (KutipProject *project)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kutip_project_refresh (project, KUTIP_PROJECT_REFRESH_DEFAULT, NULL, NULL, NULL,
                                        &error));
  g_assert_no_error (error);
}

/* The keys of the document list, joined by spaces. */
G_GNUC_UNUSED static char *
list_keys (KutipProject *project)
{
  GListModel *documents = kutip_project_get_documents (project);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(KutipDocumentInfo) info = g_list_model_get_item (documents, i);

      g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                              kutip_document_info_get_relative_path (info));
    }
  return g_string_free (out, FALSE);
}

G_GNUC_UNUSED static KutipDocumentInfo *
find_info (KutipProject *project,
           const char   *relative)
{
  KutipDocumentInfo *info = kutip_project_lookup_document (project, relative);

  g_assert_nonnull (info);
  return info;
}
