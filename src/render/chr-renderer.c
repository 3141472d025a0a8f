/* chr-renderer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-renderer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "chr-event-merge.h"
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
#define CLUSTER_ROW       22.0   /* between the lanes and the strip: counts of what has no card */
#define CLUSTER_HEIGHT    16.0
#define CLUSTER_CELL      72.0   /* the least width of the time span one cluster gathers */
#define CANDIDATE_STEP     8.0   /* in a crowd, the most important event of every such column bids for a card */
#define DENSITY_BIN        2.0
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
/* Up to this many visible events each gets its own mark and hit area on the
 * strip; past it the strip shows their density, which costs the same for any
 * number of events. */
#define DETAIL_LIMIT     1500
/* A period that began before the view has its card pinned at the left edge
 * and its bar across a whole lane; it competes at this share of its
 * importance, or zoomed in, long periods would take every lane from the
 * events of the view itself. Only a much more important period wins. */
#define PINNED_WEIGHT    0.25

/* Font sizes relative to the UI font (Cantarell 11 on GNOME). */
#define TITLE_SCALE    (10.0 / 11.0)
#define DATE_SCALE     (8.5 / 11.0)
#define AXIS_SCALE     (9.0 / 11.0)

/* Card images let go of at once when the cache is full. */
#define EVICTION_BATCH 64

/* New card texts shaped per frame, at most. */
#define MAX_NEW_CARDS_PER_FRAME 32

/* Pango's built-in default, which nobody configures on purpose. */
#define PANGO_DEFAULT_FAMILY "serif"
#define FALLBACK_FAMILY      "Cantarell, DejaVu Sans"
#define FALLBACK_SIZE        11

typedef ChrTimelineItem Item;

/* What the renderer keeps of one event between frames. */
typedef struct
{
  /* Made on first use and kept while in use: labels don't change between frames. */
  PangoLayout    *title;
  PangoLayout    *date;
  guint           layout_frame;    /* the last frame that placed its card */
  double          card_width;
  /* The card as pixels, for image targets: glyphs are costly to draw again
   * each frame, a copy is not. Valid while image_key matches. */
  cairo_surface_t *image;
  guint           image_key;
  guint           image_frame;     /* the last frame that drew it */
} CardCache;

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
  guint  slot;           /* its place among the frame's placements */
  gboolean deferred;     /* its card waits for a later frame */
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

  ChrTimelineIndex     *index;       /* never NULL: an empty one when there are no events */
  const ChrTimelineItem *items;      /* index's, by position */
  CardCache            *caches;      /* one per event of index */

  ChrPalette            palette;
  gint64                selected;
  gint64                hover;

  GArray               *hits;        /* Hit, from the last draw */
  guint                 palette_serial;
  guint                 frame;       /* counts draws */
  GArray               *imaged;      /* guint: the items that have a card image */
  GArray               *laid_out;    /* guint: the items that have text layouts, oldest first */
  gboolean              deferred;    /* the last draw left cards for later frames */
  GArray               *placements;  /* Placement, scratch for one draw */
  GArray               *visible;     /* guint, scratch: the events walked one by one */
  GArray               *clusters;    /* Cluster, from the last draw */
  PangoLayout          *badge_layout;
};

typedef struct
{
  double x, y, width, height;
  gint64 begin, end;
  guint  count;
} Cluster;

/* Used only until the toolkit hands over its palette: libadwaita's light style. */
static const ChrPalette default_palette = {
  .background = { 0.980, 0.980, 0.980, 1.0 },
  .foreground = { 0.0, 0.0, 0.024, 0.8 },
  .dim_foreground = { 0.0, 0.0, 0.024, 0.55 },
  .grid = { 0.0, 0.0, 0.024, 0.15 },
  .accent = { 0.208, 0.518, 0.894, 1.0 },
  .accent_foreground = { 1.0, 1.0, 1.0, 1.0 },
  .card = { 1.0, 1.0, 1.0, 1.0 },
  .border = { 0.0, 0.0, 0.024, 0.15 },
  .warning = { 0.612, 0.431, 0.012, 1.0 },
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

static void
clear_item_images (ChrRenderer *self)
{
  for (guint k = 0; self->imaged && k < self->imaged->len; k++)
    {
      guint i = g_array_index (self->imaged, guint, k);

      g_clear_pointer (&self->caches[i].image, cairo_surface_destroy);
    }
  if (self->imaged)
    g_array_set_size (self->imaged, 0);
}

/* Lets go of the oldest card images the current frame did not draw, a
 * batch at a time, so that no frame pays for freeing a screenful. */
static void
evict_card_images (ChrRenderer *self)
{
  guint kept = 0, evicted = 0;

  for (guint k = 0; k < self->imaged->len; k++)
    {
      guint i = g_array_index (self->imaged, guint, k);

      if (evicted < EVICTION_BATCH && self->caches[i].image_frame != self->frame)
        {
          g_clear_pointer (&self->caches[i].image, cairo_surface_destroy);
          evicted++;
        }
      else
        g_array_index (self->imaged, guint, kept++) = i;
    }
  g_array_set_size (self->imaged, kept);
}

static void
clear_item_layouts (ChrRenderer *self)
{
  for (guint k = 0; self->laid_out && k < self->laid_out->len; k++)
    {
      CardCache *cache = &self->caches[g_array_index (self->laid_out, guint, k)];

      g_clear_object (&cache->title);
      g_clear_object (&cache->date);
    }
  if (self->laid_out)
    g_array_set_size (self->laid_out, 0);
  clear_item_images (self);
}

/* Text layouts kept at once: many screenfuls, so that browsing back finds
 * them, yet a bounded few megabytes however much of a large timeline is
 * browsed. */
#define MAX_LAID_OUT 4096

/* Lets go of the oldest layouts the current frame did not use, a batch at
 * a time, as evict_card_images() does for pixels. */
static void
evict_layouts (ChrRenderer *self)
{
  guint kept = 0, evicted = 0;

  for (guint k = 0; k < self->laid_out->len; k++)
    {
      guint i = g_array_index (self->laid_out, guint, k);
      CardCache *cache = &self->caches[i];

      if (evicted < EVICTION_BATCH && cache->layout_frame != self->frame)
        {
          g_clear_object (&cache->title);
          g_clear_object (&cache->date);
          evicted++;
        }
      else
        g_array_index (self->laid_out, guint, kept++) = i;
    }
  g_array_set_size (self->laid_out, kept);
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
  g_clear_object (&self->badge_layout);
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
  self->badge_layout = pango_layout_new (self->context);
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

/* The start or end of a period as precisely as its granularity: "2014",
 * "Feb 2014", "24 Feb 2022". */
static char *
format_bound (gint64         t,
              ChrGranularity granularity)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_utc (t);
  const char *format;

  if (time == NULL || g_date_time_get_year (time) < 1)
    return NULL;
  switch (granularity)
    {
    case CHR_GRANULARITY_MILLENNIUM:
    case CHR_GRANULARITY_CENTURY:
    case CHR_GRANULARITY_DECADE:
    case CHR_GRANULARITY_YEAR:
      format = "%Y";
      break;
    case CHR_GRANULARITY_HALF:
    case CHR_GRANULARITY_QUARTER:
    case CHR_GRANULARITY_SEASON:
    case CHR_GRANULARITY_MONTH:
      /* Translators: a month and year, e.g. "Feb 2014"; see strftime(3). */
      format = _("%b %Y");
      break;
    case CHR_GRANULARITY_UNKNOWN:
    case CHR_GRANULARITY_WEEK:
    case CHR_GRANULARITY_DAY:
    case CHR_GRANULARITY_PART_OF_DAY:
    case CHR_GRANULARITY_HOUR:
    case CHR_GRANULARITY_MINUTE:
    case CHR_GRANULARITY_SECOND:
    default:
      /* Translators: a day, e.g. "24 Feb 2022"; see strftime(3). */
      format = _("%-d %b %Y");
      break;
    }
  return g_date_time_format (time, format);
}

/* A period names both ends ("2014 – 2022") or says it goes on ("Feb 2014 –
 * ongoing"); anything else is its interval as the axis would write it. */
static char *
format_date (const Item *item)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (!(item->flags & CHR_EVENT_FLAG_PERIOD))
    return chr_ticks_format_interval (item->begin, item->end, item->granularity);
  first = format_bound (item->begin, item->granularity);
  if (first == NULL)
    return chr_ticks_format_interval (item->begin, item->end, item->granularity);
  if (item->flags & CHR_EVENT_FLAG_ONGOING)
    /* Translators: a period that has not ended, e.g. "Feb 2014 – ongoing". */
    return g_strdup_printf (_("%s – ongoing"), first);
  last = format_bound (MAX (item->end - 1, item->begin), item->granularity);
  if (last == NULL || g_strcmp0 (first, last) == 0)
    return chr_ticks_format_interval (item->begin, item->end, item->granularity);
  /* Translators: a range of two dates, e.g. "2014 – 2022". */
  return g_strdup_printf (_("%s – %s"), first, last);
}

static void
ensure_layouts (ChrRenderer *self,
                guint        i)
{
  const Item *item = &self->items[i];
  CardCache *cache = &self->caches[i];
  g_autofree char *date = NULL;
  PangoRectangle title_rect, date_rect;
  int max_text = (int) (CARD_MAX_WIDTH - 2 * CARD_PADDING_X) * PANGO_SCALE;

  cache->layout_frame = self->frame;
  if (cache->title != NULL)
    return;

  if (self->laid_out->len >= MAX_LAID_OUT)
    evict_layouts (self);
  g_array_append_val (self->laid_out, i);
  cache->title = pango_layout_new (self->context);
  pango_layout_set_font_description (cache->title, self->title_font);
  pango_layout_set_single_paragraph_mode (cache->title, TRUE);
  pango_layout_set_width (cache->title, max_text);
  pango_layout_set_ellipsize (cache->title, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (cache->title, item->label, -1);

  date = format_date (item);
  cache->date = pango_layout_new (self->context);
  pango_layout_set_font_description (cache->date, self->date_font);
  pango_layout_set_single_paragraph_mode (cache->date, TRUE);
  pango_layout_set_width (cache->date, max_text);
  pango_layout_set_ellipsize (cache->date, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (cache->date, date, -1);

  pango_layout_get_pixel_extents (cache->title, NULL, &title_rect);
  pango_layout_get_pixel_extents (cache->date, NULL, &date_rect);
  cache->card_width = ceil (MAX (title_rect.x + title_rect.width, date_rect.x + date_rect.width))
                     + 2 * CARD_PADDING_X;
  /* Room for the conflict dot in the corner, clear of the title. */
  if (item->flags & CHR_EVENT_FLAG_CONFLICT)
    cache->card_width += 8;
}

static void
free_items (ChrRenderer *self)
{
  clear_item_layouts (self);
  g_clear_pointer (&self->caches, g_free);
  g_clear_pointer (&self->index, chr_timeline_index_unref);
}

/* How many items begin before t; also the index of the first that does not. */
static guint
begins_before (ChrRenderer *self,
               gint64       t)
{
  return chr_timeline_index_count_before (self->index, t);
}

/* How many items end before t: those are over before t, so the items that
 * overlap [from, to] number begins_before (to + 1) - ends_before (from). */
static guint
ends_before (ChrRenderer *self,
             gint64       t)
{
  return chr_timeline_index_count_ended_before (self->index, t);
}

static void
query_range (ChrRenderer *self,
             guint        lo,
             guint        hi,
             guint       *best,
             gint64      *latest)
{
  *best = chr_timeline_index_most_important (self->index, lo, hi, latest);
}

static void
scan_before (ChrRenderer *self,
             gint64       t,
             GArray      *out)
{
  chr_timeline_index_collect_ongoing (self->index, t, out);
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;

  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

static void
collect_visible (ChrRenderer *self,
                 gint64       from,
                 gint64       to,
                 GArray      *out)
{
  chr_timeline_index_collect_visible (self->index, from, to, out);
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

/* Among events that matter as much, which to take first so that those
 * taken spread over the width: the candidate columns in bit-reversed order
 * (the left edge, the middle, the quarters, the eighths...), rather than
 * left to right, which would give every card to the first stretch of time. */
static guint
spread_key (double x)
{
  guint column = (guint) CLAMP ((x + LEFT_MARGIN) / CANDIDATE_STEP, 0, 65535);
  guint key = 0;

  for (guint bit = 0; bit < 16; bit++)
    key |= ((column >> bit) & 1) << (15 - bit);
  return key;
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
  /* As in the lane layout, events of the view before those pinned from the left. */
  double wa = self->items[pa->index].importance * (pa->x0 < 0 ? PINNED_WEIGHT : 1);
  double wb = self->items[pb->index].importance * (pb->x0 < 0 ? PINNED_WEIGHT : 1);
  guint ka, kb;

  if (wa != wb)
    return wa > wb ? -1 : 1;
  ka = spread_key (pa->x0);
  kb = spread_key (pb->x0);
  if (ka != kb)
    return ka < kb ? -1 : 1;
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
  *right = (chr_timeline_item_is_period (item) ? MAX (p->x1, p->x0) : p->x0) + MARKER_RADIUS;
}

static void
place_card (Placement  *p,
            const Item *item,
            double      card_width,
            double      width)
{
  double after = p->x0 + CARD_OFFSET;
  double before = p->x0 - CARD_OFFSET - card_width;
  double marker_left, marker_right;

  marker_extent (p, item, &marker_left, &marker_right);
  /* A short bar shows whole, its card after it; a long one carries its card. */
  if (chr_timeline_item_is_period (item) && marker_right - marker_left <= LONG_BAR)
    after = marker_right - MARKER_RADIUS + CARD_OFFSET;
  p->card_x = after;
  /* Near the right edge the card would be cut off: it goes left of its marker. */
  if (after + card_width > width - EDGE_PADDING && before >= EDGE_PADDING)
    p->card_x = before;
  /* A long period whose start is off to the left keeps its card in view
   * for as long as the bar can hold it. */
  else if (chr_timeline_item_is_period (item) && after < EDGE_PADDING)
    p->card_x = MAX (after, MIN (EDGE_PADDING, marker_right - MARKER_RADIUS - card_width));

  p->left = MIN (marker_left, p->card_x);
  p->right = MAX (marker_right, p->card_x + card_width);
}

static void
add_placement (ChrRenderer        *self,
               const ChrTimeScale *scale,
               guint               index)
{
  const Item *item = &self->items[index];
  Placement p = { .index = index, .lane = CHR_LANE_NONE };

  p.x0 = chr_time_scale_time_to_x (scale, item->begin);
  p.x1 = chr_time_scale_time_to_x (scale, item->end);
  g_array_append_val (self->placements, p);
}

/* Collects the events that may show a card and gives lanes to as many as
 * fit, the most important first. When few events are visible, all of them
 * compete; in a crowd, only the most important event of each narrow column,
 * found in the range-maximum index, so the work is bounded by the width. */
static void
layout_events (ChrRenderer        *self,
               const ChrTimeScale *scale,
               guint               max_lanes,
               gboolean            detail)
{
  gint64 from = chr_time_scale_x_to_time (scale, -LEFT_MARGIN);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width);
  g_autofree ChrLaneItem *extents = NULL;
  g_autofree int *lanes = NULL;
  guint n, limit;

  g_array_set_size (self->placements, 0);
  if (detail)
    {
      collect_visible (self, from, to, self->visible);
      for (guint k = 0; k < self->visible->len; k++)
        add_placement (self, scale, g_array_index (self->visible, guint, k));
    }
  else
    {
      guint lo;

      g_array_set_size (self->visible, 0);
      scan_before (self, from, self->visible);
      g_array_sort (self->visible, compare_indices);
      for (guint k = 0; k < self->visible->len; k++)
        add_placement (self, scale, g_array_index (self->visible, guint, k));

      lo = begins_before (self, from);
      for (double x = -LEFT_MARGIN; x < scale->width; x += CANDIDATE_STEP)
        {
          gint64 column_end = x + CANDIDATE_STEP >= scale->width
                              ? to + 1 : chr_time_scale_x_to_time (scale, x + CANDIDATE_STEP);
          guint hi = begins_before (self, column_end);
          guint best;
          gint64 latest;

          query_range (self, lo, hi, &best, &latest);
          if (best != G_MAXUINT)
            add_placement (self, scale, best);
          lo = hi;
        }
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

  /* Text is shaped at most so many new cards a frame, the most important
   * first: a fast zoom into a crowded stretch fills in over a few frames
   * instead of stalling one. */
  {
    g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (Placement));

    for (guint k = 0; k < n; k++)
      {
        Placement *p = &g_array_index (self->placements, Placement, k);

        p->deferred = FALSE;
        p->slot = k;
        if (self->caches[p->index].title == NULL)
          g_array_append_val (fresh, *p);
      }
    if (fresh->len > MAX_NEW_CARDS_PER_FRAME)
      {
        g_qsort_with_data (fresh->data, (int) fresh->len, sizeof (Placement), compare_importance, self);
        for (guint k = MAX_NEW_CARDS_PER_FRAME; k < fresh->len; k++)
          g_array_index (self->placements, Placement, g_array_index (fresh, Placement, k).slot).deferred = TRUE;
        self->deferred = TRUE;
      }
  }

  /* Every card this frame may show is in use: making the layouts of one
   * must not let go of another's. */
  for (guint k = 0; k < n; k++)
    self->caches[g_array_index (self->placements, Placement, k).index].layout_frame = self->frame;

  extents = g_new (ChrLaneItem, n);
  lanes = g_new (int, n);
  for (guint k = 0; k < n; k++)
    {
      Placement *p = &g_array_index (self->placements, Placement, k);
      const Item *item = &self->items[p->index];

      if (p->deferred)
        {
          /* No card this frame: it counts in its cluster until its text is ready. */
          extents[k].x_start = extents[k].x_end = -1;
          extents[k].importance = -G_MAXDOUBLE;
          p->left = p->right = -1;
          continue;
        }
      ensure_layouts (self, p->index);
      place_card (p, item, self->caches[p->index].card_width, scale->width);
      extents[k].x_start = p->left;
      extents[k].x_end = p->right;
      extents[k].importance = item->importance;
      if (p->x0 < 0)
        extents[k].importance *= PINNED_WEIGHT;
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

/* How strongly an event's extent is drawn: a period as a bar, an event known
 * only to the month or year lighter, as it may be anywhere in it, and an
 * approximate one lighter still. */
static double
extent_alpha (const Item *item)
{
  double alpha = (item->flags & CHR_EVENT_FLAG_PERIOD) ? 0.4 : 0.2;

  if (item->flags & CHR_EVENT_FLAG_APPROXIMATE)
    alpha *= 0.6;
  return alpha;
}

/* One mark per event on the strip above the axis, so events without a card
 * still show. Marks that would land on the same pixels are drawn once. */
static void
draw_strip_marks (ChrRenderer        *self,
                  cairo_t            *cr,
                  const ChrTimeScale *scale,
                  double              strip_y)
{
  gint64 from = chr_time_scale_x_to_time (scale, -STRIP_RADIUS);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width + STRIP_RADIUS);
  double last_dot = -G_MAXDOUBLE;
  /* Bars that run past both edges all have the same shape. Stacked, n of
   * them of opacity a show as one of 1 - (1 - a)^n: zoomed into a day of a
   * decade full of long periods, one bar is drawn instead of hundreds. */
  struct { double alpha; guint count; } spanning[4];
  guint n_spanning = 0;

  for (guint k = 0; k < self->visible->len; k++)
    {
      const Item *item = &self->items[g_array_index (self->visible, guint, k)];
      double alpha = extent_alpha (item);
      double x0, x1;
      guint s;

      if (item->begin > to || item->end < from || !chr_timeline_item_is_period (item))
        continue;
      x0 = MAX (chr_time_scale_time_to_x (scale, item->begin), -STRIP_RADIUS);
      x1 = MIN (chr_time_scale_time_to_x (scale, item->end), scale->width + STRIP_RADIUS);
      x1 = MAX (x1, x0 + 2 * STRIP_RADIUS);
      if (x0 <= -STRIP_RADIUS && x1 >= scale->width + STRIP_RADIUS)
        {
          for (s = 0; s < n_spanning && spanning[s].alpha != alpha; s++)
            ;
          if (s == n_spanning && n_spanning < G_N_ELEMENTS (spanning))
            {
              spanning[s].alpha = alpha;
              spanning[s].count = 0;
              n_spanning++;
            }
          if (s < n_spanning)
            {
              spanning[s].count++;
              continue;
            }
        }
      set_color (cr, &self->palette.accent, alpha);
      rounded_rectangle (cr, x0, strip_y - STRIP_RADIUS, x1 - x0, 2 * STRIP_RADIUS, STRIP_RADIUS);
      cairo_fill (cr);
    }
  for (guint s = 0; s < n_spanning; s++)
    {
      set_color (cr, &self->palette.accent, 1 - pow (1 - spanning[s].alpha, spanning[s].count));
      cairo_rectangle (cr, -STRIP_RADIUS, strip_y - STRIP_RADIUS, scale->width + 2 * STRIP_RADIUS, 2 * STRIP_RADIUS);
      cairo_fill (cr);
    }

  set_color (cr, &self->palette.accent, 1.0);
  for (guint k = 0; k < self->visible->len; k++)
    {
      const Item *item = &self->items[g_array_index (self->visible, guint, k)];
      double x;

      if (item->begin > to || item->end < from || chr_timeline_item_is_period (item))
        continue;
      x = round (chr_time_scale_time_to_x (scale, item->begin));
      if (x == last_dot)
        continue;
      cairo_arc (cr, x, strip_y, STRIP_RADIUS, 0, 2 * G_PI);
      last_dot = x;
    }
  cairo_fill (cr);

  /* Every visible event can be picked on the strip, even where marks coincide. */
  for (guint k = 0; k < self->visible->len; k++)
    {
      const Item *item = &self->items[g_array_index (self->visible, guint, k)];
      double x0, x1;

      if (item->begin > to || item->end < from)
        continue;
      x0 = chr_time_scale_time_to_x (scale, item->begin);
      x1 = chr_timeline_item_is_period (item) ? MAX (chr_time_scale_time_to_x (scale, item->end), x0 + 2 * STRIP_RADIUS)
                            : x0 + STRIP_RADIUS;
      x0 = MAX (x0 - STRIP_RADIUS, -STRIP_RADIUS);
      x1 = MIN (x1, scale->width + STRIP_RADIUS);
      add_hit (self, item->id, x0, strip_y - STRIP_RADIUS - 1, x1 - x0, 2 * STRIP_RADIUS + 2, FALSE);
    }
}

/* In a crowd the strip is a histogram: for every few pixels, how many events
 * overlap them, on a log scale so that a lone event still shows beside a
 * thousand. Two binary searches per bin, whatever the number of events. */
static void
draw_density (ChrRenderer        *self,
              cairo_t            *cr,
              const ChrTimeScale *scale,
              double              strip_y)
{
  guint n_bins = (guint) ceil (scale->width / DENSITY_BIN);
  g_autofree guint *counts = g_new (guint, n_bins);
  double bottom = strip_y + STRIP_HEIGHT / 2 - 2;
  double max_height = STRIP_HEIGHT - 4;
  guint most = 0;
  double scale_log;

  for (guint b = 0; b < n_bins; b++)
    {
      gint64 t1 = chr_time_scale_x_to_time (scale, (b + 1) * DENSITY_BIN);
      gint64 t0 = chr_time_scale_x_to_time (scale, b * DENSITY_BIN);
      guint begun = begins_before (self, t1);

      counts[b] = begun - MIN (begun, ends_before (self, t0));
      most = MAX (most, counts[b]);
    }
  if (most == 0)
    return;

  scale_log = log1p ((double) most);
  for (guint b = 0; b < n_bins; b++)
    {
      double h;

      if (counts[b] == 0)
        continue;
      h = 2 + (max_height - 2) * log1p ((double) counts[b]) / scale_log;
      cairo_rectangle (cr, b * DENSITY_BIN, round (bottom - h), DENSITY_BIN, round (h));
    }
  set_color (cr, &self->palette.accent, 0.55);
  cairo_fill (cr);
}

static void
format_count (guint  count,
              char  *buffer,
              gsize  size)
{
  if (count < 1000)
    g_snprintf (buffer, size, "+%u", count);
  else if (count < 10000)
    g_snprintf (buffer, size, "+%.1fk", count / 1000.0);
  else if (count < 1000000)
    g_snprintf (buffer, size, "+%uk", count / 1000);
  else
    g_snprintf (buffer, size, "+%.1fM", count / 1000000.0);
}

/* The events that got no card fold into clusters: one per cell of a grid
 * aligned to powers of two of seconds, so cells move with the view when it
 * pans and the counts don't flicker. Each visible event belongs to the cell
 * its begin falls in (the first cell for those that began before the view),
 * so the counts and the cards add up to the visible events. */
static void
compute_clusters (ChrRenderer        *self,
                  const ChrTimeScale *scale,
                  double              row_y)
{
  gint64 from = chr_time_scale_x_to_time (scale, 0);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width);
  double target = chr_time_scale_seconds_per_pixel (scale) * CLUSTER_CELL;
  gint64 cell = 1, first, last;
  guint n_cells, ended, started_before;
  g_autofree guint *carded = NULL;
  gint64 before_begin = G_MAXINT64, before_end = G_MININT64;
  double last_right = -G_MAXDOUBLE;

  g_array_set_size (self->clusters, 0);
  if (chr_timeline_index_get_n_items (self->index) == 0 || to < from)
    return;
  while ((double) cell < target && cell < G_MAXINT64 / 4)
    cell *= 2;
  first = chr_floor_div (from, cell);
  last = chr_floor_div (to, cell);
  n_cells = (guint) (last - first + 1);
  carded = g_new0 (guint, n_cells);

  for (guint k = 0; k < self->placements->len; k++)
    {
      const Placement *p = &g_array_index (self->placements, Placement, k);
      const Item *item = &self->items[p->index];

      if (p->lane == CHR_LANE_NONE || item->begin > to || item->end < from)
        continue;
      carded[item->begin < from ? 0 : (guint) (chr_floor_div (item->begin, cell) - first)]++;
    }

  ended = ends_before (self, from);
  started_before = begins_before (self, from);
  if (started_before > ended)
    {
      g_autoptr (GArray) before = g_array_new (FALSE, FALSE, sizeof (guint));

      scan_before (self, from, before);
      for (guint k = 0; k < before->len; k++)
        {
          const Item *item = &self->items[g_array_index (before, guint, k)];

          before_begin = MIN (before_begin, item->begin);
          before_end = MAX (before_end, item->end);
        }
    }

  pango_layout_set_font_description (self->badge_layout, self->axis_font);
  for (guint c = 0; c < n_cells; c++)
    {
      gint64 cell_begin = (first + c) * cell;
      gint64 cell_end = cell_begin + cell;
      guint lo = c == 0 ? started_before : begins_before (self, cell_begin);
      guint hi = begins_before (self, MIN (cell_end, to + 1));
      guint total = hi - lo + (c == 0 ? started_before - MIN (started_before, ended) : 0);
      Cluster cluster = { 0 };
      PangoRectangle logical;
      double x0, x1;
      guint best;
      char text[32];

      if (total <= carded[c])
        continue;
      cluster.count = total - carded[c];
      query_range (self, lo, hi, &best, &cluster.end);
      cluster.begin = lo < hi ? self->items[lo].begin : G_MAXINT64;
      if (c == 0 && started_before > ended)
        {
          cluster.begin = MIN (cluster.begin, before_begin);
          cluster.end = MAX (cluster.end, before_end);
        }

      format_count (cluster.count, text, sizeof text);
      pango_layout_set_text (self->badge_layout, text, -1);
      pango_layout_get_pixel_extents (self->badge_layout, NULL, &logical);
      cluster.width = logical.width + 12;
      cluster.height = CLUSTER_HEIGHT;
      x0 = MAX (chr_time_scale_time_to_x (scale, cell_begin), 0);
      x1 = MIN (chr_time_scale_time_to_x (scale, cell_end), scale->width);
      cluster.x = round ((x0 + x1 - cluster.width) / 2);
      cluster.x = CLAMP (cluster.x, EDGE_PADDING, scale->width - EDGE_PADDING - cluster.width);
      /* Cells are wider than any badge, but the clamping at the edges can
       * push two together. */
      if (cluster.x < last_right + 4)
        cluster.x = last_right + 4;
      cluster.y = row_y + (CLUSTER_ROW - CLUSTER_HEIGHT) / 2;
      last_right = cluster.x + cluster.width;
      g_array_append_val (self->clusters, cluster);
    }
}

static void
draw_clusters (ChrRenderer *self,
               cairo_t     *cr)
{
  pango_layout_set_font_description (self->badge_layout, self->axis_font);
  for (guint k = 0; k < self->clusters->len; k++)
    {
      const Cluster *cluster = &g_array_index (self->clusters, Cluster, k);
      PangoRectangle logical;
      char text[32];

      rounded_rectangle (cr, cluster->x + 0.5, cluster->y + 0.5, cluster->width - 1, cluster->height - 1,
                         cluster->height / 2);
      set_color (cr, &self->palette.card, 1.0);
      cairo_fill_preserve (cr);
      set_color (cr, &self->palette.border, 1.0);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      format_count (cluster->count, text, sizeof text);
      pango_layout_set_text (self->badge_layout, text, -1);
      pango_layout_get_pixel_extents (self->badge_layout, NULL, &logical);
      set_color (cr, &self->palette.dim_foreground, 1.0);
      cairo_move_to (cr, cluster->x + (cluster->width - logical.width) / 2,
                     cluster->y + (cluster->height - logical.height) / 2 - logical.y);
      pango_cairo_show_layout (cr, self->badge_layout);
    }
}

/* The card itself, at (x, y): shadow, background, border, conflict dot and text. */
static void
paint_card (ChrRenderer     *self,
            cairo_t         *cr,
            const Item      *item,
            const CardCache *cache,
            double       card_x,
            double       card_y,
            gboolean     selected,
            gboolean     hovered)
{
  double height = card_height (self);
  const ChrColor *text_color = selected ? &self->palette.accent_foreground : &self->palette.foreground;
  const ChrColor *date_color = selected ? &self->palette.accent_foreground : &self->palette.dim_foreground;

  /* A soft shadow lifts the card off the grid lines, as libadwaita's cards. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
  rounded_rectangle (cr, card_x, card_y + 1, cache->card_width, height, CARD_RADIUS);
  cairo_fill (cr);

  set_color (cr, selected ? &self->palette.accent : &self->palette.card, 1.0);
  rounded_rectangle (cr, card_x + 0.5, card_y + 0.5, cache->card_width - 1, height - 1, CARD_RADIUS);
  cairo_fill_preserve (cr);
  if (selected || hovered)
    set_color (cr, &self->palette.accent, 1.0);
  else
    set_color (cr, &self->palette.border, 1.0);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  /* Sources disagree on the date: a small dot in the corner, enough to
   * notice without crying wolf. */
  if ((item->flags & CHR_EVENT_FLAG_CONFLICT) && self->palette.warning.alpha > 0)
    {
      cairo_arc (cr, card_x + cache->card_width - 8, card_y + 8, 3, 0, 2 * G_PI);
      set_color (cr, &self->palette.warning, 1.0);
      cairo_fill (cr);
    }

  set_color (cr, text_color, 1.0);
  cairo_move_to (cr, card_x + CARD_PADDING_X, card_y + CARD_PADDING_Y);
  pango_cairo_show_layout (cr, cache->title);
  set_color (cr, date_color, selected ? 0.8 : 1.0);
  cairo_move_to (cr, card_x + CARD_PADDING_X, card_y + CARD_PADDING_Y + self->title_height + 1);
  pango_cairo_show_layout (cr, cache->date);
}

/* Cards kept as pixels at once: more than a screen holds, so panning back
 * and forth finds them: 512 cards of 200 by 45 pixels on average is about 18 MB. */
#define MAX_CARD_IMAGES 512

static void
draw_card (ChrRenderer *self,
           cairo_t     *cr,
           guint        i,
           double       card_x,
           double       card_y,
           gboolean     selected,
           gboolean     hovered)
{
  const Item *item = &self->items[i];
  CardCache *cache = &self->caches[i];
  cairo_surface_t *target = cairo_get_target (cr);
  guint key = (selected ? 1 : 0) | (hovered ? 2 : 0) | (self->palette_serial << 2);
  double sx = 1, sy = 1;
  int width, height;

  /* Vector targets (PDF, SVG) keep real text. */
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    {
      paint_card (self, cr, item, cache, card_x, card_y, selected, hovered);
      return;
    }

  cairo_surface_get_device_scale (target, &sx, &sy);
  if (cache->image == NULL || cache->image_key != key)
    {
      cairo_t *image_cr;

      if (cache->image == NULL)
        {
          if (self->imaged->len >= MAX_CARD_IMAGES)
            evict_card_images (self);
          g_array_append_val (self->imaged, i);
        }
      g_clear_pointer (&cache->image, cairo_surface_destroy);
      width = (int) ceil ((cache->card_width + 2) * sx);
      height = (int) ceil ((card_height (self) + 3) * sy);
      cache->image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_surface_set_device_scale (cache->image, sx, sy);
      image_cr = cairo_create (cache->image);
      paint_card (self, image_cr, item, cache, 0, 0, selected, hovered);
      cairo_destroy (image_cr);
      cache->image_key = key;
    }

  cache->image_frame = self->frame;
  cairo_set_source_surface (cr, cache->image, card_x, card_y);
  cairo_paint (cr);
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

  if (chr_timeline_item_is_period (item))
    {
      double left, right;

      marker_extent (p, item, &left, &right);
      left = MAX (left, -2 * MARKER_RADIUS);
      right = MIN (right, width + 2 * MARKER_RADIUS);
      set_color (cr, &self->palette.accent, extent_alpha (item));
      rounded_rectangle (cr, left, marker_y - MARKER_RADIUS, right - left, 2 * MARKER_RADIUS, MARKER_RADIUS);
      cairo_fill (cr);
    }

  draw_card (self, cr, p->index, card_x, card_y, selected, hovered);

  /* A point known to the day is a solid marker; one whose date is only
   * approximate is drawn as a ring, as it may lie a little elsewhere. */
  cairo_arc (cr, p->x0, marker_y, MARKER_RADIUS, 0, 2 * G_PI);
  set_color (cr, &self->palette.accent, 1.0);
  if (item->flags & CHR_EVENT_FLAG_APPROXIMATE)
    {
      cairo_new_path (cr);
      cairo_arc (cr, p->x0, marker_y, MARKER_RADIUS - 0.75, 0, 2 * G_PI);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);

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
  self->imaged = g_array_new (FALSE, FALSE, sizeof (guint));
  self->laid_out = g_array_new (FALSE, FALSE, sizeof (guint));
  self->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  self->clusters = g_array_new (FALSE, FALSE, sizeof (Cluster));
  chr_renderer_take_index (self, chr_timeline_index_new (NULL, 0));
  return self;
}

void
chr_renderer_free (ChrRenderer *self)
{
  if (self == NULL)
    return;

  free_items (self);
  g_clear_object (&self->axis_layout);
  g_clear_object (&self->badge_layout);
  g_clear_object (&self->context);
  g_clear_object (&self->source_context);
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->date_font, pango_font_description_free);
  g_clear_pointer (&self->axis_font, pango_font_description_free);
  g_clear_pointer (&self->context_font, pango_font_description_free);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->visible, g_array_unref);
  g_clear_pointer (&self->clusters, g_array_unref);
  g_clear_pointer (&self->imaged, g_array_unref);
  g_clear_pointer (&self->laid_out, g_array_unref);
  g_free (self);
}

/**
 * chr_renderer_take_index:
 * @self: a #ChrRenderer
 * @index: (transfer full): events prepared by chr_timeline_index_new()
 *
 * Draws @index from now on, in place of the events before.
 */
void
chr_renderer_take_index (ChrRenderer      *self,
                         ChrTimelineIndex *index)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index != NULL);

  free_items (self);
  self->index = index;
  self->items = chr_timeline_index_get_n_items (index) > 0 ? chr_timeline_index_get_item (index, 0) : NULL;
  self->caches = g_new0 (CardCache, chr_timeline_index_get_n_items (index));
  g_array_set_size (self->hits, 0);
  g_array_set_size (self->clusters, 0);
}

/**
 * chr_renderer_steal_index:
 * @self: a #ChrRenderer
 *
 * Gives the events back, to be handed to another renderer; this one is left
 * with none.
 *
 * Returns: (transfer full): the events it drew
 */
ChrTimelineIndex *
chr_renderer_steal_index (ChrRenderer *self)
{
  ChrTimelineIndex *index;

  g_return_val_if_fail (self != NULL, NULL);

  index = chr_timeline_index_ref (self->index);
  chr_renderer_take_index (self, chr_timeline_index_new (NULL, 0));
  return index;
}

void
chr_renderer_set_items (ChrRenderer           *self,
                        const ChrTimelineItem *items,
                        guint                  n_items)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (items != NULL || n_items == 0);

  chr_renderer_take_index (self, chr_timeline_index_new (items, n_items));
}

guint
chr_renderer_get_n_items (ChrRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return chr_timeline_index_get_n_items (self->index);
}

gboolean
chr_renderer_get_extent (ChrRenderer *self,
                         gint64      *begin,
                         gint64      *end)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return chr_timeline_index_get_extent (self->index, begin, end);
}

/**
 * chr_renderer_get_index:
 * @self: a #ChrRenderer
 *
 * Returns: (transfer none): the events it draws, valid until they are replaced
 */
const ChrTimelineIndex *
chr_renderer_get_index (ChrRenderer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->index;
}

void
chr_renderer_set_palette (ChrRenderer      *self,
                          const ChrPalette *palette)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (palette != NULL);

  self->palette = *palette;
  self->palette_serial++;
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
  guint max_lanes, n_visible = 0;
  gboolean detail;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (scale != NULL);

  self->frame++;
  self->deferred = FALSE;
  g_array_set_size (self->hits, 0);
  g_array_set_size (self->clusters, 0);
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
  lanes_bottom = axis_y - STRIP_HEIGHT - CLUSTER_ROW - 4;
  lane_pitch = card_height (self) + LANE_SPACING;
  max_lanes = lanes_bottom - TOP_PADDING + LANE_SPACING > 0
              ? (guint) floor ((lanes_bottom - TOP_PADDING + LANE_SPACING) / lane_pitch) : 0;

  ticks = chr_ticks_compute (scale->begin, scale->end, width, self->tick_spacing, &step);
  draw_grid (self, cr, scale, ticks, axis_y);

  if (chr_timeline_index_get_n_items (self->index) > 0)
    {
      gint64 from = chr_time_scale_x_to_time (scale, -LEFT_MARGIN);
      gint64 to = chr_time_scale_x_to_time (scale, width);
      guint begun = begins_before (self, to + 1);

      n_visible = begun - MIN (begun, ends_before (self, from));
    }
  detail = n_visible <= DETAIL_LIMIT;
  layout_events (self, scale, max_lanes, detail);
  compute_clusters (self, scale, axis_y - STRIP_HEIGHT - CLUSTER_ROW);

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

  if (detail)
    draw_strip_marks (self, cr, scale, strip_y);
  else
    draw_density (self, cr, scale, strip_y);
  draw_clusters (self, cr);

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

gboolean
chr_renderer_hit_test_cluster (ChrRenderer *self,
                               double       x,
                               double       y,
                               gint64      *begin,
                               gint64      *end)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->clusters->len; i++)
    {
      const Cluster *cluster = &g_array_index (self->clusters, Cluster, i);

      if (x >= cluster->x && x < cluster->x + cluster->width && y >= cluster->y
          && y < cluster->y + cluster->height)
        {
          if (begin != NULL)
            *begin = cluster->begin;
          if (end != NULL)
            *end = cluster->end;
          return TRUE;
        }
    }
  return FALSE;
}

/* How many cards the last draw showed. */
guint
chr_renderer_get_n_cards (ChrRenderer *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->hits->len; i++)
    n += g_array_index (self->hits, Hit, i).on_lane;
  return n;
}

guint
chr_renderer_get_n_clusters (ChrRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clusters->len;
}

gboolean
chr_renderer_get_cluster (ChrRenderer *self,
                          guint        index,
                          double      *x,
                          double      *y,
                          double      *width,
                          double      *height,
                          gint64      *begin,
                          gint64      *end,
                          guint       *count)
{
  const Cluster *cluster;

  g_return_val_if_fail (self != NULL, FALSE);

  if (index >= self->clusters->len)
    return FALSE;
  cluster = &g_array_index (self->clusters, Cluster, index);
  if (x != NULL)
    *x = cluster->x;
  if (y != NULL)
    *y = cluster->y;
  if (width != NULL)
    *width = cluster->width;
  if (height != NULL)
    *height = cluster->height;
  if (begin != NULL)
    *begin = cluster->begin;
  if (end != NULL)
    *end = cluster->end;
  if (count != NULL)
    *count = cluster->count;
  return TRUE;
}

/**
 * chr_renderer_get_cache_size:
 * @self: a #ChrRenderer
 * @n_layouts: (out) (optional): events whose card text is laid out
 * @n_images: (out) (optional): events whose card is kept as pixels
 *
 * What the renderer keeps between frames: it stays bounded however much of
 * a large timeline is browsed.
 */
void
chr_renderer_get_cache_size (ChrRenderer *self,
                             guint       *n_layouts,
                             guint       *n_images)
{
  g_return_if_fail (self != NULL);

  if (n_layouts != NULL)
    *n_layouts = self->laid_out->len;
  if (n_images != NULL)
    *n_images = self->imaged->len;
}

/**
 * chr_renderer_needs_redraw:
 * @self: a #ChrRenderer
 *
 * Whether the last draw left some cards for later frames (their text is
 * shaped a few dozen a frame): draw again soon to fill them in.
 */
gboolean
chr_renderer_needs_redraw (ChrRenderer *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->deferred;
}
