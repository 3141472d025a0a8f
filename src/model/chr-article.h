/* chr-article.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-sentences.h"
#include "chr-time.h"
#include "chr-timex.h"

G_BEGIN_DECLS

/* A candidate event that extraction found: one dated mention and its label. */
typedef struct
{
  guint  mention;                  /* index into ChrArticle.mentions */
  guint  sentence;                 /* index into ChrArticle.sentences */
  char  *title;
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
  char      *text;
  gsize      length;
  gsize      body_start;
  gsize      body_end;
  GArray    *sentences;            /* ChrSpan */
  GArray    *mentions;             /* ChrTimex */
  GPtrArray *events;               /* ChrEventDraft */
} ChrArticle;

/* An excerpt that supports an event: the sentence, with the date phrase at
 * [highlight_start, highlight_end) bytes into excerpt. */
typedef struct
{
  gint64  article_id;
  char   *article_title;
  char   *excerpt;
  gsize   highlight_start;
  gsize   highlight_end;
  gsize   sentence_start;          /* where the excerpt sits in the article's text */
  gsize   sentence_end;
} ChrSource;

/* An event as stored, with the sources that support it (possibly not loaded). */
typedef struct
{
  gint64       id;
  char        *title;
  char        *value;              /* TIMEX3 value of its date, "2014-02" */
  ChrInterval  interval;
  double       importance;
  GPtrArray   *sources;            /* ChrSource, nullable when not loaded */
} ChrEvent;

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
  gsize   length;
} ChrArticleInfo;

void  chr_event_draft_free   (ChrEventDraft  *draft);
void  chr_article_free       (ChrArticle     *article);
void  chr_source_free        (ChrSource      *source);
void  chr_event_free         (ChrEvent       *event);
void  chr_article_info_free  (ChrArticleInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEventDraft, chr_event_draft_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticle, chr_article_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrSource, chr_source_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEvent, chr_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticleInfo, chr_article_info_free)

G_END_DECLS
