/* chr-sentences.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A byte range [start, end) of a text. */
typedef struct
{
  gsize start;
  gsize end;
} ChrSpan;

GArray *chr_sentences_split       (const char *text,
                                   gsize       length);
GArray *chr_sentences_split_range (const char *text,
                                   gsize       start,
                                   gsize       end);

G_END_DECLS
