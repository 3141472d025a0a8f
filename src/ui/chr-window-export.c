/* chr-window-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-window-export"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-export-dialog.h"
#include "chr-toast.h"
#include "chr-window-private.h"

/* The window's export actions: the Export dialog, the toast that opens
 * what it wrote, and Ctrl+C on the timeline, which copies the view as a
 * picture. */

static void
on_exported_cb (ChrWindow *self,
                GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = chr_toast_new (message);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  ChrImageRequest view;
  ChrExportDialog *dialog;

  if (chr_session_get_database (self->session) == NULL)
    return;
  chr_timeline_view_describe (self->timeline, &view);
  dialog = chr_export_dialog_new (GTK_WINDOW (self), self->session, &view);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_launched_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr (ChrWindow) self = data;
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    _chr_window_toast (self, error->message);
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL), NULL, NULL, on_launched_cb,
                                           g_object_ref (widget));
}

/* The view as pixels, drawn by the exporter as the screen draws it. */
static GdkTexture *
render_view (ChrTimelineView *view,
             GError         **error)
{
  ChrImageRequest request;
  g_autoptr (ChrImageExport) export = NULL;
  g_autoptr (GBytes) bytes = NULL;
  cairo_surface_t *surface;
  int width, height, stride;

  chr_timeline_view_describe (view, &request);
  if (!(export = chr_image_export_new (&request, NULL, error)))
    return NULL;
  surface = chr_image_export_render_page (export, 0, gtk_widget_get_scale_factor (GTK_WIDGET (view)));
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The view could not be drawn: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) stride * (gsize) height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, (gsize) stride);
}

static void
copy_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChrWindow *self = CHR_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkTexture) texture = render_view (self->timeline, &error);

  if (texture == NULL)
    {
      _chr_window_toast (self, error->message);
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  _chr_window_toast (self, _("Copied the view as a picture"));
}

void
_chr_window_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-view", NULL, copy_view_action);
}
