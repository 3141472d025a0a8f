/* chr-export-events.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-export-events"

#include "config.h"

#include "chr-export-events.h"

/* What the exports for other programs (CSV, TimelineJS) share: which events
 * they write, and their dates as precise as each event's. */

/**
 * chr_export_list_events:
 * @db: the timeline
 * @range: (nullable): only events that overlap it
 * @error: return location for a #GError
 *
 * The events a reader of the timeline sees: hidden ones are left out, as
 * the timeline leaves them out unless asked.
 *
 * Returns: (transfer full) (nullable): #ChrEvent with their sources, by date
 */
GPtrArray *
chr_export_list_events (ChrDatabase        *db,
                        const ChrInterval  *range,
                        GError            **error)
{
  g_autoptr(GPtrArray) events = NULL;
  guint kept = 0;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);

  if (!(events = chr_database_list_events (db, range, 0, TRUE, error)))
    return NULL;
  for (guint i = 0; i < events->len; i++)
    {
      ChrEvent *event = g_ptr_array_index (events, i);

      if (event->flags & CHR_EVENT_FLAG_HIDDEN)
        chr_event_free (event);
      else
        events->pdata[kept++] = event;
    }
  events->len = kept;
  return g_steal_pointer (&events);
}

/* A week or a part of a day is written as its day, a season or quarter as
 * its first month: the formats have no words for them. */
ChrExportParts
chr_export_parts (ChrGranularity granularity)
{
  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
      return CHR_EXPORT_PARTS_YEAR;
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_MONTH:
      return CHR_EXPORT_PARTS_MONTH;
    case CHR_GRANULARITY_HOUR:
      return CHR_EXPORT_PARTS_HOUR;
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
      return CHR_EXPORT_PARTS_MINUTE;
    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_WEEK:
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    default:
      return CHR_EXPORT_PARTS_DAY;
    }
}

/**
 * chr_export_format_date:
 * @time: seconds since 1970, UTC
 * @granularity: how precise the date is
 *
 * Returns: (transfer full): ISO 8601 cut to the precision: "2014",
 *   "2014-02", "2014-02-24", "2014-02-24T14", "2014-02-24T14:05"
 */
char *
chr_export_format_date (gint64         time,
                        ChrGranularity granularity)
{
  int year, month, day, hour, minute, second;

  chr_time_to_civil (time, &year, &month, &day, &hour, &minute, &second);
  switch (chr_export_parts (granularity))
    {
    case CHR_EXPORT_PARTS_YEAR:
      return g_strdup_printf ("%04d", year);
    case CHR_EXPORT_PARTS_MONTH:
      return g_strdup_printf ("%04d-%02d", year, month);
    case CHR_EXPORT_PARTS_HOUR:
      return g_strdup_printf ("%04d-%02d-%02dT%02d", year, month, day, hour);
    case CHR_EXPORT_PARTS_MINUTE:
      return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
    case CHR_EXPORT_PARTS_DAY:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
}

/* The last second of @event: its end is exclusive, and a period that runs
 * to March 2015 ends on 2015-04-01, which is written as 2015-03. */
gint64
chr_export_event_last (const ChrEvent *event)
{
  g_return_val_if_fail (event != NULL, 0);

  return MAX (event->interval.begin, event->interval.end - 1);
}
