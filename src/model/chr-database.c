/* chr-database.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-database"

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "chr-database-private.h"

G_DEFINE_FINAL_TYPE (ChrDatabase, chr_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (chr-database-error, chr_database_error)

/* What the extracted events were built with; when the engine changes, every
 * article is extracted again so nothing stale stays on the timeline. */
#define META_EXTRACTION_VERSION "extraction-version"

/* Each entry moves the schema one version forward; entry i yields version i + 1.
 * Never edit a shipped entry: add a new one. */
static const char * const migrations[] = {
  /* 1: articles, their sentences and date mentions, events and their sources. */
  "CREATE TABLE articles ("
  "  id          INTEGER PRIMARY KEY,"
  "  sha256      TEXT NOT NULL UNIQUE,"
  "  path        TEXT,"
  "  title       TEXT NOT NULL,"
  "  source      TEXT,"
  "  published   TEXT,"
  "  text        TEXT NOT NULL,"
  "  body_start  INTEGER NOT NULL,"
  "  body_end    INTEGER NOT NULL,"
  "  imported_at INTEGER NOT NULL"
  ");"
  "CREATE TABLE sentences ("
  "  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  idx         INTEGER NOT NULL,"
  "  start       INTEGER NOT NULL,"
  "  end         INTEGER NOT NULL,"
  "  PRIMARY KEY (article_id, idx)"
  ") WITHOUT ROWID;"
  "CREATE TABLE mentions ("
  "  id          INTEGER PRIMARY KEY,"
  "  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  sentence    INTEGER NOT NULL,"
  "  start       INTEGER NOT NULL,"
  "  end         INTEGER NOT NULL,"
  "  type        TEXT NOT NULL,"
  "  value       TEXT NOT NULL,"
  "  mod         TEXT,"
  "  resolved    INTEGER NOT NULL,"
  "  begin_time  INTEGER,"
  "  end_time    INTEGER,"
  "  granularity TEXT"
  ");"
  "CREATE INDEX mentions_article ON mentions (article_id);"
  "CREATE TABLE events ("
  "  id          INTEGER PRIMARY KEY,"
  "  title       TEXT NOT NULL,"
  "  value       TEXT NOT NULL,"
  "  begin_time  INTEGER NOT NULL,"
  "  end_time    INTEGER NOT NULL,"
  "  granularity TEXT NOT NULL,"
  "  importance  REAL NOT NULL DEFAULT 1,"
  "  origin      TEXT NOT NULL DEFAULT 'extracted'"
  ");"
  "CREATE INDEX events_begin ON events (begin_time);"
  "CREATE TABLE event_mentions ("
  "  event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  mention_id  INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (event_id, mention_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX event_mentions_mention ON event_mentions (mention_id);",

  /* 2: events merged across articles. Each dated statement is a candidate;
   * extracted events are rebuilt from the candidates whenever articles or
   * their dates change. What the user does lives apart, in user_edits, and
   * points at the text (article and byte offsets), which re-extraction
   * never changes. */
  "DROP TABLE event_mentions;"
  "DELETE FROM events;"
  "ALTER TABLE events ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE events ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 1;"
  "CREATE INDEX events_sources ON events (n_sources);"
  "CREATE TABLE candidates ("
  "  id           INTEGER PRIMARY KEY,"
  "  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  mention_id   INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,"
  "  sentence     INTEGER NOT NULL,"
  "  phrase_start INTEGER NOT NULL,"
  "  phrase_end   INTEGER NOT NULL,"
  "  begin_time   INTEGER NOT NULL,"
  "  end_time     INTEGER NOT NULL,"
  "  granularity  TEXT NOT NULL,"
  "  flags        INTEGER NOT NULL DEFAULT 0,"
  "  label        TEXT NOT NULL,"
  "  terms        TEXT NOT NULL"
  ");"
  "CREATE INDEX candidates_article ON candidates (article_id);"
  "CREATE INDEX candidates_mention ON candidates (mention_id);"
  "CREATE TABLE event_candidates ("
  "  event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (event_id, candidate_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX event_candidates_candidate ON event_candidates (candidate_id);"
  "CREATE TABLE user_edits ("
  "  id             INTEGER PRIMARY KEY,"
  "  kind           TEXT NOT NULL,"
  "  anchor_article INTEGER REFERENCES articles (id) ON DELETE CASCADE,"
  "  anchor_start   INTEGER,"
  "  anchor_end     INTEGER,"
  "  payload        TEXT NOT NULL DEFAULT '{}',"
  "  created_at     INTEGER NOT NULL,"
  "  undone         INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;",

  /* 3: the user's layer. An annotation is the user's hand on one event:
   * one they made, or an extracted one they changed, found again after every
   * rebuild by its anchor (an excerpt: article and byte span of its date
   * phrase, which re-extraction never moves). NULL fields keep what
   * extraction says. Excerpts the user moved (merge, split, attach, detach)
   * are pinned to their annotation. The history holds every edit as the
   * user-layer rows it touched, before and after, so undo and redo are
   * unlimited and survive a restart. Nothing here refers to extraction's
   * rows, so an anchor whose article is gone is kept and listed. */
  "DROP TABLE user_edits;"
  "CREATE TABLE annotations ("
  "  id             INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  origin         TEXT NOT NULL,"
  "  anchor_article INTEGER,"
  "  anchor_start   INTEGER,"
  "  anchor_end     INTEGER,"
  "  title          TEXT,"
  "  begin_time     INTEGER,"
  "  end_time       INTEGER,"
  "  granularity    TEXT,"
  "  period         INTEGER,"
  "  approximate    INTEGER,"
  "  starred        INTEGER NOT NULL DEFAULT 0,"
  "  hidden         INTEGER NOT NULL DEFAULT 0,"
  "  note           TEXT,"
  "  created_at     INTEGER NOT NULL"
  ");"
  "CREATE INDEX annotations_anchor ON annotations (anchor_article, anchor_start);"
  "CREATE TABLE annotation_excerpts ("
  "  article_id     INTEGER NOT NULL,"
  "  phrase_start   INTEGER NOT NULL,"
  "  phrase_end     INTEGER NOT NULL,"
  "  annotation_id  INTEGER,"
  "  PRIMARY KEY (article_id, phrase_start, phrase_end)"
  ") WITHOUT ROWID;"
  "CREATE TABLE tags ("
  "  id             INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name           TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  color          INTEGER NOT NULL DEFAULT 1"
  ");"
  "CREATE TABLE annotation_tags ("
  "  annotation_id  INTEGER NOT NULL,"
  "  tag_id         INTEGER NOT NULL,"
  "  PRIMARY KEY (annotation_id, tag_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE history ("
  "  id             INTEGER PRIMARY KEY,"
  "  label          TEXT NOT NULL,"
  "  before         TEXT NOT NULL,"
  "  after          TEXT NOT NULL,"
  "  created_at     INTEGER NOT NULL,"
  "  undone         INTEGER NOT NULL DEFAULT 0"
  ");"
  /* What undo and redo would take back, found without reading the rows. */
  "CREATE INDEX history_undone ON history (undone, id, label);"
  "ALTER TABLE events ADD COLUMN annotation_id INTEGER;"
  "ALTER TABLE events ADD COLUMN note TEXT;"
  "CREATE INDEX events_annotation ON events (annotation_id);",

  /* 4: full-text search. External-content FTS5 tables, so the text is
   * stored once: articles (title, text) and events (title, note; the events
   * row holds the user's title and note as the layer laid them on). Triggers
   * keep them in step with every write, the rebuild of the events included
   * (it deletes and inserts rows); an update that changes neither column
   * leaves the index alone. Case and diacritics are folded; prefixes of two
   * and three characters have their own index (the articles' until version
   * 7). Titles weigh more. */
  "CREATE VIRTUAL TABLE articles_fts USING fts5 ("
  "  title, text, content = 'articles', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
  ");"
  "INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');"
  CHR_ARTICLES_FTS_INSERT_TRIGGER ";"
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
  " END;"
  "CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles"
  " WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.text IS NOT new.text BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
  "  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);"
  " END;"
  "CREATE VIRTUAL TABLE events_fts USING fts5 ("
  "  title, note, content = 'events', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
  ");"
  "INSERT INTO events_fts (events_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');"
  CHR_EVENTS_FTS_INSERT_TRIGGER ";"
  CHR_EVENTS_FTS_DELETE_TRIGGER ";"
  "CREATE TRIGGER events_fts_update AFTER UPDATE OF id, title, note ON events"
  " WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.note IS NOT new.note BEGIN"
  "  INSERT INTO events_fts (events_fts, rowid, title, note) VALUES ('delete', old.id, old.title, old.note);"
  "  INSERT INTO events_fts (rowid, title, note) VALUES (new.id, new.title, new.note);"
  " END;"
  "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');"
  "INSERT INTO events_fts (events_fts) VALUES ('rebuild');",

  /* 5: passages. Words of an article the user chose as the excerpt of an
   * event they made (a selection in the reader): bytes [start, end) of its
   * text, and the date phrase in them if any (else an empty span at start).
   * Part of the user's layer, anchored on the text as the rest of it is. */
  "CREATE TABLE annotation_passages ("
  "  annotation_id  INTEGER NOT NULL,"
  "  article_id     INTEGER NOT NULL,"
  "  start          INTEGER NOT NULL,"
  "  end            INTEGER NOT NULL,"
  "  phrase_start   INTEGER NOT NULL,"
  "  phrase_end     INTEGER NOT NULL,"
  "  PRIMARY KEY (annotation_id, article_id, start, end)"
  ") WITHOUT ROWID;",

  /* 6: where an article was published and by whom, from the files that say
   * so (JSON, HTML); an article of a URL already there replaces it when its
   * text is newer. Each candidate knows the line of text it comes from, so
   * that lines a source repeats in many articles (share prompts, sidebars,
   * print notes) are left out of the events. */
  "ALTER TABLE articles ADD COLUMN url TEXT;"
  "ALTER TABLE articles ADD COLUMN author TEXT;"
  "CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;"
  "ALTER TABLE candidates ADD COLUMN line_hash INTEGER NOT NULL DEFAULT 0;",

  /* 7: the articles' search index without prefix indexes. They tripled
   * what an import writes to the index, for queries of two or three
   * letters only, which FTS5 answers from the words' own index too. The
   * triggers name the table, so they stay. */
  "DROP TABLE articles_fts;"
  "CREATE VIRTUAL TABLE articles_fts USING fts5 ("
  "  title, text, content = 'articles', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");"
  "INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');"
  "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CHR_DATABASE_SCHEMA_VERSION);

/* How long a connection waits for another program to finish writing
 * before it says the timeline is busy. */
#define BUSY_TIMEOUT_MS 5000

/* What tests set (chr_database_set_test_busy_timeout()); 0 for none. */
static gint test_busy_timeout;
static gint test_max_page_count;

static void
read_test_limits (void)
{
  static gsize limits_read;

  if (g_once_init_enter (&limits_read))
    {
      const char *busy = g_getenv ("CHRONICLE_TEST_BUSY_TIMEOUT");
      const char *pages = g_getenv ("CHRONICLE_TEST_MAX_PAGE_COUNT");

      if (busy != NULL)
        g_atomic_int_set (&test_busy_timeout, (gint) g_ascii_strtoull (busy, NULL, 10));
      if (pages != NULL)
        g_atomic_int_set (&test_max_page_count, (gint) g_ascii_strtoull (pages, NULL, 10));
      g_once_init_leave (&limits_read, 1);
    }
}

void
chr_database_set_test_busy_timeout (guint msec)
{
  read_test_limits ();
  g_atomic_int_set (&test_busy_timeout, (gint) msec);
}

void
chr_database_set_test_max_page_count (guint n_pages)
{
  read_test_limits ();
  g_atomic_int_set (&test_max_page_count, (gint) n_pages);
}

static gboolean
can_write (const char *path)
{
  return g_access (path, W_OK) == 0;
}

/* Why a timeline cannot be changed, said so that the person can fix it:
 * the file is read-only, or its folder is, where SQLite makes the files
 * a write needs beside the timeline (-wal and -shm). */
static void
set_read_only_error (ChrDatabase  *self,
                     int           extended,
                     GError      **error)
{
  const char *path = self->path;
  g_autofree char *folder = g_path_get_dirname (path);
  gboolean folder_first = extended == SQLITE_READONLY_DIRECTORY || extended == SQLITE_READONLY_CANTINIT;

  if (!folder_first && g_file_test (path, G_FILE_TEST_EXISTS) && !can_write (path))
    g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_READ_ONLY,
                 _("The timeline “%s” cannot be changed: the file is read-only."), path);
  else if (!can_write (folder))
    g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_READ_ONLY,
                 _("The timeline “%s” cannot be changed: the folder “%s” is read-only."), path, folder);
  else
    g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_READ_ONLY,
                 _("The timeline “%s” cannot be changed: it is open for reading only."), path);
}

/* Every failure SQLite reports becomes one of ours here, in words for the
 * person using the app; SQLite's own words go to the debug log. */
static gboolean
set_error_from_sqlite (ChrDatabase  *self,
                       int           rc,
                       GError      **error)
{
  const char *path = self->path ? self->path : "";
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int extended = self->db && (sqlite3_extended_errcode (self->db) & 0xff) == (rc & 0xff)
                 ? sqlite3_extended_errcode (self->db) : rc;
  int system_errno = self->db ? sqlite3_system_errno (self->db) : 0;
  const char *reason = system_errno != 0 ? g_strerror (system_errno) : detail;

  g_debug ("%s: %s (SQLite code %d, system error %d)", path, detail, extended, system_errno);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT,
                   _("“%s” is not a Chronicle timeline, or it is damaged, and cannot be opened."), path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT,
                   _("The timeline “%s” is damaged and cannot be opened."), path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_BUSY,
                   _("The timeline “%s” is busy: another program is writing to it. Try again when it is done."),
                   path);
      break;
    case SQLITE_FULL:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FULL,
                   _("There is no space left on the disk for the timeline “%s”. Free some space and try again."),
                   path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      set_read_only_error (self, extended, error);
      break;
    case SQLITE_IOERR:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_IO,
                   _("The timeline “%s” could not be read or written: %s."), path, reason);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_OPEN,
                   _("The timeline “%s” cannot be opened: %s."), path, reason);
      break;
    default:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FAILED,
                   _("Database error in “%s”: %s"), path, detail);
      break;
    }
  return FALSE;
}

/**
 * chr_database_error_is_fault:
 * @error: (nullable): an error
 *
 * Whether @error is about the timeline's file itself (busy, full,
 * read-only, damaged, from a newer Chronicle, unreadable) rather than about
 * one article, event or edit: work that meets one stops, and takes back
 * whatever it wrote, since what follows would fail the same way.
 */
gboolean
chr_database_error_is_fault (const GError *error)
{
  return error != NULL && error->domain == CHR_DATABASE_ERROR && error->code != CHR_DATABASE_ERROR_NOT_FOUND;
}

static gboolean
exec (ChrDatabase  *self,
      const char   *sql,
      GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_error_from_sqlite (self, rc, error);
  return TRUE;
}

static sqlite3_stmt *
prepare (ChrDatabase  *self,
         const char   *sql,
         GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (self, rc, error);
      return NULL;
    }
  return stmt;
}

/**
 * chr_database_prepare_cached:
 * @self: a #ChrDatabase
 * @sql: a statement, a string that lives as long as @self (a literal)
 * @error: return location for a #GError
 *
 * A statement that work repeated for every article runs: prepared once per
 * connection, reset for each use. The connection owns it: do not finalize
 * it, and reset it (chr_database_step_done() does) before leaving it.
 *
 * Returns: (transfer none) (nullable): the statement, its bindings cleared
 */
sqlite3_stmt *
chr_database_prepare_cached (ChrDatabase  *self,
                             const char   *sql,
                             GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (!(stmt = prepare (self, sql, error)))
    return NULL;
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
chr_database_exec (ChrDatabase  *self,
                   const char   *sql,
                   GError      **error)
{
  return exec (self, sql, error);
}

sqlite3_stmt *
chr_database_prepare (ChrDatabase  *self,
                      const char   *sql,
                      GError      **error)
{
  return prepare (self, sql, error);
}

gboolean
chr_database_set_sqlite_error (ChrDatabase  *self,
                               int           rc,
                               GError      **error)
{
  return set_error_from_sqlite (self, rc, error);
}

/* After a bulk transaction, outside any. */
static void
check_keys_again (ChrDatabase *self)
{
  if (self->keys_unchecked && self->depth == 0)
    {
      sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
      self->keys_unchecked = FALSE;
    }
}

/**
 * chr_database_begin:
 * @self: a #ChrDatabase
 * @error: return location for a #GError
 *
 * Starts a transaction that writes, or, inside one already begun, a
 * savepoint: an edit made of several steps that each begin their own is
 * still wholly there or wholly absent.
 */
gboolean
chr_database_begin (ChrDatabase  *self,
                    GError      **error)
{
  g_autofree char *savepoint = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    {
      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else if (sqlite3_get_autocommit (self->db))
    {
      /* SQLite may roll a whole transaction back on its own after a full
       * disk or a failed write. A savepoint now would begin another, and
       * the rest of the change would be committed without its beginning. */
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FAILED,
                   _("The change to the timeline “%s” was taken back after an earlier error."), self->path);
      return FALSE;
    }
  else
    {
      savepoint = g_strdup_printf ("SAVEPOINT chr%d", self->depth);
      if (!exec (self, savepoint, error))
        return FALSE;
    }
  self->depth++;
  return TRUE;
}

/**
 * chr_database_begin_bulk:
 * @self: a #ChrDatabase
 * @error: return location for a #GError
 *
 * Starts a transaction, as chr_database_begin(), in which foreign keys
 * are not checked row by row: for an import, which writes whole articles
 * with everything that hangs on them, and whose deletes remove what
 * depends on the rows they delete themselves (chr_database_remove_article(),
 * chr_database_begin_events_rewrite()). Checking every row cost a sixth of an
 * import. The transaction's end turns the checks back on; inside another
 * transaction, it is an ordinary savepoint.
 */
gboolean
chr_database_begin_bulk (ChrDatabase  *self,
                         GError      **error)
{
  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    {
      if (!exec (self, "PRAGMA foreign_keys = OFF", error))
        return FALSE;
      self->keys_unchecked = TRUE;
    }
  if (!chr_database_begin (self, error))
    {
      check_keys_again (self);
      return FALSE;
    }
  return TRUE;
}

gboolean
chr_database_commit (ChrDatabase  *self,
                     GError      **error)
{
  g_autofree char *release = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    {
      if (!exec (self, "COMMIT", error))
        return FALSE;
      self->depth--;
      check_keys_again (self);
      return TRUE;
    }
  else
    {
      release = g_strdup_printf ("RELEASE chr%d", self->depth - 1);
      if (!exec (self, release, error))
        return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
chr_database_rollback (ChrDatabase *self)
{
  g_autofree char *undo = NULL;

  g_return_if_fail (CHR_IS_DATABASE (self));

  if (self->depth == 0)
    return;
  self->depth--;
  if (self->depth == 0)
    {
      /* Fails harmlessly when SQLite already rolled back on its own. */
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      check_keys_again (self);
      return;
    }
  undo = g_strdup_printf ("ROLLBACK TO chr%d; RELEASE chr%d", self->depth, self->depth);
  sqlite3_exec (self->db, undo, NULL, NULL, NULL);
}

/* The file's format, refused when a newer Chronicle wrote it. */
static gboolean
read_schema_version (ChrDatabase  *self,
                     int          *version,
                     GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  if (!(stmt = prepare (self, "PRAGMA user_version", error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_error_from_sqlite (self, rc, error);
  *version = sqlite3_column_int (stmt, 0);

  if (*version > CHR_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_SCHEMA_TOO_NEW,
                   _("The timeline “%s” was written by a newer version of Chronicle (format %d; this version "
                     "reads up to %d). It was left as it is: open it with the newer version."),
                   self->path, *version, CHR_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (ChrDatabase  *self,
         GError      **error)
{
  int version;

  if (!read_schema_version (self, &version, error))
    return FALSE;

  while (version < CHR_DATABASE_SCHEMA_VERSION)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!chr_database_begin (self, error))
        return FALSE;
      if (!exec (self, migrations[version], error) || !exec (self, bump, error) || !chr_database_commit (self, error))
        {
          chr_database_rollback (self);
          return FALSE;
        }
      version++;
    }

  self->schema_version = version;
  return TRUE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
chr_database_finalize (GObject *object)
{
  ChrDatabase *self = (ChrDatabase *) object;

  /* Every statement goes before the connection can. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (chr_database_parent_class)->finalize (object);
}

static void
chr_database_class_init (ChrDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = chr_database_finalize;
}

static void
chr_database_init (ChrDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
}

static gboolean
open_file (ChrDatabase  *self,
           const char   *name,
           int           flags,
           GError      **error)
{
  gint busy_timeout;
  int rc;

  g_clear_pointer (&self->db, sqlite3_close_v2);
  rc = sqlite3_open_v2 (name, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_sqlite (self, rc, error);
  sqlite3_extended_result_codes (self->db, 1);
  read_test_limits ();
  busy_timeout = g_atomic_int_get (&test_busy_timeout);
  sqlite3_busy_timeout (self->db, busy_timeout > 0 ? busy_timeout : BUSY_TIMEOUT_MS);
  chr_database_add_functions (self);
  return TRUE;
}

/* A timeline in WAL mode is read with the help of a file beside it (-shm)
 * that a folder nobody can write to cannot hold. Nothing can write the
 * timeline there either, so it is read as the file holds it. */
static gboolean
reopen_immutable (ChrDatabase  *self,
                  int          *version,
                  GError      **error)
{
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);

  return open_file (self, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, error) &&
         read_schema_version (self, version, error);
}

/* A connection for one thread, with what every connection here wants, and
 * the file's schema version, read before anything is written to it: a
 * file from a newer Chronicle, or not a timeline, is refused untouched. */
static ChrDatabase *
open_connection (const char  *path,
                 int          flags,
                 int         *version,
                 GError     **error)
{
  g_autoptr(ChrDatabase) self = g_object_new (CHR_TYPE_DATABASE, NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  gint max_pages;

  self->path = g_strdup (path);
  if (!open_file (self, path, flags, error))
    return NULL;
  if (!read_schema_version (self, version, &local_error))
    {
      if (!g_error_matches (local_error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_READ_ONLY) || can_write (folder))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!reopen_immutable (self, version, error))
        return NULL;
    }

  /* The file is read through SQLite's own cache, not mapped into memory:
   * a mapping grows with every page read (a rebuild reads every candidate)
   * and was no faster here. */
  if ((max_pages = g_atomic_int_get (&test_max_page_count)) > 0)
    {
      g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %d", max_pages);

      if (!exec (self, limit, error))
        return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * chr_database_open:
 * @path: a file name, or ":memory:"
 * @error: return location for a #GError
 *
 * Opens (creating it if needed) a timeline database and brings its schema up
 * to date. One connection per thread: open another for a worker. A file
 * that cannot be written is opened for reading, and what would write to it
 * fails with %CHR_DATABASE_ERROR_READ_ONLY.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
ChrDatabase *
chr_database_open (const char  *path,
                   GError     **error)
{
  g_autoptr(ChrDatabase) self = NULL;
  int version;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(self = open_connection (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &version, error)) ||
      !exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * chr_database_open_for_reading:
 * @path: a timeline file that chr_database_open() has brought up to date
 * @error: return location for a #GError
 *
 * Opens a second connection that only reads: for a worker that loads what
 * another connection wrote. It never creates, migrates or writes the file,
 * so a file that went away or was replaced is reported, not remade.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
ChrDatabase *
chr_database_open_for_reading (const char  *path,
                               GError     **error)
{
  g_autoptr(ChrDatabase) self = NULL;
  int version;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(self = open_connection (path, SQLITE_OPEN_READONLY, &version, error)))
    return NULL;
  if (version != CHR_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT,
                   _("“%s” is no longer the timeline that was opened"), path);
      return NULL;
    }

  self->schema_version = version;
  return g_steal_pointer (&self);
}

/**
 * chr_database_get_default_path:
 *
 * Where the timeline lives unless told otherwise: in the user's data folder.
 *
 * Returns: (transfer full): a file name
 */
char *
chr_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "chronicle", "timeline.db", NULL);
}

const char *
chr_database_get_path (ChrDatabase *self)
{
  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  return self->path;
}

int
chr_database_get_schema_version (ChrDatabase *self)
{
  g_return_val_if_fail (CHR_IS_DATABASE (self), 0);

  return self->schema_version;
}

void
chr_database_bind_text_or_null (sqlite3_stmt *stmt,
                                int           index,
                                const char   *text)
{
  if (text)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
chr_database_step_done (ChrDatabase   *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_error_from_sqlite (self, rc, error);
  return TRUE;
}

char *
chr_database_column_strdup (sqlite3_stmt *stmt,
                            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/**
 * chr_database_get_data_version:
 * @self: a #ChrDatabase
 *
 * A number that changes when another connection (another process, say)
 * commits a change to the file: what tells a window to read it again.
 *
 * Returns: PRAGMA data_version, or -1 on an error
 */
gint64
chr_database_get_data_version (ChrDatabase *self)
{
  g_autoptr(ChrStmt) stmt = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), -1);

  if (!(stmt = prepare (self, "PRAGMA data_version", NULL)) || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* A query on one of the schema's tables, BEFORE the table's name AFTER,
 * and its single number; -1 for a table it does not have. */
static gint64
query_table (ChrDatabase *self,
             const char  *before,
             const char  *table,
             const char  *after)
{
  static const char * const tables[] = {
    "articles", "sentences", "mentions", "candidates", "events", "event_candidates", "annotations", "tags", "history",
  };
  g_autoptr(ChrStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0)
      {
        sql = g_strconcat (before, tables[i], after, NULL);
        break;
      }
  if (sql == NULL || !(stmt = prepare (self, sql, NULL)) || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* Rows in one of the schema's tables; -1 for a table it does not have. */
gint64
chr_database_count (ChrDatabase *self,
                    const char  *table)
{
  g_return_val_if_fail (CHR_IS_DATABASE (self), -1);

  return query_table (self, "SELECT count (*) FROM ", table, "");
}

/* Whether one of the schema's tables has any row: at once, however large. */
gboolean
chr_database_has_rows (ChrDatabase *self,
                       const char  *table)
{
  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);

  return query_table (self, "SELECT EXISTS (SELECT 1 FROM ", table, ")") > 0;
}

/* The version of extraction the stored candidates were made by, or 0. */
int
chr_database_get_extraction_version (ChrDatabase *self)
{
  g_autoptr(ChrStmt) stmt = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), 0);

  if (!(stmt = prepare (self, "SELECT value FROM meta WHERE key = '" META_EXTRACTION_VERSION "'", NULL)) ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return (int) g_ascii_strtoll ((const char *) sqlite3_column_text (stmt, 0), NULL, 10);
}

gboolean
chr_database_set_extraction_version (ChrDatabase  *self,
                                     int           version,
                                     GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);

  if (!(stmt = prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES ('" META_EXTRACTION_VERSION "', ?)",
                        error)))
    return FALSE;
  sqlite3_bind_int (stmt, 1, version);
  return chr_database_step_done (self, stmt, error);
}
