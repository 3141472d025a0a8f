/* chr-timex-relative.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-relative"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* Patterns counted from the document date or from the last mentioned date:
 * "last year", "the next day", "a year earlier", "that week", and references
 * such as "now" and "recently". */

/* "the past two years", "the next few days", "the last twenty four hours",
 * "the latest nine months": a duration. */
static guint
relative_span (const Sent     *s,
               const LexEntry *rel,
               guint           e,
               Mention        *m)
{
  int count;
  Unit unit;
  gboolean plural;

  if ((rel->value != 0 || (rel->flags & LEX_LATEST)) && _chr_timex_parse_count (s, e, &e, &count) &&
      parse_unit (s, e, &unit, &plural) && (plural || count == 1) && unit != UNIT_HALF)
    {
      _chr_timex_set_duration (m, count, unit);
      return e + 1;
    }
  return 0;
}

/* "recent years", "the coming weeks": the unit in the plural at e. */
static guint
relative_units (const LexEntry *rel,
                gboolean        anaphoric,
                Unit            unit,
                guint           e,
                Mention        *m)
{
  if (rel->flags & LEX_LATEST)
    {
      if (unit == UNIT_YEAR)
        _chr_timex_set_literal (m, CHR_TIMEX_DATE, _chr_timex_ref_values[REF_PAST]);
      else
        _chr_timex_set_duration (m, -1, unit);
      return e + 1;
    }
  if (rel->value != 0 && !anaphoric)
    {
      _chr_timex_set_duration (m, -1, unit);
      return e + 1;
    }
  return 0;
}

/* "this year's third quarter", "last year's quarter": "year" at e. */
static guint
relative_year_quarter (const Sent     *s,
                       const LexEntry *rel,
                       guint           e,
                       Mention        *m)
{
  guint q = e + 3;
  Unit unit;
  gboolean plural;

  if (!is_punct (s, e + 1, '\'') || !is_word (s, e + 2, "s") || !glued (&s->t[e], &s->t[e + 1]))
    return 0;
  if (is_class (s, q, W_ORDINAL) && s->t[q].lex->value <= 4 &&
      parse_unit (s, q + 1, &unit, &plural) && unit == UNIT_QUARTER && !plural)
    {
      m->anchor = ANCHOR_YEARLESS;
      m->year_rel = TRUE;
      m->offset = rel->value;
      m->point.gran = CHR_GRANULARITY_QUARTER;
      m->point.sub = s->t[q].lex->value;
      return q + 2;
    }
  if (is_word (s, q, "period") || (parse_unit (s, q, &unit, &plural) && unit == UNIT_QUARTER && !plural))
    {
      m->anchor = ANCHOR_PERIOD;
      m->year_rel = TRUE;
      m->offset = rel->value;
      m->point.gran = CHR_GRANULARITY_QUARTER;
      return q + 1;
    }
  return 0;
}

/* "last year", "this week", "the next day", "the latest quarter": the unit
 * in the singular at e. */
static guint
relative_unit (const Sent     *s,
               const LexEntry *rel,
               gboolean        anaphoric,
               Unit            unit,
               guint           e,
               Mention        *m)
{
  guint k;

  if (unit == UNIT_WEEKEND)
    {
      m->anchor = ANCHOR_WEEKEND;
      m->offset = rel->value;
      return e + 1;
    }
  if (unit < UNIT_DAY && unit != UNIT_NONE)
    return 0;
  if (unit == UNIT_DECADE && (rel->flags & LEX_SPAN))
    {
      _chr_timex_set_duration (m, 1, unit);
      return e + 1;
    }
  if (unit == UNIT_QUARTER && (rel->flags & LEX_LATEST))
    {
      m->anchor = ANCHOR_PERIOD;
      m->point.gran = CHR_GRANULARITY_QUARTER;
      return e + 1;
    }
  if (anaphoric || (rel->flags & LEX_LATEST))
    {
      m->anchor = rel->value == 0 ? ANCHOR_REF_UNIT : ANCHOR_REF_SHIFT;
      m->unit = unit;
      m->offset = rel->value;
      m->at_unit = TRUE;
      return unit == UNIT_DAY ? _chr_timex_parse_part (s, e + 1, m) : e + 1;
    }
  if (unit == UNIT_YEAR && (k = relative_year_quarter (s, rel, e, m)) != 0)
    return k;
  m->anchor = ANCHOR_DCT_UNIT;
  m->unit = unit;
  m->offset = rel->value;
  return e + 1;
}

/* "last Friday", "this morning", "last night", "next May", "last fall",
 * "this third quarter": a name at e. */
static guint
relative_name (const Sent     *s,
               const LexEntry *rel,
               guint           e,
               const Lead     *lead,
               Mention        *m)
{
  const LexEntry *lex = word_lex (s, e);

  if (lex == NULL)
    return 0;
  switch ((WordClass) lex->word_class)
    {
    case W_WEEKDAY:
      if (lex->flags & LEX_ABBREVIATION)
        return 0;
      m->anchor = ANCHOR_WEEKDAY;
      m->weekday = lex->value;
      m->offset = rel->value == 0 ? FROM_TENSE : rel->value;
      return _chr_timex_parse_weekday_part (s, e + 1, m);

    case W_PART:
      if (rel->value > 0)
        return 0;
      m->anchor = ANCHOR_DAY_OFFSET;
      m->offset = rel->value;
      return _chr_timex_parse_part (s, e, m);

    case W_MONTH:
    case W_SEASON:
      if ((lex->flags & LEX_ABBREVIATION) ||
          (lex->word_class == W_MONTH && !(s->t[e].flags & TOK_CAPITALIZED)))
        return 0;
      m->anchor = ANCHOR_NAMED;
      m->offset = rel->value;
      m->point.gran = lex->word_class == W_MONTH ? CHR_GRANULARITY_MONTH : CHR_GRANULARITY_SEASON;
      m->point.month = lex->word_class == W_MONTH ? lex->value : 0;
      m->point.sub = lex->word_class == W_SEASON ? lex->value : 0;
      return e + 1;

    case W_ORDINAL:
      return _chr_timex_match_quarter (s, e, lead, m);

    case W_NONE:
    case W_DEICTIC:
    case W_REL:
    case W_UNIT:
    case W_COUNT:
    case W_TENS:
    case W_REF:
    case W_SET:
    case W_EVERY:
    case W_AGO:
    case W_EARLIER:
    case W_LATER:
    case W_QMOD:
    case W_POSITION:
    case W_PREP:
    case W_DET:
    case W_FISCAL:
    case W_CONJ:
    case W_HOLIDAY:
    case W_DECADE:
    case W_CLOCK:
    case W_PREFIX:
    case W_HALF:
    default:
      return 0;
    }
}

/* last/this/next/past/previous/following/current/latest + what follows. */
guint
_chr_timex_match_relative (const Sent *s,
                           guint       i,
                           const Lead *lead,
                           Mention    *m)
{
  const LexEntry *rel = word_lex (s, i);
  guint e = i + 1, k;
  Unit unit;
  gboolean plural;
  gboolean anaphoric;

  if (rel == NULL || rel->word_class != W_REL)
    return 0;
  /* "the next day" counts from the story's date, "next week" from the DCT. */
  anaphoric = (rel->flags & LEX_ANAPHORIC) || (lead->det && rel->value > 0);
  if (is_class (s, e, W_FISCAL))
    e++;
  if ((k = relative_span (s, rel, e, m)) != 0)
    return k;
  if (parse_unit (s, e, &unit, &plural))
    {
      if (plural)
        return relative_units (rel, anaphoric, unit, e, m);
      return relative_unit (s, rel, anaphoric, unit, e, m);
    }
  if (is_word (s, e, "period") && (rel->flags & LEX_LATEST))
    {
      m->anchor = ANCHOR_PERIOD;
      m->point.gran = CHR_GRANULARITY_QUARTER;
      return e + 1;
    }
  /* "the following morning", "the next night": the day after the story's date */
  if (anaphoric && is_class (s, e, W_PART) && rel->value != 0)
    {
      m->anchor = ANCHOR_REF_SHIFT;
      m->unit = UNIT_DAY;
      m->offset = rel->value;
      return _chr_timex_parse_weekday_part (s, e, m);
    }
  if (rel->flags & LEX_LATEST)
    return 0;
  /* "the following spring", "the previous March": counted from the story's date */
  if (anaphoric)
    {
      if (!is_class (s, e, W_SEASON) && !is_class (s, e, W_MONTH))
        return 0;
      m->from_ref = TRUE;
    }
  return relative_name (s, rel, e, lead, m);
}

/* year-earlier, year-ago, the year-earlier quarter, the year-ago period */
guint
_chr_timex_match_year_ago (const Sent *s,
                           guint       i,
                           const Lead *lead,
                           Mention    *m)
{
  guint e = i;
  Unit unit;
  gboolean plural;

  if (is_word (s, e, "comparable"))
    e++;
  if (!is_word (s, e, "year") || !is_link (s, e + 1) ||
      !(is_word (s, e + 2, "earlier") || is_word (s, e + 2, "ago")))
    return 0;
  e += 3;
  m->anchor = ANCHOR_REF_SHIFT;
  m->unit = UNIT_YEAR;
  m->offset = -1;
  if (is_word (s, e, "period") || (parse_unit (s, e, &unit, &plural) && unit == UNIT_QUARTER))
    e++;
  else if (is_class (s, e, W_ORDINAL) && parse_unit (s, e + 1, &unit, &plural) &&
           unit == UNIT_QUARTER)
    e += 2;
  else
    m->adjective = TRUE;
  return e;
}

/* the year, the week, the quarter, the weekend, that day, the same day */
guint
_chr_timex_match_det_unit (const Sent *s,
                           guint       i,
                           const Lead *lead,
                           Mention    *m)
{
  Unit unit;
  gboolean plural;

  if (!lead->det)
    return 0;
  /* "the full year", "the fiscal year" */
  if ((is_word (s, i, "full") || is_class (s, i, W_FISCAL)) && is_word (s, i + 1, "year"))
    i++;
  if (!parse_unit (s, i, &unit, &plural) || plural)
    return 0;
  /* "the day following": the one after the last mentioned date */
  if (!lead->that && is_word (s, i + 1, "following") && unit >= UNIT_DAY && unit != UNIT_WEEKEND)
    {
      m->anchor = ANCHOR_REF_SHIFT;
      m->unit = unit;
      m->offset = 1;
      m->at_unit = TRUE;
      return i + 2;
    }
  if (lead->that)
    {
      if (unit < UNIT_DAY || unit == UNIT_WEEKEND)
        return 0;
      m->anchor = ANCHOR_REF_UNIT;
      m->unit = unit;
      return i + 1;
    }
  switch (unit)
    {
    case UNIT_YEAR:
      /* "the year ended March 31" is a fiscal year: its length */
      if (is_word (s, i + 1, "ended") || is_word (s, i + 1, "ending"))
        {
          _chr_timex_set_duration (m, 1, unit);
          return i + 1;
        }
      m->anchor = ANCHOR_REF_UNIT;
      m->unit = unit;
      return i + 1;
    case UNIT_QUARTER:
      m->anchor = ANCHOR_PERIOD;
      m->point.gran = CHR_GRANULARITY_QUARTER;
      return i + 1;
    case UNIT_WEEK:
    case UNIT_MONTH:
      m->anchor = ANCHOR_DCT_UNIT;
      m->unit = unit;
      m->offset = 0;
      return i + 1;
    case UNIT_WEEKEND:
      m->anchor = ANCHOR_WEEKEND;
      m->offset = FROM_TENSE;
      return i + 1;
    case UNIT_NONE:
    case UNIT_SECOND:
    case UNIT_MINUTE:
    case UNIT_HOUR:
    case UNIT_DAY:
    case UNIT_HALF:
    case UNIT_DECADE:
    case UNIT_CENTURY:
    case N_UNITS:
    default:
      return 0;
    }
}

static gboolean
is_past_form (const Sent *s,
              guint       i)
{
  const LexEntry *lex = word_lex (s, i);

  if (i >= s->n || s->t[i].kind != TOKEN_WORD)
    return FALSE;
  if (lex != NULL && (lex->flags & LEX_PAST) && !(lex->flags & LEX_AFTER_APOSTROPHE))
    return TRUE;
  return _chr_timex_is_regular_past (s->text, s->t, i);
}

/* Whether a reference word at i dates anything where it stands: "soon"
 * after a past event, "future" as an adjective, "Now, ..." leading into a
 * sentence do not. */
static gboolean
reference_dates (const Sent     *s,
                 guint           i,
                 const Lead     *lead,
                 const LexEntry *lex)
{
  switch ((Ref) lex->value)
    {
    case REF_FUTURE:
      /* "the future", "the near future"; "future" alone is an adjective */
      if (strcmp (s->t[i].lower, "soon") != 0)
        return lead->det;
      if (is_word (s, i + 1, "as") || is_word (s, i + 1, "after") ||
          is_word (s, i - 1, "as") || is_word (s, i - 1, "too"))
        return FALSE;
      /* "was soon released", "soon became": soon after a past event */
      return !is_past_form (s, i - 1) && !is_past_form (s, i + 1);
    case REF_PAST:
      /* "recent" is a reference only as "recent", not in "the most recent" */
      if (lex->flags & LEX_LATEST && is_word (s, i - 1, "most"))
        return FALSE;
      /* "most recently last October": the date that follows says when */
      return !(is_word (s, i - 1, "most") &&
               (is_class (s, i + 1, W_REL) || is_class (s, i + 1, W_MONTH) ||
                is_class (s, i + 1, W_WEEKDAY) || is_class (s, i + 1, W_DEICTIC) || is_year (s, i + 1)));
    case REF_PRESENT:
    default:
      /* "Now, ..." and "Currently, ..." opening a sentence lead into it
       * rather than date anything. */
      return !(is_punct (s, i + 1, ',') && (i == 0 || (i == 1 && s->t[0].kind == TOKEN_PUNCT)));
    }
}

/* now, recently, soon, the future, recent years */
static guint
reference_word (const Sent     *s,
                guint           i,
                const Lead     *lead,
                const LexEntry *lex,
                Mention        *m)
{
  if (lex->flags & LEX_LATEST)
    {
      Unit unit;
      gboolean plural;

      /* "recent years", "recent weeks" */
      if (parse_unit (s, i + 1, &unit, &plural) && plural)
        {
          if (unit == UNIT_YEAR)
            _chr_timex_set_literal (m, CHR_TIMEX_DATE, _chr_timex_ref_values[REF_PAST]);
          else
            _chr_timex_set_duration (m, -1, unit);
          return i + 2;
        }
      /* "the recent sale" points at an event, not at a time */
      if (lead->det || (i > 0 && is_class (s, i - 1, W_DET)))
        return 0;
    }
  if (!reference_dates (s, i, lead, lex))
    return 0;
  /* "the recently passed law": the adverb belongs to the participle. */
  if (is_word (s, i - 1, "the") && !(lex->flags & LEX_LATEST) && lex->value != REF_FUTURE)
    return 0;
  _chr_timex_set_literal (m, CHR_TIMEX_DATE, _chr_timex_ref_values[lex->value]);
  return i + 1;
}

/* the past, current, right now, these days */
static guint
reference_phrase (const Sent *s,
                  guint       i,
                  const Lead *lead,
                  Mention    *m)
{
  static const struct { const char *words[3]; gboolean det; Ref ref; } pairs[] = {
    { { "near", "future", NULL }, TRUE, REF_FUTURE },
    { { "distant", "future", NULL }, TRUE, REF_FUTURE },
    { { "near", "term", NULL }, TRUE, REF_FUTURE },
    { { "short", "term", NULL }, TRUE, REF_FUTURE },
    { { "right", "now", NULL }, FALSE, REF_PRESENT },
    { { "these", "days", NULL }, FALSE, REF_PRESENT },
  };

  /* "the past", but not "the past two years" */
  if (lead->det && is_word (s, i, "past") && !is_class (s, i + 1, W_UNIT) &&
      !is_class (s, i + 1, W_COUNT) && !is_class (s, i + 1, W_TENS) &&
      !(i + 1 < s->n && s->t[i + 1].kind == TOKEN_NUMBER) && !is_class (s, i + 1, W_SEASON) &&
      !is_class (s, i + 1, W_FISCAL) && !is_class (s, i + 1, W_WEEKDAY))
    {
      _chr_timex_set_literal (m, CHR_TIMEX_DATE, _chr_timex_ref_values[REF_PAST]);
      return i + 1;
    }
  /* "current" that names no period: "current levels" */
  if (!lead->det && is_word (s, i, "current") && !is_class (s, i + 1, W_FISCAL) && !is_class (s, i + 1, W_UNIT) &&
      !is_class (s, i + 1, W_ORDINAL) && !is_class (s, i + 1, W_SEASON) && !is_word (s, i + 1, "period"))
    {
      _chr_timex_set_literal (m, CHR_TIMEX_DATE, _chr_timex_ref_values[REF_PRESENT]);
      return i + 1;
    }
  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    if ((lead->det || !pairs[p].det) && match_words (s->t, s->n, i, pairs[p].words) != 0)
      {
        _chr_timex_set_literal (m, CHR_TIMEX_DATE, _chr_timex_ref_values[pairs[p].ref]);
        return i + 2;
      }
  return 0;
}

/* now, recently, the past, the future, soon */
guint
_chr_timex_match_reference (const Sent *s,
                            guint       i,
                            const Lead *lead,
                            Mention    *m)
{
  const LexEntry *lex = word_lex (s, i);

  /* Only a listed word opens a reference, so of the pairs only "right now"
   * and "these days" can match: "near", "distant" and "short" are not listed. */
  if (lex == NULL)
    return 0;
  if (lex->word_class == W_REF)
    return reference_word (s, i, lead, lex, m);
  return reference_phrase (s, i, lead, m);
}
