/* chr-event-rebuild.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-rebuild"

#include "config.h"

#include "chr-event-importance.h"
#include "chr-event-rebuild.h"
#include "chr-term-weights.h"
#include "chr-user-store.h"

/* A timeline's events are rebuilt a part at a time, so that what is held
 * at once is one part, however large the timeline grows:
 *
 * - a first reading of every candidate weighs the words and measures the
 *   attention to each day, for the whole timeline;
 * - then the candidates are merged a calendar year at a time: those dated
 *   within a year (a day, a month, the year itself, a season), by the year
 *   they begin in, and those that span more (a decade, a period of years)
 *   after them, by the year they begin in too. What would merge across the
 *   turn of a year (a date a source gives a day off on 31 December) stays
 *   apart, and so do a period and a day within it, which are two things on
 *   a timeline anyway.
 * - the user's edits are laid on each part; the years that one edit joins
 *   (an excerpt moved from an event of 2014 to one of 2022) are one part.
 */

/* The candidates that span more than a year go to the parts after the years:
 * LONG_PARTS + the year they begin in. Years are within ±LONG_PARTS / 2. */
#define LONG_PARTS G_GINT64_CONSTANT (1000000)

/* No part: the edits with no excerpt left go to this one, last. */
#define NO_PART G_MININT64

#define YEAR (366 * CHR_SECONDS_PER_DAY)

typedef struct
{
  ChrDatabase    *db;
  ChrTermWeights *weights;
  ChrAttention   *attention;
  GHashTable     *parent;        /* part → the part it joined (gint64 *, owned) */
  GPtrArray      *annotations;   /* ChrAnnotation, by id */
  GArray         *pins;          /* ChrExcerptPin */
  gint64         *part_of;       /* per annotation: its part, or NO_PART */
  gint64          next_id;
} Rebuild;

static gint64
part_of_date (const ChrInterval *interval)
{
  int year;

  chr_time_to_civil (interval->begin, &year, NULL, NULL, NULL, NULL, NULL);
  year = CLAMP (year, -LONG_PARTS / 2, LONG_PARTS / 2);
  if (interval->end - interval->begin > YEAR)
    return LONG_PARTS + year;
  return year;
}

/* The part @part was joined to, through every join. */
static gint64
find_part (Rebuild *self,
           gint64   part)
{
  gint64 *parent;

  while ((parent = g_hash_table_lookup (self->parent, &part)) != NULL && *parent != part)
    part = *parent;
  return part;
}

/* Makes @a and @b one part: the earlier of the two names it. */
static void
join_parts (Rebuild *self,
            gint64   a,
            gint64   b)
{
  gint64 *key;

  a = find_part (self, a);
  b = find_part (self, b);
  if (a == b)
    return;
  key = g_new (gint64, 2);
  key[0] = MAX (a, b);
  key[1] = MIN (a, b);
  g_hash_table_replace (self->parent, &key[0], &key[1]);
}

static gint64
group_of (const ChrInterval *interval,
          gpointer           user_data)
{
  return find_part (user_data, part_of_date (interval));
}

static void
count_candidate (const ChrCandidate *candidate,
                 gpointer            user_data)
{
  Rebuild *self = user_data;

  chr_term_weights_add (self->weights, candidate->article_id, candidate->terms);
  chr_attention_add (self->attention, candidate);
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
      gint64 p = part_of_date (&g_array_index (dates, ChrInterval, k));

      if (*part == NO_PART)
        *part = p;
      else
        join_parts (self, *part, p);
    }
  return TRUE;
}

/* Finds the part of each edit: where its anchor and its excerpts are. */
static gboolean
place_annotations (Rebuild  *self,
                   GError  **error)
{
  self->part_of = g_new (gint64, MAX (self->annotations->len, 1));
  for (guint a = 0; a < self->annotations->len; a++)
    {
      const ChrAnnotation *annotation = g_ptr_array_index (self->annotations, a);

      self->part_of[a] = NO_PART;
      if (annotation->has_anchor && !join_anchor (self, &annotation->anchor, &self->part_of[a], error))
        return FALSE;
      for (guint p = 0; p < self->pins->len; p++)
        {
          const ChrExcerptPin *pin = &g_array_index (self->pins, ChrExcerptPin, p);

          if (pin->annotation_id == annotation->id &&
              !join_anchor (self, &pin->anchor, &self->part_of[a], error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The edits of @part, in the order of their ids. */
static GPtrArray *
annotations_of (Rebuild *self,
                gint64   part)
{
  GPtrArray *mine = g_ptr_array_new ();

  for (guint a = 0; a < self->annotations->len; a++)
    if ((self->part_of[a] == NO_PART ? NO_PART : find_part (self, self->part_of[a])) == part)
      g_ptr_array_add (mine, g_ptr_array_index (self->annotations, a));
  return mine;
}

static gboolean
write_part (Rebuild                *self,
            const ChrCandidateSet  *set,
            gint64                  part,
            GError                **error)
{
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

static gboolean
merge_part (ChrCandidateSet  *set,
            gint64            part,
            gpointer          user_data,
            GError          **error)
{
  return write_part (user_data, set, part, error);
}

/* The edits whose excerpts are all gone: only those made by hand show. */
static gboolean
write_unplaced (Rebuild  *self,
                GError  **error)
{
  g_autoptr(ChrCandidateSet) none = g_new0 (ChrCandidateSet, 1);

  none->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  none->candidates = g_array_new (FALSE, TRUE, sizeof (ChrCandidate));
  none->anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  return write_part (self, none, NO_PART, error);
}

static void
rebuild_clear (Rebuild *self)
{
  g_clear_pointer (&self->weights, chr_term_weights_free);
  g_clear_pointer (&self->attention, chr_attention_free);
  g_clear_pointer (&self->parent, g_hash_table_unref);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->pins, g_array_unref);
  g_clear_pointer (&self->part_of, g_free);
}

/**
 * chr_event_rebuild:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Merges the candidate events of every article into events (one for each
 * happening, however many articles report it) and stores them in place of
 * the extracted ones, with the user's edits laid on them, in one
 * transaction. What it holds at once is the candidates of a year, not of
 * the timeline.
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
    /* Each key owns the pair it heads. */
    .parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL),
  };
  gboolean ok;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!chr_database_begin_events_rewrite (db, &self.next_id, error))
    {
      rebuild_clear (&self);
      return FALSE;
    }
  ok = chr_database_scan_candidates (db, count_candidate, &self, error);
  if (ok)
    chr_attention_finish (self.attention);
  ok = ok &&
       (self.annotations = chr_user_store_load_annotations (db, error)) != NULL &&
       (self.pins = chr_user_store_load_pins (db, error)) != NULL &&
       place_annotations (&self, error) &&
       chr_database_load_candidate_groups (db, group_of, &self, merge_part, &self, error) &&
       write_unplaced (&self, error) &&
       chr_database_end_events_rewrite (db, self.next_id, error);
  if (!ok)
    chr_database_rollback (db);
  rebuild_clear (&self);
  return ok;
}
