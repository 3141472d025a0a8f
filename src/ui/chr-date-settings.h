/* chr-date-settings.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-session.h"

G_BEGIN_DECLS

void chr_date_settings_bind   (GSettings  *settings,
                               ChrSession *session);
void chr_date_settings_unbind (ChrSession *session);

G_END_DECLS
