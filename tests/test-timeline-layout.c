/* test-timeline-layout.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-timeline-layout"

#include "config.h"

#include <string.h>

#include "chr-event-merge.h"
#include "chr-timeline-layout.h"

#define WIDTH  1200
#define HEIGHT 500

/* Text of fixed sizes: 6 pixels a character. A card's text is ready once
 * card_width() has been asked for it, as a painter's would be. */
typedef struct
{
  ChrTextMetrics metrics;
  GHashTable    *measured;   /* ids */
  guint          n_measured;
} FakeText;

static double
fake_width (const ChrTimelineItem *item)
{
  return MIN (16 + 6 * (double) strlen (item->label), CHR_TIMELINE_CARD_MAX_WIDTH);
}

static double
fake_peek_card_width (const ChrTextMetrics  *metrics,
                      const ChrTimelineItem *item)
{
  FakeText *text = metrics->user_data;

  return g_hash_table_contains (text->measured, &item->id) ? fake_width (item) : -1;
}

static double
fake_card_width (const ChrTextMetrics  *metrics,
                 const ChrTimelineItem *item)
{
  FakeText *text = metrics->user_data;

  if (!g_hash_table_contains (text->measured, &item->id))
    {
      g_hash_table_add (text->measured, g_memdup2 (&item->id, sizeof item->id));
      text->n_measured++;
    }
  return fake_width (item);
}

static double
fake_badge_width (const ChrTextMetrics *metrics,
                  const char           *text)
{
  return 6 * (double) strlen (text);
}

typedef struct
{
  FakeText          text;
  ChrTimelineIndex *index;
  GPtrArray        *labels;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->text.metrics = (ChrTextMetrics) {
    .card_height = 32,
    .tick_spacing = 70,
    .peek_card_width = fake_peek_card_width,
    .card_width = fake_card_width,
    .badge_width = fake_badge_width,
    .user_data = &f->text,
  };
  f->text.measured = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  f->labels = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->index, chr_timeline_index_unref);
  g_clear_pointer (&f->text.measured, g_hash_table_unref);
  g_clear_pointer (&f->labels, g_ptr_array_unref);
}

/* n events over a year from 2022, points and months, importance 1 to 10. */
static void
make_events (Fixture *f,
             guint    n,
             guint32  seed)
{
  g_autoptr (GArray) items = g_array_new (FALSE, FALSE, sizeof (ChrTimelineItem));
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  gint64 base = chr_time_from_civil (2022, 1, 1, 0, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      ChrTimelineItem item = {
        .id = i + 1,
        .begin = base + g_rand_int_range (rand, 0, 365) * CHR_SECONDS_PER_DAY,
        .granularity = i % 5 == 0 ? CHR_GRANULARITY_MONTH : CHR_GRANULARITY_DAY,
        .importance = 1 + g_rand_int_range (rand, 0, 10),
      };
      char *label = g_strdup_printf ("Event %u", i);

      item.end = item.begin + (i % 5 == 0 ? 30 : 1) * CHR_SECONDS_PER_DAY;
      item.label = label;
      g_ptr_array_add (f->labels, label);
      g_array_append_val (items, item);
    }
  g_clear_pointer (&f->index, chr_timeline_index_unref);
  f->index = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data, items->len);
}

static ChrTimelineLayout *
lay_out_year (Fixture *f)
{
  ChrTimeScale scale;
  gint64 base = chr_time_from_civil (2022, 1, 1, 0, 0, 0);

  chr_time_scale_init (&scale, base, base + 365 * CHR_SECONDS_PER_DAY, WIDTH);
  return chr_timeline_layout_new (f->index, &scale, HEIGHT, &f->text.metrics);
}

/* Lays out until no card waits for its text, as the view does frame after frame. */
static ChrTimelineLayout *
lay_out_settled (Fixture *f)
{
  ChrTimelineLayout *layout = lay_out_year (f);

  for (guint frame = 0; chr_timeline_layout_needs_redraw (layout); frame++)
    {
      g_assert_cmpuint (frame, <, 100);
      chr_timeline_layout_free (layout);
      layout = lay_out_year (f);
    }
  return layout;
}

static gboolean
rects_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* Cards never overlap, stay above the axis, and each answers a hit test in
 * its middle with its own event. */
static void
test_cards (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) layout = NULL;

  make_events (f, 400, 7);
  layout = lay_out_settled (f);
  g_assert_cmpuint (layout->cards->len, >, 10);
  g_assert_cmpuint (layout->cards->len, <, 400);
  for (guint i = 0; i < layout->cards->len; i++)
    {
      const ChrLayoutCard *a = &g_array_index (layout->cards, ChrLayoutCard, i);
      const ChrTimelineItem *item = chr_timeline_index_get_item (f->index, a->position);
      ChrLayoutRect rect;

      g_assert_cmpint (item->id, ==, a->id);
      g_assert_cmpfloat (a->height, ==, 32);
      g_assert_cmpfloat (a->card_width, ==, fake_width (item));
      g_assert_cmpfloat (a->y, >=, 0);
      g_assert_cmpfloat (a->y + a->height, <=, layout->axis_y);
      g_assert_cmpfloat (a->x, <=, a->marker_x);
      g_assert_cmpfloat (a->x + a->width, >=, a->card_x + a->card_width - 1);
      g_assert_cmpint (chr_timeline_layout_hit_test (layout, a->x + a->width / 2, a->y + a->height / 2), ==, a->id);
      g_assert_true (chr_timeline_layout_get_event_rect (layout, a->id, &rect));
      g_assert_cmpfloat (rect.x, ==, a->x);
      g_assert_cmpfloat (rect.height, ==, a->height);
      for (guint j = i + 1; j < layout->cards->len; j++)
        {
          const ChrLayoutCard *b = &g_array_index (layout->cards, ChrLayoutCard, j);

          g_assert_false (rects_overlap (a->x, a->y, a->width, a->height, b->x, b->y, b->width, b->height));
        }
    }
}

/* Every visible event has a card or is counted in a cluster, once; a
 * cluster's span holds what it counts; clusters are hit as clusters. */
static void
test_clusters (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) layout = NULL;
  gint64 from, to;
  guint visible = 0, clustered = 0;

  make_events (f, 400, 8);
  layout = lay_out_settled (f);
  from = chr_time_scale_x_to_time (&layout->scale, 0);
  to = chr_time_scale_x_to_time (&layout->scale, WIDTH);
  for (guint i = 0; i < chr_timeline_index_get_n_items (f->index); i++)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (f->index, i);

      visible += item->begin <= to && item->end >= from;
    }

  g_assert_cmpuint (layout->clusters->len, >, 0);
  for (guint c = 0; c < layout->clusters->len; c++)
    {
      const ChrLayoutCluster *cluster = &g_array_index (layout->clusters, ChrLayoutCluster, c);
      g_autofree char *count = g_strdup_printf ("+%u", cluster->count);
      guint inside = 0;

      g_assert_cmpuint (cluster->count, >, 0);
      g_assert_cmpstr (cluster->text, ==, count);
      g_assert_cmpfloat (cluster->width, ==, 6 * strlen (cluster->text) + 12);
      g_assert_cmpfloat (cluster->x, >=, 0);
      g_assert_cmpfloat (cluster->x + cluster->width, <=, WIDTH);
      g_assert_cmpfloat (cluster->y + cluster->height, <=, layout->strip_y);
      if (c > 0)
        g_assert_cmpfloat (cluster->x, >=, g_array_index (layout->clusters, ChrLayoutCluster, c - 1).x
                                           + g_array_index (layout->clusters, ChrLayoutCluster, c - 1).width);
      clustered += cluster->count;
      for (guint i = 0; i < chr_timeline_index_get_n_items (f->index); i++)
        {
          const ChrTimelineItem *item = chr_timeline_index_get_item (f->index, i);

          inside += item->begin >= cluster->begin && item->end <= cluster->end;
        }
      g_assert_cmpuint (inside, >=, cluster->count);
      g_assert_true (chr_timeline_layout_hit_test_cluster (layout, cluster->x + cluster->width / 2,
                                                           cluster->y + cluster->height / 2) == cluster);
      g_assert_cmpint (chr_timeline_layout_hit_test (layout, cluster->x + cluster->width / 2,
                                                     cluster->y + cluster->height / 2), ==, -1);
    }
  g_assert_cmpuint (layout->cards->len + clustered, ==, visible);
}

/* Few events: each has a mark on the strip, and one without a card is
 * picked there; empty space answers nothing. */
static void
test_marks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) layout = NULL;
  g_autoptr (GHashTable) carded = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint picked = 0;

  make_events (f, 400, 9);
  layout = lay_out_settled (f);
  g_assert_cmpuint (layout->marks->len, ==, 400);
  g_assert_cmpuint (layout->density->len, ==, 0);
  for (guint i = 0; i < layout->cards->len; i++)
    g_hash_table_add (carded, &g_array_index (layout->cards, ChrLayoutCard, i).id);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const ChrLayoutMark *mark = &g_array_index (layout->marks, ChrLayoutMark, i);
      ChrLayoutRect rect;
      gint64 hit;

      g_assert_cmpfloat (mark->y + mark->height / 2, ==, layout->strip_y);
      g_assert_true (chr_timeline_layout_get_event_rect (layout, mark->id, &rect));
      if (g_hash_table_contains (carded, &mark->id))
        {
          g_assert_cmpfloat (rect.height, ==, 32);
          continue;
        }
      g_assert_cmpfloat (rect.x, ==, mark->x);
      /* Marks can coincide; the one that starts nearest the point wins. */
      hit = chr_timeline_layout_hit_test (layout, mark->x + CHR_TIMELINE_STRIP_RADIUS, layout->strip_y);
      g_assert_cmpint (hit, >=, 1);
      picked += hit == mark->id;
    }
  g_assert_cmpuint (picked, >, 100);

  g_assert_cmpint (chr_timeline_layout_hit_test (layout, 2, 2), ==, -1);
  g_assert_cmpint (chr_timeline_layout_hit_test (layout, -50, layout->strip_y), ==, -1);
  g_assert_cmpint (chr_timeline_layout_hit_test (layout, WIDTH / 2, HEIGHT - 2), ==, -1);
  g_assert_null (chr_timeline_layout_hit_test_cluster (layout, 2, 2));
  g_assert_false (chr_timeline_layout_get_event_rect (layout, 9999, NULL));
}

/* Where marks on the strip overlap, the one that begins nearest the pointer is picked. */
static void
test_nearest_mark (Fixture       *f,
                   gconstpointer  data)
{
  gint64 base = chr_time_from_civil (2022, 1, 1, 0, 0, 0);
  ChrTimelineItem items[] = {
    { .id = 1, .granularity = CHR_GRANULARITY_DAY, .label = "", .importance = 1 },
    { .id = 2, .granularity = CHR_GRANULARITY_DAY, .label = "", .importance = 1 },
  };
  g_autoptr (ChrTimelineLayout) layout = NULL;
  ChrTimeScale scale;

  /* One pixel is a day: the two begin three pixels apart. */
  chr_time_scale_init (&scale, base, base + (gint64) WIDTH * CHR_SECONDS_PER_DAY, WIDTH);
  items[0].begin = base + 100 * CHR_SECONDS_PER_DAY;
  items[1].begin = base + 103 * CHR_SECONDS_PER_DAY;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    items[i].end = items[i].begin + 3600;
  f->index = chr_timeline_index_new (items, G_N_ELEMENTS (items));
  layout = chr_timeline_layout_new (f->index, &scale, HEIGHT, &f->text.metrics);

  g_assert_cmpuint (layout->marks->len, ==, 2);
  g_assert_cmpint (chr_timeline_layout_hit_test (layout, 100, layout->strip_y), ==, 1);
  g_assert_cmpint (chr_timeline_layout_hit_test (layout, 101, layout->strip_y), ==, 1);
  g_assert_cmpint (chr_timeline_layout_hit_test (layout, 102, layout->strip_y), ==, 2);
  g_assert_cmpint (chr_timeline_layout_hit_test (layout, 104, layout->strip_y), ==, 2);
  g_assert_cmpint (chr_timeline_layout_hit_test (layout, 110, layout->strip_y), ==, -1);
}

/* A crowd: the strip is a histogram, and at most 32 new card texts are
 * asked for per layout; the rest come in the next layouts, and then the
 * layout is complete. */
static void
test_fill_in (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) layout = NULL;
  guint layouts = 1, last = 0;

  make_events (f, 5000, 10);
  layout = lay_out_year (f);
  g_assert_true (chr_timeline_layout_needs_redraw (layout));
  g_assert_cmpuint (f->text.n_measured, ==, 32);
  g_assert_cmpuint (layout->cards->len, <=, 32);
  g_assert_cmpuint (layout->marks->len, ==, 0);
  g_assert_cmpuint (layout->density->len, >, 100);
  while (chr_timeline_layout_needs_redraw (layout))
    {
      g_assert_cmpuint (f->text.n_measured - last, <=, 32);
      last = f->text.n_measured;
      g_clear_pointer (&layout, chr_timeline_layout_free);
      layout = lay_out_year (f);
      g_assert_cmpuint (layouts++, <, 100);
    }
  g_assert_cmpuint (layouts, >, 1);
  g_assert_cmpuint (layout->cards->len, >, 32);
}

/* Adds a one-day event, or a period of days days, to items. */
static void
add_event (Fixture *f,
           GArray  *items,
           gint64   begin,
           int      days,
           double   importance)
{
  char *label = g_strdup_printf ("The parliament voted on bill %u", items->len);
  ChrTimelineItem item = {
    .id = items->len + 1,
    .begin = begin,
    .end = begin + days * CHR_SECONDS_PER_DAY,
    .granularity = days > 1 ? CHR_GRANULARITY_YEAR : CHR_GRANULARITY_DAY,
    .label = label,
    .importance = importance,
  };

  g_ptr_array_add (f->labels, label);
  g_array_append_val (items, item);
}

/* What a collection of news of March 2013 gives: sixty events over twenty
 * days, told by one to six articles, and asides its articles mention in
 * passing, each once: the twentieth century, 1953, 1984, 2050 and, when
 * near is set, 2011. Returns the number of the news events. */
static guint
make_news (Fixture  *f,
           gboolean  near)
{
  g_autoptr (GArray) items = g_array_new (FALSE, FALSE, sizeof (ChrTimelineItem));
  gint64 march = chr_time_from_civil (2013, 3, 1, 0, 0, 0);
  guint n_news = 60;

  for (guint i = 0; i < n_news; i++)
    add_event (f, items, march + (i / 3) * CHR_SECONDS_PER_DAY + (i % 3) * 3600,
               1, i % 7 == 0 ? 6 : i % 3 == 0 ? 3 : 2);
  add_event (f, items, chr_time_from_civil (1901, 1, 1, 0, 0, 0), 36524, 1);
  add_event (f, items, chr_time_from_civil (1953, 3, 5, 0, 0, 0), 1, 1);
  add_event (f, items, chr_time_from_civil (1984, 6, 1, 0, 0, 0), 1, 1);
  add_event (f, items, chr_time_from_civil (2050, 1, 1, 0, 0, 0), 1, 1);
  if (near)
    add_event (f, items, chr_time_from_civil (2011, 3, 1, 0, 0, 0), 1, 1);
  g_clear_pointer (&f->index, chr_timeline_index_unref);
  f->index = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data, items->len);
  return n_news;
}

static ChrTimelineLayout *
lay_out_settled_at (Fixture            *f,
                    const ChrTimeScale *scale)
{
  ChrTimelineLayout *layout = chr_timeline_layout_new (f->index, scale, HEIGHT, &f->text.metrics);

  for (guint frame = 0; chr_timeline_layout_needs_redraw (layout); frame++)
    {
      g_assert_cmpuint (frame, <, 100);
      chr_timeline_layout_free (layout);
      layout = chr_timeline_layout_new (f->index, scale, HEIGHT, &f->text.metrics);
    }
  return layout;
}

/* The first view of a collection of news, framed as the view frames it:
 * the cards are the news, not the asides, and the most told news has one. */
static void
test_first_view (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) layout = NULL;
  g_autoptr (GHashTable) carded = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_news = make_news (f, FALSE);
  ChrTimeScale scale;
  gint64 begin, end;

  chr_time_scale_init (&scale, 0, 1, WIDTH);
  g_assert_true (chr_timeline_index_get_focus (f->index, &begin, &end));
  chr_time_scale_fit_labelled (&scale, begin, end);
  layout = lay_out_settled_at (f, &scale);

  g_assert_cmpuint (layout->cards->len, >=, 20);
  for (guint i = 0; i < layout->cards->len; i++)
    {
      const ChrLayoutCard *card = &g_array_index (layout->cards, ChrLayoutCard, i);

      g_test_message ("card %" G_GINT64_FORMAT, card->id);
      g_assert_cmpint (card->id, <=, n_news);
      g_hash_table_add (carded, (gpointer) &card->id);
    }
  for (guint i = 0; i < chr_timeline_index_get_n_items (f->index); i++)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (f->index, i);

      if (item->importance >= 6)
        g_assert_true (g_hash_table_contains (carded, &item->id));
    }
}

/* Where an aside and a dense cluster of news want the same place, the news
 * wins it: the whole century in view, an aside of 2011 a few pixels before
 * sixty events of March 2013, every one of them told more often. */
static void
test_cluster_wins (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) layout = NULL;
  g_autoptr (GHashTable) carded = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_news = make_news (f, TRUE);
  double least_carded = G_MAXDOUBLE, most_folded = 0;
  ChrTimeScale scale;
  gint64 begin, end;

  chr_time_scale_init (&scale, 0, 1, WIDTH);
  g_assert_true (chr_timeline_index_get_extent (f->index, &begin, &end));
  chr_time_scale_fit_labelled (&scale, begin, end);
  layout = lay_out_settled_at (f, &scale);

  for (guint i = 0; i < layout->cards->len; i++)
    {
      const ChrLayoutCard *card = &g_array_index (layout->cards, ChrLayoutCard, i);
      const ChrTimelineItem *item = chr_timeline_index_get_item (f->index, card->position);

      g_test_message ("card %" G_GINT64_FORMAT, card->id);
      /* 2011's aside is the last event made. */
      g_assert_cmpint (card->id, !=, n_news + 5);
      if (card->id <= n_news)
        least_carded = MIN (least_carded, item->importance);
      g_hash_table_add (carded, (gpointer) &card->id);
    }
  /* The news that got cards matter at least as much as any that did not. */
  for (guint i = 0; i < chr_timeline_index_get_n_items (f->index); i++)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (f->index, i);
      if (item->id <= n_news && !g_hash_table_contains (carded, &item->id))
        most_folded = MAX (most_folded, item->importance);
    }
  g_assert_cmpuint (layout->cards->len, >, 3);
  g_assert_cmpfloat (least_carded, >=, most_folded);
}

/* Ticks come from the axis ladder, spaced as the metrics ask. */
static void
test_ticks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) layout = NULL;

  make_events (f, 3, 11);
  layout = lay_out_year (f);
  g_assert_cmpuint (layout->ticks->len, >=, 12);
  g_assert_cmpint (layout->tick_step.unit, ==, CHR_TICK_UNIT_MONTH);
  g_assert_cmpfloat (layout->axis_y, ==, HEIGHT - 44);
}

/* Week ticks fall on the day the metrics say weeks start on. */
static void
test_week_ticks (Fixture       *f,
                 gconstpointer  data)
{
  gint64 base = chr_time_from_civil (2022, 2, 1, 0, 0, 0);
  ChrTimeScale scale;

  make_events (f, 3, 11);
  chr_time_scale_init (&scale, base, base + 60 * CHR_SECONDS_PER_DAY, WIDTH);
  for (int week_start = 1; week_start <= 7; week_start += 6)
    {
      g_autoptr (ChrTimelineLayout) layout = NULL;

      f->text.metrics.week_start = week_start;
      layout = chr_timeline_layout_new (f->index, &scale, HEIGHT, &f->text.metrics);
      g_assert_cmpint (layout->tick_step.unit, ==, CHR_TICK_UNIT_WEEK);
      g_assert_cmpuint (layout->ticks->len, >, 0);
      for (guint i = 0; i < layout->ticks->len; i++)
        {
          gint64 t = g_array_index (layout->ticks, ChrTick, i).time;

          g_assert_cmpint (chr_weekday_from_days (chr_floor_div (t, CHR_SECONDS_PER_DAY)), ==, week_start);
        }
    }
}

static void
test_degenerate (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr (ChrTimelineLayout) flat = NULL;
  g_autoptr (ChrTimelineLayout) narrow = NULL;
  g_autoptr (ChrTimelineLayout) empty = NULL;
  ChrTimeScale scale;

  make_events (f, 50, 12);
  chr_time_scale_init (&scale, 0, CHR_SECONDS_PER_DAY, WIDTH);
  flat = chr_timeline_layout_new (f->index, &scale, 0, &f->text.metrics);
  g_assert_cmpuint (flat->cards->len + flat->clusters->len + flat->marks->len + flat->ticks->len, ==, 0);
  chr_time_scale_init (&scale, 0, CHR_SECONDS_PER_DAY, 0);
  narrow = chr_timeline_layout_new (f->index, &scale, HEIGHT, &f->text.metrics);
  g_assert_cmpint (chr_timeline_layout_hit_test (narrow, 0, 0), ==, -1);

  g_clear_pointer (&f->index, chr_timeline_index_unref);
  f->index = chr_timeline_index_new (NULL, 0);
  chr_time_scale_init (&scale, 0, 365 * CHR_SECONDS_PER_DAY, WIDTH);
  empty = chr_timeline_layout_new (f->index, &scale, HEIGHT, &f->text.metrics);
  g_assert_cmpuint (empty->cards->len + empty->clusters->len + empty->marks->len, ==, 0);
  g_assert_cmpuint (empty->ticks->len, >, 0);
  g_assert_false (chr_timeline_layout_needs_redraw (empty));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/timeline-layout/cards", Fixture, NULL, fixture_set_up, test_cards, fixture_tear_down);
  g_test_add ("/render/timeline-layout/clusters", Fixture, NULL, fixture_set_up, test_clusters, fixture_tear_down);
  g_test_add ("/render/timeline-layout/marks", Fixture, NULL, fixture_set_up, test_marks, fixture_tear_down);
  g_test_add ("/render/timeline-layout/nearest-mark", Fixture, NULL, fixture_set_up, test_nearest_mark,
              fixture_tear_down);
  g_test_add ("/render/timeline-layout/fill-in", Fixture, NULL, fixture_set_up, test_fill_in, fixture_tear_down);
  g_test_add ("/render/timeline-layout/first-view", Fixture, NULL, fixture_set_up, test_first_view,
              fixture_tear_down);
  g_test_add ("/render/timeline-layout/cluster-wins", Fixture, NULL, fixture_set_up, test_cluster_wins,
              fixture_tear_down);
  g_test_add ("/render/timeline-layout/ticks", Fixture, NULL, fixture_set_up, test_ticks, fixture_tear_down);
  g_test_add ("/render/timeline-layout/week-ticks", Fixture, NULL, fixture_set_up, test_week_ticks,
              fixture_tear_down);
  g_test_add ("/render/timeline-layout/degenerate", Fixture, NULL, fixture_set_up, test_degenerate,
              fixture_tear_down);

  return g_test_run ();
}
