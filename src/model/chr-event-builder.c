/* chr-event-builder.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-builder"

#include "config.h"

#include <string.h>

#include "chr-event-builder.h"

#define MAX_LABEL_WORDS 12

/* Words that introduce a date ("in 2014") and go with it when it is removed. */
static const char * const date_prepositions[] = {
  "in", "on", "since", "by", "until", "till", "from", "before", "after", "during", "of", "at",
  "for", "through", "throughout", "around", "as", "early", "late", "mid", "pre", "post",
};

/* Words that only join a clause to the one before it. */
static const char * const clause_openers[] = {
  "when", "and", "but", "while", "which", "who", "where", "then", "as", "so", "that",
};

static gboolean
word_in (const char         *word,
         gsize               n,
         const char * const *list,
         guint               n_list)
{
  for (guint i = 0; i < n_list; i++)
    if (strlen (list[i]) == n && g_ascii_strncasecmp (word, list[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* Length of a clause separator starting at p, or 0. */
static gsize
separator_at (const char *p,
              const char *end)
{
  if (p < end && (*p == ',' || *p == ';' || *p == ':'))
    {
      const char *q = p + 1;

      /* A closing quote may sit between the comma and the space: ",” he said". */
      if (q < end && (*q == '"' || *q == '\''))
        q++;
      else if (q + 2 < end && (guchar) q[0] == 0xE2 && (guchar) q[1] == 0x80 &&
               ((guchar) q[2] == 0x9D || (guchar) q[2] == 0x99))
        q += 3;
      if (q == end || *q == ' ')
        return (gsize) (q - p);
    }
  /* " — " and " – " */
  if (p + 4 < end && p[0] == ' ' && (guchar) p[1] == 0xE2 && (guchar) p[2] == 0x80 &&
      ((guchar) p[3] == 0x94 || (guchar) p[3] == 0x93) && p[4] == ' ')
    return 5;
  return 0;
}

static gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || c == '\'' || c == '-' || (guchar) c >= 0x80;
}

/* Appends the words of text[from, to) to words. */
static void
collect_words (const char *text,
               gsize       from,
               gsize       to,
               GPtrArray  *words)
{
  gsize i = from;

  while (i < to)
    {
      gsize start;

      while (i < to && (text[i] == ' ' || text[i] == '\t'))
        i++;
      start = i;
      while (i < to && text[i] != ' ' && text[i] != '\t')
        i++;
      if (i > start)
        g_ptr_array_add (words, g_strndup (text + start, i - start));
    }
}

/* Trims punctuation that would dangle once the date is gone: quotes, commas, dashes. */
static char *
trim_word (const char *word)
{
  const char *b = word;
  const char *e = word + strlen (word);

  while (b < e && !is_word_byte (*b) && *b != '$' && *b != '(' )
    b++;
  while (e > b && (e[-1] == ',' || e[-1] == ';' || e[-1] == ':' || e[-1] == '.' || e[-1] == '"' ||
                   e[-1] == '(' || e[-1] == '\''))
    e--;
  /* Curly closing quotes. */
  while (e - b >= 3 && (guchar) e[-3] == 0xE2 && (guchar) e[-2] == 0x80 &&
         ((guchar) e[-1] == 0x9D || (guchar) e[-1] == 0x99))
    e -= 3;
  /* Curly opening quotes. */
  while (e - b >= 3 && (guchar) b[0] == 0xE2 && (guchar) b[1] == 0x80 &&
         ((guchar) b[2] == 0x9C || (guchar) b[2] == 0x98))
    b += 3;
  return g_strndup (b, (gsize) (e - b));
}

static char *
join_label (GPtrArray *words)
{
  GString *label = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < words->len; i++)
    {
      g_autofree char *word = trim_word (g_ptr_array_index (words, i));

      if (*word == '\0')
        continue;
      if (n == MAX_LABEL_WORDS)
        {
          g_string_append (label, "…");
          break;
        }
      if (n > 0)
        g_string_append_c (label, ' ');
      g_string_append (label, word);
      n++;
    }

  if (label->len > 0 && g_ascii_islower (label->str[0]))
    label->str[0] = g_ascii_toupper (label->str[0]);
  return g_string_free (label, FALSE);
}

static gsize
count_words (const char *text,
             gsize       from,
             gsize       to)
{
  gsize n = 0;
  gboolean in_word = FALSE;

  for (gsize i = from; i < to; i++)
    {
      gboolean w = g_ascii_isalpha (text[i]) || (guchar) text[i] >= 0x80;

      if (w && !in_word)
        n++;
      in_word = w || (in_word && text[i] != ' ');
    }
  return n;
}

/* The words of text[from, to) without the date phrase, the prepositions that
 * introduce it ("in", "since", "pre-") and a conjunction opening the clause. */
static void
collect_label_words (const char    *text,
                     gsize          from,
                     const ChrSpan *mention,
                     gsize          to,
                     GPtrArray     *words)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);

  collect_words (text, from, mention->start, before);
  while (before->len > 0)
    {
      const char *last = g_ptr_array_index (before, before->len - 1);
      gsize n = strlen (last);

      if (n > 0 && last[n - 1] == '-')
        n--;
      if (!word_in (last, n, date_prepositions, G_N_ELEMENTS (date_prepositions)))
        break;
      g_ptr_array_remove_index (before, before->len - 1);
    }
  while (before->len > 1 &&
         word_in (g_ptr_array_index (before, 0), strlen (g_ptr_array_index (before, 0)), clause_openers,
                  G_N_ELEMENTS (clause_openers)))
    g_ptr_array_remove_index (before, 0);

  for (guint i = 0; i < before->len; i++)
    g_ptr_array_add (words, g_strdup (g_ptr_array_index (before, i)));
  collect_words (text, mention->end, to, words);
}

/**
 * chr_event_builder_label:
 * @text: the article's text
 * @sentence: the sentence holding the date
 * @mention: the date phrase
 *
 * Makes a short label for what happened at the date: the clause around the
 * date phrase, without the phrase and the preposition that introduces it,
 * without a leading conjunction, and at most a dozen words long.
 *
 * Returns: (transfer full): the label
 */
char *
chr_event_builder_label (const char    *text,
                         const ChrSpan *sentence,
                         const ChrSpan *mention)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  const char *end = text + sentence->end;
  gsize clause_start = sentence->start;
  gsize clause_end = sentence->end;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (mention->start >= sentence->start && mention->end <= sentence->end, NULL);

  for (gsize i = mention->start; i > sentence->start; i--)
    {
      gsize n = separator_at (text + i - 1, end);

      if (n > 0 && i - 1 + n <= mention->start)
        {
          clause_start = i - 1 + n;
          break;
        }
    }
  for (gsize i = mention->end; i < sentence->end; i++)
    if (separator_at (text + i, end) > 0)
      {
        clause_end = i;
        break;
      }

  /* A date that opens its clause ("On February 12, the minister said …")
   * labels the clause that follows it. */
  if (count_words (text, clause_start, mention->start) <= 1 &&
      count_words (text, mention->end, clause_end) < 3 && clause_end < sentence->end)
    {
      gsize next = clause_end + separator_at (text + clause_end, end);

      clause_end = sentence->end;
      for (gsize i = next; i < sentence->end; i++)
        if (separator_at (text + i, end) > 0)
          {
            clause_end = i;
            break;
          }
    }

  collect_label_words (text, clause_start, mention, clause_end, words);
  if (words->len < 2 && (clause_start > sentence->start || clause_end < sentence->end))
    {
      /* Too little left of the clause: label with the whole sentence instead. */
      g_ptr_array_set_size (words, 0);
      collect_label_words (text, sentence->start, mention, sentence->end, words);
    }

  return join_label (words);
}

/**
 * chr_event_builder_build:
 * @text: the article's text
 * @sentences: its sentences (#ChrSpan)
 * @mentions: the dates found in it (#ChrTimex), sorted by offset
 *
 * Makes one candidate event for each distinct, resolved date or time in each
 * sentence. Durations, sets and reference words ("now") mark no point on a
 * timeline and make no event.
 *
 * Returns: (transfer full): a #GPtrArray of #ChrEventDraft
 */
GPtrArray *
chr_event_builder_build (const char *text,
                         GArray     *sentences,
                         GArray     *mentions)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_event_draft_free);
  guint sentence = 0;

  g_return_val_if_fail (text != NULL, drafts);

  for (guint i = 0; mentions && sentences && i < mentions->len; i++)
    {
      const ChrTimex *timex = &g_array_index (mentions, ChrTimex, i);
      const ChrSpan *span;
      ChrSpan mention_span = { timex->start, timex->end };
      gboolean repeated = FALSE;
      ChrEventDraft *draft;

      /* Only a date the calendar can place makes a point on the timeline:
       * not "now" (PRESENT_REF), nor one still waiting for its anchor. */
      if ((timex->type != CHR_TIMEX_DATE && timex->type != CHR_TIMEX_TIME) || !timex->resolved ||
          !g_ascii_isdigit (timex->value[0]) || timex->interval.end <= timex->interval.begin)
        continue;

      while (sentence + 1 < sentences->len && g_array_index (sentences, ChrSpan, sentence).end <= timex->start)
        sentence++;
      if (sentence >= sentences->len)
        break;
      span = &g_array_index (sentences, ChrSpan, sentence);
      if (timex->start < span->start || timex->end > span->end)
        continue;

      for (guint j = 0; j < drafts->len; j++)
        {
          const ChrEventDraft *other = g_ptr_array_index (drafts, j);
          const ChrTimex *other_timex = &g_array_index (mentions, ChrTimex, other->mention);

          if (other->sentence == sentence && strcmp (other_timex->value, timex->value) == 0)
            repeated = TRUE;
        }
      if (repeated)
        continue;

      draft = g_new0 (ChrEventDraft, 1);
      draft->mention = i;
      draft->sentence = sentence;
      draft->title = chr_event_builder_label (text, span, &mention_span);
      g_ptr_array_add (drafts, draft);
    }

  return drafts;
}
