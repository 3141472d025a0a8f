/* chr-edits-articles.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-edits"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-edits-private.h"
#include "chr-importer.h"
#include "chr-reextract.h"

/* Edits of articles: their date, their removal. What they change lies
 * outside the user's layer, so the history keeps it beside the user's rows,
 * under "published" or "article". */

static JsonNode *
published_node (gint64      article_id,
                const char *value)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "article");
  json_builder_add_int_value (builder, article_id);
  json_builder_set_member_name (builder, "value");
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
read_published (ChrDatabase  *db,
                gint64        article_id,
                char        **published,
                GError      **error)
{
  g_autoptr(ChrArticle) article = NULL;

  if (!(article = chr_database_get_article (db, article_id, error)))
    return FALSE;
  *published = g_steal_pointer (&article->published);
  return TRUE;
}

/**
 * chr_edits_set_published:
 * @db: the timeline
 * @article_id: an article
 * @published: (nullable): its publication date, ISO 8601 of any precision, or %NULL if unknown
 * @error: return location for a #GError
 *
 * Dates an article and resolves its dates again, as an edit the history
 * can undo.
 */
gboolean
chr_edits_set_published (ChrDatabase  *db,
                         gint64        article_id,
                         const char   *published,
                         GError      **error)
{
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!_chr_edit_begin (&edit, db, "published", error) || !read_published (db, article_id, &before, error) ||
      !_chr_edit_keep_before (&edit, error) ||
      !chr_reextract_set_published (db, article_id, published, error) ||
      !read_published (db, article_id, &after, error))
    return FALSE;
  edit.article_key = "published";
  edit.article_before = published_node (article_id, before);
  edit.article_after = published_node (article_id, after);
  return _chr_edit_commit (&edit, FALSE, error);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* An article whole, as the history keeps it to put it back; or, without
 * @article, the mark that it is gone. */
static JsonNode *
article_node (gint64            article_id,
              const ChrArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_int (builder, "id", article_id);
  if (article != NULL)
    {
      add_string_or_null (builder, "path", article->path);
      add_string_or_null (builder, "sha256", article->sha256);
      add_string_or_null (builder, "title", article->title);
      add_string_or_null (builder, "source", article->source);
      add_string_or_null (builder, "published", article->published);
      add_string_or_null (builder, "url", article->url);
      add_string_or_null (builder, "author", article->author);
      add_string_or_null (builder, "text", article->text);
      add_int (builder, "body_start", (gint64) article->body_start);
      add_int (builder, "body_end", (gint64) article->body_end);
      add_int (builder, "imported_at", article->imported_at);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static char *
dup_member (JsonObject *object,
            const char *name)
{
  if (!json_object_has_member (object, name) || json_object_get_null_member (object, name))
    return NULL;
  return g_strdup (json_object_get_string_member (object, name));
}

/* The article that article_node() kept, extracted again as on import. */
static ChrArticle *
article_from_node (JsonObject  *object,
                   GError     **error)
{
  g_autoptr(ChrArticle) article = g_new0 (ChrArticle, 1);

  article->text = dup_member (object, "text");
  article->sha256 = dup_member (object, "sha256");
  article->title = dup_member (object, "title");
  if (article->text == NULL || article->sha256 == NULL || article->title == NULL)
    {
      g_set_error_literal (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT,
                           _("The history of edits is damaged"));
      return NULL;
    }
  article->path = dup_member (object, "path");
  article->source = dup_member (object, "source");
  article->published = dup_member (object, "published");
  article->url = dup_member (object, "url");
  article->author = dup_member (object, "author");
  article->length = strlen (article->text);
  article->body_start = (gsize) CLAMP (json_object_get_int_member_with_default (object, "body_start", 0),
                                       0, (gint64) article->length);
  article->body_end = (gsize) CLAMP (json_object_get_int_member_with_default (object, "body_end",
                                                                              (gint64) article->length),
                                     (gint64) article->body_start, (gint64) article->length);
  article->imported_at = json_object_get_int_member_with_default (object, "imported_at", 0);
  chr_importer_extract (article);
  return g_steal_pointer (&article);
}

/**
 * _chr_edit_restore_article:
 * @db: the timeline
 * @state: a state the history kept
 * @error: return location for a #GError
 *
 * Puts an article's date, or the article itself, back as @state has it,
 * and rebuilds the events.
 */
gboolean
_chr_edit_restore_article (ChrDatabase  *db,
                           JsonObject   *state,
                           GError      **error)
{
  JsonObject *published = NULL;
  JsonObject *article = NULL;

  if (json_object_has_member (state, "published"))
    published = json_object_get_object_member (state, "published");
  if (published != NULL)
    return chr_reextract_set_published (db, json_object_get_int_member (published, "article"),
                                        json_object_get_null_member (published, "value") ? NULL
                                          : json_object_get_string_member (published, "value"),
                                        error);

  if (json_object_has_member (state, "article"))
    article = json_object_get_object_member (state, "article");
  if (article != NULL)
    {
      gint64 id = json_object_get_int_member (article, "id");

      if (json_object_has_member (article, "text"))
        {
          g_autoptr(ChrArticle) restored = article_from_node (article, error);

          if (restored == NULL || !chr_database_restore_article (db, id, restored, error))
            return FALSE;
        }
      else if (!chr_database_remove_article (db, id, error))
        return FALSE;
    }
  return chr_importer_rebuild_events (db, error);
}

/* The user's changes anchored on the article's excerpts go with the events
 * they changed: an event that other articles report too keeps them,
 * anchored on one of its other excerpts. */
static gboolean
reanchor_annotations (ChrPendingEdit  *edit,
                      gint64           article_id,
                      GError         **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrStmt) update = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  int rc;

  if (!(stmt = chr_database_prepare (edit->db,
                                     "SELECT a.id, min (c.article_id * 4294967296 + c.phrase_start),"
                                     " c.article_id, c.phrase_start, c.phrase_end FROM annotations a"
                                     " JOIN events e ON e.annotation_id = a.id"
                                     " JOIN event_candidates ec ON ec.event_id = e.id"
                                     " JOIN candidates c ON c.id = ec.candidate_id"
                                     " WHERE a.anchor_article = ?1 AND c.article_id <> ?1 GROUP BY a.id",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      ChrAnchor anchor = {
        sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4),
      };

      g_array_append_val (ids, id);
      g_array_append_val (anchors, anchor);
      chr_user_scope_add_annotation (edit->scope, id);
    }
  if (rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (edit->db, rc, error);
  if (!_chr_edit_keep_before (edit, error) ||
      !(update = chr_database_prepare (edit->db,
                                       "UPDATE annotations SET anchor_article = ?, anchor_start = ?, anchor_end = ?"
                                       " WHERE id = ?",
                                       error)))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      const ChrAnchor *anchor = &g_array_index (anchors, ChrAnchor, i);

      sqlite3_bind_int64 (update, 1, anchor->article_id);
      sqlite3_bind_int64 (update, 2, anchor->start);
      sqlite3_bind_int64 (update, 3, anchor->end);
      sqlite3_bind_int64 (update, 4, g_array_index (ids, gint64, i));
      if (!chr_database_step_done (edit->db, update, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * chr_edits_delete_article:
 * @db: the timeline
 * @article_id: an article
 * @error: return location for a #GError
 *
 * Removes an article and the events only it reports, as an edit the
 * history can undo: the history keeps the article whole, and the user's
 * changes to its events stay, to come back with it.
 */
gboolean
chr_edits_delete_article (ChrDatabase  *db,
                          gint64        article_id,
                          GError      **error)
{
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autoptr(ChrArticle) article = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!_chr_edit_begin (&edit, db, "delete-article", error) ||
      !(article = chr_database_get_article (db, article_id, error)) ||
      !reanchor_annotations (&edit, article_id, error) ||
      !chr_database_remove_article (db, article_id, error))
    return FALSE;
  edit.article_key = "article";
  edit.article_before = article_node (article_id, article);
  edit.article_after = article_node (article_id, NULL);
  return _chr_edit_commit (&edit, TRUE, error);
}
