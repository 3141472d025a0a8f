/* test-application.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-application"

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "chr-application.h"
#include "chr-database.h"

/* One start of the app: its settings read from and written to a keyfile, as
 * a process would see a settings store the previous process left behind.
 * Each test runs with its own home and data folders (G_TEST_OPTION_ISOLATE_DIRS). */
static GSettings *
start_settings (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autofree char *keyfile = g_build_filename (g_get_user_config_dir (), "settings.ini", NULL);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  g_assert_nonnull (source);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0700), ==, 0);
  schema = g_settings_schema_source_lookup (source, "org.chronicle.Chronicle", TRUE);
  g_assert_nonnull (schema);
  backend = g_keyfile_settings_backend_new (keyfile, "/", NULL);
  return g_settings_new_full (schema, backend, NULL);
}

static char *
make_timeline (const char *name)
{
  char *path = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  return path;
}

/* What get_window does: choose, open (the file exists from then on), remember. */
static char *
start (const char *requested)
{
  g_autoptr(GSettings) settings = start_settings ();
  g_autofree char *path = chr_application_choose_database (settings, requested);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
    }
  chr_application_remember_database (settings, path);
  g_settings_sync ();
  return g_steal_pointer (&path);
}

static void
test_reopens_last (void)
{
  g_autofree char *first = make_timeline ("crimea.db");
  g_autofree char *opened = start (first);
  g_autofree char *reopened = NULL;
  g_autofree char *again = NULL;

  g_assert_cmpstr (opened, ==, first);
  reopened = start (NULL);
  g_assert_cmpstr (reopened, ==, first);
  again = start (NULL);
  g_assert_cmpstr (again, ==, first);
}

static void
test_db_wins_and_becomes_last (void)
{
  g_autofree char *first = make_timeline ("first.db");
  g_autofree char *second = make_timeline ("second.db");
  g_autofree char *a = start (first);
  g_autofree char *b = start (second);
  g_autofree char *c = start (NULL);

  g_assert_cmpstr (a, ==, first);
  g_assert_cmpstr (b, ==, second);
  g_assert_cmpstr (c, ==, second);
}

static void
test_gone_falls_back_to_default (void)
{
  g_autofree char *first = make_timeline ("moved-away.db");
  g_autofree char *default_path = chr_database_get_default_path ();
  g_autofree char *a = start (first);
  g_autofree char *b = NULL;

  g_assert_cmpstr (a, ==, first);
  g_assert_cmpint (g_remove (first), ==, 0);
  b = start (NULL);
  g_assert_cmpstr (b, ==, default_path);
}

static void
test_default_remembered_empty (void)
{
  g_autofree char *default_path = chr_database_get_default_path ();
  g_autofree char *opened = start (NULL);
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *last = NULL;

  g_assert_cmpstr (opened, ==, default_path);
  settings = start_settings ();
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, "");
}

static void
test_no_settings (void)
{
  g_autofree char *default_path = chr_database_get_default_path ();
  g_autofree char *chosen = chr_application_choose_database (NULL, NULL);
  g_autofree char *requested = chr_application_choose_database (NULL, "/elsewhere/t.db");

  g_assert_cmpstr (chosen, ==, default_path);
  g_assert_cmpstr (requested, ==, "/elsewhere/t.db");
  chr_application_remember_database (NULL, "/elsewhere/t.db");
}

static void
test_samples_dir_from_environment (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "samples", NULL);
  g_autofree char *found = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *old = g_strdup (g_getenv ("CHRONICLE_SAMPLES_DIR"));

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_setenv ("CHRONICLE_SAMPLES_DIR", dir, TRUE);
  found = chr_application_get_samples_dir ();
  g_assert_cmpstr (found, ==, dir);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  missing = chr_application_get_samples_dir ();
  g_assert_null (missing);

  if (old)
    g_setenv ("CHRONICLE_SAMPLES_DIR", old, TRUE);
  else
    g_unsetenv ("CHRONICLE_SAMPLES_DIR");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/app/database/reopens-last", test_reopens_last);
  g_test_add_func ("/app/database/db-wins-and-becomes-last", test_db_wins_and_becomes_last);
  g_test_add_func ("/app/database/gone-falls-back-to-default", test_gone_falls_back_to_default);
  g_test_add_func ("/app/database/default-remembered-empty", test_default_remembered_empty);
  g_test_add_func ("/app/database/no-settings", test_no_settings);
  g_test_add_func ("/app/samples-dir/from-environment", test_samples_dir_from_environment);

  return g_test_run ();
}
