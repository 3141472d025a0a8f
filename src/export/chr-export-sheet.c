/* chr-export-sheet.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-export-sheet"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "chr-export-sheet.h"
#include "chr-user-store.h"

#define TITLE_SCALE    1.6
#define SMALL_SCALE    0.8
#define BADGE_SCALE    0.7
#define HEADER_GAP     14.0   /* under the title block */
#define LEGEND_GAP     10.0   /* above the legend */
#define SWATCH         10.0
#define SWATCH_GAP      6.0   /* between a swatch and its name */
#define ENTRY_GAP      18.0   /* between two tags of the legend */
#define LEGEND_ROW     18.0
#define NUMBER_COLUMN  28.0   /* a footnote's number, left of its text */
#define NOTE_GAP        8.0   /* between two footnotes */

struct _ChrExportSheet
{
  PangoContext *context;
  ChrPalette    palette;
  double        width;
  ChrTextSink   sink;
  gpointer      sink_data;

  PangoLayout  *title;             /* nullable */
  PangoLayout  *subtitle;          /* nullable */
  GPtrArray    *legend;            /* PangoLayout, one per tag */
  GArray       *legend_colors;     /* guint */
  GPtrArray    *notes;             /* PangoLayout, one per footnote */
  GArray       *note_numbers;      /* guint */
  PangoLayout  *small;             /* numbers and captions */
  PangoLayout  *sources;           /* the heading over the footnotes */
};

static PangoLayout *
new_layout (ChrExportSheet *self,
            double          scale,
            PangoWeight     weight)
{
  PangoLayout *layout = pango_layout_new (self->context);
  const PangoFontDescription *base = pango_context_get_font_description (self->context);
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (base);

  pango_font_description_set_size (font, (int) round (pango_font_description_get_size (base) * scale));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  return layout;
}

static PangoLayout *
new_wrapped_layout (ChrExportSheet *self,
                    double          scale,
                    PangoWeight     weight,
                    double          width)
{
  PangoLayout *layout = new_layout (self, scale, weight);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* A title takes two lines at most: what is longer ends in an ellipsis. */
static void
limit_lines (PangoLayout *layout)
{
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  if (layout == NULL)
    return 0;
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height;
}

static void
show (ChrExportSheet *self,
      cairo_t        *cr,
      PangoLayout    *layout)
{
  if (self->sink != NULL)
    self->sink (cr, layout, self->sink_data);
  else
    pango_cairo_show_layout (cr, layout);
}

static void
set_color (cairo_t        *cr,
           const ChrColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/**
 * chr_export_sheet_new:
 * @context: the fonts; its font description is the base size
 * @palette: the colours
 * @width: the width text runs across
 *
 * Returns: (transfer full): a sheet with nothing on it
 */
ChrExportSheet *
chr_export_sheet_new (PangoContext     *context,
                      const ChrPalette *palette,
                      double            width)
{
  ChrExportSheet *self = g_new0 (ChrExportSheet, 1);

  self->context = g_object_ref (context);
  self->palette = *palette;
  self->width = width;
  self->legend = g_ptr_array_new_with_free_func (g_object_unref);
  self->legend_colors = g_array_new (FALSE, FALSE, sizeof (guint));
  self->notes = g_ptr_array_new_with_free_func (g_object_unref);
  self->note_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->small = new_layout (self, BADGE_SCALE, PANGO_WEIGHT_BOLD);
  self->sources = new_layout (self, 1.0, PANGO_WEIGHT_BOLD);
  pango_layout_set_text (self->sources, _("Sources"), -1);
  return self;
}

void
chr_export_sheet_free (ChrExportSheet *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->context);
  g_clear_object (&self->title);
  g_clear_object (&self->subtitle);
  g_clear_object (&self->small);
  g_clear_object (&self->sources);
  g_ptr_array_unref (self->legend);
  g_array_unref (self->legend_colors);
  g_ptr_array_unref (self->notes);
  g_array_unref (self->note_numbers);
  g_free (self);
}

void
chr_export_sheet_set_text_sink (ChrExportSheet *self,
                                ChrTextSink     sink,
                                gpointer        user_data)
{
  self->sink = sink;
  self->sink_data = user_data;
}

/* Returns: the height of the title block, the gap under it included; 0 with neither */
double
chr_export_sheet_set_header (ChrExportSheet *self,
                             const char     *title,
                             const char     *subtitle)
{
  double height;

  g_clear_object (&self->title);
  g_clear_object (&self->subtitle);
  if (title != NULL && *title)
    {
      self->title = new_wrapped_layout (self, TITLE_SCALE, PANGO_WEIGHT_BOLD, self->width);
      limit_lines (self->title);
      pango_layout_set_text (self->title, title, -1);
    }
  if (subtitle != NULL && *subtitle)
    {
      self->subtitle = new_wrapped_layout (self, 1.0, PANGO_WEIGHT_NORMAL, self->width);
      limit_lines (self->subtitle);
      pango_layout_set_text (self->subtitle, subtitle, -1);
    }
  height = layout_height (self->title) + layout_height (self->subtitle);
  return height > 0 ? height + HEADER_GAP : 0;
}

/* Returns: the legend's height, the gap above it included; 0 with no tags */
double
chr_export_sheet_set_legend (ChrExportSheet *self,
                             GPtrArray      *tags)
{
  double x = 0;
  guint rows = 0;

  g_ptr_array_set_size (self->legend, 0);
  g_array_set_size (self->legend_colors, 0);
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    {
      const ChrTag *tag = g_ptr_array_index (tags, i);
      PangoLayout *name;
      PangoRectangle logical;
      double entry;

      /* A tag no event has says nothing of the picture. */
      if (tag->n_events == 0)
        continue;
      name = new_layout (self, SMALL_SCALE, PANGO_WEIGHT_NORMAL);
      pango_layout_set_text (name, tag->name, -1);
      pango_layout_get_pixel_extents (name, NULL, &logical);
      entry = SWATCH + SWATCH_GAP + logical.width + ENTRY_GAP;
      if (rows == 0 || x + entry - ENTRY_GAP > self->width)
        {
          rows++;
          x = 0;
        }
      x += entry;
      g_ptr_array_add (self->legend, name);
      g_array_append_val (self->legend_colors, tag->color);
    }
  return rows > 0 ? LEGEND_GAP + rows * LEGEND_ROW : 0;
}

/* Returns: the footnote's height, the gap under it included */
double
chr_export_sheet_add_note (ChrExportSheet *self,
                           guint           number,
                           const char     *markup)
{
  PangoLayout *note = new_wrapped_layout (self, SMALL_SCALE, PANGO_WEIGHT_NORMAL, self->width - NUMBER_COLUMN);

  pango_layout_set_markup (note, markup, -1);
  g_ptr_array_add (self->notes, note);
  g_array_append_val (self->note_numbers, number);
  return layout_height (note) + NOTE_GAP;
}

/* The height of the heading over the footnotes, the gap under it included. */
double
chr_export_sheet_get_sources_height (ChrExportSheet *self)
{
  return layout_height (self->sources) + NOTE_GAP;
}

void
chr_export_sheet_draw_sources (ChrExportSheet *self,
                               cairo_t        *cr,
                               double          x,
                               double          y)
{
  set_color (cr, &self->palette.foreground);
  cairo_move_to (cr, x, y);
  show (self, cr, self->sources);
}

/* The height of a line of small text: a caption under a page's timeline. */
double
chr_export_sheet_get_caption_height (ChrExportSheet *self)
{
  pango_layout_set_text (self->small, "Ag", -1);
  return layout_height (self->small) + 4;
}

void
chr_export_sheet_draw_header (ChrExportSheet *self,
                              cairo_t        *cr,
                              double          x,
                              double          y)
{
  if (self->title != NULL)
    {
      set_color (cr, &self->palette.foreground);
      cairo_move_to (cr, x, y);
      show (self, cr, self->title);
      y += layout_height (self->title);
    }
  if (self->subtitle != NULL)
    {
      set_color (cr, &self->palette.dim_foreground);
      cairo_move_to (cr, x, y);
      show (self, cr, self->subtitle);
    }
}

void
chr_export_sheet_draw_legend (ChrExportSheet *self,
                              cairo_t        *cr,
                              double          x,
                              double          y)
{
  double left = x;

  y += LEGEND_GAP;
  for (guint i = 0; i < self->legend->len; i++)
    {
      PangoLayout *name = g_ptr_array_index (self->legend, i);
      guint color = g_array_index (self->legend_colors, guint, i);
      PangoRectangle logical;
      double entry;

      pango_layout_get_pixel_extents (name, NULL, &logical);
      entry = SWATCH + SWATCH_GAP + logical.width;
      if (x > left && x + entry > left + self->width)
        {
          x = left;
          y += LEGEND_ROW;
        }
      if (color >= 1 && color <= CHR_TAG_N_COLORS)
        set_color (cr, &self->palette.tags[color - 1]);
      else
        set_color (cr, &self->palette.dim_foreground);
      cairo_rectangle (cr, x, y + (logical.height - SWATCH) / 2, SWATCH, SWATCH);
      cairo_fill (cr);
      set_color (cr, &self->palette.foreground);
      cairo_move_to (cr, x + SWATCH + SWATCH_GAP, y);
      show (self, cr, name);
      x += entry + ENTRY_GAP;
    }
}

/* Returns: the footnote's height, the gap under it included */
double
chr_export_sheet_draw_note (ChrExportSheet *self,
                            cairo_t        *cr,
                            guint           index,
                            double          x,
                            double          y)
{
  PangoLayout *note = g_ptr_array_index (self->notes, index);
  g_autofree char *number = g_strdup_printf ("%u", g_array_index (self->note_numbers, guint, index));

  set_color (cr, &self->palette.accent);
  pango_layout_set_text (self->small, number, -1);
  cairo_move_to (cr, x, y + 1);
  show (self, cr, self->small);
  set_color (cr, &self->palette.foreground);
  cairo_move_to (cr, x + NUMBER_COLUMN, y);
  show (self, cr, note);
  return layout_height (note) + NOTE_GAP;
}

/* A footnote's number on a card: a pill centred on its top right corner. */
void
chr_export_sheet_draw_badge (ChrExportSheet *self,
                             cairo_t        *cr,
                             double          x,
                             double          y,
                             guint           number)
{
  g_autofree char *text = g_strdup_printf ("%u", number);
  PangoRectangle logical;
  double height, width, radius;

  pango_layout_set_text (self->small, text, -1);
  pango_layout_get_pixel_extents (self->small, NULL, &logical);
  height = logical.height + 2;
  width = MAX (height, logical.width + 6);
  radius = height / 2;
  x -= width / 2;
  y -= height / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, x + width - radius, y + radius, radius, 3 * G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  set_color (cr, &self->palette.accent);
  cairo_fill (cr);
  set_color (cr, &self->palette.accent_foreground);
  cairo_move_to (cr, x + (width - logical.width) / 2, y + 1 - logical.y);
  show (self, cr, self->small);
}

/* "Continues on page 3 →": small dim text at a page's edge. */
void
chr_export_sheet_draw_caption (ChrExportSheet *self,
                               cairo_t        *cr,
                               double          x,
                               double          y,
                               const char     *text,
                               gboolean        right_aligned)
{
  PangoRectangle logical;

  pango_layout_set_text (self->small, text, -1);
  pango_layout_get_pixel_extents (self->small, NULL, &logical);
  set_color (cr, &self->palette.dim_foreground);
  cairo_move_to (cr, right_aligned ? x - logical.width : x, y + 2);
  show (self, cr, self->small);
}
