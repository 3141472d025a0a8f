/* gui-fixture.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window on the sample articles, and real input through the X server,
 * for the GUI tests.
 */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

#include "chr-importer.h"
#include "chr-timeline-view-private.h"
#include "chr-event-panel-private.h"
#include "gui-fixture.h"
#include "test-util.h"


/* What the session shows, [*begin, *end). */
void
get_visible (ChrSession *session,
             gint64     *begin,
             gint64     *end)
{
  const ChrTimeSpan *visible = chr_session_get_visible (session);

  if (begin)
    *begin = visible->begin;
  if (end)
    *end = visible->end;
}

/* One application for the whole run: it stays registered on the session bus. */
AdwApplication *test_app;


/* Runs the main loop until condition holds, for at most ten seconds. */
gboolean
wait_for (WindowFixture *f,
          Condition      condition,
          gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (f, data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return TRUE;
}

gint64
find_event_id (ChrDatabase *db,
               const char  *value)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, FALSE, NULL);

  for (guint i = 0; events && i < events->len; i++)
    {
      const ChrEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (event->value, value) == 0)
        return event->id;
    }
  return -1;
}

gboolean
event_drawn (WindowFixture *f,
             gconstpointer  data)
{
  graphene_rect_t rect;
  gint64 id = *(const gint64 *) data;

  return gtk_widget_get_mapped (GTK_WIDGET (f->window)) &&
         chr_timeline_view_get_event_rect (chr_window_get_timeline (f->window), id, &rect);
}

gboolean
panel_shows_event (WindowFixture *f,
                   gconstpointer  data)
{
  return chr_event_panel_get_title (chr_window_get_event_panel (f->window)) != NULL;
}

gboolean
idle (WindowFixture *f,
      gconstpointer  data)
{
  return !chr_session_get_busy (SESSION (f->window));
}

gboolean
selection_changed (WindowFixture *f,
                   gconstpointer  data)
{
  return chr_session_get_selected (SESSION (f->window)) != *(const gint64 *) data;
}

gboolean
span_changed (WindowFixture *f,
              gconstpointer  data)
{
  gint64 begin, end;

  get_visible (SESSION (f->window), &begin, &end);
  return end - begin != *(const gint64 *) data;
}

/* The first widget of a type under root, depth first. */
GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
xdotool (const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, g_strdup ("xdotool"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

char *
window_xid (WindowFixture *f)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));

  return g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
}

/* A real pointer click, through the X server, on a widget's point. */
void
click_at (WindowFixture *f,
          GtkWidget     *widget,
          double         x,
          double         y)
{
  g_autofree char *xid = window_xid (f);
  g_autofree char *sx = NULL;
  g_autofree char *sy = NULL;
  graphene_point_t point;
  double dx, dy;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (f->window), &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &dx, &dy);
  sx = g_strdup_printf ("%d", (int) (point.x + dx));
  sy = g_strdup_printf ("%d", (int) (point.y + dy));
  xdotool ("mousemove", "--window", xid, sx, sy, NULL);
  /* Without --window, xdotool goes through XTEST: real input, not a sent event. */
  xdotool ("click", "1", NULL);
}

void
key (WindowFixture *f,
     const char    *keys)
{
  g_autofree char *xid = window_xid (f);

  xdotool ("windowfocus", "--sync", xid, NULL);
  xdotool ("key", keys, NULL);
}

/* The window on the samples, in a timeline file called @name. */
void
window_set_up_named (WindowFixture *f,
                     const char    *name)
{
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  const char * const paths[] = { samples, NULL };
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("chronicle-gui-XXXXXX", NULL);
  f->db_path = g_build_filename (f->dir, name, NULL);

  db = chr_database_open (f->db_path, &error);
  g_assert_no_error (error);
  report = chr_importer_import_paths (db, paths, NULL, NULL);
  g_assert_cmpuint (report->n_added, ==, 5);
  g_clear_object (&db);

  f->app = g_object_ref (test_app);
  f->window = g_object_ref_sink (chr_window_new (f->app, f->db_path));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  /* The timeline is read in the background. */
  g_assert_true (wait_for (f, idle, NULL));
}

void
window_set_up (WindowFixture *f,
               gconstpointer  data)
{
  window_set_up_named (f, "timeline.db");
}

/* A button of @root, or below it, whose label reads @label, mnemonic included. */
GtkWidget *
find_button_labelled (GtkWidget  *root,
                      const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button_labelled (child, label)))
        return found;
    }
  return NULL;
}

void
window_tear_down (WindowFixture *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* A load or import still running would read the folder being removed. */
  g_assert_true (wait_for (f, idle, NULL));
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->app);

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}


/* The first window of a type on screen (mapped), or %NULL. */
GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static char *state_dir;

static void
remove_state_dir (void)
{
  chr_test_remove_tree (state_dir);
  g_clear_pointer (&state_dir, g_free);
}

/* The views of the timelines are kept in the user's state folder: each
 * test program has its own, empty at the start and removed at the end.
 * Set before anything asks for it, as GLib reads $XDG_STATE_HOME once. */
static void
isolate_state_dir (void)
{
  state_dir = g_dir_make_tmp ("chronicle-state-XXXXXX", NULL);
  g_assert_nonnull (state_dir);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  atexit (remove_state_dir);
}

/* GTK, libadwaita and the real application, for its shortcuts; not
 * activated, so it opens no window of its own. FALSE, with the test plan
 * skipped, when there is no display or no xdotool. */
gboolean
gui_test_init (int    *argc,
               char ***argv)
{
  g_autofree char *xdotool_path = NULL;
  g_autoptr(GError) error = NULL;

  g_test_init (argc, argv, NULL);
  isolate_state_dir ();
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  adw_init ();
  if ((xdotool_path = g_find_program_in_path ("xdotool")) == NULL)
    {
      g_print ("1..0 # SKIP xdotool is not installed\n");
      return FALSE;
    }
  test_app = g_object_new (CHR_TYPE_APPLICATION,
                           "application-id", "org.chronicle.Chronicle.Test",
                           "flags", G_APPLICATION_NON_UNIQUE,
                           "resource-base-path", "/org/chronicle/Chronicle",
                           NULL);
  if (!g_application_register (G_APPLICATION (test_app), NULL, &error))
    g_error ("%s", error->message);
  return TRUE;
}
