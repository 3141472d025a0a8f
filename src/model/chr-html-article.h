/* chr-html-article.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-article-record.h"

G_BEGIN_DECLS

ChrArticleRecord *chr_html_article_parse (const char  *data,
                                          gsize        length,
                                          const char  *name,
                                          GError     **error);

G_END_DECLS
