/* test-date-format.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-date-format"

#include "config.h"

#include "chr-date-format.h"
#include "chr-event.h"

#define SHORT CHR_DATE_STYLE_SHORT
#define LONG  CHR_DATE_STYLE_LONG

static ChrInterval
parse (const char *value)
{
  ChrInterval interval;

  g_test_message ("%s", value);
  g_assert_true (chr_timex_value_to_interval (value, &interval));
  return interval;
}

static void
test_dates (void)
{
  static const struct { const char *value; ChrDateStyle style; const char *text; } rows[] = {
    { "19", SHORT, "1900 – 1999" },
    { "19", LONG, "1900s" },
    { "199", SHORT, "1990s" },
    { "199", LONG, "the 1990s" },
    { "2014", SHORT, "2014" },
    { "2014", LONG, "2014" },
    { "1998-H2", SHORT, "Jul – Dec 1998" },
    { "1998-H2", LONG, "H2 1998" },
    { "2014-Q1", SHORT, "Jan – Mar 2014" },
    { "1998-Q3", LONG, "Q3 1998" },
    { "2014-WI", SHORT, "Dec 2014 – Feb 2015" },
    { "2014-WI", LONG, "Winter 2014–2015" },
    { "2014-SP", SHORT, "Mar – May 2014" },
    { "2014-SP", LONG, "Spring 2014" },
    { "2014-SU", LONG, "Summer 2014" },
    { "2014-FA", LONG, "Autumn 2014" },
    { "2014-02", SHORT, "February 2014" },
    { "2014-02", LONG, "February 2014" },
    { "2022-W08", SHORT, "Week of 21 Feb 2022" },
    { "2022-W08", LONG, "Week of 21 February 2022" },
    { "2022-02-24", SHORT, "24 Feb 2022" },
    { "2022-02-24", LONG, "Thursday, 24 February 2022" },
    { "2022-02-24TMO", SHORT, "24 Feb 2022, morning" },
    { "2022-02-24TEV", SHORT, "24 Feb 2022, evening" },
    { "2022-02-24TEV", LONG, "Thursday, 24 February 2022, evening" },
    { "2022-02-24TNI", LONG, "Thursday, 24 February 2022, night" },
    { "2025-08-18T14", SHORT, "18 Aug 2025, 14:00" },
    { "2025-08-18T14", LONG, "Monday, 18 August 2025, 14:00" },
    { "2025-08-18T14:05", SHORT, "18 Aug 2025, 14:05" },
    { "2025-08-18T14:05", LONG, "Monday, 18 August 2025, 14:05" },
    { "1066-10-14", LONG, "Sunday, 14 October 1066" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrInterval interval = parse (rows[i].value);
      g_autofree char *text = chr_date_format_interval (&interval, rows[i].style);
      g_autofree char *as_event = chr_date_format_event (&interval, CHR_EVENT_FLAG_NONE, rows[i].style);

      g_test_message ("%s, %s", rows[i].value, rows[i].style == SHORT ? "short" : "long");
      g_assert_cmpstr (text, ==, rows[i].text);
      g_assert_cmpstr (as_event, ==, rows[i].text);
    }
}

static void
test_other_eras (void)
{
  static const struct
  {
    int            year, month, day;
    int            last_year;            /* the year the date ends in */
    ChrGranularity granularity;
    ChrDateStyle   style;
    const char    *text;
  } rows[] = {
    { 2000, 1, 1, 2999, CHR_GRANULARITY_MILLENNIUM, SHORT, "2000 – 2999" },
    { 2000, 1, 1, 2999, CHR_GRANULARITY_MILLENNIUM, LONG, "2000s" },
    { -43, 3, 15, -43, CHR_GRANULARITY_DAY, SHORT, "15 Mar 44 BC" },
    { -43, 3, 15, -43, CHR_GRANULARITY_DAY, LONG, "Friday, 15 March 44 BC" },
    { -43, 1, 1, -43, CHR_GRANULARITY_YEAR, LONG, "44 BC" },
    { -43, 3, 1, -43, CHR_GRANULARITY_MONTH, LONG, "March 44 BC" },
    { -49, 1, 1, -40, CHR_GRANULARITY_DECADE, LONG, "50 BC – 41 BC" },
    { -499, 1, 1, -400, CHR_GRANULARITY_CENTURY, SHORT, "500 BC – 401 BC" },
    { 0, 1, 1, 0, CHR_GRANULARITY_YEAR, SHORT, "1 BC" },
    { 1, 1, 1, 1, CHR_GRANULARITY_YEAR, SHORT, "1" },
    { 10000, 1, 1, 10000, CHR_GRANULARITY_YEAR, SHORT, "10000" },
    { 12000, 2, 29, 12000, CHR_GRANULARITY_DAY, SHORT, "29 Feb 12000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrInterval interval = {
        chr_time_from_civil (rows[i].year, rows[i].month, rows[i].day, 0, 0, 0),
        chr_time_from_civil (rows[i].last_year, rows[i].month, rows[i].day, 0, 0, 0) + CHR_SECONDS_PER_DAY,
        rows[i].granularity,
      };
      g_autofree char *text = chr_date_format_interval (&interval, rows[i].style);

      g_assert_cmpstr (text, ==, rows[i].text);
    }
}

static void
test_events (void)
{
  static const struct
  {
    const char   *from;
    const char   *to;                /* the period ends where this unit ends */
    guint         flags;
    ChrDateStyle  style;
    const char   *text;
  } rows[] = {
    { "2014", "2021", CHR_EVENT_FLAG_PERIOD, SHORT, "2014 – 2021" },
    { "2014", "2021", CHR_EVENT_FLAG_PERIOD, LONG, "2014 – 2021" },
    { "2014-02", "2025-08", CHR_EVENT_FLAG_PERIOD, SHORT, "Feb 2014 – Aug 2025" },
    { "2014-02", "2025-08", CHR_EVENT_FLAG_PERIOD, LONG, "February 2014 – August 2025" },
    /* Ending where no month ends, it names the last day in full. */
    { "2014-02", "2025-08-17", CHR_EVENT_FLAG_PERIOD, SHORT, "Feb 2014 – Aug 2025" },
    { "2014-02", "2025-08-17", CHR_EVENT_FLAG_PERIOD, LONG, "February 2014 – Sunday, 17 August 2025" },
    { "2014-02", "2025-08-17", CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING, SHORT, "Feb 2014 – ongoing" },
    { "2014-02", "2025-08-17", CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING, LONG, "February 2014 – ongoing" },
    { "2022-02-24", "2025-08-17", CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING, SHORT, "24 Feb 2022 – ongoing" },
    { "2022-02-24", "2025-08-17", CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING, LONG,
      "Thursday, 24 February 2022 – ongoing" },
    { "2022-02-24", "2022-03-01", CHR_EVENT_FLAG_PERIOD, SHORT, "24 Feb 2022 – 1 Mar 2022" },
    { "2022-02-24", "2022-03-01", CHR_EVENT_FLAG_PERIOD, LONG, "Thursday, 24 February 2022 – Tuesday, 1 March 2022" },
    { "199", "200", CHR_EVENT_FLAG_PERIOD, SHORT, "1990 – 2009" },
    { "199", "200", CHR_EVENT_FLAG_PERIOD, LONG, "the 1990s – the 2000s" },
    /* A period within one unit of its precision says the unit once. */
    { "2014-02", "2014-02", CHR_EVENT_FLAG_PERIOD, SHORT, "February 2014" },
    /* Ongoing means nothing without a period. */
    { "2014", "2014", CHR_EVENT_FLAG_ONGOING, LONG, "2014" },
    { "2014", "2014", CHR_EVENT_FLAG_APPROXIMATE, SHORT, "c. 2014" },
    { "2014", "2014", CHR_EVENT_FLAG_APPROXIMATE, LONG, "about 2014" },
    { "199", "199", CHR_EVENT_FLAG_APPROXIMATE, LONG, "about the 1990s" },
    { "2014", "2021", CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_APPROXIMATE, SHORT, "c. 2014 – 2021" },
    { "2014", "2021", CHR_EVENT_FLAG_CONFLICT, LONG, "2014" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrInterval from = parse (rows[i].from);
      ChrInterval to = parse (rows[i].to);
      ChrInterval interval = { from.begin, to.end, from.granularity };
      g_autofree char *text = NULL;

      if (!(rows[i].flags & CHR_EVENT_FLAG_PERIOD))
        interval = from;
      text = chr_date_format_event (&interval, rows[i].flags, rows[i].style);
      g_test_message ("%s/%s, %s", rows[i].from, rows[i].to, rows[i].style == SHORT ? "short" : "long");
      g_assert_cmpstr (text, ==, rows[i].text);
    }
}

/* How the person likes dates said: no finer than a unit, weeks from a day. */
static void
test_event_options (void)
{
  static const struct
  {
    const char     *from;
    const char     *to;
    guint           flags;
    ChrGranularity  precision;
    int             week_start;
    ChrDateStyle    style;
    const char     *text;
  } rows[] = {
    { "2022-02-24", "2022-02-24", 0, CHR_GRANULARITY_UNKNOWN, 1, SHORT, "24 Feb 2022" },
    { "2022-02-24", "2022-02-24", 0, CHR_GRANULARITY_DAY, 1, SHORT, "24 Feb 2022" },
    { "2022-02-24", "2022-02-24", 0, CHR_GRANULARITY_MONTH, 1, SHORT, "February 2022" },
    { "2022-02-24", "2022-02-24", 0, CHR_GRANULARITY_MONTH, 1, LONG, "February 2022" },
    { "2022-02-24", "2022-02-24", 0, CHR_GRANULARITY_YEAR, 1, LONG, "2022" },
    { "2022-02-24T14:00", "2022-02-24T14:00", 0, CHR_GRANULARITY_DAY, 1, LONG, "Thursday, 24 February 2022" },
    /* Coarser dates stay as they are. */
    { "2014", "2014", 0, CHR_GRANULARITY_MONTH, 1, LONG, "2014" },
    { "2014-02", "2014-02", 0, CHR_GRANULARITY_DAY, 1, SHORT, "February 2014" },
    { "2022-02-24", "2022-02-24", CHR_EVENT_FLAG_APPROXIMATE, CHR_GRANULARITY_YEAR, 1, SHORT, "c. 2022" },
    { "2022-02-24", "2025-08-17", CHR_EVENT_FLAG_PERIOD, CHR_GRANULARITY_MONTH, 1, SHORT, "Feb 2022 – Aug 2025" },
    { "2022-02-24", "2025-08-17", CHR_EVENT_FLAG_PERIOD, CHR_GRANULARITY_YEAR, 1, LONG, "2022 – 2025" },
    /* ISO week 8 of 2022 runs from Monday 21 February. */
    { "2022-W08", "2022-W08", 0, CHR_GRANULARITY_UNKNOWN, 1, LONG, "Week of 21 February 2022" },
    { "2022-W08", "2022-W08", 0, CHR_GRANULARITY_UNKNOWN, 7, LONG, "Week of 20 February 2022" },
    { "2022-W08", "2022-W08", 0, CHR_GRANULARITY_UNKNOWN, 7, SHORT, "Week of 20 Feb 2022" },
    { "2022-W08", "2022-W08", 0, CHR_GRANULARITY_UNKNOWN, 6, SHORT, "Week of 19 Feb 2022" },
    { "2022-W08", "2022-W08", 0, CHR_GRANULARITY_MONTH, 7, SHORT, "February 2022" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ChrInterval from = parse (rows[i].from);
      ChrInterval to = parse (rows[i].to);
      ChrInterval interval = { from.begin, to.end, from.granularity };
      ChrDateOptions options = { rows[i].precision, rows[i].week_start };
      g_autofree char *text = NULL;

      if (!(rows[i].flags & CHR_EVENT_FLAG_PERIOD))
        interval = from;
      text = chr_date_format_event_with (&interval, rows[i].flags, rows[i].style, &options);
      g_test_message ("%s/%s, precision %d, week from %d", rows[i].from, rows[i].to, rows[i].precision,
                      rows[i].week_start);
      g_assert_cmpstr (text, ==, rows[i].text);
    }
}

/* The first day of the week that holds a time, for each first day. */
static void
test_week_start (void)
{
  /* Thursday 24 February 2022, at noon. */
  gint64 t = chr_time_from_civil (2022, 2, 24, 12, 0, 0);

  g_assert_cmpint (chr_date_week_start (t, 1), ==, chr_time_from_civil (2022, 2, 21, 0, 0, 0));
  g_assert_cmpint (chr_date_week_start (t, 7), ==, chr_time_from_civil (2022, 2, 20, 0, 0, 0));
  g_assert_cmpint (chr_date_week_start (t, 4), ==, chr_time_from_civil (2022, 2, 24, 0, 0, 0));
  g_assert_cmpint (chr_date_week_start (t, 5), ==, chr_time_from_civil (2022, 2, 18, 0, 0, 0));
  /* Before 1970 too. */
  g_assert_cmpint (chr_date_week_start (chr_time_from_civil (1969, 12, 31, 0, 0, 0), 1), ==,
                   chr_time_from_civil (1969, 12, 29, 0, 0, 0));
}

static void
test_format_time (void)
{
  static const struct { int year; const char *format; const char *text; } rows[] = {
    { 2022, "%A %-d %B %Y", "Thursday 24 February 2022" },
    { 12000, "%Y %%Y", "12000 %Y" },
    { -43, "%b %Y", "Feb 44 BC" },
    { -43, "%a", "Sun" },           /* 24 Feb 44 BC, a Sunday like 24 Feb 2357 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = chr_date_format_time (chr_time_from_civil (rows[i].year, 2, 24, 0, 0, 0), rows[i].format);

      g_assert_cmpstr (text, ==, rows[i].text);
    }
}

static void
test_precision (void)
{
  static const struct { ChrGranularity granularity; const char *text; } rows[] = {
    { CHR_GRANULARITY_MILLENNIUM, "Known to the millennium" },
    { CHR_GRANULARITY_DECADE, "Known to the decade" },
    { CHR_GRANULARITY_SEASON, "Known to the season" },
    { CHR_GRANULARITY_MONTH, "Known to the month" },
    { CHR_GRANULARITY_PART_OF_DAY, "Known to the part of the day" },
    { CHR_GRANULARITY_HOUR, "Known to the hour" },
    { CHR_GRANULARITY_MINUTE, "Known to the minute" },
    { CHR_GRANULARITY_UNKNOWN, "Precision unknown" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpstr (chr_date_format_precision (rows[i].granularity), ==, rows[i].text);
}

/* The names the settings and chronicle-cli use. */
static void
test_option_names (void)
{
  static const struct
  {
    const char     *name;
    gboolean        valid;
    ChrGranularity  precision;
  } precisions[] = {
    { "auto", TRUE, CHR_GRANULARITY_UNKNOWN },
    { "day", TRUE, CHR_GRANULARITY_DAY },
    { "month", TRUE, CHR_GRANULARITY_MONTH },
    { "year", TRUE, CHR_GRANULARITY_YEAR },
    { "week", FALSE, CHR_GRANULARITY_SECOND },
    { "Year", FALSE, CHR_GRANULARITY_SECOND },
    { "", FALSE, CHR_GRANULARITY_SECOND },
    { NULL, FALSE, CHR_GRANULARITY_SECOND },
  };
  static const struct
  {
    const char *name;
    gboolean    valid;
    int         week_start;
  } week_starts[] = {
    { "monday", TRUE, 1 },
    { "sunday", TRUE, 7 },
    { "tuesday", FALSE, 0 },
    { NULL, FALSE, 0 },
  };
  int week_start = 0;

  for (guint i = 0; i < G_N_ELEMENTS (precisions); i++)
    {
      ChrGranularity precision = CHR_GRANULARITY_SECOND;

      g_assert_cmpint (chr_date_options_parse_precision (precisions[i].name, &precision), ==, precisions[i].valid);
      g_assert_cmpint (precision, ==, precisions[i].precision);
    }
  for (guint i = 0; i < G_N_ELEMENTS (week_starts); i++)
    {
      week_start = 0;
      g_assert_cmpint (chr_date_options_parse_week_start (week_starts[i].name, &week_start), ==,
                       week_starts[i].valid);
      g_assert_cmpint (week_start, ==, week_starts[i].week_start);
    }
  g_assert_true (chr_date_options_parse_week_start ("locale", &week_start));
  g_assert_cmpint (week_start, ==, chr_date_locale_week_start ());
  g_assert_cmpint (week_start, >=, 1);
  g_assert_cmpint (week_start, <=, 7);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/date-format/dates", test_dates);
  g_test_add_func ("/model/date-format/other-eras", test_other_eras);
  g_test_add_func ("/model/date-format/events", test_events);
  g_test_add_func ("/model/date-format/event-options", test_event_options);
  g_test_add_func ("/model/date-format/week-start", test_week_start);
  g_test_add_func ("/model/date-format/format-time", test_format_time);
  g_test_add_func ("/model/date-format/precision", test_precision);
  g_test_add_func ("/model/date-format/option-names", test_option_names);

  return g_test_run ();
}
