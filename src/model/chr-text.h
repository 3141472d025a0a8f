/* chr-text.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The classes of characters and the words that every reader of text here
 * agrees on: the sentence splitter, the labeller, the event builder, the
 * merge and the importer. */

/* ASCII white space: space, tab, newline, carriage return, form feed,
 * vertical tab. Inline: the sentence splitter asks it of every byte. */
static inline gboolean
chr_text_is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

gsize     chr_text_dash_at        (const char *s,
                                   const char *end);
gboolean  chr_text_is_word_start  (const char *text,
                                   gsize       from,
                                   gsize       i);
gboolean  chr_text_next_word      (const char *text,
                                   gsize       end,
                                   gsize      *pos,
                                   gsize      *word_start,
                                   gsize      *word_end,
                                   gboolean   *has_digit);
void      chr_text_fold_word      (const char *word,
                                   gsize       length,
                                   GString    *out);
void      chr_text_stem_in_place  (GString    *word);
char     *chr_text_stem           (const char *word,
                                   gsize       length);

G_END_DECLS
