/* test-article-record.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chr-article-record.h"

/* Publication dates as files write them, and as the timeline keeps them. */
static const struct
{
  const char *value;
  const char *kept;                /* NULL: no date */
} dates[] = {
  { "2011-03-02T00:00:00", "2011-03-02" },
  { "2025-08-18T14:03:00+02:00", "2025-08-18" },
  { " 2025-08-18 ", "2025-08-18" },
  { "Tue, 18 Aug 2025 14:03:00 GMT", "2025-08-18" },
  { "18 August 2025", "2025-08-18" },
  { "March 2019", "2019-03" },
  { "2014-02", "2014-02" },
  { "2014", "2014" },
  { "yesterday", NULL },
  { "2025-13-45", NULL },
  { "", NULL },
  { NULL, NULL },
};

static void
test_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *kept = chr_article_record_date (dates[i].value);

      g_test_message ("%s", dates[i].value ? dates[i].value : "(null)");
      g_assert_cmpstr (kept, ==, dates[i].kept);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/article-record/dates", test_dates);
  return g_test_run ();
}
