/* chr-search-bar.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-search-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-date-format.h"
#include "chr-search-bar.h"
#include "chr-search.h"

/* How many results of each kind a search shows. */
#define MAX_RESULTS 50

/* Search (Ctrl+F): results as you type, on a thread, events and articles
 * under their headings with the matched words in bold. Picking an event
 * chooses it on the timeline; picking an article says so
 * (ChrSearchBar::article-activated) for the window to open it. */
struct _ChrSearchBar
{
  GtkWidget         parent_instance;

  GtkWidget        *search_bar;
  GtkWidget        *entry;
  GtkWidget        *only_matches;  /* the timeline shows only the events that match */
  GtkWidget        *popover;
  GtkWidget        *list;
  GtkWidget        *status;
  ChrSession       *session;
  GCancellable     *cancellable;   /* the search under way */
  ChrSearchResults *results;       /* those shown, for their dates to be said again */
};

G_DEFINE_FINAL_TYPE (ChrSearchBar, chr_search_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

enum {
  SIGNAL_ARTICLE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The snippet as markup, its matched words in bold. */
static char *
mark_matches (const char *snippet,
              GArray     *ranges)
{
  return chr_search_mark (snippet, ranges, "<b>", "</b>", g_markup_escape_text);
}

static GtkWidget *
new_label (const char *markup,
           const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static void
add_heading (ChrSearchBar *self,
             const char   *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *markup = g_markup_escape_text (text, -1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), new_label (markup, "heading"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

static void
add_result (ChrSearchBar *self,
            const char   *first,
            const char   *second,
            const char   *key,
            gint64        id,
            gint64        offset)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_box_append (GTK_BOX (box), new_label (first, NULL));
  if (second != NULL && *second)
    {
      GtkWidget *label = new_label (second, "dim-label");

      /* A snippet keeps its match in sight: two lines of it. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), key, GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data (G_OBJECT (row), "offset", GSIZE_TO_POINTER ((gsize) MAX (offset, 0)));
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

static void
show_events (ChrSearchBar *self,
             GPtrArray    *events)
{
  if (events->len == 0)
    return;
  add_heading (self, _("Events"));
  for (guint i = 0; i < events->len; i++)
    {
      const ChrSearchEvent *event = g_ptr_array_index (events, i);
      g_autofree char *marked = mark_matches (event->snippet, event->ranges);
      g_autofree char *date = chr_date_format_event_with (&event->interval, event->flags, CHR_DATE_STYLE_SHORT,
                                                          chr_session_get_date_options (self->session));
      g_autofree char *title = event->snippet_is_note ? g_markup_escape_text (event->title, -1) : NULL;
      g_autofree char *date_markup = g_markup_escape_text (date, -1);
      g_autofree char *second = event->snippet_is_note ? g_strdup_printf ("%s · %s", date_markup, marked) : NULL;

      add_result (self, event->snippet_is_note ? title : marked, second ? second : date_markup, "event-id",
                  event->id, 0);
    }
}

static void
show_articles (ChrSearchBar *self,
               GPtrArray    *articles)
{
  if (articles->len == 0)
    return;
  add_heading (self, _("Articles"));
  for (guint i = 0; i < articles->len; i++)
    {
      const ChrSearchArticle *article = g_ptr_array_index (articles, i);
      g_autofree char *title = g_markup_escape_text (article->title ? article->title : "", -1);
      g_autofree char *marked = mark_matches (article->snippet ? article->snippet : "", article->ranges);

      add_result (self, title, marked, "article-id", article->id, article->match_offset);
    }
}

static void
clear_results (ChrSearchBar *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
}

static void
show_results (ChrSearchBar *self)
{
  g_assert (self->results != NULL);

  show_events (self, self->results->events);
  show_articles (self, self->results->articles);
}

static void
on_searched_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr (ChrSearchBar) self = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (ChrSearchResults) results = chr_session_search_finish (CHR_SESSION (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->list == NULL)
    return;
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->results, chr_search_results_free);
  clear_results (self);
  if (results == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->status), error->message);
      gtk_widget_set_visible (self->status, TRUE);
      return;
    }
  self->results = g_steal_pointer (&results);
  show_results (self);
  gtk_widget_set_visible (self->status, self->results->events->len + self->results->articles->len == 0);
  gtk_label_set_text (GTK_LABEL (self->status), _("Nothing matches"));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* The person changed how dates are said: the results shown say them anew. */
static void
on_session_date_options_cb (ChrSearchBar *self)
{
  if (self->results == NULL || self->list == NULL)
    return;
  clear_results (self);
  show_results (self);
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static void
filter_timeline (ChrSearchBar *self)
{
  gboolean only = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->only_matches));

  if (self->session != NULL)
    chr_session_set_search_filter (self->session, only ? gtk_editable_get_text (GTK_EDITABLE (self->entry)) : NULL);
}

static void
on_search_changed_cb (ChrSearchBar *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->only_matches)))
    filter_timeline (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->session == NULL || chr_session_get_database (self->session) == NULL || is_blank (query))
    {
      g_clear_pointer (&self->results, chr_search_results_free);
      clear_results (self);
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return;
    }
  self->cancellable = g_cancellable_new ();
  chr_session_search_async (self->session, query, MAX_RESULTS, self->cancellable, on_searched_cb,
                            g_object_ref (self));
}

static void
activate_row (ChrSearchBar  *self,
              GtkListBoxRow *row)
{
  gint64 event_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "event-id"));
  gint64 article_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "article-id"));
  gint64 offset = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "offset"));

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  if (event_id > 0)
    chr_session_set_selected (self->session, event_id);
  else if (article_id > 0)
    g_signal_emit (self, signals[SIGNAL_ARTICLE_ACTIVATED], 0, article_id, offset);
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     ChrSearchBar  *self)
{
  activate_row (self, row);
}

/* Enter in the entry picks the first result. */
static void
on_entry_activate_cb (ChrSearchBar *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->list); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (child)))
      {
        activate_row (self, GTK_LIST_BOX_ROW (child));
        return;
      }
}

/* Down from the entry goes into the results. */
static void
on_next_match_cb (ChrSearchBar *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->list); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (child)))
      {
        gtk_widget_grab_focus (child);
        return;
      }
}

static void
on_stop_search_cb (ChrSearchBar *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), FALSE);
}

static void
build (ChrSearchBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->entry = gtk_search_entry_new ();
  gtk_widget_set_size_request (self->entry, 360, -1);
  g_object_set (self->entry, "placeholder-text", _("Search articles, events and notes"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search"), -1);
  self->only_matches = gtk_toggle_button_new_with_mnemonic (_("_Only Matches on the Timeline"));
  gtk_widget_set_tooltip_text (self->only_matches, _("Show only the events that match on the timeline"));
  g_signal_connect_swapped (self->only_matches, "toggled", G_CALLBACK (filter_timeline), self);
  self->search_bar = gtk_search_bar_new ();
  {
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    gtk_box_append (GTK_BOX (row), self->entry);
    gtk_box_append (GTK_BOX (row), self->only_matches);
    gtk_search_bar_set_child (GTK_SEARCH_BAR (self->search_bar), row);
  }
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar), GTK_EDITABLE (self->entry));
  gtk_search_bar_set_show_close_button (GTK_SEARCH_BAR (self->search_bar), TRUE);
  gtk_widget_set_parent (self->search_bar, GTK_WIDGET (self));

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  self->status = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_widget_set_margin_top (self->status, 12);
  gtk_widget_set_margin_bottom (self->status, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_size_request (scrolled, 480, -1);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_box_append (GTK_BOX (box), self->status);
  gtk_box_append (GTK_BOX (box), scrolled);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_set_parent (self->popover, self->entry);

  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
  g_signal_connect_swapped (self->entry, "next-match", G_CALLBACK (on_next_match_cb), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (on_stop_search_cb), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
}

/* The filter went (a chip, Clear All): the toggle follows. */
static void
on_search_filter_cb (ChrSearchBar *self)
{
  if (chr_session_get_search_filter (self->session) == NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->only_matches), FALSE);
}

static void
connect_session (ChrSearchBar *self)
{
  g_signal_connect_object (self->session, "notify::search-filter", G_CALLBACK (on_search_filter_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "date-options-changed", G_CALLBACK (on_session_date_options_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
chr_search_bar_dispose (GObject *object)
{
  ChrSearchBar *self = CHR_SEARCH_BAR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->results, chr_search_results_free);
  if (self->popover != NULL)
    gtk_widget_unparent (self->popover);
  self->popover = NULL;
  self->list = NULL;
  g_clear_pointer (&self->search_bar, gtk_widget_unparent);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (chr_search_bar_parent_class)->dispose (object);
}

static void
chr_search_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChrSearchBar *self = CHR_SEARCH_BAR (object);

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
chr_search_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChrSearchBar *self = CHR_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      if (g_set_object (&self->session, g_value_get_object (value)))
        {
          if (self->session != NULL)
            connect_session (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_search_bar_class_init (ChrSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_search_bar_dispose;
  object_class->get_property = chr_search_bar_get_property;
  object_class->set_property = chr_search_bar_set_property;

  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, CHR_TYPE_SESSION,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChrSearchBar::article-activated:
   * @article_id: the article picked
   * @offset: bytes into its text of its first match
   */
  signals[SIGNAL_ARTICLE_ACTIVATED] = g_signal_new ("article-activated", G_TYPE_FROM_CLASS (klass),
                                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                                    G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchbar-holder");
}

static void
chr_search_bar_init (ChrSearchBar *self)
{
  build (self);
}

/**
 * chr_search_bar_begin:
 * @self: a #ChrSearchBar
 *
 * Shows the search entry and puts the keyboard in it (Ctrl+F).
 */
void
chr_search_bar_begin (ChrSearchBar *self)
{
  g_return_if_fail (CHR_IS_SEARCH_BAR (self));

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), TRUE);
  gtk_widget_grab_focus (self->entry);
}

/* The entry and the list of results, for tests. */
GtkEditable *
chr_search_bar_get_entry (ChrSearchBar *self)
{
  g_return_val_if_fail (CHR_IS_SEARCH_BAR (self), NULL);

  return GTK_EDITABLE (self->entry);
}

GtkListBox *
chr_search_bar_get_results (ChrSearchBar *self)
{
  g_return_val_if_fail (CHR_IS_SEARCH_BAR (self), NULL);

  return GTK_LIST_BOX (self->list);
}
