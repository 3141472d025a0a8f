/* chr-user-store.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-user-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-database-private.h"
#include "chr-user-store.h"

static gboolean
finish_rows (ChrDatabase   *db,
             int            rc,
             GError       **error)
{
  if (rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (db, rc, error);
  return TRUE;
}

static ChrAnnotation *
read_annotation (sqlite3_stmt *stmt)
{
  ChrAnnotation *a = g_new0 (ChrAnnotation, 1);

  a->id = sqlite3_column_int64 (stmt, 0);
  a->made_by_user = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "user") == 0;
  a->has_anchor = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
  a->anchor = (ChrAnchor) {
    sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4),
  };
  a->title = chr_database_column_strdup (stmt, 5);
  a->has_interval = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  a->interval = (ChrInterval) {
    sqlite3_column_int64 (stmt, 6),
    sqlite3_column_int64 (stmt, 7),
    a->has_interval ? chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 8))
                    : CHR_GRANULARITY_DAY,
  };
  a->period = sqlite3_column_int (stmt, 9) != 0;
  a->approximate = sqlite3_column_type (stmt, 10) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 10) != 0;
  a->starred = sqlite3_column_int (stmt, 11) != 0;
  a->hidden = sqlite3_column_int (stmt, 12) != 0;
  a->note = chr_database_column_strdup (stmt, 13);
  return a;
}

/* The annotations that @where selects (with @id as ?1), sorted by id. */
static GPtrArray *
select_annotations (ChrDatabase  *db,
                    const char   *where,
                    gint64        id,
                    GError      **error)
{
  g_autofree char *sql = g_strconcat ("SELECT id, origin, anchor_article, anchor_start, anchor_end, title,"
                                      " begin_time, end_time, granularity, period, approximate, starred, hidden,"
                                      " note FROM annotations a ", where, " ORDER BY id", NULL);
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (db, sql, error)))
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);

  annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_annotation_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (annotations, read_annotation (stmt));
  if (!finish_rows (db, rc, error))
    return NULL;
  return g_steal_pointer (&annotations);
}

/**
 * chr_user_store_load_annotations:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): every #ChrAnnotation, sorted by id
 */
GPtrArray *
chr_user_store_load_annotations (ChrDatabase  *db,
                                 GError      **error)
{
  return select_annotations (db, "", 0, error);
}

/**
 * chr_user_store_get_annotation:
 * @db: the timeline
 * @id: an annotation's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the annotation, or %NULL with
 *   %CHR_DATABASE_ERROR_NOT_FOUND when there is none
 */
ChrAnnotation *
chr_user_store_get_annotation (ChrDatabase  *db,
                               gint64        id,
                               GError      **error)
{
  g_autoptr(GPtrArray) found = select_annotations (db, "WHERE id = ?1", id, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_NOT_FOUND,
                           _("This annotation no longer exists"));
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

/**
 * chr_user_store_list_orphans:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * The user's edits of extracted events that no event shows any more: the
 * excerpts they were anchored on are gone with their article. They are
 * kept, so that the edit comes back if the article does, and listed, so
 * that nothing the user wrote goes away unseen.
 *
 * Returns: (transfer full) (nullable): #ChrAnnotation, sorted by id
 */
GPtrArray *
chr_user_store_list_orphans (ChrDatabase  *db,
                             GError      **error)
{
  return select_annotations (db, "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.annotation_id = a.id)", 0, error);
}

/**
 * chr_user_store_load_pins:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): every #ChrExcerptPin
 */
GArray *
chr_user_store_load_pins (ChrDatabase  *db,
                          GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GArray) pins = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (db,
                                     "SELECT article_id, phrase_start, phrase_end, annotation_id"
                                     " FROM annotation_excerpts",
                                     error)))
    return NULL;

  pins = g_array_new (FALSE, FALSE, sizeof (ChrExcerptPin));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrExcerptPin pin = {
        { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2) },
        sqlite3_column_int64 (stmt, 3),
      };

      g_array_append_val (pins, pin);
    }
  if (!finish_rows (db, rc, error))
    return NULL;
  return g_steal_pointer (&pins);
}

/**
 * chr_user_store_read_tags:
 * @db: the timeline
 * @event: an event read from @db
 * @error: return location for a #GError
 *
 * Fills in the names of @event's tags, sorted.
 */
gboolean
chr_user_store_read_tags (ChrDatabase  *db,
                          ChrEvent     *event,
                          GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) names = NULL;
  int rc;

  if (event->annotation_id == 0)
    return TRUE;
  if (!(stmt = chr_database_prepare (db,
                                     "SELECT t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id"
                                     " WHERE at.annotation_id = ? ORDER BY t.name",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event->annotation_id);

  names = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
  if (!finish_rows (db, rc, error))
    return FALSE;
  g_strfreev (event->tags);
  event->tags = g_strv_builder_end (names);
  if (event->tags[0] == NULL)
    g_clear_pointer (&event->tags, g_strfreev);
  return TRUE;
}

void
chr_tag_free (ChrTag *tag)
{
  if (tag == NULL)
    return;
  g_free (tag->name);
  g_free (tag);
}

/**
 * chr_user_store_list_tags:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): every #ChrTag, by name
 */
GPtrArray *
chr_user_store_list_tags (ChrDatabase  *db,
                          GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (db,
                                     "SELECT t.id, t.name, t.color, (SELECT count (*) FROM annotation_tags at"
                                     "  JOIN events e ON e.annotation_id = at.annotation_id WHERE at.tag_id = t.id)"
                                     " FROM tags t ORDER BY t.name, t.id",
                                     error)))
    return NULL;

  tags = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_tag_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrTag *tag = g_new0 (ChrTag, 1);

      tag->id = sqlite3_column_int64 (stmt, 0);
      tag->name = chr_database_column_strdup (stmt, 1);
      tag->color = (guint) sqlite3_column_int (stmt, 2);
      tag->n_events = (guint) sqlite3_column_int (stmt, 3);
      g_ptr_array_add (tags, tag);
    }
  if (!finish_rows (db, rc, error))
    return NULL;
  return g_steal_pointer (&tags);
}

ChrUserScope *
chr_user_scope_new (void)
{
  ChrUserScope *scope = g_new0 (ChrUserScope, 1);

  scope->annotations = g_array_new (FALSE, FALSE, sizeof (gint64));
  scope->pins = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  scope->tags = g_array_new (FALSE, FALSE, sizeof (gint64));
  return scope;
}

void
chr_user_scope_free (ChrUserScope *scope)
{
  if (scope == NULL)
    return;
  g_array_unref (scope->annotations);
  g_array_unref (scope->pins);
  g_array_unref (scope->tags);
  g_free (scope);
}

static void
add_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return;
  g_array_append_val (ids, id);
}

void
chr_user_scope_add_annotation (ChrUserScope *scope,
                               gint64        id)
{
  add_id (scope->annotations, id);
}

void
chr_user_scope_add_tag (ChrUserScope *scope,
                        gint64        id)
{
  add_id (scope->tags, id);
}

void
chr_user_scope_add_pin (ChrUserScope    *scope,
                        const ChrAnchor *anchor)
{
  for (guint i = 0; i < scope->pins->len; i++)
    if (chr_anchor_equal (&g_array_index (scope->pins, ChrAnchor, i), anchor))
      return;
  g_array_append_val (scope->pins, *anchor);
}

/* What a snapshot holds: for each table of the user's layer, the rows that
 * a key selects. The rows are stored as they are, column by column. */
typedef struct
{
  const char *name;                /* in the snapshot */
  const char *table;
  const char *key;                 /* WHERE clause on the key's values */
  guint       n_key;
} ScopedTable;

static const ScopedTable scoped_tables[] = {
  { "annotations", "annotations", "id = ?1", 1 },
  { "annotation_tags", "annotation_tags", "annotation_id = ?1", 1 },
  { "passages", "annotation_passages", "annotation_id = ?1", 1 },
  { "pins", "annotation_excerpts", "article_id = ?1 AND phrase_start = ?2 AND phrase_end = ?3", 3 },
  { "tags", "tags", "id = ?1", 1 },
};

/* The keys that select a table's rows in @scope, as arrays of numbers. */
static JsonArray *
scope_keys (const ChrUserScope *scope,
            const ScopedTable  *table)
{
  JsonArray *keys = json_array_new ();

  if (table->n_key == 3)
    {
      for (guint i = 0; i < scope->pins->len; i++)
        {
          const ChrAnchor *a = &g_array_index (scope->pins, ChrAnchor, i);
          JsonArray *key = json_array_new ();

          json_array_add_int_element (key, a->article_id);
          json_array_add_int_element (key, a->start);
          json_array_add_int_element (key, a->end);
          json_array_add_array_element (keys, key);
        }
      return keys;
    }

  GArray *ids = g_str_equal (table->table, "tags") ? scope->tags : scope->annotations;
  for (guint i = 0; i < ids->len; i++)
    {
      JsonArray *key = json_array_new ();

      json_array_add_int_element (key, g_array_index (ids, gint64, i));
      json_array_add_array_element (keys, key);
    }
  return keys;
}

static void
bind_key (sqlite3_stmt *stmt,
          JsonArray    *key)
{
  for (guint k = 0; k < json_array_get_length (key); k++)
    sqlite3_bind_int64 (stmt, (int) k + 1, json_array_get_int_element (key, k));
}

static gboolean
snapshot_table (ChrDatabase        *db,
                const ScopedTable  *table,
                JsonArray          *keys,
                JsonArray          *rows,
                GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s", table->table, table->key);
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (db, sql, error)))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (keys); i++)
    {
      int rc;

      sqlite3_reset (stmt);
      bind_key (stmt, json_array_get_array_element (keys, i));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        json_array_add_array_element (rows, chr_database_read_row (stmt));
      if (!finish_rows (db, rc, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * chr_user_store_snapshot:
 * @db: the timeline
 * @scope: the rows to keep
 * @error: return location for a #GError
 *
 * Reads the rows of the user's layer that @scope names, as they are now:
 * chr_user_store_restore() puts them back exactly, and removes any that
 * were not there.
 *
 * Returns: (transfer full) (nullable): a JSON object
 */
JsonNode *
chr_user_store_snapshot (ChrDatabase         *db,
                         const ChrUserScope  *scope,
                         GError             **error)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node;

  for (guint t = 0; t < G_N_ELEMENTS (scoped_tables); t++)
    {
      const ScopedTable *table = &scoped_tables[t];
      JsonObject *part = json_object_new ();
      JsonArray *keys = scope_keys (scope, table);
      JsonArray *rows = json_array_new ();

      json_object_set_array_member (part, "keys", keys);
      json_object_set_array_member (part, "rows", rows);
      json_object_set_object_member (object, table->name, part);
      if (!snapshot_table (db, table, keys, rows, error))
        return NULL;
    }
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

static gboolean
restore_table (ChrDatabase        *db,
               const ScopedTable  *table,
               JsonObject         *part,
               GError            **error)
{
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE %s", table->table, table->key);
  g_autoptr(ChrStmt) delete = NULL;
  JsonArray *keys = json_object_get_array_member (part, "keys");
  JsonArray *rows = json_object_get_array_member (part, "rows");

  if (!(delete = chr_database_prepare (db, delete_sql, error)))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (keys); i++)
    {
      bind_key (delete, json_array_get_array_element (keys, i));
      if (!chr_database_step_done (db, delete, error))
        return FALSE;
    }

  return chr_database_insert_rows (db, table->table, NULL, rows, FALSE, error);
}

/**
 * chr_user_store_restore:
 * @db: the timeline, in a transaction
 * @snapshot: from chr_user_store_snapshot()
 * @error: return location for a #GError
 *
 * Puts back the rows @snapshot holds. The events are not rebuilt here.
 */
gboolean
chr_user_store_restore (ChrDatabase  *db,
                        JsonNode     *snapshot,
                        GError      **error)
{
  JsonObject *object = json_node_get_object (snapshot);

  for (guint t = 0; t < G_N_ELEMENTS (scoped_tables); t++)
    {
      JsonObject *part = json_object_get_object_member (object, scoped_tables[t].name);

      if (part != NULL && !restore_table (db, &scoped_tables[t], part, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * chr_user_store_rekey:
 * @before: a snapshot taken before an edit
 * @after: the snapshot after it, whose scope may have grown (rows it made)
 *
 * Gives @before the keys of @after, so restoring @before also removes
 * what the edit made.
 */
void
chr_user_store_rekey (JsonNode *before,
                      JsonNode *after)
{
  JsonObject *b = json_node_get_object (before);
  JsonObject *a = json_node_get_object (after);

  for (guint t = 0; t < G_N_ELEMENTS (scoped_tables); t++)
    {
      JsonObject *part_b = json_object_get_object_member (b, scoped_tables[t].name);
      JsonObject *part_a = json_object_get_object_member (a, scoped_tables[t].name);
      JsonNode *keys = json_object_dup_member (part_a, "keys");

      json_object_set_member (part_b, "keys", keys);
    }
}
