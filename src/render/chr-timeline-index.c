/* chr-timeline-index.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timeline-index"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "chr-event-merge.h"
#include "chr-timeline-index.h"

/* Events per block of the range-maximum table. */
#define RMQ_BLOCK          32
/* Durations are indexed by their power of two, [2^k, 2^(k+1)) seconds. */
#define N_DURATION_CLASSES 64
/* Events that began before a time and last past it are found by a scan
 * per duration class; this bounds the scan where such events are dense. */
#define ONGOING_SCAN_LIMIT 4096
/* What a first view frames (see chr_timeline_index_get_focus()): the
 * shortest stretch holding this share of the importance... */
#define FOCUS_SHARE        0.8
/* ...widened by this share of its length on each side... */
#define FOCUS_MARGIN       0.125
/* ...unless every event lies within this many times its length, counted as
 * at least FOCUS_LEAST_SPAN: then nothing is far enough to leave out. */
#define FOCUS_SPREAD       4
#define FOCUS_LEAST_SPAN   (30 * CHR_SECONDS_PER_DAY)

/* Where each id is, made on the first search by id: most indexes are
 * never searched that way, and a large one would pay for it at start-up. */
typedef struct
{
  gatomicrefcount ref_count;
  gboolean        direct;   /* slots[id - min_id] is the position + 1, or 0 */
  guint          *slots;    /* otherwise: positions ordered by id, then position */
} IdLookup;

/* The stretch chr_timeline_index_get_focus() frames, found on first use. */
typedef struct
{
  gint64 begin;
  gint64 end;
} Focus;

/* What an index made after an edit shares with the one before it, when the
 * edit moved no event: the tables below, and the labels it did not change. */
typedef struct
{
  gatomicrefcount ref_count;
  gint64         *begins;
  gint64         *ends;
  guint          *block_best;
  gint64         *block_end;
  guint          *by_class;
} Tables;

typedef struct
{
  gatomicrefcount ref_count;
  char            text[];
} LabelBlock;

struct _ChrTimelineIndex
{
  gatomicrefcount   ref_count;
  ChrTimelineItem  *items;       /* by begin, then id */
  guint             n_items;
  GPtrArray        *labels;      /* LabelBlock: where the items' labels are */
  Tables           *tables;      /* owns the arrays below */
  gint64           *begins;      /* items[i].begin, for binary search */
  gint64           *ends;        /* every item's end, ascending */
  gint64            extent_end;
  gint64            min_id;
  gint64            max_id;
  /* A sparse table over blocks of RMQ_BLOCK items: for each run of 2^k
   * blocks from block j, the most important item and the latest end. It
   * answers "the most important event beginning in this stretch" in O(1)
   * plus two partial blocks, whatever the number of events. */
  guint             n_blocks;
  guint             n_levels;
  guint            *block_best;
  gint64           *block_end;
  /* Item positions grouped by duration class, by begin within a class. */
  guint            *by_class;
  guint             class_start[N_DURATION_CLASSES + 1];
  IdLookup         *lookup;      /* made once, under g_once_init_enter() */
  Focus            *focus;       /* likewise; never shared, as importance may change */
};

static LabelBlock *
label_block_new (gsize size)
{
  LabelBlock *block = g_malloc (sizeof (LabelBlock) + size);

  g_atomic_ref_count_init (&block->ref_count);
  return block;
}

static LabelBlock *
label_block_ref (LabelBlock *block)
{
  g_atomic_ref_count_inc (&block->ref_count);
  return block;
}

static void
label_block_unref (LabelBlock *block)
{
  if (g_atomic_ref_count_dec (&block->ref_count))
    g_free (block);
}

static void
tables_unref (Tables *tables)
{
  if (tables == NULL || !g_atomic_ref_count_dec (&tables->ref_count))
    return;
  g_free (tables->begins);
  g_free (tables->ends);
  g_free (tables->block_best);
  g_free (tables->block_end);
  g_free (tables->by_class);
  g_free (tables);
}

static void
id_lookup_unref (IdLookup *lookup)
{
  if (lookup == NULL || !g_atomic_ref_count_dec (&lookup->ref_count))
    return;
  g_free (lookup->slots);
  g_free (lookup);
}

static int
compare_items (const void *a,
               const void *b)
{
  const ChrTimelineItem *ia = a;
  const ChrTimelineItem *ib = b;

  if (ia->begin != ib->begin)
    return ia->begin < ib->begin ? -1 : 1;
  if (ia->id != ib->id)
    return ia->id < ib->id ? -1 : 1;
  return 0;
}

static guint
lower_bound (const gint64 *values,
             guint         n,
             gint64        t)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (values[mid] < t)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
more_important (const ChrTimelineIndex *index,
                guint                   a,
                guint                   b)
{
  double wa = index->items[a].importance;
  double wb = index->items[b].importance;

  if (wa != wb)
    return wa > wb;
  return a < b;
}

static guint
best_of (const ChrTimelineIndex *index,
         guint                   a,
         guint                   b)
{
  if (a == G_MAXUINT)
    return b;
  if (b == G_MAXUINT)
    return a;
  return more_important (index, a, b) ? a : b;
}

/* Folds items[lo, hi) one by one into the most important item so far and
 * the latest end so far. */
static void
scan_range (const ChrTimelineIndex *index,
            guint                   lo,
            guint                   hi,
            guint                  *best,
            gint64                 *latest)
{
  for (guint i = lo; i < hi; i++)
    {
      *best = best_of (index, *best, i);
      *latest = MAX (*latest, index->items[i].end);
    }
}

/* Sorts times in place, a byte at a time from the lowest (a radix sort):
 * linear, where a comparison sort of a million ends is the slowest part of
 * preparing a timeline. Bytes every time shares cost nothing. */
static void
sort_times (gint64 *times,
            guint   n)
{
  g_autofree guint64 *keys = g_new (guint64, n);
  g_autofree guint64 *spare = g_new (guint64, n);
  guint64 *from = keys, *to = spare;

  if (n < 2)
    return;
  /* Flipping the sign bit orders negative times (before 1970) first. */
  for (guint i = 0; i < n; i++)
    keys[i] = (guint64) times[i] ^ G_GUINT64_CONSTANT (0x8000000000000000);

  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint counts[257] = { 0 };
      guint64 *swap;

      for (guint i = 0; i < n; i++)
        counts[((from[i] >> shift) & 0xff) + 1]++;
      if (counts[((from[0] >> shift) & 0xff) + 1] == n)
        continue;
      for (guint b = 1; b < G_N_ELEMENTS (counts); b++)
        counts[b] += counts[b - 1];
      for (guint i = 0; i < n; i++)
        to[counts[(from[i] >> shift) & 0xff]++] = from[i];
      swap = from;
      from = to;
      to = swap;
    }

  for (guint i = 0; i < n; i++)
    times[i] = (gint64) (from[i] ^ G_GUINT64_CONSTANT (0x8000000000000000));
}

static void
build_range_table (ChrTimelineIndex *index)
{
  guint n = index->n_items;

  index->n_blocks = (n + RMQ_BLOCK - 1) / RMQ_BLOCK;
  index->n_levels = g_bit_storage (index->n_blocks);
  index->block_best = g_new (guint, (gsize) index->n_levels * index->n_blocks);
  index->block_end = g_new (gint64, (gsize) index->n_levels * index->n_blocks);
  for (guint b = 0; b < index->n_blocks; b++)
    {
      index->block_best[b] = G_MAXUINT;
      index->block_end[b] = G_MININT64;
      scan_range (index, b * RMQ_BLOCK, MIN (n, (b + 1) * RMQ_BLOCK), &index->block_best[b], &index->block_end[b]);
    }
  for (guint k = 1; k < index->n_levels; k++)
    {
      guint half = 1u << (k - 1);
      guint *best = index->block_best + (gsize) k * index->n_blocks;
      gint64 *latest = index->block_end + (gsize) k * index->n_blocks;
      const guint *prev_best = best - index->n_blocks;
      const gint64 *prev_latest = latest - index->n_blocks;

      for (guint b = 0; b + (1u << k) <= index->n_blocks; b++)
        {
          best[b] = best_of (index, prev_best[b], prev_best[b + half]);
          latest[b] = MAX (prev_latest[b], prev_latest[b + half]);
        }
    }
}

static void
build_duration_classes (ChrTimelineIndex *index)
{
  guint n = index->n_items;
  guint counts[N_DURATION_CLASSES] = { 0 };
  guint fill[N_DURATION_CLASSES];
  g_autofree guint *classes = g_new (guint, n);

  /* A counting sort keeps each class in begin order. */
  for (guint i = 0; i < n; i++)
    {
      gint64 duration = index->items[i].end - index->items[i].begin;

      classes[i] = duration <= 1 ? 0 : MIN (N_DURATION_CLASSES - 1, g_bit_storage ((guint64) duration) - 1);
      counts[classes[i]]++;
    }
  index->class_start[0] = 0;
  for (guint k = 0; k < N_DURATION_CLASSES; k++)
    {
      index->class_start[k + 1] = index->class_start[k] + counts[k];
      fill[k] = index->class_start[k];
    }
  index->by_class = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    index->by_class[fill[classes[i]]++] = i;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The sorted ends of @base's events, without @gone and with @come (both
 * sorted): a merge, where sorting them all again would cost far more. */
static gint64 *
merge_ends (const ChrTimelineIndex *base,
            const gint64           *gone,
            guint                   n_gone,
            const gint64           *come,
            guint                   n_come,
            guint                   n)
{
  gint64 *ends = g_new (gint64, n);
  guint g = 0, c = 0, k = 0;

  for (guint i = 0; i < base->n_items; i++)
    {
      gint64 end = base->ends[i];

      if (g < n_gone && gone[g] == end)
        {
          g++;
          continue;
        }
      for (; c < n_come && come[c] < end; c++)
        ends[k++] = come[c];
      ends[k++] = end;
    }
  for (; c < n_come; c++)
    ends[k++] = come[c];
  g_assert (k == n);
  return ends;
}

/* @sorted_ends: (transfer full) (nullable): the events' ends, sorted, when known */
static void
build_tables (ChrTimelineIndex *index,
              gint64           *sorted_ends)
{
  guint n = index->n_items;

  index->tables = g_new0 (Tables, 1);
  g_atomic_ref_count_init (&index->tables->ref_count);
  index->begins = g_new (gint64, n);
  index->ends = sorted_ends ? sorted_ends : g_new (gint64, n);
  index->extent_end = G_MININT64;
  for (guint i = 0; i < n; i++)
    {
      index->begins[i] = index->items[i].begin;
      if (!sorted_ends)
        index->ends[i] = index->items[i].end;
      index->extent_end = MAX (index->extent_end, index->items[i].end);
    }
  if (!sorted_ends)
    sort_times (index->ends, n);
  build_range_table (index);
  build_duration_classes (index);
  index->tables->begins = index->begins;
  index->tables->ends = index->ends;
  index->tables->block_best = index->block_best;
  index->tables->block_end = index->block_end;
  index->tables->by_class = index->by_class;
}

/* Takes on @base's tables, for an index whose events are where @base's are. */
static void
share_tables (ChrTimelineIndex       *index,
              const ChrTimelineIndex *base)
{
  index->tables = base->tables;
  g_atomic_ref_count_inc (&index->tables->ref_count);
  index->begins = base->begins;
  index->ends = base->ends;
  index->extent_end = base->extent_end;
  index->n_blocks = base->n_blocks;
  index->n_levels = base->n_levels;
  index->block_best = base->block_best;
  index->block_end = base->block_end;
  index->by_class = base->by_class;
  memcpy (index->class_start, base->class_start, sizeof index->class_start);
  index->min_id = base->min_id;
  index->max_id = base->max_id;
  if (base->lookup != NULL)
    {
      g_atomic_ref_count_inc (&base->lookup->ref_count);
      index->lookup = base->lookup;
    }
}

typedef void (*ItemGetter) (gconstpointer    source,
                            guint            i,
                            ChrTimelineItem *item);

static ChrTimelineIndex *
index_new (gconstpointer source,
           guint         n_items,
           ItemGetter    get_item)
{
  ChrTimelineIndex *index = g_new0 (ChrTimelineIndex, 1);
  gsize text_size = 0;
  gboolean sorted = TRUE;
  LabelBlock *block;
  char *text;

  g_atomic_ref_count_init (&index->ref_count);
  index->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) label_block_unref);
  if (n_items == 0)
    return index;

  index->items = g_new (ChrTimelineItem, n_items);
  index->n_items = n_items;
  index->min_id = G_MAXINT64;
  index->max_id = G_MININT64;
  /* One block holds every label: a timeline of a million events is a
   * million strings, and as many allocations would cost more than copying. */
  for (guint i = 0; i < n_items; i++)
    {
      ChrTimelineItem given;

      get_item (source, i, &given);
      text_size += (given.label != NULL ? strlen (given.label) : 0) + 1;
    }
  block = label_block_new (text_size);
  g_ptr_array_add (index->labels, block);
  text = block->text;
  for (guint i = 0; i < n_items; i++)
    {
      ChrTimelineItem *item = &index->items[i];
      ChrTimelineItem given;
      gsize length;

      get_item (source, i, &given);
      length = given.label != NULL ? strlen (given.label) : 0;
      *item = given;
      item->end = MAX (given.end, given.begin);
      item->label = memcpy (text, length > 0 ? given.label : "", length);
      text[length] = '\0';
      text += length + 1;
      index->min_id = MIN (index->min_id, item->id);
      index->max_id = MAX (index->max_id, item->id);
      sorted = sorted && (i == 0 || compare_items (&index->items[i - 1], item) <= 0);
    }
  /* Ties on begin are ordered by id, so equal input gives an equal picture. */
  if (!sorted)
    qsort (index->items, n_items, sizeof (ChrTimelineItem), compare_items);

  build_tables (index, NULL);
  return index;
}

static void
get_given_item (gconstpointer    source,
                guint            i,
                ChrTimelineItem *item)
{
  *item = ((const ChrTimelineItem *) source)[i];
}

static void
get_event_item (gconstpointer    source,
                guint            i,
                ChrTimelineItem *item)
{
  const ChrEventBrief *event = &g_array_index (((const ChrEventList *) source)->events, ChrEventBrief, i);

  *item = (ChrTimelineItem) {
    .id = event->id,
    .begin = event->interval.begin,
    .end = event->interval.end,
    .granularity = event->interval.granularity,
    .label = event->title,
    .importance = event->importance,
    .n_sources = event->n_sources,
    .flags = event->flags,
    .color = event->color,
  };
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const ChrTimelineIndex *index = user_data;
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;
  gint64 ia = index->items[pa].id;
  gint64 ib = index->items[pb].id;

  if (ia != ib)
    return ia < ib ? -1 : 1;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/* Ids are usually numbered from 1 with few gaps: then a table indexed by
 * id answers at once. Otherwise the positions sorted by id are searched. */
static IdLookup *
id_lookup_new (const ChrTimelineIndex *index)
{
  IdLookup *lookup = g_new0 (IdLookup, 1);
  guint64 span = (guint64) index->max_id - (guint64) index->min_id;

  g_atomic_ref_count_init (&lookup->ref_count);
  lookup->direct = span < 2 * (guint64) index->n_items;
  if (lookup->direct)
    {
      lookup->slots = g_new0 (guint, span + 1);
      /* From the last, so that of equal ids the first in time order stays. */
      for (guint i = index->n_items; i-- > 0;)
        lookup->slots[index->items[i].id - index->min_id] = i + 1;
      return lookup;
    }

  lookup->slots = g_new (guint, index->n_items);
  for (guint i = 0; i < index->n_items; i++)
    lookup->slots[i] = i;
  g_qsort_with_data (lookup->slots, (int) index->n_items, sizeof (guint), compare_by_id, (gpointer) index);
  return lookup;
}

static const IdLookup *
get_id_lookup (const ChrTimelineIndex *index)
{
  ChrTimelineIndex *mutable_index = (ChrTimelineIndex *) index;

  if (g_once_init_enter (&mutable_index->lookup))
    g_once_init_leave (&mutable_index->lookup, id_lookup_new (index));
  return index->lookup;
}

/**
 * chr_timeline_index_new:
 * @items: (array length=n_items): the events, in any order
 * @n_items: how many
 *
 * Copies the events with their labels, sorts them and indexes them. It
 * touches nothing else, so a large timeline can be indexed on a worker
 * thread and handed to the main thread.
 *
 * Returns: (transfer full): the index
 */
ChrTimelineIndex *
chr_timeline_index_new (const ChrTimelineItem *items,
                        guint                  n_items)
{
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  return index_new (items, n_items, get_given_item);
}

/**
 * chr_timeline_index_new_for_events:
 * @events: events as read from a timeline file
 *
 * Like chr_timeline_index_new(), straight from the database's list; the
 * index keeps its own copy of the titles, so @events can go at once.
 *
 * Returns: (transfer full): the index
 */
ChrTimelineIndex *
chr_timeline_index_new_for_events (const ChrEventList *events)
{
  g_return_val_if_fail (events != NULL, NULL);

  return index_new (events, events->events->len, get_event_item);
}

/* Whether @changed leave every event where it is in @base: same begin,
 * end and importance, so the tables of @base stay true. */
static gboolean
keeps_positions (const ChrTimelineIndex *base,
                 const ChrTimelineItem  *changed,
                 guint                   n_changed,
                 guint                  *positions)
{
  for (guint i = 0; i < n_changed; i++)
    {
      int position = chr_timeline_index_find (base, changed[i].id);
      const ChrTimelineItem *before;

      if (position < 0)
        return FALSE;
      before = &base->items[position];
      if (before->begin != changed[i].begin || before->end != MAX (changed[i].end, changed[i].begin) ||
          before->importance != changed[i].importance)
        return FALSE;
      positions[i] = (guint) position;
    }
  return TRUE;
}

/* Copies the labels of @changed into a block of @index's own. */
static void
copy_changed_labels (ChrTimelineIndex *index,
                     ChrTimelineItem  *changed,
                     guint             n_changed)
{
  gsize size = 0;
  LabelBlock *block;
  char *text;

  for (guint i = 0; i < n_changed; i++)
    size += (changed[i].label ? strlen (changed[i].label) : 0) + 1;
  block = label_block_new (size);
  g_ptr_array_add (index->labels, block);
  text = block->text;
  for (guint i = 0; i < n_changed; i++)
    {
      gsize length = changed[i].label ? strlen (changed[i].label) : 0;

      memcpy (text, length > 0 ? changed[i].label : "", length);
      text[length] = '\0';
      changed[i].label = text;
      changed[i].end = MAX (changed[i].end, changed[i].begin);
      text += length + 1;
    }
}

static ChrTimelineIndex *
derived_new (const ChrTimelineIndex *base,
             const ChrTimelineItem  *changed,
             guint                   n_changed)
{
  ChrTimelineIndex *index = g_new0 (ChrTimelineIndex, 1);

  g_atomic_ref_count_init (&index->ref_count);
  index->labels = g_ptr_array_new_full (base->labels->len + 1, (GDestroyNotify) label_block_unref);
  for (guint i = 0; i < base->labels->len; i++)
    g_ptr_array_add (index->labels, label_block_ref (g_ptr_array_index (base->labels, i)));
  return index;
}

/* The events of @base with @changed in their places: nothing moves. */
static ChrTimelineIndex *
edit_in_place (const ChrTimelineIndex *base,
               ChrTimelineItem        *changed,
               guint                   n_changed,
               const guint            *positions)
{
  ChrTimelineIndex *index = derived_new (base, changed, n_changed);

  copy_changed_labels (index, changed, n_changed);
  index->n_items = base->n_items;
  index->items = g_memdup2 (base->items, sizeof (ChrTimelineItem) * base->n_items);
  for (guint i = 0; i < n_changed; i++)
    index->items[positions[i]] = changed[i];
  share_tables (index, base);
  return index;
}

static gboolean
contains_id (const gint64 *ids,
             guint         n,
             gint64        id)
{
  for (guint i = 0; i < n; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

static gboolean
is_changed (const ChrTimelineItem *changed,
            guint                  n,
            gint64                 id)
{
  for (guint i = 0; i < n; i++)
    if (changed[i].id == id)
      return TRUE;
  return FALSE;
}

/* The events of @base without @removed, with @changed merged in time order. */
static ChrTimelineIndex *
edit_and_reorder (const ChrTimelineIndex *base,
                  ChrTimelineItem        *changed,
                  guint                   n_changed,
                  const gint64           *removed,
                  guint                   n_removed)
{
  ChrTimelineIndex *index = derived_new (base, changed, n_changed);
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) come = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = 0, c = 0;

  copy_changed_labels (index, changed, n_changed);
  if (n_changed > 1)
    qsort (changed, n_changed, sizeof (ChrTimelineItem), compare_items);
  index->items = g_new (ChrTimelineItem, base->n_items + n_changed);
  for (guint i = 0; i < base->n_items; i++)
    {
      const ChrTimelineItem *item = &base->items[i];

      if (contains_id (removed, n_removed, item->id) || is_changed (changed, n_changed, item->id))
        {
          g_array_append_val (gone, item->end);
          continue;
        }
      for (; c < n_changed && compare_items (&changed[c], item) < 0; c++)
        if (!contains_id (removed, n_removed, changed[c].id))
          {
            g_array_append_val (come, changed[c].end);
            index->items[n++] = changed[c];
          }
      index->items[n++] = *item;
    }
  for (; c < n_changed; c++)
    if (!contains_id (removed, n_removed, changed[c].id))
      {
        g_array_append_val (come, changed[c].end);
        index->items[n++] = changed[c];
      }
  index->n_items = n;
  g_array_sort (gone, compare_times);
  g_array_sort (come, compare_times);

  index->min_id = G_MAXINT64;
  index->max_id = G_MININT64;
  for (guint i = 0; i < n; i++)
    {
      index->min_id = MIN (index->min_id, index->items[i].id);
      index->max_id = MAX (index->max_id, index->items[i].id);
    }
  if (n > 0)
    build_tables (index, merge_ends (base, gone->data ? (gint64 *) (gpointer) gone->data : NULL, gone->len,
                                     come->data ? (gint64 *) (gpointer) come->data : NULL, come->len, n));
  return index;
}

/**
 * chr_timeline_index_new_edited:
 * @base: an index
 * @changed: (array length=n_changed): events that replace those of the same
 *   id in @base, or join it
 * @n_changed: how many; a handful, as one edit makes
 * @removed: (array length=n_removed): ids of events to leave out
 * @n_removed: how many
 *
 * An index like @base with an edit applied, made without reading the
 * timeline again: what lets an edit reach the screen in a frame. The new
 * index shares with @base the labels it did not change and, when no event
 * moved in time, its tables; otherwise the changed events are merged into
 * @base's order, so nothing is sorted again.
 *
 * Returns: (transfer full): the new index; @base is unchanged
 */
ChrTimelineIndex *
chr_timeline_index_new_edited (const ChrTimelineIndex *base,
                               const ChrTimelineItem  *changed,
                               guint                   n_changed,
                               const gint64           *removed,
                               guint                   n_removed)
{
  g_autofree ChrTimelineItem *copies = NULL;
  g_autofree guint *positions = NULL;

  g_return_val_if_fail (base != NULL, NULL);
  g_return_val_if_fail (changed != NULL || n_changed == 0, NULL);

  copies = g_memdup2 (changed, sizeof (ChrTimelineItem) * n_changed);
  positions = g_new (guint, MAX (n_changed, 1));
  if (n_removed == 0 && base->n_items > 0 && keeps_positions (base, changed, n_changed, positions))
    return edit_in_place (base, copies, n_changed, positions);
  return edit_and_reorder (base, copies, n_changed, removed, n_removed);
}

ChrTimelineIndex *
chr_timeline_index_ref (ChrTimelineIndex *index)
{
  g_return_val_if_fail (index != NULL, NULL);

  g_atomic_ref_count_inc (&index->ref_count);
  return index;
}

void
chr_timeline_index_unref (ChrTimelineIndex *index)
{
  g_return_if_fail (index != NULL);

  if (!g_atomic_ref_count_dec (&index->ref_count))
    return;
  id_lookup_unref (index->lookup);
  g_free (index->focus);
  g_free (index->items);
  g_ptr_array_unref (index->labels);
  tables_unref (index->tables);
  g_free (index);
}

guint
chr_timeline_index_get_n_items (const ChrTimelineIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);

  return index->n_items;
}

/**
 * chr_timeline_index_get_item:
 * @index: a #ChrTimelineIndex
 * @position: a position, in time order
 *
 * Returns: (transfer none): the event there; it and its label last as long as @index
 */
const ChrTimelineItem *
chr_timeline_index_get_item (const ChrTimelineIndex *index,
                             guint                   position)
{
  g_return_val_if_fail (index != NULL && position < index->n_items, NULL);

  return &index->items[position];
}

/**
 * chr_timeline_index_get_items:
 * @index: a #ChrTimelineIndex
 * @n_items: (out) (optional): how many
 *
 * All the events at once, for loops that visit many of them in a frame.
 *
 * Returns: (transfer none) (array length=n_items) (nullable): the events in
 *   time order, %NULL when there are none
 */
const ChrTimelineItem *
chr_timeline_index_get_items (const ChrTimelineIndex *index,
                              guint                  *n_items)
{
  g_return_val_if_fail (index != NULL, NULL);

  if (n_items != NULL)
    *n_items = index->n_items;
  return index->items;
}

/**
 * chr_timeline_index_find:
 * @index: a #ChrTimelineIndex
 * @id: an event's id
 *
 * The first search by id prepares a table of ids, on whichever thread
 * asks; later ones take constant time (ids with few gaps) or a binary search.
 *
 * Returns: the position of the event with this id (the first in time order
 *   if several share it), or -1
 */
int
chr_timeline_index_find (const ChrTimelineIndex *index,
                         gint64                  id)
{
  const IdLookup *lookup;
  guint lo = 0, hi;

  g_return_val_if_fail (index != NULL, -1);

  if (index->n_items == 0 || id < index->min_id || id > index->max_id)
    return -1;
  lookup = get_id_lookup (index);
  if (lookup->direct)
    return (int) lookup->slots[id - index->min_id] - 1;

  hi = index->n_items;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (index->items[lookup->slots[mid]].id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < index->n_items && index->items[lookup->slots[lo]].id == id ? (int) lookup->slots[lo] : -1;
}

/* The first begin and the last end of all events; FALSE when there are none. */
gboolean
chr_timeline_index_get_extent (const ChrTimelineIndex *index,
                               gint64                 *begin,
                               gint64                 *end)
{
  g_return_val_if_fail (index != NULL, FALSE);

  if (index->n_items == 0)
    return FALSE;
  if (begin != NULL)
    *begin = index->items[0].begin;
  if (end != NULL)
    *end = index->extent_end;
  return TRUE;
}

/* The positions [*first, *last] of the shortest run of events, in time
 * order, whose importance adds up to FOCUS_SHARE of the whole: one walk
 * whose two ends only move forward. */
static void
find_core (const ChrTimelineIndex *index,
           guint                  *first,
           guint                  *last)
{
  const ChrTimelineItem *items = index->items;
  guint n = index->n_items, j = 0;
  double total = 0, need, sum = 0;
  guint64 shortest = G_MAXUINT64;

  *first = 0;
  *last = n - 1;
  for (guint i = 0; i < n; i++)
    total += MAX (items[i].importance, 0);
  /* A hair under the share, so that rounding never loses a sum of whole numbers. */
  need = total * FOCUS_SHARE * (1 - 1e-9);
  if (!(need > 0))
    return;

  for (guint i = 0; i < n; i++)
    {
      guint64 length;

      for (; j < n && sum < need; j++)
        sum += MAX (items[j].importance, 0);
      if (sum < need || j <= i)
        break;
      length = (guint64) index->begins[j - 1] - (guint64) index->begins[i];
      if (length < shortest)
        {
          shortest = length;
          *first = i;
          *last = j - 1;
        }
      sum -= MAX (items[i].importance, 0);
    }
}

static Focus *
focus_new (const ChrTimelineIndex *index)
{
  Focus *focus = g_new (Focus, 1);
  double begin, end, margin, whole;
  guint first, last;

  find_core (index, &first, &last);
  begin = (double) index->begins[first];
  end = (double) index->items[last].end;
  margin = (end - begin) * FOCUS_MARGIN;
  whole = (double) index->extent_end - (double) index->begins[0];
  if (whole <= FOCUS_SPREAD * MAX (end - begin + 2 * margin, (double) FOCUS_LEAST_SPAN))
    {
      focus->begin = index->begins[0];
      focus->end = index->extent_end;
      return focus;
    }
  focus->begin = (gint64) MAX (begin - margin, (double) index->begins[0]);
  focus->end = (gint64) MIN (end + margin, (double) index->extent_end);
  return focus;
}

/**
 * chr_timeline_index_get_focus:
 * @index: a #ChrTimelineIndex
 * @begin: (out) (optional): where the stretch begins
 * @end: (out) (optional): where it ends
 *
 * The stretch of time a first view and "zoom to fit" frame: where most of
 * the importance is, not the farthest events. It is the shortest run of
 * events (in time order) whose importance adds up to 80% of all of it,
 * from the first one's begin to the last one's end, widened by an eighth
 * of its length on each side. So news of one month that mentions 1953 and
 * 2050 in passing frames that month, and the asides are a Home or an End
 * away. When every event lies within four times that stretch (counted as
 * a month at least), none is far enough to leave out and the whole extent
 * is framed, as it is for events spread evenly.
 *
 * The run is found in one walk over the events in time order, with two
 * ends that only move forward (no sort), on the first call; the index
 * never changes, so the answer is kept.
 *
 * Returns: %FALSE when there are no events
 */
gboolean
chr_timeline_index_get_focus (const ChrTimelineIndex *index,
                              gint64                 *begin,
                              gint64                 *end)
{
  ChrTimelineIndex *mutable_index = (ChrTimelineIndex *) index;

  g_return_val_if_fail (index != NULL, FALSE);

  if (index->n_items == 0)
    return FALSE;
  if (g_once_init_enter (&mutable_index->focus))
    g_once_init_leave (&mutable_index->focus, focus_new (index));
  if (begin != NULL)
    *begin = index->focus->begin;
  if (end != NULL)
    *end = index->focus->end;
  return TRUE;
}

/* How many events begin before t; also the position of the first that does not. */
guint
chr_timeline_index_count_before (const ChrTimelineIndex *index,
                                 gint64                  t)
{
  g_return_val_if_fail (index != NULL, 0);

  return lower_bound (index->begins, index->n_items, t);
}

/* How many events end before t: they are over before t. */
guint
chr_timeline_index_count_ended_before (const ChrTimelineIndex *index,
                                       gint64                  t)
{
  g_return_val_if_fail (index != NULL, 0);

  return lower_bound (index->ends, index->n_items, t);
}

/* How many events begin before to and end at or after from: two binary searches. */
guint
chr_timeline_index_count_overlapping (const ChrTimelineIndex *index,
                                      gint64                  from,
                                      gint64                  to)
{
  guint begun;

  g_return_val_if_fail (index != NULL, 0);

  begun = lower_bound (index->begins, index->n_items, to);
  return begun - MIN (begun, lower_bound (index->ends, index->n_items, from));
}

/**
 * chr_timeline_index_most_important:
 * @index: a #ChrTimelineIndex
 * @lo: the first position
 * @hi: the position after the last
 * @latest_end: (out) (optional): the latest end among them, %G_MININT64 if none
 *
 * Finds the most important event among positions [@lo, @hi) in constant
 * time plus two blocks of a few dozen; of equally important ones, the first.
 *
 * Returns: its position, or %G_MAXUINT when the range is empty
 */
guint
chr_timeline_index_most_important (const ChrTimelineIndex *index,
                                   guint                   lo,
                                   guint                   hi,
                                   gint64                 *latest_end)
{
  guint first_block, last_block, best = G_MAXUINT;
  gint64 latest = G_MININT64;

  g_return_val_if_fail (index != NULL, G_MAXUINT);
  g_return_val_if_fail (hi <= index->n_items, G_MAXUINT);

  if (lo >= hi)
    {
      if (latest_end != NULL)
        *latest_end = latest;
      return best;
    }

  first_block = lo / RMQ_BLOCK;
  last_block = (hi - 1) / RMQ_BLOCK;
  if (last_block <= first_block + 1)
    scan_range (index, lo, hi, &best, &latest);
  else
    {
      guint a = first_block + 1;
      guint k = g_bit_storage (last_block - a) - 1;
      gsize row = (gsize) k * index->n_blocks;
      guint b = last_block - (1u << k);

      scan_range (index, lo, (first_block + 1) * RMQ_BLOCK, &best, &latest);
      scan_range (index, last_block * RMQ_BLOCK, hi, &best, &latest);
      best = best_of (index, best, best_of (index, index->block_best[row + a], index->block_best[row + b]));
      latest = MAX (latest, MAX (index->block_end[row + a], index->block_end[row + b]));
    }
  if (latest_end != NULL)
    *latest_end = latest;
  return best;
}

/**
 * chr_timeline_index_collect_ongoing:
 * @index: a #ChrTimelineIndex
 * @t: a time
 * @positions: (element-type guint): where to append
 *
 * Appends the events that begin before @t and end at or after it, in no
 * particular order. For each duration class only those beginning less than
 * its longest duration before @t can reach it, so few are looked at; where
 * such events are dense, the scan stops after a few thousand.
 */
void
chr_timeline_index_collect_ongoing (const ChrTimelineIndex *index,
                                    gint64                  t,
                                    GArray                 *positions)
{
  guint scanned = 0;

  g_return_if_fail (index != NULL);
  g_return_if_fail (positions != NULL);

  for (guint k = 0; k < N_DURATION_CLASSES; k++)
    {
      guint lo = index->class_start[k], hi = index->class_start[k + 1];
      gint64 reach = k >= 61 ? G_MAXINT64 / 4 : (G_GINT64_CONSTANT (2) << k);
      gint64 window = t - reach;

      if (lo == hi)
        continue;
      /* Within the class, positions and begins ascend together. */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (index->begins[index->by_class[mid]] < window)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint j = lo; j < index->class_start[k + 1]; j++)
        {
          guint i = index->by_class[j];

          if (index->begins[i] >= t || scanned++ >= ONGOING_SCAN_LIMIT)
            break;
          if (index->items[i].end >= t)
            g_array_append_val (positions, i);
        }
    }
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/**
 * chr_timeline_index_collect_visible:
 * @index: a #ChrTimelineIndex
 * @from: the first time
 * @to: the last time, included
 * @positions: (element-type guint): emptied, then filled
 *
 * The events that overlap [@from, @to], in time order.
 */
void
chr_timeline_index_collect_visible (const ChrTimelineIndex *index,
                                    gint64                  from,
                                    gint64                  to,
                                    GArray                 *positions)
{
  guint hi;

  g_return_if_fail (index != NULL);
  g_return_if_fail (positions != NULL);

  hi = lower_bound (index->begins, index->n_items, to + 1);
  g_array_set_size (positions, 0);
  chr_timeline_index_collect_ongoing (index, from, positions);
  g_array_sort (positions, compare_positions);
  for (guint i = lower_bound (index->begins, index->n_items, from); i < hi; i++)
    g_array_append_val (positions, i);
}

/* Periods coarser than a day are drawn as bars; a day or less is a point. */
gboolean
chr_timeline_item_is_period (const ChrTimelineItem *item)
{
  g_return_val_if_fail (item != NULL, FALSE);

  if (item->flags & CHR_EVENT_FLAG_PERIOD)
    return TRUE;
  switch (item->granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_MONTH:
    case CHR_GRANULARITY_WEEK:
      return TRUE;
    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      return FALSE;
    }
}

/**
 * chr_timeline_index_tune_allocator:
 *
 * An edit makes a new index of the same size as the one shown, and the
 * old one goes: megabytes each time. By default the C library hands such
 * blocks back to the system when freed and takes fresh ones for the next,
 * and the first touch of every fresh page costs a fault: an edit that
 * should take a few milliseconds then takes twenty. Called once at start,
 * this keeps large blocks in the process for reuse.
 */
void
chr_timeline_index_tune_allocator (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 64 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

/**
 * chr_timeline_index_warm_allocator:
 * @index: the index shown
 *
 * Touches, on the calling thread, as much memory as an index made from
 * @index by an edit needs, and gives it back to the allocator, which keeps
 * it (chr_timeline_index_tune_allocator()): the first edit after a load
 * then finds its pages ready. An index built on a worker thread took its
 * memory from that thread's pool, not from the one edits use.
 */
void
chr_timeline_index_warm_allocator (const ChrTimelineIndex *index)
{
  gsize size;
  char *block;

  g_return_if_fail (index != NULL);

  /* Items, begins, ends, range table and duration classes, three times
   * over: an edited index is made while the shown one, and the one the
   * painter drew last, still live. */
  size = (gsize) index->n_items * (sizeof (ChrTimelineItem) + 2 * sizeof (gint64) + 2 * sizeof (guint)) * 3;
  if (size == 0)
    return;
  block = g_malloc (size);
  for (gsize i = 0; i < size; i += 4096)
    block[i] = 0;
  g_free (block);
}
