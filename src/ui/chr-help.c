/* chr-help.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-help"

#include "config.h"

#include "chr-help.h"
#include "chr-help-window.h"

/* `app.help` (F1): the user guide in Yelp, as GNOME apps show theirs; where Yelp is
 * not installed (a Flatpak, a minimal system), the same pages in a window of our own. */

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = user_data;
  GtkWindow *parent = gtk_application_get_active_window (application);
  g_autofree char *yelp = g_find_program_in_path ("yelp");
  GList *windows;

  g_assert (GTK_IS_APPLICATION (application));

  if (yelp != NULL && g_getenv ("CHRONICLE_BUILTIN_HELP") == NULL)
    {
      gtk_show_uri (parent, "help:" GETTEXT_PACKAGE, GDK_CURRENT_TIME);
      return;
    }

  windows = gtk_application_get_windows (application);
  for (const GList *l = windows; l != NULL; l = l->next)
    {
      if (CHR_IS_HELP_WINDOW (l->data))
        {
          gtk_window_present (l->data);
          return;
        }
    }

  gtk_window_present (GTK_WINDOW (chr_help_window_new (application, parent)));
}

/**
 * chr_help_install_action:
 * @application: Chronicle
 *
 * Adds the `app.help` action and its accelerator, F1.
 */
void
chr_help_install_action (GtkApplication *application)
{
  static const GActionEntry actions[] = {
    { "help", help_action },
  };
  static const char *help_accels[] = { "F1", NULL };

  g_return_if_fail (GTK_IS_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), application);
  gtk_application_set_accels_for_action (application, "app.help", help_accels);
}
