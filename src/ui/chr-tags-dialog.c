/* chr-tags-dialog.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-tags-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-tags-dialog.h"
#include "chr-user-store.h"

/* The timeline's tags: each can be renamed (Enter or the check mark
 * applies), given another colour, or chosen to show only its events. */
struct _ChrTagsDialog
{
  AdwWindow              parent_instance;

  AdwPreferencesGroup   *group;
  GPtrArray             *rows;
  GtkWidget             *all_check;   /* "All events": no tag filter */
  ChrSession            *session;
};

G_DEFINE_FINAL_TYPE (ChrTagsDialog, chr_tags_dialog, ADW_TYPE_WINDOW)

/* In palette order (chr_palette_set_tag_colors()). */
static const char * const color_names[CHR_TAG_N_COLORS] = {
  N_("Blue"), N_("Green"), N_("Yellow"), N_("Orange"), N_("Red"), N_("Purple"), N_("Brown"), N_("Grey"),
};

static void fill (ChrTagsDialog *self);

static void
on_rename_cb (AdwEntryRow   *row,
              ChrTagsDialog *self)
{
  const char *old_name = g_object_get_data (G_OBJECT (row), "tag");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*name != '\0' && g_strcmp0 (name, old_name) != 0)
    chr_session_edit_tag (self->session, old_name, name, 0);
}

static void
on_color_cb (GtkDropDown   *drop_down,
             GParamSpec    *pspec,
             ChrTagsDialog *self)
{
  const char *name = g_object_get_data (G_OBJECT (drop_down), "tag");

  if (g_object_get_data (G_OBJECT (drop_down), "filling") == NULL)
    chr_session_edit_tag (self->session, name, NULL, gtk_drop_down_get_selected (drop_down) + 1);
}

static void
on_filter_cb (GtkCheckButton *check,
              ChrTagsDialog  *self)
{
  gint64 *tag = g_object_get_data (G_OBJECT (check), "tag-id");

  if (gtk_check_button_get_active (check))
    chr_session_set_tag_filter (self->session, tag ? *tag : 0);
}

static GtkWidget *
create_color_choice (const ChrTag *tag)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  GtkWidget *drop_down;

  for (guint i = 0; i < CHR_TAG_N_COLORS; i++)
    g_strv_builder_add (builder, _(color_names[i]));
  names = g_strv_builder_end (builder);
  drop_down = gtk_drop_down_new_from_strings ((const char * const *) names);
  g_object_set_data (G_OBJECT (drop_down), "filling", GINT_TO_POINTER (1));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), CLAMP (tag->color, 1, CHR_TAG_N_COLORS) - 1);
  g_object_set_data (G_OBJECT (drop_down), "filling", NULL);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (drop_down, _("Colour"));
  return drop_down;
}

static GtkWidget *
create_row (ChrTagsDialog *self,
            const ChrTag  *tag)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *color = create_color_choice (tag);
  GtkWidget *filter = gtk_check_button_new ();
  g_autofree char *count = g_strdup_printf (ngettext ("Only its %u event", "Only its %u events", tag->n_events),
                                            tag->n_events);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (row), tag->name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "tag", g_strdup (tag->name), g_free);
  g_signal_connect (row, "apply", G_CALLBACK (on_rename_cb), self);

  g_object_set_data_full (G_OBJECT (color), "tag", g_strdup (tag->name), g_free);
  g_signal_connect (color, "notify::selected", G_CALLBACK (on_color_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), color);

  gtk_check_button_set_group (GTK_CHECK_BUTTON (filter), GTK_CHECK_BUTTON (self->all_check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (filter), chr_session_get_tag_filter (self->session) == tag->id);
  gtk_widget_set_tooltip_text (filter, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (filter), GTK_ACCESSIBLE_PROPERTY_LABEL, count, -1);
  g_object_set_data_full (G_OBJECT (filter), "tag-id", g_memdup2 (&tag->id, sizeof tag->id), g_free);
  g_signal_connect (filter, "toggled", G_CALLBACK (on_filter_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), filter);
  return row;
}

/* The rows again, after any edit: names, colours and counts change. */
static void
fill (ChrTagsDialog *self)
{
  ChrDatabase *db = chr_session_get_database (self->session);
  g_autoptr(GPtrArray) tags = db ? chr_user_store_list_tags (db, NULL) : NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->all_check), chr_session_get_tag_filter (self->session) == 0);
  for (guint i = 0; tags && i < tags->len; i++)
    {
      GtkWidget *row = create_row (self, g_ptr_array_index (tags, i));

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (self->group, row);
    }
  adw_preferences_group_set_description (self->group, tags && tags->len > 0 ? NULL
                                         : _("No tags yet: add them to events in the panel or the editor"));
}

static void
chr_tags_dialog_dispose (GObject *object)
{
  ChrTagsDialog *self = CHR_TAGS_DIALOG (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (chr_tags_dialog_parent_class)->dispose (object);
}

static void
chr_tags_dialog_class_init (ChrTagsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_tags_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
chr_tags_dialog_init (ChrTagsDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *filter_group = adw_preferences_group_new ();
  GtkWidget *all_row = adw_action_row_new ();

  self->rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Tags"));
  gtk_window_set_default_size (GTK_WINDOW (self), 460, 480);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  self->all_check = gtk_check_button_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (all_row), _("Show _All Events"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (all_row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (all_row), self->all_check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (all_row), self->all_check);
  g_signal_connect (self->all_check, "toggled", G_CALLBACK (on_filter_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (filter_group), all_row);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Tags"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (filter_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * chr_tags_dialog_new:
 * @parent: the window it belongs to
 * @session: the open timeline
 *
 * Returns: (transfer floating): the dialog, to present
 */
ChrTagsDialog *
chr_tags_dialog_new (GtkWindow  *parent,
                     ChrSession *session)
{
  ChrTagsDialog *self = g_object_new (CHR_TYPE_TAGS_DIALOG, "transient-for", parent, NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (session, "edited", G_CALLBACK (fill), self, G_CONNECT_SWAPPED);
  fill (self);
  return self;
}
