/* chr-ticks.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-time.h"

G_BEGIN_DECLS

typedef enum
{
  CHR_TICK_UNIT_MINUTE,
  CHR_TICK_UNIT_HOUR,
  CHR_TICK_UNIT_DAY,
  CHR_TICK_UNIT_WEEK,
  CHR_TICK_UNIT_MONTH,
  CHR_TICK_UNIT_YEAR,
} ChrTickUnit;

/* The distance between two ticks: count units (3 months, 50 years...). */
typedef struct
{
  ChrTickUnit unit;
  gint64      count;
  int         week_start;   /* week steps: the day weeks start on, 1 = Monday … 7 = Sunday; 0 is Monday */
} ChrTickStep;

/* One tick on the time axis. Ticks are aligned to calendar boundaries in UTC:
 * minutes and hours to midnight, days to midnight, weeks to their first day
 * (Monday unless the step says otherwise), months to
 * multiples of the step from January (quarters start in Jan, Apr, Jul, Oct),
 * years to multiples of the step (before year 1, to multiples in years BC:
 * 500 BC is the astronomical year -499). */
typedef struct
{
  gint64   time;
  /* The first tick in a new period of the coarser level: a new day at hour
   * steps, a new month at day and week steps, a new year at month steps, a
   * new multiple of ten steps at year steps. */
  gboolean major;
  /* Short: "14:00", "24", "Feb", "2014", "1990s". */
  char     label[64];
  /* What the short labels leave out, on major ticks only: "Thu 24 Feb 2022",
   * "February 2022", "2022"; empty otherwise and at year steps. */
  char     context[64];
} ChrTick;

gint64   chr_tick_step_min_seconds  (const ChrTickStep *step);
void     chr_ticks_choose_step      (gint64             begin,
                                     gint64             end,
                                     double             width,
                                     double             min_spacing,
                                     ChrTickStep       *step);
GArray  *chr_ticks_generate         (const ChrTickStep *step,
                                     gint64             begin,
                                     gint64             end);
GArray  *chr_ticks_compute          (gint64             begin,
                                     gint64             end,
                                     double             width,
                                     double             min_spacing,
                                     ChrTickStep       *step);
GArray  *chr_ticks_compute_full     (gint64             begin,
                                     gint64             end,
                                     double             width,
                                     double             min_spacing,
                                     int                week_start,
                                     ChrTickStep       *step);
gboolean chr_ticks_format_context   (const ChrTickStep *step,
                                     gint64             t,
                                     char              *buffer,
                                     gsize              size);

G_END_DECLS
