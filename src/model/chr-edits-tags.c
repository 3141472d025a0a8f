/* chr-edits-tags.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-edits-tags"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-edits-private.h"

/* The edits of tags, and of the tags an event has. */

/**
 * chr_edits_find_tag:
 * @db: the timeline
 * @name: a tag's name, in any case
 * @error: return location for a #GError
 *
 * Returns: the tag's id; 0 when there is none (with @error set)
 */
gint64
chr_edits_find_tag (ChrDatabase  *db,
                    const char   *name,
                    GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (db, "SELECT id FROM tags WHERE name = ?", error)))
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    chr_database_set_sqlite_error (db, rc, error);
  else
    g_set_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE, _("There is no tag called “%s”"), name);
  return 0;
}

static gboolean
check_tag_name (ChrDatabase  *db,
                const char   *name,
                gint64        except,
                GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 found;

  if (_chr_edit_is_blank (name))
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("A tag needs a name"));
  found = chr_edits_find_tag (db, name, &local_error);
  if (found != 0 && found != except)
    {
      g_set_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_TAKEN, _("There is already a tag called “%s”"), name);
      return FALSE;
    }
  if (found == 0 && !g_error_matches (local_error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_tag_exists (ChrDatabase  *db,
                  gint64        tag_id,
                  GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db, "SELECT 1 FROM tags WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tag_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_GONE, _("That tag is no longer in the timeline"));
  return TRUE;
}

static gint64
insert_tag (ChrDatabase  *db,
            const char   *name,
            guint         color,
            GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db,
                                     "INSERT INTO tags (name, color) VALUES (?1, CASE WHEN ?2 > 0 THEN ?2 ELSE"
                                     " (SELECT count (*) FROM tags) % ?3 + 1 END)",
                                     error)))
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) MIN (color, CHR_TAG_N_COLORS));
  sqlite3_bind_int (stmt, 3, CHR_TAG_N_COLORS);
  if (!chr_database_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (db->db);
}

/**
 * chr_edits_create_tag:
 * @db: the timeline
 * @name: a name no other tag has (case aside)
 * @color: 1 to %CHR_TAG_N_COLORS, or 0 for the next colour of the palette
 * @error: return location for a #GError
 *
 * Returns: the new tag's id, or 0 with @error set
 */
gint64
chr_edits_create_tag (ChrDatabase  *db,
                      const char   *name,
                      guint         color,
                      GError      **error)
{
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  g_return_val_if_fail (CHR_IS_DATABASE (db), 0);

  if (!_chr_edit_begin (&edit, db, "create-tag", error) || !check_tag_name (db, stripped, 0, error) ||
      !_chr_edit_keep_before (&edit, error) || !(id = insert_tag (db, stripped, color, error)))
    return 0;
  chr_user_scope_add_tag (edit.scope, id);
  return _chr_edit_commit (&edit, FALSE, error) ? id : 0;
}

/* The tag called @name, made (in the next colour) when there is none, as
 * part of the edit under way. */
gint64
_chr_edit_find_or_create_tag (ChrPendingEdit  *edit,
                              const char      *name,
                              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  if ((id = chr_edits_find_tag (edit->db, stripped, &local_error)) != 0)
    return id;
  if (!g_error_matches (local_error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  if (!check_tag_name (edit->db, stripped, 0, error) || !(id = insert_tag (edit->db, stripped, 0, error)))
    return 0;
  chr_user_scope_add_tag (edit->scope, id);
  return id;
}

static gboolean
update_tag (ChrDatabase  *db,
            const char   *kind,
            gint64        tag_id,
            const char   *sql,
            const char   *name,
            guint         color,
            GError      **error)
{
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autoptr(ChrStmt) stmt = NULL;

  if (!_chr_edit_begin (&edit, db, kind, error) || !check_tag_exists (db, tag_id, error) ||
      (name && !check_tag_name (db, name, tag_id, error)))
    return FALSE;
  chr_user_scope_add_tag (edit.scope, tag_id);
  if (!_chr_edit_keep_before (&edit, error) || !(stmt = chr_database_prepare (db, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tag_id);
  if (name)
    sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int (stmt, 2, (int) color);
  return chr_database_step_done (db, stmt, error) && _chr_edit_commit (&edit, FALSE, error);
}

gboolean
chr_edits_rename_tag (ChrDatabase  *db,
                      gint64        tag_id,
                      const char   *name,
                      GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  return update_tag (db, "rename-tag", tag_id, "UPDATE tags SET name = ?2 WHERE id = ?1", stripped, 0, error);
}

gboolean
chr_edits_set_tag_color (ChrDatabase  *db,
                         gint64        tag_id,
                         guint         color,
                         GError      **error)
{
  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (color < 1 || color > CHR_TAG_N_COLORS)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("There is no such colour"));
  return update_tag (db, "tag-color", tag_id, "UPDATE tags SET color = ?2 WHERE id = ?1", NULL, color, error);
}

gboolean
_chr_edit_link_tag (ChrDatabase  *db,
                    gint64        annotation_id,
                    gint64        tag_id,
                    gboolean      add,
                    GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db,
                                     add ? "INSERT OR IGNORE INTO annotation_tags VALUES (?, ?)"
                                         : "DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  sqlite3_bind_int64 (stmt, 2, tag_id);
  return chr_database_step_done (db, stmt, error);
}

/**
 * chr_edits_tag_event:
 * @db: the timeline
 * @event_id: an event
 * @tag_id: a tag
 * @add: whether to give the event the tag, or take it away
 * @error: return location for a #GError
 */
gboolean
chr_edits_tag_event (ChrDatabase  *db,
                     gint64        event_id,
                     gint64        tag_id,
                     gboolean      add,
                     GError      **error)
{
  g_auto(ChrEventRow) row = { 0 };
  g_auto(ChrPendingEdit) edit = { 0 };

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  return _chr_edit_begin (&edit, db, add ? "tag" : "untag", error) &&
         check_tag_exists (db, tag_id, error) &&
         _chr_edit_read_event (&edit, event_id, &row, error) &&
         _chr_edit_keep_before (&edit, error) &&
         _chr_edit_ensure_annotation (&edit, &row, error) != 0 &&
         _chr_edit_link_tag (db, row.annotation_id, tag_id, add, error) &&
         _chr_edit_update_event_row (db, &row, error) &&
         _chr_edit_commit (&edit, FALSE, error);
}

/**
 * chr_edits_tag_event_named:
 * @db: the timeline
 * @event_id: an event
 * @name: a tag's name, in any case
 * @add: whether to give the event the tag, or take it away
 * @error: return location for a #GError
 *
 * Tags an event, making the tag first if there is none of that name, in
 * one edit; or takes a tag away.
 */
gboolean
chr_edits_tag_event_named (ChrDatabase  *db,
                           gint64        event_id,
                           const char   *name,
                           gboolean      add,
                           GError      **error)
{
  g_auto(ChrEventRow) row = { 0 };
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  gint64 tag_id = 0;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!_chr_edit_begin (&edit, db, add ? "tag" : "untag", error) ||
      !_chr_edit_read_event (&edit, event_id, &row, error) ||
      (!add && !(tag_id = chr_edits_find_tag (db, stripped, error))) || !_chr_edit_keep_before (&edit, error) ||
      (add && !(tag_id = _chr_edit_find_or_create_tag (&edit, stripped, error))))
    return FALSE;
  return _chr_edit_ensure_annotation (&edit, &row, error) != 0 &&
         _chr_edit_link_tag (db, row.annotation_id, tag_id, add, error) &&
         _chr_edit_update_event_row (db, &row, error) &&
         _chr_edit_commit (&edit, FALSE, error);
}
