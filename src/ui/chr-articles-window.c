/* chr-articles-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-articles-window"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-articles-window.h"
#include "chr-reextract.h"

struct _ChrArticlesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *group;

  ChrDatabase          *db;
  GPtrArray            *rows;      /* AdwEntryRow, in article order */
};

G_DEFINE_FINAL_TYPE (ChrArticlesWindow, chr_articles_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  DATES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (ChrArticlesWindow *self,
       const char        *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
on_row_apply_cb (AdwEntryRow       *row,
                 ChrArticlesWindow *self)
{
  gint64 article_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "article-id"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  chr_articles_window_set_published (self, article_id, *text ? text : NULL);
}

static void
populate (ChrArticlesWindow *self)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;

  if (!(articles = chr_database_list_articles (self->db, &error)))
    {
      toast (self, error->message);
      return;
    }

  for (guint i = 0; i < articles->len; i++)
    {
      const ChrArticleInfo *info = g_ptr_array_index (articles, i);
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (row), info->published ? info->published : "");
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, info->path);
      g_object_set_data (G_OBJECT (row), "article-id", GSIZE_TO_POINTER ((gsize) info->id));
      g_signal_connect (row, "apply", G_CALLBACK (on_row_apply_cb), self);

      /* Dates such as "on Monday" wait, visibly, for the article's date. */
      if (info->n_waiting > 0)
        {
          g_autofree char *text = g_strdup_printf (ngettext ("%u date waits", "%u dates wait", (gulong) info->n_waiting),
                                                   (guint) info->n_waiting);
          GtkWidget *waiting = gtk_label_new (text);

          gtk_widget_add_css_class (waiting, "caption");
          gtk_widget_add_css_class (waiting, "warning");
          gtk_widget_set_tooltip_text (waiting, _("Relative dates in this article are placed once its publication "
                                                  "date is known"));
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), waiting);
          g_object_set_data (G_OBJECT (row), "waiting-label", waiting);
        }

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
chr_articles_window_dispose (GObject *object)
{
  ChrArticlesWindow *self = CHR_ARTICLES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_ARTICLES_WINDOW);
  g_clear_object (&self->db);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (chr_articles_window_parent_class)->dispose (object);
}

static void
chr_articles_window_class_init (ChrArticlesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_articles_window_dispose;

  /**
   * ChrArticlesWindow::dates-changed:
   *
   * An article's publication date changed, and with it the dates resolved against it.
   */
  signals[DATES_CHANGED] =
    g_signal_new ("dates-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-articles-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrArticlesWindow, group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
chr_articles_window_init (ChrArticlesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

ChrArticlesWindow *
chr_articles_window_new (GtkWindow   *parent,
                         ChrDatabase *db)
{
  ChrArticlesWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CHR_IS_DATABASE (db), NULL);

  self = g_object_new (CHR_TYPE_ARTICLES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  populate (self);
  return self;
}

/**
 * chr_articles_window_set_published:
 * @self: a #ChrArticlesWindow
 * @article_id: an article
 * @published: (nullable): the date, or %NULL when it is not known
 *
 * Sets an article's date as if typed in its row, and says how it went.
 *
 * Returns: %TRUE if the date was taken
 */
gboolean
chr_articles_window_set_published (ChrArticlesWindow *self,
                                   gint64             article_id,
                                   const char        *published)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CHR_IS_ARTICLES_WINDOW (self), FALSE);

  if (!chr_reextract_set_published (self->db, article_id, published, &error))
    {
      toast (self, error->message);
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkEditable *row = g_ptr_array_index (self->rows, i);

      if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "article-id")) == article_id)
        {
          GtkWidget *waiting = g_object_get_data (G_OBJECT (row), "waiting-label");

          gtk_editable_set_text (row, published ? published : "");
          /* With a date, nothing waits any more. */
          if (waiting != NULL)
            gtk_widget_set_visible (waiting, published == NULL);
        }
    }

  toast (self, published ? _("Dates resolved against the new publication date")
                         : _("Publication date removed; relative dates wait for one"));
  g_signal_emit (self, signals[DATES_CHANGED], 0);
  return TRUE;
}

guint
chr_articles_window_get_n_articles (ChrArticlesWindow *self)
{
  g_return_val_if_fail (CHR_IS_ARTICLES_WINDOW (self), 0);

  return self->rows->len;
}

AdwEntryRow *
chr_articles_window_get_row (ChrArticlesWindow *self,
                             guint              index)
{
  g_return_val_if_fail (CHR_IS_ARTICLES_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}
