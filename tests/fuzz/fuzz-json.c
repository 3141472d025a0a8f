/* fuzz-json.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer entry point for the reader of articles as JSON and JSON Lines:
 * any bytes, read either way, must neither crash, hang nor leak, and either
 * fail with a message or give records whose strings are valid UTF-8, with a
 * text that is never empty, and a message for each problem.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "chr-importer.h"
#include "chr-json-articles.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The importer owns the error domain; the fuzzer links the reader without it. */
G_DEFINE_QUARK (chr-import-error, chr_import_error)

static void
check_message (const GError *error)
{
  if (error == NULL || error->domain != CHR_IMPORT_ERROR || error->message[0] == '\0' ||
      !g_utf8_validate (error->message, -1, NULL))
    abort ();
}

/* NULL, or valid UTF-8 that is not empty. */
static void
check_string (const char *value)
{
  if (value != NULL && (value[0] == '\0' || !g_utf8_validate (value, -1, NULL)))
    abort ();
}

static void
check_articles (const ChrJsonArticles *articles)
{
  if (articles->records->len + articles->problems->len == 0)
    abort ();
  for (guint i = 0; i < articles->records->len; i++)
    {
      const ChrArticleRecord *record = g_ptr_array_index (articles->records, i);

      if (record->text == NULL)
        abort ();
      check_string (record->text);
      check_string (record->title);
      check_string (record->published);
      check_string (record->source);
      check_string (record->url);
      check_string (record->author);
    }
  for (guint i = 0; i < articles->problems->len; i++)
    check_message (g_ptr_array_index (articles->problems, i));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  ChrJsonArticles *articles;
  GError *error = NULL;
  gboolean lines;

  if (size == 0)
    return 0;
  /* The first byte picks JSON or JSON Lines. */
  lines = (data[0] & 1) != 0;
  articles = chr_json_articles_parse ((const char *) data + 1, size - 1, lines, "fuzz", &error);
  if (articles == NULL)
    check_message (error);
  else if (error != NULL)
    abort ();
  else
    check_articles (articles);

  g_clear_error (&error);
  chr_json_articles_free (articles);
  return 0;
}
