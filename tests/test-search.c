/* test-search.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-search"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "chr-database.h"
#include "chr-edit-log.h"
#include "chr-edits.h"
#include "chr-importer.h"
#include "chr-reextract.h"
#include "chr-search.h"
#include "test-samples.h"

typedef ChrTestSamples Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  chr_test_samples_set_up (f);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  chr_test_samples_tear_down (f);
}

/* Runs an FTS5 command on the file: "integrity-check" with rank 1 compares
 * the index with the rows of its content table. */
static int
fts_command (const char *path,
             const char *sql)
{
  sqlite3 *raw = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (raw, 5000);
  rc = sqlite3_exec (raw, sql, NULL, NULL, NULL);
  sqlite3_close (raw);
  return rc;
}

static void
assert_index_consistent (Fixture *f)
{
  g_assert_cmpint (fts_command (f->db_path,
                                "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1);"
                                "INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)"),
                   ==, SQLITE_OK);
}

/* Snippets are text, and every range is a whole, ordered piece of it. */
static void
assert_ranges_valid (const char *snippet,
                     GArray     *ranges)
{
  gsize length = strlen (snippet);
  guint last_end = 0;

  g_assert_true (g_utf8_validate (snippet, -1, NULL));
  g_assert_null (strchr (snippet, '\n'));
  for (guint i = 0; i < ranges->len; i++)
    {
      const ChrSearchRange *range = &g_array_index (ranges, ChrSearchRange, i);

      g_assert_cmpuint (range->start, <, range->end);
      g_assert_cmpuint (range->end, <=, length);
      g_assert_cmpuint (range->start, >=, last_end);
      g_assert_true (g_utf8_validate (snippet + range->start, range->end - range->start, NULL));
      last_end = range->end;
    }
}

static ChrSearchResults *
search (Fixture    *f,
        const char *query,
        guint       limit)
{
  g_autoptr(GError) error = NULL;
  ChrSearchResults *results = chr_search_run (f->db, query, limit, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  for (guint i = 0; i < results->events->len; i++)
    {
      const ChrSearchEvent *event = g_ptr_array_index (results->events, i);

      assert_ranges_valid (event->snippet, event->ranges);
    }
  for (guint i = 0; i < results->articles->len; i++)
    {
      const ChrSearchArticle *article = g_ptr_array_index (results->articles, i);

      assert_ranges_valid (article->snippet, article->ranges);
    }
  return results;
}

/* The first event whose title is @title, or NULL. */
static const ChrSearchEvent *
find_event (ChrSearchResults *results,
            const char       *title)
{
  for (guint i = 0; i < results->events->len; i++)
    {
      const ChrSearchEvent *event = g_ptr_array_index (results->events, i);

      if (g_str_equal (event->title, title))
        return event;
    }
  return NULL;
}

static gint64
event_id_titled (Fixture    *f,
                 const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = chr_database_list_events (f->db, NULL, 0, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      const ChrEvent *event = g_ptr_array_index (events, i);

      if (g_str_equal (event->title, title))
        return event->id;
    }
  g_assert_not_reached ();
  return 0;
}

/* What people type, and what it becomes: every input is words, never FTS5
 * syntax, never an error. */
static const struct
{
  const char *query;
  const char *match;               /* NULL: no word, no result */
  guint       min_events;
  guint       min_articles;
} hostile[] = {
  { "", NULL, 0, 0 },
  { "   \t\n  ", NULL, 0, 0 },
  { "ann", "\"ann\"*", 1, 2 },
  { "ANNEXED", "\"annexed\"*", 1, 2 },
  { "annexed peninsula", "\"annexed\"* \"peninsula\"*", 1, 1 },
  { "\"crimea", "\"crimea\"*", 1, 2 },
  { "crimea\"", "\"crimea\"*", 1, 2 },
  { "\"crimea\"", "\"crimea\"*", 1, 2 },
  { "crimea*", "\"crimea\"*", 1, 2 },
  { "*crimea", "\"crimea\"*", 1, 2 },
  { "^crimea", "\"crimea\"*", 1, 2 },
  { "title:crimea", "\"title\"* \"crimea\"*", 0, 0 },
  { "text : crimea", "\"text\"* \"crimea\"*", 0, 0 },
  { "crimea AND", "\"crimea\"* \"and\"*", 0, 2 },
  { "AND", "\"and\"*", 0, 5 },
  { "OR", "\"or\"*", 0, 4 },
  { "NOT crimea", "\"not\"* \"crimea\"*", 0, 1 },
  { "crimea OR nato", "\"crimea\"* \"or\"* \"nato\"*", 0, 1 },
  { "NEAR(crimea nato, 2)", "\"near\"* \"crimea\"* \"nato\"* \"2\"", 0, 0 },
  { "(crimea", "\"crimea\"*", 1, 2 },
  { "crimea)", "\"crimea\"*", 1, 2 },
  { "((((", NULL, 0, 0 },
  { ")", NULL, 0, 0 },
  { "-", NULL, 0, 0 },
  { "-crimea", "\"crimea\"*", 1, 2 },
  { "*", NULL, 0, 0 },
  { "\"\"", NULL, 0, 0 },
  { "'", NULL, 0, 0 },
  { ":", NULL, 0, 0 },
  { "+", NULL, 0, 0 },
  { "{crimea}", "\"crimea\"*", 1, 2 },
  { "x\"y", "\"x\" \"y\"", 0, 0 },
  { "a", "\"a\"", 0, 5 },
  { "Zelensky’s", "\"zelensky\"* \"s\"", 0, 4 },
  { "Zélénsky", "\"zelensky\"*", 1, 5 },
  { "ZELENSKY", "\"zelensky\"*", 1, 5 },
  { "\xff\xfe crimea \xc3", "\"crimea\"*", 1, 2 },
  { "cri\xc3mea", "\"cri\"* \"mea\"*", 0, 0 },
  { "\xc0\x80", NULL, 0, 0 },
  { "zzzzzz", "\"zzzzzz\"*", 0, 0 },
  { "Крым", "\"крым\"*", 0, 0 },
  { "克里米亚", "\"克里米亚\"*", 0, 0 },
  { "💥 crimea", "\"crimea\"*", 1, 2 },
};

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *match = chr_search_build_match (f->db, hostile[i].query);
      g_autoptr(ChrSearchResults) results = NULL;
      g_autofree char *shown = g_strescape (hostile[i].query, NULL);

      /* TAP output must stay valid UTF-8 even for the broken queries. */
      g_test_message ("query \"%s\"", shown);
      g_assert_cmpstr (match, ==, hostile[i].match);
      results = search (f, hostile[i].query, 50);
      g_assert_cmpuint (results->events->len, >=, hostile[i].min_events);
      g_assert_cmpuint (results->articles->len, >=, hostile[i].min_articles);
      if (hostile[i].match == NULL)
        {
          g_assert_cmpuint (results->events->len, ==, 0);
          g_assert_cmpuint (results->articles->len, ==, 0);
        }
    }
}

static void
test_null_and_long (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ChrSearchResults) none = search (f, NULL, 10);
  g_autoptr(GString) long_query = g_string_new (NULL);
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(ChrSearchResults) many = NULL;
  g_autoptr(ChrSearchResults) huge = NULL;
  g_autofree char *match = NULL;

  g_assert_cmpuint (none->events->len + none->articles->len, ==, 0);

  /* Only the first words count: the query stays small, whatever comes in. */
  for (guint i = 0; i < 100000; i++)
    g_string_append (long_query, i % 2 ? "crimea " : "NOT \"(");
  match = chr_search_build_match (f->db, long_query->str);
  g_assert_nonnull (match);
  g_assert_cmpuint (strlen (match), <, 32 * 12);
  many = search (f, long_query->str, 10);
  g_assert_cmpuint (many->articles->len, >=, 1);

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (long_word, 'a' + i % 26);
  huge = search (f, long_word->str, 10);
  g_assert_cmpuint (huge->events->len + huge->articles->len, ==, 0);
}

/* The matched words are marked in the snippets, and an article says where
 * its first match is in its text. */
static void
test_snippets (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ChrSearchResults) results = search (f, "annex", 50);
  const ChrSearchEvent *event = find_event (results, "Russia annexed the peninsula");

  g_assert_nonnull (event);
  g_assert_cmpstr (event->snippet, ==, "Russia annexed the peninsula");
  g_assert_false (event->snippet_is_note);
  g_assert_cmpuint (event->ranges->len, ==, 1);
  g_assert_cmpuint (g_array_index (event->ranges, ChrSearchRange, 0).start, ==, 7);
  g_assert_cmpuint (g_array_index (event->ranges, ChrSearchRange, 0).end, ==, 14);
  g_assert_cmpuint (event->interval.begin, <, event->interval.end);
  g_assert_cmpstr (event->value, ==, "2014-02");

  g_assert_cmpuint (results->articles->len, >=, 2);
  for (guint i = 0; i < results->articles->len; i++)
    {
      const ChrSearchArticle *article = g_ptr_array_index (results->articles, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(ChrArticle) stored = chr_database_get_article (f->db, article->id, &error);
      const ChrSearchRange *first;

      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, stored->title);
      g_assert_nonnull (article->published);
      g_assert_cmpint (article->match_offset, >=, 0);
      g_assert_cmpint (article->match_offset, <, (gint64) stored->length);
      g_assert_true (g_ascii_strncasecmp (stored->text + article->match_offset, "annex", 5) == 0);
      g_assert_cmpuint (article->ranges->len, >=, 1);
      first = &g_array_index (article->ranges, ChrSearchRange, 0);
      g_assert_true (g_ascii_strncasecmp (article->snippet + first->start, "annex", 5) == 0);
      g_assert_cmpuint (strlen (article->snippet), <=, 60 + 160 + 2 * strlen ("…"));
    }
}

static void
test_limit (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ChrSearchResults) one = search (f, "ukraine", 1);
  g_autoptr(ChrSearchResults) all = search (f, "ukraine", 0);

  g_assert_cmpuint (one->events->len, ==, 1);
  g_assert_cmpuint (one->articles->len, ==, 1);
  g_assert_cmpuint (all->events->len, >, 1);
  g_assert_cmpuint (all->articles->len, ==, 5);
  g_assert_cmpint (((ChrSearchEvent *) g_ptr_array_index (one->events, 0))->id, ==,
                   ((ChrSearchEvent *) g_ptr_array_index (all->events, 0))->id);
  g_assert_cmpint (((ChrSearchArticle *) g_ptr_array_index (one->articles, 0))->id, ==,
                   ((ChrSearchArticle *) g_ptr_array_index (all->articles, 0))->id);
}

/* A renamed event is found by its new title, not its old one, and a note
 * is found; after an undo, the old title again. */
static void
test_user_edits (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = event_id_titled (f, "Russia annexed the peninsula");
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Zaporizhzhia referendum held" };
  ChrEventChange note = { .fields = CHR_EVENT_CHANGE_NOTE, .note = "Checked against the Kremlin transcript" };
  g_autoptr(ChrSearchResults) renamed = NULL;
  g_autoptr(ChrSearchResults) old = NULL;
  g_autoptr(ChrSearchResults) noted = NULL;
  g_autoptr(ChrSearchResults) undone = NULL;
  const ChrSearchEvent *event;
  g_autofree char *kind = NULL;

  chr_edits_change_event (f->db, id, &rename, &error);
  g_assert_no_error (error);
  renamed = search (f, "zaporizh refer", 10);
  g_assert_cmpuint (renamed->events->len, ==, 1);
  event = g_ptr_array_index (renamed->events, 0);
  g_assert_cmpstr (event->title, ==, "Zaporizhzhia referendum held");
  g_assert_cmpuint (event->ranges->len, ==, 2);
  old = search (f, "annexed peninsula", 10);
  g_assert_null (find_event (old, "Russia annexed the peninsula"));
  assert_index_consistent (f);

  id = event_id_titled (f, "Zaporizhzhia referendum held");
  chr_edits_change_event (f->db, id, &note, &error);
  g_assert_no_error (error);
  noted = search (f, "kreml transcr", 10);
  g_assert_cmpuint (noted->events->len, ==, 1);
  event = g_ptr_array_index (noted->events, 0);
  g_assert_cmpstr (event->title, ==, "Zaporizhzhia referendum held");
  g_assert_true (event->snippet_is_note);
  g_assert_cmpstr (event->snippet, ==, "Checked against the Kremlin transcript");
  g_assert_cmpuint (event->ranges->len, ==, 2);
  g_assert_cmpuint (g_array_index (event->ranges, ChrSearchRange, 0).start, ==, 20);
  assert_index_consistent (f);

  chr_edit_log_undo (f->db, &kind, &error);
  g_assert_no_error (error);
  g_clear_pointer (&kind, g_free);
  g_clear_pointer (&noted, chr_search_results_free);
  noted = search (f, "kremlin", 10);
  g_assert_cmpuint (noted->events->len, ==, 0);
  chr_edit_log_undo (f->db, &kind, &error);
  g_assert_no_error (error);
  undone = search (f, "annexed peninsula", 10);
  g_assert_nonnull (find_event (undone, "Russia annexed the peninsula"));
  assert_index_consistent (f);
}

/* Events rebuilt by re-extraction and by another import, an article's
 * date set again, a file reopened: the index stays what the rows say, and
 * the user's title is still found. */
static void
test_reextract (Fixture       *f,
                gconstpointer  data)
{
  static const char extra[] =
    "Crimean bridge reopened\n"
    "The Kerch bridge to Crimea reopened to traffic on 12 March 2024, officials said.\n";
  g_autoptr(GError) error = NULL;
  ChrImportOptions options = { "2024-03-13", "Wire" };
  g_autoptr(ChrArticle) article = chr_importer_parse_text ("extra.txt", extra, strlen (extra), &options, &error);
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_NOTE,
                            .title = "Zaporizhzhia referendum held", .note = "Kremlin transcript" };
  g_autoptr(ChrSearchResults) before = NULL;
  g_autoptr(ChrSearchResults) after = NULL;
  g_autoptr(ChrSearchResults) kerch = NULL;

  g_assert_no_error (error);
  chr_edits_change_event (f->db, event_id_titled (f, "Russia annexed the peninsula"), &rename, &error);
  g_assert_no_error (error);
  before = search (f, "crimea", 0);

  chr_reextract_all (f->db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_index_consistent (f);
  chr_database_add_article (f->db, article, NULL, NULL, &error);
  g_assert_no_error (error);
  chr_importer_rebuild_events (f->db, &error);
  g_assert_no_error (error);
  chr_reextract_set_published (f->db, 1, "2025-08-18", &error);
  g_assert_no_error (error);
  assert_index_consistent (f);
  chr_test_samples_reopen (f);

  after = search (f, "zaporizhzhia kreml", 10);
  g_assert_cmpuint (after->events->len, ==, 1);
  kerch = search (f, "kerch", 10);
  g_assert_cmpuint (kerch->articles->len, ==, 1);
  g_assert_cmpstr (((ChrSearchArticle *) g_ptr_array_index (kerch->articles, 0))->title, ==,
                   "Crimean bridge reopened");
  g_assert_cmpuint (kerch->events->len, >=, 1);
  g_clear_pointer (&after, chr_search_results_free);
  after = search (f, "crimea", 0);
  g_assert_cmpuint (after->articles->len, ==, before->articles->len + 1);
  assert_index_consistent (f);
}

/* A file from before search (schema 3) gets its index when opened. */
static void
test_migrate_v3 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrSearchResults) results = NULL;

  g_clear_object (&f->db);
  g_assert_cmpint (fts_command (f->db_path,
                                "DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete;"
                                "DROP TRIGGER articles_fts_update; DROP TRIGGER events_fts_insert;"
                                "DROP TRIGGER events_fts_delete; DROP TRIGGER events_fts_update;"
                                "DROP TABLE articles_fts; DROP TABLE events_fts; DROP TABLE annotation_passages;"
                                "DROP INDEX articles_url; ALTER TABLE articles DROP COLUMN url;"
                                "ALTER TABLE articles DROP COLUMN author; ALTER TABLE candidates DROP COLUMN line_hash;"
                                "PRAGMA user_version = 3"),
                   ==, SQLITE_OK);
  chr_test_samples_reopen (f);
  g_assert_cmpint (chr_database_get_schema_version (f->db), ==, CHR_DATABASE_SCHEMA_VERSION);
  results = search (f, "annexed", 10);
  g_assert_nonnull (find_event (results, "Russia annexed the peninsula"));
  g_assert_cmpuint (results->articles->len, >=, 2);
  assert_index_consistent (f);
}

/* The check above would see an index out of step with its rows. */
static void
test_consistency_check (Fixture       *f,
                        gconstpointer  data)
{
  g_clear_object (&f->db);
  g_assert_cmpint (fts_command (f->db_path, "DROP TRIGGER events_fts_update;"
                                            "UPDATE events SET title = 'Something else entirely'"),
                   ==, SQLITE_OK);
  g_assert_cmpint (fts_command (f->db_path, "INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)"),
                   !=, SQLITE_OK);
  chr_test_samples_reopen (f);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrSearchResults) results = NULL;

  g_cancellable_cancel (cancellable);
  results = chr_search_run (f->db, "crimea", 10, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (results);
}

/* A snippet with its matches marked, escaped or not; ranges that do not
 * fit are left out. */
static void
test_mark (void)
{
  static const struct
  {
    const char *snippet;
    guint       ranges[4];         /* start, end pairs; end 0 closes */
    gboolean    markup;
    const char *expected;
  } rows[] = {
    { "Russia annexed Crimea", { 7, 14, 0, 0 }, FALSE, "Russia [annexed] Crimea" },
    { "Russia annexed Crimea", { 0, 6, 15, 21 }, FALSE, "[Russia] annexed [Crimea]" },
    { "A & B annexed", { 6, 13, 0, 0 }, TRUE, "A &amp; B <b>annexed</b>" },
    { "<i> annexed", { 4, 11, 0, 0 }, TRUE, "&lt;i&gt; <b>annexed</b>" },
    { "short", { 2, 40, 0, 0 }, FALSE, "short" },              /* past the end */
    { "one two", { 4, 7, 0, 3 }, FALSE, "one [two]" },         /* out of order */
    { "", { 0, 0, 0, 0 }, TRUE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (GArray) ranges = g_array_new (FALSE, FALSE, sizeof (ChrSearchRange));
      g_autofree char *marked = NULL;

      for (guint k = 0; k < 4 && rows[i].ranges[k + 1] != 0; k += 2)
        g_array_append_val (ranges, ((ChrSearchRange) { rows[i].ranges[k], rows[i].ranges[k + 1] }));
      marked = rows[i].markup ? chr_search_mark (rows[i].snippet, ranges, "<b>", "</b>", g_markup_escape_text)
                              : chr_search_mark (rows[i].snippet, ranges, "[", "]", NULL);
      g_assert_cmpstr (marked, ==, rows[i].expected);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/search/mark", test_mark);

#define ADD(path, func) g_test_add ("/model/search/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("hostile", test_hostile);
  ADD ("null-and-long", test_null_and_long);
  ADD ("snippets", test_snippets);
  ADD ("limit", test_limit);
  ADD ("user-edits", test_user_edits);
  ADD ("reextract", test_reextract);
  ADD ("migrate-v3", test_migrate_v3);
  ADD ("consistency-check", test_consistency_check);
  ADD ("cancelled", test_cancelled);
#undef ADD

  return g_test_run ();
}
