/* chr-timeml.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timeml"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-timeml.h"
#include "chr-timex.h"

G_DEFINE_QUARK (chr-timeml-error, chr_timeml_error)

static const char *
find (const char *haystack,
      gsize       length,
      const char *needle)
{
  gsize n = strlen (needle);

  if (n > length)
    return NULL;
  for (gsize i = 0; i + n <= length; i++)
    if (haystack[i] == needle[0] && memcmp (haystack + i, needle, n) == 0)
      return haystack + i;
  return NULL;
}

/* The value="…" of the first TIMEX3 inside <DCT>…</DCT>, cut to its date:
 * a full timestamp anchors on its day. */
static char *
read_dct (const char *data,
          gsize       length)
{
  const char *dct = find (data, length, "<DCT");
  const char *end;
  const char *value;
  const char *close;
  gsize n = 0;

  if (dct == NULL)
    return NULL;
  end = find (dct, length - (gsize) (dct - data), "</DCT>");
  if (end == NULL)
    return NULL;
  value = find (dct, (gsize) (end - dct), "value=\"");
  if (value == NULL)
    return NULL;
  value += strlen ("value=\"");
  close = memchr (value, '"', (gsize) (end - value));
  if (close == NULL)
    return NULL;
  while (value + n < close && n < 10 && (g_ascii_isdigit (value[n]) || value[n] == '-'))
    n++;
  return n >= 4 ? g_strndup (value, n) : NULL;
}

/* Decodes the XML entity at p (after '&'), writing its UTF-8 into out;
 * returns the bytes it spans, ';' included, or 0 if it is not one. */
static gsize
decode_entity (const char *p,
               const char *end,
               char        out[8],
               gsize      *out_length)
{
  static const struct { const char *name; char c; } named[] = {
    { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' },
  };
  const char *semi = memchr (p, ';', MIN ((gsize) (end - p), 12));

  if (semi == NULL)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      gsize n = strlen (named[i].name);

      if ((gsize) (end - p) >= n && memcmp (p, named[i].name, n) == 0)
        {
          out[0] = named[i].c;
          *out_length = 1;
          return n;
        }
    }

  if (*p == '#')
    {
      gunichar c = 0;
      gboolean hex = p[1] == 'x' || p[1] == 'X';
      const char *q = p + (hex ? 2 : 1);

      if (q == semi)
        return 0;
      for (; q < semi; q++)
        {
          int digit = hex ? g_ascii_xdigit_value (*q) : g_ascii_digit_value (*q);

          if (digit < 0 || c > 0x10FFFF)
            return 0;
          c = c * (hex ? 16 : 10) + (gunichar) digit;
        }
      if (c == 0 || !g_unichar_validate (c))
        return 0;
      *out_length = (gsize) g_unichar_to_utf8 (c, out);
      return (gsize) (semi - p) + 1;
    }

  return 0;
}

/**
 * chr_timeml_document_parse:
 * @data: a TimeML document
 * @length: its length in bytes
 * @error: return location for a #GError
 *
 * Reads the document creation time and the content of <TEXT>. Every tag in
 * the text (TIMEX3, EVENT, SIGNAL…) is dropped; the characters stay exactly
 * as they were, so that annotating puts back the same text.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL if it has no <TEXT>
 */
ChrTimemlDocument *
chr_timeml_document_parse (const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(ChrTimemlDocument) document = g_new0 (ChrTimemlDocument, 1);
  const char *open;
  const char *open_end;
  const char *close;
  GString *raw;
  GString *plain;
  GArray *map;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  document->data = g_malloc (length + 1);
  if (length > 0)
    memcpy (document->data, data, length);
  document->data[length] = '\0';
  document->length = length;

  open = find (document->data, length, "<TEXT");
  open_end = open ? memchr (open, '>', length - (gsize) (open - document->data)) : NULL;
  close = open_end ? find (open_end, length - (gsize) (open_end - document->data), "</TEXT>") : NULL;
  if (close == NULL)
    {
      g_set_error (error, CHR_TIMEML_ERROR, CHR_TIMEML_ERROR_NO_TEXT,
                   _("This is not a TimeML document: it has no <TEXT> element"));
      return NULL;
    }

  document->text_start = (gsize) (open_end + 1 - document->data);
  document->text_end = (gsize) (close - document->data);
  document->dct = read_dct (document->data, document->text_start);

  raw = g_string_sized_new (document->text_end - document->text_start);
  for (gsize i = document->text_start; i < document->text_end; i++)
    {
      if (document->data[i] == '<')
        {
          const char *gt = memchr (document->data + i, '>', document->text_end - i);

          if (gt != NULL)
            {
              i = (gsize) (gt - document->data);
              continue;
            }
        }
      g_string_append_c (raw, document->data[i]);
    }

  plain = g_string_sized_new (raw->len);
  map = g_array_sized_new (FALSE, FALSE, sizeof (gsize), raw->len + 1);
  for (gsize i = 0; i < raw->len;)
    {
      char decoded[8];
      gsize decoded_length = 0;
      gsize n = raw->str[i] == '&' ? decode_entity (raw->str + i + 1, raw->str + raw->len, decoded, &decoded_length)
                                   : 0;

      if (n > 0)
        {
          for (gsize j = 0; j < decoded_length; j++)
            g_array_append_val (map, i);
          g_string_append_len (plain, decoded, (gssize) decoded_length);
          i += n + 1;
          continue;
        }

      /* A single line break inside a paragraph is a space to the engine; the
       * offsets do not move. */
      if (raw->str[i] == '\n' && (i == 0 || raw->str[i - 1] != '\n') && (i + 1 >= raw->len || raw->str[i + 1] != '\n'))
        g_string_append_c (plain, ' ');
      else
        g_string_append_c (plain, raw->str[i]);
      g_array_append_val (map, i);
      i++;
    }
  g_array_append_val (map, raw->len);

  document->raw_length = raw->len;
  document->raw = g_string_free (raw, FALSE);
  document->plain_length = plain->len;
  document->plain = g_string_free (plain, FALSE);
  document->plain_to_raw = (gsize *) (gpointer) g_array_free (map, FALSE);

  return g_steal_pointer (&document);
}

static void
append_escaped_attribute (GString    *out,
                          const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value, -1);

  g_string_append (out, escaped);
}

/**
 * chr_timeml_document_annotate:
 * @document: a parsed document
 * @timexes: #ChrTimex found in @document's plain text, sorted, not overlapping
 * @length: (out): the result's length
 *
 * Writes the document back with the text of <TEXT> byte for byte as it was,
 * its only tags the TIMEX3 elements of @timexes (tid t1, t2…; type, value,
 * and mod when there is one).
 *
 * Returns: (transfer full): the annotated document
 */
char *
chr_timeml_document_annotate (const ChrTimemlDocument *document,
                              GArray                  *timexes,
                              gsize                   *length)
{
  GString *out;
  gsize position = 0;
  gsize limit;
  guint tid = 1;
  const char *unclosed;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (timexes != NULL, NULL);

  /* A '<' left in the text opened a tag that never closes: an XML reader sees
   * no text after it, so no tag may go there either. */
  unclosed = memchr (document->raw, '<', document->raw_length);
  limit = unclosed ? (gsize) (unclosed - document->raw) : document->raw_length;

  out = g_string_sized_new (document->length + timexes->len * 64);
  g_string_append_len (out, document->data, (gssize) document->text_start);

  for (guint i = 0; i < timexes->len; i++)
    {
      const ChrTimex *timex = &g_array_index (timexes, ChrTimex, i);
      gsize start, end;

      if (timex->end > document->plain_length || timex->start >= timex->end)
        continue;
      start = document->plain_to_raw[timex->start];
      end = document->plain_to_raw[timex->end];
      if (start < position || end <= start || end > limit)
        continue;

      g_string_append_len (out, document->raw + position, (gssize) (start - position));
      g_string_append_printf (out, "<TIMEX3 tid=\"t%u\" type=\"%s\" value=\"", tid++,
                              chr_timex_type_to_string (timex->type));
      append_escaped_attribute (out, timex->value);
      g_string_append_c (out, '"');
      if (timex->mod != CHR_TIMEX_MOD_NONE)
        g_string_append_printf (out, " mod=\"%s\"", chr_timex_mod_to_string (timex->mod));
      g_string_append_c (out, '>');
      g_string_append_len (out, document->raw + start, (gssize) (end - start));
      g_string_append (out, "</TIMEX3>");
      position = end;
    }

  g_string_append_len (out, document->raw + position, (gssize) (document->raw_length - position));
  g_string_append_len (out, document->data + document->text_end, (gssize) (document->length - document->text_end));

  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
}

void
chr_timeml_document_free (ChrTimemlDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->data);
  g_free (document->dct);
  g_free (document->raw);
  g_free (document->plain);
  g_free (document->plain_to_raw);
  g_free (document);
}
