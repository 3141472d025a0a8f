/* test-event-parts.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chr-event-parts.h"

static ChrInterval
interval_of (const char *value)
{
  ChrInterval interval = { 0 };

  g_assert_true (chr_timex_value_to_interval (value, &interval));
  return interval;
}

/* A timeline of @n_days one-day statements (one article each) from
 * @first_day on, and @n_years statements of the year 2025. */
static ChrEventParts *
busy_timeline (guint max,
               guint n_per_day,
               guint n_years)
{
  ChrEventParts *parts = chr_event_parts_new (max);
  static const char * const days[] = { "2025-03-01", "2025-03-02", "2025-07-14", "2014-03-18" };
  ChrInterval year = interval_of ("2025");
  ChrInterval decade = interval_of ("199");

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      ChrInterval day = interval_of (days[d]);

      for (guint k = 0; k < n_per_day; k++)
        chr_event_parts_count (parts, &day);
    }
  for (guint k = 0; k < n_years; k++)
    chr_event_parts_count (parts, &year);
  chr_event_parts_count (parts, &decade);
  return parts;
}

static gint64
part (ChrEventParts *parts,
      const char    *value,
      gint64         article_id)
{
  ChrInterval interval = interval_of (value);

  return chr_event_parts_part_of (parts, &interval, article_id);
}

static const struct
{
  const char *name;
  guint       max;            /* the most a part holds */
  guint       n_per_day;      /* statements of each of four days */
  guint       n_years;        /* statements of 2025 */
  const char *a;              /* a date, of article 1 */
  const char *b;              /* another, of article b_article */
  gint64      b_article;
  gboolean    together;       /* do they go to one part? */
} part_cases[] = {
  /* A quiet timeline: one part a year. */
  { "same-year", 100, 10, 5, "2025-03-01", "2025-07-14", 1, TRUE },
  { "year-and-day", 100, 10, 5, "2025", "2025-07-14", 1, TRUE },
  { "other-year", 100, 10, 5, "2025-03-01", "2014-03-18", 1, FALSE },
  { "decade-apart", 100, 10, 5, "199", "1995", 1, FALSE },
  /* A busy year: a month at a time, its years apart. */
  { "busy-year-months", 100, 40, 5, "2025-03-01", "2025-07-14", 1, FALSE },
  { "busy-year-month", 100, 40, 5, "2025-03-01", "2025-03-02", 1, TRUE },
  { "busy-year-week", 100, 40, 5, "2025-03-01", "2025-W10", 1, TRUE },
  { "busy-year-years", 100, 40, 5, "2025", "2025-03-01", 1, FALSE },
  { "busy-year-quiet-year", 100, 40, 5, "2014-03-18", "2014", 1, TRUE },
  /* A busy month: a day at a time. */
  { "busy-month-days", 100, 60, 5, "2025-03-01", "2025-03-02", 1, FALSE },
  { "busy-month-day", 100, 60, 5, "2025-03-01", "2025-03-01", 2, TRUE },
  { "busy-month-months", 100, 60, 5, "2025-03", "2025-03-01", 1, FALSE },
  /* A busy day: dealt among parts by article, each article whole. */
  { "busy-day-article", 100, 250, 5, "2025-03-01", "2025-03-01", 1, TRUE },
  { "busy-day-articles", 100, 250, 5, "2025-03-01", "2025-03-01", 2, FALSE },
  { "busy-day-dealt", 100, 250, 5, "2025-03-01", "2025-03-01", 4, TRUE },
};

static void
test_parts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (part_cases); i++)
    {
      g_autoptr(ChrEventParts) parts = busy_timeline (part_cases[i].max, part_cases[i].n_per_day,
                                                      part_cases[i].n_years);
      gint64 a = part (parts, part_cases[i].a, 1);
      gint64 b = part (parts, part_cases[i].b, part_cases[i].b_article);

      g_test_message ("%s", part_cases[i].name);
      g_assert_cmpint (a == b, ==, part_cases[i].together);
    }
}

/* Parts come in the order of time, years before what spans them. */
static void
test_order (void)
{
  g_autoptr(ChrEventParts) parts = busy_timeline (100, 60, 5);

  g_assert_cmpint (part (parts, "2014-03-18", 1), <, part (parts, "2025-03-01", 1));
  g_assert_cmpint (part (parts, "2025-03-01", 1), <, part (parts, "2025-03-02", 1));
  g_assert_cmpint (part (parts, "2025-03-02", 1), <, part (parts, "2025-07-14", 1));
  {
    /* 241 BC, the year -240. */
    ChrInterval bc = { chr_time_from_civil (-240, 1, 1, 0, 0, 0), chr_time_from_civil (-239, 1, 1, 0, 0, 0),
                       CHR_GRANULARITY_YEAR };

    g_assert_cmpint (chr_event_parts_part_of (parts, &bc, 1), <, part (parts, "2014", 1));
  }
}

/* Joined parts are one, named by the earlier, and stay joined through
 * further joins. */
static void
test_join (void)
{
  g_autoptr(ChrEventParts) parts = busy_timeline (100, 10, 5);
  gint64 y2014 = part (parts, "2014-03-18", 1);
  gint64 y2025 = part (parts, "2025-03-01", 1);
  gint64 decade = part (parts, "199", 1);

  g_assert_cmpint (y2014, !=, y2025);
  chr_event_parts_join (parts, y2025, y2014);
  g_assert_cmpint (part (parts, "2025-07-14", 1), ==, part (parts, "2014-03-18", 1));
  g_assert_cmpint (part (parts, "2025", 1), ==, MIN (y2014, y2025));
  chr_event_parts_join (parts, decade, y2025);
  g_assert_cmpint (part (parts, "199", 1), ==, part (parts, "2014-03-18", 1));
  chr_event_parts_join (parts, y2014, decade);
  g_assert_cmpint (chr_event_parts_find (parts, y2025), ==, chr_event_parts_find (parts, decade));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/event-parts/parts", test_parts);
  g_test_add_func ("/model/event-parts/order", test_order);
  g_test_add_func ("/model/event-parts/join", test_join);

  return g_test_run ();
}
