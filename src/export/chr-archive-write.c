/* chr-archive-write.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-archive-write"

#include "config.h"

#include "chr-archive.h"
#include "chr-export-file.h"
#include "chr-database-dump.h"
#include "chr-json-export.h"
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

/* The precision of each article's publication date, beside it. */
static void
add_precisions (JsonArray *articles)
{
  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);
      const char *published = json_object_get_string_member_with_default (article, "published", NULL);
      ChrInterval date;

      if (published != NULL && chr_time_parse_iso (published, &date))
        json_object_set_string_member (article, "precision", chr_granularity_to_string (date.granularity));
      else
        json_object_set_null_member (article, "precision");
    }
}

static void
set_node (JsonObject *object,
          const char *member,
          JsonNode   *node)
{
  json_object_set_member (object, member, node);
}

static gboolean
build_parts (ChrDatabase        *db,
             const ChrInterval  *range,
             JsonObject         *object,
             GError            **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  JsonNode *articles;
  JsonNode *tables;

  if (!(articles = chr_database_dump_articles (db, error)))
    return FALSE;
  add_precisions (json_node_get_array (articles));
  set_node (object, "articles", articles);
  /* Hidden events too: the archive is the whole timeline, and says which are hidden. */
  if (!(events = chr_database_list_events (db, range, 0, TRUE, error)) ||
      !(tags = chr_user_store_list_tags (db, error)))
    return FALSE;
  set_node (object, "events", chr_json_export_events (events));
  set_node (object, "tags", chr_json_export_tags (tags));
  if (!(tables = chr_database_dump_tables (db, error)))
    return FALSE;
  set_node (object, "tables", tables);
  return TRUE;
}

/**
 * chr_archive_build:
 * @db: the timeline
 * @range: (nullable): the events listed under "events"; the tables that an
 *   import reads always hold the whole timeline
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the Chronicle JSON document
 */
JsonNode *
chr_archive_build (ChrDatabase        *db,
                   const ChrInterval  *range,
                   GError            **error)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *exported_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  JsonNode *node;
  gboolean ok;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);

  json_object_set_string_member (object, "format", CHR_ARCHIVE_FORMAT);
  json_object_set_int_member (object, "version", CHR_ARCHIVE_VERSION);
  json_object_set_string_member (object, "generator", "Chronicle " PACKAGE_VERSION);
  json_object_set_string_member (object, "exported_at", exported_at);
  json_object_set_int_member (object, "schema_version", chr_database_get_schema_version (db));

  /* One transaction: every part is read from the same state of the file. */
  if (!chr_database_begin (db, error))
    return NULL;
  ok = build_parts (db, range, object, error);
  chr_database_rollback (db);
  if (!ok)
    return NULL;

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

/**
 * chr_archive_write:
 * @db: the timeline
 * @range: (nullable): as for chr_archive_build()
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 */
gboolean
chr_archive_write (ChrDatabase        *db,
                   const ChrInterval  *range,
                   GOutputStream      *stream,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (!(root = chr_archive_build (db, range, error)))
    return FALSE;
  return chr_export_file_write_json (stream, root, FALSE, cancellable, error);
}
