/* chronicle-bench-search.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-bench"

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "chr-search.h"
#include "chronicle-bench.h"

/* chronicle-bench search: generated articles imported as chronicle-bench
 * import does (about 4 KB each: 10,000 are about 40 MB), then queries of
 * one to three words, a third of them cut to a prefix, run as the session
 * runs them (a read connection, the first 50 results), each timed. */

#define QUERY_SEED 20260112

static char *
make_query (GRand *rand)
{
  int n_words = g_rand_int_range (rand, 1, 4);
  GString *query = g_string_new (NULL);

  for (int i = 0; i < n_words; i++)
    {
      const char *word = bench_news_word (rand);
      glong length = g_utf8_strlen (word, -1);

      if (i > 0)
        g_string_append_c (query, ' ');
      if (length > 4 && g_rand_int_range (rand, 0, 3) == 0)
        {
          g_autofree char *prefix = g_utf8_substring (word, 0, g_rand_int_range (rand, 2, (gint32) MIN (length, 6)));

          g_string_append (query, prefix);
        }
      else
        g_string_append (query, word);
    }
  return g_string_free (query, FALSE);
}

int
bench_search (int    argc,
              char **argv)
{
  int n_articles = 10000;
  int n_queries = 100;
  int limit = 50;
  g_autofree char *db_path = NULL;
  gboolean verbose = FALSE;
  GOptionEntry entries[] = {
    { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Number of generated articles", "N" },
    { "queries", 0, 0, G_OPTION_ARG_INT, &n_queries, "Number of queries", "N" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, "Results asked of each group", "N" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "Keep the generated timeline in FILE, or use it if there", "FILE" },
    { "verbose", 0, 0, G_OPTION_ARG_NONE, &verbose, "Print each query's time", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— full-text search in generated articles");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (QUERY_SEED);
  g_autoptr(ChrDatabase) reader = NULL;
  g_autofree double *times = NULL;
  g_autofree char *dir = NULL;
  double build_seconds = 0, total = 0, first_ms = 0;
  guint64 n_results = 0;
  gsize bytes = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_articles <= 0 || n_queries <= 0 || limit <= 0)
    {
      g_printerr ("chronicle-bench search: %s\n", error ? error->message : "--articles, --queries and --limit must be positive");
      return 2;
    }

  if (db_path == NULL)
    {
      if (!(dir = g_dir_make_tmp ("chronicle-bench-XXXXXX", &error)))
        {
          g_printerr ("chronicle-bench search: %s\n", error->message);
          return 1;
        }
      db_path = g_build_filename (dir, "search.db", NULL);
    }
  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(ChrDatabase) db = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!(db = chr_database_open (db_path, &error)) ||
          !bench_import_articles (db, (guint) n_articles, 4000, &bytes, &error))
        {
          g_printerr ("chronicle-bench search: %s\n", error->message);
          if (dir)
            bench_remove_folder (dir);
          return 1;
        }
      build_seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
    }

  /* As a session's search job does: a connection of its own that reads. */
  if (!(reader = chr_database_open_for_reading (db_path, &error)))
    {
      g_printerr ("chronicle-bench search: %s\n", error->message);
      if (dir)
        bench_remove_folder (dir);
      return 1;
    }

  times = g_new0 (double, n_queries);
  for (int i = 0; i < n_queries; i++)
    {
      g_autofree char *query = make_query (rand);
      g_autoptr(ChrSearchResults) results = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!(results = chr_search_run (reader, query, (guint) limit, NULL, &error)))
        {
          g_printerr ("chronicle-bench search: %s\n", error->message);
          return 1;
        }
      times[i] = (double) (g_get_monotonic_time () - start) / 1000.0;
      if (i == 0)
        first_ms = times[i];
      total += times[i];
      n_results += results->events->len + results->articles->len;
      if (verbose)
        g_printerr ("%8.2f ms  %3u events  %3u articles  %s\n", times[i], results->events->len,
                    results->articles->len, query);
    }
  qsort (times, (gsize) n_queries, sizeof (double), bench_compare_doubles);

  g_print ("{\"bench\": \"search\", \"articles\": %d, \"mb\": %.2f, \"build_seconds\": %.2f, \"queries\": %d, "
           "\"limit\": %d, \"median_ms\": %.2f, \"p90_ms\": %.2f, \"worst_ms\": %.2f, \"mean_ms\": %.2f, "
           "\"first_ms\": %.2f, \"mean_results\": %.1f, \"peak_rss_mib\": %.1f}\n",
           n_articles, (double) bytes / (1024 * 1024), build_seconds, n_queries, limit,
           bench_median (times, n_queries), times[MIN (n_queries - 1, (int) (n_queries * 0.9))],
           times[n_queries - 1], total / n_queries, first_ms, (double) n_results / n_queries, bench_peak_rss_mib ());
  g_clear_object (&reader);
  if (dir)
    bench_remove_folder (dir);
  return 0;
}
