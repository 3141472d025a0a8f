/* fuzz-timeml.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer entry point for the TimeML reader and writer: any bytes either
 * fail cleanly or give a document whose annotated form, tags stripped, has
 * exactly the text that went in.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chr-timeml.h"
#include "chr-timex.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Everything between <TEXT> and </TEXT> without tags. */
static char *
strip (const char *text,
       gsize       start,
       gsize       end)
{
  GString *out = g_string_new (NULL);

  for (gsize i = start; i < end; i++)
    {
      if (text[i] == '<')
        {
          const char *gt = memchr (text + i, '>', end - i);

          if (gt != NULL)
            {
              i = (gsize) (gt - text);
              continue;
            }
        }
      g_string_append_c (out, text[i]);
    }
  return g_string_free (out, FALSE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  ChrTimemlDocument *document;
  ChrTimemlDocument *again;
  ChrInterval dct;
  GArray *found;
  char *annotated;
  gsize length;
  char *before;
  char *after;

  document = chr_timeml_document_parse ((const char *) data, size, NULL);
  if (document == NULL)
    return 0;

  found = chr_timex_scan (document->plain, document->plain_length,
                          document->dct && chr_timex_value_to_interval (document->dct, &dct) ? &dct : NULL);
  annotated = chr_timeml_document_annotate (document, found, &length);

  /* Reading the output back gives the same text. */
  again = chr_timeml_document_parse (annotated, length, NULL);
  if (again == NULL)
    abort ();
  before = strip (document->data, document->text_start, document->text_end);
  after = strip (again->data, again->text_start, again->text_end);
  if (strcmp (before, after) != 0 || strcmp (before, document->raw) != 0)
    abort ();

  g_free (before);
  g_free (after);
  g_free (annotated);
  g_array_unref (found);
  chr_timeml_document_free (again);
  chr_timeml_document_free (document);
  return 0;
}
