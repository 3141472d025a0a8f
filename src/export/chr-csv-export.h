/* chr-csv-export.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-event.h"

G_BEGIN_DECLS

char     *chr_csv_export_row   (const ChrEvent *event);
gboolean  chr_csv_export_write (GPtrArray      *events,
                                GOutputStream  *stream,
                                GCancellable   *cancellable,
                                GError        **error);

G_END_DECLS
