/* chr-event-panel.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-event.h"

G_BEGIN_DECLS

#define CHR_TYPE_EVENT_PANEL (chr_event_panel_get_type ())

G_DECLARE_FINAL_TYPE (ChrEventPanel, chr_event_panel, CHR, EVENT_PANEL, GtkWidget)

GtkWidget  *chr_event_panel_new            (void);
void        chr_event_panel_set_event      (ChrEventPanel  *self,
                                            const ChrEvent *event);
const char *chr_event_panel_get_title      (ChrEventPanel  *self);
const char *chr_event_panel_get_date_text  (ChrEventPanel  *self);
guint       chr_event_panel_get_n_excerpts (ChrEventPanel  *self);
GtkLabel   *chr_event_panel_get_excerpt_label (ChrEventPanel *self,
                                               guint          index);

G_END_DECLS
