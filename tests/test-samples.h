/* test-samples.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include <string.h>

#include "chr-importer.h"
#include "test-util.h"

G_BEGIN_DECLS

/* A timeline file in a folder of its own, holding the seed articles. */
typedef struct
{
  char        *dir;
  char        *db_path;
  ChrDatabase *db;
} ChrTestSamples;

static inline char *
chr_test_samples_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
}

static inline void
chr_test_samples_reopen (ChrTestSamples *samples)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&samples->db);
  samples->db = chr_database_open (samples->db_path, &error);
  g_assert_no_error (error);
}

/* Imports the five seed articles into a new file under a temporary folder. */
static inline void
chr_test_samples_set_up (ChrTestSamples *samples)
{
  g_autofree char *dir = chr_test_samples_dir ();
  const char * const paths[] = { dir, NULL };
  g_autoptr(ChrImportReport) report = NULL;

  samples->dir = g_dir_make_tmp ("chronicle-samples-XXXXXX", NULL);
  g_assert_nonnull (samples->dir);
  samples->db_path = g_build_filename (samples->dir, "t.db", NULL);
  chr_test_samples_reopen (samples);
  report = chr_importer_import_paths (samples->db, paths, NULL, NULL);
  g_assert_cmpuint (report->errors->len, ==, 0);
  g_assert_cmpuint (report->n_added, ==, 5);
}

static inline void
chr_test_samples_tear_down (ChrTestSamples *samples)
{
  g_clear_object (&samples->db);
  chr_test_remove_tree (samples->dir);
  g_clear_pointer (&samples->dir, g_free);
  g_clear_pointer (&samples->db_path, g_free);
}

static inline const char *
chr_test_origin_of (guint flags)
{
  if (flags & CHR_EVENT_FLAG_USER)
    return "user";
  return (flags & CHR_EVENT_FLAG_EDITED) ? "edited" : "extracted";
}

static inline void
chr_test_append_flags (GString *line,
                       guint    flags)
{
  static const struct { guint flag; const char *name; } names[] = {
    { CHR_EVENT_FLAG_PERIOD, "period" },
    { CHR_EVENT_FLAG_ONGOING, "ongoing" },
    { CHR_EVENT_FLAG_APPROXIMATE, "approximate" },
    { CHR_EVENT_FLAG_CONFLICT, "conflict" },
    { CHR_EVENT_FLAG_STARRED, "starred" },
    { CHR_EVENT_FLAG_HIDDEN, "hidden" },
    { CHR_EVENT_FLAG_NOTE, "note" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (flags & names[i].flag)
      g_string_append_printf (line, " %s", names[i].name);
}

static inline char *
chr_test_describe_event (const ChrEvent *event)
{
  g_autofree char *begin = chr_time_format_iso (event->interval.begin);
  g_autofree char *end = chr_time_format_iso (event->interval.end);
  g_autofree char *tags = event->tags ? g_strjoinv (",", event->tags) : g_strdup ("");
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "%s|%s|%s|%s|%s|%s|n=%u|note=%s|tags=%s|flags:", event->title, event->value, begin,
                          end, chr_granularity_to_string (event->interval.granularity),
                          chr_test_origin_of (event->flags), event->n_sources, event->note ? event->note : "", tags);
  chr_test_append_flags (line, event->flags);
  g_string_append (line, "|src:");
  for (guint k = 0; k < event->sources->len; k++)
    {
      const ChrSource *source = g_ptr_array_index (event->sources, k);

      g_string_append_printf (line, " %" G_GINT64_FORMAT ":%zu-%zu", source->article_id, source->phrase_start,
                              source->phrase_end);
    }
  return g_string_free (line, FALSE);
}

static inline void
chr_test_append_rows (GString    *text,
                      const char *path,
                      const char *sql)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (text, "%s%s", c ? " " : "", (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (text, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
}

static inline int
chr_test_compare_lines (gconstpointer a,
                        gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Everything the events show, as chronicle-cli events --json would, but
 * no event ids (a rebuild renumbers them), one sorted line per event; then
 * the tags and the articles' dates. */
static inline char *
chr_test_dump (ChrDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, TRUE, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (lines, chr_test_describe_event (g_ptr_array_index (events, i)));
  g_ptr_array_sort (lines, chr_test_compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (lines, i));
  chr_test_append_rows (text, chr_database_get_path (db), "SELECT 'tag', name, color FROM tags ORDER BY name");
  chr_test_append_rows (text, chr_database_get_path (db),
                        "SELECT 'article', id, coalesce (published, '-') FROM articles ORDER BY id");
  return g_string_free (text, FALSE);
}

G_END_DECLS
