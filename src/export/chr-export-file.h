/* chr-export-file.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes an export's contents to @stream; FALSE with @error set on failure. */
typedef gboolean (*ChrExportWriteFunc) (GOutputStream  *stream,
                                        gpointer        user_data,
                                        GCancellable   *cancellable,
                                        GError        **error);

GOutputStream *chr_export_file_begin            (GFile          *target,
                                                 GCancellable   *cancellable,
                                                 GError        **error);
gboolean       chr_export_file_finish           (GOutputStream  *stream,
                                                 GCancellable   *cancellable,
                                                 GError        **error);
void           chr_export_file_abort            (GOutputStream  *stream);
gboolean       chr_export_file_replace_contents (GFile          *target,
                                                 const char     *data,
                                                 gsize           length,
                                                 GCancellable   *cancellable,
                                                 GError        **error);
gboolean       chr_export_file_write            (GFile          *target,
                                                 ChrExportWriteFunc write,
                                                 gpointer        user_data,
                                                 GCancellable   *cancellable,
                                                 GError        **error);

G_END_DECLS
