/* chr-event.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event"

#include "config.h"

#include "chr-event.h"

void
chr_source_free (ChrSource *source)
{
  if (source == NULL)
    return;
  g_free (source->article_title);
  g_free (source->article_source);
  g_free (source->article_published);
  g_free (source->excerpt);
  g_free (source);
}

void
chr_article_date_clear (ChrArticleDate *date)
{
  g_clear_pointer (&date->value, g_free);
}

void
chr_event_free (ChrEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->title);
  g_free (event->value);
  g_free (event->note);
  g_strfreev (event->tags);
  g_clear_pointer (&event->sources, g_ptr_array_unref);
  g_free (event);
}

void
chr_event_list_free (ChrEventList *list)
{
  if (list == NULL)
    return;
  g_array_unref (list->events);
  g_string_chunk_free (list->titles);
  g_free (list);
}

void
chr_waiting_date_free (ChrWaitingDate *waiting)
{
  if (waiting == NULL)
    return;
  g_free (waiting->article_title);
  g_free (waiting->text);
  g_free (waiting->value);
  g_free (waiting->excerpt);
  g_free (waiting);
}
