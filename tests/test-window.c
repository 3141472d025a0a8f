/* test-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

#include "chr-application.h"
#include "chr-articles-window-private.h"
#include "chr-date-format.h"
#include "chr-date-parse.h"
#include "chr-event-panel-private.h"
#include "chr-importer.h"
#include "chr-overview-private.h"
#include "chr-timeline-view-private.h"
#include "chr-window-private.h"
#include "chr-filter-bar.h"
#include "gui-fixture.h"
#include "test-util.h"

static void
test_click_event (WindowFixture *f,
                  gconstpointer  data)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  ChrEventPanel *panel = chr_window_get_event_panel (f->window);
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  graphene_rect_t rect;
  const char *excerpt;

  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (chr_session_get_n_events (SESSION (f->window)), >=, 20);
  g_assert_true (wait_for (f, event_drawn, &id));
  g_assert_null (chr_event_panel_get_title (panel));

  g_assert_true (chr_timeline_view_get_event_rect (timeline, id, &rect));
  click_at (f, GTK_WIDGET (timeline), rect.origin.x + rect.size.width / 2, rect.origin.y + rect.size.height / 2);
  g_assert_true (wait_for (f, panel_shows_event, NULL));

  g_assert_cmpint (chr_session_get_selected (SESSION (f->window)), ==, id);
  g_assert_cmpstr (chr_event_panel_get_date_text (panel), ==, "Thursday, 24 February 2022");
  g_assert_cmpuint (chr_event_panel_get_n_excerpts (panel), >=, 1);
  excerpt = gtk_label_get_text (chr_event_panel_get_excerpt_label (panel, 0));
  g_assert_nonnull (strstr (excerpt, "Russia invaded Ukraine on February 24, 2022"));
  /* The date phrase is marked in the excerpt. */
  g_assert_nonnull (strstr (gtk_label_get_label (chr_event_panel_get_excerpt_label (panel, 0)),
                            "underline=\"single\">February 24, 2022</span>"));
}

static void
test_keyboard (WindowFixture *f,
               gconstpointer  data)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  gint64 begin, end, span, selected;
  graphene_rect_t rect;

  g_assert_true (wait_for (f, event_drawn, &id));
  g_assert_true (chr_timeline_view_get_event_rect (timeline, id, &rect));
  click_at (f, GTK_WIDGET (timeline), rect.origin.x + rect.size.width / 2, rect.origin.y + rect.size.height / 2);
  g_assert_true (wait_for (f, panel_shows_event, NULL));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (timeline)));

  /* Right moves to the next event in time. */
  selected = chr_session_get_selected (SESSION (f->window));
  key (f, "Right");
  g_assert_true (wait_for (f, selection_changed, &selected));
  g_assert_cmpint (chr_session_get_selected (SESSION (f->window)), !=, id);

  /* Control+plus zooms in, Control+minus out, Control+0 fits everything again. */
  get_visible (SESSION (f->window), &begin, &end);
  span = end - begin;
  key (f, "ctrl+plus");
  g_assert_true (wait_for (f, span_changed, &span));
  get_visible (SESSION (f->window), &begin, &end);
  g_assert_cmpint (end - begin, <, span);

  key (f, "ctrl+0");
  g_assert_true (wait_for (f, span_changed, &(gint64) { end - begin }));
  get_visible (SESSION (f->window), &begin, &end);
  g_assert_cmpint (end - begin, ==, span);

  key (f, "ctrl+minus");
  g_assert_true (wait_for (f, span_changed, &span));
  get_visible (SESSION (f->window), &begin, &end);
  g_assert_cmpint (end - begin, >, span);
}

static gboolean
spinner_shown (WindowFixture *f,
               gconstpointer  data)
{
  return gtk_widget_get_visible (find_descendant (GTK_WIDGET (f->window), GTK_TYPE_SPINNER));
}

static void
test_import (WindowFixture *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "new.txt", NULL);
  const char * const paths[] = { path, NULL };
  guint before = chr_session_get_n_events (SESSION (f->window));
  sqlite3 *raw = NULL;
  gint64 id;

  g_assert_true (g_file_set_contents (path, "Moon landing remembered\n"
                                            "Apollo 11 landed on the Moon on July 20, 1969.\n", -1, NULL));
  /* Another program holds the file for a while: the import waits, and
   * the header bar says that work is under way. */
  g_assert_cmpint (sqlite3_open (f->db_path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  chr_window_import (f->window, paths);
  g_assert_true (chr_session_get_busy (SESSION (f->window)));
  g_assert_true (wait_for (f, spinner_shown, NULL));
  g_assert_cmpint (sqlite3_exec (raw, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (wait_for (f, idle, NULL));
  g_assert_false (spinner_shown (f, NULL));

  /* The new event is there at once, no restart. */
  g_assert_cmpuint (chr_session_get_n_events (SESSION (f->window)), ==, before + 1);
  id = find_event_id (DATABASE (f->window), "1969-07-20");
  g_assert_cmpint (id, >, 0);
  /* One article's aside decades before the news is not where the view's
   * fit frames; Home goes to it, the first event, and draws it. */
  gtk_widget_grab_focus (GTK_WIDGET (chr_window_get_timeline (f->window)));
  key (f, "Home");
  g_assert_true (wait_for (f, selection_changed, &(gint64) { -1 }));
  g_assert_cmpint (chr_session_get_selected (SESSION (f->window)), ==, id);
  g_assert_true (wait_for (f, event_drawn, &id));
}

/* The instant under a point of the timeline, from its visible range. */
static gint64
time_at (ChrTimelineView *timeline,
         double           x)
{
  gint64 begin, end;

  get_visible (chr_timeline_view_get_session (timeline), &begin, &end);
  return begin + (gint64) ((double) (end - begin) * x / gtk_widget_get_width (GTK_WIDGET (timeline)));
}

static void
test_wheel_zoom_at_pointer (WindowFixture *f,
                            gconstpointer  data)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  g_autofree char *xid = NULL;
  double x = gtk_widget_get_width (GTK_WIDGET (timeline)) * 0.7;
  gint64 before_begin, before_end, instant, after;
  graphene_point_t point;
  double dx, dy;
  g_autofree char *sx = NULL;
  g_autofree char *sy = NULL;

  g_assert_true (wait_for (f, event_drawn, &id));
  x = gtk_widget_get_width (GTK_WIDGET (timeline)) * 0.7;
  instant = time_at (timeline, x);
  get_visible (SESSION (f->window), &before_begin, &before_end);

  /* Control and the wheel, through the X server, with the pointer at 70 %. */
  xid = window_xid (f);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (timeline), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (x, 20), &point));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &dx, &dy);
  sx = g_strdup_printf ("%d", (int) (point.x + dx));
  sy = g_strdup_printf ("%d", (int) (point.y + dy));
  xdotool ("mousemove", "--window", xid, sx, sy, NULL);
  xdotool ("keydown", "ctrl", NULL);
  xdotool ("click", "4", NULL);
  xdotool ("keyup", "ctrl", NULL);
  g_assert_true (wait_for (f, span_changed, &(gint64) { before_end - before_begin }));

  {
    gint64 begin, end;

    get_visible (SESSION (f->window), &begin, &end);
    g_assert_cmpint (end - begin, <, before_end - before_begin);
    /* The instant under the pointer stays under it, to within a pixel or two. */
    after = time_at (timeline, x);
    g_assert_cmpint (ABS (after - instant), <=, 2 * (end - begin) / gtk_widget_get_width (GTK_WIDGET (timeline)) + 1);
  }
}

static void
test_keyboard_time_order (WindowFixture *f,
                          gconstpointer  data)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  g_autoptr(GPtrArray) events = chr_database_list_events (DATABASE (f->window), NULL, 0, FALSE, NULL);
  gint64 id = ((ChrEvent *) events->pdata[0])->id;
  gint64 previous_begin = G_MININT64;

  g_assert_true (wait_for (f, event_drawn, &id));
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  key (f, "End");
  g_assert_true (wait_for (f, selection_changed, &(gint64) { -1 }));
  g_assert_cmpint (chr_session_get_selected (SESSION (f->window)), ==, ((ChrEvent *) events->pdata[events->len - 1])->id);

  /* Home, then Right through every event: each comes in the order of time. */
  key (f, "Home");
  g_assert_true (wait_for (f, selection_changed, &(gint64) { ((ChrEvent *) events->pdata[events->len - 1])->id }));
  for (guint i = 0; i < events->len; i++)
    {
      gint64 selected = chr_session_get_selected (SESSION (f->window));
      const ChrEvent *event = NULL;

      for (guint j = 0; j < events->len; j++)
        if (((ChrEvent *) events->pdata[j])->id == selected)
          event = events->pdata[j];
      g_assert_nonnull (event);
      g_assert_cmpint (event->interval.begin, >=, previous_begin);
      previous_begin = event->interval.begin;
      /* A screen reader says its date, label and number of sources. */
      {
        g_autofree char *date = chr_date_format_event (&event->interval, event->flags, CHR_DATE_STYLE_LONG);
        g_autofree char *expected = g_strdup_printf ("%s: %s, reported by %u article%s", date, event->title,
                                                     event->n_sources, event->n_sources == 1 ? "" : "s");
        g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (timeline),
                                                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                                        expected);

        g_assert_null (mismatch);
      }
      if (i + 1 < events->len)
        {
          key (f, "Right");
          g_assert_true (wait_for (f, selection_changed, &selected));
        }
    }
}

/* A timeline moved to another window keeps its events and draws them again. */
static void
test_reparent (void)
{
  ChrTimelineItem items[] = {
    { 1, 0, 0, CHR_GRANULARITY_DAY, "Treaty signed", 2, 0 },
    { 2, 0, 0, CHR_GRANULARITY_DAY, "Talks resumed", 1, 0 },
  };
  GtkWidget *first = gtk_window_new ();
  GtkWidget *second = gtk_window_new ();
  GtkWidget *view = chr_timeline_view_new ();
  g_autoptr(ChrSession) session = chr_session_new ();
  g_autoptr(ChrTimelineIndex) index = NULL;
  graphene_rect_t rect;
  gint64 deadline;

  items[0].begin = chr_time_from_civil (2020, 5, 1, 0, 0, 0);
  items[1].begin = chr_time_from_civil (2021, 5, 1, 0, 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    items[i].end = items[i].begin + CHR_SECONDS_PER_DAY;
  index = chr_timeline_index_new (items, G_N_ELEMENTS (items));
  chr_session_set_index (session, index);
  chr_timeline_view_set_session (CHR_TIMELINE_VIEW (view), session);

  gtk_window_set_default_size (GTK_WINDOW (first), 800, 400);
  gtk_window_set_child (GTK_WINDOW (first), view);
  gtk_window_present (GTK_WINDOW (first));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!chr_timeline_view_get_event_rect (CHR_TIMELINE_VIEW (view), 2, &rect) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (chr_timeline_view_get_event_rect (CHR_TIMELINE_VIEW (view), 2, &rect));

  g_object_ref (view);
  gtk_window_set_child (GTK_WINDOW (first), NULL);
  gtk_window_set_default_size (GTK_WINDOW (second), 800, 400);
  gtk_window_set_child (GTK_WINDOW (second), view);
  g_object_unref (view);
  gtk_window_present (GTK_WINDOW (second));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!chr_timeline_view_get_event_rect (CHR_TIMELINE_VIEW (view), 2, &rect) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (chr_timeline_view_get_event_rect (CHR_TIMELINE_VIEW (view), 2, &rect));
  g_assert_true (chr_timeline_view_get_session (CHR_TIMELINE_VIEW (view)) == session);

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until the timeline has drawn every card it has room
 * for, at most ten seconds; nothing but the timeline asks for frames. */
static gboolean
wait_settled (ChrTimelineView *view)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!chr_timeline_view_is_settled (view) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return chr_timeline_view_is_settled (view);
}

/* A crowd whose cards take many frames to shape: the timeline asks for
 * those frames itself, with nothing else drawing. */
static void
test_fill_in (void)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ChrTimelineItem));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = chr_timeline_view_new ();
  g_autoptr(ChrSession) session = chr_session_new ();
  g_autoptr(ChrTimelineIndex) index = NULL;
  gint64 first = chr_time_from_civil (1900, 1, 1, 0, 0, 0);
  gint64 last = chr_time_from_civil (2026, 1, 1, 0, 0, 0);

  for (guint i = 0; i < 20000; i++)
    {
      ChrTimelineItem item = {
        .id = i + 1,
        .begin = first + (last - first) / 20000 * i,
        .granularity = CHR_GRANULARITY_DAY,
        .label = "An event like the others",
        .importance = 1,
      };

      item.end = item.begin + CHR_SECONDS_PER_DAY;
      g_array_append_val (items, item);
    }
  index = chr_timeline_index_new ((ChrTimelineItem *) (gpointer) items->data, items->len);
  chr_session_set_index (session, index);
  chr_timeline_view_set_session (CHR_TIMELINE_VIEW (view), session);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (wait_settled (CHR_TIMELINE_VIEW (view)));
  /* Far more cards than one frame shapes. */
  g_assert_cmpuint (chr_timeline_view_get_n_cards (CHR_TIMELINE_VIEW (view)), >, 64);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop for a while, as frames go by. */
static void
run_for (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* A quick drag to the left through the X server, 300 pixels: a fling
 * toward later times. Returns how far the view went, in drag lengths,
 * once it came to rest, after checking that it did. */
static double
fling_once (WindowFixture   *f,
            ChrTimelineView *timeline)
{
  g_autofree char *xid = window_xid (f);
  gint64 begin0, end0, released, settled;
  graphene_point_t from;
  double dx, dy;
  char x0[16], y[16];

  get_visible (SESSION (f->window), &begin0, &end0);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (timeline), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (600, 30), &from));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &dx, &dy);
  g_snprintf (x0, sizeof x0, "%d", (int) (from.x + dx));
  g_snprintf (y, sizeof y, "%d", (int) (from.y + dy));
  xdotool ("mousemove", "--window", xid, x0, y, NULL);
  xdotool ("mousedown", "1", NULL);
  for (int step = 1; step <= 6; step++)
    {
      char x[16];

      /* 50 pixels every 10 ms: a quick flick of the hand. */
      g_snprintf (x, sizeof x, "%d", (int) (from.x + dx) - 50 * step);
      run_for (10);
      xdotool ("mousemove", "--window", xid, x, y, NULL);
    }
  xdotool ("mouseup", "1", NULL);

  /* It moved with the pointer, went on gliding after the release, and came to rest. */
  run_for (150);
  get_visible (SESSION (f->window), &settled, NULL);
  g_assert_cmpint (settled, >, begin0);
  for (int tries = 0; tries < 40; tries++)
    {
      gint64 now;

      run_for (100);
      get_visible (SESSION (f->window), &now, NULL);
      if (now == settled)
        break;
      settled = now;
    }
  run_for (100);
  get_visible (SESSION (f->window), &released, NULL);
  g_assert_cmpint (released, ==, settled);
  return (double) (settled - begin0) / (300 * (double) (end0 - begin0) / gtk_widget_get_width (GTK_WIDGET (timeline)));
}

/* The view glides on after the release: farther than the 300 pixels the
 * pointer went. The speed of a flick is read from the times of the X
 * server's events; on a busy machine they can come too late to be one,
 * so a flick is tried up to three times, and one must glide. */
static void
test_fling_glides (WindowFixture *f,
                   gconstpointer  data)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  double went = 0;

  g_assert_true (wait_for (f, event_drawn, &id));
  for (int attempt = 0; attempt < 3 && went <= 1.2; attempt++)
    {
      if (attempt > 0)
        g_action_group_activate_action (G_ACTION_GROUP (f->window), "zoom-fit", NULL);
      went = fling_once (f, timeline);
      g_test_message ("flick %d: the view went %.2f drag lengths", attempt + 1, went);
    }
  g_assert_cmpfloat (went, >, 1.2);
}

static void
test_overview_brush (WindowFixture *f,
                     gconstpointer  data)
{
  ChrOverview *overview = chr_window_get_overview (f->window);
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  g_autofree char *xid = NULL;
  gint64 begin0, end0, begin1, end1;
  ChrInterval year;
  double brush_x, brush_width, dx, dy;
  graphene_point_t from;
  char x0[16], x1[16], y[16];

  g_assert_true (wait_for (f, event_drawn, &id));
  /* Zoomed in on 2016, the brush is a narrow window in the overview. */
  g_assert_true (chr_date_parse ("2016", &year));
  chr_session_go_to (SESSION (f->window), year.begin, year.end);
  run_for (100);
  get_visible (SESSION (f->window), &begin0, &end0);
  chr_overview_get_brush (overview, &brush_x, &brush_width);
  g_assert_cmpfloat (brush_width, <, gtk_widget_get_width (GTK_WIDGET (overview)) / 2.0);

  /* Dragging the brush to the right by 100 pixels moves the view later, at the same zoom. */
  xid = window_xid (f);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (overview), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (brush_x + brush_width / 2,
                                                                 gtk_widget_get_height (GTK_WIDGET (overview)) / 2.0),
                                           &from));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &dx, &dy);
  g_snprintf (x0, sizeof x0, "%d", (int) (from.x + dx));
  g_snprintf (x1, sizeof x1, "%d", (int) (from.x + dx) + 100);
  g_snprintf (y, sizeof y, "%d", (int) (from.y + dy));
  xdotool ("mousemove", "--window", xid, x0, y, NULL);
  xdotool ("mousedown", "1", NULL);
  run_for (30);
  xdotool ("mousemove", "--window", xid, x1, y, NULL);
  run_for (30);
  xdotool ("mouseup", "1", NULL);
  run_for (100);

  get_visible (SESSION (f->window), &begin1, &end1);
  g_assert_cmpint (begin1, >, begin0);
  g_assert_cmpint (end1 - begin1, ==, end0 - begin0);
}

static gboolean
has_clusters (WindowFixture *f,
              gconstpointer  data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (f->window)) &&
         chr_timeline_view_get_n_clusters (chr_window_get_timeline (f->window)) > 0;
}

static gboolean
settled (WindowFixture *f,
         gconstpointer  data)
{
  return chr_timeline_view_is_settled (chr_window_get_timeline (f->window));
}

/* Thousands of events, too many for a card each: some fold into clusters. */
static void
test_cluster_click (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "dense.db", NULL);
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrWindow) window = NULL;
  WindowFixture f = { 0 };
  graphene_rect_t rect;
  gint64 begin, end, view_begin, view_end, view_begin0, view_end0;
  guint count;
  sqlite3 *raw = NULL;

  db = chr_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (chr_database_set_extraction_version (db, CHR_EXTRACTION_VERSION, &error));
  g_clear_object (&db);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)"
                                 " INSERT INTO events (title, value, begin_time, end_time, granularity, importance,"
                                 " flags, n_sources)"
                                 " SELECT 'Event number ' || i, '2000', 946684800 + i * 86400 * 7,"
                                 " 946684800 + i * 86400 * 7 + 86400, 'day', 1 + i % 3, 0, 1 + i % 3 FROM n",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  window = g_object_ref_sink (chr_window_new (test_app, path));
  f.window = window;
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (&f, has_clusters, NULL));
  /* Cards that waited for their text come in the following frames, unasked. */
  g_assert_true (wait_for (&f, settled, NULL));

  g_assert_true (chr_timeline_view_get_cluster (chr_window_get_timeline (window), 0, &rect, &begin, &end, &count));
  g_assert_cmpuint (count, >, 1);
  get_visible (SESSION (window), &view_begin0, &view_end0);

  click_at (&f, GTK_WIDGET (chr_window_get_timeline (window)),
            rect.origin.x + rect.size.width / 2, rect.origin.y + rect.size.height / 2);
  g_assert_true (wait_for (&f, span_changed, &(gint64) { view_end0 - view_begin0 }));

  /* The view closes in on the cluster's events. */
  get_visible (SESSION (window), &view_begin, &view_end);
  g_assert_cmpint (view_end - view_begin, <, view_end0 - view_begin0);
  g_assert_cmpint (view_begin, <=, begin);
  g_assert_cmpint (view_end, >=, end);

  gtk_window_destroy (GTK_WINDOW (window));
  chr_test_remove_tree (dir);
}

static void
test_range_restored (WindowFixture *f,
                     gconstpointer  data)
{
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  ChrInterval year;
  g_autoptr(ChrWindow) again = NULL;
  gint64 begin, end, shown_begin, shown_end;

  g_assert_true (wait_for (f, event_drawn, &id));
  g_assert_true (chr_date_parse ("2022", &year));
  chr_session_go_to (SESSION (f->window), year.begin, year.end);
  get_visible (SESSION (f->window), &shown_begin, &shown_end);
  g_assert_cmpint (shown_begin, <, year.begin);
  g_assert_cmpint (shown_end, >, year.end);

  /* Closed (as the window manager would ask), and opened again: the same stretch of time. */
  {
    gboolean stop = FALSE;

    g_signal_emit_by_name (f->window, "close-request", &stop);
  }
  again = g_object_ref_sink (chr_window_new (test_app, f->db_path));
  get_visible (SESSION (again), &begin, &end);
  gtk_window_present (GTK_WINDOW (again));
  while (gtk_widget_get_width (GTK_WIDGET (chr_window_get_timeline (again))) <= 0)
    g_main_context_iteration (NULL, TRUE);
  get_visible (SESSION (again), &begin, &end);
  g_assert_cmpint (ABS (begin - shown_begin), <, 86400);
  g_assert_cmpint ((end - begin) / 86400, ==, (shown_end - shown_begin) / 86400);
  gtk_window_destroy (GTK_WINDOW (again));
}

static ChrArticlesWindow *
find_articles_window (void)
{
  return (ChrArticlesWindow *) find_toplevel (CHR_TYPE_ARTICLES_WINDOW);
}

/* The filter by number of sources, and loads asked for one after another:
 * the newer cancels the older, and the timeline shows what was asked last. */
static void
test_min_sources (WindowFixture *f,
                  gconstpointer  data)
{
  ChrDatabase *db = DATABASE (f->window);
  g_autoptr(GPtrArray) all = chr_database_list_events (db, NULL, 0, FALSE, NULL);
  g_autoptr(GPtrArray) widely = chr_database_list_events (db, NULL, 3, FALSE, NULL);

  g_assert_cmpuint (widely->len, >, 0);
  g_assert_cmpuint (widely->len, <, all->len);
  g_assert_cmpuint (chr_session_get_n_events (SESSION (f->window)), ==, all->len);

  chr_session_set_min_sources (SESSION (f->window), 3);
  g_assert_true (wait_for (f, idle, NULL));
  g_assert_cmpuint (chr_session_get_n_events (SESSION (f->window)), ==, widely->len);

  chr_session_set_min_sources (SESSION (f->window), 2);
  chr_session_set_min_sources (SESSION (f->window), 0);
  g_assert_true (wait_for (f, idle, NULL));
  g_assert_cmpuint (chr_session_get_n_events (SESSION (f->window)), ==, all->len);
}

static gboolean
articles_window_shown (WindowFixture *f,
                       gconstpointer  data)
{
  return find_articles_window () != NULL;
}

static gboolean
has_event_on (WindowFixture *f,
              gconstpointer  data)
{
  return find_event_id (DATABASE (f->window), data) > 0 &&
         chr_session_get_n_events (SESSION (f->window)) ==
         (guint) chr_database_count (DATABASE (f->window), "events");
}

static gboolean
articles_listed (WindowFixture *f,
                 gconstpointer  data)
{
  return chr_articles_window_get_n_articles ((ChrArticlesWindow *) data) > 0;
}

static void
test_set_article_date (WindowFixture *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "undated.txt", NULL);
  const char * const paths[] = { path, NULL };
  ChrArticlesWindow *articles;
  AdwEntryRow *row = NULL;
  g_autofree char *xid = NULL;

  /* An article with no date: "on Monday" waits for one. */
  g_assert_true (g_file_set_contents (path, "Geneva talks\nThe envoys met on Monday in Geneva.\n", -1, NULL));
  chr_window_import (f->window, paths);
  g_assert_true (wait_for (f, idle, NULL));
  g_assert_cmpint (find_event_id (DATABASE (f->window), "2025-09-01"), <, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.articles", NULL);
  g_assert_true (wait_for (f, articles_window_shown, NULL));
  articles = find_articles_window ();
  /* The articles are read in the background. */
  g_assert_true (wait_for (f, articles_listed, articles));
  g_assert_cmpuint (chr_articles_window_get_n_articles (articles), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      AdwEntryRow *candidate = chr_articles_window_get_row (articles, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (candidate)), "Geneva talks") == 0)
        row = candidate;
    }
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  /* It says that a date waits. */
  g_assert_nonnull (g_object_get_data (G_OBJECT (row), "waiting-label"));
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "waiting-label")));

  /* Typed as a person would, then Enter: the Monday snaps into place. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (articles))));
  xdotool ("windowfocus", "--sync", xid, NULL);
  xdotool ("type", "2025-09-03", NULL);
  xdotool ("key", "Return", NULL);
  g_assert_true (wait_for (f, has_event_on, "2025-09-01"));
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "waiting-label")));

  gtk_window_destroy (GTK_WINDOW (articles));
}

/* The longest the main loop may wait while work goes on in the background,
 * on a quiet machine. Code built for AddressSanitizer runs several times
 * slower. On a busy machine every wait stretches, the refresh with it: the
 * bound grows to a tenth of the refresh, which work done on the main loop
 * would still exceed. */
#if defined(__SANITIZE_ADDRESS__)
#define MAIN_LOOP_BUDGET_MS 200
#else
#define MAIN_LOOP_BUDGET_MS 50
#endif

typedef struct
{
  gint64 last;
  gint64 longest;
} Heartbeat;

static gboolean
heartbeat_cb (gpointer user_data)
{
  Heartbeat *beat = user_data;
  gint64 now = g_get_monotonic_time ();

  beat->longest = MAX (beat->longest, now - beat->last);
  beat->last = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
old_events_drawn (WindowFixture *f,
                  gconstpointer  data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (f->window)) &&
         chr_session_get_n_events (SESSION (f->window)) > 0 &&
         chr_timeline_view_is_settled (chr_window_get_timeline (f->window));
}

static gboolean
refreshed (WindowFixture *f,
           gconstpointer  data)
{
  ChrSession *session = SESSION (f->window);

  return !chr_session_get_busy (session) &&
         chr_database_get_extraction_version (chr_session_get_database (session)) == CHR_EXTRACTION_VERSION;
}

/* Articles of a few sentences, each with its own dates and words (a
 * line that many articles share, however its numbers change, would be
 * their source's boilerplate). */
static void
write_articles (const char *dir,
                guint       n)
{
  static const char *months[] = { "January", "March", "May", "July", "September", "November" };
  static const char *bodies[] = { "council", "assembly", "board", "committee", "senate", "cabinet", "court" };
  static const char *deeds[] = { "approved", "rejected", "delayed", "amended", "debated" };
  static const char *plans[] = { "harbour plan", "rail link", "budget", "bridge", "school reform", "tram line",
                                 "water tariff", "park", "stadium", "museum", "airport road" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/article-%04u.txt", dir, i);
      const char *body = bodies[i % G_N_ELEMENTS (bodies)];
      const char *deed = deeds[(i / 7) % G_N_ELEMENTS (deeds)];
      const char *plan = plans[(i / 35) % G_N_ELEMENTS (plans)];
      g_autofree char *text = g_strdup_printf ("The %s %s the %s\n"
                                               "date %u-06-15\n"
                                               "The %s of district %u %s the %s on %s %u, %u. "
                                               "Officials said on Monday that work would begin in %u. "
                                               "The first plan was drafted in %u and rejected two years later.\n",
                                               body, deed, plan, 1990 + i % 30, body, i, deed, plan, months[i % 6],
                                               1 + i % 27, 1990 + i % 30, 1991 + i % 30, 1980 + i % 9);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
}

/* A newer engine extracts 2,000 articles again in the background: the
 * window keeps answering all along. */
static void
test_responsive_refresh (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-gui-XXXXXX", NULL);
  g_autofree char *articles = g_build_filename (dir, "articles", NULL);
  g_autofree char *path = g_build_filename (dir, "large.db", NULL);
  const char * const paths[] = { articles, NULL };
  g_autoptr(ChrWindow) window = NULL;
  g_autoptr(GError) error = NULL;
  WindowFixture f = { 0 };
  Heartbeat beat = { 0 };
  gint64 started, timed, refresh;
  guint heartbeat;

  g_mkdir (articles, 0755);
  write_articles (articles, 2000);
  {
    g_autoptr(ChrDatabase) db = chr_database_open (path, &error);
    g_autoptr(ChrImportReport) report = NULL;

    g_assert_no_error (error);
    report = chr_importer_import_paths (db, paths, NULL, NULL);
    g_assert_cmpuint (report->n_added, ==, 2000);
    g_assert_true (chr_database_set_extraction_version (db, 1, &error));
  }

  started = g_get_monotonic_time ();
  window = g_object_ref_sink (chr_window_new (test_app, path));
  f.window = window;
  /* Every frame the software renderer of the tests paints is a wait of
   * its own, in proportion to the window's area: a laptop's size. */
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 600);
  gtk_window_present (GTK_WINDOW (window));
  /* The events of the older engine are shown meanwhile: once they are
   * drawn, the main loop is timed until the new ones are in. */
  g_assert_true (wait_for (&f, old_events_drawn, NULL));
  g_assert_true (chr_session_get_progress (SESSION (window)) >= 0);
  timed = beat.last = g_get_monotonic_time ();
  heartbeat = g_timeout_add (5, heartbeat_cb, &beat);
  g_assert_true (wait_for (&f, refreshed, NULL));
  refresh = g_get_monotonic_time () - timed;
  g_source_remove (heartbeat);

  g_test_message ("extracted 2,000 articles again in %" G_GINT64_FORMAT " ms, %" G_GINT64_FORMAT
                  " ms of it timed; longest wait of the main loop %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - started) / 1000, refresh / 1000,
                  beat.longest / 1000);
  g_assert_cmpuint (chr_session_get_n_articles (SESSION (window)), ==, 2000);
  g_assert_cmpuint (chr_session_get_n_events (SESSION (window)), >, 2000);
  g_assert_cmpint (beat.longest, <=, MAX (MAIN_LOOP_BUDGET_MS * 1000, refresh / 10));

  gtk_window_destroy (GTK_WINDOW (window));
  chr_test_remove_tree (dir);
}

static void
test_damaged_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *contents = NULL;
  ChrWindow *window;

  g_assert_true (g_file_set_contents (path, "My notes, which are not a timeline at all, but long enough.", -1, NULL));
  g_test_expect_message ("chr-window", G_LOG_LEVEL_WARNING, "*is not a Chronicle timeline*");
  window = g_object_ref_sink (chr_window_new (test_app, path));
  g_test_assert_expected_messages ();

  /* The window says what is wrong, offers nothing that would write, and leaves the file alone. */
  g_assert_null (DATABASE (window));
  g_assert_nonnull (strstr (chr_window_get_problem (window), "notes.db"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "My notes"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_remove (path);
  g_rmdir (dir);
}

static GtkWidget *
find_with_data (GtkWidget  *root,
                const char *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_object_get_data (G_OBJECT (child), key) != NULL)
        return child;
      if ((found = find_with_data (child, key)))
        return found;
    }
  return NULL;
}

static ChrFilterBar *
filter_bar (WindowFixture *f)
{
  return CHR_FILTER_BAR (find_descendant (GTK_WIDGET (f->window), CHR_TYPE_FILTER_BAR));
}

static gboolean
chips_shown (WindowFixture *f,
             gconstpointer  data)
{
  ChrFilterBar *bar = filter_bar (f);

  GtkWidget *last = gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (bar)));

  return idle (f, NULL) && chr_filter_bar_get_n_chips (bar) == GPOINTER_TO_UINT (data) &&
         gtk_widget_get_visible (GTK_WIDGET (bar)) == (data != NULL) &&
         (data == NULL || (gtk_widget_get_mapped (last) && gtk_widget_get_width (last) > 0));
}

static gboolean
reading (WindowFixture *f,
         gconstpointer  data)
{
  return chr_session_get_reading_article (SESSION (f->window)) > 0;
}

/* A filter from the menu shows as a chip over the timeline; a click on
 * "Clear All" shows every event again. */
static void
test_filters (WindowFixture *f,
              gconstpointer  data)
{
  ChrSession *session = SESSION (f->window);
  ChrInterval year;
  guint n = chr_session_get_n_events (session);
  GtkWidget *clear_all;
  GtkWidget *only;
  ChrArticlesWindow *articles;

  g_assert_true (wait_for (f, chips_shown, NULL));
  g_assert_true (chr_date_parse ("2025", &year));
  chr_session_set_visible (session, &(ChrTimeSpan) { year.begin, year.end });
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter-visible-dates", NULL);
  g_assert_true (wait_for (f, chips_shown, GUINT_TO_POINTER (1)));
  g_assert_cmpuint (chr_session_get_n_events (session), <, n);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.starred-only", NULL);
  g_assert_true (wait_for (f, chips_shown, GUINT_TO_POINTER (2)));
  g_assert_cmpuint (chr_session_get_n_events (session), ==, 0);

  clear_all = gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (filter_bar (f))));
  g_assert_true (GTK_IS_BUTTON (clear_all));
  click_at (f, clear_all, gtk_widget_get_width (clear_all) / 2, gtk_widget_get_height (clear_all) / 2);
  g_assert_true (wait_for (f, chips_shown, NULL));
  g_assert_false (chr_session_get_starred_only (session));
  g_assert_cmpuint (chr_session_get_n_events (session), ==, n);

  /* An article's events, from the list of articles. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.articles", NULL);
  g_assert_true (wait_for (f, articles_window_shown, NULL));
  articles = find_articles_window ();
  g_assert_true (wait_for (f, articles_listed, articles));
  only = find_with_data (GTK_WIDGET (chr_articles_window_get_row (articles, 0)), "article-id");
  g_assert_true (GTK_IS_BUTTON (only));
  gtk_widget_activate (only);
  g_assert_true (wait_for (f, chips_shown, GUINT_TO_POINTER (1)));
  g_assert_cmpuint (chr_session_get_n_events (session), <, n);
  g_assert_cmpint (chr_session_get_article_filter (session), >, 0);

  /* Newest first: the dates as shown go down. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.articles", NULL);
  g_assert_true (wait_for (f, articles_window_shown, NULL));
  articles = find_articles_window ();
  g_assert_true (wait_for (f, articles_listed, articles));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_descendant (GTK_WIDGET (articles), GTK_TYPE_DROP_DOWN)), 1);
  for (guint i = 1; i < chr_articles_window_get_n_articles (articles); i++)
    {
      const char *before = gtk_editable_get_text (GTK_EDITABLE (chr_articles_window_get_row (articles, i - 1)));
      const char *after = gtk_editable_get_text (GTK_EDITABLE (chr_articles_window_get_row (articles, i)));

      g_assert_true (*after == '\0' || strcmp (before, after) >= 0);
    }
  gtk_window_destroy (GTK_WINDOW (articles));

  /* And the article itself, in the reader. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.articles", NULL);
  g_assert_true (wait_for (f, articles_window_shown, NULL));
  articles = find_articles_window ();
  g_assert_true (wait_for (f, articles_listed, articles));
  only = find_with_data (GTK_WIDGET (chr_articles_window_get_row (articles, 0)), "read-article-id");
  g_assert_true (GTK_IS_BUTTON (only));
  gtk_widget_activate (only);
  g_assert_true (wait_for (f, reading, NULL));
}

static gboolean
n_articles_listed (WindowFixture *f,
                   gconstpointer  data)
{
  ChrArticlesWindow *articles = find_articles_window ();

  return articles != NULL && !chr_session_get_busy (SESSION (f->window)) &&
         chr_articles_window_get_n_articles (articles) == GPOINTER_TO_UINT (data) &&
         chr_session_get_n_articles (SESSION (f->window)) == GPOINTER_TO_UINT (data);
}

static gboolean
toast_undo_shown (WindowFixture *f,
                  gconstpointer  data)
{
  ChrArticlesWindow *articles = find_articles_window ();

  return articles != NULL && find_button_labelled (GTK_WIDGET (articles), "_Undo") != NULL;
}

/* Deleting an article from the list: it goes with the events only it
 * reports; the toast's Undo brings both back. */
static void
test_delete_article (WindowFixture *f,
                     gconstpointer  data)
{
  ChrSession *session = SESSION (f->window);
  guint n_events = chr_session_get_n_events (session);
  guint n_articles = chr_session_get_n_articles (session);
  ChrArticlesWindow *articles;
  GtkWidget *delete;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.articles", NULL);
  g_assert_true (wait_for (f, articles_window_shown, NULL));
  articles = find_articles_window ();
  g_assert_true (wait_for (f, n_articles_listed, GUINT_TO_POINTER (n_articles)));
  delete = find_with_data (GTK_WIDGET (chr_articles_window_get_row (articles, 0)), "delete-article-id");
  g_assert_true (GTK_IS_BUTTON (delete));
  gtk_widget_activate (delete);

  g_assert_true (wait_for (f, n_articles_listed, GUINT_TO_POINTER (n_articles - 1)));
  g_assert_cmpuint (chr_session_get_n_events (session), <, n_events);
  g_assert_cmpstr (chr_session_get_undo_kind (session), ==, "delete-article");

  g_assert_true (wait_for (f, toast_undo_shown, NULL));
  gtk_widget_activate (find_button_labelled (GTK_WIDGET (articles), "_Undo"));
  g_assert_true (wait_for (f, n_articles_listed, GUINT_TO_POINTER (n_articles)));
  g_assert_cmpuint (chr_session_get_n_events (session), ==, n_events);
  gtk_window_destroy (GTK_WINDOW (articles));
}

static gboolean
results_shown (WindowFixture *f,
               gconstpointer  data)
{
  GtkListBox *results = chr_search_bar_get_results (f->window->search_bar);

  return gtk_list_box_get_row_at_index (results, 1) != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (gtk_list_box_get_row_at_index (results, 1)));
}

static gboolean
annexation_chosen (WindowFixture *f,
                   gconstpointer  data)
{
  ChrSession *session = SESSION (f->window);
  ChrTimelineIndex *index = chr_session_get_index (session);
  int position = chr_timeline_index_find (index, chr_session_get_selected (session));
  g_autofree char *label = NULL;

  if (position < 0)
    return FALSE;
  label = g_utf8_strdown (chr_timeline_index_get_item (index, (guint) position)->label, -1);
  return strstr (label, "annex") != NULL;
}

static gboolean
search_focused (WindowFixture *f,
                gconstpointer  data)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (f->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (chr_search_bar_get_entry (f->window->search_bar)));
}

/* Ctrl+F, a word, the first result picked: its event is chosen. */
static void
test_search (WindowFixture *f,
             gconstpointer  data)
{
  chr_session_set_selected (SESSION (f->window), -1);
  key (f, "ctrl+f");
  g_assert_true (wait_for (f, search_focused, NULL));
  /* A prefix: "annexe" finds "annexed". */
  gtk_editable_set_text (chr_search_bar_get_entry (f->window->search_bar), "annexe");
  g_assert_true (wait_for (f, results_shown, NULL));
  /* The first result, under the Events heading. */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (chr_search_bar_get_results (f->window->search_bar),
                                                                  1)));
  g_assert_true (wait_for (f, annexation_chosen, NULL));
}

/* The date under the search result titled @title, or NULL. */
static const char *
result_date (WindowFixture *f,
             const char    *title)
{
  GtkListBox *results = chr_search_bar_get_results (f->window->search_bar);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (results, i)); i++)
    {
      GtkWidget *first = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));

      if (GTK_IS_LABEL (first) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (first)), title) == 0 &&
          GTK_IS_LABEL (gtk_widget_get_next_sibling (first)))
        return gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (first)));
    }
  return NULL;
}

static gboolean
invasion_found (WindowFixture *f,
                gconstpointer  data)
{
  return results_shown (f, NULL) && result_date (f, "Russia invaded Ukraine") != NULL;
}

/* Search results say their dates as the preferences ask, and say them
 * again when the preference changes. */
static void
test_search_dates (WindowFixture *f,
                   gconstpointer  data)
{
  chr_session_set_date_precision (SESSION (f->window), CHR_GRANULARITY_YEAR);
  key (f, "ctrl+f");
  g_assert_true (wait_for (f, search_focused, NULL));
  gtk_editable_set_text (chr_search_bar_get_entry (f->window->search_bar), "invaded");
  g_assert_true (wait_for (f, invasion_found, NULL));
  g_assert_cmpstr (result_date (f, "Russia invaded Ukraine"), ==, "2022");

  chr_session_set_date_precision (SESSION (f->window), CHR_GRANULARITY_UNKNOWN);
  g_assert_cmpstr (result_date (f, "Russia invaded Ukraine"), ==, "24 Feb 2022");
}

static gboolean
merge_dialog_shown (WindowFixture *f,
                    gconstpointer  data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Merges the chosen events as far as the dialog: the dates it offers, each between "|". */
static char *
offered_dates (WindowFixture *f)
{
  GtkWindow *dialog;
  GtkWidget *titles, *dates;
  GListModel *model;
  g_autoptr(GString) text = g_string_new ("|");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-events", NULL);
  g_assert_true (wait_for (f, merge_dialog_shown, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  /* The titles' choice, then the dates'. */
  titles = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN);
  dates = gtk_widget_get_last_child (gtk_widget_get_next_sibling (gtk_widget_get_parent (titles)));
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (dates));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (text, "%s|", gtk_string_list_get_string (GTK_STRING_LIST (model), i));
  gtk_window_destroy (dialog);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The merge dialog says dates as the preferences ask, unless two would
 * then read alike. */
static void
test_merge_dates (WindowFixture *f,
                  gconstpointer  data)
{
  ChrSession *session = SESSION (f->window);
  g_autofree char *months = NULL;
  g_autofree char *days = NULL;

  chr_session_set_selected (session, find_event_id (DATABASE (f->window), "2025-02-12"));
  chr_session_toggle_selected (session, find_event_id (DATABASE (f->window), "2025-08-15"));
  g_assert_cmpuint (chr_session_get_n_selected (session), ==, 2);

  chr_session_set_date_precision (session, CHR_GRANULARITY_MONTH);
  months = offered_dates (f);
  g_assert_nonnull (strstr (months, "|February 2025|"));
  g_assert_nonnull (strstr (months, "|August 2025|"));

  chr_session_set_date_precision (session, CHR_GRANULARITY_YEAR);
  days = offered_dates (f);
  g_assert_nonnull (strstr (days, "12 February 2025|"));
  g_assert_nonnull (strstr (days, "15 August 2025|"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/window/click-event", WindowFixture, NULL, window_set_up, test_click_event, window_tear_down);
  g_test_add ("/gui/window/keyboard", WindowFixture, NULL, window_set_up, test_keyboard, window_tear_down);
  g_test_add ("/gui/window/import", WindowFixture, NULL, window_set_up, test_import, window_tear_down);
  g_test_add_func ("/gui/window/damaged-database", test_damaged_database);
  g_test_add_func ("/gui/window/responsive-refresh", test_responsive_refresh);
  g_test_add_func ("/gui/timeline/cluster-click", test_cluster_click);
  g_test_add_func ("/gui/timeline/reparent", test_reparent);
  g_test_add_func ("/gui/timeline/fill-in", test_fill_in);
  g_test_add ("/gui/timeline/wheel-zoom-at-pointer", WindowFixture, NULL, window_set_up, test_wheel_zoom_at_pointer,
              window_tear_down);
  g_test_add ("/gui/timeline/fling-glides", WindowFixture, NULL, window_set_up, test_fling_glides, window_tear_down);
  g_test_add ("/gui/timeline/overview-brush", WindowFixture, NULL, window_set_up, test_overview_brush,
              window_tear_down);
  g_test_add ("/gui/timeline/keyboard-time-order", WindowFixture, NULL, window_set_up, test_keyboard_time_order,
              window_tear_down);
  g_test_add ("/gui/timeline/range-restored", WindowFixture, NULL, window_set_up, test_range_restored,
              window_tear_down);
  g_test_add ("/gui/window/min-sources", WindowFixture, NULL, window_set_up, test_min_sources, window_tear_down);
  g_test_add ("/gui/window/filters", WindowFixture, NULL, window_set_up, test_filters, window_tear_down);
  g_test_add ("/gui/window/delete-article", WindowFixture, NULL, window_set_up, test_delete_article,
              window_tear_down);
  g_test_add ("/gui/window/search", WindowFixture, NULL, window_set_up, test_search, window_tear_down);
  g_test_add ("/gui/window/search-dates", WindowFixture, NULL, window_set_up, test_search_dates,
              window_tear_down);
  g_test_add ("/gui/window/merge-dates", WindowFixture, NULL, window_set_up, test_merge_dates, window_tear_down);
  g_test_add ("/gui/window/set-article-date", WindowFixture, NULL, window_set_up, test_set_article_date,
              window_tear_down);

  status = g_test_run ();
  g_clear_object (&test_app);
  return status;
}
