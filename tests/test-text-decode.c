/* test-text-decode.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chr-importer.h"
#include "chr-text-decode.h"

/* Bytes as files hold them, and the text they give. */
static const struct
{
  const char      *name;
  const char      *bytes;
  gsize            length;
  const char      *text;             /* NULL: refused as not text */
  ChrTextDecoding  decoding;
} cases[] = {
  { "utf-8", "Caf\xc3\xa9", 5, "Café", CHR_TEXT_AS_IS },
  { "utf-8-bom", "\xef\xbb\xbf" "Caf\xc3\xa9", 8, "Café", CHR_TEXT_FROM_UTF8_BOM },
  { "utf-16le", "\xff\xfe" "C\0a\0f\0\xe9\0", 10, "Café", CHR_TEXT_FROM_UTF16 },
  { "utf-16be", "\xfe\xff" "\0C\0a\0f\0\xe9", 10, "Café", CHR_TEXT_FROM_UTF16 },
  { "utf-16-nul", "\xff\xfe" "A\0\0\0B\0", 8, NULL, CHR_TEXT_FROM_UTF16 },
  { "utf-16-odd", "\xff\xfe" "A\0B", 5, NULL, CHR_TEXT_FROM_UTF16 },
  { "windows-1252", "\x93" "Caf\xe9\x94 \x96 50\x80", 12, "“Café” – 50€", CHR_TEXT_FROM_WINDOWS_1252 },
  { "undefined-in-1252", "a\x81" "b", 3, "a\xc2\x81" "b", CHR_TEXT_FROM_WINDOWS_1252 },
  { "broken-utf-8", "Z\xc3\xbcrich \xff Gen\xc3\xa8ve", 17, "Zürich \xef\xbf\xbd Genève", CHR_TEXT_REPAIRED },
  { "nul", "a\0b", 3, NULL, CHR_TEXT_AS_IS },
  { "empty", "", 0, "", CHR_TEXT_AS_IS },
};

static void
test_decode (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  ChrTextDecoding decoding = CHR_TEXT_AS_IS;
  gsize length = 0;
  g_autofree char *text = chr_text_decode ("story.txt", cases[i].bytes, cases[i].length, &length, &decoding, &error);

  if (cases[i].text == NULL)
    {
      g_assert_null (text);
      g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY);
      g_assert_nonnull (strstr (error->message, "story.txt"));
      return;
    }
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, cases[i].text);
  g_assert_cmpuint (length, ==, strlen (cases[i].text));
  g_assert_cmpint (decoding, ==, cases[i].decoding);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/text-decode/%s", cases[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_decode);
    }
  return g_test_run ();
}
