/* test-annotate.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-annotate"

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "chr-date-format.h"
#include "chr-event-editor.h"
#include "chr-event-panel-private.h"
#include "chr-tags-dialog.h"
#include "chr-timeline-view-private.h"
#include "chr-user-store.h"
#include "gui-fixture.h"

/* Editing by hand in the real window, with real input through the X server. */

static ChrEventEditor *
find_editor (void)
{
  return (ChrEventEditor *) find_toplevel (CHR_TYPE_EVENT_EDITOR);
}

static gboolean
editor_shown (WindowFixture *f,
              gconstpointer  data)
{
  return find_editor () != NULL;
}

static const ChrTimelineItem *
selected_item (WindowFixture *f)
{
  ChrSession *session = SESSION (f->window);
  ChrTimelineIndex *index = chr_session_get_index (session);
  int position = chr_timeline_index_find (index, chr_session_get_selected (session));

  return position >= 0 ? chr_timeline_index_get_item (index, (guint) position) : NULL;
}

/* The event chosen has this title, on the timeline and in the panel, and
 * the file has it too (nothing is on its way to the writer). */
static gboolean
shows_title (WindowFixture *f,
             gconstpointer  data)
{
  const ChrTimelineItem *item = selected_item (f);
  const char *panel = chr_event_panel_get_title (chr_window_get_event_panel (f->window));

  return item != NULL && g_strcmp0 (item->label, data) == 0 && g_strcmp0 (panel, data) == 0 &&
         !chr_session_get_busy (SESSION (f->window));
}

typedef struct
{
  const char *title;
  const char *month;               /* "2019-07" */
} Expected;

static void
describe_state (WindowFixture *f)
{
  const ChrTimelineItem *item = selected_item (f);
  g_autofree char *begin = item ? chr_time_format_iso (item->begin) : NULL;

  g_test_message ("editor open: %d; events: %u; undo: %s", find_editor () != NULL,
                  chr_session_get_n_events (SESSION (f->window)), chr_session_get_undo_kind (SESSION (f->window)));
  g_test_message ("selected %" G_GINT64_FORMAT ": %s at %s (granularity %d); panel: %s, %s; busy %d",
                  chr_session_get_selected (SESSION (f->window)), item ? item->label : "(none)",
                  begin ? begin : "-", item ? (int) item->granularity : -1,
                  chr_event_panel_get_title (chr_window_get_event_panel (f->window)),
                  chr_event_panel_get_date_text (chr_window_get_event_panel (f->window)),
                  chr_session_get_busy (SESSION (f->window)));
}

static gboolean
shows_event (WindowFixture *f,
             gconstpointer  data)
{
  const Expected *expected = data;
  const ChrTimelineItem *item;
  ChrInterval month;
  g_autofree char *panel_date = NULL;

  if (!shows_title (f, expected->title) || !(item = selected_item (f)))
    return FALSE;
  g_assert_true (chr_time_parse_iso (expected->month, &month));
  panel_date = chr_date_format_event (&month, 0, CHR_DATE_STYLE_LONG);
  return item->begin == month.begin && item->end == month.end && item->granularity == CHR_GRANULARITY_MONTH &&
         g_strcmp0 (chr_event_panel_get_date_text (chr_window_get_event_panel (f->window)), panel_date) == 0;
}

static gboolean
wait_for_event (WindowFixture  *f,
                const Expected *expected)
{
  if (wait_for (f, shows_event, expected))
    return TRUE;
  g_test_message ("expected %s in %s", expected->title, expected->month);
  describe_state (f);
  return FALSE;
}

static gboolean
has_no_title (WindowFixture *f,
              gconstpointer  data)
{
  ChrTimelineIndex *index = chr_session_get_index (SESSION (f->window));

  if (chr_session_get_busy (SESSION (f->window)))
    return FALSE;
  for (guint i = 0; i < chr_timeline_index_get_n_items (index); i++)
    if (g_strcmp0 (chr_timeline_index_get_item (index, i)->label, data) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
settled (WindowFixture *f,
         gconstpointer  data)
{
  return !chr_session_get_busy (SESSION (f->window)) &&
         chr_timeline_view_is_settled (chr_window_get_timeline (f->window));
}

static char *
month_at (ChrTimelineView *timeline,
          double           x)
{
  gint64 begin, end;
  int year, month;

  get_visible (chr_timeline_view_get_session (timeline), &begin, &end);
  chr_time_to_civil (begin + (gint64) ((double) (end - begin) * x / gtk_widget_get_width (GTK_WIDGET (timeline))),
                     &year, &month, NULL, NULL, NULL, NULL);
  return g_strdup_printf ("%04d-%02d", year, month);
}

/* Drags with the real pointer from one point of the timeline to another. */
static void
drag (WindowFixture *f,
      double         x0,
      double         x1,
      double         y)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  g_autofree char *xid = window_xid (f);
  graphene_point_t from, to;
  double dx, dy;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (timeline), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (x0, y), &from));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (timeline), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (x1, y), &to));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &dx, &dy);
  for (guint step = 0; step <= 8; step++)
    {
      g_autofree char *sx = g_strdup_printf ("%d", (int) (from.x + dx + (to.x - from.x) * step / 8));
      g_autofree char *sy = g_strdup_printf ("%d", (int) (from.y + dy));

      xdotool ("mousemove", "--window", xid, sx, sy, NULL);
      if (step == 0)
        xdotool ("mousedown", "1", NULL);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  xdotool ("mouseup", "1", NULL);
}

/* Adds an event by a double click at a date, renames it in the panel,
 * drags it to another month; then undoes the three and redoes them,
 * checking the timeline and the panel at each step. */
static void
test_add_rename_move_undo (WindowFixture *f,
                           gconstpointer  data)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  ChrSession *session = SESSION (f->window);
  g_autofree char *xid = window_xid (f);
  g_autofree char *added_month = NULL;
  g_autofree char *moved_month = NULL;
  g_autofree char *sx = NULL;
  g_autofree char *sy = NULL;
  graphene_rect_t rect;
  graphene_point_t point;
  double width, dx, dy;
  Expected added, renamed, moved;

  /* A year across the view: months are the precision a click gives. */
  chr_session_go_to (session, chr_time_from_civil (2019, 1, 1, 0, 0, 0), chr_time_from_civil (2020, 1, 1, 0, 0, 0));
  g_assert_true (wait_for (f, settled, NULL));
  width = gtk_widget_get_width (GTK_WIDGET (timeline));
  added_month = month_at (timeline, width / 2);

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (timeline), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (width / 2, 60), &point));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &dx, &dy);
  sx = g_strdup_printf ("%d", (int) (point.x + dx));
  sy = g_strdup_printf ("%d", (int) (point.y + dy));
  xdotool ("mousemove", "--window", xid, sx, sy, NULL);
  xdotool ("click", "--repeat", "2", "--delay", "60", "1", NULL);
  g_assert_true (wait_for (f, editor_shown, NULL));
  {
    GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (find_editor ()));
    g_autofree char *editor = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));

    xdotool ("windowfocus", "--sync", editor, NULL);
  }
  xdotool ("type", "--delay", "20", "Talks begin", NULL);
  xdotool ("key", "Return", NULL);
  added = (Expected) { "Talks begin", added_month };
  g_assert_true (wait_for_event (f, &added));
  g_assert_true (selected_item (f)->flags & CHR_EVENT_FLAG_USER);

  /* Renamed in place in the panel: F2, a new title, Enter. */
  key (f, "F2");
  xdotool ("key", "ctrl+a", NULL);
  xdotool ("type", "--delay", "20", "Talks resume", NULL);
  xdotool ("key", "Return", NULL);
  renamed = (Expected) { "Talks resume", added_month };
  g_assert_true (wait_for_event (f, &renamed));

  /* Dragged two months later: it snaps to whole months. */
  g_assert_true (wait_for (f, settled, NULL));
  g_assert_true (chr_timeline_view_get_event_rect (timeline, chr_session_get_selected (session), &rect));
  {
    gint64 begin, end;

    get_visible (session, &begin, &end);
    drag (f, rect.origin.x + rect.size.width / 2,
          rect.origin.x + rect.size.width / 2 + width * 61.0 * CHR_SECONDS_PER_DAY / (double) (end - begin),
          rect.origin.y + rect.size.height / 2);
  }
  {
    ChrInterval from, to;

    g_assert_true (chr_time_parse_iso (added_month, &from));
    chr_interval_shift (&from, 61 * CHR_SECONDS_PER_DAY, &to);
    moved_month = chr_interval_to_value (&to);
  }
  moved = (Expected) { "Talks resume", moved_month };
  g_assert_true (wait_for_event (f, &moved));
  g_assert_cmpstr (chr_session_get_undo_kind (session), ==, "date");

  /* Undone, one after the other, with the keyboard on the timeline. */
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  key (f, "ctrl+z");
  g_assert_true (wait_for_event (f, &renamed));
  key (f, "ctrl+z");
  g_assert_true (wait_for_event (f, &added));
  key (f, "ctrl+z");
  g_assert_true (wait_for (f, has_no_title, "Talks begin"));
  g_assert_null (chr_session_get_undo_kind (session));

  /* And redone. */
  key (f, "shift+ctrl+z");
  g_assert_true (wait_for_event (f, &added));
  key (f, "shift+ctrl+z");
  g_assert_true (wait_for_event (f, &renamed));
  key (f, "shift+ctrl+z");
  g_assert_true (wait_for_event (f, &moved));
  g_assert_null (chr_session_get_redo_kind (session));
}

static ChrTagsDialog *
find_tags_dialog (void)
{
  return (ChrTagsDialog *) find_toplevel (CHR_TYPE_TAGS_DIALOG);
}

static gboolean
n_events_is (WindowFixture *f,
             gconstpointer  data)
{
  return !chr_session_get_busy (SESSION (f->window)) &&
         chr_session_get_n_events (SESSION (f->window)) == GPOINTER_TO_UINT (data);
}

static gboolean
tag_color_is (WindowFixture *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) tags = chr_user_store_list_tags (DATABASE (f->window), NULL);

  return !chr_session_get_busy (SESSION (f->window)) && tags != NULL && tags->len == 1 &&
         ((ChrTag *) g_ptr_array_index (tags, 0))->color == GPOINTER_TO_UINT (data);
}

/* The Tags window: a colour chosen is the tag's, on the cards too; the
 * filter shows only the tag's events, and all of them again. */
static void
test_tags_window (WindowFixture *f,
                  gconstpointer  data)
{
  ChrSession *session = SESSION (f->window);
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  guint n = chr_session_get_n_events (session);
  ChrTagsDialog *dialog;
  GtkDropDown *color;
  GtkCheckButton *only;
  int position;

  chr_session_tag_event (session, id, "War", TRUE);
  g_assert_true (wait_for (f, idle, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tags", NULL);
  g_assert_nonnull ((dialog = find_tags_dialog ()));

  color = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (color);
  gtk_drop_down_set_selected (color, 4);
  g_assert_true (wait_for (f, tag_color_is, GUINT_TO_POINTER (5)));
  id = find_event_id (DATABASE (f->window), "2022-02-24");
  position = chr_timeline_index_find (chr_session_get_index (session), id);
  g_assert_cmpint (position, >=, 0);
  g_assert_cmpuint (chr_timeline_index_get_item (chr_session_get_index (session), (guint) position)->color, ==, 5);

  /* The dialog was filled again after the edit: find its row's check anew. */
  color = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
  only = GTK_CHECK_BUTTON (gtk_widget_get_next_sibling (GTK_WIDGET (color)));
  g_assert_true (GTK_IS_CHECK_BUTTON (only));
  gtk_check_button_set_active (only, TRUE);
  g_assert_true (wait_for (f, n_events_is, GUINT_TO_POINTER (1)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  chr_session_set_tag_filter (session, 0);
  g_assert_true (wait_for (f, n_events_is, GUINT_TO_POINTER (n)));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return (AdwMessageDialog *) find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
n_sources_of_selected (WindowFixture *f,
                       gconstpointer  data)
{
  g_autoptr(ChrEvent) event = NULL;

  if (chr_session_get_busy (SESSION (f->window)) || chr_session_get_selected (SESSION (f->window)) <= 0)
    return FALSE;
  event = chr_session_get_event (SESSION (f->window), chr_session_get_selected (SESSION (f->window)));
  return event != NULL && event->sources != NULL && event->sources->len == GPOINTER_TO_UINT (data);
}

/* An excerpt split off from the panel's menu becomes an event of its own,
 * chosen; moved back to the first event from the menu, it joins it again. */
static void
test_split_and_attach (WindowFixture *f,
                       gconstpointer  data)
{
  ChrSession *session = SESSION (f->window);
  ChrEventPanel *panel = chr_window_get_event_panel (f->window);
  gint64 invasion = find_event_id (DATABASE (f->window), "2022-02-24");
  g_autoptr(ChrEvent) event = NULL;
  const ChrSource *source;
  guint n;
  AdwMessageDialog *dialog;

  chr_session_set_selected (session, invasion);
  g_assert_true (wait_for (f, panel_shows_event, NULL));
  event = chr_session_get_event (session, invasion);
  n = event->sources->len;
  g_assert_cmpuint (n, >=, 2);
  source = g_ptr_array_index (event->sources, n - 1);

  gtk_widget_activate_action (GTK_WIDGET (panel), "panel.split", "(xxx)", source->article_id,
                              (gint64) source->phrase_start, (gint64) source->phrase_end);
  g_assert_nonnull ((dialog = find_message_dialog ()));
  adw_message_dialog_response (dialog, "go");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_for (f, n_sources_of_selected, GUINT_TO_POINTER (1)));
  g_assert_cmpint (chr_session_get_selected (session), !=, invasion);

  /* Back into the invasion, which is in view. */
  chr_session_go_to (session, event->interval.begin - 30 * CHR_SECONDS_PER_DAY,
                     event->interval.end + 30 * CHR_SECONDS_PER_DAY);
  gtk_widget_activate_action (GTK_WIDGET (panel), "panel.attach", "(xxx)", source->article_id,
                              (gint64) source->phrase_start, (gint64) source->phrase_end);
  g_assert_nonnull ((dialog = find_message_dialog ()));
  {
    GtkDropDown *events = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
    GListModel *names = gtk_drop_down_get_model (events);
    guint found = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (names); i++)
      {
        g_autoptr(GtkStringObject) name = g_list_model_get_item (names, i);

        if (g_str_has_suffix (gtk_string_object_get_string (name), event->title))
          found = i;
      }
    g_assert_cmpuint (found, !=, G_MAXUINT);
    gtk_drop_down_set_selected (events, found);
  }
  adw_message_dialog_response (dialog, "go");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_for (f, n_sources_of_selected, GUINT_TO_POINTER (n)));
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/annotate/add-rename-move-undo", WindowFixture, NULL, window_set_up, test_add_rename_move_undo,
              window_tear_down);

  g_test_add ("/gui/annotate/split-and-attach", WindowFixture, NULL, window_set_up, test_split_and_attach,
              window_tear_down);
  g_test_add ("/gui/annotate/tags-window", WindowFixture, NULL, window_set_up, test_tags_window, window_tear_down);

  status = g_test_run ();
  g_clear_object (&test_app);
  return status;
}
