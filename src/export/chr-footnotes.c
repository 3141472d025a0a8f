/* chr-footnotes.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-footnotes"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-article.h"
#include "chr-date-format.h"
#include "chr-date-parse.h"
#include "chr-event.h"
#include "chr-footnotes.h"

struct _ChrFootnotes
{
  ChrDatabase    *db;
  GHashTable     *articles;        /* id → ChrArticleInfo */
  GHashTable     *numbers;         /* event id → number */
  GArray         *notes;           /* ChrFootnote, by number */
  ChrDateOptions  date_options;    /* how events' dates are said */
};

static void
footnote_clear (gpointer data)
{
  ChrFootnote *note = data;

  g_clear_pointer (&note->markup, g_free);
}

/* "18 Mar 2014", or the date as stored when it does not parse. */
static char *
format_published (const char *published)
{
  ChrInterval interval;

  if (published == NULL)
    return NULL;
  if (!chr_date_parse (published, &interval))
    return g_strdup (published);
  return chr_date_format_interval (&interval, CHR_DATE_STYLE_SHORT);
}

/* ", text", escaped for markup. */
static void
append_escaped (GString    *markup,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  /* Translators: what separates the parts of a footnote's source: title, source, date. */
  g_string_append (markup, _(", "));
  g_string_append (markup, escaped);
}

/* “The sentence.” Article title, Source, 18 Mar 2014 */
static void
append_source (ChrFootnotes    *self,
               GString         *markup,
               const ChrSource *source)
{
  ChrArticleInfo *info = g_hash_table_lookup (self->articles, &source->article_id);
  g_autofree char *excerpt = g_strstrip (g_strdup (source->excerpt ? source->excerpt : ""));
  g_autofree char *published = format_published (info ? info->published : NULL);
  g_autofree char *quoted = NULL;

  /* Translators: a footnote's source: the sentence quoted, then the article's title in italics. */
  quoted = g_markup_printf_escaped (_("\n“%s” <i>%s</i>"), excerpt,
                                    source->article_title ? source->article_title : "");
  g_string_append (markup, quoted);
  if (info != NULL && info->source != NULL && *info->source)
    append_escaped (markup, info->source);
  if (published != NULL)
    append_escaped (markup, published);
}

static char *
write_markup (ChrFootnotes *self,
              gint64        event_id,
              GError      **error)
{
  g_autoptr (ChrEvent) event = chr_database_get_event (self->db, event_id, error);
  g_autoptr (GPtrArray) sources = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  GString *markup;

  if (event == NULL)
    return NULL;
  if (!(sources = chr_database_list_sources (self->db, event_id, error)))
    return NULL;

  date = chr_date_format_event_with (&event->interval, event->flags, CHR_DATE_STYLE_SHORT,
                                     &self->date_options);
  /* Translators: a footnote's first line: the event's title in bold, then its date. */
  title = g_markup_printf_escaped (_("<b>%s</b> · %s"), event->title ? event->title : "", date);
  markup = g_string_new (title);
  for (guint i = 0; i < sources->len; i++)
    append_source (self, markup, g_ptr_array_index (sources, i));
  if (sources->len == 0)
    g_string_append_printf (markup, "\n<i>%s</i>", _("Added by hand; no article reports it."));
  if (event->note != NULL && *event->note)
    {
      g_autofree char *note = g_markup_printf_escaped ("\n%s %s", _("Note:"), event->note);
      g_string_append (markup, note);
    }
  return g_string_free (markup, FALSE);
}

/**
 * chr_footnotes_new:
 * @db: the timeline file the events come from
 * @options: (nullable): how events' dates are said; %NULL for the defaults
 * @error: where a database error goes
 *
 * Returns: (transfer full) (nullable): no footnotes yet
 */
ChrFootnotes *
chr_footnotes_new (ChrDatabase          *db,
                   const ChrDateOptions *options,
                   GError              **error)
{
  static const ChrDateOptions defaults = CHR_DATE_OPTIONS_INIT;
  g_autoptr (GPtrArray) articles = NULL;
  ChrFootnotes *self;

  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);

  if (!(articles = chr_database_list_articles (db, error)))
    return NULL;

  self = g_new0 (ChrFootnotes, 1);
  self->db = g_object_ref (db);
  self->date_options = options != NULL ? *options : defaults;
  self->articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                          (GDestroyNotify) chr_article_info_free);
  self->numbers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->notes = g_array_new (FALSE, TRUE, sizeof (ChrFootnote));
  g_array_set_clear_func (self->notes, footnote_clear);
  g_ptr_array_set_free_func (articles, NULL);
  for (guint i = 0; i < articles->len; i++)
    {
      ChrArticleInfo *info = g_ptr_array_index (articles, i);
      g_hash_table_insert (self->articles, &info->id, info);
    }
  return self;
}

void
chr_footnotes_free (ChrFootnotes *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->db);
  g_clear_pointer (&self->articles, g_hash_table_unref);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  g_clear_pointer (&self->notes, g_array_unref);
  g_free (self);
}

/**
 * chr_footnotes_number:
 * @self: a #ChrFootnotes
 * @event_id: an event drawn with its label
 *
 * Returns: the event's footnote number: the next one the first time it is
 *   asked for, the same one after
 */
guint
chr_footnotes_number (ChrFootnotes *self,
                      gint64        event_id)
{
  gpointer number;
  ChrFootnote note = { 0 };

  g_return_val_if_fail (self != NULL, 0);

  if (g_hash_table_lookup_extended (self->numbers, &event_id, NULL, &number))
    return GPOINTER_TO_UINT (number);

  note.number = self->notes->len + 1;
  note.event_id = event_id;
  g_array_append_val (self->notes, note);
  g_hash_table_insert (self->numbers, g_memdup2 (&event_id, sizeof event_id), GUINT_TO_POINTER (note.number));
  return note.number;
}

/**
 * chr_footnotes_write:
 * @self: a #ChrFootnotes
 * @cancellable: (nullable): stops it
 * @error: where a database error goes
 *
 * Writes the text of every footnote numbered so far.
 */
gboolean
chr_footnotes_write (ChrFootnotes *self,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->notes->len; i++)
    {
      ChrFootnote *note = &g_array_index (self->notes, ChrFootnote, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (note->markup == NULL && !(note->markup = write_markup (self, note->event_id, error)))
        return FALSE;
    }
  return TRUE;
}

guint
chr_footnotes_get_n (ChrFootnotes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->notes->len;
}

const ChrFootnote *
chr_footnotes_get (ChrFootnotes *self,
                   guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->notes->len, NULL);

  return &g_array_index (self->notes, ChrFootnote, index);
}
