/* test-cli.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <cairo.h>

#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-util.h"

typedef struct
{
  char *dir;
  char *db;
} CliFixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_clear (CliResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliResult, cli_result_clear)

/* Runs chronicle-cli with the arguments from @first on, in the test's
 * environment with @variable ("NAME=value", or %NULL) added. */
static void
run_va (CliResult  *result,
        const char *variable,
        const char *first,
        va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("CHRONICLE_CLI");
  const char *arg;
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);
  if (variable != NULL)
    {
      g_auto(GStrv) pair = g_strsplit (variable, "=", 2);

      envp = g_environ_setenv (envp, pair[0], pair[1], TRUE);
    }

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
run (CliResult  *result,
     const char *first,
     ...)
{
  va_list args;

  va_start (args, first);
  run_va (result, NULL, first, args);
  va_end (args);
}

static void
run_with (CliResult  *result,
          const char *variable,
          const char *first,
          ...)
{
  va_list args;

  va_start (args, first);
  run_va (result, variable, first, args);
  va_end (args);
}

static char *
sample (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static void
cli_set_up (CliFixture    *f,
            gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("chronicle-cli-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "x.db", NULL);
}

static void
cli_tear_down (CliFixture    *f,
               gconstpointer  data)
{
  chr_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static JsonArray *
parse_array (JsonParser *parser,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_node_get_array (root);
}

static JsonObject *
find_event (JsonArray  *events,
            const char *date)
{
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member (event, "date"), date) == 0)
        return event;
    }
  return NULL;
}

static void
test_import_and_events (CliFixture    *f,
                        gconstpointer  data)
{
  g_autofree char *s0 = sample ("000_a0d0abd315d38227.txt");
  g_autofree char *s1 = sample ("001_987273f1e552f6ba.txt");
  g_autofree char *s2 = sample ("002_3efe0e8289e4b80b.txt");
  g_autofree char *s3 = sample ("003_08aeda4bc9fdb31b.txt");
  g_autofree char *s4 = sample ("004_0f917d4df3fde03f.txt");
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) again = { 0 };
  g_auto(CliResult) events = { 0 };
  g_auto(CliResult) articles = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) article_parser = json_parser_new ();
  JsonArray *array;
  const char *dates[] = { "2014-02", "2022-02-24", "2025-01", "2024-10", "2025-08-15", "2025-08-18" };

  run (&import, "--db", f->db, "import", s0, s1, s2, s3, s4, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpstr (import.out, ==, "5 articles added, 0 already there\n");

  run (&again, "--db", f->db, "import", s0, s1, s2, s3, s4, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==, "0 articles added, 5 already there\n");

  /* --samples names the same five articles, wherever they are installed. */
  {
    g_auto(CliResult) samples = { 0 };
    g_auto(CliResult) mixed = { 0 };

    run (&samples, "--db", f->db, "import", "--samples", NULL);
    g_assert_cmpint (samples.status, ==, 0);
    g_assert_cmpstr (samples.out, ==, "0 articles added, 5 already there\n");
    run (&mixed, "--db", f->db, "import", "--samples", s0, NULL);
    g_assert_cmpint (mixed.status, ==, 2);
  }

  run (&events, "--db", f->db, "events", "--json", NULL);
  g_assert_cmpint (events.status, ==, 0);
  array = parse_array (parser, events.out);
  g_assert_cmpuint (json_array_get_length (array), >=, 20);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      JsonObject *event = find_event (array, dates[i]);
      JsonArray *sources;
      JsonObject *source;

      if (event == NULL)
        g_error ("no event dated %s", dates[i]);
      g_assert_true (json_object_has_member (event, "id"));
      g_assert_cmpuint (strlen (json_object_get_string_member (event, "title")), >, 0);
      g_assert_true (g_str_has_prefix (json_object_get_string_member (event, "begin"), dates[i]));
      g_assert_true (json_object_has_member (event, "end"));
      sources = json_object_get_array_member (event, "sources");
      g_assert_cmpuint (json_array_get_length (sources), >=, 1);
      source = json_array_get_object_element (sources, 0);
      g_assert_cmpuint (strlen (json_object_get_string_member (source, "article")), >, 0);
      g_assert_cmpuint (strlen (json_object_get_string_member (source, "excerpt")), >, 0);
    }

  /* The invasion: its excerpt is the sentence that reports it. */
  {
    JsonObject *event = find_event (array, "2022-02-24");
    JsonObject *source = json_array_get_object_element (json_object_get_array_member (event, "sources"), 0);
    JsonObject *highlight = json_object_get_object_member (source, "highlight");

    g_assert_nonnull (strstr (json_object_get_string_member (source, "excerpt"), "Russia invaded Ukraine"));
    g_assert_cmpstr (json_object_get_string_member (highlight, "text"), ==, "February 24, 2022");
    g_assert_cmpstr (json_object_get_string_member (event, "begin"), ==, "2022-02-24T00:00:00Z");
    g_assert_cmpstr (json_object_get_string_member (event, "end"), ==, "2022-02-25T00:00:00Z");
  }

  run (&articles, "--db", f->db, "articles", "--json", NULL);
  g_assert_cmpint (articles.status, ==, 0);
  array = parse_array (article_parser, articles.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 2), "published"), ==,
                   "2025-03-22");
}

/* The point event that holds a source whose excerpt contains words, among those dated with prefix. */
static JsonObject *
find_event_with (JsonArray  *events,
                 const char *date_prefix,
                 const char *words)
{
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      JsonArray *sources = json_object_get_array_member (event, "sources");

      if (!g_str_has_prefix (json_object_get_string_member (event, "date"), date_prefix) ||
          json_object_get_boolean_member (event, "period"))
        continue;
      for (guint j = 0; j < json_array_get_length (sources); j++)
        if (strstr (json_object_get_string_member (json_array_get_object_element (sources, j), "excerpt"), words))
          return event;
    }
  return NULL;
}

static guint
distinct_articles (JsonObject *event)
{
  JsonArray *sources = json_object_get_array_member (event, "sources");
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint j = 0; j < json_array_get_length (sources); j++)
    g_hash_table_add (seen, GSIZE_TO_POINTER (json_object_get_int_member (json_array_get_object_element (sources, j),
                                                                          "article_id")));
  return g_hash_table_size (seen);
}

static void
import_samples (CliFixture *f,
                gboolean    with_dates)
{
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  g_auto(CliResult) import = { 0 };

  if (with_dates)
    run (&import, "--db", f->db, "import", samples, NULL);
  else
    {
      /* The same texts with no date beside them. */
      g_autoptr(GDir) dir = g_dir_open (samples, 0, NULL);
      g_autofree char *bare = g_build_filename (f->dir, "bare", NULL);
      const char *name;

      g_mkdir (bare, 0755);
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *from = g_build_filename (samples, name, NULL);
          g_autofree char *to = g_build_filename (bare, name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_str_has_suffix (name, ".txt"))
            continue;
          g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
          g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
        }
      run (&import, "--db", f->db, "import", bare, NULL);
    }
  g_assert_cmpint (import.status, ==, 0);
}

/* What the seed articles report, merged: one event per happening, with all its sources. */
static void
test_merged_events (CliFixture    *f,
                    gconstpointer  data)
{
  g_auto(CliResult) events = { 0 };
  g_auto(CliResult) several = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) several_parser = json_parser_new ();
  JsonArray *array;
  JsonObject *event;

  import_samples (f, TRUE);
  run (&events, "--db", f->db, "events", "--json", NULL);
  g_assert_cmpint (events.status, ==, 0);
  array = parse_array (parser, events.out);

  /* The annexation of Crimea, reported by two articles. */
  event = find_event_with (array, "2014", "annexed");
  g_assert_nonnull (event);
  g_assert_cmpuint (distinct_articles (event), >=, 2);
  g_assert_cmpint (json_object_get_int_member (event, "sources_count"), ==, (gint64) distinct_articles (event));

  /* The full-scale invasion on 24 February 2022, from at least two articles. */
  event = find_event_with (array, "2022-02-24", "invaded Ukraine");
  g_assert_nonnull (event);
  g_assert_cmpuint (distinct_articles (event), >=, 2);
  g_assert_cmpstr (json_object_get_string_member (event, "precision"), ==, "day");

  /* The Alaska summit on Friday 15 August 2025. */
  g_assert_nonnull (find_event_with (array, "2025-08-15", "Alaska"));

  /* The White House meeting on Monday 18 August 2025, from both articles that report it. */
  event = find_event_with (array, "2025-08-18", "White House meeting");
  g_assert_nonnull (event);
  g_assert_cmpuint (distinct_articles (event), ==, 2);

  /* Hegseth on 12 February 2025, Meloni's proposal in March 2025, the Berlin talks in December 2025. */
  g_assert_nonnull (find_event_with (array, "2025-02-12", "Hegseth"));
  g_assert_nonnull (find_event_with (array, "2025-03", "Meloni"));
  g_assert_nonnull (find_event_with (array, "2025-12", "Berlin"));

  /* Every event carries its flags. */
  g_assert_true (json_object_has_member (event, "approximate"));
  g_assert_true (json_object_has_member (event, "ongoing"));
  g_assert_true (json_object_has_member (event, "conflict"));
  g_assert_true (json_object_has_member (event, "importance"));

  /* --sort importance puts the most reported first. */
  {
    g_auto(CliResult) sorted = { 0 };
    g_autoptr(JsonParser) sorted_parser = json_parser_new ();
    JsonArray *by_importance;

    run (&sorted, "--db", f->db, "events", "--json", "--sort", "importance", NULL);
    g_assert_cmpint (sorted.status, ==, 0);
    by_importance = parse_array (sorted_parser, sorted.out);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (by_importance, 0), "date"), ==,
                     "2022-02-24");
    for (guint i = 1; i < json_array_get_length (by_importance); i++)
      g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (by_importance, i - 1), "importance"),
                         >=,
                         json_object_get_double_member (json_array_get_object_element (by_importance, i), "importance"));
  }

  /* --min-sources keeps only what several articles report. */
  run (&several, "--db", f->db, "events", "--json", "--min-sources", "2", NULL);
  g_assert_cmpint (several.status, ==, 0);
  array = parse_array (several_parser, several.out);
  g_assert_cmpuint (json_array_get_length (array), >=, 3);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, i), "sources_count"), >=, 2);
}

/* Imported bare, with no dates: absolute events still appear and merge; relative ones wait. */
static void
test_undated_samples (CliFixture    *f,
                      gconstpointer  data)
{
  g_auto(CliResult) events = { 0 };
  g_auto(CliResult) waiting = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) waiting_parser = json_parser_new ();
  JsonArray *array;
  JsonObject *event;
  gboolean monday = FALSE;

  import_samples (f, FALSE);
  run (&events, "--db", f->db, "events", "--json", NULL);
  array = parse_array (parser, events.out);

  event = find_event_with (array, "2022-02-24", "invaded Ukraine");
  g_assert_nonnull (event);
  g_assert_cmpuint (distinct_articles (event), >=, 2);
  event = find_event_with (array, "2014", "annexed");
  g_assert_nonnull (event);
  g_assert_cmpuint (distinct_articles (event), >=, 2);
  /* Nothing is guessed for "on Friday" without a date. */
  g_assert_null (find_event_with (array, "2025-08-15", "Alaska"));

  run (&waiting, "--db", f->db, "waiting", "--json", NULL);
  g_assert_cmpint (waiting.status, ==, 0);
  array = parse_array (waiting_parser, waiting.out);
  g_assert_cmpuint (json_array_get_length (array), >=, 5);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *date = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (date, "text"), "Monday") == 0)
        {
          monday = TRUE;
          g_assert_cmpstr (json_object_get_string_member (date, "value"), ==, "XXXX-WXX-1");
        }
    }
  g_assert_true (monday);
}

static void
test_range (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *s0 = sample ("000_a0d0abd315d38227.txt");
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) events = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *array;

  run (&import, "--db", f->db, "import", s0, NULL);
  g_assert_cmpint (import.status, ==, 0);
  run (&events, "--db", f->db, "events", "--json", "--from", "2022", "--to", "2022", NULL);
  g_assert_cmpint (events.status, ==, 0);
  array = parse_array (parser, events.out);
  g_assert_cmpuint (json_array_get_length (array), >=, 1);
  /* Every event overlaps 2022: the ones of 2022, and periods that span it. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *event = json_array_get_object_element (array, i);

      g_assert_cmpstr (json_object_get_string_member (event, "begin"), <, "2023-01-01T00:00:00Z");
      g_assert_cmpstr (json_object_get_string_member (event, "end"), >, "2022-01-01T00:00:00Z");
    }
}

static void
test_errors (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *s0 = sample ("000_a0d0abd315d38227.txt");
  g_autofree char *junk = g_build_filename (f->dir, "junk.db", NULL);
  g_auto(CliResult) no_command = { 0 };
  g_auto(CliResult) unknown = { 0 };
  g_auto(CliResult) no_files = { 0 };
  g_auto(CliResult) bad_date = { 0 };
  g_auto(CliResult) missing = { 0 };
  g_auto(CliResult) corrupt = { 0 };

  run (&no_command, "--db", f->db, NULL);
  g_assert_cmpint (no_command.status, ==, 2);
  run (&unknown, "--db", f->db, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  run (&no_files, "--db", f->db, "import", NULL);
  g_assert_cmpint (no_files.status, ==, 2);

  run (&bad_date, "--db", f->db, "import", "--published", "soon", s0, NULL);
  g_assert_cmpint (bad_date.status, ==, 1);
  g_assert_nonnull (strstr (bad_date.err, "“soon” is not a date"));

  run (&missing, "--db", f->db, "import", "/nonexistent/article.txt", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "/nonexistent/article.txt"));

  g_assert_true (g_file_set_contents (junk, "not a database, just some text that is long enough to have a header", -1,
                                      NULL));
  run (&corrupt, "--db", junk, "events", NULL);
  g_assert_cmpint (corrupt.status, ==, 1);
  g_assert_nonnull (strstr (corrupt.err, "is not a Chronicle timeline"));
  /* One clear line. */
  g_assert_true (g_str_has_suffix (corrupt.err, "\n"));
  g_assert_true (strchr (corrupt.err, '\n') + 1 == corrupt.err + strlen (corrupt.err));
}

static void
test_timex (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *s1 = sample ("001_987273f1e552f6ba.txt");
  g_auto(CliResult) timex = { 0 };
  g_auto(GStrv) lines = NULL;
  gboolean found_friday = FALSE;

  run (&timex, "timex", "--dct", "2025-08-18", s1, NULL);
  g_assert_cmpint (timex.status, ==, 0);
  lines = g_strsplit (timex.out, "\n", -1);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *object;

      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      g_assert_true (json_object_has_member (object, "start"));
      g_assert_true (json_object_has_member (object, "type"));
      if (g_strcmp0 (json_object_get_string_member (object, "text"), "Friday") == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (object, "value"), ==, "2025-08-15");
          found_friday = TRUE;
        }
    }
  g_assert_true (found_friday);
}

static void
test_set_published (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *article = g_build_filename (f->dir, "bare.txt", NULL);
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) set = { 0 };
  g_auto(CliResult) bad = { 0 };
  g_auto(CliResult) events = { 0 };

  g_assert_true (g_file_set_contents (article, "Talks\nThey met on Monday in Geneva.\n", -1, NULL));
  run (&import, "--db", f->db, "import", article, NULL);
  g_assert_cmpint (import.status, ==, 0);

  run (&set, "--db", f->db, "set-published", "1", "2025-08-20", NULL);
  g_assert_cmpint (set.status, ==, 0);
  run (&events, "--db", f->db, "events", NULL);
  g_assert_true (g_str_has_prefix (events.out, "2025-08-18"));

  run (&bad, "--db", f->db, "set-published", "seven", "2025-08-20", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "not an article id"));
}

static void
test_timeml (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *in = g_build_filename (f->dir, "in.tml", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out.tml", NULL);
  g_autofree char *contents = NULL;
  g_auto(CliResult) timeml = { 0 };
  g_auto(CliResult) not_timeml = { 0 };

  g_assert_true (g_file_set_contents (in,
                                      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">"
                                      "19980108</TIMEX3></DCT>\n<TEXT>Sales fell &amp; rose "
                                      "<TIMEX3 tid=\"t5\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>."
                                      "</TEXT></TimeML>\n", -1, NULL));
  run (&timeml, "timeml", in, "--output", out, NULL);
  g_assert_cmpint (timeml.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==,
                   "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">19980108</TIMEX3></DCT>\n"
                   "<TEXT>Sales fell &amp; rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday"
                   "</TIMEX3>.</TEXT></TimeML>\n");

  run (&not_timeml, "timeml", "/nonexistent.tml", NULL);
  g_assert_cmpint (not_timeml.status, ==, 1);
}

/* The events as events --json lists them now. */
static JsonArray *
list_events (CliFixture *f,
             JsonParser *parser)
{
  g_auto(CliResult) events = { 0 };

  run (&events, "--db", f->db, "events", "--json", NULL);
  g_assert_cmpint (events.status, ==, 0);
  return parse_array (parser, events.out);
}

static JsonObject *
find_titled (JsonArray  *events,
             const char *title)
{
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member (event, "title"), title) == 0)
        return event;
    }
  return NULL;
}

/* The id, as text, of the event called @title now. */
static char *
id_of (CliFixture *f,
       const char *title)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *event = find_titled (list_events (f, parser), title);

  if (event == NULL)
    g_error ("no event is called “%s”", title);
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (event, "id"));
}

/* The anchor of an event's excerpt, as split, detach and attach take it. */
static char *
anchor_of (CliFixture *f,
           const char *title,
           guint       index)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *event = find_titled (list_events (f, parser), title);
  JsonArray *sources = json_object_get_array_member (event, "sources");

  return g_strdup (json_object_get_string_member (json_array_get_object_element (sources, index), "anchor"));
}

static void
assert_ok (CliResult *result)
{
  if (result->status != 0)
    g_error ("exit status %d: %s", result->status, result->err);
}

/* A user error: status 1 and one clear line on stderr that says @words. */
static void
assert_refused (CliResult  *result,
                const char *words)
{
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, words));
  g_assert_true (g_str_has_prefix (result->err, "chronicle-cli: "));
  g_assert_true (strchr (result->err, '\n') + 1 == result->err + strlen (result->err));
}

#define INVASION "Russia invaded Ukraine"

static void
test_edit_event (CliFixture    *f,
                 gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *id = NULL;
  g_autofree char *renamed = NULL;
  g_auto(CliResult) edit = { 0 };
  g_auto(CliResult) note = { 0 };
  g_auto(CliResult) hide = { 0 };
  g_auto(CliResult) text = { 0 };
  JsonObject *event;

  import_samples (f, TRUE);
  id = id_of (f, INVASION);
  run (&edit, "--db", f->db, "edit-event", id, "--title", "Full-scale invasion", "--date", "24 Feb 2022",
       "--approximate", "--star", NULL);
  assert_ok (&edit);
  g_assert_cmpstr (edit.out, ==, "");

  /* A change of fields keeps the event's id. */
  renamed = id_of (f, "Full-scale invasion");
  g_assert_cmpstr (renamed, ==, id);
  run (&note, "--db", f->db, "note", id, "The war begins", NULL);
  assert_ok (&note);
  run (&hide, "--db", f->db, "hide", id, NULL);
  assert_ok (&hide);

  event = find_titled (list_events (f, parser), "Full-scale invasion");
  g_assert_nonnull (event);
  g_assert_cmpstr (json_object_get_string_member (event, "date"), ==, "2022-02-24");
  g_assert_true (json_object_get_boolean_member (event, "starred"));
  g_assert_true (json_object_get_boolean_member (event, "approximate"));
  g_assert_true (json_object_get_boolean_member (event, "hidden"));
  g_assert_cmpstr (json_object_get_string_member (event, "note"), ==, "The war begins");
  g_assert_cmpstr (json_object_get_string_member (event, "origin"), ==, "edited");
  g_assert_cmpint (json_object_get_int_member (event, "sources_count"), ==, 3);
  g_assert_true (json_object_has_member (event, "importance"));

  run (&text, "--db", f->db, "events", NULL);
  g_assert_nonnull (strstr (text.out, "2022-02-24    Full-scale invasion  (3 articles) ★ [hidden] [note]\n"));

  /* Undone one by one, newest first, each named. */
  {
    const char *expected[] = { "Undid Hide\n", "Undid Note\n", "Undid Edit Event\n" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_auto(CliResult) undo = { 0 };

        run (&undo, "--db", f->db, "undo", NULL);
        assert_ok (&undo);
        g_assert_cmpstr (undo.out, ==, expected[i]);
      }
  }
  {
    g_autoptr(JsonParser) again = json_parser_new ();
    g_auto(CliResult) redo = { 0 };

    event = find_titled (list_events (f, again), INVASION);
    g_assert_nonnull (event);
    g_assert_cmpstr (json_object_get_string_member (event, "origin"), ==, "extracted");
    g_assert_null (find_titled (list_events (f, again), "Full-scale invasion"));
    run (&redo, "--db", f->db, "redo", NULL);
    g_assert_cmpstr (redo.out, ==, "Redid Edit Event\n");
  }
}

static void
test_add_delete (CliFixture    *f,
                 gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(CliResult) add = { 0 };
  g_auto(CliResult) period = { 0 };
  g_auto(CliResult) extracted = { 0 };
  g_auto(CliResult) delete = { 0 };
  g_auto(CliResult) again = { 0 };
  g_autofree char *id = NULL;
  g_autofree char *invasion = NULL;
  JsonObject *event;
  JsonArray *tags;

  import_samples (f, TRUE);
  run (&add, "--db", f->db, "add-event", "--title", "Geneva talks", "--date", "March 2026", "--note", "Planned",
       "--tag", "Diplomacy", "--tag", "Peace", NULL);
  assert_ok (&add);
  id = g_strchomp (g_strdup (add.out));
  /* The id printed is the new event's, until the next edit that moves excerpts renumbers the events. */
  g_assert_cmpint (json_object_get_int_member (find_titled (list_events (f, parser), "Geneva talks"), "id"), ==,
                   g_ascii_strtoll (id, NULL, 10));
  run (&period, "--db", f->db, "add-event", "--title", "Sanctions", "--date", "2014-03-17", "--end", "2022",
       "--approximate", NULL);
  assert_ok (&period);

  event = find_titled (list_events (f, parser), "Geneva talks");
  g_assert_nonnull (event);
  g_assert_cmpstr (json_object_get_string_member (event, "date"), ==, "2026-03");
  g_assert_cmpstr (json_object_get_string_member (event, "origin"), ==, "user");
  tags = json_object_get_array_member (event, "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "Diplomacy");
  event = find_titled (list_events (f, parser), "Sanctions");
  g_assert_cmpstr (json_object_get_string_member (event, "date"), ==, "2014-03-17/2022-12-31");
  g_assert_true (json_object_get_boolean_member (event, "period"));
  g_assert_true (json_object_get_boolean_member (event, "approximate"));

  /* Only what was added by hand can be deleted. */
  invasion = id_of (f, INVASION);
  run (&extracted, "--db", f->db, "delete-event", invasion, NULL);
  assert_refused (&extracted, "hide this one instead");
  g_free (id);
  id = id_of (f, "Geneva talks");
  run (&delete, "--db", f->db, "delete-event", id, NULL);
  assert_ok (&delete);
  g_assert_null (find_titled (list_events (f, parser), "Geneva talks"));
  run (&again, "--db", f->db, "delete-event", id, NULL);
  assert_refused (&again, "There is no event");
}

static void
test_merge_split (CliFixture    *f,
                  gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *hegseth = NULL;
  g_autofree char *practical = NULL;
  g_autofree char *invasion = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *kharkiv = NULL;
  g_autofree char *meeting = NULL;
  g_auto(CliResult) merge = { 0 };
  g_auto(CliResult) split = { 0 };
  g_auto(CliResult) detach = { 0 };
  g_auto(CliResult) attach = { 0 };
  JsonObject *event;

  import_samples (f, TRUE);
  hegseth = id_of (f, "Hegseth said Washington was committed to a sovereign Ukraine");
  practical = id_of (f, "Trump: I donʼt think itʼs practical");
  run (&merge, "--db", f->db, "merge", hegseth, practical, "--title-from", practical, NULL);
  assert_ok (&merge);
  event = find_titled (list_events (f, parser), "Trump: I donʼt think itʼs practical");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (event, "sources")), ==, 2);
  g_assert_cmpstr (merge.out, !=, "");
  g_assert_cmpint (json_object_get_int_member (event, "id"), ==, g_ascii_strtoll (merge.out, NULL, 10));
  g_assert_null (find_titled (list_events (f, parser), "Hegseth said Washington was committed to a sovereign Ukraine"));

  invasion = id_of (f, INVASION);
  excerpt = anchor_of (f, INVASION, 2);
  run (&split, "--db", f->db, "split", invasion, "--excerpt", excerpt, NULL);
  assert_ok (&split);
  event = find_titled (list_events (f, parser), INVASION);
  g_assert_cmpint (json_object_get_int_member (event, "sources_count"), ==, 2);

  g_free (invasion);
  g_free (excerpt);
  invasion = id_of (f, INVASION);
  excerpt = anchor_of (f, INVASION, 1);
  run (&detach, "--db", f->db, "detach", invasion, excerpt, NULL);
  assert_ok (&detach);
  event = find_titled (list_events (f, parser), INVASION);
  g_assert_cmpint (json_object_get_int_member (event, "sources_count"), ==, 1);

  kharkiv = anchor_of (f, "Russian attacks on Kharkiv killed three people", 0);
  meeting = id_of (f, "Zelensky will meet Trump in Washington");
  run (&attach, "--db", f->db, "attach", meeting, kharkiv, NULL);
  assert_ok (&attach);
  g_assert_null (find_titled (list_events (f, parser), "Russian attacks on Kharkiv killed three people"));
  event = find_titled (list_events (f, parser), "Zelensky will meet Trump in Washington");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (event, "sources")), ==, 5);
}

static void
test_tags (CliFixture    *f,
           gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *id = NULL;
  g_auto(CliResult) add = { 0 };
  g_auto(CliResult) colour = { 0 };
  g_auto(CliResult) rename = { 0 };
  g_auto(CliResult) list = { 0 };
  g_auto(CliResult) text = { 0 };
  g_auto(CliResult) remove = { 0 };
  g_auto(CliResult) undo = { 0 };
  JsonObject *tag;
  JsonArray *tags;

  import_samples (f, TRUE);
  id = id_of (f, INVASION);
  run (&add, "--db", f->db, "tag", "add", id, "War", NULL);
  assert_ok (&add);
  run (&colour, "--db", f->db, "tag", "colour", "war", "5", NULL);
  assert_ok (&colour);
  run (&rename, "--db", f->db, "tag", "rename", "War", "Conflict", NULL);
  assert_ok (&rename);

  run (&list, "--db", f->db, "tags", "--json", NULL);
  assert_ok (&list);
  tags = parse_array (parser, list.out);
  g_assert_cmpuint (json_array_get_length (tags), ==, 1);
  tag = json_array_get_object_element (tags, 0);
  g_assert_cmpstr (json_object_get_string_member (tag, "name"), ==, "Conflict");
  g_assert_cmpint (json_object_get_int_member (tag, "color"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (tag, "events"), ==, 1);
  run (&text, "--db", f->db, "tags", NULL);
  g_assert_cmpstr (text.out, ==, "Conflict                  colour 5  1 event\n");

  run (&remove, "--db", f->db, "tag", "remove", id, "conflict", NULL);
  assert_ok (&remove);
  tags = json_object_get_array_member (find_titled (list_events (f, parser), INVASION), "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 0);
  run (&undo, "--db", f->db, "undo", NULL);
  g_assert_cmpstr (undo.out, ==, "Undid Remove Tag\n");
  tags = json_object_get_array_member (find_titled (list_events (f, parser), INVASION), "tags");
  g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "Conflict");
}

static void
test_history (CliFixture    *f,
              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *id = NULL;
  g_auto(CliResult) star = { 0 };
  g_auto(CliResult) published = { 0 };
  g_auto(CliResult) undo = { 0 };
  g_auto(CliResult) history = { 0 };
  g_auto(CliResult) text = { 0 };
  g_auto(CliResult) articles = { 0 };
  JsonArray *entries;
  JsonObject *entry;

  import_samples (f, TRUE);
  id = id_of (f, INVASION);
  run (&star, "--db", f->db, "edit-event", id, "--star", NULL);
  assert_ok (&star);
  run (&published, "--db", f->db, "set-published", "1", "2025-08-25", NULL);
  assert_ok (&published);
  run (&undo, "--db", f->db, "undo", NULL);
  g_assert_cmpstr (undo.out, ==, "Undid Set Article Date\n");
  run (&articles, "--db", f->db, "articles", "--json", NULL);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (parse_array (parser, articles.out), 0),
                                                  "published"), ==, "2025-08-17");

  run (&history, "--db", f->db, "history", "--json", NULL);
  assert_ok (&history);
  entries = parse_array (parser, history.out);
  g_assert_cmpuint (json_array_get_length (entries), ==, 2);
  entry = json_array_get_object_element (entries, 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "star");
  g_assert_cmpstr (json_object_get_string_member (entry, "name"), ==, "Star");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (entry, "time"), "Z"));
  g_assert_false (json_object_get_boolean_member (entry, "undone"));
  entry = json_array_get_object_element (entries, 1);
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "published");
  g_assert_true (json_object_get_boolean_member (entry, "undone"));

  run (&text, "--db", f->db, "history", NULL);
  g_assert_nonnull (strstr (text.out, "  Star\n"));
  g_assert_nonnull (strstr (text.out, "  Set Article Date (undone)\n"));
}

/* An edit whose article another program removed is listed, not lost. */
static void
test_orphans (CliFixture    *f,
              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *id = NULL;
  g_autofree char *excerpt = NULL;
  g_auto(CliResult) rename = { 0 };
  g_auto(CliResult) rebuild = { 0 };
  g_auto(CliResult) orphans = { 0 };
  g_auto(CliResult) history = { 0 };
  JsonArray *array;
  JsonObject *orphan;
  sqlite3 *raw = NULL;

  import_samples (f, TRUE);
  id = id_of (f, "Russian attacks on Kharkiv killed three people");
  excerpt = anchor_of (f, "Russian attacks on Kharkiv killed three people", 0);
  run (&rename, "--db", f->db, "edit-event", id, "--title", "Kharkiv shelled", NULL);
  assert_ok (&rename);

  g_assert_cmpint (sqlite3_open (f->db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = 2", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  /* Any rebuild (an undo and redo, here) lays the edits on what is left. */
  run (&rebuild, "--db", f->db, "undo", NULL);
  assert_ok (&rebuild);
  cli_result_clear (&rebuild);
  run (&rebuild, "--db", f->db, "redo", NULL);
  assert_ok (&rebuild);

  g_assert_null (find_titled (list_events (f, parser), "Kharkiv shelled"));
  run (&orphans, "--db", f->db, "orphans", "--json", NULL);
  assert_ok (&orphans);
  array = parse_array (parser, orphans.out);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  orphan = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (orphan, "title"), ==, "Kharkiv shelled");
  g_assert_cmpstr (json_object_get_string_member (orphan, "anchor"), ==, excerpt);
  run (&history, "--db", f->db, "history", NULL);
  g_assert_nonnull (strstr (history.out, "1 edit applies to an excerpt that is gone"));
}

/* Bad usage is status 2; a refused edit is status 1 with one clear line,
 * and changes nothing. */
static void
test_edit_errors (CliFixture    *f,
                  gconstpointer  data)
{
  static const char * const usage[][6] = {
    { "edit-event", NULL },
    { "edit-event", "1", NULL },
    { "edit-event", "1", "--star", "--unstar", NULL },
    { "note", "1", NULL },
    { "merge", NULL },
    { "split", NULL },
    { "detach", "1", NULL },
    { "tag", "paint", "1", "red", NULL },
    { "tag", "add", "1", NULL },
    { "undo", "now", NULL },
    { "add-event", "--title", "Talks", NULL },
    { "history", "all", NULL },
  };
  g_autofree char *invasion = NULL;
  g_autofree char *kharkiv = NULL;
  char *all[3] = { NULL };
  g_autofree char *before = NULL;
  g_auto(CliResult) events = { 0 };
  guint i;

  import_samples (f, TRUE);
  for (i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(CliResult) result = { 0 };

      run (&result, "--db", f->db, usage[i][0], usage[i][1], usage[i][2], usage[i][3], usage[i][4], NULL);
      if (result.status != 2)
        g_error ("%s %s: status %d, not 2", usage[i][0], usage[i][1] ? usage[i][1] : "", result.status);
    }

  invasion = id_of (f, INVASION);
  kharkiv = id_of (f, "Russian attacks on Kharkiv killed three people");
  for (i = 0; i < 3; i++)
    all[i] = anchor_of (f, INVASION, i);
  run (&events, "--db", f->db, "events", "--json", NULL);
  before = g_steal_pointer (&events.out);
  {
    const char *refused[][8] = {
      { "edit-event", "abc", "--star", NULL, "not an event id" },
      { "edit-event", "999999", "--star", NULL, "There is no event 999999" },
      { "edit-event", invasion, "--title", " ", NULL, "needs a title" },
      { "edit-event", invasion, "--date", "soonish", NULL, "“soonish” is not a date" },
      { "edit-event", invasion, "--date", "2022", "--end", "2014", NULL, "end is before the beginning" },
      { "merge", invasion, NULL, "at least two events" },
      { "merge", invasion, kharkiv, "--title-from", "999999", NULL, "one of the merged events" },
      { "split", invasion, "--excerpt", all[0], "--excerpt", all[1], "--excerpt", all[2] },
      { "split", invasion, NULL, "Choose the excerpts" },
      { "split", invasion, "--excerpt", "1:x", NULL, "not an excerpt" },
      { "attach", kharkiv, "1:3-4", NULL, "no longer in the timeline" },
      { "tag", "colour", "War", "3", NULL, "no tag called “War”" },
      { "undo", NULL, "nothing to undo" },
      { "redo", NULL, "nothing to redo" },
      { "delete-event", invasion, NULL, "hide this one instead" },
    };

    for (i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_auto(CliResult) result = { 0 };
        const char *words = NULL;

        for (guint k = 0; k < 8 && words == NULL; k++)
          if (refused[i][k] == NULL)
            words = refused[i][k + 1];
        run (&result, "--db", f->db, refused[i][0], refused[i][1], refused[i][2], refused[i][3], refused[i][4],
             refused[i][5], refused[i][6], refused[i][7], NULL);
        g_test_message ("%s %s: %s", refused[i][0], refused[i][1] ? refused[i][1] : "", result.err);
        assert_refused (&result, words ? words : "Leave at least one excerpt");
      }
  }
  {
    g_auto(CliResult) after = { 0 };
    g_auto(CliResult) tag = { 0 };
    g_auto(CliResult) taken = { 0 };
    g_auto(CliResult) colour = { 0 };

    run (&after, "--db", f->db, "events", "--json", NULL);
    g_assert_cmpstr (after.out, ==, before);

    run (&tag, "--db", f->db, "tag", "add", invasion, "War", NULL);
    assert_ok (&tag);
    cli_result_clear (&tag);
    run (&tag, "--db", f->db, "tag", "add", invasion, "Peace", NULL);
    assert_ok (&tag);
    run (&taken, "--db", f->db, "tag", "rename", "Peace", "WAR", NULL);
    assert_refused (&taken, "already a tag called “WAR”");
    run (&colour, "--db", f->db, "tag", "colour", "War", "9", NULL);
    assert_refused (&colour, "not a colour");
  }
  for (i = 0; i < G_N_ELEMENTS (all); i++)
    g_free (all[i]);
}

/* One line on stderr, nothing on stdout. */
static void
assert_one_error_line (const CliResult *result,
                       int              status)
{
  g_assert_cmpint (result->status, ==, status);
  g_assert_true (g_str_has_prefix (result->err, "chronicle-cli: "));
  if (status == 1)
    g_assert_cmpuint (strlen (strchr (result->err, '\n')), ==, 1);
}

static void
test_export_data (CliFixture    *f,
                  gconstpointer  data)
{
  g_autofree char *json = g_build_filename (f->dir, "t.json", NULL);
  g_autofree char *again = g_build_filename (f->dir, "again.json", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "t.csv", NULL);
  g_autofree char *tjs = g_build_filename (f->dir, "t-timelinejs.json", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "tml", NULL);
  g_autofree char *new_db = g_build_filename (f->dir, "new.db", NULL);
  g_auto(CliResult) tag = { 0 };
  g_auto(CliResult) to_json = { 0 };
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) undo = { 0 };
  g_auto(CliResult) events = { 0 };
  g_auto(CliResult) to_csv = { 0 };
  g_auto(CliResult) to_tjs = { 0 };
  g_auto(CliResult) to_tml = { 0 };
  g_auto(CliResult) from_new = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *csv_text = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_tml = 0;
  JsonObject *root;

  import_samples (f, TRUE);
  run (&tag, "--db", f->db, "tag", "add", "3", "Annexation", NULL);
  g_assert_cmpint (tag.status, ==, 0);

  run (&to_json, "--db", f->db, "export", "--format", "json", "--output", json, NULL);
  g_assert_cmpint (to_json.status, ==, 0);
  json_parser_load_from_file (parser, json, NULL);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "chronicle");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 5);

  run (&import, "--db", new_db, "import", json, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_true (g_str_has_prefix (import.out, "5 articles restored, "));
  run (&events, "--db", new_db, "events", NULL);
  g_assert_nonnull (strstr (events.out, "#Annexation"));
  run (&undo, "--db", new_db, "undo", NULL);
  g_assert_cmpint (undo.status, ==, 0);
  run (&from_new, "--db", new_db, "export", "--format", "json", "--output", again, NULL);
  g_assert_cmpint (from_new.status, ==, 0);

  run (&to_csv, "--db", f->db, "export", "--format", "csv", "--from", "2022", "--to", "2022", "--output", csv, NULL);
  g_assert_cmpint (to_csv.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &csv_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv_text, "date,end,precision,title,sources,note,tags,first_source\r\n"));
  g_assert_nonnull (strstr (csv_text, "\r\n2022-02-24,"));
  g_assert_null (strstr (csv_text, "\r\n2013,"));   /* periods that overlap 2022 stay */

  run (&to_tjs, "--db", f->db, "export", "--format", "timelinejs", "--title", "Crimea", "--output", tjs, NULL);
  g_assert_cmpint (to_tjs.status, ==, 0);
  g_assert_true (json_parser_load_from_file (parser, tjs, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "title"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "events")), >=, 20);

  run (&to_tml, "--db", f->db, "export", "--format", "timeml", "--output", folder, NULL);
  g_assert_cmpint (to_tml.status, ==, 0);
  dir = g_dir_open (folder, 0, NULL);
  while (dir && g_dir_read_name (dir))
    n_tml++;
  g_assert_cmpuint (n_tml, ==, 5);
}

static void
test_export_errors (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (f->dir, "file", NULL);
  g_autofree char *unwritable = g_build_filename (blocker, "out.csv", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.json", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out.json", NULL);
  g_auto(CliResult) no_output = { 0 };
  g_auto(CliResult) no_format = { 0 };
  g_auto(CliResult) bad_format = { 0 };
  g_auto(CliResult) bad_page = { 0 };
  g_auto(CliResult) bad_date = { 0 };
  g_auto(CliResult) cannot_write = { 0 };
  g_auto(CliResult) not_archive = { 0 };
  g_auto(CliResult) not_empty = { 0 };
  g_auto(CliResult) exported = { 0 };

  import_samples (f, TRUE);
  run (&no_output, "--db", f->db, "export", "--format", "csv", NULL);
  assert_one_error_line (&no_output, 2);
  run (&no_format, "--db", f->db, "export", "--output", out, NULL);
  assert_one_error_line (&no_format, 2);
  run (&bad_format, "--db", f->db, "export", "--format", "docx", "--output", out, NULL);
  assert_one_error_line (&bad_format, 2);
  run (&bad_page, "--db", f->db, "export", "--format", "csv", "--page", "a3", "--output", out, NULL);
  assert_one_error_line (&bad_page, 2);
  run (&bad_date, "--db", f->db, "export", "--format", "csv", "--from", "soon", "--output", out, NULL);
  assert_one_error_line (&bad_date, 1);

  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  run (&cannot_write, "--db", f->db, "export", "--format", "csv", "--output", unwritable, NULL);
  assert_one_error_line (&cannot_write, 1);
  g_assert_nonnull (strstr (cannot_write.err, unwritable));
  g_assert_false (g_file_test (unwritable, G_FILE_TEST_EXISTS));

  /* JSON that begins as Chronicle JSON does, and is not. */
  g_assert_true (g_file_set_contents (other, "{\"format\": \"chronicle\", \"version\": \"none\"}", -1, NULL));
  run (&not_archive, "--db", f->db, "import", other, NULL);
  assert_one_error_line (&not_archive, 1);

  run (&exported, "--db", f->db, "export", "--format", "json", "--output", out, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  run (&not_empty, "--db", f->db, "import", out, NULL);
  assert_one_error_line (&not_empty, 1);
  g_assert_nonnull (strstr (not_empty.err, "empty timeline"));
}

/* The pictures: each format at the size asked for, with its options. */
static void
test_export_images (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "t.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "t.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "t.pdf", NULL);
  g_auto(CliResult) tag = { 0 };
  g_auto(CliResult) to_png = { 0 };
  g_auto(CliResult) to_svg = { 0 };
  g_auto(CliResult) to_pdf = { 0 };
  g_auto(CliResult) tiny = { 0 };
  g_auto(CliResult) reversed = { 0 };
  g_auto(CliResult) beyond = { 0 };
  g_auto(CliResult) too_big = { 0 };
  g_autofree char *svg_text = NULL;
  g_autofree char *pdf_text = NULL;
  gsize pdf_length = 0;
  cairo_surface_t *surface;

  import_samples (f, TRUE);
  run (&tag, "--db", f->db, "tag", "add", "3", "Annexation", NULL);
  g_assert_cmpint (tag.status, ==, 0);

  run (&to_png, "--db", f->db, "export", "--format", "png", "--width", "900", "--height", "500", "--scale", "2",
       "--output", png, NULL);
  g_assert_cmpint (to_png.status, ==, 0);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1800);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1000);
  cairo_surface_destroy (surface);

  run (&to_svg, "--db", f->db, "export", "--format", "svg", "--title", "Crimea", "--legend", "--dark",
       "--from", "2022", "--output", svg, NULL);
  g_assert_cmpint (to_svg.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, ">Crimea</tspan>"));
  g_assert_nonnull (strstr (svg_text, ">Annexation</tspan>"));
  g_assert_null (strstr (svg_text, ">Russia annexed the peninsula</tspan>"));

  run (&to_pdf, "--db", f->db, "export", "--format", "pdf", "--page", "letter", "--footnotes", "--output", pdf,
       NULL);
  g_assert_cmpint (to_pdf.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &pdf_text, &pdf_length, NULL));
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF-"));
  /* Letter, landscape. */
  g_assert_nonnull (memmem (pdf_text, pdf_length, "/MediaBox [ 0 0 792 612 ]", 25));

  run (&tiny, "--db", f->db, "export", "--format", "png", "--width", "10", "--output", png, NULL);
  assert_one_error_line (&tiny, 1);
  run (&reversed, "--db", f->db, "export", "--format", "png", "--from", "2022", "--to", "2014", "--output", png,
       NULL);
  assert_one_error_line (&reversed, 2);
  run (&beyond, "--db", f->db, "export", "--format", "svg", "--from", "2030", "--output", svg, NULL);
  assert_one_error_line (&beyond, 1);
  run (&too_big, "--db", f->db, "export", "--format", "png", "--footnotes", "--height", "32000", "--output", png,
       NULL);
  assert_one_error_line (&too_big, 1);
  g_assert_nonnull (strstr (too_big.err, "at most 32767"));
}

/* --precision and --week-start: cards say their dates as asked. */
static void
test_export_precision (CliFixture    *f,
                       gconstpointer  data)
{
  g_autofree char *svg = g_build_filename (f->dir, "t.svg", NULL);
  g_auto(CliResult) daily = { 0 };
  g_auto(CliResult) yearly = { 0 };
  g_auto(CliResult) bad_precision = { 0 };
  g_auto(CliResult) bad_week = { 0 };
  g_autofree char *daily_text = NULL;
  g_autofree char *yearly_text = NULL;

  import_samples (f, TRUE);
  run (&daily, "--db", f->db, "export", "--format", "svg", "--week-start", "sunday", "--output", svg, NULL);
  g_assert_cmpint (daily.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &daily_text, NULL, NULL));
  g_assert_nonnull (strstr (daily_text, ">24 Feb 2022</tspan>"));

  run (&yearly, "--db", f->db, "export", "--format", "svg", "--precision=year", "--week-start=locale",
       "--output", svg, NULL);
  g_assert_cmpint (yearly.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &yearly_text, NULL, NULL));
  g_assert_null (strstr (yearly_text, "24 Feb 2022"));
  g_assert_nonnull (strstr (yearly_text, ">2022</tspan>"));

  run (&bad_precision, "--db", f->db, "export", "--format", "svg", "--precision", "week", "--output", svg, NULL);
  assert_one_error_line (&bad_precision, 2);
  g_assert_nonnull (strstr (bad_precision.err, "--precision"));
  run (&bad_week, "--db", f->db, "export", "--format", "svg", "--week-start", "tuesday", "--output", svg, NULL);
  assert_one_error_line (&bad_week, 2);
  g_assert_nonnull (strstr (bad_week.err, "--week-start"));
}

/* chronicle-cli search: grouped text with [marks] (stdout is not a
 * terminal here), JSON with match ranges, nothing printed when nothing is
 * found, and its errors. */
static void
test_search (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) text = { 0 };
  g_auto(CliResult) json = { 0 };
  g_auto(CliResult) limited = { 0 };
  g_auto(CliResult) none = { 0 };
  g_auto(CliResult) none_json = { 0 };
  g_auto(CliResult) hostile = { 0 };
  g_auto(CliResult) no_query = { 0 };
  g_auto(CliResult) bad_limit = { 0 };
  g_auto(CliResult) no_file = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *event = NULL;
  JsonArray *events, *articles, *matches;
  const char *snippet;

  run (&import, "--db", f->db, "import", samples, NULL);
  g_assert_cmpint (import.status, ==, 0);

  run (&text, "--db", f->db, "search", "annex", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpstr (text.err, ==, "");
  g_assert_true (g_str_has_prefix (text.out, "Events\n"));
  g_assert_nonnull (strstr (text.out, "  2014-02       Russia [annexed] the peninsula\n"));
  g_assert_nonnull (strstr (text.out, "\nArticles\n"));
  g_assert_true (strstr (text.out, "\nArticles\n") > strstr (text.out, "Russia [annexed]"));
  g_assert_null (strstr (text.out, "\033"));

  /* Several words: every one must be there. */
  run (&json, "--db", f->db, "search", "annexed", "penin", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  events = json_object_get_array_member (root, "events");
  articles = json_object_get_array_member (root, "articles");
  for (guint i = 0; i < json_array_get_length (events); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (events, i), "title"),
                   "Russia annexed the peninsula") == 0)
      event = json_array_get_object_element (events, i);
  g_assert_nonnull (event);
  g_assert_cmpstr (json_object_get_string_member (event, "date"), ==, "2014-02");
  g_assert_cmpstr (json_object_get_string_member (event, "in"), ==, "title");
  g_assert_cmpstr (json_object_get_string_member (event, "snippet"), ==, "Russia annexed the peninsula");
  matches = json_object_get_array_member (event, "matches");
  g_assert_cmpuint (json_array_get_length (matches), ==, 2);
  g_assert_cmpint (json_array_get_int_element (json_array_get_array_element (matches, 0), 0), ==, 7);
  g_assert_cmpint (json_array_get_int_element (json_array_get_array_element (matches, 0), 1), ==, 14);
  g_assert_cmpint (json_array_get_int_element (json_array_get_array_element (matches, 1), 0), ==, 19);
  g_assert_cmpint (json_array_get_int_element (json_array_get_array_element (matches, 1), 1), ==, 28);
  g_assert_cmpuint (json_array_get_length (articles), >=, 1);
  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);
      JsonArray *ranges = json_object_get_array_member (article, "matches");
      JsonArray *first;

      snippet = json_object_get_string_member (article, "snippet");
      g_assert_true (json_object_has_member (article, "source"));
      g_assert_nonnull (json_object_get_string_member (article, "published"));
      g_assert_cmpint (json_object_get_int_member (article, "match_offset"), >=, 0);
      g_assert_cmpuint (json_array_get_length (ranges), >=, 1);
      first = json_array_get_array_element (ranges, 0);
      g_assert_cmpint (json_array_get_int_element (first, 1), <=, (gint64) strlen (snippet));
      g_assert_true (g_ascii_strncasecmp (snippet + json_array_get_int_element (first, 0), "annex", 5) == 0 ||
                     g_ascii_strncasecmp (snippet + json_array_get_int_element (first, 0), "penin", 5) == 0);
    }

  run (&limited, "--db", f->db, "search", "--limit", "1", "ukraine", NULL);
  g_assert_cmpint (limited.status, ==, 0);
  g_assert_cmpstr (limited.out, !=, "");
  {
    g_auto(GStrv) lines = g_strsplit (limited.out, "\n", -1);

    /* Two headings, one event, one article, and the last newline. */
    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_cmpstr (lines[0], ==, "Events");
    g_assert_cmpstr (lines[2], ==, "Articles");
    g_assert_nonnull (strstr (lines[3], "[Ukraine]"));
  }

  run (&none, "--db", f->db, "search", "zzzzqqq", NULL);
  g_assert_cmpint (none.status, ==, 0);
  g_assert_cmpstr (none.out, ==, "");
  g_assert_cmpstr (none.err, ==, "");
  run (&none_json, "--db", f->db, "search", "--json", "--", "\"", NULL);
  g_assert_cmpint (none_json.status, ==, 0);
  json_parser_load_from_data (parser, none_json.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "events")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 0);

  run (&hostile, "--db", f->db, "search", "--", "NEAR(\"crimea", "-", "AND", "*", "^:", ")", NULL);
  g_assert_cmpint (hostile.status, ==, 0);
  g_assert_cmpstr (hostile.err, ==, "");

  run (&no_query, "--db", f->db, "search", NULL);
  g_assert_cmpint (no_query.status, ==, 2);
  run (&bad_limit, "--db", f->db, "search", "--limit", "0", "crimea", NULL);
  g_assert_cmpint (bad_limit.status, ==, 2);
  run (&no_file, "--db", missing, "search", "crimea", NULL);
  g_assert_cmpint (no_file.status, ==, 1);
  g_assert_nonnull (strstr (no_file.err, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* A failure of the command line: status 1, nothing on stdout, and one
 * line on stderr that says @words. */
static void
assert_one_line (const CliResult *result,
                 const char      *words)
{
  g_test_message ("%s", result->err);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "chronicle-cli: "));
  g_assert_nonnull (strstr (result->err, words));
  g_assert_true (strchr (result->err, '\n') + 1 == result->err + strlen (result->err));
}

static gint64
count_articles (const char *db)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT count (*) FROM articles", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return n;
}

/* A timeline that another program writes to, that has no room left, that
 * is damaged or that a newer Chronicle wrote: import says so in one line,
 * exits 1, and the timeline keeps what it had. */
static void
test_faults (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *s0 = sample ("000_a0d0abd315d38227.txt");
  g_autofree char *s1 = sample ("001_987273f1e552f6ba.txt");
  g_autofree char *large = g_build_filename (f->dir, "large.txt", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autoptr(GString) text = g_string_new ("Council approves the harbour plan\n");
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length, before_length, after_length;
  g_auto(CliResult) first = { 0 };
  g_auto(CliResult) busy = { 0 };
  g_auto(CliResult) full = { 0 };
  g_auto(CliResult) freed = { 0 };
  g_auto(CliResult) corrupt = { 0 };
  g_auto(CliResult) future = { 0 };
  sqlite3 *raw = NULL;

  run (&first, "--db", f->db, "import", s0, NULL);
  g_assert_cmpint (first.status, ==, 0);

  /* Busy: another connection holds the write lock past the wait. */
  g_assert_cmpint (sqlite3_open (f->db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  run_with (&busy, "CHRONICLE_TEST_BUSY_TIMEOUT=200", "--db", f->db, "import", s1, NULL);
  g_assert_cmpint (sqlite3_exec (raw, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_one_line (&busy, "is busy: another program is writing to it. Try again when it is done.");
  g_assert_nonnull (strstr (busy.err, f->db));
  g_assert_cmpint (count_articles (f->db), ==, 1);

  /* Full: the file may not grow, and a large article needs room. */
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "The council met on March %u, %u, and approved plan %u. ", 1 + i % 28, 1990 + i % 30, i);
  g_assert_true (g_file_set_contents (large, text->str, -1, NULL));
  run_with (&full, "CHRONICLE_TEST_MAX_PAGE_COUNT=1", "--db", f->db, "import", s1, large, NULL);
  assert_one_line (&full, "There is no space left on the disk for the timeline");
  g_assert_cmpint (count_articles (f->db), ==, 1);
  run (&freed, "--db", f->db, "import", s1, large, NULL);
  g_assert_cmpint (freed.status, ==, 0);
  g_assert_cmpstr (freed.out, ==, "2 articles added, 0 already there\n");
  g_assert_cmpint (count_articles (f->db), ==, 3);

  /* Damaged: random bytes over the header. */
  g_assert_true (g_file_get_contents (f->db, &contents, &length, NULL));
  for (gsize i = 0; i < 100; i++)
    contents[i] = (char) (i * 37 + 11);
  g_assert_true (g_file_set_contents (damaged, contents, (gssize) length, NULL));
  run (&corrupt, "--db", damaged, "import", s1, NULL);
  assert_one_line (&corrupt, "is not a Chronicle timeline, or it is damaged, and cannot be opened.");
  g_assert_true (g_file_get_contents (damaged, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, contents, length);
  g_clear_pointer (&after, g_free);

  /* Newer: a format this version does not know. */
  g_assert_cmpint (sqlite3_open (newer, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE articles (id); PRAGMA user_version = 99", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (g_file_get_contents (newer, &before, &before_length, NULL));
  run (&future, "--db", newer, "import", s1, NULL);
  assert_one_line (&future, "newer version of Chronicle");
  g_assert_true (g_file_get_contents (newer, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, before_length);
}

/* import --json: the report as JSON, the refused with why; exit 1 when
 * any was refused, the good articles in all the same. */
static void
test_import_report (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *feed = g_build_filename (f->dir, "feed.jsonl", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(CliResult) result = { 0 };
  JsonObject *report;

  g_assert_true (g_file_set_contents (feed,
                                      "{\"id\": \"1\", \"time\": \"2026-07-02\", \"title\": \"Rain\","
                                      " \"text\": \"Rain fell on 1 July 2026.\"}\n"
                                      "{\"id\": \"2\", \"title\": \"Broken\", \"text\": }\n", -1, NULL));
  run (&result, "--db", f->db, "import", "--json", feed, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_true (json_parser_load_from_data (parser, result.out, -1, NULL));
  report = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (report, "files"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (report, "added"), ==, 1);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (report, "refused")), ==, 1);
  g_assert_nonnull (strstr (json_array_get_string_element (json_object_get_array_member (report, "refused"), 0),
                            "line 2"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/import-and-events", CliFixture, NULL, cli_set_up, test_import_and_events, cli_tear_down);
  g_test_add ("/cli/range", CliFixture, NULL, cli_set_up, test_range, cli_tear_down);
  g_test_add ("/cli/merged-events", CliFixture, NULL, cli_set_up, test_merged_events, cli_tear_down);
  g_test_add ("/cli/undated-samples", CliFixture, NULL, cli_set_up, test_undated_samples, cli_tear_down);
  g_test_add ("/cli/errors", CliFixture, NULL, cli_set_up, test_errors, cli_tear_down);
  g_test_add ("/cli/timex", CliFixture, NULL, cli_set_up, test_timex, cli_tear_down);
  g_test_add ("/cli/set-published", CliFixture, NULL, cli_set_up, test_set_published, cli_tear_down);
  g_test_add ("/cli/timeml", CliFixture, NULL, cli_set_up, test_timeml, cli_tear_down);
  g_test_add ("/cli/edit-event", CliFixture, NULL, cli_set_up, test_edit_event, cli_tear_down);
  g_test_add ("/cli/add-delete", CliFixture, NULL, cli_set_up, test_add_delete, cli_tear_down);
  g_test_add ("/cli/merge-split", CliFixture, NULL, cli_set_up, test_merge_split, cli_tear_down);
  g_test_add ("/cli/tags", CliFixture, NULL, cli_set_up, test_tags, cli_tear_down);
  g_test_add ("/cli/history", CliFixture, NULL, cli_set_up, test_history, cli_tear_down);
  g_test_add ("/cli/orphans", CliFixture, NULL, cli_set_up, test_orphans, cli_tear_down);
  g_test_add ("/cli/edit-errors", CliFixture, NULL, cli_set_up, test_edit_errors, cli_tear_down);
  g_test_add ("/cli/export-data", CliFixture, NULL, cli_set_up, test_export_data, cli_tear_down);
  g_test_add ("/cli/export-errors", CliFixture, NULL, cli_set_up, test_export_errors, cli_tear_down);
  g_test_add ("/cli/export-images", CliFixture, NULL, cli_set_up, test_export_images, cli_tear_down);
  g_test_add ("/cli/export-precision", CliFixture, NULL, cli_set_up, test_export_precision, cli_tear_down);
  g_test_add ("/cli/search", CliFixture, NULL, cli_set_up, test_search, cli_tear_down);
  g_test_add ("/cli/faults", CliFixture, NULL, cli_set_up, test_faults, cli_tear_down);
  g_test_add ("/cli/import-report", CliFixture, NULL, cli_set_up, test_import_report, cli_tear_down);

  return g_test_run ();
}
