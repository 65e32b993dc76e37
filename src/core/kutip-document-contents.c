/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-contents.c: the raw operations KutipDocument's edits are
 * made of (insert, remove, move, with their indexes and signals, never
 * recording history), id assignment and bulk loading. */

#define G_LOG_DOMAIN "kutip-document"

#include "config.h"

#include "kutip-document-private.h"
#include "kutip-error.h"

static void
fill_text (KutipDocument   *self,
           KutipAnnotation *annotation)
{
  g_autofree char *covered = kutip_text_dup_slice (self->text,
                                                   kutip_annotation_get_start (annotation),
                                                   kutip_annotation_get_end (annotation));

  kutip_annotation_set_text (annotation, covered);
}

void
_kutip_document_insert_annotation (KutipDocument   *self,
                                   KutipAnnotation *annotation)
{
  guint position;

  g_assert (kutip_annotation_get_id (annotation) != NULL);

  position = kutip_annotation_index_insert (self->annotations, annotation);
  g_hash_table_insert (self->annotation_by_id,
                       (char *)kutip_annotation_get_id (annotation),
                       g_object_ref (annotation));
  if (kutip_annotation_get_status (annotation) == KUTIP_STATUS_PENDING)
    _kutip_document_set_n_pending (self, self->n_pending + 1);

  _kutip_document_annotations_changed (self, position, 0, 1);
  _kutip_document_emit_changed (self);
}

void
_kutip_document_remove_annotation (KutipDocument   *self,
                                   KutipAnnotation *annotation)
{
  g_autoptr(KutipAnnotation) hold = g_object_ref (annotation);
  guint position;

  if (!kutip_annotation_index_remove (self->annotations, annotation, &position))
    g_assert_not_reached ();
  g_hash_table_remove (self->annotation_by_id, kutip_annotation_get_id (annotation));
  if (kutip_annotation_get_status (annotation) == KUTIP_STATUS_PENDING)
    _kutip_document_set_n_pending (self, self->n_pending - 1);

  _kutip_document_annotations_changed (self, position, 1, 0);
  _kutip_document_emit_changed (self);
}

/* Changes the bounds (and covered text) of an annotation in the document;
 * it may move in reading order. */
void
_kutip_document_move_annotation (KutipDocument   *self,
                                 KutipAnnotation *annotation,
                                 guint            start,
                                 guint            end)
{
  g_autoptr(KutipAnnotation) hold = g_object_ref (annotation);
  guint old_position, new_position;

  /* Its start/end notifications wait until it is back in the index. */
  g_object_freeze_notify (G_OBJECT (annotation));
  if (!kutip_annotation_index_remove (self->annotations, annotation, &old_position))
    g_assert_not_reached ();

  kutip_annotation_set_bounds (annotation, start, end);
  fill_text (self, annotation);
  new_position = kutip_annotation_index_insert (self->annotations, annotation);

  if (old_position == new_position)
    _kutip_document_annotations_changed (self, new_position, 1, 1);
  else if (self->signals_held > 0)
    {
      /* Merged with the rest of the action: the items from the old to the
       * new position changed. */
      guint first = MIN (old_position, new_position);
      guint n = MAX (old_position, new_position) - first + 1;

      _kutip_document_annotations_changed (self, first, n, n);
    }
  else
    {
      /* Two signals, each describing a consistent model: the second one is
       * emitted after the item is back. Between them a view sees one item
       * fewer, which it handles as a plain removal. */
      kutip_annotation_index_remove (self->annotations, annotation, NULL);
      _kutip_document_annotations_changed (self, old_position, 1, 0);
      kutip_annotation_index_insert (self->annotations, annotation);
      _kutip_document_annotations_changed (self, new_position, 0, 1);
    }

  g_object_thaw_notify (G_OBJECT (annotation));
  _kutip_document_emit_annotation_changed (self, annotation);
}

static void
add_relation_end (KutipDocument *self,
                  const char    *annotation_id,
                  KutipRelation *relation)
{
  GPtrArray *relations = g_hash_table_lookup (self->relations_by_end, annotation_id);

  if (relations == NULL)
    {
      relations = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (self->relations_by_end, g_strdup (annotation_id), relations);
    }
  g_ptr_array_add (relations, g_object_ref (relation));
}

static void
remove_relation_end (KutipDocument *self,
                     const char    *annotation_id,
                     KutipRelation *relation)
{
  GPtrArray *relations = g_hash_table_lookup (self->relations_by_end, annotation_id);

  if (relations == NULL)
    return;
  g_ptr_array_remove (relations, relation);
  if (relations->len == 0)
    g_hash_table_remove (self->relations_by_end, annotation_id);
}

static void
index_relation (KutipDocument *self,
                KutipRelation *relation)
{
  const char *from_id = kutip_relation_get_from_id (relation);
  const char *to_id = kutip_relation_get_to_id (relation);

  g_hash_table_insert (self->relation_by_id,
                       g_strdup (kutip_relation_get_id (relation)),
                       g_object_ref (relation));
  add_relation_end (self, from_id, relation);
  if (!g_str_equal (from_id, to_id))
    add_relation_end (self, to_id, relation);
}

/* Where @item is in @store: at @hint when it is there (O(log n), which
 * keeps undoing thousands of added relations from scanning the list for
 * each), else found by a scan. */
static guint
store_position (GListStore *store,
                gpointer    item,
                guint       hint)
{
  guint position;

  if (hint < g_list_model_get_n_items (G_LIST_MODEL (store)))
    {
      g_autoptr(GObject) there = g_list_model_get_item (G_LIST_MODEL (store), hint);

      if (there == item)
        return hint;
    }
  if (!g_list_store_find (store, item, &position))
    g_assert_not_reached ();
  return position;
}

/* Inserts at @position (G_MAXUINT: the end); returns where it went. */
guint
_kutip_document_insert_relation (KutipDocument *self,
                                 KutipRelation *relation,
                                 guint          position)
{
  g_assert (kutip_relation_get_id (relation) != NULL);

  index_relation (self, relation);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->relations)));
  g_list_store_insert (self->relations, position, relation);
  _kutip_document_relation_status_changed (self, KUTIP_STATUS_ACCEPTED,
                                           kutip_relation_get_status (relation));
  self->n_links_to_review += _kutip_document_link_awaits_review (self, relation);

  _kutip_document_emit_relations_changed (self);
  return position;
}

/* Returns the position the relation had; @hint is where it may be. */
guint
_kutip_document_remove_relation (KutipDocument *self,
                                 KutipRelation *relation,
                                 guint          hint)
{
  g_autoptr(KutipRelation) hold = g_object_ref (relation);
  guint position = store_position (self->relations, relation, hint);

  self->n_links_to_review -= _kutip_document_link_awaits_review (self, relation);

  remove_relation_end (self, kutip_relation_get_from_id (relation), relation);
  remove_relation_end (self, kutip_relation_get_to_id (relation), relation);
  g_hash_table_remove (self->relation_by_id, kutip_relation_get_id (relation));
  g_list_store_remove (self->relations, position);
  _kutip_document_relation_status_changed (self, kutip_relation_get_status (relation),
                                           KUTIP_STATUS_ACCEPTED);

  _kutip_document_emit_relations_changed (self);
  return position;
}

static void
index_entity (KutipDocument *self,
              KutipEntity   *entity)
{
  const char * const *mentions = kutip_entity_get_mentions (entity, NULL);

  g_hash_table_insert (self->entity_by_id,
                       g_strdup (kutip_entity_get_id (entity)),
                       g_object_ref (entity));
  for (guint i = 0; mentions[i] != NULL; i++)
    g_hash_table_insert (self->entity_by_mention, g_strdup (mentions[i]), entity);
}

guint
_kutip_document_insert_entity (KutipDocument *self,
                               KutipEntity   *entity,
                               guint          position)
{
  g_assert (kutip_entity_get_id (entity) != NULL);

  index_entity (self, entity);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->entities)));
  g_list_store_insert (self->entities, position, entity);

  _kutip_document_emit_entities_changed (self);
  return position;
}

guint
_kutip_document_remove_entity (KutipDocument *self,
                               KutipEntity   *entity,
                               guint          hint)
{
  g_autoptr(KutipEntity) hold = g_object_ref (entity);
  const char * const *mentions;
  guint position = store_position (self->entities, entity, hint);

  mentions = kutip_entity_get_mentions (entity, NULL);
  for (guint i = 0; mentions[i] != NULL; i++)
    g_hash_table_remove (self->entity_by_mention, mentions[i]);
  g_hash_table_remove (self->entity_by_id, kutip_entity_get_id (entity));
  g_list_store_remove (self->entities, position);

  _kutip_document_emit_entities_changed (self);
  return position;
}

void
_kutip_document_insert_mention (KutipDocument *self,
                                KutipEntity   *entity,
                                const char    *annotation_id,
                                guint          position)
{
  g_assert (g_hash_table_lookup (self->entity_by_mention, annotation_id) == NULL);

  kutip_entity_insert_mention (entity, annotation_id, position);
  g_hash_table_insert (self->entity_by_mention, g_strdup (annotation_id), entity);
  _kutip_document_emit_entities_changed (self);
}

/* Returns the position the mention had in the entity. */
guint
_kutip_document_remove_mention (KutipDocument *self,
                                KutipEntity   *entity,
                                const char    *annotation_id)
{
  g_autofree char *id = g_strdup (annotation_id);  /* may point into the entity */
  guint position;

  if (!kutip_entity_find_mention (entity, id, &position))
    g_assert_not_reached ();

  kutip_entity_remove_mention (entity, id);
  g_hash_table_remove (self->entity_by_mention, id);
  _kutip_document_emit_entities_changed (self);
  return position;
}

/* Ids ------------------------------------------------------------------- */

char *
_kutip_document_next_id (GHashTable *ids,
                         const char *prefix,
                         guint      *counter)
{
  for (;;)
    {
      char *id = g_strdup_printf ("%s%u", prefix, (*counter)++);

      if (!g_hash_table_contains (ids, id))
        return id;
      g_free (id);
    }
}

/* Moves @counter past an id of the form PREFIX<digits>. */
static void
note_id (const char *id,
         char        prefix,
         guint      *counter)
{
  char *end = NULL;
  guint64 value;

  if (id == NULL || id[0] != prefix || !g_ascii_isdigit (id[1]))
    return;
  value = g_ascii_strtoull (id + 1, &end, 10);
  if (*end == '\0' && value < G_MAXUINT && value >= *counter)
    *counter = (guint)value + 1;
}

gboolean
_kutip_document_check_bounds (KutipDocument *self,
                              guint          start,
                              guint          end,
                              GError       **error)
{
  guint length = kutip_text_get_length (self->text);

  if (start >= end)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET,
                   "Span %u–%u is empty or reversed", start, end);
      return FALSE;
    }
  if (end > length)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET,
                   "Span %u–%u ends after the text (%u characters)", start, end, length);
      return FALSE;
    }
  return TRUE;
}

/* Bulk loading ----------------------------------------------------------- */

static void
clear_contents (KutipDocument *self)
{
  g_hash_table_remove_all (self->entity_by_mention);
  g_hash_table_remove_all (self->relations_by_end);
  g_hash_table_remove_all (self->entity_by_id);
  g_hash_table_remove_all (self->relation_by_id);
  g_hash_table_remove_all (self->annotation_by_id);
}

/**
 * kutip_document_load_contents:
 * @annotations: (nullable) (element-type KutipAnnotation): in any order
 * @relations: (nullable) (element-type KutipRelation)
 * @entities: (nullable) (element-type KutipEntity)
 *
 * Replaces the document's contents in O(n log n), emitting items-changed
 * once per model, and forgets the undo history. Items without an id get
 * one; missing covered texts are filled. The caller has validated bounds,
 * unique ids and references (kutip-store does); a broken reference here is
 * a programming error.
 */
void
kutip_document_load_contents (KutipDocument *self,
                              GPtrArray     *annotations,
                              GPtrArray     *relations,
                              GPtrArray     *entities)
{
  guint old_annotations, old_relations, old_entities;
  guint n_pending = 0;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));

  kutip_history_clear (self->history);
  old_annotations = kutip_annotation_index_get_size (self->annotations);
  old_relations = g_list_model_get_n_items (G_LIST_MODEL (self->relations));
  old_entities = g_list_model_get_n_items (G_LIST_MODEL (self->entities));
  clear_contents (self);
  self->next_annotation = self->next_relation = self->next_entity = 1;

  if (annotations != NULL)
    {
      for (guint i = 0; i < annotations->len; i++)
        note_id (kutip_annotation_get_id (g_ptr_array_index (annotations, i)), 'a',
                 &self->next_annotation);
      for (guint i = 0; i < annotations->len; i++)
        {
          KutipAnnotation *annotation = g_ptr_array_index (annotations, i);

          g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
          if (kutip_annotation_get_id (annotation) == NULL)
            {
              g_autofree char *id = _kutip_document_next_id (self->annotation_by_id, "a",
                                                             &self->next_annotation);
              kutip_annotation_set_id (annotation, id);
            }
          if (kutip_annotation_get_text (annotation) == NULL)
            fill_text (self, annotation);
          if (kutip_annotation_get_status (annotation) == KUTIP_STATUS_PENDING)
            n_pending++;
          g_hash_table_insert (self->annotation_by_id,
                               (char *)kutip_annotation_get_id (annotation),
                               g_object_ref (annotation));
        }
      kutip_annotation_index_load (self->annotations, annotations);
    }
  else
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();
      kutip_annotation_index_load (self->annotations, none);
    }

  if (relations != NULL)
    for (guint i = 0; i < relations->len; i++)
      note_id (kutip_relation_get_id (g_ptr_array_index (relations, i)), 'r',
               &self->next_relation);
  for (guint i = 0; relations != NULL && i < relations->len; i++)
    {
      KutipRelation *relation = g_ptr_array_index (relations, i);

      if (kutip_relation_get_id (relation) == NULL)
        {
          g_autofree char *id = _kutip_document_next_id (self->relation_by_id, "r",
                                                         &self->next_relation);
          kutip_relation_set_id (relation, id);
        }
      g_warn_if_fail (g_hash_table_contains (self->annotation_by_id,
                                             kutip_relation_get_from_id (relation)));
      g_warn_if_fail (g_hash_table_contains (self->annotation_by_id,
                                             kutip_relation_get_to_id (relation)));
      index_relation (self, relation);
    }

  if (entities != NULL)
    for (guint i = 0; i < entities->len; i++)
      note_id (kutip_entity_get_id (g_ptr_array_index (entities, i)), 'e', &self->next_entity);
  for (guint i = 0; entities != NULL && i < entities->len; i++)
    {
      KutipEntity *entity = g_ptr_array_index (entities, i);

      if (kutip_entity_get_id (entity) == NULL)
        {
          g_autofree char *id = _kutip_document_next_id (self->entity_by_id, "e",
                                                         &self->next_entity);
          kutip_entity_set_id (entity, id);
        }
      index_entity (self, entity);
    }

  g_list_store_splice (self->relations, 0, old_relations,
                       relations ? relations->pdata : NULL, relations ? relations->len : 0);
  g_list_store_splice (self->entities, 0, old_entities,
                       entities ? entities->pdata : NULL, entities ? entities->len : 0);

  _kutip_document_set_n_pending (self, n_pending);
  {
    guint n_links = 0;

    self->n_links_to_review = 0;
    for (guint i = 0; relations != NULL && i < relations->len; i++)
      {
        KutipRelation *relation = g_ptr_array_index (relations, i);

        n_links += kutip_relation_get_status (relation) == KUTIP_STATUS_PENDING;
        self->n_links_to_review += _kutip_document_link_awaits_review (self, relation);
      }
    _kutip_document_set_n_pending_links (self, n_links);
  }
  if (old_annotations > 0 || kutip_annotation_index_get_size (self->annotations) > 0)
    g_list_model_items_changed (G_LIST_MODEL (self->annotations), 0, old_annotations,
                                kutip_annotation_index_get_size (self->annotations));
  _kutip_document_emit_relations_changed (self);
  _kutip_document_emit_entities_changed (self);
}
