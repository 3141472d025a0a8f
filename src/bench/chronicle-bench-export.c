/* chronicle-bench-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-bench"

#include "config.h"

#include <glib/gstdio.h>

#include "chr-archive.h"
#include "chr-csv-export.h"
#include "chr-export-events.h"
#include "chr-export-file.h"
#include "chr-timelinejs-export.h"
#include "chronicle-bench.h"

/* chronicle-bench export: each export of the generated timeline, and the
 * import of its Chronicle JSON into a new file. One measurement a format,
 * in a table: the image formats join it with the image exporter. */

typedef struct
{
  ChrDatabase *db;
  const char  *dir;
  GPtrArray   *events;             /* for csv and timelinejs, read once */
} ExportBench;

static gboolean
write_json (GOutputStream  *stream,
            gpointer        user_data,
            GCancellable   *cancellable,
            GError        **error)
{
  ExportBench *bench = user_data;

  return chr_archive_write (bench->db, NULL, stream, cancellable, error);
}

static gboolean
write_csv (GOutputStream  *stream,
           gpointer        user_data,
           GCancellable   *cancellable,
           GError        **error)
{
  ExportBench *bench = user_data;

  return chr_csv_export_write (bench->events, stream, cancellable, error);
}

static gboolean
write_timelinejs (GOutputStream  *stream,
                  gpointer        user_data,
                  GCancellable   *cancellable,
                  GError        **error)
{
  ExportBench *bench = user_data;

  return chr_timelinejs_export_write (bench->events, NULL, NULL, stream, cancellable, error);
}

static gboolean
export_to (ExportBench        *bench,
           const char         *name,
           ChrExportWriteFunc  write,
           GError            **error)
{
  g_autofree char *path = g_build_filename (bench->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return chr_export_file_write (file, write, bench, NULL, error);
}

static gboolean
run_json (ExportBench  *bench,
          GError      **error)
{
  return export_to (bench, "timeline.json", write_json, error);
}

/* Reads the events as the CLI does before writing them. */
static gboolean
load_events (ExportBench  *bench,
             GError      **error)
{
  if (bench->events == NULL)
    bench->events = chr_export_list_events (bench->db, NULL, error);
  return bench->events != NULL;
}

static gboolean
run_csv (ExportBench  *bench,
         GError      **error)
{
  return load_events (bench, error) && export_to (bench, "timeline.csv", write_csv, error);
}

static gboolean
run_timelinejs (ExportBench  *bench,
                GError      **error)
{
  return load_events (bench, error) && export_to (bench, "timelinejs.json", write_timelinejs, error);
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
  gboolean  (*run) (ExportBench  *bench,
                    GError      **error);
} measurements[] = {
  { "json", run_json },
  { "import-json", run_import },   /* reads what "json" wrote */
  { "csv", run_csv },
  { "timelinejs", run_timelinejs },
};

static void
remove_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
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
      gint64 start = g_get_monotonic_time ();
      g_autofree char *file = NULL;

      if (!measurements[i].run (&bench, &error))
        goto failed;
      /* Peak RSS is the process's so far: each line includes those before it. */
      g_print ("{\"bench\": \"export\", \"format\": \"%s\", \"events\": %d, \"seconds\": %.3f, "
               "\"peak_rss_mib\": %.1f}\n",
               measurements[i].name, n_events, (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC,
               bench_peak_rss_mib ());
    }
  g_clear_pointer (&bench.events, g_ptr_array_unref);
  g_clear_object (&db);
  remove_files (dir);
  return 0;

failed:
  g_printerr ("chronicle-bench export: %s\n", error->message);
  g_clear_pointer (&bench.events, g_ptr_array_unref);
  if (dir)
    remove_files (dir);
  return 1;
}
