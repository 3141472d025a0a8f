/* test-timeline-index.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-timeline-index"

#include "config.h"

#include "chr-event-merge.h"
#include "chr-timeline-index.h"

/* A small timeline, given out of order: points, a month and a long period. */
static const ChrTimelineItem small[] = {
  { .id = 5, .begin = 500, .end = 501, .granularity = CHR_GRANULARITY_DAY, .label = "e", .importance = 1 },
  { .id = 1, .begin = 100, .end = 101, .granularity = CHR_GRANULARITY_DAY, .label = "a", .importance = 2 },
  { .id = 3, .begin = 300, .end = 400, .granularity = CHR_GRANULARITY_MONTH, .label = "c", .importance = 5 },
  { .id = 2, .begin = 200, .end = 1000, .granularity = CHR_GRANULARITY_YEAR, .label = "b", .importance = 3,
    .flags = CHR_EVENT_FLAG_PERIOD },
  { .id = 4, .begin = 300, .end = 300, .granularity = CHR_GRANULARITY_DAY, .label = "d", .importance = 5 },
};

static ChrTimelineIndex *
new_small (void)
{
  return chr_timeline_index_new (small, G_N_ELEMENTS (small));
}

static void
test_sorted (void)
{
  g_autoptr (ChrTimelineIndex) index = new_small ();
  const gint64 order[] = { 1, 2, 3, 4, 5 };
  const ChrTimelineItem *items;
  guint n = 0;

  g_assert_cmpuint (chr_timeline_index_get_n_items (index), ==, G_N_ELEMENTS (order));
  items = chr_timeline_index_get_items (index, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_cmpint (chr_timeline_index_get_item (index, i)->id, ==, order[i]);
      g_assert_true (&items[i] == chr_timeline_index_get_item (index, i));
    }
  /* An end before the begin is taken as the begin. */
  g_assert_cmpint (chr_timeline_index_get_item (index, 3)->end, ==, 300);
}

static void
test_extent (void)
{
  g_autoptr (ChrTimelineIndex) index = new_small ();
  g_autoptr (ChrTimelineIndex) empty = chr_timeline_index_new (NULL, 0);
  gint64 begin = 0, end = 0;

  g_assert_true (chr_timeline_index_get_extent (index, &begin, &end));
  g_assert_cmpint (begin, ==, 100);
  /* The latest end, not the end of the last to begin. */
  g_assert_cmpint (end, ==, 1000);
  g_assert_false (chr_timeline_index_get_extent (empty, &begin, &end));
  g_assert_cmpuint (chr_timeline_index_get_n_items (empty), ==, 0);
  g_assert_cmpint (chr_timeline_index_find (empty, 1), ==, -1);
}

/* An event of a focus row: a date, how many days it lasts, its importance. */
typedef struct
{
  int    year, month, day;
  int    days;
  double importance;
} FocusEvent;

#define DAY CHR_SECONDS_PER_DAY

/* News of eight days from 1 March 2013, each told by five sources. */
#define MARCH_NEWS \
  { 2013, 3, 1, 1, 5 }, { 2013, 3, 2, 1, 5 }, { 2013, 3, 3, 1, 5 }, { 2013, 3, 4, 1, 5 }, \
  { 2013, 3, 5, 1, 5 }, { 2013, 3, 6, 1, 5 }, { 2013, 3, 7, 1, 5 }, { 2013, 3, 8, 1, 5 }

static const struct
{
  const char *name;
  FocusEvent  events[12];
  int         begin_date[3];
  gint64      begin_offset;   /* seconds after begin_date */
  int         end_date[3];
  gint64      end_offset;
} focus_rows[] = {
  { "one event", { { 2013, 3, 1, 1, 1 } }, { 2013, 3, 1 }, 0, { 2013, 3, 2 }, 0 },
  /* 80% is eight of ten, but the two left out are close: all shows. */
  { "evenly spread",
    { { 2000, 1, 1, 1, 1 }, { 2001, 1, 1, 1, 1 }, { 2002, 1, 1, 1, 1 }, { 2003, 1, 1, 1, 1 },
      { 2004, 1, 1, 1, 1 }, { 2005, 1, 1, 1, 1 }, { 2006, 1, 1, 1, 1 }, { 2007, 1, 1, 1, 1 },
      { 2008, 1, 1, 1, 1 }, { 2009, 1, 1, 1, 1 } },
    { 2000, 1, 1 }, 0, { 2009, 1, 2 }, 0 },
  /* The news, widened by a day on each side; the century, 1953, 1984 and
   * 2050 mentioned in passing are left out. */
  { "news and asides",
    { MARCH_NEWS, { 1901, 1, 1, 36524, 1 }, { 1953, 6, 1, 1, 1 }, { 1984, 6, 1, 1, 1 }, { 2050, 1, 1, 1, 1 } },
    { 2013, 2, 28 }, 0, { 2013, 3, 10 }, 0 },
  /* An aside six weeks on is near enough to show with the news. */
  { "aside close by", { MARCH_NEWS, { 2013, 4, 15, 1, 1 } }, { 2013, 3, 1 }, 0, { 2013, 4, 16 }, 0 },
  /* An aside that matters more than the news is no aside. */
  { "important aside", { MARCH_NEWS, { 1953, 6, 1, 1, 60 } }, { 1953, 6, 1 }, 0, { 2013, 3, 9 }, 0 },
  /* A period that begins with the news and runs to 2050 runs off the
   * right edge; seven days of news are 80%, widened by 7/8 of a day, and
   * nothing is framed before the first event. */
  { "period from the news", { MARCH_NEWS, { 2013, 3, 1, 13455, 1 } },
    { 2013, 3, 1 }, 0, { 2013, 3, 8 }, 7 * DAY / 8 },
  { "no importance", { { 1953, 6, 1, 1, 0 }, { 2013, 3, 1, 1, 0 } }, { 1953, 6, 1 }, 0, { 2013, 3, 2 }, 0 },
};

static ChrTimelineIndex *
new_focus_index (guint row)
{
  g_autoptr (GArray) items = g_array_new (FALSE, FALSE, sizeof (ChrTimelineItem));

  for (guint k = 0; k < G_N_ELEMENTS (focus_rows[row].events) && focus_rows[row].events[k].year != 0; k++)
    {
      const FocusEvent *e = &focus_rows[row].events[k];
      ChrTimelineItem item = {
        .id = k + 1,
        .begin = chr_time_from_civil (e->year, e->month, e->day, 0, 0, 0),
        .granularity = e->days > 1 ? CHR_GRANULARITY_YEAR : CHR_GRANULARITY_DAY,
        .label = "event",
        .importance = e->importance,
      };

      item.end = item.begin + e->days * DAY;
      g_array_append_val (items, item);
    }
  return chr_timeline_index_new ((const ChrTimelineItem *) (gpointer) items->data, items->len);
}

/* What a first view frames: where most of the importance is. */
static void
test_focus (void)
{
  g_autoptr (ChrTimelineIndex) empty = chr_timeline_index_new (NULL, 0);

  g_assert_false (chr_timeline_index_get_focus (empty, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (focus_rows); i++)
    {
      g_autoptr (ChrTimelineIndex) index = new_focus_index (i);
      const int *b = focus_rows[i].begin_date, *e = focus_rows[i].end_date;
      gint64 begin = 0, end = 0;

      g_test_message ("%s", focus_rows[i].name);
      g_assert_true (chr_timeline_index_get_focus (index, &begin, &end));
      g_assert_cmpint (begin, ==, chr_time_from_civil (b[0], b[1], b[2], 0, 0, 0) + focus_rows[i].begin_offset);
      g_assert_cmpint (end, ==, chr_time_from_civil (e[0], e[1], e[2], 0, 0, 0) + focus_rows[i].end_offset);
      /* Asked again, the same answer. */
      g_assert_true (chr_timeline_index_get_focus (index, &begin, NULL));
      g_assert_cmpint (begin, ==, chr_time_from_civil (b[0], b[1], b[2], 0, 0, 0) + focus_rows[i].begin_offset);
    }
}

/* An edit that changes importance, and nothing else, changes the focus. */
static void
test_focus_edited (void)
{
  g_autoptr (ChrTimelineIndex) base = NULL;
  g_autoptr (ChrTimelineIndex) edited = NULL;
  ChrTimelineItem aside;
  gint64 begin = 0;
  guint row = 2;

  g_assert_cmpstr (focus_rows[row].name, ==, "news and asides");
  base = new_focus_index (row);
  g_assert_true (chr_timeline_index_get_focus (base, &begin, NULL));
  g_assert_cmpint (begin, ==, chr_time_from_civil (2013, 2, 28, 0, 0, 0));

  /* 1953, now told by a hundred sources: most of the importance runs from
   * there to the news, which is near enough to the rest to frame it all. */
  aside = *chr_timeline_index_get_item (base, (guint) chr_timeline_index_find (base, 10));
  aside.importance = 100;
  edited = chr_timeline_index_new_edited (base, &aside, 1, NULL, 0);
  g_assert_true (chr_timeline_index_get_focus (edited, &begin, NULL));
  g_assert_cmpint (begin, ==, chr_time_from_civil (1901, 1, 1, 0, 0, 0));
}

static void
test_counts (void)
{
  static const struct
  {
    gint64 t;
    guint  begun_before;
    guint  ended_before;
  } rows[] = {
    { G_MININT64, 0, 0 },
    { 100, 0, 0 },
    { 101, 1, 0 },
    { 102, 1, 1 },
    { 300, 2, 1 },
    { 301, 4, 2 },
    { 501, 5, 3 },
    { 502, 5, 4 },
    { 1001, 5, 5 },
    { G_MAXINT64, 5, 5 },
  };
  g_autoptr (ChrTimelineIndex) index = new_small ();

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_test_message ("t = %" G_GINT64_FORMAT, rows[i].t);
      g_assert_cmpuint (chr_timeline_index_count_before (index, rows[i].t), ==, rows[i].begun_before);
      g_assert_cmpuint (chr_timeline_index_count_ended_before (index, rows[i].t), ==, rows[i].ended_before);
    }
}

static void
test_visible (void)
{
  static const struct
  {
    gint64      from;
    gint64      to;
    const char *ids;   /* in time order */
  } rows[] = {
    { 0, 99, "" },
    { 0, 100, "1" },
    { 101, 101, "1" },
    { 102, 199, "" },
    { 250, 260, "2" },           /* only the long period spans it */
    { 300, 300, "2 3 4" },
    { 450, 600, "2 5" },
    { 999, 2000, "2" },
    { 1001, 2000, "" },
    { G_MININT64 / 2, G_MAXINT64 / 2, "1 2 3 4 5" },
  };
  g_autoptr (ChrTimelineIndex) index = new_small ();
  g_autoptr (GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (GString) ids = g_string_new (NULL);

      chr_timeline_index_collect_visible (index, rows[i].from, rows[i].to, positions);
      for (guint k = 0; k < positions->len; k++)
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, k > 0 ? " " : "",
                                chr_timeline_index_get_item (index, g_array_index (positions, guint, k))->id);
      g_test_message ("[%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]", rows[i].from, rows[i].to);
      g_assert_cmpstr (ids->str, ==, rows[i].ids);
      g_assert_cmpuint (chr_timeline_index_count_overlapping (index, rows[i].from, rows[i].to + 1), ==,
                        positions->len);
    }
}

static GArray *
make_random (guint    n,
             guint32  seed,
             gboolean sparse_ids)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  GArray *items = g_array_sized_new (FALSE, FALSE, sizeof (ChrTimelineItem), n);

  for (guint i = 0; i < n; i++)
    {
      ChrTimelineItem item = {
        .id = sparse_ids ? (gint64) i * 1000 + g_rand_int_range (rand, 0, 1000) : (gint64) (n - i),
        .begin = g_rand_int_range (rand, -1000000, 1000000),
        .granularity = CHR_GRANULARITY_DAY,
        .label = "event",
        .importance = g_rand_int_range (rand, 1, 6),
      };

      /* Mostly short, some very long, some of no length at all. */
      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          item.end = item.begin;
          break;
        case 1:
          item.end = item.begin + g_rand_int_range (rand, 1, 100);
          break;
        case 2:
          item.end = item.begin + g_rand_int_range (rand, 100, 10000);
          break;
        default:
          item.end = item.begin + g_rand_int_range (rand, 10000, 2000000);
          break;
        }
      g_array_append_val (items, item);
    }
  return items;
}

/* Checked against walking all events: what overlaps, how many, and the most important. */
static void
test_against_scan (void)
{
  g_autoptr (GArray) items = make_random (3000, 11, FALSE);
  g_autoptr (ChrTimelineIndex) index = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data,
                                                               items->len);
  g_autoptr (GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GRand) rand = g_rand_new_with_seed (12);
  guint n = chr_timeline_index_get_n_items (index);

  for (guint round = 0; round < 300; round++)
    {
      gint64 from = g_rand_int_range (rand, -1100000, 1100000);
      gint64 to = from + g_rand_int_range (rand, 0, round % 2 ? 1000 : 300000);
      guint lo = g_rand_int_range (rand, 0, n);
      guint hi = g_rand_int_range (rand, lo, n + 1);
      guint k = 0, expected_best = G_MAXUINT, best;
      gint64 expected_latest = G_MININT64, latest;

      chr_timeline_index_collect_visible (index, from, to, positions);
      for (guint i = 0; i < n; i++)
        {
          const ChrTimelineItem *item = chr_timeline_index_get_item (index, i);

          if (item->begin <= to && item->end >= from)
            {
              g_assert_cmpuint (k, <, positions->len);
              g_assert_cmpuint (g_array_index (positions, guint, k), ==, i);
              k++;
            }
        }
      g_assert_cmpuint (k, ==, positions->len);
      g_assert_cmpuint (chr_timeline_index_count_overlapping (index, from, to + 1), ==, k);

      for (guint i = lo; i < hi; i++)
        {
          const ChrTimelineItem *item = chr_timeline_index_get_item (index, i);

          if (expected_best == G_MAXUINT
              || item->importance > chr_timeline_index_get_item (index, expected_best)->importance)
            expected_best = i;
          expected_latest = MAX (expected_latest, item->end);
        }
      best = chr_timeline_index_most_important (index, lo, hi, &latest);
      g_assert_cmpuint (best, ==, expected_best);
      g_assert_cmpint (latest, ==, expected_latest);
    }
}

static void
check_find (GArray *items)
{
  g_autoptr (ChrTimelineIndex) index = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data,
                                                               items->len);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < items->len; i++)
    {
      const ChrTimelineItem *given = &g_array_index (items, ChrTimelineItem, i);
      int position = chr_timeline_index_find (index, given->id);

      g_hash_table_add (ids, (gpointer) &given->id);
      g_assert_cmpint (position, >=, 0);
      g_assert_cmpint (chr_timeline_index_get_item (index, (guint) position)->id, ==, given->id);
      g_assert_cmpint (chr_timeline_index_get_item (index, (guint) position)->begin, ==, given->begin);
    }
  for (gint64 id = -3; id < (gint64) items->len * 1000 + 3; id += 7)
    if (!g_hash_table_contains (ids, &id))
      g_assert_cmpint (chr_timeline_index_find (index, id), ==, -1);
  g_assert_cmpint (chr_timeline_index_find (index, G_MININT64), ==, -1);
  g_assert_cmpint (chr_timeline_index_find (index, G_MAXINT64), ==, -1);
}

/* Ids numbered without gaps are found by a table, sparse ones by a search. */
static void
test_find (void)
{
  g_autoptr (GArray) dense = make_random (5000, 21, FALSE);
  g_autoptr (GArray) sparse = make_random (5000, 22, TRUE);
  ChrTimelineItem extremes[] = {
    { .id = G_MININT64 + 1, .begin = 1, .end = 2 },
    { .id = G_MAXINT64 - 1, .begin = 0, .end = 2 },
    { .id = 0, .begin = 3, .end = 4 },
  };
  g_autoptr (ChrTimelineIndex) index = chr_timeline_index_new (extremes, G_N_ELEMENTS (extremes));

  check_find (dense);
  check_find (sparse);
  g_assert_cmpint (chr_timeline_index_find (index, G_MININT64 + 1), ==, 1);
  g_assert_cmpint (chr_timeline_index_find (index, G_MAXINT64 - 1), ==, 0);
  g_assert_cmpint (chr_timeline_index_find (index, 0), ==, 2);
  g_assert_cmpint (chr_timeline_index_find (index, 1), ==, -1);
}

static gpointer
find_all (gpointer data)
{
  ChrTimelineIndex *index = data;
  guint found = 0;

  for (gint64 id = 1; id <= (gint64) chr_timeline_index_get_n_items (index); id++)
    found += chr_timeline_index_find (index, id) >= 0;
  return GUINT_TO_POINTER (found);
}

/* The table of ids is made once, whichever thread searches first. */
static void
test_find_threads (void)
{
  g_autoptr (GArray) items = make_random (20000, 31, FALSE);
  g_autoptr (ChrTimelineIndex) index = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data,
                                                               items->len);
  GThread *threads[4];

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("find", find_all, chr_timeline_index_ref (index));
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[t])), ==, items->len);
      chr_timeline_index_unref (index);
    }
}

/* Events straight from the database's list: sorted, their titles copied,
 * found by id and by time. */
static void
test_for_events (void)
{
  ChrEventList *list = g_new0 (ChrEventList, 1);
  g_autoptr (ChrTimelineIndex) index = NULL;
  const char *titles[] = { "Treaty signed", "Summit held", "Ceasefire agreed", "Talks resumed" };
  const gint64 begins[] = { 400, -100, 300, 300 };
  const gint64 ids[] = { 1, 2, 4, 3 };
  const ChrTimelineItem *item;
  gint64 begin, end;

  list->events = g_array_new (FALSE, FALSE, sizeof (ChrEventBrief));
  list->titles = g_string_chunk_new (64);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      ChrEventBrief brief = {
        .id = ids[i],
        .title = g_string_chunk_insert (list->titles, titles[i]),
        .interval = { begins[i], begins[i] + 50, CHR_GRANULARITY_DAY },
        .importance = 2.5 * (1 + i),
        .n_sources = 1 + i,
      };

      g_array_append_val (list->events, brief);
    }
  index = chr_timeline_index_new_for_events (list);
  chr_event_list_free (list);

  g_assert_cmpuint (chr_timeline_index_get_n_items (index), ==, 4);
  /* By begin, then by id where two begin together. */
  item = chr_timeline_index_get_item (index, 0);
  g_assert_cmpint (item->id, ==, 2);
  g_assert_cmpstr (item->label, ==, "Summit held");
  item = chr_timeline_index_get_item (index, 1);
  g_assert_cmpint (item->id, ==, 3);
  g_assert_cmpstr (item->label, ==, "Talks resumed");
  g_assert_cmpint (item->end, ==, 350);
  /* Its importance and its number of articles are two things. */
  g_assert_cmpfloat (item->importance, ==, 10);
  g_assert_cmpuint (item->n_sources, ==, 4);
  item = chr_timeline_index_get_item (index, 2);
  g_assert_cmpint (item->id, ==, 4);
  item = chr_timeline_index_get_item (index, 3);
  g_assert_cmpstr (item->label, ==, "Treaty signed");

  g_assert_cmpint (chr_timeline_index_find (index, 1), ==, 3);
  g_assert_cmpint (chr_timeline_index_find (index, 99), ==, -1);
  g_assert_cmpuint (chr_timeline_index_count_before (index, -100), ==, 0);
  g_assert_cmpuint (chr_timeline_index_count_before (index, 301), ==, 3);
  g_assert_cmpuint (chr_timeline_index_count_before (index, G_MAXINT64), ==, 4);
  g_assert_true (chr_timeline_index_get_extent (index, &begin, &end));
  g_assert_cmpint (begin, ==, -100);
  g_assert_cmpint (end, ==, 450);
}

static void
test_periods (void)
{
  static const struct
  {
    ChrGranularity granularity;
    guint          flags;
    gboolean       period;
  } rows[] = {
    { CHR_GRANULARITY_DAY, 0, FALSE },
    { CHR_GRANULARITY_HOUR, 0, FALSE },
    { CHR_GRANULARITY_UNKNOWN, 0, FALSE },
    { CHR_GRANULARITY_WEEK, 0, TRUE },
    { CHR_GRANULARITY_MONTH, 0, TRUE },
    { CHR_GRANULARITY_CENTURY, 0, TRUE },
    { CHR_GRANULARITY_DAY, CHR_EVENT_FLAG_PERIOD, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrTimelineItem item = { .granularity = rows[i].granularity, .flags = rows[i].flags };

      g_assert_cmpint (chr_timeline_item_is_period (&item), ==, rows[i].period);
    }
}

/* Two indexes answer alike: the same events in the same order, and the
 * same answers to the queries the layout asks. */
static void
assert_same_index (ChrTimelineIndex *a,
                   ChrTimelineIndex *b)
{
  g_autoptr (GArray) pa = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) pb = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = chr_timeline_index_get_n_items (a);
  gint64 ea, eb;

  g_assert_cmpuint (chr_timeline_index_get_n_items (b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const ChrTimelineItem *x = chr_timeline_index_get_item (a, i);
      const ChrTimelineItem *y = chr_timeline_index_get_item (b, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpint (x->begin, ==, y->begin);
      g_assert_cmpint (x->end, ==, y->end);
      g_assert_cmpstr (x->label, ==, y->label);
      g_assert_cmpuint (x->flags, ==, y->flags);
      g_assert_cmpint (chr_timeline_index_find (b, x->id), ==, (int) i);
    }
  g_assert_true (chr_timeline_index_get_extent (a, NULL, &ea) == chr_timeline_index_get_extent (b, NULL, &eb));
  g_assert_cmpint (ea, ==, eb);
  for (gint64 t = -1100000; t < 1100000; t += 9973)
    {
      chr_timeline_index_collect_visible (a, t, t + 20000, pa);
      chr_timeline_index_collect_visible (b, t, t + 20000, pb);
      g_assert_cmpmem (pa->data, pa->len * sizeof (guint), pb->data, pb->len * sizeof (guint));
      g_assert_cmpuint (chr_timeline_index_count_ended_before (a, t), ==, chr_timeline_index_count_ended_before (b, t));
    }
  for (guint lo = 0; lo + 1 < n; lo += n / 7 + 1)
    g_assert_cmpuint (chr_timeline_index_most_important (a, lo, n, NULL), ==,
                      chr_timeline_index_most_important (b, lo, n, NULL));
}

/* An index made from another by an edit is the index made from scratch of
 * the edited events: renamed, starred, moved, with a new importance, added
 * and removed; chained, as edits follow one another. */
static void
test_edited (void)
{
  static const struct
  {
    const char *name;
    gint64      move;           /* added to begin and end */
    double      importance;     /* 0: unchanged */
    gboolean    add;
    gboolean    remove;
  } edits[] = {
    { "rename" },
    { "move", 5000 },
    { "move far back", -900000 },
    { "importance", 0, 9 },
    { "add", 0, 0, TRUE },
    { "remove", 0, 0, FALSE, TRUE },
  };
  g_autoptr (GArray) items = make_random (2000, 41, FALSE);
  g_autoptr (ChrTimelineIndex) chained = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data,
                                                                 items->len);

  for (guint round = 0; round < 3; round++)
    for (guint e = 0; e < G_N_ELEMENTS (edits); e++)
      {
        guint k = (round * 613 + e * 101) % items->len;
        ChrTimelineItem *item = &g_array_index (items, ChrTimelineItem, k);
        ChrTimelineItem changed = *item;
        g_autoptr (ChrTimelineIndex) edited = NULL;
        g_autoptr (ChrTimelineIndex) fresh = NULL;
        g_autofree char *label = g_strdup_printf ("%s %u", edits[e].name, round);
        gint64 removed = item->id;

        g_test_message ("%s, round %u", edits[e].name, round);
        changed.label = label;
        changed.flags ^= CHR_EVENT_FLAG_STARRED;
        changed.begin += edits[e].move;
        changed.end += edits[e].move;
        if (edits[e].importance)
          changed.importance = edits[e].importance;
        if (edits[e].add)
          changed.id = 100000 + round;

        if (edits[e].remove)
          {
            edited = chr_timeline_index_new_edited (chained, NULL, 0, &removed, 1);
            g_array_remove_index (items, k);
          }
        else
          {
            edited = chr_timeline_index_new_edited (chained, &changed, 1, NULL, 0);
            if (edits[e].add)
              g_array_append_val (items, changed);
            else
              *item = changed;
          }
        fresh = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data, items->len);
        assert_same_index (edited, fresh);

        /* The labels given are copied: the index does not keep the caller's. */
        for (guint i = 0; i < items->len; i++)
          if (g_array_index (items, ChrTimelineItem, i).label == label)
            g_array_index (items, ChrTimelineItem, i).label =
              chr_timeline_index_get_item (edited, (guint) chr_timeline_index_find (edited, changed.id))->label;
        g_clear_pointer (&chained, chr_timeline_index_unref);
        chained = g_steal_pointer (&edited);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/timeline-index/sorted", test_sorted);
  g_test_add_func ("/render/timeline-index/edited", test_edited);
  g_test_add_func ("/render/timeline-index/extent", test_extent);
  g_test_add_func ("/render/timeline-index/focus", test_focus);
  g_test_add_func ("/render/timeline-index/focus-edited", test_focus_edited);
  g_test_add_func ("/render/timeline-index/counts", test_counts);
  g_test_add_func ("/render/timeline-index/visible", test_visible);
  g_test_add_func ("/render/timeline-index/against-scan", test_against_scan);
  g_test_add_func ("/render/timeline-index/find", test_find);
  g_test_add_func ("/render/timeline-index/find-threads", test_find_threads);
  g_test_add_func ("/render/timeline-index/for-events", test_for_events);
  g_test_add_func ("/render/timeline-index/periods", test_periods);

  return g_test_run ();
}
