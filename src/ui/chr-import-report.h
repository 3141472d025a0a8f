/* chr-import-report.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-importer.h"

G_BEGIN_DECLS

AdwMessageDialog *chr_import_report_present (GtkWindow             *parent,
                                             const ChrImportReport *report);

G_END_DECLS
