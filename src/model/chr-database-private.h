/* chr-database-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "chr-database.h"
#include "chr-user-layer.h"

G_BEGIN_DECLS

/* What the units that store parts of a timeline (its events, the user's
 * layer, the history of edits) share: one connection and its helpers. */
struct _ChrDatabase
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  int      schema_version;
  int      depth;                  /* transactions begun and not ended */
  gboolean keys_unchecked;         /* foreign keys off for a bulk transaction (chr_database_begin_bulk()) */
  GHashTable *statements;          /* SQL → sqlite3_stmt: those run once per article, kept prepared */
  ChrCandidateGroupFunc group_of;  /* what chr_group_of () calls in SQL, while candidates are read by groups */
  gpointer group_data;
};

void     chr_database_add_functions (ChrDatabase  *self);

gboolean chr_database_begin_bulk (ChrDatabase  *self,
                                  GError      **error);

/* What indexes each article as it is stored; an import drops it for its
 * transaction and indexes its articles at once (chr-import-run.c). */
#define CHR_ARTICLES_FTS_INSERT_TRIGGER \
  "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN" \
  "  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);" \
  " END"

/* What keeps the events' search index in step, row by row; a rebuild of
 * the events, which rewrites them all, drops them and indexes the new
 * events at once (chr-database-events.c). */
#define CHR_EVENTS_FTS_INSERT_TRIGGER \
  "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN" \
  "  INSERT INTO events_fts (rowid, title, note) VALUES (new.id, new.title, new.note);" \
  " END"
#define CHR_EVENTS_FTS_DELETE_TRIGGER \
  "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN" \
  "  INSERT INTO events_fts (events_fts, rowid, title, note) VALUES ('delete', old.id, old.title, old.note);" \
  " END"

typedef sqlite3_stmt ChrStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrStmt, sqlite3_finalize)

gboolean      chr_database_exec            (ChrDatabase   *self,
                                            const char    *sql,
                                            GError       **error);
sqlite3_stmt *chr_database_prepare         (ChrDatabase   *self,
                                            const char    *sql,
                                            GError       **error);
sqlite3_stmt *chr_database_prepare_cached  (ChrDatabase   *self,
                                            const char    *sql,
                                            GError       **error);
gboolean      chr_database_step_done       (ChrDatabase   *self,
                                            sqlite3_stmt  *stmt,
                                            GError       **error);
gboolean      chr_database_set_sqlite_error (ChrDatabase  *self,
                                            int            rc,
                                            GError       **error);
void          chr_database_bind_text_or_null (sqlite3_stmt *stmt,
                                            int            index,
                                            const char    *text);
gboolean      chr_database_insert_user_event (ChrDatabase        *self,
                                            const ChrAnnotation *annotation,
                                            gint64             *event_id,
                                            GError            **error);
char         *chr_database_column_strdup   (sqlite3_stmt  *stmt,
                                            int            column);
JsonArray    *chr_database_read_row        (sqlite3_stmt  *stmt);
gboolean      chr_database_insert_rows     (ChrDatabase   *self,
                                            const char    *table,
                                            JsonArray     *columns,
                                            JsonArray     *rows,
                                            gboolean       replace,
                                            GError       **error);
char         *chr_database_event_value     (const ChrInterval *interval,
                                            guint          flags);

/* For tests, which make the faults of a file on purpose: what every
 * connection opened from then on gets. How long it waits for another
 * program's write (0: the usual few seconds), and how many pages the file
 * may hold (0: no limit; anything under its size: it cannot grow, as on a
 * full disk). The environment variables CHRONICLE_TEST_BUSY_TIMEOUT (ms)
 * and CHRONICLE_TEST_MAX_PAGE_COUNT set them for a process a test starts,
 * such as chronicle-cli. */
void          chr_database_set_test_busy_timeout   (guint  msec);
void          chr_database_set_test_max_page_count (guint  n_pages);

G_END_DECLS
