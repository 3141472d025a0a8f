/* chr-event-merge.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-event.h"
#include "chr-sentences.h"
#include "chr-term-weights.h"
#include "chr-time.h"

G_BEGIN_DECLS

/* Bits of a candidate's flags above the #ChrEventFlags: how firmly its
 * statement reports what happened on its date. They weigh the statement in
 * its event's importance and never reach the event's own flags. */
typedef enum
{
  CHR_CANDIDATE_LEAD  = 1 << 16,   /* in the headline or the lead: the article's news */
  CHR_CANDIDATE_ASIDE = 1 << 17,   /* background: in parentheses, after "since", in a "when" clause */
  CHR_CANDIDATE_AHEAD = 1 << 18,   /* after the publication date: a plan or a schedule */
  CHR_CANDIDATE_PUBLISHED = 1 << 19, /* its article's publication date is known: published holds it */
} ChrCandidateFlags;

#define CHR_CANDIDATE_FLAGS (CHR_CANDIDATE_LEAD | CHR_CANDIDATE_ASIDE | CHR_CANDIDATE_AHEAD | \
                             CHR_CANDIDATE_PUBLISHED)

/* One dated statement of one article: what may become, or join, an event. */
typedef struct
{
  gint64        article_id;
  ChrInterval   interval;          /* the date; for a period, its begin and end */
  guint         flags;             /* ChrEventFlags, without CONFLICT, and ChrCandidateFlags */
  char        **terms;             /* salient stems of the statement (chr_event_terms), NULL-terminated */
  const char   *label;             /* its label (chr_event_label) */
  gint64        published;         /* the start (UTC) of its article's publication day, with CHR_CANDIDATE_PUBLISHED */
} ChrCandidate;

/* A happening: one or more candidates that report it. */
typedef struct
{
  ChrInterval  interval;           /* the most precise date its sources agree on */
  guint        flags;              /* ChrEventFlags */
  guint        label_candidate;    /* the candidate whose label names the event */
  GArray      *members;            /* guint indices into the candidates, ascending */
  guint        n_articles;         /* distinct articles among the members */
  double       importance;         /* chr_event_importance() of the members */
} ChrMergedEvent;

char     **chr_event_terms          (const char         *text,
                                     const ChrSpan      *sentence,
                                     const ChrSpan      *mention);
gboolean   chr_interval_contains    (const ChrInterval  *outer,
                                     const ChrInterval  *inner);
gboolean   chr_intervals_compatible (const ChrInterval  *a,
                                     const ChrInterval  *b);
/* chr-event-importance.h */
typedef struct _ChrAttention ChrAttention;

guint     *chr_candidates_by_article (const ChrCandidate *candidates,
                                      guint               n_candidates);
GPtrArray *chr_event_merge          (const ChrCandidate *candidates,
                                     guint               n_candidates);
GPtrArray *chr_event_merge_in       (const ChrCandidate   *candidates,
                                     guint                 n_candidates,
                                     const ChrTermWeights *weights,
                                     const ChrAttention   *attention);
void       chr_merged_event_free    (ChrMergedEvent     *event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrMergedEvent, chr_merged_event_free)

G_END_DECLS
