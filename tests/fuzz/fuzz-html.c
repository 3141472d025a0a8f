/* fuzz-html.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer entry point for the HTML article reader: any bytes either fail
 * cleanly, with an error in the importer's domain that names the file, or
 * give an article whose text is not empty, whose strings are valid UTF-8
 * without control characters (the text's paragraphs apart by one blank
 * line), and whose date is one the timeline keeps.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chr-html-article.h"
#include "chr-importer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Valid UTF-8, not empty, no spaces at either end, no control characters
 * but (with @lines) the line breaks between paragraphs and in preformatted
 * text. */
static void
check_string (const char *value,
              gboolean    lines)
{
  gsize length;

  if (value == NULL)
    return;
  length = strlen (value);
  if (length == 0 || !g_utf8_validate (value, -1, NULL))
    abort ();
  if (g_ascii_isspace (value[0]) || g_ascii_isspace (value[length - 1]))
    abort ();
  if (lines && strstr (value, "\n\n\n") != NULL)
    abort ();
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && !(lines && c == '\n'))
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GError *error = NULL;
  ChrArticleRecord *record;
  char *date;

  record = chr_html_article_parse ((const char *) data, size, "fuzz.html", &error);
  if (record == NULL)
    {
      if (error == NULL || error->domain != CHR_IMPORT_ERROR)
        abort ();
      if (strstr (error->message, "fuzz.html") == NULL)
        abort ();
      g_error_free (error);
      return 0;
    }
  if (error != NULL || record->text == NULL)
    abort ();
  check_string (record->text, TRUE);
  check_string (record->title, FALSE);
  check_string (record->published, FALSE);
  check_string (record->source, FALSE);
  check_string (record->url, FALSE);
  check_string (record->author, FALSE);
  if (record->published != NULL)
    {
      date = chr_article_record_date (record->published);
      if (g_strcmp0 (date, record->published) != 0)
        abort ();
      g_free (date);
    }
  chr_article_record_free (record);
  return 0;
}
