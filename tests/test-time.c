/* test-time.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-time"

#include "config.h"

#include "chr-date-format.h"
#include "chr-time.h"

static void
test_civil_round_trip (void)
{
  /* Every day from 1600 to 2400 converts there and back, and weekdays advance by one. */
  gint64 first = chr_days_from_civil (1600, 1, 1);
  gint64 last = chr_days_from_civil (2400, 12, 31);
  int previous_weekday = chr_weekday_from_days (first - 1);

  for (gint64 d = first; d <= last; d++)
    {
      int y, m, day;
      int weekday = chr_weekday_from_days (d);

      chr_civil_from_days (d, &y, &m, &day);
      g_assert_cmpint (chr_days_from_civil (y, m, day), ==, d);
      g_assert_cmpint (weekday, ==, previous_weekday % 7 + 1);
      previous_weekday = weekday;
    }

  g_assert_cmpint (chr_days_from_civil (1970, 1, 1), ==, 0);
  g_assert_cmpint (chr_days_from_civil (1969, 12, 31), ==, -1);
  /* 2025-08-18 was a Monday, 2022-02-24 a Thursday. */
  g_assert_cmpint (chr_weekday_from_days (chr_days_from_civil (2025, 8, 18)), ==, 1);
  g_assert_cmpint (chr_weekday_from_days (chr_days_from_civil (2022, 2, 24)), ==, 4);
  g_assert_cmpint (chr_days_in_month (2024, 2), ==, 29);
  g_assert_cmpint (chr_days_in_month (1900, 2), ==, 28);
  g_assert_cmpint (chr_days_in_month (2000, 2), ==, 29);
}

static const struct
{
  const char     *value;
  const char     *begin;
  const char     *end;
  ChrGranularity  granularity;
} value_cases[] = {
  { "2014", "2014-01-01T00:00:00Z", "2015-01-01T00:00:00Z", CHR_GRANULARITY_YEAR },
  { "2014-02", "2014-02-01T00:00:00Z", "2014-03-01T00:00:00Z", CHR_GRANULARITY_MONTH },
  { "2022-02-24", "2022-02-24T00:00:00Z", "2022-02-25T00:00:00Z", CHR_GRANULARITY_DAY },
  { "2024-12", "2024-12-01T00:00:00Z", "2025-01-01T00:00:00Z", CHR_GRANULARITY_MONTH },
  { "199", "1990-01-01T00:00:00Z", "2000-01-01T00:00:00Z", CHR_GRANULARITY_DECADE },
  { "19", "1900-01-01T00:00:00Z", "2000-01-01T00:00:00Z", CHR_GRANULARITY_CENTURY },
  { "1998-Q3", "1998-07-01T00:00:00Z", "1998-10-01T00:00:00Z", CHR_GRANULARITY_QUARTER },
  { "1998-H2", "1998-07-01T00:00:00Z", "1999-01-01T00:00:00Z", CHR_GRANULARITY_HALF },
  { "1998-WI", "1998-12-01T00:00:00Z", "1999-03-01T00:00:00Z", CHR_GRANULARITY_SEASON },
  { "2025-W34", "2025-08-18T00:00:00Z", "2025-08-25T00:00:00Z", CHR_GRANULARITY_WEEK },
  { "2025-08-17TNI", "2025-08-17T20:00:00Z", "2025-08-18T00:00:00Z", CHR_GRANULARITY_PART_OF_DAY },
  { "2025-08-18T14", "2025-08-18T14:00:00Z", "2025-08-18T15:00:00Z", CHR_GRANULARITY_HOUR },
  { "2025-08-18T14:05", "2025-08-18T14:05:00Z", "2025-08-18T14:06:00Z", CHR_GRANULARITY_MINUTE },
  { "2025-08-18T14:05:09Z", "2025-08-18T14:05:09Z", "2025-08-18T14:05:10Z", CHR_GRANULARITY_SECOND },
  { "1066-10-14", "1066-10-14T00:00:00Z", "1066-10-15T00:00:00Z", CHR_GRANULARITY_DAY },
};

static const char * const invalid_values[] = {
  "", "1", "2014-13", "2014-02-30", "2014-2", "20140224", "2014-Q5", "2014-XX", "PRESENT_REF",
  "P3Y", "XXXX-02", "2014-02-24T25:00", "2014-02-24Tfoo", "abcd",
};

static void
test_value_to_interval (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (value_cases); i++)
    {
      ChrInterval interval;
      g_autofree char *begin = NULL;
      g_autofree char *end = NULL;

      g_assert_true (chr_timex_value_to_interval (value_cases[i].value, &interval));
      begin = chr_time_format_iso (interval.begin);
      end = chr_time_format_iso (interval.end);
      g_assert_cmpstr (begin, ==, value_cases[i].begin);
      g_assert_cmpstr (end, ==, value_cases[i].end);
      g_assert_cmpint (interval.granularity, ==, value_cases[i].granularity);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid_values); i++)
    {
      ChrInterval interval;

      g_assert_false (chr_timex_value_to_interval (invalid_values[i], &interval));
    }
}

static void
test_parse_iso (void)
{
  ChrInterval interval;

  g_assert_true (chr_time_parse_iso (" 2025-08-18 ", &interval));
  g_assert_cmpint (interval.granularity, ==, CHR_GRANULARITY_DAY);
  g_assert_true (chr_time_parse_iso ("2025-08-18T14:00", &interval));
  g_assert_cmpint (interval.granularity, ==, CHR_GRANULARITY_MINUTE);
  /* Decades and centuries are TIMEX3 values, not command-line dates. */
  g_assert_false (chr_time_parse_iso ("199", &interval));
  g_assert_false (chr_time_parse_iso ("yesterday", &interval));
}

static void
test_add_months (void)
{
  gint64 jan = chr_time_from_civil (2025, 1, 31, 0, 0, 0);
  g_autofree char *plus1 = chr_time_format_iso (chr_time_add_months (jan, 1));
  g_autofree char *minus13 = chr_time_format_iso (chr_time_add_months (jan, -13));

  g_assert_cmpstr (plus1, ==, "2025-02-01T00:00:00Z");
  g_assert_cmpstr (minus13, ==, "2023-12-01T00:00:00Z");
}

static void
test_format_interval (void)
{
  static const struct { const char *value; const char *text; } cases[] = {
    { "2014", "2014" },
    { "2014-02", "February 2014" },
    { "2022-02-24", "Thursday, 24 February 2022" },
    { "199", "the 1990s" },
    { "1998-Q3", "Q3 1998" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChrInterval interval;
      g_autofree char *text = NULL;

      g_assert_true (chr_timex_value_to_interval (cases[i].value, &interval));
      text = chr_date_format_interval (&interval, CHR_DATE_STYLE_LONG);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_interval_to_value (void)
{
  /* Every value the calendar can parse is written back the same way. */
  static const char * const values[] = {
    "2014", "2014-02", "2022-02-24", "199", "19", "1998-Q3", "1998-H2", "1998-WI", "1998-SU", "2025-W34",
    "2025-W01", "2025-08-17TNI", "2025-08-18TMO", "2025-08-18T14", "2025-08-18T14:05", "1066-10-14",
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      ChrInterval interval;
      g_autofree char *value = NULL;

      g_assert_true (chr_timex_value_to_interval (values[i], &interval));
      value = chr_interval_to_value (&interval);
      g_assert_cmpstr (value, ==, values[i]);
    }

  /* ISO weeks belong to the year of their Thursday: 2024-12-30 is in 2025-W01. */
  {
    ChrInterval day;
    g_autofree char *value = NULL;

    g_assert_true (chr_timex_value_to_interval ("2024-12-30", &day));
    day.granularity = CHR_GRANULARITY_WEEK;
    value = chr_interval_to_value (&day);
    g_assert_cmpstr (value, ==, "2025-W01");
  }
}

static void
test_granularity_names (void)
{
  for (int g = CHR_GRANULARITY_UNKNOWN; g <= CHR_GRANULARITY_SECOND; g++)
    g_assert_cmpint (chr_granularity_from_string (chr_granularity_to_string (g)), ==, g);
  g_assert_cmpint (chr_granularity_from_string ("fortnight"), ==, CHR_GRANULARITY_UNKNOWN);
}

static void
test_duration_add (void)
{
  static const struct { const char *value; const char *from; const char *to; } cases[] = {
    { "P3Y", "2022-02-24T00:00:00Z", "2025-02-24T00:00:00Z" },
    { "P1M", "2024-01-31T00:00:00Z", "2024-02-29T00:00:00Z" },
    { "P1Y6M", "2020-01-01T00:00:00Z", "2021-07-01T00:00:00Z" },
    { "P2W", "2019-03-03T00:00:00Z", "2019-03-17T00:00:00Z" },
    { "PT24H", "2019-03-03T00:00:00Z", "2019-03-04T00:00:00Z" },
    { "PT5H30M", "2019-03-03T00:00:00Z", "2019-03-03T05:30:00Z" },
  };
  static const char * const unknown[] = { "PXY", "P", "3Y", "PT", "P3Q" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChrInterval from;
      gint64 to;
      g_autofree char *text = NULL;

      g_assert_true (chr_time_parse_iso (cases[i].from, &from));
      g_assert_true (chr_duration_add (cases[i].value, from.begin, &to));
      text = chr_time_format_iso (to);
      g_assert_cmpstr (text, ==, cases[i].to);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      gint64 to;

      g_assert_false (chr_duration_add (unknown[i], 0, &to));
    }
}

/* A drag moves a date by whole units of its precision. */
static void
test_interval_shift (void)
{
  static const struct { const char *value; gint64 seconds; const char *expected; gint64 units; } cases[] = {
    { "2022-02-24", 3 * 86400 + 4000, "2022-02-27", 3 },
    { "2022-02-24", -40000, "2022-02-24", 0 },
    { "2022-02-24", -50000, "2022-02-23", -1 },
    { "2014-02", 29 * 86400, "2014-03", 1 },
    { "2014-02", -70 * 86400, "2013-12", -2 },
    { "2014-12", 35 * 86400, "2015-01", 1 },
    { "2014", 200 * 86400, "2015", 1 },
    { "2014", 100 * 86400, "2014", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChrInterval interval, shifted, expected;

      g_test_message ("%s by %" G_GINT64_FORMAT " s", cases[i].value, cases[i].seconds);
      g_assert_true (chr_timex_value_to_interval (cases[i].value, &interval));
      g_assert_true (chr_timex_value_to_interval (cases[i].expected, &expected));
      g_assert_cmpint (chr_interval_shift (&interval, cases[i].seconds, &shifted), ==, cases[i].units);
      g_assert_cmpint (shifted.begin, ==, expected.begin);
      g_assert_cmpint (shifted.end, ==, expected.end);
      g_assert_cmpint (shifted.granularity, ==, interval.granularity);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/time/civil-round-trip", test_civil_round_trip);
  g_test_add_func ("/model/time/value-to-interval", test_value_to_interval);
  g_test_add_func ("/model/time/parse-iso", test_parse_iso);
  g_test_add_func ("/model/time/add-months", test_add_months);
  g_test_add_func ("/model/time/duration-add", test_duration_add);
  g_test_add_func ("/model/time/format-interval", test_format_interval);
  g_test_add_func ("/model/time/interval-to-value", test_interval_to_value);
  g_test_add_func ("/model/time/granularity-names", test_granularity_names);
  g_test_add_func ("/model/time/interval-shift", test_interval_shift);

  return g_test_run ();
}
