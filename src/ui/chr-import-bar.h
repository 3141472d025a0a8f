/* chr-import-bar.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_IMPORT_BAR (chr_import_bar_get_type ())

G_DECLARE_FINAL_TYPE (ChrImportBar, chr_import_bar, CHR, IMPORT_BAR, GtkWidget)

ChrSession *chr_import_bar_get_session (ChrImportBar       *self);
void        chr_import_bar_set_session (ChrImportBar       *self,
                                        ChrSession         *session);
void        chr_import_bar_import      (ChrImportBar       *self,
                                        const char * const *paths);
void        chr_import_bar_cancel      (ChrImportBar       *self);
gboolean    chr_import_bar_is_busy     (ChrImportBar       *self);

G_END_DECLS
