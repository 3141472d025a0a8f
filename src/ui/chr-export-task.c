/* chr-export-task.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-export-task"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-data-export.h"
#include "chr-export-task.h"

/* An export on a thread of its own: a copy of what to draw, and the
 * timeline file's path for a connection of its own. */
typedef struct
{
  ChrExportFormat  format;
  ChrImageRequest  image;
  char            *title;
  char            *subtitle;
  GPtrArray       *legend;
  PangoFontDescription *font;
  cairo_font_options_t *font_options;
  gboolean         footnotes;
  char            *db_path;
  GFile           *target;
  ChrExportProgress progress;      /* nullable; called on context */
  gpointer         progress_data;
  GMainContext    *context;
} Job;

typedef struct
{
  ChrExportProgress progress;
  gpointer          progress_data;
  double            fraction;
} ProgressReport;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->image.index, chr_timeline_index_unref);
  g_clear_pointer (&job->legend, g_ptr_array_unref);
  g_clear_pointer (&job->font, pango_font_description_free);
  g_clear_pointer (&job->font_options, cairo_font_options_destroy);
  g_free (job->title);
  g_free (job->subtitle);
  g_free (job->db_path);
  g_clear_object (&job->target);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

gboolean
chr_export_format_is_image (ChrExportFormat format)
{
  return format == CHR_EXPORT_PNG || format == CHR_EXPORT_SVG || format == CHR_EXPORT_PDF;
}

/* The file name's end; NULL for TimeML, which writes a folder. */
const char *
chr_export_format_extension (ChrExportFormat format)
{
  static const char * const extensions[] = { "png", "svg", "pdf", "json", "json", "csv", NULL };

  return extensions[format];
}

static gboolean
deliver_progress (gpointer data)
{
  ProgressReport *report = data;

  report->progress (report->fraction, report->progress_data);
  return G_SOURCE_REMOVE;
}

/* On the export's thread: the fraction goes to the thread that asked. */
static void
report_progress (double   fraction,
                 gpointer data)
{
  Job *job = data;
  ProgressReport *report = g_new (ProgressReport, 1);

  *report = (ProgressReport) { job->progress, job->progress_data, fraction };
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress, report, g_free);
}

static gboolean
export_image (Job          *job,
              ChrDatabase  *db,
              GCancellable *cancellable,
              GError      **error)
{
  g_autoptr (ChrImageExport) export = NULL;

  job->image.sources = job->footnotes ? db : NULL;
  if (!(export = chr_image_export_new (&job->image, cancellable, error)))
    return FALSE;
  if (job->progress != NULL)
    chr_image_export_set_progress (export, report_progress, job);
  return chr_image_export_write_file (export, job->target, cancellable, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  static const ChrDataFormat data_formats[] = {
    [CHR_EXPORT_JSON] = CHR_DATA_FORMAT_JSON,
    [CHR_EXPORT_TIMELINEJS] = CHR_DATA_FORMAT_TIMELINEJS,
    [CHR_EXPORT_CSV] = CHR_DATA_FORMAT_CSV,
    [CHR_EXPORT_TIMEML] = CHR_DATA_FORMAT_TIMEML,
  };
  Job *job = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (ChrDatabase) db = chr_database_open_for_reading (job->db_path, &error);
  ChrInterval range = { job->image.begin, job->image.end, CHR_GRANULARITY_UNKNOWN };
  gboolean done;

  if (db == NULL)
    done = FALSE;
  else if (chr_export_format_is_image (job->format))
    done = export_image (job, db, cancellable, &error);
  else
    done = chr_data_export_to_file (db, data_formats[job->format], range.begin < range.end ? &range : NULL,
                                    job->title, job->target, cancellable, &error);
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static Job *
job_new (ChrExportFormat        format,
         const ChrImageRequest *image,
         const char            *db_path,
         GFile                 *target)
{
  Job *job = g_new0 (Job, 1);

  job->format = format;
  job->image = *image;
  job->image.index = chr_timeline_index_ref (image->index);
  job->image.title = job->title = g_strdup (image->title);
  job->image.subtitle = job->subtitle = g_strdup (image->subtitle);
  job->image.legend = job->legend = image->legend ? g_ptr_array_ref (image->legend) : NULL;
  job->image.font = job->font = image->font ? pango_font_description_copy (image->font) : NULL;
  job->image.font_options = job->font_options = image->font_options ? cairo_font_options_copy (image->font_options)
                                                                      : NULL;
  job->footnotes = image->sources != NULL;
  job->image.sources = NULL;
  job->db_path = g_strdup (db_path);
  job->target = target ? g_object_ref (target) : NULL;
  job->context = g_main_context_ref_thread_default ();
  return job;
}

/**
 * chr_export_task_run_async:
 * @format: what to write
 * @image: the picture, for images; for data, its begin and end limit the events
 * @db_path: the timeline file
 * @target: the file to write (a folder for TimeML)
 * @progress: (nullable): told how far a picture is, page by page, on the calling thread
 * @progress_data: for @progress; it must outlive the task
 * @cancellable: (nullable): stops it; nothing is left half-written
 * @callback: called when done
 * @user_data: for @callback
 */
void
chr_export_task_run_async (ChrExportFormat        format,
                           const ChrImageRequest *image,
                           const char            *db_path,
                           GFile                 *target,
                           ChrExportProgress      progress,
                           gpointer               progress_data,
                           GCancellable          *cancellable,
                           GAsyncReadyCallback    callback,
                           gpointer               user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = job_new (format, image, db_path, target);

  job->progress = progress;
  job->progress_data = progress_data;
  g_task_set_source_tag (task, chr_export_task_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
chr_export_task_finish (GAsyncResult *result,
                        GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (ChrDatabase) db = job->footnotes ? chr_database_open_for_reading (job->db_path, &error) : NULL;
  ChrImageExport *export = NULL;

  if (job->footnotes && db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->image.sources = db;
  if ((export = chr_image_export_new (&job->image, cancellable, &error)))
    g_task_return_pointer (task, export, (GDestroyNotify) chr_image_export_free);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * chr_export_preview_async:
 * @image: the picture
 * @db_path: the timeline file, for the footnotes
 * @cancellable: (nullable): stops it, as a newer preview does
 * @callback: called when the picture is laid out
 * @user_data: for @callback
 *
 * Lays out a picture on a thread, footnotes and all, for the main thread
 * to draw: what the Export dialog shows.
 */
void
chr_export_preview_async (const ChrImageRequest *image,
                          const char            *db_path,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, chr_export_preview_async);
  g_task_set_task_data (task, job_new ((ChrExportFormat) image->format, image, db_path, NULL),
                        (GDestroyNotify) job_free);
  g_task_run_in_thread (task, preview_thread);
}

/**
 * chr_export_preview_finish:
 * @result: the preview's
 * @error: where a problem goes: a size that cannot be drawn, no events, a cancelled preview
 *
 * Returns: (transfer full) (nullable): the picture, ready to draw
 */
ChrImageExport *
chr_export_preview_finish (GAsyncResult *result,
                           GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
