/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-edits.c: KutipDocument's undoable edits. Each edit is a
 * command (data plus a function that applies or reverts it) that is applied
 * once and then pushed on the history; one public call is one undo step,
 * or part of the caller's step between begin_action and end_action. */

#define G_LOG_DOMAIN "kutip-document"

#include "config.h"

#include "kutip-document-private.h"
#include "kutip-error.h"

static void
record (KutipDocument  *self,
        KutipEditFunc   func,
        gpointer        data,
        GDestroyNotify  data_free)
{
  func (self, data, FALSE);
  kutip_history_push (self->history, func, data, data_free);
}

/* Adding and removing annotations, relations, entities, mentions -------- */

typedef struct
{
  gpointer  item;       /* KutipAnnotation, KutipRelation or KutipEntity (ref) */
  gboolean  remove;     /* the edit removes the item (undo adds it) */
  guint     position;   /* list position, for relations and entities */
} ItemEdit;

static void
item_edit_free (gpointer data)
{
  ItemEdit *edit = data;

  g_object_unref (edit->item);
  g_free (edit);
}

static ItemEdit *
item_edit_new (gpointer item,
               gboolean remove,
               guint    position)
{
  ItemEdit *edit = g_new0 (ItemEdit, 1);

  edit->item = g_object_ref (item);
  edit->remove = remove;
  edit->position = position;
  return edit;
}

static void
annotation_edit_apply (gpointer target,
                       gpointer data,
                       gboolean undo)
{
  ItemEdit *edit = data;

  if (edit->remove != undo)
    _kutip_document_remove_annotation (target, edit->item);
  else
    _kutip_document_insert_annotation (target, edit->item);
}

static void
relation_edit_apply (gpointer target,
                     gpointer data,
                     gboolean undo)
{
  ItemEdit *edit = data;

  if (edit->remove != undo)
    edit->position = _kutip_document_remove_relation (target, edit->item);
  else
    _kutip_document_insert_relation (target, edit->item, edit->position);
}

static void
entity_edit_apply (gpointer target,
                   gpointer data,
                   gboolean undo)
{
  ItemEdit *edit = data;

  if (edit->remove != undo)
    edit->position = _kutip_document_remove_entity (target, edit->item);
  else
    _kutip_document_insert_entity (target, edit->item, edit->position);
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

static void
record_mention (KutipDocument *self,
                KutipEntity   *entity,
                const char    *annotation_id,
                gboolean       remove)
{
  MentionEdit *edit = g_new0 (MentionEdit, 1);

  edit->entity = g_object_ref (entity);
  edit->annotation_id = g_strdup (annotation_id);
  edit->remove = remove;
  edit->position = G_MAXUINT;
  record (self, mention_edit_apply, edit, mention_edit_free);
}

/* Changing an annotation in place --------------------------------------- */

typedef enum
{
  FIELD_LABEL,
  FIELD_NOTE,
  FIELD_ATTRIBUTE,
  FIELD_STATUS,
  FIELD_BOUNDS,
} Field;

typedef struct
{
  KutipAnnotation *annotation;
  Field            field;
  char            *key;              /* attribute key */
  char            *values[2];        /* old, new: label, note or attribute */
  KutipStatus      status[2];
  guint            start[2];
  guint            end[2];
  GDateTime       *modified[2];
} FieldEdit;

static void
field_edit_free (gpointer data)
{
  FieldEdit *edit = data;

  g_object_unref (edit->annotation);
  g_free (edit->key);
  g_free (edit->values[0]);
  g_free (edit->values[1]);
  g_clear_pointer (&edit->modified[0], g_date_time_unref);
  g_clear_pointer (&edit->modified[1], g_date_time_unref);
  g_free (edit);
}

static void
field_edit_apply (gpointer target,
                  gpointer data,
                  gboolean undo)
{
  KutipDocument *self = target;
  FieldEdit *edit = data;
  KutipAnnotation *annotation = edit->annotation;
  guint which = undo ? 0 : 1;

  g_object_freeze_notify (G_OBJECT (annotation));
  kutip_annotation_set_modified (annotation, edit->modified[which]);

  switch (edit->field)
    {
    case FIELD_LABEL:
      kutip_annotation_set_label (annotation, edit->values[which]);
      break;
    case FIELD_NOTE:
      kutip_annotation_set_note (annotation, edit->values[which]);
      break;
    case FIELD_ATTRIBUTE:
      kutip_annotation_set_attribute (annotation, edit->key, edit->values[which]);
      break;
    case FIELD_STATUS:
      _kutip_document_status_changed (self, edit->status[!which], edit->status[which]);
      kutip_annotation_set_status (annotation, edit->status[which]);
      break;
    case FIELD_BOUNDS:
      g_object_thaw_notify (G_OBJECT (annotation));
      /* Emits items-changed and annotation-changed itself. */
      _kutip_document_move_annotation (self, annotation, edit->start[which], edit->end[which]);
      return;
    default:
      g_assert_not_reached ();
    }

  g_object_thaw_notify (G_OBJECT (annotation));
  _kutip_document_emit_annotation_changed (self, annotation);
}

static FieldEdit *
field_edit_new (KutipAnnotation *annotation,
                Field            field)
{
  FieldEdit *edit = g_new0 (FieldEdit, 1);
  GDateTime *modified = kutip_annotation_get_modified (annotation);

  edit->annotation = g_object_ref (annotation);
  edit->field = field;
  edit->modified[0] = modified ? g_date_time_ref (modified) : NULL;
  edit->modified[1] = g_date_time_new_now_utc ();
  return edit;
}

/* Metadata -------------------------------------------------------------- */

typedef struct
{
  KutipMeta  meta;
  char      *values[2];
} MetaEdit;

static void
meta_edit_free (gpointer data)
{
  MetaEdit *edit = data;

  g_free (edit->values[0]);
  g_free (edit->values[1]);
  g_free (edit);
}

static void
meta_edit_apply (gpointer target,
                 gpointer data,
                 gboolean undo)
{
  MetaEdit *edit = data;

  _kutip_document_set_meta (target, edit->meta, edit->values[undo ? 0 : 1]);
}

static void
edit_meta (KutipDocument *self,
           KutipMeta      meta,
           const char    *value)
{
  MetaEdit *edit;

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (self->meta[meta], value) == 0)
    return;

  edit = g_new0 (MetaEdit, 1);
  edit->meta = meta;
  edit->values[0] = g_strdup (self->meta[meta]);
  edit->values[1] = g_strdup (value);
  record (self, meta_edit_apply, edit, meta_edit_free);
}

/* An empty string clears a metadata field, like %NULL. */
void
kutip_document_set_id (KutipDocument *self,
                       const char    *id)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  edit_meta (self, KUTIP_META_ID, id);
}

void
kutip_document_set_title (KutipDocument *self,
                          const char    *title)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  edit_meta (self, KUTIP_META_TITLE, title);
}

void
kutip_document_set_source (KutipDocument *self,
                           const char    *source)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  edit_meta (self, KUTIP_META_SOURCE, source);
}

void
kutip_document_set_language (KutipDocument *self,
                             const char    *language)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  edit_meta (self, KUTIP_META_LANGUAGE, language);
}

void
kutip_document_set_annotator (KutipDocument *self,
                              const char    *annotator)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  edit_meta (self, KUTIP_META_ANNOTATOR, annotator);
}

static gboolean
is_iso_date (const char *str)
{
  guint year, month, day;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (str[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (str[i]))
        return FALSE;
    }
  if (str[10] != '\0')
    return FALSE;

  year = g_ascii_strtoull (str, NULL, 10);
  month = g_ascii_strtoull (str + 5, NULL, 10);
  day = g_ascii_strtoull (str + 8, NULL, 10);
  return year >= 1 && g_date_valid_dmy (day, month, year);
}

/**
 * kutip_document_set_published:
 * @published: (nullable): "YYYY-MM-DD", or %NULL/"" to clear
 *
 * Fails with %KUTIP_ERROR_INVALID_VALUE if @published is not a real
 * calendar date in that form.
 */
gboolean
kutip_document_set_published (KutipDocument  *self,
                              const char     *published,
                              GError        **error)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (published != NULL && *published != '\0' && !is_iso_date (published))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "Publication date “%s” is not a date of the form YYYY-MM-DD", published);
      return FALSE;
    }

  edit_meta (self, KUTIP_META_PUBLISHED, published);
  return TRUE;
}

/* Actions --------------------------------------------------------------- */

/**
 * kutip_document_begin_action:
 * @name: (nullable): what the user does, e.g. "Delete span"
 *
 * Every edit until the matching kutip_document_end_action() is one undo
 * step. Actions nest.
 */
void
kutip_document_begin_action (KutipDocument *self,
                             const char    *name)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  kutip_history_begin_group (self->history, name);
}

void
kutip_document_end_action (KutipDocument *self)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  kutip_history_end_group (self->history);
}

/* Annotations ----------------------------------------------------------- */

/**
 * kutip_document_add_annotation:
 *
 * Adds @annotation (taking a reference). Without an id it gets the next
 * free "aN". Its covered text is set from the document. Fails with
 * %KUTIP_ERROR_OFFSET for an empty, reversed or out-of-text span,
 * %KUTIP_ERROR_DUPLICATE_ID if the id is taken and
 * %KUTIP_ERROR_INVALID_VALUE without a label.
 */
gboolean
kutip_document_add_annotation (KutipDocument    *self,
                               KutipAnnotation  *annotation,
                               GError          **error)
{
  const char *id;
  guint start, end;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = kutip_annotation_get_id (annotation);
  start = kutip_annotation_get_start (annotation);
  end = kutip_annotation_get_end (annotation);

  if (id != NULL && g_hash_table_contains (self->annotation_by_id, id))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_DUPLICATE_ID,
                   "Annotation id “%s” is already used", id);
      return FALSE;
    }
  if (kutip_annotation_get_label (annotation) == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "Annotation %s at %u–%u has no label", id ? id : "", start, end);
      return FALSE;
    }
  if (!_kutip_document_check_bounds (self, start, end, error))
    return FALSE;

  if (id == NULL)
    {
      g_autofree char *new_id = _kutip_document_next_id (self->annotation_by_id, "a",
                                                         &self->next_annotation);
      kutip_annotation_set_id (annotation, new_id);
    }

  {
    g_autofree char *covered = kutip_text_dup_slice (self->text, start, end);
    kutip_annotation_set_text (annotation, covered);
  }

  record (self, annotation_edit_apply, item_edit_new (annotation, FALSE, 0), item_edit_free);
  return TRUE;
}

static KutipAnnotation *
find_same_span (KutipDocument *self,
                const char    *label,
                guint          start,
                guint          end)
{
  g_autoptr(GPtrArray) found = kutip_document_find_at (self, start);

  for (guint i = 0; i < found->len; i++)
    {
      KutipAnnotation *annotation = g_ptr_array_index (found, i);

      if (kutip_annotation_get_start (annotation) == start &&
          kutip_annotation_get_end (annotation) == end &&
          g_strcmp0 (kutip_annotation_get_label (annotation), label) == 0)
        return annotation;
    }
  return NULL;
}

/**
 * kutip_document_tag:
 * @label: a label of the schema
 * @start: where the selection starts
 * @end: where it ends
 *
 * Manual tagging, one undo step: the span is widened to whole grapheme
 * clusters and trimmed of surrounding spaces; the annotation is accepted,
 * of origin "manual", by the document's annotator, created now. Tagging a
 * span that already has this label accepts that annotation instead.
 *
 * Returns: (transfer none) (nullable): the annotation, or %NULL with
 *   %KUTIP_ERROR_INVALID_VALUE for an unknown label and %KUTIP_ERROR_OFFSET
 *   for a span out of the text or holding only spaces
 */
KutipAnnotation *
kutip_document_tag (KutipDocument  *self,
                    const char     *label,
                    guint           start,
                    guint           end,
                    GError        **error)
{
  g_autoptr(KutipAnnotation) annotation = NULL;
  g_autoptr(GDateTime) now = NULL;
  KutipAnnotation *existing;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kutip_schema_lookup (self->schema, label) == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_VALUE,
                   "Label “%s” is not in the schema", label);
      return NULL;
    }
  if (start > end)
    {
      guint swap = start;
      start = end;
      end = swap;
    }
  if (!_kutip_document_check_bounds (self, start, end, error))
    return NULL;

#ifdef KUTIP_HAVE_TEXT_SNAP
  kutip_text_snap_to_graphemes (self->text, &start, &end);
  kutip_text_trim_span (self->text, &start, &end);
#endif
  if (start >= end)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET,
                   "The selection holds only spaces");
      return NULL;
    }

  if ((existing = find_same_span (self, label, start, end)) != NULL)
    {
      kutip_document_set_annotation_status (self, existing, KUTIP_STATUS_ACCEPTED);
      return existing;
    }

  now = g_date_time_new_now_utc ();
  annotation = kutip_annotation_new (label, start, end);
  kutip_annotation_set_status (annotation, KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_origin (annotation, KUTIP_ORIGIN_MANUAL);
  kutip_annotation_set_author (annotation, self->meta[KUTIP_META_ANNOTATOR]);
  kutip_annotation_set_created (annotation, now);
  kutip_annotation_set_modified (annotation, now);

  if (!kutip_document_add_annotation (self, annotation, error))
    return NULL;
  return annotation;
}

static gboolean
in_document (KutipDocument   *self,
             KutipAnnotation *annotation)
{
  const char *id = kutip_annotation_get_id (annotation);

  return id != NULL && g_hash_table_lookup (self->annotation_by_id, id) == annotation;
}

/**
 * kutip_document_remove_annotation:
 *
 * Removes @annotation, every relation that starts or ends at it and its
 * place in an entity, all in one undo step.
 */
void
kutip_document_remove_annotation (KutipDocument   *self,
                                  KutipAnnotation *annotation)
{
  g_autoptr(GPtrArray) relations = NULL;
  KutipEntity *entity;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (in_document (self, annotation));

  kutip_history_begin_group (self->history, "Delete span");

  relations = kutip_document_relations_of (self, annotation);
  for (guint i = 0; i < relations->len; i++)
    record (self, relation_edit_apply,
            item_edit_new (g_ptr_array_index (relations, i), TRUE, 0), item_edit_free);

  if ((entity = kutip_document_get_entity_for (self, annotation)) != NULL)
    record_mention (self, entity, kutip_annotation_get_id (annotation), TRUE);

  record (self, annotation_edit_apply, item_edit_new (annotation, TRUE, 0), item_edit_free);

  kutip_history_end_group (self->history);
}

/**
 * kutip_document_set_annotation_bounds:
 *
 * Moves @annotation to [@start, @end) (one undo step); it may move in
 * reading order. Fails with %KUTIP_ERROR_OFFSET for a bad span.
 */
gboolean
kutip_document_set_annotation_bounds (KutipDocument    *self,
                                      KutipAnnotation  *annotation,
                                      guint             start,
                                      guint             end,
                                      GError          **error)
{
  FieldEdit *edit;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (in_document (self, annotation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kutip_document_check_bounds (self, start, end, error))
    return FALSE;
  if (start == kutip_annotation_get_start (annotation) &&
      end == kutip_annotation_get_end (annotation))
    return TRUE;

  edit = field_edit_new (annotation, FIELD_BOUNDS);
  edit->start[0] = kutip_annotation_get_start (annotation);
  edit->end[0] = kutip_annotation_get_end (annotation);
  edit->start[1] = start;
  edit->end[1] = end;
  record (self, field_edit_apply, edit, field_edit_free);
  return TRUE;
}

static void
edit_string_field (KutipDocument   *self,
                   KutipAnnotation *annotation,
                   Field            field,
                   const char      *key,
                   const char      *old_value,
                   const char      *value)
{
  FieldEdit *edit;

  if (g_strcmp0 (old_value, value) == 0)
    return;

  edit = field_edit_new (annotation, field);
  edit->key = g_strdup (key);
  edit->values[0] = g_strdup (old_value);
  edit->values[1] = g_strdup (value);
  record (self, field_edit_apply, edit, field_edit_free);
}

void
kutip_document_set_annotation_label (KutipDocument   *self,
                                     KutipAnnotation *annotation,
                                     const char      *label)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (in_document (self, annotation));
  g_return_if_fail (label != NULL);

  edit_string_field (self, annotation, FIELD_LABEL, NULL,
                     kutip_annotation_get_label (annotation), label);
}

void
kutip_document_set_annotation_status (KutipDocument   *self,
                                      KutipAnnotation *annotation,
                                      KutipStatus      status)
{
  FieldEdit *edit;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (in_document (self, annotation));
  g_return_if_fail (status <= KUTIP_STATUS_REJECTED);

  if (kutip_annotation_get_status (annotation) == status)
    return;

  edit = field_edit_new (annotation, FIELD_STATUS);
  edit->status[0] = kutip_annotation_get_status (annotation);
  edit->status[1] = status;
  record (self, field_edit_apply, edit, field_edit_free);
}

/* A %NULL or empty @note removes the note. */
void
kutip_document_set_annotation_note (KutipDocument   *self,
                                    KutipAnnotation *annotation,
                                    const char      *note)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (in_document (self, annotation));

  if (note != NULL && *note == '\0')
    note = NULL;
  edit_string_field (self, annotation, FIELD_NOTE, NULL,
                     kutip_annotation_get_note (annotation), note);
}

/* A %NULL @value removes the attribute. */
void
kutip_document_set_annotation_attribute (KutipDocument   *self,
                                         KutipAnnotation *annotation,
                                         const char      *key,
                                         const char      *value)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (in_document (self, annotation));
  g_return_if_fail (key != NULL);

  edit_string_field (self, annotation, FIELD_ATTRIBUTE, key,
                     kutip_annotation_get_attribute (annotation, key), value);
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

  record (self, relation_edit_apply, item_edit_new (relation, FALSE, G_MAXUINT),
          item_edit_free);
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

  record (self, relation_edit_apply, item_edit_new (relation, TRUE, 0), item_edit_free);
}

/**
 * kutip_document_link:
 * @type: a relation type of the schema, e.g. "said-by"
 *
 * Links @from to @to, removing an earlier link of @type from @from in the
 * same undo step (a claim has one speaker and one date). Linking again to
 * the same end changes nothing.
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
  g_return_val_if_fail (in_document (self, from), NULL);
  g_return_val_if_fail (in_document (self, to), NULL);
  g_return_val_if_fail (kutip_schema_has_relation (self->schema, type), NULL);

  from_id = kutip_annotation_get_id (from);
  to_id = kutip_annotation_get_id (to);
  relations = kutip_document_relations_of (self, from);

  kutip_history_begin_group (self->history, "Link");

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

  record (self, entity_edit_apply, item_edit_new (entity, FALSE, G_MAXUINT), item_edit_free);
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

  record (self, entity_edit_apply, item_edit_new (entity, TRUE, 0), item_edit_free);
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
  record (self, name_edit_apply, edit, name_edit_free);
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

  kutip_history_begin_group (self->history, "Merge entities");
  for (guint i = 0; mentions[i] != NULL; i++)
    {
      record_mention (self, other, mentions[i], TRUE);
      record_mention (self, into, mentions[i], FALSE);
    }
  record (self, entity_edit_apply, item_edit_new (other, TRUE, 0), item_edit_free);
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
  g_return_if_fail (in_document (self, mention));

  id = kutip_annotation_get_id (mention);
  current = g_hash_table_lookup (self->entity_by_mention, id);
  if (current == entity)
    return;

  kutip_history_begin_group (self->history, "Add mention");
  if (current != NULL)
    record_mention (self, current, id, TRUE);
  record_mention (self, entity, id, FALSE);
  kutip_history_end_group (self->history);
}
