/* chr-date-settings.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-date-settings"

#include "config.h"

#include "chr-date-format.h"
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
  ChrGranularity precision = CHR_GRANULARITY_UNKNOWN;

  chr_date_options_parse_precision (g_variant_get_string (variant, NULL), &precision);
  g_value_set_int (value, precision);
  return TRUE;
}

static gboolean
week_start_from_setting (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  int week_start = 1;

  chr_date_options_parse_week_start (g_variant_get_string (variant, NULL), &week_start);
  g_value_set_int (value, week_start);
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
