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

/* A candidate event that extraction found in one sentence: a date (or a
 * period between two), what happened then, and the words to match it by. */
typedef struct
{
  guint         mention;           /* index into ChrArticle.mentions: the date phrase it rests on */
  guint         sentence;          /* index into ChrArticle.sentences */
  gsize         phrase_start;      /* bytes into the text: the date phrase(s), highlighted in excerpts */
  gsize         phrase_end;
  ChrInterval   interval;          /* the date; for a period, its begin and end */
  guint         flags;             /* ChrEventFlags */
  char         *title;
  char        **terms;             /* salient stems (chr_event_terms) */
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
 * [highlight_start, highlight_end) bytes into excerpt, and the date this
 * source gives (which may differ from the event's when sources disagree). */
typedef struct
{
  ChrInterval  interval;
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
  char        *value;              /* TIMEX3 value of its date, "2014-02"; "2014-02/2025-08-17" for a period */
  ChrInterval  interval;
  double       importance;         /* the number of distinct articles behind it */
  guint        n_sources;          /* distinct articles */
  guint        flags;              /* ChrEventFlags */
  GPtrArray   *sources;            /* ChrSource, nullable when not loaded */
} ChrEvent;

/* An event as a timeline draws it: no value, no sources. */
typedef struct
{
  gint64       id;
  const char  *title;              /* owned by the list */
  ChrInterval  interval;
  double       importance;
  guint        n_sources;
  guint        flags;
} ChrEventBrief;

/* Every event of a timeline, with their titles in one shared store: a
 * hundred thousand events are read and dropped without an allocation each. */
typedef struct
{
  GArray       *events;            /* ChrEventBrief, by begin then id */
  GStringChunk *titles;
} ChrEventList;

/* A date that waits for its article's publication date ("on Monday" in an undated article). */
typedef struct
{
  gint64  article_id;
  char   *article_title;
  char   *text;                    /* the date phrase */
  char   *value;                   /* its underspecified TIMEX3 value, "XXXX-WXX-1" */
  char   *excerpt;                 /* the sentence */
} ChrWaitingDate;

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
void  chr_source_free        (ChrSource      *source);
void  chr_event_free         (ChrEvent       *event);
void  chr_event_list_free    (ChrEventList   *list);
void  chr_article_info_free  (ChrArticleInfo *info);
void  chr_waiting_date_free  (ChrWaitingDate *waiting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEventDraft, chr_event_draft_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticle, chr_article_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrSource, chr_source_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEvent, chr_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEventList, chr_event_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticleInfo, chr_article_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrWaitingDate, chr_waiting_date_free)

G_END_DECLS
