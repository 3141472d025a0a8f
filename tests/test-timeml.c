/* test-timeml.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-timeml"

#include "config.h"

#include <string.h>

#include "chr-timeml.h"
#include "chr-timex.h"

static const char document_text[] =
  "<?xml version=\"1.0\" ?>\n"
  "<TimeML>\n"
  "<DOCID>TEST0001</DOCID>\n"
  "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08T12:30:00\" functionInDocument=\"CREATION_TIME\">"
  "19980108</TIMEX3></DCT>\n"
  "<TEXT>\n"
  "AT&amp;T <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> on <TIMEX3 tid=\"t9\" type=\"DATE\" "
  "value=\"1998-01-07\">Wednesday</TIMEX3> that sales rose &#8220;sharply&#x201D;\n"
  "in February 1997.\n"
  "</TEXT>\n"
  "</TimeML>\n";

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrTimemlDocument) document = chr_timeml_document_parse (document_text, strlen (document_text), &error);

  g_assert_no_error (error);
  /* A timestamp anchors on its day. */
  g_assert_cmpstr (document->dct, ==, "1998-01-08");
  /* Tags go, characters stay as written. */
  g_assert_cmpstr (document->raw, ==,
                   "\nAT&amp;T said on Wednesday that sales rose &#8220;sharply&#x201D;\nin February 1997.\n");
  /* The engine reads entities decoded and a line break inside a paragraph as a space. */
  g_assert_cmpstr (document->plain, ==, " AT&T said on Wednesday that sales rose “sharply” in February 1997. ");
  g_assert_cmpuint (document->plain_to_raw[strlen (" AT&T")], ==, strlen ("\nAT&amp;T"));
  g_assert_cmpuint (document->plain_to_raw[document->plain_length], ==, document->raw_length);
}

static char *
strip_tags (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '<' && strchr (p, '>'))
        {
          p = strchr (p, '>');
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_annotate (void)
{
  g_autoptr(ChrTimemlDocument) document = chr_timeml_document_parse (document_text, strlen (document_text), NULL);
  g_autoptr(GArray) found = NULL;
  g_autofree char *annotated = NULL;
  g_autofree char *text_in = NULL;
  g_autofree char *text_out = NULL;
  ChrInterval dct;
  gsize length;
  const char *body;

  g_assert_true (chr_timex_value_to_interval (document->dct, &dct));
  found = chr_timex_scan (document->plain, document->plain_length, &dct);
  annotated = chr_timeml_document_annotate (document, found, &length);
  g_assert_cmpuint (length, ==, strlen (annotated));

  /* Outside <TEXT> nothing changes, the DCT included. */
  g_assert_true (g_str_has_prefix (annotated, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>TEST0001</DOCID>\n<DCT>"));
  g_assert_true (g_str_has_suffix (annotated, "</TEXT>\n</TimeML>\n"));

  /* Inside, only our own TIMEX3 tags, and the same characters. */
  body = strstr (annotated, "<TEXT>");
  g_assert_null (strstr (body, "<EVENT"));
  g_assert_null (strstr (body, "tid=\"t9\""));
  g_assert_nonnull (strstr (body, "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3>"));
  g_assert_nonnull (strstr (body, "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997-02\">February 1997</TIMEX3>"));
  text_in = strip_tags (strstr (document_text, "<TEXT>"));
  text_out = strip_tags (body);
  g_assert_cmpstr (text_out, ==, text_in);
}

static void
test_mod_attribute (void)
{
  static const char doc[] = "<TimeML><TEXT>It lasted nearly four years.</TEXT></TimeML>";
  g_autoptr(ChrTimemlDocument) document = chr_timeml_document_parse (doc, strlen (doc), NULL);
  g_autoptr(GArray) timexes = g_array_new (FALSE, TRUE, sizeof (ChrTimex));
  g_autofree char *annotated = NULL;
  ChrTimex timex = { 0 };

  timex.start = strlen ("It lasted ");
  timex.end = strlen ("It lasted nearly four years");
  timex.type = CHR_TIMEX_DURATION;
  timex.mod = CHR_TIMEX_MOD_APPROX;
  g_strlcpy (timex.value, "P4Y", sizeof timex.value);
  g_array_append_val (timexes, timex);

  annotated = chr_timeml_document_annotate (document, timexes, NULL);
  g_assert_cmpstr (annotated, ==,
                   "<TimeML><TEXT>It lasted <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P4Y\" mod=\"APPROX\">"
                   "nearly four years</TIMEX3>.</TEXT></TimeML>");
}

static void
test_not_timeml (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrTimemlDocument) document = chr_timeml_document_parse ("<html>hi</html>", 15, &error);

  g_assert_null (document);
  g_assert_error (error, CHR_TIMEML_ERROR, CHR_TIMEML_ERROR_NO_TEXT);
}

static void
test_malformed (void)
{
  /* A tag that never closes, a bogus entity, invalid UTF-8 and a NUL: read, and written back unchanged. */
  static const char doc[] = "<TEXT>On Monday &bogus; \xff\xfe in 1999 <b unclosed 2001</TEXT>";
  g_autoptr(ChrTimemlDocument) document = chr_timeml_document_parse (doc, sizeof doc - 1, NULL);
  g_autoptr(GArray) found = NULL;
  g_autofree char *annotated = NULL;

  g_assert_nonnull (document);
  g_assert_null (document->dct);
  found = chr_timex_scan (document->plain, document->plain_length, NULL);
  annotated = chr_timeml_document_annotate (document, found, NULL);
  /* Nothing is tagged after the unclosed '<', where XML sees no text. */
  g_assert_null (strstr (annotated, ">2001<"));
  g_assert_nonnull (strstr (annotated, ">1999</TIMEX3>"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/timeml/parse", test_parse);
  g_test_add_func ("/model/timeml/annotate", test_annotate);
  g_test_add_func ("/model/timeml/mod-attribute", test_mod_attribute);
  g_test_add_func ("/model/timeml/not-timeml", test_not_timeml);
  g_test_add_func ("/model/timeml/malformed", test_malformed);

  return g_test_run ();
}
