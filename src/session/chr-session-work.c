/* chr-session-work.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-session"

#include "config.h"

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "chr-edits.h"
#include "chr-reextract.h"
#include "chr-search.h"
#include "chr-session-private.h"

/* The session's work off the main thread. Reads (loading the timeline,
 * listing articles) run on threads of their own, each on a connection that
 * only reads, so they overlap everything. Writes (imports, extraction again,
 * an article's date) go one after the other on a single thread, each on a
 * connection of its own: two of them never race for the file, and whatever
 * is shown stays until the write is done and the timeline is read again. */

typedef struct
{
  char         *path;
  ChrWriteFunc  func;
  gpointer   data;
  GDestroyNotify free_data;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  if (job->free_data)
    job->free_data (job->data);
  g_free (job->path);
  g_free (job);
}

/* Writes are long (extraction again takes seconds): the window's thread
 * goes first when both want the processor. */
static void
lower_priority (void)
{
#ifdef __linux__
  setpriority (PRIO_PROCESS, (id_t) gettid (), 10);
#endif
}

static void
run_write (gpointer data,
           gpointer user_data)
{
  g_autoptr(GTask) task = data;
  WriteJob *job = g_task_get_task_data (task);
  g_autoptr(ChrDatabase) db = NULL;
  GError *error = NULL;

  lower_priority ();
  if (g_task_return_error_if_cancelled (task))
    return;
  if (!(db = chr_database_open (job->path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  job->func (task, db, job->data, g_task_get_cancellable (task));
}

/* One thread of its own for every write of the process: writes never
 * overlap, and its lower priority touches no other work. */
static GThreadPool *
get_writer (void)
{
  static GThreadPool *writer;

  if (g_once_init_enter (&writer))
    g_once_init_leave (&writer, g_thread_pool_new (run_write, NULL, 1, TRUE, NULL));
  return writer;
}

void
_chr_session_queue_write (ChrSession          *self,
                          ChrWriteFunc         func,
                          gpointer             data,
                          GDestroyNotify       free_data,
                          gpointer             source_tag,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable ? cancellable : self->cancellable, callback, user_data);
  WriteJob *job = g_new0 (WriteJob, 1);

  job->path = g_strdup (self->path);
  job->func = func;
  job->data = data;
  job->free_data = free_data;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  _chr_session_begin_job (self);
  g_thread_pool_push (get_writer (), task, NULL);
}

/* Loading. */

typedef struct
{
  char           *path;
  char           *source;         /* the filter's, owned here */
  char           *search;         /* the words events must match, made a MATCH expression on the thread */
  char           *match;
  ChrEventFilter  filter;
} LoadJob;

typedef struct
{
  ChrTimelineIndex *index;
  guint             n_articles;
  gboolean          has_events;
} Loaded;

static void
load_job_free (LoadJob *job)
{
  g_free (job->path);
  g_free (job->source);
  g_free (job->search);
  g_free (job->match);
  g_free (job);
}

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->index, chr_timeline_index_unref);
  g_free (loaded);
}

/* The timeline is read and prepared for drawing on a connection and a
 * thread of its own, so a window comes up while a large file is read.
 * The connection only reads: a file that went away is reported, not remade. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrEventList) events = NULL;
  Loaded *loaded;
  GError *error = NULL;

  if ((db = chr_database_open_for_reading (job->path, &error)) && job->search != NULL)
    job->filter.match = job->match = chr_search_build_match (db, job->search);
  if (db == NULL || !(events = chr_database_list_timeline (db, &job->filter, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  /* A newer load took over while this one read: do not prepare what nobody will show. */
  if (g_task_return_error_if_cancelled (task))
    return;

  loaded = g_new0 (Loaded, 1);
  loaded->index = chr_timeline_index_new_for_events (events);
  loaded->n_articles = (guint) chr_database_count (db, "articles");
  loaded->has_events = chr_timeline_index_get_n_items (loaded->index) > 0 || chr_database_has_rows (db, "events");
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  ChrSession *self = CHR_SESSION (object);
  Loaded *loaded;
  g_autoptr(GError) error = NULL;

  /* Cancelled loads were overtaken by a newer one, which shows its own. */
  if ((loaded = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      _chr_session_take_loaded (self, loaded->index, loaded->n_articles, loaded->has_events);
      loaded_free (loaded);
    }
  else
    _chr_session_fail (self, error);
  _chr_session_end_job (self);
}

/**
 * chr_session_reload:
 * @self: a #ChrSession
 *
 * Reads the open timeline again in the background, with the filters set;
 * the events shown stay until the new ones are ready. A newer load cancels
 * an older one.
 */
void
chr_session_reload (ChrSession *self)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));

  if (self->db == NULL)
    return;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  job = g_new0 (LoadJob, 1);
  job->path = g_strdup (self->path);
  _chr_session_get_filter (self, &job->filter);
  job->filter.source = job->source = g_strdup (job->filter.source);
  job->search = g_strdup (self->search_filter);
  task = g_task_new (self, self->load_cancellable, load_cb, NULL);
  g_task_set_source_tag (task, chr_session_reload);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  _chr_session_begin_job (self);
  g_task_run_in_thread (task, load_thread);
}

/* Writes, each followed by a load that shows what it did. */

/* A write is over: the next may start, and the timeline is read again. */
void
_chr_session_write_done (ChrSession *self)
{
  _chr_session_end_job (self);
  chr_session_reload (self);
}

static void
refresh_progress (double   fraction,
                  gpointer user_data)
{
  _chr_session_report_progress (user_data, fraction);
}

static void
refresh_write (GTask        *task,
               ChrDatabase  *db,
               gpointer      job,
               GCancellable *cancellable)
{
  ChrSession *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!chr_reextract_refresh (db, cancellable, refresh_progress, self, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
refresh_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  ChrSession *self = CHR_SESSION (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    _chr_session_fail (self, error);
  _chr_session_report_progress (self, -1);
  _chr_session_write_done (self);
}

/* Extracts every article again when a newer engine opens the timeline; the
 * events extracted before are shown until the new ones are in. */
void
_chr_session_refresh_async (ChrSession *self)
{
  _chr_session_report_progress (self, 0);
  _chr_session_queue_write (self, refresh_write, NULL, NULL, _chr_session_refresh_async, NULL, refresh_cb, NULL);
}

/**
 * chr_session_open:
 * @self: a #ChrSession
 * @path: a timeline file; made, with its folder, when there is none
 * @error: return location for a #GError
 *
 * Opens the timeline in @path and starts reading its events in the
 * background. A timeline extracted by an older engine is extracted again,
 * in the background too.
 *
 * Returns: %FALSE if the file cannot be opened as a timeline
 */
gboolean
chr_session_open (ChrSession  *self,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *dir = NULL;
  g_autoptr(ChrDatabase) db = NULL;

  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->db == NULL, FALSE);

  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0755);
  if (!(db = chr_database_open (path, error)))
    return FALSE;

  self->db = g_steal_pointer (&db);
  self->path = g_strdup (path);
  /* Cheap, and it chooses between the timeline and a welcome before the first load. */
  self->has_events = chr_database_has_rows (self->db, "events");
  g_object_notify_by_pspec (G_OBJECT (self), _chr_session_properties[CHR_SESSION_PROP_PATH]);
  g_object_notify_by_pspec (G_OBJECT (self), _chr_session_properties[CHR_SESSION_PROP_DATABASE]);
  g_object_notify_by_pspec (G_OBJECT (self), _chr_session_properties[CHR_SESSION_PROP_HAS_EVENTS]);

  chr_session_reload (self);
  _chr_session_update_history (self);
  _chr_session_watch (self);
  if (chr_reextract_is_needed (self->db))
    _chr_session_refresh_async (self);
  return TRUE;
}

/**
 * chr_session_close:
 * @self: a #ChrSession
 *
 * Cancels the work under way; the timeline stays readable until the last
 * reference goes. Writes already started finish their article.
 */
void
chr_session_close (ChrSession *self)
{
  g_return_if_fail (CHR_IS_SESSION (self));

  _chr_session_unwatch (self);
  g_cancellable_cancel (self->cancellable);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->db);
}

/* Importing. */

static void
set_import_counts (ChrSession *self,
                   guint       done,
                   guint       total,
                   guint       n_articles)
{
  g_mutex_lock (&self->progress_mutex);
  self->import_done = done;
  self->import_total = total;
  self->import_articles = n_articles;
  g_mutex_unlock (&self->progress_mutex);
}

static void
import_progress (guint    done,
                 guint    total,
                 guint    n_articles,
                 double   fraction,
                 gpointer user_data)
{
  set_import_counts (user_data, done, total, n_articles);
  _chr_session_report_progress (user_data, fraction);
}

/**
 * chr_session_get_import_progress:
 * @self: a #ChrSession
 * @done: (out) (optional): the files the running import has stored
 * @total: (out) (optional): its files
 * @n_articles: (out) (optional): the articles those files held
 *
 * Returns: whether an import is running and has counted its files; then
 *   #ChrSession:progress changes with each file stored, and with each
 *   article of a file that holds many
 */
gboolean
chr_session_get_import_progress (ChrSession *self,
                                 guint      *done,
                                 guint      *total,
                                 guint      *n_articles)
{
  guint n_done, n_total, n_stored;

  g_return_val_if_fail (CHR_IS_SESSION (self), FALSE);

  g_mutex_lock (&self->progress_mutex);
  n_done = self->import_done;
  n_total = self->import_total;
  n_stored = self->import_articles;
  g_mutex_unlock (&self->progress_mutex);
  if (n_articles)
    *n_articles = n_stored;
  if (done)
    *done = n_done;
  if (total)
    *total = n_total;
  return n_total > 0;
}

static void
import_write (GTask        *task,
              ChrDatabase  *db,
              gpointer      job,
              GCancellable *cancellable)
{
  const char * const *paths = job;
  ChrSession *self = g_task_get_source_object (task);
  ChrImportReport *report;
  GError *error = NULL;

  _chr_session_report_progress (self, 0);
  if ((report = chr_importer_run (db, paths, NULL, import_progress, self, cancellable, &error)))
    g_task_return_pointer (task, report, (GDestroyNotify) chr_import_report_free);
  else
    g_task_return_error (task, error);
}

static void
import_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ChrImportReport *report;
  GError *error = NULL;

  set_import_counts (CHR_SESSION (object), 0, 0, 0);
  _chr_session_report_progress (CHR_SESSION (object), -1);
  _chr_session_write_done (CHR_SESSION (object));
  if ((report = g_task_propagate_pointer (G_TASK (result), &error)))
    g_task_return_pointer (task, report, (GDestroyNotify) chr_import_report_free);
  else
    g_task_return_error (task, error);
}

/**
 * chr_session_import_async:
 * @self: a #ChrSession with an open timeline
 * @paths: files and folders to import
 * @cancellable: (nullable): stops the import, which then adds nothing
 * @callback: called when the import is done
 * @user_data: for @callback
 *
 * Imports in the background, all the files in one transaction, showing
 * how far it is in #ChrSession:progress; the events shown are read again
 * when it is done. A file that cannot be read is reported and skipped; a
 * timeline that cannot be written (busy, full, read-only, damaged) keeps
 * nothing of the import, and the import fails with why.
 */
void
chr_session_import_async (ChrSession          *self,
                          const char * const  *paths,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);
  g_return_if_fail (paths != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, chr_session_import_async);
  _chr_session_queue_write (self, import_write, g_strdupv ((char **) paths), (GDestroyNotify) g_strfreev,
               chr_session_import_async, cancellable, import_cb, task);
}

/**
 * chr_session_import_finish:
 * @self: a #ChrSession
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): what was imported, and why each
 *   file that failed did; %NULL with @error set when the timeline could
 *   not take the import
 */
ChrImportReport *
chr_session_import_finish (ChrSession    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
