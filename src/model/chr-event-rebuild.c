/* chr-event-rebuild.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-rebuild"

#include "config.h"

#include "chr-event-importance.h"
#include "chr-event-parts.h"
#include "chr-event-rebuild.h"
#include "chr-term-weights.h"
#include "chr-user-store.h"

/* A timeline's events are rebuilt a part at a time, so that what is held
 * at once is one part, however large the timeline grows:
 *
 * - a first reading of every candidate weighs the words and measures the
 *   attention to each day for the whole timeline, and counts what each
 *   part would hold (chr-event-parts.c: a year, or finer for a busy year);
 * - then each part's candidates are read, merged with the whole timeline's
 *   weights and attention, laid under the user's edits and written;
 * - the edits that have no excerpt left come last.
 *
 * The rebuild holds at most this many candidates at once (with what merging
 * them takes, about 450 bytes each). */
#define MAX_PART_CANDIDATES 10000

/* No part: the edits with no excerpt left go to this one, last. */
#define NO_PART G_MININT64

typedef struct
{
  ChrDatabase    *db;
  ChrTermWeights *weights;
  ChrAttention   *attention;
  ChrEventParts  *parts;
  GPtrArray      *annotations;   /* ChrAnnotation, by id */
  GArray         *pins;          /* ChrExcerptPin */
  gint64         *part_of;       /* per annotation: its part, or NO_PART */
  gint64          next_id;
} Rebuild;

static gint64
group_of (const ChrInterval *interval,
          gint64             article_id,
          gpointer           user_data)
{
  Rebuild *self = user_data;

  return chr_event_parts_part_of (self->parts, interval, article_id);
}

static void
count_candidate (const ChrCandidate *candidate,
                 gpointer            user_data)
{
  Rebuild *self = user_data;

  chr_term_weights_add (self->weights, candidate->article_id, candidate->terms);
  chr_attention_add (self->attention, candidate);
  chr_event_parts_count (self->parts, &candidate->interval);
}

/* Joins the parts of the candidates @anchor may name to @part, or makes
 * the first of them @part. */
static gboolean
join_anchor (Rebuild          *self,
             const ChrAnchor  *anchor,
             gint64           *part,
             GError          **error)
{
  g_autoptr(GArray) dates = chr_database_list_dates_at (self->db, anchor, error);

  if (dates == NULL)
    return FALSE;
  for (guint k = 0; k < dates->len; k++)
    {
      gint64 p = chr_event_parts_part_of (self->parts, &g_array_index (dates, ChrInterval, k), anchor->article_id);

      if (*part == NO_PART)
        *part = p;
      else
        chr_event_parts_join (self->parts, *part, p);
    }
  return TRUE;
}

/* Finds the part of each edit: where its anchor and its excerpts are. */
static gboolean
place_annotations (Rebuild  *self,
                   GError  **error)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new (g_int64_hash, g_int64_equal);

  self->part_of = g_new (gint64, MAX (self->annotations->len, 1));
  for (guint a = 0; a < self->annotations->len; a++)
    {
      ChrAnnotation *annotation = g_ptr_array_index (self->annotations, a);

      self->part_of[a] = NO_PART;
      g_hash_table_insert (index_of, &annotation->id, GUINT_TO_POINTER (a + 1));
      if (annotation->has_anchor && !join_anchor (self, &annotation->anchor, &self->part_of[a], error))
        return FALSE;
    }
  for (guint p = 0; p < self->pins->len; p++)
    {
      const ChrExcerptPin *pin = &g_array_index (self->pins, ChrExcerptPin, p);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, &pin->annotation_id));

      if (a > 0 && !join_anchor (self, &pin->anchor, &self->part_of[a - 1], error))
        return FALSE;
    }
  return TRUE;
}

/* The part of the a-th edit, now that every join is made. */
static gint64
part_of_annotation (Rebuild *self,
                    guint    a)
{
  return self->part_of[a] == NO_PART ? NO_PART : chr_event_parts_find (self->parts, self->part_of[a]);
}

/* The edits of @part, in the order of their ids. */
static GPtrArray *
annotations_of (Rebuild *self,
                gint64   part)
{
  GPtrArray *mine = g_ptr_array_new ();

  for (guint a = 0; a < self->annotations->len; a++)
    if (part_of_annotation (self, a) == part)
      g_ptr_array_add (mine, g_ptr_array_index (self->annotations, a));
  return mine;
}

/* Merges the candidates of @part, lays the user's edits of it on them, and
 * writes the events: a #ChrCandidateSetFunc. */
static gboolean
write_part (ChrCandidateSet  *set,
            gint64            part,
            gpointer          user_data,
            GError          **error)
{
  Rebuild *self = user_data;
  const ChrCandidate *candidates = (const ChrCandidate *) (gpointer) set->candidates->data;
  guint n = set->candidates->len;
  g_autoptr(GPtrArray) merged = chr_event_merge_in (candidates, n, self->weights, self->attention);
  g_autoptr(GPtrArray) annotations = annotations_of (self, part);
  g_autoptr(GPtrArray) layered = NULL;

  layered = chr_user_layer_apply (candidates, (const ChrAnchor *) (gpointer) set->anchors->data, n, merged,
                                  annotations, (const ChrExcerptPin *) (gpointer) self->pins->data,
                                  self->pins->len, self->attention);
  return chr_database_write_events (self->db, set, layered, &self->next_id, error);
}

/* The edits whose excerpts are all gone: only those made by hand show. */
static gboolean
write_unplaced (Rebuild  *self,
                GError  **error)
{
  g_autoptr(ChrCandidateSet) none = chr_candidate_set_new ();

  return write_part (none, NO_PART, self, error);
}

static void
rebuild_clear (Rebuild *self)
{
  g_clear_pointer (&self->weights, chr_term_weights_free);
  g_clear_pointer (&self->attention, chr_attention_free);
  g_clear_pointer (&self->parts, chr_event_parts_free);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->pins, g_array_unref);
  g_clear_pointer (&self->part_of, g_free);
}

/* The first reading: the words' weights, the attention to each day, and
 * what each part would hold, for the whole timeline. */
static gboolean
count_timeline (Rebuild  *self,
                GError  **error)
{
  if (!chr_database_scan_candidates (self->db, count_candidate, self, error))
    return FALSE;
  chr_attention_finish (self->attention);
  return TRUE;
}

/* Then each part, merged, under the user's edits, and written. */
static gboolean
write_parts (Rebuild  *self,
             GError  **error)
{
  return (self->annotations = chr_user_store_load_annotations (self->db, error)) != NULL &&
         (self->pins = chr_user_store_load_pins (self->db, error)) != NULL &&
         place_annotations (self, error) &&
         chr_database_load_candidate_groups (self->db, group_of, self, write_part, self, error) &&
         write_unplaced (self, error);
}

/**
 * chr_event_rebuild:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Merges the candidate events of every article into events (one for each
 * happening, however many articles report it) and stores them in place of
 * the extracted ones, with the user's edits laid on them, in one
 * transaction. What it holds at once is the candidates of one part (a
 * year, a month, a day or a share of one: at most MAX_PART_CANDIDATES),
 * not of the timeline.
 *
 * Returns: %FALSE on an error, with the events as they were
 */
gboolean
chr_event_rebuild (ChrDatabase  *db,
                   GError      **error)
{
  Rebuild self = {
    .db = db,
    .weights = chr_term_weights_new (),
    .attention = chr_attention_new (),
    .parts = chr_event_parts_new (MAX_PART_CANDIDATES),
  };
  gboolean ok;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!chr_database_begin_events_rewrite (db, &self.next_id, error))
    {
      rebuild_clear (&self);
      return FALSE;
    }
  ok = chr_database_find_boilerplate (db, error) &&
       count_timeline (&self, error) &&
       write_parts (&self, error);
  if (ok)
    chr_database_forget_boilerplate (db);
  if (!ok || !chr_database_end_events_rewrite (db, self.next_id, error))
    {
      chr_database_rollback (db);
      ok = FALSE;
    }
  rebuild_clear (&self);
  return ok;
}
