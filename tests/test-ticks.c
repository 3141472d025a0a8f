/* test-ticks.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ticks"

#include "config.h"

#include <string.h>

#include "chr-ticks.h"
#include "chr-time.h"

#define WIDTH   1200.0
#define SPACING 56.0

typedef struct
{
  const char  *path;
  const char  *begin;            /* ISO 8601, taken at its start */
  const char  *end;
  ChrTickUnit  unit;
  gint64       count;
  const char  *first_label;
  const char  *first_context;    /* of the first major tick, or NULL for none */
  const char  *labels;           /* all labels joined by spaces, or NULL */
  int          week_start;       /* the day weeks start on, 1 = Monday … 7 = Sunday; 0 for the default */
} TicksRow;

static const TicksRow ticks_rows[] = {
  { "/render/ticks/centuries", "1600", "2100", CHR_TICK_UNIT_YEAR, 50, "1600", NULL,
    "1600 1650 1700 1750 1800 1850 1900 1950 2000 2050" },
  { "/render/ticks/years", "2000", "2020", CHR_TICK_UNIT_YEAR, 1, "2000", NULL, NULL },
  { "/render/ticks/decades", "1850", "2050", CHR_TICK_UNIT_YEAR, 10, "1850s", NULL, NULL },
  { "/render/ticks/quarters", "2014", "2017", CHR_TICK_UNIT_MONTH, 3, "Jan", "2014",
    "Jan Apr Jul Oct Jan Apr Jul Oct Jan Apr Jul Oct" },
  { "/render/ticks/months", "2022-01-15", "2022-07-15", CHR_TICK_UNIT_MONTH, 1, "Feb", NULL,
    "Feb Mar Apr May Jun Jul" },
  { "/render/ticks/weeks", "2022-02-01", "2022-04-02", CHR_TICK_UNIT_WEEK, 1, "7", "February 2022",
    "7 14 21 28 7 14 21 28" },
  { "/render/ticks/weeks-from-sunday", "2022-02-01", "2022-04-02", CHR_TICK_UNIT_WEEK, 1, "6", "February 2022",
    "6 13 20 27 6 13 20 27", 7 },
  { "/render/ticks/weeks-from-monday", "2022-02-01", "2022-04-02", CHR_TICK_UNIT_WEEK, 1, "7", "February 2022",
    "7 14 21 28 7 14 21 28", 1 },
  { "/render/ticks/days", "2022-02-14", "2022-03-06", CHR_TICK_UNIT_DAY, 1, "14", "March 2022",
    "14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 1 2 3 4 5" },
  { "/render/ticks/hours", "2022-02-23T12:00", "2022-02-25T00:00", CHR_TICK_UNIT_HOUR, 3, "12:00",
    "Thu 24 Feb 2022",
    "12:00 15:00 18:00 21:00 00:00 03:00 06:00 09:00 12:00 15:00 18:00 21:00" },
  { "/render/ticks/minutes", "2025-08-18T14:00", "2025-08-18T15:00", CHR_TICK_UNIT_MINUTE, 5, "14:00", NULL,
    "14:00 14:05 14:10 14:15 14:20 14:25 14:30 14:35 14:40 14:45 14:50 14:55" },
};

static gint64
parse (const char *text)
{
  ChrInterval interval;

  g_assert_true (chr_time_parse_iso (text, &interval));
  return interval.begin;
}

/* What holds for every tick array: ascending, in range, on a calendar
 * boundary of the step, never closer than the spacing asked for. */
static void
check_ticks (GArray            *ticks,
             const ChrTickStep *step,
             gint64             begin,
             gint64             end,
             double             width,
             double             spacing)
{
  double pixels_per_second = width / (double) (end - begin);

  for (guint i = 0; i < ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (ticks, ChrTick, i);
      int year, month, day, hour, minute, second;

      g_assert_cmpint (tick->time, >=, begin);
      g_assert_cmpint (tick->time, <, end);
      g_assert_cmpuint (strlen (tick->label), >, 0);
      if (i > 0)
        {
          const ChrTick *previous = &g_array_index (ticks, ChrTick, i - 1);

          g_assert_cmpint (tick->time, >, previous->time);
          g_assert_cmpfloat ((tick->time - previous->time) * pixels_per_second, >=, spacing);
        }
      if (tick->major && step->unit != CHR_TICK_UNIT_YEAR)
        g_assert_cmpuint (strlen (tick->context), >, 0);
      else
        g_assert_cmpstr (tick->context, ==, "");

      chr_time_to_civil (tick->time, &year, &month, &day, &hour, &minute, &second);
      g_assert_cmpint (second, ==, 0);
      switch (step->unit)
        {
        case CHR_TICK_UNIT_YEAR:
          /* Round in the years people write: 500 BC is the astronomical year -499. */
          g_assert_cmpint ((year >= 1 ? year : 1 - year) % step->count, ==, 0);
          g_assert_cmpint (month, ==, 1);
          g_assert_cmpint (day, ==, 1);
          G_GNUC_FALLTHROUGH;
        case CHR_TICK_UNIT_MONTH:
          g_assert_cmpint ((month - 1) % step->count, ==, 0);
          g_assert_cmpint (day, ==, 1);
          G_GNUC_FALLTHROUGH;
        case CHR_TICK_UNIT_WEEK:
          if (step->unit == CHR_TICK_UNIT_WEEK)
            g_assert_cmpint (chr_weekday_from_days (chr_days_from_civil (year, month, day)), ==,
                             step->week_start > 0 ? step->week_start : 1);
          G_GNUC_FALLTHROUGH;
        case CHR_TICK_UNIT_DAY:
          g_assert_cmpint (hour, ==, 0);
          G_GNUC_FALLTHROUGH;
        case CHR_TICK_UNIT_HOUR:
          g_assert_cmpint (minute, ==, 0);
          if (step->unit == CHR_TICK_UNIT_HOUR)
            g_assert_cmpint (hour % step->count, ==, 0);
          break;
        case CHR_TICK_UNIT_MINUTE:
          g_assert_cmpint (minute % step->count, ==, 0);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
test_row (gconstpointer data)
{
  const TicksRow *row = data;
  gint64 begin = parse (row->begin);
  gint64 end = parse (row->end);
  g_autoptr (GArray) ticks = NULL;
  g_autoptr (GString) labels = g_string_new (NULL);
  const ChrTick *first_major = NULL;
  ChrTickStep step;

  if (row->week_start == 0)
    ticks = chr_ticks_compute (begin, end, WIDTH, SPACING, &step);
  else
    ticks = chr_ticks_compute_full (begin, end, WIDTH, SPACING, row->week_start, &step);
  g_assert_cmpint (step.unit, ==, row->unit);
  g_assert_cmpint (step.count, ==, row->count);
  g_assert_cmpuint (ticks->len, >, 0);
  check_ticks (ticks, &step, begin, end, WIDTH, SPACING);

  g_assert_cmpstr (g_array_index (ticks, ChrTick, 0).label, ==, row->first_label);
  for (guint i = 0; i < ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (ticks, ChrTick, i);

      g_string_append_printf (labels, "%s%s", i > 0 ? " " : "", tick->label);
      if (first_major == NULL && tick->major && tick->context[0] != '\0')
        first_major = tick;
    }
  if (row->labels != NULL)
    g_assert_cmpstr (labels->str, ==, row->labels);
  if (row->first_context != NULL)
    {
      g_assert_nonnull (first_major);
      g_assert_cmpstr (first_major->context, ==, row->first_context);
    }
}

static void
test_major (void)
{
  g_autoptr (GArray) years = NULL;
  g_autoptr (GArray) days = NULL;
  g_autoptr (GArray) shifted = NULL;
  ChrTickStep step = { CHR_TICK_UNIT_YEAR, 1 };

  /* Year steps: decades are major, and whether a tick is major does not
   * depend on where the view starts. */
  years = chr_ticks_generate (&step, parse ("2014"), parse ("2026"));
  g_assert_cmpuint (years->len, ==, 12);
  for (guint i = 0; i < years->len; i++)
    {
      const ChrTick *tick = &g_array_index (years, ChrTick, i);
      int year;

      chr_time_to_civil (tick->time, &year, NULL, NULL, NULL, NULL, NULL);
      g_assert_cmpint (tick->major, ==, year % 10 == 0);
    }

  /* Day steps: the first of each month is major and carries the month. */
  step = (ChrTickStep) { CHR_TICK_UNIT_DAY, 1 };
  days = chr_ticks_generate (&step, parse ("2021-12-30"), parse ("2022-01-03"));
  g_assert_cmpuint (days->len, ==, 4);
  g_assert_false (g_array_index (days, ChrTick, 0).major);
  g_assert_true (g_array_index (days, ChrTick, 2).major);
  g_assert_cmpstr (g_array_index (days, ChrTick, 2).label, ==, "1");
  g_assert_cmpstr (g_array_index (days, ChrTick, 2).context, ==, "January 2022");

  /* A view that starts on the first of a month makes that tick major too. */
  shifted = chr_ticks_generate (&step, parse ("2022-01-01"), parse ("2022-01-03"));
  g_assert_true (g_array_index (shifted, ChrTick, 0).major);
  g_assert_cmpstr (g_array_index (shifted, ChrTick, 0).context, ==, "January 2022");
}

static void
test_context (void)
{
  static const struct
  {
    ChrTickUnit unit;
    const char *time;
    const char *expected;
  } rows[] = {
    { CHR_TICK_UNIT_MINUTE, "2025-08-18T14:07", "Mon 18 Aug 2025" },
    { CHR_TICK_UNIT_HOUR, "2022-02-24T05:00", "Thu 24 Feb 2022" },
    { CHR_TICK_UNIT_DAY, "2022-02-24", "February 2022" },
    { CHR_TICK_UNIT_WEEK, "2014-03-03", "March 2014" },
    { CHR_TICK_UNIT_MONTH, "2014-02", "2014" },
    { CHR_TICK_UNIT_YEAR, "2014", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrTickStep step = { rows[i].unit, 1 };
      char buffer[64];
      gboolean has_context;

      has_context = chr_ticks_format_context (&step, parse (rows[i].time), buffer, sizeof buffer);
      g_assert_cmpint (has_context, ==, rows[i].expected[0] != '\0');
      g_assert_cmpstr (buffer, ==, rows[i].expected);
    }
}

static void
test_far_years (void)
{
  g_autoptr (GArray) months = NULL;
  g_autoptr (GArray) days = NULL;
  g_autoptr (GArray) old = NULL;
  ChrTickStep step = { CHR_TICK_UNIT_MONTH, 1 };
  gint64 begin = chr_time_from_civil (12000, 1, 1, 0, 0, 0);
  char buffer[64];

  /* GDateTime stops at 9999: month names still come out, and the year is written as a number. */
  months = chr_ticks_generate (&step, begin, chr_time_from_civil (12000, 4, 1, 0, 0, 0));
  g_assert_cmpuint (months->len, ==, 3);
  g_assert_cmpstr (g_array_index (months, ChrTick, 0).label, ==, "Jan");
  g_assert_cmpstr (g_array_index (months, ChrTick, 0).context, ==, "12000");
  g_assert_cmpstr (g_array_index (months, ChrTick, 2).label, ==, "Mar");

  /* Weekdays repeat every 400 years, so the substitute year gives the right one. */
  step = (ChrTickStep) { CHR_TICK_UNIT_HOUR, 6 };
  g_assert_true (chr_ticks_format_context (&step, chr_time_from_civil (12000, 2, 29, 0, 0, 0),
                                           buffer, sizeof buffer));
  g_assert_cmpstr (buffer, ==, "Tue 29 Feb 12000");

  step = (ChrTickStep) { CHR_TICK_UNIT_DAY, 1 };
  days = chr_ticks_generate (&step, chr_time_from_civil (-43, 3, 14, 0, 0, 0),
                             chr_time_from_civil (-43, 3, 17, 0, 0, 0));
  g_assert_cmpuint (days->len, ==, 3);
  g_assert_cmpstr (g_array_index (days, ChrTick, 1).label, ==, "15");
  g_assert_true (chr_ticks_format_context (&step, g_array_index (days, ChrTick, 1).time, buffer, sizeof buffer));
  g_assert_cmpstr (buffer, ==, "March 44 BC");

  step = (ChrTickStep) { CHR_TICK_UNIT_YEAR, 500 };
  old = chr_ticks_generate (&step, chr_time_from_civil (-1999, 1, 1, 0, 0, 0), chr_time_from_civil (1, 1, 1, 0, 0, 0));
  g_assert_cmpuint (old->len, ==, 4);
  g_assert_cmpstr (g_array_index (old, ChrTick, 0).label, ==, "2000 BC");
  g_assert_cmpstr (g_array_index (old, ChrTick, 3).label, ==, "500 BC");
}

static void
test_across_the_era (void)
{
  static const struct
  {
    gint64      count;
    int         first_year;      /* astronomical: 0 is 1 BC */
    int         last_year;
    const char *labels;
    const char *majors;
  } rows[] = {
    { 1, -2, 4, "3 BC 2 BC 1 BC 1 2 3 4", "" },
    { 1, -12, -8, "13 BC 12 BC 11 BC 10 BC 9 BC", "10 BC" },
    { 1, 8, 11, "8 9 10 11", "10" },
    { 5, -19, 20, "20 BC 15 BC 10 BC 5 BC 5 10 15 20", "" },
    { 500, -4999, 2000,
      "5000 BC 4500 BC 4000 BC 3500 BC 3000 BC 2500 BC 2000 BC 1500 BC 1000 BC 500 BC 500 1000 1500 2000",
      "5000 BC" },
  };

  /* Round labels on both sides of the start of the era, and the steps between
   * ticks never shrink there. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrTickStep step = { CHR_TICK_UNIT_YEAR, rows[i].count };
      g_autoptr (GArray) ticks = NULL;
      g_autoptr (GString) labels = g_string_new (NULL);
      g_autoptr (GString) majors = g_string_new (NULL);

      ticks = chr_ticks_generate (&step, chr_time_from_civil (rows[i].first_year, 1, 1, 0, 0, 0),
                                  chr_time_from_civil (rows[i].last_year, 1, 1, 0, 0, 0) + 1);
      for (guint k = 0; k < ticks->len; k++)
        {
          const ChrTick *tick = &g_array_index (ticks, ChrTick, k);

          g_string_append_printf (labels, "%s%s", k > 0 ? " " : "", tick->label);
          if (tick->major)
            g_string_append_printf (majors, "%s%s", majors->len > 0 ? " " : "", tick->label);
          if (k > 0)
            g_assert_cmpint (tick->time - g_array_index (ticks, ChrTick, k - 1).time, >=,
                             chr_tick_step_min_seconds (&step));
        }
      g_assert_cmpstr (labels->str, ==, rows[i].labels);
      g_assert_cmpstr (majors->str, ==, rows[i].majors);
    }
}

static void
test_wide (void)
{
  static const double widths[] = { 1, 50, 300, 1200, 3840 };

  /* The widest view at any width still gets ticks that keep their spacing. */
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gint64 begin = chr_time_from_civil (-8000, 1, 1, 0, 0, 0);
      gint64 end = begin + G_GINT64_CONSTANT (20000) * 365 * 86400;
      g_autoptr (GArray) ticks = NULL;
      ChrTickStep step;

      ticks = chr_ticks_compute (begin, end, widths[i], SPACING, &step);
      g_assert_cmpint (step.unit, ==, CHR_TICK_UNIT_YEAR);
      g_assert_cmpint (step.count, >=, 500);
      check_ticks (ticks, &step, begin, end, widths[i], SPACING);
    }
}

static void
test_degenerate (void)
{
  g_autoptr (GArray) empty = NULL;
  g_autoptr (GArray) inverted = NULL;
  g_autoptr (GArray) extreme = NULL;
  ChrTickStep step;

  empty = chr_ticks_compute (100, 100, WIDTH, SPACING, &step);
  g_assert_cmpuint (empty->len, ==, 0);
  inverted = chr_ticks_compute (200, 100, WIDTH, SPACING, &step);
  g_assert_cmpuint (inverted->len, ==, 0);
  extreme = chr_ticks_compute (G_MININT64, G_MAXINT64, WIDTH, SPACING, &step);
  g_assert_cmpuint (extreme->len, <=, WIDTH / SPACING + 1);
  g_assert_cmpuint (extreme->len, >, 0);
}

static void
test_minimum_seconds (void)
{
  /* Month steps are judged by their shortest instance, so labels never crowd. */
  for (int year = 1999; year <= 2001; year++)
    for (int month = 1; month <= 12; month++)
      {
        ChrTickStep steps[] = { { CHR_TICK_UNIT_MONTH, 1 }, { CHR_TICK_UNIT_MONTH, 3 }, { CHR_TICK_UNIT_MONTH, 6 } };

        for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
          {
            gint64 t;

            if ((month - 1) % steps[i].count != 0)
              continue;
            t = chr_time_from_civil (year, month, 1, 0, 0, 0);
            g_assert_cmpint (chr_time_add_months (t, (int) steps[i].count) - t, >=,
                             chr_tick_step_min_seconds (&steps[i]));
          }
      }
}

typedef struct
{
  gint64          begin;
  gint64          end;
  ChrGranularity  granularity;
  const char     *expected;
} FormatRow;

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ticks_rows); i++)
    g_test_add_data_func (ticks_rows[i].path, &ticks_rows[i], test_row);
  g_test_add_func ("/render/ticks/major", test_major);
  g_test_add_func ("/render/ticks/context", test_context);
  g_test_add_func ("/render/ticks/far-years", test_far_years);
  g_test_add_func ("/render/ticks/across-the-era", test_across_the_era);
  g_test_add_func ("/render/ticks/wide", test_wide);
  g_test_add_func ("/render/ticks/degenerate", test_degenerate);
  g_test_add_func ("/render/ticks/minimum-seconds", test_minimum_seconds);

  return g_test_run ();
}
