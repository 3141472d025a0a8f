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
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include "chr-database.h"
#include "chr-event-merge.h"
#include "chr-importer.h"
#include "chr-timeline-painter.h"
#include "chr-timex.h"
#include "chronicle-bench.h"

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
void
bench_append_sentence (GString *out,
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
          bench_append_sentence (out, rand);
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

/* A sentence about one of many happenings, with its own wording and date
 * precision, so that merging has real work to do. */
void
bench_append_happening (GString *out,
                        GRand   *rand,
                        guint    n_happenings)
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
      g_string_append_printf (out, "%s %s in %s on %s %d, %d.", subject, deed, place, months[month], day, year);
      break;
    case 1:
      g_string_append_printf (out, "In %s %d, %s %s in %s.", months[month], year, subject, deed, place);
      break;
    case 2:
      g_string_append_printf (out, "%s, where %s %s in %d, remains tense.", place, subject, deed, year);
      break;
    default:
      bench_append_sentence (out, rand);
      break;
    }
}

/* An article that reports a few of many happenings. */
void
bench_append_article (GString *out,
                GRand   *rand,
                guint    n_happenings)
{
  int sentences = g_rand_int_range (rand, 8, 16);

  g_string_append (out, "Regional news roundup\n");
  for (int i = 0; i < sentences; i++)
    {
      bench_append_happening (out, rand, n_happenings);
      g_string_append_c (out, ' ');
      if (i % 4 == 3)
        g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

double
bench_peak_rss_mib (void)
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
  double rss_before = bench_peak_rss_mib ();
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

      bench_append_article (text, rand, (guint) MAX (n_articles / 5, 50));
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
           extract_seconds + merge_seconds, bench_peak_rss_mib (), bench_peak_rss_mib () - rss_before);
  return 0;
}

static const char * const render_subjects[] = {
  "Parliament", "The central bank", "Protesters", "The court", "Rebels", "The government", "Investors",
  "The union", "Health officials", "The army", "Voters", "The company", "Diplomats", "Rescue teams",
};
static const char * const render_actions[] = {
  "approves budget", "raises interest rates", "rally in the capital", "rules on election dispute",
  "seize border town", "announces ceasefire talks", "pull out of bond market", "calls general strike",
  "report new outbreak", "begins large exercise", "reject referendum", "files for bankruptcy",
  "meet in Geneva", "reach flooded villages", "sign trade agreement", "recall ambassador",
};

/* A year drawn like a news archive: most events in recent years, fewer the
 * further back, some as far as 1900. */
static int
render_year (GRand *rand)
{
  double u = g_rand_double (rand);

  if (u < 0.55)
    return 2025 - (int) (10 * g_rand_double (rand) * g_rand_double (rand));
  if (u < 0.85)
    return g_rand_int_range (rand, 1990, 2016);
  return g_rand_int_range (rand, 1900, 1990);
}

GArray *
bench_generate_timeline (guint       n,
                         GPtrArray  *labels)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GArray *items = g_array_sized_new (FALSE, TRUE, sizeof (ChrTimelineItem), n);
  gint64 hot[256];

  /* Stories: days around which many events clump. */
  for (guint i = 0; i < G_N_ELEMENTS (hot); i++)
    hot[i] = chr_time_from_civil (render_year (rand), g_rand_int_range (rand, 1, 13),
                                  g_rand_int_range (rand, 1, 29), 0, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      ChrTimelineItem item = { .id = i + 1, .importance = 1 };
      double kind = g_rand_double (rand);
      char *label;
      gint64 day;

      if (g_rand_double (rand) < 0.35)
        day = hot[g_rand_int_range (rand, 0, G_N_ELEMENTS (hot))]
              + g_rand_int_range (rand, -12, 13) * CHR_SECONDS_PER_DAY;
      else
        day = chr_time_from_civil (render_year (rand), g_rand_int_range (rand, 1, 13),
                                   g_rand_int_range (rand, 1, 29), 0, 0, 0);

      if (kind < 0.05)
        {
          /* A period: from a month to a decade, sometimes still going on. */
          item.begin = day;
          item.end = day + (gint64) (30 + g_rand_int_range (rand, 0, 3650)) * CHR_SECONDS_PER_DAY;
          item.granularity = CHR_GRANULARITY_MONTH;
          item.flags = CHR_EVENT_FLAG_PERIOD | (g_rand_double (rand) < 0.2 ? CHR_EVENT_FLAG_ONGOING : 0);
        }
      else if (kind < 0.20)
        {
          /* Known to the month only. */
          int year, month, d;

          chr_time_to_civil (day, &year, &month, &d, NULL, NULL, NULL);
          item.begin = chr_time_from_civil (year, month, 1, 0, 0, 0);
          item.end = month == 12 ? chr_time_from_civil (year + 1, 1, 1, 0, 0, 0)
                                 : chr_time_from_civil (year, month + 1, 1, 0, 0, 0);
          item.granularity = CHR_GRANULARITY_MONTH;
        }
      else if (kind < 0.35)
        {
          item.begin = day + g_rand_int_range (rand, 0, 24) * 3600;
          item.end = item.begin + 3600;
          item.granularity = CHR_GRANULARITY_HOUR;
        }
      else
        {
          item.begin = day;
          item.end = day + CHR_SECONDS_PER_DAY;
          item.granularity = CHR_GRANULARITY_DAY;
        }
      if (g_rand_double (rand) < 0.03)
        item.flags |= CHR_EVENT_FLAG_APPROXIMATE;
      if (g_rand_double (rand) < 0.02)
        item.flags |= CHR_EVENT_FLAG_CONFLICT;
      /* Most events have one source; a few are widely reported. */
      if (g_rand_double (rand) < 0.2)
        item.importance = 2 + MIN (8, (int) (-log (g_rand_double (rand) + 1e-9) * 2));

      label = g_strdup_printf ("%s %s%s%s",
                               render_subjects[g_rand_int_range (rand, 0, G_N_ELEMENTS (render_subjects))],
                               render_actions[g_rand_int_range (rand, 0, G_N_ELEMENTS (render_actions))],
                               g_rand_boolean (rand) ? " after weeks of talks" : "",
                               g_rand_int_range (rand, 0, 4) == 0 ? " in the north" : "");
      g_ptr_array_add (labels, label);
      item.label = label;
      g_array_append_val (items, item);
    }
  return items;
}

int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

/* The generated timeline as a file the app opens as it is: marked as made
 * by this extraction, so that opening it keeps the events. */
gboolean
bench_write_timeline_file (const char  *path,
                           guint        n_events,
                           GError     **error)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) items = bench_generate_timeline (n_events, labels);
  g_autoptr(ChrDatabase) db = NULL;
  sqlite3 *raw = NULL;
  sqlite3_stmt *insert = NULL;
  gboolean ok;

  if (!(db = chr_database_open (path, error)) ||
      !chr_database_set_extraction_version (db, CHR_EXTRACTION_VERSION, error))
    return FALSE;
  g_clear_object (&db);

  ok = sqlite3_open (path, &raw) == SQLITE_OK &&
       sqlite3_exec (raw, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (raw,
                           "INSERT INTO events (title, value, begin_time, end_time, granularity, importance,"
                           " flags, n_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, NULL) == SQLITE_OK;
  for (guint i = 0; ok && i < items->len; i++)
    {
      const ChrTimelineItem *item = &g_array_index (items, ChrTimelineItem, i);
      ChrInterval interval = { item->begin, item->end, item->granularity };
      g_autofree char *value = chr_interval_to_value (&interval);

      sqlite3_bind_text (insert, 1, item->label, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, value != NULL ? value : "", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 3, item->begin);
      sqlite3_bind_int64 (insert, 4, item->end);
      sqlite3_bind_text (insert, 5, chr_granularity_to_string (item->granularity), -1, SQLITE_STATIC);
      sqlite3_bind_double (insert, 6, item->importance);
      sqlite3_bind_int (insert, 7, (int) item->flags);
      sqlite3_bind_int (insert, 8, (int) item->importance);
      ok = sqlite3_step (insert) == SQLITE_DONE && sqlite3_reset (insert) == SQLITE_OK;
    }
  /* Each event is backed by a dated statement of one article, as extracted
   * events are: what edits anchor on. */
  ok = ok && sqlite3_exec (raw,
                           "INSERT INTO articles (id, sha256, title, text, body_start, body_end, imported_at)"
                           " VALUES (1, 'generated', 'Generated events', 'Generated events.', 0, 17, 0);"
                           "INSERT INTO sentences (article_id, idx, start, end) VALUES (1, 0, 0, 17);"
                           "INSERT INTO mentions (id, article_id, sentence, start, end, type, value, resolved,"
                           " begin_time, end_time, granularity)"
                           " SELECT id, 1, 0, id * 16, id * 16 + 9, 'DATE', value, 1, begin_time, end_time, granularity"
                           " FROM events;"
                           "INSERT INTO candidates (id, article_id, mention_id, sentence, phrase_start, phrase_end,"
                           " begin_time, end_time, granularity, flags, label, terms)"
                           " SELECT id, 1, id, 0, id * 16, id * 16 + 9, begin_time, end_time, granularity, flags, title, ''"
                           " FROM events;"
                           "INSERT INTO event_candidates (event_id, candidate_id) SELECT id, id FROM events;",
                           NULL, NULL, NULL) == SQLITE_OK;
  ok = ok && sqlite3_exec (raw, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s: %s", path, sqlite3_errmsg (raw));
  sqlite3_finalize (insert);
  sqlite3_close (raw);
  return ok;
}

typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  char         *line;
  GError       *error;
  gint64        when;          /* the line came, or the wait ended */
  guint         timeout_id;
} Reading;

static void
read_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Reading *reading = user_data;

  reading->line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (object), result, NULL, &reading->error);
  if (reading->line != NULL && strstr (reading->line, "\"startup\"") == NULL)
    {
      g_clear_pointer (&reading->line, g_free);
      g_data_input_stream_read_line_async (G_DATA_INPUT_STREAM (object), G_PRIORITY_DEFAULT, reading->cancellable,
                                           read_line_cb, reading);
      return;
    }
  reading->when = g_get_monotonic_time ();
  g_main_loop_quit (reading->loop);
}

static gboolean
give_up_cb (gpointer user_data)
{
  Reading *reading = user_data;

  reading->timeout_id = 0;
  g_cancellable_cancel (reading->cancellable);
  return G_SOURCE_REMOVE;
}

/* Starts the app on a timeline file and waits, at most a minute, for its
 * first drawn frame, which it reports on standard output
 * (CHRONICLE_REPORT_STARTUP). The time is taken here, from before the
 * process is made to the report. */
gboolean
bench_measure_startup (const char  *db_path,
                       double      *ms,
                       double      *rss_mib,
                       guint       *n_loaded,
                       GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Reading reading = { loop, cancellable, NULL, NULL, 0, 0 };
  JsonObject *report;
  gint64 start;

  g_subprocess_launcher_setenv (launcher, "CHRONICLE_REPORT_STARTUP", "1", TRUE);
  /* The view the app opens with is the fitted one, whatever was left last time. */
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", CHRONICLE_SCHEMA_DIR, FALSE);

  start = g_get_monotonic_time ();
  if (!(process = g_subprocess_launcher_spawn (launcher, error, CHRONICLE_APP, "--db", db_path, NULL)))
    return FALSE;
  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  g_data_input_stream_read_line_async (output, G_PRIORITY_DEFAULT, cancellable, read_line_cb, &reading);
  reading.timeout_id = g_timeout_add_seconds (60, give_up_cb, &reading);
  g_main_loop_run (loop);
  g_clear_handle_id (&reading.timeout_id, g_source_remove);
  *ms = (double) (reading.when - start) / 1000.0;

  if (reading.line == NULL)
    {
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
      if (reading.error != NULL && !g_error_matches (reading.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, reading.error);
      else
        {
          g_clear_error (&reading.error);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s drew no timeline within a minute, or failed",
                       CHRONICLE_APP);
        }
      return FALSE;
    }
  if (!g_subprocess_wait (process, NULL, error) ||
      !json_parser_load_from_data (parser, reading.line, -1, error))
    {
      g_free (reading.line);
      return FALSE;
    }
  g_free (reading.line);

  report = json_node_get_object (json_parser_get_root (parser));
  *rss_mib = (double) json_object_get_int_member (report, "peak_rss_kib") / 1024.0;
  *n_loaded = (guint) json_object_get_int_member (report, "events");
  return TRUE;
}

/* Of sorted values. */
double
bench_median (const double *values,
              int           n)
{
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void
bench_remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

/* From start to the first frame that shows the timeline, for a timeline of
 * n_events and for one of a single event (the baseline: an app with nothing
 * to read), taken in turns; and the peak memory of each. */
static int
bench_startup (int n_events,
               int runs)
{
  g_autofree char *dir = NULL;
  g_autofree char *full_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree double *full_ms = g_new0 (double, runs);
  g_autofree double *empty_ms = g_new0 (double, runs);
  double full_rss = 0, empty_rss = 0;
  guint loaded = 0;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("chronicle-bench render --startup: the app needs a display; run it under xvfb-run "
                  "(build-aux/bench-startup.sh does)\n");
      return 2;
    }
  if (!(dir = g_dir_make_tmp ("chronicle-bench-XXXXXX", &error)))
    goto failed;
  full_path = g_build_filename (dir, "full.db", NULL);
  empty_path = g_build_filename (dir, "empty.db", NULL);
  if (!bench_write_timeline_file (full_path, (guint) n_events, &error) || !bench_write_timeline_file (empty_path, 1, &error))
    goto failed;

  /* One start of each first, not counted: it brings the files and libraries into the page cache. */
  for (int i = -1; i < runs; i++)
    {
      double ms, rss;

      if (!bench_measure_startup (empty_path, &ms, &rss, &loaded, &error))
        goto failed;
      if (loaded != 1)
        {
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "the app loaded %u events of 1", loaded);
          goto failed;
        }
      if (i >= 0)
        {
          empty_ms[i] = ms;
          empty_rss = MAX (empty_rss, rss);
        }
      if (!bench_measure_startup (full_path, &ms, &rss, &loaded, &error))
        goto failed;
      if (loaded != (guint) n_events)
        {
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "the app loaded %u events of %d", loaded, n_events);
          goto failed;
        }
      if (i >= 0)
        {
          full_ms[i] = ms;
          full_rss = MAX (full_rss, rss);
        }
    }
  bench_remove_folder (dir);

  qsort (full_ms, runs, sizeof (double), bench_compare_doubles);
  qsort (empty_ms, runs, sizeof (double), bench_compare_doubles);
  g_print ("{\"bench\": \"startup\", \"events\": %u, \"runs\": %d, \"median_ms\": %.1f, \"max_ms\": %.1f, "
           "\"empty_median_ms\": %.1f, \"peak_rss_mib\": %.1f, \"empty_peak_rss_mib\": %.1f, "
           "\"above_empty_mib\": %.1f}\n",
           loaded, runs, bench_median (full_ms, runs), full_ms[runs - 1], bench_median (empty_ms, runs), full_rss, empty_rss,
           full_rss - empty_rss);
  return 0;

failed:
  g_printerr ("chronicle-bench render --startup: %s\n", error->message);
  if (dir != NULL)
    bench_remove_folder (dir);
  return 1;
}

/* One frame as the timeline view makes it: laid out, then painted. */
void
bench_draw_frame (ChrTimelinePainter *painter,
            cairo_t            *cr,
            ChrTimelineIndex   *index,
            const ChrTimeScale *scale,
            double              height)
{
  static const ChrPalette palette = {
    .background = { 0.980, 0.980, 0.980, 1.0 },
    .foreground = { 0.0, 0.0, 0.024, 0.8 },
    .dim_foreground = { 0.0, 0.0, 0.024, 0.55 },
    .grid = { 0.0, 0.0, 0.024, 0.15 },
    .accent = { 0.208, 0.518, 0.894, 1.0 },
    .accent_foreground = { 1.0, 1.0, 1.0, 1.0 },
    .card = { 1.0, 1.0, 1.0, 1.0 },
    .border = { 0.0, 0.0, 0.024, 0.15 },
    .warning = { 0.612, 0.431, 0.012, 1.0 },
  };
  g_autoptr(ChrTimelineLayout) layout = chr_timeline_painter_lay_out (painter, cr, index, scale, height);

  chr_timeline_painter_draw (painter, cr, layout, &palette, -1, -1);
}

static int
bench_render (int    argc,
              char **argv)
{
  int n_events = 100000;
  int width = 1920;
  int height = 1080;
  int runs = 5;
  gboolean startup = FALSE;
  g_autofree char *zoom = NULL;
  g_autofree char *png = NULL;
  GOptionEntry entries[] = {
    { "events", 0, 0, G_OPTION_ARG_INT, &n_events, "Number of generated events", "N" },
    { "startup", 0, 0, G_OPTION_ARG_NONE, &startup, "Time the app from start to its first frame instead", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Starts to measure, with --startup", "N" },
    { "zoom", 0, 0, G_OPTION_ARG_STRING, &zoom, "full, mid or deep", "LEVEL" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Surface width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Surface height", "H" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Write the last frame to FILE, to compare pictures", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— one timeline frame: layout and drawing");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) items = NULL;
  PangoContext *pango;
  g_autoptr(ChrTimelinePainter) painter = NULL;
  g_autoptr(ChrTimelineIndex) index = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  ChrTimeScale base;
  gint64 begin, end, start;
  double times[100], total = 0, first_ms, setup_ms;
  const char *level;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_events <= 0 || width <= 0 || height <= 0)
    {
      g_printerr ("chronicle-bench render: %s\n", error ? error->message : "sizes must be positive");
      return 2;
    }
  if (startup)
    return bench_startup (n_events, MAX (runs, 1));
  level = zoom != NULL ? zoom : "full";
  if (strcmp (level, "full") != 0 && strcmp (level, "mid") != 0 && strcmp (level, "deep") != 0)
    {
      g_printerr ("chronicle-bench render: --zoom must be full, mid or deep\n");
      return 2;
    }

  items = bench_generate_timeline ((guint) n_events, labels);
  pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  painter = chr_timeline_painter_new (pango);
  start = g_get_monotonic_time ();
  index = chr_timeline_index_new ((const ChrTimelineItem *) (gpointer) items->data, items->len);
  setup_ms = (double) (g_get_monotonic_time () - start) / 1000.0;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);

  chr_timeline_index_get_extent (index, &begin, &end);
  chr_time_scale_init (&base, 0, 1, width);
  if (strcmp (level, "full") == 0)
    chr_time_scale_fit (&base, begin, end, 40);
  else if (strcmp (level, "mid") == 0)
    chr_time_scale_init (&base, chr_time_from_civil (2019, 1, 1, 0, 0, 0),
                         chr_time_from_civil (2021, 1, 1, 0, 0, 0), width);
  else
    chr_time_scale_init (&base, chr_time_from_civil (2022, 2, 22, 0, 0, 0),
                         chr_time_from_civil (2022, 2, 25, 0, 0, 0), width);

  /* The first frame makes the text of the cards it shows, as it would on
   * opening the window; it is reported on its own. */
  start = g_get_monotonic_time ();
  bench_draw_frame (painter, cr, index, &base, height);
  cairo_surface_flush (surface);
  first_ms = (double) (g_get_monotonic_time () - start) / 1000.0;

  /* A gesture around the level: zooming in and out by up to 2x at a moving
   * pointer while panning across a quarter of the width, so cards come and go. */
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      ChrTimeScale scale = base;

      chr_time_scale_zoom_at (&scale, width * (0.5 + 0.3 * sin (i * 0.13)), pow (2.0, sin (i * 0.21)));
      chr_time_scale_pan (&scale, width * 0.25 * sin (i * 0.07));
      start = g_get_monotonic_time ();
      bench_draw_frame (painter, cr, index, &scale, height);
      cairo_surface_flush (surface);
      times[i] = (double) (g_get_monotonic_time () - start) / 1000.0;
      total += times[i];
    }
  if (png != NULL && cairo_surface_write_to_png (surface, png) != CAIRO_STATUS_SUCCESS)
    g_printerr ("chronicle-bench render: cannot write %s\n", png);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_clear_pointer (&painter, chr_timeline_painter_free);
  g_clear_pointer (&index, chr_timeline_index_unref);
  g_object_unref (pango);

  qsort (times, G_N_ELEMENTS (times), sizeof (double), bench_compare_doubles);
  g_print ("{\"bench\": \"render\", \"events\": %d, \"zoom\": \"%s\", \"width\": %d, \"height\": %d, "
           "\"frames\": %u, \"median_ms\": %.2f, \"mean_ms\": %.2f, \"p90_ms\": %.2f, \"max_ms\": %.2f, "
           "\"first_frame_ms\": %.2f, \"set_items_ms\": %.1f, \"peak_rss_mib\": %.1f}\n",
           n_events, level, width, height, (guint) G_N_ELEMENTS (times),
           bench_median (times, G_N_ELEMENTS (times)), total / G_N_ELEMENTS (times), times[89],
           times[G_N_ELEMENTS (times) - 1], first_ms, setup_ms, bench_peak_rss_mib ());
  return 0;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* As the app does (main.c), so that what is measured is what users get. */
  chr_timeline_index_tune_allocator ();

  if (argc >= 2 && strcmp (argv[1], "timex") == 0)
    return bench_timex (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "events") == 0)
    return bench_events (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "render") == 0)
    return bench_render (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "edit") == 0)
    return bench_edit (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "export") == 0)
    return bench_export (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "import") == 0)
    return bench_import (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "search") == 0)
    return bench_search (argc - 1, argv + 1);

  g_printerr ("Usage: chronicle-bench timex [--mb N] [FILE…]\n"
              "       chronicle-bench render --events N --zoom full|mid|deep [--width W] [--height H]\n"
              "       chronicle-bench render --startup --events N [--runs N]\n"
              "       chronicle-bench edit --events N [--edits N]\n"
              "       chronicle-bench events [--articles N]\n"
              "       chronicle-bench export [--events N]\n"
              "       chronicle-bench import [--articles N] [--bytes N]\n"
              "       chronicle-bench search [--articles N] [--queries N] [--limit N] [--db FILE]\n");
  return 2;
}
