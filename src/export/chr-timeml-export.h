/* chr-timeml-export.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-article.h"
#include "chr-database.h"

G_BEGIN_DECLS

char     *chr_timeml_export_article   (const ChrArticle  *article,
                                       gint64             article_id,
                                       gsize             *length);
char     *chr_timeml_export_file_name (gint64             article_id,
                                       const char        *title);
gboolean  chr_timeml_export_folder    (ChrDatabase       *db,
                                       GFile             *folder,
                                       GCancellable      *cancellable,
                                       GError           **error);

G_END_DECLS
