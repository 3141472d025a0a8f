/* chr-export-task.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chr-image-export.h"

G_BEGIN_DECLS

/* The formats of the Export dialog, in its order. */
typedef enum
{
  CHR_EXPORT_PNG,
  CHR_EXPORT_SVG,
  CHR_EXPORT_PDF,
  CHR_EXPORT_JSON,
  CHR_EXPORT_TIMELINEJS,
  CHR_EXPORT_CSV,
  CHR_EXPORT_TIMEML,
} ChrExportFormat;

gboolean    chr_export_format_is_image  (ChrExportFormat        format);
const char *chr_export_format_extension (ChrExportFormat        format);
void        chr_export_task_run_async   (ChrExportFormat        format,
                                         const ChrImageRequest *image,
                                         const char            *db_path,
                                         GFile                 *target,
                                         ChrExportProgress      progress,
                                         gpointer               progress_data,
                                         GCancellable          *cancellable,
                                         GAsyncReadyCallback    callback,
                                         gpointer               user_data);
gboolean    chr_export_task_finish      (GAsyncResult          *result,
                                         GError               **error);
void        chr_export_preview_async    (const ChrImageRequest *image,
                                         const char            *db_path,
                                         GCancellable          *cancellable,
                                         GAsyncReadyCallback    callback,
                                         gpointer               user_data);
ChrImageExport *chr_export_preview_finish (GAsyncResult        *result,
                                         GError               **error);

G_END_DECLS
