/* chr-filter-bar.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_FILTER_BAR (chr_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (ChrFilterBar, chr_filter_bar, CHR, FILTER_BAR, GtkWidget)

ChrSession *chr_filter_bar_get_session   (ChrFilterBar *self);
void        chr_filter_bar_set_session   (ChrFilterBar *self,
                                          ChrSession   *session);
guint       chr_filter_bar_get_n_chips   (ChrFilterBar *self);

G_END_DECLS
