/* chr-image-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-image-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "chr-image-export-private.h"

#define DEFAULT_WIDTH    1200.0
#define DEFAULT_HEIGHT    600.0
#define DEFAULT_FONT     "Cantarell, DejaVu Sans 11"
#define SHEET_MARGIN      24.0   /* around a picture with a title, legend or footnotes */
#define PAGE_MARGIN       36.0   /* half an inch around a printed page */
#define CARDS_PER_PAGE    40     /* how crowded a page may get when the count of pages is left to us */
#define MAX_AUTO_PAGES    100
#define MAX_PIXELS        32767  /* the most Cairo holds in either direction */
#define MAX_PDF_PAGE      14400  /* the largest page PDF readers take, in points */
#define MIN_TIMELINE      150.0  /* the least height a page leaves the timeline */
#define CHEVRON            5.0
#define BADGE_LIFT         2.0

static void
page_clear (gpointer data)
{
  ChrExportPage *page = data;

  g_clear_pointer (&page->layout, chr_timeline_layout_free);
}

/**
 * chr_image_request_init:
 * @request: (out caller-allocates): the request to fill
 * @format: PNG, SVG or PDF
 * @index: the events
 *
 * The whole timeline, 1200 by 600, in Chronicle's light colours, with
 * neither title, legend nor footnotes, and dates as precise as each
 * event's own with weeks starting on Monday.
 */
void
chr_image_request_init (ChrImageRequest  *request,
                        ChrImageFormat    format,
                        ChrTimelineIndex *index)
{
  *request = (ChrImageRequest) {
    .format = format,
    .index = index,
    .scale = 1.0,
    .page = CHR_PAGE_SIZE_FIT,
    .date_options = CHR_DATE_OPTIONS_INIT,
  };
  chr_palette_init (&request->palette, FALSE);
}

gboolean
chr_image_format_from_name (const char     *name,
                            ChrImageFormat *format)
{
  static const char * const names[] = { "png", "svg", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (ChrImageFormat) i;
        return TRUE;
      }
  return FALSE;
}

/* A surface of the target's kind that writes nowhere: text measured on it
 * is hinted as it will be drawn. */
static cairo_surface_t *
measuring_surface (ChrImageFormat format)
{
  switch (format)
    {
    case CHR_IMAGE_FORMAT_SVG:
      return cairo_svg_surface_create_for_stream (NULL, NULL, 1, 1);
    case CHR_IMAGE_FORMAT_PDF:
      return cairo_pdf_surface_create_for_stream (NULL, NULL, 1, 1);
    case CHR_IMAGE_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
    }
}

static void
make_fonts (ChrImageExport        *self,
            const ChrImageRequest *request)
{
  g_autoptr (PangoFontDescription) fallback = pango_font_description_from_string (DEFAULT_FONT);

  /* A font map of its own: an export may run on any thread. */
  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, request->resolution > 0 ? request->resolution : 96);
  pango_context_set_font_description (self->context, request->font != NULL ? request->font : fallback);
  if (request->font_options != NULL)
    pango_cairo_context_set_font_options (self->context, request->font_options);
  self->painter = chr_timeline_painter_new (self->context);
  chr_timeline_painter_set_date_options (self->painter, &request->date_options);
}

static void
set_page_geometry (ChrImageExport        *self,
                   const ChrImageRequest *request,
                   gboolean               furnished)
{
  switch (self->page_size)
    {
    case CHR_PAGE_SIZE_A4:
      self->page_width = 842;
      self->page_height = 595;
      self->margin = PAGE_MARGIN;
      break;
    case CHR_PAGE_SIZE_LETTER:
      self->page_width = 792;
      self->page_height = 612;
      self->margin = PAGE_MARGIN;
      break;
    case CHR_PAGE_SIZE_FIT:
    default:
      /* Nothing around the timeline: the picture is the timeline, as on screen. */
      self->margin = furnished ? SHEET_MARGIN : 0;
      self->page_width = (request->width > 0 ? request->width : DEFAULT_WIDTH) + 2 * self->margin;
      break;
    }
}

static gboolean
find_span (const ChrImageRequest *request,
           double                 width,
           ChrTimeScale          *whole,
           GError               **error)
{
  gint64 begin, end;

  if (request->begin < request->end)
    {
      chr_time_scale_init (whole, request->begin, request->end, width);
      return TRUE;
    }
  if (!chr_timeline_index_get_extent (request->index, &begin, &end))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("There are no events to export"));
      return FALSE;
    }
  chr_time_scale_init (whole, begin, end, width);
  chr_time_scale_fit_labelled (whole, begin, end);
  return TRUE;
}

static guint
count_timeline_pages (ChrImageExport        *self,
                      const ChrImageRequest *request,
                      const ChrTimeScale    *whole)
{
  double content = self->page_width - 2 * self->margin;
  guint n;

  if (self->page_size == CHR_PAGE_SIZE_FIT)
    return 1;
  if (request->n_pages > 0)
    return MIN (request->n_pages, MAX_AUTO_PAGES * 10);
  if (request->width > 0)
    return (guint) CLAMP (ceil (request->width / content), 1, MAX_AUTO_PAGES * 10);
  n = chr_timeline_index_count_overlapping (request->index, whole->begin, whole->end);
  return CLAMP ((n + CARDS_PER_PAGE - 1) / CARDS_PER_PAGE, 1, MAX_AUTO_PAGES);
}

/* Lays out until every card has its text: an export has no next frame. */
static ChrTimelineLayout *
lay_out_whole (ChrImageExport   *self,
               cairo_t          *cr,
               ChrTimelineIndex *index,
               ChrTimeScale     *scale)
{
  ChrTimelineLayout *layout = chr_timeline_painter_lay_out (self->painter, cr, index, scale, self->timeline_height);

  while (chr_timeline_layout_needs_redraw (layout))
    {
      chr_timeline_layout_free (layout);
      layout = chr_timeline_painter_lay_out (self->painter, cr, index, scale, self->timeline_height);
    }
  return layout;
}

static gboolean
lay_out_timeline (ChrImageExport        *self,
                  const ChrImageRequest *request,
                  cairo_t               *cr,
                  GCancellable          *cancellable,
                  GError               **error)
{
  double content = self->page_width - 2 * self->margin;
  ChrTimeScale whole;
  double span;

  if (!find_span (request, content, &whole, error))
    return FALSE;
  self->n_timeline_pages = count_timeline_pages (self, request, &whole);
  span = (double) whole.end - (double) whole.begin;
  for (guint i = 0; i < self->n_timeline_pages; i++)
    {
      ChrExportPage page = { 0 };
      ChrTimeScale scale;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      chr_time_scale_init (&scale, whole.begin + (gint64) (span * i / self->n_timeline_pages),
                           whole.begin + (gint64) (span * (i + 1) / self->n_timeline_pages), content);
      page.layout = lay_out_whole (self, cr, request->index, &scale);
      g_array_append_val (self->pages, page);
    }
  return TRUE;
}

/* Numbers the labelled events in the order they are drawn and writes
 * their footnotes. Returns: their heights */
static GArray *
write_footnotes (ChrImageExport        *self,
                 const ChrImageRequest *request,
                 GCancellable          *cancellable,
                 GError               **error)
{
  g_autoptr (GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));

  if (!(self->footnotes = chr_footnotes_new (request->sources, &request->date_options, error)))
    return NULL;
  for (guint i = 0; i < self->pages->len; i++)
    {
      const ChrTimelineLayout *layout = g_array_index (self->pages, ChrExportPage, i).layout;

      for (guint k = 0; k < layout->cards->len; k++)
        chr_footnotes_number (self->footnotes, g_array_index (layout->cards, ChrLayoutCard, k).id);
    }
  if (!chr_footnotes_write (self->footnotes, cancellable, error))
    return NULL;
  for (guint i = 0; i < chr_footnotes_get_n (self->footnotes); i++)
    {
      const ChrFootnote *note = chr_footnotes_get (self->footnotes, i);
      double height = chr_export_sheet_add_note (self->sheet, note->number, note->markup);
      g_array_append_val (heights, height);
    }
  return g_steal_pointer (&heights);
}

/* One picture: the footnotes under the timeline, the page as tall as they need. */
static void
place_notes_below (ChrImageExport *self,
                   GArray         *heights)
{
  ChrExportPage *page = &g_array_index (self->pages, ChrExportPage, 0);
  double total = 0;

  for (guint i = 0; heights != NULL && i < heights->len; i++)
    total += g_array_index (heights, double, i);
  if (total > 0)
    total += chr_export_sheet_get_sources_height (self->sheet);
  page->n_notes = heights != NULL ? heights->len : 0;
  self->page_height = 2 * self->margin + self->header_height + self->timeline_height + self->legend_height +
                      (total > 0 ? SHEET_MARGIN / 2 + total : 0);
}

/* Pages: the footnotes on pages of their own after the timeline. */
static void
place_notes_on_pages (ChrImageExport *self,
                      GArray         *heights)
{
  double room = self->page_height - 2 * self->margin;
  double used = room;

  for (guint i = 0; heights != NULL && i < heights->len; i++)
    {
      double height = g_array_index (heights, double, i);

      /* The heading stays with the first footnote. */
      if (i == 0)
        height += chr_export_sheet_get_sources_height (self->sheet);
      if (used + height > room && used > 0)
        {
          ChrExportPage page = { .first_note = i };
          g_array_append_val (self->pages, page);
          used = 0;
        }
      g_array_index (self->pages, ChrExportPage, self->pages->len - 1).n_notes++;
      used += height;
    }
}

/* The whole picture, title and footnotes included, within what its format holds. */
static gboolean
check_page_size (ChrImageExport *self,
                 GError        **error)
{
  if (self->format == CHR_IMAGE_FORMAT_PNG &&
      (ceil (self->page_width * self->scale) > MAX_PIXELS || ceil (self->page_height * self->scale) > MAX_PIXELS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The picture would be %.0f by %.0f pixels; a PNG can be at most %d in either direction. "
                     "Make it smaller, leave out the footnotes, or use PDF pages"),
                   ceil (self->page_width * self->scale), ceil (self->page_height * self->scale), MAX_PIXELS);
      return FALSE;
    }
  if (self->format == CHR_IMAGE_FORMAT_PDF && (self->page_width > MAX_PDF_PAGE || self->page_height > MAX_PDF_PAGE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A PDF page can be at most %d points in either direction; use A4 or Letter pages"),
                   MAX_PDF_PAGE);
      return FALSE;
    }
  return TRUE;
}

static gboolean
lay_out_pages (ChrImageExport        *self,
      const ChrImageRequest *request,
      GCancellable          *cancellable,
      GError               **error)
{
  gboolean furnished = (request->title && *request->title) || (request->subtitle && *request->subtitle) ||
                       (request->legend && request->legend->len > 0) || request->sources != NULL;
  cairo_surface_t *surface = measuring_surface (self->format);
  cairo_t *cr = cairo_create (surface);
  g_autoptr (GArray) heights = NULL;
  gboolean ok = FALSE;

  cairo_scale (cr, self->scale, self->scale);
  /* Text is measured as the target will show it: hinted on pixels, not in PDF or SVG. */
  pango_cairo_update_context (cr, self->context);
  set_page_geometry (self, request, furnished);
  self->sheet = chr_export_sheet_new (self->context, &self->palette, self->page_width - 2 * self->margin);
  self->header_height = chr_export_sheet_set_header (self->sheet, request->title, request->subtitle);
  self->legend_height = chr_export_sheet_set_legend (self->sheet, request->legend);
  if (self->page_size == CHR_PAGE_SIZE_FIT)
    self->timeline_height = request->height > 0 ? request->height : DEFAULT_HEIGHT;
  else
    {
      double room;

      self->caption_height = chr_export_sheet_get_caption_height (self->sheet);
      room = self->page_height - 2 * self->margin - self->header_height - self->caption_height - self->legend_height;
      self->timeline_height = request->height > 0 ? MIN (request->height, room) : room;
      if (self->timeline_height < MIN_TIMELINE)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The title and the tag legend leave no room for the timeline on the page"));
          goto out;
        }
    }

  if (!lay_out_timeline (self, request, cr, cancellable, error))
    goto out;
  if (request->sources != NULL && !(heights = write_footnotes (self, request, cancellable, error)))
    goto out;
  if (self->page_size == CHR_PAGE_SIZE_FIT)
    place_notes_below (self, heights);
  else
    place_notes_on_pages (self, heights);
  ok = check_page_size (self, error);

out:
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
check_request (const ChrImageRequest *request,
               GError               **error)
{
  double width = request->width > 0 ? request->width : DEFAULT_WIDTH;
  double height = request->height > 0 ? request->height : DEFAULT_HEIGHT;

  if (request->width < 0 || request->height < 0 || !(request->scale > 0) ||
      (request->page == CHR_PAGE_SIZE_FIT && (width < 100 || height < 100)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The picture must be at least 100 by 100 pixels"));
      return FALSE;
    }
  if (request->format == CHR_IMAGE_FORMAT_PNG &&
      (width * request->scale > MAX_PIXELS || height * request->scale > MAX_PIXELS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A PNG picture can be at most %d pixels wide and high; export a shorter range or use PDF"),
                   MAX_PIXELS);
      return FALSE;
    }
  return TRUE;
}

/**
 * chr_image_export_new:
 * @request: what to export
 * @cancellable: (nullable): stops it
 * @error: where a problem goes: no events, a size that cannot be drawn, a database error
 *
 * Lays out every page: the timeline, then the footnotes if asked for.
 *
 * Returns: (transfer full) (nullable): the export, ready to draw or write
 */
ChrImageExport *
chr_image_export_new (const ChrImageRequest *request,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autoptr (ChrImageExport) self = NULL;

  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (request->index != NULL, NULL);

  if (!check_request (request, error))
    return NULL;

  self = g_new0 (ChrImageExport, 1);
  self->format = request->format;
  self->page_size = request->format == CHR_IMAGE_FORMAT_PDF ? request->page : CHR_PAGE_SIZE_FIT;
  self->scale = request->format == CHR_IMAGE_FORMAT_PNG ? request->scale : 1.0;
  self->palette = request->palette;
  self->title = g_strdup (request->title);
  self->pages = g_array_new (FALSE, TRUE, sizeof (ChrExportPage));
  g_array_set_clear_func (self->pages, page_clear);
  make_fonts (self, request);
  if (!lay_out_pages (self, request, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
chr_image_export_free (ChrImageExport *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->footnotes, chr_footnotes_free);
  g_clear_pointer (&self->sheet, chr_export_sheet_free);
  g_clear_pointer (&self->painter, chr_timeline_painter_free);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_free (self->title);
  g_free (self);
}

guint
chr_image_export_get_n_pages (ChrImageExport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/**
 * chr_image_export_get_page_size:
 * @self: a #ChrImageExport
 * @width: (out): in pixels at scale 1 (points in PDF)
 * @height: (out): the same
 */
void
chr_image_export_get_page_size (ChrImageExport *self,
                                double         *width,
                                double         *height)
{
  g_return_if_fail (self != NULL);

  *width = self->page_width;
  *height = self->page_height;
}

static void
draw_badges (ChrImageExport          *self,
             cairo_t                 *cr,
             const ChrTimelineLayout *layout)
{
  if (self->footnotes == NULL)
    return;
  for (guint k = 0; k < layout->cards->len; k++)
    {
      const ChrLayoutCard *card = &g_array_index (layout->cards, ChrLayoutCard, k);

      /* Above the card's corner, clear of a star and of the lane above. */
      chr_export_sheet_draw_badge (self->sheet, cr, card->card_x + card->card_width,
                                   card->card_y - BADGE_LIFT, chr_footnotes_number (self->footnotes, card->id));
    }
}

/* Where a page's timeline goes on, a chevron on the axis and a caption
 * under it name the page it goes on at. */
static void
draw_continuation (ChrImageExport          *self,
                   cairo_t                 *cr,
                   const ChrTimelineLayout *layout,
                   guint                    page)
{
  double width = layout->scale.width;
  double axis = layout->axis_y + 0.5;
  double caption_y = self->timeline_height;

  cairo_set_source_rgba (cr, self->palette.accent.red, self->palette.accent.green, self->palette.accent.blue, 1);
  if (page > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Continued from page %u"), page);

      cairo_move_to (cr, 0, axis - CHEVRON);
      cairo_line_to (cr, -CHEVRON * 1.5, axis);
      cairo_line_to (cr, 0, axis + CHEVRON);
      cairo_fill (cr);
      chr_export_sheet_draw_caption (self->sheet, cr, 0, caption_y, text, FALSE);
    }
  if (page + 1 < self->n_timeline_pages)
    {
      g_autofree char *text = g_strdup_printf (_("Continues on page %u"), page + 2);

      cairo_set_source_rgba (cr, self->palette.accent.red, self->palette.accent.green, self->palette.accent.blue, 1);
      cairo_move_to (cr, width, axis - CHEVRON);
      cairo_line_to (cr, width + CHEVRON * 1.5, axis);
      cairo_line_to (cr, width, axis + CHEVRON);
      cairo_fill (cr);
      chr_export_sheet_draw_caption (self->sheet, cr, width, caption_y, text, TRUE);
    }
}

static void
draw_notes (ChrImageExport      *self,
            cairo_t             *cr,
            const ChrExportPage *page,
            double               y)
{
  if (page->first_note == 0 && page->n_notes > 0)
    {
      chr_export_sheet_draw_sources (self->sheet, cr, self->margin, y);
      y += chr_export_sheet_get_sources_height (self->sheet);
    }
  for (guint i = 0; i < page->n_notes; i++)
    y += chr_export_sheet_draw_note (self->sheet, cr, page->first_note + i, self->margin, y);
}

static void
draw_timeline_page (ChrImageExport      *self,
                    cairo_t             *cr,
                    const ChrExportPage *page,
                    guint                number)
{
  double y = self->margin;

  chr_export_sheet_draw_header (self->sheet, cr, self->margin, y);
  y += self->header_height;

  cairo_save (cr);
  cairo_translate (cr, self->margin, y);
  chr_timeline_painter_draw (self->painter, cr, page->layout, &self->palette, -1, -1);
  draw_badges (self, cr, page->layout);
  if (self->n_timeline_pages > 1)
    draw_continuation (self, cr, page->layout, number);
  cairo_restore (cr);

  y += self->timeline_height + self->caption_height;
  chr_export_sheet_draw_legend (self->sheet, cr, self->margin, y);
  y += self->legend_height;
  if (page->n_notes > 0)
    draw_notes (self, cr, page, y + SHEET_MARGIN / 2);
}

static void
draw_page_number (ChrImageExport *self,
                  cairo_t        *cr,
                  guint           number)
{
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), number + 1, self->pages->len);

  chr_export_sheet_draw_caption (self->sheet, cr, self->page_width - self->margin,
                                 self->page_height - self->margin + 6, text, TRUE);
}

/**
 * chr_image_export_draw_page:
 * @self: a #ChrImageExport
 * @cr: where to draw, from (0, 0) to the page size
 * @page: from 0
 */
void
chr_image_export_draw_page (ChrImageExport *self,
                            cairo_t        *cr,
                            guint           page)
{
  const ChrExportPage *planned;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  planned = &g_array_index (self->pages, ChrExportPage, page);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, self->palette.background.red, self->palette.background.green,
                         self->palette.background.blue, 1);
  cairo_paint (cr);
  if (planned->layout != NULL)
    draw_timeline_page (self, cr, planned, page);
  else
    draw_notes (self, cr, planned, self->margin);
  if (self->pages->len > 1)
    draw_page_number (self, cr, page);
  cairo_restore (cr);
}

