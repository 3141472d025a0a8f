/* chr-edits-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "chr-database-private.h"
#include "chr-edits.h"
#include "chr-user-store.h"

G_BEGIN_DECLS

/* What the units that make edits (of events, of excerpts, of tags) share:
 * an edit under way, and the rows it reads. */

/* One edit under way: a transaction, and the rows of the user's layer it
 * touches as they were before it, for the history. */
typedef struct
{
  ChrDatabase  *db;
  const char   *kind;
  ChrUserScope *scope;
  JsonNode     *before;
  /* What an edit of an article (its date, its removal) changed outside the
   * user's layer, kept in the history under @article_key. */
  const char   *article_key;
  JsonNode     *article_before;
  JsonNode     *article_after;
} ChrPendingEdit;

/* An event's row as the user's layer needs it. */
typedef struct
{
  gint64      id;
  gint64      annotation_id;
  guint       flags;
  char       *title;
  ChrInterval interval;
} ChrEventRow;

gboolean  _chr_edit_begin              (ChrPendingEdit        *edit,
                                        ChrDatabase           *db,
                                        const char            *kind,
                                        GError               **error);
gboolean  _chr_edit_keep_before        (ChrPendingEdit        *edit,
                                        GError               **error);
void      _chr_edit_clear              (ChrPendingEdit        *edit);
gboolean  _chr_edit_commit             (ChrPendingEdit        *edit,
                                        gboolean               rebuild,
                                        GError               **error);
gboolean  _chr_edit_refuse             (GError               **error,
                                        ChrEditError           code,
                                        const char            *message);
gboolean  _chr_edit_restore_article    (ChrDatabase           *db,
                                        JsonObject            *state,
                                        GError               **error);
void      _chr_event_row_clear         (ChrEventRow           *row);
GArray   *_chr_edit_event_anchors      (ChrDatabase           *db,
                                        const ChrEventRow     *row,
                                        GError               **error);
gint64    _chr_edit_insert_annotation  (ChrDatabase           *db,
                                        const char            *origin,
                                        const ChrAnchor       *anchor,
                                        GError               **error);
gint64    _chr_edit_ensure_annotation  (ChrPendingEdit        *edit,
                                        ChrEventRow           *row,
                                        GError               **error);
gboolean  _chr_edit_is_blank           (const char            *text);
gboolean  _chr_edit_write_change       (ChrDatabase           *db,
                                        gint64                 annotation_id,
                                        const ChrEventChange  *change,
                                        GError               **error);
gboolean  _chr_edit_read_event         (ChrPendingEdit        *edit,
                                        gint64                 event_id,
                                        ChrEventRow           *row,
                                        GError               **error);
gboolean  _chr_edit_update_event_row   (ChrDatabase           *db,
                                        const ChrEventRow     *row,
                                        GError               **error);
gboolean  _chr_edit_add_pins_of        (ChrPendingEdit        *edit,
                                        gint64                 annotation_id,
                                        GError               **error);
gint64    _chr_edit_find_or_create_tag (ChrPendingEdit        *edit,
                                        const char            *name,
                                        GError               **error);
gboolean  _chr_edit_link_tag           (ChrDatabase           *db,
                                        gint64                 annotation_id,
                                        gint64                 tag_id,
                                        gboolean               add,
                                        GError               **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChrPendingEdit, _chr_edit_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChrEventRow, _chr_event_row_clear)

G_END_DECLS
