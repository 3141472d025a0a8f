/* chr-renderer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-renderer"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>

#include "chr-lanes.h"
#include "chr-renderer.h"
#include "chr-ticks.h"

/* Geometry, in pixels. */
#define AXIS_HEIGHT       44.0   /* baseline to the bottom: tick labels and their context */
#define STRIP_HEIGHT      18.0   /* above the baseline: a mark for every visible event */
#define TOP_PADDING       12.0
#define LANE_SPACING       8.0
#define LANE_GAP          10.0   /* horizontal room between two events on one lane */
#define MARKER_RADIUS      4.0
#define STRIP_RADIUS       3.0
#define CARD_OFFSET       10.0   /* marker centre to the card's left edge */
#define CARD_MAX_WIDTH   280.0
#define LONG_BAR         200.0   /* bars up to this long keep their card outside */
#define CARD_PADDING_X     8.0
#define CARD_PADDING_Y     5.0
#define CARD_RADIUS        6.0
#define EDGE_PADDING       4.0
#define TICK_LABEL_OFFSET  4.0
#define TICK_LABEL_GAP    12.0
/* A card reaches this far right of its marker, so events that begin this far
 * left of the view may still show theirs. */
#define LEFT_MARGIN      (CARD_OFFSET + CARD_MAX_WIDTH + 10.0)
/* The narrowest an event on a lane can be (marker, padding and an ellipsis),
 * which bounds how many events could ever get a lane across the width. */
#define MIN_LANE_ITEM     40.0

/* Font sizes relative to the UI font (Cantarell 11 on GNOME). */
#define TITLE_SCALE    (10.0 / 11.0)
#define DATE_SCALE     (8.5 / 11.0)
#define AXIS_SCALE     (9.0 / 11.0)

/* Pango's built-in default, which nobody configures on purpose. */
#define PANGO_DEFAULT_FAMILY "serif"
#define FALLBACK_FAMILY      "Cantarell, DejaVu Sans"
#define FALLBACK_SIZE        11

typedef struct
{
  gint64          id;
  gint64          begin;
  gint64          end;
  ChrGranularity  granularity;
  char           *label;
  double          importance;
  /* Made on first use and kept: labels don't change between frames. */
  PangoLayout    *title;
  PangoLayout    *date;
  double          card_width;
} Item;

typedef struct
{
  gint64   id;
  double   x, y, width, height;
  gboolean on_lane;
} Hit;

/* An event taking part in the lane layout of one frame. */
typedef struct
{
  guint  index;          /* into items */
  double x0, x1;         /* begin and end, unclamped */
  double card_x;
  double left, right;    /* all it covers: marker, bar and card */
  int    lane;
} Placement;

struct _ChrRenderer
{
  PangoContext         *source_context;
  guint                 source_serial;
  /* A private context: pango_cairo_update_context() adapts it to every target,
   * and that must not touch the widget's own. */
  PangoContext         *context;
  PangoFontDescription *title_font;
  PangoFontDescription *date_font;
  PangoFontDescription *axis_font;
  PangoFontDescription *context_font;
  PangoLayout          *axis_layout;
  double                title_height;
  double                date_height;
  double                axis_height;
  double                tick_spacing;

  Item                 *items;
  guint                 n_items;
  gint64               *max_end;     /* max_end[i]: latest end of items[0..i] */

  ChrPalette            palette;
  gint64                selected;
  gint64                hover;

  GArray               *hits;        /* Hit, from the last draw */
  GArray               *placements;  /* Placement, scratch for one draw */
};

/* Used only until the toolkit hands over its palette: libadwaita's light style. */
static const ChrPalette default_palette = {
  .background = { 0.980, 0.980, 0.980, 1.0 },
  .foreground = { 0.0, 0.0, 0.024, 0.8 },
  .dim_foreground = { 0.0, 0.0, 0.024, 0.55 },
  .grid = { 0.0, 0.0, 0.024, 0.15 },
  .accent = { 0.208, 0.518, 0.894, 1.0 },
  .accent_foreground = { 1.0, 1.0, 1.0, 1.0 },
  .card = { 1.0, 1.0, 1.0, 1.0 },
};

static void
set_color (cairo_t        *cr,
           const ChrColor *color,
           double          alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Periods coarser than a day are drawn as bars; a day or less is a point. */
static gboolean
is_period (const Item *item)
{
  switch (item->granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_MONTH:
    case CHR_GRANULARITY_WEEK:
      return TRUE;
    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      return FALSE;
    }
}

static void
clear_item_layouts (ChrRenderer *self)
{
  for (guint i = 0; i < self->n_items; i++)
    {
      g_clear_object (&self->items[i].title);
      g_clear_object (&self->items[i].date);
    }
}

static PangoFontDescription *
scaled_font (const PangoFontDescription *base,
             double                      scale,
             PangoWeight                 weight)
{
  PangoFontDescription *font = pango_font_description_copy (base);
  int size = (int) round (pango_font_description_get_size (base) * scale);

  if (pango_font_description_get_size_is_absolute (base))
    pango_font_description_set_absolute_size (font, size);
  else
    pango_font_description_set_size (font, size);
  pango_font_description_set_weight (font, weight);
  return font;
}

static double
measure_height (ChrRenderer                *self,
                const PangoFontDescription *font)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (self->context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height;
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

/* Follows the widget's context (font, language, resolution), which changes
 * when the user picks another font or scale. */
static void
sync_context (ChrRenderer *self)
{
  const PangoFontDescription *source_font;
  g_autoptr (PangoFontDescription) base = NULL;
  const char *family;
  static const char * const samples[] = { "00:00", "0000s", "Sep", "May", "30", "0000 BC" };
  guint serial = pango_context_get_serial (self->source_context);
  const cairo_font_options_t *options;

  if (self->context != NULL && serial == self->source_serial)
    return;

  self->source_serial = serial;
  clear_item_layouts (self);
  g_clear_object (&self->axis_layout);
  g_clear_object (&self->context);

  self->context = pango_font_map_create_context (pango_context_get_font_map (self->source_context));
  pango_context_set_language (self->context, pango_context_get_language (self->source_context));
  pango_context_set_base_dir (self->context, pango_context_get_base_dir (self->source_context));
  pango_cairo_context_set_resolution (self->context,
                                      pango_cairo_context_get_resolution (self->source_context));
  options = pango_cairo_context_get_font_options (self->source_context);
  if (options != NULL)
    pango_cairo_context_set_font_options (self->context, options);

  source_font = pango_context_get_font_description (self->source_context);
  base = source_font != NULL ? pango_font_description_copy (source_font) : pango_font_description_new ();
  family = pango_font_description_get_family (base);
  /* A context that nobody configured (export, tests, the CLI) would draw in
   * Pango's default serif face; give it the GNOME UI face instead. */
  if (family == NULL || g_ascii_strcasecmp (family, PANGO_DEFAULT_FAMILY) == 0)
    {
      pango_font_description_set_family (base, FALLBACK_FAMILY);
      pango_font_description_set_size (base, FALLBACK_SIZE * PANGO_SCALE);
    }
  if (pango_font_description_get_size (base) <= 0)
    pango_font_description_set_size (base, FALLBACK_SIZE * PANGO_SCALE);

  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->date_font, pango_font_description_free);
  g_clear_pointer (&self->axis_font, pango_font_description_free);
  g_clear_pointer (&self->context_font, pango_font_description_free);
  self->title_font = scaled_font (base, TITLE_SCALE, PANGO_WEIGHT_NORMAL);
  self->date_font = scaled_font (base, DATE_SCALE, PANGO_WEIGHT_NORMAL);
  self->axis_font = scaled_font (base, AXIS_SCALE, PANGO_WEIGHT_NORMAL);
  self->context_font = scaled_font (base, AXIS_SCALE, PANGO_WEIGHT_BOLD);

  self->title_height = measure_height (self, self->title_font);
  self->date_height = measure_height (self, self->date_font);
  self->axis_height = measure_height (self, self->axis_font);

  self->axis_layout = pango_layout_new (self->context);
  pango_layout_set_font_description (self->axis_layout, self->axis_font);
  self->tick_spacing = 0;
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    self->tick_spacing = MAX (self->tick_spacing, text_width (self->axis_layout, samples[i]));
  self->tick_spacing += TICK_LABEL_OFFSET + TICK_LABEL_GAP;
}

static double
card_height (ChrRenderer *self)
{
  return CARD_PADDING_Y + self->title_height + 1 + self->date_height + CARD_PADDING_Y;
}

static void
ensure_layouts (ChrRenderer *self,
                Item        *item)
{
  g_autofree char *date = NULL;
  PangoRectangle title_rect, date_rect;
  int max_text = (int) (CARD_MAX_WIDTH - 2 * CARD_PADDING_X) * PANGO_SCALE;

  if (item->title != NULL)
    return;

  item->title = pango_layout_new (self->context);
  pango_layout_set_font_description (item->title, self->title_font);
  pango_layout_set_single_paragraph_mode (item->title, TRUE);
  pango_layout_set_width (item->title, max_text);
  pango_layout_set_ellipsize (item->title, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (item->title, item->label, -1);

  date = chr_ticks_format_interval (item->begin, item->end, item->granularity);
  item->date = pango_layout_new (self->context);
  pango_layout_set_font_description (item->date, self->date_font);
  pango_layout_set_single_paragraph_mode (item->date, TRUE);
  pango_layout_set_width (item->date, max_text);
  pango_layout_set_ellipsize (item->date, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (item->date, date, -1);

  pango_layout_get_pixel_extents (item->title, NULL, &title_rect);
  pango_layout_get_pixel_extents (item->date, NULL, &date_rect);
  item->card_width = ceil (MAX (title_rect.x + title_rect.width, date_rect.x + date_rect.width))
                     + 2 * CARD_PADDING_X;
}

static void
free_items (ChrRenderer *self)
{
  clear_item_layouts (self);
  for (guint i = 0; i < self->n_items; i++)
    g_free (self->items[i].label);
  g_clear_pointer (&self->items, g_free);
  g_clear_pointer (&self->max_end, g_free);
  self->n_items = 0;
}

static int
compare_items (const void *a,
               const void *b)
{
  const Item *ia = a;
  const Item *ib = b;

  if (ia->begin != ib->begin)
    return ia->begin < ib->begin ? -1 : 1;
  if (ia->id != ib->id)
    return ia->id < ib->id ? -1 : 1;
  return 0;
}

/* The first item that ends at or after t. max_end is non-decreasing, so
 * this is a binary search even though items are sorted by begin. */
static guint
first_ending_after (ChrRenderer *self,
                    gint64       t)
{
  guint lo = 0, hi = self->n_items;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->max_end[mid] < t)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
add_hit (ChrRenderer *self,
         gint64       id,
         double       x,
         double       y,
         double       width,
         double       height,
         gboolean     on_lane)
{
  Hit hit = { id, x, y, width, height, on_lane };

  g_array_append_val (self->hits, hit);
}

/* Orders placements by importance, most important first. */
static int
compare_importance (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  ChrRenderer *self = user_data;
  const Placement *pa = a;
  const Placement *pb = b;
  double wa = self->items[pa->index].importance;
  double wb = self->items[pb->index].importance;

  if (wa != wb)
    return wa > wb ? -1 : 1;
  return pa->index < pb->index ? -1 : pa->index > pb->index ? 1 : 0;
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  const Placement *pa = a;
  const Placement *pb = b;

  return pa->index < pb->index ? -1 : pa->index > pb->index ? 1 : 0;
}

/* The bar of a period runs from its begin to its end; a point is just its
 * marker. Both are at least as wide as the marker. */
static void
marker_extent (const Placement *p,
               const Item      *item,
               double          *left,
               double          *right)
{
  *left = p->x0 - MARKER_RADIUS;
  *right = (is_period (item) ? MAX (p->x1, p->x0) : p->x0) + MARKER_RADIUS;
}

static void
place_card (Placement  *p,
            const Item *item,
            double      width)
{
  double after = p->x0 + CARD_OFFSET;
  double before = p->x0 - CARD_OFFSET - item->card_width;
  double marker_left, marker_right;

  marker_extent (p, item, &marker_left, &marker_right);
  /* A short bar shows whole, its card after it; a long one carries its card. */
  if (is_period (item) && marker_right - marker_left <= LONG_BAR)
    after = marker_right - MARKER_RADIUS + CARD_OFFSET;
  p->card_x = after;
  /* Near the right edge the card would be cut off: it goes left of its marker. */
  if (after + item->card_width > width - EDGE_PADDING && before >= EDGE_PADDING)
    p->card_x = before;
  /* A long period whose start is off to the left keeps its card in view
   * for as long as the bar can hold it. */
  else if (is_period (item) && after < EDGE_PADDING)
    p->card_x = MAX (after, MIN (EDGE_PADDING, marker_right - MARKER_RADIUS - item->card_width));

  p->left = MIN (marker_left, p->card_x);
  p->right = MAX (marker_right, p->card_x + item->card_width);
}

/* Collects the events that may show in the view and gives lanes to as many
 * as fit, the most important first. */
static void
layout_events (ChrRenderer        *self,
               const ChrTimeScale *scale,
               guint               max_lanes)
{
  gint64 from = chr_time_scale_x_to_time (scale, -LEFT_MARGIN);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width);
  g_autofree ChrLaneItem *extents = NULL;
  g_autofree int *lanes = NULL;
  guint n, limit;

  g_array_set_size (self->placements, 0);
  for (guint i = first_ending_after (self, from); i < self->n_items; i++)
    {
      const Item *item = &self->items[i];
      Placement p = { .index = i, .lane = CHR_LANE_NONE };

      if (item->begin > to)
        break;
      if (item->end < from)
        continue;
      p.x0 = chr_time_scale_time_to_x (scale, item->begin);
      p.x1 = chr_time_scale_time_to_x (scale, item->end);
      g_array_append_val (self->placements, p);
    }

  n = self->placements->len;
  if (n == 0 || max_lanes == 0)
    return;

  /* Only so many events can get a lane across the width. Past that, take the
   * most important ones, so the text measured per frame is bounded by the
   * pixels and not by the number of events. */
  limit = (guint) MIN ((double) G_MAXUINT, max_lanes * ceil ((scale->width + LEFT_MARGIN) / MIN_LANE_ITEM));
  if (n > limit)
    {
      g_qsort_with_data (self->placements->data, (int) n, sizeof (Placement), compare_importance, self);
      g_array_set_size (self->placements, limit);
      g_array_sort (self->placements, compare_position);
      n = limit;
    }

  extents = g_new (ChrLaneItem, n);
  lanes = g_new (int, n);
  for (guint k = 0; k < n; k++)
    {
      Placement *p = &g_array_index (self->placements, Placement, k);
      Item *item = &self->items[p->index];

      ensure_layouts (self, item);
      place_card (p, item, scale->width);
      extents[k].x_start = p->left;
      extents[k].x_end = p->right;
      extents[k].importance = item->importance;
      /* Invisible cards take no lane from those that show. */
      if (p->right < 0)
        extents[k].importance = -G_MAXDOUBLE;
    }

  chr_lanes_assign (extents, n, LANE_GAP, max_lanes, lanes);
  for (guint k = 0; k < n; k++)
    {
      Placement *p = &g_array_index (self->placements, Placement, k);

      p->lane = extents[k].x_end < 0 ? CHR_LANE_NONE : lanes[k];
    }
}

static void
draw_grid (ChrRenderer        *self,
           cairo_t            *cr,
           const ChrTimeScale *scale,
           GArray             *ticks,
           double              axis_y)
{
  cairo_set_line_width (cr, 1);
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean major = pass == 1;

      for (guint i = 0; i < ticks->len; i++)
        {
          const ChrTick *tick = &g_array_index (ticks, ChrTick, i);
          double x = round (chr_time_scale_time_to_x (scale, tick->time)) + 0.5;

          if (tick->major != major)
            continue;
          cairo_move_to (cr, x, 0);
          cairo_line_to (cr, x, axis_y);
        }
      set_color (cr, &self->palette.grid, major ? 0.8 : 0.35);
      cairo_stroke (cr);
    }
}

static void
show_axis_text (ChrRenderer *self,
                cairo_t     *cr,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, self->axis_layout);
}

static void
draw_axis (ChrRenderer        *self,
           cairo_t            *cr,
           const ChrTimeScale *scale,
           const ChrTickStep  *step,
           GArray             *ticks,
           double              axis_y)
{
  double label_y = axis_y + 6;
  double context_y = label_y + self->axis_height + 2;
  double last_right = -G_MAXDOUBLE;
  double sticky_x, sticky_width;
  char sticky[64];

  cairo_set_line_width (cr, 1);
  set_color (cr, &self->palette.grid, 1.0);
  cairo_move_to (cr, 0, axis_y + 0.5);
  cairo_line_to (cr, scale->width, axis_y + 0.5);
  cairo_stroke (cr);

  /* Tick marks: short for every tick, running down past the context row for
   * major ones, like a ruler. */
  for (guint i = 0; i < ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (ticks, ChrTick, i);
      double x = round (chr_time_scale_time_to_x (scale, tick->time)) + 0.5;

      cairo_move_to (cr, x, axis_y + 1);
      cairo_line_to (cr, x, tick->major ? context_y + self->axis_height : label_y + self->axis_height - 2);
    }
  cairo_stroke (cr);

  pango_layout_set_font_description (self->axis_layout, self->axis_font);
  for (guint i = 0; i < ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (ticks, ChrTick, i);
      double x = round (chr_time_scale_time_to_x (scale, tick->time)) + TICK_LABEL_OFFSET;
      double width = text_width (self->axis_layout, tick->label);

      /* The step leaves room for the widest label; a wider translation is
       * skipped rather than drawn over its neighbour. */
      if (x < last_right + TICK_LABEL_GAP / 2)
        continue;
      set_color (cr, tick->major ? &self->palette.foreground : &self->palette.dim_foreground, 1.0);
      show_axis_text (self, cr, x, label_y);
      last_right = x + width;
    }

  /* The context row: the period the view starts in stays pinned at the left
   * edge and is pushed out by the next one, like a sticky header. */
  pango_layout_set_font_description (self->axis_layout, self->context_font);
  set_color (cr, &self->palette.foreground, 1.0);
  if (!chr_ticks_format_context (step, scale->begin, sticky, sizeof sticky))
    return;

  sticky_width = text_width (self->axis_layout, sticky);
  sticky_x = TICK_LABEL_OFFSET;
  for (guint i = 0; i < ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (ticks, ChrTick, i);
      double x = round (chr_time_scale_time_to_x (scale, tick->time)) + TICK_LABEL_OFFSET;

      if (tick->context[0] == '\0' || x <= sticky_x)
        continue;
      sticky_x = MIN (sticky_x, x - sticky_width - TICK_LABEL_GAP);
      break;
    }
  last_right = -G_MAXDOUBLE;
  if (sticky_x + sticky_width > 0)
    {
      /* The layout still holds the sticky text, measured above. */
      show_axis_text (self, cr, sticky_x, context_y);
      last_right = sticky_x + sticky_width;
    }

  for (guint i = 0; i < ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (ticks, ChrTick, i);
      double x = round (chr_time_scale_time_to_x (scale, tick->time)) + TICK_LABEL_OFFSET;
      double width;

      if (tick->context[0] == '\0' || x < last_right + TICK_LABEL_GAP)
        continue;
      width = text_width (self->axis_layout, tick->context);
      show_axis_text (self, cr, x, context_y);
      last_right = x + width;
    }
}

/* One mark per event on the strip above the axis, so events without a card
 * still show. Marks that would land on the same pixels are drawn once. */
static void
draw_strip (ChrRenderer        *self,
            cairo_t            *cr,
            const ChrTimeScale *scale,
            double              strip_y)
{
  gint64 from = chr_time_scale_x_to_time (scale, -STRIP_RADIUS);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width + STRIP_RADIUS);
  double last_dot = -G_MAXDOUBLE, last_bar_end = -G_MAXDOUBLE;

  set_color (cr, &self->palette.accent, 0.35);
  for (guint i = first_ending_after (self, from); i < self->n_items; i++)
    {
      const Item *item = &self->items[i];
      double x0, x1;

      if (item->begin > to)
        break;
      if (item->end < from || !is_period (item))
        continue;
      x0 = MAX (chr_time_scale_time_to_x (scale, item->begin), -STRIP_RADIUS);
      x1 = MIN (chr_time_scale_time_to_x (scale, item->end), scale->width + STRIP_RADIUS);
      x1 = MAX (x1, x0 + 2 * STRIP_RADIUS);
      if (x1 <= last_bar_end + 0.5)
        continue;
      rounded_rectangle (cr, x0, strip_y - STRIP_RADIUS, x1 - x0, 2 * STRIP_RADIUS, STRIP_RADIUS);
      cairo_fill (cr);
      last_bar_end = x1;
    }

  set_color (cr, &self->palette.accent, 1.0);
  for (guint i = first_ending_after (self, from); i < self->n_items; i++)
    {
      const Item *item = &self->items[i];
      double x;

      if (item->begin > to)
        break;
      if (item->end < from || is_period (item))
        continue;
      x = round (chr_time_scale_time_to_x (scale, item->begin));
      if (x == last_dot)
        continue;
      cairo_arc (cr, x, strip_y, STRIP_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
      last_dot = x;
    }

  /* Every visible event can be picked on the strip, even where marks coincide. */
  for (guint i = first_ending_after (self, from); i < self->n_items; i++)
    {
      const Item *item = &self->items[i];
      double x0, x1;

      if (item->begin > to)
        break;
      if (item->end < from)
        continue;
      x0 = chr_time_scale_time_to_x (scale, item->begin);
      x1 = is_period (item) ? MAX (chr_time_scale_time_to_x (scale, item->end), x0 + 2 * STRIP_RADIUS)
                            : x0 + STRIP_RADIUS;
      x0 = MAX (x0 - STRIP_RADIUS, -STRIP_RADIUS);
      x1 = MIN (x1, scale->width + STRIP_RADIUS);
      add_hit (self, item->id, x0, strip_y - STRIP_RADIUS - 1, x1 - x0, 2 * STRIP_RADIUS + 2, FALSE);
    }
}

static void
draw_event (ChrRenderer     *self,
            cairo_t         *cr,
            const Placement *p,
            double           card_y,
            double           width)
{
  const Item *item = &self->items[p->index];
  gboolean selected = item->id == self->selected;
  gboolean hovered = item->id == self->hover;
  double height = card_height (self);
  double marker_y = card_y + height / 2;
  double card_x = round (p->card_x);
  const ChrColor *text_color = selected ? &self->palette.accent_foreground : &self->palette.foreground;
  const ChrColor *date_color = selected ? &self->palette.accent_foreground : &self->palette.dim_foreground;

  if (is_period (item))
    {
      double left, right;

      marker_extent (p, item, &left, &right);
      left = MAX (left, -2 * MARKER_RADIUS);
      right = MIN (right, width + 2 * MARKER_RADIUS);
      set_color (cr, &self->palette.accent, 0.35);
      rounded_rectangle (cr, left, marker_y - MARKER_RADIUS, right - left, 2 * MARKER_RADIUS, MARKER_RADIUS);
      cairo_fill (cr);
    }

  /* A soft shadow lifts the card off the grid lines, as libadwaita's cards. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
  rounded_rectangle (cr, card_x, card_y + 1, item->card_width, height, CARD_RADIUS);
  cairo_fill (cr);

  set_color (cr, selected ? &self->palette.accent : &self->palette.card, 1.0);
  rounded_rectangle (cr, card_x + 0.5, card_y + 0.5, item->card_width - 1, height - 1, CARD_RADIUS);
  cairo_fill_preserve (cr);
  if (selected || hovered)
    set_color (cr, &self->palette.accent, 1.0);
  else
    set_color (cr, &self->palette.foreground, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  cairo_arc (cr, p->x0, marker_y, MARKER_RADIUS, 0, 2 * G_PI);
  set_color (cr, &self->palette.accent, 1.0);
  cairo_fill (cr);

  set_color (cr, text_color, 1.0);
  cairo_move_to (cr, card_x + CARD_PADDING_X, card_y + CARD_PADDING_Y);
  pango_cairo_show_layout (cr, item->title);
  set_color (cr, date_color, selected ? 0.8 : 1.0);
  cairo_move_to (cr, card_x + CARD_PADDING_X, card_y + CARD_PADDING_Y + self->title_height + 1);
  pango_cairo_show_layout (cr, item->date);
}

/* Public API */

ChrRenderer *
chr_renderer_new (PangoContext *context)
{
  ChrRenderer *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (ChrRenderer, 1);
  self->source_context = g_object_ref (context);
  self->palette = default_palette;
  self->selected = -1;
  self->hover = -1;
  self->hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  return self;
}

void
chr_renderer_free (ChrRenderer *self)
{
  if (self == NULL)
    return;

  free_items (self);
  g_clear_object (&self->axis_layout);
  g_clear_object (&self->context);
  g_clear_object (&self->source_context);
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->date_font, pango_font_description_free);
  g_clear_pointer (&self->axis_font, pango_font_description_free);
  g_clear_pointer (&self->context_font, pango_font_description_free);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_free (self);
}

void
chr_renderer_set_items (ChrRenderer           *self,
                        const ChrTimelineItem *items,
                        guint                  n_items)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (items != NULL || n_items == 0);

  free_items (self);
  g_array_set_size (self->hits, 0);
  if (n_items == 0)
    return;

  self->items = g_new0 (Item, n_items);
  self->max_end = g_new (gint64, n_items);
  self->n_items = n_items;
  for (guint i = 0; i < n_items; i++)
    {
      Item *item = &self->items[i];

      item->id = items[i].id;
      item->begin = items[i].begin;
      item->end = MAX (items[i].end, items[i].begin);
      item->granularity = items[i].granularity;
      item->label = g_strdup (items[i].label != NULL ? items[i].label : "");
      item->importance = items[i].importance;
    }
  /* Ties on begin are ordered by id, so equal input gives an equal picture. */
  qsort (self->items, n_items, sizeof (Item), compare_items);

  for (guint i = 0; i < n_items; i++)
    self->max_end[i] = i == 0 ? self->items[0].end : MAX (self->max_end[i - 1], self->items[i].end);
}

guint
chr_renderer_get_n_items (ChrRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_items;
}

gboolean
chr_renderer_get_extent (ChrRenderer *self,
                         gint64      *begin,
                         gint64      *end)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->n_items == 0)
    return FALSE;
  if (begin != NULL)
    *begin = self->items[0].begin;
  if (end != NULL)
    *end = self->max_end[self->n_items - 1];
  return TRUE;
}

void
chr_renderer_set_palette (ChrRenderer      *self,
                          const ChrPalette *palette)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (palette != NULL);

  self->palette = *palette;
}

void
chr_renderer_set_selected (ChrRenderer *self,
                           gint64       id)
{
  g_return_if_fail (self != NULL);

  self->selected = id;
}

void
chr_renderer_set_hover (ChrRenderer *self,
                        gint64       id)
{
  g_return_if_fail (self != NULL);

  self->hover = id;
}

void
chr_renderer_draw (ChrRenderer        *self,
                   cairo_t            *cr,
                   const ChrTimeScale *scale,
                   double              height)
{
  g_autoptr (GArray) ticks = NULL;
  ChrTickStep step;
  double width, axis_y, strip_y, lanes_bottom, lane_pitch;
  guint max_lanes;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (scale != NULL);

  g_array_set_size (self->hits, 0);
  width = scale->width;
  if (width <= 0 || height <= 0)
    return;

  sync_context (self);
  pango_cairo_update_context (cr, self->context);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  set_color (cr, &self->palette.background, 1.0);
  cairo_paint (cr);

  axis_y = floor (height - AXIS_HEIGHT);
  strip_y = axis_y - STRIP_HEIGHT / 2;
  lanes_bottom = axis_y - STRIP_HEIGHT - 4;
  lane_pitch = card_height (self) + LANE_SPACING;
  max_lanes = lanes_bottom - TOP_PADDING + LANE_SPACING > 0
              ? (guint) floor ((lanes_bottom - TOP_PADDING + LANE_SPACING) / lane_pitch) : 0;

  ticks = chr_ticks_compute (scale->begin, scale->end, width, self->tick_spacing, &step);
  draw_grid (self, cr, scale, ticks, axis_y);

  layout_events (self, scale, max_lanes);

  /* Connectors first, so cards on lower lanes cover them. */
  cairo_set_line_width (cr, 1);
  for (guint k = 0; k < self->placements->len; k++)
    {
      const Placement *p = &g_array_index (self->placements, Placement, k);
      double x, card_y;

      if (p->lane == CHR_LANE_NONE)
        continue;
      x = round (p->x0) + 0.5;
      card_y = lanes_bottom - p->lane * lane_pitch - card_height (self);
      cairo_move_to (cr, x, card_y + card_height (self) / 2);
      cairo_line_to (cr, x, strip_y);
      if (self->items[p->index].id == self->selected)
        set_color (cr, &self->palette.accent, 1.0);
      else
        set_color (cr, &self->palette.grid, 1.0);
      cairo_stroke (cr);
    }

  draw_strip (self, cr, scale, strip_y);

  /* The selected and hovered cards last, so their outlines are never cut. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < self->placements->len; k++)
      {
        const Placement *p = &g_array_index (self->placements, Placement, k);
        const Item *item = &self->items[p->index];
        gboolean emphasised = item->id == self->selected || item->id == self->hover;
        double card_y;

        if (p->lane == CHR_LANE_NONE || emphasised != (pass == 1))
          continue;
        card_y = lanes_bottom - p->lane * lane_pitch - card_height (self);
        draw_event (self, cr, p, card_y, width);
        add_hit (self, item->id, p->left, card_y, p->right - p->left, card_height (self), TRUE);
      }

  draw_axis (self, cr, scale, &step, ticks, axis_y);

  cairo_restore (cr);
}

gint64
chr_renderer_hit_test (ChrRenderer *self,
                       double       x,
                       double       y)
{
  gint64 best = -1;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, -1);

  /* Cards never overlap, so the first one that contains the point is it. */
  for (guint i = 0; i < self->hits->len; i++)
    {
      const Hit *hit = &g_array_index (self->hits, Hit, i);

      if (hit->on_lane && x >= hit->x && x < hit->x + hit->width && y >= hit->y && y < hit->y + hit->height)
        return hit->id;
    }

  /* Marks on the strip can coincide: the one whose start is nearest wins. */
  for (guint i = 0; i < self->hits->len; i++)
    {
      const Hit *hit = &g_array_index (self->hits, Hit, i);
      double distance = fabs (x - (hit->x + STRIP_RADIUS));

      if (!hit->on_lane && x >= hit->x && x < hit->x + hit->width && y >= hit->y && y < hit->y + hit->height
          && distance < best_distance)
        {
          best = hit->id;
          best_distance = distance;
        }
    }
  return best;
}

gboolean
chr_renderer_get_item_rect (ChrRenderer *self,
                            gint64       id,
                            double      *x,
                            double      *y,
                            double      *width,
                            double      *height)
{
  const Hit *found = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  /* An event's card, when it has one, stands for it rather than its strip mark. */
  for (guint i = 0; i < self->hits->len; i++)
    {
      const Hit *hit = &g_array_index (self->hits, Hit, i);

      if (hit->id == id && (found == NULL || hit->on_lane))
        found = hit;
    }
  if (found == NULL)
    return FALSE;

  if (x != NULL)
    *x = found->x;
  if (y != NULL)
    *y = found->y;
  if (width != NULL)
    *width = found->width;
  if (height != NULL)
    *height = found->height;
  return TRUE;
}
