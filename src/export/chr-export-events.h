/* chr-export-events.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-database.h"

G_BEGIN_DECLS

/* How much of a date an export writes: the year, then month, day, hour, minute. */
typedef enum
{
  CHR_EXPORT_PARTS_YEAR = 1,
  CHR_EXPORT_PARTS_MONTH,
  CHR_EXPORT_PARTS_DAY,
  CHR_EXPORT_PARTS_HOUR,
  CHR_EXPORT_PARTS_MINUTE,
} ChrExportParts;

GPtrArray      *chr_export_list_events (ChrDatabase      *db,
                                        const ChrInterval *range,
                                        GError          **error);
ChrExportParts  chr_export_parts       (ChrGranularity    granularity);
char           *chr_export_format_date (gint64            time,
                                        ChrGranularity    granularity);
gint64          chr_export_event_last  (const ChrEvent   *event);

G_END_DECLS
