/* chr-timeline-view.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-image-export.h"
#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_TIMELINE_VIEW (chr_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (ChrTimelineView, chr_timeline_view, CHR, TIMELINE_VIEW, GtkWidget)

GtkWidget  *chr_timeline_view_new         (void);
ChrSession *chr_timeline_view_get_session (ChrTimelineView *self);
void        chr_timeline_view_set_session (ChrTimelineView *self,
                                           ChrSession      *session);
void        chr_timeline_view_describe    (ChrTimelineView *self,
                                           ChrImageRequest *request);

G_END_DECLS
