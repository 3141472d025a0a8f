/* chr-timex-tense.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-tense"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* The tense of the verbs around a mention: past and future markers
 * ("said", "will", "plans to") found once per sentence, and the one nearest
 * to a mention, preferring its own clause. */

/* Multi-word tense markers, matched on consecutive words before single words.
 * before is the tense of a mention ahead of the marker: a plan reported in
 * the past ("On Friday, they planned to leave") was made in the past. */
static const struct
{
  const char *words[3];
  Tense       tense;
  Tense       before;
} tense_phrases[] = {
  { { "is", "set", "to" }, TENSE_FUTURE, TENSE_FUTURE },
  { { "are", "set", "to" }, TENSE_FUTURE, TENSE_FUTURE },
  { { "set", "for", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "set", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "plans", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "plan", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "planned", "to", NULL }, TENSE_FUTURE, TENSE_PAST },
  { { "planning", "to", NULL }, TENSE_FUTURE, TENSE_PAST },
  { { "scheduled", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "is", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "are", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "going", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "expected", "to", NULL }, TENSE_FUTURE, TENSE_FUTURE },
  { { "as", "soon", "as" }, TENSE_FUTURE, TENSE_FUTURE },
  { { "as", "early", "as" }, TENSE_FUTURE, TENSE_FUTURE },
};

/* The first letters of the tense phrases, as a bit per letter. */
static guint32
tense_initials (void)
{
  static gsize initials;

  if (g_once_init_enter (&initials))
    {
      gsize mask = 0;

      for (guint p = 0; p < G_N_ELEMENTS (tense_phrases); p++)
        {
          guchar c = (guchar) tense_phrases[p].words[0][0];

          g_assert (c >= 'a' && c <= 'z');
          mask |= (gsize) 1 << (c - 'a');
        }
      g_once_init_leave (&initials, mask);
    }
  return (guint32) initials;
}

static guint
match_tense_phrase (const Token *t,
                    guint        n,
                    guint        i,
                    Tense       *tense,
                    Tense       *before)
{
  guchar first = (guchar) t[i].lower[0];

  /* Most words open no phrase: their first letter says so. */
  if (first < 'a' || first > 'z' || !(tense_initials () & (1u << (first - 'a'))))
    return 0;
  for (guint p = 0; p < G_N_ELEMENTS (tense_phrases); p++)
    {
      guint k = match_words (t, n, i, tense_phrases[p].words);

      if (k > 0)
        {
          *tense = tense_phrases[p].tense;
          *before = tense_phrases[p].before;
          return k;
        }
    }
  return 0;
}

/* Regular past forms: "annexed", "invaded". A participle after "be" is
 * passive, and its tense is the auxiliary's ("will be detailed"). */
gboolean
_chr_timex_is_regular_past (const char  *text,
                            const Token *t,
                            guint        i)
{
  const Token *tok = &t[i];
  gsize n = tok->end - tok->start;

  if (n < 5 || (tok->flags & TOK_CAPITALIZED))
    return FALSE;
  if (g_ascii_tolower (text[tok->end - 2]) != 'e' || g_ascii_tolower (text[tok->end - 1]) != 'd')
    return FALSE;
  if (tok->lex != NULL && (tok->lex->flags & LEX_NOT_PAST))
    return FALSE;
  if (i > 0 && t[i - 1].kind == TOKEN_WORD && t[i - 1].lex != NULL &&
      (t[i - 1].lex->flags & LEX_PASSIVE))
    return FALSE;
  return TRUE;
}

void
_chr_timex_find_tense_markers (const char *text,
                               GArray     *tokens,
                               GArray     *markers)
{
  const Token *t = (const Token *) (gconstpointer) tokens->data;
  guint n = tokens->len;

  g_array_set_size (markers, 0);
  for (guint i = 0; i < n; i++)
    {
      Marker m = { i, i, TENSE_UNKNOWN, TENSE_UNKNOWN };
      guint len;

      if (t[i].kind != TOKEN_WORD)
        continue;
      if ((len = match_tense_phrase (t, n, i, &m.tense, &m.before)) > 0)
        m.last = i + len - 1;
      /* "next to the embassy" is a place, not a time to come. */
      else if (t[i].lex != NULL && t[i].lex->word_class == W_REL && strcmp (t[i].lower, "next") == 0 &&
               i + 1 < n && t[i + 1].kind == TOKEN_WORD && strcmp (t[i + 1].lower, "to") == 0)
        continue;
      else if (t[i].lex != NULL && (t[i].lex->flags & (LEX_PAST | LEX_FUTURE)) &&
               (!(t[i].lex->flags & LEX_AFTER_APOSTROPHE) || (t[i].flags & TOK_AFTER_APOSTROPHE)))
        {
          m.tense = (t[i].lex->flags & LEX_PAST) ? TENSE_PAST : TENSE_FUTURE;
          m.before = (t[i].lex->flags & LEX_PROSPECTIVE) ? TENSE_PAST : m.tense;
        }
      else if (_chr_timex_is_regular_past (text, t, i))
        m.tense = m.before = TENSE_PAST;
      else
        continue;
      g_array_append_val (markers, m);
      i = m.last;
    }
}

/* The tense of the marker nearest to tokens [first, last], preferring markers
 * in the same clause. *cursor walks forward as mentions do, which keeps the
 * cost linear in the sentence. */
Tense
_chr_timex_tense_near (const Token  *t,
                       GArray       *markers,
                       guint        *cursor,
                       guint         first,
                       guint         last)
{
  const Marker *m = (const Marker *) (gconstpointer) markers->data;
  guint n = markers->len;
  guint r;
  const Marker *left = NULL, *right = NULL;
  gboolean left_in, right_in;
  guint left_dist = 0, right_dist = 0;

  while (*cursor < n && m[*cursor].last < first)
    (*cursor)++;
  if (*cursor > 0)
    left = &m[*cursor - 1];
  for (r = *cursor; r < n && m[r].first <= last; r++)
    ;
  if (r < n)
    right = &m[r];

  if (left == NULL && right == NULL)
    return TENSE_UNKNOWN;
  if (left != NULL)
    left_dist = first - left->last;
  if (right != NULL)
    right_dist = right->first - last;
  left_in = left != NULL && t[left->last].clause == t[first].clause;
  right_in = right != NULL && t[right->first].clause == t[last].clause;

  if (left_in != right_in)
    return left_in ? left->tense : right->before;
  if (left == NULL)
    return right->before;
  if (right == NULL)
    return left->tense;
  return left_dist <= right_dist ? left->tense : right->before;
}
