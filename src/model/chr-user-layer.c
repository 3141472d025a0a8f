/* chr-user-layer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-user-layer"

#include "config.h"

#include "chr-event-importance.h"
#include "chr-user-layer.h"

#define NO_OWNER G_MAXUINT

void
chr_annotation_free (ChrAnnotation *annotation)
{
  if (annotation == NULL)
    return;
  g_free (annotation->title);
  g_free (annotation->note);
  g_free (annotation);
}

void
chr_layered_event_free (ChrLayeredEvent *event)
{
  if (event == NULL)
    return;
  g_clear_pointer (&event->members, g_array_unref);
  g_free (event);
}

guint
chr_anchor_hash (gconstpointer anchor)
{
  const ChrAnchor *a = anchor;

  return (guint) (a->article_id * 1000003 ^ a->start * 8191 ^ a->end);
}

gboolean
chr_anchor_equal (gconstpointer a,
                  gconstpointer b)
{
  const ChrAnchor *x = a;
  const ChrAnchor *y = b;

  return x->article_id == y->article_id && x->start == y->start && x->end == y->end;
}

/* Finds the candidates the user's layer names: exactly by their anchor, or,
 * when an engine that reads dates differently moved a phrase a little, by
 * the candidate of the same article whose phrase overlaps it. */
typedef struct
{
  const ChrAnchor *anchors;
  guint            n;
  GHashTable      *exact;          /* ChrAnchor* → index + 1 */
  GHashTable      *by_article;     /* article id → GArray of indices, made when first needed */
} CandidateFinder;

static void
finder_init (CandidateFinder *finder,
             const ChrAnchor *anchors,
             guint            n)
{
  finder->anchors = anchors;
  finder->n = n;
  finder->exact = g_hash_table_new (chr_anchor_hash, chr_anchor_equal);
  finder->by_article = NULL;
  /* Should two candidates share a phrase, the first keeps it, the same at every rebuild. */
  for (guint i = 0; i < n; i++)
    if (!g_hash_table_contains (finder->exact, &anchors[i]))
      g_hash_table_insert (finder->exact, (gpointer) &anchors[i], GUINT_TO_POINTER (i + 1));
}

static void
finder_clear (CandidateFinder *finder)
{
  g_clear_pointer (&finder->exact, g_hash_table_unref);
  g_clear_pointer (&finder->by_article, g_hash_table_unref);
}

/* Of the candidates @indices, the one whose phrase overlaps @anchor and
 * moved least ("February 2014" rather than "since February 2014"). */
static guint
closest_overlap (const ChrAnchor *anchors,
                 GArray          *indices,
                 const ChrAnchor *anchor)
{
  guint best = NO_OWNER;
  gint64 best_moved = G_MAXINT64;

  for (guint k = 0; k < indices->len; k++)
    {
      guint i = g_array_index (indices, guint, k);
      gint64 moved;

      if (anchors[i].start >= anchor->end || anchor->start >= anchors[i].end)
        continue;
      moved = ABS (anchors[i].start - anchor->start) + ABS (anchors[i].end - anchor->end);
      if (moved < best_moved)
        {
          best = i;
          best_moved = moved;
        }
    }
  return best;
}

static guint
finder_find (CandidateFinder *finder,
             const ChrAnchor *anchor)
{
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (finder->exact, anchor));
  GArray *same_article;

  if (found > 0)
    return found - 1;

  if (finder->by_article == NULL)
    {
      finder->by_article = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                  (GDestroyNotify) g_array_unref);
      for (guint i = 0; i < finder->n; i++)
        {
          GArray *list = g_hash_table_lookup (finder->by_article, &finder->anchors[i].article_id);

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (finder->by_article, (gpointer) &finder->anchors[i].article_id, list);
            }
          g_array_append_val (list, i);
        }
    }

  if (!(same_article = g_hash_table_lookup (finder->by_article, &anchor->article_id)))
    return NO_OWNER;
  return closest_overlap (finder->anchors, same_article, anchor);
}

typedef struct
{
  const ChrCandidate *candidates;
  guint               n_candidates;
  GPtrArray          *merged;
  GPtrArray          *annotations;
  guint              *pinned_to;   /* per candidate: annotation index, NO_OWNER, or DETACHED */
  guint              *anchor_of;   /* per candidate: the annotation anchored on it, or NO_OWNER */
  guint              *anchor_at;   /* per annotation: the candidate of its anchor, or NO_OWNER */
  GArray            **members;     /* per annotation: its candidates */
  guint              *base;        /* per annotation: the first merged event it took from, or NO_OWNER */
  const ChrAttention *attention;   /* the collection's */
  GPtrArray          *result;
} Layering;

#define DETACHED (G_MAXUINT - 1)

static guint
find_annotation (GPtrArray *annotations,
                 gint64     id)
{
  guint lo = 0, hi = annotations->len;

  /* Annotations come sorted by id. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const ChrAnnotation *a = g_ptr_array_index (annotations, mid);

      if (a->id == id)
        return mid;
      if (a->id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NO_OWNER;
}

static void
layering_locate (Layering            *self,
                 const ChrAnchor     *anchors,
                 const ChrExcerptPin *pins,
                 guint                n_pins)
{
  CandidateFinder finder;

  finder_init (&finder, anchors, self->n_candidates);
  for (guint i = 0; i < self->n_candidates; i++)
    self->pinned_to[i] = self->anchor_of[i] = NO_OWNER;

  for (guint p = 0; p < n_pins; p++)
    {
      guint i = finder_find (&finder, &pins[p].anchor);
      guint owner = pins[p].annotation_id == 0 ? DETACHED : find_annotation (self->annotations, pins[p].annotation_id);

      if (i != NO_OWNER && owner != NO_OWNER)
        self->pinned_to[i] = owner;
    }
  for (guint a = 0; a < self->annotations->len; a++)
    {
      const ChrAnnotation *annotation = g_ptr_array_index (self->annotations, a);
      guint i;

      self->anchor_at[a] = NO_OWNER;
      if (!annotation->has_anchor || (i = finder_find (&finder, &annotation->anchor)) == NO_OWNER)
        continue;
      self->anchor_at[a] = i;
      if (self->anchor_of[i] == NO_OWNER)
        self->anchor_of[i] = a;
    }
  finder_clear (&finder);
}

static guint
count_articles (const ChrCandidate *candidates,
                GArray             *members)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint k = 0; k < members->len; k++)
    g_hash_table_add (seen, (gpointer) &candidates[g_array_index (members, guint, k)].article_id);
  return g_hash_table_size (seen);
}

static gboolean
members_contain (GArray *members,
                 guint   candidate)
{
  for (guint k = 0; k < members->len; k++)
    if (g_array_index (members, guint, k) == candidate)
      return TRUE;
  return FALSE;
}

/* How many of @event's candidates point to annotation @owner: are its
 * anchor (@anchors) or are pinned to it. */
static guint
count_votes (Layering             *self,
             const ChrMergedEvent *event,
             guint                 owner,
             gboolean              anchors)
{
  guint votes = 0;

  for (guint k = 0; k < event->members->len; k++)
    {
      guint m = g_array_index (event->members, guint, k);

      votes += (anchors ? self->anchor_of[m] : self->pinned_to[m]) == owner;
    }
  return votes;
}

/* The annotation most of @event's candidates point to, the first on a tie. */
static guint
most_voted (Layering             *self,
            const ChrMergedEvent *event,
            gboolean              anchors,
            guint                *n_votes)
{
  guint best = NO_OWNER;

  *n_votes = 0;
  for (guint k = 0; k < event->members->len; k++)
    {
      guint m = g_array_index (event->members, guint, k);
      guint owner = anchors ? self->anchor_of[m] : self->pinned_to[m];
      guint votes;

      if (owner >= self->annotations->len)
        continue;
      votes = count_votes (self, event, owner, anchors);
      if (best == NO_OWNER || votes > *n_votes || (votes == *n_votes && owner < best))
        {
          best = owner;
          *n_votes = votes;
        }
    }
  return best;
}

/* The annotation that claims what nobody pinned of an extracted event. An
 * annotation anchored in it claims the whole event: what joins it (a new
 * article's report) joins the edit. Failing that, the annotation its
 * excerpts were pinned to (by a merge) claims it, if they outnumber the
 * excerpts nobody claims: one excerpt attached elsewhere does not take the
 * rest of its event along. */
static guint
choose_owner (Layering             *self,
              const ChrMergedEvent *event)
{
  guint unclaimed = 0;
  guint votes;
  guint owner;

  if ((owner = most_voted (self, event, TRUE, &votes)) != NO_OWNER)
    return owner;
  if ((owner = most_voted (self, event, FALSE, &votes)) == NO_OWNER)
    return NO_OWNER;
  for (guint k = 0; k < event->members->len; k++)
    unclaimed += self->pinned_to[g_array_index (event->members, guint, k)] == NO_OWNER;
  return votes > unclaimed ? owner : NO_OWNER;
}

/* The extracted event annotation @a takes its date from, unless the user
 * dated it: the one that holds its anchor, else the first it took from. */
static void
note_base (Layering             *self,
           guint                 a,
           guint                 e,
           const ChrMergedEvent *event)
{
  if (self->base[a] == NO_OWNER ||
      (self->anchor_at[a] != NO_OWNER && members_contain (event->members, self->anchor_at[a])))
    self->base[a] = e;
}

/* An edited event is weighed as the merge weighs the extracted ones. */
static double
layering_importance (Layering          *self,
                     GArray            *members,
                     const ChrInterval *interval)
{
  return chr_event_importance (self->candidates, members, interval, self->attention);
}

static void
emit_extracted (Layering             *self,
                const ChrMergedEvent *event,
                GArray               *kept)
{
  ChrLayeredEvent *out = g_new0 (ChrLayeredEvent, 1);
  guint label = members_contain (kept, event->label_candidate) ? event->label_candidate
                                                                 : g_array_index (kept, guint, 0);

  out->title = self->candidates[label].label;
  out->interval = event->interval;
  out->flags = event->flags;
  out->members = g_array_ref (kept);
  out->n_articles = kept->len == event->members->len ? event->n_articles
                                                     : count_articles (self->candidates, kept);
  out->importance = kept->len == event->members->len ? event->importance
                                                     : layering_importance (self, kept, &out->interval);
  g_ptr_array_add (self->result, out);
}

static void
distribute (Layering *self)
{
  for (guint e = 0; e < self->merged->len; e++)
    {
      const ChrMergedEvent *event = g_ptr_array_index (self->merged, e);
      g_autoptr(GArray) free_members = g_array_new (FALSE, FALSE, sizeof (guint));
      guint owner;

      for (guint k = 0; k < event->members->len; k++)
        {
          guint m = g_array_index (event->members, guint, k);
          guint pin = self->pinned_to[m];

          if (pin == DETACHED)
            continue;
          if (pin == NO_OWNER)
            {
              g_array_append_val (free_members, m);
              continue;
            }
          g_array_append_val (self->members[pin], m);
          note_base (self, pin, e, event);
        }
      if (free_members->len == 0)
        continue;

      if ((owner = choose_owner (self, event)) == NO_OWNER)
        {
          emit_extracted (self, event, free_members);
          continue;
        }
      g_array_append_vals (self->members[owner], free_members->data, free_members->len);
      note_base (self, owner, e, event);
    }
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The label of an annotated event when the user did not name it: its
 * anchor's, else that of the extracted event it came from, else its first. */
static const char *
default_title (Layering *self,
               guint     a,
               GArray   *members)
{
  guint anchor = self->anchor_at[a];

  if (anchor != NO_OWNER && members_contain (members, anchor))
    return self->candidates[anchor].label;
  if (self->base[a] != NO_OWNER)
    {
      const ChrMergedEvent *base = g_ptr_array_index (self->merged, self->base[a]);

      if (members_contain (members, base->label_candidate))
        return self->candidates[base->label_candidate].label;
    }
  return members->len > 0 ? self->candidates[g_array_index (members, guint, 0)].label : "";
}

static void
emit_annotated (Layering *self,
                guint     a)
{
  const ChrAnnotation *annotation = g_ptr_array_index (self->annotations, a);
  GArray *members = self->members[a];
  ChrLayeredEvent *out;

  if (members->len == 0 && !annotation->made_by_user)
    return;                        /* its excerpts are gone: listed, not shown */
  if (members->len == 0 && !annotation->has_interval)
    return;

  g_array_sort (members, compare_uint);
  out = g_new0 (ChrLayeredEvent, 1);
  out->annotation = annotation;
  out->members = g_array_ref (members);
  out->n_articles = count_articles (self->candidates, members);

  if (annotation->has_interval)
    out->interval = annotation->interval;
  else if (self->base[a] != NO_OWNER)
    {
      const ChrMergedEvent *base = g_ptr_array_index (self->merged, self->base[a]);

      out->interval = base->interval;
      out->flags = base->flags;
    }
  else
    {
      const ChrCandidate *first = &self->candidates[g_array_index (members, guint, 0)];

      out->interval = first->interval;
      out->flags = first->flags & ~(guint) CHR_CANDIDATE_FLAGS;
    }
  out->flags = chr_annotation_flags (annotation, out->flags);
  out->importance = layering_importance (self, members, &out->interval);
  out->title = annotation->title ? annotation->title : default_title (self, a, members);
  g_ptr_array_add (self->result, out);
}

/**
 * chr_annotation_flags:
 * @annotation: the user's hand on an event
 * @extracted: the #ChrEventFlags extraction gives the event
 *
 * Returns: the event's flags with the user's layer on them: a date the
 *   user gave is as exact as they say, and a period only if they say so
 */
guint
chr_annotation_flags (const ChrAnnotation *annotation,
                      guint                extracted)
{
  guint flags = extracted & ~(guint) CHR_EVENT_FLAGS_USER_LAYER;

  if (annotation->has_interval)
    flags = annotation->period ? CHR_EVENT_FLAG_PERIOD : 0;
  if (annotation->approximate >= 0)
    flags = annotation->approximate ? flags | CHR_EVENT_FLAG_APPROXIMATE : flags & ~(guint) CHR_EVENT_FLAG_APPROXIMATE;
  flags |= annotation->made_by_user ? CHR_EVENT_FLAG_USER : CHR_EVENT_FLAG_EDITED;
  if (annotation->starred)
    flags |= CHR_EVENT_FLAG_STARRED;
  if (annotation->hidden)
    flags |= CHR_EVENT_FLAG_HIDDEN;
  if (annotation->note && *annotation->note)
    flags |= CHR_EVENT_FLAG_NOTE;
  return flags;
}

static int
compare_layered (gconstpointer a,
                 gconstpointer b)
{
  const ChrLayeredEvent *x = *(ChrLayeredEvent * const *) a;
  const ChrLayeredEvent *y = *(ChrLayeredEvent * const *) b;
  gint64 ix = x->annotation ? x->annotation->id : 0, iy = y->annotation ? y->annotation->id : 0;
  guint mx = x->members->len ? g_array_index (x->members, guint, 0) : G_MAXUINT;
  guint my = y->members->len ? g_array_index (y->members, guint, 0) : G_MAXUINT;

  if (x->interval.begin != y->interval.begin)
    return x->interval.begin < y->interval.begin ? -1 : 1;
  if (mx != my)
    return mx < my ? -1 : 1;
  return ix < iy ? -1 : ix > iy;
}

/**
 * chr_user_layer_apply:
 * @candidates: every candidate of the timeline
 * @anchors: each candidate's anchor
 * @n_candidates: how many
 * @merged: #ChrMergedEvent from chr_event_merge_in() over @candidates
 * @annotations: #ChrAnnotation, sorted by id
 * @pins: the excerpts the user moved
 * @n_pins: how many
 * @attention: the collection's attention to its days (@candidates may be
 *   only part of it)
 *
 * Lays the user's layer on what extraction merged. Pinned excerpts go to
 * their annotation (or nowhere, when detached). The rest of an extracted
 * event goes to the annotation anchored in it, or else to the one most of
 * its excerpts were pinned to, so an article that joins an edited event
 * joins the edit; an event nobody touched stays as extracted. An
 * annotation whose excerpts are all gone makes no event.
 *
 * Returns: (transfer full): #ChrLayeredEvent sorted by begin
 */
GPtrArray *
chr_user_layer_apply (const ChrCandidate   *candidates,
                      const ChrAnchor      *anchors,
                      guint                 n_candidates,
                      GPtrArray            *merged,
                      GPtrArray            *annotations,
                      const ChrExcerptPin  *pins,
                      guint                 n_pins,
                      const ChrAttention   *attention)
{
  Layering self = {
    .candidates = candidates,
    .n_candidates = n_candidates,
    .merged = merged,
    .annotations = annotations,
    .attention = attention,
    .pinned_to = g_new (guint, n_candidates),
    .anchor_of = g_new (guint, n_candidates),
    .members = g_new0 (GArray *, annotations->len),
    .base = g_new (guint, annotations->len),
    .anchor_at = g_new (guint, annotations->len),
    .result = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_layered_event_free),
  };

  for (guint a = 0; a < annotations->len; a++)
    {
      self.members[a] = g_array_new (FALSE, FALSE, sizeof (guint));
      self.base[a] = NO_OWNER;
    }

  layering_locate (&self, anchors, pins, n_pins);
  distribute (&self);
  for (guint a = 0; a < annotations->len; a++)
    {
      emit_annotated (&self, a);
      g_array_unref (self.members[a]);
    }
  g_ptr_array_sort (self.result, compare_layered);

  g_free (self.pinned_to);
  g_free (self.anchor_of);
  g_free (self.members);
  g_free (self.base);
  g_free (self.anchor_at);
  return self.result;
}
