/* test-reader.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-reader"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "chr-article-reader-private.h"
#include "chr-date-format.h"
#include "chr-event-editor.h"
#include "chr-event-panel-private.h"
#include "gui-fixture.h"

/* The article reader in the real window, with real input through the X
 * server: from an excerpt to its article, from a date back to its event. */

static ChrArticleReader *
reader (WindowFixture *f)
{
  return chr_window_get_reader (f->window);
}

static const char *
page (WindowFixture *f)
{
  return gtk_stack_get_visible_child_name (f->window->main_stack);
}

static gboolean
reader_shows (WindowFixture *f,
              gconstpointer  data)
{
  return g_strcmp0 (page (f), "reader") == 0 && gtk_widget_get_mapped (GTK_WIDGET (reader (f))) &&
         chr_article_reader_get_article_id (reader (f)) == *(const gint64 *) data;
}

static gboolean
timeline_shows (WindowFixture *f,
                gconstpointer  data)
{
  return g_strcmp0 (page (f), "timeline") == 0 && gtk_widget_get_mapped (GTK_WIDGET (chr_window_get_timeline (f->window)));
}

/* Where an iter is in the text view's widget coordinates; TRUE when it is
 * in the part of the text that is scrolled into view. */
static gboolean
iter_in_view (GtkTextView       *view,
              const GtkTextIter *iter,
              double            *x,
              double            *y)
{
  GdkRectangle location, visible;
  int wx, wy;

  gtk_text_view_get_iter_location (view, iter, &location);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x + location.width / 2 + 1,
                                         location.y + location.height / 2, &wx, &wy);
  if (x)
    *x = wx;
  if (y)
    *y = wy;
  return location.height > 0 && gdk_rectangle_contains_point (&visible, location.x, location.y) &&
         location.y + location.height <= visible.y + visible.height;
}

static gboolean
highlight_in_view (WindowFixture *f,
                   gconstpointer  data)
{
  GtkTextIter start, end;

  return chr_article_reader_get_highlight (reader (f), &start, &end) &&
         iter_in_view (chr_article_reader_get_text_view (reader (f)), &start, NULL, NULL);
}

/* The invasion, chosen: the panel lists its excerpts with their articles. */
static ChrEvent *
choose_invasion (WindowFixture *f)
{
  ChrSession *session = SESSION (f->window);
  gint64 invasion = find_event_id (DATABASE (f->window), "2022-02-24");
  ChrEventPanel *panel = chr_window_get_event_panel (f->window);
  ChrEvent *event;

  g_assert_cmpint (invasion, >, 0);
  chr_session_set_selected (session, invasion);
  g_assert_true (wait_for (f, panel_shows_event, NULL));
  event = chr_session_get_event (session, invasion);
  g_assert_cmpuint (chr_event_panel_get_n_excerpts (panel), ==, event->sources->len);
  return event;
}

/* Enter on an excerpt: the reader shows its article, the sentence
 * highlighted and in view. */
static ChrEvent *
open_last_excerpt (WindowFixture *f)
{
  ChrEventPanel *panel = chr_window_get_event_panel (f->window);
  ChrEvent *event = choose_invasion (f);
  guint last = event->sources->len - 1;
  const ChrSource *source = g_ptr_array_index (event->sources, last);
  GtkWidget *row = chr_event_panel_get_excerpt_row (panel, last);
  g_autofree char *sentence = NULL;
  GtkTextIter start, end;

  g_assert_true (gtk_widget_get_focusable (row));
  g_assert_true (gtk_widget_grab_focus (row));
  key (f, "Return");
  g_assert_true (wait_for (f, reader_shows, &source->article_id));
  g_assert_cmpint (chr_session_get_reading_offset (SESSION (f->window)), ==, (gint64) source->phrase_start);

  g_assert_true (chr_article_reader_get_highlight (reader (f), &start, &end));
  sentence = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (sentence, ==, source->excerpt);
  g_assert_true (wait_for (f, highlight_in_view, NULL));
  return event;
}

static void
test_excerpt_opens_article (WindowFixture *f,
                            gconstpointer  data)
{
  ChrEventPanel *panel = chr_window_get_event_panel (f->window);
  g_autoptr(ChrEvent) event = choose_invasion (f);
  g_autoptr(ChrEvent) opened = NULL;

  /* Each excerpt says which article it is from, and when it was published. */
  for (guint i = 0; i < event->sources->len; i++)
    {
      const ChrSource *source = g_ptr_array_index (event->sources, i);
      GtkWidget *excerpt = GTK_WIDGET (chr_event_panel_get_excerpt_label (panel, i));
      GtkWidget *title = gtk_widget_get_next_sibling (excerpt);
      GtkWidget *about = gtk_widget_get_next_sibling (title);
      ChrInterval published;
      g_autofree char *date = NULL;

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, source->article_title);
      g_assert_true (chr_time_parse_iso (source->article_published, &published));
      date = chr_date_format_interval (&published, CHR_DATE_STYLE_SHORT);
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (about)), date));
    }
  opened = open_last_excerpt (f);
}

/* A click on an underlined date chooses its event and shows the timeline
 * with it drawn. */
static void
test_date_selects_event (WindowFixture *f,
                         gconstpointer  data)
{
  g_autoptr(ChrEvent) event = open_last_excerpt (f);
  GtkTextView *view = chr_article_reader_get_text_view (reader (f));
  ChrSession *session = SESSION (f->window);
  GtkTextIter start, end;
  double x, y;

  /* The timeline looks far from the event: following the date brings it back. */
  chr_session_set_selected (session, -1);
  chr_session_go_to (session, chr_time_from_civil (1900, 1, 1, 0, 0, 0), chr_time_from_civil (1901, 1, 1, 0, 0, 0));
  g_assert_true (chr_article_reader_get_date (reader (f), event->id, &start, &end, NULL));
  gtk_text_view_scroll_to_iter (view, &start, 0.0, TRUE, 0.0, 0.5);
  while (!iter_in_view (view, &start, &x, &y))
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (wait_for (f, idle, NULL));
  click_at (f, GTK_WIDGET (view), x, y);
  g_assert_true (wait_for (f, selection_changed, &(gint64) { -1 }));
  g_assert_cmpint (chr_session_get_selected (session), ==, event->id);
  g_assert_true (wait_for (f, timeline_shows, NULL));
  g_assert_true (wait_for (f, event_drawn, &event->id));
}

static gboolean
date_shown (WindowFixture *f,
            gconstpointer  data)
{
  GtkTextIter start, end;

  return chr_article_reader_get_date (reader (f), *(const gint64 *) data, &start, &end, NULL);
}

static gboolean
filtered (WindowFixture *f,
          gconstpointer  data)
{
  return idle (f, NULL) && chr_session_get_n_events (SESSION (f->window)) == 0;
}

/* A date whose event a filter leaves out keeps the reader open: the
 * timeline would not show it. */
static void
test_date_of_filtered_event (WindowFixture *f,
                             gconstpointer  data)
{
  g_autoptr(ChrEvent) event = open_last_excerpt (f);
  GtkTextView *view = chr_article_reader_get_text_view (reader (f));
  ChrSession *session = SESSION (f->window);
  GtkTextIter start, end;
  double x, y;

  chr_session_set_selected (session, -1);
  chr_session_set_starred_only (session, TRUE);
  g_assert_true (wait_for (f, filtered, NULL));
  g_assert_true (wait_for (f, date_shown, &event->id));
  g_assert_true (chr_article_reader_get_date (reader (f), event->id, &start, &end, NULL));
  gtk_text_view_scroll_to_iter (view, &start, 0.0, TRUE, 0.0, 0.5);
  while (!iter_in_view (view, &start, &x, &y))
    g_main_context_iteration (NULL, FALSE);
  click_at (f, GTK_WIDGET (view), x, y);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (wait_for (f, idle, NULL));
  g_assert_cmpint (chr_session_get_reading_article (session), >, 0);
  g_assert_cmpint (chr_session_get_selected (session), !=, event->id);
}

static gboolean
description_is (WindowFixture *f,
                gconstpointer  data)
{
  g_autofree char *mismatch =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (chr_article_reader_get_text_view (reader (f))),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, data);

  if (mismatch != NULL)
    g_test_message ("%s", mismatch);
  return mismatch == NULL;
}

static gboolean
selection_starts_at (WindowFixture *f,
                     gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (chr_article_reader_get_text_view (reader (f)));
  GtkTextIter start, end;

  return gtk_text_buffer_get_selection_bounds (buffer, &start, &end) &&
         gtk_text_iter_get_offset (&start) == *(const int *) data;
}

static gboolean
selection_before (WindowFixture *f,
                  gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (chr_article_reader_get_text_view (reader (f)));
  GtkTextIter start, end;

  return gtk_text_buffer_get_selection_bounds (buffer, &start, &end) &&
         gtk_text_iter_get_offset (&start) < *(const int *) data;
}

/* Tab goes to the next date and selects it; a screen reader hears it and
 * its event; Enter follows it. */
static void
test_keyboard_dates (WindowFixture *f,
                     gconstpointer  data)
{
  g_autoptr(ChrEvent) event = open_last_excerpt (f);
  GtkTextView *view = chr_article_reader_get_text_view (reader (f));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  ChrSession *session = SESSION (f->window);
  GtkTextIter start, end, date_start, date_end, cursor;
  g_autofree char *phrase = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *when = NULL;
  ChrInterval interval;

  /* From just before the invasion's date phrase. */
  g_assert_true (chr_article_reader_get_date (reader (f), event->id, &date_start, &date_end, &interval));
  when = chr_date_format_interval (&interval, CHR_DATE_STYLE_LONG);
  cursor = date_start;
  gtk_text_iter_backward_char (&cursor);
  gtk_text_buffer_place_cursor (buffer, &cursor);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  key (f, "Tab");
  g_assert_true (wait_for (f, selection_starts_at, &(int) { gtk_text_iter_get_offset (&date_start) }));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, gtk_text_iter_get_offset (&date_end));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));

  phrase = gtk_text_iter_get_text (&date_start, &date_end);
  expected = g_strdup_printf ("“%s”: %s — %s", phrase, when, event->title);
  g_assert_true (wait_for (f, description_is, expected));

  /* Shift+Tab goes back to the date before it (the article's first
   * paragraph has dates), and Tab comes back. */
  key (f, "shift+Tab");
  g_assert_true (wait_for (f, selection_before, &(int) { gtk_text_iter_get_offset (&date_start) }));
  key (f, "Tab");
  g_assert_true (wait_for (f, selection_starts_at, &(int) { gtk_text_iter_get_offset (&date_start) }));

  chr_session_set_selected (session, -1);
  key (f, "Return");
  g_assert_true (wait_for (f, selection_changed, &(gint64) { -1 }));
  g_assert_cmpint (chr_session_get_selected (session), ==, event->id);
  g_assert_true (wait_for (f, timeline_shows, NULL));
}

/* Back, Escape and Alt+Left go home to the timeline. */
static void
test_back (WindowFixture *f,
           gconstpointer  data)
{
  g_autoptr(ChrEvent) event = open_last_excerpt (f);
  const ChrSource *source = g_ptr_array_index (event->sources, event->sources->len - 1);
  GtkWidget *back = GTK_WIDGET (find_descendant (GTK_WIDGET (reader (f)), GTK_TYPE_BUTTON));

  key (f, "Escape");
  g_assert_true (wait_for (f, timeline_shows, NULL));
  g_assert_cmpint (chr_session_get_reading_article (SESSION (f->window)), ==, 0);

  chr_session_read_article (SESSION (f->window), source->article_id, source->phrase_start);
  g_assert_true (wait_for (f, reader_shows, &source->article_id));
  key (f, "alt+Left");
  g_assert_true (wait_for (f, timeline_shows, NULL));

  chr_session_read_article (SESSION (f->window), source->article_id, source->phrase_start);
  g_assert_true (wait_for (f, reader_shows, &source->article_id));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (back)), ==, "reader.back");
  click_at (f, back, gtk_widget_get_width (back) / 2.0, gtk_widget_get_height (back) / 2.0);
  g_assert_true (wait_for (f, timeline_shows, NULL));
}

/* The editor's entry rows, in order: title, date, end, tags. */
static void
collect_entry_rows (GtkWidget *root,
                    GPtrArray *rows)
{
  if (ADW_IS_ENTRY_ROW (root))
    g_ptr_array_add (rows, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_entry_rows (child, rows);
}

static gboolean
editor_shown (WindowFixture *f,
              gconstpointer  data)
{
  return find_toplevel (CHR_TYPE_EVENT_EDITOR) != NULL;
}

static gint64
titled_id (WindowFixture *f,
           const char    *title)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (DATABASE (f->window), NULL, 0, FALSE, NULL);

  for (guint i = 0; events && i < events->len; i++)
    if (g_strcmp0 (((ChrEvent *) g_ptr_array_index (events, i))->title, title) == 0)
      return ((ChrEvent *) g_ptr_array_index (events, i))->id;
  return 0;
}

static gboolean
event_titled (WindowFixture *f,
              gconstpointer  data)
{
  return !chr_session_get_busy (SESSION (f->window)) && titled_id (f, data) > 0;
}

/* A selected sentence becomes a new event: the editor opens with a title
 * from its words and the date it names (the excerpt's, the only one in it);
 * saved, the words are its excerpt. */
static void
test_new_event_from_selection (WindowFixture *f,
                               gconstpointer  data)
{
  g_autoptr(ChrEvent) event = open_last_excerpt (f);
  GtkTextView *view = chr_article_reader_get_text_view (reader (f));
  GtkTextIter start, end;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  const ChrSource *source = g_ptr_array_index (event->sources, event->sources->len - 1);
  g_autofree char *date = chr_interval_to_value (&source->interval);
  g_autofree char *selected = NULL;
  g_autoptr(ChrEvent) made = NULL;
  const ChrSource *added;
  GtkWindow *editor;

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (reader (f)), "reader.new-event", NULL) &&
                  editor_shown (f, NULL));
  g_assert_true (chr_article_reader_get_highlight (reader (f), &start, &end));
  gtk_text_buffer_select_range (gtk_text_view_get_buffer (view), &start, &end);
  selected = gtk_text_iter_get_text (&start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader (f)), "reader.new-event", NULL));
  g_assert_true (wait_for (f, editor_shown, NULL));
  editor = find_toplevel (CHR_TYPE_EVENT_EDITOR);
  collect_entry_rows (GTK_WIDGET (editor), rows);
  g_assert_cmpuint (rows->len, >=, 2);
  g_test_message ("title offered: %s", gtk_editable_get_text (rows->pdata[0]));
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[0]), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[1]), ==, date);

  /* Saved, the event keeps the selected words as its excerpt. */
  gtk_editable_set_text (rows->pdata[0], "Chosen in the reader");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (wait_for (f, event_titled, "Chosen in the reader"));
  made = chr_database_get_event (DATABASE (f->window), titled_id (f, "Chosen in the reader"), NULL);
  g_assert_nonnull (made);
  g_assert_cmpuint (made->sources->len, ==, 1);
  added = g_ptr_array_index (made->sources, 0);
  g_assert_true (added->by_hand);
  g_assert_cmpstr (added->excerpt, ==, selected);
  g_assert_cmpint (added->article_id, ==, source->article_id);
  g_assert_cmpuint (added->phrase_start, ==, source->phrase_start);
  g_assert_cmpuint (added->phrase_end, ==, source->phrase_end);
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/reader/excerpt-opens-article", WindowFixture, NULL, window_set_up, test_excerpt_opens_article,
              window_tear_down);
  g_test_add ("/gui/reader/date-selects-event", WindowFixture, NULL, window_set_up, test_date_selects_event,
              window_tear_down);
  g_test_add ("/gui/reader/date-of-filtered-event", WindowFixture, NULL, window_set_up,
              test_date_of_filtered_event, window_tear_down);
  g_test_add ("/gui/reader/keyboard-dates", WindowFixture, NULL, window_set_up, test_keyboard_dates,
              window_tear_down);
  g_test_add ("/gui/reader/back", WindowFixture, NULL, window_set_up, test_back, window_tear_down);
  g_test_add ("/gui/reader/new-event-from-selection", WindowFixture, NULL, window_set_up,
              test_new_event_from_selection, window_tear_down);

  status = g_test_run ();
  g_clear_object (&test_app);
  return status;
}
