/* chr-search.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Full-text search over the timeline's events (title, note) and articles
 * (title, text), through the FTS5 tables of schema 4.
 *
 * Whatever a person types is taken as words, never as FTS5 syntax: the
 * input (its first CHR_SEARCH_MAX_QUERY_BYTES bytes, invalid UTF-8 made
 * valid) is cut into tokens by the index's own tokenizer (unicode61,
 * diacritics and case folded), so quotes, "*", "-", "^", ":", parentheses,
 * AND, OR, NOT and NEAR are separators or plain words. Each token becomes
 * a quoted string (a quote inside doubled) and every token of two
 * characters or more a prefix ("ann" finds "annexed"); a one-character
 * token is matched whole, as a prefix of one character would match most of
 * the index. Tokens are joined by AND: a result holds them all, in any
 * column of its row. At most CHR_SEARCH_MAX_WORDS tokens count. No token,
 * no result (and no query).
 *
 * Snippets are plain text; the matched words in them are given as byte
 * ranges, which the same tokenizer finds, so what is marked is what matched.
 */
#define G_LOG_DOMAIN "chr-search"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "chr-database-private.h"
#include "chr-search.h"

/* An article's snippet: about this many bytes before its first match and
 * after it, cut between words. */
#define SNIPPET_BEFORE 60
#define SNIPPET_AFTER  160

/* A word of the query, folded as the index folds it. */
typedef struct
{
  char     *text;
  gsize     length;
  gboolean  prefix;
} Word;

static void
word_free (Word *word)
{
  g_free (word->text);
  g_free (word);
}

/* The index's tokenizer, as this connection's FTS5 gives it. */
typedef struct
{
  fts5_tokenizer  api;
  Fts5Tokenizer  *tokenizer;
} Tokenizer;

static fts5_api *
get_fts5 (ChrDatabase *db)
{
  g_autoptr(ChrStmt) stmt = NULL;
  fts5_api *fts5 = NULL;

  if (!(stmt = chr_database_prepare (db, "SELECT fts5 (?1)", NULL)))
    return NULL;
  sqlite3_bind_pointer (stmt, 1, (void *) &fts5, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  return fts5;
}

static gboolean
tokenizer_open (ChrDatabase  *db,
                Tokenizer    *tok,
                GError      **error)
{
  /* As the tables were made with (the migration to schema 4). */
  static const char *args[] = { "remove_diacritics", "2" };
  fts5_api *fts5 = get_fts5 (db);
  void *user_data = NULL;

  if (fts5 == NULL || fts5->xFindTokenizer (fts5, "unicode61", &user_data, &tok->api) != SQLITE_OK ||
      tok->api.xCreate (user_data, args, G_N_ELEMENTS (args), &tok->tokenizer) != SQLITE_OK)
    {
      tok->tokenizer = NULL;
      /* Translators: the SQLite library in use was built without its full-text search (FTS5). */
      g_set_error_literal (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FAILED,
                           _("Full-text search is not available"));
      return FALSE;
    }
  return TRUE;
}

static void
tokenizer_close (Tokenizer *tok)
{
  if (tok->tokenizer != NULL)
    tok->api.xDelete (tok->tokenizer);
  tok->tokenizer = NULL;
}

static int
collect_word (void       *user_data,
              int         flags,
              const char *token,
              int         length,
              int         start,
              int         end)
{
  GPtrArray *words = user_data;
  Word *word;

  if ((flags & FTS5_TOKEN_COLOCATED) || length <= 0)
    return SQLITE_OK;
  if (words->len >= CHR_SEARCH_MAX_WORDS)
    return SQLITE_DONE;

  word = g_new0 (Word, 1);
  word->text = g_strndup (token, (gsize) length);
  word->length = strlen (word->text);
  word->prefix = g_utf8_strlen (word->text, -1) >= 2;
  g_ptr_array_add (words, word);
  return SQLITE_OK;
}

/* The words of what someone typed, whatever it is. */
static GPtrArray *
parse_query (Tokenizer  *tok,
             const char *query)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) word_free);
  g_autofree char *valid = NULL;

  if (query == NULL)
    return g_steal_pointer (&words);

  valid = g_utf8_make_valid (query, (gssize) strnlen (query, CHR_SEARCH_MAX_QUERY_BYTES));
  tok->api.xTokenize (tok->tokenizer, words, FTS5_TOKENIZE_QUERY, valid, (int) strlen (valid), collect_word);
  return g_steal_pointer (&words);
}

static char *
build_match (GPtrArray *words)
{
  GString *match;

  if (words->len == 0)
    return NULL;

  match = g_string_new (NULL);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *word = g_ptr_array_index (words, i);

      if (i > 0)
        g_string_append_c (match, ' ');
      g_string_append_c (match, '"');
      for (const char *p = word->text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append_c (match, '"');
      if (word->prefix)
        g_string_append_c (match, '*');
    }
  return g_string_free (match, FALSE);
}

/**
 * chr_search_build_match:
 * @db: a timeline (its connection's tokenizer is used)
 * @query: (nullable): what someone typed: any bytes
 *
 * The FTS5 MATCH expression chr_search_run() uses for @query: one quoted
 * string for each word, folded; a prefix for a word of two characters or
 * more.
 *
 * Returns: (transfer full) (nullable): the expression, or %NULL when
 *   @query holds no word
 */
char *
chr_search_build_match (ChrDatabase *db,
                        const char  *query)
{
  Tokenizer tok = { 0 };
  g_autoptr(GPtrArray) words = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);

  if (!tokenizer_open (db, &tok, NULL))
    return NULL;
  words = parse_query (&tok, query);
  tokenizer_close (&tok);
  return build_match (words);
}

/* Where the query's words are in a text: what the index would match. */
typedef struct
{
  GPtrArray *words;
  GArray    *ranges;               /* ChrSearchRange, bytes into the text */
  gsize      from;                 /* the first match at or after this one... */
  gint64     first;                /* ...is here; -1 while there is none */
  gint64     first_any;            /* the first match anywhere */
  gboolean   window;               /* stop a snippet's length after the first match */
  gsize      stop_at;              /* tokens starting at or after this are not looked at */
} Marking;

static gboolean
word_matches (GPtrArray  *words,
              const char *token,
              gsize       length)
{
  for (guint i = 0; i < words->len; i++)
    {
      const Word *word = g_ptr_array_index (words, i);

      if (word->prefix ? length >= word->length && memcmp (token, word->text, word->length) == 0
                       : length == word->length && memcmp (token, word->text, length) == 0)
        return TRUE;
    }
  return FALSE;
}

static int
mark_token (void       *user_data,
            int         flags,
            const char *token,
            int         length,
            int         start,
            int         end)
{
  Marking *marking = user_data;
  ChrSearchRange range = { (guint) start, (guint) end };

  if ((gsize) start >= marking->stop_at)
    return SQLITE_DONE;
  if (length <= 0 || !word_matches (marking->words, token, (gsize) length))
    return SQLITE_OK;
  if (marking->ranges->len > 0 &&
      g_array_index (marking->ranges, ChrSearchRange, marking->ranges->len - 1).start == range.start)
    return SQLITE_OK;

  g_array_append_val (marking->ranges, range);
  if (marking->first_any < 0)
    marking->first_any = start;
  if (marking->first < 0 && (gsize) start >= marking->from)
    {
      marking->first = start;
      if (marking->window)
        marking->stop_at = (gsize) start + SNIPPET_AFTER + 1;
    }
  return SQLITE_OK;
}

/* Marks the words of @text, up to a snippet's length after the first match
 * at or after @from when @window. */
static void
mark (Tokenizer  *tok,
      Marking    *marking,
      GPtrArray  *words,
      const char *text,
      gsize       length,
      gsize       from,
      gboolean    window)
{
  *marking = (Marking) { words, g_array_new (FALSE, FALSE, sizeof (ChrSearchRange)), from, -1, -1, window,
                         G_MAXSIZE };
  if (text != NULL && length > 0)
    tok->api.xTokenize (tok->tokenizer, marking, FTS5_TOKENIZE_DOCUMENT, text, (int) MIN (length, G_MAXINT),
                        mark_token);
}

static gboolean
is_space (char c)
{
  return c == ' ' || (c >= 0 && c < 0x20) || c == 0x7f;
}

/* text[from, to) on one line, blanks folded, with "…" where it was cut, and
 * the ranges of @marks inside it moved to where they are in it. */
static char *
make_snippet (const char  *text,
              gsize        length,
              gsize        from,
              gsize        to,
              GArray      *marks,
              GArray     **ranges)
{
  GString *out = g_string_new (from > 0 ? "…" : "");
  guint next = 0;
  ChrSearchRange current = { 0, 0 };
  gboolean open = FALSE;

  *ranges = g_array_new (FALSE, FALSE, sizeof (ChrSearchRange));
  while (next < marks->len && g_array_index (marks, ChrSearchRange, next).start < from)
    next++;

  for (gsize i = from; i <= to; i++)
    {
      if (open && i == g_array_index (marks, ChrSearchRange, next).end)
        {
          current.end = (guint) out->len;
          g_array_append_val (*ranges, current);
          open = FALSE;
          next++;
        }
      if (!open && next < marks->len && i == g_array_index (marks, ChrSearchRange, next).start &&
          g_array_index (marks, ChrSearchRange, next).end <= to)
        {
          current.start = (guint) out->len;
          open = TRUE;
        }
      if (i == to)
        break;
      if (is_space (text[i]))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, text[i]);
    }
  if (to < length)
    {
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append (out, "…");
    }
  return g_string_free (out, FALSE);
}

/* A window of text around @at (a match, or where to start), cut between words. */
static char *
snippet_around (const char  *text,
                gsize        length,
                gsize        at,
                GArray      *marks,
                GArray     **ranges)
{
  gsize from = at > SNIPPET_BEFORE ? at - SNIPPET_BEFORE : 0;
  gsize to = MIN (length, at + SNIPPET_AFTER);
  gsize after = at;

  /* Not in the middle of a word: after a blank, or at the match itself. */
  if (from > 0 && !is_space (text[from - 1]))
    {
      while (from < at && !is_space (text[from]))
        from++;
    }
  while (from < at && is_space (text[from]))
    from++;

  while (after < to && !is_space (text[after]))
    after++;
  if (to < length)
    {
      gsize cut = to;

      while (cut > after && !is_space (text[cut]))
        cut--;
      if (cut > after)
        to = cut;
      else
        while (to > at && (text[to] & 0xc0) == 0x80)
          to--;
    }
  return make_snippet (text, length, from, to, marks, ranges);
}

static void
append_piece (GString         *out,
              const char      *text,
              gsize            length,
              ChrSearchEscape  escape)
{
  g_autofree char *escaped = NULL;

  if (escape == NULL)
    {
      g_string_append_len (out, text, (gssize) length);
      return;
    }
  escaped = escape (text, (gssize) length);
  g_string_append (out, escaped);
}

/**
 * chr_search_mark:
 * @snippet: a result's snippet
 * @ranges: (element-type ChrSearchRange): its matched words
 * @before: what goes before each match ("<b>", "[")
 * @after: what goes after it
 * @escape: (nullable): escapes the snippet's text, not the marks; %NULL to copy it as it is
 *
 * The snippet with its matched words marked: bold on a terminal or in a
 * label, in brackets in plain text. Ranges out of order or out of the
 * snippet are left out.
 *
 * Returns: (transfer full): the marked snippet
 */
char *
chr_search_mark (const char      *snippet,
                 GArray          *ranges,
                 const char      *before,
                 const char      *after,
                 ChrSearchEscape  escape)
{
  GString *out = g_string_new (NULL);
  gsize done = 0, length;

  g_return_val_if_fail (snippet != NULL, NULL);

  length = strlen (snippet);
  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const ChrSearchRange *range = &g_array_index (ranges, ChrSearchRange, i);

      if (range->start < done || range->end > length || range->end <= range->start)
        continue;
      append_piece (out, snippet + done, range->start - done, escape);
      g_string_append (out, before);
      append_piece (out, snippet + range->start, range->end - range->start, escape);
      g_string_append (out, after);
      done = range->end;
    }
  append_piece (out, snippet + done, length - done, escape);
  return g_string_free (out, FALSE);
}

void
chr_search_event_free (ChrSearchEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->title);
  g_free (event->value);
  g_free (event->snippet);
  g_clear_pointer (&event->ranges, g_array_unref);
  g_free (event);
}

void
chr_search_article_free (ChrSearchArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->title);
  g_free (article->source);
  g_free (article->published);
  g_free (article->snippet);
  g_clear_pointer (&article->ranges, g_array_unref);
  g_free (article);
}

void
chr_search_results_free (ChrSearchResults *results)
{
  if (results == NULL)
    return;
  g_clear_pointer (&results->events, g_ptr_array_unref);
  g_clear_pointer (&results->articles, g_ptr_array_unref);
  g_free (results);
}

static int
check_cancelled (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static gboolean
step_failed (ChrDatabase   *db,
             int            rc,
             GCancellable  *cancellable,
             GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return chr_database_set_sqlite_error (db, rc, error);
}

static void
fill_event (ChrSearchEvent *event,
            Tokenizer      *tok,
            GPtrArray      *words,
            sqlite3_stmt   *stmt)
{
  const char *note = (const char *) sqlite3_column_text (stmt, 8);
  Marking marking;

  event->id = sqlite3_column_int64 (stmt, 0);
  event->title = chr_database_column_strdup (stmt, 1);
  event->value = chr_database_column_strdup (stmt, 2);
  event->interval.begin = sqlite3_column_int64 (stmt, 3);
  event->interval.end = sqlite3_column_int64 (stmt, 4);
  event->interval.granularity = chr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 5));
  event->importance = sqlite3_column_double (stmt, 6);
  event->flags = (guint) sqlite3_column_int (stmt, 7);

  mark (tok, &marking, words, event->title, strlen (event->title), 0, FALSE);
  if (marking.ranges->len == 0 && note != NULL)
    {
      Marking in_note;
      gsize length = (gsize) sqlite3_column_bytes (stmt, 8);

      mark (tok, &in_note, words, note, length, 0, TRUE);
      if (in_note.first >= 0)
        {
          event->snippet = snippet_around (note, length, (gsize) in_note.first, in_note.ranges, &event->ranges);
          event->snippet_is_note = TRUE;
        }
      g_array_unref (in_note.ranges);
    }
  if (event->snippet == NULL)
    event->snippet = make_snippet (event->title, strlen (event->title), 0, strlen (event->title), marking.ranges,
                                   &event->ranges);
  g_array_unref (marking.ranges);
}

static gboolean
search_events (ChrDatabase       *db,
               Tokenizer         *tok,
               GPtrArray         *words,
               const char        *match,
               guint              limit,
               ChrSearchResults  *results,
               GCancellable      *cancellable,
               GError           **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  int rc;

  /* bm25 ties (the same words in titles of the same length) go to the
   * event more articles report. */
  if (!(stmt = chr_database_prepare (db,
                                     "SELECT e.id, e.title, e.value, e.begin_time, e.end_time, e.granularity,"
                                     " e.importance, e.flags, e.note"
                                     " FROM events_fts f JOIN events e ON e.id = f.rowid"
                                     " WHERE events_fts MATCH ?1"
                                     " ORDER BY f.rank, e.importance DESC, e.id LIMIT ?2",
                                     error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrSearchEvent *event = g_new0 (ChrSearchEvent, 1);

      fill_event (event, tok, words, stmt);
      g_ptr_array_add (results->events, event);
    }
  if (rc != SQLITE_DONE)
    return step_failed (db, rc, cancellable, error);
  return TRUE;
}

static gboolean
fill_article (ChrDatabase       *db,
              ChrSearchArticle  *article,
              Tokenizer         *tok,
              GPtrArray         *words,
              sqlite3_stmt      *read_text,
              GCancellable      *cancellable,
              GError           **error)
{
  const char *text;
  gsize length, body_start;
  Marking marking;
  int rc;

  sqlite3_reset (read_text);
  sqlite3_bind_int64 (read_text, 1, article->id);
  if ((rc = sqlite3_step (read_text)) != SQLITE_ROW)
    return step_failed (db, rc, cancellable, error);
  text = (const char *) sqlite3_column_text (read_text, 0);
  length = (gsize) sqlite3_column_bytes (read_text, 0);
  body_start = (gsize) CLAMP (sqlite3_column_int64 (read_text, 1), 0, (gint64) length);

  /* The first match in the body, past the headline; else the first one. */
  mark (tok, &marking, words, text, length, body_start, TRUE);
  if (marking.first < 0)
    marking.first = marking.first_any;
  article->match_offset = marking.first;
  article->snippet = snippet_around (text, length, marking.first >= 0 ? (gsize) marking.first : body_start,
                                     marking.ranges, &article->ranges);
  g_array_unref (marking.ranges);
  return TRUE;
}

static gboolean
search_articles (ChrDatabase       *db,
                 Tokenizer         *tok,
                 GPtrArray         *words,
                 const char        *match,
                 guint              limit,
                 ChrSearchResults  *results,
                 GCancellable      *cancellable,
                 GError           **error)
{
  g_autoptr(ChrStmt) stmt = NULL;
  g_autoptr(ChrStmt) read_text = NULL;
  int rc;

  /* ORDER BY rank alone lets FTS5 sort and stop at the limit itself. */
  if (!(stmt = chr_database_prepare (db,
                                     "SELECT a.id, a.title, a.source, a.published"
                                     " FROM articles_fts f JOIN articles a ON a.id = f.rowid"
                                     " WHERE articles_fts MATCH ?1 ORDER BY f.rank LIMIT ?2",
                                     error)) ||
      !(read_text = chr_database_prepare (db, "SELECT text, body_start FROM articles WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChrSearchArticle *article = g_new0 (ChrSearchArticle, 1);

      article->id = sqlite3_column_int64 (stmt, 0);
      article->title = chr_database_column_strdup (stmt, 1);
      article->source = chr_database_column_strdup (stmt, 2);
      article->published = chr_database_column_strdup (stmt, 3);
      g_ptr_array_add (results->articles, article);
      if (!fill_article (db, article, tok, words, read_text, cancellable, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    return step_failed (db, rc, cancellable, error);
  return TRUE;
}

/**
 * chr_search_run:
 * @db: a timeline, at schema 4 or later
 * @query: (nullable): what someone typed: any bytes (see the top of this file)
 * @limit: at most this many events and this many articles; 0 for all
 * @cancellable: (nullable): stops the search, even in the middle of a query
 * @error: return location for a #GError
 *
 * Finds the events and articles that hold every word of @query (the last
 * letters of each word may be missing), with a snippet of each and its
 * matched words. Events come most relevant first (BM25, the title weighing
 * more than the note), then most important; articles most relevant first
 * (the title weighing more than the text). Input that holds no word finds
 * nothing; no input is an error.
 *
 * Returns: (transfer full) (nullable): the results, or %NULL with @error
 *   set (an error of the file; %G_IO_ERROR_CANCELLED)
 */
ChrSearchResults *
chr_search_run (ChrDatabase   *db,
                const char    *query,
                guint          limit,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(ChrSearchResults) results = g_new0 (ChrSearchResults, 1);
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *match = NULL;
  Tokenizer tok = { 0 };
  gboolean ok;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  results->events = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_search_event_free);
  results->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_search_article_free);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) || !tokenizer_open (db, &tok, error))
    return NULL;
  words = parse_query (&tok, query);
  if (!(match = build_match (words)))
    {
      tokenizer_close (&tok);
      return g_steal_pointer (&results);
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (db->db, 1000, check_cancelled, cancellable);
  ok = search_events (db, &tok, words, match, limit, results, cancellable, error) &&
       search_articles (db, &tok, words, match, limit, results, cancellable, error);
  if (cancellable != NULL)
    sqlite3_progress_handler (db->db, 0, NULL, NULL);
  tokenizer_close (&tok);

  if (!ok)
    return NULL;
  return g_steal_pointer (&results);
}
