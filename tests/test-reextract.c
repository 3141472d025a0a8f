/* test-reextract.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-reextract"

#include "config.h"

#include <sqlite3.h>

#include "chr-importer.h"
#include "chr-reextract.h"
#include "test-samples.h"

typedef struct
{
  ChrTestSamples samples;
  char          *db_path;          /* the samples' */
  ChrDatabase   *db;               /* the samples' */
  char          *fresh;            /* the events as a fresh import made them */
  guint          n_articles;
} Fixture;

/* Everything a person could see of the events, ids aside: the same text
 * means the same timeline. */
static char *
describe_events (ChrDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, TRUE, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      const ChrEvent *event = events->pdata[i];

      g_string_append_printf (text, "%s|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%d|%u|%u|%g\n",
                              event->title, event->value, event->interval.begin, event->interval.end,
                              event->interval.granularity, event->flags, event->n_sources, event->importance);
      for (guint k = 0; k < event->sources->len; k++)
        {
          const ChrSource *source = event->sources->pdata[k];

          g_string_append_printf (text, "  %" G_GINT64_FORMAT "|%s|%zu|%zu\n", source->article_id,
                                  source->excerpt, source->highlight_start, source->highlight_end);
        }
    }
  return g_string_free (text, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  chr_test_samples_set_up (&f->samples);
  f->db_path = f->samples.db_path;
  f->db = f->samples.db;
  f->n_articles = 5;
  f->fresh = describe_events (f->db);
  g_assert_cmpstr (f->fresh, !=, "");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  f->samples.db = f->db;
  chr_test_samples_tear_down (&f->samples);
  g_free (f->fresh);
}

/* As an older engine that found nothing would have left the timeline. */
static void
make_stale (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  g_clear_object (&f->db);
  g_assert_cmpint (sqlite3_open (f->db_path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "DELETE FROM event_candidates; DELETE FROM events; DELETE FROM candidates;"
                                 " DELETE FROM mentions; DELETE FROM sentences;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  f->db = chr_database_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (chr_database_set_extraction_version (f->db, CHR_EXTRACTION_VERSION - 1, &error));
  g_assert_no_error (error);
  g_assert_true (chr_reextract_is_needed (f->db));
  g_assert_cmpint (chr_database_count (f->db, "events"), ==, 0);
}

typedef struct
{
  GArray       *fractions;         /* double */
  GCancellable *cancellable;       /* cancelled after cancel_after calls, when set */
  guint         cancel_after;
} Progress;

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  Progress *progress = user_data;

  g_array_append_val (progress->fractions, fraction);
  if (progress->cancellable != NULL && progress->fractions->len == progress->cancel_after)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_refresh_identical (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Progress progress = { fractions, NULL, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  make_stale (f);
  g_assert_true (chr_reextract_refresh (f->db, NULL, record_progress, &progress, &error));
  g_assert_no_error (error);

  after = describe_events (f->db);
  g_assert_cmpstr (after, ==, f->fresh);
  g_assert_false (chr_reextract_is_needed (f->db));

  /* One step per article and one for the merge, rising to exactly 1. */
  g_assert_cmpuint (fractions->len, ==, f->n_articles + 1);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, 0), >, 0.0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static void
test_refresh_not_needed (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Progress progress = { fractions, NULL, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_false (chr_reextract_is_needed (f->db));
  g_assert_true (chr_reextract_refresh (f->db, NULL, record_progress, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, ==, 0);
  after = describe_events (f->db);
  g_assert_cmpstr (after, ==, f->fresh);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { fractions, cancellable, 2 };
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  make_stale (f);
  g_assert_false (chr_reextract_refresh (f->db, cancellable, record_progress, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* It stopped at the next article: two were extracted, and the events are
   * theirs, each with its sources; the next refresh starts over. */
  g_assert_cmpuint (fractions->len, ==, 2);
  g_assert_true (chr_reextract_is_needed (f->db));
  events = chr_database_list_events (f->db, NULL, 0, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, >, 0);
  for (guint i = 0; i < events->len; i++)
    {
      const ChrEvent *event = events->pdata[i];

      g_assert_cmpuint (event->sources->len, >, 0);
      for (guint k = 0; k < event->sources->len; k++)
        g_assert_cmpint (((ChrSource *) event->sources->pdata[k])->article_id, <=, 2);
    }

  g_cancellable_reset (cancellable);
  progress.cancellable = NULL;
  g_assert_true (chr_reextract_refresh (f->db, cancellable, record_progress, &progress, &error));
  g_assert_no_error (error);
  after = describe_events (f->db);
  g_assert_cmpstr (after, ==, f->fresh);
}

static void
test_cancelled_before (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  make_stale (f);
  g_cancellable_cancel (cancellable);
  g_assert_false (chr_reextract_all (f->db, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (chr_database_count (f->db, "mentions"), ==, 0);
  g_assert_cmpint (chr_database_count (f->db, "events"), ==, 0);
  g_assert_true (chr_reextract_is_needed (f->db));
}

typedef struct
{
  const char *db_path;
  gint64      article_id;
} DateJob;

static gpointer
set_published_in_thread (gpointer data)
{
  DateJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = chr_database_open (job->db_path, &error);

  g_assert_no_error (error);
  g_assert_true (chr_reextract_set_published (db, job->article_id, "2030-01-01", &error));
  g_assert_no_error (error);
  return NULL;
}

static void
test_set_published_in_worker (Fixture       *f,
                              gconstpointer  data)
{
  DateJob job = { f->db_path, 1 };
  GThread *thread = g_thread_new ("set-published", set_published_in_thread, &job);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_thread_join (thread);

  /* The main connection sees what the worker's wrote. */
  articles = chr_database_list_articles (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((ChrArticleInfo *) articles->pdata[0])->published, ==, "2030-01-01");
  after = describe_events (f->db);
  g_assert_cmpstr (after, !=, f->fresh);
}

static gint64
count_events_on (ChrDatabase *db,
                 const char  *value)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, FALSE, NULL);
  gint64 n = 0;

  for (guint i = 0; i < events->len; i++)
    n += g_strcmp0 (((ChrEvent *) events->pdata[i])->value, value) == 0;
  return n;
}

static void
test_set_published (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-import-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *text_path = g_build_filename (dir, "bare.txt", NULL);
  const char * const paths[] = { text_path, NULL };
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* An article with no date: the summit "on Friday" waits for one. */
  g_assert_true (g_file_set_contents (text_path,
                                      "Summit ends without a deal\n"
                                      "The leaders met in Alaska on Friday. Russia annexed Crimea in 2014.\n",
                                      -1, NULL));
  db = chr_database_open (db_path, &error);
  g_assert_no_error (error);
  report = chr_importer_import_paths (db, paths, NULL, NULL);
  g_assert_cmpuint (report->n_added, ==, 1);
  id = *(gint64 *) report->added_ids->pdata[0];
  g_assert_cmpint (chr_database_count (db, "events"), ==, 1);
  g_assert_cmpint (count_events_on (db, "2014"), ==, 1);

  /* Its date set, "on Friday" snaps to the Friday before. */
  g_assert_true (chr_reextract_set_published (db, id, "2025-08-18", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_events_on (db, "2025-08-15"), ==, 1);
  g_assert_cmpint (count_events_on (db, "2014"), ==, 1);
  g_assert_cmpint (chr_database_count (db, "events"), ==, 2);
  articles = chr_database_list_articles (db, NULL);
  g_assert_cmpstr (((ChrArticleInfo *) articles->pdata[0])->published, ==, "2025-08-18");

  /* Another date moves it; nothing is left of the old resolution. */
  g_assert_true (chr_reextract_set_published (db, id, "2025-09-01", &error));
  g_assert_cmpint (count_events_on (db, "2025-08-15"), ==, 0);
  g_assert_cmpint (count_events_on (db, "2025-08-29"), ==, 1);
  g_assert_cmpint (chr_database_count (db, "events"), ==, 2);
  g_assert_cmpint (chr_database_count (db, "mentions"), ==, 2);

  /* Bad dates and unknown articles are refused, and change nothing. */
  g_assert_false (chr_reextract_set_published (db, id, "next week", &error));
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BAD_DATE);
  g_clear_error (&error);
  g_assert_false (chr_reextract_set_published (db, id + 100, "2025-09-01", &error));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (count_events_on (db, "2025-08-29"), ==, 1);

  g_clear_object (&db);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)))
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);
        g_remove (child);
      }
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/reextract/refresh-identical", Fixture, NULL, fixture_set_up, test_refresh_identical, fixture_tear_down);
  g_test_add ("/model/reextract/refresh-not-needed", Fixture, NULL, fixture_set_up, test_refresh_not_needed, fixture_tear_down);
  g_test_add ("/model/reextract/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/model/reextract/cancelled-before", Fixture, NULL, fixture_set_up, test_cancelled_before, fixture_tear_down);
  g_test_add ("/model/reextract/set-published-in-worker", Fixture, NULL, fixture_set_up, test_set_published_in_worker,
              fixture_tear_down);
  g_test_add_func ("/model/reextract/set-published", test_set_published);

  return g_test_run ();
}
