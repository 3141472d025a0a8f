/* chr-csv-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-csv-export"

#include "config.h"

#include <string.h>

#include "chr-csv-export.h"
#include "chr-export-events.h"

/* CSV as RFC 4180 has it: CRLF after every record, a field in double quotes
 * when it holds a comma, a quote, CR or LF, and a quote in it doubled. */

#define CSV_HEADER "date,end,precision,title,sources,note,tags,first_source\r\n"

static void
append_field (GString    *row,
              const char *value,
              gboolean    last)
{
  if (value != NULL && value[strcspn (value, ",\"\r\n")] != '\0')
    {
      g_string_append_c (row, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (row, '"');
          g_string_append_c (row, *p);
        }
      g_string_append_c (row, '"');
    }
  else if (value != NULL)
    g_string_append (row, value);
  g_string_append (row, last ? "\r\n" : ",");
}

/**
 * chr_csv_export_row:
 * @event: an event, with its sources
 *
 * Returns: (transfer full): its record, CRLF included: date and end (ISO
 *   8601 to its precision; end only for a period, its last day, month or
 *   year), precision, title, sources (how many articles), note, tags
 *   (separated by "; "), first_source (the first article's title)
 */
char *
chr_csv_export_row (const ChrEvent *event)
{
  GString *row = g_string_new (NULL);
  g_autofree char *date = chr_export_format_date (event->interval.begin, event->interval.granularity);
  g_autofree char *end = NULL;
  g_autofree char *sources = g_strdup_printf ("%u", event->n_sources);
  g_autofree char *tags = event->tags ? g_strjoinv ("; ", event->tags) : NULL;
  const ChrSource *first = event->sources && event->sources->len > 0 ? g_ptr_array_index (event->sources, 0) : NULL;

  g_return_val_if_fail (event != NULL, NULL);

  if (event->flags & CHR_EVENT_FLAG_PERIOD)
    end = chr_export_format_date (chr_export_event_last (event), event->interval.granularity);
  append_field (row, date, FALSE);
  append_field (row, end, FALSE);
  append_field (row, chr_granularity_to_string (event->interval.granularity), FALSE);
  append_field (row, event->title, FALSE);
  append_field (row, sources, FALSE);
  append_field (row, event->note, FALSE);
  append_field (row, tags, FALSE);
  append_field (row, first ? first->article_title : NULL, TRUE);
  return g_string_free (row, FALSE);
}

/**
 * chr_csv_export_write:
 * @events: #ChrEvent with their sources (chr_export_list_events())
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the header, then a record for each event.
 */
gboolean
chr_csv_export_write (GPtrArray      *events,
                      GOutputStream  *stream,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_return_val_if_fail (events != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (!g_output_stream_write_all (stream, CSV_HEADER, strlen (CSV_HEADER), NULL, cancellable, error))
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *row = chr_csv_export_row (g_ptr_array_index (events, i));

      if (!g_output_stream_write_all (stream, row, strlen (row), NULL, cancellable, error))
        return FALSE;
    }
  return TRUE;
}
