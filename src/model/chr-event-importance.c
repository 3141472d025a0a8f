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
  gint64 day;          /* its start */
  gint64 article_id;
  double weight;
} DayStatement;

typedef struct
{
  gint64 day;
  double support;
} DaySupport;

typedef struct
{
  gint64 article_id;
  gint64 day;
} ArticleDay;

static int
compare_article_days (const void *a,
                      const void *b)
{
  const ArticleDay *x = a, *y = b;

  return (x->article_id > y->article_id) - (x->article_id < y->article_id);
}

struct _ChrAttention
{
  DaySupport *days;        /* by day */
  guint       n_days;
  gint64     *published;   /* each article's publication day, ascending */
  guint       n_published;
};

static int
compare_days (const void *a,
              const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static int
compare_day_statements (const void *a,
                        const void *b)
{
  const DayStatement *x = a, *y = b;

  if (x->day != y->day)
    return (x->day > y->day) - (x->day < y->day);
  return (x->article_id > y->article_id) - (x->article_id < y->article_id);
}

/* A single day, or a point within one: what a day's attention is about. */
static gboolean
is_one_day (const ChrInterval *interval,
            guint              flags)
{
  return !(flags & CHR_EVENT_FLAG_PERIOD) && interval->granularity >= CHR_GRANULARITY_DAY &&
         chr_time_floor_days (interval->begin) == chr_time_floor_days (interval->end - 1);
}

/**
 * chr_attention_new:
 * @candidates: every candidate of the collection
 * @n_candidates: how many
 *
 * Measures how much the collection talks of each day: every article that
 * names the day counts once, with the weight of its firmest statement of
 * it, whichever event that statement went to. A day many articles report,
 * and keep referring back to, is a day the story turned on, and every
 * event of that day shares in it (chr_event_importance()).
 *
 * Also notes when each article came out, for the articles that could have
 * reported a day are only those published on or after it.
 *
 * Returns: (transfer full): the attention, for chr_event_importance()
 */
ChrAttention *
chr_attention_new (const ChrCandidate *candidates,
                   guint               n_candidates)
{
  ChrAttention *attention = g_new0 (ChrAttention, 1);
  g_autofree DayStatement *said = g_new (DayStatement, MAX (n_candidates, 1));
  g_autofree ArticleDay *pubs = g_new (ArticleDay, MAX (n_candidates, 1));
  guint n_said = 0, n_pubs = 0;

  for (guint i = 0; i < n_candidates; i++)
    {
      const ChrCandidate *c = &candidates[i];

      if (is_one_day (&c->interval, c->flags))
        {
          said[n_said].day = chr_time_floor_days (c->interval.begin);
          said[n_said].article_id = c->article_id;
          said[n_said].weight = statement_weight (c, &c->interval);
          n_said++;
        }
      if ((c->flags & CHR_CANDIDATE_PUBLISHED) && (n_pubs == 0 || pubs[n_pubs - 1].article_id != c->article_id))
        {
          pubs[n_pubs].article_id = c->article_id;
          pubs[n_pubs].day = c->published;
          n_pubs++;
        }
    }

  qsort (said, n_said, sizeof (DayStatement), compare_day_statements);
  attention->days = g_new (DaySupport, MAX (n_said, 1));
  for (guint k = 0; k < n_said; k++)
    {
      DaySupport *last = attention->n_days > 0 ? &attention->days[attention->n_days - 1] : NULL;
      double best = said[k].weight;

      /* An article's statements of one day come together: keep its best. */
      for (; k + 1 < n_said && said[k + 1].day == said[k].day && said[k + 1].article_id == said[k].article_id; k++)
        best = MAX (best, said[k + 1].weight);
      if (last == NULL || last->day != said[k].day)
        {
          last = &attention->days[attention->n_days++];
          last->day = said[k].day;
          last->support = 0;
        }
      last->support += best;
    }

  /* Candidates come article by article; should they not, an article is
   * still counted once. */
  qsort (pubs, n_pubs, sizeof (ArticleDay), compare_article_days);
  attention->published = g_new (gint64, MAX (n_pubs, 1));
  for (guint k = 0; k < n_pubs; k++)
    if (k == 0 || pubs[k].article_id != pubs[k - 1].article_id)
      attention->published[attention->n_published++] = pubs[k].day;
  qsort (attention->published, attention->n_published, sizeof (gint64), compare_days);

  return attention;
}

void
chr_attention_free (ChrAttention *attention)
{
  if (attention == NULL)
    return;
  g_free (attention->days);
  g_free (attention->published);
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
  guint lo = 0, hi = attention->n_published, n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (attention->published[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  n = attention->n_published - lo;
  if (n == 0)
    return 1;
  return sqrt ((attention->n_published + RECENT_DAMPING) / (n + RECENT_DAMPING));
}

/**
 * chr_event_importance:
 * @candidates: every candidate
 * @members: (element-type guint): the event's members, indices into @candidates
 * @interval: the event's date
 * @attention: (nullable): chr_attention_new() over @candidates, to weigh
 *   the event in its collection
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
