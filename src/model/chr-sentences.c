/* chr-sentences.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-sentences"

#include "config.h"

#include <string.h>

#include "chr-sentences.h"
#include "chr-text.h"

/* Words that end in a full stop without ending a sentence. */
static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
  "adm", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "no", "fig", "approx", "est",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k",
  "u.n", "e.g", "i.e", "d.c",
};

static gboolean
is_abbreviation (const char *text,
                 gsize       dot)
{
  gsize begin = dot;
  char word[16];
  gsize n;

  while (begin > 0 && (g_ascii_isalpha (text[begin - 1]) || text[begin - 1] == '.'))
    begin--;
  n = dot - begin;
  if (n == 0 || n >= sizeof word)
    return FALSE;
  /* A single capital letter is an initial ("Lt. Gen. Keith J. Kellogg"). */
  if (n == 1 && g_ascii_isupper (text[begin]))
    return TRUE;
  for (gsize i = 0; i < n; i++)
    word[i] = g_ascii_tolower (text[begin + i]);
  word[n] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (abbreviations[i][0] == word[0] && strcmp (word, abbreviations[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Does a new sentence start at p? Capitals, digits, quotes (the wire's ``
 * too) and brackets can open one. */
static gboolean
opens_sentence (const char *p,
                const char *end)
{
  if (p >= end)
    return TRUE;
  if (g_ascii_isupper (*p) || g_ascii_isdigit (*p) || *p == '"' || *p == '\'' || *p == '`' || *p == '(' ||
      *p == '[')
    return TRUE;
  /* Any non-ASCII lead byte: curly quotes, dashes, capitals of other scripts. */
  return (guchar) *p >= 0xC0;
}

static void
push (GArray     *spans,
      const char *text,
      gsize       start,
      gsize       end)
{
  while (start < end && chr_text_is_space (text[start]))
    start++;
  while (end > start && chr_text_is_space (text[end - 1]))
    end--;
  if (end > start)
    {
      ChrSpan span = { start, end };
      g_array_append_val (spans, span);
    }
}

/**
 * chr_sentences_split:
 * @text: UTF-8 text
 * @length: its length in bytes
 *
 * Splits news text into sentences: at a line break (scraped articles put one
 * paragraph on a line), and after '.', '!' or '?' (with any closing quotes or
 * brackets) followed by white space and something that can open a sentence,
 * unless the full stop belongs to an abbreviation or an initial.
 *
 * Returns: (transfer full): a #GArray of #ChrSpan, white space trimmed
 */
GArray *
chr_sentences_split (const char *text,
                     gsize       length)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (ChrSpan));
  const char *end = text + length;
  gsize start = 0;

  g_return_val_if_fail (text != NULL || length == 0, spans);

  for (gsize i = 0; i < length; i++)
    {
      char c;

      /* Most bytes can end nothing: skip them in a tight loop. */
      while (i < length && text[i] != '\n' && text[i] != '.' && text[i] != '!' && text[i] != '?')
        i++;
      if (i >= length)
        break;
      c = text[i];

      if (c == '\n')
        {
          push (spans, text, start, i);
          start = i + 1;
          continue;
        }

      if (c == '.' || c == '!' || c == '?')
        {
          gsize j = i + 1;

          /* Closing quotes and brackets belong to the sentence they close. */
          for (;;)
            {
              if (j < length && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']'))
                j++;
              else if (j + 2 < length && (guchar) text[j] == 0xE2 && (guchar) text[j + 1] == 0x80 &&
                       ((guchar) text[j + 2] == 0x9D || (guchar) text[j + 2] == 0x99))
                j += 3;
              else
                break;
            }

          if (j < length && !chr_text_is_space (text[j]))
            continue;
          if (c == '.' && is_abbreviation (text, i))
            continue;
          {
            gsize k = j;

            while (k < length && chr_text_is_space (text[k]) && text[k] != '\n')
              k++;
            if (k < length && text[k] != '\n' && !opens_sentence (text + k, end))
              continue;
          }
          push (spans, text, start, j);
          start = j;
        }
    }
  push (spans, text, start, length);
  return spans;
}

/**
 * chr_sentences_split_range:
 * @text: UTF-8 text
 * @start: where the part to split begins (an article's body)
 * @end: where it ends
 *
 * As chr_sentences_split() on the bytes [@start, @end) of @text, with the
 * spans as offsets into @text.
 *
 * Returns: (transfer full): a #GArray of #ChrSpan
 */
GArray *
chr_sentences_split_range (const char *text,
                           gsize       start,
                           gsize       end)
{
  GArray *spans;

  g_return_val_if_fail (start <= end, g_array_new (FALSE, FALSE, sizeof (ChrSpan)));

  spans = chr_sentences_split (text + start, end - start);
  for (guint i = 0; i < spans->len; i++)
    {
      ChrSpan *span = &g_array_index (spans, ChrSpan, i);

      span->start += start;
      span->end += start;
    }
  return spans;
}
