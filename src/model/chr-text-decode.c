/* chr-text-decode.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-importer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-importer.h"
#include "chr-text-decode.h"

/* Windows-1252 bytes 0x80 to 0x9F; the five it leaves undefined stay C1 controls. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Whether bytes that are not valid UTF-8 are still UTF-8 with a few bad
 * sequences (more valid multi-byte characters than invalid bytes), rather
 * than text in a single-byte encoding. */
static gboolean
mostly_utf8 (const char *data,
             gsize       length)
{
  gsize valid = 0, invalid = 0;
  const char *p = data, *end = data + length;

  while (p < end)
    {
      const char *stop;

      if (g_utf8_validate_len (p, (gsize) (end - p), &stop))
        break;
      for (const char *q = p; q < stop; q++)
        if ((guchar) *q >= 0xC0)
          valid++;
      invalid++;
      p = stop + 1;
    }
  for (; p < end; p++)
    if ((guchar) *p >= 0xC0)
      valid++;
  return valid > invalid;
}

/**
 * chr_text_decode:
 * @name: (nullable): the file, for messages
 * @data: the file's bytes
 * @length: their number
 * @out_length: (out): the length of the text returned
 * @decoding: (out) (optional): what was done to the bytes
 * @error: return location for a #GError
 *
 * Turns whatever bytes a file holds into UTF-8 text: UTF-8 with or
 * without a byte order mark, UTF-16 with one, Windows-1252 or Latin-1;
 * UTF-8 with a few invalid sequences has them replaced. Bytes with a NUL
 * in them are not text.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set
 */
char *
chr_text_decode (const char       *name,
                 const char       *data,
                 gsize             length,
                 gsize            *out_length,
                 ChrTextDecoding  *decoding,
                 GError          **error)
{
  ChrTextDecoding done = CHR_TEXT_AS_IS;
  char *text;

  if (name == NULL)
    name = _("the text");

  if (chr_text_has_utf16_bom (data, length))
    {
      if (decoding)
        *decoding = CHR_TEXT_FROM_UTF16;
      return chr_text_from_utf16 (name, data, length, out_length, error);
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY, _("“%s” is not a text file"), name);
      return NULL;
    }
  if (length >= 3 && (guchar) data[0] == 0xEF && (guchar) data[1] == 0xBB && (guchar) data[2] == 0xBF)
    {
      data += 3;
      length -= 3;
      done = CHR_TEXT_FROM_UTF8_BOM;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      text = g_strndup (data, length);
      *out_length = length;
    }
  else if (mostly_utf8 (data, length))
    {
      text = g_utf8_make_valid (data, (gssize) length);
      *out_length = strlen (text);
      done = CHR_TEXT_REPAIRED;
    }
  else
    {
      text = chr_text_from_windows_1252 (data, length, out_length);
      done = CHR_TEXT_FROM_WINDOWS_1252;
    }
  if (decoding)
    *decoding = done;
  return text;
}

/**
 * chr_text_has_utf16_bom:
 * @data: the bytes
 * @length: their number
 *
 * Returns: whether @data opens with a UTF-16 byte order mark
 */
gboolean
chr_text_has_utf16_bom (const char *data,
                        gsize       length)
{
  return length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                         ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF));
}

/**
 * chr_text_from_utf16:
 * @name: the file, for messages
 * @data: bytes that open with a UTF-16 byte order mark
 * @length: their number
 * @out_length: (out): the length of the text returned
 * @error: return location for a #GError
 *
 * Converts UTF-16 in the byte order its mark says to UTF-8.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set
 *   when the bytes are not UTF-16 or hold a NUL character
 */
char *
chr_text_from_utf16 (const char  *name,
                     const char  *data,
                     gsize        length,
                     gsize       *out_length,
                     GError     **error)
{
  const char *charset;
  g_autofree char *converted = NULL;

  g_return_val_if_fail (chr_text_has_utf16_bom (data, length), NULL);

  charset = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
  converted = g_convert (data + 2, length - 2, "UTF-8", charset, NULL, out_length, NULL);
  if (converted == NULL)
    {
      /* Translators: %s is a file name */
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                   _("“%s” says it is UTF-16 text but is not"), name);
      return NULL;
    }
  /* A NUL character is no text's: this is binary data behind a byte order mark. */
  if (memchr (converted, '\0', *out_length) != NULL)
    {
      /* Translators: %s is a file name */
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                   _("“%s” is not a text file"), name);
      return NULL;
    }
  return g_steal_pointer (&converted);
}

/**
 * chr_text_from_windows_1252:
 * @data: the bytes
 * @length: their number
 * @out_length: (out): the length of the text returned
 *
 * Reads bytes as Windows-1252, which scraped text that is not UTF-8 nearly
 * always is; the five bytes it leaves undefined are read as Latin-1, so
 * every byte decodes and the text keeps every character.
 *
 * Returns: (transfer full): the text in UTF-8
 */
char *
chr_text_from_windows_1252 (const char *data,
                            gsize       length,
                            gsize      *out_length)
{
  GString *out = g_string_sized_new (length + length / 8);

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        g_string_append_unichar (out, c < 0xA0 ? windows_1252_high[c - 0x80] : c);
    }
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * chr_text_decoding_describe:
 * @decoding: what decoding did
 *
 * Returns: (nullable): what the import report says of it ("converted from
 *   Windows-1252"), or %NULL when there is nothing to say
 */
const char *
chr_text_decoding_describe (ChrTextDecoding decoding)
{
  switch (decoding)
    {
    case CHR_TEXT_FROM_UTF16:
      return _("converted from UTF-16");
    case CHR_TEXT_FROM_WINDOWS_1252:
      return _("converted from Windows-1252");
    case CHR_TEXT_REPAIRED:
      return _("invalid UTF-8 sequences replaced");
    case CHR_TEXT_FROM_UTF8_BOM:
    case CHR_TEXT_AS_IS:
    default:
      return NULL;
    }
}
