/* test-json-articles.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-json-articles"

#include "config.h"

#include <string.h>

#include "chr-importer.h"
#include "chr-json-articles.h"

/* Articles read from the JSON and JSON Lines files in tests/data/json/:
 * what each gives, field by field, and what each bad one says. */

#define MAX_RECORDS 10
#define MAX_PROBLEMS 4

typedef struct
{
  const char *text;                /* NULL ends the list */
  const char *title;
  const char *published;
  const char *source;
  const char *url;
  const char *author;
} Expected;

typedef struct
{
  const char *file;                /* in tests/data/json; ".jsonl" is JSON Lines */
  int         code;                /* of the error for the whole file; 0 when it is read */
  const char *error;
  Expected    records[MAX_RECORDS];
  const char *problems[MAX_PROBLEMS];
} FileCase;

static const FileCase files[] = {
  { "one.json", 0, NULL,
    { { "Both sides agreed on Monday to stop fighting along the river.\n\nTalks are to resume on 3 March 2025 in Geneva.",
        "Ceasefire agreed in the northern provinces", "2025-02-24", "The Example Times",
        "https://example.org/news/2025/02/24/ceasefire", "Jane Doe" } },
    { NULL } },
  { "three.json", 0, NULL,
    { { "Work on the dam began in April 2019, officials said.", "Dam construction begins", "2019-04-02",
        "River News", NULL, NULL },
      { "The dam reached half its planned height in 2021.", "Dam reaches half height", "2021-06-15", NULL,
        "https://example.org/dam/half", NULL },
      { "The dam was opened on 1 May 2023.", "Dam opened", NULL, NULL, NULL, "Ana Lima" } },
    { NULL } },
  { "news-tls.jsonl", 0, NULL,
    { { "Thousands gathered in the main square on Tuesday.", "Protests reach the capital", "2011-03-02" },
      { "The government offered talks on Wednesday. Opposition leaders refused.\n\nA second rally is planned for Friday.",
        "Government offers talks", "2011-03-03" },
      { "A curfew was declared from 4 March 2011.", "Curfew declared", "2011-03-04" },
      { "Talks began on Monday, a week after the first protests.", NULL, "2011-03-07" },
      { "Both sides signed an agreement on 10 March 2011.", "Agreement signed", "2011-03-10" } },
    { NULL } },
  { "aliases.json", 0, NULL,
    { { "Told in the body.", "Body and date", "2024-01-05", "Wire", "https://example.org/a", "A. Writer" },
      { "Told in the content.", "Content and time", "2024-01-06" },
      { "Told in the text.", "Text and datePublished", "2024-01-07" },
      { "The text wins.", "Text before body", "2024-01-08" },
      { "A null text gives way to the body.", NULL, "2024-01-09" } },
    { NULL } },
  { "authors.json", 0, NULL,
    { { "Two authors.", NULL, NULL, NULL, NULL, "Jane Doe, John Roe" },
      { "Empty and null names are left out.", NULL, NULL, NULL, NULL, "Ana Lima, Sam Poe" },
      { "One author as a string.", NULL, NULL, NULL, NULL, "Jane Doe" },
      { "No authors at all.", NULL, NULL, NULL, NULL, NULL } },
    { NULL } },
  { "dates.json", 0, NULL,
    { { "A day.", NULL, "2025-08-18" },
      { "A timestamp with a zone.", NULL, "2025-08-18" },
      { "As e-mail and RSS write it.", NULL, "2025-08-18" },
      { "As people write it.", NULL, "2025-08-18" },
      { "The basic form.", NULL, "2025-08-18" },
      { "A month.", NULL, "2025-08" },
      { "A year.", NULL, "2025" },
      { "No date in it.", NULL, NULL },
      { "A number is no date.", NULL, NULL },
      { "An empty date.", NULL, NULL } },
    { NULL } },
  { "malformed.json", CHR_IMPORT_ERROR_READ,
    "“malformed.json” is not valid JSON: line 3, column 19: “,” or “}” should come next",
    { { NULL } }, { NULL } },
  { "truncated.json", CHR_IMPORT_ERROR_READ,
    "“truncated.json” is not valid JSON: line 3, column 32: it ends in the middle of a value",
    { { NULL } }, { NULL } },
  { "number.json", CHR_IMPORT_ERROR_READ,
    "“number.json” holds no articles: its JSON is neither an object nor an array",
    { { NULL } }, { NULL } },
  { "not-utf8.json", CHR_IMPORT_ERROR_BINARY, "“not-utf8.json” is not UTF-8 text: line 1, column 15",
    { { NULL } }, { NULL } },
  { "empty.json", CHR_IMPORT_ERROR_EMPTY, "“empty.json” has no articles", { { NULL } }, { NULL } },
  { "one-bad-line.jsonl", 0, NULL,
    { { "The first article.", "First" },
      { "The second article.", "Second" },
      { "The fourth article.", "Fourth" },
      { "The fifth article.", "Fifth" } },
    { "“one-bad-line.jsonl”, line 3: not valid JSON at column 49: a member’s name, a string, should come next" } },
  { "missing-text.json", 0, NULL,
    { { "Some text.", "Has text" },
      { "More text.", "Has text too" } },
    { "“missing-text.json”, article 2: has no text",
      "“missing-text.json”, article 3: has no text" } },
  { "non-string-title.json", 0, NULL,
    { { "A string for a title.", "Fine" } },
    { "“non-string-title.json”, article 1: “title” is not a string",
      "“non-string-title.json”, article 3: “title” is not a string" } },
  { "all-bad.json", 0, NULL,
    { { NULL } },
    { "“all-bad.json”, article 1: is not a JSON object",
      "“all-bad.json”, article 2: has no text",
      "“all-bad.json”, article 3: “text” is neither a string nor a list of strings" } },
};

static char *
read_data_file (const char *file,
                gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "json", file, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static gboolean
is_lines (const char *file)
{
  return g_str_has_suffix (file, ".jsonl");
}

static const char *
problem (const ChrJsonArticles *articles,
         guint                  i)
{
  return ((const GError *) g_ptr_array_index (articles->problems, i))->message;
}

static void
assert_record (const ChrArticleRecord *record,
               const Expected         *expected)
{
  g_assert_cmpstr (record->text, ==, expected->text);
  g_assert_cmpstr (record->title, ==, expected->title);
  g_assert_cmpstr (record->published, ==, expected->published);
  g_assert_cmpstr (record->source, ==, expected->source);
  g_assert_cmpstr (record->url, ==, expected->url);
  g_assert_cmpstr (record->author, ==, expected->author);
}

static void
assert_articles (const ChrJsonArticles *articles,
                 const Expected        *records,
                 const char * const    *problems)
{
  guint n_records = 0;
  guint n_problems = 0;

  while (n_records < MAX_RECORDS && records[n_records].text != NULL)
    n_records++;
  while (n_problems < MAX_PROBLEMS && problems[n_problems] != NULL)
    n_problems++;

  for (guint i = 0; i < MIN (n_records, articles->records->len); i++)
    assert_record (g_ptr_array_index (articles->records, i), &records[i]);
  g_assert_cmpuint (articles->records->len, ==, n_records);
  for (guint i = 0; i < MIN (n_problems, articles->problems->len); i++)
    {
      const GError *problem = g_ptr_array_index (articles->problems, i);

      g_assert_cmpstr (problem->message, ==, problems[i]);
      g_assert_true (problem->domain == CHR_IMPORT_ERROR);
    }
  g_assert_cmpuint (articles->problems->len, ==, n_problems);
}

static void
test_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      const FileCase *c = &files[i];
      gsize length = 0;
      g_autofree char *data = read_data_file (c->file, &length);
      g_autoptr(GError) error = NULL;
      g_autoptr(ChrJsonArticles) articles = NULL;

      g_test_message ("%s", c->file);
      articles = chr_json_articles_parse (data, length, is_lines (c->file), c->file, &error);
      if (c->error != NULL)
        {
          g_assert_null (articles);
          g_assert_error (error, CHR_IMPORT_ERROR, c->code);
          g_assert_cmpstr (error->message, ==, c->error);
          continue;
        }
      g_assert_no_error (error);
      g_assert_nonnull (articles);
      assert_articles (articles, c->records, c->problems);
    }
}

typedef struct
{
  const char *data;
  gboolean    lines;
  int         code;                /* of the error for the whole text; 0 when it is read */
  const char *message;             /* the error's, or the one problem's; NULL when there is none */
  const char *text;                /* of the one record, if any */
  gsize       length;              /* of a text with a zero byte in it; 0: up to the first */
} TextCase;

/* Texts that do not need a file of their own: the edges. */
static const TextCase texts[] = {
  /* What the file may be around its articles. */
  { "\xef\xbb\xbf{\"text\": \"After a byte order mark.\"}", FALSE, 0, NULL, "After a byte order mark." },
  { " \n\t\r\n ", FALSE, CHR_IMPORT_ERROR_EMPTY, "“t.json” has no articles" },
  { "\n\n  \n", TRUE, CHR_IMPORT_ERROR_EMPTY, "“t.json” has no articles" },
  { "[]", FALSE, CHR_IMPORT_ERROR_EMPTY, "“t.json” has no articles" },
  { "\"just a string\"", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” holds no articles: its JSON is neither an object nor an array" },
  { "{\"text\": \"a\"}\0{\"text\": \"b\"}", FALSE, CHR_IMPORT_ERROR_BINARY,
    "“t.json” is not a text file: it holds a zero byte at line 1, column 14", NULL, 27 },
  { "{\"text\": \"ok\"}\n\xff\n", TRUE, CHR_IMPORT_ERROR_BINARY,
    "“t.json” is not UTF-8 text: line 2, column 1" },
  /* JSON as RFC 8259 has it, where json-glib lets more through. */
  { "{\"text\": \"a\"}\n{\"text\": \"b\"}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 2, column 1: more follows the end of the value" },
  { "{\"text\": 'single'}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 10: unexpected character “'”" },
  { "{\"text\": \"a\" /* note */}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 14: “,” or “}” should come next" },
  { "{\"text\": \"\\101\"}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 11: an unknown escape inside a string" },
  { "{\"text\": \"\\ud800\"}]]]]", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 11: "
    "a \\u escape that is half a character (a lone surrogate)" },
  { "{\"text\": \"\\u12\"}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 11: a \\u escape without four hex digits" },
  { "{\"text\": \"tab\there\"}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 14: a control character inside a string" },
  { "{\"text\": \"a\", \"n\": 01}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 20: a malformed number" },
  { "{\"text\": \"a\", \"n\": NaN}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 20: “NaN” is not a JSON value" },
  { "{\"text\": \"a\",}", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 14: a member’s name, a string, should come next" },
  { "[{\"text\": \"a\"},]", FALSE, CHR_IMPORT_ERROR_READ,
    "“t.json” is not valid JSON: line 1, column 16: a value is missing" },
  { "{\"té\": é}", FALSE, CHR_IMPORT_ERROR_READ, "“t.json” is not valid JSON: line 1, column 8: unexpected character “é”" },
  /* What an article may be. */
  { "[{\"text\": \"Fine.\"}, 42]", FALSE, 0, "“t.json”, article 2: is not a JSON object", "Fine." },
  { "[1, 2]", TRUE, 0, "“t.json”, line 1: is not a JSON object" },
  { "{\"text\": 5}", FALSE, 0, "“t.json”, article 1: “text” is neither a string nor a list of strings" },
  { "{\"text\": [\"One.\", 2]}", FALSE, 0, "“t.json”, article 1: “text” is neither a string nor a list of strings" },
  { "{\"body\": true}", TRUE, 0, "“t.json”, line 1: “body” is neither a string nor a list of strings" },
  { "{\"text\": \"x\", \"source\": {\"name\": \"Wire\"}}", FALSE, 0, "“t.json”, article 1: “source” is not a string" },
  { "{\"text\": \"x\", \"url\": 7}", FALSE, 0, "“t.json”, article 1: “url” is not a string" },
  { "{\"text\": \"x\", \"author\": [\"A\", 1]}", FALSE, 0,
    "“t.json”, article 1: “author” is neither a string nor a list of strings" },
  { "{\"text\": []}", TRUE, 0, "“t.json”, line 1: has no text" },
  { "{\"text\": [\"\", \"  \"]}", TRUE, 0, "“t.json”, line 1: has no text" },
  { "{\"text\": \"  \\n\\t \"}", TRUE, 0, "“t.json”, line 1: has no text" },
  /* Sentences and paragraphs. */
  { "{\"text\": [\"One.\", \"Two.\", \"\", \"Three.\\n\", \"Four.\"]}", TRUE, 0, NULL, "One. Two.\n\nThree.\n\nFour." },
  { "{\"text\": [null, \" One. \", null, \"Two.\"]}", TRUE, 0, NULL, "One. Two." },
  { "{\"text\": \"First paragraph.\\n\\nSecond paragraph.\"}", TRUE, 0, NULL, "First paragraph.\n\nSecond paragraph." },
  /* Strings json-glib decodes. */
  { "{\"text\": \"caf\\u00e9 \\ud83d\\ude00 \\\"quoted\\\" a\\/b\"}", FALSE, 0, NULL, "café 😀 \"quoted\" a/b" },
  { "{\"text\": \"\\r\\n\"}\r\n{\"text\": \"CRLF line ends.\"}\r\n", TRUE, 0, "“t.json”, line 1: has no text",
    "CRLF line ends." },
};

static void
test_texts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const TextCase *c = &texts[i];
      gsize length = c->length > 0 ? c->length : strlen (c->data);
      g_autoptr(GError) error = NULL;
      g_autoptr(ChrJsonArticles) articles = NULL;
      g_autofree char *escaped = g_strescape (c->data, NULL);

      g_test_message ("%u: %s", i, escaped);
      articles = chr_json_articles_parse (c->data, length, c->lines, "t.json", &error);
      if (c->code != 0)
        {
          g_assert_null (articles);
          g_assert_error (error, CHR_IMPORT_ERROR, c->code);
          g_assert_cmpstr (error->message, ==, c->message);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (articles->problems->len, ==, c->message != NULL ? 1 : 0);
      if (c->message != NULL)
        g_assert_cmpstr (problem (articles, 0), ==, c->message);
      g_assert_cmpuint (articles->records->len, ==, c->text != NULL ? 1 : 0);
      if (c->text != NULL)
        {
          const ChrArticleRecord *record = g_ptr_array_index (articles->records, 0);

          g_assert_cmpstr (record->text, ==, c->text);
        }
    }
}

/* Nesting json-glib would follow by recursion until the stack ran out:
 * an article may hold 64 arrays and objects inside one another, and no more. */
static void
test_depth (void)
{
  for (guint depth = 63; depth <= 65; depth++)
    {
      g_autofree char *open = g_strnfill (depth - 1, '[');
      g_autofree char *close = g_strnfill (depth - 1, ']');
      g_autofree char *data = g_strdup_printf ("{\"text\": \"Deep.\", \"x\": %s%s}", open, close);
      g_autofree char *line = g_strdup_printf ("{\"text\": \"Deep.\", \"x\": %s\n", open);
      g_autoptr(GError) error = NULL;
      g_autoptr(ChrJsonArticles) articles = NULL;
      g_autoptr(ChrJsonArticles) lines = NULL;

      articles = chr_json_articles_parse (data, strlen (data), FALSE, "deep.json", &error);
      lines = chr_json_articles_parse (line, strlen (line), TRUE, "deep.jsonl", NULL);
      g_assert_nonnull (lines);
      g_assert_cmpuint (lines->records->len, ==, 0);
      g_assert_cmpuint (lines->problems->len, ==, 1);
      /* The line stops after its last "[", at column 23 + depth. */
      if (depth <= 64)
        {
          g_autofree char *expected = NULL;

          expected = g_strdup_printf ("“deep.jsonl”, line 1: not valid JSON at column %u: "
                                      "it ends in the middle of a value", 23 + depth);
          g_assert_no_error (error);
          g_assert_cmpuint (articles->records->len, ==, 1);
          g_assert_cmpstr (problem (lines, 0), ==, expected);
          continue;
        }
      /* The 65th is the "[" at column 87. */
      g_assert_null (articles);
      g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ);
      g_assert_cmpstr (error->message, ==,
                       "“deep.json” cannot be read: line 1, column 87: "
                       "arrays and objects nested more than 64 deep");
      g_assert_cmpstr (problem (lines, 0), ==,
                       "“deep.jsonl”, line 1: cannot be read at column 87: "
                       "arrays and objects nested more than 64 deep");
    }
}

/* Every cut of a good file, as a download that stopped, fails cleanly or
 * gives whole articles. */
static void
test_prefixes (void)
{
  const char * const names[] = { "three.json", "news-tls.jsonl" };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      gsize length = 0;
      g_autofree char *data = read_data_file (names[k], &length);

      for (gsize n = 0; n < length; n++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(ChrJsonArticles) articles = NULL;
          g_autofree char *cut = g_strndup (data, n);

          articles = chr_json_articles_parse (cut, n, is_lines (names[k]), names[k], &error);
          g_assert_true ((articles == NULL) == (error != NULL));
          if (articles == NULL)
            continue;
          for (guint i = 0; i < articles->records->len; i++)
            {
              const ChrArticleRecord *record = g_ptr_array_index (articles->records, i);

              g_assert_true (g_utf8_validate (record->text, -1, NULL));
              g_assert_cmpuint (strlen (record->text), >, 0);
            }
        }
    }
}

static void
test_preconditions (void)
{
  g_autoptr(ChrJsonArticles) articles = NULL;

  g_test_expect_message ("chr-json-articles", G_LOG_LEVEL_CRITICAL, "*assertion*name != NULL*");
  articles = chr_json_articles_parse ("{}", 2, FALSE, NULL, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (articles);
  chr_json_articles_free (NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/json-articles/files", test_files);
  g_test_add_func ("/model/json-articles/texts", test_texts);
  g_test_add_func ("/model/json-articles/depth", test_depth);
  g_test_add_func ("/model/json-articles/prefixes", test_prefixes);
  g_test_add_func ("/model/json-articles/preconditions", test_preconditions);
  return g_test_run ();
}
