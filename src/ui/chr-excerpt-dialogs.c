/* chr-excerpt-dialogs.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-excerpt-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-date-format.h"
#include "chr-excerpt-dialogs.h"

/* Moving excerpts between events: which of an event's excerpts go to a
 * new event (split), and which event an excerpt goes to (attach). */

#define MAX_TARGETS 500

static GtkWindow *
window_of (GtkWidget *widget)
{
  return GTK_WINDOW (gtk_widget_get_root (widget));
}

static AdwMessageDialog *
new_dialog (GtkWidget  *parent,
            const char *heading,
            const char *body,
            const char *verb)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window_of (parent), heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "go", verb, NULL);
  adw_message_dialog_set_response_appearance (dialog, "go", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "go");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

typedef struct
{
  ChrSession *session;
  gint64      event_id;
  GArray     *anchors;             /* ChrAnchor, one per choice */
  GPtrArray  *checks;              /* GtkCheckButton, for a split */
  GArray     *targets;             /* gint64 event ids, for an attach */
  GtkWidget  *drop_down;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->session);
  g_clear_pointer (&choice->anchors, g_array_unref);
  g_clear_pointer (&choice->checks, g_ptr_array_unref);
  g_clear_pointer (&choice->targets, g_array_unref);
  g_free (choice);
}

static void
on_split_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Choice           *choice)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));

  if (g_strcmp0 (response, "go") != 0)
    return;
  for (guint i = 0; i < choice->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (choice->checks, i)))
      g_array_append_val (chosen, g_array_index (choice->anchors, ChrAnchor, i));
  chr_session_split_event (choice->session, choice->event_id, (const ChrAnchor *) (gpointer) chosen->data,
                           chosen->len);
}

/* Split is possible with some excerpts chosen, not all. */
static void
on_split_toggled_cb (GtkCheckButton   *check,
                     AdwMessageDialog *dialog)
{
  Choice *choice = g_object_get_data (G_OBJECT (dialog), "choice");
  guint n = 0;

  for (guint i = 0; i < choice->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (choice->checks, i));
  adw_message_dialog_set_response_enabled (dialog, "go", n > 0 && n < choice->checks->len);
}

/**
 * chr_excerpt_split_dialog_present:
 * @parent: a widget of the window it belongs to
 * @session: the open timeline
 * @event_id: the event to split
 * @first: the excerpt the user asked to split off, chosen already
 *
 * Asks which of the event's excerpts go to the new event.
 */
void
chr_excerpt_split_dialog_present (GtkWidget       *parent,
                                  ChrSession      *session,
                                  gint64           event_id,
                                  const ChrAnchor *first)
{
  g_autoptr(ChrEvent) event = chr_session_get_event (session, event_id);
  AdwMessageDialog *dialog;
  GtkWidget *box;
  Choice *choice;

  if (event == NULL || event->sources == NULL)
    return;
  dialog = new_dialog (parent, _("Split the Event?"),
                       _("The excerpts chosen go to a new event, dated by the first of them."), _("_Split"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  choice = g_new0 (Choice, 1);
  choice->session = g_object_ref (session);
  choice->event_id = event_id;
  choice->anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  choice->checks = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (dialog), "choice", choice, (GDestroyNotify) choice_free);
  for (guint i = 0; i < event->sources->len; i++)
    {
      const ChrSource *source = g_ptr_array_index (event->sources, i);
      ChrAnchor anchor = { source->article_id, (gint64) source->phrase_start, (gint64) source->phrase_end };
      GtkWidget *check;
      GtkWidget *label;

      if (source->by_hand)
        continue;
      check = gtk_check_button_new_with_label (source->excerpt);
      label = gtk_widget_get_last_child (check);

      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
        }
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   anchor.article_id == first->article_id && anchor.start == first->start &&
                                   anchor.end == first->end);
      g_signal_connect (check, "toggled", G_CALLBACK (on_split_toggled_cb), dialog);
      g_array_append_val (choice->anchors, anchor);
      g_ptr_array_add (choice->checks, check);
      gtk_box_append (GTK_BOX (box), check);
    }
  adw_message_dialog_set_extra_child (dialog, box);
  on_split_toggled_cb (NULL, dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_split_response_cb), choice);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_attach_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Choice           *choice)
{
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (choice->drop_down));

  if (g_strcmp0 (response, "go") != 0 || chosen >= choice->targets->len)
    return;
  chr_session_move_excerpt (choice->session, g_array_index (choice->targets, gint64, chosen),
                            &g_array_index (choice->anchors, ChrAnchor, 0), TRUE);
}

/* The events in view, other than @event_id: where an excerpt may go. */
static GtkStringList *
targets_in_view (ChrSession *session,
                 gint64      event_id,
                 GArray     *targets)
{
  ChrTimelineIndex *index = chr_session_get_index (session);
  const ChrTimeSpan *visible = chr_session_get_visible (session);
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkStringList *names = gtk_string_list_new (NULL);

  chr_timeline_index_collect_visible (index, visible->begin, visible->end, positions);
  for (guint i = 0; i < positions->len && targets->len < MAX_TARGETS; i++)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (index, g_array_index (positions, guint, i));
      ChrInterval interval = { item->begin, item->end, item->granularity };
      g_autofree char *date = NULL;
      g_autofree char *name = NULL;

      if (item->id == event_id || item->id <= 0)
        continue;
      date = chr_date_format_event_with (&interval, item->flags, CHR_DATE_STYLE_SHORT,
                                         chr_session_get_date_options (session));
      /* Translators: an event in a list, "24 Feb 2022 — Russia invaded Ukraine". */
      name = g_strdup_printf (_("%s — %s"), date, item->label);
      gtk_string_list_append (names, name);
      g_array_append_val (targets, item->id);
    }
  return names;
}

/**
 * chr_excerpt_attach_dialog_present:
 * @parent: a widget of the window it belongs to
 * @session: the open timeline
 * @event_id: the event the excerpt is in now
 * @excerpt: the excerpt
 *
 * Asks which event, among those in view, the excerpt goes to.
 */
void
chr_excerpt_attach_dialog_present (GtkWidget       *parent,
                                   ChrSession      *session,
                                   gint64           event_id,
                                   const ChrAnchor *excerpt)
{
  AdwMessageDialog *dialog;
  g_autoptr(GtkStringList) names = NULL;
  g_autoptr(GtkExpression) expression = NULL;
  Choice *choice = g_new0 (Choice, 1);

  choice->session = g_object_ref (session);
  choice->anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  choice->targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (choice->anchors, *excerpt);
  names = targets_in_view (session, event_id, choice->targets);
  dialog = new_dialog (parent, _("Move the Excerpt?"),
                       _("Choose the event it reports, among those on the timeline now."), _("_Move"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  choice->drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), gtk_expression_ref (expression));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (choice->drop_down), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Event"), -1);
  adw_message_dialog_set_extra_child (dialog, choice->drop_down);
  adw_message_dialog_set_response_enabled (dialog, "go", choice->targets->len > 0);
  g_object_set_data_full (G_OBJECT (dialog), "choice", choice, (GDestroyNotify) choice_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_attach_response_cb), choice);
  gtk_window_present (GTK_WINDOW (dialog));
}
