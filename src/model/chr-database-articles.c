/* chr-database-articles.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-database"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-database-private.h"

/* The articles of a timeline: each stored with its extraction (the
 * sentences that hold dates, the dates, the candidate events) in one
 * transaction, read back, listed, replaced, removed and put back. */

/* A date in an article that waits for its publication date: relative, so
 * not resolved, and not a reference word ("now") that never resolves. */
#define WAITING_CONDITION "m.resolved = 0 AND m.type IN ('DATE', 'TIME') AND m.value NOT LIKE '%REF'"

static void
set_no_article (GError **error,
                gint64   article_id)
{
  g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_NOT_FOUND,
               _("There is no article %lld in the timeline"), (long long) article_id);
}

gboolean
chr_database_has_article (ChrDatabase  *self,
                          const char   *sha256,
                          gint64       *article_id,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sha256 != NULL, FALSE);

  if (!(stmt = chr_database_prepare_cached (self, "SELECT id FROM articles WHERE sha256 = ?", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && article_id)
    *article_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    chr_database_set_sqlite_error (self, rc, error);
  return FALSE;
}

static gboolean
insert_sentence (ChrDatabase    *self,
                 sqlite3_stmt   *ins_sentence,
                 gint64          article_id,
                 guint           index,
                 const ChrSpan  *span,
                 GError        **error)
{
  sqlite3_bind_int64 (ins_sentence, 1, article_id);
  sqlite3_bind_int (ins_sentence, 2, (int) index);
  sqlite3_bind_int64 (ins_sentence, 3, (gint64) span->start);
  sqlite3_bind_int64 (ins_sentence, 4, (gint64) span->end);
  return chr_database_step_done (self, ins_sentence, error);
}

/* Sentences that hold dates, mentions, events and their links for an
 * article already stored. */
static gboolean
insert_extraction (ChrDatabase       *self,
                   gint64             id,
                   const ChrArticle  *article,
                   GError           **error)
{
  sqlite3_stmt *ins_sentence, *ins_mention, *ins_candidate;
  g_autofree gint64 *mention_ids = NULL;
  guint sentence;

  if (!(ins_sentence = chr_database_prepare_cached (self, "INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)",
                                error)) ||
      !(ins_mention = chr_database_prepare_cached (self,
                               "INSERT INTO mentions (article_id, sentence, start, end, type, value, mod,"
                               " resolved, begin_time, end_time, granularity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error)) ||
      !(ins_candidate = chr_database_prepare_cached (self,
                                 "INSERT INTO candidates (article_id, mention_id, sentence, phrase_start, phrase_end,"
                                 " begin_time, end_time, granularity, flags, label, terms, line_hash)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 error)))
    return FALSE;

  mention_ids = g_new0 (gint64, article->mentions ? article->mentions->len + 1 : 1);
  sentence = 0;
  for (guint i = 0; article->mentions && i < article->mentions->len; i++)
    {
      const ChrTimex *timex = &g_array_index (article->mentions, ChrTimex, i);
      guint before = sentence;

      /* The sentence that holds the mention; both arrays are sorted by offset. */
      while (article->sentences && sentence + 1 < article->sentences->len &&
             g_array_index (article->sentences, ChrSpan, sentence).end <= timex->start)
        sentence++;
      /* Only sentences that hold a date are stored: excerpts are made of
       * them; the reader splits an article's text itself. */
      if ((i == 0 || sentence != before) && article->sentences && sentence < article->sentences->len &&
          !insert_sentence (self, ins_sentence, id, sentence, &g_array_index (article->sentences, ChrSpan, sentence),
                            error))
        return FALSE;

      sqlite3_bind_int64 (ins_mention, 1, id);
      sqlite3_bind_int (ins_mention, 2, (int) sentence);
      sqlite3_bind_int64 (ins_mention, 3, (gint64) timex->start);
      sqlite3_bind_int64 (ins_mention, 4, (gint64) timex->end);
      sqlite3_bind_text (ins_mention, 5, chr_timex_type_to_string (timex->type), -1, SQLITE_STATIC);
      sqlite3_bind_text (ins_mention, 6, timex->value, -1, SQLITE_STATIC);
      chr_database_bind_text_or_null (ins_mention, 7, timex->mod == CHR_TIMEX_MOD_NONE ? NULL : chr_timex_mod_to_string (timex->mod));
      sqlite3_bind_int (ins_mention, 8, timex->resolved);
      if (timex->resolved)
        {
          sqlite3_bind_int64 (ins_mention, 9, timex->interval.begin);
          sqlite3_bind_int64 (ins_mention, 10, timex->interval.end);
          sqlite3_bind_text (ins_mention, 11, chr_granularity_to_string (timex->interval.granularity), -1,
                             SQLITE_STATIC);
        }
      else
        {
          sqlite3_bind_null (ins_mention, 9);
          sqlite3_bind_null (ins_mention, 10);
          sqlite3_bind_null (ins_mention, 11);
        }
      if (!chr_database_step_done (self, ins_mention, error))
        return FALSE;
      mention_ids[i] = sqlite3_last_insert_rowid (self->db);
    }

  for (guint i = 0; article->events && i < article->events->len; i++)
    {
      const ChrEventDraft *draft = g_ptr_array_index (article->events, i);
      g_autofree char *terms = draft->terms ? g_strjoinv (" ", draft->terms) : g_strdup ("");

      g_assert (draft->mention < article->mentions->len);

      sqlite3_bind_int64 (ins_candidate, 1, id);
      sqlite3_bind_int64 (ins_candidate, 2, mention_ids[draft->mention]);
      sqlite3_bind_int (ins_candidate, 3, (int) draft->sentence);
      sqlite3_bind_int64 (ins_candidate, 4, (gint64) draft->phrase_start);
      sqlite3_bind_int64 (ins_candidate, 5, (gint64) draft->phrase_end);
      sqlite3_bind_int64 (ins_candidate, 6, draft->interval.begin);
      sqlite3_bind_int64 (ins_candidate, 7, draft->interval.end);
      sqlite3_bind_text (ins_candidate, 8, chr_granularity_to_string (draft->interval.granularity), -1,
                         SQLITE_STATIC);
      sqlite3_bind_int (ins_candidate, 9, (int) draft->flags);
      sqlite3_bind_text (ins_candidate, 10, draft->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (ins_candidate, 11, terms, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (ins_candidate, 12, draft->line_hash);
      if (!chr_database_step_done (self, ins_candidate, error))
        return FALSE;
    }

  return TRUE;
}

/* Stores @article under @article_id, or under a new id when it is 0. */
static gboolean
insert_article_rows (ChrDatabase       *self,
                     const ChrArticle  *article,
                     gint64            *article_id,
                     GError           **error)
{
  sqlite3_stmt *ins_article;
  gint64 id;

  if (!(ins_article = chr_database_prepare_cached (self,
                               "INSERT INTO articles (sha256, path, title, source, published, text,"
                               " body_start, body_end, imported_at, id, url, author)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF (?, 0), ?, ?)",
                               error)))
    return FALSE;

  sqlite3_bind_text (ins_article, 1, article->sha256, -1, SQLITE_STATIC);
  chr_database_bind_text_or_null (ins_article, 2, article->path);
  sqlite3_bind_text (ins_article, 3, article->title, -1, SQLITE_STATIC);
  chr_database_bind_text_or_null (ins_article, 4, article->source);
  chr_database_bind_text_or_null (ins_article, 5, article->published);
  sqlite3_bind_text (ins_article, 6, article->text, (int) article->length, SQLITE_STATIC);
  sqlite3_bind_int64 (ins_article, 7, (gint64) article->body_start);
  sqlite3_bind_int64 (ins_article, 8, (gint64) article->body_end);
  sqlite3_bind_int64 (ins_article, 9, article->imported_at ? article->imported_at
                                                           : g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int64 (ins_article, 10, *article_id);
  chr_database_bind_text_or_null (ins_article, 11, article->url);
  chr_database_bind_text_or_null (ins_article, 12, article->author);
  if (!chr_database_step_done (self, ins_article, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);

  if (!insert_extraction (self, id, article, error))
    return FALSE;

  *article_id = id;
  return TRUE;
}

/**
 * chr_database_add_article:
 * @self: a #ChrDatabase
 * @article: the prepared article, its mentions and candidate events
 * @article_id: (out) (optional): the article's id, new or existing
 * @added: (out) (optional): %FALSE when an article with the same sha256 was already there
 * @error: return location for a #GError
 *
 * Stores an article and everything extracted from it in one transaction:
 * on any error nothing of it is left behind.
 */
gboolean
chr_database_add_article (ChrDatabase       *self,
                          const ChrArticle  *article,
                          gint64            *article_id,
                          gboolean          *added,
                          GError           **error)
{
  gint64 id = 0;
  GError *local_error = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (article != NULL && article->sha256 != NULL && article->text != NULL, FALSE);

  if (added)
    *added = FALSE;

  if (!chr_database_begin (self, error))
    return FALSE;

  if (chr_database_has_article (self, article->sha256, &id, &local_error))
    {
      chr_database_commit (self, NULL);
      if (article_id)
        *article_id = id;
      return TRUE;
    }
  id = 0;
  if (local_error != NULL || !insert_article_rows (self, article, &id, &local_error) ||
      !chr_database_commit (self, &local_error))
    {
      chr_database_rollback (self);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (article_id)
    *article_id = id;
  if (added)
    *added = TRUE;
  return TRUE;
}

/**
 * chr_database_restore_article:
 * @self: a #ChrDatabase
 * @article_id: the id the article had
 * @article: the article as it was, with its extraction
 * @error: return location for a #GError
 *
 * Puts back an article that was removed, under its own id, so that what
 * the user's layer anchors on its text finds it again. The merged events
 * are rebuilt after it.
 */
gboolean
chr_database_restore_article (ChrDatabase       *self,
                              gint64             article_id,
                              const ChrArticle  *article,
                              GError           **error)
{
  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (article_id > 0, FALSE);
  g_return_val_if_fail (article != NULL && article->sha256 != NULL && article->text != NULL, FALSE);

  if (!chr_database_begin (self, error))
    return FALSE;
  if (!insert_article_rows (self, article, &article_id, error) || !chr_database_commit (self, error))
    {
      chr_database_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/**
 * chr_database_remove_article:
 * @self: a #ChrDatabase
 * @article_id: an article
 * @error: return location for a #GError
 *
 * Removes an article with its sentences, dates and candidate events. The
 * user's layer keeps what it anchors there; the merged events are rebuilt
 * after it.
 */
gboolean
chr_database_remove_article (ChrDatabase  *self,
                             gint64        article_id,
                             GError      **error)
{
  /* What hangs on the article goes first, by name: a bulk transaction
   * (an import replacing an article) does not cascade. */
  static const char * const deletes[] = {
    "DELETE FROM event_candidates WHERE candidate_id IN (SELECT id FROM candidates WHERE article_id = ?)",
    "DELETE FROM candidates WHERE article_id = ?",
    "DELETE FROM mentions WHERE article_id = ?",
    "DELETE FROM sentences WHERE article_id = ?",
    "DELETE FROM articles WHERE id = ?",
  };

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);

  if (!chr_database_begin (self, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      g_autoptr(ChrStmt) stmt = chr_database_prepare (self, deletes[i], error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, article_id);
      if (!chr_database_step_done (self, stmt, error))
        goto failed;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      set_no_article (error, article_id);
      goto failed;
    }
  return chr_database_commit (self, error);

failed:
  chr_database_rollback (self);
  return FALSE;
}

GPtrArray *
chr_database_list_articles (ChrDatabase  *self,
                            GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare (self,
                        "SELECT a.id, a.title, a.path, a.source, a.published, a.sha256, length (CAST (a.text AS BLOB)),"
                        " (SELECT count (*) FROM mentions m WHERE m.article_id = a.id),"
                        " (SELECT count (DISTINCT ec.event_id) FROM candidates c"
                        "    JOIN event_candidates ec ON ec.candidate_id = c.id WHERE c.article_id = a.id),"
                        " (SELECT count (*) FROM mentions m WHERE m.article_id = a.id AND " WAITING_CONDITION ")"
                        " FROM articles a ORDER BY a.id",
                        error)))
    return NULL;

  articles = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_article_info_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrArticleInfo *info = g_new0 (ChrArticleInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->title = chr_database_column_strdup (stmt, 1);
      info->path = chr_database_column_strdup (stmt, 2);
      info->source = chr_database_column_strdup (stmt, 3);
      info->published = chr_database_column_strdup (stmt, 4);
      info->sha256 = chr_database_column_strdup (stmt, 5);
      info->length = (gsize) sqlite3_column_int64 (stmt, 6);
      info->n_mentions = sqlite3_column_int64 (stmt, 7);
      info->n_events = sqlite3_column_int64 (stmt, 8);
      info->n_waiting = sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (articles, info);
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&articles);
}

/**
 * chr_database_get_article_title:
 * @self: a #ChrDatabase
 * @article_id: an article's id
 * @error: return location for a #GError
 *
 * An article's title alone, without reading its text: what names it in a
 * list or a filter.
 *
 * Returns: (transfer full) (nullable): the title, or %NULL with
 *   %CHR_DATABASE_ERROR_NOT_FOUND when there is no such article
 */
char *
chr_database_get_article_title (ChrDatabase  *self,
                                gint64        article_id,
                                GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare (self, "SELECT title FROM articles WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return chr_database_column_strdup (stmt, 0);
  if (rc == SQLITE_DONE)
    set_no_article (error, article_id);
  else
    chr_database_set_sqlite_error (self, rc, error);
  return NULL;
}

/**
 * chr_database_get_article:
 * @self: a #ChrDatabase
 * @article_id: an article's id
 * @error: return location for a #GError
 *
 * Reads an article's stored text and details, without its extraction.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with
 *   %CHR_DATABASE_ERROR_NOT_FOUND when there is none
 */
ChrArticle *
chr_database_get_article (ChrDatabase  *self,
                          gint64        article_id,
                          GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrArticle) article = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare (self,
                        "SELECT path, sha256, title, source, published, text, body_start, body_end, imported_at,"
                        " url, author FROM articles WHERE id = ?",
                        error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_no_article (error, article_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }

  article = g_new0 (ChrArticle, 1);
  article->path = chr_database_column_strdup (stmt, 0);
  article->sha256 = chr_database_column_strdup (stmt, 1);
  article->title = chr_database_column_strdup (stmt, 2);
  article->source = chr_database_column_strdup (stmt, 3);
  article->published = chr_database_column_strdup (stmt, 4);
  article->length = (gsize) sqlite3_column_bytes (stmt, 5);
  article->text = g_strndup ((const char *) sqlite3_column_text (stmt, 5), article->length);
  article->body_start = (gsize) CLAMP (sqlite3_column_int64 (stmt, 6), 0, (gint64) article->length);
  article->body_end = (gsize) CLAMP (sqlite3_column_int64 (stmt, 7), (gint64) article->body_start,
                                     (gint64) article->length);
  article->imported_at = sqlite3_column_int64 (stmt, 8);
  article->url = chr_database_column_strdup (stmt, 9);
  article->author = chr_database_column_strdup (stmt, 10);
  return g_steal_pointer (&article);
}

/**
 * chr_database_replace_extraction:
 * @self: a #ChrDatabase
 * @article_id: an article's id
 * @article: the article with its new publication date and extraction
 * @error: return location for a #GError
 *
 * Replaces an article's publication date, sentences, mentions and candidate
 * events, in one transaction. The merged events are rebuilt after it
 * (chr_event_rebuild()).
 */
gboolean
chr_database_replace_extraction (ChrDatabase       *self,
                                 gint64             article_id,
                                 const ChrArticle  *article,
                                 GError           **error)
{
  g_autoptr(ChrStmt) update = NULL;
  g_autoptr(ChrStmt) drop_mentions = NULL;
  g_autoptr(ChrStmt) drop_sentences = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (article != NULL, FALSE);

  if (!chr_database_begin (self, error))
    return FALSE;

  if (!(update = chr_database_prepare (self, "UPDATE articles SET published = ? WHERE id = ?", &local_error)) ||
      !(drop_mentions = chr_database_prepare (self, "DELETE FROM mentions WHERE article_id = ?", &local_error)) ||
      !(drop_sentences = chr_database_prepare (self, "DELETE FROM sentences WHERE article_id = ?", &local_error)))
    goto failed;

  chr_database_bind_text_or_null (update, 1, article->published);
  sqlite3_bind_int64 (update, 2, article_id);
  sqlite3_bind_int64 (drop_mentions, 1, article_id);
  sqlite3_bind_int64 (drop_sentences, 1, article_id);

  if (!chr_database_step_done (self, update, &local_error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      set_no_article (&local_error, article_id);
      goto failed;
    }
  if (!chr_database_step_done (self, drop_mentions, &local_error) ||
      !chr_database_step_done (self, drop_sentences, &local_error) ||
      !insert_extraction (self, article_id, article, &local_error) ||
      !chr_database_commit (self, &local_error))
    goto failed;

  return TRUE;

failed:
  chr_database_rollback (self);
  g_propagate_error (error, local_error);
  return FALSE;
}

/**
 * chr_database_list_waiting:
 * @self: a #ChrDatabase
 * @error: return location for a #GError
 *
 * The dates that wait for their article's publication date ("on Monday"
 * in an article nobody dated yet), in article order.
 *
 * Returns: (transfer full): a #GPtrArray of #ChrWaitingDate
 */
GPtrArray *
chr_database_list_waiting (ChrDatabase  *self,
                           GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare (self,
                        "SELECT a.id, a.title, substr (CAST (a.text AS BLOB), m.start + 1, m.end - m.start), m.value,"
                        " substr (CAST (a.text AS BLOB), s.start + 1, s.end - s.start)"
                        " FROM mentions m JOIN articles a ON a.id = m.article_id"
                        " JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
                        " WHERE " WAITING_CONDITION " ORDER BY a.id, m.start",
                        error)))
    return NULL;

  waiting = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_waiting_date_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrWaitingDate *date = g_new0 (ChrWaitingDate, 1);

      date->article_id = sqlite3_column_int64 (stmt, 0);
      date->article_title = chr_database_column_strdup (stmt, 1);
      date->text = g_strndup (sqlite3_column_blob (stmt, 2), (gsize) sqlite3_column_bytes (stmt, 2));
      date->value = chr_database_column_strdup (stmt, 3);
      date->excerpt = g_strndup (sqlite3_column_blob (stmt, 4), (gsize) sqlite3_column_bytes (stmt, 4));
      g_ptr_array_add (waiting, date);
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&waiting);
}

/* The ids of all articles, in order. */
GArray *
chr_database_list_article_ids (ChrDatabase  *self,
                               GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare (self, "SELECT id FROM articles ORDER BY id", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}
