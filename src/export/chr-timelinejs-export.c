/* chr-timelinejs-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timelinejs-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-export-events.h"
#include "chr-json-writer.h"
#include "chr-timelinejs-export.h"

/* TimelineJS3's JSON (timeline.knightlab.com/docs/json-format.html): a title
 * slide and an event slide for each event, dates as objects of numbers.
 * Written as it goes, an event at a time: only the events are held in
 * memory, never the document. */

static void
write_date (ChrJsonWriter  *writer,
            const char     *member,
            gint64          time,
            ChrGranularity  granularity)
{
  static const char * const names[] = { "year", "month", "day", "hour", "minute" };
  int parts[5];
  int second;
  ChrExportParts n = chr_export_parts (granularity);

  chr_time_to_civil (time, &parts[0], &parts[1], &parts[2], &parts[3], &parts[4], &second);
  chr_json_writer_member (writer, member);
  chr_json_writer_begin_object (writer);
  for (guint i = 0; i < n && i < G_N_ELEMENTS (names); i++)
    {
      chr_json_writer_member (writer, names[i]);
      chr_json_writer_int (writer, parts[i]);
    }
  chr_json_writer_end_object (writer);
}

static void
write_text (ChrJsonWriter *writer,
            const char    *headline,
            const char    *text)
{
  chr_json_writer_member (writer, "text");
  chr_json_writer_begin_object (writer);
  chr_json_writer_member (writer, "headline");
  chr_json_writer_string (writer, headline, -1);
  chr_json_writer_member (writer, "text");
  chr_json_writer_string (writer, text, -1);
  chr_json_writer_end_object (writer);
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
write_event (ChrJsonWriter  *writer,
             const ChrEvent *event,
             GHashTable     *articles)
{
  g_autofree char *text = source_html (event, articles);
  g_autofree char *headline = g_markup_escape_text (event->title, -1);
  g_autofree char *id = g_strdup_printf ("event-%" G_GINT64_FORMAT, event->id);

  chr_json_writer_begin_object (writer);
  write_date (writer, "start_date", event->interval.begin, event->interval.granularity);
  if (event->flags & CHR_EVENT_FLAG_PERIOD)
    write_date (writer, "end_date", chr_export_event_last (event), event->interval.granularity);
  write_text (writer, headline, text);
  if (event->tags && event->tags[0])
    {
      chr_json_writer_member (writer, "group");
      chr_json_writer_string (writer, event->tags[0], -1);
    }
  chr_json_writer_member (writer, "unique_id");
  chr_json_writer_string (writer, id, -1);
  chr_json_writer_end_object (writer);
}

static void
write_title (ChrJsonWriter *writer,
             const char    *title,
             guint          n_events)
{
  g_autofree char *headline = g_markup_escape_text (title ? title : _("Timeline"), -1);
  g_autofree char *count = g_strdup_printf (ngettext ("%u event", "%u events", n_events), n_events);

  chr_json_writer_member (writer, "title");
  chr_json_writer_begin_object (writer);
  write_text (writer, headline, count);
  chr_json_writer_end_object (writer);
}

/**
 * chr_timelinejs_export_write:
 * @events: #ChrEvent with their sources (chr_export_list_events())
 * @articles: (nullable): #ChrArticleInfo, for each source's name and date
 * @title: (nullable): the timeline's headline
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes {"title": {...}, "events": [...]}, pretty-printed: each event
 * with start_date (and end_date for a period) filled to its precision,
 * text.headline its title and text.text its excerpts and sources as HTML
 * (escaped), group its first tag.
 */
gboolean
chr_timelinejs_export_write (GPtrArray      *events,
                             GPtrArray      *articles,
                             const char     *title,
                             GOutputStream  *stream,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_autoptr(ChrJsonWriter) writer = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (events != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  by_id = index_articles (articles);
  writer = chr_json_writer_new (stream, cancellable);
  chr_json_writer_set_pretty (writer, TRUE);
  chr_json_writer_begin_object (writer);
  write_title (writer, title, events->len);
  chr_json_writer_member (writer, "events");
  chr_json_writer_begin_array (writer);
  for (guint i = 0; i < events->len && chr_json_writer_ok (writer); i++)
    write_event (writer, g_ptr_array_index (events, i), by_id);
  chr_json_writer_end_array (writer);
  chr_json_writer_end_object (writer);
  return chr_json_writer_finish (writer, error);
}
