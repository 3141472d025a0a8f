/* chr-article-replace.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-database.h"

G_BEGIN_DECLS

gint64   chr_article_find_by_url (ChrDatabase       *db,
                                  const char        *url,
                                  GError           **error);
gboolean chr_article_replace     (ChrDatabase       *db,
                                  gint64             article_id,
                                  const ChrArticle  *article,
                                  GError           **error);

G_END_DECLS
