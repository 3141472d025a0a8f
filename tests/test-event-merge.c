/* test-event-merge.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-event-merge"

#include "config.h"

#include <math.h>
#include <string.h>

#include "chr-event-importance.h"
#include "chr-event-merge.h"

static const struct
{
  const char *sentence;
  const char *date;          /* the date phrase, excluded */
  const char *terms;         /* space-separated, in order of appearance */
} terms_cases[] = {
  { "Russia annexed Crimea in 2014 following a sham referendum.", "2014",
    "russia annex crimea sham referendum" },
  { "Crimea has been under Russian control since February 2014, when Russia annexed the peninsula.",
    "February 2014", "crimea russia control annex peninsula" },
  { "Nearly four years after Russia’s invasion in 2022, he said the war goes on.", "2022",
    "russia invad war" },
  { "On Monday, August 18, Zelensky will meet Trump in Washington, officials told reporters.",
    "Monday, August 18", "zelensky meet trump washington official reporter" },
  /* The date phrase goes even when its words would count elsewhere. */
  { "The Anchorage summit took place on the Alaska Day holiday.", "the Alaska Day holiday",
    "anchorag summit" },
  /* Numbers, short words, stopwords and repeats. */
  { "It is 3 km to the U.N. base; the base has 250 troops, troops who say they wait.", "3 km",
    "bas troop wait" },
  { "", "", "" },
};

static void
test_terms (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (terms_cases); i++)
    {
      const char *text = terms_cases[i].sentence;
      const char *found = strstr (text, terms_cases[i].date);
      ChrSpan sentence = { 0, strlen (text) };
      ChrSpan mention;
      g_auto(GStrv) terms = NULL;
      g_autofree char *joined = NULL;

      g_assert_nonnull (found);
      mention.start = (gsize) (found - text);
      mention.end = mention.start + strlen (terms_cases[i].date);
      terms = chr_event_terms (text, &sentence, &mention);
      joined = g_strjoinv (" ", terms);
      g_test_message ("%s", text);
      g_assert_cmpstr (joined, ==, terms_cases[i].terms);
    }
}

static void
test_terms_span (void)
{
  /* Only the sentence's bytes are read, and the mention may be absent. */
  const char *text = "Talks failed. Russia invaded Ukraine. Peace followed.";
  ChrSpan sentence = { 14, 37 };
  g_auto(GStrv) terms = chr_event_terms (text, &sentence, NULL);
  g_autofree char *joined = g_strjoinv (" ", terms);

  g_assert_cmpstr (joined, ==, "russia invad ukrain");
}

static ChrInterval
interval_of (const char *value)
{
  ChrInterval interval = { 0 };

  g_assert_true (chr_timex_value_to_interval (value, &interval));
  return interval;
}

static const struct
{
  const char *a;
  const char *b;
  gboolean    a_contains_b;
  gboolean    b_contains_a;
} interval_cases[] = {
  { "2014", "2014-02", TRUE, FALSE },
  { "2014-02", "2014-02-27", TRUE, FALSE },
  { "2014", "2014-02-27", TRUE, FALSE },
  { "2014-02", "2014-02", TRUE, TRUE },
  { "2014", "2015-01", FALSE, FALSE },
  { "2014-02", "2014-03-01", FALSE, FALSE },
  { "2025-08-15", "2025-08-16", FALSE, FALSE },
  { "2014", "2022", FALSE, FALSE },
  { "201", "2014-02-27", TRUE, FALSE },
  { "2014-W09", "2014-02-27", TRUE, FALSE },
  /* Week 1 of 2015 starts in December 2014: the two only overlap. */
  { "2015-W01", "2014-12", FALSE, FALSE },
  { "2015-W01", "2015", FALSE, FALSE },
};

static void
test_intervals (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (interval_cases); i++)
    {
      ChrInterval a = interval_of (interval_cases[i].a);
      ChrInterval b = interval_of (interval_cases[i].b);
      gboolean compatible = interval_cases[i].a_contains_b || interval_cases[i].b_contains_a;

      g_test_message ("%s / %s", interval_cases[i].a, interval_cases[i].b);
      g_assert_cmpint (chr_interval_contains (&a, &b), ==, interval_cases[i].a_contains_b);
      g_assert_cmpint (chr_interval_contains (&b, &a), ==, interval_cases[i].b_contains_a);
      g_assert_cmpint (chr_intervals_compatible (&a, &b), ==, compatible);
      g_assert_cmpint (chr_intervals_compatible (&b, &a), ==, compatible);
    }
}

/* A statement of an article, as the event builder would hand it over. */
typedef struct
{
  gint64      article;
  const char *sentence;
  const char *date;        /* the date phrase in the sentence */
  const char *value;       /* its TIMEX3 value */
  guint       flags;
} Statement;

/* Other articles about the same war, so that "Russia", "Ukraine", "Trump" and
 * "Putin" are common words, as they are in a real collection. */
static const Statement background[] = {
  { 100, "Trump said Russia and Ukraine should agree to a ceasefire by 2026.", "2026", "2026", 0 },
  { 101, "Ukraine launched drones at Russian refineries in June 2025.", "June 2025", "2025-06", 0 },
  { 102, "Trump spoke with Putin by phone on 12 February 2025 about Ukraine.", "12 February 2025",
    "2025-02-12", 0 },
  { 103, "Ukraine's parliament voted in 2024 to extend martial law.", "2024", "2024", 0 },
  { 104, "Russia and Ukraine exchanged prisoners of war on 5 March 2025.", "5 March 2025",
    "2025-03-05", 0 },
  { 105, "Trump promised in 2024 to end the war in Ukraine.", "2024", "2024", 0 },
  { 106, "Putin visited Beijing in May 2025.", "May 2025", "2025-05", 0 },
};

typedef struct
{
  GArray    *candidates;   /* ChrCandidate */
  GPtrArray *events;       /* ChrMergedEvent */
  guint     *event_of;     /* per candidate */
} Merged;

static void
merged_free (Merged *merged)
{
  for (guint i = 0; i < merged->candidates->len; i++)
    g_strfreev (g_array_index (merged->candidates, ChrCandidate, i).terms);
  g_array_unref (merged->candidates);
  g_ptr_array_unref (merged->events);
  g_free (merged->event_of);
  g_free (merged);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Merged, merged_free)

static void
add_statement (GArray          *candidates,
               const Statement *statement)
{
  ChrCandidate candidate = { 0 };
  const char *found = strstr (statement->sentence, statement->date);
  ChrSpan sentence = { 0, strlen (statement->sentence) };
  ChrSpan mention;

  g_assert_nonnull (found);
  mention.start = (gsize) (found - statement->sentence);
  mention.end = mention.start + strlen (statement->date);
  candidate.article_id = statement->article;
  candidate.interval = interval_of (statement->value);
  candidate.flags = statement->flags;
  candidate.terms = chr_event_terms (statement->sentence, &sentence, &mention);
  candidate.label = statement->sentence;
  g_array_append_val (candidates, candidate);
}

/* Checks what every result must satisfy: each candidate in exactly one event,
 * members ascending, events sorted, articles counted. */
static void
check_invariants (const Merged *merged)
{
  guint n = merged->candidates->len;
  g_autofree guint *seen = g_new0 (guint, MAX (n, 1));

  for (guint e = 0; e < merged->events->len; e++)
    {
      const ChrMergedEvent *event = g_ptr_array_index (merged->events, e);
      g_autoptr(GHashTable) articles = g_hash_table_new (g_int64_hash, g_int64_equal);
      gboolean label_is_member = FALSE;

      g_assert_cmpuint (event->members->len, >, 0);
      if (e > 0)
        {
          const ChrMergedEvent *previous = g_ptr_array_index (merged->events, e - 1);

          g_assert_cmpint (previous->interval.begin, <=, event->interval.begin);
        }
      for (guint k = 0; k < event->members->len; k++)
        {
          guint i = g_array_index (event->members, guint, k);
          ChrCandidate *c = &g_array_index (merged->candidates, ChrCandidate, i);

          g_assert_cmpuint (i, <, n);
          if (k > 0)
            g_assert_cmpuint (g_array_index (event->members, guint, k - 1), <, i);
          seen[i]++;
          g_hash_table_add (articles, &c->article_id);
          label_is_member = label_is_member || i == event->label_candidate;
          /* Without a conflict, every source's date contains the event's. */
          if ((event->flags & CHR_EVENT_FLAG_CONFLICT) == 0)
            g_assert_true (chr_interval_contains (&c->interval, &event->interval));
        }
      g_assert_true (label_is_member);
      g_assert_cmpuint (event->n_articles, ==, g_hash_table_size (articles));
    }
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (seen[i], ==, 1);
}

static Merged *
merge_statements (const Statement *statements,
                  guint            n_statements)
{
  Merged *merged = g_new0 (Merged, 1);

  merged->candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
  for (guint i = 0; i < G_N_ELEMENTS (background); i++)
    add_statement (merged->candidates, &background[i]);
  for (guint i = 0; i < n_statements; i++)
    add_statement (merged->candidates, &statements[i]);

  merged->events = chr_event_merge ((const ChrCandidate *) merged->candidates->data,
                                    merged->candidates->len);
  merged->event_of = g_new0 (guint, merged->candidates->len);
  for (guint e = 0; e < merged->events->len; e++)
    {
      const ChrMergedEvent *event = g_ptr_array_index (merged->events, e);

      for (guint k = 0; k < event->members->len; k++)
        merged->event_of[g_array_index (event->members, guint, k)] = e;
    }
  check_invariants (merged);
  return merged;
}

/* The event of the statement-th of the statements given to merge_statements(). */
static const ChrMergedEvent *
event_of (const Merged *merged,
          guint         statement)
{
  guint i = G_N_ELEMENTS (background) + statement;

  return g_ptr_array_index (merged->events, merged->event_of[i]);
}

static guint
candidate_of (guint statement)
{
  return G_N_ELEMENTS (background) + statement;
}

static void
assert_interval (const ChrInterval *interval,
                 const char        *value)
{
  ChrInterval expected = interval_of (value);

  g_assert_cmpint (interval->begin, ==, expected.begin);
  g_assert_cmpint (interval->end, ==, expected.end);
  g_assert_cmpint (interval->granularity, ==, expected.granularity);
}

static void
test_merge_annexation (void)
{
  static const Statement statements[] = {
    { 1, "Russia annexed Crimea in 2014 following a sham referendum.", "2014", "2014", 0 },
    { 2, "Crimea has been under Russian control since February 2014, when Russia annexed the "
         "peninsula.", "February 2014", "2014-02", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *event = event_of (merged, 0);

  g_assert_true (event == event_of (merged, 1));
  g_assert_cmpuint (event->members->len, ==, 2);
  g_assert_cmpuint (event->n_articles, ==, 2);
  assert_interval (&event->interval, "2014-02");
  g_assert_cmpuint (event->flags, ==, CHR_EVENT_FLAG_NONE);
  /* The label comes from the source with the most precise date. */
  g_assert_cmpuint (event->label_candidate, ==, candidate_of (1));
  /* The background stays apart. */
  g_assert_cmpuint (merged->events->len, ==, G_N_ELEMENTS (background) + 1);
}

static void
test_merge_invasion (void)
{
  static const Statement statements[] = {
    { 3, "Russia invaded Ukraine on February 24, 2022.", "February 24, 2022", "2022-02-24", 0 },
    { 4, "Putin has ruled by decree since he invaded Ukraine in 2022.", "2022", "2022", 0 },
    { 5, "Nearly four years after Russia’s invasion in 2022, the front barely moves.", "2022",
      "2022", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *event = event_of (merged, 0);

  g_assert_true (event == event_of (merged, 1));
  g_assert_true (event == event_of (merged, 2));
  g_assert_cmpuint (event->members->len, ==, 3);
  g_assert_cmpuint (event->n_articles, ==, 3);
  assert_interval (&event->interval, "2022-02-24");
  g_assert_cmpuint (event->label_candidate, ==, candidate_of (0));
}

static void
test_merge_same_article (void)
{
  static const Statement statements[] = {
    { 7, "Zelensky will meet Trump in Washington on Monday.", "Monday", "2025-08-18", 0 },
    { 7, "European leaders will join Zelensky at the meeting in Washington on Monday.", "Monday",
      "2025-08-18", 0 },
    /* Same day, other happening. */
    { 6, "Russian attacks on Kharkiv killed three people on Monday.", "Monday", "2025-08-18", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *meeting = event_of (merged, 0);
  const ChrMergedEvent *attack = event_of (merged, 2);

  g_assert_true (meeting == event_of (merged, 1));
  g_assert_cmpuint (meeting->members->len, ==, 2);
  g_assert_cmpuint (meeting->n_articles, ==, 1);
  assert_interval (&meeting->interval, "2025-08-18");
  g_assert_true (attack != meeting);
  g_assert_cmpuint (attack->members->len, ==, 1);
}

static void
test_apart_same_date (void)
{
  static const Statement statements[] = {
    { 6, "Russian attacks on Kharkiv killed three people on Monday.", "Monday", "2025-08-18", 0 },
    { 7, "Zelensky will meet Trump in Washington on Monday.", "Monday", "2025-08-18", 0 },
    { 8, "Trump will meet European leaders in Washington on Monday.", "Monday", "2025-08-18", 0 },
    { 9, "Russian drones struck Kharkiv in 2025, killing a child.", "2025", "2025", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));

  g_assert_true (event_of (merged, 0) != event_of (merged, 1));
  /* The two meetings are one, the two Kharkiv strikes stay apart from it. */
  g_assert_true (event_of (merged, 1) == event_of (merged, 2));
  g_assert_true (event_of (merged, 3) != event_of (merged, 1));
}

static void
test_apart_far_dates (void)
{
  static const Statement statements[] = {
    { 1, "Russia annexed Crimea in 2014.", "2014", "2014", 0 },
    { 8, "Russia annexed Crimea in 2014 and did the same in 2022 for four regions.", "2022", "2022",
      0 },
    { 8, "Russia annexed Crimea in 2014 and did the same in 2022 for four regions.", "2014", "2014",
      0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *crimea = event_of (merged, 0);
  const ChrMergedEvent *regions = event_of (merged, 1);

  g_assert_true (crimea != regions);
  g_assert_true (crimea == event_of (merged, 2));
  g_assert_cmpuint (regions->members->len, ==, 1);
  g_assert_cmpuint (crimea->flags & CHR_EVENT_FLAG_CONFLICT, ==, 0);
  g_assert_cmpuint (regions->flags & CHR_EVENT_FLAG_CONFLICT, ==, 0);
}

/* The first statement of a happening must not stay alone because those that
 * came after it gathered among themselves. */
static void
test_first_comes_alone (void)
{
  static const Statement statements[] = {
    { 40, "The planned White House meeting, set for Monday, follows the Alaska talks.", "Monday", "2025-08-18", 0 },
    { 41, "Zelensky will meet Trump at the White House on Monday.", "Monday", "2025-08-18", 0 },
    { 41, "Zelensky and Trump are expected to meet one-on-one on Monday.", "Monday", "2025-08-18", 0 },
    { 41, "European leaders will join the White House meeting on Monday.", "Monday", "2025-08-18", 0 },
    { 41, "Russian drones hit a school in Sumy on Monday.", "Monday", "2025-08-18", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *meeting = event_of (merged, 1);

  g_assert_true (meeting == event_of (merged, 0));
  g_assert_true (meeting == event_of (merged, 3));
  g_assert_cmpuint (meeting->n_articles, ==, 2);
  g_assert_true (meeting != event_of (merged, 4));
}

static void
test_apart_period (void)
{
  static const Statement statements[] = {
    { 15, "Throughout 2024, the war dragged on with heavy losses.", "2024", "2024",
      CHR_EVENT_FLAG_PERIOD },
    { 16, "Drones hit an oil depot in Novorossiysk on 3 May 2024.", "3 May 2024", "2024-05-03", 0 },
    { 17, "Elections in Moldova were held on 20 October 2024.", "20 October 2024", "2024-10-20", 0 },
    { 18, "Heavy losses marked the war throughout 2024 as it dragged on.", "2024", "2024",
      CHR_EVENT_FLAG_PERIOD },
    { 19, "The war dragged on in 2024 with heavy losses.", "2024", "2024", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *period = event_of (merged, 0);

  g_assert_true (period != event_of (merged, 1));
  g_assert_true (period != event_of (merged, 2));
  /* What does say the same joins it, if it is a period too: a point within
   * it is another thing on the timeline. */
  g_assert_true (period == event_of (merged, 3));
  g_assert_true (period != event_of (merged, 4));
  assert_interval (&period->interval, "2024");
  g_assert_cmpuint (period->flags & CHR_EVENT_FLAG_PERIOD, !=, 0);
  g_assert_cmpuint (period->label_candidate, ==, candidate_of (0));
  g_assert_cmpuint (event_of (merged, 1)->flags & CHR_EVENT_FLAG_PERIOD, ==, 0);
}

static void
test_conflict (void)
{
  static const Statement statements[] = {
    { 1, "The summit took place on 15 August 2025 in Anchorage.", "15 August 2025", "2025-08-15",
      0 },
    { 2, "The Anchorage summit took place on 16 August 2025.", "16 August 2025", "2025-08-16", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *event = event_of (merged, 0);

  g_assert_true (event == event_of (merged, 1));
  g_assert_cmpuint (event->flags & CHR_EVENT_FLAG_CONFLICT, !=, 0);
  g_assert_cmpuint (event->members->len, ==, 2);
  g_assert_cmpuint (event->n_articles, ==, 2);
  /* One source each: the earlier of two equally precise dates. */
  assert_interval (&event->interval, "2025-08-15");
}

static void
test_conflict_majority (void)
{
  /* Two articles against one: the date more sources give wins. */
  static const Statement statements[] = {
    { 1, "The summit took place on 15 August 2025 in Anchorage.", "15 August 2025", "2025-08-15",
      0 },
    { 2, "The Anchorage summit took place on 16 August 2025.", "16 August 2025", "2025-08-16", 0 },
    { 3, "On 16 August 2025 the summit took place in Anchorage.", "16 August 2025", "2025-08-16",
      0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *event = event_of (merged, 0);

  g_assert_true (event == event_of (merged, 1));
  g_assert_true (event == event_of (merged, 2));
  g_assert_cmpuint (event->flags & CHR_EVENT_FLAG_CONFLICT, !=, 0);
  g_assert_cmpuint (event->n_articles, ==, 3);
  assert_interval (&event->interval, "2025-08-16");
  g_assert_cmpuint (event->label_candidate, !=, candidate_of (0));
}

static void
test_no_conflict_within_article (void)
{
  /* One article giving two close days for the same words means two days. */
  static const Statement statements[] = {
    { 20, "Negotiators held talks in Istanbul on Monday and again on Tuesday.", "Monday",
      "2025-05-19", 0 },
    { 20, "Negotiators held talks in Istanbul on Monday and again on Tuesday.", "Tuesday",
      "2025-05-20", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));

  g_assert_true (event_of (merged, 0) != event_of (merged, 1));
  g_assert_cmpuint (event_of (merged, 0)->flags & CHR_EVENT_FLAG_CONFLICT, ==, 0);
}

static void
test_flags (void)
{
  static const Statement statements[] = {
    { 30, "Protests over the pension reform swept France in about 2023.", "about 2023", "2023",
      CHR_EVENT_FLAG_APPROXIMATE },
    { 31, "The pension reform protests in France began in January 2023.", "January 2023",
      "2023-01", 0 },
    { 32, "Since March 2022, the blockade of the port of Mariupol has continued.", "March 2022",
      "2022-03", CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));
  const ChrMergedEvent *protests = event_of (merged, 0);
  const ChrMergedEvent *blockade = event_of (merged, 2);

  /* The precise source decides: the event is neither approximate nor a period. */
  g_assert_true (protests == event_of (merged, 1));
  assert_interval (&protests->interval, "2023-01");
  g_assert_cmpuint (protests->flags, ==, CHR_EVENT_FLAG_NONE);
  g_assert_cmpuint (blockade->flags, ==, CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) events = chr_event_merge (NULL, 0);
  ChrCandidate lone = { 0 };
  g_autoptr(GPtrArray) one = NULL;
  const ChrMergedEvent *event;

  g_assert_nonnull (events);
  g_assert_cmpuint (events->len, ==, 0);

  /* A candidate without terms is an event of its own. */
  lone.article_id = 1;
  lone.interval = interval_of ("2014");
  one = chr_event_merge (&lone, 1);
  g_assert_cmpuint (one->len, ==, 1);
  event = g_ptr_array_index (one, 0);
  g_assert_cmpuint (event->members->len, ==, 1);
  g_assert_cmpuint (event->label_candidate, ==, 0);
  g_assert_cmpuint (event->n_articles, ==, 1);
}

static void
test_everything (void)
{
  /* All the statements above in one collection still merge the same way. */
  static const Statement statements[] = {
    { 1, "Russia annexed Crimea in 2014 following a sham referendum.", "2014", "2014", 0 },
    { 2, "Crimea has been under Russian control since February 2014, when Russia annexed the "
         "peninsula.", "February 2014", "2014-02", 0 },
    { 3, "Russia invaded Ukraine on February 24, 2022.", "February 24, 2022", "2022-02-24", 0 },
    { 4, "Putin has ruled by decree since he invaded Ukraine in 2022.", "2022", "2022", 0 },
    { 5, "Nearly four years after Russia’s invasion in 2022, the front barely moves.", "2022",
      "2022", 0 },
    { 6, "Russian attacks on Kharkiv killed three people on Monday.", "Monday", "2025-08-18", 0 },
    { 7, "Zelensky will meet Trump in Washington on Monday.", "Monday", "2025-08-18", 0 },
    { 7, "European leaders will join Zelensky at the meeting in Washington on Monday.", "Monday",
      "2025-08-18", 0 },
    { 8, "Russia annexed Crimea in 2014 and did the same in 2022 for four regions.", "2022", "2022",
      0 },
    { 9, "The summit took place on 15 August 2025 in Anchorage.", "15 August 2025", "2025-08-15",
      0 },
    { 10, "The Anchorage summit took place on 16 August 2025.", "16 August 2025", "2025-08-16", 0 },
    { 15, "Throughout 2024, the war dragged on with heavy losses.", "2024", "2024",
      CHR_EVENT_FLAG_PERIOD },
    { 16, "Drones hit an oil depot in Novorossiysk on 3 May 2024.", "3 May 2024", "2024-05-03", 0 },
  };
  g_autoptr(Merged) merged = merge_statements (statements, G_N_ELEMENTS (statements));

  g_assert_true (event_of (merged, 0) == event_of (merged, 1));
  g_assert_cmpuint (event_of (merged, 0)->n_articles, ==, 2);
  g_assert_true (event_of (merged, 2) == event_of (merged, 3));
  g_assert_true (event_of (merged, 2) == event_of (merged, 4));
  g_assert_cmpuint (event_of (merged, 2)->n_articles, ==, 3);
  g_assert_true (event_of (merged, 5) != event_of (merged, 6));
  g_assert_true (event_of (merged, 6) == event_of (merged, 7));
  g_assert_true (event_of (merged, 8) != event_of (merged, 0));
  g_assert_true (event_of (merged, 8) != event_of (merged, 2));
  g_assert_true (event_of (merged, 9) == event_of (merged, 10));
  g_assert_cmpuint (event_of (merged, 9)->flags & CHR_EVENT_FLAG_CONFLICT, !=, 0);
  g_assert_true (event_of (merged, 11) != event_of (merged, 12));
}

/* Each article counts once, with its firmest statement of the event. */
static const struct
{
  const char *name;
  struct { gint64 article; const char *value; guint flags; } members[4];
  double      importance;
} importance_cases[] = {
  { "one plain report", { { 1, "2031-05-06", 0 } }, 1.0 },
  { "two reports of one article count once", { { 1, "2031-05-06", 0 }, { 1, "2031-05-06", 0 } }, 1.0 },
  { "two articles", { { 1, "2031-05-06", 0 }, { 2, "2031-05-06", 0 } }, 2.0 },
  { "the lead weighs more", { { 1, "2031-05-06", CHR_CANDIDATE_LEAD } }, 1.25 },
  { "an aside weighs less", { { 1, "2031-05-06", CHR_CANDIDATE_ASIDE } }, 0.5 },
  { "a plan weighs less", { { 1, "2031-05-06", CHR_CANDIDATE_AHEAD } }, 0.5 },
  { "the month supports the day by half", { { 1, "2031-05", 0 } }, 0.5 },
  { "an article counts with its firmest statement",
    { { 1, "2031-05", 0 }, { 1, "2031-05-06", CHR_CANDIDATE_ASIDE }, { 1, "2031-05-06", CHR_CANDIDATE_LEAD } }, 1.25 },
};

/* The same, now that articles have publication dates, and weighed in the
 * collection: the statements the event is made of ("member"), and the
 * others of the collection. */
static const struct
{
  const char *name;
  const char *event;
  struct { gint64 article; const char *value; const char *published; guint flags; gboolean member; } said[5];
  double      importance;
} attention_cases[] = {
  { "a report on the day", "2031-05-06", { { 1, "2031-05-06", "2031-05-06", 0, TRUE } }, 1.0 },
  { "a report the next day recalls the day", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-07", 0, TRUE } }, 1.0 + G_LN2 },
  { "a report three days on", "2031-05-06", { { 1, "2031-05-06", "2031-05-09", 0, TRUE } }, 1.0 + 2 * G_LN2 },
  { "recalling stops growing after a year", "2031-05-06",
    { { 1, "2031-05-06", "2034-01-01", 0, TRUE } }, 1.0 + log (367) },
  { "a plan is not recalled", "2031-05-06", { { 1, "2031-05-06", "2031-05-01", CHR_CANDIDATE_AHEAD, TRUE } }, 0.5 },
  { "a month event recalls nothing", "2031-05", { { 1, "2031-05", "2031-06-20", 0, TRUE } }, 1.0 },
  { "the other reports of the day lend half", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-06", 0, TRUE }, { 2, "2031-05-06", "2031-05-06", 0, FALSE },
      { 3, "2031-05-06", "2031-05-06", 0, FALSE } }, 1.0 + 0.5 * 2 },
  { "an article lends its firmest statement of the day, once", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-06", 0, TRUE }, { 2, "2031-05-06", "2031-05-06", CHR_CANDIDATE_ASIDE, FALSE },
      { 2, "2031-05-06", "2031-05-06", CHR_CANDIDATE_LEAD, FALSE } }, 1.0 + 0.5 * 1.25 },
  { "the event's own reports lend nothing more", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-06", 0, TRUE }, { 2, "2031-05-06", "2031-05-06", 0, TRUE } }, 2.0 },
  { "a month names no day", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-06", 0, TRUE }, { 2, "2031-05", "2031-05-06", 0, FALSE } }, 1.0 },
  { "another day lends nothing", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-06", 0, TRUE }, { 2, "2031-05-07", "2031-05-06", 0, FALSE } }, 1.0 },
  { "a month event takes no share of its days", "2031-05",
    { { 1, "2031-05", "2031-05-06", 0, TRUE }, { 2, "2031-05-06", "2031-05-06", 0, FALSE } }, 1.0 },
  /* Of 3 articles, 1 came out on or after the day: sqrt ((3 + 10) / (1 + 10)). */
  { "a day fewer articles could report weighs more", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-06", 0, TRUE }, { 2, "2031-05-01", "2031-05-01", 0, FALSE },
      { 3, "2031-05-02", "2031-05-02", 0, FALSE } }, 1.087114613009 },
  { "articles without a date are not counted", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-06", 0, TRUE }, { 2, "2031-05-01", NULL, 0, FALSE } }, 1.0 },
  { "a day after every article is a plan any of them could name", "2031-05-06",
    { { 1, "2031-05-06", "2031-05-01", CHR_CANDIDATE_AHEAD, TRUE }, { 2, "2031-05-01", "2031-05-01", 0, FALSE } }, 0.5 },
};

static void
test_importance (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (importance_cases); i++)
    {
      g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
      g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
      ChrInterval day;

      g_assert_true (chr_timex_value_to_interval ("2031-05-06", &day));
      for (guint k = 0; k < G_N_ELEMENTS (importance_cases[i].members) && importance_cases[i].members[k].value; k++)
        {
          ChrCandidate c = { .article_id = importance_cases[i].members[k].article,
                             .flags = importance_cases[i].members[k].flags, .label = "" };

          g_assert_true (chr_timex_value_to_interval (importance_cases[i].members[k].value, &c.interval));
          g_array_append_val (candidates, c);
          g_array_append_val (members, k);
        }
      g_test_message ("%s", importance_cases[i].name);
      g_assert_cmpfloat_with_epsilon (chr_event_importance ((ChrCandidate *) candidates->data, members, &day, NULL),
                                      importance_cases[i].importance, 1e-9);
    }
}

static void
test_attention (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (attention_cases); i++)
    {
      g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
      g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(ChrAttention) attention = NULL;
      ChrInterval event = interval_of (attention_cases[i].event);

      for (guint k = 0; k < G_N_ELEMENTS (attention_cases[i].said) && attention_cases[i].said[k].value; k++)
        {
          ChrCandidate c = { .article_id = attention_cases[i].said[k].article,
                             .interval = interval_of (attention_cases[i].said[k].value),
                             .flags = attention_cases[i].said[k].flags, .label = "" };

          if (attention_cases[i].said[k].published)
            {
              c.flags |= CHR_CANDIDATE_PUBLISHED;
              c.published = interval_of (attention_cases[i].said[k].published).begin;
            }
          g_array_append_val (candidates, c);
          if (attention_cases[i].said[k].member)
            g_array_append_val (members, k);
        }
      g_test_message ("%s", attention_cases[i].name);
      attention = chr_attention_new_for ((ChrCandidate *) candidates->data, candidates->len);
      g_assert_cmpfloat_with_epsilon (chr_event_importance ((ChrCandidate *) candidates->data, members,
                                                            &event, attention),
                                      attention_cases[i].importance, 1e-9);
    }
}

/* In a whole merge: two stories, each reported once on its own day, the
 * second day also reported by two other articles about something else. */
static void
test_busy_day (void)
{
  static const Statement statements[] = {
    { 101, "Engineers opened the harbour lock on 3 June 2031.", "3 June 2031", "2031-06-03" },
    { 102, "The orchestra played its farewell concert on 9 June 2031.", "9 June 2031", "2031-06-09" },
    { 103, "The city council voted the new budget on 9 June 2031.", "9 June 2031", "2031-06-09" },
    { 104, "Council members passed the budget vote on 9 June 2031.", "9 June 2031", "2031-06-09" },
  };
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
  g_autoptr(GPtrArray) events = NULL;
  const ChrMergedEvent *lock = NULL, *concert = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      add_statement (candidates, &statements[i]);
      g_array_index (candidates, ChrCandidate, i).flags |= CHR_CANDIDATE_PUBLISHED;
      g_array_index (candidates, ChrCandidate, i).published = interval_of (statements[i].value).begin;
    }
  events = chr_event_merge ((const ChrCandidate *) candidates->data, candidates->len);
  for (guint e = 0; e < events->len; e++)
    {
      const ChrMergedEvent *event = g_ptr_array_index (events, e);
      guint first = g_array_index (event->members, guint, 0);

      if (first == 0)
        lock = event;
      else if (first == 1)
        concert = event;
    }
  g_assert_nonnull (lock);
  g_assert_nonnull (concert);
  g_assert_cmpuint (lock->n_articles, ==, 1);
  g_assert_cmpuint (concert->n_articles, ==, 1);
  /* The concert's day is in three articles, the lock's in one; and of the
   * four articles, four could report the lock's day, three the concert's. */
  g_assert_cmpfloat_with_epsilon (lock->importance, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (concert->importance, (1.0 + 0.5 * 2) * sqrt (14.0 / 13.0), 1e-9);
  for (guint k = 0; k < G_N_ELEMENTS (statements); k++)
    g_strfreev (g_array_index (candidates, ChrCandidate, k).terms);
}

/* Words weigh by how few articles and how few statements use them. */
static void
test_term_weights (void)
{
  /* Article 1: two statements, article 2: one, article 3: one. */
  static const struct { gint64 article; const char *terms; } statements[] = {
    { 1, "russia invad ukrain" },
    { 1, "russia annex crimea crimea" },
    { 2, "russia sanction" },
    { 3, "ukrain sanction" },
  };
  static const struct { const char *term; double articles; double statements; } expected[] = {
    { "russia", 2, 3 },
    { "ukrain", 2, 2 },
    { "crimea", 1, 1 },          /* twice in one statement counts once */
    { "sanction", 2, 2 },
    { "invad", 1, 1 },
  };
  g_autoptr(ChrTermWeights) weights = chr_term_weights_new ();

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      g_auto(GStrv) terms = g_strsplit (statements[i].terms, " ", -1);

      chr_term_weights_add (weights, statements[i].article, terms);
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      double by_article = log (3.0 / expected[i].articles) / log (3.0);
      double by_statement = log (4.0 / expected[i].statements) / log (4.0);

      g_test_message ("%s", expected[i].term);
      g_assert_cmpfloat_with_epsilon (chr_term_weights_get (weights, expected[i].term),
                                      MAX (by_article, by_statement), 1e-12);
    }
  g_assert_cmpfloat (chr_term_weights_get (weights, "unheard"), ==, 1.0);
}

static gboolean
in_year (const ChrCandidate *c,
         int                 year)
{
  int y;

  chr_time_to_civil (c->interval.begin, &y, NULL, NULL, NULL, NULL, NULL);
  return y == year;
}

/* A collection merged a year at a time, with the collection's word weights
 * and attention, comes out as merged at once when nothing crosses a year. */
static void
test_merge_by_parts (void)
{
  static const Statement statements[] = {
    { 1, "Russia annexed Crimea on 18 March 2014 after a disputed referendum.", "18 March 2014", "2014-03-18" },
    { 2, "Moscow formally annexed Crimea on 18 March 2014.", "18 March 2014", "2014-03-18" },
    { 2, "Russia invaded Ukraine on 24 February 2022.", "24 February 2022", "2022-02-24" },
    { 3, "Russian troops invaded Ukraine on 24 February 2022 from three directions.", "24 February 2022",
      "2022-02-24" },
    { 3, "Crimea was annexed by Russia in March 2014.", "March 2014", "2014-03" },
  };
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
  g_autoptr(GPtrArray) whole = NULL;
  g_autofree guint *event_of_candidate = NULL;
  const ChrCandidate *all;
  guint n;
  g_autoptr(ChrTermWeights) weights = chr_term_weights_new ();
  g_autoptr(ChrAttention) attention = NULL;
  g_autofree guint *order = NULL;
  guint n_events = 0;

  for (guint i = 0; i < G_N_ELEMENTS (background); i++)
    add_statement (candidates, &background[i]);
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    add_statement (candidates, &statements[i]);
  /* Each article was published the day after the last date it gives:
   * fewer articles could report the later years, which weighs them more. */
  for (guint i = 0; i < candidates->len; i++)
    {
      ChrCandidate *c = &g_array_index (candidates, ChrCandidate, i);

      c->flags |= CHR_CANDIDATE_PUBLISHED;
      c->published = interval_of (c->article_id == 1 ? "2014-03-19" : c->article_id <= 3 ? "2022-02-25"
                                                                                         : "2025-08-01").begin;
    }
  all = (const ChrCandidate *) (gpointer) candidates->data;
  n = candidates->len;
  whole = chr_event_merge (all, n);
  event_of_candidate = g_new0 (guint, n);
  for (guint e = 0; e < whole->len; e++)
    {
      const ChrMergedEvent *event = g_ptr_array_index (whole, e);

      for (guint k = 0; k < event->members->len; k++)
        event_of_candidate[g_array_index (event->members, guint, k)] = e;
    }
  order = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* Article by article, as a timeline file gives them. */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (all[order[j]].article_id < all[order[i]].article_id)
        {
          guint t = order[i];

          order[i] = order[j];
          order[j] = t;
        }
  for (guint k = 0; k < n; k++)
    chr_term_weights_add (weights, all[order[k]].article_id, all[order[k]].terms);
  attention = chr_attention_new_for (all, n);

  for (int year = 2014; year <= 2026; year++)
    {
      g_autoptr(GArray) part = g_array_new (FALSE, FALSE, sizeof (ChrCandidate));
      g_autoptr(GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) events = NULL;

      for (guint i = 0; i < n; i++)
        if (in_year (&all[i], year))
          {
            g_array_append_val (part, all[i]);
            g_array_append_val (index, i);
          }
      events = chr_event_merge_in ((const ChrCandidate *) (gpointer) part->data, part->len, weights, attention);
      for (guint e = 0; e < events->len; e++, n_events++)
        {
          const ChrMergedEvent *event = g_ptr_array_index (events, e);
          guint first = g_array_index (index, guint, g_array_index (event->members, guint, 0));
          const ChrMergedEvent *same = g_ptr_array_index (whole, event_of_candidate[first]);

          g_assert_cmpuint (event->members->len, ==, same->members->len);
          for (guint k = 0; k < event->members->len; k++)
            g_assert_cmpuint (g_array_index (index, guint, g_array_index (event->members, guint, k)), ==,
                              g_array_index (same->members, guint, k));
          g_assert_cmpint (event->interval.begin, ==, same->interval.begin);
          g_assert_cmpuint (g_array_index (index, guint, event->label_candidate), ==, same->label_candidate);
          g_assert_cmpfloat_with_epsilon (event->importance, same->importance, 1e-9);
        }
    }
  g_assert_cmpuint (n_events, ==, whole->len);
  /* Both stories merged across articles. */
  g_assert_cmpuint (((ChrMergedEvent *) g_ptr_array_index (whole, event_of_candidate[G_N_ELEMENTS (background)]))->n_articles, ==, 3);
  g_assert_cmpuint (((ChrMergedEvent *) g_ptr_array_index (whole, event_of_candidate[G_N_ELEMENTS (background) + 2]))->n_articles, ==, 2);
  for (guint i = 0; i < n; i++)
    g_strfreev (g_array_index (candidates, ChrCandidate, i).terms);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/event-merge/terms", test_terms);
  g_test_add_func ("/model/event-merge/terms-span", test_terms_span);
  g_test_add_func ("/model/event-merge/intervals", test_intervals);
  g_test_add_func ("/model/event-merge/merge-annexation", test_merge_annexation);
  g_test_add_func ("/model/event-merge/merge-invasion", test_merge_invasion);
  g_test_add_func ("/model/event-merge/merge-same-article", test_merge_same_article);
  g_test_add_func ("/model/event-merge/apart-same-date", test_apart_same_date);
  g_test_add_func ("/model/event-merge/apart-far-dates", test_apart_far_dates);
  g_test_add_func ("/model/event-merge/first-comes-alone", test_first_comes_alone);
  g_test_add_func ("/model/event-merge/apart-period", test_apart_period);
  g_test_add_func ("/model/event-merge/conflict", test_conflict);
  g_test_add_func ("/model/event-merge/conflict-majority", test_conflict_majority);
  g_test_add_func ("/model/event-merge/no-conflict-within-article", test_no_conflict_within_article);
  g_test_add_func ("/model/event-merge/flags", test_flags);
  g_test_add_func ("/model/event-merge/empty", test_empty);
  g_test_add_func ("/model/event-merge/everything", test_everything);
  g_test_add_func ("/model/event-merge/importance", test_importance);
  g_test_add_func ("/model/event-merge/attention", test_attention);
  g_test_add_func ("/model/event-merge/busy-day", test_busy_day);
  g_test_add_func ("/model/event-merge/term-weights", test_term_weights);
  g_test_add_func ("/model/event-merge/by-parts", test_merge_by_parts);

  return g_test_run ();
}
