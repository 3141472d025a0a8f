/* chr-time.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-time"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chr-time.h"

static const char * const granularity_names[] = {
  "unknown", "millennium", "century", "decade", "year", "half", "quarter",
  "season", "month", "week", "day", "part-of-day", "hour", "minute", "second",
};

const ChrSeasonCode chr_season_codes[CHR_N_SEASONS] = {
  [CHR_SEASON_SPRING] = { "SP", 3 },
  [CHR_SEASON_SUMMER] = { "SU", 6 },
  [CHR_SEASON_FALL] = { "FA", 9 },
  [CHR_SEASON_WINTER] = { "WI", 12 },
};

const ChrPartOfDayCode chr_part_of_day_codes[CHR_N_PARTS_OF_DAY] = {
  [CHR_PART_OF_DAY_MORNING] = { "MO", 6, 12 },
  [CHR_PART_OF_DAY_AFTERNOON] = { "AF", 12, 18 },
  [CHR_PART_OF_DAY_EVENING] = { "EV", 18, 22 },
  [CHR_PART_OF_DAY_NIGHT] = { "NI", 20, 24 },
  [CHR_PART_OF_DAY_MIDDAY] = { "MI", 12, 13 },
  [CHR_PART_OF_DAY_DAYTIME] = { "DT", 9, 17 },
};

/* Division that rounds toward minus infinity, for dates before 1970. */
gint64
chr_floor_div (gint64 a,
               gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
gint64
chr_days_from_civil (int year,
                     int month,
                     int day)
{
  gint64 y = (gint64) year - (month <= 2);
  gint64 era = chr_floor_div (y, 400);
  gint64 yoe = y - era * 400;
  gint64 mp = (month + 9) % 12;
  gint64 doy = (153 * mp + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

void
chr_civil_from_days (gint64  days,
                     int    *year,
                     int    *month,
                     int    *day)
{
  gint64 z = days + 719468;
  gint64 era = chr_floor_div (z, 146097);
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 d = doy - (153 * mp + 2) / 5 + 1;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;
  gint64 y = yoe + era * 400 + (m <= 2);

  if (year)
    *year = (int) y;
  if (month)
    *month = (int) m;
  if (day)
    *day = (int) d;
}

int
chr_days_in_month (int year,
                   int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return month == 2 && leap ? 29 : days[month - 1];
}

/* ISO 8601 week: the year that holds the week's Thursday, and its number. */
void
chr_iso_week (gint64  days,
              int    *week_year,
              int    *week)
{
  gint64 thursday = days - (chr_weekday_from_days (days) - 1) + 3;
  int y;

  chr_civil_from_days (thursday, &y, NULL, NULL);
  *week_year = y;
  *week = (int) ((thursday - chr_days_from_civil (y, 1, 1)) / 7) + 1;
}

/* The Monday of an ISO 8601 week, in days since 1970-01-01. */
gint64
chr_iso_week_monday (int year,
                     int week)
{
  gint64 jan4 = chr_days_from_civil (year, 1, 4);

  return jan4 - (chr_weekday_from_days (jan4) - 1) + (gint64) (week - 1) * 7;
}

/* 1 = Monday … 7 = Sunday, as ISO 8601 and TIMEX3 count them. */
int
chr_weekday_from_days (gint64 days)
{
  /* 1970-01-01 was a Thursday. */
  gint64 w = (days + 3) % 7;

  if (w < 0)
    w += 7;
  return (int) w + 1;
}

/* The season a month (1-12) falls in: seasons begin in March, June,
 * September and December, as chr_season_codes says. */
ChrSeason
chr_season_of_month (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, CHR_SEASON_WINTER);

  return (ChrSeason) (((month + 9) % 12) / 3);
}

gint64
chr_time_from_civil (int year,
                     int month,
                     int day,
                     int hour,
                     int minute,
                     int second)
{
  return chr_days_from_civil (year, month, day) * CHR_SECONDS_PER_DAY
         + hour * 3600 + minute * 60 + second;
}

void
chr_time_to_civil (gint64  t,
                   int    *year,
                   int    *month,
                   int    *day,
                   int    *hour,
                   int    *minute,
                   int    *second)
{
  gint64 days = chr_floor_div (t, CHR_SECONDS_PER_DAY);
  gint64 rest = t - days * CHR_SECONDS_PER_DAY;

  chr_civil_from_days (days, year, month, day);
  if (hour)
    *hour = (int) (rest / 3600);
  if (minute)
    *minute = (int) (rest % 3600 / 60);
  if (second)
    *second = (int) (rest % 60);
}

gint64
chr_time_floor_days (gint64 t)
{
  return chr_floor_div (t, CHR_SECONDS_PER_DAY) * CHR_SECONDS_PER_DAY;
}

/* Adds whole months to the first day of t's month (days within the month are dropped). */
gint64
chr_time_add_months (gint64 t,
                     int    months)
{
  int y, m;
  gint64 index;

  chr_time_to_civil (t, &y, &m, NULL, NULL, NULL, NULL);
  index = (gint64) y * 12 + (m - 1) + months;
  return chr_time_from_civil ((int) chr_floor_div (index, 12), (int) (index - chr_floor_div (index, 12) * 12) + 1,
                              1, 0, 0, 0);
}

/**
 * chr_duration_add:
 * @value: a TIMEX3 duration ("P3Y", "P1Y6M", "P2W", "PT24H")
 * @from: an instant
 * @to: (out): @from plus the duration
 *
 * Returns: %FALSE if @value is not a duration of known length ("PXY")
 */
gboolean
chr_duration_add (const char *value,
                  gint64      from,
                  gint64     *to)
{
  gint64 months = 0, days = 0, seconds = 0;
  gboolean time_part = FALSE;
  gboolean any = FALSE;
  const char *p = value;

  g_return_val_if_fail (value != NULL && to != NULL, FALSE);

  if (*p++ != 'P')
    return FALSE;
  while (*p)
    {
      gint64 n = 0;
      gboolean digits = FALSE;

      if (*p == 'T')
        {
          time_part = TRUE;
          p++;
          continue;
        }
      while (g_ascii_isdigit (*p) && n < 100000)
        {
          n = n * 10 + (*p++ - '0');
          digits = TRUE;
        }
      if (!digits)
        return FALSE;
      switch (*p++)
        {
        case 'Y': months += n * 12; break;
        case 'M':
          if (time_part)
            seconds += n * 60;
          else
            months += n;
          break;
        case 'W': days += n * 7; break;
        case 'D': days += n; break;
        case 'H': seconds += n * 3600; break;
        case 'S': seconds += n; break;
        default: return FALSE;
        }
      any = TRUE;
    }
  if (!any)
    return FALSE;

  if (months != 0)
    {
      int y, m, d, hh, mm, ss;
      gint64 index;
      int year, month;

      chr_time_to_civil (from, &y, &m, &d, &hh, &mm, &ss);
      index = (gint64) y * 12 + (m - 1) + months;
      year = (int) chr_floor_div (index, 12);
      month = (int) (index - (gint64) year * 12) + 1;
      from = chr_time_from_civil (year, month, MIN (d, chr_days_in_month (year, month)), hh, mm, ss);
    }
  *to = from + days * CHR_SECONDS_PER_DAY + seconds;
  return TRUE;
}

static gboolean
read_digits (const char **p,
             int          count,
             int         *value)
{
  int v = 0;

  for (int i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += count;
  *value = v;
  return TRUE;
}

static void
set_interval (ChrInterval    *interval,
              gint64          begin,
              gint64          end,
              ChrGranularity  granularity)
{
  interval->begin = begin;
  interval->end = end;
  interval->granularity = granularity;
}

/* Parses what TIMEX3 writes for DATE and TIME values: 2014, 2014-02,
 * 2022-02-24, 2022-02-24T14:00, 2022-02-24T14:00:05, and also 199 (a decade),
 * 19 (a century), 2014-Q1, 2014-H2, 2014-SU, 2014-W07 and 2025-08-18TNI. */
gboolean
chr_timex_value_to_interval (const char  *value,
                             ChrInterval *interval)
{
  const char *p = value;
  int year, month, day, hour, minute, second = 0;

  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (interval != NULL, FALSE);

  if (read_digits (&p, 2, &year) && *p == '\0')
    {
      set_interval (interval,
                    chr_time_from_civil (year * 100, 1, 1, 0, 0, 0),
                    chr_time_from_civil (year * 100 + 100, 1, 1, 0, 0, 0),
                    CHR_GRANULARITY_CENTURY);
      return TRUE;
    }
  p = value;
  if (read_digits (&p, 3, &year) && *p == '\0')
    {
      set_interval (interval,
                    chr_time_from_civil (year * 10, 1, 1, 0, 0, 0),
                    chr_time_from_civil (year * 10 + 10, 1, 1, 0, 0, 0),
                    CHR_GRANULARITY_DECADE);
      return TRUE;
    }
  p = value;
  if (!read_digits (&p, 4, &year))
    return FALSE;
  if (*p == '\0')
    {
      set_interval (interval,
                    chr_time_from_civil (year, 1, 1, 0, 0, 0),
                    chr_time_from_civil (year + 1, 1, 1, 0, 0, 0),
                    CHR_GRANULARITY_YEAR);
      return TRUE;
    }
  if (*p++ != '-')
    return FALSE;

  if (*p == 'Q' || *p == 'H')
    {
      int n, months = *p == 'Q' ? 3 : 6;
      gint64 begin;

      if (p[1] < '1' || p[1] > (*p == 'Q' ? '4' : '2') || p[2] != '\0')
        return FALSE;
      n = p[1] - '1';
      begin = chr_time_from_civil (year, 1 + n * months, 1, 0, 0, 0);
      set_interval (interval, begin, chr_time_add_months (begin, months),
                    *p == 'Q' ? CHR_GRANULARITY_QUARTER : CHR_GRANULARITY_HALF);
      return TRUE;
    }

  if (*p == 'W' && g_ascii_isdigit (p[1]))
    {
      int week;
      gint64 monday;

      p++;
      if (!read_digits (&p, 2, &week) || *p != '\0' || week < 1 || week > 53)
        return FALSE;
      monday = chr_iso_week_monday (year, week);
      set_interval (interval, monday * CHR_SECONDS_PER_DAY, (monday + 7) * CHR_SECONDS_PER_DAY,
                    CHR_GRANULARITY_WEEK);
      return TRUE;
    }

  if (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]) && p[2] == '\0')
    {
      /* "AU" is autumn as older annotation wrote it. */
      const char *code = strcmp (p, "AU") == 0 ? chr_season_codes[CHR_SEASON_FALL].code : p;

      for (guint i = 0; i < CHR_N_SEASONS; i++)
        if (strcmp (code, chr_season_codes[i].code) == 0)
          {
            gint64 begin = chr_time_from_civil (year, chr_season_codes[i].first_month, 1, 0, 0, 0);
            set_interval (interval, begin, chr_time_add_months (begin, 3), CHR_GRANULARITY_SEASON);
            return TRUE;
          }
      return FALSE;
    }

  if (!read_digits (&p, 2, &month) || month < 1 || month > 12)
    return FALSE;
  if (*p == '\0')
    {
      gint64 begin = chr_time_from_civil (year, month, 1, 0, 0, 0);
      set_interval (interval, begin, chr_time_add_months (begin, 1), CHR_GRANULARITY_MONTH);
      return TRUE;
    }
  if (*p++ != '-' || !read_digits (&p, 2, &day) || day < 1 || day > chr_days_in_month (year, month))
    return FALSE;
  if (*p == '\0')
    {
      gint64 begin = chr_time_from_civil (year, month, day, 0, 0, 0);
      set_interval (interval, begin, begin + CHR_SECONDS_PER_DAY, CHR_GRANULARITY_DAY);
      return TRUE;
    }
  if (*p++ != 'T')
    return FALSE;

  if (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]) && p[2] == '\0')
    {
      for (guint i = 0; i < CHR_N_PARTS_OF_DAY; i++)
        if (strcmp (p, chr_part_of_day_codes[i].code) == 0)
          {
            const ChrPartOfDayCode *part = &chr_part_of_day_codes[i];

            set_interval (interval,
                          chr_time_from_civil (year, month, day, part->from_hour, 0, 0),
                          chr_time_from_civil (year, month, day, 0, 0, 0) + part->to_hour * 3600,
                          CHR_GRANULARITY_PART_OF_DAY);
            return TRUE;
          }
      return FALSE;
    }

  if (!read_digits (&p, 2, &hour) || hour > 24)
    return FALSE;
  if (*p == '\0')
    {
      gint64 begin = chr_time_from_civil (year, month, day, hour, 0, 0);
      set_interval (interval, begin, begin + 3600, CHR_GRANULARITY_HOUR);
      return TRUE;
    }
  if (*p++ != ':' || !read_digits (&p, 2, &minute) || minute > 59)
    return FALSE;
  if (*p == '\0')
    {
      gint64 begin = chr_time_from_civil (year, month, day, hour, minute, 0);
      set_interval (interval, begin, begin + 60, CHR_GRANULARITY_MINUTE);
      return TRUE;
    }
  if (*p++ != ':' || !read_digits (&p, 2, &second) || second > 60)
    return FALSE;
  /* Fractions and zone designators ("Z", "+02:00") are accepted and ignored. */
  if (*p == '.')
    while (g_ascii_isdigit (*++p))
      ;
  if (*p != '\0' && *p != 'Z' && *p != '+' && *p != '-')
    return FALSE;
  {
    gint64 begin = chr_time_from_civil (year, month, day, hour, minute, second);
    set_interval (interval, begin, begin + 1, CHR_GRANULARITY_SECOND);
  }
  return TRUE;
}

/* ISO 8601 of any precision, as typed on a command line: 2014, 2014-02,
 * 2022-02-24, 2025-08-18T14:00. Leading and trailing blanks are ignored. */
gboolean
chr_time_parse_iso (const char  *text,
                    ChrInterval *interval)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (interval != NULL, FALSE);

  copy = g_strstrip (g_strdup (text));
  /* A bare two- or three-digit number is not a date on a command line. */
  if (strlen (copy) < 4)
    return FALSE;
  return chr_timex_value_to_interval (copy, interval);
}

/* Formats an instant as ISO 8601 in UTC ("2022-02-24T00:00:00Z"); years
 * outside 0000-9999 get a sign, as ISO 8601's expanded form does. */
char *
chr_time_format_iso (gint64 t)
{
  int y, m, d, hh, mm, ss;

  chr_time_to_civil (t, &y, &m, &d, &hh, &mm, &ss);
  if (y < 0 || y > 9999)
    return g_strdup_printf ("%+05d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, hh, mm, ss);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, hh, mm, ss);
}

const char *
chr_granularity_to_string (ChrGranularity granularity)
{
  if ((guint) granularity >= G_N_ELEMENTS (granularity_names))
    return granularity_names[0];
  return granularity_names[granularity];
}

ChrGranularity
chr_granularity_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (granularity_names); i++)
    if (g_strcmp0 (text, granularity_names[i]) == 0)
      return (ChrGranularity) i;
  return CHR_GRANULARITY_UNKNOWN;
}

/* Whether a period ends where a unit of its own precision ends (2014/2022,
 * not 2014-02/2025-08-17); that unit, holding its last instant, in *unit. */
gboolean
chr_interval_last_unit (const ChrInterval *interval,
                        ChrInterval       *unit)
{
  ChrInterval last = { interval->end - 1, interval->end, interval->granularity };
  g_autofree char *value = chr_interval_to_value (&last);

  return chr_timex_value_to_interval (value, unit) && unit->end == interval->end;
}

/**
 * chr_interval_to_value:
 * @interval: a date of any granularity
 *
 * Writes the TIMEX3 value of the unit that starts at @interval's begin, at
 * its granularity: "2014", "2014-02", "2022-02-24", "1998-Q3", "199",
 * "2025-W34", "2025-08-17TNI", "2025-08-18T14:05".
 *
 * Returns: (transfer full): the value
 */
char *
chr_interval_to_value (const ChrInterval *interval)
{
  int y, m, d, hh, mm, ss;

  g_return_val_if_fail (interval != NULL, NULL);

  chr_time_to_civil (interval->begin, &y, &m, &d, &hh, &mm, &ss);

  switch (interval->granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
      return g_strdup_printf ("%d", (int) chr_floor_div (y, 1000));
    case CHR_GRANULARITY_CENTURY:
      return g_strdup_printf ("%02d", (int) chr_floor_div (y, 100));
    case CHR_GRANULARITY_DECADE:
      return g_strdup_printf ("%03d", (int) chr_floor_div (y, 10));
    case CHR_GRANULARITY_YEAR:
      return g_strdup_printf ("%04d", y);
    case CHR_GRANULARITY_HALF:
      return g_strdup_printf ("%04d-H%d", y, (m - 1) / 6 + 1);
    case CHR_GRANULARITY_QUARTER:
      return g_strdup_printf ("%04d-Q%d", y, (m - 1) / 3 + 1);
    case CHR_GRANULARITY_SEASON:
      return g_strdup_printf ("%04d-%s", y, chr_season_codes[chr_season_of_month (m)].code);
    case CHR_GRANULARITY_MONTH:
      return g_strdup_printf ("%04d-%02d", y, m);
    case CHR_GRANULARITY_WEEK:
      {
        int week_year, week;

        chr_iso_week (chr_floor_div (interval->begin, CHR_SECONDS_PER_DAY), &week_year, &week);
        return g_strdup_printf ("%04d-W%02d", week_year, week);
      }
    case CHR_GRANULARITY_PART_OF_DAY:
      {
        /* Evening and night overlap: from 20:00 a time is the night's. */
        ChrPartOfDay part = hh < 12 ? CHR_PART_OF_DAY_MORNING : hh < 18 ? CHR_PART_OF_DAY_AFTERNOON :
                            hh < 20 ? CHR_PART_OF_DAY_EVENING : CHR_PART_OF_DAY_NIGHT;

        return g_strdup_printf ("%04d-%02d-%02dT%s", y, m, d, chr_part_of_day_codes[part].code);
      }
    case CHR_GRANULARITY_HOUR:
      return g_strdup_printf ("%04d-%02d-%02dT%02d", y, m, d, hh);
    case CHR_GRANULARITY_MINUTE:
      return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm);
    case CHR_GRANULARITY_SECOND:
      return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, hh, mm, ss);
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_UNKNOWN:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    }
}

/* Months in one unit of a granularity counted in months; 0 for the others. */
static int
months_per_unit (ChrGranularity granularity)
{
  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM: return 12000;
    case CHR_GRANULARITY_CENTURY: return 1200;
    case CHR_GRANULARITY_DECADE: return 120;
    case CHR_GRANULARITY_YEAR: return 12;
    case CHR_GRANULARITY_HALF: return 6;
    case CHR_GRANULARITY_QUARTER: return 3;
    case CHR_GRANULARITY_SEASON: return 3;
    case CHR_GRANULARITY_MONTH: return 1;
    case CHR_GRANULARITY_UNKNOWN: case CHR_GRANULARITY_WEEK: case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY: case CHR_GRANULARITY_HOUR: case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      return 0;
    }
}

static gint64
seconds_per_unit (ChrGranularity granularity)
{
  switch (granularity)
    {
    case CHR_GRANULARITY_WEEK: return 7 * CHR_SECONDS_PER_DAY;
    case CHR_GRANULARITY_PART_OF_DAY: return 6 * 3600;
    case CHR_GRANULARITY_HOUR: return 3600;
    case CHR_GRANULARITY_MINUTE: return 60;
    case CHR_GRANULARITY_SECOND: return 1;
    case CHR_GRANULARITY_UNKNOWN: case CHR_GRANULARITY_MILLENNIUM: case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE: case CHR_GRANULARITY_YEAR: case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER: case CHR_GRANULARITY_SEASON: case CHR_GRANULARITY_MONTH:
    case CHR_GRANULARITY_DAY:
    default:
      return CHR_SECONDS_PER_DAY;
    }
}

/**
 * chr_interval_shift:
 * @interval: a date or a period
 * @seconds: how far to move it, roughly (as a drag across the timeline says)
 * @shifted: (out): @interval moved by whole units of its granularity: whole
 *   months for "February 2014", whole days for a day
 *
 * Returns: how many units it moved; 0 when less than half of one
 */
gint64
chr_interval_shift (const ChrInterval *interval,
                    gint64             seconds,
                    ChrInterval       *shifted)
{
  int months = months_per_unit (interval->granularity);
  gint64 units;

  *shifted = *interval;
  if (months > 0)
    {
      /* An average month, 365.2425 / 12 days. */
      double unit = months * 2629746.0;

      units = (gint64) llround ((double) seconds / unit);
      shifted->begin = chr_time_add_months (interval->begin, (int) (units * months));
      shifted->end = chr_time_add_months (interval->end, (int) (units * months));
      return units;
    }
  units = (gint64) llround ((double) seconds / (double) seconds_per_unit (interval->granularity));
  shifted->begin += units * seconds_per_unit (interval->granularity);
  shifted->end += units * seconds_per_unit (interval->granularity);
  return units;
}
