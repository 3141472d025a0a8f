/* chr-session-articles.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-session"

#include "config.h"

#include "chr-edits.h"
#include "chr-session-private.h"

/* What the session does to its articles: list them, date them, delete
 * them. Listing reads on a thread of its own; the rest are writes. */

/* Setting an article's date. */

typedef struct
{
  gint64  article_id;
  char   *published;
} DateJob;

static void
date_job_free (DateJob *job)
{
  g_free (job->published);
  g_free (job);
}

static void
date_write (GTask        *task,
            ChrDatabase  *db,
            gpointer      data,
            GCancellable *cancellable)
{
  DateJob *job = data;
  GError *error = NULL;

  if (!chr_edits_set_published (db, job->article_id, job->published, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
date_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  _chr_session_write_done (CHR_SESSION (object));
  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * chr_session_set_published_async:
 * @self: a #ChrSession with an open timeline
 * @article_id: an article
 * @published: (nullable): its publication date, ISO 8601 of any precision,
 *   or %NULL if unknown
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the article's dates are resolved again
 * @user_data: for @callback
 *
 * Sets the date an article was published and resolves its dates against
 * it, in the background; the events shown are read again when it is done.
 */
void
chr_session_set_published_async (ChrSession          *self,
                                 gint64               article_id,
                                 const char          *published,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  DateJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, chr_session_set_published_async);
  job = g_new0 (DateJob, 1);
  job->article_id = article_id;
  job->published = g_strdup (published);
  _chr_session_queue_write (self, date_write, job, (GDestroyNotify) date_job_free, chr_session_set_published_async,
               cancellable, date_cb, task);
}

gboolean
chr_session_set_published_finish (ChrSession    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Listing the articles. */

static void
list_articles_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  g_autoptr(ChrDatabase) db = NULL;
  GPtrArray *articles;
  GError *error = NULL;

  if (!(db = chr_database_open_for_reading (task_data, &error)) ||
      !(articles = chr_database_list_articles (db, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, articles, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * chr_session_list_articles_async:
 * @self: a #ChrSession with an open timeline
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the articles
 * @user_data: for @callback
 *
 * Reads what the timeline says of its articles (#ChrArticleInfo) in the
 * background.
 */
void
chr_session_list_articles_async (ChrSession          *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, chr_session_list_articles_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, list_articles_thread);
}

/**
 * chr_session_list_articles_finish:
 * @self: a #ChrSession
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type ChrArticleInfo): the articles, in the
 *   order they were imported
 */
GPtrArray *
chr_session_list_articles_finish (ChrSession    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Deleting an article. */

static void
delete_write (GTask        *task,
              ChrDatabase  *db,
              gpointer      data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (!chr_edits_delete_article (db, *(gint64 *) data, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
delete_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ChrSession *self = CHR_SESSION (object);
  gint64 article_id = GPOINTER_TO_SIZE (g_task_get_task_data (task));
  GError *error = NULL;

  _chr_session_write_done (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* Nothing keeps showing what is gone. */
  if (self->reading_article == article_id)
    chr_session_stop_reading (self);
  if (self->article_filter == article_id)
    chr_session_set_article_filter (self, 0);
  g_task_return_boolean (task, TRUE);
}

/**
 * chr_session_delete_article_async:
 * @self: a #ChrSession with an open timeline
 * @article_id: an article
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the article is gone
 * @user_data: for @callback
 *
 * Deletes an article and the events only it reports, in the background,
 * as an edit that undo takes back; the events shown are read again when
 * it is done.
 */
void
chr_session_delete_article_async (ChrSession          *self,
                                  gint64               article_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, chr_session_delete_article_async);
  g_task_set_task_data (task, GSIZE_TO_POINTER ((gsize) article_id), NULL);
  _chr_session_queue_write (self, delete_write, g_memdup2 (&article_id, sizeof article_id), g_free,
                            chr_session_delete_article_async, cancellable, delete_cb, task);
}

gboolean
chr_session_delete_article_finish (ChrSession    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
