/* chr-session-filters.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-session"

#include "config.h"

#include "chr-session-private.h"

/* Which events the timeline shows: the session's filters. Each is a
 * property; changing one reads the timeline again, and the timeline, the
 * overview, the counts and exports follow the index that comes back. */

void
_chr_session_get_filter (ChrSession     *self,
                         ChrEventFilter *filter)
{
  *filter = (ChrEventFilter) {
    .min_sources = self->min_sources,
    .with_hidden = self->show_hidden,
    .tag_id = self->tag_filter,
    .starred_only = self->starred_only,
    .source = self->source_filter,
    .article_id = self->article_filter,
    .from = self->date_filter.begin,
    .to = self->date_filter.end,
  };
}

void
_chr_session_filter_changed (ChrSession *self,
                             guint       prop_id)
{
  _chr_session_notify (self, prop_id);
  if (self->db != NULL)
    chr_session_reload (self);
}

gint64
chr_session_get_tag_filter (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return self->tag_filter;
}

/**
 * chr_session_set_tag_filter:
 * @self: a #ChrSession
 * @tag_id: show only the events with this tag, or 0 for all
 */
void
chr_session_set_tag_filter (ChrSession *self,
                            gint64      tag_id)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  tag_id = MAX (tag_id, 0);
  if (self->tag_filter == tag_id)
    return;
  self->tag_filter = tag_id;
  _chr_session_filter_changed (self, CHR_SESSION_PROP_TAG_FILTER);
}

gboolean
chr_session_get_starred_only (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  return self->starred_only;
}

void
chr_session_set_starred_only (ChrSession *self,
                              gboolean    starred_only)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  starred_only = !!starred_only;
  if (self->starred_only == starred_only)
    return;
  self->starred_only = starred_only;
  _chr_session_filter_changed (self, CHR_SESSION_PROP_STARRED_ONLY);
}

const char *
chr_session_get_source_filter (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->source_filter;
}

/**
 * chr_session_set_source_filter:
 * @self: a #ChrSession
 * @source: (nullable): show only the events an article from this source reports; %NULL for all
 */
void
chr_session_set_source_filter (ChrSession *self,
                               const char *source)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  if (source != NULL && *source == '\0')
    source = NULL;
  if (g_strcmp0 (self->source_filter, source) == 0)
    return;
  g_free (self->source_filter);
  self->source_filter = g_strdup (source);
  _chr_session_filter_changed (self, CHR_SESSION_PROP_SOURCE_FILTER);
}

gint64
chr_session_get_article_filter (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return self->article_filter;
}

/**
 * chr_session_set_article_filter:
 * @self: a #ChrSession
 * @article_id: show only the events this article reports, or 0 for all
 */
void
chr_session_set_article_filter (ChrSession *self,
                                gint64      article_id)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  article_id = MAX (article_id, 0);
  if (self->article_filter == article_id)
    return;
  self->article_filter = article_id;
  _chr_session_filter_changed (self, CHR_SESSION_PROP_ARTICLE_FILTER);
}

/**
 * chr_session_get_date_filter:
 * @self: a #ChrSession
 *
 * Returns: (nullable): the stretch of time events must overlap to show, or %NULL for all
 */
const ChrTimeSpan *
chr_session_get_date_filter (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->date_filter.begin < self->date_filter.end ? &self->date_filter : NULL;
}

/**
 * chr_session_set_date_filter:
 * @self: a #ChrSession
 * @span: (nullable): show only the events that overlap it; %NULL (or an empty span) for all
 */
void
chr_session_set_date_filter (ChrSession        *self,
                             const ChrTimeSpan *span)
{
  ChrTimeSpan none = { 0, 0 };

  g_return_if_fail (CHR_IS_SESSION (self));

  if (span == NULL || span->begin >= span->end)
    span = &none;
  if (self->date_filter.begin == span->begin && self->date_filter.end == span->end)
    return;
  self->date_filter = *span;
  _chr_session_filter_changed (self, CHR_SESSION_PROP_DATE_FILTER);
}

const char *
chr_session_get_search_filter (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->search_filter;
}

/**
 * chr_session_set_search_filter:
 * @self: a #ChrSession
 * @words: (nullable): show only the events whose title or note has these
 *   words, taken as search takes them; %NULL or blank for all
 */
void
chr_session_set_search_filter (ChrSession *self,
                               const char *words)
{
  g_autofree char *stripped = words ? g_strstrip (g_strdup (words)) : NULL;

  g_return_if_fail (CHR_IS_SESSION (self));

  if (stripped != NULL && *stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (self->search_filter, stripped) == 0)
    return;
  g_free (self->search_filter);
  self->search_filter = g_steal_pointer (&stripped);
  _chr_session_filter_changed (self, CHR_SESSION_PROP_SEARCH_FILTER);
}

/* Whether any filter leaves events out (hidden events aside, which have their own switch). */
gboolean
chr_session_get_filtered (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  return self->min_sources > 0 || self->tag_filter != 0 || self->starred_only || self->source_filter != NULL ||
         self->article_filter != 0 || self->date_filter.begin < self->date_filter.end ||
         self->search_filter != NULL;
}

/**
 * chr_session_clear_filters:
 * @self: a #ChrSession
 *
 * Shows every event again ("Clear all"), reading the timeline once.
 */
void
chr_session_clear_filters (ChrSession *self)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  if (!chr_session_get_filtered (self))
    return;
  /* Each property says it changed only if it did, and the timeline is read once. */
  g_object_freeze_notify (G_OBJECT (self));
  if (self->min_sources != 0)
    {
      self->min_sources = 0;
      _chr_session_notify (self, CHR_SESSION_PROP_MIN_SOURCES);
    }
  if (self->tag_filter != 0)
    {
      self->tag_filter = 0;
      _chr_session_notify (self, CHR_SESSION_PROP_TAG_FILTER);
    }
  if (self->starred_only)
    {
      self->starred_only = FALSE;
      _chr_session_notify (self, CHR_SESSION_PROP_STARRED_ONLY);
    }
  if (self->source_filter != NULL)
    {
      g_clear_pointer (&self->source_filter, g_free);
      _chr_session_notify (self, CHR_SESSION_PROP_SOURCE_FILTER);
    }
  if (self->article_filter != 0)
    {
      self->article_filter = 0;
      _chr_session_notify (self, CHR_SESSION_PROP_ARTICLE_FILTER);
    }
  if (self->date_filter.begin < self->date_filter.end)
    {
      self->date_filter = (ChrTimeSpan) { 0, 0 };
      _chr_session_notify (self, CHR_SESSION_PROP_DATE_FILTER);
    }
  if (self->search_filter != NULL)
    {
      g_clear_pointer (&self->search_filter, g_free);
      _chr_session_notify (self, CHR_SESSION_PROP_SEARCH_FILTER);
    }
  g_object_thaw_notify (G_OBJECT (self));
  if (self->db != NULL)
    chr_session_reload (self);
}
