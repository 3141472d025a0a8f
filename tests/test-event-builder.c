/* test-event-builder.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-event-builder"

#include "config.h"

#include <string.h>

#include "chr-event-builder.h"
#include "chr-event-merge.h"
#include "chr-timex.h"

static void
test_one_event_per_date (void)
{
  const char *text = "It began in 2014, and it began again in 2014. A month later, in March 2014, it ended. "
                     "It lasted three years and is over now.";
  g_autoptr(GArray) sentences = chr_sentences_split (text, strlen (text));
  g_autoptr(GArray) mentions = g_array_new (FALSE, TRUE, sizeof (ChrTimex));
  g_autoptr(GPtrArray) drafts = NULL;
  const char *phrases[] = { "2014", "2014 again" , "March 2014", "three years", "now" };
  const char *values[] = { "2014", "2014", "2014-03", "P3Y", "PRESENT_REF" };
  const char *cursor = text;

  g_assert_cmpuint (sentences->len, ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      ChrTimex timex = { 0 };
      const char *phrase = i == 1 ? "2014" : phrases[i];
      const char *found = strstr (cursor, phrase);

      g_assert_nonnull (found);
      timex.start = (gsize) (found - text);
      timex.end = timex.start + strlen (phrase);
      timex.type = i == 3 ? CHR_TIMEX_DURATION : CHR_TIMEX_DATE;
      timex.resolved = TRUE;
      g_strlcpy (timex.value, values[i], sizeof timex.value);
      g_assert_true (i >= 3 || chr_timex_value_to_interval (values[i], &timex.interval));
      g_array_append_val (mentions, timex);
      cursor = found + strlen (phrase);
    }

  drafts = chr_event_builder_build (text, sentences, mentions, NULL);
  /* The repeated 2014 in one sentence makes one event; the duration and "now" make none. */
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[0])->mention, ==, 0);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[0])->sentence, ==, 0);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[1])->mention, ==, 2);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[1])->sentence, ==, 1);
  g_assert_cmpstr (((ChrEventDraft *) drafts->pdata[0])->title, ==, "It began");
  /* The excerpt highlights the date phrase the event rests on. */
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[1])->phrase_end -
                    ((ChrEventDraft *) drafts->pdata[1])->phrase_start, ==, strlen ("March 2014"));
}

static const struct
{
  const char *text;
  const char *sentences[4];
} split_cases[] = {
  { "One. Two! Three?", { "One.", "Two!", "Three?" } },
  { "Lt. Gen. Keith Kellogg met Mr. Smith in the U.S. on Monday. Then he left.",
    { "Lt. Gen. Keith Kellogg met Mr. Smith in the U.S. on Monday.", "Then he left." } },
  { "He said: \"It is over.\" She agreed.", { "He said: \"It is over.\"", "She agreed." } },
  { "First paragraph without a stop\nSecond one.", { "First paragraph without a stop", "Second one." } },
  { "Prices rose 2.5 percent. Markets fell.", { "Prices rose 2.5 percent.", "Markets fell." } },
  { "Lund on Friday. ``We sail at dawn.''", { "Lund on Friday.", "``We sail at dawn.''" } },
  { "  \n\n  ", { NULL } },
};

static void
test_sentences (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (split_cases); i++)
    {
      const char *text = split_cases[i].text;
      g_autoptr(GArray) spans = chr_sentences_split (text, strlen (text));
      guint n = 0;

      while (n < G_N_ELEMENTS (split_cases[i].sentences) && split_cases[i].sentences[n])
        n++;
      g_assert_cmpuint (spans->len, ==, n);
      for (guint j = 0; j < n; j++)
        {
          const ChrSpan *span = &g_array_index (spans, ChrSpan, j);
          g_autofree char *got = g_strndup (text + span->start, span->end - span->start);

          g_assert_cmpstr (got, ==, split_cases[i].sentences[j]);
        }
    }
}

/* Builds the candidates of a text with a publication date, through the real engine. */
static GPtrArray *
build (const char *text,
       const char *published)
{
  g_autoptr(GArray) sentences = chr_sentences_split (text, strlen (text));
  g_autoptr(GArray) mentions = NULL;
  ChrInterval dct;

  g_assert_true (chr_timex_value_to_interval (published, &dct));
  mentions = chr_timex_scan (text, strlen (text), &dct);
  return chr_event_builder_build (text, sentences, mentions, &dct);
}

static const ChrEventDraft *
find_draft (GPtrArray  *drafts,
            guint       flags)
{
  for (guint i = 0; i < drafts->len; i++)
    if ((((ChrEventDraft *) drafts->pdata[i])->flags & ~(guint) CHR_CANDIDATE_FLAGS) == flags)
      return drafts->pdata[i];
  return NULL;
}

static void
assert_interval (const ChrInterval *interval,
                 const char        *begin,
                 const char        *end)
{
  g_autofree char *b = chr_time_format_iso (interval->begin);
  g_autofree char *e = chr_time_format_iso (interval->end);

  g_assert_cmpstr (b, ==, begin);
  g_assert_cmpstr (e, ==, end);
}

static const struct
{
  const char *text;
  guint       flags;
  const char *begin;
  const char *end;
} period_cases[] = {
  /* "since" in the present perfect: ongoing, up to the publication date. */
  { "Crimea has been under Russian control since February 2014.", CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING,
    "2014-02-01T00:00:00Z", "2025-08-19T00:00:00Z" },
  { "The dam was closed from 2014 to 2022.", CHR_EVENT_FLAG_PERIOD, "2014-01-01T00:00:00Z", "2023-01-01T00:00:00Z" },
  { "He governed between March 1998 and June 2001.", CHR_EVENT_FLAG_PERIOD,
    "1998-03-01T00:00:00Z", "2001-07-01T00:00:00Z" },
  { "The drought of 2011–2013 ruined the harvests.", CHR_EVENT_FLAG_PERIOD,
    "2011-01-01T00:00:00Z", "2014-01-01T00:00:00Z" },
  /* A duration anchored on a date: the war began then, and is still going on. */
  { "Russia invaded Ukraine on February 24, 2022, sparking a war that has now lasted over three years.",
    CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING, "2022-02-24T00:00:00Z", "2025-08-19T00:00:00Z" },
  /* Past tense: it lasted that long, and ended. */
  { "The strike began on March 3, 2019 and lasted two weeks.", CHR_EVENT_FLAG_PERIOD,
    "2019-03-03T00:00:00Z", "2019-03-17T00:00:00Z" },
};

static void
test_periods (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (period_cases); i++)
    {
      g_autoptr(GPtrArray) drafts = build (period_cases[i].text, "2025-08-18");
      const ChrEventDraft *period = find_draft (drafts, period_cases[i].flags);

      if (period == NULL)
        g_error ("no period in “%s”", period_cases[i].text);
      assert_interval (&period->interval, period_cases[i].begin, period_cases[i].end);
      g_assert_cmpuint (strlen (period->title), >, 0);
    }
}

static void
test_since_when (void)
{
  g_autoptr(GPtrArray) drafts = build ("Crimea has been under Russian control since February 2014, when Russia annexed "
                                       "the peninsula.", "2025-08-17");
  const ChrEventDraft *period = find_draft (drafts, CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING);
  const ChrEventDraft *point = find_draft (drafts, CHR_EVENT_FLAG_NONE);

  /* The period, and what happened when it began. */
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_nonnull (period);
  g_assert_nonnull (point);
  assert_interval (&point->interval, "2014-02-01T00:00:00Z", "2014-03-01T00:00:00Z");
  g_assert_nonnull (strstr (point->title, "annexed"));
  g_assert_null (strstr (period->title, "annexed"));
  g_assert_true (g_strv_contains ((const char * const *) point->terms, "annex"));
  /* Each has a phrase of its own: "since February 2014", "February 2014". */
  g_assert_cmpuint (period->phrase_end, ==, point->phrase_end);
  g_assert_cmpuint (point->phrase_start - period->phrase_start, ==, strlen ("since "));
}

/* "since" twice with the same date in a sentence makes one period, and
 * leaves the other dates' phrases as they are. */
static void
test_since_twice (void)
{
  const char *text = "Prices rose since 1 May 2026, wages fell on 3 May 2026, and rents rose since 1 May 2026.";
  g_autoptr(GPtrArray) drafts = build (text, "2026-06-01");

  g_assert_cmpuint (drafts->len, ==, 2);
  for (guint i = 0; i < drafts->len; i++)
    {
      const ChrEventDraft *draft = g_ptr_array_index (drafts, i);
      g_autofree char *phrase = g_strndup (text + draft->phrase_start, draft->phrase_end - draft->phrase_start);

      g_assert_cmpuint (draft->phrase_start, <, draft->phrase_end);
      g_assert_cmpstr (phrase, ==, i == 0 ? "since 1 May 2026" : "3 May 2026");
    }
}

/* A wire dateline names where the story was filed, not who did what: the
 * label starts after the agency and its dash, which the old AP wire wrote
 * as an underscore. */
static const struct
{
  const char *text;
  const char *title;
} wire_label_cases[] = {
  { "PORTVALE, Norland (AP)_ The dock workers ended their strike on Tuesday.", "The dock workers ended their strike" },
  { "PORTVALE (AP) _ The ferry company cut its fares on Tuesday.", "The ferry company cut its fares" },
  { "NORTH BAY, Norland (UPI)_ Councillors approved the harbour plan on Tuesday.",
    "Councillors approved the harbour plan" },
  /* A heading of a name and a date, and the words it heads. */
  { "PORTVALE _ Mayor Lund on Tuesday. ``We will reopen the pier.''", "Lund: We will reopen the pier" },
  /* A live blog's entry: its time in brackets is when it was written, not an event. */
  { "(Update 9:10 p.m. in Portvale, 2:10 p.m. ET) The dock workers ended their strike on Tuesday.",
    "The dock workers ended their strike" },
  { "-- [Updated 6:05 p.m. (0105 in Norland)] The ferry company cut its fares on Tuesday.",
    "The ferry company cut its fares" },
};

static void
test_wire_labels (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (wire_label_cases); i++)
    {
      g_autoptr(GPtrArray) drafts = build (wire_label_cases[i].text, "2031-05-08");

      g_assert_cmpuint (drafts->len, ==, 1);
      g_assert_cmpstr (((ChrEventDraft *) drafts->pdata[0])->title, ==, wire_label_cases[i].title);
    }
}

/* "Since 2019, the firm has …": what has lasted since the date comes after it. */
static void
test_since_opening (void)
{
  g_autoptr(GPtrArray) drafts = build ("Since 2019, the ferry company has closed four of its routes.", "2031-05-08");
  const ChrEventDraft *period = find_draft (drafts, CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING);

  g_assert_nonnull (period);
  g_assert_cmpstr (period->title, ==, "The ferry company has closed four of its routes");
}

static void
test_not_periods (void)
{
  /* Two dates that merely share a sentence are two events. */
  g_autoptr(GPtrArray) drafts = build ("Russia annexed Crimea in 2014 and did the same in 2022 for four regions.",
                                       "2025-08-18");

  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[0])->flags & ~(guint) CHR_CANDIDATE_FLAGS, ==, CHR_EVENT_FLAG_NONE);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[1])->flags & ~(guint) CHR_CANDIDATE_FLAGS, ==, CHR_EVENT_FLAG_NONE);
}

/* How firmly a statement reports its date: the flags its candidate carries
 * (ChrCandidateFlags), or no candidate at all for a dateline or a byline. */
#define NO_CANDIDATE G_MAXUINT
static const struct
{
  const char *text;
  const char *date;                /* the candidate's date, as ISO 8601 */
  guint       standing;
} standing_cases[] = {
  { "The council voted on May 6, 2031 to close the old ferry pier.", "2031-05-06", CHR_CANDIDATE_LEAD },
  { "Rain fell. Wind blew. Fog came. The mayor of the port town resigned on May 5, 2031.", "2031-05-05", 0 },
  { "Rain fell. Wind blew. Fog came. The mayor (first elected on March 9, 2027) resigned.", "2027-03-09",
    CHR_CANDIDATE_ASIDE },
  { "Rain fell. Wind blew. Fog came. The pier burned down, when the dry spell began on April 2, 2031.",
    "2031-04-02", CHR_CANDIDATE_ASIDE },
  { "Rain fell. Wind blew. Fog came. The ferry talks will resume on June 20, 2031 in the old hall.",
    "2031-06-20", CHR_CANDIDATE_AHEAD },
  { "Posted on May 8, 2031 at 10:32 by the desk editor of the weekly paper", "2031-05-08", NO_CANDIDATE },
  { "HARBOURTOWN | Thu May 8, 2031 | 10:32am The ferry stopped running.", "2031-05-08", NO_CANDIDATE },
};

/* Photo captions, credits and listings report nothing: a date in them makes
 * no candidate, while the report a credit is glued to keeps its own. */
static const struct
{
  const char *text;
  const char *date;                /* ISO 8601 */
  gboolean    kept;
} furniture_cases[] = {
  { "Photo: A fisherman mends his nets in the harbour of Portvale on May 3, 2031.", "2031-05-03", FALSE },
  { "A ferry leaves the harbour of Portvale on May 3, 2031.\nREUTERS/Ann Lee", "2031-05-03", FALSE },
  { "Rescue teams search the rubble of the old mill on May 4, 2031.\nGetty Images", "2031-05-04", FALSE },
  { "Volunteers clear the beach at Portvale, May 3, 2031 (AP Photo/Ann Lee) The council met again.",
    "2031-05-03", FALSE },
  { "April 30, 2031: In this aerial photo, smoke rises over the refinery.", "2031-04-30", FALSE },
  { "Pictured: the mayor at the opening of the new bridge on May 1, 2031", "2031-05-01", FALSE },
  { "Watch live at 8pm on May 7, 2031 as the votes are counted.", "2031-05-07", FALSE },
  { "May 7, 2031 6pm News 7.30pm The Harbour Show 9pm Late Film", "2031-05-07", FALSE },
  /* What follows a credit is the report; two times are no schedule; a photo is no caption. */
  { "Photograph: Ann Lee/AP The council closed the old pier on May 6, 2031.", "2031-05-06", TRUE },
  { "The curfew began at 8pm on May 5, 2031 and ended at 6am the next day.", "2031-05-05", TRUE },
  { "The photo exhibition opened on May 5, 2031 in the town hall.", "2031-05-05", TRUE },
};

static void
test_furniture (void)
{
  guint wrong = 0;

  for (guint i = 0; i < G_N_ELEMENTS (furniture_cases); i++)
    {
      g_autoptr(GPtrArray) drafts = build (furniture_cases[i].text, "2031-05-08");
      gboolean found = FALSE;

      for (guint j = 0; j < drafts->len; j++)
        {
          const ChrEventDraft *draft = drafts->pdata[j];
          g_autofree char *begin = chr_time_format_iso (draft->interval.begin);

          found |= g_str_has_prefix (begin, furniture_cases[i].date);
        }
      if (found != furniture_cases[i].kept)
        {
          g_printerr ("“%s”: %s candidate of %s\n", furniture_cases[i].text, found ? "a" : "no",
                      furniture_cases[i].date);
          wrong++;
        }
    }
  g_assert_cmpuint (wrong, ==, 0);
}

static void
test_standing (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (standing_cases); i++)
    {
      g_autoptr(GPtrArray) drafts = build (standing_cases[i].text, "2031-05-08");
      const ChrEventDraft *found = NULL;

      for (guint j = 0; j < drafts->len; j++)
        {
          const ChrEventDraft *draft = drafts->pdata[j];
          g_autofree char *begin = chr_time_format_iso (draft->interval.begin);

          if (g_str_has_prefix (begin, standing_cases[i].date))
            found = draft;
        }
      if (standing_cases[i].standing == NO_CANDIDATE)
        {
          g_assert_null (found);
          continue;
        }
      if (found == NULL)
        g_error ("no candidate in “%s”", standing_cases[i].text);
      g_assert_cmphex (found->flags & CHR_CANDIDATE_FLAGS, ==, standing_cases[i].standing);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/event-builder/one-event-per-date", test_one_event_per_date);
  g_test_add_func ("/model/event-builder/periods", test_periods);
  g_test_add_func ("/model/event-builder/since-when", test_since_when);
  g_test_add_func ("/model/event-builder/since-twice", test_since_twice);
  g_test_add_func ("/model/event-builder/since-opening", test_since_opening);
  g_test_add_func ("/model/event-builder/wire-labels", test_wire_labels);
  g_test_add_func ("/model/event-builder/not-periods", test_not_periods);
  g_test_add_func ("/model/event-builder/sentences", test_sentences);
  g_test_add_func ("/model/event-builder/standing", test_standing);
  g_test_add_func ("/model/event-builder/furniture", test_furniture);

  return g_test_run ();
}
