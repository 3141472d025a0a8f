/* chr-data-export.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-database.h"

G_BEGIN_DECLS

typedef enum
{
  CHR_DATA_FORMAT_JSON,            /* Chronicle JSON: everything, to import again */
  CHR_DATA_FORMAT_TIMELINEJS,
  CHR_DATA_FORMAT_CSV,
  CHR_DATA_FORMAT_TIMEML,          /* a folder: one file per article */
} ChrDataFormat;

gboolean chr_data_format_from_name (const char         *name,
                                    ChrDataFormat      *format);
gboolean chr_data_export_to_file   (ChrDatabase        *db,
                                    ChrDataFormat       format,
                                    const ChrInterval  *range,
                                    const char         *title,
                                    GFile              *target,
                                    GCancellable       *cancellable,
                                    GError            **error);

G_END_DECLS
