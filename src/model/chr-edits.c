/* chr-edits.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-edits"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-database-private.h"
#include "chr-edit-log.h"
#include "chr-edits.h"
#include "chr-importer.h"
#include "chr-reextract.h"
#include "chr-user-store.h"

G_DEFINE_QUARK (chr-edit-error, chr_edit_error)

/* What the history calls each kind of edit ("Undo Rename"). */
static const struct
{
  const char *kind;
  const char *name;
} edit_kinds[] = {
  { "add", N_("Add Event") },
  { "rename", N_("Rename") },
  { "date", N_("Change Date") },
  { "move", N_("Move") },
  { "approximate", N_("Approximate Date") },
  { "star", N_("Star") },
  { "unstar", N_("Unstar") },
  { "hide", N_("Hide") },
  { "unhide", N_("Show") },
  { "note", N_("Note") },
  { "edit", N_("Edit Event") },
  { "delete", N_("Delete Event") },
  { "merge", N_("Merge Events") },
  { "split", N_("Split Event") },
  { "detach", N_("Detach Excerpt") },
  { "attach", N_("Attach Excerpt") },
  { "create-tag", N_("New Tag") },
  { "rename-tag", N_("Rename Tag") },
  { "tag-color", N_("Tag Colour") },
  { "tag", N_("Tag") },
  { "untag", N_("Remove Tag") },
  { "published", N_("Set Article Date") },
};

/**
 * chr_edit_kind_describe:
 * @kind: the kind of an edit, as the history stores it
 *
 * Returns: its name for people, translated ("Rename")
 */
const char *
chr_edit_kind_describe (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (edit_kinds); i++)
    if (g_strcmp0 (edit_kinds[i].kind, kind) == 0)
      return _(edit_kinds[i].name);
  return _("Edit");
}

/* One edit under way: a transaction, and the rows of the user's layer it
 * touches as they were before it, for the history. */
typedef struct
{
  ChrDatabase  *db;
  const char   *kind;
  ChrUserScope *scope;
  JsonNode     *before;
  JsonNode     *published_before;  /* for an article's date */
  JsonNode     *published_after;
} Edit;

static gboolean
edit_begin (Edit          *edit,
            ChrDatabase   *db,
            const char    *kind,
            GError       **error)
{
  *edit = (Edit) { NULL, kind, chr_user_scope_new (), NULL, NULL, NULL };
  if (!chr_database_begin (db, error))
    return FALSE;
  edit->db = db;
  return TRUE;
}

/* Keeps the rows the edit is about to change, once the edit knows them. */
static gboolean
edit_keep_before (Edit    *edit,
                  GError **error)
{
  return (edit->before = chr_user_store_snapshot (edit->db, edit->scope, error)) != NULL;
}

static void
edit_clear (Edit *edit)
{
  if (edit->db)
    chr_database_rollback (edit->db);
  g_clear_pointer (&edit->scope, chr_user_scope_free);
  g_clear_pointer (&edit->before, json_node_unref);
  g_clear_pointer (&edit->published_before, json_node_unref);
  g_clear_pointer (&edit->published_after, json_node_unref);
}

/* Ends an edit: the events are rebuilt from extraction and the user's
 * layer when @rebuild, the history gains the edit, all in the transaction
 * the edit began. */
static gboolean
edit_commit (Edit      *edit,
             gboolean   rebuild,
             GError   **error)
{
  g_autoptr(JsonNode) after = NULL;

  if (rebuild && !chr_importer_rebuild_events (edit->db, error))
    return FALSE;
  if (!(after = chr_user_store_snapshot (edit->db, edit->scope, error)))
    return FALSE;
  /* Rows the edit made did not exist before it: undoing removes them. */
  chr_user_store_rekey (edit->before, after);
  if (edit->published_before)
    {
      json_object_set_member (json_node_get_object (edit->before), "published",
                              g_steal_pointer (&edit->published_before));
      json_object_set_member (json_node_get_object (after), "published",
                              g_steal_pointer (&edit->published_after));
    }
  if (!chr_edit_log_record (edit->db, edit->kind, edit->before, after, error) ||
      !chr_database_commit (edit->db, error))
    return FALSE;
  edit->db = NULL;
  return TRUE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Edit, edit_clear)

static gboolean
refuse (GError     **error,
        ChrEditError code,
        const char  *message)
{
  g_set_error_literal (error, CHR_EDIT_ERROR, code, message);
  return FALSE;
}

/* An event's row as the user's layer needs it. */
typedef struct
{
  gint64  id;
  gint64  annotation_id;
  guint   flags;
  char   *title;
  ChrInterval interval;
} EventRow;

static void
event_row_clear (EventRow *row)
{
  g_clear_pointer (&row->title, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EventRow, event_row_clear)

static gboolean
read_event_row (ChrDatabase  *db,
                gint64        event_id,
                EventRow     *row,
                GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (db,
                                     "SELECT annotation_id, flags, title, begin_time, end_time, granularity"
                                     " FROM events WHERE id = ?",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE,
                   _("There is no event %lld in the timeline; another program may have changed it"),
                   (long long) event_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return chr_database_set_sqlite_error (db, rc, error);
  row->id = event_id;
  row->annotation_id = sqlite3_column_int64 (stmt, 0);
  row->flags = (guint) sqlite3_column_int (stmt, 1);
  row->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  row->interval = (ChrInterval) {
    sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4),
    chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 5)),
  };
  return TRUE;
}

/* The excerpts of an event, the one that names it first. */
static GArray *
event_anchors (ChrDatabase  *db,
               const EventRow *row,
               GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  int rc;

  if (!(stmt = chr_database_prepare (db,
                                     "SELECT c.article_id, c.phrase_start, c.phrase_end FROM event_candidates ec"
                                     " JOIN candidates c ON c.id = ec.candidate_id WHERE ec.event_id = ?"
                                     " ORDER BY c.label = ? DESC, c.article_id, c.phrase_start",
                                     error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, row->id);
  sqlite3_bind_text (stmt, 2, row->title, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrAnchor anchor = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
      };

      g_array_append_val (anchors, anchor);
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&anchors);
}

static gint64
insert_annotation (ChrDatabase      *db,
                   const char       *origin,
                   const ChrAnchor  *anchor,
                   GError          **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db,
                                     "INSERT INTO annotations (origin, anchor_article, anchor_start, anchor_end,"
                                     " created_at) VALUES (?, ?, ?, ?, ?)",
                                     error)))
    return 0;
  sqlite3_bind_text (stmt, 1, origin, -1, SQLITE_STATIC);
  if (anchor)
    {
      sqlite3_bind_int64 (stmt, 2, anchor->article_id);
      sqlite3_bind_int64 (stmt, 3, anchor->start);
      sqlite3_bind_int64 (stmt, 4, anchor->end);
    }
  sqlite3_bind_int64 (stmt, 5, g_get_real_time () / G_USEC_PER_SEC);
  if (!chr_database_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (db->db);
}

/* The annotation of an event, made when the user first touches it and
 * anchored on the excerpt that names it. */
static gint64
ensure_annotation (Edit            *edit,
                   EventRow        *row,
                   GError         **error)
{
  g_autoptr(GArray) anchors = NULL;
  g_autoptr(ChrStmt) link = NULL;
  gint64 id;

  if (row->annotation_id != 0)
    return row->annotation_id;
  if (!(anchors = event_anchors (edit->db, row, error)))
    return 0;
  if (anchors->len == 0)
    {
      g_set_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE, _("The event “%s” has no excerpt to keep it by"),
                   row->title);
      return 0;
    }
  if (!(id = insert_annotation (edit->db, "extracted", &g_array_index (anchors, ChrAnchor, 0), error)) ||
      !(link = chr_database_prepare (edit->db, "UPDATE events SET annotation_id = ? WHERE id = ?", error)))
    return 0;
  sqlite3_bind_int64 (link, 1, id);
  sqlite3_bind_int64 (link, 2, row->id);
  if (!chr_database_step_done (edit->db, link, error))
    return 0;
  chr_user_scope_add_annotation (edit->scope, id);
  row->annotation_id = id;
  return id;
}

static gboolean
is_blank (const char *text)
{
  for (; text && *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
validate_change (const ChrEventChange  *change,
                 GError               **error)
{
  if ((change->fields & CHR_EVENT_CHANGE_TITLE) && is_blank (change->title))
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("An event needs a title"));
  if ((change->fields & CHR_EVENT_CHANGE_DATE) && change->interval.end <= change->interval.begin)
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("The end is before the beginning"));
  return TRUE;
}

/* Writes @change into an annotation; the events are updated by the caller. */
static gboolean
write_change (ChrDatabase           *db,
              gint64                 annotation_id,
              const ChrEventChange  *change,
              GError               **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autofree char *title = change->title ? g_strstrip (g_strdup (change->title)) : NULL;
  const char *note = change->note && *change->note ? change->note : NULL;
  guint f = change->fields;

  if (!(stmt = chr_database_prepare (db,
                                     "UPDATE annotations SET"
                                     " title = CASE WHEN ?2 THEN ?3 ELSE title END,"
                                     " begin_time = CASE WHEN ?4 THEN ?5 ELSE begin_time END,"
                                     " end_time = CASE WHEN ?4 THEN ?6 ELSE end_time END,"
                                     " granularity = CASE WHEN ?4 THEN ?7 ELSE granularity END,"
                                     " period = CASE WHEN ?4 THEN ?8 ELSE period END,"
                                     " approximate = CASE WHEN ?9 THEN ?10 ELSE approximate END,"
                                     " starred = CASE WHEN ?11 THEN ?12 ELSE starred END,"
                                     " hidden = CASE WHEN ?13 THEN ?14 ELSE hidden END,"
                                     " note = CASE WHEN ?15 THEN ?16 ELSE note END"
                                     " WHERE id = ?1",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  sqlite3_bind_int (stmt, 2, (f & CHR_EVENT_CHANGE_TITLE) != 0);
  chr_database_bind_text_or_null (stmt, 3, title);
  sqlite3_bind_int (stmt, 4, (f & CHR_EVENT_CHANGE_DATE) != 0);
  sqlite3_bind_int64 (stmt, 5, change->interval.begin);
  sqlite3_bind_int64 (stmt, 6, change->interval.end);
  sqlite3_bind_text (stmt, 7, chr_granularity_to_string (change->interval.granularity), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, change->period != 0);
  sqlite3_bind_int (stmt, 9, (f & CHR_EVENT_CHANGE_APPROXIMATE) != 0);
  sqlite3_bind_int (stmt, 10, change->approximate != 0);
  sqlite3_bind_int (stmt, 11, (f & CHR_EVENT_CHANGE_STARRED) != 0);
  sqlite3_bind_int (stmt, 12, change->starred != 0);
  sqlite3_bind_int (stmt, 13, (f & CHR_EVENT_CHANGE_HIDDEN) != 0);
  sqlite3_bind_int (stmt, 14, change->hidden != 0);
  sqlite3_bind_int (stmt, 15, (f & CHR_EVENT_CHANGE_NOTE) != 0);
  chr_database_bind_text_or_null (stmt, 16, note);
  return chr_database_step_done (db, stmt, error);
}

/* The kind the history gives a change of one field, "edit" for several. */
static const char *
change_kind (const ChrEventChange *change)
{
  switch (change->fields)
    {
    case CHR_EVENT_CHANGE_TITLE: return "rename";
    case CHR_EVENT_CHANGE_DATE: return "date";
    case CHR_EVENT_CHANGE_APPROXIMATE: return "approximate";
    case CHR_EVENT_CHANGE_STARRED: return change->starred ? "star" : "unstar";
    case CHR_EVENT_CHANGE_HIDDEN: return change->hidden ? "hide" : "unhide";
    case CHR_EVENT_CHANGE_NOTE: return "note";
    default: return "edit";
    }
}

/* Reads an event the edit is about, and keeps its annotation as it was. */
static gboolean
edit_read_event (Edit      *edit,
                 gint64     event_id,
                 EventRow  *row,
                 GError   **error)
{
  if (!read_event_row (edit->db, event_id, row, error))
    return FALSE;
  if (row->annotation_id != 0)
    chr_user_scope_add_annotation (edit->scope, row->annotation_id);
  return TRUE;
}

/* The events row after a change of fields, as a rebuild would make it: such
 * a change moves no excerpt, so one row is all that changes, and the event
 * keeps its id. */
static gboolean
update_event_row (ChrDatabase     *db,
                  const EventRow  *row,
                  GError         **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrAnnotation) annotation = NULL;
  g_autofree char *value = NULL;
  ChrInterval interval;
  guint flags;

  if (!(annotation = chr_user_store_get_annotation (db, row->annotation_id, error)))
    return FALSE;
  interval = annotation->has_interval ? annotation->interval : row->interval;
  flags = chr_annotation_flags (annotation, row->flags);
  value = chr_database_event_value (&interval, flags);

  if (!(stmt = chr_database_prepare (db,
                                     "UPDATE events SET title = coalesce (?, title), value = ?, begin_time = ?,"
                                     " end_time = ?, granularity = ?, flags = ?, note = ? WHERE id = ?",
                                     error)))
    return FALSE;
  chr_database_bind_text_or_null (stmt, 1, annotation->title);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, interval.begin);
  sqlite3_bind_int64 (stmt, 4, interval.end);
  sqlite3_bind_text (stmt, 5, chr_granularity_to_string (interval.granularity), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, (int) flags);
  chr_database_bind_text_or_null (stmt, 7, annotation->note);
  sqlite3_bind_int64 (stmt, 8, row->id);
  return chr_database_step_done (db, stmt, error);
}

/**
 * chr_edits_change_event:
 * @db: the timeline
 * @event_id: the event
 * @change: what to set
 * @error: return location for a #GError
 *
 * Renames, dates, stars, hides or notes an event, extracted or made by
 * hand, in one transaction that the history records.
 */
gboolean
chr_edits_change_event (ChrDatabase           *db,
                        gint64                 event_id,
                        const ChrEventChange  *change,
                        GError               **error)
{
  g_auto(EventRow) row = { 0 };
  g_auto(Edit) edit = { 0 };

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  if (!validate_change (change, error))
    return FALSE;
  if (change->fields == 0)
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("Nothing to change"));

  return edit_begin (&edit, db, change_kind (change), error) &&
         edit_read_event (&edit, event_id, &row, error) &&
         edit_keep_before (&edit, error) &&
         ensure_annotation (&edit, &row, error) != 0 &&
         write_change (db, row.annotation_id, change, error) &&
         update_event_row (db, &row, error) &&
         edit_commit (&edit, FALSE, error);
}

/* The events row of an event the user made, with no excerpt, as
 * chr_database_replace_events() writes it. */
static gboolean
insert_user_event_row (ChrDatabase  *db,
                       gint64        annotation_id,
                       GError      **error)
{
  g_autoptr(ChrAnnotation) annotation = NULL;
  g_autoptr(ChrStmt) stmt = NULL;
  g_autofree char *value = NULL;
  guint flags;

  if (!(annotation = chr_user_store_get_annotation (db, annotation_id, error)))
    return FALSE;
  flags = chr_annotation_flags (annotation, annotation->period ? CHR_EVENT_FLAG_PERIOD : 0);
  value = chr_database_event_value (&annotation->interval, flags);
  if (!(stmt = chr_database_prepare (db,
                                     "INSERT INTO events (title, value, begin_time, end_time, granularity, importance,"
                                     " flags, n_sources, origin, annotation_id, note)"
                                     " VALUES (?, ?, ?, ?, ?, 1, ?, 0, 'user', ?, ?)",
                                     error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, annotation->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, annotation->interval.begin);
  sqlite3_bind_int64 (stmt, 4, annotation->interval.end);
  sqlite3_bind_text (stmt, 5, chr_granularity_to_string (annotation->interval.granularity), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, (int) flags);
  sqlite3_bind_int64 (stmt, 7, annotation_id);
  chr_database_bind_text_or_null (stmt, 8, annotation->note);
  return chr_database_step_done (db, stmt, error);
}

/**
 * chr_edits_add_event:
 * @db: the timeline
 * @change: the new event: at least its title and date
 * @event_id: (out) (optional): the event made
 * @error: return location for a #GError
 *
 * Adds an event that no article reports.
 */
gboolean
chr_edits_add_event (ChrDatabase           *db,
                     const ChrEventChange  *change,
                     gint64                *event_id,
                     GError               **error)
{
  g_auto(Edit) edit = { 0 };
  g_autoptr(ChrStmt) find = NULL;
  gint64 id;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  if (!(change->fields & CHR_EVENT_CHANGE_TITLE) || is_blank (change->title))
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("An event needs a title"));
  if (!(change->fields & CHR_EVENT_CHANGE_DATE))
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("An event needs a date"));
  if (!validate_change (change, error))
    return FALSE;

  if (!edit_begin (&edit, db, "add", error) || !edit_keep_before (&edit, error) ||
      !(id = insert_annotation (db, "user", NULL, error)))
    return FALSE;
  chr_user_scope_add_annotation (edit.scope, id);
  /* An event with no excerpt moves none: its row is all a rebuild would add. */
  if (!write_change (db, id, change, error) || !insert_user_event_row (db, id, error) ||
      !edit_commit (&edit, FALSE, error))
    return FALSE;

  if (event_id)
    *event_id = chr_edits_find_event (db, id);
  return TRUE;
}

/**
 * chr_edits_find_event:
 * @db: the timeline
 * @annotation_id: an annotation
 *
 * Returns: the event that shows @annotation_id now, or 0
 */
gint64
chr_edits_find_event (ChrDatabase *db,
                      gint64       annotation_id)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db, "SELECT id FROM events WHERE annotation_id = ?", NULL)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static gboolean
exec_for_id (ChrDatabase  *db,
             const char   *sql,
             gint64        id,
             GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return chr_database_step_done (db, stmt, error);
}

/* Keeps the excerpts pinned to an annotation as they were. */
static gboolean
add_pins_of (Edit     *edit,
             gint64    annotation_id,
             GError  **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  if (annotation_id == 0)
    return TRUE;
  if (!(stmt = chr_database_prepare (edit->db,
                                     "SELECT article_id, phrase_start, phrase_end FROM annotation_excerpts"
                                     " WHERE annotation_id = ?",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrAnchor anchor = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
      };

      chr_user_scope_add_pin (edit->scope, &anchor);
    }
  if (rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (edit->db, rc, error);
  return TRUE;
}

/**
 * chr_edits_delete_event:
 * @db: the timeline
 * @event_id: an event the user made
 * @error: return location for a #GError
 *
 * Deletes an event the user made. Extracted events cannot be deleted, as
 * the next extraction would find them again: they are hidden instead.
 */
gboolean
chr_edits_delete_event (ChrDatabase  *db,
                        gint64        event_id,
                        GError      **error)
{
  g_auto(EventRow) row = { 0 };
  g_auto(Edit) edit = { 0 };

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!edit_begin (&edit, db, "delete", error) || !edit_read_event (&edit, event_id, &row, error))
    return FALSE;
  if (!(row.flags & CHR_EVENT_FLAG_USER))
    return refuse (error, CHR_EDIT_ERROR_INVALID,
                   _("Only events you added can be deleted; hide this one instead"));
  if (!add_pins_of (&edit, row.annotation_id, error) || !edit_keep_before (&edit, error) ||
      !exec_for_id (db, "DELETE FROM annotations WHERE id = ?", row.annotation_id, error) ||
      !exec_for_id (db, "DELETE FROM annotation_tags WHERE annotation_id = ?", row.annotation_id, error) ||
      !exec_for_id (db, "DELETE FROM annotation_excerpts WHERE annotation_id = ?", row.annotation_id, error))
    return FALSE;
  /* With no excerpt it takes none from other events: its row is all that goes. */
  if (edit.scope->pins->len == 0)
    return exec_for_id (db, "DELETE FROM events WHERE id = ?", event_id, error) && edit_commit (&edit, FALSE, error);
  return edit_commit (&edit, TRUE, error);
}

/* Puts an excerpt in an annotation's event, or in none (@annotation_id 0). */
static gboolean
pin_excerpt (ChrDatabase      *db,
             const ChrAnchor  *anchor,
             gint64            annotation_id,
             GError          **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db,
                                     "INSERT OR REPLACE INTO annotation_excerpts"
                                     " (article_id, phrase_start, phrase_end, annotation_id) VALUES (?, ?, ?, ?)",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, anchor->article_id);
  sqlite3_bind_int64 (stmt, 2, anchor->start);
  sqlite3_bind_int64 (stmt, 3, anchor->end);
  if (annotation_id != 0)
    sqlite3_bind_int64 (stmt, 4, annotation_id);
  else
    sqlite3_bind_null (stmt, 4);
  return chr_database_step_done (db, stmt, error);
}

static gboolean
pin_all (ChrDatabase  *db,
         GArray       *anchors,
         gint64        annotation_id,
         GError      **error)
{
  for (guint i = 0; i < anchors->len; i++)
    if (!pin_excerpt (db, &g_array_index (anchors, ChrAnchor, i), annotation_id, error))
      return FALSE;
  return TRUE;
}

static void
scope_add_pins (ChrUserScope *scope,
                GArray       *anchors)
{
  for (guint i = 0; i < anchors->len; i++)
    chr_user_scope_add_pin (scope, &g_array_index (anchors, ChrAnchor, i));
}

/* Moves into @target what the user gave @other: its note, star, tags and excerpts. */
static gboolean
absorb_annotation (ChrDatabase  *db,
                   gint64        target,
                   gint64        other,
                   GError      **error)
{
  static const char * const steps[] = {
    "UPDATE annotations SET"
    " note = nullif (trim (coalesce (note, '') || char (10) ||"
    "   coalesce ((SELECT note FROM annotations WHERE id = ?2), ''), char (10)), ''),"
    " starred = max (starred, (SELECT starred FROM annotations WHERE id = ?2))"
    " WHERE id = ?1",
    "INSERT OR IGNORE INTO annotation_tags SELECT ?1, tag_id FROM annotation_tags WHERE annotation_id = ?2",
    "UPDATE annotation_excerpts SET annotation_id = ?1 WHERE annotation_id = ?2",
    "DELETE FROM annotation_tags WHERE annotation_id = ?2",
    "DELETE FROM annotations WHERE id = ?2 AND ?1 = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(ChrStmt) stmt = NULL;

      if (!(stmt = chr_database_prepare (db, steps[i], error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, target);
      sqlite3_bind_int64 (stmt, 2, other);
      if (!chr_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static const EventRow *
find_row (GArray *rows,
          gint64  event_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, EventRow, i).id == event_id)
      return &g_array_index (rows, EventRow, i);
  return NULL;
}

/* Reads the events a merge joins, each once, with all their excerpts. */
static gboolean
read_merged (Edit          *edit,
             const gint64  *event_ids,
             guint          n_events,
             GArray        *rows,
             GArray        *anchors,
             GError       **error)
{
  for (guint i = 0; i < n_events; i++)
    {
      EventRow row = { 0 };
      g_autoptr(GArray) own = NULL;

      if (find_row (rows, event_ids[i]) != NULL)
        continue;
      if (!edit_read_event (edit, event_ids[i], &row, error))
        return FALSE;
      g_array_append_val (rows, row);
      if (!(own = event_anchors (edit->db, &row, error)) || !add_pins_of (edit, row.annotation_id, error))
        return FALSE;
      g_array_append_vals (anchors, own->data, own->len);
    }
  if (rows->len < 2)
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("Choose at least two events to merge"));
  return TRUE;
}

/* The event of @rows that gives the merged one its title or date: @event_id, or the first. */
static const EventRow *
choose_row (GArray  *rows,
            gint64   event_id,
            GError **error)
{
  const EventRow *row = event_id == 0 ? &g_array_index (rows, EventRow, 0) : find_row (rows, event_id);

  if (row == NULL)
    refuse (error, CHR_EDIT_ERROR_INVALID, _("The title and the date come from one of the merged events"));
  return row;
}

/**
 * chr_edits_merge_events:
 * @db: the timeline
 * @event_ids: two or more events that report the same happening
 * @n_events: how many
 * @title_from: the event whose title the merged one keeps (0: the first)
 * @date_from: the event whose date it keeps (0: the first)
 * @merged_id: (out) (optional): the merged event
 * @error: return location for a #GError
 *
 * Makes one event of several: all their excerpts, notes, stars and tags join.
 */
gboolean
chr_edits_merge_events (ChrDatabase   *db,
                        const gint64  *event_ids,
                        guint          n_events,
                        gint64         title_from,
                        gint64         date_from,
                        gint64        *merged_id,
                        GError       **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (EventRow));
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  g_auto(Edit) edit = { 0 };
  ChrEventChange change = { CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE | CHR_EVENT_CHANGE_APPROXIMATE };
  const EventRow *named, *dated;
  gint64 target;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (event_ids != NULL || n_events == 0, FALSE);

  g_array_set_clear_func (rows, (GDestroyNotify) event_row_clear);
  if (!edit_begin (&edit, db, "merge", error) || !read_merged (&edit, event_ids, n_events, rows, anchors, error) ||
      !(named = choose_row (rows, title_from, error)) || !(dated = choose_row (rows, date_from, error)))
    return FALSE;
  scope_add_pins (edit.scope, anchors);
  if (!edit_keep_before (&edit, error))
    return FALSE;

  change.title = named->title;
  change.interval = dated->interval;
  change.period = (dated->flags & CHR_EVENT_FLAG_PERIOD) != 0;
  change.approximate = (dated->flags & CHR_EVENT_FLAG_APPROXIMATE) != 0;
  if (!(target = ensure_annotation (&edit, &g_array_index (rows, EventRow, 0), error)) ||
      !write_change (db, target, &change, error) || !pin_all (db, anchors, target, error))
    return FALSE;
  for (guint i = 1; i < rows->len; i++)
    {
      gint64 other = g_array_index (rows, EventRow, i).annotation_id;

      if (other != 0 && other != target && !absorb_annotation (db, target, other, error))
        return FALSE;
    }
  if (!edit_commit (&edit, TRUE, error))
    return FALSE;
  if (merged_id)
    *merged_id = chr_edits_find_event (db, target);
  return TRUE;
}

static gboolean
contains_anchor (GArray          *anchors,
                 const ChrAnchor *anchor)
{
  for (guint i = 0; i < anchors->len; i++)
    if (chr_anchor_equal (&g_array_index (anchors, ChrAnchor, i), anchor))
      return TRUE;
  return FALSE;
}

/* Anchors an annotation on an excerpt that stays in its event. */
static gboolean
set_anchor (ChrDatabase      *db,
            gint64            annotation_id,
            const ChrAnchor  *anchor,
            GError          **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db,
                                     "UPDATE annotations SET anchor_article = ?, anchor_start = ?, anchor_end = ?"
                                     " WHERE id = ? AND origin = 'extracted'",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, anchor->article_id);
  sqlite3_bind_int64 (stmt, 2, anchor->start);
  sqlite3_bind_int64 (stmt, 3, anchor->end);
  sqlite3_bind_int64 (stmt, 4, annotation_id);
  return chr_database_step_done (db, stmt, error);
}

/* The date an excerpt gives, to date the event split off with it. */
static gboolean
read_excerpt_date (ChrDatabase      *db,
                   const ChrAnchor  *anchor,
                   ChrEventChange   *change,
                   GError          **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (db,
                                     "SELECT begin_time, end_time, granularity, flags FROM candidates"
                                     " WHERE article_id = ? AND phrase_start = ? AND phrase_end = ?",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, anchor->article_id);
  sqlite3_bind_int64 (stmt, 2, anchor->start);
  sqlite3_bind_int64 (stmt, 3, anchor->end);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return refuse (error, CHR_EDIT_ERROR_GONE, _("That excerpt is no longer in the timeline"));
  if (rc != SQLITE_ROW)
    return chr_database_set_sqlite_error (db, rc, error);
  change->fields |= CHR_EVENT_CHANGE_DATE;
  change->interval = (ChrInterval) {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
    chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 2)),
  };
  change->period = (sqlite3_column_int (stmt, 3) & CHR_EVENT_FLAG_PERIOD) != 0;
  return TRUE;
}

/**
 * chr_edits_split_event:
 * @db: the timeline
 * @event_id: an event
 * @excerpts: the excerpts that go to a new event: some of @event_id's, not all
 * @n_excerpts: how many
 * @new_id: (out) (optional): the new event
 * @error: return location for a #GError
 *
 * Splits an event in two. The new one is dated by its first excerpt.
 */
gboolean
chr_edits_split_event (ChrDatabase      *db,
                       gint64            event_id,
                       const ChrAnchor  *excerpts,
                       guint             n_excerpts,
                       gint64           *new_id,
                       GError          **error)
{
  g_auto(EventRow) row = { 0 };
  g_auto(Edit) edit = { 0 };
  g_autoptr(GArray) anchors = NULL;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  ChrEventChange change = { 0 };
  gint64 original, split;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!edit_begin (&edit, db, "split", error) || !edit_read_event (&edit, event_id, &row, error) ||
      !(anchors = event_anchors (db, &row, error)))
    return FALSE;
  for (guint i = 0; i < n_excerpts; i++)
    {
      if (!contains_anchor (anchors, &excerpts[i]))
        return refuse (error, CHR_EDIT_ERROR_INVALID, _("That excerpt is not one of the event’s"));
      if (!contains_anchor (chosen, &excerpts[i]))
        g_array_append_val (chosen, excerpts[i]);
    }
  for (guint i = 0; i < anchors->len; i++)
    if (!contains_anchor (chosen, &g_array_index (anchors, ChrAnchor, i)))
      g_array_append_val (kept, g_array_index (anchors, ChrAnchor, i));
  if (chosen->len == 0)
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("Choose the excerpts that go to the new event"));
  if (kept->len == 0)
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("Leave at least one excerpt in the event"));

  scope_add_pins (edit.scope, anchors);
  if (!add_pins_of (&edit, row.annotation_id, error) || !edit_keep_before (&edit, error) ||
      !(original = ensure_annotation (&edit, &row, error)) ||
      !(split = insert_annotation (db, "extracted", &g_array_index (chosen, ChrAnchor, 0), error)))
    return FALSE;
  chr_user_scope_add_annotation (edit.scope, split);
  if (!read_excerpt_date (db, &g_array_index (chosen, ChrAnchor, 0), &change, error) ||
      !write_change (db, split, &change, error) ||
      !set_anchor (db, original, &g_array_index (kept, ChrAnchor, 0), error) ||
      !pin_all (db, kept, original, error) || !pin_all (db, chosen, split, error) ||
      !edit_commit (&edit, TRUE, error))
    return FALSE;
  if (new_id)
    *new_id = chr_edits_find_event (db, split);
  return TRUE;
}

/**
 * chr_edits_detach_excerpt:
 * @db: the timeline
 * @event_id: an event
 * @excerpt: one of its excerpts, not its only one
 * @error: return location for a #GError
 *
 * Takes an excerpt out of an event: it supports no event any more.
 */
gboolean
chr_edits_detach_excerpt (ChrDatabase      *db,
                          gint64            event_id,
                          const ChrAnchor  *excerpt,
                          GError          **error)
{
  g_auto(EventRow) row = { 0 };
  g_auto(Edit) edit = { 0 };
  g_autoptr(GArray) anchors = NULL;
  const ChrAnchor *kept = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!edit_begin (&edit, db, "detach", error) || !edit_read_event (&edit, event_id, &row, error) ||
      !(anchors = event_anchors (db, &row, error)))
    return FALSE;
  if (!contains_anchor (anchors, excerpt))
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("That excerpt is not one of the event’s"));
  for (guint i = 0; i < anchors->len && kept == NULL; i++)
    if (!chr_anchor_equal (&g_array_index (anchors, ChrAnchor, i), excerpt))
      kept = &g_array_index (anchors, ChrAnchor, i);
  if (kept == NULL)
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("An event keeps at least one excerpt; hide the event instead"));

  chr_user_scope_add_pin (edit.scope, excerpt);
  return edit_keep_before (&edit, error) &&
         (row.annotation_id == 0 || set_anchor (db, row.annotation_id, kept, error)) &&
         pin_excerpt (db, excerpt, 0, error) &&
         edit_commit (&edit, TRUE, error);
}

/**
 * chr_edits_attach_excerpt:
 * @db: the timeline
 * @excerpt: an excerpt of any article
 * @event_id: the event it supports
 * @error: return location for a #GError
 *
 * Puts an excerpt in an event, from wherever it was. The event it leaves
 * keeps its other excerpts, and its edits (its annotation, anchored on the
 * excerpt or not, still claims them).
 */
gboolean
chr_edits_attach_excerpt (ChrDatabase      *db,
                          const ChrAnchor  *excerpt,
                          gint64            event_id,
                          GError          **error)
{
  g_auto(EventRow) row = { 0 };
  g_auto(Edit) edit = { 0 };
  g_autoptr(GArray) own = NULL;
  ChrEventChange date = { 0 };
  gint64 target;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (excerpt != NULL, FALSE);

  if (!edit_begin (&edit, db, "attach", error) || !edit_read_event (&edit, event_id, &row, error) ||
      !read_excerpt_date (db, excerpt, &date, error) || !(own = event_anchors (db, &row, error)))
    return FALSE;
  if (contains_anchor (own, excerpt))
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("That excerpt is already one of the event’s"));
  chr_user_scope_add_pin (edit.scope, excerpt);
  return edit_keep_before (&edit, error) &&
         (target = ensure_annotation (&edit, &row, error)) != 0 &&
         pin_excerpt (db, excerpt, target, error) &&
         edit_commit (&edit, TRUE, error);
}

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

  if (is_blank (name))
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("A tag needs a name"));
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
    return refuse (error, CHR_EDIT_ERROR_GONE, _("That tag is no longer in the timeline"));
  return TRUE;
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
  g_auto(Edit) edit = { 0 };
  g_autoptr(ChrStmt) stmt = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  g_return_val_if_fail (CHR_IS_DATABASE (db), 0);

  if (!edit_begin (&edit, db, "create-tag", error) || !check_tag_name (db, stripped, 0, error) ||
      !edit_keep_before (&edit, error) ||
      !(stmt = chr_database_prepare (db,
                                     "INSERT INTO tags (name, color) VALUES (?1, CASE WHEN ?2 > 0 THEN ?2 ELSE"
                                     " (SELECT count (*) FROM tags) % ?3 + 1 END)",
                                     error)))
    return 0;
  sqlite3_bind_text (stmt, 1, stripped, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) MIN (color, CHR_TAG_N_COLORS));
  sqlite3_bind_int (stmt, 3, CHR_TAG_N_COLORS);
  if (!chr_database_step_done (db, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (db->db);
  chr_user_scope_add_tag (edit.scope, id);
  return edit_commit (&edit, FALSE, error) ? id : 0;
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
  g_auto(Edit) edit = { 0 };
  g_autoptr(ChrStmt) stmt = NULL;

  if (!edit_begin (&edit, db, kind, error) || !check_tag_exists (db, tag_id, error) ||
      (name && !check_tag_name (db, name, tag_id, error)))
    return FALSE;
  chr_user_scope_add_tag (edit.scope, tag_id);
  if (!edit_keep_before (&edit, error) || !(stmt = chr_database_prepare (db, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tag_id);
  if (name)
    sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int (stmt, 2, (int) color);
  return chr_database_step_done (db, stmt, error) && edit_commit (&edit, FALSE, error);
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
    return refuse (error, CHR_EDIT_ERROR_INVALID, _("There is no such colour"));
  return update_tag (db, "tag-color", tag_id, "UPDATE tags SET color = ?2 WHERE id = ?1", NULL, color, error);
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
  g_auto(EventRow) row = { 0 };
  g_auto(Edit) edit = { 0 };
  g_autoptr(ChrStmt) stmt = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!edit_begin (&edit, db, add ? "tag" : "untag", error) || !check_tag_exists (db, tag_id, error) ||
      !edit_read_event (&edit, event_id, &row, error) || !edit_keep_before (&edit, error) ||
      !ensure_annotation (&edit, &row, error) ||
      !(stmt = chr_database_prepare (db,
                                     add ? "INSERT OR IGNORE INTO annotation_tags VALUES (?, ?)"
                                         : "DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row.annotation_id);
  sqlite3_bind_int64 (stmt, 2, tag_id);
  return chr_database_step_done (db, stmt, error) &&
         update_event_row (db, &row, error) &&
         edit_commit (&edit, FALSE, error);
}

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
  g_auto(Edit) edit = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!edit_begin (&edit, db, "published", error) || !read_published (db, article_id, &before, error) ||
      !edit_keep_before (&edit, error) ||
      !chr_reextract_set_published (db, article_id, published, error) ||
      !read_published (db, article_id, &after, error))
    return FALSE;
  edit.published_before = published_node (article_id, before);
  edit.published_after = published_node (article_id, after);
  return edit_commit (&edit, FALSE, error);
}
