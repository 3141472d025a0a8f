/* test-date-parse.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chr-date-parse.h"

static void
test_dates (void)
{
  static const struct { const char *text; const char *begin; const char *end; ChrGranularity granularity; } cases[] = {
    { "2014", "2014-01-01T00:00:00Z", "2015-01-01T00:00:00Z", CHR_GRANULARITY_YEAR },
    { "2014-02", "2014-02-01T00:00:00Z", "2014-03-01T00:00:00Z", CHR_GRANULARITY_MONTH },
    { "2022-02-24", "2022-02-24T00:00:00Z", "2022-02-25T00:00:00Z", CHR_GRANULARITY_DAY },
    { "February 2022", "2022-02-01T00:00:00Z", "2022-03-01T00:00:00Z", CHR_GRANULARITY_MONTH },
    { "24 Feb 2022", "2022-02-24T00:00:00Z", "2022-02-25T00:00:00Z", CHR_GRANULARITY_DAY },
    { "March 3, 2014", "2014-03-03T00:00:00Z", "2014-03-04T00:00:00Z", CHR_GRANULARITY_DAY },
    { "the 1990s", "1990-01-01T00:00:00Z", "2000-01-01T00:00:00Z", CHR_GRANULARITY_DECADE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChrInterval interval;
      g_autofree char *begin = NULL;
      g_autofree char *end = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_true (chr_date_parse (cases[i].text, &interval));
      begin = chr_time_format_iso (interval.begin);
      end = chr_time_format_iso (interval.end);
      g_assert_cmpstr (begin, ==, cases[i].begin);
      g_assert_cmpstr (end, ==, cases[i].end);
      g_assert_cmpint (interval.granularity, ==, cases[i].granularity);
    }
}

static void
test_not_dates (void)
{
  static const char *cases[] = { "", "next to nothing", "on Monday", "yesterday", "three years" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChrInterval interval;

      g_test_message ("%s", cases[i]);
      g_assert_false (chr_date_parse (cases[i], &interval));
    }
}

/* Relative dates count from a reference day, such as an article's date
 * (here Wednesday 15 March 2023). */
static void
test_relative (void)
{
  static const struct { const char *text; const char *begin; ChrGranularity granularity; } cases[] = {
    { "last Friday", "2023-03-10T00:00:00Z", CHR_GRANULARITY_DAY },
    { "yesterday", "2023-03-14T00:00:00Z", CHR_GRANULARITY_DAY },
    { "last month", "2023-02-01T00:00:00Z", CHR_GRANULARITY_MONTH },
    { "24 Feb 2022", "2022-02-24T00:00:00Z", CHR_GRANULARITY_DAY },
  };
  ChrInterval reference;

  g_assert_true (chr_time_parse_iso ("2023-03-15", &reference));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChrInterval interval;
      g_autofree char *begin = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_true (chr_date_parse_at (cases[i].text, &reference, &interval));
      begin = chr_time_format_iso (interval.begin);
      g_assert_cmpstr (begin, ==, cases[i].begin);
      g_assert_cmpint (interval.granularity, ==, cases[i].granularity);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/date-parse/dates", test_dates);
  g_test_add_func ("/model/date-parse/not-dates", test_not_dates);
  g_test_add_func ("/model/date-parse/relative", test_relative);

  return g_test_run ();
}
