/* chr-event-editor.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-date-parse.h"
#include "chr-event-editor.h"
#include "chr-importer.h"

/* Adds an event, or edits one: its title, its date as people write it
 * (read by the timex engine, relative dates against the article's date),
 * an end for a period, whether it is approximate, its tags and its note.
 * What cannot be read is said under the date, and Save waits for it. */
struct _ChrEventEditor
{
  AdwWindow      parent_instance;

  GtkWidget     *save_button;
  AdwEntryRow   *title_row;
  AdwEntryRow   *date_row;
  AdwEntryRow   *end_row;
  GtkSwitch     *approximate_switch;
  GtkLabel      *error_label;
  AdwEntryRow   *tags_row;
  GtkTextView   *note_view;
  GtkWidget     *excerpt_group;
  GtkLabel      *excerpt_label;

  ChrSession    *session;
  ChrEvent      *event;            /* NULL for a new event */
  ChrInterval    reference;        /* what relative dates count from */
  char          *initial_date;
  char          *initial_end;
  ChrInterval    interval;         /* as read, while valid */
  gboolean       period;
  gboolean       valid;
  ChrPassage     passage;          /* a new event's excerpt, chosen in the reader */
};

G_DEFINE_FINAL_TYPE (ChrEventEditor, chr_event_editor, ADW_TYPE_WINDOW)

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
show_problem (ChrEventEditor *self,
              AdwEntryRow    *row,
              const char     *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (row)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

/* Reads the date and the end as typed; says what cannot be read. */
static gboolean
read_dates (ChrEventEditor *self)
{
  g_autofree char *date = row_text (self->date_row);
  g_autofree char *end = row_text (self->end_row);
  ChrInterval begin_interval, end_interval;

  if (*date == '\0')
    {
      show_problem (self, NULL, NULL);
      return FALSE;
    }
  /* Unchanged, it is the event's date, however it was written. */
  if (self->event && g_strcmp0 (date, self->initial_date) == 0 &&
      g_strcmp0 (end, self->initial_end ? self->initial_end : "") == 0)
    {
      self->interval = self->event->interval;
      self->period = (self->event->flags & CHR_EVENT_FLAG_PERIOD) != 0;
      return TRUE;
    }
  if (!chr_date_parse_at (date, &self->reference, &begin_interval))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date Chronicle understands"), date);

      show_problem (self, self->date_row, message);
      return FALSE;
    }
  self->interval = begin_interval;
  self->period = FALSE;
  if (*end == '\0')
    return TRUE;
  if (!chr_date_parse_at (end, &self->reference, &end_interval))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date Chronicle understands"), end);

      show_problem (self, self->end_row, message);
      return FALSE;
    }
  if (end_interval.end <= begin_interval.begin)
    {
      show_problem (self, self->end_row, _("The end is before the beginning"));
      return FALSE;
    }
  self->interval.end = end_interval.end;
  self->period = TRUE;
  return TRUE;
}

static void
on_changed_cb (ChrEventEditor *self)
{
  g_autofree char *title = row_text (self->title_row);

  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->end_row), "error");
  show_problem (self, NULL, NULL);
  self->valid = read_dates (self) && *title != '\0';
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
}

static char *
note_text (ChrEventEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static gboolean
contains_tag (char       **tags,
              const char  *tag)
{
  for (guint i = 0; tags && tags[i]; i++)
    if (g_utf8_collate (tags[i], tag) == 0)
      return TRUE;
  return FALSE;
}

/* The tags typed, without blanks or repeats. */
static GStrv
typed_tags (ChrEventEditor *self)
{
  g_autofree char *text = row_text (self->tags_row);
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag == '\0')
        continue;
      g_ptr_array_add (seen, NULL);
      if (!contains_tag ((char **) seen->pdata, tag))
        {
          g_ptr_array_index (seen, seen->len - 1) = tag;
          g_strv_builder_add (tags, tag);
        }
      else
        g_ptr_array_set_size (seen, seen->len - 1);
    }
  return g_strv_builder_end (tags);
}

/* What changed, for an event being edited; everything, for a new one. */
static void
collect_change (ChrEventEditor *self,
                ChrEventChange *change,
                char           *title,
                char           *note)
{
  g_autofree char *date = row_text (self->date_row);
  g_autofree char *end = row_text (self->end_row);
  gboolean approximate = gtk_switch_get_active (self->approximate_switch);
  ChrEvent *event = self->event;

  *change = (ChrEventChange) { 0 };
  change->title = title;
  change->interval = self->interval;
  change->period = self->period;
  change->approximate = approximate;
  change->note = note;
  if (event == NULL)
    change->passage = self->passage;
  if (event == NULL || g_strcmp0 (event->title, title) != 0)
    change->fields |= CHR_EVENT_CHANGE_TITLE;
  if (event == NULL || g_strcmp0 (date, self->initial_date) != 0 ||
      g_strcmp0 (end, self->initial_end ? self->initial_end : "") != 0)
    change->fields |= CHR_EVENT_CHANGE_DATE;
  if (event == NULL || approximate != ((event->flags & CHR_EVENT_FLAG_APPROXIMATE) != 0))
    change->fields |= CHR_EVENT_CHANGE_APPROXIMATE;
  if ((event == NULL && *note) || (event != NULL && g_strcmp0 (event->note ? event->note : "", note) != 0))
    change->fields |= CHR_EVENT_CHANGE_NOTE;
}

static void
save_tags (ChrEventEditor *self,
           gint64          event_id)
{
  g_auto(GStrv) tags = typed_tags (self);
  char **had = self->event ? self->event->tags : NULL;

  for (guint i = 0; tags[i]; i++)
    if (!contains_tag (had, tags[i]))
      chr_session_tag_event (self->session, event_id, tags[i], TRUE);
  for (guint i = 0; had && had[i]; i++)
    if (!contains_tag (tags, had[i]))
      chr_session_tag_event (self->session, event_id, had[i], FALSE);
}

/* A new event's tags wait until the file has it and it has an id. */
static void
on_added_cb (ChrSession     *session,
             const char     *kind,
             gint64          event_id,
             ChrEventEditor *self)
{
  if (g_strcmp0 (kind, "add") != 0)
    return;
  g_signal_handlers_disconnect_by_func (session, on_added_cb, self);
  if (event_id > 0)
    save_tags (self, event_id);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChrEventEditor *self = CHR_EVENT_EDITOR (widget);
  g_autofree char *title = row_text (self->title_row);
  g_autofree char *note = note_text (self);
  g_auto(GStrv) tags = typed_tags (self);
  ChrEventChange change;

  if (!self->valid)
    return;
  collect_change (self, &change, title, note);
  if (self->event == NULL)
    {
      if (tags[0] != NULL)
        g_signal_connect (self->session, "edited", G_CALLBACK (on_added_cb), g_object_ref (self));
      chr_session_add_event (self->session, &change);
    }
  else
    {
      if (change.fields != 0)
        chr_session_change_event (self->session, self->event->id, &change);
      save_tags (self, self->event->id);
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_activated_cb (ChrEventEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
chr_event_editor_dispose (GObject *object)
{
  ChrEventEditor *self = CHR_EVENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_EVENT_EDITOR);
  g_clear_object (&self->session);
  g_clear_pointer (&self->event, chr_event_free);
  g_clear_pointer (&self->initial_date, g_free);
  g_clear_pointer (&self->initial_end, g_free);

  G_OBJECT_CLASS (chr_event_editor_parent_class)->dispose (object);
}

static void
chr_event_editor_class_init (ChrEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_event_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-event-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, approximate_switch);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, excerpt_group);
  gtk_widget_class_bind_template_child (widget_class, ChrEventEditor, excerpt_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
chr_event_editor_init (ChrEventEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The date an event's first article was published, else today: what
 * "last Friday" counts from. */
static void
find_reference (ChrEventEditor *self)
{
  ChrDatabase *db = chr_session_get_database (self->session);
  g_autoptr(ChrArticle) article = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (self->event && self->event->sources && self->event->sources->len > 0 && db)
    article = chr_database_get_article (db, ((ChrSource *) g_ptr_array_index (self->event->sources, 0))->article_id,
                                        NULL);
  if (article == NULL || article->published == NULL || !chr_date_parse (article->published, &self->reference))
    chr_date_parse (today, &self->reference);
}

/* The date of an event as it can be typed again. */
static void
fill_dates (ChrEventEditor    *self,
            const ChrInterval *interval,
            gboolean           period)
{
  ChrInterval last;

  if (period && chr_interval_last_unit (interval, &last))
    self->initial_end = chr_interval_to_value (&last);
  self->initial_date = chr_interval_to_value (interval);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), self->initial_date ? self->initial_date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), self->initial_end ? self->initial_end : "");
}

static void
fill_event (ChrEventEditor *self)
{
  ChrEvent *event = self->event;
  g_autofree char *tags = event->tags ? g_strjoinv (", ", event->tags) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), event->title);
  fill_dates (self, &event->interval, (event->flags & CHR_EVENT_FLAG_PERIOD) != 0);
  gtk_switch_set_active (self->approximate_switch, (event->flags & CHR_EVENT_FLAG_APPROXIMATE) != 0);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), event->note ? event->note : "", -1);
}

/**
 * chr_event_editor_new:
 * @parent: the window it belongs to
 * @session: the open timeline
 * @event_id: the event to edit, or 0 for a new one
 * @date: (nullable): a new event's date, from where it was asked for
 *
 * Returns: (transfer floating): the editor, to present
 */
ChrEventEditor *
chr_event_editor_new (GtkWindow         *parent,
                      ChrSession        *session,
                      gint64             event_id,
                      const ChrInterval *date)
{
  ChrEventEditor *self = g_object_new (CHR_TYPE_EVENT_EDITOR, "transient-for", parent, NULL);

  self->session = g_object_ref (session);
  if (event_id > 0)
    self->event = chr_session_get_event (session, event_id);
  find_reference (self);
  if (self->event)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Event"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      fill_event (self);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Event"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
      if (date)
        fill_dates (self, date, FALSE);
    }
  on_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/**
 * chr_event_editor_set_title:
 * @self: a #ChrEventEditor
 * @title: the title to offer, which the person may change
 */
void
chr_event_editor_set_title (ChrEventEditor *self,
                            const char     *title)
{
  g_return_if_fail (CHR_IS_EVENT_EDITOR (self));
  g_return_if_fail (title != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  on_changed_cb (self);
}

/**
 * chr_event_editor_set_passage:
 * @self: a #ChrEventEditor for a new event
 * @passage: words of an article, to keep as the new event's excerpt
 * @words: (nullable): the words themselves, to show
 */
void
chr_event_editor_set_passage (ChrEventEditor   *self,
                              const ChrPassage *passage,
                              const char       *words)
{
  g_return_if_fail (CHR_IS_EVENT_EDITOR (self));
  g_return_if_fail (passage != NULL);
  g_return_if_fail (self->event == NULL);

  self->passage = *passage;
  gtk_label_set_text (self->excerpt_label, words ? words : "");
  gtk_widget_set_visible (self->excerpt_group, passage->article_id != 0);
}
