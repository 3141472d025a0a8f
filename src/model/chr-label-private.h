/* chr-label-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "chr-label-words.h"
#include "chr-sentences.h"

G_BEGIN_DECLS

/* What the units that make an event's label share: a sentence read into
 * words and clauses around its date (chr-label-parse.c), which
 * chr-event-label.c cuts a label from. */

/* Only this many words of a sentence are looked at, half of them before the
 * date: enough for any real clause, and it keeps everything on the stack. */
#define MAX_WORDS 160
#define MAX_SEGMENTS 64

enum
{
  WORD_SEP        = 1 << 0,  /* a clause boundary follows: , ; : dash ) . */
  WORD_COMMA      = 1 << 1,  /* a comma follows */
  WORD_COLON      = 1 << 2,  /* a colon follows */
  WORD_OPEN_PAREN = 1 << 3,  /* opens a bracket */
  WORD_CAPITAL    = 1 << 4,
  WORD_DATE       = 1 << 5,  /* overlaps the date phrase */
  WORD_DROP       = 1 << 6,  /* inside an aside (", who …,"): never in a label */
  WORD_DASH       = 1 << 7,  /* a dash follows */
};

typedef struct
{
  gsize start;               /* the word without the punctuation around it */
  gsize end;
  guint flags;
} Word;

typedef struct
{
  guint start;               /* word indices, [start, end) */
  guint end;
} Range;

typedef struct
{
  const char *text;
  Word        words[MAX_WORDS];
  guint       n_words;
  guint       n_furniture;   /* words before a bar ("YES | NO …"): page furniture */
  Range       segs[MAX_SEGMENTS];
  guint       n_segs;
  guint       date_seg;
  guint       dx0;           /* the date phrase with its prepositions: left out of labels */
  guint       dx1;
  gboolean    attributive;   /* "for Monday talks": the date qualifies the next noun */
  gboolean    date_subject;  /* "Tuesday was the start of …": the date is the subject */
} Parse;

static inline gsize
word_len (const Parse *p,
          guint        i)
{
  return p->words[i].end - p->words[i].start;
}

/* Whether the i-th word is one of a list of chr-label-words.c. */
#define WORD_IN(p, i, list) \
  chr_word_list_has (&chr_label_##list, (p)->text + (p)->words[i].start, word_len ((p), (i)))

static inline gboolean
word_is (const Parse *p,
         guint        i,
         const char  *s)
{
  gsize n = strlen (s);

  return word_len (p, i) == n && g_ascii_strncasecmp (p->text + p->words[i].start, s, n) == 0;
}

static inline gboolean
word_ends_with (const Parse *p,
                guint        i,
                const char  *suffix)
{
  gsize n = strlen (suffix);
  gsize len = word_len (p, i);

  return len > n + 1 && memcmp (p->text + p->words[i].end - n, suffix, n) == 0;
}

static inline gboolean
word_is_lower (const Parse *p,
               guint        i)
{
  return g_ascii_islower (p->text[p->words[i].start]);
}

static inline gboolean
in_date (const Parse *p,
         guint        i)
{
  if (p->date_subject)
    return FALSE;
  return (i >= p->dx0 && i < p->dx1) || (p->words[i].flags & WORD_DATE) != 0;
}

void     _chr_label_parse                (Parse         *p,
                                         const char    *text,
                                         const ChrSpan *sentence,
                                         const ChrSpan *mention);
gboolean _chr_label_is_attributive_head  (const Parse   *p,
                                         guint          i);

G_END_DECLS
