/* chr-database-candidates.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The candidate events of a timeline file, read for merging: all at once,
 * one at a time, or group by group.
 */
#define G_LOG_DOMAIN "chr-database"

#include "config.h"

#include <sqlite3.h>

#include "chr-database-private.h"

void
chr_candidate_set_free (ChrCandidateSet *set)
{
  if (set == NULL)
    return;
  for (guint i = 0; set->candidates && i < set->candidates->len; i++)
    g_free (g_array_index (set->candidates, ChrCandidate, i).terms);
  g_clear_pointer (&set->candidates, g_array_unref);
  g_clear_pointer (&set->ids, g_array_unref);
  g_clear_pointer (&set->anchors, g_array_unref);
  g_clear_pointer (&set->strings, g_string_chunk_free);
  g_free (set);
}

/**
 * chr_candidate_set_new:
 *
 * Returns: (transfer full): a set with no candidate
 */
ChrCandidateSet *
chr_candidate_set_new (void)
{
  ChrCandidateSet *set = g_new0 (ChrCandidateSet, 1);

  set->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  set->candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
  set->anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  set->strings = g_string_chunk_new (64 * 1024);
  return set;
}

/* The lines that a source repeats word for word, as (source, line_hash):
 * those in at least BOILERPLATE_LEAST articles of the source, and in at
 * least BOILERPLATE_SHARE of them. A sentence several articles quote (a
 * fact told again in each update) stays under the share; a sidebar, a
 * share prompt or a "Views expressed in the comments..." line does not.
 * Articles without a source count as one source. */
#define BOILERPLATE_LEAST "4"
#define BOILERPLATE_SHARE "0.05"
#define BOILERPLATE_CTES \
  "sizes (source, n) AS MATERIALIZED (SELECT source, count (*) FROM articles GROUP BY source)," \
  " lines (source, line_hash, n) AS (" \
  "  SELECT a.source, c.line_hash, count (DISTINCT c.article_id) FROM candidates c" \
  "  JOIN articles a ON a.id = c.article_id WHERE c.line_hash != 0 GROUP BY a.source, c.line_hash" \
  "  HAVING count (DISTINCT c.article_id) >= " BOILERPLATE_LEAST ")," \
  " boilerplate (source, line_hash) AS (" \
  "  SELECT l.source, l.line_hash FROM lines l JOIN sizes s ON s.source IS l.source" \
  "  WHERE l.n >= " BOILERPLATE_SHARE " * s.n) "

/* The boilerplate found once for the readings of the candidates
 * (chr_database_find_boilerplate()). */
#define FOUND_BOILERPLATE "temp.chr_boilerplate"

/* Every candidate but the boilerplate found, in the columns read_candidate()
 * reads, then @extra columns. */
#define CANDIDATES_SQL(extra) \
  "SELECT c.id, c.article_id, c.begin_time, c.end_time, c.granularity, c.flags, c.label," \
  " c.terms, c.phrase_start, c.phrase_end, a.published" extra \
  " FROM candidates c JOIN articles a ON a.id = c.article_id" \
  " WHERE c.line_hash NOT IN (SELECT line_hash FROM " FOUND_BOILERPLATE ")" \
  " OR NOT EXISTS (SELECT 1 FROM " FOUND_BOILERPLATE " b" \
  "   WHERE b.line_hash = c.line_hash AND b.source IS a.source)"

/**
 * chr_database_find_boilerplate:
 * @self: a #ChrDatabase
 * @error: return location for a #GError
 *
 * Finds the boilerplate lines of every source (BOILERPLATE_CTES) once, for
 * chr_database_scan_candidates() and chr_database_load_candidate_groups(),
 * until chr_database_forget_boilerplate().
 *
 * Returns: %FALSE on an error
 */
gboolean
chr_database_find_boilerplate (ChrDatabase  *self,
                               GError      **error)
{
  return chr_database_exec (self, "DELETE FROM " FOUND_BOILERPLATE ";"
                                  "INSERT INTO " FOUND_BOILERPLATE " (source, line_hash)"
                                  " WITH " BOILERPLATE_CTES "SELECT source, line_hash FROM boilerplate",
                            error);
}

void
chr_database_forget_boilerplate (ChrDatabase *self)
{
  chr_database_exec (self, "DELETE FROM " FOUND_BOILERPLATE, NULL);
}

/* The stems of a candidate, stored as words separated by spaces, as a
 * NULL-terminated array of strings kept in @strings. */
static char **
split_terms (GStringChunk *strings,
             const char   *stored)
{
  char *words = g_string_chunk_insert (strings, stored ? stored : "");
  guint n = *words ? 1 : 0;
  char **terms;
  guint i = 0;

  for (const char *p = words; *p; p++)
    n += *p == ' ';
  terms = g_new (char *, n + 1);
  if (*words)
    terms[i++] = words;
  for (char *p = words; *p; p++)
    if (*p == ' ')
      {
        *p = '\0';
        terms[i++] = p + 1;
      }
  terms[i] = NULL;
  return terms;
}

/* The publication day of the article at hand: candidates come article by
 * article, and each article's date is read once. */
typedef struct
{
  gint64   article_id;
  gboolean has_published;
  gint64   published_day;
} ArticleDate;

/* The candidate of the row at hand, its strings kept in @strings. */
static void
read_candidate (sqlite3_stmt *stmt,
                ArticleDate  *date,
                GStringChunk *strings,
                gint64       *id,
                ChrCandidate *candidate,
                ChrAnchor    *anchor)
{
  gint64 article_id = sqlite3_column_int64 (stmt, 1);
  const char *label = (const char *) sqlite3_column_text (stmt, 6);
  const char *terms = (const char *) sqlite3_column_text (stmt, 7);

  *id = sqlite3_column_int64 (stmt, 0);
  *candidate = (ChrCandidate) {
    .article_id = article_id,
    .interval = {
      sqlite3_column_int64 (stmt, 2),
      sqlite3_column_int64 (stmt, 3),
      chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 4)),
    },
    .flags = (guint) sqlite3_column_int (stmt, 5),
    .terms = split_terms (strings, terms),
    .label = g_string_chunk_insert (strings, label ? label : ""),
  };
  *anchor = (ChrAnchor) { article_id, sqlite3_column_int64 (stmt, 8), sqlite3_column_int64 (stmt, 9) };

  if (article_id != date->article_id)
    {
      const char *published = (const char *) sqlite3_column_text (stmt, 10);
      ChrInterval day;

      date->article_id = article_id;
      date->has_published = published != NULL && chr_time_parse_iso (published, &day);
      if (date->has_published)
        date->published_day = chr_time_floor_days (day.begin);
    }
  if (date->has_published)
    {
      candidate->flags |= CHR_CANDIDATE_PUBLISHED;
      candidate->published = date->published_day;
    }
}

static void
set_append (ChrCandidateSet    *set,
            gint64              id,
            const ChrCandidate *candidate,
            const ChrAnchor    *anchor)
{
  g_array_append_val (set->ids, id);
  g_array_append_val (set->anchors, *anchor);
  g_array_append_vals (set->candidates, candidate, 1);
}

/**
 * chr_database_load_candidates:
 * @self: a #ChrDatabase
 * @error: return location for a #GError
 *
 * Reads every candidate event of every article, for merging, article by
 * article: an article extracted again (dated, say) gets new candidate ids,
 * and the merge must not come out otherwise for that. Candidates from a
 * line that their source repeats word for word in many of its articles
 * (chr_database_find_boilerplate()) are its boilerplate, not events, and are left out.
 * Each candidate carries the day its article was published, when known
 * (CHR_CANDIDATE_PUBLISHED), for the importance of what it reports.
 *
 * Returns: (transfer full) (nullable): the candidates
 */
ChrCandidateSet *
chr_database_load_candidates (ChrDatabase  *self,
                              GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrCandidateSet) set = NULL;
  ArticleDate date = { 0 };
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!chr_database_find_boilerplate (self, error) ||
      !(stmt = chr_database_prepare (self, CANDIDATES_SQL ("") " ORDER BY c.article_id, c.id", error)))
    return NULL;

  set = chr_candidate_set_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrCandidate candidate;
      ChrAnchor anchor;
      gint64 id;

      read_candidate (stmt, &date, set->strings, &id, &candidate, &anchor);
      set_append (set, id, &candidate, &anchor);
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      g_clear_pointer (&set, chr_candidate_set_free);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  chr_database_forget_boilerplate (self);
  return g_steal_pointer (&set);
}

/**
 * chr_database_scan_candidates:
 * @self: a #ChrDatabase whose boilerplate was found (chr_database_find_boilerplate())
 * @func: (scope call): called with each candidate, article by article, as
 *   chr_database_load_candidates() orders them; the candidate lives for
 *   the call
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Reads the candidates one at a time, holding none of them for long.
 *
 * Returns: %FALSE on an error
 */
gboolean
chr_database_scan_candidates (ChrDatabase       *self,
                              ChrCandidateFunc   func,
                              gpointer           user_data,
                              GError           **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  GStringChunk *strings = NULL;
  ArticleDate date = { 0 };
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);

  if (!(stmt = chr_database_prepare (self, CANDIDATES_SQL ("") " ORDER BY c.article_id, c.id",
                                     error)))
    return FALSE;

  strings = g_string_chunk_new (4096);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrCandidate candidate;
      ChrAnchor anchor;
      gint64 id;

      read_candidate (stmt, &date, strings, &id, &candidate, &anchor);
      func (&candidate, user_data);
      g_free (candidate.terms);
      g_string_chunk_clear (strings);
    }
  g_string_chunk_free (strings);
  if (rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (self, rc, error);
  return TRUE;
}

static void
group_of_sql (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  ChrDatabase *self = sqlite3_user_data (context);
  ChrInterval interval = { sqlite3_value_int64 (argv[0]), sqlite3_value_int64 (argv[1]), 0 };

  g_assert (argc == 3);
  if (self->group_of == NULL)
    {
      sqlite3_result_error (context, "chr_group_of () is only for chr_database_load_candidate_groups ()", -1);
      return;
    }
  sqlite3_result_int64 (context, self->group_of (&interval, sqlite3_value_int64 (argv[2]), self->group_data));
}

/* What a connection has of its own: the SQL function chr_group_of (begin,
 * end, article), the group of a candidate of that article so dated, and the
 * table of the boilerplate found for a rebuild. They are made when the
 * connection opens, for SQLite cannot add them while a statement runs. */
void
chr_database_add_functions (ChrDatabase *self)
{
  sqlite3_create_function_v2 (self->db, "chr_group_of", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                              self, group_of_sql, NULL, NULL, NULL);
  sqlite3_exec (self->db, "CREATE TEMP TABLE IF NOT EXISTS chr_boilerplate (source, line_hash);"
                          "CREATE INDEX IF NOT EXISTS temp.chr_boilerplate_lines ON chr_boilerplate (line_hash)",
                NULL, NULL, NULL);
}

/* Hands the candidates of @stmt, read up to the first of another group, to
 * @func; @rc is the last step's, with a row of the next group waiting in
 * @stmt when it is SQLITE_ROW. */
static gboolean
read_group (ChrDatabase          *self,
            sqlite3_stmt         *stmt,
            int                  *rc,
            ChrCandidateSetFunc   func,
            gpointer              user_data,
            GError              **error)
{
  g_autoptr(ChrCandidateSet) set = chr_candidate_set_new ();
  gint64 group = sqlite3_column_int64 (stmt, 11);
  ArticleDate date = { 0 };

  do
    {
      ChrCandidate candidate;
      ChrAnchor anchor;
      gint64 id;

      read_candidate (stmt, &date, set->strings, &id, &candidate, &anchor);
      set_append (set, id, &candidate, &anchor);
    }
  while ((*rc = sqlite3_step (stmt)) == SQLITE_ROW && sqlite3_column_int64 (stmt, 11) == group);

  if (*rc != SQLITE_ROW && *rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (self, *rc, error);
  return func (set, group, user_data, error);
}

/**
 * chr_database_load_candidate_groups:
 * @self: a #ChrDatabase whose boilerplate was found (chr_database_find_boilerplate())
 * @group_of: (scope call): the group of a candidate, from its date
 * @group_data: for @group_of
 * @func: (scope call): called with the candidates of each group in turn,
 *   ordered as chr_database_load_candidates() orders them; the set lives
 *   for the call
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Reads the candidates group by group, by ascending group: what is held at
 * once is one group.
 *
 * Returns: %FALSE on an error, from the file or from @func
 */
gboolean
chr_database_load_candidate_groups (ChrDatabase            *self,
                                    ChrCandidateGroupFunc   group_of,
                                    gpointer                group_data,
                                    ChrCandidateSetFunc     func,
                                    gpointer                user_data,
                                    GError                **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->group_of == NULL, FALSE);

  self->group_of = group_of;
  self->group_data = group_data;
  if ((stmt = chr_database_prepare (self,
                                    CANDIDATES_SQL (", chr_group_of (c.begin_time, c.end_time, c.article_id) AS grp")
                                    " ORDER BY grp, c.article_id, c.id", error)))
    {
      ok = TRUE;
      rc = sqlite3_step (stmt);
      while (ok && rc == SQLITE_ROW)
        ok = read_group (self, stmt, &rc, func, user_data, error);
      if (ok && rc != SQLITE_DONE)
        ok = chr_database_set_sqlite_error (self, rc, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  self->group_of = NULL;
  self->group_data = NULL;
  return ok;
}

/**
 * chr_database_list_dates_at:
 * @self: a #ChrDatabase
 * @anchor: a phrase of an article
 * @error: return location for a #GError
 *
 * The dates of the candidates whose phrase overlaps @anchor: those the
 * user's layer may find there (chr_user_layer_apply()), and perhaps more.
 *
 * Returns: (transfer full) (element-type ChrInterval) (nullable): the dates
 */
GArray *
chr_database_list_dates_at (ChrDatabase      *self,
                            const ChrAnchor  *anchor,
                            GError          **error)
{
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (ChrInterval));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare_cached (self,
                                            "SELECT begin_time, end_time FROM candidates"
                                            " WHERE article_id = ? AND phrase_start < ? AND ? < phrase_end",
                                            error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, anchor->article_id);
  sqlite3_bind_int64 (stmt, 2, anchor->end);
  sqlite3_bind_int64 (stmt, 3, anchor->start);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrInterval date = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), 0 };

      g_array_append_val (dates, date);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&dates);
}
