/* chr-database-dump.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-database-dump"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-database-dump.h"
#include "chr-database-private.h"

/* The rows of a timeline's tables as JSON, column by column, and back: what
 * the history keeps of the user's layer, and what a Chronicle JSON archive
 * holds of everything but the articles (which it writes for people to read).
 * An archive is written a row at a time: it is never whole in memory. */

/* In an order their rows can be inserted in. meta is replaced: a new
 * timeline already holds some of its keys. */
static const struct
{
  const char *name;
  gboolean    replace;
} dump_tables[] = {
  { "sentences", FALSE },
  { "mentions", FALSE },
  { "candidates", FALSE },
  { "events", FALSE },
  { "event_candidates", FALSE },
  { "annotations", FALSE },
  { "annotation_excerpts", FALSE },
  { "tags", FALSE },
  { "annotation_tags", FALSE },
  { "annotation_passages", FALSE },
  { "history", FALSE },
  { "meta", TRUE },
};

static JsonNode *
column_to_json (sqlite3_stmt *stmt,
                int           column)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      json_node_set_int (node, sqlite3_column_int64 (stmt, column));
      break;
    case SQLITE_FLOAT:
      json_node_set_double (node, sqlite3_column_double (stmt, column));
      break;
    case SQLITE_NULL:
      json_node_init_null (node);
      break;
    default:
      json_node_set_string (node, (const char *) sqlite3_column_text (stmt, column));
      break;
    }
  return node;
}

/* The current row of @stmt, a value for each column. */
JsonArray *
chr_database_read_row (sqlite3_stmt *stmt)
{
  JsonArray *row = json_array_new ();

  for (int c = 0; c < sqlite3_column_count (stmt); c++)
    json_array_add_element (row, column_to_json (stmt, c));
  return row;
}

/* FALSE for a node that is not a value a column holds (an object, an array). */
static gboolean
bind_json (sqlite3_stmt *stmt,
           int           index,
           JsonNode     *value)
{
  if (JSON_NODE_HOLDS_NULL (value))
    sqlite3_bind_null (stmt, index);
  else if (!JSON_NODE_HOLDS_VALUE (value))
    return FALSE;
  else if (json_node_get_value_type (value) == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, json_node_get_int (value));
  else if (json_node_get_value_type (value) == G_TYPE_DOUBLE)
    sqlite3_bind_double (stmt, index, json_node_get_double (value));
  else if (json_node_get_value_type (value) == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, json_node_get_boolean (value));
  else
    sqlite3_bind_text (stmt, index, json_node_get_string (value), -1, SQLITE_TRANSIENT);
  return TRUE;
}

static gboolean
is_identifier (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
malformed (const char  *table,
           GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The rows of “%s” are malformed"), table);
  return FALSE;
}

/* INSERT INTO table [(columns…)] VALUES (?, …), @n values; all columns
 * in order when @columns is %NULL. */
static char *
insert_sql (const char         *table,
            const char * const *columns,
            guint               n,
            gboolean            replace)
{
  GString *sql = g_string_new (replace ? "INSERT OR REPLACE INTO " : "INSERT INTO ");

  g_string_append (sql, table);
  if (columns != NULL)
    {
      g_string_append (sql, " (");
      for (guint c = 0; c < n; c++)
        g_string_append_printf (sql, "%s\"%s\"", c ? ", " : "", columns[c]);
      g_string_append (sql, ")");
    }
  g_string_append (sql, " VALUES (");
  for (guint c = 0; c < n; c++)
    g_string_append (sql, c ? ", ?" : "?");
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

/**
 * chr_database_insert_rows:
 * @self: a #ChrDatabase, in a transaction
 * @table: one of the schema's tables (never a name from outside)
 * @columns: (nullable): the columns' names, or %NULL for all, in order
 * @rows: arrays of values, one for each column
 * @replace: whether a row replaces one with the same key
 * @error: return location for a #GError
 *
 * Checks what it is given, as @rows may come from a file: a row of the
 * wrong length or with an object in it fails with %G_IO_ERROR_INVALID_DATA.
 */
gboolean
chr_database_insert_rows (ChrDatabase  *self,
                          const char   *table,
                          JsonArray    *columns,
                          JsonArray    *rows,
                          gboolean      replace,
                          GError      **error)
{
  g_autoptr(ChrStmt) insert = NULL;
  g_autofree char *sql = NULL;
  guint n;

  if (json_array_get_length (rows) == 0)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (json_array_get_element (rows, 0)))
    return malformed (table, error);
  n = columns ? json_array_get_length (columns) : json_array_get_length (json_array_get_array_element (rows, 0));
  for (guint c = 0; columns && c < n; c++)
    if (!JSON_NODE_HOLDS_VALUE (json_array_get_element (columns, c)) ||
        json_node_get_value_type (json_array_get_element (columns, c)) != G_TYPE_STRING ||
        !is_identifier (json_array_get_string_element (columns, c)))
      return malformed (table, error);
  if (n == 0)
    return malformed (table, error);

  {
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (guint c = 0; columns && c < n; c++)
      g_ptr_array_add (names, (gpointer) json_array_get_string_element (columns, c));
    sql = insert_sql (table, columns ? (const char * const *) names->pdata : NULL, n, replace);
  }
  if (!(insert = chr_database_prepare (self, sql, error)))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonNode *node = json_array_get_element (rows, i);
      JsonArray *row = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      if (row == NULL || json_array_get_length (row) != n)
        return malformed (table, error);
      for (guint c = 0; c < n; c++)
        if (!bind_json (insert, (int) c + 1, json_array_get_element (row, c)))
          return malformed (table, error);
      if (!chr_database_step_done (self, insert, error))
        return FALSE;
    }
  return TRUE;
}

static int
find_table (const char *name)
{
  for (guint t = 0; t < G_N_ELEMENTS (dump_tables); t++)
    if (g_strcmp0 (dump_tables[t].name, name) == 0)
      return (int) t;
  return -1;
}

static void
write_column (ChrJsonWriter *writer,
              sqlite3_stmt  *stmt,
              int            column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      chr_json_writer_int (writer, sqlite3_column_int64 (stmt, column));
      break;
    case SQLITE_FLOAT:
      chr_json_writer_double (writer, sqlite3_column_double (stmt, column));
      break;
    case SQLITE_NULL:
      chr_json_writer_null (writer);
      break;
    default:
      chr_json_writer_string (writer, (const char *) sqlite3_column_text (stmt, column),
                              sqlite3_column_bytes (stmt, column));
      break;
    }
}

/* Steps @stmt to its end, @write_row at each row. */
static gboolean
write_rows (ChrDatabase    *self,
            sqlite3_stmt   *stmt,
            ChrJsonWriter  *writer,
            void          (*write_row) (ChrJsonWriter *writer,
                                        sqlite3_stmt  *stmt),
            GError        **error)
{
  int rc = SQLITE_DONE;

  while (chr_json_writer_ok (writer) && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    write_row (writer, stmt);
  if (chr_json_writer_ok (writer) && rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (self, rc, error);
  return TRUE;
}

static void
write_array_row (ChrJsonWriter *writer,
                 sqlite3_stmt  *stmt)
{
  chr_json_writer_begin_array (writer);
  for (int c = 0; c < sqlite3_column_count (stmt); c++)
    write_column (writer, stmt, c);
  chr_json_writer_end_array (writer);
}

/* {"columns": [names], "rows": [[values]]}, a row at a time. */
static gboolean
write_table (ChrDatabase    *self,
             const char     *table,
             ChrJsonWriter  *writer,
             GError        **error)
{
  g_autofree char *sql = g_strconcat ("SELECT * FROM ", table, NULL);
  g_autoptr(ChrStmt) stmt = NULL;
  gboolean ok;

  if (!(stmt = chr_database_prepare (self, sql, error)))
    return FALSE;
  chr_json_writer_begin_object (writer);
  chr_json_writer_member (writer, "columns");
  chr_json_writer_begin_array (writer);
  for (int c = 0; c < sqlite3_column_count (stmt); c++)
    chr_json_writer_string (writer, sqlite3_column_name (stmt, c), -1);
  chr_json_writer_end_array (writer);
  chr_json_writer_member (writer, "rows");
  chr_json_writer_begin_array (writer);
  ok = write_rows (self, stmt, writer, write_array_row, error);
  chr_json_writer_end_array (writer);
  chr_json_writer_end_object (writer);
  return ok;
}

/* The columns of an article, as an archive names them. */
static const char * const article_columns[] = {
  "id", "sha256", "path", "title", "source", "published", "text", "body_start", "body_end", "imported_at",
};

/* The precision of its publication date follows an article's columns, for
 * people: an import ignores it. */
static void
write_article (ChrJsonWriter *writer,
               sqlite3_stmt  *stmt)
{
  const char *published = NULL;
  ChrInterval date;

  chr_json_writer_begin_object (writer);
  for (int c = 0; c < sqlite3_column_count (stmt); c++)
    {
      const char *name = sqlite3_column_name (stmt, c);

      if (g_str_equal (name, "published"))
        published = (const char *) sqlite3_column_text (stmt, c);
      chr_json_writer_member (writer, name);
      write_column (writer, stmt, c);
    }
  chr_json_writer_member (writer, "precision");
  if (published != NULL && chr_time_parse_iso (published, &date))
    chr_json_writer_string (writer, chr_granularity_to_string (date.granularity), -1);
  else
    chr_json_writer_null (writer);
  chr_json_writer_end_object (writer);
}

/**
 * chr_database_write_articles:
 * @self: a #ChrDatabase
 * @writer: where to write, a value expected
 * @error: return location for a #GError
 *
 * Writes an array of objects, one for each article by id, a member for
 * each column of the articles table and "precision", that of its
 * publication date or null.
 *
 * Returns: %FALSE when the rows could not be read; errors of @writer are
 *   its own
 */
gboolean
chr_database_write_articles (ChrDatabase    *self,
                             ChrJsonWriter  *writer,
                             GError        **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  if (!(stmt = chr_database_prepare (self, "SELECT * FROM articles ORDER BY id", error)))
    return FALSE;
  chr_json_writer_begin_array (writer);
  ok = write_rows (self, stmt, writer, write_article, error);
  chr_json_writer_end_array (writer);
  return ok;
}

/**
 * chr_database_write_tables:
 * @self: a #ChrDatabase
 * @writer: where to write, a value expected
 * @error: return location for a #GError
 *
 * Writes every row of every table but the articles: an object with a
 * member for each table, {"columns": [names], "rows": [[values]]}. Read it
 * in one transaction for a consistent copy.
 *
 * Returns: %FALSE when the rows could not be read; errors of @writer are
 *   its own
 */
gboolean
chr_database_write_tables (ChrDatabase    *self,
                           ChrJsonWriter  *writer,
                           GError        **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  chr_json_writer_begin_object (writer);
  for (guint t = 0; ok && t < G_N_ELEMENTS (dump_tables); t++)
    {
      chr_json_writer_member (writer, dump_tables[t].name);
      ok = write_table (self, dump_tables[t].name, writer, error);
    }
  chr_json_writer_end_object (writer);
  return ok;
}

/* Binds the value @token begins; FALSE for an object or an array. */
static gboolean
bind_token (sqlite3_stmt  *stmt,
            int            index,
            ChrJsonReader *reader,
            ChrJsonToken   token)
{
  const char *text;
  gsize length;

  switch (token)
    {
    case CHR_JSON_TOKEN_STRING:
      text = chr_json_reader_get_string (reader, &length);
      return length <= G_MAXINT && sqlite3_bind_text (stmt, index, text, (int) length, SQLITE_TRANSIENT) == SQLITE_OK;
    case CHR_JSON_TOKEN_INT:
      sqlite3_bind_int64 (stmt, index, chr_json_reader_get_int (reader));
      return TRUE;
    case CHR_JSON_TOKEN_DOUBLE:
      sqlite3_bind_double (stmt, index, chr_json_reader_get_double (reader));
      return TRUE;
    case CHR_JSON_TOKEN_BOOLEAN:
      sqlite3_bind_int (stmt, index, chr_json_reader_get_boolean (reader));
      return TRUE;
    case CHR_JSON_TOKEN_NULL:
      sqlite3_bind_null (stmt, index);
      return TRUE;
    case CHR_JSON_TOKEN_BEGIN_OBJECT:
    case CHR_JSON_TOKEN_END_OBJECT:
    case CHR_JSON_TOKEN_BEGIN_ARRAY:
    case CHR_JSON_TOKEN_END_ARRAY:
    case CHR_JSON_TOKEN_MEMBER:
    case CHR_JSON_TOKEN_END:
    default:
      return FALSE;
    }
}

/* Reads the next token, which must be @expected. */
static gboolean
expect (ChrJsonReader  *reader,
        ChrJsonToken    expected,
        const char     *table,
        GError        **error)
{
  ChrJsonToken token;

  if (!chr_json_reader_next (reader, &token, error))
    return FALSE;
  return token == expected || malformed (table, error);
}

static int
find_article_column (const char *name)
{
  for (guint c = 0; c < G_N_ELEMENTS (article_columns); c++)
    if (g_str_equal (article_columns[c], name))
      return (int) c;
  return -1;
}

/* After its '{': one article's members, in any order; a column that is
 * missing is NULL, a member that is not a column is passed over. */
static gboolean
read_article (ChrDatabase    *self,
              sqlite3_stmt   *insert,
              ChrJsonReader  *reader,
              GError        **error)
{
  ChrJsonToken token;

  sqlite3_clear_bindings (insert);
  for (;;)
    {
      int column;

      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (token == CHR_JSON_TOKEN_END_OBJECT)
        break;
      column = find_article_column (chr_json_reader_get_string (reader, NULL));
      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (column < 0)
        {
          if (!chr_json_reader_skip (reader, token, error))
            return FALSE;
        }
      else if (!bind_token (insert, column + 1, reader, token))
        return malformed ("articles", error);
    }
  return chr_database_step_done (self, insert, error);
}

/**
 * chr_database_read_articles:
 * @self: a #ChrDatabase, in a transaction, with no articles
 * @reader: at the value that chr_database_write_articles() wrote, possibly
 *   changed by hand
 * @error: return location for a #GError
 *
 * Inserts the articles with their ids, one at a time as they are read.
 */
gboolean
chr_database_read_articles (ChrDatabase    *self,
                            ChrJsonReader  *reader,
                            GError        **error)
{
  g_autofree char *sql = insert_sql ("articles", article_columns, G_N_ELEMENTS (article_columns), FALSE);
  g_autoptr(ChrStmt) insert = NULL;
  ChrJsonToken token;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (reader != NULL, FALSE);

  if (!expect (reader, CHR_JSON_TOKEN_BEGIN_ARRAY, "articles", error) ||
      !(insert = chr_database_prepare (self, sql, error)))
    return FALSE;
  for (;;)
    {
      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (token == CHR_JSON_TOKEN_END_ARRAY)
        return TRUE;
      if (token != CHR_JSON_TOKEN_BEGIN_OBJECT)
        return malformed ("articles", error);
      if (!read_article (self, insert, reader, error))
        return FALSE;
    }
}

/* After the '[' of "columns": the names, and the statement that inserts them. */
static sqlite3_stmt *
read_columns (ChrDatabase    *self,
              const char     *table,
              gboolean        replace,
              ChrJsonReader  *reader,
              GError        **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = NULL;
  ChrJsonToken token;

  for (;;)
    {
      if (!chr_json_reader_next (reader, &token, error))
        return NULL;
      if (token == CHR_JSON_TOKEN_END_ARRAY)
        break;
      if (token != CHR_JSON_TOKEN_STRING || !is_identifier (chr_json_reader_get_string (reader, NULL)))
        {
          malformed (table, error);
          return NULL;
        }
      g_ptr_array_add (names, g_strdup (chr_json_reader_get_string (reader, NULL)));
    }
  if (names->len == 0)
    {
      malformed (table, error);
      return NULL;
    }
  sql = insert_sql (table, (const char * const *) names->pdata, names->len, replace);
  return chr_database_prepare (self, sql, error);
}

/* After a row's '[': a value for each column, inserted. */
static gboolean
read_row (ChrDatabase    *self,
          const char     *table,
          sqlite3_stmt   *insert,
          ChrJsonReader  *reader,
          GError        **error)
{
  int n = sqlite3_bind_parameter_count (insert);
  ChrJsonToken token;

  for (int c = 1; c <= n; c++)
    {
      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (!bind_token (insert, c, reader, token))
        return malformed (table, error);
    }
  return expect (reader, CHR_JSON_TOKEN_END_ARRAY, table, error) && chr_database_step_done (self, insert, error);
}

/* After the '[' of "rows". */
static gboolean
read_rows (ChrDatabase    *self,
           const char     *table,
           sqlite3_stmt   *insert,
           ChrJsonReader  *reader,
           GError        **error)
{
  ChrJsonToken token;

  for (;;)
    {
      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (token == CHR_JSON_TOKEN_END_ARRAY)
        return TRUE;
      if (token != CHR_JSON_TOKEN_BEGIN_ARRAY || insert == NULL)
        return malformed (table, error);
      if (!read_row (self, table, insert, reader, error))
        return FALSE;
    }
}

/* After a table's '{': "columns", then "rows", as write_table() writes them. */
static gboolean
read_table (ChrDatabase    *self,
            guint           t,
            ChrJsonReader  *reader,
            GError        **error)
{
  const char *name = dump_tables[t].name;
  g_autoptr(ChrStmt) insert = NULL;
  gboolean has_columns = FALSE, has_rows = FALSE;
  ChrJsonToken token;

  for (;;)
    {
      g_autofree char *member = NULL;

      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (token == CHR_JSON_TOKEN_END_OBJECT)
        return (has_columns && has_rows) || malformed (name, error);
      member = g_strdup (chr_json_reader_get_string (reader, NULL));
      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (g_str_equal (member, "columns") && token == CHR_JSON_TOKEN_BEGIN_ARRAY && !has_columns)
        {
          if (!(insert = read_columns (self, name, dump_tables[t].replace, reader, error)))
            return FALSE;
          has_columns = TRUE;
        }
      else if (g_str_equal (member, "rows") && token == CHR_JSON_TOKEN_BEGIN_ARRAY && !has_rows)
        {
          if (!read_rows (self, name, insert, reader, error))
            return FALSE;
          has_rows = TRUE;
        }
      else if (g_str_equal (member, "columns") || g_str_equal (member, "rows"))
        return malformed (name, error);
      else if (!chr_json_reader_skip (reader, token, error))
        return FALSE;
    }
}

/**
 * chr_database_read_tables:
 * @self: a #ChrDatabase, in a transaction, whose articles are in and whose
 *   other tables are empty
 * @reader: at the value that chr_database_write_tables() wrote, possibly
 *   changed by hand
 * @error: return location for a #GError
 *
 * Inserts the rows of each table as they are read, so the tables come in
 * the order written (one whose rows refer to another's after it); in each,
 * "columns" before "rows". A table the file does not name stays empty; one
 * that is not the schema's is an error.
 */
gboolean
chr_database_read_tables (ChrDatabase    *self,
                          ChrJsonReader  *reader,
                          GError        **error)
{
  ChrJsonToken token;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (reader != NULL, FALSE);

  if (!expect (reader, CHR_JSON_TOKEN_BEGIN_OBJECT, "tables", error))
    return FALSE;
  for (;;)
    {
      g_autofree char *name = NULL;
      int t;

      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (token == CHR_JSON_TOKEN_END_OBJECT)
        return TRUE;
      name = g_strdup (chr_json_reader_get_string (reader, NULL));
      if ((t = find_table (name)) < 0)
        return malformed (name, error);
      if (!expect (reader, CHR_JSON_TOKEN_BEGIN_OBJECT, name, error) || !read_table (self, (guint) t, reader, error))
        return FALSE;
    }
}
