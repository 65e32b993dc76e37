/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-document.c: an article with its metadata, annotations (reading
 * order, interval-indexed), relations and entities: the object, its
 * queries, and the signals of the raw operations edits are made of (held
 * and merged during an action). Undoable edits are in
 * kutip-document-edits.c and -links.c, undo and redo in -history.c. */

#define G_LOG_DOMAIN "kutip-document"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kutip-document-private.h"
#include "kutip-enums.h"
#include "kutip-error.h"

enum {
  PROP_0,
  PROP_TEXT,
  PROP_SCHEMA,
  PROP_ID,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_LANGUAGE,
  PROP_PUBLISHED,
  PROP_ANNOTATOR,
  PROP_STATUS,
  PROP_PATH,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_N_PENDING,
  PROP_N_PENDING_LINKS,
  N_PROPS
};

enum {
  ANNOTATION_CHANGED,
  RELATIONS_CHANGED,
  ENTITIES_CHANGED,
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KutipDocument, kutip_document, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static const guint meta_props[KUTIP_META_N] = {
  [KUTIP_META_ID] = PROP_ID,
  [KUTIP_META_TITLE] = PROP_TITLE,
  [KUTIP_META_SOURCE] = PROP_SOURCE,
  [KUTIP_META_LANGUAGE] = PROP_LANGUAGE,
  [KUTIP_META_PUBLISHED] = PROP_PUBLISHED,
  [KUTIP_META_ANNOTATOR] = PROP_ANNOTATOR,
  [KUTIP_META_STATUS] = PROP_STATUS,
};

static void
history_notify_cb (KutipDocument *self,
                   GParamSpec    *pspec,
                   KutipHistory  *history)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "can-undo"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  else if (g_str_equal (name, "can-redo"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  else if (g_str_equal (name, "at-saved-state"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
kutip_document_dispose (GObject *object)
{
  KutipDocument *self = (KutipDocument *)object;

  /* The history's steps hold annotations, relations and entities; drop them
   * before the model. */
  if (self->history != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->history, self);
      g_clear_object (&self->history);
    }

  G_OBJECT_CLASS (kutip_document_parent_class)->dispose (object);
}

static void
kutip_document_finalize (GObject *object)
{
  KutipDocument *self = (KutipDocument *)object;

  for (guint i = 0; i < KUTIP_META_N; i++)
    g_clear_pointer (&self->meta[i], g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->text, kutip_text_unref);
  g_clear_object (&self->schema);
  g_clear_pointer (&self->entity_by_mention, g_hash_table_unref);
  g_clear_pointer (&self->relations_by_end, g_hash_table_unref);
  g_clear_pointer (&self->annotation_by_id, g_hash_table_unref);
  g_clear_pointer (&self->relation_by_id, g_hash_table_unref);
  g_clear_pointer (&self->entity_by_id, g_hash_table_unref);
  g_clear_object (&self->annotations);
  g_clear_object (&self->relations);
  g_clear_object (&self->entities);

  G_OBJECT_CLASS (kutip_document_parent_class)->finalize (object);
}

static void
kutip_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KutipDocument *self = KUTIP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_boxed (value, self->text);
      break;
    case PROP_SCHEMA:
      g_value_set_object (value, self->schema);
      break;
    case PROP_ID:
      g_value_set_string (value, self->meta[KUTIP_META_ID]);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->meta[KUTIP_META_TITLE]);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->meta[KUTIP_META_SOURCE]);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->meta[KUTIP_META_LANGUAGE]);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->meta[KUTIP_META_PUBLISHED]);
      break;
    case PROP_ANNOTATOR:
      g_value_set_string (value, self->meta[KUTIP_META_ANNOTATOR]);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, kutip_document_get_status (self));
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, kutip_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kutip_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kutip_document_can_redo (self));
      break;
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;
    case PROP_N_PENDING_LINKS:
      g_value_set_uint (value, self->n_pending_links);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_document_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KutipDocument *self = KUTIP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      self->text = g_value_dup_boxed (value);
      break;
    case PROP_SCHEMA:
      kutip_document_set_schema (self, g_value_get_object (value));
      break;
    case PROP_ID:
      kutip_document_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      kutip_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      kutip_document_set_source (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      kutip_document_set_language (self, g_value_get_string (value));
      break;
    case PROP_PUBLISHED:
      {
        g_autoptr(GError) error = NULL;

        if (!kutip_document_set_published (self, g_value_get_string (value), &error))
          g_critical ("%s", error->message);
      }
      break;
    case PROP_ANNOTATOR:
      kutip_document_set_annotator (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      kutip_document_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PATH:
      kutip_document_set_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_document_constructed (GObject *object)
{
  KutipDocument *self = (KutipDocument *)object;

  G_OBJECT_CLASS (kutip_document_parent_class)->constructed (object);

  if (self->text == NULL)
    self->text = kutip_text_new ("", 0, NULL);
}

static void
kutip_document_class_init (KutipDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kutip_document_dispose;
  object_class->finalize = kutip_document_finalize;
  object_class->constructed = kutip_document_constructed;
  object_class->get_property = kutip_document_get_property;
  object_class->set_property = kutip_document_set_property;

  properties[PROP_TEXT] = g_param_spec_boxed ("text", NULL, NULL, KUTIP_TYPE_TEXT,
                                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                              G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHEMA] = g_param_spec_object ("schema", NULL, NULL, KUTIP_TYPE_SCHEMA, rw);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, rw);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, rw);
  properties[PROP_PUBLISHED] = g_param_spec_string ("published", NULL, NULL, NULL, rw);
  properties[PROP_ANNOTATOR] = g_param_spec_string ("annotator", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL,
                                               KUTIP_TYPE_DOCUMENT_STATUS,
                                               KUTIP_DOCUMENT_STATUS_NEW, rw);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, rw);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_N_PENDING] = g_param_spec_uint ("n-pending", NULL, NULL,
                                                  0, G_MAXUINT, 0, ro);
  properties[PROP_N_PENDING_LINKS] = g_param_spec_uint ("n-pending-links", NULL, NULL,
                                                        0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ANNOTATION_CHANGED] = g_signal_new ("annotation-changed",
                                              G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 1, KUTIP_TYPE_ANNOTATION);
  signals[RELATIONS_CHANGED] = g_signal_new ("relations-changed",
                                             G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  signals[ENTITIES_CHANGED] = g_signal_new ("entities-changed",
                                            G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
kutip_document_init (KutipDocument *self)
{
  self->schema = kutip_schema_new_default ();
  self->annotations = kutip_annotation_index_new ();
  self->relations = g_list_store_new (KUTIP_TYPE_RELATION);
  self->entities = g_list_store_new (KUTIP_TYPE_ENTITY);
  /* Keyed by the annotation's own id string (which must not change while
   * it is in the document): no copy of 100,000 ids. */
  self->annotation_by_id = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                  NULL, g_object_unref);
  self->relation_by_id = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                g_free, g_object_unref);
  self->entity_by_id = g_hash_table_new_full (g_str_hash, g_str_equal,
                                              g_free, g_object_unref);
  self->relations_by_end = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                  g_free, (GDestroyNotify)g_ptr_array_unref);
  self->entity_by_mention = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->next_annotation = self->next_relation = self->next_entity = 1;

  self->history = kutip_history_new (self);
  g_signal_connect_swapped (self->history, "notify", G_CALLBACK (history_notify_cb), self);
}

/**
 * kutip_document_new:
 * @text: (nullable): the article text; %NULL for an empty one
 *
 * Returns: (transfer full): a document with the default schema
 */
KutipDocument *
kutip_document_new (KutipText *text)
{
  return g_object_new (KUTIP_TYPE_DOCUMENT, "text", text, NULL);
}

/**
 * kutip_document_new_from_string:
 * @utf8: the article text
 * @n_bytes: its length, or -1 if nul-terminated
 *
 * Returns: (transfer full) (nullable): a document, or %NULL if @utf8 is not
 *   valid UTF-8
 */
KutipDocument *
kutip_document_new_from_string (const char  *utf8,
                                gssize       n_bytes,
                                GError     **error)
{
  g_autoptr(KutipText) text = NULL;

  g_return_val_if_fail (utf8 != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(text = kutip_text_new (utf8, n_bytes, error)))
    return NULL;
  return kutip_document_new (text);
}

/**
 * kutip_document_get_text:
 * Returns: (transfer none): the article text
 */
KutipText *
kutip_document_get_text (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->text;
}

/**
 * kutip_document_get_schema:
 * Returns: (transfer none): the label schema in use
 */
KutipSchema *
kutip_document_get_schema (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->schema;
}

/* Replaces the schema (not recorded in history). */
void
kutip_document_set_schema (KutipDocument *self,
                           KutipSchema   *schema)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));
  g_return_if_fail (schema == NULL || KUTIP_IS_SCHEMA (schema));

  if (schema == NULL)
    {
      g_autoptr(KutipSchema) fallback = kutip_schema_new_default ();
      g_set_object (&self->schema, fallback);
    }
  else if (!g_set_object (&self->schema, schema))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEMA]);
  _kutip_document_emit_changed (self);
}

void
_kutip_document_set_meta (KutipDocument *self,
                          KutipMeta      meta,
                          const char    *value)
{
  g_assert (meta < KUTIP_META_N);

  if (g_strcmp0 (self->meta[meta], value) == 0)
    return;

  g_free (self->meta[meta]);
  self->meta[meta] = g_strdup (value);
  if (meta != KUTIP_META_STATUS)
    g_object_notify_by_pspec (G_OBJECT (self), properties[meta_props[meta]]);
  _kutip_document_emit_changed (self);
}

const char *
kutip_document_get_id (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->meta[KUTIP_META_ID];
}

const char *
kutip_document_get_title (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->meta[KUTIP_META_TITLE];
}

const char *
kutip_document_get_source (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->meta[KUTIP_META_SOURCE];
}

const char *
kutip_document_get_language (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->meta[KUTIP_META_LANGUAGE];
}

/**
 * kutip_document_get_published:
 * Returns: (nullable) (transfer none): the publication date, "YYYY-MM-DD"
 */
const char *
kutip_document_get_published (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->meta[KUTIP_META_PUBLISHED];
}

const char *
kutip_document_get_annotator (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->meta[KUTIP_META_ANNOTATOR];
}

/**
 * kutip_document_get_status:
 *
 * Where the document stands in the work: the status stored in its
 * metadata, or, when none is stored, in progress once a person has decided
 * an annotation (accepted or rejected; suggestions alone leave it new).
 *
 * Returns: the document's status
 */
KutipDocumentStatus
kutip_document_get_status (KutipDocument *self)
{
  KutipDocumentStatus status;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), KUTIP_DOCUMENT_STATUS_NEW);

  if (kutip_document_status_from_string (self->meta[KUTIP_META_STATUS], &status))
    return status;
  return kutip_document_derive_status (kutip_document_get_n_annotations (self),
                                       self->n_pending);
}

/**
 * kutip_document_has_status:
 *
 * Returns: %TRUE if a status is stored in the metadata (someone set it),
 *   %FALSE if kutip_document_get_status() derives it
 */
gboolean
kutip_document_has_status (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  return self->meta[KUTIP_META_STATUS] != NULL;
}

/**
 * kutip_document_derive_status:
 * @n_annotations: the document's annotations
 * @n_pending: how many of them are pending suggestions
 *
 * The status of a document that stores none: in progress once a person has
 * decided an annotation, otherwise new. The project index uses it too.
 */
KutipDocumentStatus
kutip_document_derive_status (guint n_annotations,
                              guint n_pending)
{
  return n_annotations > n_pending ? KUTIP_DOCUMENT_STATUS_IN_PROGRESS
                                   : KUTIP_DOCUMENT_STATUS_NEW;
}

/**
 * kutip_document_get_path:
 * Returns: (nullable) (transfer none): where the document is saved
 */
const char *
kutip_document_get_path (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->path;
}

/* Not an edit of the document's content: not recorded, no "changed". */
void
kutip_document_set_path (KutipDocument *self,
                         const char    *path)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

/**
 * kutip_document_get_extra:
 * Returns: (nullable) (transfer none): unknown top-level members of the file
 */
JsonObject *
kutip_document_get_extra (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return self->extra;
}

void
kutip_document_set_extra (KutipDocument *self,
                          JsonObject    *extra)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/**
 * kutip_document_get_annotations:
 * Returns: (transfer none): a #GListModel of #KutipAnnotation in reading
 *   order
 */
GListModel *
kutip_document_get_annotations (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->annotations);
}

/**
 * kutip_document_get_relations:
 * Returns: (transfer none): a #GListModel of #KutipRelation in the order
 *   they were added
 */
GListModel *
kutip_document_get_relations (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->relations);
}

/**
 * kutip_document_get_entities:
 * Returns: (transfer none): a #GListModel of #KutipEntity
 */
GListModel *
kutip_document_get_entities (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->entities);
}

guint
kutip_document_get_n_annotations (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), 0);
  return kutip_annotation_index_get_size (self->annotations);
}

/* Number of annotations still pending review. */
guint
kutip_document_get_n_pending (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), 0);
  return self->n_pending;
}

/* Number of relations (links) still pending review. */
guint
kutip_document_get_n_pending_links (KutipDocument *self)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), 0);
  return self->n_pending_links;
}

/**
 * kutip_document_lookup_annotation:
 * Returns: (nullable) (transfer none): the annotation with @id
 */
KutipAnnotation *
kutip_document_lookup_annotation (KutipDocument *self,
                                  const char    *id)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->annotation_by_id, id) : NULL;
}

/**
 * kutip_document_lookup_relation:
 * Returns: (nullable) (transfer none): the relation with @id
 */
KutipRelation *
kutip_document_lookup_relation (KutipDocument *self,
                                const char    *id)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->relation_by_id, id) : NULL;
}

/**
 * kutip_document_lookup_entity:
 * Returns: (nullable) (transfer none): the entity with @id
 */
KutipEntity *
kutip_document_lookup_entity (KutipDocument *self,
                              const char    *id)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->entity_by_id, id) : NULL;
}

/**
 * kutip_document_get_position:
 * @position: (out) (optional): where @annotation is in the annotations model
 *
 * O(log n).
 *
 * Returns: %TRUE if @annotation is in the document
 */
gboolean
kutip_document_get_position (KutipDocument   *self,
                             KutipAnnotation *annotation,
                             guint           *position)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), FALSE);

  return kutip_annotation_index_find (self->annotations, annotation, position);
}

/**
 * kutip_document_find_at:
 *
 * The annotations covering the code point at @offset, in O(log n + k)
 * expected time.
 *
 * Returns: (transfer container) (element-type KutipAnnotation): the
 *   annotations with start <= @offset < end, in reading order
 */
GPtrArray *
kutip_document_find_at (KutipDocument *self,
                        guint          offset)
{
  GPtrArray *found;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);

  found = g_ptr_array_new ();
  if (offset < G_MAXUINT)
    kutip_annotation_index_overlapping (self->annotations, offset, offset + 1, found);
  return found;
}

/**
 * kutip_document_find_in_range:
 *
 * The annotations overlapping [@start, @end), as kutip_annotation_overlaps()
 * says; an empty range is a position, as in kutip_document_find_at().
 *
 * Returns: (transfer container) (element-type KutipAnnotation): the
 *   annotations in reading order
 */
GPtrArray *
kutip_document_find_in_range (KutipDocument *self,
                              guint          start,
                              guint          end)
{
  GPtrArray *found;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (start <= end, NULL);

  if (start == end)
    return kutip_document_find_at (self, start);

  found = g_ptr_array_new ();
  kutip_annotation_index_overlapping (self->annotations, start, end, found);
  return found;
}

guint
kutip_document_lower_bound (KutipDocument *self,
                            guint          offset)
{
  g_return_val_if_fail (KUTIP_IS_DOCUMENT (self), 0);
  return kutip_annotation_index_lower_bound (self->annotations, offset);
}

/* Signals for the raw operations (kutip-document-contents.c) ----------- */

/* Notified once per action: the review bar updates once for Accept All. */
void
_kutip_document_set_n_pending (KutipDocument *self,
                               guint          n_pending)
{
  self->n_pending = n_pending;
  if (self->signals_held == 0 && self->n_pending_notified != n_pending)
    {
      self->n_pending_notified = n_pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
    }
}

void
_kutip_document_set_n_pending_links (KutipDocument *self,
                                     guint          n_pending_links)
{
  self->n_pending_links = n_pending_links;
  if (self->signals_held == 0 && self->n_pending_links_notified != n_pending_links)
    {
      self->n_pending_links_notified = n_pending_links;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING_LINKS]);
    }
}

void
_kutip_document_relation_status_changed (KutipDocument *self,
                                         KutipStatus    old_status,
                                         KutipStatus    new_status)
{
  guint n = self->n_pending_links;

  if (old_status == KUTIP_STATUS_PENDING)
    n--;
  if (new_status == KUTIP_STATUS_PENDING)
    n++;
  _kutip_document_set_n_pending_links (self, n);
}

void
_kutip_document_status_changed (KutipDocument *self,
                                KutipStatus    old_status,
                                KutipStatus    new_status)
{
  guint n = self->n_pending;

  if (old_status == KUTIP_STATUS_PENDING)
    n--;
  if (new_status == KUTIP_STATUS_PENDING)
    n++;
  _kutip_document_set_n_pending (self, n);
}

void
_kutip_document_emit_annotation_changed (KutipDocument   *self,
                                         KutipAnnotation *annotation)
{
  g_signal_emit (self, signals[ANNOTATION_CHANGED], 0, annotation);
  _kutip_document_emit_changed (self);
}

/* Emits @signal now, or at the end of the action when signals are held. */
static void
emit_or_hold (KutipDocument *self,
              guint          signal)
{
  if (self->signals_held > 0)
    self->signals_pending |= 1u << signal;
  else
    g_signal_emit (self, signals[signal], 0);
}

void
_kutip_document_annotations_changed (KutipDocument *self,
                                     guint          position,
                                     guint          removed,
                                     guint          added)
{
  guint n_before, tail;

  if (self->signals_held == 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self->annotations), position, removed, added);
      return;
    }

  /* Every change keeps the items before @position and those after the
   * removed ones; what all changes keep stays out of the merged one. */
  n_before = kutip_annotation_index_get_size (self->annotations) - added + removed;
  tail = n_before - position - removed;
  if (!self->changes_held)
    {
      self->changes_held = TRUE;
      self->changes_head = position;
      self->changes_tail = tail;
      self->changes_old_n = n_before;
    }
  else
    {
      self->changes_head = MIN (self->changes_head, position);
      self->changes_tail = MIN (self->changes_tail, tail);
    }
}

/* The derived status follows the annotations: it is looked at with every
 * change (two comparisons) rather than in each raw operation. */
static void
notify_status (KutipDocument *self)
{
  KutipDocumentStatus status = kutip_document_get_status (self);

  if (status != self->status_notified)
    {
      self->status_notified = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

/* Emits what waits: the annotations' items-changed, n-pending, status,
 * then the other signals in the order a single edit emits them. */
static void
emit_held (KutipDocument *self)
{
  if (self->changes_held)
    {
      guint n = kutip_annotation_index_get_size (self->annotations);
      guint head = self->changes_head, tail = self->changes_tail;
      guint removed = self->changes_old_n - head - tail;
      guint added = n - head - tail;

      self->changes_held = FALSE;
      if (removed > 0 || added > 0)
        g_list_model_items_changed (G_LIST_MODEL (self->annotations), head, removed, added);
    }
  if (self->n_pending_notified != self->n_pending)
    {
      self->n_pending_notified = self->n_pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
    }
  if (self->n_pending_links_notified != self->n_pending_links)
    {
      self->n_pending_links_notified = self->n_pending_links;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING_LINKS]);
    }
  notify_status (self);
  for (guint signal = RELATIONS_CHANGED; signal <= CHANGED; signal++)
    if (self->signals_pending & (1u << signal))
      {
        self->signals_pending &= ~(1u << signal);
        g_signal_emit (self, signals[signal], 0);
      }
}

void
_kutip_document_hold_signals (KutipDocument *self)
{
  self->signals_held++;
}

void
_kutip_document_release_signals (KutipDocument *self)
{
  g_return_if_fail (self->signals_held > 0);

  if (--self->signals_held > 0)
    return;
  emit_held (self);
}

/**
 * kutip_document_flush_signals:
 *
 * Inside an action, emits now what waits for its end (one items-changed
 * for the annotations changed so far, n-pending, "changed"…) and goes on
 * holding: an action done a batch at a time calls it after each batch, so
 * views show a consistent model whenever the main loop runs. Outside an
 * action it does nothing.
 */
void
kutip_document_flush_signals (KutipDocument *self)
{
  g_return_if_fail (KUTIP_IS_DOCUMENT (self));

  if (self->signals_held == 0)
    return;
  /* A handler's own edit is emitted at once, not merged with this batch. */
  {
    guint held = self->signals_held;

    self->signals_held = 0;
    emit_held (self);
    self->signals_held = held;
  }
}

void
_kutip_document_emit_entities_changed (KutipDocument *self)
{
  emit_or_hold (self, ENTITIES_CHANGED);
  _kutip_document_emit_changed (self);
}

void
_kutip_document_emit_relations_changed (KutipDocument *self)
{
  emit_or_hold (self, RELATIONS_CHANGED);
  _kutip_document_emit_changed (self);
}

void
_kutip_document_emit_changed (KutipDocument *self)
{
  /* While signals are held the status waits too: emit_held() looks at it
   * once, after the annotations' items-changed it is derived from. */
  if (self->signals_held == 0)
    notify_status (self);
  emit_or_hold (self, CHANGED);
}
