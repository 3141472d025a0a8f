/* chr-label-parse.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chr-label-private.h"
#include "chr-text.h"

/* A sentence read for its label: its words around the date, with the
 * punctuation that follows each; page furniture and asides set apart; its
 * clauses; and the date phrase with the words that go with it. */

static void
mark_boundary (Parse *p)
{
  if (p->n_words > 0)
    p->words[p->n_words - 1].flags |= WORD_SEP;
}

static void
mark_dash (Parse *p)
{
  if (p->n_words > 0)
    p->words[p->n_words - 1].flags |= WORD_SEP | WORD_DASH;
}

static gboolean
is_abbreviation (const char *s,
                 gsize       n)
{
  return chr_word_list_has_exactly (&chr_label_abbreviations, s, n);
}

/* "On" in the middle of a clause, after no punctuation: a full stop the
 * text lost ("… on Friday On Tuesday, …"). */
static gboolean
is_lost_sentence_start (const Parse *p,
                        const char  *s,
                        gsize        n)
{
  if (p->n_words == 0 || (p->words[p->n_words - 1].flags & WORD_SEP))
    return FALSE;
  return chr_word_list_has_exactly (&chr_label_sentence_openers, s, n);
}

/* "poverty - stricken": a hyphen set apart by spaces inside a compound word. */
static gboolean
joins_compound (const Parse *p,
                const char  *t,
                gsize        i,
                gsize        to)
{
  gsize a, b;

  if (p->n_words == 0 || (p->words[p->n_words - 1].flags & WORD_SEP) ||
      !g_ascii_islower (t[p->words[p->n_words - 1].start]))
    return FALSE;
  for (a = i; a < to && t[a] == ' '; a++)
    ;
  for (b = a; b < to && g_ascii_isalpha (t[b]); b++)
    ;
  return b - a > 3 && g_ascii_islower (t[a]) && (b == to || !g_ascii_isalpha (t[b])) &&
         ((t[b - 2] == 'e' && (t[b - 1] == 'd' || t[b - 1] == 'n')));
}

static gboolean
is_capital (const char *s,
            const char *end)
{
  gunichar c;

  if (g_ascii_isupper (*s))
    return TRUE;
  if ((guchar) *s < 0x80)
    return FALSE;
  c = g_utf8_get_char_validated (s, end - s);
  return c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_isupper (c);
}

/* Splits text[from, to) into words, keeping the punctuation that matters as flags. */
static void
tokenize (Parse         *p,
          gsize          from,
          gsize          to,
          const ChrSpan *mention)
{
  const char *t = p->text;
  const char *end = t + to;
  gsize i = from;

  while (i < to && p->n_words < MAX_WORDS)
    {
      gsize a, b, d;
      guint flags = 0;

      while (i < to && chr_text_is_space (t[i]))
        i++;
      if (i >= to)
        break;
      if ((d = chr_text_dash_at (t + i, end)) > 0)
        {
          mark_dash (p);
          i += d;
          continue;
        }
      a = i;
      while (i < to && !chr_text_is_space (t[i]) && chr_text_dash_at (t + i, end) == 0)
        i++;
      b = i;

      if (b - a == 2 && t[a] == '-' && t[a + 1] == '-')
        {
          mark_dash (p);
          continue;
        }
      /* A bullet ("* The talks resume", "• …") marks an item of a list, and
       * separates it from the item before. */
      if ((b - a == 1 && t[a] == '*') || (b - a == 3 && memcmp (t + a, "\u2022", 3) == 0))
        {
          mark_boundary (p);
          continue;
        }
      /* The old AP wire wrote its dashes as underscores: "Since 1985 _ when …". */
      if (b - a == 1 && (t[a] == '-' || t[a] == '_' || t[a] == '&' || t[a] == '/' || t[a] == '|'))
        {
          if (t[a] == '_' || (t[a] == '-' && !joins_compound (p, t, b, to)))
            mark_dash (p);
          else if (t[a] == '|')
            {
              mark_boundary (p);
              p->n_furniture = p->n_words;
            }
          else if (t[a] == '&')
            {
              Word *w = &p->words[p->n_words++];

              w->start = a;
              w->end = b;
              w->flags = 0;
            }
          continue;
        }

      for (;;)
        {
          if (a < b && (t[a] == '(' || t[a] == '['))
            {
              flags |= WORD_OPEN_PAREN;
              a++;
            }
          else if (a < b && (t[a] == '"' || t[a] == '\'' || t[a] == '`'))
            a++;
          else if (b - a >= 3 && (guchar) t[a] == 0xE2 && (guchar) t[a + 1] == 0x80 &&
                   ((guchar) t[a + 2] == 0x9C || (guchar) t[a + 2] == 0x98))
            a += 3;
          else
            break;
        }
      for (;;)
        {
          char c = b > a ? t[b - 1] : '\0';

          if (b == a)
            break;
          if (c == ',' || c == ';' || c == ':')
            {
              flags |= WORD_SEP | (c == ',' ? WORD_COMMA : 0) | (c == ':' ? WORD_COLON : 0);
              b--;
            }
          else if (c == '.' || c == '!' || c == '?')
            {
              /* "U.S." keeps its full stop. */
              if (c == '.' && b - a > 2 && memchr (t + a, '.', b - 1 - a) != NULL)
                break;
              /* "Nov. 15", "Mr. Jindal", "Telerate Inc. stock", "Daniel P. Davison" */
              if (c == '.' && (is_abbreviation (t + a, b - 1 - a) || (b - a == 2 && g_ascii_isupper (t[a]))))
                break;
              flags |= WORD_SEP;
              b--;
            }
          else if (c == ')' || c == ']')
            {
              flags |= WORD_SEP;
              b--;
            }
          else if (c == '"' || c == '\'')
            b--;
          else if (b - a >= 3 && (guchar) t[b - 3] == 0xE2 && (guchar) t[b - 2] == 0x80 &&
                   ((guchar) t[b - 1] == 0x9D || (guchar) t[b - 1] == 0x99))
            b -= 3;
          else
            break;
        }
      if (b <= a)
        {
          if (flags & WORD_SEP)
            mark_boundary (p);
          continue;
        }

      if ((flags & WORD_OPEN_PAREN) || is_lost_sentence_start (p, t + a, b - a))
        mark_boundary (p);
      if (is_capital (t + a, end))
        flags |= WORD_CAPITAL;
      if (a < mention->end && b > mention->start)
        flags |= WORD_DATE;

      p->words[p->n_words].start = a;
      p->words[p->n_words].end = b;
      p->words[p->n_words].flags = flags;
      p->n_words++;
    }
}

static guint
seg_of (const Parse *p,
        guint        word)
{
  for (guint k = 0; k < p->n_segs; k++)
    if (word < p->segs[k].end)
      return k;
  return p->n_segs - 1;
}

static void
remove_segment (Parse *p,
                guint  k)
{
  memmove (&p->segs[k], &p->segs[k + 1], (p->n_segs - k - 1) * sizeof (Range));
  p->n_segs--;
}

static void
remove_words (Parse *p,
              guint  count)
{
  for (guint i = 0; i < count; i++)
    if (p->words[i].flags & WORD_DATE)
      return;
  memmove (p->words, p->words + count, (p->n_words - count) * sizeof (Word));
  p->n_words -= count;
}

static gboolean
is_upper_word (const Parse *p,
               guint        i)
{
  for (gsize k = p->words[i].start; k < p->words[i].end; k++)
    if (!g_ascii_isupper (p->text[k]))
      return FALSE;
  return TRUE;
}

/* Page furniture before the text: "YES | NO Mubarak stepped down",
 * "Photograph: Jo Doe/AP Obama will fly". */
static void
remove_furniture (Parse *p)
{
  guint n = p->n_furniture;

  if (n > 0 && n <= 6)
    {
      while (n < p->n_words && n < 8 && is_upper_word (p, n) && word_len (p, n) <= 3)
        n++;
      remove_words (p, n);
      return;
    }
  if (p->n_words > 2 && (p->words[0].flags & WORD_COLON) &&
      (word_is (p, 0, "photograph") || word_is (p, 0, "photo") || word_is (p, 0, "picture")))
    for (guint i = 1; i < p->n_words && i < 6; i++)
      if (memchr (p->text + p->words[i].start, '/', word_len (p, i)) != NULL)
        {
          remove_words (p, i + 1);
          return;
        }
}

static gboolean
all_capitals (const Parse *p,
              Range        r)
{
  for (guint i = r.start; i < r.end; i++)
    if (!(p->words[i].flags & WORD_CAPITAL) && !word_is (p, i, "and") && !word_is (p, i, "the") &&
        !word_is (p, i, "of") && !word_is (p, i, "or"))
      return FALSE;
  return TRUE;
}

/* A verb that carries on a clause after an aside ("Younes, …, is killed"). */
static gboolean
opens_predicate (const Parse *p,
                 guint        i)
{
  return word_is_lower (p, i) && !WORD_IN (p, i, prepositions) && !WORD_IN (p, i, discourse_words) &&
         !WORD_IN (p, i, date_leads) && !WORD_IN (p, i, noun_openers) && !word_ends_with (p, i, "ing") &&
         !word_is (p, i, "that");
}

/* "most of which …", "two of whom …" */
static gboolean
is_partitive_relative (const Parse *p,
                       Range        s)
{
  return s.end - s.start >= 4 && word_is (p, s.start + 1, "of") &&
         (word_is (p, s.start + 2, "which") || word_is (p, s.start + 2, "whom"));
}

/* Segment k between commas or dashes that the clause reads on without:
 * ", who …,", ", most of which …,", "—including …—", "-- France, Britain and Italy --", and the
 * apposition in "Abdel Fattah Younes, the army chief, is killed". */
static gboolean
is_aside (const Parse *p,
          guint        k)
{
  const Range *s = &p->segs[k];
  const Range *prev = &p->segs[k - 1];
  guint next = p->segs[k + 1].start;

  for (guint i = s->start; i < s->end; i++)
    if (p->words[i].flags & WORD_DATE)
      return FALSE;
  if (s->end - s->start >= 2 && word_is_lower (p, next) &&
      (word_is (p, s->start, "who") || word_is (p, s->start, "which") ||
       word_is (p, s->start, "whose") || word_is (p, s->start, "whom") ||
       word_is (p, s->start, "including") || is_partitive_relative (p, *s)))
    return TRUE;
  if ((p->words[s->start - 1].flags & WORD_DASH) && (p->words[s->end - 1].flags & WORD_DASH) &&
      word_is_lower (p, next) && all_capitals (p, *s))
    return TRUE;
  return (p->words[prev->end - 1].flags & WORD_COMMA) && (p->words[s->end - 1].flags & WORD_COMMA) &&
         prev->end - prev->start <= 4 && all_capitals (p, *prev) &&
         (p->words[prev->start].flags & WORD_CAPITAL) && opens_predicate (p, next);
}

/* Whether segment k, after a name, sets an apposition apart: "Ann Lee,
 * chairman of the board, said …", where the name is no item of a list
 * ("Portvale, Norland, on Friday"). */
static gboolean
is_apposition (const Parse *p,
               guint        k)
{
  const Range *s;

  if (k + 1 >= p->n_segs)
    return FALSE;
  s = &p->segs[k];
  return word_is_lower (p, s->start) && !word_is (p, s->start, "and") && !word_is (p, s->start, "or") &&
         (p->words[s->end - 1].flags & WORD_COMMA);
}

/* "The head of the bourse, Ann Lee, said …": the name after its
 * description, segment k, is the subject of the clause after both. */
static gboolean
is_described_name (const Parse *p,
                   guint        k)
{
  const Range *d = &p->segs[k - 1];
  const Range *n = &p->segs[k];

  if (k + 1 >= p->n_segs || (d->start > 0 && (p->words[d->start - 1].flags & WORD_COMMA)) ||
      !WORD_IN (p, d->start, articles) || d->end - d->start < 2 || n->end - n->start < 2 ||
      n->end - n->start > 3 || !(p->words[d->end - 1].flags & WORD_COMMA) ||
      !(p->words[n->end - 1].flags & WORD_COMMA) || !opens_predicate (p, p->segs[k + 1].start))
    return FALSE;
  for (guint i = d->start; i < n->end; i++)
    if ((p->words[i].flags & WORD_DATE) || (i >= n->start && !(p->words[i].flags & WORD_CAPITAL)))
      return FALSE;
  return TRUE;
}

/* Drops the description before a name that is the subject, and joins the
 * name to its predicate. */
static void
drop_descriptions (Parse *p)
{
  for (guint k = 1; k + 1 < p->n_segs; k++)
    if (is_described_name (p, k))
      {
        for (guint i = p->segs[k - 1].start; i < p->segs[k - 1].end; i++)
          p->words[i].flags |= WORD_DROP;
        p->words[p->segs[k].end - 1].flags &= ~(guint) (WORD_SEP | WORD_COMMA);
        p->segs[k].end = p->segs[k + 1].end;
        remove_segment (p, k + 1);
        remove_segment (p, k - 1);
        return;
      }
}

/* Clauses, as separated by punctuation; items of a list ("the United States,
 * Germany, and Slovakia") stay in one, and asides (", who …,", "—including …—")
 * are dropped so that the clause around them reads on. */
static void
segment (Parse *p)
{
  guint start = 0;
  gboolean prev_item = FALSE;

  p->n_segs = 0;
  for (guint i = 0; i < p->n_words; i++)
    if ((p->words[i].flags & WORD_SEP) || i + 1 == p->n_words)
      {
        if (p->n_segs == MAX_SEGMENTS)
          p->segs[p->n_segs - 1].end = i + 1;
        else
          p->segs[p->n_segs++] = (Range) { start, i + 1 };
        start = i + 1;
      }

  drop_descriptions (p);

  for (guint k = 1; k < p->n_segs; )
    {
      Range *s = &p->segs[k];
      guint len = s->end - s->start;
      gboolean after_comma = (p->words[s->start - 1].flags & WORD_COMMA) != 0;
      gboolean item = FALSE;

      if (after_comma && len <= 3 && (p->words[s->end - 1].flags & WORD_COMMA) && !is_apposition (p, k + 1))
        {
          item = TRUE;
          for (guint i = s->start; i < s->end; i++)
            if (!(p->words[i].flags & WORD_CAPITAL))
              item = FALSE;
        }
      if (item || (after_comma && prev_item && (word_is (p, s->start, "and") || word_is (p, s->start, "or"))))
        {
          p->segs[k - 1].end = s->end;
          remove_segment (p, k);
          prev_item = item;
          continue;
        }
      prev_item = FALSE;
      k++;
    }

  for (guint k = 1; k + 1 < p->n_segs; )
    {
      if (!is_aside (p, k))
        {
          k++;
          continue;
        }
      for (guint i = p->segs[k].start; i < p->segs[k].end; i++)
        p->words[i].flags |= WORD_DROP;
      p->segs[k - 1].end = p->segs[k + 1].end;
      remove_segment (p, k);
      remove_segment (p, k);
    }
}

/* Whether word i can be the noun a date before it qualifies ("Monday
 * talks"): a lower-case word of some length that is no verb, preposition
 * or word of time. */
gboolean
_chr_label_is_attributive_head (const Parse *p,
                                guint        i)
{
  return word_is_lower (p, i) && word_len (p, i) >= 3 && !WORD_IN (p, i, not_heads) &&
         !WORD_IN (p, i, prepositions) && !WORD_IN (p, i, date_leads) &&
         !WORD_IN (p, i, time_words) && !WORD_IN (p, i, reporting_verbs) &&
         !word_ends_with (p, i, "ing") && !word_ends_with (p, i, "ed") &&
         !word_ends_with (p, i, "ly");
}

void
_chr_label_parse (Parse         *p,
                  const char    *text,
                  const ChrSpan *sentence,
                  const ChrSpan *mention)
{
  gsize from = sentence->start;
  guint seen = 0;
  guint first = G_MAXUINT, last = 0;
  Range s;

  p->text = text;
  p->n_words = 0;
  p->n_furniture = 0;

  /* Start late enough that the date falls in the first half of the window. */
  for (gsize i = mention->start; i > sentence->start; i--)
    if (!chr_text_is_space (text[i - 1]) && (i - 1 == sentence->start || chr_text_is_space (text[i - 2])))
      if (++seen == MAX_WORDS / 2)
        {
          from = i - 1;
          break;
        }
  tokenize (p, from, sentence->end, mention);
  remove_furniture (p);
  if (p->n_words == 0)
    return;
  segment (p);

  for (guint i = 0; i < p->n_words; i++)
    if (p->words[i].flags & WORD_DATE)
      {
        first = MIN (first, i);
        last = i;
      }
  if (first == G_MAXUINT)
    {
      /* The mention falls on punctuation: place it before the next word. */
      for (first = 0; first + 1 < p->n_words && p->words[first].start < mention->end; first++)
        ;
      p->dx0 = p->dx1 = first;
      p->date_seg = seg_of (p, first);
      p->attributive = FALSE;
      p->date_subject = FALSE;
      return;
    }

  p->date_seg = seg_of (p, first);
  p->date_subject = FALSE;
  s = p->segs[p->date_seg];
  p->dx0 = first;
  p->dx1 = last + 1;
  while (p->dx1 < s.end && !(p->words[p->dx1 - 1].flags & WORD_SEP) &&
         WORD_IN (p, p->dx1, time_words))
    p->dx1++;
  /* "pre-2014 status" says when, not what: only a bare date qualifies a noun. */
  p->attributive = p->dx1 < s.end && !(p->words[p->dx1 - 1].flags & WORD_SEP) &&
                   p->words[first].start >= mention->start && _chr_label_is_attributive_head (p, p->dx1);
  if (!p->attributive)
    for (guint n = 0; n < 3 && p->dx0 > s.start && WORD_IN (p, p->dx0 - 1, date_leads); n++)
      p->dx0--;
  /* "the plan announced on Monday did not say …": the participle goes too. */
  if (p->dx0 > s.start + 1 && p->dx1 < s.end && word_is_lower (p, p->dx0 - 1) &&
      word_ends_with (p, p->dx0 - 1, "ed") && _chr_label_is_attributive_head (p, p->dx0 - 2) &&
      (WORD_IN (p, p->dx1, auxiliaries) || WORD_IN (p, p->dx1, copulas)))
    p->dx0--;
  /* "a relief well begun on 2 May", "results due on 27 July": a word that
   * can only qualify the noun before it goes with its date. */
  else if (p->dx0 > s.start + 1 && WORD_IN (p, p->dx0 - 1, bare_participles) &&
           _chr_label_is_attributive_head (p, p->dx0 - 2))
    p->dx0--;
  p->date_subject = first == s.start && p->dx0 == first && p->dx1 < s.end &&
                    !(p->words[p->dx1 - 1].flags & WORD_SEP) && WORD_IN (p, p->dx1, date_verbs);
}

