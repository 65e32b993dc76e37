/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document-edits.c: KutipDocument's undoable edits. Each edit is a
 * command (data plus a function that applies or reverts it) that is applied
 * once and then pushed on the history; one public call is one undo step,
 * or part of the caller's step between begin_action and end_action. */

#define G_LOG_DOMAIN "kutip-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kutip-document-private.h"
#include "kutip-error.h"

/* Applies an edit and pushes it on the history. */
void
_kutip_document_record (KutipDocument  *self,
                        KutipEditFunc   func,
                        gpointer        data,
                        GDestroyNotify  data_free)
{
  /* Between the batches of an undo or redo the model is half way: an edit
   * there could not be undone in order. */
  if (self->replay_open && !self->replay_running)
    {
      g_critical ("An edit of the document while an undo or redo is being applied was refused");
      data_free (data);
      return;
    }
  func (self, data, FALSE);
  kutip_history_push (self->history, func, data, data_free);
}

/* Adding and removing items ------------------------------------------------ */

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

/* Records adding (or removing, if @remove) @item with @func. */
void
_kutip_document_record_item (KutipDocument *self,
                             KutipEditFunc  func,
                             gpointer       item,
                             gboolean       remove,
                             guint          position)
{
  _kutip_document_record (self, func, item_edit_new (item, remove, position), item_edit_free);
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
      _kutip_document_count_links_of (self, annotation, -1);
      kutip_annotation_set_status (annotation, edit->status[which]);
      _kutip_document_count_links_of (self, annotation, 1);
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
  _kutip_document_record (self, meta_edit_apply, edit, meta_edit_free);
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

/* Stores @status in the metadata (one undo step). */
void
kutip_document_set_status (KutipDocument       *self,
                           KutipDocumentStatus  status)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (status < KUTIP_DOCUMENT_N_STATUSES);
  edit_meta (self, KUTIP_META_STATUS, kutip_document_status_to_string (status));
}

/* Stores no status: kutip_document_get_status() derives it again. */
void
kutip_document_clear_status (KutipDocument *self)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  edit_meta (self, KUTIP_META_STATUS, NULL);
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
                   "Publication date “%s” is not a real date written YYYY-MM-DD", published);
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
  g_return_if_fail (!self->replay_open);
  kutip_history_begin_group (self->history, name);
  _kutip_document_hold_signals (self);
}

void
kutip_document_end_action (KutipDocument *self)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  kutip_history_end_group (self->history);
  _kutip_document_release_signals (self);
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

  _kutip_document_record_item (self, annotation_edit_apply, annotation, FALSE, 0);
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

  kutip_text_snap_to_graphemes (self->text, &start, &end);
  kutip_text_trim_span (self->text, &start, &end);
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

gboolean
_kutip_document_has_annotation (KutipDocument   *self,
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
  g_return_if_fail (_kutip_document_has_annotation (self, annotation));

  kutip_history_begin_group (self->history, _("Delete Span"));

  relations = kutip_document_relations_of (self, annotation);
  for (guint i = 0; i < relations->len; i++)
    kutip_document_remove_relation (self, g_ptr_array_index (relations, i));

  if ((entity = kutip_document_get_entity_for (self, annotation)) != NULL)
    _kutip_document_record_mention (self, entity, kutip_annotation_get_id (annotation), TRUE);

  _kutip_document_record_item (self, annotation_edit_apply, annotation, TRUE, 0);

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
  g_return_val_if_fail (_kutip_document_has_annotation (self, annotation), FALSE);
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
  _kutip_document_record (self, field_edit_apply, edit, field_edit_free);
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
  _kutip_document_record (self, field_edit_apply, edit, field_edit_free);
}

void
kutip_document_set_annotation_label (KutipDocument   *self,
                                     KutipAnnotation *annotation,
                                     const char      *label)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (_kutip_document_has_annotation (self, annotation));
  g_return_if_fail (label != NULL);

  edit_string_field (self, annotation, FIELD_LABEL, NULL,
                     kutip_annotation_get_label (annotation), label);
}

/**
 * kutip_document_set_annotation_status:
 *
 * Reviews @annotation, deciding its links with it in the same undo step:
 * accepting it accepts each of its pending links whose other end is
 * accepted too (an accepted claim and speaker are linked as suggested);
 * rejecting it rejects every link it has. Accepting an annotation that is
 * accepted already still accepts such links.
 */
void
kutip_document_set_annotation_status (KutipDocument   *self,
                                      KutipAnnotation *annotation,
                                      KutipStatus      status)
{
  FieldEdit *edit;

  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (_kutip_document_has_annotation (self, annotation));
  g_return_if_fail (status <= KUTIP_STATUS_REJECTED);

  kutip_history_begin_group (self->history,
                             status == KUTIP_STATUS_ACCEPTED ? _("Accept")
                             : status == KUTIP_STATUS_REJECTED ? _("Reject") : NULL);
  if (kutip_annotation_get_status (annotation) != status)
    {
      edit = field_edit_new (annotation, FIELD_STATUS);
      edit->status[0] = kutip_annotation_get_status (annotation);
      edit->status[1] = status;
      _kutip_document_record (self, field_edit_apply, edit, field_edit_free);
    }
  _kutip_document_review_links_of (self, annotation, status);
  kutip_history_end_group (self->history);
}

/* A %NULL or empty @note removes the note. */
void
kutip_document_set_annotation_note (KutipDocument   *self,
                                    KutipAnnotation *annotation,
                                    const char      *note)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (KUTIP_IS_ANNOTATION (annotation));
  g_return_if_fail (_kutip_document_has_annotation (self, annotation));

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
  g_return_if_fail (_kutip_document_has_annotation (self, annotation));
  g_return_if_fail (key != NULL);

  edit_string_field (self, annotation, FIELD_ATTRIBUTE, key,
                     kutip_annotation_get_attribute (annotation, key), value);
}
