/* SPDX-License-Identifier: GPL-3.0-or-later */
/* document-test-util.h: what the KutipDocument tests share: a mirror of a
 * list model that checks its items-changed signals, documents to start
 * from and quick ways to add spans. */
#pragma once

#include "kutip.h"

/* Records items-changed of a GListModel into a mirror array; the mirror
 * must always equal the model if the signals were right. */
typedef struct
{
  GListModel *model;
  GPtrArray  *mirror;
  guint       n_signals;
  guint       last_position;
  guint       last_removed;
  guint       last_added;
} Recorder;

G_GNUC_UNUSED static void
recorder_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           Recorder   *recorder)
{
  g_assert_cmpuint (position + removed, <=, recorder->mirror->len);
  g_ptr_array_remove_range (recorder->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (recorder->mirror, position + i,
                        g_list_model_get_item (model, position + i));
  g_assert_cmpuint (recorder->mirror->len, ==, g_list_model_get_n_items (model));
  recorder->n_signals++;
  recorder->last_position = position;
  recorder->last_removed = removed;
  recorder->last_added = added;
}

G_GNUC_UNUSED static Recorder *
recorder_new (GListModel *model)
{
  Recorder *recorder = g_new0 (Recorder, 1);

  recorder->model = g_object_ref (model);
  recorder->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (recorder->mirror, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (recorder_items_changed_cb), recorder);
  return recorder;
}

G_GNUC_UNUSED static void
recorder_check (Recorder *recorder)
{
  guint n = g_list_model_get_n_items (recorder->model);

  g_assert_cmpuint (recorder->mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (recorder->model, i);
      g_assert_true (item == g_ptr_array_index (recorder->mirror, i));
    }
}

G_GNUC_UNUSED static void
recorder_free (Recorder *recorder)
{
  recorder_check (recorder);
  g_signal_handlers_disconnect_by_data (recorder->model, recorder);
  g_ptr_array_unref (recorder->mirror);
  g_object_unref (recorder->model);
  g_free (recorder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recorder, recorder_free)

G_GNUC_UNUSED static KutipDocument *
new_document (const char *text)
{
  g_autoptr(GError) error = NULL;
  KutipDocument *document = kutip_document_new_from_string (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

G_GNUC_UNUSED static KutipDocument *
new_random_document (guint length)
{
  g_autoptr(GString) text = g_string_sized_new (length);

  for (guint i = 0; i < length; i++)
    g_string_append_c (text, (i % 7 == 6) ? ' ' : 'a' + (i % 26));
  return new_document (text->str);
}

G_GNUC_UNUSED static KutipAnnotation *
add (KutipDocument *document,
     const char    *label,
     guint          start,
     guint          end)
{
  g_autoptr(KutipAnnotation) annotation = kutip_annotation_new (label, start, end);
  g_autoptr(GError) error = NULL;

  gboolean ok = kutip_document_add_annotation (document, annotation, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  return annotation;  /* the document holds it */
}

G_GNUC_UNUSED static KutipAnnotation *
tag (KutipDocument *document,
     const char    *label,
     guint          start,
     guint          end)
{
  g_autoptr(GError) error = NULL;
  KutipAnnotation *annotation = kutip_document_tag (document, label, start, end, &error);

  g_assert_no_error (error);
  g_assert_nonnull (annotation);
  return annotation;
}

G_GNUC_UNUSED static KutipAnnotation *
item_at (KutipDocument *document,
         guint          position)
{
  g_autoptr(KutipAnnotation) annotation =
    g_list_model_get_item (kutip_document_get_annotations (document), position);
  return annotation;
}

G_GNUC_UNUSED static void
assert_reading_order (KutipDocument *document)
{
  GListModel *model = kutip_document_get_annotations (document);
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (n, ==, kutip_document_get_n_annotations (document));
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (kutip_annotation_compare (item_at (document, i - 1),
                                               item_at (document, i)), <, 0);
}

G_GNUC_UNUSED static void
count_signal_cb (guint *count)
{
  (*count)++;
}

G_GNUC_UNUSED static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

G_GNUC_UNUSED static const char *article =
  "Presiden Joe Biden mengatakan pada Senin bahwa gencatan senjata harus "
  "dipertahankan. Biden juga berkata, “Kami akan membantu.”";
