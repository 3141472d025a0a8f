/* chr-article.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-article"

#include "config.h"

#include "chr-article.h"

void
chr_event_draft_free (ChrEventDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->title);
  g_strfreev (draft->terms);
  g_free (draft);
}

void
chr_article_free (ChrArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->path);
  g_free (article->sha256);
  g_free (article->title);
  g_free (article->source);
  g_free (article->published);
  g_free (article->url);
  g_free (article->author);
  g_free (article->text);
  g_clear_pointer (&article->sentences, g_array_unref);
  g_clear_pointer (&article->mentions, g_array_unref);
  g_clear_pointer (&article->events, g_ptr_array_unref);
  g_free (article);
}

void
chr_article_info_free (ChrArticleInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->title);
  g_free (info->path);
  g_free (info->source);
  g_free (info->published);
  g_free (info->sha256);
  g_free (info);
}
