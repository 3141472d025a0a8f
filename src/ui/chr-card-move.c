/* chr-card-move.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-card-move"

#include "config.h"

#include "chr-card-move.h"

/**
 * chr_card_move_begin:
 * @move: an empty #ChrCardMove
 * @index: the events shown
 * @id: the event whose card is dragged
 *
 * Returns: %FALSE when there is no such event, or it cannot move yet (it
 *   was just added and the file has not numbered it)
 */
gboolean
chr_card_move_begin (ChrCardMove      *move,
                     ChrTimelineIndex *index,
                     gint64            id)
{
  int position = chr_timeline_index_find (index, id);

  *move = (ChrCardMove) { 0 };
  if (position < 0 || id < 0)
    return FALSE;
  move->original = *chr_timeline_index_get_item (index, (guint) position);
  move->label = g_strdup (move->original.label);
  move->original.label = move->label;
  move->target = (ChrInterval) { move->original.begin, move->original.end, move->original.granularity };
  return TRUE;
}

/**
 * chr_card_move_update:
 * @move: a #ChrCardMove begun
 * @index: the events shown
 * @seconds: how far the pointer went since the drag began, in time
 *
 * Returns: (transfer none) (nullable): the events as they would be, or
 *   %NULL while the card has not moved by a whole unit
 */
ChrTimelineIndex *
chr_card_move_update (ChrCardMove      *move,
                      ChrTimelineIndex *index,
                      gint64            seconds)
{
  ChrInterval from = { move->original.begin, move->original.end, move->original.granularity };
  ChrInterval to;
  ChrTimelineItem moved = move->original;

  move->moved = chr_interval_shift (&from, seconds, &to) != 0;
  if (to.begin == move->target.begin && move->preview != NULL)
    return move->preview;
  move->target = to;
  g_clear_pointer (&move->preview, chr_timeline_index_unref);
  if (!move->moved)
    return NULL;
  moved.begin = to.begin;
  moved.end = to.end;
  moved.flags &= ~(guint) (CHR_EVENT_FLAG_ONGOING | CHR_EVENT_FLAG_CONFLICT);
  moved.flags |= (moved.flags & CHR_EVENT_FLAG_USER) ? 0 : CHR_EVENT_FLAG_EDITED;
  move->preview = chr_timeline_index_new_edited (index, &moved, 1, NULL, 0);
  return move->preview;
}

/* The edit that puts the card where it was dragged. */
void
chr_card_move_get_change (const ChrCardMove *move,
                          ChrEventChange    *change)
{
  *change = (ChrEventChange) {
    .fields = CHR_EVENT_CHANGE_DATE,
    .interval = move->target,
    .period = (move->original.flags & CHR_EVENT_FLAG_PERIOD) != 0,
  };
}

void
chr_card_move_clear (ChrCardMove *move)
{
  g_clear_pointer (&move->preview, chr_timeline_index_unref);
  g_clear_pointer (&move->label, g_free);
  *move = (ChrCardMove) { 0 };
}
