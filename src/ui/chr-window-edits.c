/* chr-window-edits.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-date-format.h"
#include "chr-event-editor.h"
#include "chr-tags-dialog.h"
#include "chr-toast.h"
#include "chr-window-private.h"

/* The window's edit actions: undo and redo (named in the main menu after
 * what they take back), adding and editing events, starring, hiding and
 * deleting; and the toasts that offer to undo what removes something. */

static gint64
selected_event (ChrWindow *self)
{
  return chr_session_get_database (self->session) ? chr_session_get_selected (self->session) : -1;
}

static const ChrTimelineItem *
selected_item (ChrWindow *self)
{
  ChrTimelineIndex *index = chr_session_get_index (self->session);
  gint64 id = selected_event (self);
  int position = id > 0 ? chr_timeline_index_find (index, id) : -1;

  return position >= 0 ? chr_timeline_index_get_item (index, (guint) position) : NULL;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);

  if (chr_session_get_undo_kind (self->session) != NULL)
    chr_session_undo (self->session);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);

  if (chr_session_get_redo_kind (self->session) != NULL)
    chr_session_redo (self->session);
}

/**
 * _chr_window_add_event_at:
 * @self: a #ChrWindow
 * @date: (nullable): where the new event goes, at the precision of the zoom
 *
 * Opens the editor for a new event.
 */
void
_chr_window_add_event_at (ChrWindow         *self,
                          const ChrInterval *date)
{
  if (chr_session_get_database (self->session) == NULL)
    return;
  gtk_window_present (GTK_WINDOW (chr_event_editor_new (GTK_WINDOW (self), self->session, 0, date)));
}

static void
on_add_requested_cb (ChrWindow *self,
                     gint64     begin,
                     gint64     end,
                     int        granularity)
{
  ChrInterval date = { begin, end, (ChrGranularity) granularity };

  _chr_window_add_event_at (self, &date);
}

static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _chr_window_add_event_at (CHR_WINDOW (widget), NULL);
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  gint64 id = selected_event (self);

  if (id > 0)
    gtk_window_present (GTK_WINDOW (chr_event_editor_new (GTK_WINDOW (self), self->session, id, NULL)));
}

static void
rename_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);

  if (selected_item (self) != NULL)
    chr_event_panel_start_rename (self->event_panel);
}

static void
star_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  const ChrTimelineItem *item = selected_item (self);
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_STARRED };

  if (item == NULL)
    return;
  change.starred = !(item->flags & CHR_EVENT_FLAG_STARRED);
  chr_session_change_event (self->session, item->id, &change);
}

/* Takes the chosen event off the timeline: an event the user added is
 * deleted, one found in the articles is hidden (the next extraction would
 * find it again). Either can be undone from the toast. */
static void
remove_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  const ChrTimelineItem *item = selected_item (self);
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_HIDDEN };

  if (item == NULL)
    return;
  if (item->flags & CHR_EVENT_FLAG_USER)
    {
      chr_session_delete_event (self->session, item->id);
      return;
    }
  change.hidden = !(item->flags & CHR_EVENT_FLAG_HIDDEN);
  chr_session_change_event (self->session, item->id, &change);
}

static void
tags_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);

  if (chr_session_get_database (self->session) != NULL)
    gtk_window_present (GTK_WINDOW (chr_tags_dialog_new (GTK_WINDOW (self), self->session)));
}

/* The titles or dates of the chosen events, as the person likes dates said. */
static GStrv
describe_chosen (ChrWindow            *self,
                 GArray               *chosen,
                 gboolean              dates,
                 const ChrDateOptions *options)
{
  ChrTimelineIndex *index = chr_session_get_index (self->session);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < chosen->len; i++)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (index, (guint) chr_timeline_index_find (
                                                                   index, g_array_index (chosen, gint64, i)));
      ChrInterval interval = { item->begin, item->end, item->granularity };
      g_autofree char *date = NULL;

      if (dates)
        date = chr_date_format_event_with (&interval, item->flags, CHR_DATE_STYLE_LONG, options);
      g_strv_builder_add (builder, dates ? date : item->label);
    }
  return g_strv_builder_end (builder);
}

static gboolean
has_repeats (const char * const *strings)
{
  for (guint i = 0; strings[i] != NULL; i++)
    for (guint k = i + 1; strings[k] != NULL; k++)
      if (g_strcmp0 (strings[i], strings[k]) == 0)
        return TRUE;
  return FALSE;
}

/* The titles (or dates) of the chosen events, for the merge dialog to choose from. */
static GtkWidget *
choice_of (ChrWindow  *self,
           GArray     *chosen,
           gboolean    dates,
           const char *label)
{
  ChrDateOptions options = *chr_session_get_date_options (self->session);
  g_auto(GStrv) choices = describe_chosen (self, chosen, dates, &options);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (label);
  GtkWidget *drop_down;

  /* Dates cut to the year may read alike; a choice among them must not. */
  if (dates && options.precision != CHR_GRANULARITY_UNKNOWN && has_repeats ((const char * const *) choices))
    {
      options.precision = CHR_GRANULARITY_UNKNOWN;
      g_strfreev (choices);
      choices = describe_chosen (self, chosen, dates, &options);
    }
  drop_down = gtk_drop_down_new_from_strings ((const char * const *) choices);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), drop_down);
  return box;
}

static void
on_merge_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ChrWindow        *self)
{
  GArray *chosen = g_object_get_data (G_OBJECT (dialog), "chosen");
  GtkDropDown *titles = g_object_get_data (G_OBJECT (dialog), "titles");
  GtkDropDown *dates = g_object_get_data (G_OBJECT (dialog), "dates");

  if (g_strcmp0 (response, "merge") != 0)
    return;
  chr_session_merge_events (self->session, (const gint64 *) (gpointer) chosen->data, chosen->len,
                            g_array_index (chosen, gint64, gtk_drop_down_get_selected (titles)),
                            g_array_index (chosen, gint64, gtk_drop_down_get_selected (dates)));
}

/* Merging asks which title and which date the merged event keeps. */
static void
merge_events_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  g_autoptr(GArray) chosen = chr_session_get_selection (self->session);
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *choices, *titles, *dates;

  if (chosen->len < 2)
    return;
  heading = g_strdup_printf (ngettext ("Merge %u Event?", "Merge %u Events?", chosen->len), chosen->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The merged event keeps one title and one date; all the excerpts, notes and "
                                     "tags join it."));
  choices = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  titles = choice_of (self, chosen, FALSE, _("Title"));
  dates = choice_of (self, chosen, TRUE, _("Date"));
  gtk_box_append (GTK_BOX (choices), titles);
  gtk_box_append (GTK_BOX (choices), dates);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), choices);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "chosen", g_steal_pointer (&chosen), (GDestroyNotify) g_array_unref);
  g_object_set_data (G_OBJECT (dialog), "titles", gtk_widget_get_last_child (titles));
  g_object_set_data (G_OBJECT (dialog), "dates", gtk_widget_get_last_child (dates));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What the toast after an edit says, for the edits that take something
 * away; NULL for the others, which show for themselves. */
static const char *
removal_message (const char *kind)
{
  static const struct
  {
    const char *kind;
    const char *message;
  } messages[] = {
    { "hide", N_("Event hidden") },
    { "delete", N_("Event deleted") },
    { "merge", N_("Events merged") },
    { "split", N_("Event split in two") },
    { "detach", N_("Excerpt taken out of the event") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    if (g_strcmp0 (messages[i].kind, kind) == 0)
      return _(messages[i].message);
  return NULL;
}

static void
on_edited_cb (ChrWindow  *self,
              const char *kind,
              gint64      event_id)
{
  const char *message = removal_message (kind);
  AdwToast *toast;

  if (message == NULL)
    return;
  toast = chr_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* "Undo Rename": the menu says what undo would take back. */
static void
update_history_menu (ChrWindow *self)
{
  const char *undo = chr_session_get_undo_kind (self->session);
  const char *redo = chr_session_get_redo_kind (self->session);
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;
  g_autoptr(GMenuItem) undo_item = NULL;
  g_autoptr(GMenuItem) redo_item = NULL;

  /* Translators: %s names an edit, as in "Undo Rename". */
  undo_label = undo ? g_strdup_printf (_("_Undo %s"), chr_edit_kind_describe (undo)) : g_strdup (_("_Undo"));
  /* Translators: %s names an edit, as in "Redo Rename". */
  redo_label = redo ? g_strdup_printf (_("_Redo %s"), chr_edit_kind_describe (redo)) : g_strdup (_("_Redo"));
  undo_item = g_menu_item_new (undo_label, "win.undo");
  redo_item = g_menu_item_new (redo_label, "win.redo");
  g_menu_remove_all (self->history_menu);
  g_menu_append_item (self->history_menu, undo_item);
  g_menu_append_item (self->history_menu, redo_item);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", redo != NULL);
}

/* The actions on the chosen event want one. */
static void
on_selected_cb (ChrWindow *self)
{
  const ChrTimelineItem *item = selected_item (self);
  gboolean chosen = item != NULL && item->id > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-event", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.star-event", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-event", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-event", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-events",
                                 chr_session_get_n_selected (self->session) > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-event",
                                 chr_session_get_database (self->session) != NULL);
}

void
_chr_window_class_add_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.add-event", NULL, add_event_action);
  gtk_widget_class_install_action (widget_class, "win.edit-event", NULL, edit_event_action);
  gtk_widget_class_install_action (widget_class, "win.star-event", NULL, star_event_action);
  gtk_widget_class_install_action (widget_class, "win.rename-event", NULL, rename_event_action);
  gtk_widget_class_install_action (widget_class, "win.merge-events", NULL, merge_events_action);
  gtk_widget_class_install_action (widget_class, "win.tags", NULL, tags_action);
  gtk_widget_class_install_action (widget_class, "win.remove-event", NULL, remove_event_action);
}

void
_chr_window_init_edit_actions (ChrWindow *self)
{
  g_autoptr(GPropertyAction) show_hidden = g_property_action_new ("show-hidden", self->session, "show-hidden");

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_hidden));
  self->history_menu = g_menu_new ();
  g_menu_prepend_section (self->primary_menu, NULL, G_MENU_MODEL (self->history_menu));

  g_signal_connect_object (self->session, "notify::undo-kind", G_CALLBACK (update_history_menu), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::redo-kind", G_CALLBACK (update_history_menu), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::selected", G_CALLBACK (on_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::index", G_CALLBACK (on_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::n-selected", G_CALLBACK (on_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::database", G_CALLBACK (on_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "edited", G_CALLBACK (on_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "add-requested", G_CALLBACK (on_add_requested_cb), self,
                           G_CONNECT_SWAPPED);
  update_history_menu (self);
  on_selected_cb (self);
}
