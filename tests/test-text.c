/* test-text.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-text"

#include "config.h"

#include <string.h>

#include "chr-text.h"

static void
test_is_space (void)
{
  static const struct { char c; gboolean space; } cases[] = {
    { ' ', TRUE }, { '\t', TRUE }, { '\n', TRUE }, { '\r', TRUE }, { '\f', TRUE }, { '\v', TRUE },
    { 'a', FALSE }, { '-', FALSE }, { '\0', FALSE }, { '.', FALSE }, { '_', FALSE },
    { (char) 0xC2, FALSE }, { (char) 0xA0, FALSE },   /* the bytes of a no-break space are not ASCII space */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("0x%02x", (guchar) cases[i].c);
      g_assert_cmpint (chr_text_is_space (cases[i].c), ==, cases[i].space);
    }
}

static void
test_dash_at (void)
{
  static const struct { const char *text; gsize length; gsize dash; } cases[] = {
    { "– 2022", 8, 3 },            /* en dash */
    { "—then", 7, 3 },             /* em dash */
    { "‐", 3, 0 },                 /* a hyphen is not a dash */
    { "-", 1, 0 },
    { "’s", 3, 0 },                /* the same first two bytes, another mark */
    { "–", 2, 0 },                 /* cut short by the end of the text */
    { "", 0, 0 },
    { "2014", 4, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (chr_text_dash_at (cases[i].text, cases[i].text + cases[i].length), ==, cases[i].dash);
    }
}

static void
test_is_word_start (void)
{
  static const struct { const char *text; gsize from; gsize i; gboolean start; } cases[] = {
    { "the war", 0, 0, TRUE },
    { "the war", 0, 1, FALSE },
    { "the war", 0, 4, TRUE },
    { "the war", 0, 3, FALSE },     /* a space */
    { "the war", 2, 2, TRUE },      /* where the text under consideration starts */
    { "in-2014", 0, 3, FALSE },     /* a digit */
    { "re-elect", 0, 3, TRUE },
    { "1990s", 0, 4, TRUE },        /* words are letters only: a digit ends none */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s at %zu", cases[i].text, cases[i].i);
      g_assert_cmpint (chr_text_is_word_start (cases[i].text, cases[i].from, cases[i].i), ==, cases[i].start);
    }
}

static void
test_next_word (void)
{
  static const struct { const char *text; const char *words; } cases[] = {
    { "Russia annexed Crimea.", "Russia|annexed|Crimea" },
    { "Russia’s forces didn't stop", "Russia’s|forces|didn't|stop" },
    { "the 1990s, in 2014", "the|1990s*|in|2014*" },
    { "re-elected U.S. envoy", "re|elected|U|S|envoy" },
    { "Zürich — Kyiv", "Zürich|Kyiv" },
    { "rock 'n' roll", "rock|n|roll" },       /* quotes around a word are not part of it */
    { "  \t ", "" },
    { "", "" },
    { "bad \xff byte", "bad|byte" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *text = cases[i].text;
      g_autoptr(GString) words = g_string_new (NULL);
      gsize pos = 0, start, end;
      gboolean has_digit;

      while (chr_text_next_word (text, strlen (text), &pos, &start, &end, &has_digit))
        {
          if (words->len > 0)
            g_string_append_c (words, '|');
          g_string_append_len (words, text + start, (gssize) (end - start));
          if (has_digit)
            g_string_append_c (words, '*');
        }
      g_test_message ("case %u", i);
      g_assert_cmpstr (words->str, ==, cases[i].words);
    }
}

static void
test_fold_word (void)
{
  static const struct { const char *word; const char *folded; } cases[] = {
    { "KYIV", "kyiv" },
    { "Russia’s", "russia" },
    { "didn't", "did" },
    { "didn’t", "did" },
    { "they're", "they" },
    { "o'clock", "oclock" },        /* not a clitic: the apostrophe goes */
    { "Zürich", "zürich" },
    { "", "" },
  };
  g_autoptr(GString) out = g_string_new ("left over");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      chr_text_fold_word (cases[i].word, strlen (cases[i].word), out);
      g_assert_cmpstr (out->str, ==, cases[i].folded);
    }
}

static const struct
{
  const char *word;
  const char *stem;
} stem_cases[] = {
  { "invaded", "invad" },
  { "invasion", "invad" },
  { "invade", "invad" },
  { "invades", "invad" },
  { "invading", "invad" },
  { "invasions", "invad" },
  { "annexed", "annex" },
  { "annexation", "annex" },
  { "annexes", "annex" },
  { "Annex", "annex" },
  { "meeting", "meet" },
  { "meets", "meet" },
  { "meet", "meet" },
  { "talks", "talk" },
  { "talk", "talk" },
  { "summit", "summit" },
  { "summits", "summit" },
  { "Russia’s", "russia" },
  { "Russia's", "russia" },
  { "Russian", "russia" },
  { "Ukraine", "ukrain" },
  { "Ukrainians’", "ukrain" },
  { "agreement", "agre" },
  { "agreed", "agre" },
  { "planned", "plan" },
  { "plans", "plan" },
  { "killed", "kill" },
  { "controlled", "control" },
  { "countries", "country" },
  { "election", "elect" },
  { "elected", "elect" },
  { "decision", "decid" },
  { "decided", "decid" },
  { "discussion", "discuss" },
  { "reportedly", "report" },
  { "didn’t", "did" },
  { "crisis", "crisis" },
  { "Zürich’s", "zürich" },
  { "KYIV", "kyiv" },
};

static void
test_stem (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (stem_cases); i++)
    {
      g_autofree char *stem = chr_text_stem (stem_cases[i].word, strlen (stem_cases[i].word));

      g_test_message ("%s", stem_cases[i].word);
      g_assert_cmpstr (stem, ==, stem_cases[i].stem);
    }

  /* Only the given bytes count; -1 reads up to the NUL. */
  {
    g_autofree char *part = chr_text_stem ("meetings and more", 8);
    g_autofree char *whole = chr_text_stem ("Invasions", (gsize) -1);
    g_autofree char *empty = chr_text_stem ("", 0);

    g_assert_cmpstr (part, ==, "meet");
    g_assert_cmpstr (whole, ==, "invad");
    g_assert_cmpstr (empty, ==, "");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/text/is-space", test_is_space);
  g_test_add_func ("/model/text/dash-at", test_dash_at);
  g_test_add_func ("/model/text/is-word-start", test_is_word_start);
  g_test_add_func ("/model/text/next-word", test_next_word);
  g_test_add_func ("/model/text/fold-word", test_fold_word);
  g_test_add_func ("/model/text/stem", test_stem);

  return g_test_run ();
}
