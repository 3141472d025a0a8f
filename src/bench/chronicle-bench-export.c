/* chronicle-bench-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-bench"

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "chr-archive.h"
#include "chr-data-export.h"
#include "chr-image-export.h"
#include "chronicle-bench.h"

/* chronicle-bench export: each export of the generated timeline, and the
 * import of its Chronicle JSON into a new file; one measurement a format. */

typedef struct
{
  ChrDatabase *db;
  const char  *dir;
} ExportBench;

static gboolean
export_data (ExportBench    *bench,
             const char     *name,
             ChrDataFormat   format,
             GError        **error)
{
  g_autofree char *path = g_build_filename (bench->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return chr_data_export_to_file (bench->db, format, NULL, NULL, file, NULL, error);
}

/* As chronicle-cli does: the events read from the file, laid out, drawn. */
static gboolean
export_image (ExportBench      *bench,
              const char       *name,
              ChrImageFormat    format,
              ChrPageSize       page,
              GError          **error)
{
  g_autofree char *path = g_build_filename (bench->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ChrEventFilter filter = { 0 };
  g_autoptr(ChrEventList) events = chr_database_list_timeline (bench->db, &filter, NULL, error);
  g_autoptr(ChrTimelineIndex) index = NULL;
  g_autoptr(ChrImageExport) export = NULL;
  ChrImageRequest request;

  if (events == NULL)
    return FALSE;
  index = chr_timeline_index_new_for_events (events);
  chr_image_request_init (&request, format, index);
  /* On pages, as many as the events call for; otherwise a full HD picture. */
  request.width = page == CHR_PAGE_SIZE_FIT ? 1920 : 0;
  request.height = page == CHR_PAGE_SIZE_FIT ? 1080 : 0;
  request.page = page;
  request.title = "A generated timeline";
  request.sources = page != CHR_PAGE_SIZE_FIT ? bench->db : NULL;
  return (export = chr_image_export_new (&request, NULL, error)) &&
         chr_image_export_write_file (export, file, NULL, error);
}

static gboolean
run_png (ExportBench  *bench,
         GError      **error)
{
  return export_image (bench, "timeline.png", CHR_IMAGE_FORMAT_PNG, CHR_PAGE_SIZE_FIT, error);
}

static gboolean
run_svg (ExportBench  *bench,
         GError      **error)
{
  return export_image (bench, "timeline.svg", CHR_IMAGE_FORMAT_SVG, CHR_PAGE_SIZE_FIT, error);
}

/* A4 pages, as many as the events call for, with their footnotes. */
static gboolean
run_pdf (ExportBench  *bench,
         GError      **error)
{
  return export_image (bench, "timeline.pdf", CHR_IMAGE_FORMAT_PDF, CHR_PAGE_SIZE_A4, error);
}

static gboolean
run_json (ExportBench  *bench,
          GError      **error)
{
  return export_data (bench, "timeline.json", CHR_DATA_FORMAT_JSON, error);
}

static gboolean
run_csv (ExportBench  *bench,
         GError      **error)
{
  return export_data (bench, "timeline.csv", CHR_DATA_FORMAT_CSV, error);
}

static gboolean
run_timelinejs (ExportBench  *bench,
                GError      **error)
{
  return export_data (bench, "timelinejs.json", CHR_DATA_FORMAT_TIMELINEJS, error);
}

static gboolean
run_import (ExportBench  *bench,
            GError      **error)
{
  g_autofree char *json = g_build_filename (bench->dir, "timeline.json", NULL);
  g_autofree char *path = g_build_filename (bench->dir, "imported.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (json);
  g_autoptr(ChrDatabase) db = chr_database_open (path, error);

  return db != NULL && chr_archive_import (db, file, NULL, error);
}

static const struct
{
  const char *name;
  const char *file;                /* what it writes */
  gboolean  (*run) (ExportBench  *bench,
                    GError      **error);
} measurements[] = {
  { "png", "timeline.png", run_png },
  { "svg", "timeline.svg", run_svg },
  { "pdf", "timeline.pdf", run_pdf },
  { "json", "timeline.json", run_json },
  { "import-json", "imported.db", run_import },   /* reads what "json" wrote */
  { "csv", "timeline.csv", run_csv },
  { "timelinejs", "timelinejs.json", run_timelinejs },
};

/* The peak resident memory of each measurement on its own: the kernel's
 * high-water mark, set back to the present between measurements. */
static void
reset_peak_rss (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

static double
read_peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(line = strstr (status, "VmHWM:")))
    return bench_peak_rss_mib ();
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

int
bench_export (int    argc,
              char **argv)
{
  int n_events = 100000;
  GOptionEntry entries[] = {
    { "events", 0, 0, G_OPTION_ARG_INT, &n_events, "Number of generated events", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— export the generated timeline, import it again");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  ExportBench bench = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_events <= 0)
    {
      g_printerr ("chronicle-bench export: %s\n", error ? error->message : "--events must be positive");
      return 2;
    }
  if (!(dir = g_dir_make_tmp ("chronicle-bench-XXXXXX", &error)))
    goto failed;
  path = g_build_filename (dir, "timeline.db", NULL);
  if (!bench_write_timeline_file (path, (guint) n_events, &error) || !(db = chr_database_open (path, &error)))
    goto failed;
  bench.db = db;
  bench.dir = dir;

  for (guint i = 0; i < G_N_ELEMENTS (measurements); i++)
    {
      g_autofree char *file = g_build_filename (dir, measurements[i].file, NULL);
      GStatBuf written = { 0 };
      gint64 start;

      reset_peak_rss ();
      start = g_get_monotonic_time ();
      if (!measurements[i].run (&bench, &error))
        goto failed;
      g_stat (file, &written);
      g_print ("{\"bench\": \"export\", \"format\": \"%s\", \"events\": %d, \"seconds\": %.3f, "
               "\"peak_rss_mib\": %.1f, \"bytes\": %" G_GINT64_FORMAT "}\n",
               measurements[i].name, n_events, (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC,
               read_peak_rss_mib (), (gint64) written.st_size);
    }
  g_clear_object (&db);
  bench_remove_folder (dir);
  return 0;

failed:
  g_printerr ("chronicle-bench export: %s\n", error->message);
  if (dir)
    bench_remove_folder (dir);
  return 1;
}
