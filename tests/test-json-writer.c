/* test-json-writer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-json-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "chr-json-writer.h"

/* How strings are written (RFC 8259), and documents a piece at a time. */

static const struct
{
  const char *name;
  const char *text;
  gssize      length;              /* -1: up to the nul */
  const char *expected;
} string_cases[] = {
  { "plain", "Crimea 2014", -1, "\"Crimea 2014\"" },
  { "empty", "", -1, "\"\"" },
  { "quote", "say \"no\"", -1, "\"say \\\"no\\\"\"" },
  { "backslash", "C:\\dir\\", -1, "\"C:\\\\dir\\\\\"" },
  { "slash", "a/b", -1, "\"a/b\"" },
  { "short-escapes", "\b\f\n\r\t", -1, "\"\\b\\f\\n\\r\\t\"" },
  { "control", "\x01-\x0b-\x1f", -1, "\"\\u0001-\\u000b-\\u001f\"" },
  { "nul", "a\0b", 3, "\"a\\u0000b\"" },
  { "delete", "\x7f", -1, "\"\x7f\"" },
  { "length", "abcdef", 3, "\"abc\"" },
  { "two-bytes", "Ukraineʼs é", -1, "\"Ukraineʼs é\"" },
  { "three-bytes", "€ \xe2\x80\xa8", -1, "\"€ \xe2\x80\xa8\"" },
  { "four-bytes", "𝄞", -1, "\"𝄞\"" },
  { "invalid-byte", "a\xff" "b", -1, "\"a\xef\xbf\xbd" "b\"" },
  { "cut-sequence", "a\xe2\x82", -1, "\"a\xef\xbf\xbd\xef\xbf\xbd\"" },
  { "overlong", "\xc0\xaf", -1, "\"\xef\xbf\xbd\xef\xbf\xbd\"" },
  { "surrogate", "\xed\xa0\x80", -1, "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"" },
};

static void
test_strings (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (string_cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      g_test_message ("%s", string_cases[i].name);
      chr_json_append_string (out, string_cases[i].text, string_cases[i].length);
      g_assert_cmpstr (out->str, ==, string_cases[i].expected);
    }
}

/* Every byte from 1 to 127 and back through json-glib's parser. */
static void
test_strings_parse (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  for (int c = 1; c < 128; c++)
    g_string_append_c (text, (char) c);
  g_string_append (text, "ʼ€𝄞");
  chr_json_append_string (out, text->str, -1);
  json_parser_load_from_data (parser, out->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_node_get_string (json_parser_get_root (parser)), ==, text->str);
}

typedef struct
{
  GOutputStream *stream;
  ChrJsonWriter *writer;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->stream = g_memory_output_stream_new_resizable ();
  f->writer = chr_json_writer_new (f->stream, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->writer, chr_json_writer_free);
  g_clear_object (&f->stream);
}

/* What was written, once the writer is finished. */
static char *
finish (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (f->stream);

  g_assert_true (chr_json_writer_finish (f->writer, &error));
  g_assert_no_error (error);
  return g_strndup (g_memory_output_stream_get_data (memory), g_memory_output_stream_get_data_size (memory));
}

static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *text = NULL;

  chr_json_writer_begin_object (f->writer);
  chr_json_writer_member (f->writer, "ints");
  chr_json_writer_begin_array (f->writer);
  chr_json_writer_int (f->writer, 0);
  chr_json_writer_int (f->writer, -42);
  chr_json_writer_int (f->writer, G_MININT64);
  chr_json_writer_int (f->writer, G_MAXINT64);
  chr_json_writer_end_array (f->writer);
  chr_json_writer_member (f->writer, "doubles");
  chr_json_writer_begin_array (f->writer);
  chr_json_writer_double (f->writer, 1);
  chr_json_writer_double (f->writer, 2.5);
  chr_json_writer_double (f->writer, -1e300);
  chr_json_writer_double (f->writer, INFINITY);
  chr_json_writer_end_array (f->writer);
  chr_json_writer_member (f->writer, "empty");
  chr_json_writer_begin_object (f->writer);
  chr_json_writer_end_object (f->writer);
  chr_json_writer_member (f->writer, "none");
  chr_json_writer_begin_array (f->writer);
  chr_json_writer_end_array (f->writer);
  chr_json_writer_member (f->writer, "k\"ey");
  chr_json_writer_string (f->writer, NULL, -1);
  chr_json_writer_member (f->writer, "flags");
  chr_json_writer_begin_array (f->writer);
  chr_json_writer_boolean (f->writer, TRUE);
  chr_json_writer_boolean (f->writer, FALSE);
  chr_json_writer_null (f->writer);
  chr_json_writer_end_array (f->writer);
  chr_json_writer_end_object (f->writer);

  text = finish (f);
  g_assert_cmpstr (text, ==,
                   "{\"ints\":[0,-42,-9223372036854775808,9223372036854775807],"
                   "\"doubles\":[1.0,2.5,-1.0000000000000001e+300,null],"
                   "\"empty\":{},\"none\":[],\"k\\\"ey\":null,\"flags\":[true,false,null]}");
}

/* A tree comes out as json-glib writes it, members in order. */
static void
test_node (Fixture       *f,
           gconstpointer  data)
{
  const char *json = "{\"title\":\"Talks, \\\"final\\\"\",\"importance\":0.10000000000000001,"
                     "\"n\":3,\"tags\":[\"a\",\"b\"],\"sources\":[{\"z\":null,\"a\":true}],\"o\":{}}";
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = json_to_string (node, FALSE);

  chr_json_writer_node (f->writer, node);
  text = finish (f);
  g_assert_cmpstr (text, ==, json);
  g_assert_cmpstr (text, ==, expected);
}

/* Pretty, byte for byte as json-glib's pretty generator: nested containers
 * a level further in, empty ones on one line, an empty object with its
 * level's indentation inside. */
static void
test_pretty (Fixture       *f,
             gconstpointer  data)
{
  const char *json = "{\"title\":\"Talks\",\"n\":3,\"tags\":[\"a\",[]],"
                     "\"sources\":[{\"z\":null,\"a\":{\"b\":[1,{}]}}],\"o\":{}}";
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = json_to_string (node, TRUE);

  chr_json_writer_set_pretty (f->writer, TRUE);
  chr_json_writer_node (f->writer, node);
  text = finish (f);
  g_assert_cmpstr (text, ==, expected);
}

/* Larger than the buffer: written through in pieces, whole. */
static void
test_long (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = NULL;

  chr_json_writer_begin_array (f->writer);
  for (guint i = 0; i < 100000; i++)
    chr_json_writer_int (f->writer, i);
  chr_json_writer_end_array (f->writer);
  text = finish (f);
  node = json_from_string (text, NULL);
  g_assert_nonnull (node);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 100000);
  g_assert_cmpint (json_array_get_int_element (json_node_get_array (node), 99999), ==, 99999);
}

/* The first error is kept, and later writes do nothing. */
static void
test_error (void)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(ChrJsonWriter) writer = chr_json_writer_new (stream, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  chr_json_writer_begin_array (writer);
  for (guint i = 0; i < 100000; i++)
    chr_json_writer_string (writer, "row", -1);
  g_assert_false (chr_json_writer_ok (writer));
  chr_json_writer_end_array (writer);
  g_assert_false (chr_json_writer_finish (writer, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/json-writer/strings", test_strings);
  g_test_add_func ("/model/json-writer/strings-parse", test_strings_parse);
  g_test_add ("/model/json-writer/document", Fixture, NULL, fixture_set_up, test_document, fixture_tear_down);
  g_test_add ("/model/json-writer/node", Fixture, NULL, fixture_set_up, test_node, fixture_tear_down);
  g_test_add ("/model/json-writer/pretty", Fixture, NULL, fixture_set_up, test_pretty, fixture_tear_down);
  g_test_add ("/model/json-writer/long", Fixture, NULL, fixture_set_up, test_long, fixture_tear_down);
  g_test_add_func ("/model/json-writer/error", test_error);
  return g_test_run ();
}
