/* test-json-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-json-export"

#include "config.h"

#include <string.h>

#include "chr-json-export.h"

static ChrEvent *
make_event (gint64      id,
            const char *title,
            const char *value,
            const char *excerpt,
            const char *phrase)
{
  ChrEvent *event = g_new0 (ChrEvent, 1);
  ChrSource *source = g_new0 (ChrSource, 1);
  const char *found = strstr (excerpt, phrase);

  g_assert_nonnull (found);
  event->id = id;
  event->title = g_strdup (title);
  event->value = g_strdup (value);
  event->importance = 1;
  g_assert_true (chr_timex_value_to_interval (value, &event->interval));
  event->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_source_free);

  source->article_id = 7;
  source->article_title = g_strdup ("Kyiv Post");
  source->excerpt = g_strdup (excerpt);
  source->highlight_start = (gsize) (found - excerpt);
  source->highlight_end = source->highlight_start + strlen (phrase);
  g_ptr_array_add (event->sources, source);
  return event;
}

static void
test_events (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_event_free);
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  JsonArray *array;
  JsonObject *event;
  JsonObject *source;
  JsonObject *highlight;

  /* "Ukraineʼs" has a two-byte apostrophe before the date: offsets are characters. */
  g_ptr_array_add (events, make_event (3, "Ukraineʼs talks", "2025-03",
                                       "Ukraineʼs talks began in March 2025.", "March 2025"));
  g_ptr_array_add (events, make_event (4, "Annexation", "2014", "It happened in 2014.", "2014"));

  node = chr_json_export_events (events);
  text = chr_json_export_to_string (node, FALSE);
  g_assert_nonnull (strstr (text, "\"date\":\"2025-03\""));

  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  event = json_array_get_object_element (array, 0);
  g_assert_cmpint (json_object_get_int_member (event, "id"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (event, "title"), ==, "Ukraineʼs talks");
  g_assert_cmpstr (json_object_get_string_member (event, "begin"), ==, "2025-03-01T00:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (event, "end"), ==, "2025-04-01T00:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (event, "granularity"), ==, "month");

  source = json_array_get_object_element (json_object_get_array_member (event, "sources"), 0);
  g_assert_cmpstr (json_object_get_string_member (source, "article"), ==, "Kyiv Post");
  g_assert_cmpint (json_object_get_int_member (source, "article_id"), ==, 7);
  highlight = json_object_get_object_member (source, "highlight");
  g_assert_cmpstr (json_object_get_string_member (highlight, "text"), ==, "March 2025");
  g_assert_cmpint (json_object_get_int_member (highlight, "start"), ==, 25);
  g_assert_cmpint (json_object_get_int_member (highlight, "end"), ==, 35);

  event = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (event, "date"), ==, "2014");
  g_assert_cmpstr (json_object_get_string_member (event, "end"), ==, "2015-01-01T00:00:00Z");
}

static void
test_articles (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_article_info_free);
  g_autoptr(JsonNode) node = NULL;
  ChrArticleInfo *info = g_new0 (ChrArticleInfo, 1);
  JsonObject *object;

  info->id = 1;
  info->title = g_strdup ("Title");
  info->published = NULL;
  info->sha256 = g_strdup ("abc");
  info->n_events = 4;
  g_ptr_array_add (articles, info);

  node = chr_json_export_articles (articles);
  object = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Title");
  /* An unknown date is null, not an empty string. */
  g_assert_true (json_object_get_null_member (object, "published"));
  g_assert_cmpint (json_object_get_int_member (object, "events"), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/json/events", test_events);
  g_test_add_func ("/export/json/articles", test_articles);

  return g_test_run ();
}
