/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-entity.c: one speaker identity over several mentions. */

#define G_LOG_DOMAIN "kutip-entity"

#include "config.h"

#include "kutip-entity.h"

struct _KutipEntity
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  GPtrArray  *mentions;  /* annotation ids, owned, NULL-terminated */
  /* The same ids (borrowed from @mentions) once there are many: a person
   * named in a long article has thousands of mentions, and each one added
   * is checked against the others. */
  GHashTable *mention_set;
  JsonObject *extra;
};

#define MENTION_SET_MIN 32

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_N_MENTIONS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipEntity, kutip_entity, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static void
kutip_entity_finalize (GObject *object)
{
  KutipEntity *self = (KutipEntity *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->mention_set, g_hash_table_unref);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (kutip_entity_parent_class)->finalize (object);
}

static void
kutip_entity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KutipEntity *self = KUTIP_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, self->mentions->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_entity_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KutipEntity *self = KUTIP_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      kutip_entity_set_id (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      kutip_entity_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_entity_class_init (KutipEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_entity_finalize;
  object_class->get_property = kutip_entity_get_property;
  object_class->set_property = kutip_entity_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_N_MENTIONS] = g_param_spec_uint ("n-mentions", NULL, NULL,
                                                   0, G_MAXUINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kutip_entity_init (KutipEntity *self)
{
  self->mentions = g_ptr_array_new_null_terminated (2, g_free, TRUE);
}

/**
 * kutip_entity_new:
 * @name: the canonical name, e.g. "Joe Biden"
 *
 * Returns: (transfer full): a new entity without id or mentions
 */
KutipEntity *
kutip_entity_new (const char *name)
{
  return g_object_new (KUTIP_TYPE_ENTITY, "name", name, NULL);
}

const char *
kutip_entity_get_id (KutipEntity *self)
{
  g_return_val_if_fail (KUTIP_IS_ENTITY (self), NULL);
  return self->id;
}

void
kutip_entity_set_id (KutipEntity *self,
                     const char  *id)
{
  g_return_if_fail (KUTIP_IS_ENTITY (self));

  if (g_strcmp0 (self->id, id) != 0)
    {
      g_free (self->id);
      self->id = g_strdup (id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
kutip_entity_get_name (KutipEntity *self)
{
  g_return_val_if_fail (KUTIP_IS_ENTITY (self), NULL);
  return self->name;
}

void
kutip_entity_set_name (KutipEntity *self,
                       const char  *name)
{
  g_return_if_fail (KUTIP_IS_ENTITY (self));

  if (g_strcmp0 (self->name, name) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
}

/**
 * kutip_entity_get_mentions:
 * @n_mentions: (out) (optional): the number of mentions
 *
 * Returns: (transfer none) (array zero-terminated=1): annotation ids in
 *   insertion order
 */
const char * const *
kutip_entity_get_mentions (KutipEntity *self,
                           guint       *n_mentions)
{
  g_return_val_if_fail (KUTIP_IS_ENTITY (self), NULL);

  if (n_mentions != NULL)
    *n_mentions = self->mentions->len;
  return (const char * const *)self->mentions->pdata;
}

/**
 * kutip_entity_find_mention:
 * @position: (out) (optional): where @annotation_id is in the mentions
 *
 * Returns: %TRUE if @annotation_id is a mention of the entity
 */
gboolean
kutip_entity_find_mention (KutipEntity *self,
                           const char  *annotation_id,
                           guint       *position)
{
  g_return_val_if_fail (KUTIP_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (annotation_id != NULL, FALSE);

  if (self->mention_set != NULL &&
      (position == NULL || !g_hash_table_contains (self->mention_set, annotation_id)))
    return g_hash_table_contains (self->mention_set, annotation_id);

  /* From the end: undo takes back the mention added last first. */
  for (guint i = self->mentions->len; i > 0; i--)
    {
      if (g_str_equal (g_ptr_array_index (self->mentions, i - 1), annotation_id))
        {
          if (position != NULL)
            *position = i - 1;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
kutip_entity_has_mention (KutipEntity *self,
                          const char  *annotation_id)
{
  return kutip_entity_find_mention (self, annotation_id, NULL);
}

/* Inserts @annotation_id at @position (clamped to the end); does nothing if
 * it is a mention already. */
void
kutip_entity_insert_mention (KutipEntity *self,
                             const char  *annotation_id,
                             guint        position)
{
  char *id;

  g_return_if_fail (KUTIP_IS_ENTITY (self));
  g_return_if_fail (annotation_id != NULL);

  if (kutip_entity_has_mention (self, annotation_id))
    return;

  id = g_strdup (annotation_id);
  g_ptr_array_insert (self->mentions, MIN (position, self->mentions->len), id);
  if (self->mention_set != NULL)
    g_hash_table_add (self->mention_set, id);
  else if (self->mentions->len >= MENTION_SET_MIN)
    {
      self->mention_set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->mentions->len; i++)
        g_hash_table_add (self->mention_set, g_ptr_array_index (self->mentions, i));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MENTIONS]);
}

void
kutip_entity_add_mention (KutipEntity *self,
                          const char  *annotation_id)
{
  kutip_entity_insert_mention (self, annotation_id, G_MAXUINT);
}

gboolean
kutip_entity_remove_mention (KutipEntity *self,
                             const char  *annotation_id)
{
  guint position;

  if (!kutip_entity_find_mention (self, annotation_id, &position))
    return FALSE;

  if (self->mention_set != NULL)
    g_hash_table_remove (self->mention_set, annotation_id);
  g_ptr_array_remove_index (self->mentions, position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MENTIONS]);
  return TRUE;
}

/**
 * kutip_entity_get_extra:
 * Returns: (nullable) (transfer none): unknown members of the stored object
 */
JsonObject *
kutip_entity_get_extra (KutipEntity *self)
{
  g_return_val_if_fail (KUTIP_IS_ENTITY (self), NULL);
  return self->extra;
}

void
kutip_entity_set_extra (KutipEntity *self,
                        JsonObject  *extra)
{
  g_return_if_fail (KUTIP_IS_ENTITY (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}
