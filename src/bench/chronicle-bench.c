/* chronicle-bench.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Benchmarks on deterministic generated data (fixed seed), one JSON object
 * per measurement on standard output, so that runs compare.
 */
#define G_LOG_DOMAIN "chronicle-bench"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sys/resource.h>

#include "chr-event-merge.h"
#include "chr-importer.h"
#include "chr-timex.h"

#define SEED 20251122

static const char * const places[] = {
  "Kyiv", "Washington", "Brussels", "Moscow", "Berlin", "Nairobi", "Jakarta", "Ottawa", "Lima", "Seoul",
};
static const char * const actors[] = {
  "the minister", "officials", "the central bank", "the company", "lawmakers", "the envoy", "investors",
  "the court", "rebel leaders", "the union",
};
static const char * const verbs[] = {
  "said", "announced", "denied", "confirmed", "warned", "agreed", "voted", "reported", "rejected", "signed",
};
static const char * const months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
};
static const char * const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

/* One sentence of news prose; about half carry a temporal expression, the
 * rest carry numbers that must not be taken for years. */
static void
append_sentence (GString *out,
                 GRand   *rand)
{
  const char *place = places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))];
  const char *actor = actors[g_rand_int_range (rand, 0, G_N_ELEMENTS (actors))];
  const char *verb = verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))];
  const char *month = months[g_rand_int_range (rand, 0, G_N_ELEMENTS (months))];
  const char *weekday = weekdays[g_rand_int_range (rand, 0, G_N_ELEMENTS (weekdays))];
  int year = g_rand_int_range (rand, 1950, 2030);
  int day = g_rand_int_range (rand, 1, 29);
  int number = g_rand_int_range (rand, 2, 5000);

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
      g_string_append_printf (out, "In %s, %s %s on %s that talks would resume.", place, actor, verb, weekday);
      break;
    case 1:
      g_string_append_printf (out, "The agreement, first drafted on %s %d, %d, was %s by %s in %s.",
                              month, day, year, verb, actor, place);
      break;
    case 2:
      g_string_append_printf (out, "Prices have risen %d percent since %d, %s %s.", number % 90, year, actor, verb);
      break;
    case 3:
      g_string_append_printf (out, "%s %s the plan %d years ago, and again earlier this year.",
                              actor, verb, number % 40 + 2);
      break;
    case 4:
      g_string_append_printf (out, "About %d people gathered in %s, where %s %s the results.", number, place,
                              actor, verb);
      break;
    case 5:
      g_string_append_printf (out, "The talks lasted nearly %d hours and ended late on %s night.", number % 30 + 2,
                              weekday);
      break;
    case 6:
      g_string_append_printf (out, "By the end of %s %d, %s expect the deal to close, %s %s.", month, year, actor,
                              actor, verb);
      break;
    case 7:
      g_string_append_printf (out, "The $%d,%03d contract covers %d vehicles and %d spare parts.", number,
                              number % 1000, number % 300, number % 77);
      break;
    case 8:
      g_string_append_printf (out, "%s met every %s in %s during the 1990s, %s %s.", actor, weekday, place, actor,
                              verb);
      break;
    default:
      g_string_append_printf (out, "\"We will meet again next week,\" %s %s at 4:%02d p.m. in %s.", actor, verb,
                              number % 60, place);
      break;
    }
}

static char *
generate_news (gsize  bytes,
               gsize *length)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GString *out = g_string_sized_new (bytes + 512);

  while (out->len < bytes)
    {
      int sentences = g_rand_int_range (rand, 2, 6);

      for (int i = 0; i < sentences; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          append_sentence (out, rand);
        }
      g_string_append_c (out, '\n');
    }
  *length = out->len;
  return g_string_free (out, FALSE);
}

/* Repeats text to about bytes long, cut at a line break. */
static char *
repeat_text (const char *text,
             gsize       text_length,
             gsize       bytes,
             gsize      *length)
{
  GString *out = g_string_sized_new (bytes + text_length);

  while (out->len < bytes)
    {
      g_string_append_len (out, text, (gssize) text_length);
      g_string_append_c (out, '\n');
    }
  *length = out->len;
  return g_string_free (out, FALSE);
}

static double
time_scan (const char        *text,
           gsize              length,
           const ChrInterval *dct,
           guint             *n_found)
{
  double best = G_MAXDOUBLE;

  /* Best of three: the least disturbed run says what the code costs. */
  for (int run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) found = chr_timex_scan (text, length, dct);
      double seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

      best = MIN (best, seconds);
      *n_found = found->len;
    }
  return best;
}

static int
bench_timex (int    argc,
             char **argv)
{
  double mb = 8;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "mb", 0, 0, G_OPTION_ARG_DOUBLE, &mb, "Size of the 1x input in MB", "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[FILE…] — timex recognition and resolution speed");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) source = g_string_new (NULL);
  ChrInterval dct;
  double seconds_1x = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || mb <= 0)
    {
      g_printerr ("chronicle-bench timex: %s\n", error ? error->message : "--mb must be positive");
      return 2;
    }

  for (guint i = 0; files && files[i]; i++)
    {
      g_autofree char *contents = NULL;
      gsize n;

      if (!g_file_get_contents (files[i], &contents, &n, &error))
        {
          g_printerr ("chronicle-bench timex: %s\n", error->message);
          return 1;
        }
      g_string_append_len (source, contents, (gssize) n);
      g_string_append_c (source, '\n');
    }

  chr_timex_value_to_interval ("2025-08-18", &dct);

  for (int factor = 1; factor <= 4; factor *= 2)
    {
      gsize bytes = (gsize) (mb * factor * 1024 * 1024);
      g_autofree char *text = NULL;
      gsize length;
      guint n_found = 0;
      double seconds;

      if (source->len > 0)
        text = repeat_text (source->str, source->len, bytes, &length);
      else
        text = generate_news (bytes, &length);

      seconds = time_scan (text, length, &dct, &n_found);
      if (factor == 1)
        seconds_1x = seconds;
      g_print ("{\"bench\": \"timex\", \"input\": \"%s\", \"factor\": %d, \"mb\": %.2f, \"seconds\": %.4f, "
               "\"mb_per_s\": %.1f, \"mentions\": %u, \"time_vs_1x\": %.2f}\n",
               source->len > 0 ? "files" : "generated", factor, (double) length / (1024 * 1024), seconds,
               (double) length / (1024 * 1024) / seconds, n_found, seconds / seconds_1x);
    }
  return 0;
}

static const char * const subjects[] = {
  "The central bank", "Rebel forces", "The parliament", "The foreign minister", "Striking miners",
  "The prime minister", "Flood waters", "The election commission", "The court", "Peace negotiators",
};
static const char * const deeds[] = {
  "raised interest rates", "seized the airport", "passed the budget law", "resigned", "blocked the highway",
  "dissolved the cabinet", "reached the capital", "annulled the vote", "banned the party", "signed a ceasefire",
};

/* An article that reports a few of many happenings, each with its own
 * wording and date precision, so that merging has real work to do. */
static void
append_article (GString *out,
                GRand   *rand,
                guint    n_happenings)
{
  int sentences = g_rand_int_range (rand, 8, 16);

  g_string_append (out, "Regional news roundup\n");
  for (int i = 0; i < sentences; i++)
    {
      guint h = (guint) g_rand_int_range (rand, 0, (gint32) n_happenings);
      const char *subject = subjects[h % G_N_ELEMENTS (subjects)];
      const char *deed = deeds[(h / G_N_ELEMENTS (subjects)) % G_N_ELEMENTS (deeds)];
      const char *place = places[(h / 100) % G_N_ELEMENTS (places)];
      int year = 1990 + (int) (h % 35);
      int month = (int) (h % 12);
      int day = (int) (h % 28) + 1;

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          g_string_append_printf (out, "%s %s in %s on %s %d, %d. ", subject, deed, place, months[month], day, year);
          break;
        case 1:
          g_string_append_printf (out, "In %s %d, %s %s in %s. ", months[month], year, subject,
                                  deed, place);
          break;
        case 2:
          g_string_append_printf (out, "%s, where %s %s in %d, remains tense. ", place,
                                  subject, deed, year);
          break;
        default:
          append_sentence (out, rand);
          g_string_append_c (out, ' ');
          break;
        }
      if (i % 4 == 3)
        g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (double) usage.ru_maxrss / 1024.0;
}

static int
bench_events (int    argc,
              char **argv)
{
  int n_articles = 10000;
  GOptionEntry entries[] = {
    { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Number of generated articles", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— event building: extraction and merging");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_article_free);
  g_autoptr(GPtrArray) merged = NULL;
  ChrImportOptions options = { "2025-08-18", NULL };
  double rss_before = peak_rss_mib ();
  gint64 start;
  double extract_seconds, merge_seconds;
  gsize bytes = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_articles <= 0)
    {
      g_printerr ("chronicle-bench events: %s\n", error ? error->message : "--articles must be positive");
      return 2;
    }

  start = g_get_monotonic_time ();
  for (int i = 0; i < n_articles; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      ChrArticle *article;

      append_article (text, rand, (guint) MAX (n_articles / 5, 50));
      bytes += text->len;
      article = chr_importer_parse_text (NULL, text->str, text->len, &options, NULL);
      if (article == NULL)
        continue;
      for (guint j = 0; j < article->events->len; j++)
        {
          const ChrEventDraft *draft = g_ptr_array_index (article->events, j);
          ChrCandidate candidate = { (gint64) i, draft->interval, draft->flags, draft->terms, draft->title };

          g_array_append_val (candidates, candidate);
        }
      g_ptr_array_add (articles, article);
    }
  extract_seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  start = g_get_monotonic_time ();
  merged = chr_event_merge ((const ChrCandidate *) (gpointer) candidates->data, candidates->len);
  merge_seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  g_print ("{\"bench\": \"events\", \"articles\": %d, \"mb\": %.2f, \"candidates\": %u, \"events\": %u, "
           "\"extract_seconds\": %.3f, \"merge_seconds\": %.3f, \"total_seconds\": %.3f, "
           "\"peak_rss_mib\": %.1f, \"rss_above_start_mib\": %.1f}\n",
           n_articles, (double) bytes / (1024 * 1024), candidates->len, merged->len, extract_seconds, merge_seconds,
           extract_seconds + merge_seconds, peak_rss_mib (), peak_rss_mib () - rss_before);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  if (argc >= 2 && strcmp (argv[1], "timex") == 0)
    return bench_timex (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "events") == 0)
    return bench_events (argc - 1, argv + 1);

  g_printerr ("Usage: chronicle-bench timex [--mb N] [FILE…]\n"
              "       chronicle-bench events [--articles N]\n");
  return 2;
}
