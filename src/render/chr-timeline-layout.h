/* chr-timeline-layout.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-ticks.h"
#include "chr-time-scale.h"
#include "chr-timeline-index.h"

G_BEGIN_DECLS

/* Geometry the layout and the painter agree on, in pixels. */
#define CHR_TIMELINE_MARKER_RADIUS   4.0
#define CHR_TIMELINE_STRIP_RADIUS    3.0
#define CHR_TIMELINE_CARD_MAX_WIDTH  280.0

/* What the layout needs to know of text, answered by whoever draws it (the
 * painter, with Pango) or by a test with fixed sizes. */
typedef struct _ChrTextMetrics ChrTextMetrics;
struct _ChrTextMetrics
{
  double   card_height;    /* every card: padding, a title line and a date line */
  double   tick_spacing;   /* the least room a tick label needs */
  int      week_start;     /* the day week ticks fall on: 1 = Monday … 7 = Sunday; 0 is Monday */
  /* The width of item's card if its text is ready, else a negative number;
   * the card counts as in use either way, so the cache keeps it. */
  double (*peek_card_width) (const ChrTextMetrics  *metrics,
                             const ChrTimelineItem *item);
  /* The width of item's card, its text made ready if it was not. */
  double (*card_width)      (const ChrTextMetrics  *metrics,
                             const ChrTimelineItem *item);
  /* The width of a cluster's badge saying text. */
  double (*badge_width)     (const ChrTextMetrics  *metrics,
                             const char            *text);
  gpointer user_data;
};

/* An event with a card on a lane. */
typedef struct
{
  gint64 id;
  guint  position;                 /* in the index */
  int    lane;                     /* 0 is the lowest */
  double x, y, width, height;      /* all it covers: marker, bar and card; what is hit */
  double marker_x;                 /* its begin; the marker's centre */
  double marker_y;
  double bar_left, bar_right;      /* the marker or bar as drawn, clamped to the view */
  double card_x, card_y;           /* card_x in whole pixels */
  double card_width;
} ChrLayoutCard;

/* Events with no card, folded into a count. begin and end enclose them
 * all, so zooming to them spreads the cluster out. */
typedef struct
{
  double x, y, width, height;
  gint64 begin, end;
  guint  count;
  char   text[16];                 /* "+12", "+1.2k" */
} ChrLayoutCluster;

/* An event's mark on the strip above the axis, when few enough show for
 * each to have its own. */
typedef struct
{
  gint64   id;
  guint    position;               /* in the index */
  gboolean period;
  double   x0, x1;                 /* as drawn: a bar's ends, or a point's centre twice */
  double   x, y, width, height;    /* where it is picked */
} ChrLayoutMark;

typedef struct
{
  double x, y, width, height;
} ChrLayoutRect;

/* One frame of a timeline, as plain data: what to draw where, and what is
 * under any point. The same layout is made for the screen and for an export
 * of any range at any size. Read its fields; don't change them. */
typedef struct
{
  ChrTimelineIndex *index;         /* a reference */
  ChrTimeScale      scale;
  double            height;
  double            axis_y;        /* the baseline; the axis runs below it */
  double            strip_y;       /* the middle of the strip of marks */
  ChrTickStep       tick_step;
  GArray           *ticks;         /* ChrTick */
  GArray           *cards;         /* ChrLayoutCard, in time order */
  GArray           *clusters;      /* ChrLayoutCluster, left to right */
  GArray           *marks;         /* ChrLayoutMark, in time order; empty in a crowd */
  GArray           *density;       /* ChrLayoutRect: in a crowd, the strip as a histogram */
  gboolean          incomplete;    /* some cards wait for their text: lay out again soon */
} ChrTimelineLayout;

ChrTimelineLayout *chr_timeline_layout_new             (ChrTimelineIndex        *index,
                                                        const ChrTimeScale      *scale,
                                                        double                   height,
                                                        const ChrTextMetrics    *metrics);
void               chr_timeline_layout_free            (ChrTimelineLayout       *layout);
gboolean           chr_timeline_layout_needs_redraw    (const ChrTimelineLayout *layout);
gint64             chr_timeline_layout_hit_test        (const ChrTimelineLayout *layout,
                                                        double                   x,
                                                        double                   y);
const ChrLayoutCluster *chr_timeline_layout_hit_test_cluster (const ChrTimelineLayout *layout,
                                                        double                   x,
                                                        double                   y);
gboolean           chr_timeline_layout_get_event_rect  (const ChrTimelineLayout *layout,
                                                        gint64                   id,
                                                        ChrLayoutRect           *rect);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrTimelineLayout, chr_timeline_layout_free)

G_END_DECLS
