/* chronicle-bench-import.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-bench"

#include "config.h"

#include <errno.h>
#include <math.h>

#include <glib/gstdio.h>

#include "chr-importer.h"
#include "chronicle-bench.h"

/* chronicle-bench import: generated news articles, one file each, imported
 * into a new timeline file as chronicle-cli import does: what an import
 * costs end to end, reading, extraction, the full-text index and the
 * rebuild of the events included (writing the files is not timed). */

#define SEED 20251122

/* Words of news prose beyond the dates, so that the text has a vocabulary
 * of some size, drawn unevenly (a few words are common, most are rare) as
 * in real text; some carry diacritics. */
static const char * const adjectives[] = {
  "new", "former", "local", "national", "foreign", "military", "economic", "senior", "regional", "public",
  "annual", "federal", "interim", "disputed", "contested", "sweeping", "fragile", "unexpected", "landmark",
  "provisional", "humanitarian", "diplomatic", "judicial", "coastal", "northern", "southern", "eastern",
  "western", "rural", "industrial", "nuclear", "electoral", "constitutional", "bilateral", "naval",
};
static const char * const nouns[] = {
  "government", "agreement", "election", "ceasefire", "parliament", "budget", "inflation", "protest",
  "referendum", "sanctions", "pipeline", "harvest", "drought", "embassy", "coalition", "tariff", "reform",
  "investigation", "annexation", "negotiations", "delegation", "summit", "currency", "refinery", "border",
  "offensive", "blockade", "vaccine", "earthquake", "hurricane", "strike", "verdict", "treaty", "airport",
  "railway", "shipyard", "cathedral", "stadium", "mine", "reservoir", "frontier", "peninsula", "province",
  "ministry", "tribunal", "commission", "consortium", "ombudsman", "militia", "convoy",
};
static const char * const actions[] = {
  "approved", "rejected", "annexed", "postponed", "announced", "criticised", "welcomed", "suspended",
  "negotiated", "investigated", "blocked", "ratified", "dismissed", "evacuated", "renewed", "condemned",
  "financed", "inaugurated", "dissolved", "privatised", "nationalised", "besieged", "liberated", "audited",
};
static const char * const towns[] = {
  "Kyiv", "Sevastopol", "Simferopol", "Kharkiv", "Odesa", "Zürich", "Genève", "São Paulo", "Bogotá",
  "Kraków", "Łódź", "Reykjavík", "Málaga", "Córdoba", "Montréal", "Québec", "Nairobi", "Jakarta", "Lagos",
  "Istanbul", "Ankara", "Tbilisi", "Yerevan", "Baku", "Almaty", "Tashkent", "Hanoi", "Manila", "Lima",
};
static const char * const speakers[] = {
  "a spokesperson said", "officials said", "analysts noted", "the ministry said in a statement",
  "according to local media", "diplomats told reporters", "witnesses said", "the agency reported",
};

/* An index into n words, small ones far more often than large ones. */
static guint
zipf (GRand *rand,
      guint  n)
{
  double u = g_rand_double (rand);

  return MIN (n - 1, (guint) (n * pow (u, 2.5)));
}

#define PICK(rand, words) (words[zipf (rand, G_N_ELEMENTS (words))])

static void
append_prose (GString *out,
              GRand   *rand)
{
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      g_string_append_printf (out, "The %s %s %s the %s %s in %s, %s.", PICK (rand, adjectives), PICK (rand, nouns),
                              PICK (rand, actions), PICK (rand, adjectives), PICK (rand, nouns), PICK (rand, towns),
                              PICK (rand, speakers));
      break;
    case 1:
      g_string_append_printf (out, "Critics say the %s over the %s %s could delay the %s.",
                              PICK (rand, nouns), PICK (rand, adjectives), PICK (rand, nouns), PICK (rand, nouns));
      break;
    case 2:
      g_string_append_printf (out, "In %s, the %s was %s after the %s %s, %s.", PICK (rand, towns),
                              PICK (rand, nouns), PICK (rand, actions), PICK (rand, adjectives), PICK (rand, nouns),
                              PICK (rand, speakers));
      break;
    default:
      g_string_append_printf (out, "%d people were affected by the %s near %s, and the %s %s the %s.",
                              g_rand_int_range (rand, 10, 900), PICK (rand, nouns), PICK (rand, towns),
                              PICK (rand, nouns), PICK (rand, actions), PICK (rand, nouns));
      break;
    }
}

/**
 * bench_generate_news_article:
 * @rand: the generator, seeded
 * @n_happenings: how many happenings the articles report between them
 * @min_bytes: the article's least length
 * @dated_share: the share of sentences that carry a date
 *
 * A news article: a headline, a lead that reports a happening, then
 * paragraphs of prose until @min_bytes, where about @dated_share of the
 * sentences are dated: happenings the articles share, as the events
 * benchmark makes them (bench_append_happening()), or dated asides.
 *
 * Returns: (transfer full): the text
 */
char *
bench_generate_news_article (GRand  *rand,
                             guint   n_happenings,
                             gsize   min_bytes,
                             double  dated_share)
{
  GString *out = g_string_sized_new (min_bytes + 256);

  g_string_append_printf (out, "%s %s %s in %s\n\n", PICK (rand, adjectives), PICK (rand, nouns),
                          PICK (rand, actions), PICK (rand, towns));
  out->str[0] = g_ascii_toupper (out->str[0]);
  bench_append_happening (out, rand, n_happenings);
  g_string_append (out, "\n\n");
  while (out->len < min_bytes)
    {
      int sentences = g_rand_int_range (rand, 3, 7);

      for (int i = 0; i < sentences; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          if (g_rand_double (rand) >= dated_share)
            append_prose (out, rand);
          else if (g_rand_boolean (rand))
            bench_append_happening (out, rand, n_happenings);
          else
            bench_append_sentence (out, rand);
        }
      g_string_append (out, "\n\n");
    }
  return g_string_free (out, FALSE);
}

/* Imports every article of @dir in one import, as chronicle-cli does. */
static gboolean
import_folder (ChrDatabase  *db,
               const char   *dir,
               GError      **error)
{
  const char * const paths[] = { dir, NULL };
  ChrImportOptions options = { "2025-08-18", NULL };
  g_autoptr(ChrImportReport) report = chr_importer_import_paths (db, paths, &options, NULL);

  if (report->errors->len > 0)
    {
      g_propagate_error (error, g_error_copy (g_ptr_array_index (report->errors, 0)));
      return FALSE;
    }
  return TRUE;
}

/**
 * bench_write_articles:
 * @dir: an empty folder
 * @n_articles: how many
 * @article_bytes: each one's least length
 * @dated_share: the share of their sentences that carry a date
 * @bytes: (out): the bytes written
 * @error: return location for a #GError
 *
 * Writes generated articles (fixed seed), one .txt file each, as people
 * have them before an import.
 */
gboolean
bench_write_articles (const char  *dir,
                      guint        n_articles,
                      gsize        article_bytes,
                      double       dated_share,
                      gsize       *bytes,
                      GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  *bytes = 0;
  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *text = bench_generate_news_article (rand, MAX (n_articles / 5, 50), article_bytes, dated_share);
      g_autofree char *name = g_strdup_printf ("article-%06u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_file_set_contents (path, text, -1, error))
        return FALSE;
      *bytes += strlen (text);
    }
  return TRUE;
}

/**
 * bench_import_articles:
 * @db: a new timeline
 * @n_articles: how many
 * @article_bytes: each one's least length
 * @bytes: (out): the bytes imported
 * @error: return location for a #GError
 *
 * Imports generated articles (fixed seed) from files, as chronicle-cli
 * import does, all dated 2025-08-18.
 */
gboolean
bench_import_articles (ChrDatabase  *db,
                       guint         n_articles,
                       gsize         article_bytes,
                       gsize        *bytes,
                       GError      **error)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-bench-articles-XXXXXX", error);
  gboolean ok;

  if (dir == NULL)
    return FALSE;
  ok = bench_write_articles (dir, n_articles, article_bytes, BENCH_NEWS_DATED_SHARE, bytes, error) &&
       import_folder (db, dir, error);
  bench_remove_folder (dir);
  return ok;
}

/* How many dates the articles of @path hold, to say how dense they are. */
static gboolean
count_mentions (const char  *path,
                gint64      *n_mentions,
                GError     **error)
{
  g_autoptr(ChrDatabase) db = chr_database_open (path, error);
  g_autoptr(GPtrArray) infos = NULL;

  if (db == NULL || !(infos = chr_database_list_articles (db, error)))
    return FALSE;
  *n_mentions = 0;
  for (guint i = 0; i < infos->len; i++)
    *n_mentions += ((ChrArticleInfo *) g_ptr_array_index (infos, i))->n_mentions;
  return TRUE;
}

int
bench_import (int    argc,
              char **argv)
{
  int n_articles = 10000;
  int article_bytes = 4000;
  double dated_share = BENCH_NEWS_DATED_SHARE;
  GOptionEntry entries[] = {
    { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Number of generated articles", "N" },
    { "bytes", 0, 0, G_OPTION_ARG_INT, &article_bytes, "Least length of an article", "N" },
    { "dated-share", 0, 0, G_OPTION_ARG_DOUBLE, &dated_share, "Share of the sentences that carry a date", "F" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— import generated articles into a new timeline");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *articles = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  gint64 n_mentions = 0;
  double peak_rss;
  GStatBuf st = { 0 };
  gsize bytes = 0;
  double seconds;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_articles <= 0 || article_bytes < 0)
    {
      g_printerr ("chronicle-bench import: %s\n", error ? error->message : "--articles must be positive");
      return 2;
    }

  dir = g_dir_make_tmp ("chronicle-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("chronicle-bench import: %s\n", error->message);
      return 1;
    }
  path = g_build_filename (dir, "import.db", NULL);
  articles = g_build_filename (dir, "articles", NULL);

  if (g_mkdir (articles, 0700) != 0 ||
      !bench_write_articles (articles, (guint) n_articles, (gsize) article_bytes, dated_share, &bytes, &error) ||
      !(db = chr_database_open (path, &error)))
    goto failed;
  /* Closing is timed too: it writes the import from the journal into the
   * file. */
  start = g_get_monotonic_time ();
  if (!import_folder (db, articles, &error))
    goto failed;
  g_clear_object (&db);
  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  peak_rss = bench_peak_rss_mib ();
  if (!count_mentions (path, &n_mentions, &error))
    goto failed;
  g_stat (path, &st);

  g_print ("{\"bench\": \"import\", \"articles\": %d, \"mb\": %.2f, \"seconds\": %.3f, \"articles_per_s\": %.0f, "
           "\"mb_per_s\": %.2f, \"dates_per_mb\": %.0f, \"file_mb\": %.2f, \"peak_rss_mib\": %.1f}\n",
           n_articles, (double) bytes / (1024 * 1024), seconds, n_articles / seconds,
           (double) bytes / (1024 * 1024) / seconds, n_mentions / ((double) bytes / 1e6), (double) st.st_size / (1024 * 1024), peak_rss);
  bench_remove_folder (dir);
  return 0;

failed:
  g_printerr ("chronicle-bench import: %s\n", error ? error->message : g_strerror (errno));
  g_clear_object (&db);
  bench_remove_folder (dir);
  return 1;
}

/**
 * bench_news_word:
 * @rand: the generator
 *
 * A word of the generated articles' prose, common ones more often, as
 * people would search for them.
 *
 * Returns: (transfer none): the word
 */
const char *
bench_news_word (GRand *rand)
{
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return PICK (rand, adjectives);
    case 1:
      return PICK (rand, actions);
    case 2:
      return PICK (rand, towns);
    default:
      return PICK (rand, nouns);
    }
}
