/* chr-article-reader.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-article-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "chr-article-reader-private.h"
#include "chr-date-format.h"
#include "chr-event-editor.h"
#include "chr-event-label.h"

/* The article the session reads (ChrSession:reading-article): its title,
 * source and date, then its text, the sentence it was opened at highlighted
 * and in view. Every date it names is underlined, with what it resolves to
 * on hover; dates that wait for the publication date are dimmed. A click or
 * Enter on a date chooses its event on the timeline and goes back to it;
 * Tab and Shift+Tab go from date to date. The article is read off the main
 * thread. */

/* Where one date sits in the buffer (characters), and which date it is. */
typedef struct
{
  int   start;
  int   end;
  guint date;                      /* index into text->dates */
} DateMark;

struct _ChrArticleReader
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  AdwStatusPage   *error_page;
  GtkTextView     *text_view;
  GtkLabel        *status_label;

  GtkTextTag      *title_tag;
  GtkTextTag      *byline_tag;
  GtkTextTag      *sentence_tag;
  GtkTextTag      *date_tag;
  GtkTextTag      *waiting_tag;
  GtkTextMark     *highlight_mark;

  ChrArticleText  *text;           /* shown; NULL while none is */
  gint64           article_id;     /* shown or being read */
  int              body_char;      /* where the article's body starts in the buffer */
  GArray          *marks;          /* DateMark, by start */
  int              current;        /* the mark the cursor is on, -1 if none */
  guint            scroll_tick;    /* keeps the highlight in view while the text is laid out */
  guint            scroll_frames;

  GCancellable    *cancellable;
  ChrSession      *session;
  GSignalGroup    *session_signals;
};

G_DEFINE_FINAL_TYPE (ChrArticleReader, chr_article_reader, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const ChrArticleDate *
mark_date (ChrArticleReader *self,
           const DateMark   *mark)
{
  return &g_array_index (self->text->dates, ChrArticleDate, mark->date);
}

/* A date on the calendar, as opposed to a length of time ("three years")
 * or one still waiting for the publication date. */
static gboolean
is_dated (const ChrArticleDate *date)
{
  return date->resolved && date->interval.end > date->interval.begin;
}

/* The mark at a character of the buffer, or -1: a binary search. */
static int
find_mark (ChrArticleReader *self,
           int               offset)
{
  guint low = 0, high = self->marks->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const DateMark *mark = &g_array_index (self->marks, DateMark, middle);

      if (offset < mark->start)
        high = middle;
      else if (offset >= mark->end)
        low = middle + 1;
      else
        return (int) middle;
    }
  return -1;
}

/* A byte of the article's text as a character of the buffer. */
static int
char_at_byte (ChrArticleReader *self,
              gsize             byte)
{
  const ChrArticle *article = self->text->article;

  byte = CLAMP (byte, article->body_start, article->body_end);
  return self->body_char + (int) g_utf8_pointer_to_offset (article->text + article->body_start,
                                                           article->text + byte);
}

/* A character of the buffer as a byte of the article's text; the title
 * and byline above the body count as its start. */
static gsize
byte_at_char (ChrArticleReader *self,
              int               offset)
{
  const ChrArticle *article = self->text->article;
  const char *body = article->text + article->body_start;
  glong n_body = g_utf8_strlen (body, (gssize) (article->body_end - article->body_start));
  glong chars = CLAMP (offset - self->body_char, 0, n_body);

  return article->body_start + (gsize) (g_utf8_offset_to_pointer (body, chars) - body);
}

/* What a date says, for its tooltip and for screen readers:
 * "Thursday, 24 February 2022 — Russia invades Ukraine". */
static char *
describe_date (ChrArticleReader *self,
               const DateMark   *mark)
{
  const ChrArticleDate *date = mark_date (self, mark);
  g_autofree char *when = NULL;
  g_autoptr(ChrEvent) event = NULL;

  if (!date->resolved)
    return g_strdup (_("Waits for the article’s publication date"));
  if (!is_dated (date))
    /* Translators: a length of time or a repetition in an article, with its TIMEX3 value, e.g. "P3Y". */
    return g_strdup_printf (_("A length of time, not a date (%s)"), date->value);
  when = chr_date_format_interval (&date->interval, CHR_DATE_STYLE_LONG);
  if (date->event_id > 0 && self->session != NULL)
    event = chr_session_get_event (self->session, date->event_id);
  if (event == NULL)
    return g_steal_pointer (&when);
  /* Translators: a date in an article and the event it leads to, e.g. "24 February 2022 — Russia invades Ukraine". */
  return g_strdup_printf (_("%s — %s"), when, event->title);
}

/* The date the cursor is on, said in the status line and to screen readers. */
static void
update_current (ChrArticleReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *said = NULL;
  GtkTextIter cursor;
  int current;

  if (self->text == NULL)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  current = find_mark (self, gtk_text_iter_get_offset (&cursor));
  if (current == self->current)
    return;
  self->current = current;
  if (current >= 0)
    {
      const DateMark *mark = &g_array_index (self->marks, DateMark, current);
      g_autofree char *phrase = NULL;
      g_autofree char *what = describe_date (self, mark);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, mark->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, mark->end);
      phrase = gtk_text_iter_get_text (&start, &end);
      /* Translators: the date the cursor is on in the reader: "“last Monday”: 18 August 2025 — Talks begin". */
      said = g_strdup_printf (_("“%s”: %s"), phrase, what);
    }
  gtk_label_set_text (self->status_label, said ? said : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  said ? said : "", -1);
}

static void
on_cursor_moved_cb (ChrArticleReader *self)
{
  update_current (self);
}

/* A date leads to its event: chosen on the timeline, which comes back. */
static void
activate_mark (ChrArticleReader *self,
               int               index)
{
  const ChrArticleDate *date = mark_date (self, &g_array_index (self->marks, DateMark, index));

  if (date->event_id <= 0)
    {
      gtk_label_set_text (self->status_label, _("This date is not an event on the timeline"));
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  /* Hidden, or left out by a filter: going back would show nothing. */
  if (chr_timeline_index_find (chr_session_get_index (self->session), date->event_id) < 0)
    {
      gtk_label_set_text (self->status_label, _("Its event is hidden or filtered out: show hidden events or "
                                                "clear the filters to see it"));
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  chr_session_reveal_event (self->session, date->event_id);
  chr_session_stop_reading (self->session);
}

static void
on_click_released_cb (GtkGestureClick  *gesture,
                      int               n_press,
                      double            x,
                      double            y,
                      ChrArticleReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  int bx, by, index;

  /* A drag selects text; only a plain click follows a date. */
  if (n_press != 1 || self->text == NULL || gtk_text_buffer_get_has_selection (buffer))
    return;
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;
  if ((index = find_mark (self, gtk_text_iter_get_offset (&iter))) >= 0)
    activate_mark (self, index);
}

static gboolean
on_query_tooltip_cb (ChrArticleReader *self,
                     int               x,
                     int               y,
                     gboolean          keyboard,
                     GtkTooltip       *tooltip)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *what = NULL;
  GtkTextIter iter;
  int bx, by, index;

  if (self->text == NULL)
    return FALSE;
  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  else
    {
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        return FALSE;
    }
  if ((index = find_mark (self, gtk_text_iter_get_offset (&iter))) < 0)
    return FALSE;
  what = describe_date (self, &g_array_index (self->marks, DateMark, index));
  gtk_tooltip_set_text (tooltip, what);
  return TRUE;
}

/* Tab and Shift+Tab: the next or previous date, selected so it shows.
 * FALSE past the last one, so the focus moves on. */
static gboolean
move_to_date (ChrArticleReader *self,
              gboolean          forward)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter cursor, start, end;
  int offset, index = -1;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&cursor);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const DateMark *mark = &g_array_index (self->marks, DateMark, i);

      if (forward && mark->start > offset)
        {
          index = (int) i;
          break;
        }
      if (!forward && mark->start < offset)
        index = (int) i;
    }
  if (index < 0)
    return FALSE;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_array_index (self->marks, DateMark, index).start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, g_array_index (self->marks, DateMark, index).end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_mark_onscreen (self->text_view, gtk_text_buffer_get_insert (buffer));
  return TRUE;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   ChrArticleReader      *self)
{
  if (self->text == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab)
    return move_to_date (self, keyval != GDK_KEY_ISO_Left_Tab && (state & GDK_SHIFT_MASK) == 0);
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && self->current >= 0)
    {
      activate_mark (self, self->current);
      return TRUE;
    }
  return FALSE;
}

/* A long text is measured over several frames, and the first scroll can
 * land short when the lines above wrap again: scroll again until the
 * highlight is in view, for a second at most. */
static gboolean
keep_in_view_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  ChrArticleReader *self = user_data;
  GdkRectangle location, visible;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (self->text_view), &iter, self->highlight_mark);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  if ((gdk_rectangle_contains_point (&visible, location.x, location.y) && self->scroll_frames > 2) ||
      ++self->scroll_frames > 60)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_text_view_scroll_to_mark (self->text_view, self->highlight_mark, 0.0, TRUE, 0.0, 0.3);
  return G_SOURCE_CONTINUE;
}

/* The sentence at @offset (bytes into the text), highlighted and in view,
 * with the cursor at @offset so the keyboard goes on from there. */
static void
highlight_at (ChrArticleReader *self,
              gint64            offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GArray *sentences = self->text->article->sentences;
  GtkTextIter start, end, cursor;
  gsize from = (gsize) offset, to = (gsize) offset;

  for (guint i = 0; i < sentences->len; i++)
    {
      const ChrSpan *span = &g_array_index (sentences, ChrSpan, i);

      if (span->start <= (gsize) offset && (gsize) offset < span->end)
        {
          from = span->start;
          to = span->end;
          break;
        }
    }
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->sentence_tag, &start, &end);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, char_at_byte (self, from));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, char_at_byte (self, to));
  gtk_text_buffer_apply_tag (buffer, self->sentence_tag, &start, &end);
  gtk_text_buffer_get_iter_at_offset (buffer, &cursor, char_at_byte (self, (gsize) offset));
  gtk_text_buffer_place_cursor (buffer, &cursor);
  gtk_text_buffer_move_mark (buffer, self->highlight_mark, &start);
  /* Done when the lines are measured: the sentence a third of the way down. */
  gtk_text_view_scroll_to_mark (self->text_view, self->highlight_mark, 0.0, TRUE, 0.0, 0.3);
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), keep_in_view_cb, self, NULL);
}

static void
insert_header (ChrArticleReader *self,
               GtkTextIter      *iter)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const ChrArticle *article = self->text->article;
  g_autoptr(GString) byline = g_string_new (article->source);
  ChrInterval published;

  if (article->published && chr_time_parse_iso (article->published, &published))
    {
      g_autofree char *date = chr_date_format_interval (&published, CHR_DATE_STYLE_LONG);

      if (byline->len > 0)
        /* Translators: separates an article's source from its publication date. */
        g_string_append (byline, _(" · "));
      g_string_append (byline, date);
    }
  else
    {
      if (byline->len > 0)
        g_string_append (byline, _(" · "));
      g_string_append (byline, _("No publication date"));
    }
  gtk_text_buffer_insert_with_tags (buffer, iter, article->title, -1, self->title_tag, NULL);
  gtk_text_buffer_insert (buffer, iter, "\n", -1);
  gtk_text_buffer_insert_with_tags (buffer, iter, byline->str, -1, self->byline_tag, NULL);
  gtk_text_buffer_insert (buffer, iter, "\n", -1);
}

/* Underlines every date of the body; the marks find them again. */
static void
mark_dates (ChrArticleReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const ChrArticle *article = self->text->article;
  GArray *dates = self->text->dates;
  const char *walked = article->text + article->body_start;
  int chars = self->body_char;

  g_array_set_size (self->marks, 0);
  /* The dates are in order: one walk through the text counts the characters. */
  for (guint i = 0; i < dates->len; i++)
    {
      const ChrArticleDate *date = &g_array_index (dates, ChrArticleDate, i);
      DateMark mark = { 0, 0, i };
      GtkTextIter start, end;

      if (date->start < (gsize) (walked - article->text) || date->end > article->body_end || date->end <= date->start)
        continue;
      chars += (int) g_utf8_pointer_to_offset (walked, article->text + date->start);
      mark.start = chars;
      mark.end = chars + (int) g_utf8_pointer_to_offset (article->text + date->start, article->text + date->end);
      walked = article->text + date->start;
      g_array_append_val (self->marks, mark);
      gtk_text_buffer_get_iter_at_offset (buffer, &start, mark.start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, mark.end);
      gtk_text_buffer_apply_tag (buffer, date->resolved ? self->date_tag : self->waiting_tag, &start, &end);
    }
}

static void
show_text (ChrArticleReader *self,
           ChrArticleText   *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const ChrArticle *article = text->article;
  GtkTextIter iter;

  g_clear_pointer (&self->text, chr_article_text_free);
  self->text = text;
  self->current = -1;
  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  insert_header (self, &iter);
  self->body_char = gtk_text_iter_get_offset (&iter);
  if (g_utf8_validate (article->text + article->body_start, (gssize) (article->body_end - article->body_start), NULL))
    gtk_text_buffer_insert (buffer, &iter, article->text + article->body_start,
                            (int) (article->body_end - article->body_start));
  mark_dates (self);
  gtk_stack_set_visible_child_name (self->stack, "article");
  highlight_at (self, chr_session_get_reading_offset (self->session));
  update_current (self);
}

static void
on_article_loaded_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(ChrArticleReader) self = user_data;
  g_autoptr(GError) error = NULL;
  ChrArticleText *text;

  if (!(text = chr_session_load_article_finish (CHR_SESSION (object), result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  show_text (self, text);
}

/* The session opened an article, or moved in the one open. */
static void
on_session_reading_cb (ChrArticleReader *self)
{
  gint64 article_id = chr_session_get_reading_article (self->session);

  if (article_id == 0)
    return;
  if (article_id == self->article_id && self->text != NULL)
    {
      highlight_at (self, chr_session_get_reading_offset (self->session));
      return;
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->article_id = article_id;
  g_clear_pointer (&self->text, chr_article_text_free);
  gtk_label_set_text (self->status_label, "");
  gtk_stack_set_visible_child_name (self->stack, "loading");
  chr_session_load_article_async (self->session, article_id, self->cancellable, on_article_loaded_cb,
                                  g_object_ref (self));
}

/* The events changed (merged, split): a date may lead elsewhere now. */
static void
on_session_index_cb (ChrArticleReader *self)
{
  if (self->text != NULL && chr_session_get_reading_article (self->session) == self->article_id)
    {
      self->article_id = 0;
      on_session_reading_cb (self);
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChrArticleReader *self = CHR_ARTICLE_READER (widget);

  if (self->session != NULL)
    chr_session_stop_reading (self->session);
}

/* The first recognized date in [start, end) of the buffer, or NULL. */
static const DateMark *
first_date_in (ChrArticleReader  *self,
               const GtkTextIter *start,
               const GtkTextIter *end)
{
  int from = gtk_text_iter_get_offset (start), to = gtk_text_iter_get_offset (end);

  for (guint i = 0; i < self->marks->len; i++)
    {
      const DateMark *mark = &g_array_index (self->marks, DateMark, i);

      if (mark->end > from && mark->start < to && is_dated (mark_date (self, mark)))
        return mark;
    }
  return NULL;
}

/* A title from the selected words: the clause around the date, without it,
 * as extraction names events; else the words themselves. */
static char *
title_from_selection (ChrArticleReader *self,
                      const char       *selected,
                      const DateMark   *mark,
                      int               selection_start)
{
  g_autofree char *label = NULL;

  if (mark != NULL)
    {
      gsize date_start = (gsize) (g_utf8_offset_to_pointer (selected, MAX (mark->start - selection_start, 0)) - selected);
      gsize date_end = (gsize) (g_utf8_offset_to_pointer (selected, MIN (mark->end - selection_start,
                                                                      (int) g_utf8_strlen (selected, -1))) - selected);
      ChrSpan sentence = { 0, strlen (selected) };
      ChrSpan phrase = { date_start, date_end };

      label = chr_event_label (selected, &sentence, &phrase);
    }
  if (label == NULL || *g_strstrip (label) == '\0')
    {
      g_free (label);
      label = g_strstrip (g_strdup (selected));
    }
  return g_steal_pointer (&label);
}

/* The selection as words of the article, with the date phrase in it. */
static void
passage_of_selection (ChrArticleReader  *self,
                      const GtkTextIter *start,
                      const GtkTextIter *end,
                      const DateMark    *mark,
                      ChrPassage        *passage)
{
  passage->article_id = self->article_id;
  passage->start = (gint64) byte_at_char (self, gtk_text_iter_get_offset (start));
  passage->end = (gint64) byte_at_char (self, gtk_text_iter_get_offset (end));
  passage->phrase_start = passage->phrase_end = passage->start;
  if (mark != NULL)
    {
      passage->phrase_start = CLAMP ((gint64) mark_date (self, mark)->start, passage->start, passage->end);
      passage->phrase_end = CLAMP ((gint64) mark_date (self, mark)->end, passage->phrase_start, passage->end);
    }
  /* A selection of the title alone holds none of the article's words. */
  if (passage->end <= passage->start)
    passage->article_id = 0;
}

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChrArticleReader *self = CHR_ARTICLE_READER (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *selected = NULL;
  g_autofree char *title = NULL;
  const DateMark *mark;
  ChrEventEditor *editor;
  ChrPassage passage;
  GtkTextIter start, end;

  if (self->session == NULL || self->text == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  selected = gtk_text_iter_get_text (&start, &end);
  mark = first_date_in (self, &start, &end);
  title = title_from_selection (self, selected, mark, gtk_text_iter_get_offset (&start));
  editor = chr_event_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->session, 0,
                                 mark ? &mark_date (self, mark)->interval : NULL);
  chr_event_editor_set_title (editor, title);
  passage_of_selection (self, &start, &end, mark, &passage);
  chr_event_editor_set_passage (editor, &passage, selected);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_selection_changed_cb (ChrArticleReader *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.new-event",
                                 gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (self->text_view)));
}

static void
set_color (GtkTextTag    *tag,
           const char    *property,
           const GdkRGBA *color,
           double         alpha)
{
  GdkRGBA faded = *color;

  faded.alpha *= alpha;
  g_object_set (tag, property, &faded, NULL);
}

/* The marks take the theme's colours: readable in light, dark and high contrast. */
static void
chr_article_reader_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  ChrArticleReader *self = CHR_ARTICLE_READER (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1 }, fg;

  GTK_WIDGET_CLASS (chr_article_reader_parent_class)->css_changed (widget, change);

  gtk_style_context_get_color (style, &fg);
  gtk_style_context_lookup_color (style, "accent_color", &accent);
  /* A dark page needs a stronger tint for the same contrast. */
  set_color (self->sentence_tag, "background-rgba", &accent,
             adw_style_manager_get_dark (adw_style_manager_get_default ()) ? 0.4 : 0.2);
  set_color (self->date_tag, "foreground-rgba", &accent, 1.0);
  set_color (self->date_tag, "underline-rgba", &accent, 1.0);
  set_color (self->waiting_tag, "underline-rgba", &fg, 0.45);
  set_color (self->waiting_tag, "foreground-rgba", &fg, 0.7);
  set_color (self->byline_tag, "foreground-rgba", &fg, 0.6);
}

static void
create_tags (ChrArticleReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start;

  self->title_tag = gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD,
                                                "scale", 1.6, "pixels-below-lines", 6, NULL);
  self->byline_tag = gtk_text_buffer_create_tag (buffer, "byline", "pixels-below-lines", 18, NULL);
  self->sentence_tag = gtk_text_buffer_create_tag (buffer, "sentence", NULL);
  self->date_tag = gtk_text_buffer_create_tag (buffer, "date", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  /* Dotted lines are not in this Pango: a dim wavy line says "not settled yet". */
  self->waiting_tag = gtk_text_buffer_create_tag (buffer, "waiting-date", "underline", PANGO_UNDERLINE_ERROR,
                                                  "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->highlight_mark = gtk_text_buffer_create_mark (buffer, "highlight", &start, TRUE);
}

static void
chr_article_reader_dispose (GObject *object)
{
  ChrArticleReader *self = CHR_ARTICLE_READER (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->scroll_tick);
  self->scroll_tick = 0;
  chr_article_reader_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_ARTICLE_READER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (chr_article_reader_parent_class)->dispose (object);
}

static void
chr_article_reader_finalize (GObject *object)
{
  ChrArticleReader *self = CHR_ARTICLE_READER (object);

  g_clear_object (&self->session_signals);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->text, chr_article_text_free);
  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (chr_article_reader_parent_class)->finalize (object);
}

static void
chr_article_reader_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ChrArticleReader *self = CHR_ARTICLE_READER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, chr_article_reader_get_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_article_reader_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ChrArticleReader *self = CHR_ARTICLE_READER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      chr_article_reader_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_article_reader_class_init (ChrArticleReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_article_reader_dispose;
  object_class->finalize = chr_article_reader_finalize;
  object_class->get_property = chr_article_reader_get_property;
  object_class->set_property = chr_article_reader_set_property;
  widget_class->css_changed = chr_article_reader_css_changed;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CHR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (ADW_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-article-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrArticleReader, stack);
  gtk_widget_class_bind_template_child (widget_class, ChrArticleReader, error_page);
  gtk_widget_class_bind_template_child (widget_class, ChrArticleReader, text_view);
  gtk_widget_class_bind_template_child (widget_class, ChrArticleReader, status_label);

  gtk_widget_class_install_action (widget_class, "reader.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "reader.new-event", NULL, new_event_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "reader.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "reader.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articlereader");
}

static void
chr_article_reader_init (ChrArticleReader *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  buffer = gtk_text_view_get_buffer (self->text_view);
  self->marks = g_array_new (FALSE, FALSE, sizeof (DateMark));
  self->current = -1;
  create_tags (self);

  /* Before the text view's own handling: Tab goes from date to date. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
  g_signal_connect_swapped (buffer, "notify::cursor-position", G_CALLBACK (on_cursor_moved_cb), self);
  g_signal_connect_swapped (buffer, "notify::has-selection", G_CALLBACK (on_selection_changed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.new-event", FALSE);

  self->session_signals = g_signal_group_new (CHR_TYPE_SESSION);
  g_signal_group_connect_object (self->session_signals, "notify::reading-article",
                                 G_CALLBACK (on_session_reading_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::reading-offset",
                                 G_CALLBACK (on_session_reading_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::index",
                                 G_CALLBACK (on_session_index_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
chr_article_reader_new (void)
{
  return g_object_new (CHR_TYPE_ARTICLE_READER, NULL);
}

ChrSession *
chr_article_reader_get_session (ChrArticleReader *self)
{
  g_return_val_if_fail (CHR_IS_ARTICLE_READER (self), NULL);

  return self->session;
}

/**
 * chr_article_reader_set_session:
 * @self: a #ChrArticleReader
 * @session: (nullable): the session whose article it shows
 */
void
chr_article_reader_set_session (ChrArticleReader *self,
                                ChrSession       *session)
{
  g_return_if_fail (CHR_IS_ARTICLE_READER (self));
  g_return_if_fail (!session || CHR_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, session);
  self->article_id = 0;
  if (session != NULL)
    on_session_reading_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gint64
chr_article_reader_get_article_id (ChrArticleReader *self)
{
  g_return_val_if_fail (CHR_IS_ARTICLE_READER (self), 0);

  return self->text != NULL ? self->article_id : 0;
}

GtkTextView *
chr_article_reader_get_text_view (ChrArticleReader *self)
{
  g_return_val_if_fail (CHR_IS_ARTICLE_READER (self), NULL);

  return self->text_view;
}

/* The highlighted sentence, in the buffer. */
gboolean
chr_article_reader_get_highlight (ChrArticleReader *self,
                                  GtkTextIter      *start,
                                  GtkTextIter      *end)
{
  g_return_val_if_fail (CHR_IS_ARTICLE_READER (self), FALSE);

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (self->text_view), start);
  if (!gtk_text_iter_starts_tag (start, self->sentence_tag) && !gtk_text_iter_forward_to_tag_toggle (start, self->sentence_tag))
    return FALSE;
  *end = *start;
  return gtk_text_iter_forward_to_tag_toggle (end, self->sentence_tag);
}

/* The first underlined date that leads to @event_id, in the buffer, and
 * what it resolves to. */
gboolean
chr_article_reader_get_date (ChrArticleReader *self,
                             gint64            event_id,
                             GtkTextIter      *start,
                             GtkTextIter      *end,
                             ChrInterval      *interval)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (CHR_IS_ARTICLE_READER (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  for (guint i = 0; self->text != NULL && i < self->marks->len; i++)
    {
      const DateMark *mark = &g_array_index (self->marks, DateMark, i);

      if (mark_date (self, mark)->event_id == event_id)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, start, mark->start);
          gtk_text_buffer_get_iter_at_offset (buffer, end, mark->end);
          if (interval != NULL)
            *interval = mark_date (self, mark)->interval;
          return TRUE;
        }
    }
  return FALSE;
}
