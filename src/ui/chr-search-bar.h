/* chr-search-bar.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_SEARCH_BAR (chr_search_bar_get_type ())

G_DECLARE_FINAL_TYPE (ChrSearchBar, chr_search_bar, CHR, SEARCH_BAR, GtkWidget)

void         chr_search_bar_begin       (ChrSearchBar *self);
GtkEditable *chr_search_bar_get_entry   (ChrSearchBar *self);
GtkListBox  *chr_search_bar_get_results (ChrSearchBar *self);

G_END_DECLS
