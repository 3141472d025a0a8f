/* chr-database.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-database"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-database.h"

struct _ChrDatabase
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  int      schema_version;
};

G_DEFINE_FINAL_TYPE (ChrDatabase, chr_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (chr-database-error, chr_database_error)

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
};

static gboolean
set_error_from_sqlite (ChrDatabase  *self,
                       int           rc,
                       GError      **error)
{
  const char *path = self->path ? self->path : "";
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT,
                   _("“%s” is not a Chronicle timeline or is damaged (%s)"), path, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_BUSY,
                   _("“%s” is in use by another program; try again when it is closed"), path);
      break;
    case SQLITE_FULL:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FULL,
                   _("The disk holding “%s” is full; nothing was changed"), path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_READ_ONLY,
                   _("“%s” cannot be written to"), path);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_OPEN,
                   _("Could not open “%s” (%s)"), path, detail);
      break;
    default:
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FAILED,
                   _("Database error in “%s”: %s"), path, detail);
      break;
    }
  return FALSE;
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

typedef sqlite3_stmt ChrStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrStmt, sqlite3_finalize)

static void
rollback (ChrDatabase *self)
{
  /* Fails harmlessly when SQLite already rolled back on its own. */
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
migrate (ChrDatabase  *self,
         GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int version;
  int rc;

  if (!(stmt = prepare (self, "PRAGMA user_version", error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_error_from_sqlite (self, rc, error);
  version = sqlite3_column_int (stmt, 0);

  if (version > CHR_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was written by a newer version of Chronicle (format %d; this version reads up to %d)"),
                   self->path, version, CHR_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }

  while (version < CHR_DATABASE_SCHEMA_VERSION)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec (self, migrations[version], error) || !exec (self, bump, error) || !exec (self, "COMMIT", error))
        {
          rollback (self);
          return FALSE;
        }
      version++;
    }

  self->schema_version = version;
  return TRUE;
}

static void
chr_database_finalize (GObject *object)
{
  ChrDatabase *self = (ChrDatabase *) object;

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
}

/**
 * chr_database_open:
 * @path: a file name, or ":memory:"
 * @error: return location for a #GError
 *
 * Opens (creating it if needed) a timeline database and brings its schema up
 * to date. One connection per thread: open another for a worker.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
ChrDatabase *
chr_database_open (const char  *path,
                   GError     **error)
{
  g_autoptr(ChrDatabase) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CHR_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (self, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  /* Reading the schema version first tells a foreign or damaged file apart
   * before anything is written to it. */
  if (!exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !migrate (self, error))
    return NULL;

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

gboolean
chr_database_has_article (ChrDatabase  *self,
                          const char   *sha256,
                          gint64       *article_id,
                          GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sha256 != NULL, FALSE);

  if (!(stmt = prepare (self, "SELECT id FROM articles WHERE sha256 = ?", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (article_id)
        *article_id = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    set_error_from_sqlite (self, rc, error);
  return FALSE;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
step_done (ChrDatabase   *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_error_from_sqlite (self, rc, error);
  return TRUE;
}

/* Sentences, mentions, events and their links for an article already stored. */
static gboolean
insert_extraction (ChrDatabase       *self,
                   gint64             id,
                   const ChrArticle  *article,
                   GError           **error)
{
  g_autoptr(ChrStmt) ins_sentence = NULL;
  g_autoptr(ChrStmt) ins_mention = NULL;
  g_autoptr(ChrStmt) ins_event = NULL;
  g_autoptr(ChrStmt) ins_link = NULL;
  g_autofree gint64 *mention_ids = NULL;

  if (!(ins_sentence = prepare (self, "INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)",
                                error)) ||
      !(ins_mention = prepare (self,
                               "INSERT INTO mentions (article_id, sentence, start, end, type, value, mod,"
                               " resolved, begin_time, end_time, granularity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error)) ||
      !(ins_event = prepare (self,
                             "INSERT INTO events (title, value, begin_time, end_time, granularity, importance)"
                             " VALUES (?, ?, ?, ?, ?, 1)",
                             error)) ||
      !(ins_link = prepare (self, "INSERT INTO event_mentions (event_id, mention_id) VALUES (?, ?)", error)))
    return FALSE;

  for (guint i = 0; article->sentences && i < article->sentences->len; i++)
    {
      const ChrSpan *span = &g_array_index (article->sentences, ChrSpan, i);

      sqlite3_bind_int64 (ins_sentence, 1, id);
      sqlite3_bind_int (ins_sentence, 2, (int) i);
      sqlite3_bind_int64 (ins_sentence, 3, (gint64) span->start);
      sqlite3_bind_int64 (ins_sentence, 4, (gint64) span->end);
      if (!step_done (self, ins_sentence, error))
        return FALSE;
    }

  mention_ids = g_new0 (gint64, article->mentions ? article->mentions->len + 1 : 1);
  for (guint i = 0; article->mentions && i < article->mentions->len; i++)
    {
      const ChrTimex *timex = &g_array_index (article->mentions, ChrTimex, i);
      guint sentence = 0;

      /* The sentence that holds the mention; both arrays are sorted by offset. */
      while (article->sentences && sentence + 1 < article->sentences->len &&
             g_array_index (article->sentences, ChrSpan, sentence).end <= timex->start)
        sentence++;

      sqlite3_bind_int64 (ins_mention, 1, id);
      sqlite3_bind_int (ins_mention, 2, (int) sentence);
      sqlite3_bind_int64 (ins_mention, 3, (gint64) timex->start);
      sqlite3_bind_int64 (ins_mention, 4, (gint64) timex->end);
      sqlite3_bind_text (ins_mention, 5, chr_timex_type_to_string (timex->type), -1, SQLITE_STATIC);
      sqlite3_bind_text (ins_mention, 6, timex->value, -1, SQLITE_STATIC);
      bind_text_or_null (ins_mention, 7, timex->mod == CHR_TIMEX_MOD_NONE ? NULL : chr_timex_mod_to_string (timex->mod));
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
      if (!step_done (self, ins_mention, error))
        return FALSE;
      mention_ids[i] = sqlite3_last_insert_rowid (self->db);
    }

  for (guint i = 0; article->events && i < article->events->len; i++)
    {
      const ChrEventDraft *draft = g_ptr_array_index (article->events, i);
      const ChrTimex *timex;

      g_assert (draft->mention < article->mentions->len);
      timex = &g_array_index (article->mentions, ChrTimex, draft->mention);
      if (!timex->resolved)
        continue;

      sqlite3_bind_text (ins_event, 1, draft->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (ins_event, 2, timex->value, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (ins_event, 3, timex->interval.begin);
      sqlite3_bind_int64 (ins_event, 4, timex->interval.end);
      sqlite3_bind_text (ins_event, 5, chr_granularity_to_string (timex->interval.granularity), -1, SQLITE_STATIC);
      if (!step_done (self, ins_event, error))
        return FALSE;

      sqlite3_bind_int64 (ins_link, 1, sqlite3_last_insert_rowid (self->db));
      sqlite3_bind_int64 (ins_link, 2, mention_ids[draft->mention]);
      if (!step_done (self, ins_link, error))
        return FALSE;
    }

  return TRUE;
}


static gboolean
insert_article_rows (ChrDatabase       *self,
                     const ChrArticle  *article,
                     gint64            *article_id,
                     GError           **error)
{
  g_autoptr(ChrStmt) ins_article = NULL;
  gint64 id;

  if (!(ins_article = prepare (self,
                               "INSERT INTO articles (sha256, path, title, source, published, text,"
                               " body_start, body_end, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error)))
    return FALSE;

  sqlite3_bind_text (ins_article, 1, article->sha256, -1, SQLITE_STATIC);
  bind_text_or_null (ins_article, 2, article->path);
  sqlite3_bind_text (ins_article, 3, article->title, -1, SQLITE_STATIC);
  bind_text_or_null (ins_article, 4, article->source);
  bind_text_or_null (ins_article, 5, article->published);
  sqlite3_bind_text (ins_article, 6, article->text, (int) article->length, SQLITE_STATIC);
  sqlite3_bind_int64 (ins_article, 7, (gint64) article->body_start);
  sqlite3_bind_int64 (ins_article, 8, (gint64) article->body_end);
  sqlite3_bind_int64 (ins_article, 9, g_get_real_time () / G_USEC_PER_SEC);
  if (!step_done (self, ins_article, error))
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

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (chr_database_has_article (self, article->sha256, &id, &local_error))
    {
      exec (self, "COMMIT", NULL);
      if (article_id)
        *article_id = id;
      return TRUE;
    }
  if (local_error != NULL || !insert_article_rows (self, article, &id, &local_error) ||
      !exec (self, "COMMIT", &local_error))
    {
      rollback (self);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (article_id)
    *article_id = id;
  if (added)
    *added = TRUE;
  return TRUE;
}

static char *
column_strdup (sqlite3_stmt *stmt,
               int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

GPtrArray *
chr_database_list_articles (ChrDatabase  *self,
                            GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = prepare (self,
                        "SELECT a.id, a.title, a.path, a.source, a.published, a.sha256, length (CAST (a.text AS BLOB)),"
                        " (SELECT count (*) FROM mentions m WHERE m.article_id = a.id),"
                        " (SELECT count (DISTINCT em.event_id) FROM mentions m"
                        "    JOIN event_mentions em ON em.mention_id = m.id WHERE m.article_id = a.id)"
                        " FROM articles a ORDER BY a.id",
                        error)))
    return NULL;

  articles = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_article_info_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrArticleInfo *info = g_new0 (ChrArticleInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->title = column_strdup (stmt, 1);
      info->path = column_strdup (stmt, 2);
      info->source = column_strdup (stmt, 3);
      info->published = column_strdup (stmt, 4);
      info->sha256 = column_strdup (stmt, 5);
      info->length = (gsize) sqlite3_column_int64 (stmt, 6);
      info->n_mentions = sqlite3_column_int64 (stmt, 7);
      info->n_events = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (articles, info);
    }
  if (rc != SQLITE_DONE)
    {
      set_error_from_sqlite (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&articles);
}

/**
 * chr_database_list_sources:
 * @self: a #ChrDatabase
 * @event_id: an event's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GPtrArray of #ChrSource, in article order
 */
GPtrArray *
chr_database_list_sources (ChrDatabase  *self,
                           gint64        event_id,
                           GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  /* substr () on a BLOB counts bytes, which is what the stored offsets are. */
  if (!(stmt = prepare (self,
                        "SELECT a.id, a.title, substr (CAST (a.text AS BLOB), s.start + 1, s.end - s.start),"
                        " m.start - s.start, m.end - s.start, s.start, s.end"
                        " FROM event_mentions em"
                        " JOIN mentions m ON m.id = em.mention_id"
                        " JOIN articles a ON a.id = m.article_id"
                        " JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
                        " WHERE em.event_id = ? ORDER BY a.id, m.start",
                        error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);

  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_source_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrSource *source = g_new0 (ChrSource, 1);
      int n = sqlite3_column_bytes (stmt, 2);

      source->article_id = sqlite3_column_int64 (stmt, 0);
      source->article_title = column_strdup (stmt, 1);
      source->excerpt = g_strndup (sqlite3_column_blob (stmt, 2), (gsize) n);
      source->highlight_start = (gsize) CLAMP (sqlite3_column_int64 (stmt, 3), 0, n);
      source->highlight_end = (gsize) CLAMP (sqlite3_column_int64 (stmt, 4), (gint64) source->highlight_start, n);
      source->sentence_start = (gsize) sqlite3_column_int64 (stmt, 5);
      source->sentence_end = (gsize) sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (sources, source);
    }
  if (rc != SQLITE_DONE)
    {
      set_error_from_sqlite (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&sources);
}

static ChrEvent *
read_event (sqlite3_stmt *stmt)
{
  ChrEvent *event = g_new0 (ChrEvent, 1);

  event->id = sqlite3_column_int64 (stmt, 0);
  event->title = column_strdup (stmt, 1);
  event->value = column_strdup (stmt, 2);
  event->interval.begin = sqlite3_column_int64 (stmt, 3);
  event->interval.end = sqlite3_column_int64 (stmt, 4);
  event->interval.granularity = chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 5));
  event->importance = sqlite3_column_double (stmt, 6);
  return event;
}

#define EVENT_COLUMNS "id, title, value, begin_time, end_time, granularity, importance"

/**
 * chr_database_get_event:
 * @self: a #ChrDatabase
 * @event_id: an event's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the event with its sources, or %NULL
 *   (and no error) when there is no such event
 */
ChrEvent *
chr_database_get_event (ChrDatabase  *self,
                        gint64        event_id,
                        GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrEvent) event = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = prepare (self, "SELECT " EVENT_COLUMNS " FROM events WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_error_from_sqlite (self, rc, error);
      return NULL;
    }
  event = read_event (stmt);
  if (!(event->sources = chr_database_list_sources (self, event_id, error)))
    return NULL;
  return g_steal_pointer (&event);
}

/**
 * chr_database_list_events:
 * @self: a #ChrDatabase
 * @range: (nullable): only events that overlap this interval
 * @with_sources: whether to load each event's sources too
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GPtrArray of #ChrEvent sorted by begin
 */
GPtrArray *
chr_database_list_events (ChrDatabase        *self,
                          const ChrInterval  *range,
                          gboolean            with_sources,
                          GError            **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) events = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = prepare (self,
                        "SELECT " EVENT_COLUMNS " FROM events"
                        " WHERE end_time > ? AND begin_time < ? ORDER BY begin_time, id",
                        error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, range ? range->begin : G_MININT64);
  sqlite3_bind_int64 (stmt, 2, range ? range->end : G_MAXINT64);

  events = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_event_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (events, read_event (stmt));
  if (rc != SQLITE_DONE)
    {
      set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  for (guint i = 0; with_sources && i < events->len; i++)
    {
      ChrEvent *event = g_ptr_array_index (events, i);

      if (!(event->sources = chr_database_list_sources (self, event->id, error)))
        return NULL;
    }

  return g_steal_pointer (&events);
}

/* Rows in one of the schema's tables; -1 for a table it does not have. */
gint64
chr_database_count (ChrDatabase *self,
                    const char  *table)
{
  static const char * const tables[] = { "articles", "sentences", "mentions", "events", "event_mentions" };
  g_autoptr(ChrStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), -1);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0)
      {
        sql = g_strdup_printf ("SELECT count (*) FROM %s", tables[i]);
        break;
      }
  if (sql == NULL || !(stmt = prepare (self, sql, NULL)) || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
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

  if (!(stmt = prepare (self,
                        "SELECT path, sha256, title, source, published, text, body_start, body_end"
                        " FROM articles WHERE id = ?",
                        error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_NOT_FOUND,
                   _("There is no article %" G_GINT64_FORMAT " in the timeline"), article_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  article = g_new0 (ChrArticle, 1);
  article->path = column_strdup (stmt, 0);
  article->sha256 = column_strdup (stmt, 1);
  article->title = column_strdup (stmt, 2);
  article->source = column_strdup (stmt, 3);
  article->published = column_strdup (stmt, 4);
  article->length = (gsize) sqlite3_column_bytes (stmt, 5);
  article->text = g_strndup ((const char *) sqlite3_column_text (stmt, 5), article->length);
  article->body_start = (gsize) CLAMP (sqlite3_column_int64 (stmt, 6), 0, (gint64) article->length);
  article->body_end = (gsize) CLAMP (sqlite3_column_int64 (stmt, 7), (gint64) article->body_start,
                                     (gint64) article->length);
  return g_steal_pointer (&article);
}

/**
 * chr_database_replace_extraction:
 * @self: a #ChrDatabase
 * @article_id: an article's id
 * @article: the article with its new publication date and extraction
 * @error: return location for a #GError
 *
 * Replaces an article's publication date, sentences, mentions and the events
 * made from them, in one transaction.
 */
gboolean
chr_database_replace_extraction (ChrDatabase       *self,
                                 gint64             article_id,
                                 const ChrArticle  *article,
                                 GError           **error)
{
  g_autoptr(ChrStmt) update = NULL;
  g_autoptr(ChrStmt) drop_events = NULL;
  g_autoptr(ChrStmt) drop_mentions = NULL;
  g_autoptr(ChrStmt) drop_sentences = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (article != NULL, FALSE);

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!(update = prepare (self, "UPDATE articles SET published = ? WHERE id = ?", &local_error)) ||
      /* Events that only this article's mentions support go with them. */
      !(drop_events = prepare (self,
                               "DELETE FROM events WHERE origin = 'extracted' AND id IN"
                               " (SELECT em.event_id FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
                               "  WHERE m.article_id = ?1)"
                               " AND NOT EXISTS (SELECT 1 FROM event_mentions em2 JOIN mentions m2"
                               "  ON m2.id = em2.mention_id WHERE em2.event_id = events.id AND m2.article_id != ?1)",
                               &local_error)) ||
      !(drop_mentions = prepare (self, "DELETE FROM mentions WHERE article_id = ?", &local_error)) ||
      !(drop_sentences = prepare (self, "DELETE FROM sentences WHERE article_id = ?", &local_error)))
    goto failed;

  bind_text_or_null (update, 1, article->published);
  sqlite3_bind_int64 (update, 2, article_id);
  sqlite3_bind_int64 (drop_events, 1, article_id);
  sqlite3_bind_int64 (drop_mentions, 1, article_id);
  sqlite3_bind_int64 (drop_sentences, 1, article_id);

  if (!step_done (self, update, &local_error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (&local_error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_NOT_FOUND,
                   _("There is no article %" G_GINT64_FORMAT " in the timeline"), article_id);
      goto failed;
    }
  if (!step_done (self, drop_events, &local_error) ||
      !step_done (self, drop_mentions, &local_error) ||
      !step_done (self, drop_sentences, &local_error) ||
      !insert_extraction (self, article_id, article, &local_error) ||
      !exec (self, "COMMIT", &local_error))
    goto failed;

  return TRUE;

failed:
  rollback (self);
  g_propagate_error (error, local_error);
  return FALSE;
}
