/* chr-json-writer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-json-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "chr-json-writer.h"

/* Writes one JSON document to a stream piece by piece, so that a document
 * of any size is never held whole: json-glib only writes a tree it has
 * built. Compact, as json-glib writes it ("name":value, no spaces), or
 * pretty as json-glib writes that (each value on its own line, indented
 * by two spaces a level, "name" : value, an empty array [] and an empty
 * object with the indentation of its level inside).
 *
 * Write errors are kept: the first one stops all writing after it, and
 * chr_json_writer_finish() reports it. A caller writes on regardless and
 * may ask chr_json_writer_ok() to stop a long loop early. */

/* What the buffer collects before it goes to the stream. */
#define FLUSH_SIZE (64 * 1024)

/* Spaces a level, when pretty: json-glib's default. */
#define INDENT 2

struct _ChrJsonWriter
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GString       *buffer;
  GByteArray    *empty;            /* for each open object or array: nothing in it yet */
  gboolean       after_member;     /* a member's name was written: its value needs no comma */
  gboolean       pretty;
  GError        *error;            /* the first write that failed */
};

/* How each ASCII byte is written in a string: 0 as it is, 'u' as \u00XX,
 * any other as a backslash and that letter. */
static const char escapes[128] = {
  ['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't',
  [0x00] = 'u', [0x01] = 'u', [0x02] = 'u', [0x03] = 'u', [0x04] = 'u', [0x05] = 'u', [0x06] = 'u',
  [0x07] = 'u', [0x0b] = 'u', [0x0e] = 'u', [0x0f] = 'u', [0x10] = 'u', [0x11] = 'u', [0x12] = 'u',
  [0x13] = 'u', [0x14] = 'u', [0x15] = 'u', [0x16] = 'u', [0x17] = 'u', [0x18] = 'u', [0x19] = 'u',
  [0x1a] = 'u', [0x1b] = 'u', [0x1c] = 'u', [0x1d] = 'u', [0x1e] = 'u', [0x1f] = 'u',
  ['"'] = '"', ['\\'] = '\\',
};

static void
append_escape (GString *out,
               guchar   c)
{
  static const char hex[] = "0123456789abcdef";

  g_string_append_c (out, '\\');
  g_string_append_c (out, escapes[c]);
  if (escapes[c] == 'u')
    {
      g_string_append (out, "00");
      g_string_append_c (out, hex[c >> 4]);
      g_string_append_c (out, hex[c & 0xf]);
    }
}

/* The length of the valid UTF-8 sequence at @p, or 0 for one that is not. */
static gsize
utf8_length (const char *p,
             const char *end)
{
  gunichar c = g_utf8_get_char_validated (p, end - p);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    return 0;
  return (gsize) g_utf8_skip[*(const guchar *) p];
}

/**
 * chr_json_append_string:
 * @out: where to append
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 when it ends with a nul
 *
 * Appends @text as a JSON string (RFC 8259): in quotes, with the quote,
 * the backslash and the control characters escaped. Valid UTF-8 is copied
 * as it is; a byte that is not is written as U+FFFD, so that the document
 * stays JSON whatever a column holds.
 */
void
chr_json_append_string (GString    *out,
                        const char *text,
                        gssize      length)
{
  const char *end;
  const char *p;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL || length == 0);

  end = text + (length < 0 ? strlen (text) : (gsize) length);
  g_string_append_c (out, '"');
  for (p = text; p < end;)
    {
      const char *run = p;
      gsize n;

      while (p < end && (guchar) *p < 0x80 && escapes[(guchar) *p] == 0)
        p++;
      g_string_append_len (out, run, p - run);
      if (p == end)
        break;
      if ((guchar) *p < 0x80)
        append_escape (out, (guchar) *p++);
      else if ((n = utf8_length (p, end)) > 0)
        {
          g_string_append_len (out, p, (gssize) n);
          p += n;
        }
      else
        {
          g_string_append (out, "\xef\xbf\xbd");
          p++;
        }
    }
  g_string_append_c (out, '"');
}

static void
flush (ChrJsonWriter *self)
{
  if (self->error == NULL)
    g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len, NULL,
                               self->cancellable, &self->error);
  g_string_truncate (self->buffer, 0);
}

static void
indent (ChrJsonWriter *self,
        guint          depth)
{
  for (guint i = 0; i < depth * INDENT; i++)
    g_string_append_c (self->buffer, ' ');
}

/* When pretty: what comes next starts a line, indented @depth levels. */
static void
new_line (ChrJsonWriter *self,
          guint          depth)
{
  if (!self->pretty)
    return;
  g_string_append_c (self->buffer, '\n');
  indent (self, depth);
}

/* Before any value or member name: the comma that separates it from the one before. */
static void
separate (ChrJsonWriter *self)
{
  guint depth = self->empty->len;

  if (self->after_member)
    {
      self->after_member = FALSE;
      return;
    }
  if (depth == 0)
    return;
  if (!self->empty->data[depth - 1])
    g_string_append_c (self->buffer, ',');
  self->empty->data[depth - 1] = FALSE;
  new_line (self, depth);
}

/* After a value: hands a full buffer to the stream. */
static void
wrote (ChrJsonWriter *self)
{
  if (self->buffer->len >= FLUSH_SIZE)
    flush (self);
}

/**
 * chr_json_writer_new:
 * @stream: where to write; buffering it is not needed
 * @cancellable: (nullable): stops the writes
 *
 * Returns: (transfer full): a writer of one document
 */
ChrJsonWriter *
chr_json_writer_new (GOutputStream *stream,
                     GCancellable  *cancellable)
{
  ChrJsonWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self = g_new0 (ChrJsonWriter, 1);
  self->stream = g_object_ref (stream);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  self->buffer = g_string_sized_new (FLUSH_SIZE + 4096);
  self->empty = g_byte_array_new ();
  return self;
}

void
chr_json_writer_free (ChrJsonWriter *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);
  g_string_free (self->buffer, TRUE);
  g_byte_array_unref (self->empty);
  g_clear_error (&self->error);
  g_free (self);
}

/**
 * chr_json_writer_finish:
 * @self: a #ChrJsonWriter whose document is complete
 * @error: return location for a #GError
 *
 * Writes what is left in the buffer.
 *
 * Returns: %FALSE with the first error that a write met
 */
gboolean
chr_json_writer_finish (ChrJsonWriter  *self,
                        GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->empty->len == 0, FALSE);

  flush (self);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  return TRUE;
}

/**
 * chr_json_writer_set_pretty:
 * @self: a #ChrJsonWriter that has written nothing yet
 * @pretty: whether to write as json_generator_set_pretty() does
 *
 * Makes the document readable by people, at some cost in size.
 */
void
chr_json_writer_set_pretty (ChrJsonWriter *self,
                            gboolean       pretty)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->buffer->len == 0 && self->empty->len == 0);

  self->pretty = !!pretty;
}

/* Whether every write so far went through. */
gboolean
chr_json_writer_ok (ChrJsonWriter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->error == NULL;
}

static void
open_container (ChrJsonWriter *self,
                char           bracket)
{
  const guint8 empty = TRUE;

  separate (self);
  g_string_append_c (self->buffer, bracket);
  g_byte_array_append (self->empty, &empty, 1);
}

static void
close_container (ChrJsonWriter *self,
                 char           bracket)
{
  guint depth = self->empty->len;

  g_assert (depth > 0);
  g_assert (!self->after_member);

  if (!self->empty->data[depth - 1])
    new_line (self, depth - 1);
  else if (self->pretty && bracket == '}')
    indent (self, depth - 1);      /* json-glib's empty object, "{  }" a level in */
  g_byte_array_set_size (self->empty, depth - 1);
  g_string_append_c (self->buffer, bracket);
  wrote (self);
}

void
chr_json_writer_begin_object (ChrJsonWriter *self)
{
  open_container (self, '{');
}

void
chr_json_writer_end_object (ChrJsonWriter *self)
{
  close_container (self, '}');
}

void
chr_json_writer_begin_array (ChrJsonWriter *self)
{
  open_container (self, '[');
}

void
chr_json_writer_end_array (ChrJsonWriter *self)
{
  close_container (self, ']');
}

/* The name of the member whose value comes next. */
void
chr_json_writer_member (ChrJsonWriter *self,
                        const char    *name)
{
  separate (self);
  chr_json_append_string (self->buffer, name, -1);
  g_string_append (self->buffer, self->pretty ? " : " : ":");
  self->after_member = TRUE;
}

/* @text may be %NULL: a null. */
void
chr_json_writer_string (ChrJsonWriter *self,
                        const char    *text,
                        gssize         length)
{
  if (text == NULL)
    {
      chr_json_writer_null (self);
      return;
    }
  separate (self);
  chr_json_append_string (self->buffer, text, length);
  wrote (self);
}

void
chr_json_writer_int (ChrJsonWriter *self,
                     gint64         value)
{
  char digits[24];
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  guint i = sizeof digits;

  do
    digits[--i] = (char) ('0' + magnitude % 10);
  while ((magnitude /= 10) > 0);
  if (value < 0)
    digits[--i] = '-';
  separate (self);
  g_string_append_len (self->buffer, digits + i, (gssize) (sizeof digits - i));
  wrote (self);
}

/* As json-glib writes a double: every digit that tells it apart, and a
 * ".0" on a whole number so that it reads back as a double. JSON has no
 * infinity and no NaN: those are null. */
void
chr_json_writer_double (ChrJsonWriter *self,
                        double         value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      chr_json_writer_null (self);
      return;
    }
  g_ascii_formatd (text, sizeof text, "%.17g", value);
  separate (self);
  g_string_append (self->buffer, text);
  if (strpbrk (text, ".e") == NULL)
    g_string_append (self->buffer, ".0");
  wrote (self);
}

void
chr_json_writer_boolean (ChrJsonWriter *self,
                         gboolean       value)
{
  separate (self);
  g_string_append (self->buffer, value ? "true" : "false");
  wrote (self);
}

void
chr_json_writer_null (ChrJsonWriter *self)
{
  separate (self);
  g_string_append (self->buffer, "null");
  wrote (self);
}

static void
write_value (ChrJsonWriter *self,
             JsonNode      *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64)
    chr_json_writer_int (self, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    chr_json_writer_double (self, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    chr_json_writer_boolean (self, json_node_get_boolean (node));
  else
    chr_json_writer_string (self, json_node_get_string (node), -1);
}

static void
write_object (ChrJsonWriter *self,
              JsonObject    *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  chr_json_writer_begin_object (self);
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      chr_json_writer_member (self, name);
      chr_json_writer_node (self, member);
    }
  chr_json_writer_end_object (self);
}

/**
 * chr_json_writer_node:
 * @self: a #ChrJsonWriter
 * @node: a tree, small enough to be built whole (one row, one event)
 *
 * Writes @node as json-glib would, its members in the order they were added.
 */
void
chr_json_writer_node (ChrJsonWriter *self,
                      JsonNode      *node)
{
  JsonArray *array;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (self, json_node_get_object (node));
      break;
    case JSON_NODE_ARRAY:
      array = json_node_get_array (node);
      chr_json_writer_begin_array (self);
      for (guint i = 0; i < json_array_get_length (array); i++)
        chr_json_writer_node (self, json_array_get_element (array, i));
      chr_json_writer_end_array (self);
      break;
    case JSON_NODE_VALUE:
      write_value (self, node);
      break;
    case JSON_NODE_NULL:
    default:
      chr_json_writer_null (self);
      break;
    }
}
