/* chr-timex-durations.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-durations"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* Patterns for durations and sets: "three years", "a five-year plan",
 * "for years", "every Monday", "twice a year". */

/* "an hour and a half", "2 1/2 years": the whole units, then the half in
 * the next smaller unit, as TimeML writes it (P2Y6M, PT5H30M). FALSE when
 * the unit has no half to write. */
static gboolean
set_duration_and_half (Mention *m,
                       int      count,
                       Unit     unit)
{
  static const struct { Unit unit; Unit half_unit; int half; } halves[] = {
    { UNIT_MINUTE, UNIT_SECOND, 30 }, { UNIT_HOUR, UNIT_MINUTE, 30 },
    { UNIT_DAY, UNIT_HOUR, 12 }, { UNIT_WEEK, UNIT_DAY, 3 },
    { UNIT_MONTH, UNIT_DAY, 15 }, { UNIT_YEAR, UNIT_MONTH, 6 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (halves); k++)
    if (halves[k].unit == unit)
      {
        const UnitInfo *whole = &_chr_timex_units[unit], *part = &_chr_timex_units[halves[k].half_unit];
        gsize n;

        _chr_timex_set_duration (m, count, unit);
        n = strlen (m->value);
        g_snprintf (m->value + n, sizeof m->value - n, "%s%d%s", whole->time || !part->time ? "" : "T",
                    halves[k].half, part->letter);
        return TRUE;
      }
  return FALSE;
}

/* What follows a count and its unit at e: "and a half", "ago", "earlier",
 * or nothing, which leaves a duration. */
static guint
count_tail (const Sent *s,
            const Lead *lead,
            int         count,
            Unit        unit,
            gboolean    half,
            guint       e,
            Mention    *m)
{
  if (((is_class (s, e, W_CONJ) && is_word (s, e + 1, "a") && is_class (s, e + 2, W_HALF)) || half) &&
      count > 0 && unit >= UNIT_MINUTE && unit <= UNIT_YEAR && unit != UNIT_WEEKEND &&
      set_duration_and_half (m, count, unit))
    return half ? e : e + 3;
  if (is_class (s, e, W_AGO))
    {
      m->anchor = ANCHOR_DCT_UNIT;
      m->ago = TRUE;
      m->unit = unit;
      m->offset = count > 0 ? -count : -1;
      /* "years ago", "several days ago": some time back, no date */
      if (count < 0)
        _chr_timex_set_literal (m, CHR_TIMEX_DATE, _chr_timex_ref_values[REF_PAST]);
      return e + 1;
    }
  if (is_class (s, e, W_EARLIER) && count > 0 && !lead->det)
    {
      m->anchor = ANCHOR_REF_SHIFT;
      m->unit = unit;
      m->offset = -count;
      return e + 1;
    }
  _chr_timex_set_duration (m, count, unit);
  /* "twelve days later": news tags the duration, a narrative the date it
   * leads to (see _chr_timex_narrative_reading) */
  if (is_class (s, e, W_LATER) && count > 0 && !lead->det)
    {
      m->unit = unit;
      m->offset = count;
      m->later = e;
    }
  return e;
}

/* three years, 24 hours, two-year, 12 years ago, a year earlier, several days */
guint
_chr_timex_match_count (const Sent *s,
                        guint       i,
                        const Lead *lead,
                        Mention    *m)
{
  guint e;
  int count;
  Unit unit;
  gboolean plural = FALSE;
  gboolean linked = FALSE;
  gboolean half = FALSE;

  if (!_chr_timex_parse_count (s, i, &e, &count))
    return 0;
  /* "5 1/2 hours" */
  if (e < s->n && s->t[e].kind == TOKEN_NUMBER && s->t[e].sep == '/' && s->t[e].ngroups == 2 &&
      s->t[e].value == 1 && s->t[e].value2 == 2 && s->t[i].kind == TOKEN_NUMBER && !glued (&s->t[i], &s->t[e]))
    {
      half = TRUE;
      e++;
    }
  /* "two more weeks", "a few more days" */
  else if (is_word (s, e, "more") && is_class (s, e + 1, W_UNIT))
    e++;
  /* "twice a year" is a set */
  if (i > 0 && (is_word (s, i - 1, "twice") || is_word (s, i - 1, "once") || is_word (s, i - 1, "times")))
    return 0;
  if (is_link (s, e))
    {
      e++;
      linked = TRUE;
    }
  /* "one second", but not "a second term" */
  if (is_word (s, e, "second") && s->t[i].kind == TOKEN_NUMBER)
    unit = UNIT_SECOND;
  else if (!parse_unit (s, e, &unit, &plural) || unit == UNIT_HALF)
    return 0;
  /* "60 Minutes", "Two Weeks Notice": a capitalized unit inside a sentence is a title */
  if ((s->t[e].flags & TOK_CAPITALIZED) && i > 0 && !(s->t[i].flags & TOK_CAPITALIZED) &&
      s->t[i].kind == TOKEN_NUMBER)
    return 0;
  else if (plural && count == 1 && !linked && !half)
    return 0;
  e++;
  /* "a 6-year-old", "52 years old": an age; "three-quarters", "a quarter of": a fraction */
  if ((is_link (s, e) && is_word (s, e + 1, "old")) || is_word (s, e, "old") ||
      (unit == UNIT_QUARTER && (linked || count == 1 || plural)) ||
      (is_link (s, e) && (is_word (s, e + 1, "earlier") || is_word (s, e + 1, "ago"))))
    return 0;
  if (half && (linked || plural))
    linked = FALSE;
  else if (half)
    return 0;
  if (linked)
    {
      /* "a five-year plan": the adjective is a duration */
      _chr_timex_set_duration (m, count, unit);
      return e;
    }
  return count_tail (s, lead, count, unit, half, e, m);
}

/* the first nine months, the first two years */
guint
_chr_timex_match_first_count (const Sent *s,
                              guint       i,
                              const Lead *lead,
                              Mention    *m)
{
  guint e;
  int count;
  Unit unit;
  gboolean plural;

  if (!lead->det || !is_word (s, i, "first") || !_chr_timex_parse_count (s, i + 1, &e, &count) || count < 2 ||
      !parse_unit (s, e, &unit, &plural) || !plural || unit == UNIT_QUARTER)
    return 0;
  _chr_timex_set_duration (m, count, unit);
  return e + 1;
}

/* "for years", "within weeks", "in decades": a bare plural unit after a
 * preposition of extent is an unspecified duration */
guint
_chr_timex_match_bare_units (const Sent *s,
                             guint       i,
                             const Lead *lead,
                             Mention    *m)
{
  Unit unit;
  gboolean plural;

  if (lead->det || i == 0 ||
      !(is_word (s, i - 1, "for") || is_word (s, i - 1, "within") || is_word (s, i - 1, "in")) ||
      !parse_unit (s, i, &unit, &plural) || !plural || unit < UNIT_DAY || unit == UNIT_WEEKEND ||
      unit == UNIT_QUARTER || unit == UNIT_HALF || is_word (s, i + 1, "of") ||
      (s->t[i].flags & TOK_CAPITALIZED))
    return 0;
  _chr_timex_set_duration (m, -1, unit);
  return i + 1;
}

/* "every Monday", "every Sunday morning", "every morning", "every summer",
 * "every May": a name at e. */
static guint
every_name (const Sent *s,
            guint       e,
            Mention    *m)
{
  const LexEntry *next = word_lex (s, e);

  if (next == NULL)
    return 0;
  if (next->word_class == W_WEEKDAY && !(next->flags & LEX_ABBREVIATION))
    {
      m->type = CHR_TIMEX_SET;
      m->anchor = ANCHOR_LITERAL;
      e++;
      if (is_class (s, e, W_PART))
        {
          g_snprintf (m->value, sizeof m->value, "XXXX-WXX-%dT%s", next->value,
                      chr_part_of_day_codes[s->t[e].lex->value].code);
          return e + 1;
        }
      g_snprintf (m->value, sizeof m->value, "XXXX-WXX-%d", next->value);
      return e;
    }
  if (next->word_class == W_PART)
    g_snprintf (m->value, sizeof m->value, "XXXX-XX-XXT%s", chr_part_of_day_codes[next->value].code);
  else if (next->word_class == W_SEASON)
    g_snprintf (m->value, sizeof m->value, "XXXX-%s", chr_season_codes[next->value - 1].code);
  else if (next->word_class == W_MONTH && !(next->flags & LEX_ABBREVIATION))
    g_snprintf (m->value, sizeof m->value, "XXXX-%02d", next->value);
  else
    return 0;
  m->type = CHR_TIMEX_SET;
  m->anchor = ANCHOR_LITERAL;
  return e + 1;
}

/* What follows "every" at e: "every year", "every other week", "every two
 * years", or a name. */
static guint
every_what (const Sent *s,
            guint       e,
            Mention    *m)
{
  gboolean other = is_word (s, e, "other");
  Unit unit;
  gboolean plural;
  guint k;
  int count;

  if (other)
    e++;
  if (parse_unit (s, e, &unit, &plural) && !plural && unit != UNIT_HALF)
    {
      _chr_timex_set_duration (m, other ? 2 : 1, unit);
      m->type = CHR_TIMEX_SET;
      return e + 1;
    }
  if (_chr_timex_parse_count (s, e, &k, &count) && count > 1 && parse_unit (s, k, &unit, &plural) && plural)
    {
      _chr_timex_set_duration (m, count, unit);
      m->type = CHR_TIMEX_SET;
      return k + 1;
    }
  return every_name (s, e, m);
}

/* daily, every Monday, each year, twice a year */
guint
_chr_timex_match_set (const Sent *s,
                      guint       i,
                      const Lead *lead,
                      Mention    *m)
{
  const LexEntry *lex = word_lex (s, i);
  Unit unit;
  gboolean plural;

  if (lex == NULL)
    return 0;
  if (lex->word_class == W_SET)
    {
      /* "average daily volume", "rise 8% annually": a rate, not a recurrence */
      if ((is_word (s, i - 1, "average") && lex->value == UNIT_DAY) || is_punct (s, i - 1, '%'))
        return 0;
      _chr_timex_set_duration (m, 1, (Unit) lex->value);
      m->type = CHR_TIMEX_SET;
      return i + 1;
    }
  /* "twice a year", "three times a week" */
  if (lex->word_class == W_COUNT && lex->value == 1 && i > 0 &&
      (is_word (s, i - 1, "twice") || is_word (s, i - 1, "once") || is_word (s, i - 1, "times")) &&
      parse_unit (s, i + 1, &unit, &plural) && !plural && unit >= UNIT_HOUR)
    {
      _chr_timex_set_duration (m, 1, unit);
      m->type = CHR_TIMEX_SET;
      return i + 2;
    }
  if (lex->word_class != W_EVERY || lex->value != 0)
    return 0;
  return every_what (s, i + 1, m);
}
