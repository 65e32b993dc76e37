/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-links.c: KutipDocument's relations and entities: what
 * links what (and which links wait for a review), and their undoable
 * edits (see kutip-document-edits.c for how edits are recorded). */

#define G_LOG_DOMAIN "kutip-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kutip-document-private.h"
#include "kutip-error.h"

/* Queries ---------------------------------------------------------------- */

/**
 * kutip_document_relations_of:
 *
 * Returns: (transfer container) (element-type KutipRelation): the relations
 *   that start or end at @annotation
 */
GPtrArray *
kutip_document_relations_of (KutipDocument   *self,
                             KutipAnnotation *annotation)
{
  GPtrArray *relations;
  const char *id;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), NULL);

  id = kutip_annotation_get_id (annotation);
  if (id != NULL && (relations = g_hash_table_lookup (self->relations_by_end, id)) != NULL)
    {
      GPtrArray *copy = g_ptr_array_copy (relations, NULL, NULL);

      /* g_ptr_array_copy() keeps the free function; the copy owns nothing. */
      g_ptr_array_set_free_func (copy, NULL);
      return copy;
    }
  return g_ptr_array_new ();
}

/**
 * kutip_document_get_linked:
 *
 * Returns: (nullable) (transfer none): the annotation @from points to by a
 *   relation of @type
 */
KutipAnnotation *
kutip_document_get_linked (KutipDocument   *self,
                           KutipAnnotation *from,
                           const char      *type)
{
  KutipRelation *relation;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (from), NULL);
  g_return_val_if_fail (type != NULL, NULL);

  relation = kutip_document_get_link (self, from, type);
  return relation ? kutip_document_lookup_annotation (self, kutip_relation_get_to_id (relation))
                  : NULL;
}

/**
 * kutip_document_get_link:
 *
 * The link (accepted or still suggested) of @type from @from; a rejected
 * suggestion is no link.
 *
 * Returns: (nullable) (transfer none): the relation
 */
KutipRelation *
kutip_document_get_link (KutipDocument   *self,
                         KutipAnnotation *from,
                         const char      *type)
{
  GPtrArray *relations;
  const char *id;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (from), NULL);
  g_return_val_if_fail (type != NULL, NULL);

  id = kutip_annotation_get_id (from);
  if (id == NULL || !(relations = g_hash_table_lookup (self->relations_by_end, id)))
    return NULL;

  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *relation = g_ptr_array_index (relations, i);

      if (g_str_equal (kutip_relation_get_rtype (relation), type) &&
          g_str_equal (kutip_relation_get_from_id (relation), id) &&
          kutip_relation_get_status (relation) != KUTIP_STATUS_REJECTED)
        return relation;
    }

  return NULL;
}

/* Whether @relation is pending with both ends accepted. */
gboolean
_kutip_document_link_awaits_review (KutipDocument *self,
                                    KutipRelation *relation)
{
  KutipAnnotation *from, *to;

  if (kutip_relation_get_status (relation) != KUTIP_STATUS_PENDING)
    return FALSE;
  from = kutip_document_lookup_annotation (self, kutip_relation_get_from_id (relation));
  to = kutip_document_lookup_annotation (self, kutip_relation_get_to_id (relation));
  return from != NULL && to != NULL &&
         kutip_annotation_get_status (from) == KUTIP_STATUS_ACCEPTED &&
         kutip_annotation_get_status (to) == KUTIP_STATUS_ACCEPTED;
}

/* Adds (@sign 1) or takes away (-1) the links of @annotation that await a
 * review: around a change of its status, which may change theirs. */
void
_kutip_document_count_links_of (KutipDocument   *self,
                                KutipAnnotation *annotation,
                                int              sign)
{
  GPtrArray *relations;
  const char *id = kutip_annotation_get_id (annotation);

  if (id == NULL || self->n_pending_links == 0 ||
      !(relations = g_hash_table_lookup (self->relations_by_end, id)))
    return;
  for (guint i = 0; i < relations->len; i++)
    if (_kutip_document_link_awaits_review (self, g_ptr_array_index (relations, i)))
      self->n_links_to_review += sign;
}

/* How many links wait for a decision of their own (see
 * kutip_document_links_to_review()): kept up to date by every edit. */
guint
kutip_document_get_n_links_to_review (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), 0);
  return self->n_links_to_review;
}

/**
 * kutip_document_links_to_review:
 *
 * The suggested links of @annotation that wait for a decision of their
 * own: pending, with both ends accepted. (A link with a pending end is
 * decided with that end: kutip_document_set_annotation_status().)
 *
 * Returns: (transfer container) (element-type KutipRelation): the links
 */
GPtrArray *
kutip_document_links_to_review (KutipDocument   *self,
                                KutipAnnotation *annotation)
{
  GPtrArray *relations;
  GPtrArray *found;
  const char *id;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), NULL);

  found = g_ptr_array_new ();
  id = kutip_annotation_get_id (annotation);
  if (id == NULL || self->n_pending_links == 0 ||
      !(relations = g_hash_table_lookup (self->relations_by_end, id)))
    return found;

  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *relation = g_ptr_array_index (relations, i);

      if (_kutip_document_link_awaits_review (self, relation))
        g_ptr_array_add (found, relation);
    }
  return found;
}

/**
 * kutip_document_get_entity_for:
 *
 * Returns: (nullable) (transfer none): the entity @mention belongs to
 */
KutipEntity *
kutip_document_get_entity_for (KutipDocument   *self,
                               KutipAnnotation *mention)
{
  const char *id;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (mention), NULL);

  id = kutip_annotation_get_id (mention);
  return id ? g_hash_table_lookup (self->entity_by_mention, id) : NULL;
}

/* Edits ------------------------------------------------------------------ */

static void
relation_edit_apply (gpointer target,
                     gpointer data,
                     gboolean undo)
{
  ItemEdit *edit = data;

  if (edit->remove != undo)
    edit->position = _kutip_document_remove_relation (target, edit->item, edit->position);
  else
    edit->position = _kutip_document_insert_relation (target, edit->item, edit->position);
}

static void
entity_edit_apply (gpointer target,
                   gpointer data,
                   gboolean undo)
{
  ItemEdit *edit = data;

  if (edit->remove != undo)
    edit->position = _kutip_document_remove_entity (target, edit->item, edit->position);
  else
    edit->position = _kutip_document_insert_entity (target, edit->item, edit->position);
}

typedef struct
{
  KutipEntity *entity;
  char        *annotation_id;
  gboolean     remove;
  guint        position;
} MentionEdit;

static void
mention_edit_free (gpointer data)
{
  MentionEdit *edit = data;

  g_object_unref (edit->entity);
  g_free (edit->annotation_id);
  g_free (edit);
}

static void
mention_edit_apply (gpointer target,
                    gpointer data,
                    gboolean undo)
{
  MentionEdit *edit = data;

  if (edit->remove != undo)
    edit->position = _kutip_document_remove_mention (target, edit->entity, edit->annotation_id);
  else
    _kutip_document_insert_mention (target, edit->entity, edit->annotation_id, edit->position);
}

void
_kutip_document_record_mention (KutipDocument *self,
                                KutipEntity   *entity,
                                const char    *annotation_id,
                                gboolean       remove)
{
  MentionEdit *edit = g_new0 (MentionEdit, 1);

  edit->entity = g_object_ref (entity);
  edit->annotation_id = g_strdup (annotation_id);
  edit->remove = remove;
  edit->position = G_MAXUINT;
  _kutip_document_record (self, mention_edit_apply, edit, mention_edit_free);
}

/* Relations ------------------------------------------------------------- */

/**
 * kutip_document_add_relation:
 *
 * Adds @relation (taking a reference); without an id it gets the next free
 * "rN". Fails with %KUTIP_ERROR_UNKNOWN_REFERENCE if an end is not an
 * annotation of the document, %KUTIP_ERROR_DUPLICATE_ID if the id is taken
 * and %KUTIP_ERROR_INVALID_VALUE for a type the schema does not have.
 */
gboolean
kutip_document_add_relation (KutipDocument  *self,
                             KutipRelation  *relation,
                             GError        **error)
{
  const char *id, *from_id, *to_id, *type;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_RELATION (relation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = kutip_relation_get_id (relation);
  from_id = kutip_relation_get_from_id (relation);
  to_id = kutip_relation_get_to_id (relation);
  type = kutip_relation_get_rtype (relation);

  if (id != NULL && g_hash_table_contains (self->relation_by_id, id))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID,
                   "Relation id “%s” is already used", id);
      return FALSE;
    }
  if (!kutip_schema_has_relation (self->schema, type))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "Relation type “%s” is not in the schema", type);
      return FALSE;
    }
  if (!g_hash_table_contains (self->annotation_by_id, from_id))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE,
                   "Relation %s starts at unknown annotation “%s”", type, from_id);
      return FALSE;
    }
  if (!g_hash_table_contains (self->annotation_by_id, to_id))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE,
                   "Relation %s points to unknown annotation “%s”", type, to_id);
      return FALSE;
    }

  if (id == NULL)
    {
      g_autofree char *new_id = _kutip_document_next_id (self->relation_by_id, "r",
                                                         &self->next_relation);
      kutip_relation_set_id (relation, new_id);
    }

  _kutip_document_record_item (self, relation_edit_apply, relation, FALSE, G_MAXUINT);
  return TRUE;
}

void
kutip_document_remove_relation (KutipDocument *self,
                                KutipRelation *relation)
{
  const char *id;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_RELATION (relation));

  id = kutip_relation_get_id (relation);
  g_return_if_fail (id != NULL && g_hash_table_lookup (self->relation_by_id, id) == relation);

  _kutip_document_record_item (self, relation_edit_apply, relation, TRUE, 0);
}

typedef struct
{
  KutipRelation *relation;
  KutipStatus    status[2];
} RelationStatusEdit;

static void
relation_status_edit_free (gpointer data)
{
  RelationStatusEdit *edit = data;

  g_object_unref (edit->relation);
  g_free (edit);
}

static void
relation_status_edit_apply (gpointer target,
                            gpointer data,
                            gboolean undo)
{
  RelationStatusEdit *edit = data;

  KutipDocument *self = target;

  self->n_links_to_review -= _kutip_document_link_awaits_review (self, edit->relation);
  _kutip_document_relation_status_changed (target, edit->status[undo ? 1 : 0],
                                           edit->status[undo ? 0 : 1]);
  kutip_relation_set_status (edit->relation, edit->status[undo ? 0 : 1]);
  self->n_links_to_review += _kutip_document_link_awaits_review (self, edit->relation);
  _kutip_document_emit_relations_changed (target);
}

void
kutip_document_set_relation_status (KutipDocument *self,
                                    KutipRelation *relation,
                                    KutipStatus    status)
{
  RelationStatusEdit *edit;
  const char *id;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_RELATION (relation));
  g_return_if_fail (status <= KUTIP_STATUS_REJECTED);

  id = kutip_relation_get_id (relation);
  g_return_if_fail (id != NULL && g_hash_table_lookup (self->relation_by_id, id) == relation);

  if (kutip_relation_get_status (relation) == status)
    return;

  edit = g_new0 (RelationStatusEdit, 1);
  edit->relation = g_object_ref (relation);
  edit->status[0] = kutip_relation_get_status (relation);
  edit->status[1] = status;
  _kutip_document_record (self, relation_status_edit_apply, edit, relation_status_edit_free);
}

static KutipAnnotation *
other_end (KutipDocument   *self,
           KutipRelation   *relation,
           KutipAnnotation *annotation)
{
  const char *from_id = kutip_relation_get_from_id (relation);

  return kutip_document_lookup_annotation (self,
                                           g_str_equal (from_id, kutip_annotation_get_id (annotation))
                                           ? kutip_relation_get_to_id (relation) : from_id);
}

void
_kutip_document_review_links_of (KutipDocument   *self,
                                 KutipAnnotation *annotation,
                                 KutipStatus      status)
{
  g_autoptr(GPtrArray) relations = NULL;

  if (status == KUTIP_STATUS_PENDING)
    return;

  relations = kutip_document_relations_of (self, annotation);
  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *relation = g_ptr_array_index (relations, i);
      KutipStatus current = kutip_relation_get_status (relation);

      if (status == KUTIP_STATUS_REJECTED)
        {
          /* A link to a span that is no span says nothing. */
          if (current != KUTIP_STATUS_REJECTED)
            kutip_document_set_relation_status (self, relation, KUTIP_STATUS_REJECTED);
        }
      else if (current == KUTIP_STATUS_PENDING &&
               kutip_annotation_get_status (other_end (self, relation, annotation)) ==
               KUTIP_STATUS_ACCEPTED)
        kutip_document_set_relation_status (self, relation, KUTIP_STATUS_ACCEPTED);
    }
}

/**
 * kutip_document_review_link:
 * @status: %KUTIP_STATUS_ACCEPTED or %KUTIP_STATUS_REJECTED
 *
 * A person's decision on a suggested link, one undo step. Accepting it
 * accepts its ends that were still pending (a claim is not said by a
 * speaker that is no speaker); rejecting it leaves its ends as they are.
 */
void
kutip_document_review_link (KutipDocument *self,
                            KutipRelation *relation,
                            KutipStatus    status)
{
  const char *id;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_RELATION (relation));
  g_return_if_fail (status == KUTIP_STATUS_ACCEPTED || status == KUTIP_STATUS_REJECTED);

  id = kutip_relation_get_id (relation);
  g_return_if_fail (id != NULL && g_hash_table_lookup (self->relation_by_id, id) == relation);

  kutip_history_begin_group (self->history, status == KUTIP_STATUS_ACCEPTED ? _("Accept Link")
                                                                             : _("Reject Link"));
  if (status == KUTIP_STATUS_ACCEPTED)
    {
      const char *ends[] = { kutip_relation_get_from_id (relation),
                             kutip_relation_get_to_id (relation) };

      for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
        {
          KutipAnnotation *end = kutip_document_lookup_annotation (self, ends[i]);

          if (kutip_annotation_get_status (end) == KUTIP_STATUS_PENDING)
            kutip_document_set_annotation_status (self, end, KUTIP_STATUS_ACCEPTED);
        }
    }
  kutip_document_set_relation_status (self, relation, status);
  kutip_history_end_group (self->history);
}

/**
 * kutip_document_link:
 * @type: a relation type of the schema, e.g. "said-by"
 *
 * Links @from to @to, removing an earlier link of @type from @from in the
 * same undo step (a claim has one speaker and one date). Linking again to
 * the same end accepts that link if it was a suggestion (pending or
 * rejected) and otherwise changes nothing.
 *
 * Returns: (transfer none): the relation, accepted and of origin "manual"
 *   unless it existed
 */
KutipRelation *
kutip_document_link (KutipDocument   *self,
                     const char      *type,
                     KutipAnnotation *from,
                     KutipAnnotation *to)
{
  g_autoptr(KutipRelation) relation = NULL;
  g_autoptr(GPtrArray) relations = NULL;
  g_autoptr(GError) error = NULL;
  const char *from_id, *to_id;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (from), NULL);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (to), NULL);
  g_return_val_if_fail (_kutip_document_has_annotation (self, from), NULL);
  g_return_val_if_fail (_kutip_document_has_annotation (self, to), NULL);
  g_return_val_if_fail (kutip_schema_has_relation (self->schema, type), NULL);

  from_id = kutip_annotation_get_id (from);
  to_id = kutip_annotation_get_id (to);
  relations = kutip_document_relations_of (self, from);

  kutip_history_begin_group (self->history, _("Link"));

  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *old = g_ptr_array_index (relations, i);

      if (!g_str_equal (kutip_relation_get_rtype (old), type) ||
          !g_str_equal (kutip_relation_get_from_id (old), from_id))
        continue;

      if (relation == NULL && g_str_equal (kutip_relation_get_to_id (old), to_id))
        relation = g_object_ref (old);
      else
        kutip_document_remove_relation (self, old);
    }

  if (relation == NULL)
    {
      relation = kutip_relation_new (type, from_id, to_id);
      kutip_relation_set_status (relation, KUTIP_STATUS_ACCEPTED);
      kutip_relation_set_origin (relation, KUTIP_ORIGIN_MANUAL);
      if (!kutip_document_add_relation (self, relation, &error))
        g_critical ("%s", error->message);
    }
  else
    /* The person chose this end: the suggestion is theirs now. */
    kutip_document_set_relation_status (self, relation, KUTIP_STATUS_ACCEPTED);

  kutip_history_end_group (self->history);

  return relation;
}

/* Entities -------------------------------------------------------------- */

/**
 * kutip_document_add_entity:
 *
 * Adds @entity (taking a reference); without an id it gets the next free
 * "eN". Fails with %KUTIP_ERROR_DUPLICATE_ID if the id is taken,
 * %KUTIP_ERROR_UNKNOWN_REFERENCE if a mention is not an annotation of the
 * document and %KUTIP_ERROR_INVALID_VALUE if a mention belongs to another
 * entity already.
 */
gboolean
kutip_document_add_entity (KutipDocument  *self,
                           KutipEntity    *entity,
                           GError        **error)
{
  const char * const *mentions;
  const char *id;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = kutip_entity_get_id (entity);
  if (id != NULL && g_hash_table_contains (self->entity_by_id, id))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID,
                   "Entity id “%s” is already used", id);
      return FALSE;
    }

  mentions = kutip_entity_get_mentions (entity, NULL);
  for (guint i = 0; mentions[i] != NULL; i++)
    {
      KutipEntity *other;

      if (!g_hash_table_contains (self->annotation_by_id, mentions[i]))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE,
                       "Entity “%s” mentions unknown annotation “%s”",
                       kutip_entity_get_name (entity), mentions[i]);
          return FALSE;
        }
      if ((other = g_hash_table_lookup (self->entity_by_mention, mentions[i])) != NULL)
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                       "Annotation “%s” already belongs to entity “%s”",
                       mentions[i], kutip_entity_get_name (other));
          return FALSE;
        }
    }

  if (id == NULL)
    {
      g_autofree char *new_id = _kutip_document_next_id (self->entity_by_id, "e",
                                                         &self->next_entity);
      kutip_entity_set_id (entity, new_id);
    }

  _kutip_document_record_item (self, entity_edit_apply, entity, FALSE, G_MAXUINT);
  return TRUE;
}

static gboolean
entity_in_document (KutipDocument *self,
                    KutipEntity   *entity)
{
  const char *id = kutip_entity_get_id (entity);

  return id != NULL && g_hash_table_lookup (self->entity_by_id, id) == entity;
}

/* Removes @entity; its mention annotations stay. */
void
kutip_document_remove_entity (KutipDocument *self,
                              KutipEntity   *entity)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ENTITY (entity));
  g_return_if_fail (entity_in_document (self, entity));

  _kutip_document_record_item (self, entity_edit_apply, entity, TRUE, 0);
}

typedef struct
{
  KutipEntity *entity;
  char        *names[2];
} NameEdit;

static void
name_edit_free (gpointer data)
{
  NameEdit *edit = data;

  g_object_unref (edit->entity);
  g_free (edit->names[0]);
  g_free (edit->names[1]);
  g_free (edit);
}

static void
name_edit_apply (gpointer target,
                 gpointer data,
                 gboolean undo)
{
  NameEdit *edit = data;

  kutip_entity_set_name (edit->entity, edit->names[undo ? 0 : 1]);
  _kutip_document_emit_entities_changed (target);
}

void
kutip_document_set_entity_name (KutipDocument *self,
                                KutipEntity   *entity,
                                const char    *name)
{
  NameEdit *edit;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ENTITY (entity));
  g_return_if_fail (entity_in_document (self, entity));

  if (g_strcmp0 (kutip_entity_get_name (entity), name) == 0)
    return;

  edit = g_new0 (NameEdit, 1);
  edit->entity = g_object_ref (entity);
  edit->names[0] = g_strdup (kutip_entity_get_name (entity));
  edit->names[1] = g_strdup (name);
  _kutip_document_record (self, name_edit_apply, edit, name_edit_free);
}

/**
 * kutip_document_merge_entities:
 *
 * Moves every mention of @other to the end of @into's mentions and removes
 * @other, in one undo step.
 */
void
kutip_document_merge_entities (KutipDocument *self,
                               KutipEntity   *into,
                               KutipEntity   *other)
{
  g_auto(GStrv) mentions = NULL;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ENTITY (into));
  g_return_if_fail (KUTIP_IS_ENTITY (other));
  g_return_if_fail (entity_in_document (self, into));
  g_return_if_fail (entity_in_document (self, other));

  if (into == other)
    return;

  mentions = g_strdupv ((char **)kutip_entity_get_mentions (other, NULL));

  kutip_history_begin_group (self->history, _("Merge Entities"));
  for (guint i = 0; mentions[i] != NULL; i++)
    {
      _kutip_document_record_mention (self, other, mentions[i], TRUE);
      _kutip_document_record_mention (self, into, mentions[i], FALSE);
    }
  _kutip_document_record_item (self, entity_edit_apply, other, TRUE, 0);
  kutip_history_end_group (self->history);
}

/**
 * kutip_document_entity_add_mention:
 *
 * Makes @mention a mention of @entity, taking it out of any other entity,
 * in one undo step.
 */
void
kutip_document_entity_add_mention (KutipDocument   *self,
                                   KutipEntity     *entity,
                                   KutipAnnotation *mention)
{
  KutipEntity *current;
  const char *id;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ENTITY (entity));
  g_return_if_fail (KUTIP_IS_ANNOTATION (mention));
  g_return_if_fail (entity_in_document (self, entity));
  g_return_if_fail (_kutip_document_has_annotation (self, mention));

  id = kutip_annotation_get_id (mention);
  current = g_hash_table_lookup (self->entity_by_mention, id);
  if (current == entity)
    return;

  kutip_history_begin_group (self->history, _("Add Mention"));
  if (current != NULL)
    _kutip_document_record_mention (self, current, id, TRUE);
  _kutip_document_record_mention (self, entity, id, FALSE);
  kutip_history_end_group (self->history);
}

void
kutip_document_entity_remove_mention (KutipDocument   *self,
                                      KutipEntity     *entity,
                                      KutipAnnotation *mention)
{
  const char *id;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ENTITY (entity));
  g_return_if_fail (KUTIP_IS_ANNOTATION (mention));
  g_return_if_fail (entity_in_document (self, entity));

  id = kutip_annotation_get_id (mention);
  if (id == NULL || g_hash_table_lookup (self->entity_by_mention, id) != entity)
    return;

  _kutip_document_record_mention (self, entity, id, TRUE);
}
