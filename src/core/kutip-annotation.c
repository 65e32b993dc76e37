/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation.c: one labelled span of the article. */

#define G_LOG_DOMAIN "kutip-annotation"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kutip-annotation.h"
#include "kutip-enums.h"

struct _KutipAnnotation
{
  GObject      parent_instance;

  char        *id;
  const char  *label;       /* interned: a document has few labels, origins */
  guint        start;       /* and authors but may have 100,000 annotations */
  guint        end;
  char        *text;
  KutipStatus  status;
  const char  *origin;      /* interned */
  double       confidence;
  char        *note;
  const char  *author;      /* interned */
  GDateTime   *created;
  GDateTime   *modified;
  /* Attributes as pairs: interned key, owned value; usually one or none,
   * so an array is smaller and faster than a hash table. */
  guint        n_attributes;
  char       **attributes;
  JsonObject  *extra;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_STATUS,
  PROP_ORIGIN,
  PROP_CONFIDENCE,
  PROP_NOTE,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipAnnotation, kutip_annotation, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

/* Replaces *@ptr by a copy of @str; TRUE if the value changed.
 * (g_set_str is GLib 2.76.) */
static gboolean
set_str (char       **ptr,
         const char  *str)
{
  if (g_strcmp0 (*ptr, str) == 0)
    return FALSE;

  g_free (*ptr);
  *ptr = g_strdup (str);
  return TRUE;
}

/* Same for interned strings. */
static gboolean
set_interned (const char **ptr,
              const char  *str)
{
  const char *interned = g_intern_string (str);

  if (*ptr == interned)
    return FALSE;
  *ptr = interned;
  return TRUE;
}

static gboolean
set_date_time (GDateTime **ptr,
               GDateTime  *value)
{
  if (*ptr == value || (*ptr != NULL && value != NULL && g_date_time_equal (*ptr, value)))
    return FALSE;

  g_clear_pointer (ptr, g_date_time_unref);
  if (value != NULL)
    *ptr = g_date_time_ref (value);
  return TRUE;
}

static void
kutip_annotation_finalize (GObject *object)
{
  KutipAnnotation *self = (KutipAnnotation *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  for (guint i = 0; i < self->n_attributes; i++)
    g_free (self->attributes[2 * i + 1]);
  g_clear_pointer (&self->attributes, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (kutip_annotation_parent_class)->finalize (object);
}

static void
kutip_annotation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KutipAnnotation *self = KUTIP_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_annotation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KutipAnnotation *self = KUTIP_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      kutip_annotation_set_id (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      kutip_annotation_set_label (self, g_value_get_string (value));
      break;
    case PROP_START:
      kutip_annotation_set_bounds (self, g_value_get_uint (value), MAX (self->end,
                                                                        g_value_get_uint (value)));
      break;
    case PROP_END:
      kutip_annotation_set_bounds (self, MIN (self->start, g_value_get_uint (value)),
                                   g_value_get_uint (value));
      break;
    case PROP_TEXT:
      kutip_annotation_set_text (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      kutip_annotation_set_status (self, g_value_get_enum (value));
      break;
    case PROP_ORIGIN:
      kutip_annotation_set_origin (self, g_value_get_string (value));
      break;
    case PROP_CONFIDENCE:
      kutip_annotation_set_confidence (self, g_value_get_double (value));
      break;
    case PROP_NOTE:
      kutip_annotation_set_note (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      kutip_annotation_set_author (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      kutip_annotation_set_created (self, g_value_get_boxed (value));
      break;
    case PROP_MODIFIED:
      kutip_annotation_set_modified (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_annotation_class_init (KutipAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_annotation_finalize;
  object_class->get_property = kutip_annotation_get_property;
  object_class->set_property = kutip_annotation_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL,
                                               KUTIP_TYPE_STATUS, KUTIP_STATUS_PENDING, flags);
  properties[PROP_ORIGIN] = g_param_spec_string ("origin", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENCE] = g_param_spec_double ("confidence", NULL, NULL,
                                                     0.0, 1.0, 1.0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL,
                                                 G_TYPE_DATE_TIME, flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL,
                                                  G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kutip_annotation_init (KutipAnnotation *self)
{
  self->status = KUTIP_STATUS_PENDING;
  self->confidence = 1.0;
}

/**
 * kutip_annotation_new:
 * @label: label name, e.g. "speaker"
 * @start: first code point
 * @end: code point after the last one (@end >= @start)
 *
 * A new annotation starts pending, with no id, origin or times; the
 * document assigns an id and fills the covered text when it is added.
 *
 * Returns: (transfer full): a new annotation
 */
KutipAnnotation *
kutip_annotation_new (const char *label,
                      guint       start,
                      guint       end)
{
  KutipAnnotation *self;

  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (KUTIP_TYPE_ANNOTATION, NULL);
  self->label = g_intern_string (label);
  self->start = start;
  self->end = end;
  return self;
}

/**
 * kutip_annotation_copy:
 *
 * Returns: (transfer full): a copy, id included (the extra members are
 *   shared, not copied)
 */
KutipAnnotation *
kutip_annotation_copy (KutipAnnotation *self)
{
  KutipAnnotation *copy;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);

  copy = kutip_annotation_new (self->label, self->start, self->end);
  copy->id = g_strdup (self->id);
  copy->text = g_strdup (self->text);
  copy->status = self->status;
  copy->origin = self->origin;
  copy->confidence = self->confidence;
  copy->note = g_strdup (self->note);
  copy->author = self->author;
  copy->created = self->created ? g_date_time_ref (self->created) : NULL;
  copy->modified = self->modified ? g_date_time_ref (self->modified) : NULL;

  for (guint i = 0; i < self->n_attributes; i++)
    kutip_annotation_set_attribute (copy, self->attributes[2 * i], self->attributes[2 * i + 1]);

  /* Unknown members are kept verbatim and never edited: share them. */
  if (self->extra != NULL)
    copy->extra = json_object_ref (self->extra);

  return copy;
}

/**
 * kutip_annotation_get_id:
 * Returns: (nullable) (transfer none): the id, e.g. "a12"
 */
const char *
kutip_annotation_get_id (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->id;
}

void
kutip_annotation_set_id (KutipAnnotation *self,
                         const char      *id)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
kutip_annotation_get_label (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->label;
}

void
kutip_annotation_set_label (KutipAnnotation *self,
                            const char      *label)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_interned (&self->label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

guint
kutip_annotation_get_start (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), 0);
  return self->start;
}

guint
kutip_annotation_get_end (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), 0);
  return self->end;
}

void
kutip_annotation_set_bounds (KutipAnnotation *self,
                             guint            start,
                             guint            end)
{
  gboolean start_changed, end_changed;

  g_return_if_fail (KUTIP_IS_ANNOTATION (self));
  g_return_if_fail (start <= end);

  start_changed = self->start != start;
  end_changed = self->end != end;
  self->start = start;
  self->end = end;

  if (start_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * kutip_annotation_get_text:
 * Returns: (nullable) (transfer none): the covered text, text[start:end]
 */
const char *
kutip_annotation_get_text (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->text;
}

void
kutip_annotation_set_text (KutipAnnotation *self,
                           const char      *text)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_str (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

KutipStatus
kutip_annotation_get_status (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), KUTIP_STATUS_PENDING);
  return self->status;
}

void
kutip_annotation_set_status (KutipAnnotation *self,
                             KutipStatus      status)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));
  g_return_if_fail (status <= KUTIP_STATUS_REJECTED);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

/**
 * kutip_annotation_get_origin:
 * Returns: (nullable) (transfer none): "manual", "rule:NAME", "import:FORMAT", ...
 */
const char *
kutip_annotation_get_origin (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->origin;
}

void
kutip_annotation_set_origin (KutipAnnotation *self,
                             const char      *origin)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_interned (&self->origin, origin))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

double
kutip_annotation_get_confidence (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), 0.0);
  return self->confidence;
}

/* @confidence is clamped to 0..1. */
void
kutip_annotation_set_confidence (KutipAnnotation *self,
                                 double           confidence)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  confidence = CLAMP (confidence, 0.0, 1.0);
  if (self->confidence != confidence)
    {
      self->confidence = confidence;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
    }
}

const char *
kutip_annotation_get_note (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->note;
}

void
kutip_annotation_set_note (KutipAnnotation *self,
                           const char      *note)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
kutip_annotation_get_author (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->author;
}

void
kutip_annotation_set_author (KutipAnnotation *self,
                             const char      *author)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_interned (&self->author, author))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

/**
 * kutip_annotation_get_created:
 * Returns: (nullable) (transfer none): when the annotation was made
 */
GDateTime *
kutip_annotation_get_created (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->created;
}

void
kutip_annotation_set_created (KutipAnnotation *self,
                              GDateTime       *created)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_date_time (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * kutip_annotation_get_modified:
 * Returns: (nullable) (transfer none): when the annotation last changed
 */
GDateTime *
kutip_annotation_get_modified (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->modified;
}

void
kutip_annotation_set_modified (KutipAnnotation *self,
                               GDateTime       *modified)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (set_date_time (&self->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/**
 * kutip_annotation_get_attribute:
 * Returns: (nullable) (transfer none): the value of @key, e.g. "2024-05-18"
 *   for a date's "value"
 */
const char *
kutip_annotation_get_attribute (KutipAnnotation *self,
                                const char      *key)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < self->n_attributes; i++)
    if (g_str_equal (self->attributes[2 * i], key))
      return self->attributes[2 * i + 1];
  return NULL;
}

/* Sets @key to @value; a %NULL @value removes the attribute. */
void
kutip_annotation_set_attribute (KutipAnnotation *self,
                                const char      *key,
                                const char      *value)
{
  guint i;

  g_return_if_fail (KUTIP_IS_ANNOTATION (self));
  g_return_if_fail (key != NULL);

  for (i = 0; i < self->n_attributes; i++)
    if (g_str_equal (self->attributes[2 * i], key))
      break;

  if (i < self->n_attributes)
    {
      g_free (self->attributes[2 * i + 1]);
      if (value != NULL)
        {
          self->attributes[2 * i + 1] = g_strdup (value);
          return;
        }
      /* Removal: the last pair takes this one's place. */
      self->n_attributes--;
      self->attributes[2 * i] = self->attributes[2 * self->n_attributes];
      self->attributes[2 * i + 1] = self->attributes[2 * self->n_attributes + 1];
      if (self->n_attributes == 0)
        g_clear_pointer (&self->attributes, g_free);
      return;
    }

  if (value == NULL)
    return;

  self->attributes = g_renew (char *, self->attributes, 2 * (self->n_attributes + 1));
  self->attributes[2 * i] = (char *)g_intern_string (key);
  self->attributes[2 * i + 1] = g_strdup (value);
  self->n_attributes++;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * kutip_annotation_list_attributes:
 * Returns: (transfer full): the attribute keys, sorted, never %NULL
 */
char **
kutip_annotation_list_attributes (KutipAnnotation *self)
{
  char **keys;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);

  keys = g_new0 (char *, self->n_attributes + 1);
  for (guint i = 0; i < self->n_attributes; i++)
    keys[i] = g_strdup (self->attributes[2 * i]);
  qsort (keys, self->n_attributes, sizeof (char *), compare_strings);
  return keys;
}

/**
 * kutip_annotation_get_extra:
 * Returns: (nullable) (transfer none): unknown members of the stored object
 */
JsonObject *
kutip_annotation_get_extra (KutipAnnotation *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), NULL);
  return self->extra;
}

/* Keeps a reference to @extra (may be %NULL). */
void
kutip_annotation_set_extra (KutipAnnotation *self,
                            JsonObject      *extra)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/* Overlap with the code point range [@start, @end). An empty range
 * (@start == @end) is a position: it overlaps the spans that contain it. */
gboolean
kutip_annotation_overlaps (KutipAnnotation *self,
                           guint            start,
                           guint            end)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (self), FALSE);

  if (start == end)
    return self->start <= start && start < self->end;
  return self->start < end && start < self->end;
}

/* Compares ids so that "a2" sorts before "a10": runs of digits compare by
 * value, the rest byte by byte; equal values fall back to strcmp. */
static int
compare_ids (const char *a,
             const char *b)
{
  const char *p = a, *q = b;

  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  while (*p != '\0' && *q != '\0')
    {
      if (g_ascii_isdigit (*p) && g_ascii_isdigit (*q))
        {
          const char *pe, *qe;
          gsize pl, ql;
          int cmp;

          while (*p == '0' && g_ascii_isdigit (p[1]))
            p++;
          while (*q == '0' && g_ascii_isdigit (q[1]))
            q++;
          for (pe = p; g_ascii_isdigit (*pe); pe++);
          for (qe = q; g_ascii_isdigit (*qe); qe++);
          pl = pe - p;
          ql = qe - q;
          if (pl != ql)
            return pl < ql ? -1 : 1;
          cmp = strncmp (p, q, pl);
          if (cmp != 0)
            return cmp;
          p = pe;
          q = qe;
          continue;
        }

      if (*p != *q)
        return (guchar)*p < (guchar)*q ? -1 : 1;
      p++;
      q++;
    }

  if (*p != *q)
    return *p == '\0' ? -1 : 1;
  return strcmp (a, b);
}

/**
 * kutip_annotation_compare:
 *
 * Reading order: start ascending, then longer spans first, then id
 * (numerically aware, "a2" before "a10").
 *
 * Returns: negative, zero or positive as @a sorts before, with or after @b
 */
int
kutip_annotation_compare (KutipAnnotation *a,
                          KutipAnnotation *b)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (a), 0);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (b), 0);

  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  return compare_ids (a->id, b->id);
}
