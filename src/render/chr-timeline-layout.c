/* chr-timeline-layout.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timeline-layout"

#include "config.h"

#include <math.h>

#include "chr-lanes.h"
#include "chr-timeline-layout.h"

/* Geometry, in pixels. */
#define AXIS_HEIGHT       44.0   /* baseline to the bottom: tick labels and their context */
#define STRIP_HEIGHT      18.0   /* above the baseline: a mark for every visible event */
#define TOP_PADDING       12.0
#define LANE_SPACING       8.0
#define LANE_GAP          10.0   /* horizontal room between two events on one lane */
#define MARKER_RADIUS     CHR_TIMELINE_MARKER_RADIUS
#define STRIP_RADIUS      CHR_TIMELINE_STRIP_RADIUS
#define CLUSTER_ROW       22.0   /* between the lanes and the strip: counts of what has no card */
#define CLUSTER_HEIGHT    16.0
#define CLUSTER_CELL      72.0   /* the least width of the time span one cluster gathers */
#define BADGE_PADDING     12.0   /* a cluster's badge around its text */
#define CANDIDATE_STEP     8.0   /* in a crowd, the most important event of every such column bids for a card */
#define DENSITY_BIN        2.0
#define CARD_OFFSET       10.0   /* marker centre to the card's left edge */
#define LONG_BAR         200.0   /* bars up to this long keep their card outside */
#define EDGE_PADDING       4.0
/* A card reaches this far right of its marker, so events that begin this far
 * left of the view may still show theirs. */
#define LEFT_MARGIN      (CARD_OFFSET + CHR_TIMELINE_CARD_MAX_WIDTH + 10.0)
/* The narrowest an event on a lane can be (marker, padding and an ellipsis),
 * which bounds how many events could ever get a lane across the width. */
#define MIN_LANE_ITEM     40.0
/* Up to this many visible events each gets its own mark and hit area on the
 * strip; past it the strip shows their density, which costs the same for any
 * number of events. */
#define DETAIL_LIMIT     1500
/* A period that began before the view has its card pinned at the left edge
 * and its bar across a whole lane; it competes at this share of its
 * importance, or zoomed in, long periods would take every lane from the
 * events of the view itself. Only a much more important period wins. */
#define PINNED_WEIGHT    0.25
/* New card texts shaped per frame, at most. */
#define MAX_NEW_CARDS_PER_FRAME 32

/* An event taking part in the lane layout of one frame. */
typedef struct
{
  guint    position;     /* in the index */
  double   x0, x1;       /* begin and end, unclamped */
  double   card_x;
  double   card_width;
  double   left, right;  /* all it covers: marker, bar and card */
  int      lane;
  guint    slot;         /* its place among the frame's placements */
  gboolean deferred;     /* its card waits for a later frame */
} Placement;

/* What one layout is worked out from. */
typedef struct
{
  const ChrTimelineIndex *index;
  const ChrTimelineItem  *items;       /* index's, by position */
  const ChrTimeScale     *scale;
  const ChrTextMetrics   *metrics;
  GArray                 *placements;  /* Placement */
  GArray                 *visible;     /* guint: the events walked one by one */
} Job;

static const ChrTimelineItem *
item_at (const Job *job,
         guint      position)
{
  return &job->items[position];
}

/* Among events that matter as much, which to take first so that those
 * taken spread over the width: the candidate columns in bit-reversed order
 * (the left edge, the middle, the quarters, the eighths...), rather than
 * left to right, which would give every card to the first stretch of time. */
static guint
spread_key (double x)
{
  guint column = (guint) CLAMP ((x + LEFT_MARGIN) / CANDIDATE_STEP, 0, 65535);
  guint key = 0;

  for (guint bit = 0; bit < 16; bit++)
    key |= ((column >> bit) & 1) << (15 - bit);
  return key;
}

/* Orders placements by importance, most important first. */
static int
compare_importance (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const Job *job = user_data;
  const Placement *pa = a;
  const Placement *pb = b;
  /* As in the lane layout, events of the view before those pinned from the left. */
  double wa = item_at (job, pa->position)->importance * (pa->x0 < 0 ? PINNED_WEIGHT : 1);
  double wb = item_at (job, pb->position)->importance * (pb->x0 < 0 ? PINNED_WEIGHT : 1);
  guint ka, kb;

  if (wa != wb)
    return wa > wb ? -1 : 1;
  ka = spread_key (pa->x0);
  kb = spread_key (pb->x0);
  if (ka != kb)
    return ka < kb ? -1 : 1;
  return pa->position < pb->position ? -1 : pa->position > pb->position ? 1 : 0;
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  const Placement *pa = a;
  const Placement *pb = b;

  return pa->position < pb->position ? -1 : pa->position > pb->position ? 1 : 0;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/* The bar of a period runs from its begin to its end; a point is just its
 * marker. Both are at least as wide as the marker. */
static void
marker_extent (const Placement       *p,
               const ChrTimelineItem *item,
               double                *left,
               double                *right)
{
  *left = p->x0 - MARKER_RADIUS;
  *right = (chr_timeline_item_is_period (item) ? MAX (p->x1, p->x0) : p->x0) + MARKER_RADIUS;
}

static void
place_card (Placement             *p,
            const ChrTimelineItem *item,
            double                 width)
{
  double after = p->x0 + CARD_OFFSET;
  double before = p->x0 - CARD_OFFSET - p->card_width;
  gboolean period = chr_timeline_item_is_period (item);
  double marker_left, marker_right;

  marker_extent (p, item, &marker_left, &marker_right);
  /* A short bar shows whole, its card after it; a long one carries its card. */
  if (period && marker_right - marker_left <= LONG_BAR)
    after = marker_right - MARKER_RADIUS + CARD_OFFSET;
  p->card_x = after;
  /* Near the right edge the card would be cut off: it goes left of its marker. */
  if (after + p->card_width > width - EDGE_PADDING && before >= EDGE_PADDING)
    p->card_x = before;
  /* A long period whose start is off to the left keeps its card in view
   * for as long as the bar can hold it. */
  else if (period && after < EDGE_PADDING)
    p->card_x = MAX (after, MIN (EDGE_PADDING, marker_right - MARKER_RADIUS - p->card_width));

  p->left = MIN (marker_left, p->card_x);
  p->right = MAX (marker_right, p->card_x + p->card_width);
}

static void
add_placement (Job   *job,
               guint  position)
{
  const ChrTimelineItem *item = item_at (job, position);
  Placement p = { .position = position, .lane = CHR_LANE_NONE };

  p.x0 = chr_time_scale_time_to_x (job->scale, item->begin);
  p.x1 = chr_time_scale_time_to_x (job->scale, item->end);
  g_array_append_val (job->placements, p);
}

/* The events that may show a card. When few events are visible, all of
 * them; in a crowd, only the most important event of each narrow column,
 * found in the range-maximum table, so the work is bounded by the width. */
static void
collect_candidates (Job      *job,
                    gboolean  detail)
{
  const ChrTimeScale *scale = job->scale;
  gint64 from = chr_time_scale_x_to_time (scale, -LEFT_MARGIN);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width);
  guint lo;

  if (detail)
    {
      chr_timeline_index_collect_visible (job->index, from, to, job->visible);
      for (guint k = 0; k < job->visible->len; k++)
        add_placement (job, g_array_index (job->visible, guint, k));
      return;
    }

  g_array_set_size (job->visible, 0);
  chr_timeline_index_collect_ongoing (job->index, from, job->visible);
  g_array_sort (job->visible, compare_positions);
  for (guint k = 0; k < job->visible->len; k++)
    add_placement (job, g_array_index (job->visible, guint, k));

  lo = chr_timeline_index_count_before (job->index, from);
  for (double x = -LEFT_MARGIN; x < scale->width; x += CANDIDATE_STEP)
    {
      gint64 column_end = x + CANDIDATE_STEP >= scale->width
                          ? to + 1 : chr_time_scale_x_to_time (scale, x + CANDIDATE_STEP);
      guint hi = chr_timeline_index_count_before (job->index, column_end);
      guint best = chr_timeline_index_most_important (job->index, lo, hi, NULL);

      if (best != G_MAXUINT)
        add_placement (job, best);
      lo = hi;
    }
}

/* Text is shaped at most so many new cards a frame, the most important
 * first: a fast zoom into a crowded stretch fills in over a few frames
 * instead of stalling one. Returns whether some cards wait. */
static gboolean
defer_new_cards (Job *job)
{
  g_autoptr (GArray) fresh = g_array_new (FALSE, FALSE, sizeof (Placement));
  guint n = job->placements->len;

  /* Every card this frame may show is in use: making the text of one must
   * not let go of another's. */
  for (guint k = 0; k < n; k++)
    {
      Placement *p = &g_array_index (job->placements, Placement, k);

      p->deferred = FALSE;
      p->slot = k;
      p->card_width = job->metrics->peek_card_width (job->metrics, item_at (job, p->position));
      if (p->card_width < 0)
        g_array_append_val (fresh, *p);
    }
  if (fresh->len <= MAX_NEW_CARDS_PER_FRAME)
    return FALSE;

  g_qsort_with_data (fresh->data, (int) fresh->len, sizeof (Placement), compare_importance, job);
  for (guint k = MAX_NEW_CARDS_PER_FRAME; k < fresh->len; k++)
    g_array_index (job->placements, Placement, g_array_index (fresh, Placement, k).slot).deferred = TRUE;
  return TRUE;
}

/* Gives lanes to as many candidates as fit, the most important first.
 * Returns whether some cards wait for their text. */
static gboolean
assign_lanes (Job   *job,
              guint  max_lanes)
{
  const ChrTimeScale *scale = job->scale;
  g_autofree ChrLaneItem *extents = NULL;
  g_autofree int *lanes = NULL;
  guint n = job->placements->len, limit;
  gboolean deferred;

  if (n == 0 || max_lanes == 0)
    return FALSE;

  /* Only so many events can get a lane across the width. Past that, take the
   * most important ones, so the text measured per frame is bounded by the
   * pixels and not by the number of events. */
  limit = (guint) MIN ((double) G_MAXUINT, max_lanes * ceil ((scale->width + LEFT_MARGIN) / MIN_LANE_ITEM));
  if (n > limit)
    {
      g_qsort_with_data (job->placements->data, (int) n, sizeof (Placement), compare_importance, job);
      g_array_set_size (job->placements, limit);
      g_array_sort (job->placements, compare_position);
      n = limit;
    }

  deferred = defer_new_cards (job);

  extents = g_new (ChrLaneItem, n);
  lanes = g_new (int, n);
  for (guint k = 0; k < n; k++)
    {
      Placement *p = &g_array_index (job->placements, Placement, k);
      const ChrTimelineItem *item = item_at (job, p->position);

      if (p->deferred)
        {
          /* No card this frame: it counts in its cluster until its text is ready. */
          extents[k].x_start = extents[k].x_end = -1;
          extents[k].importance = -G_MAXDOUBLE;
          p->left = p->right = -1;
          continue;
        }
      if (p->card_width < 0)
        p->card_width = job->metrics->card_width (job->metrics, item);
      place_card (p, item, scale->width);
      extents[k].x_start = p->left;
      extents[k].x_end = p->right;
      extents[k].importance = item->importance;
      if (p->x0 < 0)
        extents[k].importance *= PINNED_WEIGHT;
      /* Invisible cards take no lane from those that show. */
      if (p->right < 0)
        extents[k].importance = -G_MAXDOUBLE;
    }

  chr_lanes_assign (extents, n, LANE_GAP, max_lanes, lanes);
  for (guint k = 0; k < n; k++)
    {
      Placement *p = &g_array_index (job->placements, Placement, k);

      p->lane = extents[k].x_end < 0 ? CHR_LANE_NONE : lanes[k];
    }
  return deferred;
}

static void
add_cards (ChrTimelineLayout *layout,
           Job               *job,
           double             lanes_bottom,
           double             lane_pitch)
{
  double card_height = job->metrics->card_height;
  double width = job->scale->width;

  for (guint k = 0; k < job->placements->len; k++)
    {
      const Placement *p = &g_array_index (job->placements, Placement, k);
      const ChrTimelineItem *item = item_at (job, p->position);
      ChrLayoutCard card;
      double left, right;

      if (p->lane == CHR_LANE_NONE)
        continue;
      marker_extent (p, item, &left, &right);
      card = (ChrLayoutCard) {
        .id = item->id,
        .position = p->position,
        .lane = p->lane,
        .x = p->left,
        .y = lanes_bottom - p->lane * lane_pitch - card_height,
        .width = p->right - p->left,
        .height = card_height,
        .marker_x = p->x0,
        .bar_left = MAX (left, -2 * MARKER_RADIUS),
        .bar_right = MIN (right, width + 2 * MARKER_RADIUS),
        .card_x = round (p->card_x),
        .card_width = p->card_width,
      };
      card.card_y = card.y;
      card.marker_y = card.y + card_height / 2;
      g_array_append_val (layout->cards, card);
    }
}

/* One mark per visible event on the strip above the axis, so events
 * without a card still show and can be picked. */
static void
add_marks (ChrTimelineLayout *layout,
           Job               *job)
{
  const ChrTimeScale *scale = job->scale;
  gint64 from = chr_time_scale_x_to_time (scale, -STRIP_RADIUS);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width + STRIP_RADIUS);

  for (guint k = 0; k < job->visible->len; k++)
    {
      guint position = g_array_index (job->visible, guint, k);
      const ChrTimelineItem *item = item_at (job, position);
      ChrLayoutMark mark = { .id = item->id, .position = position };
      double x0, x1;

      if (item->begin > to || item->end < from)
        continue;
      mark.period = chr_timeline_item_is_period (item);
      x0 = chr_time_scale_time_to_x (scale, item->begin);
      if (mark.period)
        {
          mark.x0 = MAX (x0, -STRIP_RADIUS);
          mark.x1 = MIN (chr_time_scale_time_to_x (scale, item->end), scale->width + STRIP_RADIUS);
          mark.x1 = MAX (mark.x1, mark.x0 + 2 * STRIP_RADIUS);
          x1 = MAX (chr_time_scale_time_to_x (scale, item->end), x0 + 2 * STRIP_RADIUS);
        }
      else
        {
          mark.x0 = mark.x1 = round (x0);
          x1 = x0 + STRIP_RADIUS;
        }
      x0 = MAX (x0 - STRIP_RADIUS, -STRIP_RADIUS);
      x1 = MIN (x1, scale->width + STRIP_RADIUS);
      mark.x = x0;
      mark.y = layout->strip_y - STRIP_RADIUS - 1;
      mark.width = x1 - x0;
      mark.height = 2 * STRIP_RADIUS + 2;
      g_array_append_val (layout->marks, mark);
    }
}

/* In a crowd the strip is a histogram: for every few pixels, how many events
 * overlap them, on a log scale so that a lone event still shows beside a
 * thousand. Two binary searches per bin, whatever the number of events. */
static void
add_density (ChrTimelineLayout *layout,
             Job               *job)
{
  const ChrTimeScale *scale = job->scale;
  guint n_bins = (guint) ceil (scale->width / DENSITY_BIN);
  g_autofree guint *counts = g_new (guint, n_bins);
  double bottom = layout->strip_y + STRIP_HEIGHT / 2 - 2;
  double max_height = STRIP_HEIGHT - 4;
  guint most = 0;
  double scale_log;

  for (guint b = 0; b < n_bins; b++)
    {
      gint64 t1 = chr_time_scale_x_to_time (scale, (b + 1) * DENSITY_BIN);
      gint64 t0 = chr_time_scale_x_to_time (scale, b * DENSITY_BIN);

      counts[b] = chr_timeline_index_count_overlapping (job->index, t0, t1);
      most = MAX (most, counts[b]);
    }
  if (most == 0)
    return;

  scale_log = log1p ((double) most);
  for (guint b = 0; b < n_bins; b++)
    {
      ChrLayoutRect rect;
      double h;

      if (counts[b] == 0)
        continue;
      h = 2 + (max_height - 2) * log1p ((double) counts[b]) / scale_log;
      rect = (ChrLayoutRect) { b * DENSITY_BIN, round (bottom - h), DENSITY_BIN, round (h) };
      g_array_append_val (layout->density, rect);
    }
}

static void
format_count (guint  count,
              char  *buffer,
              gsize  size)
{
  if (count < 1000)
    g_snprintf (buffer, size, "+%u", count);
  else if (count < 10000)
    g_snprintf (buffer, size, "+%.1fk", count / 1000.0);
  else if (count < 1000000)
    g_snprintf (buffer, size, "+%uk", count / 1000);
  else
    g_snprintf (buffer, size, "+%.1fM", count / 1000000.0);
}

/* The span of the events that began before from and last into it. */
static void
ongoing_span (Job    *job,
              gint64  from,
              gint64 *begin,
              gint64 *end)
{
  g_autoptr (GArray) before = g_array_new (FALSE, FALSE, sizeof (guint));

  chr_timeline_index_collect_ongoing (job->index, from, before);
  for (guint k = 0; k < before->len; k++)
    {
      const ChrTimelineItem *item = item_at (job, g_array_index (before, guint, k));

      *begin = MIN (*begin, item->begin);
      *end = MAX (*end, item->end);
    }
}

/* The events that got no card fold into clusters: one per cell of a grid
 * aligned to powers of two of seconds, so cells move with the view when it
 * pans and the counts don't flicker. Each visible event belongs to the cell
 * its begin falls in (the first cell for those that began before the view),
 * so the counts and the cards add up to the visible events. */
static void
add_clusters (ChrTimelineLayout *layout,
              Job               *job,
              double             row_y)
{
  const ChrTimeScale *scale = job->scale;
  const ChrTimelineIndex *index = job->index;
  gint64 from = chr_time_scale_x_to_time (scale, 0);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width);
  double target = chr_time_scale_seconds_per_pixel (scale) * CLUSTER_CELL;
  gint64 cell = 1, first, last;
  guint n_cells, ended, started_before;
  g_autofree guint *carded = NULL;
  gint64 before_begin = G_MAXINT64, before_end = G_MININT64;
  double last_right = -G_MAXDOUBLE;

  if (chr_timeline_index_get_n_items (index) == 0 || to < from)
    return;
  while ((double) cell < target && cell < G_MAXINT64 / 4)
    cell *= 2;
  first = chr_floor_div (from, cell);
  last = chr_floor_div (to, cell);
  n_cells = (guint) (last - first + 1);
  carded = g_new0 (guint, n_cells);

  for (guint k = 0; k < layout->cards->len; k++)
    {
      const ChrTimelineItem *item = item_at (job, g_array_index (layout->cards, ChrLayoutCard, k).position);

      if (item->begin > to || item->end < from)
        continue;
      carded[item->begin < from ? 0 : (guint) (chr_floor_div (item->begin, cell) - first)]++;
    }

  ended = chr_timeline_index_count_ended_before (index, from);
  started_before = chr_timeline_index_count_before (index, from);
  if (started_before > ended)
    ongoing_span (job, from, &before_begin, &before_end);

  for (guint c = 0; c < n_cells; c++)
    {
      gint64 cell_begin = (first + c) * cell;
      gint64 cell_end = cell_begin + cell;
      guint lo = c == 0 ? started_before : chr_timeline_index_count_before (index, cell_begin);
      guint hi = chr_timeline_index_count_before (index, MIN (cell_end, to + 1));
      guint total = hi - lo + (c == 0 ? started_before - MIN (started_before, ended) : 0);
      ChrLayoutCluster cluster = { 0 };
      double x0, x1;

      if (total <= carded[c])
        continue;
      cluster.count = total - carded[c];
      chr_timeline_index_most_important (index, lo, hi, &cluster.end);
      cluster.begin = lo < hi ? item_at (job, lo)->begin : G_MAXINT64;
      if (c == 0 && started_before > ended)
        {
          cluster.begin = MIN (cluster.begin, before_begin);
          cluster.end = MAX (cluster.end, before_end);
        }

      format_count (cluster.count, cluster.text, sizeof cluster.text);
      cluster.width = job->metrics->badge_width (job->metrics, cluster.text) + BADGE_PADDING;
      cluster.height = CLUSTER_HEIGHT;
      x0 = MAX (chr_time_scale_time_to_x (scale, cell_begin), 0);
      x1 = MIN (chr_time_scale_time_to_x (scale, cell_end), scale->width);
      cluster.x = round ((x0 + x1 - cluster.width) / 2);
      cluster.x = CLAMP (cluster.x, EDGE_PADDING, scale->width - EDGE_PADDING - cluster.width);
      /* Cells are wider than any badge, but the clamping at the edges can
       * push two together. */
      if (cluster.x < last_right + 4)
        cluster.x = last_right + 4;
      cluster.y = row_y + (CLUSTER_ROW - CLUSTER_HEIGHT) / 2;
      last_right = cluster.x + cluster.width;
      g_array_append_val (layout->clusters, cluster);
    }
}

static void
lay_out (ChrTimelineLayout *layout,
         Job               *job)
{
  const ChrTimeScale *scale = job->scale;
  double lanes_bottom, lane_pitch;
  guint max_lanes, n_visible = 0;
  gboolean detail;

  layout->axis_y = floor (layout->height - AXIS_HEIGHT);
  layout->strip_y = layout->axis_y - STRIP_HEIGHT / 2;
  lanes_bottom = layout->axis_y - STRIP_HEIGHT - CLUSTER_ROW - 4;
  lane_pitch = job->metrics->card_height + LANE_SPACING;
  max_lanes = lanes_bottom - TOP_PADDING + LANE_SPACING > 0
              ? (guint) floor ((lanes_bottom - TOP_PADDING + LANE_SPACING) / lane_pitch) : 0;

  g_array_unref (layout->ticks);
  layout->ticks = chr_ticks_compute_full (scale->begin, scale->end, scale->width, job->metrics->tick_spacing,
                                          job->metrics->week_start > 0 ? job->metrics->week_start : 1,
                                          &layout->tick_step);

  if (chr_timeline_index_get_n_items (job->index) > 0)
    {
      gint64 from = chr_time_scale_x_to_time (scale, -LEFT_MARGIN);
      gint64 to = chr_time_scale_x_to_time (scale, scale->width);

      n_visible = chr_timeline_index_count_overlapping (job->index, from, to + 1);
    }
  detail = n_visible <= DETAIL_LIMIT;

  collect_candidates (job, detail);
  layout->incomplete = assign_lanes (job, max_lanes);
  add_cards (layout, job, lanes_bottom, lane_pitch);
  add_clusters (layout, job, layout->axis_y - STRIP_HEIGHT - CLUSTER_ROW);
  if (detail)
    add_marks (layout, job);
  else
    add_density (layout, job);
}

/**
 * chr_timeline_layout_new:
 * @index: the events
 * @scale: the stretch of time shown across its width
 * @height: the height, in pixels
 * @metrics: the sizes of text, from whoever will draw it
 *
 * Lays out one frame: the ticks of the axis, which events get a card and
 * where, the clusters that count the others, and the strip of marks or
 * its histogram. What it does is bounded by the pixels, not the number of
 * events. A card whose text @metrics has not made ready may wait: then
 * chr_timeline_layout_needs_redraw() says so.
 *
 * Returns: (transfer full): the layout
 */
ChrTimelineLayout *
chr_timeline_layout_new (ChrTimelineIndex     *index,
                         const ChrTimeScale   *scale,
                         double                height,
                         const ChrTextMetrics *metrics)
{
  ChrTimelineLayout *layout;
  Job job;

  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (scale != NULL, NULL);
  g_return_val_if_fail (metrics != NULL, NULL);

  layout = g_new0 (ChrTimelineLayout, 1);
  layout->index = chr_timeline_index_ref (index);
  layout->scale = *scale;
  layout->height = height;
  layout->ticks = g_array_new (FALSE, FALSE, sizeof (ChrTick));
  layout->cards = g_array_new (FALSE, FALSE, sizeof (ChrLayoutCard));
  layout->clusters = g_array_new (FALSE, FALSE, sizeof (ChrLayoutCluster));
  layout->marks = g_array_new (FALSE, FALSE, sizeof (ChrLayoutMark));
  layout->density = g_array_new (FALSE, FALSE, sizeof (ChrLayoutRect));
  if (scale->width <= 0 || height <= 0)
    return layout;

  job = (Job) {
    .index = index,
    .items = chr_timeline_index_get_items (index, NULL),
    .scale = &layout->scale,
    .metrics = metrics,
    .placements = g_array_new (FALSE, FALSE, sizeof (Placement)),
    .visible = g_array_new (FALSE, FALSE, sizeof (guint)),
  };
  lay_out (layout, &job);
  g_array_unref (job.placements);
  g_array_unref (job.visible);
  return layout;
}

void
chr_timeline_layout_free (ChrTimelineLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_pointer (&layout->index, chr_timeline_index_unref);
  g_clear_pointer (&layout->ticks, g_array_unref);
  g_clear_pointer (&layout->cards, g_array_unref);
  g_clear_pointer (&layout->clusters, g_array_unref);
  g_clear_pointer (&layout->marks, g_array_unref);
  g_clear_pointer (&layout->density, g_array_unref);
  g_free (layout);
}

/**
 * chr_timeline_layout_needs_redraw:
 * @layout: a #ChrTimelineLayout
 *
 * Whether some cards wait for their text (it is shaped a few dozen a
 * frame): lay out and draw again soon to fill them in.
 */
gboolean
chr_timeline_layout_needs_redraw (const ChrTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  return layout->incomplete;
}

static gboolean
contains (double x,
          double y,
          double rx,
          double ry,
          double width,
          double height)
{
  return x >= rx && x < rx + width && y >= ry && y < ry + height;
}

/* The event at (x, y), its card or its mark on the strip; -1 if none. */
gint64
chr_timeline_layout_hit_test (const ChrTimelineLayout *layout,
                              double                   x,
                              double                   y)
{
  gint64 best = -1;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (layout != NULL, -1);

  /* Cards never overlap, so the first one that contains the point is it. */
  for (guint i = 0; i < layout->cards->len; i++)
    {
      const ChrLayoutCard *card = &g_array_index (layout->cards, ChrLayoutCard, i);

      if (contains (x, y, card->x, card->y, card->width, card->height))
        return card->id;
    }

  /* Marks on the strip can coincide: the one whose start is nearest wins. */
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const ChrLayoutMark *mark = &g_array_index (layout->marks, ChrLayoutMark, i);
      double distance = fabs (x - (mark->x + STRIP_RADIUS));

      if (contains (x, y, mark->x, mark->y, mark->width, mark->height) && distance < best_distance)
        {
          best = mark->id;
          best_distance = distance;
        }
    }
  return best;
}

/**
 * chr_timeline_layout_hit_test_cluster:
 * @layout: a #ChrTimelineLayout
 * @x: a point
 * @y: a point
 *
 * Returns: (transfer none) (nullable): the cluster at (@x, @y)
 */
const ChrLayoutCluster *
chr_timeline_layout_hit_test_cluster (const ChrTimelineLayout *layout,
                                      double                   x,
                                      double                   y)
{
  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->clusters->len; i++)
    {
      const ChrLayoutCluster *cluster = &g_array_index (layout->clusters, ChrLayoutCluster, i);

      if (contains (x, y, cluster->x, cluster->y, cluster->width, cluster->height))
        return cluster;
    }
  return NULL;
}

/* Where event id is: its card when it has one, else its mark; FALSE if neither. */
gboolean
chr_timeline_layout_get_event_rect (const ChrTimelineLayout *layout,
                                    gint64                   id,
                                    ChrLayoutRect           *rect)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  for (guint i = 0; i < layout->cards->len; i++)
    {
      const ChrLayoutCard *card = &g_array_index (layout->cards, ChrLayoutCard, i);

      if (card->id != id)
        continue;
      if (rect != NULL)
        *rect = (ChrLayoutRect) { card->x, card->y, card->width, card->height };
      return TRUE;
    }
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const ChrLayoutMark *mark = &g_array_index (layout->marks, ChrLayoutMark, i);

      if (mark->id != id)
        continue;
      if (rect != NULL)
        *rect = (ChrLayoutRect) { mark->x, mark->y, mark->width, mark->height };
      return TRUE;
    }
  return FALSE;
}
