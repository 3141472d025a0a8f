/* chr-articles-window.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_ARTICLES_WINDOW (chr_articles_window_get_type ())

G_DECLARE_FINAL_TYPE (ChrArticlesWindow, chr_articles_window, CHR, ARTICLES_WINDOW, AdwPreferencesWindow)

ChrArticlesWindow *chr_articles_window_new           (GtkWindow         *parent,
                                                      ChrSession        *session);
void               chr_articles_window_set_published (ChrArticlesWindow *self,
                                                      gint64             article_id,
                                                      const char        *published);

G_END_DECLS
