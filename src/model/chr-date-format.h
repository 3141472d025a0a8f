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

char       *chr_date_format_year       (int                year);
char       *chr_date_format_time       (gint64             t,
                                        const char        *format);
char       *chr_date_format_interval   (const ChrInterval *interval,
                                        ChrDateStyle       style);
char       *chr_date_format_event      (const ChrInterval *interval,
                                        guint              flags,
                                        ChrDateStyle       style);
const char *chr_date_format_precision  (ChrGranularity     granularity);

G_END_DECLS
