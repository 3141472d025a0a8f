/* test-event-builder.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-event-builder"

#include "config.h"

#include <string.h>

#include "chr-event-builder.h"

static const struct
{
  const char *sentence;
  const char *phrase;
  const char *label;
} label_cases[] = {
  { "Crimea has been under Russian control since February 2014, when Russia annexed the peninsula.",
    "February 2014", "Crimea has been under Russian control" },
  { "The conflict escalated when Russia invaded Ukraine on February 24, 2022, sparking a war.",
    "February 24, 2022", "The conflict escalated when Russia invaded Ukraine" },
  /* A date that opens the sentence labels what follows it. */
  { "On February 12, the US Secretary of Defense said NATO membership was unrealistic.",
    "February 12", "The US Secretary of Defense said NATO membership was unrealistic" },
  /* Leading conjunctions go; the preposition before the date goes. */
  { "Talks stalled, and the envoy left Moscow in March.", "March", "The envoy left Moscow" },
  /* "pre-2014" keeps no dangling "pre-". */
  { "He called restoring the borders to their pre-2014 status unrealistic.", "2014",
    "He called restoring the borders to their status unrealistic" },
  /* Long clauses are cut to a dozen words. */
  { "In 2019 the committee of the regional parliament voted to approve a long and winding plan for roads.",
    "2019", "The committee of the regional parliament voted to approve a long and…" },
  /* Quotes around the clause do not dangle. */
  { "“We will meet on Monday,” he said.", "Monday", "We will meet" },
};

static void
test_labels (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (label_cases); i++)
    {
      const char *text = label_cases[i].sentence;
      const char *found = strstr (text, label_cases[i].phrase);
      ChrSpan sentence = { 0, strlen (text) };
      ChrSpan mention;
      g_autofree char *label = NULL;

      g_assert_nonnull (found);
      mention.start = (gsize) (found - text);
      mention.end = mention.start + strlen (label_cases[i].phrase);
      label = chr_event_builder_label (text, &sentence, &mention);
      g_assert_cmpstr (label, ==, label_cases[i].label);
    }
}

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

  drafts = chr_event_builder_build (text, sentences, mentions);
  /* The repeated 2014 in one sentence makes one event; the duration and "now" make none. */
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[0])->mention, ==, 0);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[0])->sentence, ==, 0);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[1])->mention, ==, 2);
  g_assert_cmpuint (((ChrEventDraft *) drafts->pdata[1])->sentence, ==, 1);
  g_assert_cmpstr (((ChrEventDraft *) drafts->pdata[0])->title, ==, "It began");
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/event-builder/labels", test_labels);
  g_test_add_func ("/model/event-builder/one-event-per-date", test_one_event_per_date);
  g_test_add_func ("/model/event-builder/sentences", test_sentences);

  return g_test_run ();
}
