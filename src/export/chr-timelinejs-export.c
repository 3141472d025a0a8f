/* chr-timelinejs-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timelinejs-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-export-events.h"
#include "chr-export-file.h"
#include "chr-timelinejs-export.h"

/* TimelineJS3's JSON (timeline.knightlab.com/docs/json-format.html): a title
 * slide and an event slide for each event, dates as objects of numbers. */

static void
add_date (JsonBuilder    *builder,
          const char     *member,
          gint64          time,
          ChrGranularity  granularity)
{
  static const char * const names[] = { "year", "month", "day", "hour", "minute" };
  int parts[5];
  int second;
  ChrExportParts n = chr_export_parts (granularity);

  chr_time_to_civil (time, &parts[0], &parts[1], &parts[2], &parts[3], &parts[4], &second);
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n && i < G_N_ELEMENTS (names); i++)
    {
      json_builder_set_member_name (builder, names[i]);
      json_builder_add_int_value (builder, parts[i]);
    }
  json_builder_end_object (builder);
}

static void
add_text (JsonBuilder *builder,
          const char  *headline,
          const char  *text)
{
  json_builder_set_member_name (builder, "text");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "headline");
  json_builder_add_string_value (builder, headline);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
}

/* The articles by id: many events, few articles, each looked up often. */
static GHashTable *
index_articles (GPtrArray *articles)
{
  GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; articles && i < articles->len; i++)
    {
      ChrArticleInfo *info = g_ptr_array_index (articles, i);

      g_hash_table_insert (by_id, &info->id, info);
    }
  return by_id;
}

/* Each excerpt, then where it comes from: "<cite>title</cite>, source, date". */
static char *
source_html (const ChrEvent *event,
             GHashTable     *articles)
{
  GString *html = g_string_new (NULL);

  for (guint i = 0; event->sources && i < event->sources->len; i++)
    {
      const ChrSource *source = g_ptr_array_index (event->sources, i);
      const ChrArticleInfo *info = g_hash_table_lookup (articles, &source->article_id);
      g_autofree char *excerpt = g_markup_escape_text (source->excerpt ? source->excerpt : "", -1);
      g_autofree char *title = g_markup_escape_text (source->article_title ? source->article_title : "", -1);

      g_string_append_printf (html, "<blockquote>%s</blockquote><p>— <cite>%s</cite>", excerpt, title);
      if (info && info->source)
        {
          g_autofree char *name = g_markup_escape_text (info->source, -1);

          g_string_append_printf (html, ", %s", name);
        }
      if (info && info->published)
        {
          g_autofree char *date = g_markup_escape_text (info->published, -1);

          g_string_append_printf (html, ", %s", date);
        }
      g_string_append (html, "</p>");
    }
  return g_string_free (html, FALSE);
}

static void
add_event (JsonBuilder    *builder,
           const ChrEvent *event,
           GHashTable     *articles)
{
  g_autofree char *text = source_html (event, articles);
  g_autofree char *headline = g_markup_escape_text (event->title, -1);
  g_autofree char *id = g_strdup_printf ("event-%" G_GINT64_FORMAT, event->id);

  json_builder_begin_object (builder);
  add_date (builder, "start_date", event->interval.begin, event->interval.granularity);
  if (event->flags & CHR_EVENT_FLAG_PERIOD)
    add_date (builder, "end_date", chr_export_event_last (event), event->interval.granularity);
  add_text (builder, headline, text);
  if (event->tags && event->tags[0])
    {
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, event->tags[0]);
    }
  json_builder_set_member_name (builder, "unique_id");
  json_builder_add_string_value (builder, id);
  json_builder_end_object (builder);
}

/**
 * chr_timelinejs_export_build:
 * @events: #ChrEvent with their sources (chr_export_list_events())
 * @articles: (nullable): #ChrArticleInfo, for each source's name and date
 * @title: (nullable): the timeline's headline
 *
 * Returns: (transfer full): {"title": {...}, "events": [...]}: each event
 *   with start_date (and end_date for a period) filled to its precision,
 *   text.headline its title and text.text its excerpts and sources as
 *   HTML (escaped), group its first tag
 */
JsonNode *
chr_timelinejs_export_build (GPtrArray  *events,
                             GPtrArray  *articles,
                             const char *title)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) by_id = index_articles (articles);
  g_autofree char *headline = g_markup_escape_text (title ? title : _("Timeline"), -1);
  g_autofree char *count = g_strdup_printf (ngettext ("%u event", "%u events", events->len), events->len);

  g_return_val_if_fail (events != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_begin_object (builder);
  add_text (builder, headline, count);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < events->len; i++)
    add_event (builder, g_ptr_array_index (events, i), by_id);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

gboolean
chr_timelinejs_export_write (GPtrArray      *events,
                             GPtrArray      *articles,
                             const char     *title,
                             GOutputStream  *stream,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (events != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  root = chr_timelinejs_export_build (events, articles, title);
  return chr_export_file_write_json (stream, root, TRUE, cancellable, error);
}
