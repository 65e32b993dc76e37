/* SPDX-License-Identifier: GPL-3.0-or-later */
/* formats-test-util.h: what the format tests share: an article with emoji,
 * combining marks and CRLF, documents built on it, signatures of their
 * spans and relations, export and import in memory, temporary folders. */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "kutip-error.h"
#include "kutip-format.h"
#include "kutip-store.h"

/* An emoji with skin tone and ZWJ, a combining acute, CRLF line ends. */
G_GNUC_UNUSED static const char article[] =
  "Presiden 👩🏽‍💻 Joko berkata\r\n"
  "“Harga cafe\xCC\x81 naik 😀,” katanya.\r\n"
  "Pada 12 Mei 2024 Dia menambahkan:\r\n"
  "“Kami siap.”";

G_GNUC_UNUSED static KutipAnnotation *
add_span (KutipDocument *document,
          const char    *id,
          const char    *label,
          const char    *needle,
          KutipStatus    status)
{
  g_autoptr(KutipAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  KutipText *text = kutip_document_get_text (document);
  guint start = 0;

  g_assert_true (kutip_text_find (text, needle, 0, &start));
  annotation = kutip_annotation_new (label, start, start + (guint) g_utf8_strlen (needle, -1));
  kutip_annotation_set_id (annotation, id);
  kutip_annotation_set_status (annotation, status);
  kutip_annotation_set_origin (annotation, status == KUTIP_STATUS_PENDING ? "rule:quote"
                                                                          : KUTIP_ORIGIN_MANUAL);
  if (status == KUTIP_STATUS_PENDING)
    kutip_annotation_set_confidence (annotation, 0.75);
  g_assert_true (kutip_document_add_annotation (document, annotation, &error));
  g_assert_no_error (error);

  return kutip_document_lookup_annotation (document, id);
}

G_GNUC_UNUSED static void
add_relation (KutipDocument *document,
              const char    *id,
              const char    *type,
              const char    *from,
              const char    *to,
              KutipStatus    status)
{
  g_autoptr(KutipRelation) relation = kutip_relation_new (type, from, to);
  g_autoptr(GError) error = NULL;

  kutip_relation_set_id (relation, id);
  kutip_relation_set_status (relation, status);
  g_assert_true (kutip_document_add_relation (document, relation, &error));
  g_assert_no_error (error);
}

G_GNUC_UNUSED static KutipDocument *
make_document (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Joko Widodo");
  KutipDocument *document;
  KutipAnnotation *a;

  document = kutip_document_new_from_string (article, -1, &error);
  g_assert_no_error (error);
  kutip_document_set_id (document, id);
  kutip_document_set_title (document, "Harga naik");
  g_assert_true (kutip_schema_add_label (kutip_document_get_schema (document), "peristiwa",
                                         "Peristiwa", "#813d9c", 0, NULL, &error));
  g_assert_no_error (error);

  add_span (document, "s1", KUTIP_LABEL_SPEAKER, "Joko", KUTIP_STATUS_ACCEPTED);
  a = add_span (document, "c1", KUTIP_LABEL_CLAIM, "Harga cafe\xCC\x81 naik 😀,",
                KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_attribute (a, "kind", "direct");
  a = add_span (document, "d1", KUTIP_LABEL_DATE, "12 Mei 2024", KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_attribute (a, "value", "2024-05-12");
  add_span (document, "s2", KUTIP_LABEL_SPEAKER, "Dia", KUTIP_STATUS_ACCEPTED);
  a = add_span (document, "c2", KUTIP_LABEL_CLAIM, "Kami siap.", KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_attribute (a, "kind", "direct");
  kutip_annotation_set_note (a, "cek\nlagi");
  /* Crosses a CRLF and holds the date: nested for CoNLL. */
  add_span (document, "x1", "peristiwa", "katanya.\r\nPada 12 Mei 2024", KUTIP_STATUS_ACCEPTED);
  /* A pending suggestion holding an accepted speaker. */
  add_span (document, "p1", KUTIP_LABEL_CLAIM, "Dia menambahkan", KUTIP_STATUS_PENDING);

  add_relation (document, "r1", KUTIP_RELATION_SAID_BY, "c1", "s1", KUTIP_STATUS_ACCEPTED);
  add_relation (document, "r2", KUTIP_RELATION_DATED, "c1", "d1", KUTIP_STATUS_ACCEPTED);
  add_relation (document, "r3", KUTIP_RELATION_SAID_BY, "c2", "s2", KUTIP_STATUS_ACCEPTED);
  add_relation (document, "r4", KUTIP_RELATION_SAID_BY, "p1", "s2", KUTIP_STATUS_PENDING);

  kutip_entity_set_id (entity, "e1");
  g_assert_true (kutip_document_add_entity (document, entity, &error));
  g_assert_no_error (error);
  kutip_document_entity_add_mention (document, kutip_document_lookup_entity (document, "e1"),
                                     kutip_document_lookup_annotation (document, "s1"));
  kutip_document_entity_add_mention (document, kutip_document_lookup_entity (document, "e1"),
                                     kutip_document_lookup_annotation (document, "s2"));

  return document;
}

G_GNUC_UNUSED static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "label [start,end) status" per span, sorted; pending only if asked. */
G_GNUC_UNUSED static char *
spans_signature (KutipDocument *document,
                 gboolean       with_pending)
{
  GListModel *list = kutip_document_get_annotations (document);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (list, i);
      KutipStatus status = kutip_annotation_get_status (a);

      if (status == KUTIP_STATUS_REJECTED || (status == KUTIP_STATUS_PENDING && !with_pending))
        continue;
      g_ptr_array_add (lines, g_strdup_printf ("%s [%u,%u) %s “%s”", kutip_annotation_get_label (a),
                                               kutip_annotation_get_start (a),
                                               kutip_annotation_get_end (a),
                                               kutip_status_to_string (status),
                                               kutip_annotation_get_text (a)));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));

  return g_strdup (out->str);
}

/* "type: from-text -> to-text status" per relation, sorted. */
G_GNUC_UNUSED static char *
relations_signature (KutipDocument *document,
                     gboolean       with_pending)
{
  GListModel *list = kutip_document_get_relations (document);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipRelation) r = g_list_model_get_item (list, i);
      KutipAnnotation *from = kutip_document_lookup_annotation (document, kutip_relation_get_from_id (r));
      KutipAnnotation *to = kutip_document_lookup_annotation (document, kutip_relation_get_to_id (r));

      if (kutip_relation_get_status (r) != KUTIP_STATUS_ACCEPTED && !with_pending)
        continue;
      g_ptr_array_add (lines, g_strdup_printf ("%s: %s -> %s %s", kutip_relation_get_rtype (r),
                                               kutip_annotation_get_text (from),
                                               kutip_annotation_get_text (to),
                                               kutip_status_to_string (kutip_relation_get_status (r))));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));

  return g_strdup (out->str);
}

G_GNUC_UNUSED static GBytes *
export_to_bytes (const char               *format_name,
                 const KutipExportOptions *options,
                 KutipDocument            *document)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(KutipExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;

  exporter = kutip_exporter_new_for_stream (kutip_format_lookup (format_name), stream, options,
                                            &error);
  g_assert_no_error (error);
  g_assert_true (kutip_exporter_add (exporter, document, &error));
  g_assert_no_error (error);
  g_assert_true (kutip_exporter_finish (exporter, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

G_GNUC_UNUSED static KutipDocument *
import_one (const char               *format_name,
            GBytes                   *bytes,
            const KutipImportOptions *options)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  const char *data = g_bytes_get_data (bytes, &n);

  documents = kutip_format_import_data (kutip_format_lookup (format_name), data, n, "test",
                                        options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (documents);
  g_assert_cmpuint (documents->len, ==, 1);

  return g_object_ref (g_ptr_array_index (documents, 0));
}

G_GNUC_UNUSED static void
assert_same_spans (KutipDocument *expected,
                   KutipDocument *actual,
                   gboolean       with_pending)
{
  g_autofree char *a = spans_signature (expected, with_pending);
  g_autofree char *b = spans_signature (actual, with_pending);
  g_autofree char *ra = relations_signature (expected, with_pending);
  g_autofree char *rb = relations_signature (actual, with_pending);

  g_assert_cmpstr (b, ==, a);
  g_assert_cmpstr (rb, ==, ra);
  g_assert_cmpstr (kutip_text_get_utf8 (kutip_document_get_text (actual), NULL), ==,
                   kutip_text_get_utf8 (kutip_document_get_text (expected), NULL));
}

G_GNUC_UNUSED static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kutip-formats-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

G_GNUC_UNUSED static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

G_GNUC_UNUSED static KutipAnnotation *
find_by_text (KutipDocument *document,
              const char    *text)
{
  GListModel *list = kutip_document_get_annotations (document);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (list, i);

      if (g_strcmp0 (kutip_annotation_get_text (a), text) == 0)
        return a; /* the document holds a reference */
    }
  g_assert_not_reached ();
  return NULL;
}

/* Span text with every space removed: CoNLL keeps tokens, not spacing. */
G_GNUC_UNUSED static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

G_GNUC_UNUSED static char *
squeezed_signature (KutipDocument *document)
{
  GListModel *list = kutip_document_get_annotations (document);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (list, i);
      g_autofree char *text = squeeze (kutip_annotation_get_text (a));

      g_string_append_printf (out, "%s=%s\n", kutip_annotation_get_label (a), text);
    }
  return g_strdup (out->str);
}

/* A small RFC 4180 reader for the test. */
G_GNUC_UNUSED static GPtrArray *
parse_csv_row (const char **p)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (;; (*p)++)
    {
      char c = **p;

      if (quoted)
        {
          if (c == '"' && (*p)[1] == '"')
            {
              g_string_append_c (field, '"');
              (*p)++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
          continue;
        }
      if (c == '"')
        quoted = TRUE;
      else if (c == ',' || c == '\r' || c == '\0')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (c == '\r')
            {
              *p += 2;
              break;
            }
          if (c == '\0')
            break;
        }
      else
        g_string_append_c (field, c);
    }
  g_string_free (field, TRUE);
  return fields;
}

G_GNUC_UNUSED static guint
count_in (GBytes     *bytes,
          const char *needle)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}
