/* chr-time.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Instants are seconds since 1970-01-01 00:00 UTC in a gint64; negative values
 * reach back before 1970. Dates use the proleptic Gregorian calendar. */

typedef enum
{
  CHR_GRANULARITY_UNKNOWN = 0,
  CHR_GRANULARITY_MILLENNIUM,
  CHR_GRANULARITY_CENTURY,
  CHR_GRANULARITY_DECADE,
  CHR_GRANULARITY_YEAR,
  CHR_GRANULARITY_HALF,
  CHR_GRANULARITY_QUARTER,
  CHR_GRANULARITY_SEASON,
  CHR_GRANULARITY_MONTH,
  CHR_GRANULARITY_WEEK,
  CHR_GRANULARITY_DAY,
  CHR_GRANULARITY_PART_OF_DAY,
  CHR_GRANULARITY_HOUR,
  CHR_GRANULARITY_MINUTE,
  CHR_GRANULARITY_SECOND,
} ChrGranularity;

/* A half-open interval [begin, end) with the precision it was stated in. */
typedef struct
{
  gint64         begin;
  gint64         end;
  ChrGranularity granularity;
} ChrInterval;

#define CHR_SECONDS_PER_DAY G_GINT64_CONSTANT (86400)

/* Seasons and parts of the day as TIMEX3 writes them: "2014-SU",
 * "2014-02-24TMO". Seasons are the meteorological ones of the northern
 * hemisphere, winter spanning the new year; a part of the day spans the
 * hours [from_hour, to_hour), night reaching midnight. */
typedef enum
{
  CHR_SEASON_SPRING,
  CHR_SEASON_SUMMER,
  CHR_SEASON_FALL,
  CHR_SEASON_WINTER,
  CHR_N_SEASONS,
} ChrSeason;

typedef enum
{
  CHR_PART_OF_DAY_MORNING,
  CHR_PART_OF_DAY_AFTERNOON,
  CHR_PART_OF_DAY_EVENING,
  CHR_PART_OF_DAY_NIGHT,
  CHR_PART_OF_DAY_MIDDAY,
  CHR_PART_OF_DAY_DAYTIME,
  CHR_N_PARTS_OF_DAY,
} ChrPartOfDay;

typedef struct
{
  char code[3];
  int  first_month;
} ChrSeasonCode;

typedef struct
{
  char code[3];
  int  from_hour;
  int  to_hour;
} ChrPartOfDayCode;

extern const ChrSeasonCode    chr_season_codes[CHR_N_SEASONS];
extern const ChrPartOfDayCode chr_part_of_day_codes[CHR_N_PARTS_OF_DAY];

gint64          chr_floor_div                (gint64             a,
                                              gint64             b);
gint64          chr_days_from_civil          (int                year,
                                              int                month,
                                              int                day);
void            chr_civil_from_days          (gint64             days,
                                              int               *year,
                                              int               *month,
                                              int               *day);
int             chr_days_in_month            (int                year,
                                              int                month);
int             chr_weekday_from_days        (gint64             days);
ChrSeason       chr_season_of_month          (int                month);
gint64          chr_time_from_civil          (int                year,
                                              int                month,
                                              int                day,
                                              int                hour,
                                              int                minute,
                                              int                second);
void            chr_time_to_civil            (gint64             t,
                                              int               *year,
                                              int               *month,
                                              int               *day,
                                              int               *hour,
                                              int               *minute,
                                              int               *second);
gint64          chr_time_floor_days          (gint64             t);
gint64          chr_time_add_months          (gint64             t,
                                              int                months);
gboolean        chr_duration_add             (const char        *value,
                                              gint64             from,
                                              gint64            *to);
gboolean        chr_time_parse_iso           (const char        *text,
                                              ChrInterval       *interval);
gboolean        chr_timex_value_to_interval  (const char        *value,
                                              ChrInterval       *interval);
char           *chr_time_format_iso          (gint64             t);
void            chr_iso_week                 (gint64             days,
                                              int               *week_year,
                                              int               *week);
gint64          chr_iso_week_monday          (int                year,
                                              int                week);
char           *chr_interval_to_value        (const ChrInterval *interval);
gint64          chr_interval_shift           (const ChrInterval *interval,
                                              gint64             seconds,
                                              ChrInterval       *shifted);
gboolean        chr_interval_last_unit       (const ChrInterval *interval,
                                              ChrInterval       *unit);
const char     *chr_granularity_to_string    (ChrGranularity     granularity);
ChrGranularity  chr_granularity_from_string  (const char        *text);

G_END_DECLS
