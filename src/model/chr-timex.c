/* chr-timex.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex"

#include "config.h"

#include <string.h>

#include "chr-sentences.h"
#include "chr-timex.h"

/* The scanner works in two stages. Recognition tokenizes one sentence,
 * classifies words through the lexicon and matches the pattern table over the
 * token classes; it yields mentions whose value is still underspecified
 * ("February 12, year unknown", "Friday, direction from tense"). Resolution
 * turns a mention into a TIMEX3 value with the document creation time and the
 * tense nearest to the mention. Everything is done on bytes: non-ASCII bytes
 * are never part of a word, so invalid UTF-8 and NUL bytes are just noise. */

/* ------------------------------------------------------------------------ */
/* Lexicon                                                                   */

typedef enum
{
  WORD_OTHER,
  WORD_MONTH,           /* value: 1-12 */
  WORD_WEEKDAY,         /* value: 1 = Monday … 7 = Sunday */
  WORD_PREPOSITION,     /* puts a bare year or an ambiguous month name in date context */
  WORD_MODIFIER,        /* early, late, mid: may stand between a preposition and a year */
  WORD_PREFIX,          /* pre-, post-: only glued to a year with a hyphen */
  WORD_CONJUNCTION,     /* "between 2014 and 2016" */
  WORD_PART_OF_DAY,     /* value: index into part_of_day_codes */
  WORD_DEICTIC,         /* value: days from the document date */
  WORD_RELATIVE,        /* value: -1 last, 0 this, +1 next */
  WORD_UNIT,            /* value: a Unit */
  WORD_COUNT,           /* value: the number a word spells */
  WORD_AGO,
} WordClass;

enum
{
  LEX_ABBREVIATION     = 1 << 0,  /* "Feb", "Sept", "Mon" */
  LEX_AMBIGUOUS        = 1 << 1,  /* a month that is also a common word: "May", "March" */
  LEX_PAST             = 1 << 2,  /* marks the sentence as past tense */
  LEX_FUTURE           = 1 << 3,  /* marks the sentence as future tense */
  LEX_AFTER_APOSTROPHE = 1 << 4,  /* a tense marker only as a contraction: "we'll" */
  LEX_HYPHEN_PREFIX    = 1 << 5,  /* pre-2014, post-2014, mid-2014 */
  LEX_NOT_PAST         = 1 << 6,  /* ends in -ed without being a past form: "united" */
  LEX_NOT_PLURAL       = 1 << 7,  /* ends in -s without being a plural noun: "was" */
  LEX_PLURAL           = 1 << 8,  /* a plural noun: "people", "years" */
  LEX_NIGHT            = 1 << 9,  /* "tonight" */
  LEX_PASSIVE          = 1 << 10, /* "be": the participle after it says nothing of tense */
};

typedef enum
{
  UNIT_NONE,
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
} Unit;

typedef struct
{
  const char *word;
  WordClass   word_class;
  int         value;
  guint       flags;
} LexEntry;

static const char * const part_of_day_codes[] = { "MO", "AF", "EV", "NI" };
#define PART_NIGHT 3

static const LexEntry lexicon[] = {
  /* Months */
  { "january", WORD_MONTH, 1, 0 },
  { "february", WORD_MONTH, 2, 0 },
  { "march", WORD_MONTH, 3, LEX_AMBIGUOUS },
  { "april", WORD_MONTH, 4, 0 },
  { "may", WORD_MONTH, 5, LEX_AMBIGUOUS },
  { "june", WORD_MONTH, 6, 0 },
  { "july", WORD_MONTH, 7, 0 },
  { "august", WORD_MONTH, 8, 0 },
  { "september", WORD_MONTH, 9, 0 },
  { "october", WORD_MONTH, 10, 0 },
  { "november", WORD_MONTH, 11, 0 },
  { "december", WORD_MONTH, 12, 0 },
  { "jan", WORD_MONTH, 1, LEX_ABBREVIATION },
  { "feb", WORD_MONTH, 2, LEX_ABBREVIATION },
  { "mar", WORD_MONTH, 3, LEX_ABBREVIATION },
  { "apr", WORD_MONTH, 4, LEX_ABBREVIATION },
  { "jun", WORD_MONTH, 6, LEX_ABBREVIATION },
  { "jul", WORD_MONTH, 7, LEX_ABBREVIATION },
  { "aug", WORD_MONTH, 8, LEX_ABBREVIATION },
  { "sep", WORD_MONTH, 9, LEX_ABBREVIATION },
  { "sept", WORD_MONTH, 9, LEX_ABBREVIATION },
  { "oct", WORD_MONTH, 10, LEX_ABBREVIATION },
  { "nov", WORD_MONTH, 11, LEX_ABBREVIATION },
  { "dec", WORD_MONTH, 12, LEX_ABBREVIATION },

  /* Weekdays */
  { "monday", WORD_WEEKDAY, 1, 0 },
  { "tuesday", WORD_WEEKDAY, 2, 0 },
  { "wednesday", WORD_WEEKDAY, 3, 0 },
  { "thursday", WORD_WEEKDAY, 4, 0 },
  { "friday", WORD_WEEKDAY, 5, 0 },
  { "saturday", WORD_WEEKDAY, 6, 0 },
  { "sunday", WORD_WEEKDAY, 7, 0 },
  { "mon", WORD_WEEKDAY, 1, LEX_ABBREVIATION },
  { "tue", WORD_WEEKDAY, 2, LEX_ABBREVIATION },
  { "tues", WORD_WEEKDAY, 2, LEX_ABBREVIATION },
  { "wed", WORD_WEEKDAY, 3, LEX_ABBREVIATION },
  { "thu", WORD_WEEKDAY, 4, LEX_ABBREVIATION },
  { "thur", WORD_WEEKDAY, 4, LEX_ABBREVIATION },
  { "thurs", WORD_WEEKDAY, 4, LEX_ABBREVIATION },
  { "fri", WORD_WEEKDAY, 5, LEX_ABBREVIATION },
  { "sat", WORD_WEEKDAY, 6, LEX_ABBREVIATION },
  { "sun", WORD_WEEKDAY, 7, LEX_ABBREVIATION },

  /* Date context */
  { "in", WORD_PREPOSITION, 0, 0 },
  { "since", WORD_PREPOSITION, 0, 0 },
  { "by", WORD_PREPOSITION, 0, 0 },
  { "until", WORD_PREPOSITION, 0, 0 },
  { "till", WORD_PREPOSITION, 0, 0 },
  { "from", WORD_PREPOSITION, 0, 0 },
  { "before", WORD_PREPOSITION, 0, 0 },
  { "after", WORD_PREPOSITION, 0, 0 },
  { "during", WORD_PREPOSITION, 0, 0 },
  { "of", WORD_PREPOSITION, 0, 0 },
  { "through", WORD_PREPOSITION, 0, 0 },
  { "throughout", WORD_PREPOSITION, 0, 0 },
  { "to", WORD_PREPOSITION, 0, 0 },
  { "between", WORD_PREPOSITION, 0, 0 },
  { "early", WORD_MODIFIER, 0, 0 },
  { "late", WORD_MODIFIER, 0, 0 },
  { "mid", WORD_MODIFIER, 0, LEX_HYPHEN_PREFIX },
  { "pre", WORD_PREFIX, 0, LEX_HYPHEN_PREFIX },
  { "post", WORD_PREFIX, 0, LEX_HYPHEN_PREFIX },
  { "and", WORD_CONJUNCTION, 0, 0 },
  { "or", WORD_CONJUNCTION, 0, 0 },

  /* Parts of the day, days around the document date */
  { "morning", WORD_PART_OF_DAY, 0, 0 },
  { "afternoon", WORD_PART_OF_DAY, 1, 0 },
  { "evening", WORD_PART_OF_DAY, 2, 0 },
  { "night", WORD_PART_OF_DAY, PART_NIGHT, 0 },
  { "today", WORD_DEICTIC, 0, 0 },
  { "tonight", WORD_DEICTIC, 0, LEX_NIGHT },
  { "yesterday", WORD_DEICTIC, -1, 0 },
  { "tomorrow", WORD_DEICTIC, 1, 0 },
  { "last", WORD_RELATIVE, -1, LEX_PAST },
  { "this", WORD_RELATIVE, 0, LEX_NOT_PLURAL },
  { "next", WORD_RELATIVE, 1, LEX_FUTURE },

  /* Units and counts, for "last year" and "12 years ago" */
  { "day", WORD_UNIT, UNIT_DAY, 0 },
  { "days", WORD_UNIT, UNIT_DAY, LEX_PLURAL },
  { "week", WORD_UNIT, UNIT_WEEK, 0 },
  { "weeks", WORD_UNIT, UNIT_WEEK, LEX_PLURAL },
  { "month", WORD_UNIT, UNIT_MONTH, 0 },
  { "months", WORD_UNIT, UNIT_MONTH, LEX_PLURAL },
  { "year", WORD_UNIT, UNIT_YEAR, 0 },
  { "years", WORD_UNIT, UNIT_YEAR, LEX_PLURAL },
  { "ago", WORD_AGO, 0, LEX_PAST },
  { "a", WORD_COUNT, 1, 0 },
  { "an", WORD_COUNT, 1, 0 },
  { "one", WORD_COUNT, 1, 0 },
  { "two", WORD_COUNT, 2, 0 },
  { "three", WORD_COUNT, 3, 0 },
  { "four", WORD_COUNT, 4, 0 },
  { "five", WORD_COUNT, 5, 0 },
  { "six", WORD_COUNT, 6, 0 },
  { "seven", WORD_COUNT, 7, 0 },
  { "eight", WORD_COUNT, 8, 0 },
  { "nine", WORD_COUNT, 9, 0 },
  { "ten", WORD_COUNT, 10, 0 },
  { "eleven", WORD_COUNT, 11, 0 },
  { "twelve", WORD_COUNT, 12, 0 },
  { "twenty", WORD_COUNT, 20, 0 },
  { "thirty", WORD_COUNT, 30, 0 },

  /* Tense markers */
  { "will", WORD_OTHER, 0, LEX_FUTURE },
  { "shall", WORD_OTHER, 0, LEX_FUTURE },
  { "ll", WORD_OTHER, 0, LEX_FUTURE | LEX_AFTER_APOSTROPHE },
  { "upcoming", WORD_OTHER, 0, LEX_FUTURE },
  { "scheduled", WORD_OTHER, 0, LEX_FUTURE },
  { "was", WORD_OTHER, 0, LEX_PAST | LEX_NOT_PLURAL },
  { "were", WORD_OTHER, 0, LEX_PAST },
  { "had", WORD_OTHER, 0, LEX_PAST },
  { "did", WORD_OTHER, 0, LEX_PAST },
  { "said", WORD_OTHER, 0, LEX_PAST },
  { "ate", WORD_OTHER, 0, LEX_PAST },
  { "arose", WORD_OTHER, 0, LEX_PAST },
  { "became", WORD_OTHER, 0, LEX_PAST },
  { "began", WORD_OTHER, 0, LEX_PAST },
  { "bought", WORD_OTHER, 0, LEX_PAST },
  { "broke", WORD_OTHER, 0, LEX_PAST },
  { "brought", WORD_OTHER, 0, LEX_PAST },
  { "built", WORD_OTHER, 0, LEX_PAST },
  { "came", WORD_OTHER, 0, LEX_PAST },
  { "caught", WORD_OTHER, 0, LEX_PAST },
  { "chose", WORD_OTHER, 0, LEX_PAST },
  { "drew", WORD_OTHER, 0, LEX_PAST },
  { "drove", WORD_OTHER, 0, LEX_PAST },
  { "fell", WORD_OTHER, 0, LEX_PAST },
  { "felt", WORD_OTHER, 0, LEX_PAST },
  { "fled", WORD_OTHER, 0, LEX_PAST },
  { "flew", WORD_OTHER, 0, LEX_PAST },
  { "forgot", WORD_OTHER, 0, LEX_PAST },
  { "fought", WORD_OTHER, 0, LEX_PAST },
  { "found", WORD_OTHER, 0, LEX_PAST },
  { "gave", WORD_OTHER, 0, LEX_PAST },
  { "got", WORD_OTHER, 0, LEX_PAST },
  { "grew", WORD_OTHER, 0, LEX_PAST },
  { "heard", WORD_OTHER, 0, LEX_PAST },
  { "held", WORD_OTHER, 0, LEX_PAST },
  { "kept", WORD_OTHER, 0, LEX_PAST },
  { "knew", WORD_OTHER, 0, LEX_PAST },
  { "laid", WORD_OTHER, 0, LEX_PAST },
  { "led", WORD_OTHER, 0, LEX_PAST },
  { "left", WORD_OTHER, 0, LEX_PAST },
  { "lost", WORD_OTHER, 0, LEX_PAST },
  { "made", WORD_OTHER, 0, LEX_PAST },
  { "meant", WORD_OTHER, 0, LEX_PAST },
  { "met", WORD_OTHER, 0, LEX_PAST },
  { "oversaw", WORD_OTHER, 0, LEX_PAST },
  { "paid", WORD_OTHER, 0, LEX_PAST },
  { "ran", WORD_OTHER, 0, LEX_PAST },
  { "rose", WORD_OTHER, 0, LEX_PAST },
  { "sank", WORD_OTHER, 0, LEX_PAST },
  { "saw", WORD_OTHER, 0, LEX_PAST },
  { "sent", WORD_OTHER, 0, LEX_PAST },
  { "shook", WORD_OTHER, 0, LEX_PAST },
  { "shot", WORD_OTHER, 0, LEX_PAST },
  { "sold", WORD_OTHER, 0, LEX_PAST },
  { "sought", WORD_OTHER, 0, LEX_PAST },
  { "spent", WORD_OTHER, 0, LEX_PAST },
  { "spoke", WORD_OTHER, 0, LEX_PAST },
  { "stole", WORD_OTHER, 0, LEX_PAST },
  { "stood", WORD_OTHER, 0, LEX_PAST },
  { "struck", WORD_OTHER, 0, LEX_PAST },
  { "swore", WORD_OTHER, 0, LEX_PAST },
  { "taught", WORD_OTHER, 0, LEX_PAST },
  { "thought", WORD_OTHER, 0, LEX_PAST },
  { "threw", WORD_OTHER, 0, LEX_PAST },
  { "told", WORD_OTHER, 0, LEX_PAST },
  { "took", WORD_OTHER, 0, LEX_PAST },
  { "understood", WORD_OTHER, 0, LEX_PAST },
  { "went", WORD_OTHER, 0, LEX_PAST },
  { "withdrew", WORD_OTHER, 0, LEX_PAST },
  { "woke", WORD_OTHER, 0, LEX_PAST },
  { "won", WORD_OTHER, 0, LEX_PAST },
  { "wore", WORD_OTHER, 0, LEX_PAST },
  { "wrote", WORD_OTHER, 0, LEX_PAST },
  { "be", WORD_OTHER, 0, LEX_PASSIVE },
  { "been", WORD_OTHER, 0, LEX_PASSIVE },
  { "being", WORD_OTHER, 0, LEX_PASSIVE },

  /* Words ending in -ed that are not past forms */
  { "armed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "based", WORD_OTHER, 0, LEX_NOT_PAST },
  { "breed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "creed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "embed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "exceed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "greed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "hundred", WORD_OTHER, 0, LEX_NOT_PAST },
  { "indeed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "kindred", WORD_OTHER, 0, LEX_NOT_PAST },
  { "naked", WORD_OTHER, 0, LEX_NOT_PAST },
  { "proceed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "rugged", WORD_OTHER, 0, LEX_NOT_PAST },
  { "sacred", WORD_OTHER, 0, LEX_NOT_PAST },
  { "speed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "succeed", WORD_OTHER, 0, LEX_NOT_PAST },
  { "united", WORD_OTHER, 0, LEX_NOT_PAST },
  { "wicked", WORD_OTHER, 0, LEX_NOT_PAST },

  /* Words ending in -s after a year that do not make it a count ("in 2014 has") */
  { "always", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "afterwards", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "besides", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "does", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "goes", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "has", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "his", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "its", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "perhaps", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "remains", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "says", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "seems", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "thus", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "towards", WORD_OTHER, 0, LEX_NOT_PLURAL },
  { "whereas", WORD_OTHER, 0, LEX_NOT_PLURAL },

  /* Plural nouns without -s: "2014 people" is a count */
  { "people", WORD_OTHER, 0, LEX_PLURAL },
  { "men", WORD_OTHER, 0, LEX_PLURAL },
  { "women", WORD_OTHER, 0, LEX_PLURAL },
  { "children", WORD_OTHER, 0, LEX_PLURAL },
  { "police", WORD_OTHER, 0, LEX_PLURAL },
  { "personnel", WORD_OTHER, 0, LEX_PLURAL },
  { "staff", WORD_OTHER, 0, LEX_PLURAL },
};

/* Longest lexicon word plus one; longer words are never looked up. */
#define WORD_MAX 16

typedef enum
{
  TENSE_UNKNOWN,
  TENSE_PAST,
  TENSE_FUTURE,
} Tense;

/* Multi-word tense markers, matched on consecutive words before single words. */
static const struct
{
  const char *words[3];
  Tense       tense;
} tense_phrases[] = {
  { { "is", "set", "to" }, TENSE_FUTURE },
  { { "are", "set", "to" }, TENSE_FUTURE },
  { { "set", "for", NULL }, TENSE_FUTURE },
  { { "plans", "to", NULL }, TENSE_FUTURE },
  { { "plan", "to", NULL }, TENSE_FUTURE },
  { { "is", "to", NULL }, TENSE_FUTURE },
  { { "are", "to", NULL }, TENSE_FUTURE },
  { { "going", "to", NULL }, TENSE_FUTURE },
  { { "expected", "to", NULL }, TENSE_FUTURE },
};

static GHashTable *
get_lexicon (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (lexicon); i++)
        {
          g_assert (strlen (lexicon[i].word) < WORD_MAX);
          /* A word listed twice would silently lose one of its meanings. */
          if (!g_hash_table_insert (t, (gpointer) lexicon[i].word, (gpointer) &lexicon[i]))
            g_critical ("“%s” is listed twice in the lexicon", lexicon[i].word);
        }
      g_once_init_leave (&table, t);
    }
  return table;
}

/* ------------------------------------------------------------------------ */
/* Tokens                                                                    */

typedef enum
{
  TOKEN_WORD,
  TOKEN_NUMBER,
  TOKEN_PUNCT,
  TOKEN_OTHER,
} TokenKind;

enum
{
  TOK_CAPITALIZED       = 1 << 0,
  TOK_AFTER_APOSTROPHE  = 1 << 1,  /* a word glued to an apostrophe before it */
  TOK_COMPOUND          = 1 << 2,  /* digits with separators: 2,014  2014.5  20:14  2014/15 */
  TOK_ORDINAL           = 1 << 3,  /* 24th */
  TOK_CLEAN             = 1 << 4,  /* a number standing alone: not $2014, 2014%, COVID19 */
  TOK_DASH              = 1 << 5,  /* an en or em dash, or a hyphen between spaces */
  TOK_CONTROL           = 1 << 6,  /* NUL or another control byte */
};

typedef struct
{
  gsize           start;
  gsize           end;
  const LexEntry *lex;
  int             value;    /* numbers: their value; -1 when too long to matter */
  guint           clause;   /* index of the comma- or dash-delimited part of the sentence */
  guint16         flags;
  guint8          kind;     /* a TokenKind */
  guint8          ndigits;
  char            ch;       /* punctuation: the ASCII character it stands for */
  char            lower[WORD_MAX];
} Token;

static gboolean
is_space_byte (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Length of the byte sequence a non-ASCII byte starts: the lead byte and the
 * continuation bytes that follow it, never more than a character needs. */
static gsize
sequence_length (const guchar *p,
                 gsize         avail)
{
  gsize want, n = 1;

  if (p[0] >= 0xF0 && p[0] < 0xF8)
    want = 4;
  else if (p[0] >= 0xE0 && p[0] < 0xF0)
    want = 3;
  else if (p[0] >= 0xC0 && p[0] < 0xE0)
    want = 2;
  else
    return 1;
  while (n < want && n < avail && p[n] >= 0x80 && p[n] < 0xC0)
    n++;
  return n;
}

/* The few non-ASCII characters that matter to the patterns: spaces news
 * sites put between a month and its day, dashes in ranges, and quotes. */
static char
classify_sequence (const guchar *p,
                   gsize         n,
                   gboolean     *space)
{
  *space = FALSE;
  if (n == 2 && p[0] == 0xC2 && p[1] == 0xA0)           /* no-break space */
    *space = TRUE;
  else if (n == 2 && p[0] == 0xCA && p[1] == 0xBC)      /* modifier letter apostrophe */
    return '\'';
  else if (n == 3 && p[0] == 0xE2 && p[1] == 0x80)
    {
      switch (p[2])
        {
        case 0x89:                                      /* thin space */
        case 0xAF:                                      /* narrow no-break space */
          *space = TRUE;
          break;
        case 0x93:                                      /* en dash */
        case 0x94:                                      /* em dash */
          return '-';
        case 0x98:                                      /* curly single quotes */
        case 0x99:
          return '\'';
        case 0x9C:                                      /* curly double quotes */
        case 0x9D:
          return '"';
        default:
          break;
        }
    }
  return '\0';
}

static void
scan_number (const char *text,
             gsize       end,
             gsize      *pos,
             Token      *tok)
{
  gsize i = *pos;
  gint64 value = 0;
  guint ndigits = 0;

  while (i < end && g_ascii_isdigit (text[i]))
    {
      if (ndigits < 10)
        value = value * 10 + (text[i] - '0');
      ndigits++;
      i++;
    }
  /* 2,014 and 2014.5 are one number, and none of them a year. */
  while (i + 1 < end && (text[i] == ',' || text[i] == '.' || text[i] == ':' || text[i] == '/') &&
         g_ascii_isdigit (text[i + 1]))
    {
      tok->flags |= TOK_COMPOUND;
      i++;
      while (i < end && g_ascii_isdigit (text[i]))
        i++;
    }
  if (!(tok->flags & TOK_COMPOUND) && i + 1 < end &&
      g_ascii_isalpha (text[i]) && g_ascii_isalpha (text[i + 1]) &&
      (i + 2 >= end || !g_ascii_isalpha (text[i + 2])))
    {
      static const char * const suffixes[] = { "st", "nd", "rd", "th" };
      char a = g_ascii_tolower (text[i]), b = g_ascii_tolower (text[i + 1]);

      for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
        if (a == suffixes[k][0] && b == suffixes[k][1])
          {
            tok->flags |= TOK_ORDINAL;
            i += 2;
            break;
          }
    }
  tok->kind = TOKEN_NUMBER;
  tok->ndigits = (guint8) MIN (ndigits, 255);
  tok->value = ndigits <= 9 ? (int) value : -1;
  *pos = i;
}

static void
scan_word (const char *text,
           gsize       end,
           gsize      *pos,
           Token      *tok)
{
  gsize i = *pos;
  gsize n;

  while (i < end && g_ascii_isalpha (text[i]))
    i++;
  n = i - *pos;
  tok->kind = TOKEN_WORD;
  if (g_ascii_isupper (text[*pos]))
    tok->flags |= TOK_CAPITALIZED;
  if (n < WORD_MAX)
    {
      for (gsize k = 0; k < n; k++)
        tok->lower[k] = g_ascii_tolower (text[*pos + k]);
      tok->lower[n] = '\0';
      tok->lex = g_hash_table_lookup (get_lexicon (), tok->lower);
    }
  *pos = i;
}

static gboolean
glued (const Token *a,
       const Token *b)
{
  return a->end == b->start;
}

/* A number is a candidate date part only when nothing but brackets, quotes or
 * a hyphen touches it on the left, and nothing but punctuation on the right:
 * "$2014", "2014%", "COVID19" and "2014abc" are not dates. */
static gboolean
is_separator (const Token *tok,
              const char  *allowed)
{
  /* Control bytes are noise, not part of the number: they separate like spaces. */
  if (tok->flags & TOK_CONTROL)
    return TRUE;
  return tok->kind == TOKEN_PUNCT && strchr (allowed, tok->ch) != NULL;
}

static void
mark_clean_numbers (GArray *tokens)
{
  Token *t = (Token *) (gpointer) tokens->data;

  for (guint i = 0; i < tokens->len; i++)
    {
      gboolean clean = !(t[i].flags & TOK_COMPOUND);

      if (t[i].kind != TOKEN_NUMBER)
        continue;
      if (clean && i > 0 && glued (&t[i - 1], &t[i]))
        clean = is_separator (&t[i - 1], "([\"'-");
      if (clean && i + 1 < tokens->len && glued (&t[i], &t[i + 1]))
        clean = is_separator (&t[i + 1], ",.;:)]\"'!?-");
      if (clean)
        t[i].flags |= TOK_CLEAN;
    }
}

static void
tokenize (const char *text,
          gsize       start,
          gsize       end,
          GArray     *tokens)
{
  gsize i = start;
  guint clause = 0;

  g_array_set_size (tokens, 0);
  while (i < end)
    {
      guchar c = (guchar) text[i];
      Token tok;

      if (is_space_byte (c))
        {
          i++;
          continue;
        }

      memset (&tok, 0, sizeof tok);
      tok.start = i;
      if (c >= 0x80)
        {
          gsize n = sequence_length ((const guchar *) text + i, end - i);
          gboolean space;
          char ch = classify_sequence ((const guchar *) text + i, n, &space);

          i += n;
          if (space)
            continue;
          tok.kind = ch != '\0' ? TOKEN_PUNCT : TOKEN_OTHER;
          tok.ch = ch;
          if (ch == '-')
            tok.flags |= TOK_DASH;
        }
      else if (g_ascii_isalpha (c))
        scan_word (text, end, &i, &tok);
      else if (g_ascii_isdigit (c))
        scan_number (text, end, &i, &tok);
      else if (g_ascii_ispunct (c))
        {
          tok.kind = TOKEN_PUNCT;
          tok.ch = (char) c;
          i++;
        }
      else
        {
          /* NUL and other control bytes: no pattern may cross them. */
          tok.kind = TOKEN_OTHER;
          tok.flags |= TOK_CONTROL;
          i++;
        }
      tok.end = i;

      if (tok.kind == TOKEN_PUNCT && tok.ch == '-' && tokens->len > 0 &&
          !glued (&g_array_index (tokens, Token, tokens->len - 1), &tok) &&
          (i >= end || is_space_byte ((guchar) text[i])))
        tok.flags |= TOK_DASH;
      if (tok.kind == TOKEN_WORD && tokens->len > 0)
        {
          const Token *prev = &g_array_index (tokens, Token, tokens->len - 1);

          if (prev->kind == TOKEN_PUNCT && prev->ch == '\'' && glued (prev, &tok))
            tok.flags |= TOK_AFTER_APOSTROPHE;
        }

      /* Clauses separate a mention from tense markers that belong to another verb. */
      if ((tok.kind == TOKEN_PUNCT && strchr (",;:()[]", tok.ch) != NULL) || (tok.flags & TOK_DASH))
        clause++;
      tok.clause = clause;
      g_array_append_val (tokens, tok);
    }
  mark_clean_numbers (tokens);
}

/* ------------------------------------------------------------------------ */
/* Tense                                                                     */

typedef struct
{
  guint first;
  guint last;
  Tense tense;
} Marker;

static guint
match_tense_phrase (const Token *t,
                    guint        n,
                    guint        i,
                    Tense       *tense)
{
  for (guint p = 0; p < G_N_ELEMENTS (tense_phrases); p++)
    {
      guint k = 0;

      while (k < 3 && tense_phrases[p].words[k] != NULL && i + k < n &&
             t[i + k].kind == TOKEN_WORD && strcmp (t[i + k].lower, tense_phrases[p].words[k]) == 0)
        k++;
      if (k == 3 || (k > 0 && tense_phrases[p].words[k] == NULL))
        {
          *tense = tense_phrases[p].tense;
          return k;
        }
    }
  return 0;
}

/* Regular past forms: "annexed", "invaded". A participle after "be" is
 * passive, and its tense is the auxiliary's ("will be detailed"). */
static gboolean
is_regular_past (const char  *text,
                 const Token *t,
                 guint        i)
{
  const Token *tok = &t[i];
  gsize n = tok->end - tok->start;

  if (n < 5 || (tok->flags & TOK_CAPITALIZED))
    return FALSE;
  if (g_ascii_tolower (text[tok->end - 2]) != 'e' || g_ascii_tolower (text[tok->end - 1]) != 'd')
    return FALSE;
  if (tok->lex != NULL && (tok->lex->flags & LEX_NOT_PAST))
    return FALSE;
  if (i > 0 && t[i - 1].kind == TOKEN_WORD && t[i - 1].lex != NULL &&
      (t[i - 1].lex->flags & LEX_PASSIVE))
    return FALSE;
  return TRUE;
}

static void
find_tense_markers (const char *text,
                    GArray     *tokens,
                    GArray     *markers)
{
  const Token *t = (const Token *) (gconstpointer) tokens->data;
  guint n = tokens->len;

  g_array_set_size (markers, 0);
  for (guint i = 0; i < n; i++)
    {
      Marker m = { i, i, TENSE_UNKNOWN };
      guint len;

      if (t[i].kind != TOKEN_WORD)
        continue;
      if ((len = match_tense_phrase (t, n, i, &m.tense)) > 0)
        m.last = i + len - 1;
      else if (t[i].lex != NULL && (t[i].lex->flags & (LEX_PAST | LEX_FUTURE)) &&
               (!(t[i].lex->flags & LEX_AFTER_APOSTROPHE) || (t[i].flags & TOK_AFTER_APOSTROPHE)))
        m.tense = (t[i].lex->flags & LEX_PAST) ? TENSE_PAST : TENSE_FUTURE;
      else if (is_regular_past (text, t, i))
        m.tense = TENSE_PAST;
      else
        continue;
      g_array_append_val (markers, m);
      i = m.last;
    }
}

/* The tense of the marker nearest to tokens [first, last], preferring markers
 * in the same clause. *cursor walks forward as mentions do, which keeps the
 * cost linear in the sentence. */
static Tense
tense_near (const Token  *t,
            GArray       *markers,
            guint        *cursor,
            guint         first,
            guint         last)
{
  const Marker *m = (const Marker *) (gconstpointer) markers->data;
  guint n = markers->len;
  guint r;
  const Marker *left = NULL, *right = NULL;
  gboolean left_in, right_in;
  guint left_dist = 0, right_dist = 0;

  while (*cursor < n && m[*cursor].last < first)
    (*cursor)++;
  if (*cursor > 0)
    left = &m[*cursor - 1];
  for (r = *cursor; r < n && m[r].first <= last; r++)
    ;
  if (r < n)
    right = &m[r];

  if (left == NULL && right == NULL)
    return TENSE_UNKNOWN;
  if (left != NULL)
    left_dist = first - left->last;
  if (right != NULL)
    right_dist = right->first - last;
  left_in = left != NULL && t[left->last].clause == t[first].clause;
  right_in = right != NULL && t[right->first].clause == t[last].clause;

  if (left_in != right_in)
    return left_in ? left->tense : right->tense;
  if (left == NULL)
    return right->tense;
  if (right == NULL)
    return left->tense;
  return left_dist <= right_dist ? left->tense : right->tense;
}

/* ------------------------------------------------------------------------ */
/* Patterns                                                                  */

typedef enum
{
  EL_END,
  EL_MONTH,
  EL_DAY,             /* 1-31, bare or ordinal */
  EL_YEAR,            /* four digits, 1000-2199 */
  EL_ISO_MONTH,       /* two digits after a glued hyphen */
  EL_ISO_DAY,
  EL_HYPHEN,
  EL_COMMA,
  EL_OF,
  EL_WEEKDAY,
  EL_PART_OF_DAY,
  EL_DEICTIC,
  EL_RELATIVE,
  EL_UNIT,
  EL_COUNT,
  EL_AGO,
} ElementKind;

enum
{
  EF_OPTIONAL = 1 << 0,
  EF_GLUED    = 1 << 1,   /* no space before it */
  EF_FULL     = 1 << 2,   /* full names only, no abbreviations */
  EF_SINGULAR = 1 << 3,
};

typedef struct
{
  guint8 kind;
  guint8 flags;
} Element;

typedef enum
{
  SHAPE_DATE,             /* year, month, day as far as given */
  SHAPE_WEEKDAY,
  SHAPE_DEICTIC,
  SHAPE_RELATIVE_UNIT,    /* last year, this month, next week */
  SHAPE_AGO,              /* 12 years ago */
} Shape;

typedef enum
{
  CHECK_NONE,
  CHECK_YEAR_CONTEXT,     /* a bare year needs a preposition, a prefix or a range */
  CHECK_MONTH_CONTEXT,    /* a bare "May" needs a preposition */
} Check;

#define MAX_ELEMENTS 7

typedef struct
{
  Element elements[MAX_ELEMENTS];
  Shape   shape;
  Check   check;
} Pattern;

#define E(k)    { EL_ ## k, 0 }
#define OPT(k)  { EL_ ## k, EF_OPTIONAL }
#define GLU(k)  { EL_ ## k, EF_GLUED }
#define FULL(k) { EL_ ## k, EF_FULL }

/* Tried in order at each token; the first that matches wins, so longer
 * patterns come before their prefixes. */
static const Pattern patterns[] = {
  { { E (YEAR), GLU (HYPHEN), GLU (ISO_MONTH), GLU (HYPHEN), GLU (ISO_DAY) },
    SHAPE_DATE, CHECK_NONE },
  { { E (WEEKDAY), OPT (COMMA), E (MONTH), E (DAY), OPT (COMMA), E (YEAR) },
    SHAPE_DATE, CHECK_NONE },
  { { E (WEEKDAY), OPT (COMMA), E (DAY), OPT (OF), E (MONTH), E (YEAR) }, SHAPE_DATE, CHECK_NONE },
  { { E (MONTH), E (DAY), OPT (COMMA), E (YEAR) }, SHAPE_DATE, CHECK_NONE },
  { { E (DAY), OPT (OF), E (MONTH), E (YEAR) }, SHAPE_DATE, CHECK_NONE },
  { { E (WEEKDAY), OPT (COMMA), E (MONTH), E (DAY) }, SHAPE_DATE, CHECK_NONE },
  { { E (WEEKDAY), OPT (COMMA), E (DAY), OPT (OF), E (MONTH) }, SHAPE_DATE, CHECK_NONE },
  { { E (MONTH), E (YEAR) }, SHAPE_DATE, CHECK_NONE },
  { { E (MONTH), E (DAY) }, SHAPE_DATE, CHECK_NONE },
  { { E (DAY), OPT (OF), E (MONTH) }, SHAPE_DATE, CHECK_NONE },
  { { E (MONTH) }, SHAPE_DATE, CHECK_MONTH_CONTEXT },
  { { E (YEAR) }, SHAPE_DATE, CHECK_YEAR_CONTEXT },
  { { E (RELATIVE), FULL (WEEKDAY), OPT (PART_OF_DAY) }, SHAPE_WEEKDAY, CHECK_NONE },
  { { FULL (WEEKDAY), OPT (PART_OF_DAY) }, SHAPE_WEEKDAY, CHECK_NONE },
  { { E (DEICTIC), OPT (PART_OF_DAY) }, SHAPE_DEICTIC, CHECK_NONE },
  { { E (RELATIVE), { EL_UNIT, EF_SINGULAR } }, SHAPE_RELATIVE_UNIT, CHECK_NONE },
  { { E (COUNT), E (UNIT), E (AGO) }, SHAPE_AGO, CHECK_NONE },
};

#undef E
#undef OPT
#undef GLU
#undef FULL

/* What the elements of a match captured. Zero means "not given". */
typedef struct
{
  int      year;
  int      month;
  int      day;
  int      weekday;
  int      part;          /* index into part_of_day_codes + 1 */
  int      offset;        /* deictic days, relative direction */
  int      count;
  Unit     unit;
  gboolean bare_abbreviation;   /* "Feb" without its full stop */
  gboolean relative;
} Captures;

typedef enum
{
  ANCHOR_ABSOLUTE,        /* the text gives the year */
  ANCHOR_YEARLESS,        /* month (and day) given; year from the DCT and tense */
  ANCHOR_WEEKDAY,         /* direction from tense, or from last/next */
  ANCHOR_DAY_OFFSET,      /* today, yesterday, tomorrow */
  ANCHOR_DCT_OFFSET,      /* DCT plus or minus whole units */
} Anchor;

/* A recognized, not yet resolved, temporal expression. */
typedef struct
{
  guint  first;           /* tokens [first, last] */
  guint  last;
  Anchor anchor;
  int    year;
  int    month;
  int    day;
  int    weekday;
  int    direction;       /* weekdays: -1 before the DCT, +1 after, 0 from tense */
  int    offset;          /* days or units from the DCT */
  Unit   unit;
  int    part;            /* index into part_of_day_codes + 1, or 0 */
} Mention;

static gboolean
token_is_year (const Token *tok)
{
  return tok->kind == TOKEN_NUMBER && (tok->flags & TOK_CLEAN) && !(tok->flags & TOK_ORDINAL) &&
         tok->ndigits == 4 && tok->value >= 1000 && tok->value <= 2199;
}

static gboolean
token_is_word (const Token *tok,
               WordClass    word_class)
{
  return tok->kind == TOKEN_WORD && tok->lex != NULL && tok->lex->word_class == word_class;
}

static gboolean
token_is_punct (const Token *tok,
                char         ch)
{
  return tok->kind == TOKEN_PUNCT && tok->ch == ch;
}

static gboolean
match_element (const Token   *t,
               guint          n,
               guint         *pos,
               const Element *el,
               Captures      *c)
{
  const Token *tok = &t[*pos];
  const LexEntry *lex = tok->lex;
  guint i = *pos;

  if ((el->flags & EF_GLUED) && (i == 0 || !glued (&t[i - 1], tok)))
    return FALSE;

  switch ((ElementKind) el->kind)
    {
    case EL_MONTH:
    case EL_WEEKDAY:
      if (!token_is_word (tok, el->kind == EL_MONTH ? WORD_MONTH : WORD_WEEKDAY) ||
          !(tok->flags & TOK_CAPITALIZED))
        return FALSE;
      if (lex->flags & LEX_ABBREVIATION)
        {
          if (el->flags & EF_FULL)
            return FALSE;
          /* The abbreviation's full stop belongs to the mention. */
          if (i + 1 < n && token_is_punct (&t[i + 1], '.') && glued (tok, &t[i + 1]))
            i++;
          else if (el->kind == EL_MONTH)
            c->bare_abbreviation = TRUE;
        }
      if (el->kind == EL_MONTH)
        c->month = lex->value;
      else
        c->weekday = lex->value;
      break;

    case EL_DAY:
      if (tok->kind != TOKEN_NUMBER || !(tok->flags & TOK_CLEAN) || tok->ndigits > 2 ||
          tok->value < 1 || tok->value > 31)
        return FALSE;
      c->day = tok->value;
      break;

    case EL_YEAR:
      if (!token_is_year (tok))
        return FALSE;
      c->year = tok->value;
      break;

    case EL_ISO_MONTH:
    case EL_ISO_DAY:
      if (tok->kind != TOKEN_NUMBER || (tok->flags & (TOK_COMPOUND | TOK_ORDINAL)) ||
          tok->ndigits != 2)
        return FALSE;
      if (el->kind == EL_ISO_MONTH)
        {
          if (tok->value < 1 || tok->value > 12)
            return FALSE;
          c->month = tok->value;
        }
      else
        {
          /* "2025-03-22" ends there: not "2025-03-225", not "2025-03-22-1". */
          if (!(tok->flags & TOK_CLEAN) || tok->value < 1 ||
              (i + 1 < n && glued (tok, &t[i + 1]) && token_is_punct (&t[i + 1], '-')))
            return FALSE;
          c->day = tok->value;
        }
      break;

    case EL_HYPHEN:
      if (!token_is_punct (tok, '-') || (tok->flags & TOK_DASH))
        return FALSE;
      break;

    case EL_COMMA:
      if (!token_is_punct (tok, ','))
        return FALSE;
      break;

    case EL_OF:
      if (tok->kind != TOKEN_WORD || strcmp (tok->lower, "of") != 0)
        return FALSE;
      break;

    case EL_PART_OF_DAY:
      if (!token_is_word (tok, WORD_PART_OF_DAY))
        return FALSE;
      c->part = lex->value + 1;
      break;

    case EL_DEICTIC:
      if (!token_is_word (tok, WORD_DEICTIC))
        return FALSE;
      c->offset = lex->value;
      if (lex->flags & LEX_NIGHT)
        c->part = PART_NIGHT + 1;
      break;

    case EL_RELATIVE:
      if (!token_is_word (tok, WORD_RELATIVE))
        return FALSE;
      c->relative = TRUE;
      c->offset = lex->value;
      break;

    case EL_UNIT:
      if (!token_is_word (tok, WORD_UNIT) ||
          ((el->flags & EF_SINGULAR) && (lex->flags & LEX_PLURAL)))
        return FALSE;
      c->unit = (Unit) lex->value;
      break;

    case EL_COUNT:
      if (token_is_word (tok, WORD_COUNT))
        c->count = lex->value;
      else if (tok->kind == TOKEN_NUMBER && (tok->flags & TOK_CLEAN) &&
               !(tok->flags & TOK_ORDINAL) && tok->ndigits <= 3 && tok->value > 0)
        c->count = tok->value;
      else
        return FALSE;
      break;

    case EL_AGO:
      if (!token_is_word (tok, WORD_AGO))
        return FALSE;
      break;

    case EL_END:
    default:
      g_assert_not_reached ();
    }

  *pos = i + 1;
  return TRUE;
}

static gboolean
match_pattern (const Token   *t,
               guint          n,
               guint          start,
               const Pattern *pattern,
               guint         *end,
               Captures      *c)
{
  guint pos = start;

  memset (c, 0, sizeof *c);
  for (guint e = 0; e < MAX_ELEMENTS && pattern->elements[e].kind != EL_END; e++)
    {
      const Element *el = &pattern->elements[e];

      if (pos < n && match_element (t, n, &pos, el, c))
        continue;
      if (!(el->flags & EF_OPTIONAL))
        return FALSE;
    }
  *end = pos;
  return TRUE;
}

/* Does the next word make the number a count ("2000 shoes", "2014 people")? */
static gboolean
is_count_noun (const char  *text,
               const Token *tok)
{
  gsize n = tok->end - tok->start;
  char last, before;

  if (tok->kind != TOKEN_WORD || (tok->flags & TOK_CAPITALIZED))
    return FALSE;
  if (tok->lex != NULL && (tok->lex->flags & LEX_PLURAL))
    return TRUE;
  if (n < 3 || (tok->lex != NULL && (tok->lex->flags & LEX_NOT_PLURAL)))
    return FALSE;
  last = g_ascii_tolower (text[tok->end - 1]);
  before = g_ascii_tolower (text[tok->end - 2]);
  return last == 's' && before != 's' && before != 'u' && before != 'i';
}

static gboolean
is_preposition_before (const Token *t,
                       guint        i)
{
  /* "in 2014", "in early 2014" */
  if (i >= 1 && token_is_word (&t[i - 1], WORD_PREPOSITION))
    return TRUE;
  return i >= 2 && token_is_word (&t[i - 1], WORD_MODIFIER) &&
         token_is_word (&t[i - 2], WORD_PREPOSITION);
}

static gboolean
is_hyphen_prefix_before (const Token *t,
                         guint        i)
{
  /* "pre-2014", "mid-March" */
  return i >= 2 && token_is_punct (&t[i - 1], '-') && !(t[i - 1].flags & TOK_DASH) &&
         glued (&t[i - 1], &t[i]) && glued (&t[i - 2], &t[i - 1]) &&
         t[i - 2].kind == TOKEN_WORD && t[i - 2].lex != NULL &&
         (t[i - 2].lex->flags & LEX_HYPHEN_PREFIX);
}

static gboolean
year_in_context (const char  *text,
                 const Token *t,
                 guint        n,
                 guint        i)
{
  gboolean range_next = i + 2 < n && token_is_punct (&t[i + 1], '-') && token_is_year (&t[i + 2]);
  gboolean range_prev = i >= 2 && token_is_punct (&t[i - 1], '-') && token_is_year (&t[i - 2]);

  /* "pre-2014 borders": glued to a prefix, the year is an adjective. */
  if (range_next || range_prev || is_hyphen_prefix_before (t, i))
    return TRUE;
  if (i + 1 < n && is_count_noun (text, &t[i + 1]))
    return FALSE;
  if (is_preposition_before (t, i))
    return TRUE;
  /* "between 2014 and 2016" */
  return i >= 3 && token_is_word (&t[i - 1], WORD_CONJUNCTION) && token_is_year (&t[i - 2]) &&
         token_is_word (&t[i - 3], WORD_PREPOSITION);
}

static gboolean
month_in_context (const Token    *t,
                  guint           i,
                  const Captures *c)
{
  const LexEntry *lex = t[i].lex;

  if (c->bare_abbreviation)
    return FALSE;
  if (!(lex->flags & (LEX_AMBIGUOUS | LEX_ABBREVIATION)))
    return TRUE;
  return is_preposition_before (t, i) || is_hyphen_prefix_before (t, i);
}

static gboolean
build_mention (const Pattern  *pattern,
               const Captures *c,
               Mention        *m)
{
  switch (pattern->shape)
    {
    case SHAPE_DATE:
      m->year = c->year;
      m->month = c->month;
      m->day = c->day;
      if (c->day != 0 && c->day > chr_days_in_month (c->year != 0 ? c->year : 2000, c->month))
        return FALSE;
      m->anchor = c->year != 0 ? ANCHOR_ABSOLUTE : ANCHOR_YEARLESS;
      return TRUE;

    case SHAPE_WEEKDAY:
      m->anchor = ANCHOR_WEEKDAY;
      m->weekday = c->weekday;
      m->direction = c->relative ? c->offset : 0;
      m->part = c->part;
      return TRUE;

    case SHAPE_DEICTIC:
      m->anchor = ANCHOR_DAY_OFFSET;
      m->offset = c->offset;
      m->part = c->part;
      return TRUE;

    case SHAPE_RELATIVE_UNIT:
      m->anchor = ANCHOR_DCT_OFFSET;
      m->unit = c->unit;
      m->offset = c->offset;
      return TRUE;

    case SHAPE_AGO:
      m->anchor = ANCHOR_DCT_OFFSET;
      m->unit = c->unit;
      m->offset = -c->count;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* Matches the pattern table once over the sentence's tokens. */
static void
recognize (const char *text,
           GArray     *tokens,
           GArray     *mentions)
{
  const Token *t = (const Token *) (gconstpointer) tokens->data;
  guint n = tokens->len;
  guint i = 0;

  g_array_set_size (mentions, 0);
  while (i < n)
    {
      gboolean found = FALSE;

      if (t[i].kind == TOKEN_WORD || t[i].kind == TOKEN_NUMBER)
        for (guint p = 0; p < G_N_ELEMENTS (patterns) && !found; p++)
          {
            Captures c;
            Mention m;
            guint end;

            if (!match_pattern (t, n, i, &patterns[p], &end, &c))
              continue;
            if (patterns[p].check == CHECK_YEAR_CONTEXT && !year_in_context (text, t, n, i))
              continue;
            if (patterns[p].check == CHECK_MONTH_CONTEXT && !month_in_context (t, i, &c))
              continue;
            memset (&m, 0, sizeof m);
            m.first = i;
            m.last = end - 1;
            if (!build_mention (&patterns[p], &c, &m))
              continue;
            g_array_append_val (mentions, m);
            i = end;
            found = TRUE;
          }
      if (!found)
        i++;
    }
}

/* ------------------------------------------------------------------------ */
/* Resolution                                                                */

/* What the document creation time tells: its year, month and day as far as
 * its granularity goes. */
typedef struct
{
  gboolean has_year;
  gboolean has_month;
  gboolean has_day;
  int      year;
  int      month;
  int      day;
  gint64   days;        /* days since 1970-01-01 */
  int      weekday;
} Dct;

static void
dct_init (Dct               *d,
          const ChrInterval *dct)
{
  memset (d, 0, sizeof *d);
  if (dct == NULL)
    return;
  d->has_year = dct->granularity >= CHR_GRANULARITY_YEAR;
  d->has_month = dct->granularity >= CHR_GRANULARITY_MONTH &&
                 dct->granularity != CHR_GRANULARITY_WEEK;
  d->has_day = dct->granularity >= CHR_GRANULARITY_DAY;
  chr_time_to_civil (dct->begin, &d->year, &d->month, &d->day, NULL, NULL, NULL);
  d->days = chr_time_floor_days (dct->begin) / CHR_SECONDS_PER_DAY;
  d->weekday = chr_weekday_from_days (d->days);
  if (d->year < 1 || d->year > 9999)
    d->has_year = d->has_month = d->has_day = FALSE;
}

static const char *
part_suffix (int part)
{
  return part > 0 ? part_of_day_codes[part - 1] : "";
}

static gboolean
format_days (char       *value,
             gsize       size,
             gint64      days,
             int         part)
{
  int y, m, d;

  chr_civil_from_days (days, &y, &m, &d);
  if (y < 1 || y > 9999)
    return FALSE;
  g_snprintf (value, size, "%04d-%02d-%02d%s%s", y, m, d, part > 0 ? "T" : "", part_suffix (part));
  return TRUE;
}

static int
compare_month_day (int m1,
                   int d1,
                   int m2,
                   int d2)
{
  if (m1 != m2)
    return m1 < m2 ? -1 : 1;
  if (d1 == 0 || d2 == 0 || d1 == d2)
    return 0;
  return d1 < d2 ? -1 : 1;
}

/* Days from the DCT to the weekday the mention means. */
static int
weekday_offset (const Mention *m,
                const Dct     *dct,
                Tense          tense)
{
  int forward = (m->weekday - dct->weekday + 7) % 7;
  int backward = (dct->weekday - m->weekday + 7) % 7;

  if (m->direction > 0)
    return forward == 0 ? 7 : forward;
  if (m->direction < 0)
    return backward == 0 ? -7 : -backward;
  /* A bare weekday that names the publication day is that day, whatever the tense. */
  if (forward == 0)
    return 0;
  switch (tense)
    {
    case TENSE_FUTURE:
      return forward;
    case TENSE_PAST:
      return -backward;
    case TENSE_UNKNOWN:
    default:
      return backward <= forward ? -backward : forward;
    }
}

static void
iso_week (gint64  days,
          int    *year,
          int    *week)
{
  gint64 thursday = days - (chr_weekday_from_days (days) - 1) + 3;

  chr_civil_from_days (thursday, year, NULL, NULL);
  *week = (int) ((thursday - chr_days_from_civil (*year, 1, 1)) / 7) + 1;
}

static gboolean
resolve_dct_offset (const Mention *m,
                    const Dct     *dct,
                    char          *value,
                    gsize          size,
                    gboolean      *resolved)
{
  switch (m->unit)
    {
    case UNIT_YEAR:
      if (!dct->has_year)
        break;
      if (dct->year + m->offset < 1 || dct->year + m->offset > 9999)
        return FALSE;
      g_snprintf (value, size, "%04d", dct->year + m->offset);
      *resolved = TRUE;
      return TRUE;

    case UNIT_MONTH:
      {
        gint64 index;

        if (!dct->has_month)
          break;
        index = (gint64) dct->year * 12 + (dct->month - 1) + m->offset;
        if (index < 12 || index >= 10000 * 12)
          return FALSE;
        g_snprintf (value, size, "%04d-%02d", (int) (index / 12), (int) (index % 12) + 1);
        *resolved = TRUE;
        return TRUE;
      }

    case UNIT_WEEK:
      {
        int y, w;

        if (!dct->has_day)
          break;
        iso_week (dct->days + 7 * (gint64) m->offset, &y, &w);
        if (y < 1 || y > 9999)
          return FALSE;
        g_snprintf (value, size, "%04d-W%02d", y, w);
        *resolved = TRUE;
        return TRUE;
      }

    case UNIT_DAY:
      if (!dct->has_day)
        break;
      *resolved = TRUE;
      return format_days (value, size, dct->days + m->offset, 0);

    case UNIT_NONE:
    default:
      return FALSE;
    }

  /* No DCT fine enough: say which field is unknown. */
  switch (m->unit)
    {
    case UNIT_YEAR:
      g_strlcpy (value, "XXXX", size);
      break;
    case UNIT_MONTH:
      g_strlcpy (value, "XXXX-XX", size);
      break;
    case UNIT_WEEK:
      g_strlcpy (value, "XXXX-WXX", size);
      break;
    case UNIT_DAY:
    case UNIT_NONE:
    default:
      g_strlcpy (value, "XXXX-XX-XX", size);
      break;
    }
  return TRUE;
}

/* Turns a mention into its TIMEX3 value; FALSE drops it (a date outside 0001-9999). */
static gboolean
resolve (const Mention *m,
         const Dct     *dct,
         Tense          tense,
         ChrTimex      *out)
{
  char *value = out->value;
  gsize size = sizeof out->value;

  out->type = CHR_TIMEX_DATE;
  out->mod = CHR_TIMEX_MOD_NONE;
  out->resolved = FALSE;

  switch (m->anchor)
    {
    case ANCHOR_ABSOLUTE:
      if (m->day != 0)
        g_snprintf (value, size, "%04d-%02d-%02d", m->year, m->month, m->day);
      else if (m->month != 0)
        g_snprintf (value, size, "%04d-%02d", m->year, m->month);
      else
        g_snprintf (value, size, "%04d", m->year);
      out->resolved = TRUE;
      break;

    case ANCHOR_YEARLESS:
      if (dct->has_year)
        {
          int year = dct->year;

          if (dct->has_month)
            {
              int cmp = compare_month_day (m->month, m->day,
                                           dct->month, dct->has_day ? dct->day : 0);

              if (tense == TENSE_PAST && cmp > 0)
                year--;
              else if (tense == TENSE_FUTURE && cmp < 0)
                year++;
            }
          if (year < 1 || year > 9999)
            return FALSE;
          if (m->day != 0)
            g_snprintf (value, size, "%04d-%02d-%02d", year, m->month, m->day);
          else
            g_snprintf (value, size, "%04d-%02d", year, m->month);
          out->resolved = TRUE;
        }
      else if (m->day != 0)
        g_snprintf (value, size, "XXXX-%02d-%02d", m->month, m->day);
      else
        g_snprintf (value, size, "XXXX-%02d", m->month);
      break;

    case ANCHOR_WEEKDAY:
      if (dct->has_day)
        {
          if (!format_days (value, size, dct->days + weekday_offset (m, dct, tense), m->part))
            return FALSE;
          out->resolved = TRUE;
        }
      else
        g_snprintf (value, size, "XXXX-WXX-%d%s%s",
                    m->weekday, m->part > 0 ? "T" : "", part_suffix (m->part));
      break;

    case ANCHOR_DAY_OFFSET:
      if (dct->has_day)
        {
          if (!format_days (value, size, dct->days + m->offset, m->part))
            return FALSE;
          out->resolved = TRUE;
        }
      else
        g_snprintf (value, size, "XXXX-XX-XX%s%s", m->part > 0 ? "T" : "", part_suffix (m->part));
      break;

    case ANCHOR_DCT_OFFSET:
      if (!resolve_dct_offset (m, dct, value, size, &out->resolved))
        return FALSE;
      break;

    default:
      g_assert_not_reached ();
    }

  memset (&out->interval, 0, sizeof out->interval);
  if (out->resolved && !chr_timex_value_to_interval (value, &out->interval))
    {
      /* February 29 moved into a common year by the DCT: keep the text, not a wrong date. */
      out->resolved = FALSE;
      memset (&out->interval, 0, sizeof out->interval);
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */

/**
 * chr_timex_scan:
 * @text: the text, UTF-8 in principle; any bytes are tolerated
 * @length: its length in bytes; @text need not be NUL-terminated
 * @dct: (nullable): the document creation time, of day or coarser granularity
 *
 * Finds the temporal expressions of @text. Absolute dates ("February 24,
 * 2022", "in 2014") are resolved without @dct; relative ones ("on Monday",
 * "In January") are resolved against @dct and the tense of the verbs nearest
 * to them, and stay unresolved ("XXXX-WXX-1") when @dct is too coarse.
 *
 * Returns: (transfer full): a #GArray of #ChrTimex, sorted by start, not overlapping
 */
GArray *
chr_timex_scan (const char        *text,
                gsize              length,
                const ChrInterval *dct)
{
  GArray *result;
  g_autoptr (GArray) sentences = NULL;
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (GArray) markers = NULL;
  g_autoptr (GArray) mentions = NULL;
  Dct d;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  result = g_array_new (FALSE, FALSE, sizeof (ChrTimex));
  if (length == 0)
    return result;

  dct_init (&d, dct);
  sentences = chr_sentences_split (text, length);
  tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  mentions = g_array_new (FALSE, FALSE, sizeof (Mention));

  for (guint s = 0; s < sentences->len; s++)
    {
      const ChrSpan *span = &g_array_index (sentences, ChrSpan, s);
      const Token *t;
      guint cursor = 0;

      tokenize (text, span->start, span->end, tokens);
      find_tense_markers (text, tokens, markers);
      recognize (text, tokens, mentions);

      t = (const Token *) (gconstpointer) tokens->data;
      for (guint k = 0; k < mentions->len; k++)
        {
          const Mention *m = &g_array_index (mentions, Mention, k);
          ChrTimex timex;

          memset (&timex, 0, sizeof timex);
          timex.start = t[m->first].start;
          timex.end = t[m->last].end;
          if (resolve (m, &d, tense_near (t, markers, &cursor, m->first, m->last), &timex))
            g_array_append_val (result, timex);
        }
    }
  return result;
}

const char *
chr_timex_type_to_string (ChrTimexType type)
{
  switch (type)
    {
    case CHR_TIMEX_DATE:
      return "DATE";
    case CHR_TIMEX_TIME:
      return "TIME";
    case CHR_TIMEX_DURATION:
      return "DURATION";
    case CHR_TIMEX_SET:
      return "SET";
    default:
      return "DATE";
    }
}

/* TIMEX3's mod attribute; "NONE" stands for an absent attribute. */
const char *
chr_timex_mod_to_string (ChrTimexMod mod)
{
  switch (mod)
    {
    case CHR_TIMEX_MOD_NONE:
      return "NONE";
    case CHR_TIMEX_MOD_APPROX:
      return "APPROX";
    case CHR_TIMEX_MOD_MORE_THAN:
      return "MORE_THAN";
    case CHR_TIMEX_MOD_LESS_THAN:
      return "LESS_THAN";
    case CHR_TIMEX_MOD_START:
      return "START";
    case CHR_TIMEX_MOD_MID:
      return "MID";
    case CHR_TIMEX_MOD_END:
      return "END";
    default:
      return "NONE";
    }
}
