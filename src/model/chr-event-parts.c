/* chr-event-parts.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-parts"

#include "config.h"

#include "chr-event-parts.h"

/* A timeline is merged a calendar year at a time: the candidates dated
 * within a year (a day, a month, the year itself, a season) by the year
 * they begin in, and those that span more (a decade, a period of years) by
 * the year they begin in too, apart from the others. What would merge
 * across the turn of a year (a date a source gives a day off on 31
 * December) stays apart, and so do a period and a day within it, which are
 * two things on a timeline anyway.
 *
 * A year with more candidates than a part may hold is merged a month at a
 * time, its statements of a whole year or a season apart; a month with too
 * many, a day at a time, its statements of a whole month or a week apart;
 * and a part that still has too many (many thousands of statements of one
 * day) is dealt among several by article. The finer parts lose what the
 * coarser statements would have added to the events of their days, which
 * only so busy a timeline can spare.
 *
 * Parts that the user's edits join (an excerpt of 2014 moved to an event of
 * 2022) are one: chr_event_parts_join(). */

#define DAY   CHR_SECONDS_PER_DAY
#define MONTH (31 * DAY)
#define YEAR  (366 * DAY)

/* Years are kept within this, so that a part's number cannot overflow. */
#define MAX_YEAR 500000

typedef enum
{
  PART_YEAR,          /* everything of a year within a year */
  PART_YEAR_COARSE,   /* of a year merged by months: its years and seasons */
  PART_MONTH,         /* of a year merged by months: a month's days and weeks */
  PART_MONTH_COARSE,  /* of a month merged by days: its months and weeks */
  PART_DAY,           /* of a month merged by days: a day */
  PART_LONG,          /* what spans more than a year, by the year it begins in */
} PartKind;

#define MAX_CHUNKS 65536

struct _ChrEventParts
{
  guint       max_candidates;
  GHashTable *counts;      /* part number (its first chunk) → candidates, as gint64 * → guint */
  GHashTable *parent;      /* part → the part it joined (gint64 *, owned) */
};

typedef struct
{
  int    year;
  gint64 year_day;      /* the first day of the year, in days since 1970 */
  gint64 month_day;     /* of the month */
  gint64 day;           /* the day */
  gint64 duration;
} DateParts;

static void
split_date (const ChrInterval *interval,
            DateParts         *out)
{
  int year, month, day;

  chr_time_to_civil (interval->begin, &year, &month, &day, NULL, NULL, NULL);
  year = CLAMP (year, -MAX_YEAR, MAX_YEAR);
  out->year = year;
  out->year_day = chr_days_from_civil (year, 1, 1);
  out->month_day = chr_days_from_civil (year, CLAMP (month, 1, 12), 1);
  out->day = out->month_day + day - 1;
  out->duration = interval->end > interval->begin ? interval->end - interval->begin : 0;
}

static gint64
part_number (gint64   first_day,
             PartKind kind,
             guint    chunk)
{
  return (first_day * 8 + kind) * MAX_CHUNKS + MIN (chunk, MAX_CHUNKS - 1);
}

static guint *
count_of (ChrEventParts *self,
          gint64         part,
          gboolean       create)
{
  guint *count = g_hash_table_lookup (self->counts, &part);

  if (count == NULL && create)
    {
      gint64 *key = g_new (gint64, 1);

      *key = part;
      count = g_new0 (guint, 1);
      g_hash_table_insert (self->counts, key, count);
    }
  return count;
}

static guint
candidates_in (ChrEventParts *self,
               gint64         part)
{
  guint *count = count_of (self, part, FALSE);

  return count ? *count : 0;
}

/**
 * chr_event_parts_new:
 * @max_candidates: the most candidates a part may hold, short of one day's
 *   statements of one article
 *
 * Starts dividing a timeline's candidates: every candidate is counted
 * (chr_event_parts_count()), then each is given its part
 * (chr_event_parts_part_of()). What it keeps grows with the days the
 * timeline names, not with its candidates.
 *
 * Returns: (transfer full): the division, empty
 */
ChrEventParts *
chr_event_parts_new (guint max_candidates)
{
  ChrEventParts *self = g_new0 (ChrEventParts, 1);

  self->max_candidates = MAX (max_candidates, 1);
  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return self;
}

/**
 * chr_event_parts_count:
 * @self: the division
 * @interval: a candidate's date
 *
 * Counts a candidate, before any is given its part.
 */
void
chr_event_parts_count (ChrEventParts     *self,
                       const ChrInterval *interval)
{
  DateParts d;

  split_date (interval, &d);
  if (d.duration > YEAR)
    {
      (*count_of (self, part_number (d.year_day, PART_LONG, 0), TRUE))++;
      return;
    }
  (*count_of (self, part_number (d.year_day, PART_YEAR, 0), TRUE))++;
  if (d.duration > MONTH)
    (*count_of (self, part_number (d.year_day, PART_YEAR_COARSE, 0), TRUE))++;
  else
    (*count_of (self, part_number (d.month_day, PART_MONTH, 0), TRUE))++;
  if (d.duration > DAY && d.duration <= MONTH)
    (*count_of (self, part_number (d.month_day, PART_MONTH_COARSE, 0), TRUE))++;
  else if (d.duration <= DAY)
    (*count_of (self, part_number (d.day, PART_DAY, 0), TRUE))++;
}

/* The part of @first_day and @kind, dealt among as many as its candidates
 * need by article. */
static gint64
chunk_of (ChrEventParts *self,
          gint64         first_day,
          PartKind       kind,
          gint64         article_id)
{
  guint n = candidates_in (self, part_number (first_day, kind, 0));
  guint chunks = (n + self->max_candidates - 1) / self->max_candidates;

  if (chunks <= 1)
    return part_number (first_day, kind, 0);
  return part_number (first_day, kind, (guint) (ABS (article_id) % MIN (chunks, MAX_CHUNKS)));
}

/* The part of a candidate so dated, before any join. */
static gint64
own_part (ChrEventParts     *self,
          const ChrInterval *interval,
          gint64             article_id)
{
  DateParts d;

  split_date (interval, &d);
  if (d.duration > YEAR)
    return chunk_of (self, d.year_day, PART_LONG, article_id);
  if (candidates_in (self, part_number (d.year_day, PART_YEAR, 0)) <= self->max_candidates)
    return part_number (d.year_day, PART_YEAR, 0);
  if (d.duration > MONTH)
    return chunk_of (self, d.year_day, PART_YEAR_COARSE, article_id);
  if (candidates_in (self, part_number (d.month_day, PART_MONTH, 0)) <= self->max_candidates)
    return part_number (d.month_day, PART_MONTH, 0);
  if (d.duration > DAY)
    return chunk_of (self, d.month_day, PART_MONTH_COARSE, article_id);
  return chunk_of (self, d.day, PART_DAY, article_id);
}

/**
 * chr_event_parts_find:
 * @self: the division
 * @part: a part's number
 *
 * Returns: the number of the part that @part was joined to, through every
 *   join (chr_event_parts_join()), or @part
 */
gint64
chr_event_parts_find (ChrEventParts *self,
                      gint64         part)
{
  gint64 *parent;

  while ((parent = g_hash_table_lookup (self->parent, &part)) != NULL)
    part = *parent;
  return part;
}

/**
 * chr_event_parts_part_of:
 * @self: the division, every candidate counted
 * @interval: a candidate's date
 * @article_id: its article
 *
 * Returns: the number of the candidate's part; the parts come in the
 *   order of their numbers, the earlier first
 */
gint64
chr_event_parts_part_of (ChrEventParts     *self,
                         const ChrInterval *interval,
                         gint64             article_id)
{
  return chr_event_parts_find (self, own_part (self, interval, article_id));
}

/**
 * chr_event_parts_join:
 * @self: the division, every candidate counted
 * @a: a part, as chr_event_parts_part_of() numbers it
 * @b: another
 *
 * Makes @a and @b one part, which the earlier of the two numbers.
 */
void
chr_event_parts_join (ChrEventParts *self,
                      gint64         a,
                      gint64         b)
{
  gint64 *key;

  a = chr_event_parts_find (self, a);
  b = chr_event_parts_find (self, b);
  if (a == b)
    return;
  key = g_new (gint64, 2);
  key[0] = MAX (a, b);
  key[1] = MIN (a, b);
  g_hash_table_insert (self->parent, &key[0], &key[1]);
}

void
chr_event_parts_free (ChrEventParts *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->parent);
  g_free (self);
}
