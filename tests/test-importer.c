/* test-importer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-importer"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "chr-importer.h"

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static ChrArticle *
load_sample (const char *name)
{
  g_autofree char *path = sample_path (name);
  g_autoptr(GError) error = NULL;
  ChrArticle *article = chr_importer_load_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static gboolean
has_event (const ChrArticle *article,
           const char       *value,
           const char       *phrase)
{
  for (guint i = 0; i < article->events->len; i++)
    {
      const ChrEventDraft *draft = g_ptr_array_index (article->events, i);
      const ChrTimex *timex = &g_array_index (article->mentions, ChrTimex, draft->mention);

      if (strcmp (timex->value, value) == 0 &&
          (phrase == NULL || (strlen (phrase) == timex->end - timex->start &&
                              strncmp (article->text + timex->start, phrase, timex->end - timex->start) == 0)))
        return TRUE;
    }
  return FALSE;
}

static void
assert_well_formed (const ChrArticle *article)
{
  gsize previous_end = article->body_start;

  g_assert_true (g_utf8_validate (article->text, (gssize) article->length, NULL));
  g_assert_cmpuint (article->body_start, <, article->body_end);
  g_assert_cmpuint (article->body_end, <=, article->length);
  g_assert_cmpuint (article->sentences->len, >, 0);

  for (guint i = 0; i < article->sentences->len; i++)
    {
      const ChrSpan *span = &g_array_index (article->sentences, ChrSpan, i);

      g_assert_cmpuint (span->start, >=, previous_end);
      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, article->body_end);
      g_assert_true (g_utf8_validate (article->text + span->start, (gssize) (span->end - span->start), NULL));
      previous_end = span->end;
    }
  for (guint i = 0; i < article->mentions->len; i++)
    {
      const ChrTimex *timex = &g_array_index (article->mentions, ChrTimex, i);

      g_assert_cmpuint (timex->start, >=, article->body_start);
      g_assert_cmpuint (timex->end, <=, article->body_end);
    }
  for (guint i = 0; i < article->events->len; i++)
    {
      const ChrEventDraft *draft = g_ptr_array_index (article->events, i);

      g_assert_cmpuint (draft->mention, <, article->mentions->len);
      g_assert_cmpuint (strlen (draft->title), >, 0);
      g_assert_true (g_utf8_validate (draft->title, -1, NULL));
    }
}

static void
test_seed_000 (void)
{
  g_autoptr(ChrArticle) article = load_sample ("000_a0d0abd315d38227.txt");

  assert_well_formed (article);
  g_assert_cmpstr (article->title, ==,
                   "Trump Rules Out Ukraine Regaining Crimea or Joining NATO Ahead of Washington Summit");
  g_assert_cmpstr (article->published, ==, "2025-08-17");
  g_assert_true (g_str_has_prefix (article->text + article->body_start, "On the eve of a major meeting"));
  g_assert_true (has_event (article, "2014-02", "February 2014"));
  g_assert_true (has_event (article, "2022-02-24", "February 24, 2022"));
  g_assert_true (has_event (article, "2025-01", "January 2025"));
  g_assert_true (has_event (article, "2014", "2014"));
  /* "set for Monday", written on Sunday 17 August 2025. */
  g_assert_true (has_event (article, "2025-08-18", "Monday"));
}

static void
test_seed_001 (void)
{
  g_autoptr(ChrArticle) article = load_sample ("001_987273f1e552f6ba.txt");

  assert_well_formed (article);
  g_assert_cmpstr (article->title, ==,
                   "Trump blocks Ukraine from joining NATO, orders Crimea to Russia ahead of talks with Zelensky");
  g_assert_cmpstr (article->published, ==, "2025-08-18");
  /* The Alaska summit on Friday, the White House meeting on Monday. */
  g_assert_true (has_event (article, "2025-08-15", "Friday"));
  g_assert_true (has_event (article, "2025-08-18", "Monday"));
  g_assert_true (has_event (article, "2014", "2014"));
  g_assert_true (has_event (article, "2022", "2022"));
}

static void
test_seed_002 (void)
{
  g_autoptr(ChrArticle) article = load_sample ("002_3efe0e8289e4b80b.txt");

  assert_well_formed (article);
  /* The date line is the publication date, not part of the title or the text. */
  g_assert_cmpstr (article->published, ==, "2025-03-22");
  g_assert_true (g_str_has_prefix (article->title, "Ukraine"));
  g_assert_null (strstr (article->title, "2025-03-22"));
  g_assert_null (strstr (article->title, "date"));
  g_assert_true (g_str_has_prefix (article->text + article->body_start, "Ukraine"));
  g_assert_true (has_event (article, "2024-10", "October 2024"));
  g_assert_true (has_event (article, "2025-02-12", "February 12"));
  g_assert_true (has_event (article, "2025-01", "January"));
}

static void
test_seed_003 (void)
{
  g_autoptr(ChrArticle) article = load_sample ("003_08aeda4bc9fdb31b.txt");

  assert_well_formed (article);
  /* "Select Language:" is scraper boilerplate, never the title. */
  g_assert_cmpstr (article->published, ==, "2025-12-14");
  g_assert_null (strstr (article->title, "Select Language"));
  g_assert_true (g_str_has_prefix (article->title, "Ukraine has abandoned its goal of joining NATO"));
  g_assert_true (g_str_has_prefix (article->text + article->body_start, "Ukraine has abandoned"));
  g_assert_true (has_event (article, "2025-12-14", "Sunday"));
  g_assert_true (has_event (article, "2022", "2022"));
}

static void
test_seed_004 (void)
{
  g_autoptr(ChrArticle) article = load_sample ("004_0f917d4df3fde03f.txt");
  g_autofree char *body = g_strndup (article->text, article->body_end);

  assert_well_formed (article);
  g_assert_cmpstr (article->title, ==, "Trump's Ukraine plan: Concessions to Russia, NATO membership off the table");
  g_assert_cmpstr (article->published, ==, "2024-12");
  /* The trailing "- News" is not part of the article. */
  g_assert_true (g_str_has_suffix (body, "broader plan."));
}

/* The sample corpus ships as it was handed over: extraction is never helped by editing it. */
static void
test_samples_untouched (void)
{
  static const struct { const char *name; const char *sha256; } samples[] = {
    { "000_a0d0abd315d38227.txt", "286f541b3e83524202ff7936503289b95c262d7d504108e6088b27e7d07c47fd" },
    { "001_987273f1e552f6ba.txt", "b46c89e855999c8e5f1a86dc69134a4adc34fa580fe5bddc03a62bc86723057d" },
    { "002_3efe0e8289e4b80b.txt", "7d3cb164eb73224df5cab5a542b4ad1d3dc997384d35a14aa26bd8ff4435d7a6" },
    { "003_08aeda4bc9fdb31b.txt", "e7d18e3fc3d8951493aadfc8a362e18077d2f92d273b93ad27adfa87891fc548" },
    { "004_0f917d4df3fde03f.txt", "41f549e305358114bce28e9447d705f5fd9304270b166260d8bb45f059023097" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(ChrArticle) article = load_sample (samples[i].name);

      g_assert_cmpstr (article->sha256, ==, samples[i].sha256);
    }
}

static void
test_without_date (void)
{
  g_autofree char *path = sample_path ("001_987273f1e552f6ba.txt");
  g_autofree char *contents = NULL;
  g_autoptr(ChrArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  /* A bare text with no date anywhere: absolute dates only, relative ones wait. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  article = chr_importer_parse_text ("bare.txt", contents, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (article->published);
  g_assert_true (has_event (article, "2014", "2014"));
  g_assert_true (has_event (article, "2022", "2022"));
  g_assert_false (has_event (article, "2025-08-15", NULL));

  for (guint i = 0; i < article->mentions->len; i++)
    {
      const ChrTimex *timex = &g_array_index (article->mentions, ChrTimex, i);

      if (strncmp (article->text + timex->start, "Monday", 6) == 0)
        g_assert_false (timex->resolved);
    }
}

static void
test_published_option (void)
{
  g_autofree char *path = sample_path ("004_0f917d4df3fde03f.txt");
  g_autoptr(ChrArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  ChrImportOptions options = { "2024-12-05", "Reuters" };
  ChrImportOptions bad = { "last Tuesday", NULL };

  article = chr_importer_load_file (path, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->published, ==, "2024-12-05");
  g_assert_cmpstr (article->source, ==, "Reuters");
  g_clear_pointer (&article, chr_article_free);

  article = chr_importer_load_file (path, &bad, &error);
  g_assert_null (article);
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BAD_DATE);
}

static void
test_bad_input (void)
{
  static const char binary[] = "PK\x03\x04\0\0\0\x14zip";
  static const char latin1[] = "Caf\xe9 opens\nThe caf\xe9 opened in March 2019 in Paris.\n";
  static const char utf16[] = "\xff\xfeH\0i\0\n\0I\0n\0 \0" "2\0" "0\0" "1\0" "9\0.\0";
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticle) article = NULL;

  article = chr_importer_parse_text ("archive.txt", binary, sizeof binary - 1, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "archive.txt"));
  g_clear_error (&error);

  article = chr_importer_parse_text ("empty.txt", "  \n\n \t\n", 7, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  /* Text in another encoding is converted, and keeps every character. */
  article = chr_importer_parse_text ("latin1.txt", latin1, sizeof latin1 - 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Café opens");
  g_assert_true (has_event (article, "2019-03", "March 2019"));
  g_clear_pointer (&article, chr_article_free);

  article = chr_importer_parse_text ("utf16.txt", utf16, sizeof utf16 - 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Hi");
  g_assert_true (has_event (article, "2019", "2019"));
}

static const struct
{
  const char *text;
  const char *title;
  const char *published;
  const char *body;
} dateline_cases[] = {
  { "Published: 17 August 2025\nSummit ends\nThe leaders met on Friday.\n",
    "Summit ends", "2025-08-17", "The leaders met on Friday." },
  { "Summit ends\nUpdated August 17, 2025 at 10:43 a.m. ET\nThe leaders met on Friday.\n",
    "Summit ends", "2025-08-17", "The leaders met on Friday." },
  { "Summit ends\nSunday, 17 August 2025\nThe leaders met on Friday.\n",
    "Summit ends", "2025-08-17", "The leaders met on Friday." },
  /* A sentence that holds a date is text, not a dateline. */
  { "Summit ends\nThe leaders met on 15 August 2025 in Alaska.\n",
    "Summit ends", NULL, "The leaders met on 15 August 2025 in Alaska." },
  /* Nor is a headline that is a date. */
  { "August 17, 2025\n", "August 17, 2025", NULL, "August 17, 2025" },
};

static void
test_datelines (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (dateline_cases); i++)
    {
      const char *text = dateline_cases[i].text;
      g_autoptr(GError) error = NULL;
      g_autoptr(ChrArticle) article = chr_importer_parse_text ("story.txt", text, strlen (text), NULL, &error);
      g_autofree char *body = NULL;

      g_assert_no_error (error);
      body = g_strndup (article->text + article->body_start, article->body_end - article->body_start);
      g_assert_cmpstr (article->title, ==, dateline_cases[i].title);
      g_assert_cmpstr (article->published, ==, dateline_cases[i].published);
      g_assert_cmpstr (body, ==, dateline_cases[i].body);
    }
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticle) article = chr_importer_load_file ("/nonexistent/story.txt", NULL, &error);

  g_assert_null (article);
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ);
}

static void
test_broken_sidecar (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-import-XXXXXX", NULL);
  g_autofree char *text = g_build_filename (dir, "story.txt", NULL);
  g_autofree char *meta = g_build_filename (dir, "story.meta.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticle) article = NULL;

  g_assert_true (g_file_set_contents (text, "A headline\nIt happened in 2019.\n", -1, NULL));
  g_assert_true (g_file_set_contents (meta, "{\"published\": \"2020-01-0", -1, NULL));
  article = chr_importer_load_file (text, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "story.meta.json"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (meta, "{\"published\": \"2020-01-05\", \"source\": \"AP\"}", -1, NULL));
  article = chr_importer_load_file (text, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->published, ==, "2020-01-05");
  g_assert_cmpstr (article->source, ==, "AP");

  g_remove (meta);
  g_remove (text);
  g_rmdir (dir);
}

static void
test_import_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chronicle-import-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  const char * const paths[] = { samples, NULL };
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrImportReport) first = NULL;
  g_autoptr(ChrImportReport) second = NULL;
  g_autoptr(GError) error = NULL;

  db = chr_database_open (db_path, &error);
  g_assert_no_error (error);

  first = chr_importer_import_paths (db, paths, NULL, NULL);
  g_assert_cmpuint (first->errors->len, ==, 0);
  g_assert_cmpuint (first->n_added, ==, 5);
  g_assert_cmpuint (first->added_ids->len, ==, 5);

  /* Importing the same files again adds nothing. */
  second = chr_importer_import_paths (db, paths, NULL, NULL);
  g_assert_cmpuint (second->n_added, ==, 0);
  g_assert_cmpuint (second->n_unchanged, ==, 5);
  g_assert_cmpint (chr_database_count (db, "articles"), ==, 5);

  g_clear_object (&db);
  g_remove (db_path);
  {
    g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);
    g_remove (wal);
    g_remove (shm);
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/importer/seed-000", test_seed_000);
  g_test_add_func ("/model/importer/seed-001", test_seed_001);
  g_test_add_func ("/model/importer/seed-002", test_seed_002);
  g_test_add_func ("/model/importer/seed-003", test_seed_003);
  g_test_add_func ("/model/importer/seed-004", test_seed_004);
  g_test_add_func ("/model/importer/samples-untouched", test_samples_untouched);
  g_test_add_func ("/model/importer/without-date", test_without_date);
  g_test_add_func ("/model/importer/published-option", test_published_option);
  g_test_add_func ("/model/importer/bad-input", test_bad_input);
  g_test_add_func ("/model/importer/datelines", test_datelines);
  g_test_add_func ("/model/importer/missing-file", test_missing_file);
  g_test_add_func ("/model/importer/broken-sidecar", test_broken_sidecar);
  g_test_add_func ("/model/importer/import-folder", test_import_folder);

  return g_test_run ();
}
