/* chr-timeline-view-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-timeline-view.h"

G_BEGIN_DECLS

/* What the last frame drew, for the tests that drive the widget. */
gboolean chr_timeline_view_is_settled     (ChrTimelineView *self);
guint    chr_timeline_view_get_n_clusters (ChrTimelineView *self);
guint    chr_timeline_view_get_n_cards    (ChrTimelineView *self);
gboolean chr_timeline_view_get_cluster    (ChrTimelineView *self,
                                           guint            index,
                                           graphene_rect_t *rect,
                                           gint64          *begin,
                                           gint64          *end,
                                           guint           *count);
gboolean chr_timeline_view_get_event_rect (ChrTimelineView *self,
                                           gint64           id,
                                           graphene_rect_t *rect);
char    *chr_timeline_view_get_axis_text  (ChrTimelineView *self);

G_END_DECLS
