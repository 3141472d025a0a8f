/* chr-event-builder.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-builder"

#include "config.h"

#include <string.h>

#include "chr-event-builder.h"
#include "chr-event-label.h"
#include "chr-event-merge.h"
#include "chr-text.h"

/* Words between two dates that make them the two ends of one period. */
static const char * const range_connectors[] = { "to", "until", "till", "through", "thru", "and" };

/* Verbs that make a duration the length of something that began at a date:
 * "a war that has lasted over three years". */
static const char * const lasting_words[] = { "lasted", "lasting", "last", "lasts", "raged", "dragged" };

/* The word that ends just before offset at (not before from), lowercased into buf. */
static gboolean
word_before (const char *text,
             gsize       from,
             gsize       at,
             char       *buf,
             gsize       size)
{
  gsize end = at, start;

  while (end > from && (chr_text_is_space (text[end - 1]) || text[end - 1] == '-'))
    end--;
  start = end;
  while (start > from && g_ascii_isalpha (text[start - 1]))
    start--;
  if (start == end || end - start >= size)
    return FALSE;
  for (gsize i = 0; i < end - start; i++)
    buf[i] = g_ascii_tolower (text[start + i]);
  buf[end - start] = '\0';
  return TRUE;
}

/* Where the word that ends just before offset at begins (not before from). */
static gsize
word_start_before (const char *text,
                   gsize       from,
                   gsize       at)
{
  gsize start = at;

  while (start > from && chr_text_is_space (text[start - 1]))
    start--;
  while (start > from && g_ascii_isalpha (text[start - 1]))
    start--;
  return start;
}

/* Whether nothing but punctuation and spaces comes before offset at (from from on). */
static gboolean
opens_text (const char *text,
            gsize       from,
            gsize       at)
{
  for (gsize i = from; i < at; i++)
    if (g_ascii_isalnum (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
in_list (const char         *word,
         const char * const *list,
         guint               n)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* What joins two date phrases: a dash, or one connecting word. */
static gboolean
joins_range (const char *text,
             gsize       first_end,
             gsize       second_start,
             gboolean    after_between,
             gboolean    after_from)
{
  gsize i = first_end, j = second_start;
  char word[16];
  gsize n;

  while (i < j && chr_text_is_space (text[i]))
    i++;
  while (j > i && chr_text_is_space (text[j - 1]))
    j--;
  n = j - i;

  /* "2014-2022", "2014 – 2022", "2014—2022" */
  if (n == 1 && text[i] == '-')
    return TRUE;
  if (n == 3 && chr_text_dash_at (text + i, text + j))
    return TRUE;

  if (n == 0 || n >= sizeof word)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    {
      if (!g_ascii_isalpha (text[i + k]))
        return FALSE;
      word[k] = g_ascii_tolower (text[i + k]);
    }
  word[n] = '\0';

  if (strcmp (word, "and") == 0)
    return after_between;
  return after_from && in_list (word, range_connectors, G_N_ELEMENTS (range_connectors));
}

/* Is there a form of "have" right before a lasting verb ("has now lasted")? */
static gboolean
has_lasted (const char *text,
            gsize       from,
            gsize       to,
            gboolean   *perfect)
{
  char word[16];

  *perfect = FALSE;
  for (gsize i = from; i < to; i++)
    {
      gsize start = i, end;

      if (!chr_text_is_word_start (text, from, i))
        continue;
      end = start;
      while (end < to && g_ascii_isalpha (text[end]))
        end++;
      if (end - start >= sizeof word)
        continue;
      for (gsize k = start; k < end; k++)
        word[k - start] = g_ascii_tolower (text[k]);
      word[end - start] = '\0';

      if (in_list (word, lasting_words, G_N_ELEMENTS (lasting_words)) ||
          strcmp (word, "been") == 0)
        {
          char previous[16];
          gsize back = start;

          /* "has lasted", "has now lasted", "have been" */
          for (int hops = 0; hops < 2 && word_before (text, from, back, previous, sizeof previous); hops++)
            {
              if (strcmp (previous, "has") == 0 || strcmp (previous, "have") == 0)
                {
                  *perfect = TRUE;
                  break;
                }
              while (back > from && !g_ascii_isalpha (text[back - 1]))
                back--;
              while (back > from && g_ascii_isalpha (text[back - 1]))
                back--;
            }
          if (strcmp (word, "been") != 0 || *perfect)
            return TRUE;
        }
    }
  return FALSE;
}

/* Words that end a clause for matching: commas, semicolons, colons, dashes. */
static gsize
clause_break_at (const char *text,
                 gsize       i,
                 gsize       end)
{
  if (text[i] == ',' || text[i] == ';' || text[i] == ':' || text[i] == '(' || text[i] == ')')
    return 1;
  return chr_text_dash_at (text + i, text + end);
}

#define MIN_CLAUSE_WORDS 6
/* Words on each side of a date that say what it dates. */
#define WINDOW_WORDS 7

static guint
count_words (const char *text,
             gsize       from,
             gsize       to)
{
  guint n = 0;

  for (gsize i = from; i < to; i++)
    if (chr_text_is_word_start (text, from, i))
      n++;
  return n;
}

/* What a statement is about, to match it with what other articles say: the
 * words of the clause around its date (widened to a few words at least) and
 * of its label, which may come from another clause ("Y, officials said on
 * Monday"). The whole sentence would drown them in its other topics. */
static char **
statement_terms (const char    *text,
                 const ChrSpan *sentence,
                 const ChrSpan *phrase,
                 const char    *label)
{
  ChrSpan clause = { phrase->start, phrase->end };
  g_auto(GStrv) from_clause = NULL;
  g_auto(GStrv) from_label = NULL;
  GPtrArray *terms = g_ptr_array_new ();

  while (clause.start > sentence->start || clause.end < sentence->end)
    {
      gboolean grew = FALSE;

      while (clause.start > sentence->start && !clause_break_at (text, clause.start - 1, sentence->end) &&
             !(clause.start >= sentence->start + 3 && clause_break_at (text, clause.start - 3, sentence->end) == 3))
        {
          clause.start--;
          grew = TRUE;
        }
      while (clause.end < sentence->end && !clause_break_at (text, clause.end, sentence->end))
        {
          clause.end++;
          grew = TRUE;
        }
      if (count_words (text, clause.start, clause.end) >= MIN_CLAUSE_WORDS)
        break;
      /* Step over the break into the neighbouring clause. */
      if (clause.start > sentence->start)
        clause.start -= clause.start >= sentence->start + 3 && clause_break_at (text, clause.start - 3, sentence->end) == 3
                        ? 3 : 1;
      if (clause.end < sentence->end)
        clause.end += MAX (clause_break_at (text, clause.end, sentence->end), 1);
      if (!grew && clause.start == sentence->start && clause.end == sentence->end)
        break;
    }

  /* A long clause with no break keeps only the words near the date. */
  {
    guint words = 0;
    gsize i = phrase->start;

    while (i > clause.start && words <= WINDOW_WORDS)
      {
        i--;
        if (chr_text_is_word_start (text, clause.start, i))
          words++;
      }
    clause.start = i;
    words = 0;
    for (i = phrase->end; i < clause.end && words <= WINDOW_WORDS; i++)
      if (chr_text_is_word_start (text, phrase->end, i))
        words++;
    clause.end = i;
  }

  from_clause = chr_event_terms (text, &clause, phrase);
  {
    ChrSpan whole = { 0, strlen (label) };
    from_label = chr_event_terms (label, &whole, NULL);
  }

  for (guint i = 0; from_clause[i]; i++)
    g_ptr_array_add (terms, g_strdup (from_clause[i]));
  for (guint i = 0; from_label[i]; i++)
    if (!g_strv_contains ((const char * const *) from_clause, from_label[i]))
      g_ptr_array_add (terms, g_strdup (from_label[i]));
  g_ptr_array_add (terms, NULL);
  return (char **) g_ptr_array_free (terms, FALSE);
}

/* The headline and the first sentences of the body: what the article reports. */
#define LEAD_SENTENCES 3

/* Words that open a clause of background: "when the talks began on Monday". */
static const char * const aside_openers[] = { "when", "since", "which", "who", "whose", "while" };

/* Words that open a dateline or a byline: "Posted on June 3, 2021 at 10:32". */
static const char * const stamp_openers[] = { "posted", "updated", "published", "modified", "filed", "last" };
#define STAMP_MAX_WORDS 8

/* The first word of text[from, to), lowercased into buf. */
static gboolean
first_word (const char *text,
            gsize       from,
            gsize       to,
            char       *buf,
            gsize       size)
{
  gsize start = from, end;

  while (start < to && !g_ascii_isalpha (text[start]))
    start++;
  for (end = start; end < to && g_ascii_isalpha (text[end]); end++)
    ;
  if (start == end || end - start >= size)
    return FALSE;
  for (gsize i = start; i < end; i++)
    buf[i - start] = g_ascii_tolower (text[i]);
  buf[end - start] = '\0';
  return TRUE;
}

/* Is the date at phrase a dateline's or a byline's, not an event's? It opens
 * on "Posted", "Updated"... a few words before, or sits between the bars of
 * a dateline ("CAIRO | Mon Jun 3, 2021 | 10:32am"). */
static gboolean
is_stamp (const char    *text,
          const ChrSpan *sentence,
          const ChrSpan *phrase)
{
  gsize before = phrase->start, after = phrase->end;
  char word[16];

  while (before > sentence->start && chr_text_is_space (text[before - 1]))
    before--;
  while (after < sentence->end && chr_text_is_space (text[after]))
    after++;
  if ((before > sentence->start && text[before - 1] == '|') || (after < sentence->end && text[after] == '|'))
    return TRUE;
  return count_words (text, sentence->start, phrase->start) <= STAMP_MAX_WORDS &&
         first_word (text, sentence->start, phrase->start, word, sizeof word) &&
         in_list (word, stamp_openers, G_N_ELEMENTS (stamp_openers));
}

/* A wire story opens on its dateline: a place, the time it was filed and
 * the agency, then a dash ("CAIRO | Thu Oct 20, 2011 9:41 am EDT CAIRO
 * (Reuters) - ", "ROME Feb 21 (Reuters) - ", "(CNN) -- ", "LIMA, Peru (AP)_ ",
 * where the old AP wire's underscore stands for the dash). Its dates are the
 * filing's, not an event's, and its place is no part of what happened. */
#define DATELINE_MAX_WORDS 16
#define AGENCY_MAX_BYTES   24

/* How many bytes of dashes open text[from, to): "-", "--", "_", an en or em dash. */
static gsize
dash_length (const char *text,
             gsize       from,
             gsize       to)
{
  static const char * const dashes[] = { "-", "_", "\u2013", "\u2014" };
  gsize at = from;
  gboolean more = TRUE;

  while (more)
    {
      more = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (dashes) && !more; k++)
        {
          gsize len = strlen (dashes[k]);

          if (to - at >= len && memcmp (text + at, dashes[k], len) == 0)
            {
              at += len;
              more = TRUE;
            }
        }
    }
  return at - from;
}

/* Where the agency's name in parentheses and the dash after it end, if
 * they come among the first words of text[from, to); else from. */
static gsize
dateline_end (const char *text,
              gsize       from,
              gsize       to)
{
  for (gsize i = from; i + 1 < to; i++)
    {
      const char *close;
      gsize j, dash;

      if (text[i] != '(' || !g_ascii_isupper (text[i + 1]))
        continue;
      if (count_words (text, from, i) > DATELINE_MAX_WORDS)
        return from;
      if (!(close = memchr (text + i, ')', MIN (to - i, AGENCY_MAX_BYTES))))
        continue;
      for (j = (gsize) (close - text) + 1; j < to && text[j] == ' '; j++)
        ;
      if ((dash = dash_length (text, j, to)) > 0)
        return j + dash;
    }
  return from;
}

/* A live blog's entry opens on when it was written, in brackets:
 * "(Update 12:24 a.m. Monday in Cairo, 5:24 p.m. ET) ", "[Updated 7:40 p.m.
 * (0240 in Egypt)] ", "-- (Posted 9:12 ET) ". Its times are the entry's, and
 * what it reports follows. Returns where the brackets and the dashes or
 * spaces after them end; else from. */
#define HEADER_MAX_BYTES 120

static gsize
stamp_header_end (const char *text,
                  gsize       from,
                  gsize       to)
{
  gsize i = from + dash_length (text, from, to), j;
  int depth = 0;
  char word[16];

  while (i < to && text[i] == ' ')
    i++;
  if (i >= to || (text[i] != '(' && text[i] != '[') ||
      !first_word (text, i + 1, MIN (to, i + 1 + sizeof word), word, sizeof word) ||
      (!in_list (word, stamp_openers, G_N_ELEMENTS (stamp_openers)) && strcmp (word, "update") != 0))
    return from;
  for (j = i; j < MIN (to, i + HEADER_MAX_BYTES); j++)
    {
      if (text[j] == '(' || text[j] == '[')
        depth++;
      else if ((text[j] == ')' || text[j] == ']') && --depth == 0)
        break;
    }
  if (depth != 0 || j >= to)
    return from;
  for (j++; j < to && (text[j] == ' ' || dash_length (text, j, j + 1) > 0); j++)
    ;
  return j;
}

/* What ends a photo's caption: its credit ("… on Monday. REUTERS/Ann Lee",
 * "Photograph: Ann Lee/AP", "(AP Photo/Ann Lee)"). Wire and web pages glue
 * captions to the text around them, so a credit is looked for inside
 * sentences as well as at their start. */
static const char * const credit_marks[] = {
  "REUTERS/", "Reuters/", "AP Photo", "AFP Photo", "AFP/", "Getty Images", "Photograph: ", "Credit: ",
};

/* What opens a photo's caption: "Photo: Rescuers search the rubble". */
static const char * const caption_marks[] = { "Photo: ", "Photos: ", "Pictured: ", "Caption: " };

/* The words that tell a TV or radio listing: "Watch live on …". */
static const char * const listing_marks[] = { "Watch live", "watch live", "Listen live", "listen live" };

/* A line of at least this many clock times is a schedule ("8pm News 9pm Film 10.30pm …"). */
#define LISTING_MIN_TIMES 3

/* Where the first of marks begins in text[from, to), or to; *mark_end is
 * set to where the last one ends (from when there is none). */
static gsize
find_marks (const char         *text,
            gsize               from,
            gsize               to,
            const char * const *marks,
            guint               n_marks,
            gsize              *mark_end)
{
  gsize first = to;

  *mark_end = from;
  for (guint k = 0; k < n_marks; k++)
    {
      gsize len = strlen (marks[k]);
      const char *at = text + from;

      while ((at = g_strstr_len (at, text + to - at, marks[k])) != NULL)
        {
          first = MIN (first, (gsize) (at - text));
          *mark_end = MAX (*mark_end, (gsize) (at - text) + len);
          at += len;
        }
    }
  return first;
}

/* Does text[from, to) open with a photo's credit, spaces aside? */
static gboolean
opens_with_credit (const char *text,
                   gsize       from,
                   gsize       to)
{
  while (from < to && (chr_text_is_space (text[from]) || text[from] == '('))
    from++;
  for (guint k = 0; k < G_N_ELEMENTS (credit_marks); k++)
    {
      gsize len = strlen (credit_marks[k]);

      if (to - from >= len && memcmp (text + from, credit_marks[k], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The clock times in text[from, to): "8pm", "10.30 p.m.", "20:00". */
static guint
count_clock_times (const char *text,
                   gsize       from,
                   gsize       to)
{
  guint n = 0;

  for (gsize i = from; i < to; i++)
    {
      gsize j = i;
      gboolean minutes = FALSE;

      if (!g_ascii_isdigit (text[i]) || (i > from && g_ascii_isalnum (text[i - 1])))
        continue;
      while (j < to && j - i < 2 && g_ascii_isdigit (text[j]))
        j++;
      if (j + 2 < to && (text[j] == ':' || text[j] == '.') && g_ascii_isdigit (text[j + 1]) &&
          g_ascii_isdigit (text[j + 2]))
        {
          minutes = text[j] == ':';
          j += 3;
        }
      if (j < to && text[j] == ' ')
        j++;
      if (j + 1 < to && (g_ascii_tolower (text[j]) == 'a' || g_ascii_tolower (text[j]) == 'p') &&
          (g_ascii_tolower (text[j + 1]) == 'm' || (text[j + 1] == '.' && j + 2 < to &&
                                                     g_ascii_tolower (text[j + 2]) == 'm')))
        minutes = TRUE;
      if (minutes)
        n++;
      i = j;
    }
  return n;
}

/* Does the sentence describe a photo: "In this photo …", "April 21: In
 * this aerial image taken …"? */
static gboolean
opens_photo (const char    *text,
             const ChrSpan *sentence)
{
  const char *at = g_strstr_len (text + sentence->start, sentence->end - sentence->start, "In this ");
  gsize i;
  guint words = 0;

  if (at == NULL)
    return FALSE;
  for (i = at - text + strlen ("In this "); i < sentence->end && words < 3; i++)
    if (chr_text_is_word_start (text, sentence->start, i))
      {
        words++;
        if (g_ascii_strncasecmp (text + i, "photo", 5) == 0 || g_ascii_strncasecmp (text + i, "image", 5) == 0 ||
            g_ascii_strncasecmp (text + i, "picture", 7) == 0)
          return TRUE;
      }
  return FALSE;
}

/* The parts of a sentence that are a photo's caption or a listing, not a
 * report: a caption ends at its credit, and runs on to the end of the
 * sentence from the word that opens it ("Photo: "); a sentence followed by
 * a credit, or telling "In this photo …", is a caption throughout, and so
 * is a listing. Dates in [sentence start, until) and [from, sentence end)
 * make no candidates. */
typedef struct
{
  gsize until;
  gsize from;
} Furniture;

static Furniture
find_furniture (const char    *text,
                const ChrSpan *sentence,
                const ChrSpan *next)
{
  Furniture f = { sentence->start, sentence->end };
  gsize end;

  if ((next != NULL && opens_with_credit (text, next->start, next->end)) ||
      find_marks (text, sentence->start, sentence->end, listing_marks, G_N_ELEMENTS (listing_marks), &end) <
        sentence->end ||
      count_clock_times (text, sentence->start, sentence->end) >= LISTING_MIN_TIMES ||
      opens_photo (text, sentence))
    {
      f.from = sentence->start;
      return f;
    }
  find_marks (text, sentence->start, sentence->end, credit_marks, G_N_ELEMENTS (credit_marks), &f.until);
  f.until = MAX (f.until, dateline_end (text, sentence->start, sentence->end));
  f.until = MAX (f.until, stamp_header_end (text, sentence->start, sentence->end));
  f.from = find_marks (text, sentence->start, sentence->end, caption_marks, G_N_ELEMENTS (caption_marks), &end);
  return f;
}

/* Is the date at phrase background to the sentence: in parentheses, after
 * "since", or in a clause that "when", "which"... opens? */
static gboolean
is_aside (const char    *text,
          const ChrSpan *sentence,
          const ChrSpan *phrase)
{
  gsize clause = phrase->start;
  int depth = 0;
  char word[16];

  for (gsize i = sentence->start; i < phrase->start; i++)
    depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
  if (depth > 0)
    return TRUE;
  if (word_before (text, sentence->start, phrase->start, word, sizeof word) && strcmp (word, "since") == 0)
    return TRUE;
  while (clause > sentence->start && text[clause - 1] != ',' && text[clause - 1] != ';')
    clause--;
  return first_word (text, clause, phrase->start, word, sizeof word) &&
         in_list (word, aside_openers, G_N_ELEMENTS (aside_openers));
}

/* How firmly the statement reports what happened on its date
 * (ChrCandidateFlags). */
static guint
standing (const char        *text,
          const ChrSpan     *sentence,
          guint              sentence_index,
          const ChrSpan     *phrase,
          const ChrInterval *interval,
          const ChrInterval *dct)
{
  guint flags = 0;

  if (sentence_index < LEAD_SENTENCES)
    flags |= CHR_CANDIDATE_LEAD;
  if (is_aside (text, sentence, phrase))
    flags |= CHR_CANDIDATE_ASIDE;
  if (dct != NULL && dct->end > dct->begin && interval->begin >= dct->end)
    flags |= CHR_CANDIDATE_AHEAD;
  return flags;
}

static gboolean
placeable (const ChrTimex *timex)
{
  return (timex->type == CHR_TIMEX_DATE || timex->type == CHR_TIMEX_TIME) && timex->resolved &&
         g_ascii_isdigit (timex->value[0]) && timex->interval.end > timex->interval.begin;
}

static guint
approximate_flag (const ChrTimex *timex)
{
  gboolean approximate = (timex->flags & CHR_TIMEX_FLAG_APPROXIMATE) != 0 ||
                         timex->mod == CHR_TIMEX_MOD_APPROX || timex->mod == CHR_TIMEX_MOD_START ||
                         timex->mod == CHR_TIMEX_MOD_MID || timex->mod == CHR_TIMEX_MOD_END;

  return approximate ? CHR_EVENT_FLAG_APPROXIMATE : 0;
}

/* Adds a candidate, and returns it; or returns %NULL when the sentence
 * already has one of that date and kind. */
static ChrEventDraft *
add_draft (GPtrArray         *drafts,
           const char        *text,
           const ChrSpan     *sentence,
           const Furniture   *furniture,
           guint              sentence_index,
           guint              mention_index,
           gsize              phrase_start,
           gsize              phrase_end,
           const ChrInterval *interval,
           guint              flags,
           const ChrSpan     *label_sentence,
           const ChrInterval *dct)
{
  ChrEventDraft *draft;
  ChrSpan phrase = { phrase_start, phrase_end };
  /* What the sentence says, after a caption's credit or a dateline. */
  ChrSpan said = { MAX (sentence->start, furniture->until), sentence->end };

  if (is_stamp (text, sentence, &phrase) || phrase_start < furniture->until || phrase_start >= furniture->from)
    return NULL;

  /* One candidate per date and kind in a sentence: "in 2014 ... again in 2014" is one. */
  /* Drafts come sentence by sentence: only the last ones can be this one's. */
  for (guint j = drafts->len; j > 0; j--)
    {
      const ChrEventDraft *other = g_ptr_array_index (drafts, j - 1);

      if (other->sentence != sentence_index)
        break;
      if ((other->flags & ~(guint) CHR_CANDIDATE_FLAGS) == flags &&
          other->interval.begin == interval->begin && other->interval.end == interval->end)
        return NULL;
    }

  draft = g_new0 (ChrEventDraft, 1);
  draft->mention = mention_index;
  draft->sentence = sentence_index;
  draft->phrase_start = phrase_start;
  draft->phrase_end = phrase_end;
  draft->interval = *interval;
  draft->flags = flags | standing (text, sentence, sentence_index, &phrase, interval, dct);
  draft->title = chr_event_label (text, label_sentence ? label_sentence : &said, &phrase);
  draft->terms = statement_terms (text, &said, &phrase, draft->title);
  g_ptr_array_add (drafts, draft);
  return draft;
}

/* The candidates of one sentence, from its mentions [first, last). */
static void
build_sentence (GPtrArray         *drafts,
                const char        *text,
                const ChrSpan     *sentence,
                const Furniture   *furniture,
                guint              sentence_index,
                GArray            *mentions,
                guint              first,
                guint              last,
                const ChrInterval *dct)
{
  gboolean period_from_duration = FALSE;

  for (guint i = first; i < last; i++)
    {
      const ChrTimex *timex = &g_array_index (mentions, ChrTimex, i);
      char before[16] = "";
      gboolean has_before;

      if (timex->type == CHR_TIMEX_DURATION && !period_from_duration)
        {
          gboolean perfect = FALSE;

          /* "…invaded Ukraine on February 24, 2022, sparking a war that has now
           * lasted over three years": the length of what began at that date. */
          for (guint j = first; j < i; j++)
            {
              const ChrTimex *anchor = &g_array_index (mentions, ChrTimex, j);
              ChrInterval range;
              gint64 end;

              if (!placeable (anchor) || !has_lasted (text, anchor->end, timex->end, &perfect))
                continue;
              range.begin = anchor->interval.begin;
              range.granularity = anchor->interval.granularity;
              if (perfect && dct != NULL && dct->end > range.begin)
                range.end = dct->end;
              else if (chr_duration_add (timex->value, range.begin, &end) && end > range.begin)
                range.end = end;
              else
                continue;

              add_draft (drafts, text, sentence, furniture, sentence_index, i, timex->start, timex->end, &range,
                         CHR_EVENT_FLAG_PERIOD | (perfect ? CHR_EVENT_FLAG_ONGOING : 0) | approximate_flag (timex),
                         NULL, dct);
              period_from_duration = TRUE;
              break;
            }
          continue;
        }

      if (!placeable (timex))
        continue;

      has_before = word_before (text, sentence->start, timex->start, before, sizeof before);

      /* "from 2014 to 2022", "between 2014 and 2022", "2014–2022" */
      if (i + 1 < last)
        {
          const ChrTimex *next = &g_array_index (mentions, ChrTimex, i + 1);

          if (placeable (next) && next->interval.end > timex->interval.begin &&
              joins_range (text, timex->end, next->start, has_before && strcmp (before, "between") == 0,
                           has_before && strcmp (before, "from") == 0))
            {
              ChrInterval range = { timex->interval.begin, next->interval.end,
                                    MAX (timex->interval.granularity, next->interval.granularity) };

              add_draft (drafts, text, sentence, furniture, sentence_index, i, timex->start, next->end, &range,
                         CHR_EVENT_FLAG_PERIOD | approximate_flag (timex), NULL, dct);
              i++;
              continue;
            }
        }

      /* "Crimea has been under Russian control since February 2014": a period
       * that had not ended when the article was written. */
      if (has_before && strcmp (before, "since") == 0 && dct != NULL && dct->end > timex->interval.end)
        {
          ChrInterval range = { timex->interval.begin, dct->end, timex->interval.granularity };
          gsize said = MAX (sentence->start, furniture->until);
          ChrSpan up_to_date = { said, timex->end };
          const char *rest = text + timex->end;
          ChrEventDraft *period;

          /* "Since 1983, the firm has shed …": what has lasted comes after the date. */
          period = add_draft (drafts, text, sentence, furniture, sentence_index, i, timex->start, timex->end, &range,
                              CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING | approximate_flag (timex),
                              opens_text (text, said, word_start_before (text, said, timex->start)) ? NULL : &up_to_date,
                              dct);
          /* The period's phrase is "since February 2014": the date alone is
           * the phrase of what began then, and each excerpt keeps a phrase of
           * its own, by which the user's edits find it again. A second
           * "since" of the same date in the sentence adds nothing. */
          if (period != NULL)
            period->phrase_start = word_start_before (text, sentence->start, timex->start);

          /* "…since February 2014, when Russia annexed the peninsula": what began then is an event too. */
          if (g_str_has_prefix (rest, ", when ") || g_str_has_prefix (rest, " when "))
            add_draft (drafts, text, sentence, furniture, sentence_index, i, timex->start, timex->end, &timex->interval,
                       approximate_flag (timex), NULL, dct);
          continue;
        }

      add_draft (drafts, text, sentence, furniture, sentence_index, i, timex->start, timex->end, &timex->interval,
                 approximate_flag (timex), NULL, dct);
    }
}

/* A sentence of a name and a date is no more than a heading. */
#define HEADING_MAX_WORDS 6

/* "Lund on Friday. ``We sail at dawn.'': a sentence that only names
 * its speaker and the date is labelled with the sentence after it. */
static void
relabel_names (GPtrArray       *drafts,
               guint            first,
               const char      *text,
               const ChrSpan   *sentence,
               const Furniture *furniture,
               const ChrSpan   *next)
{
  ChrSpan said = { MAX (sentence->start, furniture->until), sentence->end };
  ChrSpan both = { said.start, next->end };

  if (count_words (text, said.start, said.end) > HEADING_MAX_WORDS)
    return;
  for (guint i = first; i < drafts->len; i++)
    {
      ChrEventDraft *draft = g_ptr_array_index (drafts, i);
      ChrSpan phrase = { draft->phrase_start, draft->phrase_end };
      g_autofree char *title = NULL;

      if (!chr_event_label_is_name (draft->title) || phrase.start < said.start)
        continue;
      title = chr_event_label (text, &both, &phrase);
      if (chr_event_label_is_name (title))
        continue;
      g_free (draft->title);
      draft->title = g_steal_pointer (&title);
      g_strfreev (draft->terms);
      draft->terms = statement_terms (text, &said, &phrase, draft->title);
    }
}

/**
 * chr_event_builder_build:
 * @text: the article's text
 * @sentences: its sentences (#ChrSpan)
 * @mentions: the dates found in it (#ChrTimex), sorted by offset
 * @dct: (nullable): the publication date, where ongoing periods end
 *
 * Makes the candidate events of an article: one for each distinct, placed
 * date in a sentence; periods for "since 2014" (ongoing), "from 2014 to
 * 2022" and "a war that has lasted three years" after its start. Sets and
 * reference words ("now") mark no point on a timeline and make none; dates
 * that wait for the publication date make none until it is known.
 *
 * Returns: (transfer full): a #GPtrArray of #ChrEventDraft
 */
GPtrArray *
chr_event_builder_build (const char        *text,
                         GArray            *sentences,
                         GArray            *mentions,
                         const ChrInterval *dct)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_event_draft_free);
  guint m = 0;

  g_return_val_if_fail (text != NULL, drafts);

  for (guint s = 0; sentences && mentions && s < sentences->len && m < mentions->len; s++)
    {
      const ChrSpan *span = &g_array_index (sentences, ChrSpan, s);
      guint first, last;

      while (m < mentions->len && g_array_index (mentions, ChrTimex, m).start < span->start)
        m++;
      first = m;
      while (m < mentions->len && g_array_index (mentions, ChrTimex, m).end <= span->end)
        m++;
      last = m;
      if (last > first)
        {
          const ChrSpan *next = s + 1 < sentences->len ? &g_array_index (sentences, ChrSpan, s + 1) : NULL;
          Furniture furniture = find_furniture (text, span, next);
          guint built = drafts->len;

          build_sentence (drafts, text, span, &furniture, s, mentions, first, last, dct);
          if (next != NULL && memchr (text + span->end, '\n', next->start - span->end) == NULL)
            relabel_names (drafts, built, text, span, &furniture, next);
        }
    }

  return drafts;
}
