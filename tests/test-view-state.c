/* test-view-state.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-view-state"

#include "config.h"

#include <glib/gstdio.h>

#include "chr-view-state.h"
#include "test-util.h"

/* The view of each timeline, kept in a key file of its own. */

typedef struct
{
  char *dir;
  char *file;
} ViewStateFixture;

static void
view_state_set_up (ViewStateFixture *f,
                   gconstpointer     data)
{
  f->dir = g_dir_make_tmp ("chronicle-view-state-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  /* In a folder that is not there yet, as on a first start. */
  f->file = g_build_filename (f->dir, "chronicle", "views.ini", NULL);
}

static void
view_state_tear_down (ViewStateFixture *f,
                      gconstpointer     data)
{
  chr_test_remove_tree (f->dir);
  g_clear_pointer (&f->file, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static char *
timeline_path (ViewStateFixture *f,
               guint             i)
{
  g_autofree char *name = g_strdup_printf ("t%u.db", i);

  return g_build_filename (f->dir, name, NULL);
}

static void
save (ViewStateFixture   *f,
      const char         *timeline,
      const ChrViewState *state,
      guint               max_timelines)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_view_state_save (f->file, timeline, state, max_timelines, &error));
  g_assert_no_error (error);
}

/* What is saved is loaded, for that timeline only, however its path is spelt. */
static void
test_round_trip (ViewStateFixture *f,
                 gconstpointer     data)
{
  g_autofree char *a = timeline_path (f, 0);
  g_autofree char *b = timeline_path (f, 1);
  g_autofree char *a_again = g_build_filename (f->dir, ".", "t0.db", NULL);
  ChrViewState state = { .has_visible = TRUE, .visible = { -1293840000, 1420070400 }, .min_sources = 3 };
  ChrViewState loaded;

  /* Nothing kept yet, and no file: nothing to say. */
  g_assert_false (chr_view_state_load (f->file, a, &loaded));
  g_assert_false (loaded.has_visible);
  g_assert_cmpuint (loaded.min_sources, ==, 0);

  save (f, a, &state, 50);
  g_assert_true (chr_view_state_load (f->file, a_again, &loaded));
  g_assert_true (loaded.has_visible);
  g_assert_cmpint (loaded.visible.begin, ==, -1293840000);
  g_assert_cmpint (loaded.visible.end, ==, 1420070400);
  g_assert_cmpuint (loaded.min_sources, ==, 3);
  g_assert_false (chr_view_state_load (f->file, b, &loaded));

  /* A view left fitted is kept as fitted: no range. */
  save (f, b, &(ChrViewState) { .has_visible = FALSE, .visible = { 10, 20 }, .min_sources = 0 }, 50);
  g_assert_true (chr_view_state_load (f->file, b, &loaded));
  g_assert_false (loaded.has_visible);
  g_assert_cmpuint (loaded.min_sources, ==, 0);

  /* The other timeline's view is still there. */
  g_assert_true (chr_view_state_load (f->file, a, &loaded));
  g_assert_true (loaded.has_visible);
  g_assert_cmpuint (loaded.min_sources, ==, 3);
}

static void
assert_kept (ViewStateFixture *f,
             guint             i,
             gboolean          kept)
{
  g_autofree char *path = timeline_path (f, i);
  ChrViewState loaded;

  g_assert_cmpint (chr_view_state_load (f->file, path, &loaded), ==, kept);
  if (kept)
    g_assert_cmpuint (loaded.min_sources, ==, i);
}

/* Beyond the limit, the timelines left longest ago are forgotten; saving
 * a timeline again makes it the most recent. */
static void
test_least_recent_go (ViewStateFixture *f,
                      gconstpointer     data)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  gsize n_groups = 0;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = timeline_path (f, i);

      save (f, path, &(ChrViewState) { .min_sources = i }, 3);
    }
  {
    g_autofree char *path = timeline_path (f, 0);

    save (f, path, &(ChrViewState) { .min_sources = 0 }, 3);
  }
  for (guint i = 3; i < 5; i++)
    {
      g_autofree char *path = timeline_path (f, i);

      save (f, path, &(ChrViewState) { .min_sources = i }, 3);
    }

  assert_kept (f, 0, TRUE);
  assert_kept (f, 1, FALSE);
  assert_kept (f, 2, FALSE);
  assert_kept (f, 3, TRUE);
  assert_kept (f, 4, TRUE);
  g_assert_true (g_key_file_load_from_file (key_file, f->file, G_KEY_FILE_NONE, NULL));
  g_strfreev (g_key_file_get_groups (key_file, &n_groups));
  g_assert_cmpuint (n_groups, ==, 3);
}

/* A file that is not a key file is warned about and forgotten, and the
 * next save replaces it. */
static void
test_corrupt (ViewStateFixture *f,
              gconstpointer     data)
{
  static const char garbage[] = "\xff\xfe\x00[[[\x01\x02 not a key file\n=\n";
  g_autofree char *dir = g_path_get_dirname (f->file);
  g_autofree char *a = timeline_path (f, 0);
  ChrViewState loaded;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->file, garbage, sizeof garbage, NULL));

  g_test_expect_message ("chr-view-state", G_LOG_LEVEL_WARNING, "*views of the timelines are forgotten*");
  g_assert_false (chr_view_state_load (f->file, a, &loaded));
  g_test_assert_expected_messages ();

  save (f, a, &(ChrViewState) { .has_visible = TRUE, .visible = { 0, 86400 }, .min_sources = 2 }, 50);
  g_assert_true (chr_view_state_load (f->file, a, &loaded));
  g_assert_true (loaded.has_visible);
  g_assert_cmpuint (loaded.min_sources, ==, 2);
}

/* Values that make no sense, written by hand: a backwards range fits the
 * timeline, and the filter is kept within what the session allows. */
static void
test_nonsense (ViewStateFixture *f,
               gconstpointer     data)
{
  g_autofree char *a = timeline_path (f, 0);
  g_autofree char *b = timeline_path (f, 1);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  ChrViewState loaded;

  save (f, a, &(ChrViewState) { .has_visible = TRUE, .visible = { 0, 86400 }, .min_sources = 1 }, 50);
  save (f, b, &(ChrViewState) { .has_visible = TRUE, .visible = { 0, 86400 }, .min_sources = 1 }, 50);
  g_assert_true (g_file_get_contents (f->file, &contents, NULL, NULL));
  edited = g_string_new (contents);
  /* The first group is a's: a backwards range and too many sources; b's gets words. */
  g_assert_cmpuint (g_string_replace (edited, "end=86400", "end=-5", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "min-sources=1", "min-sources=1000", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "begin=0", "begin=yesterday", 0), ==, 2);
  g_assert_cmpuint (g_string_replace (edited, "min-sources=1\n", "min-sources=-4\n", 1), ==, 1);
  g_assert_true (g_file_set_contents (f->file, edited->str, -1, NULL));

  g_assert_true (chr_view_state_load (f->file, a, &loaded));
  g_assert_false (loaded.has_visible);
  g_assert_cmpuint (loaded.min_sources, ==, 100);
  g_assert_true (chr_view_state_load (f->file, b, &loaded));
  g_assert_false (loaded.has_visible);
  g_assert_cmpuint (loaded.min_sources, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/session/view-state/round-trip", ViewStateFixture, NULL, view_state_set_up, test_round_trip,
              view_state_tear_down);
  g_test_add ("/session/view-state/least-recent-go", ViewStateFixture, NULL, view_state_set_up,
              test_least_recent_go, view_state_tear_down);
  g_test_add ("/session/view-state/corrupt", ViewStateFixture, NULL, view_state_set_up, test_corrupt,
              view_state_tear_down);
  g_test_add ("/session/view-state/nonsense", ViewStateFixture, NULL, view_state_set_up, test_nonsense,
              view_state_tear_down);

  return g_test_run ();
}
