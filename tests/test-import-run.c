/* test-import-run.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-import-run"

#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "chr-database-private.h"
#include "chr-edits.h"
#include "chr-import-files.h"
#include "chr-search.h"
#include "test-samples.h"

/* Imports as a whole: files of every kind in one folder, a cancelled
 * import, and one that runs out of room. */

typedef struct
{
  ChrTestSamples samples;
  char          *input;            /* a folder of files to import */
  char          *before;           /* the timeline before the import */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  chr_test_samples_set_up (&f->samples);
  f->input = g_build_filename (f->samples.dir, "input", NULL);
  g_assert_cmpint (g_mkdir (f->input, 0700), ==, 0);
  f->before = chr_test_dump (f->samples.db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->input);
  g_free (f->before);
  chr_test_samples_tear_down (&f->samples);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *data,
            gssize      length)
{
  g_autofree char *folder = g_path_get_dirname (name);
  char *path = g_build_filename (f->input, name, NULL);

  if (g_strcmp0 (folder, ".") != 0)
    {
      g_autofree char *parent = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
    }
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

/* A message the report holds that contains @part. */
static const char *
find_error (ChrImportReport *report,
            const char      *part)
{
  for (guint i = 0; i < report->errors->len; i++)
    {
      const GError *error = g_ptr_array_index (report->errors, i);

      if (strstr (error->message, part) != NULL)
        return error->message;
    }
  return NULL;
}

static ChrArticle *
article_titled (ChrDatabase     *db,
                ChrImportReport *report,
                const char      *title)
{
  for (guint i = 0; i < report->added_ids->len; i++)
    {
      ChrArticle *article = chr_database_get_article (db, *(gint64 *) g_ptr_array_index (report->added_ids, i), NULL);

      if (g_strcmp0 (article->title, title) == 0)
        return article;
      chr_article_free (article);
    }
  return NULL;
}

/* An import writes with foreign keys unchecked: what it leaves must still
 * hold together, and the checks be on again. */
static void
assert_keys_whole (ChrDatabase *db)
{
  g_autoptr(ChrStmt) check = chr_database_prepare (db, "PRAGMA foreign_key_check", NULL);
  g_autoptr(ChrStmt) keys = chr_database_prepare (db, "PRAGMA foreign_keys", NULL);

  g_assert_nonnull (check);
  if (sqlite3_step (check) == SQLITE_ROW)
    g_error ("a row of %s points at nothing in %s", sqlite3_column_text (check, 0), sqlite3_column_text (check, 2));
  g_assert_cmpint (sqlite3_step (keys), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (keys, 0), ==, 1);
}

/* tests/data/import: good files, files in other encodings, files that are
 * not articles, and one too large (made here, sparse): the good ones go in,
 * converted where need be, and the report says what happened to each of
 * the others. */
static void
test_mixed_folder (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  g_autofree char *huge = g_build_filename (f->input, "huge.txt", NULL);
  const char * const paths[] = { folder, huge, NULL };
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(ChrArticle) cafe = NULL;
  g_autoptr(ChrArticle) zurich = NULL;
  g_autoptr(ChrArticle) harbour = NULL;
  g_autoptr(ChrArticle) market = NULL;
  g_autofree char *summary = NULL;
  int fd;

  /* Larger than any article file may be, without writing its bytes. */
  fd = g_open (huge, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) CHR_IMPORT_MAX_FILE_BYTES + 1), ==, 0);
  close (fd);

  report = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
  g_assert_cmpuint (report->n_files, ==, 9);
  g_assert_cmpuint (report->n_added, ==, 6);
  g_assert_cmpuint (report->n_unchanged, ==, 0);
  g_assert_false (report->cancelled);
  g_assert_cmpuint (report->errors->len, ==, 3);
  g_assert_nonnull (strstr (find_error (report, "empty.txt"), "has no article text"));
  g_assert_nonnull (strstr (find_error (report, "binary.txt"), "is not a text file"));
  g_assert_nonnull (strstr (find_error (report, "huge.txt"), "larger than 256 MB"));
  g_assert_cmpuint (report->converted->len, ==, 3);
  g_assert_cmpint (chr_database_count (f->samples.db, "articles"), ==, 11);

  summary = chr_import_report_summary (report);
  g_assert_cmpstr (summary, ==, "6 articles added, 0 already there, 3 converted to UTF-8, 3 refused");

  cafe = article_titled (f->samples.db, report, "Café closes");
  g_assert_nonnull (cafe);
  g_assert_nonnull (strstr (cafe->text, "Rue de l’Eglise closed on 2 June 2026 – after"));
  zurich = article_titled (f->samples.db, report, "Zürich vote");
  g_assert_nonnull (zurich);
  g_assert_nonnull (strstr (zurich->text, "turnout was \xef\xbf\xbd high in Genève"));
  harbour = article_titled (f->samples.db, report, "Harbour reopens");
  g_assert_nonnull (harbour);
  market = article_titled (f->samples.db, report, "Market day");
  g_assert_nonnull (market);
  g_assert_true (g_str_has_prefix (market->text, "Market day"));
}

/* Files that give nothing leave the timeline exactly as it was. */
static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *empty = g_test_build_filename (G_TEST_DIST, "data", "import", "empty.txt", NULL);
  g_autofree char *binary = g_test_build_filename (G_TEST_DIST, "data", "import", "binary.txt", NULL);
  const char * const paths[] = { empty, binary, NULL };
  g_autoptr(ChrImportReport) report = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
  g_autofree char *after = chr_test_dump (f->samples.db);

  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpuint (report->errors->len, ==, 2);
  g_assert_cmpstr (after, ==, f->before);
}

typedef struct
{
  guint  calls;
  guint  done;
  guint  total;
  guint  n_articles;
  double fraction;
} Progress;

static void
record_progress (guint    done,
                 guint    total,
                 guint    n_articles,
                 double   fraction,
                 gpointer user_data)
{
  Progress *seen = user_data;

  g_assert_cmpuint (done, >=, seen->done);
  g_assert_cmpuint (n_articles, >=, seen->n_articles);
  g_assert_cmpfloat (fraction, >, seen->fraction);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *seen = (Progress) { seen->calls + 1, done, total, n_articles, fraction };
}

/* Progress is told file by file, with the articles they held: a JSON
 * Lines file counts as one file and all its articles, and each of them
 * moves the bar. */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  const char * const paths[] = { f->input, NULL };
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = write_file (f, "a.txt", "Fire\n\nA fire broke out on 2 May 2026.\n", -1);
  g_autofree char *b = write_file (f, "b.jsonl",
                                   "{\"title\": \"One\", \"text\": \"It rained on 3 May 2026.\"}\n"
                                   "{\"title\": \"Two\", \"text\": \"It snowed on 4 May 2026.\"}\n"
                                   "{\"title\": \"Three\", \"text\": \"It cleared on 5 May 2026.\"}\n", -1);
  Progress seen = { 0 };

  report = chr_importer_run (f->samples.db, paths, NULL, record_progress, &seen, NULL, &error);
  g_assert_no_error (error);
  /* a.txt once; b.jsonl after its first and second articles, then whole. */
  g_assert_cmpuint (seen.calls, ==, 4);
  g_assert_cmpfloat (seen.fraction, ==, 1.0);
  g_assert_cmpuint (seen.done, ==, 2);
  g_assert_cmpuint (seen.total, ==, 2);
  g_assert_cmpuint (seen.n_articles, ==, 4);
  g_assert_cmpuint (report->n_added, ==, 4);
}

static void
cancel_after_two (guint    done,
                  guint    total,
                  guint    n_articles,
                  double   fraction,
                  gpointer user_data)
{
  if (done == 2)
    g_cancellable_cancel (user_data);
}

/* Cancelled after some files are stored: none of them stays. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  const char * const paths[] = { f->input, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%u.txt", i);
      g_autofree char *text = g_strdup_printf ("Story %u\n\nIt happened on %u March 2026.\n", i, i + 1);
      g_autofree char *path = write_file (f, name, text, -1);
    }
  report = chr_importer_run (f->samples.db, paths, NULL, cancel_after_two, cancellable, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = chr_test_dump (f->samples.db);
  g_assert_cmpstr (after, ==, f->before);
  assert_keys_whole (f->samples.db);

  /* Importing again completes it. */
  {
    g_autoptr(ChrImportReport) again = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);

    g_assert_cmpuint (again->n_added, ==, 6);
    assert_keys_whole (f->samples.db);
  }
}

/* The disk fills up in the middle: the timeline is as it was, and says
 * why. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  const char * const paths[] = { f->input, NULL };
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GString) long_article = g_string_new ("A long story\n\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *pragma = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 pages;

  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (long_article, "Sentence %u happened on %u March 2026 in a town far away. ", i, i % 28 + 1);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("long%u.txt", i);
      g_autofree char *text = g_strdup_printf ("%u %s", i, long_article->str);
      g_autofree char *path = write_file (f, name, text, -1);
    }

  g_assert_cmpint (sqlite3_prepare_v2 (f->samples.db->db, "PRAGMA page_count", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  pages = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  pragma = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 50);
  g_assert_true (chr_database_exec (f->samples.db, pragma, &error));
  g_assert_no_error (error);

  report = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
  g_assert_false (report->cancelled);
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpuint (report->errors->len, ==, 1);
  g_test_message ("%s", ((GError *) g_ptr_array_index (report->errors, 0))->message);
  after = chr_test_dump (f->samples.db);
  g_assert_cmpstr (after, ==, f->before);
  assert_keys_whole (f->samples.db);
}

static gint64
count_events_on (ChrDatabase *db,
                 const char  *value)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, TRUE, NULL);
  gint64 n = 0;

  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (((ChrEvent *) g_ptr_array_index (events, i))->value, value) == 0)
      n++;
  return n;
}

/* A line a source repeats in many of its articles is its boilerplate: it
 * stays in the text, and gives no event. A sentence two articles share is
 * an event they both report. */
static void
test_boilerplate (Fixture       *f,
                  gconstpointer  data)
{
  const char * const paths[] = { f->input, NULL };
  ChrImportOptions options = { NULL, "Daily Planet" };
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(ChrArticle) first = NULL;
  g_autoptr(GPtrArray) dam = NULL;

  static const char * const towns[] = {
    "Aberdeen", "Bruges", "Cork", "Dijon", "Essen", "Faro", "Graz", "Haarlem", "Ilford", "Jena",
  };
  static const char * const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
  static const char * const months[] = { "March", "April", "May" };

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("planet%u.txt", i);
      g_autofree char *text =
        g_strdup_printf ("Report %u\n\nThe mayor of %s resigned on %u April 2026.\n%s"
                         "Follow our live coverage, updated since 1 January 2026, on Twitter.\n"
                         "A version of this article appeared on p%u of the Main section on %s %u %s 2026."
                         " Latest posts: the ferry to %s resumed service.\n",
                         i, towns[i], i + 1, i < 2 ? "The dam broke on 9 May 2026.\n" : "",
                         i * 3 + 1, days[i % 5], i + 10, months[i % 3], towns[9 - i]);
      g_autofree char *path = write_file (f, name, text, -1);
    }
  report = chr_importer_import_paths (f->samples.db, paths, &options, NULL);
  g_assert_cmpuint (report->n_added, ==, 10);

  g_assert_cmpint (count_events_on (f->samples.db, "2026-01-01"), ==, 0);
  /* The print note names another page and day each time, and a sidebar
   * runs on after it: still one line. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *day = g_strdup_printf ("2026-%02u-%u", 3 + i % 3, i + 10);

      g_assert_cmpint (count_events_on (f->samples.db, day), ==, 0);
    }
  g_assert_cmpint (count_events_on (f->samples.db, "2026-04-01"), ==, 1);
  g_assert_cmpint (count_events_on (f->samples.db, "2026-05-09"), ==, 1);
  first = chr_database_get_article (f->samples.db, *(gint64 *) g_ptr_array_index (report->added_ids, 0), NULL);
  g_assert_nonnull (strstr (first->text, "Follow our live coverage"));
}

/* The search index holds what an import stored, and is in step with it. */
static void
assert_found (ChrDatabase *db,
              const char  *word,
              gint64       article_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrSearchResults) results = chr_search_run (db, word, 10, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (results->articles->len, ==, 1);
  g_assert_cmpint (((ChrSearchArticle *) g_ptr_array_index (results->articles, 0))->id, ==, article_id);
}

static void
assert_index_sound (ChrDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_database_exec (db, "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
                                    &error));
  g_assert_no_error (error);
}


/* Articles in JSON and JSON Lines go in with their details; a file that
 * is not JSON is refused with where it goes wrong. */
static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  const char * const paths[] = { f->input, NULL };
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(ChrArticle) article = NULL;
  g_autofree char *array = write_file (f, "two.json",
    "[{\"title\": \"Dam breaks\", \"text\": \"The dam broke on 9 May 2026.\", \"published\": \"2026-05-10T08:00:00Z\","
    "  \"source\": \"River Post\", \"url\": \"https://example.org/dam\", \"author\": \"A. Writer\"},"
    " {\"title\": \"Bridge opens\", \"text\": \"The bridge opened on 12 June 2026.\"}]", -1);
  g_autofree char *lines = write_file (f, "feed.jsonl",
    "{\"id\": \"1\", \"time\": \"2026-07-01\", \"title\": \"Fire\", \"text\": [\"A fire broke out on Monday.\"]}\n"
    "{\"id\": \"2\", \"time\": \"2026-07-02\", \"title\": \"Rain\", \"text\": \"Rain fell on 1 July 2026.\"}\n", -1);
  g_autofree char *bad = write_file (f, "bad.json", "{\"title\": \"x\",\n \"text\": }", -1);
  gint64 dam_id = 0;

  report = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
  g_assert_cmpuint (report->n_files, ==, 3);
  g_assert_cmpuint (report->n_added, ==, 4);
  g_assert_cmpuint (report->errors->len, ==, 1);
  g_assert_nonnull (strstr (find_error (report, "bad.json"), "line 2"));
  g_assert_cmpint (count_events_on (f->samples.db, "2026-05-09"), ==, 1);
  /* "on Monday" resolved against the publication date the feed gives. */
  g_assert_cmpint (count_events_on (f->samples.db, "2026-06-29"), ==, 1);

  for (guint i = 0; i < report->added_ids->len; i++)
    {
      g_autoptr(ChrArticle) one = chr_database_get_article (f->samples.db,
                                                            *(gint64 *) g_ptr_array_index (report->added_ids, i), NULL);

      if (g_strcmp0 (one->title, "Dam breaks") == 0)
        dam_id = *(gint64 *) g_ptr_array_index (report->added_ids, i);
    }
  article = chr_database_get_article (f->samples.db, dam_id, NULL);
  g_assert_nonnull (article);
  g_assert_cmpstr (article->published, ==, "2026-05-10");
  g_assert_cmpstr (article->source, ==, "River Post");
  g_assert_cmpstr (article->url, ==, "https://example.org/dam");
  g_assert_cmpstr (article->author, ==, "A. Writer");
  g_assert_cmpstr (article->text + article->body_start, ==, "The dam broke on 9 May 2026.");
  assert_found (f->samples.db, "dam", dam_id);
  assert_index_sound (f->samples.db);

  /* The same articles again: already there. */
  {
    g_autoptr(ChrImportReport) again = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);

    g_assert_cmpuint (again->n_added, ==, 0);
    g_assert_cmpuint (again->n_unchanged, ==, 4);
  }
}

/* A saved news page: its article, with its details, and events from its
 * text only, not from its comments, sidebars or footer. */
static void
test_html (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *page = g_test_build_filename (G_TEST_DIST, "data", "html", "og-tags.html", NULL);
  const char * const paths[] = { page, NULL };
  g_autoptr(ChrImportReport) report = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
  g_autoptr(ChrArticle) article = NULL;

  g_assert_cmpuint (report->errors->len, ==, 0);
  g_assert_cmpuint (report->n_added, ==, 1);
  article = chr_database_get_article (f->samples.db, *(gint64 *) g_ptr_array_index (report->added_ids, 0), NULL);
  g_assert_cmpstr (article->title, ==, "Harbour Bridge reopens after two-year repair");
  g_assert_cmpstr (article->published, ==, "2025-08-18");
  g_assert_cmpstr (article->source, ==, "The Northern Ledger");
  g_assert_cmpstr (article->url, ==, "https://northernledger.example/news/2025/08/harbour-bridge-reopens");
  g_assert_cmpstr (article->author, ==, "Maria Okafor");
  g_assert_null (strstr (article->text, "I remember when"));
  /* "on Monday" against the page's date; June 2023 and January 2026 from the text. */
  g_assert_cmpint (count_events_on (f->samples.db, "2025-08-18"), >=, 1);
  g_assert_cmpint (count_events_on (f->samples.db, "2023-06"), ==, 1);
  g_assert_cmpint (count_events_on (f->samples.db, "2026-01"), ==, 1);
  /* The comments' and the footer's dates give nothing. */
  g_assert_cmpint (count_events_on (f->samples.db, "2001-03-03"), ==, 0);
  g_assert_cmpint (count_events_on (f->samples.db, "1999-04-01"), ==, 0);
}

static gint64
event_titled (ChrDatabase *db,
              const char  *title)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, TRUE, NULL);

  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (((ChrEvent *) g_ptr_array_index (events, i))->title, title) == 0)
      return ((ChrEvent *) g_ptr_array_index (events, i))->id;
  return 0;
}

static gint64
count_of_article (ChrDatabase *db,
                  const char  *table,
                  gint64       article_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s WHERE article_id = ?", table);
  g_autoptr(ChrStmt) stmt = chr_database_prepare (db, sql, NULL);

  sqlite3_bind_int64 (stmt, 1, article_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* A newer text of an article (the same URL) takes its place; the user's
 * change to an event of it follows the words into the new text. */
static void
test_newer_version (Fixture       *f,
                    gconstpointer  data)
{
  const char * const paths[] = { f->input, NULL };
  g_autoptr(ChrImportReport) first = NULL;
  g_autoptr(ChrImportReport) second = NULL;
  g_autoptr(ChrArticle) article = NULL;
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "The dam gave way" };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_file (f, "dam.json",
    "{\"title\": \"Dam breaks\", \"url\": \"https://example.org/dam\", \"published\": \"2026-05-10\","
    " \"text\": \"The dam broke on 9 May 2026.\"}", -1);
  gint64 id;

  first = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
  g_assert_cmpuint (first->n_added, ==, 1);
  id = *(gint64 *) g_ptr_array_index (first->added_ids, 0);
  g_assert_true (chr_edits_change_event (f->samples.db, event_titled (f->samples.db, "The dam broke"), &rename,
                                         &error));
  g_assert_no_error (error);

  /* Updated the next day: a paragraph before, the same sentence after. */
  g_assert_true (g_file_set_contents (path,
    "{\"title\": \"Dam breaks, town flooded\", \"url\": \"https://example.org/dam\", \"published\": \"2026-05-11\","
    " \"text\": \"Hundreds left their homes.\\n\\nThe dam broke on 9 May 2026.\"}", -1, NULL));
  second = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
  g_assert_cmpuint (second->errors->len, ==, 0);
  g_assert_cmpuint (second->n_added, ==, 0);
  g_assert_cmpuint (second->n_replaced, ==, 1);
  article = chr_database_get_article (f->samples.db, id, NULL);
  g_assert_cmpstr (article->title, ==, "Dam breaks, town flooded");
  g_assert_cmpint (chr_database_count (f->samples.db, "articles"), ==, 6);
  g_assert_cmpint (event_titled (f->samples.db, "The dam gave way"), >, 0);
  assert_found (f->samples.db, "homes", id);
  assert_index_sound (f->samples.db);
  assert_keys_whole (f->samples.db);
  /* Of the old text's extraction, nothing stays. */
  g_assert_cmpint (count_of_article (f->samples.db, "mentions", id), ==, 1);
  g_assert_cmpint (count_of_article (f->samples.db, "candidates", id), ==, 1);
  g_assert_cmpint (count_of_article (f->samples.db, "sentences", id), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/model/import-run/mixed-folder", Fixture, NULL, fixture_set_up, test_mixed_folder, fixture_tear_down);
  g_test_add ("/model/import-run/bad-files", Fixture, NULL, fixture_set_up, test_bad_files, fixture_tear_down);
  g_test_add ("/model/import-run/progress", Fixture, NULL, fixture_set_up, test_progress, fixture_tear_down);
  g_test_add ("/model/import-run/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/model/import-run/boilerplate", Fixture, NULL, fixture_set_up, test_boilerplate, fixture_tear_down);
  g_test_add ("/model/import-run/json", Fixture, NULL, fixture_set_up, test_json, fixture_tear_down);
  g_test_add ("/model/import-run/html", Fixture, NULL, fixture_set_up, test_html, fixture_tear_down);
  g_test_add ("/model/import-run/newer-version", Fixture, NULL, fixture_set_up, test_newer_version,
              fixture_tear_down);
  g_test_add ("/model/import-run/disk-full", Fixture, NULL, fixture_set_up, test_disk_full, fixture_tear_down);
  return g_test_run ();
}
