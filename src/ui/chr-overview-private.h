/* chr-overview-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-overview.h"

G_BEGIN_DECLS

/* Where the brush was drawn, for the tests that drag it. */
void chr_overview_get_brush (ChrOverview *self,
                             double      *x,
                             double      *width);

G_END_DECLS
