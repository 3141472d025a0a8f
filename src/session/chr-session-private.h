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
  guint             import_done;      /* under progress_mutex: files an import has stored */
  guint             import_total;     /* under progress_mutex: its files; 0 when none runs */
  guint             import_articles;  /* under progress_mutex: the articles its files held so far */

  /* What the person is looking at. */
  ChrTimeSpan       visible;
  gboolean          fitted;
  gint64            selected;
  GArray           *also_selected;    /* gint64: more events chosen with Control, besides selected */
  gint64            hovered;
  guint             min_sources;
  gboolean          show_hidden;
  gint64            tag_filter;       /* only events with this tag; 0 for all */
  gboolean          starred_only;
  char             *source_filter;    /* nullable */
  gint64            article_filter;   /* 0 for all */
  ChrTimeSpan       date_filter;      /* none when begin >= end */
  char             *search_filter;    /* only events matching these words; nullable */
  gint64            reading_article;  /* the article open in the reader; 0 for the timeline */
  gint64            reading_offset;   /* bytes into its text: what the reader brings into view */
  ChrDateOptions    date_options;     /* how dates are said: precision and the first day of a week */
  /* Edits. */
  guint             n_writes;         /* edits sent to the writer and not back yet */
  gint64            select_after_load;/* the event an edit made, chosen when the load shows it; 0 if none */
  gint64            next_pending_id;  /* ids for events shown before the writer numbers them */
  char             *undo_kind;        /* what undo would take back ("rename"), NULL if nothing */
  char             *redo_kind;
  gint64            data_version;     /* of the file, as this session last saw it */
  guint             watch_id;         /* looks for changes made by other programs */
  guint             warm_id;          /* readies memory for the first edit after a load */
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
  CHR_SESSION_PROP_SHOW_HIDDEN,
  CHR_SESSION_PROP_N_SELECTED,
  CHR_SESSION_PROP_TAG_FILTER,
  CHR_SESSION_PROP_STARRED_ONLY,
  CHR_SESSION_PROP_SOURCE_FILTER,
  CHR_SESSION_PROP_ARTICLE_FILTER,
  CHR_SESSION_PROP_DATE_FILTER,
  CHR_SESSION_PROP_SEARCH_FILTER,
  CHR_SESSION_PROP_UNDO_KIND,
  CHR_SESSION_PROP_REDO_KIND,
  CHR_SESSION_PROP_READING_ARTICLE,
  CHR_SESSION_PROP_READING_OFFSET,
  CHR_SESSION_PROP_DATE_PRECISION,
  CHR_SESSION_PROP_WEEK_START,
  CHR_SESSION_N_PROPS
};

enum {
  CHR_SESSION_SIGNAL_FAILED,
  CHR_SESSION_SIGNAL_EDITED,
  CHR_SESSION_SIGNAL_DATE_OPTIONS_CHANGED,
  CHR_SESSION_N_SIGNALS
};

extern GParamSpec *_chr_session_properties[CHR_SESSION_N_PROPS];
extern guint _chr_session_signals[CHR_SESSION_N_SIGNALS];

void _chr_session_begin_job       (ChrSession       *self);
void _chr_session_end_job         (ChrSession       *self);
void _chr_session_write_done      (ChrSession       *self);
void _chr_session_report_progress (ChrSession       *self,
                                   double            fraction);
void _chr_session_fail            (ChrSession       *self,
                                   const GError     *error);
void _chr_session_warm_later      (ChrSession       *self);
void _chr_session_get_filter      (ChrSession       *self,
                                   ChrEventFilter   *filter);
void _chr_session_filter_changed  (ChrSession       *self,
                                   guint             prop_id);
void _chr_session_take_loaded     (ChrSession       *self,
                                   ChrTimelineIndex *index,
                                   guint             n_articles,
                                   gboolean          has_events);
void _chr_session_refresh_async   (ChrSession       *self);
void _chr_session_notify          (ChrSession       *self,
                                   guint             prop_id);
void _chr_session_update_history  (ChrSession       *self);
void _chr_session_watch           (ChrSession       *self);
void _chr_session_unwatch         (ChrSession       *self);

typedef void (*ChrWriteFunc) (GTask        *task,
                              ChrDatabase  *db,
                              gpointer      job,
                              GCancellable *cancellable);

void _chr_session_queue_write     (ChrSession          *self,
                                   ChrWriteFunc         func,
                                   gpointer             data,
                                   GDestroyNotify       free_data,
                                   gpointer             source_tag,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);

G_END_DECLS
