/* test-timelines.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-timelines"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "chr-application-private.h"
#include "chr-importer.h"
#include "chr-view-state.h"
#include "gui-fixture.h"
#include "test-util.h"

/* Several timelines, one window each: New Timeline, Open Timeline, the
 * recent ones, the one a start reopens, the welcome of an empty one, and
 * the view each timeline keeps for itself. */

typedef struct
{
  char *dir;
} TimelinesFixture;

static ChrApplication *
app (void)
{
  return CHR_APPLICATION (test_app);
}

static void
close_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (test_app))) != NULL)
    {
      ChrWindow *window = windows->data;
      WindowFixture f = { .window = window };

      /* A load or import still running would read the folder being removed. */
      g_assert_true (wait_for (&f, idle, NULL));
      gtk_window_destroy (GTK_WINDOW (window));
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
timelines_set_up (TimelinesFixture *f,
                  gconstpointer     data)
{
  f->dir = g_dir_make_tmp ("chronicle-timelines-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  g_settings_reset (app ()->settings, "recent-timelines");
}

static void
timelines_tear_down (TimelinesFixture *f,
                     gconstpointer     data)
{
  close_windows ();
  chr_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static char *
path_in (TimelinesFixture *f,
         const char       *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* Opens a timeline as the main menu does, and waits for it to be read. */
static ChrWindow *
open_timeline (const char *path)
{
  ChrWindow *window = chr_application_open_timeline (app (), path);
  WindowFixture f = { .window = window };

  g_assert_nonnull (window);
  g_assert_null (chr_window_get_problem (window));
  g_assert_true (wait_for (&f, idle, NULL));
  return window;
}

static const char *
visible_page (ChrWindow *window)
{
  return gtk_stack_get_visible_child_name (window->main_stack);
}

static gboolean
has_events (WindowFixture *f,
            gconstpointer  data)
{
  return chr_session_get_has_events (SESSION (f->window)) && idle (f, NULL);
}

static gboolean
drawn (WindowFixture *f,
       gconstpointer  data)
{
  return gtk_widget_is_drawable (GTK_WIDGET (data)) && gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

/* The recent timelines, and the Open Recent menu's items: their names and what they open. */
static void
assert_recent (const char * const *expected)
{
  g_auto(GStrv) recent = chr_application_get_recent (app ()->settings);
  GMenuModel *menu = G_MENU_MODEL (app ()->recent_menu);

  g_assert_cmpstrv (recent, expected);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, g_strv_length (recent));
  for (int i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);
      g_autofree char *label = NULL;
      g_autofree char *name = chr_application_get_timeline_name (recent[i]);

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_assert_cmpstr (label, ==, name);
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, recent[i]);
    }
}

/* A new timeline is empty, says so, and offers the samples; they fill it. */
static void
test_new_is_empty (TimelinesFixture *f,
                   gconstpointer     data)
{
  g_autofree char *path = path_in (f, "Crimea.db");
  g_autoptr(GError) error = NULL;
  WindowFixture wf = { 0 };
  GtkWidget *samples;

  /* What was there is replaced (the file chooser asked first). */
  g_assert_true (g_file_set_contents (path, "not a timeline", -1, NULL));
  wf.window = chr_application_new_timeline (app (), path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (wf.window);
  g_assert_null (chr_window_get_problem (wf.window));
  g_assert_true (wait_for (&wf, idle, NULL));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (wf.window)), ==, "Crimea");
  g_assert_cmpstr (adw_window_title_get_title (wf.window->window_title), ==, "Crimea");
  g_assert_cmpuint (chr_session_get_n_articles (SESSION (wf.window)), ==, 0);
  g_assert_cmpstr (visible_page (wf.window), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (wf.window->empty_page), ==, "No Articles Yet");
  g_assert_nonnull (find_button_labelled (GTK_WIDGET (wf.window->empty_page), "_Import Articles…"));

  samples = find_button_labelled (GTK_WIDGET (wf.window->empty_page), "Open the _Sample Articles");
  g_assert_nonnull (samples);
  g_assert_true (wait_for (&wf, drawn, samples));
  g_assert_true (gtk_widget_is_sensitive (samples));
  click_at (&wf, samples, gtk_widget_get_width (samples) / 2.0, gtk_widget_get_height (samples) / 2.0);
  g_assert_true (wait_for (&wf, has_events, NULL));
  g_assert_cmpuint (chr_session_get_n_articles (SESSION (wf.window)), ==, 5);
  g_assert_cmpstr (visible_page (wf.window), ==, "timeline");

  /* A timeline open in a window is not replaced by a new one. */
  g_assert_null (chr_application_new_timeline (app (), path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_cmpuint (chr_session_get_n_articles (SESSION (wf.window)), ==, 5);
}

/* A second timeline gets a second window, named after it; the first one
 * again presents its window. Each window has its own session. */
static void
test_window_per_timeline (TimelinesFixture *f,
                          gconstpointer     data)
{
  g_autofree char *alpha = path_in (f, "Alpha.db");
  g_autofree char *beta = path_in (f, "Beta Timeline.db");
  ChrWindow *first = open_timeline (alpha);
  ChrWindow *second = open_timeline (beta);
  g_autofree char *dot = g_build_filename (f->dir, ".", "Alpha.db", NULL);

  g_assert_true (first != second);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app))), ==, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (first)), ==, "Alpha");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (second)), ==, "Beta Timeline");
  g_assert_cmpstr (adw_window_title_get_title (second->window_title), ==, "Beta Timeline");
  g_assert_true (SESSION (first) != SESSION (second));
  g_assert_true (DATABASE (first) != DATABASE (second));
  g_assert_cmpstr (chr_window_get_db_path (second), ==, beta);

  /* The same file, however it is spelt, is the same window. */
  g_assert_true (chr_application_open_timeline (app (), alpha) == first);
  g_assert_true (chr_application_open_timeline (app (), dot) == first);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app))), ==, 2);

  /* An import in one window leaves the other timeline alone. */
  gtk_widget_activate_action (GTK_WIDGET (second), "win.open-samples", NULL);
  {
    WindowFixture wf = { .window = second };

    g_assert_true (wait_for (&wf, has_events, NULL));
  }
  g_assert_cmpuint (chr_session_get_n_articles (SESSION (second)), ==, 5);
  g_assert_cmpuint (chr_session_get_n_articles (SESSION (first)), ==, 0);
}

/* The recent timelines: the most recent first, each once, those gone dropped;
 * the main menu lists them. */
static void
test_recent (TimelinesFixture *f,
             gconstpointer     data)
{
  g_autofree char *a = path_in (f, "a.db");
  g_autofree char *b = path_in (f, "b.db");
  g_autofree char *c = path_in (f, "c.db");
  GMenuModel *menu = chr_application_get_timelines_menu (app ());
  ChrWindow *window;

  assert_recent ((const char *[]) { NULL });
  /* No Open Recent while there is nothing to list. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);

  open_timeline (a);
  open_timeline (b);
  window = open_timeline (c);
  assert_recent ((const char *[]) { c, b, a, NULL });
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);

  open_timeline (a);
  assert_recent ((const char *[]) { a, c, b, NULL });

  /* Every window's main menu opens with New, Open and Open Recent. */
  {
    g_autoptr(GMenuModel) section = g_menu_model_get_item_link (G_MENU_MODEL (window->primary_menu), 0,
                                                                G_MENU_LINK_SECTION);
    g_autofree char *action = NULL;

    g_assert_true (section == menu);
    g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
    g_assert_cmpstr (action, ==, "app.new-timeline");
  }

  /* An item of the menu opens its timeline: the window it has. */
  g_action_group_activate_action (G_ACTION_GROUP (test_app), "open-recent", g_variant_new_string (c));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app))), ==, 3);
  assert_recent ((const char *[]) { c, a, b, NULL });

  /* A timeline gone since is dropped, and not made again by its item. */
  close_windows ();
  g_assert_cmpint (g_unlink (c), ==, 0);
  /* With no window to show a toast in, it is a warning. */
  g_test_expect_message ("chr-application", G_LOG_LEVEL_WARNING, "The timeline “c” is no longer there");
  g_action_group_activate_action (G_ACTION_GROUP (test_app), "open-recent", g_variant_new_string (c));
  g_test_assert_expected_messages ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (test_app)));
  g_assert_false (g_file_test (c, G_FILE_TEST_EXISTS));
  assert_recent ((const char *[]) { a, b, NULL });
  open_timeline (b);
  assert_recent ((const char *[]) { b, a, NULL });
}

/* At most eight, the oldest going first. */
static void
test_recent_limit (TimelinesFixture *f,
                   gconstpointer     data)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) recent = NULL;

  for (guint i = 0; i < 10; i++)
    {
      char *path = g_strdup_printf ("%s/t%u.db", f->dir, i);

      g_assert_true (g_file_set_contents (path, "", 0, NULL));
      chr_application_add_recent (app ()->settings, path);
      g_ptr_array_add (paths, path);
    }
  recent = chr_application_get_recent (app ()->settings);
  g_assert_cmpuint (g_strv_length (recent), ==, 8);
  g_assert_cmpstr (recent[0], ==, g_ptr_array_index (paths, 9));
  g_assert_cmpstr (recent[7], ==, g_ptr_array_index (paths, 2));
}

/* A start reopens the timeline opened last; with none, the default one,
 * empty: no articles are imported behind the person's back. */
static void
test_reopens_last (TimelinesFixture *f,
                   gconstpointer     data)
{
  g_autofree char *a = path_in (f, "a.db");
  g_autofree char *b = path_in (f, "b.db");
  g_autofree char *default_path = chr_database_get_default_path ();
  GList *windows;

  open_timeline (a);
  open_timeline (b);
  close_windows ();

  g_application_activate (G_APPLICATION (test_app));
  windows = gtk_application_get_windows (GTK_APPLICATION (test_app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_cmpstr (chr_window_get_db_path (windows->data), ==, b);
  close_windows ();

  g_settings_reset (app ()->settings, "recent-timelines");
  g_assert_false (g_file_test (default_path, G_FILE_TEST_EXISTS));
  g_application_activate (G_APPLICATION (test_app));
  windows = gtk_application_get_windows (GTK_APPLICATION (test_app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_cmpstr (chr_window_get_db_path (windows->data), ==, default_path);
  g_assert_cmpstr (gtk_window_get_title (windows->data), ==, "Timeline");
  {
    WindowFixture wf = { .window = windows->data };

    g_assert_true (wait_for (&wf, idle, NULL));
    /* Long enough for an import to have begun, had one been started. */
    for (guint i = 0; i < 50; i++)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (2000);
      }
    g_assert_true (wait_for (&wf, idle, NULL));
    g_assert_cmpuint (chr_session_get_n_articles (SESSION (wf.window)), ==, 0);
    g_assert_cmpstr (visible_page (wf.window), ==, "empty");
  }
}

/* One article of a council far from the samples in time: 3 to 10 March 1911. */
#define COUNCIL_ARTICLE \
  "Council votes on the budget\n\n" \
  "The town council met on 3 March 1911 and voted on the budget. " \
  "The mayor resigned on 10 March 1911.\n"
#define COUNCIL_BEGIN G_GINT64_CONSTANT (-1856649600) /* 1911-03-03 UTC */
#define COUNCIL_END G_GINT64_CONSTANT (-1855958400)   /* 1911-03-11 UTC */

/* 2014, which the samples have events in. */
#define YEAR_2014 ((ChrTimeSpan) { G_GINT64_CONSTANT (1388534400), G_GINT64_CONSTANT (1420070400) })

/* A timeline in @path made of the articles in @source, a file or folder. */
static void
import_into (const char *path,
             const char *source)
{
  const char * const paths[] = { source, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = chr_database_open (path, &error);
  g_autoptr(ChrImportReport) report = NULL;

  g_assert_no_error (error);
  report = chr_importer_import_paths (db, paths, NULL, NULL);
  g_assert_cmpuint (report->n_added, >, 0);
}

static void
make_samples_timeline (const char *path)
{
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);

  import_into (path, samples);
}

static void
make_council_timeline (TimelinesFixture *f,
                       const char       *path)
{
  g_autofree char *article = path_in (f, "council.txt");

  g_assert_true (g_file_set_contents (article, COUNCIL_ARTICLE, -1, NULL));
  import_into (path, article);
}

/* Closes the window as its close button does, so it keeps what it shows. */
static void
close_window (ChrWindow *window)
{
  WindowFixture wf = { .window = window };

  g_assert_true (wait_for (&wf, idle, NULL));
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (test_app)));
}

/* Each timeline comes back as it was left: the stretch of time and the
 * filter of one are not another's. One opened for the first time fits its
 * own events. */
static void
test_view_per_timeline (TimelinesFixture *f,
                        gconstpointer     data)
{
  g_autofree char *crimea = path_in (f, "Crimea.db");
  g_autofree char *council = path_in (f, "Council.db");
  ChrWindow *window;
  gint64 begin, end;

  make_samples_timeline (crimea);
  make_council_timeline (f, council);

  window = open_timeline (crimea);
  g_assert_true (chr_session_get_fitted (SESSION (window)));
  chr_session_set_visible (SESSION (window), &YEAR_2014);
  chr_session_set_min_sources (SESSION (window), 2);
  close_window (window);

  window = open_timeline (council);
  g_assert_true (chr_session_get_fitted (SESSION (window)));
  g_assert_cmpuint (chr_session_get_min_sources (SESSION (window)), ==, 0);
  g_assert_cmpuint (chr_session_get_n_events (SESSION (window)), >, 0);
  get_visible (SESSION (window), &begin, &end);
  g_assert_cmpint (begin, <=, COUNCIL_BEGIN);
  g_assert_cmpint (end, >=, COUNCIL_END);
  g_assert_cmpint (end - begin, <, 366 * 86400);
  close_window (window);

  window = open_timeline (crimea);
  g_assert_false (chr_session_get_fitted (SESSION (window)));
  g_assert_cmpuint (chr_session_get_min_sources (SESSION (window)), ==, 2);
  get_visible (SESSION (window), &begin, &end);
  g_assert_cmpint (begin, ==, YEAR_2014.begin);
  g_assert_cmpint (end, ==, YEAR_2014.end);

  /* Zoomed to fit again, it is fitted the next time too. */
  chr_session_zoom_to_fit (SESSION (window));
  chr_session_set_min_sources (SESSION (window), 0);
  close_window (window);
  window = open_timeline (crimea);
  g_assert_true (chr_session_get_fitted (SESSION (window)));
  g_assert_cmpuint (chr_session_get_min_sources (SESSION (window)), ==, 0);
}

/* Two windows at once: what one shows leaves the other alone, before and
 * after the first is closed. */
static void
test_view_per_window (TimelinesFixture *f,
                      gconstpointer     data)
{
  g_autofree char *alpha = path_in (f, "Alpha.db");
  g_autofree char *beta = path_in (f, "Beta.db");
  ChrWindow *first, *second;
  gint64 begin, end;

  make_samples_timeline (alpha);
  make_samples_timeline (beta);
  first = open_timeline (alpha);
  second = open_timeline (beta);

  chr_session_set_min_sources (SESSION (first), 3);
  chr_session_set_visible (SESSION (first), &YEAR_2014);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (chr_session_get_min_sources (SESSION (second)), ==, 0);
  g_assert_true (chr_session_get_fitted (SESSION (second)));

  gtk_window_close (GTK_WINDOW (first));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (test_app))), ==, 1);
  g_assert_cmpuint (chr_session_get_min_sources (SESSION (second)), ==, 0);
  g_assert_true (chr_session_get_fitted (SESSION (second)));
  get_visible (SESSION (second), &begin, &end);
  g_assert_true (begin != YEAR_2014.begin || end != YEAR_2014.end);
}

/* A views file that is not one is forgotten, with a warning: the timeline
 * opens all the same, and its view is kept in a new file. */
static void
test_view_file_corrupt (TimelinesFixture *f,
                        gconstpointer     data)
{
  static const char garbage[] = "\xff\xfe\x00[[[\x01\x02\x03 garbage\n=\n\x7f";
  g_autofree char *file = chr_view_state_get_default_file ();
  g_autofree char *dir = g_path_get_dirname (file);
  g_autofree char *crimea = path_in (f, "Crimea.db");
  ChrViewState state;
  ChrWindow *window;

  make_samples_timeline (crimea);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, garbage, sizeof garbage, NULL));

  g_test_expect_message ("chr-view-state", G_LOG_LEVEL_WARNING, "*views of the timelines are forgotten*");
  window = open_timeline (crimea);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (chr_session_get_n_events (SESSION (window)), >, 0);
  g_assert_cmpstr (visible_page (window), ==, "timeline");
  g_assert_true (chr_session_get_fitted (SESSION (window)));

  chr_session_set_min_sources (SESSION (window), 2);
  close_window (window);
  g_assert_true (chr_view_state_load (file, crimea, &state));
  g_assert_cmpuint (state.min_sources, ==, 2);
}

/* Ctrl+N and Ctrl+O for timelines, as in GNOME apps; Import and Add Event
 * on their own keys. */
static void
test_accels (void)
{
  static const struct {
    const char *accel;
    const char *action;
  } rows[] = {
    { "<Control>n", "app.new-timeline" },
    { "<Control>o", "app.open-timeline" },
    { "<Control>i", "win.import" },
    { "<Shift><Control>n", "win.add-event" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (test_app), rows[i].accel);

      g_assert_cmpstrv (actions, ((const char *[]) { rows[i].action, NULL }));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("chronicle-timelines-home-XXXXXX", NULL);
  g_autofree char *data_home = NULL;
  int status;

  /* The default timeline is in the user's data folder: one of the test's own. */
  g_assert_nonnull (home);
  data_home = g_build_filename (home, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/timelines/new-is-empty", TimelinesFixture, NULL, timelines_set_up, test_new_is_empty,
              timelines_tear_down);
  g_test_add ("/gui/timelines/window-per-timeline", TimelinesFixture, NULL, timelines_set_up,
              test_window_per_timeline, timelines_tear_down);
  g_test_add ("/gui/timelines/recent", TimelinesFixture, NULL, timelines_set_up, test_recent, timelines_tear_down);
  g_test_add ("/gui/timelines/recent-limit", TimelinesFixture, NULL, timelines_set_up, test_recent_limit,
              timelines_tear_down);
  g_test_add ("/gui/timelines/reopens-last", TimelinesFixture, NULL, timelines_set_up, test_reopens_last,
              timelines_tear_down);
  g_test_add ("/gui/timelines/view-per-timeline", TimelinesFixture, NULL, timelines_set_up, test_view_per_timeline,
              timelines_tear_down);
  g_test_add ("/gui/timelines/view-per-window", TimelinesFixture, NULL, timelines_set_up, test_view_per_window,
              timelines_tear_down);
  g_test_add ("/gui/timelines/view-file-corrupt", TimelinesFixture, NULL, timelines_set_up, test_view_file_corrupt,
              timelines_tear_down);
  g_test_add_func ("/gui/timelines/accels", test_accels);

  status = g_test_run ();
  g_clear_object (&test_app);
  chr_test_remove_tree (home);
  return status;
}
