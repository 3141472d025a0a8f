/* chr-article-reader.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_ARTICLE_READER (chr_article_reader_get_type ())

G_DECLARE_FINAL_TYPE (ChrArticleReader, chr_article_reader, CHR, ARTICLE_READER, GtkWidget)

GtkWidget  *chr_article_reader_new         (void);
ChrSession *chr_article_reader_get_session (ChrArticleReader *self);
void        chr_article_reader_set_session (ChrArticleReader *self,
                                            ChrSession       *session);

G_END_DECLS
