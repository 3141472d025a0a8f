/* chr-session-reader.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-session"

#include "config.h"

#include "chr-session-private.h"

/* Reading an article: which one is open and where (the window shows the
 * reader while one is), reading it off the main thread, and the way back
 * from one of its dates to its event on the timeline. */

void
chr_article_text_free (ChrArticleText *text)
{
  if (text == NULL)
    return;
  g_clear_pointer (&text->article, chr_article_free);
  g_clear_pointer (&text->dates, g_array_unref);
  g_free (text);
}

gint64
chr_session_get_reading_article (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return self->reading_article;
}

gint64
chr_session_get_reading_offset (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), 0);

  return self->reading_offset;
}

/**
 * chr_session_read_article:
 * @self: a #ChrSession
 * @article_id: the article to read, or 0 to go back to the timeline
 * @offset: bytes into its text: what to bring into view (an excerpt's date phrase)
 *
 * Opens an article in the reader, at @offset. The reader and the window
 * follow #ChrSession:reading-article and #ChrSession:reading-offset; the
 * offset notifies on its own when only it changes.
 */
void
chr_session_read_article (ChrSession *self,
                          gint64      article_id,
                          gint64      offset)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (article_id >= 0 && offset >= 0);

  if (article_id == 0)
    offset = 0;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->reading_offset != offset)
    {
      self->reading_offset = offset;
      _chr_session_notify (self, CHR_SESSION_PROP_READING_OFFSET);
    }
  if (self->reading_article != article_id)
    {
      self->reading_article = article_id;
      _chr_session_notify (self, CHR_SESSION_PROP_READING_ARTICLE);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * chr_session_stop_reading:
 * @self: a #ChrSession
 *
 * Closes the article being read: the timeline is shown again.
 */
void
chr_session_stop_reading (ChrSession *self)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  chr_session_read_article (self, 0, 0);
}

/**
 * chr_session_reveal_event:
 * @self: a #ChrSession
 * @id: an event shown on the timeline
 *
 * Chooses the event and, when it is out of the view (or too small in it
 * to be told apart), brings it into the middle of the view.
 */
void
chr_session_reveal_event (ChrSession *self,
                          gint64      id)
{
  int position;
  const ChrTimelineItem *item;
  gint64 length;

  g_return_if_fail (CHR_IS_SESSION (self));

  chr_session_set_selected (self, id);
  if ((position = chr_timeline_index_find (self->index, id)) < 0)
    return;
  item = chr_timeline_index_get_item (self->index, (guint) position);
  length = MAX (item->end - item->begin, 1);
  /* A day in a view of centuries is folded with its neighbours: come closer. */
  if (item->begin < self->visible.begin || item->end > self->visible.end ||
      (self->visible.end - self->visible.begin) / length > 400)
    chr_session_go_to (self, item->begin, item->begin + length);
}

typedef struct
{
  char   *path;
  gint64  article_id;
} ArticleJob;

static void
article_job_free (ArticleJob *job)
{
  g_free (job->path);
  g_free (job);
}

/* The whole article, its sentences and its dates, on a connection of its
 * own: a long article never holds up the window. */
static void
load_article_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  ArticleJob *job = task_data;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrArticleText) text = g_new0 (ChrArticleText, 1);
  GError *error = NULL;

  if (!(db = chr_database_open_for_reading (job->path, &error)) ||
      !(text->article = chr_database_get_article (db, job->article_id, &error)) ||
      !(text->dates = chr_database_list_article_dates (db, job->article_id, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  /* Split as extraction split it: the file keeps only the sentences that hold dates. */
  text->article->sentences = chr_sentences_split_range (text->article->text, text->article->body_start,
                                                        text->article->body_end);
  g_task_return_pointer (task, g_steal_pointer (&text), (GDestroyNotify) chr_article_text_free);
}

/**
 * chr_session_load_article_async:
 * @self: a #ChrSession with an open timeline
 * @article_id: an article's id
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the article
 * @user_data: for @callback
 *
 * Reads an article for the reader in the background: its text, sentences
 * and dates, each date with its event.
 */
void
chr_session_load_article_async (ChrSession          *self,
                                gint64               article_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ArticleJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->path != NULL);

  job = g_new0 (ArticleJob, 1);
  job->path = g_strdup (self->path);
  job->article_id = article_id;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, chr_session_load_article_async);
  g_task_set_task_data (task, job, (GDestroyNotify) article_job_free);
  g_task_run_in_thread (task, load_article_thread);
}

/**
 * chr_session_load_article_finish:
 * @self: a #ChrSession
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the article as the reader shows it, or %NULL
 */
ChrArticleText *
chr_session_load_article_finish (ChrSession    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
