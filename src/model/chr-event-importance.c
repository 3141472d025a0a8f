/* chr-event-importance.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-importance"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "chr-event-importance.h"

/* How much an event matters in its collection: the articles behind it,
 * each weighed by how firmly it reports the event, and the attention the
 * collection gives its day. */

/* How much one article's statement of an event weighs in its importance.
 * An article that reports the event in its headline or lead is telling
 * the news; one that mentions it in an aside (parentheses, "since", a
 * "when" clause) is telling background; one that dates it after its own
 * publication reports a plan, not what happened. An article that gives a
 * coarser date than the event's ("in June" for June 3) supports the month
 * more than the day. */
#define LEAD_WEIGHT     1.25
#define ASIDE_WEIGHT    0.5
#define AHEAD_WEIGHT    0.5
#define COARSER_WEIGHT  0.5

/* An article that names a day after it has passed shows the day still
 * matters: news keeps referring back to the days that changed the story
 * and soon forgets the others. Its statement weighs 1 + ln (1 + days
 * since), up to a year. */
#define LATER_MAX_DAYS  366

/* An event of one day shares this much of what the rest of the collection
 * says of its day (see chr_attention_new()). */
#define DAY_SHARE       0.5

/* Evens the chances of early and late days: support is scaled by
 * sqrt ((N + k) / (n + k)) for N articles of which n could have reported
 * the day; k keeps the last few days from weighing without measure. */
#define RECENT_DAMPING  10.0

#define DAY CHR_SECONDS_PER_DAY

static double
statement_weight (const ChrCandidate *c,
                  const ChrInterval  *interval)
{
  double w = 1.0;

  if (c->flags & CHR_CANDIDATE_LEAD)
    w *= LEAD_WEIGHT;
  if (c->flags & CHR_CANDIDATE_ASIDE)
    w *= ASIDE_WEIGHT;
  if (c->flags & CHR_CANDIDATE_AHEAD)
    w *= AHEAD_WEIGHT;
  if (c->interval.granularity < interval->granularity)
    w *= COARSER_WEIGHT;
  if ((c->flags & CHR_CANDIDATE_PUBLISHED) && !(c->flags & CHR_EVENT_FLAG_PERIOD) &&
      c->interval.granularity >= CHR_GRANULARITY_DAY && c->published >= c->interval.end)
    {
      gint64 days = (c->published - c->interval.end) / DAY + 1;

      w *= 1 + log1p ((double) MIN (days, LATER_MAX_DAYS));
    }
  return w;
}

typedef struct
{
  gint64 article_id;
  double weight;
} ArticleWeight;

static int
compare_article_weights (const void *a,
                         const void *b)
{
  const ArticleWeight *x = a, *y = b;

  return (x->article_id > y->article_id) - (x->article_id < y->article_id);
}

/* Sums, over the distinct articles of @w, the largest weight of each. */
static double
sum_per_article (ArticleWeight *w,
                 guint          n)
{
  double sum = 0, best = 0;

  qsort (w, n, sizeof (ArticleWeight), compare_article_weights);
  for (guint k = 0; k < n; k++)
    {
      if (k > 0 && w[k].article_id != w[k - 1].article_id)
        {
          sum += best;
          best = 0;
        }
      best = MAX (best, w[k].weight);
    }
  return sum + best;
}

typedef struct
{
  gint64 day;
  double support;
} DaySupport;

typedef struct
{
  gint64 day;
  guint  from_here;    /* articles published on this day or later */
} PublishedDay;

struct _ChrAttention
{
  /* While candidates are added: */
  GHashTable *support;     /* day → double *, what the articles so far say of it */
  GHashTable *said;        /* day → double *, the best statement of the article at hand */
  GHashTable *published;   /* day → articles published that day */
  gint64      article_id;  /* the article at hand */
  gboolean    started;

  /* Once finished: */
  DaySupport   *days;      /* by day */
  guint         n_days;
  PublishedDay *pubs;      /* by day */
  guint         n_pubs;
  guint         n_published;
};

/* A single day, or a point within one: what a day's attention is about. */
static gboolean
is_one_day (const ChrInterval *interval,
            guint              flags)
{
  return !(flags & CHR_EVENT_FLAG_PERIOD) && interval->granularity >= CHR_GRANULARITY_DAY &&
         chr_time_floor_days (interval->begin) == chr_time_floor_days (interval->end - 1);
}

static double *
day_value (GHashTable *table,
           gint64      day)
{
  double *value = g_hash_table_lookup (table, &day);

  if (value == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = day;
      value = g_new0 (double, 1);
      g_hash_table_insert (table, key, value);
    }
  return value;
}

/* The article at hand is done: each day it names counts once, with the
 * weight of its firmest statement of that day. */
static void
close_article (ChrAttention *attention)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, attention->said);
  while (g_hash_table_iter_next (&iter, &key, &value))
    *day_value (attention->support, *(gint64 *) key) += *(double *) value;
  g_hash_table_remove_all (attention->said);
}

/**
 * chr_attention_new:
 *
 * Starts measuring how much a collection talks of each day
 * (chr_attention_add(), then chr_attention_finish()): every article that
 * names the day counts once, with the weight of its firmest statement of
 * it, whichever event that statement went to. A day many articles report,
 * and keep referring back to, is a day the story turned on, and every
 * event of that day shares in it (chr_event_importance()).
 *
 * Also notes when each article came out, for the articles that could have
 * reported a day are only those published on or after it.
 *
 * What it keeps grows with the days the collection names, not with its
 * articles.
 *
 * Returns: (transfer full): the attention, empty
 */
ChrAttention *
chr_attention_new (void)
{
  ChrAttention *attention = g_new0 (ChrAttention, 1);

  attention->support = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  attention->said = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  attention->published = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  return attention;
}

/**
 * chr_attention_add:
 * @attention: attention not yet finished
 * @candidate: a candidate of the collection
 *
 * Counts @candidate. Candidates come article by article: all those of one
 * article follow one another.
 */
void
chr_attention_add (ChrAttention       *attention,
                   const ChrCandidate *candidate)
{
  g_return_if_fail (attention->days == NULL);

  if (!attention->started || candidate->article_id != attention->article_id)
    {
      close_article (attention);
      attention->started = TRUE;
      attention->article_id = candidate->article_id;
      if (candidate->flags & CHR_CANDIDATE_PUBLISHED)
        *day_value (attention->published, candidate->published) += 1;
    }
  if (is_one_day (&candidate->interval, candidate->flags))
    {
      double *best = day_value (attention->said, chr_time_floor_days (candidate->interval.begin));

      *best = MAX (*best, statement_weight (candidate, &candidate->interval));
    }
}

static int
compare_day_supports (const void *a,
                      const void *b)
{
  const DaySupport *x = a, *y = b;

  return (x->day > y->day) - (x->day < y->day);
}

static int
compare_published_days (const void *a,
                        const void *b)
{
  const PublishedDay *x = a, *y = b;

  return (x->day > y->day) - (x->day < y->day);
}

/**
 * chr_attention_finish:
 * @attention: attention every candidate was added to
 *
 * Ends the counting: @attention is ready for chr_event_importance().
 */
void
chr_attention_finish (ChrAttention *attention)
{
  GHashTableIter iter;
  gpointer key, value;
  guint k = 0;

  g_return_if_fail (attention->days == NULL);

  close_article (attention);
  attention->days = g_new (DaySupport, MAX (g_hash_table_size (attention->support), 1));
  g_hash_table_iter_init (&iter, attention->support);
  while (g_hash_table_iter_next (&iter, &key, &value))
    attention->days[attention->n_days++] = (DaySupport) { *(gint64 *) key, *(double *) value };
  qsort (attention->days, attention->n_days, sizeof (DaySupport), compare_day_supports);

  attention->pubs = g_new (PublishedDay, MAX (g_hash_table_size (attention->published), 1));
  g_hash_table_iter_init (&iter, attention->published);
  while (g_hash_table_iter_next (&iter, &key, &value))
    attention->pubs[attention->n_pubs++] = (PublishedDay) { *(gint64 *) key, (guint) *(double *) value };
  qsort (attention->pubs, attention->n_pubs, sizeof (PublishedDay), compare_published_days);
  for (k = attention->n_pubs; k > 0; k--)
    {
      attention->n_published += attention->pubs[k - 1].from_here;
      attention->pubs[k - 1].from_here = attention->n_published;
    }

  g_clear_pointer (&attention->support, g_hash_table_unref);
  g_clear_pointer (&attention->said, g_hash_table_unref);
  g_clear_pointer (&attention->published, g_hash_table_unref);
}

/**
 * chr_attention_new_for:
 * @candidates: every candidate of a collection, in any order
 * @n_candidates: how many
 *
 * Returns: (transfer full): the collection's attention, finished
 */
ChrAttention *
chr_attention_new_for (const ChrCandidate *candidates,
                       guint               n_candidates)
{
  ChrAttention *attention = chr_attention_new ();
  g_autofree guint *order = chr_candidates_by_article (candidates, n_candidates);

  for (guint k = 0; k < n_candidates; k++)
    chr_attention_add (attention, &candidates[order[k]]);
  chr_attention_finish (attention);
  return attention;
}

void
chr_attention_free (ChrAttention *attention)
{
  if (attention == NULL)
    return;
  g_clear_pointer (&attention->support, g_hash_table_unref);
  g_clear_pointer (&attention->said, g_hash_table_unref);
  g_clear_pointer (&attention->published, g_hash_table_unref);
  g_free (attention->days);
  g_free (attention->pubs);
  g_free (attention);
}

static double
day_support (const ChrAttention *attention,
             gint64              day)
{
  guint lo = 0, hi = attention->n_days;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (attention->days[mid].day < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < attention->n_days && attention->days[lo].day == day ? attention->days[lo].support : 0;
}

/* How much more a report counts for coming from a time few articles could
 * tell of: of N articles, n were published on or after @begin's day and
 * could report it; a day after the last of them is only spoken of as a
 * plan, which any article could. */
static double
recency_scale (const ChrAttention *attention,
               gint64              begin)
{
  gint64 day = chr_time_floor_days (begin);
  guint lo = 0, hi = attention->n_pubs, n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (attention->pubs[mid].day < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  n = lo < attention->n_pubs ? attention->pubs[lo].from_here : 0;
  if (n == 0)
    return 1;
  return sqrt ((attention->n_published + RECENT_DAMPING) / (n + RECENT_DAMPING));
}

/**
 * chr_event_importance:
 * @candidates: every candidate
 * @members: (element-type guint): the event's members, indices into @candidates
 * @interval: the event's date
 * @attention: (nullable): the collection's attention, finished (of which
 *   @candidates may be only a part), to weigh the event in its collection
 *
 * How much an event matters. Each article behind it counts once, with the
 * weight of its firmest statement of the event: 1 for a plain report of
 * the same date, more in the headline or lead and when it recalls the day
 * after it passed, less in an aside, for a plan, or for a coarser date.
 *
 * With @attention, an event of one day also takes half of what the other
 * articles naming its day say of it: an event on a day the collection
 * keeps reporting comes before one on a day it hardly mentions, even when
 * its own reports are as many. And the sum grows for days fewer articles
 * could have reported (published later), so that the last weeks of a
 * collection are not outweighed by its first merely for having been
 * written about for longer.
 *
 * Returns: the importance; more is more important, 0 for no members
 */
double
chr_event_importance (const ChrCandidate *candidates,
                      GArray             *members,
                      const ChrInterval  *interval,
                      const ChrAttention *attention)
{
  ArticleWeight one[8];
  g_autofree ArticleWeight *many = NULL;
  ArticleWeight *w = members->len <= G_N_ELEMENTS (one) ? one : (many = g_new (ArticleWeight, members->len));
  double own;

  for (guint k = 0; k < members->len; k++)
    {
      const ChrCandidate *c = &candidates[g_array_index (members, guint, k)];

      w[k].article_id = c->article_id;
      w[k].weight = statement_weight (c, interval);
    }
  own = sum_per_article (w, members->len);
  if (attention == NULL || members->len == 0)
    return own;

  if (is_one_day (interval, 0))
    own += DAY_SHARE * MAX (day_support (attention, chr_time_floor_days (interval->begin)) - own, 0);
  return own * recency_scale (attention, interval->begin);
}
