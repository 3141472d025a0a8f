/* chr-json-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-json-export"

#include "config.h"

#include "chr-edits.h"
#include "chr-event.h"
#include "chr-json-export.h"

static void
add_flag (JsonBuilder *builder,
          const char  *member,
          guint        set)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, set != 0);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* The byte range of the date phrase becomes character offsets: what a
 * JavaScript or Python consumer of the JSON counts in. */
static void
add_highlight (JsonBuilder     *builder,
               const ChrSource *source)
{
  g_autofree char *phrase = g_strndup (source->excerpt + source->highlight_start,
                                       source->highlight_end - source->highlight_start);
  glong start = g_utf8_pointer_to_offset (source->excerpt, source->excerpt + source->highlight_start);
  glong end = g_utf8_pointer_to_offset (source->excerpt, source->excerpt + source->highlight_end);

  json_builder_set_member_name (builder, "highlight");
  json_builder_begin_object (builder);
  add_int (builder, "start", start);
  add_int (builder, "end", end);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, phrase);
  json_builder_end_object (builder);
}

static const char *
event_origin (guint flags)
{
  if (flags & CHR_EVENT_FLAG_USER)
    return "user";
  return (flags & CHR_EVENT_FLAG_EDITED) ? "edited" : "extracted";
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values && values[i]; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/* What names an excerpt for good, as the edits take it: "3:1836-1847",
 * its article and the byte span of its date phrase in the article. */
static void
add_anchor (JsonBuilder *builder,
            gint64       article_id,
            gint64       start,
            gint64       end)
{
  g_autofree char *name = chr_json_export_anchor_name (article_id, start, end);

  add_string_or_null (builder, "anchor", name);
  add_int (builder, "phrase_start", start);
  add_int (builder, "phrase_end", end);
}

static void
add_source (JsonBuilder     *builder,
            const ChrSource *source)
{
  g_autofree char *date = chr_interval_to_value (&source->interval);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "article", source->article_title);
  add_string_or_null (builder, "date", date);
  add_int (builder, "article_id", source->article_id);
  add_string_or_null (builder, "excerpt", source->excerpt);
  add_highlight (builder, source);
  add_anchor (builder, source->article_id, (gint64) source->phrase_start, (gint64) source->phrase_end);
  json_builder_end_object (builder);
}

/**
 * chr_json_export_anchor_name:
 * @article_id: an article
 * @start: where an excerpt's date phrase begins in it, in bytes
 * @end: where it ends
 *
 * Returns: (transfer full): the excerpt's name, "ARTICLE:START-END"
 */
char *
chr_json_export_anchor_name (gint64 article_id,
                             gint64 start,
                             gint64 end)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT, article_id, start, end);
}

/* An array with an object for each of @items, written by @write. */
static JsonNode *
build_array (GPtrArray  *items,
             void      (*write) (JsonBuilder  *builder,
                                 gconstpointer item))
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      json_builder_begin_object (builder);
      write (builder, g_ptr_array_index (items, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static void
write_events (JsonBuilder   *builder,
              gconstpointer  item)
{
  const ChrEvent *event = item;
  g_autofree char *begin = chr_time_format_iso (event->interval.begin);
  g_autofree char *end = chr_time_format_iso (event->interval.end);

  add_int (builder, "id", event->id);
  add_string_or_null (builder, "title", event->title);
  add_string_or_null (builder, "date", event->value);
  add_string_or_null (builder, "begin", begin);
  add_string_or_null (builder, "end", end);
  add_string_or_null (builder, "granularity", chr_granularity_to_string (event->interval.granularity));
  json_builder_set_member_name (builder, "importance");
  json_builder_add_double_value (builder, event->importance);
  add_int (builder, "sources_count", event->n_sources);
  add_string_or_null (builder, "precision", chr_granularity_to_string (event->interval.granularity));
  add_flag (builder, "period", event->flags & CHR_EVENT_FLAG_PERIOD);
  add_flag (builder, "ongoing", event->flags & CHR_EVENT_FLAG_ONGOING);
  add_flag (builder, "approximate", event->flags & CHR_EVENT_FLAG_APPROXIMATE);
  add_flag (builder, "conflict", event->flags & CHR_EVENT_FLAG_CONFLICT);

  add_flag (builder, "starred", event->flags & CHR_EVENT_FLAG_STARRED);
  add_flag (builder, "hidden", event->flags & CHR_EVENT_FLAG_HIDDEN);
  add_string_or_null (builder, "note", event->note);
  add_strv (builder, "tags", (const char * const *) event->tags);
  add_string_or_null (builder, "origin", event_origin (event->flags));

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint j = 0; event->sources && j < event->sources->len; j++)
    add_source (builder, g_ptr_array_index (event->sources, j));
  json_builder_end_array (builder);
}

/**
 * chr_json_export_event:
 * @event: a #ChrEvent, with its sources loaded
 *
 * One element of what chr_json_export_events() gives, for a writer that
 * writes them one at a time.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
chr_json_export_event (const ChrEvent *event)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (event != NULL, NULL);

  json_builder_begin_object (builder);
  write_events (builder, event);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * chr_json_export_events:
 * @events: #ChrEvent, with their sources loaded
 *
 * An array of objects: id, title, date (the TIMEX3 value: "2014",
 * "2014-02", "2022-02-24"), begin and end (ISO 8601, UTC, end exclusive),
 * granularity, importance, the flags, the user's starred, hidden, note and
 * tags, origin ("extracted", "edited" by the user, or made by the "user"),
 * and sources [{article, article_id, excerpt, highlight {start, end, text},
 * anchor, phrase_start, phrase_end}]: highlight in characters into the
 * excerpt, the phrase in bytes into the article, anchor naming the excerpt
 * ("3:1836-1847") as the edits take it.
 *
 * Returns: (transfer full): a JSON array
 */
JsonNode *
chr_json_export_events (GPtrArray *events)
{
  g_return_val_if_fail (events != NULL, NULL);

  return build_array (events, write_events);
}

static void
write_articles (JsonBuilder   *builder,
                gconstpointer  item)
{
  const ChrArticleInfo *info = item;

  add_int (builder, "id", info->id);
  add_string_or_null (builder, "title", info->title);
  add_string_or_null (builder, "published", info->published);
  add_string_or_null (builder, "source", info->source);
  add_string_or_null (builder, "path", info->path);
  add_string_or_null (builder, "sha256", info->sha256);
  add_int (builder, "bytes", (gint64) info->length);
  add_int (builder, "mentions", info->n_mentions);
  add_int (builder, "events", info->n_events);
  add_int (builder, "waiting", info->n_waiting);
}

JsonNode *
chr_json_export_articles (GPtrArray *articles)
{
  g_return_val_if_fail (articles != NULL, NULL);

  return build_array (articles, write_articles);
}

static void
write_waiting (JsonBuilder   *builder,
               gconstpointer  item)
{
  const ChrWaitingDate *date = item;

  add_int (builder, "article_id", date->article_id);
  add_string_or_null (builder, "article", date->article_title);
  add_string_or_null (builder, "text", date->text);
  add_string_or_null (builder, "value", date->value);
  add_string_or_null (builder, "excerpt", date->excerpt);
}

/**
 * chr_json_export_waiting:
 * @waiting: #ChrWaitingDate
 *
 * An array of the dates that wait for a publication date: article_id,
 * article, text, value and excerpt.
 *
 * Returns: (transfer full): a JSON array
 */
JsonNode *
chr_json_export_waiting (GPtrArray *waiting)
{
  g_return_val_if_fail (waiting != NULL, NULL);

  return build_array (waiting, write_waiting);
}

static void
write_history (JsonBuilder   *builder,
               gconstpointer  item)
{
  const ChrEditLogEntry *entry = item;
  g_autofree char *time = chr_time_format_iso (entry->created_at);

  add_int (builder, "id", entry->id);
  add_string_or_null (builder, "kind", entry->kind);
  add_string_or_null (builder, "name", chr_edit_kind_describe (entry->kind));
  add_string_or_null (builder, "time", time);
  add_flag (builder, "undone", entry->undone);
}

/**
 * chr_json_export_history:
 * @entries: #ChrEditLogEntry, oldest first
 *
 * An array of the edits: id, kind ("rename"), name ("Rename", translated),
 * time (ISO 8601, UTC) and whether it was undone.
 *
 * Returns: (transfer full): a JSON array
 */
JsonNode *
chr_json_export_history (GPtrArray *entries)
{
  g_return_val_if_fail (entries != NULL, NULL);

  return build_array (entries, write_history);
}

static void
write_tags (JsonBuilder   *builder,
            gconstpointer  item)
{
  const ChrTag *tag = item;

  add_int (builder, "id", tag->id);
  add_string_or_null (builder, "name", tag->name);
  add_int (builder, "color", tag->color);
  add_int (builder, "events", tag->n_events);
}

/**
 * chr_json_export_tags:
 * @tags: #ChrTag
 *
 * An array of the tags: id, name, color (1 to 8) and events (how many have it).
 *
 * Returns: (transfer full): a JSON array
 */
JsonNode *
chr_json_export_tags (GPtrArray *tags)
{
  g_return_val_if_fail (tags != NULL, NULL);

  return build_array (tags, write_tags);
}

static void
write_orphans (JsonBuilder   *builder,
               gconstpointer  item)
{
  const ChrAnnotation *orphan = item;

  add_int (builder, "id", orphan->id);
  add_string_or_null (builder, "title", orphan->title);
  add_string_or_null (builder, "note", orphan->note);
  add_flag (builder, "starred", orphan->starred);
  add_flag (builder, "hidden", orphan->hidden);
  add_int (builder, "article_id", orphan->anchor.article_id);
  add_anchor (builder, orphan->anchor.article_id, orphan->anchor.start, orphan->anchor.end);
}

/**
 * chr_json_export_orphans:
 * @orphans: #ChrAnnotation that no event shows (chr_user_store_list_orphans())
 *
 * An array of the user's edits whose excerpt is gone: id, title and note
 * (null when the user set none), starred, hidden, and the excerpt it was
 * anchored on (anchor, article_id, phrase_start, phrase_end).
 *
 * Returns: (transfer full): a JSON array
 */
JsonNode *
chr_json_export_orphans (GPtrArray *orphans)
{
  g_return_val_if_fail (orphans != NULL, NULL);

  return build_array (orphans, write_orphans);
}

static void
add_strings (JsonBuilder *builder,
             const char  *name,
             GPtrArray   *strings)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

/**
 * chr_json_export_import_report:
 * @report: what an import did
 *
 * An object: files, added, unchanged, replaced, cancelled, added_ids,
 * converted (one line per file) and refused (one message per file or
 * article that was not imported).
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
chr_json_export_import_report (const ChrImportReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_object (builder);
  add_int (builder, "files", report->n_files);
  add_int (builder, "added", report->n_added);
  add_int (builder, "unchanged", report->n_unchanged);
  add_int (builder, "replaced", report->n_replaced);
  add_flag (builder, "cancelled", report->cancelled);
  json_builder_set_member_name (builder, "added_ids");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->added_ids->len; i++)
    json_builder_add_int_value (builder, *(gint64 *) g_ptr_array_index (report->added_ids, i));
  json_builder_end_array (builder);
  add_strings (builder, "converted", report->converted);
  json_builder_set_member_name (builder, "refused");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->errors->len; i++)
    json_builder_add_string_value (builder, ((GError *) g_ptr_array_index (report->errors, i))->message);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
chr_json_export_to_string (JsonNode *node,
                           gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_return_val_if_fail (node != NULL, NULL);

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}
