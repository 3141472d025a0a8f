/* chr-article-reader-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-article-reader.h"

G_BEGIN_DECLS

/* What the reader shows, for the tests that drive it. */
gint64       chr_article_reader_get_article_id    (ChrArticleReader *self);
GtkTextView *chr_article_reader_get_text_view     (ChrArticleReader *self);
gboolean     chr_article_reader_get_highlight     (ChrArticleReader *self,
                                                   GtkTextIter      *start,
                                                   GtkTextIter      *end);
gboolean     chr_article_reader_get_date          (ChrArticleReader *self,
                                                   gint64            event_id,
                                                   GtkTextIter      *start,
                                                   GtkTextIter      *end,
                                                   ChrInterval      *interval);

G_END_DECLS
