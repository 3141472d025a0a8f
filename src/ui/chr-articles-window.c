/* chr-articles-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-articles-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "chr-articles-window-private.h"
#include "chr-toast.h"

struct _ChrArticlesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *group;
  GtkDropDown          *sort_choice;

  ChrSession           *session;
  GCancellable         *cancellable;
  GPtrArray            *rows;      /* AdwEntryRow, in article order */
  guint                 n_pending; /* dates being set, articles being deleted */
};

G_DEFINE_FINAL_TYPE (ChrArticlesWindow, chr_articles_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
toast (ChrArticlesWindow *self,
       const char        *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), chr_toast_new (message));
}

static void
on_row_apply_cb (AdwEntryRow       *row,
                 ChrArticlesWindow *self)
{
  gint64 article_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "article-id"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  chr_articles_window_set_published (self, article_id, *text ? text : NULL);
}

/* Shows only this article's events, on the timeline behind. */
static void
on_only_article_cb (GtkButton         *button,
                    ChrArticlesWindow *self)
{
  gint64 article_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "article-id"));

  chr_session_set_article_filter (self->session, article_id);
  gtk_window_close (GTK_WINDOW (self));
}

/* Opens the article in the reader, in the main window. */
static void
on_read_cb (GtkButton         *button,
            ChrArticlesWindow *self)
{
  gint64 article_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "read-article-id"));

  chr_session_read_article (self->session, article_id, 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* A flat button at the end of an article's row; @description is what it
 * does, for its tooltip and for screen readers. */
static GtkWidget *
create_row_button (ChrArticlesWindow *self,
                   const char        *label,
                   const char        *description,
                   GCallback          clicked)
{
  GtkWidget *button = label ? gtk_button_new_with_label (label) : gtk_button_new ();

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  g_signal_connect (button, "clicked", clicked, self);
  return button;
}

static GtkWidget *
create_read_button (ChrArticlesWindow    *self,
                    const ChrArticleInfo *info)
{
  g_autofree char *description = g_strdup_printf (_("Read “%s”"), info->title);
  GtkWidget *button = create_row_button (self, _("Read"), description, G_CALLBACK (on_read_cb));

  g_object_set_data (G_OBJECT (button), "read-article-id", GSIZE_TO_POINTER ((gsize) info->id));
  return button;
}

/* "8 events": what the article brings to the timeline. */
static GtkWidget *
create_count_label (const ChrArticleInfo *info)
{
  g_autofree char *text = g_strdup_printf (ngettext ("%u event", "%u events", (gulong) info->n_events),
                                           (guint) info->n_events);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* Shows only the events its source's articles report. */
static void
on_only_source_cb (GtkButton         *button,
                   ChrArticlesWindow *self)
{
  chr_session_set_source_filter (self->session, g_object_get_data (G_OBJECT (button), "source"));
  gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
create_source_button (ChrArticlesWindow    *self,
                      const ChrArticleInfo *info)
{
  g_autofree char *description = g_strdup_printf (_("Show only the events that articles from %s report"),
                                                  info->source);
  GtkWidget *button = create_row_button (self, info->source, description, G_CALLBACK (on_only_source_cb));

  g_object_set_data_full (G_OBJECT (button), "source", g_strdup (info->source), g_free);
  return button;
}

static void
on_undo_delete_cb (AdwToast          *toast,
                   ChrArticlesWindow *self)
{
  chr_session_undo (self->session);
}

/* An article being deleted, and its title for the toast that says so. */
typedef struct
{
  ChrArticlesWindow *self;
  char              *title;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_object_unref (deletion->self);
  g_free (deletion->title);
  g_free (deletion);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Deletion, deletion_free)

static void
on_article_deleted_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(Deletion) deletion = user_data;
  ChrArticlesWindow *self = deletion->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *done;

  self->n_pending--;
  if (!chr_session_delete_article_finish (CHR_SESSION (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("“%s” deleted"), deletion->title);
  done = chr_toast_new (message);
  adw_toast_set_button_label (done, _("_Undo"));
  adw_toast_set_priority (done, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (done, "button-clicked", G_CALLBACK (on_undo_delete_cb), self, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), done);
}

/* Deletes the article at once; the toast that says so can undo it, and so
 * can the main window's Undo. */
static void
on_delete_cb (GtkButton         *button,
              ChrArticlesWindow *self)
{
  gint64 article_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "delete-article-id"));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PREFERENCES_ROW);
  Deletion *deletion = g_new0 (Deletion, 1);

  deletion->self = g_object_ref (self);
  deletion->title = g_strdup (row ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : "");
  self->n_pending++;
  chr_session_delete_article_async (self->session, article_id, self->cancellable, on_article_deleted_cb, deletion);
}

static GtkWidget *
create_delete_button (ChrArticlesWindow    *self,
                      const ChrArticleInfo *info)
{
  g_autofree char *description = g_strdup_printf (_("Delete “%s” and the events only it reports"), info->title);
  GtkWidget *button = create_row_button (self, NULL, description, G_CALLBACK (on_delete_cb));

  gtk_button_set_icon_name (GTK_BUTTON (button), "user-trash-symbolic");
  g_object_set_data (G_OBJECT (button), "delete-article-id", GSIZE_TO_POINTER ((gsize) info->id));
  return button;
}

static GtkWidget *
create_filter_button (ChrArticlesWindow    *self,
                      const ChrArticleInfo *info)
{
  g_autofree char *description = g_strdup_printf (_("Show only the events “%s” reports"), info->title);
  GtkWidget *button = create_row_button (self, _("Its Events"), description, G_CALLBACK (on_only_article_cb));

  g_object_set_data (G_OBJECT (button), "article-id", GSIZE_TO_POINTER ((gsize) info->id));
  return button;
}

static void
clear_rows (ChrArticlesWindow *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void on_sort_changed_cb (ChrArticlesWindow *self);

static void
on_articles_listed_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(ChrArticlesWindow) self = user_data;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;

  if (!(articles = chr_session_list_articles_finish (CHR_SESSION (object), result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }

  clear_rows (self);
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
      g_object_set_data (G_OBJECT (row), "n-events", GSIZE_TO_POINTER ((gsize) info->n_events));
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

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), create_count_label (info));
      if (info->n_events > 0 && info->source != NULL && *info->source)
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), create_source_button (self, info));
      if (info->n_events > 0)
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), create_filter_button (self, info));
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), create_read_button (self, info));
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), create_delete_button (self, info));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
  if (gtk_drop_down_get_selected (self->sort_choice) != 0)
    on_sort_changed_cb (self);
}

/* Articles came or went (an import, a deletion, its undo): list them again. */
static void
on_n_articles_cb (ChrArticlesWindow *self)
{
  chr_session_list_articles_async (self->session, self->cancellable, on_articles_listed_cb, g_object_ref (self));
}

typedef enum
{
  SORT_IMPORTED,
  SORT_NEWEST,
  SORT_OLDEST,
  SORT_TITLE,
  SORT_EVENTS,
} SortOrder;

static gint64
row_number (gconstpointer row,
            const char   *key)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), key));
}

/* Undated articles go last whichever way dates run. */
static int
compare_dates (gconstpointer a,
               gconstpointer b,
               int           direction)
{
  /* The dates as shown: ISO 8601, which sorts as text. */
  const char *date_a = gtk_editable_get_text (GTK_EDITABLE (a));
  const char *date_b = gtk_editable_get_text (GTK_EDITABLE (b));

  if (*date_a == '\0' || *date_b == '\0')
    return (*date_a == '\0') - (*date_b == '\0');
  return direction * strcmp (date_a, date_b);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  GtkWidget *row_a = *(GtkWidget * const *) a;
  GtkWidget *row_b = *(GtkWidget * const *) b;
  int order = 0;

  switch ((SortOrder) GPOINTER_TO_INT (data))
    {
    case SORT_NEWEST:
      order = compare_dates (row_a, row_b, -1);
      break;
    case SORT_OLDEST:
      order = compare_dates (row_a, row_b, 1);
      break;
    case SORT_TITLE:
      order = g_utf8_collate (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_a)),
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_b)));
      break;
    case SORT_EVENTS:
      order = (row_number (row_b, "n-events") > row_number (row_a, "n-events")) -
              (row_number (row_b, "n-events") < row_number (row_a, "n-events"));
      break;
    case SORT_IMPORTED:
    default:
      break;
    }
  if (order != 0)
    return order;
  return (row_number (row_a, "article-id") > row_number (row_b, "article-id")) -
         (row_number (row_a, "article-id") < row_number (row_b, "article-id"));
}

static void
on_sort_changed_cb (ChrArticlesWindow *self)
{
  guint order = gtk_drop_down_get_selected (self->sort_choice);

  g_ptr_array_sort_with_data (self->rows, compare_rows, GUINT_TO_POINTER (order));
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      g_object_ref (row);
      adw_preferences_group_remove (self->group, row);
      adw_preferences_group_add (self->group, row);
      g_object_unref (row);
    }
}

static void
chr_articles_window_dispose (GObject *object)
{
  ChrArticlesWindow *self = CHR_ARTICLES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_ARTICLES_WINDOW);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (chr_articles_window_parent_class)->dispose (object);
}

static void
chr_articles_window_finalize (GObject *object)
{
  ChrArticlesWindow *self = CHR_ARTICLES_WINDOW (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (chr_articles_window_parent_class)->finalize (object);
}

static void
chr_articles_window_class_init (ChrArticlesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_articles_window_dispose;
  object_class->finalize = chr_articles_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-articles-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrArticlesWindow, group);
  gtk_widget_class_bind_template_child (widget_class, ChrArticlesWindow, sort_choice);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
chr_articles_window_init (ChrArticlesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
}

/**
 * chr_articles_window_new:
 * @parent: (nullable): the window it belongs to
 * @session: a session with an open timeline
 *
 * Lists the session's articles, read in the background, with their
 * publication dates to correct.
 */
ChrArticlesWindow *
chr_articles_window_new (GtkWindow  *parent,
                         ChrSession *session)
{
  ChrArticlesWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CHR_IS_SESSION (session), NULL);

  self = g_object_new (CHR_TYPE_ARTICLES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->session = g_object_ref (session);
  g_signal_connect_object (session, "notify::n-articles", G_CALLBACK (on_n_articles_cb), self, G_CONNECT_SWAPPED);
  chr_session_list_articles_async (session, self->cancellable, on_articles_listed_cb, g_object_ref (self));
  return self;
}

typedef struct
{
  ChrArticlesWindow *self;
  gint64             article_id;
  char              *published;
} DateChange;

static void
date_change_free (DateChange *change)
{
  g_object_unref (change->self);
  g_free (change->published);
  g_free (change);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DateChange, date_change_free)

static void
show_published (ChrArticlesWindow *self,
                gint64             article_id,
                const char        *published)
{
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
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
}

static void
on_published_set_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(DateChange) change = user_data;
  ChrArticlesWindow *self = change->self;
  g_autoptr(GError) error = NULL;

  self->n_pending--;
  if (!chr_session_set_published_finish (CHR_SESSION (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  show_published (self, change->article_id, change->published);
  toast (self, change->published ? _("Dates resolved against the new publication date")
                                 : _("Publication date removed; relative dates wait for one"));
}

/**
 * chr_articles_window_set_published:
 * @self: a #ChrArticlesWindow
 * @article_id: an article
 * @published: (nullable): the date, or %NULL when it is not known
 *
 * Sets an article's date as if typed in its row, in the background, and
 * says how it went; the timeline shows the dates resolved against it.
 */
void
chr_articles_window_set_published (ChrArticlesWindow *self,
                                   gint64             article_id,
                                   const char        *published)
{
  DateChange *change;

  g_return_if_fail (CHR_IS_ARTICLES_WINDOW (self));

  change = g_new0 (DateChange, 1);
  change->self = g_object_ref (self);
  change->article_id = article_id;
  change->published = g_strdup (published);
  self->n_pending++;
  chr_session_set_published_async (self->session, article_id, published, self->cancellable, on_published_set_cb,
                                   change);
}

/* Whether dates set are still being resolved. */
gboolean
chr_articles_window_get_busy (ChrArticlesWindow *self)
{
  g_return_val_if_fail (CHR_IS_ARTICLES_WINDOW (self), FALSE);

  return self->n_pending > 0;
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
