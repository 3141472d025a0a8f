/* chr-timeline-index.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-article.h"
#include "chr-time.h"

G_BEGIN_DECLS

/* One event as the timeline shows it. Given to an index, label is copied. */
typedef struct
{
  gint64          id;
  gint64          begin;
  gint64          end;
  ChrGranularity  granularity;
  const char     *label;
  double          importance;      /* >= 1; more is more important (chr_event_importance) */
  guint           n_sources;       /* the articles that report it */
  guint           flags;           /* ChrEventFlags: period, ongoing, approximate, conflict, the user's */
  guint           color;           /* its tag's colour, 1 to CHR_TAG_N_COLORS; 0 if untagged */
} ChrTimelineItem;

/* The events of a timeline sorted by begin, with what finds the visible
 * ones without walking them all. Made on any thread, never changed after:
 * a session, the view and an export can share one. */
typedef struct _ChrTimelineIndex ChrTimelineIndex;

ChrTimelineIndex      *chr_timeline_index_new            (const ChrTimelineItem  *items,
                                                          guint                   n_items);
ChrTimelineIndex      *chr_timeline_index_new_for_events (const ChrEventList     *events);
ChrTimelineIndex      *chr_timeline_index_new_edited     (const ChrTimelineIndex *base,
                                                          const ChrTimelineItem  *changed,
                                                          guint                   n_changed,
                                                          const gint64           *removed,
                                                          guint                   n_removed);
ChrTimelineIndex      *chr_timeline_index_ref            (ChrTimelineIndex       *index);
void                   chr_timeline_index_unref          (ChrTimelineIndex       *index);
guint                  chr_timeline_index_get_n_items    (const ChrTimelineIndex *index);
const ChrTimelineItem *chr_timeline_index_get_item       (const ChrTimelineIndex *index,
                                                          guint                   position);
const ChrTimelineItem *chr_timeline_index_get_items      (const ChrTimelineIndex *index,
                                                          guint                  *n_items);
int                    chr_timeline_index_find           (const ChrTimelineIndex *index,
                                                          gint64                  id);
gboolean               chr_timeline_index_get_extent     (const ChrTimelineIndex *index,
                                                          gint64                 *begin,
                                                          gint64                 *end);
gboolean               chr_timeline_index_get_focus      (const ChrTimelineIndex *index,
                                                          gint64                 *begin,
                                                          gint64                 *end);
guint                  chr_timeline_index_count_before   (const ChrTimelineIndex *index,
                                                          gint64                  t);
guint                  chr_timeline_index_count_ended_before (const ChrTimelineIndex *index,
                                                          gint64                  t);
guint                  chr_timeline_index_count_overlapping (const ChrTimelineIndex *index,
                                                          gint64                  from,
                                                          gint64                  to);
guint                  chr_timeline_index_most_important (const ChrTimelineIndex *index,
                                                          guint                   lo,
                                                          guint                   hi,
                                                          gint64                 *latest_end);
void                   chr_timeline_index_collect_ongoing (const ChrTimelineIndex *index,
                                                          gint64                  t,
                                                          GArray                 *positions);
void                   chr_timeline_index_collect_visible (const ChrTimelineIndex *index,
                                                          gint64                  from,
                                                          gint64                  to,
                                                          GArray                 *positions);

void                   chr_timeline_index_tune_allocator (void);
void                   chr_timeline_index_warm_allocator (const ChrTimelineIndex *index);
gboolean               chr_timeline_item_is_period       (const ChrTimelineItem  *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrTimelineIndex, chr_timeline_index_unref)

G_END_DECLS
