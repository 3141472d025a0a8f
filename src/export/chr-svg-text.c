/* chr-svg-text.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-svg-text"

#include "config.h"

#include <hb-subset.h>
#include <math.h>
#include <string.h>

#include "chr-svg-text.h"

typedef struct
{
  double x1, y1, x2, y2;
} Clip;

/* A font the text is set in, and the characters it shows: what goes into
 * the document as a font of its own, cut down to those characters. */
typedef struct
{
  guint        number;
  PangoFont   *font;               /* the first of the face's sizes met */
  hb_set_t    *characters;
  PangoWeight  weight;
  PangoStyle   style;
} UsedFont;

/* Consecutive runs of a line in one font, written as one <tspan>. */
typedef struct
{
  PangoFont *pango_font;
  UsedFont *font;
  gboolean  rtl;                   /* right to left: its text in logical order, drawn from its right end */
  double    x;                     /* its left end */
  double    width;
  GString  *text;
} Span;

struct _ChrSvgText
{
  GString    *elements;            /* <text> elements, in drawing order */
  GArray     *clips;               /* Clip: the distinct clip rectangles text was drawn in */
  GHashTable *fonts;               /* hb_face_t → UsedFont: a font file, whatever the size */
};

static void
used_font_free (gpointer data)
{
  UsedFont *used = data;

  g_object_unref (used->font);
  hb_set_destroy (used->characters);
  g_free (used);
}

ChrSvgText *
chr_svg_text_new (void)
{
  ChrSvgText *self = g_new0 (ChrSvgText, 1);

  self->elements = g_string_new (NULL);
  self->clips = g_array_new (FALSE, FALSE, sizeof (Clip));
  self->fonts = g_hash_table_new_full (NULL, NULL, NULL, used_font_free);
  return self;
}

void
chr_svg_text_free (ChrSvgText *self)
{
  if (self == NULL)
    return;

  g_string_free (self->elements, TRUE);
  g_array_unref (self->clips);
  g_hash_table_unref (self->fonts);
  g_free (self);
}

static UsedFont *
use_font (ChrSvgText *self,
          PangoFont  *font)
{
  hb_face_t *face = hb_font_get_face (pango_font_get_hb_font (font));
  UsedFont *used = g_hash_table_lookup (self->fonts, face);
  g_autoptr (PangoFontDescription) desc = NULL;

  if (used == NULL)
    {
      desc = pango_font_describe (font);
      used = g_new0 (UsedFont, 1);
      used->number = g_hash_table_size (self->fonts);
      used->font = g_object_ref (font);
      used->characters = hb_set_create ();
      used->weight = pango_font_description_get_weight (desc);
      used->style = pango_font_description_get_style (desc);
      g_hash_table_insert (self->fonts, face, used);
    }
  return used;
}

/* The clip rectangle the text is drawn in, in the document's coordinates,
 * as the number of its <clipPath>. */
static guint
find_clip (ChrSvgText *self,
           cairo_t    *cr)
{
  Clip clip;

  cairo_clip_extents (cr, &clip.x1, &clip.y1, &clip.x2, &clip.y2);
  cairo_user_to_device (cr, &clip.x1, &clip.y1);
  cairo_user_to_device (cr, &clip.x2, &clip.y2);
  for (guint i = self->clips->len; i > 0; i--)
    if (memcmp (&g_array_index (self->clips, Clip, i - 1), &clip, sizeof clip) == 0)
      return i - 1;
  g_array_append_val (self->clips, clip);
  return self->clips->len - 1;
}

static void
append_color (GString *out,
              cairo_t *cr)
{
  double red = 0, green = 0, blue = 0, alpha = 1;

  cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha);
  g_string_append_printf (out, " fill=\"#%02x%02x%02x\"", (int) round (red * 255), (int) round (green * 255),
                          (int) round (blue * 255));
  if (alpha < 1)
    g_string_append_printf (out, " fill-opacity=\"%.3g\"", alpha);
}

/* The embedded font first; the face it was cut from if a viewer ignores it. */
static void
append_font (GString   *out,
             cairo_t   *cr,
             PangoFont *font,
             UsedFont  *used)
{
  g_autoptr (PangoFontDescription) desc = pango_font_describe_with_absolute_size (font);
  double size = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
  double dy = 0;
  g_autofree char *family = g_markup_escape_text (pango_font_description_get_family (desc) ?: "sans-serif", -1);

  cairo_user_to_device_distance (cr, &size, &dy);
  g_string_append_printf (out, " font-family=\"chr-font-%u, %s, sans-serif\" font-size=\"%.2f\"", used->number,
                          family, hypot (size, dy));
  if (pango_font_description_get_weight (desc) != PANGO_WEIGHT_NORMAL)
    g_string_append_printf (out, " font-weight=\"%d\"", (int) pango_font_description_get_weight (desc));
  if (pango_font_description_get_style (desc) != PANGO_STYLE_NORMAL)
    g_string_append (out, " font-style=\"italic\"");
}

static void
note_characters (UsedFont   *used,
                 const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    hb_set_add (used->characters, g_utf8_get_char (p));
}

/* The run's text and its width, kept to be written as a <tspan>. */
static void
add_run (ChrSvgText      *self,
         GArray          *spans,
         PangoLayoutIter *iter,
         const char      *text)
{
  PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
  PangoItem *item = run->item;
  UsedFont *font = use_font (self, item->analysis.font);
  g_autofree char *words = NULL;
  PangoRectangle logical;
  double width;
  gboolean rtl = (item->analysis.level & 1) != 0;
  Span *last = spans->len > 0 ? &g_array_index (spans, Span, spans->len - 1) : NULL;

  pango_layout_iter_get_run_extents (iter, NULL, &logical);
  width = logical.width / (double) PANGO_SCALE;
  if (item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS)
    words = g_strdup ("…");
  else
    words = g_strndup (text + item->offset, item->length);
  note_characters (font, words);

  /* Runs come left to right: a right-to-left one goes before the text already kept. */
  if (last != NULL && last->pango_font == item->analysis.font && last->rtl == rtl)
    {
      if (rtl)
        g_string_prepend (last->text, words);
      else
        g_string_append (last->text, words);
      last->width = logical.x / (double) PANGO_SCALE + width - last->x;
      return;
    }
  g_array_append_val (spans, ((Span) { item->analysis.font, font, rtl, logical.x / (double) PANGO_SCALE, width,
                                       g_string_new (words) }));
}

/* The width of the spaces that end @span's text, which are cut off: a
 * viewer stretches the text to the width given, and may drop them. They
 * end it logically: on the right, or on the left of right-to-left text. */
static double
trailing_space_width (PangoLayout *layout,
                      const Span  *span)
{
  gsize length = span->text->len;
  PangoRectangle logical;
  g_autoptr (PangoLayout) measure = NULL;
  g_autoptr (PangoFontDescription) font = NULL;

  while (length > 0 && g_ascii_isspace (span->text->str[length - 1]))
    length--;
  if (length == span->text->len)
    return 0;
  measure = pango_layout_new (pango_layout_get_context (layout));
  font = pango_font_describe (span->pango_font);
  pango_layout_set_font_description (measure, font);
  pango_layout_set_text (measure, span->text->str + length, -1);
  pango_layout_get_extents (measure, NULL, &logical);
  g_string_truncate (span->text, length);
  return logical.width / (double) PANGO_SCALE;
}

static void
write_span (ChrSvgText  *self,
            cairo_t     *cr,
            PangoLayout *layout,
            const Span  *span,
            double       x0,
            double       baseline)
{
  /* Right-to-left text starts at its right end. */
  double x = x0 + span->x + (span->rtl ? span->width : 0), y = baseline, dy = 0;
  double width = span->width - trailing_space_width (layout, span);
  g_autofree char *words = g_markup_escape_text (span->text->str, -1);

  cairo_user_to_device (cr, &x, &y);
  cairo_user_to_device_distance (cr, &width, &dy);
  if (*words == '\0' || width <= 0)
    return;
  g_string_append_printf (self->elements, "<tspan x=\"%.2f\"%s", x, span->rtl ? " direction=\"rtl\"" : "");
  append_font (self->elements, cr, span->pango_font, span->font);
  g_string_append_printf (self->elements, " textLength=\"%.2f\" lengthAdjust=\"spacingAndGlyphs\">%s</tspan>",
                          width, words);
}

/* One line: a <text> on its baseline, a <tspan> per font. */
static void
write_line (ChrSvgText      *self,
            cairo_t         *cr,
            PangoLayout     *layout,
            GArray          *spans,
            double           x0,
            double           baseline,
            guint            clip)
{
  double x = x0, y = baseline;

  if (spans->len == 0)
    return;
  cairo_user_to_device (cr, &x, &y);
  g_string_append_printf (self->elements, "<text y=\"%.2f\" clip-path=\"url(#chr-text-clip-%u)\"", y, clip);
  append_color (self->elements, cr);
  g_string_append (self->elements, " xml:space=\"preserve\">");
  for (guint i = 0; i < spans->len; i++)
    write_span (self, cr, layout, &g_array_index (spans, Span, i), x0, baseline);
  g_string_append (self->elements, "</text>\n");
}

static void
span_clear (gpointer data)
{
  Span *span = data;

  g_string_free (span->text, TRUE);
}

/**
 * chr_svg_text_show:
 * @cr: where the text would have been drawn; its current point is the
 *   layout's top left corner, as for pango_cairo_show_layout()
 * @layout: the text
 * @self: (type ChrSvgText): where it is kept
 *
 * A #ChrTextSink: keeps @layout's text, line by line, in its colour, fonts
 * and place.
 */
void
chr_svg_text_show (cairo_t     *cr,
                   PangoLayout *layout,
                   gpointer     self)
{
  ChrSvgText *svg = self;
  g_autoptr (PangoLayoutIter) iter = pango_layout_get_iter (layout);
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  const char *text = pango_layout_get_text (layout);
  double x0 = 0, y0 = 0;
  guint clip = find_clip (svg, cr);

  g_array_set_clear_func (spans, span_clear);
  cairo_get_current_point (cr, &x0, &y0);
  do
    {
      if (pango_layout_iter_get_run_readonly (iter) != NULL)
        {
          add_run (svg, spans, iter, text);
          continue;
        }
      /* The end of a line. */
      write_line (svg, cr, layout, spans, x0, y0 + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE,
                  clip);
      g_array_set_size (spans, 0);
    }
  while (pango_layout_iter_next_run (iter));
}

/* The font, cut down to the characters shown, as an @font-face rule. */
static void
append_font_face (GString  *out,
                  UsedFont *used)
{
  hb_face_t *face = hb_font_get_face (pango_font_get_hb_font (used->font));
  hb_subset_input_t *input = hb_subset_input_create_or_fail ();
  hb_face_t *subset = NULL;
  hb_blob_t *blob;
  unsigned int length = 0;
  const char *data;
  g_autofree char *base64 = NULL;

  if (input == NULL)
    return;
  hb_set_union (hb_subset_input_unicode_set (input), used->characters);
  subset = hb_subset_or_fail (face, input);
  hb_subset_input_destroy (input);
  if (subset == NULL)
    return;
  blob = hb_face_reference_blob (subset);
  data = hb_blob_get_data (blob, &length);
  if (length > 0)
    {
      base64 = g_base64_encode ((const guchar *) data, length);
      g_string_append_printf (out, "@font-face { font-family: \"chr-font-%u\"; font-weight: %d; font-style: %s; "
                              "src: url(data:font/otf;base64,%s); }\n", used->number, (int) used->weight,
                              used->style != PANGO_STYLE_NORMAL ? "italic" : "normal", base64);
    }
  hb_blob_destroy (blob);
  hb_face_destroy (subset);
}

static void
append_defs (ChrSvgText *self,
             GString    *out)
{
  GHashTableIter iter;
  gpointer value;

  g_string_append (out, "<defs>\n<style type=\"text/css\"><![CDATA[\n");
  g_hash_table_iter_init (&iter, self->fonts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    append_font_face (out, value);
  g_string_append (out, "]]></style>\n");
  for (guint i = 0; i < self->clips->len; i++)
    {
      Clip *clip = &g_array_index (self->clips, Clip, i);
      g_string_append_printf (out, "<clipPath id=\"chr-text-clip-%u\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                              "height=\"%.2f\"/></clipPath>\n", i, clip->x1, clip->y1, clip->x2 - clip->x1,
                              clip->y2 - clip->y1);
    }
  g_string_append (out, "</defs>\n");
}

/**
 * chr_svg_text_insert:
 * @self: the text kept while drawing
 * @svg: the document Cairo wrote
 *
 * Adds the text, above all Cairo drew, at the end of @svg, with the fonts
 * it is set in.
 *
 * Returns: %FALSE if @svg is not a whole SVG document
 */
gboolean
chr_svg_text_insert (ChrSvgText *self,
                     GString    *svg)
{
  const char *end = g_strrstr (svg->str, "</svg>");
  GString *text;

  g_return_val_if_fail (self != NULL, FALSE);

  if (end == NULL)
    return FALSE;

  text = g_string_new ("<g id=\"chronicle-text\">\n");
  append_defs (self, text);
  g_string_append_len (text, self->elements->str, self->elements->len);
  g_string_append (text, "</g>\n");
  g_string_insert_len (svg, end - svg->str, text->str, text->len);
  g_string_free (text, TRUE);
  return TRUE;
}
