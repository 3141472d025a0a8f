/* test-data-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-data-export"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "chr-archive.h"
#include "chr-csv-export.h"
#include "chr-edit-log.h"
#include "chr-edits.h"
#include "chr-export-events.h"
#include "chr-export-file.h"
#include "chr-timelinejs-export.h"
#include "chr-timeml-export.h"
#include "test-samples.h"

/* Every data export, from the seed articles with the user's edits on them. */

typedef ChrTestSamples Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  chr_test_samples_set_up (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  chr_test_samples_tear_down (f);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* The n-th event of the timeline by date, hidden ones included. */
static gint64
nth_event (ChrDatabase *db,
           guint        n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, >, n);
  return ((ChrEvent *) g_ptr_array_index (events, n))->id;
}

static ChrInterval
date (const char *text)
{
  ChrInterval interval;

  g_assert_true (chr_time_parse_iso (text, &interval));
  return interval;
}

/* One edit of each kind the archive must keep. */
static void
make_edits (ChrDatabase *db)
{
  g_autoptr(GError) error = NULL;
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Talks, \"final\" <round> & more" };
  ChrEventChange note = { .fields = CHR_EVENT_CHANGE_NOTE, .note = "Check the date" };
  ChrEventChange hide = { .fields = CHR_EVENT_CHANGE_HIDDEN, .hidden = TRUE };
  ChrEventChange added = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "Talks resume",
                           .interval = date ("2025-09-01") };
  ChrEventChange period = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "Ceasefire",
                            .interval = date ("2025-10"), .period = TRUE };
  gint64 merge_ids[2];
  gint64 merged = 0;

  g_assert_true (chr_edits_change_event (db, nth_event (db, 0), &rename, &error));
  g_assert_true (chr_edits_change_event (db, nth_event (db, 1), &note, &error));
  g_assert_true (chr_edits_tag_event_named (db, nth_event (db, 1), "Diplomacy", TRUE, &error));
  g_assert_true (chr_edits_tag_event_named (db, nth_event (db, 0), "War, \"big\"", TRUE, &error));
  g_assert_true (chr_edits_change_event (db, nth_event (db, 2), &hide, &error));
  g_assert_true (chr_edits_add_event (db, &added, NULL, &error));
  g_assert_true (chr_edits_add_event (db, &period, NULL, &error));
  merge_ids[0] = nth_event (db, 4);
  merge_ids[1] = nth_event (db, 5);
  g_assert_true (chr_edits_merge_events (db, merge_ids, 2, merge_ids[0], merge_ids[0], &merged, &error));
  g_assert_true (chr_edits_set_published (db, 1, "2025-08-16", &error));
  g_assert_no_error (error);
}

static gboolean
write_archive (GOutputStream  *stream,
               gpointer        user_data,
               GCancellable   *cancellable,
               GError        **error)
{
  return chr_archive_write (user_data, NULL, stream, cancellable, error);
}

/* The archive of @db as text, with what every export regenerates taken out. */
static char *
export_archive (ChrDatabase *db,
                const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_assert_true (chr_export_file_write (file, write_archive, db, NULL, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "chronicle");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_nonnull (json_object_get_string_member (root, "exported_at"));
  json_object_remove_member (root, "exported_at");
  return json_to_string (json_parser_get_root (parser), TRUE);
}

static ChrDatabase *
import_into_new (Fixture    *f,
                 const char *name,
                 const char *archive)
{
  g_autofree char *path = path_in (f, name);
  g_autoptr(GFile) file = g_file_new_for_path (archive);
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = chr_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (chr_archive_import (db, file, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&db);
}

static void
test_json_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *first_path = path_in (f, "first.json");
  g_autofree char *second_path = path_in (f, "second.json");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *restored_dump = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *restored_kind = NULL;
  g_autoptr(ChrDatabase) restored = NULL;
  g_autoptr(GError) error = NULL;

  make_edits (f->db);
  first = export_archive (f->db, first_path);
  restored = import_into_new (f, "restored.db", first_path);
  second = export_archive (restored, second_path);
  g_assert_cmpstr (first, ==, second);

  dump = chr_test_dump (f->db);
  restored_dump = chr_test_dump (restored);
  g_assert_cmpstr (dump, ==, restored_dump);
  g_assert_nonnull (strstr (restored_dump, "Talks, \"final\""));
  g_assert_nonnull (strstr (restored_dump, "note=Check the date"));

  /* The history came along: undo takes back the same edits, one by one. */
  for (guint i = 0; i < 3; i++)
    {
      g_clear_pointer (&kind, g_free);
      g_clear_pointer (&restored_kind, g_free);
      g_assert_true (chr_edit_log_undo (f->db, &kind, &error));
      g_assert_true (chr_edit_log_undo (restored, &restored_kind, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (kind, ==, restored_kind);
      g_free (dump);
      g_free (restored_dump);
      dump = chr_test_dump (f->db);
      restored_dump = chr_test_dump (restored);
      g_assert_cmpstr (dump, ==, restored_dump);
    }
}

static void
test_json_not_empty (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = path_in (f, "a.json");
  g_autofree char *text = export_archive (f->db, path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (chr_archive_import (f->db, file, NULL, &error));
  g_assert_error (error, CHR_ARCHIVE_ERROR, CHR_ARCHIVE_ERROR_NOT_EMPTY);
}

/* Damaged files: each fails with one error and leaves the new timeline empty. */
static const struct
{
  const char *name;
  const char *edit;                /* "from=>to" applied to a good archive's text, or the whole file */
} malformed[] = {
  { "not-json", "{\"format\": \"chronicle\", " },
  { "other-json", "[{\"title\": \"An article\"}]" },
  { "no-format", "\"format\" : \"chronicle\"=>\"formats\" : \"chronicle\"" },
  { "newer", "\"version\" : 1=>\"version\" : 99" },
  { "bad-row", "\"rows\" : [=>\"rows\" : [[1], " },
  { "bad-column", "\"columns\" : [=>\"columns\" : [\"x; DROP TABLE tags\", " },
  { "unknown-table", "\"tables\" : {=>\"tables\" : {\"sqlite_master\": {\"columns\": [], \"rows\": []}, " },
  { "object-in-row", "\"rows\" : [=>\"rows\" : [[{}, 0, 0, 0], " },
};

static void
test_json_malformed (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *good_path = path_in (f, "good.json");
  g_autofree char *good = NULL;

  make_edits (f->db);
  good = export_archive (f->db, good_path);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.json", malformed[i].name);
      g_autofree char *db_name = g_strdup_printf ("%s.db", malformed[i].name);
      g_autofree char *path = path_in (f, name);
      g_autofree char *db_path = path_in (f, db_name);
      g_auto(GStrv) edit = g_strsplit (malformed[i].edit, "=>", 2);
      g_autofree char *text = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ChrDatabase) db = NULL;
      g_autoptr(GError) error = NULL;

      if (edit[1] == NULL)
        text = g_strdup (edit[0]);
      else
        {
          g_autoptr(GString) s = g_string_new (good);

          g_assert_nonnull (strstr (good, edit[0]));
          g_string_replace (s, edit[0], edit[1], 1);
          text = g_strdup (s->str);
        }
      g_test_message ("%s", malformed[i].name);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      db = chr_database_open (db_path, &error);
      g_assert_no_error (error);
      g_assert_false (chr_archive_import (db, file, NULL, &error));
      g_assert_nonnull (error);
      g_assert_null (strchr (error->message, '\n'));
      g_assert_cmpint (chr_database_count (db, "articles"), ==, 0);
      g_assert_cmpint (chr_database_count (db, "tags"), ==, 0);
      g_assert_cmpint (chr_database_count (db, "sentences"), ==, 0);
      g_assert_cmpint (chr_database_count (db, "events"), ==, 0);
    }
}

static GPtrArray *
visible_events (ChrDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events = chr_export_list_events (db, NULL, &error);

  g_assert_no_error (error);
  return events;
}

/* The TimelineJS document of @events, as written and read back. */
static JsonNode *
export_timelinejs (GPtrArray  *events,
                   GPtrArray  *articles,
                   const char *title)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_timelinejs_export_write (events, articles, title, stream, NULL, &error));
  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_memory_output_stream_get_data (memory),
                              (gssize) g_memory_output_stream_get_data_size (memory), &error);
  g_assert_no_error (error);
  return json_parser_steal_root (parser);
}

static void
test_timelinejs_shape (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *slides;
  guint n_periods = 0, n_grouped = 0;
  gboolean escaped = FALSE;

  make_edits (f->db);
  events = visible_events (f->db);
  articles = chr_database_list_articles (f->db, &error);
  g_assert_no_error (error);
  root = export_timelinejs (events, articles, "Crimea & <Ukraine>");

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (
                     json_node_get_object (root), "title"), "text"), "headline"), ==, "Crimea &amp; &lt;Ukraine&gt;");
  slides = json_object_get_array_member (json_node_get_object (root), "events");
  g_assert_cmpuint (json_array_get_length (slides), ==, events->len);
  for (guint i = 0; i < json_array_get_length (slides); i++)
    {
      JsonObject *slide = json_array_get_object_element (slides, i);
      const ChrEvent *event = g_ptr_array_index (events, i);
      JsonObject *start = json_object_get_object_member (slide, "start_date");
      JsonObject *text = json_object_get_object_member (slide, "text");
      ChrExportParts parts = chr_export_parts (event->interval.granularity);

      g_assert_true (json_object_has_member (start, "year"));
      g_assert_cmpuint (json_object_get_size (start), ==, parts);
      g_assert_nonnull (json_object_get_string_member (text, "headline"));
      g_assert_cmpint (json_object_has_member (slide, "end_date"), ==, (event->flags & CHR_EVENT_FLAG_PERIOD) != 0);
      n_periods += json_object_has_member (slide, "end_date");
      if (event->tags)
        {
          g_assert_cmpstr (json_object_get_string_member (slide, "group"), ==, event->tags[0]);
          n_grouped++;
        }
      else
        g_assert_false (json_object_has_member (slide, "group"));
      if (g_str_has_prefix (event->title, "Talks, "))
        {
          g_assert_cmpstr (json_object_get_string_member (text, "headline"), ==,
                           "Talks, &quot;final&quot; &lt;round&gt; &amp; more");
          escaped = TRUE;
        }
      g_assert_null (strstr (json_object_get_string_member (text, "text"), "<round>"));
    }
  g_assert_cmpuint (n_periods, >=, 1);
  g_assert_cmpuint (n_grouped, ==, 2);
  g_assert_true (escaped);
}

static const struct
{
  const char     *value;
  ChrGranularity  granularity;
  const char     *expected;
} date_cases[] = {
  { "1990", CHR_GRANULARITY_DECADE, "1990" },
  { "2014", CHR_GRANULARITY_YEAR, "2014" },
  { "2014-04", CHR_GRANULARITY_QUARTER, "2014-04" },
  { "2014-02", CHR_GRANULARITY_MONTH, "2014-02" },
  { "2022-02-24", CHR_GRANULARITY_DAY, "2022-02-24" },
  { "2022-02-24T14:00", CHR_GRANULARITY_HOUR, "2022-02-24T14" },
  { "2025-08-18T14:05", CHR_GRANULARITY_MINUTE, "2025-08-18T14:05" },
};

static void
test_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      ChrInterval interval = date (date_cases[i].value);
      g_autofree char *text = chr_export_format_date (interval.begin, date_cases[i].granularity);

      g_assert_cmpstr (text, ==, date_cases[i].expected);
    }
}

static const struct
{
  const char *title;
  const char *note;
  const char *expected;
} csv_cases[] = {
  { "Plain", NULL, "2014,,year,Plain,1,,,Kyiv Post\r\n" },
  { "Talks, resumed", NULL, "2014,,year,\"Talks, resumed\",1,,,Kyiv Post\r\n" },
  { "The \"deal\"", "two\r\nlines", "2014,,year,\"The \"\"deal\"\"\",1,\"two\r\nlines\",,Kyiv Post\r\n" },
};

static void
test_csv_rows (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (csv_cases); i++)
    {
      g_autoptr(ChrEvent) event = g_new0 (ChrEvent, 1);
      ChrSource *source = g_new0 (ChrSource, 1);
      g_autofree char *row = NULL;

      event->title = g_strdup (csv_cases[i].title);
      event->note = g_strdup (csv_cases[i].note);
      event->interval = date ("2014");
      event->n_sources = 1;
      event->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_source_free);
      source->article_title = g_strdup ("Kyiv Post");
      g_ptr_array_add (event->sources, source);
      row = chr_csv_export_row (event);
      g_assert_cmpstr (row, ==, csv_cases[i].expected);
    }
}

static gboolean
write_csv (GOutputStream  *stream,
           gpointer        user_data,
           GCancellable   *cancellable,
           GError        **error)
{
  return chr_csv_export_write (user_data, stream, cancellable, error);
}

/* Python's csv module reads what we write as we meant it. */
static void
test_csv_python (Fixture       *f,
                 gconstpointer  data)
{
  static const char script[] =
    "import csv, json, sys\n"
    "with open(sys.argv[1], newline='') as f:\n"
    "    rows = list(csv.reader(f, strict=True))\n"
    "raw = open(sys.argv[1], 'rb').read()\n"
    "print(json.dumps({'rows': rows, 'crlf': raw.count(b'\\r\\n'), 'lf': raw.count(b'\\n')}))\n";
  g_autofree char *path = path_in (f, "events.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  const char *argv[] = { "python3", "-c", script, path, NULL };
  JsonObject *result;
  JsonArray *rows;
  JsonArray *header;
  gboolean found = FALSE;
  int status = 0;

  make_edits (f->db);
  events = visible_events (f->db);
  g_assert_true (chr_export_file_write (file, write_csv, events, NULL, &error));
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  result = json_node_get_object (json_parser_get_root (parser));
  rows = json_object_get_array_member (result, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, events->len + 1);
  /* Every line break is CRLF; none is in a field here. */
  g_assert_cmpint (json_object_get_int_member (result, "crlf"), ==, events->len + 1);
  g_assert_cmpint (json_object_get_int_member (result, "lf"), ==, events->len + 1);

  header = json_array_get_array_element (rows, 0);
  g_assert_cmpuint (json_array_get_length (header), ==, 8);
  g_assert_cmpstr (json_array_get_string_element (header, 0), ==, "date");
  g_assert_cmpstr (json_array_get_string_element (header, 7), ==, "first_source");
  for (guint i = 1; i < json_array_get_length (rows); i++)
    {
      JsonArray *row = json_array_get_array_element (rows, i);

      g_assert_cmpuint (json_array_get_length (row), ==, 8);
      if (g_strcmp0 (json_array_get_string_element (row, 3), "Talks, \"final\" <round> & more") == 0)
        {
          g_assert_cmpstr (json_array_get_string_element (row, 6), ==, "War, \"big\"");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

typedef struct
{
  GString  *text;
  gboolean  in_text;
} TimemlReader;

static void
timeml_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  TimemlReader *reader = user_data;

  if (g_str_equal (element, "TEXT"))
    reader->in_text = TRUE;
}

static void
timeml_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              user_data,
            GError              **error)
{
  TimemlReader *reader = user_data;

  if (g_str_equal (element, "TEXT"))
    reader->in_text = FALSE;
}

static void
timeml_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              user_data,
             GError              **error)
{
  TimemlReader *reader = user_data;

  if (reader->in_text)
    g_string_append_len (reader->text, text, (gssize) length);
}

static void
test_timeml_folder (Fixture       *f,
                    gconstpointer  data)
{
  static const GMarkupParser markup = { timeml_start, timeml_end, timeml_text, NULL, NULL };
  g_autofree char *folder_path = path_in (f, "timeml");
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chr_database_list_article_ids (f->db, &error);
  guint n_timex = 0;

  g_assert_true (chr_timeml_export_folder (f->db, folder, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(ChrArticle) article = chr_database_get_article (f->db, id, &error);
      g_autofree char *name = chr_timeml_export_file_name (id, article->title);
      g_autofree char *path = g_build_filename (folder_path, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GMarkupParseContext) context = NULL;
      TimemlReader reader = { g_string_new (NULL), FALSE };

      g_assert_true (g_str_has_suffix (name, ".tml"));
      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      context = g_markup_parse_context_new (&markup, 0, &reader, NULL);
      g_assert_true (g_markup_parse_context_parse (context, contents, -1, &error) &&
                     g_markup_parse_context_end_parse (context, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (reader.text->str, ==, article->text);
      for (const char *p = contents; (p = strstr (p, "<TIMEX3 tid=\"t")); p++)
        n_timex++;
      g_string_free (reader.text, TRUE);
    }
  g_assert_cmpuint (n_timex, >, ids->len * 2);
}

static void
test_file_name (void)
{
  g_autofree char *name = chr_timeml_export_file_name (7, "Russia’s “annexation” of Crimea, 2014!");
  g_autofree char *empty = chr_timeml_export_file_name (12, "…");

  g_assert_cmpstr (name, ==, "0007-russia-s-annexation-of-crimea-2014.tml");
  g_assert_cmpstr (empty, ==, "0012-article.tml");
}

static gboolean
write_then_fail (GOutputStream  *stream,
                 gpointer        user_data,
                 GCancellable   *cancellable,
                 GError        **error)
{
  if (!g_output_stream_write_all (stream, "partial", 7, NULL, cancellable, error))
    return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

/* A failed export leaves the target as it was, and no file where there was none. */
static void
test_file_safety (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *existing_path = path_in (f, "existing.csv");
  g_autofree char *new_path = path_in (f, "new.csv");
  g_autofree char *blocker = path_in (f, "not-a-folder");
  g_autofree char *unwritable_path = g_build_filename (blocker, "out.csv", NULL);
  g_autoptr(GFile) existing = g_file_new_for_path (existing_path);
  g_autoptr(GFile) fresh = g_file_new_for_path (new_path);
  g_autoptr(GFile) unwritable = g_file_new_for_path (unwritable_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (existing_path, "old", -1, NULL));
  g_assert_false (chr_export_file_write (existing, write_then_fail, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, existing_path));
  g_assert_true (g_file_get_contents (existing_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_error (&error);

  g_assert_false (chr_export_file_write (fresh, write_then_fail, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  g_assert_false (chr_export_file_replace_contents (unwritable, "x", 1, NULL, &error));
  g_assert_nonnull (error);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_false (g_file_test (unwritable_path, G_FILE_TEST_EXISTS));
}

static gboolean
write_timelinejs (GOutputStream  *stream,
                  gpointer        user_data,
                  GCancellable   *cancellable,
                  GError        **error)
{
  return chr_timelinejs_export_write (user_data, NULL, NULL, stream, cancellable, error);
}

/* Larger than any buffer on the way: all of it reaches the file. */
static void
test_file_large (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = path_in (f, "large.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_event_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *slides;

  for (guint i = 0; i < 4000; i++)
    {
      ChrEvent *event = g_new0 (ChrEvent, 1);

      event->id = i + 1;
      event->title = g_strnfill (200, 'a' + (char) (i % 26));
      event->interval = date ("2014-02");
      g_ptr_array_add (events, event);
    }
  g_assert_true (chr_export_file_write (file, write_timelinejs, events, NULL, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  slides = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "events");
  g_assert_cmpuint (json_array_get_length (slides), ==, 4000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export/data/json/round-trip", Fixture, NULL, fixture_set_up, test_json_round_trip,
              fixture_tear_down);
  g_test_add ("/export/data/json/not-empty", Fixture, NULL, fixture_set_up, test_json_not_empty, fixture_tear_down);
  g_test_add ("/export/data/json/malformed", Fixture, NULL, fixture_set_up, test_json_malformed, fixture_tear_down);
  g_test_add ("/export/data/timelinejs/shape", Fixture, NULL, fixture_set_up, test_timelinejs_shape,
              fixture_tear_down);
  g_test_add_func ("/export/data/dates", test_dates);
  g_test_add_func ("/export/data/csv/rows", test_csv_rows);
  g_test_add ("/export/data/csv/python", Fixture, NULL, fixture_set_up, test_csv_python, fixture_tear_down);
  g_test_add ("/export/data/timeml/folder", Fixture, NULL, fixture_set_up, test_timeml_folder, fixture_tear_down);
  g_test_add_func ("/export/data/timeml/file-name", test_file_name);
  g_test_add ("/export/data/file/large", Fixture, NULL, fixture_set_up, test_file_large, fixture_tear_down);
  g_test_add ("/export/data/file/safety", Fixture, NULL, fixture_set_up, test_file_safety, fixture_tear_down);

  return g_test_run ();
}
