/* chr-window-actions.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-application.h"
#include "chr-articles-window.h"
#include "chr-date-parse.h"
#include "chr-import-report.h"
#include "chr-toast.h"
#include "chr-window-private.h"

/* What the window's menu, buttons and shortcuts do. The shortcuts for the
 * win.* actions are the application's (chr-application.c), set once. */

/* One press of Control with plus or minus zooms by this factor. */
#define ZOOM_STEP 1.25

static void
on_report_details_cb (AdwToast  *toast,
                      ChrWindow *self)
{
  ChrImportReport *report = g_object_get_data (G_OBJECT (toast), "report");

  if (report != NULL)
    chr_import_report_present (GTK_WINDOW (self), report);
}

/* What an import did, in a toast; with a report to read when some files
 * were refused or converted. */
void
_chr_window_import_finished (ChrWindow       *self,
                             ChrImportReport *report,
                             const GError    *error)
{
  g_autofree char *summary = NULL;
  AdwToast *toast;

  if (report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _chr_window_toast (self, _("The import was cancelled; nothing was added"));
      else if (error != NULL)
        _chr_window_toast (self, error->message);
      return;
    }
  summary = chr_import_report_summary (report);
  toast = chr_toast_new (summary);
  if (!report->cancelled && (report->errors->len > 0 || report->converted->len > 0))
    {
      adw_toast_set_button_label (toast, _("_Details"));
      g_object_set_data_full (G_OBJECT (toast), "report", chr_import_report_copy (report),
                              (GDestroyNotify) chr_import_report_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_report_details_cb), self, 0);
      adw_toast_set_timeout (toast, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_chr_window_import_paths (ChrWindow          *self,
                          const char * const *paths)
{
  if (chr_session_get_database (self->session) == NULL || paths[0] == NULL)
    return;

  chr_import_bar_import (self->import_bar, paths);
}

/* Imports local files; those without a path (remote locations) are skipped. */
static gboolean
import_files (ChrWindow *self,
              GPtrArray *files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < files->len; i++)
    {
      char *path = g_file_get_path (g_ptr_array_index (files, i));

      if (path)
        g_ptr_array_add (paths, path);
    }
  if (paths->len == 0 || chr_session_get_database (self->session) == NULL)
    return FALSE;

  g_ptr_array_add (paths, NULL);
  _chr_window_import_paths (self, (const char * const *) paths->pdata);
  return TRUE;
}

static void
on_import_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       ChrWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (files, g_list_model_get_item (model, i));
      import_files (self, files);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (chr_session_get_database (self->session) == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Import Articles"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (text, _("Articles (Text, JSON, HTML)"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_add_mime_type (text, "application/json");
  gtk_file_filter_add_mime_type (text, "application/x-ndjson");
  gtk_file_filter_add_mime_type (text, "application/jsonl");
  gtk_file_filter_add_mime_type (text, "text/html");
  gtk_file_filter_add_suffix (text, "txt");
  gtk_file_filter_add_suffix (text, "json");
  gtk_file_filter_add_suffix (text, "jsonl");
  gtk_file_filter_add_suffix (text, "html");
  gtk_file_filter_add_suffix (text, "htm");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), text);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The sample articles that come with Chronicle, into this timeline. */
static void
import_samples_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  g_autofree char *samples = chr_application_get_samples_dir ();
  const char *paths[] = { samples, NULL };

  if (samples == NULL)
    {
      _chr_window_toast (self, _("The sample articles are not installed"));
      return;
    }
  _chr_window_import_paths (self, paths);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            ChrWindow     *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  return import_files (self, files);
}

static void
on_go_to_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ChrWindow        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *text = NULL;
  ChrInterval interval;

  if (g_strcmp0 (response, "go") != 0)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!chr_date_parse (text, &interval))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date Chronicle understands"), text);
      _chr_window_toast (self, message);
      return;
    }
  chr_session_go_to (self->session, interval.begin, interval.end);
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

static void
go_to_date_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Go to Date"),
                                              _("A year, a month or a day: “2014”, “February 2022”, "
                                                "“24 Feb 2022” or “2022-02-24”."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "go", _("_Go"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "go", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "go");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_go_to_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
articles_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);

  if (chr_session_get_database (self->session) != NULL)
    gtk_window_present (GTK_WINDOW (chr_articles_window_new (GTK_WINDOW (self), self->session)));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  chr_session_zoom (CHR_WINDOW (widget)->session, ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  chr_session_zoom (CHR_WINDOW (widget)->session, 1 / ZOOM_STEP);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  chr_session_zoom_to_fit (CHR_WINDOW (widget)->session);
}

/* Keeps the events that overlap the stretch of time on screen. */
static void
filter_visible_dates_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ChrSession *session = CHR_WINDOW (widget)->session;

  chr_session_set_date_filter (session, chr_session_get_visible (session));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  chr_search_bar_begin (CHR_WINDOW (widget)->search_bar);
}

/* An article picked among search results opens in the reader at its first match. */
static void
on_search_article_cb (ChrWindow *self,
                      gint64     article_id,
                      gint64     offset)
{
  chr_session_read_article (self->session, article_id, offset);
}

/* Import is possible only on a timeline that opened. */
static void
on_session_database_cb (ChrWindow *self)
{
  gboolean open = chr_session_get_database (self->session) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-samples", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.articles", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", open);
}

void
_chr_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.open-samples", NULL, import_samples_action);
  gtk_widget_class_install_action (widget_class, "win.articles", NULL, articles_action);
  gtk_widget_class_install_action (widget_class, "win.go-to-date", NULL, go_to_date_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "win.filter-visible-dates", NULL, filter_visible_dates_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
}

void
_chr_window_init_actions (ChrWindow *self)
{
  g_autoptr(GPropertyAction) min_sources = g_property_action_new ("min-sources", self->session, "min-sources");
  g_autoptr(GPropertyAction) starred_only = g_property_action_new ("starred-only", self->session, "starred-only");
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (min_sources));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (starred_only));
  g_signal_connect_object (self->search_bar, "article-activated", G_CALLBACK (on_search_article_cb), self,
                           G_CONNECT_SWAPPED);

  /* Articles and folders dropped anywhere on the window are imported. */
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (self->session, "notify::database", G_CALLBACK (on_session_database_cb), self,
                           G_CONNECT_SWAPPED);
  on_session_database_cb (self);
}
