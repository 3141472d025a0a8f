/* chr-article.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-event.h"
#include "chr-sentences.h"
#include "chr-time.h"
#include "chr-timex.h"

G_BEGIN_DECLS

/* A candidate event that extraction found in one sentence: a date (or a
 * period between two), what happened then, and the words to match it by. */
typedef struct
{
  guint         mention;           /* index into ChrArticle.mentions: the date phrase it rests on */
  guint         sentence;          /* index into ChrArticle.sentences */
  gsize         phrase_start;      /* bytes into the text: the date phrase(s), highlighted in excerpts */
  gsize         phrase_end;
  ChrInterval   interval;          /* the date; for a period, its begin and end */
  guint         flags;             /* ChrEventFlags and ChrCandidateFlags */
  char         *title;
  char        **terms;             /* salient stems (chr_event_terms) */
  gint64        line_hash;         /* of the line of text it comes from, trimmed; never 0 */
} ChrEventDraft;

/* An article as the importer prepared it, before it is stored. All offsets
 * are bytes into text, which is the whole decoded file. */
typedef struct
{
  char      *path;                 /* nullable */
  char      *sha256;               /* of the file's bytes */
  char      *title;
  char      *source;               /* nullable */
  char      *published;            /* ISO 8601 of any precision, nullable */
  char      *url;                  /* nullable: where it was published */
  char      *author;               /* nullable */
  char      *text;
  gsize      length;
  gsize      body_start;
  gsize      body_end;
  gint64     imported_at;          /* seconds since 1970; 0: now */
  GArray    *sentences;            /* ChrSpan */
  GArray    *mentions;             /* ChrTimex */
  GPtrArray *events;               /* ChrEventDraft */
} ChrArticle;

typedef struct
{
  gint64  id;
  char   *title;
  char   *path;
  char   *source;
  char   *published;
  char   *sha256;
  gint64  n_mentions;
  gint64  n_events;
  gint64  n_waiting;               /* dates that wait for the publication date */
  gsize   length;
} ChrArticleInfo;

void  chr_event_draft_free   (ChrEventDraft  *draft);
void  chr_article_free       (ChrArticle     *article);
void  chr_article_info_free  (ChrArticleInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEventDraft, chr_event_draft_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticle, chr_article_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticleInfo, chr_article_info_free)

G_END_DECLS
