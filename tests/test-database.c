/* test-database.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-database"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include <glib/gstdio.h>

#include "chr-database.h"
#include "chr-importer.h"
#include "chr-reextract.h"
#include "test-util.h"

typedef struct
{
  char        *dir;
  char        *path;
  ChrDatabase *db;
} DbFixture;

static void
db_set_up (DbFixture     *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("chronicle-db-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "timeline.db", NULL);
  f->db = chr_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->db);
}

static void
db_tear_down (DbFixture     *f,
              gconstpointer  data)
{
  g_clear_object (&f->db);
  chr_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static ChrArticle *
parse (const char *text,
       const char *published)
{
  g_autoptr(GError) error = NULL;
  ChrImportOptions options = { published, "Test Wire" };
  ChrArticle *article = chr_importer_parse_text ("story.txt", text, strlen (text), &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static const char story[] =
  "Crimea talks resume\n"
  "Russia annexed Crimea in February 2014. The war began on February 24, 2022.\n"
  "Leaders met on Monday in Washington.\n";

static void
test_schema (DbFixture     *f,
             gconstpointer  data)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (chr_database_get_schema_version (f->db), ==, CHR_DATABASE_SCHEMA_VERSION);
  for (guint i = 0; i < 7; i++)
    {
      static const char * const tables[] = {
        "articles", "sentences", "mentions", "candidates", "events", "event_candidates", "annotations", "annotation_excerpts", "tags", "annotation_tags", "history",
      };
      g_assert_cmpint (chr_database_count (f->db, tables[i]), ==, 0);
    }
  g_assert_cmpint (chr_database_count (f->db, "sqlite_master; DROP TABLE articles"), ==, -1);
  g_assert_false (chr_database_has_rows (f->db, "events"));
  g_assert_false (chr_database_has_rows (f->db, "sqlite_master) OR (1"));

  /* The version is in the file, where other tools can read it. */
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, CHR_DATABASE_SCHEMA_VERSION);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
}

static void
test_add_article (DbFixture     *f,
                  gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, "2025-08-20");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  gint64 id = 0, again_id = 0;
  gboolean added = FALSE;
  const ChrEvent *event;
  const ChrSource *source;

  g_assert_true (chr_database_add_article (f->db, article, &id, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);
  g_assert_true (chr_importer_rebuild_events (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (chr_database_has_article (f->db, article->sha256, NULL, NULL));

  /* The same bytes again add nothing. */
  g_assert_true (chr_database_add_article (f->db, article, &again_id, &added, &error));
  g_assert_false (added);
  g_assert_cmpint (again_id, ==, id);
  g_assert_cmpint (chr_database_count (f->db, "articles"), ==, 1);

  articles = chr_database_list_articles (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpstr (((ChrArticleInfo *) articles->pdata[0])->title, ==, "Crimea talks resume");
  g_assert_cmpstr (((ChrArticleInfo *) articles->pdata[0])->published, ==, "2025-08-20");
  {
    g_autofree char *title = chr_database_get_article_title (f->db, id, &error);
    g_autofree char *none = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (title, ==, "Crimea talks resume");
    none = chr_database_get_article_title (f->db, id + 100, &error);
    g_assert_null (none);
    g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpstr (((ChrArticleInfo *) articles->pdata[0])->source, ==, "Test Wire");
  g_assert_cmpint (((ChrArticleInfo *) articles->pdata[0])->n_events, ==, 3);

  events = chr_database_list_events (f->db, NULL, 0, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);

  /* Sorted by date, each with the sentence it came from. */
  event = events->pdata[0];
  g_assert_cmpstr (event->value, ==, "2014-02");
  g_assert_cmpuint (event->sources->len, ==, 1);
  source = event->sources->pdata[0];
  g_assert_cmpstr (source->excerpt, ==, "Russia annexed Crimea in February 2014.");
  g_assert_cmpstr (source->article_title, ==, "Crimea talks resume");
  g_assert_cmpuint (source->highlight_end - source->highlight_start, ==, strlen ("February 2014"));
  g_assert_true (strncmp (source->excerpt + source->highlight_start, "February 2014", 13) == 0);

  event = events->pdata[1];
  g_assert_cmpstr (event->value, ==, "2022-02-24");
  event = events->pdata[2];
  /* "on Monday" before a Wednesday, in a past-tense sentence. */
  g_assert_cmpstr (event->value, ==, "2025-08-18");
}

static void
test_range_query (DbFixture     *f,
                  gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, "2025-08-20");
  g_autoptr(GPtrArray) events = NULL;
  ChrInterval range;

  g_assert_true (chr_database_add_article (f->db, article, NULL, NULL, NULL));
  g_assert_true (chr_importer_rebuild_events (f->db, NULL));
  g_assert_true (chr_time_parse_iso ("2022", &range));
  events = chr_database_list_events (f->db, &range, 0, FALSE, NULL);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (((ChrEvent *) events->pdata[0])->value, ==, "2022-02-24");
  g_assert_null (((ChrEvent *) events->pdata[0])->sources);
}

/* The merge reads each article's publication day with its candidates: the
 * day a statement was made says how long after the event it came. */
static void
test_candidates_published (DbFixture     *f,
                           gconstpointer  data)
{
  static const struct
  {
    const char *published;
    const char *day;         /* NULL: no date */
  } cases[] = {
    { "2025-08-20", "2025-08-20" },
    { "2025-08-20T23:30", "2025-08-20" },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ChrArticle) article = parse (story, cases[i].published);
      g_autoptr(ChrCandidateSet) set = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id;

      g_assert_true (chr_database_add_article (f->db, article, &id, NULL, &error));
      g_assert_no_error (error);
      set = chr_database_load_candidates (f->db, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (set->candidates->len, >, 0);
      for (guint k = 0; k < set->candidates->len; k++)
        {
          const ChrCandidate *c = &g_array_index (set->candidates, ChrCandidate, k);
          ChrInterval day;

          if (c->article_id != id)
            continue;
          if (cases[i].day == NULL)
            {
              g_assert_false (c->flags & CHR_CANDIDATE_PUBLISHED);
              continue;
            }
          g_assert_true (chr_time_parse_iso (cases[i].day, &day));
          g_assert_true (c->flags & CHR_CANDIDATE_PUBLISHED);
          g_assert_cmpint (c->published, ==, day.begin);
        }
      g_assert_true (chr_database_remove_article (f->db, id, &error));
      g_assert_no_error (error);
    }
}

static void
test_get_event (DbFixture     *f,
                gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, "2025-08-20");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(ChrEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (chr_database_add_article (f->db, article, NULL, NULL, NULL));
  g_assert_true (chr_importer_rebuild_events (f->db, NULL));
  events = chr_database_list_events (f->db, NULL, 0, FALSE, NULL);
  id = ((ChrEvent *) events->pdata[1])->id;

  event = chr_database_get_event (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (event->value, ==, "2022-02-24");
  g_assert_cmpuint (event->sources->len, ==, 1);

  g_assert_null (chr_database_get_event (f->db, id + 1000, &error));
  g_assert_no_error (error);
}

/* The timeline's lean read gives what the full one gives, in date order
 * even for rows stored out of it, and filters by sources. */
static void
test_list_timeline (DbFixture     *f,
                    gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, "2025-08-20");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(ChrEventList) list = NULL;
  g_autoptr(GError) error = NULL;
  const ChrEventBrief *brief;
  sqlite3 *raw = NULL;

  g_assert_true (chr_database_add_article (f->db, article, NULL, NULL, NULL));
  g_assert_true (chr_importer_rebuild_events (f->db, NULL));
  events = chr_database_list_events (f->db, NULL, 0, FALSE, NULL);
  g_assert_true (chr_database_has_rows (f->db, "events"));
  list = chr_database_list_timeline (f->db, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->events->len, ==, events->len);
  for (guint i = 0; i < events->len; i++)
    {
      const ChrEvent *event = events->pdata[i];

      brief = &g_array_index (list->events, ChrEventBrief, i);
      g_assert_cmpint (brief->id, ==, event->id);
      g_assert_cmpstr (brief->title, ==, event->title);
      g_assert_cmpint (brief->interval.begin, ==, event->interval.begin);
      g_assert_cmpint (brief->interval.end, ==, event->interval.end);
      g_assert_cmpint (brief->interval.granularity, ==, event->interval.granularity);
      g_assert_cmpuint (brief->n_sources, ==, event->n_sources);
      g_assert_cmpuint (brief->flags, ==, event->flags);
    }
  g_clear_pointer (&list, chr_event_list_free);

  /* An early event stored last, and one reported by three articles. */
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "INSERT INTO events (title, value, begin_time, end_time, granularity, n_sources)"
                                 " VALUES ('Treaty signed', '1991-12-08', 692150400, 692236800, 'day', 3)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  list = chr_database_list_timeline (f->db, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->events->len, ==, events->len + 1);
  brief = &g_array_index (list->events, ChrEventBrief, 0);
  g_assert_cmpstr (brief->title, ==, "Treaty signed");
  g_assert_cmpint (brief->interval.granularity, ==, CHR_GRANULARITY_DAY);
  for (guint i = 1; i < list->events->len; i++)
    g_assert_cmpint (g_array_index (list->events, ChrEventBrief, i - 1).interval.begin, <=,
                     g_array_index (list->events, ChrEventBrief, i).interval.begin);
  g_clear_pointer (&list, chr_event_list_free);

  list = chr_database_list_timeline (f->db, &(ChrEventFilter) { 2, TRUE, 0 }, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->events->len, ==, 1);
  g_assert_cmpstr (g_array_index (list->events, ChrEventBrief, 0).title, ==, "Treaty signed");
  g_clear_pointer (&list, chr_event_list_free);

  /* A long read stops when it is cancelled. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw,
                                   "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999)"
                                   " INSERT INTO events (title, value, begin_time, end_time, granularity)"
                                   " SELECT 'Event', '2000', i, i + 1, 'day' FROM n",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (raw);
    g_cancellable_cancel (cancellable);
    g_assert_null (chr_database_list_timeline (f->db, NULL, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

static int
user_version_of (const char *path)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return version;
}

/* A reading connection reads what the main one wrote, and never creates,
 * migrates or writes a file. */
static void
test_open_for_reading (DbFixture     *f,
                       gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, "2025-08-20");
  g_autofree char *missing = g_build_filename (f->dir, "gone.db", NULL);
  g_autofree char *old = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(ChrDatabase) reader = NULL;
  g_autoptr(ChrEventList) list = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  g_assert_true (chr_database_add_article (f->db, article, NULL, NULL, NULL));
  g_assert_true (chr_importer_rebuild_events (f->db, NULL));
  reader = chr_database_open_for_reading (f->path, &error);
  g_assert_no_error (error);
  list = chr_database_list_timeline (reader, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->events->len, ==, 3);
  /* Writing through it is refused. */
  g_assert_false (chr_database_set_extraction_version (reader, 99, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_object (&reader);

  /* A file that went away stays away. */
  g_assert_null (chr_database_open_for_reading (missing, &error));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_OPEN);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A file of an older format is not brought up to date from here. */
  g_assert_cmpint (sqlite3_open (old, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE t (x); PRAGMA user_version = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_null (chr_database_open_for_reading (old, &error));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT);
  g_assert_cmpint (user_version_of (old), ==, 1);
}

static void
test_atomic_import (DbFixture     *f,
                    gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, "2025-08-20");
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  /* A second connection makes the last step of the import fail. */
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "CREATE TRIGGER no_links BEFORE INSERT ON candidates"
                                 " BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (chr_database_add_article (f->db, article, NULL, NULL, &error));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FAILED);

  /* Nothing of the article is left behind. */
  g_assert_cmpint (chr_database_count (f->db, "articles"), ==, 0);
  g_assert_cmpint (chr_database_count (f->db, "sentences"), ==, 0);
  g_assert_cmpint (chr_database_count (f->db, "mentions"), ==, 0);
  g_assert_cmpint (chr_database_count (f->db, "candidates"), ==, 0);

  g_assert_cmpint (sqlite3_exec (raw, "DROP TRIGGER no_links", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_clear_error (&error);
  g_assert_true (chr_database_add_article (f->db, article, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (chr_database_count (f->db, "candidates"), ==, 3);
}

static void
test_reopen (DbFixture     *f,
             gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_database_add_article (f->db, article, NULL, NULL, NULL));
  g_assert_true (chr_importer_rebuild_events (f->db, NULL));
  g_clear_object (&f->db);

  f->db = chr_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (chr_database_count (f->db, "articles"), ==, 1);
  /* Without a publication date, "on Monday" waits: only the absolute dates make events. */
  g_assert_cmpint (chr_database_count (f->db, "events"), ==, 2);
  g_assert_cmpint (chr_database_count (f->db, "mentions"), ==, 3);
  g_assert_cmpint (chr_database_count (f->db, "candidates"), ==, 2);
}

static void
test_waiting (DbFixture     *f,
              gconstpointer  data)
{
  g_autoptr(ChrArticle) article = parse (story, NULL);
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  const ChrWaitingDate *date;

  /* Undated, "on Monday" waits for the article's date, and says so. */
  g_assert_true (chr_database_add_article (f->db, article, NULL, NULL, NULL));
  waiting = chr_database_list_waiting (f->db, NULL);
  g_assert_cmpuint (waiting->len, ==, 1);
  date = waiting->pdata[0];
  g_assert_cmpstr (date->text, ==, "Monday");
  g_assert_cmpstr (date->value, ==, "XXXX-WXX-1");
  g_assert_cmpstr (date->excerpt, ==, "Leaders met on Monday in Washington.");
  g_assert_cmpstr (date->article_title, ==, "Crimea talks resume");

  articles = chr_database_list_articles (f->db, NULL);
  g_assert_cmpint (((ChrArticleInfo *) articles->pdata[0])->n_waiting, ==, 1);
}

static void
test_migrate_v1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("chronicle-db-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GPtrArray) events = NULL;
  sqlite3 *raw = NULL;

  /* A timeline written by the first version: schema 1, its own events, no candidates. */
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "CREATE TABLE articles (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT,"
                                 " title TEXT NOT NULL, source TEXT, published TEXT, text TEXT NOT NULL,"
                                 " body_start INTEGER NOT NULL, body_end INTEGER NOT NULL, imported_at INTEGER NOT NULL);"
                                 "CREATE TABLE sentences (article_id INTEGER NOT NULL, idx INTEGER NOT NULL,"
                                 " start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;"
                                 "CREATE TABLE mentions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
                                 " sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT NOT NULL,"
                                 " value TEXT NOT NULL, mod TEXT, resolved INTEGER NOT NULL, begin_time INTEGER,"
                                 " end_time INTEGER, granularity TEXT);"
                                 "CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT NOT NULL, value TEXT NOT NULL,"
                                 " begin_time INTEGER NOT NULL, end_time INTEGER NOT NULL, granularity TEXT NOT NULL,"
                                 " importance REAL NOT NULL DEFAULT 1, origin TEXT NOT NULL DEFAULT 'extracted');"
                                 "CREATE TABLE event_mentions (event_id INTEGER NOT NULL, mention_id INTEGER NOT NULL,"
                                 " PRIMARY KEY (event_id, mention_id)) WITHOUT ROWID;"
                                 "INSERT INTO articles VALUES (1, 'abc', NULL, 'Old story', NULL, '2025-08-20',"
                                 " 'Old story' || char (10) || 'The envoys met in Geneva in March 2019.' || char (10), 10, 49, 0);"
                                 "INSERT INTO events VALUES (1, 'Stale', '1999', 0, 1, 'year', 1, 'extracted');"
                                 "PRAGMA user_version = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = chr_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (chr_database_get_schema_version (db), ==, CHR_DATABASE_SCHEMA_VERSION);
  /* The old extraction is stale: opening brings the article's events up to date. */
  g_assert_true (chr_reextract_refresh (db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  events = chr_database_list_events (db, NULL, 0, TRUE, &error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (((ChrEvent *) events->pdata[0])->value, ==, "2019-03");
  g_assert_cmpuint (((ChrEvent *) events->pdata[0])->sources->len, ==, 1);
  g_assert_cmpint (chr_database_get_extraction_version (db), ==, CHR_EXTRACTION_VERSION);

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

static void
test_not_a_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("chronicle-db-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (path, "These are my notes, not a database.\n"
                                            "They go on for a while so SQLite reads a header.....", -1, NULL));
  db = chr_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "notes.db"));

  /* The file is untouched. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "These are my notes"));
  chr_test_remove_tree (dir);
}

static void
test_schema_too_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("chronicle-db-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(ChrDatabase) db = NULL;
  sqlite3 *raw = NULL;

  /* A newer Chronicle might keep its journal another way: this one does
   * not switch the file to its own before it knows it can read it. */
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode = DELETE; CREATE TABLE x (y); PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  db = chr_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_SCHEMA_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "future.db"));
  g_assert_nonnull (strstr (error->message, "newer version of Chronicle"));
  g_clear_error (&error);
  g_assert_null (chr_database_open_for_reading (path, &error));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_SCHEMA_TOO_NEW);

  /* The file is left exactly as it was. */
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, before_length);
  g_assert_cmpint (user_version_of (path), ==, 99);
  chr_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/database/schema", DbFixture, NULL, db_set_up, test_schema, db_tear_down);
  g_test_add ("/model/database/add-article", DbFixture, NULL, db_set_up, test_add_article, db_tear_down);
  g_test_add ("/model/database/range-query", DbFixture, NULL, db_set_up, test_range_query, db_tear_down);
  g_test_add ("/model/database/candidates-published", DbFixture, NULL, db_set_up, test_candidates_published, db_tear_down);
  g_test_add ("/model/database/get-event", DbFixture, NULL, db_set_up, test_get_event, db_tear_down);
  g_test_add ("/model/database/list-timeline", DbFixture, NULL, db_set_up, test_list_timeline, db_tear_down);
  g_test_add ("/model/database/open-for-reading", DbFixture, NULL, db_set_up, test_open_for_reading, db_tear_down);
  g_test_add ("/model/database/atomic-import", DbFixture, NULL, db_set_up, test_atomic_import, db_tear_down);
  g_test_add ("/model/database/reopen", DbFixture, NULL, db_set_up, test_reopen, db_tear_down);
  g_test_add ("/model/database/waiting", DbFixture, NULL, db_set_up, test_waiting, db_tear_down);
  g_test_add_func ("/model/database/migrate-v1", test_migrate_v1);
  g_test_add_func ("/model/database/not-a-database", test_not_a_database);
  g_test_add_func ("/model/database/schema-too-new", test_schema_too_new);

  return g_test_run ();
}
