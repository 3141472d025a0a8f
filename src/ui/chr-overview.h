/* chr-overview.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_OVERVIEW (chr_overview_get_type ())

G_DECLARE_FINAL_TYPE (ChrOverview, chr_overview, CHR, OVERVIEW, GtkWidget)

GtkWidget  *chr_overview_new         (void);
void        chr_overview_set_session (ChrOverview *self,
                                      ChrSession  *session);
ChrSession *chr_overview_get_session (ChrOverview *self);

G_END_DECLS
