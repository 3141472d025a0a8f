/* chr-palette.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-edits.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;  /* 0..1 */
} ChrColor;

/* The colours a timeline is drawn in. On screen they come from the
 * toolkit's style (light, dark, high contrast); an export made with no
 * window takes Chronicle's own light or dark set (chr_palette_init()). */
typedef struct
{
  ChrColor background;
  ChrColor foreground;
  ChrColor dim_foreground;         /* tick labels, secondary text */
  ChrColor grid;                   /* tick lines and the axis */
  ChrColor accent;                 /* selected event, markers */
  ChrColor accent_foreground;      /* text on the accent colour */
  ChrColor card;                   /* label background */
  ChrColor border;                 /* card and cluster outlines */
  ChrColor warning;                /* conflicting dates; fully transparent to leave them unmarked */
  ChrColor tags[CHR_TAG_N_COLORS]; /* the colours the user gives tags (chr_palette_set_tag_colors()) */
} ChrPalette;

void chr_palette_init           (ChrPalette     *palette,
                                 gboolean        dark);
void chr_palette_set_tag_colors (ChrPalette     *palette,
                                 gboolean        dark);
void chr_palette_derive_greys   (ChrPalette     *palette,
                                 const ChrColor *foreground,
                                 gboolean        high_contrast);

G_END_DECLS
