/* chr-article-record.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chr-article-record.h"

ChrArticleRecord *
chr_article_record_new (void)
{
  return g_new0 (ChrArticleRecord, 1);
}

void
chr_article_record_free (ChrArticleRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->title);
  g_free (record->text);
  g_free (record->published);
  g_free (record->source);
  g_free (record->url);
  g_free (record->author);
  g_free (record);
}
