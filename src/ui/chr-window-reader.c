/* chr-window-reader.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-window-private.h"

/* Which page the window shows: the welcome, the timeline, or the article
 * the session reads (ChrSession:reading-article); the reader is a page of
 * the window, and Back (in the reader) comes home to the timeline. */

/**
 * _chr_window_show_page:
 * @self: a #ChrWindow
 *
 * Shows the article being read, else the timeline; the welcome page when
 * the file has no event at all (a filter that hides every event still
 * leaves the timeline).
 */
void
_chr_window_show_page (ChrWindow *self)
{
  const char *page = "empty";
  const char *was = gtk_stack_get_visible_child_name (self->main_stack);

  if (chr_session_get_database (self->session) == NULL && self->problem != NULL)
    return;
  if (chr_session_get_reading_article (self->session) > 0)
    page = "reader";
  else if (chr_session_get_has_events (self->session))
    page = "timeline";
  if (g_strcmp0 (page, was) == 0)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, page);
  /* The keyboard follows: into the text, or back on the timeline. */
  if (g_str_equal (page, "reader"))
    gtk_widget_child_focus (GTK_WIDGET (self->reader), GTK_DIR_TAB_FORWARD);
  else if (g_str_equal (page, "timeline") && g_strcmp0 (was, "reader") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

/**
 * _chr_window_update_empty_page:
 * @self: a #ChrWindow
 *
 * The welcome says what the timeline lacks: articles, or (articles whose
 * dates gave no event) events.
 */
void
_chr_window_update_empty_page (ChrWindow *self)
{
  if (self->problem != NULL)
    return;

  if (chr_session_get_n_articles (self->session) == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Articles Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Import news articles to see the dates they report on a timeline, "
                                         "or try Chronicle on a few sample articles"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Events Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("None of the articles reports a date Chronicle can place on the "
                                         "timeline; import more articles"));
    }
}

void
_chr_window_init_reader (ChrWindow *self)
{
  g_signal_connect_object (self->session, "notify::reading-article", G_CALLBACK (_chr_window_show_page), self,
                           G_CONNECT_SWAPPED);
}
