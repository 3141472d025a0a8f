/* test-window-faults.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window-faults"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "chr-database-private.h"
#include "chr-importer.h"
#include "gui-fixture.h"

/* The window when the timeline's file is busy or full: it says so, keeps
 * showing what it showed, and works again once the fault is gone. The
 * file's name has what markup would misread, as people's file names may. */

#define BUSY_TIMEOUT_MS 300

typedef struct
{
  guint  n_events;
  guint  n_articles;
  gint64 event_id;
  char  *label;
} Shown;

static void
shown_clear (Shown *shown)
{
  g_clear_pointer (&shown->label, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Shown, shown_clear)

/* What the window shows: how many events and articles, and one event's title. */
static void
get_shown (WindowFixture *f,
           gint64         event_id,
           Shown         *shown)
{
  ChrSession *session = SESSION (f->window);
  ChrTimelineIndex *index = chr_session_get_index (session);
  int position = chr_timeline_index_find (index, event_id);

  g_assert_cmpint (position, >=, 0);
  shown->n_events = chr_session_get_n_events (session);
  shown->n_articles = chr_session_get_n_articles (session);
  shown->event_id = event_id;
  g_free (shown->label);
  shown->label = g_strdup (chr_timeline_index_get_item (index, (guint) position)->label);
}

static void
assert_shows (WindowFixture *f,
              const Shown   *expected)
{
  g_auto(Shown) now = { 0 };

  get_shown (f, expected->event_id, &now);
  g_assert_cmpuint (now.n_events, ==, expected->n_events);
  g_assert_cmpuint (now.n_articles, ==, expected->n_articles);
  g_assert_cmpstr (now.label, ==, expected->label);
  g_assert_true (wait_for (f, event_drawn, &expected->event_id));
}

static GtkWidget *
find_label_saying (GtkWidget  *root,
                   const char *words)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), words) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_saying (child, words);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A toast on screen says the words, and names the file as it is called. */
static gboolean
toast_says (WindowFixture *f,
            gconstpointer  data)
{
  GtkWidget *label = find_label_saying (GTK_WIDGET (f->window->toast_overlay), data);

  return label != NULL && strstr (gtk_label_get_text (GTK_LABEL (label)), f->db_path) != NULL;
}

static gboolean
n_articles_is (WindowFixture *f,
               gconstpointer  data)
{
  return idle (f, NULL) && chr_session_get_n_articles (SESSION (f->window)) == GPOINTER_TO_UINT (data);
}

static gboolean
edited (WindowFixture *f,
        gconstpointer  data)
{
  return idle (f, NULL) && chr_session_get_undo_kind (SESSION (f->window)) != NULL;
}

/* The window of the fixture on a timeline file whose name has "&" and "<". */
static void
fault_window_set_up (WindowFixture *f,
                     gconstpointer  data)
{
  window_set_up_named (f, "Harbour & <Council> notes.db");
}

static void
fault_window_tear_down (WindowFixture *f,
                        gconstpointer  data)
{
  chr_database_set_test_busy_timeout (0);
  chr_database_set_test_max_page_count (0);
  window_tear_down (f, data);
}

static char *
write_article (WindowFixture *f,
               const char    *name,
               guint          n_sentences)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GString) text = g_string_new ("Moon landing remembered\nApollo 11 landed on the Moon on July 20, 1969. ");

  for (guint i = 0; i < n_sentences; i++)
    g_string_append_printf (text, "Crowds gathered on March %u, %u, to watch rehearsal %u. ", 1 + i % 28,
                            1960 + i % 10, i);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  return g_steal_pointer (&path);
}

/* Another program writes to the timeline for longer than the import
 * waits: the import says so and changes nothing; once the other program
 * is done, the same import goes in. */
static void
test_import_busy (WindowFixture *f,
                  gconstpointer  data)
{
  g_autofree char *path = write_article (f, "moon.txt", 0);
  const char * const paths[] = { path, NULL };
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  g_auto(Shown) before = { 0 };
  sqlite3 *other = NULL;

  g_assert_true (wait_for (f, event_drawn, &id));
  get_shown (f, id, &before);
  chr_database_set_test_busy_timeout (BUSY_TIMEOUT_MS);
  g_assert_cmpint (sqlite3_open (f->db_path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  chr_window_import (f->window, paths);
  g_assert_true (wait_for (f, toast_says,
                           "is busy: another program is writing to it. Try again when it is done."));
  g_assert_true (wait_for (f, idle, NULL));
  assert_shows (f, &before);
  g_assert_cmpint (find_event_id (DATABASE (f->window), "1969-07-20"), ==, -1);

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  chr_window_import (f->window, paths);
  g_assert_true (wait_for (f, n_articles_is, GUINT_TO_POINTER (before.n_articles + 1)));
  g_assert_cmpuint (chr_session_get_n_events (SESSION (f->window)), ==, before.n_events + 1);
  g_assert_cmpint (find_event_id (DATABASE (f->window), "1969-07-20"), >, 0);
}

/* The disk fills up during an import of two articles: the first, which
 * had room, is taken back with the second, and the window says why. */
static void
test_import_full (WindowFixture *f,
                  gconstpointer  data)
{
  g_autofree char *small = write_article (f, "a-moon.txt", 0);
  g_autofree char *large = write_article (f, "b-rehearsals.txt", 3000);
  const char * const paths[] = { small, large, NULL };
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  g_auto(Shown) before = { 0 };

  g_assert_true (wait_for (f, event_drawn, &id));
  get_shown (f, id, &before);
  chr_database_set_test_max_page_count (1);

  chr_window_import (f->window, paths);
  g_assert_true (wait_for (f, toast_says, "There is no space left on the disk for the timeline"));
  g_assert_true (wait_for (f, idle, NULL));
  assert_shows (f, &before);
  g_assert_cmpint (chr_database_count (DATABASE (f->window), "articles"), ==, before.n_articles);

  chr_database_set_test_max_page_count (0);
  chr_window_import (f->window, paths);
  g_assert_true (wait_for (f, n_articles_is, GUINT_TO_POINTER (before.n_articles + 2)));
  g_assert_cmpint (find_event_id (DATABASE (f->window), "1969-07-20"), >, 0);
}

/* An edit the disk has no room for: the timeline shows it at once, then
 * what the file holds again, with why; with room, the same edit stays. */
static void
test_edit_full (WindowFixture *f,
                gconstpointer  data)
{
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");
  g_autoptr(GString) note = g_string_new (NULL);
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_NOTE, .title = "The invasion" };
  g_auto(Shown) before = { 0 };
  g_auto(Shown) after = { 0 };

  g_assert_true (wait_for (f, event_drawn, &id));
  get_shown (f, id, &before);
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (note, "Minutes of meeting %u, read into the record. ", i);
  change.note = note->str;
  chr_database_set_test_max_page_count (1);

  chr_session_change_event (SESSION (f->window), id, &change);
  g_assert_true (wait_for (f, toast_says, "There is no space left on the disk for the timeline"));
  g_assert_true (wait_for (f, idle, NULL));
  assert_shows (f, &before);
  g_assert_null (chr_session_get_undo_kind (SESSION (f->window)));

  chr_database_set_test_max_page_count (0);
  chr_session_change_event (SESSION (f->window), id, &change);
  g_assert_true (wait_for (f, edited, NULL));
  get_shown (f, id, &after);
  g_assert_cmpstr (after.label, ==, "The invasion");
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/faults/import-busy", WindowFixture, NULL, fault_window_set_up, test_import_busy,
              fault_window_tear_down);
  g_test_add ("/gui/faults/import-full", WindowFixture, NULL, fault_window_set_up, test_import_full,
              fault_window_tear_down);
  g_test_add ("/gui/faults/edit-full", WindowFixture, NULL, fault_window_set_up, test_edit_full,
              fault_window_tear_down);

  status = g_test_run ();
  g_clear_object (&test_app);
  return status;
}
