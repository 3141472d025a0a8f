/* chr-date-settings.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-date-settings"

#include "config.h"

#include <langinfo.h>

#include "chr-date-settings.h"

/* How dates are said, from the settings to a session: the keys
 * `date-precision` and `week-start` become the session's properties of
 * those names, which the views follow. The model and the painter get them
 * as parameters and never read the settings. */

static gboolean
precision_from_setting (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  const char *setting = g_variant_get_string (variant, NULL);
  ChrGranularity precision = CHR_GRANULARITY_UNKNOWN;

  if (g_strcmp0 (setting, "day") == 0)
    precision = CHR_GRANULARITY_DAY;
  else if (g_strcmp0 (setting, "month") == 0)
    precision = CHR_GRANULARITY_MONTH;
  else if (g_strcmp0 (setting, "year") == 0)
    precision = CHR_GRANULARITY_YEAR;
  g_value_set_int (value, precision);
  return TRUE;
}

static gboolean
week_start_from_setting (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  const char *setting = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (setting, "monday") == 0)
    g_value_set_int (value, 1);
  else if (g_strcmp0 (setting, "sunday") == 0)
    g_value_set_int (value, 7);
  else
    g_value_set_int (value, chr_date_settings_locale_week_start ());
  return TRUE;
}

/**
 * chr_date_settings_bind:
 * @settings: Chronicle's settings
 * @session: a session
 *
 * Makes @session say dates as the settings ask, now and whenever they change.
 */
void
chr_date_settings_bind (GSettings  *settings,
                        ChrSession *session)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (CHR_IS_SESSION (session));

  g_settings_bind_with_mapping (settings, "date-precision", session, "date-precision", G_SETTINGS_BIND_GET,
                                precision_from_setting, NULL, NULL, NULL);
  g_settings_bind_with_mapping (settings, "week-start", session, "week-start", G_SETTINGS_BIND_GET,
                                week_start_from_setting, NULL, NULL, NULL);
}

void
chr_date_settings_unbind (ChrSession *session)
{
  g_return_if_fail (CHR_IS_SESSION (session));

  g_settings_unbind (session, "date-precision");
  g_settings_unbind (session, "week-start");
}

/**
 * chr_date_settings_locale_week_start:
 *
 * The first day of the week in the language and region of LC_TIME, as
 * glibc records it (the week's origin and the first weekday counted from
 * it), the way GtkCalendar reads it. Monday where the C library does not say.
 *
 * Returns: 1 = Monday … 7 = Sunday
 */
int
chr_date_settings_locale_week_start (void)
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
