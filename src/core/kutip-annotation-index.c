/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-annotation-index.c: annotations in reading order as a GListModel,
 * with interval queries.
 *
 * The annotations sit in reading order in a list of blocks, each a small
 * sorted array (starts, ends and objects side by side, so a scan stays in a
 * few cache lines) with its largest end. Over the blocks lie two small
 * arrays: a Fenwick tree of block sizes, which turns a position into a
 * block and back, and a segment tree of block max ends, which finds the
 * blocks that can overlap a range without looking at the others.
 *
 * Inserting or removing moves at most one block's entries and updates both
 * trees in O(log n); a block that fills up splits, and only then are the
 * trees (one entry per block, n / 64 or so) rebuilt. An overlap query costs
 * O(log n) plus a scan of the blocks that hold its results. */

#define G_LOG_DOMAIN "kutip-annotation-index"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kutip-annotation-index.h"

#define BLOCK_CAPACITY 128
#define BLOCK_FILL     96    /* entries per block after a bulk load */
#define BLOCK_MIN      24    /* a smaller block merges with a neighbour */

typedef struct
{
  guint            len;
  guint            max_end;
  guint            starts[BLOCK_CAPACITY];
  guint            ends[BLOCK_CAPACITY];
  KutipAnnotation *items[BLOCK_CAPACITY];  /* owned */
} Block;

struct _KutipAnnotationIndex
{
  GObject    parent_instance;

  GPtrArray *blocks;     /* Block*, in reading order, none empty */
  guint      size;       /* annotations in all blocks */
  guint     *firsts;     /* start of each block's first entry, for searching */
  guint     *fenwick;    /* 1-based Fenwick tree of block lengths */
  guint     *segment;    /* segment tree of block max ends, leaves at seg_leaves */
  guint      seg_leaves; /* a power of two >= number of blocks */
  guint      capacity;   /* blocks the two trees have room for */

  /* The block get() found last and its first position: walking the list
   * in order (views, saving) then costs O(1) a step. Any change drops it. */
  guint      cached_block;
  guint      cached_first;
  gboolean   cached;
};

static void kutip_annotation_index_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KutipAnnotationIndex, kutip_annotation_index, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kutip_annotation_index_list_model_init))

static inline Block *
get_block (KutipAnnotationIndex *self,
           guint                 b)
{
  return g_ptr_array_index (self->blocks, b);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  for (guint i = 0; i < block->len; i++)
    g_object_unref (block->items[i]);
  g_free (block);
}

static void
block_update_max (Block *block)
{
  guint max_end = 0;

  for (guint i = 0; i < block->len; i++)
    max_end = MAX (max_end, block->ends[i]);
  block->max_end = max_end;
}

/* Directory: Fenwick tree and segment tree over the blocks --------------- */

static void
rebuild_directory (KutipAnnotationIndex *self)
{
  guint n_blocks = self->blocks->len;

  if (n_blocks + 1 > self->capacity || self->seg_leaves < n_blocks)
    {
      self->capacity = MAX (16, n_blocks * 2);
      self->seg_leaves = 1;
      while (self->seg_leaves < self->capacity)
        self->seg_leaves *= 2;
      g_free (self->firsts);
      g_free (self->fenwick);
      g_free (self->segment);
      self->firsts = g_new (guint, self->capacity);
      self->fenwick = g_new (guint, self->capacity + 1);
      self->segment = g_new (guint, 2 * self->seg_leaves);
    }

  for (guint b = 0; b < n_blocks; b++)
    self->firsts[b] = get_block (self, b)->starts[0];

  /* Fenwick tree in O(n): each node adds itself to its parent. */
  memset (self->fenwick, 0, sizeof (guint) * (self->capacity + 1));
  for (guint i = 1; i <= self->capacity; i++)
    {
      guint parent = i + (i & -i);

      if (i <= n_blocks)
        self->fenwick[i] += get_block (self, i - 1)->len;
      if (parent <= self->capacity)
        self->fenwick[parent] += self->fenwick[i];
    }

  memset (self->segment, 0, sizeof (guint) * 2 * self->seg_leaves);
  for (guint b = 0; b < n_blocks; b++)
    self->segment[self->seg_leaves + b] = get_block (self, b)->max_end;
  for (guint i = self->seg_leaves - 1; i > 0; i--)
    self->segment[i] = MAX (self->segment[2 * i], self->segment[2 * i + 1]);
}

static void
fenwick_add (KutipAnnotationIndex *self,
             guint                 b,
             int                   delta)
{
  for (guint i = b + 1; i <= self->capacity; i += i & -i)
    self->fenwick[i] += delta;
}

/* Number of annotations in the blocks before block @b. */
static guint
fenwick_prefix (KutipAnnotationIndex *self,
                guint                 b)
{
  guint sum = 0;

  for (guint i = b; i > 0; i -= i & -i)
    sum += self->fenwick[i];
  return sum;
}

/* The block holding @position (< size); its offset in it goes to @offset. */
static guint
fenwick_find (KutipAnnotationIndex *self,
              guint                 position,
              guint                *offset)
{
  guint b = 0;
  guint step = 1;

  while (step * 2 <= self->capacity)
    step *= 2;

  for (; step > 0; step /= 2)
    {
      if (b + step <= self->capacity && self->fenwick[b + step] <= position)
        {
          b += step;
          position -= self->fenwick[b];
        }
    }

  *offset = position;
  return b;
}

static void
segment_set (KutipAnnotationIndex *self,
             guint                 b,
             guint                 max_end)
{
  guint i = self->seg_leaves + b;

  self->segment[i] = max_end;
  for (i /= 2; i > 0; i /= 2)
    {
      guint value = MAX (self->segment[2 * i], self->segment[2 * i + 1]);

      if (self->segment[i] == value)
        break;
      self->segment[i] = value;
    }
}

/* Keys ---------------------------------------------------------------- */

/* Reading order of (start, end, annotation) against entry @i of @block. */
static inline int
key_compare (guint            start,
             guint            end,
             KutipAnnotation *annotation,
             Block           *block,
             guint            i)
{
  if (start != block->starts[i])
    return start < block->starts[i] ? -1 : 1;
  if (end != block->ends[i])
    return end > block->ends[i] ? -1 : 1;
  if (annotation == block->items[i])
    return 0;
  return kutip_annotation_compare (annotation, block->items[i]);
}

/* The block where the key belongs: the last one whose first entry does not
 * come after it (or block 0). */
static guint
find_block (KutipAnnotationIndex *self,
            guint                 start,
            guint                 end,
            KutipAnnotation      *annotation)
{
  guint lo = 0, hi = self->blocks->len;

  /* Find the first block whose first entry comes after the key. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      Block *block = get_block (self, mid);

      if (block->len > 0 && key_compare (start, end, annotation, block, 0) < 0)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo > 0 ? lo - 1 : 0;
}

/* First entry of @block not before the key. */
static guint
block_lower_bound (Block           *block,
                   guint            start,
                   guint            end,
                   KutipAnnotation *annotation)
{
  guint lo = 0, hi = block->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (key_compare (start, end, annotation, block, mid) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Block surgery -------------------------------------------------------- */

static void
block_insert_at (Block           *block,
                 guint            i,
                 guint            start,
                 guint            end,
                 KutipAnnotation *annotation)
{
  guint tail = block->len - i;

  memmove (&block->starts[i + 1], &block->starts[i], tail * sizeof (guint));
  memmove (&block->ends[i + 1], &block->ends[i], tail * sizeof (guint));
  memmove (&block->items[i + 1], &block->items[i], tail * sizeof (gpointer));
  block->starts[i] = start;
  block->ends[i] = end;
  block->items[i] = annotation;
  block->len++;
}

static void
block_remove_at (Block *block,
                 guint  i)
{
  guint tail = block->len - i - 1;

  memmove (&block->starts[i], &block->starts[i + 1], tail * sizeof (guint));
  memmove (&block->ends[i], &block->ends[i + 1], tail * sizeof (guint));
  memmove (&block->items[i], &block->items[i + 1], tail * sizeof (gpointer));
  block->len--;
}

/* Moves entries [@from, len) of @block to the front of @into (empty). */
static void
block_move_tail (Block *block,
                 guint  from,
                 Block *into)
{
  guint n = block->len - from;

  g_assert (into->len == 0);
  memcpy (into->starts, &block->starts[from], n * sizeof (guint));
  memcpy (into->ends, &block->ends[from], n * sizeof (guint));
  memcpy (into->items, &block->items[from], n * sizeof (gpointer));
  into->len = n;
  block->len = from;
}

/* Appends all of @other to @block (which has room). */
static void
block_append (Block *block,
              Block *other)
{
  g_assert (block->len + other->len <= BLOCK_CAPACITY);
  memcpy (&block->starts[block->len], other->starts, other->len * sizeof (guint));
  memcpy (&block->ends[block->len], other->ends, other->len * sizeof (guint));
  memcpy (&block->items[block->len], other->items, other->len * sizeof (gpointer));
  block->len += other->len;
  block->max_end = MAX (block->max_end, other->max_end);
  other->len = 0;
}

/* GListModel ----------------------------------------------------------- */

static void
kutip_annotation_index_finalize (GObject *object)
{
  KutipAnnotationIndex *self = (KutipAnnotationIndex *)object;

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->firsts, g_free);
  g_clear_pointer (&self->fenwick, g_free);
  g_clear_pointer (&self->segment, g_free);

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
  return KUTIP_ANNOTATION_INDEX (model)->size;
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
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  rebuild_directory (self);
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
  return self->size;
}

/**
 * kutip_annotation_index_get:
 * Returns: (nullable) (transfer none): the annotation at @position
 */
KutipAnnotation *
kutip_annotation_index_get (KutipAnnotationIndex *self,
                            guint                 position)
{
  guint b, offset;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), NULL);

  if (position >= self->size)
    return NULL;

  if (self->cached && position >= self->cached_first)
    {
      Block *block = get_block (self, self->cached_block);

      if (position - self->cached_first < block->len)
        return block->items[position - self->cached_first];
    }

  b = fenwick_find (self, position, &offset);
  self->cached = TRUE;
  self->cached_block = b;
  self->cached_first = position - offset;
  return get_block (self, b)->items[offset];
}

guint
kutip_annotation_index_insert (KutipAnnotationIndex *self,
                               KutipAnnotation      *annotation)
{
  guint start, end, b, i, position;
  Block *block;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), 0);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), 0);

  start = kutip_annotation_get_start (annotation);
  end = kutip_annotation_get_end (annotation);
  self->cached = FALSE;

  if (self->blocks->len == 0)
    {
      g_ptr_array_add (self->blocks, g_new0 (Block, 1));
      rebuild_directory (self);
    }

  b = find_block (self, start, end, annotation);
  block = get_block (self, b);
  i = block_lower_bound (block, start, end, annotation);
  position = fenwick_prefix (self, b) + i;

  block_insert_at (block, i, start, end, g_object_ref (annotation));
  self->size++;

  if (block->len == BLOCK_CAPACITY)
    {
      /* Split in half; the directory is rebuilt (one entry per block). */
      Block *second = g_new0 (Block, 1);

      block_move_tail (block, BLOCK_CAPACITY / 2, second);
      block_update_max (block);
      block_update_max (second);
      g_ptr_array_insert (self->blocks, b + 1, second);
      rebuild_directory (self);
    }
  else
    {
      self->firsts[b] = block->starts[0];
      fenwick_add (self, b, 1);
      if (end > block->max_end)
        {
          block->max_end = end;
          segment_set (self, b, end);
        }
    }

  return position;
}

/* Locates the entry of @annotation: block @b, index @i. */
static gboolean
find_entry (KutipAnnotationIndex *self,
            KutipAnnotation      *annotation,
            guint                *b,
            guint                *i)
{
  guint start = kutip_annotation_get_start (annotation);
  guint end = kutip_annotation_get_end (annotation);
  Block *block;

  if (self->size == 0)
    return FALSE;

  *b = find_block (self, start, end, annotation);
  block = get_block (self, *b);
  *i = block_lower_bound (block, start, end, annotation);
  return *i < block->len && block->items[*i] == annotation;
}

gboolean
kutip_annotation_index_remove (KutipAnnotationIndex *self,
                               KutipAnnotation      *annotation,
                               guint                *position)
{
  KutipAnnotation *removed;
  Block *block;
  guint b, i, end;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), FALSE);

  if (!find_entry (self, annotation, &b, &i))
    return FALSE;

  if (position != NULL)
    *position = fenwick_prefix (self, b) + i;

  self->cached = FALSE;
  block = get_block (self, b);
  removed = block->items[i];
  end = block->ends[i];
  block_remove_at (block, i);
  self->size--;

  if (block->len < BLOCK_MIN && self->blocks->len > 1)
    {
      /* Merge with a neighbour when both fit in one block, so blocks stay
       * full enough for queries to stay fast; else just shrink. */
      guint other_b = b + 1 < self->blocks->len ? b + 1 : b - 1;
      guint first = MIN (b, other_b);
      Block *left = get_block (self, first);
      Block *right = get_block (self, first + 1);

      if (left->len + right->len <= BLOCK_CAPACITY * 3 / 4)
        {
          block_update_max (left);
          block_update_max (right);
          block_append (left, right);
          g_ptr_array_remove_index (self->blocks, first + 1);
          rebuild_directory (self);
          goto done;
        }
    }

  if (block->len == 0)
    {
      g_ptr_array_remove_index (self->blocks, b);
      rebuild_directory (self);
      goto done;
    }

  self->firsts[b] = block->starts[0];
  fenwick_add (self, b, -1);
  if (end == block->max_end)
    {
      block_update_max (block);
      segment_set (self, b, block->max_end);
    }

done:
  g_object_unref (removed);
  return TRUE;
}

gboolean
kutip_annotation_index_find (KutipAnnotationIndex *self,
                             KutipAnnotation      *annotation,
                             guint                *position)
{
  guint b, i;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), FALSE);
  g_return_val_if_fail (KUTIP_IS_ANNOTATION (annotation), FALSE);

  if (!find_entry (self, annotation, &b, &i))
    return FALSE;
  if (position != NULL)
    *position = fenwick_prefix (self, b) + i;
  return TRUE;
}

/* Number of blocks whose first entry starts before @offset. */
static guint
blocks_starting_before (KutipAnnotationIndex *self,
                        guint                 offset)
{
  guint lo = 0, hi = self->blocks->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->firsts[mid] < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

guint
kutip_annotation_index_lower_bound (KutipAnnotationIndex *self,
                                    guint                 offset)
{
  Block *block;
  guint b, lo = 0, hi;

  g_return_val_if_fail (KUTIP_IS_ANNOTATION_INDEX (self), 0);

  /* Entries starting before @offset all lie in these blocks, and only the
   * last one can hold entries starting at or after it. */
  b = blocks_starting_before (self, offset);
  if (b == 0)
    return 0;

  block = get_block (self, b - 1);
  hi = block->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (block->starts[mid] < offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return fenwick_prefix (self, b - 1) + lo;
}

/* Visits, in order, the blocks under segment tree node @node (covering
 * blocks [@lo, @lo + @width)) that are before @n_blocks and end after
 * @start, and collects their entries overlapping [@start, @end). */
static void
collect_overlapping (KutipAnnotationIndex *self,
                     guint                 node,
                     guint                 lo,
                     guint                 width,
                     guint                 n_blocks,
                     guint                 start,
                     guint                 end,
                     GPtrArray            *out)
{
  if (lo >= n_blocks || self->segment[node] <= start)
    return;

  if (width == 1)
    {
      Block *block = get_block (self, lo);

      for (guint i = 0; i < block->len && block->starts[i] < end; i++)
        if (block->ends[i] > start)
          g_ptr_array_add (out, block->items[i]);
      return;
    }

  collect_overlapping (self, 2 * node, lo, width / 2, n_blocks, start, end, out);
  collect_overlapping (self, 2 * node + 1, lo + width / 2, width / 2, n_blocks, start, end, out);
}

void
kutip_annotation_index_overlapping (KutipAnnotationIndex *self,
                                    guint                 start,
                                    guint                 end,
                                    GPtrArray            *out)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION_INDEX (self));
  g_return_if_fail (out != NULL);

  if (end <= start || self->size == 0)
    return;

  collect_overlapping (self, 1, 0, self->seg_leaves,
                       blocks_starting_before (self, end), start, end, out);
}

typedef struct
{
  guint            start;
  guint            end;
  KutipAnnotation *annotation;
} Key;

/* Sorting keys rather than objects keeps the sort in one array; only
 * equal spans look at the objects (their ids). */
static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const Key *ka = a, *kb = b;

  if (ka->start != kb->start)
    return ka->start < kb->start ? -1 : 1;
  if (ka->end != kb->end)
    return ka->end > kb->end ? -1 : 1;
  return kutip_annotation_compare (ka->annotation, kb->annotation);
}

void
kutip_annotation_index_load (KutipAnnotationIndex *self,
                             GPtrArray            *annotations)
{
  g_autofree Key *keys = NULL;
  Block *block = NULL;
  guint n;

  g_return_if_fail (KUTIP_IS_ANNOTATION_INDEX (self));
  g_return_if_fail (annotations != NULL);

  n = annotations->len;
  keys = g_new (Key, n);
  for (guint i = 0; i < n; i++)
    {
      KutipAnnotation *annotation = g_ptr_array_index (annotations, i);

      keys[i].start = kutip_annotation_get_start (annotation);
      keys[i].end = kutip_annotation_get_end (annotation);
      keys[i].annotation = annotation;
    }
  if (n > 1)
    qsort (keys, n, sizeof (Key), compare_keys);

  self->cached = FALSE;
  g_ptr_array_set_size (self->blocks, 0);
  for (guint i = 0; i < n; i++)
    {
      if (block == NULL || block->len == BLOCK_FILL)
        {
          block = g_new0 (Block, 1);
          g_ptr_array_add (self->blocks, block);
        }
      block->starts[block->len] = keys[i].start;
      block->ends[block->len] = keys[i].end;
      block->items[block->len] = g_object_ref (keys[i].annotation);
      block->max_end = MAX (block->max_end, keys[i].end);
      block->len++;
    }

  self->size = n;
  rebuild_directory (self);
}

void
kutip_annotation_index_foreach (KutipAnnotationIndex *self,
                                GFunc                 func,
                                gpointer              user_data)
{
  g_return_if_fail (KUTIP_IS_ANNOTATION_INDEX (self));
  g_return_if_fail (func != NULL);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = get_block (self, b);

      for (guint i = 0; i < block->len; i++)
        func (block->items[i], user_data);
    }
}
