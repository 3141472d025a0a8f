/* chr-edit-log.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-edit-log"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-database-private.h"
#include "chr-edit-log.h"
#include "chr-edits-private.h"
#include "chr-user-store.h"

void
chr_edit_log_entry_free (ChrEditLogEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->kind);
  g_free (entry);
}

/**
 * chr_edit_log_record:
 * @db: the timeline, in the edit's transaction
 * @kind: what the edit was ("rename")
 * @before: the rows it touched, as they were
 * @after: the same rows, as it left them
 * @error: return location for a #GError
 *
 * Adds an edit to the history. What was undone can no longer be redone.
 */
gboolean
chr_edit_log_record (ChrDatabase  *db,
                     const char   *kind,
                     JsonNode     *before,
                     JsonNode     *after,
                     GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autofree char *before_text = json_to_string (before, FALSE);
  g_autofree char *after_text = json_to_string (after, FALSE);

  if (!chr_database_exec (db, "DELETE FROM history WHERE undone = 1", error) ||
      !(stmt = chr_database_prepare (db,
                                     "INSERT INTO history (label, before, after, created_at) VALUES (?, ?, ?, ?)",
                                     error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, before_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, after_text, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, g_get_real_time () / G_USEC_PER_SEC);
  return chr_database_step_done (db, stmt, error);
}

/* A state the history kept, read; the error says the history is damaged. */
static JsonNode *
parse_state (const char  *state,
             GError     **error)
{
  g_autoptr(JsonNode) node = json_from_string (state, error);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      if (error && *error == NULL)
        g_set_error_literal (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT,
                             _("The history of edits is damaged"));
      return NULL;
    }
  return g_steal_pointer (&node);
}

/* Puts the timeline back as @node says: the user's rows, an article's
 * date or the article itself, and the events rebuilt on them. */
static gboolean
restore_state (ChrDatabase  *db,
               JsonNode     *node,
               GError      **error)
{
  return chr_user_store_restore (db, node, error) &&
         _chr_edit_restore_article (db, json_node_get_object (node), error);
}

/* The event that shows the first annotation a state names, once it is back. */
static gint64
event_of_state (ChrDatabase *db,
                JsonNode    *node)
{
  JsonObject *part;
  JsonArray *keys;

  if (!json_object_has_member (json_node_get_object (node), "annotations"))
    return 0;
  part = json_object_get_object_member (json_node_get_object (node), "annotations");
  keys = part && json_object_has_member (part, "keys") ? json_object_get_array_member (part, "keys") : NULL;
  for (guint i = 0; keys && i < json_array_get_length (keys); i++)
    {
      gint64 event = chr_edits_find_event (db, json_array_get_int_element (json_array_get_array_element (keys, i), 0));

      if (event > 0)
        return event;
    }
  return 0;
}

/* Undoes (@redo FALSE) the last edit done, or redoes the first undone. */
static gboolean
step (ChrDatabase  *db,
      gboolean      redo,
      char        **kind,
      gint64       *event_id,
      GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrStmt) mark = NULL;
  g_autoptr(JsonNode) state = NULL;
  gint64 id;
  int rc;

  if (!chr_database_begin (db, error))
    return FALSE;
  if (!(stmt = chr_database_prepare (db,
                                     redo ? "SELECT id, label, after FROM history WHERE undone = 1 ORDER BY id LIMIT 1"
                                          : "SELECT id, label, before FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1",
                                     error)))
    goto failed;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_NOTHING,
                           redo ? _("There is nothing to redo") : _("There is nothing to undo"));
      goto failed;
    }
  if (rc != SQLITE_ROW)
    {
      chr_database_set_sqlite_error (db, rc, error);
      goto failed;
    }
  id = sqlite3_column_int64 (stmt, 0);
  if (kind)
    *kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (!(state = parse_state ((const char *) sqlite3_column_text (stmt, 2), error)) ||
      !restore_state (db, state, error) ||
      !(mark = chr_database_prepare (db, "UPDATE history SET undone = ? WHERE id = ?", error)))
    goto failed;
  sqlite3_bind_int (mark, 1, redo ? 0 : 1);
  sqlite3_bind_int64 (mark, 2, id);
  if (!chr_database_step_done (db, mark, error))
    goto failed;
  if (event_id)
    *event_id = event_of_state (db, state);
  if (!chr_database_commit (db, error))
    goto failed;
  return TRUE;

failed:
  chr_database_rollback (db);
  if (kind)
    g_clear_pointer (kind, g_free);
  return FALSE;
}

/**
 * chr_edit_log_undo:
 * @db: the timeline
 * @kind: (out) (optional): what was undone ("rename")
 * @error: return location for a #GError
 *
 * Undoes the last edit not undone yet, exactly, in one transaction.
 */
gboolean
chr_edit_log_undo (ChrDatabase  *db,
                   char        **kind,
                   GError      **error)
{
  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  return step (db, FALSE, kind, NULL, error);
}

/**
 * chr_edit_log_redo:
 * @db: the timeline
 * @kind: (out) (optional): what was redone
 * @error: return location for a #GError
 */
gboolean
chr_edit_log_redo (ChrDatabase  *db,
                   char        **kind,
                   GError      **error)
{
  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  return step (db, TRUE, kind, NULL, error);
}

/**
 * chr_edit_log_step:
 * @db: the timeline
 * @redo: whether to redo the first edit undone, rather than undo the last
 * @kind: (out) (optional): what was undone or redone
 * @event_id: (out) (optional): the event the edit was about, as it is now;
 *   0 when none shows (an added event, undone)
 * @error: return location for a #GError
 */
gboolean
chr_edit_log_step (ChrDatabase  *db,
                   gboolean      redo,
                   char        **kind,
                   gint64       *event_id,
                   GError      **error)
{
  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (event_id)
    *event_id = 0;
  return step (db, redo, kind, event_id, error);
}

/**
 * chr_edit_log_peek:
 * @db: the timeline
 * @redo: whether to look at what redo would do, rather than undo
 *
 * Returns: (transfer full) (nullable): the kind of the edit undo (or redo)
 *   would take back, or %NULL when there is none
 */
char *
chr_edit_log_peek (ChrDatabase *db,
                   gboolean     redo)
{
  g_autoptr(ChrStmt) stmt = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);

  if (!(stmt = chr_database_prepare (db,
                                     redo ? "SELECT label FROM history WHERE undone = 1 ORDER BY id LIMIT 1"
                                          : "SELECT label FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1",
                                     NULL)) ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * chr_edit_log_list:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): every #ChrEditLogEntry, oldest first
 */
GPtrArray *
chr_edit_log_list (ChrDatabase  *db,
                   GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);

  if (!(stmt = chr_database_prepare (db, "SELECT id, label, created_at, undone FROM history ORDER BY id", error)))
    return NULL;
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_edit_log_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrEditLogEntry *entry = g_new0 (ChrEditLogEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      entry->created_at = sqlite3_column_int64 (stmt, 2);
      entry->undone = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (entries, entry);
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}
