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

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

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
  GOptionEntry entries[] = {
    { "events", 0, 0, G_OPTION_ARG_INT, &n_events, "Number of generated events", "N" },
    { "edits", 0, 0, G_OPTION_ARG_INT, &n_edits, "Edits of each kind", "N" },
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
          wait_idle (bench.session);
        }
      report (kind, (guint) n_events, times, n_edits);
    }
  bench_tear_down (&bench);
  g_remove (path);
  g_rmdir (dir);
  return 0;

failed:
  g_printerr ("chronicle-bench edit: %s\n", error->message);
  bench_tear_down (&bench);
  return 1;
}
