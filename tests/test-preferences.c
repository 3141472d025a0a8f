/* test-preferences.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preferences window: each row changes its setting, and the setting
 * changes what the windows show, at once.
 */
#define G_LOG_DOMAIN "test-preferences"

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "chr-application.h"
#include "chr-date-settings.h"
#include "chr-event-panel-private.h"
#include "chr-preferences-window-private.h"
#include "chr-window-private.h"
#include "gui-fixture.h"

static const char * const keys[] = { "style-variant", "show-overview", "week-start", "date-precision" };

/* The preferences window, opened the way the menu and Ctrl+comma open it. */
static ChrPreferencesWindow *
open_preferences (WindowFixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  while ((window = find_toplevel (CHR_TYPE_PREFERENCES_WINDOW)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (f->window));
  return CHR_PREFERENCES_WINDOW (window);
}

static void
close_preferences (void)
{
  GtkWindow *window = find_toplevel (CHR_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
preferences_tear_down (WindowFixture *f,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = chr_application_create_settings ();

  close_preferences ();
  /* The memory backend lasts as long as the test program. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
  window_tear_down (f, data);
}

static gboolean
color_scheme_is (WindowFixture *f,
                 gconstpointer  data)
{
  return adw_style_manager_get_color_scheme (adw_style_manager_get_default ()) == *(const AdwColorScheme *) data;
}

static void
test_style (WindowFixture *f,
            gconstpointer  data)
{
  static const struct { guint row; const char *setting; AdwColorScheme scheme; } rows[] = {
    { 2, "dark", ADW_COLOR_SCHEME_FORCE_DARK },
    { 1, "light", ADW_COLOR_SCHEME_FORCE_LIGHT },
    { 0, "default", ADW_COLOR_SCHEME_DEFAULT },
  };
  g_autoptr(GSettings) settings = chr_application_create_settings ();
  ChrPreferencesWindow *preferences = open_preferences (f);
  AdwComboRow *row = chr_preferences_window_get_style_row (preferences);

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *setting = NULL;

      adw_combo_row_set_selected (row, rows[i].row);
      setting = g_settings_get_string (settings, "style-variant");
      g_assert_cmpstr (setting, ==, rows[i].setting);
      g_assert_true (wait_for (f, color_scheme_is, &rows[i].scheme));
    }

  /* The row follows the setting, however it was changed. */
  g_settings_set_string (settings, "style-variant", "dark");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
}

static gboolean
overview_shown_is (WindowFixture *f,
                   gconstpointer  data)
{
  return gtk_widget_get_visible (GTK_WIDGET (chr_window_get_overview (f->window))) == *(const gboolean *) data;
}

static void
test_overview (WindowFixture *f,
               gconstpointer  data)
{
  static const gboolean shown = TRUE, hidden = FALSE;
  g_autoptr(GSettings) settings = chr_application_create_settings ();
  ChrPreferencesWindow *preferences = open_preferences (f);
  GtkSwitch *toggle = chr_preferences_window_get_overview_switch (preferences);
  g_autoptr(ChrWindow) other = NULL;

  g_assert_true (gtk_switch_get_active (toggle));
  g_assert_true (overview_shown_is (f, &shown));

  gtk_switch_set_active (toggle, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-overview"));
  g_assert_true (wait_for (f, overview_shown_is, &hidden));

  /* A window opened later starts without it too. */
  other = g_object_ref_sink (chr_window_new (f->app, f->db_path));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chr_window_get_overview (other))));
  gtk_window_destroy (GTK_WINDOW (other));

  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "show-overview"));
  g_assert_true (wait_for (f, overview_shown_is, &shown));
}

static gboolean
panel_date_is (WindowFixture *f,
               gconstpointer  data)
{
  return g_strcmp0 (chr_event_panel_get_date_text (chr_window_get_event_panel (f->window)), data) == 0;
}

static void
test_precision (WindowFixture *f,
                gconstpointer  data)
{
  static const struct { guint row; const char *setting; const char *date; } rows[] = {
    { 2, "month", "February 2022" },
    { 3, "year", "2022" },
    { 1, "day", "Thursday, 24 February 2022" },
    { 2, "month", "February 2022" },
    { 0, "auto", "Thursday, 24 February 2022" },
  };
  g_autoptr(GSettings) settings = chr_application_create_settings ();
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  ChrPreferencesWindow *preferences;
  AdwComboRow *row;

  g_assert_cmpint (id, >, 0);
  chr_session_set_selected (SESSION (f->window), id);
  g_assert_true (wait_for (f, panel_date_is, "Thursday, 24 February 2022"));

  preferences = open_preferences (f);
  row = chr_preferences_window_get_precision_row (preferences);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *setting = NULL;

      g_test_message ("%s", rows[i].setting);
      adw_combo_row_set_selected (row, rows[i].row);
      setting = g_settings_get_string (settings, "date-precision");
      g_assert_cmpstr (setting, ==, rows[i].setting);
      g_assert_true (wait_for (f, panel_date_is, rows[i].date));
    }
  /* The cards follow the session, as the panel does. */
  adw_combo_row_set_selected (row, 3);
  g_assert_true (wait_for (f, panel_date_is, "2022"));
  g_assert_cmpint (chr_session_get_date_precision (SESSION (f->window)), ==, CHR_GRANULARITY_YEAR);
}

static void
test_week_start (WindowFixture *f,
                 gconstpointer  data)
{
  static const struct { guint row; const char *setting; int week_start; const char *date; } rows[] = {
    { 2, "sunday", 7, "Week of 20 February 2022" },
    { 1, "monday", 1, "Week of 21 February 2022" },
    { 2, "sunday", 7, "Week of 20 February 2022" },
  };
  g_autoptr(GSettings) settings = chr_application_create_settings ();
  ChrEventChange add = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "A week of talks" };
  ChrPreferencesWindow *preferences;
  AdwComboRow *row;

  /* ISO week 8 of 2022: Monday 21 to Sunday 27 February. */
  g_assert_true (chr_timex_value_to_interval ("2022-W08", &add.interval));
  g_assert_cmpint (add.interval.granularity, ==, CHR_GRANULARITY_WEEK);
  chr_session_add_event (SESSION (f->window), &add);
  g_assert_true (wait_for (f, idle, NULL));
  /* By default weeks start where the language and region say: glibc's
   * C locale, where the tests run, counts them from Sunday. */
  if (g_strcmp0 (setlocale (LC_TIME, NULL), "C.UTF-8") == 0)
    g_assert_cmpint (chr_date_locale_week_start (), ==, 7);
  g_assert_cmpint (chr_session_get_week_start (SESSION (f->window)), ==, chr_date_locale_week_start ());

  preferences = open_preferences (f);
  row = chr_preferences_window_get_week_start_row (preferences);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *setting = NULL;

      g_test_message ("%s", rows[i].setting);
      adw_combo_row_set_selected (row, rows[i].row);
      setting = g_settings_get_string (settings, "week-start");
      g_assert_cmpstr (setting, ==, rows[i].setting);
      g_assert_true (wait_for (f, panel_date_is, rows[i].date));
      g_assert_cmpint (chr_session_get_week_start (SESSION (f->window)), ==, rows[i].week_start);
    }
}

/* Its accelerator, typed on the keyboard, opens it. */
static void
test_accelerator (WindowFixture *f,
                  gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.preferences");
  g_autoptr(GString) keys_typed = g_string_new (NULL);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GdkModifierType mods;
  guint keyval;

  g_assert_cmpuint (g_strv_length (accels), >=, 1);
  g_assert_true (gtk_accelerator_parse (accels[0], &keyval, &mods));
  if (mods & GDK_CONTROL_MASK)
    g_string_append (keys_typed, "ctrl+");
  if (mods & GDK_SHIFT_MASK)
    g_string_append (keys_typed, "shift+");
  if (mods & GDK_ALT_MASK)
    g_string_append (keys_typed, "alt+");
  g_string_append (keys_typed, gdk_keyval_name (keyval));

  g_assert_null (find_toplevel (CHR_TYPE_PREFERENCES_WINDOW));
  key (f, keys_typed->str);
  while (find_toplevel (CHR_TYPE_PREFERENCES_WINDOW) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/preferences/style", WindowFixture, NULL, window_set_up, test_style, preferences_tear_down);
  g_test_add ("/gui/preferences/overview", WindowFixture, NULL, window_set_up, test_overview,
              preferences_tear_down);
  g_test_add ("/gui/preferences/precision", WindowFixture, NULL, window_set_up, test_precision,
              preferences_tear_down);
  g_test_add ("/gui/preferences/week-start", WindowFixture, NULL, window_set_up, test_week_start,
              preferences_tear_down);
  g_test_add ("/gui/preferences/accelerator", WindowFixture, NULL, window_set_up, test_accelerator,
              preferences_tear_down);

  return g_test_run ();
}
