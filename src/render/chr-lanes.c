/* chr-lanes.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-lanes"

#include "config.h"

#include "chr-lanes.h"

typedef struct
{
  double start;
  double end;
  guint  index;
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Placed *pa = a;
  const Placed *pb = b;

  if (pa->start != pb->start)
    return pa->start < pb->start ? -1 : 1;
  if (pa->index != pb->index)
    return pa->index < pb->index ? -1 : 1;
  return 0;
}

typedef struct
{
  const ChrLaneItem *items;
} OrderContext;

/* More important first; among equals the one further left, so that equal
 * items fill the lanes left to right like the classic greedy layout. */
static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const OrderContext *context = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  double wa = context->items[ia].importance;
  double wb = context->items[ib].importance;

  if (wa != wb)
    return wa > wb ? -1 : 1;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/* Whether [start, end) keeps gap pixels from everything already on the lane.
 * The intervals on a lane never overlap, so sorted by start they are sorted by
 * end too, and only the neighbours on either side of start can collide. */
static gboolean
lane_is_free (GTree        *lane,
              const Placed *candidate,
              double        gap)
{
  GTreeNode *after = g_tree_upper_bound (lane, candidate);
  GTreeNode *before = after != NULL ? g_tree_node_previous (after) : g_tree_node_last (lane);

  if (after != NULL)
    {
      const Placed *next = g_tree_node_key (after);

      if (next->start < candidate->end + gap)
        return FALSE;
    }
  if (before != NULL)
    {
      const Placed *previous = g_tree_node_key (before);

      if (candidate->start < previous->end + gap)
        return FALSE;
    }
  return TRUE;
}

/**
 * chr_lanes_assign:
 * @items: (array length=n_items): extents, usually sorted by x_start
 * @gap: the least horizontal distance between two items on one lane, >= 0
 * @max_lanes: how many lanes there are room for
 * @lanes: (out caller-allocates) (array length=n_items): the lane of each
 *   item, 0 first, or %CHR_LANE_NONE when no lane has room for it
 *
 * Gives every item the lowest lane where it keeps @gap from all the others,
 * the more important items first, so they win contested places. Each item
 * costs O(log n) per lane it tries.
 *
 * Returns: the number of lanes used
 */
guint
chr_lanes_assign (const ChrLaneItem *items,
                  guint              n_items,
                  double             gap,
                  guint              max_lanes,
                  int               *lanes)
{
  g_autofree guint *order = NULL;
  g_autofree Placed *placed = NULL;
  g_autoptr (GPtrArray) trees = NULL;
  OrderContext context = { items };
  guint used = 0;

  g_return_val_if_fail (items != NULL || n_items == 0, 0);
  g_return_val_if_fail (lanes != NULL || n_items == 0, 0);
  g_return_val_if_fail (gap >= 0, 0);

  if (n_items == 0)
    return 0;

  order = g_new (guint, n_items);
  for (guint i = 0; i < n_items; i++)
    order[i] = i;
  g_qsort_with_data (order, (int) n_items, sizeof (guint), compare_priority, &context);

  placed = g_new (Placed, n_items);
  trees = g_ptr_array_new_with_free_func ((GDestroyNotify) g_tree_unref);

  for (guint k = 0; k < n_items; k++)
    {
      guint i = order[k];
      Placed *p = &placed[i];

      p->start = items[i].x_start;
      p->end = MAX (items[i].x_end, items[i].x_start);
      p->index = i;
      lanes[i] = CHR_LANE_NONE;

      for (guint lane = 0; lane < max_lanes; lane++)
        {
          if (lane == trees->len)
            g_ptr_array_add (trees, g_tree_new_full (compare_placed, NULL, NULL, NULL));
          if (lane_is_free (g_ptr_array_index (trees, lane), p, gap))
            {
              g_tree_insert (g_ptr_array_index (trees, lane), p, p);
              lanes[i] = (int) lane;
              used = MAX (used, lane + 1);
              break;
            }
        }
    }

  return used;
}
