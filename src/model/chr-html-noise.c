/* chr-html-noise.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-html-article"

#include "config.h"

#include <string.h>

#include "chr-html-private.h"

/* What each element of a page is: how its text flows (its tag), and how
 * sure it is that it is not the article (its tag, the words of its class
 * and id, its role, whether it is hidden). */

#define MAX_WORD 32

static const TagInfo tag_infos[] = {
  { "a", TAG_INLINE, NOISE_NONE },
  { "abbr", TAG_INLINE, NOISE_NONE },
  { "acronym", TAG_INLINE, NOISE_NONE },
  { "address", 0, NOISE_BOILERPLATE },
  { "applet", TAG_NO_TEXT, NOISE_NEVER },
  { "article", TAG_LOOSE_TEXT, NOISE_NONE },
  { "aside", 0, NOISE_OFF_TOPIC },
  { "audio", TAG_NO_TEXT, NOISE_NEVER },
  { "b", TAG_INLINE, NOISE_NONE },
  { "bdi", TAG_INLINE, NOISE_NONE },
  { "bdo", TAG_INLINE, NOISE_NONE },
  { "big", TAG_INLINE, NOISE_NONE },
  { "blockquote", TAG_TEXT_BLOCK | TAG_LOOSE_TEXT, NOISE_NONE },
  { "body", TAG_LOOSE_TEXT, NOISE_NONE },
  { "br", TAG_INLINE, NOISE_NONE },
  { "button", TAG_NO_TEXT, NOISE_NEVER },
  { "canvas", TAG_NO_TEXT, NOISE_NEVER },
  { "caption", TAG_TEXT_BLOCK, NOISE_NONE },
  { "center", TAG_LOOSE_TEXT, NOISE_NONE },
  { "cite", TAG_INLINE, NOISE_NONE },
  { "code", TAG_INLINE, NOISE_NONE },
  { "data", TAG_INLINE, NOISE_NONE },
  { "dd", TAG_TEXT_BLOCK, NOISE_NONE },
  { "del", TAG_INLINE, NOISE_NONE },
  { "dfn", TAG_INLINE, NOISE_NONE },
  { "dialog", 0, NOISE_BOILERPLATE },
  { "div", TAG_LOOSE_TEXT, NOISE_NONE },
  { "dt", TAG_TEXT_BLOCK, NOISE_NONE },
  { "em", TAG_INLINE, NOISE_NONE },
  { "embed", TAG_NO_TEXT, NOISE_NEVER },
  { "figcaption", TAG_TEXT_BLOCK, NOISE_BOILERPLATE },
  { "font", TAG_INLINE, NOISE_NONE },
  { "footer", 0, NOISE_BOILERPLATE },
  { "form", 0, NOISE_FURNITURE },
  { "frameset", TAG_NO_TEXT, NOISE_NEVER },
  { "h1", TAG_TEXT_BLOCK, NOISE_NONE },
  { "h2", TAG_TEXT_BLOCK, NOISE_NONE },
  { "h3", TAG_TEXT_BLOCK, NOISE_NONE },
  { "h4", TAG_TEXT_BLOCK, NOISE_NONE },
  { "h5", TAG_TEXT_BLOCK, NOISE_NONE },
  { "h6", TAG_TEXT_BLOCK, NOISE_NONE },
  { "header", 0, NOISE_BOILERPLATE },
  { "i", TAG_INLINE, NOISE_NONE },
  { "iframe", TAG_NO_TEXT, NOISE_NEVER },
  { "img", TAG_INLINE, NOISE_NONE },
  { "input", TAG_NO_TEXT, NOISE_NEVER },
  { "ins", TAG_INLINE, NOISE_NONE },
  { "kbd", TAG_INLINE, NOISE_NONE },
  { "label", TAG_INLINE, NOISE_NONE },
  { "li", TAG_TEXT_BLOCK, NOISE_NONE },
  { "main", TAG_LOOSE_TEXT, NOISE_NONE },
  { "map", TAG_NO_TEXT, NOISE_NEVER },
  { "mark", TAG_INLINE, NOISE_NONE },
  { "menu", 0, NOISE_BOILERPLATE },
  { "nav", 0, NOISE_BOILERPLATE },
  { "nobr", TAG_INLINE, NOISE_NONE },
  { "noembed", TAG_NO_TEXT, NOISE_NEVER },
  { "noframes", TAG_NO_TEXT, NOISE_NEVER },
  { "noscript", TAG_NO_TEXT, NOISE_NEVER },
  { "object", TAG_NO_TEXT, NOISE_NEVER },
  { "option", TAG_NO_TEXT, NOISE_NEVER },
  { "p", TAG_PARAGRAPH | TAG_TEXT_BLOCK, NOISE_NONE },
  { "picture", TAG_INLINE, NOISE_NONE },
  { "pre", TAG_PARAGRAPH | TAG_TEXT_BLOCK, NOISE_NONE },
  { "q", TAG_INLINE, NOISE_NONE },
  { "s", TAG_INLINE, NOISE_NONE },
  { "samp", TAG_INLINE, NOISE_NONE },
  { "script", TAG_NO_TEXT, NOISE_NEVER },
  { "section", TAG_LOOSE_TEXT, NOISE_NONE },
  { "select", TAG_NO_TEXT, NOISE_NEVER },
  { "small", TAG_INLINE, NOISE_NONE },
  { "source", TAG_NO_TEXT, NOISE_NEVER },
  { "span", TAG_INLINE, NOISE_NONE },
  { "strike", TAG_INLINE, NOISE_NONE },
  { "strong", TAG_INLINE, NOISE_NONE },
  { "style", TAG_NO_TEXT, NOISE_NEVER },
  { "sub", TAG_INLINE, NOISE_NONE },
  { "sup", TAG_INLINE, NOISE_NONE },
  { "svg", TAG_NO_TEXT, NOISE_NEVER },
  { "td", TAG_TEXT_BLOCK | TAG_CELL | TAG_LOOSE_TEXT, NOISE_NONE },
  { "template", TAG_NO_TEXT, NOISE_NEVER },
  { "textarea", TAG_NO_TEXT, NOISE_NEVER },
  { "th", TAG_TEXT_BLOCK | TAG_CELL, NOISE_NONE },
  { "time", TAG_INLINE, NOISE_NONE },
  { "title", TAG_NO_TEXT, NOISE_NEVER },
  { "tt", TAG_INLINE, NOISE_NONE },
  { "u", TAG_INLINE, NOISE_NONE },
  { "var", TAG_INLINE, NOISE_NONE },
  { "video", TAG_NO_TEXT, NOISE_NEVER },
  { "wbr", TAG_INLINE, NOISE_NONE },
};

/* Words of class and id values that name what is not the article; most
 * also as the start of a longer word ("relatedposts", "sharedaddy"). */
typedef struct
{
  const char *word;
  Noise       noise;
  gboolean    exact;               /* not as the start of a longer word */
} NoiseWord;

static const NoiseWord noise_words[] = {
  { "banner", NOISE_FURNITURE, FALSE },
  { "footer", NOISE_FURNITURE, FALSE },
  { "header", NOISE_FURNITURE, FALSE },
  { "masthead", NOISE_FURNITURE, FALSE },
  { "rail", NOISE_FURNITURE, TRUE },
  { "sidebar", NOISE_FURNITURE, FALSE },
  { "topbar", NOISE_FURNITURE, FALSE },
  { "widget", NOISE_FURNITURE, FALSE },

  { "ad", NOISE_BOILERPLATE, TRUE },
  { "ads", NOISE_BOILERPLATE, TRUE },
  { "adslot", NOISE_BOILERPLATE, FALSE },
  { "adunit", NOISE_BOILERPLATE, FALSE },
  { "advert", NOISE_BOILERPLATE, FALSE },
  { "author", NOISE_BOILERPLATE, FALSE },
  { "bio", NOISE_BOILERPLATE, TRUE },
  { "breadcrumb", NOISE_BOILERPLATE, FALSE },
  { "byline", NOISE_BOILERPLATE, FALSE },
  { "caption", NOISE_BOILERPLATE, FALSE },
  { "consent", NOISE_BOILERPLATE, FALSE },
  { "cookie", NOISE_BOILERPLATE, FALSE },
  { "copyright", NOISE_BOILERPLATE, FALSE },
  { "credit", NOISE_BOILERPLATE, FALSE },
  { "dfp", NOISE_BOILERPLATE, FALSE },
  { "facebook", NOISE_BOILERPLATE, FALSE },
  { "gdpr", NOISE_BOILERPLATE, FALSE },
  { "instagram", NOISE_BOILERPLATE, FALSE },
  { "login", NOISE_BOILERPLATE, FALSE },
  { "menu", NOISE_BOILERPLATE, FALSE },
  { "modal", NOISE_BOILERPLATE, FALSE },
  { "nav", NOISE_BOILERPLATE, TRUE },
  { "navbar", NOISE_BOILERPLATE, FALSE },
  { "navigation", NOISE_BOILERPLATE, FALSE },
  { "newsletter", NOISE_BOILERPLATE, FALSE },
  { "overlay", NOISE_BOILERPLATE, FALSE },
  { "pager", NOISE_BOILERPLATE, TRUE },
  { "pagination", NOISE_BOILERPLATE, FALSE },
  { "popup", NOISE_BOILERPLATE, FALSE },
  { "promo", NOISE_BOILERPLATE, FALSE },
  { "share", NOISE_BOILERPLATE, FALSE },
  { "sharing", NOISE_BOILERPLATE, FALSE },
  { "signup", NOISE_BOILERPLATE, FALSE },
  { "skip", NOISE_BOILERPLATE, FALSE },
  { "social", NOISE_BOILERPLATE, FALSE },
  { "sponsor", NOISE_BOILERPLATE, FALSE },
  { "subscri", NOISE_BOILERPLATE, FALSE },
  { "tag", NOISE_BOILERPLATE, TRUE },
  { "tags", NOISE_BOILERPLATE, TRUE },
  { "tiktok", NOISE_BOILERPLATE, FALSE },
  { "toolbar", NOISE_BOILERPLATE, FALSE },
  { "tweet", NOISE_BOILERPLATE, FALSE },
  { "twitter", NOISE_BOILERPLATE, FALSE },
  { "whatsapp", NOISE_BOILERPLATE, FALSE },

  { "mostpopular", NOISE_OFF_TOPIC, FALSE },
  { "mostread", NOISE_OFF_TOPIC, FALSE },
  { "outbrain", NOISE_OFF_TOPIC, FALSE },
  { "popular", NOISE_OFF_TOPIC, FALSE },
  { "recirc", NOISE_OFF_TOPIC, FALSE },
  { "recommend", NOISE_OFF_TOPIC, FALSE },
  { "related", NOISE_OFF_TOPIC, FALSE },
  { "taboola", NOISE_OFF_TOPIC, FALSE },
  { "trending", NOISE_OFF_TOPIC, FALSE },

  /* "commentary" is an article. */
  { "comment", NOISE_NEVER, TRUE },
  { "commenting", NOISE_NEVER, TRUE },
  { "commentlist", NOISE_NEVER, TRUE },
  { "comments", NOISE_NEVER, FALSE },
  { "disqus", NOISE_NEVER, FALSE },
  { "replies", NOISE_NEVER, TRUE },
  { "respond", NOISE_NEVER, TRUE },
};

/* Pairs of words that say it together ("most-read", "srOnly"). */
static const struct
{
  const char *first;
  const char *second;
  Noise       noise;
} noise_pairs[] = {
  { "also", "read", NOISE_OFF_TOPIC },
  { "more", "stories", NOISE_OFF_TOPIC },
  { "most", "commented", NOISE_OFF_TOPIC },
  { "most", "popular", NOISE_OFF_TOPIC },
  { "most", "read", NOISE_OFF_TOPIC },
  { "most", "shared", NOISE_OFF_TOPIC },
  { "most", "viewed", NOISE_OFF_TOPIC },
  { "read", "next", NOISE_OFF_TOPIC },
  { "screen", "reader", NOISE_NEVER },
  { "sr", "only", NOISE_NEVER },
  { "visually", "hidden", NOISE_NEVER },
};

/* Values of role="" that are not the article. */
static const struct
{
  const char *role;
  Noise       noise;
} noise_roles[] = {
  { "alertdialog", NOISE_BOILERPLATE },
  { "banner", NOISE_BOILERPLATE },
  { "complementary", NOISE_OFF_TOPIC },
  { "contentinfo", NOISE_BOILERPLATE },
  { "dialog", NOISE_BOILERPLATE },
  { "menu", NOISE_BOILERPLATE },
  { "menubar", NOISE_BOILERPLATE },
  { "navigation", NOISE_BOILERPLATE },
  { "search", NOISE_BOILERPLATE },
  { "tablist", NOISE_BOILERPLATE },
  { "toolbar", NOISE_BOILERPLATE },
};

typedef struct
{
  GHashTable *tags;                /* name → TagInfo */
  GHashTable *words;               /* word → NoiseWord */
} Tables;

static const Tables *
get_tables (void)
{
  static Tables tables;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      tables.tags = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (tag_infos); i++)
        g_hash_table_insert (tables.tags, (gpointer) tag_infos[i].name, (gpointer) &tag_infos[i]);
      tables.words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (noise_words); i++)
        g_hash_table_insert (tables.words, (gpointer) noise_words[i].word,
                             (gpointer) &noise_words[i]);
      g_once_init_leave (&initialized, 1);
    }
  return &tables;
}

const TagInfo *
_chr_html_tag_info (const xmlNode *node)
{
  static const TagInfo unknown = { NULL, 0, NOISE_NONE };
  const TagInfo *info = NULL;

  if (node->type == XML_ELEMENT_NODE && node->name != NULL)
    info = g_hash_table_lookup (get_tables ()->tags, node->name);
  return info != NULL ? info : &unknown;
}

char *
_chr_html_get_attribute (const xmlNode *node,
                         const char    *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* Whether a space-separated attribute value holds @token, in any case. */
gboolean
_chr_html_has_token (const char *value,
                     const char *token)
{
  gsize n = strlen (token);

  for (const char *p = value; p != NULL && *p != '\0';)
    {
      gsize len;

      while (g_ascii_isspace (*p))
        p++;
      len = strcspn (p, " \t\n\r\f");
      if (len == n && g_ascii_strncasecmp (p, token, n) == 0)
        return TRUE;
      p += len;
    }
  return FALSE;
}

/* What a word says, as itself or by how it starts. */
static Noise
word_noise (const char *previous,
            char       *word)
{
  GHashTable *words = get_tables ()->words;
  gsize length = strlen (word);
  Noise noise = NOISE_NONE;
  const NoiseWord *entry;

  if ((entry = g_hash_table_lookup (words, word)) != NULL)
    noise = entry->noise;
  for (gsize n = length - 1; noise == NOISE_NONE && n >= 3 && n < length; n--)
    {
      char kept = word[n];

      word[n] = '\0';
      entry = g_hash_table_lookup (words, word);
      word[n] = kept;
      if (entry != NULL && !entry->exact)
        noise = entry->noise;
    }
  for (guint i = 0; i < G_N_ELEMENTS (noise_pairs); i++)
    if (strcmp (previous, noise_pairs[i].first) == 0 && strcmp (word, noise_pairs[i].second) == 0)
      noise = MAX (noise, noise_pairs[i].noise);
  return noise;
}

/* The words of a class or id value: letters only, split at anything else
 * and where camel case turns upper ("articleBody", "most-read__list"). */
static Noise
words_noise (const char *value)
{
  char previous[MAX_WORD] = "";
  char word[MAX_WORD];
  Noise noise = NOISE_NONE;
  const char *p = value;

  while (p != NULL && *p != '\0')
    {
      gsize n = 0;
      gboolean too_long = FALSE;

      while (*p != '\0' && !g_ascii_isalpha (*p))
        p++;
      if (*p == '\0')
        break;
      do
        {
          if (n < MAX_WORD - 1)
            word[n++] = g_ascii_tolower (*p);
          else
            too_long = TRUE;
          p++;
        }
      while (g_ascii_isalpha (*p) && !(g_ascii_isupper (*p) && g_ascii_islower (p[-1])));
      word[n] = '\0';
      if (too_long)
        word[0] = '\0';
      else
        noise = MAX (noise, word_noise (previous, word));
      memcpy (previous, word, n + 1);
    }
  return noise;
}

static Noise
role_noise (const char *role)
{
  Noise noise = NOISE_NONE;

  for (guint i = 0; role != NULL && i < G_N_ELEMENTS (noise_roles); i++)
    if (_chr_html_has_token (role, noise_roles[i].role))
      noise = MAX (noise, noise_roles[i].noise);
  return noise;
}

static gboolean
is_hidden (const xmlNode *node)
{
  g_autofree char *aria_hidden = NULL;
  g_autofree char *style = NULL;
  g_autofree char *compact = NULL;
  gsize n = 0;

  if (xmlHasProp (node, (const xmlChar *) "hidden") != NULL)
    return TRUE;
  aria_hidden = _chr_html_get_attribute (node, "aria-hidden");
  if (aria_hidden != NULL && g_ascii_strcasecmp (g_strstrip (aria_hidden), "true") == 0)
    return TRUE;
  style = _chr_html_get_attribute (node, "style");
  if (style == NULL)
    return FALSE;
  compact = g_malloc (strlen (style) + 1);
  for (const char *p = style; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      compact[n++] = g_ascii_tolower (*p);
  compact[n] = '\0';
  return strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
}

/* How sure it is that an element is not part of the article, from its
 * tag, its class, id and role, and whether it is hidden. The class of an
 * inline element inside running text ("tag", "author") does not cut words
 * out of a sentence. */
Noise
_chr_html_element_noise (const xmlNode *node)
{
  const TagInfo *info = _chr_html_tag_info (node);
  Noise noise = info->noise;
  g_autofree char *class_name = NULL;
  g_autofree char *id = NULL;
  g_autofree char *role = NULL;

  if (noise == NOISE_NEVER)
    return noise;
  if (is_hidden (node))
    return NOISE_NEVER;
  role = _chr_html_get_attribute (node, "role");
  noise = MAX (noise, role_noise (role));
  if ((info->flags & TAG_INLINE) && node->parent != NULL &&
      (_chr_html_tag_info (node->parent)->flags & (TAG_TEXT_BLOCK | TAG_INLINE)))
    return noise;
  class_name = _chr_html_get_attribute (node, "class");
  id = _chr_html_get_attribute (node, "id");
  noise = MAX (noise, words_noise (class_name));
  noise = MAX (noise, words_noise (id));
  return noise;
}

