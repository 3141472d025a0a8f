/* chr-reextract.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-reextract"

#include "config.h"

#include "chr-importer.h"
#include "chr-reextract.h"

/* Every function here takes the connection it works on and keeps no state of
 * its own, so a worker thread can call it with a connection it opened. */

static void
report_progress (ChrProgressFunc progress,
                 gpointer        progress_data,
                 double          fraction)
{
  if (progress != NULL)
    progress (fraction, progress_data);
}

static gboolean
reextract_article (ChrDatabase  *db,
                   gint64        article_id,
                   GError      **error)
{
  g_autoptr(ChrArticle) article = NULL;

  if (!(article = chr_database_get_article (db, article_id, error)))
    return FALSE;
  chr_importer_extract (article);
  return chr_database_replace_extraction (db, article_id, article, error);
}

/**
 * chr_reextract_is_needed:
 * @db: the timeline
 *
 * Returns: whether the stored extraction was made by another version of
 *   the engine than this one
 */
gboolean
chr_reextract_is_needed (ChrDatabase *db)
{
  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  return chr_database_get_extraction_version (db) != CHR_EXTRACTION_VERSION;
}

/**
 * chr_reextract_all:
 * @db: the timeline
 * @cancellable: (nullable): checked between articles
 * @progress: (nullable) (scope call): told the fraction done after each article
 *   and 1 at the end
 * @progress_data: for @progress
 * @error: return location for a #GError
 *
 * Extracts every article again and rebuilds the events from what it found.
 * Each article is replaced in its own transaction. When cancelled (or when
 * an article fails) the events are still rebuilt from the articles done so
 * far, so they always match the stored candidates, and the extraction
 * version stays as it was, so the next refresh starts over.
 *
 * Returns: %FALSE with @error set (%G_IO_ERROR_CANCELLED when cancelled)
 */
gboolean
chr_reextract_all (ChrDatabase      *db,
                   GCancellable     *cancellable,
                   ChrProgressFunc   progress,
                   gpointer          progress_data,
                   GError          **error)
{
  g_autoptr(GArray) ids = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  if (!(ids = chr_database_list_article_ids (db, error)))
    return FALSE;

  /* The merge at the end is one more step, so the last article is not 1. */
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error) ||
          !reextract_article (db, g_array_index (ids, gint64, i), &local_error))
        break;
      report_progress (progress, progress_data, (double) (i + 1) / (ids->len + 1));
    }

  if (local_error != NULL)
    {
      chr_importer_rebuild_events (db, NULL);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!chr_importer_rebuild_events (db, error) ||
      !chr_database_set_extraction_version (db, CHR_EXTRACTION_VERSION, error))
    return FALSE;
  report_progress (progress, progress_data, 1.0);
  return TRUE;
}

/**
 * chr_reextract_refresh:
 * @db: the timeline
 * @cancellable: (nullable): as for chr_reextract_all()
 * @progress: (nullable) (scope call): as for chr_reextract_all(); not called
 *   when there is nothing to do
 * @progress_data: for @progress
 * @error: return location for a #GError
 *
 * Extracts every article again when the stored extraction was made by
 * another version of the engine, so that the timeline never shows what a
 * previous version got wrong. Cheap when there is nothing to do.
 */
gboolean
chr_reextract_refresh (ChrDatabase      *db,
                       GCancellable     *cancellable,
                       ChrProgressFunc   progress,
                       gpointer          progress_data,
                       GError          **error)
{
  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!chr_reextract_is_needed (db))
    return TRUE;
  return chr_reextract_all (db, cancellable, progress, progress_data, error);
}

/**
 * chr_reextract_set_published:
 * @db: the timeline
 * @article_id: an article
 * @published: (nullable): its publication date (ISO 8601 of any precision), or %NULL if unknown
 * @error: return location for a #GError
 *
 * Sets the date an article was published and resolves its dates again
 * against it ("on Monday" snaps to a day). The article's extraction is
 * replaced in one transaction and the events are rebuilt in another: if the
 * second fails, the next rebuild brings the events up to date.
 */
gboolean
chr_reextract_set_published (ChrDatabase  *db,
                             gint64        article_id,
                             const char   *published,
                             GError      **error)
{
  g_autoptr(ChrArticle) article = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (published != NULL && !(date = chr_importer_parse_published (published, error)))
    return FALSE;

  if (!(article = chr_database_get_article (db, article_id, error)))
    return FALSE;

  g_free (article->published);
  article->published = g_steal_pointer (&date);
  chr_importer_extract (article);

  return chr_database_replace_extraction (db, article_id, article, error) &&
         chr_importer_rebuild_events (db, error);
}
