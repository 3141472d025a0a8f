/* chr-export-dialog.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-image-export.h"
#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_EXPORT_DIALOG (chr_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ChrExportDialog, chr_export_dialog, CHR, EXPORT_DIALOG, AdwWindow)

ChrExportDialog *chr_export_dialog_new         (GtkWindow             *parent,
                                                ChrSession            *session,
                                                const ChrImageRequest *view);
void             chr_export_dialog_export_to   (ChrExportDialog       *self,
                                                GFile                 *target);
ChrImageExport  *chr_export_dialog_get_preview (ChrExportDialog       *self);
gboolean         chr_export_dialog_get_busy    (ChrExportDialog       *self);

G_END_DECLS
