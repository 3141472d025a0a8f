/* chr-json-articles.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-json-articles"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "chr-importer.h"
#include "chr-json-articles.h"

/* Articles as JSON: a file of one article object or an array of them,
 * parsed whole, or JSON Lines, one article object a line, parsed a line at
 * a time so that only one article's tree is built at once.
 *
 * Each text is checked against JSON's grammar (RFC 8259) before json-glib
 * builds its tree: json-glib 1.6 is lenient (comments, single quotes, octal
 * escapes that make bytes that are not UTF-8, a lone surrogate that eats
 * the quote after it), follows nesting by recursion until the stack runs
 * out, and says where it stopped in words that do not always fit. The check
 * says what is wrong and where, and bounds the nesting. */

/* Arrays and objects inside one another: an article needs three or four. */
#define MAX_DEPTH 64
/* A JSON file is parsed into a tree several times its size. */
#define MAX_JSON_BYTES ((gsize) 256 << 20)
/* One line of JSON Lines is one article. */
#define MAX_LINE_BYTES ((gsize) 64 << 20)
/* Longer than any way of writing a date. */
#define MAX_DATE_BYTES 64
/* Words quoted from the text in a message. */
#define MAX_QUOTE_CHARS 40

static const char * const text_names[] = { "text", "body", "content", NULL };
static const char * const date_names[] = { "published", "date", "time", "datePublished", NULL };

/* Where and why a text cannot be read as JSON. */
typedef struct
{
  gsize     offset;                /* of the byte at fault; G_MAXSIZE when not known */
  char     *detail;                /* translated */
  gboolean  refused;               /* the JSON may be valid, but is not read */
} Fault;

typedef enum
{
  EXPECT_VALUE,                    /* at the top, after ':', after ',' in an array */
  EXPECT_VALUE_OR_END,             /* after '[' */
  EXPECT_MEMBER,                   /* after ',' in an object */
  EXPECT_MEMBER_OR_END,            /* after '{' */
  EXPECT_COLON,                    /* after a member's name */
  EXPECT_COMMA_OR_END,             /* after a value in an array or an object */
  EXPECT_NOTHING,                  /* after the value at the top */
} Expect;

/* A check of a text against JSON's grammar, a token at a time. */
typedef struct
{
  const char *text;
  gsize       length;
  gsize       pos;
  Expect      expect;
  guint       depth;
  char        open[MAX_DEPTH];     /* '[' or '{' for each open array and object */
} Check;

/* Where an article is in its file, for its problems. */
typedef struct
{
  const char *name;
  gboolean    lines;
  guint       number;              /* of the article or of the line, from 1 */
} Place;

static void
fault_clear (Fault *fault)
{
  g_clear_pointer (&fault->detail, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Fault, fault_clear)

static gboolean
set_fault (Fault *fault,
           gsize  offset,
           char  *detail)
{
  g_free (fault->detail);
  fault->offset = offset;
  fault->detail = detail;
  return FALSE;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
is_blank (const char *text,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!is_space (text[i]))
      return FALSE;
  return TRUE;
}

/* The line and the column, both from 1, of the byte at @offset of valid
 * UTF-8; the column counts characters. */
static void
locate (const char *text,
        gsize       length,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  const char *start = text;
  const char *end = text + MIN (offset, length);
  const char *nl;

  *line = 1;
  while ((nl = memchr (start, '\n', (gsize) (end - start))) != NULL)
    {
      (*line)++;
      start = nl + 1;
    }
  *column = (guint) g_utf8_strlen (start, end - start) + 1;
}

static gboolean
unexpected_character (Check *check,
                      Fault *fault)
{
  const char *p = check->text + check->pos;
  gunichar c = g_utf8_get_char_validated (p, (gssize) (check->length - check->pos));
  char utf8[8] = { 0 };

  if (c == (gunichar) -1 || c == (gunichar) -2)
    c = (guchar) *p;
  if (!g_unichar_isgraph (c))
    /* Translators: a character that is not allowed where it is, by its Unicode code */
    return set_fault (fault, check->pos, g_strdup_printf (_("unexpected character U+%04X"), c));
  g_unichar_to_utf8 (c, utf8);
  /* Translators: a character that is not allowed where it is */
  return set_fault (fault, check->pos, g_strdup_printf (_("unexpected character “%s”"), utf8));
}

/* At the end of the text, before its value is whole: just past its last character. */
static gboolean
ends_early (const Check *check,
            Fault       *fault)
{
  gsize end = check->length;

  while (end > 0 && is_space (check->text[end - 1]))
    end--;
  return set_fault (fault, end, g_strdup (_("it ends in the middle of a value")));
}

/* The four hex digits at @p: the code unit, or -1 when they are not hex
 * digits, or -2 when the text ends first. */
static gint
read_hex4 (const char *p,
           gsize       available)
{
  gint unit = 0;

  for (gsize i = 0; i < 4; i++)
    {
      gint digit;

      if (i >= available)
        return -2;
      if ((digit = g_ascii_xdigit_value (p[i])) < 0)
        return -1;
      unit = unit * 16 + digit;
    }
  return unit;
}

/* A \u escape, or two for a character beyond the BMP. */
static gboolean
check_unicode_escape (Check *check,
                      Fault *fault)
{
  const char *p = check->text + check->pos;
  gsize available = check->length - check->pos;
  gint unit = read_hex4 (p + 2, available - 2);
  gboolean high = unit >= 0xd800 && unit <= 0xdbff;
  gint low = -1;

  if (unit == -2)
    return ends_early (check, fault);
  if (unit == -1)
    return set_fault (fault, check->pos, g_strdup (_("a \\u escape without four hex digits")));
  if (high && (available == 6 || (available == 7 && p[6] == '\\')))
    return ends_early (check, fault);
  if (high && available >= 8 && p[6] == '\\' && p[7] == 'u')
    low = read_hex4 (p + 8, available - 8);
  if (low == -2)
    return ends_early (check, fault);
  if (unit >= 0xd800 && unit <= 0xdfff && !(high && low >= 0xdc00 && low <= 0xdfff))
    return set_fault (fault, check->pos,
                      g_strdup (_("a \\u escape that is half a character (a lone surrogate)")));
  check->pos += high ? 12 : 6;
  return TRUE;
}

static gboolean
check_escape (Check *check,
              Fault *fault)
{
  char c;

  if (check->length - check->pos < 2)
    return ends_early (check, fault);
  c = check->text[check->pos + 1];
  if (c == 'u')
    return check_unicode_escape (check, fault);
  if (c == '\0' || strchr ("\"\\/bfnrt", c) == NULL)
    return set_fault (fault, check->pos, g_strdup (_("an unknown escape inside a string")));
  check->pos += 2;
  return TRUE;
}

/* From the opening quote to just after the closing one. */
static gboolean
check_string (Check *check,
              Fault *fault)
{
  check->pos++;
  for (;;)
    {
      char c;

      if (check->pos >= check->length)
        return ends_early (check, fault);
      c = check->text[check->pos];
      if (c == '"')
        break;
      if ((guchar) c < 0x20)
        return set_fault (fault, check->pos, g_strdup (_("a control character inside a string")));
      if (c != '\\')
        check->pos++;
      else if (!check_escape (check, fault))
        return FALSE;
    }
  check->pos++;
  return TRUE;
}

static gsize
skip_digits (const Check *check,
             gsize        i)
{
  while (i < check->length && g_ascii_isdigit (check->text[i]))
    i++;
  return i;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and nothing glued after. */
static gboolean
check_number (Check *check,
              Fault *fault)
{
  const char *text = check->text;
  gsize length = check->length;
  gsize i = check->pos;
  gboolean ok;

  if (text[i] == '-')
    i++;
  ok = i < length && g_ascii_isdigit (text[i]);
  i = i < length && text[i] == '0' ? i + 1 : skip_digits (check, i);
  if (ok && i < length && text[i] == '.')
    {
      ok = i + 1 < length && g_ascii_isdigit (text[i + 1]);
      i = skip_digits (check, i + 1);
    }
  if (ok && i < length && (text[i] == 'e' || text[i] == 'E'))
    {
      i++;
      if (i < length && (text[i] == '+' || text[i] == '-'))
        i++;
      ok = i < length && g_ascii_isdigit (text[i]);
      i = skip_digits (check, i);
    }
  if (i < length && (g_ascii_isalnum (text[i]) || strchr (".+-", text[i]) != NULL))
    ok = FALSE;
  if (!ok)
    return set_fault (fault, check->pos, g_strdup (_("a malformed number")));
  check->pos = i;
  return TRUE;
}

/* true, false or null. */
static gboolean
check_literal (Check *check,
               Fault *fault)
{
  const char *word = check->text + check->pos;
  gsize n = 0;

  while (check->pos + n < check->length && (g_ascii_isalnum (word[n]) || word[n] == '_'))
    n++;
  if ((n == 4 && memcmp (word, "true", 4) == 0) || (n == 5 && memcmp (word, "false", 5) == 0) ||
      (n == 4 && memcmp (word, "null", 4) == 0))
    {
      check->pos += n;
      return TRUE;
    }
  /* Translators: %.*s is a word in the file, like “True” or “NaN” */
  return set_fault (fault, check->pos, g_strdup_printf (_("“%.*s” is not a JSON value"),
                                                        (int) MIN (n, MAX_QUOTE_CHARS), word));
}

static void
end_value (Check *check)
{
  check->expect = check->depth > 0 ? EXPECT_COMMA_OR_END : EXPECT_NOTHING;
}

static gboolean
close_container (Check *check)
{
  check->depth--;
  check->pos++;
  end_value (check);
  return TRUE;
}

static gboolean
check_value (Check *check,
             Fault *fault)
{
  char c = check->text[check->pos];
  gboolean ok;

  if (c == '[' || c == '{')
    {
      if (check->depth == MAX_DEPTH)
        {
          /* Translators: %u is a number, like 64 */
          char *detail = g_strdup_printf (_("arrays and objects nested more than %u deep"),
                                          MAX_DEPTH);

          fault->refused = TRUE;
          return set_fault (fault, check->pos, detail);
        }
      check->open[check->depth++] = c;
      check->expect = c == '[' ? EXPECT_VALUE_OR_END : EXPECT_MEMBER_OR_END;
      check->pos++;
      return TRUE;
    }
  if (c == '"')
    ok = check_string (check, fault);
  else if (c == '-' || g_ascii_isdigit (c))
    ok = check_number (check, fault);
  else if (g_ascii_isalpha (c))
    ok = check_literal (check, fault);
  else if (c == ']' || c == '}' || c == ',' || c == ':')
    ok = set_fault (fault, check->pos, g_strdup (_("a value is missing")));
  else
    ok = unexpected_character (check, fault);
  if (!ok)
    return FALSE;
  end_value (check);
  return TRUE;
}

static gboolean
check_after_value (Check *check,
                   Fault *fault)
{
  char c = check->text[check->pos];
  char close = check->open[check->depth - 1] == '[' ? ']' : '}';

  if (c == ',')
    {
      check->expect = close == ']' ? EXPECT_VALUE : EXPECT_MEMBER;
      check->pos++;
      return TRUE;
    }
  if (c != close)
    {
      const char *detail = close == ']' ? _("“,” or “]” should come next")
                                        : _("“,” or “}” should come next");

      return set_fault (fault, check->pos, g_strdup (detail));
    }
  return close_container (check);
}

static gboolean
check_token (Check *check,
             Fault *fault)
{
  char c = check->text[check->pos];

  switch (check->expect)
    {
    case EXPECT_NOTHING:
      return set_fault (fault, check->pos, g_strdup (_("more follows the end of the value")));
    case EXPECT_COLON:
      if (c != ':')
        return set_fault (fault, check->pos, g_strdup (_("“:” should follow a member’s name")));
      check->expect = EXPECT_VALUE;
      check->pos++;
      return TRUE;
    case EXPECT_COMMA_OR_END:
      return check_after_value (check, fault);
    case EXPECT_MEMBER_OR_END:
    case EXPECT_MEMBER:
      if (c == '}' && check->expect == EXPECT_MEMBER_OR_END)
        return close_container (check);
      if (c != '"')
        return set_fault (fault, check->pos,
                          g_strdup (_("a member’s name, a string, should come next")));
      check->expect = EXPECT_COLON;
      return check_string (check, fault);
    case EXPECT_VALUE_OR_END:
      if (c == ']')
        return close_container (check);
      return check_value (check, fault);
    case EXPECT_VALUE:
    default:
      return check_value (check, fault);
    }
}

/* Whether @text is one JSON value, and no more. */
static gboolean
check_json (const char *text,
            gsize       length,
            Fault      *fault)
{
  Check check = { text, length, 0, EXPECT_VALUE, 0, { 0 } };

  for (;;)
    {
      while (check.pos < length && is_space (text[check.pos]))
        check.pos++;
      if (check.pos == length)
        break;
      if (!check_token (&check, fault))
        return FALSE;
    }
  return check.expect == EXPECT_NOTHING || ends_early (&check, fault);
}

/* The one value @text holds, or %NULL with @fault set. The value belongs
 * to @parser, until it parses again. */
static JsonNode *
parse_text (JsonParser *parser,
            const char *text,
            gsize       length,
            Fault      *fault)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!check_json (text, length, fault))
    return NULL;
  /* Not expected once the text is checked; json-glib's own words then. */
  if (!json_parser_load_from_data (parser, text, (gssize) length, &local_error))
    {
      set_fault (fault, G_MAXSIZE, g_utf8_make_valid (local_error->message, -1));
      return NULL;
    }
  if ((root = json_parser_get_root (parser)) == NULL)
    set_fault (fault, G_MAXSIZE, g_strdup (_("it holds no value")));
  return root;
}

static char *
describe_place (const Place *place)
{
  if (place->lines)
    /* Translators: where in a file a problem is: its name, and a line of it */
    return g_strdup_printf (_("“%s”, line %u"), place->name, place->number);
  /* Translators: where in a file a problem is: its name, and which of its articles (from 1) */
  return g_strdup_printf (_("“%s”, article %u"), place->name, place->number);
}

static void
add_problem (ChrJsonArticles *articles,
             const Place     *place,
             int              code,
             const char      *what)
{
  g_autofree char *where = describe_place (place);
  GError *problem;

  /* Translators: a problem with one article: where it is ("“news.json”, article 3"),
   * then what is wrong */
  problem = g_error_new (CHR_IMPORT_ERROR, code, _("%s: %s"), where, what);
  g_ptr_array_add (articles->problems, problem);
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A string as a record keeps it: valid UTF-8, trimmed, %NULL when empty. */
static char *
clean_string (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value, -1);

  g_strstrip (valid);
  return valid[0] != '\0' ? g_steal_pointer (&valid) : NULL;
}

/* The first of @names that @object has and that is not null. */
static JsonNode *
find_member (JsonObject         *object,
             const char * const *names,
             const char        **found)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (object, names[i]);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        {
          *found = names[i];
          return node;
        }
    }
  return NULL;
}

static gboolean
read_string (JsonObject  *object,
             const char  *member,
             char       **value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_string (node))
    {
      /* Translators: %s is the name of a field of an article in a JSON file, like “title” */
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                   _("“%s” is not a string"), member);
      return FALSE;
    }
  *value = clean_string (json_node_get_string (node));
  return TRUE;
}

/* Whether the white space that ends @value breaks the line. */
static gboolean
ends_line (const char *value)
{
  gsize i = strlen (value);

  while (i > 0 && g_ascii_isspace (value[i - 1]))
    if (value[--i] == '\n')
      return TRUE;
  return FALSE;
}

/* Authors are joined with commas. Sentences are joined with spaces into
 * paragraphs: a sentence that ends in a line break, or an empty one, ends
 * its paragraph. Nulls count for nothing. */
static gboolean
join_strings (JsonArray  *array,
              gboolean    sentences,
              char      **value)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  gboolean paragraph_ended = FALSE;
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *part = NULL;

      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!holds_string (node))
        return FALSE;
      part = clean_string (json_node_get_string (node));
      if (part != NULL)
        {
          if (joined->len > 0)
            g_string_append (joined, !sentences ? ", " : paragraph_ended ? "\n\n" : " ");
          g_string_append (joined, part);
          paragraph_ended = FALSE;
        }
      if (sentences && (part == NULL || ends_line (json_node_get_string (node))))
        paragraph_ended = TRUE;
    }
  *value = joined->len > 0 ? g_string_free (g_steal_pointer (&joined), FALSE) : NULL;
  return TRUE;
}

/* A string, or an array of strings joined. */
static gboolean
read_strings (JsonNode    *node,
              const char  *member,
              gboolean     sentences,
              char       **value,
              GError     **error)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (holds_string (node))
    {
      *value = clean_string (json_node_get_string (node));
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (node) && join_strings (json_node_get_array (node), sentences, value))
    return TRUE;
  /* Translators: %s is the name of a field of an article in a JSON file, like “author” */
  g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
               _("“%s” is neither a string nor a list of strings"), member);
  return FALSE;
}

/* Any date the article gives. A date that is no string, or that names no
 * date, is no date: the article is still read. */
static char *
read_date (JsonObject *object)
{
  const char *member = NULL;
  JsonNode *node = find_member (object, date_names, &member);
  g_autofree char *value = NULL;

  if (node == NULL || !holds_string (node) || strlen (json_node_get_string (node)) > MAX_DATE_BYTES)
    return NULL;
  value = clean_string (json_node_get_string (node));
  if (value == NULL)
    return NULL;
  /* ISO 8601's basic form, as the news-tls data sets write times: "20030404T000000". */
  if (strspn (value, "0123456789") == 8 && (value[8] == '\0' || value[8] == 'T'))
    {
      g_autofree char *day = g_strdup_printf ("%.4s-%.2s-%.2s", value, value + 4, value + 6);

      return chr_article_record_date (day);
    }
  return chr_article_record_date (value);
}

static ChrArticleRecord *
record_from_object (JsonObject  *object,
                    GError     **error)
{
  g_autoptr(ChrArticleRecord) record = chr_article_record_new ();
  const char *text_name = text_names[0];
  JsonNode *text = find_member (object, text_names, &text_name);
  JsonNode *author = json_object_get_member (object, "author");

  if (!read_string (object, "title", &record->title, error) ||
      !read_strings (text, text_name, TRUE, &record->text, error) ||
      !read_string (object, "source", &record->source, error) ||
      !read_string (object, "url", &record->url, error) ||
      !read_strings (author, "author", FALSE, &record->author, error))
    return NULL;
  if (record->text == NULL)
    {
      /* Translators: said of an article in a JSON file, after where it is */
      g_set_error_literal (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY, _("has no text"));
      return NULL;
    }
  record->published = read_date (object);
  return g_steal_pointer (&record);
}

static void
add_article (ChrJsonArticles *articles,
             JsonNode        *node,
             const Place     *place)
{
  g_autoptr(GError) local_error = NULL;
  ChrArticleRecord *record;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      /* Translators: said of an article in a JSON file, after where it is */
      add_problem (articles, place, CHR_IMPORT_ERROR_READ, _("is not a JSON object"));
      return;
    }
  record = record_from_object (json_node_get_object (node), &local_error);
  if (record == NULL)
    add_problem (articles, place, local_error->code, local_error->message);
  else
    g_ptr_array_add (articles->records, record);
}

static ChrJsonArticles *
articles_new (void)
{
  ChrJsonArticles *articles = g_new0 (ChrJsonArticles, 1);

  articles->records = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_article_record_free);
  articles->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  return articles;
}

static void
set_file_fault (GError      **error,
                const char   *name,
                const char   *text,
                gsize         length,
                const Fault  *fault)
{
  guint line;
  guint column;

  if (fault->offset == G_MAXSIZE)
    {
      /* Translators: the file's name, then what is wrong with it */
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                   _("“%s” is not valid JSON: %s"), name, fault->detail);
      return;
    }
  locate (text, length, fault->offset, &line, &column);
  if (fault->refused)
    g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                 /* Translators: the file's name, where in it, then why it is not read */
                 _("“%s” cannot be read: line %u, column %u: %s"),
                 name, line, column, fault->detail);
  else
    g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                 /* Translators: the file's name, where in it, then what is wrong */
                 _("“%s” is not valid JSON: line %u, column %u: %s"),
                 name, line, column, fault->detail);
}

static void
add_line_fault (ChrJsonArticles *articles,
                const Place     *place,
                const char      *line,
                gsize            length,
                const Fault     *fault)
{
  g_autofree char *what = NULL;
  guint line_number;
  guint column;

  /* Translators: said of a line of a JSON Lines file, after where it is; then what is wrong */
  if (fault->offset == G_MAXSIZE)
    what = g_strdup_printf (_("not valid JSON: %s"), fault->detail);
  else
    {
      locate (line, length, fault->offset, &line_number, &column);
      if (fault->refused)
        /* Translators: said of a line of a JSON Lines file, after where it is;
         * then why it is not read */
        what = g_strdup_printf (_("cannot be read at column %u: %s"), column, fault->detail);
      else
        /* Translators: said of a line of a JSON Lines file, after where it is;
         * then what is wrong */
        what = g_strdup_printf (_("not valid JSON at column %u: %s"), column, fault->detail);
    }
  add_problem (articles, place, CHR_IMPORT_ERROR_READ, what);
}

static ChrJsonArticles *
parse_json (const char  *text,
            gsize        length,
            const char  *name,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ChrJsonArticles) articles = NULL;
  g_auto(Fault) fault = { 0 };
  Place place = { name, FALSE, 1 };
  JsonNode *root;
  JsonArray *array;

  if (length > MAX_JSON_BYTES)
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                   /* Translators: %u is a size in mebibytes, like 256 */
                   _("“%s” is larger than %u MiB, too large to read as one JSON document; "
                     "as JSON Lines (.jsonl), one article a line, it can be of any size"),
                   name, (guint) (MAX_JSON_BYTES >> 20));
      return NULL;
    }
  if (!(root = parse_text (parser, text, length, &fault)))
    {
      set_file_fault (error, name, text, length, &fault);
      return NULL;
    }
  articles = articles_new ();
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      add_article (articles, root, &place);
      return g_steal_pointer (&articles);
    }
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_READ,
                   _("“%s” holds no articles: its JSON is neither an object nor an array"), name);
      return NULL;
    }
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      place.number = i + 1;
      add_article (articles, json_array_get_element (array, i), &place);
    }
  if (articles->records->len == 0 && articles->problems->len == 0)
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY,
                   _("“%s” has no articles"), name);
      return NULL;
    }
  return g_steal_pointer (&articles);
}

static void
read_line (ChrJsonArticles *articles,
           JsonParser      *parser,
           const char      *line,
           gsize            length,
           const Place     *place)
{
  g_auto(Fault) fault = { 0 };
  JsonNode *root;

  if (length > MAX_LINE_BYTES)
    {
      g_autofree char *what = NULL;

      /* Translators: said of a line of a JSON Lines file, after where it is;
       * %u is a size in mebibytes */
      what = g_strdup_printf (_("longer than %u MiB"), (guint) (MAX_LINE_BYTES >> 20));
      add_problem (articles, place, CHR_IMPORT_ERROR_READ, what);
      return;
    }
  if (!(root = parse_text (parser, line, length, &fault)))
    {
      add_line_fault (articles, place, line, length, &fault);
      return;
    }
  add_article (articles, root, place);
}

static ChrJsonArticles *
parse_lines (const char *text,
             gsize       length,
             const char *name)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ChrJsonArticles) articles = articles_new ();
  Place place = { name, TRUE, 0 };
  gsize pos = 0;

  while (pos < length)
    {
      const char *nl = memchr (text + pos, '\n', length - pos);
      gsize end = nl != NULL ? (gsize) (nl - text) : length;

      place.number++;
      if (!is_blank (text + pos, end - pos))
        read_line (articles, parser, text + pos, end - pos, &place);
      pos = nl != NULL ? end + 1 : length;
    }
  return g_steal_pointer (&articles);
}

/**
 * chr_json_articles_parse:
 * @data: (array length=length): what the file holds
 * @length: its length in bytes
 * @lines: whether it is JSON Lines (".jsonl"), one article object a line;
 *   otherwise it is JSON (".json"), one article object or an array of them
 * @name: the file's name, for messages
 * @error: return location for a #GError
 *
 * Reads the articles of a file. An article is an object with a "title", a
 * "text" ("body", "content"; a string, or an array of sentences), a
 * "published" date ("date", "time", "datePublished"), a "source", a "url"
 * and an "author" (a string, or an array of them). Only the text must be
 * there. The news-tls data sets' JSON Lines ("id", "time", "title", "text")
 * are read as they are.
 *
 * An article that cannot be read becomes a problem, and the others are
 * still read. The file fails as a whole, in the %CHR_IMPORT_ERROR domain,
 * when it is not UTF-8 (%CHR_IMPORT_ERROR_BINARY), when it holds no
 * articles at all (%CHR_IMPORT_ERROR_EMPTY), and when a JSON file is not
 * valid JSON or holds neither an object nor an array
 * (%CHR_IMPORT_ERROR_READ).
 *
 * Returns: (transfer full) (nullable): the articles and the problems, or
 *   %NULL with @error set
 */
ChrJsonArticles *
chr_json_articles_parse (const char  *data,
                         gsize        length,
                         gboolean     lines,
                         const char  *name,
                         GError     **error)
{
  const char *end = NULL;
  guint line;
  guint column;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The byte order mark some editors write at the start of UTF-8. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (length > 0 && !g_utf8_validate_len (data, length, &end))
    {
      locate (data, length, (gsize) (end - data), &line, &column);
      if (*end == '\0')
        g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                     _("“%s” is not a text file: it holds a zero byte at line %u, column %u"),
                     name, line, column);
      else
        g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_BINARY,
                     _("“%s” is not UTF-8 text: line %u, column %u"), name, line, column);
      return NULL;
    }
  if (is_blank (data, length))
    {
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY,
                   _("“%s” has no articles"), name);
      return NULL;
    }
  return lines ? parse_lines (data, length, name) : parse_json (data, length, name, error);
}

void
chr_json_articles_free (ChrJsonArticles *articles)
{
  if (articles == NULL)
    return;
  g_clear_pointer (&articles->records, g_ptr_array_unref);
  g_clear_pointer (&articles->problems, g_ptr_array_unref);
  g_free (articles);
}
