/* chr-timex-days.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-days"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* Patterns for days and times of day: weekdays, today and its neighbours,
 * parts of the day and clock times. */

guint
_chr_timex_parse_part (const Sent *s,
                       guint       i,
                       Mention    *m)
{
  const LexEntry *lex = word_lex (s, i);

  if (lex == NULL || lex->word_class != W_PART)
    return i;
  m->point.part = lex->value + 1;
  m->type = CHR_TIMEX_TIME;
  return i + 1;
}

/* The part of the day after a weekday. News annotation gives "Sunday night"
 * and "Friday morning" the day itself: the night or morning of a named day
 * is how news dates an event to that day, while "Friday evening" and
 * "Friday afternoon" keep their part. */
guint
_chr_timex_parse_weekday_part (const Sent *s,
                               guint       i,
                               Mention    *m)
{
  guint e = _chr_timex_parse_part (s, i, m);

  if (e != i && (m->point.part == CHR_PART_OF_DAY_MORNING + 1 || m->point.part == CHR_PART_OF_DAY_NIGHT + 1))
    {
      m->point.part = 0;
      m->type = CHR_TIMEX_DATE;
    }
  return e;
}

guint
_chr_timex_match_weekday (const Sent *s,
                          guint       i,
                          const Lead *lead,
                          Mention    *m)
{
  const LexEntry *lex = word_lex (s, i);
  guint e = i + 1;

  if (lex == NULL || lex->word_class != W_WEEKDAY)
    return 0;
  /* "Tues.", "Fri.": an abbreviation is capitalized and takes its full
   * stop; "Sun." after a name or "the" is a newspaper. */
  if (lex->flags & LEX_ABBREVIATION)
    {
      if (!(s->t[i].flags & TOK_CAPITALIZED) || !is_punct (s, e, '.') || !glued (&s->t[i], &s->t[e]) ||
          (lex->value == 7 && i > 0 && (is_word (s, i - 1, "the") ||
                                        (s->t[i - 1].kind == TOKEN_WORD && (s->t[i - 1].flags & TOK_CAPITALIZED)))))
        return 0;
      e++;
    }
  m->anchor = ANCHOR_WEEKDAY;
  m->weekday = lex->value;
  m->possessive = is_punct (s, e, '\'') && is_word (s, e + 1, "s") &&
                  glued (&s->t[e - 1], &s->t[e]) && glued (&s->t[e], &s->t[e + 1]);
  return _chr_timex_parse_weekday_part (s, e, m);
}

guint
_chr_timex_match_deictic (const Sent *s,
                          guint       i,
                          const Lead *lead,
                          Mention    *m)
{
  const LexEntry *lex = word_lex (s, i);

  if (lex == NULL || lex->word_class != W_DEICTIC)
    return 0;
  /* "today's world", "today's youth": the present age, not the day */
  if (lex->value == 0 && is_punct (s, i + 1, '\'') && is_word (s, i + 2, "s"))
    {
      static const char * const generic[] = {
        "world", "youth", "society", "generation", "children", "young", "economy", "standards",
      };

      for (guint g = 0; g < G_N_ELEMENTS (generic); g++)
        if (is_word (s, i + 3, generic[g]))
          return 0;
    }
  m->anchor = ANCHOR_DAY_OFFSET;
  m->offset = lex->value;
  /* "tonight" dates an event to the day, as "Sunday night" does. */
  if (lex->flags & LEX_NIGHT)
    return i + 1;
  return _chr_timex_parse_part (s, i + 1, m);
}

/* a.m., am, p.m., pm after a number: returns the token after it, or i. */
static guint
parse_meridiem (const Sent *s,
                guint       i,
                int        *pm)
{
  if (i >= s->n || s->t[i].kind != TOKEN_WORD)
    return i;
  if (strcmp (s->t[i].lower, "am") == 0 || strcmp (s->t[i].lower, "pm") == 0)
    {
      *pm = s->t[i].lower[0] == 'p';
      return i + 1;
    }
  if ((strcmp (s->t[i].lower, "a") == 0 || strcmp (s->t[i].lower, "p") == 0) &&
      is_punct (s, i + 1, '.') && is_word (s, i + 2, "m") && glued (&s->t[i], &s->t[i + 1]) &&
      glued (&s->t[i + 1], &s->t[i + 2]))
    {
      *pm = s->t[i].lower[0] == 'p';
      if (is_punct (s, i + 3, '.') && glued (&s->t[i + 2], &s->t[i + 3]))
        return i + 4;
      return i + 3;
    }
  return i;
}

/* "10am", "9PM": a number glued to its meridiem, with nothing but a space
 * or punctuation before it ("A10am" is a code). */
static gboolean
meridiem_glued (const Sent *s,
                guint       i)
{
  int pm;

  if (i + 1 >= s->n || !glued (&s->t[i], &s->t[i + 1]) || parse_meridiem (s, i + 1, &pm) == i + 1)
    return FALSE;
  return i == 0 || !glued (&s->t[i - 1], &s->t[i]) || s->t[i - 1].kind == TOKEN_PUNCT;
}

/* The time zone after a clock time, which is part of it: "EST", "GMT",
 * "ET" (the Eastern time of American news), "Eastern", "Pacific Standard
 * Time". Returns the token after it, or i. */
static guint
parse_zone (const Sent *s,
            guint       i)
{
  static const char * const abbreviations[] = {
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "pt",
  };
  static const char * const regions[] = { "eastern", "central", "mountain", "pacific" };
  guint e = i;

  if (i < s->n && s->t[i].kind == TOKEN_WORD && (s->t[i].flags & TOK_ALL_CAPITALS))
    {
      for (guint z = 0; z < G_N_ELEMENTS (abbreviations); z++)
        if (strcmp (s->t[i].lower, abbreviations[z]) == 0)
          return i + 1;
      return i;
    }
  if (i >= s->n || s->t[i].kind != TOKEN_WORD || !(s->t[i].flags & TOK_CAPITALIZED))
    return i;
  for (guint r = 0; r < G_N_ELEMENTS (regions) && e == i; r++)
    if (strcmp (s->t[i].lower, regions[r]) == 0)
      e = i + 1;
  /* "Eastern Europe", "Central Asia" are places. */
  if (e == i || (e < s->n && s->t[e].kind == TOKEN_WORD && (s->t[e].flags & TOK_CAPITALIZED) &&
                 !is_word (s, e, "time") && !is_word (s, e, "standard") && !is_word (s, e, "daylight")))
    return i;
  if (is_word (s, e, "standard") || is_word (s, e, "daylight"))
    return is_word (s, e + 1, "time") ? e + 2 : i;
  return is_word (s, e, "time") ? e + 1 : e;
}

/* The day a clock time names, with the time zone between them: "9 a.m.
 * Tuesday", "4 a.m. EDT Thursday", "5 p.m. EST, Nov. 9", "noon Saturday".
 * Returns the token after the day, or 0 with *m untouched. */
static guint
match_clock_day (const Sent *s,
                 guint       i,
                 Mention    *m)
{
  /* The day after a clock time has no determiner or position of its own. */
  static const Lead no_lead = { FALSE, FALSE, FALSE };
  Mention day;
  guint k = parse_zone (s, i), e;

  if (k > i && is_punct (s, k, ','))
    k++;
  memset (&day, 0, sizeof day);
  day.type = CHR_TIMEX_DATE;
  if ((e = _chr_timex_match_weekday (s, k, &no_lead, &day)) == 0 &&
      (e = _chr_timex_match_deictic (s, k, &no_lead, &day)) == 0)
    {
      memset (&day, 0, sizeof day);
      day.type = CHR_TIMEX_DATE;
      e = _chr_timex_match_calendar (s, k, &no_lead, &day);
      if (e == 0 || day.point.gran != CHR_GRANULARITY_DAY)
        return 0;
    }
  if (day.point.part != 0)
    return 0;
  *m = day;
  m->type = CHR_TIMEX_TIME;
  return e;
}

guint
_chr_timex_match_clock (const Sent *s,
                        guint       i,
                        const Lead *lead,
                        Mention    *m)
{
  const Token *t = s->t;
  const LexEntry *lex = word_lex (s, i);
  int hour, minute = 0, pm = -1;
  guint e, k;

  if (lex != NULL && lex->word_class == W_CLOCK)
    {
      /* "high noon" is a showdown */
      if (is_word (s, i - 1, "high"))
        return 0;
      hour = lex->value;
      e = i + 1;
    }
  else if (i < s->n && t[i].kind == TOKEN_NUMBER && (t[i].flags & TOK_COMPOUND) && t[i].sep == ':' &&
           t[i].ndigits <= 2 && t[i].ndigits2 == 2 &&
           (t[i].ngroups == 2 || (t[i].ngroups == 3 && t[i].value3 >= 0 && t[i].value3 <= 59 &&
                                  !is_word (s, i - 1, "in") && !is_word (s, i - 1, "of"))))
    {
      /* "16:00:00": the seconds are read, and written no finer than the
       * minute; "won in 2:05:30", "a time of 2:05:30" are how long a race took. */
      hour = t[i].value;
      minute = t[i].value2;
      e = parse_meridiem (s, i + 1, &pm);
    }
  else if (i < s->n && t[i].kind == TOKEN_NUMBER && !(t[i].flags & (TOK_ORDINAL | TOK_PLURAL_S | TOK_COMPOUND)) &&
           t[i].ndigits <= 2 && ((t[i].flags & TOK_CLEAN) || meridiem_glued (s, i)))
    {
      hour = t[i].value;
      e = parse_meridiem (s, i + 1, &pm);
      if (e == i + 1)
        return 0;
    }
  else
    return 0;

  if (pm >= 0 && (hour < 1 || hour > 12))
    return 0;
  if (hour > 24 || minute > 59)
    return 0;
  if (pm == 1 && hour < 12)
    hour += 12;
  else if (pm == 0 && hour == 12)
    hour = 0;
  if ((k = match_clock_day (s, e, m)) != 0)
    {
      m->clock = hour * 60 + minute + 1;
      return k;
    }
  m->anchor = ANCHOR_CLOCK;
  m->type = CHR_TIMEX_TIME;
  m->point.hour = hour;
  m->point.minute = minute;
  return parse_zone (s, e);
}
