/* chr-date-parse.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-date-parse"

#include "config.h"

#include <string.h>

#include "chr-date-parse.h"
#include "chr-timex.h"

/**
 * chr_date_parse:
 * @text: what a person typed
 * @interval: (out): the date it names
 *
 * Reads a date as people write it ("February 2022", "24 Feb 2022", "the
 * 1990s") or in ISO 8601 ("2022-02-24"), through the same engine that reads
 * articles.
 *
 * Returns: %TRUE if @text names a date
 */
gboolean
chr_date_parse (const char  *text,
                ChrInterval *interval)
{
  return chr_date_parse_at (text, NULL, interval);
}

/**
 * chr_date_parse_at:
 * @text: a date as people type it
 * @reference: (nullable): the day that relative dates count from ("last
 *   Friday" before it), such as an article's publication date
 * @interval: (out): the date read
 *
 * Like chr_date_parse(), with relative dates too.
 *
 * Returns: whether @text holds a date
 */
gboolean
chr_date_parse_at (const char        *text,
                   const ChrInterval *reference,
                   ChrInterval       *interval)
{
  g_autoptr(GArray) found = NULL;

  g_return_val_if_fail (text != NULL && interval != NULL, FALSE);

  if (chr_time_parse_iso (text, interval))
    return TRUE;

  found = chr_timex_scan (text, strlen (text), reference);
  for (guint i = 0; i < found->len; i++)
    {
      const ChrTimex *timex = &g_array_index (found, ChrTimex, i);

      if ((timex->type == CHR_TIMEX_DATE || timex->type == CHR_TIMEX_TIME) && timex->resolved &&
          timex->interval.end > timex->interval.begin)
        {
          *interval = timex->interval;
          return TRUE;
        }
    }
  return FALSE;
}
