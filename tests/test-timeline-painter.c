/* test-timeline-painter.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-timeline-painter"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chr-event-merge.h"
#include "chr-timeline-painter.h"

#define WIDTH  1200
#define HEIGHT 500

typedef struct
{
  PangoContext       *context;
  ChrTimelinePainter *painter;
  ChrTimelineIndex   *index;
  ChrTimelineLayout  *layout;    /* of the last draw */
  ChrPalette          palette;
  gint64              selected;
  gint64              hover;
  cairo_surface_t    *surface;
  cairo_t            *cr;
} Fixture;

static const ChrPalette light_palette = {
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

static const ChrPalette dark_palette = {
  .background = { 0.118, 0.118, 0.118, 1.0 },
  .foreground = { 1.0, 1.0, 1.0, 0.92 },
  .dim_foreground = { 1.0, 1.0, 1.0, 0.55 },
  .grid = { 1.0, 1.0, 1.0, 0.15 },
  .accent = { 0.471, 0.682, 0.929, 1.0 },
  .accent_foreground = { 0.0, 0.0, 0.0, 0.87 },
  .card = { 0.188, 0.188, 0.188, 1.0 },
  .border = { 1.0, 1.0, 1.0, 0.15 },
  .warning = { 0.804, 0.576, 0.035, 1.0 },
};

typedef struct
{
  gint64          id;
  const char     *value;           /* TIMEX3 */
  const char     *label;
  double          importance;
} Sample;

static const Sample samples[] = {
  { 1, "2014-02", "Russia annexes Crimea", 3 },
  { 2, "2022-02-24", "Russia invades Ukraine", 5 },
  { 3, "2025-01", "Trump returns to office", 2 },
  { 4, "2025-08-15", "Alaska summit", 4 },
  { 5, "2025-08-18", "White House meeting", 3 },
  { 6, "2024-10", "Politico report on a possible ceasefire plan that was discussed in several capitals", 1 },
};

/* The events to draw from now on. */
static void
set_items (Fixture               *f,
           const ChrTimelineItem *items,
           guint                  n_items)
{
  g_clear_pointer (&f->layout, chr_timeline_layout_free);
  g_clear_pointer (&f->index, chr_timeline_index_unref);
  f->index = chr_timeline_index_new (items, n_items);
}

static guint
get_n_items (Fixture *f)
{
  return chr_timeline_index_get_n_items (f->index);
}

static gboolean
get_extent (Fixture *f,
            gint64  *begin,
            gint64  *end)
{
  return chr_timeline_index_get_extent (f->index, begin, end);
}

static void
set_palette (Fixture          *f,
             const ChrPalette *palette)
{
  f->palette = *palette;
}

static void
set_selected (Fixture *f,
              gint64   id)
{
  f->selected = id;
}

static void
set_hover (Fixture *f,
           gint64   id)
{
  f->hover = id;
}

/* One frame, as the timeline view draws it: laid out, then painted. */
static void
draw_on (Fixture            *f,
         cairo_t            *cr,
         const ChrTimeScale *scale,
         double              height)
{
  g_clear_pointer (&f->layout, chr_timeline_layout_free);
  f->layout = chr_timeline_painter_lay_out (f->painter, cr, f->index, scale, height);
  chr_timeline_painter_draw (f->painter, cr, f->layout, &f->palette, f->selected, f->hover);
}

static gboolean
needs_redraw (Fixture *f)
{
  return chr_timeline_layout_needs_redraw (f->layout);
}

static gint64
hit_test (Fixture *f,
          double   x,
          double   y)
{
  return f->layout != NULL ? chr_timeline_layout_hit_test (f->layout, x, y) : -1;
}

static gboolean
hit_test_cluster (Fixture *f,
                  double   x,
                  double   y,
                  gint64  *begin,
                  gint64  *end)
{
  const ChrLayoutCluster *cluster = chr_timeline_layout_hit_test_cluster (f->layout, x, y);

  if (begin != NULL)
    *begin = cluster != NULL ? cluster->begin : 0;
  if (end != NULL)
    *end = cluster != NULL ? cluster->end : 0;
  return cluster != NULL;
}

static gboolean
get_item_rect (Fixture *f,
               gint64   id,
               double  *x,
               double  *y,
               double  *width,
               double  *height)
{
  ChrLayoutRect rect = { 0 };
  gboolean found = f->layout != NULL && chr_timeline_layout_get_event_rect (f->layout, id, &rect);

  /* Always set, so that a caller's checks read defined values. */
  if (x != NULL)
    *x = rect.x;
  if (y != NULL)
    *y = rect.y;
  if (width != NULL)
    *width = rect.width;
  if (height != NULL)
    *height = rect.height;
  return found;
}

static guint
get_n_clusters (Fixture *f)
{
  return f->layout->clusters->len;
}

static gboolean
get_cluster (Fixture *f,
             guint    index,
             double  *x,
             double  *y,
             double  *width,
             double  *height,
             gint64  *begin,
             gint64  *end,
             guint   *count)
{
  static const ChrLayoutCluster none = { 0 };
  const ChrLayoutCluster *cluster = &none;

  if (index < f->layout->clusters->len)
    cluster = &g_array_index (f->layout->clusters, ChrLayoutCluster, index);
  *x = cluster->x;
  *y = cluster->y;
  *width = cluster->width;
  *height = cluster->height;
  *begin = cluster->begin;
  *end = cluster->end;
  *count = cluster->count;
  return cluster != &none;
}

static void
get_cache_size (Fixture *f,
                guint   *n_layouts,
                guint   *n_images)
{
  chr_timeline_painter_get_cache_size (f->painter, n_layouts, n_images);
}

static void
load_samples (Fixture *f)
{
  ChrTimelineItem items[G_N_ELEMENTS (samples)];

  /* Given in reverse, so the index has to sort them. */
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      const Sample *s = &samples[G_N_ELEMENTS (samples) - 1 - i];
      ChrInterval interval;

      g_assert_true (chr_timex_value_to_interval (s->value, &interval));
      items[i] = (ChrTimelineItem) {
        .id = s->id,
        .begin = interval.begin,
        .end = interval.end,
        .granularity = interval.granularity,
        .label = s->label,
        .importance = s->importance,
      };
    }
  set_items (f, items, G_N_ELEMENTS (items));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  f->painter = chr_timeline_painter_new (f->context);
  f->index = chr_timeline_index_new (NULL, 0);
  f->palette = data != NULL ? *(const ChrPalette *) data : light_palette;
  f->selected = f->hover = -1;
  f->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  f->cr = cairo_create (f->surface);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->cr, cairo_destroy);
  g_clear_pointer (&f->surface, cairo_surface_destroy);
  g_clear_pointer (&f->layout, chr_timeline_layout_free);
  g_clear_pointer (&f->painter, chr_timeline_painter_free);
  g_clear_pointer (&f->index, chr_timeline_index_unref);
  g_clear_object (&f->context);
}

static void
save_png (Fixture    *f,
          const char *name)
{
  g_autofree char *path = NULL;

  if (g_getenv ("CHR_TEST_SAVE_PNG") == NULL)
    return;
  path = g_strdup_printf ("%s/chronicle-%s.png", g_get_tmp_dir (), name);
  cairo_surface_flush (f->surface);
  g_assert_cmpint (cairo_surface_write_to_png (f->surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("wrote %s", path);
}

static void
fit_samples (Fixture      *f,
             ChrTimeScale *scale)
{
  gint64 begin, end;

  g_assert_true (get_extent (f, &begin, &end));
  chr_time_scale_init (scale, 0, 1, WIDTH);
  chr_time_scale_fit (scale, begin, end, 40);
}

static void
draw (Fixture            *f,
      const ChrTimeScale *scale)
{
  draw_on (f, f->cr, scale, HEIGHT);
  cairo_surface_flush (f->surface);
}

static guint32
pixel_at (Fixture *f,
          int      x,
          int      y)
{
  const unsigned char *data = cairo_image_surface_get_data (f->surface);
  int stride = cairo_image_surface_get_stride (f->surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (x, <, WIDTH);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (y, <, HEIGHT);
  return *(const guint32 *) (data + y * stride + x * 4);
}

/* Pixels in the rectangle that differ from the top-left corner, which is background. */
static guint
count_drawn (Fixture *f,
             double   x,
             double   y,
             double   width,
             double   height)
{
  guint32 background = pixel_at (f, 0, 0);
  guint count = 0;

  for (int py = MAX (0, (int) y); py < MIN (HEIGHT, (int) (y + height)); py++)
    for (int px = MAX (0, (int) x); px < MIN (WIDTH, (int) (x + width)); px++)
      count += pixel_at (f, px, py) != background;
  return count;
}

static guint8 *
copy_pixels (Fixture *f)
{
  cairo_surface_flush (f->surface);
  return g_memdup2 (cairo_image_surface_get_data (f->surface),
                    (gsize) cairo_image_surface_get_stride (f->surface) * HEIGHT);
}

static void
test_extent (Fixture       *f,
             gconstpointer  data)
{
  gint64 begin, end;
  ChrInterval first, last;

  g_assert_false (get_extent (f, &begin, &end));
  load_samples (f);
  g_assert_cmpuint (get_n_items (f), ==, G_N_ELEMENTS (samples));
  g_assert_true (get_extent (f, &begin, &end));
  g_assert_true (chr_timex_value_to_interval ("2014-02", &first));
  g_assert_true (chr_timex_value_to_interval ("2025-08-18", &last));
  g_assert_cmpint (begin, ==, first.begin);
  g_assert_cmpint (end, ==, last.end);
}

/* Each of ids is drawn, can be hit in its middle, and overlaps no other. */
static void
check_layout_of (Fixture      *f,
                 const gint64 *ids,
                 guint         n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    {
      double x, y, w, h;
      gint64 hit;

      g_assert_true (get_item_rect (f, ids[i], &x, &y, &w, &h));
      g_assert_cmpfloat (w, >, 0);
      g_assert_cmpfloat (h, >, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (y + h, <=, HEIGHT - 44);
      g_assert_cmpuint (count_drawn (f, x, y, w, h), >, w * h / 10);

      hit = hit_test (f, x + w / 2, y + h / 2);
      g_assert_cmpint (hit, ==, ids[i]);

      for (guint j = i + 1; j < n_ids; j++)
        {
          double x2, y2, w2, h2;

          g_assert_true (get_item_rect (f, ids[j], &x2, &y2, &w2, &h2));
          g_assert_false (x < x2 + w2 && x2 < x + w && y < y2 + h2 && y2 < y + h);
        }
    }
}

static void
check_layout (Fixture *f)
{
  gint64 ids[G_N_ELEMENTS (samples)];

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    ids[i] = samples[i].id;
  check_layout_of (f, ids, G_N_ELEMENTS (ids));
}

static void
test_draw (Fixture       *f,
           gconstpointer  data)
{
  ChrTimeScale scale;

  load_samples (f);
  fit_samples (f, &scale);
  draw (f, &scale);
  save_png (f, data == &dark_palette ? "dark" : "light");

  check_layout (f);

  /* The top left corner is empty: nothing there to hit, and nothing drawn. */
  g_assert_cmpint (hit_test (f, 2, 2), ==, -1);
  g_assert_cmpint (hit_test (f, -50, 100), ==, -1);
  g_assert_cmpuint (count_drawn (f, 0, 0, 20, 10), ==, 0);
  /* The axis has labels. */
  g_assert_cmpuint (count_drawn (f, 0, HEIGHT - 40, WIDTH, 40), >, 500);
  g_assert_false (get_item_rect (f, 999, NULL, NULL, NULL, NULL));
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  ChrTimeScale scale;
  g_autofree guint8 *before = NULL;
  double x, y, w, h;
  guint changed = 0, outside = 0;
  int stride;

  load_samples (f);
  fit_samples (f, &scale);
  draw (f, &scale);
  before = copy_pixels (f);
  g_assert_true (get_item_rect (f, 2, &x, &y, &w, &h));

  set_selected (f, 2);
  draw (f, &scale);
  save_png (f, "selected");

  /* The card of the selected event changes; the others stay as they were. */
  stride = cairo_image_surface_get_stride (f->surface);
  for (int py = 0; py < HEIGHT; py++)
    for (int px = 0; px < WIDTH; px++)
      {
        gsize offset = (gsize) py * stride + px * 4;
        gboolean differs = memcmp (before + offset, cairo_image_surface_get_data (f->surface) + offset, 4) != 0;
        gboolean inside = px >= x && px < x + w && py >= y && py < y + h;

        if (differs && inside)
          changed++;
        /* The connector below the card is drawn in the accent colour too. */
        else if (differs && !(px >= x && px < x + 2 * 4 + 2 && py >= y))
          outside++;
      }
  g_assert_cmpuint (changed, >, w * h / 3);
  g_assert_cmpuint (outside, ==, 0);

  set_selected (f, -1);
  set_hover (f, 4);
  draw (f, &scale);
  save_png (f, "hover");
  check_layout (f);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  ChrTimeScale scale;

  chr_time_scale_init (&scale, 0, 86400 * 365, WIDTH);
  draw (f, &scale);
  g_assert_cmpint (hit_test (f, 600, 200), ==, -1);
  g_assert_cmpuint (count_drawn (f, 0, HEIGHT - 44, WIDTH, 44), >, 0);
  save_png (f, "empty");

  /* Setting no items after some leaves nothing behind. */
  load_samples (f);
  set_items (f, NULL, 0);
  draw (f, &scale);
  g_assert_cmpuint (get_n_items (f), ==, 0);
  g_assert_false (get_item_rect (f, 1, NULL, NULL, NULL, NULL));

  /* Degenerate sizes draw nothing and do not crash. */
  draw_on (f, f->cr, &scale, 0);
  chr_time_scale_init (&scale, 0, 1, 0);
  draw_on (f, f->cr, &scale, HEIGHT);
}

static void
test_zoomed_in (Fixture       *f,
                gconstpointer  data)
{
  ChrTimeScale scale;
  ChrInterval day;
  double x, y, w, h;

  load_samples (f);
  g_assert_true (chr_timex_value_to_interval ("2022-02-24", &day));
  /* A few hours around the start of the invasion: its marker is in view. */
  chr_time_scale_init (&scale, day.begin - 2 * 3600, day.begin + 3 * 3600, WIDTH);
  draw (f, &scale);
  save_png (f, "hours");

  g_assert_true (get_item_rect (f, 2, &x, &y, &w, &h));
  g_assert_cmpuint (count_drawn (f, x, y, w, h), >, 0);
  g_assert_false (get_item_rect (f, 4, NULL, NULL, NULL, NULL));

  /* A year in which months are wide bars and days are points. */
  chr_time_scale_init (&scale, chr_time_from_civil (2024, 9, 1, 0, 0, 0),
                       chr_time_from_civil (2025, 9, 30, 0, 0, 0), WIDTH);
  draw (f, &scale);
  save_png (f, "months");
  check_layout_of (f, (const gint64[]) { 3, 4, 5, 6 }, 4);

  /* A fortnight: the month bar is off to the left, its card stays in view. */
  chr_time_scale_init (&scale, chr_time_from_civil (2025, 1, 10, 0, 0, 0),
                       chr_time_from_civil (2025, 1, 24, 0, 0, 0), WIDTH);
  draw (f, &scale);
  save_png (f, "days");
  g_assert_true (get_item_rect (f, 3, &x, &y, &w, &h));
  g_assert_cmpuint (count_drawn (f, 0, y, 200, h), >, 100);

  /* At the narrowest zoom, ticks are minutes. */
  chr_time_scale_init (&scale, day.begin + 1800, day.begin + 1800 + CHR_TIME_SCALE_MIN_SPAN, WIDTH);
  draw (f, &scale);
  save_png (f, "minutes");
}

static void
test_zoomed_out (Fixture       *f,
                 gconstpointer  data)
{
  ChrTimeScale scale;
  double x, y, w, h;
  guint with_card = 0;

  load_samples (f);
  chr_time_scale_init (&scale, chr_time_from_civil (100, 1, 1, 0, 0, 0),
                       chr_time_from_civil (2100, 1, 1, 0, 0, 0), WIDTH);
  draw (f, &scale);
  save_png (f, "millennia");

  /* All events crowd into a few pixels: each is still there to find, and the
   * cards that fit never overlap. */
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      ChrInterval interval;
      double marker;

      g_assert_true (chr_timex_value_to_interval (samples[i].value, &interval));
      marker = chr_time_scale_time_to_x (&scale, interval.begin);
      g_assert_true (get_item_rect (f, samples[i].id, &x, &y, &w, &h));
      g_assert_cmpfloat (x, <=, marker);
      g_assert_cmpfloat (x + w, >=, marker);
      with_card += h > 20;
    }
  g_assert_cmpuint (with_card, >, 0);

  /* The widest view, far from any event. */
  chr_time_scale_init (&scale, chr_time_from_civil (-20000, 1, 1, 0, 0, 0), 0, WIDTH);
  chr_time_scale_zoom_at (&scale, 0, 1e-9);
  draw (f, &scale);
  save_png (f, "widest");
}

static void
test_crowded (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr (GArray) items = g_array_new (FALSE, FALSE, sizeof (ChrTimelineItem));
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  gint64 base = chr_time_from_civil (2022, 1, 1, 0, 0, 0);
  ChrTimeScale scale;
  guint drawn = 0;

  /* More events than fit: cards never overlap and the rest stay findable on the strip. */
  for (guint i = 0; i < 400; i++)
    {
      ChrTimelineItem item = {
        .id = i,
        .begin = base + g_rand_int_range (rand, 0, 365) * CHR_SECONDS_PER_DAY,
        .granularity = i % 5 == 0 ? CHR_GRANULARITY_MONTH : CHR_GRANULARITY_DAY,
        .importance = 1 + g_rand_int_range (rand, 0, 10),
      };
      char *label = g_strdup_printf ("Event number %u with a label", i);

      item.end = item.begin + (item.granularity == CHR_GRANULARITY_MONTH ? 30 : 1) * CHR_SECONDS_PER_DAY;
      item.label = label;
      g_ptr_array_add (labels, label);
      g_array_append_val (items, item);
    }
  set_items (f, (ChrTimelineItem *) items->data, items->len);
  g_ptr_array_set_size (labels, 0);   /* the index keeps its own copies */

  chr_time_scale_init (&scale, base, base + 365 * CHR_SECONDS_PER_DAY, WIDTH);
  draw (f, &scale);
  save_png (f, "crowded");

  for (guint i = 0; i < items->len; i++)
    {
      double x, y, w, h;

      g_assert_true (get_item_rect (f, i, &x, &y, &w, &h));
      if (h < 20)
        continue;
      drawn++;
      for (guint j = i + 1; j < items->len; j++)
        {
          double x2, y2, w2, h2;

          g_assert_true (get_item_rect (f, j, &x2, &y2, &w2, &h2));
          if (h2 >= 20)
            g_assert_false (x < x2 + w2 && x2 < x + w && y < y2 + h2 && y2 < y + h);
        }
    }
  g_assert_cmpuint (drawn, >, 10);
  g_assert_cmpuint (drawn, <, items->len);
}

static void
test_pdf_and_svg_targets (Fixture       *f,
                          gconstpointer  data)
{
  ChrTimeScale scale;
  cairo_surface_t *recording;
  cairo_t *cr;

  /* Vector targets change the font options and the context is adapted to them. */
  load_samples (f);
  fit_samples (f, &scale);
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (recording);
  cairo_scale (cr, 2, 2);
  draw_on (f, cr, &scale, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);

  draw (f, &scale);
  check_layout (f);
}

#define MANY 100000

static const char * const many_words[] = {
  "Parliament approves budget", "Central bank raises rates", "Protesters rally in the capital",
  "Court rules on election dispute", "Rebels seize border town", "Ceasefire talks announced",
  "Union calls general strike", "New outbreak reported", "Trade agreement signed", "Ambassador recalled",
};

/* Like a news archive: most events in recent years, clumped around stories,
 * a few periods and month-precise events, importance mostly 1. */
static GArray *
make_many (guint      n,
           GPtrArray *labels)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  GArray *items = g_array_sized_new (FALSE, TRUE, sizeof (ChrTimelineItem), n);
  gint64 hot[64];

  for (guint i = 0; i < G_N_ELEMENTS (hot); i++)
    hot[i] = chr_time_from_civil (g_rand_int_range (rand, 1950, 2026), g_rand_int_range (rand, 1, 13), 1, 0, 0, 0);
  for (guint i = 0; i < n; i++)
    {
      ChrTimelineItem item = { .id = i, .importance = 1, .granularity = CHR_GRANULARITY_DAY };
      double u = g_rand_double (rand);
      gint64 day;
      char *label;

      if (u < 0.3)
        day = hot[g_rand_int_range (rand, 0, G_N_ELEMENTS (hot))]
              + g_rand_int_range (rand, 0, 40) * CHR_SECONDS_PER_DAY;
      else if (u < 0.8)
        day = chr_time_from_civil (2025 - (int) (12 * g_rand_double (rand) * g_rand_double (rand)),
                                   g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29), 0, 0, 0);
      else
        day = chr_time_from_civil (g_rand_int_range (rand, 1900, 2014), g_rand_int_range (rand, 1, 13),
                                   g_rand_int_range (rand, 1, 29), 0, 0, 0);
      item.begin = day;
      item.end = day + CHR_SECONDS_PER_DAY;
      if (i % 20 == 0)
        {
          item.flags = CHR_EVENT_FLAG_PERIOD | (i % 60 == 0 ? CHR_EVENT_FLAG_ONGOING : 0);
          item.granularity = CHR_GRANULARITY_MONTH;
          item.end = day + g_rand_int_range (rand, 30, 2000) * CHR_SECONDS_PER_DAY;
        }
      else if (i % 7 == 0)
        {
          item.granularity = CHR_GRANULARITY_MONTH;
          item.end = day + 30 * CHR_SECONDS_PER_DAY;
        }
      if (i % 50 == 3)
        item.flags |= CHR_EVENT_FLAG_CONFLICT;
      if (i % 40 == 5)
        item.flags |= CHR_EVENT_FLAG_APPROXIMATE;
      if (g_rand_double (rand) < 0.15)
        item.importance = g_rand_int_range (rand, 2, 11);
      label = g_strdup_printf ("%s %u", many_words[i % G_N_ELEMENTS (many_words)], i);
      g_ptr_array_add (labels, label);
      item.label = label;
      g_array_append_val (items, item);
    }
  return items;
}

typedef struct
{
  gint64 id;
  double x, y, width, height;
} Card;

/* The cards of the last draw: items with a rect taller than a strip mark. */
static GArray *
drawn_cards (Fixture *f,
             GArray  *items)
{
  GArray *cards = g_array_new (FALSE, FALSE, sizeof (Card));

  for (guint i = 0; i < items->len; i++)
    {
      const ChrTimelineItem *item = &g_array_index (items, ChrTimelineItem, i);
      Card card = { item->id };

      if (get_item_rect (f, item->id, &card.x, &card.y, &card.width, &card.height)
          && card.height >= 20)
        g_array_append_val (cards, card);
    }
  return cards;
}

static void
check_many (Fixture            *f,
            GArray             *items,
            const ChrTimeScale *scale)
{
  g_autoptr (GArray) cards = drawn_cards (f, items);
  g_autoptr (GHashTable) carded = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 from = chr_time_scale_x_to_time (scale, 0);
  gint64 to = chr_time_scale_x_to_time (scale, scale->width);
  double seconds_per_pixel = chr_time_scale_seconds_per_pixel (scale);
  guint visible = 0, visible_cards = 0, clustered = 0;

  g_assert_cmpuint (cards->len, >, 5);
  g_assert_cmpuint (cards->len, <, 1000);
  for (guint i = 0; i < cards->len; i++)
    g_hash_table_add (carded, &g_array_index (cards, Card, i).id);

  /* No two cards overlap, each can be hit, and each is the most important
   * event among those beginning within a few pixels of it. */
  for (guint i = 0; i < cards->len; i++)
    {
      const Card *a = &g_array_index (cards, Card, i);
      const ChrTimelineItem *item = &g_array_index (items, ChrTimelineItem, a->id);
      guint passed_over = 0;

      g_assert_cmpint (hit_test (f, a->x + a->width / 2, a->y + a->height / 2), ==, a->id);
      for (guint j = i + 1; j < cards->len; j++)
        {
          const Card *b = &g_array_index (cards, Card, j);

          g_assert_false (a->x < b->x + b->width && b->x < a->x + a->width
                          && a->y < b->y + b->height && b->y < a->y + a->height);
        }
      for (guint j = 0; j < items->len; j++)
        {
          const ChrTimelineItem *other = &g_array_index (items, ChrTimelineItem, j);

          /* More important neighbours have cards too, but for the odd one
           * whose card found no free lane where this one's did. */
          if (fabs ((double) (other->begin - item->begin)) < 2 * seconds_per_pixel
              && other->importance > item->importance
              && other->end - other->begin <= item->end - item->begin
              && !g_hash_table_contains (carded, &other->id))
            passed_over++;
        }
      g_assert_cmpuint (passed_over, <=, 2);
      if (item->begin <= to && item->end >= from)
        visible_cards++;
    }

  for (guint i = 0; i < items->len; i++)
    {
      const ChrTimelineItem *item = &g_array_index (items, ChrTimelineItem, i);

      visible += item->begin <= to && MAX (item->end, item->begin) >= from;
    }

  /* Every visible event has a card or is counted in a cluster, once. */
  for (guint c = 0; c < get_n_clusters (f); c++)
    {
      double x, y, w, h;
      gint64 begin, end, hit_begin, hit_end;
      guint count, inside = 0;

      g_assert_true (get_cluster (f, c, &x, &y, &w, &h, &begin, &end, &count));
      g_assert_cmpuint (count, >, 0);
      clustered += count;
      g_assert_cmpfloat (y + h, <=, HEIGHT - 44);
      g_assert_cmpuint (count_drawn (f, x, y, w, h), >, w * h / 4);

      /* Its span holds at least as many events as it counts, whole. */
      g_assert_true (hit_test_cluster (f, x + w / 2, y + h / 2, &hit_begin, &hit_end));
      g_assert_cmpint (hit_begin, ==, begin);
      g_assert_cmpint (hit_end, ==, end);
      g_assert_cmpint (begin, <=, end);
      for (guint i = 0; i < items->len; i++)
        {
          const ChrTimelineItem *item = &g_array_index (items, ChrTimelineItem, i);

          inside += item->begin >= begin && item->end <= end && item->begin <= to && item->end >= from;
        }
      g_assert_cmpuint (inside, >=, count);
      /* Clusters are not cards. */
      g_assert_cmpint (hit_test (f, x + w / 2, y + h / 2), ==, -1);
    }
  g_assert_cmpuint (visible_cards + clustered, ==, visible);
  g_assert_false (hit_test_cluster (f, 2, 2, NULL, NULL));
}

/* Pixels in the rectangle that are clearly red, as a red outline draws them. */
static guint
count_red (Fixture *f,
           double   x,
           double   y,
           double   width,
           double   height)
{
  guint count = 0;

  for (int py = MAX (0, (int) y); py < MIN (HEIGHT, (int) (y + height)); py++)
    for (int px = MAX (0, (int) x); px < MIN (WIDTH, (int) (x + width)); px++)
      {
        guint32 pixel = pixel_at (f, px, py);

        count += ((pixel >> 16) & 0xff) > 180 && ((pixel >> 8) & 0xff) < 120 && (pixel & 0xff) < 120;
      }
  return count;
}

/* Card outlines take the palette's border colour: high contrast makes it strong. */
static void
test_outline (Fixture       *f,
              gconstpointer  data)
{
  ChrPalette palette = light_palette;
  ChrTimeScale scale;
  double x, y, width, height;

  load_samples (f);
  fit_samples (f, &scale);
  draw (f, &scale);
  g_assert_true (get_item_rect (f, 1, &x, &y, &width, &height));
  g_assert_cmpuint (count_red (f, x - 1, y - 1, width + 2, height + 2), ==, 0);

  palette.border = (ChrColor) { 1.0, 0.0, 0.0, 1.0 };
  set_palette (f, &palette);
  cairo_set_source_rgb (f->cr, 1, 1, 1);
  cairo_paint (f->cr);
  draw (f, &scale);
  g_assert_true (get_item_rect (f, 1, &x, &y, &width, &height));
  /* At least the top and bottom edges. */
  g_assert_cmpuint (count_red (f, x - 1, y - 1, width + 2, height + 2), >=, (guint) (2 * (width - 16)));
}

static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) items = make_many (MANY, labels);
  const ChrPalette *palettes[] = { &light_palette, &dark_palette };
  const char *names[] = { "light", "dark" };
  ChrTimeScale scale;
  gint64 begin, end;

  set_items (f, (ChrTimelineItem *) (gpointer) items->data, items->len);
  g_ptr_array_set_size (labels, 0);
  g_assert_cmpuint (get_n_items (f), ==, MANY);
  g_assert_true (get_extent (f, &begin, &end));

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    {
      g_autofree char *full = g_strdup_printf ("many-full-%s", names[p]);
      g_autofree char *mid = g_strdup_printf ("many-mid-%s", names[p]);
      g_autofree char *deep = g_strdup_printf ("many-deep-%s", names[p]);

      set_palette (f, palettes[p]);

      chr_time_scale_init (&scale, 0, 1, WIDTH);
      chr_time_scale_fit (&scale, begin, end, 40);
      draw (f, &scale);
      save_png (f, full);
      check_many (f, items, &scale);

      chr_time_scale_init (&scale, chr_time_from_civil (2020, 1, 1, 0, 0, 0),
                           chr_time_from_civil (2022, 1, 1, 0, 0, 0), WIDTH);
      draw (f, &scale);
      save_png (f, mid);
      check_many (f, items, &scale);

      chr_time_scale_init (&scale, chr_time_from_civil (2024, 3, 10, 0, 0, 0),
                           chr_time_from_civil (2024, 3, 14, 0, 0, 0), WIDTH);
      draw (f, &scale);
      save_png (f, deep);
      check_many (f, items, &scale);
    }

  /* A few hours: long periods that began years before still show. */
  chr_time_scale_init (&scale, chr_time_from_civil (2024, 3, 12, 9, 0, 0),
                       chr_time_from_civil (2024, 3, 12, 13, 0, 0), WIDTH);
  draw (f, &scale);
  save_png (f, "many-hours");
  check_many (f, items, &scale);
}

/* A crowd of events that all matter as much: the cards go all across the
 * width, not all to the first stretch of time, from the first frame on,
 * while the text of the rest is still to be shaped. */
static void
test_even_crowd (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr (GArray) items = g_array_new (FALSE, TRUE, sizeof (ChrTimelineItem));
  gint64 first = chr_time_from_civil (1900, 1, 1, 0, 0, 0);
  gint64 last = chr_time_from_civil (2026, 1, 1, 0, 0, 0);
  ChrTimeScale scale;
  gint64 begin, end;

  for (guint i = 0; i < 20000; i++)
    {
      ChrTimelineItem item = {
        .id = i + 1,
        .begin = first + (last - first) / 20000 * i,
        .granularity = CHR_GRANULARITY_DAY,
        .label = "An event like the others",
        .importance = 1,
      };

      item.end = item.begin + CHR_SECONDS_PER_DAY;
      g_array_append_val (items, item);
    }
  set_items (f, (ChrTimelineItem *) (gpointer) items->data, items->len);
  g_assert_true (get_extent (f, &begin, &end));
  chr_time_scale_init (&scale, 0, 1, WIDTH);
  chr_time_scale_fit (&scale, begin, end, 40);

  for (guint frame = 0; frame == 0 || needs_redraw (f); frame++)
    {
      g_autoptr (GArray) cards = NULL;
      guint thirds[3] = { 0 };

      g_assert_cmpuint (frame, <, 100);
      draw (f, &scale);
      cards = drawn_cards (f, items);
      g_assert_cmpuint (cards->len, >, 8);
      for (guint i = 0; i < cards->len; i++)
        {
          const ChrTimelineItem *item = &g_array_index (items, ChrTimelineItem, g_array_index (cards, Card, i).id - 1);
          double x = chr_time_scale_time_to_x (&scale, item->begin);

          thirds[CLAMP ((int) (3 * x / WIDTH), 0, 2)]++;
        }
      for (guint t = 0; t < 3; t++)
        g_assert_cmpuint (thirds[t], >=, cards->len / 6);
    }
  save_png (f, "even-crowd");
}

/* Browsing a large timeline day by day keeps a bounded cache: the oldest
 * layouts and card images go, and what the current frame shows stays. */
static void
test_browse_memory (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) items = make_many (MANY, labels);
  ChrTimeScale scale;
  guint n_layouts = 0, n_images = 0, most_layouts = 0;

  set_items (f, (ChrTimelineItem *) (gpointer) items->data, items->len);
  chr_time_scale_init (&scale, chr_time_from_civil (2014, 1, 1, 0, 0, 0),
                       chr_time_from_civil (2014, 1, 20, 0, 0, 0), WIDTH);
  for (guint frame = 0; frame < 1500; frame++)
    {
      /* A third of a screen a frame, so each card shows for a few frames. */
      chr_time_scale_pan (&scale, -WIDTH / 3.0);
      draw (f, &scale);
      get_cache_size (f, &n_layouts, &n_images);
      g_assert_cmpuint (n_layouts, <=, 4096);
      g_assert_cmpuint (n_images, <=, 512);
      most_layouts = MAX (most_layouts, n_layouts);
    }
  /* The walk went far enough to fill the cache, and what it shows now is whole. */
  g_assert_cmpuint (most_layouts, >, 4000);
  while (needs_redraw (f))
    draw (f, &scale);
  check_many (f, items, &scale);
}

/* The strip under many long periods looks the same whether their bars end
 * in view (drawn one by one) or run past both edges (drawn as one). */
static void
test_spanning_periods (Fixture       *f,
                       gconstpointer  data)
{
  ChrTimelineItem items[20];
  ChrTimeScale scale;
  guint32 one_by_one, as_one;
  double strip_y = -1;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    items[i] = (ChrTimelineItem) {
      .id = i + 1,
      .begin = chr_time_from_civil (2000, 1, 1, 0, 0, 0),
      .end = chr_time_from_civil (2010, 1, 1, 0, 0, 0),
      .granularity = CHR_GRANULARITY_YEAR,
      .label = "Long period",
      .importance = 1,
      .flags = CHR_EVENT_FLAG_PERIOD | (i % 2 ? CHR_EVENT_FLAG_APPROXIMATE : 0),
    };
  set_items (f, items, G_N_ELEMENTS (items));

  /* The bars end in view. An event without a card is picked on the strip. */
  chr_time_scale_init (&scale, chr_time_from_civil (1998, 1, 1, 0, 0, 0),
                       chr_time_from_civil (2012, 1, 1, 0, 0, 0), WIDTH);
  draw (f, &scale);
  for (gint64 id = 1; id <= (gint64) G_N_ELEMENTS (items) && strip_y < 0; id++)
    {
      double x, y, width, height;

      if (get_item_rect (f, id, &x, &y, &width, &height) && height < 20)
        strip_y = y + height / 2;
    }
  g_assert_cmpfloat (strip_y, >, 0);
  one_by_one = pixel_at (f, WIDTH / 2, (int) strip_y);

  /* Zoomed into a year in the middle: every bar runs past both edges. */
  chr_time_scale_init (&scale, chr_time_from_civil (2004, 6, 1, 0, 0, 0),
                       chr_time_from_civil (2005, 6, 1, 0, 0, 0), WIDTH);
  draw (f, &scale);
  as_one = pixel_at (f, WIDTH / 2, (int) strip_y);

  g_assert_cmpuint (one_by_one, !=, pixel_at (f, 0, 0));
  for (guint shift = 0; shift < 32; shift += 8)
    g_assert_cmpint (ABS ((int) ((one_by_one >> shift) & 0xff) - (int) ((as_one >> shift) & 0xff)), <=, 2);
}

/* Like check_layout_of, for bars that can be far longer than their card. */
static void
check_cards_of (Fixture      *f,
                const gint64 *ids,
                guint         n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    {
      double x, y, w, h;

      g_assert_true (get_item_rect (f, ids[i], &x, &y, &w, &h));
      g_assert_cmpfloat (h, >=, 20);
      g_assert_cmpfloat (y + h, <=, HEIGHT - 44);
      g_assert_cmpint (hit_test (f, MAX (x, 0) + 2, y + h / 2), ==, ids[i]);
      for (guint j = i + 1; j < n_ids; j++)
        {
          double x2, y2, w2, h2;

          g_assert_true (get_item_rect (f, ids[j], &x2, &y2, &w2, &h2));
          g_assert_false (x < x2 + w2 && x2 < x + w && y < y2 + h2 && y2 < y + h);
        }
    }
}

static void
test_periods (Fixture       *f,
              gconstpointer  data)
{
  ChrTimelineItem items[] = {
    { 1, 0, 0, CHR_GRANULARITY_MONTH, "War in Donbas", 4, CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING },
    { 2, 0, 0, CHR_GRANULARITY_YEAR, "Sanctions regime", 3, CHR_EVENT_FLAG_PERIOD },
    { 3, 0, 0, CHR_GRANULARITY_MONTH, "Talks in Minsk", 2, CHR_EVENT_FLAG_CONFLICT },
    { 4, 0, 0, CHR_GRANULARITY_DAY, "Referendum", 1, CHR_EVENT_FLAG_APPROXIMATE },
  };
  gint64 ids[] = { 1, 2, 3, 4 };
  ChrTimeScale scale;

  items[0].begin = chr_time_from_civil (2014, 2, 1, 0, 0, 0);
  items[0].end = chr_time_from_civil (2022, 2, 24, 0, 0, 0);
  items[1].begin = chr_time_from_civil (2014, 1, 1, 0, 0, 0);
  items[1].end = chr_time_from_civil (2023, 1, 1, 0, 0, 0);
  items[2].begin = chr_time_from_civil (2015, 2, 1, 0, 0, 0);
  items[2].end = chr_time_from_civil (2015, 3, 1, 0, 0, 0);
  items[3].begin = chr_time_from_civil (2016, 3, 16, 0, 0, 0);
  items[3].end = items[3].begin + CHR_SECONDS_PER_DAY;
  set_items (f, items, G_N_ELEMENTS (items));

  chr_time_scale_init (&scale, chr_time_from_civil (2013, 1, 1, 0, 0, 0),
                       chr_time_from_civil (2024, 1, 1, 0, 0, 0), WIDTH);
  draw (f, &scale);
  save_png (f, "periods");
  check_cards_of (f, ids, G_N_ELEMENTS (ids));
  g_assert_cmpuint (get_n_clusters (f), ==, 0);

  /* Zoomed into one month of a long period, its card still shows. */
  chr_time_scale_init (&scale, chr_time_from_civil (2018, 5, 1, 0, 0, 0),
                       chr_time_from_civil (2018, 6, 1, 0, 0, 0), WIDTH);
  draw (f, &scale);
  check_cards_of (f, ids, 2);
}

/* Card text is shaped a few dozen a frame: the cards of a crowded first
 * frame come in over the next ones, most important first, and then all is drawn. */
static void
test_cards_fill_in (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree ChrTimelineItem *items = g_new0 (ChrTimelineItem, 400);
  g_autofree char **labels = g_new0 (char *, 400);
  ChrTimeScale scale;
  guint first_frame_cards = 0, last_frame_cards = 0, frames = 1;
  double x, y, w, h;

  for (guint i = 0; i < 400; i++)
    {
      labels[i] = g_strdup_printf ("Event number %u of a crowded day", i);
      items[i] = (ChrTimelineItem) {
        .id = i + 1,
        .begin = 1700000000 + (gint64) i * 3600 * 6,
        .end = 1700000000 + (gint64) i * 3600 * 6 + 3600,
        .granularity = CHR_GRANULARITY_HOUR,
        .label = labels[i],
        .importance = 1 + (i % 10 == 0) * 5,
      };
    }
  set_items (f, items, 400);
  for (guint i = 0; i < 400; i++)
    g_free (labels[i]);

  chr_time_scale_init (&scale, 1700000000, 1700000000 + (gint64) 400 * 3600 * 6, WIDTH);
  draw_on (f, f->cr, &scale, HEIGHT);
  g_assert_true (needs_redraw (f));
  for (guint i = 0; i < 400; i++)
    first_frame_cards += get_item_rect (f, i + 1, &x, &y, &w, &h) && h > 20;
  g_assert_cmpuint (first_frame_cards, <=, 32);
  /* The most important came first. */
  g_assert_true (get_item_rect (f, 1, &x, &y, &w, &h));

  while (needs_redraw (f) && frames < 100)
    {
      draw_on (f, f->cr, &scale, HEIGHT);
      frames++;
    }
  g_assert_false (needs_redraw (f));
  for (guint i = 0; i < 400; i++)
    last_frame_cards += get_item_rect (f, i + 1, &x, &y, &w, &h) && h > 20;
  g_assert_cmpuint (last_frame_cards, >=, first_frame_cards);
  g_assert_cmpuint (frames, >, 1);
}

/* After an edit the painter keeps the other cards, but the edited one
 * shows what it is now: the frame equals one a new painter draws. */
static void
settle (Fixture            *f,
        const ChrTimeScale *scale)
{
  draw (f, scale);
  for (guint i = 0; i < 8 && needs_redraw (f); i++)
    draw (f, scale);
}

static void
collect_text (cairo_t     *cr,
              PangoLayout *layout,
              gpointer     user_data)
{
  g_ptr_array_add (user_data, g_strdup (pango_layout_get_text (layout)));
}

static gboolean
drew_text (GPtrArray  *texts,
           const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;
  return FALSE;
}

/* Cards write dates as precisely as the person asks: the day, then the month. */
static void
test_date_options (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  ChrDateOptions options = CHR_DATE_OPTIONS_INIT;
  ChrTimeScale scale;

  load_samples (f);
  fit_samples (f, &scale);
  chr_timeline_painter_set_text_sink (f->painter, collect_text, texts);
  settle (f, &scale);
  g_assert_true (drew_text (texts, "24 Feb 2022"));
  g_assert_false (drew_text (texts, "Feb 2022"));

  options.precision = CHR_GRANULARITY_MONTH;
  chr_timeline_painter_set_date_options (f->painter, &options);
  g_ptr_array_set_size (texts, 0);
  g_clear_pointer (&f->layout, chr_timeline_layout_free);
  settle (f, &scale);
  g_assert_false (drew_text (texts, "24 Feb 2022"));
  g_assert_true (drew_text (texts, "February 2022"));

  options.precision = CHR_GRANULARITY_YEAR;
  chr_timeline_painter_set_date_options (f->painter, &options);
  g_ptr_array_set_size (texts, 0);
  g_clear_pointer (&f->layout, chr_timeline_layout_free);
  settle (f, &scale);
  g_assert_false (drew_text (texts, "February 2022"));
  g_assert_true (drew_text (texts, "2022"));
}

/* The axis at week steps marks the day weeks start on. */
static void
test_week_start (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  ChrDateOptions options = CHR_DATE_OPTIONS_INIT;
  gint64 base = chr_time_from_civil (2022, 2, 1, 0, 0, 0);
  ChrTimeScale scale;

  load_samples (f);
  chr_time_scale_init (&scale, base, base + 60 * CHR_SECONDS_PER_DAY, WIDTH);
  chr_timeline_painter_set_text_sink (f->painter, collect_text, texts);
  settle (f, &scale);
  g_assert_cmpint (f->layout->tick_step.unit, ==, CHR_TICK_UNIT_WEEK);
  /* Mondays: 7, 14, 21 and 28 February. */
  g_assert_true (drew_text (texts, "14"));
  g_assert_false (drew_text (texts, "13"));

  options.week_start = 7;
  chr_timeline_painter_set_date_options (f->painter, &options);
  g_ptr_array_set_size (texts, 0);
  g_clear_pointer (&f->layout, chr_timeline_layout_free);
  settle (f, &scale);
  /* Sundays: 6, 13, 20 and 27 February. */
  g_assert_true (drew_text (texts, "13"));
  g_assert_false (drew_text (texts, "14"));
}

static void
test_edited_card (Fixture       *f,
                  gconstpointer  data)
{
  static const struct
  {
    const char *name;
    guint       flags;
    const char *label;
    gint64      shift;
  } edits[] = {
    { "rename", 0, "Annexation renamed by hand", 0 },
    { "star", CHR_EVENT_FLAG_STARRED, NULL, 0 },
    { "approximate", CHR_EVENT_FLAG_APPROXIMATE, NULL, 0 },
    { "move", 0, NULL, 40 * CHR_SECONDS_PER_DAY },
  };
  gsize size = (gsize) cairo_image_surface_get_stride (f->surface) * HEIGHT;
  ChrTimeScale scale;

  load_samples (f);
  fit_samples (f, &scale);
  for (guint e = 0; e < G_N_ELEMENTS (edits); e++)
    {
      ChrTimelineItem changed = *chr_timeline_index_get_item (f->index, 0);
      g_autoptr (ChrTimelineIndex) edited = NULL;
      g_autofree guint8 *kept = NULL;
      g_autofree guint8 *fresh = NULL;
      ChrTimelinePainter *painter;

      g_test_message ("%s", edits[e].name);
      settle (f, &scale);
      changed.flags |= edits[e].flags;
      changed.label = edits[e].label ? edits[e].label : changed.label;
      changed.begin += edits[e].shift;
      changed.end += edits[e].shift;
      edited = chr_timeline_index_new_edited (f->index, &changed, 1, NULL, 0);
      g_clear_pointer (&f->layout, chr_timeline_layout_free);
      g_clear_pointer (&f->index, chr_timeline_index_unref);
      f->index = chr_timeline_index_ref (edited);
      settle (f, &scale);
      kept = copy_pixels (f);

      painter = f->painter;
      f->painter = chr_timeline_painter_new (f->context);
      g_clear_pointer (&f->layout, chr_timeline_layout_free);
      settle (f, &scale);
      fresh = copy_pixels (f);
      g_clear_pointer (&f->layout, chr_timeline_layout_free);
      chr_timeline_painter_free (f->painter);
      f->painter = painter;

      g_assert_cmpmem (kept, size, fresh, size);
    }
}

/* What the user put on an event shows on its card: a tag's colour down its
 * edge, a star, a folded corner for a note; a hidden one is faint. */
static void
test_user_marks (Fixture       *f,
                 gconstpointer  data)
{
  static const struct
  {
    const char *name;
    guint       flags;
    guint       color;
  } marks[] = {
    { "tag", 0, 3 },
    { "star", CHR_EVENT_FLAG_STARRED, 0 },
    { "note", CHR_EVENT_FLAG_NOTE, 0 },
    { "hidden", CHR_EVENT_FLAG_HIDDEN, 0 },
  };
  ChrTimeScale scale;
  double x, y, width, height;
  guint plain;

  chr_palette_set_tag_colors (&f->palette, FALSE);
  load_samples (f);
  fit_samples (f, &scale);
  settle (f, &scale);
  g_assert_true (get_item_rect (f, 2, &x, &y, &width, &height));
  plain = count_drawn (f, x, y, width, height);

  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    {
      int position = chr_timeline_index_find (f->index, 2);
      ChrTimelineItem changed = *chr_timeline_index_get_item (f->index, (guint) position);
      g_autoptr (ChrTimelineIndex) original = chr_timeline_index_ref (f->index);
      g_autoptr (ChrTimelineIndex) marked = NULL;
      g_autofree guint8 *before = NULL;
      g_autofree guint8 *after = NULL;
      guint differ = 0;

      g_test_message ("%s", marks[m].name);
      settle (f, &scale);
      before = copy_pixels (f);
      changed.flags |= marks[m].flags;
      changed.color = marks[m].color;
      marked = chr_timeline_index_new_edited (f->index, &changed, 1, NULL, 0);
      g_clear_pointer (&f->layout, chr_timeline_layout_free);
      g_clear_pointer (&f->index, chr_timeline_index_unref);
      f->index = chr_timeline_index_ref (marked);
      settle (f, &scale);
      after = copy_pixels (f);
      for (gsize i = 0; i < (gsize) cairo_image_surface_get_stride (f->surface) * HEIGHT; i++)
        differ += before[i] != after[i];
      g_assert_cmpuint (differ, >, 20);
      if (marks[m].flags & CHR_EVENT_FLAG_HIDDEN)
        g_assert_cmpuint (count_drawn (f, x, y, width, height), <=, plain);
      if (marks[m].color)
        {
          guint yellow = 0;

          /* The third colour of the palette, a yellow: red and green, little blue. */
          for (int px = (int) x; px < (int) (x + width); px++)
            {
              guint32 pixel = pixel_at (f, px, (int) (y + height / 2));

              yellow += ((pixel >> 16) & 0xff) > 180 && ((pixel >> 8) & 0xff) > 120 && (pixel & 0xff) < 80;
            }
          g_assert_cmpuint (yellow, >=, 3);
          g_assert_cmpuint (yellow, <=, 6);
        }
      g_clear_pointer (&f->layout, chr_timeline_layout_free);
      g_clear_pointer (&f->index, chr_timeline_index_unref);
      f->index = chr_timeline_index_ref (original);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/timeline-painter/extent", Fixture, NULL, fixture_set_up, test_extent, fixture_tear_down);
  g_test_add ("/render/timeline-painter/user-marks", Fixture, NULL, fixture_set_up, test_user_marks, fixture_tear_down);
  g_test_add ("/render/timeline-painter/date-options", Fixture, NULL, fixture_set_up, test_date_options,
              fixture_tear_down);
  g_test_add ("/render/timeline-painter/week-start", Fixture, NULL, fixture_set_up, test_week_start,
              fixture_tear_down);
  g_test_add ("/render/timeline-painter/edited-card", Fixture, NULL, fixture_set_up, test_edited_card, fixture_tear_down);
  g_test_add ("/render/timeline-painter/draw", Fixture, NULL, fixture_set_up, test_draw, fixture_tear_down);
  g_test_add ("/render/timeline-painter/draw-dark", Fixture, &dark_palette, fixture_set_up, test_draw, fixture_tear_down);
  g_test_add ("/render/timeline-painter/selection", Fixture, NULL, fixture_set_up, test_selection, fixture_tear_down);
  g_test_add ("/render/timeline-painter/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/render/timeline-painter/zoomed-in", Fixture, NULL, fixture_set_up, test_zoomed_in, fixture_tear_down);
  g_test_add ("/render/timeline-painter/zoomed-out", Fixture, NULL, fixture_set_up, test_zoomed_out, fixture_tear_down);
  g_test_add ("/render/timeline-painter/crowded", Fixture, NULL, fixture_set_up, test_crowded, fixture_tear_down);
  g_test_add ("/render/timeline-painter/outline", Fixture, NULL, fixture_set_up, test_outline, fixture_tear_down);
  g_test_add ("/render/timeline-painter/browse-memory", Fixture, NULL, fixture_set_up, test_browse_memory,
              fixture_tear_down);
  g_test_add ("/render/timeline-painter/spanning-periods", Fixture, NULL, fixture_set_up, test_spanning_periods,
              fixture_tear_down);
  g_test_add ("/render/timeline-painter/even-crowd", Fixture, NULL, fixture_set_up, test_even_crowd, fixture_tear_down);
  g_test_add ("/render/timeline-painter/many", Fixture, NULL, fixture_set_up, test_many, fixture_tear_down);
  g_test_add ("/render/timeline-painter/cards-fill-in", Fixture, NULL, fixture_set_up, test_cards_fill_in,
              fixture_tear_down);
  g_test_add ("/render/timeline-painter/periods", Fixture, NULL, fixture_set_up, test_periods, fixture_tear_down);
  g_test_add ("/render/timeline-painter/vector-targets", Fixture, NULL, fixture_set_up, test_pdf_and_svg_targets,
              fixture_tear_down);

  return g_test_run ();
}
