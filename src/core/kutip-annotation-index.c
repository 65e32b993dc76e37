/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-index.c: annotations in reading order as a GListModel,
 * with interval queries.
 *
 * A treap (a binary search tree kept balanced by random heap priorities)
 * keyed by reading order. Each node also holds its subtree's size, which
 * gives positions for the list model, and its subtree's largest end, which
 * lets an overlap query skip every subtree that ends before the range. */

#define G_LOG_DOMAIN "kutip-annotation-index"

#include "config.h"

#include "kutip-annotation-index.h"

typedef struct _Node Node;

struct _Node
{
  Node            *left;
  Node            *right;
  KutipAnnotation *annotation;  /* owned */
  guint            start;       /* copies of the annotation's bounds */
  guint            end;
  guint            max_end;     /* largest end in this subtree */
  guint            size;        /* nodes in this subtree */
  guint32          priority;
};

struct _KutipAnnotationIndex
{
  GObject  parent_instance;

  Node    *root;
  guint64  seed;
};

static void kutip_annotation_index_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KutipAnnotationIndex, kutip_annotation_index, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kutip_annotation_index_list_model_init))

/* xorshift64*: fast, and good enough for treap priorities. */
static guint32
next_priority (KutipAnnotationIndex *self)
{
  self->seed ^= self->seed >> 12;
  self->seed ^= self->seed << 25;
  self->seed ^= self->seed >> 27;
  return (guint32)((self->seed * G_GUINT64_CONSTANT (2685821657736338717)) >> 32);
}

static inline guint
node_size (Node *node)
{
  return node ? node->size : 0;
}

static inline void
node_update (Node *node)
{
  node->size = 1 + node_size (node->left) + node_size (node->right);
  node->max_end = node->end;
  if (node->left != NULL && node->left->max_end > node->max_end)
    node->max_end = node->left->max_end;
  if (node->right != NULL && node->right->max_end > node->max_end)
    node->max_end = node->right->max_end;
}

static Node *
node_new (KutipAnnotationIndex *self,
          KutipAnnotation      *annotation)
{
  Node *node = g_new0 (Node, 1);

  node->annotation = g_object_ref (annotation);
  node->start = kutip_annotation_get_start (annotation);
  node->end = kutip_annotation_get_end (annotation);
  node->priority = next_priority (self);
  node_update (node);
  return node;
}

static void
node_free_tree (Node *node)
{
  /* Iterative so a degenerate tree cannot overflow the stack. */
  while (node != NULL)
    {
      Node *next;

      if (node->left != NULL)
        {
          /* Rotate the left child up; the tree shrinks to a right spine. */
          Node *left = node->left;
          node->left = left->right;
          left->right = node;
          node = left;
          continue;
        }
      next = node->right;
      g_object_unref (node->annotation);
      g_free (node);
      node = next;
    }
}

/* Reading order of (start, end, annotation) against a node. */
static inline int
key_compare (guint            start,
             guint            end,
             KutipAnnotation *annotation,
             Node            *node)
{
  if (start != node->start)
    return start < node->start ? -1 : 1;
  if (end != node->end)
    return end > node->end ? -1 : 1;
  if (annotation == node->annotation)
    return 0;
  return kutip_annotation_compare (annotation, node->annotation);
}

/* Splits @node into the nodes before the key (*@less) and the rest. */
static void
split (Node             *node,
       guint             start,
       guint             end,
       KutipAnnotation  *annotation,
       Node            **less,
       Node            **rest)
{
  if (node == NULL)
    {
      *less = *rest = NULL;
      return;
    }

  if (key_compare (start, end, annotation, node) > 0)
    {
      split (node->right, start, end, annotation, &node->right, rest);
      *less = node;
    }
  else
    {
      split (node->left, start, end, annotation, less, &node->left);
      *rest = node;
    }
  node_update (node);
}

/* Joins two treaps where every key of @left precedes every key of @right. */
static Node *
merge (Node *left,
       Node *right)
{
  if (left == NULL)
    return right;
  if (right == NULL)
    return left;

  if (left->priority > right->priority)
    {
      left->right = merge (left->right, right);
      node_update (left);
      return left;
    }
  else
    {
      right->left = merge (left, right->left);
      node_update (right);
      return right;
    }
}

static void
kutip_annotation_index_finalize (GObject *object)
{
  KutipAnnotationIndex *self = (KutipAnnotationIndex *)object;

  g_clear_pointer (&self->root, node_free_tree);

  G_OBJECT_CLASS (kutip_annotation_index_parent_class)->finalize (object);
}

static GType
kutip_annotation_index_get_item_type (GListModel *model)
{
  return KUTIP_TYPE_ANNOTATION;
}

static guint
kutip_annotation_index_get_n_items (GListModel *model)
{
  return node_size (KUTIP_ANNOTATION_INDEX (model)->root);
}

static gpointer
kutip_annotation_index_get_item (GListModel *model,
                                 guint       position)
{
  KutipAnnotation *annotation;

  annotation = kutip_annotation_index_get (KUTIP_ANNOTATION_INDEX (model), position);
  return annotation ? g_object_ref (annotation) : NULL;
}

static void
kutip_annotation_index_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kutip_annotation_index_get_item_type;
  iface->get_n_items = kutip_annotation_index_get_n_items;
  iface->get_item = kutip_annotation_index_get_item;
}

static void
kutip_annotation_index_class_init (KutipAnnotationIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kutip_annotation_index_finalize;
}

static void
kutip_annotation_index_init (KutipAnnotationIndex *self)
{
  self->seed = g_random_int () | ((guint64)g_random_int () << 32) | 1;
}

KutipAnnotationIndex *
kutip_annotation_index_new (void)
{
  return g_object_new (KUTIP_TYPE_ANNOTATION_INDEX, NULL);
}

guint
kutip_annotation_index_get_size (KutipAnnotationIndex *self)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), 0);
  return node_size (self->root);
}

/**
 * kutip_annotation_index_get:
 * Returns: (nullable) (transfer none): the annotation at @position
 */
KutipAnnotation *
kutip_annotation_index_get (KutipAnnotationIndex *self,
                            guint                 position)
{
  Node *node;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), NULL);

  node = self->root;
  while (node != NULL)
    {
      guint left = node_size (node->left);

      if (position < left)
        node = node->left;
      else if (position == left)
        return node->annotation;
      else
        {
          position -= left + 1;
          node = node->right;
        }
    }

  return NULL;
}

guint
kutip_annotation_index_insert (KutipAnnotationIndex *self,
                               KutipAnnotation      *annotation)
{
  Node *less, *rest, *node;
  guint position;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), 0);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), 0);

  node = node_new (self, annotation);
  split (self->root, node->start, node->end, annotation, &less, &rest);
  position = node_size (less);
  self->root = merge (merge (less, node), rest);
  return position;
}

/* Locates the node with @annotation's key; its position goes to @position. */
static gboolean
find_position (KutipAnnotationIndex *self,
               KutipAnnotation      *annotation,
               guint                *position)
{
  guint start = kutip_annotation_get_start (annotation);
  guint end = kutip_annotation_get_end (annotation);
  Node *node = self->root;
  guint before = 0;

  while (node != NULL)
    {
      int cmp = key_compare (start, end, annotation, node);

      if (cmp == 0)
        {
          if (node->annotation != annotation)
            return FALSE;
          if (position != NULL)
            *position = before + node_size (node->left);
          return TRUE;
        }
      if (cmp < 0)
        node = node->left;
      else
        {
          before += node_size (node->left) + 1;
          node = node->right;
        }
    }

  return FALSE;
}

static Node *
remove_node (Node             *node,
             KutipAnnotation  *annotation,
             guint             start,
             guint             end,
             Node            **removed)
{
  int cmp;

  if (node == NULL)
    return NULL;

  cmp = key_compare (start, end, annotation, node);
  if (cmp == 0)
    {
      Node *joined = merge (node->left, node->right);

      *removed = node;
      return joined;
    }

  if (cmp < 0)
    node->left = remove_node (node->left, annotation, start, end, removed);
  else
    node->right = remove_node (node->right, annotation, start, end, removed);
  node_update (node);
  return node;
}

gboolean
kutip_annotation_index_remove (KutipAnnotationIndex *self,
                               KutipAnnotation      *annotation,
                               guint                *position)
{
  Node *removed = NULL;
  guint where;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), FALSE);

  if (!find_position (self, annotation, &where))
    return FALSE;

  self->root = remove_node (self->root, annotation,
                            kutip_annotation_get_start (annotation),
                            kutip_annotation_get_end (annotation),
                            &removed);
  g_assert (removed != NULL && removed->annotation == annotation);
  g_object_unref (removed->annotation);
  g_free (removed);

  if (position != NULL)
    *position = where;
  return TRUE;
}

gboolean
kutip_annotation_index_find (KutipAnnotationIndex *self,
                             KutipAnnotation      *annotation,
                             guint                *position)
{
  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), FALSE);

  return find_position (self, annotation, position);
}

guint
kutip_annotation_index_lower_bound (KutipAnnotationIndex *self,
                                    guint                 offset)
{
  Node *node;
  guint before = 0;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), 0);

  node = self->root;
  while (node != NULL)
    {
      if (node->start < offset)
        {
          before += node_size (node->left) + 1;
          node = node->right;
        }
      else
        node = node->left;
    }

  return before;
}

static void
collect_overlapping (Node      *node,
                     guint      start,
                     guint      end,
                     GPtrArray *out)
{
  /* In-order walk; the left spine is followed by a loop on the right. */
  while (node != NULL && node->max_end > start)
    {
      collect_overlapping (node->left, start, end, out);
      /* Everything from here on starts at or after node->start. */
      if (node->start >= end)
        return;
      if (node->end > start)
        g_ptr_array_add (out, node->annotation);
      node = node->right;
    }
}

void
kutip_annotation_index_overlapping (KutipAnnotationIndex *self,
                                    guint                 start,
                                    guint                 end,
                                    GPtrArray            *out)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION_INDEX (self));
  g_return_if_fail (out != NULL);

  if (end <= start)
    return;
  collect_overlapping (self->root, start, end, out);
}

static int
compare_annotations (gconstpointer a,
                     gconstpointer b)
{
  return kutip_annotation_compare (*(KutipAnnotation **)a, *(KutipAnnotation **)b);
}

static void
update_tree (Node *node)
{
  if (node == NULL)
    return;
  update_tree (node->left);
  update_tree (node->right);
  node_update (node);
}

void
kutip_annotation_index_load (KutipAnnotationIndex *self,
                             GPtrArray            *annotations)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree Node **stack = NULL;
  guint depth = 0;

  g_return_if_fail (KUTIP_IS_ANNOTATION_INDEX (self));
  g_return_if_fail (annotations != NULL);

  g_clear_pointer (&self->root, node_free_tree);
  if (annotations->len == 0)
    return;

  sorted = g_ptr_array_copy (annotations, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);  /* copied from @annotations */
  g_ptr_array_sort (sorted, compare_annotations);

  /* Builds the treap of the sorted keys in O(n): the classic Cartesian tree
   * construction, keeping the right spine on a stack. */
  stack = g_new (Node *, sorted->len);
  for (guint i = 0; i < sorted->len; i++)
    {
      Node *node = node_new (self, g_ptr_array_index (sorted, i));
      Node *last = NULL;

      while (depth > 0 && stack[depth - 1]->priority < node->priority)
        last = stack[--depth];
      node->left = last;
      if (depth > 0)
        stack[depth - 1]->right = node;
      stack[depth++] = node;
    }
  self->root = stack[0];
  update_tree (self->root);
}

static void
foreach_node (Node     *node,
              GFunc     func,
              gpointer  user_data)
{
  while (node != NULL)
    {
      foreach_node (node->left, func, user_data);
      func (node->annotation, user_data);
      node = node->right;
    }
}

void
kutip_annotation_index_foreach (KutipAnnotationIndex *self,
                                GFunc                 func,
                                gpointer              user_data)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION_INDEX (self));
  g_return_if_fail (func != NULL);

  foreach_node (self->root, func, user_data);
}
