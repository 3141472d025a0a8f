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
  "| Reply",
  "Report abuse |",
  "Reply | Report",
  "The comments to this entry are closed",
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

/**
 * chr_reader_comments_find:
 * @text: an article's text
 * @start: where its body starts
 * @end: where it ends
 *
 * Where readers' comments begin in text[@start, @end): the start of the
 * first line after the first that shows a comment section's furniture.
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
  gsize pos = start;

  g_return_val_if_fail (text != NULL && start <= end, end);

  while (pos < end)
    {
      const char *nl = memchr (text + pos, '\n', end - pos);
      gsize line_end = nl ? (gsize) (nl - text) : end;
      gsize n = line_end - pos;

      if (has_mark (text + pos, n) || has_signature (text + pos, n) || is_heading (text + pos, n))
        return pos > start ? pos : end;
      pos = nl ? line_end + 1 : end;
    }
  return end;
}
