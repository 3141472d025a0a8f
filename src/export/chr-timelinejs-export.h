/* chr-timelinejs-export.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-article.h"
#include "chr-event.h"

G_BEGIN_DECLS

gboolean chr_timelinejs_export_write (GPtrArray      *events,
                                      GPtrArray      *articles,
                                      const char     *title,
                                      GOutputStream  *stream,
                                      GCancellable   *cancellable,
                                      GError        **error);

G_END_DECLS
