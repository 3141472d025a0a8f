/* chr-timex.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex"

#include "config.h"

#include <string.h>

#include "chr-sentences.h"
#include "chr-timex-private.h"
#include "chr-timex.h"

/* The scanner works in two stages, as rule-based taggers such as HeidelTime
 * do. Recognition tokenizes one sentence, classifies words through the
 * lexicon and matches phrase rules over the token classes; it yields mentions
 * whose value is still underspecified ("February 12, year unknown", "Friday,
 * direction from tense", "the last mentioned date plus one year").
 * Resolution turns a mention into a TIMEX3 value with the document creation
 * time, the tense nearest to the mention and the last date the text
 * mentioned. Everything is done on bytes: non-ASCII bytes are never part of a
 * word, so invalid UTF-8 and NUL bytes are just noise. Spans follow the TimeML
 * conventions: prepositions stay outside, determiners and modifiers inside.
 *
 * Each part has a file of its own, sharing chr-timex-private.h: the lexicon
 * (chr-timex-lexicon.c), tokens (-tokens.c), tense (-tense.c), recognition
 * (-recognize.c, with the patterns in -dates.c, -days.c, -relative.c and
 * -durations.c) and resolution (-resolve.c, with calendar arithmetic on
 * points in -point.c). This file holds the public entry points. */

/**
 * chr_timex_scan:
 * @text: the text, UTF-8 in principle; any bytes are tolerated
 * @length: its length in bytes; @text need not be NUL-terminated
 * @dct: (nullable): the document creation time, of day or coarser granularity
 *
 * Finds the temporal expressions of @text: dates, times, durations and sets,
 * as TimeML's TIMEX3 does. Absolute dates ("February 24, 2022", "in 2014")
 * are resolved without @dct; relative ones ("on Monday", "In January", "last
 * year") are resolved against @dct, the tense of the verbs nearest to them and
 * the last date the text mentioned, and stay unresolved ("XXXX-WXX-1") when
 * @dct is too coarse. Cost is linear in @length.
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
  Context ctx;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  result = g_array_new (FALSE, FALSE, sizeof (ChrTimex));
  if (length == 0)
    return result;

  _chr_timex_context_init (&ctx, dct);
  sentences = chr_sentences_split (text, length);
  tokens = g_array_sized_new (FALSE, FALSE, sizeof (Token), 64);
  markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  mentions = g_array_new (FALSE, FALSE, sizeof (Mention));

  for (guint s = 0; s < sentences->len; s++)
    {
      const ChrSpan *span = &g_array_index (sentences, ChrSpan, s);
      const Token *t;
      guint cursor = 0;

      ctx.sentence = s;
      _chr_timex_tokenize (text, span->start, span->end, tokens);
      _chr_timex_recognize (text, tokens, mentions);
      if (mentions->len == 0)
        continue;
      _chr_timex_find_tense_markers (text, tokens, markers);

      t = (const Token *) (gconstpointer) tokens->data;
      for (guint k = 0; k < mentions->len; k++)
        {
          Mention scratch;
          const Mention *m = &g_array_index (mentions, Mention, k);
          Tense tense;
          ChrTimex timex;

          if (m->later != 0)
            m = _chr_timex_narrative_reading (m, &ctx, &scratch);
          tense = _chr_timex_tense_near (t, markers, &cursor, m->first, m->last);

          memset (&timex, 0, sizeof timex);
          timex.start = t[m->first].start;
          timex.end = t[m->last].end;
          if (_chr_timex_resolve (m, &ctx, tense, &timex))
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

/* TIMEX3's mod attribute, spelled as TimeML does; "NONE" stands for an absent attribute. */
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
    case CHR_TIMEX_MOD_EQUAL_OR_LESS:
      return "EQUAL_OR_LESS";
    case CHR_TIMEX_MOD_EQUAL_OR_MORE:
      return "EQUAL_OR_MORE";
    case CHR_TIMEX_MOD_BEFORE:
      return "BEFORE";
    case CHR_TIMEX_MOD_AFTER:
      return "AFTER";
    case CHR_TIMEX_MOD_ON_OR_BEFORE:
      return "ON_OR_BEFORE";
    case CHR_TIMEX_MOD_ON_OR_AFTER:
      return "ON_OR_AFTER";
    default:
      return "NONE";
    }
}
