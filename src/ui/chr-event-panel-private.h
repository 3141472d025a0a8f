/* chr-event-panel-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-event-panel.h"

G_BEGIN_DECLS

/* What the panel shows, for the tests that drive it. */
const char *chr_event_panel_get_title         (ChrEventPanel *self);
const char *chr_event_panel_get_date_text     (ChrEventPanel *self);
guint       chr_event_panel_get_n_excerpts    (ChrEventPanel *self);
GtkLabel   *chr_event_panel_get_excerpt_label (ChrEventPanel *self,
                                               guint          index);
GtkWidget  *chr_event_panel_get_excerpt_row   (ChrEventPanel *self,
                                               guint          index);

G_END_DECLS
