/* chr-timeline-painter.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "chr-date-format.h"
#include "chr-palette.h"
#include "chr-time-scale.h"
#include "chr-timeline-index.h"
#include "chr-timeline-layout.h"

G_BEGIN_DECLS

/* Draws timeline layouts into any cairo_t, keeping the text and the
 * pictures of the cards it drew for the next frames. */
typedef struct _ChrTimelinePainter ChrTimelinePainter;

/* Draws @layout at the current point of @cr in the painter's stead. */
typedef void (*ChrTextSink) (cairo_t     *cr,
                             PangoLayout *layout,
                             gpointer     user_data);

ChrTimelinePainter *chr_timeline_painter_new         (PangoContext           *context);
void                chr_timeline_painter_free        (ChrTimelinePainter     *self);
void                chr_timeline_painter_get_text_metrics (ChrTimelinePainter *self,
                                                      cairo_t                *cr,
                                                      ChrTimelineIndex       *index,
                                                      ChrTextMetrics         *metrics);
ChrTimelineLayout  *chr_timeline_painter_lay_out     (ChrTimelinePainter     *self,
                                                      cairo_t                *cr,
                                                      ChrTimelineIndex       *index,
                                                      const ChrTimeScale     *scale,
                                                      double                  height);
void                chr_timeline_painter_draw        (ChrTimelinePainter     *self,
                                                      cairo_t                *cr,
                                                      const ChrTimelineLayout *layout,
                                                      const ChrPalette       *palette,
                                                      gint64                  selected_id,
                                                      gint64                  hover_id);
void                chr_timeline_painter_set_marked  (ChrTimelinePainter     *self,
                                                      const gint64           *ids,
                                                      guint                   n_ids);
void                chr_timeline_painter_set_date_options (ChrTimelinePainter *self,
                                                          const ChrDateOptions *options);
void                chr_timeline_painter_set_text_sink (ChrTimelinePainter   *self,
                                                      ChrTextSink             sink,
                                                      gpointer                user_data);
void                chr_timeline_painter_get_cache_size (ChrTimelinePainter  *self,
                                                      guint                  *n_layouts,
                                                      guint                  *n_images);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrTimelinePainter, chr_timeline_painter_free)

G_END_DECLS
