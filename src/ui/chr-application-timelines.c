/* chr-application-timelines.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-application"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "chr-application-private.h"
#include "chr-database.h"
#include "chr-startup-report.h"
#include "chr-window-private.h"

/* Several timelines, one window each: New Timeline, Open Timeline and the
 * recent timelines (the `recent-timelines` key) of the main menu. Opening a
 * timeline that has a window presents that window. */

/* How many timelines the Open Recent menu lists. */
#define MAX_RECENT 8

/* The file ending of a timeline, as in chr_database_get_default_path(). */
#define TIMELINE_SUFFIX ".db"

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) file_a = NULL;
  g_autoptr(GFile) file_b = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  file_a = g_file_new_for_path (a);
  file_b = g_file_new_for_path (b);
  return g_file_equal (file_a, file_b);
}

static ChrWindow *
find_window (ChrApplication *self,
             const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (CHR_IS_WINDOW (l->data) && same_file (chr_window_get_db_path (l->data), path))
        return l->data;
    }
  return NULL;
}

static void
update_recent_menu (ChrApplication *self)
{
  g_auto(GStrv) recent = chr_application_get_recent (self->settings);
  guint n_items = g_menu_model_get_n_items (G_MENU_MODEL (self->timelines_menu));

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = chr_application_get_timeline_name (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_menu, item);
    }

  /* Open Recent is there only when there is something to list. */
  if (recent[0] == NULL && n_items > 2)
    g_menu_remove (self->timelines_menu, 2);
  else if (recent[0] != NULL && n_items == 2)
    g_menu_append_submenu (self->timelines_menu, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
}

/* Where a new timeline is saved unless the person chooses elsewhere. */
static GFile *
default_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_build_filename (g_get_user_data_dir (), "chronicle", NULL);
}

static void
show_error (ChrApplication *self,
            const GError   *error)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CHR_IS_WINDOW (window))
    _chr_window_toast (CHR_WINDOW (window), error->message);
  else
    g_warning ("%s", error->message);
}

static void
on_new_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    ChrApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *basename = g_file_get_basename (file);
      g_autoptr(GError) error = NULL;

      /* "Crimea" becomes "Crimea.db", unless that would replace a file nobody confirmed replacing. */
      if (path != NULL && strchr (basename, '.') == NULL)
        {
          g_autofree char *with_suffix = g_strconcat (path, TIMELINE_SUFFIX, NULL);

          if (!g_file_test (with_suffix, G_FILE_TEST_EXISTS))
            {
              g_free (path);
              path = g_steal_pointer (&with_suffix);
            }
        }
      if (path == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("A timeline must be saved in a local folder"));
      else
        chr_application_new_timeline (self, path, &error);
      if (error != NULL)
        show_error (self, error);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_application_release (G_APPLICATION (self));
}

static void
new_timeline_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  ChrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GFile) folder = default_folder ();
  g_autofree char *name = g_strconcat (_("Untitled Timeline"), TIMELINE_SUFFIX, NULL);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("New Timeline"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Create"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_file_make_directory_with_parents (folder, NULL, NULL);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  /* The application stays while the dialog is open, even with no window. */
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     ChrApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        chr_application_open_timeline (self, path);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_application_release (G_APPLICATION (self));
}

static void
open_timeline_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ChrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GtkFileFilter) timelines = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Timeline"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (timelines, _("Timelines"));
  gtk_file_filter_add_suffix (timelines, TIMELINE_SUFFIX + 1);
  gtk_file_filter_add_mime_type (timelines, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (timelines, "application/x-sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), timelines);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ChrApplication *self = user_data;
  const char *path = g_variant_get_string (parameter, NULL);

  /* A timeline moved or deleted since the menu was made is not made again, empty. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = chr_application_get_timeline_name (path);
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                             _("The timeline “%s” is no longer there"), name);

      show_error (self, error);
      update_recent_menu (self);
      return;
    }
  chr_application_open_timeline (self, path);
}

/* Adds the timeline actions and the menu every window shows them in. */
void
_chr_application_init_timelines (ChrApplication *self)
{
  static const GActionEntry actions[] = {
    { "new-timeline", new_timeline_action },
    { "open-timeline", open_timeline_action },
    { "open-recent", open_recent_action, "s" },
  };
  g_autoptr(GMenuItem) new_item = g_menu_item_new (_("_New Timeline"), "app.new-timeline");
  g_autoptr(GMenuItem) open_item = g_menu_item_new (_("_Open Timeline…"), "app.open-timeline");

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);

  self->timelines_menu = g_menu_new ();
  self->recent_menu = g_menu_new ();
  g_menu_append_item (self->timelines_menu, new_item);
  g_menu_append_item (self->timelines_menu, open_item);
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::recent-timelines", G_CALLBACK (update_recent_menu), self,
                               G_CONNECT_SWAPPED);
      update_recent_menu (self);
    }
}

/**
 * chr_application_open_timeline:
 * @self: a #ChrApplication
 * @path: a timeline file; created if it is not there
 *
 * Presents the window of the timeline in @path, opening one if it has
 * none. A timeline that opens becomes the first of the recent ones and
 * the one the next start reopens.
 *
 * Returns: (transfer none): the timeline's window
 */
ChrWindow *
chr_application_open_timeline (ChrApplication *self,
                               const char     *path)
{
  ChrWindow *window;
  gboolean listed = FALSE;

  g_return_val_if_fail (CHR_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if ((window = find_window (self, path)) == NULL)
    {
      window = chr_window_new (ADW_APPLICATION (self), path);
      /* chronicle-bench render --startup measures the app this way. */
      if (g_getenv ("CHRONICLE_REPORT_STARTUP") != NULL)
        chr_startup_report_watch (window);
    }

  /* Only a timeline that opened is worth reopening. */
  if (chr_session_get_database (chr_window_get_session (window)) != NULL)
    listed = chr_application_add_recent (self->settings, path);
  /* The menu drops the timelines that are gone; a change of the list
   * rebuilds it already. */
  if (self->settings != NULL && !listed)
    update_recent_menu (self);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * chr_application_new_timeline:
 * @self: a #ChrApplication
 * @path: where to keep the new timeline
 * @error: return location for a #GError
 *
 * Starts an empty timeline in @path, replacing a file that is there (the
 * file chooser has asked), and opens its window. A timeline open in a
 * window is not replaced.
 *
 * Returns: (transfer none) (nullable): the new timeline's window, or %NULL
 */
ChrWindow *
chr_application_new_timeline (ChrApplication  *self,
                              const char      *path,
                              GError         **error)
{
  static const char * const companions[] = { "-wal", "-shm", "-journal" };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CHR_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (find_window (self, path) != NULL)
    {
      g_autofree char *name = chr_application_get_timeline_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   _("“%s” is open in a window; choose another name for the new timeline"), name);
      return NULL;
    }

  file = g_file_new_for_path (path);
  if (!g_file_delete (file, NULL, &local_error) && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (path, companions[i], NULL);

      g_remove (companion);
    }
  return chr_application_open_timeline (self, path);
}

/**
 * chr_application_get_timelines_menu:
 * @self: a #ChrApplication
 *
 * Returns: (transfer none): New Timeline, Open Timeline and Open Recent
 */
GMenuModel *
chr_application_get_timelines_menu (ChrApplication *self)
{
  g_return_val_if_fail (CHR_IS_APPLICATION (self), NULL);

  return G_MENU_MODEL (self->timelines_menu);
}

/**
 * chr_application_get_recent:
 * @settings: (nullable): Chronicle's settings
 *
 * The recent timelines that are still there, the most recent first.
 *
 * Returns: (transfer full): file names
 */
char **
chr_application_get_recent (GSettings *settings)
{
  g_auto(GStrv) stored = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings != NULL)
    stored = g_settings_get_strv (settings, "recent-timelines");
  for (guint i = 0; stored != NULL && stored[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_file_test (stored[i], G_FILE_TEST_IS_REGULAR))
        {
          g_strv_builder_add (builder, stored[i]);
          n++;
        }
    }
  return g_strv_builder_end (builder);
}

/**
 * chr_application_add_recent:
 * @settings: (nullable): Chronicle's settings
 * @path: a timeline that was opened
 *
 * Puts @path first among the recent timelines; the list keeps the most
 * recent few that are still there.
 *
 * Returns: whether the list changed
 */
gboolean
chr_application_add_recent (GSettings  *settings,
                            const char *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The settings hold text: a name that is not UTF-8 is not listed. */
  if (settings == NULL || !g_utf8_validate (path, -1, NULL))
    return FALSE;

  recent = chr_application_get_recent (settings);
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    {
      if (!same_file (recent[i], path))
        {
          g_strv_builder_add (builder, recent[i]);
          n++;
        }
    }
  updated = g_strv_builder_end (builder);
  if (g_strv_equal ((const char * const *) recent, (const char * const *) updated))
    return FALSE;
  g_settings_set_strv (settings, "recent-timelines", (const char * const *) updated);
  return TRUE;
}

/**
 * chr_application_get_timeline_name:
 * @path: a timeline file
 *
 * What people call a timeline: its file's name without the ending; the
 * default timeline is "Timeline".
 *
 * Returns: (transfer full): a name to show
 */
char *
chr_application_get_timeline_name (const char *path)
{
  g_autofree char *default_path = chr_database_get_default_path ();
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  char *dot;

  g_return_val_if_fail (path != NULL, NULL);

  if (same_file (path, default_path))
    return g_strdup (_("Timeline"));

  basename = g_path_get_basename (path);
  display = g_filename_display_name (basename);
  /* "Crimea.db" is "Crimea"; ".db" stays ".db". */
  if ((dot = strrchr (display, '.')) != NULL && dot != display)
    *dot = '\0';
  return g_steal_pointer (&display);
}
