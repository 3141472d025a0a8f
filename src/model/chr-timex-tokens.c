/* chr-timex-tokens.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex-tokens"

#include "config.h"

#include <string.h>

#include "chr-text.h"
#include "chr-timex-private.h"

/* Cuts a sentence into words, numbers and punctuation, on bytes: non-ASCII
 * bytes are never part of a word, so invalid UTF-8 and NUL bytes are just
 * noise. Words are looked up in the lexicon as they are read. */

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
  int groups[3] = { 0, 0, 0 };

  while (i < end && g_ascii_isdigit (text[i]))
    {
      if (ndigits < 10)
        value = value * 10 + (text[i] - '0');
      ndigits++;
      i++;
    }
  tok->ngroups = 1;
  /* 2,014 and 2014.5 are one number, and none of them a year; 4:30 is a
   * clock time and 2/24/2022 a date, so their groups are kept. */
  while (i + 1 < end && (text[i] == ',' || text[i] == '.' || text[i] == ':' || text[i] == '/') &&
         g_ascii_isdigit (text[i + 1]))
    {
      guint g = 0;
      int v = 0;

      if (!(tok->flags & TOK_COMPOUND))
        tok->sep = text[i];
      tok->flags |= TOK_COMPOUND;
      i++;
      while (i < end && g_ascii_isdigit (text[i]))
        {
          if (g < 6)
            v = v * 10 + (text[i] - '0');
          g++;
          i++;
        }
      if (tok->ngroups < 3)
        {
          groups[tok->ngroups] = g <= 6 ? v : -1;
          if (tok->ngroups == 1)
            tok->ndigits2 = (guint8) MIN (g, 255);
        }
      if (tok->ngroups < 255)
        tok->ngroups++;
    }
  tok->value2 = groups[1];
  tok->value3 = groups[2];
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
  else if (!(tok->flags & TOK_COMPOUND) && i < end && text[i] == 's' &&
           (i + 1 >= end || !g_ascii_isalnum (text[i + 1])))
    {
      tok->flags |= TOK_PLURAL_S;
      i++;
    }
  tok->kind = TOKEN_NUMBER;
  tok->ndigits = (guint8) MIN (ndigits, 255);
  tok->value = ndigits <= 9 ? (int) value : -1;
  *pos = i;
}

static void
scan_word (const char     *text,
           gsize           end,
           gsize          *pos,
           const LexTable *table,
           Token          *tok)
{
  gsize i = *pos;
  gsize n;

  while (i < end && g_ascii_isalpha (text[i]))
    i++;
  n = i - *pos;
  tok->kind = TOKEN_WORD;
  if (g_ascii_isupper (text[*pos]))
    {
      gsize k = *pos;

      tok->flags |= TOK_CAPITALIZED;
      while (k < i && g_ascii_isupper (text[k]))
        k++;
      if (k == i)
        tok->flags |= TOK_ALL_CAPITALS;
    }
  if (n < WORD_MAX)
    {
      guint32 h = HASH_INIT;

      for (gsize k = 0; k < n; k++)
        {
          char c = lower_byte (text[*pos + k]);

          tok->lower[k] = c;
          h = hash_step (h, (guchar) c);
        }
      tok->lower[n] = '\0';
      tok->lex = lexicon_lookup (table, tok->lower, n, h);
    }
  *pos = i;
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

/* A non-ASCII character at *pos: a dash, a quote, or other; FALSE for a
 * space, which makes no token. */
static gboolean
scan_sequence (const char *text,
               gsize       end,
               gsize      *pos,
               Token      *tok)
{
  gsize n = sequence_length ((const guchar *) text + *pos, end - *pos);
  gboolean space;
  char ch = classify_sequence ((const guchar *) text + *pos, n, &space);

  *pos += n;
  if (space)
    return FALSE;
  tok->kind = ch != '\0' ? TOKEN_PUNCT : TOKEN_OTHER;
  tok->ch = ch;
  if (ch == '-')
    tok->flags |= TOK_DASH;
  return TRUE;
}

void
_chr_timex_tokenize (const char *text,
                     gsize       start,
                     gsize       end,
                     GArray     *tokens)
{
  const LexTable *table = _chr_timex_lexicon ();
  gsize i = start;
  guint clause = 0;
  guint len = 0;
  Token *out;

  /* Tokens are written in place, the array grown by doubling: it saves a
   * function call per token over appending. Its length is the capacity
   * until the end. */
  g_array_set_size (tokens, MAX (tokens->len, MIN (end - start, 256) + 1));
  out = (Token *) (gpointer) tokens->data;
  while (i < end)
    {
      guchar c = (guchar) text[i];
      Token tok;

      if (chr_text_is_space ((char) c))
        {
          i++;
          continue;
        }

      memset (&tok, 0, sizeof tok);
      tok.start = i;
      if (c >= 0x80)
        {
          if (!scan_sequence (text, end, &i, &tok))
            continue;
        }
      else if (g_ascii_isalpha (c))
        scan_word (text, end, &i, table, &tok);
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

      if (tok.kind == TOKEN_PUNCT && tok.ch == '-' && len > 0 && !glued (&out[len - 1], &tok) &&
          (i >= end || chr_text_is_space (text[i])))
        tok.flags |= TOK_DASH;
      if (tok.kind == TOKEN_WORD && len > 0)
        {
          const Token *prev = &out[len - 1];

          if (prev->kind == TOKEN_PUNCT && prev->ch == '\'' && glued (prev, &tok))
            tok.flags |= TOK_AFTER_APOSTROPHE;
        }

      /* Clauses separate a mention from tense markers that belong to another verb. */
      if ((tok.kind == TOKEN_PUNCT && strchr (",;:()[]", tok.ch) != NULL) || (tok.flags & TOK_DASH))
        clause++;
      tok.clause = clause;
      if (len == tokens->len)
        {
          g_array_set_size (tokens, len * 2);
          out = (Token *) (gpointer) tokens->data;
        }
      out[len++] = tok;
    }
  g_array_set_size (tokens, len);
  mark_clean_numbers (tokens);
}
