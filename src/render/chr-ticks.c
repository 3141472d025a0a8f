/* chr-ticks.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-ticks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "chr-date-format.h"
#include "chr-ticks.h"

/* Keeps civil years within an int and the arithmetic exact, as the time scale does. */
#define TIME_LIMIT G_GINT64_CONSTANT (9007199254740992)

/* No view needs more; it only guards against absurd arguments. */
#define MAX_TICKS 10000

#define SECONDS_PER_MINUTE G_GINT64_CONSTANT (60)
#define SECONDS_PER_HOUR   G_GINT64_CONSTANT (3600)

/* Finest first. The year steps continue past the table in chr_ticks_choose_step(). */
static const ChrTickStep ladder[] = {
  { CHR_TICK_UNIT_MINUTE, 1 },
  { CHR_TICK_UNIT_MINUTE, 5 },
  { CHR_TICK_UNIT_MINUTE, 15 },
  { CHR_TICK_UNIT_MINUTE, 30 },
  { CHR_TICK_UNIT_HOUR, 1 },
  { CHR_TICK_UNIT_HOUR, 3 },
  { CHR_TICK_UNIT_HOUR, 6 },
  { CHR_TICK_UNIT_HOUR, 12 },
  { CHR_TICK_UNIT_DAY, 1 },
  { CHR_TICK_UNIT_WEEK, 1 },
  { CHR_TICK_UNIT_MONTH, 1 },
  { CHR_TICK_UNIT_MONTH, 3 },
  { CHR_TICK_UNIT_MONTH, 6 },
  { CHR_TICK_UNIT_YEAR, 1 },
  { CHR_TICK_UNIT_YEAR, 2 },
  { CHR_TICK_UNIT_YEAR, 5 },
  { CHR_TICK_UNIT_YEAR, 10 },
  { CHR_TICK_UNIT_YEAR, 20 },
  { CHR_TICK_UNIT_YEAR, 50 },
  { CHR_TICK_UNIT_YEAR, 100 },
  { CHR_TICK_UNIT_YEAR, 500 },
  { CHR_TICK_UNIT_YEAR, 1000 },
};

#define MAX_YEAR_STEP G_GINT64_CONSTANT (100000000)

static gint64
clamp_time (gint64 t)
{
  return CLAMP (t, -TIME_LIMIT, TIME_LIMIT);
}

static int
year_of (gint64 t)
{
  int year;

  chr_time_to_civil (t, &year, NULL, NULL, NULL, NULL, NULL);
  return year;
}

static gint64
month_index_of (gint64 t)
{
  int year, month;

  chr_time_to_civil (t, &year, &month, NULL, NULL, NULL, NULL);
  return (gint64) year * 12 + month - 1;
}

static gint64
time_from_month_index (gint64 index)
{
  gint64 year = chr_floor_div (index, 12);

  return chr_time_from_civil ((int) year, (int) (index - year * 12) + 1, 1, 0, 0, 0);
}

/* Year 1 BC is year 0 in the proleptic Gregorian calendar that ISO 8601 uses. */
static void
format_year (int    year,
             char  *buffer,
             gsize  size)
{
  g_autofree char *text = chr_date_format_year (year);

  g_strlcpy (buffer, text, size);
}

static void
format_time (const char *format,
             gint64      t,
             char       *buffer,
             gsize       size)
{
  g_autofree char *text = chr_date_format_time (t, format);

  g_strlcpy (buffer, text, size);
}

/**
 * chr_tick_step_min_seconds:
 *
 * Returns: the shortest distance between two ticks of @step, in seconds
 *   (a month step can be 28 days, a year step 365), which is what decides
 *   whether labels fit.
 */
gint64
chr_tick_step_min_seconds (const ChrTickStep *step)
{
  g_return_val_if_fail (step != NULL, 1);

  switch (step->unit)
    {
    case CHR_TICK_UNIT_MINUTE:
      return step->count * SECONDS_PER_MINUTE;
    case CHR_TICK_UNIT_HOUR:
      return step->count * SECONDS_PER_HOUR;
    case CHR_TICK_UNIT_DAY:
      return step->count * CHR_SECONDS_PER_DAY;
    case CHR_TICK_UNIT_WEEK:
      return step->count * 7 * CHR_SECONDS_PER_DAY;
    case CHR_TICK_UNIT_MONTH:
      /* The shortest run of months: Feb, or Jan-Mar for quarters (aligned
       * steps never start in December), or Jan-Jun for halves. */
      if (step->count == 1)
        return 28 * CHR_SECONDS_PER_DAY;
      if (step->count == 3)
        return 90 * CHR_SECONDS_PER_DAY;
      return (step->count * 30 - 3) * CHR_SECONDS_PER_DAY;
    case CHR_TICK_UNIT_YEAR:
      return step->count * 365 * CHR_SECONDS_PER_DAY;
    default:
      g_return_val_if_reached (1);
    }
}

/**
 * chr_ticks_choose_step:
 * @min_spacing: the least distance in pixels between two ticks; the caller
 *   makes it wider than its widest label plus a gap
 *
 * Picks the finest step of the ladder whose ticks are never closer than
 * @min_spacing pixels when [@begin, @end) spans @width pixels.
 */
void
chr_ticks_choose_step (gint64       begin,
                       gint64       end,
                       double       width,
                       double       min_spacing,
                       ChrTickStep *step)
{
  double span, pixels_per_second;

  g_return_if_fail (step != NULL);

  span = (double) clamp_time (end) - (double) clamp_time (begin);
  span = MAX (span, 1.0);
  width = MAX (width, 1.0);
  min_spacing = MAX (min_spacing, 1.0);
  pixels_per_second = width / span;

  for (guint i = 0; i < G_N_ELEMENTS (ladder); i++)
    if ((double) chr_tick_step_min_seconds (&ladder[i]) * pixels_per_second >= min_spacing)
      {
        *step = ladder[i];
        return;
      }

  /* Wider than the table goes: 5000, 10,000, 50,000 years... */
  *step = ladder[G_N_ELEMENTS (ladder) - 1];
  for (gboolean times_five = TRUE;
       step->count < MAX_YEAR_STEP
       && (double) chr_tick_step_min_seconds (step) * pixels_per_second < min_spacing;
       times_five = !times_five)
    step->count *= times_five ? 5 : 2;
}

/* Year ticks fall on round numbers as people write them: 500, 1000 and so
 * on after Christ, and 500 BC, 1000 BC (astronomical years -499, -999)
 * before, since there is no year 0 to count from. The gap across the start
 * of the era is a little wider than the others, never narrower. */
static gint64
floor_year_tick (gint64 year,
                 gint64 count)
{
  if (year >= count)
    return chr_floor_div (year, count) * count;
  if (year >= 1)
    return 1 - count;
  return 1 - chr_floor_div (1 - year + count - 1, count) * count;
}

static gint64
next_year_tick (gint64 year,
                gint64 count)
{
  if (year >= 1 || year + count <= 0)
    return year + count;
  return count;
}

/* Which stretch of ten steps a year tick is in, counted the same way: the
 * stretch from 10 BC runs on to AD 9, so 10 BC and 10 are major, not 1. */
static gint64
year_period (gint64 year,
             gint64 count)
{
  if (year >= 1)
    return chr_floor_div (year, count * 10);
  return 1 - chr_floor_div (1 - year + count * 10 - 1, count * 10);
}

/* The tick at or before t. */
static gint64
floor_to_step (const ChrTickStep *step,
               gint64             t)
{
  gint64 seconds, days, first;

  switch (step->unit)
    {
    case CHR_TICK_UNIT_MINUTE:
    case CHR_TICK_UNIT_HOUR:
    case CHR_TICK_UNIT_DAY:
      seconds = chr_tick_step_min_seconds (step);
      return chr_floor_div (t, seconds) * seconds;
    case CHR_TICK_UNIT_WEEK:
      /* Weeks start on Monday, as in ISO 8601, unless the step says
       * otherwise; 1970-01-05 was a Monday, and the days after it the
       * other weekdays. */
      first = 4 + (step->week_start >= 1 && step->week_start <= 7 ? step->week_start - 1 : 0);
      days = chr_floor_div (chr_floor_div (t, CHR_SECONDS_PER_DAY) - first, 7 * step->count) * 7 * step->count + first;
      return days * CHR_SECONDS_PER_DAY;
    case CHR_TICK_UNIT_MONTH:
      return time_from_month_index (chr_floor_div (month_index_of (t), step->count) * step->count);
    case CHR_TICK_UNIT_YEAR:
      return chr_time_from_civil ((int) floor_year_tick (year_of (t), step->count), 1, 1, 0, 0, 0);
    default:
      g_assert_not_reached ();
    }
}

static gint64
next_tick (const ChrTickStep *step,
           gint64             t)
{
  switch (step->unit)
    {
    case CHR_TICK_UNIT_MINUTE:
    case CHR_TICK_UNIT_HOUR:
    case CHR_TICK_UNIT_DAY:
    case CHR_TICK_UNIT_WEEK:
      return t + chr_tick_step_min_seconds (step);
    case CHR_TICK_UNIT_MONTH:
      return time_from_month_index (month_index_of (t) + step->count);
    case CHR_TICK_UNIT_YEAR:
      return chr_time_from_civil ((int) next_year_tick (year_of (t), step->count), 1, 1, 0, 0, 0);
    default:
      g_assert_not_reached ();
    }
}

/* The period of the coarser level that t falls in, as a number: two ticks
 * with different numbers are in different days, months, years or decades. */
static gint64
coarse_period_of (const ChrTickStep *step,
                  gint64             t)
{
  switch (step->unit)
    {
    case CHR_TICK_UNIT_MINUTE:
    case CHR_TICK_UNIT_HOUR:
      return chr_floor_div (t, CHR_SECONDS_PER_DAY);
    case CHR_TICK_UNIT_DAY:
    case CHR_TICK_UNIT_WEEK:
      return month_index_of (t);
    case CHR_TICK_UNIT_MONTH:
      return year_of (t);
    case CHR_TICK_UNIT_YEAR:
      return year_period (year_of (t), step->count);
    default:
      g_assert_not_reached ();
    }
}

static void
format_label (const ChrTickStep *step,
              gint64             t,
              char              *buffer,
              gsize              size)
{
  int year;

  switch (step->unit)
    {
    case CHR_TICK_UNIT_MINUTE:
    case CHR_TICK_UNIT_HOUR:
      /* Translators: a time of day on the time axis, e.g. "14:00"; see strftime(3). */
      format_time (_("%H:%M"), t, buffer, size);
      break;
    case CHR_TICK_UNIT_DAY:
    case CHR_TICK_UNIT_WEEK:
      /* Translators: a day of the month on the time axis, e.g. "24"; see strftime(3). */
      format_time (_("%-d"), t, buffer, size);
      break;
    case CHR_TICK_UNIT_MONTH:
      /* Translators: a month on the time axis, e.g. "Feb"; see strftime(3). */
      format_time (_("%b"), t, buffer, size);
      break;
    case CHR_TICK_UNIT_YEAR:
      year = year_of (t);
      /* Only a ten-year step reads as decades: at 50 years and more "1900s"
       * could be taken for a century, so those show the year. */
      if (step->count == 10 && year > 0)
        /* Translators: a decade on the time axis, e.g. "1990s". */
        g_snprintf (buffer, size, _("%ds"), year);
      else
        format_year (year, buffer, size);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * chr_ticks_format_context:
 *
 * Writes what the short labels of @step leave out for the period around @t:
 * the day at hour and minute steps ("Thu 24 Feb 2022"), the month at day and
 * week steps ("February 2022"), the year at month steps ("2022").
 *
 * Returns: FALSE, with an empty @buffer, at year steps, which need no context.
 */
gboolean
chr_ticks_format_context (const ChrTickStep *step,
                          gint64             t,
                          char              *buffer,
                          gsize              size)
{
  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail (buffer != NULL && size > 0, FALSE);

  buffer[0] = '\0';
  t = clamp_time (t);
  switch (step->unit)
    {
    case CHR_TICK_UNIT_MINUTE:
    case CHR_TICK_UNIT_HOUR:
      /* Translators: the day above hour labels on the time axis, e.g.
       * "Thu 24 Feb 2022"; see strftime(3). */
      format_time (_("%a %-d %b %Y"), t, buffer, size);
      return TRUE;
    case CHR_TICK_UNIT_DAY:
    case CHR_TICK_UNIT_WEEK:
      /* Translators: the month above day labels on the time axis, e.g.
       * "February 2022"; see strftime(3). */
      format_time (_("%B %Y"), t, buffer, size);
      return TRUE;
    case CHR_TICK_UNIT_MONTH:
      format_year (year_of (t), buffer, size);
      return TRUE;
    case CHR_TICK_UNIT_YEAR:
      return FALSE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * chr_ticks_generate:
 *
 * Returns: (transfer full): the #ChrTick of @step in [@begin, @end), ascending.
 */
GArray *
chr_ticks_generate (const ChrTickStep *step,
                    gint64             begin,
                    gint64             end)
{
  g_autoptr (GArray) ticks = g_array_new (FALSE, TRUE, sizeof (ChrTick));
  gint64 t, previous_period;

  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (step->count > 0, NULL);

  begin = clamp_time (begin);
  end = clamp_time (end);
  if (end <= begin)
    return g_steal_pointer (&ticks);

  t = floor_to_step (step, begin);
  /* Whether the first tick is major must not depend on where the view
   * starts, or it would flicker while panning: compare with the tick before. */
  previous_period = coarse_period_of (step, floor_to_step (step, t - 1));
  if (t < begin)
    {
      previous_period = coarse_period_of (step, t);
      t = next_tick (step, t);
    }

  while (t < end && ticks->len < MAX_TICKS)
    {
      ChrTick tick = { .time = t };
      gint64 period = coarse_period_of (step, t);

      tick.major = period != previous_period;
      format_label (step, t, tick.label, sizeof tick.label);
      if (tick.major)
        chr_ticks_format_context (step, t, tick.context, sizeof tick.context);
      g_array_append_val (ticks, tick);

      previous_period = period;
      t = next_tick (step, t);
    }

  return g_steal_pointer (&ticks);
}

/**
 * chr_ticks_compute:
 * @step: (out) (optional): the step that was chosen
 *
 * Chooses a step with chr_ticks_choose_step() and generates its ticks.
 *
 * Returns: (transfer full): an array of #ChrTick
 */
GArray *
chr_ticks_compute (gint64       begin,
                   gint64       end,
                   double       width,
                   double       min_spacing,
                   ChrTickStep *step)
{
  return chr_ticks_compute_full (begin, end, width, min_spacing, 1, step);
}

/**
 * chr_ticks_compute_full:
 * @week_start: the day weeks start on, for week steps: 1 = Monday … 7 = Sunday
 *
 * As chr_ticks_compute(), with weeks that start on @week_start.
 *
 * Returns: (transfer full): an array of #ChrTick
 */
GArray *
chr_ticks_compute_full (gint64       begin,
                        gint64       end,
                        double       width,
                        double       min_spacing,
                        int          week_start,
                        ChrTickStep *step)
{
  ChrTickStep chosen;

  g_return_val_if_fail (week_start >= 1 && week_start <= 7, NULL);

  chr_ticks_choose_step (begin, end, width, min_spacing, &chosen);
  chosen.week_start = week_start;
  if (step != NULL)
    *step = chosen;
  return chr_ticks_generate (&chosen, begin, end);
}
