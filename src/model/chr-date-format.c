/* chr-date-format.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-date-format"

#include "config.h"

#include <langinfo.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-date-format.h"
#include "chr-event.h"

/* Keeps civil years within an int and the arithmetic exact, as the time scale does. */
#define TIME_LIMIT G_GINT64_CONSTANT (9007199254740992)

#define SECONDS_PER_HOUR G_GINT64_CONSTANT (3600)

/* The parts of the day that TIMEX3 names (MO, AF, EV, NI...), by their hours. */
static const struct
{
  int         from, to;
  const char *name;
} parts_of_day[] = {
  /* Translators: a part of the day after a date, e.g. "24 Feb 2022, morning". */
  { 6, 12, N_("morning") },
  { 12, 13, N_("midday") },
  { 12, 18, N_("afternoon") },
  { 18, 22, N_("evening") },
  { 20, 24, N_("night") },
  { 9, 17, N_("daytime") },
};

static gint64
clamp_time (gint64 t)
{
  return CLAMP (t, -TIME_LIMIT, TIME_LIMIT);
}

static int
year_of (gint64 t)
{
  int year;

  chr_time_to_civil (t, &year, NULL, NULL, NULL, NULL, NULL);
  return year;
}

static char *
join_range (const char *first,
            const char *last)
{
  /* Translators: a range of two dates, e.g. "2014 – 2022" or "Jan – Mar 2014". */
  return g_strdup_printf (_("%s – %s"), first, last);
}

static char *
format_year_range (int first,
                   int last)
{
  g_autofree char *first_text = chr_date_format_year (first);
  g_autofree char *last_text = chr_date_format_year (last);

  return join_range (first_text, last_text);
}

static char *
format_month_range (gint64 begin,
                    gint64 last)
{
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  /* Winter runs into the next year, so it names both. */
  if (year_of (begin) == year_of (last))
    /* Translators: the first month of a range whose last month and year
     * follow, as in "Jan – Mar 2014"; see strftime(3). */
    first_text = chr_date_format_time (begin, _("%b"));
  else
    /* Translators: a month and year, e.g. "Dec 2014"; see strftime(3). */
    first_text = chr_date_format_time (begin, _("%b %Y"));
  last_text = chr_date_format_time (last, _("%b %Y"));
  return join_range (first_text, last_text);
}

/* "evening" for [18:00, 22:00) of one day; NULL for hours TIMEX3 has no name for. */
static const char *
part_of_day_name (gint64 begin,
                  gint64 end)
{
  int hour, end_hour;

  chr_time_to_civil (begin, NULL, NULL, NULL, &hour, NULL, NULL);
  end_hour = (int) ((end - chr_time_floor_days (begin)) / SECONDS_PER_HOUR);
  for (guint i = 0; i < G_N_ELEMENTS (parts_of_day); i++)
    if (parts_of_day[i].from == hour && parts_of_day[i].to == end_hour)
      return _(parts_of_day[i].name);
  return NULL;
}

static char *
format_part_of_day (gint64      begin,
                    gint64      end,
                    const char *day_format,
                    const char *time_format)
{
  const char *name = part_of_day_name (begin, end);
  g_autofree char *day = NULL;

  if (name == NULL)
    return chr_date_format_time (begin, time_format);
  day = chr_date_format_time (begin, day_format);
  /* Translators: a day and a part of it, e.g. "24 Feb 2022, morning". */
  return g_strdup_printf (_("%s, %s"), day, name);
}

/* Northern meteorological seasons, as the calendar reads them: winter is
 * December to February and belongs to the year it starts in. */
static char *
format_season (gint64 begin)
{
  int year, month;
  g_autofree char *year_text = NULL;

  chr_time_to_civil (begin, &year, &month, NULL, NULL, NULL, NULL);
  if (month == 12 || month <= 2)
    {
      g_autofree char *next_text = NULL;

      if (month <= 2)
        year--;
      year_text = chr_date_format_year (year);
      next_text = chr_date_format_year (year + 1);
      /* Translators: a winter across two years, e.g. "Winter 2014–2015". */
      return g_strdup_printf (_("Winter %s–%s"), year_text, next_text);
    }

  year_text = chr_date_format_year (year);
  if (month <= 5)
    /* Translators: a season of a year, e.g. "Spring 2014". */
    return g_strdup_printf (_("Spring %s"), year_text);
  if (month <= 8)
    return g_strdup_printf (_("Summer %s"), year_text);
  return g_strdup_printf (_("Autumn %s"), year_text);
}

/* Years, decades and centuries, alike in both styles but for the decade's "the". */
static char *
format_years (gint64         begin,
              gint64         last,
              ChrGranularity granularity,
              ChrDateStyle   style)
{
  int year = year_of (begin);
  int last_year = year_of (last);

  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
      if (style == CHR_DATE_STYLE_SHORT || year <= 0)
        return format_year_range (year, last_year);
      /* Translators: a century or millennium by its first year, e.g. "1900s". */
      return g_strdup_printf (_("%ds"), year);

    case CHR_GRANULARITY_DECADE:
      if (year <= 0)
        return format_year_range (year, last_year);
      if (style == CHR_DATE_STYLE_SHORT)
        /* Translators: a decade on a timeline card, e.g. "1990s". */
        return g_strdup_printf (_("%ds"), year - year % 10);
      /* Translators: a decade, e.g. "the 1990s". */
      return g_strdup_printf (_("the %ds"), year - year % 10);

    case CHR_GRANULARITY_YEAR:
      if (last_year != year)
        return format_year_range (year, last_year);
      return chr_date_format_year (year);

    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_MONTH:
    case CHR_GRANULARITY_WEEK:
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      g_assert_not_reached ();
    }
}

static char *
format_short (gint64         begin,
              gint64         end,
              ChrGranularity granularity)
{
  gint64 last = end - 1;

  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
      return format_years (begin, last, granularity, CHR_DATE_STYLE_SHORT);
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_SEASON:
      return format_month_range (begin, last);
    case CHR_GRANULARITY_MONTH:
      /* Translators: a month, e.g. "February 2014"; see strftime(3). */
      return chr_date_format_time (begin, _("%B %Y"));
    case CHR_GRANULARITY_WEEK:
      /* Translators: a week by its first day, e.g. "Week of 24 Feb 2022"; see strftime(3). */
      return chr_date_format_time (begin, _("Week of %-d %b %Y"));
    case CHR_GRANULARITY_PART_OF_DAY:
      /* Translators: a day, e.g. "24 Feb 2022"; and a time within it, e.g.
       * "24 Feb 2022, 14:00"; see strftime(3). */
      return format_part_of_day (begin, end, _("%-d %b %Y"), _("%-d %b %Y, %H:%M"));
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
      return chr_date_format_time (begin, _("%-d %b %Y, %H:%M"));
    case CHR_GRANULARITY_SECOND:
      /* Translators: a moment, e.g. "24 Feb 2022, 14:00:05"; see strftime(3). */
      return chr_date_format_time (begin, _("%-d %b %Y, %H:%M:%S"));
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_UNKNOWN:
    default:
      return chr_date_format_time (begin, _("%-d %b %Y"));
    }
}

static char *
format_long (gint64         begin,
             gint64         end,
             ChrGranularity granularity)
{
  g_autofree char *year_text = NULL;
  int month;

  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
      return format_years (begin, end - 1, granularity, CHR_DATE_STYLE_LONG);
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
      chr_time_to_civil (begin, NULL, &month, NULL, NULL, NULL, NULL);
      year_text = chr_date_format_year (year_of (begin));
      if (granularity == CHR_GRANULARITY_HALF)
        /* Translators: half of a year, e.g. "H1 2014". */
        return g_strdup_printf (_("H%d %s"), (month - 1) / 6 + 1, year_text);
      /* Translators: a quarter of a year, e.g. "Q3 2014". */
      return g_strdup_printf (_("Q%d %s"), (month - 1) / 3 + 1, year_text);
    case CHR_GRANULARITY_SEASON:
      return format_season (begin);
    case CHR_GRANULARITY_MONTH:
      return chr_date_format_time (begin, _("%B %Y"));
    case CHR_GRANULARITY_WEEK:
      /* Translators: the week starting on a day, e.g. "Week of 21 February 2022"; see strftime(3). */
      return chr_date_format_time (begin, _("Week of %-d %B %Y"));
    case CHR_GRANULARITY_PART_OF_DAY:
      /* Translators: a full date, e.g. "Monday, 18 August 2025"; and a date
       * and time, e.g. "Monday, 18 August 2025, 14:00"; see strftime(3). */
      return format_part_of_day (begin, end, _("%A, %-d %B %Y"), _("%A, %-d %B %Y, %H:%M"));
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
      return chr_date_format_time (begin, _("%A, %-d %B %Y, %H:%M"));
    case CHR_GRANULARITY_SECOND:
      /* Translators: a date and time to the second; see strftime(3). */
      return chr_date_format_time (begin, _("%A, %-d %B %Y, %H:%M:%S"));
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_UNKNOWN:
    default:
      return chr_date_format_time (begin, _("%A, %-d %B %Y"));
    }
}

/* One end of a period on a card: "2014", "Feb 2014", "24 Feb 2022". */
static char *
format_short_bound (gint64         t,
                    ChrGranularity granularity)
{
  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
      return chr_date_format_year (year_of (t));
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_MONTH:
      return chr_date_format_time (t, _("%b %Y"));
    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_WEEK:
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      return chr_date_format_time (t, _("%-d %b %Y"));
    }
}

/* The unit of @granularity that holds @t: the year of a year, the evening of an evening. */
static void
unit_at (gint64          t,
         ChrGranularity  granularity,
         ChrInterval    *unit)
{
  ChrInterval instant = { t, t + 1, granularity };
  g_autofree char *value = chr_interval_to_value (&instant);

  if (!chr_timex_value_to_interval (value, unit))
    *unit = instant;
}

static char *
format_ongoing (const char *first)
{
  /* Translators: a period that had not ended, e.g. "February 2014 – ongoing". */
  return g_strdup_printf (_("%s – ongoing"), first);
}

/* A period names both ends ("2014 – 2022") or says it goes on ("Feb 2014 –
 * ongoing"). Cards name the ends briefly, at the period's own precision. */
static char *
format_short_period (const ChrInterval *interval,
                     gboolean           ongoing)
{
  g_autofree char *first = format_short_bound (interval->begin, interval->granularity);
  g_autofree char *last = NULL;

  if (ongoing)
    return format_ongoing (first);
  last = format_short_bound (MAX (interval->end - 1, interval->begin), interval->granularity);
  if (strcmp (first, last) == 0)
    return format_short (interval->begin, interval->end, interval->granularity);
  return join_range (first, last);
}

/* The long style says each end in full: the unit the period starts in, and
 * the unit it ends with when it ends where one does (2014 – 2022), else its
 * last day (February 2014 – Sunday, 17 August 2025). */
static char *
format_long_period (const ChrInterval *interval,
                    gboolean           ongoing)
{
  ChrInterval first, last;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  unit_at (interval->begin, interval->granularity, &first);
  first_text = format_long (first.begin, first.end, first.granularity);
  if (ongoing)
    return format_ongoing (first_text);

  if (!chr_interval_last_unit (interval, &last))
    {
      last.begin = interval->end - 1;
      last.end = interval->end;
      last.granularity = CHR_GRANULARITY_DAY;
    }
  last_text = format_long (last.begin, last.end, last.granularity);
  return join_range (first_text, last_text);
}

/**
 * chr_date_format_year:
 * @year: an astronomical year: 0 is 1 BC
 *
 * Returns: (transfer full): "2014", or "44 BC" for the year -43
 */
char *
chr_date_format_year (int year)
{
  if (year <= 0)
    /* Translators: a year before the common era, e.g. "44 BC". */
    return g_strdup_printf (_("%d BC"), 1 - year);
  return g_strdup_printf ("%d", year);
}

/**
 * chr_date_format_time:
 * @t: an instant, in seconds since 1970 UTC
 * @format: a g_date_time_format() format
 *
 * g_date_time_format() for any instant. GDateTime stops at the years 1 and
 * 9999, so other years are formatted in a year with the same calendar (the
 * Gregorian calendar repeats every 400 years: same weekdays, same leap days)
 * and the real year ("44 BC", "12000") is written in place of %Y.
 *
 * Returns: (transfer full): the text; empty if @format cannot be used
 */
char *
chr_date_format_time (gint64      t,
                      const char *format)
{
  g_autoptr(GString) adjusted = NULL;
  g_autoptr(GDateTime) dt = NULL;
  char *text = NULL;
  int year, month, day, hour, minute, second;

  g_return_val_if_fail (format != NULL, NULL);

  chr_time_to_civil (clamp_time (t), &year, &month, &day, &hour, &minute, &second);
  if (year < 1 || year > 9999)
    {
      g_autofree char *year_text = chr_date_format_year (year);

      adjusted = g_string_new (NULL);
      for (const char *p = format; *p != '\0'; p++)
        {
          if (p[0] == '%' && p[1] == 'Y')
            {
              for (const char *y = year_text; *y != '\0'; y++)
                {
                  if (*y == '%')
                    g_string_append_c (adjusted, '%');
                  g_string_append_c (adjusted, *y);
                }
              p++;
            }
          else if (p[0] == '%' && p[1] != '\0')
            {
              g_string_append_len (adjusted, p, 2);
              p++;
            }
          else
            g_string_append_c (adjusted, *p);
        }
      format = adjusted->str;
      year = 2000 + (int) (year - 2000 - chr_floor_div (year - 2000, 400) * 400);
    }

  dt = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (dt != NULL)
    text = g_date_time_format (dt, format);
  return text != NULL ? text : g_strdup ("");
}

/**
 * chr_date_format_interval:
 * @interval: a date: a unit of its granularity, [begin, end)
 * @style: how much room there is
 *
 * Says a date as precisely as it is known, and no more. Short: "2014",
 * "1990s", "Jan – Mar 2014", "February 2014", "Week of 21 Feb 2022",
 * "24 Feb 2022", "24 Feb 2022, evening", "18 Aug 2025, 14:00", "15 Mar 44 BC".
 * Long: "the 1990s", "Q1 2014", "Winter 2014–2015", "February 2014",
 * "Thursday, 24 February 2022", "Thursday, 24 February 2022, evening".
 *
 * Returns: (transfer full): a translated, human-readable date
 */
char *
chr_date_format_interval (const ChrInterval *interval,
                          ChrDateStyle       style)
{
  gint64 begin, end;

  g_return_val_if_fail (interval != NULL, NULL);

  begin = clamp_time (interval->begin);
  end = MAX (clamp_time (interval->end), begin + 1);
  if (style == CHR_DATE_STYLE_SHORT)
    return format_short (begin, end, interval->granularity);
  return format_long (begin, end, interval->granularity);
}

/**
 * chr_date_format_event:
 * @interval: an event's date; for a period, from its begin to its end
 * @flags: its #ChrEventFlags: period, ongoing and approximate change the text
 * @style: how much room there is
 *
 * Says when an event happened: a date as chr_date_format_interval() does,
 * a period by both ends ("2014 – 2022", "Feb 2014 – Aug 2025") or as
 * ongoing ("February 2014 – ongoing"), approximately ("c. 2014" on a card,
 * "about 2014" in full). As precisely as the date is known, weeks from Monday.
 *
 * Returns: (transfer full): a translated, human-readable date
 */
char *
chr_date_format_event (const ChrInterval *interval,
                       guint              flags,
                       ChrDateStyle       style)
{
  const ChrDateOptions options = CHR_DATE_OPTIONS_INIT;

  return chr_date_format_event_with (interval, flags, style, &options);
}

/**
 * chr_date_week_start:
 * @t: a time, seconds since 1970 (UTC)
 * @week_start: the first day of a week, 1 = Monday … 7 = Sunday
 *
 * Returns: midnight of the first day of the week that holds @t
 */
gint64
chr_date_week_start (gint64 t,
                     int    week_start)
{
  gint64 days = chr_floor_div (t, CHR_SECONDS_PER_DAY);
  int into_week;

  g_return_val_if_fail (week_start >= 1 && week_start <= 7, t);

  into_week = (chr_weekday_from_days (days) - week_start + 7) % 7;
  return (days - into_week) * CHR_SECONDS_PER_DAY;
}

/* @date made no more precise than @precision: the units of @precision
 * that hold its first and last instants. */
static void
coarsen (ChrInterval    *date,
         ChrGranularity  precision)
{
  ChrInterval first, last;

  if (precision == CHR_GRANULARITY_UNKNOWN || date->granularity == CHR_GRANULARITY_UNKNOWN ||
      date->granularity <= precision)
    return;
  unit_at (date->begin, precision, &first);
  unit_at (date->end - 1, precision, &last);
  date->begin = first.begin;
  date->end = MAX (last.end, first.begin + 1);
  date->granularity = precision;
}

/**
 * chr_date_format_event_with:
 * @interval: an event's date; for a period, from its begin to its end
 * @flags: its #ChrEventFlags
 * @style: how much room there is
 * @options: the finest unit to write, and the day weeks start on
 *
 * As chr_date_format_event(), but no more precisely than @options says
 * ("February 2022" for 24 February 2022 when months are the finest), and a
 * week named by its first day as @options counts weeks.
 *
 * Returns: (transfer full): a translated, human-readable date
 */
char *
chr_date_format_event_with (const ChrInterval    *interval,
                            guint                 flags,
                            ChrDateStyle          style,
                            const ChrDateOptions *options)
{
  g_autofree char *date = NULL;
  ChrInterval clamped;

  g_return_val_if_fail (interval != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->week_start >= 1 && options->week_start <= 7, NULL);

  clamped.begin = clamp_time (interval->begin);
  clamped.end = MAX (clamp_time (interval->end), clamped.begin + 1);
  clamped.granularity = interval->granularity;
  coarsen (&clamped, options->precision);
  if (clamped.granularity == CHR_GRANULARITY_WEEK && !(flags & CHR_EVENT_FLAG_PERIOD))
    clamped.begin = clamp_time (chr_date_week_start (clamped.begin, options->week_start));

  if (!(flags & CHR_EVENT_FLAG_PERIOD))
    date = chr_date_format_interval (&clamped, style);
  else if (style == CHR_DATE_STYLE_SHORT)
    date = format_short_period (&clamped, (flags & CHR_EVENT_FLAG_ONGOING) != 0);
  else
    date = format_long_period (&clamped, (flags & CHR_EVENT_FLAG_ONGOING) != 0);

  if (!(flags & CHR_EVENT_FLAG_APPROXIMATE))
    return g_steal_pointer (&date);
  if (style == CHR_DATE_STYLE_SHORT)
    /* Translators: an approximate date on a timeline card, e.g. "c. 2014" (circa). */
    return g_strdup_printf (_("c. %s"), date);
  /* Translators: an approximate date, e.g. "about 2014". */
  return g_strdup_printf (_("about %s"), date);
}

/**
 * chr_date_format_precision:
 * @granularity: how precisely a date is known
 *
 * Returns: a translated phrase: "Known to the month"
 */
const char *
chr_date_format_precision (ChrGranularity granularity)
{
  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM: return _("Known to the millennium");
    case CHR_GRANULARITY_CENTURY: return _("Known to the century");
    case CHR_GRANULARITY_DECADE: return _("Known to the decade");
    case CHR_GRANULARITY_YEAR: return _("Known to the year");
    case CHR_GRANULARITY_HALF: return _("Known to the half year");
    case CHR_GRANULARITY_QUARTER: return _("Known to the quarter");
    case CHR_GRANULARITY_SEASON: return _("Known to the season");
    case CHR_GRANULARITY_MONTH: return _("Known to the month");
    case CHR_GRANULARITY_WEEK: return _("Known to the week");
    case CHR_GRANULARITY_DAY: return _("Known to the day");
    case CHR_GRANULARITY_PART_OF_DAY: return _("Known to the part of the day");
    case CHR_GRANULARITY_HOUR: return _("Known to the hour");
    case CHR_GRANULARITY_MINUTE: return _("Known to the minute");
    case CHR_GRANULARITY_SECOND: return _("Known to the second");
    case CHR_GRANULARITY_UNKNOWN:
    default: return _("Precision unknown");
    }
}

/**
 * chr_date_options_parse_precision:
 * @name: "auto", "day", "month" or "year", as the settings and chronicle-cli say it
 * @precision: (out): the finest unit dates are written to; %CHR_GRANULARITY_UNKNOWN for "auto"
 *
 * Returns: %FALSE, leaving @precision alone, when @name is none of those
 */
gboolean
chr_date_options_parse_precision (const char     *name,
                                  ChrGranularity *precision)
{
  static const struct { const char *name; ChrGranularity precision; } names[] = {
    { "auto", CHR_GRANULARITY_UNKNOWN },
    { "day", CHR_GRANULARITY_DAY },
    { "month", CHR_GRANULARITY_MONTH },
    { "year", CHR_GRANULARITY_YEAR },
  };

  g_return_val_if_fail (precision != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (strcmp (name, names[i].name) == 0)
      {
        *precision = names[i].precision;
        return TRUE;
      }
  return FALSE;
}

/**
 * chr_date_options_parse_week_start:
 * @name: "locale", "monday" or "sunday", as the settings and chronicle-cli say it
 * @week_start: (out): 1 = Monday … 7 = Sunday
 *
 * Returns: %FALSE, leaving @week_start alone, when @name is none of those
 */
gboolean
chr_date_options_parse_week_start (const char *name,
                                   int        *week_start)
{
  g_return_val_if_fail (week_start != NULL, FALSE);

  if (g_strcmp0 (name, "monday") == 0)
    *week_start = 1;
  else if (g_strcmp0 (name, "sunday") == 0)
    *week_start = 7;
  else if (g_strcmp0 (name, "locale") == 0)
    *week_start = chr_date_locale_week_start ();
  else
    return FALSE;
  return TRUE;
}

/**
 * chr_date_locale_week_start:
 *
 * The first day of the week in the language and region of LC_TIME, as
 * glibc records it (the week's origin and the first weekday counted from
 * it), the way GtkCalendar reads it. Monday where the C library does not say.
 *
 * Returns: 1 = Monday … 7 = Sunday
 */
int
chr_date_locale_week_start (void)
{
#if HAVE__NL_TIME_FIRST_WEEKDAY
  union { unsigned int word; char *string; } langinfo;
  int first_weekday, origin_weekday, week_start;

  /* 1 = Sunday … 7 = Saturday, counted from the origin. */
  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  /* The origin is a date, 19971130 (a Sunday) or 19971201 (a Monday). */
  origin_weekday = langinfo.word == 19971201 ? 1 : 0;
  if (first_weekday < 1 || first_weekday > 7)
    return 1;
  /* 0 = Sunday … 6 = Saturday, then as ISO 8601 counts. */
  week_start = (origin_weekday + first_weekday - 1) % 7;
  return week_start == 0 ? 7 : week_start;
#else
  return 1;
#endif
}
