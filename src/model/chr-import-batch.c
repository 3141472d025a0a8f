/* chr-import-batch.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-import-batch"

#include "config.h"

#include "chr-import-batch.h"

/* The first error of @report that is about the timeline rather than one
 * of the files, or %NULL. */
static const GError *
find_fault (const ChrImportReport *report)
{
  for (guint i = 0; i < report->errors->len; i++)
    {
      const GError *error = g_ptr_array_index (report->errors, i);

      if (chr_database_error_is_fault (error))
        return error;
    }
  return NULL;
}

/**
 * chr_import_batch:
 * @db: the timeline
 * @paths: files and folders
 * @options: (nullable): overrides for every file
 * @cancellable: (nullable): stops between two files; the files imported
 *   before stay
 * @error: return location for a #GError
 *
 * Imports @paths as one change of the timeline. A file that cannot be read
 * is reported and leaves nothing behind, and the others still go in. A
 * fault of the timeline itself (another program writing to it, a full disk,
 * a read-only file, damage) takes back everything the import did, the
 * files before it included, and is returned instead of a report: the
 * timeline is as it was.
 *
 * Returns: (transfer full) (nullable): what was done, or %NULL with @error set
 */
ChrImportReport *
chr_import_batch (ChrDatabase             *db,
                  const char * const      *paths,
                  const ChrImportOptions  *options,
                  GCancellable            *cancellable,
                  GError                 **error)
{
  g_autoptr(ChrImportReport) report = NULL;
  const GError *fault;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!chr_database_begin (db, error))
    return NULL;
  report = chr_importer_import_paths (db, paths, options, cancellable);
  if ((fault = find_fault (report)) != NULL)
    {
      chr_database_rollback (db);
      g_propagate_error (error, g_error_copy (fault));
      return NULL;
    }
  if (!chr_database_commit (db, error))
    {
      chr_database_rollback (db);
      return NULL;
    }
  return g_steal_pointer (&report);
}
