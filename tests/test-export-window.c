/* test-export-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-export-window"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "chr-export-dialog.h"
#include "chr-timeline-view-private.h"
#include "gui-fixture.h"

/* Export from the real window: what the timeline shows, the dialog, and
 * Ctrl+C. */

static gboolean
view_settled (WindowFixture *f,
              gconstpointer  data)
{
  return chr_timeline_view_is_settled (chr_window_get_timeline (f->window)) &&
         chr_timeline_view_get_n_cards (chr_window_get_timeline (f->window)) > 0;
}

/* What the widget draws, as pixels: its paintable, rendered as the window renders. */
static GdkTexture *
render_widget (WindowFixture *f,
               GtkWidget     *widget)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static guchar *
download (GdkTexture *texture,
          gsize      *stride)
{
  *stride = (gsize) gdk_texture_get_width (texture) * 4;
  guchar *pixels = g_malloc ((gsize) gdk_texture_get_height (texture) * *stride);

  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

static GdkTexture *
export_view_png (ChrTimelineView *view)
{
  ChrImageRequest request;
  g_autoptr (ChrImageExport) export = NULL;
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  GdkTexture *texture;

  chr_timeline_view_describe (view, &request);
  export = chr_image_export_new (&request, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (chr_image_export_write (export, out, NULL, &error));
  g_assert_true (g_output_stream_close (out, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  texture = gdk_texture_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return texture;
}

/* The exported PNG of the view is, pixel for pixel, what the widget draws. */
static void
test_png_equals_view (WindowFixture *f,
                      gconstpointer  data)
{
  ChrTimelineView *view = chr_window_get_timeline (f->window);
  g_autoptr (GdkTexture) drawn = NULL;
  g_autoptr (GdkTexture) exported = NULL;
  g_autofree guchar *drawn_pixels = NULL;
  g_autofree guchar *exported_pixels = NULL;
  gsize stride, exported_stride;
  guint differ = 0;

  g_assert_true (wait_for (f, view_settled, NULL));
  chr_session_set_selected (SESSION (f->window), -1);
  chr_session_set_hovered (SESSION (f->window), -1);
  g_assert_true (wait_for (f, view_settled, NULL));

  drawn = render_widget (f, GTK_WIDGET (view));
  exported = export_view_png (view);
  g_assert_cmpint (gdk_texture_get_width (exported), ==, gdk_texture_get_width (drawn));
  g_assert_cmpint (gdk_texture_get_height (exported), ==, gdk_texture_get_height (drawn));

  drawn_pixels = download (drawn, &stride);
  exported_pixels = download (exported, &exported_stride);
  for (gsize i = 0; i < stride * (gsize) gdk_texture_get_height (drawn); i++)
    if (drawn_pixels[i] != exported_pixels[i])
      {
        if (differ++ < 20)
          g_test_message ("at %" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT ": %u vs %u", (i % stride) / 4, i / stride,
                          drawn_pixels[i], exported_pixels[i]);
      }
  g_test_message ("%u of %" G_GSIZE_FORMAT " bytes differ", differ, stride * (gsize) gdk_texture_get_height (drawn));
  g_assert_cmpuint (differ, ==, 0);
}

static gboolean
dialog_shown (WindowFixture *f,
              gconstpointer  data)
{
  return find_toplevel (CHR_TYPE_EXPORT_DIALOG) != NULL;
}

static gboolean
dialog_gone (WindowFixture *f,
             gconstpointer  data)
{
  return find_toplevel (CHR_TYPE_EXPORT_DIALOG) == NULL;
}

static gboolean
file_written (WindowFixture *f,
              gconstpointer  data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS) && dialog_gone (f, NULL);
}

static GtkWidget *
find_named (GtkWidget  *root,
            GType       type,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_named (child, type, title)))
        return found;
    }
  return NULL;
}

static void
switch_on (GtkWidget  *dialog,
           const char *title)
{
  GtkWidget *row = find_named (dialog, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  gtk_switch_set_active (GTK_SWITCH (find_descendant (row, GTK_TYPE_SWITCH)), TRUE);
}

/* The preview is laid out, on a thread, for the options shown. */
static gboolean
preview_ready (WindowFixture *f,
               gconstpointer  data)
{
  return chr_export_dialog_get_preview (CHR_EXPORT_DIALOG ((gpointer) data)) != NULL;
}

/* Shift+Ctrl+E opens the dialog; a PDF with footnotes is written, the
 * dialog closes and a toast offers to open it. */
static void
test_dialog_pdf (WindowFixture *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "timeline.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;
  GtkWidget *dialog;
  AdwComboRow *format;
  ChrImageExport *preview;

  g_assert_true (wait_for (f, view_settled, NULL));
  key (f, "shift+ctrl+e");
  g_assert_true (wait_for (f, dialog_shown, NULL));
  dialog = GTK_WIDGET (find_toplevel (CHR_TYPE_EXPORT_DIALOG));

  format = ADW_COMBO_ROW (find_named (dialog, ADW_TYPE_COMBO_ROW, "_Format"));
  g_assert_nonnull (format);
  adw_combo_row_set_selected (format, 2);   /* PDF */
  switch_on (dialog, "_Sources as Footnotes");
  g_assert_true (wait_for (f, preview_ready, dialog));
  preview = chr_export_dialog_get_preview (CHR_EXPORT_DIALOG (dialog));
  /* The footnotes make the one page taller than the timeline. */
  {
    double width, height;
    chr_image_export_get_page_size (preview, &width, &height);
    g_assert_cmpfloat (height, >, gtk_widget_get_height (GTK_WIDGET (chr_window_get_timeline (f->window))) + 100);
  }

  chr_export_dialog_export_to (CHR_EXPORT_DIALOG (dialog), file);
  g_assert_true (wait_for (f, file_written, path));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

/* The preview follows the date preferences while the dialog is open. */
static void
test_dialog_follows_dates (WindowFixture *f,
                           gconstpointer  data)
{
  GtkWidget *dialog;

  g_assert_true (wait_for (f, view_settled, NULL));
  key (f, "shift+ctrl+e");
  g_assert_true (wait_for (f, dialog_shown, NULL));
  dialog = GTK_WIDGET (find_toplevel (CHR_TYPE_EXPORT_DIALOG));
  g_assert_true (wait_for (f, preview_ready, dialog));

  chr_session_set_date_precision (SESSION (f->window), CHR_GRANULARITY_YEAR);
  g_assert_null (chr_export_dialog_get_preview (CHR_EXPORT_DIALOG (dialog)));
  g_assert_true (wait_for (f, preview_ready, dialog));

  /* The other of Monday and Sunday, whichever it was. */
  chr_session_set_week_start (SESSION (f->window), chr_session_get_week_start (SESSION (f->window)) == 1 ? 7 : 1);
  g_assert_null (chr_export_dialog_get_preview (CHR_EXPORT_DIALOG (dialog)));
  g_assert_true (wait_for (f, preview_ready, dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
export_over (WindowFixture *f,
             gconstpointer  data)
{
  return !chr_export_dialog_get_busy (CHR_EXPORT_DIALOG ((gpointer) data));
}

/* Cancel during an export: nothing is written, the dialog says so and stays. */
static void
test_dialog_cancel (WindowFixture *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "long.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;
  GtkWidget *pages;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL);
  g_assert_true (wait_for (f, dialog_shown, NULL));
  dialog = GTK_WIDGET (find_toplevel (CHR_TYPE_EXPORT_DIALOG));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (dialog, ADW_TYPE_COMBO_ROW, "_Format")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (dialog, ADW_TYPE_COMBO_ROW, "_Pages")), 1);
  pages = find_named (dialog, ADW_TYPE_ACTION_ROW, "Spread _Across");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_descendant (pages, GTK_TYPE_SPIN_BUTTON)), 100);
  switch_on (dialog, "_Sources as Footnotes");

  chr_export_dialog_export_to (CHR_EXPORT_DIALOG (dialog), file);
  g_assert_true (chr_export_dialog_get_busy (CHR_EXPORT_DIALOG (dialog)));
  gtk_widget_activate_action (dialog, "export.cancel", NULL);
  g_assert_true (wait_for (f, export_over, dialog));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (dialog_shown (f, NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
pointer_cleared (WindowFixture *f,
                 gconstpointer  data)
{
  return *(gpointer const *) data == NULL;
}

/* Closing the dialog during an export stops it: no file. */
static void
test_dialog_close_busy (WindowFixture *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "closed.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;
  gpointer alive;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL);
  g_assert_true (wait_for (f, dialog_shown, NULL));
  dialog = GTK_WIDGET (find_toplevel (CHR_TYPE_EXPORT_DIALOG));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (dialog, ADW_TYPE_COMBO_ROW, "_Format")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (dialog, ADW_TYPE_COMBO_ROW, "_Pages")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_descendant (find_named (dialog, ADW_TYPE_ACTION_ROW,
                                                                           "Spread _Across"),
                                                               GTK_TYPE_SPIN_BUTTON)), 100);
  switch_on (dialog, "_Sources as Footnotes");

  chr_export_dialog_export_to (CHR_EXPORT_DIALOG (dialog), file);
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* The task lets go of the dialog when it has stopped. */
  g_assert_true (wait_for (f, pointer_cleared, &alive));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static gboolean
clipboard_filled (WindowFixture *f,
                  gconstpointer  data)
{
  return gdk_clipboard_get_content (GDK_CLIPBOARD ((gpointer) data)) != NULL;
}

/* Ctrl+C on the timeline: the view, as a picture, on the clipboard. */
static void
test_copy_view (WindowFixture *f,
                gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (chr_window_get_timeline (f->window));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (view);
  g_auto (GValue) value = G_VALUE_INIT;
  g_autoptr (GError) error = NULL;
  GdkTexture *texture;

  g_assert_true (wait_for (f, view_settled, NULL));
  gtk_widget_grab_focus (view);
  key (f, "ctrl+c");
  g_assert_true (wait_for (f, clipboard_filled, clipboard));
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value, &error));
  g_assert_no_error (error);
  texture = g_value_get_object (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (view));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, gtk_widget_get_height (view));
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/export/png-equals-view", WindowFixture, NULL, window_set_up, test_png_equals_view,
              window_tear_down);
  g_test_add ("/gui/export/dialog-pdf", WindowFixture, NULL, window_set_up, test_dialog_pdf, window_tear_down);
  g_test_add ("/gui/export/dialog-follows-dates", WindowFixture, NULL, window_set_up, test_dialog_follows_dates,
              window_tear_down);
  g_test_add ("/gui/export/dialog-cancel", WindowFixture, NULL, window_set_up, test_dialog_cancel,
              window_tear_down);
  g_test_add ("/gui/export/dialog-close-busy", WindowFixture, NULL, window_set_up, test_dialog_close_busy,
              window_tear_down);
  g_test_add ("/gui/export/copy-view", WindowFixture, NULL, window_set_up, test_copy_view, window_tear_down);

  status = g_test_run ();
  g_clear_object (&test_app);
  return status;
}
