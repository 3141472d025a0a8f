/* chr-card-move.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-edits.h"
#include "chr-timeline-index.h"

G_BEGIN_DECLS

/* A card dragged along the timeline: where it would go, snapped to whole
 * units of its date's precision, shown by an index of its own until the
 * drag ends. */
typedef struct
{
  ChrTimelineItem   original;
  char             *label;
  ChrInterval       target;
  gboolean          moved;         /* by at least one unit */
  ChrTimelineIndex *preview;       /* the events with the card where it would go */
} ChrCardMove;

gboolean          chr_card_move_begin      (ChrCardMove       *move,
                                            ChrTimelineIndex  *index,
                                            gint64             id);
ChrTimelineIndex *chr_card_move_update     (ChrCardMove       *move,
                                            ChrTimelineIndex  *index,
                                            gint64             seconds);
void              chr_card_move_get_change (const ChrCardMove *move,
                                            ChrEventChange    *change);
void              chr_card_move_clear      (ChrCardMove       *move);

G_END_DECLS
