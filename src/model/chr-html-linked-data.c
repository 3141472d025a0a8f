/* chr-html-linked-data.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-html-article"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "chr-article-record.h"
#include "chr-html-private.h"

/* The details of an article as schema.org's vocabulary gives them in a
 * page's JSON-LD scripts: an object, an array of objects, or a "@graph" of
 * them that refer to each other by "@id". */

/* json-glib parses recursively: a script with more brackets than this,
 * nested or not, is not read. */
#define MAX_LINKED_DATA_BRACKETS 2048
#define MAX_LINKED_DATA_OBJECTS 256
#define MAX_LINKED_DATA_NAMES 8

void
_chr_html_linked_data_clear (LinkedData *data)
{
  g_clear_pointer (&data->published, g_free);
  g_clear_pointer (&data->author, g_free);
  g_clear_pointer (&data->publisher, g_free);
}

/* Whether json-glib may read @text: it descends once per bracket. */
static gboolean
few_brackets (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '[' || *p == '{') && ++n > MAX_LINKED_DATA_BRACKETS)
      return FALSE;
  return TRUE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && is_string (node) ? json_node_get_string (node) : NULL;
}

static void
add_object (GPtrArray  *objects,
            GHashTable *ids,
            JsonNode   *node)
{
  JsonObject *object;
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (node) || objects->len >= MAX_LINKED_DATA_OBJECTS)
    return;
  object = json_node_get_object (node);
  g_ptr_array_add (objects, object);
  if ((id = string_member (object, "@id")) != NULL && !g_hash_table_contains (ids, id))
    g_hash_table_insert (ids, (gpointer) id, object);
}

/* The objects of a script: the top one or those of a top array, and those
 * of their "@graph". */
static void
collect_objects (JsonNode   *root,
                 GPtrArray  *objects,
                 GHashTable *ids)
{
  g_autoptr(GPtrArray) tops = g_ptr_array_new ();

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_ptr_array_add (tops, json_array_get_element (array, i));
    }
  else
    g_ptr_array_add (tops, root);
  for (guint i = 0; i < tops->len; i++)
    {
      JsonNode *top = g_ptr_array_index (tops, i);
      JsonNode *graph;

      add_object (objects, ids, top);
      if (!JSON_NODE_HOLDS_OBJECT (top))
        continue;
      if ((graph = json_object_get_member (json_node_get_object (top), "@graph")) == NULL)
        continue;
      if (JSON_NODE_HOLDS_ARRAY (graph))
        {
          JsonArray *array = json_node_get_array (graph);

          for (guint j = 0; j < json_array_get_length (array); j++)
            add_object (objects, ids, json_array_get_element (array, j));
        }
      else
        add_object (objects, ids, graph);
    }
}

static gboolean
is_article_type (const char *type)
{
  return type != NULL && (g_str_has_suffix (type, "Article") || strcmp (type, "BlogPosting") == 0 ||
                          strcmp (type, "LiveBlogPosting") == 0 || strcmp (type, "Report") == 0);
}

static gboolean
is_article_object (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *types = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          JsonNode *element = json_array_get_element (types, i);

          if (is_string (element) && is_article_type (json_node_get_string (element)))
            return TRUE;
        }
      return FALSE;
    }
  return is_string (type) && is_article_type (json_node_get_string (type));
}

/* The name of a person or organization: a string, or an object with a
 * name, or a reference by "@id" to one elsewhere in the script. */
static char *
name_of (JsonNode   *node,
         GHashTable *ids)
{
  JsonObject *object;
  const char *name;
  const char *id;

  if (is_string (node))
    {
      name = json_node_get_string (node);
      if (g_str_has_prefix (name, "http://") || g_str_has_prefix (name, "https://"))
        return NULL;
      return _chr_html_clean_value (name);
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  name = string_member (object, "name");
  if (name == NULL && (id = string_member (object, "@id")) != NULL &&
      (object = g_hash_table_lookup (ids, id)) != NULL)
    name = string_member (object, "name");
  return _chr_html_clean_value (name);
}

/* The names a member gives (one, or an array of them), joined by commas. */
static char *
names_of (JsonNode   *node,
          GHashTable *ids)
{
  g_autoptr(GPtrArray) names = NULL;
  JsonArray *array;

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return name_of (node, ids);
  names = g_ptr_array_new_with_free_func (g_free);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array) && names->len < MAX_LINKED_DATA_NAMES; i++)
    {
      char *name = name_of (json_array_get_element (array, i), ids);

      if (name != NULL && !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, name);
      else
        g_free (name);
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* JSON-LD as pages write it: control characters in strings, which JSON
 * does not allow, are read as spaces. */
static JsonParser *
parse_linked_data (const char *script)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = g_strdup (script);

  for (char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  if (!few_brackets (text) || !json_parser_load_from_data (parser, text, -1, NULL) ||
      json_parser_get_root (parser) == NULL)
    return NULL;
  return g_steal_pointer (&parser);
}

static void
read_article_object (JsonObject *article,
                     GHashTable *ids,
                     LinkedData *data)
{
  if (data->published == NULL)
    data->published = chr_article_record_date (string_member (article, "datePublished"));
  if (data->author == NULL)
    data->author = names_of (json_object_get_member (article, "author"), ids);
  if (data->publisher == NULL)
    data->publisher = names_of (json_object_get_member (article, "publisher"), ids);
}

/* What the page's JSON-LD says of the article: from an object whose type
 * is an article, else from one with a publication date. */
void
_chr_html_read_linked_data (GPtrArray  *scripts,
                            LinkedData *data)
{
  g_autoptr(GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < scripts->len; i++)
    {
      JsonParser *parser = parse_linked_data (g_ptr_array_index (scripts, i));

      if (parser == NULL)
        continue;
      g_ptr_array_add (parsers, parser);
      collect_objects (json_parser_get_root (parser), objects, ids);
    }
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < objects->len; i++)
      {
        JsonObject *object = g_ptr_array_index (objects, i);

        gboolean chosen = pass == 0 ? is_article_object (object)
                                    : string_member (object, "datePublished") != NULL;

        if (chosen)
          read_article_object (object, ids, data);
      }
}

