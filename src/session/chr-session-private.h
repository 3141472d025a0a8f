/* chr-session-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-session.h"

G_BEGIN_DECLS

struct _ChrSession
{
  GObject           parent_instance;

  /* The open timeline. */
  char             *path;
  ChrDatabase      *db;               /* the main thread's connection */
  ChrTimelineIndex *index;            /* what the last load read; never NULL */
  guint             n_articles;
  gboolean          has_events;       /* any event at all, whatever the filter */

  /* Work under way. */
  GCancellable     *cancellable;      /* everything, when the session closes */
  GCancellable     *load_cancellable; /* the newest load's; older ones are cancelled */
  guint             n_jobs;
  GMutex            progress_mutex;
  double            progress;         /* under progress_mutex; -1 when nothing measures itself */
  guint             progress_idle;    /* under progress_mutex */

  /* What the person is looking at. */
  ChrTimeSpan       visible;
  gboolean          fitted;
  gint64            selected;
  gint64            hovered;
  guint             min_sources;
};

enum {
  CHR_SESSION_PROP_0,
  CHR_SESSION_PROP_PATH,
  CHR_SESSION_PROP_DATABASE,
  CHR_SESSION_PROP_INDEX,
  CHR_SESSION_PROP_N_EVENTS,
  CHR_SESSION_PROP_N_ARTICLES,
  CHR_SESSION_PROP_HAS_EVENTS,
  CHR_SESSION_PROP_BUSY,
  CHR_SESSION_PROP_PROGRESS,
  CHR_SESSION_PROP_VISIBLE,
  CHR_SESSION_PROP_FITTED,
  CHR_SESSION_PROP_SELECTED,
  CHR_SESSION_PROP_HOVERED,
  CHR_SESSION_PROP_MIN_SOURCES,
  CHR_SESSION_N_PROPS
};

enum {
  CHR_SESSION_SIGNAL_FAILED,
  CHR_SESSION_N_SIGNALS
};

extern GParamSpec *_chr_session_properties[CHR_SESSION_N_PROPS];
extern guint _chr_session_signals[CHR_SESSION_N_SIGNALS];

void _chr_session_begin_job       (ChrSession       *self);
void _chr_session_end_job         (ChrSession       *self);
void _chr_session_report_progress (ChrSession       *self,
                                   double            fraction);
void _chr_session_fail            (ChrSession       *self,
                                   const GError     *error);
void _chr_session_take_loaded     (ChrSession       *self,
                                   ChrTimelineIndex *index,
                                   guint             n_articles,
                                   gboolean          has_events);
void _chr_session_refresh_async   (ChrSession       *self);

G_END_DECLS
