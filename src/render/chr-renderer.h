/* chr-renderer.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "chr-time-scale.h"
#include "chr-timeline-index.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;  /* 0..1 */
} ChrColor;

/* Colours come from the toolkit's style (light, dark, high contrast);
 * the renderer never invents its own. */
typedef struct
{
  ChrColor background;
  ChrColor foreground;
  ChrColor dim_foreground;         /* tick labels, secondary text */
  ChrColor grid;                   /* tick lines and the axis */
  ChrColor accent;                 /* selected event, markers */
  ChrColor accent_foreground;      /* text on the accent colour */
  ChrColor card;                   /* label background */
  ChrColor border;                 /* card and cluster outlines */
  ChrColor warning;                /* conflicting dates; fully transparent to leave them unmarked */
} ChrPalette;

typedef struct _ChrRenderer ChrRenderer;

ChrRenderer *chr_renderer_new            (PangoContext          *context);
void         chr_renderer_free           (ChrRenderer           *self);
void         chr_renderer_set_items      (ChrRenderer           *self,
                                          const ChrTimelineItem *items,
                                          guint                  n_items);
void         chr_renderer_take_index     (ChrRenderer           *self,
                                          ChrTimelineIndex      *index);
const ChrTimelineIndex *chr_renderer_get_index (ChrRenderer     *self);
ChrTimelineIndex *chr_renderer_steal_index (ChrRenderer         *self);
guint        chr_renderer_get_n_items    (ChrRenderer           *self);
/* The extent of all items, for zoom to fit; FALSE when there are none. */
gboolean     chr_renderer_get_extent     (ChrRenderer           *self,
                                          gint64                *begin,
                                          gint64                *end);
void         chr_renderer_set_palette    (ChrRenderer           *self,
                                          const ChrPalette      *palette);
void         chr_renderer_set_selected   (ChrRenderer           *self,
                                          gint64                 id);
void         chr_renderer_set_hover      (ChrRenderer           *self,
                                          gint64                 id);
/* Draws the axis and the items visible in scale into cr, from (0, 0) to (scale->width, height). */
void         chr_renderer_draw           (ChrRenderer           *self,
                                          cairo_t               *cr,
                                          const ChrTimeScale    *scale,
                                          double                 height);
gboolean     chr_renderer_needs_redraw   (ChrRenderer           *self);
void         chr_renderer_get_cache_size (ChrRenderer           *self,
                                          guint                 *n_layouts,
                                          guint                 *n_images);
/* The item drawn at (x, y) by the last chr_renderer_draw(), or -1. */
gint64       chr_renderer_hit_test       (ChrRenderer           *self,
                                          double                 x,
                                          double                 y);
/* The cluster drawn at (x, y) by the last chr_renderer_draw(): events folded
 * into a count because their cards did not fit. begin and end enclose all of
 * its events, so zooming to them spreads the cluster out. */
gboolean     chr_renderer_hit_test_cluster (ChrRenderer         *self,
                                          double                 x,
                                          double                 y,
                                          gint64                *begin,
                                          gint64                *end);
/* The clusters of the last draw, left to right: where each is, the span of
 * its events and how many events it stands for (those without a card). */
guint        chr_renderer_get_n_clusters (ChrRenderer           *self);
guint        chr_renderer_get_n_cards    (ChrRenderer           *self);
gboolean     chr_renderer_get_cluster    (ChrRenderer           *self,
                                          guint                  index,
                                          double                *x,
                                          double                *y,
                                          double                *width,
                                          double                *height,
                                          gint64                *begin,
                                          gint64                *end,
                                          guint                 *count);
/* Where the last draw put item id (marker and label together); FALSE if not drawn. */
gboolean     chr_renderer_get_item_rect  (ChrRenderer           *self,
                                          gint64                 id,
                                          double                *x,
                                          double                *y,
                                          double                *width,
                                          double                *height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrRenderer, chr_renderer_free)

G_END_DECLS
