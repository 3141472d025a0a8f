/* chr-text.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-text"

#include "config.h"

#include <string.h>

#include "chr-text.h"

static const struct
{
  const char *suffix;
  const char *replacement;
  gsize       min_stem;
} derivations[] = {
  { "ssion", "ss", 3 },   /* discussion → discuss */
  { "sion", "d", 3 },     /* invasion → invad, expansion → expand */
  { "ction", "ct", 2 },   /* election → elect, action → act */
  { "ption", "pt", 3 },   /* adoption → adopt */
  { "ation", "", 3 },     /* annexation → annex */
  { "ition", "", 3 },     /* opposition → oppos */
  { "ment", "", 4 },      /* agreement → agree, government → govern */
  { "ainian", "ain", 3 }, /* Ukrainian → ukrain */
  { "ian", "ia", 3 },     /* Russian → russia */
};

/* Clitics cut off after an apostrophe: possessives and contractions. */
static const char * const clitics[] = { "", "s", "t", "re", "ve", "ll", "d", "m" };

static gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static gboolean
has_vowel (const char *s,
           gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (is_vowel (s[i]))
      return TRUE;
  return FALSE;
}

static gboolean
ends_with (const GString *s,
           const char    *suffix)
{
  gsize n = strlen (suffix);

  return s->len >= n && memcmp (s->str + s->len - n, suffix, n) == 0;
}

/* Drops a suffix and returns TRUE if at least min_stem bytes with a vowel remain. */
static gboolean
strip_suffix (GString    *s,
              const char *suffix,
              gsize       min_stem)
{
  gsize n = strlen (suffix);

  if (!ends_with (s, suffix) || s->len < n + min_stem || !has_vowel (s->str, s->len - n))
    return FALSE;
  g_string_truncate (s, s->len - n);
  return TRUE;
}

/* planned → plan, but killed → kill and passed → pass. */
static void
undouble (GString *s)
{
  char c;

  if (s->len < 4)
    return;
  c = s->str[s->len - 1];
  if (c == s->str[s->len - 2] && g_ascii_isalpha (c) && !is_vowel (c) && strchr ("lsfz", c) == NULL)
    g_string_truncate (s, s->len - 1);
}

/* Lowercases ASCII into @out, reads ’ as an apostrophe, cuts clitics after
 * it ("Russia’s" → "russia", "didn't" → "did") and drops other apostrophes.
 * Letters beyond ASCII keep their case: stems only need to meet each other. */
void
chr_text_fold_word (const char *word,
                    gsize       length,
                    GString    *out)
{
  gssize apostrophe = -1;
  const char *tail;

  g_string_truncate (out, 0);
  for (gsize i = 0; i < length; i++)
    {
      if ((guchar) word[i] == 0xE2 && i + 2 < length &&
          (guchar) word[i + 1] == 0x80 && (guchar) word[i + 2] == 0x99)
        {
          i += 2;
          apostrophe = out->len;
          g_string_append_c (out, '\'');
        }
      else
        {
          if (word[i] == '\'')
            apostrophe = out->len;
          g_string_append_c (out, g_ascii_tolower (word[i]));
        }
    }

  if (apostrophe < 0)
    return;

  tail = out->str + apostrophe + 1;
  for (guint i = 0; i < G_N_ELEMENTS (clitics); i++)
    {
      if (strcmp (tail, clitics[i]) != 0)
        continue;
      if (strcmp (tail, "t") == 0 && apostrophe > 0 && out->str[apostrophe - 1] == 'n')
        apostrophe--;
      g_string_truncate (out, apostrophe);
      break;
    }

  for (gsize i = 0; i < out->len;)
    {
      if (out->str[i] == '\'')
        g_string_erase (out, i, 1);
      else
        i++;
    }
}

/* Stems a folded word in place (chr_text_fold_word()): inflection first, then one derivational
 * ending, then a final "e", so that each family of forms meets in one stem. */
void
chr_text_stem_in_place (GString *s)
{
  /* Plurals and third persons. */
  if (ends_with (s, "sses"))
    g_string_truncate (s, s->len - 2);
  else if (ends_with (s, "ies") && s->len > 4)
    {
      g_string_truncate (s, s->len - 3);
      g_string_append_c (s, 'y');
    }
  else if (ends_with (s, "s") && s->len > 3 &&
           !ends_with (s, "ss") && !ends_with (s, "us") && !ends_with (s, "is"))
    g_string_truncate (s, s->len - 1);

  /* Adverbs, then past tenses and participles. */
  if (s->len >= 6)
    strip_suffix (s, "ly", 4);
  if (ends_with (s, "eed") && s->len > 4)
    g_string_truncate (s, s->len - 1);    /* agreed → agree, as agrees → agree */
  else if (ends_with (s, "ied") && s->len > 4)
    {
      g_string_truncate (s, s->len - 3);
      g_string_append_c (s, 'y');
    }
  else if (strip_suffix (s, "ed", 3) || strip_suffix (s, "ing", 3))
    undouble (s);

  for (guint i = 0; i < G_N_ELEMENTS (derivations); i++)
    {
      if (!ends_with (s, derivations[i].suffix))
        continue;
      if (s->len - strlen (derivations[i].suffix) >= derivations[i].min_stem)
        {
          g_string_truncate (s, s->len - strlen (derivations[i].suffix));
          g_string_append (s, derivations[i].replacement);
        }
      break;
    }

  if (s->len >= 4 && s->str[s->len - 1] == 'e')
    g_string_truncate (s, s->len - 1);

  /* Long words double a final l before an ending (controlled, travelled),
   * short ones end in it (kill, call): one l for all long ones. */
  if (s->len >= 6 && ends_with (s, "ll"))
    g_string_truncate (s, s->len - 1);
}

/**
 * chr_text_stem:
 * @word: a word
 * @length: its length in bytes, or (gsize) -1 if it ends with a NUL
 *
 * Folds and stems a word: "Invasions" → "invad", "Russia’s" → "russia".
 *
 * Returns: (transfer full): the stem
 */
char *
chr_text_stem (const char *word,
               gsize       length)
{
  GString *s;

  g_return_val_if_fail (word != NULL || length == 0, NULL);

  if (length == (gsize) -1)
    length = strlen (word);
  s = g_string_sized_new (length + 4);
  chr_text_fold_word (word, length, s);
  chr_text_stem_in_place (s);
  return g_string_free (s, FALSE);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/**
 * chr_text_next_word:
 * @text: UTF-8 text
 * @end: where to stop, in bytes
 * @pos: (inout): where to look from; after the word found on return
 * @word_start: (out): where the word starts
 * @word_end: (out): where it ends
 * @has_digit: (out): whether it holds a digit
 *
 * Finds the next word in text[*pos, end): a run of letters and digits, with
 * apostrophes inside it ("didn’t"). Hyphens, dots and other marks separate
 * words; bytes that are not UTF-8 are skipped.
 *
 * Returns: %FALSE when no word is left
 */
gboolean
chr_text_next_word (const char *text,
                    gsize       end,
                    gsize      *pos,
                    gsize      *word_start,
                    gsize      *word_end,
                    gboolean   *has_digit)
{
  gsize p = *pos;
  gboolean in_word = FALSE;

  *has_digit = FALSE;
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (text + p, end - p);
      gsize step;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          if (in_word)
            break;
          p++;
          continue;
        }
      step = g_utf8_next_char (text + p) - (text + p);

      if (g_unichar_isalnum (c))
        {
          if (!in_word)
            {
              in_word = TRUE;
              *word_start = p;
            }
          if (g_unichar_isdigit (c))
            *has_digit = TRUE;
          p += step;
        }
      else if (in_word && is_apostrophe (c) && p + step < end)
        {
          gunichar next = g_utf8_get_char_validated (text + p + step, end - p - step);

          if (next == (gunichar) -1 || next == (gunichar) -2 || !g_unichar_isalpha (next))
            break;
          p += step;
        }
      else if (in_word)
        break;
      else
        p += step;
    }

  if (!in_word)
    {
      *pos = end;
      return FALSE;
    }
  *word_end = p;
  *pos = p;
  return TRUE;
}

/**
 * chr_text_dash_at:
 * @s: a place in UTF-8 text
 * @end: the end of the text
 *
 * Returns: the length in bytes of an en or em dash at @s, or 0
 */
gsize
chr_text_dash_at (const char *s,
                  const char *end)
{
  if (end - s >= 3 && (guchar) s[0] == 0xE2 && (guchar) s[1] == 0x80 &&
      ((guchar) s[2] == 0x93 || (guchar) s[2] == 0x94))
    return 3;
  return 0;
}

/**
 * chr_text_is_word_start:
 * @text: text
 * @from: where the text under consideration starts
 * @i: a byte offset, at least @from
 *
 * Returns: whether an ASCII word starts at @i: a letter with none just
 *   before it, at or after @from
 */
gboolean
chr_text_is_word_start (const char *text,
                        gsize       from,
                        gsize       i)
{
  return g_ascii_isalpha (text[i]) && (i == from || !g_ascii_isalpha (text[i - 1]));
}

/* Derivational endings, tried in order on an inflection-free stem: the first
 * that matches and leaves at least min_stem bytes is replaced. The replacements
 * meet the verb the noun comes from once its final "e" is gone
 * (invasion → invad ← invade, decision → decid ← decide). */
