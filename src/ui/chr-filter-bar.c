/* chr-filter-bar.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-filter-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-date-format.h"
#include "chr-filter-bar.h"
#include "chr-user-store.h"

/* The session's active filters, above the timeline, as chips: each says
 * what it leaves out and goes with a click; "Clear All" ends them all.
 * Hidden when nothing is filtered. */
struct _ChrFilterBar
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GSignalGroup *session_signals;
  ChrSession   *session;
  guint         n_chips;
  guint         rebuild_id;
};

G_DEFINE_FINAL_TYPE (ChrFilterBar, chr_filter_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef void (*ClearFilter) (ChrSession *session);

static void
clear_min_sources (ChrSession *session)
{
  chr_session_set_min_sources (session, 0);
}

static void
clear_tag (ChrSession *session)
{
  chr_session_set_tag_filter (session, 0);
}

static void
clear_starred (ChrSession *session)
{
  chr_session_set_starred_only (session, FALSE);
}

static void
clear_source (ChrSession *session)
{
  chr_session_set_source_filter (session, NULL);
}

static void
clear_article (ChrSession *session)
{
  chr_session_set_article_filter (session, 0);
}

static void
clear_dates (ChrSession *session)
{
  chr_session_set_date_filter (session, NULL);
}

static void
clear_search (ChrSession *session)
{
  chr_session_set_search_filter (session, NULL);
}

static void
on_chip_clicked_cb (GtkButton    *button,
                    ChrFilterBar *self)
{
  ClearFilter clear = g_object_get_data (G_OBJECT (button), "clear");

  clear (self->session);
}

static void
add_chip (ChrFilterBar *self,
          const char   *text,
          ClearFilter   clear)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *description = g_strdup_printf (_("Remove the filter: %s"), text);

  gtk_box_append (GTK_BOX (content), gtk_label_new (text));
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("window-close-symbolic"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "chip");
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  g_object_set_data (G_OBJECT (button), "clear", clear);
  g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->box), button);
  self->n_chips++;
}

static char *
describe_tag (ChrSession *session,
              gint64      tag_id)
{
  ChrDatabase *db = chr_session_get_database (session);
  g_autoptr (GPtrArray) tags = db ? chr_user_store_list_tags (db, NULL) : NULL;

  for (guint i = 0; tags != NULL && i < tags->len; i++)
    if (((ChrTag *) g_ptr_array_index (tags, i))->id == tag_id)
      return g_strdup (((ChrTag *) g_ptr_array_index (tags, i))->name);
  return g_strdup (_("a tag"));
}

static char *
describe_article (ChrSession *session,
                  gint64      article_id)
{
  ChrDatabase *db = chr_session_get_database (session);
  char *title = db ? chr_database_get_article_title (db, article_id, NULL) : NULL;

  return title ? title : g_strdup (_("an article"));
}

static char *
describe_dates (const ChrTimeSpan *span)
{
  ChrInterval from = { span->begin, span->begin + 1, CHR_GRANULARITY_DAY };
  ChrInterval to = { span->end - 1, span->end, CHR_GRANULARITY_DAY };
  g_autofree char *first = chr_date_format_interval (&from, CHR_DATE_STYLE_SHORT);
  g_autofree char *last = chr_date_format_interval (&to, CHR_DATE_STYLE_SHORT);

  /* Translators: a filter that keeps the events between two dates. */
  return g_strdup_printf (_("%s to %s"), first, last);
}

static void
add_chips (ChrFilterBar *self)
{
  ChrSession *session = self->session;
  guint min_sources = chr_session_get_min_sources (session);
  g_autofree char *text = NULL;

  if (min_sources > 0)
    {
      text = g_strdup_printf (ngettext ("Reported by %u article or more", "Reported by %u articles or more",
                                        min_sources), min_sources);
      add_chip (self, text, clear_min_sources);
      g_clear_pointer (&text, g_free);
    }
  if (chr_session_get_tag_filter (session) != 0)
    {
      g_autofree char *tag = describe_tag (session, chr_session_get_tag_filter (session));
      text = g_strdup_printf (_("Tag: %s"), tag);
      add_chip (self, text, clear_tag);
      g_clear_pointer (&text, g_free);
    }
  if (chr_session_get_starred_only (session))
    add_chip (self, _("Starred"), clear_starred);
  if (chr_session_get_source_filter (session) != NULL)
    {
      text = g_strdup_printf (_("Source: %s"), chr_session_get_source_filter (session));
      add_chip (self, text, clear_source);
      g_clear_pointer (&text, g_free);
    }
  if (chr_session_get_article_filter (session) != 0)
    {
      g_autofree char *title = describe_article (session, chr_session_get_article_filter (session));
      text = g_strdup_printf (_("Article: %s"), title);
      add_chip (self, text, clear_article);
      g_clear_pointer (&text, g_free);
    }
  if (chr_session_get_date_filter (session) != NULL)
    {
      text = describe_dates (chr_session_get_date_filter (session));
      add_chip (self, text, clear_dates);
      g_clear_pointer (&text, g_free);
    }
  if (chr_session_get_search_filter (session) != NULL)
    {
      text = g_strdup_printf (_("Matching “%s”"), chr_session_get_search_filter (session));
      add_chip (self, text, clear_search);
    }
}

static void
on_clear_all_cb (GtkButton    *button,
                 ChrFilterBar *self)
{
  chr_session_clear_filters (self->session);
}

static gboolean
rebuild (gpointer data)
{
  ChrFilterBar *self = data;
  GtkWidget *child;
  GtkWidget *clear_all;

  self->rebuild_id = 0;
  while ((child = gtk_widget_get_first_child (self->box)))
    gtk_box_remove (GTK_BOX (self->box), child);
  self->n_chips = 0;
  if (self->session != NULL)
    add_chips (self);
  if (self->n_chips > 0)
    {
      clear_all = gtk_button_new_with_mnemonic (_("_Clear All"));
      gtk_widget_add_css_class (clear_all, "flat");
      g_signal_connect (clear_all, "clicked", G_CALLBACK (on_clear_all_cb), self);
      gtk_box_append (GTK_BOX (self->box), clear_all);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->n_chips > 0);
  return G_SOURCE_REMOVE;
}

/* After the click that changed a filter is over: the chip clicked goes with the rebuild. */
static void
queue_rebuild (ChrFilterBar *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild, self);
}

static void
chr_filter_bar_dispose (GObject *object)
{
  ChrFilterBar *self = CHR_FILTER_BAR (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (chr_filter_bar_parent_class)->dispose (object);
}

static void
chr_filter_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChrFilterBar *self = CHR_FILTER_BAR (object);

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
chr_filter_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChrFilterBar *self = CHR_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      chr_filter_bar_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_filter_bar_class_init (ChrFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_filter_bar_dispose;
  object_class->get_property = chr_filter_bar_get_property;
  object_class->set_property = chr_filter_bar_set_property;

  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, CHR_TYPE_SESSION,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "filterbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TOOLBAR);
}

static void
chr_filter_bar_init (ChrFilterBar *self)
{
  static const char * const filters[] = {
    "notify::min-sources", "notify::tag-filter", "notify::starred-only", "notify::source-filter",
    "notify::article-filter", "notify::date-filter", "notify::search-filter",
  };

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->session_signals = g_signal_group_new (CHR_TYPE_SESSION);
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    g_signal_group_connect_object (self->session_signals, filters[i], G_CALLBACK (queue_rebuild), self,
                                   G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

ChrSession *
chr_filter_bar_get_session (ChrFilterBar *self)
{
  g_return_val_if_fail (CHR_IS_FILTER_BAR (self), NULL);

  return self->session;
}

void
chr_filter_bar_set_session (ChrFilterBar *self,
                            ChrSession   *session)
{
  g_return_if_fail (CHR_IS_FILTER_BAR (self));
  g_return_if_fail (session == NULL || CHR_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* How many filters it shows, for tests. */
guint
chr_filter_bar_get_n_chips (ChrFilterBar *self)
{
  g_return_val_if_fail (CHR_IS_FILTER_BAR (self), 0);

  return self->n_chips;
}
