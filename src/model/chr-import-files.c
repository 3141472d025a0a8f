/* chr-import-files.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-importer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "chr-html-article.h"
#include "chr-import-files.h"
#include "chr-json-articles.h"
#include "chr-reader-comments.h"
#include "chr-text-decode.h"

/* Reading the files of an import: which files in a folder are articles,
 * and what each one holds, decoded, parsed and extracted, ready for the
 * one thread that writes. Any number of files are read at once. */

typedef enum
{
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_JSON_LINES,
  FORMAT_HTML,
} FileFormat;

static gboolean
has_suffix (const char *name,
            const char *suffix)
{
  gsize n = strlen (name), m = strlen (suffix);

  return n > m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

/* By the name's ending; anything else is read as plain text. */
static FileFormat
format_of (const char *path)
{
  if (has_suffix (path, ".jsonl"))
    return FORMAT_JSON_LINES;
  if (has_suffix (path, ".json"))
    return FORMAT_JSON;
  if (has_suffix (path, ".html") || has_suffix (path, ".htm"))
    return FORMAT_HTML;
  return FORMAT_TEXT;
}

/**
 * chr_import_is_article_file:
 * @name: a file's name
 *
 * Returns: whether a folder's file of that name is imported with it
 */
gboolean
chr_import_is_article_file (const char *name)
{
  /* "story.meta.json" holds the details of "story.txt". */
  if (has_suffix (name, ".meta.json"))
    return FALSE;
  return has_suffix (name, ".txt") || format_of (name) != FORMAT_TEXT;
}

/* "story.txt" → "story.meta.json": the publication date and source of an
 * article kept beside its untouched text. */
static gboolean
read_sidecar (const char  *path,
              char       **published,
              char       **source,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *meta = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  char *dot = strrchr (base, '.');

  if (dot)
    *dot = '\0';
  meta = g_strdup_printf ("%s%c%s.meta.json", dir, G_DIR_SEPARATOR, base);
  if (!g_file_test (meta, G_FILE_TEST_EXISTS))
    return TRUE;

  if (!json_parser_load_from_file (parser, meta, &local_error))
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                   _("The details of “%s” in “%s” cannot be read: %s"), path, meta, local_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                   _("The details of “%s” in “%s” are not a JSON object"), path, meta);
      return FALSE;
    }
  object = json_node_get_object (root);
  if (json_object_has_member (object, "published"))
    *published = g_strdup (json_object_get_string_member_with_default (object, "published", NULL));
  if (json_object_has_member (object, "source"))
    *source = g_strdup (json_object_get_string_member_with_default (object, "source", NULL));
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * chr_import_expand_path:
 * @path: a file or a folder
 * @files: (element-type filename): where the files to import go
 *
 * Adds @path, or the article files inside the folder and its folders, sorted.
 */
void
chr_import_expand_path (const char *path,
                        GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || !(dir = g_dir_open (path, 0, NULL)))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) || chr_import_is_article_file (name))
        g_ptr_array_add (names, g_steal_pointer (&child));
    }
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      const char *child = *(const char **) &g_ptr_array_index (names, i);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        chr_import_expand_path (child, files);
      else
        g_ptr_array_add (files, g_strdup (child));
    }
}

void
chr_imported_file_free (ChrImportedFile *file)
{
  if (file == NULL)
    return;
  g_free (file->path);
  g_ptr_array_unref (file->articles);
  g_ptr_array_unref (file->errors);
  g_free (file->note);
  g_free (file);
}

static ChrImportedFile *
imported_file_new (const char *path)
{
  ChrImportedFile *file = g_new0 (ChrImportedFile, 1);

  file->path = g_strdup (path);
  file->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_article_free);
  file->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  return file;
}

/* The file's bytes, unless it is too large or cannot be read. */
static char *
read_bytes (const char  *path,
            gsize       *length,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  GStatBuf st;

  if (g_stat (path, &st) == 0 && st.st_size > CHR_IMPORT_MAX_FILE_BYTES)
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is larger than %u MB, the most Chronicle reads from one file"), path,
                   (guint) (CHR_IMPORT_MAX_FILE_BYTES / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, length, &local_error))
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ, "%s", local_error->message);
      return NULL;
    }
  return contents;
}

static void
read_text_file (ChrImportedFile         *file,
                const char              *data,
                gsize                    length,
                const ChrImportOptions  *options)
{
  g_autofree char *published = NULL;
  g_autofree char *source = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  ChrImportOptions merged = { NULL, NULL };
  ChrTextDecoding decoding = CHR_TEXT_AS_IS;
  GError *error = NULL;
  ChrArticle *article;
  gsize text_length = 0;
  char *text;

  if (!read_sidecar (file->path, &published, &source, &error) ||
      !(text = chr_text_decode (file->path, data, length, &text_length, &decoding, &error)))
    {
      g_ptr_array_add (file->errors, error);
      return;
    }
  file->note = g_strdup (chr_text_decoding_describe (decoding));
  merged.published = options && options->published ? options->published : published;
  merged.source = options && options->source ? options->source : source;
  if ((article = chr_importer_parse_decoded (file->path, sha256, text, text_length, &merged, &error)))
    g_ptr_array_add (file->articles, article);
  else
    g_ptr_array_add (file->errors, error);
}

/* What names an article given with its parts apart: its title and text. */
static char *
record_checksum (const ChrArticleRecord *record)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  if (record->title != NULL)
    g_checksum_update (checksum, (const guchar *) record->title, -1);
  g_checksum_update (checksum, (const guchar *) "", 1);
  g_checksum_update (checksum, (const guchar *) record->text, -1);
  return g_strdup (g_checksum_get_string (checksum));
}

static void
read_json_file (ChrImportedFile         *file,
                const char              *data,
                gsize                    length,
                gboolean                 lines,
                const ChrImportOptions  *options)
{
  g_autoptr(ChrJsonArticles) found = NULL;
  GError *error = NULL;

  if (!(found = chr_json_articles_parse (data, length, lines, file->path, &error)))
    {
      g_ptr_array_add (file->errors, error);
      return;
    }
  for (guint i = 0; i < found->problems->len; i++)
    g_ptr_array_add (file->errors, g_error_copy (g_ptr_array_index (found->problems, i)));
  for (guint i = 0; i < found->records->len; i++)
    {
      ChrArticleRecord *record = g_ptr_array_index (found->records, i);
      g_autofree char *sha256 = record_checksum (record);
      ChrArticle *article = chr_import_article_from_record (file->path, sha256, record, options, &error);

      if (article != NULL)
        g_ptr_array_add (file->articles, article);
      else
        g_ptr_array_add (file->errors, error);
      error = NULL;
    }
}

/* A saved web page: its article, named by the page's bytes. */
static void
read_html_file (ChrImportedFile         *file,
                const char              *data,
                gsize                    length,
                const ChrImportOptions  *options)
{
  g_autoptr(ChrArticleRecord) record = NULL;
  g_autofree char *sha256 = NULL;
  GError *error = NULL;
  ChrArticle *article;

  if (!(record = chr_html_article_parse (data, length, file->path, &error)))
    {
      g_ptr_array_add (file->errors, error);
      return;
    }
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  if ((article = chr_import_article_from_record (file->path, sha256, record, options, &error)))
    g_ptr_array_add (file->articles, article);
  else
    g_ptr_array_add (file->errors, error);
}

/**
 * chr_import_read_file:
 * @path: a file to import
 * @options: (nullable): overrides for the publication date and source
 *
 * Reads a file and prepares every article in it: decoded, parsed, its
 * sentences, dates and candidate events found. Safe to call from any
 * thread.
 *
 * Returns: (transfer full): its articles, and what went wrong
 */
ChrImportedFile *
chr_import_read_file (const char              *path,
                      const ChrImportOptions  *options)
{
  g_autoptr(ChrImportedFile) file = imported_file_new (path);
  g_autofree char *data = NULL;
  GError *error = NULL;
  gsize length = 0;

  if (!(data = read_bytes (path, &length, &error)))
    {
      g_ptr_array_add (file->errors, error);
      return g_steal_pointer (&file);
    }
  switch (format_of (path))
    {
    case FORMAT_JSON:
      read_json_file (file, data, length, FALSE, options);
      break;
    case FORMAT_JSON_LINES:
      read_json_file (file, data, length, TRUE, options);
      break;
    case FORMAT_HTML:
      read_html_file (file, data, length, options);
      break;
    case FORMAT_TEXT:
    default:
      read_text_file (file, data, length, options);
      break;
    }
  return g_steal_pointer (&file);
}

/**
 * chr_import_article_from_record:
 * @path: (nullable): the file it came from
 * @sha256: what names it: the checksum of its file, or of its title and text
 * @record: (transfer none): the article as its file gives it
 * @options: (nullable): a publication date or source that overrides the record's
 * @error: return location for a #GError
 *
 * Prepares an article given with its parts apart (JSON, HTML): its text is
 * the title, a blank line and the body, which alone is searched for dates.
 *
 * Returns: (transfer full) (nullable): the article, extracted
 */
ChrArticle *
chr_import_article_from_record (const char              *path,
                                const char              *sha256,
                                ChrArticleRecord        *record,
                                const ChrImportOptions  *options,
                                GError                 **error)
{
  g_autoptr(ChrArticle) article = g_new0 (ChrArticle, 1);
  g_autofree char *body = g_strstrip (g_strdup (record->text ? record->text : ""));
  g_autofree char *title = record->title ? g_strstrip (g_strdup (record->title)) : NULL;
  GString *text;

  if (*body == '\0')
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY, _("“%s” has no article text"),
                   path ? path : _("The text"));
      return NULL;
    }
  if (title != NULL && *title == '\0')
    g_clear_pointer (&title, g_free);

  text = g_string_new (title);
  if (title != NULL)
    g_string_append (text, "\n\n");
  article->body_start = text->len;
  g_string_append (text, body);
  /* Readers' comments a scraper kept after the article are not part of it. */
  article->body_end = chr_reader_comments_find (text->str, article->body_start, text->len);
  while (article->body_end > article->body_start && g_ascii_isspace (text->str[article->body_end - 1]))
    article->body_end--;
  article->length = text->len;
  article->text = g_string_free (text, FALSE);
  article->title = title ? g_steal_pointer (&title)
                         : chr_importer_derive_title (article->text, article->body_start, article->body_end);
  article->sha256 = g_strdup (sha256);
  article->path = g_strdup (path);
  article->published = g_strdup (options && options->published ? options->published : record->published);
  article->source = g_strdup (options && options->source ? options->source : record->source);
  article->url = g_strdup (record->url);
  article->author = g_strdup (record->author);
  chr_importer_extract (article);
  return g_steal_pointer (&article);
}

/**
 * chr_importer_load_file:
 * @path: an article file
 * @options: (nullable): overrides for the publication date and source
 * @error: return location for a #GError
 *
 * Reads and parses one file, as an import does (chr_import_read_file()),
 * and gives its first article. A sidecar "NAME.meta.json" beside
 * "NAME.txt" may give its "published" date and "source"; @options win
 * over it.
 *
 * Returns: (transfer full) (nullable): the article
 */
ChrArticle *
chr_importer_load_file (const char              *path,
                        const ChrImportOptions  *options,
                        GError                 **error)
{
  g_autoptr(ChrImportedFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = chr_import_read_file (path, options);
  if (file->errors->len > 0)
    {
      g_propagate_error (error, g_error_copy (g_ptr_array_index (file->errors, 0)));
      return NULL;
    }
  if (file->articles->len == 0)
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY, _("“%s” has no article text"), path);
      return NULL;
    }
  return g_ptr_array_steal_index (file->articles, 0);
}
