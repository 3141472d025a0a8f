/* chr-archive-read.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-archive-read"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-archive.h"
#include "chr-database-dump.h"
#include "chr-reextract.h"

/* Reads Chronicle JSON into a new timeline, in one transaction: a file that
 * is damaged anywhere leaves the timeline as empty as it was. What people
 * read ("events", "tags") is not read back: "articles" and "tables" hold
 * all of it. */

static JsonNode *
read_document (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);

  if (stream == NULL || !json_parser_load_from_stream (parser, G_INPUT_STREAM (stream), cancellable, error))
    return NULL;
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_NOT_ARCHIVE, _("The file is empty"));
      return NULL;
    }
  return json_parser_steal_root (parser);
}

/* The member's value if it is one of @type, else NULL: the file may hold anything. */
static JsonNode *
member_of_type (JsonObject *object,
                const char *member,
                GType       type)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != type)
    return NULL;
  return node;
}

static gboolean
check_header (JsonNode  *root,
              GError   **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *format = member_of_type (object, "format", G_TYPE_STRING);
  JsonNode *version = member_of_type (object, "version", G_TYPE_INT64);
  JsonNode *schema = member_of_type (object, "schema_version", G_TYPE_INT64);

  if (format == NULL || g_strcmp0 (json_node_get_string (format), CHR_ARCHIVE_FORMAT) != 0)
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_NOT_ARCHIVE,
                           _("This is not Chronicle JSON (a “format”: “chronicle” document); importing articles "
                             "from other JSON is not supported yet"));
      return FALSE;
    }
  if (version == NULL || schema == NULL)
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_MALFORMED,
                           _("The file has no version or schema_version"));
      return FALSE;
    }
  if (json_node_get_int (version) > CHR_ARCHIVE_VERSION ||
      json_node_get_int (schema) > CHR_DATABASE_SCHEMA_VERSION)
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_TOO_NEW,
                           _("The file was written by a newer version of Chronicle"));
      return FALSE;
    }
  return TRUE;
}

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
load (ChrDatabase  *db,
      JsonObject   *object,
      GError      **error)
{
  JsonNode *articles = json_object_get_member (object, "articles");
  JsonNode *tables = json_object_get_member (object, "tables");

  if (articles == NULL || tables == NULL)
    {
      g_set_error_literal (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_MALFORMED,
                           _("The file has no “articles” or no “tables”"));
      return FALSE;
    }
  return chr_database_load_articles (db, articles, error) && chr_database_load_tables (db, tables, error);
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
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  if (!(root = read_document (file, cancellable, &local_error)) || !check_header (root, &local_error) ||
      !check_empty (db, &local_error))
    goto failed;

  if (!chr_database_begin (db, &local_error))
    goto failed;
  if (!load (db, json_node_get_object (root), &local_error) || !chr_database_commit (db, &local_error))
    {
      chr_database_rollback (db);
      goto failed;
    }
  return chr_reextract_refresh (db, cancellable, NULL, NULL, error);

failed:
  g_propagate_prefixed_error (error, local_error, _("Cannot import “%s”: "), name);
  return FALSE;
}
