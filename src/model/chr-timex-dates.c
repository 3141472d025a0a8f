/* chr-timex-dates.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-dates"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* Patterns for dates the calendar names: month names with days and years,
 * numeric dates, quarters and halves, seasons, decades and centuries, bare
 * years in date context, holidays and days of the month. */

/* A month or weekday name as a date word: capitalized, and an abbreviation
 * takes its full stop along. Returns the token after it, or 0. */
static guint
name_end (const Sent *s,
          guint       i,
          WordClass   word_class,
          gboolean   *bare_abbreviation)
{
  const LexEntry *lex = word_lex (s, i);

  if (lex == NULL || lex->word_class != word_class || !(s->t[i].flags & TOK_CAPITALIZED))
    return 0;
  *bare_abbreviation = FALSE;
  if (lex->flags & LEX_ABBREVIATION)
    {
      if (is_punct (s, i + 1, '.') && glued (&s->t[i], &s->t[i + 1]))
        return i + 2;
      *bare_abbreviation = TRUE;
    }
  return i + 1;
}

static gboolean
is_day_number (const Sent *s,
               guint       i)
{
  const Token *tok = &s->t[i];

  return i < s->n && tok->kind == TOKEN_NUMBER && (tok->flags & TOK_CLEAN) &&
         !(tok->flags & TOK_PLURAL_S) && tok->ndigits <= 2 && tok->value >= 1 && tok->value <= 31;
}

static gboolean
is_preposition_before (const Sent *s,
                       guint       i)
{
  return i >= 1 && is_class (s, i - 1, W_PREP);
}

static gboolean
is_hyphen_prefix_before (const Sent *s,
                         guint       i)
{
  const LexEntry *lex;

  /* "pre-2014", "mid-March" */
  if (i < 2 || !is_link (s, i - 1))
    return FALSE;
  lex = word_lex (s, i - 2);
  return lex != NULL && (lex->flags & LEX_HYPHEN_PREFIX);
}

/* Does the next word make the number a count ("2000 shoes", "2014 people")? */
static gboolean
is_count_noun (const Sent *s,
               guint       i)
{
  const Token *tok;
  gsize n;
  char last, before;

  if (i >= s->n)
    return FALSE;
  tok = &s->t[i];
  n = tok->end - tok->start;
  if (tok->kind != TOKEN_WORD || (tok->flags & TOK_CAPITALIZED))
    return FALSE;
  if (tok->lex != NULL && (tok->lex->flags & LEX_PLURAL))
    return TRUE;
  if (n < 3 || (tok->lex != NULL && (tok->lex->flags & LEX_NOT_PLURAL)))
    return FALSE;
  last = g_ascii_tolower (s->text[tok->end - 1]);
  before = g_ascii_tolower (s->text[tok->end - 2]);
  return last == 's' && before != 's' && before != 'u' && before != 'i';
}

/* Nouns that a number names one of: "motion 1138", "Resolution 1441",
 * "Flight 1998"; a capitalized word inside the sentence is a name that a
 * number after it labels too. */
static gboolean
is_label_noun (const Sent *s,
               guint       i)
{
  static const char * const nouns[] = {
    "act", "amendment", "article", "bill", "chapter", "clause", "flight", "item", "law", "model",
    "motion", "no", "number", "page", "paragraph", "proposition", "resolution", "room", "route",
    "rule", "section", "version",
  };
  const Token *tok;

  if (i >= s->n || s->t[i].kind != TOKEN_WORD)
    return FALSE;
  tok = &s->t[i];
  if ((tok->flags & TOK_CAPITALIZED) && i > 0 && s->t[i - 1].kind == TOKEN_WORD && tok->lex == NULL)
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (nouns); k++)
    if (tok->lower[0] == nouns[k][0] && strcmp (tok->lower, nouns[k]) == 0)
      return TRUE;
  return FALSE;
}

/* A bare four-digit number is a year only in date context: after a
 * preposition, in a range, glued to a prefix, or next to a date word. */
static gboolean
year_in_context (const Sent *s,
                 guint       i,
                 gboolean    prefixed)
{
  gboolean range_next = i + 2 < s->n && is_punct (s, i + 1, '-') && is_year (s, i + 2);
  gboolean range_prev = i >= 2 && is_punct (s, i - 1, '-') && is_year (s, i - 2);

  if (range_next || range_prev || is_hyphen_prefix_before (s, i))
    return TRUE;
  /* "Gallipoli (1915)", "the siege (1915-16)": a year in brackets after a name */
  if (is_punct (s, i - 1, '(') && (is_punct (s, i + 1, ')') || is_link (s, i + 1)))
    return TRUE;
  if (i + 1 < s->n && is_count_noun (s, i + 1))
    return FALSE;
  if (prefixed || is_preposition_before (s, i))
    return TRUE;
  /* "between 2014 and 2016", "1988 and 1989" */
  if (i >= 2 && is_class (s, i - 1, W_CONJ) && is_year (s, i - 2))
    return TRUE;
  /* "Resolution 1441", "motion 1138": a number after a noun labels it */
  if (is_label_noun (s, i - 1))
    return FALSE;
  /* "the 1989 budget", "a 1996 law", "its 1990 invasion": a year used as a modifier */
  return i >= 1 && s->t[i - 1].kind == TOKEN_WORD && i + 1 < s->n &&
         s->t[i + 1].kind == TOKEN_WORD && !(s->t[i + 1].flags & TOK_CAPITALIZED && !is_class (s, i - 1, W_DET)) &&
         !is_class (s, i + 1, W_UNIT) && !is_class (s, i + 1, W_PREP) && !is_class (s, i + 1, W_CONJ);
}

/* BC, BCE, B.C., B.C.E. at i: returns the token after it, or 0. */
static guint
bc_end (const Sent *s,
        guint       i)
{
  if (is_word (s, i, "bc") || is_word (s, i, "bce"))
    return i + 1;
  if (is_word (s, i, "b") && is_punct (s, i + 1, '.') && is_word (s, i + 2, "c") && is_punct (s, i + 3, '.') &&
      glued (&s->t[i], &s->t[i + 1]) && glued (&s->t[i + 1], &s->t[i + 2]) && glued (&s->t[i + 2], &s->t[i + 3]))
    {
      if (is_word (s, i + 4, "e") && is_punct (s, i + 5, '.') && glued (&s->t[i + 3], &s->t[i + 4]))
        return i + 6;
      return i + 4;
    }
  return 0;
}

static gboolean
is_bc_number (const Sent *s,
              guint       i)
{
  const Token *tok = &s->t[i];

  return i < s->n && tok->kind == TOKEN_NUMBER && (tok->flags & TOK_CLEAN) &&
         !(tok->flags & (TOK_ORDINAL | TOK_PLURAL_S)) && tok->ndigits <= 4 && tok->value >= 1;
}

/* "241 BC", "146 B.C.", and the first year of "499-493 BC": a year before
 * the common era, which a point holds as a negative year. */
guint
_chr_timex_match_bc_year (const Sent *s,
                          guint       i,
                          const Lead *lead,
                          Mention    *m)
{
  guint e;

  if (!is_bc_number (s, i))
    return 0;
  if ((e = bc_end (s, i + 1)) == 0)
    {
      if (!is_punct (s, i + 1, '-') || !is_bc_number (s, i + 2) || bc_end (s, i + 3) == 0 ||
          s->t[i + 2].value > s->t[i].value)
        return 0;
      e = i + 1;
    }
  m->anchor = ANCHOR_POINT;
  m->point.gran = CHR_GRANULARITY_YEAR;
  m->point.year = -s->t[i].value;
  return e;
}

/* 2022-02-24, 2/24/2022 */
guint
_chr_timex_match_numeric_date (const Sent *s,
                               guint       i,
                               const Lead *lead,
                               Mention    *m)
{
  const Token *t = s->t;

  if (is_year (s, i) && is_link (s, i + 1) && i + 4 < s->n && is_link (s, i + 3))
    {
      const Token *mo = &t[i + 2], *d = &t[i + 4];

      if (mo->kind == TOKEN_NUMBER && d->kind == TOKEN_NUMBER && mo->ndigits == 2 &&
          d->ndigits == 2 && !(mo->flags & (TOK_COMPOUND | TOK_ORDINAL | TOK_PLURAL_S)) &&
          (d->flags & TOK_CLEAN) && !(d->flags & (TOK_ORDINAL | TOK_PLURAL_S)) &&
          mo->value >= 1 && mo->value <= 12 && d->value >= 1 &&
          d->value <= chr_days_in_month (t[i].value, mo->value) &&
          /* "2025-03-22" ends there: not "2025-03-22-1". */
          !(i + 5 < s->n && glued (d, &t[i + 5]) && is_punct (s, i + 5, '-')))
        {
          m->anchor = ANCHOR_POINT;
          m->point.gran = CHR_GRANULARITY_DAY;
          m->point.year = t[i].value;
          m->point.month = mo->value;
          m->point.day = d->value;
          return i + 5;
        }
    }
  if (i < s->n && t[i].kind == TOKEN_NUMBER && (t[i].flags & TOK_COMPOUND) && t[i].sep == '/' &&
      t[i].ngroups == 3 && t[i].ndigits <= 2 && t[i].ndigits2 <= 2)
    {
      int mo = t[i].value, d = t[i].value2, y = t[i].value3;
      gboolean clean = !(i > 0 && glued (&t[i - 1], &t[i]) && t[i - 1].kind != TOKEN_PUNCT);

      if (y >= 0 && y < 100)
        y += y < 50 ? 2000 : 1900;
      if (clean && mo >= 1 && mo <= 12 && y >= 1000 && y <= 2199 && d >= 1 &&
          d <= chr_days_in_month (y, mo))
        {
          m->anchor = ANCHOR_POINT;
          m->point.gran = CHR_GRANULARITY_DAY;
          m->point.year = y;
          m->point.month = mo;
          m->point.day = d;
          return i + 1;
        }
    }
  return 0;
}

/* The year after a month or a day at e: "February 24, 2022", "February
 * 2022", "March of 1998". Returns the token after it, or e with *year left. */
static guint
calendar_year (const Sent *s,
               guint       e,
               int         day,
               int        *year)
{
  guint k = e;

  if (is_punct (s, k, ',') && day != 0)
    k++;
  else if (is_word (s, k, "of") && day == 0)
    k++;
  if (is_year (s, k) && !(k + 1 < s->n && is_count_noun (s, k + 1)))
    {
      *year = s->t[k].value;
      return k + 1;
    }
  return e;
}

/* A month (and day) without a year, which the DCT gives, or "June last
 * year", "April next year", "February this year" moves. */
static guint
yearless (const Sent *s,
          guint       e,
          Mention    *m)
{
  const LexEntry *rel = word_lex (s, e);

  m->anchor = ANCHOR_YEARLESS;
  if (rel != NULL && rel->word_class == W_REL &&
      !(rel->flags & (LEX_ANAPHORIC | LEX_LATEST | LEX_SPAN)) && is_word (s, e + 1, "year"))
    {
      m->year_rel = TRUE;
      m->offset = rel->value;
      e += 2;
    }
  return e;
}

/* "19-20 October 1943": the first day of a range is a date of its own, in
 * the month and year of the second. */
guint
_chr_timex_match_range_day (const Sent *s,
                            guint       i,
                            const Lead *lead,
                            Mention    *m)
{
  static const Lead no_lead = { FALSE, FALSE, FALSE };

  if (!is_punct (s, i + 1, '-') || !is_day_number (s, i) || !is_day_number (s, i + 2) ||
      s->t[i + 2].value <= s->t[i].value ||
      _chr_timex_match_calendar (s, i + 2, &no_lead, m) == 0 || m->point.gran != CHR_GRANULARITY_DAY ||
      m->point.day != s->t[i + 2].value)
    return 0;
  m->point.day = s->t[i].value;
  return i + 1;
}

/* [Weekday[,]] Month Day[,] [Year] | [Weekday[,]] Day [of] Month [Year] |
 * Month [of|,] Year | Month */
guint
_chr_timex_match_calendar (const Sent *s,
                           guint       i,
                           const Lead *lead,
                           Mention    *m)
{
  gboolean bare = FALSE;
  guint e = i, k;
  int weekday = 0, month = 0, day = 0, year = 0;

  if ((k = name_end (s, e, W_WEEKDAY, &bare)) != 0)
    {
      weekday = s->t[e].lex->value;
      e = k;
      if (is_punct (s, e, ','))
        e++;
    }
  if ((k = name_end (s, e, W_MONTH, &bare)) != 0)
    {
      gboolean ambiguous = (s->t[e].lex->flags & LEX_AMBIGUOUS) != 0;

      month = s->t[e].lex->value;
      e = k;
      /* "the Aug. 7 bombings": only "May" and "March" are words that a count could follow */
      if (is_day_number (s, e) && (!ambiguous || !is_count_noun (s, e + 1)))
        {
          day = s->t[e].value;
          e++;
        }
    }
  else if (is_day_number (s, e))
    {
      guint d = e;

      k = e + 1;
      if (is_word (s, k, "of"))
        k++;
      if ((k = name_end (s, k, W_MONTH, &bare)) == 0)
        return 0;
      day = s->t[d].value;
      month = s->t[k - 1].lex != NULL ? s->t[k - 1].lex->value : s->t[k - 2].lex->value;
      e = k;
    }
  else
    return 0;

  e = calendar_year (s, e, day, &year);
  /* "March 5-9, 1918": the first day is in the year after the second */
  if (day != 0 && year == 0 && is_punct (s, e, '-') && is_day_number (s, e + 1) && s->t[e + 1].value > day)
    calendar_year (s, e + 2, s->t[e + 1].value, &year);

  if (day != 0 && day > chr_days_in_month (year != 0 ? year : 2000, month))
    return 0;
  if (day == 0 && year == 0)
    {
      const LexEntry *lex = s->t[e - 1].kind == TOKEN_WORD ? s->t[e - 1].lex : s->t[e - 2].lex;

      /* A month alone: "May", "March" and abbreviations need date context. */
      if (weekday != 0 || bare)
        return 0;
      if ((lex->flags & (LEX_AMBIGUOUS | LEX_ABBREVIATION)) && !in_date_context (lead) &&
          !is_preposition_before (s, i) && !is_hyphen_prefix_before (s, i))
        return 0;
    }
  if (bare && day == 0)
    return 0;

  m->point.month = month;
  m->point.day = day;
  m->point.gran = day != 0 ? CHR_GRANULARITY_DAY : CHR_GRANULARITY_MONTH;
  if (year == 0)
    return yearless (s, e, m);
  m->anchor = ANCHOR_POINT;
  m->point.year = year;
  return e;
}

guint
_chr_timex_match_quarter (const Sent *s,
                          guint       i,
                          const Lead *lead,
                          Mention    *m)
{
  guint e = i;
  int year = 0, n;
  Unit unit;
  gboolean plural;

  if (is_year (s, e))
    year = s->t[e++].value;
  if (is_class (s, e, W_FISCAL))
    e++;
  if (is_link (s, e))
    e++;
  if (!is_class (s, e, W_ORDINAL) && !(e < s->n && s->t[e].kind == TOKEN_NUMBER &&
                                       (s->t[e].flags & TOK_ORDINAL)))
    return 0;
  n = s->t[e].kind == TOKEN_NUMBER ? s->t[e].value : s->t[e].lex->value;
  e++;
  if (is_link (s, e))
    {
      e++;
      m->adjective = TRUE;
    }
  if (is_class (s, e, W_HALF))
    unit = UNIT_HALF;
  else if (parse_unit (s, e, &unit, &plural) && unit == UNIT_QUARTER && !plural)
    ;
  else
    return 0;
  if (n < 1 || n > (unit == UNIT_HALF ? 2 : 4))
    return 0;
  e++;
  /* "the fourth quarter of 1997", "the first half of fiscal 1990" */
  if (year == 0 && is_word (s, e, "of"))
    {
      guint k = e + 1;

      if (is_class (s, k, W_FISCAL))
        k++;
      if (is_year (s, k))
        {
          year = s->t[k].value;
          e = k + 1;
        }
    }
  m->point.gran = unit == UNIT_HALF ? CHR_GRANULARITY_HALF : CHR_GRANULARITY_QUARTER;
  m->point.sub = n;
  if (year != 0)
    {
      m->anchor = ANCHOR_POINT;
      m->point.year = year;
    }
  else
    {
      m->anchor = ANCHOR_NAMED;
      m->offset = FROM_TENSE;
    }
  return e;
}

guint
_chr_timex_match_season (const Sent *s,
                         guint       i,
                         const Lead *lead,
                         Mention    *m)
{
  const LexEntry *lex = word_lex (s, i);
  guint e = i + 1;

  if (lex == NULL || lex->word_class != W_SEASON)
    return 0;
  m->point.gran = CHR_GRANULARITY_SEASON;
  m->point.sub = lex->value;
  if (is_word (s, e, "of") && is_year (s, e + 1))
    e++;
  if (is_year (s, e))
    {
      m->anchor = ANCHOR_POINT;
      m->point.year = s->t[e].value;
      return e + 1;
    }
  /* "fall" and "spring" are verbs and nouns too: only after "the", "in",
   * and never before "of" and what is not a year: "the fall of Budapest". */
  if (!in_date_context (lead) && !is_preposition_before (s, i))
    return 0;
  if ((lex->flags & LEX_AMBIGUOUS) && is_word (s, e, "of"))
    return 0;
  if ((lex->flags & LEX_AMBIGUOUS) && !in_date_context (lead) && !is_word (s, i - 1, "in") &&
      !is_word (s, i - 1, "this"))
    return 0;
  m->anchor = ANCHOR_NAMED;
  m->offset = FROM_TENSE;
  return e;
}

guint
_chr_timex_match_decade (const Sent *s,
                         guint       i,
                         const Lead *lead,
                         Mention    *m)
{
  const Token *t = s->t;
  const LexEntry *lex = word_lex (s, i);

  /* the 1990s, 1990s, the '90s, the nineties */
  if (i < s->n && t[i].kind == TOKEN_NUMBER && (t[i].flags & TOK_PLURAL_S) &&
      !(t[i].flags & TOK_COMPOUND) && t[i].value % 10 == 0)
    {
      if (t[i].ndigits == 4 && t[i].value >= 1000 && t[i].value <= 2190)
        {
          m->point.year = t[i].value;
          m->anchor = ANCHOR_POINT;
        }
      else if (t[i].ndigits == 2 && (lead->det || is_punct (s, i - 1, '\'')))
        {
          m->point.year = 1900 + t[i].value;
          m->anchor = ANCHOR_POINT;
        }
      else
        return 0;
      m->point.gran = CHR_GRANULARITY_DECADE;
      m->flags |= CHR_TIMEX_FLAG_APPROXIMATE;
      return i + 1;
    }
  if (lead->det && lex != NULL && lex->word_class == W_DECADE)
    {
      m->point.year = 1900 + 10 * lex->value;
      m->point.gran = CHR_GRANULARITY_DECADE;
      m->anchor = ANCHOR_POINT;
      return i + 1;
    }
  /* the 20th century, the twentieth century */
  if (lead->det && ((i < s->n && t[i].kind == TOKEN_NUMBER && (t[i].flags & TOK_ORDINAL) &&
               t[i].value >= 1 && t[i].value <= 21) ||
              (lex != NULL && lex->word_class == W_ORDINAL)) &&
      is_word (s, i + 1, "century"))
    {
      int n = t[i].kind == TOKEN_NUMBER ? t[i].value : lex->value;
      guint e = bc_end (s, i + 2);

      /* "the 4th century BC" runs from 400 to 301 BC: a year of it, whose
       * hundreds are the value's, stands for it. */
      m->point.year = e != 0 ? -(n * 100 - 1) : (n - 1) * 100;
      m->point.gran = CHR_GRANULARITY_CENTURY;
      m->anchor = ANCHOR_POINT;
      return e != 0 ? e : i + 2;
    }
  return 0;
}

guint
_chr_timex_match_year (const Sent *s,
                       guint       i,
                       const Lead *lead,
                       Mention    *m)
{
  guint e = i;

  if (is_class (s, e, W_FISCAL) && is_year (s, e + 1))
    e++;
  else if (!is_year (s, e) || !year_in_context (s, e, in_date_context (lead)))
    return 0;
  m->anchor = ANCHOR_POINT;
  m->point.gran = CHR_GRANULARITY_YEAR;
  m->point.year = s->t[e].value;
  return e + 1;
}

/* the 1988 quarter, the 1989 period: the quarter being reported, in that year */
guint
_chr_timex_match_year_period (const Sent *s,
                              guint       i,
                              const Lead *lead,
                              Mention    *m)
{
  Unit unit;
  gboolean plural;

  if (!lead->det || !is_year (s, i) ||
      !(is_word (s, i + 1, "period") ||
        (parse_unit (s, i + 1, &unit, &plural) && unit == UNIT_QUARTER && !plural)))
    return 0;
  m->anchor = ANCHOR_PERIOD;
  m->point.gran = CHR_GRANULARITY_QUARTER;
  m->point.year = s->t[i].value;
  return i + 2;
}

/* The day of a holiday that moves: sub -1 is Thanksgiving, the fourth
 * Thursday of November; -2 is the U.S. Election Day, the Tuesday after the
 * first Monday of November. */
int
_chr_timex_moving_holiday_day (int year,
                               int sub)
{
  int wd = chr_weekday_from_days (chr_days_from_civil (year, 11, 1));

  if (sub == -2)
    return 1 + (1 - wd + 7) % 7 + 1;
  return 1 + (4 - wd + 7) % 7 + 21;
}

/* Christmas, Christmas Eve, Thanksgiving (Day), New Year's Day, Election Day */
guint
_chr_timex_match_holiday (const Sent *s,
                          guint       i,
                          const Lead *lead,
                          Mention    *m)
{
  guint e = i + 1;

  if (!(i < s->n && (s->t[i].flags & TOK_CAPITALIZED)))
    return 0;
  if (is_word (s, i, "christmas"))
    {
      m->point.month = 12;
      m->point.day = 25;
      if (is_word (s, e, "eve"))
        {
          m->point.day = 24;
          e++;
        }
      else if (is_word (s, e, "day"))
        e++;
    }
  else if (is_word (s, i, "halloween"))
    {
      m->point.month = 10;
      m->point.day = 31;
    }
  else if (is_word (s, i, "new") && is_word (s, e, "year") && is_punct (s, e + 1, '\'') &&
           is_word (s, e + 2, "s") && (is_word (s, e + 3, "day") || is_word (s, e + 3, "eve")) &&
           (s->t[e + 3].flags & TOK_CAPITALIZED))
    {
      gboolean eve = is_word (s, e + 3, "eve");

      m->point.month = eve ? 12 : 1;
      m->point.day = eve ? 31 : 1;
      e += 4;
    }
  else if (is_word (s, i, "thanksgiving"))
    {
      m->point.month = 11;
      m->point.day = 0;
      m->point.sub = -1;
      if (is_word (s, e, "day"))
        e++;
    }
  else if (is_word (s, i, "election") && is_word (s, e, "day") && (s->t[e].flags & TOK_CAPITALIZED))
    {
      m->point.month = 11;
      m->point.day = 0;
      m->point.sub = -2;
      e++;
    }
  else
    return 0;
  m->anchor = ANCHOR_YEARLESS;
  m->point.gran = CHR_GRANULARITY_DAY;
  if (is_punct (s, e, ',') && is_year (s, e + 1))
    e++;
  if (is_year (s, e))
    {
      m->point.year = s->t[e].value;
      m->anchor = ANCHOR_POINT;
      e++;
    }
  if (m->point.day == 0 && m->anchor == ANCHOR_POINT)
    {
      m->point.day = _chr_timex_moving_holiday_day (m->point.year, m->point.sub);
      m->point.sub = 0;
    }
  return e;
}

/* "the 24th": a day of the month in context */
guint
_chr_timex_match_day_of_month (const Sent *s,
                               guint       i,
                               const Lead *lead,
                               Mention    *m)
{
  if (!lead->det || i >= s->n || s->t[i].kind != TOKEN_NUMBER || !(s->t[i].flags & TOK_ORDINAL) ||
      s->t[i].value < 1 || s->t[i].value > 31 || s->t[i].ndigits > 2)
    return 0;
  if (i + 1 < s->n && s->t[i + 1].kind == TOKEN_WORD && !is_class (s, i + 1, W_PREP) &&
      !is_class (s, i + 1, W_CONJ))
    return 0;
  m->anchor = ANCHOR_DAY_OF_MONTH;
  m->point.gran = CHR_GRANULARITY_DAY;
  m->point.day = s->t[i].value;
  return i + 1;
}
