/* SPDX-License-Identifier: GPL-3.0-or-later */
/* document-test-util.h: what the KutipDocument tests share: a mirror of a
 * list model that checks its items-changed signals, documents to start
 * from, quick ways to add spans and a snapshot of a whole document. */
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

/* Everything a document holds, as text: two states compare as strings. */
G_GNUC_UNUSED static char *
snapshot (KutipDocument *document)
{
  GListModel *annotations = kutip_document_get_annotations (document);
  GListModel *relations = kutip_document_get_relations (document);
  GListModel *entities = kutip_document_get_entities (document);
  GString *out = g_string_new (NULL);
  guint n_pending_links = 0, n_to_review = 0;

  g_string_append_printf (out, "title=%s\n", kutip_document_get_title (document));
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      KutipAnnotation *a = item_at (document, i);
      g_auto(GStrv) keys = kutip_annotation_list_attributes (a);

      g_string_append_printf (out, "%s %s %u-%u %d %s [%s]",
                              kutip_annotation_get_id (a), kutip_annotation_get_label (a),
                              kutip_annotation_get_start (a), kutip_annotation_get_end (a),
                              kutip_annotation_get_status (a), kutip_annotation_get_note (a),
                              kutip_annotation_get_text (a));
      for (guint k = 0; keys[k] != NULL; k++)
        g_string_append_printf (out, " %s=%s", keys[k],
                                kutip_annotation_get_attribute (a, keys[k]));
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(KutipRelation) r = g_list_model_get_item (relations, i);
      KutipAnnotation *from = kutip_document_lookup_annotation (document,
                                                                kutip_relation_get_from_id (r));
      KutipAnnotation *to = kutip_document_lookup_annotation (document,
                                                              kutip_relation_get_to_id (r));

      /* The document's own counts, checked against the links themselves. */
      if (kutip_relation_get_status (r) == KUTIP_STATUS_PENDING)
        {
          n_pending_links++;
          n_to_review += from != NULL && to != NULL &&
                         kutip_annotation_get_status (from) == KUTIP_STATUS_ACCEPTED &&
                         kutip_annotation_get_status (to) == KUTIP_STATUS_ACCEPTED;
        }
      g_string_append_printf (out, "%s %s %s>%s %d\n", kutip_relation_get_id (r),
                              kutip_relation_get_rtype (r), kutip_relation_get_from_id (r),
                              kutip_relation_get_to_id (r), kutip_relation_get_status (r));
      g_assert_nonnull (kutip_document_lookup_annotation (document,
                                                          kutip_relation_get_from_id (r)));
      g_assert_nonnull (kutip_document_lookup_annotation (document,
                                                          kutip_relation_get_to_id (r)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(KutipEntity) e = g_list_model_get_item (entities, i);
      const char * const *mentions = kutip_entity_get_mentions (e, NULL);

      g_string_append_printf (out, "%s %s:", kutip_entity_get_id (e), kutip_entity_get_name (e));
      for (guint m = 0; mentions[m] != NULL; m++)
        {
          KutipAnnotation *mention = kutip_document_lookup_annotation (document, mentions[m]);

          g_assert_nonnull (mention);
          g_assert_true (kutip_document_get_entity_for (document, mention) == e);
          g_string_append_printf (out, " %s", mentions[m]);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "pending=%u\n", kutip_document_get_n_pending (document));
  g_assert_cmpuint (kutip_document_get_n_pending_links (document), ==, n_pending_links);
  g_assert_cmpuint (kutip_document_get_n_links_to_review (document), ==, n_to_review);

  return g_string_free (out, FALSE);
}

G_GNUC_UNUSED static KutipAnnotation *
random_annotation (KutipDocument *document,
                   GRand         *rand)
{
  guint n = kutip_document_get_n_annotations (document);

  return n ? item_at (document, g_rand_int_range (rand, 0, n)) : NULL;
}

G_GNUC_UNUSED static const char *article =
  "Presiden Joe Biden mengatakan pada Senin bahwa gencatan senjata harus "
  "dipertahankan. Biden juga berkata, “Kami akan membantu.”";
