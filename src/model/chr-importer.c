/* chr-importer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-importer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "chr-event-builder.h"
#include "chr-importer.h"
#include "chr-reextract.h"
#include "chr-sentences.h"
#include "chr-text.h"
#include "chr-timex.h"

G_DEFINE_QUARK (chr-import-error, chr_import_error)

/* Longest line that can still be a headline. */
#define MAX_TITLE_BYTES 200
/* Titles made from a first sentence are cut to about this many bytes. */
#define MAX_DERIVED_TITLE_BYTES 120

/* Lines that scraping leaves around an article and that are never its title or text. */
static const char * const boilerplate_lines[] = {
  "select language:", "select language", "skip to content", "skip to main content", "advertisement",
  "menu", "share", "share this article", "- news", "news", "subscribe", "sign in", "log in",
  "read more", "related", "related articles", "cookie settings", "accept cookies",
};

typedef struct
{
  gsize start;
  gsize end;
} Line;

static gboolean
is_blank (const char *p,
          gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!chr_text_is_space (p[i]))
      return FALSE;
  return TRUE;
}

static void
trim (const char *text,
      Line       *line)
{
  while (line->start < line->end && chr_text_is_space (text[line->start]))
    line->start++;
  while (line->end > line->start && chr_text_is_space (text[line->end - 1]))
    line->end--;
}

static gboolean
is_boilerplate (const char *text,
                const Line *line)
{
  gsize n = line->end - line->start;

  for (guint i = 0; i < G_N_ELEMENTS (boilerplate_lines); i++)
    if (strlen (boilerplate_lines[i]) == n && g_ascii_strncasecmp (text + line->start, boilerplate_lines[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* Finds the next non-blank line at or after *pos, trimmed; FALSE at the end. */
static gboolean
next_line (const char *text,
           gsize       length,
           gsize      *pos,
           Line       *line)
{
  while (*pos < length)
    {
      const char *nl = memchr (text + *pos, '\n', length - *pos);
      gsize end = nl ? (gsize) (nl - text) : length;

      line->start = *pos;
      line->end = end;
      *pos = nl ? end + 1 : length;
      if (!is_blank (text + line->start, line->end - line->start))
        {
          trim (text, line);
          return TRUE;
        }
    }
  return FALSE;
}

/* "date 2025-03-22" at the start of a line: a publication date that a
 * scraper glued to the text. Returns the bytes it takes, spaces included. */
static gsize
read_date_line (const char *text,
                const Line *line,
                char      **published)
{
  const char *p = text + line->start;
  gsize n = line->end - line->start;
  gsize i = 4;
  gsize date_start;
  ChrInterval interval;
  g_autofree char *date = NULL;

  if (n < 9 || g_ascii_strncasecmp (p, "date", 4) != 0)
    return 0;
  while (i < n && (p[i] == ' ' || p[i] == ':' || p[i] == '\t'))
    i++;
  if (i == 4)
    return 0;
  date_start = i;
  while (i < n && (g_ascii_isdigit (p[i]) || p[i] == '-'))
    i++;
  date = g_strndup (p + date_start, i - date_start);
  if (!chr_time_parse_iso (date, &interval))
    return 0;
  while (i < n && p[i] == ' ')
    i++;
  *published = g_steal_pointer (&date);
  return i;
}

/* Words that may stand beside a date on a dateline: "Published 17 August 2025, 10:43 BST". */
static const char * const dateline_words[] = {
  "published", "updated", "posted", "modified", "last", "first", "date", "on", "at", "by", "am", "pm",
  "a.m", "p.m", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "msk", "eet", "eest",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

#define MAX_DATELINE_BYTES 80

/* A line that only says when the article was published, as many sites print
 * above or below the headline. Its date (a full day) becomes *published. */
static gboolean
read_dateline (const char  *text,
               const Line  *line,
               char       **published)
{
  g_autoptr(GArray) found = NULL;
  const char *p = text + line->start;
  gsize n = line->end - line->start;
  const char *date = NULL;
  gsize i = 0;

  if (n == 0 || n > MAX_DATELINE_BYTES)
    return FALSE;

  found = chr_timex_scan (p, n, NULL);
  for (guint k = 0; k < found->len; k++)
    {
      const ChrTimex *timex = &g_array_index (found, ChrTimex, k);

      if (date == NULL && timex->type == CHR_TIMEX_DATE && strlen (timex->value) >= 10 &&
          g_ascii_isdigit (timex->value[0]) && timex->value[4] == '-' && g_ascii_isdigit (timex->value[8]))
        date = timex->value;
    }
  if (date == NULL)
    return FALSE;

  /* Every word outside the dates must be one a dateline uses. */
  while (i < n)
    {
      gsize start;
      gboolean inside = FALSE;

      while (i < n && !g_ascii_isalpha (p[i]))
        i++;
      start = i;
      while (i < n && (g_ascii_isalpha (p[i]) || (p[i] == '.' && i + 1 < n && g_ascii_isalpha (p[i + 1]))))
        i++;
      if (i == start)
        break;
      for (guint k = 0; k < found->len; k++)
        {
          const ChrTimex *timex = &g_array_index (found, ChrTimex, k);

          if (start >= timex->start && i <= timex->end)
            inside = TRUE;
        }
      if (!inside)
        {
          gboolean known = FALSE;

          for (guint k = 0; k < G_N_ELEMENTS (dateline_words) && !known; k++)
            known = strlen (dateline_words[k]) == i - start &&
                    g_ascii_strncasecmp (p + start, dateline_words[k], i - start) == 0;
          if (!known)
            return FALSE;
        }
    }

  *published = g_strndup (date, 10);
  return TRUE;
}

/* A headline is short, and does not read like a paragraph. */
static gboolean
looks_like_title (const char *text,
                  const Line *line)
{
  gsize n = line->end - line->start;

  if (n == 0 || n > MAX_TITLE_BYTES)
    return FALSE;
  if (text[line->end - 1] == '.' && memchr (text + line->start, '.', n - 1) != NULL)
    return FALSE;
  return TRUE;
}

static char *
derive_title (const char *text,
              gsize       start,
              gsize       end)
{
  g_autoptr(GArray) sentences = chr_sentences_split (text + start, end - start);
  gsize n;
  gsize cut;

  if (sentences->len == 0)
    return g_strdup (_("Untitled article"));
  n = g_array_index (sentences, ChrSpan, 0).end;
  if (n <= MAX_DERIVED_TITLE_BYTES)
    return g_strndup (text + start, n);

  /* Cut at the last space before the limit, on a character boundary. */
  cut = MAX_DERIVED_TITLE_BYTES;
  while (cut > 0 && text[start + cut] != ' ')
    cut--;
  if (cut == 0)
    cut = (gsize) (g_utf8_find_prev_char (text + start, text + start + MAX_DERIVED_TITLE_BYTES) - (text + start));
  return g_strdup_printf ("%.*s…", (int) cut, text + start);
}

/* Turns whatever bytes a file holds into UTF-8 text, or says why not. */
static char *
decode (const char  *path,
        const char  *data,
        gsize        length,
        gsize       *out_length,
        GError     **error)
{
  const char *name = path ? path : _("the text");
  g_autofree char *converted = NULL;
  gsize n = 0;

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      const char *charset = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      converted = g_convert (data + 2, length - 2, "UTF-8", charset, NULL, &n, NULL);
      if (converted == NULL)
        {
          g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                       _("“%s” says it is UTF-16 text but is not"), name);
          return NULL;
        }
      *out_length = n;
      return g_steal_pointer (&converted);
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                   _("“%s” is not a text file"), name);
      return NULL;
    }

  if (length >= 3 && (guchar) data[0] == 0xEF && (guchar) data[1] == 0xBB && (guchar) data[2] == 0xBF)
    {
      data += 3;
      length -= 3;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }

  /* Scraped text that is not UTF-8 is nearly always Windows-1252, which
   * decodes any byte sequence; the article keeps every character. */
  converted = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, &n, NULL);
  if (converted == NULL)
    converted = g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, &n, NULL);
  if (converted == NULL)
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                   _("“%s” is in a text encoding Chronicle cannot read"), name);
      return NULL;
    }
  *out_length = n;
  return g_steal_pointer (&converted);
}

/**
 * chr_importer_parse_published:
 * @text: a publication date as typed
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): @text trimmed, or %NULL with @error
 *   set when it is not an ISO 8601 date
 */
char *
chr_importer_parse_published (const char  *text,
                              GError     **error)
{
  ChrInterval dct;

  g_return_val_if_fail (text != NULL, NULL);

  if (!chr_time_parse_iso (text, &dct))
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BAD_DATE,
                   _("“%s” is not a date; write it as 2025-08-18, 2025-08 or 2025"), text);
      return NULL;
    }
  return g_strstrip (g_strdup (text));
}

/**
 * chr_importer_extract:
 * @article: an article whose text and body range are set
 * @dct: (nullable): its publication date, to resolve relative dates against
 *
 * Finds the sentences, dates and candidate events of the article's body,
 * replacing whatever it held before.
 */
void
chr_importer_extract (ChrArticle *article)
{
  gsize body_start, body_end;
  g_autoptr(GArray) found = NULL;
  ChrInterval dct_value;
  const ChrInterval *dct;

  g_return_if_fail (article != NULL && article->text != NULL);
  g_return_if_fail (article->body_start <= article->body_end && article->body_end <= article->length);

  body_start = article->body_start;
  body_end = article->body_end;
  dct = article->published && chr_time_parse_iso (article->published, &dct_value) ? &dct_value : NULL;

  g_clear_pointer (&article->sentences, g_array_unref);
  g_clear_pointer (&article->mentions, g_array_unref);
  g_clear_pointer (&article->events, g_ptr_array_unref);

  article->sentences = chr_sentences_split (article->text + body_start, body_end - body_start);
  for (guint i = 0; i < article->sentences->len; i++)
    {
      ChrSpan *span = &g_array_index (article->sentences, ChrSpan, i);

      span->start += body_start;
      span->end += body_start;
    }

  found = chr_timex_scan (article->text + body_start, body_end - body_start, dct);
  for (guint i = 0; i < found->len; i++)
    {
      ChrTimex *timex = &g_array_index (found, ChrTimex, i);

      timex->start += body_start;
      timex->end += body_start;
    }
  article->mentions = g_steal_pointer (&found);

  article->events = chr_event_builder_build (article->text, article->sentences, article->mentions, dct);
}

/**
 * chr_importer_parse_text:
 * @path: (nullable): where the text came from
 * @data: the file's bytes, in any encoding
 * @length: their length
 * @options: (nullable): a publication date or source that overrides the text's
 * @error: return location for a #GError
 *
 * Reads a plain-text article as scrapers leave it: skips boilerplate lines
 * ("Select Language:"), takes a leading "date YYYY-MM-DD" as the publication
 * date, the first line as the title when it reads like one, drops trailing
 * noise ("- News"), then finds sentences, dates and candidate events.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with @error set
 */
ChrArticle *
chr_importer_parse_text (const char              *path,
                         const char              *data,
                         gsize                    length,
                         const ChrImportOptions  *options,
                         GError                 **error)
{
  g_autoptr(ChrArticle) article = g_new0 (ChrArticle, 1);
  g_autofree char *published = NULL;
  gsize pos = 0;
  gsize body_start;
  gsize body_end;
  Line line;
  Line last = { 0, 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  article->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  article->path = g_strdup (path);
  if (!(article->text = decode (path, data, length, &article->length, error)))
    return NULL;

  /* Leading boilerplate and datelines, then an optional date prefix, then the title. */
  for (;;)
    {
      if (!next_line (article->text, article->length, &pos, &line))
        {
          g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY,
                       _("“%s” has no article text"), path ? path : _("The text"));
          return NULL;
        }
      if (is_boilerplate (article->text, &line))
        continue;
      if (published == NULL && pos < article->length && read_dateline (article->text, &line, &published))
        continue;
      break;
    }

  if (published == NULL)
    line.start += read_date_line (article->text, &line, &published);

  if (looks_like_title (article->text, &line) && pos < article->length &&
      !is_blank (article->text + pos, article->length - pos))
    {
      gsize after_title = pos;
      Line next;

      article->title = g_strndup (article->text + line.start, line.end - line.start);
      body_start = pos;

      /* A dateline under the headline is not part of the text either. */
      if (published == NULL && next_line (article->text, article->length, &after_title, &next) &&
          after_title < article->length && read_dateline (article->text, &next, &published))
        body_start = after_title;
    }
  else
    {
      body_start = line.start;
    }

  /* Trailing boilerplate ("- News") is not part of the article. */
  body_end = body_start;
  pos = body_start;
  while (next_line (article->text, article->length, &pos, &line))
    {
      if (!is_boilerplate (article->text, &line))
        last = line;
    }
  body_end = MAX (last.end, body_start);
  if (body_end <= body_start)
    {
      /* A lone headline is still an article; it is its own text. */
      body_start = 0;
      body_end = article->length;
    }
  article->body_start = body_start;
  article->body_end = body_end;

  if (article->title == NULL)
    article->title = derive_title (article->text, body_start, body_end);

  if (options && options->published)
    {
      g_clear_pointer (&published, g_free);
      if (!(published = chr_importer_parse_published (options->published, error)))
        return NULL;
    }
  article->published = g_steal_pointer (&published);
  article->source = g_strdup (options ? options->source : NULL);

  chr_importer_extract (article);

  return g_steal_pointer (&article);
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

/**
 * chr_importer_load_file:
 * @path: a plain-text article
 * @options: (nullable): overrides for the publication date and source
 * @error: return location for a #GError
 *
 * Reads and parses one file. A sidecar "NAME.meta.json" beside "NAME.txt"
 * may give its "published" date and "source"; @options win over it.
 *
 * Returns: (transfer full) (nullable): the article
 */
ChrArticle *
chr_importer_load_file (const char              *path,
                        const ChrImportOptions  *options,
                        GError                 **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *published = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GError) local_error = NULL;
  ChrImportOptions merged = { NULL, NULL };
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ, "%s", local_error->message);
      return NULL;
    }
  if (!read_sidecar (path, &published, &source, error))
    return NULL;

  merged.published = options && options->published ? options->published : published;
  merged.source = options && options->source ? options->source : source;
  return chr_importer_parse_text (path, contents, length, &merged, error);
}

gboolean
chr_importer_import_file (ChrDatabase             *db,
                          const char              *path,
                          const ChrImportOptions  *options,
                          gint64                  *article_id,
                          gboolean                *added,
                          GError                 **error)
{
  g_autoptr(ChrArticle) article = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(article = chr_importer_load_file (path, options, error)))
    return FALSE;
  return chr_database_add_article (db, article, article_id, added, error);
}

static gboolean
is_article_file (const char *name)
{
  return g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".TXT");
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Files to import: the paths given, and the article files inside folders, sorted. */
static void
expand_path (const char *path,
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

      if (g_file_test (child, G_FILE_TEST_IS_DIR) || is_article_file (name))
        g_ptr_array_add (names, g_steal_pointer (&child));
    }
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      const char *child = *(const char **) &g_ptr_array_index (names, i);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        expand_path (child, files);
      else
        g_ptr_array_add (files, g_strdup (child));
    }
}

void
chr_import_report_free (ChrImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->added_ids, g_ptr_array_unref);
  g_clear_pointer (&report->errors, g_ptr_array_unref);
  g_free (report);
}

/**
 * chr_importer_import_paths:
 * @db: the timeline
 * @paths: files and folders
 * @options: (nullable): overrides for every file
 * @cancellable: (nullable): stops between two files
 *
 * Imports each file in its own transaction: a file that fails is reported
 * and leaves nothing behind, and the others still go in.
 *
 * Returns: (transfer full): what was done
 */
ChrImportReport *
chr_importer_import_paths (ChrDatabase             *db,
                           const char * const      *paths,
                           const ChrImportOptions  *options,
                           GCancellable            *cancellable)
{
  ChrImportReport *report = g_new0 (ChrImportReport, 1);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CHR_IS_DATABASE (db), report);

  report->added_ids = g_ptr_array_new_with_free_func (g_free);
  report->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  for (guint i = 0; paths && paths[i]; i++)
    expand_path (paths[i], files);

  {
    GError *error = NULL;

    if (!chr_reextract_refresh (db, cancellable, NULL, NULL, &error))
      {
        g_ptr_array_add (report->errors, error);
        return report;
      }
  }

  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      GError *error = NULL;
      gint64 id = 0;
      gboolean added = FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_ptr_array_add (report->errors, error);
          break;
        }
      if (!chr_importer_import_file (db, file, options, &id, &added, &error))
        {
          g_ptr_array_add (report->errors, error);
          continue;
        }
      if (added)
        {
          report->n_added++;
          g_ptr_array_add (report->added_ids, g_memdup2 (&id, sizeof id));
        }
      else
        report->n_unchanged++;
    }

  /* One merge for the whole batch: it spans every article of the timeline. */
  if (report->n_added > 0)
    {
      GError *error = NULL;

      if (!chr_importer_rebuild_events (db, &error))
        g_ptr_array_add (report->errors, error);
    }

  return report;
}

typedef struct
{
  char  *db_path;
  char **paths;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->db_path);
  g_strfreev (job->paths);
  g_free (job);
}

static void
import_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(ChrDatabase) db = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The worker has its own connection; the main thread keeps reading on its. */
  if (!(db = chr_database_open (job->db_path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task,
                         chr_importer_import_paths (db, (const char * const *) job->paths, NULL, cancellable),
                         (GDestroyNotify) chr_import_report_free);
}

/**
 * chr_importer_import_async:
 * @db_path: the timeline's file
 * @paths: files and folders to import
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: for @callback
 *
 * Imports in a worker thread with its own database connection.
 */
void
chr_importer_import_async (const char          *db_path,
                           const char * const  *paths,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (paths != NULL);

  job = g_new0 (ImportJob, 1);
  job->db_path = g_strdup (db_path);
  job->paths = g_strdupv ((char **) paths);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, chr_importer_import_async);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_worker);
}

ChrImportReport *
chr_importer_import_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * chr_importer_rebuild_events:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Merges the candidate events of every article into events (one for each
 * happening, however many articles report it) and stores them in place of
 * the extracted ones. The user's own events and edits are not touched.
 */
gboolean
chr_importer_rebuild_events (ChrDatabase  *db,
                             GError      **error)
{
  g_autoptr(ChrCandidateSet) set = NULL;
  g_autoptr(GPtrArray) merged = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);

  if (!(set = chr_database_load_candidates (db, error)))
    return FALSE;
  merged = chr_event_merge ((const ChrCandidate *) (gpointer) set->candidates->data, set->candidates->len);
  return chr_database_replace_events (db, set, merged, error);
}
