/* chr-window.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-event-panel.h"
#include "chr-overview.h"
#include "chr-session.h"
#include "chr-timeline-view.h"

G_BEGIN_DECLS

#define CHR_TYPE_WINDOW (chr_window_get_type ())

G_DECLARE_FINAL_TYPE (ChrWindow, chr_window, CHR, WINDOW, AdwApplicationWindow)

ChrWindow  *chr_window_new         (AdwApplication     *application,
                                    const char         *db_path);
ChrSession *chr_window_get_session (ChrWindow          *self);
void        chr_window_import      (ChrWindow          *self,
                                    const char * const *paths);
const char *chr_window_get_problem (ChrWindow          *self);
const char *chr_window_get_db_path (ChrWindow          *self);

G_END_DECLS
