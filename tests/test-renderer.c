/* test-renderer.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-renderer"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "chr-renderer.h"

#define WIDTH  1200
#define HEIGHT 500

typedef struct
{
  PangoContext    *context;
  ChrRenderer     *renderer;
  cairo_surface_t *surface;
  cairo_t         *cr;
} Fixture;

static const ChrPalette light_palette = {
  .background = { 0.980, 0.980, 0.980, 1.0 },
  .foreground = { 0.0, 0.0, 0.024, 0.8 },
  .dim_foreground = { 0.0, 0.0, 0.024, 0.55 },
  .grid = { 0.0, 0.0, 0.024, 0.15 },
  .accent = { 0.208, 0.518, 0.894, 1.0 },
  .accent_foreground = { 1.0, 1.0, 1.0, 1.0 },
  .card = { 1.0, 1.0, 1.0, 1.0 },
};

static const ChrPalette dark_palette = {
  .background = { 0.118, 0.118, 0.118, 1.0 },
  .foreground = { 1.0, 1.0, 1.0, 0.92 },
  .dim_foreground = { 1.0, 1.0, 1.0, 0.55 },
  .grid = { 1.0, 1.0, 1.0, 0.15 },
  .accent = { 0.471, 0.682, 0.929, 1.0 },
  .accent_foreground = { 0.0, 0.0, 0.0, 0.87 },
  .card = { 0.188, 0.188, 0.188, 1.0 },
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

static void
load_samples (Fixture *f)
{
  ChrTimelineItem items[G_N_ELEMENTS (samples)];

  /* Given in reverse, so the renderer has to sort them. */
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
  chr_renderer_set_items (f->renderer, items, G_N_ELEMENTS (items));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  f->renderer = chr_renderer_new (f->context);
  chr_renderer_set_palette (f->renderer, data != NULL ? data : &light_palette);
  f->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  f->cr = cairo_create (f->surface);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->cr, cairo_destroy);
  g_clear_pointer (&f->surface, cairo_surface_destroy);
  g_clear_pointer (&f->renderer, chr_renderer_free);
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

  g_assert_true (chr_renderer_get_extent (f->renderer, &begin, &end));
  chr_time_scale_init (scale, 0, 1, WIDTH);
  chr_time_scale_fit (scale, begin, end, 40);
}

static void
draw (Fixture            *f,
      const ChrTimeScale *scale)
{
  chr_renderer_draw (f->renderer, f->cr, scale, HEIGHT);
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

  g_assert_false (chr_renderer_get_extent (f->renderer, &begin, &end));
  load_samples (f);
  g_assert_cmpuint (chr_renderer_get_n_items (f->renderer), ==, G_N_ELEMENTS (samples));
  g_assert_true (chr_renderer_get_extent (f->renderer, &begin, &end));
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

      g_assert_true (chr_renderer_get_item_rect (f->renderer, ids[i], &x, &y, &w, &h));
      g_assert_cmpfloat (w, >, 0);
      g_assert_cmpfloat (h, >, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (y + h, <=, HEIGHT - 44);
      g_assert_cmpuint (count_drawn (f, x, y, w, h), >, w * h / 10);

      hit = chr_renderer_hit_test (f->renderer, x + w / 2, y + h / 2);
      g_assert_cmpint (hit, ==, ids[i]);

      for (guint j = i + 1; j < n_ids; j++)
        {
          double x2, y2, w2, h2;

          g_assert_true (chr_renderer_get_item_rect (f->renderer, ids[j], &x2, &y2, &w2, &h2));
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
  g_assert_cmpint (chr_renderer_hit_test (f->renderer, 2, 2), ==, -1);
  g_assert_cmpint (chr_renderer_hit_test (f->renderer, -50, 100), ==, -1);
  g_assert_cmpuint (count_drawn (f, 0, 0, 20, 10), ==, 0);
  /* The axis has labels. */
  g_assert_cmpuint (count_drawn (f, 0, HEIGHT - 40, WIDTH, 40), >, 500);
  g_assert_false (chr_renderer_get_item_rect (f->renderer, 999, NULL, NULL, NULL, NULL));
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
  g_assert_true (chr_renderer_get_item_rect (f->renderer, 2, &x, &y, &w, &h));

  chr_renderer_set_selected (f->renderer, 2);
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

  chr_renderer_set_selected (f->renderer, -1);
  chr_renderer_set_hover (f->renderer, 4);
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
  g_assert_cmpint (chr_renderer_hit_test (f->renderer, 600, 200), ==, -1);
  g_assert_cmpuint (count_drawn (f, 0, HEIGHT - 44, WIDTH, 44), >, 0);
  save_png (f, "empty");

  /* Setting no items after some leaves nothing behind. */
  load_samples (f);
  chr_renderer_set_items (f->renderer, NULL, 0);
  draw (f, &scale);
  g_assert_cmpuint (chr_renderer_get_n_items (f->renderer), ==, 0);
  g_assert_false (chr_renderer_get_item_rect (f->renderer, 1, NULL, NULL, NULL, NULL));

  /* Degenerate sizes draw nothing and do not crash. */
  chr_renderer_draw (f->renderer, f->cr, &scale, 0);
  chr_time_scale_init (&scale, 0, 1, 0);
  chr_renderer_draw (f->renderer, f->cr, &scale, HEIGHT);
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

  g_assert_true (chr_renderer_get_item_rect (f->renderer, 2, &x, &y, &w, &h));
  g_assert_cmpuint (count_drawn (f, x, y, w, h), >, 0);
  g_assert_false (chr_renderer_get_item_rect (f->renderer, 4, NULL, NULL, NULL, NULL));

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
  g_assert_true (chr_renderer_get_item_rect (f->renderer, 3, &x, &y, &w, &h));
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
      g_assert_true (chr_renderer_get_item_rect (f->renderer, samples[i].id, &x, &y, &w, &h));
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
  chr_renderer_set_items (f->renderer, (ChrTimelineItem *) items->data, items->len);
  g_ptr_array_set_size (labels, 0);   /* the renderer keeps its own copies */

  chr_time_scale_init (&scale, base, base + 365 * CHR_SECONDS_PER_DAY, WIDTH);
  draw (f, &scale);
  save_png (f, "crowded");

  for (guint i = 0; i < items->len; i++)
    {
      double x, y, w, h;

      g_assert_true (chr_renderer_get_item_rect (f->renderer, i, &x, &y, &w, &h));
      if (h < 20)
        continue;
      drawn++;
      for (guint j = i + 1; j < items->len; j++)
        {
          double x2, y2, w2, h2;

          g_assert_true (chr_renderer_get_item_rect (f->renderer, j, &x2, &y2, &w2, &h2));
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
  chr_renderer_draw (f->renderer, cr, &scale, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);

  draw (f, &scale);
  check_layout (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/renderer/extent", Fixture, NULL, fixture_set_up, test_extent, fixture_tear_down);
  g_test_add ("/render/renderer/draw", Fixture, NULL, fixture_set_up, test_draw, fixture_tear_down);
  g_test_add ("/render/renderer/draw-dark", Fixture, &dark_palette, fixture_set_up, test_draw, fixture_tear_down);
  g_test_add ("/render/renderer/selection", Fixture, NULL, fixture_set_up, test_selection, fixture_tear_down);
  g_test_add ("/render/renderer/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/render/renderer/zoomed-in", Fixture, NULL, fixture_set_up, test_zoomed_in, fixture_tear_down);
  g_test_add ("/render/renderer/zoomed-out", Fixture, NULL, fixture_set_up, test_zoomed_out, fixture_tear_down);
  g_test_add ("/render/renderer/crowded", Fixture, NULL, fixture_set_up, test_crowded, fixture_tear_down);
  g_test_add ("/render/renderer/vector-targets", Fixture, NULL, fixture_set_up, test_pdf_and_svg_targets,
              fixture_tear_down);

  return g_test_run ();
}
