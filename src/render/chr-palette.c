/* chr-palette.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-palette"

#include "config.h"

#include "chr-palette.h"

static ChrColor
rgb (guint32 value,
     double  alpha)
{
  return (ChrColor) { ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0,
                      (value & 0xff) / 255.0, alpha };
}

/**
 * chr_palette_derive_greys:
 * @palette: the palette to fill
 * @foreground: the text colour
 * @high_contrast: whether secondary text, grid and outlines are all but as strong as the text
 *
 * Sets the foreground and the greys made from it: secondary text, the
 * grid and the outlines.
 */
void
chr_palette_derive_greys (ChrPalette     *palette,
                          const ChrColor *foreground,
                          gboolean        high_contrast)
{
  ChrColor fg = *foreground;

  palette->foreground = fg;
  palette->dim_foreground = fg;
  palette->dim_foreground.alpha *= high_contrast ? 0.9 : 0.6;
  palette->grid = fg;
  palette->grid.alpha *= high_contrast ? 0.5 : 0.15;
  palette->border = fg;
  palette->border.alpha *= high_contrast ? 0.7 : 0.15;
}

/**
 * chr_palette_init:
 * @palette: (out caller-allocates): the palette to fill
 * @dark: the dark style rather than the light one
 *
 * The colours of GNOME's default style (libadwaita), for drawing with no
 * window to ask: exports from the command line.
 */
void
chr_palette_init (ChrPalette *palette,
                  gboolean    dark)
{
  ChrColor foreground = dark ? rgb (0xffffff, 1.0) : rgb (0x000000, 0.8);

  *palette = (ChrPalette) {
    .background = dark ? rgb (0x1e1e1e, 1.0) : rgb (0xffffff, 1.0),
    .accent = rgb (0x3584e4, 1.0),
    .accent_foreground = rgb (0xffffff, 1.0),
    .card = dark ? rgb (0xffffff, 0.08) : rgb (0xffffff, 1.0),
    .warning = dark ? rgb (0xf8e45c, 1.0) : rgb (0x9c6e03, 1.0),
  };
  chr_palette_derive_greys (palette, &foreground, FALSE);
  chr_palette_set_tag_colors (palette, dark);
}

/**
 * chr_palette_set_tag_colors:
 * @palette: the palette to fill
 * @dark: whether the background is dark
 *
 * The GNOME palette's colours, a shade darker on light backgrounds and
 * lighter on dark ones, so that each holds its own against both.
 */
void
chr_palette_set_tag_colors (ChrPalette *palette,
                            gboolean    dark)
{
  static const guint32 light[CHR_TAG_N_COLORS] = {
    0x1c71d8, 0x26a269, 0xe5a50a, 0xc64600, 0xc01c28, 0x813d9c, 0x865e3c, 0x5e5c64,
  };
  static const guint32 darker_bg[CHR_TAG_N_COLORS] = {
    0x62a0ea, 0x57e389, 0xf8e45c, 0xffa348, 0xf66151, 0xc061cb, 0xcdab8f, 0xc0bfbc,
  };

  for (guint i = 0; i < CHR_TAG_N_COLORS; i++)
    palette->tags[i] = rgb (dark ? darker_bg[i] : light[i], 1.0);
}
