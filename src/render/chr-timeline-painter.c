/* chr-timeline-painter.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timeline-painter"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chr-date-format.h"
#include "chr-event.h"
#include "chr-ticks.h"
#include "chr-timeline-painter.h"

/* Geometry, in pixels. */
#define MARKER_RADIUS      CHR_TIMELINE_MARKER_RADIUS
#define STRIP_RADIUS       CHR_TIMELINE_STRIP_RADIUS
#define CARD_MAX_WIDTH     CHR_TIMELINE_CARD_MAX_WIDTH
#define CARD_PADDING_X     8.0
#define CARD_PADDING_Y     5.0
#define CARD_RADIUS        6.0
#define CONFLICT_ROOM      8.0   /* the conflict dot in a card's corner, clear of the title */
#define STAR_ROOM          12.0  /* the star of a starred card */
#define TAG_STRIPE         4.0   /* the tag's colour, down a card's left edge */
#define HIDDEN_ALPHA       0.45  /* hidden cards, shown with the Hidden filter */
#define TICK_LABEL_OFFSET  4.0
#define TICK_LABEL_GAP    12.0

/* Font sizes relative to the UI font (Cantarell 11 on GNOME). */
#define TITLE_SCALE    (10.0 / 11.0)
#define DATE_SCALE     (8.5 / 11.0)
#define AXIS_SCALE     (9.0 / 11.0)

/* Cached layouts and card images let go of at once when a cache is full. */
#define EVICTION_BATCH 64
/* Text layouts kept at once: many screenfuls, so that browsing back finds
 * them, yet a bounded few megabytes however much of a large timeline is
 * browsed. */
#define MAX_LAID_OUT 4096
/* Cards kept as pixels at once: more than a screen holds, so panning back
 * and forth finds them: 512 cards of 200 by 45 pixels on average is about 18 MB. */
#define MAX_CARD_IMAGES 512

/* Pango's built-in default, which nobody configures on purpose. */
#define PANGO_DEFAULT_FAMILY "serif"
#define FALLBACK_FAMILY      "Cantarell, DejaVu Sans"
#define FALLBACK_SIZE        11

/* What the painter keeps of one event's card between frames: labels don't
 * change between frames, and glyphs are costly to draw again each frame
 * where a copy of their pixels is not. */
typedef struct
{
  gint64           id;
  guint            content;        /* what the card shows, hashed: an edit changes it */
  PangoLayout     *title;          /* with date, while in the text cache */
  PangoLayout     *date;
  double           width;
  guint            layout_frame;   /* the last frame that laid it out */
  cairo_surface_t *image;          /* for image targets; valid while image_key matches */
  guint            image_key;
  guint            image_frame;    /* the last frame that drew it */
} CachedCard;

struct _ChrTimelinePainter
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
  PangoLayout          *badge_layout;
  double                title_height;
  double                date_height;
  double                axis_height;
  double                tick_spacing;

  ChrTimelineIndex     *index;       /* the events the caches are of */
  GHashTable           *cards;       /* id → CachedCard */
  GPtrArray            *laid_out;    /* CachedCard with text, oldest first */
  GPtrArray            *imaged;      /* CachedCard with an image, oldest first */
  guint                 frame;       /* counts draws */

  ChrPalette            palette;
  guint                 palette_serial;
  GArray               *marked;      /* gint64: more events drawn as chosen */
  ChrDateOptions        date_options; /* how cards say their dates */
  ChrTextSink           text_sink;   /* draws text instead of Pango, when set */
  gpointer              text_sink_data;
};

static void
show_layout (ChrTimelinePainter *self,
             cairo_t            *cr,
             PangoLayout        *layout)
{
  if (self->text_sink != NULL)
    self->text_sink (cr, layout, self->text_sink_data);
  else
    pango_cairo_show_layout (cr, layout);
}

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

/* A card leaves the table once it has neither text nor image. */
static void
forget_if_empty (ChrTimelinePainter *self,
                 CachedCard         *card)
{
  if (card->title == NULL && card->image == NULL)
    g_hash_table_remove (self->cards, &card->id);
}

static void
cached_card_free (gpointer data)
{
  CachedCard *card = data;

  g_clear_object (&card->title);
  g_clear_object (&card->date);
  g_clear_pointer (&card->image, cairo_surface_destroy);
  g_free (card);
}

static void
clear_caches (ChrTimelinePainter *self)
{
  g_ptr_array_set_size (self->laid_out, 0);
  g_ptr_array_set_size (self->imaged, 0);
  g_hash_table_remove_all (self->cards);
}

/* Lets go of the oldest card images the current frame did not draw, a
 * batch at a time, so that no frame pays for freeing a screenful. */
static void
evict_card_images (ChrTimelinePainter *self)
{
  guint kept = 0, evicted = 0;

  for (guint k = 0; k < self->imaged->len; k++)
    {
      CachedCard *card = g_ptr_array_index (self->imaged, k);

      if (evicted < EVICTION_BATCH && card->image_frame != self->frame)
        {
          g_clear_pointer (&card->image, cairo_surface_destroy);
          forget_if_empty (self, card);
          evicted++;
        }
      else
        self->imaged->pdata[kept++] = card;
    }
  self->imaged->len = kept;
}

/* Lets go of the oldest layouts the current frame did not use, a batch at
 * a time, as evict_card_images() does for pixels. */
static void
evict_layouts (ChrTimelinePainter *self)
{
  guint kept = 0, evicted = 0;

  for (guint k = 0; k < self->laid_out->len; k++)
    {
      CachedCard *card = g_ptr_array_index (self->laid_out, k);

      if (evicted < EVICTION_BATCH && card->layout_frame != self->frame)
        {
          g_clear_object (&card->title);
          g_clear_object (&card->date);
          forget_if_empty (self, card);
          evicted++;
        }
      else
        self->laid_out->pdata[kept++] = card;
    }
  self->laid_out->len = kept;
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
measure_height (ChrTimelinePainter         *self,
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

static void
copy_context (ChrTimelinePainter *self)
{
  const cairo_font_options_t *options;

  self->context = pango_font_map_create_context (pango_context_get_font_map (self->source_context));
  pango_context_set_language (self->context, pango_context_get_language (self->source_context));
  pango_context_set_base_dir (self->context, pango_context_get_base_dir (self->source_context));
  pango_cairo_context_set_resolution (self->context,
                                      pango_cairo_context_get_resolution (self->source_context));
  options = pango_cairo_context_get_font_options (self->source_context);
  if (options != NULL)
    pango_cairo_context_set_font_options (self->context, options);
}

static void
set_fonts (ChrTimelinePainter *self)
{
  const PangoFontDescription *source_font = pango_context_get_font_description (self->source_context);
  g_autoptr (PangoFontDescription) base = NULL;
  const char *family;

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
}

/* Follows the widget's context (font, language, resolution), which changes
 * when the user picks another font or scale. */
static void
sync_context (ChrTimelinePainter *self)
{
  static const char * const samples[] = { "00:00", "0000s", "Sep", "May", "30", "0000 BC" };
  guint serial = pango_context_get_serial (self->source_context);

  if (self->context != NULL && serial == self->source_serial)
    return;

  self->source_serial = serial;
  clear_caches (self);
  g_clear_object (&self->axis_layout);
  g_clear_object (&self->badge_layout);
  g_clear_object (&self->context);
  copy_context (self);
  set_fonts (self);

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

/* Cards are kept by event across indexes: an edit makes a new index in
 * which all but one card look as they did. Each card says what it shows
 * (card_content()), so the edited one is made again. */
static void
use_index (ChrTimelinePainter *self,
           ChrTimelineIndex   *index)
{
  if (self->index == index)
    return;
  g_clear_pointer (&self->index, chr_timeline_index_unref);
  self->index = chr_timeline_index_ref (index);
}

static guint
card_content (ChrTimelinePainter    *self,
              const ChrTimelineItem *item)
{
  guint hash = item->label ? g_str_hash (item->label) : 0;
  gint64 numbers[] = { item->begin, item->end, item->granularity, item->flags, item->color,
                       self->date_options.precision, self->date_options.week_start };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    hash = hash * 31 + (guint) (numbers[i] ^ (numbers[i] >> 32));
  return hash;
}

static double
card_height (ChrTimelinePainter *self)
{
  return CARD_PADDING_Y + self->title_height + 1 + self->date_height + CARD_PADDING_Y;
}

/* "24 Feb 2022", "Feb 2014 – ongoing", "c. 2014": a card's date, short. */
static char *
format_date (ChrTimelinePainter    *self,
             const ChrTimelineItem *item)
{
  ChrInterval interval = { item->begin, item->end, item->granularity };

  return chr_date_format_event_with (&interval, item->flags, CHR_DATE_STYLE_SHORT, &self->date_options);
}

static PangoLayout *
card_line (ChrTimelinePainter         *self,
           const PangoFontDescription *font,
           const char                 *text)
{
  PangoLayout *line = pango_layout_new (self->context);

  pango_layout_set_font_description (line, font);
  pango_layout_set_single_paragraph_mode (line, TRUE);
  pango_layout_set_width (line, (int) (CARD_MAX_WIDTH - 2 * CARD_PADDING_X) * PANGO_SCALE);
  pango_layout_set_ellipsize (line, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (line, text, -1);
  return line;
}

static CachedCard *
lookup_card (ChrTimelinePainter    *self,
             const ChrTimelineItem *item)
{
  CachedCard *card = g_hash_table_lookup (self->cards, &item->id);

  if (card == NULL)
    {
      card = g_new0 (CachedCard, 1);
      card->id = item->id;
      g_hash_table_insert (self->cards, &card->id, card);
    }
  return card;
}

/* The card's text, shaped if it was not, and marked as in use this frame. */
static CachedCard *
ensure_card_text (ChrTimelinePainter    *self,
                  const ChrTimelineItem *item)
{
  g_autofree char *date = NULL;
  PangoRectangle title_rect, date_rect;
  guint content = card_content (self, item);
  CachedCard *card;

  card = g_hash_table_lookup (self->cards, &item->id);
  if (card != NULL && card->title != NULL && card->content == content)
    {
      card->layout_frame = self->frame;
      return card;
    }

  if (card != NULL && card->title != NULL)
    {
      /* Edited: made again in place, where the caches already list it. */
      g_clear_object (&card->title);
      g_clear_object (&card->date);
    }
  else
    {
      if (self->laid_out->len >= MAX_LAID_OUT)
        evict_layouts (self);
      card = lookup_card (self, item);
      g_ptr_array_add (self->laid_out, card);
    }
  if (card->content != content)
    card->image_key = G_MAXUINT;
  card->content = content;
  card->layout_frame = self->frame;
  date = format_date (self, item);
  card->title = card_line (self, self->title_font, item->label);
  card->date = card_line (self, self->date_font, date);

  pango_layout_get_pixel_extents (card->title, NULL, &title_rect);
  pango_layout_get_pixel_extents (card->date, NULL, &date_rect);
  card->width = ceil (MAX (title_rect.x + title_rect.width, date_rect.x + date_rect.width))
                + 2 * CARD_PADDING_X;
  if (item->flags & CHR_EVENT_FLAG_CONFLICT)
    card->width += CONFLICT_ROOM;
  if (item->flags & CHR_EVENT_FLAG_STARRED)
    card->width += STAR_ROOM;
  if (item->color)
    card->width += TAG_STRIPE / 2;
  return card;
}

static double
peek_card_width (const ChrTextMetrics  *metrics,
                 const ChrTimelineItem *item)
{
  ChrTimelinePainter *self = metrics->user_data;
  CachedCard *card = g_hash_table_lookup (self->cards, &item->id);

  if (card == NULL || card->title == NULL || card->content != card_content (self, item))
    return -1;
  card->layout_frame = self->frame;
  return card->width;
}

static double
measure_card_width (const ChrTextMetrics  *metrics,
                    const ChrTimelineItem *item)
{
  return ensure_card_text (metrics->user_data, item)->width;
}

static double
measure_badge_width (const ChrTextMetrics *metrics,
                     const char           *text)
{
  ChrTimelinePainter *self = metrics->user_data;

  pango_layout_set_font_description (self->badge_layout, self->axis_font);
  return text_width (self->badge_layout, text);
}

static double
tick_x (const ChrTimelineLayout *layout,
        const ChrTick           *tick)
{
  return round (chr_time_scale_time_to_x (&layout->scale, tick->time));
}

static void
draw_grid (ChrTimelinePainter      *self,
           cairo_t                 *cr,
           const ChrTimelineLayout *layout)
{
  cairo_set_line_width (cr, 1);
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean major = pass == 1;

      for (guint i = 0; i < layout->ticks->len; i++)
        {
          const ChrTick *tick = &g_array_index (layout->ticks, ChrTick, i);
          double x = tick_x (layout, tick) + 0.5;

          if (tick->major != major)
            continue;
          cairo_move_to (cr, x, 0);
          cairo_line_to (cr, x, layout->axis_y);
        }
      set_color (cr, &self->palette.grid, major ? 0.8 : 0.35);
      cairo_stroke (cr);
    }
}

static void
show_axis_text (ChrTimelinePainter *self,
                cairo_t            *cr,
                double              x,
                double              y)
{
  cairo_move_to (cr, x, y);
  show_layout (self, cr, self->axis_layout);
}

/* Tick marks: short for every tick, running down past the context row for
 * major ones, like a ruler. */
static void
draw_tick_marks (ChrTimelinePainter      *self,
                 cairo_t                 *cr,
                 const ChrTimelineLayout *layout,
                 double                   label_y,
                 double                   context_y)
{
  cairo_set_line_width (cr, 1);
  set_color (cr, &self->palette.grid, 1.0);
  cairo_move_to (cr, 0, layout->axis_y + 0.5);
  cairo_line_to (cr, layout->scale.width, layout->axis_y + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (layout->ticks, ChrTick, i);
      double x = tick_x (layout, tick) + 0.5;

      cairo_move_to (cr, x, layout->axis_y + 1);
      cairo_line_to (cr, x, tick->major ? context_y + self->axis_height : label_y + self->axis_height - 2);
    }
  cairo_stroke (cr);
}

static void
draw_tick_labels (ChrTimelinePainter      *self,
                  cairo_t                 *cr,
                  const ChrTimelineLayout *layout,
                  double                   label_y)
{
  double last_right = -G_MAXDOUBLE;

  pango_layout_set_font_description (self->axis_layout, self->axis_font);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (layout->ticks, ChrTick, i);
      double x = tick_x (layout, tick) + TICK_LABEL_OFFSET;
      double width = text_width (self->axis_layout, tick->label);

      /* The step leaves room for the widest label; a wider translation is
       * skipped rather than drawn over its neighbour. */
      if (x < last_right + TICK_LABEL_GAP / 2)
        continue;
      set_color (cr, tick->major ? &self->palette.foreground : &self->palette.dim_foreground, 1.0);
      show_axis_text (self, cr, x, label_y);
      last_right = x + width;
    }
}

/* The context row: the period the view starts in stays pinned at the left
 * edge and is pushed out by the next one, like a sticky header. */
static void
draw_context_row (ChrTimelinePainter      *self,
                  cairo_t                 *cr,
                  const ChrTimelineLayout *layout,
                  double                   context_y)
{
  double last_right = -G_MAXDOUBLE;
  double sticky_x, sticky_width;
  char sticky[64];

  pango_layout_set_font_description (self->axis_layout, self->context_font);
  set_color (cr, &self->palette.foreground, 1.0);
  if (!chr_ticks_format_context (&layout->tick_step, layout->scale.begin, sticky, sizeof sticky))
    return;

  sticky_width = text_width (self->axis_layout, sticky);
  sticky_x = TICK_LABEL_OFFSET;
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (layout->ticks, ChrTick, i);
      double x = tick_x (layout, tick) + TICK_LABEL_OFFSET;

      if (tick->context[0] == '\0' || x <= sticky_x)
        continue;
      sticky_x = MIN (sticky_x, x - sticky_width - TICK_LABEL_GAP);
      break;
    }
  if (sticky_x + sticky_width > 0)
    {
      /* The layout still holds the sticky text, measured above. */
      show_axis_text (self, cr, sticky_x, context_y);
      last_right = sticky_x + sticky_width;
    }

  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (layout->ticks, ChrTick, i);
      double x = tick_x (layout, tick) + TICK_LABEL_OFFSET;
      double width;

      if (tick->context[0] == '\0' || x < last_right + TICK_LABEL_GAP)
        continue;
      width = text_width (self->axis_layout, tick->context);
      show_axis_text (self, cr, x, context_y);
      last_right = x + width;
    }
}

static void
draw_axis (ChrTimelinePainter      *self,
           cairo_t                 *cr,
           const ChrTimelineLayout *layout)
{
  double label_y = layout->axis_y + 6;
  double context_y = label_y + self->axis_height + 2;

  draw_tick_marks (self, cr, layout, label_y, context_y);
  draw_tick_labels (self, cr, layout, label_y);
  draw_context_row (self, cr, layout, context_y);
}

/* How strongly an event's extent is drawn: a period as a bar, an event known
 * only to the month or year lighter, as it may be anywhere in it, and an
 * approximate one lighter still. */
static double
extent_alpha (const ChrTimelineItem *item)
{
  double alpha = (item->flags & CHR_EVENT_FLAG_PERIOD) ? 0.4 : 0.2;

  if (item->flags & CHR_EVENT_FLAG_APPROXIMATE)
    alpha *= 0.6;
  return alpha;
}

/* The bars of the strip. Bars that run past both edges all have the same
 * shape. Stacked, n of them of opacity a show as one of 1 - (1 - a)^n:
 * zoomed into a day of a decade full of long periods, one bar is drawn
 * instead of hundreds. */
static void
draw_strip_bars (ChrTimelinePainter      *self,
                 cairo_t                 *cr,
                 const ChrTimelineLayout *layout)
{
  double width = layout->scale.width;
  struct { double alpha; guint count; } spanning[4];
  guint n_spanning = 0;

  for (guint k = 0; k < layout->marks->len; k++)
    {
      const ChrLayoutMark *mark = &g_array_index (layout->marks, ChrLayoutMark, k);
      double alpha;
      guint s;

      if (!mark->period)
        continue;
      alpha = extent_alpha (chr_timeline_index_get_item (layout->index, mark->position));
      if (mark->x0 <= -STRIP_RADIUS && mark->x1 >= width + STRIP_RADIUS)
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
      rounded_rectangle (cr, mark->x0, layout->strip_y - STRIP_RADIUS, mark->x1 - mark->x0, 2 * STRIP_RADIUS,
                         STRIP_RADIUS);
      cairo_fill (cr);
    }
  for (guint s = 0; s < n_spanning; s++)
    {
      set_color (cr, &self->palette.accent, 1 - pow (1 - spanning[s].alpha, spanning[s].count));
      cairo_rectangle (cr, -STRIP_RADIUS, layout->strip_y - STRIP_RADIUS, width + 2 * STRIP_RADIUS,
                       2 * STRIP_RADIUS);
      cairo_fill (cr);
    }
}

/* One mark per event on the strip above the axis, so events without a card
 * still show. Marks that would land on the same pixels are drawn once. */
static void
draw_strip_marks (ChrTimelinePainter      *self,
                  cairo_t                 *cr,
                  const ChrTimelineLayout *layout)
{
  double last_dot = -G_MAXDOUBLE;

  draw_strip_bars (self, cr, layout);
  set_color (cr, &self->palette.accent, 1.0);
  for (guint k = 0; k < layout->marks->len; k++)
    {
      const ChrLayoutMark *mark = &g_array_index (layout->marks, ChrLayoutMark, k);

      if (mark->period || mark->x0 == last_dot)
        continue;
      cairo_arc (cr, mark->x0, layout->strip_y, STRIP_RADIUS, 0, 2 * G_PI);
      last_dot = mark->x0;
    }
  cairo_fill (cr);
}

static void
draw_density (ChrTimelinePainter      *self,
              cairo_t                 *cr,
              const ChrTimelineLayout *layout)
{
  if (layout->density->len == 0)
    return;
  for (guint b = 0; b < layout->density->len; b++)
    {
      const ChrLayoutRect *rect = &g_array_index (layout->density, ChrLayoutRect, b);

      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
    }
  set_color (cr, &self->palette.accent, 0.55);
  cairo_fill (cr);
}

static void
draw_clusters (ChrTimelinePainter      *self,
               cairo_t                 *cr,
               const ChrTimelineLayout *layout)
{
  pango_layout_set_font_description (self->badge_layout, self->axis_font);
  for (guint k = 0; k < layout->clusters->len; k++)
    {
      const ChrLayoutCluster *cluster = &g_array_index (layout->clusters, ChrLayoutCluster, k);
      PangoRectangle logical;

      rounded_rectangle (cr, cluster->x + 0.5, cluster->y + 0.5, cluster->width - 1, cluster->height - 1,
                         cluster->height / 2);
      set_color (cr, &self->palette.card, 1.0);
      cairo_fill_preserve (cr);
      set_color (cr, &self->palette.border, 1.0);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      pango_layout_set_text (self->badge_layout, cluster->text, -1);
      pango_layout_get_pixel_extents (self->badge_layout, NULL, &logical);
      set_color (cr, &self->palette.dim_foreground, 1.0);
      cairo_move_to (cr, cluster->x + (cluster->width - logical.width) / 2,
                     cluster->y + (cluster->height - logical.height) / 2 - logical.y);
      show_layout (self, cr, self->badge_layout);
    }
}

static gboolean
is_chosen (ChrTimelinePainter *self,
           gint64              id,
           gint64              selected_id)
{
  if (id == selected_id)
    return TRUE;
  for (guint i = 0; i < self->marked->len; i++)
    if (g_array_index (self->marked, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/**
 * chr_timeline_painter_set_marked:
 * @self: a #ChrTimelinePainter
 * @ids: (array length=n_ids): events drawn as chosen besides the selected one
 * @n_ids: how many
 */
void
chr_timeline_painter_set_marked (ChrTimelinePainter *self,
                                 const gint64       *ids,
                                 guint               n_ids)
{
  g_array_set_size (self->marked, 0);
  g_array_append_vals (self->marked, ids, n_ids);
}

/**
 * chr_timeline_painter_set_date_options:
 * @self: a #ChrTimelinePainter
 * @options: how cards say their dates
 *
 * Cards are shaped again, at their new widths, the next time they are laid out.
 */
void
chr_timeline_painter_set_date_options (ChrTimelinePainter   *self,
                                       const ChrDateOptions *options)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (options != NULL);

  self->date_options = *options;
}

/* Connectors from each card down to the strip, first, so cards on lower
 * lanes cover them. */
static void
draw_connectors (ChrTimelinePainter      *self,
                 cairo_t                 *cr,
                 const ChrTimelineLayout *layout,
                 gint64                   selected_id)
{
  cairo_set_line_width (cr, 1);
  for (guint k = 0; k < layout->cards->len; k++)
    {
      const ChrLayoutCard *card = &g_array_index (layout->cards, ChrLayoutCard, k);
      double x = round (card->marker_x) + 0.5;

      cairo_move_to (cr, x, card->card_y + card_height (self) / 2);
      cairo_line_to (cr, x, layout->strip_y);
      if (is_chosen (self, card->id, selected_id))
        set_color (cr, &self->palette.accent, 1.0);
      else
        set_color (cr, &self->palette.grid, 1.0);
      cairo_stroke (cr);
    }
}

static void
star_path (cairo_t *cr,
           double   cx,
           double   cy,
           double   radius)
{
  for (int i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + i * G_PI / 5;
      double r = i % 2 ? radius * 0.45 : radius;

      if (i == 0)
        cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
      else
        cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
    }
  cairo_close_path (cr);
}

/* What the user put on a card: its tag's colour, a star, a corner folded
 * down for a note. */
static void
paint_user_marks (ChrTimelinePainter    *self,
                  cairo_t               *cr,
                  const ChrTimelineItem *item,
                  double                 card_x,
                  double                 card_y,
                  double                 card_width,
                  gboolean               selected)
{
  double height = card_height (self);
  double corner_x = card_x + card_width - 8 - ((item->flags & CHR_EVENT_FLAG_CONFLICT) ? CONFLICT_ROOM + 4 : 0);

  if (item->color >= 1 && item->color <= CHR_TAG_N_COLORS)
    {
      cairo_save (cr);
      rounded_rectangle (cr, card_x + 0.5, card_y + 0.5, card_width - 1, height - 1, CARD_RADIUS);
      cairo_clip (cr);
      set_color (cr, &self->palette.tags[item->color - 1], 1.0);
      cairo_rectangle (cr, card_x, card_y, TAG_STRIPE, height);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  if (item->flags & CHR_EVENT_FLAG_STARRED)
    {
      star_path (cr, corner_x, card_y + 9, 5);
      set_color (cr, selected ? &self->palette.accent_foreground : &self->palette.accent, 1.0);
      cairo_fill (cr);
    }
  if (item->flags & CHR_EVENT_FLAG_NOTE)
    {
      double x = card_x + card_width - 0.5, y = card_y + height - 0.5;

      cairo_move_to (cr, x - 9, y);
      cairo_line_to (cr, x, y - 9);
      cairo_line_to (cr, x, y - CARD_RADIUS);
      cairo_arc (cr, x - CARD_RADIUS, y - CARD_RADIUS, CARD_RADIUS, 0, G_PI / 2);
      cairo_close_path (cr);
      set_color (cr, selected ? &self->palette.accent_foreground : &self->palette.dim_foreground, 1.0);
      cairo_fill (cr);
    }
}

/* The card itself, at (x, y): shadow, background, border, marks and text. */
static void
paint_card (ChrTimelinePainter    *self,
            cairo_t               *cr,
            const ChrTimelineItem *item,
            const CachedCard      *card,
            double                 card_x,
            double                 card_y,
            double                 card_width,
            gboolean               selected,
            gboolean               hovered)
{
  double height = card_height (self);
  double text_x = card_x + CARD_PADDING_X + (item->color ? TAG_STRIPE / 2 : 0);
  const ChrColor *text_color = selected ? &self->palette.accent_foreground : &self->palette.foreground;
  const ChrColor *date_color = selected ? &self->palette.accent_foreground : &self->palette.dim_foreground;
  gboolean hidden = (item->flags & CHR_EVENT_FLAG_HIDDEN) != 0;

  if (hidden)
    cairo_push_group (cr);

  /* A soft shadow lifts the card off the grid lines, as libadwaita's cards. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
  rounded_rectangle (cr, card_x, card_y + 1, card_width, height, CARD_RADIUS);
  cairo_fill (cr);

  set_color (cr, selected ? &self->palette.accent : &self->palette.card, 1.0);
  rounded_rectangle (cr, card_x + 0.5, card_y + 0.5, card_width - 1, height - 1, CARD_RADIUS);
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
      cairo_arc (cr, card_x + card_width - 8, card_y + 8, 3, 0, 2 * G_PI);
      set_color (cr, &self->palette.warning, 1.0);
      cairo_fill (cr);
    }
  paint_user_marks (self, cr, item, card_x, card_y, card_width, selected);

  set_color (cr, text_color, 1.0);
  cairo_move_to (cr, text_x, card_y + CARD_PADDING_Y);
  show_layout (self, cr, card->title);
  set_color (cr, date_color, selected ? 0.8 : 1.0);
  cairo_move_to (cr, text_x, card_y + CARD_PADDING_Y + self->title_height + 1);
  show_layout (self, cr, card->date);

  if (hidden)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, HIDDEN_ALPHA);
    }
}

static void
draw_card (ChrTimelinePainter    *self,
           cairo_t               *cr,
           const ChrTimelineItem *item,
           const ChrLayoutCard   *placed,
           gboolean               selected,
           gboolean               hovered)
{
  cairo_surface_t *target = cairo_get_target (cr);
  CachedCard *card = ensure_card_text (self, item);
  guint key = (selected ? 1 : 0) | (hovered ? 2 : 0) | (self->palette_serial << 2);
  double sx = 1, sy = 1;
  int width, height;
  cairo_t *image_cr;

  /* Vector targets (PDF, SVG) keep real text. */
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    {
      paint_card (self, cr, item, card, placed->card_x, placed->card_y, placed->card_width, selected, hovered);
      return;
    }

  cairo_surface_get_device_scale (target, &sx, &sy);
  if (card->image == NULL || card->image_key != key)
    {
      if (card->image == NULL)
        {
          if (self->imaged->len >= MAX_CARD_IMAGES)
            evict_card_images (self);
          g_ptr_array_add (self->imaged, card);
        }
      g_clear_pointer (&card->image, cairo_surface_destroy);
      width = (int) ceil ((placed->card_width + 2) * sx);
      height = (int) ceil ((card_height (self) + 3) * sy);
      card->image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_surface_set_device_scale (card->image, sx, sy);
      image_cr = cairo_create (card->image);
      paint_card (self, image_cr, item, card, 0, 0, placed->card_width, selected, hovered);
      cairo_destroy (image_cr);
      card->image_key = key;
    }

  card->image_frame = self->frame;
  cairo_set_source_surface (cr, card->image, placed->card_x, placed->card_y);
  cairo_paint (cr);
}

static void
draw_event (ChrTimelinePainter      *self,
            cairo_t                 *cr,
            const ChrTimelineLayout *layout,
            const ChrLayoutCard     *card,
            gboolean                 selected,
            gboolean                 hovered)
{
  const ChrTimelineItem *item = chr_timeline_index_get_item (layout->index, card->position);
  double marker_y = card->card_y + card_height (self) / 2;

  if (chr_timeline_item_is_period (item))
    {
      set_color (cr, &self->palette.accent, extent_alpha (item));
      rounded_rectangle (cr, card->bar_left, marker_y - MARKER_RADIUS, card->bar_right - card->bar_left,
                         2 * MARKER_RADIUS, MARKER_RADIUS);
      cairo_fill (cr);
    }

  draw_card (self, cr, item, card, selected, hovered);

  /* A point known to the day is a solid marker; one whose date is only
   * approximate is drawn as a ring, as it may lie a little elsewhere. */
  cairo_arc (cr, card->marker_x, marker_y, MARKER_RADIUS, 0, 2 * G_PI);
  set_color (cr, &self->palette.accent, 1.0);
  if (item->flags & CHR_EVENT_FLAG_APPROXIMATE)
    {
      cairo_new_path (cr);
      cairo_arc (cr, card->marker_x, marker_y, MARKER_RADIUS - 0.75, 0, 2 * G_PI);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

/* The selected and hovered cards last, so their outlines are never cut. */
static void
draw_cards (ChrTimelinePainter      *self,
            cairo_t                 *cr,
            const ChrTimelineLayout *layout,
            gint64                   selected_id,
            gint64                   hover_id)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < layout->cards->len; k++)
      {
        const ChrLayoutCard *card = &g_array_index (layout->cards, ChrLayoutCard, k);
        gboolean selected = is_chosen (self, card->id, selected_id);
        gboolean hovered = card->id == hover_id;

        if ((selected || hovered) == (pass == 1))
          draw_event (self, cr, layout, card, selected, hovered);
      }
}

static void
set_palette (ChrTimelinePainter *self,
             const ChrPalette   *palette)
{
  /* Card images drawn in other colours are made again. */
  if (memcmp (&self->palette, palette, sizeof *palette) == 0)
    return;
  self->palette = *palette;
  self->palette_serial++;
}

/* Public API */

ChrTimelinePainter *
chr_timeline_painter_new (PangoContext *context)
{
  ChrTimelinePainter *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (ChrTimelinePainter, 1);
  self->source_context = g_object_ref (context);
  self->cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, cached_card_free);
  self->laid_out = g_ptr_array_new ();
  self->imaged = g_ptr_array_new ();
  self->marked = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->date_options = (ChrDateOptions) CHR_DATE_OPTIONS_INIT;
  return self;
}

void
chr_timeline_painter_free (ChrTimelinePainter *self)
{
  if (self == NULL)
    return;

  clear_caches (self);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->laid_out, g_ptr_array_unref);
  g_clear_pointer (&self->imaged, g_ptr_array_unref);
  g_clear_pointer (&self->marked, g_array_unref);
  g_clear_pointer (&self->index, chr_timeline_index_unref);
  g_clear_object (&self->axis_layout);
  g_clear_object (&self->badge_layout);
  g_clear_object (&self->context);
  g_clear_object (&self->source_context);
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->date_font, pango_font_description_free);
  g_clear_pointer (&self->axis_font, pango_font_description_free);
  g_clear_pointer (&self->context_font, pango_font_description_free);
  g_free (self);
}

/**
 * chr_timeline_painter_get_text_metrics:
 * @self: a #ChrTimelinePainter
 * @cr: where the layout will be drawn (fonts are hinted for its target)
 * @index: the events whose cards will be measured
 * @metrics: (out caller-allocates): filled
 *
 * What a layout needs to know of text, measured with the painter's fonts
 * and kept in its text cache. @metrics holds on to @self: use it before
 * the next draw.
 */
void
chr_timeline_painter_get_text_metrics (ChrTimelinePainter *self,
                                       cairo_t            *cr,
                                       ChrTimelineIndex   *index,
                                       ChrTextMetrics     *metrics)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index != NULL);
  g_return_if_fail (metrics != NULL);

  use_index (self, index);
  sync_context (self);
  pango_cairo_update_context (cr, self->context);
  *metrics = (ChrTextMetrics) {
    .card_height = card_height (self),
    .tick_spacing = self->tick_spacing,
    .week_start = self->date_options.week_start,
    .peek_card_width = peek_card_width,
    .card_width = measure_card_width,
    .badge_width = measure_badge_width,
    .user_data = self,
  };
}

/**
 * chr_timeline_painter_lay_out:
 * @self: a #ChrTimelinePainter
 * @cr: where the layout will be drawn
 * @index: the events
 * @scale: the stretch of time across the width
 * @height: the height, in pixels
 *
 * chr_timeline_layout_new() with the painter's text metrics.
 *
 * Returns: (transfer full): the layout
 */
ChrTimelineLayout *
chr_timeline_painter_lay_out (ChrTimelinePainter *self,
                              cairo_t            *cr,
                              ChrTimelineIndex   *index,
                              const ChrTimeScale *scale,
                              double              height)
{
  ChrTextMetrics metrics;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scale != NULL, NULL);

  chr_timeline_painter_get_text_metrics (self, cr, index, &metrics);
  return chr_timeline_layout_new (index, scale, height, &metrics);
}

/**
 * chr_timeline_painter_draw:
 * @self: a #ChrTimelinePainter
 * @cr: any target: a widget, a PNG, SVG or PDF surface
 * @layout: what to draw, from (0, 0) to its width and height
 * @palette: the colours
 * @selected_id: the chosen event, or -1
 * @hover_id: the event under the pointer, or -1
 */
void
chr_timeline_painter_draw (ChrTimelinePainter      *self,
                           cairo_t                 *cr,
                           const ChrTimelineLayout *layout,
                           const ChrPalette        *palette,
                           gint64                   selected_id,
                           gint64                   hover_id)
{
  double width, height;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (palette != NULL);

  width = layout->scale.width;
  height = layout->height;
  if (width <= 0 || height <= 0)
    return;

  use_index (self, layout->index);
  set_palette (self, palette);
  sync_context (self);
  pango_cairo_update_context (cr, self->context);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  set_color (cr, &self->palette.background, 1.0);
  cairo_paint (cr);

  draw_grid (self, cr, layout);
  draw_connectors (self, cr, layout, selected_id);
  draw_strip_marks (self, cr, layout);
  draw_density (self, cr, layout);
  draw_clusters (self, cr, layout);
  draw_cards (self, cr, layout, selected_id, hover_id);
  draw_axis (self, cr, layout);

  cairo_restore (cr);
  self->frame++;
}

/**
 * chr_timeline_painter_set_text_sink:
 * @self: a #ChrTimelinePainter
 * @sink: (nullable): what draws each piece of text at the current point, or %NULL for Pango
 * @user_data: passed to @sink
 *
 * Lets a target that keeps text as text (SVG) write the labels itself.
 * Cards are then drawn as shapes, never as cached pixels.
 */
void
chr_timeline_painter_set_text_sink (ChrTimelinePainter *self,
                                    ChrTextSink         sink,
                                    gpointer            user_data)
{
  g_return_if_fail (self != NULL);

  self->text_sink = sink;
  self->text_sink_data = user_data;
}

/**
 * chr_timeline_painter_get_cache_size:
 * @self: a #ChrTimelinePainter
 * @n_layouts: (out) (optional): events whose card text is laid out
 * @n_images: (out) (optional): events whose card is kept as pixels
 *
 * What the painter keeps between frames: it stays bounded however much of
 * a large timeline is browsed.
 */
void
chr_timeline_painter_get_cache_size (ChrTimelinePainter *self,
                                     guint              *n_layouts,
                                     guint              *n_images)
{
  g_return_if_fail (self != NULL);

  if (n_layouts != NULL)
    *n_layouts = self->laid_out->len;
  if (n_images != NULL)
    *n_images = self->imaged->len;
}
