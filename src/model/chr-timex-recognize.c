/* chr-timex-recognize.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-recognize"

#include "config.h"

#include <string.h>

#include "chr-timex-private.h"

/* Recognition: one pass over a sentence's tokens that tries the patterns
 * at each token that can open a mention, with the modifiers and determiner
 * before them, longest first; mentions never overlap. */

/* A count: 3, three, twenty-four, twenty four, a dozen, a few, several, a
 * couple of. *value is -1 when the text leaves it open. */
gboolean
_chr_timex_parse_count (const Sent *s,
                        guint       i,
                        guint      *end,
                        int        *value)
{
  const Token *t = s->t;
  const LexEntry *lex;
  guint e = i + 1;
  int v;

  if (i >= s->n)
    return FALSE;
  if (t[i].kind == TOKEN_NUMBER)
    {
      if (!(t[i].flags & TOK_CLEAN) || (t[i].flags & (TOK_ORDINAL | TOK_PLURAL_S)) ||
          t[i].ndigits > 4 || t[i].value <= 0)
        return FALSE;
      *value = t[i].value;
      *end = e;
      return TRUE;
    }
  lex = word_lex (s, i);
  if (lex == NULL)
    return FALSE;
  if (lex->word_class == W_TENS)
    {
      const LexEntry *ones;

      v = lex->value;
      if (is_link (s, e))
        {
          ones = word_lex (s, e + 1);
          if (ones != NULL && ones->word_class == W_COUNT && ones->value >= 1 && ones->value <= 9 &&
              ones->value != 1)
            {
              v += ones->value;
              e += 2;
            }
        }
      else if ((ones = word_lex (s, e)) != NULL && ones->word_class == W_COUNT &&
               ones->value >= 2 && ones->value <= 9 && strcmp (s->t[e].lower, "a") != 0)
        {
          v += ones->value;
          e++;
        }
    }
  else if (lex->word_class == W_COUNT)
    {
      v = lex->value;
      /* "a few", "a couple of", "a dozen" */
      if (v == 1 && t[i].lower[1] != 'n' && t[i].lower[0] == 'a')
        {
          const LexEntry *next = word_lex (s, e);

          if (next != NULL && next->word_class == W_COUNT &&
              (next->value == -1 || next->value == 2 || next->value == 12) &&
              strcmp (s->t[e].lower, "two") != 0)
            {
              v = next->value;
              e++;
            }
        }
      if (is_word (s, e - 1, "couple") && is_word (s, e, "of"))
        e++;
    }
  else
    return FALSE;
  if (is_word (s, e, "hundred") && v > 0)
    {
      v *= 100;
      e++;
    }
  *value = v;
  *end = e;
  return TRUE;
}

void
_chr_timex_set_duration (Mention *m,
                         int      count,
                         Unit     unit)
{
  m->anchor = ANCHOR_LITERAL;
  m->type = CHR_TIMEX_DURATION;
  if (count < 0)
    {
      static const char * const open_units[N_UNITS] = {
        [UNIT_DECADE] = "PXDE", [UNIT_CENTURY] = "PXCE", [UNIT_WEEKEND] = "PXWE", [UNIT_HALF] = "PXM",
      };

      m->flags |= CHR_TIMEX_FLAG_APPROXIMATE;
      if (open_units[unit] != NULL)
        g_strlcpy (m->value, open_units[unit], sizeof m->value);
      else
        g_snprintf (m->value, sizeof m->value, "P%sX%s", _chr_timex_units[unit].time ? "T" : "",
                    _chr_timex_units[unit].letter);
    }
  else
    g_snprintf (m->value, sizeof m->value, "P%s%d%s", _chr_timex_units[unit].time ? "T" : "",
                count * _chr_timex_units[unit].factor, _chr_timex_units[unit].letter);
}

void
_chr_timex_set_literal (Mention      *m,
                        ChrTimexType  type,
                        const char   *value)
{
  m->anchor = ANCHOR_LITERAL;
  m->type = type;
  g_strlcpy (m->value, value, sizeof m->value);
}

/* Quantity modifiers before a count: about, more than, at least, up to. */
static guint
parse_qmod (const Sent  *s,
            guint        i,
            ChrTimexMod *mod)
{
  static const struct
  {
    const char *words[3];
    ChrTimexMod mod;
  } phrases[] = {
    { { "more", "than", NULL }, CHR_TIMEX_MOD_MORE_THAN },
    { { "less", "than", NULL }, CHR_TIMEX_MOD_LESS_THAN },
    { { "fewer", "than", NULL }, CHR_TIMEX_MOD_LESS_THAN },
    { { "at", "least", NULL }, CHR_TIMEX_MOD_EQUAL_OR_MORE },
    { { "at", "most", NULL }, CHR_TIMEX_MOD_EQUAL_OR_LESS },
    { { "up", "to", NULL }, CHR_TIMEX_MOD_EQUAL_OR_LESS },
    { { "no", "more", "than" }, CHR_TIMEX_MOD_EQUAL_OR_LESS },
    { { "no", "less", "than" }, CHR_TIMEX_MOD_EQUAL_OR_MORE },
    { { "just", "over", NULL }, CHR_TIMEX_MOD_MORE_THAN },
    { { "just", "under", NULL }, CHR_TIMEX_MOD_LESS_THAN },
    { { "well", "over", NULL }, CHR_TIMEX_MOD_MORE_THAN },
  };
  const LexEntry *lex = word_lex (s, i);
  guint e = i;

  *mod = CHR_TIMEX_MOD_NONE;
  if (lex != NULL && lex->word_class == W_QMOD)
    {
      *mod = (ChrTimexMod) lex->value;
      e = i + 1;
    }
  else if (i < s->n && s->t[i].kind == TOKEN_WORD)
    for (guint p = 0; p < G_N_ELEMENTS (phrases); p++)
      {
        guint k = match_words (s->t, s->n, i, phrases[p].words);

        if (k > 0)
          {
            *mod = phrases[p].mod;
            e = i + k;
            break;
          }
      }
  if (e != i)
    {
      guint k;
      int count;

      /* Only a count follows a quantity modifier: "over the weekend" is a preposition. */
      if (!_chr_timex_parse_count (s, e, &k, &count))
        {
          *mod = CHR_TIMEX_MOD_NONE;
          return i;
        }
    }
  return e;
}

/* early, late, mid-, the end of, the beginning of, earlier this, later this */
static guint
parse_position (const Sent  *s,
                guint        i,
                ChrTimexMod *mod)
{
  const LexEntry *lex = word_lex (s, i);

  *mod = CHR_TIMEX_MOD_NONE;
  if (lex == NULL)
    return i;
  if (lex->word_class == W_POSITION)
    {
      if (is_word (s, i + 1, "of"))
        {
          *mod = (ChrTimexMod) lex->value;
          return i + 2;
        }
      if (strcmp (s->t[i].lower, "mid") == 0 && is_link (s, i + 1))
        {
          *mod = CHR_TIMEX_MOD_MID;
          return i + 2;
        }
      if (strcmp (s->t[i].lower, "early") == 0 || strcmp (s->t[i].lower, "late") == 0 ||
          strcmp (s->t[i].lower, "mid") == 0)
        {
          *mod = (ChrTimexMod) lex->value;
          return i + 1;
        }
      return i;
    }
  if ((lex->word_class == W_EARLIER || lex->word_class == W_LATER) &&
      is_word (s, i + 1, "this"))
    {
      *mod = lex->word_class == W_EARLIER ? CHR_TIMEX_MOD_START : CHR_TIMEX_MOD_END;
      return i + 1;
    }
  return i;
}

/* The patterns, tried in this order at a token; the first that matches
 * wins. opens says which first tokens a pattern can start with, so that a
 * token is offered only to the patterns it can open. */
#define OPENS(word_class) (1u << (word_class))
#define OPENS_NUMBER (1u << 30)
#define OPENS_UNLISTED (1u << 31)   /* a word the lexicon does not list: "full", "comparable" */

typedef guint (*Matcher) (const Sent *s,
                          guint       i,
                          const Lead *lead,
                          Mention    *m);

static const struct
{
  Matcher match;
  guint32 opens;
} patterns[] = {
  { _chr_timex_match_numeric_date, OPENS_NUMBER },
  { _chr_timex_match_first_count, OPENS (W_ORDINAL) },
  { _chr_timex_match_year_period, OPENS_NUMBER },
  { _chr_timex_match_calendar, OPENS_NUMBER | OPENS (W_WEEKDAY) | OPENS (W_MONTH) },
  { _chr_timex_match_quarter, OPENS_NUMBER | OPENS (W_FISCAL) | OPENS (W_ORDINAL) },
  { _chr_timex_match_decade, OPENS_NUMBER | OPENS (W_DECADE) | OPENS (W_ORDINAL) },
  { _chr_timex_match_clock, OPENS_NUMBER | OPENS (W_CLOCK) },
  { _chr_timex_match_year, OPENS_NUMBER | OPENS (W_FISCAL) },
  { _chr_timex_match_season, OPENS (W_SEASON) },
  { _chr_timex_match_year_ago, OPENS (W_UNIT) | OPENS_UNLISTED },
  { _chr_timex_match_relative, OPENS (W_REL) },
  { _chr_timex_match_count, OPENS_NUMBER | OPENS (W_TENS) | OPENS (W_COUNT) },
  { _chr_timex_match_weekday, OPENS (W_WEEKDAY) },
  { _chr_timex_match_deictic, OPENS (W_DEICTIC) },
  { _chr_timex_match_reference, OPENS (W_REF) | OPENS (W_REL) | OPENS (W_NONE) },
  { _chr_timex_match_set, OPENS (W_SET) | OPENS (W_COUNT) | OPENS (W_EVERY) },
  { _chr_timex_match_holiday, OPENS (W_HOLIDAY) | OPENS (W_NONE) },
  { _chr_timex_match_det_unit, OPENS (W_UNIT) | OPENS (W_FISCAL) | OPENS_UNLISTED },
  { _chr_timex_match_bare_units, OPENS (W_UNIT) },
  { _chr_timex_match_day_of_month, OPENS_NUMBER },
};

static guint32
token_opens (const Token *tok)
{
  G_STATIC_ASSERT (W_HALF < 30);

  if (tok->kind == TOKEN_NUMBER)
    return OPENS_NUMBER;
  if (tok->kind != TOKEN_WORD)
    return 0;
  return tok->lex != NULL ? OPENS (tok->lex->word_class) : OPENS_UNLISTED;
}

static guint
match_core (const Sent *s,
            guint       i,
            const Lead *lead,
            Mention    *m)
{
  guint32 opens;
  guint e;

  /* the '90s */
  if (is_punct (s, i, '\'') && i + 1 < s->n && glued (&s->t[i], &s->t[i + 1]) &&
      (e = _chr_timex_match_decade (s, i + 1, lead, m)) != 0)
    return e;
  if (i >= s->n)
    return 0;
  opens = token_opens (&s->t[i]);
  /* "241 BC", "19-20 October": a number that what follows makes a date.
   * Few numbers are followed by a dash or a word in b, so the test comes
   * before the calls. */
  if (opens == OPENS_NUMBER && i + 1 < s->n &&
      ((s->t[i + 1].kind == TOKEN_PUNCT && s->t[i + 1].ch == '-') ||
       (s->t[i + 1].kind == TOKEN_WORD && s->t[i + 1].lower[0] == 'b')) &&
      ((e = _chr_timex_match_bc_year (s, i, lead, m)) != 0 ||
       (e = _chr_timex_match_range_day (s, i, lead, m)) != 0))
    return e;
  for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
    if ((patterns[p].opens & opens) && (e = patterns[p].match (s, i, lead, m)) != 0)
      return e;
  return 0;
}

/* One mention starting at token i, with its determiner and modifiers. */
static gboolean
match_at (const Sent *s,
          guint       i,
          Mention    *m)
{
  ChrTimexMod qmod, pmod = CHR_TIMEX_MOD_NONE;
  gboolean det = FALSE, that = FALSE;
  Lead lead;
  guint j, e;

  memset (m, 0, sizeof *m);
  m->type = CHR_TIMEX_DATE;
  j = parse_qmod (s, i, &qmod);
  if (is_class (s, j, W_DET))
    {
      that = s->t[j].lex->value == 1;
      det = TRUE;
      j++;
    }
  if (qmod == CHR_TIMEX_MOD_NONE)
    {
      guint k = parse_position (s, j, &pmod);

      if (k != j)
        {
          j = k;
          if (is_class (s, j, W_DET) && s->t[j].lex->value == 0)
            {
              det = TRUE;
              j++;
            }
        }
    }
  lead.det = det;
  lead.that = that;
  lead.positioned = pmod != CHR_TIMEX_MOD_NONE;
  e = match_core (s, j, &lead, m);
  if (e == 0)
    return FALSE;
  /* "that" is a determiner only for "that year", "that day" */
  if (that && m->anchor != ANCHOR_REF_UNIT)
    return FALSE;
  if (m->adjective && (det || that) && i + 1 == j)
    return FALSE;
  /* "the" before a bare weekday or a full date belongs to the sentence, not the date. */
  if ((det || that) && pmod == CHR_TIMEX_MOD_NONE &&
      (m->anchor == ANCHOR_WEEKDAY || (m->anchor == ANCHOR_LITERAL && m->type == CHR_TIMEX_SET) ||
       m->anchor == ANCHOR_CLOCK || ((m->anchor == ANCHOR_POINT || m->anchor == ANCHOR_YEARLESS) &&
                                     (m->point.gran == CHR_GRANULARITY_DAY ||
                                      m->point.gran == CHR_GRANULARITY_MONTH ||
                                      m->point.gran == CHR_GRANULARITY_YEAR))))
    {
      if (i + 1 == j)
        return FALSE;
    }
  if (qmod != CHR_TIMEX_MOD_NONE)
    {
      if (m->type != CHR_TIMEX_DURATION && m->anchor != ANCHOR_DCT_UNIT &&
          m->anchor != ANCHOR_REF_SHIFT)
        return FALSE;
      m->mod = qmod;
      if (qmod == CHR_TIMEX_MOD_APPROX)
        m->flags |= CHR_TIMEX_FLAG_APPROXIMATE;
    }
  else if (pmod != CHR_TIMEX_MOD_NONE)
    {
      if (m->anchor == ANCHOR_LITERAL)
        return FALSE;
      m->mod = pmod;
    }
  /* Earnings news reports "the nine months" or "the first six months"
   * besides the quarter; what is compared with them is the year before. */
  if (det && m->type == CHR_TIMEX_DURATION && m->value[0] == 'P' && g_ascii_isdigit (m->value[1]) &&
      m->value[strlen (m->value) - 1] == 'M' &&
      (is_word (s, j, "first") || is_word (s, j, "latest") || is_class (s, j, W_COUNT) ||
       (j < s->n && s->t[j].kind == TOKEN_NUMBER)))
    m->span_period = TRUE;
  m->first = i;
  m->last = e - 1;
  return TRUE;
}

/* Most words cannot open a mention: skip them before trying any rule. */
static inline gboolean
can_open (const Token *tok)
{
  if (tok->kind == TOKEN_NUMBER)
    return TRUE;
  if (tok->kind == TOKEN_PUNCT)
    return tok->ch == '\'';
  if (tok->kind != TOKEN_WORD || tok->lex == NULL)
    return FALSE;
  if (tok->lex->flags & LEX_TRIGGER)
    return TRUE;
  return tok->lex->word_class != W_NONE && tok->lex->word_class != W_PREP &&
         tok->lex->word_class != W_CONJ;
}

/* Matches once over the sentence's tokens, left to right, longest first at
 * each position; mentions never overlap. */
void
_chr_timex_recognize (const char *text,
                      GArray     *tokens,
                      GArray     *mentions)
{
  Sent s = { text, (const Token *) (gconstpointer) tokens->data, tokens->len };
  guint i = 0;

  g_array_set_size (mentions, 0);
  while (i < s.n)
    {
      Mention m;

      if (can_open (&s.t[i]) && match_at (&s, i, &m))
        {
          g_array_append_val (mentions, m);
          i = m.last + 1;
        }
      else
        i++;
    }
}
