/* chr-data-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-data-export"

#include "config.h"

#include "chr-archive.h"
#include "chr-csv-export.h"
#include "chr-data-export.h"
#include "chr-export-events.h"
#include "chr-export-file.h"
#include "chr-timelinejs-export.h"
#include "chr-timeml-export.h"

/* What a data export writes: the timeline, and what was read of it before
 * the file was opened. */
typedef struct
{
  ChrDatabase       *db;
  const ChrInterval *range;
  const char        *title;
  GPtrArray         *events;
  GPtrArray         *articles;
} Job;

static gboolean
write_json (GOutputStream *stream,
            gpointer       user_data,
            GCancellable  *cancellable,
            GError       **error)
{
  Job *job = user_data;

  return chr_archive_write (job->db, job->range, stream, cancellable, error);
}

static gboolean
write_csv (GOutputStream *stream,
           gpointer       user_data,
           GCancellable  *cancellable,
           GError       **error)
{
  Job *job = user_data;

  return chr_csv_export_write (job->events, stream, cancellable, error);
}

static gboolean
write_timelinejs (GOutputStream *stream,
                  gpointer       user_data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  Job *job = user_data;

  return chr_timelinejs_export_write (job->events, job->articles, job->title, stream, cancellable, error);
}

gboolean
chr_data_format_from_name (const char    *name,
                           ChrDataFormat *format)
{
  static const char * const names[] = { "json", "timelinejs", "csv", "timeml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (ChrDataFormat) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * chr_data_export_to_file:
 * @db: the timeline
 * @format: what to write
 * @range: (nullable): only the events in it (not for TimeML, which writes whole articles)
 * @title: (nullable): the timeline's title, for the formats that have one
 * @target: the file, or for TimeML the folder, to write
 * @cancellable: (nullable): stops it
 * @error: where a problem goes, in words a user understands
 *
 * Reads what the format needs before the file is opened, then writes it
 * beside the target and renames it: a failed or cancelled export leaves
 * no half-written file.
 */
gboolean
chr_data_export_to_file (ChrDatabase       *db,
                         ChrDataFormat      format,
                         const ChrInterval *range,
                         const char        *title,
                         GFile             *target,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  Job job = { db, range, title, NULL, NULL };
  ChrInterval all = { G_MININT64, G_MAXINT64, CHR_GRANULARITY_UNKNOWN };

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);

  if (range == NULL)
    job.range = &all;
  switch (format)
    {
    case CHR_DATA_FORMAT_TIMEML:
      return chr_timeml_export_folder (db, target, cancellable, error);
    case CHR_DATA_FORMAT_JSON:
      return chr_export_file_write (target, write_json, &job, cancellable, error);
    case CHR_DATA_FORMAT_CSV:
      if (!(job.events = events = chr_export_list_events (db, job.range, error)))
        return FALSE;
      return chr_export_file_write (target, write_csv, &job, cancellable, error);
    case CHR_DATA_FORMAT_TIMELINEJS:
    default:
      if (!(job.events = events = chr_export_list_events (db, job.range, error)) ||
          !(job.articles = articles = chr_database_list_articles (db, error)))
        return FALSE;
      return chr_export_file_write (target, write_timelinejs, &job, cancellable, error);
    }
}
