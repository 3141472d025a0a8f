/* chr-article-record.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chr-article-record.h"
#include "chr-date-parse.h"
#include "chr-time.h"

ChrArticleRecord *
chr_article_record_new (void)
{
  return g_new0 (ChrArticleRecord, 1);
}

void
chr_article_record_free (ChrArticleRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->title);
  g_free (record->text);
  g_free (record->published);
  g_free (record->source);
  g_free (record->url);
  g_free (record->author);
  g_free (record);
}

/**
 * chr_article_record_date:
 * @value: (nullable): a publication date as a file writes it: ISO 8601
 *   ("2011-03-02T00:00:00", "2025-08-18T14:03:00+02:00"), or as people
 *   write dates ("Tue, 18 Aug 2025", "18 August 2025")
 *
 * Returns: (transfer full) (nullable): the date as the timeline keeps it,
 *   ISO 8601 of the precision given (the time of day dropped), or %NULL when
 *   @value names no date
 */
char *
chr_article_record_date (const char *value)
{
  g_autofree char *trimmed = NULL;
  ChrInterval interval;

  if (value == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (value));
  /* The calendar date at the head of an ISO 8601 timestamp. */
  if (strlen (trimmed) >= 10 && trimmed[4] == '-' && trimmed[7] == '-')
    {
      g_autofree char *day = g_strndup (trimmed, 10);

      if (chr_time_parse_iso (day, &interval))
        return g_steal_pointer (&day);
    }
  if (chr_time_parse_iso (trimmed, &interval))
    return g_steal_pointer (&trimmed);
  if (chr_date_parse (trimmed, &interval) &&
      (interval.granularity == CHR_GRANULARITY_YEAR || interval.granularity == CHR_GRANULARITY_MONTH ||
       interval.granularity == CHR_GRANULARITY_DAY))
    return chr_interval_to_value (&interval);
  return NULL;
}
