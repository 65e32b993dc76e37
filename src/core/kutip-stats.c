/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-stats.c: counts of annotations per label and status. */

#define G_LOG_DOMAIN "kutip-stats"

#include "config.h"

#include <string.h>

#include "kutip-stats.h"

#define N_STATUS (KUTIP_STATUS_REJECTED + 1)

struct _KutipStats
{
  GHashTable *labels;   /* label -> guint[N_STATUS] */
  guint       n_documents;
  guint       n_relations;
  guint       n_entities;
};

KutipStats *
kutip_stats_new (void)
{
  KutipStats *self = g_new0 (KutipStats, 1);

  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
kutip_stats_free (KutipStats *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->labels);
  g_free (self);
}

static guint *
counts_for (KutipStats *self,
            const char *label)
{
  guint *counts = g_hash_table_lookup (self->labels, label);

  if (counts == NULL)
    {
      counts = g_new0 (guint, N_STATUS);
      g_hash_table_insert (self->labels, g_strdup (label), counts);
    }
  return counts;
}

void
kutip_stats_add_document (KutipStats    *self,
                          KutipDocument *document)
{
  GListModel *annotations;
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (KUTIP_IS_DOCUMENT (document));

  annotations = kutip_document_get_annotations (document);
  n = g_list_model_get_n_items (annotations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (annotations, i);
      KutipStatus status = kutip_annotation_get_status (a);

      counts_for (self, kutip_annotation_get_label (a))[status]++;
    }
  self->n_documents++;
  self->n_relations += g_list_model_get_n_items (kutip_document_get_relations (document));
  self->n_entities += g_list_model_get_n_items (kutip_document_get_entities (document));
}

void
kutip_stats_merge (KutipStats *self,
                   KutipStats *other)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);

  g_hash_table_iter_init (&iter, other->labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint *counts = counts_for (self, key);

      for (guint s = 0; s < N_STATUS; s++)
        counts[s] += ((guint *) value)[s];
    }
  self->n_documents += other->n_documents;
  self->n_relations += other->n_relations;
  self->n_entities += other->n_entities;
}

guint
kutip_stats_get_n_documents (KutipStats *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_documents;
}

guint
kutip_stats_get_n_relations (KutipStats *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_relations;
}

guint
kutip_stats_get_n_entities (KutipStats *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_entities;
}

static guint
sum_counts (const guint *counts,
            int          status)
{
  guint total = 0;

  if (counts == NULL)
    return 0;
  if (status >= 0)
    return counts[status];
  for (guint s = 0; s < N_STATUS; s++)
    total += counts[s];
  return total;
}

guint
kutip_stats_count (KutipStats *self,
                   const char *label,
                   int         status)
{
  GHashTableIter iter;
  gpointer key, value;
  guint total = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (status < N_STATUS, 0);

  /* One label is one lookup: a loop over all of them for each label made
   * stats of 100,000 labels quadratic. */
  if (label != NULL)
    return sum_counts (g_hash_table_lookup (self->labels, label), status);

  g_hash_table_iter_init (&iter, self->labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    total += sum_counts (value, status);
  return total;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
kutip_stats_list_labels (KutipStats *self)
{
  char **labels;
  guint n = 0;

  g_return_val_if_fail (self != NULL, NULL);

  labels = (char **) g_hash_table_get_keys_as_array (self->labels, &n);
  for (guint i = 0; i < n; i++)
    labels[i] = g_strdup (labels[i]);
  qsort (labels, n, sizeof (char *), compare_strings);
  return labels;
}

static void
add_counts (JsonBuilder *builder,
            KutipStats  *self,
            const char  *label)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, kutip_stats_count (self, label, -1));
  for (int s = 0; s < N_STATUS; s++)
    {
      json_builder_set_member_name (builder, kutip_status_to_string ((KutipStatus) s));
      json_builder_add_int_value (builder, kutip_stats_count (self, label, s));
    }
  json_builder_end_object (builder);
}

JsonNode *
kutip_stats_to_json (KutipStats *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_auto(GStrv) labels = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  labels = kutip_stats_list_labels (self);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_add_int_value (builder, self->n_documents);
  json_builder_set_member_name (builder, "annotations");
  add_counts (builder, self, NULL);
  json_builder_set_member_name (builder, "labels");
  json_builder_begin_object (builder);
  for (guint i = 0; labels[i]; i++)
    {
      json_builder_set_member_name (builder, labels[i]);
      add_counts (builder, self, labels[i]);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "relations");
  json_builder_add_int_value (builder, self->n_relations);
  json_builder_set_member_name (builder, "entities");
  json_builder_add_int_value (builder, self->n_entities);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
