/* chr-view-state.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-view-state"

#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>

#include "chr-view-state.h"

/* The view of each timeline (the stretch of time shown and the filter by
 * number of sources) is kept apart from the timeline file: opening a
 * timeline writes nothing into it, and a file passed on to someone else
 * does not carry the view of the person who sent it. One key file in the
 * user's state folder holds a group per timeline, named after a hash of
 * its path; the groups are in the order the timelines were last left, so
 * the first are the ones to drop. */

#define KEY_PATH "path"
#define KEY_BEGIN "begin"
#define KEY_END "end"
#define KEY_MIN_SOURCES "min-sources"

/* The session clamps the filter to this too. */
#define MAX_MIN_SOURCES 100

static char *
group_for (const char *timeline)
{
  g_autofree char *canonical = g_canonicalize_filename (timeline, NULL);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
}

/* A file that is not there is an empty one; one that cannot be read is
 * started afresh, and @quiet says whether that is worth a warning. */
static GKeyFile *
read_key_file (const char *file,
               gboolean    quiet)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (g_key_file_load_from_file (key_file, file, G_KEY_FILE_KEEP_COMMENTS, &error))
    return g_steal_pointer (&key_file);

  if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      if (quiet)
        g_debug ("Starting afresh, as %s cannot be read: %s", file, error->message);
      else
        g_warning ("The views of the timelines are forgotten, as %s cannot be read: %s", file, error->message);
    }
  return g_key_file_new ();
}

static gint64
get_int64 (GKeyFile   *key_file,
           const char *group,
           const char *key,
           gboolean   *ok)
{
  g_autoptr(GError) error = NULL;
  gint64 value = g_key_file_get_int64 (key_file, group, key, &error);

  if (error != NULL)
    *ok = FALSE;
  return value;
}

/**
 * chr_view_state_get_default_file:
 *
 * Returns: (transfer full): where the views of the timelines are kept,
 *   in the user's state folder ($XDG_STATE_HOME)
 */
char *
chr_view_state_get_default_file (void)
{
  return g_build_filename (g_get_user_state_dir (), "chronicle", "views.ini", NULL);
}

/**
 * chr_view_state_load:
 * @file: the key file, as from chr_view_state_get_default_file()
 * @timeline: the timeline file
 * @state: (out): what was last looked at in @timeline
 *
 * A file that cannot be read is warned about and counts as empty. A stored
 * range that makes no sense is left out, and the view fits the timeline.
 *
 * Returns: whether @timeline's view was kept
 */
gboolean
chr_view_state_load (const char   *file,
                     const char   *timeline,
                     ChrViewState *state)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autofree char *group = NULL;
  gboolean ok = TRUE;
  gint64 min_sources;

  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (timeline != NULL, FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  *state = (ChrViewState) { 0 };
  key_file = read_key_file (file, FALSE);
  group = group_for (timeline);
  if (!g_key_file_has_group (key_file, group))
    return FALSE;

  state->visible.begin = get_int64 (key_file, group, KEY_BEGIN, &ok);
  state->visible.end = get_int64 (key_file, group, KEY_END, &ok);
  state->has_visible = ok && state->visible.begin < state->visible.end;
  if (!state->has_visible)
    state->visible = (ChrTimeSpan) { 0, 0 };

  ok = TRUE;
  min_sources = get_int64 (key_file, group, KEY_MIN_SOURCES, &ok);
  state->min_sources = ok ? (guint) CLAMP (min_sources, 0, MAX_MIN_SOURCES) : 0;
  return TRUE;
}

/**
 * chr_view_state_save:
 * @file: the key file, as from chr_view_state_get_default_file()
 * @timeline: the timeline file
 * @state: what is looked at in @timeline
 * @max_timelines: how many timelines to keep the view of, at least 1
 * @error: return location for a #GError
 *
 * Keeps @state as @timeline's view, which becomes the most recently left;
 * beyond @max_timelines, the least recently left are forgotten. The file
 * is read again first, so that windows of other timelines, in this
 * process or another, keep what they wrote; it is replaced atomically.
 *
 * Returns: %FALSE if the file could not be written
 */
gboolean
chr_view_state_save (const char          *file,
                     const char          *timeline,
                     const ChrViewState  *state,
                     guint                max_timelines,
                     GError             **error)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autofree char *group = NULL;
  g_autofree char *display = NULL;
  g_autofree char *dir = NULL;
  g_auto(GStrv) groups = NULL;
  gsize n_groups;

  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (timeline != NULL, FALSE);
  g_return_val_if_fail (state != NULL, FALSE);
  g_return_val_if_fail (max_timelines > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key_file = read_key_file (file, TRUE);
  group = group_for (timeline);
  display = g_filename_display_name (timeline);

  /* Removed and added again, the group is the last: the most recently left. */
  g_key_file_remove_group (key_file, group, NULL);
  g_key_file_set_string (key_file, group, KEY_PATH, display);
  if (state->has_visible && state->visible.begin < state->visible.end)
    {
      g_key_file_set_int64 (key_file, group, KEY_BEGIN, state->visible.begin);
      g_key_file_set_int64 (key_file, group, KEY_END, state->visible.end);
    }
  g_key_file_set_int64 (key_file, group, KEY_MIN_SOURCES, state->min_sources);

  groups = g_key_file_get_groups (key_file, &n_groups);
  for (gsize i = 0; i + max_timelines < n_groups; i++)
    g_key_file_remove_group (key_file, groups[i], NULL);

  dir = g_path_get_dirname (file);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_dir = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot make the folder %s: %s", display_dir, g_strerror (saved_errno));
      return FALSE;
    }
  return g_key_file_save_to_file (key_file, file, error);
}
