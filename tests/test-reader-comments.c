/* test-reader-comments.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chr-importer.h"
#include "chr-reader-comments.h"

/* An article saved as text, and the first words of the comments after it
 * (NULL: it has none). */
static const struct
{
  const char *name;
  const char *text;
  const char *comments;
} cases[] = {
  { "none",
    "The council met on 3 May 2011.\nIt voted to close the bridge.\n",
    NULL },
  { "signature",
    "The council met on 3 May 2011.\nA vote follows next week.\n"
    "Close it now! Posted by: riverfan | May 4, 2011 9:12 AM | Report abuse I disagree.\n",
    "Close it now!" },
  { "timestamp-only",
    "Talks resumed on Tuesday.\nBoth sides sounded hopeful.\n"
    "Not again. May 5, 2011 at 10:02 am | Report abuse | Reply\n",
    "Not again." },
  { "heading",
    "Talks resumed on Tuesday.\n\nComments:\n\nGreat news, finally.\n",
    "Comments:" },
  { "closed",
    "Talks resumed on Tuesday.\nThe comments to this entry are closed.\n",
    "The comments to this entry are closed." },
  { "prose-about-abuse",
    "Police urged victims to report abuse on 3 May 2011.\nA helpline opens on Monday.\n",
    NULL },
  { "report-as-abuse",
    "Talks resumed on Tuesday.\nBoth sides sounded hopeful.\nThey never learn.\n"
    "March 2, 2012 4:15 pm EST -- Report as abuse\nThis discussion is now closed.\n",
    "March 2, 2012 4:15 pm EST -- Report as abuse" },
  { "discussion-closed",
    "Talks resumed on Tuesday.\nThis discussion is now closed.\nWe welcome comments for a limited period.\n",
    "This discussion is now closed." },
  { "stamps-opening-lines",
    "Talks resumed on Tuesday.\nBoth sides sounded hopeful.\n"
    "March 2, 2012 at 4:15 pm | Let them talk, it costs nothing.\nNobody believes it.\n"
    "March 2, 2012 at 4:31 pm | Too little, too late.\n",
    "March 2, 2012 at 4:15 pm |" },
  { "one-stamp-line",
    "Results, by hour:\nMarch 2, 2012 at 4:15 pm | polls closed\nThe count began at once.\n",
    NULL },
  { "posted-by-in-prose",
    "The note was posted by: a spokesman on Monday, who said nothing more.\n",
    NULL },
};

static void
test_find (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  const char *text = cases[i].text;
  gsize at = chr_reader_comments_find (text, 0, strlen (text));

  if (cases[i].comments == NULL)
    g_assert_cmpuint (at, ==, strlen (text));
  else
    g_assert_true (g_str_has_prefix (text + at, cases[i].comments));
}

/* An imported article ends where the comments begin: their text stays,
 * and their timestamps are no events. */
static void
test_article_body (void)
{
  const char *text = "Bridge closes\n\nThe council closed the bridge on 3 May 2011.\n\n"
                     "About time. Posted by: riverfan | May 4, 2011 9:12 AM | Report abuse\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticle) article = chr_importer_parse_decoded ("bridge.txt", "0", g_strdup (text), strlen (text),
                                                              NULL, &error);
  g_autofree char *body = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (article->text, ==, text);
  body = g_strndup (article->text, article->body_end);
  g_assert_true (g_str_has_suffix (body, "on 3 May 2011."));
  for (guint i = 0; i < article->mentions->len; i++)
    g_assert_cmpuint (g_array_index (article->mentions, ChrTimex, i).end, <=, article->body_end);
  g_assert_cmpuint (article->mentions->len, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/reader-comments/find/%s", cases[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_find);
    }
  g_test_add_func ("/model/reader-comments/article-body", test_article_body);
  return g_test_run ();
}
