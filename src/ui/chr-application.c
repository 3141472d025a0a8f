/* chr-application.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-application"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-application-private.h"
#include "chr-database.h"
#include "chr-help.h"
#include "chr-install-dirs.h"
#include "chr-preferences-window.h"
#include "chr-window.h"

G_DEFINE_FINAL_TYPE (ChrApplication, chr_application, ADW_TYPE_APPLICATION)

/* The timeline a start opens: the one asked for with --db, else the last one. */
static ChrWindow *
get_window (ChrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (CHR_IS_WINDOW (window))
    return CHR_WINDOW (window);

  path = chr_application_choose_database (self->settings, self->db_path);
  return chr_application_open_timeline (self, path);
}

static void
chr_application_activate (GApplication *application)
{
  ChrApplication *self = CHR_APPLICATION (application);
  ChrWindow *window;

  if (self->start_new)
    {
      self->start_new = FALSE;
      g_action_group_activate_action (G_ACTION_GROUP (self), "new-timeline", NULL);
      return;
    }
  window = get_window (self);
  gtk_window_present (GTK_WINDOW (window));
}

/* --new-timeline, as the desktop file's New Timeline does: a Chronicle
 * already running is asked over D-Bus; otherwise this start asks. */
static int
start_new_timeline (ChrApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!g_application_get_is_remote (G_APPLICATION (self)))
    {
      self->start_new = TRUE;
      return -1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (self), "new-timeline", NULL);
  g_dbus_connection_flush_sync (g_application_get_dbus_connection (G_APPLICATION (self)), NULL, NULL);
  return 0;
}

static void
chr_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  ChrWindow *window = get_window (CHR_APPLICATION (application));
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      if (path)
        g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);

  chr_window_import (window, (const char * const *) paths->pdata);
  gtk_window_present (GTK_WINDOW (window));
}

static int
chr_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  ChrApplication *self = CHR_APPLICATION (application);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "version", "b", NULL))
    {
      g_print ("chronicle %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (db);

      g_free (self->db_path);
      self->db_path = g_file_get_path (file);
      /* Another timeline is another instance: no single-instance hand-over. */
      g_application_set_flags (application, g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }
  if (g_variant_dict_contains (options, "new-timeline"))
    return start_new_timeline (self);
  return -1;
}

/* The libraries Chronicle is made with, each with its home. */
static const char * const built_with[] = {
  "GTK https://gtk.org",
  "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
  "GLib https://gitlab.gnome.org/GNOME/glib",
  "Pango https://pango.gnome.org",
  "Cairo https://cairographics.org",
  "SQLite https://sqlite.org",
  "JSON-GLib https://gitlab.gnome.org/GNOME/json-glib",
  "libxml2 https://gitlab.gnome.org/GNOME/libxml2",
  NULL
};

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ChrApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *developer = g_strconcat (_("The Chronicle developers"), " " PACKAGE_WEBSITE, NULL);
  const char *developers[] = { developer, NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Chronicle"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Chronicle developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Turn news articles into a timeline you can trust"),
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_ISSUE_URL,
                        "developers", developers,
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        "copyright", "© 2026 The Chronicle Authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "release-notes-version", PACKAGE_VERSION,
                        /* Translators: the notes of this release, as in the AppStream metainfo. */
                        "release-notes", _("<p>First release.</p>"),
                        NULL);
  /* Translators: a heading of the About window's credits, above the libraries Chronicle uses. */
  adw_about_window_add_acknowledgement_section (about, _("Built With"), (const char **) built_with);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ChrApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  ChrPreferencesWindow *preferences;

  if (self->settings == NULL)
    return;
  preferences = chr_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *application = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (application));

  /* Closing the windows first lets each one save its state. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
apply_style_variant (ChrApplication *self)
{
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (variant, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (variant, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

/**
 * chr_application_create_settings:
 *
 * Returns: (transfer full) (nullable): Chronicle's settings, or %NULL when
 *   its schema is not installed (run from a build tree without it)
 */
GSettings *
chr_application_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, "org.chronicle.Chronicle", TRUE)))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
chr_application_startup (GApplication *application)
{
  ChrApplication *self = CHR_APPLICATION (application);
  static const GActionEntry actions[] = {
    { "about", about_action },
    { "preferences", preferences_action },
    { "quit", quit_action },
  };
  static const char *new_timeline_accels[] = { "<Control>n", NULL };
  static const char *open_timeline_accels[] = { "<Control>o", NULL };
  static const char *import_accels[] = { "<Control>i", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  static const char *go_to_accels[] = { "<Control>g", NULL };
  static const char *zoom_in_accels[] = { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL };
  static const char *zoom_out_accels[] = { "<Control>minus", "<Control>KP_Subtract", NULL };
  static const char *zoom_fit_accels[] = { "<Control>0", "<Control>KP_0", NULL };
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *redo_accels[] = { "<Shift><Control>z", "<Control>y", NULL };
  static const char *add_event_accels[] = { "<Shift><Control>n", NULL };
  static const char *edit_event_accels[] = { "<Control>e", NULL };
  static const char *star_event_accels[] = { "<Control>d", NULL };
  static const char *rename_event_accels[] = { "F2", NULL };
  static const char *export_accels[] = { "<Shift><Control>e", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *articles_accels[] = { "<Shift><Control>a", NULL };

  G_APPLICATION_CLASS (chr_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), application);
  chr_help_install_action (GTK_APPLICATION (application));
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.new-timeline", new_timeline_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.open-timeline", open_timeline_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.import", import_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.go-to-date", go_to_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.zoom-in", zoom_in_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.zoom-out", zoom_out_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.zoom-fit", zoom_fit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.redo", redo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.add-event", add_event_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.edit-event", edit_event_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.star-event", star_event_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.rename-event", rename_event_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.export", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.articles", articles_accels);

  if ((self->settings = chr_application_create_settings ()))
    {
      g_signal_connect_object (self->settings, "changed::style-variant", G_CALLBACK (apply_style_variant), self,
                               G_CONNECT_SWAPPED);
      apply_style_variant (self);
    }
  _chr_application_init_timelines (self);
}

static void
chr_application_finalize (GObject *object)
{
  ChrApplication *self = CHR_APPLICATION (object);

  g_clear_object (&self->timelines_menu);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (chr_application_parent_class)->finalize (object);
}

static void
chr_application_class_init (ChrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = chr_application_finalize;

  app_class->activate = chr_application_activate;
  app_class->open = chr_application_open;
  app_class->startup = chr_application_startup;
  app_class->handle_local_options = chr_application_handle_local_options;
}

static void
chr_application_init (ChrApplication *self)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the timeline in FILE"), N_("FILE") },
    { "new-timeline", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Make a new timeline"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[ARTICLE…]"));
}

ChrApplication *
chr_application_new (void)
{
  return g_object_new (CHR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/chronicle/Chronicle",
                       NULL);
}

/**
 * chr_application_get_samples_dir:
 *
 * Returns: (transfer full) (nullable): the bundled sample corpus
 *   (chr_install_dirs_get_samples_dir()), or %NULL if there is none
 */
char *
chr_application_get_samples_dir (void)
{
  return chr_install_dirs_get_samples_dir ();
}

/**
 * chr_application_choose_database:
 * @settings: (nullable): Chronicle's settings
 * @requested: (nullable): the file asked for with `--db`
 *
 * Which timeline a start opens: the one asked for; else the one opened last
 * (the first of chr_application_get_recent()), if it is still there; else
 * the default one.
 *
 * Returns: (transfer full): a file name
 */
char *
chr_application_choose_database (GSettings  *settings,
                                 const char *requested)
{
  g_auto(GStrv) recent = NULL;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (requested != NULL)
    return g_strdup (requested);
  recent = chr_application_get_recent (settings);
  if (recent[0] != NULL)
    return g_strdup (recent[0]);
  return chr_database_get_default_path ();
}
