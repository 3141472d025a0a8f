/* chr-json-reader.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-json-reader"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-json-reader.h"

/* Reads one JSON document (RFC 8259) from a stream a token at a time, so
 * that a document of any size is never held whole: json-glib's parser
 * builds the whole tree first. It checks the grammar as it goes; strings
 * come back unescaped and must be valid UTF-8. */

#define CHUNK_SIZE (64 * 1024)

typedef enum
{
  STATE_VALUE,                     /* a value, at the top or after ':' */
  STATE_OBJECT_START,              /* after '{': a member or '}' */
  STATE_ARRAY_START,               /* after '[': a value or ']' */
  STATE_AFTER_VALUE,               /* in a container: ',' or its end */
  STATE_DONE,                      /* after the top value */
} State;

struct _ChrJsonReader
{
  GInputStream *stream;
  GCancellable *cancellable;
  char         *chunk;
  gsize         length;            /* of what the chunk holds */
  gsize         pos;
  goffset       offset;            /* of the chunk in the stream */
  GByteArray   *open;              /* '{' or '[' for each open container */
  State         state;
  GString      *text;              /* the last string or member name */
  gint64        int_value;
  double        double_value;
  gboolean      boolean_value;
};

static gboolean
fail (ChrJsonReader  *self,
      const char     *what,
      GError        **error)
{
  /* Translators: where the JSON goes wrong, counted in bytes from the start. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Invalid JSON at byte %lld: %s"),
               (long long) (self->offset + (goffset) self->pos), what);
  return FALSE;
}

/* The next byte, or -1 at the end (with @error set if reading failed). */
static inline int
peek (ChrJsonReader  *self,
      GError        **error)
{
  gssize n;

  if (G_LIKELY (self->pos < self->length))
    return (guchar) self->chunk[self->pos];
  self->offset += (goffset) self->length;
  self->pos = self->length = 0;
  n = g_input_stream_read (self->stream, self->chunk, CHUNK_SIZE, self->cancellable, error);
  if (n <= 0)
    return -1;
  self->length = (gsize) n;
  return (guchar) self->chunk[0];
}

static int
skip_space (ChrJsonReader  *self,
            GError        **error)
{
  int c;

  while ((c = peek (self, error)) == ' ' || c == '\n' || c == '\r' || c == '\t')
    self->pos++;
  return c;
}

static int
hex_digit (int c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The four hex digits after "\u". */
static gboolean
read_hex4 (ChrJsonReader  *self,
           gunichar       *unit,
           GError        **error)
{
  *unit = 0;
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_digit (peek (self, error));

      if (digit < 0)
        return fail (self, _("a \\u escape needs four hex digits"), error);
      *unit = *unit * 16 + (gunichar) digit;
      self->pos++;
    }
  return TRUE;
}

/* After "\u": one character, two escapes for one beyond the BMP. */
static gboolean
read_unicode_escape (ChrJsonReader  *self,
                     GError        **error)
{
  gunichar c, low;

  if (!read_hex4 (self, &c, error))
    return FALSE;
  if (c >= 0xdc00 && c <= 0xdfff)
    return fail (self, _("a lone surrogate"), error);
  if (c >= 0xd800 && c <= 0xdbff)
    {
      if (peek (self, error) != '\\' || (self->pos++, peek (self, error)) != 'u')
        return fail (self, _("a lone surrogate"), error);
      self->pos++;
      if (!read_hex4 (self, &low, error))
        return FALSE;
      if (low < 0xdc00 || low > 0xdfff)
        return fail (self, _("a lone surrogate"), error);
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
    }
  g_string_append_unichar (self->text, c);
  return TRUE;
}

static gboolean
read_escape (ChrJsonReader  *self,
             GError        **error)
{
  static const char from[] = "\"\\/bfnrt";
  static const char to[] = "\"\\/\b\f\n\r\t";
  int c = peek (self, error);
  const char *found = c > 0 ? strchr (from, c) : NULL;

  if (c == 'u')
    {
      self->pos++;
      return read_unicode_escape (self, error);
    }
  if (found == NULL)
    return fail (self, _("an unknown escape"), error);
  g_string_append_c (self->text, to[found - from]);
  self->pos++;
  return TRUE;
}

/* Valid UTF-8, which a \u0000 may have put nuls in. */
static gboolean
is_utf8 (const char *text,
         gsize       length)
{
  const char *end;

  while (!g_utf8_validate_len (text, length, &end))
    {
      if (*end != '\0')
        return FALSE;
      length -= (gsize) (end - text) + 1;
      text = end + 1;
    }
  return TRUE;
}

/* From after the opening quote to after the closing one, into self->text. */
static gboolean
read_string (ChrJsonReader  *self,
             GError        **error)
{
  g_string_truncate (self->text, 0);
  for (;;)
    {
      gsize run = self->pos;
      int c;

      while (self->pos < self->length && self->chunk[self->pos] != '"' && self->chunk[self->pos] != '\\' &&
             (guchar) self->chunk[self->pos] >= 0x20)
        self->pos++;
      g_string_append_len (self->text, self->chunk + run, (gssize) (self->pos - run));
      c = peek (self, error);
      if (c < 0)
        return error && *error ? FALSE : fail (self, _("a string does not end"), error);
      self->pos++;
      if (c == '"')
        break;
      if (c < 0x20)
        return fail (self, _("a control character in a string"), error);
      if (c == '\\' && !read_escape (self, error))
        return FALSE;
      if (c != '\\')
        g_string_append_c (self->text, (char) c);
    }
  if (!is_utf8 (self->text->str, self->text->len))
    return fail (self, _("a string is not UTF-8"), error);
  return TRUE;
}

static gboolean
is_number_char (int c)
{
  return g_ascii_isdigit (c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
number_is_valid (const char *p,
                 gboolean   *integer)
{
  *integer = TRUE;
  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (g_ascii_isdigit (*p))
    while (g_ascii_isdigit (*p))
      p++;
  else
    return FALSE;
  if (*p == '.')
    {
      *integer = FALSE;
      if (!g_ascii_isdigit (*++p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      *integer = FALSE;
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0';
}

/* An integer too large for 64 bits is read as a double. */
static gboolean
read_number (ChrJsonReader  *self,
             ChrJsonToken   *token,
             GError        **error)
{
  char text[64];
  gsize n = 0;
  gboolean integer;
  int c;

  while (is_number_char (c = peek (self, error)))
    {
      if (n == sizeof text - 1)
        return fail (self, _("a number is too long"), error);
      text[n++] = (char) c;
      self->pos++;
    }
  text[n] = '\0';
  if (!number_is_valid (text, &integer))
    return fail (self, _("a malformed number"), error);
  errno = 0;
  if (integer)
    self->int_value = g_ascii_strtoll (text, NULL, 10);
  if (integer && errno == 0)
    {
      *token = CHR_JSON_TOKEN_INT;
      return TRUE;
    }
  self->double_value = g_ascii_strtod (text, NULL);
  *token = CHR_JSON_TOKEN_DOUBLE;
  return TRUE;
}

static gboolean
read_literal (ChrJsonReader  *self,
              const char     *word,
              GError        **error)
{
  for (const char *p = word; *p; p++)
    {
      if (peek (self, error) != *p)
        return fail (self, _("an unexpected character"), error);
      self->pos++;
    }
  return TRUE;
}

static void
end_value (ChrJsonReader *self)
{
  self->state = self->open->len > 0 ? STATE_AFTER_VALUE : STATE_DONE;
}

static void
open_container (ChrJsonReader *self,
                guint8         bracket)
{
  g_byte_array_append (self->open, &bracket, 1);
  self->state = bracket == '{' ? STATE_OBJECT_START : STATE_ARRAY_START;
  self->pos++;
}

static gboolean
read_value (ChrJsonReader  *self,
            int             c,
            ChrJsonToken   *token,
            GError        **error)
{
  switch (c)
    {
    case '{':
      open_container (self, '{');
      *token = CHR_JSON_TOKEN_BEGIN_OBJECT;
      return TRUE;
    case '[':
      open_container (self, '[');
      *token = CHR_JSON_TOKEN_BEGIN_ARRAY;
      return TRUE;
    case '"':
      self->pos++;
      *token = CHR_JSON_TOKEN_STRING;
      end_value (self);
      return read_string (self, error);
    case 't':
    case 'f':
      *token = CHR_JSON_TOKEN_BOOLEAN;
      self->boolean_value = c == 't';
      end_value (self);
      return read_literal (self, c == 't' ? "true" : "false", error);
    case 'n':
      *token = CHR_JSON_TOKEN_NULL;
      end_value (self);
      return read_literal (self, "null", error);
    default:
      if (c != '-' && !g_ascii_isdigit (c))
        return fail (self, c < 0 ? _("the document ends too soon") : _("an unexpected character"), error);
      end_value (self);
      return read_number (self, token, error);
    }
}

static gboolean
read_member (ChrJsonReader  *self,
             int             c,
             ChrJsonToken   *token,
             GError        **error)
{
  if (c != '"')
    return fail (self, _("a member name was expected"), error);
  self->pos++;
  if (!read_string (self, error))
    return FALSE;
  if (skip_space (self, error) != ':')
    return fail (self, _("a ':' was expected"), error);
  self->pos++;
  self->state = STATE_VALUE;
  *token = CHR_JSON_TOKEN_MEMBER;
  return TRUE;
}

static gboolean
close_container (ChrJsonReader  *self,
                 int             c,
                 ChrJsonToken   *token,
                 GError        **error)
{
  guint8 open = self->open->data[self->open->len - 1];

  if ((open == '{' && c != '}') || (open == '[' && c != ']'))
    return fail (self, _("an unexpected character"), error);
  self->pos++;
  g_byte_array_set_size (self->open, self->open->len - 1);
  end_value (self);
  *token = open == '{' ? CHR_JSON_TOKEN_END_OBJECT : CHR_JSON_TOKEN_END_ARRAY;
  return TRUE;
}

/* After a value in a container: ',' and the next one, or the container's end. */
static gboolean
read_after_value (ChrJsonReader  *self,
                  int             c,
                  ChrJsonToken   *token,
                  GError        **error)
{
  if (c != ',')
    return close_container (self, c, token, error);
  self->pos++;
  c = skip_space (self, error);
  if (self->open->data[self->open->len - 1] == '{')
    return read_member (self, c, token, error);
  return read_value (self, c, token, error);
}

/**
 * chr_json_reader_new:
 * @stream: what to read; buffering it is not needed
 * @cancellable: (nullable): stops the reads
 *
 * Returns: (transfer full): a reader of the one document @stream holds
 */
ChrJsonReader *
chr_json_reader_new (GInputStream *stream,
                     GCancellable *cancellable)
{
  ChrJsonReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  self = g_new0 (ChrJsonReader, 1);
  self->stream = g_object_ref (stream);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  self->chunk = g_malloc (CHUNK_SIZE);
  self->open = g_byte_array_new ();
  self->text = g_string_new (NULL);
  self->state = STATE_VALUE;
  return self;
}

void
chr_json_reader_free (ChrJsonReader *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);
  g_free (self->chunk);
  g_byte_array_unref (self->open);
  g_string_free (self->text, TRUE);
  g_free (self);
}

/**
 * chr_json_reader_next:
 * @self: a #ChrJsonReader
 * @token: (out): what comes next
 * @error: return location for a #GError
 *
 * Reads the next token; %CHR_JSON_TOKEN_END once the document is whole.
 *
 * Returns: %FALSE at an error of reading or of JSON (%G_IO_ERROR_INVALID_DATA)
 */
gboolean
chr_json_reader_next (ChrJsonReader  *self,
                      ChrJsonToken   *token,
                      GError        **error)
{
  GError *local_error = NULL;
  int c;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (token != NULL, FALSE);

  c = skip_space (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  switch (self->state)
    {
    case STATE_VALUE:
      return read_value (self, c, token, error);
    case STATE_OBJECT_START:
      if (c == '}')
        return close_container (self, c, token, error);
      return read_member (self, c, token, error);
    case STATE_ARRAY_START:
      if (c == ']')
        return close_container (self, c, token, error);
      return read_value (self, c, token, error);
    case STATE_AFTER_VALUE:
      return read_after_value (self, c, token, error);
    case STATE_DONE:
    default:
      if (c >= 0)
        return fail (self, _("there is more after the document"), error);
      *token = CHR_JSON_TOKEN_END;
      return TRUE;
    }
}

/**
 * chr_json_reader_skip:
 * @self: a #ChrJsonReader
 * @token: the token just read
 * @error: return location for a #GError
 *
 * Reads past the rest of the value @token begins: the whole of an object
 * or array, nothing for a value that is one token.
 */
gboolean
chr_json_reader_skip (ChrJsonReader  *self,
                      ChrJsonToken    token,
                      GError        **error)
{
  guint depth;

  g_return_val_if_fail (self != NULL, FALSE);

  if (token != CHR_JSON_TOKEN_BEGIN_OBJECT && token != CHR_JSON_TOKEN_BEGIN_ARRAY)
    return TRUE;
  depth = self->open->len;
  while (self->open->len >= depth)
    if (!chr_json_reader_next (self, &token, error))
      return FALSE;
  return TRUE;
}

/* The text of the last %CHR_JSON_TOKEN_STRING or %CHR_JSON_TOKEN_MEMBER,
 * valid until the next token; it may hold nuls, hence @length. */
const char *
chr_json_reader_get_string (ChrJsonReader *self,
                            gsize         *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->text->len;
  return self->text->str;
}

gint64
chr_json_reader_get_int (ChrJsonReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->int_value;
}

double
chr_json_reader_get_double (ChrJsonReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->double_value;
}

gboolean
chr_json_reader_get_boolean (ChrJsonReader *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->boolean_value;
}
