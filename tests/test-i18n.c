/* test-i18n.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window in another language: run with LANGUAGE and LC_ALL set to
 * Ukrainian or German and CHRONICLE_LOCALEDIR at the build tree's po/ folder.
 * The expected words are written here, not looked up in the catalogue, so a
 * missing or untranslated catalogue fails.
 */
#define G_LOG_DOMAIN "test-i18n"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "chr-event-panel-private.h"
#include "chr-export-dialog.h"
#include "chr-timeline-view-private.h"
#include "gui-fixture.h"

typedef struct
{
  const char *language;
  const char *import_label;     /* the header bar's Import button */
  const char *import_tooltip;
  const char *menu_tooltip;     /* the main menu button */
  const char *march;            /* on the axis from December 2021 to June 2022 */
  const char *panel_date;       /* the panel, on the invasion of 24 February 2022 */
  const char *card_month;       /* its card, to the month */
  const char *card_day;         /* its card, to the day */
} Expected;

static const Expected expectations[] = {
  { "uk", "_Імпортувати", "Імпортувати статті (Ctrl+I)", "Головне меню", "бер", "четвер, 24 лютого 2022",
    ">лютий 2022<", ">24 лют 2022<" },
  { "de", "_Importieren", "Artikel importieren (Strg+I)", "Hauptmenü", "Mär", "Donnerstag, 24. Februar 2022",
    ">Februar 2022<", ">24. Feb 2022<" },
};

static const Expected *expected;

static gboolean
settled (WindowFixture *f,
         gconstpointer  data)
{
  return chr_timeline_view_is_settled (chr_window_get_timeline (f->window));
}

static void
test_window_translated (WindowFixture *f,
                        gconstpointer  data)
{
  GtkWidget *content, *menu_button;

  /* The first button content is the header bar's Import button's. */
  content = find_descendant (GTK_WIDGET (f->window), ADW_TYPE_BUTTON_CONTENT);
  g_assert_nonnull (content);
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (content)), ==, expected->import_label);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_parent (content)), ==, expected->import_tooltip);
  menu_button = find_descendant (GTK_WIDGET (f->window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, expected->menu_tooltip);
}

static void
test_axis_months (WindowFixture *f,
                  gconstpointer  data)
{
  ChrTimelineView *timeline = chr_window_get_timeline (f->window);
  g_autoptr(GDateTime) begin = g_date_time_new_utc (2021, 12, 1, 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2022, 6, 1, 0, 0, 0);
  ChrTimeSpan span = { g_date_time_to_unix (begin), g_date_time_to_unix (end) };
  g_autofree char *axis = NULL;

  chr_session_set_visible (SESSION (f->window), &span);
  g_assert_true (wait_for (f, settled, NULL));
  axis = chr_timeline_view_get_axis_text (timeline);
  g_test_message ("axis: %s", axis);
  g_assert_nonnull (strstr (axis, expected->march));
}

static void
test_panel_date (WindowFixture *f,
                 gconstpointer  data)
{
  ChrEventPanel *panel = chr_window_get_event_panel (f->window);
  gint64 id = find_event_id (DATABASE (f->window), "2022-02-24");

  g_assert_cmpint (id, >, 0);
  chr_session_set_selected (SESSION (f->window), id);
  g_assert_true (wait_for (f, panel_shows_event, NULL));
  g_assert_cmpstr (chr_event_panel_get_date_text (panel), ==, expected->panel_date);
}

static gboolean
export_dialog_shown (WindowFixture *f,
                     gconstpointer  data)
{
  return find_toplevel (CHR_TYPE_EXPORT_DIALOG) != NULL;
}

static gboolean
file_written (WindowFixture *f,
              gconstpointer  data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS) && !export_dialog_shown (f, NULL);
}

/* An SVG from the Export dialog says dates as the window does: in the
 * language, and as precisely as the preferences ask. */
static void
test_export_dates (WindowFixture *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) begin = g_date_time_new_utc (2021, 12, 1, 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2022, 6, 1, 0, 0, 0);
  ChrTimeSpan span = { g_date_time_to_unix (begin), g_date_time_to_unix (end) };
  g_autofree char *path = g_build_filename (f->dir, "timeline.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *svg = NULL;
  GtkWidget *dialog;

  chr_session_set_date_precision (SESSION (f->window), CHR_GRANULARITY_MONTH);
  chr_session_set_visible (SESSION (f->window), &span);
  g_assert_true (wait_for (f, settled, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL);
  g_assert_true (wait_for (f, export_dialog_shown, NULL));
  dialog = GTK_WIDGET (find_toplevel (CHR_TYPE_EXPORT_DIALOG));
  /* The first choice is the format's: SVG; what is the current view. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_descendant (dialog, ADW_TYPE_COMBO_ROW)), 1);
  chr_export_dialog_export_to (CHR_EXPORT_DIALOG (dialog), file);
  g_assert_true (wait_for (f, file_written, path));
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, expected->march));
  g_assert_nonnull (strstr (svg, expected->card_month));
  g_assert_null (strstr (svg, expected->card_day));
}

int
main (int    argc,
      char **argv)
{
  const char *language = g_getenv ("LANGUAGE");
  const char *localedir = g_getenv ("CHRONICLE_LOCALEDIR");
  int status;

  /* Month and day names come from the C library, so the locale must exist. */
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The locale %s is not installed (Debian: the locales-all package)", g_getenv ("LC_ALL"));
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (g_strcmp0 (expectations[i].language, language) == 0)
      expected = &expectations[i];
  if (expected == NULL)
    g_error ("No expectations for LANGUAGE=%s", language);

  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/i18n/window", WindowFixture, NULL, window_set_up, test_window_translated, window_tear_down);
  g_test_add ("/gui/i18n/axis-months", WindowFixture, NULL, window_set_up, test_axis_months, window_tear_down);
  g_test_add ("/gui/i18n/panel-date", WindowFixture, NULL, window_set_up, test_panel_date, window_tear_down);
  g_test_add ("/gui/i18n/export-dates", WindowFixture, NULL, window_set_up, test_export_dates, window_tear_down);

  status = g_test_run ();
  g_clear_object (&test_app);
  return status;
}
