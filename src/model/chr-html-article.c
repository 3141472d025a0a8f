/* chr-html-article.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-html-article"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "chr-html-article.h"
#include "chr-html-private.h"
#include "chr-importer.h"

/* Reads a news article from a saved web page: its text without the page's
 * menus, banners, buttons, other stories and readers' comments, and what
 * the page says about it (title, publication date, publication, address,
 * author).
 *
 * The page is decoded to UTF-8 (chr-html-decode.c) and parsed with
 * libxml2's forgiving HTML parser into a tree. The text is read in four
 * passes over the tree, none recursive and each linear in its size: every
 * element is scored by the paragraph text under it; page furniture is cut
 * off (what chr-html-noise.c says of its tag, class, id and role); the
 * elements are scored again; and the text of the article's container (an
 * <article>, the articleBody, <main>, or the element whose children hold
 * the most paragraph text) is read out a paragraph at a time. The details
 * come from <meta>, <link>, <time>, <title> and <h1>, and from JSON-LD
 * (chr-html-linked-data.c). */

/* Larger pages are not articles; libxml2 takes an int. */
#define MAX_PAGE_BYTES (64 * 1024 * 1024)
/* Text shorter than this is a label, a button or a date, not a paragraph. */
#define MIN_PARAGRAPH_CHARS 25
#define MAX_LINKED_DATA_SCRIPTS 16
#define MAX_LINKED_DATA_BYTES (1024 * 1024)
#define MAX_TIMES 32
#define MAX_HEADINGS 16

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Short lines an article's container holds that are not its text. */
static const struct
{
  const char *prefix;
  guint       max_chars;           /* a longer line is a sentence that starts so */
} furniture_lines[] = {
  { "Advertisement", 13 },
  { "By ", 60 },
  { "Credit:", 200 },
  { "First published", 60 },
  { "Image:", 200 },
  { "Last updated", 60 },
  { "Photo:", 200 },
  { "Photograph:", 200 },
  { "Picture:", 200 },
  { "Published", 60 },
  { "Read more", 9 },
  { "Share this article", 18 },
  { "Skip Advertisement", 18 },
  { "Story continues below advertisement", 35 },
  { "Updated", 60 },
};

/* Separators between a page's title and the site's name. */
static const char * const title_separators[] = { " | ", " - ", " — ", " – ", " · ", " :: " };

/* libxml2 sets up its global state once, before any thread parses. */
static void
init_parser (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

/* The tree */

typedef gboolean (*EnterFunc) (xmlNode  *node,
                               gpointer  user_data);
typedef void     (*LeaveFunc) (xmlNode  *node,
                               gpointer  user_data);

/* Visits @root and everything under it in document order, without
 * recursion. @enter says whether to go into a node's children; @leave
 * (nullable) sees each node after its children. */
static void
walk (xmlNode   *root,
      EnterFunc  enter,
      LeaveFunc  leave,
      gpointer   user_data)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (enter (node, user_data) && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      for (;;)
        {
          if (leave != NULL)
            leave (node, user_data);
          if (node == root)
            return;
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
}

static gboolean
is_element (const xmlNode *node,
            const char    *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         strcmp ((const char *) node->name, name) == 0;
}

static gboolean
is_text (const xmlNode *node)
{
  return (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
         node->content != NULL;
}

static gboolean
attribute_has_token (const xmlNode *node,
                     const char    *name,
                     const char    *token)
{
  g_autofree char *value = _chr_html_get_attribute (node, name);

  return _chr_html_has_token (value, token);
}

static gboolean
is_inside (const xmlNode *node,
           const xmlNode *ancestor)
{
  for (; node != NULL; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

/* Text with its white space collapsed */

typedef struct
{
  GString  *text;
  gboolean  pending_space;
  gsize     chars;                 /* of the text, spaces not counted */
  gsize     link_chars;            /* of those, inside links */
} TextRun;

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* Characters that only guide line breaking or joining: dropped. */
static gboolean
is_invisible_char (gunichar c)
{
  return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF || g_unichar_iscntrl (c);
}

/* Appends @text, with runs of white space as one space; in preformatted
 * text, line breaks are kept. */
static void
text_run_append (TextRun    *run,
                 const char *text,
                 gboolean    in_link,
                 gboolean    keep_lines)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      p = g_utf8_next_char (p);
      if (keep_lines && c == '\n')
        {
          g_string_append_c (run->text, '\n');
          run->pending_space = FALSE;
        }
      else if (is_space_char (c))
        run->pending_space = TRUE;
      else if (!is_invisible_char (c))
        {
          gboolean after_line = run->text->len > 0 && run->text->str[run->text->len - 1] == '\n';

          if (run->pending_space && run->text->len > 0 && !after_line)
            g_string_append_c (run->text, ' ');
          run->pending_space = FALSE;
          g_string_append_unichar (run->text, c);
          run->chars++;
          if (in_link)
            run->link_chars++;
        }
    }
}

static void
text_run_break_line (TextRun *run)
{
  g_string_append_c (run->text, '\n');
  run->pending_space = FALSE;
}

static void
text_run_clear (TextRun *run)
{
  g_string_truncate (run->text, 0);
  run->pending_space = FALSE;
  run->chars = 0;
  run->link_chars = 0;
}

/* @value on one line, white space collapsed, or %NULL if nothing is left. */
char *
_chr_html_clean_value (const char *value)
{
  TextRun run = { NULL, };

  if (value == NULL)
    return NULL;
  run.text = g_string_new (NULL);
  text_run_append (&run, value, FALSE, FALSE);
  if (run.text->len == 0)
    {
      g_string_free (run.text, TRUE);
      return NULL;
    }
  return g_string_free (run.text, FALSE);
}

typedef struct
{
  xmlNode *root;
  TextRun  run;
} TextCollector;

static gboolean
collect_text_enter (xmlNode  *node,
                    gpointer  user_data)
{
  TextCollector *collector = user_data;

  if (is_text (node))
    text_run_append (&collector->run, (const char *) node->content, FALSE, FALSE);
  else if (is_element (node, "br"))
    collector->run.pending_space = TRUE;
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  return node == collector->root || !(_chr_html_tag_info (node)->flags & TAG_NO_TEXT);
}

/* The text of an element on one line, or %NULL if it has none. */
static char *
element_text (xmlNode *node)
{
  TextCollector collector = { node, { g_string_new (NULL), } };

  walk (node, collect_text_enter, NULL, &collector);
  if (collector.run.text->len == 0)
    {
      g_string_free (collector.run.text, TRUE);
      return NULL;
    }
  return g_string_free (collector.run.text, FALSE);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  folded_a = g_utf8_casefold (a, -1);
  folded_b = g_utf8_casefold (b, -1);
  return strcmp (folded_a, folded_b) == 0;
}

/* The page */

typedef struct
{
  xmlNode *node;
  double   text;                   /* paragraph text in the subtree, links not counted */
  double   score;                  /* that of its children, and half that of its grandchildren */
  gsize    chars;                  /* characters of text in the subtree, spaces not counted */
  gsize    link_chars;             /* of those, inside links */
  gsize    loose_chars;            /* in text and inline elements directly inside */
  gsize    loose_link_chars;
} Stats;

typedef struct
{
  xmlDoc     *doc;
  xmlNode    *root;                /* <html>: libxml2 leaves what HTML 4 does not know in <head> */
  GHashTable *meta;                /* lower-case name, property or itemprop → content */
  char       *title;               /* of <title> */
  char       *canonical;           /* <link rel="canonical"> */
  GPtrArray  *linked_data;         /* char *: the JSON-LD scripts */
  GPtrArray  *headings;            /* xmlNode *: <h1> */
  GPtrArray  *times;               /* xmlNode *: <time datetime> */
  GPtrArray  *article_bodies;      /* xmlNode *: [itemprop=articleBody] */
  GPtrArray  *articles;            /* xmlNode *: <article>, [role=article] */
  GPtrArray  *mains;               /* xmlNode *: <main>, [role=main] */
  xmlNode    *primary;             /* what the page marks as the article, if anything */
  gboolean    primary_is_main;     /* it is only the page's <main> */
  xmlNode    *scope;               /* the article with its header: where its <time> and <h1> are */
  GArray     *stats;               /* Stats, one per element, found through its _private */
} Page;

static void
page_free (Page *page)
{
  g_clear_pointer (&page->doc, xmlFreeDoc);
  g_clear_pointer (&page->meta, g_hash_table_unref);
  g_clear_pointer (&page->title, g_free);
  g_clear_pointer (&page->canonical, g_free);
  g_clear_pointer (&page->linked_data, g_ptr_array_unref);
  g_clear_pointer (&page->headings, g_ptr_array_unref);
  g_clear_pointer (&page->times, g_ptr_array_unref);
  g_clear_pointer (&page->article_bodies, g_ptr_array_unref);
  g_clear_pointer (&page->articles, g_ptr_array_unref);
  g_clear_pointer (&page->mains, g_ptr_array_unref);
  g_clear_pointer (&page->stats, g_array_unref);
  g_free (page);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Page, page_free)

static Stats *
stats_of (GArray        *stats,
          const xmlNode *node)
{
  gsize index;

  if (node == NULL || node->type != XML_ELEMENT_NODE || node->_private == NULL)
    return NULL;
  index = GPOINTER_TO_SIZE (node->_private) - 1;
  if (index >= stats->len || g_array_index (stats, Stats, index).node != node)
    return NULL;
  return &g_array_index (stats, Stats, index);
}

static void
read_meta (Page          *page,
           const xmlNode *node)
{
  static const char * const keys[] = { "property", "name", "itemprop" };
  g_autofree char *content = _chr_html_get_attribute (node, "content");

  if (content == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key = _chr_html_get_attribute (node, keys[i]);
      g_autofree char *lower = NULL;

      if (key == NULL)
        continue;
      lower = g_ascii_strdown (g_strstrip (key), -1);
      if (*lower != '\0' && !g_hash_table_contains (page->meta, lower))
        g_hash_table_insert (page->meta, g_steal_pointer (&lower), g_strdup (content));
    }
}

static void
read_script (Page    *page,
             xmlNode *node)
{
  g_autofree char *type = _chr_html_get_attribute (node, "type");
  xmlChar *content;

  if (type == NULL || page->linked_data->len >= MAX_LINKED_DATA_SCRIPTS)
    return;
  type[strcspn (type, ";")] = '\0';
  if (g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") != 0)
    return;
  content = xmlNodeGetContent (node);
  if (content != NULL && strlen ((const char *) content) <= MAX_LINKED_DATA_BYTES)
    g_ptr_array_add (page->linked_data, g_strdup ((const char *) content));
  xmlFree (content);
}

static void
note_container (Page    *page,
                xmlNode *node)
{
  g_autofree char *role = _chr_html_get_attribute (node, "role");

  if (attribute_has_token (node, "itemprop", "articleBody"))
    g_ptr_array_add (page->article_bodies, node);
  if (is_element (node, "article") || _chr_html_has_token (role, "article"))
    g_ptr_array_add (page->articles, node);
  if (is_element (node, "main") || _chr_html_has_token (role, "main"))
    g_ptr_array_add (page->mains, node);
}

/* Notes what the page says about the article, and where its text may be. */
static gboolean
read_head_enter (xmlNode  *node,
                 gpointer  user_data)
{
  Page *page = user_data;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_element (node, "meta"))
    read_meta (page, node);
  else if (is_element (node, "title"))
    {
      if (page->title == NULL)
        page->title = element_text (node);
    }
  else if (is_element (node, "link"))
    {
      if (page->canonical == NULL && attribute_has_token (node, "rel", "canonical"))
        page->canonical = _chr_html_get_attribute (node, "href");
    }
  else if (is_element (node, "script"))
    read_script (page, node);
  else if (is_element (node, "h1"))
    {
      if (page->headings->len < MAX_HEADINGS)
        g_ptr_array_add (page->headings, node);
    }
  else if (is_element (node, "time"))
    {
      if (page->times->len < MAX_TIMES && xmlHasProp (node, (const xmlChar *) "datetime") != NULL)
        g_ptr_array_add (page->times, node);
    }
  else
    note_container (page, node);
  return !(_chr_html_tag_info (node)->flags & TAG_NO_TEXT);
}

static gboolean
score_enter (xmlNode  *node,
             gpointer  user_data)
{
  GArray *stats = user_data;
  Stats entry = { node, };

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  g_array_append_val (stats, entry);
  node->_private = GSIZE_TO_POINTER (stats->len);
  return !(_chr_html_tag_info (node)->flags & TAG_NO_TEXT);
}

/* Characters of text without its white space (UTF-8 lead bytes). */
static gsize
count_chars (const char *text)
{
  gsize n = 0;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && (*p & 0xC0) != 0x80)
      n++;
  return n;
}

/* A paragraph's worth: its characters outside links, if it is long
 * enough to be a paragraph. */
static double
paragraph_value (gsize chars,
                 gsize link_chars)
{
  if (chars < MIN_PARAGRAPH_CHARS)
    return 0;
  return (double) (chars - MIN (link_chars, chars));
}

static void
score_leave (xmlNode  *node,
             gpointer  user_data)
{
  GArray *stats = user_data;
  Stats *parent = stats_of (stats, node->parent);
  Stats *grandparent = parent != NULL ? stats_of (stats, node->parent->parent) : NULL;
  const TagInfo *info;
  Stats *self;
  double value = 0;

  if (is_text (node))
    {
      gsize n = count_chars ((const char *) node->content);

      if (parent != NULL)
        {
          parent->chars += n;
          parent->loose_chars += n;
        }
      return;
    }
  if ((self = stats_of (stats, node)) == NULL)
    return;
  info = _chr_html_tag_info (node);
  if (is_element (node, "a"))
    {
      self->link_chars = self->chars;
      self->loose_link_chars = self->loose_chars;
    }
  if (info->flags & TAG_PARAGRAPH)
    {
      value = paragraph_value (self->chars, self->link_chars);
      if (parent != NULL)
        parent->score += value;
      if (grandparent != NULL)
        grandparent->score += value / 2;
    }
  else if (info->flags & TAG_LOOSE_TEXT)
    {
      value = paragraph_value (self->loose_chars, self->loose_link_chars);
      self->score += value;
      if (parent != NULL)
        parent->score += value / 2;
    }
  self->text += value;
  if (parent == NULL)
    return;
  parent->chars += self->chars;
  parent->link_chars += self->link_chars;
  parent->text += self->text;
  if (info->flags & TAG_INLINE)
    {
      parent->loose_chars += self->loose_chars;
      parent->loose_link_chars += self->loose_link_chars;
    }
}

/* Scores every element under the root by the paragraph text it holds. */
static void
score_elements (Page *page)
{
  g_clear_pointer (&page->stats, g_array_unref);
  page->stats = g_array_new (FALSE, FALSE, sizeof (Stats));
  walk (page->root, score_enter, score_leave, page->stats);
}

static double
text_of (Page          *page,
         const xmlNode *node)
{
  Stats *stats = stats_of (page->stats, node);

  return stats != NULL ? stats->text : 0;
}

/* Of several candidates, the one with the most paragraph text (the first
 * if none has any). */
static xmlNode *
richest (Page      *page,
         GPtrArray *nodes)
{
  xmlNode *best = NULL;
  double best_text = -1;

  for (guint i = 0; i < nodes->len; i++)
    {
      double text = text_of (page, g_ptr_array_index (nodes, i));

      if (text > best_text)
        {
          best = g_ptr_array_index (nodes, i);
          best_text = text;
        }
    }
  return best;
}

static xmlNode *
nearest_article (Page    *page,
                 xmlNode *node)
{
  for (; node != NULL; node = node->parent)
    if (g_ptr_array_find (page->articles, node, NULL))
      return node;
  return NULL;
}

/* What the page marks as its article: the articleBody, an <article> or
 * <main>; as its text only if it holds some. Its scope takes in the
 * article's header: where its own <h1> and <time> are. */
static void
find_primary (Page *page)
{
  xmlNode *primary;

  if ((primary = richest (page, page->article_bodies)) != NULL)
    {
      page->scope = nearest_article (page, primary);
      if (page->scope == NULL)
        page->scope = primary;
    }
  else if ((primary = richest (page, page->articles)) != NULL)
    page->scope = primary;
  else if ((primary = richest (page, page->mains)) != NULL)
    {
      page->scope = primary;
      page->primary_is_main = TRUE;
    }
  if (primary != NULL && text_of (page, primary) > 0)
    page->primary = primary;
}

static Page *
page_new (const char *text,
          gsize       length)
{
  g_autoptr(Page) page = g_new0 (Page, 1);

  page->doc = htmlReadMemory (text, (int) length, NULL, "UTF-8",
                              HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
  if (page->doc == NULL || (page->root = xmlDocGetRootElement (page->doc)) == NULL)
    return NULL;
  page->meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  page->linked_data = g_ptr_array_new_with_free_func (g_free);
  page->headings = g_ptr_array_new ();
  page->times = g_ptr_array_new ();
  page->article_bodies = g_ptr_array_new ();
  page->articles = g_ptr_array_new ();
  page->mains = g_ptr_array_new ();
  walk (page->root, read_head_enter, NULL, page);
  score_elements (page);
  find_primary (page);
  return g_steal_pointer (&page);
}

/* Title */

static gsize
count_words (const char *text)
{
  gsize n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* @title without a trailing " | Site", when the part after the last
 * separator is the site's name, or (with @short_suffix) a few words after
 * a longer title. */
static char *
strip_site_name (const char *title,
                 const char *site,
                 gboolean    short_suffix)
{
  const char *cut = NULL;
  const char *suffix = NULL;
  g_autofree char *head = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (title_separators); i++)
    {
      const char *found = g_strrstr (title, title_separators[i]);

      if (found != NULL && (cut == NULL || found > cut))
        {
          cut = found;
          suffix = found + strlen (title_separators[i]);
        }
    }
  if (cut == NULL || cut == title)
    return g_strdup (title);
  head = g_strndup (title, (gsize) (cut - title));
  if (same_text (suffix, site))
    return g_steal_pointer (&head);
  if (short_suffix && count_words (suffix) <= 4 && g_utf8_strlen (suffix, -1) <= 40 &&
      count_words (head) >= 2)
    return g_steal_pointer (&head);
  return g_strdup (title);
}

static char *
meta_value (Page       *page,
            const char *key)
{
  return _chr_html_clean_value (g_hash_table_lookup (page->meta, key));
}

static xmlNode *
first_heading (Page *page)
{
  for (guint i = 0; page->scope != NULL && i < page->headings->len; i++)
    if (is_inside (g_ptr_array_index (page->headings, i), page->scope))
      return g_ptr_array_index (page->headings, i);
  return page->headings->len > 0 ? g_ptr_array_index (page->headings, 0) : NULL;
}

static char *
read_title (Page *page)
{
  g_autofree char *og_title = meta_value (page, "og:title");
  g_autofree char *site = meta_value (page, "og:site_name");
  xmlNode *heading;

  if (og_title != NULL)
    return strip_site_name (og_title, site, FALSE);
  if (page->title != NULL)
    return strip_site_name (page->title, site, TRUE);
  if ((heading = first_heading (page)) != NULL)
    return element_text (heading);
  return NULL;
}

/* Dates and addresses */

static gboolean
marks_publication (const xmlNode *node)
{
  return attribute_has_token (node, "itemprop", "datePublished") ||
         xmlHasProp (node, (const xmlChar *) "pubdate") != NULL;
}

/* Whether an element is where other stories, comments or menus are: not
 * where the article's date is. Looks up to @stop or <body> (whose class
 * says what the page is), not including them. */
static gboolean
in_other_content (const xmlNode *node,
                  const xmlNode *stop)
{
  for (; node != NULL && node != stop && node->type == XML_ELEMENT_NODE; node = node->parent)
    {
      if (is_element (node, "body"))
        break;
      if (is_element (node, "nav") || is_element (node, "footer") ||
          _chr_html_element_noise (node) >= NOISE_OFF_TOPIC)
        return TRUE;
    }
  return FALSE;
}

/* The date of a <time datetime>: in the article, one marked as its
 * publication first; else the first of the page outside other content. */
static char *
read_time_element (Page *page)
{
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < page->times->len; i++)
      {
        xmlNode *node = g_ptr_array_index (page->times, i);
        g_autofree char *datetime = NULL;
        char *date;

        if (pass < 2 && (page->scope == NULL || !is_inside (node, page->scope)))
          continue;
        if (pass == 0 && !marks_publication (node))
          continue;
        if (in_other_content (node, pass < 2 ? page->scope : page->root))
          continue;
        datetime = _chr_html_get_attribute (node, "datetime");
        if ((date = chr_article_record_date (datetime)) != NULL)
          return date;
      }
  return NULL;
}

static char *
meta_date (Page       *page,
           const char *key)
{
  return chr_article_record_date (g_hash_table_lookup (page->meta, key));
}

static char *
read_published (Page       *page,
                LinkedData *linked_data)
{
  char *date;

  if ((date = meta_date (page, "article:published_time")) != NULL ||
      (date = read_time_element (page)) != NULL)
    return date;
  if (linked_data->published != NULL)
    return g_strdup (linked_data->published);
  if ((date = meta_date (page, "date")) != NULL || (date = meta_date (page, "pubdate")) != NULL ||
      (date = meta_date (page, "dc.date.issued")) != NULL)
    return date;
  return NULL;
}

static gboolean
is_web_address (const char *address)
{
  const char *scheme;

  if (address == NULL || !g_uri_is_valid (address, G_URI_FLAGS_NONE, NULL))
    return FALSE;
  scheme = g_uri_peek_scheme (address);
  return g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0;
}

/* The canonical address, resolved against og:url if it is relative; else og:url. */
static char *
read_url (Page *page)
{
  g_autofree char *canonical = _chr_html_clean_value (page->canonical);
  g_autofree char *og_url = meta_value (page, "og:url");

  if (is_web_address (canonical))
    return g_steal_pointer (&canonical);
  if (!is_web_address (og_url))
    return NULL;
  if (canonical != NULL)
    {
      g_autofree char *resolved = NULL;

      resolved = g_uri_resolve_relative (og_url, canonical, G_URI_FLAGS_NONE, NULL);

      if (is_web_address (resolved))
        return g_steal_pointer (&resolved);
    }
  return g_steal_pointer (&og_url);
}

static void
read_metadata (Page             *page,
               ChrArticleRecord *record)
{
  g_auto(LinkedData) linked_data = { NULL, };

  _chr_html_read_linked_data (page->linked_data, &linked_data);
  record->title = read_title (page);
  record->published = read_published (page, &linked_data);
  if ((record->source = meta_value (page, "og:site_name")) == NULL)
    record->source = g_steal_pointer (&linked_data.publisher);
  record->url = read_url (page);
  if ((record->author = meta_value (page, "author")) == NULL)
    record->author = g_steal_pointer (&linked_data.author);
}

/* The text */

typedef struct
{
  Page       *page;
  GHashTable *keep;                /* the primary element and its ancestors */
  GPtrArray  *removed;             /* xmlNode * */
  double      total;               /* paragraph text of the page */
} Pruner;

/* Whether an element marked as not the article holds so much of the
 * page's paragraph text that the mark must be wrong. */
static gboolean
holds_the_text (Noise  noise,
                double share)
{
  switch (noise)
    {
    case NOISE_NONE:
      return TRUE;
    case NOISE_FURNITURE:
      return share >= 0.4;
    case NOISE_BOILERPLATE:
    case NOISE_OFF_TOPIC:
      return share >= 0.8;
    case NOISE_NEVER:
    default:
      return FALSE;
    }
}

static gboolean
prune_enter (xmlNode  *node,
             gpointer  user_data)
{
  Pruner *pruner = user_data;
  Noise noise;

  if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE)
    {
      g_ptr_array_add (pruner->removed, node);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (node == pruner->page->root || is_element (node, "body") ||
      g_hash_table_contains (pruner->keep, node))
    return TRUE;
  noise = _chr_html_element_noise (node);
  if (holds_the_text (noise, pruner->total > 0 ? text_of (pruner->page, node) / pruner->total : 0))
    return TRUE;
  g_ptr_array_add (pruner->removed, node);
  return FALSE;
}

/* Cuts off comments and what is not the article, except what holds the
 * element the page marks as its article. */
static void
prune (Page *page)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  Pruner pruner = { page, keep, removed, text_of (page, page->root) };

  for (xmlNode *node = page->primary; node != NULL; node = node->parent)
    g_hash_table_add (keep, node);
  walk (page->root, prune_enter, NULL, &pruner);
  /* What they point to may be gone. */
  g_ptr_array_set_size (page->headings, 0);
  g_ptr_array_set_size (page->times, 0);
  g_ptr_array_set_size (page->article_bodies, 0);
  g_ptr_array_set_size (page->articles, 0);
  g_ptr_array_set_size (page->mains, 0);
  page->scope = NULL;
  for (guint i = 0; i < removed->len; i++)
    {
      xmlNode *node = g_ptr_array_index (removed, i);

      xmlUnlinkNode (node);
      xmlFreeNode (node);
    }
}

/* The element whose children and grandchildren hold the most paragraph
 * text; ancestors win ties. */
static Stats *
best_candidate (Page *page)
{
  Stats *best = NULL;

  for (guint i = 0; i < page->stats->len; i++)
    {
      Stats *stats = &g_array_index (page->stats, Stats, i);

      if (stats->score > 0 && (best == NULL || stats->score > best->score))
        best = stats;
    }
  return best;
}

/* The best candidate and those of its siblings that continue its text:
 * an article split into several blocks, a paragraph between them. */
static void
add_with_siblings (Page      *page,
                   Stats     *best,
                   GPtrArray *content)
{
  double threshold = MAX (best->score * 0.2, MIN_PARAGRAPH_CHARS);

  if (best->node == page->root || best->node->parent == NULL)
    {
      g_ptr_array_add (content, best->node);
      return;
    }
  for (xmlNode *child = best->node->parent->children; child != NULL; child = child->next)
    {
      Stats *stats = stats_of (page->stats, child);

      if (child == best->node)
        g_ptr_array_add (content, child);
      else if (stats != NULL && stats->link_chars * 3 < stats->chars &&
               (stats->score >= threshold ||
                ((_chr_html_tag_info (child)->flags & TAG_PARAGRAPH) && stats->text >= 80 &&
                 stats->link_chars * 4 < stats->chars)))
        g_ptr_array_add (content, child);
    }
}

/* Where the article's text is: the article or articleBody the page marks,
 * unless it holds much less than the best candidate; <main> only when the
 * best candidate is outside it. */
static GPtrArray *
select_content (Page *page)
{
  GPtrArray *content = g_ptr_array_new ();
  Stats *best = best_candidate (page);
  Stats *primary = stats_of (page->stats, page->primary);

  gboolean best_inside = best != NULL && primary != NULL && is_inside (best->node, page->primary);

  if (primary != NULL && page->primary_is_main && best_inside)
    add_with_siblings (page, best, content);
  else if (primary != NULL && (best == NULL || best_inside || primary->text >= best->text * 0.5))
    g_ptr_array_add (content, page->primary);
  else if (best != NULL)
    add_with_siblings (page, best, content);
  else
    g_ptr_array_add (content, page->root);
  return content;
}

typedef struct
{
  GPtrArray *paragraphs;           /* char * */
  TextRun    run;                  /* the paragraph being read */
  guint      in_link;
  guint      in_pre;
} Extractor;

/* A byline, a credit or a label: short, and not a sentence. */
static gboolean
is_furniture_line (const char *line)
{
  gsize length = strlen (line);
  glong n;

  if (length == 0 || strchr (".!?", line[length - 1]) != NULL)
    return FALSE;
  n = g_utf8_strlen (line, -1);
  for (guint i = 0; i < G_N_ELEMENTS (furniture_lines); i++)
    {
      const char *prefix = furniture_lines[i].prefix;

      if (n <= (glong) furniture_lines[i].max_chars &&
          g_ascii_strncasecmp (line, prefix, strlen (prefix)) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_paragraph (Extractor *extractor,
               GString   *paragraph)
{
  GPtrArray *paragraphs = extractor->paragraphs;
  const char *previous;

  while (paragraph->len > 0 && g_ascii_isspace (paragraph->str[paragraph->len - 1]))
    g_string_truncate (paragraph, paragraph->len - 1);
  if (paragraph->len == 0 || is_furniture_line (paragraph->str))
    return;
  previous = paragraphs->len > 0 ? g_ptr_array_index (paragraphs, paragraphs->len - 1) : NULL;
  if (g_strcmp0 (previous, paragraph->str) != 0)
    g_ptr_array_add (extractor->paragraphs, g_strdup (paragraph->str));
}

/* Ends the paragraph being read: two line breaks in a row split it, one is
 * a space (in preformatted text, a line break). Text that is all links is
 * a menu or a list of other stories. */
static void
flush_paragraph (Extractor *extractor)
{
  TextRun *run = &extractor->run;
  g_autoptr(GString) paragraph = g_string_new (NULL);

  if (run->chars == 0 || run->link_chars * 10 >= run->chars * 9)
    {
      text_run_clear (run);
      return;
    }
  for (gsize i = 0; i < run->text->len; i++)
    {
      gsize breaks = 0;

      while (i + breaks < run->text->len && run->text->str[i + breaks] == '\n')
        breaks++;
      if (breaks == 0)
        g_string_append_c (paragraph, run->text->str[i]);
      else if (breaks >= 2)
        {
          add_paragraph (extractor, paragraph);
          g_string_truncate (paragraph, 0);
        }
      else if (paragraph->len > 0)
        g_string_append_c (paragraph, extractor->in_pre > 0 ? '\n' : ' ');
      if (breaks > 0)
        i += breaks - 1;
    }
  add_paragraph (extractor, paragraph);
  text_run_clear (run);
}

static gboolean
extract_enter (xmlNode  *node,
               gpointer  user_data)
{
  Extractor *extractor = user_data;
  const TagInfo *info;

  if (is_text (node))
    {
      text_run_append (&extractor->run, (const char *) node->content, extractor->in_link > 0,
                       extractor->in_pre > 0);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  info = _chr_html_tag_info (node);
  if (is_element (node, "br"))
    text_run_break_line (&extractor->run);
  else if (info->flags & TAG_CELL)
    extractor->run.pending_space = TRUE;
  else if (!(info->flags & TAG_INLINE))
    flush_paragraph (extractor);
  if (is_element (node, "a"))
    extractor->in_link++;
  if (is_element (node, "pre"))
    extractor->in_pre++;
  /* The headline is the title, not the text. */
  return !(info->flags & TAG_NO_TEXT) && !is_element (node, "h1");
}

static void
extract_leave (xmlNode  *node,
               gpointer  user_data)
{
  Extractor *extractor = user_data;
  const TagInfo *info;

  if (node->type != XML_ELEMENT_NODE)
    return;
  info = _chr_html_tag_info (node);
  if (info->flags & TAG_CELL)
    extractor->run.pending_space = TRUE;
  else if (!(info->flags & TAG_INLINE))
    flush_paragraph (extractor);
  if (is_element (node, "a") && extractor->in_link > 0)
    extractor->in_link--;
  if (is_element (node, "pre") && extractor->in_pre > 0)
    extractor->in_pre--;
}

/* Whether a paragraph is the headline again: the title as read, as the
 * page's metadata or <title> give it, or its <h1>. */
static gboolean
is_headline (Page       *page,
             const char *title,
             const char *headline,
             const char *paragraph)
{
  g_autofree char *og_title = meta_value (page, "og:title");

  return same_text (paragraph, title) || same_text (paragraph, headline) ||
         same_text (paragraph, og_title) || same_text (paragraph, page->title);
}

/* The article's paragraphs, separated by blank lines, or %NULL if it has none. */
static char *
read_text (Page       *page,
           const char *title,
           const char *headline)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) content = NULL;
  Extractor extractor = { paragraphs, { g_string_new (NULL), }, 0, 0 };

  prune (page);
  score_elements (page);
  content = select_content (page);
  for (guint i = 0; i < content->len; i++)
    {
      walk (g_ptr_array_index (content, i), extract_enter, extract_leave, &extractor);
      flush_paragraph (&extractor);
    }
  g_string_free (extractor.run.text, TRUE);
  if (paragraphs->len > 0 && is_headline (page, title, headline, g_ptr_array_index (paragraphs, 0)))
    g_ptr_array_remove_index (paragraphs, 0);
  if (paragraphs->len == 0)
    return NULL;
  g_ptr_array_add (paragraphs, NULL);
  return g_strjoinv ("\n\n", (char **) paragraphs->pdata);
}

/**
 * chr_html_article_parse:
 * @data: the bytes of a web page, in any encoding it declares (or UTF-8,
 *   or Windows-1252)
 * @length: the length of @data in bytes
 * @name: (nullable): the page's file name, for messages
 * @error: return location for a #GError
 *
 * Reads the news article a saved web page holds: its text, paragraph by
 * paragraph, without the page's menus, banners, buttons, lists of other
 * stories and readers' comments; and its title, publication date (as
 * chr_article_record_date() keeps it), publication, address and author as
 * the page's metadata (Open Graph, JSON-LD, <time>, <meta>) give them.
 *
 * Thread-safe: pages may be read on several threads at once.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with @error
 *   set in the %CHR_IMPORT_ERROR domain: %CHR_IMPORT_ERROR_EMPTY when the
 *   page has no article text, %CHR_IMPORT_ERROR_BINARY when it is not text,
 *   %CHR_IMPORT_ERROR_UNSUPPORTED when it is too large
 */
ChrArticleRecord *
chr_html_article_parse (const char  *data,
                        gsize        length,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(ChrArticleRecord) record = NULL;
  g_autoptr(Page) page = NULL;
  g_autofree char *text = NULL;
  g_autofree char *headline = NULL;
  gsize text_length = 0;
  xmlNode *heading;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = _("the page");
  if (length > MAX_PAGE_BYTES)
    {
      /* Translators: %s is a file name */
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is too large to be a web page"), name);
      return NULL;
    }
  init_parser ();
  if (length > 0 && (text = _chr_html_decode (data, length, name, &text_length, error)) == NULL)
    return NULL;
  if (text != NULL)
    page = page_new (text, text_length);

  record = chr_article_record_new ();
  if (page != NULL)
    {
      read_metadata (page, record);
      if ((heading = first_heading (page)) != NULL)
        headline = element_text (heading);
      record->text = read_text (page, record->title, headline);
    }
  if (record->text == NULL)
    {
      /* Translators: %s is a file name */
      g_set_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY,
                   _("“%s” has no article text"), name);
      return NULL;
    }
  return g_steal_pointer (&record);
}
