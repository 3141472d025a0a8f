/* chr-preferences-window-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of the preferences window, for the tests.
 */
#pragma once

#include "chr-preferences-window.h"

G_BEGIN_DECLS

AdwComboRow *chr_preferences_window_get_style_row     (ChrPreferencesWindow *self);
GtkSwitch   *chr_preferences_window_get_overview_switch (ChrPreferencesWindow *self);
AdwComboRow *chr_preferences_window_get_week_start_row (ChrPreferencesWindow *self);
AdwComboRow *chr_preferences_window_get_precision_row (ChrPreferencesWindow *self);

G_END_DECLS
