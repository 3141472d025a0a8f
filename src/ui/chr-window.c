/* chr-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-window"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "chr-application.h"
#include "chr-articles-window.h"
#include "chr-importer.h"
#include "chr-reextract.h"
#include "chr-timex.h"
#include "chr-window.h"

struct _ChrWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  GtkSpinner           *spinner;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkPaned             *paned;
  ChrTimelineView      *timeline;
  ChrOverview          *overview;
  ChrEventPanel        *event_panel;

  GSettings            *settings;
  GCancellable         *cancellable;
  ChrDatabase          *db;
  char                 *db_path;
  char                 *problem;
  GCancellable         *load_cancellable; /* the newest load's; older ones are cancelled */
  guint                 n_jobs;          /* imports and loads under way */
  guint                 spinner_id;      /* shows the spinner when work takes a while */
  gboolean              report_startup;  /* CHRONICLE_REPORT_STARTUP: say when the first load is drawn */
  guint                 min_sources;
};

G_DEFINE_FINAL_TYPE (ChrWindow, chr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DB_PATH,
  PROP_BUSY,
  PROP_MIN_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (ChrWindow  *self,
       const char *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
update_subtitle (ChrWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *articles = NULL;
  g_autofree char *events = NULL;
  gint64 n_articles, n_events;

  if (self->db == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      return;
    }

  n_articles = chr_database_count (self->db, "articles");
  n_events = chr_timeline_view_get_n_events (self->timeline);
  articles = g_strdup_printf (ngettext ("%'u article", "%'u articles", (gulong) n_articles), (guint) n_articles);
  events = g_strdup_printf (ngettext ("%'u event", "%'u events", (gulong) n_events), (guint) n_events);
  /* Translators: the window's subtitle, e.g. "5 articles · 40 events". */
  subtitle = g_strdup_printf (_("%s · %s"), articles, events);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

typedef struct
{
  char  *db_path;
  guint  min_sources;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_free (request->db_path);
  g_free (request);
}

/* The timeline is read and prepared for drawing on a connection and a
 * thread of its own, so the window comes up while a large file is read.
 * The connection only reads: a file that went away is reported, not remade. */
static void
load_events_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  LoadRequest *request = task_data;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrEventList) events = NULL;
  GError *error = NULL;

  if (!(db = chr_database_open_for_reading (request->db_path, &error)) ||
      !(events = chr_database_list_timeline (db, request->min_sources, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  /* A newer load took over while this one read: do not prepare what nobody will show. */
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, chr_timeline_index_new_for_events (events), (GDestroyNotify) chr_timeline_index_unref);
}

/* How long work goes on before the header bar says so. */
#define SPINNER_DELAY_MS 400

static gboolean
show_spinner_cb (gpointer user_data)
{
  ChrWindow *self = user_data;

  self->spinner_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  return G_SOURCE_REMOVE;
}

/* Work that ends at once shows nothing; longer work, a spinner. */
static void
update_spinner (ChrWindow *self)
{
  if (self->n_jobs > 0 && self->spinner_id == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
    self->spinner_id = g_timeout_add (SPINNER_DELAY_MS, show_spinner_cb, self);
  else if (self->n_jobs == 0)
    {
      g_clear_handle_id (&self->spinner_id, g_source_remove);
      gtk_spinner_stop (self->spinner);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
    }
}

static void
set_busy (ChrWindow *self,
          gboolean   busy)
{
  if (busy)
    self->n_jobs++;
  else
    self->n_jobs--;

  /* After the window is disposed, only the count is kept. */
  if (self->spinner != NULL)
    update_spinner (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", self->db != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void report_after_next_frame (ChrWindow *self);

static void
load_events_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ChrWindow *self = CHR_WINDOW (object);
  g_autoptr(ChrTimelineIndex) index = NULL;
  g_autoptr(GError) error = NULL;

  index = g_task_propagate_pointer (G_TASK (result), &error);
  /* The window is going: only the count of work under way is kept right. */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      set_busy (self, FALSE);
      return;
    }
  /* Cancelled loads were overtaken by a newer one, which shows its own. */
  if (index != NULL)
    {
      chr_timeline_view_take_index (self->timeline, g_steal_pointer (&index));
      update_subtitle (self);
      if (self->report_startup)
        report_after_next_frame (self);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      toast (self, error->message);
      if (self->report_startup)
        {
          g_printerr ("%s\n", error->message);
          g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
        }
    }
  set_busy (self, FALSE);
}

static void
reload (ChrWindow *self)
{
  g_autoptr(GTask) task = NULL;
  LoadRequest *request;

  if (self->db == NULL)
    return;

  /* A filter that hides every event still leaves the timeline, not the welcome page. */
  gtk_stack_set_visible_child_name (self->main_stack,
                                    chr_database_has_rows (self->db, "events") ? "timeline" : "empty");

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  request = g_new0 (LoadRequest, 1);
  request->db_path = g_strdup (self->db_path);
  request->min_sources = self->min_sources;
  task = g_task_new (self, self->load_cancellable, load_events_cb, NULL);
  g_task_set_source_tag (task, reload);
  g_task_set_task_data (task, request, (GDestroyNotify) load_request_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, load_events_thread);
}

static void
show_event (ChrWindow *self,
            gint64     id)
{
  g_autoptr(ChrEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  if (id >= 0 && self->db != NULL && !(event = chr_database_get_event (self->db, id, &error)) && error != NULL)
    toast (self, error->message);
  chr_event_panel_set_event (self->event_panel, event);
}

static void
on_timeline_selected_cb (ChrWindow       *self,
                         GParamSpec      *pspec,
                         ChrTimelineView *timeline)
{
  show_event (self, chr_timeline_view_get_selected_id (timeline));
}

static void
on_timeline_event_activated_cb (ChrWindow       *self,
                                gint64           id,
                                ChrTimelineView *timeline)
{
  show_event (self, id);
}

static void
import_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ChrWindow) self = user_data;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  report = chr_importer_import_finish (result, &error);
  set_busy (self, FALSE);

  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  if (self->db == NULL)
    return;

  reload (self);

  for (guint i = 0; i < report->errors->len; i++)
    {
      const GError *file_error = g_ptr_array_index (report->errors, i);

      if (!g_error_matches (file_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, file_error->message);
    }

  if (report->n_added > 0)
    message = g_strdup_printf (ngettext ("Imported %u article", "Imported %u articles", report->n_added),
                               report->n_added);
  else if (report->n_unchanged > 0)
    message = g_strdup_printf (ngettext ("The article was already in the timeline",
                                         "The %u articles were already in the timeline", report->n_unchanged),
                               report->n_unchanged);
  if (message)
    toast (self, message);
}

/* Imports local files; those without a path (remote locations) are skipped. */
static gboolean
import_files (ChrWindow  *self,
              GPtrArray  *files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < files->len; i++)
    {
      char *path = g_file_get_path (g_ptr_array_index (files, i));

      if (path)
        g_ptr_array_add (paths, path);
    }
  if (paths->len == 0 || self->db == NULL)
    return FALSE;

  g_ptr_array_add (paths, NULL);
  chr_window_import (self, (const char * const *) paths->pdata);
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

  dialog = gtk_file_chooser_native_new (_("Import Articles"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (text, _("Text Articles"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_add_suffix (text, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), text);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
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

/* The article's events were made anew; the timeline keeps a selection that survived. */
static void
on_dates_changed_cb (ChrWindow *self)
{
  reload (self);
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
  if (!chr_window_parse_date (text, &interval))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date Chronicle understands"), text);
      toast (self, message);
      return;
    }
  chr_timeline_view_go_to (self->timeline, &interval);
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
  ChrArticlesWindow *articles;

  if (self->db == NULL)
    return;

  articles = chr_articles_window_new (GTK_WINDOW (self), self->db);
  g_signal_connect_object (articles, "dates-changed", G_CALLBACK (on_dates_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (articles));
}

static void
forward_to_timeline (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  const char *name = strchr (action_name, '.') + 1;
  g_autofree char *target = g_strconcat ("timeline.", name, NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->timeline), target, NULL);
}

static void
open_database (ChrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (self->db_path);

  g_mkdir_with_parents (dir, 0755);
  if (!(self->db = chr_database_open (self->db_path, &error)))
    {
      AdwStatusPage *page = ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->main_stack, "empty"));

      /* Nothing is written to a file that could not be read: say so and stop. */
      adw_status_page_set_icon_name (page, "dialog-warning-symbolic");
      adw_status_page_set_title (page, _("Cannot Open the Timeline"));
      adw_status_page_set_description (page, error->message);
      self->problem = g_strdup (error->message);
      adw_status_page_set_child (page, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
      g_warning ("%s", error->message);
      return;
    }

  /* A timeline extracted by an older version is brought up to date. */
  if (!chr_reextract_refresh (self->db, NULL, NULL, NULL, &error))
    {
      toast (self, error->message);
      g_clear_error (&error);
    }

  adw_window_title_set_title (self->window_title, _("Chronicle"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), self->db_path);
  reload (self);
}

/* Seconds since this process started, from the kernel's own record of it:
 * start-up measurements then include loading and linking. */
static double
process_age (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;
  double boot_seconds;
  guint64 start_ticks;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL) ||
      !(after = strrchr (stat, ')')))
    return -1;
  /* After the command name: state is field 3, starttime field 22. */
  fields = g_strsplit (after + 2, " ", -1);
  if (g_strv_length (fields) < 20)
    return -1;
  start_ticks = g_ascii_strtoull (fields[19], NULL, 10);
  boot_seconds = g_ascii_strtod (uptime, NULL);
  return boot_seconds - (double) start_ticks / sysconf (_SC_CLK_TCK);
}

static gint64
peak_memory_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(line = strstr (status, "VmHWM:")))
    return -1;
  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

/* With CHRONICLE_REPORT_STARTUP set, the first frame drawn with the loaded
 * timeline prints how long start-up took and the memory it needed, then
 * quits: chronicle-bench render --startup measures the app that way. */
static void
on_after_paint_cb (ChrWindow     *self,
                   GdkFrameClock *frame_clock)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, self);
  g_print ("{\"bench\": \"startup\", \"events\": %u, \"first_frame_ms\": %.1f, \"peak_rss_kib\": %"
           G_GINT64_FORMAT "}\n",
           chr_timeline_view_get_n_events (self->timeline), process_age () * 1000.0, peak_memory_kib ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

/* The timeline has its events now: the frame under way at the next tick
 * paints them, and after-paint follows that paint. */
static gboolean
report_on_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), user_data,
                           G_CONNECT_SWAPPED);
  return G_SOURCE_REMOVE;
}

static void
report_after_next_frame (ChrWindow *self)
{
  self->report_startup = FALSE;
  /* The window's own ticks: the timeline is not shown when there are no events. */
  gtk_widget_add_tick_callback (GTK_WIDGET (self), report_on_tick_cb, self, NULL);
}

static gboolean
chr_window_close_request (GtkWindow *window)
{
  ChrWindow *self = CHR_WINDOW (window);

  g_cancellable_cancel (self->cancellable);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);

  if (self->settings)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_set_int (self->settings, "sidebar-width",
                          gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned));
      if (chr_timeline_view_is_fitted (self->timeline))
        g_settings_set (self->settings, "timeline-range", "(xx)", (gint64) 0, (gint64) 0);
      else
        {
          gint64 begin, end;

          chr_timeline_view_get_visible (self->timeline, &begin, &end);
          g_settings_set (self->settings, "timeline-range", "(xx)", begin, end);
        }
    }

  return GTK_WINDOW_CLASS (chr_window_parent_class)->close_request (window);
}

static void
chr_window_constructed (GObject *object)
{
  ChrWindow *self = CHR_WINDOW (object);
  int width = 1100, height = 700, sidebar = 360;

  G_OBJECT_CLASS (chr_window_parent_class)->constructed (object);

  if (self->settings)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
      sidebar = g_settings_get_int (self->settings, "sidebar-width");
      self->min_sources = (guint) CLAMP (g_settings_get_int (self->settings, "min-sources"), 0, 100);
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  gtk_paned_set_position (self->paned, MAX (width - sidebar, 240));

  if (self->db_path == NULL)
    self->db_path = chr_database_get_default_path ();
  self->report_startup = g_getenv ("CHRONICLE_REPORT_STARTUP") != NULL;
  open_database (self);

  /* The zoom and the stretch of time shown come back as they were left. */
  if (self->settings)
    {
      gint64 begin, end;

      g_settings_get (self->settings, "timeline-range", "(xx)", &begin, &end);
      if (end > begin)
        chr_timeline_view_set_visible (self->timeline, begin, end);
    }
}

static void
chr_window_dispose (GObject *object)
{
  ChrWindow *self = CHR_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_WINDOW);

  G_OBJECT_CLASS (chr_window_parent_class)->dispose (object);
}

static void
chr_window_finalize (GObject *object)
{
  ChrWindow *self = CHR_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->db);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (chr_window_parent_class)->finalize (object);
}

static void
chr_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ChrWindow *self = CHR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_value_set_string (value, self->db_path);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, chr_window_get_busy (self));
      break;

    case PROP_MIN_SOURCES:
      g_value_set_int (value, (int) self->min_sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ChrWindow *self = CHR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_assert (self->db_path == NULL);
      self->db_path = g_value_dup_string (value);
      break;

    case PROP_MIN_SOURCES:
      chr_window_set_min_sources (self, (guint) g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_window_class_init (ChrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = chr_window_constructed;
  object_class->dispose = chr_window_dispose;
  object_class->finalize = chr_window_finalize;
  object_class->get_property = chr_window_get_property;
  object_class->set_property = chr_window_set_property;

  window_class->close_request = chr_window_close_request;

  properties[PROP_DB_PATH] =
    g_param_spec_string ("db-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MIN_SOURCES] =
    g_param_spec_int ("min-sources", NULL, NULL,
                      0, 100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CHR_TYPE_TIMELINE_VIEW);
  g_type_ensure (CHR_TYPE_OVERVIEW);
  g_type_ensure (CHR_TYPE_EVENT_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, event_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.articles", NULL, articles_action);
  gtk_widget_class_install_action (widget_class, "win.go-to-date", NULL, go_to_date_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.go-to-date", NULL);
  gtk_widget_class_install_property_action (widget_class, "win.min-sources", "min-sources");
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, forward_to_timeline);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, forward_to_timeline);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, forward_to_timeline);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
}

static void
chr_window_init (ChrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  chr_overview_set_timeline (self->overview, self->timeline);

  self->cancellable = g_cancellable_new ();
  self->settings = chr_application_create_settings ();

  /* Articles and folders dropped anywhere on the window are imported. */
  {
    GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }
#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

ChrWindow *
chr_window_new (AdwApplication *application,
                const char     *db_path)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);

  return g_object_new (CHR_TYPE_WINDOW,
                       "application", application,
                       "db-path", db_path,
                       NULL);
}

ChrDatabase *
chr_window_get_database (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->db;
}

/**
 * chr_window_import:
 * @self: a #ChrWindow
 * @paths: files and folders to import
 *
 * Imports in the background; the timeline shows the new events when done.
 */
void
chr_window_import (ChrWindow          *self,
                   const char * const *paths)
{
  g_return_if_fail (CHR_IS_WINDOW (self));
  g_return_if_fail (paths != NULL);

  if (self->db == NULL || paths[0] == NULL)
    return;

  set_busy (self, TRUE);
  chr_importer_import_async (self->db_path, paths, self->cancellable, import_cb, g_object_ref (self));
}

/**
 * chr_window_parse_date:
 * @text: what the user typed
 * @interval: (out): the date it names
 *
 * Reads a date as people write it ("February 2022", "24 Feb 2022") or in
 * ISO 8601 ("2022-02-24"), through the same engine that reads articles.
 *
 * Returns: %TRUE if @text names a date
 */
gboolean
chr_window_parse_date (const char  *text,
                       ChrInterval *interval)
{
  g_autoptr(GArray) found = NULL;

  g_return_val_if_fail (text != NULL && interval != NULL, FALSE);

  if (chr_time_parse_iso (text, interval))
    return TRUE;

  found = chr_timex_scan (text, strlen (text), NULL);
  for (guint i = 0; i < found->len; i++)
    {
      const ChrTimex *timex = &g_array_index (found, ChrTimex, i);

      if ((timex->type == CHR_TIMEX_DATE || timex->type == CHR_TIMEX_TIME) && timex->resolved &&
          timex->interval.end > timex->interval.begin)
        {
          *interval = timex->interval;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * chr_window_set_min_sources:
 * @self: a #ChrWindow
 * @min_sources: show only events reported by at least this many articles
 */
void
chr_window_set_min_sources (ChrWindow *self,
                            guint      min_sources)
{
  g_return_if_fail (CHR_IS_WINDOW (self));

  min_sources = MIN (min_sources, 100);
  if (self->min_sources == min_sources)
    return;

  self->min_sources = min_sources;
  if (self->settings)
    g_settings_set_int (self->settings, "min-sources", (int) min_sources);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_SOURCES]);
}

/**
 * chr_window_get_problem:
 * @self: a #ChrWindow
 *
 * Returns: (nullable): why the timeline could not be opened, or %NULL
 */
const char *
chr_window_get_problem (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->problem;
}

gboolean
chr_window_get_busy (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), FALSE);

  return self->n_jobs > 0;
}

ChrTimelineView *
chr_window_get_timeline (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->timeline;
}

ChrOverview *
chr_window_get_overview (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->overview;
}

ChrEventPanel *
chr_window_get_event_panel (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->event_panel;
}
