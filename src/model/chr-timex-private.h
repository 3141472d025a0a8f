/* chr-timex-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "chr-time.h"
#include "chr-timex.h"

G_BEGIN_DECLS

/* What the parts of the temporal expression engine share: the lexicon
 * classifies words, the tokenizer cuts a sentence into tokens, the tense
 * finder marks the verbs, the recognizer matches patterns over the tokens
 * into mentions, and the resolver turns a mention into a TIMEX3 value. The
 * small accessors below are inline: the patterns call them for every token
 * they look at. */

/* Lexicon */

typedef enum
{
  W_NONE,
  W_MONTH,          /* value: 1-12 */
  W_WEEKDAY,        /* value: 1 = Monday … 7 = Sunday */
  W_SEASON,         /* value: a ChrSeason plus one, as a point's sub counts seasons */
  W_PART,           /* value: a ChrPartOfDay */
  W_DEICTIC,        /* value: days from the document date */
  W_REL,            /* value: -1 last, 0 this, +1 next */
  W_UNIT,           /* value: a Unit */
  W_COUNT,          /* value: the number a word spells; -1: unspecified ("several") */
  W_TENS,           /* twenty … ninety */
  W_ORDINAL,        /* value: 1 first … */
  W_REF,            /* value: a Ref */
  W_SET,            /* value: a Unit: daily, weekly, annually */
  W_EVERY,          /* every, each */
  W_AGO,
  W_EARLIER,
  W_LATER,
  W_QMOD,           /* value: a ChrTimexMod: about, nearly, over */
  W_POSITION,       /* value: a ChrTimexMod: early, late, mid, end, beginning */
  W_PREP,           /* puts a bare year or an ambiguous month name in date context */
  W_DET,            /* the; value 1: that, those (the last mentioned date) */
  W_FISCAL,
  W_CONJ,
  W_HOLIDAY,        /* value: month * 100 + day; 0: Thanksgiving */
  W_DECADE,         /* value: the decade of a century: nineties = 9 */
  W_CLOCK,          /* value: the hour: noon = 12, midnight = 24 */
  W_PREFIX,         /* pre-, post- */
  W_HALF,
} WordClass;

enum
{
  LEX_ABBREVIATION     = 1 << 0,  /* "Feb", "Sept", "Mon" */
  LEX_AMBIGUOUS        = 1 << 1,  /* a month or season that is also a common word: "May", "fall" */
  LEX_PAST             = 1 << 2,  /* marks the sentence as past tense */
  LEX_FUTURE           = 1 << 3,  /* marks the sentence as future tense */
  LEX_AFTER_APOSTROPHE = 1 << 4,  /* a tense marker only as a contraction: "we'll" */
  LEX_HYPHEN_PREFIX    = 1 << 5,  /* pre-2014, post-2014, mid-2014 */
  LEX_NOT_PAST         = 1 << 6,  /* ends in -ed without being a past form: "united" */
  LEX_NOT_PLURAL       = 1 << 7,  /* ends in -s without being a plural noun: "was" */
  LEX_PLURAL           = 1 << 8,  /* a plural noun: "people", "years" */
  LEX_NIGHT            = 1 << 9,  /* "tonight" */
  LEX_PASSIVE          = 1 << 10, /* "be": the participle after it says nothing of tense */
  LEX_ANAPHORIC        = 1 << 11, /* following, previous, same: counted from the last mentioned date */
  LEX_SPAN             = 1 << 12, /* past: "the past two years" is a duration */
  LEX_LATEST           = 1 << 13, /* latest, recent: the period just reported */
  LEX_TRIGGER          = 1 << 14, /* may open a mention though its class says otherwise */
  LEX_PROSPECTIVE      = 1 << 15, /* "would": future for what follows, past for what precedes */
};

typedef enum
{
  UNIT_NONE,
  UNIT_SECOND,
  UNIT_MINUTE,
  UNIT_HOUR,
  UNIT_DAY,
  UNIT_WEEKEND,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_HALF,
  UNIT_YEAR,
  UNIT_DECADE,
  UNIT_CENTURY,
  N_UNITS
} Unit;

typedef enum
{
  REF_PRESENT,
  REF_PAST,
  REF_FUTURE,
} Ref;

typedef struct
{
  const char *word;
  guint8      word_class;   /* a WordClass */
  gint8       value;
  guint16     flags;
} LexEntry;

/* Longest lexicon word plus one; longer words are never looked up. */
#define WORD_MAX 16

/* Open addressing over a power-of-two table, at least four times the
 * lexicon, so a lookup is one hash of the word and one or two probes. */
#define LEX_SLOTS 2048

typedef struct
{
  const LexEntry *entries;
  guint16         slots[LEX_SLOTS];     /* index + 1 into entries, 0: empty */
  guint8          lengths[LEX_SLOTS];   /* the length of the word in each used slot */
} LexTable;

/* How a unit writes in a TIMEX3 duration: "P3Y", "PT24H"; a half year is
 * six months, a decade ten years. */
typedef struct
{
  char           letter[3];
  gboolean       time;
  int            factor;
  ChrGranularity gran;
} UnitInfo;

extern const UnitInfo     _chr_timex_units[N_UNITS];
extern const char * const _chr_timex_ref_values[];

static inline char
lower_byte (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
}

static inline guint32
hash_step (guint32 h,
           guchar  c)
{
  return (h ^ c) * 16777619u;
}

#define HASH_INIT 2166136261u

static inline const LexEntry *
lexicon_lookup (const LexTable *table,
                const char     *word,
                gsize           n,
                guint32         h)
{
  for (guint slot = h & (LEX_SLOTS - 1); table->slots[slot] != 0; slot = (slot + 1) & (LEX_SLOTS - 1))
    {
      const LexEntry *entry = &table->entries[table->slots[slot] - 1];

      if (table->lengths[slot] == n && memcmp (entry->word, word, n) == 0)
        return entry;
    }
  return NULL;
}

typedef enum
{
  TENSE_UNKNOWN,
  TENSE_PAST,
  TENSE_FUTURE,
} Tense;

/* Tokens */

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
  TOK_PLURAL_S          = 1 << 7,  /* 1990s, '90s */
  TOK_ALL_CAPITALS      = 1 << 8,  /* a word in capitals only: EST, NATO */
};

typedef struct
{
  gsize           start;
  gsize           end;
  const LexEntry *lex;
  int             value;    /* numbers: their first group; -1 when too long to matter */
  int             value2;   /* compound numbers: the second and third groups */
  int             value3;
  guint           clause;   /* index of the comma- or dash-delimited part of the sentence */
  guint16         flags;
  guint8          kind;     /* a TokenKind */
  guint8          ndigits;
  guint8          ngroups;  /* compound numbers: how many digit groups */
  guint8          ndigits2;
  char            sep;      /* compound numbers: the first separator */
  char            ch;       /* punctuation: the ASCII character it stands for */
  char            lower[WORD_MAX];
} Token;

static inline gboolean
glued (const Token *a,
       const Token *b)
{
  return a->end == b->start;
}

/* The length of a phrase of up to three words (NULL-terminated when
 * shorter) at token i, or 0. */
static inline guint
match_words (const Token       *t,
             guint              n,
             guint              i,
             const char * const words[3])
{
  guint k = 0;

  while (k < 3 && words[k] != NULL && i + k < n && t[i + k].kind == TOKEN_WORD &&
         t[i + k].lower[0] == words[k][0] && strcmp (t[i + k].lower, words[k]) == 0)
    k++;
  return k == 3 || (k > 0 && words[k] == NULL) ? k : 0;
}

/* Tense markers */

typedef struct
{
  guint first;
  guint last;
  Tense tense;
  Tense before;   /* the tense of a mention ahead of the marker */
} Marker;

/* Mentions */

/* A calendar position at some granularity. Fields finer than the
 * granularity are meaningless; sub is the quarter, half, season (1 spring …
 * 4 winter) or ISO week, as the granularity says. A year before the common
 * era is negative: -241 is 241 BC. */
typedef struct
{
  ChrGranularity gran;
  int            year;
  int            month;
  int            day;
  int            sub;
  int            part;      /* a ChrPartOfDay plus one; 0: none */
  int            hour;
  int            minute;
} Point;

typedef enum
{
  ANCHOR_LITERAL,         /* value complete: durations, sets, references */
  ANCHOR_POINT,           /* point complete: the text gives the year */
  ANCHOR_YEARLESS,        /* month (and day): year from the DCT and tense */
  ANCHOR_DAY_OF_MONTH,    /* "the 24th": month from the DCT and tense */
  ANCHOR_WEEKDAY,         /* direction from tense, or from last/next */
  ANCHOR_DAY_OFFSET,      /* today, yesterday, tomorrow */
  ANCHOR_DCT_UNIT,        /* the DCT's unit moved by offset: last year, 12 years ago */
  ANCHOR_NAMED,           /* a season, quarter or half without year: last fall, the third quarter */
  ANCHOR_REF_SHIFT,       /* the last mentioned date moved by offset units: a year earlier */
  ANCHOR_REF_UNIT,        /* the last mentioned date at a unit: that year, the same day */
  ANCHOR_PERIOD,          /* the quarter, the latest period: the quarter being reported */
  ANCHOR_WEEKEND,
  ANCHOR_CLOCK,           /* a clock time on the day in context */
} Anchor;

/* offset of ANCHOR_NAMED when the tense decides between this and last */
#define FROM_TENSE 2

typedef struct
{
  guint        first;     /* tokens [first, last] */
  guint        last;
  Anchor       anchor;
  ChrTimexType type;
  ChrTimexMod  mod;
  guint        flags;
  Point        point;
  Unit         unit;
  int          offset;
  int          weekday;
  gboolean     ago;       /* "12 years ago": counted from the DCT */
  gboolean     adjective; /* "third-quarter profit": a determiner before it is the noun's */
  gboolean     possessive; /* "Wednesday's ruling": news names a day so only once it happened */
  gboolean     year_rel;  /* "June last year": the DCT's year moved by offset */
  guint        later;     /* "two days later": the token of "later" after a duration, or 0 */
  guint8       from_ref;  /* "the following spring": counted from the last mentioned date */
  guint8       at_unit;   /* "the following year": the unit, not the date counted from */
  gboolean     span_period; /* "the nine months": a reporting period of the year */
  int          clock;     /* minutes after midnight plus one: the hour of a named day, "9 a.m. Tuesday" */
  char         value[24]; /* ANCHOR_LITERAL */
} Mention;

/* The tokens of one sentence. */
typedef struct
{
  const char  *text;
  const Token *t;
  guint        n;
} Sent;

/* What stands before a pattern's first token. */
typedef struct
{
  gboolean det;         /* a determiner: the, that */
  gboolean that;        /* that, those: the last mentioned date */
  gboolean positioned;  /* a position: early, late, mid-, the end of */
} Lead;

/* After a determiner or a position, a month name or a bare year is a date:
 * "the May figures", "late 2014". */
static inline gboolean
in_date_context (const Lead *lead)
{
  return lead->det || lead->positioned;
}

static inline const LexEntry *
word_lex (const Sent *s,
          guint       i)
{
  return i < s->n && s->t[i].kind == TOKEN_WORD ? s->t[i].lex : NULL;
}

static inline gboolean
is_class (const Sent *s,
          guint       i,
          WordClass   word_class)
{
  const LexEntry *lex = word_lex (s, i);

  return lex != NULL && lex->word_class == word_class;
}

static inline gboolean
is_word (const Sent *s,
         guint       i,
         const char *word)
{
  return i < s->n && s->t[i].kind == TOKEN_WORD && s->t[i].lower[0] == word[0] &&
         strcmp (s->t[i].lower, word) == 0;
}

static inline gboolean
is_punct (const Sent *s,
          guint       i,
          char        ch)
{
  return i < s->n && s->t[i].kind == TOKEN_PUNCT && s->t[i].ch == ch;
}

/* A hyphen inside a compound: "third-quarter", "two-year", "mid-1990s". */
static inline gboolean
is_link (const Sent *s,
         guint       i)
{
  return is_punct (s, i, '-') && !(s->t[i].flags & TOK_DASH) && i > 0 && i + 1 < s->n &&
         glued (&s->t[i - 1], &s->t[i]) && glued (&s->t[i], &s->t[i + 1]);
}

static inline gboolean
token_is_year (const Token *tok)
{
  return tok->kind == TOKEN_NUMBER && (tok->flags & TOK_CLEAN) &&
         !(tok->flags & (TOK_ORDINAL | TOK_PLURAL_S)) &&
         tok->ndigits == 4 && tok->value >= 1000 && tok->value <= 2199;
}

static inline gboolean
is_year (const Sent *s,
         guint       i)
{
  return i < s->n && token_is_year (&s->t[i]);
}

static inline gboolean
parse_unit (const Sent *s,
            guint       i,
            Unit       *unit,
            gboolean   *plural)
{
  const LexEntry *lex = word_lex (s, i);

  if (lex == NULL || lex->word_class != W_UNIT)
    return FALSE;
  *unit = (Unit) lex->value;
  *plural = (lex->flags & LEX_PLURAL) != 0;
  return TRUE;
}

/* Resolution */

/* What resolution knows besides the mention: the document creation time,
 * and the last date the text mentioned, which news style counts from. */
typedef struct
{
  Point    dct;           /* gran UNKNOWN: no DCT */
  int      dct_weekday;
  Point    ref;           /* gran UNKNOWN: nothing mentioned yet */
  guint    ref_sentence;
  guint    ref_seq;
  Point    period;        /* the last reported period: a quarter, or a year for "the nine months" */
  guint    period_sentence;
  guint    period_seq;
  guint    seq;           /* mentions resolved so far: which of ref and period came last */
  guint    sentence;
} Context;

/* Functions the files share, by file. A pattern (a match function) takes
 * the tokens of a sentence, the token it starts at and what stands before
 * it; it fills in a mention and returns the token after it, or 0. */

/* chr-timex-lexicon.c */
const LexTable *_chr_timex_lexicon              (void);

/* chr-timex-tokens.c */
void      _chr_timex_tokenize                   (const char        *text,
                                                 gsize              start,
                                                 gsize              end,
                                                 GArray            *tokens);

/* chr-timex-tense.c */
gboolean  _chr_timex_is_regular_past            (const char        *text,
                                                 const Token       *t,
                                                 guint              i);
void      _chr_timex_find_tense_markers         (const char        *text,
                                                 GArray            *tokens,
                                                 GArray            *markers);
Tense     _chr_timex_tense_near                 (const Token       *t,
                                                 GArray            *markers,
                                                 guint             *cursor,
                                                 guint              first,
                                                 guint              last);

/* chr-timex-recognize.c */
gboolean  _chr_timex_parse_count                (const Sent        *s,
                                                 guint              i,
                                                 guint             *end,
                                                 int               *value);
void      _chr_timex_set_duration               (Mention           *m,
                                                 int                count,
                                                 Unit               unit);
void      _chr_timex_set_literal                (Mention           *m,
                                                 ChrTimexType       type,
                                                 const char        *value);
void      _chr_timex_recognize                  (const char        *text,
                                                 GArray            *tokens,
                                                 GArray            *mentions);

/* chr-timex-dates.c */
guint     _chr_timex_match_bc_year      (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_numeric_date (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_calendar     (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_range_day    (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_quarter      (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_season       (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_decade       (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_year         (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_year_period  (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_holiday      (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_day_of_month (const Sent *s, guint i, const Lead *lead, Mention *m);
int       _chr_timex_moving_holiday_day         (int                year,
                                                 int                sub);

/* chr-timex-days.c */
guint     _chr_timex_match_weekday      (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_deictic      (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_clock        (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_parse_part                 (const Sent        *s,
                                                 guint              i,
                                                 Mention           *m);
guint     _chr_timex_parse_weekday_part         (const Sent        *s,
                                                 guint              i,
                                                 Mention           *m);

/* chr-timex-relative.c */
guint     _chr_timex_match_relative     (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_year_ago     (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_det_unit     (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_reference    (const Sent *s, guint i, const Lead *lead, Mention *m);

/* chr-timex-durations.c */
guint     _chr_timex_match_count        (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_first_count  (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_bare_units   (const Sent *s, guint i, const Lead *lead, Mention *m);
guint     _chr_timex_match_set          (const Sent *s, guint i, const Lead *lead, Mention *m);

/* chr-timex-point.c */
Point     _chr_timex_point_from_days            (gint64             days);
gint64    _chr_timex_point_days                 (const Point       *p);
gboolean  _chr_timex_truncate_point             (const Point       *from,
                                                 ChrGranularity     gran,
                                                 Point             *out);
gboolean  _chr_timex_shift_months               (Point             *p,
                                                 int                n);
gboolean  _chr_timex_shift_point                (Point             *p,
                                                 Unit               unit,
                                                 int                n);
gboolean  _chr_timex_format_point               (const Point       *p,
                                                 gboolean           known,
                                                 char              *value,
                                                 gsize              size);

/* chr-timex-resolve.c */
void      _chr_timex_context_init               (Context           *ctx,
                                                 const ChrInterval *dct);
const Mention *_chr_timex_narrative_reading    (const Mention     *m,
                                                 const Context     *ctx,
                                                 Mention           *scratch);
gboolean  _chr_timex_resolve                    (const Mention     *m,
                                                 Context           *ctx,
                                                 Tense              tense,
                                                 ChrTimex          *out);

G_END_DECLS
