/* chr-event-parts.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-time.h"

G_BEGIN_DECLS

/* How a timeline's candidates are divided to be merged a part at a time:
 * chr_event_parts_new(). */
typedef struct _ChrEventParts ChrEventParts;

ChrEventParts *chr_event_parts_new     (guint              max_candidates);
void           chr_event_parts_count   (ChrEventParts     *self,
                                        const ChrInterval *interval);
gint64         chr_event_parts_part_of (ChrEventParts     *self,
                                        const ChrInterval *interval,
                                        gint64             article_id);
gint64         chr_event_parts_find    (ChrEventParts     *self,
                                        gint64             part);
void           chr_event_parts_join    (ChrEventParts     *self,
                                        gint64             a,
                                        gint64             b);
void           chr_event_parts_free    (ChrEventParts     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEventParts, chr_event_parts_free)

G_END_DECLS
