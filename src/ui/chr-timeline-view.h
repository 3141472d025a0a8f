/* chr-timeline-view.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-article.h"
#include "chr-timeline-painter.h"

G_BEGIN_DECLS

#define CHR_TYPE_TIMELINE_VIEW (chr_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (ChrTimelineView, chr_timeline_view, CHR, TIMELINE_VIEW, GtkWidget)

GtkWidget *chr_timeline_view_new              (void);
void       chr_timeline_view_take_index       (ChrTimelineView  *self,
                                               ChrTimelineIndex *index);
guint      chr_timeline_view_get_n_events     (ChrTimelineView *self);
gboolean   chr_timeline_view_is_settled       (ChrTimelineView *self);
gint64     chr_timeline_view_get_selected_id  (ChrTimelineView *self);
void       chr_timeline_view_set_selected_id  (ChrTimelineView *self,
                                               gint64           id);
void       chr_timeline_view_zoom_to_fit      (ChrTimelineView *self);
void       chr_timeline_view_zoom             (ChrTimelineView *self,
                                               double           factor);
void       chr_timeline_view_get_visible      (ChrTimelineView *self,
                                               gint64          *begin,
                                               gint64          *end);
void       chr_timeline_view_set_visible      (ChrTimelineView *self,
                                               gint64           begin,
                                               gint64           end);
void       chr_timeline_view_go_to            (ChrTimelineView *self,
                                               const ChrInterval *interval);
gboolean   chr_timeline_view_get_extent       (ChrTimelineView *self,
                                               gint64          *begin,
                                               gint64          *end);
guint      chr_timeline_view_count_before     (ChrTimelineView *self,
                                               gint64           t);
gboolean   chr_timeline_view_is_fitted        (ChrTimelineView *self);
guint      chr_timeline_view_get_n_clusters   (ChrTimelineView *self);
guint      chr_timeline_view_get_n_cards      (ChrTimelineView *self);
gboolean   chr_timeline_view_get_cluster      (ChrTimelineView *self,
                                               guint            index,
                                               graphene_rect_t *rect,
                                               gint64          *begin,
                                               gint64          *end,
                                               guint           *count);
gboolean   chr_timeline_view_get_event_rect   (ChrTimelineView *self,
                                               gint64           id,
                                               graphene_rect_t *rect);

G_END_DECLS
