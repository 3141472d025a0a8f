/* chr-session.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-session"

#include "config.h"

#include "chr-session-private.h"
#include "chr-time-scale.h"

/* One document, many views: the open timeline, the work under way on it and
 * what the person is looking at. Widgets, the benchmarks and the tests all
 * read and change the same state here and hear of it through notify. */

G_DEFINE_FINAL_TYPE (ChrSession, chr_session, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (ChrTimeSpan, chr_time_span, chr_time_span_copy, chr_time_span_free)

GParamSpec *_chr_session_properties[CHR_SESSION_N_PROPS];
guint _chr_session_signals[CHR_SESSION_N_SIGNALS];

ChrTimeSpan *
chr_time_span_copy (const ChrTimeSpan *span)
{
  return g_memdup2 (span, sizeof *span);
}

void
chr_time_span_free (ChrTimeSpan *span)
{
  g_free (span);
}

static void
notify (ChrSession *self,
        guint       prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), _chr_session_properties[prop_id]);
}

/* The view is never narrower than an hour nor wider than 20,000 years. */
static ChrTimeSpan
clamp_span (const ChrTimeSpan *span)
{
  gint64 middle = span->begin + (span->end - span->begin) / 2;
  gint64 length = CLAMP (span->end - span->begin, CHR_TIME_SCALE_MIN_SPAN, CHR_TIME_SCALE_MAX_SPAN);

  if (length == span->end - span->begin)
    return *span;
  return (ChrTimeSpan) { middle - length / 2, middle - length / 2 + length };
}

static gboolean
update_visible (ChrSession        *self,
                const ChrTimeSpan *visible,
                gboolean           fitted)
{
  ChrTimeSpan span = clamp_span (visible);
  gboolean changed = span.begin != self->visible.begin || span.end != self->visible.end;

  self->visible = span;
  if (self->fitted != fitted)
    {
      self->fitted = fitted;
      notify (self, CHR_SESSION_PROP_FITTED);
    }
  if (changed)
    notify (self, CHR_SESSION_PROP_VISIBLE);
  return changed;
}

/* Where most of the importance is (chr_timeline_index_get_focus(): every
 * event, unless a few lie far from the rest), with a little room at both
 * ends; a view refines it to its size. With no events, the view stays
 * where it is, ready to follow them. */
static void
fit_to_focus (ChrSession *self)
{
  gint64 begin, end, margin;

  if (!chr_timeline_index_get_focus (self->index, &begin, &end))
    {
      update_visible (self, &self->visible, TRUE);
      return;
    }
  margin = (end - begin) / 20 + 1;
  update_visible (self, &(ChrTimeSpan) { begin - margin, end + margin }, TRUE);
}

static gboolean
notify_progress_cb (gpointer user_data)
{
  ChrSession *self = user_data;

  g_mutex_lock (&self->progress_mutex);
  self->progress_idle = 0;
  g_mutex_unlock (&self->progress_mutex);
  notify (self, CHR_SESSION_PROP_PROGRESS);
  return G_SOURCE_REMOVE;
}

/* Any thread: one notification on the main thread, however often it is called. */
void
_chr_session_report_progress (ChrSession *self,
                              double      fraction)
{
  g_mutex_lock (&self->progress_mutex);
  self->progress = fraction;
  if (self->progress_idle == 0)
    self->progress_idle = g_idle_add_full (G_PRIORITY_DEFAULT, notify_progress_cb, g_object_ref (self),
                                           g_object_unref);
  g_mutex_unlock (&self->progress_mutex);
}

void
_chr_session_begin_job (ChrSession *self)
{
  if (self->n_jobs++ == 0)
    notify (self, CHR_SESSION_PROP_BUSY);
}

void
_chr_session_end_job (ChrSession *self)
{
  g_assert (self->n_jobs > 0);

  if (--self->n_jobs == 0)
    notify (self, CHR_SESSION_PROP_BUSY);
}

void
_chr_session_fail (ChrSession   *self,
                   const GError *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_signal_emit (self, _chr_session_signals[CHR_SESSION_SIGNAL_FAILED], 0, error);
}

static gboolean
warm_cb (gpointer user_data)
{
  ChrSession *self = user_data;

  self->warm_id = 0;
  chr_timeline_index_warm_allocator (self->index);
  return G_SOURCE_REMOVE;
}

/* When the window is idle, readies the memory the next edit will want:
 * after a load, and after each edit, whose indexes leave the memory in
 * pieces that the next one may not fit in. */
void
_chr_session_warm_later (ChrSession *self)
{
  if (self->warm_id == 0)
    self->warm_id = g_idle_add_full (G_PRIORITY_LOW, warm_cb, self, NULL);
}

/* A load finished: its events replace the shown ones in one step. */
void
_chr_session_take_loaded (ChrSession       *self,
                          ChrTimelineIndex *index,
                          guint             n_articles,
                          gboolean          has_events)
{
  g_object_freeze_notify (G_OBJECT (self));
  chr_session_set_index (self, index);
  _chr_session_warm_later (self);
  if (self->select_after_load != 0 && chr_timeline_index_find (index, self->select_after_load) >= 0)
    chr_session_set_selected (self, self->select_after_load);
  self->select_after_load = 0;
  if (self->db != NULL)
    {
      self->data_version = chr_database_get_data_version (self->db);
      _chr_session_update_history (self);
    }
  if (self->n_articles != n_articles)
    {
      self->n_articles = n_articles;
      notify (self, CHR_SESSION_PROP_N_ARTICLES);
    }
  if (self->has_events != has_events)
    {
      self->has_events = has_events;
      notify (self, CHR_SESSION_PROP_HAS_EVENTS);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
chr_session_dispose (GObject *object)
{
  ChrSession *self = CHR_SESSION (object);

  chr_session_close (self);

  G_OBJECT_CLASS (chr_session_parent_class)->dispose (object);
}

static void
chr_session_finalize (GObject *object)
{
  ChrSession *self = CHR_SESSION (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_pointer (&self->index, chr_timeline_index_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->source_filter, g_free);
  g_clear_pointer (&self->search_filter, g_free);
  g_clear_handle_id (&self->warm_id, g_source_remove);
  g_clear_pointer (&self->undo_kind, g_free);
  g_clear_pointer (&self->also_selected, g_array_unref);
  g_clear_pointer (&self->redo_kind, g_free);
  g_mutex_clear (&self->progress_mutex);

  G_OBJECT_CLASS (chr_session_parent_class)->finalize (object);
}

static void
chr_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ChrSession *self = CHR_SESSION (object);

  switch (prop_id)
    {
    case CHR_SESSION_PROP_PATH:
      g_value_set_string (value, chr_session_get_path (self));
      break;

    case CHR_SESSION_PROP_DATABASE:
      g_value_set_object (value, chr_session_get_database (self));
      break;

    case CHR_SESSION_PROP_INDEX:
      g_value_set_pointer (value, chr_session_get_index (self));
      break;

    case CHR_SESSION_PROP_N_EVENTS:
      g_value_set_uint (value, chr_session_get_n_events (self));
      break;

    case CHR_SESSION_PROP_N_ARTICLES:
      g_value_set_uint (value, chr_session_get_n_articles (self));
      break;

    case CHR_SESSION_PROP_HAS_EVENTS:
      g_value_set_boolean (value, chr_session_get_has_events (self));
      break;

    case CHR_SESSION_PROP_BUSY:
      g_value_set_boolean (value, chr_session_get_busy (self));
      break;

    case CHR_SESSION_PROP_PROGRESS:
      g_value_set_double (value, chr_session_get_progress (self));
      break;

    case CHR_SESSION_PROP_VISIBLE:
      g_value_set_boxed (value, chr_session_get_visible (self));
      break;

    case CHR_SESSION_PROP_FITTED:
      g_value_set_boolean (value, chr_session_get_fitted (self));
      break;

    case CHR_SESSION_PROP_SELECTED:
      g_value_set_int64 (value, chr_session_get_selected (self));
      break;

    case CHR_SESSION_PROP_HOVERED:
      g_value_set_int64 (value, chr_session_get_hovered (self));
      break;

    case CHR_SESSION_PROP_MIN_SOURCES:
      g_value_set_int (value, (int) chr_session_get_min_sources (self));
      break;

    case CHR_SESSION_PROP_SHOW_HIDDEN:
      g_value_set_boolean (value, chr_session_get_show_hidden (self));
      break;

    case CHR_SESSION_PROP_N_SELECTED:
      g_value_set_uint (value, chr_session_get_n_selected (self));
      break;

    case CHR_SESSION_PROP_TAG_FILTER:
      g_value_set_int64 (value, chr_session_get_tag_filter (self));
      break;

    case CHR_SESSION_PROP_STARRED_ONLY:
      g_value_set_boolean (value, chr_session_get_starred_only (self));
      break;

    case CHR_SESSION_PROP_SOURCE_FILTER:
      g_value_set_string (value, chr_session_get_source_filter (self));
      break;

    case CHR_SESSION_PROP_ARTICLE_FILTER:
      g_value_set_int64 (value, chr_session_get_article_filter (self));
      break;

    case CHR_SESSION_PROP_DATE_FILTER:
      g_value_set_boxed (value, chr_session_get_date_filter (self));
      break;

    case CHR_SESSION_PROP_SEARCH_FILTER:
      g_value_set_string (value, chr_session_get_search_filter (self));
      break;

    case CHR_SESSION_PROP_UNDO_KIND:
      g_value_set_string (value, chr_session_get_undo_kind (self));
      break;

    case CHR_SESSION_PROP_REDO_KIND:
      g_value_set_string (value, chr_session_get_redo_kind (self));
      break;

    case CHR_SESSION_PROP_READING_ARTICLE:
      g_value_set_int64 (value, chr_session_get_reading_article (self));
      break;

    case CHR_SESSION_PROP_READING_OFFSET:
      g_value_set_int64 (value, chr_session_get_reading_offset (self));
      break;

    case CHR_SESSION_PROP_DATE_PRECISION:
      g_value_set_int (value, chr_session_get_date_precision (self));
      break;

    case CHR_SESSION_PROP_WEEK_START:
      g_value_set_int (value, chr_session_get_week_start (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ChrSession *self = CHR_SESSION (object);

  switch (prop_id)
    {
    case CHR_SESSION_PROP_VISIBLE:
      chr_session_set_visible (self, g_value_get_boxed (value));
      break;

    case CHR_SESSION_PROP_SELECTED:
      chr_session_set_selected (self, g_value_get_int64 (value));
      break;

    case CHR_SESSION_PROP_HOVERED:
      chr_session_set_hovered (self, g_value_get_int64 (value));
      break;

    case CHR_SESSION_PROP_MIN_SOURCES:
      chr_session_set_min_sources (self, (guint) g_value_get_int (value));
      break;

    case CHR_SESSION_PROP_SHOW_HIDDEN:
      chr_session_set_show_hidden (self, g_value_get_boolean (value));
      break;

    case CHR_SESSION_PROP_TAG_FILTER:
      chr_session_set_tag_filter (self, g_value_get_int64 (value));
      break;

    case CHR_SESSION_PROP_STARRED_ONLY:
      chr_session_set_starred_only (self, g_value_get_boolean (value));
      break;

    case CHR_SESSION_PROP_SOURCE_FILTER:
      chr_session_set_source_filter (self, g_value_get_string (value));
      break;

    case CHR_SESSION_PROP_ARTICLE_FILTER:
      chr_session_set_article_filter (self, g_value_get_int64 (value));
      break;

    case CHR_SESSION_PROP_DATE_FILTER:
      chr_session_set_date_filter (self, g_value_get_boxed (value));
      break;

    case CHR_SESSION_PROP_DATE_PRECISION:
      chr_session_set_date_precision (self, g_value_get_int (value));
      break;

    case CHR_SESSION_PROP_WEEK_START:
      chr_session_set_week_start (self, g_value_get_int (value));
      break;

    case CHR_SESSION_PROP_SEARCH_FILTER:
      chr_session_set_search_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_session_class_init (ChrSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags read_write = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = chr_session_dispose;
  object_class->finalize = chr_session_finalize;
  object_class->get_property = chr_session_get_property;
  object_class->set_property = chr_session_set_property;

  _chr_session_properties[CHR_SESSION_PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, read_only);
  _chr_session_properties[CHR_SESSION_PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CHR_TYPE_DATABASE, read_only);
  /* A ChrTimelineIndex, never NULL: the events shown, sorted by begin. */
  _chr_session_properties[CHR_SESSION_PROP_INDEX] = g_param_spec_pointer ("index", NULL, NULL, read_only);
  _chr_session_properties[CHR_SESSION_PROP_N_EVENTS] = g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  _chr_session_properties[CHR_SESSION_PROP_N_ARTICLES] =
    g_param_spec_uint ("n-articles", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  _chr_session_properties[CHR_SESSION_PROP_HAS_EVENTS] = g_param_spec_boolean ("has-events", NULL, NULL, FALSE, read_only);
  _chr_session_properties[CHR_SESSION_PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, read_only);
  /* From 0 to 1 while long work measures itself; -1 otherwise. */
  _chr_session_properties[CHR_SESSION_PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, -1, 1, -1, read_only);
  _chr_session_properties[CHR_SESSION_PROP_VISIBLE] =
    g_param_spec_boxed ("visible", NULL, NULL, CHR_TYPE_TIME_SPAN, read_write);
  /* Whether the view follows the extent of the events. */
  _chr_session_properties[CHR_SESSION_PROP_FITTED] = g_param_spec_boolean ("fitted", NULL, NULL, TRUE, read_only);
  _chr_session_properties[CHR_SESSION_PROP_SELECTED] =
    g_param_spec_int64 ("selected", NULL, NULL, -1, G_MAXINT64, -1, read_write);
  _chr_session_properties[CHR_SESSION_PROP_HOVERED] =
    g_param_spec_int64 ("hovered", NULL, NULL, -1, G_MAXINT64, -1, read_write);
  _chr_session_properties[CHR_SESSION_PROP_MIN_SOURCES] =
    g_param_spec_int ("min-sources", NULL, NULL, 0, 100, 0, read_write);
  /* Whether hidden events are shown (dimmed) too. */
  _chr_session_properties[CHR_SESSION_PROP_SHOW_HIDDEN] =
    g_param_spec_boolean ("show-hidden", NULL, NULL, FALSE, read_write);
  /* Only the events with this tag are shown; 0 for all. */
  _chr_session_properties[CHR_SESSION_PROP_TAG_FILTER] =
    g_param_spec_int64 ("tag-filter", NULL, NULL, 0, G_MAXINT64, 0, read_write);
  /* Only the events the user starred. */
  _chr_session_properties[CHR_SESSION_PROP_STARRED_ONLY] =
    g_param_spec_boolean ("starred-only", NULL, NULL, FALSE, read_write);
  /* Only the events an article from this source reports; NULL for all. */
  _chr_session_properties[CHR_SESSION_PROP_SOURCE_FILTER] =
    g_param_spec_string ("source-filter", NULL, NULL, NULL, read_write);
  /* Only the events this article reports; 0 for all. */
  _chr_session_properties[CHR_SESSION_PROP_ARTICLE_FILTER] =
    g_param_spec_int64 ("article-filter", NULL, NULL, 0, G_MAXINT64, 0, read_write);
  /* Only the events that overlap this stretch of time (ChrTimeSpan); NULL for all. */
  _chr_session_properties[CHR_SESSION_PROP_DATE_FILTER] =
    g_param_spec_boxed ("date-filter", NULL, NULL, CHR_TYPE_TIME_SPAN, read_write);
  /* Only the events whose title or note has these words (as search takes them); NULL for all. */
  _chr_session_properties[CHR_SESSION_PROP_SEARCH_FILTER] =
    g_param_spec_string ("search-filter", NULL, NULL, NULL, read_write);
  /* How many events are chosen: the one shown and those added with Control. */
  _chr_session_properties[CHR_SESSION_PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  /* The kind of edit undo would take back ("rename"; chr_edit_kind_describe() names it), or NULL. */
  _chr_session_properties[CHR_SESSION_PROP_UNDO_KIND] = g_param_spec_string ("undo-kind", NULL, NULL, NULL, read_only);
  _chr_session_properties[CHR_SESSION_PROP_REDO_KIND] = g_param_spec_string ("redo-kind", NULL, NULL, NULL, read_only);
  /* The article open in the reader (chr_session_read_article()), 0 when the timeline is shown. */
  _chr_session_properties[CHR_SESSION_PROP_READING_ARTICLE] =
    g_param_spec_int64 ("reading-article", NULL, NULL, 0, G_MAXINT64, 0, read_only);
  /* Where in it the reader looks: a byte offset into its text. */
  _chr_session_properties[CHR_SESSION_PROP_READING_OFFSET] =
    g_param_spec_int64 ("reading-offset", NULL, NULL, 0, G_MAXINT64, 0, read_only);
  /* The finest unit a date is written in (a ChrGranularity); 0 for as precisely as it is known. */
  _chr_session_properties[CHR_SESSION_PROP_DATE_PRECISION] =
    g_param_spec_int ("date-precision", NULL, NULL, CHR_GRANULARITY_UNKNOWN, CHR_GRANULARITY_SECOND,
                      CHR_GRANULARITY_UNKNOWN, read_write);
  /* The day a week starts on, for what names a week: 1 = Monday … 7 = Sunday. */
  _chr_session_properties[CHR_SESSION_PROP_WEEK_START] =
    g_param_spec_int ("week-start", NULL, NULL, 1, 7, 1, read_write);
  g_object_class_install_properties (object_class, CHR_SESSION_N_PROPS, _chr_session_properties);

  /**
   * ChrSession::failed:
   * @error: what went wrong, in words for the person using the app
   *
   * Work in the background failed (a load, an import, extraction again).
   */
  _chr_session_signals[CHR_SESSION_SIGNAL_FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * ChrSession::edited:
   * @kind: what the edit was ("rename", "hide", "merge", "undo")
   * @event_id: the event it made or changed, 0 if none
   *
   * An edit is in the file, and in its history.
   */
  _chr_session_signals[CHR_SESSION_SIGNAL_EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);

  /**
   * ChrSession::date-options-changed:
   *
   * How dates are said changed: their precision or the first day of a
   * week (chr_session_get_date_options()), for all that writes dates to
   * say them again.
   */
  _chr_session_signals[CHR_SESSION_SIGNAL_DATE_OPTIONS_CHANGED] =
    g_signal_new ("date-options-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
chr_session_init (ChrSession *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_mutex_init (&self->progress_mutex);
  self->progress = -1;
  self->cancellable = g_cancellable_new ();
  self->index = chr_timeline_index_new (NULL, 0);
  self->visible = (ChrTimeSpan) { now - 10 * 365 * CHR_SECONDS_PER_DAY, now };
  self->fitted = TRUE;
  self->selected = -1;
  self->also_selected = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->hovered = -1;
  self->date_options = (ChrDateOptions) CHR_DATE_OPTIONS_INIT;
}

ChrSession *
chr_session_new (void)
{
  return g_object_new (CHR_TYPE_SESSION, NULL);
}

/**
 * chr_session_get_path:
 * @self: a #ChrSession
 *
 * Returns: (nullable): the file of the open timeline
 */
const char *
chr_session_get_path (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->path;
}

/**
 * chr_session_get_database:
 * @self: a #ChrSession
 *
 * Returns: (transfer none) (nullable): the main thread's connection to the
 *   open timeline, for small reads (one event, one article)
 */
ChrDatabase *
chr_session_get_database (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->db;
}

/**
 * chr_session_get_event:
 * @self: a #ChrSession
 * @id: an event's id
 *
 * Reads one event with its sources. A failure is told through
 * #ChrSession::failed.
 *
 * Returns: (transfer full) (nullable): the event, or %NULL when there is
 *   none with @id or it could not be read
 */
ChrEvent *
chr_session_get_event (ChrSession *self,
                       gint64      id)
{
  g_autoptr(GError) error = NULL;
  ChrEvent *event;

  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  if (self->db == NULL || id < 0)
    return NULL;
  if (!(event = chr_database_get_event (self->db, id, &error)) && error != NULL)
    _chr_session_fail (self, error);
  return event;
}

/**
 * chr_session_get_index:
 * @self: a #ChrSession
 *
 * Returns: (transfer none): the events shown, sorted by begin; empty before
 *   the first load. Take a reference to keep it past the next load.
 */
ChrTimelineIndex *
chr_session_get_index (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->index;
}

/**
 * chr_session_set_index:
 * @self: a #ChrSession
 * @index: the events to show, made on any thread
 *
 * Shows @index in place of the events shown. The selection stays when its
 * event is still there. Loads call it; so can tests and benchmarks that make
 * their events in memory.
 */
void
chr_session_set_index (ChrSession       *self,
                       ChrTimelineIndex *index)
{
  guint old_n;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (index != NULL);

  if (self->index == index)
    return;

  old_n = chr_timeline_index_get_n_items (self->index);
  chr_timeline_index_ref (index);
  g_clear_pointer (&self->index, chr_timeline_index_unref);
  self->index = index;

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = self->also_selected->len; i-- > 0;)
    if (chr_timeline_index_find (index, g_array_index (self->also_selected, gint64, i)) < 0)
      {
        g_array_remove_index (self->also_selected, i);
        notify (self, CHR_SESSION_PROP_N_SELECTED);
      }
  if (self->selected >= 0 && chr_timeline_index_find (index, self->selected) < 0)
    chr_session_set_selected (self, -1);
  if (self->hovered >= 0 && chr_timeline_index_find (index, self->hovered) < 0)
    chr_session_set_hovered (self, -1);
  if (self->fitted)
    fit_to_focus (self);
  notify (self, CHR_SESSION_PROP_INDEX);
  if (old_n != chr_timeline_index_get_n_items (index))
    notify (self, CHR_SESSION_PROP_N_EVENTS);
  g_object_thaw_notify (G_OBJECT (self));
}

guint
chr_session_get_n_events (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return chr_timeline_index_get_n_items (self->index);
}

/* The number of articles in the timeline, counted by the last load. */
guint
chr_session_get_n_articles (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return self->n_articles;
}

/* Whether the timeline has any event at all, shown or filtered out. */
gboolean
chr_session_get_has_events (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  return self->has_events;
}

/* Whether work is under way: a load, an import, extraction again, a date set. */
gboolean
chr_session_get_busy (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  return self->n_jobs > 0;
}

double
chr_session_get_progress (ChrSession *self)
{
  double progress;

  g_return_val_if_fail (CHR_IS_SESSION (self), -1);

  g_mutex_lock (&self->progress_mutex);
  progress = self->progress;
  g_mutex_unlock (&self->progress_mutex);
  return progress;
}

/**
 * chr_session_get_visible:
 * @self: a #ChrSession
 *
 * Returns: (transfer none): the stretch of time shown
 */
const ChrTimeSpan *
chr_session_get_visible (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return &self->visible;
}

/**
 * chr_session_set_visible:
 * @self: a #ChrSession
 * @visible: the stretch of time to show
 *
 * Shows @visible, no narrower than an hour and no wider than 20,000 years.
 * When it differs from what is shown, the view no longer follows the extent
 * of the events.
 */
void
chr_session_set_visible (ChrSession        *self,
                         const ChrTimeSpan *visible)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (visible != NULL && visible->begin < visible->end);

  /* Asked for what is shown: a view that follows the events still does. */
  if (visible->begin == self->visible.begin && visible->end == self->visible.end)
    return;
  update_visible (self, visible, FALSE);
}

gboolean
chr_session_get_fitted (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  return self->fitted;
}

/**
 * chr_session_fit_visible:
 * @self: a #ChrSession
 * @visible: the stretch of time that shows every event
 *
 * Shows @visible and keeps following the events: views fit them again when
 * the events change or when they are resized.
 */
void
chr_session_fit_visible (ChrSession        *self,
                         const ChrTimeSpan *visible)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (visible != NULL && visible->begin < visible->end);

  update_visible (self, visible, TRUE);
}

/**
 * chr_session_zoom:
 * @self: a #ChrSession
 * @factor: how much closer to look; below 1 zooms out
 *
 * Zooms around the chosen event when it is in view, or else around the
 * middle of the view.
 */
void
chr_session_zoom (ChrSession *self,
                  double      factor)
{
  gint64 pivot;
  int index;
  ChrTimeScale scale;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (factor > 0);

  pivot = self->visible.begin + (self->visible.end - self->visible.begin) / 2;
  if (self->selected >= 0 && (index = chr_timeline_index_find (self->index, self->selected)) >= 0)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (self->index, (guint) index);

      if (item->begin >= self->visible.begin && item->begin <= self->visible.end)
        pivot = item->begin;
    }
  /* A second a pixel: the pivot is kept to the second. */
  chr_time_scale_init (&scale, self->visible.begin, self->visible.end,
                       (double) (self->visible.end - self->visible.begin));
  chr_time_scale_zoom_at (&scale, (double) (pivot - self->visible.begin), factor);
  chr_session_set_visible (self, &(ChrTimeSpan) { scale.begin, scale.end });
}

/**
 * chr_session_zoom_to_fit:
 * @self: a #ChrSession
 *
 * Shows where most of the importance is (every event, unless a few lie
 * far from the rest: see chr_timeline_index_get_focus()), and keeps doing
 * so as they change. Views refine the span to their size (room for the
 * labels).
 */
void
chr_session_zoom_to_fit (ChrSession *self)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  if (!self->fitted)
    fit_to_focus (self);
}

/**
 * chr_session_go_to:
 * @self: a #ChrSession
 * @begin: the first instant of a date
 * @end: the instant after its last
 *
 * Brings the date into the middle of the view, zoomed so that it fills
 * about a third of it: a year shows its months, a day its hours.
 */
void
chr_session_go_to (ChrSession *self,
                   gint64      begin,
                   gint64      end)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (begin < end);

  chr_session_set_visible (self, &(ChrTimeSpan) { begin - (end - begin), end + (end - begin) });
}

gint64
chr_session_get_selected (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), -1);

  return self->selected;
}

/* The chosen event by id, or -1 for none. */
void
chr_session_set_selected (ChrSession *self,
                          gint64      id)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  id = MAX (id, -1);
  if (self->selected == id)
    return;

  self->selected = id;
  g_object_freeze_notify (G_OBJECT (self));
  notify (self, CHR_SESSION_PROP_SELECTED);
  if (self->also_selected->len > 0)
    {
      g_array_set_size (self->also_selected, 0);
      notify (self, CHR_SESSION_PROP_N_SELECTED);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static int
find_also_selected (ChrSession *self,
                    gint64      id)
{
  for (guint i = 0; i < self->also_selected->len; i++)
    if (g_array_index (self->also_selected, gint64, i) == id)
      return (int) i;
  return -1;
}

/**
 * chr_session_toggle_selected:
 * @self: a #ChrSession
 * @id: an event
 *
 * Adds an event to those chosen, or takes it out (Control and a click):
 * several chosen events can be merged.
 */
void
chr_session_toggle_selected (ChrSession *self,
                             gint64      id)
{
  int found;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (id >= 0);

  if (self->selected < 0)
    {
      chr_session_set_selected (self, id);
      return;
    }
  g_object_freeze_notify (G_OBJECT (self));
  if (id == self->selected)
    {
      /* The last one added before it becomes the one shown. */
      self->selected = self->also_selected->len > 0
                       ? g_array_index (self->also_selected, gint64, self->also_selected->len - 1) : -1;
      if (self->also_selected->len > 0)
        g_array_set_size (self->also_selected, self->also_selected->len - 1);
      notify (self, CHR_SESSION_PROP_SELECTED);
    }
  else if ((found = find_also_selected (self, id)) >= 0)
    g_array_remove_index (self->also_selected, (guint) found);
  else
    g_array_append_val (self->also_selected, id);
  notify (self, CHR_SESSION_PROP_N_SELECTED);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * chr_session_get_selection:
 * @self: a #ChrSession
 *
 * Returns: (transfer full): the ids of the events chosen, the one shown first
 */
GArray *
chr_session_get_selection (ChrSession *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CHR_IS_SESSION (self), ids);

  if (self->selected >= 0)
    g_array_append_val (ids, self->selected);
  g_array_append_vals (ids, self->also_selected->data, self->also_selected->len);
  return ids;
}

guint
chr_session_get_n_selected (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return (self->selected >= 0 ? 1 : 0) + self->also_selected->len;
}

gboolean
chr_session_is_selected (ChrSession *self,
                         gint64      id)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  return id >= 0 && (id == self->selected || find_also_selected (self, id) >= 0);
}

gint64
chr_session_get_hovered (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), -1);

  return self->hovered;
}

/* The event under the pointer by id, or -1 for none. */
void
chr_session_set_hovered (ChrSession *self,
                         gint64      id)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  id = MAX (id, -1);
  if (self->hovered == id)
    return;

  self->hovered = id;
  notify (self, CHR_SESSION_PROP_HOVERED);
}

void
_chr_session_notify (ChrSession *self,
                     guint       prop_id)
{
  notify (self, prop_id);
}

gboolean
chr_session_get_show_hidden (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  return self->show_hidden;
}

/**
 * chr_session_set_show_hidden:
 * @self: a #ChrSession
 * @show_hidden: whether hidden events are shown too
 */
void
chr_session_set_show_hidden (ChrSession *self,
                             gboolean    show_hidden)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  show_hidden = !!show_hidden;
  if (self->show_hidden == show_hidden)
    return;
  self->show_hidden = show_hidden;
  notify (self, CHR_SESSION_PROP_SHOW_HIDDEN);
  if (self->db != NULL)
    chr_session_reload (self);
}

guint
chr_session_get_min_sources (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return self->min_sources;
}

/**
 * chr_session_set_min_sources:
 * @self: a #ChrSession
 * @min_sources: show only events reported by at least this many articles
 *
 * Filters the events shown; an open timeline is read again with the filter.
 */
void
chr_session_set_min_sources (ChrSession *self,
                             guint       min_sources)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  min_sources = MIN (min_sources, 100);
  if (self->min_sources == min_sources)
    return;

  self->min_sources = min_sources;
  chr_session_reload (self);
  notify (self, CHR_SESSION_PROP_MIN_SOURCES);
}

ChrGranularity
chr_session_get_date_precision (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), CHR_GRANULARITY_UNKNOWN);

  return self->date_options.precision;
}

/**
 * chr_session_set_date_precision:
 * @self: a #ChrSession
 * @precision: the finest unit dates are written in, or
 *   %CHR_GRANULARITY_UNKNOWN to write each as precisely as it is known
 */
void
chr_session_set_date_precision (ChrSession     *self,
                                ChrGranularity  precision)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (precision >= CHR_GRANULARITY_UNKNOWN && precision <= CHR_GRANULARITY_SECOND);

  if (self->date_options.precision == precision)
    return;
  self->date_options.precision = precision;
  notify (self, CHR_SESSION_PROP_DATE_PRECISION);
  g_signal_emit (self, _chr_session_signals[CHR_SESSION_SIGNAL_DATE_OPTIONS_CHANGED], 0);
}

int
chr_session_get_week_start (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 1);

  return self->date_options.week_start;
}

/**
 * chr_session_set_week_start:
 * @self: a #ChrSession
 * @week_start: the day a week starts on, 1 = Monday … 7 = Sunday
 */
void
chr_session_set_week_start (ChrSession *self,
                            int         week_start)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (week_start >= 1 && week_start <= 7);

  if (self->date_options.week_start == week_start)
    return;
  self->date_options.week_start = week_start;
  notify (self, CHR_SESSION_PROP_WEEK_START);
  g_signal_emit (self, _chr_session_signals[CHR_SESSION_SIGNAL_DATE_OPTIONS_CHANGED], 0);
}

/**
 * chr_session_get_date_options:
 * @self: (nullable): a #ChrSession
 *
 * Returns: (transfer none): how dates are said, for
 *   chr_date_format_event_with(): the defaults without a session
 */
const ChrDateOptions *
chr_session_get_date_options (ChrSession *self)
{
  static const ChrDateOptions defaults = CHR_DATE_OPTIONS_INIT;

  g_return_val_if_fail (self == NULL || CHR_IS_SESSION (self), NULL);

  return self != NULL ? &self->date_options : &defaults;
}
