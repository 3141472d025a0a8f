/* chr-event-panel.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_EVENT_PANEL (chr_event_panel_get_type ())

G_DECLARE_FINAL_TYPE (ChrEventPanel, chr_event_panel, CHR, EVENT_PANEL, GtkWidget)

GtkWidget  *chr_event_panel_new         (void);
ChrSession *chr_event_panel_get_session (ChrEventPanel  *self);
void        chr_event_panel_set_session (ChrEventPanel  *self,
                                         ChrSession     *session);
void        chr_event_panel_set_event   (ChrEventPanel  *self,
                                         const ChrEvent *event);

void        chr_event_panel_start_rename (ChrEventPanel *self);

G_END_DECLS
