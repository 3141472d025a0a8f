/* chr-date-format.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-time.h"

G_BEGIN_DECLS

/* How much room a date has. */
typedef enum
{
  CHR_DATE_STYLE_SHORT,            /* a card on the timeline: "24 Feb 2022", "Feb 2014 – ongoing" */
  CHR_DATE_STYLE_LONG,             /* the event panel, tooltips, screen readers: "Thursday, 24 February 2022" */
} ChrDateStyle;

/* How the person likes dates said. */
typedef struct
{
  ChrGranularity precision;       /* the finest unit written; CHR_GRANULARITY_UNKNOWN for the date's own */
  int            week_start;      /* the first day of a week: 1 = Monday … 7 = Sunday */
} ChrDateOptions;

#define CHR_DATE_OPTIONS_INIT { CHR_GRANULARITY_UNKNOWN, 1 }

char       *chr_date_format_year       (int                year);
char       *chr_date_format_time       (gint64             t,
                                        const char        *format);
char       *chr_date_format_interval   (const ChrInterval *interval,
                                        ChrDateStyle       style);
char       *chr_date_format_event      (const ChrInterval *interval,
                                        guint              flags,
                                        ChrDateStyle       style);
char       *chr_date_format_event_with (const ChrInterval    *interval,
                                        guint                 flags,
                                        ChrDateStyle          style,
                                        const ChrDateOptions *options);
gint64      chr_date_week_start        (gint64             t,
                                        int                week_start);
const char *chr_date_format_precision  (ChrGranularity     granularity);

gboolean    chr_date_options_parse_precision  (const char     *name,
                                               ChrGranularity *precision);
gboolean    chr_date_options_parse_week_start (const char     *name,
                                               int            *week_start);
int         chr_date_locale_week_start        (void);

G_END_DECLS
