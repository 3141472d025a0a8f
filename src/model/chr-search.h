/* chr-search.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-database.h"

G_BEGIN_DECLS

/* At most this many words of a query count; the rest are ignored. */
#define CHR_SEARCH_MAX_WORDS 32
/* At most this many bytes of a query are read. */
#define CHR_SEARCH_MAX_QUERY_BYTES 4096

/* A matched word in a snippet: bytes [start, end) of it. */
typedef struct
{
  guint start;
  guint end;
} ChrSearchRange;

/* An event whose title or note holds every word of the query. */
typedef struct
{
  gint64       id;
  char        *title;
  char        *value;              /* its TIMEX3 value, as events --json gives it */
  ChrInterval  interval;
  double       importance;
  guint        flags;              /* ChrEventFlags */
  char        *snippet;            /* the title; the note (or part of it) when only the note matches */
  gboolean     snippet_is_note;
  GArray      *ranges;             /* ChrSearchRange: the matched words in snippet, in order */
} ChrSearchEvent;

/* An article whose title and text hold every word of the query. */
typedef struct
{
  gint64  id;
  char   *title;
  char   *source;                  /* nullable */
  char   *published;               /* nullable; ISO 8601 */
  char   *snippet;                 /* the text around the first match, one line, "…" where cut */
  GArray *ranges;                  /* ChrSearchRange: the matched words in snippet, in order */
  gint64  match_offset;            /* bytes into the article's text of its first match; -1 if none is in it */
} ChrSearchArticle;

typedef struct
{
  GPtrArray *events;               /* ChrSearchEvent: most relevant first, then most important */
  GPtrArray *articles;             /* ChrSearchArticle: most relevant first */
} ChrSearchResults;

char             *chr_search_build_match    (ChrDatabase   *db,
                                             const char    *query);
ChrSearchResults *chr_search_run            (ChrDatabase   *db,
                                             const char    *query,
                                             guint          limit,
                                             GCancellable  *cancellable,
                                             GError       **error);
/* Escapes a piece of text for where a marked snippet goes (g_markup_escape_text()). */
typedef char *(*ChrSearchEscape) (const char *text,
                                  gssize      length);

char             *chr_search_mark           (const char      *snippet,
                                             GArray          *ranges,
                                             const char      *before,
                                             const char      *after,
                                             ChrSearchEscape  escape);
void              chr_search_results_free   (ChrSearchResults *results);
void              chr_search_event_free     (ChrSearchEvent   *event);
void              chr_search_article_free   (ChrSearchArticle *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrSearchResults, chr_search_results_free)

G_END_DECLS
