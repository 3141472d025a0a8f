/* chr-startup-report.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-window.h"

G_BEGIN_DECLS

void chr_startup_report_watch (ChrWindow *window);

G_END_DECLS
