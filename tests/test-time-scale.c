/* test-time-scale.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-time-scale"

#include "config.h"

#include <math.h>

#include "chr-time.h"
#include "chr-time-scale.h"

static void
test_mapping (void)
{
  ChrTimeScale scale;

  chr_time_scale_init (&scale, 1000, 2000, 100);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_seconds_per_pixel (&scale), 10.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, 1000), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, 1500), 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, 2000), 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, 500), -50.0, 1e-9);
  g_assert_cmpint (chr_time_scale_x_to_time (&scale, 0), ==, 1000);
  g_assert_cmpint (chr_time_scale_x_to_time (&scale, 50), ==, 1500);
  g_assert_cmpint (chr_time_scale_x_to_time (&scale, -10), ==, 900);

  /* Before 1970 works the same. */
  chr_time_scale_init (&scale, chr_time_from_civil (1900, 1, 1, 0, 0, 0),
                       chr_time_from_civil (1901, 1, 1, 0, 0, 0), 365);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, chr_time_from_civil (1900, 1, 2, 0, 0, 0)),
                                  1.0, 1e-9);
  g_assert_cmpint (chr_time_scale_x_to_time (&scale, 31), ==, chr_time_from_civil (1900, 2, 1, 0, 0, 0));
}

static void
test_degenerate (void)
{
  ChrTimeScale scale;

  /* An empty or inverted interval, or no width, still maps without dividing by zero. */
  chr_time_scale_init (&scale, 50, 50, 0);
  g_assert_cmpint (scale.end, >, scale.begin);
  g_assert_true (isfinite (chr_time_scale_time_to_x (&scale, 100)));
  g_assert_true (isfinite (chr_time_scale_seconds_per_pixel (&scale)));

  chr_time_scale_init (&scale, 100, 10, 200);
  g_assert_cmpint (scale.end, >, scale.begin);
}

static void
test_zoom_keeps_pivot (void)
{
  static const struct
  {
    double x;
    double factor;
  } rows[] = {
    { 0, 2 }, { 600, 2 }, { 1200, 2 }, { 300, 0.5 }, { 917.25, 1.1 }, { 17, 1 / 1.1 }, { 600, 30 },
  };
  gint64 begin = chr_time_from_civil (2014, 1, 1, 0, 0, 0);
  gint64 end = chr_time_from_civil (2026, 1, 1, 0, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrTimeScale scale;
      gint64 pivot, span_before;
      double after;

      chr_time_scale_init (&scale, begin, end, 1200);
      pivot = chr_time_scale_x_to_time (&scale, rows[i].x);
      span_before = scale.end - scale.begin;
      chr_time_scale_zoom_at (&scale, rows[i].x, rows[i].factor);

      after = chr_time_scale_time_to_x (&scale, pivot);
      g_assert_cmpfloat_with_epsilon (after, rows[i].x, 0.01);
      g_assert_cmpfloat_with_epsilon ((double) (scale.end - scale.begin),
                                      span_before / rows[i].factor, 1.0);
    }
}

static void
test_zoom_repeated (void)
{
  ChrTimeScale scale;
  gint64 pivot;

  /* Many small steps in and back out return to where they started, and the
   * instant under the pointer never drifts. */
  chr_time_scale_init (&scale, chr_time_from_civil (2022, 1, 1, 0, 0, 0),
                       chr_time_from_civil (2023, 1, 1, 0, 0, 0), 1000);
  pivot = chr_time_scale_x_to_time (&scale, 333);
  /* 1.2^30 stays above the narrowest view, so nothing is clamped. */
  for (int i = 0; i < 30; i++)
    chr_time_scale_zoom_at (&scale, 333, 1.2);
  for (int i = 0; i < 30; i++)
    chr_time_scale_zoom_at (&scale, 333, 1 / 1.2);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, pivot), 333, 0.5);
  /* Spans are whole seconds, so each step rounds; the error stays tiny. */
  g_assert_cmpint (llabs ((scale.end - scale.begin) - 365 * CHR_SECONDS_PER_DAY), <, 1000);
}

static void
test_zoom_clamps (void)
{
  ChrTimeScale scale;
  gint64 pivot;

  chr_time_scale_init (&scale, 0, 365 * CHR_SECONDS_PER_DAY, 800);
  pivot = chr_time_scale_x_to_time (&scale, 200);
  chr_time_scale_zoom_at (&scale, 200, 1e12);
  g_assert_cmpint (scale.end - scale.begin, ==, CHR_TIME_SCALE_MIN_SPAN);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, pivot), 200, 1.0);

  chr_time_scale_zoom_at (&scale, 200, 1e-12);
  g_assert_cmpint (scale.end - scale.begin, ==, CHR_TIME_SCALE_MAX_SPAN);

  /* Zooming out again at the limit stays at the limit. */
  chr_time_scale_zoom_at (&scale, 0, 0.5);
  g_assert_cmpint (scale.end - scale.begin, ==, CHR_TIME_SCALE_MAX_SPAN);
}

static void
test_pan (void)
{
  ChrTimeScale scale;

  chr_time_scale_init (&scale, 0, 1000, 100);
  chr_time_scale_pan (&scale, 25);
  g_assert_cmpint (scale.begin, ==, 250);
  g_assert_cmpint (scale.end, ==, 1250);
  chr_time_scale_pan (&scale, -50);
  g_assert_cmpint (scale.begin, ==, -250);
  g_assert_cmpint (scale.end, ==, 750);
}

static void
test_extremes (void)
{
  ChrTimeScale scale;

  /* Far out at the ends of gint64, panning and zooming must not overflow. */
  chr_time_scale_init (&scale, G_MAXINT64 - 10, G_MAXINT64, 1000);
  g_assert_cmpint (scale.end, >, scale.begin);
  chr_time_scale_zoom_at (&scale, 500, 1e-30);
  g_assert_cmpint (scale.end, >, scale.begin);
  for (int i = 0; i < 100; i++)
    chr_time_scale_pan (&scale, 1e9);
  g_assert_cmpint (scale.end, >, scale.begin);
  g_assert_cmpint (scale.end - scale.begin, ==, CHR_TIME_SCALE_MAX_SPAN);

  chr_time_scale_init (&scale, G_MININT64, G_MININT64 + 3600, 1000);
  for (int i = 0; i < 100; i++)
    chr_time_scale_pan (&scale, -1e9);
  g_assert_cmpint (scale.end, >, scale.begin);
  g_assert_true (isfinite (chr_time_scale_time_to_x (&scale, G_MAXINT64)));
  (void) chr_time_scale_x_to_time (&scale, 1e300);
  (void) chr_time_scale_x_to_time (&scale, -1e300);
}

static void
test_fit (void)
{
  static const struct
  {
    const char *begin;
    const char *end;
    double      margin;
  } rows[] = {
    { "2014-02-01", "2025-08-19", 40 },
    { "2022-02-24", "2022-02-25", 0 },
    { "1066-10-14", "2025-01-20", 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrInterval b, e;
      ChrTimeScale scale;

      g_assert_true (chr_time_parse_iso (rows[i].begin, &b));
      g_assert_true (chr_time_parse_iso (rows[i].end, &e));
      chr_time_scale_init (&scale, 0, 1, 1200);
      chr_time_scale_fit (&scale, b.begin, e.begin, rows[i].margin);
      g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, b.begin), rows[i].margin, 0.5);
      g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, e.begin), 1200 - rows[i].margin, 0.5);
    }
}

static void
test_fit_special (void)
{
  ChrTimeScale scale;
  gint64 t = chr_time_from_civil (2025, 8, 15, 12, 0, 0);

  /* One instant: the day around it. */
  chr_time_scale_init (&scale, 0, 1, 1000);
  chr_time_scale_fit (&scale, t, t, 20);
  g_assert_cmpint (scale.begin, <, t);
  g_assert_cmpint (scale.end, >, t);
  g_assert_cmpint (scale.end - scale.begin, >=, CHR_SECONDS_PER_DAY);
  g_assert_cmpint (scale.end - scale.begin, >=, CHR_TIME_SCALE_MIN_SPAN);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, t), 500, 1);

  /* A minute is narrower than the narrowest view: it is centred instead. */
  chr_time_scale_fit (&scale, t, t + 60, 0);
  g_assert_cmpint (scale.end - scale.begin, ==, CHR_TIME_SCALE_MIN_SPAN);
  g_assert_cmpfloat_with_epsilon (chr_time_scale_time_to_x (&scale, t + 30), 500, 1);

  /* Reversed arguments are taken in order. */
  chr_time_scale_fit (&scale, t + CHR_SECONDS_PER_DAY * 10, t, 0);
  g_assert_cmpint (scale.begin, ==, t);
  g_assert_cmpint (scale.end, ==, t + CHR_SECONDS_PER_DAY * 10);

  /* More than the widest view: clamped around the centre. */
  chr_time_scale_fit (&scale, G_MININT64, G_MAXINT64, 0);
  g_assert_cmpint (scale.end - scale.begin, ==, CHR_TIME_SCALE_MAX_SPAN);

  /* Margins wider than the view are ignored rather than inverting it. */
  chr_time_scale_fit (&scale, t, t + CHR_SECONDS_PER_DAY, 600);
  g_assert_cmpint (scale.begin, ==, t);
  g_assert_cmpint (scale.end, ==, t + CHR_SECONDS_PER_DAY);
}

/* Events fitted with room for the last one's label; one alone gets the month around it. */
static void
test_fit_labelled (void)
{
  ChrTimeScale scale;
  gint64 first = chr_time_from_civil (2014, 2, 27, 0, 0, 0);
  gint64 last = chr_time_from_civil (2025, 8, 18, 0, 0, 0);

  chr_time_scale_init (&scale, 0, 1, 1200);
  chr_time_scale_fit_labelled (&scale, first, last + CHR_SECONDS_PER_DAY);
  g_assert_cmpfloat (chr_time_scale_time_to_x (&scale, first), >=, 40);
  /* The last label, up to 240 pixels, still fits. */
  g_assert_cmpfloat (chr_time_scale_time_to_x (&scale, last), <=, 1200 - 200);

  chr_time_scale_fit_labelled (&scale, last, last + CHR_SECONDS_PER_DAY);
  g_assert_cmpint (scale.end - scale.begin, >=, 30 * CHR_SECONDS_PER_DAY);
  g_assert_cmpint (scale.begin, <, last);
  g_assert_cmpint (scale.end, >, last + CHR_SECONDS_PER_DAY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/time-scale/mapping", test_mapping);
  g_test_add_func ("/render/time-scale/degenerate", test_degenerate);
  g_test_add_func ("/render/time-scale/zoom-keeps-pivot", test_zoom_keeps_pivot);
  g_test_add_func ("/render/time-scale/zoom-repeated", test_zoom_repeated);
  g_test_add_func ("/render/time-scale/zoom-clamps", test_zoom_clamps);
  g_test_add_func ("/render/time-scale/pan", test_pan);
  g_test_add_func ("/render/time-scale/extremes", test_extremes);
  g_test_add_func ("/render/time-scale/fit", test_fit);
  g_test_add_func ("/render/time-scale/fit-special", test_fit_special);
  g_test_add_func ("/render/time-scale/fit-labelled", test_fit_labelled);

  return g_test_run ();
}
