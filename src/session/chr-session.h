/* chr-session.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-database.h"
#include "chr-date-format.h"
#include "chr-edits.h"
#include "chr-importer.h"
#include "chr-search.h"
#include "chr-timeline-index.h"

G_BEGIN_DECLS

/* A stretch of time, [begin, end) in seconds since 1970 UTC. */
typedef struct
{
  gint64 begin;
  gint64 end;
} ChrTimeSpan;

#define CHR_TYPE_TIME_SPAN (chr_time_span_get_type ())

GType        chr_time_span_get_type (void) G_GNUC_CONST;
ChrTimeSpan *chr_time_span_copy     (const ChrTimeSpan *span);
void         chr_time_span_free     (ChrTimeSpan       *span);

/* An article as the reader shows it, read off the main thread. */
typedef struct
{
  ChrArticle *article;             /* text, title, source, publication date; sentences (ChrSpan) */
  GArray     *dates;               /* ChrArticleDate, by start: its dates and their events */
} ChrArticleText;

void         chr_article_text_free  (ChrArticleText    *text);

#define CHR_TYPE_SESSION (chr_session_get_type ())

G_DECLARE_FINAL_TYPE (ChrSession, chr_session, CHR, SESSION, GObject)

ChrSession        *chr_session_new                 (void);
gboolean           chr_session_open                (ChrSession          *self,
                                                    const char          *path,
                                                    GError             **error);
const char        *chr_session_get_path            (ChrSession          *self);
ChrDatabase       *chr_session_get_database        (ChrSession          *self);
void               chr_session_close               (ChrSession          *self);
ChrEvent          *chr_session_get_event           (ChrSession          *self,
                                                    gint64               id);

ChrTimelineIndex  *chr_session_get_index           (ChrSession          *self);
void               chr_session_set_index           (ChrSession          *self,
                                                    ChrTimelineIndex    *index);
guint              chr_session_get_n_events        (ChrSession          *self);
guint              chr_session_get_n_articles      (ChrSession          *self);
gboolean           chr_session_get_has_events      (ChrSession          *self);
gboolean           chr_session_get_busy            (ChrSession          *self);
double             chr_session_get_progress        (ChrSession          *self);
gboolean           chr_session_get_import_progress (ChrSession          *self,
                                                    guint               *done,
                                                    guint               *total,
                                                    guint               *n_articles);

const ChrTimeSpan *chr_session_get_visible         (ChrSession          *self);
void               chr_session_set_visible         (ChrSession          *self,
                                                    const ChrTimeSpan   *visible);
gboolean           chr_session_get_fitted          (ChrSession          *self);
void               chr_session_fit_visible         (ChrSession          *self,
                                                    const ChrTimeSpan   *visible);
void               chr_session_zoom                (ChrSession          *self,
                                                    double               factor);
void               chr_session_zoom_to_fit         (ChrSession          *self);
void               chr_session_go_to               (ChrSession          *self,
                                                    gint64               begin,
                                                    gint64               end);
gint64             chr_session_get_selected        (ChrSession          *self);
void               chr_session_set_selected        (ChrSession          *self,
                                                    gint64               id);
void               chr_session_toggle_selected     (ChrSession          *self,
                                                    gint64               id);
GArray            *chr_session_get_selection       (ChrSession          *self);
guint              chr_session_get_n_selected      (ChrSession          *self);
gboolean           chr_session_is_selected         (ChrSession          *self,
                                                    gint64               id);
gint64             chr_session_get_hovered         (ChrSession          *self);
void               chr_session_set_hovered         (ChrSession          *self,
                                                    gint64               id);
guint              chr_session_get_min_sources     (ChrSession          *self);
void               chr_session_set_min_sources     (ChrSession          *self,
                                                    guint                min_sources);

gboolean           chr_session_get_show_hidden     (ChrSession          *self);
void               chr_session_set_show_hidden     (ChrSession          *self,
                                                    gboolean             show_hidden);
gboolean           chr_session_get_starred_only    (ChrSession          *self);
void               chr_session_set_starred_only    (ChrSession          *self,
                                                    gboolean             starred_only);
const char        *chr_session_get_source_filter   (ChrSession          *self);
void               chr_session_set_source_filter   (ChrSession          *self,
                                                    const char          *source);
gint64             chr_session_get_article_filter  (ChrSession          *self);
void               chr_session_set_article_filter  (ChrSession          *self,
                                                    gint64               article_id);
const ChrTimeSpan *chr_session_get_date_filter     (ChrSession          *self);
void               chr_session_set_date_filter     (ChrSession          *self,
                                                    const ChrTimeSpan   *span);
const char        *chr_session_get_search_filter   (ChrSession          *self);
void               chr_session_set_search_filter   (ChrSession          *self,
                                                    const char          *words);
gboolean           chr_session_get_filtered        (ChrSession          *self);
void               chr_session_clear_filters       (ChrSession          *self);
gint64             chr_session_get_tag_filter      (ChrSession          *self);
void               chr_session_set_tag_filter      (ChrSession          *self,
                                                    gint64               tag_id);
const char        *chr_session_get_undo_kind       (ChrSession          *self);
const char        *chr_session_get_redo_kind       (ChrSession          *self);
void               chr_session_change_event        (ChrSession          *self,
                                                    gint64               event_id,
                                                    const ChrEventChange *change);
void               chr_session_add_event           (ChrSession          *self,
                                                    const ChrEventChange *change);
void               chr_session_delete_event        (ChrSession          *self,
                                                    gint64               event_id);
void               chr_session_merge_events        (ChrSession          *self,
                                                    const gint64        *event_ids,
                                                    guint                n_events,
                                                    gint64               title_from,
                                                    gint64               date_from);
void               chr_session_split_event         (ChrSession          *self,
                                                    gint64               event_id,
                                                    const ChrAnchor     *excerpts,
                                                    guint                n_excerpts);
void               chr_session_move_excerpt        (ChrSession          *self,
                                                    gint64               event_id,
                                                    const ChrAnchor     *excerpt,
                                                    gboolean             attach);
void               chr_session_tag_event           (ChrSession          *self,
                                                    gint64               event_id,
                                                    const char          *tag,
                                                    gboolean             add);
void               chr_session_edit_tag            (ChrSession          *self,
                                                    const char          *tag,
                                                    const char          *new_name,
                                                    guint                color);
void               chr_session_undo                (ChrSession          *self);
void               chr_session_redo                (ChrSession          *self);
void               chr_session_reload              (ChrSession          *self);
void               chr_session_import_async        (ChrSession          *self,
                                                    const char * const  *paths,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
ChrImportReport   *chr_session_import_finish       (ChrSession          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void               chr_session_set_published_async (ChrSession          *self,
                                                    gint64               article_id,
                                                    const char          *published,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean           chr_session_set_published_finish (ChrSession         *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void               chr_session_delete_article_async (ChrSession         *self,
                                                    gint64              article_id,
                                                    GCancellable       *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
gboolean           chr_session_delete_article_finish (ChrSession        *self,
                                                    GAsyncResult       *result,
                                                    GError            **error);
void               chr_session_list_articles_async (ChrSession          *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray         *chr_session_list_articles_finish (ChrSession         *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void               chr_session_search_async        (ChrSession          *self,
                                                    const char          *query,
                                                    guint                limit,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
ChrSearchResults  *chr_session_search_finish       (ChrSession          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

gint64             chr_session_get_reading_article (ChrSession        *self);
gint64             chr_session_get_reading_offset  (ChrSession        *self);
ChrGranularity     chr_session_get_date_precision  (ChrSession          *self);
void               chr_session_set_date_precision  (ChrSession          *self,
                                                    ChrGranularity       precision);
int                chr_session_get_week_start      (ChrSession          *self);
void               chr_session_set_week_start      (ChrSession          *self,
                                                    int                  week_start);
const ChrDateOptions *chr_session_get_date_options (ChrSession          *self);
void               chr_session_read_article        (ChrSession          *self,
                                                    gint64               article_id,
                                                    gint64               offset);
void               chr_session_stop_reading        (ChrSession          *self);
void               chr_session_reveal_event        (ChrSession          *self,
                                                    gint64               id);
void               chr_session_load_article_async  (ChrSession          *self,
                                                    gint64               article_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
ChrArticleText    *chr_session_load_article_finish (ChrSession          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrTimeSpan, chr_time_span_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrArticleText, chr_article_text_free)

G_END_DECLS
