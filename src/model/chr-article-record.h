/* chr-article-record.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One article as a file gives it (a JSON object, a line of JSON Lines, an
 * HTML page), before the importer finds its body, dates and events. Every
 * string is valid UTF-8. */
typedef struct
{
  char *title;                     /* nullable: the importer derives one from the text */
  char *text;                      /* the article's text, paragraphs separated by blank lines */
  char *published;                 /* nullable: ISO 8601 of any precision ("2025-08-18", "2011-03") */
  char *source;                    /* nullable: the publication ("The Guardian") */
  char *url;                       /* nullable: where it was published */
  char *author;                    /* nullable */
} ChrArticleRecord;

ChrArticleRecord *chr_article_record_new  (void);
void              chr_article_record_free (ChrArticleRecord *record);
char             *chr_article_record_date (const char       *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticleRecord, chr_article_record_free)

G_END_DECLS
