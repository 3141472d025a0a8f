/* chr-archive-write.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-archive-write"

#include "config.h"

#include "chr-archive.h"
#include "chr-database-dump.h"
#include "chr-json-export.h"
#include "chr-json-writer.h"
#include "chr-user-store.h"

/* Writes Chronicle JSON. For people and other programs: the articles with
 * their text, the events as `events --json` prints them and the tags. For
 * the import: "tables", every other row of the timeline as it is stored,
 * so that the timeline comes back exactly, the user's edits anchored on the
 * same articles at the same byte offsets and the history of edits whole.
 *
 * Regenerated on every export, so two exports of one timeline differ only
 * there: "exported_at". Nothing else is renumbered by an import (articles,
 * events, annotations and tags keep their ids), except that an id counter
 * (the next annotation or tag id) restarts after the highest id present. */

G_DEFINE_QUARK (chr-archive-error, chr_archive_error)

static void
write_events (ChrJsonWriter *writer,
              GPtrArray     *events)
{
  chr_json_writer_begin_array (writer);
  for (guint i = 0; i < events->len && chr_json_writer_ok (writer); i++)
    {
      g_autoptr(JsonNode) node = chr_json_export_event (g_ptr_array_index (events, i));

      chr_json_writer_node (writer, node);
    }
  chr_json_writer_end_array (writer);
}

static gboolean
write_parts (ChrDatabase        *db,
             const ChrInterval  *range,
             ChrJsonWriter      *writer,
             GError            **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(JsonNode) tags_node = NULL;

  chr_json_writer_member (writer, "articles");
  if (!chr_database_write_articles (db, writer, error))
    return FALSE;
  /* Hidden events too: the archive is the whole timeline, and says which are hidden. */
  if (!(events = chr_database_list_events (db, range, 0, TRUE, error)) ||
      !(tags = chr_user_store_list_tags (db, error)))
    return FALSE;
  chr_json_writer_member (writer, "events");
  write_events (writer, events);
  g_clear_pointer (&events, g_ptr_array_unref);
  chr_json_writer_member (writer, "tags");
  tags_node = chr_json_export_tags (tags);
  chr_json_writer_node (writer, tags_node);
  chr_json_writer_member (writer, "tables");
  return chr_database_write_tables (db, writer, error);
}

static void
write_header (ChrDatabase   *db,
              ChrJsonWriter *writer)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *exported_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  chr_json_writer_member (writer, "format");
  chr_json_writer_string (writer, CHR_ARCHIVE_FORMAT, -1);
  chr_json_writer_member (writer, "version");
  chr_json_writer_int (writer, CHR_ARCHIVE_VERSION);
  chr_json_writer_member (writer, "generator");
  chr_json_writer_string (writer, "Chronicle " PACKAGE_VERSION, -1);
  chr_json_writer_member (writer, "exported_at");
  chr_json_writer_string (writer, exported_at, -1);
  chr_json_writer_member (writer, "schema_version");
  chr_json_writer_int (writer, chr_database_get_schema_version (db));
}

/**
 * chr_archive_write:
 * @db: the timeline
 * @range: (nullable): the events listed under "events"; the tables that an
 *   import reads always hold the whole timeline
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the Chronicle JSON document as it reads it, a row at a time: the
 * timeline is never in memory whole, only its events as "events" lists them.
 */
gboolean
chr_archive_write (ChrDatabase        *db,
                   const ChrInterval  *range,
                   GOutputStream      *stream,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autoptr(ChrJsonWriter) writer = NULL;
  gboolean ok;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  writer = chr_json_writer_new (stream, cancellable);
  chr_json_writer_begin_object (writer);
  write_header (db, writer);
  /* One transaction: every part is read from the same state of the file. */
  if (!chr_database_begin (db, error))
    return FALSE;
  ok = write_parts (db, range, writer, error);
  chr_database_rollback (db);
  if (!ok)
    return FALSE;
  chr_json_writer_end_object (writer);
  return chr_json_writer_finish (writer, error);
}
