/* test-session.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-session"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "chr-date-parse.h"
#include "chr-edits.h"
#include "chr-session.h"
#include "test-util.h"

/* A session driven with no window: what widgets would see, counted. */
typedef struct
{
  char       *dir;
  char       *db_path;
  ChrSession *session;
  GHashTable *notified;   /* property name → count */
} SessionFixture;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  SessionFixture *f = user_data;
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (f->notified, pspec->name));

  g_hash_table_insert (f->notified, (gpointer) pspec->name, GUINT_TO_POINTER (count + 1));
}

static guint
notified (SessionFixture *f,
          const char     *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (f->notified, name));
}

/* Runs the main loop until the session's work is done, for at most ten seconds. */
static void
wait_idle (ChrSession *session)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (chr_session_get_busy (session) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (chr_session_get_busy (session));
}

static void
make_timeline (SessionFixture *f)
{
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  const char * const paths[] = { samples, NULL };
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  db = chr_database_open (f->db_path, &error);
  g_assert_no_error (error);
  report = chr_importer_import_paths (db, paths, NULL, NULL);
  g_assert_cmpuint (report->n_added, ==, 5);
}

static void
session_set_up (SessionFixture *f,
                gconstpointer   data)
{
  f->dir = g_dir_make_tmp ("chronicle-session-XXXXXX", NULL);
  f->db_path = g_build_filename (f->dir, "timeline.db", NULL);
  f->notified = g_hash_table_new (g_str_hash, g_str_equal);
  make_timeline (f);
  f->session = chr_session_new ();
  g_signal_connect (f->session, "notify", G_CALLBACK (on_notify_cb), f);
}

static void
open_and_load (SessionFixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_session_open (f->session, f->db_path, &error));
  g_assert_no_error (error);
  wait_idle (f->session);
}

static void
session_tear_down (SessionFixture *f,
                   gconstpointer   data)
{
  if (f->session != NULL)
    wait_idle (f->session);
  g_clear_object (&f->session);
  g_clear_pointer (&f->notified, g_hash_table_unref);
  chr_test_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static guint
count_events (SessionFixture *f,
              guint           min_sources)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (chr_session_get_database (f->session), NULL, min_sources,
                                                          FALSE, NULL);

  return events->len;
}

static gint64
first_event_with_sources (SessionFixture *f,
                          guint           n_sources)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (chr_session_get_database (f->session), NULL, 0, FALSE,
                                                          NULL);

  for (guint i = 0; i < events->len; i++)
    {
      const ChrEvent *event = g_ptr_array_index (events, i);

      if (event->n_sources == n_sources)
        return event->id;
    }
  return -1;
}

/* Opening reads the timeline in the background and says so once. */
static void
test_load (SessionFixture *f,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, 0);
  g_assert_true (chr_session_open (f->session, f->db_path, &error));
  g_assert_no_error (error);
  g_assert_true (chr_session_get_busy (f->session));
  g_assert_cmpstr (chr_session_get_path (f->session), ==, f->db_path);
  g_assert_true (chr_session_get_has_events (f->session));
  wait_idle (f->session);

  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, count_events (f, 0));
  g_assert_cmpuint (chr_session_get_n_events (f->session), >=, 20);
  g_assert_cmpuint (chr_session_get_n_articles (f->session), ==, 5);
  g_assert_cmpuint (notified (f, "index"), ==, 1);
  g_assert_cmpuint (notified (f, "n-events"), ==, 1);
  g_assert_cmpuint (notified (f, "n-articles"), ==, 1);
  g_assert_cmpuint (notified (f, "busy"), ==, 2);
  /* It follows the events: the view spans all of them. */
  {
    const ChrTimeSpan *visible = chr_session_get_visible (f->session);
    gint64 begin, end;

    g_assert_true (chr_session_get_fitted (f->session));
    g_assert_true (chr_timeline_index_get_extent (chr_session_get_index (f->session), &begin, &end));
    g_assert_cmpint (visible->begin, <, begin);
    g_assert_cmpint (visible->end, >, end);
  }
}

/* A file that is not a timeline is refused, and left as it was. */
static void
test_open_damaged (SessionFixture *f,
                   gconstpointer   data)
{
  g_autofree char *path = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "Notes, not a timeline, but long enough to look like a file.", -1, NULL));
  g_assert_false (chr_session_open (f->session, path, &error));
  g_assert_nonnull (error);
  g_assert_null (chr_session_get_database (f->session));
  g_assert_false (chr_session_get_busy (f->session));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Notes"));
}

static void
test_visible (SessionFixture *f,
              gconstpointer   data)
{
  ChrTimeSpan year = { chr_time_from_civil (2022, 1, 1, 0, 0, 0), chr_time_from_civil (2023, 1, 1, 0, 0, 0) };
  const ChrTimeSpan *visible;

  open_and_load (f);
  g_hash_table_remove_all (f->notified);

  chr_session_set_visible (f->session, &year);
  visible = chr_session_get_visible (f->session);
  g_assert_cmpint (visible->begin, ==, year.begin);
  g_assert_cmpint (visible->end, ==, year.end);
  g_assert_false (chr_session_get_fitted (f->session));
  g_assert_cmpuint (notified (f, "visible"), ==, 1);
  g_assert_cmpuint (notified (f, "fitted"), ==, 1);

  /* The same span again changes nothing and says nothing. */
  chr_session_set_visible (f->session, &year);
  g_assert_cmpuint (notified (f, "visible"), ==, 1);

  /* No narrower than an hour, around the middle asked for. */
  chr_session_set_visible (f->session, &(ChrTimeSpan) { year.begin, year.begin + 60 });
  visible = chr_session_get_visible (f->session);
  g_assert_cmpint (visible->end - visible->begin, ==, 3600);
  g_assert_cmpint (visible->begin + 1800, ==, year.begin + 30);

  /* Going to a date shows it in the middle third. */
  chr_session_go_to (f->session, year.begin, year.end);
  visible = chr_session_get_visible (f->session);
  g_assert_cmpint (visible->begin, ==, year.begin - (year.end - year.begin));
  g_assert_cmpint (visible->end, ==, year.end + (year.end - year.begin));

  /* Fitting follows the events again. */
  chr_session_zoom_to_fit (f->session);
  g_assert_true (chr_session_get_fitted (f->session));
  visible = chr_session_get_visible (f->session);
  {
    gint64 begin, end;

    g_assert_true (chr_timeline_index_get_extent (chr_session_get_index (f->session), &begin, &end));
    g_assert_cmpint (visible->begin, <=, begin);
    g_assert_cmpint (visible->end, >=, end);
  }
}

/* Zoom to fit frames where most of the importance is, with a twentieth
 * of it as room on each side, and follows a new index while fitted. */
static void
test_zoom_to_fit (SessionFixture *f,
                  gconstpointer   data)
{
  static const struct
  {
    const char *name;
    int         dates[12][3];   /* one-day events, {0} ends the list */
    double      importance[12];
    int         begin[3];       /* what the events framed span */
    int         end[3];
  } rows[] = {
    /* Eight days of news and four asides: the news, widened by a day. */
    { "news and asides",
      { { 2013, 3, 1 }, { 2013, 3, 2 }, { 2013, 3, 3 }, { 2013, 3, 4 }, { 2013, 3, 5 }, { 2013, 3, 6 },
        { 2013, 3, 7 }, { 2013, 3, 8 }, { 1901, 1, 1 }, { 1953, 3, 5 }, { 1984, 6, 1 }, { 2050, 1, 1 } },
      { 5, 5, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1 },
      { 2013, 2, 28 }, { 2013, 3, 10 } },
    /* Evenly spread: every event. */
    { "evenly spread",
      { { 2000, 1, 1 }, { 2001, 1, 1 }, { 2002, 1, 1 }, { 2003, 1, 1 }, { 2004, 1, 1 } },
      { 1, 1, 1, 1, 1 },
      { 2000, 1, 1 }, { 2004, 1, 2 } },
  };

  chr_session_set_visible (f->session, &(ChrTimeSpan) { 0, CHR_SECONDS_PER_DAY });
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (GArray) items = g_array_new (FALSE, FALSE, sizeof (ChrTimelineItem));
      g_autoptr (ChrTimelineIndex) index = NULL;
      gint64 begin = chr_time_from_civil (rows[i].begin[0], rows[i].begin[1], rows[i].begin[2], 0, 0, 0);
      gint64 end = chr_time_from_civil (rows[i].end[0], rows[i].end[1], rows[i].end[2], 0, 0, 0);
      gint64 margin = (end - begin) / 20 + 1;
      const ChrTimeSpan *visible;

      g_test_message ("%s", rows[i].name);
      for (guint k = 0; k < G_N_ELEMENTS (rows[i].dates) && rows[i].dates[k][0] != 0; k++)
        {
          ChrTimelineItem item = {
            .id = k + 1,
            .begin = chr_time_from_civil (rows[i].dates[k][0], rows[i].dates[k][1], rows[i].dates[k][2], 0, 0, 0),
            .granularity = CHR_GRANULARITY_DAY,
            .label = "event",
            .importance = rows[i].importance[k],
          };

          item.end = item.begin + CHR_SECONDS_PER_DAY;
          g_array_append_val (items, item);
        }
      index = chr_timeline_index_new ((const ChrTimelineItem *) (gpointer) items->data, items->len);
      chr_session_set_index (f->session, index);
      /* The first row is set while another span is shown: Ctrl+0 frames it.
       * The next follows because the session is fitted by then. */
      if (i == 0)
        chr_session_zoom_to_fit (f->session);
      g_assert_true (chr_session_get_fitted (f->session));
      visible = chr_session_get_visible (f->session);
      g_assert_cmpint (visible->begin, ==, begin - margin);
      g_assert_cmpint (visible->end, ==, end + margin);
    }
}

/* Zooming keeps the chosen event where it is when it is in view. */
static void
test_zoom (SessionFixture *f,
           gconstpointer   data)
{
  gint64 id;
  int index;
  const ChrTimelineItem *item;
  ChrTimeSpan before, after;

  open_and_load (f);
  id = first_event_with_sources (f, 1);
  g_assert_cmpint (id, >, 0);
  index = chr_timeline_index_find (chr_session_get_index (f->session), id);
  g_assert_cmpint (index, >=, 0);
  item = chr_timeline_index_get_item (chr_session_get_index (f->session), (guint) index);
  chr_session_set_selected (f->session, id);

  before = *chr_session_get_visible (f->session);
  chr_session_zoom (f->session, 2.0);
  after = *chr_session_get_visible (f->session);
  g_assert_cmpint (after.end - after.begin, ==, (before.end - before.begin) / 2);
  /* The event's place across the view is the same, to the second. */
  g_assert_cmpfloat (ABS ((double) (item->begin - before.begin) / (before.end - before.begin) -
                          (double) (item->begin - after.begin) / (after.end - after.begin)), <, 1e-6);

  chr_session_zoom (f->session, 0.5);
  after = *chr_session_get_visible (f->session);
  g_assert_cmpint (ABS (after.begin - before.begin), <=, 1);
  g_assert_cmpint (ABS (after.end - before.end), <=, 1);
}

static void
test_select (SessionFixture *f,
             gconstpointer   data)
{
  gint64 single, widely;

  open_and_load (f);
  single = first_event_with_sources (f, 1);
  widely = first_event_with_sources (f, 3);
  g_assert_cmpint (single, >, 0);
  g_assert_cmpint (widely, >, 0);
  g_hash_table_remove_all (f->notified);

  chr_session_set_selected (f->session, single);
  chr_session_set_selected (f->session, single);
  chr_session_set_hovered (f->session, widely);
  g_assert_cmpint (chr_session_get_selected (f->session), ==, single);
  g_assert_cmpint (chr_session_get_hovered (f->session), ==, widely);
  g_assert_cmpuint (notified (f, "selected"), ==, 1);
  g_assert_cmpuint (notified (f, "hovered"), ==, 1);

  /* A filter that hides the chosen event lets go of it; the hovered one stays. */
  chr_session_set_min_sources (f->session, 3);
  wait_idle (f->session);
  g_assert_cmpint (chr_session_get_selected (f->session), ==, -1);
  g_assert_cmpint (chr_session_get_hovered (f->session), ==, widely);
  g_assert_cmpuint (notified (f, "selected"), ==, 2);

  {
    g_autoptr(ChrEvent) event = chr_session_get_event (f->session, widely);

    g_assert_nonnull (event);
    g_assert_cmpuint (event->n_sources, ==, 3);
    g_assert_cmpuint (event->sources->len, >=, 3);
  }
}

/* Filters read the timeline again; loads asked for one after another end
 * with what was asked last. */
static void
test_filter (SessionFixture *f,
             gconstpointer   data)
{
  guint all, widely;

  open_and_load (f);
  all = count_events (f, 0);
  widely = count_events (f, 3);
  g_assert_cmpuint (widely, <, all);
  g_hash_table_remove_all (f->notified);

  chr_session_set_min_sources (f->session, 3);
  g_assert_cmpuint (notified (f, "min-sources"), ==, 1);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, widely);
  g_assert_cmpuint (notified (f, "index"), ==, 1);
  /* The articles are all there, whatever the filter. */
  g_assert_cmpuint (chr_session_get_n_articles (f->session), ==, 5);
  g_assert_true (chr_session_get_has_events (f->session));

  chr_session_set_min_sources (f->session, 2);
  chr_session_set_min_sources (f->session, 0);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, all);
  g_assert_cmpuint (notified (f, "min-sources"), ==, 3);
}

static void
on_done_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **result)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (*result == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (*result);
  return *result;
}

static void
test_import (SessionFixture *f,
             gconstpointer   data)
{
  g_autofree char *path = g_build_filename (f->dir, "moon.txt", NULL);
  const char * const paths[] = { path, NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  open_and_load (f);
  before = chr_session_get_n_events (f->session);
  g_assert_true (g_file_set_contents (path, "Moon landing remembered\n"
                                            "Apollo 11 landed on the Moon on July 20, 1969.\n", -1, NULL));
  chr_session_import_async (f->session, paths, NULL, on_done_cb, &result);
  g_assert_true (chr_session_get_busy (f->session));
  report = chr_session_import_finish (f->session, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 1);
  /* The events are read again after the import, with the new one. */
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, before + 1);
  g_assert_cmpuint (chr_session_get_n_articles (f->session), ==, 6);
}

/* Reading an article: the window and the reader hear of it once; the
 * article comes back with its text, sentences and dates, each date with
 * the event it supports; a date's event comes into view. */
static void
test_read_article (SessionFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(ChrArticleText) text = NULL;
  g_autoptr(ChrEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  const ChrSource *source;
  const ChrArticleDate *date = NULL;
  const ChrSpan *last;

  open_and_load (f);
  event = chr_database_get_event (chr_session_get_database (f->session), first_event_with_sources (f, 3), NULL);
  source = g_ptr_array_index (event->sources, 0);
  g_assert_nonnull (source->article_published);

  chr_session_read_article (f->session, source->article_id, (gint64) source->phrase_start);
  chr_session_read_article (f->session, source->article_id, (gint64) source->phrase_start);
  g_assert_cmpuint (notified (f, "reading-article"), ==, 1);
  g_assert_cmpuint (notified (f, "reading-offset"), ==, 1);
  g_assert_cmpint (chr_session_get_reading_article (f->session), ==, source->article_id);
  g_assert_cmpint (chr_session_get_reading_offset (f->session), ==, (gint64) source->phrase_start);

  chr_session_load_article_async (f->session, source->article_id, NULL, on_done_cb, &result);
  text = chr_session_load_article_finish (f->session, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text->article->title, ==, source->article_title);
  last = &g_array_index (text->article->sentences, ChrSpan, text->article->sentences->len - 1);
  g_assert_cmpuint (last->end, <=, text->article->length);
  for (guint i = 0; i < text->dates->len; i++)
    if (g_array_index (text->dates, ChrArticleDate, i).start == source->phrase_start)
      date = &g_array_index (text->dates, ChrArticleDate, i);
  g_assert_nonnull (date);
  g_assert_cmpint (date->event_id, ==, event->id);
  g_assert_true (date->resolved);

  /* From far away, the event comes into the middle of the view, chosen. */
  chr_session_go_to (f->session, chr_time_from_civil (1900, 1, 1, 0, 0, 0), chr_time_from_civil (1901, 1, 1, 0, 0, 0));
  chr_session_reveal_event (f->session, event->id);
  g_assert_cmpint (chr_session_get_selected (f->session), ==, event->id);
  g_assert_cmpint (chr_session_get_visible (f->session)->begin, <=, event->interval.begin);
  g_assert_cmpint (chr_session_get_visible (f->session)->end, >=, event->interval.end);

  chr_session_stop_reading (f->session);
  g_assert_cmpint (chr_session_get_reading_article (f->session), ==, 0);
  g_assert_cmpuint (notified (f, "reading-article"), ==, 2);
}

static void
test_set_published (SessionFixture *f,
                    gconstpointer   data)
{
  g_autofree char *path = g_build_filename (f->dir, "undated.txt", NULL);
  const char * const paths[] = { path, NULL };
  g_autoptr(GAsyncResult) imported = NULL;
  g_autoptr(GAsyncResult) dated = NULL;
  g_autoptr(GAsyncResult) refused = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 article_id;
  guint before;

  open_and_load (f);
  g_assert_true (g_file_set_contents (path, "Geneva talks\nThe envoys met on Monday in Geneva.\n", -1, NULL));
  chr_session_import_async (f->session, paths, NULL, on_done_cb, &imported);
  report = chr_session_import_finish (f->session, wait_result (&imported), &error);
  g_assert_no_error (error);
  article_id = *(gint64 *) g_ptr_array_index (report->added_ids, 0);
  wait_idle (f->session);
  before = chr_session_get_n_events (f->session);

  /* The Monday waits for the article's date, and snaps into place with it. */
  chr_session_set_published_async (f->session, article_id, "2025-09-03", NULL, on_done_cb, &dated);
  g_assert_true (chr_session_set_published_finish (f->session, wait_result (&dated), &error));
  g_assert_no_error (error);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, before + 1);

  /* A date that is not one is refused, and nothing changes. */
  chr_session_set_published_async (f->session, article_id, "the day after", NULL, on_done_cb, &refused);
  g_assert_false (chr_session_set_published_finish (f->session, wait_result (&refused), &error));
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BAD_DATE);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, before + 1);
}

/* A newer engine opens an older timeline: every article is read again in
 * the background, with progress, and the events come out as a fresh import
 * would make them. */
static void
test_refresh (SessionFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  guint fresh;

  open_and_load (f);
  fresh = chr_session_get_n_events (f->session);
  g_clear_object (&f->session);
  {
    g_autoptr(ChrDatabase) db = chr_database_open (f->db_path, &error);

    g_assert_no_error (error);
    g_assert_true (chr_database_set_extraction_version (db, 1, &error));
    g_assert_true (chr_importer_rebuild_events (db, &error));
  }

  f->session = chr_session_new ();
  g_signal_connect (f->session, "notify", G_CALLBACK (on_notify_cb), f);
  g_hash_table_remove_all (f->notified);
  open_and_load (f);
  g_assert_cmpint (chr_database_get_extraction_version (chr_session_get_database (f->session)), ==,
                   CHR_EXTRACTION_VERSION);
  g_assert_cmpuint (notified (f, "progress"), >=, 2);
  g_assert_cmpfloat (chr_session_get_progress (f->session), ==, -1);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, fresh);
  /* The events were shown twice: those of the old engine, then the new. */
  g_assert_cmpuint (notified (f, "index"), ==, 2);
}

static void
on_edited_cb (ChrSession *session,
              const char *kind,
              gint64      event_id,
              gpointer    user_data)
{
  GString *log = user_data;

  g_string_append_printf (log, "%s;", kind);
}

static const ChrTimelineItem *
shown_item (SessionFixture *f,
            gint64          id)
{
  ChrTimelineIndex *index = chr_session_get_index (f->session);
  int position = chr_timeline_index_find (index, id);

  return position >= 0 ? chr_timeline_index_get_item (index, (guint) position) : NULL;
}

/* A rename shows before the write is done, without reading the timeline
 * again; the file has it when the session says it was edited; undo and
 * redo go through the file's history. */
static void
test_edit_undo (SessionFixture *f,
                gconstpointer   data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Renamed by hand" };
  g_autoptr(ChrEvent) stored = NULL;
  g_autofree char *original = NULL;
  gint64 id;
  guint loads;

  open_and_load (f);
  g_signal_connect (f->session, "edited", G_CALLBACK (on_edited_cb), log);
  id = first_event_with_sources (f, 1);
  original = g_strdup (shown_item (f, id)->label);
  g_assert_null (chr_session_get_undo_kind (f->session));

  loads = notified (f, "index");
  chr_session_change_event (f->session, id, &rename);
  g_assert_cmpstr (shown_item (f, id)->label, ==, "Renamed by hand");
  g_assert_true (shown_item (f, id)->flags & CHR_EVENT_FLAG_EDITED);
  g_assert_cmpuint (notified (f, "index"), ==, loads + 1);
  wait_idle (f->session);
  g_assert_cmpstr (log->str, ==, "edit;");
  g_assert_cmpuint (notified (f, "index"), ==, loads + 1);
  stored = chr_session_get_event (f->session, id);
  g_assert_cmpstr (stored->title, ==, "Renamed by hand");
  g_assert_cmpstr (chr_session_get_undo_kind (f->session), ==, "rename");

  chr_session_undo (f->session);
  wait_idle (f->session);
  g_assert_cmpstr (log->str, ==, "edit;undo;");
  g_assert_null (chr_session_get_undo_kind (f->session));
  g_assert_cmpstr (chr_session_get_redo_kind (f->session), ==, "rename");
  for (guint i = 0; i < chr_session_get_n_events (f->session); i++)
    g_assert_cmpstr (chr_timeline_index_get_item (chr_session_get_index (f->session), i)->label, !=, "Renamed by hand");

  chr_session_redo (f->session);
  wait_idle (f->session);
  g_assert_cmpstr (chr_session_get_undo_kind (f->session), ==, "rename");
  g_assert_null (chr_session_get_redo_kind (f->session));
}

/* A hidden event leaves the timeline at once, and comes back with the filter. */
static void
test_hide (SessionFixture *f,
           gconstpointer   data)
{
  ChrEventChange hide = { .fields = CHR_EVENT_CHANGE_HIDDEN, .hidden = TRUE };
  guint n;
  gint64 id;

  open_and_load (f);
  n = chr_session_get_n_events (f->session);
  id = first_event_with_sources (f, 1);
  chr_session_change_event (f->session, id, &hide);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, n - 1);
  g_assert_null (shown_item (f, id));
  wait_idle (f->session);

  chr_session_set_show_hidden (f->session, TRUE);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, n);
  g_assert_true (shown_item (f, id)->flags & CHR_EVENT_FLAG_HIDDEN);
}

/* An added event shows at once, and is chosen once the file has it. */
static void
test_add (SessionFixture *f,
          gconstpointer   data)
{
  ChrEventChange add = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "Added by hand" };
  gint64 selected;
  guint n;

  open_and_load (f);
  n = chr_session_get_n_events (f->session);
  g_assert_true (chr_date_parse ("2019-03", &add.interval));
  chr_session_add_event (f->session, &add);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, n + 1);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, n + 1);
  selected = chr_session_get_selected (f->session);
  g_assert_cmpint (selected, >, 0);
  g_assert_cmpstr (shown_item (f, selected)->label, ==, "Added by hand");
  g_assert_true (shown_item (f, selected)->flags & CHR_EVENT_FLAG_USER);
}

/* Another program edits the file: the session notices and shows it. */
static void
test_other_process (SessionFixture *f,
                    gconstpointer   data)
{
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Renamed elsewhere" };
  g_autoptr(ChrDatabase) other = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline, id;

  open_and_load (f);
  id = first_event_with_sources (f, 1);
  other = chr_database_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (chr_edits_change_event (other, id, &rename, &error));
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_strcmp0 (shown_item (f, id)->label, "Renamed elsewhere") != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (shown_item (f, id)->label, ==, "Renamed elsewhere");
  wait_idle (f->session);
  g_assert_cmpstr (chr_session_get_undo_kind (f->session), ==, "rename");
}

/* A tag filter shows only the events with that tag. */
static void
test_tag_filter (SessionFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  guint n;
  gint64 id, tag;

  open_and_load (f);
  n = chr_session_get_n_events (f->session);
  id = first_event_with_sources (f, 1);
  chr_session_tag_event (f->session, id, "Diplomacy", TRUE);
  wait_idle (f->session);
  tag = chr_edits_find_tag (chr_session_get_database (f->session), "diplomacy", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tag, >, 0);

  chr_session_set_tag_filter (f->session, tag);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, 1);
  g_assert_cmpuint (chr_timeline_index_get_item (chr_session_get_index (f->session), 0)->color, >, 0);

  chr_session_set_tag_filter (f->session, 0);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, n);
}

/* How many events article @article_id reports; article 2 gets a source on the way. */
static gint64
count_article_events (SessionFixture *f,
                      gint64          article_id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;
  gint64 n;

  g_assert_cmpint (sqlite3_open (f->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (DISTINCT ec.event_id) FROM event_candidates ec"
                                           " JOIN candidates c ON c.id = ec.candidate_id WHERE c.article_id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, article_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE articles SET source = 'Kyiv Post' WHERE id = 2", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  return n;
}

/* Each filter leaves out what it should, and "Clear all" brings everything back. */
static void
test_filters (SessionFixture *f,
              gconstpointer   data)
{
  ChrEventChange star = { .fields = CHR_EVENT_CHANGE_STARRED, .starred = TRUE };
  ChrInterval year;
  ChrTimeSpan span;
  ChrTimelineIndex *index;
  guint n;
  gint64 in_first, in_second;

  open_and_load (f);
  n = chr_session_get_n_events (f->session);
  in_first = count_article_events (f, 1);
  in_second = count_article_events (f, 2);
  g_assert_cmpint (in_first, >, 0);
  g_assert_cmpint (in_first, <, n);

  chr_session_change_event (f->session, first_event_with_sources (f, 1), &star);
  wait_idle (f->session);
  chr_session_set_starred_only (f->session, TRUE);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, 1);
  g_assert_true (chr_session_get_filtered (f->session));
  chr_session_set_starred_only (f->session, FALSE);

  chr_session_set_article_filter (f->session, 1);
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, in_first);
  chr_session_set_article_filter (f->session, 0);

  chr_session_set_source_filter (f->session, "Kyiv Post");
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, in_second);
  chr_session_set_source_filter (f->session, NULL);

  g_assert_true (chr_date_parse ("2025", &year));
  span = (ChrTimeSpan) { year.begin, year.end };
  chr_session_set_date_filter (f->session, &span);
  wait_idle (f->session);
  index = chr_session_get_index (f->session);
  g_assert_cmpuint (chr_timeline_index_get_n_items (index), >, 0);
  g_assert_cmpuint (chr_timeline_index_get_n_items (index), <, n);
  for (guint i = 0; i < chr_timeline_index_get_n_items (index); i++)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (index, i);
      g_assert_true (item->end > year.begin && item->begin < year.end);
    }

  /* Only what matches words, as search takes them: "annexe" finds "annexed". */
  chr_session_set_date_filter (f->session, NULL);
  chr_session_set_search_filter (f->session, "annexe");
  wait_idle (f->session);
  index = chr_session_get_index (f->session);
  g_assert_cmpuint (chr_timeline_index_get_n_items (index), >=, 1);
  for (guint i = 0; i < chr_timeline_index_get_n_items (index); i++)
    g_assert_nonnull (strstr (chr_timeline_index_get_item (index, i)->label, "annex"));
  /* Words that are no words show everything. */
  chr_session_set_search_filter (f->session, "  \"(*");
  wait_idle (f->session);
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, n);

  chr_session_set_starred_only (f->session, TRUE);
  chr_session_clear_filters (f->session);
  wait_idle (f->session);
  g_assert_false (chr_session_get_filtered (f->session));
  g_assert_null (chr_session_get_date_filter (f->session));
  g_assert_cmpuint (chr_session_get_n_events (f->session), ==, n);
}

static void
search_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ChrSearchResults **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = chr_session_search_finish (CHR_SESSION (object), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*out);
}

static void
cancelled_search_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GError **out = user_data;
  ChrSearchResults *results = chr_session_search_finish (CHR_SESSION (object), result, out);

  g_assert_null (results);
}

/* A search runs off the main thread on its own connection, and sees what
 * the session's edits wrote; a cancelled one says so. */
static void
test_search (SessionFixture *f,
             gconstpointer   data)
{
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Zaporizhzhia referendum held" };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  ChrSearchResults *results = NULL;
  GError *cancel_error = NULL;
  const ChrSearchEvent *event;
  gint64 id;

  open_and_load (f);
  chr_session_search_async (f->session, "annex penin", 10, NULL, search_cb, &results);
  g_assert_null (results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (results->events->len, ==, 1);
  event = g_ptr_array_index (results->events, 0);
  g_assert_cmpstr (event->title, ==, "Russia annexed the peninsula");
  g_assert_cmpuint (results->articles->len, >=, 1);
  id = event->id;
  g_clear_pointer (&results, chr_search_results_free);

  chr_session_change_event (f->session, id, &rename);
  wait_idle (f->session);
  chr_session_search_async (f->session, "zaporizh referendum", 10, NULL, search_cb, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (results->events->len, ==, 1);
  g_assert_cmpstr (((ChrSearchEvent *) g_ptr_array_index (results->events, 0))->title, ==,
                   "Zaporizhzhia referendum held");
  g_clear_pointer (&results, chr_search_results_free);

  g_cancellable_cancel (cancellable);
  chr_session_search_async (f->session, "crimea", 10, cancellable, cancelled_search_cb, &cancel_error);
  while (cancel_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (cancel_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&cancel_error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/session/load", SessionFixture, NULL, session_set_up, test_load, session_tear_down);
  g_test_add ("/session/search", SessionFixture, NULL, session_set_up, test_search, session_tear_down);
  g_test_add ("/session/open-damaged", SessionFixture, NULL, session_set_up, test_open_damaged, session_tear_down);
  g_test_add ("/session/visible", SessionFixture, NULL, session_set_up, test_visible, session_tear_down);
  g_test_add ("/session/zoom-to-fit", SessionFixture, NULL, session_set_up, test_zoom_to_fit, session_tear_down);
  g_test_add ("/session/zoom", SessionFixture, NULL, session_set_up, test_zoom, session_tear_down);
  g_test_add ("/session/select", SessionFixture, NULL, session_set_up, test_select, session_tear_down);
  g_test_add ("/session/filter", SessionFixture, NULL, session_set_up, test_filter, session_tear_down);
  g_test_add ("/session/import", SessionFixture, NULL, session_set_up, test_import, session_tear_down);
  g_test_add ("/session/set-published", SessionFixture, NULL, session_set_up, test_set_published,
              session_tear_down);
  g_test_add ("/session/edit-undo", SessionFixture, NULL, session_set_up, test_edit_undo, session_tear_down);
  g_test_add ("/session/hide", SessionFixture, NULL, session_set_up, test_hide, session_tear_down);
  g_test_add ("/session/add", SessionFixture, NULL, session_set_up, test_add, session_tear_down);
  g_test_add ("/session/tag-filter", SessionFixture, NULL, session_set_up, test_tag_filter, session_tear_down);
  g_test_add ("/session/filters", SessionFixture, NULL, session_set_up, test_filters, session_tear_down);
  g_test_add ("/session/other-process", SessionFixture, NULL, session_set_up, test_other_process,
              session_tear_down);
  g_test_add ("/session/read-article", SessionFixture, NULL, session_set_up, test_read_article, session_tear_down);
  g_test_add ("/session/refresh", SessionFixture, NULL, session_set_up, test_refresh, session_tear_down);

  return g_test_run ();
}
