/* chr-time-scale.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Maps the visible interval [begin, end) (seconds, UTC) onto [0, width) pixels. */
typedef struct
{
  gint64 begin;
  gint64 end;
  double width;
} ChrTimeScale;

/* The narrowest view: one hour across the widget. The widest: 20,000 years. */
#define CHR_TIME_SCALE_MIN_SPAN G_GINT64_CONSTANT (3600)
#define CHR_TIME_SCALE_MAX_SPAN (G_GINT64_CONSTANT (20000) * 365 * 86400)

void     chr_time_scale_init        (ChrTimeScale       *scale,
                                     gint64              begin,
                                     gint64              end,
                                     double              width);
double   chr_time_scale_time_to_x   (const ChrTimeScale *scale,
                                     gint64              t);
gint64   chr_time_scale_x_to_time   (const ChrTimeScale *scale,
                                     double              x);
double   chr_time_scale_seconds_per_pixel (const ChrTimeScale *scale);
/* Zooms by factor (> 1 zooms in) keeping the instant under x where it is;
 * the span is clamped to [MIN_SPAN, MAX_SPAN]. */
void     chr_time_scale_zoom_at     (ChrTimeScale       *scale,
                                     double              x,
                                     double              factor);
/* Moves the view by dx pixels (positive dx shows later times). */
void     chr_time_scale_pan         (ChrTimeScale       *scale,
                                     double              dx);
/* Fits [begin, end) with a margin of margin_px pixels on each side. */
void     chr_time_scale_fit         (ChrTimeScale       *scale,
                                     gint64              begin,
                                     gint64              end,
                                     double              margin_px);
void     chr_time_scale_fit_labelled (ChrTimeScale      *scale,
                                     gint64              begin,
                                     gint64              end);

G_END_DECLS
