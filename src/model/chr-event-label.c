/* chr-event-label.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-label"

#include "config.h"

#include <string.h>

#include "chr-event-label.h"
#include "chr-label-private.h"
#include "chr-text.h"

/* A cut at a boundary keeps at least this many words; below that a cut
 * mid-phrase (with an ellipsis) says more. */
#define MIN_CUT_WORDS 4

/* How far back from the date a preposition may introduce the thing it dates. */
#define NP_REACH 11

typedef struct
{
  guint    idx[MAX_WORDS];
  guint    n;
  int      speaker;          /* the last word of the speaker's name, or -1 */
  guint    speaker_from;     /* its first word */
  gboolean speaker_colon;    /* "Zelensky: We …" rather than "Hegseth said …" */
  gboolean ellipsis;
  guint    lowered;          /* 1 + the index of a word written in lower case, or 0 */
} Label;

static guint
content_words (const Parse *p,
               guint        seg)
{
  guint n = 0;

  for (guint i = p->segs[seg].start; i < p->segs[seg].end; i++)
    if (!(p->words[i].flags & WORD_DROP))
      n++;
  return n;
}

/* "The board Friday refused …", "said Friday it would …": a day named
 * without a preposition dates the clause it stands in, whichever of the
 * sentence's dates the label is for. */
static gboolean
is_bare_day (const Parse *p,
             guint        i)
{
  guint prev = i - 1;

  if (i == 0 || !WORD_IN (p, i, day_names) || (p->words[prev].flags & WORD_SEP) ||
      WORD_IN (p, prev, date_leads) || WORD_IN (p, prev, prepositions) || WORD_IN (p, prev, articles) ||
      WORD_IN (p, prev, determiners) || WORD_IN (p, prev, possessives) || word_is (p, prev, "last") ||
      word_is (p, prev, "next") || word_is (p, prev, "this") || word_is (p, prev, "every") ||
      word_is (p, prev, "each") || word_is (p, prev, "and") || word_is (p, prev, "or"))
    return FALSE;
  return (p->words[i].flags & WORD_SEP) || i + 1 == p->n_words || word_is_lower (p, i + 1);
}

static gboolean
is_dating (const Parse *p,
           guint        i)
{
  return in_date (p, i) || is_bare_day (p, i);
}

/* "And", "Also", "Just", "Finally": a connective or adverb opening a sentence. */
static gboolean
is_connective (const Parse *p,
               guint        i)
{
  return WORD_IN (p, i, connectives) || (word_ends_with (p, i, "ly") && word_len (p, i) > 4);
}

/* Where the words of segment seg start after its opening connectives. */
static guint
skip_connectives (const Parse *p,
                  guint        seg)
{
  guint i = p->segs[seg].start;

  while (i < p->segs[seg].end && !in_date (p, i) && is_connective (p, i))
    i++;
  return i;
}

/* "On Sunday night", "Earlier in December", "And just last month": nothing but the date. */
static gboolean
is_date_only (const Parse *p,
              guint        seg)
{
  for (guint i = skip_connectives (p, seg); i < p->segs[seg].end; i++)
    if (!in_date (p, i) && !WORD_IN (p, i, date_leads) && !WORD_IN (p, i, time_words) &&
        !word_is (p, i, "same") && !word_is (p, i, "then"))
      return FALSE;
  return TRUE;
}

/* "… 11 January: Mission member calls …": a date heading the entry after it. */
static gboolean
is_list_heading (const Parse *p,
                 guint        seg)
{
  guint last = p->segs[seg].end - 1;

  return seg + 1 < p->n_segs && (p->words[last].flags & WORD_COLON) && in_date (p, last);
}

static gboolean
is_according (const Parse *p,
              guint        seg)
{
  const Range *s = &p->segs[seg];

  return s->end - s->start >= 2 && word_is (p, s->start, "according") && word_is (p, s->start + 1, "to");
}

/* "after arriving in Washington" */
static gboolean
is_gerund_adverbial (const Parse *p,
                     guint        seg)
{
  const Range *s = &p->segs[seg];

  return s->end - s->start >= 2 && WORD_IN (p, s->start, prepositions) &&
         word_ends_with (p, s->start + 1, "ing");
}

/* "set for Monday after …", "as revealed in a draft last month": a clause
 * with no subject of its own, about the clause before it. */
static gboolean
is_reduced_clause (const Parse *p,
                   guint        seg)
{
  const Range *s = &p->segs[seg];
  guint i = s->start;

  if (word_is (p, i, "as") && i + 1 < s->end)
    i++;
  return word_is_lower (p, i) && !in_date (p, i) &&
         (WORD_IN (p, i, participles) || word_ends_with (p, i, "ed"));
}

/* A clause that can stand for what happened: not an introduction ("For peace
 * to prevail", "According to him", "However"). */
static gboolean
is_main_clause (const Parse *p,
                guint        seg)
{
  guint i = p->segs[seg].start;

  return content_words (p, seg) >= 3 && !WORD_IN (p, i, prepositions) &&
         !WORD_IN (p, i, discourse_words) && !WORD_IN (p, i, subordinators) &&
         !word_is (p, i, "if") && !word_is (p, i, "not");
}

/* "Unveiled last April, the chip …", "However, cited by the police in May,
 * the driver was …": a participle clause opening the sentence says when,
 * the main clause after it what. */
static gboolean
is_fronted_participle (const Parse *p,
                       guint        seg)
{
  const Range *s = &p->segs[seg];
  guint i = s->start;

  /* A name is followed by its verb ("Ahmed said on Monday"), a participle by
   * its preposition or the date. */
  if (seg + 1 >= p->n_segs || s->end - i < 2 || in_date (p, i) || !is_main_clause (p, seg + 1) ||
      !(WORD_IN (p, i, participles) || word_ends_with (p, i, "ed")) ||
      !(in_date (p, i + 1) || WORD_IN (p, i + 1, prepositions) || WORD_IN (p, i + 1, date_leads)))
    return FALSE;
  for (guint k = 0; k < seg; k++)
    if (skip_connectives (p, k) < p->segs[k].end)
      return FALSE;
  return TRUE;
}

/* "In a statement on Monday, …": a short opening phrase that frames the
 * clause after it, unlike "Since the election in May, …", which names an event. */
static gboolean
is_framing_phrase (const Parse *p,
                   guint        seg)
{
  guint n = 0;

  if (seg + 1 >= p->n_segs || !is_main_clause (p, seg + 1) ||
      !WORD_IN (p, p->segs[seg].start, prepositions) ||
      WORD_IN (p, p->segs[seg].start, event_prepositions))
    return FALSE;
  for (guint i = p->segs[seg].start; i < p->segs[seg].end; i++)
    if (!in_date (p, i))
      n++;
  return n <= 4;
}

static gboolean
can_open_clause (const Parse *p,
                 guint        i)
{
  return !WORD_IN (p, i, prepositions) && !WORD_IN (p, i, date_leads) &&
         !word_ends_with (p, i, "ly") && !word_is (p, i, "that") && !in_date (p, i);
}

/* Y after a reporting verb r: "X said: “Y”", "told AFP that Y", "said Y". */
static gboolean
find_reported_after (const Parse *p,
                     Range        seg_range,
                     guint        seg,
                     guint        r,
                     Range       *y)
{
  guint j = r;

  while (j + 1 < seg_range.end && is_dating (p, j + 1) && !(p->words[j].flags & WORD_SEP))
    j++;
  if ((p->words[j].flags & WORD_COLON) && seg + 1 < p->n_segs)
    {
      *y = p->segs[seg + 1];
      return TRUE;
    }
  /* "announced in a statement on Friday that Y"; a pronoun starts Y itself
   * ("said he believed that …"). */
  for (guint k = r + 1; k < seg_range.end && k <= j + 8; k++)
    {
      if (word_is (p, k, "that") && k + 2 < seg_range.end)
        {
          *y = (Range) { k + 1, seg_range.end };
          return TRUE;
        }
      if ((p->words[k].flags & WORD_SEP) || WORD_IN (p, k, subject_pronouns))
        break;
    }
  j++;
  /* "stated their wish": an object, not a clause, unless the verb is "say". */
  if (WORD_IN (p, r, say_verbs) && j + 3 <= seg_range.end && !(p->words[j - 1].flags & WORD_SEP) &&
      can_open_clause (p, j) &&
      (!WORD_IN (p, j, possessives) || word_is (p, r, "said") || word_is (p, r, "says")))
    {
      *y = (Range) { j, seg_range.end };
      return TRUE;
    }
  return FALSE;
}

/* The words in lower case after verb i of r up to a preposition, dates
 * aside: its clause ("told reporters she would stay"), not whom it was
 * told to ("told Fox News") or where ("during talks in Berlin"). */
static guint
words_after (const Parse *p,
             Range        r,
             guint        i)
{
  guint n = 0;

  for (guint k = i + 1; k < r.end && !WORD_IN (p, k, prepositions); k++)
    if (!is_dating (p, k) && !(p->words[k].flags & WORD_DROP) && word_is_lower (p, k))
      n++;
  return n;
}

/* Reporting frames: "X said (on Monday) that Y", "X said: “Y”", "Y, X said on
 * Monday", "Y, said X". Sets *y to Y and *speaker to X's name when X is one.
 * A frame after the date reports something else: "Sanctions allow imports
 * until May under contracts signed before June 2, but traders said …". */
static gboolean
find_reported (const Parse *p,
               Range        seg_range,
               guint        seg,
               Range       *y,
               int         *speaker)
{
  guint r = G_MAXUINT;
  guint k;

  *speaker = -1;
  for (guint i = seg_range.start; i < seg_range.end; i++)
    {
      if (i > p->dx1 && p->dx1 > seg_range.start && p->dx0 >= seg_range.start)
        break;
      if ((p->words[i].flags & WORD_DROP) || in_date (p, i) || !WORD_IN (p, i, reporting_verbs))
        continue;
      /* A first word is a verb only after a clause ("…, said Witkoff"); else
       * it is a noun ("Reports earlier this year indicated …"). */
      if (i == seg_range.start && seg == 0)
        continue;
      if (!word_is_lower (p, i))
        continue;
      r = i;
      break;
    }
  if (r == G_MAXUINT)
    return FALSE;

  if (r > seg_range.start)
    {
      /* The name just before the verb, past any date or aside: "Sikorski
       * said on Sunday", "Sikorski, the foreign minister, said". */
      k = r - 1;
      while (k > seg_range.start && (is_dating (p, k) || (p->words[k].flags & WORD_DROP)))
        k--;
      if (find_reported_after (p, seg_range, seg, r, y))
        {
          if ((p->words[k].flags & WORD_CAPITAL) && !in_date (p, k) &&
              !WORD_IN (p, k, subject_pronouns))
            *speaker = (int) k;
          return TRUE;
        }
    }
  else
    {
      /* The name after it: "said Oleksandr Syrskyi on Thursday". */
      k = seg_range.end - 1;
      while (k > r + 1 && in_date (p, k))
        k--;
    }

  /* Y before it: the first clause of the sentence that can stand alone;
   * not when the verb has a clause of its own ("X told reporters she
   * would stay"). */
  if (seg > 0 && r - seg_range.start <= 6 && words_after (p, seg_range, r) <= 1)
    for (guint c = 0; c < seg; c++)
      if (is_main_clause (p, c))
        {
          *y = p->segs[c];
          if ((p->words[k].flags & WORD_CAPITAL) && !in_date (p, k) &&
              !WORD_IN (p, k, subject_pronouns))
            *speaker = (int) k;
          return TRUE;
        }
  return FALSE;
}

/* Whether word i has a full stop inside ("U.S.") or ends in one ("Corp."). */
static gboolean
has_stop (const Parse *p,
          guint        i,
          gboolean     at_end)
{
  gsize len = word_len (p, i);
  const char *w = p->text + p->words[i].start;

  return at_end ? w[len - 1] == '.' : len > 1 && memchr (w, '.', len - 1) != NULL;
}

/* Where the name ending at word k starts. A person goes by the surname
 * ("Foreign Minister Radoslaw Sikorski" → "Sikorski"), a body by its whole
 * name: "the Council of Coastal Towns", "the High Court", "Acme Trust
 * Corp.". */
static guint
speaker_start (const Parse *p,
               guint        k)
{
  guint i = k;
  gboolean body = has_stop (p, k, TRUE);

  while (i > 0 && !(p->words[i - 1].flags & WORD_SEP) && !WORD_IN (p, i - 1, articles) &&
         !in_date (p, i - 1) &&
         ((p->words[i - 1].flags & WORD_CAPITAL) ||
          (word_is (p, i - 1, "of") && i >= 2 && (p->words[i - 2].flags & WORD_CAPITAL))))
    {
      if (WORD_IN (p, i - 1, titles))
        return k;
      i--;
    }
  if (i == k || k - i >= 6)
    return k;
  if (i > 0 && word_is (p, i - 1, "the"))
    body = TRUE;
  for (guint j = i; j <= k; j++)
    if (word_is (p, j, "of") || has_stop (p, j, FALSE))
      body = TRUE;
  return body ? i : k;
}

/* "until Nov. 15", "after 2009": a preposition with a date of its own. */
static gboolean
is_another_date (const Parse *p,
                 guint        i)
{
  return g_ascii_isdigit (p->text[p->words[i].start]) ||
         (i + 1 < p->n_words && (p->words[i].flags & WORD_CAPITAL) &&
          g_ascii_isdigit (p->text[p->words[i + 1].start]));
}

static void
add_range (const Parse *p,
           Label       *l,
           guint        from,
           guint        to)
{
  for (guint i = from; i < to && l->n < MAX_WORDS; i++)
    if (!(p->words[i].flags & WORD_DROP) && !is_dating (p, i))
      l->idx[l->n++] = i;
}

static gboolean
range_has_date (const Parse *p,
                Range        r)
{
  return p->dx0 >= r.start && p->dx0 < r.end;
}

/* The noun phrase that ends just before word end: "the centre of [mass
 * protests] that began …". */
static guint
noun_phrase_start (const Parse *p,
                   Range        r,
                   guint        end)
{
  guint i = end;

  while (i > r.start && end - i < 5 && !WORD_IN (p, i - 1, prepositions) &&
         !WORD_IN (p, i - 1, not_heads) && !(p->words[i - 1].flags & WORD_DROP))
    i--;
  if (i < end && WORD_IN (p, i, not_heads) && !WORD_IN (p, i, articles))
    i++;
  return i;
}

/* Where a relative clause starting at word i ends: before the main verb
 * ("the blast that sank the rig [was] caused by …"). */
static guint
relative_end (const Parse *p,
              Range        r,
              guint        i)
{
  guint end = i + 1;

  while (end < r.end && !WORD_IN (p, end, copulas) && !WORD_IN (p, end, auxiliaries))
    end++;
  return end;
}

/* "protests that began on February 15 descended into war": the protests
 * began; "… that began on January 25 and led to his fall": that too. */
static gboolean
label_relative (const Parse *p,
                Label       *l,
                Range        r)
{
  guint verb = p->dx0 - 1;
  guint np;

  if (p->dx0 < r.start + 3 || !word_is_lower (p, verb) || WORD_IN (p, verb, noun_openers) ||
      WORD_IN (p, verb, prepositions) ||
      !(word_is (p, verb - 1, "that") || word_is (p, verb - 1, "which") || word_is (p, verb - 1, "who")))
    return FALSE;
  np = noun_phrase_start (p, r, verb - 1);
  if (np == verb - 1)
    return FALSE;
  add_range (p, l, np, verb - 1);
  add_range (p, l, verb, verb + 1);
  if (p->dx1 + 2 < r.end && word_is (p, p->dx1, "and") && word_is_lower (p, p->dx1 + 1))
    add_range (p, l, p->dx1, r.end);
  return TRUE;
}

/* "A decree Assad signed on Thursday that lifted the law is seen as …":
 * Assad signed a decree that lifted the law. */
static gboolean
label_fronted_object (const Parse *p,
                      Label       *l,
                      Range        r)
{
  guint verb = p->dx0 - 1;

  if (p->dx0 < r.start + 4 || p->dx0 > r.start + 6 || !WORD_IN (p, r.start, articles) ||
      !_chr_label_is_attributive_head (p, r.start + 1) || !word_is_lower (p, verb) || !word_ends_with (p, verb, "ed"))
    return FALSE;
  for (guint i = r.start + 2; i < verb; i++)
    if (!(p->words[i].flags & WORD_CAPITAL))
      return FALSE;
  add_range (p, l, r.start + 2, verb + 1);
  l->lowered = l->n + 1;
  add_range (p, l, r.start, r.start + 2);
  if (p->dx1 < r.end && (word_is (p, p->dx1, "that") || word_is (p, p->dx1, "which")))
    add_range (p, l, p->dx1, relative_end (p, r, p->dx1 + 1));
  return TRUE;
}

/* Picks the words that say what happened at a date inside r. */
static void
label_dated_range (const Parse *p,
                   Label       *l,
                   Range        r)
{
  guint seg = p->date_seg;

  /* "for Monday talks aimed at ending the war": the talks are the event;
   * "the April 20 blast that sank the rig": the blast sank the rig. */
  if (p->attributive && r.end - p->dx1 >= 3)
    {
      guint head = p->dx1;

      if (p->dx0 > r.start && WORD_IN (p, p->dx0 - 1, articles))
        add_range (p, l, p->dx0 - 1, p->dx0);
      add_range (p, l, head, head + 1);
      if (head + 2 < r.end && (word_is (p, head + 1, "that") || word_is (p, head + 1, "which")) &&
          word_is_lower (p, head + 2))
        add_range (p, l, head + 2, relative_end (p, r, head + 2));
      else
        add_range (p, l, head + 1, r.end);
      return;
    }

  if (label_relative (p, l, r) || label_fronted_object (p, l, r))
    return;

  /* "since February 2014, when Russia annexed the peninsula" */
  if (p->dx1 < r.end && word_is (p, p->dx1, "when") && r.end - p->dx1 >= 3)
    {
      add_range (p, l, p->dx1 + 1, r.end);
      return;
    }
  if (p->dx1 == r.end && r.end == p->segs[seg].end && seg + 1 < p->n_segs &&
      word_is (p, p->segs[seg + 1].start, "when") && content_words (p, seg + 1) >= 3)
    {
      add_range (p, l, p->segs[seg + 1].start + 1, p->segs[seg + 1].end);
      return;
    }

  /* "when Russia invaded Ukraine on February 24", "since he invaded Ukraine in 2022" */
  for (guint i = p->dx0; i > r.start && p->dx0 - i < NP_REACH + 2; i--)
    {
      guint w = i - 1;

      if (word_is (p, w, "when") ||
          (WORD_IN (p, w, subordinators) && w + 1 < p->dx0 && WORD_IN (p, w + 1, subject_pronouns)))
        {
          if (p->dx0 - w >= 3)
            {
              add_range (p, l, w + 1, p->dx0);
              return;
            }
          break;
        }
    }

  /* "after Russia’s invasion in 2022", "on the heels of a summit … on Friday" */
  for (guint i = p->dx0; i > r.start && p->dx0 - i < NP_REACH; i--)
    {
      guint w = i - 1;
      gboolean prep = WORD_IN (p, w, event_prepositions) ||
                      (word_is (p, w, "of") && w > r.start &&
                       (word_is (p, w - 1, "heels") || word_is (p, w - 1, "wake")));

      if (p->words[w].flags & WORD_DROP)
        continue;
      if (prep)
        {
          guint from = w + 1;

          if (from >= p->dx0 || WORD_IN (p, from, subject_pronouns) || word_ends_with (p, from, "ing") ||
              is_another_date (p, from))
            break;
          if (WORD_IN (p, from, determiners) && from + 1 < p->dx0)
            from++;
          if (p->dx0 - w - 1 >= 2)
            {
              add_range (p, l, from, p->dx0);
              return;
            }
          break;
        }
      if (word_is (p, w, "that") || word_is (p, w, "which") || word_is (p, w, "who") ||
          word_is (p, w, "when") || word_is (p, w, "but") ||
          ((word_is (p, w, "and") || word_is (p, w, "or")) && w + 1 < p->dx0 && word_is_lower (p, w + 1)))
        break;
    }

  /* "Russia annexed Crimea in 2014 … and did the same in 2022 for …": the
   * subject of the first verb does the second. */
  for (guint k = r.start + 1; k + 1 < p->dx0; k++)
    if (word_is (p, k, "and") && word_is_lower (p, k + 1) && !WORD_IN (p, k + 1, subject_pronouns) &&
        !WORD_IN (p, k + 1, noun_openers) && !g_ascii_isdigit (p->text[p->words[k + 1].start]))
      {
        gboolean dated = FALSE;
        guint subject = r.start;

        for (guint i = r.start; i < k; i++)
          if (g_ascii_isdigit (p->text[p->words[i].start]))
            dated = TRUE;
        while (subject < k && (p->words[subject].flags & WORD_CAPITAL))
          subject++;
        if (dated && subject > r.start && subject - r.start <= 4)
          {
            add_range (p, l, r.start, subject);
            add_range (p, l, k + 1, r.end);
            return;
          }
        break;
      }

  add_range (p, l, r.start, r.end);
}

/* Drops "he was convinced that" from a reported clause: the speaker's name
 * replaces the pronoun. */
static guint
skip_belief_frame (const Parse *p,
                   Range        y)
{
  guint i = y.start;

  if (i + 3 < y.end && WORD_IN (p, i + 1, copulas) && WORD_IN (p, i + 2, belief_adjectives) &&
      word_is (p, i + 3, "that"))
    return i + 4;
  if (i + 2 < y.end && WORD_IN (p, i + 1, belief_verbs) && word_is (p, i + 2, "that"))
    return i + 3;
  return i;
}

static void
remove_first (Label *l,
              guint  count)
{
  memmove (l->idx, l->idx + count, (l->n - count) * sizeof (guint));
  l->n -= count;
}

/* "Wednesday saw a crew set fire to …", "which will see a new charter put to
 * a vote": what was seen is what happened. */
static void
drop_see_frame (const Parse *p,
                Label       *l)
{
  guint k = 0;

  while (k < l->n && ((p->words[l->idx[k]].flags & WORD_DATE) || word_is (p, l->idx[k], "which")))
    k++;
  if (k == 0 || k + 3 > l->n)
    return;
  if (word_is (p, l->idx[k], "saw") || word_is (p, l->idx[k], "sees"))
    remove_first (l, k + 1);
  else if (word_is (p, l->idx[k], "will") && word_is (p, l->idx[k + 1], "see"))
    remove_first (l, k + 2);
}

/* Puts the words of r before those of l, from its skip-th word on. */
static void
prepend (const Parse *p,
         Label       *l,
         Range        r,
         guint        skip)
{
  Label prefix = { .n = 0, .speaker = -1 };

  add_range (p, &prefix, r.start, r.end);
  for (guint i = skip; i < l->n && prefix.n < MAX_WORDS; i++)
    prefix.idx[prefix.n++] = l->idx[i];
  memcpy (l->idx, prefix.idx, prefix.n * sizeof (guint));
  l->n = prefix.n;
}

/* "was extended", "has set its sights", "said it would": a verb whose
 * subject is before the comma. */
static gboolean
opens_with_verb (const Parse *p,
                 guint        seg)
{
  guint i = p->segs[seg].start;

  return seg > 0 && word_is_lower (p, i) &&
         (WORD_IN (p, i, copulas) || WORD_IN (p, i, auxiliaries) || WORD_IN (p, i, reporting_verbs));
}

/* An aside between a subject and its verb: "valued at …", "built in 1880",
 * "a bioresearch concern", "54", a place ("Ga.", "West Virginia"); not a
 * clause of its own. */
static gboolean
is_interjected (const Parse *p,
                guint        seg)
{
  const Range *s = &p->segs[seg];
  guint i = s->start;
  gboolean capitals = TRUE;

  for (guint k = i; k < s->end; k++)
    if (!(p->words[k].flags & WORD_CAPITAL))
      capitals = FALSE;
  return capitals || g_ascii_isdigit (p->text[p->words[i].start]) ||
         (word_is_lower (p, i) && !WORD_IN (p, i, copulas) && !WORD_IN (p, i, auxiliaries) &&
          !WORD_IN (p, i, subject_pronouns));
}

/* The subject of the verb opening segment seg: the sentence's first
 * segment, when no more than asides come between them. */
static gboolean
subject_before (const Parse *p,
                guint        seg,
                Range       *subject)
{
  guint i = p->segs[0].start;

  if (content_words (p, 0) > 8 || WORD_IN (p, i, prepositions) || is_connective (p, i) ||
      WORD_IN (p, i, discourse_words) || WORD_IN (p, i, subordinators) || range_has_date (p, p->segs[0]))
    return FALSE;
  for (guint k = 1; k < seg; k++)
    if (!is_interjected (p, k))
      return FALSE;
  *subject = p->segs[0];
  return TRUE;
}

/* A label that opens on a verb whose subject is before a comma: "…, which
 * failed on Friday" stands for the clause before, or for the noun it ends
 * on when it is long, unless "which" is the object ("…, which the two
 * mayors signed in May"); "The offer, valued at $5 million, had been set to
 * expire" has its subject before the aside. */
static void
add_subject (const Parse *p,
             Label       *l,
             guint        s,
             guint        target)
{
  Range r;

  if (l->n == 0 || l->idx[0] != p->segs[target].start || l->speaker >= 0)
    return;
  if (target == s && s > 0 && (word_is (p, l->idx[0], "who") || word_is (p, l->idx[0], "which")))
    {
      r = p->segs[s - 1];
      if (content_words (p, s - 1) <= 5 && !is_reduced_clause (p, s - 1))
        prepend (p, l, r, 1);
      else if (l->n > 1 && word_is_lower (p, l->idx[1]) && !WORD_IN (p, l->idx[1], noun_openers) &&
               !WORD_IN (p, l->idx[1], subject_pronouns))
        {
          r.start = noun_phrase_start (p, r, r.end);
          if (r.start < r.end)
            prepend (p, l, r, 1);
        }
    }
  else if (opens_with_verb (p, target) && subject_before (p, target, &r))
    prepend (p, l, r, 0);
}

/* Labels clause target of a sentence whose date is in clause s; dated
 * when the date is what the clause's words are chosen around. */
static void
label_clause (const Parse *p,
              Label       *l,
              guint        s,
              guint        target,
              gboolean     dated)
{
  Range r, y;
  int speaker;

  r = p->segs[target];
  if (find_reported (p, r, target, &y, &speaker))
    {
      r = y;
      if (speaker >= 0)
        {
          guint first = r.start;

          while (first < r.end && ((p->words[first].flags & WORD_DROP) || in_date (p, first)))
            first++;
          if (first < r.end && WORD_IN (p, first, first_person))
            l->speaker_colon = TRUE;
          else if (first < r.end && (word_is (p, first, "he") || word_is (p, first, "she") ||
                                     word_is (p, first, "it") || word_is (p, first, "they")))
            r.start = skip_belief_frame (p, (Range) { first, r.end });
          else
            speaker = -1;
        }
      l->speaker = speaker;
      if (speaker >= 0)
        l->speaker_from = speaker_start (p, (guint) speaker);
      dated = range_has_date (p, r);
    }

  if (dated && range_has_date (p, r))
    label_dated_range (p, l, r);
  else
    add_range (p, l, r.start, r.end);

  drop_see_frame (p, l);
  add_subject (p, l, s, target);
}

static void
choose_words (const Parse *p,
              Label       *l)
{
  guint s = p->date_seg;
  guint target = s;
  gboolean dated = TRUE;

  if (p->date_subject)
    {
      add_range (p, l, p->segs[s].start, p->segs[s].end);
      drop_see_frame (p, l);
      return;
    }
  if ((p->words[p->segs[s].start].flags & WORD_OPEN_PAREN) && s > 0)
    {
      /* "Crimea (12 years ago, …)": the aside dates what precedes it. */
      target = s - 1;
      dated = FALSE;
    }
  else if (is_date_only (p, s) || is_according (p, s) || is_framing_phrase (p, s) ||
           is_list_heading (p, s))
    {
      /* "On February 12, Hegseth said …": the date sets the time of the next clause. */
      target = s + 1;
      while (target + 1 < p->n_segs && (is_gerund_adverbial (p, target) || is_according (p, target) ||
                                        WORD_IN (p, p->segs[target].start, prepositions)))
        target++;
      if (target >= p->n_segs)
        target = s > 0 ? s - 1 : s;
      dated = target == s;
    }
  else if ((WORD_IN (p, p->segs[s].start, free_relatives) && s + 1 < p->n_segs && is_main_clause (p, s + 1)) ||
           is_fronted_participle (p, s))
    {
      target = s + 1;
      dated = FALSE;
    }
  else if (s > 0 && s + 1 < p->n_segs && is_reduced_clause (p, s) && opens_with_verb (p, s + 1) &&
           !WORD_IN (p, p->segs[s].start, participles) && content_words (p, s - 1) <= 6 &&
           !WORD_IN (p, p->segs[s - 1].start, prepositions))
    {
      /* "Fares, compared with last winter, were higher": the clause goes on
       * after the aside that holds the date, unless the aside schedules
       * what the clause names ("The vote, set for Tuesday, …"). */
      add_range (p, l, p->segs[s - 1].start, p->segs[s - 1].end);
      add_range (p, l, p->segs[s + 1].start, p->segs[s + 1].end);
      return;
    }
  else if (s > 0 && is_reduced_clause (p, s))
    {
      target = s - 1;
      while (target > 0 && (content_words (p, target) < 2 || WORD_IN (p, p->segs[target].start, discourse_words)))
        target--;
      dated = FALSE;
    }

  label_clause (p, l, s, target, dated);
}

/* "Italian Prime Minister Giorgia Meloni proposed" → "Meloni proposed". */
static void
shorten_title (const Parse *p,
               Label       *l)
{
  guint start = 0, end, titled = G_MAXUINT;

  if (l->n > 0 && word_is (p, l->idx[0], "the"))
    start = 1;
  for (end = start; end < l->n; end++)
    {
      guint w = l->idx[end];

      if (!(p->words[w].flags & WORD_CAPITAL) && !(word_is (p, w, "of") && end > start))
        break;
      if (WORD_IN (p, w, titles) && titled == G_MAXUINT)
        titled = end;
    }
  /* A title, a name after it, and a verb after the name. */
  if (titled == G_MAXUINT || end >= l->n || end - titled < 2 || end - start < 3 ||
      !word_is_lower (p, l->idx[end]))
    return;
  remove_first (l, end - 1);
}

/* "gathered in Washington calling for …": a participle opening a phrase of
 * its own; unlike "against Ukraine joining NATO", where it is the object. */
static gboolean
is_participle_phrase (const Parse *p,
                      const Label *l,
                      guint        k)
{
  guint w = l->idx[k];

  return word_is_lower (p, w) && word_ends_with (p, w, "ing") && word_len (p, w) > 5 &&
         !WORD_IN (p, l->idx[k - 1], not_heads) && k + 1 < l->n && l->idx[k + 1] == w + 1 &&
         WORD_IN (p, w + 1, prepositions);
}

static gboolean
can_cut_before (const Parse *p,
                const Label *l,
                guint        k)
{
  guint w = l->idx[k];
  guint prev = l->idx[k - 1];
  gboolean boundary = WORD_IN (p, w, boundary_words) ||
                      (word_is_lower (p, w) && word_ends_with (p, w, "ly") && word_len (p, w) > 4) ||
                      is_participle_phrase (p, l, k);

  /* A verb in "-ing" needs what follows ("… calling for"), a noun ("a
   * meeting") or a verb with "be" ("were working") does not. */
  if (!boundary || WORD_IN (p, prev, no_cut_after) || word_ends_with (p, prev, "ed") ||
      word_ends_with (p, prev, "ly") ||
      (word_ends_with (p, prev, "ing") && k >= 2 && !WORD_IN (p, l->idx[k - 2], noun_openers) &&
       !WORD_IN (p, l->idx[k - 2], copulas)))
    return FALSE;
  /* Not inside a list or between two names: "Witkoff and Kushner". */
  if ((word_is (p, w, "and") || word_is (p, w, "or")) &&
      ((p->words[prev].flags & WORD_COMMA) ||
       (k + 1 < l->n && (p->words[l->idx[k + 1]].flags & WORD_CAPITAL))))
    return FALSE;
  return TRUE;
}

/* "… calls the mission a farce 22 January:": the date heading the next entry
 * of a list. */
static void
drop_next_heading (const Parse *p,
                   Label       *l)
{
  if (l->n < 4 || !(p->words[l->idx[l->n - 1]].flags & WORD_COLON))
    return;
  for (guint k = l->n - 1; k + 3 >= l->n && k > 1; k--)
    if (g_ascii_isdigit (p->text[p->words[l->idx[k]].start]))
      {
        l->n = k;
        return;
      }
}

/* "… mounted on Assad after Qatar, a former ally, shut …": the aside cut the
 * clause after its subject. */
static void
drop_open_subordinate (const Parse *p,
                       Label       *l)
{
  guint last;

  if (l->n < MIN_CUT_WORDS + 2)
    return;
  last = l->idx[l->n - 1];
  if (!(p->words[last].flags & WORD_COMMA) || last + 1 >= p->n_words || !word_is_lower (p, last + 1))
    return;
  for (guint k = l->n - 1; k + 4 > l->n && k >= MIN_CUT_WORDS; k--)
    {
      if (!(p->words[l->idx[k]].flags & WORD_CAPITAL))
        {
          if (WORD_IN (p, l->idx[k], subordinators) || word_is (p, l->idx[k], "when"))
            l->n = k;
          return;
        }
    }
}

static void
trim (const Parse *p,
      Label       *l)
{
  guint limit;

  /* Discourse words and conjunctions opening the label; a sentence's own
   * first "That" is a determiner ("That discussion is …"). */
  while (l->n > 1 && (WORD_IN (p, l->idx[0], discourse_words) ||
                      (word_is (p, l->idx[0], "that") && l->idx[0] > 0)))
    remove_first (l, 1);

  /* Relative tails: "…, which failed", "… who reportedly made". */
  for (guint k = 2; k < l->n; k++)
    if (word_is (p, l->idx[k], "which") || word_is (p, l->idx[k], "who") ||
        word_is (p, l->idx[k], "whom") || word_is (p, l->idx[k], "whose"))
      {
        l->n = k;
        break;
      }

  drop_next_heading (p, l);
  drop_open_subordinate (p, l);
  while (l->n > 1 && WORD_IN (p, l->idx[l->n - 1], dangling))
    l->n--;

  /* "Hegseth said" takes two words of the budget, "Zelensky:" one, "High
   * Court said" three. */
  limit = CHR_EVENT_LABEL_MAX_WORDS;
  if (l->speaker >= 0)
    limit -= (guint) l->speaker - l->speaker_from + (l->speaker_colon ? 1 : 2);
  if (l->n > limit)
    shorten_title (p, l);
  /* One word too many: a headline does without its article. */
  if (l->n > limit && l->n > 2 && WORD_IN (p, l->idx[0], articles) && word_is_lower (p, l->idx[1]) &&
      (l->n == limit + 1 || can_cut_before (p, l, limit + 1)))
    remove_first (l, 1);
  if (l->n > limit)
    {
      guint taken = CHR_EVENT_LABEL_MAX_WORDS - limit;
      guint cut = 0;

      for (guint k = MIN_CUT_WORDS > taken + 1 ? MIN_CUT_WORDS - taken : 1; k <= limit; k++)
        if (can_cut_before (p, l, k))
          cut = k;
      if (cut > 0)
        {
          l->n = cut;
          /* "… intended to intercept": an infinitive cut from its object goes on. */
          l->ellipsis = cut >= 3 && word_is (p, l->idx[cut - 2], "to") && word_is_lower (p, l->idx[cut - 1]) &&
                        (word_ends_with (p, l->idx[cut - 3], "ed") || WORD_IN (p, l->idx[cut - 3], participles));
        }
      else
        {
          l->n = limit;
          l->ellipsis = TRUE;
        }
      while (l->n > 1 && WORD_IN (p, l->idx[l->n - 1], dangling))
        l->n--;
    }
}

/* A verb no reader can miss: "is", "will", "said", "rejected". */
static gboolean
is_clear_verb (const Parse *p,
               guint        i)
{
  if (!word_is_lower (p, i) || (p->words[i].flags & WORD_DROP) || is_dating (p, i))
    return FALSE;
  if (WORD_IN (p, i, copulas) || WORD_IN (p, i, auxiliaries) || WORD_IN (p, i, reporting_verbs))
    return TRUE;
  /* Not "the planned merger", "new routes and reduced fares". */
  return word_ends_with (p, i, "ed") && i > 0 && !WORD_IN (p, i - 1, articles) &&
         !WORD_IN (p, i - 1, possessives) && !WORD_IN (p, i - 1, prepositions) &&
         !word_is (p, i - 1, "and") && !word_is (p, i - 1, "or");
}

static gboolean
has_clear_verb (const Parse *p,
                guint        seg)
{
  for (guint i = p->segs[seg].start; i < p->segs[seg].end; i++)
    if (is_clear_verb (p, i))
      return TRUE;
  return FALSE;
}

/* "Lund", "Update Portvale": a label that names and does not tell. */
static gboolean
is_bare_name (const Parse *p,
              const Label *l)
{
  if (l->n == 0 || l->n > 2 || l->speaker >= 0 || l->ellipsis)
    return FALSE;
  for (guint k = 0; k < l->n; k++)
    if (!(p->words[l->idx[k]].flags & WORD_CAPITAL) || WORD_IN (p, l->idx[k], subject_pronouns))
      return FALSE;
  return TRUE;
}

/* A clause that tells something: words in lower case, not "9:15 a.m. ET";
 * loosely, any with a verb ("At least ten boats were lost"). */
static gboolean
tells (const Parse *p,
       guint        seg,
       gboolean     loosely)
{
  guint lower = 0;

  for (guint i = p->segs[seg].start; i < p->segs[seg].end; i++)
    if (word_is_lower (p, i) && !(p->words[i].flags & WORD_DROP) &&
        memchr (p->text + p->words[i].start, '.', word_len (p, i)) == NULL)
      lower++;
  return lower >= 2 &&
         (is_main_clause (p, seg) || (loosely && content_words (p, seg) >= 3 && has_clear_verb (p, seg)));
}

/* Whether only date words stand beside the name in its clause: "Lund on
 * Friday", a heading for the words it quotes next. */
static gboolean
heads_quote (const Parse *p,
             const Label *l,
             guint        seg)
{
  for (guint i = p->segs[seg].start; i < p->segs[seg].end; i++)
    if (!in_date (p, i) && !WORD_IN (p, i, date_leads) && (i < l->idx[0] || i > l->idx[l->n - 1]))
      return FALSE;
  return TRUE;
}

/* The clause after a bare name: "Lund on Friday. ``We sail at dawn …" is
 * Lund's; "(Update 2 p.m. Portvale) Crowds gathered …" is news of its
 * own; "And Lee yesterday, asked whether …" is Lee's act. */
static gboolean
label_next_clause (const Parse *p,
                   Label       *l)
{
  guint last = l->idx[l->n - 1];
  guint seg = 0;
  guint k = G_MAXUINT;
  guint first;
  Label next = { .n = 0, .speaker = -1 };

  while (seg + 1 < p->n_segs && p->segs[seg].end <= last)
    seg++;
  /* A main clause first, else any with a verb. */
  for (guint pass = 0; pass < 2 && k == G_MAXUINT; pass++)
    for (guint c = seg + 1; c < p->n_segs && k == G_MAXUINT; c++)
      if (tells (p, c, pass == 1))
        k = c;
  if (k == G_MAXUINT)
    return FALSE;

  first = p->segs[k].start;
  if (WORD_IN (p, first, first_person) && heads_quote (p, l, seg))
    {
      next.speaker = (int) last;
      next.speaker_from = MAX (speaker_start (p, last), l->idx[0]);
      next.speaker_colon = TRUE;
    }
  else if (is_clear_verb (p, first))
    add_range (p, &next, l->idx[0], last + 1);
  add_range (p, &next, first, p->segs[k].end);
  *l = next;
  return TRUE;
}

/* "To lenders", "Preferred shares", "$2.05 a share", "Ended June 30": a
 * label that opens on a preposition, a figure or a participle, or has two
 * words and no article ("The election" names an event), and tells of
 * nothing done. */
static gboolean
is_fragment (const Parse *p,
             const Label *l)
{
  guint first;

  if (l->n == 0 || l->speaker >= 0)
    return FALSE;
  first = l->idx[0];
  if (!WORD_IN (p, first, prepositions) && !g_ascii_isdigit (p->text[p->words[first].start]) &&
      p->text[p->words[first].start] != '$' && (l->n > 2 || WORD_IN (p, first, articles)) &&
      !(word_is_lower (p, first) && (word_ends_with (p, first, "ed") || WORD_IN (p, first, participles))))
    return FALSE;
  /* "For the year ended June 30": a phrase, whose participle goes with the date. */
  for (guint k = 1; k < l->n; k++)
    if (is_clear_verb (p, l->idx[k]) &&
        !(WORD_IN (p, first, prepositions) && k + 1 == l->n && l->idx[k] + 1 == p->dx0))
      return FALSE;
  return TRUE;
}

/* A fragment gives way to the sentence's first clause that tells what was
 * done, when there is one. */
static gboolean
label_verb_clause (const Parse *p,
                   Label       *l)
{
  for (guint k = 0; k < p->n_segs; k++)
    {
      Label other = { .n = 0, .speaker = -1 };

      if (!tells (p, k, FALSE) || !has_clear_verb (p, k) || is_reduced_clause (p, k) ||
          (l->idx[0] >= p->segs[k].start && l->idx[0] < p->segs[k].end))
        continue;
      label_clause (p, &other, p->date_seg, k, k == p->date_seg);
      trim (p, &other);
      if (other.n < 3 || is_fragment (p, &other))
        continue;
      *l = other;
      return TRUE;
    }
  return FALSE;
}

static void
append_word (GString     *out,
             const Parse *p,
             guint        i)
{
  g_string_append_len (out, p->text + p->words[i].start, (gssize) word_len (p, i));
}

static char *
render (const Parse *p,
        const Label *l)
{
  GString *out = g_string_sized_new (96);
  gunichar c;

  if (l->speaker >= 0)
    {
      for (guint i = l->speaker_from; i <= (guint) l->speaker; i++)
        {
          if (i > l->speaker_from)
            g_string_append_c (out, ' ');
          append_word (out, p, i);
        }
      g_string_append (out, l->speaker_colon ? ":" : " said");
    }
  for (guint k = 0; k < l->n; k++)
    {
      guint i = l->idx[k];

      if (out->len > 0)
        g_string_append_c (out, ' ');
      append_word (out, p, i);
      if (l->lowered == k + 1)
        out->str[out->len - word_len (p, i)] = g_ascii_tolower (out->str[out->len - word_len (p, i)]);
      /* Commas only survive inside a list that is kept whole. */
      if ((p->words[i].flags & WORD_COMMA) && k + 1 < l->n && l->idx[k + 1] == i + 1)
        g_string_append_c (out, ',');
    }
  if (l->ellipsis)
    g_string_append (out, "…");

  c = g_utf8_get_char (out->str);
  if (out->len > 0 && g_unichar_islower (c))
    {
      char buf[6];
      gint n = g_unichar_to_utf8 (g_unichar_toupper (c), buf);
      gsize old = (gsize) (g_utf8_next_char (out->str) - out->str);

      g_string_erase (out, 0, (gssize) old);
      g_string_insert_len (out, 0, buf, n);
    }
  return g_string_free (out, FALSE);
}

/**
 * chr_event_label:
 * @text: the article's text (UTF-8)
 * @sentence: the byte range of the sentence holding the date
 * @mention: the byte range of the date phrase, inside @sentence
 *
 * Makes a short label for what happened at the date: the clause that holds
 * the date phrase, without the phrase and the preposition introducing it.
 * Reporting frames give way to what was reported ("X said on Monday that
 * Y" → Y), a date followed by "when" to the clause after it, a date opening
 * the sentence to the clause after it. The label has at most
 * %CHR_EVENT_LABEL_MAX_WORDS words, is cut at a natural boundary when it can
 * be, and ends in "…" when it had to be cut mid-phrase.
 *
 * Runs in time linear in the sentence and allocates only the result.
 *
 * Returns: (transfer full): the label, never empty
 */
char *
chr_event_label (const char    *text,
                 const ChrSpan *sentence,
                 const ChrSpan *mention)
{
  Parse p;
  Label l = { .n = 0, .speaker = -1 };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (sentence != NULL && mention != NULL, NULL);
  g_return_val_if_fail (sentence->start <= mention->start && mention->start <= mention->end &&
                        mention->end <= sentence->end, NULL);

  _chr_label_parse (&p, text, sentence, mention);
  if (p.n_words == 0)
    return g_strndup (text + mention->start, mention->end - mention->start);

  choose_words (&p, &l);
  trim (&p, &l);
  if (is_bare_name (&p, &l) && label_next_clause (&p, &l))
    trim (&p, &l);
  if (is_fragment (&p, &l))
    label_verb_clause (&p, &l);
  if (l.n == 0)
    {
      /* Nothing left of the clause: the sentence without its date. */
      l = (Label) { .n = 0, .speaker = -1 };
      add_range (&p, &l, 0, p.n_words);
      trim (&p, &l);
    }
  if (l.n == 0)
    {
      /* The sentence is nothing but the date. */
      for (guint i = 0; i < p.n_words; i++)
        l.idx[l.n++] = i;
      trim (&p, &l);
    }
  return render (&p, &l);
}

/**
 * chr_event_label_is_name:
 * @label: a label made by chr_event_label()
 *
 * Whether @label only names someone or something: one or two words, each
 * with a capital ("Lund", "Update Portvale"), as when the sentence is a
 * name and a date and what happened comes in the next.
 *
 * Returns: %TRUE if @label is a bare name
 */
gboolean
chr_event_label_is_name (const char *label)
{
  g_auto(GStrv) words = NULL;
  guint n;

  g_return_val_if_fail (label != NULL, FALSE);

  words = g_strsplit (label, " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])) || strpbrk (words[i], "0123456789:") != NULL ||
        g_str_has_suffix (words[i], "…"))
      return FALSE;
  return TRUE;
}
