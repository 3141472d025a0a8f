/* chr-reader-comments.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chr-reader-comments.h"

/* Readers' comments that a page saved as plain text keeps after the
 * article. They are not what the article reports, and their timestamps
 * ("Posted by: name | June 16, 2010 5:17 PM | Report abuse") would be read
 * as events of the day. A comment is known by the furniture of comment
 * sections, spelt as sites spell it (prose that asks people to "report
 * abuse" is not furniture). */

/* Marks that a comment section has begun, wherever they are on a line. */
static const char * const inline_marks[] = {
  "| Report abuse",
  "-- Report as abuse",
  "| Reply",
  "Report abuse |",
  "Reply | Report",
  "The comments to this entry are closed",
  "This discussion is now closed",
  "Comments are closed",
  "comments are closed for this article",
};

/* Lines that open a comment section when they are the whole line. */
static const char * const heading_lines[] = {
  "Comments", "Reader comments", "Readers' comments", "Post a comment", "Leave a comment", "Add a comment",
  "Add your comment", "Report abuse", "Most recommended comments", "Showing comments",
};

static gboolean
has_mark (const char *line,
          gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (inline_marks); i++)
    if (g_strstr_len (line, (gssize) length, inline_marks[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* "Posted by: name |": a comment's signature. */
static gboolean
has_signature (const char *line,
               gsize       length)
{
  const char *at = g_strstr_len (line, (gssize) length, "Posted by: ");
  gsize rest;

  if (at == NULL)
    return FALSE;
  at += strlen ("Posted by: ");
  rest = length - (gsize) (at - line);
  return memchr (at, '|', MIN (rest, 80)) != NULL;
}

static gboolean
is_heading (const char *line,
            gsize       length)
{
  while (length > 0 && g_ascii_isspace (*line))
    line++, length--;
  while (length > 0 && (g_ascii_isspace (line[length - 1]) || line[length - 1] == ':'))
    length--;
  for (guint i = 0; i < G_N_ELEMENTS (heading_lines); i++)
    if (strlen (heading_lines[i]) == length && g_ascii_strncasecmp (line, heading_lines[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* "January 31, 2011 at 6:20 pm |": a line that opens with a comment's
 * timestamp, its author's name gone with the page's markup. One such line
 * could be a table of the article's; a comment section has many. */
#define MIN_STAMP_LINES 2

static gboolean
opens_with_stamp (const char *line,
                  gsize       length)
{
  static gsize stamp = 0;

  if (g_once_init_enter (&stamp))
    {
      GRegex *regex = g_regex_new ("^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? "
                                   "\\d{1,2}, \\d{4},?(?: at)? \\d{1,2}:\\d{2} ?[ap]\\.?m\\.? *\\|",
                                   G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);

      g_once_init_leave (&stamp, (gsize) regex);
    }
  return g_regex_match_full ((GRegex *) stamp, line, (gssize) length, 0, 0, NULL, NULL);
}

/**
 * chr_reader_comments_find:
 * @text: an article's text
 * @start: where its body starts
 * @end: where it ends
 *
 * Where readers' comments begin in text[@start, @end): the start of the
 * first line that shows a comment section's furniture, or of the first of
 * several lines that open with a comment's timestamp.
 * What comes before it is the article; a text that opens with such a line
 * is taken whole, for no article would be left.
 *
 * Returns: the offset of that line, or @end when there are no comments
 */
gsize
chr_reader_comments_find (const char *text,
                          gsize       start,
                          gsize       end)
{
  gsize pos = start, first_stamp = end;
  guint n_stamps = 0;

  g_return_val_if_fail (text != NULL && start <= end, end);

  while (pos < end)
    {
      const char *nl = memchr (text + pos, '\n', end - pos);
      gsize line_end = nl ? (gsize) (nl - text) : end;
      gsize n = line_end - pos;

      if (has_mark (text + pos, n) || has_signature (text + pos, n) || is_heading (text + pos, n))
        break;
      if (opens_with_stamp (text + pos, n) && n_stamps++ == 0)
        first_stamp = pos;
      pos = nl ? line_end + 1 : end;
    }
  if (n_stamps >= MIN_STAMP_LINES)
    pos = first_stamp;
  return pos > start && pos < end ? pos : end;
}
