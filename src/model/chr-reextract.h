/* chr-reextract.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-database.h"

G_BEGIN_DECLS

/* How far a long job has come, from 0 to 1; called on the thread doing the work. */
typedef void (*ChrProgressFunc) (double   fraction,
                                 gpointer user_data);

gboolean chr_reextract_is_needed      (ChrDatabase      *db);
gboolean chr_reextract_all            (ChrDatabase      *db,
                                       GCancellable     *cancellable,
                                       ChrProgressFunc   progress,
                                       gpointer          progress_data,
                                       GError          **error);
gboolean chr_reextract_refresh        (ChrDatabase      *db,
                                       GCancellable     *cancellable,
                                       ChrProgressFunc   progress,
                                       gpointer          progress_data,
                                       GError          **error);
gboolean chr_reextract_set_published  (ChrDatabase      *db,
                                       gint64            article_id,
                                       const char       *published,
                                       GError          **error);

G_END_DECLS
