/* test-import-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-import-window"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gui-fixture.h"

/* Imports from the window: the bar that shows how far one is, its Cancel,
 * and the report of what was refused. */

static void
write_articles (WindowFixture *f,
                const char    *folder,
                guint          n)
{
  g_autofree char *dir = g_build_filename (f->dir, folder, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("story-%04u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = g_strdup_printf ("Story %u\n\nThe council met on %u March 2026 in town %u.\n",
                                               i, i % 28 + 1, i);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
}

static GtkWidget *
import_bar (WindowFixture *f)
{
  return find_descendant (GTK_WIDGET (f->window), CHR_TYPE_IMPORT_BAR);
}

static gboolean
bar_shown (WindowFixture *f,
           gconstpointer  data)
{
  GtkWidget *revealer = gtk_widget_get_first_child (import_bar (f));

  return gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)) == GPOINTER_TO_INT (data);
}

static gboolean
finished (WindowFixture *f,
          gconstpointer  data)
{
  return !chr_import_bar_is_busy (CHR_IMPORT_BAR (import_bar (f))) && idle (f, NULL);
}

/* An import cancelled from its bar leaves the timeline as it was. */
static void
test_cancel (WindowFixture *f,
             gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "many", NULL);
  const char * const paths[] = { folder, NULL };
  ChrSession *session = SESSION (f->window);
  guint n_articles = chr_session_get_n_articles (session);
  guint n_events = chr_session_get_n_events (session);
  GtkWidget *cancel;

  write_articles (f, "many", 400);
  cancel = find_button_labelled (import_bar (f), "_Cancel");
  g_assert_nonnull (cancel);
  chr_window_import (f->window, paths);
  g_assert_true (chr_import_bar_is_busy (CHR_IMPORT_BAR (import_bar (f))));
  /* As a click does, at once (activation waits for the press to show). */
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_true (wait_for (f, finished, NULL));
  g_assert_cmpuint (chr_session_get_n_articles (session), ==, n_articles);
  g_assert_cmpuint (chr_session_get_n_events (session), ==, n_events);
  g_assert_cmpint (chr_database_count (DATABASE (f->window), "articles"), ==, n_articles);
  g_assert_true (wait_for (f, bar_shown, GINT_TO_POINTER (FALSE)));

  /* The same import, not cancelled, goes in whole, and the bar shows while it runs. */
  chr_window_import (f->window, paths);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_first_child (import_bar (f)))));
  g_assert_true (wait_for (f, finished, NULL));
  g_assert_cmpuint (chr_session_get_n_articles (session), ==, n_articles + 400);
}

static gboolean
details_offered (WindowFixture *f,
                 gconstpointer  data)
{
  return find_button_labelled (GTK_WIDGET (f->window), "_Details") != NULL;
}

static gboolean
report_shown (WindowFixture *f,
              gconstpointer  data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* A label of @root, or of its descendants, that contains @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* Files that cannot be imported are named in a report, with why. */
static void
test_report (WindowFixture *f,
             gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "mixed", NULL);
  g_autofree char *empty = g_build_filename (folder, "empty.txt", NULL);
  const char * const paths[] = { folder, NULL };
  GtkWindow *dialog;

  write_articles (f, "mixed", 2);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  chr_window_import (f->window, paths);
  g_assert_true (wait_for (f, finished, NULL));
  g_assert_true (wait_for (f, details_offered, NULL));
  gtk_widget_activate (find_button_labelled (GTK_WIDGET (f->window), "_Details"));
  g_assert_true (wait_for (f, report_shown, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (shows_text (GTK_WIDGET (dialog), "2 articles added"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "empty.txt"));
  gtk_window_destroy (dialog);
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/import/cancel", WindowFixture, NULL, window_set_up, test_cancel, window_tear_down);
  g_test_add ("/gui/import/report", WindowFixture, NULL, window_set_up, test_report, window_tear_down);

  status = g_test_run ();
  g_clear_object (&test_app);
  return status;
}
