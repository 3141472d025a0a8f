/* chr-import-batch.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-database.h"
#include "chr-importer.h"

G_BEGIN_DECLS

ChrImportReport *chr_import_batch (ChrDatabase             *db,
                                   const char * const      *paths,
                                   const ChrImportOptions  *options,
                                   GCancellable            *cancellable,
                                   GError                 **error);

G_END_DECLS
