/* chr-timex-resolve.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-resolve"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* Turns a mention into a TIMEX3 value and an interval with the document
 * creation time, the tense nearest to the mention and the last date the text
 * mentioned; one resolver per kind of anchor. */

void
_chr_timex_context_init (Context           *ctx,
                         const ChrInterval *dct)
{
  memset (ctx, 0, sizeof *ctx);
  if (dct == NULL)
    return;
  ctx->dct = _chr_timex_point_from_days (chr_floor_div (dct->begin, CHR_SECONDS_PER_DAY));
  if (ctx->dct.year < 1 || ctx->dct.year > 9999)
    {
      ctx->dct.gran = CHR_GRANULARITY_UNKNOWN;
      return;
    }
  if (dct->granularity >= CHR_GRANULARITY_DAY)
    ctx->dct.gran = CHR_GRANULARITY_DAY;
  else if (dct->granularity >= CHR_GRANULARITY_MONTH && dct->granularity != CHR_GRANULARITY_WEEK)
    ctx->dct.gran = CHR_GRANULARITY_MONTH;
  else if (dct->granularity >= CHR_GRANULARITY_YEAR)
    ctx->dct.gran = CHR_GRANULARITY_YEAR;
  else
    ctx->dct.gran = CHR_GRANULARITY_UNKNOWN;
  ctx->dct_weekday = chr_weekday_from_days (_chr_timex_point_days (&ctx->dct));
}

static gboolean
has_dct (const Context  *ctx,
         ChrGranularity  gran)
{
  return ctx->dct.gran != CHR_GRANULARITY_UNKNOWN && ctx->dct.gran >= gran;
}

/* Days from the DCT to the weekday the mention means. */
static int
weekday_offset (const Mention *m,
                int            dct_weekday,
                Tense          tense)
{
  int forward = (m->weekday - dct_weekday + 7) % 7;
  int backward = (dct_weekday - m->weekday + 7) % 7;

  if (m->offset == 1)
    return forward == 0 ? 7 : forward;
  if (m->offset == -1)
    return backward == 0 ? -7 : -backward;
  /* A bare weekday that names the publication day is that day, whatever the tense. */
  if (forward == 0)
    return 0;
  switch (tense)
    {
    case TENSE_FUTURE:
      return forward;
    case TENSE_PAST:
      return -backward;
    case TENSE_UNKNOWN:
    default:
      return backward <= forward ? -backward : forward;
    }
}

static int
named_index (const Point *p)
{
  switch (p->gran)
    {
    case CHR_GRANULARITY_MONTH:
      return p->month;
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_HALF:
      return p->sub;
    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
    case CHR_GRANULARITY_WEEK:
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      return 0;
    }
}

/* Sentences a reported period stays in force: earnings news compares each
 * figure of a paragraph with "a year ago" without naming the quarter again. */
#define PERIOD_SENTENCES 4

static gboolean
period_in_force (const Context *ctx)
{
  return ctx->period.gran != CHR_GRANULARITY_UNKNOWN &&
         ctx->sentence - ctx->period_sentence <= PERIOD_SENTENCES;
}

/* "a year ago", "a year earlier", "year-ago": after a reported period, the
 * same period a year before, unless a date of this sentence came after it
 * ("for the quarter ended Sept. 30, … a year earlier"). */
static gboolean
is_year_back (const Mention *m,
              const Context *ctx)
{
  if (m->unit != UNIT_YEAR || m->offset != -1)
    return FALSE;
  if (!(m->anchor == ANCHOR_REF_SHIFT || (m->anchor == ANCHOR_DCT_UNIT && m->ago)))
    return FALSE;
  if (!period_in_force (ctx))
    return FALSE;
  return ctx->period_seq >= ctx->ref_seq || ctx->ref_sentence != ctx->sentence;
}

static gboolean
quarter_ended (const Context *ctx,
               const Point   *q)
{
  if (!has_dct (ctx, CHR_GRANULARITY_MONTH))
    return TRUE;
  return q->year * 4 + q->sub < ctx->dct.year * 4 + (ctx->dct.month - 1) / 3 + 1;
}

/* The quarter being reported: the one the text last named, or the one
 * before the DCT's. A quarter still to come is a forecast, not the report. */
static gboolean
reported_period (const Mention *m,
                 const Context *ctx,
                 Tense          tense,
                 Point         *p)
{
  if (period_in_force (ctx) && ctx->period.gran == CHR_GRANULARITY_QUARTER &&
      (tense == TENSE_FUTURE || quarter_ended (ctx, &ctx->period)))
    {
      *p = ctx->period;
      if (m->point.year != 0)
        p->year = m->point.year;
      return TRUE;
    }
  if (ctx->ref.gran == CHR_GRANULARITY_QUARTER && (tense == TENSE_FUTURE || quarter_ended (ctx, &ctx->ref)))
    {
      *p = ctx->ref;
      if (m->point.year != 0)
        p->year = m->point.year;
      return TRUE;
    }
  if (m->point.year != 0)
    {
      p->gran = CHR_GRANULARITY_YEAR;
      return TRUE;
    }
  if (!_chr_timex_truncate_point (&ctx->dct, CHR_GRANULARITY_QUARTER, p))
    return FALSE;
  /* News reports the quarter that just ended. */
  if (tense != TENSE_FUTURE)
    return _chr_timex_shift_point (p, UNIT_QUARTER, -1);
  return TRUE;
}

/* What a resolver made of a mention's point. */
typedef enum
{
  POINT_DROPPED,    /* no such date: February 29 of a common year, a year past 9999 */
  POINT_KNOWN,
  POINT_OPEN,       /* it depends on a DCT the caller did not give, or gave too coarse */
} PointState;

/* A resolver starts from the mention's own point in *p. */
typedef PointState (*Resolver) (const Mention *m,
                                const Context *ctx,
                                Tense          tense,
                                Point         *p);

static PointState
known_unless_dropped (gboolean valid)
{
  return valid ? POINT_KNOWN : POINT_DROPPED;
}

static PointState
resolve_given (const Mention *m,
               const Context *ctx,
               Tense          tense,
               Point         *p)
{
  return POINT_KNOWN;
}

/* The year of a month (and day) the text gave without one: the nearest, news
 * telling more of the months before the DCT than of those after, then moved
 * by the tense when the month is well away from the DCT. */
static void
nearest_year (const Context *ctx,
              Tense          tense,
              Point         *p)
{
  int months = p->month - ctx->dct.month;

  if (months > 4)
    {
      p->year--;
      months -= 12;
    }
  else if (months <= -8)
    {
      p->year++;
      months += 12;
    }
  /* A past event well after the DCT happened the year before; a future one
   * well before it happens the year after. A month either side is too close
   * to tell: "payable Dec. 7". */
  if (tense == TENSE_PAST && months > 2)
    p->year--;
  else if (tense == TENSE_FUTURE && months < -2)
    p->year++;
}

/* The year of a month a narrative names without one: the year it is
 * telling, or the next when the month is eight or more before the one it
 * told last ("in October 1940 … in February"), as nearest_year has it. */
static int
narrative_year (const Point *ref,
                int          month)
{
  gboolean has_month = ref->gran >= CHR_GRANULARITY_MONTH && ref->gran != CHR_GRANULARITY_WEEK;

  return has_month && month > 0 && month + 8 <= ref->month ? ref->year + 1 : ref->year;
}

static PointState
resolve_yearless (const Mention *m,
                  const Context *ctx,
                  Tense          tense,
                  Point         *p)
{
  if (!has_dct (ctx, CHR_GRANULARITY_YEAR))
    {
      if (m->year_rel || ctx->ref.gran < CHR_GRANULARITY_YEAR)
        return POINT_OPEN;
      p->year = narrative_year (&ctx->ref, p->month);
    }
  else
    p->year = ctx->dct.year + (m->year_rel ? m->offset : 0);
  if (has_dct (ctx, CHR_GRANULARITY_MONTH) && !m->year_rel)
    nearest_year (ctx, tense, p);
  if (p->sub < 0)
    {
      p->day = _chr_timex_moving_holiday_day (p->year, p->sub);
      p->sub = 0;
    }
  return known_unless_dropped (p->month < 1 || p->day <= chr_days_in_month (p->year, p->month));
}

static PointState
resolve_day_of_month (const Mention *m,
                      const Context *ctx,
                      Tense          tense,
                      Point         *p)
{
  if (!has_dct (ctx, CHR_GRANULARITY_DAY))
    {
      /* "the 20th" of the month a narrative is telling */
      if (ctx->ref.gran < CHR_GRANULARITY_MONTH || ctx->ref.gran == CHR_GRANULARITY_WEEK)
        return POINT_OPEN;
      p->year = ctx->ref.year;
      p->month = ctx->ref.month;
      return known_unless_dropped (p->day <= chr_days_in_month (p->year, p->month));
    }
  p->year = ctx->dct.year;
  p->month = ctx->dct.month;
  if (tense == TENSE_PAST && p->day > ctx->dct.day)
    _chr_timex_shift_months (p, -1);
  else if (tense == TENSE_FUTURE && p->day < ctx->dct.day)
    _chr_timex_shift_months (p, 1);
  return known_unless_dropped (p->day <= chr_days_in_month (p->year, p->month));
}

/* A weekday, or a day counted from the DCT: "Friday", "yesterday". */
static PointState
resolve_day (const Mention *m,
             const Context *ctx,
             Tense          tense,
             Point         *p)
{
  int part = p->part;
  int days;

  /* Weekdays and "yesterday" point at the day of writing, even in a text
   * read as a narrative: without it they wait for the article's date. */
  if (!has_dct (ctx, CHR_GRANULARITY_DAY))
    return POINT_OPEN;
  days = m->anchor == ANCHOR_DAY_OFFSET ? m->offset
         : weekday_offset (m, ctx->dct_weekday, m->possessive ? TENSE_PAST : tense);
  *p = _chr_timex_point_from_days (_chr_timex_point_days (&ctx->dct) + days);
  p->part = part;
  if (part > 0)
    p->gran = CHR_GRANULARITY_PART_OF_DAY;
  return POINT_KNOWN;
}

static PointState
resolve_dct_unit (const Mention *m,
                  const Context *ctx,
                  Tense          tense,
                  Point         *p)
{
  /* In a report on a quarter, "a year ago" is that quarter a year before. */
  if (m->ago && m->unit == UNIT_YEAR && ctx->ref.gran == CHR_GRANULARITY_QUARTER &&
      ctx->ref_sentence + 1 >= ctx->sentence)
    {
      *p = ctx->ref;
      return known_unless_dropped (_chr_timex_shift_point (p, m->unit, m->offset));
    }
  if (!_chr_timex_truncate_point (&ctx->dct, _chr_timex_units[m->unit].gran, p))
    {
      /* "12 years ago" counts from the day of writing, which a narrative does not give. */
      if (has_dct (ctx, CHR_GRANULARITY_YEAR) || m->ago ||
          !_chr_timex_truncate_point (&ctx->ref, _chr_timex_units[m->unit].gran, p))
        return POINT_OPEN;
    }
  return known_unless_dropped (_chr_timex_shift_point (p, m->unit, m->offset));
}

/* The named month, season, quarter or half next to or before the one of
 * base, in base's year or the one beside it. */
static void
place_named (const Mention *m,
             const Point   *base,
             Tense          tense,
             Point         *p)
{
  Point cur;
  int named, now;

  p->year = base->year;
  if (!_chr_timex_truncate_point (base, p->gran, &cur))
    {
      /* Only the year is known: "the following spring" is in the next one. */
      if (m->offset == -1 || m->offset == 1)
        p->year += m->offset;
      return;
    }
  named = named_index (p);
  now = named_index (&cur);
  if (m->offset == -1 && named >= now)
    p->year--;
  else if (m->offset == 1 && named <= now)
    p->year++;
  else if (m->offset == FROM_TENSE && tense == TENSE_PAST && named > now)
    p->year--;
  else if (m->offset == FROM_TENSE && tense == TENSE_FUTURE && named < now &&
           p->gran != CHR_GRANULARITY_QUARTER && p->gran != CHR_GRANULARITY_HALF)
    p->year++;
}

/* A month, season, quarter or half without a year: "last fall", "the third
 * quarter", "next May"; "the following spring" counts from the last
 * mentioned date, and so does all of it in a narrative. A narrative is told
 * in the past throughout, so its tense does not move the year. */
static PointState
resolve_named (const Mention *m,
               const Context *ctx,
               Tense          tense,
               Point         *p)
{
  const Point *ref = ctx->ref.gran >= CHR_GRANULARITY_YEAR ? &ctx->ref : NULL;

  if (m->from_ref || !has_dct (ctx, CHR_GRANULARITY_YEAR))
    {
      if (ref == NULL)
        return POINT_OPEN;
      place_named (m, ref, TENSE_UNKNOWN, p);
      return POINT_KNOWN;
    }
  if (!has_dct (ctx, CHR_GRANULARITY_MONTH))
    {
      if (m->offset != 0)
        return POINT_OPEN;
      p->year = ctx->dct.year;
      return POINT_KNOWN;
    }
  place_named (m, &ctx->dct, tense, p);
  return POINT_KNOWN;
}

/* The last mentioned date, at a unit or moved by some units: "that year", "a
 * year earlier", "the next morning". */
static PointState
resolve_from_ref (const Mention *m,
                  const Context *ctx,
                  Tense          tense,
                  Point         *p)
{
  ChrGranularity unit_gran = _chr_timex_units[m->unit].gran;
  const Point *base = NULL;
  int part = p->part;

  /* Count from the last mentioned date when it is at least as fine as the unit. */
  if (ctx->ref.gran != CHR_GRANULARITY_UNKNOWN && ctx->ref.gran >= unit_gran &&
      !(unit_gran == CHR_GRANULARITY_WEEK && ctx->ref.gran < CHR_GRANULARITY_DAY &&
        ctx->ref.gran != CHR_GRANULARITY_WEEK))
    base = &ctx->ref;
  else if (has_dct (ctx, CHR_GRANULARITY_YEAR))
    base = &ctx->dct;
  else
    return POINT_OPEN;
  if (m->anchor == ANCHOR_REF_UNIT || base == &ctx->dct || part > 0)
    {
      if (!_chr_timex_truncate_point (base, unit_gran, p))
        {
          if (base == &ctx->dct)
            return POINT_OPEN;
          *p = *base;
        }
    }
  else
    {
      /* "the previous month" is a month; so is "two months earlier" in a
       * narrative (but "a decade earlier" is a year), while news keeps the
       * date it counts from: "a year earlier" than a quarter is that
       * quarter a year before. */
      ChrGranularity gran = m->at_unit ? unit_gran : MAX (unit_gran, CHR_GRANULARITY_YEAR);

      *p = *base;
      if ((m->at_unit || !has_dct (ctx, CHR_GRANULARITY_YEAR)) &&
          !_chr_timex_truncate_point (base, MIN (gran, CHR_GRANULARITY_DAY), p))
        *p = *base;
      if (p->gran > CHR_GRANULARITY_DAY)
        {
          p->gran = CHR_GRANULARITY_DAY;
          p->part = p->hour = p->minute = 0;
        }
    }
  if (m->anchor == ANCHOR_REF_SHIFT && !_chr_timex_shift_point (p, m->unit, m->offset))
    return POINT_DROPPED;
  if (part > 0 && p->gran == CHR_GRANULARITY_DAY)
    {
      p->part = part;
      p->gran = CHR_GRANULARITY_PART_OF_DAY;
    }
  return POINT_KNOWN;
}

static PointState
resolve_period (const Mention *m,
                const Context *ctx,
                Tense          tense,
                Point         *p)
{
  if (!reported_period (m, ctx, tense, p))
    return POINT_OPEN;
  if (m->year_rel)
    {
      if (!has_dct (ctx, CHR_GRANULARITY_YEAR))
        return POINT_OPEN;
      p->year = ctx->dct.year + m->offset;
    }
  return POINT_KNOWN;
}

/* The weekend as its ISO week: the one ahead or behind as the offset or the
 * tense says, the current one when the DCT falls on it. */
static PointState
resolve_weekend (const Mention *m,
                 const Context *ctx,
                 Tense          tense,
                 Point         *p)
{
  gint64 days, saturday;
  int to_saturday, direction = m->offset;

  p->gran = CHR_GRANULARITY_WEEK;
  if (!has_dct (ctx, CHR_GRANULARITY_DAY))
    return POINT_OPEN;
  days = _chr_timex_point_days (&ctx->dct);
  to_saturday = (6 - ctx->dct_weekday + 7) % 7;
  if (direction == FROM_TENSE)
    direction = tense == TENSE_FUTURE ? 1 : tense == TENSE_PAST ? -1 : 0;
  if (ctx->dct_weekday >= 6)
    saturday = days - (ctx->dct_weekday - 6);
  else if (direction < 0)
    saturday = days + to_saturday - 7;
  else
    saturday = days + to_saturday;
  if (direction > 0 && ctx->dct_weekday >= 6 && m->offset == 1)
    saturday += 7;
  chr_iso_week (saturday, &p->year, &p->sub);
  return POINT_KNOWN;
}

/* A clock time on the day this sentence last named, or on the DCT. */
static PointState
resolve_clock (const Mention *m,
               const Context *ctx,
               Tense          tense,
               Point         *p)
{
  int hour = p->hour, minute = p->minute;

  if (ctx->ref.gran >= CHR_GRANULARITY_DAY && ctx->ref_sentence == ctx->sentence)
    *p = ctx->ref;
  else if (has_dct (ctx, CHR_GRANULARITY_DAY))
    *p = ctx->dct;
  else
    {
      p->gran = CHR_GRANULARITY_MINUTE;
      return POINT_OPEN;
    }
  p->gran = CHR_GRANULARITY_MINUTE;
  p->part = 0;
  p->hour = hour;
  p->minute = minute;
  return POINT_KNOWN;
}

static const Resolver resolvers[] = {
  [ANCHOR_LITERAL] = NULL,    /* a literal has its value already */
  [ANCHOR_POINT] = resolve_given,
  [ANCHOR_YEARLESS] = resolve_yearless,
  [ANCHOR_DAY_OF_MONTH] = resolve_day_of_month,
  [ANCHOR_WEEKDAY] = resolve_day,
  [ANCHOR_DAY_OFFSET] = resolve_day,
  [ANCHOR_DCT_UNIT] = resolve_dct_unit,
  [ANCHOR_NAMED] = resolve_named,
  [ANCHOR_REF_SHIFT] = resolve_from_ref,
  [ANCHOR_REF_UNIT] = resolve_from_ref,
  [ANCHOR_PERIOD] = resolve_period,
  [ANCHOR_WEEKEND] = resolve_weekend,
  [ANCHOR_CLOCK] = resolve_clock,
};

/* No DCT fine enough: keep what the text gave, X for the rest. */
static void
leave_open (const Mention *m,
            Point         *p)
{
  switch (m->anchor)
    {
    case ANCHOR_DCT_UNIT:
    case ANCHOR_REF_SHIFT:
    case ANCHOR_REF_UNIT:
      memset (p, 0, sizeof *p);
      p->gran = _chr_timex_units[m->unit].gran;
      if (m->point.part > 0)
        {
          p->gran = CHR_GRANULARITY_PART_OF_DAY;
          p->part = m->point.part;
        }
      break;
    case ANCHOR_PERIOD:
      p->gran = CHR_GRANULARITY_QUARTER;
      p->sub = 0;
      break;
    case ANCHOR_DAY_OFFSET:
    case ANCHOR_DAY_OF_MONTH:
      p->month = p->day = 0;
      p->gran = p->part > 0 ? CHR_GRANULARITY_PART_OF_DAY : CHR_GRANULARITY_DAY;
      break;
    case ANCHOR_YEARLESS:
      if (p->sub < 0)
        p->day = 0;
      break;
    case ANCHOR_LITERAL:
    case ANCHOR_POINT:
    case ANCHOR_WEEKDAY:
    case ANCHOR_NAMED:
    case ANCHOR_WEEKEND:
    case ANCHOR_CLOCK:
    default:
      break;
    }
}

/* The point a mention means, or FALSE to drop it; *known is FALSE when it
 * depends on a DCT the caller did not give. */
static gboolean
resolve_point (const Mention *m,
               const Context *ctx,
               Tense          tense,
               Point         *p,
               gboolean      *known)
{
  PointState state;

  G_STATIC_ASSERT (G_N_ELEMENTS (resolvers) == ANCHOR_CLOCK + 1);
  g_assert (m->anchor != ANCHOR_LITERAL && m->anchor < G_N_ELEMENTS (resolvers));

  *p = m->point;
  *known = TRUE;
  if (is_year_back (m, ctx))
    {
      *p = ctx->period;
      return _chr_timex_shift_point (p, UNIT_YEAR, -1);
    }
  state = resolvers[m->anchor] (m, ctx, tense, p);
  if (state != POINT_OPEN)
    return state == POINT_KNOWN;
  *known = FALSE;
  leave_open (m, p);
  return TRUE;
}

/* A literal's value is complete: a duration, a set, or a reference such as
 * PAST_REF that names no interval. */
static void
resolve_literal (const Mention *m,
                 Context       *ctx,
                 ChrTimex      *out)
{
  if (m->span_period && has_dct (ctx, CHR_GRANULARITY_MONTH))
    {
      /* The months of the year whose last quarter was just reported. */
      ctx->period.gran = CHR_GRANULARITY_YEAR;
      ctx->period.year = ctx->dct.month <= 3 ? ctx->dct.year - 1 : ctx->dct.year;
      ctx->period_sentence = ctx->sentence;
      ctx->period_seq = ctx->seq;
    }
  g_strlcpy (out->value, m->value, sizeof out->value);
  out->resolved = m->type == CHR_TIMEX_DURATION || m->type == CHR_TIMEX_SET;
}

/* The interval of a known point; a weekend is its Saturday and Sunday. */
static void
set_interval (const Mention *m,
              const Point   *p,
              ChrTimex      *out)
{
  if (m->anchor == ANCHOR_WEEKEND)
    {
      gint64 monday = chr_iso_week_monday (p->year, p->sub);

      out->interval.begin = (monday + 5) * CHR_SECONDS_PER_DAY;
      out->interval.end = (monday + 7) * CHR_SECONDS_PER_DAY;
      out->interval.granularity = CHR_GRANULARITY_DAY;
      out->resolved = TRUE;
    }
  else if (chr_timex_value_to_interval (out->value, &out->interval))
    out->resolved = TRUE;
  else
    /* February 29 moved into a common year by the DCT: keep the text, not a wrong date. */
    memset (&out->interval, 0, sizeof out->interval);
}

/* Later mentions count from this one ("a year earlier", "the next day"),
 * and a quarter named is the period reported. */
static void
remember (const Mention *m,
          const Point   *p,
          Context       *ctx)
{
  if (m->anchor != ANCHOR_CLOCK && m->anchor != ANCHOR_REF_SHIFT && m->anchor != ANCHOR_REF_UNIT &&
      m->anchor != ANCHOR_PERIOD && !m->ago && p->gran != CHR_GRANULARITY_UNKNOWN)
    {
      ctx->ref = *p;
      ctx->ref_sentence = ctx->sentence;
      ctx->ref_seq = ctx->seq;
    }
  /* "the 1988 period" and "last year's quarter" are the comparison, not the period reported. */
  if (p->gran == CHR_GRANULARITY_QUARTER && p->sub > 0 && m->anchor != ANCHOR_REF_SHIFT && !m->ago &&
      !(m->anchor == ANCHOR_PERIOD && (m->point.year != 0 || m->year_rel)))
    {
      ctx->period = *p;
      ctx->period_sentence = ctx->sentence;
      ctx->period_seq = ctx->seq;
    }
}

/* "two days later" is the duration "two days" in news, which counts from
 * the document date; a narrative, which has none, means the date two days
 * after the one it told last, "later" included. Returns m, or scratch read
 * so. */
const Mention *
_chr_timex_narrative_reading (const Mention *m,
                              const Context *ctx,
                              Mention       *scratch)
{
  if (m->later == 0 || ctx->dct.gran != CHR_GRANULARITY_UNKNOWN ||
      ctx->ref.gran < _chr_timex_units[m->unit].gran)
    return m;
  *scratch = *m;
  scratch->anchor = ANCHOR_REF_SHIFT;
  scratch->type = CHR_TIMEX_DATE;
  scratch->last = m->later;
  return scratch;
}

/* Turns a mention into its TIMEX3 value; FALSE drops it (a date outside 0001-9999). */
gboolean
_chr_timex_resolve (const Mention *m,
                    Context       *ctx,
                    Tense          tense,
                    ChrTimex      *out)
{
  Point p;
  gboolean known;

  out->type = m->type;
  out->mod = m->mod;
  out->flags = m->flags;
  out->resolved = FALSE;
  memset (&out->interval, 0, sizeof out->interval);

  ctx->seq++;
  if (m->anchor == ANCHOR_LITERAL)
    {
      resolve_literal (m, ctx, out);
      return TRUE;
    }

  if (!resolve_point (m, ctx, tense, &p, &known))
    return FALSE;
  if (m->clock > 0 && known && p.gran >= CHR_GRANULARITY_DAY)
    {
      p.gran = CHR_GRANULARITY_MINUTE;
      p.part = 0;
      p.hour = (m->clock - 1) / 60;
      p.minute = (m->clock - 1) % 60;
    }
  if (p.part > 0 && p.gran == CHR_GRANULARITY_DAY)
    p.gran = CHR_GRANULARITY_PART_OF_DAY;
  if (p.gran >= CHR_GRANULARITY_PART_OF_DAY)
    out->type = CHR_TIMEX_TIME;

  if (m->anchor == ANCHOR_WEEKDAY && !known)
    {
      g_snprintf (out->value, sizeof out->value, "XXXX-WXX-%d%s%s", m->weekday,
                  p.part > 0 ? "T" : "", p.part > 0 ? chr_part_of_day_codes[p.part - 1].code : "");
      return TRUE;
    }
  if (!_chr_timex_format_point (&p, known, out->value, sizeof out->value))
    return FALSE;
  if (m->anchor == ANCHOR_WEEKEND)
    g_strlcat (out->value, "-WE", sizeof out->value);
  if (!known)
    return TRUE;

  if (m->anchor != ANCHOR_POINT)
    out->flags |= CHR_TIMEX_FLAG_UNCERTAIN_REFERENCE;
  set_interval (m, &p, out);
  remember (m, &p, ctx);
  return TRUE;
}
