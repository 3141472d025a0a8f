/* test-help.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The help a person finds in the menu: the shortcuts window lists every
 * accelerator the application has, and only real ones; the About window
 * says who made Chronicle, under which licence, and which version it is;
 * the built-in help window shows every page of the user guide.
 */
#define G_LOG_DOMAIN "test-help"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "chr-application.h"
#include "chr-help-window.h"
#include "gui-fixture.h"

/* One line of the shortcuts window. */
typedef struct
{
  char       *title;
  char       *action;            /* nullable: a key a widget handles itself */
  GHashTable *accels;            /* normalized accelerator → itself */
} Line;

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->title);
  g_free (line->action);
  g_hash_table_unref (line->accels);
  g_free (line);
}

/* "<Primary>z" and "<Control>z" are the same keys: compare what GTK makes of them. */
static char *
normalize (const char *accel)
{
  GdkModifierType mods;
  guint keyval;

  if (!gtk_accelerator_parse (accel, &keyval, &mods))
    return NULL;
  return gtk_accelerator_name (keyval, mods);
}

static GHashTable *
accel_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static char *
describe_set (GHashTable *set)
{
  g_autofree const char **keys = (const char **) g_hash_table_get_keys_as_array (set, NULL);

  return g_strjoinv (" ", (char **) keys);
}

static gboolean
same_set (GHashTable *a,
          GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b, key))
      return FALSE;
  return TRUE;
}

static void
collect_lines (GtkWidget *widget,
               GPtrArray *lines)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) parts = NULL;
      GtkShortcutType type;
      Line *line = g_new0 (Line, 1);

      g_object_get (widget, "title", &line->title, "action-name", &line->action, "accelerator", &accelerator,
                    "shortcut-type", &type, NULL);
      line->accels = accel_set ();
      if (type == GTK_SHORTCUT_ACCELERATOR && accelerator != NULL)
        {
          parts = g_strsplit (accelerator, " ", -1);
          for (guint i = 0; parts[i] != NULL; i++)
            {
              char *name;

              if (*parts[i] == '\0')
                continue;
              name = normalize (parts[i]);
              if (name == NULL)
                g_error ("“%s”: “%s” is not an accelerator", line->title, parts[i]);
              g_hash_table_add (line->accels, name);
            }
        }
      else
        g_assert_null (line->action);
      g_ptr_array_add (lines, line);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_lines (child, lines);
}

/* Each line of the shortcuts window, as the resource has it. */
static GPtrArray *
read_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/chronicle/Chronicle/gtk/help-overlay.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  GPtrArray *lines = g_ptr_array_new_with_free_func (line_free);

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));
  collect_lines (GTK_WIDGET (window), lines);
  gtk_window_destroy (window);
  return lines;
}

/* Every action the application gives an accelerator is in the window
 * with exactly its accelerators; every line that names an action shows
 * that action's accelerators; and a key a widget handles itself (listed
 * with no action) is not one of the application's accelerators, which
 * would then need its action named. Read from the application as it runs,
 * so the test follows the accelerators wherever they are set. */
static void
test_shortcuts_complete (void)
{
  g_autoptr(GPtrArray) lines = read_shortcuts_window ();
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (test_app));
  g_autoptr(GHashTable) all_accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) by_action = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_hash_table_unref);
  guint n_with_accels = 0;

  g_assert_cmpuint (lines->len, >, 0);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (test_app), actions[i]);
      GHashTable *set = accel_set ();

      for (guint j = 0; accels[j] != NULL; j++)
        {
          char *name = normalize (accels[j]);

          g_assert_nonnull (name);
          g_hash_table_add (set, g_strdup (name));
          g_hash_table_insert (all_accels, name, g_strdup (actions[i]));
        }
      if (g_hash_table_size (set) > 0)
        n_with_accels++;
      g_hash_table_insert (by_action, g_strdup (actions[i]), set);
    }
  g_assert_cmpuint (n_with_accels, >, 0);

  /* Every accelerator of the application is in the window. */
  for (guint i = 0; actions[i] != NULL; i++)
    {
      GHashTable *app_set = g_hash_table_lookup (by_action, actions[i]);
      gboolean listed = FALSE;

      if (g_hash_table_size (app_set) == 0)
        continue;
      for (guint j = 0; j < lines->len; j++)
        {
          Line *line = g_ptr_array_index (lines, j);
          g_autofree char *shown = NULL;
          g_autofree char *registered = NULL;

          if (g_strcmp0 (line->action, actions[i]) != 0)
            continue;
          listed = TRUE;
          shown = describe_set (line->accels);
          registered = describe_set (app_set);
          if (!same_set (line->accels, app_set))
            g_error ("“%s” shows %s for %s, which has %s", line->title, shown, actions[i], registered);
        }
      if (!listed)
        {
          g_autofree char *registered = describe_set (app_set);

          g_error ("%s (%s) is not in the shortcuts window", actions[i], registered);
        }
    }

  /* Every line of the window is a real accelerator, or a key of a widget's own. */
  for (guint j = 0; j < lines->len; j++)
    {
      Line *line = g_ptr_array_index (lines, j);
      GHashTableIter iter;
      gpointer accel;

      g_assert_nonnull (line->title);
      g_assert_cmpstr (line->title, !=, "");
      if (line->action != NULL)
        {
          GHashTable *app_set = g_hash_table_lookup (by_action, line->action);

          if (app_set == NULL || g_hash_table_size (app_set) == 0)
            g_error ("“%s” names %s, which has no accelerator", line->title, line->action);
          continue;
        }
      g_hash_table_iter_init (&iter, line->accels);
      while (g_hash_table_iter_next (&iter, &accel, NULL))
        if (g_hash_table_contains (all_accels, accel))
          g_error ("“%s” lists %s, the accelerator of %s, without naming the action", line->title,
                   (const char *) accel, (const char *) g_hash_table_lookup (all_accels, accel));
    }
}

static void
test_about (WindowFixture *f,
            gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  AdwAboutWindow *about;
  GtkWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  while ((window = find_toplevel (ADW_TYPE_ABOUT_WINDOW)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  about = ADW_ABOUT_WINDOW (window);

  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (f->window));
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_release_notes (about), !=, "");
  g_assert_true (g_str_has_prefix (adw_about_window_get_website (about), "https://"));
  g_assert_true (g_str_has_prefix (adw_about_window_get_issue_url (about), "https://"));
  g_assert_nonnull (adw_about_window_get_copyright (about));
  g_assert_nonnull (adw_about_window_get_developers (about));
  g_assert_true (strstr (adw_about_window_get_developers (about)[0], PACKAGE_WEBSITE) != NULL);
  g_assert_nonnull (adw_about_window_get_translator_credits (about));
  gtk_window_destroy (window);
}

/* Whether a label under @widget says @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* The <title> of a Mallard page in the help resources. */
static char *
page_title (const char *name)
{
  g_autofree char *path = g_strconcat ("/org/chronicle/Chronicle/help/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("<title>([^<]*)</title>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_nonnull (bytes);
  g_assert_true (g_regex_match (regex, g_bytes_get_data (bytes, NULL), 0, &match));
  return g_match_info_fetch (match, 1);
}

/* Every page of the guide is in the window shown where Yelp is missing. */
static void
test_builtin_pages (WindowFixture *f,
                    gconstpointer  data)
{
  g_auto(GStrv) pages = g_resources_enumerate_children ("/org/chronicle/Chronicle/help/", 0, NULL);
  ChrHelpWindow *help = chr_help_window_new (GTK_APPLICATION (f->app), GTK_WINDOW (f->window));

  g_assert_nonnull (pages);
  g_assert_cmpuint (g_strv_length (pages), >=, 8);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autofree char *title = page_title (pages[i]);

      if (!shows_label (GTK_WIDGET (help), title))
        g_error ("the help window does not show %s (“%s”)", pages[i], title);
    }
  gtk_window_destroy (GTK_WINDOW (help));
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/gui/help/shortcuts-complete", test_shortcuts_complete);
  g_test_add ("/gui/help/about", WindowFixture, NULL, window_set_up, test_about, window_tear_down);
  g_test_add ("/gui/help/builtin-pages", WindowFixture, NULL, window_set_up, test_builtin_pages, window_tear_down);

  return g_test_run ();
}
