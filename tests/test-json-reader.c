/* test-json-reader.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-json-reader"

#include "config.h"

#include <string.h>

#include "chr-json-reader.h"
#include "chr-json-writer.h"

/* Reading JSON a token at a time: what each document gives, and which are refused. */

static ChrJsonReader *
reader_for (const char *text,
            gssize      length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_memdup2 (text, n), (gssize) n, g_free);

  return chr_json_reader_new (stream, NULL);
}

/* The tokens of a document, one word each: "{ m:a s:x i:1 d:2.5 b:1 n } end". */
static char *
describe (ChrJsonReader  *reader,
          GError        **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  ChrJsonToken token;

  do
    {
      if (!chr_json_reader_next (reader, &token, error))
        return NULL;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      switch (token)
        {
        case CHR_JSON_TOKEN_BEGIN_OBJECT: g_string_append (out, "{"); break;
        case CHR_JSON_TOKEN_END_OBJECT: g_string_append (out, "}"); break;
        case CHR_JSON_TOKEN_BEGIN_ARRAY: g_string_append (out, "["); break;
        case CHR_JSON_TOKEN_END_ARRAY: g_string_append (out, "]"); break;
        case CHR_JSON_TOKEN_MEMBER:
          g_string_append_printf (out, "m:%s", chr_json_reader_get_string (reader, NULL));
          break;
        case CHR_JSON_TOKEN_STRING:
          g_string_append_printf (out, "s:%s", chr_json_reader_get_string (reader, NULL));
          break;
        case CHR_JSON_TOKEN_INT:
          g_string_append_printf (out, "i:%" G_GINT64_FORMAT, chr_json_reader_get_int (reader));
          break;
        case CHR_JSON_TOKEN_DOUBLE:
          g_string_append_printf (out, "d:%g", chr_json_reader_get_double (reader));
          break;
        case CHR_JSON_TOKEN_BOOLEAN:
          g_string_append_printf (out, "b:%d", chr_json_reader_get_boolean (reader));
          break;
        case CHR_JSON_TOKEN_NULL: g_string_append (out, "n"); break;
        case CHR_JSON_TOKEN_END:
        default:
          g_string_append (out, "end");
          break;
        }
    }
  while (token != CHR_JSON_TOKEN_END);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const struct
{
  const char *json;
  const char *expected;
} valid_cases[] = {
  { "{}", "{ } end" },
  { " [ ] \n", "[ ] end" },
  { "{\"a\":\"x\",\"b\" : [1, -2, 2.5, -1e3, 0, true, false, null], \"c\":{}}",
    "{ m:a s:x m:b [ i:1 i:-2 d:2.5 d:-1000 i:0 b:1 b:0 n ] m:c { } } end" },
  { "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "s:\"\\/\b\f\n\r\t end" },
  { "\"\\u00e9\\u20AC \\ud834\\udd1e é\"", "s:é€ 𝄞 é end" },
  { "9223372036854775807", "i:9223372036854775807 end" },
  { "-9223372036854775808", "i:-9223372036854775808 end" },
  { "9223372036854775808", "d:9.22337e+18 end" },
  { "[[[]],[{}]]", "[ [ [ ] ] [ { } ] ] end" },
};

static void
test_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      g_autoptr(ChrJsonReader) reader = reader_for (valid_cases[i].json, -1);
      g_autoptr(GError) error = NULL;
      g_autofree char *tokens = describe (reader, &error);
      g_autofree char *shown = g_strescape (valid_cases[i].json, NULL);

      g_test_message ("%s", shown);
      g_assert_no_error (error);
      g_assert_cmpstr (tokens, ==, valid_cases[i].expected);
    }
}

static const char * const invalid_cases[] = {
  "",
  "   ",
  "{",
  "[1,]",
  "[1 2]",
  "{\"a\" 1}",
  "{\"a\":1,}",
  "{1:2}",
  "[1}",
  "{\"a\":1]",
  "\"open",
  "\"tab\there\"",
  "\"\\x\"",
  "\"\\u12\"",
  "\"\\ud834\"",
  "\"\\udd1e\"",
  "\"\xff\"",
  "01",
  "1.",
  "-",
  "+1",
  ".5",
  "1e",
  "tru",
  "nul",
  "[] []",
  "{} x",
  "'a'",
};

static void
test_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autoptr(ChrJsonReader) reader = reader_for (invalid_cases[i], -1);
      g_autoptr(GError) error = NULL;
      g_autofree char *tokens = describe (reader, &error);
      g_autofree char *shown = g_strescape (invalid_cases[i], NULL);

      g_test_message ("%s", shown);
      g_assert_null (tokens);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_null (strchr (error->message, '\n'));
    }
}

/* A nul in a string comes back, with its length. */
static void
test_nul (void)
{
  g_autoptr(ChrJsonReader) reader = reader_for ("\"a\\u0000b\"", -1);
  g_autoptr(GError) error = NULL;
  ChrJsonToken token;
  gsize length;

  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, CHR_JSON_TOKEN_STRING);
  g_assert_cmpmem (chr_json_reader_get_string (reader, &length), 3, "a\0b", 3);
  g_assert_cmpuint (length, ==, 3);
}

static void
test_skip (void)
{
  g_autoptr(ChrJsonReader) reader = reader_for ("{\"skip\":{\"a\":[1,{\"b\":[]}],\"c\":\"}\"},\"keep\":7}", -1);
  g_autoptr(GError) error = NULL;
  ChrJsonToken token;

  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_cmpstr (chr_json_reader_get_string (reader, NULL), ==, "skip");
  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_true (chr_json_reader_skip (reader, token, &error));
  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, CHR_JSON_TOKEN_MEMBER);
  g_assert_cmpstr (chr_json_reader_get_string (reader, NULL), ==, "keep");
  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_cmpint (chr_json_reader_get_int (reader), ==, 7);
  g_assert_true (chr_json_reader_skip (reader, token, &error));
  g_assert_no_error (error);
}

/* Many times the reader's chunk: every kind of token meets a chunk's end
 * somewhere, and what the writer wrote reads back the same. */
static void
test_long (void)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(ChrJsonWriter) writer = chr_json_writer_new (stream, NULL);
  g_autoptr(ChrJsonReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = "Ukraineʼs \"talks\"\n\t\x01 𝄞 \\";
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);
  ChrJsonToken token;
  guint n = 30000;

  chr_json_writer_begin_array (writer);
  for (guint i = 0; i < n; i++)
    {
      chr_json_writer_string (writer, text, -1);
      chr_json_writer_int (writer, -(gint64) i);
      chr_json_writer_double (writer, i + 0.25);
      chr_json_writer_boolean (writer, i % 2);
      chr_json_writer_null (writer);
    }
  chr_json_writer_end_array (writer);
  g_assert_true (chr_json_writer_finish (writer, &error));
  g_assert_cmpuint (g_memory_output_stream_get_data_size (memory), >, 10 * 64 * 1024);

  reader = reader_for (g_memory_output_stream_get_data (memory),
                       (gssize) g_memory_output_stream_get_data_size (memory));
  g_assert_true (chr_json_reader_next (reader, &token, &error));
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (chr_json_reader_next (reader, &token, &error));
      g_assert_cmpint (token, ==, CHR_JSON_TOKEN_STRING);
      g_assert_cmpstr (chr_json_reader_get_string (reader, NULL), ==, text);
      g_assert_true (chr_json_reader_next (reader, &token, &error));
      g_assert_cmpint (chr_json_reader_get_int (reader), ==, -(gint64) i);
      g_assert_true (chr_json_reader_next (reader, &token, &error));
      g_assert_cmpfloat (chr_json_reader_get_double (reader), ==, i + 0.25);
      g_assert_true (chr_json_reader_next (reader, &token, &error));
      g_assert_cmpint (chr_json_reader_get_boolean (reader), ==, i % 2);
      g_assert_true (chr_json_reader_next (reader, &token, &error));
      g_assert_cmpint (token, ==, CHR_JSON_TOKEN_NULL);
    }
  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, CHR_JSON_TOKEN_END_ARRAY);
  g_assert_true (chr_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, CHR_JSON_TOKEN_END);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/json-reader/valid", test_valid);
  g_test_add_func ("/model/json-reader/invalid", test_invalid);
  g_test_add_func ("/model/json-reader/nul", test_nul);
  g_test_add_func ("/model/json-reader/skip", test_skip);
  g_test_add_func ("/model/json-reader/long", test_long);
  return g_test_run ();
}
