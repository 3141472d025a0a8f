/* chronicle-bench-edit.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * chronicle-bench edit: from an edit to the frame that shows it, through
 * the session the window uses, on a timeline file of generated events.
 */
#define G_LOG_DOMAIN "chronicle-bench"

#include "config.h"

#include <stdlib.h>

#include <pango/pangocairo.h>
#include <sqlite3.h>

#include "chr-session.h"
#include "chronicle-bench.h"

#define WIDTH  1920
#define HEIGHT 1080

typedef enum
{
  EDIT_RENAME,
  EDIT_MOVE,
  EDIT_STAR,
  EDIT_NOTE,
  EDIT_APPROXIMATE,
  EDIT_HIDE,
  EDIT_ADD,
  N_EDIT_KINDS
} EditKind;

static const char * const kind_names[] = { "rename", "move", "star", "note", "approximate", "hide", "add" };

typedef struct
{
  ChrSession         *session;
  ChrTimelinePainter *painter;
  cairo_surface_t    *surface;
  cairo_t            *cr;
  ChrTimeScale        scale;
  GArray             *targets;     /* gint64: visible events to edit, a different one each time */
  guint               next_target;
} Bench;

static void
wait_idle (ChrSession *session)
{
  while (chr_session_get_busy (session))
    g_main_context_iteration (NULL, TRUE);
  /* And what the window does when idle, as it is between two edits a person makes. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The change an edit of @kind makes to @event, the @i-th of its kind. */
static void
make_change (EditKind               kind,
             guint                  i,
             const ChrTimelineItem *event,
             ChrEventChange        *change,
             char                  *title,
             gsize                  title_size)
{
  *change = (ChrEventChange) { 0 };
  g_snprintf (title, title_size, "Edited event %u", i);
  switch (kind)
    {
    case EDIT_RENAME:
      change->fields = CHR_EVENT_CHANGE_TITLE;
      change->title = title;
      break;
    case EDIT_MOVE:
      change->fields = CHR_EVENT_CHANGE_DATE;
      change->interval = (ChrInterval) { event->begin + 30 * CHR_SECONDS_PER_DAY, event->end + 30 * CHR_SECONDS_PER_DAY,
                                         event->granularity };
      change->period = chr_timeline_item_is_period (event);
      break;
    case EDIT_STAR:
      change->fields = CHR_EVENT_CHANGE_STARRED;
      change->starred = TRUE;
      break;
    case EDIT_NOTE:
      change->fields = CHR_EVENT_CHANGE_NOTE;
      change->note = title;
      break;
    case EDIT_APPROXIMATE:
      change->fields = CHR_EVENT_CHANGE_APPROXIMATE;
      change->approximate = !(event->flags & CHR_EVENT_FLAG_APPROXIMATE);
      break;
    case EDIT_HIDE:
      change->fields = CHR_EVENT_CHANGE_HIDDEN;
      change->hidden = TRUE;
      break;
    case EDIT_ADD:
      change->fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE;
      change->title = title;
      change->interval = (ChrInterval) { event->begin, event->begin + CHR_SECONDS_PER_DAY, CHR_GRANULARITY_DAY };
      break;
    case N_EDIT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* One edit, timed from the call to the end of the frame that shows it. */
static double
time_edit (Bench    *bench,
           EditKind  kind,
           guint     i)
{
  ChrTimelineIndex *index = chr_session_get_index (bench->session);
  gint64 id = g_array_index (bench->targets, gint64, bench->next_target++ % bench->targets->len);
  int position = chr_timeline_index_find (index, id);
  ChrTimelineItem event = *chr_timeline_index_get_item (index, (guint) MAX (position, 0));
  ChrEventChange change;
  char title[64];
  gint64 start;

  make_change (kind, i, &event, &change, title, sizeof title);
  start = g_get_monotonic_time ();
  if (kind == EDIT_ADD)
    chr_session_add_event (bench->session, &change);
  else
    chr_session_change_event (bench->session, event.id, &change);
  bench_draw_frame (bench->painter, bench->cr, chr_session_get_index (bench->session), &bench->scale, HEIGHT);
  cairo_surface_flush (bench->surface);
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

/* Visible events, spread over the view, to edit one after the other. */
static GArray *
choose_targets (ChrTimelineIndex   *index,
                const ChrTimeScale *scale,
                guint               n)
{
  g_autoptr(GArray) visible = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *targets = g_array_new (FALSE, FALSE, sizeof (gint64));

  chr_timeline_index_collect_visible (index, chr_time_scale_x_to_time (scale, 0),
                                      chr_time_scale_x_to_time (scale, WIDTH), visible);
  for (guint i = 0; i < n && visible->len > 0; i++)
    {
      guint position = g_array_index (visible, guint, (guint) ((guint64) i * 7919 % visible->len));
      gint64 id = chr_timeline_index_get_item (index, position)->id;

      g_array_append_val (targets, id);
    }
  return targets;
}

static void
report (EditKind  kind,
        guint     n_events,
        double   *times,
        int       n)
{
  qsort (times, (gsize) n, sizeof (double), bench_compare_doubles);
  g_print ("{\"bench\": \"edit\", \"kind\": \"%s\", \"events\": %u, \"edits\": %d, \"median_ms\": %.2f, "
           "\"p90_ms\": %.2f, \"max_ms\": %.2f}\n",
           kind_names[kind], n_events, n, bench_median (times, n), times[n * 9 / 10], times[n - 1]);
}

static gboolean
bench_set_up (Bench       *bench,
              const char  *path,
              int          n_edits,
              GError     **error)
{
  PangoContext *pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  bench->session = chr_session_new ();
  if (!chr_session_open (bench->session, path, error))
    return FALSE;
  wait_idle (bench->session);
  /* What the window does when idle after loading, before anyone edits. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  bench->painter = chr_timeline_painter_new (pango);
  g_object_unref (pango);
  bench->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  bench->cr = cairo_create (bench->surface);
  chr_time_scale_init (&bench->scale, chr_time_from_civil (2019, 1, 1, 0, 0, 0),
                       chr_time_from_civil (2021, 1, 1, 0, 0, 0), WIDTH);
  bench->targets = choose_targets (chr_session_get_index (bench->session), &bench->scale,
                                   (guint) n_edits * N_EDIT_KINDS);
  /* The first frame makes the text of the cards shown, as opening the window does. */
  bench_draw_frame (bench->painter, bench->cr, chr_session_get_index (bench->session), &bench->scale, HEIGHT);
  return TRUE;
}

static void
bench_tear_down (Bench *bench)
{
  if (bench->session)
    {
      wait_idle (bench->session);
      chr_session_close (bench->session);
    }
  g_clear_object (&bench->session);
  g_clear_pointer (&bench->painter, chr_timeline_painter_free);
  g_clear_pointer (&bench->cr, cairo_destroy);
  g_clear_pointer (&bench->surface, cairo_surface_destroy);
  g_clear_pointer (&bench->targets, g_array_unref);
}

/* A history of n_edits renames, each of another event, as the edits
 * leave it in the file: an annotation per event, its events row pointing
 * at it, and a history entry with the rows before and after. */
static gboolean
add_history (const char  *path,
             guint        n_edits,
             GError     **error)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = NULL;
  gboolean ok;

  sql = g_strdup_printf (
    "BEGIN;"
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO annotations (id, origin, anchor_article, anchor_start, anchor_end, title, starred, hidden,"
    " created_at) SELECT i, 'extracted', 1, i * 16, i * 16 + 9, 'Renamed event ' || i, 0, 0, 1760000000 FROM n;"
    "UPDATE events SET annotation_id = id / 7, title = 'Renamed event ' || (id / 7), flags = flags | %d"
    " WHERE id %% 7 = 0 AND id / 7 BETWEEN 1 AND %u;"
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
    " INSERT INTO history (label, before, after, created_at) SELECT 'rename',"
    " '{\"annotations\":{\"keys\":[[' || i || ']],\"rows\":[]},\"annotation_tags\":{\"keys\":[[' || i ||"
    " ']],\"rows\":[]},\"pins\":{\"keys\":[],\"rows\":[]},\"tags\":{\"keys\":[],\"rows\":[]}}',"
    " '{\"annotations\":{\"keys\":[[' || i || ']],\"rows\":[[' || i || ',\"extracted\",1,' || (i * 16) ||"
    " ',' || (i * 16 + 9) || ',\"Renamed event ' || i || '\",null,null,null,null,null,0,0,null,1760000000]]},"
    "\"annotation_tags\":{\"keys\":[[' || i || ']],\"rows\":[]},\"pins\":{\"keys\":[],\"rows\":[]},"
    "\"tags\":{\"keys\":[],\"rows\":[]}}', 1760000000 FROM n;"
    "COMMIT;",
    n_edits, CHR_EVENT_FLAG_EDITED, n_edits, n_edits);
  ok = sqlite3_open (path, &db) == SQLITE_OK && sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK;
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write a history into %s: %s", path,
                 sqlite3_errmsg (db));
  sqlite3_close (db);
  return ok;
}

/* chronicle-bench edit --startup-history N: what a history of N edits
 * adds to start-up, the same timeline with and without it started in turns. */
static int
bench_history_startup (int n_events,
                       int n_edits,
                       int runs)
{
  g_autofree char *dir = NULL;
  char *paths[2] = { NULL, NULL };
  double *times[2] = { g_new0 (double, runs), g_new0 (double, runs) };
  int status = 1;
  g_autoptr(GError) error = NULL;
  double medians[2];
  guint loaded = 0;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("chronicle-bench edit --startup-history: the app needs a display; run it under xvfb-run\n");
      return 2;
    }
  if (!(dir = g_dir_make_tmp ("chronicle-bench-XXXXXX", &error)))
    goto failed;
  for (guint f = 0; f < 2; f++)
    {
      paths[f] = g_build_filename (dir, f == 0 ? "plain.db" : "history.db", NULL);
      if (!bench_write_timeline_file (paths[f], (guint) n_events, &error) ||
          (f == 1 && !add_history (paths[f], (guint) n_edits, &error)))
        goto failed;
    }
  /* One uncounted start of each first: files and libraries into the page cache. */
  for (int i = -1; i < runs; i++)
    for (guint f = 0; f < 2; f++)
      {
        double ms, rss;

        if (!bench_measure_startup (paths[f], &ms, &rss, &loaded, &error))
          goto failed;
        if (i >= 0)
          times[f][i] = ms;
      }
  for (guint f = 0; f < 2; f++)
    {
      qsort (times[f], (gsize) runs, sizeof (double), bench_compare_doubles);
      medians[f] = bench_median (times[f], runs);
    }
  g_print ("{\"bench\": \"edit-history-startup\", \"events\": %u, \"edits\": %d, \"runs\": %d, "
           "\"plain_median_ms\": %.1f, \"history_median_ms\": %.1f, \"added_ms\": %.1f}\n",
           loaded, n_edits, runs, medians[0], medians[1], medians[1] - medians[0]);
  status = 0;

failed:
  if (error != NULL)
    g_printerr ("chronicle-bench edit --startup-history: %s\n", error->message);
  for (guint f = 0; f < 2; f++)
    {
      g_free (paths[f]);
      g_free (times[f]);
    }
  /* The files and what SQLite keeps beside them (-wal, -shm). */
  if (dir != NULL)
    bench_remove_folder (dir);
  return status;
}

/**
 * bench_edit:
 *
 * chronicle-bench edit --events N [--edits N]: for each kind of edit, the
 * time from the edit to the end of the frame that shows it, over N edits,
 * each on another visible event. The write to the file is not waited for
 * (the window does not wait for it either); it is let finish between edits.
 */
int
bench_edit (int    argc,
            char **argv)
{
  int n_events = 100000;
  int n_edits = 100;
  int history = 0;
  int runs = 9;
  gboolean trace = FALSE;
  GOptionEntry entries[] = {
    { "events", 0, 0, G_OPTION_ARG_INT, &n_events, "Number of generated events", "N" },
    { "edits", 0, 0, G_OPTION_ARG_INT, &n_edits, "Edits of each kind", "N" },
    { "startup-history", 0, 0, G_OPTION_ARG_INT, &history,
      "Time start-up with a history of N edits instead", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Starts of each file, with --startup-history", "N" },
    { "trace", 0, 0, G_OPTION_ARG_NONE, &trace, "Print each edit's time on standard error", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— from an edit to the frame that shows it");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree double *times = NULL;
  Bench bench = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_events <= 0 || n_edits <= 0)
    {
      g_printerr ("chronicle-bench edit: %s\n", error ? error->message : "counts must be positive");
      return 2;
    }
  if (history > 0)
    return bench_history_startup (n_events, history, MAX (runs, 1));
  if (!(dir = g_dir_make_tmp ("chronicle-bench-XXXXXX", &error)))
    goto failed;
  path = g_build_filename (dir, "timeline.db", NULL);
  if (!bench_write_timeline_file (path, (guint) n_events, &error) ||
      !bench_set_up (&bench, path, n_edits, &error))
    goto failed;

  times = g_new (double, n_edits);
  for (EditKind kind = 0; kind < N_EDIT_KINDS; kind++)
    {
      for (int i = 0; i < n_edits; i++)
        {
          times[i] = time_edit (&bench, kind, (guint) i);
          if (trace)
            g_printerr ("%s %d %.2f ms\n", kind_names[kind], i, times[i]);
          wait_idle (bench.session);
        }
      report (kind, (guint) n_events, times, n_edits);
    }
  bench_tear_down (&bench);
  bench_remove_folder (dir);
  return 0;

failed:
  g_printerr ("chronicle-bench edit: %s\n", error->message);
  bench_tear_down (&bench);
  if (dir != NULL)
    bench_remove_folder (dir);
  return 1;
}
