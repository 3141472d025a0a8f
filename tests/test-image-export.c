/* test-image-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-image-export"

#include "config.h"

#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "chr-date-parse.h"
#include "chr-image-export.h"
#include "chr-svg-text.h"
#include "chr-user-store.h"
#include "test-samples.h"

typedef struct
{
  ChrTestSamples    samples;
  ChrTimelineIndex *index;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  ChrEventFilter filter = { 0 };
  g_autoptr (ChrEventList) events = NULL;
  g_autoptr (GError) error = NULL;

  chr_test_samples_set_up (&fixture->samples);
  events = chr_database_list_timeline (fixture->samples.db, &filter, NULL, &error);
  g_assert_no_error (error);
  fixture->index = chr_timeline_index_new_for_events (events);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->index, chr_timeline_index_unref);
  chr_test_samples_tear_down (&fixture->samples);
}

/* Exports into memory. */
static GBytes *
export_bytes (const ChrImageRequest *request,
              guint                 *n_pages)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ChrImageExport) export = chr_image_export_new (request, NULL, &error);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_no_error (error);
  g_assert_true (chr_image_export_write (export, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, &error));
  if (n_pages != NULL)
    *n_pages = chr_image_export_get_n_pages (export);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            GBytes     *bytes)
{
  char *path = g_build_filename (fixture->samples.dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

typedef struct
{
  GBytes *bytes;
  gsize   offset;
} PngReader;

static cairo_status_t
read_png (void          *data,
          unsigned char *buffer,
          unsigned int   length)
{
  PngReader *reader = data;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (reader->bytes, &size);

  if (reader->offset + length > size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (buffer, bytes + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes *bytes)
{
  PngReader reader = { bytes, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_png, &reader);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  cairo_surface_flush (surface);
  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4) & 0xffffff;
}

/* Pixels unlike the background: something was drawn. */
static guint
count_drawn (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint32 background = pixel_at (surface, 0, 0);
  guint drawn = 0;

  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      drawn += pixel_at (surface, x, y) != background;
  return drawn;
}

static const struct
{
  double width, height, scale;
  int    expect_width, expect_height;
} png_sizes[] = {
  { 800, 400, 1.0, 800, 400 },
  { 800, 400, 2.0, 1600, 800 },
  { 640, 360, 300.0 / 96.0, 2000, 1125 },  /* 300 DPI */
};

static void
test_png_sizes (Fixture       *fixture,
                gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (png_sizes); i++)
    {
      ChrImageRequest request;
      g_autoptr (GBytes) bytes = NULL;
      cairo_surface_t *surface;

      chr_image_request_init (&request, CHR_IMAGE_FORMAT_PNG, fixture->index);
      request.width = png_sizes[i].width;
      request.height = png_sizes[i].height;
      request.scale = png_sizes[i].scale;
      bytes = export_bytes (&request, NULL);
      surface = decode_png (bytes);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, png_sizes[i].expect_width);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, png_sizes[i].expect_height);
      /* The light background, and a timeline on it. */
      g_assert_cmphex (pixel_at (surface, 0, 0), ==, 0xffffff);
      g_assert_cmpuint (count_drawn (surface), >, 1000);
      cairo_surface_destroy (surface);
    }
}

static void
test_png_dark (Fixture       *fixture,
               gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (GBytes) bytes = NULL;
  cairo_surface_t *surface;

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_PNG, fixture->index);
  chr_palette_init (&request.palette, TRUE);
  bytes = export_bytes (&request, NULL);
  surface = decode_png (bytes);
  g_assert_cmphex (pixel_at (surface, 0, 0), ==, 0x1e1e1e);
  cairo_surface_destroy (surface);
}

/* Every piece of text in an SVG: what <text> and <tspan> elements hold. */
static void
collect_text (GMarkupParseContext *context,
              const char          *text,
              gsize                length,
              gpointer             data,
              GError             **error)
{
  const char *element = g_markup_parse_context_get_element (context);

  if (g_strcmp0 (element, "text") == 0 || g_strcmp0 (element, "tspan") == 0)
    g_string_append_len (data, text, (gssize) length);
  if (g_strcmp0 (element, "tspan") == 0)
    g_string_append_c (data, '\n');
}

static char *
parse_svg (GBytes *bytes)
{
  static const GMarkupParser parser = { .text = collect_text };
  GString *text = g_string_new (NULL);
  g_autoptr (GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, text, NULL);
  g_autoptr (GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_true (g_markup_parse_context_parse (context, data, (gssize) size, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  return g_string_free (text, FALSE);
}

static guint
count_labels_found (Fixture    *fixture,
                    const char *text)
{
  guint found = 0;

  for (guint i = 0; i < chr_timeline_index_get_n_items (fixture->index); i++)
    {
      const ChrTimelineItem *item = chr_timeline_index_get_item (fixture->index, i);
      /* A label may end in an ellipsis: its start is enough. */
      g_autofree char *start = g_utf8_substring (item->label, 0, MIN (g_utf8_strlen (item->label, -1), 16));

      found += strstr (text, start) != NULL;
    }
  return found;
}

static void
test_svg_text (Fixture       *fixture,
               gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  gsize size;
  const char *document;

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_SVG, fixture->index);
  request.title = "Crimea & the war";
  request.subtitle = "Five articles";
  bytes = export_bytes (&request, NULL);
  document = g_bytes_get_data (bytes, &size);
  g_assert_true (g_str_has_prefix (document, "<?xml"));
  g_assert_nonnull (strstr (document, "width=\"1248px\""));

  text = parse_svg (bytes);
  g_assert_nonnull (strstr (text, "Crimea & the war"));
  g_assert_nonnull (strstr (text, "Five articles"));
  g_assert_nonnull (strstr (text, "2014"));
  g_assert_nonnull (strstr (text, "2022"));
  g_assert_cmpuint (count_labels_found (fixture, text), >=, 8);
  /* The fonts travel with the picture. */
  g_assert_nonnull (strstr (document, "@font-face"));
  g_assert_nonnull (strstr (document, "base64,"));
}

/* The dates on cards and in footnotes are said as the person likes. */
static void
test_svg_precision (Fixture       *fixture,
                    gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (GBytes) daily = NULL;
  g_autoptr (GBytes) yearly = NULL;
  g_autofree char *daily_text = NULL;
  g_autofree char *yearly_text = NULL;

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_SVG, fixture->index);
  g_assert_cmpint (request.date_options.precision, ==, CHR_GRANULARITY_UNKNOWN);
  g_assert_cmpint (request.date_options.week_start, ==, 1);
  request.sources = fixture->samples.db;
  daily = export_bytes (&request, NULL);
  daily_text = parse_svg (daily);
  g_assert_nonnull (strstr (daily_text, "24 Feb 2022"));
  g_assert_nonnull (strstr (daily_text, " · 24 Feb 2022"));

  request.date_options.precision = CHR_GRANULARITY_YEAR;
  yearly = export_bytes (&request, NULL);
  yearly_text = parse_svg (yearly);
  g_assert_null (strstr (yearly_text, "24 Feb 2022"));
  g_assert_null (strstr (yearly_text, "Feb 2022"));
  g_assert_nonnull (strstr (yearly_text, " · 2022"));
}

/* Weekly ticks fall on the first day of the week asked for. */
static void
test_svg_week_start (Fixture       *fixture,
                     gconstpointer  data)
{
  ChrImageRequest request;
  ChrInterval from, to;
  g_autoptr (GBytes) mondays = NULL;
  g_autoptr (GBytes) sundays = NULL;
  g_autofree char *monday_text = NULL;
  g_autofree char *sunday_text = NULL;

  g_assert_true (chr_date_parse ("2025-08-01", &from));
  g_assert_true (chr_date_parse ("2025-09-10", &to));
  chr_image_request_init (&request, CHR_IMAGE_FORMAT_SVG, fixture->index);
  request.begin = from.begin;
  request.end = to.end;
  mondays = export_bytes (&request, NULL);
  monday_text = parse_svg (mondays);
  request.date_options.week_start = 7;
  sundays = export_bytes (&request, NULL);
  sunday_text = parse_svg (sundays);
  /* 11 August 2025 is a Monday, 10 August a Sunday. */
  g_assert_nonnull (strstr (monday_text, "\n11\n"));
  g_assert_null (strstr (monday_text, "\n10\n"));
  g_assert_nonnull (strstr (sunday_text, "\n10\n"));
  g_assert_null (strstr (sunday_text, "\n11\n"));
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count_rendered_pages (Fixture    *fixture,
                      const char *pdf)
{
  g_autofree char *prefix = g_build_filename (fixture->samples.dir, "page", NULL);
  const char *argv[] = { "pdftoppm", "-r", "20", "-png", pdf, prefix, NULL };
  g_autofree char *out = run_tool (argv);
  g_autoptr (GDir) dir = g_dir_open (fixture->samples.dir, 0, NULL);
  const char *name;
  guint pages = 0;

  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "page") && g_str_has_suffix (name, ".png"))
      pages++;
  return pages;
}

static void
test_pdf_pages (Fixture       *fixture,
                gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_PDF, fixture->index);
  request.page = CHR_PAGE_SIZE_A4;
  request.width = 2000;   /* three A4 pages of timeline */
  request.title = "Crimea and the war";
  request.sources = fixture->samples.db;
  bytes = export_bytes (&request, &n_pages);
  path = write_file (fixture, "timeline.pdf", bytes);
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (count_rendered_pages (fixture, path), ==, n_pages);

  {
    const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
    text = run_tool (argv);
  }
  g_assert_nonnull (strstr (text, "Crimea and the war"));
  g_assert_nonnull (strstr (text, "Continues on page 2"));
  g_assert_nonnull (strstr (text, "Continued from page 2"));
  g_assert_cmpuint (count_labels_found (fixture, text), >=, 8);
  /* The footnotes: the articles' titles and their sentences. */
  g_assert_nonnull (strstr (text, "Trump Rules Out Ukraine Regaining Crimea"));
  g_assert_nonnull (strstr (text, "annexed the peninsula"));
  g_assert_nonnull (strstr (text, "Sources"));
}

static void
count_progress (double   fraction,
                gpointer data)
{
  double *last = data;

  g_assert_cmpfloat (fraction, >, last[0]);
  last[0] = fraction;
  last[1]++;
}

/* Each page written says how far the export is. */
static void
test_pdf_progress (Fixture       *fixture,
                   gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (ChrImageExport) export = NULL;
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;
  double progress[2] = { 0, 0 };   /* the last fraction, the count of reports */

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_PDF, fixture->index);
  request.page = CHR_PAGE_SIZE_LETTER;
  request.n_pages = 4;
  export = chr_image_export_new (&request, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chr_image_export_get_n_pages (export), ==, 4);
  chr_image_export_set_progress (export, count_progress, progress);
  g_assert_true (chr_image_export_write (export, out, NULL, &error));
  g_assert_cmpfloat (progress[1], ==, 4);
  g_assert_cmpfloat (progress[0], ==, 1.0);
}

/* One page as large as the picture, the footnotes under the timeline. */
static void
test_pdf_one_page (Fixture       *fixture,
                   gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (ChrImageExport) export = NULL;
  g_autofree char *path = NULL;
  double width, height;

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_PDF, fixture->index);
  request.sources = fixture->samples.db;
  export = chr_image_export_new (&request, NULL, NULL);
  g_assert_nonnull (export);
  g_assert_cmpuint (chr_image_export_get_n_pages (export), ==, 1);
  chr_image_export_get_page_size (export, &width, &height);
  g_assert_cmpfloat (width, ==, 1200 + 2 * 24);
  g_assert_cmpfloat (height, >, 600 + 2 * 24 + 200);

  bytes = export_bytes (&request, NULL);
  path = write_file (fixture, "one.pdf", bytes);
  g_assert_cmpuint (count_rendered_pages (fixture, path), ==, 1);
}

/* A stretch of time: only its events, its years on the axis. */
static void
test_range (Fixture       *fixture,
            gconstpointer  data)
{
  ChrImageRequest request;
  ChrInterval from, to;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  g_assert_true (chr_date_parse ("2025-01", &from));
  g_assert_true (chr_date_parse ("2025-12", &to));
  chr_image_request_init (&request, CHR_IMAGE_FORMAT_SVG, fixture->index);
  request.begin = from.begin;
  request.end = to.end;
  bytes = export_bytes (&request, NULL);
  text = parse_svg (bytes);
  g_assert_nonnull (strstr (text, "Zelensky will meet Trump"));
  g_assert_null (strstr (text, "Russia annexed the peninsula"));
  /* A year across the width: its months on the axis. */
  g_assert_nonnull (strstr (text, "Jul"));
}

static void
test_legend (Fixture       *fixture,
             gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func ((GDestroyNotify) chr_tag_free);
  ChrTag *tag = g_new0 (ChrTag, 1);
  ChrTag *unused = g_new0 (ChrTag, 1);

  tag->name = g_strdup ("Diplomacy");
  tag->color = 2;
  tag->n_events = 3;
  g_ptr_array_add (tags, tag);
  unused->name = g_strdup ("Forgotten");
  unused->color = 3;
  g_ptr_array_add (tags, unused);
  chr_image_request_init (&request, CHR_IMAGE_FORMAT_SVG, fixture->index);
  request.legend = tags;
  bytes = export_bytes (&request, NULL);
  text = parse_svg (bytes);
  g_assert_nonnull (strstr (text, "Diplomacy"));
  /* A tag no event has is left out. */
  g_assert_null (strstr (text, "Forgotten"));
}

/* Right-to-left text stays in its logical order, drawn from its right end. */
static void
test_svg_right_to_left (void)
{
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (NULL, NULL, 400, 100);
  cairo_t *cr = cairo_create (surface);
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr (ChrSvgText) text = chr_svg_text_new ();
  g_autoptr (GString) document = g_string_new ("<svg>\n</svg>\n");
  const char *arabic = "ضم روسيا القرم";

  pango_layout_set_text (layout, "ضم روسيا القرم 2014", -1);
  cairo_move_to (cr, 10, 10);
  chr_svg_text_show (cr, layout, text);
  g_assert_true (chr_svg_text_insert (text, document));
  g_assert_nonnull (strstr (document->str, "direction=\"rtl\""));
  g_assert_nonnull (strstr (document->str, arabic));
  g_assert_nonnull (strstr (document->str, ">2014</tspan>"));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  ChrImageRequest request;
  g_autoptr (GError) error = NULL;
  g_autoptr (ChrTimelineIndex) empty = chr_timeline_index_new (NULL, 0);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (ChrImageExport) export = NULL;
  guint8 room[4096];
  g_autoptr (GOutputStream) full = g_memory_output_stream_new (room, sizeof room, NULL, NULL);

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_PNG, fixture->index);
  request.width = 20;
  g_assert_null (chr_image_export_new (&request, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  request.width = 30000;
  request.scale = 2;
  g_assert_null (chr_image_export_new (&request, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  chr_image_request_init (&request, CHR_IMAGE_FORMAT_PDF, empty);
  g_assert_null (chr_image_export_new (&request, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* A full disk, and a cancelled export: an error, not a crash. */
  chr_image_request_init (&request, CHR_IMAGE_FORMAT_PDF, fixture->index);
  export = chr_image_export_new (&request, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (chr_image_export_write (export, full, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_clear_pointer (&export, chr_image_export_free);
  g_assert_null (chr_image_export_new (&request, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/image-export/png-sizes", test_png_sizes);
  ADD ("/image-export/png-dark", test_png_dark);
  ADD ("/image-export/svg-text", test_svg_text);
  ADD ("/image-export/svg-precision", test_svg_precision);
  ADD ("/image-export/svg-week-start", test_svg_week_start);
  ADD ("/image-export/pdf-pages", test_pdf_pages);
  ADD ("/image-export/pdf-one-page", test_pdf_one_page);
  ADD ("/image-export/pdf-progress", test_pdf_progress);
  ADD ("/image-export/range", test_range);
  ADD ("/image-export/legend", test_legend);
  ADD ("/image-export/errors", test_errors);
#undef ADD
  g_test_add_func ("/image-export/svg-right-to-left", test_svg_right_to_left);

  return g_test_run ();
}
