/* chr-database-reading.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-database"

#include "config.h"

#include <sqlite3.h>

#include "chr-database-private.h"

/* An article as the reader shows it: its dates with the events they lead
 * to (its sentences it splits itself, as extraction did). */

static void
read_article_date (sqlite3_stmt   *stmt,
                   ChrArticleDate *date)
{
  date->start = (gsize) sqlite3_column_int64 (stmt, 0);
  date->end = (gsize) sqlite3_column_int64 (stmt, 1);
  date->value = chr_database_column_strdup (stmt, 2);
  date->resolved = sqlite3_column_int (stmt, 3) != 0;
  if (date->resolved)
    {
      date->interval.begin = sqlite3_column_int64 (stmt, 4);
      date->interval.end = sqlite3_column_int64 (stmt, 5);
      date->interval.granularity = chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 6));
    }
  date->event_id = sqlite3_column_int64 (stmt, 7);
}

/**
 * chr_database_list_article_dates:
 * @self: a #ChrDatabase
 * @article_id: an article's id
 * @error: return location for a #GError
 *
 * The dates recognized in an article, each with the event it supports as
 * the timeline has it now (the user's merges and splits included).
 *
 * Returns: (transfer full) (element-type ChrArticleDate): by start offset
 */
GArray *
chr_database_list_article_dates (ChrDatabase  *self,
                                 gint64        article_id,
                                 GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GArray) dates = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare (self,
                        "SELECT m.start, m.end, m.value, m.resolved, m.begin_time, m.end_time, m.granularity,"
                        " (SELECT ec.event_id FROM candidates c JOIN event_candidates ec ON ec.candidate_id = c.id"
                        "  WHERE c.mention_id = m.id ORDER BY ec.event_id LIMIT 1)"
                        " FROM mentions m WHERE m.article_id = ? ORDER BY m.start",
                        error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  dates = g_array_new (FALSE, TRUE, sizeof (ChrArticleDate));
  g_array_set_clear_func (dates, (GDestroyNotify) chr_article_date_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_array_set_size (dates, dates->len + 1);
      read_article_date (stmt, &g_array_index (dates, ChrArticleDate, dates->len - 1));
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&dates);
}
