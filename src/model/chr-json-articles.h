/* chr-json-articles.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-article-record.h"

G_BEGIN_DECLS

/* What one JSON or JSON Lines file holds: its good articles, and a problem for each bad one. */
typedef struct
{
  GPtrArray *records;              /* ChrArticleRecord */
  GPtrArray *problems;             /* GError, one per article that could not be read */
} ChrJsonArticles;

ChrJsonArticles *chr_json_articles_parse (const char       *data,
                                          gsize             length,
                                          gboolean          lines,
                                          const char       *name,
                                          GError          **error);
void             chr_json_articles_free  (ChrJsonArticles  *articles);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrJsonArticles, chr_json_articles_free)

G_END_DECLS
