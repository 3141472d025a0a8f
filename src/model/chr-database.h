/* chr-database.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-article.h"
#include "chr-event.h"
#include "chr-event-merge.h"
#include "chr-user-layer.h"

G_BEGIN_DECLS

#define CHR_DATABASE_ERROR (chr_database_error_quark ())

/* What went wrong with a timeline's file. Every code but NOT_FOUND is a
 * fault of the file itself (chr_database_error_is_fault()): whatever was
 * being written is taken back whole, and the message says what to do. */
typedef enum
{
  CHR_DATABASE_ERROR_OPEN = 1,     /* the file cannot be opened or made */
  CHR_DATABASE_ERROR_CORRUPT,      /* damaged, or not a timeline at all */
  CHR_DATABASE_ERROR_SCHEMA_TOO_NEW, /* written by a newer Chronicle */
  CHR_DATABASE_ERROR_BUSY,         /* another program writes to it */
  CHR_DATABASE_ERROR_FULL,         /* no space left on its disk */
  CHR_DATABASE_ERROR_READ_ONLY,    /* the file or its folder is read-only */
  CHR_DATABASE_ERROR_FAILED,       /* anything else SQLite reports */
  CHR_DATABASE_ERROR_NOT_FOUND,    /* no such article or event */
  CHR_DATABASE_ERROR_IO,           /* the disk failed to read or write */
} ChrDatabaseError;

/* The schema version this build writes, kept in PRAGMA user_version. */
#define CHR_DATABASE_SCHEMA_VERSION 7

/* Which events a timeline shows. */
typedef struct
{
  guint    min_sources;            /* only those reported by at least this many articles (or made by hand) */
  gboolean with_hidden;            /* the hidden ones too */
  gint64   tag_id;                 /* only those with this tag; 0 for all */
  gboolean starred_only;           /* only those the user starred */
  const char *source;              /* only those an article from this source reports; NULL for all */
  gint64   article_id;             /* only those this article reports; 0 for all */
  gint64   from;                   /* only those that overlap [from, to), when from < to */
  gint64   to;
  const char *match;               /* only those whose title or note matches this FTS5 expression
                                    * (chr_search_build_match()); NULL for all */
} ChrEventFilter;

/* Every candidate event of a timeline, ready for chr_event_merge(). */
typedef struct
{
  GArray    *ids;                  /* gint64: the candidates' ids */
  GArray    *candidates;           /* ChrCandidate; the arrays of terms owned here */
  GArray    *anchors;              /* ChrAnchor: where each candidate's date phrase is */
  GStringChunk *strings;           /* the candidates' labels and terms, one allocation for many */
} ChrCandidateSet;

/* Called with each candidate of a timeline: chr_database_scan_candidates(). */
typedef void (*ChrCandidateFunc) (const ChrCandidate *candidate,
                                  gpointer            user_data);

/* The group a candidate of @article_id dated @interval goes to:
 * chr_database_load_candidate_groups(). */
typedef gint64 (*ChrCandidateGroupFunc) (const ChrInterval *interval,
                                         gint64             article_id,
                                         gpointer           user_data);

/* Called with the candidates of one group, which it may not keep. */
typedef gboolean (*ChrCandidateSetFunc) (ChrCandidateSet  *set,
                                         gint64            group,
                                         gpointer          user_data,
                                         GError          **error);

#define CHR_TYPE_DATABASE (chr_database_get_type ())

G_DECLARE_FINAL_TYPE (ChrDatabase, chr_database, CHR, DATABASE, GObject)

GQuark       chr_database_error_quark       (void);
gboolean     chr_database_error_is_fault    (const GError      *error);
char        *chr_database_get_default_path  (void);
ChrDatabase *chr_database_open              (const char        *path,
                                             GError           **error);
ChrDatabase *chr_database_open_for_reading  (const char        *path,
                                             GError           **error);
const char  *chr_database_get_path          (ChrDatabase       *self);
int          chr_database_get_schema_version (ChrDatabase      *self);
gboolean     chr_database_has_article       (ChrDatabase       *self,
                                             const char        *sha256,
                                             gint64            *article_id,
                                             GError           **error);
gboolean     chr_database_add_article       (ChrDatabase       *self,
                                             const ChrArticle  *article,
                                             gint64            *article_id,
                                             gboolean          *added,
                                             GError           **error);
char        *chr_database_get_article_title  (ChrDatabase       *self,
                                             gint64             article_id,
                                             GError           **error);
ChrArticle  *chr_database_get_article        (ChrDatabase       *self,
                                             gint64             article_id,
                                             GError           **error);
gboolean     chr_database_restore_article   (ChrDatabase       *self,
                                             gint64             article_id,
                                             const ChrArticle  *article,
                                             GError           **error);
gboolean     chr_database_remove_article    (ChrDatabase       *self,
                                             gint64             article_id,
                                             GError           **error);
gboolean     chr_database_replace_extraction (ChrDatabase      *self,
                                             gint64             article_id,
                                             const ChrArticle  *article,
                                             GError           **error);
GPtrArray   *chr_database_list_articles     (ChrDatabase       *self,
                                             GError           **error);
GPtrArray   *chr_database_list_events       (ChrDatabase       *self,
                                             const ChrInterval *range,
                                             guint              min_sources,
                                             gboolean           with_sources,
                                             GError           **error);
ChrEventList *chr_database_list_timeline    (ChrDatabase       *self,
                                             const ChrEventFilter *filter,
                                             GCancellable      *cancellable,
                                             GError           **error);
ChrEvent    *chr_database_get_event         (ChrDatabase       *self,
                                             gint64             event_id,
                                             GError           **error);
GPtrArray   *chr_database_list_sources      (ChrDatabase       *self,
                                             gint64             event_id,
                                             GError           **error);
GArray      *chr_database_list_article_dates (ChrDatabase      *self,
                                             gint64             article_id,
                                             GError           **error);
ChrCandidateSet *chr_database_load_candidates (ChrDatabase      *self,
                                              GError          **error);
gboolean     chr_database_find_boilerplate  (ChrDatabase       *self,
                                             GError           **error);
void         chr_database_forget_boilerplate (ChrDatabase      *self);
gboolean     chr_database_scan_candidates   (ChrDatabase       *self,
                                             ChrCandidateFunc   func,
                                             gpointer           user_data,
                                             GError           **error);
gboolean     chr_database_load_candidate_groups (ChrDatabase           *self,
                                                 ChrCandidateGroupFunc  group_of,
                                                 gpointer               group_data,
                                                 ChrCandidateSetFunc    func,
                                                 gpointer               user_data,
                                                 GError               **error);
GArray      *chr_database_list_dates_at     (ChrDatabase       *self,
                                             const ChrAnchor   *anchor,
                                             GError           **error);
gboolean     chr_database_begin_events_rewrite (ChrDatabase        *self,
                                                gint64             *next_id,
                                                GError            **error);
gboolean     chr_database_write_events      (ChrDatabase           *self,
                                             const ChrCandidateSet *set,
                                             GPtrArray             *layered,
                                             gint64                *next_id,
                                             GError               **error);
gboolean     chr_database_end_events_rewrite (ChrDatabase          *self,
                                              gint64                next_id,
                                              GError              **error);
GPtrArray   *chr_database_list_waiting      (ChrDatabase       *self,
                                             GError           **error);
GArray      *chr_database_list_article_ids  (ChrDatabase       *self,
                                             GError           **error);
int          chr_database_get_extraction_version (ChrDatabase  *self);
gboolean     chr_database_set_extraction_version (ChrDatabase  *self,
                                                  int           version,
                                                  GError      **error);
ChrCandidateSet *chr_candidate_set_new      (void);
void         chr_candidate_set_free         (ChrCandidateSet   *set);
gboolean     chr_database_begin             (ChrDatabase       *self,
                                             GError           **error);
gboolean     chr_database_commit            (ChrDatabase       *self,
                                             GError           **error);
void         chr_database_rollback          (ChrDatabase       *self);
gint64       chr_database_get_data_version  (ChrDatabase       *self);
gint64       chr_database_count             (ChrDatabase       *self,
                                             const char        *table);
gboolean     chr_database_has_rows          (ChrDatabase       *self,
                                             const char        *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrCandidateSet, chr_candidate_set_free)

G_END_DECLS
