/* chr-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-application.h"
#include "chr-date-settings.h"
#include "chr-filter-bar.h"
#include "chr-toast.h"
#include "chr-window-private.h"

/* The window hosts the widgets of one session: it opens the timeline, says
 * what the session is doing (title, spinner, progress, toasts), keeps its
 * own size in the settings and the session's view with the other views of
 * timelines (chr-view-state.c). Its actions are in chr-window-actions.c. */

G_DEFINE_FINAL_TYPE (ChrWindow, chr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DB_PATH,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How long work goes on before the header bar says so. */
#define SPINNER_DELAY_MS 400

/* How long the view rests before it is written down. */
#define VIEW_SAVE_DELAY_MS 1000

/* Shows @message, plain text, for a while. */
void
_chr_window_toast (ChrWindow  *self,
                   const char *message)
{
  AdwToast *toast = chr_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_session_counts_cb (ChrWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *articles = NULL;
  g_autofree char *events = NULL;
  guint n_articles = chr_session_get_n_articles (self->session);
  guint n_events = chr_session_get_n_events (self->session);

  if (chr_session_get_database (self->session) == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      return;
    }
  _chr_window_update_empty_page (self);

  articles = g_strdup_printf (ngettext ("%'u article", "%'u articles", n_articles), n_articles);
  events = g_strdup_printf (ngettext ("%'u event", "%'u events", n_events), n_events);
  /* Translators: the window's subtitle, e.g. "5 articles · 40 events". */
  subtitle = g_strdup_printf (_("%s · %s"), articles, events);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_session_has_events_cb (ChrWindow *self)
{
  _chr_window_show_page (self);
}

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
on_session_busy_cb (ChrWindow *self)
{
  gboolean busy = chr_session_get_busy (self->session);

  if (busy && self->spinner_id == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
    self->spinner_id = g_timeout_add (SPINNER_DELAY_MS, show_spinner_cb, self);
  else if (!busy)
    {
      g_clear_handle_id (&self->spinner_id, g_source_remove);
      gtk_spinner_stop (self->spinner);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
    }
}

/* Long work that measures itself (extraction again) shows how far it is. */
static void
on_session_progress_cb (ChrWindow *self)
{
  double progress = chr_session_get_progress (self->session);

  /* An import shows its own progress, with Cancel. */
  if (chr_session_get_import_progress (self->session, NULL, NULL, NULL) || chr_import_bar_is_busy (self->import_bar))
    progress = -1;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), progress >= 0);
  if (progress >= 0)
    gtk_progress_bar_set_fraction (self->progress_bar, progress);
}

static void
on_session_failed_cb (ChrWindow    *self,
                      const GError *error)
{
  _chr_window_toast (self, error->message);
}

/* New Timeline, Open Timeline and Open Recent are the application's, the
 * same in every window. */
static void
on_notify_application_cb (ChrWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->has_timelines_menu || !CHR_IS_APPLICATION (application))
    return;
  g_menu_prepend_section (self->primary_menu, NULL,
                          chr_application_get_timelines_menu (CHR_APPLICATION (application)));
  self->has_timelines_menu = TRUE;
}

static void
open_session (ChrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = chr_application_get_timeline_name (self->db_path);
  g_autofree char *display_path = g_filename_display_name (self->db_path);
  AdwStatusPage *page = self->empty_page;

  /* The window is named after its timeline; the full path is in the tooltip. */
  adw_window_title_set_title (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), display_path);

  if (chr_session_open (self->session, self->db_path, &error))
    {
      on_session_counts_cb (self);
      on_session_has_events_cb (self);
      return;
    }

  /* Nothing is written to a file that could not be read: say so and stop. */
  adw_status_page_set_icon_name (page, "dialog-warning-symbolic");
  adw_status_page_set_title (page, _("Cannot Open the Timeline"));
  adw_status_page_set_description (page, error->message);
  adw_status_page_set_child (page, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  self->problem = g_strdup (error->message);
  g_warning ("%s", error->message);
}

static ChrViewState
current_view (ChrWindow *self)
{
  ChrViewState state = {
    .has_visible = !chr_session_get_fitted (self->session),
    .min_sources = chr_session_get_min_sources (self->session),
  };

  if (state.has_visible)
    state.visible = *chr_session_get_visible (self->session);
  return state;
}

static gboolean
view_equal (const ChrViewState *a,
            const ChrViewState *b)
{
  return a->has_visible == b->has_visible && a->min_sources == b->min_sources &&
         a->visible.begin == b->visible.begin && a->visible.end == b->visible.end;
}

/* Restores what was last looked at in this timeline: the stretch of time
 * (a timeline seen for the first time, or left fitted, fits its events)
 * and the filter by number of sources. */
static void
restore_view (ChrWindow *self)
{
  ChrViewState state;

  if (chr_view_state_load (self->view_file, self->db_path, &state))
    {
      if (state.has_visible)
        chr_session_set_visible (self->session, &state.visible);
      chr_session_set_min_sources (self->session, state.min_sources);
    }
  self->saved_view = current_view (self);
}

static void
save_view (ChrWindow *self)
{
  g_autoptr(GError) error = NULL;
  ChrViewState state = current_view (self);

  g_clear_handle_id (&self->view_save_id, g_source_remove);
  /* A timeline that did not open has no view worth keeping. */
  if (chr_session_get_database (self->session) == NULL)
    return;

  if (chr_view_state_save (self->view_file, self->db_path, &state, CHR_VIEW_STATE_MAX_TIMELINES, &error))
    self->saved_view = state;
  else
    g_warning ("Cannot keep the view of the timeline: %s", error->message);
}

/* Closing makes the timeline the most recently left, which keeps its view
 * among those kept; a view that fits the timeline with no filter, and
 * always did, is what a timeline not kept gets anyway. */
static void
save_view_on_close (ChrWindow *self)
{
  static const ChrViewState fitted = { .has_visible = FALSE };
  ChrViewState state = current_view (self);

  if (view_equal (&state, &fitted) && view_equal (&self->saved_view, &fitted))
    g_clear_handle_id (&self->view_save_id, g_source_remove);
  else
    save_view (self);
}

static gboolean
save_view_cb (gpointer user_data)
{
  ChrWindow *self = user_data;

  self->view_save_id = 0;
  save_view (self);
  return G_SOURCE_REMOVE;
}

/* Written once the view has rested a while, not at every frame of a pan;
 * and not at all while it is what was kept, as when a fitted view fits
 * its size. */
static void
on_session_view_changed_cb (ChrWindow *self)
{
  ChrViewState state = current_view (self);

  g_clear_handle_id (&self->view_save_id, g_source_remove);
  if (!view_equal (&state, &self->saved_view))
    self->view_save_id = g_timeout_add (VIEW_SAVE_DELAY_MS, save_view_cb, self);
}

static void
watch_view (ChrWindow *self)
{
  static const char * const signals[] = { "notify::visible", "notify::fitted", "notify::min-sources" };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (self->session, signals[i], G_CALLBACK (on_session_view_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

/* The sizes of the window and of the sidebar, the overview and how dates
 * are said are the same for every timeline; the sizes are written when
 * the window closes. */
static void
bind_settings (ChrWindow *self)
{
  int width, height, sidebar;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  sidebar = g_settings_get_int (self->settings, "sidebar-width");
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  gtk_paned_set_position (self->paned, MAX (width - sidebar, 240));

  g_settings_bind (self->settings, "show-overview", self->overview, "visible", G_SETTINGS_BIND_GET);
  chr_date_settings_bind (self->settings, self->session);

  /* What save_settings() writes is written at once. */
  g_settings_delay (self->settings);
}

static void
save_settings (ChrWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_int (self->settings, "sidebar-width",
                      gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned));
  g_settings_apply (self->settings);
}

static gboolean
chr_window_close_request (GtkWindow *window)
{
  ChrWindow *self = CHR_WINDOW (window);

  g_cancellable_cancel (self->cancellable);
  if (self->settings)
    save_settings (self);
  save_view_on_close (self);

  return GTK_WINDOW_CLASS (chr_window_parent_class)->close_request (window);
}

static void
chr_window_constructed (GObject *object)
{
  ChrWindow *self = CHR_WINDOW (object);

  G_OBJECT_CLASS (chr_window_parent_class)->constructed (object);

  if (self->db_path == NULL)
    self->db_path = chr_database_get_default_path ();
  if (self->settings)
    bind_settings (self);
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 700);
  restore_view (self);
  open_session (self);
  watch_view (self);
}

static void
chr_window_dispose (GObject *object)
{
  ChrWindow *self = CHR_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  /* A change not written yet is written now. */
  if (self->view_save_id != 0)
    save_view (self);
  if (self->settings)
    {
      chr_date_settings_unbind (self->session);
      g_settings_unbind (self->overview, "visible");
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_WINDOW);
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      chr_session_close (self->session);
    }

  G_OBJECT_CLASS (chr_window_parent_class)->dispose (object);
}

static void
chr_window_finalize (GObject *object)
{
  ChrWindow *self = CHR_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->view_file, g_free);
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

    case PROP_SESSION:
      g_value_set_object (value, self->session);
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
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CHR_TYPE_SESSION,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CHR_TYPE_TIMELINE_VIEW);
  g_type_ensure (CHR_TYPE_OVERVIEW);
  g_type_ensure (CHR_TYPE_EVENT_PANEL);
  g_type_ensure (CHR_TYPE_FILTER_BAR);
  g_type_ensure (CHR_TYPE_SEARCH_BAR);
  g_type_ensure (CHR_TYPE_IMPORT_BAR);
  g_type_ensure (CHR_TYPE_ARTICLE_READER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, event_panel);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, import_bar);
  gtk_widget_class_bind_template_callback (widget_class, _chr_window_import_finished);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, reader);
  gtk_widget_class_bind_template_child (widget_class, ChrWindow, primary_menu);

  _chr_window_class_add_actions (widget_class);
  _chr_window_class_add_edit_actions (widget_class);
  _chr_window_class_add_export_actions (widget_class);
}

static void
chr_window_init (ChrWindow *self)
{
  /* Before the template: its widgets bind to the session. */
  self->session = chr_session_new ();
  g_signal_connect_object (self->session, "notify::n-events", G_CALLBACK (on_session_counts_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::n-articles", G_CALLBACK (on_session_counts_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::has-events", G_CALLBACK (on_session_has_events_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::busy", G_CALLBACK (on_session_busy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::progress", G_CALLBACK (on_session_progress_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "failed", G_CALLBACK (on_session_failed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::application", G_CALLBACK (on_notify_application_cb), NULL);

  self->cancellable = g_cancellable_new ();
  self->settings = chr_application_create_settings ();
  self->view_file = chr_view_state_get_default_file ();

  _chr_window_init_actions (self);
  _chr_window_init_edit_actions (self);
  _chr_window_init_reader (self);
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

/**
 * chr_window_get_session:
 * @self: a #ChrWindow
 *
 * Returns: (transfer none): the session the window shows
 */
ChrSession *
chr_window_get_session (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * chr_window_import:
 * @self: a #ChrWindow
 * @paths: files and folders to import
 *
 * Imports in the background; the timeline shows the new events when done,
 * and a toast says what was imported.
 */
void
chr_window_import (ChrWindow          *self,
                   const char * const *paths)
{
  g_return_if_fail (CHR_IS_WINDOW (self));
  g_return_if_fail (paths != NULL);

  _chr_window_import_paths (self, paths);
}

/**
 * chr_window_get_db_path:
 * @self: a #ChrWindow
 *
 * Returns: the timeline file the window shows
 */
const char *
chr_window_get_db_path (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->db_path;
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

ChrArticleReader *
chr_window_get_reader (ChrWindow *self)
{
  g_return_val_if_fail (CHR_IS_WINDOW (self), NULL);

  return self->reader;
}
