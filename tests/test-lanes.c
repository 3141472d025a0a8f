/* test-lanes.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-lanes"

#include "config.h"

#include "chr-lanes.h"

static gboolean
collide (const ChrLaneItem *a,
         const ChrLaneItem *b,
         double             gap)
{
  return a->x_start < b->x_end + gap && b->x_start < a->x_end + gap;
}

static void
test_empty (void)
{
  g_assert_cmpuint (chr_lanes_assign (NULL, 0, 4, 3, NULL), ==, 0);
}

typedef struct
{
  const char  *name;
  double       gap;
  guint        max_lanes;
  guint        n_items;
  ChrLaneItem  items[6];
  int          expected[6];
  guint        used;
} LanesRow;

static const LanesRow rows[] = {
  { "disjoint", 5, 3, 3,
    { { 0, 10, 1 }, { 20, 30, 1 }, { 40, 50, 1 } },
    { 0, 0, 0 }, 1 },
  { "gap decides", 5, 3, 3,
    { { 0, 10, 1 }, { 14, 30, 1 }, { 35, 50, 1 } },
    { 0, 1, 0 }, 2 },
  { "touching with no gap", 0, 3, 2,
    { { 0, 10, 1 }, { 10, 20, 1 } },
    { 0, 0 }, 1 },
  { "greedy refills lower lanes", 2, 4, 5,
    { { 0, 100, 1 }, { 10, 20, 1 }, { 30, 40, 1 }, { 50, 60, 1 }, { 105, 120, 1 } },
    { 0, 1, 1, 1, 0 }, 2 },
  { "importance wins the contested slot", 4, 1, 3,
    { { 0, 50, 1 }, { 40, 90, 3 }, { 95, 120, 1 } },
    { CHR_LANE_NONE, 0, 0 }, 1 },
  { "importance takes the lower lane", 4, 2, 2,
    { { 0, 50, 1 }, { 10, 60, 2 } },
    { 1, 0 }, 2 },
  { "out of lanes", 0, 2, 4,
    { { 0, 100, 1 }, { 10, 110, 1 }, { 20, 120, 1 }, { 130, 140, 1 } },
    { 0, 1, CHR_LANE_NONE, 0 }, 2 },
  { "no lanes at all", 0, 0, 2,
    { { 0, 10, 1 }, { 20, 30, 1 } },
    { CHR_LANE_NONE, CHR_LANE_NONE }, 0 },
  { "equal importance goes left to right", 4, 1, 3,
    { { 0, 50, 2 }, { 30, 80, 2 }, { 60, 90, 2 } },
    { 0, CHR_LANE_NONE, 0 }, 1 },
  { "zero width", 0, 1, 3,
    { { 5, 5, 1 }, { 5, 5, 1 }, { 0, 10, 1 } },
    { 0, 0, CHR_LANE_NONE }, 1 },
};

static void
test_table (void)
{
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      const LanesRow *row = &rows[r];
      int lanes[G_N_ELEMENTS (row->items)];
      guint used;

      g_test_message ("%s", row->name);
      used = chr_lanes_assign (row->items, row->n_items, row->gap, row->max_lanes, lanes);
      g_assert_cmpuint (used, ==, row->used);
      for (guint i = 0; i < row->n_items; i++)
        g_assert_cmpint (lanes[i], ==, row->expected[i]);
    }
}

/* On random inputs: nothing on one lane collides, every item left without a
 * lane really had none free, and every item sits on the lowest lane that was
 * free when it was placed (no lower lane is free of more important items). */
static void
test_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260214);

  for (guint round = 0; round < 300; round++)
    {
      guint n = g_rand_int_range (rand, 0, 250);
      guint max_lanes = g_rand_int_range (rand, 0, 8);
      double gap = g_rand_int_range (rand, 0, 3) * 4.0;
      g_autofree ChrLaneItem *items = g_new (ChrLaneItem, n);
      g_autofree int *lanes = g_new (int, n);
      double x = 0;
      guint used, highest = 0;

      for (guint i = 0; i < n; i++)
        {
          x += g_rand_double_range (rand, 0, 30);
          items[i].x_start = x;
          items[i].x_end = x + g_rand_double_range (rand, 0, 200);
          /* Few distinct values, so ties are common too. */
          items[i].importance = 1 + g_rand_int_range (rand, 0, 4);
        }

      used = chr_lanes_assign (items, n, gap, max_lanes, lanes);

      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpint (lanes[i], >=, CHR_LANE_NONE);
          g_assert_cmpint (lanes[i], <, (int) max_lanes);
          if (lanes[i] != CHR_LANE_NONE)
            highest = MAX (highest, (guint) lanes[i] + 1);

          for (guint j = i + 1; j < n; j++)
            if (lanes[i] != CHR_LANE_NONE && lanes[i] == lanes[j])
              g_assert_false (collide (&items[i], &items[j], gap));
        }
      g_assert_cmpuint (used, ==, highest);

      for (guint i = 0; i < n; i++)
        {
          guint below = lanes[i] == CHR_LANE_NONE ? max_lanes : (guint) lanes[i];

          for (guint lane = 0; lane < below; lane++)
            {
              gboolean blocked = FALSE;

              for (guint j = 0; j < n && !blocked; j++)
                {
                  gboolean first = items[j].importance > items[i].importance
                                   || (items[j].importance == items[i].importance && j < i);

                  blocked = j != i && lanes[j] == (int) lane && first && collide (&items[i], &items[j], gap);
                }
              g_assert_true (blocked);
            }
        }
    }
}

static void
test_many (void)
{
  guint n = 100000;
  g_autofree ChrLaneItem *items = g_new (ChrLaneItem, n);
  g_autofree int *lanes = g_new (int, n);
  guint placed = 0;

  /* Densely packed items: the layout stays fast and fills every lane. */
  for (guint i = 0; i < n; i++)
    {
      items[i].x_start = i * 0.05;
      items[i].x_end = items[i].x_start + 120;
      items[i].importance = 1 + (i * 7919) % 13;
    }
  g_assert_cmpuint (chr_lanes_assign (items, n, 8, 10, lanes), ==, 10);
  for (guint i = 0; i < n; i++)
    placed += lanes[i] != CHR_LANE_NONE;
  g_assert_cmpuint (placed, >, 10 * 5000 / 128 - 10);
  g_assert_cmpuint (placed, <=, 10 * (5000 / 128 + 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/lanes/empty", test_empty);
  g_test_add_func ("/render/lanes/table", test_table);
  g_test_add_func ("/render/lanes/random", test_random);
  g_test_add_func ("/render/lanes/many", test_many);

  return g_test_run ();
}
