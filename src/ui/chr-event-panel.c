/* chr-event-panel.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-event-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "chr-date-format.h"
#include "chr-event-panel-private.h"
#include "chr-excerpt-dialogs.h"

struct _ChrEventPanel
{
  GtkWidget   parent_instance;

  GtkStack   *stack;
  GtkLabel   *date_label;
  GtkStack   *title_stack;
  GtkLabel   *title_label;
  GtkEntry   *title_entry;
  GtkToggleButton  *star_button;
  GtkToggleButton  *hide_button;
  GtkWidget  *delete_button;
  GtkBox     *tags_box;
  GtkEntry   *tag_entry;
  GtkTextView *note_view;
  GtkLabel   *details_label;
  GtkWidget  *conflict_box;
  GtkLabel   *sources_label;
  GtkListBox *excerpts;
  GtkLabel   *several_label;
  GtkListBox *chosen_list;

  GPtrArray  *excerpt_labels;
  GArray     *excerpt_places;      /* ExcerptPlace, one for each row of excerpts */

  /* The event shown, as the panel last read it. */
  gint64      event_id;
  guint       event_flags;
  char       *event_title;
  char       *event_note;
  gboolean    filling;             /* the widgets are being set from the event, not by the user */

  ChrSession   *session;
  GSignalGroup *session_signals;
};

G_DEFINE_FINAL_TYPE (ChrEventPanel, chr_event_panel, GTK_TYPE_WIDGET)

/* Where an excerpt's row leads: its article, at its date phrase. */
typedef struct
{
  gint64 article_id;
  gint64 offset;
} ExcerptPlace;

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The excerpt as markup, its date phrase marked so the eye finds it. */
static char *
excerpt_markup (const ChrSource *source)
{
  g_autofree char *before = g_markup_escape_text (source->excerpt, (gssize) source->highlight_start);
  g_autofree char *phrase = g_markup_escape_text (source->excerpt + source->highlight_start,
                                                  (gssize) (source->highlight_end - source->highlight_start));
  g_autofree char *after = g_markup_escape_text (source->excerpt + source->highlight_end, -1);

  return g_strdup_printf ("%s<span weight=\"bold\" underline=\"single\">%s</span>%s", before, phrase, after);
}

/* What can be done with an excerpt of an event that has others. */
static GtkWidget *
create_excerpt_menu (const ChrSource *source)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) split = g_menu_item_new (_("_Split Into a New Event…"), NULL);
  g_autoptr(GMenuItem) attach = g_menu_item_new (_("_Move to Another Event…"), NULL);
  g_autoptr(GMenuItem) detach = g_menu_item_new (_("_Take Out of This Event"), NULL);
  GVariant *target = g_variant_new ("(xxx)", source->article_id, (gint64) source->phrase_start,
                                    (gint64) source->phrase_end);
  GtkWidget *button = gtk_menu_button_new ();

  g_variant_ref_sink (target);
  g_menu_item_set_action_and_target_value (split, "panel.split", target);
  g_menu_item_set_action_and_target_value (attach, "panel.attach", target);
  g_menu_item_set_action_and_target_value (detach, "panel.detach", target);
  g_variant_unref (target);
  g_menu_append_item (menu, split);
  g_menu_append_item (menu, attach);
  g_menu_append_item (menu, detach);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Excerpt Menu"));
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_end (button, 6);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
excerpt_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChrEventPanel *self = CHR_EVENT_PANEL (widget);
  ChrAnchor excerpt;

  if (self->session == NULL || self->event_id <= 0)
    return;
  g_variant_get (parameter, "(xxx)", &excerpt.article_id, &excerpt.start, &excerpt.end);
  if (g_str_equal (action_name, "panel.split"))
    chr_excerpt_split_dialog_present (widget, self->session, self->event_id, &excerpt);
  else if (g_str_equal (action_name, "panel.attach"))
    chr_excerpt_attach_dialog_present (widget, self->session, self->event_id, &excerpt);
  else
    chr_session_move_excerpt (self->session, self->event_id, &excerpt, FALSE);
}

/* "BBC News · 17 August 2025": who published the article, and when. */
static char *
describe_article (const ChrSource *source)
{
  g_autofree char *date = NULL;
  ChrInterval published;

  if (source->article_published && chr_time_parse_iso (source->article_published, &published))
    date = chr_date_format_interval (&published, CHR_DATE_STYLE_SHORT);
  if (source->article_source && date)
    /* Translators: an article's source and publication date, e.g. "BBC News · 17 Aug 2025". */
    return g_strdup_printf (_("%s · %s"), source->article_source, date);
  if (source->article_source || date)
    return g_strdup (source->article_source ? source->article_source : date);
  return g_strdup (_("No publication date"));
}

static GtkWidget *
create_caption (const char *text,
                const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, style);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
create_excerpt_row (ChrEventPanel   *self,
                    const ChrSource *source,
                    gboolean         show_date,
                    gboolean         with_menu)
{
  g_autofree char *markup = excerpt_markup (source);
  g_autofree char *about = describe_article (source);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *article = create_caption (source->article_title, "caption-heading");
  GtkWidget *excerpt = gtk_label_new (NULL);
  ExcerptPlace place = { source->article_id, (gint64) source->phrase_start };

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_markup (GTK_LABEL (excerpt), markup);
  gtk_label_set_xalign (GTK_LABEL (excerpt), 0);
  gtk_label_set_wrap (GTK_LABEL (excerpt), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (excerpt), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (excerpt, "excerpt");

  gtk_box_append (GTK_BOX (box), excerpt);
  gtk_box_append (GTK_BOX (box), article);
  gtk_box_append (GTK_BOX (box), create_caption (about, "caption"));

  /* Where sources disagree, each says which date it gives. */
  if (show_date)
    {
      g_autofree char *when = chr_date_format_interval (&source->interval, CHR_DATE_STYLE_LONG);
      /* Translators: the date one article gives for an event, e.g. "Gives Friday, 15 August 2025". */
      g_autofree char *says = g_strdup_printf (_("Gives %s"), when);
      GtkWidget *date = gtk_label_new (says);

      gtk_label_set_xalign (GTK_LABEL (date), 0);
      gtk_widget_add_css_class (date, "caption");
      gtk_widget_add_css_class (date, "warning");
      gtk_box_append (GTK_BOX (box), date);
    }
  if (with_menu)
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_widget_set_hexpand (box, TRUE);
      gtk_box_append (GTK_BOX (line), box);
      gtk_box_append (GTK_BOX (line), create_excerpt_menu (source));
      box = line;
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* A click or Enter on the row opens the article at the excerpt. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Read the article"));

  g_ptr_array_add (self->excerpt_labels, excerpt);
  g_array_append_val (self->excerpt_places, place);
  return row;
}

static void
on_excerpt_activated_cb (ChrEventPanel *self,
                         GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);
  const ExcerptPlace *place;

  if (self->session == NULL || index < 0 || (guint) index >= self->excerpt_places->len)
    return;
  place = &g_array_index (self->excerpt_places, ExcerptPlace, index);
  chr_session_read_article (self->session, place->article_id, place->offset);
}

/* Several events chosen: what they are, and the offer to merge them. */
static void
show_several (ChrEventPanel *self,
              GArray        *chosen)
{
  ChrTimelineIndex *index = chr_session_get_index (self->session);
  g_autofree char *heading = g_strdup_printf (ngettext ("%u Event Chosen", "%u Events Chosen", chosen->len),
                                              chosen->len);
  GtkWidget *child;

  gtk_label_set_text (self->several_label, heading);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chosen_list))))
    gtk_list_box_remove (self->chosen_list, child);
  for (guint i = 0; i < chosen->len; i++)
    {
      int position = chr_timeline_index_find (index, g_array_index (chosen, gint64, i));
      const ChrTimelineItem *item;
      ChrInterval interval;
      g_autofree char *date = NULL;
      GtkWidget *row;

      if (position < 0)
        continue;
      item = chr_timeline_index_get_item (index, (guint) position);
      interval = (ChrInterval) { item->begin, item->end, item->granularity };
      date = chr_date_format_event_with (&interval, item->flags, CHR_DATE_STYLE_LONG,
                                         chr_session_get_date_options (self->session));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      gtk_list_box_append (self->chosen_list, row);
    }
  gtk_stack_set_visible_child_name (self->stack, "several");
}

/* The chosen event, read again when the events are: its sources may have grown. */
static void
show_selected (ChrEventPanel *self)
{
  if (chr_session_get_n_selected (self->session) > 1)
    {
      g_autoptr(GArray) chosen = chr_session_get_selection (self->session);

      self->event_id = 0;
      show_several (self, chosen);
      return;
    }

  g_autoptr(ChrEvent) event = NULL;
  gint64 id = chr_session_get_selected (self->session);

  if (id >= 0)
    event = chr_session_get_event (self->session, id);
  chr_event_panel_set_event (self, event);
}

/* New events: the panel changes only if it shows one. */
static void
on_session_index_cb (ChrEventPanel *self)
{
  if (chr_session_get_selected (self->session) >= 0)
    show_selected (self);
}

static void
change (ChrEventPanel        *self,
        const ChrEventChange *change)
{
  if (self->session != NULL && self->event_id > 0 && !self->filling)
    chr_session_change_event (self->session, self->event_id, change);
}

/* Renaming in place: a click on the title (or F2) makes it an entry;
 * Enter or leaving it keeps the new title, Escape the old one. */
void
chr_event_panel_start_rename (ChrEventPanel *self)
{
  g_return_if_fail (CHR_IS_EVENT_PANEL (self));

  if (self->event_id <= 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), self->event_title ? self->event_title : "");
  gtk_stack_set_visible_child_name (self->title_stack, "edit");
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
stop_rename (ChrEventPanel *self,
             gboolean       keep)
{
  g_autofree char *title = NULL;
  ChrEventChange rename = { .fields = CHR_EVENT_CHANGE_TITLE };

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->title_stack), "edit") != 0)
    return;
  gtk_stack_set_visible_child_name (self->title_stack, "view");
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  if (!keep || *title == '\0' || g_strcmp0 (title, self->event_title) == 0)
    return;
  gtk_label_set_text (self->title_label, title);
  g_free (self->event_title);
  self->event_title = g_strdup (title);
  rename.title = title;
  change (self, &rename);
}

static void
on_title_activate_cb (ChrEventPanel *self)
{
  stop_rename (self, TRUE);
}

static void
on_title_leave_cb (ChrEventPanel *self)
{
  stop_rename (self, TRUE);
}

static gboolean
on_title_key_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 ChrEventPanel         *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  stop_rename (self, FALSE);
  return TRUE;
}

static void
on_title_clicked_cb (ChrEventPanel *self)
{
  chr_event_panel_start_rename (self);
}

static void
on_star_toggled_cb (ChrEventPanel *self)
{
  ChrEventChange star = { .fields = CHR_EVENT_CHANGE_STARRED };

  star.starred = gtk_toggle_button_get_active (self->star_button);
  gtk_button_set_icon_name (GTK_BUTTON (self->star_button),
                            star.starred ? "starred-symbolic" : "non-starred-symbolic");
  if (star.starred != ((self->event_flags & CHR_EVENT_FLAG_STARRED) != 0))
    change (self, &star);
}

static void
on_hide_toggled_cb (ChrEventPanel *self)
{
  ChrEventChange hide = { .fields = CHR_EVENT_CHANGE_HIDDEN };

  hide.hidden = gtk_toggle_button_get_active (self->hide_button);
  if (hide.hidden != ((self->event_flags & CHR_EVENT_FLAG_HIDDEN) != 0))
    change (self, &hide);
}

static void
on_tag_activate_cb (ChrEventPanel *self)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry))));

  if (*tag == '\0' || self->session == NULL || self->event_id <= 0)
    return;
  chr_session_tag_event (self->session, self->event_id, tag, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
}

static void
on_remove_tag_cb (GtkButton     *button,
                  ChrEventPanel *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "tag");

  if (self->session != NULL && self->event_id > 0)
    chr_session_tag_event (self->session, self->event_id, tag, FALSE);
}

/* A note is kept when the user leaves it. */
static void
on_note_leave_cb (ChrEventPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  ChrEventChange note = { .fields = CHR_EVENT_CHANGE_NOTE };
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (g_strcmp0 (text, self->event_note ? self->event_note : "") == 0)
    return;
  g_free (self->event_note);
  self->event_note = g_strdup (text);
  note.note = text;
  change (self, &note);
}

static GtkWidget *
create_tag_chip (ChrEventPanel *self,
                 const char    *tag)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (tag);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Remove the tag “%s”"), tag);

  gtk_widget_add_css_class (chip, "tag");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_tooltip_text (remove, tooltip);
  g_object_set_data_full (G_OBJECT (remove), "tag", g_strdup (tag), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_tag_cb), self);
  gtk_box_append (GTK_BOX (chip), label);
  gtk_box_append (GTK_BOX (chip), remove);
  return chip;
}

/* The user's part of the event: title, star, hidden, tags and note. */
static void
fill_user_layer (ChrEventPanel  *self,
                 const ChrEvent *event)
{
  GtkWidget *child;

  self->filling = TRUE;
  self->event_flags = event->flags;
  g_free (self->event_title);
  self->event_title = g_strdup (event->title);
  if (self->event_id != event->id)
    gtk_stack_set_visible_child_name (self->title_stack, "view");
  gtk_label_set_text (self->title_label, event->title);
  self->event_id = event->id;
  gtk_toggle_button_set_active (self->star_button, (event->flags & CHR_EVENT_FLAG_STARRED) != 0);
  gtk_button_set_icon_name (GTK_BUTTON (self->star_button), (event->flags & CHR_EVENT_FLAG_STARRED)
                                                             ? "starred-symbolic" : "non-starred-symbolic");
  gtk_toggle_button_set_active (self->hide_button, (event->flags & CHR_EVENT_FLAG_HIDDEN) != 0);
  gtk_widget_set_visible (self->delete_button, (event->flags & CHR_EVENT_FLAG_USER) != 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != GTK_WIDGET (self->tag_entry))
    gtk_box_remove (self->tags_box, child);
  for (guint i = 0; event->tags && event->tags[i]; i++)
    gtk_box_insert_child_after (self->tags_box, create_tag_chip (self, event->tags[i]),
                                gtk_widget_get_prev_sibling (GTK_WIDGET (self->tag_entry)));

  if (!gtk_widget_has_focus (GTK_WIDGET (self->note_view)))
    {
      g_free (self->event_note);
      self->event_note = g_strdup (event->note);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), event->note ? event->note : "", -1);
    }
  self->filling = FALSE;
}

static void
chr_event_panel_dispose (GObject *object)
{
  ChrEventPanel *self = CHR_EVENT_PANEL (object);

  chr_event_panel_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_EVENT_PANEL);
  g_clear_pointer (&self->excerpt_labels, g_ptr_array_unref);
  g_clear_pointer (&self->excerpt_places, g_array_unref);
  g_clear_pointer (&self->event_title, g_free);
  g_clear_pointer (&self->event_note, g_free);

  G_OBJECT_CLASS (chr_event_panel_parent_class)->dispose (object);
}

static void
chr_event_panel_finalize (GObject *object)
{
  ChrEventPanel *self = CHR_EVENT_PANEL (object);

  g_clear_object (&self->session_signals);

  G_OBJECT_CLASS (chr_event_panel_parent_class)->finalize (object);
}

static void
chr_event_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ChrEventPanel *self = CHR_EVENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_event_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ChrEventPanel *self = CHR_EVENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      chr_event_panel_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_event_panel_class_init (ChrEventPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_event_panel_dispose;
  object_class->finalize = chr_event_panel_finalize;
  object_class->get_property = chr_event_panel_get_property;
  object_class->set_property = chr_event_panel_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CHR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ADW_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-event-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, date_label);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, title_stack);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, title_entry);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, star_button);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, hide_button);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, delete_button);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, tags_box);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, note_view);
  gtk_widget_class_bind_template_callback (widget_class, on_title_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_star_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_hide_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_excerpt_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, details_label);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, conflict_box);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, sources_label);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, excerpts);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, several_label);
  gtk_widget_class_bind_template_child (widget_class, ChrEventPanel, chosen_list);

  gtk_widget_class_install_action (widget_class, "panel.split", "(xxx)", excerpt_action);
  gtk_widget_class_install_action (widget_class, "panel.detach", "(xxx)", excerpt_action);
  gtk_widget_class_install_action (widget_class, "panel.attach", "(xxx)", excerpt_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventpanel");
}

static void
chr_event_panel_init (ChrEventPanel *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *title_focus = gtk_event_controller_focus_new ();
  GtkEventController *title_keys = gtk_event_controller_key_new ();
  GtkGesture *title_click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->excerpt_labels = g_ptr_array_new ();
  self->excerpt_places = g_array_new (FALSE, FALSE, sizeof (ExcerptPlace));
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_note_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->note_view), focus);
  g_signal_connect_swapped (title_focus, "leave", G_CALLBACK (on_title_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), title_focus);
  g_signal_connect (title_keys, "key-pressed", G_CALLBACK (on_title_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), title_keys);
  g_signal_connect_swapped (title_click, "released", G_CALLBACK (on_title_clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_label), GTK_EVENT_CONTROLLER (title_click));

  self->session_signals = g_signal_group_new (CHR_TYPE_SESSION);
  g_signal_group_connect_object (self->session_signals, "notify::selected", G_CALLBACK (show_selected), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::n-selected", G_CALLBACK (show_selected), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "date-options-changed", G_CALLBACK (show_selected), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::index", G_CALLBACK (on_session_index_cb), self,
                                 G_CONNECT_SWAPPED);
  /* An edit shows on the timeline at once, and here once the file has it. */
  g_signal_group_connect_object (self->session_signals, "edited", G_CALLBACK (on_session_index_cb), self,
                                 G_CONNECT_SWAPPED);
}

GtkWidget *
chr_event_panel_new (void)
{
  return g_object_new (CHR_TYPE_EVENT_PANEL, NULL);
}

/**
 * chr_event_panel_set_session:
 * @self: a #ChrEventPanel
 * @session: (nullable): the session whose chosen event it shows
 */
void
chr_event_panel_set_session (ChrEventPanel *self,
                             ChrSession    *session)
{
  g_return_if_fail (CHR_IS_EVENT_PANEL (self));
  g_return_if_fail (!session || CHR_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, session);
  if (session != NULL)
    show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

ChrSession *
chr_event_panel_get_session (ChrEventPanel *self)
{
  g_return_val_if_fail (CHR_IS_EVENT_PANEL (self), NULL);

  return self->session;
}

/**
 * chr_event_panel_set_event:
 * @self: a #ChrEventPanel
 * @event: (nullable): an event with its sources loaded, or %NULL for none
 */
void
chr_event_panel_set_event (ChrEventPanel  *self,
                           const ChrEvent *event)
{
  GtkWidget *child;
  g_autofree char *date = NULL;
  guint n;

  g_return_if_fail (CHR_IS_EVENT_PANEL (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->excerpts))))
    gtk_list_box_remove (self->excerpts, child);
  g_ptr_array_set_size (self->excerpt_labels, 0);
  g_array_set_size (self->excerpt_places, 0);

  if (event == NULL)
    {
      self->event_id = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  fill_user_layer (self, event);

  /* "Thursday, 24 February 2022 – ongoing", "about 2014". */
  date = chr_date_format_event_with (&event->interval, event->flags, CHR_DATE_STYLE_LONG,
                                     chr_session_get_date_options (self->session));
  gtk_label_set_text (self->date_label, date);

  {
    g_autoptr(GString) details = g_string_new (NULL);

    g_string_append_printf (details, ngettext ("Reported by %u article", "Reported by %u articles", event->n_sources),
                            event->n_sources);
    /* Translators: separates facts about an event, e.g. "Reported by 2 articles · Known to the month". */
    g_string_append (details, _(" · "));
    g_string_append (details, chr_date_format_precision (event->interval.granularity));
    if (event->flags & CHR_EVENT_FLAG_APPROXIMATE)
      {
        g_string_append (details, _(" · "));
        g_string_append (details, _("Approximate"));
      }
    if (event->flags & (CHR_EVENT_FLAG_USER | CHR_EVENT_FLAG_EDITED))
      {
        g_string_append (details, _(" · "));
        g_string_append (details, (event->flags & CHR_EVENT_FLAG_USER) ? _("Added by you") : _("Edited by you"));
      }
    gtk_label_set_text (self->details_label, details->str);
  }
  gtk_widget_set_visible (self->conflict_box, (event->flags & CHR_EVENT_FLAG_CONFLICT) != 0);

  n = event->sources ? event->sources->len : 0;
  {
    g_autofree char *heading = g_strdup_printf (ngettext ("%u Excerpt", "%u Excerpts", n), n);
    gtk_label_set_text (self->sources_label, heading);
  }
  for (guint i = 0; i < n; i++)
    {
      const ChrSource *source = g_ptr_array_index (event->sources, i);

      /* Words the user chose stay with the event they made: nothing to move. */
      gtk_list_box_append (self->excerpts, create_excerpt_row (self, source,
                                                               (event->flags & CHR_EVENT_FLAG_CONFLICT) != 0,
                                                               n > 1 && !source->by_hand));
    }

  gtk_stack_set_visible_child_name (self->stack, "event");
}

const char *
chr_event_panel_get_title (ChrEventPanel *self)
{
  g_return_val_if_fail (CHR_IS_EVENT_PANEL (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "event") != 0)
    return NULL;
  return gtk_label_get_text (self->title_label);
}

const char *
chr_event_panel_get_date_text (ChrEventPanel *self)
{
  g_return_val_if_fail (CHR_IS_EVENT_PANEL (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "event") != 0)
    return NULL;
  return gtk_label_get_text (self->date_label);
}

guint
chr_event_panel_get_n_excerpts (ChrEventPanel *self)
{
  g_return_val_if_fail (CHR_IS_EVENT_PANEL (self), 0);

  return self->excerpt_labels->len;
}

/* The row of an excerpt, to focus and activate it as a person would. */
GtkWidget *
chr_event_panel_get_excerpt_row (ChrEventPanel *self,
                                 guint          index)
{
  g_return_val_if_fail (CHR_IS_EVENT_PANEL (self), NULL);
  g_return_val_if_fail (index < self->excerpt_labels->len, NULL);

  return gtk_widget_get_ancestor (g_ptr_array_index (self->excerpt_labels, index), GTK_TYPE_LIST_BOX_ROW);
}

GtkLabel *
chr_event_panel_get_excerpt_label (ChrEventPanel *self,
                                   guint          index)
{
  g_return_val_if_fail (CHR_IS_EVENT_PANEL (self), NULL);
  g_return_val_if_fail (index < self->excerpt_labels->len, NULL);

  return g_ptr_array_index (self->excerpt_labels, index);
}
