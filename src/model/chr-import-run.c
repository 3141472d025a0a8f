/* chr-import-run.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-importer"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "chr-article-replace.h"
#include "chr-database-private.h"
#include "chr-import-files.h"
#include "chr-reextract.h"

/* One import, end to end. Readers, one per processor, read, decode and
 * extract the files in parallel, a few files ahead of the one thread that
 * writes; it stores them in order in a single transaction, with the events
 * rebuilt once at the end. A failure of the file (a full disk, say) or a
 * cancellation leaves the timeline as it was before the import; a file
 * that cannot be read is reported, and the others still go in. */

/* How many files the readers may have ready before the writer takes them:
 * what bounds the memory an import holds, however many files it has. */
#define FILES_AHEAD 16

typedef struct
{
  GMutex                  lock;
  GCond                   changed;
  GPtrArray              *paths;
  const ChrImportOptions *options;
  ChrImportedFile       **ready;   /* by file: read, and not yet taken by the writer */
  guint                   next_read;
  guint                   next_write;
  gboolean                stop;
} Pipeline;

static gpointer
reader_thread (gpointer data)
{
  Pipeline *pipeline = data;

  for (;;)
    {
      ChrImportedFile *file;
      guint i;

      g_mutex_lock (&pipeline->lock);
      while (!pipeline->stop && pipeline->next_read < pipeline->paths->len &&
             pipeline->next_read >= pipeline->next_write + FILES_AHEAD)
        g_cond_wait (&pipeline->changed, &pipeline->lock);
      if (pipeline->stop || pipeline->next_read >= pipeline->paths->len)
        {
          g_mutex_unlock (&pipeline->lock);
          return NULL;
        }
      i = pipeline->next_read++;
      g_mutex_unlock (&pipeline->lock);

      file = chr_import_read_file (g_ptr_array_index (pipeline->paths, i), pipeline->options);

      g_mutex_lock (&pipeline->lock);
      pipeline->ready[i] = file;
      g_cond_broadcast (&pipeline->changed);
      g_mutex_unlock (&pipeline->lock);
    }
}

/* The @i-th file, once a reader has it ready. */
static ChrImportedFile *
take_file (Pipeline *pipeline,
           guint     i)
{
  ChrImportedFile *file;

  g_mutex_lock (&pipeline->lock);
  while (pipeline->ready[i] == NULL)
    g_cond_wait (&pipeline->changed, &pipeline->lock);
  file = g_steal_pointer (&pipeline->ready[i]);
  pipeline->next_write = i + 1;
  g_cond_broadcast (&pipeline->changed);
  g_mutex_unlock (&pipeline->lock);
  return file;
}

static void
stop_readers (Pipeline  *pipeline,
              GPtrArray *threads)
{
  g_mutex_lock (&pipeline->lock);
  pipeline->stop = TRUE;
  g_cond_broadcast (&pipeline->changed);
  g_mutex_unlock (&pipeline->lock);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  g_ptr_array_set_size (threads, 0);
  for (guint i = 0; i < pipeline->paths->len; i++)
    g_clear_pointer (&pipeline->ready[i], chr_imported_file_free);
}

static ChrImportReport *
report_new (void)
{
  ChrImportReport *report = g_new0 (ChrImportReport, 1);

  report->added_ids = g_ptr_array_new_with_free_func (g_free);
  report->replaced_ids = g_ptr_array_new_with_free_func (g_free);
  report->converted = g_ptr_array_new_with_free_func (g_free);
  report->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  return report;
}

void
chr_import_report_free (ChrImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->added_ids, g_ptr_array_unref);
  g_clear_pointer (&report->replaced_ids, g_ptr_array_unref);
  g_clear_pointer (&report->converted, g_ptr_array_unref);
  g_clear_pointer (&report->errors, g_ptr_array_unref);
  g_free (report);
}

typedef enum
{
  VERSION_NONE,                    /* no article of its URL, or the same bytes as one */
  VERSION_NEWER,                   /* a newer text of the article of its URL */
  VERSION_OLDER,                   /* an older one */
  VERSION_FAILED,
} Version;

/* Whether @article is another version of an article of the same URL; its
 * id in @id. A text dated before the one there is older; any other text is
 * taken as newer, as what was fetched last. */
static Version
find_version (ChrDatabase       *db,
              const ChrArticle  *article,
              gint64            *id,
              GError           **error)
{
  g_autoptr(ChrArticle) there = NULL;
  GError *local_error = NULL;
  ChrInterval then, now;

  if (article->url == NULL)
    return VERSION_NONE;
  if (chr_database_has_article (db, article->sha256, NULL, &local_error) ||
      !(*id = chr_article_find_by_url (db, article->url, &local_error)))
    {
      if (local_error == NULL)
        return VERSION_NONE;
      g_propagate_error (error, local_error);
      return VERSION_FAILED;
    }
  if (!(there = chr_database_get_article (db, *id, error)))
    return VERSION_FAILED;
  if (there->published && article->published && chr_time_parse_iso (there->published, &then) &&
      chr_time_parse_iso (article->published, &now) && now.begin < then.begin)
    return VERSION_OLDER;
  return VERSION_NEWER;
}

/* Who is told how far the import is, and where it is. */
typedef struct
{
  ChrImportProgressFunc  func;
  gpointer               user_data;
  guint                  done;
  guint                  total;
} Progress;

static void
tell_progress (Progress              *progress,
               const ChrImportReport *report,
               double                 part_of_file)
{
  if (progress->func)
    progress->func (progress->done, progress->total, report->n_added + report->n_unchanged + report->n_replaced,
                    (progress->done + part_of_file) / progress->total, progress->user_data);
}

/* Stores what one file gave; FALSE, with @error set, when the timeline
 * itself failed (then nothing of the import may stay). */
static gboolean
write_file (ChrDatabase      *db,
            ChrImportedFile  *file,
            ChrImportReport  *report,
            Progress         *progress,
            GError          **error)
{
  for (guint i = 0; i < file->errors->len; i++)
    g_ptr_array_add (report->errors, g_error_copy (g_ptr_array_index (file->errors, i)));
  if (file->note != NULL && file->articles->len > 0)
    /* Translators: a file imported, and what was done to its text, e.g. "“a.txt”: converted from UTF-16". */
    g_ptr_array_add (report->converted, g_strdup_printf (_("“%s”: %s"), file->path, file->note));

  for (guint i = 0; i < file->articles->len; i++)
    {
      ChrArticle *article = g_ptr_array_index (file->articles, i);
      gint64 id = 0;
      gboolean added = FALSE;

      /* Within a file of many articles, each one moves the bar. */
      if (i > 0)
        tell_progress (progress, report, (double) i / file->articles->len);
      switch (find_version (db, article, &id, error))
        {
        case VERSION_FAILED:
          return FALSE;
        case VERSION_OLDER:
          report->n_unchanged++;
          continue;
        case VERSION_NEWER:
          if (!chr_article_replace (db, id, article, error))
            return FALSE;
          report->n_replaced++;
          g_ptr_array_add (report->replaced_ids, g_memdup2 (&id, sizeof id));
          continue;
        case VERSION_NONE:
        default:
          break;
        }
      if (!chr_database_add_article (db, article, &id, &added, error))
        return FALSE;
      if (added)
        {
          report->n_added++;
          g_ptr_array_add (report->added_ids, g_memdup2 (&id, sizeof id));
        }
      else
        report->n_unchanged++;
    }
  return TRUE;
}

static gboolean
write_files (ChrDatabase            *db,
             Pipeline               *pipeline,
             ChrImportReport        *report,
             ChrImportProgressFunc   func,
             gpointer                user_data,
             GCancellable           *cancellable,
             GError                **error)
{
  Progress progress = { func, user_data, 0, pipeline->paths->len };

  for (guint i = 0; i < progress.total; i++)
    {
      g_autoptr(ChrImportedFile) file = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      file = take_file (pipeline, i);
      if (!write_file (db, file, report, &progress, error))
        return FALSE;
      progress.done = i + 1;
      tell_progress (&progress, report, 0);
    }
  return TRUE;
}

/* The search index takes an import's articles at once, at its end, rather
 * than one by one as they are stored: it is the larger part of what an
 * import costs. The trigger that indexes each article goes for the
 * import's transaction, which puts it back whatever happens. */
static gboolean
stop_indexing (ChrDatabase  *db,
               gint64       *indexed_up_to,
               GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (db, "SELECT coalesce (max (id), 0) FROM articles", error)))
    return FALSE;
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    return chr_database_set_sqlite_error (db, rc, error);
  *indexed_up_to = sqlite3_column_int64 (stmt, 0);
  return chr_database_exec (db, "DROP TRIGGER articles_fts_insert", error);
}

static gboolean
index_new_articles (ChrDatabase      *db,
                    gint64            indexed_up_to,
                    ChrImportReport  *report,
                    GError          **error)
{
  g_autoptr(ChrStmt) added = NULL;
  g_autoptr(ChrStmt) replaced = NULL;

  if (!(added = chr_database_prepare (db,
                                      "INSERT INTO articles_fts (rowid, title, text)"
                                      " SELECT id, title, text FROM articles WHERE id > ?",
                                      error)) ||
      !(replaced = chr_database_prepare (db,
                                         "INSERT INTO articles_fts (rowid, title, text)"
                                         " SELECT id, title, text FROM articles WHERE id = ?",
                                         error)))
    return FALSE;
  sqlite3_bind_int64 (added, 1, indexed_up_to);
  if (!chr_database_step_done (db, added, error))
    return FALSE;
  for (guint i = 0; i < report->replaced_ids->len; i++)
    {
      sqlite3_bind_int64 (replaced, 1, *(gint64 *) g_ptr_array_index (report->replaced_ids, i));
      if (!chr_database_step_done (db, replaced, error))
        return FALSE;
    }
  return chr_database_exec (db, CHR_ARTICLES_FTS_INSERT_TRIGGER, error);
}

/**
 * chr_importer_run:
 * @db: the timeline
 * @paths: files and folders
 * @options: (nullable): overrides for every file
 * @progress: (nullable) (scope call): told, on the calling thread, of each file stored
 * @user_data: for @progress
 * @cancellable: (nullable): stops the import, which then leaves nothing behind
 * @error: return location for a #GError
 *
 * Imports files and folders in one transaction: a file that cannot be
 * read is reported and the others go in. When the timeline cannot take
 * the import (busy, full, read-only, damaged) or it is cancelled, nothing
 * of it stays, and @error says why.
 *
 * Returns: (transfer full) (nullable): what was done, or %NULL with @error set
 */
ChrImportReport *
chr_importer_run (ChrDatabase             *db,
                  const char * const      *paths,
                  const ChrImportOptions  *options,
                  ChrImportProgressFunc    progress,
                  gpointer                 user_data,
                  GCancellable            *cancellable,
                  GError                 **error)
{
  g_autoptr(ChrImportReport) report = report_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  g_autofree ChrImportedFile **ready = NULL;
  Pipeline pipeline = { 0 };
  guint n_readers = MAX (1, g_get_num_processors ());
  gint64 indexed_up_to = 0;
  gboolean ok;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; paths && paths[i]; i++)
    chr_import_expand_path (paths[i], files);
  report->n_files = files->len;

  /* Articles already there are brought up to this engine first, in
   * transactions of their own. */
  if (!chr_reextract_refresh (db, cancellable, NULL, NULL, error) || !chr_database_begin_bulk (db, error))
    return NULL;

  ready = g_new0 (ChrImportedFile *, files->len + 1);
  g_mutex_init (&pipeline.lock);
  g_cond_init (&pipeline.changed);
  pipeline.paths = files;
  pipeline.options = options;
  pipeline.ready = ready;
  for (guint i = 0; i < MIN (n_readers, files->len); i++)
    g_ptr_array_add (threads, g_thread_new ("chr-import-reader", reader_thread, &pipeline));

  ok = stop_indexing (db, &indexed_up_to, error) &&
       write_files (db, &pipeline, report, progress, user_data, cancellable, error) &&
       index_new_articles (db, indexed_up_to, report, error) &&
       (report->n_added == 0 && report->n_replaced == 0 ? TRUE : chr_importer_rebuild_events (db, error)) &&
       !g_cancellable_set_error_if_cancelled (cancellable, error) &&
       chr_database_commit (db, error);
  if (!ok)
    chr_database_rollback (db);

  stop_readers (&pipeline, threads);
  g_cond_clear (&pipeline.changed);
  g_mutex_clear (&pipeline.lock);
  return ok ? g_steal_pointer (&report) : NULL;
}

/**
 * chr_importer_import_paths:
 * @db: the timeline
 * @paths: files and folders
 * @options: (nullable): overrides for every file
 * @cancellable: (nullable): stops the import, which then leaves nothing behind
 *
 * As chr_importer_run(), without progress; when the import could not be
 * stored, the report says why, and that it added nothing.
 *
 * Returns: (transfer full): what was done
 */
ChrImportReport *
chr_importer_import_paths (ChrDatabase             *db,
                           const char * const      *paths,
                           const ChrImportOptions  *options,
                           GCancellable            *cancellable)
{
  GError *error = NULL;
  ChrImportReport *report = chr_importer_run (db, paths, options, NULL, NULL, cancellable, &error);

  if (report == NULL)
    {
      report = report_new ();
      report->cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_ptr_array_add (report->errors, error);
    }
  return report;
}

/**
 * chr_import_report_summary:
 * @report: what an import did
 *
 * Returns: (transfer full): one sentence that says it: "12 articles added,
 *   3 already there, 2 refused"
 */
char *
chr_import_report_summary (const ChrImportReport *report)
{
  GString *text = g_string_new (NULL);
  guint n_refused = 0;

  g_return_val_if_fail (report != NULL, NULL);

  if (report->cancelled)
    return g_strdup (_("The import was cancelled; nothing was added"));
  for (guint i = 0; i < report->errors->len; i++)
    if (!g_error_matches (g_ptr_array_index (report->errors, i), G_IO_ERROR, G_IO_ERROR_CANCELLED))
      n_refused++;

  g_string_append_printf (text, ngettext ("%u article added", "%u articles added", report->n_added),
                          report->n_added);
  g_string_append (text, _(", "));
  g_string_append_printf (text, ngettext ("%u already there", "%u already there", report->n_unchanged),
                          report->n_unchanged);
  if (report->n_replaced > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, ngettext ("%u replaced by a newer version", "%u replaced by a newer version",
                                              report->n_replaced),
                              report->n_replaced);
    }
  if (report->converted->len > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, ngettext ("%u converted to UTF-8", "%u converted to UTF-8",
                                              report->converted->len),
                              report->converted->len);
    }
  if (n_refused > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, ngettext ("%u refused", "%u refused", n_refused), n_refused);
    }
  return g_string_free (text, FALSE);
}

/**
 * chr_import_report_copy:
 * @report: what an import did
 *
 * Returns: (transfer full): a copy of @report
 */
ChrImportReport *
chr_import_report_copy (const ChrImportReport *report)
{
  ChrImportReport *copy = report_new ();

  g_return_val_if_fail (report != NULL, copy);

  copy->n_files = report->n_files;
  copy->n_added = report->n_added;
  copy->n_unchanged = report->n_unchanged;
  copy->n_replaced = report->n_replaced;
  copy->cancelled = report->cancelled;
  for (guint i = 0; i < report->added_ids->len; i++)
    g_ptr_array_add (copy->added_ids, g_memdup2 (g_ptr_array_index (report->added_ids, i), sizeof (gint64)));
  for (guint i = 0; i < report->replaced_ids->len; i++)
    g_ptr_array_add (copy->replaced_ids,
                     g_memdup2 (g_ptr_array_index (report->replaced_ids, i), sizeof (gint64)));
  for (guint i = 0; i < report->converted->len; i++)
    g_ptr_array_add (copy->converted, g_strdup (g_ptr_array_index (report->converted, i)));
  for (guint i = 0; i < report->errors->len; i++)
    g_ptr_array_add (copy->errors, g_error_copy (g_ptr_array_index (report->errors, i)));
  return copy;
}
