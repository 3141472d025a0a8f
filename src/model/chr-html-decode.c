/* chr-html-decode.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-html-article"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-html-private.h"
#include "chr-importer.h"
#include "chr-text-decode.h"

/* Where a page declares its charset (HTML says the first 1024 bytes;
 * pages put long comments and scripts before it). */
#define CHARSET_SCAN_BYTES 4096
#define MAX_CHARSET_LABEL 40

static const char * const utf8_labels[] = {
  "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
  /* A page whose markup can be read as ASCII is not in UTF-16 or UTF-32, whatever it says. */
  "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be", "ucs-2", "unicode",
};

/* Browsers read all of these as Windows-1252, and so do pages. */
static const char * const windows_1252_labels[] = {
  "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
  "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "csisolatin1", "ibm819", "cp819", "us-ascii",
  "ascii", "ansi_x3.4-1968",
};

static gboolean
label_in (const char         *label,
          const char * const *labels,
          gsize               n_labels)
{
  for (gsize i = 0; i < n_labels; i++)
    if (g_ascii_strcasecmp (label, labels[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
decode_utf8 (const char *data,
             gsize       length,
             gsize      *out_length)
{
  char *text;

  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }
  text = g_utf8_make_valid (data, (gssize) length);
  *out_length = strlen (text);
  return text;
}

static gboolean
is_label_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.' || c == ':';
}

/* The label after "charset" (or "encoding", in an XML declaration) in
 * one tag, @tag_length bytes long. */
static char *
charset_in_tag (const char *tag,
                gsize       tag_length,
                const char *keyword)
{
  gsize n = strlen (keyword);

  for (gsize i = 0; i + n < tag_length; i++)
    {
      gsize start;
      gsize end;

      if (g_ascii_strncasecmp (tag + i, keyword, n) != 0)
        continue;
      start = i + n;
      while (start < tag_length && g_ascii_isspace (tag[start]))
        start++;
      if (start >= tag_length || tag[start] != '=')
        continue;
      start++;
      while (start < tag_length &&
             (g_ascii_isspace (tag[start]) || tag[start] == '"' || tag[start] == '\''))
        start++;
      end = start;
      while (end < tag_length && end - start <= MAX_CHARSET_LABEL && is_label_char (tag[end]))
        end++;
      if (end > start && end - start <= MAX_CHARSET_LABEL)
        return g_strndup (tag + start, end - start);
    }
  return NULL;
}

/* The charset a page declares near its top: <meta charset>, the charset=
 * of <meta http-equiv="Content-Type" content="…">, or an XML declaration. */
static char *
find_declared_charset (const char *data,
                       gsize       length)
{
  gsize n = MIN (length, CHARSET_SCAN_BYTES);

  if (n >= 5 && strncmp (data, "<?xml", 5) == 0)
    {
      const char *end = memchr (data, '>', n);

      if (end != NULL)
        {
          char *label = charset_in_tag (data, (gsize) (end - data), "encoding");

          if (label != NULL)
            return label;
        }
    }
  for (gsize i = 0; i + 6 <= n; i++)
    {
      const char *end;
      char *label;

      if (data[i] != '<' || g_ascii_strncasecmp (data + i + 1, "meta", 4) != 0 ||
          !(g_ascii_isspace (data[i + 5]) || data[i + 5] == '/'))
        continue;
      end = memchr (data + i, '>', n - i);
      if (end == NULL)
        break;
      label = charset_in_tag (data + i, (gsize) (end - (data + i)), "charset");
      if (label != NULL)
        return label;
      i = (gsize) (end - data);
    }
  return NULL;
}

/* Control characters other than white space: text has few, other files many. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize n = MIN (length, 64 * 1024);
  gsize controls = 0;

  if (memchr (data, '\0', length) != NULL)
    return TRUE;
  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) data[i];

      if ((c < 0x20 && !g_ascii_isspace (c)) || c == 0x7F)
        controls++;
    }
  return controls * 100 > n;
}

/* The page in UTF-8: from a byte order mark, else the charset it declares,
 * else UTF-8 if it is valid UTF-8, else Windows-1252. */
char *
_chr_html_decode (const char  *data,
                  gsize        length,
                  const char  *name,
                  gsize       *out_length,
                  GError     **error)
{
  g_autofree char *label = NULL;

  if (chr_text_has_utf16_bom (data, length))
    return chr_text_from_utf16 (name, data, length, out_length, error);
  if (looks_binary (data, length))
    {
      /* Translators: %s is a file name */
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                   _("“%s” is not a text file"), name);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return decode_utf8 (data + 3, length - 3, out_length);

  label = find_declared_charset (data, length);
  if (label != NULL && label_in (label, utf8_labels, G_N_ELEMENTS (utf8_labels)))
    return decode_utf8 (data, length, out_length);
  if (label != NULL && label_in (label, windows_1252_labels, G_N_ELEMENTS (windows_1252_labels)))
    return chr_text_from_windows_1252 (data, length, out_length);
  /* UTF-7 hides markup in plain ASCII; browsers do not decode it either. */
  if (label != NULL && g_ascii_strncasecmp (label, "utf-7", 5) != 0 &&
      g_ascii_strcasecmp (label, "utf7") != 0)
    {
      g_autofree char *converted = g_convert (data, length, "UTF-8", label, NULL, out_length, NULL);

      if (converted != NULL && memchr (converted, '\0', *out_length) == NULL &&
          g_utf8_validate_len (converted, *out_length, NULL))
        return g_steal_pointer (&converted);
    }
  if (g_utf8_validate_len (data, length, NULL))
    return decode_utf8 (data, length, out_length);
  return chr_text_from_windows_1252 (data, length, out_length);
}

