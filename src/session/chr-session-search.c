/* chr-session-search.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-session"

#include "config.h"

#include "chr-session-private.h"

/* Search as someone types: each query on a thread of its own, on a
 * connection that only reads, so the window never waits for one. Searches
 * are not the session's jobs (no spinner, no busy): a caller cancels the
 * one a newer keystroke makes stale, which stops it even mid-query. */

typedef struct
{
  char  *path;
  char  *query;
  guint  limit;
} SearchJob;

static void
search_job_free (SearchJob *job)
{
  g_free (job->path);
  g_free (job->query);
  g_free (job);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchJob *job = task_data;
  g_autoptr(ChrDatabase) db = NULL;
  ChrSearchResults *results;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!(db = chr_database_open_for_reading (job->path, &error)) ||
      !(results = chr_search_run (db, job->query, job->limit, cancellable, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) chr_search_results_free);
}

/**
 * chr_session_search_async:
 * @self: a #ChrSession with an open timeline
 * @query: what someone typed: any text (see chr_search_run())
 * @limit: at most this many events and this many articles; 0 for all
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the results on the calling thread's main context
 * @user_data: for @callback
 *
 * Searches the timeline's events and articles in the background.
 */
void
chr_session_search_async (ChrSession          *self,
                          const char          *query,
                          guint                limit,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->path != NULL);

  job = g_new0 (SearchJob, 1);
  job->path = g_strdup (self->path);
  job->query = g_strdup (query);
  job->limit = limit;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, chr_session_search_async);
  g_task_set_task_data (task, job, (GDestroyNotify) search_job_free);
  g_task_run_in_thread (task, search_thread);
}

/**
 * chr_session_search_finish:
 * @self: a #ChrSession
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the results, or %NULL with @error
 *   set (%G_IO_ERROR_CANCELLED when cancelled)
 */
ChrSearchResults *
chr_session_search_finish (ChrSession    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
