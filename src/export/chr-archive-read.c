/* chr-archive-read.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-archive-read"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-archive.h"
#include "chr-database-dump.h"
#include "chr-json-reader.h"
#include "chr-reextract.h"

/* Reads Chronicle JSON into a new timeline, in one transaction: a file that
 * is damaged anywhere leaves the timeline as empty as it was. What people
 * read ("events", "tags") is not read back: "articles" and "tables" hold
 * all of it. The file is read as a stream and its rows inserted as they
 * come, so it is never in memory whole; the header ("format", "version",
 * "schema_version") is checked before the first of them. */

/* What the document says of itself, from the members before its data. */
typedef struct
{
  char     *format;
  gboolean  has_version;
  gint64    version;
  gboolean  has_schema;
  gint64    schema_version;
  gboolean  checked;
  gboolean  has_articles;
  gboolean  has_tables;
} Header;

static gboolean
check_empty (ChrDatabase  *db,
             GError      **error)
{
  static const char * const tables[] = { "articles", "events", "annotations", "tags", "history" };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (chr_database_has_rows (db, tables[i]))
      {
        g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_NOT_EMPTY,
                             _("Chronicle JSON can only be imported into a new, empty timeline"));
        return FALSE;
      }
  return TRUE;
}

static gboolean
not_archive (GError **error)
{
  g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_NOT_ARCHIVE,
                       _("This is not Chronicle JSON (a “format”: “chronicle” document); importing articles "
                         "from other JSON is not supported yet"));
  return FALSE;
}

static gboolean
check_header (Header  *header,
              GError **error)
{
  header->checked = TRUE;
  if (g_strcmp0 (header->format, CHR_ARCHIVE_FORMAT) != 0)
    return not_archive (error);
  if (!header->has_version || !header->has_schema)
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_MALFORMED,
                           _("The file has no version or schema_version"));
      return FALSE;
    }
  if (header->version > CHR_ARCHIVE_VERSION || header->schema_version > CHR_DATABASE_SCHEMA_VERSION)
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_TOO_NEW,
                           _("The file was written by a newer version of Chronicle"));
      return FALSE;
    }
  return TRUE;
}

/* One of "format", "version" or "schema_version"; of another type, it is as if absent. */
static void
read_header_member (Header        *header,
                    const char    *member,
                    ChrJsonReader *reader,
                    ChrJsonToken   token)
{
  if (g_str_equal (member, "format") && token == CHR_JSON_TOKEN_STRING)
    {
      g_free (header->format);
      header->format = g_strdup (chr_json_reader_get_string (reader, NULL));
    }
  else if (g_str_equal (member, "version") && token == CHR_JSON_TOKEN_INT)
    {
      header->has_version = TRUE;
      header->version = chr_json_reader_get_int (reader);
    }
  else if (g_str_equal (member, "schema_version") && token == CHR_JSON_TOKEN_INT)
    {
      header->has_schema = TRUE;
      header->schema_version = chr_json_reader_get_int (reader);
    }
}

/* "articles" or "tables": the header before it must be Chronicle's. */
static gboolean
read_data (ChrDatabase    *db,
           Header         *header,
           const char     *member,
           ChrJsonReader  *reader,
           GError        **error)
{
  gboolean articles = g_str_equal (member, "articles");
  gboolean *seen = articles ? &header->has_articles : &header->has_tables;

  /* Other JSON is told apart before a timeline that is not empty. */
  if (!header->checked && (!check_header (header, error) || !check_empty (db, error)))
    return FALSE;
  if (*seen)
    {
      g_set_error (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_MALFORMED, _("The file has two “%s”"), member);
      return FALSE;
    }
  *seen = TRUE;
  if (articles)
    return chr_database_read_articles (db, reader, error);
  return chr_database_read_tables (db, reader, error);
}

/* After the document's '{': its members, the data inserted as it is read. */
static gboolean
read_members (ChrDatabase    *db,
              Header         *header,
              ChrJsonReader  *reader,
              GError        **error)
{
  ChrJsonToken token;

  for (;;)
    {
      g_autofree char *member = NULL;

      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      if (token == CHR_JSON_TOKEN_END_OBJECT)
        return TRUE;
      member = g_strdup (chr_json_reader_get_string (reader, NULL));
      if (g_str_equal (member, "articles") || g_str_equal (member, "tables"))
        {
          if (!read_data (db, header, member, reader, error))
            return FALSE;
          continue;
        }
      if (!chr_json_reader_next (reader, &token, error))
        return FALSE;
      read_header_member (header, member, reader, token);
      if (!chr_json_reader_skip (reader, token, error))
        return FALSE;
    }
}

/* The whole document, in a transaction begun. */
static gboolean
read_document (ChrDatabase    *db,
               ChrJsonReader  *reader,
               GError        **error)
{
  Header header = { 0 };
  ChrJsonToken token;
  gboolean ok;

  if (!chr_json_reader_next (reader, &token, error))
    return FALSE;
  if (token != CHR_JSON_TOKEN_BEGIN_OBJECT)
    return not_archive (error);
  ok = read_members (db, &header, reader, error) &&
       (header.checked || check_header (&header, error)) &&
       chr_json_reader_next (reader, &token, error);
  g_free (header.format);
  if (ok && (!header.has_articles || !header.has_tables))
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_MALFORMED,
                           _("The file has no “articles” or no “tables”"));
      return FALSE;
    }
  return ok;
}

/**
 * chr_archive_import:
 * @db: a new, empty timeline
 * @file: a Chronicle JSON file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Restores the timeline @file holds into @db: articles, extraction, events,
 * the user's edits and the history of edits, all with their ids. When the
 * file was made by an older engine, the articles are extracted again
 * afterwards, as when such a timeline is opened.
 *
 * Returns: %FALSE with @error set, and @db as it was
 */
gboolean
chr_archive_import (ChrDatabase   *db,
                    GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(ChrJsonReader) reader = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  if (!(stream = g_file_read (file, cancellable, &local_error)) || !chr_database_begin (db, &local_error))
    goto failed;
  reader = chr_json_reader_new (G_INPUT_STREAM (stream), cancellable);
  if (!read_document (db, reader, &local_error) || !chr_database_commit (db, &local_error))
    {
      chr_database_rollback (db);
      goto failed;
    }
  return chr_reextract_refresh (db, cancellable, NULL, NULL, error);

failed:
  g_propagate_prefixed_error (error, local_error, _("Cannot import “%s”: "), name);
  return FALSE;
}

/* Skips blanks (and a byte order mark at the start) in @p up to @end. */
static const char *
skip_blanks (const char *p,
             const char *end)
{
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

/* Whether @p starts with @word, after blanks; @p moves past it. */
static gboolean
take (const char **p,
      const char  *end,
      const char  *word)
{
  gsize n = strlen (word);

  *p = skip_blanks (*p, end);
  if ((gsize) (end - *p) < n || memcmp (*p, word, n) != 0)
    return FALSE;
  *p += n;
  return TRUE;
}

/**
 * chr_archive_is_archive:
 * @path: a file
 *
 * Tells a timeline exported as Chronicle JSON from articles given as JSON,
 * by how it begins: {"format": "chronicle", as chr_archive_write() writes.
 *
 * Returns: whether @path holds Chronicle JSON
 */
gboolean
chr_archive_is_archive (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  char head[256];
  gsize n = 0;
  const char *p = head, *end;

  if (in == NULL || !g_input_stream_read_all (G_INPUT_STREAM (in), head, sizeof head, &n, NULL, NULL))
    return FALSE;
  end = head + n;
  return take (&p, end, "{") && take (&p, end, "\"format\"") && take (&p, end, ":") &&
         take (&p, end, "\"" CHR_ARCHIVE_FORMAT "\"");
}
