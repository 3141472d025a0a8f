/* chr-articles-window-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-articles-window.h"

G_BEGIN_DECLS

/* What the window lists, for the tests that drive it. */
gboolean     chr_articles_window_get_busy       (ChrArticlesWindow *self);
guint        chr_articles_window_get_n_articles (ChrArticlesWindow *self);
AdwEntryRow *chr_articles_window_get_row        (ChrArticlesWindow *self,
                                                 guint              index);

G_END_DECLS
