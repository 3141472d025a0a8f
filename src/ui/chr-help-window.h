/* chr-help-window.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHR_TYPE_HELP_WINDOW (chr_help_window_get_type ())

G_DECLARE_FINAL_TYPE (ChrHelpWindow, chr_help_window, CHR, HELP_WINDOW, AdwWindow)

ChrHelpWindow *chr_help_window_new (GtkApplication *application,
                                    GtkWindow      *parent);

G_END_DECLS
