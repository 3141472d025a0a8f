/* chr-edits.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-edits"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-edit-log.h"
#include "chr-edits-private.h"
#include "chr-importer.h"
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
  { "delete-article", N_("Delete Article") },
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


gboolean
_chr_edit_begin (ChrPendingEdit  *edit,
                 ChrDatabase     *db,
                 const char      *kind,
                 GError         **error)
{
  *edit = (ChrPendingEdit) { NULL, kind, chr_user_scope_new (), NULL, NULL, NULL, NULL };
  if (!chr_database_begin (db, error))
    return FALSE;
  edit->db = db;
  return TRUE;
}

/* Keeps the rows the edit is about to change, once the edit knows them. */
gboolean
_chr_edit_keep_before (ChrPendingEdit  *edit,
                       GError         **error)
{
  return (edit->before = chr_user_store_snapshot (edit->db, edit->scope, error)) != NULL;
}

void
_chr_edit_clear (ChrPendingEdit *edit)
{
  if (edit->db)
    chr_database_rollback (edit->db);
  g_clear_pointer (&edit->scope, chr_user_scope_free);
  g_clear_pointer (&edit->before, json_node_unref);
  g_clear_pointer (&edit->article_before, json_node_unref);
  g_clear_pointer (&edit->article_after, json_node_unref);
}

/* Ends an edit: the events are rebuilt from extraction and the user's
 * layer when @rebuild, the history gains the edit, all in the transaction
 * the edit began. */
gboolean
_chr_edit_commit (ChrPendingEdit  *edit,
                  gboolean         rebuild,
                  GError         **error)
{
  g_autoptr(JsonNode) after = NULL;

  if (rebuild && !chr_importer_rebuild_events (edit->db, error))
    return FALSE;
  if (!(after = chr_user_store_snapshot (edit->db, edit->scope, error)))
    return FALSE;
  /* Rows the edit made did not exist before it: undoing removes them. */
  chr_user_store_rekey (edit->before, after);
  if (edit->article_key)
    {
      json_object_set_member (json_node_get_object (edit->before), edit->article_key,
                              g_steal_pointer (&edit->article_before));
      json_object_set_member (json_node_get_object (after), edit->article_key,
                              g_steal_pointer (&edit->article_after));
    }
  if (!chr_edit_log_record (edit->db, edit->kind, edit->before, after, error) ||
      !chr_database_commit (edit->db, error))
    return FALSE;
  edit->db = NULL;
  return TRUE;
}


gboolean
_chr_edit_refuse (GError       **error,
                  ChrEditError   code,
                  const char    *message)
{
  g_set_error_literal (error, CHR_EDIT_ERROR, code, message);
  return FALSE;
}


void
_chr_event_row_clear (ChrEventRow *row)
{
  g_clear_pointer (&row->title, g_free);
}


static gboolean
_chr_edit_read_event_row (ChrDatabase  *db,
                          gint64        event_id,
                          ChrEventRow  *row,
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
GArray *
_chr_edit_event_anchors (ChrDatabase        *db,
                         const ChrEventRow  *row,
                         GError            **error)
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

gint64
_chr_edit_insert_annotation (ChrDatabase      *db,
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
gint64
_chr_edit_ensure_annotation (ChrPendingEdit  *edit,
                             ChrEventRow     *row,
                             GError         **error)
{
  g_autoptr(GArray) anchors = NULL;
  g_autoptr(ChrStmt) link = NULL;
  gint64 id;

  if (row->annotation_id != 0)
    return row->annotation_id;
  if (!(anchors = _chr_edit_event_anchors (edit->db, row, error)))
    return 0;
  if (anchors->len == 0)
    {
      g_set_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE, _("The event “%s” has no excerpt to keep it by"),
                   row->title);
      return 0;
    }
  if (!(id = _chr_edit_insert_annotation (edit->db, "extracted", &g_array_index (anchors, ChrAnchor, 0), error)) ||
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

gboolean
_chr_edit_is_blank (const char *text)
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
  if ((change->fields & CHR_EVENT_CHANGE_TITLE) && _chr_edit_is_blank (change->title))
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("An event needs a title"));
  if ((change->fields & CHR_EVENT_CHANGE_DATE) && change->interval.end <= change->interval.begin)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("The end is before the beginning"));
  return TRUE;
}

/* Writes @change into an annotation; the events are updated by the caller. */
gboolean
_chr_edit_write_change (ChrDatabase           *db,
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
gboolean
_chr_edit_read_event (ChrPendingEdit  *edit,
                      gint64           event_id,
                      ChrEventRow     *row,
                      GError         **error)
{
  if (!_chr_edit_read_event_row (edit->db, event_id, row, error))
    return FALSE;
  if (row->annotation_id != 0)
    chr_user_scope_add_annotation (edit->scope, row->annotation_id);
  return TRUE;
}

/* The events row after a change of fields, as a rebuild would make it: such
 * a change moves no excerpt, so one row is all that changes, and the event
 * keeps its id. */
gboolean
_chr_edit_update_event_row (ChrDatabase        *db,
                            const ChrEventRow  *row,
                            GError            **error)
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
  g_auto(ChrEventRow) row = { 0 };
  g_auto(ChrPendingEdit) edit = { 0 };

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  if (!validate_change (change, error))
    return FALSE;
  if (change->fields == 0)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("Nothing to change"));

  return _chr_edit_begin (&edit, db, change_kind (change), error) &&
         _chr_edit_read_event (&edit, event_id, &row, error) &&
         _chr_edit_keep_before (&edit, error) &&
         _chr_edit_ensure_annotation (&edit, &row, error) != 0 &&
         _chr_edit_write_change (db, row.annotation_id, change, error) &&
         _chr_edit_update_event_row (db, &row, error) &&
         _chr_edit_commit (&edit, FALSE, error);
}

/* The events row of an event the user made, with no excerpt. */
static gboolean
insert_user_event_row (ChrDatabase  *db,
                       gint64        annotation_id,
                       GError      **error)
{
  g_autoptr(ChrAnnotation) annotation = NULL;

  return (annotation = chr_user_store_get_annotation (db, annotation_id, error)) != NULL &&
         chr_database_insert_user_event (db, annotation, NULL, error);
}

/* Keeps the words the user chose as the new event's excerpt; they must lie
 * in the article's text, the date phrase within them. */
static gboolean
insert_passage (ChrDatabase       *db,
                gint64             annotation_id,
                const ChrPassage  *passage,
                GError           **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db,
                                     "INSERT INTO annotation_passages"
                                     " SELECT ?1, id, ?3, ?4, ?5, ?6 FROM articles WHERE id = ?2"
                                     " AND 0 <= ?3 AND ?3 < ?4 AND ?4 <= length (CAST (text AS BLOB))"
                                     " AND ?3 <= ?5 AND ?5 <= ?6 AND ?6 <= ?4",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  sqlite3_bind_int64 (stmt, 2, passage->article_id);
  sqlite3_bind_int64 (stmt, 3, passage->start);
  sqlite3_bind_int64 (stmt, 4, passage->end);
  sqlite3_bind_int64 (stmt, 5, passage->phrase_start);
  sqlite3_bind_int64 (stmt, 6, passage->phrase_end);
  if (!chr_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (db->db) == 0)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_GONE, _("The words chosen are no longer in the article"));
  return TRUE;
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
  return chr_edits_add_tagged_event (db, change, NULL, event_id, error);
}

/**
 * chr_edits_add_tagged_event:
 * @db: the timeline
 * @change: the new event: at least its title and date
 * @tags: (nullable) (array zero-terminated=1): the names of its tags, made if need be
 * @event_id: (out) (optional): the event made
 * @error: return location for a #GError
 *
 * Adds an event that no article reports, with its tags, in one edit; with
 * the words of an article the user chose as its excerpt, when @change has
 * a passage.
 */
gboolean
chr_edits_add_tagged_event (ChrDatabase           *db,
                            const ChrEventChange  *change,
                            const char * const    *tags,
                            gint64                *event_id,
                            GError               **error)
{
  g_auto(ChrPendingEdit) edit = { 0 };
  gint64 id, tag_id;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  if (!(change->fields & CHR_EVENT_CHANGE_TITLE) || _chr_edit_is_blank (change->title))
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("An event needs a title"));
  if (!(change->fields & CHR_EVENT_CHANGE_DATE))
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("An event needs a date"));
  if (!validate_change (change, error))
    return FALSE;

  if (!_chr_edit_begin (&edit, db, "add", error) || !_chr_edit_keep_before (&edit, error) ||
      !(id = _chr_edit_insert_annotation (db, "user", NULL, error)))
    return FALSE;
  chr_user_scope_add_annotation (edit.scope, id);
  if (!_chr_edit_write_change (db, id, change, error) ||
      (change->passage.article_id != 0 && !insert_passage (db, id, &change->passage, error)))
    return FALSE;
  for (guint i = 0; tags && tags[i]; i++)
    if (!(tag_id = _chr_edit_find_or_create_tag (&edit, tags[i], error)) ||
        !_chr_edit_link_tag (db, id, tag_id, TRUE, error))
      return FALSE;
  /* An event with no excerpt moves none: its row is all a rebuild would add. */
  if (!insert_user_event_row (db, id, error) || !_chr_edit_commit (&edit, FALSE, error))
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

/**
 * chr_edits_find_event_of_excerpt:
 * @db: the timeline
 * @excerpt: an excerpt
 *
 * Returns: the event the excerpt supports now, or 0
 */
gint64
chr_edits_find_event_of_excerpt (ChrDatabase     *db,
                                 const ChrAnchor *excerpt)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db,
                                     "SELECT ec.event_id FROM candidates c"
                                     " JOIN event_candidates ec ON ec.candidate_id = c.id"
                                     " WHERE c.article_id = ? AND c.phrase_start = ? AND c.phrase_end = ?",
                                     NULL)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, excerpt->article_id);
  sqlite3_bind_int64 (stmt, 2, excerpt->start);
  sqlite3_bind_int64 (stmt, 3, excerpt->end);
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
gboolean
_chr_edit_add_pins_of (ChrPendingEdit  *edit,
                       gint64           annotation_id,
                       GError         **error)
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
  g_auto(ChrEventRow) row = { 0 };
  g_auto(ChrPendingEdit) edit = { 0 };

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!_chr_edit_begin (&edit, db, "delete", error) || !_chr_edit_read_event (&edit, event_id, &row, error))
    return FALSE;
  if (!(row.flags & CHR_EVENT_FLAG_USER))
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID,
                             _("Only events you added can be deleted; hide this one instead"));
  if (!_chr_edit_add_pins_of (&edit, row.annotation_id, error) || !_chr_edit_keep_before (&edit, error) ||
      !exec_for_id (db, "DELETE FROM annotations WHERE id = ?", row.annotation_id, error) ||
      !exec_for_id (db, "DELETE FROM annotation_tags WHERE annotation_id = ?", row.annotation_id, error) ||
      !exec_for_id (db, "DELETE FROM annotation_excerpts WHERE annotation_id = ?", row.annotation_id, error) ||
      !exec_for_id (db, "DELETE FROM annotation_passages WHERE annotation_id = ?", row.annotation_id, error))
    return FALSE;
  /* With no excerpt it takes none from other events: its row is all that goes. */
  if (edit.scope->pins->len == 0)
    return exec_for_id (db, "DELETE FROM events WHERE id = ?", event_id, error) &&
           _chr_edit_commit (&edit, FALSE, error);
  return _chr_edit_commit (&edit, TRUE, error);
}
