/* chr-article-replace.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-importer"

#include "config.h"

#include <string.h>

#include "chr-article-replace.h"
#include "chr-database-private.h"

/* A newer text of an article already in the timeline (the same URL) takes
 * its place under its id. What the user anchored on its text (changed
 * events, excerpts moved, passages chosen) follows the words it names to
 * where they are in the new text, when they are still there and can be
 * told apart; otherwise it stays where it was, kept for good. */

/* The words around a span that find it again: this many bytes each side. */
#define CONTEXT_BYTES 40

/**
 * chr_article_find_by_url:
 * @db: the timeline
 * @url: where an article was published
 * @error: return location for a #GError
 *
 * Returns: the id of the article of @url, or 0 (and no error) if none
 */
gint64
chr_article_find_by_url (ChrDatabase  *db,
                         const char   *url,
                         GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = chr_database_prepare_cached (db,
                                      "SELECT id FROM articles WHERE url = ? ORDER BY id LIMIT 1",
                                      error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, url, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    chr_database_set_sqlite_error (db, rc, error);
  sqlite3_reset (stmt);
  return id;
}

/* The only place of @needle in @haystack, or -1 when it is not there or
 * is there more than once. */
static gssize
find_once (const char *haystack,
           gsize       length,
           const char *needle,
           gsize       n)
{
  const char *first, *second;

  if (n == 0 || n > length || !(first = memmem (haystack, length, needle, n)))
    return -1;
  second = memmem (first + 1, length - (gsize) (first + 1 - haystack), needle, n);
  return second ? -1 : first - haystack;
}

/* Where the span [start, end) of @old is in @new: found with the words
 * around it, then with those before it, then alone. FALSE when it cannot
 * be told apart. */
static gboolean
follow_span (const ChrArticle *old,
             const ChrArticle *new,
             gint64           *start,
             gint64           *end)
{
  gsize s = (gsize) CLAMP (*start, 0, (gint64) old->length);
  gsize e = (gsize) CLAMP (*end, (gint64) s, (gint64) old->length);
  gsize before = MIN (s, CONTEXT_BYTES);
  gsize after = MIN (old->length - e, CONTEXT_BYTES);
  const gsize tries[][2] = { { before, after }, { before, 0 }, { 0, after }, { 0, 0 } };

  for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
    {
      gssize at = find_once (new->text, new->length, old->text + s - tries[i][0], tries[i][0] + (e - s) + tries[i][1]);

      if (at >= 0)
        {
          *start = at + (gssize) tries[i][0];
          *end = *start + (gint64) (e - s);
          return TRUE;
        }
    }
  return FALSE;
}

/* Moves the spans of the user's rows in one table. @select gives, for the
 * article ?1, each row's key (or 0) and its @n_spans spans; @update sets
 * them: ?1 the key, then the new spans, then the old ones, then the
 * article. */
static gboolean
follow_table (ChrDatabase      *db,
              const char       *select,
              const char       *update,
              guint             n_spans,
              const ChrArticle *old,
              const ChrArticle *new,
              gint64            article_id,
              GError          **error)
{
  g_autoptr(ChrStmt) rows = NULL;
  g_autoptr(ChrStmt) move = NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint width = 1 + 2 * n_spans;
  int rc;

  if (!(rows = chr_database_prepare (db, select, error)) || !(move = chr_database_prepare (db, update, error)))
    return FALSE;
  sqlite3_bind_int64 (rows, 1, article_id);
  /* All read before any moves. */
  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    for (guint c = 0; c < width; c++)
      {
        gint64 value = sqlite3_column_int64 (rows, (int) c);

        g_array_append_val (found, value);
      }
  if (rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (db, rc, error);

  for (guint row = 0; row < found->len; row += width)
    {
      const gint64 *was = &g_array_index (found, gint64, row);
      gint64 now[16];
      gboolean followed = TRUE;

      g_assert (width <= G_N_ELEMENTS (now));
      memcpy (now, was, width * sizeof (gint64));
      for (guint k = 0; k < n_spans && followed; k++)
        followed = follow_span (old, new, &now[1 + 2 * k], &now[2 + 2 * k]);
      if (!followed)
        continue;
      sqlite3_reset (move);
      for (guint k = 0; k < width; k++)
        sqlite3_bind_int64 (move, (int) k + 1, now[k]);
      for (guint k = 1; k < width; k++)
        sqlite3_bind_int64 (move, (int) (width + k), was[k]);
      sqlite3_bind_int64 (move, (int) (2 * width), article_id);
      if (!chr_database_step_done (db, move, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
follow_user_layer (ChrDatabase      *db,
                   const ChrArticle *old,
                   const ChrArticle *new,
                   gint64            id,
                   GError          **error)
{
  return follow_table (db, "SELECT id, anchor_start, anchor_end FROM annotations WHERE anchor_article = ?1",
                       "UPDATE annotations SET anchor_start = ?2, anchor_end = ?3"
                       " WHERE id = ?1 AND anchor_start = ?4 AND anchor_end = ?5 AND anchor_article = ?6",
                       1, old, new, id, error) &&
         follow_table (db, "SELECT 0, phrase_start, phrase_end FROM annotation_excerpts WHERE article_id = ?1",
                       "UPDATE OR IGNORE annotation_excerpts SET phrase_start = ?2, phrase_end = ?3"
                       " WHERE ?1 = 0 AND phrase_start = ?4 AND phrase_end = ?5 AND article_id = ?6",
                       1, old, new, id, error) &&
         follow_table (db, "SELECT annotation_id, start, end, phrase_start, phrase_end FROM annotation_passages"
                           " WHERE article_id = ?1",
                       "UPDATE OR IGNORE annotation_passages SET start = ?2, end = ?3, phrase_start = ?4,"
                       " phrase_end = ?5 WHERE annotation_id = ?1 AND start = ?6 AND end = ?7"
                       " AND phrase_start = ?8 AND phrase_end = ?9 AND article_id = ?10",
                       2, old, new, id, error);
}

/**
 * chr_article_replace:
 * @db: the timeline
 * @article_id: an article in it
 * @article: a newer text of it, extracted
 * @error: return location for a #GError
 *
 * Puts @article in the place of the article @article_id, under its id,
 * with what the user anchored on the old text moved to the same words in
 * the new one, in one transaction. The merged events are rebuilt after it.
 */
gboolean
chr_article_replace (ChrDatabase       *db,
                     gint64             article_id,
                     const ChrArticle  *article,
                     GError           **error)
{
  g_autoptr(ChrArticle) old = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (article != NULL, FALSE);

  if (!chr_database_begin (db, error))
    return FALSE;
  if (!(old = chr_database_get_article (db, article_id, error)) ||
      !chr_database_remove_article (db, article_id, error) ||
      !chr_database_restore_article (db, article_id, article, error) ||
      !follow_user_layer (db, old, article, article_id, error) ||
      !chr_database_commit (db, error))
    {
      chr_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}
