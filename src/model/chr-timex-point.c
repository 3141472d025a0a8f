/* chr-timex-point.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-point"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* Calendar arithmetic on points of any granularity (a year, a quarter, a
 * week, a day at a part of the day) and their TIMEX3 values. */

Point
_chr_timex_point_from_days (gint64 days)
{
  Point p = { CHR_GRANULARITY_DAY, 0, 0, 0, 0, 0, 0, 0 };

  chr_civil_from_days (days, &p.year, &p.month, &p.day);
  return p;
}

gint64
_chr_timex_point_days (const Point *p)
{
  return chr_days_from_civil (p->year, p->month, p->day);
}

/* The same moment at a coarser granularity; FALSE when `from` is too coarse. */
gboolean
_chr_timex_truncate_point (const Point    *from,
                           ChrGranularity  gran,
                           Point          *out)
{
  ChrGranularity g = from->gran >= CHR_GRANULARITY_PART_OF_DAY ? CHR_GRANULARITY_DAY : from->gran;

  if (g == CHR_GRANULARITY_UNKNOWN || gran == CHR_GRANULARITY_UNKNOWN)
    return FALSE;
  *out = *from;
  out->part = out->hour = out->minute = 0;
  if (gran >= CHR_GRANULARITY_DAY)
    {
      out->gran = g;
      return g == CHR_GRANULARITY_DAY;
    }
  out->gran = gran;
  if (gran == g)
    return TRUE;
  if (gran <= CHR_GRANULARITY_YEAR)
    return g > gran;
  switch (g)
    {
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_MONTH:
      if (gran == CHR_GRANULARITY_WEEK)
        {
          if (g != CHR_GRANULARITY_DAY)
            return FALSE;
          chr_iso_week (_chr_timex_point_days (from), &out->year, &out->sub);
        }
      else if (gran == CHR_GRANULARITY_MONTH)
        ;
      else if (gran == CHR_GRANULARITY_SEASON)
        out->sub = chr_season_of_month (from->month) + 1;
      else if (gran == CHR_GRANULARITY_QUARTER)
        out->sub = (from->month - 1) / 3 + 1;
      else if (gran == CHR_GRANULARITY_HALF)
        out->sub = (from->month - 1) / 6 + 1;
      else
        return FALSE;
      return TRUE;
    case CHR_GRANULARITY_QUARTER:
      if (gran != CHR_GRANULARITY_HALF)
        return FALSE;
      out->sub = (from->sub - 1) / 2 + 1;
      return TRUE;
    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_WEEK:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      return FALSE;
    }
}

static void
clamp_day (Point *p)
{
  if (p->gran >= CHR_GRANULARITY_DAY && p->day > chr_days_in_month (p->year, p->month))
    p->day = chr_days_in_month (p->year, p->month);
}

gboolean
_chr_timex_shift_months (Point *p,
                         int    n)
{
  gint64 index = (gint64) p->year * 12 + (p->month - 1) + n;

  if (index < -9999 * 12 || index >= 10000 * 12)
    return FALSE;
  p->year = (int) chr_floor_div (index, 12);
  p->month = (int) (index - (gint64) p->year * 12) + 1;
  clamp_day (p);
  return TRUE;
}

/* Moves a point by n units, keeping its granularity. */
gboolean
_chr_timex_shift_point (Point *p,
                        Unit   unit,
                        int    n)
{
  ChrGranularity g = p->gran;

  switch (unit)
    {
    case UNIT_CENTURY:
      n *= 10;
      G_GNUC_FALLTHROUGH;
    case UNIT_DECADE:
      n *= 10;
      G_GNUC_FALLTHROUGH;
    case UNIT_YEAR:
      if (g == CHR_GRANULARITY_UNKNOWN)
        return FALSE;
      p->year += n;
      clamp_day (p);
      return TRUE;

    case UNIT_HALF:
    case UNIT_QUARTER:
      {
        int per_year = unit == UNIT_HALF ? 2 : 4;
        ChrGranularity own = unit == UNIT_HALF ? CHR_GRANULARITY_HALF : CHR_GRANULARITY_QUARTER;

        if (g == own)
          {
            gint64 index = (gint64) p->year * per_year + (p->sub - 1) + n;

            p->year = (int) (index / per_year);
            p->sub = (int) (index % per_year) + 1;
            return index >= 0;
          }
        if (g == CHR_GRANULARITY_MONTH || g >= CHR_GRANULARITY_DAY)
          return _chr_timex_shift_months (p, n * 12 / per_year);
        return FALSE;
      }

    case UNIT_MONTH:
      if (g == CHR_GRANULARITY_MONTH || g >= CHR_GRANULARITY_DAY)
        return _chr_timex_shift_months (p, n);
      if (g == CHR_GRANULARITY_QUARTER && n % 3 == 0)
        return _chr_timex_shift_point (p, UNIT_QUARTER, n / 3);
      return FALSE;

    case UNIT_WEEKEND:
    case UNIT_WEEK:
      n *= 7;
      if (g == CHR_GRANULARITY_WEEK)
        {
          chr_iso_week (chr_iso_week_monday (p->year, p->sub) + n, &p->year, &p->sub);
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case UNIT_DAY:
      if (g < CHR_GRANULARITY_DAY)
        return FALSE;
      {
        Point q = _chr_timex_point_from_days (_chr_timex_point_days (p) + n);

        p->year = q.year;
        p->month = q.month;
        p->day = q.day;
      }
      return TRUE;

    case UNIT_NONE:
    case UNIT_SECOND:
    case UNIT_MINUTE:
    case UNIT_HOUR:
    case N_UNITS:
    default:
      return FALSE;
    }
}

/* Appends v as exactly width decimal digits; format_point runs for every
 * mention, and printf-style formatting would be most of its cost. */
static char *
put_digits (char *w,
            int   v,
            int   width)
{
  for (int k = width - 1; k >= 0; k--)
    {
      w[k] = (char) ('0' + v % 10);
      v /= 10;
    }
  return w + width;
}

static char *
put_string (char       *w,
            const char *s)
{
  while (*s != '\0')
    *w++ = *s++;
  return w;
}

/* A day, and its part or clock time: "2014-02-24", "XXXX-XX-XXTMO",
 * "2014-02-24T09:30". */
static char *
put_day (char        *w,
         const Point *p,
         const char   year[4])
{
  memcpy (w, year, 4);
  w += 4;
  *w++ = '-';
  if (p->month > 0 && p->day > 0)
    {
      w = put_digits (w, p->month, 2);
      *w++ = '-';
      w = put_digits (w, p->day, 2);
    }
  else
    w = put_string (w, "XX-XX");
  if (p->gran >= CHR_GRANULARITY_HOUR)
    {
      *w++ = 'T';
      w = put_digits (w, CLAMP (p->hour, 0, 99), 2);
      *w++ = ':';
      w = put_digits (w, CLAMP (p->minute, 0, 99), 2);
    }
  else if (p->part > 0)
    {
      *w++ = 'T';
      w = put_string (w, chr_part_of_day_codes[p->part - 1].code);
    }
  return w;
}

/* Writes the TIMEX3 value of a point; without a year, X stands for what the
 * text left open ("XXXX-02", "XXXX-WXX"); a year before the common era
 * takes the prefix BC ("BC0241", "BC0480-SU", "BC03" for the 4th century
 * BC). value holds at least 24 bytes. */
gboolean
_chr_timex_format_point (const Point *p,
                         gboolean     known,
                         char        *value,
                         gsize        size)
{
  char year[4];
  char *w = value;

  g_assert (size >= 24);
  if (known)
    {
      if (p->year < -9999 || p->year > 9999 ||
          (p->year == 0 && p->gran != CHR_GRANULARITY_CENTURY && p->gran != CHR_GRANULARITY_DECADE))
        return FALSE;
      if (p->year < 0)
        w = put_string (w, "BC");
      put_digits (year, ABS (p->year), 4);
    }
  else
    memset (year, 'X', sizeof year);

  switch (p->gran)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
      memcpy (w, year, 2);
      w += 2;
      break;
    case CHR_GRANULARITY_DECADE:
      memcpy (w, year, 3);
      w += 3;
      break;
    case CHR_GRANULARITY_YEAR:
      memcpy (w, year, 4);
      w += 4;
      break;
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
      memcpy (w, year, 4);
      w += 4;
      *w++ = '-';
      *w++ = p->gran == CHR_GRANULARITY_HALF ? 'H' : 'Q';
      if (p->sub > 0 && p->sub < 10)
        *w++ = (char) ('0' + p->sub);
      else
        *w++ = 'X';
      break;
    case CHR_GRANULARITY_SEASON:
      memcpy (w, year, 4);
      w += 4;
      *w++ = '-';
      w = put_string (w, chr_season_codes[CLAMP (p->sub, 1, CHR_N_SEASONS) - 1].code);
      break;
    case CHR_GRANULARITY_MONTH:
      memcpy (w, year, 4);
      w += 4;
      *w++ = '-';
      if (p->month > 0)
        w = put_digits (w, p->month, 2);
      else
        w = put_string (w, "XX");
      break;
    case CHR_GRANULARITY_WEEK:
      if (known)
        {
          memcpy (w, year, 4);
          w = put_string (w + 4, "-W");
          w = put_digits (w, CLAMP (p->sub, 0, 99), 2);
        }
      else
        w = put_string (w, "XXXX-WXX");
      break;
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
      w = put_day (w, p, year);
      break;
    case CHR_GRANULARITY_UNKNOWN:
    default:
      return FALSE;
    }
  *w = '\0';
  return TRUE;
}
