/* chronicle-cli-search.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * chronicle-cli search: the events and articles that hold the words of a
 * query, with their snippets. In text, a line a result under the headings
 * "Events" and "Articles" (a group with nothing found is left out; nothing
 * found prints nothing); the matched words are in bold on a terminal and
 * in [brackets] otherwise (or with NO_COLOR set). In JSON, an object with
 * "events" and "articles", each snippet with its "matches": [start, end]
 * byte ranges into it.
 */
#define G_LOG_DOMAIN "chronicle-cli"

#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "chr-search.h"
#include "chronicle-cli-private.h"

#define DEFAULT_LIMIT 20

static void
print_marked (const char *snippet,
              GArray     *ranges,
              gboolean    bold)
{
  g_autofree char *line = chr_search_mark (snippet, ranges, bold ? "\033[1m" : "[", bold ? "\033[0m" : "]", NULL);

  g_print ("%s", line);
}

static void
add_matches (JsonBuilder *builder,
             GArray      *ranges)
{
  json_builder_set_member_name (builder, "matches");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ranges->len; i++)
    {
      const ChrSearchRange *range = &g_array_index (ranges, ChrSearchRange, i);

      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, range->start);
      json_builder_add_int_value (builder, range->end);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
results_to_json (const ChrSearchResults *results)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->events->len; i++)
    {
      const ChrSearchEvent *event = g_ptr_array_index (results->events, i);
      g_autofree char *begin = chr_time_format_iso (event->interval.begin);
      g_autofree char *end = chr_time_format_iso (event->interval.end);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, event->id);
      add_string_or_null (builder, "title", event->title);
      add_string_or_null (builder, "date", event->value);
      add_string_or_null (builder, "begin", begin);
      add_string_or_null (builder, "end", end);
      json_builder_set_member_name (builder, "importance");
      json_builder_add_double_value (builder, event->importance);
      json_builder_set_member_name (builder, "hidden");
      json_builder_add_boolean_value (builder, (event->flags & CHR_EVENT_FLAG_HIDDEN) != 0);
      json_builder_set_member_name (builder, "in");
      json_builder_add_string_value (builder, event->snippet_is_note ? "note" : "title");
      add_string_or_null (builder, "snippet", event->snippet);
      add_matches (builder, event->ranges);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->articles->len; i++)
    {
      const ChrSearchArticle *article = g_ptr_array_index (results->articles, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, article->id);
      add_string_or_null (builder, "title", article->title);
      add_string_or_null (builder, "source", article->source);
      add_string_or_null (builder, "published", article->published);
      json_builder_set_member_name (builder, "match_offset");
      if (article->match_offset >= 0)
        json_builder_add_int_value (builder, article->match_offset);
      else
        json_builder_add_null_value (builder);
      add_string_or_null (builder, "snippet", article->snippet);
      add_matches (builder, article->ranges);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_results (const ChrSearchResults *results)
{
  gboolean bold = isatty (STDOUT_FILENO) && g_getenv ("NO_COLOR") == NULL;

  if (results->events->len > 0)
    /* Translators: the heading above the events that chronicle-cli search found. */
    g_print ("%s\n", _("Events"));
  for (guint i = 0; i < results->events->len; i++)
    {
      const ChrSearchEvent *event = g_ptr_array_index (results->events, i);

      g_print ("%6" G_GINT64_FORMAT "  %-12s  ", event->id, event->value);
      if (event->snippet_is_note)
        {
          g_print ("%s — ", event->title);
          /* Translators: before the part of an event's note that matched a search. */
          g_print ("%s ", _("note:"));
        }
      print_marked (event->snippet, event->ranges, bold);
      if (event->flags & CHR_EVENT_FLAG_HIDDEN)
        g_print (" %s", _("[hidden]"));
      g_print ("\n");
    }

  if (results->articles->len > 0)
    /* Translators: the heading above the articles that chronicle-cli search found. */
    g_print ("%s\n", _("Articles"));
  for (guint i = 0; i < results->articles->len; i++)
    {
      const ChrSearchArticle *article = g_ptr_array_index (results->articles, i);

      g_print ("%6" G_GINT64_FORMAT "  %-12s  %s: ", article->id, article->published ? article->published : "—",
               article->title);
      print_marked (article->snippet, article->ranges, bold);
      g_print ("\n");
    }
}

int
_chr_cli_search (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  gboolean json = FALSE;
  int limit = DEFAULT_LIMIT;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N events and N articles (20 unless told)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("QUERY… — find events and articles by their words"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrSearchResults) results = NULL;
  g_autofree char *path = NULL;
  g_autofree char *query = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Every word of QUERY must be there, in any case and with or without accents; "
                                      "a word of two letters or more may be the start of a longer one. Quotes, "
                                      "operators and punctuation count as spaces. Put “--” before a query that "
                                      "starts with “-”."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc < 2)
    return _chr_cli_usage_error (context, _("search needs a query"));
  if (limit < 1)
    return _chr_cli_usage_error (context, _("--limit must be 1 or more"));

  /* Searching never makes a timeline: a file that is not there is a mistake. */
  path = db_path ? g_strdup (db_path) : chr_database_get_default_path ();
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("There is no timeline at “%s”"), path);
      return _chr_cli_user_error (message);
    }

  query = g_strjoinv (" ", argv + 1);
  if (!(db = _chr_cli_open_database (path, &error)) ||
      !(results = chr_search_run (db, query, (guint) limit, NULL, &error)))
    return _chr_cli_user_error (error->message);

  if (json)
    return _chr_cli_print_json (results_to_json (results));
  print_results (results);
  return EXIT_OK;
}
