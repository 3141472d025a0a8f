/* chr-image-export-write.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-image-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>

#include "chr-export-file.h"
#include "chr-image-export-private.h"
#include "chr-svg-text.h"

/* Writing a laid-out export: pixels, SVG with its text, PDF page by page. */

/**
 * chr_image_export_render_page:
 * @self: a #ChrImageExport
 * @page: from 0
 * @scale: pixels per point
 *
 * The page as pixels, drawn as the screen draws the timeline: recorded,
 * then played back onto pixels, so that a picture of a view is the view.
 *
 * Returns: (transfer full): an image surface; check its status
 */
cairo_surface_t *
chr_image_export_render_page (ChrImageExport *self,
                              guint           page,
                              double          scale)
{
  cairo_rectangle_t extents = { 0, 0, self->page_width, self->page_height };
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (self->page_width * scale),
                                                         (int) ceil (self->page_height * scale));
  cairo_t *cr = cairo_create (recording);

  chr_image_export_draw_page (self, cr, page);
  cairo_destroy (cr);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);
  cairo_surface_flush (surface);
  return surface;
}

/* Cairo writes through this into a GIO stream; the first error is kept. */
typedef struct
{
  GOutputStream *out;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
write_to_stream (void                *data,
                 const unsigned char *bytes,
                 unsigned int         length)
{
  Sink *sink = data;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->out, bytes, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_to_string (void                *data,
                 const unsigned char *bytes,
                 unsigned int         length)
{
  g_string_append_len (data, (const char *) bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t status,
              Sink          *sink,
              GError       **error)
{
  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The picture could not be drawn: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_png (ChrImageExport *self,
           Sink           *sink,
           GError        **error)
{
  cairo_surface_t *surface = chr_image_export_render_page (self, 0, self->scale);
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, sink);
  cairo_surface_destroy (surface);
  return check_status (status, sink, error);
}

static void
set_text_sink (ChrImageExport *self,
               ChrSvgText     *text)
{
  chr_timeline_painter_set_text_sink (self->painter, text ? chr_svg_text_show : NULL, text);
  chr_export_sheet_set_text_sink (self->sheet, text ? chr_svg_text_show : NULL, text);
}

/* Cairo draws the shapes; the text goes in as <text> elements. */
static gboolean
write_svg (ChrImageExport *self,
           Sink           *sink,
           GError        **error)
{
  g_autoptr (GString) document = g_string_new (NULL);
  g_autoptr (ChrSvgText) text = chr_svg_text_new ();
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (write_to_string, document, self->page_width,
                                                                  self->page_height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  set_text_sink (self, text);
  chr_image_export_draw_page (self, cr, 0);
  set_text_sink (self, NULL);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_status (status, sink, error))
    return FALSE;
  if (!chr_svg_text_insert (text, document))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The picture could not be drawn"));
      return FALSE;
    }
  return g_output_stream_write_all (sink->out, document->str, document->len, NULL, sink->cancellable, error);
}

static gboolean
write_pdf (ChrImageExport *self,
           Sink           *sink,
           GError        **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_stream, sink, self->page_width,
                                                                  self->page_height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Chronicle " PACKAGE_VERSION);
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  for (guint i = 0; i < self->pages->len && sink->error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (sink->cancellable, &sink->error))
        break;
      chr_image_export_draw_page (self, cr, i);
      cairo_show_page (cr);
      if (self->progress != NULL)
        self->progress ((double) (i + 1) / self->pages->len, self->progress_data);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, sink, error);
}

/**
 * chr_image_export_set_progress:
 * @self: a #ChrImageExport
 * @progress: (nullable): told after each page is written
 * @user_data: for @progress
 */
void
chr_image_export_set_progress (ChrImageExport   *self,
                               ChrExportProgress progress,
                               gpointer          user_data)
{
  g_return_if_fail (self != NULL);

  self->progress = progress;
  self->progress_data = user_data;
}

/**
 * chr_image_export_write:
 * @self: a #ChrImageExport
 * @out: where the PNG, SVG or PDF goes
 * @cancellable: (nullable): stops it
 * @error: where a write error or the cancellation goes
 *
 * Draws every page into @out. Writing to a temporary file and renaming it
 * is the caller's business (g_file_replace() does it).
 */
gboolean
chr_image_export_write (ChrImageExport *self,
                        GOutputStream  *out,
                        GCancellable   *cancellable,
                        GError        **error)
{
  Sink sink = { out, cancellable, NULL };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  switch (self->format)
    {
    case CHR_IMAGE_FORMAT_SVG:
      return write_svg (self, &sink, error);
    case CHR_IMAGE_FORMAT_PDF:
      return write_pdf (self, &sink, error);
    case CHR_IMAGE_FORMAT_PNG:
    default:
      return write_png (self, &sink, error);
    }
}

static gboolean
write_to_file (GOutputStream *stream,
               gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  return chr_image_export_write (user_data, stream, cancellable, error);
}

/**
 * chr_image_export_write_file:
 * @self: a #ChrImageExport
 * @target: the file to write
 * @cancellable: (nullable): stops it
 * @error: where a problem goes, naming the file
 *
 * Writes the picture beside @target and renames it when whole: a failed or
 * cancelled export leaves @target as it was.
 */
gboolean
chr_image_export_write_file (ChrImageExport *self,
                             GFile          *target,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);

  return chr_export_file_write (target, write_to_file, self, cancellable, error);
}
