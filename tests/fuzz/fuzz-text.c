/* fuzz-text.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer entry point for reading a text article: decoding any bytes
 * (UTF-8 with or without a byte order mark, UTF-16, Windows-1252, broken
 * UTF-8), finding its title, date and body, extracting it, and the line
 * each candidate comes from, which finds a source's boilerplate. Any bytes
 * either fail cleanly or give valid UTF-8, a body inside the text, and
 * candidates inside the body, each with its line.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "chr-importer.h"
#include "chr-text-decode.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_decoding (const char *data,
                size_t      size)
{
  GError *error = NULL;
  ChrTextDecoding decoding;
  gsize length = 0;
  char *text = chr_text_decode ("fuzz.txt", data, size, &length, &decoding, &error);

  if (text == NULL)
    {
      if (error == NULL)
        abort ();
      g_error_free (error);
      return;
    }
  if (!g_utf8_validate_len (text, length, NULL) || strlen (text) != length)
    abort ();
  g_free (text);
}

static void
check_article (const ChrArticle *article)
{
  if (!g_utf8_validate (article->text, (gssize) article->length, NULL) ||
      !g_utf8_validate (article->title, -1, NULL) || *article->title == '\0')
    abort ();
  if (article->body_start > article->body_end || article->body_end > article->length)
    abort ();
  for (guint i = 0; i < article->events->len; i++)
    {
      const ChrEventDraft *draft = g_ptr_array_index (article->events, i);

      if (draft->phrase_start < article->body_start || draft->phrase_end > article->body_end ||
          draft->phrase_start >= draft->phrase_end || draft->line_hash <= 0)
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  ChrArticle *article;
  GError *error = NULL;

  check_decoding ((const char *) data, size);
  article = chr_importer_parse_text ("fuzz.txt", (const char *) data, size, NULL, &error);
  if (article == NULL)
    {
      if (error == NULL)
        abort ();
      g_error_free (error);
      return 0;
    }
  check_article (article);
  chr_article_free (article);
  return 0;
}
