/* chr-event-rebuild.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-database.h"

G_BEGIN_DECLS

gboolean chr_event_rebuild (ChrDatabase  *db,
                            GError      **error);

G_END_DECLS
