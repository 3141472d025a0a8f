/* chr-lanes.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What one item occupies on its lane: [x_start, x_end) in pixels (marker,
 * bar and label together), and how much it matters. */
typedef struct
{
  double x_start;
  double x_end;
  double importance;
} ChrLaneItem;

#define CHR_LANE_NONE (-1)

guint chr_lanes_assign (const ChrLaneItem *items,
                        guint              n_items,
                        double             gap,
                        guint              max_lanes,
                        int               *lanes);

G_END_DECLS
