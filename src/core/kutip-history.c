/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-history.c: undo/redo stack of grouped model edits. */

#define G_LOG_DOMAIN "kutip-history"

#include "config.h"

#include "kutip-history.h"

typedef struct
{
  KutipEditFunc  func;
  gpointer       data;
  GDestroyNotify data_free;
} Command;

/* One undo step: the commands of one user action, in the order done. */
typedef struct
{
  char   *name;
  GArray *commands;  /* Command */
} Group;

struct _KutipHistory
{
  GObject    parent_instance;

  gpointer   target;     /* not owned: the history lives inside it */
  GPtrArray *undo;       /* Group*, oldest first */
  GPtrArray *redo;       /* Group*, next to redo last */
  Group     *open;       /* the group being recorded, or NULL */
  guint      depth;      /* begin_group nesting */
  /* Length of @undo when the state was saved, or -1 when the saved state
   * can no longer be reached. */
  gint64     saved;
  /* The step being undone or redone (taken off its stack) and how many of
   * its commands are done: kutip_history_replay() goes on from there. */
  Group     *replay;
  guint      replay_done;
  guint      replay_undo : 1;
  guint      replaying : 1;

  /* Last notified values. */
  guint      can_undo : 1;
  guint      can_redo : 1;
  guint      at_saved : 1;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_AT_SAVED_STATE,
  PROP_UNDO_NAME,
  PROP_REDO_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KutipHistory, kutip_history, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static void
command_clear (gpointer data)
{
  Command *command = data;

  if (command->data_free != NULL)
    command->data_free (command->data);
}

static Group *
group_new (const char *name)
{
  Group *group = g_new0 (Group, 1);

  group->name = g_strdup (name);
  group->commands = g_array_new (FALSE, FALSE, sizeof (Command));
  g_array_set_clear_func (group->commands, command_clear);
  return group;
}

static void
group_free (Group *group)
{
  g_free (group->name);
  g_array_unref (group->commands);
  g_free (group);
}

static gboolean
compute_at_saved (KutipHistory *self)
{
  if (self->open != NULL && self->open->commands->len > 0)
    return FALSE;
  return self->saved == (gint64)self->undo->len;
}

/* Notifies the properties whose values changed since the last call. */
static void
update_state (KutipHistory *self)
{
  gboolean can_undo = self->undo->len > 0;
  gboolean can_redo = self->redo->len > 0;
  gboolean at_saved = compute_at_saved (self);
  gboolean undo_changed = can_undo != self->can_undo;
  gboolean redo_changed = can_redo != self->can_redo;
  gboolean saved_changed = at_saved != self->at_saved;

  self->can_undo = can_undo;
  self->can_redo = can_redo;
  self->at_saved = at_saved;

  g_object_freeze_notify (G_OBJECT (self));
  if (undo_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (redo_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (saved_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_SAVED_STATE]);
  /* Names follow every stack change; cheap enough to always notify. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_NAME]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
kutip_history_finalize (GObject *object)
{
  KutipHistory *self = (KutipHistory *)object;

  g_clear_pointer (&self->open, group_free);
  g_clear_pointer (&self->replay, group_free);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (kutip_history_parent_class)->finalize (object);
}

static void
kutip_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KutipHistory *self = KUTIP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kutip_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kutip_history_can_redo (self));
      break;
    case PROP_AT_SAVED_STATE:
      g_value_set_boolean (value, kutip_history_is_at_saved (self));
      break;
    case PROP_UNDO_NAME:
      g_value_set_string (value, kutip_history_get_undo_name (self));
      break;
    case PROP_REDO_NAME:
      g_value_set_string (value, kutip_history_get_redo_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kutip_history_class_init (KutipHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kutip_history_finalize;
  object_class->get_property = kutip_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_AT_SAVED_STATE] = g_param_spec_boolean ("at-saved-state", NULL, NULL,
                                                          TRUE, flags);
  properties[PROP_UNDO_NAME] = g_param_spec_string ("undo-name", NULL, NULL, NULL, flags);
  properties[PROP_REDO_NAME] = g_param_spec_string ("redo-name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kutip_history_init (KutipHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  self->saved = 0;
  self->at_saved = TRUE;
}

/**
 * kutip_history_new:
 * @target: the object edits apply to, passed to every #KutipEditFunc; not
 *   referenced (the history is normally owned by it)
 *
 * Returns: (transfer full): an empty history at its saved state
 */
KutipHistory *
kutip_history_new (gpointer target)
{
  KutipHistory *self = g_object_new (KUTIP_TYPE_HISTORY, NULL);

  self->target = target;
  return self;
}

/**
 * kutip_history_begin_group:
 * @name: (nullable): what the user did, e.g. "Delete span"; an inner
 *   group's name is ignored
 *
 * Everything pushed until the matching kutip_history_end_group() is undone
 * and redone as one step. Groups nest.
 */
void
kutip_history_begin_group (KutipHistory *self,
                           const char   *name)
{
  g_return_if_fail (KUTIP_IS_HISTORY (self));
  g_return_if_fail (!self->replaying);

  if (self->depth++ == 0)
    {
      g_assert (self->open == NULL);
      self->open = group_new (name);
    }
}

void
kutip_history_end_group (KutipHistory *self)
{
  Group *group;

  g_return_if_fail (KUTIP_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    return;

  group = g_steal_pointer (&self->open);
  if (group->commands->len == 0)
    {
      group_free (group);
      return;
    }

  /* A new step makes the redo stack unreachable, and with it a saved state
   * that lay there. */
  if (self->redo->len > 0)
    {
      if (self->saved > (gint64)self->undo->len)
        self->saved = -1;
      g_ptr_array_set_size (self->redo, 0);
    }
  g_ptr_array_add (self->undo, group);
  update_state (self);
}

/**
 * kutip_history_push:
 * @func: applies the edit when called with @undo %FALSE, reverts it with
 *   %TRUE
 * @data: (transfer full): the edit's data
 * @data_free: (nullable): frees @data when the step is dropped
 *
 * Records an edit that has already been applied. Outside a group it is a
 * step of its own. While undoing or redoing, nothing is recorded and @data
 * is freed at once.
 */
void
kutip_history_push (KutipHistory   *self,
                    KutipEditFunc   func,
                    gpointer        data,
                    GDestroyNotify  data_free)
{
  Command command = { func, data, data_free };
  gboolean was_empty;

  g_return_if_fail (KUTIP_IS_HISTORY (self));
  g_return_if_fail (func != NULL);

  if (self->replaying)
    {
      command_clear (&command);
      return;
    }

  kutip_history_begin_group (self, NULL);
  was_empty = self->open->commands->len == 0;
  g_array_append_val (self->open->commands, command);
  /* The first edit of an open group already leaves the saved state. */
  if (was_empty && self->depth > 1)
    update_state (self);
  kutip_history_end_group (self);
}

gboolean
kutip_history_can_undo (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
kutip_history_can_redo (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

/**
 * kutip_history_get_undo_name:
 * Returns: (nullable) (transfer none): the name of the step undo reverts
 */
const char *
kutip_history_get_undo_name (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  return ((Group *)g_ptr_array_index (self->undo, self->undo->len - 1))->name;
}

/**
 * kutip_history_get_redo_name:
 * Returns: (nullable) (transfer none): the name of the step redo applies
 */
const char *
kutip_history_get_redo_name (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), NULL);

  if (self->redo->len == 0)
    return NULL;
  return ((Group *)g_ptr_array_index (self->redo, self->redo->len - 1))->name;
}

/* Reverts the last step, its commands last to first. */
gboolean
kutip_history_undo (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);

  if (!kutip_history_begin_undo (self))
    return FALSE;
  kutip_history_replay (self, G_MAXUINT);
  return TRUE;
}

/* Applies the step last undone again, its commands first to last. */
gboolean
kutip_history_redo (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);

  if (!kutip_history_begin_redo (self))
    return FALSE;
  kutip_history_replay (self, G_MAXUINT);
  return TRUE;
}

static gboolean
begin_replay (KutipHistory *self,
              GPtrArray    *from,
              gboolean      undo)
{
  g_return_val_if_fail (self->depth == 0, FALSE);
  g_return_val_if_fail (!self->replaying, FALSE);

  if (from->len == 0)
    return FALSE;

  self->replay = g_ptr_array_steal_index (from, from->len - 1);
  self->replay_done = 0;
  self->replay_undo = undo;
  self->replaying = TRUE;
  return TRUE;
}

/**
 * kutip_history_begin_undo:
 *
 * Takes the last step off the undo stack to undo it with
 * kutip_history_replay(), a batch of commands at a time. Nothing may be
 * recorded until it is complete.
 *
 * Returns: %FALSE when there is nothing to undo
 */
gboolean
kutip_history_begin_undo (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);
  return begin_replay (self, self->undo, TRUE);
}

/* The same for the step last undone. */
gboolean
kutip_history_begin_redo (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);
  return begin_replay (self, self->redo, FALSE);
}

/**
 * kutip_history_replay:
 * @max_commands: how many commands to run at most
 *
 * Runs the next commands of the step begun: an undo reverts them last to
 * first, a redo applies them first to last. When all have run the step
 * goes on the other stack.
 *
 * Returns: %TRUE when the step is complete (or none was begun)
 */
gboolean
kutip_history_replay (KutipHistory *self,
                      guint         max_commands)
{
  Group *group;
  guint n;

  g_return_val_if_fail (KUTIP_IS_HISTORY (self), TRUE);

  if ((group = self->replay) == NULL)
    return TRUE;

  n = group->commands->len;
  for (guint i = 0; i < max_commands && self->replay_done < n; i++, self->replay_done++)
    {
      guint index = self->replay_undo ? n - 1 - self->replay_done : self->replay_done;
      Command *command = &g_array_index (group->commands, Command, index);

      command->func (self->target, command->data, self->replay_undo);
    }
  if (self->replay_done < n)
    return FALSE;

  self->replay = NULL;
  self->replaying = FALSE;
  g_ptr_array_add (self->replay_undo ? self->redo : self->undo, group);
  update_state (self);
  return TRUE;
}

/* How much of the step being replayed is done, from 0 to 1 (1 when none is). */
double
kutip_history_get_replay_progress (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), 1.0);

  if (self->replay == NULL || self->replay->commands->len == 0)
    return 1.0;
  return (double) self->replay_done / self->replay->commands->len;
}

/* TRUE while undo or redo runs edit functions (edits must not record). */
gboolean
kutip_history_is_replaying (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);
  return self->replaying;
}

/* Forgets every step; the current state stays saved if it was. */
void
kutip_history_clear (KutipHistory *self)
{
  g_return_if_fail (KUTIP_IS_HISTORY (self));
  g_return_if_fail (self->depth == 0);
  g_return_if_fail (!self->replaying);

  self->saved = compute_at_saved (self) ? 0 : -1;
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  update_state (self);
}

void
kutip_history_mark_saved (KutipHistory *self)
{
  g_return_if_fail (KUTIP_IS_HISTORY (self));

  self->saved = self->undo->len;
  update_state (self);
}

/* TRUE when undo/redo have brought the model back to its saved state (and
 * no edit is being recorded in an open group). */
gboolean
kutip_history_is_at_saved (KutipHistory *self)
{
  g_return_val_if_fail (KUTIP_IS_HISTORY (self), FALSE);
  return compute_at_saved (self);
}
