/* chr-edits-excerpts.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-edits-excerpts"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-edits-private.h"

/* The edits that move excerpts between events: merge, split, detach, attach. */

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
    "UPDATE OR IGNORE annotation_passages SET annotation_id = ?1 WHERE annotation_id = ?2",
    "DELETE FROM annotation_passages WHERE annotation_id = ?2",
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

static const ChrEventRow *
find_row (GArray *rows,
          gint64  event_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, ChrEventRow, i).id == event_id)
      return &g_array_index (rows, ChrEventRow, i);
  return NULL;
}

/* Reads the events a merge joins, each once, with all their excerpts. */
static gboolean
read_merged (ChrPendingEdit  *edit,
             const gint64    *event_ids,
             guint            n_events,
             GArray          *rows,
             GArray          *anchors,
             GError         **error)
{
  for (guint i = 0; i < n_events; i++)
    {
      ChrEventRow row = { 0 };
      g_autoptr(GArray) own = NULL;

      if (find_row (rows, event_ids[i]) != NULL)
        continue;
      if (!_chr_edit_read_event (edit, event_ids[i], &row, error))
        return FALSE;
      g_array_append_val (rows, row);
      if (!(own = _chr_edit_event_anchors (edit->db, &row, error)) ||
          !_chr_edit_add_pins_of (edit, row.annotation_id, error))
        return FALSE;
      g_array_append_vals (anchors, own->data, own->len);
    }
  if (rows->len < 2)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("Choose at least two events to merge"));
  return TRUE;
}

/* The event of @rows that gives the merged one its title or date: @event_id, or the first. */
static const ChrEventRow *
choose_row (GArray  *rows,
            gint64   event_id,
            GError **error)
{
  const ChrEventRow *row = event_id == 0 ? &g_array_index (rows, ChrEventRow, 0) : find_row (rows, event_id);

  if (row == NULL)
    _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("The title and the date come from one of the merged events"));
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
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ChrEventRow));
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  g_auto(ChrPendingEdit) edit = { 0 };
  ChrEventChange change = { CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE | CHR_EVENT_CHANGE_APPROXIMATE };
  const ChrEventRow *named, *dated;
  gint64 target;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (event_ids != NULL || n_events == 0, FALSE);

  g_array_set_clear_func (rows, (GDestroyNotify) _chr_event_row_clear);
  if (!_chr_edit_begin (&edit, db, "merge", error) || !read_merged (&edit, event_ids, n_events, rows, anchors, error) ||
      !(named = choose_row (rows, title_from, error)) || !(dated = choose_row (rows, date_from, error)))
    return FALSE;
  scope_add_pins (edit.scope, anchors);
  if (!_chr_edit_keep_before (&edit, error))
    return FALSE;

  change.title = named->title;
  change.interval = dated->interval;
  change.period = (dated->flags & CHR_EVENT_FLAG_PERIOD) != 0;
  change.approximate = (dated->flags & CHR_EVENT_FLAG_APPROXIMATE) != 0;
  if (!(target = _chr_edit_ensure_annotation (&edit, &g_array_index (rows, ChrEventRow, 0), error)) ||
      !_chr_edit_write_change (db, target, &change, error) || !pin_all (db, anchors, target, error))
    return FALSE;
  for (guint i = 1; i < rows->len; i++)
    {
      gint64 other = g_array_index (rows, ChrEventRow, i).annotation_id;

      if (other != 0 && other != target && !absorb_annotation (db, target, other, error))
        return FALSE;
    }
  if (!_chr_edit_commit (&edit, TRUE, error))
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
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_GONE, _("That excerpt is no longer in the timeline"));
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
  g_auto(ChrEventRow) row = { 0 };
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autoptr(GArray) anchors = NULL;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  ChrEventChange change = { 0 };
  gint64 original, split;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!_chr_edit_begin (&edit, db, "split", error) || !_chr_edit_read_event (&edit, event_id, &row, error) ||
      !(anchors = _chr_edit_event_anchors (db, &row, error)))
    return FALSE;
  for (guint i = 0; i < n_excerpts; i++)
    {
      if (!contains_anchor (anchors, &excerpts[i]))
        return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("That excerpt is not one of the event’s"));
      if (!contains_anchor (chosen, &excerpts[i]))
        g_array_append_val (chosen, excerpts[i]);
    }
  for (guint i = 0; i < anchors->len; i++)
    if (!contains_anchor (chosen, &g_array_index (anchors, ChrAnchor, i)))
      g_array_append_val (kept, g_array_index (anchors, ChrAnchor, i));
  if (chosen->len == 0)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("Choose the excerpts that go to the new event"));
  if (kept->len == 0)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("Leave at least one excerpt in the event"));

  scope_add_pins (edit.scope, anchors);
  if (!_chr_edit_add_pins_of (&edit, row.annotation_id, error) || !_chr_edit_keep_before (&edit, error) ||
      !(original = _chr_edit_ensure_annotation (&edit, &row, error)) ||
      !(split = _chr_edit_insert_annotation (db, "extracted", &g_array_index (chosen, ChrAnchor, 0), error)))
    return FALSE;
  chr_user_scope_add_annotation (edit.scope, split);
  if (!read_excerpt_date (db, &g_array_index (chosen, ChrAnchor, 0), &change, error) ||
      !_chr_edit_write_change (db, split, &change, error) ||
      !set_anchor (db, original, &g_array_index (kept, ChrAnchor, 0), error) ||
      !pin_all (db, kept, original, error) || !pin_all (db, chosen, split, error) ||
      !_chr_edit_commit (&edit, TRUE, error))
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
  g_auto(ChrEventRow) row = { 0 };
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autoptr(GArray) anchors = NULL;
  const ChrAnchor *kept = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!_chr_edit_begin (&edit, db, "detach", error) || !_chr_edit_read_event (&edit, event_id, &row, error) ||
      !(anchors = _chr_edit_event_anchors (db, &row, error)))
    return FALSE;
  if (!contains_anchor (anchors, excerpt))
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("That excerpt is not one of the event’s"));
  for (guint i = 0; i < anchors->len && kept == NULL; i++)
    if (!chr_anchor_equal (&g_array_index (anchors, ChrAnchor, i), excerpt))
      kept = &g_array_index (anchors, ChrAnchor, i);
  if (kept == NULL)
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID,
                             _("An event keeps at least one excerpt; hide the event instead"));

  chr_user_scope_add_pin (edit.scope, excerpt);
  return _chr_edit_keep_before (&edit, error) &&
         (row.annotation_id == 0 || set_anchor (db, row.annotation_id, kept, error)) &&
         pin_excerpt (db, excerpt, 0, error) &&
         _chr_edit_commit (&edit, TRUE, error);
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
  g_auto(ChrEventRow) row = { 0 };
  g_auto(ChrPendingEdit) edit = { 0 };
  g_autoptr(GArray) own = NULL;
  ChrEventChange date = { 0 };
  gint64 target;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (excerpt != NULL, FALSE);

  if (!_chr_edit_begin (&edit, db, "attach", error) || !_chr_edit_read_event (&edit, event_id, &row, error) ||
      !read_excerpt_date (db, excerpt, &date, error) || !(own = _chr_edit_event_anchors (db, &row, error)))
    return FALSE;
  if (contains_anchor (own, excerpt))
    return _chr_edit_refuse (error, CHR_EDIT_ERROR_INVALID, _("That excerpt is already one of the event’s"));
  chr_user_scope_add_pin (edit.scope, excerpt);
  return _chr_edit_keep_before (&edit, error) &&
         (target = _chr_edit_ensure_annotation (&edit, &row, error)) != 0 &&
         pin_excerpt (db, excerpt, target, error) &&
         _chr_edit_commit (&edit, TRUE, error);
}
