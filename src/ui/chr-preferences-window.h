/* chr-preferences-window.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHR_TYPE_PREFERENCES_WINDOW (chr_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ChrPreferencesWindow, chr_preferences_window, CHR, PREFERENCES_WINDOW, AdwPreferencesWindow)

ChrPreferencesWindow *chr_preferences_window_new (GSettings *settings);

G_END_DECLS
