/* chr-articles-window.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-database.h"

G_BEGIN_DECLS

#define CHR_TYPE_ARTICLES_WINDOW (chr_articles_window_get_type ())

G_DECLARE_FINAL_TYPE (ChrArticlesWindow, chr_articles_window, CHR, ARTICLES_WINDOW, AdwPreferencesWindow)

ChrArticlesWindow *chr_articles_window_new            (GtkWindow         *parent,
                                                       ChrDatabase       *db);
gboolean           chr_articles_window_set_published  (ChrArticlesWindow *self,
                                                       gint64             article_id,
                                                       const char        *published);
guint              chr_articles_window_get_n_articles (ChrArticlesWindow *self);
AdwEntryRow       *chr_articles_window_get_row        (ChrArticlesWindow *self,
                                                       guint              index);

G_END_DECLS
