/* chr-event.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-time.h"

G_BEGIN_DECLS

typedef enum
{
  CHR_EVENT_FLAG_NONE        = 0,
  CHR_EVENT_FLAG_PERIOD      = 1 << 0,  /* a range ("since February 2014", "from 2014 to 2022") */
  CHR_EVENT_FLAG_ONGOING     = 1 << 1,  /* a period that had not ended when the article was written */
  CHR_EVENT_FLAG_APPROXIMATE = 1 << 2,  /* "about 2014", "the early 1990s" */
  CHR_EVENT_FLAG_CONFLICT    = 1 << 3,  /* merged sources give incompatible dates */
  CHR_EVENT_FLAG_STARRED     = 1 << 4,  /* the user marked it as important */
  CHR_EVENT_FLAG_HIDDEN      = 1 << 5,  /* the user hid it; shown only with the Hidden filter */
  CHR_EVENT_FLAG_NOTE        = 1 << 6,  /* the user wrote a note on it */
  CHR_EVENT_FLAG_USER        = 1 << 7,  /* made by hand, not found in an article */
  CHR_EVENT_FLAG_EDITED      = 1 << 8,  /* extracted, then changed by the user */
} ChrEventFlags;

/* The flags that the user's layer sets, as opposed to extraction. */
#define CHR_EVENT_FLAGS_USER_LAYER (CHR_EVENT_FLAG_STARRED | CHR_EVENT_FLAG_HIDDEN | CHR_EVENT_FLAG_NOTE | \
                                    CHR_EVENT_FLAG_USER | CHR_EVENT_FLAG_EDITED)

/* An excerpt that supports an event: the sentence, with the date phrase at
 * [highlight_start, highlight_end) bytes into excerpt, and the date this
 * source gives (which may differ from the event's when sources disagree). */
typedef struct
{
  ChrInterval  interval;
  gint64  article_id;
  char   *article_title;
  char   *article_source;          /* nullable */
  char   *article_published;       /* ISO 8601 of any precision, nullable */
  char   *excerpt;
  gsize   highlight_start;
  gsize   highlight_end;
  gsize   sentence_start;          /* where the excerpt sits in the article's text */
  gsize   sentence_end;
  gsize   phrase_start;            /* where the date phrase sits in the article's text: */
  gsize   phrase_end;              /* with article_id, what names this excerpt for good */
  gboolean by_hand;                /* words the user chose, not a sentence extraction found */
} ChrSource;

/* An event as stored, with the sources that support it (possibly not loaded). */
typedef struct
{
  gint64       id;
  char        *title;
  char        *value;              /* TIMEX3 value of its date, "2014-02"; "2014-02/2025-08-17" for a period */
  ChrInterval  interval;
  double       importance;         /* >= 1, more is more important: the articles behind it, weighed (chr_event_importance) */
  guint        n_sources;          /* distinct articles */
  guint        flags;              /* ChrEventFlags */
  gint64       annotation_id;      /* its entry in the user's layer, 0 if none */
  char        *note;               /* the user's note, nullable */
  char       **tags;               /* the names of its tags, NULL-terminated, nullable when none */
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
  guint        color;              /* its first tag's colour (ChrTagColor), 0 if untagged */
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

/* A date found in an article, as the reader shows it: where it is, what it
 * says, and the event it supports. */
typedef struct
{
  gsize        start;              /* bytes into the article's text: [start, end) */
  gsize        end;
  char        *value;              /* its TIMEX3 value, "2022-02-24", "XXXX-WXX-1" */
  gboolean     resolved;           /* FALSE: relative, waiting for the publication date */
  ChrInterval  interval;           /* only when resolved */
  gint64       event_id;           /* the event it supports; 0 if none (a duration, a repeated date) */
} ChrArticleDate;

void  chr_source_free        (ChrSource      *source);
void  chr_article_date_clear (ChrArticleDate *date);
void  chr_event_free         (ChrEvent       *event);
void  chr_event_list_free    (ChrEventList   *list);
void  chr_waiting_date_free  (ChrWaitingDate *waiting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrSource, chr_source_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEvent, chr_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEventList, chr_event_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrWaitingDate, chr_waiting_date_free)

G_END_DECLS
