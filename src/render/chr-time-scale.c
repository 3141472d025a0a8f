/* chr-time-scale.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-time-scale"

#include "config.h"

#include <math.h>

#include "chr-time-scale.h"

/* Instants stay within ±2^53 seconds (about 285 million years) so that the
 * double arithmetic below is exact and a pan or zoom can never overflow. */
#define TIME_LIMIT 9007199254740992.0

static double
clamp_time (double t)
{
  return CLAMP (t, -TIME_LIMIT, TIME_LIMIT);
}

static double
effective_width (const ChrTimeScale *scale)
{
  /* A zero-sized widget still needs a usable mapping. */
  return scale->width >= 1.0 ? scale->width : 1.0;
}

static double
clamp_span (double span)
{
  return CLAMP (span, (double) CHR_TIME_SCALE_MIN_SPAN, (double) CHR_TIME_SCALE_MAX_SPAN);
}

/* Puts a span of span seconds with begin at begin, both kept representable. */
static void
set_span (ChrTimeScale *scale,
          double        begin,
          double        span)
{
  begin = clamp_time (round (begin));
  span = round (span);
  if (begin + span > TIME_LIMIT)
    begin = TIME_LIMIT - span;
  scale->begin = (gint64) begin;
  scale->end = scale->begin + (gint64) span;
}

void
chr_time_scale_init (ChrTimeScale *scale,
                     gint64        begin,
                     gint64        end,
                     double        width)
{
  g_return_if_fail (scale != NULL);

  scale->width = width > 0 ? width : 0;
  scale->begin = (gint64) clamp_time ((double) begin);
  scale->end = (gint64) clamp_time ((double) end);
  if (scale->end <= scale->begin)
    {
      if (scale->begin < (gint64) TIME_LIMIT)
        scale->end = scale->begin + 1;
      else
        scale->begin = scale->end - 1;
    }
}

double
chr_time_scale_time_to_x (const ChrTimeScale *scale,
                          gint64              t)
{
  g_return_val_if_fail (scale != NULL, 0.0);

  return ((double) t - (double) scale->begin) / chr_time_scale_seconds_per_pixel (scale);
}

gint64
chr_time_scale_x_to_time (const ChrTimeScale *scale,
                          double              x)
{
  double t;

  g_return_val_if_fail (scale != NULL, 0);

  t = (double) scale->begin + x * chr_time_scale_seconds_per_pixel (scale);
  if (isnan (t))
    return scale->begin;
  return (gint64) clamp_time (floor (t));
}

double
chr_time_scale_seconds_per_pixel (const ChrTimeScale *scale)
{
  double span;

  g_return_val_if_fail (scale != NULL, 1.0);

  span = (double) scale->end - (double) scale->begin;
  return MAX (span, 1.0) / effective_width (scale);
}

void
chr_time_scale_zoom_at (ChrTimeScale *scale,
                        double        x,
                        double        factor)
{
  double spp, pivot, span;

  g_return_if_fail (scale != NULL);
  g_return_if_fail (factor > 0 && isfinite (factor));

  spp = chr_time_scale_seconds_per_pixel (scale);
  /* The pivot stays a double: rounding it first would make repeated small
   * zooms drift by a second each. */
  pivot = (double) scale->begin + x * spp;
  span = clamp_span (((double) scale->end - (double) scale->begin) / factor);
  set_span (scale, pivot - x * (span / effective_width (scale)), span);
}

void
chr_time_scale_pan (ChrTimeScale *scale,
                    double        dx)
{
  double span;

  g_return_if_fail (scale != NULL);
  g_return_if_fail (isfinite (dx));

  span = (double) scale->end - (double) scale->begin;
  set_span (scale, (double) scale->begin + dx * chr_time_scale_seconds_per_pixel (scale), span);
}

void
chr_time_scale_fit (ChrTimeScale *scale,
                    gint64        begin,
                    gint64        end,
                    double        margin_px)
{
  double b, e, inner, width, span, centre;

  g_return_if_fail (scale != NULL);

  b = clamp_time ((double) MIN (begin, end));
  e = clamp_time ((double) MAX (begin, end));
  /* A single instant gets the day around it, so it shows with its context. */
  if (e - b < 1)
    {
      b -= 43200;
      e += 43200;
    }

  width = effective_width (scale);
  margin_px = MAX (margin_px, 0.0);
  inner = width - 2 * margin_px;
  /* Margins that leave nothing for the data are ignored rather than inverted. */
  if (inner < 1.0)
    inner = width;

  span = clamp_span ((e - b) * width / inner);
  centre = b + (e - b) / 2;
  set_span (scale, centre - span / 2, span);
}

/* Room kept on each side when fitting events, and for the last one's label. */
#define FIT_MARGIN      48.0
#define LAST_LABEL_ROOM 240.0
/* The least stretch of time a fit shows: one event on its own gets the
 * month around it, not the hours of its day. */
#define MIN_FIT_SPAN    (30 * 86400)

/**
 * chr_time_scale_fit_labelled:
 * @scale: the scale, its width set
 * @begin: the first event's begin
 * @end: the last event's end
 *
 * Every event across the width, with room for the last one's label, which
 * runs to the right of its marker: "zoom to fit" on screen and the whole
 * timeline in an export.
 */
void
chr_time_scale_fit_labelled (ChrTimeScale *scale,
                             gint64        begin,
                             gint64        end)
{
  g_return_if_fail (scale != NULL);

  if ((double) end - (double) begin < MIN_FIT_SPAN)
    {
      gint64 centre = begin + (end - begin) / 2;

      begin = centre - MIN_FIT_SPAN / 2;
      end = centre + MIN_FIT_SPAN / 2;
    }
  chr_time_scale_fit (scale, begin, end, FIT_MARGIN);
  chr_time_scale_pan (scale, -FIT_MARGIN);
  chr_time_scale_zoom_at (scale, 0, scale->width / (scale->width + LAST_LABEL_ROOM));
}
