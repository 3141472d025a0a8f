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
#include "chr-event-rebuild.h"
#include "chr-importer.h"
#include "chr-reader-comments.h"
#include "chr-reextract.h"
#include "chr-sentences.h"
#include "chr-text.h"
#include "chr-text-decode.h"
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

/* A headline is short, and does not read like a paragraph. A news lead is
 * often a paragraph of one sentence: a line that closes with a full stop
 * after a word in lower case ("…in the Gulf on Tuesday.") is that
 * sentence, not a headline, which has no full stop. */
static gboolean
looks_like_title (const char *text,
                  const Line *line)
{
  gsize n = line->end - line->start;

  if (n == 0 || n > MAX_TITLE_BYTES)
    return FALSE;
  if (text[line->end - 1] == '.' && memchr (text + line->start, '.', n - 1) != NULL)
    return FALSE;
  if (n >= 2 && text[line->end - 1] == '.' && g_ascii_islower (text[line->end - 2]))
    return FALSE;
  return TRUE;
}

/**
 * chr_importer_derive_title:
 * @text: an article's text
 * @start: where its body starts
 * @end: where it ends
 *
 * Returns: (transfer full): a title for an article that has none: its
 *   first sentence, cut to a line's length
 */
char *
chr_importer_derive_title (const char *text,
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

/* Words that change from one copy of a template line to the next. */
static const char * const calendar_words[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
  "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
};

static gboolean
is_calendar_word (const char *word,
                  gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (calendar_words); i++)
    if (strlen (calendar_words[i]) == length && g_ascii_strncasecmp (word, calendar_words[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* A line is known by its first words: a print note that the text of a
 * sidebar runs on from, on the same line, is still the same line. */
#define LINE_WORDS 12

#define FNV(hash, byte) (((hash) ^ (guchar) (byte)) * 1099511628211ULL)

/* A line of text, without the blanks at its ends, as a number: lines that
 * a source repeats in many articles are its boilerplate (FNV-1a, 63 bits,
 * never 0). Numbers and the names of months and days count as one mark
 * each, so that a line made from a template ("A version of this article
 * appeared on p12 of the Main section on Monday 25 April 2011") is the
 * same line whatever page and day it names; only its first LINE_WORDS
 * words count. */
static gint64
hash_line (const char *text,
           gsize       start,
           gsize       end)
{
  guint64 hash = 14695981039346656037ULL;
  guint words = 0;
  gsize i;

  while (start < end && g_ascii_isspace (text[start]))
    start++;
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  for (i = start; i < end && words < LINE_WORDS;)
    {
      gsize run = i;

      if (g_ascii_isspace (text[i]) && i + 1 < end && !g_ascii_isspace (text[i + 1]))
        words++;
      if (g_ascii_isdigit (text[i]))
        {
          while (run < end && g_ascii_isdigit (text[run]))
            run++;
          hash = FNV (hash, '#');
          i = run;
          continue;
        }
      while (run < end && g_ascii_isalpha (text[run]))
        run++;
      if (run > i && is_calendar_word (text + i, run - i))
        {
          hash = FNV (hash, '@');
          i = run;
          continue;
        }
      for (run = MAX (run, i + 1); i < run; i++)
        hash = FNV (hash, text[i]);
    }
  hash &= G_MAXINT64;
  return hash != 0 ? (gint64) hash : 1;
}

/* Gives each candidate the number of its line, each line hashed once
 * however many candidates it holds. */
static void
hash_lines (ChrArticle *article)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) hashes = NULL;
  gsize zero = 0;

  g_array_append_val (starts, zero);
  for (gsize i = 0; i < article->length; i++)
    if (article->text[i] == '\n')
      {
        gsize next = i + 1;

        g_array_append_val (starts, next);
      }
  hashes = g_array_sized_new (FALSE, TRUE, sizeof (gint64), starts->len);
  g_array_set_size (hashes, starts->len);

  for (guint i = 0; i < article->events->len; i++)
    {
      ChrEventDraft *draft = g_ptr_array_index (article->events, i);
      guint low = 0, high = starts->len;
      gint64 *hash;

      /* The last line that starts at or before the phrase. */
      while (high - low > 1)
        {
          guint middle = low + (high - low) / 2;

          if (g_array_index (starts, gsize, middle) <= draft->phrase_start)
            low = middle;
          else
            high = middle;
        }
      hash = &g_array_index (hashes, gint64, low);
      if (*hash == 0)
        *hash = hash_line (article->text, g_array_index (starts, gsize, low),
                           low + 1 < starts->len ? g_array_index (starts, gsize, low + 1) : article->length);
      draft->line_hash = *hash;
    }
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

  article->sentences = chr_sentences_split_range (article->text, body_start, body_end);

  found = chr_timex_scan (article->text + body_start, body_end - body_start, dct);
  for (guint i = 0; i < found->len; i++)
    {
      ChrTimex *timex = &g_array_index (found, ChrTimex, i);

      timex->start += body_start;
      timex->end += body_start;
    }
  article->mentions = g_steal_pointer (&found);

  article->events = chr_event_builder_build (article->text, article->sentences, article->mentions, dct);
  hash_lines (article);
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
  g_autofree char *sha256 = NULL;
  gsize text_length = 0;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  if (!(text = chr_text_decode (path, data, length, &text_length, NULL, error)))
    return NULL;
  return chr_importer_parse_decoded (path, sha256, text, text_length, options, error);
}

/**
 * chr_importer_parse_decoded:
 * @path: (nullable): where the text came from
 * @sha256: the checksum of the file's bytes, which names the article
 * @text: (transfer full): the file's text, decoded to UTF-8
 * @length: its length
 * @options: (nullable): a publication date or source that overrides the text's
 * @error: return location for a #GError
 *
 * As chr_importer_parse_text(), on text already decoded.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with @error set
 */
ChrArticle *
chr_importer_parse_decoded (const char              *path,
                            const char              *sha256,
                            char                    *text,
                            gsize                    length,
                            const ChrImportOptions  *options,
                            GError                 **error)
{
  g_autoptr(ChrArticle) article = g_new0 (ChrArticle, 1);
  g_autofree char *published = NULL;
  gsize pos = 0;
  gsize body_start;
  gsize body_end;
  gsize comments;
  Line line;
  Line last = { 0, 0 };

  g_return_val_if_fail (text != NULL && sha256 != NULL, NULL);

  article->sha256 = g_strdup (sha256);
  article->path = g_strdup (path);
  article->text = text;
  article->length = length;

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

  /* Trailing boilerplate ("- News") is not part of the article, nor are
   * readers' comments after it. */
  comments = chr_reader_comments_find (article->text, body_start, article->length);
  body_end = body_start;
  pos = body_start;
  while (next_line (article->text, comments, &pos, &line))
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
    article->title = chr_importer_derive_title (article->text, body_start, body_end);

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

/**
 * chr_importer_rebuild_events:
 * @db: the timeline
 * @error: return location for a #GError
 *
 * Rebuilds the timeline's events after its articles changed: see
 * chr_event_rebuild().
 */
gboolean
chr_importer_rebuild_events (ChrDatabase  *db,
                             GError      **error)
{
  return chr_event_rebuild (db, error);
}
