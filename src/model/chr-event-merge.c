/* chr-event-merge.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-merge"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chr-event-label.h"
#include "chr-event-importance.h"
#include "chr-event-merge.h"
#include "chr-term-weights.h"
#include "chr-text.h"

/* Similarity of a candidate c to a cluster K, in normalized IDF units
 * (w = log (N / df) / log N, so a word only one article uses weighs 1 and a
 * word every article uses weighs 0):
 *
 *   shared = Σ over c's stems of w · (share of K's members that use the stem)
 *   cover  = shared / min (weight of c, mean weight of K's members)
 *   score  = shared · cover
 *
 * cover alone would let two sentences made of common words ("Russia",
 * "Ukraine") merge; shared alone would favour long sentences. The product asks
 * for both, and shared must also reach about one fairly rare word: a sentence
 * whose rare words are mostly context ("four years after Russia's invasion,
 * the front barely moves") still joins what it refers to, while sentences that
 * only share a name stay apart. */
#define MERGE_THRESHOLD       0.20
#define MERGE_MIN_SHARED      0.40
#define SAME_DAY_BONUS        1.5

/* Sources that give incompatible but close dates are merged only when they
 * clearly tell the same story. */
#define CONFLICT_THRESHOLD    0.80
#define CONFLICT_MIN_COVER    0.75

/* Stems at least this rare find clusters; the others only add to scores, so a
 * candidate made of common words alone cannot join anything. */
#define RETRIEVAL_MIN_WEIGHT  0.25

/* Bounds on the work done for one candidate. Postings are scanned newest
 * first, which within a band is nearest in time first, and the rarest stems
 * are looked up first. */
#define MAX_POSTINGS_PER_TERM       128
#define MAX_CLUSTERS_PER_CANDIDATE  64

/* Only the clusters found through the most stem weight are scored in full. */
#define MAX_CLUSTERS_SCORED         8

#define DAY      CHR_SECONDS_PER_DAY
#define MONTH    (31 * DAY)
#define YEAR     (366 * DAY)

/* The widest gap between two incompatible dates that can still be a conflict. */
#define CONFLICT_SLACK_MAX MONTH
#define CONFLICT_SLACK_MIN (7 * DAY)

/* Candidates are merged from the most precise to the least, in bands, so that a
 * day anchors an event before the years and months that mention it arrive. */
static const gint64 band_max_duration[] = { DAY, MONTH, YEAR, G_MAXINT64 };
#define N_BANDS G_N_ELEMENTS (band_max_duration)

static const char * const stopwords[] = {
  /* articles, pronouns, determiners */
  "the", "an", "this", "that", "these", "those", "there", "here",
  "you", "your", "yours", "him", "his", "she", "her", "hers", "its", "our", "ours",
  "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what", "where", "when",
  "why", "how", "himself", "herself", "itself", "themselves", "ourselves", "yourself",
  "all", "any", "each", "every", "both", "either", "neither", "some", "such", "other",
  "another", "same", "own", "many", "much", "more", "most", "few", "fewer", "less", "least",
  "several", "various", "whole", "one", "ones",
  /* auxiliaries and light verbs */
  "are", "was", "were", "been", "being", "have", "has", "had", "having", "does", "did",
  "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  "not", "get", "gets", "got", "gotten", "make", "makes", "made", "take", "takes", "took",
  "taken", "place", "come", "comes", "came", "went", "goes", "going", "gone",
  /* prepositions */
  "about", "above", "across", "after", "against", "along", "amid", "amidst", "among",
  "around", "before", "behind", "below", "beneath", "beside", "besides", "between",
  "beyond", "despite", "down", "during", "except", "for", "from", "inside", "into", "like",
  "near", "nearly", "off", "onto", "out", "outside", "over", "past", "per", "since",
  "through", "throughout", "till", "toward", "towards", "under", "underneath", "until",
  "upon", "via", "with", "within", "without", "following", "ahead", "almost",
  /* conjunctions and adverbs */
  "and", "but", "nor", "yet", "whether", "than", "then", "because", "although", "though",
  "while", "whereas", "unless", "also", "only", "just", "even", "still", "already", "again",
  "very", "now", "however", "meanwhile", "too", "well", "back", "away", "ever", "never",
  "instead", "rather", "thus", "so", "once", "twice", "yes",
  /* reporting */
  "said", "say", "says", "saying", "told", "tell", "tells", "telling", "according",
  "reported", "reportedly", "added", "noted", "stated", "wrote", "asked", "claimed",
  /* generic news and time words */
  "year", "years", "day", "days", "week", "weeks", "month", "months", "time", "times",
  "decade", "decades", "century", "date", "today", "yesterday", "tomorrow", "tonight",
  "morning", "afternoon", "evening", "night", "weekend", "ago", "earlier", "later", "last",
  "next", "recent", "recently", "previous", "early", "late", "new", "news", "people",
  "percent", "spring", "summer", "autumn", "fall", "winter",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec",
  /* numbers */
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
  "billions", "trillion", "dozen", "dozens", "half", "first", "second", "third", "fourth",
  "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
};

/* Stems and surface forms are looked up in this set. */
static GHashTable *
get_stopwords (void)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (stopwords); i++)
        g_hash_table_add (table, (gpointer) stopwords[i]);
      g_once_init_leave (&set, table);
    }
  return set;
}

/* The stem of text[start, end), or FALSE if that word carries no meaning
 * of its own (a stopword, a number, fewer than three letters). */
static gboolean
salient_stem (const char *text,
              gsize       start,
              gsize       end,
              gboolean    has_digit,
              GString    *out)
{
  GHashTable *stop = get_stopwords ();

  if (has_digit)
    return FALSE;
  chr_text_fold_word (text + start, end - start, out);
  if (g_utf8_strlen (out->str, out->len) < 3 || g_hash_table_contains (stop, out->str))
    return FALSE;
  chr_text_stem_in_place (out);
  return !g_hash_table_contains (stop, out->str);
}

char **
chr_event_terms (const char    *text,
                 const ChrSpan *sentence,
                 const ChrSpan *mention)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GString) word = NULL;
  GPtrArray *terms;
  gsize pos, start, end;
  gboolean has_digit;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (sentence != NULL, NULL);
  g_return_val_if_fail (sentence->start <= sentence->end, NULL);

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  word = g_string_sized_new (32);
  terms = g_ptr_array_new ();
  pos = sentence->start;
  while (chr_text_next_word (text, sentence->end, &pos, &start, &end, &has_digit))
    {
      if (mention != NULL && start < mention->end && mention->start < end)
        continue;
      if (!salient_stem (text, start, end, has_digit, word))
        continue;
      if (g_hash_table_contains (seen, word->str))
        continue;
      g_ptr_array_add (terms, g_strndup (word->str, word->len));
      g_hash_table_add (seen, g_ptr_array_index (terms, terms->len - 1));
    }
  g_ptr_array_add (terms, NULL);
  return (char **) g_ptr_array_free (terms, FALSE);
}

static inline gboolean
contains (const ChrInterval *outer,
          const ChrInterval *inner)
{
  return outer->begin <= inner->begin && inner->end <= outer->end;
}

gboolean
chr_interval_contains (const ChrInterval *outer,
                       const ChrInterval *inner)
{
  g_return_val_if_fail (outer != NULL, FALSE);
  g_return_val_if_fail (inner != NULL, FALSE);

  return contains (outer, inner);
}

gboolean
chr_intervals_compatible (const ChrInterval *a,
                          const ChrInterval *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return chr_interval_contains (a, b) || chr_interval_contains (b, a);
}

void
chr_merged_event_free (ChrMergedEvent *event)
{
  if (event == NULL)
    return;
  g_clear_pointer (&event->members, g_array_unref);
  g_free (event);
}

/* ---------------------------------------------------------------------------
 * Merging
 */

typedef struct
{
  guint term;
  guint count;    /* members that use it */
} TermCount;

/* Members that agree on the date: nested intervals from core to hull. A
 * cluster has more than one only when its sources conflict. */
typedef struct
{
  ChrInterval core;    /* the most precise */
  ChrInterval hull;    /* the least precise */
} DateGroup;

typedef struct
{
  GArray     *members;        /* guint candidate indices, in merge order */
  GArray     *terms;          /* TermCount, by term */
  DateGroup   group;          /* the first */
  GArray     *more_groups;    /* DateGroup, the others if its sources conflict */
  double      weight_sum;     /* Σ weight · count */
  gint64      anchor_min;     /* earliest begin of a candidate that opened a group */
  guint       active_band;    /* band + 1 while it is in the postings */
  gboolean    period;         /* a span of time, which only periods join */
} Cluster;

/* The clusters that use a stem, in the order they entered the sweep. */
typedef struct
{
  guint *ids;
  guint  len;
  guint  size;
} Posting;

/* What a scan of the postings reads of a cluster, kept apart from the
 * clusters for the sake of the cache. */
typedef struct
{
  gint64 anchor_max;   /* latest begin of a candidate that opened a group */
  double hits;         /* weight of the stems of the candidate at hand that found it */
  guint  stamp;        /* the candidate at hand, + 1, once found */
} ClusterScan;

/* Where a candidate comes in the sweep. */
typedef struct
{
  guint  band;
  guint  index;
  gint64 begin;
  gint64 end;
} SweepKey;

typedef struct
{
  const ChrCandidate  *candidates;
  guint                n_candidates;
  GHashTable          *dict;           /* stem → term id + 1; keys are the candidates' */
  double              *weights;        /* per term id */
  guint                n_terms;
  guint               *offsets;        /* candidate i's term ids: ids[offsets[i], offsets[i + 1]) */
  guint               *ids;            /* rarest first */
  double              *id_weights;     /* the weights of ids, side by side */
  guint               *group_of;       /* per candidate */
  GPtrArray           *clusters;       /* Cluster */
  ClusterScan         *scan;           /* per cluster id */
  Posting             *postings;       /* per term */
  const ChrAttention  *attention;      /* for the events' importance */
} Merger;

static gint64
duration (const ChrInterval *interval)
{
  return interval->end > interval->begin ? interval->end - interval->begin : 0;
}

static gboolean
interval_equal (const ChrInterval *a,
                const ChrInterval *b)
{
  return a->begin == b->begin && a->end == b->end;
}

/* Is b more precise than a? */
static gboolean
more_precise (const ChrInterval *a,
              const ChrInterval *b)
{
  if (duration (b) != duration (a))
    return duration (b) < duration (a);
  return b->granularity > a->granularity;
}

/* Compatible with every interval of a nested group. */
static gboolean
group_accepts (const DateGroup   *group,
               const ChrInterval *interval)
{
  return contains (&group->core, interval) ||
         contains (interval, &group->hull) ||
         (contains (interval, &group->core) && contains (&group->hull, interval));
}

/* Close enough to be one happening misdated by a source: overlapping, a few
 * days apart, or for months and years apart by at most a month. */
static gboolean
dates_close (const ChrInterval *a,
             const ChrInterval *b)
{
  gint64 gap = MAX (a->begin, b->begin) - MIN (a->end, b->end);
  gint64 slack = CLAMP (MIN (duration (a), duration (b)), CONFLICT_SLACK_MIN, CONFLICT_SLACK_MAX);

  return gap <= slack;
}

static guint
band_of (const ChrInterval *interval)
{
  gint64 d = duration (interval);

  for (guint b = 0; b < N_BANDS; b++)
    if (d <= band_max_duration[b])
      return b;
  return N_BANDS - 1;
}

static guint
cluster_n_groups (const Cluster *cluster)
{
  return 1 + (cluster->more_groups != NULL ? cluster->more_groups->len : 0);
}

static DateGroup *
cluster_group (Cluster *cluster,
               guint    group)
{
  if (group == 0)
    return &cluster->group;
  return &g_array_index (cluster->more_groups, DateGroup, group - 1);
}

static void
cluster_free (Cluster *cluster)
{
  g_array_unref (cluster->members);
  g_array_unref (cluster->terms);
  g_clear_pointer (&cluster->more_groups, g_array_unref);
  g_free (cluster);
}

static int
compare_by_weight (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const Merger *m = user_data;
  double wa = m->weights[*(const guint *) a];
  double wb = m->weights[*(const guint *) b];

  if (wa != wb)
    return wa > wb ? -1 : 1;
  return (*(const guint *) a > *(const guint *) b) - (*(const guint *) a < *(const guint *) b);
}

static int
compare_uint (const void *a,
              const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Band, then begin, then end; the index keeps the order stable. */
static int
compare_sweep_keys (gconstpointer a,
                    gconstpointer b)
{
  const SweepKey *ka = a, *kb = b;

  if (ka->band != kb->band)
    return ka->band < kb->band ? -1 : 1;
  if (ka->begin != kb->begin)
    return ka->begin < kb->begin ? -1 : 1;
  if (ka->end != kb->end)
    return ka->end < kb->end ? -1 : 1;
  return (ka->index > kb->index) - (ka->index < kb->index);
}

static int
compare_by_anchor (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const Merger *m = user_data;
  const Cluster *ca = g_ptr_array_index (m->clusters, *(const guint *) a);
  const Cluster *cb = g_ptr_array_index (m->clusters, *(const guint *) b);

  if (ca->anchor_min != cb->anchor_min)
    return ca->anchor_min < cb->anchor_min ? -1 : 1;
  return compare_uint (a, b);
}

/* Interns the stems and weighs each by how few articles of the collection
 * @weights counted use it. */
static void
weigh_terms (Merger               *m,
             const ChrTermWeights *weights)
{
  g_autoptr(GPtrArray) stems = g_ptr_array_new ();
  guint n_ids = 0;

  m->dict = g_hash_table_new (g_str_hash, g_str_equal);
  m->offsets = g_new (guint, m->n_candidates + 1);
  for (guint i = 0; i < m->n_candidates; i++)
    for (char **t = m->candidates[i].terms; t != NULL && *t != NULL; t++)
      n_ids++;
  m->ids = g_new (guint, MAX (n_ids, 1));

  n_ids = 0;
  for (guint i = 0; i < m->n_candidates; i++)
    {
      guint first = n_ids;

      m->offsets[i] = first;
      for (char **t = m->candidates[i].terms; t != NULL && *t != NULL; t++)
        {
          gpointer value;
          guint id;

          if (**t == '\0')
            continue;
          if (g_hash_table_lookup_extended (m->dict, *t, NULL, &value))
            id = GPOINTER_TO_UINT (value) - 1;
          else
            {
              id = m->n_terms++;
              g_hash_table_insert (m->dict, *t, GUINT_TO_POINTER (id + 1));
              g_ptr_array_add (stems, *t);
            }
          m->ids[n_ids++] = id;
        }

      /* The same stem twice in one candidate counts once. */
      qsort (m->ids + first, n_ids - first, sizeof (guint), compare_uint);
      if (n_ids > first)
        {
          guint kept = first + 1;

          for (guint j = first + 1; j < n_ids; j++)
            if (m->ids[j] != m->ids[kept - 1])
              m->ids[kept++] = m->ids[j];
          n_ids = kept;
        }
    }
  m->offsets[m->n_candidates] = n_ids;

  m->weights = g_new (double, MAX (m->n_terms, 1));
  for (guint t = 0; t < m->n_terms; t++)
    m->weights[t] = chr_term_weights_get (weights, g_ptr_array_index (stems, t));

  m->id_weights = g_new (double, MAX (n_ids, 1));
  for (guint i = 0; i < m->n_candidates; i++)
    g_qsort_with_data (m->ids + m->offsets[i], m->offsets[i + 1] - m->offsets[i], sizeof (guint),
                       compare_by_weight, m);
  for (guint j = 0; j < n_ids; j++)
    m->id_weights[j] = m->weights[m->ids[j]];
}

/* Where term is in the cluster's sorted terms, or where it would go. */
static guint
cluster_term_position (const Cluster *cluster,
                       guint          term)
{
  guint lo = 0, hi = cluster->terms->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (cluster->terms, TermCount, mid).term < term)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* How many members use term. */
static guint
cluster_term_count (const Cluster *cluster,
                    guint          term)
{
  guint at = cluster_term_position (cluster, term);

  if (at < cluster->terms->len && g_array_index (cluster->terms, TermCount, at).term == term)
    return g_array_index (cluster->terms, TermCount, at).count;
  return 0;
}

static void
post (Merger *m,
      guint   term,
      guint   cluster_id)
{
  Posting *posting = &m->postings[term];

  if (posting->len == posting->size)
    {
      posting->size = MAX (4, posting->size * 2);
      posting->ids = g_renew (guint, posting->ids, posting->size);
    }
  posting->ids[posting->len++] = cluster_id;
}

static void
activate (Merger *m,
          guint   cluster_id,
          guint   band)
{
  Cluster *cluster = g_ptr_array_index (m->clusters, cluster_id);

  cluster->active_band = band + 1;
  for (guint k = 0; k < cluster->terms->len; k++)
    {
      guint term = g_array_index (cluster->terms, TermCount, k).term;

      if (m->weights[term] >= RETRIEVAL_MIN_WEIGHT)
        post (m, term, cluster_id);
    }
}

static gboolean
cluster_has_article (const Merger  *m,
                     const Cluster *cluster,
                     gint64         article_id)
{
  for (guint k = 0; k < cluster->members->len; k++)
    if (m->candidates[g_array_index (cluster->members, guint, k)].article_id == article_id)
      return TRUE;
  return FALSE;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Distinct articles among the members of a group, or of all groups. */
static guint
count_articles (const Merger  *m,
                const Cluster *cluster,
                guint          group,
                GArray        *scratch)
{
  guint n = 0;

  g_array_set_size (scratch, 0);
  for (guint k = 0; k < cluster->members->len; k++)
    {
      guint i = g_array_index (cluster->members, guint, k);

      if (group == G_MAXUINT || m->group_of[i] == group)
        g_array_append_val (scratch, m->candidates[i].article_id);
    }
  g_array_sort (scratch, compare_int64);
  for (guint k = 0; k < scratch->len; k++)
    if (k == 0 || g_array_index (scratch, gint64, k) != g_array_index (scratch, gint64, k - 1))
      n++;
  return n;
}

static void
add_member (Merger *m,
            guint   cluster_id,
            guint   group,
            guint   i)
{
  Cluster *cluster = g_ptr_array_index (m->clusters, cluster_id);
  const ChrCandidate *c = &m->candidates[i];

  g_array_append_val (cluster->members, i);
  m->group_of[i] = group;

  if (cluster->members->len == 1 || group == cluster_n_groups (cluster))
    {
      DateGroup g = { c->interval, c->interval };

      if (cluster->members->len == 1)
        cluster->group = g;
      else
        {
          if (cluster->more_groups == NULL)
            cluster->more_groups = g_array_new (FALSE, FALSE, sizeof (DateGroup));
          g_array_append_val (cluster->more_groups, g);
        }
      cluster->anchor_min = MIN (cluster->anchor_min, c->interval.begin);
      m->scan[cluster_id].anchor_max = MAX (m->scan[cluster_id].anchor_max, c->interval.begin);
    }
  else
    {
      DateGroup *g = cluster_group (cluster, group);

      if (contains (&g->core, &c->interval) && more_precise (&g->core, &c->interval))
        g->core = c->interval;
      if (contains (&c->interval, &g->hull) && more_precise (&c->interval, &g->hull))
        g->hull = c->interval;
    }

  for (guint j = m->offsets[i]; j < m->offsets[i + 1]; j++)
    {
      guint term = m->ids[j];
      guint at = cluster_term_position (cluster, term);

      cluster->weight_sum += m->weights[term];
      if (at < cluster->terms->len && g_array_index (cluster->terms, TermCount, at).term == term)
        g_array_index (cluster->terms, TermCount, at).count++;
      else
        {
          TermCount fresh = { term, 1 };

          g_array_insert_val (cluster->terms, at, fresh);
          if (cluster->active_band != 0 && m->weights[term] >= RETRIEVAL_MIN_WEIGHT)
            post (m, term, cluster_id);
        }
    }
}

static guint
new_cluster (Merger *m,
             guint   i,
             guint   band)
{
  Cluster *cluster = g_new0 (Cluster, 1);
  guint id = m->clusters->len;

  cluster->members = g_array_new (FALSE, FALSE, sizeof (guint));
  cluster->terms = g_array_sized_new (FALSE, FALSE, sizeof (TermCount),
                                      m->offsets[i + 1] - m->offsets[i]);
  cluster->anchor_min = G_MAXINT64;
  cluster->period = (m->candidates[i].flags & CHR_EVENT_FLAG_PERIOD) != 0;
  m->scan[id].anchor_max = G_MININT64;
  m->scan[id].stamp = 0;
  cluster->active_band = band + 1;
  g_ptr_array_add (m->clusters, cluster);
  add_member (m, id, 0, i);
  return id;
}

/* Scores candidate i, whose stems weigh own in all, against a cluster, unless
 * it cannot reach the score wanted: the stems are read from the rarest, and
 * reading stops once the rest could not make up what is missing. */
static gboolean
score (const Merger  *m,
       guint          i,
       double         own,
       const Cluster *cluster,
       double         wanted,
       double         min_shared,
       double        *shared_out,
       double        *cover_out)
{
  double shared = 0, rest = own, least, needed;
  guint n = cluster->members->len;

  least = MIN (own, cluster->weight_sum / n);
  if (least <= 0)
    return FALSE;
  /* shared · min (shared / least, 1) ≥ wanted */
  needed = MAX (wanted <= least ? sqrt (wanted * least) : wanted, min_shared);

  for (guint j = m->offsets[i]; j < m->offsets[i + 1]; j++)
    {
      if (shared + rest < needed)
        return FALSE;
      rest -= m->id_weights[j];
      shared += m->id_weights[j] * cluster_term_count (cluster, m->ids[j]) / n;
    }
  *shared_out = shared;
  *cover_out = MIN (shared / least, 1.0);
  return TRUE;
}

/* Adds candidate i to the best cluster that will take it, or to a new one. */
static void
merge_candidate (Merger *m,
                 guint   i,
                 guint   band,
                 gint64  lower,
                 guint  *found)
{
  const ChrCandidate *c = &m->candidates[i];
  guint stamp = i + 1;
  guint n_found = 0;
  double best_score = 0, best_conflict = 0, common = 0, own = 0;
  guint best = G_MAXUINT, best_group = 0, conflict = G_MAXUINT;

  for (guint j = m->offsets[i]; j < m->offsets[i + 1]; j++)
    {
      own += m->id_weights[j];
      if (m->id_weights[j] < RETRIEVAL_MIN_WEIGHT)
        common += m->id_weights[j];
    }

  for (guint j = m->offsets[i]; j < m->offsets[i + 1]; j++)
    {
      guint term = m->ids[j];
      double weight = m->id_weights[j];
      const Posting *posting = &m->postings[term];

      if (weight < RETRIEVAL_MIN_WEIGHT)
        break;

      /* Newest first; the clusters that fell behind the sweep stay in the
       * posting, but the bound on the scan keeps them from costing much. */
      for (guint k = posting->len; k > 0 && posting->len - k < MAX_POSTINGS_PER_TERM; k--)
        {
          guint id = posting->ids[k - 1];

          if (m->scan[id].anchor_max < lower)
            continue;
          if (m->scan[id].stamp == stamp)
            m->scan[id].hits += weight;
          else if (n_found < MAX_CLUSTERS_PER_CANDIDATE)
            {
              m->scan[id].stamp = stamp;
              m->scan[id].hits = weight;
              found[n_found++] = id;
            }
        }
    }

  /* Keep the best found, best first, by insertion: there are few. */
  {
    guint n_kept = 0;

    for (guint k = 0; k < n_found; k++)
      {
        guint id = found[k];
        guint at = n_kept;

        if (n_kept == MAX_CLUSTERS_SCORED && m->scan[id].hits <= m->scan[found[n_kept - 1]].hits)
          continue;
        while (at > 0 && m->scan[found[at - 1]].hits < m->scan[id].hits)
          at--;
        if (n_kept < MAX_CLUSTERS_SCORED)
          n_kept++;
        memmove (found + at + 1, found + at, (n_kept - 1 - at) * sizeof (guint));
        found[at] = id;
      }
    n_found = n_kept;
  }

  for (guint k = 0; k < n_found; k++)
    {
      Cluster *cluster = g_ptr_array_index (m->clusters, found[k]);
      double shared, cover, s;
      gboolean compatible = FALSE, close = FALSE;
      guint group = 0;
      /* The stems that found it and all the common ones bound what it
       * shares, and the score is at most what it shares. */
      double bound = m->scan[found[k]].hits + common;

      if (bound < MERGE_MIN_SHARED || (best != G_MAXUINT && bound <= best_score))
        break;

      /* "Under Russian control since 2014" and "Russia annexed Crimea in 2014"
       * share their words, but a period and what happened within it are two
       * things on a timeline. */
      if (cluster->period != ((c->flags & CHR_EVENT_FLAG_PERIOD) != 0))
        continue;

      for (guint g = 0; g < cluster_n_groups (cluster); g++)
        {
          const DateGroup *dg = cluster_group (cluster, g);

          if (group_accepts (dg, &c->interval))
            {
              compatible = TRUE;
              group = g;
              break;
            }
          close = close || dates_close (&dg->core, &c->interval);
        }
      if (!compatible && !close)
        continue;

      if (!score (m, i, own, cluster,
                  compatible ? MAX (MERGE_THRESHOLD, best_score) : MAX (CONFLICT_THRESHOLD, best_conflict),
                  compatible ? MERGE_MIN_SHARED : 0, &shared, &cover))
        continue;
      s = shared * cover;
      /* Two sources naming the same day for what they describe alike are
       * stronger evidence than two naming the same year. */
      if (compatible && c->interval.granularity >= CHR_GRANULARITY_DAY &&
          interval_equal (&cluster_group (cluster, group)->core, &c->interval))
        s *= SAME_DAY_BONUS;
      if (compatible)
        {
          if (s >= MERGE_THRESHOLD && shared >= MERGE_MIN_SHARED && s > best_score)
            {
              best_score = s;
              best = found[k];
              best_group = group;
            }
        }
      else if (s >= CONFLICT_THRESHOLD && cover >= CONFLICT_MIN_COVER && s > best_conflict &&
               !cluster_has_article (m, cluster, c->article_id))
        {
          /* Within one article, a different date is a different happening. */
          best_conflict = s;
          conflict = found[k];
        }
    }

  if (best != G_MAXUINT)
    add_member (m, best, best_group, i);
  else if (conflict != G_MAXUINT)
    {
      Cluster *cluster = g_ptr_array_index (m->clusters, conflict);

      add_member (m, conflict, cluster_n_groups (cluster), i);
    }
  else
    new_cluster (m, i, band);
}

/* How well a label names its cluster: the weight of its words, counted by how
 * many members use them; labels cut at the word limit lose a little. */
static double
label_score (const Merger  *m,
             const Cluster *cluster,
             const char    *label,
             GString       *word)
{
  gsize pos = 0, start, end, length;
  gboolean has_digit;
  double total = 0;
  guint n_words = 0;

  if (label == NULL)
    return -1;
  length = strlen (label);
  while (chr_text_next_word (label, length, &pos, &start, &end, &has_digit))
    {
      gpointer value;

      n_words++;
      if (!salient_stem (label, start, end, has_digit, word))
        continue;
      if (g_hash_table_lookup_extended (m->dict, word->str, NULL, &value))
        {
          guint term = GPOINTER_TO_UINT (value) - 1;

          total += m->weights[term] * cluster_term_count (cluster, term) / cluster->members->len;
        }
    }
  if (n_words > CHR_EVENT_LABEL_MAX_WORDS || strstr (label, "…") != NULL)
    total *= 0.8;
  return total;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const ChrMergedEvent *ea = *(ChrMergedEvent * const *) a;
  const ChrMergedEvent *eb = *(ChrMergedEvent * const *) b;

  if (ea->interval.begin != eb->interval.begin)
    return ea->interval.begin < eb->interval.begin ? -1 : 1;
  if (ea->interval.end != eb->interval.end)
    return ea->interval.end < eb->interval.end ? -1 : 1;
  return compare_uint (&g_array_index (ea->members, guint, 0),
                       &g_array_index (eb->members, guint, 0));
}

/* The date a conflicted cluster shows: the group most articles give, then the
 * most precise, then the earliest. */
static guint
choose_group (const Merger *m,
              Cluster      *cluster,
              GArray       *scratch)
{
  guint best = 0, best_articles = 0;

  if (cluster_n_groups (cluster) == 1)
    return 0;

  for (guint g = 0; g < cluster_n_groups (cluster); g++)
    {
      const DateGroup *dg = cluster_group (cluster, g);
      const DateGroup *bg = cluster_group (cluster, best);
      guint n = count_articles (m, cluster, g, scratch);

      if (g == 0 || n > best_articles ||
          (n == best_articles && more_precise (&bg->core, &dg->core)) ||
          (n == best_articles && !more_precise (&dg->core, &bg->core) &&
           !more_precise (&bg->core, &dg->core) && dg->core.begin < bg->core.begin))
        {
          best = g;
          best_articles = n;
        }
    }
  return best;
}

typedef struct
{
  gint64 begin;
  gint64 end;
  guint  id;
} CoreKey;

static int
compare_core_keys (const void *a,
                   const void *b)
{
  const CoreKey *x = a, *y = b;

  if (x->begin != y->begin)
    return x->begin < y->begin ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* The sweep is greedy: a statement that came first may have stayed alone
 * while those that followed gathered elsewhere ("the planned White House
 * meeting, set for Monday" before four sentences of another article about
 * Monday's talks). Such a lone statement joins an event of the very same
 * day that it now matches. */
static void
rejoin_same_day (Merger *m)
{
  guint n = m->clusters->len;
  g_autofree CoreKey *keys = g_new (CoreKey, MAX (n, 1));

  for (guint k = 0; k < n; k++)
    {
      Cluster *cluster = g_ptr_array_index (m->clusters, k);

      keys[k].begin = cluster->group.core.begin;
      keys[k].end = cluster->group.core.end;
      keys[k].id = k;
    }
  qsort (keys, n, sizeof (CoreKey), compare_core_keys);

  for (guint k = 0; k < n; k++)
    {
      Cluster *alone = g_ptr_array_index (m->clusters, keys[k].id);
      guint i, first = k, best = G_MAXUINT;
      const ChrCandidate *c;
      double own = 0, best_score = 0;

      if (alone->members->len != 1)
        continue;
      i = g_array_index (alone->members, guint, 0);
      c = &m->candidates[i];
      if (c->interval.granularity < CHR_GRANULARITY_DAY)
        continue;
      for (guint j = m->offsets[i]; j < m->offsets[i + 1]; j++)
        own += m->id_weights[j];

      while (first > 0 && keys[first - 1].begin == keys[k].begin && keys[first - 1].end == keys[k].end)
        first--;
      for (guint q = first; q < n && keys[q].begin == keys[k].begin && keys[q].end == keys[k].end; q++)
        {
          Cluster *other = g_ptr_array_index (m->clusters, keys[q].id);
          double shared, cover;

          if (q == k || other->members->len < 2 || other->period != alone->period ||
              cluster_n_groups (other) > 1)
            continue;
          if (!score (m, i, own, other, MERGE_THRESHOLD / SAME_DAY_BONUS, MERGE_MIN_SHARED, &shared, &cover))
            continue;
          if (shared * cover * SAME_DAY_BONUS >= MERGE_THRESHOLD && shared * cover > best_score)
            {
              best_score = shared * cover;
              best = keys[q].id;
            }
        }

      if (best != G_MAXUINT)
        {
          g_array_set_size (alone->members, 0);
          add_member (m, best, 0, i);
        }
    }
}

static ChrMergedEvent *
finish_cluster (const Merger *m,
                Cluster      *cluster,
                GString      *word,
                GArray       *scratch)
{
  ChrMergedEvent *event = g_new0 (ChrMergedEvent, 1);
  guint group = choose_group (m, cluster, scratch);
  gboolean all_approximate = TRUE;
  double best_label = -G_MAXDOUBLE;

  event->interval = cluster_group (cluster, group)->core;
  event->n_articles = cluster->members->len == 1 ? 1 : count_articles (m, cluster, G_MAXUINT, scratch);
  if (cluster_n_groups (cluster) > 1)
    event->flags |= CHR_EVENT_FLAG_CONFLICT;

  event->members = g_array_ref (cluster->members);
  g_array_sort (event->members, compare_uint);

  /* The sources that give the event's date decide how it reads. */
  for (guint k = 0; k < event->members->len; k++)
    {
      guint i = g_array_index (event->members, guint, k);
      const ChrCandidate *c = &m->candidates[i];
      double s;

      if (m->group_of[i] != group || !interval_equal (&c->interval, &event->interval))
        continue;
      event->flags |= c->flags & (CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING);
      all_approximate = all_approximate && (c->flags & CHR_EVENT_FLAG_APPROXIMATE) != 0;
      s = label_score (m, cluster, c->label, word);
      if (s > best_label)
        {
          best_label = s;
          event->label_candidate = i;
        }
    }
  if (all_approximate)
    event->flags |= CHR_EVENT_FLAG_APPROXIMATE;
  event->importance = chr_event_importance (m->candidates, event->members, &event->interval, m->attention);

  return event;
}

static int
compare_candidates_by_article (const void *a,
                               const void *b,
                               gpointer    user_data)
{
  const ChrCandidate *candidates = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (candidates[x].article_id != candidates[y].article_id)
    return candidates[x].article_id < candidates[y].article_id ? -1 : 1;
  return (x > y) - (x < y);
}

/**
 * chr_candidates_by_article:
 * @candidates: candidates, in any order
 * @n_candidates: how many
 *
 * The order in which a collection is counted (chr_term_weights_add(),
 * chr_attention_add()): article by article.
 *
 * Returns: (transfer full): the indices of @candidates, by article, then
 *   in their order
 */
guint *
chr_candidates_by_article (const ChrCandidate *candidates,
                           guint               n_candidates)
{
  guint *order = g_new (guint, MAX (n_candidates, 1));

  for (guint i = 0; i < n_candidates; i++)
    order[i] = i;
  g_qsort_with_data (order, n_candidates, sizeof (guint), compare_candidates_by_article, (gpointer) candidates);
  return order;
}

/**
 * chr_event_merge:
 * @candidates: the candidates of a collection
 * @n_candidates: how many
 *
 * Merges the candidates that report one happening into one event, with
 * words weighed and events made important within @candidates alone
 * (chr_event_merge_in()).
 *
 * Returns: (transfer full): #ChrMergedEvent sorted by date
 */
GPtrArray *
chr_event_merge (const ChrCandidate *candidates,
                 guint               n_candidates)
{
  g_autoptr(ChrTermWeights) weights = chr_term_weights_new ();
  g_autoptr(ChrAttention) attention = chr_attention_new ();
  g_autofree guint *order = NULL;

  g_return_val_if_fail (candidates != NULL || n_candidates == 0, NULL);

  order = chr_candidates_by_article (candidates, n_candidates);
  for (guint k = 0; k < n_candidates; k++)
    {
      const ChrCandidate *c = &candidates[order[k]];

      chr_term_weights_add (weights, c->article_id, c->terms);
      chr_attention_add (attention, c);
    }
  chr_attention_finish (attention);
  return chr_event_merge_in (candidates, n_candidates, weights, attention);
}

/**
 * chr_event_merge_in:
 * @candidates: some candidates of a collection
 * @n_candidates: how many
 * @weights: the weights of the collection's words
 * @attention: the collection's attention to its days, finished
 *
 * Merges the candidates that report one happening into one event: a part
 * of a collection (the statements of a year, say) merged as the whole
 * collection would merge it.
 *
 * Returns: (transfer full): #ChrMergedEvent sorted by date
 */
GPtrArray *
chr_event_merge_in (const ChrCandidate   *candidates,
                    guint                 n_candidates,
                    const ChrTermWeights *weights,
                    const ChrAttention   *attention)
{
  g_autoptr(GString) word = NULL;
  g_autoptr(GArray) scratch = NULL;
  g_autofree SweepKey *order = NULL;
  g_autofree guint *found = NULL;
  GPtrArray *events;
  Merger m = { 0 };
  guint next = 0;

  g_return_val_if_fail (candidates != NULL || n_candidates == 0, NULL);
  g_return_val_if_fail (weights != NULL && attention != NULL, NULL);

  events = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_merged_event_free);
  if (n_candidates == 0)
    return events;

  m.candidates = candidates;
  m.n_candidates = n_candidates;
  order = g_new (SweepKey, n_candidates);
  for (guint i = 0; i < n_candidates; i++)
    {
      order[i].band = band_of (&candidates[i].interval);
      order[i].index = i;
      order[i].begin = candidates[i].interval.begin;
      order[i].end = candidates[i].interval.end;
    }
  qsort (order, n_candidates, sizeof (SweepKey), compare_sweep_keys);
  weigh_terms (&m, weights);
  m.group_of = g_new (guint, n_candidates);
  m.clusters = g_ptr_array_new_with_free_func ((GDestroyNotify) cluster_free);
  m.scan = g_new (ClusterScan, n_candidates);
  m.postings = g_new0 (Posting, MAX (m.n_terms, 1));
  found = g_new (guint, MAX_CLUSTERS_PER_CANDIDATE);

  for (guint band = 0; band < N_BANDS && next < n_candidates; band++)
    {
      g_autofree guint *waiting = NULL;
      guint n_waiting = m.clusters->len;
      guint w = 0;

      /* Each band sweeps time afresh: the postings only hold clusters near
       * the candidate at hand, which enter in the order of their dates. */
      for (guint t = 0; t < m.n_terms; t++)
        m.postings[t].len = 0;
      waiting = g_new (guint, MAX (n_waiting, 1));
      for (guint k = 0; k < n_waiting; k++)
        {
          Cluster *cluster = g_ptr_array_index (m.clusters, k);

          cluster->active_band = 0;
          waiting[k] = k;
        }
      g_qsort_with_data (waiting, n_waiting, sizeof (guint), compare_by_anchor, &m);

      for (; next < n_candidates; next++)
        {
          guint i = order[next].index;
          gint64 begin = order[next].begin;
          gint64 reach, lower, upper;

          if (order[next].band != band)
            break;

          if (band_max_duration[band] == G_MAXINT64)
            {
              lower = G_MININT64;
              upper = G_MAXINT64;
            }
          else
            {
              reach = band_max_duration[band] + CONFLICT_SLACK_MAX;
              lower = begin > G_MININT64 + reach ? begin - reach : G_MININT64;
              upper = begin < G_MAXINT64 - reach ? begin + reach : G_MAXINT64;
            }

          while (w < n_waiting)
            {
              guint id = waiting[w];
              Cluster *cluster = g_ptr_array_index (m.clusters, id);

              if (cluster->anchor_min >= upper)
                break;
              if (m.scan[id].anchor_max >= lower)
                activate (&m, id, band);
              w++;
            }

          merge_candidate (&m, i, band, lower, found);
        }
    }

  rejoin_same_day (&m);

  word = g_string_sized_new (32);
  scratch = g_array_new (FALSE, FALSE, sizeof (gint64));
  m.attention = attention;
  for (guint k = 0; k < m.clusters->len; k++)
    {
      Cluster *cluster = g_ptr_array_index (m.clusters, k);

      if (cluster->members->len > 0)
        g_ptr_array_add (events, finish_cluster (&m, cluster, word, scratch));
    }
  g_ptr_array_sort (events, compare_events);

  for (guint t = 0; t < m.n_terms; t++)
    g_free (m.postings[t].ids);
  g_free (m.postings);
  g_ptr_array_unref (m.clusters);
  g_hash_table_unref (m.dict);
  g_free (m.weights);
  g_free (m.offsets);
  g_free (m.ids);
  g_free (m.id_weights);
  g_free (m.group_of);
  g_free (m.scan);

  return events;
}
