/* test-application.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-application"

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "chr-application.h"
#include "chr-database.h"
#include "test-util.h"

typedef struct
{
  char *dir;       /* this test's timelines and settings */
  char *keyfile;
} AppFixture;

static void
app_set_up (AppFixture    *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("chronicle-app-XXXXXX", &error);
  g_assert_no_error (error);
  f->keyfile = g_build_filename (f->dir, "settings.ini", NULL);
}

static void
app_tear_down (AppFixture    *f,
               gconstpointer  data)
{
  chr_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->keyfile, g_free);
}

/* One start of the app: its settings read from and written to a keyfile, as
 * a process sees the settings the previous process left behind. */
static GSettings *
start_settings (AppFixture *f)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, "org.chronicle.Chronicle", TRUE);
  g_assert_nonnull (schema);
  backend = g_keyfile_settings_backend_new (f->keyfile, "/", NULL);
  return g_settings_new_full (schema, backend, NULL);
}

static char *
make_timeline (AppFixture *f,
               const char *name)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  return path;
}

/* What get_window does: choose, open (the file exists from then on), list as recent. */
static char *
start (AppFixture *f,
       const char *requested)
{
  g_autoptr(GSettings) settings = start_settings (f);
  g_autofree char *path = chr_application_choose_database (settings, requested);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
    }
  chr_application_add_recent (settings, path);
  g_settings_sync ();
  return g_steal_pointer (&path);
}

static void
test_reopens_last (AppFixture    *f,
                   gconstpointer  data)
{
  g_autofree char *first = make_timeline (f, "crimea.db");
  g_autofree char *opened = start (f, first);
  g_autofree char *reopened = NULL;
  g_autofree char *again = NULL;

  g_assert_cmpstr (opened, ==, first);
  reopened = start (f, NULL);
  g_assert_cmpstr (reopened, ==, first);
  again = start (f, NULL);
  g_assert_cmpstr (again, ==, first);
}

static void
test_db_wins_and_becomes_last (AppFixture    *f,
                               gconstpointer  data)
{
  g_autofree char *first = make_timeline (f, "first.db");
  g_autofree char *second = make_timeline (f, "second.db");
  g_autofree char *a = start (f, first);
  g_autofree char *b = start (f, second);
  g_autofree char *c = start (f, NULL);

  g_assert_cmpstr (a, ==, first);
  g_assert_cmpstr (b, ==, second);
  g_assert_cmpstr (c, ==, second);
}

static void
test_gone_falls_back_to_default (AppFixture    *f,
                                 gconstpointer  data)
{
  g_autofree char *first = make_timeline (f, "moved-away.db");
  g_autofree char *default_path = chr_database_get_default_path ();
  g_autofree char *a = start (f, first);
  g_autofree char *b = NULL;

  g_assert_cmpstr (a, ==, first);
  g_assert_cmpint (g_remove (first), ==, 0);
  b = start (f, NULL);
  g_assert_cmpstr (b, ==, default_path);
}

static void
test_no_settings (void)
{
  g_autofree char *default_path = chr_database_get_default_path ();
  g_autofree char *chosen = chr_application_choose_database (NULL, NULL);
  g_autofree char *requested = chr_application_choose_database (NULL, "/elsewhere/t.db");

  g_assert_cmpstr (chosen, ==, default_path);
  g_assert_cmpstr (requested, ==, "/elsewhere/t.db");
  g_assert_false (chr_application_add_recent (NULL, "/elsewhere/t.db"));
}

static void
test_samples_dir_from_environment (AppFixture    *f,
                                   gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "samples", NULL);
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
  g_autofree char *home = g_dir_make_tmp ("chronicle-app-home-XXXXXX", NULL);
  g_autofree char *data_home = NULL;
  int status;

  /* The default timeline is in the user's data folder: one of the test's own, not the user's. */
  g_assert_nonnull (home);
  data_home = g_build_filename (home, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/app/database/reopens-last", AppFixture, NULL, app_set_up, test_reopens_last, app_tear_down);
  g_test_add ("/app/database/db-wins-and-becomes-last", AppFixture, NULL, app_set_up,
              test_db_wins_and_becomes_last, app_tear_down);
  g_test_add ("/app/database/gone-falls-back-to-default", AppFixture, NULL, app_set_up,
              test_gone_falls_back_to_default, app_tear_down);
  g_test_add_func ("/app/database/no-settings", test_no_settings);
  g_test_add ("/app/samples-dir/from-environment", AppFixture, NULL, app_set_up,
              test_samples_dir_from_environment, app_tear_down);

  status = g_test_run ();
  chr_test_remove_tree (home);
  return status;
}
