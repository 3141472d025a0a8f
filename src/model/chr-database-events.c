/* chr-database-events.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The events of a timeline file: rebuilt from the candidates with the
 * user's layer on them, and read as a timeline, a list or one at a time.
 */
#define G_LOG_DOMAIN "chr-database"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-database-private.h"
#include "chr-user-store.h"

/* The highest event id ever given: a rebuild numbers its events after it,
 * so an id that a window or a script still holds never names another event. */
#define META_LAST_EVENT_ID "last-event-id"

/* An event's sources: substr () on a BLOB counts bytes, which is what the
 * stored offsets are. */
#define SOURCE_COLUMNS "a.id, a.title, substr (CAST (a.text AS BLOB), s.start + 1, s.end - s.start)," \
                       " c.phrase_start - s.start, c.phrase_end - s.start, s.start, s.end," \
                       " c.begin_time, c.end_time, c.granularity, c.phrase_start, c.phrase_end, a.source, a.published"
#define SOURCE_JOINS " JOIN candidates c ON c.id = ec.candidate_id" \
                     " JOIN articles a ON a.id = c.article_id" \
                     " JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence"
/* The same columns for the words the user chose as an excerpt (passages),
 * from an event e; the last says which kind a row is. */
#define PASSAGE_COLUMNS "a.id, a.title, substr (CAST (a.text AS BLOB), p.start + 1, p.end - p.start)," \
                        " p.phrase_start - p.start, p.phrase_end - p.start, p.start, p.end," \
                        " e.begin_time, e.end_time, e.granularity, p.phrase_start, p.phrase_end, a.source, a.published"
#define PASSAGE_JOINS " JOIN annotation_passages p ON p.annotation_id = e.annotation_id" \
                      " JOIN articles a ON a.id = p.article_id"

/* The source in the columns of @stmt from @first on, as SOURCE_COLUMNS names them. */
static ChrSource *
read_source (sqlite3_stmt *stmt,
             int           first)
{
  ChrSource *source = g_new0 (ChrSource, 1);
  int n = sqlite3_column_bytes (stmt, first + 2);

  source->article_id = sqlite3_column_int64 (stmt, first);
  source->article_title = chr_database_column_strdup (stmt, first + 1);
  source->excerpt = g_strndup (sqlite3_column_blob (stmt, first + 2), (gsize) n);
  source->highlight_start = (gsize) CLAMP (sqlite3_column_int64 (stmt, first + 3), 0, n);
  source->highlight_end = (gsize) CLAMP (sqlite3_column_int64 (stmt, first + 4), (gint64) source->highlight_start, n);
  source->sentence_start = (gsize) sqlite3_column_int64 (stmt, first + 5);
  source->sentence_end = (gsize) sqlite3_column_int64 (stmt, first + 6);
  source->interval.begin = sqlite3_column_int64 (stmt, first + 7);
  source->interval.end = sqlite3_column_int64 (stmt, first + 8);
  source->interval.granularity = chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, first + 9));
  source->phrase_start = (gsize) sqlite3_column_int64 (stmt, first + 10);
  source->phrase_end = (gsize) sqlite3_column_int64 (stmt, first + 11);
  source->article_source = chr_database_column_strdup (stmt, first + 12);
  source->article_published = chr_database_column_strdup (stmt, first + 13);
  source->by_hand = sqlite3_column_int (stmt, first + 14) != 0;
  return source;
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

  if (!(stmt = chr_database_prepare (self,
                        "SELECT " SOURCE_COLUMNS ", 0 FROM event_candidates ec" SOURCE_JOINS
                        " WHERE ec.event_id = ?1"
                        " UNION ALL SELECT " PASSAGE_COLUMNS ", 1 FROM events e" PASSAGE_JOINS " WHERE e.id = ?1"
                        " ORDER BY 1, 11",
                        error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);

  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_source_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sources, read_source (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&sources);
}

static ChrEvent *
read_event (sqlite3_stmt *stmt)
{
  ChrEvent *event = g_new0 (ChrEvent, 1);

  event->id = sqlite3_column_int64 (stmt, 0);
  event->title = chr_database_column_strdup (stmt, 1);
  event->value = chr_database_column_strdup (stmt, 2);
  event->interval.begin = sqlite3_column_int64 (stmt, 3);
  event->interval.end = sqlite3_column_int64 (stmt, 4);
  event->interval.granularity = chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 5));
  event->importance = sqlite3_column_double (stmt, 6);
  event->flags = (guint) sqlite3_column_int (stmt, 7);
  event->n_sources = (guint) sqlite3_column_int (stmt, 8);
  event->annotation_id = sqlite3_column_int64 (stmt, 9);
  event->note = chr_database_column_strdup (stmt, 10);
  return event;
}

/* Events in time order; those that begin together by id, so the order is stable. */
static int
compare_by_time (gint64 begin_a,
                 gint64 id_a,
                 gint64 begin_b,
                 gint64 id_b)
{
  if (begin_a != begin_b)
    return begin_a < begin_b ? -1 : 1;
  return id_a < id_b ? -1 : id_a > id_b;
}

#define EVENT_COLUMNS "id, title, value, begin_time, end_time, granularity, importance, flags, n_sources, " \
                      "annotation_id, note"

/* The events chr_database_list_events() lists: ?1 and ?2 the range, ?3 the fewest sources. */
#define EVENT_FILTER "e.end_time > ?1 AND e.begin_time < ?2 AND (e.n_sources >= ?3 OR e.origin = 'user')"

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

  if (!(stmt = chr_database_prepare (self, "SELECT " EVENT_COLUMNS " FROM events WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  event = read_event (stmt);
  if (!(event->sources = chr_database_list_sources (self, event_id, error)) ||
      !chr_user_store_read_tags (self, event, error))
    return NULL;
  return g_steal_pointer (&event);
}

static void
bind_filter (sqlite3_stmt      *stmt,
             const ChrInterval *range,
             guint              min_sources)
{
  sqlite3_bind_int64 (stmt, 1, range ? range->begin : G_MININT64);
  sqlite3_bind_int64 (stmt, 2, range ? range->end : G_MAXINT64);
  sqlite3_bind_int (stmt, 3, (int) MIN (min_sources, G_MAXINT));
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  const ChrEvent *event_a = *(ChrEvent * const *) a;
  const ChrEvent *event_b = *(ChrEvent * const *) b;

  return event_a->id < event_b->id ? -1 : event_a->id > event_b->id;
}

/* The sources of all @events in one query, ordered by event id and merged
 * into them in one pass: a query per event is most of the time an export
 * of a large timeline takes. */
static gboolean
read_all_sources (ChrDatabase       *self,
                  GPtrArray         *events,
                  const ChrInterval *range,
                  guint              min_sources,
                  GError           **error)
{
  g_autoptr(GPtrArray) by_id = g_ptr_array_copy (events, NULL, NULL);
  g_autoptr(ChrStmt) stmt = NULL;
  guint i = 0;
  int rc;

  if (!(stmt = chr_database_prepare (self,
                        "SELECT e.id, " SOURCE_COLUMNS ", 0 FROM events e"
                        " JOIN event_candidates ec ON ec.event_id = e.id" SOURCE_JOINS
                        " WHERE " EVENT_FILTER
                        " UNION ALL SELECT e.id, " PASSAGE_COLUMNS ", 1 FROM events e" PASSAGE_JOINS
                        " WHERE " EVENT_FILTER
                        " ORDER BY 1, 2, 12",
                        error)))
    return FALSE;
  bind_filter (stmt, range, min_sources);

  /* The copy would free the events it points to. */
  g_ptr_array_set_free_func (by_id, NULL);
  g_ptr_array_sort (by_id, compare_by_id);
  for (guint j = 0; j < by_id->len; j++)
    ((ChrEvent *) g_ptr_array_index (by_id, j))->sources =
      g_ptr_array_new_with_free_func ((GDestroyNotify) chr_source_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      while (i < by_id->len && ((ChrEvent *) g_ptr_array_index (by_id, i))->id < id)
        i++;
      if (i < by_id->len && ((ChrEvent *) g_ptr_array_index (by_id, i))->id == id)
        g_ptr_array_add (((ChrEvent *) g_ptr_array_index (by_id, i))->sources, read_source (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return chr_database_set_sqlite_error (self, rc, error);
  return TRUE;
}

/**
 * chr_database_list_events:
 * @self: a #ChrDatabase
 * @range: (nullable): only events that overlap this interval
 * @min_sources: only events reported by at least this many articles
 * @with_sources: whether to load each event's sources too
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GPtrArray of #ChrEvent sorted by begin
 */
GPtrArray *
chr_database_list_events (ChrDatabase        *self,
                          const ChrInterval  *range,
                          guint               min_sources,
                          gboolean            with_sources,
                          GError            **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(GPtrArray) events = NULL;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (!(stmt = chr_database_prepare (self,
                        "SELECT " EVENT_COLUMNS " FROM events e WHERE " EVENT_FILTER
                        " ORDER BY begin_time, id",
                        error)))
    return NULL;
  bind_filter (stmt, range, min_sources);

  events = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_event_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (events, read_event (stmt));
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < events->len; i++)
    if (!chr_user_store_read_tags (self, g_ptr_array_index (events, i), error))
      return NULL;
  if (with_sources && !read_all_sources (self, events, range, min_sources, error))
    return NULL;

  return g_steal_pointer (&events);
}

static int
compare_briefs_by_time (gconstpointer a,
                        gconstpointer b)
{
  const ChrEventBrief *x = a;
  const ChrEventBrief *y = b;

  return compare_by_time (x->interval.begin, x->id, y->interval.begin, y->id);
}

static void
bind_timeline_filter (sqlite3_stmt         *stmt,
                      const ChrEventFilter *filter)
{
  sqlite3_bind_int (stmt, 1, (int) MIN (filter->min_sources, G_MAXINT));
  sqlite3_bind_int (stmt, 2, filter->with_hidden ? 1 : 0);
  sqlite3_bind_int64 (stmt, 3, filter->tag_id);
  sqlite3_bind_int (stmt, 4, CHR_EVENT_FLAG_HIDDEN);
  sqlite3_bind_int (stmt, 5, filter->starred_only ? CHR_EVENT_FLAG_STARRED : 0);
  if (filter->source != NULL)
    sqlite3_bind_text (stmt, 6, filter->source, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int64 (stmt, 7, filter->article_id);
  sqlite3_bind_int64 (stmt, 8, filter->from);
  sqlite3_bind_int64 (stmt, 9, filter->to);
  if (filter->match != NULL)
    sqlite3_bind_text (stmt, 10, filter->match, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 10);
}

/**
 * chr_database_list_timeline:
 * @self: a #ChrDatabase
 * @min_sources: only events reported by at least this many articles
 * @cancellable: (nullable): stops the read, checked every few thousand rows
 * @error: return location for a #GError
 *
 * Reads every event as the timeline needs it, sorted by begin then id: what
 * a window reads at start, so it reads no more than it draws.
 *
 * Returns: (transfer full): the events, or %NULL with @error set
 */
ChrEventList *
chr_database_list_timeline (ChrDatabase          *self,
                            const ChrEventFilter *filter,
                            GCancellable         *cancellable,
                            GError              **error)
{
  static const ChrEventFilter everything = { .with_hidden = TRUE };
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrEventList) list = NULL;
  gboolean sorted = TRUE;
  int rc;

  g_return_val_if_fail (CHR_IS_DATABASE (self), NULL);

  if (filter == NULL)
    filter = &everything;
  /* Most events have no annotation, and so no tag to look up. */
  if (!(stmt = chr_database_prepare (self,
                        "SELECT e.id, e.title, e.begin_time, e.end_time, e.granularity, e.importance, e.flags,"
                        " e.n_sources, CASE WHEN e.annotation_id IS NULL THEN 0 ELSE"
                        "  (SELECT t.color FROM annotation_tags at JOIN tags t ON t.id = at.tag_id"
                        "   WHERE at.annotation_id = e.annotation_id ORDER BY t.name LIMIT 1) END"
                        " FROM events e NOT INDEXED WHERE (e.n_sources >= ?1 OR e.origin = 'user')"
                        " AND (?2 OR e.flags & ?4 = 0)"
                        " AND (?3 = 0 OR EXISTS (SELECT 1 FROM annotation_tags at"
                        "  WHERE at.annotation_id = e.annotation_id AND at.tag_id = ?3))"
                        " AND (?5 = 0 OR e.flags & ?5 != 0)"
                        " AND (?6 IS NULL OR EXISTS (SELECT 1 FROM event_candidates ec"
                        "  JOIN candidates c ON c.id = ec.candidate_id JOIN articles a ON a.id = c.article_id"
                        "  WHERE ec.event_id = e.id AND a.source = ?6))"
                        " AND (?7 = 0 OR EXISTS (SELECT 1 FROM event_candidates ec"
                        "  JOIN candidates c ON c.id = ec.candidate_id WHERE ec.event_id = e.id AND c.article_id = ?7))"
                        " AND (?8 >= ?9 OR (e.end_time > ?8 AND e.begin_time < ?9))"
                        " AND (?10 IS NULL OR e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?10))",
                        error)))
    return NULL;
  bind_timeline_filter (stmt, filter);

  list = g_new0 (ChrEventList, 1);
  list->events = g_array_new (FALSE, FALSE, sizeof (ChrEventBrief));
  list->titles = g_string_chunk_new (64 * 1024);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 1);
      ChrEventBrief brief;

      if (list->events->len % 4096 == 4095 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      brief = (ChrEventBrief) {
        .id = sqlite3_column_int64 (stmt, 0),
        .title = g_string_chunk_insert_len (list->titles, title ? title : "", sqlite3_column_bytes (stmt, 1)),
        .interval.begin = sqlite3_column_int64 (stmt, 2),
        .interval.end = sqlite3_column_int64 (stmt, 3),
        .interval.granularity = chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 4)),
        .importance = sqlite3_column_double (stmt, 5),
        .flags = (guint) sqlite3_column_int (stmt, 6),
        .n_sources = (guint) sqlite3_column_int (stmt, 7),
        .color = (guint) sqlite3_column_int (stmt, 8),
      };

      if (list->events->len > 0)
        sorted = sorted && compare_briefs_by_time (&g_array_index (list->events, ChrEventBrief,
                                                                   list->events->len - 1), &brief) <= 0;
      g_array_append_val (list->events, brief);
    }
  if (rc != SQLITE_DONE)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return NULL;
    }
  /* Stored in date order already, when the events were built at once. */
  if (!sorted)
    g_array_sort (list->events, compare_briefs_by_time);

  return g_steal_pointer (&list);
}


/* The value of a merged date: a point's TIMEX3 value, or "begin/end" for a
 * period, each end at the precision it was given. */
char *
chr_database_event_value (const ChrInterval *interval,
                          guint              flags)
{
  g_autofree char *begin = chr_interval_to_value (interval);
  g_autofree char *end = NULL;
  ChrInterval last = { interval->end - 1, interval->end, interval->granularity };
  ChrInterval unit;

  if (!(flags & CHR_EVENT_FLAG_PERIOD))
    return g_steal_pointer (&begin);
  if (!chr_interval_last_unit (interval, &unit))
    last.granularity = CHR_GRANULARITY_DAY;
  end = chr_interval_to_value (&last);
  return g_strdup_printf ("%s/%s", begin, end);
}

static gboolean
insert_layered_event (ChrDatabase            *self,
                      sqlite3_stmt           *ins_event,
                      sqlite3_stmt           *ins_link,
                      const ChrCandidateSet  *set,
                      const ChrLayeredEvent  *event,
                      gint64                  event_id,
                      GError                **error)
{
  g_autofree char *value = chr_database_event_value (&event->interval, event->flags);
  const ChrAnnotation *annotation = event->annotation;

  sqlite3_bind_text (ins_event, 1, event->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (ins_event, 2, value, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (ins_event, 3, event->interval.begin);
  sqlite3_bind_int64 (ins_event, 4, event->interval.end);
  sqlite3_bind_text (ins_event, 5, chr_granularity_to_string (event->interval.granularity), -1, SQLITE_STATIC);
  /* The timeline reads an importance of at least 1 (one report); an event
   * made by hand with no excerpt weighs as one report. */
  sqlite3_bind_double (ins_event, 6, MAX (event->importance, 1));
  sqlite3_bind_int (ins_event, 7, (int) event->flags);
  sqlite3_bind_int (ins_event, 8, (int) event->n_articles);
  sqlite3_bind_text (ins_event, 9, (event->flags & CHR_EVENT_FLAG_USER) ? "user" : "extracted", -1, SQLITE_STATIC);
  if (annotation)
    sqlite3_bind_int64 (ins_event, 10, annotation->id);
  else
    sqlite3_bind_null (ins_event, 10);
  chr_database_bind_text_or_null (ins_event, 11, annotation ? annotation->note : NULL);
  sqlite3_bind_int64 (ins_event, 12, event_id);
  if (!chr_database_step_done (self, ins_event, error))
    return FALSE;

  for (guint j = 0; j < event->members->len; j++)
    {
      guint member = g_array_index (event->members, guint, j);

      sqlite3_bind_int64 (ins_link, 1, event_id);
      sqlite3_bind_int64 (ins_link, 2, g_array_index (set->ids, gint64, member));
      if (!chr_database_step_done (self, ins_link, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
prepare_event_inserts (ChrDatabase   *self,
                       sqlite3_stmt **ins_event,
                       sqlite3_stmt **ins_link,
                       GError       **error)
{
  *ins_event = chr_database_prepare_cached (self,
                                            "INSERT INTO events (title, value, begin_time,"
                                            " end_time, granularity, importance, flags, n_sources,"
                                            " origin, annotation_id, note, id)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                            error);
  if (*ins_event == NULL)
    return FALSE;
  *ins_link = chr_database_prepare_cached (self,
                                           "INSERT INTO event_candidates (event_id, candidate_id)"
                                           " VALUES (?, ?)",
                                           error);
  return *ins_link != NULL;
}

/* The highest event id given so far, or -1 on an error. */
static gint64
read_last_event_id (ChrDatabase  *self,
                    GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  if (!(stmt = chr_database_prepare (self,
                        "SELECT max (coalesce ((SELECT max (id) FROM events), 0),"
                        " coalesce ((SELECT CAST (value AS INTEGER) FROM meta WHERE key = '" META_LAST_EVENT_ID "'), 0))",
                        error)))
    return -1;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      chr_database_set_sqlite_error (self, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
write_last_event_id (ChrDatabase  *self,
                     gint64        last_id,
                     GError      **error)
{
  g_autoptr(ChrStmt) stmt = NULL;

  if (!(stmt = chr_database_prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES ('" META_LAST_EVENT_ID "', ?)", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, last_id);
  return chr_database_step_done (self, stmt, error);
}

/**
 * chr_database_insert_user_event:
 * @self: a #ChrDatabase, in a transaction
 * @annotation: an event the user made, with no excerpt
 * @event_id: (out) (optional): its id
 * @error: return location for a #GError
 *
 * Adds the events row of @annotation as a rebuild (chr_database_write_events())
 * would, numbered after every id given: an event that moves no excerpt
 * needs no rebuild.
 */
gboolean
chr_database_insert_user_event (ChrDatabase          *self,
                                const ChrAnnotation  *annotation,
                                gint64               *event_id,
                                GError              **error)
{
  sqlite3_stmt *ins_event;
  sqlite3_stmt *ins_link;
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
  ChrLayeredEvent event = {
    .annotation = annotation,
    .title = annotation->title ? annotation->title : "",
    .interval = annotation->interval,
    .flags = chr_annotation_flags (annotation, 0),
    .members = members,
  };
  gint64 last_id;

  if ((last_id = read_last_event_id (self, error)) < 0 ||
      !prepare_event_inserts (self, &ins_event, &ins_link, error) ||
      !insert_layered_event (self, ins_event, ins_link, NULL, &event, last_id + 1, error) ||
      !write_last_event_id (self, last_id + 1, error))
    return FALSE;
  if (event_id)
    *event_id = last_id + 1;
  return TRUE;
}

/**
 * chr_database_begin_events_rewrite:
 * @self: a #ChrDatabase
 * @next_id: (out): the id of the first event to write
 * @error: return location for a #GError
 *
 * Begins a transaction that rewrites every event: the old ones are gone,
 * chr_database_write_events() adds the new ones, and
 * chr_database_end_events_rewrite() commits; on an error, the caller rolls
 * back (chr_database_rollback()).
 *
 * Returns: %FALSE on an error, with no transaction begun
 */
gboolean
chr_database_begin_events_rewrite (ChrDatabase  *self,
                                   gint64       *next_id,
                                   GError      **error)
{
  gint64 last_id;

  g_return_val_if_fail (CHR_IS_DATABASE (self), FALSE);

  if (!chr_database_begin (self, error))
    return FALSE;
  /* Every event is rewritten: the search index takes them at once at the end. */
  if ((last_id = read_last_event_id (self, error)) < 0 ||
      !chr_database_exec (self, "DROP TRIGGER events_fts_insert; DROP TRIGGER events_fts_delete;"
                                "DELETE FROM event_candidates; DELETE FROM events;"
                                "INSERT INTO events_fts (events_fts) VALUES ('delete-all')", error))
    {
      chr_database_rollback (self);
      return FALSE;
    }
  *next_id = last_id + 1;
  return TRUE;
}

/**
 * chr_database_write_events:
 * @self: a #ChrDatabase, rewriting its events
 * @set: the candidates the events were made from
 * @layered: #ChrLayeredEvent over @set (chr_user_layer_apply())
 * @next_id: (inout): the id of the first event to write, then of the next
 * @error: return location for a #GError
 *
 * Returns: %FALSE on an error
 */
gboolean
chr_database_write_events (ChrDatabase            *self,
                           const ChrCandidateSet  *set,
                           GPtrArray              *layered,
                           gint64                 *next_id,
                           GError                **error)
{
  sqlite3_stmt *ins_event;
  sqlite3_stmt *ins_link;

  if (!prepare_event_inserts (self, &ins_event, &ins_link, error))
    return FALSE;
  for (guint i = 0; i < layered->len; i++, (*next_id)++)
    if (!insert_layered_event (self, ins_event, ins_link, set, g_ptr_array_index (layered, i), *next_id, error))
      return FALSE;
  return TRUE;
}

/**
 * chr_database_end_events_rewrite:
 * @self: a #ChrDatabase, rewriting its events
 * @next_id: the id after the last event written
 * @error: return location for a #GError
 *
 * Indexes the new events for search and commits.
 *
 * Returns: %FALSE on an error
 */
gboolean
chr_database_end_events_rewrite (ChrDatabase  *self,
                                 gint64        next_id,
                                 GError      **error)
{
  return chr_database_exec (self, "INSERT INTO events_fts (rowid, title, note) SELECT id, title, note FROM events;"
                                  CHR_EVENTS_FTS_INSERT_TRIGGER ";" CHR_EVENTS_FTS_DELETE_TRIGGER, error) &&
         write_last_event_id (self, next_id - 1, error) &&
         chr_database_commit (self, error);
}
