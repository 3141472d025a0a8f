/* chr-window.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-database.h"
#include "chr-event-panel.h"
#include "chr-overview.h"
#include "chr-timeline-view.h"

G_BEGIN_DECLS

#define CHR_TYPE_WINDOW (chr_window_get_type ())

G_DECLARE_FINAL_TYPE (ChrWindow, chr_window, CHR, WINDOW, AdwApplicationWindow)

ChrWindow       *chr_window_new                (AdwApplication      *application,
                                                const char          *db_path);
ChrDatabase     *chr_window_get_database       (ChrWindow           *self);
void             chr_window_import             (ChrWindow           *self,
                                                const char * const  *paths);
gboolean         chr_window_parse_date         (const char          *text,
                                                ChrInterval         *interval);
void             chr_window_set_min_sources    (ChrWindow           *self,
                                                guint                min_sources);
const char      *chr_window_get_problem        (ChrWindow           *self);
gboolean         chr_window_get_busy           (ChrWindow           *self);
ChrTimelineView *chr_window_get_timeline       (ChrWindow           *self);
ChrOverview     *chr_window_get_overview       (ChrWindow           *self);
ChrEventPanel   *chr_window_get_event_panel    (ChrWindow           *self);

G_END_DECLS
